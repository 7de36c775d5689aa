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


class ExtractorPlugin(WorkerPlugin):
    """The extractor on a worker. `setup` runs once on every worker, including one that joins
    later or replaces a dead one, and loads the gazetteer there before any chunk arrives."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def setup(self, worker: Any) -> None:
        self.extractor.extract("Caracas", published=None, language=None)


def extract_on_dask_worker(plugin: str, tasks: Sequence[ExtractionTask]) -> list[list[Mention]]:
    """One chunk, on the worker's own copy of the extractor (registered as `plugin`)."""
    installed = get_worker().plugins[plugin]
    assert isinstance(installed, ExtractorPlugin), f"{plugin} is not protestmap's extractor plugin"
    return extract_chunk(installed.extractor, tasks)
