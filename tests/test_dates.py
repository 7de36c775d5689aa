"""Dates in news text, resolved against the publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.dates import YearContext, bare_years, date_grammar, find_dates, fold_text, heading_date

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
        # a range or a weekend: its first day, to the week (or month) it spans
        ("from 29 to 30 July", date(2024, 8, 5), MON_29_JULY, "week"),
        ("on July 29-30", date(2024, 8, 5), MON_29_JULY, "week"),
        ("from Aug. 1 to 3", date(2024, 8, 5), date(2024, 8, 1), "week"),
        ("entre el 29 y el 31 de julio", date(2024, 8, 5), MON_29_JULY, "week"),
        ("del 1 al 3 de agosto", date(2024, 8, 5), date(2024, 8, 1), "week"),
        ("del 1 al 20 de agosto", date(2024, 8, 25), date(2024, 8, 1), "month"),
        ("during the weekend", date(2024, 8, 5), date(2024, 8, 3), "week"),
        ("el fin de semana", date(2024, 8, 1), date(2024, 7, 27), "week"),
        ("last week", date(2024, 8, 1), date(2024, 7, 22), "week"),  # its Monday
        ("el mes pasado", date(2024, 3, 1), date(2024, 2, 1), "month"),
        # a day without its month: the last such day up to publication
        ("On the 31st, mothers marched", date(2025, 1, 2), date(2024, 12, 31), "day"),
        ("El día 2, madres marcharon", date(2025, 1, 3), date(2025, 1, 2), "day"),
        ("el día 30", date(2024, 8, 14), date(2024, 7, 30), "day"),
        # a weekday with its day number: the last such day, not this week's weekday
        ("El lunes 29, miles marcharon", date(2024, 8, 8), MON_29_JULY, "day"),
        ("On Monday the 29th, thousands marched", date(2024, 8, 8), MON_29_JULY, "day"),
        ("Tuesday 30th saw protests", date(2024, 8, 8), date(2024, 7, 30), "day"),
        ("el lunes 12 detenidos", date(2024, 8, 8), date(2024, 8, 5), "day"),  # no Monday the 12th: a count
        # numeric dates
        ("La protesta (31/07/2024) terminó", date(2024, 8, 8), date(2024, 7, 31), "day"),
        ("on 7/31/2024", date(2024, 8, 8), date(2024, 7, 31), "day"),
        ("el 01-08-2024", date(2024, 8, 8), date(2024, 8, 1), "day"),
        ("reported on 2024-08-01", date(2024, 8, 8), date(2024, 8, 1), "day"),
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
        ("Sat, Aug 3", 2024, date(2024, 8, 3)),  # a day line may shorten its weekday
        ("Vie. 2 de agosto", 2024, date(2024, 8, 2)),
        ("Sun", 2024, None),
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


@pytest.mark.parametrize(
    "text",
    [
        "the rally, first called for 10 August",
        "la marcha, convocada inicialmente para el 24 de agosto",
        "una protesta prevista para el 3 de agosto",
        "a strike scheduled for August 12",
    ],
)
def test_a_plans_day_is_not_an_events(text: str) -> None:
    assert [(s.value, s.future) for s in find_dates(text, date(2024, 8, 2), None)] == [(None, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 30th anniversary of the Caracazo", []),  # an ordinal before a noun, not a day
        ("el día 2 de agosto", [date(2024, 8, 2)]),  # a full date, read as one
        ("on the 5th of August", [date(2024, 8, 5)]),
    ],
)
def test_a_day_alone_only_when_no_noun_or_month_follows(text: str, expected: list[date]) -> None:
    assert [s.value for s in find_dates(text, date(2024, 8, 9), None)] == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The day after the election, thousands marched", 1),
        ("Two days after the vote, students marched", 2),
        ("A week after the election, relatives gathered", 7),
        ("Al día siguiente de los comicios hubo cacerolazos", 1),
        ("Dos días después de los comicios, estudiantes marcharon", 2),
        ("Cuarenta y ocho horas después de la votación, vecinos trancaron la vía", 2),
        ("Una semana después de las elecciones, madres se concentraron", 7),
    ],
)
def test_days_counted_from_an_election_wait_for_its_day(text: str, days: int) -> None:
    """The election's day is the document's (or the country profile's): the reader resolves it."""
    spans = find_dates(text, date(2024, 8, 10), None)
    assert [(s.value, s.after_event) for s in spans] == [(None, days)]


def test_this_weekday_further_back_keeps_its_past_day_for_the_reader() -> None:
    (span,) = find_dates("Este lunes, transportistas protestaron", date(2024, 8, 1), None)
    assert span.value is None and span.past_value == MON_29_JULY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7/8/2024", date(2024, 7, 8)),  # English: the month first
        ("7/8/2024 en Caracas", date(2024, 8, 7)),  # read as Spanish only: the day first
    ],
)
def test_numeric_dates_follow_the_language(text: str, expected: date) -> None:
    from dashboard.dates import date_grammar

    grammar = date_grammar(("en",)) if "Caracas" not in text else date_grammar(("es",))
    assert [s.value for s in find_dates(text, date(2024, 8, 9), None, grammar)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("the 2014 protests and those of 2017", [2014, 2017]),
        ("2024", [2024]),
        ("(2019)", [2019]),
        ("in 2024, again", [2024]),
        ("1.2019 and 3,2019", []),  # after a full stop or comma: a number, not a year
        ("x2019 and 20195 and 2019.5", []),  # glued to a letter, longer, or a decimal
        ("2019,5 and 2100 and 1899", []),
    ],
)
def test_bare_years_are_four_digits_standing_alone(sentence: str, years: list[int]) -> None:
    assert bare_years(sentence) == years


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Dòmingo 28 de JULIO", "domingo 28 de julio"),
        ("Mérida, Táchira y Barinas: sábado", "merida, tachira y barinas: sabado"),
        ("Ñandú ÇÅ", "nandu ca"),
        ("İstanbul", "i̇stanbul"),  # lower-casing changes the length: lower case only, offsets kept apart
        ("plain ascii", "plain ascii"),
    ],
)
def test_fold_text_keeps_one_character_for_one(text: str, folded: str) -> None:
    assert fold_text(text) == folded


