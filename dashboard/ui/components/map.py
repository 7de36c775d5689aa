"""The map on the explore page: our own small map component; clicks select a place or a state.

Why not st_folium: it renders the folium map to a script on every run, ships the state and
municipality outlines again with every filter, and a changed map gets a new iframe that loads
a 225 KB bundle and Leaflet again. Here (see map_frontend/):

* the iframe loads Leaflet, the cluster plugin and static/protestmap.js itself, in parallel,
  and fetches the outlines once from the static route;
* the script sends only the data (mapview.map_payload_json, cached per db version and filter)
  and a key for it; the component rebuilds its layers only when the key changes, in place
  (same iframe, same Leaflet map), so a filter change costs a rerun plus drawing the layers;
* panning and zooming never rerun the script; a click on a place or a state does, once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st
import streamlit.components.v1 as components

from dashboard.ui import data, state
from dashboard.ui.state import Filters

MAP_HEIGHT = 560
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


def render_map(path: str, version: str, filters: Filters, *, height: int = MAP_HEIGHT) -> None:
    flt = filters.event_filter()
    map_data = data.map_data(path, version, flt)
    if map_data.aggregated:
        st.info(map_data.aggregated_note, icon="ℹ️")
    if map_data.n_unmapped:
        st.caption(
            f"{map_data.n_unmapped:,} event(s) are reported for the whole country or have no coordinates; "
            "they are counted above but not drawn."
        )
    value = _map_component(
        data=data.map_payload(path, version, flt),
        data_key=f"{version}|{flt!r}",
        height=height,
        key=state.K_MAP,
        default=None,
    )
    if value is None or value == st.session_state.get(state.K_MAP_CLICK):
        return
    st.session_state[state.K_MAP_CLICK] = value
    selected = selection_of(value, {row[1] for row in map_data.states}, {row[0] for row in map_data.places})
    if selected is not None:
        state.set_selected(selected)
