"""Reading articles from files, and storing them with their extracted places.

Formats: ``.txt``/``.md`` with optional YAML front matter, ``.html``/``.htm`` (main text and
metadata pulled out by trafilatura), and ``.jsonl`` (one article per line). Every problem
becomes an `IngestError` that names the file (and the line) and what is wrong; the caller
decides whether to go on. A bad file is never partly stored: a JSONL file with one bad
line is refused whole.

Encodings are not assumed: UTF-8 first, then charset-normalizer's best guess (Latin-1 and
Windows-1252 articles are common in Spanish-language archives).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .errors import IngestError
from .models import Article, Extractor

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Fewer words than this in a page's main text means a menu or an index page, not an article.
MIN_HTML_WORDS = 20
KNOWN_KEYS = ("title", "source", "url", "published", "language")


def find_article_files(path: Path) -> list[Path]:
    """The article files at `path`: the file itself, or every article file below a folder.

    Hidden files and folders are skipped. A folder with none is an error, because a user who
    points at the wrong folder should hear about it rather than get an empty summary.
    """
    if not path.exists():
        raise IngestError(str(path), "no such file or directory")
    if path.is_file():
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            raise IngestError(
                str(path), f"unsupported file type {path.suffix!r} (use {', '.join(ARTICLE_SUFFIXES)})"
            )
        return [path]
    found = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )
    if not found:
        raise IngestError(str(path), f"no articles found (looked for {', '.join(ARTICLE_SUFFIXES)} files)")
    return found


def decode_bytes(data: bytes, where: str) -> str:
    """Text from bytes of unknown encoding; binary data is an error, not mojibake."""
    if not data.strip():
        raise IngestError(where, "file is empty")
    if b"\x00" in data[:8192]:
        raise IngestError(where, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(where, "binary file or unknown text encoding")
    return str(best)


def parse_published(value: Any, where: str, *, line: int | None = None) -> date | None:
    """An ISO date (or datetime) from metadata; anything else is an error naming the value."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise IngestError(where, f"invalid published date {value!r} (expected YYYY-MM-DD)", line=line)


def article_from_mapping(
    meta: dict[str, Any], text: str, where: str, *, line: int | None = None, path: str | None = None
) -> Article:
    """Build an Article from metadata keys; unknown keys go to `extra` untouched."""
    if not isinstance(text, str) or not text.strip():
        raise IngestError(where, "no article text", line=line)

    def optional_str(key: str) -> str | None:
        value = meta.get(key)
        return None if value is None or str(value).strip() == "" else str(value).strip()

    extra = {k: v for k, v in meta.items() if k not in KNOWN_KEYS and k != "text"}
    return Article(
        text=text,
        title=optional_str("title"),
        source=optional_str("source"),
        url=optional_str("url"),
        published=parse_published(meta.get("published"), where, line=line),
        language=(optional_str("language") or "").lower() or None,
        path=path,
        extra=extra,
    )


def read_text_article(raw: str, where: str, *, path: str | None = None) -> Article:
    """A .txt/.md article: optional YAML front matter between ``---`` lines, then the body.

    The body is kept exactly as written after the closing ``---`` line, so that character
    offsets reported by `extract` point into what the user sees in the file.
    """
    from frontmatter.default_handlers import YAMLHandler

    handler = YAMLHandler()
    meta: dict[str, Any] = {}
    body = raw
    if raw.startswith("---") and handler.detect(raw):
        try:
            front, body = handler.split(raw)
        except ValueError:
            raise IngestError(where, "front matter starts with '---' but is never closed") from None
        import yaml

        try:
            loaded = handler.load(front)
        except yaml.YAMLError as exc:
            first = str(exc).splitlines()[0] if str(exc) else "YAML error"
            raise IngestError(where, f"malformed front matter: {first}") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise IngestError(where, "malformed front matter: expected 'key: value' lines")
        meta = {str(k): v for k, v in loaded.items()}
        body = body[1:] if body.startswith("\n") else body
    return article_from_mapping(meta, body, where, path=path)


