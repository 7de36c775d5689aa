"""The map on the explore page: our own small map component; clicks select a place or a state.

Why not st_folium: it renders the folium map to a script on every run, ships the state and
municipality outlines again with every filter, and a changed map gets a new iframe that loads
a 225 KB bundle and Leaflet again. Here (see map_frontend/):

* the iframe loads Leaflet and static/protestmap.js (which clusters the places itself) in parallel,
  and fetches the outlines and place-name labels once from the static route;
* the script sends only the data (mapview.map_payload_json, cached per db version, filter and
  language: places and states, no article text) and a key for it, and the selected place's
  popup (mapview.place_popup): a click on a marker opens its popup and selects the place, and
  the rerun that follows brings its articles; the component rebuilds its layers only when the key changes,
  in place (same iframe, same Leaflet map), so a filter change costs a rerun plus drawing;
* the map fills the window below its top edge (it measures itself in the page);
* panning and zooming report the viewport (for the permalink) and rerun only the map's
  fragment (ui/pages/explore.py); a click on a place or a state reruns the page once;
* asked to (``report_drawn``), it reports when it has drawn a data key: the page's details
  (numbers, timeline, excerpts) wait for that, so that they do not compete with the map for
  the browser's one main thread (ui/pages/explore.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st
import streamlit.components.v1 as components

from dashboard.permalink import OSM_BASE, parse_viewport
from dashboard.ui import data, state
from dashboard.ui.state import Filters

MAP_HEIGHT = 420
"""The least height in pixels; the map grows to fill the window below its top."""
FRONTEND = Path(__file__).with_name("map_frontend")

_map_component = components.declare_component("protestmap_map", path=str(FRONTEND))


def selection_of(value: Any, state_names: set[str], place_ids: set[str] | None = None) -> str | None:
    """What a click reported by the component selects: a place id, ``state:<name>``, or None.

    The component sends ``{"place": id}`` or ``{"state": name}`` (plus a click counter). Only
    places and states that are on the map count: a stale or forged value selects nothing.
    """
    if not isinstance(value, dict):
        return None
    place = value.get("place")
    if isinstance(place, str) and (place_ids is None or place in place_ids):
        return place
    name = value.get("state")
    if isinstance(name, str) and name in state_names:
        return f"{state.STATE_SELECTION_PREFIX}{name}"
    return None


def viewport_of(value: Any) -> str | None:
    """The viewport a move reported (``{"view": "lat,lon,zoom"}``), normalised, or None."""
    if not isinstance(value, dict) or not isinstance(value.get("view"), str):
        return None
    parsed = parse_viewport(value["view"])
    return None if parsed is None else f"{parsed[0]:.4f},{parsed[1]:.4f},{parsed[2]}"


DETAILS_FRAGMENT = "details"
"""The key of the explore page's fragment that waits for the map (ui/pages/explore.py)."""
FILTERS_FRAGMENT = "pm_filters"
"""The key of the explore page's fragment with the sidebar's filters: on a first view they
wait for the map too (ui/pages/explore.py)."""


def data_key(version: str, filters: Filters, language: str) -> str:
    """What the map's layers depend on: when it changes, the component redraws them."""
    return f"{version}|{filters.event_filter()!r}|{language}|{filters.base}"


def drawn_of(value: Any) -> str | None:
    """The data key a report ``{"drawn": key}`` says the map has drawn, else None."""
    if isinstance(value, dict) and isinstance(value.get("drawn"), str):
        return str(value["drawn"])
    return None


def _on_map_report() -> None:
    """Widget callback of the map: a drawn report releases the waiting filters and details,
    and reruns only them (the map itself has nothing new to show). The filters come first, so
    that the run's end (the details' sentinel) still means the whole page is drawn."""
    drawn = drawn_of(st.session_state.get(state.K_MAP))
    if drawn is None:
        return
    ss = st.session_state
    ss[state.K_MAP_DRAWN] = drawn
    released = []
    if ss.get(state.K_FILTERS_WAITING):
        ss[state.K_FILTERS_WAITING] = False
        released.append(FILTERS_FRAGMENT)
    if ss.get(state.K_DETAILS_WAITING) == drawn:
        ss[state.K_DETAILS_WAITING] = None
        released.append(DETAILS_FRAGMENT)
    if released:
        st.rerun(released)


def render_map(
    path: str,
    version: str,
    filters: Filters,
    *,
    height: int = MAP_HEIGHT,
    fill: bool = True,
    reserve: int = 0,
    notes: bool = True,
) -> str | None:
    """Draw the map; return what a click selected (the caller reruns the page for it), else None.

    A move or a base-layer switch is stored in the filters (and so the URL) here. `notes=False`
    (screenshot mode) leaves the aggregated-view note to the legend, which says it too.
    """
    t = state.current_translator()
    flt = filters.event_filter()
    map_data = data.map_data(path, version, flt)
    if map_data.aggregated and notes:
        st.info(map_data.aggregated_note_in(t), icon=":material/info:")
    viewport = None
    if filters.viewport and (parsed := parse_viewport(filters.viewport)):
        viewport = {"lat": parsed[0], "lon": parsed[1], "zoom": parsed[2]}
    value = _map_component(
        data=data.map_payload(path, version, flt, t.language, filters.base),  # bytes: see data.map_payload
        data_key=data_key(version, filters, t.language),
        report_drawn=st.session_state.get(state.K_DETAILS_WAITING),
        popup=data.place_popup(path, version, flt, filters.selected_place),
        height=height,
        fill=fill,
        reserve=reserve,
        selected=filters.selected,
        viewport=viewport,
        key=state.K_MAP,
        default=None,
        on_change=_on_map_report,
    )
    if value is None or value == st.session_state.get(state.K_MAP_CLICK):
        return None
    st.session_state[state.K_MAP_CLICK] = value
    if drawn_of(value) is not None:
        return None
    if (moved := viewport_of(value)) is not None:
        state.set_viewport(moved)
        return None
    if isinstance(value, dict) and "base" in value:
        state.set_base(OSM_BASE if value.get("base") == OSM_BASE else "")
        return None
    return selection_of(value, {row[1] for row in map_data.states}, {row[0] for row in map_data.places})


def unmapped_note(path: str, version: str, filters: Filters) -> str | None:
    """How many events in view are not drawn (reported for the whole country, or no point)."""
    t = state.current_translator()
    map_data = data.map_data(path, version, filters.event_filter())
    if not map_data.n_unmapped:
        return None
    return t.ngettext(
        "{n} event is reported for the whole country or has no point; it is counted, not drawn.",
        "{n} events are reported for the whole country or have no point; they are counted, not drawn.",
        map_data.n_unmapped,
    ).format(n=t.number(map_data.n_unmapped))
