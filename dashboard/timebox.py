"""Extraction with a time budget, for the app: a run that goes over is stopped, not waited for.

Why a child process: a Python thread cannot be stopped from outside, so an article that
takes minutes to geoparse would keep a core busy long after the page gave up on it. A child
process can be killed. It is a fresh interpreter (``python -m dashboard.timebox``, not a fork
of a server that runs threads, nor multiprocessing's re-import of the caller's main script)
that loads the gazetteer itself (~0.2 s), reads the articles as a pickle on stdin and writes
the mentions as a pickle on stdout. Both ends are this module: nothing else is unpickled.

The caller gets the mentions, or `ExtractionTimeout` naming the budget, or the child's own
error as a `ProtestmapError`.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Sequence

from .errors import ProtestmapError
from .models import Article, Mention

DEFAULT_BUDGET_S = 60.0
"""Seconds the Add-articles page gives the geoparser for one preview (every article in it)."""


class ExtractionTimeout(ProtestmapError, TimeoutError):
    """Extraction ran over its time budget and was stopped."""


def _extract_all(articles: Sequence[Article]) -> list[list[Mention]]:
    from .geoparse import default_extractor

    extractor = default_extractor()
    return [
        extractor.extract(article.text, published=article.published, language=article.language)
        for article in articles
    ]


def extract_within(articles: Sequence[Article], seconds: float = DEFAULT_BUDGET_S) -> list[list[Mention]]:
    """The mentions of each article (in order), or `ExtractionTimeout` after `seconds`."""
    if not articles:
        return []
    process = subprocess.Popen(
        [sys.executable, "-m", "dashboard.timebox"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        out, err = process.communicate(pickle.dumps(list(articles)), timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise ExtractionTimeout(
            f"finding the places took longer than {seconds:g} s and was stopped; "
            "split the text into smaller articles, or use `protestmap ingest` from a terminal"
        ) from None
    if process.returncode != 0:
        last = (err.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise ProtestmapError(f"extraction failed: {last}")
    result: list[list[Mention]] = pickle.loads(out)
    return result


def _serve() -> None:
    """The child's side: articles (pickle) on stdin, their mentions (pickle) on stdout."""
    articles = pickle.load(sys.stdin.buffer)
    mentions = _extract_all(articles)
    sys.stdout.buffer.write(pickle.dumps(mentions))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _serve()
