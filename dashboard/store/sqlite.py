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
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dashboard.errors import StoreError

from .base import Store, search_words

SQLITE_MAGIC = b"SQLite format 3\x00"


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
                        f"file:{quote(str(self.path))}?mode=ro", uri=True, timeout=30, isolation_level=None
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
                        timeout=30,
                        isolation_level=None,
                    )
                )
        return self._configure(
            sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        )

    def _configure(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
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
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.execute("PRAGMA journal_mode = WAL")
        super().migrate(from_version)

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
        """The events through the ADBC SQLite driver: Arrow columns filled in C.

        Why not sqlite3 + pandas: building 2 million Python objects for 100,000 events took
        1.4 s here; the ADBC driver fills Arrow columns in about a fifth of that.
        """
        return self.read_arrow(self.events_query(roles))

    def read_arrow(self, sql: str) -> Any:
        """One query's result as a pyarrow.Table (ADBC; nullable text read as '', see SELECT_EVENTS)."""
        import adbc_driver_sqlite.dbapi as adbc

        uri = f"file:{quote(str(self.path))}?mode=ro" + ("&immutable=1" if self.immutable else "")
        try:
            with adbc.connect(uri) as conn:
                cursor = conn.cursor()
                try:
                    cursor.execute(sql)
                    return cursor.fetch_arrow_table()
                finally:
                    cursor.close()
        except adbc.Error as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise StoreError(f"{self.location}: cannot read the events ({first})") from None


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
