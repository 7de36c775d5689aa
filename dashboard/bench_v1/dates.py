"""Frozen copy of dates.py as released before issue 9, for `protestmap bench` only.

Dates in news text: explicit ("August 28, 2024", "28 de agosto"), weekdays and
relative words ("on Monday", "Sunday's vote", "ayer", "this week") resolved
against the publication date, and chronology headings (a line "29 July").

Every found date carries a precision (day, week, month). When the text does not
pin a day down, we return nothing rather than a guess: a wrong date on the map
is worse than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}

_EN_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_ES_MONTH = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)"
_EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ES_WEEKDAY = r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
_YEAR = r"(20\d\d|19\d\d)"

# Month-first (English): "August 28", "Aug. 28, 2024". Capitalised month only, so "may" the verb is skipped.
_MONTH_DAY = re.compile(
    r"\b(?P<month>" + _EN_MONTH + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r"\b)?",
    re.IGNORECASE,
)
# Day-first: "28 July 2024", "28th of July", "28 de julio de 2024".
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<month>"
    + _EN_MONTH
    + "|"
    + _ES_MONTH
    + r")\b(?:,?\s+(?:de\s+|del\s+)?"
    + _YEAR
    + r"\b)?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?P<last>last\s+|this\s+past\s+|past\s+|el\s+pasado\s+|este\s+pasado\s+)?(?P<this>(?:this|este|esta)\s+)?(?P<wd>"
    + _EN_WEEKDAY
    + "|"
    + _ES_WEEKDAY
    + r")(?P<poss>['’]s)?\b(?P<after>\s+pasado)?",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|last\s+night|overnight|today|this\s+morning|this\s+afternoon|tonight|this\s+evening"
    r"|this\s+week|last\s+week|earlier\s+this\s+week|this\s+month|earlier\s+this\s+month|last\s+month"
    r"|ayer|anoche|antenoche|hoy|esta\s+mañana|esta\s+tarde|esta\s+noche|esta\s+semana|la\s+semana\s+pasada"
    r"|este\s+mes|el\s+mes\s+pasado)\b",
    re.IGNORECASE,
)
_FUTURE_BEFORE = re.compile(
    r"(?:\bnext|\bcoming|\bupcoming|\bpara el|\bpara este|\bpróximo|\bproximo|\bhasta el)\s+$", re.IGNORECASE
)
_BARE_YEAR = re.compile(r"(?<![\d,.])\b(19\d\d|20\d\d)\b(?![,.]?\d)")
_HEADING = re.compile(
    r"^\s*(?:(?:"
    + _EN_WEEKDAY
    + "|"
    + _ES_WEEKDAY
    + r"),?\s+)?(?:(?P<d1>\d{1,2})\s+(?:de\s+)?(?P<m1>"
    + _EN_MONTH
    + "|"
    + _ES_MONTH
    + r")|(?P<m2>"
    + _EN_MONTH
    + r")\s+(?P<d2>\d{1,2}))(?:,?\s+(?:de\s+)?(?P<y>20\d\d))?\s*[:.]?\s*$",
    re.IGNORECASE,
)

_RELATIVE_OFFSETS: dict[str, tuple[int, str]] = {
    "yesterday": (-1, "day"),
    "last night": (-1, "day"),
    "overnight": (-1, "day"),
    "today": (0, "day"),
    "this morning": (0, "day"),
    "this afternoon": (0, "day"),
    "tonight": (0, "day"),
    "this evening": (0, "day"),
    "this week": (0, "week"),
    "earlier this week": (0, "week"),
    "last week": (-7, "week"),
    "this month": (0, "month"),
    "earlier this month": (0, "month"),
    "last month": (-31, "month"),
    "ayer": (-1, "day"),
    "anoche": (-1, "day"),
    "antenoche": (-2, "day"),
    "hoy": (0, "day"),
    "esta mañana": (0, "day"),
    "esta tarde": (0, "day"),
    "esta noche": (0, "day"),
    "esta semana": (0, "week"),
    "la semana pasada": (-7, "week"),
    "este mes": (0, "month"),
    "el mes pasado": (-31, "month"),
}


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in a text, with the date it stands for (None if unresolvable)."""

    start: int
    end: int
    value: date | None
    precision: str | None


def _month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _make_date(year: int | None, month: int | None, day: int) -> date | None:
    if year is None or month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date | None, context_year: int | None) -> int | None:
    """The year of a month-day without one: the publication's, or the text's own recent year.

    A day more than a week after publication belongs to the year before (a January
    story recalling "28 December").
    """
    if published is not None:
        candidate = _make_date(published.year, month, day)
        if candidate is not None and candidate > published + timedelta(days=7):
            return published.year - 1
        return published.year
    return context_year


