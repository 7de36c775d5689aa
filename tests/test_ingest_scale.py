"""Ingest at scale: worker processes, a Dask LocalCluster, PostgreSQL, and kill -9 at random points.

The parallel paths must store exactly what a single process stores (same events, same ids),
and no crash may leave an article half-stored.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from locations import ARTICLES

from dashboard import store, synthetic, workers
from dashboard.dask_worker import local_cluster
from dashboard.events import load_events
from dashboard.geoparse import default_extractor
from dashboard.ingest import ingest_paths
from dashboard.models import Mention


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The shipped articles plus 40 synthetic ones (as one JSONL file)."""
    folder = tmp_path_factory.mktemp("corpus")
    jsonl = synthetic.articles_to_jsonl(
        synthetic.synthetic_articles(40, target_chars=1500), folder / "s.jsonl"
    )
    return [ARTICLES, jsonl]


@pytest.fixture(scope="module")
def single_process_events(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    db = tmp_path_factory.mktemp("single") / "p.db"
    summary = ingest_paths(corpus, db)
    assert not summary.errors and summary.new == 46
    return load_events(db, unit="mention", roles=("protest_site", "other"))


def test_two_worker_processes_store_what_one_process_stores(
    corpus: list[Path], single_process_events: pd.DataFrame, db_path: Path
) -> None:
    summary = ingest_paths(corpus, db_path, workers=2)
    assert summary.new == 46 and not summary.errors
    pd.testing.assert_frame_equal(
        load_events(db_path, unit="mention", roles=("protest_site", "other")), single_process_events
    )


def test_a_dask_local_cluster_stores_what_one_process_stores(
    corpus: list[Path], single_process_events: pd.DataFrame, db_path: Path
) -> None:
    with local_cluster(2) as cluster:
        summary = ingest_paths(corpus, db_path, scheduler=cluster.scheduler_address)
    assert summary.new == 46 and not summary.errors
    pd.testing.assert_frame_equal(
        load_events(db_path, unit="mention", roles=("protest_site", "other")), single_process_events
    )


def _profiler_running(dask_worker: Any) -> bool:
    return bool(dask_worker.periodic_callbacks["profile"].is_running())


def test_the_extractor_plugin_pauses_each_workers_profiler_and_gives_it_back() -> None:
    """Dask's statistical profiler walks the deep geoparser stacks every 10 ms (nearly doubling
    each article's CPU time): paused while our plugin is installed, running again after."""
    from distributed import Client

    from dashboard.workers import DaskRunner

    with local_cluster(2) as cluster, Client(cluster) as client:
        assert set(client.run(_profiler_running).values()) == {True}
        runner = DaskRunner(default_extractor(), cluster.scheduler_address)
        assert set(client.run(_profiler_running).values()) == {False}
        runner.close()
        assert set(client.run(_profiler_running).values()) == {True}


def _housekeeping_ms(server: Any) -> dict[str, float]:
    callbacks = server.periodic_callbacks
    return {
        name: callbacks[name].callback_time
        for name in ("tick", "monitor", "memory_monitor")
        if name in callbacks
    }


def _worker_housekeeping_ms(dask_worker: Any) -> dict[str, float]:
    return _housekeeping_ms(dask_worker)


def _scheduler_housekeeping_ms(dask_scheduler: Any) -> dict[str, float]:
    return _housekeeping_ms(dask_scheduler)


def test_the_local_cluster_runs_dasks_housekeeping_less_often_on_every_server() -> None:
    """Dask's event-loop checks (every 20 ms), system samples (500 ms) and memory checks
    (100 ms) cost an idle 2-worker cluster a tenth of a core: the cluster the bench and these
    tests start runs them every 1 s, 5 s and 1 s, in the worker processes too."""
    from distributed import Client

    with local_cluster(2) as cluster, Client(cluster) as client:
        on_workers = list(client.run(_worker_housekeeping_ms).values())
        on_scheduler = client.run_on_scheduler(_scheduler_housekeeping_ms)
    assert on_workers == [{"tick": 1000, "monitor": 5000, "memory_monitor": 1000}] * 2
    assert on_scheduler == {"tick": 1000, "monitor": 5000}


@pytest.mark.parametrize(
    ("lengths", "characters", "articles", "bounds"),
    [
        ([10, 10, 10, 10], 20, 64, [(0, 2), (2, 4)]),  # a chunk ends once it holds `characters`
        ([10, 10, 10, 10], 25, 64, [(0, 3), (3, 4)]),  # the last chunk takes what is left
        ([1] * 5, 1000, 2, [(0, 2), (2, 4), (4, 5)]),  # short items: at most `articles` a chunk
        ([50, 1, 1], 20, 64, [(0, 1), (1, 3)]),  # an article longer than a chunk is a chunk
        ([], 20, 64, []),
    ],
)
def test_chunk_bounds(
    lengths: list[int], characters: int, articles: int, bounds: list[tuple[int, int]]
) -> None:
    assert workers.chunk_bounds(lengths, characters, articles) == bounds


def test_dask_gets_larger_chunks_than_a_process_pool() -> None:
    """A Dask task costs ~7 ms of CPU outside the task, a pool's ~1 ms: news articles go to Dask
    four to a pool's one, so scheduling stays a small share of the work."""
    lengths = [3000] * 400
    pool_chunks = workers.chunk_bounds(
        lengths, workers.ProcessRunner.chunk_characters, workers.ProcessRunner.chunk_articles
    )
    dask_chunks = workers.chunk_bounds(
        lengths, workers.DaskRunner.chunk_characters, workers.DaskRunner.chunk_articles
    )
    assert (len(pool_chunks), len(dask_chunks)) == (29, 8)


def test_the_events_frame_is_identical_on_sqlite_and_postgresql(
    corpus: list[Path], single_process_events: pd.DataFrame, pg_url: str
) -> None:
    summary = ingest_paths(corpus, pg_url, workers=2)
    assert summary.new == 46 and not summary.errors
    pd.testing.assert_frame_equal(
        load_events(pg_url, unit="mention", roles=("protest_site", "other")), single_process_events
    )
    assert store.search_article_ids(store.open_db(pg_url), "manifestantes")


def test_db_copy_both_ways_keeps_every_event(
    corpus: list[Path], single_process_events: pd.DataFrame, pg_url: str, tmp_path: Path
) -> None:
    from dashboard.cli import main

    source = tmp_path / "source.db"
    ingest_paths(corpus, source)
    assert main(["db", "copy", str(source), pg_url]) == 0
    back = tmp_path / "back.db"
    assert main(["db", "copy", pg_url, f"sqlite:///{back}"]) == 0
    assert main(["db", "copy", pg_url, str(back)]) == 0  # again: everything already there

    def in_text_order(frame: pd.DataFrame) -> pd.DataFrame:
        # A copy numbers events afresh, article by article: compare them in a fixed order.
        ordered = frame.drop(columns="event_id").sort_values(["article_id", "start", "end", "place_id"])
        return ordered.reset_index(drop=True)

    for db in (pg_url, back):
        copied = load_events(db, unit="mention", roles=("protest_site", "other"))
        pd.testing.assert_frame_equal(in_text_order(copied), in_text_order(single_process_events))
        # the events, built in each copy, are the same events with the same ids
        pd.testing.assert_frame_equal(load_events(db), load_events(source))


@dataclass(frozen=True)
class DiesOnceExtractor:
    """The shipped extractor, but the worker that meets `trigger` first dies (os._exit), once."""

    marker: str
    trigger: str = "número 3 "

    @property
    def version(self) -> str:
        return default_extractor().version

    def extract(
        self, text: str, *, published: date | None = None, language: str | None = None
    ) -> list[Mention]:
        if self.trigger in text and not os.path.exists(self.marker):
            Path(self.marker).write_text("died")
            os._exit(9)
        return default_extractor().extract(text, published=published, language=language)


def test_a_worker_that_dies_loses_nothing_and_stores_nothing_twice(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02}.txt").write_text(
            f"Protesta número {i} en Valencia, estado Carabobo.", encoding="utf-8"
        )
    extractor = DiesOnceExtractor(str(tmp_path / "died"))
    summary = ingest_paths([folder], db_path, workers=2, extractor=extractor)
    assert (tmp_path / "died").exists()  # a worker did die
    assert summary.new == 12 and not summary.errors
    with store.open_db(db_path) as conn:
        assert conn.count_rows()["articles"] == 12
        assert conn.execute("SELECT count(DISTINCT article_id) FROM mentions").fetchone()[0] == 12


