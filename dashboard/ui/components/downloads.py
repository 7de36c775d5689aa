"""The toolbar next to the map: Share (links, PNG) and Download (CSV, GeoJSON, standalone HTML).

The files are the same as `protestmap events` and `protestmap export-map` make; they are built
only when the user clicks (deferred download callables).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import streamlit as st

from dashboard.errors import ProtestmapError
from dashboard.ui import data, state
from dashboard.ui.components.text import md
from dashboard.ui.state import Filters

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0")


def permalink(filters: Filters, *, present: bool = False) -> str:
    """The URL of this view: the app's address plus the view as query parameters."""
    params = state.filters_to_params(filters, present=present, language=state.permalink_language())
    query = urlencode(params, doseq=True)
    base = ""
    try:
        base = str(st.context.url or "").split("?")[0]
    except AttributeError:  # older Streamlit without st.context.url
        base = ""
    return f"{base}?{query}" if query else (base or "?")


def is_local_link(link: str) -> bool:
    """True for a link that only this computer can open (localhost, 127.0.0.1...)."""
    host = urlsplit(link).hostname or ""
    return host in LOCAL_HOSTS or host.startswith("127.")


def render_toolbar(path: str, version: str, filters: Filters) -> None:
    """Share and Download, side by side, right above the map.

    Their content is built only while the popover is open (opening one reruns the map's
    fragment, which then fills it): the map's fragment reruns on every filter change, and the
    two popovers' dozen elements (links, notes, buttons), sent and rendered again each time
    though nobody had opened them, cost the browser's main thread some 80 ms of each change
    at 100,000 events. Built when opened, the links and files are those of the view then shown.
    """
    _ = state.current_translator().gettext
    with st.container(horizontal=True, key="pm_toolbar"):
        share = st.popover(_("Share"), icon=":material/share:", key=state.K_SHARE_OPEN, on_change="rerun")
        if share.open:
            with share:
                render_share(path, filters)
        downloads = st.popover(
            _("Download"), icon=":material/download:", key=state.K_DOWNLOADS_OPEN, on_change="rerun"
        )
        if downloads.open:
            with downloads:
                render_downloads(path, version, filters)


def render_share(path: str, filters: Filters) -> None:
    _ = state.current_translator().gettext
    link = permalink(filters)
    st.caption(_("This link opens the page with the same filters, selection, map view and language:"))
    st.code(link, language=None, wrap_lines=True)
    if is_local_link(link):
        st.warning(
            _(
                "This link points at this computer (localhost): it works only here. To send the view "
                "to others, download the standalone map (HTML) or make a PNG."
            ),
            icon=":material/warning:",
        )
    st.caption(_("For a clean picture (title, map, legend and credits only):"))
    st.code(permalink(filters, present=True), language=None, wrap_lines=True)
    render_snapshot(path, filters)


def render_downloads(path: str, version: str, filters: Filters) -> None:
    t = state.current_translator()
    _ = t.gettext
    flt = filters.event_filter()
    st.download_button(
        _("Events (CSV)"),
        data=lambda: data.events_csv(path, version, flt),
        file_name="protestmap-events.csv",
        mime="text/csv",
        key=state.K_DOWNLOAD_CSV,
        on_click="ignore",
    )
    st.download_button(
        _("Events (GeoJSON)"),
        data=lambda: data.events_geojson(path, version, flt),
        file_name="protestmap-events.geojson",
        mime="application/geo+json",
        key=state.K_DOWNLOAD_GEOJSON,
        on_click="ignore",
    )
    st.download_button(
        _("Standalone map (HTML)"),
        data=lambda: data.standalone_map_html(path, version, flt, filters.selected, t.language, filters.base),
        file_name="protestmap-map.html",
        mime="text/html",
        key=state.K_DOWNLOAD_MAP,
        on_click="ignore",
        help=_(
            "One file with the map, every excerpt and the list of articles; opens offline in any browser."
        ),
    )


def render_snapshot(path: str, filters: Filters) -> None:
    """A PNG of this view, rendered by headless chromium from this very app (same as
    `protestmap snapshot`), with the same selection, viewport, base layer and language."""
    t = state.current_translator()
    _ = t.gettext
    link = permalink(filters)
    if st.button(_("Make a PNG of this view (1600×900)"), key=state.K_SNAPSHOT):
        port = st.get_option("server.port")
        base = str(st.get_option("server.baseUrlPath") or "").strip("/")
        app_url = f"http://127.0.0.1:{port}/{base}".rstrip("/")
        out = Path(tempfile.mkdtemp(prefix="protestmap-")) / "view.png"
        with st.spinner(_("Rendering the view in headless chromium…")):
            try:
                from dashboard.share import snapshot_png

                snapshot_png(
                    path, filters.event_filter(), out=out, app_url=app_url, selected=filters.selected,
                    viewport=filters.viewport, base=filters.base, language=t.language,
                )  # fmt: skip
            except ProtestmapError as error:
                st.error(md(str(error)))
                return
        st.session_state[state.K_SNAPSHOT_PNG] = (link, out.read_bytes())
    last = st.session_state.get(state.K_SNAPSHOT_PNG)
    if last and last[0] == link:
        st.download_button(_("Download PNG"), data=last[1], file_name="protestmap-view.png", mime="image/png")
