"""The embedded backend: one SQLite file in WAL mode (the default, what `make run` uses).

Why SQLite: one file a researcher can copy, and several dashboard sessions can read while
`protestmap ingest` writes. Writers take the lock at BEGIN (IMMEDIATE), so the "already
stored?" decision inside a transaction cannot race another writer.

Every driver error that is the file's fault (corrupt pages, read-only, disk full) becomes
one StoreError line naming the file; a constraint violation stays an IntegrityError, since
it is this program's bug, not the user's.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dashboard.errors import StoreError

from .base import Store, search_words

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 30


def _problem(exc: sqlite3.Error) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return "the database is read-only: cannot write to it"
    if "full" in lowered:
        return (
            "the disk (or the database's size limit) is full: nothing of the unfinished batch "
            "was stored, everything stored before it is kept"
        )
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return f"the database file is damaged ({text}); restore it from a backup"
    if "locked" in lowered or "busy" in lowered:
        return f"the database is busy ({text}): another program holds a lock for too long"
    return f"database error: {text}"


class SQLiteStore(Store):
    """A protestmap database in one SQLite file."""

    dialect = "sqlite"

    def __init__(self, path: Path, *, create: bool = True, read_only: bool = False) -> None:
        super().__init__()
        self.path = path
        self.location = str(path)
        self.read_only = read_only
        self.immutable = False
        check_is_sqlite(path)
        if not path.exists():
            if not create or read_only:
                raise StoreError(f"{path}: no such database; run `protestmap ingest` first")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{path.parent}: cannot create the folder ({exc.strerror})") from None
        try:
            self.conn = self._connect()
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the database ({_problem(exc)})") from None

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            try:
                return self._configure(
                    sqlite3.connect(
                        f"file:{quote(str(self.path))}?mode=ro",
                        uri=True,
                        timeout=BUSY_TIMEOUT_SECONDS,
                        isolation_level=None,
                    )
                )
            except sqlite3.OperationalError:
                # A WAL database in a folder we cannot write: no -shm can be made. Read the file as
                # it is (immutable), which is right for a copy nobody is writing to.
                self.immutable = True
                return self._configure(
                    sqlite3.connect(
                        f"file:{quote(str(self.path))}?mode=ro&immutable=1",
                        uri=True,
                        timeout=BUSY_TIMEOUT_SECONDS,
                        isolation_level=None,
                    )
                )
        return self._configure(
            sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
            )
        )

    def _configure(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header: fails early
        return conn

    def _begin_sql(self) -> str:
        return "BEGIN IMMEDIATE"

    def _wrap_error(self, exc: Exception) -> Exception:
        if isinstance(exc, sqlite3.IntegrityError) or not isinstance(exc, sqlite3.DatabaseError):
            return exc
        return StoreError(f"{self.location}: {_problem(exc)}")

    def schema_version(self) -> int:
        if self._depth:
            return self._schema_version()
        self.execute("BEGIN")  # one read snapshot: a migration committing meanwhile is seen whole or not
        try:
            return self._schema_version()
        finally:
            self.conn.execute("COMMIT")

    def _schema_version(self) -> int:
        has_table = self.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if not has_table:
            tables = self.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if tables:
                raise StoreError(
                    f"{self.location}: not a protestmap database (an SQLite file with other tables and "
                    "no schema_version); refusing to touch it"
                )
            return 0
        row = self.execute("SELECT version FROM schema_version").fetchone()
        if row is None:
            return 0
        try:
            return int(row[0])
        except (TypeError, ValueError):
            raise StoreError(
                f"{self.location}: schema_version is {row[0]!r}, not a number: not a protestmap database "
                "(or a damaged one); refusing to touch it"
            ) from None

    def migrate(self, from_version: int) -> None:
        self._switch_to_wal()
        super().migrate(from_version)

    def _switch_to_wal(self) -> None:
        """Put the file in WAL mode, waiting for other connections as a write would.

        Changing the journal mode needs the file to itself, and SQLite answers BUSY at once
        instead of calling the busy handler: when several processes open a new database
        together, all but one would fail. So retry until the mode is WAL (whoever set it)
        or the same 30 s a locked write waits for have passed.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        pause = 0.001
        while True:
            try:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                    return
                self.conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                    raise StoreError(f"{self.location}: {_problem(exc)}") from None
                if time.monotonic() >= deadline:
                    raise StoreError(f"{self.location}: {_problem(exc)}") from None
                time.sleep(pause)
                pause = min(pause * 2, 0.1)

    def replace_event_rows(self, events: list[tuple[Any, ...]], members: list[tuple[Any, ...]]) -> None:
        """As the base class, with the secondary indexes of the two tables dropped first and
        built again after the rows are in: one sort each instead of a random b-tree insert per
        row, so that a rebuild grows linearly with the events. DDL is transactional in SQLite,
        and readers (WAL) see the old tables and indexes until the commit."""
        indexes = self.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('events', 'event_mentions')"
        ).fetchall()
        for name, _ in indexes:
            self.execute(f'DROP INDEX "{name}"')
        super().replace_event_rows(events, members)
        for _, sql in indexes:
            self.execute(sql)

    def analyze(self) -> None:
        self.execute("PRAGMA optimize")

    def search_article_ids(self, query: str) -> set[str]:
        words = search_words(query)
        if not words:
            return set()
        match = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        rows = self.execute(
            """SELECT k.article_id FROM article_search AS s
               JOIN article_search_keys AS k ON k.search_key = s.rowid
               WHERE article_search MATCH ?""",
            (match,),
        ).fetchall()
        return {str(row[0]) for row in rows}

    def read_events_arrow(self, roles: Any) -> Any:
        return self.read_arrow(self.events_query(roles))

    def read_arrow(self, sql: str) -> Any:
        """One query's result as a pyarrow.Table, read through this store's own sqlite3
        connection in batches of `ARROW_BATCH_ROWS` rows (bounded memory at a million rows).

        Why not the ADBC SQLite driver, which fills Arrow columns in C about four times faster:
        it carries its own copy of SQLite. Two copies in one process do not see each other's
        POSIX locks, so the driver's connection took the WAL index for its own, truncated it
        and rebuilt it under a live sqlite3 connection of another thread: a Bus error (SIGBUS)
        during two ingests at once, and, across processes, readers that could lose their read
        locks. One library per process is what SQLite requires; the cold read is slower, and
        the snapshot (snapshot.py) keeps it to once per database revision.
        """
        import pyarrow as pa

        try:
            cursor = self.conn.execute(sql)
            names = [d[0] for d in cursor.description]
            batches = []
            while rows := cursor.fetchmany(ARROW_BATCH_ROWS):
                columns = zip(names, zip(*rows, strict=True), strict=True)
                batches.append(pa.record_batch([_arrow_column(n, c) for n, c in columns], names))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.location}: cannot read the events ({_problem(exc)})") from None
        if not batches:
            return pa.table({name: pa.array([], _arrow_type(name, pa.null())) for name in names})
        schema = pa.unify_schemas([b.schema for b in batches], promote_options="permissive")
        return pa.Table.from_batches([b.cast(schema) for b in batches], schema)


