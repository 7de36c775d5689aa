"""The map, built from the events DataFrame without Streamlit: compact data first, markup last.

Why this shape (see docs and /work/shared/notes/map-performance.md): one folium object per event
costs ~0.5 ms and ~1 KB each, so 100,000 events would take a minute and 100 MB. Instead
`build_map_data` aggregates events *per place* (one record with counts by event type, number of
articles and latest date) and per state (for the choropleth), and the browser builds markers,
clusters and popups from that JSON with `static/protestmap.js` (popups lazily, on click). The
payload then grows with the number of distinct places, not events, and is capped
(`MAX_POINTS`) so that even a million events load. The articles a popup quotes travel apart:
the app sends one place's (`place_popup`) when it is selected; the folium maps carry them all
(`MapData.popups`, at most `EXCERPT_BUDGET` characters; the export every excerpt).

Offline first: Leaflet is vendored in `static/vendor/` (clustering is our own, in protestmap.js) and either
linked from the app's static route (`/app/static/...`) or inlined (`inline_assets=True`, the
standalone HTML export). The state and municipality outlines are shipped with the map, so it
reads without tiles; OpenStreetMap tiles are an extra layer that is off until the user ticks it.

Untrusted article text never becomes markup here: it travels as JSON data (with ``<``, ``>``
and ``&`` escaped so it cannot close the script element) and the browser puts it into the page
with ``textContent``.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from html import escape as html_escape
from pathlib import Path
from typing import Any, NamedTuple

import folium
import pandas as pd
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from .i18n import N_, Translator
from .models import EVENT_TYPES

STATIC_DIR = Path(__file__).with_name("static")
DEFAULT_ASSET_BASE = "/app/static"
"""Where `streamlit run dashboard/app.py` with `server.enableStaticServing` serves STATIC_DIR."""

LEAFLET_JS = "vendor/leaflet-1.9.4/leaflet.js"
LEAFLET_CSS = "vendor/leaflet-1.9.4/leaflet.css"
APP_JS = "protestmap.js"
APP_CSS = "protestmap.css"
STATES_GEOJSON = "geo/ve_states.min.geojson"
MUNICIPALITIES_GEOJSON = "geo/ve_municipalities.min.geojson"
LABELS = "geo/ve_labels.json"
"""Place names of the offline base layer (scripts/build_labels.py, from the gazetteer)."""

OSM_TILES = {
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "attribution": "Tiles &copy; OpenStreetMap contributors (ODbL)",
}
DATA_ATTRIBUTION = N_("Places © GeoNames (CC BY 4.0) · Boundaries: Who's On First · Natural Earth")
"""The map's own credit line (Leaflet reads it as HTML: it is ours, and escaped when sent)."""

UNSPECIFIED = "unspecified"
TYPE_KEYS: tuple[str, ...] = (*EVENT_TYPES, UNSPECIFIED)
EVENT_TYPE_LABELS: dict[str, str] = {
    "peaceful_protest": N_("Peaceful protest"),
    "protest_with_intervention": N_("Protest with intervention"),
    "excessive_force": N_("Excessive force"),
    "arrests": N_("Arrests"),
    "pro_government_rally": N_("Pro-government rally"),
    UNSPECIFIED: N_("Type not stated"),
}
"""English names; show them with `type_label(key, translator)`."""
LEVEL_LABELS: dict[str, str] = {
    "country": N_("country"),
    "state": N_("state"),
    "municipality": N_("municipality"),
    "city": N_("city"),
    "neighbourhood": N_("neighbourhood"),
    "landmark": N_("landmark"),
    "street": N_("street"),
    "sector": N_("sector"),
}
MAP_WORDS: dict[str, str] = {
    "event_one": N_("event"),
    "event_many": N_("events"),
    "article_one": N_("article"),
    "article_many": N_("articles"),
    "latest": N_("latest"),
    "no_date": N_("no date"),
    "month_only": N_("(month only)"),
    "week_of": N_("week of"),
    "open_article": N_("open article"),
    "unknown_source": N_("unknown source"),
    "in_this_state": N_("in this state"),
    "for_the_state": N_("{n} reported for the state as a whole"),
    "approx_city": N_("Shown at its city's point: the street or sector itself is not mapped."),
    "approx_state": N_("Shown at its state's point: the place itself is not mapped."),
    "cluster_title": N_("{events} events at {places} places"),
    "legend": N_("Legend"),
    "events_per_state": N_("Events per state"),
    "places_by_type": N_("Places, by main event type"),
    "legend_approx": N_("Dashed ring: shown at its city's point"),
    "legend_numbers": N_(
        "Numbers on markers and clusters count events: one per place, day and type of event,"
        " however many articles report it."
    ),
    "legend_reviewed": N_("Dark ring: every event there checked by a person"),
    "reviewed": N_("{n} checked by a person"),
    "more_articles": N_("and {n} more articles"),
    "reported_by": N_("Latest event, as each article reports it:"),
    "loading": N_("Loading the articles…"),
    "layer_osm": N_("OpenStreetMap tiles (online)"),
    "layer_labels": N_("Place names"),
    "layer_municipalities": N_("Municipality outlines"),
    "layer_states": N_("States (events per state)"),
    "layer_places": N_("Places"),
}
"""Every word the map's script shows, translated into the payload (`data.t`)."""


