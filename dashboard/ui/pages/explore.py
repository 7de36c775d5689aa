"""The explore page, map first: the view's title and counts in one line, Share and Download
next to the map, the map filling the window, then the numbers, the timeline and the excerpts.

Screenshot mode (?view=present or the sidebar toggle) shows only the title, the map with its
legend, and the credits (the outlets whose reports are shown, and the data's sources).

The map comes first in every run, before its toolbar (drawn into a slot above it) and the
sidebar's filters (read from the session state, drawn after the map): the browser loads each
kind of element's code on first use, and the map's frame and data are then asked for first.

The map and its toolbar are one `st.fragment`: moving the map or switching its base layer
reruns only them (to keep the permalink current); a click that selects a place reruns the page.

A filter changes the view's title and counts, the map and the details, and nothing in the
sidebar: each filter widget's callback reruns only those three fragments, so the sidebar's
twenty-odd widgets are neither run, sent nor drawn again (the browser's main thread, shared with
the map, was busy re-rendering them while the map had new layers to build).

The details under the map (the numbers, the timeline and the excerpts) are another fragment,
and in a browser they wait for the map when a whole-page run brings it new data (the first view
above all): the details show a one-line note, and the map component's report that it has drawn
that data reruns only them. The browser has one main thread for the page and the map's frame;
without the wait, the timeline (Vega) and a page of excerpt cards were rendered while the map was
being built, and the map appeared seconds later. A filter widget's change does not wait (see
`_filters_changed`). Paging the excerpts reruns only the details; brushing the timeline or
clearing the selection reruns the page.

On a session's first view in a browser the sidebar's filter widgets wait for the map as well
(a fragment the same report reruns, before the details): their script files and rendering held
the map's frame back by ~0.8 s at 100,000 events. Only then: see `state.filters_wait_for_map`.
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from dashboard.errors import ProtestmapError
from dashboard.events import source_names
from dashboard.share import credit_line
from dashboard.ui import data, state
from dashboard.ui.components.downloads import render_toolbar
from dashboard.ui.components.excerpts import prepare_excerpts, render_excerpts
from dashboard.ui.components.filters import render_filters
from dashboard.ui.components.map import (
    DETAILS_FRAGMENT,
    FILTERS_FRAGMENT,
    MAP_HEIGHT,
    data_key,
    render_map,
    unmapped_note,
)
from dashboard.ui.components.numbers import counts_line, render_numbers
from dashboard.ui.components.text import md
from dashboard.ui.components.timeline import render_timeline
from dashboard.ui.state import Domain, Filters

PRESENT_RESERVE = 64
"""Pixels below the map in screenshot mode: the two credit lines, never cut off."""
HEAD_FRAGMENT = "pm_head"
"""The key of the fragment with the view's title, counts line and the no-events notice."""
MAP_FRAGMENT = "pm_map"
"""The key of the fragment with the map and its toolbar."""
K_RUN = "run_counter"  # not a widget: counts script runs, shown in the ready sentinel
SENTINEL_KEY = "pm_sentinel"