ARROW_BATCH_ROWS = 50_000
"""Rows converted to Arrow at a time by `SQLiteStore.read_arrow`."""

_ARROW_DOUBLE_COLUMNS = frozenset({"lat", "lon", "confidence"})
"""Columns that are REAL in the schema: a batch whose values happen to be whole stays float."""


def _arrow_type(name: str, inferred: Any) -> Any:
    import pyarrow as pa

    if name in _ARROW_DOUBLE_COLUMNS:
        return pa.float64()
    if pa.types.is_null(inferred):
        return pa.string()  # a column with no value in this batch: text, the usual case
    return inferred


def _arrow_column(name: str, values: Any) -> Any:
    """One column of a batch as an Arrow array, typed from its values (and its name, see above)."""
    import pyarrow as pa

    array = pa.array(values)
    wanted = _arrow_type(name, array.type)
    return array if array.type == wanted else array.cast(wanted)


def check_is_sqlite(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not an SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    try:
        if path.stat().st_size == 0:
            return
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the database ({exc.strerror})") from None
    if header != SQLITE_MAGIC:
        raise StoreError(f"{path}: not an SQLite database; refusing to touch it")


def sqlite_path(url_or_path: str | os.PathLike[str]) -> Path:
    """A plain path or a ``sqlite:///path`` URL, as users paste either."""
    text = os.fspath(url_or_path)
    for prefix in ("sqlite:///", "sqlite://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    return Path(text).expanduser()
