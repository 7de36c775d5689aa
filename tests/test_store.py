"""The store, on both backends: transactions, idempotency, migrations, search, refusals.

Tests that take `any_db` run twice, on an SQLite file and on a database of the session's
throwaway PostgreSQL server, so that each guarantee is proved for both.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import store
from dashboard.errors import StoreError
from dashboard.models import Article, Mention
from dashboard.store import PostgresStore, SQLiteStore, Store

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


def integrity_errors() -> tuple[type[Exception], ...]:
    import psycopg

    return (sqlite3.IntegrityError, psycopg.IntegrityError)


def raw_store(db: str) -> Store:
    """A connection with no schema work done, to build old databases by hand."""
    return PostgresStore(db) if store.is_postgres_url(db) else SQLiteStore(Path(db))


def build_old_database(db: str, version: int) -> Store:
    """A database at schema `version`, exactly as an older protestmap left it."""
    raw = raw_store(db)
    for migration in store.MIGRATIONS[:version]:
        for statement in store.split_statements(migration.script(raw.dialect)):
            raw.execute(statement)
    raw.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    raw.execute("INSERT INTO schema_version(version) VALUES (?)", (version,))
    return raw


# --- both backends ---------------------------------------------------------------------------


def test_a_new_database_has_the_current_schema_and_a_revision(any_db: str) -> None:
    with store.open_db(any_db) as conn:
        assert conn.schema_version() == store.SCHEMA_VERSION
        assert conn.revision() == 0
        assert conn.instance().isalnum() and len(conn.instance()) == 32


def test_save_and_read_back(any_db: str) -> None:
    with store.open_db(any_db) as conn:
        aid = store.save_article(conn, ARTICLE, [VALENCIA], "test-1")
        assert aid == store.article_id(ARTICLE.text)
        assert store.count_rows(conn) == {"articles": 1, "mentions": 1}
        [again] = store.iter_articles(conn)
        assert again.article.title == "Valencia" and again.extractor_version == "test-1"
        assert conn.revision() == 1


@pytest.mark.parametrize(
    ("stored_version", "outcome", "mentions_after"),
    [
        (None, "new", 1),
        ("test-1", "already_stored", 2),  # left alone: the stored extraction stays
        ("test-0", "updated", 1),  # an older extractor's mentions are replaced
    ],
)
def test_store_article_decides_new_updated_or_already_stored(
    any_db: str, stored_version: str | None, outcome: str, mentions_after: int
) -> None:
    with store.open_db(any_db) as conn:
        if stored_version is not None:
            conn.save_article(ARTICLE, [VALENCIA, VALENCIA], stored_version)
        with conn.transaction():
            result = conn.store_article(ARTICLE, [VALENCIA], "test-1")
        assert result.outcome == outcome
        assert conn.count_rows() == {"articles": 1, "mentions": mentions_after}
        assert conn.stored_extractor_version(result.article_id) == "test-1"


def test_the_same_text_with_other_metadata_is_kept_once_and_the_difference_reported(any_db: str) -> None:
    with store.open_db(any_db) as conn:
        conn.save_article(ARTICLE, [VALENCIA], "test-1")
        other = replace(ARTICLE, title="Another title", published=date(2024, 8, 1), source=None)
        with conn.transaction():
            result = conn.store_article(other, [VALENCIA], "test-1")
        assert result.outcome == "already_stored"
        assert result.metadata_differs == ("title", "published")  # a missing source is no difference
        [kept] = conn.iter_articles()
        assert kept.article.title == "Valencia"


def test_a_crash_mid_article_leaves_the_database_as_it_was(any_db: str) -> None:
    with store.open_db(any_db) as conn:
        store.save_article(conn, ARTICLE, [VALENCIA], "test-1")
        before = conn.execute("SELECT * FROM mentions").fetchall()
        revision = store.revision(conn)

        other = Article(text="A second article about Maracay.")
        broken = replace(VALENCIA, role="not-a-role")  # the second mention fails its CHECK mid-write
        with pytest.raises(integrity_errors()):
            store.save_article(conn, other, [VALENCIA, broken], "test-1")
        with pytest.raises(integrity_errors()):
            store.replace_mentions(conn, store.article_id(ARTICLE.text), [VALENCIA, broken], "test-2")

        assert store.count_rows(conn) == {"articles": 1, "mentions": 1}
        assert conn.execute("SELECT * FROM mentions").fetchall() == before
        assert store.stored_extractor_version(conn, store.article_id(ARTICLE.text)) == "test-1"
        assert store.revision(conn) == revision


def test_a_failed_article_in_a_batch_rolls_back_alone(any_db: str) -> None:
    """One savepoint per article: the batch's other articles commit."""
    good = Article(text="Protest in Coro.")
    broken = replace(VALENCIA, role="not-a-role")
    with store.open_db(any_db) as conn:
        with conn.transaction():
            conn.store_article(ARTICLE, [VALENCIA], "v")
            with pytest.raises(integrity_errors()):
                conn.store_article(Article(text="Half an article."), [VALENCIA, broken], "v")
            conn.store_article(good, [], "v")
        assert conn.count_rows() == {"articles": 2, "mentions": 1}
        assert conn.revision() == 2


