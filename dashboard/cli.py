"""The `protestmap` command line: the only place where errors become exit codes.

Each subcommand parses its arguments, calls the core, and prints. A `ProtestmapError` from
the core becomes one line on stderr and exit code 1; nothing else is caught, so a bug shows
its traceback instead of hiding behind a vague message.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from .errors import IngestError, ProtestmapError
from .models import EVENT_STATUSES, EVENT_TYPES

APP_PATH = Path(__file__).with_name("app.py")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r} (expected YYYY-MM-DD)") from None


def _sizes(value: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in value.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid sizes {value!r} (expected e.g. 1000,10000)") from None
    if not sizes or any(size <= 0 for size in sizes):
        raise argparse.ArgumentTypeError(f"invalid sizes {value!r}: each must be a positive number")
    return sizes


def _doc_ids(value: str) -> list[str]:
    ids = [part.strip() for part in value.split(",") if part.strip()]
    if not ids:
        raise argparse.ArgumentTypeError(f"invalid document ids {value!r} (expected ID[,ID...])")
    return ids


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0.0 <= number <= 1.0:  # also refuses nan, which compares false with everything
        raise argparse.ArgumentTypeError(f"invalid confidence {value!r} (expected a number from 0 to 1)")
    return number


def _positive_count(what: str) -> Callable[[str], int]:
    """An argparse type for a whole number of at least 1, naming `what` when refused."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = 0
        if number < 1:
            raise argparse.ArgumentTypeError(f"invalid {what} {value!r} (expected 1 or more)")
        return number

    return parse


_workers = _positive_count("worker count")
_source_count = _positive_count("number of sources")


def terminal_safe(text: object) -> str:
    """Text for the terminal: control and format characters (an escape sequence in a file name,
    a right-to-left override) are shown as escapes instead of acting on the user's screen."""
    out = []
    for ch in str(text):
        if ch in "\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"):
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        default=os.environ.get("PROTESTMAP_DB") or "data/protestmap.db",
        help=(
            "the database: an SQLite file (path or sqlite:///path) or a PostgreSQL URL"
            " (postgresql://user@host:5432/protestmap); default $PROTESTMAP_DB or data/protestmap.db"
        ),
    )
    return parent


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--state",
        action="append",
        default=[],
        metavar="S",
        help="keep events in this state (name or ISO code such as VE-X); repeatable",
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="keep events on or after this day",
    )
    parser.add_argument(
        "--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD", help="keep events on or before this day"
    )
    parser.add_argument(
        "--type",
        dest="event_type",
        action="append",
        default=[],
        choices=EVENT_TYPES,
        metavar="T",
        help=f"keep this event type ({', '.join(EVENT_TYPES)}); repeatable",
    )
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="NAME",
        help="keep events from this source; repeatable",
    )
    parser.add_argument(
        "--search",
        default="",
        help="keep events of articles whose title or text has every word (accents and case ignored)",
    )
    parser.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="X",
        help="keep events with confidence of at least X (0 to 1)",
    )
    parser.add_argument(
        "--min-sources",
        type=_source_count,
        default=1,
        metavar="N",
        help="keep events reported by at least N distinct sources",
    )
    parser.add_argument(
        "--status",
        action="append",
        default=[],
        choices=EVENT_STATUSES,
        metavar="S",
        help=f"keep events with this review status ({', '.join(EVENT_STATUSES)}); repeatable",
    )


def _add_geocoder(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--geocoder",
        choices=("gazetteer", "nominatim"),
        default="gazetteer",
        help="offline gazetteer only (default), or also ask Nominatim for names it lacks",
    )
    parser.add_argument(
        "--user-agent",
        default="protestmap",
        help="user agent sent to Nominatim (its usage policy asks for your own)",
    )


def _filters(args: argparse.Namespace, events):  # (Namespace, DataFrame) -> EventFilter
    """The command line's filter, with state and source names resolved against `events`.

    "zulia", "Zulia" and "VE-V" all mean Zulia; a name that matches nothing known is an error
    with the closest names (`events.UnknownName`), never a silent empty answer.
    """
    from .events import EventFilter, resolve_names, source_aliases, state_aliases

    return EventFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        states=resolve_names(args.state, state_aliases(events), "state"),
        event_types=tuple(args.event_type),
        sources=resolve_names(args.source, source_aliases(events), "source"),
        search=args.search,
        min_confidence=args.min_confidence,
        min_sources=args.min_sources,
        statuses=tuple(args.status),
    )


