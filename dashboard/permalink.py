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
PRESENT_VIEW = "present"


def view_query(
    filters: EventFilter, *, present: bool = False, selected: str | None = None
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
    place = selected if selected is not None else filters.place_id
    if place:
        params[P_PLACE] = place
    if present:
        params[P_VIEW] = PRESENT_VIEW
    return params


def view_url(app_url: str, filters: EventFilter, *, present: bool = False) -> str:
    """The full permalink, e.g. ``http://127.0.0.1:8501/?state=Carabobo&view=present``."""
    query = urllib.parse.urlencode(view_query(filters, present=present), doseq=True)
    base = app_url if app_url.endswith("/") else app_url + "/"
    return f"{base}?{query}" if query else base