FRI_2_AUG = date(2024, 8, 2)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # ordinal and written first days
        ("el 1ro de agosto", "es", [date(2024, 8, 1)]),
        ("el 1.º de agosto", "es", [date(2024, 8, 1)]),
        ("el 1° de agosto", "es", [date(2024, 8, 1)]),
        ("el primero de agosto", "es", [date(2024, 8, 1)]),
        ("primero agosto", "es", []),  # a word day needs its "de"
        # a day and the initial of its month: the last such day up to publication
        ("el 29J", "es", [date(2024, 7, 29)]),
        ("la marcha del 30-J", "es", [date(2024, 7, 30)]),
        ("el 12F de 2014", "es", [date(2014, 2, 12)]),
        ("el 2A", "es", [date(2024, 8, 2)]),  # abril or agosto: agosto is the last up to 2 August
        ("tenían 3d de plazo", "es", []),  # a lower-case letter is no month's initial
        # a day and month without year, after a word that introduces a date
        ("La marcha (31/7) reunió", "es", [date(2024, 7, 31)]),
        ("el 29/7 en Valencia", "es", [date(2024, 7, 29)]),
        ("on 7/30, protesters", "en", [date(2024, 7, 30)]),
        ("1/3 de los votos", "es", []),  # a fraction
        ("abierto 24/7", "es", []),
        # the year of "ese año" / "that year" is the one named before it
        ("En 2017 hubo protestas. El 10 de abril de ese año", "es", [date(2017, 4, 10)]),
        ("El 10 de abril de ese año", "es", []),  # no year named before: unknown
        ("the protests of 2017. On May 3 of that year", "en", [date(2017, 5, 3)]),
        # the early hours of the publication day; "para el miércoles ya" is a day reached
        ("esta madrugada", "es", [FRI_2_AUG]),
        ("para el miércoles ya se habían extendido", "es", [date(2024, 7, 31)]),
        ("para el miércoles se espera", "es", []),
        # days counted back from the day of reading
        ("hace dos días", "es", [date(2024, 7, 31)]),
        ("hace 3 días", "es", [date(2024, 7, 30)]),
        ("two days ago", "en", [date(2024, 7, 31)]),
        ("hace dos semanas", "es", []),  # a time further back, not a day
        ("hace una semana", "es", [date(2024, 7, 26)]),  # a week ago: the same weekday
        ("a week ago", "en", [date(2024, 7, 26)]),
        ("two weeks ago", "en", []),
        # a day and month joined by a hyphen, after a word that introduces a date
        ("el 31-7 también hubo", "es", [date(2024, 7, 31)]),
        ("ganaron 3-1 en casa", "es", []),  # a score: no word introduces a date
        ("el 14-16 en la lista", "es", []),  # two numbers: 16 is no month
        ("abierto 24-7", "es", []),
    ],
)
def test_short_coded_and_referred_dates(text: str, language: str, expected: list[date]) -> None:
    from dashboard.dates import date_grammar

    spans = find_dates(text, FRI_2_AUG, None, date_grammar((language,)))
    assert [s.value for s in spans if s.value] == expected


