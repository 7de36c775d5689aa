"""Downloads of what is in view (the same files as `protestmap events`) and the Share control."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st

from dashboard.errors import ProtestmapError
from dashboard.ui import data, state
from dashboard.ui.state import Filters


def permalink(filters: Filters, *, present: bool = False) -> str:
    """The URL of this view: the app's address plus the filters as query parameters."""
    query = urlencode(state.filters_to_params(filters, present=present), doseq=True)
    base = ""
    try:
        base = str(st.context.url or "").split("?")[0]
    except AttributeError:  # older Streamlit without st.context.url
        base = ""
    return f"{base}?{query}" if query else (base or "?")


def render_downloads(path: str, version: str, filters: Filters) -> None:
    flt = filters.event_filter()
    left, middle, right, share = st.columns(4)
    left.download_button(
        "Events (CSV)",
        data=lambda: data.events_csv(path, version, flt),
        file_name="protestmap-events.csv",
        mime="text/csv",
        key=state.K_DOWNLOAD_CSV,
        on_click="ignore",
    )
    middle.download_button(
        "Events (GeoJSON)",
        data=lambda: data.events_geojson(path, version, flt),
        file_name="protestmap-events.geojson",
        mime="application/geo+json",
        key=state.K_DOWNLOAD_GEOJSON,
        on_click="ignore",
    )
    right.download_button(
        "Standalone map (HTML)",
        data=lambda: data.standalone_map_html(path, version, flt, filters.selected),
        file_name="protestmap-map.html",
        mime="text/html",
        key=state.K_DOWNLOAD_MAP,
        on_click="ignore",
        help="One file with the map and its data; opens offline in any browser.",
    )
    with share.popover("Share", icon="🔗"):
        st.caption("This link opens the page with the same filters and selection:")
        st.code(permalink(filters), language=None)
        st.caption("For a clean picture, open it in screenshot mode:")
        st.code(permalink(filters, present=True), language=None)
        render_snapshot(path, filters)


def render_snapshot(path: str, filters: Filters) -> None:
    """A PNG of this view, rendered by headless chromium from this very app (same as
    `protestmap snapshot`), so the picture is what a shared link shows."""
    link = permalink(filters)
    if st.button("Make a PNG of this view (1600×900)", key=state.K_SNAPSHOT):
        port = st.get_option("server.port")
        base = str(st.get_option("server.baseUrlPath") or "").strip("/")
        app_url = f"http://127.0.0.1:{port}/{base}".rstrip("/")
        out = Path(tempfile.mkdtemp(prefix="protestmap-")) / "view.png"
        with st.spinner("Rendering the view in headless chromium…"):
            try:
                from dashboard.share import snapshot_png

                snapshot_png(path, filters.event_filter(), out=out, app_url=app_url)
            except ProtestmapError as error:
                st.error(str(error))
                return
        st.session_state[state.K_SNAPSHOT_PNG] = (link, out.read_bytes())
    last = st.session_state.get(state.K_SNAPSHOT_PNG)
    if last and last[0] == link:
        st.download_button("Download PNG", data=last[1], file_name="protestmap-view.png", mime="image/png")
