"""Events and corrections in the store (issue 10), on SQLite and PostgreSQL alike: built on
ingest, rebuilt on reprocess and on every correction, corrections kept and shared as files."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard import store
from dashboard.cli import main
from dashboard.corrections import Correction, read_corrections
from dashboard.evaluate import evaluate_gold
from dashboard.events import load_events, load_excerpts
from dashboard.ingest import ingest_paths
from dashboard.models import Place

ENGLISH = """---
title: Protests in Valencia
source: Caracas Chronicles
published: 2024-07-30
language: en
---
Hundreds of people protested on Monday in Valencia, Carabobo state, against the official election \
results.
"""
SPANISH = """---
title: Protestas en Valencia
source: El Carabobeño
published: 2024-07-30
language: es
---
Cientos de personas protestaron el lunes en Valencia, estado Carabobo, contra los resultados \
oficiales de las elecciones.
"""
MARACAY = """---
title: Cacerolazo en Maracay
source: El Pitazo
published: 2024-07-31
language: es
---
Vecinos protestaron el martes en Maracay con un cacerolazo.
"""
VALENCIA_ID = "geonames:3625549"


@pytest.fixture
def two_languages(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "es.txt").write_text(SPANISH, encoding="utf-8")
    (folder / "maracay.txt").write_text(MARACAY, encoding="utf-8")
    return folder


def events_named(db: str, name: str) -> pd.DataFrame:
    events = load_events(db, use_snapshot=False)
    return events[events["name"] == name]


def test_one_protest_in_english_and_spanish_is_one_event_with_two_articles(
    any_db: str, two_languages: Path
) -> None:
    summary = ingest_paths([two_languages], any_db)
    assert summary.new == 3 and not summary.errors
    with store.open_db(any_db) as conn:
        assert conn.events_current(), "ingest builds and stores the events"
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    [valencia] = events_named(any_db, "Valencia").to_dict("records")
    assert valencia["n_articles"] == 2 and valencia["n_sources"] == 2
    assert valencia["event_date"] == pd.Timestamp("2024-07-29") and valencia["state"] == "Carabobo"
    assert set(valencia["sources"]) == {"Caracas Chronicles", "El Carabobeño"}
    # the state named next to the city is its admin level, not an event of its own
    assert events_named(any_db, "Carabobo").empty
    excerpts = load_excerpts(any_db, use_snapshot=False)
    rows = excerpts[excerpts["event_id"] == valencia["event_id"]]
    assert len(rows) == 4, "city and state in each article: the state is the event's container"
    sentences = rows["sentence"].drop_duplicates()
    assert sentences.str.startswith("Hundreds").sum() == 1 and sentences.str.startswith("Cientos").sum() == 1


def test_ingest_in_parts_with_the_rebuild_left_to_the_end_stores_the_same_events(
    any_db: str, two_languages: Path, tmp_path: Path
) -> None:
    """A caller that ingests in several calls builds the events once, at the end (the bench's
    slices): until then they are stale, and a reader rebuilds them; nothing differs."""
    files = sorted(two_languages.iterdir())
    whole = str(tmp_path / "whole.db")
    ingest_paths([two_languages], whole)
    ingest_paths(files[:1], any_db, rebuild_events=False)
    with store.open_db(any_db) as conn:
        assert not conn.events_current()
    ingest_paths(files[1:2], any_db, rebuild_events=False)
    ingest_paths(files[2:], any_db)
    with store.open_db(any_db) as conn:
        assert conn.events_current()
    pd.testing.assert_frame_equal(
        load_events(any_db, use_snapshot=False), load_events(whole, use_snapshot=False)
    )
    stale = str(tmp_path / "stale.db")
    ingest_paths([two_languages], stale, rebuild_events=False)
    pd.testing.assert_frame_equal(
        load_events(stale, use_snapshot=False), load_events(whole, use_snapshot=False)
    )


def test_event_ids_survive_reingest_and_reprocess(any_db: str, two_languages: Path) -> None:
    ingest_paths([two_languages], any_db)
    before = load_events(any_db, use_snapshot=False)
    assert main(["reprocess", "--db", any_db]) == 0
    after = load_events(any_db, use_snapshot=False)
    pd.testing.assert_frame_equal(after, before)


def _first_mention(db: str, name: str) -> tuple[str, int, int]:
    with store.open_db(db) as conn:
        row = conn.execute(
            "SELECT article_id, char_start, char_end FROM mentions WHERE name = ? AND role = 'protest_site'"
            " ORDER BY article_id, char_start",
            (name,),
        ).fetchone()
    return str(row[0]), int(row[1]), int(row[2])


def test_a_rejection_survives_reprocess(any_db: str, two_languages: Path) -> None:
    ingest_paths([two_languages], any_db)
    aid, start, end = _first_mention(any_db, "Maracay")
    with store.open_db(any_db) as conn:
        assert conn.add_corrections([Correction("reject", aid, start, end, role="other", author="Ana")]) == 1
        conn.rebuild_events()
    assert events_named(any_db, "Maracay").empty
    assert main(["reprocess", "--db", any_db]) == 0  # mentions deleted and extracted again
    with store.open_db(any_db) as conn:
        role = conn.execute(
            "SELECT role FROM mentions WHERE article_id = ? AND char_start = ?", (aid, start)
        ).fetchone()[0]
    assert role == "protest_site", "the geoparser still says so; the correction is applied on top"
    assert events_named(any_db, "Maracay").empty
    assert not events_named(any_db, "Valencia").empty


def test_corrections_are_stored_once_and_can_be_removed(any_db: str, two_languages: Path) -> None:
    ingest_paths([two_languages], any_db)
    aid, start, end = _first_mention(any_db, "Valencia")
    confirm = Correction("confirm", aid, start, end, author="Ana", created="2024-08-01T10:00:00+00:00")
    with store.open_db(any_db) as conn:
        revision = conn.revision()
        assert conn.add_corrections([confirm, confirm]) == 1
        assert conn.add_corrections([confirm]) == 0
        assert conn.revision() > revision and not conn.events_current()
        assert conn.corrections() == [confirm]
        tables = conn.rebuild_events()
        assert not tables.unmatched
    [valencia] = events_named(any_db, "Valencia").to_dict("records")
    assert valencia["status"] == "verified"
    excerpts = load_excerpts(any_db, use_snapshot=False)
    statuses = excerpts.loc[(excerpts["article_id"] == aid) & (excerpts["start"] == start), "status"]
    assert list(statuses) == ["verified"]
    with store.open_db(any_db) as conn:
        assert conn.delete_correction(confirm.correction_id)
        assert not conn.delete_correction(confirm.correction_id)
        conn.rebuild_events()
    assert events_named(any_db, "Valencia")["status"].tolist() == ["auto"]


def test_a_fixed_place_moves_the_event_and_an_added_place_makes_one(any_db: str, two_languages: Path) -> None:
    ingest_paths([two_languages], any_db)
    aid, start, end = _first_mention(any_db, "Maracay")
    turmero = Place("geonames:3625710", "Turmero", "city", "VE", "Aragua", "VE-D", 10.22856, -67.47421)
    with store.open_db(any_db) as conn:
        text = conn.article_texts([aid])[aid]
        at = text.index("Vecinos")
        conn.add_corrections(
            [
                Correction("fix", aid, start, end, place_id=turmero.place_id, place=turmero, author="Ana"),
                Correction(
                    "add", aid, at, at + len("Vecinos"), place_id=VALENCIA_ID, author="Ana",
                    surface="Vecinos",
                    place=Place(VALENCIA_ID, "Valencia", "city", "VE", "Carabobo", "VE-G", 10.16, -68.0),
                    sentence="Vecinos protestaron el martes en Maracay con un cacerolazo.",
                ),
            ]
        )  # fmt: skip
        conn.rebuild_events()
    assert events_named(any_db, "Maracay").empty
    [moved] = events_named(any_db, "Turmero").to_dict("records")
    assert moved["status"] == "corrected" and moved["lat"] == pytest.approx(10.22856)
    valencia = events_named(any_db, "Valencia")
    assert len(valencia) == 2, "the added mention is dated the 30th: another day, another event"
    assert "corrected" in set(valencia["status"])


def test_db_copy_brings_the_corrections_along(tmp_path: Path, two_languages: Path, pg_url: str) -> None:
    source = str(tmp_path / "source.db")
    ingest_paths([two_languages], source)
    aid, start, end = _first_mention(source, "Maracay")
    with store.open_db(source) as conn:
        conn.add_corrections([Correction("reject", aid, start, end, role="other", author="Ana")])
        conn.rebuild_events()
    assert main(["db", "copy", source, pg_url]) == 0
    with store.open_db(pg_url) as conn:
        assert len(conn.corrections()) == 1 and conn.events_current()
    pd.testing.assert_frame_equal(load_events(pg_url), load_events(source))


# --- protestmap corrections export / import / to-gold -------------------------------------------------


def test_export_then_import_elsewhere_is_idempotent(
    tmp_path: Path, two_languages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = str(tmp_path / "first.db"), str(tmp_path / "second.db")
    for db in (first, second):
        ingest_paths([two_languages], db)
    aid, start, end = _first_mention(first, "Maracay")
    with store.open_db(first) as conn:
        conn.add_corrections(
            [Correction("reject", aid, start, end, role="other", author="Ana", note="a reply")]
        )
    review = tmp_path / "review.jsonl"
    assert main(["corrections", "export", "--db", first, "-o", str(review)]) == 0
    [line] = review.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    keys = ("article_id", "start", "end", "action", "place_id", "role", "event_type", "event_date", "author")
    assert set(keys) <= set(record) and record["note"] == "a reply"
    capsys.readouterr()
    assert main(["corrections", "import", "--db", second, str(review)]) == 0
    assert "1 new corrections, 0 already stored" in capsys.readouterr().out
    assert main(["corrections", "import", "--db", second, str(review)]) == 0
    assert "0 new corrections, 1 already stored" in capsys.readouterr().out
    assert events_named(second, "Maracay").empty
    pd.testing.assert_frame_equal(load_events(second), load_events(first))


@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        ({"article_id": "0" * 64, "start": 0, "end": 5, "action": "confirm"}, "unknown article"),
        ({"start": 0, "end": 10_000, "action": "confirm"}, "beyond the end of article"),
        ({"start": 5, "end": 2, "action": "confirm"}, "empty or negative"),
        ({"start": 0, "end": 5, "action": "fix", "place_id": "geonames:0"}, "not a known place"),
    ],
)
def test_a_line_that_does_not_apply_is_reported_and_nothing_is_imported(
    tmp_path: Path, two_languages: Path, capsys: pytest.CaptureFixture[str], bad_line: dict, problem: str
) -> None:
    db = str(tmp_path / "p.db")
    ingest_paths([two_languages], db)
    aid, start, end = _first_mention(db, "Maracay")
    good = {"article_id": aid, "start": start, "end": end, "action": "reject", "role": "other"}
    review = tmp_path / "review.jsonl"
    lines = [good, {"article_id": aid, **bad_line}]
    review.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert main(["corrections", "import", "--db", db, str(review)]) == 1
    err = capsys.readouterr().err
    assert f"{review}:2: " in err and problem in err and "nothing of this file was imported" in err
    with store.open_db(db) as conn:
        assert conn.corrections() == []
    assert not events_named(db, "Maracay").empty


def test_to_gold_then_eval_round_trips(
    tmp_path: Path, two_languages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "p.db")
    ingest_paths([two_languages], db)
    aid, start, end = _first_mention(db, "Maracay")
    with store.open_db(db) as conn:
        conn.add_corrections([Correction("reject", aid, start, end, role="other", author="Ana")])
    gold = tmp_path / "gold" / "gold.jsonl"
    assert main(["corrections", "to-gold", "--db", db, "-o", str(gold)]) == 0
    [document] = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert document["doc_id"] == aid and document["reviewed_by"] == ["Ana"]
    assert (gold.parent / f"{aid}.txt").exists()
    [maracay] = [p for p in document["places"] if p["canonical"] == "Maracay"]
    assert maracay["role"] == "other", "the reviewer's word is the gold"
    # eval scores today's geoparser against the review: the rejected protest site is its one error
    (result,) = evaluate_gold(gold).docs
    assert (result.protest_tp, result.protest_fp, result.protest_fn) == (0, 1, 0)
    assert (result.place_tp, result.place_fp, result.place_fn) == (1, 0, 0)
    assert "Maracay" in result.extra_protest_sites[0]
    capsys.readouterr()
    assert main(["eval", "--gold", str(gold)]) == 0
    assert "Maracay" in capsys.readouterr().out


def test_read_corrections_checks_against_the_stored_text(tmp_path: Path, two_languages: Path) -> None:
    db = str(tmp_path / "p.db")
    ingest_paths([two_languages], db)
    aid, start, end = _first_mention(db, "Maracay")
    path = tmp_path / "add.jsonl"
    path.write_text(
        json.dumps({"article_id": aid, "start": start, "end": end, "action": "add", "place_id": VALENCIA_ID})
        + "\n",
        encoding="utf-8",
    )
    from dashboard.gazetteer import place_by_id

    with store.open_db(db) as conn:
        [add] = read_corrections(
            path, article_text=lambda a: conn.article_texts([a]).get(a), resolve_place=place_by_id
        )
    assert add.surface == "Maracay" and add.place is not None and add.place.name == "Valencia"
    assert add.sentence == "Vecinos protestaron el martes en Maracay con un cacerolazo."