def read_html_article(raw: str, where: str, *, path: str | None = None) -> Article:
    """An HTML page: trafilatura pulls the main text, title, date and site name from it."""
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise IngestError(where, "no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    words = len(text.split())
    if words < MIN_HTML_WORDS:
        raise IngestError(where, f"no article text found in the HTML page ({words} words of main text)")
    meta = {
        "title": data.get("title"),
        "source": data.get("sitename") or data.get("hostname"),
        "url": data.get("url"),
        "published": data.get("date"),
        "language": data.get("language"),
    }
    try:
        return article_from_mapping(meta, text, where, path=path)
    except IngestError as exc:
        if "published" in exc.problem:  # a page date we cannot read is not the user's error
            meta["published"] = None
            return article_from_mapping(meta, text, where, path=path)
        raise


def read_jsonl_articles(raw: str, where: str, *, path: str | None = None) -> list[Article]:
    """Every line of a JSONL file as an article; any bad line refuses the whole file.

    All bad lines are reported (as one error each) so that a user can fix the file in one go.
    """
    articles: list[Article] = []
    problems: list[IngestError] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(IngestError(where, f"not valid JSON ({exc.msg})", line=number))
            continue
        if not isinstance(record, dict):
            problems.append(IngestError(where, "expected a JSON object with a 'text' key", line=number))
            continue
        try:
            articles.append(
                article_from_mapping(record, record.get("text", ""), where, line=number, path=path)
            )
        except IngestError as exc:
            problems.append(exc)
    if problems:
        raise IngestErrors(problems)
    if not articles:
        raise IngestError(where, "no articles in the file")
    return articles


class IngestErrors(IngestError):
    """Several problems in one file (a JSONL file with several bad lines)."""

    def __init__(self, errors: Sequence[IngestError]) -> None:
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.path, first.problem, line=first.line)


def read_article_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Articles from a file's bytes; `name` gives the format (by suffix) and names errors.

    The app's upload page and the CLI both come through here, so a file behaves the same
    whichever way it arrives.
    """
    if len(data) > max_bytes:
        raise IngestError(name, f"file is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise IngestError(name, f"unsupported file type {suffix!r} (use {', '.join(ARTICLE_SUFFIXES)})")
    raw = decode_bytes(data, name)
    if suffix in (".html", ".htm"):
        return [read_html_article(raw, name, path=name)]
    if suffix == ".jsonl":
        return read_jsonl_articles(raw, name, path=name)
    return [read_text_article(raw, name, path=name)]


def read_articles(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Every article in one file. Raises IngestError (or IngestErrors) naming the file."""
    where = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(where, exc.strerror or "cannot read the file") from None
    if size > max_bytes:
        raise IngestError(where, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(where, exc.strerror or "cannot read the file") from None
    return read_article_bytes(data, where, max_bytes=max_bytes)


@dataclass
class IngestSummary:
    """What an ingest run did, file by file: the CLI prints it, the app shows it."""

    new: int = 0
    updated: int = 0
    already_stored: int = 0
    errors: list[IngestError] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def line(self) -> str:
        text = f"{self.new} new, {self.already_stored} already stored, {self.failed} failed"
        return text + (f", {self.updated} re-extracted" if self.updated else "")


def ingest_articles(
    articles: Iterable[Article],
    db: str | os.PathLike[str],
    *,
    summary: IngestSummary | None = None,
    extractor: Extractor | None = None,
) -> IngestSummary:
    """Extract places from each article and store it, one transaction per article.

    An article already stored by the current extractor is left alone; one stored by an older
    extractor is re-extracted (so `ingest` after an upgrade refreshes the shipped data).
    `extractor` defaults to the shipped geoparser on the offline gazetteer.
    """
    from . import store

    summary = summary if summary is not None else IngestSummary()
    if extractor is None:
        from .geoparse import default_extractor

        extractor = default_extractor()
    conn = store.open_db(db)
    try:
        for article in articles:
            aid = store.article_id(article.text)
            stored_version = store.stored_extractor_version(conn, aid)
            if stored_version == extractor.version:
                summary.already_stored += 1
                summary.article_ids.append(aid)
                continue
            mentions = extractor.extract(article.text, published=article.published, language=article.language)
            store.save_article(conn, article, mentions, extractor.version)
            summary.article_ids.append(aid)
            if stored_version is None:
                summary.new += 1
            else:
                summary.updated += 1
    finally:
        conn.close()
    return summary


def collect_files(paths: Sequence[Path]) -> tuple[list[Path], list[IngestError]]:
    """The article files under `paths`, and one error per path that has none."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for path in paths:
        try:
            files.extend(find_article_files(Path(path)))
        except IngestError as exc:
            errors.append(exc)
    return files, errors


def ingest_paths(
    paths: Sequence[Path],
    db: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders; a bad file is reported and skipped, the others go on."""
    files, path_errors = collect_files(paths)
    return ingest_files(
        files,
        db,
        max_bytes=max_bytes,
        extractor=extractor,
        on_file=on_file,
        on_error=on_error,
        errors=path_errors,
    )


def ingest_files(
    files: Sequence[Path],
    db: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    errors: Sequence[IngestError] = (),
) -> IngestSummary:
    """Ingest the given files (see `collect_files`), reporting `errors` found on the way there."""
    summary = IngestSummary()

    def report(error: IngestError) -> None:
        for each in error.errors if isinstance(error, IngestErrors) else [error]:
            summary.errors.append(each)
            if on_error:
                on_error(each)

    for error in errors:
        report(error)
    for file in files:
        try:
            articles = read_articles(file, max_bytes=max_bytes)
        except IngestError as exc:
            report(exc)
        else:
            ingest_articles(articles, db, summary=summary, extractor=extractor)
        if on_file:
            on_file(file)
    return summary
