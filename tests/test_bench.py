"""`protestmap bench` and its synthetic data: run for real, at the smallest size."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from locations import REPO

from dashboard import synthetic
from dashboard.bench import (
    BROWSER_METRICS,
    REQUIRED_METRICS,
    UNITS,
    check_targets,
    format_bench_table,
    run_bench,
)
from dashboard.events import EVENT_COLUMNS, load_events
from dashboard.models import EVENT_TYPES, LEVELS

SMALLEST = 200


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "events.sqlite"
    synthetic.generate_events_db(path, 3000)
    return path


def test_synthetic_db_loads_as_events_with_the_documented_columns(small_db: Path) -> None:
    events = load_events(small_db, unit="mention")
    assert list(events.columns) == list(EVENT_COLUMNS)
    assert len(events) == 3000
    assert set(events["level"].dropna()) <= set(LEVELS)
    assert set(events["event_type"].dropna()) <= set(EVENT_TYPES)
    assert events["event_type"].isna().any(), "some reports do not say what happened"
    assert events["country"].eq("VE").all()
    assert events["state_code"].str.match(r"^VE-[A-Z]$").all()


def test_synthetic_events_spread_over_the_year_after_the_election(small_db: Path) -> None:
    dates = load_events(small_db, unit="mention")["event_date"]
    dated = dates.dropna()
    assert dated.min() >= pd.Timestamp("2024-07-28") and dated.max() < pd.Timestamp("2025-07-29")
    assert 0.01 < dates.isna().mean() < 0.06, "a few events have no date"
    first_month = (dated < pd.Timestamp("2024-08-28")).mean()
    assert first_month > 0.3, "the weeks after the election are the busiest"


def test_synthetic_places_follow_population(small_db: Path) -> None:
    events = load_events(small_db, unit="mention")
    busiest = events["name"].value_counts().index[:5].tolist()
    assert {"Caracas", "Maracaibo"} & set(busiest)
    assert events["place_id"].nunique() > 300, "villages protest too, not only big cities"
    assert events["state"].nunique() >= 20


def test_excerpts_are_realistic_and_exercise_escaping(small_db: Path) -> None:
    sentences = load_events(small_db, unit="mention")["sentence"]
    lengths = sentences.str.len()
    assert lengths.min() >= 150 and lengths.max() <= 300
    for needle in ("<b>", "&", "«", "“", '"', "'", "á"):
        assert sentences.str.contains(needle, regex=False).any(), needle
    assert (
        sentences.str.contains("Vecinos|Foro Penal informó").any()
        and sentences.str.contains("residents").any()
    )


def test_mention_offsets_point_at_the_surface_in_the_article_text(small_db: Path) -> None:
    conn = sqlite3.connect(small_db)
    try:
        rows = conn.execute(
            "SELECT a.text, m.char_start, m.char_end, m.surface, m.sentence, m.role"
            " FROM mentions m JOIN articles a USING (article_id)"
        ).fetchall()
    finally:
        conn.close()
    assert {role for *_, role in rows} == {"protest_site", "other"}
    for text, start, end, surface, sentence, _ in rows:
        assert text[start:end] == surface
        assert sentence in text


def test_generation_is_deterministic() -> None:
    first, second = synthetic.generate(500), synthetic.generate(500)
    pd.testing.assert_frame_equal(first.mentions, second.mentions)
    assert (
        synthetic.generate(500, seed=1).mentions["sentence"].tolist() != first.mentions["sentence"].tolist()
    )


def test_synthetic_db_is_never_written_over(small_db: Path) -> None:
    with pytest.raises(FileExistsError):
        synthetic.generate_events_db(small_db, 10)


def test_synthetic_articles_are_about_5_kb_and_name_real_places() -> None:
    articles = synthetic.synthetic_articles(20)
    assert len({a.text for a in articles}) == 20
    assert {a.language for a in articles} == {"es", "en"}
    sizes = [len(a.text.encode("utf-8")) for a in articles]
    assert 4500 <= min(sizes) and max(sizes) <= 7000
    places = set(synthetic.load_places().query("population > 0")["name"])
    for article in articles:
        assert any(name in article.text for name in places)
        assert isinstance(article.published, date)


def test_run_bench_at_the_smallest_size_writes_every_metric(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_db = tmp_path / "users-own.sqlite"
    monkeypatch.setenv("PROTESTMAP_DB", str(user_db))
    out = tmp_path / "bench.json"

    results = run_bench([SMALLEST], out=out, repeats=1, browser=False)

    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["results"] == results
    by_metric = {row["metric"]: row for row in results}
    issue_10 = ("events_build_s", "events_load_sql_s", "events_build_vs_load_sql", "events_load_vs_load_sql")
    for metric in (
        *REQUIRED_METRICS,
        "gazetteer_load_warm_s",
        "map_build_s",
        "ingest_articles_per_s",
        *issue_10,
    ):  # noqa: E501
        row = by_metric[metric]
        assert row["size"] == SMALLEST
        assert row["unit"] == UNITS[metric]
        assert isinstance(row["median"], float) and row["median"] > 0
    assert not set(BROWSER_METRICS) & set(by_metric)
    assert by_metric["extract_articles_per_s"]["n"] == SMALLEST
    assert not user_db.exists(), "the bench never opens the user's database"

    table = format_bench_table(results)
    assert "filter_to_map_data_s" in table and f"{SMALLEST} events" in table
    assert "browser metrics not measured" in table


@pytest.mark.browser
def test_the_bench_command_measures_the_running_app(tmp_path: Path) -> None:
    """As the README runs it: `protestmap bench` in its own process, chromium included.

    Its own process also keeps its Playwright apart from the browser tests' session one.
    """
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard",
            "bench",
            "--sizes",
            str(SMALLEST),
            "--repeats",
            "1",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "filter_to_map_data_s" in done.stdout
    results = json.loads(out.read_text())["results"]
    by_metric = {row["metric"]: row["median"] for row in results}
    for metric in BROWSER_METRICS:
        assert 0 < by_metric[metric] < 120, metric
    assert "browser_layers_drawn_s at" not in "\n".join(check_targets(results)), "judged at 100k only"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([(100_000, "filter_to_map_data_s", 0.31)], ["ok     filter_to_map_data_s at 100,000: 310 ms"]),
        ([(100_000, "filter_to_map_data_s", 0.9)], ["MISSED filter_to_map_data_s at 100,000: 900 ms"]),
        ([(10_000, "filter_to_map_data_s", 0.9)], []),  # the target is set at 100k events
        ([(1000, "extract_articles_per_s", 250.0)], ["ok     extract_articles_per_s at 1,000: 250/s"]),
        ([(100_000, "map_payload_bytes", 6e6)], ["MISSED map_payload_bytes at 100,000: 6.00 MB"]),
        (
            [(100_000, "browser_layers_drawn_s", 3.0), (100_000, "browser_empty_db_s", 1.0)],
            ["MISSED browser_layers_drawn_s at 100,000: 3.00x the empty app's first view"],
        ),
        (
            [(100_000, "browser_filter_change_s", 0.4), (100_000, "browser_empty_db_s", 1.0)],
            ["ok     browser_filter_change_s at 100,000: 0.40x the empty app's first view"],
        ),
    ],
)
def test_check_targets(rows: list[tuple[int, str, float]], expected: list[str]) -> None:
    results = [{"size": s, "metric": m, "median": v, "unit": UNITS[m]} for s, m, v in rows]
    lines = check_targets(results)
    assert len(lines) == len(expected)
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), line


def test_format_bench_table_has_one_column_per_size() -> None:
    results = [
        {"size": 1000, "metric": "load_events_s", "median": 0.012, "unit": "s"},
        {"size": 100_000, "metric": "load_events_s", "median": 1.5, "unit": "s"},
        {"size": 100_000, "metric": "map_payload_bytes", "median": 2_500_000.0, "unit": "bytes"},
    ]
    lines = format_bench_table(results).splitlines()
    assert lines[0].split() == ["metric", "1,000", "events", "100,000", "events"]
    assert lines[2].split() == ["load_events_s", "12", "ms", "1.50", "s"]
    assert lines[3].split() == ["map_payload_bytes", "-", "2.50", "MB"]
    assert "MISSED load_events_s at 100,000: 1.50 s" in format_bench_table(results)


def test_run_bench_rejects_bad_sizes() -> None:
    with pytest.raises(ValueError, match="positive"):
        run_bench([0], browser=False)


@pytest.mark.parametrize(
    ("lengths", "expected"),
    [
        ([3000] * 10_000, 2 * 8 * (160_000 // 3000)),  # news articles: 8 Dask chunks for each worker
        ([3000] * 500, 500),  # a smaller corpus: all of it
        ([100] * 10_000, 2 * 8 * 256),  # short texts: Dask's article cap makes the chunk
        ([80_000] * 10_000, 400),  # long texts: never fewer than twice EXTRACT_ARTICLES
    ],
)
def test_extraction_alone_gets_enough_articles_for_several_dask_chunks_per_worker(
    lengths: list[int], expected: int
) -> None:
    from dashboard import workers
    from dashboard.bench import extraction_alone_articles

    assert workers.DASK_CHUNK_CHARACTERS == 160_000 and workers.DASK_CHUNK_ARTICLES == 256
    assert extraction_alone_articles(lengths) == expected
