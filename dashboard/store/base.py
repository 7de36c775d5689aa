"""The store interface, and every query, written once for both backends.

`Store` holds the SQL (with ``?`` placeholders) and the rules: one savepoint per article
inside batched transactions, the "already stored?" decision taken by the database itself
(``INSERT ... ON CONFLICT DO NOTHING`` then a conditional ``UPDATE``, inside the writing
transaction, so that two ingests at once never both count an article as new), and a revision
counter bumped in the same transaction as the rows it describes.

A backend (`SQLiteStore`, `PostgresStore`) supplies only what differs: how to connect, how to
begin a writing transaction, the placeholder style, full-text search, and the Arrow reader.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from dashboard.errors import StoreError
from dashboard.models import MENTION_KEYS, Article, Mention

from .schema import MIGRATIONS, SCHEMA_VERSION, split_statements

MAX_EXTRA_JSON_BYTES = 64 * 1024
"""Cap on an article's stored extra metadata: front matter is not a place for payloads."""

Outcome = Literal["new", "updated", "already_stored"]


def normalise_text(text: str) -> str:
    """The form an article's identity is computed from: NFC, Unix newlines, outer space trimmed.

    So that the same article saved from two editors (CRLF vs LF, composed accents or not)
    is recognised as the same.
    """
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def article_id(text: str) -> str:
    """SHA-256 of the normalised text: the article's identity in the store."""
    return hashlib.sha256(normalise_text(text).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored, with the extractor version that produced its mentions."""

    article_id: str
    article: Article
    extractor_version: str


@dataclass(frozen=True)
class SaveResult:
    """What writing one article did: `outcome`, and which stored metadata differs from the
    article's (the text is the same, so the article is the same: the stored values are kept)."""

    article_id: str
    outcome: Outcome
    metadata_differs: tuple[str, ...] = ()


METADATA_FIELDS: tuple[str, ...] = ("title", "source", "url", "published", "language")

_WORDISH = re.compile(r"[^\W_]")


def search_words(text: str) -> list[str]:
    """The chunks of a search text that can match anything: whitespace-separated, each with a
    letter or digit; control characters (a NUL ends an FTS5 string early) count as spaces."""
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return [chunk for chunk in cleaned.split() if _WORDISH.search(chunk)]


def extra_json(article: Article) -> str:
    """The article's unknown metadata as JSON, refused when larger than the cap."""
    text = json.dumps(article.extra, default=str, ensure_ascii=False)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_EXTRA_JSON_BYTES:
        raise ValueError(
            f"extra metadata is {len(text):,} characters of JSON, over the limit of {MAX_EXTRA_JSON_BYTES:,}"
        )
    return text


ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "title",
    "source",
    "url",
    "published",
    "language",
    "path",
    "extra_json",
    "text",
    "extractor_version",
    "ingested_at",
)
MENTION_COLUMNS: tuple[str, ...] = ("article_id", "char_start", "char_end", "surface", *MENTION_KEYS[3:])
ROWS_PER_STATEMENT = 400
"""Rows per multi-row statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters."""


@dataclass(frozen=True)
class Extracted:
    """An article on its way into the store: its mentions (None: not extracted, because it was
    believed stored already) and the extractor version that produced them."""

    article: Article
    mentions: Sequence[Mention] | None
    extractor_version: str


def _article_row(aid: str, article: Article, extractor_version: str, now: str) -> tuple[Any, ...]:
    return (
        aid,
        article.title,
        article.source,
        article.url,
        article.published.isoformat() if article.published else None,
        article.language,
        article.path,
        extra_json(article),
        article.text,
        extractor_version,
        now,
    )


def _differs(stored: tuple[Any, ...] | None, article: Article) -> tuple[str, ...]:
    """Which of the article's metadata differ from the stored copy's (a missing value never does)."""
    if stored is None:
        return ()
    given = (
        article.title,
        article.source,
        article.url,
        article.published.isoformat() if article.published else None,
        article.language,
    )
    return tuple(
        name
        for name, kept, new in zip(METADATA_FIELDS, stored, given, strict=True)
        if new is not None and kept != new
    )


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