def test_a_dask_worker_that_dies_mid_ingest_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path, db_path: Path
) -> None:
    """The worker running one chunk dies (os._exit) the first time it meets the middle article:
    Dask runs the chunk again on a worker that lives (the dead one's nanny starts a fresh one,
    which gets the extractor through the plugin), and every article is stored once, with its
    mentions once."""
    folder = tmp_path / "in"
    folder.mkdir()
    count = 3 * workers.DASK_CHUNK_CHARACTERS // 2500  # three of Dask's chunks
    articles = synthetic.synthetic_articles(count, target_chars=2500, seed=5)
    for i, article in enumerate(articles):
        (folder / f"{i:03}.txt").write_text(
            f"{article.text}\n\nProtesta número {i} en Valencia.", encoding="utf-8"
        )
    reference = tmp_path / "reference.db"
    ingest_paths([folder], reference)
    extractor = DiesOnceExtractor(str(tmp_path / "died"), trigger=f"número {count // 2} ")
    with local_cluster(2) as cluster:
        summary = ingest_paths([folder], db_path, scheduler=cluster.scheduler_address, extractor=extractor)
    assert (tmp_path / "died").exists()  # a worker did die, mid-run
    assert summary.new == count and not summary.errors
    assert _mentions_per_article(db_path) == _mentions_per_article(reference)
    pd.testing.assert_frame_equal(load_events(db_path), load_events(reference))


