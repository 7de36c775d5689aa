"""The SQLite store: transactions, refusal of foreign files, concurrent readers."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import store
from dashboard.errors import StoreError
from dashboard.models import Article, Mention

ARTICLE = Article(
    text="Protesters gathered in Valencia, Carabobo, on Monday.", title="Valencia", source="Wire"
)
VALENCIA = Mention(
    surface="Valencia",
    start=23,
    end=31,
    place_id="geonames:3625549",
    name="Valencia",
    level="city",
    country="VE",
    state="Carabobo",
    state_code="VE-G",
    lat=10.16,
    lon=-68.0,
    role="protest_site",
    event_type="peaceful_protest",
    event_date=date(2024, 7, 29),
    date_precision="day",
    confidence=0.9,
    sentence=ARTICLE.text,
)


def test_new_database_is_wal_with_foreign_keys_and_a_schema_version(db_path: Path) -> None:
    conn = store.open_db(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == store.SCHEMA_VERSION


def test_save_and_read_back(db_path: Path) -> None:
    conn = store.open_db(db_path)
    aid = store.save_article(conn, ARTICLE, [VALENCIA], "test-1")
    assert aid == store.article_id(ARTICLE.text)
    assert store.count_rows(conn) == {"articles": 1, "mentions": 1}
    [again] = store.iter_articles(conn)
    assert again.article.title == "Valencia" and again.extractor_version == "test-1"


def test_a_crash_mid_article_leaves_the_database_as_it_was(db_path: Path) -> None:
    conn = store.open_db(db_path)
    store.save_article(conn, ARTICLE, [VALENCIA], "test-1")
    before = conn.execute("SELECT * FROM mentions").fetchall()
    revision = store.revision(conn)

    other = Article(text="A second article about Maracay.")
    broken = replace(VALENCIA, role="not-a-role")  # the second mention fails its CHECK mid-write
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article(conn, other, [VALENCIA, broken], "test-1")
    with pytest.raises(sqlite3.IntegrityError):
        store.replace_mentions(conn, store.article_id(ARTICLE.text), [VALENCIA, broken], "test-2")

    assert store.count_rows(conn) == {"articles": 1, "mentions": 1}
    assert conn.execute("SELECT * FROM mentions").fetchall() == before
    assert store.stored_extractor_version(conn, store.article_id(ARTICLE.text)) == "test-1"
    assert store.revision(conn) == revision


def test_a_file_that_is_not_sqlite_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my precious notes\n" * 10)
    with pytest.raises(StoreError, match="not an SQLite database"):
        store.open_db(path)
    assert path.read_text() == "my precious notes\n" * 10


def test_a_database_from_a_newer_schema_is_refused(db_path: Path) -> None:
    conn = store.open_db(db_path)
    conn.execute("UPDATE schema_version SET version = ?", (store.SCHEMA_VERSION + 1,))
    conn.close()
    with pytest.raises(StoreError, match="newer than this protestmap understands"):
        store.open_db(db_path)


def test_someone_elses_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(StoreError, match="not a protestmap database"):
        store.open_db(path)


def test_readers_see_a_consistent_snapshot_while_a_writer_commits(db_path: Path) -> None:
    writer = store.open_db(db_path)
    store.save_article(writer, ARTICLE, [VALENCIA], "test-1")

    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    store.save_article(writer, Article(text="Protest in Coro."), [], "test-1")  # not blocked by the reader
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1  # still its snapshot
    reader.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("data/x.db", Path("data/x.db")),
        ("sqlite:///tmp/x.db", Path("tmp/x.db")),
        ("sqlite:////tmp/x.db", Path("/tmp/x.db")),
    ],
)
def test_db_urls_and_paths(given: str, expected: Path) -> None:
    assert store.resolve_db(given) == expected


def test_a_version_1_database_is_migrated_and_keeps_its_mentions(db_path: Path) -> None:
    """A database written before anchored places existed reads on, its points marked exact."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    for statement in store.MIGRATIONS[0].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version(version) VALUES (1)")
    conn.execute(
        "INSERT INTO articles (article_id, text, extractor_version, ingested_at)"
        " VALUES ('a', 't', 'v', 'now')"
    )
    conn.execute(
        """INSERT INTO mentions (article_id, char_start, char_end, surface, place_id, name, level, lat, lon,
               role, confidence, sentence)
           VALUES ('a', 0, 1, 't', 'p', 'T', 'city', 1, 2, 'protest_site', 0.5, 't')"""
    )
    conn.close()
    migrated = store.open_db(db_path)
    row = migrated.execute("SELECT anchor_place_id, coord_precision FROM mentions").fetchone()
    assert row == (None, "exact")
    assert migrated.execute("SELECT version FROM schema_version").fetchone()[0] == store.SCHEMA_VERSION