def type_label(key: object, translator: Translator) -> str:
    """The event type's name in the translator's language ("Type not stated" for none)."""
    return translator.gettext(EVENT_TYPE_LABELS.get(str(key), EVENT_TYPE_LABELS[UNSPECIFIED]))


EVENT_TYPE_COLOURS: dict[str, str] = {  # colour-blind safe (Okabe-Ito)
    "peaceful_protest": "#0072B2",
    "protest_with_intervention": "#E69F00",
    "excessive_force": "#D55E00",
    "arrests": "#CC79A7",
    "pro_government_rally": "#009E73",
    UNSPECIFIED: "#7f7f7f",
}
STATE_SHADES: tuple[str, ...] = ("#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15")

AREA_LEVELS = frozenset({"country", "state"})
"""Mentions of a whole state (or country) shade the state instead of dropping a pin."""

MAX_POINTS = 15_000
"""Most places drawn as markers; beyond it the busiest places are kept and the map says so."""
EXCERPT_MAX = 200
EXCERPT_MIN = 60
EXCERPT_BUDGET = 1_500_000
"""Characters of excerpt in the popups a map carries inline: with many places each excerpt
gets shorter (never < EXCERPT_MIN)."""
MAX_REPORTS = 3
"""Articles listed in the popup of a place's latest event (the rest are counted)."""
URL_MAX = 300
_URL_FORBIDDEN = re.compile(r"[\x00-\x20\x7f-\x9f\s]")
"""Whitespace (Unicode's too) and control characters: a URL that has any is refused, not repaired."""


def safe_url(url: object) -> str | None:
    """`url` when it is an http(s) URL with no whitespace or control character, else None.

    The one rule for every link we make from article metadata (the app's excerpts, the map's
    popups, the standalone export): other schemes (javascript:, data:) run code or load
    content, and a newline inside a Markdown link target ends the link early.
    """
    if not isinstance(url, str) or len(url) > URL_MAX:
        return None
    if not re.match(r"^https?://[^/?#]", url, flags=re.IGNORECASE) or _URL_FORBIDDEN.search(url):
        return None
    return url


PLACE_FIELDS: tuple[str, ...] = (
    "id", "name", "level", "state", "lat", "lon", "events", "articles", "by_type",
    "latest", "precision", "coord_precision", "reviewed",
)  # fmt: skip
"""What a marker, its tooltip and the head of its popup need, and nothing else: the map's
payload grows by ~100 bytes a place. `coord_precision` is "city" or "state" for a street or
sector drawn at its anchor's point. `events` counts events (one per place, day and type
family) and `articles` the distinct articles reporting them; `reviewed` how many of them a
person verified or corrected.

The articles a popup quotes are not in these rows: at 15,000 places they were 4 MB of the
4.2 MB payload, which the browser had to parse and hold before it drew a single marker. The
app sends one place's popup (`place_popup`) when that place is selected; the folium maps (the
add-articles preview, the review page, the standalone export) carry them inline."""
STATE_FIELDS: tuple[str, ...] = ("code", "name", "events", "state_level", "by_type")

VENEZUELA_BOUNDS = ((0.6, -73.4), (12.2, -59.8))


class LatestEvent(NamedTuple):
    """The event a place's popup quotes: the latest dated one there (ties: the most confident)."""

    event_id: str
    name: str
    n_articles: int


POPUP_KEYS: tuple[str, ...] = ("id", "reports", "articles")
"""A popup's articles (`place_popup`): `reports` lists the latest event's articles, first
reported first, at most MAX_REPORTS, each ``[source name, url or None, excerpt, [start, end]
or []]`` (the place's name highlighted), and `articles` how many articles report that event."""


