"""Extraction spread over worker processes or a Dask cluster, results in input order.

Extraction is a pure function of (text, published, language, extractor version), so it can
run anywhere: the extractor (a picklable value) is shipped to each worker once, each worker
loads the gazetteer once (the first extraction warms its in-process cache), and the results
come back to the one writer in the order the articles were submitted. A worker that dies
loses nothing: its chunks are submitted again (the process pool is rebuilt; Dask reschedules
on its own), and since nothing is written until the results are back, no article is stored
twice.

Work goes out in chunks of several articles (`CHUNK_CHARACTERS` of text, which may span
files), never one task per article: a task costs a pool about a millisecond and a Dask
scheduler several, against ~5-25 ms to extract one news article. Each runner says how large
its chunks are (`chunk_characters`, `chunk_articles`): a Dask task costs several times what a
pool's does, so Dask gets larger chunks (`DASK_CHUNK_CHARACTERS`).

Three runners with one shape (`submit` a chunk, `result` of a ticket in order, `capacity`):

* `SerialRunner`: in this process (the default, and the bench's baseline);
* `ProcessRunner(n)`: `concurrent.futures.ProcessPoolExecutor` with n processes;
* `DaskRunner(address)`: a `distributed.Client` on a running scheduler (``tcp://host:8786``)
  or on a `LocalCluster` object (tests, bench).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from .errors import ProtestmapError
from .models import Extractor, Mention

MAX_POOL_RESTARTS = 3
ONLINE_GEOCODER_IS_SERIAL = (
    "--geocoder nominatim cannot be combined with --workers or --scheduler: Nominatim allows one "
    "request a second for the whole run, so parallel workers would either break its usage policy "
    "or wait on one another. Ingest in parallel with the offline gazetteer, then run "
    "`protestmap reprocess --geocoder nominatim` once"
)
"""Why an online geocoder keeps extraction in one process (see README, Scaling up)."""
CHUNK_CHARACTERS = 40_000
"""Text per extraction task: ~10 news articles of 4 KB, 50-200 ms of work, so a task's own cost
is a few per cent of it, and a dead worker's retry redoes little."""
CHUNK_ARTICLES = 64
"""At most this many articles per task (short items: a feed of headlines)."""
DASK_CHUNK_CHARACTERS = 4 * CHUNK_CHARACTERS
"""Text per task on Dask: ~50 news articles, 0.3-0.5 s of work. Measured on a 2-worker
LocalCluster, one task costs ~7 ms of CPU outside the task itself (the scheduler's and the
client's event loop ~4 ms, the worker's ~3 ms), against ~1 ms in a process pool: at
CHUNK_CHARACTERS that is ~6% of the extraction, at four times the text ~1.5%. A dead worker's
retry still redoes under a second of work, and with two tasks queued per worker the last
chunk's wait stays a few per cent of a run of a few hundred articles."""
DASK_CHUNK_ARTICLES = 4 * CHUNK_ARTICLES
"""At most this many articles per Dask task (short items), for the same reason."""
CHUNKS_PER_SLOT = 4
"""Chunks in flight per worker ahead of the writer: every worker stays busy while the writer
writes, and memory stays bounded."""


@dataclass(frozen=True)
class ExtractionTask:
    """The inputs of one article's extraction: nothing else may influence its result."""

    text: str
    published: date | None
    language: str | None


def extract_chunk(extractor: Extractor, tasks: Sequence[ExtractionTask]) -> list[list[Mention]]:
    """Run `extractor` on each task; what every runner calls, in whichever process."""
    return [extractor.extract(t.text, published=t.published, language=t.language) for t in tasks]


def chunk_bounds(
    lengths: Sequence[int], characters: int = CHUNK_CHARACTERS, articles: int = CHUNK_ARTICLES
) -> list[tuple[int, int]]:
    """(start, end) of each chunk of consecutive items of the given text lengths: a chunk ends
    once it holds `characters` of text or `articles` items (a runner's `chunk_characters`,
    `chunk_articles`)."""
    bounds: list[tuple[int, int]] = []
    start = chars = 0
    for index, length in enumerate(lengths):
        chars += length
        if chars >= characters or index + 1 - start >= articles:
            bounds.append((start, index + 1))
            start, chars = index + 1, 0
    if start < len(lengths):
        bounds.append((start, len(lengths)))
    return bounds