def test_a_database_from_a_newer_schema_is_refused(any_db: str) -> None:
    with store.open_db(any_db) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (store.SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="newer than this protestmap understands"):
        store.open_db(any_db)


def test_readers_see_a_consistent_snapshot_while_a_writer_commits(any_db: str) -> None:
    with store.open_db(any_db) as writer, store.open_db(any_db) as reader:
        store.save_article(writer, ARTICLE, [VALENCIA], "test-1")
        reader.execute("BEGIN" if reader.dialect == "sqlite" else "BEGIN ISOLATION LEVEL REPEATABLE READ")
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        store.save_article(writer, Article(text="Protest in Coro."), [], "test-1")  # not blocked
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1  # still its snapshot
        reader.execute("COMMIT")
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_two_writers_storing_the_same_articles_at_once_store_each_once(any_db: str) -> None:
    """The decision is the database's (unique key, ON CONFLICT), so each article is new exactly once."""
    articles = [Article(text=f"Protesta número {i} en Maracay.") for i in range(40)]
    store.open_db(any_db).close()
    outcomes: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(2)

    def writer() -> None:
        with store.open_db(any_db) as conn:
            barrier.wait()
            for article in articles:
                with conn.transaction():
                    outcome = conn.store_article(article, [VALENCIA], "v").outcome
                with lock:
                    outcomes.append(outcome)

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes).count("new") == 40
    assert outcomes.count("already_stored") == 40
    with store.open_db(any_db) as conn:
        assert conn.count_rows() == {"articles": 40, "mentions": 40}


def test_a_version_1_database_is_migrated_and_keeps_its_mentions(any_db: str) -> None:
    """A database written before anchored places existed reads on, its points marked exact."""
    raw = build_old_database(any_db, 1)
    raw.execute(
        "INSERT INTO articles (article_id, title, text, extractor_version, ingested_at)"
        " VALUES ('a', 'Protesta en Maturín', 'Vecinos trancaron la vía.', 'v', 'now')"
    )
    raw.execute(
        """INSERT INTO mentions (article_id, char_start, char_end, surface, place_id, name, level, lat, lon,
               role, confidence, sentence)
           VALUES ('a', 0, 1, 't', 'p', 'T', 'city', 1, 2, 'protest_site', 0.5, 't')"""
    )
    raw.close()
    with store.open_db(any_db) as migrated:
        row = migrated.execute("SELECT anchor_place_id, coord_precision FROM mentions").fetchone()
        assert tuple(row) == (None, "exact")
        assert migrated.schema_version() == store.SCHEMA_VERSION
        assert store.search_article_ids(migrated, "maturin") == {"a"}  # schema 3 indexed it
        assert store.search_article_ids(migrated, "trancaron via") == {"a"}