@dataclass(frozen=True)
class MapData:
    """What the map needs, and nothing else: JSON-serialisable, small, cacheable.

    `places` rows follow PLACE_FIELDS and `states` rows STATE_FIELDS (lists, not dicts, because
    the keys would otherwise be repeated 20,000 times in the payload). `latest` names each
    drawn place's latest event, so that its popup can be made when it is asked for; `popups`
    holds them all, made up front, when `build_map_data` was given the excerpts (for the maps
    that carry their popups inline). Neither goes into `to_json`.
    """

    places: list[list[Any]] = field(default_factory=list)
    states: list[list[Any]] = field(default_factory=list)
    bounds: list[list[float]] | None = None
    n_events: int = 0
    n_places: int = 0
    n_unmapped: int = 0
    aggregated: bool = False
    excerpt_chars: int = EXCERPT_MAX
    latest: dict[str, LatestEvent] = field(default_factory=dict)
    popups: dict[str, dict[str, Any]] | None = None

    @property
    def n_points(self) -> int:
        return len(self.places)

    @property
    def aggregated_note(self) -> str:
        return self.aggregated_note_in(Translator())

    def aggregated_note_in(self, translator: Translator) -> str:
        if not self.aggregated:
            return ""
        return translator.gettext(
            "Aggregated view: the {points} busiest of {places} places are drawn; "
            "state shading counts every event. Narrow the filters to see every place."
        ).format(points=translator.number(self.n_points), places=translator.number(self.n_places))

    def place(self, place_id: str) -> dict[str, Any] | None:
        for row in self.places:
            if row[0] == place_id:
                return dict(zip(PLACE_FIELDS, row, strict=True))
        return None

    def to_json(self) -> dict[str, Any]:
        # Not dataclasses.asdict: it deep-copies every nested list (0.9 s for 15,000 places).
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("latest", "popups")}
        data["place_fields"] = list(PLACE_FIELDS)
        data["state_fields"] = list(STATE_FIELDS)
        data["aggregated_note"] = self.aggregated_note
        return data