def _describe_filters(args: argparse.Namespace) -> str:
    """The filter options as typed, for "no events match ..." lines."""
    parts = [f"--state {s}" for s in args.state] + [f"--type {t}" for t in args.event_type]
    parts += [f"--source {s}" for s in args.source]
    if args.date_from:
        parts.append(f"--from {args.date_from}")
    if args.date_to:
        parts.append(f"--to {args.date_to}")
    if args.search:
        parts.append(f"--search {args.search}")
    if args.min_confidence:
        parts.append(f"--min-confidence {args.min_confidence:g}")
    if args.min_sources > 1:
        parts.append(f"--min-sources {args.min_sources}")
    parts += [f"--status {s}" for s in args.status]
    return " ".join(parts) or "(no filter)"


def _filtered_events(args: argparse.Namespace):  # -> (EventFilter, DataFrame, DataFrame)
    """Load the stored events, resolve the filter against them and apply it."""
    from .events import filter_events, load_events, search_hits

    stored = load_events(args.db, unit=getattr(args, "unit", "event"))
    flt = _filters(args, stored)
    hits = search_hits(args.db, flt.search) if flt.search.strip() else None
    return flt, stored, filter_events(stored, flt, search_hits=hits)


def _extractor(args: argparse.Namespace):  # -> Extractor
    """The shipped geoparser, with Nominatim behind it when `--geocoder nominatim` asks."""
    from .geoparse import default_extractor

    if args.geocoder == "gazetteer":
        return default_extractor()
    from .geocode import make_geocoder

    return default_extractor(make_geocoder(args.geocoder, user_agent=args.user_agent))


