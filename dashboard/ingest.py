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
import math
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import IngestError, StoreError
from .models import Article, Extractor, Mention

if TYPE_CHECKING:
    from .knowledge import CountryProfile
    from .store import DbLike, Store

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Fewer words than this in a page's main text means a menu or an index page, not an article.
MIN_HTML_WORDS = 20
KNOWN_KEYS = ("title", "source", "url", "published", "language")
MAX_EXTRA_BYTES = 64 * 1024
"""Cap on an article's unknown metadata, as JSON: front matter is no place for payloads."""
ANALYZE_AFTER = 1000
"""A run that stored at least this many articles refreshes the planner's statistics."""
MAX_LINE_ERRORS = 20
"""Bad lines of one JSONL file reported one by one; the rest are counted."""
BATCH_ARTICLES = 500
BATCH_SECONDS = 2.0
"""A batch transaction commits after this many articles or seconds (at a file boundary):
one disk sync per batch instead of one per article."""


def find_article_files(path: Path, problems: list[IngestError] | None = None) -> list[Path]:
    """The article files at `path`: the file itself, or every article file below a folder.

    Hidden files and folders are skipped. A folder with none is an error, because a user who
    points at the wrong folder should hear about it rather than get an empty summary. A
    subfolder that cannot be read and a symbolic link that points nowhere are added to
    `problems` (the walk goes on): they are never skipped without a word.
    """
    if not path.exists():
        if path.is_symlink():
            raise IngestError(str(path), f"dangling symbolic link (points to {os.readlink(path)!r})")
        raise IngestError(str(path), "no such file or directory")
    if path.is_file():
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            raise IngestError(
                str(path), f"unsupported file type {path.suffix!r} (use {', '.join(ARTICLE_SUFFIXES)})"
            )
        return [path]
    found: list[Path] = []
    here: list[IngestError] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or str(path)
        here.append(IngestError(str(where), f"cannot read this folder ({error.strerror}); skipped it"))

    for folder, subfolders, names in os.walk(path, onerror=unreadable, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            candidate = Path(folder) / name
            if candidate.is_symlink() and not candidate.exists():
                here.append(
                    IngestError(
                        str(candidate), f"dangling symbolic link (points to {os.readlink(candidate)!r})"
                    )
                )
            elif candidate.is_file():
                found.append(candidate)
    found.sort()
    if problems is not None:
        problems.extend(here)
    if not found and not here:
        raise IngestError(str(path), f"no articles found (looked for {', '.join(ARTICLE_SUFFIXES)} files)")
    return found


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(data: bytes, where: str) -> str:
    """Text from bytes of unknown encoding; binary data is an error, not mojibake."""
    if not data.strip():
        raise IngestError(where, "file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):  # UTF-16/32 are full of NUL bytes: decode them before the binary check
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    where, f"starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}"
                ) from None
            if not text.strip():
                raise IngestError(where, "file is empty")
            return text
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


def published_window(profile: CountryProfile | None = None, today: date | None = None) -> tuple[date, date]:
    """The publication dates ingest accepts: the ``published`` window of the country profile in
    use (`profile`; by default the shipped one), e.g. 1900 to the end of next year. A date
    outside it is a typo or a placeholder (0001-01-01), and one such date stored used to break
    every reader of the database."""
    return _profile_in_use(profile).published_window(today)


def _profile_in_use(profile: CountryProfile | None) -> CountryProfile:
    if profile is not None:
        return profile
    from .knowledge import load_country_profile

    return load_country_profile()


def parse_published(
    value: Any, where: str, *, line: int | None = None, profile: CountryProfile | None = None
) -> date | None:
    """An ISO date (or datetime) from metadata; anything else is an error naming the value.

    The whole value must be a date: '2024-07-30 junk' is refused, not cut to ten characters,
    and an impossible day ('2024-02-30') is refused, not moved. Dates outside the country
    profile's ``published`` window are refused too, and the error says where that window is set.
    """
    if value is None or value == "":
        return None
    parsed: date | None = None
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    elif isinstance(value, str):
        text = value.strip()
        for parse in (date.fromisoformat, lambda t: datetime.fromisoformat(t).date()):
            try:
                parsed = parse(text)
                break
            except ValueError:
                continue
    if parsed is None:
        raise IngestError(where, f"invalid published date {_short(value)} (expected YYYY-MM-DD)", line=line)
    profile = _profile_in_use(profile)
    first, last = published_window(profile)
    if not first <= parsed <= last:
        raise IngestError(
            where,
            f"published date {parsed.isoformat()} is outside {first.isoformat()} to {last.isoformat()}"
            f" (the 'published' window of {Path(profile.path).name})",
            line=line,
        )
    return parsed


def _short(value: Any, limit: int = 60) -> str:
    """A value quoted for an error line, cut so that one line stays one line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_text(value: str, key: str, where: str, line: int | None) -> str:
    """Refuse text that no database can hold the same way: lone surrogates and NUL characters."""
    if "\x00" in value:
        raise IngestError(where, f"{key} contains a NUL character", line=line)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start]
        raise IngestError(
            where, f"{key} contains a lone surrogate (U+{ord(bad):04X}), not valid Unicode", line=line
        ) from None
    return value


def article_from_mapping(
    meta: dict[str, Any],
    text: Any,
    where: str,
    *,
    line: int | None = None,
    path: str | None = None,
    profile: CountryProfile | None = None,
) -> Article:
    """Build an Article from metadata keys; unknown keys go to `extra`, within a size cap."""
    if not isinstance(text, str) or not text.strip():
        raise IngestError(where, "no article text", line=line)
    _check_text(text, "the text", where, line)

    def optional_str(key: str) -> str | None:
        value = meta.get(key)
        if value is None:
            return None
        if isinstance(value, float) and not math.isfinite(value):
            raise IngestError(where, f"{key} is {value!r}, not text", line=line)
        if isinstance(value, dict | list):
            raise IngestError(where, f"{key} must be text, not a {type(value).__name__}", line=line)
        stripped = _check_text(str(value), key, where, line).strip()
        return stripped or None

    extra = {k: v for k, v in meta.items() if k not in KNOWN_KEYS and k != "text"}
    try:
        extra_size = len(json.dumps(extra, default=str, ensure_ascii=False).encode("utf-8"))
    except (ValueError, RecursionError, UnicodeEncodeError):
        raise IngestError(
            where, "extra metadata cannot be stored as JSON (too deep, or invalid text)", line=line
        ) from None
    if extra_size > MAX_EXTRA_BYTES:
        raise IngestError(
            where, f"extra metadata is {extra_size:,} bytes, over the limit of {MAX_EXTRA_BYTES:,}", line=line
        )
    return Article(
        text=text,
        title=optional_str("title"),
        source=optional_str("source"),
        url=optional_str("url"),
        published=parse_published(meta.get("published"), where, line=line, profile=profile),
        language=(optional_str("language") or "").lower() or None,
        path=path,
        extra=extra,
    )


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML for front matter: no aliases (363 bytes of them expand to 9⁸ strings), and dates
    kept as the text written, so that `parse_published` judges them with one rule."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_text_article(
    raw: str, where: str, *, path: str | None = None, profile: CountryProfile | None = None
) -> Article:
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
        try:
            loaded = yaml.load(front, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError as exc:
            first = str(exc).splitlines()[0] if str(exc) else "YAML error"
            raise IngestError(where, f"malformed front matter: {first}") from None
        except RecursionError:
            raise IngestError(where, "malformed front matter: nested too deeply") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise IngestError(where, "malformed front matter: expected 'key: value' lines")
        meta = {str(k): v for k, v in loaded.items()}
        body = body[1:] if body.startswith("\n") else body
    return article_from_mapping(meta, body, where, path=path, profile=profile)


# Where pages state their publication date, as written (trafilatura may correct an impossible
# day into another one: we read the page's own words first).
_META_DATE = re.compile(
    r"""<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""pubdate|publishdate|date|dc\.date|dcterms\.created)["'][^>]*?content\s*=\s*["']([^"']{4,40})["']""",
    re.IGNORECASE,
)


