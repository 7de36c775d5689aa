"""The map as data and HTML (dashboard.mapview): aggregation, escaping, offline assets, scale."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from test_app import SEED, XSS, seed_db

from dashboard import events, mapview, synthetic
from dashboard.mapview import PLACE_FIELDS, MapData

ALLOWED_URLS = {
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png",  # the optional, off-by-default tile layer
}


@pytest.fixture(scope="module")
def seeded_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_db(tmp_path_factory.mktemp("map") / "seeded.db")


@pytest.fixture(scope="module")
def seeded_events(seeded_path: Path) -> pd.DataFrame:
    return events.load_events(seeded_path)


@pytest.fixture(scope="module")
def seeded_excerpts(seeded_path: Path) -> pd.DataFrame:
    return events.load_excerpts(seeded_path)


@pytest.fixture(scope="module")
def seeded_map(seeded_events: pd.DataFrame, seeded_excerpts: pd.DataFrame) -> MapData:
    return mapview.build_map_data(seeded_events, excerpts=seeded_excerpts)


def place(map_data: MapData, name: str) -> dict[str, object]:
    rows = [dict(zip(PLACE_FIELDS, row, strict=True)) for row in map_data.places if row[1] == name]
    assert len(rows) == 1, f"{name}: {rows}"
    return rows[0]


def test_one_record_per_place_and_state_level_mentions_shade_their_state(seeded_map: MapData) -> None:
    names = sorted(row[1] for row in seeded_map.places)
    assert names == ["Caracas", "Los Teques", "Maracaibo", "Petare", "Valencia"]  # no pin for "Carabobo"
    states = {row[0]: dict(zip(mapview.STATE_FIELDS, row, strict=True)) for row in seeded_map.states}
    assert states["VE-G"]["events"] == 2 and states["VE-G"]["state_level"] == 1
    assert states["VE-M"]["events"] == 2 and states["VE-M"]["state_level"] == 0
    assert seeded_map.n_events == 6 and seeded_map.n_places == 5 and not seeded_map.aggregated


def test_a_place_record_carries_counts_and_the_latest_date_and_its_popup_a_real_excerpt(
    seeded_map: MapData, seeded_excerpts: pd.DataFrame
) -> None:
    petare = place(seeded_map, "Petare")
    assert petare["events"] == 1 and petare["articles"] == 1
    assert petare["by_type"] == [0, 0, 0, 1, 0, 0]  # arrests
    assert petare["latest"] == "2024-08-02"
    popup = mapview.place_popup(seeded_map, "test:petare", seeded_excerpts)
    assert popup is not None and popup["id"] == "test:petare" and popup["articles"] == 1
    [(source, url, excerpt, (start, end))] = popup["reports"]
    assert source == "Efecto Cocuyo" and url == "https://efectococuyo.example/miranda"
    assert excerpt == "Detuvieron a diez en Petare." and excerpt[start:end] == "Petare"
    assert place(seeded_map, "Caracas")["latest"] is None  # undated: "no date" in the popup


def test_the_apps_payload_carries_no_article_text_and_a_popup_is_made_for_one_place(
    seeded_events: pd.DataFrame, seeded_excerpts: pd.DataFrame
) -> None:
    """Issue 12: the popups were 4 MB of the 4.2 MB payload at 100,000 events. The app's map
    data has places and states only; a place's popup is made when it is selected."""
    map_data = mapview.build_map_data(seeded_events)  # as the app builds it: no excerpts
    payload = mapview.map_payload_json(map_data)
    assert map_data.popups is None and json.loads(payload)["popups_on_demand"] is True
    for text in ("Detuvieron a diez", "efectococuyo.example", "Vecinos de Maracaibo", "El Pitazo"):
        assert text not in payload
    popup = mapview.place_popup(map_data, "test:maracaibo", seeded_excerpts)
    assert popup is not None and XSS in popup["reports"][0][2]  # the real words, as data
    assert popup["reports"][0][1] is None  # only http(s) URLs reach the page (mapview.safe_url)
    assert mapview.place_popup(map_data, "test:nowhere", seeded_excerpts) is None
    assert mapview.place_popup(map_data, None, seeded_excerpts) is None
    # the same popup the maps that carry them inline hold (the review page's, the preview's)
    inline = mapview.build_map_data(seeded_events, excerpts=seeded_excerpts)
    assert inline.popups is not None and set(inline.popups) == {row[0] for row in inline.places}
    assert inline.popups["test:maracaibo"] == popup


