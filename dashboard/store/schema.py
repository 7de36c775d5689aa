"""The schema, as an ordered list of migrations that both backends apply.

Each `Migration` upgrades a database from version i to i + 1. Where SQLite and PostgreSQL
speak the same DDL it is written once (`both`); where they differ (an auto-numbered key,
the full-text index) each gets its own text. Never edit a shipped entry: add one.

Adding a table (e.g. grouped events built at ingest): append
``Migration(both="CREATE TABLE ...")`` (or per-backend text when the DDL differs), and the
next `open_db` of any older database, on either backend, applies it in one transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One schema step: `both` runs first on every backend, then the backend's own text."""

    both: str = ""
    sqlite: str = ""
    postgresql: str = ""

    def script(self, dialect: str) -> str:
        own = self.sqlite if dialect == "sqlite" else self.postgresql
        return self.both + "\n" + own


_ARTICLES = """
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
"""

_MENTION_COLUMNS = """
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
        lat            {real} NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon            {real} NOT NULL CHECK (lon BETWEEN -180 AND 180),
        role           TEXT NOT NULL CHECK (role IN ('protest_site','other')),
        event_type     TEXT,
        event_date     TEXT,
        date_precision TEXT CHECK (date_precision IS NULL OR date_precision IN ('day','week','month')),
        confidence     {real} NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        sentence       TEXT NOT NULL
"""

_INDEXES_AND_META = """
    CREATE INDEX mentions_by_article ON mentions(article_id);
    CREATE INDEX mentions_by_role ON mentions(role);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta(key, value) VALUES ('revision', '0');
"""


_EVENTS = """
    CREATE TABLE events (
        event_id        TEXT PRIMARY KEY,
        seq             INTEGER NOT NULL,
        place_id        TEXT NOT NULL,
        name            TEXT NOT NULL,
        level           TEXT NOT NULL,
        country         TEXT,
        state           TEXT,
        state_code      TEXT,
        municipality    TEXT,
        city            TEXT,
        lat             {real} NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon             {real} NOT NULL CHECK (lon BETWEEN -180 AND 180),
        coord_precision TEXT NOT NULL,
        event_date      TEXT,
        date_precision  TEXT CHECK (date_precision IS NULL OR date_precision IN ('day','week','month')),
        event_type      TEXT,
        confidence      {real} NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        n_articles      INTEGER NOT NULL,
        n_sources       INTEGER NOT NULL,
        n_mentions      INTEGER NOT NULL,
        first_reported  TEXT,
        last_reported   TEXT,
        article_ids     TEXT NOT NULL,
        sources         TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL CHECK (status IN ('auto','verified','corrected'))
    );
    CREATE INDEX events_by_date ON events(event_date);
    CREATE INDEX events_by_state ON events(state_code);
    CREATE TABLE event_mentions (
        event_id   TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        char_start INTEGER NOT NULL,
        char_end   INTEGER NOT NULL,
        status     TEXT NOT NULL,
        place_id   TEXT NOT NULL,
        level      TEXT NOT NULL,
        surface    TEXT NOT NULL DEFAULT '',
        sentence   TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX event_mentions_by_event ON event_mentions(event_id);
    CREATE INDEX event_mentions_by_article ON event_mentions(article_id);
    CREATE TABLE corrections (
        correction_id TEXT PRIMARY KEY,
        article_id    TEXT NOT NULL,
        char_start    INTEGER NOT NULL,
        char_end      INTEGER NOT NULL,
        action        TEXT NOT NULL CHECK (action IN ('confirm','reject','fix','add','merge','split')),
        author        TEXT NOT NULL DEFAULT '',
        created       TEXT,
        record_json   TEXT NOT NULL
    );
    CREATE INDEX corrections_by_article ON corrections(article_id);
    INSERT INTO meta(key, value) VALUES ('events_revision', '-1');
"""

MIGRATIONS: tuple[Migration, ...] = (
    # 1: articles and their place mentions; `meta` holds the revision counter.
    Migration(
        sqlite=_ARTICLES
        + "    CREATE TABLE mentions (\n        mention_id     INTEGER PRIMARY KEY,"
        + _MENTION_COLUMNS.format(real="REAL")
        + "    );\n"
        + _INDEXES_AND_META,
        postgresql=_ARTICLES
        + "    CREATE TABLE mentions (\n"
        + "        mention_id     BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        + _MENTION_COLUMNS.format(real="DOUBLE PRECISION")
        + "    );\n"
        + _INDEXES_AND_META,
    ),
    # 2: a street, plaza or sector placed at the city or state the text anchors it to.
    Migration(
        both="""
    ALTER TABLE mentions ADD COLUMN anchor_place_id TEXT;
    ALTER TABLE mentions ADD COLUMN coord_precision TEXT NOT NULL DEFAULT 'exact'
        CHECK (coord_precision IN ('exact','city','state'));
    """
    ),
    # 3: full-text search over every article's title and whole text, accent- and case-blind.
    Migration(
        # SQLite: an FTS5 index that keeps no copy of the text (content=''). Each article gets
        # a search key of its own (an INTEGER PRIMARY KEY, which VACUUM never renumbers, unlike
        # the articles' rowid). Triggers keep it in step with every write to `articles`.
        sqlite="""
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
        # PostgreSQL: a generated tsvector of the accent-folded, lower-cased title and text
        # ('simple' configuration: no stemming, no stop words, as FTS5's unicode61), under a
        # GIN index. unaccent is not IMMUTABLE, so a wrapper that names its dictionary is.
        # tsvector holds at most 1 MB: the first million characters of a text are indexed.
        postgresql="""
    CREATE EXTENSION IF NOT EXISTS unaccent;
    CREATE FUNCTION protestmap_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN lower(unaccent('unaccent'::regdictionary, coalesce(value, '')));
    ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig,
                    protestmap_fold(title) || ' ' || protestmap_fold(left(text, 1000000)))
    ) STORED;
    CREATE INDEX articles_search ON articles USING gin (search_vector);
    """,
    ),
    # 4: an identity for the database itself, so that a snapshot of one database is never
    # served for another that happens to sit at the same path with the same revision.
    Migration(
        sqlite="INSERT INTO meta(key, value) VALUES ('instance', lower(hex(randomblob(16))));",
        postgresql="INSERT INTO meta(key, value)"
        " VALUES ('instance', replace(gen_random_uuid()::text, '-', ''));",
    ),
    # 5: events (mentions grouped by place, day and type family; rebuilt whole by
    # `Store.rebuild_events`), the mentions each is made of, and the reviewers' corrections
    # (never rebuilt). `meta.events_revision` is the revision the events were built at: when it
    # is not the current revision, the events are stale and the next reader rebuilds them.
    Migration(
        sqlite=_EVENTS.format(real="REAL"),
        postgresql=_EVENTS.format(real="DOUBLE PRECISION"),
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def split_statements(script: str) -> list[str]:
    """The SQL statements of a migration, split where a statement is complete.

    Not on every ';': a trigger's body holds several. PostgreSQL's DDL here has no bodies
    with semicolons, so SQLite's own completeness test serves both.
    """
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip().rstrip(";").strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
