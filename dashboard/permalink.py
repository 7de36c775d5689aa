"""Permalinks: a view's filters as URL query parameters, and back to a URL.

The app (dashboard/ui/state.py reads them back, defensively) and `protestmap snapshot` (which
opens the app at a view) must spell every parameter the same way, so both use this module.
"""

from __future__ import annotations

import urllib.parse

from dashboard.events import EventFilter

P_FROM, P_TO, P_STATE, P_TYPE, P_SOURCE, P_SEARCH, P_CONFIDENCE, P_PLACE, P_VIEW = (
    "from", "to", "state", "type", "source", "q", "conf", "place", "view",
)  # fmt: skip
P_UNDATED, P_AT, P_BASE, P_LANG, P_ARTICLE = "undated", "at", "base", "lang", "article"
P_MIN_SOURCES, P_STATUS = "min_sources", "status"
"""``min_sources=2``: reported by at least two sources; ``status=verified`` (repeatable)."""
PRESENT_VIEW = "present"
HIDE_UNDATED = "hide"
"""``undated=hide``: the "hide undated events" switch."""
OSM_BASE = "osm"
"""``base=osm``: the optional OpenStreetMap tiles under the outlines."""


def format_viewport(lat: float, lon: float, zoom: int) -> str:
    """The ``at`` parameter: ``10.4806,-66.9036,11`` (centre and zoom of the map)."""
    return f"{lat:.4f},{lon:.4f},{zoom}"


def parse_viewport(text: str) -> tuple[float, float, int] | None:
    """``at=lat,lon,zoom`` back to numbers, or None when it is not a place on Earth at a map zoom."""
    parts = text.split(",")
    if len(parts) != 3:
        return None
    try:
        lat, lon, zoom = float(parts[0]), float(parts[1]), int(parts[2])
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 1 <= zoom <= 18):
        return None
    return lat, lon, zoom


def view_query(
    filters: EventFilter,
    *,
    present: bool = False,
    selected: str | None = None,
    viewport: str | None = None,
    base: str = "",
    language: str | None = None,
) -> dict[str, str | list[str]]:
    """The permalink query of a view: only what differs from the defaults, so links stay short.

    Repeated parameters (several states) are lists: ``{"state": ["Carabobo", "Zulia"]}``.
    `selected` (a place id or ``state:<name>``, the app's map selection) is the ``place``
    parameter; without it, the filter's own `place_id` is.
    """
    params: dict[str, str | list[str]] = {}
    if filters.date_from:
        params[P_FROM] = filters.date_from.isoformat()
    if filters.date_to:
        params[P_TO] = filters.date_to.isoformat()
    if filters.states:
        params[P_STATE] = list(filters.states)
    if filters.event_types:
        params[P_TYPE] = list(filters.event_types)
    if filters.sources:
        params[P_SOURCE] = list(filters.sources)
    if filters.search:
        params[P_SEARCH] = filters.search
    if filters.min_confidence > 0:
        params[P_CONFIDENCE] = f"{filters.min_confidence:g}"
    if filters.min_sources > 1:
        params[P_MIN_SOURCES] = str(filters.min_sources)
    if filters.statuses:
        params[P_STATUS] = list(filters.statuses)
    if filters.article_ids:
        params[P_ARTICLE] = list(filters.article_ids)
    if not filters.include_undated:
        params[P_UNDATED] = HIDE_UNDATED
    place = selected if selected is not None else filters.place_id
    if place:
        params[P_PLACE] = place
    if viewport:
        params[P_AT] = viewport
    if base:
        params[P_BASE] = base
    if language:
        params[P_LANG] = language
    if present:
        params[P_VIEW] = PRESENT_VIEW
    return params


def view_url(
    app_url: str, filters: EventFilter, *, present: bool = False, language: str | None = None
) -> str:
    """The full permalink, e.g. ``http://127.0.0.1:8501/?state=Carabobo&view=present``."""
    query = urllib.parse.urlencode(view_query(filters, present=present, language=language), doseq=True)
    base = app_url if app_url.endswith("/") else app_url + "/"
    return f"{base}?{query}" if query else base
