"""Extraction spread over worker processes or a Dask cluster, results in input order.

Extraction is a pure function of (text, published, language, extractor version), so it can
run anywhere: the extractor (a picklable value) is shipped to each worker once, each worker
loads the gazetteer once (the first extraction warms its in-process cache), and the results
come back to the one writer in the order the articles were submitted. A worker that dies
loses nothing: its chunks are submitted again (the process pool is rebuilt; Dask reschedules
on its own), and since nothing is written until the results are back, no article is stored
twice.

Three runners with one shape (`submit` a chunk, `result` of a ticket in order):

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


@dataclass(frozen=True)
class ExtractionTask:
    """The inputs of one article's extraction: nothing else may influence its result."""

    text: str
    published: date | None
    language: str | None


def extract_chunk(extractor: Extractor, tasks: Sequence[ExtractionTask]) -> list[list[Mention]]:
    """Run `extractor` on each task; what every runner calls, in whichever process."""
    return [extractor.extract(t.text, published=t.published, language=t.language) for t in tasks]


class Runner(Protocol):
    def submit(self, tasks: Sequence[ExtractionTask]) -> int:
        """Queue a chunk; a ticket for `result`."""
        ...

    def result(self, ticket: int) -> list[list[Mention]]:
        """The chunk's mentions (blocks until they are there)."""
        ...

    def close(self) -> None: ...


class SerialRunner:
    """Extraction in this process, when asked for (lazily, so a failed write stops early)."""

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


_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    """Each pool process keeps the extractor and loads the gazetteer once, before its first chunk."""
    global _worker_extractor
    _worker_extractor = extractor
    extractor.extract("Caracas", published=None, language=None)


def _extract_in_worker(tasks: Sequence[ExtractionTask]) -> list[list[Mention]]:
    assert _worker_extractor is not None, "worker started without an extractor"
    return extract_chunk(_worker_extractor, tasks)


class ProcessRunner:
    """N local processes. A process that dies (killed, out of memory) breaks the pool; the
    pool is then rebuilt and every chunk not yet collected is submitted again."""

    def __init__(self, extractor: Extractor, workers: int) -> None:
        if workers < 1:
            raise ProtestmapError(f"--workers {workers}: use 1 or more")
        self.extractor = extractor
        self.workers = workers
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
    """Chunks as tasks on a Dask distributed cluster; the extractor is scattered once to every
    worker. Dask retries a task whose worker died (up to its `allowed-failures`)."""

    def __init__(self, extractor: Extractor, scheduler: Any) -> None:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - a dependency of protestmap
            raise ProtestmapError(f"--scheduler needs Dask's distributed package ({exc})") from None
        try:
            self.client = Client(scheduler, timeout="30s", set_as_default=False)
        except OSError as exc:
            raise ProtestmapError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        self._extractor = self.client.scatter(extractor, broadcast=True, hash=False)
        self._futures: dict[int, Any] = {}
        self._next = 0

    def warm_up(self) -> None:
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        futures = [
            self.client.submit(
                extract_chunk, self._extractor, [ExtractionTask("Caracas", None, None)], pure=False
            )
            for _ in range(workers * 2)
        ]
        self.client.gather(futures)

    def submit(self, tasks: Sequence[ExtractionTask]) -> int:
        self._next += 1
        self._futures[self._next] = self.client.submit(
            extract_chunk, self._extractor, list(tasks), pure=False
        )
        return self._next

    def result(self, ticket: int) -> list[list[Mention]]:
        mentions: list[list[Mention]] = self._futures.pop(ticket).result()
        return mentions

    def close(self) -> None:
        for future in self._futures.values():
            future.cancel()
        self._futures.clear()
        self.client.close()


def make_runner(extractor: Extractor, *, workers: int = 1, scheduler: Any = None) -> Runner:
    """The runner `--workers N` / `--scheduler ADDRESS` ask for (serial by default)."""
    if scheduler is not None or workers > 1:
        geocoder = getattr(extractor, "geocoder", None)
        if geocoder is not None:
            raise ProtestmapError(
                "an online geocoder cannot be shared by parallel workers (Nominatim allows one "
                "request a second): drop --workers/--scheduler or --geocoder nominatim"
            )
    if scheduler is not None:
        return DaskRunner(extractor, scheduler)
    if workers > 1:
        return ProcessRunner(extractor, workers)
    if workers < 1:
        raise ProtestmapError(f"--workers {workers}: use 1 or more")
    return SerialRunner(extractor)