@pytest.mark.parametrize(
    ("sentence", "start", "end", "limit"),
    [
        ("short sentence about Valencia", 21, 29, 200),
        ("x" * 300 + " Valencia " + "y" * 300, 301, 309, 200),
        ("Valencia " + "y" * 400, 0, 8, 60),
        ("z" * 400 + " Valencia", 401, 409, 60),
    ],
)
def test_excerpts_are_shortened_around_the_place(sentence: str, start: int, end: int, limit: int) -> None:
    text, hs, he = mapview._shorten(sentence, start, end, limit)
    assert len(text) <= limit
    assert text[hs:he] == "Valencia"


def test_article_text_cannot_become_markup_in_the_map(seeded_map: MapData) -> None:
    assert seeded_map.popups is not None
    maracaibo = seeded_map.popups["test:maracaibo"]
    assert XSS in maracaibo["reports"][0][2]  # the data keeps the real words...
    assert maracaibo["reports"][0][1] is None  # only http(s) URLs reach the page (mapview.safe_url)
    for html in (
        mapview.render_map_html(seeded_map),
        mapview.render_map_html(seeded_map, inline_assets=True),
    ):
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html  # ...but only as JSON text


def test_popups_are_built_with_text_nodes_not_html() -> None:
    js = (mapview.STATIC_DIR / mapview.APP_JS).read_text(encoding="utf-8")
    assert "innerHTML" not in js
    assert "textContent" in js and "esc(p.name)" in js and "esc(name)" in js


def test_no_asset_comes_from_a_cdn(seeded_map: MapData) -> None:
    html = mapview.render_map_html(seeded_map)
    urls = set(re.findall(r"https?://[^\s\"'<>)\\]+", html))
    article_urls = {"https://elpitazo.example/valencia", "https://efectococuyo.example/miranda"}
    assert urls - article_urls - ALLOWED_URLS == set()
    assert '<script src="/app/static/vendor/leaflet-1.9.4/leaflet.js"></script>' in html


def test_the_standalone_map_loads_nothing_from_anywhere(seeded_map: MapData) -> None:
    html = mapview.render_map_html(seeded_map, inline_assets=True)
    assert "/app/static/" not in html
    assert not re.findall(r"<(?:script|link)[^>]+(?:src|href)=", html)  # every asset is inline
    assert not re.findall(r"url\((?!data:|#default#VML)", html)  # CSS images are data: URIs
    assert "PlaceClusters" in html and "window.protestmap" in html
    for cdn in ("cdn.jsdelivr", "cdnjs", "code.jquery", "unpkg", "bootstrapcdn"):
        assert cdn not in html


def test_tiles_can_be_left_out_entirely(seeded_map: MapData) -> None:
    assert "openstreetmap" not in mapview.render_map_html(seeded_map, tiles=False)


def test_map_data_is_json_and_fits_the_filtered_data(seeded_map: MapData) -> None:
    data = json.loads(json.dumps(seeded_map.to_json()))
    assert data["place_fields"] == list(PLACE_FIELDS)
    (south, west), (north, east) = seeded_map.bounds  # type: ignore[misc]
    assert south <= 10.1 and north >= 10.65 and west <= -71.64 and east >= -66.81
    assert mapview.build_map_data(events.empty_events()) == MapData()
    assert "protestmap.addLayers" in mapview.render_map_html(MapData())


@pytest.mark.parametrize(
    ("clicked", "tooltip", "selected"),
    [
        ({"lat": 10.48, "lng": -66.81}, "Petare · 1 event", "test:petare"),
        ({"lat": 10.2, "lng": -68.3}, "Carabobo · 2 events", "state:Carabobo"),
        ({"lat": 3.5, "lng": -66.0}, "Amazonas · 0 events", None),  # nothing to read there
        ({"lat": 1.0, "lng": -60.0}, None, None),
        (None, None, None),
    ],
)
def test_a_click_becomes_a_selection(
    seeded_map: MapData, clicked: dict[str, float] | None, tooltip: str | None, selected: str | None
) -> None:
    assert mapview.resolve_click(seeded_map, clicked, tooltip) == selected


def test_too_many_places_are_aggregated_and_say_so(seeded_events: pd.DataFrame) -> None:
    map_data = mapview.build_map_data(seeded_events, max_points=2)
    assert map_data.aggregated and map_data.n_points == 2 and map_data.n_places == 5
    assert "2 busiest of 5 places" in map_data.aggregated_note
    assert sum(row[2] for row in map_data.states) == 6  # state shading still counts every event