INSERT_ARTICLE = """
    INSERT INTO articles (article_id, title, source, url, published, language, path, extra_json,
                          text, extractor_version, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (article_id) DO NOTHING
"""
# The events table the app reads: every mention with its article's metadata. Nullable text is
# read as '' (the SQLite Arrow reader infers a column's type from its first rows, and a run of
# NULLs would read as integers); `events.load_events` turns '' back into missing values.
SELECT_EVENTS = """
    SELECT m.mention_id AS event_id, m.article_id, m.surface, m.char_start AS start, m.char_end AS "end",
           m.place_id, m.name, m.level, COALESCE(m.country, '') AS country, COALESCE(m.state, '') AS state,
           COALESCE(m.state_code, '') AS state_code, m.lat, m.lon, m.role,
           COALESCE(m.event_type, '') AS event_type, COALESCE(m.event_date, '') AS event_date,
           COALESCE(m.date_precision, '') AS date_precision, m.confidence, m.sentence,
           COALESCE(m.anchor_place_id, '') AS anchor_place_id, m.coord_precision,
           COALESCE(a.title, '') AS title, COALESCE(a.source, '') AS source, COALESCE(a.url, '') AS url,
           COALESCE(a.published, '') AS published
    FROM mentions AS m JOIN articles AS a ON a.article_id = m.article_id
"""


# --- Events (issue 10): built from every article's mentions, stored, read by the app ---------------

EVENT_TABLE_COLUMNS: tuple[str, ...] = (
    "event_id", "seq", "place_id", "name", "level", "country", "state", "state_code", "municipality", "city",
    "lat", "lon", "coord_precision", "event_date", "date_precision", "event_type", "confidence",
    "n_articles", "n_sources", "n_mentions", "first_reported", "last_reported", "article_ids", "sources",
    "status",
)  # fmt: skip
"""The columns of the `events` table, in order (schema 5)."""
EVENT_MENTION_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "char_start", "char_end", "status", "place_id", "level", "surface", "sentence",
)  # fmt: skip
SOURCES_SEPARATOR = "\x1f"
"""Between the source names in `events.sources` (the unit separator: no source name holds it)."""
_NULLABLE_EVENT_TEXT = frozenset(
    {"country", "state", "state_code", "municipality", "city", "event_date", "date_precision", "event_type",
     "first_reported", "last_reported"}
)  # fmt: skip
# As SELECT_EVENTS: nullable text read as '' (the Arrow readers), turned back into missing values
# by `events.load_events`.
SELECT_EVENT_TABLE = (
    "SELECT "
    + ", ".join(
        f"COALESCE({c}, '') AS {c}" if c in _NULLABLE_EVENT_TEXT else c
        for c in EVENT_TABLE_COLUMNS
        if c != "seq"
    )
    + " FROM events ORDER BY seq"
)
SELECT_EXCERPTS = """
    SELECT em.event_id, em.article_id, em.char_start AS start, em.char_end AS "end", em.place_id,
           em.level, em.status, em.surface, em.sentence, COALESCE(a.title, '') AS title,
           COALESCE(a.source, '') AS source, COALESCE(a.url, '') AS url,
           COALESCE(a.published, '') AS published
    FROM event_mentions AS em JOIN articles AS a ON a.article_id = em.article_id
"""
INSERT_CORRECTION = """
    INSERT INTO corrections (correction_id, article_id, char_start, char_end, action, author, created,
                             record_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (correction_id) DO NOTHING
"""


def _iso_days(values: Any) -> list[str | None]:
    """datetime64 values as ISO dates, None for NaT (one conversion per column)."""
    import numpy as np

    days = np.asarray(values, dtype="datetime64[D]")
    text = np.datetime_as_string(days).astype(object)
    text[np.isnat(days)] = None
    return list(text.tolist())


def _text_or_none(values: Any) -> list[Any]:
    return [value if isinstance(value, str) else None for value in values]


def _first(row: Sequence[Any]) -> str:
    """A row's event id (its first column): the order `replace_event_rows` inserts in."""
    return str(row[0])