def read_html_article(
    raw: str, where: str, *, path: str | None = None, profile: CountryProfile | None = None
) -> tuple[Article, list[IngestError]]:
    """An HTML page: trafilatura pulls the main text, title, date and site name from it.

    Returns the article and notes: a page date that is not a real day is dropped with a note
    (the article is stored undated), never replaced by another day.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise IngestError(where, "no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    words = len(text.split())
    if words < MIN_HTML_WORDS:
        raise IngestError(where, f"no article text found in the HTML page ({words} words of main text)")
    notes: list[IngestError] = []
    published: Any = data.get("date")
    stated = _META_DATE.search(raw)
    if stated:
        published = stated.group(1).strip()
    meta = {
        "title": data.get("title"),
        "source": data.get("sitename") or data.get("hostname"),
        "url": data.get("url"),
        "published": published,
        "language": data.get("language"),
    }
    try:
        return article_from_mapping(meta, text, where, path=path, profile=profile), notes
    except IngestError as exc:
        if "published" not in exc.problem:
            raise
        # A page date we cannot read is not the user's error: store the article undated, and say so.
        notes.append(IngestError(where, f"{exc.problem}; stored without a publication date"))
    meta["published"] = None
    return article_from_mapping(meta, text, where, path=path, profile=profile), notes


def read_jsonl_articles(
    raw: str, where: str, *, path: str | None = None, profile: CountryProfile | None = None
) -> list[Article]:
    """Every line of a JSONL file as an article; any bad line refuses the whole file.

    Lines end at "\n" only: U+2028 and other Unicode line separators are text inside a
    string, as JSON says. All bad lines are reported (one error each, at most
    MAX_LINE_ERRORS) so that a user can fix the file in one go.
    """
    articles: list[Article] = []
    problems: list[IngestError] = []
    for number, line in enumerate(raw.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(IngestError(where, f"not valid JSON ({exc.msg})", line=number))
            continue
        except ValueError as exc:  # an integer of more than 4,300 digits
            problems.append(IngestError(where, f"not valid JSON ({_first_line(exc)})", line=number))
            continue
        except RecursionError:
            problems.append(IngestError(where, "not valid JSON (nested too deeply)", line=number))
            continue
        if not isinstance(record, dict):
            problems.append(IngestError(where, "expected a JSON object with a 'text' key", line=number))
            continue
        try:
            articles.append(
                article_from_mapping(
                    record, record.get("text", ""), where, line=number, path=path, profile=profile
                )
            )
        except IngestError as exc:
            problems.append(exc)
    if problems:
        if len(problems) > MAX_LINE_ERRORS:
            more = len(problems) - MAX_LINE_ERRORS
            problems = problems[:MAX_LINE_ERRORS] + [IngestError(where, f"and {more:,} more bad lines")]
        raise IngestErrors(problems)
    if not articles:
        raise IngestError(where, "no articles in the file")
    return articles


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class IngestErrors(IngestError):
    """Several problems in one file (a JSONL file with several bad lines)."""

    def __init__(self, errors: Sequence[IngestError]) -> None:
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.path, first.problem, line=first.line)


def read_bytes(
    data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES, profile: CountryProfile | None = None
) -> tuple[list[Article], list[IngestError]]:
    """Articles from a file's bytes, and notes about them; `name` gives the format (by suffix).

    Raises IngestError (or IngestErrors) naming the file. Whatever goes wrong inside a parser
    (a recursion limit, a library's own exception) becomes that file's one-line error too:
    one odd file never stops a run.
    """
    if len(data) > max_bytes:
        raise IngestError(name, f"file is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise IngestError(name, f"unsupported file type {suffix!r} (use {', '.join(ARTICLE_SUFFIXES)})")
    try:
        raw = decode_bytes(data, name)
        if suffix in (".html", ".htm"):
            article, notes = read_html_article(raw, name, path=name, profile=profile)
            return [article], notes
        if suffix == ".jsonl":
            return read_jsonl_articles(raw, name, path=name, profile=profile), []
        return [read_text_article(raw, name, path=name, profile=profile)], []
    except IngestError:
        raise
    except RecursionError:
        raise IngestError(name, "cannot read the file: nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - the boundary where any parser failure becomes one line
        raise IngestError(name, f"cannot read the file ({type(exc).__name__}: {_first_line(exc)})") from None


def read_article_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Articles from a file's bytes (see `read_bytes`); the app's upload page and the CLI both
    come through here, so a file behaves the same whichever way it arrives."""
    return read_bytes(data, name, max_bytes=max_bytes)[0]


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, profile: CountryProfile | None = None
) -> tuple[list[Article], list[IngestError]]:
    """Every article in one file, and notes. Raises IngestError (or IngestErrors) naming the file."""
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
    return read_bytes(data, where, max_bytes=max_bytes, profile=profile)


