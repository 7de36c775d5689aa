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
from dashboard.events import EVENT_COLUMNS, EventFilter, db_version, filter_events, load_events
from dashboard.exports import EXPORT_COLUMNS, events_to_csv, events_to_geojson, render_events
from dashboard.models import Article, Mention


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
    events = load_events(events_db)
    assert tuple(events.columns) == EVENT_COLUMNS
    assert len(events) == 4  # the `other` mention is not an event
    assert events["event_date"].dtype == "datetime64[ns]"
    assert events["published"].dtype == "datetime64[ns]"
    for column in ("state", "event_type", "level", "role", "source"):
        assert isinstance(events[column].dtype, pd.CategoricalDtype), column
    assert events["confidence"].dtype == "float64"
    assert events["event_date"].isna().sum() == 1


def test_every_role_on_request(events_db: Path) -> None:
    assert len(load_events(events_db, roles=("protest_site", "other"))) == 5


def test_missing_database_reads_as_empty(tmp_path: Path) -> None:
    events = load_events(tmp_path / "nothing.db")
    assert events.empty and tuple(events.columns) == EVENT_COLUMNS
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
    assert set(filter_events(load_events(events_db), flt)["name"]) == names


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
        return load_events(path)


_EVENTS_FOR_PROPERTIES = _frame()


def test_db_version_changes_when_the_database_does(events_db: Path) -> None:
    before = db_version(events_db)
    assert db_version(events_db) == before
    conn = store.open_db(events_db)
    store.save_article(conn, Article(text="three"), [], "test")
    conn.close()
    assert db_version(events_db) != before


def test_exports_share_columns(events_db: Path) -> None:
    events = load_events(events_db)
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
    events = load_events(events_db)
    valencia = filter_events(events, EventFilter(place_id="test:Valencia"))
    assert events_to_geojson(valencia)["features"][0]["properties"]["event_date"] == "2024-07-29"
    assert ",2024-07-29," in events_to_csv(valencia)