def test_a_pack_may_leave_its_optional_phrase_lists_empty(tmp_path: Path) -> None:
    """An empty list is valid in a pack: its pattern must then never match, not match everywhere
    (an empty alternation would)."""
    import json

    from dashboard.knowledge import LANG_DIR

    pack = json.loads((LANG_DIR / "en.json").read_text(encoding="utf-8"))
    for key in ("that_year_after", "by_day_after", "spread_to", "spread_from"):
        pack["dates"][key] = []
    (tmp_path / "en.json").write_text(json.dumps(pack), encoding="utf-8")
    grammar = date_grammar(("en",), tmp_path)
    for pattern in (grammar.that_year, grammar.by_day_after, grammar.spread_to, grammar.spread_from):
        assert pattern.search("protests spread to valencia that year, by then") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On election night, crowds banged pots", "en"),
        ("on the night of the vote, crowds banged pots", "en"),
        ("La noche electoral, vecinos salieron", "es"),
        ("la misma noche de la jornada electoral", "es"),
        ("el día de las elecciones hubo colas", "es"),
    ],
)
def test_the_elections_own_day_is_counted_from_it(text: str, language: str) -> None:
    """Named without its date, the election's day is read as zero days after it (the reader
    gives it the election's day, see test_geoparse_stages)."""
    from dashboard.dates import date_grammar

    spans = find_dates(text, FRI_2_AUG, None, date_grammar((language,)))
    assert [s.after_event for s in spans] == [0]


def _document_words(text: str) -> set[str]:
    """The words the dating stage gives find_dates for a paragraph: the document's folded tokens."""
    from dashboard.geoparse.dating import _words_between
    from dashboard.geoparse.document import read_document

    doc = read_document(text, None, "es", ("U.S.", "a.m.", "p.m."))
    return _words_between(doc, 0, len(text))


GATED_TEXTS = [
    "el 3 de agosto en Valencia; el 3Ago; el 1ºagosto, el 1.ºagosto y el 28thJuly",
    "Protesta del 3Ago en Valencia",
    "desde el 1.ºagosto",
    "since the 28thJuly protest",
    "On Sunday's march, the next day, that same night, two days ago and a day later",
    "x-lunes, julio-agosto, mar-adentro, el día-2, hace dos-días, anoche-ayer",
    "Ese día, al día siguiente, la víspera de las elecciones, el día de las elecciones",
    "on the 31st, el día 2, la madrugada del 13, los días 4 y 5, dos días después de los comicios",
    "la noche electoral, election night, over the weekend, el fin de semana, mañana, tomorrow",
    "U.S.August 3, e.u.agosto, a.m.lunes, mayo_5, 5 may, May 5, ago.5, Aug. 5, marcha del 5",
    "Hoy, esta semana, la semana pasada, this week, last month, earlier this month, overnight",
]


@pytest.mark.parametrize("text", GATED_TEXTS)
@pytest.mark.parametrize("published", [THU_29_AUG, None])
def test_word_gates_find_the_same_dates(text: str, published: date | None) -> None:
    """Given the text's words, find_dates skips the patterns whose words are not there: the
    dates found are the same, glued, hyphenated and dotted forms included."""
    assert find_dates(text, published, 2024, words=_document_words(text)) == find_dates(text, published, 2024)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bthe\s+next\s+day\b", [{"the", "next", "day"}]),
        (r"\b(?:that day|the same night)\b", [{"that", "day"}, {"the", "same", "night"}]),
        (r"(?<![\w-])ayer(?!\w)", [{"ayer"}]),
        (r"\b(?:on\s+)?the\s+\d+th\b", [{"the"}]),  # "on" is too short to be tested
        (r"\bvote", None),  # "voters": the word is not closed
        (r"\d+(?:st|nd)\b", None),  # "31st": no word of its own
        (r"\bel\s+dia\b", [{"dia"}]),  # "el" is too short to be tested
        (r"x(?i:lunes)\b", None),
    ],
)
def test_required_words(source: str, expected: list[set[str]] | None) -> None:
    from dashboard.dates import required_words

    found = required_words(source)
    assert (None if found is None else [set(words) for words in found]) == expected


