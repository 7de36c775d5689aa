"""`protestmap bench`: how fast each stage is, on synthetic data of several sizes.

Why: the dashboard promises to stay usable from a thousand to a million events. The bench
measures what a user waits for, stage by stage, so that a regression names its stage:

================================ ============ ===============================================
metric                           unit         what is timed (median of `repeats` runs)
================================ ============ ===============================================
extract_articles_per_s           articles/s   the shipped extractor over ~5 KB articles
extract_release_articles_per_s   articles/s   the released extractor (geoparse-1.5, frozen) on the same
extract_speed_vs_release         x            the two rates' ratio, timed in alternation (target >= 1)
growth_us_repeated_4x            x            time for 32 KB of "U.S. " / time for 8 KB (linear: 4)
growth_capitalised_run_4x        x            the same for one run of capitalised words
growth_run_on_article_4x         x            the same for an article without line breaks
ingest_articles_per_s            articles/s   JSONL file -> read -> extract -> store (new db)
gazetteer_load_warm_s            s            `load_gazetteer_from` with its prepared index
generate_db_s                    s            making the synthetic database (one run)
db_bytes                         bytes        its size on disk
load_events_s                    s            `events.load_events()`: one row per event, through the snapshot
filter_events_s                  s            `filter_events`: date range + states + types
filtered_events                  events       how many events that filter keeps
filter_to_map_data_s             s            that filter, then `mapview.build_map_data`
map_build_s                      s            `build_map_data` + the app's data JSON, all events
map_payload_bytes                bytes        the map data the app sends to the browser (all events)
map_export_bytes                 bytes        the standalone HTML map (assets inlined), all events
map_points                       places       markers drawn (capped by mapview.MAX_POINTS)
browser_layers_drawn_s           s            navigation -> map layers painted (running app)
browser_first_load_s             s            the same, first visit (app caches cold; 1 run)
browser_filter_rerun_s           s            click on a state -> the app's script run ends
browser_filter_first_paint_s     s            click on a state -> first new layers painted
browser_filter_change_s          s            click on a state -> map settled on the new layers
browser_empty_db_s               s            navigation -> page ready, on an empty database
load_events_sql_s                s            the release's load_events (per mention), SQL path
events_build_s                   s            build_event_tables on the mentions (gazetteer's containment)
events_rebuild_s                 s            Store.rebuild_events: read, build, store (one run)
events_load_sql_s                s            `load_events()` (one row per event) without the snapshot
events_build_vs_load_sql         x            events_build_s / load_events_sql_s (target <= 1.5)
events_load_vs_load_sql          x            events_load_sql_s / load_events_sql_s (target <= 1.5)
load_events_postgres_s           s            load_events(unit="mention") from PostgreSQL, SQL (<= 100,000)
ingest_legacy_articles_per_s     articles/s   the previous release's path: a transaction each
ingest_batched_articles_per_s    articles/s   today's ingest, one process (batched, savepoints)
ingest_workers2_articles_per_s   articles/s   today's ingest with `--workers 2`
ingest_dask2_articles_per_s      articles/s   today's ingest on a 2-worker Dask LocalCluster
ingest_postgres_articles_per_s   articles/s   today's ingest, one process, into PostgreSQL
store_legacy_articles_per_s      articles/s   the legacy path, extraction replayed (storing alone)
store_batched_articles_per_s     articles/s   today's ingest, extraction replayed (storing alone)
extract_workers2_articles_per_s  articles/s   extraction alone in 2 worker processes (warm)
extract_dask2_articles_per_s     articles/s   extraction alone on a 2-worker LocalCluster (warm)
extract_single_articles_per_s    articles/s   the same extraction in this process (their baseline)
extract_single_cores             cores        CPU cores it got: CPU seconds of its processes / wall
extract_workers2_cores           cores        the same for the 2 worker processes (and this one)
extract_dask2_cores              cores        the same for the 2 Dask workers (and this one)
================================ ============ ===============================================

The ingest rows run once per bench on INGEST_ARTICLES news articles of ~3,000 characters (at
most the largest size); they compare paths within one run, which is what their targets are
about. Extraction costs several milliseconds per such article and a per-article transaction
about as much again, so batching alone cannot make the whole path 5x faster: the "store_" rows
replay mentions extracted beforehand, to show what batching did to the storing itself. PostgreSQL
rows need Debian's postgresql (a throwaway cluster is started, fsync on, as SQLite syncs).

Browser metrics need Debian's chromium (and Playwright); without it they are left out and
the table says why. Everything happens in a temporary folder: the user's database and files
are never opened. Extraction is measured on min(size, EXTRACT_ARTICLES) articles (the `n`
field of a result row says how many), because its rate does not depend on the database size.
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import synthetic
from .errors import ProtestmapError

EXTRACT_ARTICLES = 200
"""Articles in the extraction corpus (at most): enough for a stable rate, quick at any size."""

UNITS: dict[str, str] = {
    "extract_articles_per_s": "articles/s",
    "extract_release_articles_per_s": "articles/s",
    "extract_speed_vs_release": "x",
    "growth_us_repeated_4x": "x",
    "growth_capitalised_run_4x": "x",
    "growth_run_on_article_4x": "x",
    "ingest_articles_per_s": "articles/s",
    "gazetteer_load_warm_s": "s",
    "generate_db_s": "s",
    "db_bytes": "bytes",
    "load_events_s": "s",
    "filter_events_s": "s",
    "filter_to_map_data_s": "s",
    "filtered_events": "events",
    "map_build_s": "s",
    "map_payload_bytes": "bytes",
    "map_export_bytes": "bytes",
    "map_points": "places",
    "browser_first_load_s": "s",
    "browser_layers_drawn_s": "s",
    "browser_filter_rerun_s": "s",
    "browser_filter_first_paint_s": "s",
    "browser_filter_change_s": "s",
    "browser_empty_db_s": "s",
    "extract_single_articles_per_s": "articles/s",
    "load_events_sql_s": "s",
    "load_events_postgres_s": "s",
    "events_build_s": "s",
    "events_rebuild_s": "s",
    "events_load_sql_s": "s",
    "events_build_vs_load_sql": "x",
    "events_load_vs_load_sql": "x",
    "ingest_legacy_articles_per_s": "articles/s",
    "ingest_batched_articles_per_s": "articles/s",
    "ingest_workers2_articles_per_s": "articles/s",
    "ingest_dask2_articles_per_s": "articles/s",
    "ingest_postgres_articles_per_s": "articles/s",
    "store_legacy_articles_per_s": "articles/s",
    "store_batched_articles_per_s": "articles/s",
    "extract_workers2_articles_per_s": "articles/s",
    "extract_dask2_articles_per_s": "articles/s",
    "extract_single_cores": "cores",
    "extract_workers2_cores": "cores",
    "extract_dask2_cores": "cores",
}
INGEST_ARTICLES = 10_000
"""Articles in the ingest comparison (at most the largest bench size)."""
INGEST_SLICES = 5
"""The ingest comparison runs every path on one slice of the corpus after another (interleaved)."""
EXTRACT_ROUNDS = 3
"""Rounds of the extraction-alone comparison (each: single process, 2 processes, 2 Dask workers)."""
EXTRACT_ALONE_CHUNKS_PER_WORKER = 8
"""The extraction-alone comparison gets enough articles that each of 2 workers runs at least this
many of its runner's chunks: the rate a long run sustains, which the issue is about, rather than
a last chunk left running on one core (Dask's chunks are several times the pool's)."""
INGEST_ARTICLE_CHARS = 3000
"""Length of the ingest comparison's articles: a news article of 2-5 KB, as ingest meets them."""
POSTGRES_LOAD_MAX = 100_000
"""load_events on PostgreSQL is measured up to this size (the target is at 100,000)."""
# (metric, baseline metric, size or None, comparison, factor): ratios within one run.
RATIO_TARGETS: tuple[tuple[str, str, int | None, str, float], ...] = (
    ("ingest_batched_articles_per_s", "ingest_legacy_articles_per_s", None, ">=", 5.0),
    ("ingest_workers2_articles_per_s", "ingest_legacy_articles_per_s", None, ">=", 5.0),
    ("store_batched_articles_per_s", "store_legacy_articles_per_s", None, ">=", 5.0),
    ("extract_workers2_articles_per_s", "extract_single_articles_per_s", None, ">=", 1.7),
    ("extract_dask2_articles_per_s", "extract_single_articles_per_s", None, ">=", 1.7),
    ("ingest_postgres_articles_per_s", "ingest_batched_articles_per_s", None, ">=", 1 / 1.5),
    ("load_events_postgres_s", "load_events_sql_s", 100_000, "<=", 1.5),
    ("load_events_s", "load_events_sql_s", 1_000_000, "<=", 0.25),
)
REQUIRED_METRICS: tuple[str, ...] = (
    "extract_articles_per_s",
    "load_events_s",
    "filter_to_map_data_s",
    "map_payload_bytes",
)
BROWSER_METRICS: tuple[str, ...] = ("browser_layers_drawn_s", "browser_filter_change_s", "browser_empty_db_s")

