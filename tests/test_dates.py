"""Dates in news text, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.dates import YearContext, find_dates, heading_date

MON_29_JULY = date(2024, 7, 29)
THU_29_AUG = date(2024, 8, 29)


@pytest.mark.parametrize(
    ("text", "published", "expected", "precision"),
    [
        ("a rally in Caracas on August 28, 2024.", THU_29_AUG, date(2024, 8, 28), "day"),
        ("On 28 July, the day of the election", MON_29_JULY, date(2024, 7, 28), "day"),
        ("el 3 de agosto en Valencia", date(2024, 8, 9), date(2024, 8, 3), "day"),
        ("el 28 de julio de 2024", None, date(2024, 7, 28), "day"),
        ("On Wednesday, protesters took to the streets", THU_29_AUG, date(2024, 8, 28), "day"),
        ("The Carter Center on Monday called", MON_29_JULY, MON_29_JULY, "day"),  # same weekday = that day
        ("the results of Sunday's vote", MON_29_JULY, date(2024, 7, 28), "day"),
        ("last Monday", MON_29_JULY, date(2024, 7, 22), "day"),
        ("el lunes", date(2024, 7, 31), MON_29_JULY, "day"),
        ("yesterday", MON_29_JULY, date(2024, 7, 28), "day"),
        ("anoche", MON_29_JULY, date(2024, 7, 28), "day"),
        ("ayer", MON_29_JULY, date(2024, 7, 28), "day"),
        ("this week", MON_29_JULY, MON_29_JULY, "week"),
        ("esta semana", MON_29_JULY, MON_29_JULY, "week"),
        ("on the morning of Sunday, August 4.", date(2024, 8, 9), date(2024, 8, 4), "day"),
        ("28 December", date(2025, 1, 10), date(2024, 12, 28), "day"),  # a January story looking back
        ("este martes", date(2024, 7, 31), date(2024, 7, 30), "day"),  # Spanish press: this week's Tuesday
        ("este lunes", date(2024, 7, 31), MON_29_JULY, "day"),
        ("este miércoles", date(2024, 7, 31), date(2024, 7, 31), "day"),
        ("este domingo", MON_29_JULY, date(2024, 7, 28), "day"),  # Monday's story: yesterday
        ("el pasado martes", date(2024, 7, 31), date(2024, 7, 30), "day"),
    ],
)
def test_find_dates_resolves(text: str, published: date | None, expected: date, precision: str) -> None:
    spans = [s for s in find_dates(text, published, None) if s.value]
    assert spans, text
    assert (spans[0].value, spans[0].precision) == (expected, precision)


@pytest.mark.parametrize(
    "text",
    ["", "They may 5 times", "on 31 February", "the 2014 protests", "Monday"],
)
def test_no_date_rather_than_a_wrong_one(text: str) -> None:
    # without a publication date a weekday cannot be resolved; impossible dates are dropped
    assert [s for s in find_dates(text, None, None) if s.value] == []


@pytest.mark.parametrize(
    ("line", "year", "expected"),
    [
        ("29 July", 2024, date(2024, 7, 29)),
        ("July 29", 2024, date(2024, 7, 29)),
        ("Lunes 29 de julio", 2024, date(2024, 7, 29)),
        ("29 July 2024", None, date(2024, 7, 29)),
        ("29 July was a day of protests in Caracas and elsewhere", 2024, None),
        ("Chronology", 2024, None),
    ],
)
def test_heading_date(line: str, year: int | None, expected: date | None) -> None:
    assert heading_date(line, None, year) == expected


def test_year_context_prefers_the_last_full_date_then_the_most_named_year() -> None:
    text = "2024 protests. To begin in January 2025. 29 July. On 28 July 2024 it began. 30 July"
    years = YearContext(text)
    assert years.at(text.index("29 July")) == 2024  # most named year, not the later 2025
    assert years.at(text.index("30 July")) == 2024


@pytest.mark.parametrize(
    "text",
    [
        "a march next Saturday",
        "una concentración para el sábado",
        "el próximo lunes",
        "este jueves",  # in a Monday story: later this week
        "this Friday",
    ],
)
def test_future_weekdays_are_not_resolved_to_the_past(text: str) -> None:
    assert [s.value for s in find_dates(text, MON_29_JULY, None)] == [None]


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("the opposition will march again tomorrow", [True]),
        ("la oposición marchará mañana en Cabudare", [True]),
        ("Mañana habrá otra marcha", [True]),
        ("a las 9 de la mañana", []),  # the morning, not tomorrow
        ("la mañana del lunes", [False]),  # "el lunes" is the day
        ("a march next Saturday", [True]),
        ("protestaron esta mañana", [False]),  # this morning: today
    ],
)
def test_a_later_day_is_a_plan(text: str, future: list[bool]) -> None:
    assert [s.future for s in find_dates(text, MON_29_JULY, None)] == future


def test_a_relative_word_keeps_its_offset_for_a_heading_of_its_own() -> None:
    (today,) = find_dates("hoy hubo cacerolazos", MON_29_JULY, None)
    (yesterday,) = find_dates("yesterday", MON_29_JULY, None)
    assert (today.offset, today.value, yesterday.offset) == (0, MON_29_JULY, -1)


@pytest.mark.parametrize(
    "text",
    ["el lunes 29 de julio", "Monday, July 29", "el lunes, 29 de julio"],
)
def test_a_weekday_written_with_its_date_is_that_date(text: str) -> None:
    """Published three weeks later, "el lunes" alone would be another Monday."""
    assert [s.value for s in find_dates(text, date(2024, 8, 20), None)] == [MON_29_JULY]