class Runner(Protocol):
    capacity: int
    """How many chunks it works on at once (1 for serial)."""
    chunk_characters: int
    """Text per chunk (see `chunk_bounds`): what one task costs this runner decides it."""
    chunk_articles: int
    """At most this many articles per chunk."""

    def submit(self, tasks: Sequence[ExtractionTask]) -> int:
        """Queue a chunk; a ticket for `result`."""
        ...

    def result(self, ticket: int) -> list[list[Mention]]:
        """The chunk's mentions (blocks until they are there)."""
        ...

    def close(self) -> None: ...


class SerialRunner:
    """Extraction in this process, when asked for (lazily, so a failed write stops early)."""

    capacity = 1
    chunk_characters = CHUNK_CHARACTERS
    chunk_articles = CHUNK_ARTICLES

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self._chunks: dict[int, Sequence[ExtractionTask]] = {}
        self._next = 0

    def submit(self, tasks: Sequence[ExtractionTask]) -> int:
        self._next += 1
        self._chunks[self._next] = tasks
        return self._next

    def result(self, ticket: int) -> list[list[Mention]]:
        return extract_chunk(self.extractor, self._chunks.pop(ticket))

    def close(self) -> None:
        self._chunks.clear()


def warm_up(extractor: Extractor) -> None:
    """Load what extraction loads once per process, before the first chunk: the gazetteer, and
    each shipped language's pack and reading (the first Spanish article after an English one
    costs ~0.25 s more). A worker started by spawning (Dask's) otherwise pays that in its first
    chunks, where a forked pool worker may have found it loaded in its parent."""
    from .knowledge import available_languages

    for language in (None, *available_languages()):
        extractor.extract("Caracas", published=None, language=language)


_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    """Each pool process keeps the extractor and loads the gazetteer once, before its first chunk."""
    global _worker_extractor
    _worker_extractor = extractor
    warm_up(extractor)


def _extract_in_worker(tasks: Sequence[ExtractionTask]) -> list[list[Mention]]:
    assert _worker_extractor is not None, "worker started without an extractor"
    return extract_chunk(_worker_extractor, tasks)