# The targets the project holds itself to (medians on the 2-core reference machine), as
# (metric, size it applies to or None for every size, comparison, bound). Relative targets
# (browser time vs the empty database) are checked in `check_targets`.
TARGETS: tuple[tuple[str, int | None, str, float], ...] = (
    ("filter_to_map_data_s", 100_000, "<=", 0.5),
    ("map_payload_bytes", 100_000, "<=", 5_000_000),
    ("load_events_s", 100_000, "<=", 0.5),
    ("extract_articles_per_s", None, ">=", 200.0),
    ("extract_speed_vs_release", None, ">=", 1.0),
    ("events_build_vs_load_sql", 100_000, "<=", 1.5),
    ("events_load_vs_load_sql", 100_000, "<=", 1.5),
    ("growth_us_repeated_4x", None, "<=", 6.0),
    ("growth_capitalised_run_4x", None, "<=", 6.0),
    ("growth_run_on_article_4x", None, "<=", 6.0),
)
RELATIVE_TARGETS: tuple[tuple[str, int, float], ...] = (
    ("browser_layers_drawn_s", 100_000, 2.0),
    ("browser_layers_drawn_s", 1_000_000, 3.0),
    ("browser_filter_change_s", 100_000, 0.5),
)
"""(metric, size, k): the metric at that size within k times browser_empty_db_s of the same run
(issue 12: first view <= 2x the empty app, a filter change <= 0.5x the empty app's first view)."""

# The filter that the filter benchmarks apply: a season, the busiest states, two types.
FILTER_DATES = (date(2024, 8, 1), date(2024, 10, 31))
FILTER_STATE_COUNT = 6
FILTER_TYPES = ("peaceful_protest", "protest_with_intervention")
POLL_MS = 20
"""How often the browser metrics look at the page: their resolution (the default 100 ms is coarse)."""
BROWSER_STATE = "Zulia"
"""The state the browser benchmark picks in the sidebar (a big one: the map changes a lot)."""


