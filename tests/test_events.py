"""The events DataFrame: documented columns and dtypes, filters, exports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import store
from dashboard.events import (
    EVENT_COLUMNS,
    EVENT_FRAME_COLUMNS,
    EXCERPT_COLUMNS,
    EventFilter,
    db_version,
    filter_events,
    load_events,
    load_excerpts,
    search_hits,
)
from dashboard.exports import (
    EVENT_EXPORT_COLUMNS,
    EXPORT_COLUMNS,
    events_to_csv,
    events_to_geojson,
    render_events,
)
from dashboard.models import EVENT_KEYS, Article, Mention


def mention(
    name: str,
    state: str,
    code: str,
    when: date | None,
    kind: str,
    *,
    role: str = "protest_site",
    confidence: float = 0.9,
    sentence: str | None = None,
) -> Mention:
    text = sentence or f"Protesters gathered in {name}."
    return Mention(
        surface=name,
        start=0,
        end=len(name),
        place_id=f"test:{name}",
        name=name,
        level="city",
        country="VE",
        state=state,
        state_code=code,
        lat=10.0,
        lon=-67.0,
        role=role,
        event_type=kind if role == "protest_site" else None,
        event_date=when,
        date_precision="day" if when else None,
        confidence=confidence,
        sentence=text,
    )


@pytest.fixture
def events_db(db_path: Path) -> Path:
    conn = store.open_db(db_path)
    store.save_article(
        conn,
        Article(text="one", source="Wire", published=date(2024, 7, 30)),
        [
            mention("Valencia", "Carabobo", "VE-G", date(2024, 7, 29), "peaceful_protest"),
            mention(
                "Maracay", "Aragua", "VE-D", date(2024, 7, 30), "protest_with_intervention", confidence=0.4
            ),
            mention("Washington", None, None, None, "", role="other"),
        ],
        "test",
    )
    store.save_article(
        conn,
        Article(text="two", source="Diario"),
        [
            mention(
                "Catia",
                "Distrito Capital",
                "VE-A",
                date(2024, 8, 3),
                "arrests",
                sentence="Police <b>detained</b> a lawyer in Catia.",
            ),
            mention("La Guaira", "La Guaira", "VE-X", None, "peaceful_protest"),
        ],
        "test",
    )
    conn.close()
    return db_path


def test_columns_and_dtypes_are_as_documented(events_db: Path) -> None:
    events = load_events(events_db, unit="mention")
    assert tuple(events.columns) == EVENT_COLUMNS
    assert len(events) == 4  # the `other` mention is not an event
    assert events["event_date"].dtype == "datetime64[ns]"
    assert events["published"].dtype == "datetime64[ns]"
    for column in ("state", "event_type", "level", "role", "source"):
        assert isinstance(events[column].dtype, pd.CategoricalDtype), column
    assert events["confidence"].dtype == "float64"
    assert events["event_date"].isna().sum() == 1


def test_every_role_on_request(events_db: Path) -> None:
    assert len(load_events(events_db, unit="mention", roles=("protest_site", "other"))) == 5


def test_missing_database_reads_as_empty(tmp_path: Path) -> None:
    events = load_events(tmp_path / "nothing.db", unit="mention")
    assert events.empty and tuple(events.columns) == EVENT_COLUMNS
    assert load_events(tmp_path / "nothing.db").empty and load_excerpts(tmp_path / "nothing.db").empty
    assert tuple(load_events(tmp_path / "nothing.db").columns) == EVENT_FRAME_COLUMNS
    assert not (tmp_path / "nothing.db").exists()


@pytest.mark.parametrize(
    ("flt", "names"),
    [
        (EventFilter(), {"Valencia", "Maracay", "Catia", "La Guaira"}),
        (EventFilter(states=("Carabobo",)), {"Valencia"}),
        (EventFilter(states=("VE-X", "VE-D")), {"La Guaira", "Maracay"}),
        (EventFilter(date_from=date(2024, 7, 30), date_to=date(2024, 7, 30)), {"Maracay", "La Guaira"}),
        (EventFilter(date_from=date(2024, 7, 30), include_undated=False), {"Maracay", "Catia"}),
        (EventFilter(event_types=("arrests",)), {"Catia"}),
        (EventFilter(sources=("Diario",)), {"Catia", "La Guaira"}),
        (EventFilter(search="DETAINED"), {"Catia"}),
        (EventFilter(search="valencia"), {"Valencia"}),
        (EventFilter(min_confidence=0.5), {"Valencia", "Catia", "La Guaira"}),
        (EventFilter(place_id="test:Catia"), {"Catia"}),
    ],
)
def test_filters(events_db: Path, flt: EventFilter, names: set[str]) -> None:
    assert set(filter_events(load_events(events_db, unit="mention"), flt)["name"]) == names
    # One row per event: the same answers (each mention here is its own event). A search of a
    # frame of events reads the articles' full text (test_search_keeps_the_events_of_the_articles_found).
    if not flt.search:
        assert set(filter_events(load_events(events_db), flt)["name"]) == names


def test_search_keeps_the_events_of_the_articles_found(events_db: Path) -> None:
    hits = search_hits(events_db, "two")  # the second article's whole text
    found = filter_events(load_events(events_db), EventFilter(search="two"), search_hits=hits)
    assert set(found["name"]) == {"Catia", "La Guaira"}


@settings(max_examples=40, deadline=None)
@given(
    states=st.lists(st.sampled_from(["Carabobo", "Aragua", "VE-A", "Zulia"]), max_size=3),
    min_confidence=st.floats(0, 1),
    search=st.sampled_from(["", "in", "police", "x"]),
)
def test_filtering_is_idempotent(states: list[str], min_confidence: float, search: str) -> None:
    events = _EVENTS_FOR_PROPERTIES
    flt = EventFilter(states=tuple(states), min_confidence=min_confidence, search=search)
    once = filter_events(events, flt)
    assert filter_events(once, flt).equals(once)


def _frame() -> pd.DataFrame:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.db"
        conn = store.open_db(path)
        store.save_article(
            conn,
            Article(text="x"),
            [
                mention(n, s, c, date(2024, 7, d), "peaceful_protest", confidence=d / 31)
                for d, (n, s, c) in enumerate(
                    [
                        ("Valencia", "Carabobo", "VE-G"),
                        ("Maracay", "Aragua", "VE-D"),
                        ("Catia", "Distrito Capital", "VE-A"),
                    ]
                    * 5,
                    start=1,
                )
            ],
            "t",
        )
        conn.close()
        return load_events(path, unit="mention")


_EVENTS_FOR_PROPERTIES = _frame()


def test_db_version_changes_when_the_database_does(events_db: Path) -> None:
    before = db_version(events_db)
    assert db_version(events_db) == before
    conn = store.open_db(events_db)
    store.save_article(conn, Article(text="three"), [], "test")
    conn.close()
    assert db_version(events_db) != before


def test_exports_share_columns(events_db: Path) -> None:
    events = load_events(events_db, unit="mention")
    header = events_to_csv(events).splitlines()[0].split(",")
    assert tuple(header) == EXPORT_COLUMNS
    geojson = events_to_geojson(events)
    assert geojson["type"] == "FeatureCollection"
    feature = geojson["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [-67.0, 10.0]}
    assert tuple(feature["properties"]) == EXPORT_COLUMNS
    undated = next(f for f in geojson["features"] if f["properties"]["name"] == "La Guaira")
    assert undated["properties"]["event_date"] is None
    json.dumps(geojson, allow_nan=False)  # strict JSON: no NaN leaks out
    lines = render_events(events, "jsonl").splitlines()
    assert [json.loads(line)["name"] for line in lines] == list(events["name"])


def test_dates_in_exports_are_plain_days(events_db: Path) -> None:
    events = load_events(events_db, unit="mention")
    valencia = filter_events(events, EventFilter(place_id="test:Valencia"))
    assert events_to_geojson(valencia)["features"][0]["properties"]["event_date"] == "2024-07-29"
    assert ",2024-07-29," in events_to_csv(valencia)


# --- One row per event (issue 10) -------------------------------------------------------------


@pytest.fixture
def two_reports_db(events_db: Path) -> Path:
    """events_db plus a second outlet reporting the Valencia rally of 29 July (another sentence)."""
    conn = store.open_db(events_db)
    store.save_article(
        conn,
        Article(text="four", source="=HYPERLINK(1)", published=date(2024, 7, 31), title="Valencia"),
        [
            mention(
                "Valencia", "Carabobo", "VE-G", date(2024, 7, 29), "excessive_force",
                sentence="Police fired tear gas at marchers in Valencia.",
            )
        ],
        "test",
    )  # fmt: skip
    conn.close()
    return events_db


def test_one_row_per_event_with_documented_columns(two_reports_db: Path) -> None:
    events = load_events(two_reports_db)
    assert tuple(events.columns) == EVENT_FRAME_COLUMNS and EVENT_FRAME_COLUMNS[:-1] == EVENT_KEYS
    assert len(events) == 4  # Valencia is reported twice: one event
    valencia = events[events["name"] == "Valencia"].iloc[0]
    assert (valencia["n_articles"], valencia["n_sources"], valencia["n_mentions"]) == (2, 2, 2)
    assert valencia["event_type"] == "excessive_force"  # the most severe report
    assert valencia["sources"] == ("Wire", "=HYPERLINK(1)")  # first reported first
    assert valencia["first_reported"] == pd.Timestamp("2024-07-30")
    assert valencia["last_reported"] == pd.Timestamp("2024-07-31")
    assert valencia["status"] == "auto"
    for column in ("event_date", "first_reported", "last_reported"):
        assert events[column].dtype == "datetime64[ns]"
    for column in ("level", "state", "event_type", "status", "coord_precision"):
        assert isinstance(events[column].dtype, pd.CategoricalDtype), column
    assert events["n_sources"].dtype == "int64" and events["confidence"].dtype == "float64"


def test_excerpts_are_keyed_by_event(two_reports_db: Path) -> None:
    events = load_events(two_reports_db)
    excerpts = load_excerpts(two_reports_db)
    assert tuple(excerpts.columns) == EXCERPT_COLUMNS
    assert set(excerpts["event_id"]) == set(events["event_id"])
    valencia = events.loc[events["name"] == "Valencia", "event_id"].iloc[0]
    rows = excerpts[excerpts["event_id"] == valencia]
    assert sorted(rows["sentence"]) == [
        "Police fired tear gas at marchers in Valencia.",
        "Protesters gathered in Valencia.",
    ]
    assert set(rows["source"]) == {"Wire", "=HYPERLINK(1)"}


def test_events_are_stored_not_rebuilt_on_every_read(two_reports_db: Path) -> None:
    """save_article leaves the events stale; the first reader rebuilds and stores them, the
    next ones read them as stored (the revision does not move)."""
    with store.open_db(two_reports_db) as conn:
        assert not conn.events_current()
    first = load_events(two_reports_db, use_snapshot=False)
    with store.open_db(two_reports_db) as conn:
        assert conn.events_current()
        revision = conn.revision()
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == len(first)
    pd.testing.assert_frame_equal(load_events(two_reports_db, use_snapshot=False), first)
    pd.testing.assert_frame_equal(load_events(two_reports_db), first)  # and through the snapshot
    with store.open_db(two_reports_db) as conn:
        assert conn.revision() == revision


def test_a_read_only_database_builds_its_stale_events_in_memory(two_reports_db: Path) -> None:
    fresh = load_events(two_reports_db, use_snapshot=False)
    with store.open_db(two_reports_db) as conn:  # stale again
        store.save_article(conn, Article(text="five"), [], "test")
    two_reports_db.parent.chmod(0o555)
    two_reports_db.chmod(0o444)
    try:
        in_memory = load_events(two_reports_db, use_snapshot=False)
        excerpts = load_excerpts(two_reports_db, use_snapshot=False)
    finally:
        two_reports_db.parent.chmod(0o755)
        two_reports_db.chmod(0o644)
    pd.testing.assert_frame_equal(in_memory, fresh)
    assert set(excerpts["event_id"]) == set(fresh["event_id"])


@pytest.mark.parametrize(
    ("flt", "names"),
    [
        (EventFilter(min_sources=2), {"Valencia"}),
        (EventFilter(sources=("=HYPERLINK(1)",)), {"Valencia"}),
        (EventFilter(sources=("Wire",)), {"Valencia", "Maracay"}),
        (EventFilter(statuses=("verified",)), set()),
        (EventFilter(statuses=("auto",)), {"Valencia", "Maracay", "Catia", "La Guaira"}),
        (EventFilter(event_types=("excessive_force",)), {"Valencia"}),
    ],
)
def test_event_filters(two_reports_db: Path, flt: EventFilter, names: set[str]) -> None:
    assert set(filter_events(load_events(two_reports_db), flt)["name"]) == names


def test_event_exports_share_columns_and_neutralise_formulas(two_reports_db: Path) -> None:
    events = load_events(two_reports_db)
    csv_text = events_to_csv(events)
    assert tuple(csv_text.splitlines()[0].split(",")) == EVENT_EXPORT_COLUMNS
    assert "Wire; =HYPERLINK(1)" in csv_text  # joined: the cell starts with "Wire"
    hostile = events_to_csv(events.assign(sources=[("=HYPERLINK(1)",)] * len(events)))
    assert "'=HYPERLINK(1)" in hostile and ",=HYPERLINK" not in hostile
    geojson = events_to_geojson(events)
    assert all(tuple(f["properties"]) == EVENT_EXPORT_COLUMNS for f in geojson["features"])
    json.dumps(geojson, allow_nan=False)
    records = [json.loads(line) for line in render_events(events, "jsonl").splitlines()]
    assert all(tuple(r) == EVENT_EXPORT_COLUMNS for r in records)
    valencia = next(r for r in records if r["name"] == "Valencia")
    assert valencia["event_date"] == "2024-07-29" and len(valencia["article_ids"]) == 2
    assert valencia["sources"] == ["Wire", "=HYPERLINK(1)"] and valencia["status"] == "auto"