class ProcessRunner:
    """N local processes. A process that dies (killed, out of memory) breaks the pool; the
    pool is then rebuilt and every chunk not yet collected is submitted again."""

    chunk_characters = CHUNK_CHARACTERS
    chunk_articles = CHUNK_ARTICLES

    def __init__(self, extractor: Extractor, workers: int) -> None:
        if workers < 1:
            raise ProtestmapError(f"--workers {workers}: use 1 or more")
        self.extractor = extractor
        self.workers = workers
        self.capacity = workers
        self._chunks: dict[int, Sequence[ExtractionTask]] = {}
        self._futures: dict[int, Any] = {}
        self._next = 0
        self.restarts = 0
        self._pool = self._new_pool()

    def _new_pool(self) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # fork: the workers start at once with this process's modules (no re-import); each still
        # loads the gazetteer itself in `_start_worker`.
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(self.extractor,),
        )

    def pids(self) -> list[int]:
        """The worker processes' ids (the bench reads their CPU time)."""
        return list(getattr(self._pool, "_processes", None) or {})

    def warm_up(self) -> None:
        """Start every process and let it load the gazetteer (the bench times steady work)."""
        for future in [self._pool.submit(_extract_in_worker, []) for _ in range(self.workers * 2)]:
            future.result()

    def submit(self, tasks: Sequence[ExtractionTask]) -> int:
        self._next += 1
        self._chunks[self._next] = tasks
        self._futures[self._next] = self._pool.submit(_extract_in_worker, tasks)
        return self._next

    def result(self, ticket: int) -> list[list[Mention]]:
        from concurrent.futures.process import BrokenProcessPool

        while True:
            try:
                mentions: list[list[Mention]] = self._futures[ticket].result()
            except BrokenProcessPool:
                self._restart()
                continue
            del self._futures[ticket]
            del self._chunks[ticket]
            return mentions

    def _restart(self) -> None:
        self.restarts += 1
        if self.restarts > MAX_POOL_RESTARTS:
            raise ProtestmapError(
                f"extraction workers died {self.restarts} times; giving up (is the machine out of memory?)"
            )
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
        for ticket, tasks in self._chunks.items():
            self._futures[ticket] = self._pool.submit(_extract_in_worker, tasks)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner:
    """Chunks as tasks on a Dask distributed cluster.

    The extractor goes to each worker once, as a worker plugin whose setup also loads the
    gazetteer there; a worker that joins later or replaces a dead one gets it the same way.
    Dask runs a task again elsewhere when its worker dies (up to its `allowed-failures`),
    and nothing is written until a chunk's result is back, so no article is stored twice.
    Its chunks are larger than a pool's (DASK_CHUNK_CHARACTERS): a Dask task costs more.
    """

    chunk_characters = DASK_CHUNK_CHARACTERS
    chunk_articles = DASK_CHUNK_ARTICLES

    def __init__(self, extractor: Extractor, scheduler: Any) -> None:
        import uuid

        try:
            from distributed import Client

            from .dask_worker import ExtractorPlugin
        except ImportError as exc:  # pragma: no cover - a dependency of protestmap
            raise ProtestmapError(f"--scheduler needs Dask's distributed package ({exc})") from None
        try:
            self.client = Client(scheduler, timeout="30s", set_as_default=False)
        except OSError as exc:
            raise ProtestmapError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        self.plugin = f"protestmap-extractor-{uuid.uuid4().hex}"  # two ingests on one cluster: two plugins
        self.client.register_plugin(ExtractorPlugin(extractor), name=self.plugin)
        threads = sum(int(w.get("nthreads", 1)) for w in self.client.scheduler_info()["workers"].values())
        self.capacity = max(1, threads)
        self._futures: dict[int, Any] = {}
        self._next = 0

    def warm_up(self) -> None:
        """Nothing left to do: registering the plugin loaded the gazetteer on every worker."""

    def submit(self, tasks: Sequence[ExtractionTask]) -> int:
        from .dask_worker import extract_on_dask_worker

        self._next += 1
        self._futures[self._next] = self.client.submit(
            extract_on_dask_worker, self.plugin, list(tasks), pure=False
        )
        return self._next

    def result(self, ticket: int) -> list[list[Mention]]:
        from distributed import KilledWorker

        try:
            mentions: list[list[Mention]] = self._futures.pop(ticket).result()
        except KilledWorker as exc:
            raise ProtestmapError(
                f"Dask gave up on a chunk of articles: the workers running it died too often ({exc})"
            ) from None
        return mentions

    def close(self) -> None:
        for future in self._futures.values():
            future.cancel()
        self._futures.clear()
        try:
            self.client.unregister_worker_plugin(self.plugin)
        except Exception:  # noqa: BLE001 - a cluster already gone has nothing to unregister
            pass
        self.client.close()


def make_runner(extractor: Extractor, *, workers: int = 1, scheduler: Any = None) -> Runner:
    """The runner `--workers N` / `--scheduler ADDRESS` ask for (serial by default)."""
    if scheduler is not None or workers > 1:
        geocoder = getattr(extractor, "geocoder", None)
        if geocoder is not None:
            raise ProtestmapError(ONLINE_GEOCODER_IS_SERIAL)
    if scheduler is not None:
        return DaskRunner(extractor, scheduler)
    if workers > 1:
        return ProcessRunner(extractor, workers)
    if workers < 1:
        raise ProtestmapError(f"--workers {workers}: use 1 or more")
    return SerialRunner(extractor)
