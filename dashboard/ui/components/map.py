"""The map on the explore page: st_folium over mapview's compact layers, clicks select a place.

st_folium is asked to return only click information, so panning and zooming never rerun the
script; the map object is cached by filter (ui/data.py) and rendered with render=False
(st_folium renders it itself; rendering twice doubles the cost).
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit_folium import st_folium

from dashboard import mapview
from dashboard.ui import data, state
from dashboard.ui.state import Filters

MAP_HEIGHT = 560
RETURNED = ["last_object_clicked", "last_object_clicked_tooltip", "last_object_clicked_count"]


def _click_of(result: Any) -> tuple[Any, ...] | None:
    if not isinstance(result, dict) or not result.get("last_object_clicked"):
        return None
    clicked = result["last_object_clicked"]
    return (
        clicked.get("lat"), clicked.get("lng"),
        result.get("last_object_clicked_tooltip"), result.get("last_object_clicked_count"),
    )  # fmt: skip


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
    fmap = data.folium_map(path, version, flt, height)
    result = st_folium(
        fmap,
        key=state.K_MAP,
        height=height,
        use_container_width=True,
        returned_objects=RETURNED,
        render=False,
    )
    click = _click_of(result)
    if click is not None and click != st.session_state.get(state.K_MAP_CLICK):
        st.session_state[state.K_MAP_CLICK] = click
        selected = mapview.resolve_click(map_data, {"lat": click[0], "lng": click[1]}, click[2])
        if selected is not None:
            state.set_selected(selected)