def build_parser() -> argparse.ArgumentParser:
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="protestmap",
        description="Turn news articles about protests into an interactive map.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "ingest",
        parents=[db],
        help="read articles and store their events",
        description="Read article files or folders (recursively) and store their places.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".txt, .md, .html, .jsonl or a folder")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=5 * 1024 * 1024,
        metavar="N",
        help="refuse files larger than N bytes (default 5 MB)",
    )
    p.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="extract in N local processes (default 1: in this process)",
    )
    p.add_argument(
        "--scheduler",
        metavar="tcp://HOST:8786",
        help="extract on a Dask distributed cluster via its scheduler (workers need protestmap installed)",
    )
    _add_geocoder(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "events",
        parents=[db],
        help="write the stored events, filtered",
        description=(
            "Write the stored events, filtered, as CSV, GeoJSON or JSONL: one per place, day and type,"
            " with every article that reports it (--unit mention: one per place mention, as extracted)."
        ),
    )
    _add_filters(p)
    p.add_argument("--format", required=True, choices=("csv", "geojson", "jsonl"))
    p.add_argument(
        "--unit",
        choices=("event", "mention"),
        default="event",
        help="event (default): grouped events; mention: every protest-site mention, one row each",
    )
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser(
        "reprocess",
        parents=[db],
        help="re-run extraction on every stored article",
        description="Re-extract places from every stored article, one transaction each.",
    )
    _add_geocoder(p)
    p.set_defaults(func=cmd_reprocess)

    p = sub.add_parser(
        "db",
        help="database tools: copy between SQLite and PostgreSQL",
        description="Database tools.",
    )
    db_sub = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    q = db_sub.add_parser(
        "copy",
        help="copy every article and its mentions from SRC to DST",
        description=(
            "Copy a protestmap database: SQLite to PostgreSQL, PostgreSQL to SQLite, or file to file."
            " DST is created when it does not exist; articles it already has are left as they are."
        ),
    )
    q.add_argument("source", metavar="SRC", help="path, sqlite:///path or postgresql://...")
    q.add_argument("target", metavar="DST", help="path, sqlite:///path or postgresql://...")
    q.set_defaults(func=cmd_db_copy)

    p = sub.add_parser(
        "corrections",
        help="share the reviewers' corrections: export, import, to-gold",
        description="The corrections made on the Review page: as JSON lines, and as a gold file for eval.",
    )
    corrections_sub = p.add_subparsers(dest="corrections_command", required=True, metavar="ACTION")
    q = corrections_sub.add_parser(
        "export",
        parents=[db],
        help="write every stored correction as JSON lines",
        description="Write every stored correction, oldest first, one JSON object per line.",
    )
    q.add_argument("-o", "--output", type=Path, required=True, metavar="review.jsonl")
    q.set_defaults(func=cmd_corrections_export)
    q = corrections_sub.add_parser(
        "import",
        parents=[db],
        help="store the corrections of a JSON lines file (idempotent) and rebuild the events",
        description=(
            "Store the corrections of FILE and rebuild the events. Importing a file twice adds nothing."
            " A line that does not apply (unknown article, span out of range) is reported by line number,"
            " and nothing of that file is stored."
        ),
    )
    q.add_argument("file", type=Path, metavar="review.jsonl")
    q.set_defaults(func=cmd_corrections_import)
    q = corrections_sub.add_parser(
        "to-gold",
        parents=[db],
        help="write the reviewed articles as a gold file for `protestmap eval`",
        description=(
            "Write every reviewed article (one with a correction that applies) in the gold format that"
            " `protestmap eval --gold` reads, with its text as DOC_ID.txt beside the file."
        ),
    )
    q.add_argument("-o", "--output", type=Path, required=True, metavar="gold.jsonl")
    q.set_defaults(func=cmd_corrections_to_gold)

    p = sub.add_parser(
        "serve",
        parents=[db],
        help="start the dashboard",
        description="Start the Streamlit dashboard on the database.",
    )
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default="localhost")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser(
        "extract",
        help="print the place mentions of one article file",
        description="Print every place mention in FILE (front matter supplies the date).",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date (default: the file's front matter)",
    )
    p.add_argument("--language", choices=("en", "es"), help="language (default: detected)")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    _add_geocoder(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "eval",
        help="score the geoparser on a gold file",
        description="Score the geoparser on a gold JSONL file (texts as DOC_ID.txt beside it).",
    )
    p.add_argument("--gold", type=Path, required=True, metavar="GOLD.jsonl")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--only",
        type=_doc_ids,
        action="extend",
        metavar="ID[,ID...]",
        help="score only these documents (repeatable)",
    )
    p.add_argument(
        "--exclude",
        type=_doc_ids,
        action="extend",
        default=[],
        metavar="ID[,ID...]",
        help="leave these documents out (repeatable)",
    )
    p.add_argument(
        "--summary",
        action="store_true",
        help="print only the totals, no per-document errors (for a held-out check split)",
    )
    p.add_argument(
        "--by-kind",
        action="store_true",
        help='print one summary line per kind of document (the gold records\' "kind" key)',
    )
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser(
        "bench",
        help="measure speed on synthetic data (never your database)",
        description="Benchmark extraction, loading, filtering and the map on synthetic data.",
    )
    p.add_argument("--sizes", type=_sizes, default=[1000, 10000, 100000], metavar="N,N,...")
    p.add_argument("--out", type=Path, metavar="bench.json", help="also write the results as JSON")
    p.add_argument("--repeats", type=int, default=3, help="repeats per measurement (median reported)")
    p.add_argument("--no-browser", action="store_true", help="skip the headless-chromium measurements")
    p.add_argument(
        "--ingest-articles",
        type=int,
        default=None,
        metavar="N",
        help="articles in the ingest-path comparison (default 10,000, at most the largest size; 0 skips it)",
    )
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser(
        "snapshot",
        parents=[db],
        help="render the filtered view as a PNG",
        description="Render the dashboard's filtered view to a PNG in headless Chromium.",
    )
    _add_filters(p)
    p.add_argument("--width", type=int, default=1600)
    p.add_argument("--height", type=int, default=900)
    p.add_argument("--url", help="a running dashboard to use (default: start one on a free port)")
    p.add_argument("--place", metavar="ID", help="select this place (its popup open, zoomed in)")
    p.add_argument("--lang", choices=("en", "es"), default="en", help="language of the picture")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="view.png")
    p.set_defaults(func=cmd_snapshot)

    p = sub.add_parser(
        "export-map",
        parents=[db],
        help="write a self-contained HTML map",
        description="Write the filtered map as one HTML file that works offline.",
    )
    _add_filters(p)
    p.add_argument("--lang", choices=("en", "es"), default="en", help="language of the page")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="map.html")
    p.set_defaults(func=cmd_export_map)
    return parser


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .ingest import collect_files, ingest_files
    from .store import describe_db

    files, path_errors = collect_files(args.paths)

    def show(kind: str, error: IngestError) -> None:
        print(f"{kind}: {terminal_safe(error)}", file=sys.stderr)

    columns = (
        TextColumn("Ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("Ingesting", total=len(files))
        articles = progress.add_task("articles", total=None, visible=False)
        summary = ingest_files(
            files,
            args.db,
            max_bytes=args.max_bytes,
            extractor=_extractor(args),
            workers=args.workers,
            scheduler=args.scheduler,
            on_file=lambda _file: progress.advance(task),
            on_article=lambda: progress.advance(articles),
            on_error=lambda error: show("error", error),
            errors=path_errors,
        )
    for note in summary.notes:
        show("note", note)
    print(f"{summary.line()} ({len(files)} files) -> {terminal_safe(describe_db(args.db))}")
    if summary.new == 0 and summary.updated == 0 and not summary.failed:
        print("Nothing new: every article was already stored.")
    return 1 if summary.failed else 0


def _write_output(path: Path, text: str) -> None:
    """Write a command's output file, or one StoreError line naming it."""
    from .errors import StoreError

    if path.is_dir():
        raise StoreError(f"{path}: is a folder; give a file name (e.g. {path / 'events.csv'})")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"{path}: cannot write the output ({exc.strerror})") from None


def cmd_events(args: argparse.Namespace) -> int:
    from .exports import render_events

    _, stored, events = _filtered_events(args)
    if events.empty:
        # An empty file is a true answer, but it must not look like one to a typo.
        what = "no events are stored" if stored.empty else f"no events match {_describe_filters(args)}"
        print(f"protestmap events: {terminal_safe(what)} ({len(stored):,} stored)", file=sys.stderr)
    text = render_events(events, args.format)
    if args.output:
        _write_output(args.output, text)
        print(f"{len(events)} events -> {terminal_safe(args.output)}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    from . import store

    extractor = _extractor(args)
    count = 0
    with store.open_db(args.db, create=False) as conn:
        for stored in list(conn.iter_articles()):
            article = stored.article
            mentions = extractor.extract(article.text, published=article.published, language=article.language)
            conn.replace_mentions(stored.article_id, mentions, extractor.version)
            count += 1
        tables = conn.rebuild_events()
    where = terminal_safe(store.describe_db(args.db))
    print(f"re-extracted {count} articles with extractor {extractor.version} -> {where}")
    print(_events_line(tables))
    return 0


def _events_line(tables) -> str:  # (grouping.EventTables) -> str
    """ "12 events from 15 protest-site mentions (2 corrections no longer apply)"."""
    line = f"{len(tables.events)} events from {len(tables.members)} protest-site mentions"
    if tables.unmatched:
        count = len(tables.unmatched)
        line += f" ({count} correction{'s' if count > 1 else ''} no longer appl{'y' if count > 1 else 'ies'})"
    return line


def cmd_corrections_export(args: argparse.Namespace) -> int:
    from . import store
    from .corrections import write_corrections
    from .errors import StoreError

    with store.opened_for_reading(args.db) as conn:
        corrections = conn.corrections()
    if args.output.is_dir():
        raise StoreError(
            f"{args.output}: is a folder; give a file name (e.g. {args.output / 'review.jsonl'})"
        )
    try:
        write_corrections(corrections, args.output)
    except OSError as exc:
        raise StoreError(f"{args.output}: cannot write the corrections ({exc.strerror})") from None
    print(f"{len(corrections)} corrections -> {terminal_safe(args.output)}")
    return 0


def cmd_corrections_import(args: argparse.Namespace) -> int:
    from . import store
    from .corrections import read_corrections
    from .gazetteer import place_by_id

    with store.open_db(args.db, create=False) as conn:
        texts: dict[str, str | None] = {}

        def text_of(aid: str) -> str | None:
            if aid not in texts:
                texts[aid] = conn.article_texts([aid]).get(aid)
            return texts[aid]

        corrections = read_corrections(args.file, article_text=text_of, resolve_place=place_by_id)
        added = conn.add_corrections(corrections)
        tables = conn.rebuild_events()
    print(
        f"{added} new corrections, {len(corrections) - added} already stored,"
        f" from {terminal_safe(args.file)}; {_events_line(tables)}"
    )
    return 0


def cmd_corrections_to_gold(args: argparse.Namespace) -> int:
    from . import store
    from .corrections import to_gold, write_gold
    from .errors import StoreError

    with store.opened_for_reading(args.db) as conn:
        corrections = conn.corrections()
        ids = sorted({c.article_id for c in corrections})
        articles = conn.article_mentions(ids)
        texts = conn.article_texts(ids)
    documents = to_gold(articles, texts, corrections)
    try:
        write_gold(documents, args.output)
    except OSError as exc:
        raise StoreError(f"{args.output}: cannot write the gold file ({exc.strerror})") from None
    print(
        f"{len(documents)} reviewed articles -> {terminal_safe(args.output)}"
        f" (texts beside it as DOC_ID.txt; score with `protestmap eval --gold {terminal_safe(args.output)}`)"
    )
    return 0


def cmd_db_copy(args: argparse.Namespace) -> int:
    from .store import describe_db
    from .store.copy import copy_database

    result = copy_database(args.source, args.target)
    print(
        f"{result.articles} articles, {result.mentions} mentions copied"
        f" ({result.already_there} already there) {terminal_safe(describe_db(args.source))}"
        f" -> {terminal_safe(describe_db(args.target))}"
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .store import resolve_db

    resolved = resolve_db(args.db)
    env = dict(os.environ, PROTESTMAP_DB=resolved if isinstance(resolved, str) else str(resolved.resolve()))
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP_PATH),
        "--server.port",
        str(args.port),
        "--server.address",
        args.address,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.enableStaticServing",
        "true",
    ]
    from .store import describe_db

    where = terminal_safe(describe_db(env["PROTESTMAP_DB"]))
    print(f"protestmap: serving {where} on http://{args.address}:{args.port}", file=sys.stderr)
    os.execvpe(command[0], command, env)
    return 0  # not reached


def cmd_extract(args: argparse.Namespace) -> int:
    import json

    from .ingest import read_articles

    articles = read_articles(args.file)
    extractor = _extractor(args)
    for article in articles:
        mentions = extractor.extract(
            article.text,
            published=args.published or article.published,
            language=args.language or article.language,
        )
        if args.format == "jsonl":
            for mention in mentions:
                print(json.dumps(mention.to_json(), ensure_ascii=False))
        else:
            print(_mention_table(mentions))
    return 0


def _mention_table(mentions: Sequence) -> str:  # Sequence[Mention]
    header = ("span", "surface", "place", "level", "state", "role", "type", "date", "conf")
    rows = [header]
    for m in mentions:
        rows.append(
            (
                f"{m.start}-{m.end}",
                m.surface,
                m.name,
                m.level,
                m.state_code or m.country,
                m.role,
                m.event_type or "",
                f"{m.event_date.isoformat()} ({m.date_precision})" if m.event_date else "",
                f"{m.confidence:.2f}",
            )
        )
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.append(
        f"{len(mentions)} place mentions, {sum(m.role == 'protest_site' for m in mentions)} protest sites"
    )
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from .evaluate import evaluate_gold
    from .geoparse import default_extractor

    report = evaluate_gold(args.gold, default_extractor(), only=args.only, exclude=args.exclude)
    if args.json:
        print(json.dumps(report.to_json(summary=args.summary), indent=2, ensure_ascii=False))
    elif args.by_kind:
        print(report.format_by_kind())
    else:
        print(report.format(summary=args.summary))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import format_bench_table, run_bench

    results = run_bench(
        args.sizes,
        out=args.out,
        repeats=args.repeats,
        browser=not args.no_browser,
        ingest_articles=args.ingest_articles,
    )
    print(format_bench_table(results))
    if args.out:
        print(f"results -> {args.out}", file=sys.stderr)
    return 0


def _require_match(args: argparse.Namespace, stored, events) -> None:
    """snapshot and export-map draw nothing rather than something else: no match is an error."""
    if events.empty:
        what = "no events are stored" if stored.empty else f"no events match {_describe_filters(args)}"
        message = f"{what}; nothing drawn (`protestmap events` lists what is stored)"
        raise ProtestmapError(terminal_safe(message))


def cmd_snapshot(args: argparse.Namespace) -> int:
    from .share import snapshot_png

    flt, stored, events = _filtered_events(args)
    _require_match(args, stored, events)
    seconds = snapshot_png(
        args.db, flt, width=args.width, height=args.height, out=args.output, app_url=args.url,
        selected=args.place, language=args.lang,
    )  # fmt: skip
    print(f"{terminal_safe(args.output)} ({args.width}x{args.height}) in {seconds:.1f} s")
    return 0


def cmd_export_map(args: argparse.Namespace) -> int:
    from .share import export_map_html

    flt, stored, events = _filtered_events(args)
    _require_match(args, stored, events)
    from .i18n import Translator

    export_map_html(args.db, flt, out=args.output, translator=Translator(args.lang))
    print(f"map -> {terminal_safe(args.output)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ProtestmapError as exc:
        print(f"protestmap {args.command}: {terminal_safe(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
