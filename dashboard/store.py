"""The SQLite store: articles and the place mentions extracted from them.

Why SQLite in WAL mode: one file a researcher can copy, and several dashboard sessions can
read while `protestmap ingest` writes. Each article and its mentions are written in one
transaction, so a crash mid-article leaves the database as it was.

A connection is opened per call (`open_db`), never shared between threads or cached by
the UI. The schema carries a version; `migrate` brings older files forward and refuses
newer ones rather than guess.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .errors import StoreError
from .models import Article, Mention

DEFAULT_DB = Path("data/protestmap.db")
SCHEMA_VERSION = 3
_SQLITE_MAGIC = b"SQLite format 3\x00"

# Each entry upgrades a database from version i to i + 1. Never edit a shipped entry: add one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        article_id        TEXT PRIMARY KEY,
        title             TEXT,
        source            TEXT,
        url               TEXT,
        published         TEXT,
        language          TEXT,
        path              TEXT,
        extra_json        TEXT NOT NULL DEFAULT '{}',
        text              TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        ingested_at       TEXT NOT NULL
    );
    CREATE TABLE mentions (
        mention_id     INTEGER PRIMARY KEY,
        article_id     TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        char_start     INTEGER NOT NULL CHECK (char_start >= 0),
        char_end       INTEGER NOT NULL CHECK (char_end >= char_start),
        surface        TEXT NOT NULL,
        place_id       TEXT NOT NULL,
        name           TEXT NOT NULL,
        level          TEXT NOT NULL CHECK (level IN
                           ('country','state','municipality','city','neighbourhood','landmark')),
        country        TEXT,
        state          TEXT,
        state_code     TEXT,
        lat            REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon            REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
        role           TEXT NOT NULL CHECK (role IN ('protest_site','other')),
        event_type     TEXT,
        event_date     TEXT,
        date_precision TEXT CHECK (date_precision IS NULL OR date_precision IN ('day','week','month')),
        confidence     REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        sentence       TEXT NOT NULL
    );
    CREATE INDEX mentions_by_article ON mentions(article_id);
    CREATE INDEX mentions_by_role ON mentions(role);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta(key, value) VALUES ('revision', '0');
    """,
    # 2: a street, plaza or sector placed at the city or state the text anchors it to.
    """
    ALTER TABLE mentions ADD COLUMN anchor_place_id TEXT;
    ALTER TABLE mentions ADD COLUMN coord_precision TEXT NOT NULL DEFAULT 'exact'
        CHECK (coord_precision IN ('exact','city','state'));
    """,
    # 3: full-text search over every article's title and whole text, accent- and case-blind.
    # The index keeps no copy of the text (content=''); each article gets a search key of its
    # own (an INTEGER PRIMARY KEY, which VACUUM never renumbers, unlike the articles' rowid).
    # Triggers keep it in step with every write to `articles`, whoever makes it.
    """
    CREATE TABLE article_search_keys (
        search_key INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE
    );
    CREATE VIRTUAL TABLE article_search USING fts5(
        title, text, content = '', tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO article_search_keys(article_id) SELECT article_id FROM articles ORDER BY rowid;
    INSERT INTO article_search(rowid, title, text)
        SELECT k.search_key, a.title, a.text
        FROM articles AS a JOIN article_search_keys AS k ON k.article_id = a.article_id;
    CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search_keys(article_id) VALUES (new.article_id);
        INSERT INTO article_search(rowid, title, text)
            VALUES ((SELECT search_key FROM article_search_keys WHERE article_id = new.article_id),
                    new.title, new.text);
    END;
    CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, text)
            VALUES ('delete', (SELECT search_key FROM article_search_keys WHERE article_id = old.article_id),
                    old.title, old.text);
        DELETE FROM article_search_keys WHERE article_id = old.article_id;
    END;
    CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, text)
            VALUES ('delete', (SELECT search_key FROM article_search_keys WHERE article_id = old.article_id),
                    old.title, old.text);
        INSERT INTO article_search(rowid, title, text)
            VALUES ((SELECT search_key FROM article_search_keys WHERE article_id = new.article_id),
                    new.title, new.text);
    END;
    """,
)
assert len(MIGRATIONS) == SCHEMA_VERSION


