"""The scorer: matching rules, figures, and the report's last three lines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.evaluate import ScoredPlace, evaluate_gold, match_places, measure_speed, score_document
from dashboard.models import Mention


def place(
    level: str,
    *,
    lat: float = 10.488,
    lon: float = -66.879,
    code: str | None = "VE-A",
    country: str = "VE",
    protest: bool = True,
    day: date | None = None,
) -> ScoredPlace:
    return ScoredPlace(f"{level}@{lat},{lon}", level, country, code, lat, lon, protest, day)


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        (
            place("state", code="VE-X"),
            place("state", code="VE-X", lat=0, lon=0),
            True,
        ),  # by code, not distance
        (place("state", code="VE-X"), place("state", code="VE-A"), False),
        (place("state", code="VE-X"), place("city", code="VE-X"), False),
        (place("country", code=None), place("country", code=None, lat=0, lon=0), True),
        (place("country", code=None, country="VE"), place("country", code=None, country="CO"), False),
        (place("city"), place("neighbourhood", lat=10.52, lon=-66.90), True),  # ~4 km
        (place("city"), place("city", lat=10.6, lon=-66.879), False),  # ~12 km
        (place("city"), place("state"), False),  # a state never stands in for a city
    ],
)
def test_matching_rules(gold: ScoredPlace, pred: ScoredPlace, matches: bool) -> None:
    assert bool(match_places([gold], [pred])) is matches


def test_matching_is_one_to_one_nearest_first() -> None:
    gold = [place("city", lat=10.0, lon=-66.0), place("city", lat=10.05, lon=-66.0)]
    pred = [place("city", lat=10.049, lon=-66.0)]
    assert [(g, p) for g, p, _ in match_places(gold, pred)] == [(1, 0)]


def test_dates_count_over_matched_gold_protest_sites() -> None:
    gold = [place("city", day=date(2024, 7, 29)), place("state", code="VE-G", day=None)]
    pred = [place("city", day=date(2024, 7, 29)), place("state", code="VE-G", day=date(2024, 7, 30))]
    result = score_document("doc", gold, pred)
    assert (result.dates_correct, result.dates_total) == (1, 2)  # gold null must be predicted null


def test_evaluate_gold_on_a_small_gold_file(tmp_path: Path) -> None:
    text = "Police fired tear gas at protesters in Maracaibo on Monday. Officials met in Washington."
    (tmp_path / "doc1.txt").write_text(text, encoding="utf-8")
    gold = {
        "doc_id": "doc1",
        "published": "2024-07-30",
        "language": "en",
        "places": [
            {
                "surface": "Maracaibo",
                "canonical": "Maracaibo",
                "level": "city",
                "state": "Zulia",
                "state_code": "VE-V",
                "country": "VE",
                "lat": 10.642,
                "lon": -71.611,
                "role": "protest_site",
                "event_date": "2024-07-29",
            },
            {
                "surface": "Zulia",
                "canonical": "Zulia (state)",
                "level": "state",
                "state": "Zulia",
                "state_code": "VE-V",
                "country": "VE",
                "lat": 9.5785,
                "lon": -72.5623,
                "role": "protest_site",
                "event_date": "2024-07-29",
            },
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    report = evaluate_gold(path)
    assert (report.protest_precision, report.protest_recall) == (1.0, 0.5)
    assert report.date_accuracy == 1.0
    formatted = report.format()
    assert "missed protest site: Zulia (state) [state]" in formatted
    assert "extra place: Washington" in formatted
    last = formatted.splitlines()[-3:]
    assert last[0].startswith("protest sites: P=1.000 R=0.500 F1=0.667")
    assert last[1].startswith("all places: F1=") and "event dates: accuracy=1.000" in last[1]
    assert last[2].startswith("median distance error: ")
    summary = report.to_json()
    assert summary["protest_site"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    json.dumps(summary)  # JSON-able


class CountingExtractor:
    """A real (tiny) Extractor: one mention per call, and a count of the texts it read."""

    version = "counting-1"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def extract(
        self, text: str, *, published: date | None = None, language: str | None = None
    ) -> list[Mention]:
        self.texts.append(text)
        return []


def test_measure_speed_reports_throughput_of_the_extractor_it_is_given() -> None:
    """Behaviour only: the speed itself is `protestmap bench`'s (no wall-clock assertion here)."""
    extractor = CountingExtractor()
    figures = measure_speed(extractor, ["a", "b"], published=date(2024, 7, 31), repeats=3)
    assert figures["articles"] == 6
    assert extractor.texts[-6:] == ["a", "b"] * 3  # after the untimed warm-up calls
    assert figures["articles_per_s"] > 0 and figures["ms_per_article"] >= 0