def test_word_gates_hold_on_random_texts() -> None:
    """The dates of random runs of date words and numbers, glued and separated in any way, are the
    same with and without the word gates (and the gates tried at the numbers' last digits)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(
        "a b 3 28 lunes Monday agosto Aug ago día dias siguiente the next day ese hace dos weekend fin de"
        " semana noche electoral del madrugada after election ayer esta mañana º th U.S. 29-30 7/8/2024"
        " 31-7 12-F 29J 2024 to y".split()
    )
    separators = st.sampled_from([" ", "", "-", ".", ", ", "_", "'s "])

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(pieces, separators), max_size=12))
    def check(parts: list[tuple[str, str]]) -> None:
        text = "".join(piece + sep for piece, sep in parts)
        gated = find_dates(text, THU_29_AUG, None, words=_document_words(text))
        assert gated == find_dates(text, THU_29_AUG, None)

    check()


def test_the_number_gates_are_tried_at_each_numbers_last_digit() -> None:
    """find_dates tries its number gates only at the last digit of each number: each gate begins
    with a digit that a non-digit follows, so that is where any of its matches begins."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from dashboard import dates

    gates = [dates._NUMERIC_GATE, dates._TWO_NUMBERS, dates._CODED_GATE, date_grammar().glued_day]
    pieces = st.sampled_from("1 29 2024 - – / . st º .º ago j f the to y de  , x".split(" "))

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=10))
    def check(parts: list[str]) -> None:
        text = "".join(parts)
        ends = [m.end() - 1 for m in re.finditer(r"\d+", text)]
        for gate in gates:
            assert (gate.search(text) is not None) == any(gate.match(text, end) for end in ends)

    check()


def test_a_weekdays_head_is_read_only_after_a_word_that_may_end_it() -> None:
    """find_dates reads the words before a weekday ("ese", "el pasado", "this past") only when
    a word a head ends with is right before it: the dates are those of reading it always."""
    import dataclasses

    from hypothesis import given, settings
    from hypothesis import strategies as st

    grammar = date_grammar()
    always = dataclasses.replace(grammar, head_ends=None)
    assert grammar.head_ends is not None and "pasado" in grammar.head_ends
    pieces = st.sampled_from(
        "ese esa el pasado este this past last that same la noche del domingo lunes Monday Sunday"
        " misma mismo aquel x , 29".split()
    )

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(pieces, st.sampled_from([" ", "  ", "", ", "])), max_size=8))
    def check(parts: list[tuple[str, str]]) -> None:
        text = "".join(piece + sep for piece, sep in parts)
        assert find_dates(text, THU_29_AUG, None, grammar) == find_dates(text, THU_29_AUG, None, always)

    check()


def test_weekdays_are_tried_only_where_a_name_is_written() -> None:
    """find_dates tries the weekday pattern only where a weekday's name begins (found with
    str.find) instead of at every position: its matches are finditer's, names inside other
    words, possessives, overlaps and all."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from dashboard import dates

    grammar = date_grammar()
    pieces = st.sampled_from(
        "monday sunday sundays domingo lunes martes miercoles sabado the last ese este pasado 's ’s "
        "x- -x 29 , . on el anti sunday's".split(" ")
    )
    separators = st.sampled_from(["", " ", "  ", "-", "\n"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.tuples(pieces, separators), max_size=10))
    def check(parts: list[tuple[str, str]]) -> None:
        text = "".join(piece + sep for piece, sep in parts)
        expected = [(m.span(), m.groups()) for m in grammar.weekday.finditer(text)]
        found = dates._matches_at_words(grammar.weekday, text, grammar.weekdays)
        assert [(m.span(), m.groups()) for m in found] == expected

    check()


def test_gates_passed_agree_with_each_gate() -> None:
    """find_dates reads all its word gates with one intersection (dates._gates_passed): the gates
    passed are exactly those whose own test (WordGate.passes) passes."""
    from dashboard import dates

    grammar = date_grammar()
    samples = [
        set(),
        {"el", "lunes", "29", "de", "julio"},
        {"the", "same", "day"},
        {"the", "next", "day", "same"},
        {"hace", "dos", "dias"},
        {"election", "night", "three", "days", "ago"},
        {"fin", "de", "semana", "week", "weekend", "during", "the"},
        set(fold_text("Ayer, el martes 3 de agosto y la noche electoral; next Saturday").split()),
    ]
    for words in samples:
        expected = {name for name, gate in grammar.word_gates.items() if gate.passes(words)}
        assert dates._gates_passed(grammar, words) == expected