def event_rows(events: Any, article_sources: dict[str, str]) -> list[tuple[Any, ...]]:
    """The `events` table's rows (EVENT_TABLE_COLUMNS) of a built events frame, column by column.

    `sources` is the reporting articles' distinct source names in `article_ids` order (an
    article without a source is left out): what the app's source filter and popups read.
    """
    n = len(events)
    ids_per_event = events["article_ids"].tolist()
    sources: list[str] = []
    for ids in ids_per_event:
        names = dict.fromkeys(
            article_sources[a].replace(SOURCES_SEPARATOR, " ") for a in ids if article_sources.get(a)
        )
        sources.append(SOURCES_SEPARATOR.join(names))
    columns: dict[str, list[Any]] = {
        "event_id": events["event_id"].tolist(),
        "seq": list(range(n)),
        "article_ids": [" ".join(ids) for ids in ids_per_event],
        "sources": sources,
    }
    for name in ("event_date", "first_reported", "last_reported"):
        columns[name] = _iso_days(events[name].to_numpy())
    for name in ("lat", "lon", "confidence"):
        columns[name] = [float(x) for x in events[name].tolist()]
    for name in ("n_articles", "n_sources", "n_mentions"):
        columns[name] = [int(x) for x in events[name].tolist()]
    for name in EVENT_TABLE_COLUMNS:
        if name not in columns:
            columns[name] = _text_or_none(events[name].tolist())
    columns["coord_precision"] = [c or "exact" for c in columns["coord_precision"]]
    columns["country"] = [c or None for c in columns["country"]]
    return list(zip(*(columns[name] for name in EVENT_TABLE_COLUMNS), strict=True))


def event_mention_rows(members: Any) -> list[tuple[Any, ...]]:
    """The `event_mentions` rows (EVENT_MENTION_COLUMNS) of a built members frame."""
    surface = members["surface"].tolist() if "surface" in members else [""] * len(members)
    return list(
        zip(
            members["event_id"].tolist(),
            members["article_id"].tolist(),
            [int(x) for x in members["start"].tolist()],
            [int(x) for x in members["end"].tolist()],
            members["status"].tolist(),
            members["place_id"].tolist(),
            members["level"].tolist(),
            [x if isinstance(x, str) else "" for x in surface],
            [x if isinstance(x, str) else "" for x in members["sentence"].tolist()],
            strict=True,
        )
    )