@pytest.fixture(scope="module")
def scale_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "100k.db"
    synthetic.generate_events_db(Path(path), 100_000)
    return Path(path)


@pytest.fixture(scope="module")
def events_100k(scale_db: Path) -> pd.DataFrame:
    return events.load_events(scale_db)


def test_100k_events_make_a_small_map(events_100k: pd.DataFrame, scale_db: Path) -> None:
    """Size and content at scale; the time it takes is `protestmap bench`'s to measure."""
    map_data = mapview.build_map_data(events_100k, excerpts=events.load_excerpts(scale_db))
    html = mapview.render_map_html(map_data)
    assert mapview.payload_size(html) <= 5_000_000
    assert len(mapview.map_payload_json(map_data)) <= 5_000_000
    assert map_data.popups is not None and len(map_data.popups) == map_data.n_points
    reports = [popup["reports"] for popup in map_data.popups.values()]
    assert all(r and r[0][2] for r in reports)  # every popup still has a real excerpt
    assert all(len(report[2]) <= mapview.EXCERPT_MAX for r in reports for report in r)
    # the app's payload is the places alone: ~100 bytes a place, not ~270 with the popups
    assert len(mapview.map_payload_json(map_data).encode()) <= 150 * map_data.n_points + 50_000
    # every event is drawn or shades its state (100,000 mentions make fewer events)
    assert sum(row[6] for row in map_data.places) + sum(r[3] for r in map_data.states) == len(events_100k)
    assert len(events_100k) < 100_000


def test_more_places_than_the_cap_stay_under_the_payload_budget(events_100k: pd.DataFrame) -> None:
    map_data = mapview.build_map_data(events_100k, max_points=5_000)
    assert map_data.aggregated and map_data.n_points == 5_000
    assert mapview.payload_size(mapview.render_map_html(map_data)) <= 5_000_000


def test_every_seeded_article_source_is_known() -> None:
    assert {article.source for article, _ in SEED} == {"El Pitazo", "Efecto Cocuyo", "Runrunes"}


def test_the_first_view_fits_the_country_most_events_are_in() -> None:
    """Four rallies abroad among twenty events at home do not zoom the map out to a continent."""
    home = [["p:ccs", "Caracas", "city", "Distrito Capital", 10.49, -66.88, 16],
            ["p:mcbo", "Maracaibo", "city", "Zulia", 10.64, -71.61, 4]]  # fmt: skip
    abroad = [["p:sp", "São Paulo", "city", None, -23.55, -46.64, 4]]
    box = mapview._focus_box(home + abroad, ["VE", "VE", "BR"])
    assert box == (10.49, -71.61, 10.64, -66.88)
    # a filter that leaves as many events abroad as at home (4 and 4) still opens on one country,
    # not on half a continent; the other is a zoom-out away
    assert mapview._focus_box(home[1:] + abroad, ["VE", "BR"]) == (10.64, -71.61, 10.64, -71.61)


def test_the_standalone_page_says_what_it_shows(
    seeded_events: pd.DataFrame, seeded_excerpts: pd.DataFrame
) -> None:
    """Issue 12: a title, the filters in words, the date made, every excerpt, the articles with links."""
    from datetime import datetime

    from dashboard.events import EventFilter, filter_events
    from dashboard.i18n import Translator
    from dashboard.share import export_html

    flt = EventFilter(states=("Miranda", "Zulia"), min_confidence=0.3)
    shown = filter_events(seeded_events, flt)
    made = datetime(2024, 9, 1, 12, 0)
    page = export_html(shown, flt, all_events=seeded_events, made=made, excerpts=seeded_excerpts)
    assert "<title>Protests in Miranda and Zulia, 29 July – 5 August 2024</title>" in page
    assert "<h1>Protests in Miranda and Zulia, 29 July – 5 August 2024</h1>" in page
    assert "Confidence at least 0.3" in page
    assert "Made on 1 September 2024 with protestmap." in page
    assert '<a href="https://efectococuyo.example/miranda" rel="noopener noreferrer">Efecto Cocuyo' in page
    assert "Runrunes · Maracaibo &lt;b&gt;hoy&lt;/b&gt;" in page, "titles are escaped, never markup"
    assert "javascript:" not in page
    assert "Reports: Efecto Cocuyo, Runrunes." in page
    payload = json.loads(re.search(r"protestmap\.addLayers\([^,]+, (\{.*?\}), \{\"states\"", page).group(1))  # type: ignore[union-attr]
    assert {pid: len(rows) for pid, rows in payload["excerpts"].items()} == {
        "test:petare": 1, "test:los-teques": 1, "test:maracaibo": 1,
    }  # fmt: skip

    spanish = export_html(
        shown, flt, Translator("es"), all_events=seeded_events, made=made, excerpts=seeded_excerpts
    )
    assert "<h1>Protestas en Miranda y Zulia, 29 de julio – 5 de agosto de 2024</h1>" in spanish
    assert 'lang="es"' in spanish and "Hecho el 1 de septiembre de 2024 con protestmap." in spanish