@dataclass
class Measurement:
    """One metric at one size: every run, and the median reported."""

    size: int
    metric: str
    runs: list[float]
    n: int | None = None

    @property
    def median(self) -> float:
        return float(statistics.median(self.runs))

    def to_json(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "size": self.size,
            "metric": self.metric,
            "median": round(self.median, 6),
            "unit": UNITS[self.metric],
            "runs": [round(r, 6) for r in self.runs],
        }
        if self.n is not None:
            row["n"] = self.n
        return row


def timed(function: Callable[[], Any], repeats: int, *, warmup: bool = True) -> tuple[list[float], Any]:
    """Run `function` `repeats` times; the wall times in seconds and the last result.

    With `warmup`, one untimed call first: lazy module imports and lru_caches (the state
    outlines, compiled regexes) are paid once per process, not per user action.
    """
    times: list[float] = []
    result: Any = function() if warmup else None
    for _ in range(max(1, repeats)):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return times, result


# --- Python-side stages --------------------------------------------------------------------------


def bench_extraction(workdir: Path, n_articles: int, repeats: int) -> dict[str, tuple[list[float], int]]:
    """Extraction alone (articles/s), ingest end to end (articles/s), and the warm gazetteer load."""
    from . import gazetteer, geoparse, ingest

    corpus = synthetic.synthetic_articles(n_articles)
    cache = workdir / "gazetteer-cache"
    gazetteer.load_gazetteer_from(cache=cache)  # builds and stores the prepared index once
    warm, _ = timed(lambda: gazetteer.load_gazetteer_from(cache=cache), repeats, warmup=False)
    gazetteer.load_gazetteer()  # what the extractor uses: warm it so it is not timed below
    extractor = geoparse.default_extractor()

    def extract_all() -> int:
        count = 0
        for article in corpus:
            count += len(
                extractor.extract(article.text, published=article.published, language=article.language)
            )
        return count

    extract_times, _ = timed(extract_all, repeats)
    from .bench_v1 import V1Extractor
    from .geoparse import speed

    texts = [(a.text, a.published, a.language) for a in corpus]
    release = speed.compare_with_release(extractor, V1Extractor(), texts, repeats)
    growth = speed.growth_ratios(extractor, repeats)

    source = synthetic.articles_to_jsonl(corpus, workdir / "corpus.jsonl")
    ingest_times: list[float] = []
    for run in range(max(1, repeats)):
        db = workdir / f"ingest-{run}.sqlite"
        started = time.perf_counter()
        summary = ingest.ingest_paths([source], db)
        ingest_times.append(time.perf_counter() - started)
        if summary.failed or summary.new != len(corpus):
            raise ProtestmapError(f"bench: ingesting the synthetic corpus failed: {summary.line()}")
    return {
        "extract_articles_per_s": ([len(corpus) / t for t in extract_times], len(corpus)),
        "ingest_articles_per_s": ([len(corpus) / t for t in ingest_times], len(corpus)),
        "gazetteer_load_warm_s": (warm, len(corpus)),
        **{metric: (runs, len(corpus)) for metric, runs in release.items()},
        **{metric: (runs, 1) for metric, runs in growth.items()},
    }


def legacy_ingest(articles: Sequence[Any], db: Path, extractor: Any) -> int:
    """The previous release's ingest path, kept to measure against: for each article a check,
    an extraction, and a transaction (a disk sync) of its own."""
    from . import store

    stored = 0
    with store.open_db(db) as conn:
        for article in articles:
            if conn.stored_extractor_version(store.article_id(article.text)) == extractor.version:
                continue
            mentions = extractor.extract(article.text, published=article.published, language=article.language)
            conn.save_article(article, mentions, extractor.version)
            stored += 1
    return stored


@dataclass(frozen=True)
class ReplayExtractor:
    """Mentions extracted beforehand, handed back by article id: the ingest paths with the
    extraction taken out, to measure what storing costs on its own (the part batching changes)."""

    mentions: dict[str, list[Any]]
    version: str = "replay"

    def extract(self, text: str, *, published: date | None = None, language: str | None = None) -> list[Any]:
        from .store import article_id

        return list(self.mentions.get(article_id(text), []))


def stored_mentions(db: Path) -> dict[str, list[Any]]:
    """Every article's mentions in `db`, by article id (what `ReplayExtractor` hands back)."""
    from .store import open_db
    from .store.base import MENTION_COLUMNS
    from .store.copy import _mention

    found: dict[str, list[Any]] = {}
    with open_db(db, create=False) as conn:
        rows = conn.execute(
            f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions ORDER BY mention_id"
        ).fetchall()
    for row in rows:
        found.setdefault(str(row[0]), []).append(_mention(tuple(row)))
    return found