def default_db_path() -> Path:
    """The database the CLI and the app use: $PROTESTMAP_DB, else data/protestmap.db."""
    return resolve_db(os.environ.get("PROTESTMAP_DB") or str(DEFAULT_DB))


def resolve_db(url_or_path: str | os.PathLike[str]) -> Path:
    """Accept a plain path or a ``sqlite:///path`` URL, as users paste either."""
    text = os.fspath(url_or_path)
    for prefix in ("sqlite:///", "sqlite://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    return Path(text).expanduser()


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_MAGIC:
            raise StoreError(f"{path}: not an SQLite database; refusing to touch it")


def open_db(db: str | os.PathLike[str], *, create: bool = True) -> sqlite3.Connection:
    """Open (and create or migrate) the database at `db`, in WAL mode with foreign keys on.

    Raises StoreError, without writing anything, for a file that is not SQLite or whose
    schema is newer than this code knows.
    """
    path = resolve_db(db)
    _check_is_sqlite(path)
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no such database; run `protestmap ingest` first")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        version = _schema_version(conn)
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"{path}: database schema version {version} is newer than this protestmap "
                f"understands ({SCHEMA_VERSION}); upgrade protestmap"
            )
        if version < SCHEMA_VERSION:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn, version)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the database ({exc})") from exc
    return conn


def _schema_version(conn: sqlite3.Connection) -> int:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if tables:
            raise StoreError("database has tables but no schema_version: not a protestmap database")
        return 0
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def split_statements(script: str) -> list[str]:
    """The SQL statements of a migration, split where SQLite says one is complete.

    Not on every ';': a trigger's body holds several.
    """
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply every migration after `from_version`, each in its own transaction."""
    for version in range(from_version, SCHEMA_VERSION):
        with transaction(conn):
            for statement in split_statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version(version) VALUES (?)", (version + 1,))


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (then re-raise)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def normalise_text(text: str) -> str:
    """The form an article's identity is computed from: NFC, Unix newlines, outer space trimmed.

    So that the same article saved from two editors (CRLF vs LF, composed accents or not)
    is recognised as the same.
    """

    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def article_id(text: str) -> str:
    """SHA-256 of the normalised text: the article's identity in the store."""
    import hashlib

    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored, with the extractor version that produced its mentions."""

    article_id: str
    article: Article
    extractor_version: str


def stored_extractor_version(conn: sqlite3.Connection, aid: str) -> str | None:
    """The extractor version an article was processed with, or None when it is not stored."""
    row = conn.execute("SELECT extractor_version FROM articles WHERE article_id = ?", (aid,)).fetchone()
    return None if row is None else str(row[0])


def _mention_row(aid: str, m: Mention) -> tuple[Any, ...]:
    return (
        aid,
        m.start,
        m.end,
        m.surface,
        m.place_id,
        m.name,
        m.level,
        m.country,
        m.state,
        m.state_code,
        float(m.lat),
        float(m.lon),
        m.role,
        m.event_type,
        m.event_date.isoformat() if m.event_date else None,
        m.date_precision,
        float(m.confidence),
        m.sentence,
        m.anchor_place_id,
        m.coord_precision,
    )


_INSERT_MENTION = """
    INSERT INTO mentions (article_id, char_start, char_end, surface, place_id, name, level, country,
        state, state_code, lat, lon, role, event_type, event_date, date_precision, confidence, sentence,
        anchor_place_id, coord_precision)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def save_article(
    conn: sqlite3.Connection, article: Article, mentions: Sequence[Mention], extractor_version: str
) -> str:
    """Store an article and its mentions in one transaction; replace what an older extractor stored.

    Returns the article id. On any error the database is left exactly as it was.
    """
    aid = article_id(article.text)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with transaction(conn):
        conn.execute("DELETE FROM mentions WHERE article_id = ?", (aid,))
        conn.execute(
            """
            INSERT INTO articles (article_id, title, source, url, published, language, path, extra_json,
                                  text, extractor_version, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(article_id) DO UPDATE SET extractor_version = excluded.extractor_version
            """,
            (
                aid,
                article.title,
                article.source,
                article.url,
                article.published.isoformat() if article.published else None,
                article.language,
                article.path,
                json.dumps(article.extra, default=str, ensure_ascii=False),
                article.text,
                extractor_version,
                now,
            ),
        )
        conn.executemany(_INSERT_MENTION, [_mention_row(aid, m) for m in mentions])
        bump_revision(conn)
    return aid


