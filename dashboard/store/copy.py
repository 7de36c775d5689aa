"""`protestmap db copy SRC DST`: move a database between SQLite and PostgreSQL (either way).

Articles are copied with their mentions exactly as stored (no re-extraction: the mentions'
extractor version travels with them), page by page, each page of articles in one
transaction of the target. An article the target already has is left as it is, so a copy
that was interrupted can simply be run again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dashboard.errors import StoreError
from dashboard.models import Mention

from . import describe_db, open_db, opened_for_reading
from .base import INSERT_ARTICLE, _read_date

PAGE = 500

_ARTICLE_COLUMNS = (
    "article_id, title, source, url, published, language, path, extra_json, text, extractor_version,"
    " ingested_at"
)
_MENTION_COLUMNS = (
    "article_id, char_start, char_end, surface, place_id, name, level, country, state, state_code, lat, lon,"
    " role, event_type, event_date, date_precision, confidence, sentence, anchor_place_id, coord_precision"
)


@dataclass(frozen=True)
class CopyResult:
    articles: int
    mentions: int
    already_there: int


def copy_database(source: Any, target: Any) -> CopyResult:
    """Copy every article and mention of `source` into `target` (created or migrated as needed)."""
    if describe_db(source) == describe_db(target):
        raise StoreError(f"{describe_db(source)}: source and destination are the same database")
    copied = mentions = already = 0
    with opened_for_reading(source) as src, open_db(target) as dst:
        last = ""
        while True:
            rows = src.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE article_id > ? ORDER BY article_id LIMIT ?",
                (last, PAGE),
            ).fetchall()
            if not rows:
                break
            last = str(rows[-1][0])
            ids = [str(row[0]) for row in rows]
            marks = ", ".join("?" for _ in ids)
            mention_rows = src.execute(
                f"SELECT {_MENTION_COLUMNS} FROM mentions WHERE article_id IN ({marks}) ORDER BY mention_id",
                ids,
            ).fetchall()
            by_article: dict[str, list[tuple[Any, ...]]] = {}
            for row in mention_rows:
                by_article.setdefault(str(row[0]), []).append(tuple(row))
            with dst.transaction():
                for row in rows:
                    inserted = dst.execute(INSERT_ARTICLE, tuple(row)).rowcount
                    if inserted != 1:
                        already += 1
                        continue
                    own = [_mention(m) for m in by_article.get(str(row[0]), [])]
                    # Through the same hook as ingest, so tables derived from mentions are built too.
                    dst.write_article_rows(str(row[0]), None, own)
                    copied += 1
                    mentions += len(own)
                dst.bump_revision()
        # The reviewers' corrections travel too (anchored on article and span, they apply in
        # the copy as they did here); the events are then built in the copy from both.
        dst.add_corrections(src.corrections())
        dst.rebuild_events()
        dst.analyze()
    return CopyResult(copied, mentions, already)


def _mention(row: tuple[Any, ...]) -> Mention:
    (_, start, end, surface, place_id, name, level, country, state, state_code, lat, lon, role, event_type,
     event_date, precision, confidence, sentence, anchor, coord_precision) = row  # fmt: skip
    return Mention(
        surface=surface,
        start=int(start),
        end=int(end),
        place_id=place_id,
        name=name,
        level=level,
        country=country,
        state=state,
        state_code=state_code,
        lat=float(lat),
        lon=float(lon),
        role=role,
        event_type=event_type,
        event_date=_read_date(event_date),
        date_precision=precision,
        confidence=float(confidence),
        sentence=sentence,
        anchor_place_id=anchor,
        coord_precision=coord_precision,
    )