def test_the_popup_lists_every_article_of_the_latest_event_with_its_own_sentence(tmp_path: Path) -> None:
    from datetime import date

    from test_events import mention

    from dashboard import store
    from dashboard.models import Article

    with store.open_db(tmp_path / "two.db") as conn:
        for text, source, sentence in (
            ("one", "Wire", "Protesters gathered in Valencia."),
            ("two", "Diario", "Police fired tear gas at marchers in Valencia."),
        ):
            conn.save_article(
                Article(text=text, source=source, url=f"https://example.org/{text}", title=text.title()),
                [
                    mention(
                        "Valencia",
                        "Carabobo",
                        "VE-G",
                        date(2024, 7, 29),
                        "peaceful_protest",
                        sentence=sentence,
                    )
                ],
                "test",
            )
    frame = events.load_events(tmp_path / "two.db")
    data = mapview.build_map_data(frame, excerpts=events.load_excerpts(tmp_path / "two.db"))
    valencia = data.place("test:Valencia")
    assert valencia is not None and valencia["events"] == 1 and valencia["articles"] == 2
    popup = mapview.place_popup(data, "test:Valencia", events.load_excerpts(tmp_path / "two.db"))
    assert popup is not None and popup["articles"] == 2
    reports = popup["reports"]
    assert [r[0] for r in reports] == ["Diario", "Wire"]  # by article id: same day
    assert sorted(r[2] for r in reports) == [
        "Police fired tear gas at marchers in Valencia.",
        "Protesters gathered in Valencia.",
    ]
    assert {r[1] for r in reports} == {"https://example.org/one", "https://example.org/two"}
    assert all(r[2][r[3][0] : r[3][1]] == "Valencia" for r in reports)
    assert valencia["reviewed"] == 0


def test_every_excerpt_of_a_place_goes_into_the_export(tmp_path: Path) -> None:
    db = tmp_path / "synthetic.db"
    synthetic.generate_events_db(db, 300, seed=3)
    frame = events.load_events(db)
    excerpts = mapview.build_excerpts(frame, events.load_excerpts(db))
    mapped = frame[~frame["level"].isin(["country", "state"]) & frame["lat"].notna()]
    # one row per event and reporting article, each with its own sentence
    assert sum(len(rows) for rows in excerpts.values()) == mapped["n_articles"].sum()
    assert set(excerpts) == set(mapped["place_id"])


def test_shipped_outlines_keep_each_city_in_its_own_state() -> None:
    """A city's point is inside its state's shipped outline whenever it is inside the source's
    (the simplification may not move the border across a city; 'Caracas sits on the edge')."""
    import csv

    def inside(lon: float, lat: float, geometry: dict) -> bool:
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        for polygon in polygons:
            hits = []
            for ring in polygon:
                crossing = False
                for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                    if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                        crossing = not crossing
                hits.append(crossing)
            if hits and hits[0] and not any(hits[1:]):
                return True
        return False

    root = Path(__file__).resolve().parents[1]
    shipped = json.loads((root / "dashboard/static/geo/ve_states.min.geojson").read_text(encoding="utf-8"))
    source = json.loads((root / "data/geo/ve_adm1_states.geojson").read_text(encoding="utf-8"))
    by_code = {f["properties"]["iso_3166_2"]: f["geometry"] for f in shipped["features"]}
    src_by_code = {f["properties"]["iso_3166_2"]: f["geometry"] for f in source["features"]}
    checked, moved = 0, []
    with (root / "data/geo/ve_gazetteer.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if (
                row["feature_class"] != "P"
                or int(row["population"] or 0) < 10_000
                or row["admin1"] not in by_code
            ):
                continue
            lon, lat = float(row["lon"]), float(row["lat"])
            if inside(lon, lat, src_by_code[row["admin1"]]):
                checked += 1
                if not inside(lon, lat, by_code[row["admin1"]]):
                    moved.append(row["name"])
    assert checked > 200 and moved == []
    assert "Caracas" not in moved
