"""What the user has chosen, in one place: Filters <-> widgets (session_state) <-> the URL.

Every session_state key the UI uses is named here, so that two components cannot collide on
a key and the browser tests can find widgets by a stable name.

Three representations of the same choice:

* `Filters`, a frozen dataclass: what the page computes with (and a cache key);
* the widgets' values in `st.session_state` under the `K_*` keys below;
* `st.query_params`, so that a URL reproduces the view (the permalink).

The URL is parsed defensively: a parameter that names an unknown state, a malformed date or an
out-of-range confidence is dropped and reported in a note, never raised.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.events import EventFilter, source_names
from dashboard.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translator, language_from_header, translator
from dashboard.models import EVENT_STATUSES
from dashboard.permalink import (
    HIDE_UNDATED,
    OSM_BASE,
    P_ARTICLE,
    P_AT,
    P_BASE,
    P_CONFIDENCE,
    P_FROM,
    P_LANG,
    P_MIN_SOURCES,
    P_PLACE,
    P_SEARCH,
    P_SOURCE,
    P_STATE,
    P_STATUS,
    P_TO,
    P_TYPE,
    P_UNDATED,
    P_VIEW,
    PRESENT_VIEW,
    format_viewport,
    parse_viewport,
    view_query,
)

# --- session_state keys (widgets use these as key=) ------------------------------------------
K_DATES = "filter_dates"  # st.slider over the data's date span, value (date, date)
K_STATES = "filter_states"  # st.multiselect of state names
K_TYPES = "filter_types"  # st.multiselect of event types (machine names, labelled)
K_SOURCES = "filter_sources"  # st.multiselect of sources
K_SEARCH = "filter_search"  # st.text_input, text search in excerpts and place names
K_CONFIDENCE = "filter_confidence"  # st.slider 0..1
K_HIDE_UNDATED = "filter_hide_undated"  # st.toggle: hide events with no known date
K_MIN_SOURCES = "filter_min_sources"  # st.number_input: reported by at least N sources
K_STATUSES = "filter_statuses"  # st.multiselect of review statuses (auto, verified, corrected)
K_LANG = "language"  # st.radio in the sidebar: "en" or "es"
K_LANG_CHOSEN = "language_chosen"  # not a widget: the language (survives runs without the switch)
K_LANG_DEFAULT = "language_default"  # not a widget: the browser's language, read once
K_RESET = "filter_reset"  # st.button
K_PRESENT = "present"  # not a widget: screenshot mode on (?view=present)
K_PRESENT_TOGGLE = "present_toggle"  # st.toggle in the sidebar that turns K_PRESENT on
K_SELECTED = "selected"  # not a widget: place id, or "state:<name>", or None
K_FILTERS = "filters"  # not a widget: the canonical Filters (survives hidden widgets)
K_NOTES = "param_notes"  # not a widget: notes about dropped URL parameters
K_DOMAIN = "domain"  # not a widget: the Domain the widgets were initialised for
K_MAP = "map"  # the map component's key (its value: the last click)
K_MAP_CLICK = "map_last_click"  # not a widget: the last click already turned into a selection
K_MAP_DRAWN = "map_drawn"  # not a widget: the data key the map last reported drawn
K_DETAILS_WAITING = "details_waiting"  # not a widget: the data key the details wait for, or None
K_FILTERS_WAITING = "filters_waiting"  # not a widget: True while the sidebar's filters wait for the map
K_TIMELINE = "timeline"  # st.vega_lite_chart key prefix (a counter is appended to clear the brush)
K_TIMELINE_VERSION = "timeline_version"  # not a widget
K_CLEAR_SELECTION = "clear_selection"  # st.button
K_EXCERPT_PAGE = "excerpt_page"  # st.number_input
K_SHARE_OPEN = "pm_share"  # the Share popover (open or not): its content is built only while open
K_DOWNLOADS_OPEN = "pm_downloads"  # the Download popover, likewise
K_DOWNLOAD_CSV = "download_csv"
K_DOWNLOAD_GEOJSON = "download_geojson"
K_DOWNLOAD_MAP = "download_map_html"
K_SNAPSHOT = "snapshot_png"  # st.button that renders the view to a PNG in headless chromium
K_SNAPSHOT_PNG = "snapshot_png_bytes"  # not a widget: (view link, PNG bytes) of the last snapshot
# Add articles page
K_ADD_MODE = "add_mode"  # st.radio: paste or upload
K_ADD_TEXT = "add_text"
K_ADD_TITLE = "add_title"
K_ADD_SOURCE = "add_source"
K_ADD_URL = "add_url"
K_ADD_DATE = "add_date"
K_ADD_FILES = "add_files"  # st.file_uploader
K_ADD_PREVIEW = "add_preview"  # st.button
K_ADD_SAVE = "add_save"  # st.button
K_ADD_PENDING = "add_pending"  # not a widget: articles previewed and waiting to be saved
K_ADD_RESULT = "add_result"  # not a widget: the last save's summary line
# Review page
K_REVIEWER = "review_reviewer"  # st.text_input: the reviewer's name, typed once per session
K_REVIEW_UNREVIEWED = "review_unreviewed_only"  # st.toggle: only events nobody checked yet
K_REVIEW_EVENT = "review_event"  # st.selectbox: the event being reviewed (its id)
K_REVIEW_NOTE = "review_note"  # st.text_input: an optional reason, kept with the correction
K_REVIEW_CONFIRM = "review_confirm"  # st.button
K_REVIEW_REJECT_SITE = "review_reject_site"  # st.button: a place, but no protest there
K_REVIEW_REJECT_PLACE = "review_reject_place"  # st.button: not a place at all
K_REVIEW_PLACE_QUERY = "review_place_query"  # st.text_input: a place name to search the gazetteer
K_REVIEW_PLACE_CHOICE = "review_place_choice"  # st.selectbox of the places found (or near a click)
K_REVIEW_FIX_PLACE = "review_fix_place"  # st.button
K_REVIEW_MAP = "review_map"  # st_folium key of the event's small map (a click proposes places)
K_REVIEW_ROLE = "review_role"  # st.selectbox
K_REVIEW_FIX_ROLE = "review_fix_role"  # st.button
K_REVIEW_TYPE = "review_type"  # st.selectbox
K_REVIEW_FIX_TYPE = "review_fix_type"  # st.button
K_REVIEW_DATE = "review_date"  # st.date_input
K_REVIEW_FIX_DATE = "review_fix_date"  # st.button
K_REVIEW_MERGE_WITH = "review_merge_with"  # st.selectbox of events to merge this one with
K_REVIEW_MERGE = "review_merge"  # st.button
K_REVIEW_SPLIT_ARTICLE = "review_split_article"  # st.selectbox of the event's articles
K_REVIEW_SPLIT = "review_split"  # st.button
K_REVIEW_ADD_ARTICLE = "review_add_article"  # st.selectbox of the event's articles
K_REVIEW_ADD_WORDS = "review_add_words"  # st.select_slider: first and last word of the missed place
K_REVIEW_ADD_SELECTION = "review_add_selection"  # st.text_input: or paste the words selected in the text
K_REVIEW_ADD_QUERY = "review_add_query"  # st.text_input: the gazetteer search for the added place
K_REVIEW_ADD_PLACE = "review_add_place"  # st.selectbox
K_REVIEW_ADD_TYPE = "review_add_type"  # st.selectbox
K_REVIEW_ADD = "review_add"  # st.button
K_REVIEW_UNDO = "review_undo"  # st.button: remove the last saved corrections
K_REVIEW_LAST = "review_last"  # not a widget: (correction ids, message) of the last save
K_REVIEW_SEEN = "review_seen"  # not a widget: the event the fields below were filled for
REVIEW_EVENT_KEYS = (
    K_REVIEW_PLACE_QUERY, K_REVIEW_PLACE_CHOICE, K_REVIEW_ROLE, K_REVIEW_TYPE, K_REVIEW_DATE,
    K_REVIEW_MERGE_WITH, K_REVIEW_SPLIT_ARTICLE, K_REVIEW_ADD_ARTICLE, K_REVIEW_ADD_WORDS,
    K_REVIEW_ADD_SELECTION, K_REVIEW_ADD_QUERY, K_REVIEW_ADD_PLACE, K_REVIEW_ADD_TYPE,
)  # fmt: skip
"""The Review fields that describe one event: emptied when another event is chosen."""

FILTER_WIDGET_KEYS = (
    K_DATES, K_STATES, K_TYPES, K_SOURCES, K_SEARCH, K_CONFIDENCE, K_HIDE_UNDATED, K_MIN_SOURCES, K_STATUSES,
)  # fmt: skip

# --- URL parameters: names in dashboard/permalink.py (`protestmap snapshot` uses them too) --------

STATE_SELECTION_PREFIX = "state:"


@dataclass(frozen=True)
class Domain:
    """What can be chosen, derived from the stored events (the widgets' options)."""

    date_min: date | None = None
    date_max: date | None = None
    states: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    place_ids: frozenset[str] = frozenset()
    state_counts: tuple[tuple[str, int], ...] = ()
    max_sources: int = 1
    """The most sources any one event has (the "reported by at least" widget's bound)."""

    @property
    def has_dates(self) -> bool:
        return self.date_min is not None and self.date_max is not None


def domain_of(events: pd.DataFrame) -> Domain:
    """The choices the data offers: its date span, states (with counts), types and sources."""
    if events.empty:
        return Domain()
    dates = events["event_date"].dropna()
    counts = events["state"].dropna().astype(str).value_counts()
    return Domain(
        date_min=dates.min().date() if not dates.empty else None,
        date_max=dates.max().date() if not dates.empty else None,
        states=tuple(sorted(counts.index)),
        event_types=tuple(sorted(str(t) for t in events["event_type"].dropna().unique())),
        sources=tuple(source_names(events)),
        place_ids=frozenset(str(p) for p in events["place_id"].dropna().unique()),
        state_counts=tuple((str(name), int(n)) for name, n in sorted(counts.items())),
        max_sources=int(events["n_sources"].max()) if "n_sources" in events.columns else 1,
    )


@dataclass(frozen=True)
class Filters:
    """The user's choice. None dates mean "the data's own start/end" (undated events stay in)."""

    date_from: date | None = None
    date_to: date | None = None
    states: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    search: str = ""
    min_confidence: float = 0.0
    selected: str | None = None
    hide_undated: bool = False
    article_ids: tuple[str, ...] = ()
    """Only these articles' events (the link after saving an article); not a widget."""
    viewport: str | None = None
    """Where the user moved the map ("lat,lon,zoom"), None while it fits the events."""
    base: str = ""
    """"osm" when the online tiles are on."""
    min_sources: int = 0
    """Only events reported by at least this many sources (0 or 1: all)."""
    statuses: tuple[str, ...] = ()
    """Only events with these review statuses (none: all)."""

    def event_filter(self) -> EventFilter:
        """The core filter for everything on the page (the selection narrows excerpts only)."""
        return EventFilter(
            date_from=self.date_from,
            date_to=self.date_to,
            states=self.states,
            event_types=self.event_types,
            sources=self.sources,
            search=self.search,
            min_confidence=self.min_confidence,
            include_undated=not self.hide_undated,
            article_ids=self.article_ids,
            min_sources=self.min_sources if self.min_sources > 1 else 0,
            statuses=self.statuses,
        )

    @property
    def selected_state(self) -> str | None:
        if self.selected and self.selected.startswith(STATE_SELECTION_PREFIX):
            return self.selected[len(STATE_SELECTION_PREFIX) :]
        return None

    @property
    def selected_place(self) -> str | None:
        return self.selected if self.selected and not self.selected_state else None


def filters_to_params(
    filters: Filters, *, present: bool = False, language: str | None = None
) -> dict[str, str | list[str]]:
    """The URL query of a view: only what differs from the defaults, so links stay short."""
    return view_query(
        filters.event_filter(), present=present, selected=filters.selected, viewport=filters.viewport,
        base=filters.base, language=language,
    )  # fmt: skip


def _parse_date(text: str, name: str, notes: list[str], t: Translator) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        notes.append(
            t.gettext("Ignored {param}: not a date (use YYYY-MM-DD).").format(param=f"{name}={text!r}")
        )
        return None


def _known(
    values: Sequence[str], allowed: Sequence[str], name: str, notes: list[str], t: Translator
) -> tuple[str, ...]:
    """The `allowed` names `values` stand for, ignoring case and accents ("zulia" is Zulia);
    the others are dropped with a note that offers the closest names."""
    from dashboard.events import UnknownName, resolve_names

    aliases = {a: a for a in allowed}
    kept: list[str] = []
    for value in dict.fromkeys(values):
        try:
            kept.extend(n for n in resolve_names([value], aliases, name) if n not in kept)
        except UnknownName as unknown:
            message = str(unknown)
            hint = ""
            if "did you mean " in message:
                names = message.split("did you mean ", 1)[1].rstrip("?")
                hint = t.gettext("did you mean {names}?").format(names=names)
            note = t.gettext("Ignored {param}: not in the data.").format(param=f"{name}={value!r}")
            notes.append(note[:-1] + f" ({hint})." if hint else note)
    return tuple(kept)


def filters_from_params(
    params: Mapping[str, Sequence[str]], domain: Domain, t: Translator | None = None
) -> tuple[Filters, list[str]]:
    """Read a permalink. Returns the filters and one plain note per parameter that was dropped
    (in the translator's language; the parameters are quoted as they came)."""
    t = t or Translator()
    _ = t.gettext
    notes: list[str] = []

    def first(key: str) -> str | None:
        values = params.get(key) or []
        return values[-1] if values else None

    date_from = _parse_date(v, P_FROM, notes, t) if (v := first(P_FROM)) else None
    date_to = _parse_date(v, P_TO, notes, t) if (v := first(P_TO)) else None
    if domain.has_dates:
        assert domain.date_min is not None and domain.date_max is not None
        if date_from and not (domain.date_min <= date_from <= domain.date_max):
            notes.append(
                _("Ignored {param}: outside the data ({start} to {end}).").format(
                    param=f"from={date_from}", start=domain.date_min, end=domain.date_max
                )
            )
            date_from = None
        if date_to and not (domain.date_min <= date_to <= domain.date_max):
            notes.append(
                _("Ignored {param}: outside the data ({start} to {end}).").format(
                    param=f"to={date_to}", start=domain.date_min, end=domain.date_max
                )
            )
            date_to = None
    if date_from and date_to and date_from > date_to:
        notes.append(
            _("Ignored {first} and {second}: the start is after the end.").format(
                first=f"from={date_from}", second=f"to={date_to}"
            )
        )
        date_from = date_to = None

    confidence = 0.0
    if (v := first(P_CONFIDENCE)) is not None:
        try:
            confidence = float(v)
            if not 0.0 <= confidence <= 1.0:
                raise ValueError(v)
        except ValueError:
            notes.append(_("Ignored {param}: use a number from 0 to 1.").format(param=f"conf={v!r}"))
            confidence = 0.0

    selected = first(P_PLACE)
    if selected is not None:
        state_name = (
            selected[len(STATE_SELECTION_PREFIX) :] if selected.startswith(STATE_SELECTION_PREFIX) else None
        )
        valid = state_name in domain.states if state_name is not None else selected in domain.place_ids
        if not valid:
            notes.append(_("Ignored {param}: no such place in the data.").format(param=f"place={selected!r}"))
            selected = None

    view = first(P_VIEW)
    if view is not None and view != PRESENT_VIEW:
        notes.append(
            _("Ignored {param}: the only choice is {choice}.").format(
                param=f"view={view!r}", choice=PRESENT_VIEW
            )
        )
    hide_undated = False
    if (v := first(P_UNDATED)) is not None:
        hide_undated = v == HIDE_UNDATED
        if not hide_undated:
            notes.append(
                _("Ignored {param}: the only choice is {choice}.").format(
                    param=f"undated={v!r}", choice=HIDE_UNDATED
                )
            )
    viewport = None
    if (v := first(P_AT)) is not None:
        parsed = parse_viewport(v)
        if parsed is None:
            notes.append(
                _("Ignored {param}: use latitude,longitude,zoom (e.g. 10.48,-66.90,11).").format(
                    param=f"at={v!r}"
                )
            )
        else:
            viewport = format_viewport(*parsed)
    base = ""
    if (v := first(P_BASE)) is not None:
        if v == OSM_BASE:
            base = OSM_BASE
        else:
            notes.append(
                _("Ignored {param}: the only choice is {choice}.").format(
                    param=f"base={v!r}", choice=OSM_BASE
                )
            )
    article_ids: tuple[str, ...] = ()
    for value in params.get(P_ARTICLE) or []:
        if len(value) == 64 and all(c in "0123456789abcdef" for c in value):
            article_ids += (value,)
        else:
            notes.append(_("Ignored {param}: not an article id.").format(param=f"article={value!r}"))
    min_sources = 0
    if (v := first(P_MIN_SOURCES)) is not None:
        if v.isdigit() and 1 <= int(v) <= max(1, domain.max_sources):
            min_sources = int(v) if int(v) > 1 else 0
        else:
            notes.append(
                _("Ignored {param}: use a whole number from 1 to {most}.").format(
                    param=f"{P_MIN_SOURCES}={v!r}", most=max(1, domain.max_sources)
                )
            )
    statuses: tuple[str, ...] = ()
    for value in params.get(P_STATUS) or []:
        if value in EVENT_STATUSES:
            statuses += (value,) if value not in statuses else ()
        else:
            notes.append(
                _("Ignored {param}: the only choices are {choices}.").format(
                    param=f"{P_STATUS}={value!r}", choices=t.join(list(EVENT_STATUSES))
                )
            )
    if (v := first(P_LANG)) is not None and v not in LANGUAGES:
        notes.append(
            _("Ignored {param}: the only choice is {choice}.").format(
                param=f"lang={v!r}", choice=t.join(list(LANGUAGES))
            )
        )

    filters = Filters(
        date_from=date_from,
        date_to=date_to,
        states=_known(params.get(P_STATE) or [], domain.states, P_STATE, notes, t),
        event_types=_known(params.get(P_TYPE) or [], domain.event_types, P_TYPE, notes, t),
        sources=_known(params.get(P_SOURCE) or [], domain.sources, P_SOURCE, notes, t),
        search=(first(P_SEARCH) or "").strip()[:200],
        min_confidence=round(confidence, 2),
        selected=selected,
        hide_undated=hide_undated,
        article_ids=article_ids,
        viewport=viewport,
        base=base,
        min_sources=min_sources,
        statuses=statuses,
    )
    return filters, notes


def present_requested(params: Mapping[str, Sequence[str]]) -> bool:
    return PRESENT_VIEW in (params.get(P_VIEW) or [])


# --- Streamlit glue ---------------------------------------------------------------------------


def current_params() -> dict[str, list[str]]:
    """st.query_params as lists (a key may repeat: ?state=A&state=B)."""
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def _widget_values(filters: Filters, domain: Domain) -> dict[str, Any]:
    values: dict[str, Any] = {
        K_STATES: list(filters.states),
        K_TYPES: list(filters.event_types),
        K_SOURCES: list(filters.sources),
        K_SEARCH: filters.search,
        K_CONFIDENCE: filters.min_confidence,
        K_HIDE_UNDATED: filters.hide_undated,
        K_MIN_SOURCES: max(1, min(filters.min_sources, domain.max_sources)),
        K_STATUSES: list(filters.statuses),
    }
    if domain.has_dates:
        values[K_DATES] = (filters.date_from or domain.date_min, filters.date_to or domain.date_max)
    return values


def _clamp(filters: Filters, domain: Domain) -> Filters:
    """Keep filters valid when the data changed under them (articles added or removed)."""
    lo, hi = domain.date_min, domain.date_max
    date_from = (
        filters.date_from if filters.date_from and lo and hi and lo <= filters.date_from <= hi else None
    )
    date_to = filters.date_to if filters.date_to and lo and hi and lo <= filters.date_to <= hi else None
    return replace(
        filters,
        date_from=date_from,
        date_to=date_to,
        states=tuple(s for s in filters.states if s in domain.states),
        event_types=tuple(t for t in filters.event_types if t in domain.event_types),
        sources=tuple(s for s in filters.sources if s in domain.sources),
        min_sources=filters.min_sources if filters.min_sources <= domain.max_sources else 0,
    )


def init_state(domain: Domain) -> None:
    """First run of a session: read the URL. Later runs: re-seed widgets hidden in an earlier run.

    Widgets' own session keys disappear when a run does not draw them (screenshot mode hides
    the sidebar), so the canonical Filters live under K_FILTERS and refill them.
    """
    ss = st.session_state
    if K_FILTERS not in ss:
        params = current_params()
        filters, notes = filters_from_params(params, domain, current_translator())
        ss[K_FILTERS] = filters
        ss[K_NOTES] = notes
        ss[K_PRESENT] = present_requested(params)
        ss[K_DOMAIN] = domain
        for key, value in _widget_values(filters, domain).items():
            ss[key] = value
        return
    if ss.get(K_DOMAIN) != domain:
        ss[K_FILTERS] = _clamp(ss[K_FILTERS], domain)
        ss[K_DOMAIN] = domain
        for key in FILTER_WIDGET_KEYS:
            ss.pop(key, None)
    for key, value in _widget_values(ss[K_FILTERS], domain).items():
        if key not in ss:
            ss[key] = value


def read_filters(domain: Domain) -> Filters:
    """The Filters from the widgets' current values (dates at the data's ends become None)."""
    ss = st.session_state
    date_from = date_to = None
    if domain.has_dates and K_DATES in ss:
        start, end = ss[K_DATES]
        date_from = start if start != domain.date_min else None
        date_to = end if end != domain.date_max else None
    filters = Filters(
        date_from=date_from,
        date_to=date_to,
        states=tuple(ss.get(K_STATES, ())),
        event_types=tuple(ss.get(K_TYPES, ())),
        sources=tuple(ss.get(K_SOURCES, ())),
        search=str(ss.get(K_SEARCH, "")).strip(),
        min_confidence=round(float(ss.get(K_CONFIDENCE, 0.0)), 2),
        selected=ss[K_FILTERS].selected if K_FILTERS in ss else None,
        hide_undated=bool(ss.get(K_HIDE_UNDATED, False)),
        article_ids=ss[K_FILTERS].article_ids if K_FILTERS in ss else (),
        viewport=ss[K_FILTERS].viewport if K_FILTERS in ss else None,
        base=ss[K_FILTERS].base if K_FILTERS in ss else "",
        min_sources=(lambda n: n if n > 1 else 0)(int(ss.get(K_MIN_SOURCES, 1) or 1)),
        statuses=tuple(s for s in ss.get(K_STATUSES, ()) if s in EVENT_STATUSES),
    )
    previous = ss.get(K_FILTERS)
    if previous is not None and previous.event_filter() != filters.event_filter():
        filters = replace(filters, viewport=None)  # new events: fit them again
    ss[K_FILTERS] = filters
    return filters


def set_selected(selected: str | None) -> None:
    ss = st.session_state
    ss[K_FILTERS] = replace(ss[K_FILTERS], selected=selected)
    ss[K_EXCERPT_PAGE] = 1


def set_viewport(viewport: str | None) -> None:
    st.session_state[K_FILTERS] = replace(st.session_state[K_FILTERS], viewport=viewport)


def set_base(base: str) -> None:
    st.session_state[K_FILTERS] = replace(st.session_state[K_FILTERS], base=base)


def set_dates(domain: Domain, start: date, end: date) -> None:
    """Narrow the date filter (from a timeline brush); callable from a widget callback."""
    if not domain.has_dates:
        return
    assert domain.date_min is not None and domain.date_max is not None
    start = max(domain.date_min, min(start, domain.date_max))
    end = max(domain.date_min, min(end, domain.date_max))
    if start > end:
        start, end = end, start
    ss = st.session_state
    ss[K_DATES] = (start, end)
    ss[K_FILTERS] = replace(
        ss[K_FILTERS],
        date_from=start if start != domain.date_min else None,
        date_to=end if end != domain.date_max else None,
    )


def reset_filters(domain: Domain) -> None:
    """Back to everything (a widget callback: runs before the widgets are drawn)."""
    ss = st.session_state
    ss[K_FILTERS] = Filters()
    for key, value in _widget_values(Filters(), domain).items():
        ss[key] = value
    ss[K_EXCERPT_PAGE] = 1
    ss[K_TIMELINE_VERSION] = ss.get(K_TIMELINE_VERSION, 0) + 1


def sync_query_params(filters: Filters, *, present: bool) -> None:
    """Mirror the view in the URL, touching st.query_params only when something changed."""
    wanted = filters_to_params(filters, present=present, language=permalink_language())
    normalised = {k: (v if isinstance(v, list) else [v]) for k, v in wanted.items()}
    if normalised != current_params():
        st.query_params.from_dict(wanted)


def is_present() -> bool:
    return bool(st.session_state.get(K_PRESENT, False))


def set_present(on: bool) -> None:
    st.session_state[K_PRESENT] = on


def sync_present_toggle() -> None:
    """Widget callback of the screenshot-mode toggle."""
    st.session_state[K_PRESENT] = bool(st.session_state.get(K_PRESENT_TOGGLE, False))


# --- language ---------------------------------------------------------------------------------


def browser_language() -> str:
    """The language the browser asks for (its locale), if we speak it; else English."""
    try:
        return language_from_header(st.context.locale)
    except AttributeError:  # no st.context.locale (older Streamlit, or no browser: AppTest)
        return DEFAULT_LANGUAGE


def init_language() -> None:
    """First run: the URL's ``lang``, else the browser's language. Later: the switch's value."""
    ss = st.session_state
    if K_LANG_DEFAULT not in ss:
        ss[K_LANG_DEFAULT] = browser_language()
    if K_LANG_CHOSEN not in ss:
        asked = st.query_params.get_all(P_LANG)
        wanted = asked[-1] if asked else None
        ss[K_LANG_CHOSEN] = wanted if wanted in LANGUAGES else ss[K_LANG_DEFAULT]
    if K_LANG not in ss:  # the switch was not drawn last run (screenshot mode): refill it
        ss[K_LANG] = ss[K_LANG_CHOSEN]


def sync_language() -> None:
    """Widget callback of the language switch."""
    value = st.session_state.get(K_LANG)
    if value in LANGUAGES:
        st.session_state[K_LANG_CHOSEN] = value


def language() -> str:
    value = st.session_state.get(K_LANG_CHOSEN)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def permalink_language() -> str | None:
    """``lang`` in links whenever it says something: not English, or not the browser's default
    (a link made in English on a Spanish browser must open in English elsewhere too)."""
    chosen = language()
    default = st.session_state.get(K_LANG_DEFAULT, DEFAULT_LANGUAGE)
    return chosen if chosen != DEFAULT_LANGUAGE or default != DEFAULT_LANGUAGE else None


def current_translator() -> Translator:
    return translator(language())


# --- what the page is shown in ------------------------------------------------------------------


def map_reports_drawing() -> bool:
    """Whether a browser shows this session: its map component reports when it has drawn a
    data key, and the details below the map wait for that report (ui/pages/explore.py).

    A browser sends its page's URL with every run. Streamlit's AppTest sends none and renders
    no components, so no report would ever come: there everything is drawn in the same run.
    """
    return bool(st.context.url)


def reruns_keep_the_page() -> bool:
    """Whether a rerun of some fragments leaves the rest of the page on screen. A browser does;
    Streamlit's AppTest (which sends no page URL) keeps only what the last run sent, so there
    every interaction reruns the whole page."""
    return bool(st.context.url)


def details_wait_for(data_key: str) -> bool:
    """Decide, at the start of a full run, whether the details wait for the map to draw
    `data_key` (a browser, and a key the map has not reported yet); remember the answer for
    the map component (which is asked to report) and for its report's callback."""
    ss = st.session_state
    waiting = map_reports_drawing() and ss.get(K_MAP_DRAWN) != data_key
    ss[K_DETAILS_WAITING] = data_key if waiting else None
    return waiting


def filters_wait_for_map() -> bool:
    """Decide, after `details_wait_for`, whether the sidebar's filter widgets wait for the map
    too: only on a session's first view (the map has drawn nothing yet). Remember the answer
    for the map's report callback, which draws them.

    Never later: a full run that does not draw a widget drops its value (Streamlit cleans up
    the state of widgets missing from a run), and a filter must keep its value. On the first
    view no filter widget was ever drawn, so there is nothing to lose."""
    ss = st.session_state
    waiting = ss.get(K_DETAILS_WAITING) is not None and ss.get(K_MAP_DRAWN) is None
    ss[K_FILTERS_WAITING] = waiting
    return waiting


# --- the view in words (screenshot mode, share text) ----------------------------------------


def describe_span(start: date | None, end: date | None, t: Translator | None = None) -> str:
    """ "29 July – 5 August 2024", "3 August 2024", or "" when there are no dates."""
    return (t or Translator()).span(start, end)


def describe_view(filters: Filters, domain: Domain, t: Translator | None = None) -> tuple[str, list[str]]:
    """A title ("Protests in Carabobo and Miranda, 29 July – 5 August 2024") and the other
    active filters as short phrases, for screenshot mode and shared links (plain text)."""
    from dashboard.mapview import EVENT_TYPE_LABELS, type_label
    from dashboard.share import describe_filter

    t = t or Translator()
    return describe_filter(
        filters.event_filter(), t, date_min=domain.date_min, date_max=domain.date_max,
        type_names={k: type_label(k, t) for k in EVENT_TYPE_LABELS},
    )  # fmt: skip