def bench_ingest(
    workdir: Path, n_articles: int, postgres_url: Callable[[str], str] | None
) -> dict[str, list[float]]:
    """Ingest paths compared on the same news articles (see the module docstring).

    The corpus is realistic news articles of ~3,000 characters (INGEST_ARTICLE_CHARS), in JSONL
    files of 500, the databases on the same disk as the bench's folder. Every path uses the same
    extractor, warmed up on the first articles, so that no path pays for a cold cache.

    Interleaved, because the machine is shared: the corpus is cut into INGEST_SLICES slices and
    every path ingests slice 1 (into its own database), then every path slice 2, and so on; a
    path's rate is its articles over its summed time. A burst of load elsewhere then slows every
    path alike instead of the one that happened to be running. Today's paths build the events
    once, after their last slice, as one ingest of the whole corpus does (and its time counts).
    Extraction alone is compared the same way, in EXTRACT_ROUNDS rounds of single process,
    2 processes, 2 Dask workers.
    """
    from contextlib import ExitStack

    from . import geoparse, ingest
    from .store import article_id

    workdir.mkdir(parents=True, exist_ok=True)
    generated = synthetic.synthetic_articles(
        n_articles, target_chars=INGEST_ARTICLE_CHARS, seed=synthetic.SEED + 7
    )
    corpus = list({article_id(a.text): a for a in generated}.values())  # in case two texts coincide
    n_articles = len(corpus)
    slice_size = -(-n_articles // INGEST_SLICES)
    slices = [corpus[start : start + slice_size] for start in range(0, n_articles, slice_size)]
    folders: list[Path] = []
    for number, part in enumerate(slices):
        folder = workdir / f"items-{number}"  # files of 500 items: a feed dump, each under the size limit
        folder.mkdir()
        for start in range(0, len(part), 500):
            synthetic.articles_to_jsonl(part[start : start + 500], folder / f"items-{start:06}.jsonl")
        folders.append(folder)
    extractor = geoparse.default_extractor()
    for article in corpus[:200]:  # the gazetteer loaded, the name caches warm, outside every timing
        extractor.extract(article.text, published=article.published, language=article.language)

    with ExitStack() as stack:
        cluster = _local_cluster(stack)
        scheduler = cluster.scheduler_address if cluster is not None else None
        replay = ReplayExtractor({})
        postgres_db = postgres_url("ingest") if postgres_url is not None else None

        def new_path(db: Any, number: int, using: Any = extractor, **options: Any) -> int:
            # One ingest of the whole corpus, in slices: the events are built once, at its end,
            # as one run builds them (not once per slice, over a database that keeps growing).
            last = number == len(slices) - 1
            summary = ingest.ingest_paths(
                [folders[number]], db, extractor=using, rebuild_events=last, **options
            )
            if summary.errors:
                raise ProtestmapError(f"bench: ingest failed: {summary.errors[0]}")
            return summary.new

        paths: list[tuple[str, Callable[[int], int]]] = [
            (
                "ingest_legacy_articles_per_s",
                lambda k: legacy_ingest(slices[k], workdir / "legacy.sqlite", extractor),
            ),
            ("ingest_batched_articles_per_s", lambda k: new_path(workdir / "batched.sqlite", k)),
            (
                "store_legacy_articles_per_s",
                lambda k: legacy_ingest(slices[k], workdir / "l-store.sqlite", replay),
            ),
            ("store_batched_articles_per_s", lambda k: new_path(workdir / "b-store.sqlite", k, replay)),
            ("ingest_workers2_articles_per_s", lambda k: new_path(workdir / "workers.sqlite", k, workers=2)),
        ]
        if scheduler is not None:
            paths.append(
                (
                    "ingest_dask2_articles_per_s",
                    lambda k: new_path(workdir / "dask.sqlite", k, scheduler=scheduler),
                )
            )
        if postgres_db is not None:
            paths.append(("ingest_postgres_articles_per_s", lambda k: new_path(postgres_db, k)))
        elapsed = dict.fromkeys((metric for metric, _ in paths), 0.0)
        stored = dict.fromkeys(elapsed, 0)
        for number in range(len(slices)):
            for metric, run in paths:
                started = time.perf_counter()
                stored[metric] += run(number)
                elapsed[metric] += time.perf_counter() - started
                if metric == "ingest_batched_articles_per_s":  # what the "store_" paths replay, untimed
                    replay.mentions.update(stored_mentions(workdir / "batched.sqlite"))
        for metric, count in stored.items():
            if count != n_articles:
                raise ProtestmapError(f"bench: {metric} stored {count} of {n_articles} articles")
        rates = {metric: [n_articles / seconds] for metric, seconds in elapsed.items()}
        rates.update(_bench_extraction_alone(extractor, corpus, scheduler))
    return rates


def _local_cluster(stack: Any) -> Any:
    """A 2-worker Dask LocalCluster (`dask_worker.local_cluster`), closed with `stack`; None
    without Dask."""
    try:
        from .dask_worker import local_cluster
    except ImportError:  # pragma: no cover - a dependency
        return None
    return stack.enter_context(local_cluster(2))


def extraction_alone_articles(lengths: Sequence[int]) -> int:
    """How many of the corpus's articles (of these text lengths) the extraction-alone comparison
    uses: at least EXTRACT_ARTICLES * 2, and enough for EXTRACT_ALONE_CHUNKS_PER_WORKER of Dask's
    chunks on each of 2 workers."""
    from . import workers

    sample = lengths[:EXTRACT_ARTICLES]
    mean_chars = sum(sample) / max(1, len(sample))
    per_chunk = min(
        workers.DASK_CHUNK_ARTICLES, max(1, int(workers.DASK_CHUNK_CHARACTERS // max(1.0, mean_chars)))
    )
    return min(len(lengths), max(EXTRACT_ARTICLES * 2, 2 * EXTRACT_ALONE_CHUNKS_PER_WORKER * per_chunk))


def _bench_extraction_alone(extractor: Any, corpus: Sequence[Any], scheduler: Any) -> dict[str, list[float]]:
    """Extraction alone, warm, in this process vs 2 processes vs 2 Dask workers, in rounds
    (each round runs all three on the same articles), chunked as ingest chunks them for each
    runner (Dask's chunks are larger: `workers.DASK_CHUNK_CHARACTERS`); the wall time of each
    runs from the first chunk submitted to the last result back.

    Each also reports the CPU cores it got (CPU seconds of every process involved over the wall
    time): on a shared machine Linux gives a login session a fair share of the CPU however many
    processes it runs, and a parallel run that got no more cores than the single one cannot be
    faster. The rate ratio over the cores ratio is the speed-up per core that the code delivers.
    """
    from . import workers

    extract_n = extraction_alone_articles([len(a.text) for a in corpus])
    tasks = [workers.ExtractionTask(a.text, a.published, a.language) for a in corpus[:extract_n]]
    lengths = [len(t.text) for t in tasks]

    pool = workers.ProcessRunner(extractor, 2)
    dask_runner = workers.DaskRunner(extractor, scheduler) if scheduler is not None else None
    runners: list[tuple[str, Any, Callable[[], float]]] = [
        ("extract_single", workers.SerialRunner(extractor), time.process_time),
        ("extract_workers2", pool, lambda: time.process_time() + sum(map(_cpu_seconds, pool.pids()))),
    ]
    if dask_runner is not None:
        client = dask_runner.client
        runners.append(
            (
                "extract_dask2",
                dask_runner,
                lambda: time.process_time() + sum(client.run(time.process_time).values()),
            )
        )
    chunks = {  # the same articles for each, chunked as ingest chunks them for that runner
        name: [
            tasks[a:b]
            for a, b in workers.chunk_bounds(lengths, runner.chunk_characters, runner.chunk_articles)
        ]
        for name, runner, _ in runners
    }
    rates: dict[str, list[float]] = {}
    try:
        pool.warm_up()  # processes started, gazetteers loaded: steady-state extraction is timed
        for _ in range(EXTRACT_ROUNDS):
            for name, runner, cpu in runners:
                cpu_before = cpu()
                started = time.perf_counter()
                tickets = [runner.submit(chunk) for chunk in chunks[name]]
                for ticket in tickets:
                    runner.result(ticket)
                elapsed = time.perf_counter() - started
                rates.setdefault(f"{name}_articles_per_s", []).append(len(tasks) / elapsed)
                rates.setdefault(f"{name}_cores", []).append((cpu() - cpu_before) / elapsed)
    finally:
        pool.close()
        if dask_runner is not None:
            dask_runner.close()
    return rates


def _cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) a live process has used so far, from /proc (0 elsewhere)."""
    import os

    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def benchmark_filter(events: Any) -> Any:
    """The EventFilter the filter benchmarks apply: a season, the busiest states, two types."""
    from .events import EventFilter

    busiest = events["state"].value_counts().index[:FILTER_STATE_COUNT]
    return EventFilter(
        date_from=FILTER_DATES[0],
        date_to=FILTER_DATES[1],
        states=tuple(str(s) for s in busiest),
        event_types=FILTER_TYPES,
    )


def bench_sql_paths(db: Path, url: str, size: int, repeats: int) -> list[Measurement]:
    """`load_events` without the snapshot from SQLite and from PostgreSQL (the same events),
    one after the other in each repeat, so that a burst of load elsewhere hits both alike.

    Replaces the SQLite figure `bench_database` took alone (the ratio is judged on this pair)."""
    from . import events

    times: dict[str, list[float]] = {"load_events_sql_s": [], "load_events_postgres_s": []}
    for source in (db, url):  # warm-up: imports, the drivers, the server's caches
        events.load_events(source, unit="mention", use_snapshot=False)
    for _ in range(max(1, repeats)):
        for metric, source in (("load_events_sql_s", db), ("load_events_postgres_s", url)):
            started = time.perf_counter()
            events.load_events(source, unit="mention", use_snapshot=False)
            times[metric].append(time.perf_counter() - started)
    return [Measurement(size, metric, runs) for metric, runs in times.items()]


def bench_events(db: Path, data: synthetic.SyntheticData, size: int, repeats: int) -> list[Measurement]:
    """Issue 10: building the events of `size` mentions, and loading them, against the
    release's `load_events` (one row per mention, SQL path) in the same run. The pairs are
    timed in alternation, so that a busy spell on a shared machine weighs on both sides."""
    from . import events, store
    from .gazetteer import load_containment
    from .grouping import build_event_tables

    containment = load_containment()
    out: list[Measurement] = []
    with store.open_db(db) as conn:
        started = time.perf_counter()
        conn.rebuild_events(containment)
        out.append(Measurement(size, "events_rebuild_s", [time.perf_counter() - started]))

    def release_load() -> Any:
        return events.load_events(db, unit="mention", use_snapshot=False)

    def build() -> Any:
        return build_event_tables(data.articles, data.mentions, containment=containment)

    def load() -> Any:
        return events.load_events(db, use_snapshot=False)

    release_load(), build(), load()  # warm-up: imports, page cache
    runs: dict[str, list[float]] = {"release": [], "build": [], "load": []}
    for _ in range(max(1, repeats)):
        for name, function in (("release", release_load), ("build", build), ("load", load)):
            started = time.perf_counter()
            function()
            runs[name].append(time.perf_counter() - started)
    out.append(Measurement(size, "events_build_s", runs["build"]))
    out.append(Measurement(size, "events_load_sql_s", runs["load"]))
    release = statistics.median(runs["release"])
    out.append(Measurement(size, "events_build_vs_load_sql", [statistics.median(runs["build"]) / release]))
    out.append(Measurement(size, "events_load_vs_load_sql", [statistics.median(runs["load"]) / release]))
    return out


def bench_database(db: Path, size: int, repeats: int) -> list[Measurement]:
    """load_events, filtering, map data and HTML on the synthetic database `db` (its events
    built: see bench_events)."""
    from . import events, mapview

    out: list[Measurement] = []
    sql_times, _ = timed(lambda: events.load_events(db, unit="mention", use_snapshot=False), repeats)
    out.append(Measurement(size, "load_events_sql_s", sql_times))
    load_times, frame = timed(lambda: events.load_events(db), repeats)  # the warm-up writes the snapshot
    out.append(Measurement(size, "load_events_s", load_times))
    excerpts = events.load_excerpts(db)
    flt = benchmark_filter(frame)

    filter_times, filtered = timed(lambda: events.filter_events(frame, flt), repeats)
    out.append(Measurement(size, "filter_events_s", filter_times))
    out.append(Measurement(size, "filtered_events", [float(len(filtered))]))
    # As the app does (ui/data.py): the map's data has no popups; one is made when selected.
    to_map_times, _ = timed(lambda: mapview.build_map_data(events.filter_events(frame, flt)), repeats)
    out.append(Measurement(size, "filter_to_map_data_s", to_map_times))

    def build_all() -> tuple[Any, str]:
        data = mapview.build_map_data(frame)
        return data, mapview.map_payload_json(data)

    build_times, (map_data, payload) = timed(build_all, repeats)
    out.append(Measurement(size, "map_build_s", build_times))
    # What the explore page's map component receives; the outlines and Leaflet are static files
    # the browser caches, so they are not part of a view's payload.
    out.append(Measurement(size, "map_payload_bytes", [float(len(payload.encode("utf-8")))]))
    with_popups = mapview.build_map_data(frame, excerpts=excerpts)  # a folium map carries them
    export = mapview.render_map_html(with_popups, inline_assets=True)
    out.append(Measurement(size, "map_export_bytes", [float(mapview.payload_size(export))]))
    out.append(Measurement(size, "map_points", [float(map_data.n_points)]))
    return out


# --- The browser --------------------------------------------------------------------------------


def browser_available() -> str | None:
    """None when the browser metrics can run; else the one-line reason they cannot."""
    if shutil.which("chromium") is None and shutil.which("chromium-browser") is None:
        return "no chromium on PATH (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install 'protestmap[browser]')"
    return None


@dataclass(frozen=True)
class FilterTimes:
    """Seconds, for one visit: navigation -> map drawn, and after the click on a state: the
    app's script run ended, the map first shows new layers, the map has settled (no zoom or
    pan animation left: what `browser_filter_change_s` reports)."""

    drawn: float
    rerun: float
    first_paint: float
    settled: float


class BrowserBench:
    """One chromium, one app per database; each visit in a fresh context (cold page, warm app).

    The app runs as a separate process (`browser.AppServer`); requests that would leave
    127.0.0.1 are aborted, as in the browser tests.
    """

    def __init__(self, playwright: Any, timeout: float = 180.0) -> None:
        from .browser import launch_chromium

        self.timeout = timeout
        self.browser = launch_chromium(playwright)

    @contextmanager
    def page(self) -> Iterator[Any]:
        from .browser import block_non_loopback

        context = self.browser.new_context(viewport={"width": 1400, "height": 1000})
        try:
            block_non_loopback(context)
            yield context.new_page()
        finally:
            context.close()

    def visit_until_drawn(self, url: str) -> float:
        """Seconds from navigation until the map's layers are painted."""
        from .browser import wait_for_map_drawn

        with self.page() as page:
            started = time.perf_counter()
            page.goto(url, wait_until="commit", timeout=self.timeout * 1000)
            wait_for_map_drawn(page, self.timeout, poll_ms=POLL_MS)
            return time.perf_counter() - started

    def visit_and_filter(self, url: str, state: str) -> FilterTimes:
        """Open the app, wait for the map, then pick `state` in the sidebar and time the change."""
        from .browser import (
            BrowserTimeout,
            map_summary,
            run_finished,
            state_option,
            wait_for_map_drawn,
            wait_for_run,
        )

        with self.page() as page:
            started = time.perf_counter()
            page.goto(url, wait_until="commit", timeout=self.timeout * 1000)
            summary = wait_for_map_drawn(page, self.timeout, poll_ms=POLL_MS)
            drawn = time.perf_counter() - started
            before_run = wait_for_run(page, timeout=self.timeout)
            before_map = summary.signature()
            option = state_option(page, state)

            started = time.perf_counter()
            option.click()
            # Watch both signals at once: the map may change before the script run ends.
            rerun = first_paint = None
            while rerun is None or first_paint is None:
                elapsed = time.perf_counter() - started
                if elapsed > self.timeout:
                    raise BrowserTimeout(
                        f"after choosing {state!r} the app did not update within {elapsed:.0f} s"
                    )
                if rerun is None and run_finished(page, before_run):
                    rerun = elapsed
                now = map_summary(page)
                if first_paint is None and now is not None and now.drawn and now.signature() != before_map:
                    first_paint = elapsed
                page.wait_for_timeout(POLL_MS)
            wait_for_map_drawn(page, self.timeout, different_from=before_map, poll_ms=POLL_MS)
            return FilterTimes(drawn, rerun, first_paint, time.perf_counter() - started)

    def visit_until_ready(self, url: str) -> float:
        """Seconds from navigation until the app's run has finished (the empty database has no map,
        so "ready" is the explore page's end-of-run caption, "View ready · run N")."""
        from .browser import wait_for_run

        with self.page() as page:
            started = time.perf_counter()
            page.goto(url, wait_until="commit", timeout=self.timeout * 1000)
            wait_for_run(page, timeout=self.timeout, polling=20)
            return time.perf_counter() - started

    def close(self) -> None:
        self.browser.close()


def bench_browser_app(bench: BrowserBench, db: Path, size: int, repeats: int) -> list[Measurement]:
    """The running app on `db`: first visit (cold caches), then warm visits with a filter change."""
    from .browser import AppServer

    with AppServer(db) as app:
        first = bench.visit_until_drawn(app.url)
        visits = [bench.visit_and_filter(app.url, BROWSER_STATE) for _ in range(max(1, repeats))]
    return [
        Measurement(size, "browser_first_load_s", [first]),
        Measurement(size, "browser_layers_drawn_s", [v.drawn for v in visits]),
        Measurement(size, "browser_filter_rerun_s", [v.rerun for v in visits]),
        Measurement(size, "browser_filter_first_paint_s", [v.first_paint for v in visits]),
        Measurement(size, "browser_filter_change_s", [v.settled for v in visits]),
    ]


def bench_browser_empty(bench: BrowserBench, db: Path, repeats: int) -> list[float]:
    from .browser import AppServer

    with AppServer(db) as app:
        bench.visit_until_ready(app.url)  # the first visit starts Streamlit's script machinery
        return [bench.visit_until_ready(app.url) for _ in range(max(1, repeats))]


# --- The whole run ------------------------------------------------------------------------------


def run_bench(
    sizes: Sequence[int],
    *,
    out: Path | None = None,
    repeats: int = 3,
    browser: bool = True,
    workdir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    ingest_articles: int | None = None,
) -> list[dict[str, Any]]:
    """Measure every stage at each size; return the result rows (and write them to `out`).

    Progress lines go to `progress` (default: stderr). A browser failure at one size is
    reported there and in the JSON's ``meta.browser_errors``; the other figures are kept.

    Rows are ``{"size", "metric", "median", "unit", "runs"[, "n"]}``; `out` gets
    ``{"results": rows, "meta": {...}}``. All data lives in a temporary folder (or `workdir`,
    which must not exist yet) that is removed afterwards unless `workdir` was given.

    The ingest-path comparison runs on `ingest_articles` articles (default INGEST_ARTICLES), at
    most the largest size; 0 leaves it out (a run about the largest sizes' reading alone).
    """
    if not sizes or any(size < 1 for size in sizes):
        raise ValueError(f"bench sizes must be positive event counts, got {list(sizes)!r}")
    say = progress or _print_progress
    reason = browser_available() if browser else "disabled (--no-browser)"
    measurements: list[Measurement] = []
    with _workspace(workdir) as folder, _postgres(say) as postgres_url:
        extraction: dict[int, dict[str, tuple[list[float], int]]] = {}
        wanted = INGEST_ARTICLES if ingest_articles is None else ingest_articles
        if wanted < 0:
            raise ValueError(f"bench ingest articles must be 0 or more, got {wanted}")
        n_ingest = min(max(sizes), wanted)
        if n_ingest:
            say(
                f"ingest paths: {n_ingest:,} news articles of ~{INGEST_ARTICLE_CHARS:,} characters,"
                " interleaved (legacy, batched, storing alone, 2 workers, Dask, PostgreSQL;"
                " then extraction alone)"
            )
            for metric, runs in bench_ingest(folder / "ingest", n_ingest, postgres_url).items():
                measurements.append(Measurement(max(sizes), metric, runs, n=n_ingest))
        browser_errors: list[str] = []
        browser_failures: tuple[type[BaseException], ...] = (ProtestmapError, TimeoutError)
        playwright_manager: Any = None
        browser_bench: BrowserBench | None = None
        try:
            if reason is None:
                from playwright.sync_api import Error as PlaywrightError
                from playwright.sync_api import sync_playwright

                browser_failures = (*browser_failures, PlaywrightError)

                playwright_manager = sync_playwright().start()
                browser_bench = BrowserBench(playwright_manager)
                say("browser: empty database")
                empty = bench_browser_empty(
                    browser_bench, synthetic.empty_db(folder / "empty.sqlite"), repeats
                )
            for size in sizes:
                n_articles = min(size, EXTRACT_ARTICLES)
                if n_articles not in extraction:
                    say(f"extraction: {n_articles} synthetic articles")
                    extraction[n_articles] = bench_extraction(
                        folder / f"extract-{n_articles}", n_articles, repeats
                    )
                for metric, (runs, n) in extraction[n_articles].items():
                    measurements.append(Measurement(size, metric, runs, n=n))

                say(f"{size:,} events: generating the synthetic database")
                db = folder / f"events-{size}.sqlite"
                started = time.perf_counter()
                data = synthetic.generate_events_db(db, size)
                measurements.append(Measurement(size, "generate_db_s", [time.perf_counter() - started]))
                measurements.append(Measurement(size, "db_bytes", [float(synthetic.db_size_bytes(db))]))
                say(f"{size:,} mentions: build the events, load them")
                measurements.extend(bench_events(db, data, size, repeats))
                del data
                say(f"{size:,} events: load, filter, map")
                measurements.extend(bench_database(db, size, repeats))
                if postgres_url is not None and size <= POSTGRES_LOAD_MAX:
                    say(f"{size:,} events: PostgreSQL load_events, alternating with SQLite's")
                    url = postgres_url(f"events_{size}")
                    synthetic.generate_events_db(url, size)
                    measurements = [
                        m for m in measurements if (m.size, m.metric) != (size, "load_events_sql_s")
                    ]
                    measurements.extend(bench_sql_paths(db, url, size, repeats))
                if browser_bench is not None:
                    say(f"{size:,} events: browser")
                    try:
                        measurements.extend(bench_browser_app(browser_bench, db, size, repeats))
                        measurements.append(Measurement(size, "browser_empty_db_s", empty))
                    except browser_failures as error:
                        # One size whose app or map fails must not lose every other figure.
                        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
                        browser_errors.append(f"{size}: {first_line}")
                        say(f"{size:,} events: browser metrics failed: {first_line}")
                db.unlink()
                for suffix in ("-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
        finally:
            if browser_bench is not None:
                browser_bench.close()
            if playwright_manager is not None:
                playwright_manager.stop()
    rows = [m.to_json() for m in measurements]
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        meta = {
            "repeats": repeats,
            "sizes": list(sizes),
            "browser": reason or "measured",
            "browser_errors": browser_errors,
            **_machine(),
        }
        Path(out).write_text(json.dumps({"results": rows, "meta": meta}, indent=2) + "\n", encoding="utf-8")
    if reason is not None and browser:
        say(f"browser metrics skipped: {reason}")
    return rows


def _print_progress(message: str) -> None:
    """The default progress report: a bench runs for minutes, so say what it is doing (stderr,
    so that stdout stays the table)."""
    import sys

    print(f"bench: {message}", file=sys.stderr, flush=True)


@contextmanager
def _postgres(say: Callable[[str], None]) -> Iterator[Callable[[str], str] | None]:
    """A throwaway PostgreSQL server (fsync on) for the bench, as a maker of new databases' URLs;
    None, with a progress line saying why, where PostgreSQL is not installed."""
    from .store.cluster import temporary_cluster, unavailable_reason

    reason = unavailable_reason()
    if reason is not None:
        say(f"PostgreSQL metrics skipped: {reason}")
        yield None
        return
    with temporary_cluster(durable=True) as cluster:
        yield cluster.create_database


@contextmanager
def _workspace(workdir: Path | None) -> Iterator[Path]:
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=False)
        yield workdir
        return
    with tempfile.TemporaryDirectory(prefix="protestmap-bench-") as tmp:
        yield Path(tmp)


def _machine() -> dict[str, Any]:
    import os
    import platform

    # The load average when the bench ends: on a shared machine, parallel ratios depend on it.
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "load_average": [round(value, 2) for value in os.getloadavg()],
    }


