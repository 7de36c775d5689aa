"""The extraction speed figures of `protestmap bench` (behaviour only: no wall-clock assertion;
the figures themselves are the bench's)."""

from __future__ import annotations

from datetime import date

from dashboard.bench import TARGETS, UNITS, check_targets
from dashboard.bench_v1 import V1Extractor
from dashboard.geoparse import default_extractor, speed
from dashboard.models import Mention


class CountingExtractor:
    """A real (tiny) Extractor that records the lengths of the texts it reads."""

    version = "counting"

    def __init__(self) -> None:
        self.lengths: list[int] = []

    def extract(
        self, text: str, *, published: date | None = None, language: str | None = None
    ) -> list[Mention]:
        self.lengths.append(len(text))
        return []


def test_growth_reads_each_input_at_the_small_size_and_four_times_it() -> None:
    extractor = CountingExtractor()
    ratios = speed.growth_ratios(extractor, repeats=2)
    assert set(ratios) == set(speed.GROWTH_INPUTS) and all(
        len(r) == 2 and min(r) > 0 for r in ratios.values()
    )
    timed = [n for n in extractor.lengths if n >= speed.GROWTH_SMALL]
    assert set(timed) == {speed.GROWTH_SMALL, speed.GROWTH_SMALL * speed.GROWTH_FACTOR}


def test_the_release_is_timed_on_the_same_texts_in_alternation() -> None:
    current, release = CountingExtractor(), CountingExtractor()
    texts = [("Protests in Caracas.", date(2024, 7, 29), "en"), ("Marcharon en Maracay.", None, "es")]
    figures = speed.compare_with_release(current, release, texts, repeats=3)
    assert (
        len(figures["extract_speed_vs_release"]) == 3 and len(figures["extract_release_articles_per_s"]) == 3
    )
    assert current.lengths[1:] == release.lengths[1:] == [20, 21] * 3  # after one untimed warm-up each


def test_the_frozen_release_is_the_released_extractor_behind_the_protocol() -> None:
    release = V1Extractor()
    mentions = release.extract("Police fired tear gas in Maracaibo on Monday.", published=date(2024, 7, 30))
    assert release.version == "geoparse-1.5" != default_extractor().version
    assert [(m.surface, m.role) for m in mentions] == [("Maracaibo", "protest_site")]


def test_the_bench_judges_the_new_figures() -> None:
    for metric in ("extract_speed_vs_release", *speed.GROWTH_INPUTS):
        assert UNITS[metric] == "x" and any(t[0] == metric for t in TARGETS)
    rows = [
        {"size": 1000, "metric": "extract_speed_vs_release", "median": 1.3},
        {"size": 1000, "metric": "growth_us_repeated_4x", "median": 7.5},
    ]
    assert check_targets(rows) == [
        "ok     extract_speed_vs_release at 1,000: 1.30x (target >= 1.00x)",
        "MISSED growth_us_repeated_4x at 1,000: 7.50x (target <= 6.00x)",
    ]
