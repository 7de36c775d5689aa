"""The explore page: filters -> numbers, timeline, map, excerpts, downloads (one filter for all).

Screenshot mode (?view=present or the sidebar toggle) hides the controls and shows what a
picture needs: a title in words, the counts, the map with its legend, sources and a time.
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from dashboard.errors import ProtestmapError
from dashboard.mapview import EVENT_TYPE_LABELS
from dashboard.ui import data, state
from dashboard.ui.components.downloads import render_downloads
from dashboard.ui.components.excerpts import render_excerpts
from dashboard.ui.components.filters import render_filters
from dashboard.ui.components.map import MAP_HEIGHT, render_map
from dashboard.ui.components.numbers import render_numbers
from dashboard.ui.components.text import md
from dashboard.ui.components.timeline import render_timeline

PRESENT_MAP_HEIGHT = 470  # title, counts, map and sources fit in 1600x900
K_RUN = "run_counter"  # not a widget: counts script runs, shown in the ready sentinel
ATTRIBUTION = (
    "Data: news articles as stored in this protestmap database. Places © GeoNames (CC BY 4.0); "
    "boundaries from Who's On First (CC0, whosonfirst.org); country points from Natural Earth."
)


def _empty_state(path: str) -> None:
    st.title("protestmap")
    st.info(
        "There are no events in the database yet, so there is nothing to map.\n\n"
        f"Database: {md(path)}.\n\n"
        "Add articles on the **Add articles** page, or from a terminal: "
        "`protestmap ingest data/articles/` and reload this page."
    )


def _sentinel(n_events: int) -> None:
    """Last element of every run: browser tests wait for it ("View ready · run N · ...")."""
    st.session_state[K_RUN] = st.session_state.get(K_RUN, 0) + 1
    st.caption(f"View ready · run {st.session_state[K_RUN]} · {n_events} events in view")


def render() -> None:
    path = str(data.db_path())
    try:
        version = data.db_version(data.db_path())
        events = data.base_events(path, version)
    except ProtestmapError as exc:
        st.error(str(exc))
        return
    if events.empty:
        _empty_state(path)
        _sentinel(0)
        return
    domain = data.domain(path, version)
    state.init_state(domain)
    present = state.is_present()
    if not present:
        render_filters(domain)
        filters = state.read_filters(domain)
        present = state.is_present()
    else:
        filters = st.session_state[state.K_FILTERS]
    for note in st.session_state.get(state.K_NOTES, []):
        st.warning(md(note), icon="⚠️")  # quotes URL parameters: untrusted

    flt = filters.event_filter()
    counts, dates_note = data.summary(path, version, flt)
    title, details = state.describe_view(filters, domain, EVENT_TYPE_LABELS)
    if present:
        st.title(md(title))
        if details:
            st.markdown(" · ".join(md(detail) for detail in details))
    else:
        st.title("protestmap")
        st.caption(" · ".join(md(part) for part in (title, *details)))
    render_numbers(counts, dates_note)
    if not counts["events"]:
        st.info("No events match these filters. Widen the dates or press **Reset filters** in the sidebar.")
    # The timeline sits above the map but is drawn after it: the browser then fetches the map's
    # frontend code before the chart library's, and the map shows up sooner.
    timeline_slot = st.container() if not present else None
    render_map(path, version, filters, height=PRESENT_MAP_HEIGHT if present else MAP_HEIGHT)
    if timeline_slot is not None:
        with timeline_slot:
            render_timeline(*data.timeline(path, version, flt), domain)
    filters = st.session_state[state.K_FILTERS]  # a map click may have selected a place
    if present:
        st.caption(ATTRIBUTION)
        st.caption(f"Generated {datetime.now().astimezone():%d %B %Y, %H:%M %Z} by protestmap.")
        st.button("Leave screenshot mode", key=state.K_LEAVE_PRESENT, on_click=_leave_present)
    else:
        render_excerpts(path, version, filters)
        render_downloads(path, version, filters)
    state.sync_query_params(filters, present=present)
    _sentinel(counts["events"])


def _leave_present() -> None:
    state.set_present(False)
