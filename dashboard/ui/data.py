"""The only cache wrappers in the app: everything the pages read goes through here.

* The base events frame is read-only and large, so it lives in `st.cache_resource` (no pickle
  copy per rerun), keyed by `events.db_version`, which changes whenever the database does.
* Filtered frames and map data are keyed by (db version, filter), so a rerun that changes
  nothing (a click, paging the excerpts) costs nothing. They are cache_resource too: pages
  treat them as read-only, and unpickling 100,000 rows on every rerun would cost more than
  filtering them again.
* Files for download are built only when the user clicks (deferred download callables) and
  cached as strings (`st.cache_data`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from dashboard import events as core_events
from dashboard import exports, mapview, store
from dashboard.events import EventFilter
from dashboard.i18n import translator
from dashboard.ui.state import Domain, domain_of

if TYPE_CHECKING:
    from dashboard.ui.components.excerpts import ExcerptCard


def db_path() -> Path | str:
    """$PROTESTMAP_DB, else data/protestmap.db (read on every run, so tests can point elsewhere)."""
    return store.default_db_path()


def db_version(path: Path | str) -> str:
    return core_events.db_version(path)


@st.cache_resource(max_entries=4, show_spinner="Loading events…")
def base_events(path: str, version: str) -> pd.DataFrame:
    """All stored events (read-only: never modify the returned frame)."""
    del version  # the cache key only
    return core_events.load_events(path)


@st.cache_resource(max_entries=4, show_spinner=False)
def base_excerpts(path: str, version: str) -> pd.DataFrame:
    """What each article says about each event (read-only): `events.load_excerpts`."""
    del version  # the cache key only
    return core_events.load_excerpts(path)


@st.cache_resource(max_entries=4, show_spinner=False)
def domain(path: str, version: str) -> Domain:
    return domain_of(base_events(path, version))


@st.cache_resource(max_entries=32, show_spinner=False)
def search_hits(path: str, version: str, query: str) -> frozenset[str]:
    """The articles the full-text index finds for `query` (accents and case ignored)."""
    del version  # the cache key only
    return core_events.search_hits(path, query)


@st.cache_resource(max_entries=32, show_spinner=False)
def filtered_events(path: str, version: str, flt: EventFilter) -> pd.DataFrame:
    """The events that pass `flt` (read-only)."""
    hits = search_hits(path, version, flt.search) if flt.search.strip() else None
    return core_events.filter_events(base_events(path, version), flt, search_hits=hits)


@st.cache_resource(max_entries=16, show_spinner=False)
def excerpt_rows(path: str, version: str, flt: EventFilter, selected: str | None) -> pd.DataFrame:
    """The events the excerpts panel lists, newest first (sorting 100,000 rows is worth caching)."""
    from dashboard.ui.components.excerpts import ordered, selected_rows

    return ordered(selected_rows(filtered_events(path, version, flt), selected))


@st.cache_resource(max_entries=32, show_spinner=False)
def excerpts_of(path: str, version: str, event_ids: tuple[str, ...]) -> pd.DataFrame:
    """The sentences of these events (a page of the excerpts panel), by event, article, position."""
    return core_events.excerpts_of(base_excerpts(path, version), event_ids)


@st.cache_resource(max_entries=16, show_spinner=False)
def excerpt_page(
    path: str, version: str, flt: EventFilter, selected: str | None, page: int, language: str
) -> tuple[ExcerptCard, ...]:
    """One page of the excerpts panel's cards, as Markdown (a filter change that comes back to a
    view, or a second visitor, sends them without building them again)."""
    from dashboard.ui.components.excerpts import excerpt_cards, page_rows, search_terms

    shown = page_rows(excerpt_rows(path, version, flt, selected), page)
    sentences = excerpts_of(path, version, tuple(shown["event_id"].astype(str)))
    return excerpt_cards(shown, sentences, search_terms(flt.search), translator(language))


@st.cache_resource(max_entries=16, show_spinner=False)
def summary(path: str, version: str, flt: EventFilter) -> tuple[dict[str, int], tuple[object, object, int]]:
    """The counts and the dates span (nunique over 100,000 rows is worth caching)."""
    from dashboard.ui.components.numbers import view_summary

    return view_summary(filtered_events(path, version, flt))


@st.cache_resource(max_entries=16, show_spinner=False)
def timeline(path: str, version: str, flt: EventFilter) -> tuple[pd.DataFrame, str]:
    """The timeline's aggregate (period, type, events) and its period name (read-only)."""
    from dashboard.ui.components.timeline import timeline_counts

    return timeline_counts(filtered_events(path, version, flt))


@st.cache_resource(max_entries=16, show_spinner=False)
def map_data(path: str, version: str, flt: EventFilter) -> mapview.MapData:
    """The map's places and states, without their popups' articles (see `place_popup`)."""
    return mapview.build_map_data(filtered_events(path, version, flt))


@st.cache_resource(max_entries=64, show_spinner=False)
def place_popup(path: str, version: str, flt: EventFilter, place_id: str | None) -> dict[str, object] | None:
    """The articles of one place's popup, sent with the map when the place is selected."""
    if place_id is None:
        return None
    return mapview.place_popup(map_data(path, version, flt), place_id, base_excerpts(path, version))


@st.cache_resource(max_entries=16, show_spinner=False)
def map_payload(path: str, version: str, flt: EventFilter, language: str = "en", base: str = "") -> bytes:
    """The map component's data, JSON as UTF-8 bytes: serialised once per (db version, filter,
    language). Bytes, not text: Streamlit sends a component's bytes argument as it is, where a
    string is escaped into the arguments' JSON, and its frontend parses that JSON again on each
    render of the component (1.6 MB at 100,000 events, on the browser's one main thread)."""
    return mapview.map_payload_json(
        map_data(path, version, flt), tiles=True, translator=translator(language), base=base
    ).encode("utf-8")


@st.cache_data(max_entries=4, show_spinner=False)
def standalone_map_html(
    path: str, version: str, flt: EventFilter, selected: str | None, language: str = "en", base: str = ""
) -> str:
    """The map as one self-contained HTML page (assets inlined, works from disk): title, the
    filters in words, the date, the map with every excerpt, and the articles with links."""
    from dashboard.share import export_html

    return export_html(
        filtered_events(path, version, flt), flt, translator(language), all_events=base_events(path, version),
        selected=selected, base=base, excerpts=base_excerpts(path, version),
    )  # fmt: skip


@st.cache_data(max_entries=8, show_spinner=False)
def events_csv(path: str, version: str, flt: EventFilter) -> str:
    return exports.events_to_csv(filtered_events(path, version, flt))


@st.cache_data(max_entries=8, show_spinner=False)
def events_geojson(path: str, version: str, flt: EventFilter) -> str:
    return json.dumps(exports.events_to_geojson(filtered_events(path, version, flt)), ensure_ascii=False)


def clear_after_write() -> None:
    """After the app itself stored articles: the version key changes anyway; drop old entries now."""
    base_events.clear()
    base_excerpts.clear()
    search_hits.clear()
    domain.clear()
    filtered_events.clear()
    excerpt_rows.clear()
    excerpts_of.clear()
    excerpt_page.clear()
    summary.clear()
    timeline.clear()
    map_data.clear()
    place_popup.clear()
    map_payload.clear()