# Our own constant CSS (no data in it): less empty space above the map, the test sentinel
# out of sight, and in screenshot mode no Streamlit header at all.
PAGE_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 3.2rem; padding-bottom: 2rem; }
.st-key-pm_sentinel { display: none; }
.st-key-pm_toolbar { justify-content: flex-end; margin-bottom: -0.5rem; }
.pm-cards p { margin: 0 0 1rem 0; }
.pm-cards p:last-child { margin-bottom: 0; }
.pm-cards strong { font-weight: 600; }
.pm-cards .pm-meta { font-size: 0.875rem; opacity: 0.6; }
.pm-cards a { color: rgb(0, 104, 201); }
.pm-cards mark { background: rgba(255, 164, 33, 0.2); color: inherit; padding: 0 0.15em; border-radius: 4px; }
.pm-cards hr.pm-rule { border: none; border-top: 1px solid rgba(49, 51, 63, 0.2); margin: 2rem 0; }
</style>"""
PRESENT_CSS = """<style>
header[data-testid="stHeader"], [data-testid="stSidebarCollapsedControl"], [data-testid="stSidebar"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 0.6rem 1.2rem 0 1.2rem; max-width: 100%; }
.st-key-pm_sentinel { display: none; }
h1 { padding-top: 0 !important; }
</style>"""


def _empty_state(path: str) -> None:
    _ = state.current_translator().gettext
    st.title("protestmap")
    st.info(
        _("There are no events in the database yet, so there is nothing to map.")
        + "\n\n"
        + _("Database: {path}.").format(path=md(path))
        + "\n\n"
        + _(
            "Add articles on the **Add articles** page, or from a terminal: "
            "`protestmap ingest data/articles/` and reload this page."
        )
    )


def _sentinel(n_events: int) -> None:
    """Last element of every finished view, hidden: browser tests wait for it ("View ready ·
    run N · ..."). Where the details wait for the map, it comes with them, not before."""
    st.session_state[K_RUN] = st.session_state.get(K_RUN, 0) + 1
    with st.container(key=SENTINEL_KEY):
        st.caption(f"View ready · run {st.session_state[K_RUN]} · {n_events} events in view")


@st.fragment(key=HEAD_FRAGMENT)
def _head(path: str, version: str, domain: Domain) -> None:
    """The view's title, its counts and other filters in one line, and a notice when nothing matches."""
    t = state.current_translator()
    _ = t.gettext
    filters = st.session_state[state.K_FILTERS]
    counts = data.summary(path, version, filters.event_filter())[0]
    title, details = state.describe_view(filters, domain, t)
    st.subheader(md(title), anchor=False)
    st.caption(" · ".join([md(counts_line(counts, t)), *(md(d) for d in details)]))
    if not counts["events"]:
        st.info(
            _("No events match these filters. Widen the dates or press **Reset filters** in the sidebar.")
        )


@st.fragment(key=MAP_FRAGMENT)
def _map_section(path: str, version: str, present: bool) -> None:
    """The toolbar and the map (one fragment: moving the map reruns only this)."""
    filters = st.session_state[state.K_FILTERS]
    toolbar = st.container() if not present else None  # above the map, filled after it
    selected = render_map(
        path, version, filters, height=MAP_HEIGHT if not present else 300, fill=True,
        reserve=PRESENT_RESERVE if present else 12, notes=not present,
    )  # fmt: skip
    if toolbar is not None:
        with toolbar:
            render_toolbar(path, version, st.session_state[state.K_FILTERS])
        if note := unmapped_note(path, version, st.session_state[state.K_FILTERS]):
            st.caption(note)
    if selected is not None:
        state.set_selected(selected)
        st.rerun()  # the excerpts and the URL follow the selection
    state.sync_query_params(st.session_state[state.K_FILTERS], present=present)


@st.fragment(key=FILTERS_FRAGMENT)
def _filters(domain: Domain) -> None:
    """The sidebar's filter widgets; on a browser's first view, once the map has drawn.

    On a first view their ~45 script files and their rendering kept the browser busy (~0.8 s
    on this machine, at 100,000 events) between the map's data arriving and the map's frame
    being made: the map waits for nothing now, and a filter cannot be used before the map is
    there anyway. Their callbacks rerun the fragments a filter changes, never this one alone."""
    if st.session_state.get(state.K_FILTERS_WAITING):
        _ = state.current_translator().gettext
        with st.sidebar:
            st.header(_("Filters"))
            st.caption(_("The filters follow as soon as the map is drawn."))
        return
    render_filters(domain, on_change=_filters_changed, args=(domain,))


@st.fragment(key=DETAILS_FRAGMENT)
def _details(path: str, version: str, domain: Domain) -> None:
    """The numbers, the timeline and the excerpts; in a browser, once the map has drawn."""
    t = state.current_translator()
    _ = t.gettext
    filters = st.session_state[state.K_FILTERS]
    if st.session_state.get(state.K_DETAILS_WAITING) == data_key(version, filters, t.language):
        st.caption(_("The numbers, the timeline and the excerpts follow as soon as the map is drawn."))
        _prepare_details(path, version, filters)
        return
    flt = filters.event_filter()
    counts, span = data.summary(path, version, flt)
    render_numbers(counts, span, t)
    render_timeline(*data.timeline(path, version, flt), domain, t)
    render_excerpts(path, version, filters)
    _sentinel(counts["events"])


def _prepare_details(path: str, version: str, filters: Filters) -> None:
    """While the browser draws the map, compute (and cache) what the details will show.

    Last in the run, after the waiting note was sent: the fragment run that the map's "drawn"
    report asks for cannot start before this run ends (Streamlit queues a fragment's run behind
    the page's), and then only sends elements: the server's work overlaps the browser's drawing
    instead of following it."""
    flt = filters.event_filter()
    data.summary(path, version, flt)
    data.timeline(path, version, flt)
    prepare_excerpts(path, version, filters)


def _filters_changed(domain: Domain) -> None:
    """Callback of every filter widget: read the filters and rerun the head, the map and the
    details only (not the sidebar).

    The details come in the same run, without waiting for the map's report: on a filter change
    the map already stands and only its layers change, and the wait cost more (the report's
    round trip and a second run) than the details' drawing costs the new layers. Interleaved
    A/B at 100,000 events, map settled and run finished: 0.83x -> 0.50x the empty app.

    The map's fragment runs first (fragments run in the order named; where they sit on the page
    does not change), so its data leaves before the head's counts are computed (A/B: 0.59x -> 0.52x)."""
    if not state.reruns_keep_the_page():
        return  # the default: the whole page
    state.read_filters(domain)
    st.session_state[state.K_DETAILS_WAITING] = None
    st.rerun([MAP_FRAGMENT, HEAD_FRAGMENT, DETAILS_FRAGMENT])


def render() -> None:
    t = state.current_translator()
    _ = t.gettext
    path = str(data.db_path())
    try:
        version = data.db_version(data.db_path())
        events = data.base_events(path, version)
    except ProtestmapError as exc:
        st.error(md(str(exc)))
        return
    if events.empty:
        _empty_state(path)
        _sentinel(0)
        return
    domain = data.domain(path, version)
    state.init_state(domain)
    present = state.is_present()
    # The filters are read from the session state (their widgets' callbacks have run) and the
    # widgets drawn after the map: the browser gets the map's data first, and asks for the map's
    # code before the ~45 small files of the sidebar's widgets.
    filters = state.read_filters(domain) if not present else st.session_state[state.K_FILTERS]
    st.html(PRESENT_CSS if present else PAGE_CSS)
    for note in st.session_state.get(state.K_NOTES, []):
        st.warning(md(note), icon=":material/warning:")  # quotes URL parameters: untrusted

    flt = filters.event_filter()
    counts = data.summary(path, version, flt)[0]
    if present:
        title, details = state.describe_view(filters, domain, t)
        st.title(md(title))
        if details:
            st.caption(" · ".join(md(detail) for detail in details))
        _map_section(path, version, True)
        sources = source_names(data.filtered_events(path, version, flt))
        made = _("Made {date} by protestmap.").format(date=t.date(datetime.now().astimezone().date()))
        st.caption(md(credit_line(sources, t)) + " " + md(made))
    else:
        _head(path, version, domain)
        state.details_wait_for(data_key(version, filters, t.language))
        _map_section(path, version, False)
        if state.reruns_keep_the_page():  # a browser: the map's first drawing may release them
            state.filters_wait_for_map()
            with st.sidebar:
                _filters(domain)
        else:
            render_filters(domain, on_change=_filters_changed, args=(domain,))
        _details(path, version, domain)
    state.sync_query_params(st.session_state[state.K_FILTERS], present=present)
    if present:
        _sentinel(counts["events"])