@pytest.mark.parametrize("parallel", [["--workers", "2"], ["--scheduler", "tcp://127.0.0.1:9"]])
def test_an_online_geocoder_with_parallel_extraction_is_refused_before_the_database_is_touched(
    parallel: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nominatim allows one request a second for the whole run: parallel workers would break
    that or wait on each other, so the combination is one clear line, and nothing is created."""
    from dashboard.cli import main

    db = tmp_path / "p.db"
    code = main(["ingest", str(ARTICLES), "--db", str(db), "--geocoder", "nominatim", *parallel])
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.strip().splitlines()) == 1
    assert "one request a second" in err and "protestmap reprocess --geocoder nominatim" in err
    assert not db.exists()


# --- kill -9 at random points ------------------------------------------------------------------

KILL_POINTS = 20


def test_kill_9_at_random_points_leaves_every_article_all_or_nothing(tmp_path: Path) -> None:
    """Each run is killed at a random moment; after each, the file checks, every stored article
    has exactly its mentions, and a final run completes what the killed ones left."""
    articles = synthetic.synthetic_articles(60, target_chars=600, seed=11)
    source = tmp_path / "feed"
    source.mkdir()
    for i in range(0, 60, 3):  # 20 files of 3 articles: files are stored whole or not at all
        synthetic.articles_to_jsonl(articles[i : i + 3], source / f"{i:03}.jsonl")
    reference = tmp_path / "reference.db"
    ingest_paths([source], reference)
    expected = _mentions_per_article(reference)
    db = tmp_path / "killed.db"
    rng = random.Random(20240728)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    command = [sys.executable, "-m", "dashboard", "ingest", str(source), "--db", str(db)]
    for _ in range(KILL_POINTS):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        _check_all_or_nothing(db, expected)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert _mentions_per_article(db) == expected


def _mentions_per_article(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT a.article_id, count(m.mention_id) FROM articles a LEFT JOIN mentions m USING (article_id)"
            " GROUP BY a.article_id"
        ).fetchall()
    finally:
        conn.close()
    return {str(a): int(n) for a, n in rows}


def _check_all_or_nothing(db: Path, expected: dict[str, int]) -> None:
    if not db.exists():
        return
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    if "articles" not in tables:
        return
    stored = _mentions_per_article(db)
    for aid, count in stored.items():
        assert expected[aid] == count, f"article {aid} stored with {count} of {expected[aid]} mentions"
    assert json.dumps(sorted(stored)) is not None
