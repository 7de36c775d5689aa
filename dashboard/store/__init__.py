"""The store: articles and the place mentions extracted from them, in SQLite or PostgreSQL.

One interface (`Store`, in base.py, where every query is written once) with two backends,
chosen by the database's URL or path:

* a path or ``sqlite:///path``: `SQLiteStore`, one file in WAL mode (the default);
* ``postgresql://user@host:5432/db``: `PostgresStore`, for a team sharing one database.

Each article and its mentions are written in one savepoint; ingest groups savepoints into
batched transactions, so a crash mid-batch leaves every article all-or-nothing. The schema
carries a version; `open_db` brings older databases forward and refuses newer ones rather
than guess.

A `Store` is opened per call (`open_db`), never shared between threads or cached by the UI.
The module-level functions (`save_article(conn, ...)`, ...) are the older spelling of the
methods and stay for callers that use it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from dashboard.errors import StoreError
from dashboard.models import Article, Mention

from .base import (
    MAX_EXTRA_JSON_BYTES,
    Extracted,
    SaveResult,
    Store,
    StoredArticle,
    article_id,
    normalise_text,
    search_words,
)
from .postgres import PostgresStore, StoreConflict, is_postgres_url, redact
from .schema import MIGRATIONS, SCHEMA_VERSION, Migration, split_statements
from .sqlite import SQLiteStore, sqlite_path

DEFAULT_DB = Path("data/protestmap.db")

DbLike = str | os.PathLike[str] | Store
"""What every function that reads or writes the store accepts: a path, a URL, or an open Store."""


def default_db_path() -> Path | str:
    """The database the CLI and the app use: $PROTESTMAP_DB, else data/protestmap.db.

    A path for SQLite; the URL itself (a str) for PostgreSQL.
    """
    return resolve_db(os.environ.get("PROTESTMAP_DB") or str(DEFAULT_DB))


def resolve_db(url_or_path: str | os.PathLike[str]) -> Path | str:
    """A PostgreSQL URL as it is; a plain path or a ``sqlite:///path`` URL as a Path."""
    if is_postgres_url(url_or_path):
        return str(url_or_path)
    return sqlite_path(url_or_path)


def describe_db(db: DbLike) -> str:
    """What to call the database in messages: its path, or its URL without the password."""
    if isinstance(db, Store):
        return db.location
    resolved = resolve_db(db)
    return redact(resolved) if isinstance(resolved, str) else str(resolved)


def open_db(
    db: str | os.PathLike[str], *, create: bool = True, read_only: bool = False, migrate: bool = True
) -> Store:
    """Open (and create or migrate) the database at `db`: a path, sqlite:///path or postgresql://.

    Raises StoreError, without writing anything, for a file that is not SQLite, a database that
    is not protestmap's, or a schema newer than this code knows. `read_only` opens an SQLite
    file without ever writing (a read-only folder falls back to reading it as immutable); an
    older schema is then read as it is only if nothing needs migrating.
    """
    resolved = resolve_db(db)
    store: Store
    if isinstance(resolved, str):
        store = PostgresStore(resolved)
    else:
        store = SQLiteStore(resolved, create=create, read_only=read_only)
    try:
        store.prepare(migrate=migrate and not read_only)
    except BaseException:
        store.close()
        raise
    return store


@contextmanager
def opened(db: DbLike, **options: bool) -> Iterator[Store]:
    """`db` as an open Store for the duration: borrowed when it already is one, else opened and closed."""
    if isinstance(db, Store):
        yield db
        return
    store = open_db(db, **options)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def opened_for_reading(db: DbLike) -> Iterator[Store]:
    """`db` opened to read: an SQLite file read-only (so a reader never needs write access, and
    a read-only folder still reads), migrated first only when its schema is older."""
    if isinstance(db, Store):
        yield db
        return
    store = open_db(db, create=False, read_only=not is_postgres_url(db))
    try:
        if store.schema_version() < SCHEMA_VERSION:
            store.close()
            store = open_db(db, create=False)
        yield store
    finally:
        store.close()


# --- the older, function-style spelling -------------------------------------------------------


@contextmanager
def transaction(conn: Store) -> Iterator[Store]:
    with conn.transaction():
        yield conn


def save_article(conn: Store, article: Article, mentions: Sequence[Mention], extractor_version: str) -> str:
    return conn.save_article(article, mentions, extractor_version)


def replace_mentions(conn: Store, aid: str, mentions: Sequence[Mention], extractor_version: str) -> None:
    conn.replace_mentions(aid, mentions, extractor_version)


def stored_extractor_version(conn: Store, aid: str) -> str | None:
    return conn.stored_extractor_version(aid)


def bump_revision(conn: Store) -> None:
    conn.bump_revision()


def revision(conn: Store) -> int:
    return conn.revision()


def iter_articles(conn: Store) -> Iterator[StoredArticle]:
    return conn.iter_articles()


def count_rows(conn: Store) -> dict[str, int]:
    return conn.count_rows()


def search_article_ids(conn: Store, query: str) -> set[str]:
    """The articles whose title or text holds every word of `query` (see Store.search_article_ids)."""
    return conn.search_article_ids(query)


def delete_article(conn: Store, aid: str) -> bool:
    return conn.delete_article(aid)


__all__ = [
    "DEFAULT_DB",
    "MAX_EXTRA_JSON_BYTES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "DbLike",
    "Migration",
    "PostgresStore",
    "SQLiteStore",
    "SaveResult",
    "Store",
    "StoreConflict",
    "StoreError",
    "StoredArticle",
    "Extracted",
    "article_id",
    "bump_revision",
    "count_rows",
    "default_db_path",
    "delete_article",
    "describe_db",
    "is_postgres_url",
    "iter_articles",
    "normalise_text",
    "open_db",
    "opened",
    "opened_for_reading",
    "redact",
    "replace_mentions",
    "resolve_db",
    "revision",
    "save_article",
    "search_article_ids",
    "search_words",
    "split_statements",
    "stored_extractor_version",
    "transaction",
]