def open_together(db: str | Path, openers: int) -> list[BaseException]:
    """Open (create and migrate) `db` from `openers` threads released at the same moment;
    what each one raised."""
    barrier = threading.Barrier(openers)
    errors: list[BaseException] = []

    def opener() -> None:
        barrier.wait()
        try:
            store.open_db(db).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(openers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_two_processes_opening_a_new_database_at_once_migrate_it_once(any_db: str) -> None:
    assert open_together(any_db, 3) == []
    with store.open_db(any_db) as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'instance'").fetchone()[0] == 1


def test_connections_creating_one_new_sqlite_file_together_all_succeed(tmp_path: Path) -> None:
    """Switching a new file to WAL needs it to itself, and SQLite answers BUSY at once there
    (no busy handler): about one round in forty failed before the switch was retried."""
    for attempt in range(40):
        path = tmp_path / f"new-{attempt}.db"
        assert open_together(path, 4) == [], f"round {attempt}"
        with store.open_db(path) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# --- full-text search ------------------------------------------------------------------------

SEARCHABLE = [
    Article(text="La GNB detuvieron a doce manifestantes en la plaza.", title="Represión en Ciudad Bolívar"),
    Article(text="Cacerolazo en Mérida y en San Cristóbal, Táchira.", title="Protestas en los Andes"),
    Article(text='Police said "AND" NEAR(the) barricades in Caracas.', title=None),
]


@pytest.fixture
def search_db(any_db: str) -> Iterator[Store]:
    conn = store.open_db(any_db)
    for article in SEARCHABLE:
        store.save_article(conn, article, [], "test-1")
    yield conn
    conn.close()


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
        ("'; DROP TABLE articles; --", set()),
    ],
)
def test_search_finds_words_whatever_their_accents_and_case(
    search_db: Store, query: str, expected: set[int]
) -> None:
    assert store.search_article_ids(search_db, query) == ids_of(*expected)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text())
def test_search_never_raises_on_any_text(search_db: Store, query: str) -> None:
    assert store.search_article_ids(search_db, query) <= ids_of(0, 1, 2)


def test_search_follows_saves_title_changes_and_deletes(search_db: Store) -> None:
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


# --- locations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("data/x.db", Path("data/x.db")),
        ("sqlite:///tmp/x.db", Path("tmp/x.db")),
        ("sqlite:////tmp/x.db", Path("/tmp/x.db")),
        ("postgresql://me@db.example:5432/pm", "postgresql://me@db.example:5432/pm"),
        ("postgres://me@db.example/pm", "postgres://me@db.example/pm"),
    ],
)
def test_db_urls_and_paths(given: str, expected: Path | str) -> None:
    assert store.resolve_db(given) == expected


def test_a_password_never_appears_in_messages() -> None:
    assert store.describe_db("postgresql://ana:s3cret@db.example/pm") == "postgresql://ana:***@db.example/pm"


def test_an_unreachable_server_is_one_line_naming_it_without_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        store.open_db("postgresql://ana:s3cret@127.0.0.1:1/pm?connect_timeout=5")
    message = str(caught.value)
    assert message.startswith("postgresql://ana:***@127.0.0.1:1/pm") and "s3cret" not in message
    assert "\n" not in message


# --- SQLite files: what only a file can do wrong ----------------------------------------------