def _shorten(sentence: str, start: int, end: int, limit: int) -> tuple[str, int, int]:
    """At most `limit` characters of `sentence`, centred on [start, end) (the place name)."""
    if len(sentence) <= limit:
        return sentence, start, end
    if end - start >= limit - 2:
        return sentence[start : start + limit - 1] + "…", 0, min(end - start, limit - 1)
    room = limit - 2 - (end - start)
    left = max(0, start - room // 2)
    right = min(len(sentence), left + limit - 2)
    left = max(0, right - (limit - 2))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(sentence) else ""
    text = prefix + sentence[left:right] + suffix
    return text, start - left + len(prefix), end - left + len(prefix)


def _highlight_span(sentence: str, surface: str, name: str) -> tuple[int, int]:
    for needle in (surface, name):
        if needle:
            at = sentence.find(needle)
            if at < 0:
                at = sentence.lower().find(needle.lower())
            if at >= 0:
                return at, at + len(needle)
    return -1, -1


def _by_type_counts(events: pd.DataFrame, key: str) -> pd.DataFrame:
    """Events per `key` value and event type (columns TYPE_KEYS); groupby, not crosstab (10x faster)."""
    types = events["event_type"].astype("string").fillna(UNSPECIFIED)
    frame = pd.DataFrame({"key": events[key].astype("string"), "type": types})
    counts = frame.groupby(["key", "type"], sort=False).size().unstack(fill_value=0)
    return counts.reindex(columns=list(TYPE_KEYS), fill_value=0)


def _pylist(series: pd.Series) -> list[Any]:
    """Plain Python values with None for missing: one vectorised conversion, not a loop over Arrow."""
    return series.astype(object).where(series.notna(), None).tolist()


def _class_breaks(max_count: int) -> list[int]:
    """Up to five upper bounds for state shading, on a 1-2-5 scale (readable in a legend)."""
    if max_count <= 0:
        return [1]
    nice = [1]
    step = 0
    while nice[-1] < max_count:
        nice.append([2, 5, 10][step % 3] * 10 ** (step // 3))
        step += 1
    bounds = sorted({b for b in nice if b < max_count} | {max_count})
    if len(bounds) > 5:
        picks = [bounds[round(i * (len(bounds) - 1) / 4)] for i in range(5)]
        bounds = sorted(set(picks))
    return bounds


@lru_cache(maxsize=1)
def _state_bboxes() -> dict[str, tuple[float, float, float, float]]:
    """(south, west, north, east) per ISO state code, from the shipped outlines."""
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for feature in json.loads(_static_text(STATES_GEOJSON))["features"]:
        lons: list[float] = []
        lats: list[float] = []
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        for polygon in polygons:
            for ring in polygon:
                lons.extend(p[0] for p in ring)
                lats.extend(p[1] for p in ring)
        boxes[feature["properties"]["iso_3166_2"]] = (min(lats), min(lons), max(lats), max(lons))
    return boxes


@lru_cache(maxsize=1)
def state_names_by_code() -> dict[str, str]:
    """ISO 3166-2 code -> state name, as in the shipped outlines."""
    features = json.loads(_static_text(STATES_GEOJSON))["features"]
    return {f["properties"]["iso_3166_2"]: f["properties"]["name"] for f in features}


def _with_event_columns(events: pd.DataFrame) -> pd.DataFrame:
    """A frame of mentions (`load_events(unit="mention")`) seen as one event per row, so that
    the map draws either: its article and source as one-element tuples, status `auto`."""
    if "article_ids" in events.columns:
        return events
    return events.assign(
        article_ids=[(a,) for a in events["article_id"].tolist()],
        sources=[(s,) if isinstance(s, str) else () for s in events["source"].astype(object).tolist()],
        status="auto",
        n_articles=1,
    )


def _reports(excerpts: pd.DataFrame | None, event_ids: list[str], limit: int) -> dict[str, list[Any]]:
    """Per event, its reporting articles (first reported first, at most `limit`), each with
    its own first sentence about the event: [(sentence, surface, source, url), ...]."""
    if excerpts is None or excerpts.empty or not event_ids:
        return {}
    rows = excerpts[excerpts["event_id"].isin(event_ids)]
    rows = rows.drop_duplicates(["event_id", "article_id"]).sort_values(
        ["event_id", "published", "article_id"], na_position="last", kind="stable"
    )
    rows = rows.groupby("event_id", sort=False).head(limit)
    out: dict[str, list[Any]] = {}
    for event_id, sentence, surface, source, url in zip(
        _pylist(rows["event_id"]), _pylist(rows["sentence"]), _pylist(rows["surface"]),
        _pylist(rows["source"]), _pylist(rows["url"]), strict=True,
    ):  # fmt: skip
        out.setdefault(str(event_id), []).append((sentence or "", surface or "", source, url))
    return out


def build_map_data(
    events: pd.DataFrame, *, max_points: int = MAX_POINTS, excerpts: pd.DataFrame | None = None
) -> MapData:
    """Aggregate events into one record per place and per state (see MapData).

    `events` has one row per event (`events.load_events()`); a frame of mentions is drawn as
    if each were an event. `excerpts` (`events.load_excerpts()`) gives each place's latest
    event its reporting articles, each with its own sentence (the popup lists them).

    Cost grows with rows only through vectorised pandas steps; the Python loop runs once per
    *drawn place* (at most MAX_POINTS), so 100,000 events take a fraction of a second.
    """
    if events.empty:
        return MapData()
    events = _with_event_columns(events)
    n_events = len(events)
    level = events["level"].astype("string")
    is_area = level.isin(AREA_LEVELS).fillna(False)
    has_coords = events["lat"].notna() & events["lon"].notna()
    codes = events["state_code"].astype("string")
    names_by_code = state_names_by_code()

    # States: every event with a state counts towards its state's shade.
    stated = events[codes.notna()]
    states_rows: list[list[Any]] = []
    if not stated.empty:
        by_state = _by_type_counts(stated, "state_code")
        state_level = stated[is_area[codes.notna()] & (level[codes.notna()] == "state")]
        state_level_counts = state_level.groupby("state_code", observed=True).size()
        for code, counts in by_state.iterrows():
            code_s = str(code)
            name = names_by_code.get(code_s) or str(
                stated.loc[codes[codes.notna()] == code_s, "state"].iloc[0]
            )
            states_rows.append(
                [code_s, name, int(counts.sum()), int(state_level_counts.get(code, 0)),
                 [int(c) for c in counts]]
            )  # fmt: skip
        states_rows.sort(key=lambda row: -row[2])

    # Places: everything finer than a state, with coordinates.
    points = events[~is_area & has_coords]
    n_unmapped = int((~is_area & ~has_coords).sum() + (is_area & codes.isna()).sum())
    places_rows: list[list[Any]] = []
    latest_of: dict[str, LatestEvent] = {}
    n_places = 0
    aggregated = False
    bounds_boxes: list[tuple[float, float, float, float]] = []
    if not points.empty:
        grouped = points.groupby("place_id", observed=True, sort=False)
        sizes = grouped.size().sort_values(ascending=False, kind="stable")
        n_places = len(sizes)
        if n_places > max_points:
            aggregated = True
            sizes = sizes.iloc[:max_points]
            points = points[points["place_id"].isin(sizes.index)]
            grouped = points.groupby("place_id", observed=True, sort=False)
        # Articles: distinct across the place's events (one article may report two of them).
        exploded = points[["place_id", "article_ids"]].explode("article_ids")
        articles = exploded.groupby("place_id", observed=True, sort=False)["article_ids"].nunique()
        reviewed = (
            points["status"]
            .astype("string")
            .isin(("verified", "corrected"))
            .groupby(points["place_id"])
            .sum()
        )
        by_type = _by_type_counts(points, "place_id")
        # The popup's event is the latest dated one at the place (ties: the most confident).
        ordered = points.sort_values(["event_date", "confidence"], na_position="first", kind="stable")
        latest = ordered.drop_duplicates("place_id", keep="last").set_index("place_id")
        latest = latest.reindex(sizes.index)
        by_type_lists = by_type.reindex(sizes.index).to_numpy().tolist()
        dates = latest["event_date"].dt.strftime("%Y-%m-%d")
        columns = zip(
            _pylist(sizes.index.to_series()), _pylist(latest["name"]), _pylist(latest["level"]),
            _pylist(latest["state"]), latest["lat"].round(5).tolist(), latest["lon"].round(5).tolist(),
            sizes.to_numpy().tolist(), articles.reindex(sizes.index).to_numpy().tolist(), by_type_lists,
            _pylist(dates), _pylist(latest["date_precision"]), _pylist(latest["event_id"]),
            _pylist(latest["n_articles"]),
            _pylist(latest["coord_precision"]) if "coord_precision" in latest else [None] * len(sizes),
            reviewed.reindex(sizes.index).fillna(0).astype(int).tolist(),
            strict=True,
        )  # fmt: skip
        for (pid, name, lvl, state, lat, lon, n, n_art, types, day, precision, event_id,
             event_articles, coord, n_reviewed) in columns:  # fmt: skip
            name_s = str(name) if isinstance(name, str) else str(pid)
            latest_of[str(pid)] = LatestEvent(str(event_id), name_s, int(event_articles or 0))
            places_rows.append(
                [str(pid), name_s, str(lvl) if isinstance(lvl, str) else None,
                 state if isinstance(state, str) else None, lat, lon,
                 int(n), int(n_art), types, day if isinstance(day, str) else None,
                 precision if isinstance(precision, str) else None,
                 coord if coord in ("city", "state") else None, int(n_reviewed)]
            )  # fmt: skip
        countries = [c if isinstance(c, str) else None for c in _pylist(latest["country"])]
        bounds_boxes.append(_focus_box(places_rows, countries))

    boxes = _state_bboxes()
    area_codes = set(codes[is_area & codes.notna()].unique())
    bounds_boxes.extend(boxes[str(code)] for code in area_codes if str(code) in boxes)
    bounds = None
    if bounds_boxes:
        bounds = [
            [min(b[0] for b in bounds_boxes), min(b[1] for b in bounds_boxes)],
            [max(b[2] for b in bounds_boxes), max(b[3] for b in bounds_boxes)],
        ]
    popups = None
    excerpt_chars = EXCERPT_MAX
    if excerpts is not None:
        popups, excerpt_chars = _popups_of(latest_of, excerpts)
    return MapData(
        places=places_rows,
        states=states_rows,
        bounds=bounds,
        n_events=n_events,
        n_places=n_places,
        n_unmapped=n_unmapped,
        aggregated=aggregated,
        excerpt_chars=excerpt_chars,
        latest=latest_of,
        popups=popups,
    )


def _popup(place_id: str, latest: LatestEvent, reports: list[Any], limit: int) -> dict[str, Any]:
    """One place's popup (POPUP_KEYS) from its latest event's reports (see `_reports`)."""
    rows = []
    for sentence, surface, source, url in reports:
        start, end = _highlight_span(sentence, surface, latest.name)
        if start >= 0:
            text, hs, he = _shorten(sentence, start, end, limit)
            highlight = [hs, he]
        else:
            text, _, _ = _shorten(sentence, 0, 0, limit)
            highlight = []
        rows.append([source if isinstance(source, str) else None, safe_url(url), text, highlight])
    return {"id": place_id, "reports": rows, "articles": latest.n_articles}


def _popups_of(
    latest: dict[str, LatestEvent], excerpts: pd.DataFrame
) -> tuple[dict[str, dict[str, Any]], int]:
    """Every place's popup, for a map that carries them inline; with many places each excerpt
    gets shorter (EXCERPT_BUDGET characters in all, never fewer than EXCERPT_MIN each)."""
    reports_of = _reports(excerpts, [e.event_id for e in latest.values()], MAX_REPORTS)
    n_reports = sum(len(r) for r in reports_of.values())
    limit = max(EXCERPT_MIN, min(EXCERPT_MAX, EXCERPT_BUDGET // max(1, n_reports, len(latest))))
    popups = {
        pid: _popup(pid, event, reports_of.get(event.event_id, []), limit) for pid, event in latest.items()
    }
    return popups, limit


def place_popup(
    map_data: MapData, place_id: str | None, excerpts: pd.DataFrame | None
) -> dict[str, Any] | None:
    """The popup of one drawn place (POPUP_KEYS), made when it is asked for; None for a place
    that is not on the map. The app sends it with the map when the place is selected (a click,
    a ``?place=`` permalink), so the map's payload carries no article text at all."""
    if place_id is None:
        return None
    if map_data.popups is not None and place_id in map_data.popups:
        return map_data.popups[place_id]
    latest = map_data.latest.get(place_id)
    if latest is None:
        return None
    reports = _reports(excerpts, [latest.event_id], MAX_REPORTS).get(latest.event_id, [])
    return _popup(place_id, latest, reports, EXCERPT_MAX)


def json_for_script(value: Any) -> str:
    """JSON that is safe inside an HTML <script> element: no "</script>", no "<!--"."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@lru_cache(maxsize=8)
def _static_text(relative: str) -> str:
    return (STATIC_DIR / relative).read_text(encoding="utf-8")


def _spread(palette: tuple[str, ...], n: int) -> list[str]:
    """`n` colours from `palette`, as far apart as possible (2 classes: lightest and darkest)."""
    if n <= 1:
        return [palette[len(palette) // 2]]
    return [palette[round(i * (len(palette) - 1) / (n - 1))] for i in range(n)]


def _payload(
    map_data: MapData,
    *,
    selected: str | None,
    tiles: bool,
    translator: Translator | None = None,
    base: str = "",
) -> dict[str, Any]:
    t = translator or Translator()
    data = map_data.to_json()
    data["aggregated_note"] = map_data.aggregated_note_in(t)
    breaks = _class_breaks(max((row[2] for row in map_data.states), default=0))
    data.update(
        selected=selected,
        tiles=OSM_TILES if tiles else None,
        base=base if tiles else "",
        attribution=html_escape(t.gettext(DATA_ATTRIBUTION), quote=False),
        breaks=breaks,
        shades=_spread(STATE_SHADES, len(breaks)),
        type_labels=[type_label(k, t) for k in TYPE_KEYS],
        type_colours=[EVENT_TYPE_COLOURS[k] for k in TYPE_KEYS],
        level_labels={k: t.gettext(v) for k, v in LEVEL_LABELS.items()},
        lang=t.language,
        t={k: t.gettext(v) for k, v in MAP_WORDS.items()},
    )
    return data


def map_payload_json(
    map_data: MapData,
    *,
    selected: str | None = None,
    tiles: bool = True,
    translator: Translator | None = None,
    base: str = "",
) -> str:
    """The map's data as JSON text, for the app's own map component (ui/components/map.py).

    The same payload that `build_map` embeds, minus the outlines, which the component fetches
    once per page from the static route instead of receiving them again with every filter.
    It is parsed with JSON.parse and shown with textContent, so no HTML escaping is needed.
    """
    payload = _payload(map_data, selected=selected, tiles=tiles, translator=translator, base=base)
    payload["popups_on_demand"] = True  # the component receives a popup with the selection
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


class ProtestLayers(JSCSSMixin, MacroElement):
    """The one folium element that carries the data; protestmap.js turns it into layers."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        protestmap.addLayers({{ this._parent.get_name() }}, {{ this.data_json }}, {{ this.outlines_json }});
        {% endmacro %}
        """
    )

    def __init__(self, data_json: str, outlines_json: str, asset_base: str) -> None:
        super().__init__()
        self._name = "ProtestLayers"
        self.data_json = data_json
        self.outlines_json = outlines_json
        self.default_js = [
            ("protestmap", f"{asset_base}/{APP_JS}"),
        ]
        self.default_css = [
            ("protestmap_css", f"{asset_base}/{APP_CSS}"),
        ]


@lru_cache(maxsize=2)
def _outlines_json(municipalities: bool) -> str:
    outlines = {
        "states": json.loads(_static_text(STATES_GEOJSON)),
        "labels": json.loads(_static_text(LABELS)),
    }
    if municipalities:
        outlines["municipalities"] = json.loads(_static_text(MUNICIPALITIES_GEOJSON))
    return json_for_script(outlines)


def build_excerpts(events: pd.DataFrame, excerpts: pd.DataFrame | None = None) -> dict[str, list[list[Any]]]:
    """Every event of each mapped place, newest first, each reporting article with its own
    sentence once: for the standalone export's popups.

    Rows are ``[sentence, [start, end] or [], source name, url or None, date or None, precision]``
    (the source as a name here; `render_map_html` turns it into an index into `sources`), one
    per (event, article); a sentence an article repeats about the event is shown once.
    `events` is one row per event with `excerpts` (`events.load_excerpts()`); a frame of
    mentions carries its own sentences.
    """
    if events.empty:
        return {}
    level = events["level"].astype("string")
    points = events[~level.isin(AREA_LEVELS).fillna(False) & events["lat"].notna() & events["lon"].notna()]
    points = points.sort_values(
        ["event_date", "confidence"], ascending=False, na_position="last", kind="stable"
    )
    dates = points["event_date"].dt.strftime("%Y-%m-%d")
    if "article_ids" not in points.columns:  # mentions: each its own excerpt
        rows = points.assign(_day=dates)
    else:
        if excerpts is None or excerpts.empty:
            return {}
        meta = pd.DataFrame(
            {"event_id": points["event_id"], "_day": dates, "date_precision": points["date_precision"],
             "_rank": range(len(points)), "_place": points["place_id"], "_name": points["name"]}
        )  # fmt: skip
        rows = excerpts.drop(columns=["place_id"]).merge(meta, on="event_id", how="inner")
        rows = rows.drop_duplicates(["event_id", "article_id", "sentence"])
        rows = rows.sort_values(
            ["_rank", "published", "article_id", "start"], na_position="last", kind="stable"
        )
        rows = rows.drop_duplicates(["event_id", "article_id"])
        rows = rows.rename(columns={"_place": "place_id", "_name": "name"})
    out: dict[str, list[list[Any]]] = {}
    for pid, sentence, surface, name, source, url, day, precision in zip(
        _pylist(rows["place_id"]), _pylist(rows["sentence"]), _pylist(rows["surface"]),
        _pylist(rows["name"]), _pylist(rows["source"]), _pylist(rows["url"]), _pylist(rows["_day"]),
        _pylist(rows["date_precision"]), strict=True,
    ):  # fmt: skip
        text = sentence if isinstance(sentence, str) else ""
        start, end = _highlight_span(text, surface or "", name or "")
        out.setdefault(str(pid), []).append(
            [text, [start, end] if start >= 0 else [], source or "", safe_url(url), day, precision]
        )
    return out


@dataclass(frozen=True)
class ExportPage:
    """What the standalone HTML says around its map: all plain text, escaped when written."""

    title: str
    filters: tuple[str, ...] = ()
    made: str = ""
    sources_heading: str = "Sources"
    articles: tuple[tuple[str, str, str, str | None], ...] = ()
    """(source, title, date, url) per article in view."""
    credits: str = ""
    language: str = "en"


def _page_html(page: ExportPage) -> tuple[str, str]:
    """The header and footer HTML of an export page (every value escaped for HTML)."""
    esc = html_escape
    header = [f'<header class="pm-page-header"><h1>{esc(page.title)}</h1>']
    if page.filters:
        header.append('<p class="pm-page-filters">' + " · ".join(esc(f) for f in page.filters) + "</p>")
    if page.made:
        header.append(f'<p class="pm-page-made">{esc(page.made)}</p>')
    header.append("</header>")
    footer = [f'<section class="pm-page-sources"><h2>{esc(page.sources_heading)}</h2><ul>']
    for source, title, day, url in page.articles:
        text = " · ".join(esc(part) for part in (source, title, day) if part)
        link = safe_url(url)
        if link:
            text = f'<a href="{esc(link)}" rel="noopener noreferrer">{text}</a>'
        footer.append(f"<li>{text}</li>")
    footer.append("</ul>")
    if page.credits:
        footer.append(f'<p class="pm-page-credits">{esc(page.credits)}</p>')
    footer.append("</section>")
    return "".join(header), "".join(footer)


PAGE_CSS = (
    "<style>body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#222}"
    ".pm-page-header,.pm-page-sources{padding:8px 16px}.pm-page-header h1{font-size:20px;margin:4px 0}"
    ".pm-page-header p{margin:2px 0;color:#444}.pm-page-sources h2{font-size:16px}"
    ".pm-page-sources li{margin:2px 0}.pm-page-credits{color:#555;font-size:12px}</style>"
)


def build_map(
    map_data: MapData,
    *,
    height: int | str = 600,
    selected: str | None = None,
    tiles: bool = True,
    municipalities: bool = True,
    asset_base: str = DEFAULT_ASSET_BASE,
    translator: Translator | None = None,
    base: str = "",
    excerpts: dict[str, list[list[Any]]] | None = None,
) -> folium.Map:
    """A folium.Map holding the data (the add-articles preview via st_folium, the standalone export);
    every asset URL points at `asset_base`. The explore page uses `map_payload_json` instead.

    `excerpts` (from `build_excerpts`) puts every excerpt of each place in its popup."""
    (south, west), (north, east) = map_data.bounds or VENEZUELA_BOUNDS
    fmap = folium.Map(
        location=[(south + north) / 2, (west + east) / 2],
        zoom_start=6,
        tiles=None,
        height=height,
        control_scale=True,
    )
    # Instance attributes, so the class-level CDN lists of folium stay untouched.
    fmap.default_js = [("leaflet", f"{asset_base}/{LEAFLET_JS}")]
    fmap.default_css = [("leaflet_css", f"{asset_base}/{LEAFLET_CSS}")]
    payload = _payload(map_data, selected=selected, tiles=tiles, translator=translator, base=base)
    # Source names once, as indices into `sources`: 15,000 popups name a few dozen outlets.
    sources: list[str] = []
    index: dict[str, int] = {}

    def source_code(name: Any) -> Any:
        if not isinstance(name, str):
            return name
        if name not in index:
            index[name] = len(sources)
            sources.append(name)
        return index[name]

    if excerpts is None:
        payload["popups"] = {
            pid: {**popup, "reports": [[source_code(r[0]), *r[1:]] for r in popup["reports"]]}
            for pid, popup in (map_data.popups or {}).items()
        }
    else:
        for rows in excerpts.values():
            for row in rows:
                row[2] = source_code(row[2])
        payload["excerpts"] = excerpts
    payload["sources"] = sources
    data_json = json_for_script(payload)
    ProtestLayers(data_json, _outlines_json(municipalities), asset_base).add_to(fmap)
    return fmap


def _inline_css(relative: str) -> str:
    """The CSS with its relative image URLs turned into data: URIs, so the file stands alone."""
    css = _static_text(relative)
    folder = (STATIC_DIR / relative).parent

    def data_uri(match: re.Match[str]) -> str:
        target = folder / match.group(1)
        if not target.is_file():
            return match.group(0)
        encoded = base64.b64encode(target.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    return re.sub(r"url\((?:['\"])?(images/[^)'\"]+\.png)(?:['\"])?\)", data_uri, css)


def _inline(html: str, asset_base: str) -> str:
    base = re.escape(asset_base)

    def script(match: re.Match[str]) -> str:
        code = _static_text(match.group(1)).replace("</script", "<\\/script")
        return f"<script>{code}</script>"

    def style(match: re.Match[str]) -> str:
        return f"<style>{_inline_css(match.group(1))}</style>"

    html = re.sub(rf'<script src="{base}/([^"]+)"></script>', script, html)
    return re.sub(rf'<link rel="stylesheet" href="{base}/([^"]+)"\s*/>', style, html)


def render_map_html(
    map_data: MapData,
    *,
    inline_assets: bool = False,
    height: int | str = 600,
    selected: str | None = None,
    tiles: bool = True,
    municipalities: bool = True,
    asset_base: str = DEFAULT_ASSET_BASE,
    translator: Translator | None = None,
    base: str = "",
    excerpts: dict[str, list[list[Any]]] | None = None,
    page: ExportPage | None = None,
) -> str:
    """A complete HTML document with the map. Its length in bytes is the payload sent to a browser.

    `inline_assets=True` embeds Leaflet and our JS/CSS, so the file works
    opened from disk with no server and no network (the standalone export). `page` adds a
    title, the filters in words, the date it was made and the list of sources around the map.
    """
    fmap = build_map(
        map_data, height=height, selected=selected, tiles=tiles, municipalities=municipalities,
        asset_base=asset_base, translator=translator, base=base, excerpts=excerpts,
    )  # fmt: skip
    html = fmap.get_root().render()
    if page is not None:
        header, footer = _page_html(page)
        html = html.replace("<head>", f"<head>\n<title>{html_escape(page.title)}</title>{PAGE_CSS}", 1)
        html = re.sub(r"<body>", lambda _: "<body>\n" + header, html, count=1)
        html = re.sub(r"</body>", lambda _: footer + "\n</body>", html, count=1)
        html = re.sub(r"<html>", lambda _: f'<html lang="{html_escape(page.language)}">', html, count=1)
    return _inline(html, asset_base) if inline_assets else html


def resolve_click(
    map_data: MapData, clicked: dict[str, Any] | None, tooltip: str | None = None
) -> str | None:
    """What a click on the map selected: a place id, ``state:<name>``, or None.

    streamlit-folium reports a marker click as the marker's own coordinates (exact), and a
    polygon click as the mouse position plus the polygon's tooltip ("Carabobo · 3 events").
    """
    if clicked and clicked.get("lat") is not None and clicked.get("lng") is not None:
        lat, lng = float(clicked["lat"]), float(clicked["lng"])
        best: tuple[float, str] | None = None
        for row in map_data.places:
            distance = abs(row[4] - lat) + abs(row[5] - lng)
            if distance < 1e-4 and (best is None or distance < best[0]):
                best = (distance, row[0])
        if best is not None:
            return best[1]
    if tooltip:
        # Only states with events in view: selecting an empty state would show nothing.
        name = tooltip.split("·")[0].strip()
        if name in {row[1] for row in map_data.states}:
            return f"state:{name}"
    return None


FOCUS_SHARE = 0.0
"""The first view fits the events of the country most events are in (any share): a date or
source filter that leaves a few rallies abroad must not zoom out to half a continent."""


def _focus_box(
    places_rows: list[list[Any]], countries: list[str | None]
) -> tuple[float, float, float, float]:
    """The box the first view fits: every place, or the places of the country most events are in.

    A few diaspora rallies (São Paulo, Madrid) among events in Venezuela would otherwise zoom
    the first view out to half the world; they stay on the map, a zoom-out away.
    """
    weights: dict[str | None, int] = {}
    for row, country in zip(places_rows, countries, strict=True):
        weights[country] = weights.get(country, 0) + int(row[6])
    focus, top = max(weights.items(), key=lambda item: item[1])
    kept = places_rows
    if focus is not None and top > FOCUS_SHARE * sum(weights.values()):
        kept = [row for row, country in zip(places_rows, countries, strict=True) if country == focus]
    lats = [float(row[4]) for row in kept]
    lons = [float(row[5]) for row in kept]
    return (min(lats), min(lons), max(lats), max(lons))


def payload_size(html: str) -> int:
    """Bytes sent to the browser for this map (UTF-8), the figure `protestmap bench` reports."""
    return len(html.encode("utf-8"))


def describe_payload(map_data: MapData) -> dict[str, Any]:
    """Small summary for logs and the bench: counts and whether the view is aggregated."""
    return {
        "events": map_data.n_events,
        "places": map_data.n_places,
        "points": map_data.n_points,
        "states": len(map_data.states),
        "aggregated": map_data.aggregated,
        "excerpt_chars": map_data.excerpt_chars,
    }