def read_articles(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Every article in one file. Raises IngestError (or IngestErrors) naming the file."""
    return read_file(path, max_bytes=max_bytes)[0]


# --- storing -------------------------------------------------------------------------------------


@dataclass
class IngestSummary:
    """What an ingest run did, file by file: the CLI prints it, the app shows it.

    `notes` are things done differently from what a file asked, said once each (metadata
    that differs from the stored copy of the same text, a page date dropped); they are not
    failures. `geocoder_incomplete` counts articles extracted while the online geocoder failed:
    they are stored marked, and re-extracted by the next ingest.
    """

    new: int = 0
    updated: int = 0
    already_stored: int = 0
    errors: list[IngestError] = field(default_factory=list)
    notes: list[IngestError] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    geocoder_incomplete: int = 0

    @property
    def failed(self) -> int:
        return len(self.errors)

    def line(self) -> str:
        text = f"{self.new} new, {self.already_stored} already stored, {self.failed} failed"
        text += f", {self.updated} re-extracted" if self.updated else ""
        if self.geocoder_incomplete:
            text += (
                f", {self.geocoder_incomplete} with places the online geocoder could not look up"
                " (retried on the next ingest)"
            )
        return text


class IngestStopped(StoreError):
    """The database could not be written (disk full, read-only, server gone): the run stopped.

    The message says why, how many files were not stored, and what was stored before (kept).
    `summary` is what the run did until then.
    """

    def __init__(self, message: str, summary: IngestSummary) -> None:
        super().__init__(message)
        self.summary = summary


GEOCODER_INCOMPLETE = "+geocoder-incomplete"
"""Appended to the stored extractor version of an article extracted while the online geocoder
failed, so that the next ingest (whose version differs) extracts it again."""


@dataclass
class _FileWork:
    """One file on its way through the pipeline: read, extracted (chunks may span files), then
    written whole once `waiting` has come down to 0."""

    path: str
    articles: list[Article]
    skip: set[int]  # articles already stored by this extractor: nothing to extract
    waiting: int = 0  # articles whose mentions have not come back yet
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    incomplete: set[int] = field(default_factory=set)


class _Feeder:
    """Articles to the runner in chunks, results back to their files, at most `window` chunks
    ahead of the writer (so the workers extract while the writer writes)."""

    def __init__(self, runner: Any, extractor: Extractor, serial: bool) -> None:
        from .workers import CHUNKS_PER_SLOT

        self.runner = runner
        self.extractor = extractor
        self.serial = serial
        self.window = 0 if serial else CHUNKS_PER_SLOT * max(1, int(getattr(runner, "capacity", 1)))
        self.tickets: deque[tuple[int, list[tuple[_FileWork, int]]]] = deque()
        self.tasks: list[Any] = []
        self.slots: list[tuple[_FileWork, int]] = []
        self.chars = 0

    def add(self, work: _FileWork, index: int) -> None:
        from .workers import ExtractionTask

        article = work.articles[index]
        self.tasks.append(ExtractionTask(article.text, article.published, article.language))
        self.slots.append((work, index))
        self.chars += len(article.text)
        runner = self.runner
        if self.serial or self.chars >= runner.chunk_characters or len(self.tasks) >= runner.chunk_articles:
            self.flush()

    def flush(self) -> None:
        if self.tasks:
            self.tickets.append((self.runner.submit(self.tasks), self.slots))
            self.tasks, self.slots, self.chars = [], [], 0

    def over_window(self) -> bool:
        return len(self.tickets) > self.window

    def collect_oldest(self) -> None:
        ticket, slots = self.tickets.popleft()
        before = _geocoder_failures(self.extractor)
        results = self.runner.result(ticket)
        failed = self.serial and _geocoder_failures(self.extractor) > before  # a chunk is one article
        for (work, index), mentions in zip(slots, results, strict=True):
            work.mentions[index] = mentions
            work.waiting -= 1
            if failed:
                work.incomplete.add(index)


class _Writer:
    """The one writer: whole files in savepoints, grouped into batched transactions.

    A file's articles are written in a savepoint of their own inside a savepoint for the file,
    so a multi-article file is stored whole or not at all, and each article stays
    all-or-nothing. A batch commits after BATCH_ARTICLES articles or BATCH_SECONDS, at a file
    boundary. Counts reach the summary only when their batch has committed. When the database
    cannot be written at all (disk full, read-only, lost server) the batch is rolled back, its
    files are reported as not stored, and the run stops: nothing stored before is lost.
    """

    def __init__(
        self,
        conn: Store,
        extractor: Extractor,
        summary: IngestSummary,
        on_article: Callable[[], None] | None,
    ) -> None:
        self.conn = conn
        self.extractor = extractor
        self.version = extractor.version
        self.summary = summary
        self.on_article = on_article
        self.batch: list[_FileWork] = []
        self.pending = IngestSummary()
        self.batch_articles = 0
        self.batch_started = 0.0
        self.abandoned: list[str] = []

    def write(self, work: _FileWork) -> None:
        if not self.batch:
            self.batch_started = time.monotonic()
        self.batch.append(work)
        self.batch_articles += len(work.articles)
        self._write_file(work)
        if self.batch_articles >= BATCH_ARTICLES or time.monotonic() - self.batch_started >= BATCH_SECONDS:
            self.commit()

    def _write_file(self, work: _FileWork) -> None:
        from .store import Extracted, StoreError

        if not self.conn.in_transaction():
            self.conn.begin()
        counts = IngestSummary()
        items = [
            Extracted(
                article,
                None if index in work.skip else work.mentions[index],
                self.version + (GEOCODER_INCOMPLETE if index in work.incomplete else ""),
            )
            for index, article in enumerate(work.articles)
        ]
        try:
            with self.conn.savepoint():  # the file whole or not at all
                results = self.conn.store_articles(items)
                late = [  # believed stored by this extractor, but removed or changed since we looked
                    (result.article_id, item.article, self._extract(item.article))
                    for result, item in zip(results, items, strict=True)
                    if item.mentions is None and result.outcome != "already_stored"
                ]
                self.conn.write_rows(late)
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - one file's failure is that file's line
            self.pending.errors.append(
                IngestError(work.path, f"not stored ({type(exc).__name__}: {_first_line(exc)})")
            )
            return
        for index, (result, article) in enumerate(zip(results, work.articles, strict=True)):
            counts.geocoder_incomplete += index in work.incomplete and index not in work.skip
            _count(counts, result, article, work.path)
            if self.on_article:
                self.on_article()
        _merge(self.pending, counts)

    def _extract(self, article: Article) -> list[Mention]:
        return self.extractor.extract(article.text, published=article.published, language=article.language)

    def commit(self) -> None:
        self.conn.commit()
        _merge(self.summary, self.pending)
        self.summary.errors.extend(self.pending.errors)
        self.pending = IngestSummary()
        self.batch = []
        self.batch_articles = 0

    def abandon(self) -> None:
        """Roll the open batch back (the caller reports its files as not stored)."""
        self.conn.rollback_quietly()
        self.abandoned = [work.path for work in self.batch]
        self.pending = IngestSummary()
        self.batch = []
        self.batch_articles = 0

    def retry_batch(self) -> None:
        """Write the open batch again after the server aborted it (a deadlock with another writer)."""
        batch = self.batch
        self.conn.rollback_quietly()
        self.pending = IngestSummary()
        self.batch, self.batch_articles = [], 0
        for work in batch:
            self.batch.append(work)
            self.batch_articles += len(work.articles)
            self._write_file(work)


def _count(summary: IngestSummary, result: Any, article: Article, path: str) -> None:
    summary.article_ids.append(result.article_id)
    if result.outcome == "new":
        summary.new += 1
    elif result.outcome == "updated":
        summary.updated += 1
    else:
        summary.already_stored += 1
    if result.metadata_differs:
        summary.notes.append(
            IngestError(
                path,
                "same text as an article already stored with another "
                f"{', '.join(result.metadata_differs)}; kept the stored metadata",
            )
        )


def _merge(into: IngestSummary, counts: IngestSummary) -> None:
    into.new += counts.new
    into.updated += counts.updated
    into.already_stored += counts.already_stored
    into.geocoder_incomplete += counts.geocoder_incomplete
    into.article_ids.extend(counts.article_ids)
    into.notes.extend(counts.notes)


def _geocoder_failures(extractor: Extractor) -> int:
    """How many lookups the extractor's online geocoder has failed so far (0 without one)."""
    geocoder = getattr(extractor, "geocoder", None)
    return int(getattr(geocoder, "failures", 0) or 0)


def ingest_sources(
    sources: Iterable[tuple[str, list[Article] | IngestError, list[IngestError]]],
    db: DbLike,
    *,
    extractor: Extractor | None = None,
    workers: int = 1,
    scheduler: Any = None,
    summary: IngestSummary | None = None,
    on_file: Callable[[str], None] | None = None,
    on_article: Callable[[], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    rebuild_events: bool = True,
) -> IngestSummary:
    """Extract and store every source: (name, its articles or the error reading it, notes).

    Extraction runs in `workers` local processes or on the Dask `scheduler` (see
    `dashboard.workers`), in chunks of several articles that may span files, a few chunks per
    worker ahead of the writer; articles this extractor already stored are not extracted again.
    Results are written by one writer (`_Writer`) in the order of the sources, so the database
    ends up the same however the extraction was spread.

    The events are rebuilt once at the end of the run (they group mentions across articles).
    With `rebuild_events=False` they are left stale for the next run or reader to rebuild
    (`events.ensure_events`): a caller that ingests in several calls pays for one rebuild.
    """
    from . import store
    from .workers import make_runner

    summary = summary if summary is not None else IngestSummary()
    if extractor is None:
        from .geoparse import default_extractor

        extractor = default_extractor()
    reported = 0

    def report_new_errors() -> None:
        nonlocal reported
        if on_error:
            for error in summary.errors[reported:]:
                on_error(error)
        reported = len(summary.errors)

    runner = make_runner(extractor, workers=workers, scheduler=scheduler)  # refused before the db is touched
    with ExitStack() as closing:
        closing.callback(runner.close)
        conn = closing.enter_context(store.opened(db))
        writer = _Writer(conn, extractor, summary, on_article)
        feeder = _Feeder(runner, extractor, serial=workers <= 1 and scheduler is None)
        pending: deque[_FileWork] = deque()  # files in input order, waiting for their mentions

        def write_ready() -> None:
            while pending and pending[0].waiting == 0:
                work = pending.popleft()
                try:
                    writer.write(work)
                except store.StoreConflict:
                    writer.retry_batch()
                if on_file:
                    on_file(work.path)
                report_new_errors()

        try:
            for name, read, notes in sources:
                summary.notes.extend(notes)
                if isinstance(read, IngestError):
                    summary.errors.extend(read.errors if isinstance(read, IngestErrors) else [read])
                    report_new_errors()
                    if on_file:
                        on_file(name)
                    continue
                ids = [store.article_id(a.text) for a in read]
                stored = conn.stored_versions(ids)
                skip = {i for i, aid in enumerate(ids) if stored.get(aid) == extractor.version}
                work = _FileWork(name, read, skip, waiting=len(read) - len(skip))
                pending.append(work)
                for index in range(len(read)):
                    if index not in skip:
                        feeder.add(work, index)
                        while feeder.over_window():
                            feeder.collect_oldest()
                            write_ready()
                write_ready()
            feeder.flush()
            while feeder.tickets:
                feeder.collect_oldest()
                write_ready()
            write_ready()
            writer.commit()
            if summary.new + summary.updated >= ANALYZE_AFTER:
                conn.analyze()
        except store.StoreError as exc:
            writer.abandon()
            not_stored = len(writer.abandoned) + len(pending)
            report_new_errors()
            raise IngestStopped(
                f"{exc}. Stopped: {not_stored} file(s) not stored; everything stored before is kept"
                f" ({summary.line()})",
                summary,
            ) from exc
        if rebuild_events and not conn.events_current():
            # Events are grouped across articles: rebuilt whole once per run, not per article.
            conn.rebuild_events()
    return summary


def ingest_articles(
    articles: Iterable[Article],
    db: DbLike,
    *,
    summary: IngestSummary | None = None,
    extractor: Extractor | None = None,
    name: str = "articles",
) -> IngestSummary:
    """Extract places from each article and store them together (the app's Add-articles page).

    An article already stored by the current extractor is left alone; one stored by an older
    extractor is re-extracted (so `ingest` after an upgrade refreshes the shipped data).
    `extractor` defaults to the shipped geoparser on the offline gazetteer.
    """
    return ingest_sources([(name, list(articles), [])], db, extractor=extractor, summary=summary)


def collect_files(paths: Sequence[Path]) -> tuple[list[Path], list[IngestError]]:
    """The article files under `paths`, and one error per path that has none or cannot be read."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for path in paths:
        try:
            files.extend(find_article_files(Path(path), errors))
        except IngestError as exc:
            errors.append(exc)
    return files, errors


def ingest_paths(
    paths: Sequence[Path],
    db: DbLike,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    workers: int = 1,
    scheduler: Any = None,
    on_file: Callable[[str], None] | None = None,
    on_article: Callable[[], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    profile: CountryProfile | None = None,
    rebuild_events: bool = True,
) -> IngestSummary:
    """Ingest files and folders; a bad file is reported and skipped, the others go on.

    `profile` is the country profile whose ``published`` window dates must fall in (by default
    the shipped one, the geoparser's)."""
    files, path_errors = collect_files(paths)
    return ingest_files(
        files,
        db,
        max_bytes=max_bytes,
        extractor=extractor,
        workers=workers,
        scheduler=scheduler,
        on_file=on_file,
        on_article=on_article,
        on_error=on_error,
        errors=path_errors,
        profile=profile,
        rebuild_events=rebuild_events,
    )


def read_sources(
    files: Sequence[Path], *, max_bytes: int = DEFAULT_MAX_BYTES, profile: CountryProfile | None = None
) -> Iterator[tuple[str, list[Article] | IngestError, list[IngestError]]]:
    """Each file read, lazily: (its name, its articles or the error that refused it, notes)."""
    for file in files:
        try:
            articles, notes = read_file(file, max_bytes=max_bytes, profile=profile)
        except IngestError as exc:
            yield str(file), exc, []
        else:
            yield str(file), articles, notes


def ingest_files(
    files: Sequence[Path],
    db: DbLike,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    workers: int = 1,
    scheduler: Any = None,
    on_file: Callable[[str], None] | None = None,
    on_article: Callable[[], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    errors: Sequence[IngestError] = (),
    profile: CountryProfile | None = None,
    rebuild_events: bool = True,
) -> IngestSummary:
    """Ingest the given files (see `collect_files`), reporting `errors` found on the way there."""
    summary = IngestSummary()
    summary.errors.extend(errors)
    if on_error:
        for error in errors:
            on_error(error)
    return ingest_sources(
        read_sources(files, max_bytes=max_bytes, profile=profile),
        db,
        extractor=extractor,
        workers=workers,
        scheduler=scheduler,
        summary=summary,
        on_file=on_file,
        on_article=on_article,
        on_error=on_error,
        rebuild_events=rebuild_events,
    )
