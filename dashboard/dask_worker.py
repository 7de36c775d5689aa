"""What runs on a Dask worker: the extractor, set up once per worker, and the chunk task.

A module of its own so that `dashboard.workers` (imported by every ingest) does not import
Dask: only `--scheduler` needs it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import dask
from distributed import LocalCluster, WorkerPlugin, get_worker

from .models import Extractor, Mention
from .workers import ExtractionTask, extract_chunk, warm_up

PROFILER_CALLBACKS = ("profile", "profile-cycle")
"""The worker's statistical profiler (`distributed.worker.profile`): every 10 ms it walks the
stack of the running task. The geoparser's stacks are deep and its calls short, and measured on
a LocalCluster the profiler made each article cost 1.8x the CPU time it costs in one process
(1.2x without it), so the plugin pauses it while it is installed."""


QUIET_HOUSEKEEPING: dict[str, str] = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
"""Dask's own housekeeping, less often than its defaults (20 ms, 500 ms, 100 ms). Every Dask
server (scheduler, nanny, worker) checks its event loop every `tick.interval`, samples the
process (CPU, memory, network, disk) every `system-monitor.interval`, and nannies and workers
check memory every `memory.monitor-interval`. Measured on an idle 2-worker LocalCluster, that
is ~95 ms of CPU a second (a tenth of a core, in the scheduler's process ~45 ms and ~25 ms in
each worker, where it also takes the GIL from the running task); with these values ~17 ms.
On a 2-core machine that tenth of a core is taken from extraction. The memory checks still
run every second, and extraction's memory is flat (one chunk at a time). For a real cluster,
the same settings go in each worker's environment (README, Scaling up)."""


@contextmanager
def local_cluster(workers: int = 2) -> Iterator[LocalCluster]:
    """A LocalCluster of `workers` processes with one thread each (extraction holds the GIL,
    so threads would not add cores), and QUIET_HOUSEKEEPING: what the bench and the tests run.
    The settings reach the worker processes through their nannies, which pass on the config
    they were created with (also to a worker they start again after one died)."""
    with (
        dask.config.set(QUIET_HOUSEKEEPING),
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
    ):
        yield cluster


class ExtractorPlugin(WorkerPlugin):
    """The extractor on a worker. `setup` runs once on every worker, including one that joins
    later or replaces a dead one, and loads the gazetteer there before any chunk arrives.

    It also pauses the worker's statistical profiler (see PROFILER_CALLBACKS) until `teardown`,
    which resumes what it paused: a shared cluster gets its profiler back after the ingest."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self.paused: list[Any] = []

    def setup(self, worker: Any) -> None:
        callbacks = getattr(worker, "periodic_callbacks", {})
        for name in PROFILER_CALLBACKS:
            callback = callbacks.get(name)
            if callback is not None and callback.is_running():
                callback.stop()
                self.paused.append(callback)
        warm_up(self.extractor)

    def teardown(self, worker: Any) -> None:
        for callback in self.paused:
            callback.start()
        self.paused.clear()


def extract_on_dask_worker(plugin: str, tasks: Sequence[ExtractionTask]) -> list[list[Mention]]:
    """One chunk, on the worker's own copy of the extractor (registered as `plugin`)."""
    installed = get_worker().plugins[plugin]
    assert isinstance(installed, ExtractorPlugin), f"{plugin} is not protestmap's extractor plugin"
    return extract_chunk(installed.extractor, tasks)