def replace_mentions(
    conn: sqlite3.Connection, aid: str, mentions: Sequence[Mention], extractor_version: str
) -> None:
    """Swap an article's mentions for a new extraction, in one transaction (`reprocess`)."""
    with transaction(conn):
        conn.execute("DELETE FROM mentions WHERE article_id = ?", (aid,))
        conn.executemany(_INSERT_MENTION, [_mention_row(aid, m) for m in mentions])
        conn.execute(
            "UPDATE articles SET extractor_version = ? WHERE article_id = ?", (extractor_version, aid)
        )
        bump_revision(conn)


def bump_revision(conn: sqlite3.Connection) -> None:
    """Mark the database as changed (call inside the writing transaction): caches key on it."""
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")


def revision(conn: sqlite3.Connection) -> int:
    """A counter that every write increases: the cache key of everything read from the store."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
    return int(row[0]) if row else 0


def iter_articles(conn: sqlite3.Connection) -> Iterator[StoredArticle]:
    """Every stored article, oldest first (for `reprocess`)."""
    rows = conn.execute(
        """SELECT article_id, title, source, url, published, language, path, extra_json, text,
                  extractor_version
           FROM articles ORDER BY ingested_at, article_id"""
    ).fetchall()
    for aid, title, source, url, published, language, path, extra_json, text, version in rows:
        article = Article(
            text=text,
            title=title,
            source=source,
            url=url,
            published=date.fromisoformat(published) if published else None,
            language=language,
            path=path,
            extra=json.loads(extra_json or "{}"),
        )
        yield StoredArticle(aid, article, version)


def search_query(text: str) -> str | None:
    """The user's text as an FTS5 query of plain words, all required; None when it has none.

    Each whitespace-separated chunk becomes a quoted phrase, so that `AND`, `NEAR(`, `*`,
    `"` or `title:` in what someone typed are words to find, never query syntax. Control
    characters (a NUL ends an FTS5 string early) count as spaces. Chunks without a letter or
    digit are dropped: the tokenizer would find nothing in them.
    """
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    phrases = ['"' + chunk.replace('"', '""') + '"' for chunk in cleaned.split() if _WORDISH.search(chunk)]
    return " ".join(phrases) if phrases else None


_WORDISH = re.compile(r"[^\W_]")


def search_article_ids(conn: sqlite3.Connection, query: str) -> set[str]:
    """The ids of the articles whose title or text contains every word of `query`.

    Accents and case do not matter ("bolivar" finds "Bolívar", "DETUVIERON" finds
    "detuvieron"): the index folds both, and the query goes through the same tokenizer.
    A query with no words finds nothing; no text a user can type makes this raise.
    """
    match = search_query(query)
    if match is None:
        return set()
    rows = conn.execute(
        """SELECT k.article_id FROM article_search AS s
           JOIN article_search_keys AS k ON k.search_key = s.rowid
           WHERE article_search MATCH ?""",
        (match,),
    ).fetchall()
    return {str(row[0]) for row in rows}


def delete_article(conn: sqlite3.Connection, aid: str) -> bool:
    """Remove an article, its mentions and its search entry, in one transaction.

    Returns whether there was such an article.
    """
    with transaction(conn):
        deleted = conn.execute("DELETE FROM articles WHERE article_id = ?", (aid,)).rowcount
        if deleted:
            bump_revision(conn)
    return bool(deleted)


def count_rows(conn: sqlite3.Connection) -> dict[str, int]:
    """How many articles and mentions are stored (for summaries and tests)."""
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    return {"articles": int(articles), "mentions": int(mentions)}