def test_a_new_sqlite_database_is_wal_with_foreign_keys(db_path: Path) -> None:
    with store.open_db(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_file_that_is_not_sqlite_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my precious notes\n" * 10)
    with pytest.raises(StoreError, match="not an SQLite database"):
        store.open_db(path)
    assert path.read_text() == "my precious notes\n" * 10


def test_someone_elses_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(StoreError, match="not a protestmap database") as caught:
        store.open_db(path)
    assert str(caught.value).startswith(f"{path}: ")  # the message names the file


def test_a_non_integer_schema_version_is_one_store_error_naming_the_file(db_path: Path) -> None:
    store.open_db(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE schema_version SET version = 'two'")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="schema_version is 'two', not a number") as caught:
        store.open_db(db_path)
    assert str(caught.value).startswith(f"{db_path}: ")


def test_corrupt_pages_behind_a_valid_header_are_one_store_error_naming_the_file(db_path: Path) -> None:
    with store.open_db(db_path) as conn:
        for i in range(300):
            conn.save_article(Article(text=f"Protesta {i} en Valencia. " * 20), [VALENCIA], "v")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 2 : len(data) - page] = b"\xa5" * (len(data) - 3 * page)  # keep page 1 (the header)
    db_path.write_bytes(bytes(data))
    from dashboard.events import load_events

    for read in (lambda: store.open_db(db_path).count_rows(), lambda: load_events(db_path)):
        with pytest.raises(StoreError) as caught:
            read()
        assert str(caught.value).startswith(f"{db_path}: ") and "\n" not in str(caught.value)


def _as_unprivileged(code: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    """Run Python `code` as a user whom file permissions bind (root ignores them)."""
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        for path in paths:
            os.chown(path, 65534, 65534)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env, timeout=120)


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A temporary folder that another user can reach (pytest's own is private to root)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="protestmap-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_database_refuses_a_write_in_one_line(open_tmp: Path) -> None:
    tmp_path = open_tmp
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "p.db"
    with store.open_db(db) as conn:
        conn.save_article(ARTICLE, [VALENCIA], "v")
    db.chmod(0o444)
    code = (
        "from dashboard.cli import main; import sys;"
        f"sys.exit(main(['ingest', {str(tmp_path / 'a.txt')!r}, '--db', {str(db)!r}]))"
    )
    (tmp_path / "a.txt").write_text("Protesters gathered in Maracay on Monday.", encoding="utf-8")
    tmp_path.chmod(0o755)
    done = _as_unprivileged(code, folder, db, tmp_path / "a.txt")
    assert done.returncode == 1, done.stderr
    [line] = [x for x in done.stderr.splitlines() if x.strip()]
    assert str(db) in line and "read-only" in line


def test_a_database_in_a_read_only_folder_is_still_readable(open_tmp: Path) -> None:
    tmp_path = open_tmp
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "p.db"
    with store.open_db(db) as conn:
        conn.save_article(ARTICLE, [VALENCIA], "v")
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    folder.chmod(0o555)
    tmp_path.chmod(0o755)
    code = (
        "from dashboard.events import load_events; import os;"
        f"os.environ['PROTESTMAP_CACHE'] = {str(tmp_path / 'cache')!r};"
        f"print(len(load_events({str(db)!r})))"
    )
    try:
        done = _as_unprivileged(code, folder, db)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        ([1, 2, 5, 9], [1, 2, 5, 9]),  # as the server usually sends them: kept as they are
        ([5, 1, 9, 2], [1, 2, 5, 9]),  # re-extracted rows stored in freed space: sorted
        ([7], [7]),
        ([], []),
    ],
)
def test_postgresql_events_come_back_in_event_order(ids: list[int], expected: list[int]) -> None:
    import pyarrow as pa

    from dashboard.store.postgres import _in_event_order

    table = pa.table({"event_id": pa.array(ids, pa.int64()), "name": [f"place {i}" for i in ids]})
    ordered = _in_event_order(table)
    assert ordered.column("event_id").to_pylist() == expected
    assert ordered.column("name").to_pylist() == [f"place {i}" for i in expected]


def test_reading_and_writing_sqlite_use_one_copy_of_sqlite_in_the_process(tmp_path: Path) -> None:
    """SQLite's locks are POSIX locks, which a process shares: a second SQLite library in the
    same process (the ADBC SQLite driver bundles one) takes the WAL index for its own and
    truncates it under the first, which crashed two ingests at once with a Bus error."""
    script = f"""
import sys
from pathlib import Path
from dashboard.events import load_events
from dashboard.ingest import ingest_paths
article = Path({str(tmp_path)!r}) / "a.txt"
article.write_text("Cientos de personas protestaron este lunes en Valencia, estado Carabobo.")
ingest_paths([article], Path({str(tmp_path)!r}) / "db.sqlite")
load_events(Path({str(tmp_path)!r}) / "db.sqlite", use_snapshot=False)
load_events(Path({str(tmp_path)!r}) / "db.sqlite", unit="mention", use_snapshot=False)
maps = open("/proc/self/maps").read()
print(sorted({{line.split()[-1] for line in maps.splitlines() if "sqlite" in line.split()[-1].lower()}}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    libraries = done.stdout.strip()
    assert "adbc_driver_sqlite" not in libraries and "libsqlite3" in libraries, libraries