# --- Reading the results ------------------------------------------------------------------------


def _format_value(value: float, unit: str) -> str:
    if unit == "bytes":
        return f"{value / 1e6:.2f} MB" if value >= 1e5 else f"{value / 1e3:.1f} KB"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "cores":
        return f"{value:.2f}"
    if unit == "articles/s":
        return f"{value:,.0f}/s"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:,.0f}"


def check_targets(results: Sequence[dict[str, Any]]) -> list[str]:
    """One line per target that the results can judge: 'ok' or 'MISSED', with the figures."""
    by_key = {(row["size"], row["metric"]): row["median"] for row in results}
    lines: list[str] = []
    for metric, size, op, bound in TARGETS:
        for (row_size, row_metric), value in sorted(by_key.items()):
            if row_metric != metric or (size is not None and row_size != size):
                continue
            ok = value <= bound if op == "<=" else value >= bound
            lines.append(
                f"{'ok    ' if ok else 'MISSED'} {metric} at {row_size:,}: "
                f"{_format_value(value, UNITS[metric])} (target {op} {_format_value(bound, UNITS[metric])})"
            )
            if size is None:
                break  # size-independent: judge it once
    for metric, baseline, size, op, factor in RATIO_TARGETS:
        for (row_size, row_metric), value in sorted(by_key.items()):
            if row_metric != metric or (size is not None and row_size != size):
                continue
            base = by_key.get((row_size, baseline))
            if not base:
                continue
            ratio = value / base
            ok = ratio >= factor if op == ">=" else ratio <= factor
            lines.append(
                f"{'ok    ' if ok else 'MISSED'} {metric} at {row_size:,}: {ratio:.2f}x {baseline}"
                f" (target {op} {factor:.2f}x)"
            )
    for metric, size, k in RELATIVE_TARGETS:
        value = by_key.get((size, metric))
        empty = by_key.get((size, "browser_empty_db_s"))
        if value is not None and empty:
            ok = value <= k * empty
            verdict = "ok    " if ok else "MISSED"
            lines.append(
                f"{verdict} {metric} at {size:,}: {value / empty:.2f}x the empty app's first view "
                f"({_format_value(value, 's')} vs {_format_value(empty, 's')}; target <= {k:g}x)"
            )
    return lines


def format_bench_table(results: Sequence[dict[str, Any]]) -> str:
    """A plain-text table: one row per metric, one column per size, then the targets."""
    sizes = sorted({row["size"] for row in results})
    metrics = [m for m in UNITS if any(row["metric"] == m for row in results)]
    cell = {(row["size"], row["metric"]): row for row in results}
    header = ["metric", *[f"{size:,} events" for size in sizes]]
    table = [header]
    for metric in metrics:
        line = [metric]
        for size in sizes:
            row = cell.get((size, metric))
            line.append("-" if row is None else _format_value(row["median"], row["unit"]))
        table.append(line)
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    text = [
        "  ".join(
            value.ljust(widths[i]) if i == 0 else value.rjust(widths[i]) for i, value in enumerate(line)
        )
        for line in table
    ]
    text.insert(1, "  ".join("-" * width for width in widths))
    if not any(row["metric"] in BROWSER_METRICS for row in results):
        text.append("(browser metrics not measured: no chromium, Playwright missing, or --no-browser)")
    targets = check_targets(results)
    if targets:
        text.extend(["", "targets:", *("  " + line for line in targets)])
    return "\n".join(text)
