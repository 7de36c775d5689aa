"""The shared backend: a PostgreSQL database that a team's machines ingest into and read at once.

The same schema, migrations, revision counter and guarantees as SQLite, through the same
queries (`Store`): one savepoint per article, idempotent ingest decided by the unique key
(``INSERT ... ON CONFLICT DO NOTHING``, which waits for a concurrent insert of the same
article to commit and then does nothing), and readers that MVCC never blocks.

Connections run in autocommit mode with explicit BEGIN/COMMIT, as the SQLite backend does,
so the transaction code is shared. Migrations take an advisory lock, so that two machines
opening a new database at once do not both create it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from dashboard.errors import StoreError

from .base import Store, search_words

MIGRATION_LOCK = 0x70726F74  # an arbitrary key for pg_advisory_xact_lock ("prot")


class StoreConflict(StoreError):
    """A transaction the server aborted to break a deadlock or a serialisation conflict with
    another writer: nothing of it was stored, and running it again is safe."""


def is_postgres_url(value: object) -> bool:
    text = str(value)
    return text.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL without its password, for messages and cache keys."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    userinfo = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{netloc[-1]}"))


class PostgresStore(Store):
    """A protestmap database in PostgreSQL (psycopg 3 for writes, ADBC for the events table)."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        super().__init__()
        self.url = url
        self.location = redact(url)
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=30)
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"{self.location}: cannot connect ({first})") from None

    def _translate(self, sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _wrap_error(self, exc: Exception) -> Exception:
        import psycopg
        from psycopg import errors

        if isinstance(exc, errors.DeadlockDetected | errors.SerializationFailure):
            return StoreConflict(f"{self.location}: {str(exc).splitlines()[0]}")
        if isinstance(exc, psycopg.IntegrityError) or not isinstance(exc, psycopg.Error):
            return exc
        if isinstance(exc, errors.ReadOnlySqlTransaction | errors.InsufficientPrivilege):
            return StoreError(f"{self.location}: cannot write to the database ({str(exc).splitlines()[0]})")
        if isinstance(exc, errors.DiskFull):
            return StoreError(
                f"{self.location}: the server's disk is full: nothing of the unfinished batch was stored"
            )
        if isinstance(exc, psycopg.OperationalError):
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return StoreError(f"{self.location}: lost the connection ({first})")
        return exc

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """COPY: the rows stream to the server in one statement, not a round trip per row (what
        kept ingest into PostgreSQL at a third of SQLite's rate)."""
        if not rows:
            return
        try:
            with (
                self.conn.cursor() as cursor,
                cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        except Exception as exc:
            wrapped = self._wrap_error(exc)
            if wrapped is exc:
                raise
            raise wrapped from exc

    def lock_events(self) -> None:
        """SHARE ROW EXCLUSIVE conflicts with itself and with writes, not with readers (ACCESS
        SHARE): a second rebuild waits for this one to commit, then replaces what it stored."""
        self.execute("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE")

    def schema_version(self) -> int:
        # One statement, so one snapshot: a migration committing meanwhile is seen whole or not at all.
        has_table, tables = self.execute(
            """SELECT to_regclass('schema_version') IS NOT NULL,
                      (SELECT count(*) FROM information_schema.tables
                       WHERE table_schema = current_schema())"""
        ).fetchone()
        if not has_table:
            if tables:
                raise StoreError(
                    f"{self.location}: not a protestmap database (its schema has other tables and "
                    "no schema_version); refusing to touch it"
                )
            return 0
        row = self.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def migrate(self, from_version: int) -> None:
        from .schema import MIGRATIONS, SCHEMA_VERSION, split_statements

        for version in range(from_version, SCHEMA_VERSION):
            with self.transaction():
                self.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
                if self.schema_version() > version:
                    continue  # another machine got there first
                for statement in split_statements(MIGRATIONS[version].script(self.dialect)):
                    self.execute(statement)
                self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                self.execute("DELETE FROM schema_version")
                self.execute("INSERT INTO schema_version(version) VALUES (?)", (version + 1,))

    def search_article_ids(self, query: str) -> set[str]:
        words = search_words(query)
        if not words:
            return set()
        condition = " && ".join("phraseto_tsquery('simple'::regconfig, protestmap_fold(?))" for _ in words)
        rows = self.execute(
            f"SELECT article_id FROM articles WHERE search_vector @@ ({condition})", words
        ).fetchall()
        return {str(row[0]) for row in rows}

    def analyze(self) -> None:
        """ANALYZE the two big tables. Without statistics (a database just filled, before
        autovacuum's next round) the planner joins the events row by row through the index."""
        self.execute("ANALYZE articles")
        self.execute("ANALYZE mentions")

    def read_events_arrow(self, roles: Any) -> Any:
        """The events through the ADBC PostgreSQL driver (libpq's binary COPY into Arrow).

        Ordered by event id in Arrow, not by the server: the server sorts the wide joined rows
        (over half a kilobyte each) and, past its `work_mem`, on disk; Arrow sorts one integer
        column and gathers, in a fraction of that. Rows usually arrive in id order already (the
        table is scanned in insertion order), and then nothing is moved at all.
        """
        return _in_event_order(self.read_arrow(self.events_query(roles, ordered=False)))

    def read_arrow(self, sql: str) -> Any:
        """One query's result as a pyarrow.Table (ADBC)."""
        import adbc_driver_postgresql.dbapi as adbc

        try:
            with adbc.connect(self.url) as conn:
                cursor = conn.cursor()
                try:
                    cursor.execute(sql)
                    return cursor.fetch_arrow_table()
                finally:
                    cursor.close()
        except adbc.Error as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise StoreError(f"{self.location}: cannot read the events ({first})") from None


def _in_event_order(table: Any) -> Any:
    """`table` sorted by event_id; as it is when it already is (one pass over the ids)."""
    import pyarrow.compute as pc

    ids = table.column("event_id")
    if len(ids) < 2:
        return table
    if pc.all(pc.greater(ids[1:], ids[:-1])).as_py():
        return table
    return table.sort_by("event_id")