class YearContext:
    """The year a text without publication date is talking about, at each position.

    Day-month dates without a year ("29 July") take the year of the last full date
    written before them ("On 28 July 2024"), else the year the text names most often
    (so one "January 2025" in a 2024 story does not win).
    """

    def __init__(self, text: str) -> None:
        self.full: list[tuple[int, int]] = []
        for pattern in (_MONTH_DAY, _DAY_MONTH):
            for match in pattern.finditer(text):
                if match.group(3) and 2000 <= int(match.group(3)) <= 2035:
                    self.full.append((match.start(), int(match.group(3))))
        self.full.sort()
        counts: dict[int, int] = {}
        for match in _BARE_YEAR.finditer(text):
            year = int(match.group(1))
            if 2000 <= year <= 2035:
                counts[year] = counts.get(year, 0) + 1
        self.mode = max(counts, key=lambda y: (counts[y], -y)) if counts else None

    def at(self, position: int) -> int | None:
        best = None
        for pos, year in self.full:
            if pos >= position:
                break
            best = year
        return best if best is not None else self.mode


def bare_years(sentence: str) -> list[int]:
    """Four-digit years written in a sentence (to tell a 2014 photo caption from today's news)."""
    return [int(m.group(1)) for m in _BARE_YEAR.finditer(sentence)]


_WEEKDAY_NAME = re.compile(_EN_WEEKDAY + "|" + _ES_WEEKDAY, re.IGNORECASE)  # cheap test before _WEEKDAY
_DIGIT = re.compile(r"\d")  # explicit dates need a day number: most sentences skip two patterns


def find_dates(text: str, published: date | None, context_year: int | None) -> list[DateSpan]:
    """Every date expression in `text` (a sentence), resolved where possible, sorted by start."""
    spans: list[DateSpan] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for pattern in (_MONTH_DAY, _DAY_MONTH) if _DIGIT.search(text) else ():
        for match in pattern.finditer(text):
            month_word = match.group("month")
            if pattern is _MONTH_DAY and not month_word[0].isupper():
                continue  # "may 5" is rarely a date when the month is lower case
            month = _month_number(month_word)
            day = int(match.group("day"))
            year_text = match.group(3) if pattern is _MONTH_DAY else match.group(3)
            if month is None or not 1 <= day <= 31 or not free(match.start(), match.end()):
                continue
            year = int(year_text) if year_text else _year_for(month, day, published, context_year)
            value = _make_date(year, month, day)
            spans.append(DateSpan(match.start(), match.end(), value, "day" if value else None))
            taken.append((match.start(), match.end()))

    for match in _WEEKDAY.finditer(text) if _WEEKDAY_NAME.search(text) else ():
        if not free(match.start(), match.end()):
            continue
        # "Sunday, August 4": the explicit date right after wins.
        after = text[match.end() : match.end() + 3]
        if after.startswith(",") and any(s.start <= match.end() + 3 for s in spans if s.start > match.end()):
            continue
        weekday = WEEKDAYS[match.group("wd").lower()]
        value = None
        if _FUTURE_BEFORE.search(text[max(0, match.start() - 16) : match.start()]):
            spans.append(
                DateSpan(match.start(), match.end(), None, None)
            )  # "next Saturday": not a past event
            taken.append((match.start(), match.end()))
            continue
        if published is not None:
            back = (published.weekday() - weekday) % 7
            if back == 0 and (match.group("last") or match.group("after")):
                back = 7
            value = published - timedelta(days=back)
            if match.group("this") and back > max(published.weekday(), 1):
                # "este jueves" in a Wednesday story is tomorrow, not last week: the
                # publication week only (yesterday's "este domingo" in a Monday story is fine)
                value = None
        spans.append(DateSpan(match.start(), match.end(), value, "day" if value else None))
        taken.append((match.start(), match.end()))

    for match in _RELATIVE.finditer(text):
        if not free(match.start(), match.end()):
            continue
        key = " ".join(match.group("rel").lower().split())
        offset, precision = _RELATIVE_OFFSETS[key]
        value = published + timedelta(days=offset) if published is not None else None
        spans.append(DateSpan(match.start(), match.end(), value, precision if value else None))
        taken.append((match.start(), match.end()))

    spans.sort(key=lambda s: s.start)
    return spans


def heading_date(line: str, published: date | None, context_year: int | None) -> date | None:
    """The date of a chronology heading: a line that is only a date ("29 July", "Lunes 29 de julio")."""
    if len(line) > 40:
        return None
    match = _HEADING.match(line)
    if not match:
        return None
    month_word = match.group("m1") or match.group("m2")
    day = int(match.group("d1") or match.group("d2"))
    month = _month_number(month_word)
    if month is None:
        return None
    year = int(match.group("y")) if match.group("y") else _year_for(month, day, published, context_year)
    return _make_date(year, month, day)