class Store:
    """One open database. Not thread-safe: open one per thread or per call (`open_db`).

    Subclasses set `dialect` and implement `_connect`, `_begin_sql`, `_translate`,
    `search_article_ids` and `read_events_arrow`; everything else is shared.
    """

    dialect: str = ""
    location: str = ""
    """What error messages name: the file, or the URL without its password."""

    def __init__(self) -> None:
        self.conn: Any = None
        self._depth = 0
        self._savepoints = 0

    # --- plumbing ---------------------------------------------------------------------------

    def _translate(self, sql: str) -> str:
        return sql

    def _begin_sql(self) -> str:
        return "BEGIN"

    def _wrap_error(self, exc: Exception) -> Exception:
        """A driver error as the one-line StoreError to show, or `exc` itself to re-raise."""
        return exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement (``?`` placeholders); the driver's cursor, for fetchone/fetchall."""
        try:
            return self.conn.execute(self._translate(sql), tuple(params))
        except Exception as exc:
            wrapped = self._wrap_error(exc)
            if wrapped is exc:
                raise
            raise wrapped from exc

    def executemany(self, sql: str, rows: Any) -> None:
        try:
            if self.dialect == "sqlite":
                self.conn.executemany(sql, rows)
            else:
                with self.conn.cursor() as cursor:
                    cursor.executemany(self._translate(sql), list(rows))
        except Exception as exc:
            wrapped = self._wrap_error(exc)
            if wrapped is exc:
                raise
            raise wrapped from exc

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def in_transaction(self) -> bool:
        return self._depth > 0

    def begin(self) -> None:
        """Open a writing transaction (BEGIN IMMEDIATE on SQLite: the write lock is taken now)."""
        self.execute(self._begin_sql())
        self._depth = 1

    def commit(self) -> None:
        if self._depth:
            self._depth = 0
            self.execute("COMMIT")

    def rollback_quietly(self) -> None:
        """ROLLBACK whatever is open; a connection already gone (disk full, server down) is fine."""
        self._depth = 0
        try:
            self.conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - the cause is being reported by the caller
            pass

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """A writing transaction; ROLLBACK on any exception (then re-raise).

        Nested use becomes a savepoint, so a method that writes in its own transaction can
        also run inside a caller's batch.
        """
        if self._depth:
            with self.savepoint():
                yield self
            return
        self.begin()
        try:
            yield self
        except BaseException:
            self.rollback_quietly()
            raise
        self.commit()

    @contextmanager
    def savepoint(self) -> Iterator[Store]:
        """All-or-nothing inside the current transaction: ROLLBACK TO on any exception."""
        if not self._depth:
            with self.transaction():
                yield self
            return
        self._savepoints += 1
        name = f"sp{self._savepoints}"
        self.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            try:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            except Exception:
                pass
            raise
        self._depth -= 1
        self.execute(f"RELEASE SAVEPOINT {name}")

    # --- schema -----------------------------------------------------------------------------

    def schema_version(self) -> int:
        raise NotImplementedError

    def migrate(self, from_version: int) -> None:
        """Apply every migration after `from_version`, each in its own transaction."""
        for version in range(from_version, SCHEMA_VERSION):
            with self.transaction():
                if self.schema_version() > version:
                    continue  # another process migrated while we waited for the write lock
                for statement in split_statements(MIGRATIONS[version].script(self.dialect)):
                    self.execute(statement)
                self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                self.execute("DELETE FROM schema_version")
                self.execute("INSERT INTO schema_version(version) VALUES (?)", (version + 1,))

    def prepare(self, *, migrate: bool = True) -> None:
        """Refuse a newer schema; bring an older one forward (unless `migrate` is False)."""
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.location}: database schema version {version} is newer than this protestmap "
                f"understands ({SCHEMA_VERSION}); upgrade protestmap"
            )
        if version < SCHEMA_VERSION and migrate:
            self.migrate(version)

    # --- revision ---------------------------------------------------------------------------

    def bump_revision(self) -> None:
        """Mark the database as changed (inside the writing transaction): caches key on it."""
        self.execute(
            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'"
        )

    def revision(self) -> int:
        """A counter that every write increases: the cache key of everything read from the store."""
        row = self.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def instance(self) -> str:
        """A random id given to the database when it was created (snapshots key on it)."""
        row = self.execute("SELECT value FROM meta WHERE key = 'instance'").fetchone()
        return str(row[0]) if row else ""

    # --- writing ----------------------------------------------------------------------------

    def stored_versions(self, ids: Sequence[str]) -> dict[str, str]:
        """The extractor version of each of `ids` that is stored (a hint: the decision that
        counts is taken again inside the writing transaction by `store_article`)."""
        found: dict[str, str] = {}
        ids = list(dict.fromkeys(ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self.execute(
                f"SELECT article_id, extractor_version FROM articles WHERE article_id IN ({marks})", chunk
            ).fetchall()
            found.update({str(a): str(v) for a, v in rows})
        return found

    def stored_extractor_version(self, aid: str) -> str | None:
        return self.stored_versions([aid]).get(aid)

    def store_article(
        self, article: Article, mentions: Sequence[Mention], extractor_version: str
    ) -> SaveResult:
        """Write one article and its mentions in a savepoint of the current transaction.

        New: inserted. Stored by another extractor version: its mentions replaced. Stored by
        this version: left alone. The database decides (the unique key and a conditional
        UPDATE), so two writers at once cannot both store or both count the same article.
        """
        return self.store_articles([Extracted(article, mentions, extractor_version)])[0]

    def store_articles(self, items: Sequence[Extracted]) -> list[SaveResult]:
        """Write several articles (a file's) in one savepoint, deciding for each as `store_article`
        does, with a handful of statements instead of a few per article.

        Why: on PostgreSQL each statement is a round trip to the server, and a per-article
        savepoint, insert, mention insert, revision bump and release cost more than the rows.
        Here the articles go in one multi-row ``INSERT ... ON CONFLICT DO NOTHING RETURNING``
        (the database says which are new), the others in one conditional ``UPDATE ... RETURNING``
        per extractor version (which are re-extractions), and every mention in one bulk insert
        (`insert_rows`: COPY on PostgreSQL). All of it is inside one savepoint, so the articles
        are stored all together or not at all, and each of them whole.

        An item whose `mentions` is None was not extracted (the caller expected it stored by
        this version): if the database says otherwise, its outcome is "new" or "updated" and the
        caller extracts it and writes its rows (`write_rows`) before the savepoint ends.
        The same text twice: the first occurrence decides, the later ones are "already_stored".
        """
        if not items:
            return []
        now = datetime.now(UTC).isoformat(timespec="seconds")
        ids = [article_id(item.article.text) for item in items]
        rows = [
            _article_row(aid, item.article, item.extractor_version, now)
            for aid, item in zip(ids, items, strict=True)
        ]
        results: list[SaveResult | None] = [None] * len(items)
        with self.savepoint():
            inserted: set[str] = set()
            for start in range(0, len(rows), ROWS_PER_STATEMENT):
                chunk = rows[start : start + ROWS_PER_STATEMENT]
                marks = ", ".join("(" + ", ".join("?" for _ in ARTICLE_COLUMNS) + ")" for _ in chunk)
                found = self.execute(
                    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES {marks}"
                    " ON CONFLICT (article_id) DO NOTHING RETURNING article_id",
                    [value for row in chunk for value in row],
                ).fetchall()
                inserted.update(str(row[0]) for row in found)
            written: dict[str, Extracted] = {}  # article id -> the extraction whose rows are written
            for index, aid in enumerate(ids):
                if aid in inserted and aid not in written:
                    results[index] = SaveResult(aid, "new")
                    written[aid] = items[index]
            others = [index for index, result in enumerate(results) if result is None]
            updated: set[str] = set()
            if others:
                stored = self._stored_metadata([ids[index] for index in others])
                by_version: dict[str, list[int]] = {}
                for index in others:
                    by_version.setdefault(items[index].extractor_version, []).append(index)
                for version, indexes in by_version.items():
                    now_updated = self._update_versions(version, [ids[index] for index in indexes])
                    for index in indexes:
                        aid = ids[index]
                        differs = _differs(stored.get(aid), items[index].article)
                        if aid in now_updated:
                            now_updated.discard(aid)  # once: a later copy of the same text is already stored
                            updated.add(aid)
                            written[aid] = items[index]
                            results[index] = SaveResult(aid, "updated", differs)
                        else:
                            results[index] = SaveResult(aid, "already_stored", differs)
            if updated:
                self.clear_rows(sorted(updated))
            self.write_rows(
                [
                    (aid, item.article, item.mentions)
                    for aid, item in written.items()
                    if item.mentions is not None
                ]
            )
            if written:
                self.bump_revision()
        return [result for result in results if result is not None]

    def _stored_metadata(self, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        found: dict[str, tuple[Any, ...]] = {}
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), ROWS_PER_STATEMENT):
            chunk = unique[start : start + ROWS_PER_STATEMENT]
            marks = ", ".join("?" for _ in chunk)
            columns = ", ".join(METADATA_FIELDS)
            for row in self.execute(
                f"SELECT article_id, {columns} FROM articles WHERE article_id IN ({marks})", chunk
            ).fetchall():
                found[str(row[0])] = tuple(row[1:])
        return found

    def _update_versions(self, version: str, ids: Sequence[str]) -> set[str]:
        """Set `version` on those of `ids` stored by another version; the ids it changed."""
        changed: set[str] = set()
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), ROWS_PER_STATEMENT):
            chunk = unique[start : start + ROWS_PER_STATEMENT]
            marks = ", ".join("?" for _ in chunk)
            rows = self.execute(
                f"UPDATE articles SET extractor_version = ? WHERE extractor_version <> ?"
                f" AND article_id IN ({marks}) RETURNING article_id",
                [version, version, *chunk],
            ).fetchall()
            changed.update(str(row[0]) for row in rows)
        return changed

    def write_rows(self, items: Sequence[tuple[str, Article | None, Sequence[Mention]]]) -> None:
        """Every row derived from these articles' extractions, (article id, article or None,
        mentions) each, inside the caller's savepoint, in as few statements as the backend allows.

        The one place ingest, reprocess, `save_article` and `db copy` all write through: a table
        built from articles' mentions (grouped events, say) gets its bulk INSERT here, and its
        DELETE in `clear_rows`, so it commits or rolls back with the mentions.
        """
        self.insert_rows(
            "mentions", MENTION_COLUMNS, [_mention_row(aid, m) for aid, _, ms in items for m in ms]
        )

    def clear_rows(self, ids: Sequence[str]) -> None:
        """Remove every row derived from these articles' extractions (before writing new ones)."""
        for start in range(0, len(ids), ROWS_PER_STATEMENT):
            chunk = list(ids[start : start + ROWS_PER_STATEMENT])
            self.execute(f"DELETE FROM mentions WHERE article_id IN ({', '.join('?' for _ in chunk)})", chunk)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Append `rows` to `table` in their order (ids numbered in that order): one
        ``executemany`` here, COPY on PostgreSQL."""
        if rows:
            marks = ", ".join("?" for _ in columns)
            self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def write_article_rows(self, aid: str, article: Article | None, mentions: Sequence[Mention]) -> None:
        """One article's derived rows (see `write_rows`, which is where a new table is added)."""
        self.write_rows([(aid, article, mentions)])

    def clear_article_rows(self, aid: str) -> None:
        """Remove one article's derived rows (see `clear_rows`)."""
        self.clear_rows([aid])

    def save_article(self, article: Article, mentions: Sequence[Mention], extractor_version: str) -> str:
        """Store one article in its own transaction (or savepoint); replace an older extraction.

        Returns the article id. On any error the database is left exactly as it was.
        """
        with self.transaction():
            result = self.store_article(article, mentions, extractor_version)
            if result.outcome == "already_stored":
                # Same version: a caller saving explicitly wants this extraction stored.
                self.clear_article_rows(result.article_id)
                self.write_article_rows(result.article_id, article, mentions)
                self.bump_revision()
        return result.article_id

    def replace_mentions(self, aid: str, mentions: Sequence[Mention], extractor_version: str) -> None:
        """Swap an article's mentions for a new extraction, in one transaction (`reprocess`)."""
        with self.transaction():
            self.clear_article_rows(aid)
            self.write_article_rows(aid, None, mentions)
            self.execute(
                "UPDATE articles SET extractor_version = ? WHERE article_id = ?", (extractor_version, aid)
            )
            self.bump_revision()

    def delete_article(self, aid: str) -> bool:
        """Remove an article, its mentions and its search entry, in one transaction."""
        with self.transaction():
            self.execute("DELETE FROM mentions WHERE article_id = ?", (aid,))
            deleted = self.execute("DELETE FROM articles WHERE article_id = ?", (aid,)).rowcount
            if deleted:
                self.bump_revision()
        return bool(deleted)

    # --- reading ----------------------------------------------------------------------------

    def iter_articles(self, *, batch: int = 500) -> Iterator[StoredArticle]:
        """Every stored article, oldest first (for `reprocess` and `db copy`), read in pages."""
        last = ("", "")
        while True:
            rows = self.execute(
                """SELECT article_id, title, source, url, published, language, path, extra_json, text,
                          extractor_version, ingested_at
                   FROM articles WHERE (ingested_at > ?) OR (ingested_at = ? AND article_id > ?)
                   ORDER BY ingested_at, article_id LIMIT ?""",
                (last[0], last[0], last[1], batch),
            ).fetchall()
            if not rows:
                return
            for aid, title, source, url, published, language, path, extra, text, version, at in rows:
                article = Article(
                    text=text,
                    title=title,
                    source=source,
                    url=url,
                    published=_read_date(published),
                    language=language,
                    path=path,
                    extra=_read_json(extra),
                )
                yield StoredArticle(str(aid), article, str(version))
                last = (str(at), str(aid))

    def count_rows(self) -> dict[str, int]:
        """How many articles and mentions are stored (for summaries and tests)."""
        articles = self.execute("SELECT count(*) FROM articles").fetchone()[0]
        mentions = self.execute("SELECT count(*) FROM mentions").fetchone()[0]
        return {"articles": int(articles), "mentions": int(mentions)}

    def search_article_ids(self, query: str) -> set[str]:
        """The ids of the articles whose title or text contains every word of `query`.

        Accents and case do not matter ("bolivar" finds "Bolívar"); each whitespace-separated
        chunk is a phrase to find, never query syntax. No words: an empty set. Never raises
        for anything a user can type.
        """
        raise NotImplementedError

    def read_events_arrow(self, roles: Sequence[str]) -> Any:
        """`SELECT_EVENTS` for `roles`, ordered by event id, as a pyarrow.Table."""
        raise NotImplementedError

    def events_query(self, roles: Sequence[str], *, ordered: bool = True) -> str:
        roles_sql = ",".join("'" + role.replace("'", "''") + "'" for role in roles)
        order = " ORDER BY m.mention_id" if ordered else ""
        return f"{SELECT_EVENTS} WHERE m.role IN ({roles_sql}){order}"

    def analyze(self) -> None:
        """Refresh the query planner's statistics after a large write (see the backends)."""
        raise NotImplementedError

    # --- events, their mentions, corrections (issue 10) --------------------------------------

    def events_revision(self) -> int:
        """The revision the stored events were built at (-1: never built, or schema < 5)."""
        row = self.execute("SELECT value FROM meta WHERE key = 'events_revision'").fetchone()
        return int(row[0]) if row else -1

    def events_current(self) -> bool:
        """Whether the stored events describe the stored mentions and corrections as they are
        now: every write bumps the revision, and `replace_events` records the one it built at."""
        return self.events_revision() == self.revision()

    def mention_frames(self) -> tuple[Any, Any]:
        """(articles, mentions) as `grouping.build_event_tables` reads them: every article's
        id, source and publication day, and every mention (every role: a correction may make
        an `other` mention a protest site), read as Arrow columns."""
        import pandas as pd

        from dashboard.events import clean_events_table

        mentions = clean_events_table(self.read_events_arrow(("protest_site", "other"))).to_pandas()
        rows = self.execute("SELECT article_id, source, published FROM articles").fetchall()
        articles = pd.DataFrame(
            {
                "article_id": pd.Series([str(r[0]) for r in rows], dtype=object),
                "source": pd.Series([r[1] or None for r in rows], dtype=object),
                "published": pd.Series([_read_date(r[2]) for r in rows], dtype=object),
            }
        )
        return articles, mentions

    def corrections(self) -> list[Any]:
        """Every stored correction (`corrections.Correction`), oldest first."""
        from dashboard.corrections import Correction, correction_from_json

        rows = self.execute("SELECT record_json FROM corrections").fetchall()
        found = [correction_from_json(json.loads(row[0]), resolve_place=None) for row in rows]
        return sorted(found, key=Correction.order_key)

    def add_corrections(self, corrections: Sequence[Any]) -> int:
        """Store corrections in one transaction; those already stored (same content, same id)
        are left alone. Returns how many were new (importing a file twice adds nothing)."""
        added = 0
        with self.transaction():
            for c in corrections:
                added += self.execute(
                    INSERT_CORRECTION,
                    (
                        c.correction_id,
                        c.article_id,
                        c.start,
                        c.end,
                        c.action,
                        c.author,
                        c.created,
                        json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True),
                    ),
                ).rowcount
            if added:
                self.bump_revision()
        return added

    def delete_correction(self, correction_id: str) -> bool:
        """Remove one correction (undo on the Review page)."""
        with self.transaction():
            deleted = self.execute(
                "DELETE FROM corrections WHERE correction_id = ?", (correction_id,)
            ).rowcount
            if deleted:
                self.bump_revision()
        return bool(deleted)

    def article_sources(self) -> dict[str, str]:
        rows = self.execute("SELECT article_id, source FROM articles WHERE source IS NOT NULL").fetchall()
        return {str(a): str(s) for a, s in rows if s}

    def replace_events(
        self, tables: Any, *, article_sources: dict[str, str] | None = None, built_at: int | None = None
    ) -> None:
        """Replace every event and event mention with `tables` (a grouping.EventTables), in one
        transaction, and bump the revision. The events are marked current only when the
        database is still at `built_at`, the revision their input was read at (default: now):
        a write that landed meanwhile leaves them stale, and the next reader rebuilds them."""
        sources = article_sources if article_sources is not None else self.article_sources()
        events = event_rows(tables.events, sources)
        members = event_mention_rows(tables.members)
        with self.transaction():
            self.lock_events()
            current = self.revision() == (built_at if built_at is not None else self.revision())
            self.replace_event_rows(events, members)
            self.bump_revision()
            if current:
                self.execute(
                    "UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'revision')"
                    " WHERE key = 'events_revision'"
                )

    def replace_event_rows(self, events: list[tuple[Any, ...]], members: list[tuple[Any, ...]]) -> None:
        """Every row of `events` and `event_mentions` replaced, inside the caller's transaction.

        Rows go in sorted by event id: the ids are hashes, and inserted in build order they
        land all over the primary key's b-tree, which past the page cache costs a disk page per
        row (a rebuild of 1,000,000 events took 20 times as long as building them)."""
        self.execute("DELETE FROM event_mentions")
        self.execute("DELETE FROM events")
        self.insert_rows("events", EVENT_TABLE_COLUMNS, sorted(events, key=_first))
        self.insert_rows("event_mentions", EVENT_MENTION_COLUMNS, sorted(members, key=_first))

    def lock_events(self) -> None:
        """Keep a second `replace_events` out until this transaction ends (readers go on).

        SQLite needs nothing: its write transactions already run one at a time. PostgreSQL
        overrides it: two ingests finishing at once would otherwise both delete the events they
        see and both insert the same ids."""

    def build_events(self, containment: Any = None) -> tuple[Any, int, dict[str, str]]:
        """Build the events from what is stored (no write): (EventTables, the revision they
        describe, each article's source). `containment` defaults to the gazetteer's."""
        from dashboard.grouping import build_event_tables

        if containment is None:
            from dashboard.gazetteer import load_containment

            containment = load_containment()
        # The revision first: a write that lands while the rows are read advances it, and
        # `replace_events` then leaves what was built marked stale.
        revision = self.revision()
        articles, mentions = self.mention_frames()
        corrections = self.corrections()
        sources = {
            str(a): str(s) for a, s in zip(articles["article_id"], articles["source"], strict=True) if s
        }
        tables = build_event_tables(articles, mentions, containment=containment, corrections=corrections)
        return tables, revision, sources

    def rebuild_events(self, containment: Any = None) -> Any:
        """Group every stored mention into events (the reviewers' corrections applied) and store
        them: after an ingest, a reprocess, a corrections import and each review action."""
        tables, revision, sources = self.build_events(containment)
        self.replace_events(tables, article_sources=sources, built_at=revision)
        return tables

    def read_event_table_arrow(self) -> Any:
        """The stored events (SELECT_EVENT_TABLE) as a pyarrow.Table, in build order."""
        return self.read_arrow(SELECT_EVENT_TABLE)

    def read_excerpts_arrow(self) -> Any:
        """Every event mention with its sentence and its article's metadata (SELECT_EXCERPTS)."""
        return self.read_arrow(SELECT_EXCERPTS + " ORDER BY em.event_id, em.article_id, em.char_start")

    def event_excerpts(self, event_id: str) -> list[dict[str, Any]]:
        """One event's mentions with their sentences and articles (title, source, url,
        published), by article then position: the Review page's excerpts."""
        cursor = self.execute(
            SELECT_EXCERPTS + " WHERE em.event_id = ? ORDER BY em.article_id, em.char_start", (event_id,)
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def article_texts(self, ids: Sequence[str]) -> dict[str, str]:
        """The stored text of each of `ids` that is stored (corrections are checked against it)."""
        found: dict[str, str] = {}
        ids = list(dict.fromkeys(ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self.execute(f"SELECT article_id, text FROM articles WHERE article_id IN ({marks})", chunk)
            found.update({str(a): str(t) for a, t in rows.fetchall()})
        return found

    def article_mentions(self, ids: Sequence[str]) -> list[Any]:
        """The stored articles `ids` as `models.ArticleMentions` (metadata and every mention,
        every role): what `corrections.to_gold` and the Review page apply corrections to."""
        from dashboard.models import ArticleMentions

        from .copy import _MENTION_COLUMNS, _mention

        out = []
        for aid in dict.fromkeys(ids):
            meta = self.execute(
                "SELECT title, source, url, published, language FROM articles WHERE article_id = ?", (aid,)
            ).fetchone()
            if meta is None:
                continue
            rows = self.execute(
                f"SELECT {_MENTION_COLUMNS} FROM mentions WHERE article_id = ? ORDER BY char_start, char_end",
                (aid,),
            ).fetchall()
            title, source, url, published, language = meta
            out.append(
                ArticleMentions(
                    article_id=aid,
                    mentions=tuple(_mention(tuple(row)) for row in rows),
                    source=source,
                    published=_read_date(published),
                    title=title,
                    url=url,
                    language=language,
                )
            )
        return out

    def read_arrow(self, sql: str) -> Any:
        """One query's result as a pyarrow.Table (PostgreSQL: ADBC; SQLite: its sqlite3 connection)."""
        raise NotImplementedError


def _read_date(value: Any) -> date | None:
    """A stored date, or None for anything that is not one (never an exception on read)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _read_json(value: Any) -> dict[str, Any]:
    try:
        loaded = json.loads(value or "{}")
    except (ValueError, RecursionError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
