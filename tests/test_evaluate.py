"""The scorer: matching rules, figures, and the report's last four lines."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dashboard.evaluate import (
    ScoredPlace,
    evaluate_gold,
    folded_name,
    match_places,
    measure_speed,
    score_document,
)
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


def test_confident_protest_sites_are_counted_with_how_many_are_right() -> None:
    """A protest site at confidence >= 0.9 is right when it matches a gold protest site; the
    unsure ones and the places that are not protest sites are not counted."""
    gold = [place("city"), place("city", lat=8.0, lon=-63.0)]
    pred = [
        replace(place("city"), confidence=0.95),  # right
        replace(place("city", lat=9.0, lon=-70.0), confidence=0.97),  # no gold protest site there
        replace(place("city", lat=8.0, lon=-63.0), confidence=0.6),  # right, but not sure
        replace(place("city", lat=7.0, lon=-62.0, protest=False), confidence=0.99),
    ]
    result = score_document("doc", gold, pred)
    assert (result.confident_sites, result.confident_right) == (2, 1)


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
    last = formatted.splitlines()[-4:]
    assert last[0].startswith("protest sites: P=1.000 R=0.500 F1=0.667")
    assert last[1].startswith("all places: F1=") and "event dates: accuracy=1.000" in last[1]
    assert last[2].startswith("median distance error: ")
    assert last[3] == "confident protest sites (confidence >= 0.9): 1.000 right (1/1)"
    summary = report.to_json()
    assert summary["protest_site"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert summary["confident_protest_sites"] == {"threshold": 0.9, "sites": 1, "right": 1, "share": 1.0}
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
    # One measurement said two ways, each rounded (not a bound on either).
    assert figures["ms_per_article"] == pytest.approx(1000 / figures["articles_per_s"], rel=0.01, abs=0.001)


def _two_doc_gold(tmp_path: Path) -> Path:
    texts = {
        "caracas": "Police fired tear gas at protesters in Caracas on Monday.",
        "maracay": "Protesters marched in Maracay on Monday.",
    }
    lines = []
    for doc_id, text in texts.items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        city = doc_id.capitalize()
        lat, lon, code = (10.488, -66.879, "VE-A") if doc_id == "caracas" else (10.247, -67.596, "VE-D")
        place = {
            "surface": city,
            "canonical": city,
            "level": "city",
            "state_code": code,
            "country": "VE",
            "lat": lat,
            "lon": lon,
            "role": "protest_site",
            "event_date": "2024-07-29",
        }
        record = {"doc_id": doc_id, "kind": f"kind of {doc_id}", "published": "2024-07-30", "places": [place]}
        lines.append(json.dumps(record))
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_held_out_split_is_scored_apart_and_shown_as_totals_only(tmp_path: Path) -> None:
    gold = _two_doc_gold(tmp_path)
    held_out = evaluate_gold(gold, only={"maracay"})
    rest = evaluate_gold(gold, exclude={"maracay"})
    assert [d.doc_id for d in held_out.docs] == ["maracay"] and [d.doc_id for d in rest.docs] == ["caracas"]
    summary = held_out.format(summary=True)
    assert "maracay" not in summary and summary.splitlines()[1].startswith("protest sites: P=1.000")
    assert held_out.to_json(summary=True)["documents"] == 1
    by_kind = evaluate_gold(gold).format_by_kind().splitlines()
    assert [line.split(":")[0] for line in by_kind[1:]] == ["kind of caracas", "kind of maracay", "all"]


def test_an_unknown_document_id_is_an_error_not_an_empty_score(tmp_path: Path) -> None:
    from dashboard.errors import GoldFileError

    with pytest.raises(GoldFileError, match="no document with id 'maracai'"):
        evaluate_gold(_two_doc_gold(tmp_path), only={"maracai"})


def test_eval_command_prints_a_held_out_splits_totals_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dashboard.cli import main

    gold = _two_doc_gold(tmp_path)
    assert main(["eval", "--gold", str(gold), "--only", "maracay", "--summary"]) == 0
    out = capsys.readouterr().out
    assert "maracay" not in out and "documents: 1" in out
    assert main(["eval", "--gold", str(gold), "--exclude", "caracas,maracay", "--by-kind"]) == 0
    assert "all: docs=0" in capsys.readouterr().out
    assert main(["eval", "--gold", str(gold), "--only", "nowhere"]) == 1
    assert "no document with id 'nowhere'" in capsys.readouterr().err


def named(
    name: str,
    *,
    lat: float = 10.488,
    lon: float = -66.879,
    day: date | None = None,
    span: tuple[int, int] | None = None,
) -> ScoredPlace:
    """A city-level place with a name (and a mention's span) for the pairing's tie-break."""
    return replace(
        place("city", lat=lat, lon=lon, day=day),
        names=frozenset({folded_name(name)}),
        spans=(span,) if span else (),
    )


@pytest.mark.parametrize(
    ("gold", "pred", "pairs"),
    [
        # a sector the text gives no point for sits at its city's point: the names pick the pair
        ([named("Caracas"), named("Catia, Caracas")], [named("Catia")], [(1, 0)]),
        ([named("Catia, Caracas"), named("Caracas")], [named("Caracas"), named("Catia")], [(0, 1), (1, 0)]),
        # folded: case, accents, a leading article, what follows a comma or bracket
        ([named("Plaza Bolívar"), named("la Plaza Altamira, Caracas")], [named("plaza altamira")], [(1, 0)]),
        ([named("Caracas"), named("Táchira (city)")], [named("TACHIRA")], [(1, 0)]),
        # names first, then distance: the namesake 5 km away beats a stranger at the same point
        ([named("Caracas"), named("Petare", lon=-66.83)], [named("Petare")], [(1, 0)]),
        # no names in common: nearest first, as before
        (
            [named("Caracas", lat=10.0), named("Chacao", lat=10.05)],
            [named("El Hatillo", lat=10.049)],
            [(1, 0)],
        ),
        # the gold mention's characters overlap a predicted mention: the same place, other names
        (
            [named("Caracas"), named("Francisco Fajardo highway", span=(40, 65))],
            [named("Autopista", span=(40, 50))],
            [(1, 0)],
        ),
        (
            [named("Caracas"), named("Avenida Urdaneta", span=(40, 56))],
            [named("Autopista", span=(56, 70))],
            [(0, 0)],
        ),
    ],
)
def test_pairs_whose_names_agree_are_taken_first(
    gold: list[ScoredPlace], pred: list[ScoredPlace], pairs: list[tuple[int, int]]
) -> None:
    assert sorted((g, p) for g, p, _ in match_places(gold, pred)) == pairs


def test_a_date_is_compared_with_the_place_the_prediction_names() -> None:
    """Two gold sites at a city's point (the city, a sector of it) and one predicted there,
    named as the sector: its date is the sector's to be right or wrong, not the city's."""
    gold = [named("Caracas", day=date(2024, 7, 29)), named("Catia, Caracas", day=date(2024, 7, 30))]
    pred = [named("Catia", day=date(2024, 7, 30))]
    result = score_document("doc", gold, pred)
    assert (result.dates_correct, result.dates_total) == (1, 1)
    assert result.missed_protest_sites == ["city@10.488,-66.879"]