# --- full-text search ------------------------------------------------------------------------

SEARCHABLE = [
    Article(text="La GNB detuvieron a doce manifestantes en la plaza.", title="Represión en Ciudad Bolívar"),
    Article(text="Cacerolazo en Mérida y en San Cristóbal, Táchira.", title="Protestas en los Andes"),
    Article(text='Police said "AND" NEAR(the) barricades in Caracas.', title=None),
]


@pytest.fixture
def search_db(db_path: Path) -> sqlite3.Connection:
    conn = store.open_db(db_path)
    for article in SEARCHABLE:
        store.save_article(conn, article, [], "test-1")
    return conn


def ids_of(*indexes: int) -> set[str]:
    return {store.article_id(SEARCHABLE[i].text) for i in indexes}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bolivar", {0}),  # accents folded in the title
        ("BOLÍVAR", {0}),
        ("detuvieron", {0}),  # a word in the body
        ("merida tachira", {1}),  # every word must be there
        ("merida caracas", set()),
        ("cristobal", {1}),
        ("en", {0, 1}),
        ("AND", {2}),  # a word, not an operator
        ("NEAR(the)", {2}),
        ('"and', {2}),
        ("caracas*", {2}),
        ("title:caracas", set()),  # not a column filter: the phrase 'title caracas' is nowhere
        ("", set()),
        ("   ***  ", set()),
        ("bolivar \x00 plaza", {0}),
    ],
)
def test_search_finds_words_whatever_their_accents_and_case(
    search_db: sqlite3.Connection, query: str, expected: set[int]
) -> None:
    assert store.search_article_ids(search_db, query) == ids_of(*expected)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text())
def test_search_never_raises_on_any_text(search_db: sqlite3.Connection, query: str) -> None:
    assert store.search_article_ids(search_db, query) <= ids_of(0, 1, 2)


def test_search_follows_saves_title_changes_and_deletes(search_db: sqlite3.Connection) -> None:
    new = Article(text="Marcha en Barquisimeto.", title="Lara")
    store.save_article(search_db, new, [], "test-1")
    new_id = store.article_id(new.text)
    assert store.search_article_ids(search_db, "barquisimeto") == {new_id}

    search_db.execute("UPDATE articles SET title = 'Cabudare' WHERE article_id = ?", (new_id,))
    assert store.search_article_ids(search_db, "lara") == set()
    assert store.search_article_ids(search_db, "cabudare") == {new_id}

    assert store.delete_article(search_db, new_id)
    assert store.search_article_ids(search_db, "barquisimeto") == set()
    assert store.search_article_ids(search_db, "cabudare") == set()
    assert store.search_article_ids(search_db, "bolivar") == ids_of(0)  # the others untouched


def test_a_version_2_database_gets_its_articles_searchable(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    for script in store.MIGRATIONS[:2]:
        for statement in store.split_statements(script):
            conn.execute(statement)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version(version) VALUES (2)")
    conn.execute(
        "INSERT INTO articles (article_id, title, text, extractor_version, ingested_at)"
        " VALUES ('old', 'Protesta en Maturín', 'Vecinos trancaron la vía.', 'v', 'now')"
    )
    conn.close()
    migrated = store.open_db(db_path)
    assert store.search_article_ids(migrated, "maturin") == {"old"}
    assert store.search_article_ids(migrated, "trancaron via") == {"old"}
