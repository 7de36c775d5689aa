"""What runs on a Dask worker: the extractor, set up once per worker, and the chunk task.

A module of its own so that `dashboard.workers` (imported by every ingest) does not import
Dask: only `--scheduler` needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from distributed import WorkerPlugin, get_worker

from .models import Extractor, Mention
from .workers import ExtractionTask, extract_chunk

PROFILER_CALLBACKS = ("profile", "profile-cycle")
"""The worker's statistical profiler (`distributed.worker.profile`): every 10 ms it walks the
stack of the running task. The geoparser's stacks are deep and its calls short, and measured on
a LocalCluster the profiler made each article cost 1.8x the CPU time it costs in one process
(1.2x without it), so the plugin pauses it while it is installed."""


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
        self.extractor.extract("Caracas", published=None, language=None)

    def teardown(self, worker: Any) -> None:
        for callback in self.paused:
            callback.start()
        self.paused.clear()


def extract_on_dask_worker(plugin: str, tasks: Sequence[ExtractionTask]) -> list[list[Mention]]:
    """One chunk, on the worker's own copy of the extractor (registered as `plugin`)."""
    installed = get_worker().plugins[plugin]
    assert isinstance(installed, ExtractorPlugin), f"{plugin} is not protestmap's extractor plugin"
    return extract_chunk(installed.extractor, tasks)
