"""Stage 8, dating: the day of the event at each protest site, as a careful reader infers it.

In order: a date in the place's sentence (the nearest; "that Sunday" / "ese domingo" is the
Sunday of an earlier explicit date); the date of a photo caption's line; the chronology heading
above it; a day earlier in the same paragraph; the publication day for present-tense or
verbless lines; the lead's day for a later paragraph of a wire story.

What is never an event's date: a date inside a place name ("avenida 5 de Julio", "23 de
Enero"), a dateline's filing date ("MARACAIBO, 12 ago (EFE).–"), a date that only anchors
something else ("since Sunday's vote", "tras las elecciones del 28 de julio"). A running count
or a range ("since the election", "toda la semana") gives no date rather than a guess. When one
place is reported several times, a day the text states for it wins over a guess (the
publication or lead day) for its other mentions, such as a headline's.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dashboard import dates as dates_mod
from dashboard import prefilter
from dashboard.geoparse.document import CLOCK_ENTRY, COUNT_IN_BRACKETS, SENTENCE_WINDOW, Document
from dashboard.geoparse.reading import Reading, Words, lowered_exactly, named_span, named_text
from dashboard.geoparse.resolution import Resolved
from dashboard.geoparse.role import Role
from dashboard.geoparse.role_cues import role_cues

LEAD_CHARACTERS = 600
"""The lead of a story: the sentences that start within its first characters."""

FLASHBACK_DAYS = 7
"""How much later than the day in force a day named for something else (without a protest word)
must be to be told in passing, not the end of the story's day: more than a week, as when a story
goes back a month and names a release or a hearing of this week."""

STATED = ("sentence", "caption", "heading", "paragraph")
"""Sources of a date the text states for the place (stronger than a guess)."""
GUESSED = ("published", "lead", "in force", "section")
"""Sources of a date the reader assumes (the publication day, the lead's day, the day in force)."""

_DATELINE = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w.'’/ -]{1,40}?(?:\s*\([A-ZÁÉÍÓÚÑ][\w ]{1,25}\))?,\s*(?:[A-ZÁÉÍÓÚÑ][\w. ]{1,25},\s*)?"
    r"(?:\d{1,2}(?:\s+[A-Za-záéíóú]{2,10}\.?){1,3}|[A-Za-z]{3,10}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*"
    r"(?:\(\s*[\w .]{1,40}\s*\))?\s*(?:\.?\s*[-—–]+|\(\s*[\w .]{1,40}\s*\))"
)
"""A dateline: "CARACAS, Aug 6 (Reuters) -", "MARACAIBO, 12 ago (EFE).–", "CARACAS, 6 de agosto
de 2024 (EFE).–", "VALENCIA (Venezuela), 20 feb (EFE).-", "MADRID/BOGOTÁ, Aug 18 (Wire) -"."""


@dataclass(frozen=True)
class EventDate:
    """The event date of a place (None when the text does not give a day), its precision, and
    where it was read (`source`: sentence, caption, heading, paragraph, published, lead, in force)."""

    value: date | None = None
    precision: str | None = None
    source: str = ""


NO_DATE = EventDate()
COUNTED = EventDate(source="counted")
"""No day: the place is a bulletin's section or a count over the report's days ("Lara: 41
detenidos", "followed by Carabobo (58)"), which a guess for its other mentions does not undo."""


@dataclass(frozen=True)
class _Change:
    """How a sentence changes the day in force: `sets` it to `day` (None: a break), or leaves
    it, unless it gives `days` for something else than a protest (resolved by what is in force
    before it)."""

    sets: bool
    day: date | None = None
    days: frozenset[date] = frozenset()
    early: bool = False
    """`days` is the early hours of one day ("la madrugada de este jueves"): the night of the day
    before goes on into it, so it sets that day only when the day before is not in force."""
    said: bool = False
    """`days` is the day of someone's words (a reporting verb right before it: "habló esta mañana
    en una rueda de prensa"), closing its paragraph: an aside between the story's paragraphs,
    past which the story's day in force goes on. Words followed in their paragraph by more ("El
    boletín fue presentado este viernes. También hubo concentraciones en Maracay") frame what
    follows, the report's own days: they still break it."""
    words: bool = False
    """`days` is the day of someone's words followed in their paragraph by more ("Saab told
    reporters on Tuesday that 749 people had been arrested. Many were taken to Tocorón"): they
    break the day in force for the rest of their paragraph only; the next paragraph goes back to
    the story's day ("Protesters in Maracay toppled a statue")."""


_QUOTE_ATTRIBUTION = re.compile(r"[\"”»],?\s+\w+\s+(?:hoy|today)\b", re.IGNORECASE)
"""A quotation's closing mark, its reporting verb and the day of writing ('", recuerda hoy un
vecino', '," a neighbour recalls today')."""

_OPENING_QUOTE_SAID = re.compile(
    r"\s*[\"“«][^\"”»]+[\"”»],?\s+(?:\w+\s+){0,2}?(?:dijo|said|says|dice|contó|told|recordó|recalled)\b"
)
"""A sentence that opens with a quotation and its attribution ('"...", dijo a este diario'): what
follows describes the speaker, whose memories are not the story's time."""

_QUOTE_TOLD = re.compile(
    r"[\"”»],?\s+(?:[^\"“”«»\n]{0,80}?\s)?(?:told|tells|said|says|wrote|writes|read|reads|posted|added|recalled"
    r"|shouted|asked|dijo|dice|contó|cuenta|escribió|relató|afirmó|aseguró|publicó)(?![\w-])",
    re.IGNORECASE,
)
"""A quotation closed and attributed after it ('"Today I lost my fear," a nurse told us at the
rally', '"Tonight we sleep ...," read another post'): its speaker's or its post's words, whatever
the verb's object ("told us", "told a reporter"), which the reporting verbs of the pack leave out."""

_NEUTRAL = _Change(False)
_BREAK = _Change(True)

_GLUED = re.compile(r"\d[^\W\d_]|\d[/.-]\d{1,2}[/.-]\d|\d-[A-ZÁÉÍÓÚÑ]\b|\d[/-]\d")
"""A number glued to letters: "3Ago" (a headline's date), "28th", "30-J"; a numeric date
("31/07/2024", "29/7", "31-7")."""

_ENTRY = re.compile(r"(?P<when>[^\n—–|]{3,40}?)\s*(?:[—–|]|\s-\s)")
"""A timeline or live-blog entry that starts with its day: "July 30, 11:02 p.m. ET — ...",
"29 de julio, 18:30 | ..."."""


def _may_open_entry(line: str) -> bool:
    """Whether _ENTRY may match at the start of `line` (a stripped line): its dash or bar comes
    within the first 42 characters (at most 40 of its day, then spaces), unless spaces run on
    past the 40th. Most lines of a story are paragraphs without one there, and sre would try
    the day's 3 to 40 characters one by one before each gives up."""
    head = line[:42]
    return "—" in head or "–" in head or "|" in head or "-" in head or line[40:41].isspace()


_TIME_TAIL = re.compile(
    r"[,\s]*(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?\s?m\.?)(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?\s*$", re.I
)
"""The time after an entry's day ("11:02 p.m. ET", "18:30")."""
CALL_REACH = 60
"""Characters after a call's word in which a relative clause in the past is looked for (the
role stage's `call_took_place`: "un plantón nacional que cerró", "a strike that shut")."""
_BLANK_LINE = re.compile(r"[^\S\n]*(?:\n|$)")
"""A line of nothing but spaces, read from its start (a long paragraph is not sliced to know)."""
_CLAUSE_OPENING_DAY = re.compile(r",[^\S\n]+(?:y|e|and)[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,4}$")
"""A comma and a conjunction right before a day, with up to four words ("..., y en la madrugada
de este jueves", ", and on"): the day opens a new coordinated clause."""
_EARLY_HOURS_OF = re.compile(
    r"(?:madrugada|early hours|small hours)[^\S\n]+(?:del?|of)[^\S\n]+(?:(?:este|el|this|the)[^\S\n]+)?$",
    re.I,
)
"""The early hours of a day, right before it ("la madrugada de este jueves", "the early hours of
Thursday")."""
_COMMA_CONJUNCTION = re.compile(r",[^\S\n]+(?:y|e|and)[^\S\n]")
"""A comma and a conjunction: what opens a coordinated clause of its own."""
_PLACE_OPENER = re.compile(r"(?:En|In|At)\s+(?:el\s+|la\s+|the\s+)?[A-ZÁÉÍÓÚÑ]")
"""A sentence that opens on a place ("En Los Teques,", "In Maracay"): a new place's report."""
_ASIDE_CLOSES = re.compile(r"[^,;:.\n]{0,30},")
"""The comma that closes an aside soon after its day (the sentence's own clause goes on after it)."""
_VENUE_THEN_DAY = re.compile(
    r"\s+(?:in|at|from|en|desde)\s+(?:[A-ZÁÉÍÓÚ][\w'-]+\s+){1,3}(?:on\s+|el\s+|este\s+)?"
)
"""A venue between a reporting verb and its day ("spoke in Caracas on Thursday", "habló en Maracay
el martes"): the place of the words, whose day stays the words' own."""
_DIGIT = re.compile(r"\d")
"""A figure: a count, a year or a date (what makes a break another time's or a running total's)."""
_CONJUNCTION = re.compile(r"\s(?:y|e|and)\s")
_CLAUSE_JOIN = re.compile(r"\s(?:y|e|and)\s|;\s")
"""A conjunction or a semicolon: what joins a later clause to the place before it ("was shot at the
sit-in in Tocuyito; he died three days later")."""
_ALREADY_BEFORE = re.compile(
    r"\b(?:ya\s+(?:(?:se|le|les|lo|la|los|las)\s+)?hab[ií]an?|had\s+already)\s", re.I
)
"""A pluperfect with "already" ("ya habían sido allanadas", "ya se habían producido cacerolazos",
"had already been raided"): what came before the story's day."""
_OPENING_DAY = re.compile(
    r"[^\S\n]*(?:(?:On|El|Este|Ese|Aquel|the|la)[^\S\n]+){0,2}(?:[^\W\d_]+,?[^\S\n]+)?", re.I
)
"""What may stand before a sentence's opening day: a preposition or article and one word ("On
Tuesday, February 18, ...", "El martes 18 de febrero,")."""
_NOUN_OF_DAY = re.compile(
    r"(?<![\w-])(?!(?:night|morning|afternoon|evening|hours|dawn|noche|mañana|tarde|madrugada|horas)\b)"
    r"[^\W\d_]{3,}[^\S\n]+(?:of(?:[^\S\n]+the)?|del|de[^\S\n]+(?:la|los|las))[^\S\n]+$",
    re.I,
)
"""A noun whose complement is the day after it ("the violence of February 12", "los sucesos del 12
de febrero"): another event's day, not a time of the sentence's own ("the night of", "la madrugada
del")."""
_NOUN_OF_PAST_DAY = re.compile(
    r"(?<![\w-])(?!(?:night|morning|afternoon|evening|hours|dawn|noche|mañana|tarde|madrugada|horas"
    r"|desde|hasta|since|until)\b)[^\W\d_]{3,}[^\S\n]+(?:of(?:[^\S\n]+the)?|del?)[^\S\n]+$",
    re.I,
)
"""A noun whose complement is the day after it, "de" alone included ("los fallecidos de ayer"):
asked only of a sentence told in the present (see _without_complement_days)."""

"""A conjunction between two places: the second is in another conjunct."""
_STATE_APPOSITIVE = re.compile(
    r",[^\S\n]*(?:(?:el[^\S\n]+)?estado[^\S\n]+[A-ZÁÉÍÓÚÑ][\w]+(?:[^\S\n]+[A-ZÁÉÍÓÚÑ][\w]+)?"
    r"|[A-ZÁÉÍÓÚÑ][\w]+(?:[^\S\n]+[A-ZÁÉÍÓÚÑ][\w]+)?[^\S\n]+state)[^\S\n]*"
)
"""A state given after a place as its appositive, up to the next split: ", Nueva Esparta state",
", estado Carabobo"."""
_CLAUSE_ENDS = re.compile(r",\s+(?!(?:y|e|and)\b)[a-záéíóúñ]")
"""A comma before a lower-case word: a clause ends there (a list of names goes on with capitals)."""
_ATTRIBUTION = re.compile(
    r"[^\S\n]*[—–-]{1,2}[^\S\n]*[^\n()@]{0,60}\(@\w{1,30}\)[^\S\n]*(?P<when>[^\n]{4,40})$"
)
"""An embedded post's signature line, as stored copies keep it: "— Ana Rivas (@anarivas_) 12 de
febrero de 2014", "— Name (@handle) February 12, 2014"."""
POST_LINES = 3
POST_INDENT = 2
"""Spaces that open each line of an embedded post quoted as an indented block."""
"""Lines of an embedded post read down to its signature."""
_YEAR_IN_LINE = re.compile(r"\b(?:19|20)\d\d\b")
_APPOSITIVE = re.compile(r",\s+(?:an?|the|un|una|unos|unas|el|la|los|las)\s+(?=[^\W\d_])", re.IGNORECASE)
"""A comma and a noun phrase after it (", a street named after the 1958 uprising", ", la plaza
emblema de las protestas de 2014"): an appositive, a place's background when its years come after it."""
_COUNT_HEADING = re.compile(
    r"^[^\W\d_][^\n.():]{0,40}(?:\(\s*\d[\d.,]*(?:\s+[^\W\d_]+){0,2}"
    r"(?:,[^\S\n]*\d+(?:[^\S\n]+[^\W\d_]+){1,2})*\s*\)[^\S\n]*:?"
    r"|[:–—][^\S\n]*\d[\d.,]*(?=[^\S\n]*$)"  # a table's bare count ("Lara: 64", under "Arrests by state")
    r"|[:–—][^\S\n]*\d[\d.,]*[^\S\n]+(?!de\b|of\b)[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?"
    r"(?:(?:[^\S\n]*[,;]|[^\S\n]+(?:y|and))[^\S\n]*\d[\d.,]*[^\S\n]+(?!de\b|of\b)[^\W\d_]+"
    r"(?:[^\S\n]+[^\W\d_]+)?)*)[^\S\n]*$",
    re.M,
)
"""A heading line of a name and a count, in brackets or after a colon ("Zulia (41 protestas)",
"Caracas (117)", "Lara: 12 detenidos"; not "Caracas: 5 de agosto"), or several counts ("Lara: 12
protests, 2 killed", "Zulia (41 protestas, 3 fallecidos)", "Lara: 15 protestas y 39 detenidos")."""
_COUNTED_PLACE = re.compile(r"[A-ZÁÉÍÓÚÑ][^\W\d_]+[^\S\n]*" + COUNT_IN_BRACKETS)
"""A name with its count in brackets, inside a sentence ("protestas en Mérida (12), Táchira (10)", "Lara
(13 protestas)"; not a year)."""
_COUNT_LINE = re.compile(r"[^\W\d_][^\n\d.():;,]{0,40}:[^\S\n]*\d[\d.,]*[^\S\n]+(?!de\b|of\b)[^\W\d_]+")
"""A line that opens with a name and a count, and goes on ("Carabobo: 19 protestas y 74
detenidos, casi todos en Valencia", "Bolívar: 12 protests, most of them in San Félix"): a
bulletin's tally of one state over the report's days, as a count heading is."""
BACKGROUND_REACH = 25
"""Characters before a protest word in which "luego de una" / "after a" makes it a cause."""
DAY_ONLY_TAIL = 12
"""Characters after a day number that its pattern may look at ("el 31, manifestantes")."""
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
"""A day of the month written alone (the number of "la madrugada del 13", "the 13th")."""
SPREAD_REACH = 120
"""Characters before a place in which a wave's spreading word ("se extendieron a") is looked for."""
_SPREAD_DESTINATION = re.compile(r"(?<![\w'’-])(?:to|into|a|al|hacia|hasta)(?![\w'’-])")
"""The word a spreading wave's list turns at, from its origins to where it went."""
_NAME_LIST = re.compile(r"(?:\s*(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|[a-z]{1,3}(?![\w'’-])|,))*\s*")
"""Names and the short words between them ("Mérida y San Cristóbal", "Caracas, Valencia and"); a
short word is a whole word ("hasta pasada la medianoche en Tocuyito" is no list of names)."""


@dataclass(frozen=True)
class SentenceDates:
    """What a sentence says about when: its dates that can be an event's (references resolved,
    anchors and plans removed), whether it had an anchor ("since Sunday's vote"), whether it
    names a day that is no event's or cannot be known ("tomorrow", "next Saturday", "este
    jueves" in a Monday story), and its bare years."""

    spans: tuple[dates_mod.DateSpan, ...]
    anchored: bool
    unresolved: bool
    years: tuple[int, ...]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping `spans`."""
    index = bisect.bisect_right(spans, (start, 1 << 62))
    return (index > 0 and spans[index - 1][1] > start) or (index < len(spans) and spans[index][0] < end)


class _DateReader:
    """The dates of one document, read once per sentence, paragraph and heading."""

    def __init__(self, doc: Document, reading: Reading, not_dates: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.reading = reading
        self.grammar = reading.dates
        self.not_dates = not_dates  # place names and datelines, sorted
        self._years: dates_mod.YearContext | None = None
        self._full: tuple[list[int], list[int]] | None = None  # see context_year
        self._weekday_days: list[tuple[int, int, int]] | None = None  # see weekday_year
        self._headings: tuple[list[int], list[date | None]] | None = None
        self._day_entries: set[int] = set()  # line starts of a day's entry with its text (see headings)
        self._sentences: dict[tuple[int, int], tuple[list[dates_mod.DateSpan], list[int]]] = {}
        self._paragraphs: dict[tuple[int, int], tuple[list[int], list[dates_mod.DateSpan]]] = {}
        self._lead: list[tuple[int, set[date]]] | None = None
        self._explicit: tuple[list[int], list[date]] | None = None
        self._known: tuple[list[int], list[date]] | None = None
        self._events: dict[tuple[int, int], SentenceDates] = {}
        self._fallbacks: dict[tuple[int, int], EventDate] = {}
        self._announced: dict[tuple[int, int], int | None] = {}
        self._participles: dict[int, int] = {}  # a date's start -> its participle's start (-1: none)
        self._statements: dict[tuple[int, int], list[int]] = {}  # a sentence's reporting verbs' ends
        self._after: dict[int, date | None] = {}  # unit start -> the day in force after it
        self._held: dict[int, date] = {}  # unit start -> the story's day its paragraph's words broke
        self._time_breaks: dict[tuple[int, int], bool] = {}
        self._glued: list[int] | None = None
        self._event_days: tuple[list[int], list[date]] | None = None
        self._reading_lead = False
        self._other_days: list[int] | None = None  # known days other than the lead's (continued_lead)
        self._carried: dict[int, date | None] = {}  # unit start -> see lead_filed_after
        self._in_document: dict[int, bool] = {}  # see may_be_in_document
        self._document_words: frozenset[str] | None = None  # see document_words
        self._title_day: bool | None = None  # see title_names_publication_day
        self._forward: bool | None = None  # see entries_run_forward
        self._week: tuple[date | None] | None = None  # the first day of a headline's week (in_reported_week)
        self._first_entry = -1  # the line start of the first timed entry (see entries_run_forward)
        self._first_entry_day: tuple[date | None] | None = None  # see first_entry_day
        self._place_starts: list[int] | None = None  # see _in_later_place_clause
        self._intro_days: dict[int, date | None] = {}  # a count line's start -> see list_intro_day
        self._midnights: dict[int, int | None] = {}  # a day line's start -> see past_midnight
        self._first_count_line: int | None = None  # see section_after_counts (-1: none)
        self._bulletin_day: tuple[date | None] | None = None  # see bulletin_lead_day
        self._over_period: bool | None = None  # see lead_over_period
        self._anchors: dict[tuple[int, int, int, int], bool] = {}  # see _anchors_in
        self._asides: dict[tuple[str, int, int], tuple[int, int] | None] = {}  # see _aside_clause
        self._reported: dict[str, bool] = {}  # see _reports_event

    def _search(self, pattern: re.Pattern[str], pos: int, endpos: int) -> re.Match[str] | None:
        """pattern.search(doc.text, pos, endpos) for a case-insensitive pattern of the reading, read
        over the document's lower-cased text when it can (see reading.Words): for a pattern of
        look-behinds (the participle's), which the case-insensitive one tries at every character,
        several times faster; not for every pattern. Read group text by offsets. Not scanned at
        all when the lower-cased window lacks what every match needs (see prefilter): most
        windows before a date hold no participle and no apposition that counts days."""
        lowered = self.doc.lowered
        words = _lowered(pattern) if lowered is not None else None
        if words is None or lowered is None:
            return pattern.search(self.doc.text, pos, endpos)
        if words.lower is not None and not prefilter.prefiltered(words.lower).may_match(lowered[pos:endpos]):
            return None
        return words.search(self.doc.text, pos, endpos, lowered=lowered)

    def _search_in(self, words: Words, start: int, end: int) -> re.Match[str] | None:
        """words.search_in(doc, start, end), without the scan when the lower-cased window lacks
        every string a match needs (see prefilter): most windows (a sentence, a place's
        neighbourhood) hold no count, no plan, no pluperfect."""
        lowered = self.doc.lowered
        if lowered is None or words.lower is None:
            return words.search_in(self.doc, start, end)
        window = lowered[start:end]  # what search_in reads on its fast path
        if not prefilter.prefiltered(words.lower).may_match(window):
            return None
        return words.lower.search(window)

    def context_year(self, pos: int) -> int | None:
        if self.doc.published is not None:
            if self._full is None:  # a look back's years (see dates.told_year), read once
                self._full = dates_mod.full_dates(self.doc.text, self.grammar, self.doc.published.year)
            return dates_mod.told_year(self._full, pos, self.doc.published)
        if self._years is None:
            self._years = dates_mod.YearContext(self.doc.text, self.grammar)
        return self.weekday_year(self._years.at(pos))

    def weekday_year(self, year: int | None) -> int | None:
        """`year`, unless the days the text writes with their weekday ("El lunes 29 de julio",
        "Monday, July 29") fall on other weekdays in it: then the year of the text's or the
        dataset's in which they all do, the latest ("ni en 2017", a quote's comparison, does
        not make a story of "el lunes 29 de julio" one of 2017, when that day was a Saturday)."""
        if self._weekday_days is None:
            self._weekday_days = _weekday_days(self.doc.text, self.grammar)
        days = self._weekday_days
        if not days or year is None or _all_fall(days, year):
            return year
        assert self._years is not None
        named = {*self._years.years, *self.reading.years}
        if self._years.mode is not None:
            named.add(self._years.mode)
        candidates = sorted(named, reverse=True)
        return next((y for y in candidates if _all_fall(days, y)), year)

    def in_window(self, years: Iterable[int]) -> bool:
        """Whether the years a sentence names are the story's own: a sentence that names another
        year ("las protestas de 2017" in a 2024 story) is about another time."""
        published = self.doc.published
        if published is not None:
            return all(y == published.year for y in years)
        return all(y in self.reading.years or y in self.dated_years() for y in years)

    def dated_years(self) -> frozenset[int]:
        """The years of the full dates a text without publication date writes ("on 19 April
        2017"): a text about 2017 is dated in 2017, whatever the dataset's years."""
        if self._years is None:
            self._years = dates_mod.YearContext(self.doc.text, self.grammar)
        return frozenset(self._years.years)

    def usable(self, spans: list[dates_mod.DateSpan], offset: int) -> list[dates_mod.DateSpan]:
        """The spans (relative to `offset`) that are dates: not inside a place name or dateline."""
        return [s for s in spans if not _overlaps(self.not_dates, s.start + offset, s.end + offset)]

    def headings(self) -> tuple[list[int], list[date | None]]:
        """Chronology headings: lines that are only a date ("29 July"), with their positions. A
        heading of several days ("10 y 11 de marzo:", "March 10-11") is one without a day (None):
        it ends the day of the heading before it. A day's entry with its text on the same line
        ("Tuesday, Feb. 18 — López handed himself over...") is noted in `_day_entries`."""
        if self._headings is None:
            positions: list[int] = []
            values: list[date | None] = []
            pos = 0
            for line in self.doc.text.split("\n"):
                stripped = (
                    line.strip().strip(HEADING_MARKS).strip()
                )  # "**29 de julio**", "## Monday, July 29"
                if stripped and (stripped[0].isdigit() or stripped[0].isalpha()):
                    value = None
                    if len(stripped) <= 40:
                        value = dates_mod.heading_date(
                            stripped, self.doc.published, self.context_year(pos), self.grammar
                        )
                    entry = _ENTRY.match(stripped) if value is None and _may_open_entry(stripped) else None
                    if entry is not None:  # "July 30, 11:02 p.m. ET — ...": the entry's day, as a heading's
                        when = entry.group("when")
                        untimed = _TIME_TAIL.sub("", when)
                        value = dates_mod.heading_date(
                            untimed, self.doc.published, self.context_year(pos), self.grammar
                        )
                        if value is not None and untimed == when and entry.end() < len(stripped):
                            self._day_entries.add(pos)
                    several = value is None and self._is_days_heading(stripped)
                    if value is None and not several:
                        value = self._section_day(pos, stripped)  # "What happened yesterday"
                    if value is not None or several:
                        positions.append(pos)
                        values.append(value)
                    elif values and values[-1] is not None and self._is_section_heading(pos, stripped):
                        positions.append(pos)  # "The surrender" after "The march of February 12":
                        values.append(None)  # a new section, whose lines are not that day's
                pos += len(line) + 1
            self._headings = (positions, values)
        return self._headings

    def _is_section_heading(self, line_start: int, line: str, *, blank_after: bool = True) -> bool:
        """Whether a line without a day is a section's heading ("Where it started", "The
        surrender", "OTHER STATES"): a few words standing alone between blank lines (or, without
        `blank_after`, over its paragraph), without a sentence's closing stop or a place name (a
        place's heading under a day's, "Caracas", stays in that day). It ends the day of a
        chronology heading above it."""
        text = self.doc.text
        line_end = line_start + len(text[line_start:].split("\n", 1)[0])
        return (
            line_start >= 2
            and len(line) <= DAY_HEADING_CHARACTERS
            and len(line.split()) <= DAY_HEADING_WORDS
            and not line.endswith((".", "!", "?", ",", ";", ":"))
            and text[line_start - 2 : line_start] == "\n\n"
            and text[line_end : line_end + (2 if blank_after else 1)] == ("\n\n" if blank_after else "\n")
            and not any(c.isdigit() for c in line)
            and not _overlaps(self.not_dates, line_start, line_end)
        )

    def _section_day(self, line_start: int, line: str) -> date | None:
        """The one day a live page's section heading names ("What happened yesterday", "Monday's
        protests"): a short line standing alone below the headline, without a sentence's closing
        stop, whose only date is one past day. The lines under it are that day's."""
        if (
            line_start == 0
            or len(line) > DAY_HEADING_CHARACTERS
            or line.endswith((".", "!", "?", ",", ";", ":"))
            or len(line.split()) > DAY_HEADING_WORDS
            or self.doc.text[line_start - 2 : line_start] != "\n\n"
        ):
            return None
        spans = self.paragraph_dates(line_start, self.context_year(line_start))[1]
        if len(spans) != 1:
            return None
        span = spans[0]
        if span.value is None or span.precision != "day" or span.future:
            return None
        if self.doc.published is not None and span.value > self.doc.published:
            return None
        return span.value

    def under_publication_line(self, position: int) -> bool:
        """Whether the heading above `position` is the page's publication date rather than a
        chronology's day: a full date with its year, the publication day, among the first lines
        (a news wiki's "miércoles 1 de mayo de 2019" under the headline). Its story's own days
        ("Ayer martes, ... Poco después, miles ocuparon la autopista") come first; the date line
        dates only what the story gives no day for (a live blog's entries under "Thursday 20
        July 2017")."""
        positions, values = self.headings()
        index = bisect.bisect_right(positions, position)
        if not index or values[index - 1] is None or values[index - 1] != self.doc.published:
            return False
        line_start, line_end = self.doc.line_span(positions[index - 1])
        return _YEAR_IN_LINE.search(
            self.doc.text, line_start, line_end
        ) is not None and line_start in _first_lines(self.doc, HEAD_LINES)

    def _is_days_heading(self, line: str) -> bool:
        """Whether a short line is only days of a month ("10 y 11 de marzo:", "March 10-11",
        "Del 12 al 14 de febrero"): a chronology heading of several days, none of which is the
        day of the lines under it."""
        line = line.rstrip(":—–- ")
        if len(line) > DAYS_HEADING_CHARACTERS:
            return False
        words = re.findall(r"\w+", dates_mod.fold_text(line))
        grammar = self.grammar
        numbers = sum(word.isdigit() for word in words)
        months = sum(word in grammar.months for word in words)
        return (
            numbers >= 2
            and months >= 1
            and all(
                word.isdigit() or word in grammar.months or word in grammar.weekdays or len(word) <= 3
                for word in words
            )
        )

    def heading_at(self, position: int) -> date | None:
        """The day of the chronology heading above `position`, if any."""
        positions, values = self.headings()
        index = bisect.bisect_right(positions, position)
        return values[index - 1] if index else None

    def under_day_heading(self, position: int) -> bool:
        """Whether `position` is under a chronology heading of one day that is not the page's
        publication line ("Lunes 29 de julio / Anzoátegui (38 detenidos). En Barcelona..."): a
        count heading there labels that day's section, not a total over the report's days."""
        return self.heading_at(position) is not None and not self.under_publication_line(position)

    def counts_from_heading(self, position: int) -> date | None:
        """The day "today" / "ayer" at `position` counts from when not the publication's: the
        heading's above it, except a day's entry below its own line. "Tuesday, Feb. 18 — ..."
        sums up a past day on one line; "Yesterday, students in Barinas..." in a paragraph after
        it counts from the day of reading, as the story's "yesterday" does."""
        positions, values = self.headings()
        index = bisect.bisect_right(positions, position)
        if not index:
            return None
        heading = positions[index - 1]
        if heading in self._day_entries and self.doc.line_span(position)[0] != heading:
            return None
        return values[index - 1]

    def sentence_dates(self, start: int, end: int) -> tuple[list[dates_mod.DateSpan], list[int]]:
        """The dates of a sentence (offsets relative to it) and its bare years. Taken from its
        paragraph's dates, which are read once: the text is scanned for dates once, not once
        per sentence and again per paragraph."""
        cached = self._sentences.get((start, end))
        if cached is None:
            line_start, _ = self.doc.line_span(start)
            starts, spans = self.paragraph_dates(line_start, self.context_year(start))
            inside = []
            for span in spans[bisect.bisect_left(starts, start) :]:
                if span.start >= end:
                    break
                if span.end <= end:
                    inside.append(span.moved(-start))
            cached = (inside, dates_mod.bare_years(self.doc.text[start:end]))
            self._sentences[(start, end)] = cached
        return cached

    def event_dates(self, start: int, end: int) -> SentenceDates:
        """The dates of a sentence that can be an event's, read once per sentence (see
        SentenceDates). Under a chronology heading, "today" / "hoy" is the heading's day."""
        cached = self._events.get((start, end))
        if cached is None:
            sentence = self.doc.text[start:end]
            spans, years = self.sentence_dates(start, end)
            published = self.doc.published
            heading: date | None = None
            if any(s.offset is not None for s in spans):
                heading = self.introduced_post_day(start) or self.counts_from_heading(start)
                if heading is not None and self.under_publication_line(start):
                    # "Caracas, 14 February 2014" over a bulletin: the day of writing, from which
                    # "today" counts as it does from the publication's, a quoted one included
                    heading = None
            resolved: list[dates_mod.DateSpan] = []
            unresolved = False
            anchors = 0
            speech = self._statement_span(sentence, spans) if len(spans) > 1 else None
            spoken = speech.value if speech is not None else None
            before: tuple[int, date | None] = (-1, None)  # the end and day of the span before
            shifted: tuple[int, date | None] = (-1, None)  # the end and day of a shift before
            for index, s in enumerate(spans):
                if _restated_shift(sentence, spans, index):
                    continue  # "Al día siguiente, el martes 30 de julio": the explicit day says which
                value = s.value
                counted_from_heading = False
                # "La noche del 22 de enero, un día antes de la marcha": that day, said again
                apposed = (
                    s.shift is not None
                    and before[1] is not None
                    and (
                        _APPOSED.fullmatch(sentence, before[0], s.start) is not None
                        # "sacudió este lunes la ciudad, un día después de que el CNE anunciara"
                        or _COUNTED_FROM_CLAUSE.match(sentence, s.end) is not None
                    )
                )
                if s is speech:
                    continue  # 'informó este lunes', 'dijo el lunes': the day of the words, not the event's
                if (
                    spoken is not None
                    and s.offset is not None
                    and s.precision == "day"
                    and _quoted(sentence, s.start)
                ):
                    value = spoken + timedelta(
                        days=s.offset
                    )  # '"Ayer nos reprimieron", dijo el lunes': Sunday
                elif apposed:
                    value = before[1]
                elif shifted[1] is not None and self._names_weekday_of(sentence, shifted, s):
                    value = shifted[1]  # "The next day, Tuesday,": the shifted day, named again
                elif s.shift is not None:  # "al día siguiente": the day in force, shifted
                    base = self.shifted_from_event(start + s.start, start + s.end)
                    if base is None and not self.headline_shift(start + s.start):
                        base = self.day_in_force(start + s.start)
                    value = None if base is None else base + timedelta(days=s.shift)
                elif s.weekday is not None:  # "ese domingo": the Sunday of an earlier explicit date
                    value = self.referred_day(start + s.start, s.weekday)
                    if (
                        value is not None
                        and s.weekday == dates_mod.ANY_DAY
                        and self.reading.same_night.fullmatch(sentence, s.start, s.end)
                    ):
                        named = self.named_night(start + s.start)
                        if named is not None:
                            value = named  # "the night of Monday, July 29 ... The protests that night"
                        elif self.after_early_hours(start + s.start):
                            value -= timedelta(days=1)  # "3:20 a.m. — ... that night": the night before
                elif s.offset is not None and heading is not None and s.precision == "day":
                    value = heading + timedelta(days=s.offset)  # "hoy" in a live blog's entry
                    counted_from_heading = True  # a blog's later day, not a plan (see below)
                elif (
                    s.offset is not None
                    and s.offset < 0
                    and s.precision == "day"
                    and published is not None
                    and self.reading.night_after_told_day.fullmatch(sentence, s.start, s.end)
                ):
                    # "Late Monday, police fired tear gas in 23 de Enero. Overnight, residents of La
                    # Vega banged pots" in a story of Wednesday: the night after the day the story
                    # is at, not the night before the day of writing
                    told = self.in_force(start)
                    if told is not None and told < published + timedelta(days=s.offset):
                        value = told
                elif (
                    s.offset is not None
                    and s.offset <= 0
                    and s.precision == "day"
                    and published is not None
                    and len(spans) == 1
                    and _quoted(sentence, s.start)
                    and (
                        any(
                            not _quoted(sentence, m.start())
                            for m in self.reading.reporting_verb.finditer(sentence)
                        )
                        or _QUOTE_TOLD.search(self.doc.text, start + s.end, self.doc.line_span(start)[1])
                        is not None
                        or _QUOTE_TOLD.search(self.doc.text, self.doc.line_span(start)[0], start) is not None
                    )
                ):
                    # '"They came at us with everything tonight," a student wrote at 11:40 p.m.':
                    # a quotation's "today" is the speaker's day: told by the story ("wrote", "said"
                    # outside the quotation), the story's day in force when it has gone back before
                    # the day of writing; else the day of writing. A quoted post alone on its line
                    # ('"Entierran hoy a Génesis..."') keeps its own reading
                    told = self.in_force(start)
                    if told is not None and told < published:
                        value = told + timedelta(days=s.offset)
                elif s.after_event is not None:  # "two days after the vote": the vote's day, counted on
                    counted_from = self.event_day(start + s.start)
                    value = None if counted_from is None else counted_from + timedelta(days=s.after_event)
                elif s.past_value is not None and self._reports_past(start, end):
                    value = s.past_value  # "este lunes protestaron", read on Thursday: this Monday
                elif published is None and value is None and s.offset is None and not s.future:
                    value = self.weekday_in_story(start + s.start, start + s.end) or self.day_number_in_story(
                        start + s.start, start + s.end
                    )
                elif published is not None and value is not None and s.past_value is None:
                    # "El 12, cuando ...": the story's month, not the publication's
                    value = self.numbered_in_story(s.moved(start)) or value
                if value is not None and s.precision == "day" and s.offset is None and s.shift is None:
                    value += timedelta(days=self.counted_after(start, start + s.start))
                    value = self.in_reported_week(value, start + s.start, start + s.end)
                    if value == published and s.past_value is None:
                        value = self.weekday_after_earlier_day(value, start + s.start, start + s.end)
                    if published is not None and s.past_value is None:
                        value = self.weekday_looked_back(value, start + s.start, start + s.end)
                span = dates_mod.DateSpan(
                    s.start, s.end, value, s.precision or ("day" if value else None), shift=s.shift
                )
                before = (s.end, value if s.precision == "day" and s.shift is None else None)
                shifted = (s.end, value if s.shift is not None else None)
                if (
                    value is not None
                    and s.precision == "day"
                    and self.reading.until_early_hours.search(sentence, max(0, s.start - 40), s.start)
                ):
                    # "se escucharon cacerolas hasta la madrugada del jueves": a night that ran into
                    # Thursday's early hours is Wednesday's, not a span, an anchor nor Thursday
                    resolved.append(dates_mod.DateSpan(s.start, s.end, value - timedelta(days=1), "day"))
                elif self._anchors_in(start, end, span) or self.is_calm_day(start, end, span):
                    if s.shift is not None and value is not None and s.shift < 0:
                        continue  # "desde la noche anterior": since a time the story's day counts from,
                        # not a span of days of its own; the sentence goes on with the story's day
                    anchors += 1
                elif (
                    value is None
                    or s.future
                    or (s.offset is not None and s.offset > 0)
                    or (published is not None and value > published and not counted_from_heading)
                ):
                    # "tomorrow", "next Saturday", a day after publication: a plan; not a quoted
                    # speaker's ('"no sabe si mañana la van a detener", contó'), which plans nothing
                    unresolved = unresolved or not _quoted(sentence, s.start)
                else:
                    resolved.append(span)
            if len(resolved) > 1:
                resolved = _without_referred_days(sentence, resolved)
                paired = _days_of_one_count(sentence, resolved)
                if paired:  # "143 detenidos durante las protestas del lunes y el martes": a count
                    resolved = [s for s in resolved if s not in paired]  # over both days, no one day
                    unresolved = True
            if resolved:
                span_of_days = self._search_in(self.reading.weekday_range, start, end)
                if span_of_days is not None:  # "entre el martes y el jueves": a span, no one day
                    resolved = [
                        s for s in resolved if s.end <= span_of_days.start() or s.start >= span_of_days.end()
                    ]
                    unresolved = True
            if years:
                years = self._years_of_its_own(start, sentence)
            cached = SentenceDates(tuple(resolved), anchors > 0, unresolved, tuple(years))
            self._events[(start, end)] = cached
        return cached

    def _names_weekday_of(
        self, sentence: str, shifted: tuple[int, date | None], span: dates_mod.DateSpan
    ) -> bool:
        """Whether `span` is a bare weekday set off by a comma right after a shift whose day falls
        on it ("The next day, Tuesday, Machado spoke" in a look back published a year later): it
        names the shifted day again, not the last such weekday before publication."""
        day = shifted[1]
        if day is None or span.shift is not None or span.offset is not None or span.weekday is not None:
            return False
        if not _APPOSED.fullmatch(sentence, shifted[0], span.start):
            return False
        named = self.grammar.weekdays.get(dates_mod.fold_text(sentence[span.start : span.end]).strip())
        return named == day.weekday()

    def headline_shift(self, position: int) -> bool:
        """Whether a shifted day at `position` is in the headline with no day given before it
        ("Una semana después: los barrios de Caracas que salieron a la calle cuentan sus
        detenidos"): the follow-up's frame, counted from nothing the reader has yet, not the
        lead's day shifted."""
        return self.is_title(position) and bisect.bisect_left(self.known_days()[0], position) == 0

    def _years_of_its_own(self, start: int, sentence: str) -> list[int]:
        """The bare years of the sentence at `start`, but those inside a place's relative clause
        ("se reunió en la plaza Boyacá, en el casco histórico, donde hubo una misa por los
        fallecidos de las protestas de 2017"): that clause tells the place's background, and its
        year is not the time of the event the sentence reports; nor the year of an anniversary
        ("a march called for the anniversary of the fall of the dictatorship in 1958"), which is
        the remembered event's."""
        text = self.doc.text
        r = self.reading
        return [
            int(m.group(1))
            for m in dates_mod.BARE_YEAR.finditer(sentence)
            if r.place_clause.search(text, start, start + m.start()) is None
            and r.commemoration.search(text, start + max(0, m.start() - 80), start + m.start()) is None
        ]

    def counted_after(self, sent_start: int, day_start: int) -> int:
        """The days to add to the date at `day_start` when an apposition gives it as the day that
        others are counted from ("Tres días después de la peor noche, la del 22 de enero, los
        estudiantes volvieron a marchar": the 25th), else 0."""
        found = self._search(
            self.reading.counted_after_apposition, max(sent_start, day_start - RANGE_REACH - 30), day_start
        )
        if found is None:
            return 0
        count_start, count_end = named_span(found, "count")
        count = self.doc.text[count_start:count_end]
        return (
            int(count) if count.isdigit() else self.grammar.counts.get(dates_mod.fold_text(count).lower(), 0)
        )

    def shifted_from_event(self, shift_start: int, shift_end: int) -> date | None:
        """The lead's day, for a shift that names the story's event it counts from ("Un día
        antes de la marcha, en Valencia...", "a day after the rally"), not the day in force: the
        march is the story's, whatever day the paragraph before gave."""
        joined = self.reading.shift_of_event.match(self.doc.text, shift_end, shift_end + 30)
        if joined is None or not self._reports_event(self.doc.text[joined.end() : joined.end() + 30]):
            return None
        return self.lead_date(shift_start)

    def may_be_in_document(self, pattern: re.Pattern[str], text: str | None) -> bool:
        """False when no window of `text` (the document's folded or lower-cased text, the one
        `pattern` reads) can hold a match of `pattern`: the whole text lacks what every match
        contains (see prefilter). Asked once per document instead of once per place or date,
        for phrases most stories never use ("se extendieron a", "la calma volvió"). `text`
        None (each window is folded alone, or read case-insensitively): no shortcut."""
        found = self._in_document.get(id(pattern))
        if found is None:
            gate = _document_gate(pattern)
            found = text is None or (
                (gate is None or gate.passes(self.document_words()))
                and prefilter.prefiltered(pattern).may_match(text)
            )
            self._in_document[id(pattern)] = found
        return found

    def document_words(self) -> frozenset[str]:
        """The folded words of the whole document (with the parts of its hyphenated ones), read
        once: a set test for the words a phrase needs (see _document_gate) is far cheaper than
        testing each of its strings over the whole text, which a story of 5,000 characters
        without "la calma volvió" pays about 18 times over."""
        if self._document_words is None:
            self._document_words = frozenset(_words_between(self.doc, 0, len(self.doc.text)))
        return self._document_words

    def _spread_before(self, pattern: re.Pattern[str], start: int) -> int | None:
        """Where the last `pattern` (a wave spreading from or to) starts, in the SPREAD_REACH
        characters of its sentence before the place at `start`, when only a list of names stands
        between it and the place ("se extendieron desde Mérida y San Cristóbal"); else None."""
        if not self.may_be_in_document(pattern, self.doc.folded_text):
            return None
        sent_start, _ = self.doc.sentence_span(start)
        window = max(sent_start, start - SPREAD_REACH)
        before = self.doc.folded_window(window, start)
        found = list(prefilter.finditer(pattern, before))
        if not found or _NAME_LIST.fullmatch(self.doc.text, window + found[-1].end(), start) is None:
            return None
        return window + found[-1].start()

    def is_spread_origin(self, start: int) -> bool:
        """Whether the place at `start` is where a wave spread from ("las protestas se extendieron
        desde Mérida y San Cristóbal a todo el país", "spread from Caracas to the provinces"): its
        events came before the sentence's day, on a day it does not give. A place past the
        list's "to" ("spread from Barrio Obrero to Avenida Carabobo", "desde Mérida a Ejido") is
        where it spread to, not from: the sentence's day is its own."""
        found = self._spread_before(self.grammar.spread_from, start)
        return found is not None and _SPREAD_DESTINATION.search(self.doc.text, found, start) is None

    def is_undated_spread(self, start: int) -> bool:
        """Whether the place at `start` is where a wave spread to, in a sentence that gives no
        time for the spreading ("comenzaron el 29J en Naguanagua y se extendieron luego a
        Tocuyito y Mariara"): the day given is the start's, the spreading came on a later day
        the text does not give. "spread overnight to" and "el martes se extendieron a" keep theirs."""
        spread = self._spread_before(self.grammar.spread_to, start)
        if spread is None:
            return False
        sent_start, sent_end = self.doc.sentence_span(start)
        spread_at = spread - sent_start
        spans = self.event_dates(sent_start, sent_end).spans
        if not spans or any(s.end > spread_at for s in spans):
            return False  # no day at all, or the spreading's own ("spread overnight to")
        # the day is the start's only when a start verb governs it ("comenzaron el 29J", "began
        # on Monday"); "El martes, las protestas se extendieron a Valencia" is Tuesday's
        return self.reading.start_verb.search(self.doc.text, sent_start, sent_start + spread_at) is not None

    def _is_statement_day(self, sent_start: int, sent_end: int, span: dates_mod.DateSpan) -> bool:
        """Whether `span` (relative to its sentence) is the statement day of a sentence that gives
        other days too (see _statement_span)."""
        spans, _ = self.sentence_dates(sent_start, sent_end)
        if len(spans) < 2:
            return False
        statement = self._statement_span(self.doc.text[sent_start:sent_end], spans)
        return statement is not None and statement.start == span.start

    def _statement_span(self, sentence: str, spans: list[dates_mod.DateSpan]) -> dates_mod.DateSpan | None:
        """The day a sentence gives for its words rather than its event, right after a reporting
        verb outside any quote ('informó este lunes la Fiscalía', 'dijo el lunes', 'told
        reporters on Monday', 'denunciaron este jueves que'): what "ayer", "today" in a quote count
        from, and never the day of the event the sentence reports beside it."""
        for s in spans:
            if s.value is None or s.precision != "day" or _quoted(sentence, s.start):
                continue
            verbs = list(self.reading.statement_day_after.finditer(sentence, max(0, s.start - 45), s.start))
            if verbs and self.reading.reported_opener.search(sentence, verbs[-1].end(), s.start) is not None:
                continue  # "informaron que el martes ...": a day after "que" is the reported event's
            if verbs and (
                len(sentence[verbs[-1].end() : s.start].split()) <= 2
                or _VENUE_THEN_DAY.fullmatch(sentence, verbs[-1].end(), s.start) is not None
            ):
                return s
        return None

    def paragraph_dates(
        self, line_start: int, ctx_year: int | None
    ) -> tuple[list[int], list[dates_mod.DateSpan]]:
        """Every date of the paragraph starting at `line_start`, absolute offsets, read once."""
        key = (line_start, ctx_year or 0)
        found = self._paragraphs.get(key)
        if found is None:
            doc = self.doc
            _, line_end = doc.line_span(line_start)
            if not self.may_have_dates(line_start, line_end):
                found = ([], [])
                self._paragraphs[key] = found
                return found
            spans = dates_mod.find_dates(
                doc.text[line_start:line_end],
                doc.published,
                ctx_year,
                self.grammar,
                folded=doc.folded_window(line_start, line_end),
                words=_words_between(doc, line_start, line_end),
            )
            absolute = [s.moved(line_start) for s in self.usable(spans, line_start)]
            found = ([s.start for s in absolute], absolute)
            self._paragraphs[key] = found
        return found

    def may_have_dates(self, start: int, end: int) -> bool:
        """Whether [start, end) has a word every date expression needs (see DateGrammar
        .gate_words), looked up in the document's folded tokens: most paragraphs of a long
        story have none, and a set test is far cheaper than the date patterns."""
        doc = self.doc
        first = bisect.bisect_left(doc.tok_start, start)
        last = bisect.bisect_left(doc.tok_start, end)
        if not self.grammar.gate_words.isdisjoint(doc.folded[first:last]):
            return True
        if self._glued is None:
            self._glued = [m.start() for m in _GLUED.finditer(doc.text)]
        index = bisect.bisect_left(self._glued, start)
        return index < len(self._glued) and self._glued[index] < end

    def explicit_days(self) -> tuple[list[int], list[date]]:
        """Every explicit day written in the document ("4 de agosto", "Sunday, August 4"), with
        its position: what "that Sunday" / "ese domingo" refers back to."""
        if self._explicit is None:
            positions: list[int] = []
            values: list[date] = []
            text = self.doc.text
            for line_start in self.doc.line_starts:
                for span in self.paragraph_dates(line_start, self.context_year(line_start))[1]:
                    if (
                        span.value is not None
                        and span.precision == "day"
                        and any(ch.isdigit() for ch in text[span.start : span.end])
                    ):
                        positions.append(span.start)
                        values.append(span.value)
            self._explicit = (positions, values)
        return self._explicit

    def known_days(self) -> tuple[list[int], list[date]]:
        """Every day the text gives before the events it dates (explicit, weekday or relative,
        not an anchor such as "since Sunday's vote"), with its position: what "the next day"
        is the day after. A shift counts from the day before it, so that shifts chain ("Hace dos
        días... Al día siguiente... A la mañana siguiente...")."""
        if self._known is None:
            positions: list[int] = []
            values: list[date] = []
            text = self.doc.text
            for line_start in self.doc.line_starts:
                before = -1  # the end of the last explicit day
                spans = self.paragraph_dates(line_start, self.context_year(line_start))[1]
                for index, span in enumerate(spans):
                    if _restated_shift(text, spans, index):
                        continue  # "Al día siguiente, el martes 30 de julio": counted from that day on
                    if (
                        span.shift is not None
                        and before >= 0
                        and _APPOSED.fullmatch(text, before, span.start)
                    ):
                        continue  # "el 22 de enero, un día antes de la marcha": that day, said again
                    if span.value is not None and span.precision == "day" and span.shift is None:
                        before = span.end
                    if span.shift is not None and span.value is None and values:
                        sent_start, sent_end = self.doc.sentence_span(span.start)
                        start = span.start - sent_start
                        shifted = dates_mod.DateSpan(start, start + span.end - span.start, None, None)
                        if self._anchors_in(sent_start, sent_end, shifted):
                            continue  # "desde la noche anterior": since when, not a day the story moves to
                        positions.append(span.start)
                        values.append(values[-1] + timedelta(days=span.shift))
                        continue
                    if span.weekday is not None and span.weekday != dates_mod.ANY_DAY and span.value is None:
                        # "Esa misma noche del lunes" after a tweet of "el martes 22": the story goes
                        # back to Monday the 21st, and "la madrugada siguiente" is the 22nd
                        referred = self._referred_known(span.start, span.weekday, positions, values)
                        if referred is not None:
                            positions.append(span.start)
                            values.append(referred)
                        continue
                    numbered = self._numbered_day(span, values[-1] if values else None)
                    if numbered is not None:  # "El 12 de febrero ... Durante la madrugada del 13"
                        positions.append(span.start)
                        values.append(numbered)
                        continue
                    if span.future and span.value is None:
                        planned = self.looked_back_plan_day(span)
                        if planned is not None:  # "The march was called for 12 February. That morning"
                            positions.append(span.start)
                            values.append(planned)
                        continue
                    if span.value is None or span.precision != "day" or span.future:
                        continue
                    sent_start, sent_end = self.doc.sentence_span(span.start)
                    relative = dates_mod.DateSpan(
                        span.start - sent_start, span.end - sent_start, span.value, "day"
                    )
                    if self._is_statement_day(sent_start, sent_end, relative):
                        continue  # 'informó este lunes': not a day the story's events are counted from
                    if span.offset == 0 and self._statement_span(
                        self.doc.text[sent_start:sent_end], [relative]
                    ):
                        continue  # 'recuerda hoy un vecino': the time of writing, not a day the story tells
                    if _quoted(self.doc.text[sent_start:sent_end], relative.start):
                        continue  # '"today we are back," a student said': the speaker's day, not the story's
                    if self._aside_clause(self.doc.text[sent_start:sent_end], relative.start, relative.end):
                        continue  # 'uno de ellos fue operado el lunes. Esa misma noche': told in passing
                    if values and self._passive_of_passing(self.doc.text[sent_start:sent_end], relative.end):
                        continue  # 'El lunes fue presentado ante un tribunal. Ese mismo día': a hearing
                    if (
                        values
                        and self.doc.published is not None
                        and span.value - values[-1] > timedelta(days=FLASHBACK_DAYS)
                        and self.doc.published - span.value <= timedelta(days=FLASHBACK_DAYS)
                        and not self._reports_event(self.doc.text[sent_start:sent_end])
                    ):
                        continue  # 'Luis fue liberado el viernes 23 de agosto. Esa noche': told in passing
                    if (
                        span.offset == 0
                        and span.value == self.doc.published
                        and self._words_of_the_day(self._unit_start(span.start))
                    ):
                        continue  # "Today he says the country is calm": the day of someone's words
                    if not self._anchors_in(sent_start, sent_end, relative):
                        positions.append(span.start)
                        if (
                            values
                            and span.offset is not None
                            and span.offset < 0
                            and values[-1] < span.value
                            and self.reading.night_after_told_day.fullmatch(text, span.start, span.end)
                        ):
                            values.append(values[-1])  # "Late Monday ... Overnight": Monday's night
                        else:
                            values.append(span.value)
            self._known = (positions, values)
        return self._known

    def looked_back_plan_day(self, span: dates_mod.DateSpan) -> date | None:
        """The day of a plan (`span`, "called for 12 February") in a look back written in a later
        year than the text's last full date (see dates.told_year), when it is before
        publication: a day the story then goes on to tell ("The national march was called for 12
        February. That morning tens of thousands gathered ... Two days later ..."), and so a day
        a reader keeps in mind, though the plan's sentence reports no event on it. Else None."""
        published = self.doc.published
        year = self.context_year(span.start) if published is not None else None
        if published is None or year is None:
            return None
        written = self.doc.text[span.start : span.end]
        if not any(ch.isdigit() for ch in written):
            return None
        days = [
            s.value
            for s in dates_mod.find_dates(written, published, year, self.grammar)
            if s.value is not None and s.precision == "day"
        ]
        return days[0] if len(days) == 1 and days[0] < published else None

    def plan_day_taken_up(self, start: int, end: int) -> date | None:
        """The day of the one plan of the sentence [start, end) in a look back (see
        looked_back_plan_day) when the next sentence opens by referring back to a day ("The
        national march was called for 12 February. That morning tens of thousands gathered at
        Plaza Venezuela"): the story goes on with the plan's day, as it was carried out; else
        None (a plan breaks the day in force)."""
        planned = [s for s in self.sentence_dates(start, end)[0] if s.future and s.value is None]
        if len(planned) != 1:
            return None
        day = self.looked_back_plan_day(planned[0].moved(start))
        if day is None:
            return None
        starts = self.doc.sent_starts
        index = bisect.bisect_right(starts, end - 1)
        if index >= len(starts):
            return None
        next_start, next_end = self.doc.sentence_span(starts[index])
        referred = _DAY_REFERRED.search(self.doc.text, next_start, min(next_end, next_start + 20))
        return day if referred is not None else None

    def _referred_known(
        self, position: int, weekday: int, positions: list[int], values: list[date]
    ) -> date | None:
        """The day a back-referred weekday ("ese domingo") stands for while the known days are
        being read: the latest explicit day before it on that weekday, else the latest day
        known so far on it (what `referred_day` reads, without asking for the known days)."""
        explicit_positions, explicit_values = self.explicit_days()
        for index in range(bisect.bisect_left(explicit_positions, position) - 1, -1, -1):
            if explicit_values[index].weekday() == weekday:
                return explicit_values[index]
        for index in range(len(values) - 1, -1, -1):
            if positions[index] < position and values[index].weekday() == weekday:
                return values[index]
        return None

    def day_in_force(self, position: int) -> date | None:
        """The day a reader has in mind at `position` for "the next day": the last day the
        text gave before it, else the lead's ("El día anterior..." in a story of "este
        miércoles")."""
        positions, values = self.known_days()
        index = bisect.bisect_left(positions, position)
        if index and positions[index - 1] < self.doc.line_span(position)[0] and self.in_live_entry(position):
            # a live blog's entry starts afresh ("8:00 a.m. — La víspera, en Guanare..."): its
            # eve is the day before the entry's own day, not before a day an older entry gave
            return self.in_force(position)
        if index:
            return values[index - 1]
        return self.lead_date(len(self.doc.text))

    def in_live_entry(self, position: int) -> bool:
        """Whether `position` is in a live blog's timed entry (newest first, each its own day),
        not in an hour of a night told hour by hour."""
        line_start = self.doc.line_span(position)[0]
        return self.in_timed_entry(line_start) and not self.entries_run_forward()

    def named_night(self, position: int) -> date | None:
        """The day of the last explicit day before `position` when the text wrote it as a night
        ("On the night of Monday, July 29, the streets of Catia filled ...", then "By the next
        morning ..." and "The protests that night ..."): the night a later "that night" is, not the
        day in force a shift moved to; else None."""
        positions, values = self.explicit_days()
        index = bisect.bisect_left(positions, position) - 1
        if index < 0:
            return None
        day_start = positions[index]
        if self.reading.night_of.search_in(self.doc, max(0, day_start - 40), day_start) is None:
            return None
        return values[index]

    def referred_day(self, position: int, weekday: int) -> date | None:
        """The latest explicit day before `position` that falls on `weekday`; for ANY_DAY ("the
        same day", "ese mismo día"), the last day the text gave, explicit or not."""
        if weekday == dates_mod.ANY_DAY:
            return self.day_in_force(position)
        positions, values = self.explicit_days()
        for index in range(bisect.bisect_left(positions, position) - 1, -1, -1):
            if weekday == dates_mod.ANY_DAY or values[index].weekday() == weekday:
                return values[index]
        # no explicit day on that weekday: a day the text gave otherwise ("La víspera, ...
        # Ese mismo miércoles", in a story of "este jueves"), else that weekday in the week
        # of the day in force, as a bare weekday is read
        positions, values = self.known_days()
        for index in range(bisect.bisect_left(positions, position) - 1, -1, -1):
            if values[index].weekday() == weekday:
                return values[index]
        base = self.day_in_force(position)
        if base is None:
            return None
        return base - timedelta(days=(base.weekday() - weekday) % 7)

    def is_anchor(self, text: str, span: dates_mod.DateSpan) -> bool:
        """A date that only anchors something else: "since Sunday's vote", "desde el domingo",
        "the July 28 election", "las elecciones del 28 de julio"."""
        r = self.reading
        before = text[max(0, span.start - 40) : span.start]
        if _search_checked(r.since_start_before, text[max(0, span.start - 60) : span.start]):
            return True  # "arrests since protests began on 28 July"
        anchor = r.anchor_before.search(before)
        if anchor and r.start_verb.search(
            text[max(0, span.start - 100) : span.start - len(before) + anchor.start()]
        ):
            return False  # "las protestas comenzaron en Mérida desde el 5 de enero": when they began there
        if anchor or r.anchor_noun_before.search(before):
            return True
        return bool(r.anchor_noun_after.match(text, span.end, min(len(text), span.end + 40)))

    def _anchors_in(self, start: int, end: int, span: dates_mod.DateSpan) -> bool:
        """is_anchor for `span` (relative to the sentence [start, end)), read once per sentence and
        span: known_days and event_dates both ask it about most dated sentences of a story, each
        time with four searches over the text around the day."""
        key = (start, end, span.start, span.end)
        found = self._anchors.get(key)
        if found is None:
            found = self._anchors[key] = self.is_anchor(self.doc.text[start:end], span)
        return found

    def lead_date(self, before: int) -> date | None:
        """The day of the protest sentences in the lead, counting only sentences that end
        before `before` (a date carries forward, never back from a later paragraph): the newest
        day they give, as for the day in force ("amanecieron este jueves entre barricadas,
        después de que la noche del miércoles..." reports Thursday's news)."""
        if self._lead is None:
            if self._reading_lead:
                # a shift in the lead itself ("Dos días más tarde, ..." with no day before it)
                # asks for the lead's day while the lead is being read: it has none yet
                return None
            self._reading_lead = True
            lead: list[tuple[int, set[date]]] = []
            text = self.doc.text
            starts = self.doc.sent_starts
            lead_end = min(len(text), LEAD_CHARACTERS)
            for idx, start in enumerate(starts):
                if start >= lead_end:
                    break
                end = starts[idx + 1] if idx + 1 < len(starts) else len(text)
                sentence = text[start : min(end, start + SENTENCE_WINDOW)]
                if not self._has_trigger(start, start + len(sentence)):
                    continue
                if not self.in_window(dates_mod.bare_years(sentence)):
                    continue
                found = self.event_dates(start, min(end, start + SENTENCE_WINDOW)).spans
                # "Machado says 'today we are stronger' as arrests mount after vote protests": a
                # quoted day of writing is the day of someone's words, not of the lead's events
                found = tuple(
                    s
                    for s in found
                    if s.value != self.doc.published
                    or not (_quoted(sentence, s.start) or _single_quoted(sentence, s.start))
                )
                lead.append((end, {s.value for s in found if s.value is not None and s.precision == "day"}))
            self._lead = lead
            self._reading_lead = False
        found_days: set[date] = set()
        for end, days in self._lead:
            if end <= before:
                found_days |= days
        return max(found_days) if found_days else None

    def _has_trigger(self, start: int, end: int) -> bool:
        """Whether [start, end) has a protest trigger of any kind (`Reading.triggers`): read with
        the triggers' lower-cased union (`Reading.all_triggers_lower`, one scan), whose first
        match settles it unless it is a meeting's, which may hide a trigger (then each kind's)."""
        r = self.reading
        lowered = self.doc.lowered
        if lowered is not None and r.all_triggers_lower is not None and _kinds_of(r) == frozenset(r.triggers):
            matches = r.all_triggers_lower.finditer(lowered[start:end])
            first = next(matches, None)
            if first is None:
                return False
            if first.lastgroup != "meeting" or any(m.lastgroup != "meeting" for m in matches):
                return True
        sentence = self.doc.text[start:end]
        return any(p.search(sentence) for p in r.triggers.values())

    def lead_has_one_day(self) -> bool:
        """Whether the lead's dated protest sentences report one day (the newest of each
        sentence): a headline over a lead of several days ("Madres de detenidos mantienen las
        protestas en Carabobo y Aragua" over events of Tuesday, Wednesday and Thursday) sums
        them up and has no day of its own. A day weeks older is background ("desde el inicio de
        las protestas, el 4 de abril"), not one of the days summed up."""
        self.lead_date(len(self.doc.text))
        newest = {max(days) for _, days in self._lead or () if days}
        recent = {d for d in newest if (max(newest) - d).days <= 7} if newest else set()
        return len(recent) <= 1

    def caption_date(self, position: int) -> date | None:
        """The explicit date of a photo caption's line ("... Photo taken on 30 July 2024.")."""
        line_start, line_end = self.doc.line_span(position)
        if not self.is_caption_line(line_start, line_end):
            return None
        _, spans = self.paragraph_dates(line_start, self.context_year(line_start))
        days = {
            s.value
            for s in spans
            if s.value is not None
            and s.precision == "day"
            and any(ch.isdigit() for ch in self.doc.text[s.start : s.end])
        }
        return days.pop() if len(days) == 1 else None

    def post_date(self, position: int) -> date | None:
        """The date of an embedded post whose text is the line of `position`: the date its
        signature line below gives ("Protesta por agua en Ciudad Bolívar #SinLuz" over "— Reportera
        (@reportera_sur) 10 de marzo de 2019"), as a caption's. A post is written when it happens."""
        _, line_end = self.doc.line_span(position)
        for _ in range(POST_LINES):
            if line_end >= len(self.doc.text):
                return None
            next_start, next_end = self.doc.line_span(line_end + 1)
            signed = _ATTRIBUTION.match(self.doc.text, next_start, next_end)
            if signed is not None:
                when = signed.group("when").strip()
                return dates_mod.heading_date(
                    when, self.doc.published, self.context_year(next_start), self.grammar
                )
            if next_start == next_end:  # a blank line: the post ended without a signature
                return None
            line_end = next_end
        return None

    def caption_sentence_day(self, position: int) -> date | None:
        """The one day a caption's sentence gives in words ("shared a photo that same day",
        "una foto del jueves"), when its line states no explicit date."""
        said = self.event_dates(*self.doc.sentence_span(position))
        if said.anchored or said.unresolved:
            return None
        days = {s.value for s in said.spans if s.value is not None and s.precision == "day"}
        return days.pop() if len(days) == 1 else None

    def introduced_post_day(self, position: int) -> date | None:
        """The day of the line that introduces an embedded post, for the post's own lines: an
        indented block under a line that ends with a colon ("La periodista @x escribió la noche
        del jueves:" over "    Ahora mismo lanzan lacrimógenas en Chacao"). A post is written
        when it happens: its "now" and "today" are that day, not the day of reading."""
        line_start, _ = self.doc.line_span(position)
        text = self.doc.text
        if line_start < 2 or not text[line_start : line_start + POST_INDENT].isspace():
            return None  # (cheap test first: most lines are not indented)
        above = line_start - 1
        for _ in range(POST_LINES):
            above_start, above_end = self.doc.line_span(above - 1) if above > 0 else (0, 0)
            line = text[above_start:above_end]
            if line.strip() and not line[:POST_INDENT].isspace():
                break  # the introducing line (an indented one is the post's own)
            if above_start == 0:
                return None
            above = above_start
        else:
            return None
        if not line.rstrip().endswith(":"):
            return None
        sent_start, sent_end = self.doc.sentence_span(above_end - 1)
        days = {s.value for s in self.event_dates(sent_start, sent_end).spans if s.precision == "day"}
        return days.pop() if len(days) == 1 else None

    def paragraph_beside_caption_word(self, start: int, end: int) -> bool:
        """Whether the sentence [start, end) is one of several of a paragraph whose caption word is
        in another sentence ("En Cabudare, la protesta se repitió este martes. Mientras tanto, en
        Carora, derribaron una valla con la imagen de Maduro"): a story's paragraph that mentions
        an image, not a photo's caption; its day goes on."""
        line_start, line_end = self.doc.line_span(start)
        if start == line_start and end >= line_end:
            return False  # a line of one sentence
        return self.reading.caption_line.search_doc(self.doc, start, end) is None

    def introduced_post_date(self, position: int) -> date | None:
        """The day of a quoted post or message set on its own line under a line that introduces
        it with its day and a colon ("On Thursday a user from Catia wrote:" over "Police just
        took my neighbour from his house in Catia."): a post is written when it happens, as
        under a signature (see post_date)."""
        line_start, _ = self.doc.line_span(position)
        if line_start != position or line_start < 2:
            return None
        intro_end = line_start - 1
        for _ in range(2):  # the line above, over one blank line
            intro_start, intro_end = self.doc.line_span(intro_end)
            if intro_start < intro_end or intro_start == 0:
                break
            intro_end = intro_start - 1
        intro = self.doc.text[intro_start:intro_end].rstrip()
        if not intro.endswith(":") or len(intro.split()) < INTRO_WORDS:
            return None  # not a heading's day ("10 y 11 de marzo:")
        said = self.event_dates(*self.doc.sentence_span(max(intro_start, intro_end - 1)))
        days = {x.value for x in said.spans if x.value is not None and x.precision == "day"}
        if len(days) != 1 or said.anchored or said.unresolved:
            return None
        return days.pop()

    def next_sentence_day(self, sent_start: int, sent_end: int) -> date | None:
        """The day the next sentence of the paragraph gives for the event, when that sentence
        names no place and reports an event with one day and nothing else ("In Guanare, a
        journalist posted a video of teenagers pushed into a police van. They were arrested on
        Wednesday, 31 July, after a protest"): it goes on telling the same event."""
        text = self.doc.text
        if sent_end >= len(text) or self.doc.line_span(sent_end)[0] != self.doc.line_span(sent_start)[0]:
            return None
        next_start, next_end = self.doc.sentence_span(sent_end)
        if next_start != sent_end or _overlaps(self.not_dates, next_start, next_end):
            return None
        said = self.event_dates(next_start, next_end)
        days = {
            x.value
            for x in said.spans
            if x.value is not None
            and x.precision == "day"
            and any(ch.isdigit() for ch in text[next_start + x.start : next_start + x.end])
        }  # a written date: "last night" is the reporter's, often of another event
        if (
            len(days) != 1
            or len(days) != len(said.spans)
            or said.anchored
            or said.unresolved
            or self.time_break(next_start, next_end)
            or self._search_in(self.reading.plan, next_start, next_end)
            or not self._reports_event(text[next_start:next_end])
        ):
            return None
        return days.pop()

    def is_caption_line(self, line_start: int, line_end: int) -> bool:
        return line_end - line_start <= 400 and bool(
            self.reading.caption_line.search_doc(self.doc, line_start, line_end)
        )

    # ---- the day in force: what a reader carries from one paragraph to the next -------------

    def _unit_start(self, position: int) -> int:
        """The start of the unit of `position` (see _units)."""
        index = bisect.bisect_right(self.doc.sent_starts, position) - 1
        start = self.doc.sent_starts[index]
        end = self.doc.sent_starts[index + 1] if index + 1 < len(self.doc.sent_starts) else len(self.doc.text)
        if end - start <= SENTENCE_WINDOW:
            return start
        step = SENTENCE_WINDOW // 3
        return start + (position - start) // step * step

    def _unit_span(self, unit: int) -> tuple[int, int]:
        """The unit starting at `unit`: its sentence, or for a run-on sentence longer than
        SENTENCE_WINDOW, the block of a third of that window (bounded work each)."""
        index = bisect.bisect_right(self.doc.sent_starts, unit) - 1
        start = self.doc.sent_starts[index]
        end = self.doc.sent_starts[index + 1] if index + 1 < len(self.doc.sent_starts) else len(self.doc.text)
        if end - start <= SENTENCE_WINDOW:
            return start, end
        return unit, min(end, unit + SENTENCE_WINDOW // 3)

    def in_force(self, position: int) -> date | None:
        """The day in force at `position`: the last day the text gave for the story's event
        before the sentence of `position`, unless a break came after it.

        Read backwards from the sentence to the nearest one that sets or breaks the day (a
        dated event, a count, a plan...), then forwards again over the sentences between, each
        sentence's outcome kept: every sentence is read at most once per document, and only
        those between a place and the nearest such sentence before it."""
        unit = self._unit_start(position)
        chain: list[tuple[int, _Change]] = []
        current: date | None = None
        held: date | None = None  # the story's day broken by words of another day in its paragraph
        while unit > 0:
            previous = self._unit_start(unit - 1)
            if previous in self._after:
                current = self._after[previous]
                held = self._held.get(previous)
                break
            change = self._change(*self._unit_span(previous))
            if change.sets:
                current = change.day
                self._after[previous] = current
                break
            chain.append((previous, change))
            unit = previous
        said_before: frozenset[date] | set[date] | None = None  # the days of the sentence just before
        for start, change in reversed(chain):
            if held is not None and current is None and self._opens_paragraph(start):
                current = held  # the words' paragraph is over: the story's day again
            held = None if current is not None else held
            current = self._back_to_lead(start, current)
            if change.early:
                # "las protestas continuaron durante la noche y la madrugada de este jueves": the
                # night of the day in force went on past midnight; the story's day stays
                day = next(iter(change.days))
                if current is None or day - current != timedelta(days=1):
                    current = day
            elif change.days:  # a day for something else, without a protest word
                if current in change.days:
                    pass  # the same day again
                elif change.said and current is not None:
                    # "El director habló esta mañana en una rueda de prensa... En Carúpano también
                    # hubo protestas": the day of the words, not a day the story moves to
                    pass
                elif (
                    current is not None
                    and self.doc.published is not None
                    and change.days == {self.doc.published}
                    and current < self.doc.published
                    and self._words_of_the_day(start)
                ):
                    # "Today he says the country is calm. ... In San Félix, several young people were
                    # shot dead" in a story filed days after: the day of writing is the day of
                    # someone's words (a minister's, a quoted post's), not a day the story moves to
                    pass
                elif (
                    current is None
                    and len(change.days) == 1
                    and (
                        start < LEAD_CHARACTERS
                        or self.is_lead_day(next(iter(change.days)))
                        or said_before == change.days
                    )
                ):
                    # also a day the next sentence takes up again ("El documento describe el lunes
                    # 29 de julio como el día de mayor intensidad. Ese día, miles bajaron..."):
                    # said twice in a row, it is the section's day, not another thing's
                    # the story's first day, in a sentence without a protest word: "The governor
                    # said on Tuesday that calm had returned. Hours later, cacerolazos broke out";
                    # later, the lead's one day named again after a break ("since Monday", a
                    # count): "..., who spoke in Las Mercedes on Tuesday afternoon. Police raided..."
                    current = next(iter(change.days))
                elif current is not None and min(change.days) - current > timedelta(days=FLASHBACK_DAYS):
                    # "Hace un mes, el lunes 29 de julio, ... Luis fue liberado el viernes 23 de
                    # agosto. Los guardias persiguieron a los jóvenes ...": a day weeks after the
                    # one a story went back to, for something else, is named in passing; the
                    # older story goes on (a day or two later may be the story's next day)
                    pass
                else:
                    if change.words and current is not None:
                        held = current  # "Saab told reporters on Tuesday that ...": to its paragraph's end
                    current = None  # another day, for something else ("On Sunday, the CNE...")
            said_before = change.days or None
            self._after[start] = current
            if held is not None:
                self._held[start] = held
        unit = self._unit_start(position)
        if held is not None and current is None and self._opens_paragraph(unit):
            current = held
        return self._back_to_lead(unit, current)

    def _opens_paragraph(self, start: int) -> bool:
        """Whether the unit `start` opens a paragraph (its first character past blanks starts a line)."""
        text = self.doc.text
        end = self._unit_span(start)[1]
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        return first < end and self.doc.line_span(first)[0] == first

    def _words_of_the_day(self, start: int) -> bool:
        """Whether the sentence at `start` reports someone's words of the day of writing, told by
        "today" or "tonight" (not a day it names), with a reporting verb outside a quotation or a
        quotation attributed on its line: that day is the day of the words ("Today he says the
        country is calm", '"We are millions today. Nobody can stop this," one post said'), not one
        the narration moves to ("Hoy, el barrio amaneció en silencio"); a post quoted alone on its
        line ('"Entierran hoy a Génesis..."') keeps its own reading."""
        end = self._unit_span(start)[1]
        if any(s.offset is None for s in self.sentence_dates(start, end)[0]):
            return False  # a day named, not "today": "El boletín fue presentado este viernes"
        line_start, line_end = self.doc.line_span(start)
        for first, last in ((start, end), (line_start, line_end)):
            text = self.doc.text[first:last]
            if any(not _quoted(text, m.start()) for m in self.reading.reporting_verb.finditer(text)):
                return True
        return _QUOTE_TOLD.search(self.doc.text, start, line_end) is not None

    def _back_to_lead(self, start: int, current: date | None) -> date | None:
        """The day in force at the unit `start`: a day before the lead's one day, carried into a
        new paragraph, gives way to the lead's ("The protests began the night before in Cotiza
        ... On Tuesday night the unrest spread to El Valle. / Outside the capital, traffic was
        cut ..." in a story of Wednesday): a paragraph that looks back ends with it, and the next
        one is the story's day again; unless the paragraph opens with a day of its own or one
        that refers back ("esa noche"). Not under a chronology heading, whose day runs on."""
        if current is None or start < LEAD_CHARACTERS:
            return current
        text = self.doc.text
        end = self._unit_span(start)[1]
        first = start + len(text[start:end]) - len(text[start:end].lstrip())  # past the blank line
        if (
            first >= end
            or self.doc.line_span(first)[0] != first
            or self.heading_at(first) is not None
            or self.sentence_dates(first, end)[0]  # its own day, or "esa noche"
        ):
            return current
        lead = self.lead_date(len(text))
        if lead is None or current >= lead:
            return current
        if not self.lead_has_one_day():
            # a lead of two days ("la noche del jueves" before Friday's barricades): only a day
            # older than each of its days is a flashback ("la ola que comenzó el 12 de febrero")
            newest = [max(days) for _, days in self._lead or () if days]
            if not newest or current >= min(newest):
                return current
        if _DAY_REFERRED.search(text, first, self.doc.line_span(first)[1]) is not None:
            # "Later that evening, ...", or a paragraph that tells the day before on and names it
            # again further on ("Ángel había salido con dos primos. ... donde murió esa noche")
            return current
        return lead

    def is_lead_day(self, day: date) -> bool:
        """Whether `day` is the one day the story's lead reports (the day a wire story is about)."""
        return self.lead_has_one_day() and self.lead_date(len(self.doc.text)) == day

    def time_break(self, start: int, end: int) -> bool:
        """Whether the sentence [start, end) has a time break (see Reading.time_break): asked
        by the day in force and by the fallback date of the same sentence, read once."""
        found = self._time_breaks.get((start, end))
        if found is None:
            found = self._time_breaks[(start, end)] = self._uncompared_break(start, end)
        return found

    def _uncompared_break(self, start: int, end: int) -> bool:
        """A time break in [start, end) that no superlative or ordinal before it in its clause
        compares with: "the first roadblock in the barrio since the protests began" reports one
        roadblock, on the day in force, not a running count."""
        pos = start
        while pos < end:
            found = self._search_in(self.reading.time_break, pos, end)
            if found is None:
                return False
            at = pos + found.start()
            # "un grupo que bajaba desde el 23 de Enero": a place's name (a parish), not a count since a day
            if (
                not _overlaps(self.not_dates, at, pos + found.end())
                and self._search_in(self.reading.comparison_before_break, start, at) is None
            ):
                return True
            pos = pos + max(found.end(), found.start() + 1)
        return False

    def _change(self, start: int, end: int) -> _Change:
        """How the sentence [start, end) changes the day in force (see _Change)."""
        positions, values = self.headings()
        index = bisect.bisect_left(positions, start)
        if index < len(positions) and positions[index] == start:
            if self.under_publication_line(start):
                return _NEUTRAL  # a page's date line: the story's own days come first
            return _Change(True, values[index])  # a chronology heading: its day, until the next
        if self.starts_clock_entry(start):
            change = self._entry_change(start, end)
            # a live blog's timed entry starts afresh: its own day, else the day line above it,
            # else the day its headline names ("EN VIVO | ... de este 30 de abril"), or none;
            # never the day an entry before it gave ("joined the strike last night")
            if change.sets:
                return change
            day = self.heading_at(start)
            if day is not None and self.past_midnight(start):
                # "Wednesday 23 January ... 23:40 ... 00:30 Gunfire in Petare": the entries ran on
                # past midnight under the day line; the early hours are the next day's
                return _Change(True, day + timedelta(days=1))
            if day is None and self.title_names_publication_day():
                day = self.doc.published
            if day is None and self.entries_run_forward():
                day = self.first_entry_day()  # an hour of the night the text dated before its hours
            return _Change(True, day)
        if self.section_after_counts(start):
            # "Detenciones" after "Miranda (203 protestas)": the last section's day ends, for the
            # one day of the bulletin's lead if it has one (bulletin_lead_day)
            return _Change(True, self.bulletin_lead_day())
        return self._entry_change(start, end)

    def section_after_counts(self, start: int) -> bool:
        """Whether `start` opens a section's heading ("Detenciones", "Otros estados") in a
        bulletin whose sections above it are labelled with counts ("Zulia (112 protestas)"): the
        day a counted section gave for one of its places does not go on into the next section,
        as it does not into the next counted one."""
        doc = self.doc
        line_start, line_end = doc.line_span(start)
        if line_start != start:
            return False
        line = doc.text[line_start:line_end].strip().strip(HEADING_MARKS).strip()
        if not line or not self._is_section_heading(line_start, line, blank_after=False):
            return False
        if self._first_count_line is None:
            self._first_count_line = next(
                (s for s in doc.line_starts if self.is_count_heading(*doc.line_span(s))), -1
            )
        return 0 <= self._first_count_line < line_start

    def after_early_hours(self, position: int) -> bool:
        """Whether the nearest timed entry at or before the line of `position`, with no day line
        between, is in the early hours ("12:30 a.m. ... 3:20 a.m. — A second man dies. In nearby
        Turmero, residents also reported cacerolazos that night"): the day in force is the day
        after the night the story tells, and "that night" is the evening before it."""
        text = self.doc.text
        line_starts = self.doc.line_starts
        headings = set(self.headings()[0])
        index = bisect.bisect_right(line_starts, position) - 1
        for line_start in line_starts[max(0, index - EARLY_HOURS_LINES) : index + 1][::-1]:
            if line_start in headings:
                return False
            entry = CLOCK_ENTRY.match(text, line_start, self.doc.line_span(line_start)[1])
            if entry is not None:
                return _minute_of_day(entry.group()) < EARLY_HOURS_MINUTE
        return False

    def past_midnight(self, start: int) -> bool:
        """Whether the timed entry at `start` comes after the entries under its day line ran from
        the evening past midnight ("22:15 ... 23:40 ... 00:30 ... 01:15"), each entry at or after
        the one before it but for that one turn of the clock. Read once per day line."""
        positions, _ = self.headings()
        index = bisect.bisect_right(positions, start) - 1
        heading = positions[index] if index >= 0 else 0
        turn = self._midnights.get(heading, -1)
        if turn == -1:
            turn = self._midnights[heading] = self._midnight_turn(
                heading, positions[index + 1] if index + 1 < len(positions) else len(self.doc.text)
            )
        return turn is not None and start >= turn

    def _midnight_turn(self, heading: int, end: int) -> int | None:
        """The first timed entry past midnight among the entries in [heading, end), when they run
        forward from the evening with one turn of the clock; else None."""
        text = self.doc.text
        line_starts = self.doc.line_starts
        turn: int | None = None
        previous: int | None = None
        for line_start in line_starts[
            bisect.bisect_left(line_starts, heading) : bisect.bisect_left(line_starts, end)
        ]:
            entry = CLOCK_ENTRY.match(text, line_start, self.doc.line_span(line_start)[1])
            if entry is None:
                continue
            minute = _minute_of_day(entry.group())
            if previous is not None and minute < previous:
                if turn is not None or previous < EVENING_MINUTE or minute >= EARLY_HOURS_MINUTE:
                    return None  # entries newest first, out of order, or a second night
                turn = line_start
            previous = minute
        return turn

    def starts_clock_entry(self, start: int) -> bool:
        """Whether the sentence at `start` opens a line with a time of day (see CLOCK_ENTRY)."""
        line_start, line_end = self.doc.line_span(start)
        return line_start == start and CLOCK_ENTRY.match(self.doc.text, line_start, line_end) is not None

    def in_timed_entry(self, start: int) -> bool:
        """Whether the sentence at `start` is on a line that opens with a time of day (the
        time may be a sentence of its own: "2:50 a. m. Vecinos trancan...")."""
        return CLOCK_ENTRY.match(self.doc.text, *self.doc.line_span(start)) is not None

    def entries_run_forward(self) -> bool:
        """Whether the text's timed entries run forward in time ("2:50 a. m. ... 4:15 a. m. ...
        7:00 a. m."): a reconstruction of a night hour by hour, whose hours are of the day the
        text gave before them, not a live blog's (newest first, each entry its own). Read once."""
        if self._forward is None:
            text = self.doc.text
            minutes = []
            for line_start in self.doc.line_starts:
                line_end = self.doc.line_span(line_start)[1]
                entry = CLOCK_ENTRY.match(text, line_start, line_end)
                if entry is not None:
                    minutes.append(_minute_of_day(entry.group()))
                    if self._first_entry < 0:
                        self._first_entry = line_start
            self._forward = len(minutes) >= MIN_FORWARD_ENTRIES and all(
                a <= b for a, b in zip(minutes, minutes[1:], strict=False)
            )
        return self._forward

    def first_entry_day(self) -> date | None:
        """The day in force where the timed entries that run forward begin: the day of each of
        them, not what an entry says of the night before ("joined the strike last night")."""
        if self._first_entry_day is None:
            self._first_entry_day = (self.in_force(self._first_entry) if self._first_entry > 0 else None,)
        return self._first_entry_day[0]

    def _entry_change(self, start: int, end: int) -> _Change:
        """How the sentence [start, end) changes the day in force, by what it says."""
        line_start, line_end = self.doc.line_span(start)
        if self.is_count_heading(line_start, line_end) or self.is_count_label(start, end):
            # "Zulia (41 protestas)": a new section, of days of its own; under a paragraph that
            # introduces the counts with a colon, the day that paragraph gave (list_intro_day)
            return _Change(True, self.list_intro_day(start))
        signature = _ATTRIBUTION.match(self.doc.text, line_start, line_end)
        if signature is not None or (
            self.is_caption_line(line_start, line_end) and not self.paragraph_beside_caption_word(start, end)
        ):
            return _NEUTRAL  # a caption, an embedded post's signature: outside the story's flow
        sentence = self.doc.text[start:end]
        r = self.reading
        if (
            not self.may_have_dates(start, end)
            and not self.time_break(start, end)
            and not dates_mod.BARE_YEAR.search(sentence)
        ):
            return _NEUTRAL  # the common case, read cheaply
        said = self._without_background(start, self.event_dates(start, end), start)
        if said.spans:
            said = self._without_start_asides(sentence, said)
            said = self._without_aside_days(sentence, said)
        plan = self._search_in(r.plan, start, end) if said.spans or said.unresolved else None
        if plan is not None and _quoted(sentence, plan.start()) and not said.unresolved:
            # '"Tonight they will have to listen to us."': a speaker's words, no plan of the story's
            plan = None
        if plan is not None and (
            said.unresolved
            or plan.start() < max(x.end for x in said.spans)
            or not (
                self._event_before(sentence, plan.start())
                or self._search_in(r.past, start + max(x.end for x in said.spans), start + plan.start())
            )
        ):
            # a plan with a day: "called for a march on Saturday", "mañana"; not a plan word after
            # every day and after the event the sentence reports ("stayed shut on Thursday during
            # a strike against the government's plan to rewrite the constitution") or a past deed
            # of its day ("Before dawn on Monday, January 21, guardsmen took weapons and recorded
            # videos calling on Venezuelans to reject Maduro"), nor a call reported as carried out
            if not self.call_carried_out(start, end):
                day = self.plan_day_taken_up(start, end)
                return _BREAK if day is None else _Change(True, day)
        days = {s.value for s in said.spans if s.value is not None and s.precision == "day"}
        if days and len(said.spans) == 1 and self._statement_span(sentence, list(said.spans)) is not None:
            if days == {self.doc.published} and _QUOTE_ATTRIBUTION.search(sentence):
                # '"Disparaban directo a la gente", recuerda hoy un vecino': the day of writing, when
                # a witness quoted looks back, is no day of the story's; the story's day goes on
                return _NEUTRAL
            # "El boletín ... fue presentado este viernes en Chacao": the day of the words, though
            # they are about protests; the story's day is not moved to it
            # words that close their paragraph are an aside between the story's paragraphs; in
            # the paragraph of what follows them they frame it (see _Change.said)
            closing = not self.doc.text[end:line_end].strip()
            return _Change(False, None, frozenset(days), said=closing, words=not closing)
        if days:
            if _ALREADY_BEFORE.search(sentence) is not None and not self.starts_clock_entry(start):
                # "En la madrugada del domingo ya habían sido allanadas dos viviendas": the
                # pluperfect tells what came before the story's day, which goes on after it
                return _NEUTRAL
            if self._reports_event(sentence):
                newest = max(days)
                if any(
                    s.value == newest and _EARLY_HOURS_OF.search(sentence, max(0, s.start - 40), s.start)
                    for s in said.spans
                ):
                    return _Change(False, None, frozenset({newest}), early=True)
                return _Change(True, newest)  # the newest day a sentence gives is the one it reports
            if line_start == 0 and self.title_names_publication_day():
                # "EN VIVO | Lo que sabemos del alzamiento de este 30 de abril": the headline's
                # day is the story's, until another day or a break
                return _Change(True, self.doc.published)
            if self._publication_line(line_start, line_end, days):
                return _NEUTRAL  # "Posted 24 February 2014"
            quoted = _OPENING_QUOTE_SAID.match(sentence)
            if quoted is not None and all(s.start >= quoted.end() for s in said.spans):
                # '"Aquí votamos", dijo una mujer frente a la escuela donde votó el domingo': the
                # day of what describes the speaker, not a day the story moves to (as her years)
                return _NEUTRAL
            return _Change(False, None, frozenset(days))
        if (
            not said.spans
            and not said.unresolved
            and not self._reports_event(sentence)
            and not self._search_in(r.other_time, start, end)
            and (self.in_window(said.years) or self.time_break(start, end))
        ):
            # background without a day of its own and without a protest ("Maduro, who has
            # governed since 2013, kept the army's support", "el CNE, presidido desde 2023"):
            # an aside, after which the story goes on with its day; not another time ("En
            # 2017, la oposición ganó...", "Last year, ...")
            return _NEUTRAL
        if (
            not said.spans
            and not said.unresolved
            and _PLUPERFECT_YEAR.search(sentence) is not None
            and not self._reports_event(sentence)
        ):
            # "Rosales había sido candidato presidencial en 2006": a person's background, told in
            # the pluperfect, without a protest: an aside, not a time the story moves to
            return _NEUTRAL
        if said.spans and self._week_of_writing(start, end, said):
            # "Esta semana, en esos mismos barrios, lo que se cuenta son detenidos": a follow-up's
            # frame, the week it is written in, told without a past; the story's day goes on
            return _NEUTRAL
        if (
            said.spans  # only a week or a month ("last week", "este mes")
            or said.unresolved
            or said.anchored
            or (self.time_break(start, end) and not self._quoted_time_break(start, end))
            or (
                not self.in_window(said.years)
                and not self._quoted_years(start, end)
                and not self._aside_years(start, end)
            )
        ):
            return _BREAK
        return _NEUTRAL

    def _without_start_asides(
        self, sentence: str, said: SentenceDates, *, vague_only: bool = False
    ) -> SentenceDates:
        """`said` without the days of an aside that tells when the protests began ("Barrio Obrero,
        the university district where the protests began on February 4, was again the centre of
        the day"): the place's background; the story's day goes on after the sentence. The place
        itself still takes it among its days (date_at reads its own clause), unless the aside
        gives no day (`vague_only`: "In San Cristóbal, where the movement began earlier this
        month, residents blocked streets"): a month or a week of background is no day of the
        event, which takes the day in force."""
        kept = tuple(
            s
            for s in said.spans
            if not (
                (not vague_only or s.precision != "day")
                and self.reading.start_aside.search(sentence, max(0, s.start - 120), s.start)
                and _ASIDE_CLOSES.match(sentence, s.end)
            )
        )
        return said if len(kept) == len(said.spans) else replace(said, spans=kept)

    def _without_complement_days(self, start: int, end: int, said: SentenceDates) -> SentenceDates:
        """`said` without the past days that complement a noun ("con velas por los fallecidos de
        ayer", "por los hechos del lunes") in a sentence that tells its protest in the present: the
        noun's event is another one; the sentence's own is the time of its entry or report."""
        sentence = self.doc.text[start:end]
        kept = tuple(
            s
            for s in said.spans
            if s.value is None
            or s.future
            or _NOUN_OF_PAST_DAY.search(sentence, max(0, s.start - 40), s.start) is None
        )
        if len(kept) == len(said.spans) or not self.told_in_present(start, end):
            return said
        return replace(said, spans=kept)

    def _without_other_events_days(self, start: int, end: int, said: SentenceDates) -> SentenceDates:
        """`said` without the days that complement a noun of another event than a protest ("para
        exigir las actas de la elección presidencial del 28 de julio", "the results of the vote of
        July 28") when the sentence gives a day of its own besides: its places take that one ("este
        sábado"), not the nearest. A protest's noun keeps its day ("las protestas del lunes")."""
        if len(said.spans) < 2:
            return said
        sentence = self.doc.text[start:end]
        kept = []
        for s in said.spans:
            if s.value is not None and not s.future and s.shift is None:
                noun = _NOUN_OF_DAY.search(sentence, max(0, s.start - 40), s.start)
                if noun is not None and not self._reports_event(sentence[max(0, s.start - 40) : s.start]):
                    continue
            kept.append(s)
        if len(kept) == len(said.spans) or not any(
            s.value is not None and s.precision == "day" and not s.future for s in kept
        ):
            return said
        return replace(said, spans=tuple(kept))

    def _without_aside_days(self, sentence: str, said: SentenceDates, position: int = -1) -> SentenceDates:
        """`said` without the days told in passing (see _aside_clause): a sentence about an older
        protest keeps the day in force. A place inside that clause (`position`, relative to the
        sentence) keeps its day."""
        kept = []
        for s in said.spans:
            clause = self._aside_clause(sentence, s.start, s.end)
            if clause is None or clause[0] <= position < clause[1]:
                kept.append(s)
        return said if len(kept) == len(said.spans) else replace(said, spans=tuple(kept))

    def _aside_clause(self, sentence: str, start: int, end: int) -> tuple[int, int] | None:
        """_read_aside_clause, read once per sentence and day: known_days and the day in force
        ask it of the same sentences' days as the places' dates do."""
        key = (sentence, start, end)
        if key in self._asides:
            return self._asides[key]
        found = self._asides[key] = self._read_aside_clause(sentence, start, end)
        return found

    def _read_aside_clause(self, sentence: str, start: int, end: int) -> tuple[int, int] | None:
        """The clause of the day at [start, end) of `sentence` when that day is told in passing:
        a clause of its own, with a relative pronoun or a participle after its auxiliary before
        the day, without a protest word, while another clause of the sentence reports the
        protest ("Luis, que fue liberado el viernes 23 de agosto, recuerda que la columna llegó
        hasta el puente antes de que empezaran los disparos"; "Tres de esos detenidos fueron
        liberados el miércoles"; "uno de ellos fue operado el lunes"). That day is a release, a
        hearing, the day of writing: not the day of the protest the story keeps telling. Else None."""
        if _REFERS_BACK.search(sentence, start, end) is not None:
            return None  # "ese día", "that night": the day in force, said again
        opens = max(sentence.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
        joins = list(_CONJUNCTION.finditer(sentence, opens, start))
        if joins and _TOLD_IN_PASSING.match(sentence, joins[-1].end()) is not None:
            # "Los detenidos pasaron la noche en El Trigal y fueron presentados el jueves ante un
            # tribunal": a conjunct of its own, opened by its auxiliary, as after a comma
            opens = joins[-1].end()
        told = _TOLD_IN_PASSING.search(sentence[opens:start])
        if told is None:
            return None  # "El lunes, ...", ", el martes 30,": no verb of its own before the day
        closes = [i for i in (sentence.find(mark, end) for mark in _CLAUSE_MARKS) if i >= 0]
        close = min(closes, default=len(sentence))
        clause = sentence[opens:close]
        if self._reports_event(clause) or self.reading.start_verb.search(clause):
            return None  # its own protest, or when the protests began (an anchor, see is_anchor)
        if self._reports_event(sentence[:opens]):
            return opens, close
        if told.group(1) is not None and self._reports_event(sentence[close:]):
            return opens, close  # a relative clause before the protest its sentence reports
        return None

    def _passive_of_passing(self, sentence: str, end: int) -> bool:
        """Whether the day that ends at `end` opens a passive of its own ("El lunes fue presentado
        ante un tribunal", "On Friday he was released") in a sentence without a protest word: the
        day of a detainee's hearing or release, told in passing after the case's day, not a day
        the story moves to."""
        return _PASSIVE_AFTER_DAY.match(sentence, end) is not None and not self._reports_event(sentence)

    def _week_of_writing(self, start: int, end: int, said: SentenceDates) -> bool:
        """Whether the sentence [start, end) names only the week of publication ("esta semana",
        "this week") and no past: the time of writing, not a range of the story's events."""
        published = self.doc.published
        return (
            published is not None
            and not said.unresolved
            and not said.anchored
            and all(
                s.precision == "week" and s.value is not None and 0 <= (published - s.value).days < 7
                for s in said.spans
            )
            and self._search_in(self.reading.past, start, end) is None
        )

    def call_carried_out(self, start: int, end: int) -> bool:
        """Whether the sentence's call is reported as carried out in a relative clause ("El lunes
        24 de abril, la oposición convocó un plantón nacional que cerró autopistas"): the day is
        the event's, not a plan's."""
        plan = self._search_in(self.reading.plan, start, end)
        if plan is None:
            return False
        at = start + plan.end()
        took_place = role_cues(self.reading.languages).call_took_place
        return self._search_in(took_place, at, min(end, at + CALL_REACH)) is not None

    def _quoted_years(self, start: int, end: int) -> bool:
        """Whether every year the sentence writes is inside a quotation ('"I left Barquisimeto in
        2018," one protester said'): the speaker's past, not another time of the story."""
        sentence = self.doc.text[start:end]
        years = list(_YEAR_IN_LINE.finditer(sentence))
        # also the speaker's own words after a quotation the sentence opens with ('"Esto no se
        # veía desde el Caracazo", dijo un vecino que recordó las protestas de 1989')
        said = _OPENING_QUOTE_SAID.match(sentence)
        return bool(years) and all(
            _quoted(sentence, y.start()) or (said is not None and y.start() >= said.end()) for y in years
        )

    def _aside_years(self, start: int, end: int) -> bool:
        """Whether every year the sentence writes is in a relative clause set off by a comma after
        the event it reports ("Another group rallied in the Altamira square, the plaza that served
        as the heart of the 2014 and 2017 protest waves"), or in an appositive (", a street named
        after the 1958 uprising"): the place's background, not another time of the story; the
        sentence keeps the day in force."""
        sentence = self.doc.text[start:end]
        aside = self.reading.aside_relative.search(sentence)
        if aside is None:
            # ", a street named after the 1958 uprising": an appositive (the last before a year),
            # not a date set off by commas (", el pasado 12 de febrero de 2014,"): it names a month
            year = _YEAR_IN_LINE.search(sentence)
            appositives = list(_APPOSITIVE.finditer(sentence, 0, year.start())) if year else []
            aside = appositives[-1] if appositives else None
            if aside is None or any(
                word in self.grammar.months for word in dates_mod.fold_text(sentence[aside.end() :]).split()
            ):
                return False
        years = list(_YEAR_IN_LINE.finditer(sentence))
        return (
            bool(years)
            and all(y.start() >= aside.end() for y in years)
            and self._reports_event(sentence[: aside.start()])
        )

    def _aside_break(self, start: int, end: int) -> bool:
        """Whether the sentence's time breaks all lie in a relative clause closed by commas before
        the event it reports ("Machado, who had not been seen in public since Tuesday, climbed onto
        a truck in Las Mercedes"): a person's or a place's background, not a span of the event."""
        sentence = self.doc.text[start:end]
        aside = self.reading.aside_relative.search(sentence)
        if aside is None:
            return False
        close = sentence.find(",", aside.end())
        if close < 0 or not self._reports_event(sentence[close:]):
            return False
        found = self._search_in(self.reading.time_break, start, end)
        if found is None or not aside.start() <= found.start() < close:
            return False
        return self._search_in(self.reading.time_break, start + close, end) is None

    def _quoted_time_break(self, start: int, end: int) -> bool:
        """Whether the sentence's time break is inside a quotation ('"I left Valencia six years
        ago," said a nurse who joined the march'): the speaker's past, not the story's."""
        found = self._search_in(self.reading.time_break, start, end)
        return found is not None and _quoted(self.doc.text[start:end], found.start())

    def is_count_heading(self, line_start: int, line_end: int) -> bool:
        """Whether the line is a section heading with a count ("Zulia (41 protestas)", "Caracas
        (117)", "Lara: 12 detenidos"): a bulletin's section over several days, whose place has no
        one day and after which the day in force of the section before does not go on."""
        return (
            line_end - line_start <= COUNT_HEADING_CHARACTERS
            and _COUNT_HEADING.search(self.doc.text, line_start, line_end) is not None
            and not self.may_have_dates(line_start, line_end)  # "Caracas: 5 agosto" is a day's heading
        )

    def is_count_label(self, sent_start: int, sent_end: int) -> bool:
        """Whether the sentence is a count heading run into its paragraph ("Zulia (27
        protestas). El martes 6 de agosto, vecinos..."): a section's label, as on a line alone."""
        if (
            sent_end - sent_start > 2 * COUNT_HEADING_CHARACTERS
            or self.doc.line_span(sent_start)[0] != sent_start
        ):
            return False  # (cheap tests first: most sentences are long, or not a line's first)
        end = len(self.doc.text[sent_start:sent_end].rstrip().removesuffix("."))
        if 0 < end <= COUNT_HEADING_CHARACTERS and self.is_count_heading(sent_start, sent_start + end):
            return True
        tally = _COUNT_LINE.match(self.doc.text, sent_start, sent_end)
        if tally is not None and not self.may_have_dates(sent_start, tally.end()):
            return True
        return self.is_last_section_label(sent_start, sent_start + end)

    def is_last_section_label(self, sent_start: int, label_end: int) -> bool:
        """Whether the sentence is a short label without a count ("Otros estados.", "Other
        states:") opening a paragraph right after a section labelled with a count: the bulletin's
        remaining section, of the report's days as the ones before it."""
        text = self.doc.text
        colon = text.find(":", sent_start, label_end)
        if colon > sent_start:  # "Other states: in Mérida and Lara there were..."
            label = text[sent_start:colon]
        elif text.startswith(".", label_end):  # "Otros estados. En Mérida..."
            label = text[sent_start:label_end]
        else:
            return False
        if not label.strip() or len(label.split()) > SECTION_LABEL_WORDS or any(ch.isdigit() for ch in label):
            return False
        index = bisect.bisect_right(self.doc.line_starts, sent_start) - 1
        while index > 0:  # the paragraph before, over blank lines
            index -= 1
            line_start, line_end = self.doc.line_span(self.doc.line_starts[index])
            if text[line_start:line_end].strip():
                break
        else:
            return False
        first_end = self.doc.sentence_span(line_start)[1]
        return line_start != sent_start and self.is_count_label(line_start, min(first_end, line_end))

    def lists_counts(self, sent_start: int, sent_end: int) -> bool:
        """Whether the sentence gives several places each with a count in brackets ("También se
        registraron protestas en Mérida (12), Táchira (10) y Falcón (5)"): the totals of a
        bulletin's days, no one day of theirs, as under a count heading."""
        text = self.doc.text
        if text.count("(", sent_start, sent_end) < 2:
            return False  # (the cheap test first)
        return len(_COUNTED_PLACE.findall(text, sent_start, sent_end)) >= 2

    def list_intro_day(self, position: int) -> date | None:
        """The day of the paragraph that introduces, with a colon, the run of count lines that
        the line of `position` belongs to ("El miércoles 23 ... Estas son las cifras de ese día,
        por estado: / Distrito Capital: 22 detenidos... / Miranda: 14 detenidos, casi todos en
        Petare"): the counts are that day's, not a bulletin's sections over several days. None
        when the run follows no such paragraph, or that paragraph gives no day."""
        doc = self.doc
        text = doc.text
        index = bisect.bisect_right(doc.line_starts, position) - 1
        key = doc.line_starts[index]
        if key in self._intro_days:
            return self._intro_days[key]
        first = key  # the run's first count line
        day: date | None = None
        seen = [key]
        while index > 0:  # the paragraphs before, over blank lines and the run's other entries
            index -= 1
            line_start, line_end = doc.line_span(doc.line_starts[index])
            line = text[line_start:line_end].rstrip()
            if not line.strip():
                continue
            if line_start in self._intro_days:  # an entry of the same run, read before
                day = self._intro_days[line_start]
                break
            if self.is_count_heading(line_start, line_end) or _COUNT_LINE.match(text, line_start, line_end):
                first = line_start
                seen.append(line_start)
                continue
            if line.endswith(":"):
                day = self.in_force(first)
            break
        if day is None and self.under_day_heading(first):
            # "Lunes 29 de julio / Anzoátegui (38 detenidos)": that day's section
            day = self.heading_at(first)
        if day is None:
            day = self.bulletin_lead_day()
        for line_start in seen:
            self._intro_days[line_start] = day
        return day

    def bulletin_lead_day(self) -> date | None:
        """The one day a bulletin's lead counts protests of, for all its counted sections ("Our
        monitors recorded 187 protests on Wednesday, 23 January ... / Bolívar (19 protests) / ... /
        Falcón (11 protests)"): the sections share out that day's protests. None when the lead
        reports several days or none, tells one event without a count ("On Tuesday, police raided
        homes in Petare"), or the first count heading is past the lead: a report's sections over
        its days ("since 28 July") have no one day."""
        if self._bulletin_day is None:
            if self._first_count_line is None:
                self._first_count_line = next(
                    (s for s in self.doc.line_starts if self.is_count_heading(*self.doc.line_span(s))), -1
                )
            first = self._first_count_line
            day = None
            if 0 < first <= LEAD_CHARACTERS and self.lead_has_one_day():
                day = self.lead_date(first)
                if {d for _, days in self._lead or () for d in days} != {day}:
                    day = None  # "Between Monday 21 and Wednesday 23 January": the report's days
                elif not any(  # the lead counts that day's protests: not one event's story
                    _COUNTED.search(self.doc.text, self.doc.sentence_span(end - 1)[0], end)
                    for end, days in self._lead or ()
                    if end <= first and day in days
                ):
                    day = None
            self._bulletin_day = (day,)
        return self._bulletin_day[0]

    def labels_dated_count(self, position: int) -> bool:
        """Whether the place at `position` opens a count line of a run introduced with its day
        ("...de ese día, por estado: / Miranda: 14 detenidos, casi todos en Petare"): the state's
        own count of that day, as a state opening its report under a day's heading."""
        line_start, line_end = self.doc.line_span(position)
        if line_start != position:
            return False
        sent_end = self.doc.sentence_span(position)[1]
        return (
            self.is_count_heading(line_start, line_end) or self.is_count_label(position, sent_end)
        ) and self.list_intro_day(position) is not None

    def in_counted_section(self, sent_start: int) -> bool:
        """Whether the sentence opens with a place of its own in a paragraph labelled with a count
        ("Miranda (14). En Petare, la protesta del miércoles... En Los Teques, los manifestantes
        fueron dispersados"): the label's section spans the bulletin's days, so a new place's
        report that names no day has none, rather than the day of the place before it."""
        line_start, _ = self.doc.line_span(sent_start)
        if line_start == sent_start or not _PLACE_OPENER.match(self.doc.text, sent_start):
            return False
        label_end = self.doc.sentence_span(line_start)[1]
        return label_end <= sent_start and self.is_count_label(line_start, label_end)

    def _publication_line(self, line_start: int, line_end: int, days: set[date]) -> bool:
        """A short line whose only day is the publication's, reporting no event: the story's
        date line in a form the byline reading does not know, never the day of its events."""
        return (
            line_end - line_start <= BYLINE_CHARACTERS
            and self.doc.published is not None
            and days == {self.doc.published}
        )

    def _event_before(self, sentence: str, end: int) -> bool:
        """Whether the sentence has a protest word (not a meeting's) before `end`."""
        r = self.reading
        if r.all_triggers_lower is not None:
            matches = r.all_triggers_lower.finditer(sentence.lower(), 0, end)
        else:
            matches = r.all_triggers.finditer(sentence, 0, end)
        return any(m.lastgroup != "meeting" for m in matches)

    def _reports_event(self, sentence: str) -> bool:
        """Whether the sentence has a protest word (not only a meeting's), read once per piece of
        text in a document: the asides of a sentence's days ask it of the same clauses."""
        found = self._reported.get(sentence)
        if found is None:
            r = self.reading
            if r.all_triggers_lower is not None:
                matches = r.all_triggers_lower.finditer(sentence.lower())
            else:
                matches = r.all_triggers.finditer(sentence)
            found = self._reported[sentence] = any(m.lastgroup != "meeting" for m in matches)
        return found

    # ---- the date of a place ----------------------------------------------------------------

    def date_at(self, position: int) -> EventDate:
        """The date of the event reported at `position` (a place, or the sentence about it)."""
        sent_start, sent_end = self.doc.sentence_span(position)
        said = self.event_dates(sent_start, sent_end)
        announced = self.announced_count(sent_start, sent_end)
        if announced is not None and sent_start + announced < position:
            # "On 2 August, the governor announced that 126 people had been arrested in
            # Barquisimeto": the day of the words (or the heading's, or the day in force) is not
            # the arrests'; only a day the reported clause gives is ("... arrested on Sunday")
            reported = tuple(s for s in said.spans if s.start >= announced)
            if not reported:
                return NO_DATE
            said = replace(said, spans=reported)
        if said.spans:
            said = self._without_background(sent_start, said, position)
            said = self._without_aside_days(self.doc.text[sent_start:sent_end], said, position - sent_start)
            said = self._without_complement_days(sent_start, sent_end, said)
            said = self._without_other_events_days(sent_start, sent_end, said)
            said = self._without_start_asides(self.doc.text[sent_start:sent_end], said, vague_only=True)
        if said.spans:
            said = self._without_trailing_words_day(sent_start, sent_end, said, position)
        if said.spans and self.reported_before_its_words(sent_start, sent_end, position, said):
            # "On Tuesday, the opposition said two members in Barinas had been detained": the
            # day is the statement's; the arrests came before it, on a day the text does not give
            return NO_DATE
        spans = self._conjunct_spans(
            sent_start,
            sent_end,
            position,
            self._clause_spans(sent_start, sent_end, position, self._story_spans(said.spans)),
        )
        if spans:
            pos = position - sent_start
            best = min(spans, key=lambda s: abs(s.start - pos) if s.start >= pos else (pos - s.end) * 1.1)
            if best.value is not None and (
                self.after_night_before(sent_start, position, best, said.spans)
                or self.night_after_day(sent_start, sent_end, position, best)
            ):
                return EventDate(best.value - timedelta(days=1), "day", "sentence")
            if self.range_beside_place(sent_start + best.start, sent_start + best.end, position):
                return NO_DATE
            if self.range_after_day(sent_start, sent_end, position, best):
                return NO_DATE  # "on Thursday after two nights of protests": the aftermath's day
            if best.value is not None and self.in_other_year_clause(sent_start, sent_end, best, position):
                return NO_DATE  # "Monday's protests were the largest since 2019, when ... in Chacao"
            if self.count_of_days_after(sent_start + best.end, sent_end):
                return NO_DATE  # "San Cristóbal cumple este lunes cuarenta días de protestas"
            back = self.days_after_before(sent_start + best.end, position) if best.end <= pos else 0
            if best.value is not None and best.precision == "day" and back:
                return EventDate(best.value - timedelta(days=back), "day", "sentence")
            if best.value is not None and best.value == self.doc.published and self.is_title(position):
                # "Ten days after the vote, families of Catia's detained still wait": a headline's
                # today is the story's frame, as its bare present is; a day the text states for
                # the place in the body is the event's
                return EventDate(best.value, best.precision, "published")
            return EventDate(best.value, best.precision, "sentence")
        if (
            said.anchored
            and not said.spans
            and not said.unresolved
            and (self._aside_break(sent_start, sent_end) or self.background_break(sent_start, sent_end))
        ):
            # "Machado, who had not been seen in public since Tuesday, climbed onto a truck": the
            # person's background; "students gathered ... to read the names of those killed since
            # Monday": the dead's, after an event of its own, as for a range with no day. The event
            # takes the day the sentence would have without it
            said = replace(said, anchored=False)
        if said.anchored and not said.spans:
            day = self.when_clause_day(sent_start, sent_end, position)
            if day is not None:
                return EventDate(day, "day", "sentence")
            if not said.unresolved and self.present_beside_anchor(sent_start, sent_end):
                return EventDate(self.doc.published, "day", "published")
        if said.unresolved or (
            said.anchored
            and (
                not self.in_timed_entry(sent_start)
                or self.heading_at(position) is None
                or self.reading.time_break.search_in(self.doc, sent_start, sent_end) is not None
            )
        ):
            # "since Sunday's vote": the date anchors a count or a cause, not the event;
            # "tomorrow", "next Saturday": a plan. No date rather than a guess. A live page's
            # timed entry under a day's heading reports that day: a day that only names another
            # event ("the winner of Sunday's election") leaves it the heading's, unless the entry
            # counts over a span ("since Monday")
            return NO_DATE
        cached = self._fallbacks.get((sent_start, sent_end))
        if cached is None:
            years = list(said.years)
            if not self.in_window(years) and self._aside_years(sent_start, sent_end):
                years = []  # the place's background, after its event (see _aside_years)
            cached = self._fallback(sent_start, sent_end, years)
            self._fallbacks[(sent_start, sent_end)] = cached
        back = self.counted_back(sent_start, position)
        if back:
            frame = cached.value if cached.precision == "day" else None
            if frame is None and cached is NO_DATE and position < LEAD_CHARACTERS:
                frame = self.doc.published  # a follow-up's lead: the time of writing
            if frame is not None:
                return EventDate(frame - timedelta(days=back), "day", "sentence")
        return cached

    def _without_trailing_words_day(
        self, sent_start: int, sent_end: int, said: SentenceDates, position: int
    ) -> SentenceDates:
        """`said` without the day of a statement that closes the sentence after the place ("At
        least eight people were killed in El Valle, the prosecutor's office said on Friday"): it
        is the day of the words, filed after the event; the place takes the day the story is
        telling (the day in force, the lead's), as a sentence without a day does. Only in a
        story told on a day before it was filed, for words of the day of filing, and when it is the
        sentence's one day: beside another, the nearest one is the place's already."""
        if len(said.spans) != 1:
            return said
        sentence = self.doc.text[sent_start:sent_end]
        words = self._statement_span(sentence, list(said.spans))
        if words is None or words.value is None or words.value != self.doc.published:
            return said
        told = self.in_force(sent_start)
        if told is None or told >= words.value:
            return said  # a story of the day it is filed: the words' day is the event's too
        verbs = list(self.reading.statement_after.finditer(sentence, max(0, words.start - 45), words.start))
        if not verbs or position - sent_start >= verbs[-1].start():
            return said
        return replace(said, spans=())

    def counted_back(self, sent_start: int, position: int) -> int:
        """The days back from the day of its sentence for a place in the phrase of an event a
        count starts from ("Eight days after the student march that ended in bloodshed in La
        Candelaria, the protests have not stopped"; "One week after a handful of soldiers rose
        up in Cotiza, residents still point..."): that event came that long before the day the
        sentence tells, else 0. A place after the phrase's comma is in the sentence's own clause."""
        found = self.reading.counted_back_from.search(self.doc.text, sent_start, position)
        if found is None:
            return 0
        count = dates_mod.fold_text(named_text(found, "count")).lower()
        days = int(count) if count.isdigit() else self.grammar.counts.get(count, 0)
        unit = dates_mod.fold_text(named_text(found, "unit")).lower()
        return days * 7 if unit.startswith(("week", "semana")) else days

    def _without_background(self, sent_start: int, said: SentenceDates, position: int) -> SentenceDates:
        """`said` without the dates that follow a participle of an arrest or a killing at or after
        `position` ("students marched from Plaza Venezuela to demand the release of classmates
        detained last week in Táchira"): that date is the background of those people, not the
        day of the march, nor a break of the story's day; a place after it keeps it."""
        text = self.doc.text
        kept = []
        for s in said.spans:
            start = sent_start + s.start
            participle = -1 if start < position else self._participle_before(sent_start, start)
            # only beside an event of the sentence's own before it ("marched ... to demand the
            # release of classmates detained last week"); "In Maracay, a student shot on Monday
            # died" reports the shooting itself
            if participle < 0 or not (
                self._reports_event(text[sent_start:participle])
                or self._protest_after(text[sent_start + s.end : self.doc.sentence_span(start)[1]])
            ):
                kept.append(s)
        return said if len(kept) == len(said.spans) else replace(said, spans=tuple(kept))

    def _protest_after(self, rest: str) -> bool:
        """Whether the rest of a sentence after a participle's date reports a protest of its own
        ("the funeral of a student shot last week turned into a march"): the date is then the
        victim's background, as it is before a protest word. A killing or a death after it is
        the sentence's news ("a student shot on Monday died"), and keeps the date. So does a
        protest the rest gives as the cause ("14 detenidos el 31 de julio, luego de una protesta
        en la avenida ...", "after a march"): the participle's day is the sentence's news."""
        r = self.reading
        if r.all_triggers_lower is not None:
            matches = r.all_triggers_lower.finditer(rest.lower())
        else:
            matches = r.all_triggers.finditer(rest)
        return any(
            m.lastgroup == "peaceful_protest"
            and r.background_word.search(rest, max(0, m.start() - BACKGROUND_REACH), m.start()) is None
            for m in matches
        )

    def background_break(self, sent_start: int, sent_end: int) -> bool:
        """Whether the sentence's one time break follows a participle of an arrest or a killing
        after an event of its own ("a vigil ... to remember the people detained since the
        election"): the range is the detainees' background, as "detained last week" is, and the
        vigil keeps the story's day. A count is its own event ("46 people detained since the
        election"): no event before the participle, a break."""
        found = self._search_in(self.reading.time_break, sent_start, sent_end)
        if found is None:
            return False
        start = sent_start + found.start()
        if self._search_in(self.reading.time_break, start + 1, sent_end) is not None:
            return False  # another range or count later in the sentence
        participle = self._participle_before(sent_start, start)
        return participle >= 0 and self._reports_event(self.doc.text[sent_start:participle])

    def _participle_before(self, sent_start: int, start: int) -> int:
        """Where the participle right before the date at `start` begins, or -1 (read once per date)."""
        found = self._participles.get(start)
        if found is None:
            match = self._search(self.reading.background_participle, max(sent_start, start - 40), start)
            found = self._participles[start] = -1 if match is None else match.start()
        return found

    def reported_before_its_words(
        self, sent_start: int, sent_end: int, position: int, said: SentenceDates
    ) -> bool:
        """Whether the place at `position` is in a clause a statement reports in the pluperfect
        ("had been detained") while every day of the sentence is the statement's: before its
        reporting verb ("On Tuesday, the opposition said ...") or right after it ("said on
        Tuesday that ..."). The event came before the words, on a day the text does not give."""
        text = self.doc.text
        ends = self._statements.get((sent_start, sent_end))
        if ends is None:  # read once per sentence; most have no pluperfect
            ends = []
            if self._search_in(self.reading.reported_earlier, sent_start, sent_end) is not None:
                ends = [m.end() for m in self.reading.statement_after.finditer(text, sent_start, sent_end)]
            self._statements[(sent_start, sent_end)] = ends
        verb_end = max((end for end in ends if end <= position), default=None)
        if verb_end is None:
            return False
        if self._search_in(self.reading.reported_earlier, verb_end, sent_end) is None:
            return False
        for s in said.spans:
            start = sent_start + s.start
            if start >= verb_end and len(text[verb_end:start].split()) > 2:
                return False  # a day of the reported clause: the event's
        return True

    def announced_count(self, sent_start: int, sent_end: int) -> int | None:
        """Where a count of people arrested, detained or killed begins (relative to its
        sentence) when a reporting verb of the same clause announces it ("the governor announced
        on 2 August that 126 people had been arrested", "Según el gobernador, que habló el 2 de
        agosto, 40 personas fueron detenidas"), else None. Read once per sentence."""
        key = (sent_start, sent_end)
        if key in self._announced:
            return self._announced[key]
        found: int | None = None
        count = self._search_in(self.reading.announced_count, sent_start, sent_end)
        if count is not None:
            before = self.doc.text[
                max(sent_start, sent_start + count.start() - ANNOUNCED_REACH) : sent_start + count.start()
            ]
            verbs = list(self.reading.statement_after.finditer(before))
            if verbs and ";" not in before[verbs[-1].end() :]:
                found = count.start()
        self._announced[key] = found
        return found

    def range_beside_place(self, span_start: int, span_end: int, position: int) -> bool:
        """Whether a range or a count stands next to the place, between it and the sentence's day
        ("Students marched on Wednesday, February 12, to demand the release of classmates arrested
        during the previous week in San Cristóbal"; "26 killed in three days of protests, four of
        them in Bolívar"; "barricades in El Trigal lasted for weeks, and on 19 February 2014 a
        student was shot"): the place's event is that span of days, not the day."""
        if span_start >= position:
            start, end = position, min(span_start, position + RANGE_REACH)
        else:
            start, end = max(span_end, position - RANGE_REACH), position
        text = self.doc.text
        if span_end <= position:
            # "on the night of Thursday 20 April; eleven died there and in the south of Valencia
            # over the next two days": a span right after the place, the day before it
            after = self._search_in(self.reading.following_days, position, position + RANGE_REACH)
            if after is not None:
                between = text[position : position + after.start()]
                if len(between.split()) <= PLACE_WORDS and not any(c in between for c in ",;."):
                    return True
            if any(c in text[span_end:position] for c in ",;"):
                # "on 20 February, and in Palmira and Rubio there were barricades for most of the
                # week": the place's own clause, after the day's, gives its span
                after = self._search_in(self.reading.time_break, position, position + RANGE_REACH)
                if (
                    after is not None
                    and not any(c in text[position : position + after.start()] for c in ",;.:")
                    and self._search_in(  # "the second night of protests in Zulia state since the vote"
                        self.reading.comparison_before_break,
                        max(text.rfind(",", span_end, position), text.rfind(";", span_end, position)),
                        position + after.start(),
                    )
                    is None
                ):
                    return True
        found = self._search_in(self.reading.time_break, start, end) if start < end else None
        if found is None:
            return False
        if (
            span_start >= position
            and "," in text[start + found.end() : span_start]
            and self.reading.place_clause.match(text, position, start + found.start())
        ):
            # "In San Cristóbal, where barricades had stood since 10 April, the Sunday march was
            # the largest": the range is the place's background, closed before the day
            return False
        # "detenidos en Valencia durante las protestas del lunes": the day names the span's day
        return not (end == span_start and span_start - (start + found.end()) <= 5)

    def in_reported_week(self, value: date, start: int, end: int) -> date:
        """A bare weekday of a round-up whose headline gives the week it reports ("Conflictividad
        social, del 5 al 11 de agosto", published Monday 12): "en la madrugada del lunes" is the
        week's Monday (the 5th), not the day of publication; a weekday already in that week stays."""
        if self._week is None:
            self._week = (None,)
            published = self.doc.published
            if published is not None and self.doc.text and self.is_title(0):
                line_end = self.doc.line_span(0)[1]
                for span in dates_mod.find_dates(self.doc.text[:line_end], published, None, self.grammar):
                    if span.precision == "week" and span.value is not None and span.value < published:
                        self._week = (span.value,)
                        break
        first = self._week[0]
        if first is None or (value - first).days < 7 or value > (self.doc.published or value):
            return value
        if any(ch.isdigit() for ch in self.doc.text[start:end]):
            return value  # "el lunes 12 de agosto": a day the text gives in full
        return value - timedelta(days=7 * ((value - first).days // 7))

    def weekday_after_earlier_day(self, value: date, start: int, end: int) -> date:
        """A bare weekday that names the day of publication ("el martes" in a Tuesday's story),
        in a paragraph that has gone back to an earlier day up to two weeks before ("En Calabozo, ...
        el lunes 29 y al día siguiente ... En San Juan, la Guardia dispersó el martes una
        concentración", published Tuesday 6 August): read forward from that day (the 30th), as a
        reader goes on with the paragraph's days, not back from the day of writing."""
        before = self.doc.text[max(0, start - 4) : start].lower().split()
        if (
            len(self.doc.text[start:end].split()) != 1
            or not before
            or before[-1] not in _BARE_WEEKDAY_ARTICLES
        ):
            return value  # "este martes", "hoy", "el martes 6": the day of writing, said as such
        positions, values = self.known_days()
        index = bisect.bisect_left(positions, start)
        line_start = self.doc.line_span(start)[0]
        if not index or (
            positions[index - 1] < line_start
            and _DAY_REFERRED.search(self.doc.text, line_start, start) is None
        ):
            # a day of a paragraph before, unless this one refers back to it ("El informe recoge
            # mensajes que vecinos publicaron esa noche ... Otro mensaje, de la madrugada del martes")
            return value
        earlier = values[index - 1]
        forward = earlier + timedelta(days=(value.weekday() - earlier.weekday()) % 7)
        if not value - timedelta(days=13) <= earlier < value - timedelta(days=1) or forward >= value:
            return value
        return forward

    def count_of_days_after(self, span_end: int, sent_end: int) -> bool:
        """Whether a count of days follows the day right away ("cumple este lunes cuarenta días de
        protestas", "se cumplen hoy 100 días de"): the day a stretch reaches a number, not the day
        of an event of its own."""
        end = min(sent_end, span_end + RANGE_REACH)
        words = self.reading.time_break
        if self.doc.lowered is None or words.lower is None:
            found = words.search_in(self.doc, span_end, end)
            return found is not None and not self.doc.text[span_end : span_end + found.start()].strip()
        # the first match of the window begins after nothing but spaces when one begins at or before
        # the window's first other character: tried there only, not searched for over the window
        window = self.doc.lowered[span_end:end]
        first = len(window) - len(window.lstrip())
        return any(words.lower.match(window, at) for at in range(first + 1))

    def is_calm_day(self, sent_start: int, sent_end: int, span: dates_mod.DateSpan) -> bool:
        """Whether `span` (relative to its sentence) is the day calm returned ("said that calm
        had returned to the city on Thursday", "El viernes, en cambio, la ciudad amaneció
        tranquila"): a day after the protests, never theirs. The calm words must be a few words
        from the day, with no protest word between them ("On Thursday, protesters blocked the
        road and calm returned at night" keeps Thursday); a day right after a reporting verb is
        the words' ("The governor said on Tuesday that calm had returned. Hours later, ...")."""
        text = self.doc.text
        day_start, day_end = sent_start + span.start, sent_start + span.end
        near = self._phrases_in(
            self.reading.calm, max(sent_start, day_start - CALM_REACH), min(sent_end, day_end + CALM_REACH)
        )
        if not near:
            return False  # the common case: no calm words near the day
        verbs = list(self.reading.statement_after.finditer(text, max(sent_start, day_start - 45), day_start))
        if verbs and len(text[verbs[-1].end() : day_start].split()) <= 2:
            return False  # "said on Tuesday that calm had returned": the day of the words
        for calm_start, calm_end in near:
            if calm_end <= day_start:
                between = text[calm_end:day_start]
            elif calm_start >= day_end:
                between = text[day_end:calm_start]
            else:
                continue
            if (
                len(between.split()) <= CALM_WORDS
                and ";" not in between
                and not self._reports_event(between)
                and not self._names_a_day(between)
            ):
                return True
        return False

    def _names_a_day(self, words: str) -> bool:
        """Whether `words` (between calm words and a day) name a day of their own: the calm's
        day is the nearer ("trabajaron con normalidad este martes, aunque la tarde del lunes se
        registraron cacerolazos" keeps Monday for the pot-banging)."""
        return bool(dates_mod.find_dates(words, self.doc.published, None, self.grammar))

    def _phrases_in(self, words: Words, start: int, end: int) -> list[tuple[int, int]]:
        """The matches of `words` inside [start, end) (a window of bounded size)."""
        if words.lower is not None and not self.may_be_in_document(words.lower, self.doc.lowered):
            return []
        return [(m.start(), m.end()) for m in words.finditer_doc(self.doc, start, end)]

    def days_after_before(self, day_end: int, position: int) -> int:
        """The days back from the day before a place when "a day after" / "two days after" stands
        between them and opens the place's clause ("A court charged 43 people on Tuesday, a day
        after they were detained when police broke up a cacerolazo on Bolívar Norte Avenue": the
        cacerolazo was on Monday), else 0. An apposition closed by a comma ("On Tuesday, a day
        after the vote, protesters marched in Valencia") leaves the place on the stated day."""
        found = self._search_in(self.reading.days_after, day_end, position)
        if found is None or "," in self.doc.text[day_end + found.end() : position]:
            return 0
        return self.reading.days_after_count.get(" ".join(found.group().lower().split()), 0)

    def in_other_year_clause(
        self, sent_start: int, sent_end: int, best: dates_mod.DateSpan, position: int
    ) -> bool:
        """Whether the place at `position` is in a "when" clause of another year, between it and
        the day `best` ("Monday's protests were the largest since 2019, when Guaidó swore himself
        in at a rally in Chacao", "las de 2017, cuando en Lara..."): the clause tells that year's
        events, which have no day; a year that is part of a full date ("on 23 January 2019, when
        Venezuelans marched") is that date's, and the clause is its day."""
        text = self.doc.text
        start = sent_start + best.end
        if best.value is None or start >= position:
            return False
        spans, _ = self.sentence_dates(sent_start, sent_end)
        for year in _YEAR_IN_LINE.finditer(text, start, position):
            if int(year.group()) == best.value.year:
                continue
            if self.reading.when_clause.match(text, year.end(), position) is None:
                continue
            if not any(s.start <= year.start() - sent_start < s.end for s in spans):
                return True
        return False

    def when_clause_day(self, sent_start: int, sent_end: int, position: int) -> date | None:
        """The day of an anchor whose "when" clause reports the event at `position` ("180
        detenidos desde el lunes, cuando comenzaron las protestas en Petare y Catia", "arrests
        since Monday, when protests broke out in Petare"): the count runs from that day, and the
        clause tells what happened on it, there."""
        spans, _ = self.sentence_dates(sent_start, sent_end)
        pos = position - sent_start
        before = [s for s in spans if s.end <= pos]
        if not before:
            return None
        last = before[-1]
        published = self.doc.published
        if last.value is None or last.precision != "day" or last.future:
            return None
        if published is not None and last.value > published:
            return None
        opener = self.reading.when_clause.match(self.doc.text, sent_start + last.end, position)
        if opener is None:
            return None
        clause = self.doc.text[opener.end() : position]
        if self._reports_event(clause) or self.reading.start_verb.search(clause):
            return last.value
        return None

    def present_beside_anchor(self, sent_start: int, sent_end: int) -> bool:
        """Whether a sentence whose only days anchor something else tells its protest in the
        present ("Venezuelans protest the election results in Maracaibo", "Venezolanos protestan
        en Maracaibo contra los resultados de la elección del domingo"): the protest is the day
        of reading, the election's day only what it is about. Not a running count or range
        ("desde el domingo protestan"), nor a plan; for news of the dataset's years only, as the
        publication day always is (see _fallback)."""
        published = self.doc.published
        return (
            published is not None
            and published.year in self.reading.years
            and self.told_in_present(sent_start, sent_end)
            and not self.time_break(sent_start, sent_end)
            and not self._search_in(self.reading.plan, sent_start, sent_end)
        )

    def after_night_before(
        self, sent_start: int, position: int, best: dates_mod.DateSpan, spans: tuple[dates_mod.DateSpan, ...]
    ) -> bool:
        """Whether the place at `position` is in a night before the day its sentence gives
        ("Tras una noche de cacerolazos en Valencia, la policía allanó en la madrugada de este
        martes...", "After a night of protests in Maturín, troops patrolled on Tuesday"): the
        night is the evening of the day before."""
        if best.precision != "day" or sent_start + best.start < position:
            return False
        reach = max(sent_start, position - NIGHT_REACH)
        nights = self._phrases_in(self.reading.night_before, reach, position)
        if not nights:
            return False
        night_end = nights[-1][1]
        if _CLAUSE_ENDS.search(self.doc.text, night_end, position):
            return False  # "After a night of protests in Maturín, troops raided homes in Cumaná"
        return not any(night_end <= sent_start + s.start < position for s in spans)

    def night_after_day(
        self, sent_start: int, sent_end: int, position: int, best: dates_mod.DateSpan
    ) -> bool:
        """Whether the day after the place at `position` is followed by the night before it
        ("shops in Puerto La Cruz stayed closed on Tuesday morning after a night of protests"): the
        place's protests were the evening before the day its sentence gives."""
        if best.precision != "day" or sent_start + best.start < position:
            return False
        day_end = sent_start + best.end
        if not self._phrases_in(
            self.reading.night_before, day_end, min(sent_end, day_end + NIGHT_AFTER_REACH)
        ):
            return False
        # "Students marched in Valencia on Thursday, after a night of cacerolazos": its own day
        return not self._event_before(self.doc.text[sent_start:sent_end], best.start)

    def range_after_day(
        self, sent_start: int, sent_end: int, position: int, best: dates_mod.DateSpan
    ) -> bool:
        """Whether the day after the place at `position` is followed by a span of days it comes
        after ("were still sweeping up glass on Thursday after two nights of protests"): the day
        is the aftermath's, and the protests have no one day."""
        if best.precision != "day" or sent_start + best.start < position:
            return False
        day_end = sent_start + best.end
        found = self.reading.after_range.match(
            self.doc.text, day_end, min(sent_end, day_end + NIGHT_AFTER_REACH)
        )
        # "Students marched in Valencia on Thursday after weeks of protests": its own day
        return found is not None and not self._event_before(self.doc.text[sent_start:sent_end], best.start)

    def weekday_in_story(self, start: int, end: int) -> date | None:
        """A bare weekday ("el miércoles", "On Monday") in a text without publication date: the
        day of that name nearest the day the story gave before it ("El lunes 29 de julio ...
        martes 30 ... donde el miércoles hubo un cacerolazo": the 31st), in the week around it."""
        words = dates_mod.fold_text(self.doc.text[start:end]).split()
        weekdays = {self.grammar.weekdays[w] for w in words if w in self.grammar.weekdays}
        if len(weekdays) != 1:
            return None
        positions, values = self.known_days()
        index = bisect.bisect_left(positions, start)
        if not index:
            return None
        base = values[index - 1]
        ahead = (weekdays.pop() - base.weekday()) % 7
        return base + timedelta(days=ahead if ahead <= 3 else ahead - 7)

    def day_number_in_story(self, start: int, end: int) -> date | None:
        """A day given by its number alone ("durante la madrugada del 13", "on the 13th") in a text
        without publication date: that day of the month of the day the story gave before it
        ("El 12 de febrero ... Durante la madrugada del 13": 13 February), or of the next month
        when the number is lower ("el 28 de enero ... la noche del 2": 2 February)."""
        positions, values = self.known_days()
        index = bisect.bisect_left(positions, start)
        return _day_of_number(self.doc.text[start:end], values[index - 1]) if index else None

    def numbered_in_story(self, span: dates_mod.DateSpan) -> date | None:
        """The day of a day number alone (absolute span) counted from the day the story gave
        before it (see _numbered_day); None for any other span or without such a day."""
        if self.doc.published is not None and not self._written_as_day_number(span):
            return None  # _story_month_day's answer for any base: the story's days are not read
        positions, values = self.known_days()
        index = bisect.bisect_left(positions, span.start)
        return self._numbered_day(span, values[index - 1]) if index else None

    def _written_as_day_number(self, span: dates_mod.DateSpan) -> bool:
        """Whether `span` (absolute) is a day the text writes by its number alone, as
        _story_month_day asks before it reads its base: known_days reads every paragraph of the
        story for its dates, which most dated sentences ("el lunes 12 de febrero") never need."""
        value = span.value
        if value is None or span.precision != "day":
            return False
        if span.weekday is not None or span.shift is not None or span.offset is not None or span.future:
            return False
        window = self.doc.folded_window(span.start, min(len(self.doc.text), span.end + DAY_ONLY_TAIL))
        if not _DIGIT.search(window, 0, span.end - span.start):
            return False  # "el lunes": a day_only match that ends with the span holds its number
        return any(
            (found := pattern.match(window)) is not None and found.end() == span.end - span.start
            for pattern in self.grammar.day_only
        )

    def _numbered_day(self, span: dates_mod.DateSpan, base: date | None) -> date | None:
        """The day of a span that gives a day by its number alone, counted from `base` (the day
        the text gave before it); None for any other span. Without publication date, that day
        of base's month or the next; with one, the month of the story comes before the month of
        publication ("El 12 de febrero ... El 12, cuando en Caracas ..." in a story of 17 March)."""
        if base is None:
            return None
        if self.doc.published is not None:
            return self._story_month_day(span, base)
        if span.value is not None or span.precision:
            return None
        if span.shift is not None or span.offset is not None or span.weekday is not None or span.future:
            return None
        return _day_of_number(self.doc.text[span.start : span.end], base)

    def _story_month_day(self, span: dates_mod.DateSpan, base: date) -> date | None:
        """For a day given by its number alone (absolute span) in a text with a publication
        date, which read it as the last such day up to publication: that day in the month of
        `base`, the one before or the one after, the nearest base and not after publication."""
        published = self.doc.published
        value = span.value
        if published is None or value is None or span.precision != "day" or value == base:
            return None
        if span.weekday is not None or span.shift is not None or span.offset is not None or span.future:
            return None
        window = self.doc.folded_window(span.start, min(len(self.doc.text), span.end + DAY_ONLY_TAIL))
        if not any(
            (found := pattern.match(window)) is not None and found.end() == span.end - span.start
            for pattern in self.grammar.day_only
        ):
            return None  # a month, a weekday or a numeric date: a day of its own
        first = base.replace(day=1)
        months = (
            (first - timedelta(days=1)).replace(day=1),
            first,
            (first + timedelta(days=32)).replace(day=1),
        )
        days = [d for d in (_in_month(m, value.day) for m in months) if d is not None and d <= published]
        return min(days, key=lambda d: abs((d - base).days)) if days else None

    def _story_spans(self, spans: tuple[dates_mod.DateSpan, ...]) -> tuple[dates_mod.DateSpan, ...]:
        """The spans of a sentence that are the story's time, when it has some: a date of
        another wave given for context ("where marches on 19 April 2017 ended in clashes,
        hundreds gathered again on Thursday") is not the day of the sentence's event."""
        published = self.doc.published
        if published is None or len(spans) < 2:
            return spans
        near = tuple(
            s for s in spans if s.value is not None and abs((published - s.value).days) <= STORY_DAYS
        )
        return near or spans

    def _clause_spans(
        self, sent_start: int, sent_end: int, position: int, spans: tuple[dates_mod.DateSpan, ...]
    ) -> tuple[dates_mod.DateSpan, ...]:
        """The spans in the clause of `position`, when it has some: "no hubo protestas el fin
        de semana, mientras que en Trujillo la policía dispersó una concentración el domingo"
        dates Trujillo by its own clause's day (clauses split at ", mientras que", ", while")."""
        if len(spans) < 2:
            return spans
        splits = [
            m.start() - sent_start
            for m in self.reading.clause_split.finditer_doc(self.doc, sent_start, sent_end)
        ]
        if not splits:
            return spans
        pos = position - sent_start
        clause = bisect.bisect_right(splits, pos)
        same = tuple(s for s in spans if bisect.bisect_right(splits, s.start) == clause)
        return same or spans

    def _conjunct_spans(
        self, sent_start: int, sent_end: int, position: int, spans: tuple[dates_mod.DateSpan, ...]
    ) -> tuple[dates_mod.DateSpan, ...]:
        """The spans in the conjunct of `position`, when it has some: "el lunes en Maturín y el
        martes en Cumaná", "in Valera (Tuesday) and Boconó (Thursday)" date each place by its own
        conjunct (split at commas, semicolons and "and" / "y"); a place whose conjunct has no
        day keeps the nearest of the sentence ("On Monday, students marched in Mérida")."""
        pos = position - sent_start
        if len(spans) < 2:
            if spans and self._in_later_place_clause(position, sent_start + spans[0].start):
                return ()
            if spans and self._in_later_clause_of_its_own(position, sent_start + spans[0].start):
                return ()
            return () if spans and self._opens_later_clause(sent_start, pos, spans[0]) else spans
        splits = [
            m.start() - sent_start
            for m in self.reading.conjunct_split.finditer(self.doc.text, sent_start, sent_end)
        ]
        part = bisect.bisect_right(splits, pos)
        text = self.doc.text
        parts = {part}
        if part + 1 < len(splits) and _STATE_APPOSITIVE.fullmatch(
            text, sent_start + splits[part], sent_start + splits[part + 1]
        ):
            # "in Porlamar, Nueva Esparta state, families ... spent Wednesday": the state after the
            # place is its appositive, and the conjunct goes on after it
            parts.add(part + 2)
        elif 0 < part < len(splits) and _STATE_APPOSITIVE.fullmatch(
            text, sent_start + splits[part - 1], sent_start + splits[part]
        ):
            parts.add(part + 1)  # the state itself: its place's conjunct goes on after it
        same = tuple(s for s in spans if bisect.bisect_right(splits, s.start) in parts)
        # "..., and in El Tigre, where 14 people were detained on Thursday": the day of the
        # place's own relative clause; a day in another place's clause is that place's
        own = tuple(
            s
            for s in spans
            if s.start > pos and self.reading.place_clause.match(text, position, sent_start + s.start)
        )
        if same and own and all(s.start < pos for s in same):
            # "detuvieron este lunes a cuatro jóvenes que regresaban de Carora, donde hubo protestas
            # el domingo": the day of the place's own clause after it beats its conjunct's day before it
            return own
        if same:
            return same
        if own:
            return own
        rest = tuple(s for s in spans if not self._opens_later_clause(sent_start, pos, s))
        if any(s.start > pos for s in rest):
            # "cerrada todo el martes, y en Valera hubo un cacerolazo anoche": the place opens a
            # clause of its own after ", y" and has a day in it; a day before the joint is the
            # earlier clause's
            joint = max(
                _COMMA_CONJUNCTION.finditer(text, sent_start, position), key=lambda m: m.start(), default=None
            )
            if joint is not None:
                cut = joint.start() - sent_start
                rest = tuple(s for s in rest if s.start >= cut)
        # a container of them all ("In Anzoátegui, ... where ... Tuesday, and in El Tigre, where
        # ... Thursday") keeps them: only a place with a day outside those clauses drops them
        return (
            tuple(
                s for s in rest if not self._in_other_place_clause(position, sent_start, sent_start + s.start)
            )
            or rest
        )

    def _end_of_its_list(self, position: int) -> int:
        """The start of the last member of the list the place at `position` opens or is in
        ("entre Catia, el 23 de Enero y la avenida Sucre"; members joined by commas and "y" /
        "and", an article allowed before each), else `position`."""
        starts = self._place_starts
        if starts is None:
            starts = self._place_starts = [start for start, _ in self.not_dates]
        k = bisect.bisect_left(starts, position)
        if k >= len(starts) or starts[k] != position:
            return position
        text = self.doc.text
        article = role_cues(self.reading.languages).article_before
        while k + 1 < len(starts):
            gap = text[self.not_dates[k][1] : starts[k + 1]]
            found = article.search(gap)
            if not self.reading.list_gap.match(gap if found is None else gap[: found.start() + 1]):
                break
            k += 1
        return starts[k]

    def _in_other_place_clause(self, position: int, sent_start: int, span_start: int) -> bool:
        """Whether the day at `span_start` is in the relative clause of another place of its
        sentence ("arrests in Barcelona and along the avenue of Puerto La Cruz, where protesters
        blocked traffic on Tuesday, and in El Tigre, ... on Thursday"): that place's day, neither
        Barcelona's nor El Tigre's."""
        starts = self._place_starts
        if starts is None:
            starts = self._place_starts = [start for start, _ in self.not_dates]
        text = self.doc.text
        return any(
            starts[k] != position and self.reading.place_clause.match(text, starts[k], span_start)
            for k in range(bisect.bisect_left(starts, sent_start), bisect.bisect_left(starts, span_start))
        )

    def _in_later_clause_of_its_own(self, position: int, span_start: int) -> bool:
        """Whether the day at `span_start` is in a clause after a semicolon that names a place of
        its own before the day ("Hundreds march in Barquisimeto; a smaller crowd rallied in Carora
        on Friday evening"): Carora's day; Barquisimeto's clause has none and goes on with the
        day in force."""
        text = self.doc.text
        semicolon = text.find(";", position, span_start)
        if semicolon < 0:
            return False
        starts = self._place_starts
        if starts is None:
            starts = self._place_starts = [start for start, _ in self.not_dates]
        return bisect.bisect_left(starts, semicolon) < bisect.bisect_left(starts, span_start)

    def _in_later_place_clause(self, position: int, span_start: int) -> bool:
        """Whether the day at `span_start` is in a relative clause of a later place ("including
        52 in Anzoátegui and 30 in Sucre state, where protesters toppled a statue on Monday"):
        that place's day, not the one of the place at `position` before it."""
        starts = self._place_starts
        if starts is None:
            starts = self._place_starts = [start for start, _ in self.not_dates]
        text = self.doc.text
        for k in range(bisect.bisect_right(starts, position), bisect.bisect_left(starts, span_start)):
            if self.reading.place_clause.match(text, starts[k], span_start):
                # a place of another conjunct, not the container or appositive of this one ("Coro,
                # the capital of Falcón state, where police dispersed a march on Friday"), nor the
                # last member of its list, whose clause is the whole list's ("entre Catia, el 23 de
                # Enero y la avenida Sucre, donde los días 29 y 30 de julio hubo barricadas")
                return _CONJUNCTION.search(text, position, starts[k]) is not None and starts[
                    k
                ] > self._end_of_its_list(position)
        return False

    def _opens_later_clause(self, sent_start: int, pos: int, span: dates_mod.DateSpan) -> bool:
        """Whether `span` (relative to its sentence) opens a clause coordinated after the place at
        `pos` ("se registraron en Barrio Obrero y en la avenida Carabobo, y en la madrugada de
        este jueves se extendieron a Pirineos"): its day is that clause's, not the earlier one's,
        which goes on with the day in force. "marcharon en Mérida y Valencia el lunes" keeps it."""
        if span.start <= pos:
            return False
        start = sent_start + span.start
        if _CLAUSE_OPENING_DAY.search(self.doc.text, max(sent_start, start - 30), start) is not None:
            return True
        joined = None  # the last ", y" / ", and" between the place and the day
        for found in _COMMA_CONJUNCTION.finditer(self.doc.text, sent_start + pos, start):
            joined = found
        if joined is not None and self._search_in(self.reading.past, joined.end(), start) is not None:
            # "En los estados Lara y Falcón miles salieron a la calle, y en varias ciudades las
            # protestas continuaron durante la noche y la madrugada de este jueves": a clause with a
            # verb of its own after ", y" is another event's, and so is its day
            return True
        return bool(span.shift and span.shift > 0) and self._shift_after_conjunction(sent_start + pos, start)

    def _shift_after_conjunction(self, position: int, span_start: int) -> bool:
        """Whether a later day counted from the story's ("al día siguiente", "two days later")
        follows a conjunction after the place with no other place between them ("recibió un
        disparo durante una marcha en la avenida Cedeño y murió al día siguiente"; "protestaron en
        Mérida y al día siguiente en Valencia"): it dates what comes after it, and the place
        before keeps the day in force. "en Mérida y Valencia al día siguiente" keeps it for both."""
        conjunctions = list(_CLAUSE_JOIN.finditer(self.doc.text, position, span_start))
        if not conjunctions:
            return False
        found = conjunctions[-1]  # the last conjunction before the day
        starts = self._place_starts
        if starts is None:
            starts = self._place_starts = [start for start, _ in self.not_dates]
        return bisect.bisect_left(starts, found.end()) == bisect.bisect_left(starts, span_start)

    def _reports_past(self, start: int, end: int) -> bool:
        """Whether a sentence reports what happened (a past tense, no plan)."""
        r = self.reading
        return bool(self._search_in(r.past, start, end)) and not self._search_in(r.plan, start, end)

    def event_day(self, position: int) -> date | None:
        """The day of the event "the day after the election" counts from: the last explicit
        day the text gives next to an election word before `position` ("the election of 28
        July", "The presidential election was held on July 28"), else the country profile's
        last election within a year before publication."""
        if self._event_days is None:
            positions: list[int] = []
            values: list[date] = []
            text = self.doc.text
            for line_start in self.doc.line_starts:
                for span in self.paragraph_dates(line_start, self.context_year(line_start))[1]:
                    if span.value is None or span.precision != "day" or span.future:
                        continue
                    if not any(ch.isdigit() for ch in text[span.start : span.end]):
                        continue
                    sent_start, _ = self.doc.sentence_span(span.start)
                    before = self.reading.event_noun.search(
                        text, max(sent_start, span.start - 80), span.start
                    )
                    after = self.reading.anchor_noun_after.match(
                        text, span.end, min(len(text), span.end + 40)
                    )
                    if before or after:
                        positions.append(span.start)
                        values.append(span.value)
            self._event_days = (positions, values)
        positions, values = self._event_days
        index = bisect.bisect_left(positions, position)
        if index:
            return values[index - 1]
        published = self.doc.published
        if published is None:
            return None
        earlier = [d for d in self.reading.elections if d <= published]
        if earlier and (published - earlier[-1]).days <= 366:
            return earlier[-1]
        return None

    def _spans_days(self, sent_start: int, sent_end: int) -> bool:
        """Whether the sentence's time words make its day unknowable (a span, a count over days),
        other than a person's or a place's background: the test _fallback makes before a day
        heading's day, made before a caption's too."""
        return (
            self.time_break(sent_start, sent_end)
            and not self.background_break(sent_start, sent_end)
            and not self._aside_break(sent_start, sent_end)
        )

    def _fallback(self, sent_start: int, sent_end: int, years: list[int]) -> EventDate:
        """The date of an event in a sentence that states no date of its own (the same for every
        place of the sentence: read once)."""
        doc = self.doc
        text = doc.text
        caption = self.caption_date(sent_start)
        if caption is None:
            caption = self.post_date(sent_start)
        if caption is None:
            caption = self.introduced_post_day(sent_start)
        if caption is None:
            caption = self.introduced_post_date(sent_start)
        if caption is not None:
            if self._spans_days(sent_start, sent_end):
                # "Trujillo state recorded 38 arrests over those two days" in a caption or a
                # post: the sentence gives a span, not the caption's day
                return NO_DATE
            return EventDate(caption, "day", "caption")
        if (
            not self.in_window(years)
            or self.is_count_heading(*doc.line_span(sent_start))
            or self.is_count_label(sent_start, sent_end)
            or self.lists_counts(sent_start, sent_end)
        ):
            # another year; a section's count over a report's days, unless a paragraph that
            # introduces the counts with a colon gave their day (list_intro_day)
            if not self.in_window(years):
                return NO_DATE
            day = self.list_intro_day(sent_start)
            return EventDate(day, "day", "heading") if day is not None else COUNTED
        r = self.reading
        if (
            self.time_break(sent_start, sent_end)
            and not self.background_break(sent_start, sent_end)
            and not self._aside_break(sent_start, sent_end)
        ):
            # "han sido detenidas desde el domingo", "all week", "last weekend"; under a
            # chronology's day heading too ("Tras una semana de barricadas en Barrio Sucre"):
            # the sentence gives a span, not the heading's day
            return NO_DATE
        if self._search_in(r.beyond_place, sent_start, sent_end) is not None:
            return NO_DATE  # "The protests were not limited to Lara": the place of all its days
        heading = self.heading_at(sent_start)
        if heading is not None and not self.under_publication_line(sent_start):
            if self.in_timed_entry(sent_start) and self.past_midnight(doc.line_span(sent_start)[0]):
                return EventDate(heading + timedelta(days=1), "day", "heading")  # the early hours after it
            return EventDate(heading, "day", "heading")
        if self.is_title(sent_start):
            # a headline says what the story reports: its day is the lead's; a headline over
            # headings of several days ("Carabobo protests: live updates" above "TUESDAY, MAY 16"
            # and "MONDAY, MAY 15") sums them up and has no day of its own
            lead = self.lead_date(len(text)) if self.lead_has_one_day() and not self.spans_days() else None
            return EventDate(lead, "day", "lead") if lead is not None else NO_DATE
        if (
            doc.published is not None
            and not self.in_timed_entry(sent_start)
            and self._search_in(r.present_perfect, sent_start, sent_end) is not None
        ):
            told = self.in_force(sent_start)
            if told is not None and told < doc.published:
                # "Late Monday, a man was shot dead in Maracay. Protesters have also taken to the
                # streets in Barquisimeto": in a story that has gone back before the day of
                # writing, the present perfect runs up to that day, no one day of its own
                return NO_DATE
        reconstructed = self.reconstructed_day(sent_start)
        if reconstructed is not None:  # a timed entry of a night told hour by hour, days later
            return EventDate(reconstructed, "day", "lead")
        published = doc.published
        if (
            published is not None
            and self.told_in_present(sent_start, sent_end)
            and not (self.in_timed_entry(sent_start) and self.entries_run_forward())  # the
            # historical present of a night told hour by hour ("2:50 a. m. Vecinos trancan...")
        ):
            # "Protesters gather in Guarenas at noon", "En este momento, manifestantes se
            # concentran en Valencia": a live line tells what happens as it is read, not on the
            # day the paragraph before gave. The publication day is a reader's guess for news
            # of the dataset's years only (see below); in other years, only when the paragraph
            # named it ("Hoy jueves, ... Mientras tanto, en Maracaibo, transportistas protestan")
            if (
                published.year in r.years
                or self.names_publication_day(sent_start)
                or self.title_names_publication_day()
            ):
                return EventDate(published, "day", "published")
            return NO_DATE
        day = self.next_sentence_day(sent_start, sent_end)
        if day is not None:  # "In Guanare, a video shows teenagers pushed into a van. They were
            return EventDate(day, "day", "paragraph")  # arrested on Wednesday, 31 July, ..."
        # a later paragraph goes on with the day the text gave for the story's event, in any
        # year, until a break (another day, a count or a range, another time, a plan)
        if self.starts_clock_entry(sent_start):  # a timed entry: the day its headline names, if any
            day = published if self.title_names_publication_day() else None
            if day is None and self.entries_run_forward():
                day = self.first_entry_day()  # a reconstruction hour by hour: the day it told
        elif self.in_counted_section(sent_start):
            day = self.list_intro_day(sent_start)
        else:
            day = self.in_force(sent_start)
            if day is not None:
                day = self.back_to_lead_day(sent_start, day)
            else:
                day = self.lead_after_break(sent_start, sent_end)
        if day is not None:
            return EventDate(day, "day", "in force")
        # the day a paragraph opens with ("Anoche, en Puerto La Cruz, motorizados recorrieron...
        # En Barcelona, la GNB dispersó una concentración"), though its sentence names no protest
        day = self.paragraph_day(sent_start)
        if day is not None:
            return EventDate(day, "day", "paragraph")
        day = self.lead_filed_after(sent_start, sent_end)
        if day is not None:  # "The unrest was not limited to the capital. In Maracaibo, ..."
            return EventDate(day, "day", "lead")
        if heading is not None:  # the page's date line, for what its story gives no day
            return EventDate(heading, "day", "heading")
        if (
            published is not None
            and self._search_in(r.present, sent_start, sent_end)
            and self.names_publication_day(sent_start)
        ):
            # "Hoy jueves, la oposición convocó... Mientras tanto, en Maracaibo, transportistas
            # protestan": the present of a paragraph that named the day of reading, in any year
            return EventDate(published, "day", "published")
        day = self.continued_lead(sent_start, sent_end)
        if day is not None:  # "Además, en Cumaná hubo cacerolazos" after a count or an aside
            return EventDate(day, "day", "lead")
        # the publication day is a reader's guess for news of the dataset's years only: a
        # 2014 post that names no day leaves its events undated (the corpus guidelines). It is
        # never a day in force: it does not go on to later paragraphs.
        if (
            published is not None
            and (published.year in r.years or self.title_names_publication_day())
            and (
                self._search_in(r.present, sent_start, sent_end)
                or not self._search_in(r.past, sent_start, sent_end)
            )
            and not self.looks_back()
            and not self.lead_over_period()
        ):
            return EventDate(published, "day", "published")  # "protesters are gathering"
        return NO_DATE

    def weekday_looked_back(self, value: date, start: int, end: int) -> date:
        """A bare weekday ("la protesta del lunes", "the protest on Monday") read back from
        publication to a day after the lead's, in a story that looks back (see looks_back): the day
        the text wrote before with that weekday, a week earlier ("Un día antes, el lunes 29, la
        protesta había empezado en el norte ... En Puerto Cabello la protesta del lunes fue más
        corta", published Tuesday 6 August: the 29th, not the 5th), as a reader keeps to the days
        the story is about. A day written without its weekday ("el 29") is no such name."""
        before = self.doc.text[max(0, start - 5) : start].lower().split()
        if (
            len(self.doc.text[start:end].split()) != 1
            or not before
            or before[-1] not in _BACK_WEEKDAY_ARTICLES
        ):
            return value  # "este martes", "el martes 6": the day of writing, said as such
        positions, values = self.explicit_days()
        given = next(
            (
                values[index]
                for index in range(bisect.bisect_left(positions, start) - 1, -1, -1)
                if values[index] == value - timedelta(days=7) and self._written_with_weekday(positions[index])
            ),
            None,
        )
        if given is None or self._reading_lead or not self.looks_back():
            return value  # (the lead is read only for a weekday the text gave a week before)
        lead = self.lead_date(len(self.doc.text))
        return value if lead is None or value <= lead else given

    def _written_with_weekday(self, position: int) -> bool:
        """Whether the explicit day at `position` is written with its weekday ("el lunes 29")."""
        words = re.findall(r"\w+", dates_mod.fold_text(self.doc.text[max(0, position - 12) : position + 12]))
        return any(w in self.grammar.weekdays for w in words)

    def looks_back(self) -> bool:
        """Whether the story looks back on days well before its publication: its lead's newest
        day is LOOK_BACK_DAYS or more before it ("Hace una semana, la avenida Michelena amaneció
        cerrada", published a week later). Then the publication day is no guess for a sentence
        that gives none ("Familias del sur de Valencia recorren tribunales..."): the story tells
        what happened then, and what goes on now is no protest of that day."""
        published = self.doc.published
        lead = self.lead_date(len(self.doc.text))
        return published is not None and lead is not None and (published - lead).days >= LOOK_BACK_DAYS

    def lead_over_period(self) -> bool:
        """Whether the story's lead tells its protests over a span and names no day ("En los
        últimos siete días se registraron al menos 187 protestas en 19 estados"): a weekly
        bulletin or a look back, whose sentences without a day of their own ("Zulia encabeza el
        registro con 31 protestas") are of those days, not of the day of publication. Read once,
        from the lead's protest sentences (lead_date) and their time breaks."""
        if self._over_period is None:
            self.lead_date(len(self.doc.text))
            lead = self._lead or []
            self._over_period = not any(days for _, days in lead) and any(
                self.time_break(*self.doc.sentence_span(end - 1)) for end, _ in lead
            )
        return self._over_period

    def reconstructed_day(self, sent_start: int) -> date | None:
        """The past day a story reconstructs hour by hour, for a timed entry that names no day
        ("Using videos, this agency reconstructed the night of July 29 ... 7:50 p.m. — A crowd
        gathers at the roundabout"): the one day of the lead, before the day of reading, when
        neither the headline, a day line above the entry nor the entry's paragraph names a day (a
        live blog's entries are its day of reading)."""
        published = self.doc.published
        if (
            published is None
            or not self.starts_clock_entry(sent_start)
            or self.title_names_publication_day()
            or self.heading_at(sent_start) is not None  # a day line above the entries
            or not self.lead_has_one_day()
        ):
            return None
        lead = self.lead_date(LEAD_CHARACTERS)
        if lead is None or lead >= published or self.names_publication_day(sent_start):
            return None
        return lead

    def title_names_publication_day(self) -> bool:
        """Whether the story's headline names the day of reading ("EN VIVO | Lo que sabemos del
        alzamiento de este 30 de abril"): then its present-tense and verbless lines (a live
        blog's "7:30 am | Cientos de personas llegan al distribuidor Altamira") are that day's in
        any year, as a paragraph that names it makes them (see names_publication_day)."""
        if self._title_day is None:
            published = self.doc.published
            found = False
            if published is not None and self.doc.text and self.is_title(0):
                _, line_end = self.doc.line_span(0)
                found = any(
                    s.value == published and s.precision == "day" for s in self.event_dates(0, line_end).spans
                )
            self._title_day = found
        return self._title_day

    def told_in_present(self, start: int, end: int) -> bool:
        """Whether the sentence [start, end) tells a protest in the present as its main verb: a
        present report comes before any past tense ("Protesters gather in Guarenas, a councillor
        said"), so that a past clause around it does not count ("Students who marched are...")."""
        present = self._search_in(self.reading.present_report, start, end)
        if present is None:
            return False
        past = self._search_in(self.reading.past, start, start + present.start())
        return past is None

    def _paragraph_sentences(self, position: int) -> list[tuple[int, int]]:
        """The sentences of the paragraph of `position` before the one of `position`, at most
        PARAGRAPH_REACH of them (nearest last): what a reader looks back over for a day set
        earlier in the paragraph. Bounded, so that a text without line breaks stays linear."""
        line_start, _ = self.doc.line_span(position)
        starts = self.doc.sent_starts
        index = bisect.bisect_right(starts, position) - 1
        out: list[tuple[int, int]] = []
        while index > 0 and len(out) < PARAGRAPH_REACH and starts[index] > line_start:
            index -= 1
            start = starts[index]
            if start < line_start:
                break
            out.append((start, min(starts[index + 1], start + SENTENCE_WINDOW)))
        out.reverse()
        return out

    def back_to_lead_day(self, sent_start: int, day: date) -> date | None:
        """The lead's one day, not `day`, for a paragraph that opens on a new place in a
        round-up of places ("En Coro, estado Falcón, manifestantes derribaron..."), when `day`
        is an older day an earlier paragraph gave for its own place ("En Maracay, ... durante
        la noche del lunes"): a wire story's places each get the day of the story, unless their
        own paragraph names another. A day given in a sentence that does not open on a place
        ("El lunes, ...") goes on as before. None when the lead tells its protests over a span
        and names no day of its own (lead_over_period): a report's places are of its days."""
        text = self.doc.text
        line_start = self.doc.line_span(sent_start)[0]
        if line_start != sent_start or _PLACE_OPENER.match(text, sent_start) is None:
            return day
        positions, values = self.known_days()
        index = bisect.bisect_left(positions, sent_start)
        if not index or values[index - 1] != day or positions[index - 1] >= line_start:
            return day
        given_start = self.doc.sentence_span(positions[index - 1])[0]
        if _PLACE_OPENER.match(text, given_start) is None:
            return day
        if self.lead_over_period() and given_start >= LEAD_CHARACTERS:
            # "registró 187 protestas entre el lunes 29 y el martes 30 de julio ... En Zulia, el
            # Observatorio registró cacerolazos": a report over the lead's days, none of them
            return None
        if positions[0] >= LEAD_CHARACTERS or self.doc.line_span(positions[0])[1] >= given_start:
            return day  # no day in the lead, or the lead's paragraph is the one that gave `day`
        lead = values[0]  # the first day the lead gives is the story's
        return lead if lead > day else day

    def lead_after_break(self, sent_start: int, sent_end: int) -> date | None:
        """The lead's one day for a past report that opens on a new place ("In Táriba, protesters
        blocked the road ..."), in a paragraph that gives no day, no break and no other day of its
        own, when what broke the day in force before it was a place's own aside in an earlier
        paragraph ("students who live in Pueblo Nuevo and Las Acacias, where barricades have been
        up since the weekend"): such a range is those places', and ends with its paragraph; a day
        story's next places go on with the day of its lead. A break that names no place (a
        running count: "Foro Penal counts 177 arrests since Monday", "Since the uprising began on
        Tuesday, at least four people have been killed"), or that writes a figure or a time of its
        own (a count, another year, "last weekend") leaves the story's day behind, and a
        lead day that only a counted section gave ("Caracas (117 protests)" over "On Monday the
        21st, ...") is that section's, not the story's."""
        text = self.doc.text
        line_start = self.doc.line_span(sent_start)[0]
        if (
            # the paragraph's later sentences go on with it ("In Los Teques, residents banged pots.
            # Protesters in Puerto La Cruz burned tyres")
            (_PLACE_OPENER.match(text, sent_start) is None and _PLACE_OPENER.match(text, line_start) is None)
            or not self.lead_has_one_day()
        ):
            return None
        if not self._reports_past(sent_start, sent_end):
            return None
        before = self._paragraph_sentences(sent_start)
        if (
            (before and before[0][0] != line_start)
            or any(change.sets or change.days for change in (self._change(a, b) for a, b in before))
            # a later sentence's day that is the lead's ("En Táriba, vecinos trancaron la Troncal 5.
            # En Rubio, ... se concentró ayer") says the paragraph is the lead's day
            or self.line_has_day(sent_start, but=self.lead_date(sent_start))
        ):
            return None  # beyond the reach, or the paragraph itself gives, breaks or moves a day
        starts = self.doc.sent_starts
        index = bisect.bisect_right(starts, line_start) - 1
        for _ in range(PARAGRAPH_REACH):  # the nearest sentence before that broke or gave a day
            if index <= 0:
                break
            index -= 1
            start, end = starts[index], min(starts[index + 1], starts[index] + SENTENCE_WINDOW)
            change = self._change(start, end)
            if (
                not change.sets
                and change.days == {self.doc.published}
                and self._words_of_the_day(self._unit_start(start))
            ):
                continue  # '"Today we cannot go back to being silent," he said': someone's words
            if (
                change.sets
                and change.day is None
                and start >= LEAD_CHARACTERS
                and self._search_in(self.reading.plan, start, end)
            ):
                break  # "Machado called for a rally in Caracas on Saturday": a plan after the lead
            if change.sets or change.days:
                first = bisect.bisect_left(self.not_dates, (start, start))
                if first >= len(self.not_dates) or self.not_dates[first][0] >= end:
                    return None  # it names no place: the story's frame moved
                if _DIGIT.search(text, start, end) or self.event_dates(start, end).spans:
                    return None  # a count, another year or another day: not a place's own range
                break
        lead = self.lead_date(sent_start)
        given = next((end for end, days in self._lead or () if lead in days), None)
        if given is None:
            return None
        given_line = self.doc.line_span(self.doc.sentence_span(given - 1)[0])[0]
        if given_line > 0 and self.is_count_heading(*self.doc.line_span(given_line - 1)):
            return None  # the lead day is a counted section's
        return lead

    def paragraph_day(self, position: int) -> date | None:
        """The day the paragraph of `position` opens with ("Anoche, ...", "El sábado, ...", "On
        Tuesday, ..."), when its first sentence gives that one day, no plan and no count, and the
        sentences between give no other day nor a break."""
        before = self._paragraph_sentences(position)
        if not before or before[0][0] != self.doc.line_span(position)[0]:
            return None  # the paragraph's first sentence, or beyond the reach
        first_start, first_end = before[0]
        said = self.event_dates(first_start, first_end)
        days = {s.value for s in said.spans if s.value is not None and s.precision == "day"}
        if (
            len(days) != 1
            or said.unresolved
            or said.anchored
            or self.time_break(first_start, first_end)
            or self._search_in(self.reading.plan, first_start, first_end)
            or (
                len(self.doc.text[first_start : first_start + min(s.start for s in said.spans)].split())
                > OPENING_WORDS
                and not self._place_and_its_day(first_start, first_end)
                and not self._names_only_a_day(first_start, first_end)
            )
        ):
            return None
        day = days.pop()
        for start, end in before[1:]:
            change = self._change(start, end)
            if change.sets or (change.days and change.days != {day}):
                return None
        return day

    def _names_only_a_day(self, start: int, end: int) -> bool:
        """Whether the sentence [start, end) is a short one about a day and nothing else ("La
        jornada más violenta fue la del lunes.", "Monday was the worst day."): it opens the
        paragraph's account of that day, wherever in it the day stands (not a statement's day)."""
        return (
            len(self.doc.text[start:end].split()) <= DAY_SENTENCE_WORDS
            and self.reading.reporting_verb.search_in(self.doc, start, end) is None
        )

    def _place_and_its_day(self, start: int, end: int) -> bool:
        """Whether the sentence [start, end) opens on a place as its subject and says nothing
        but what befell it on a day ("Valencia had its own victim on Tuesday."): the day of the
        paragraph it opens, wherever in the sentence the day stands (no reporting verb: "Caracas
        said on Tuesday" is a statement's day)."""
        index = bisect.bisect_left(self.not_dates, (start, start))
        if index >= len(self.not_dates) or self.not_dates[index][0] != start:
            return False
        return self.reading.reporting_verb.search_in(self.doc, start, end) is None

    def names_publication_day(self, position: int) -> bool:
        """Whether an earlier sentence of the paragraph of `position` names the day of reading
        ("Hoy jueves", "Today", "este lunes" in a Monday story)."""
        published = self.doc.published
        return any(
            s.value == published and s.precision == "day"
            for start, end in self._paragraph_sentences(position)
            for s in self.event_dates(start, end).spans
        )

    def continued_lead(self, start: int, end: int) -> date | None:
        """The lead's day for a sentence that continues the story's event elsewhere ("also",
        "meanwhile", "in other cities", "también", "además"), after an aside or a count broke
        the day in force: only when the lead reports one day and no other day came since."""
        if not self.lead_has_one_day() or not any(
            self._search_in(self.reading.continuation, a, b)
            for a, b in (*self._paragraph_sentences(start), (start, end))
        ):
            return None  # the continuation may open the paragraph: "Las protestas se extendieron
            # a otras ciudades. En Valencia, manifestantes trancaron la avenida Bolívar"
        lead = self.lead_date(len(self.doc.text))
        if lead is None:
            return None
        if self._other_days is None:
            positions, values = self.known_days()
            self._other_days = [
                p for p, v in zip(positions, values, strict=True) if v != lead and p >= LEAD_CHARACTERS
            ]
        index = bisect.bisect_left(self._other_days, start)
        return lead if index == 0 else None

    def lead_filed_after(self, start: int, end: int) -> date | None:
        """The lead's one day for a later report in the past that no day in force reaches, in a
        story filed after that day ("Protesters clashed with police on Monday night" in Tuesday's
        paper; "The unrest was not limited to the capital. In Maracaibo, demonstrators tore down
        a statue"): what the story goes on to tell happened on the day it is about, not on the
        day of filing (a page's date line under the byline is that day), unless the text named
        another day since the lead (as continued_lead, without its word of continuation)."""
        published = self.doc.published
        if (
            published is None
            or not self.lead_has_one_day()
            or not self._reports_past(start, end)
            or self.in_counted_section(start)  # a bulletin's section: its days, not the lead's
        ):
            return None
        lead = self.lead_date(len(self.doc.text))
        if lead is None or lead >= published:
            return None
        if self._other_days is None:
            positions, values = self.known_days()
            self._other_days = [
                p for p, v in zip(positions, values, strict=True) if v != lead and p >= LEAD_CHARACTERS
            ]
        if bisect.bisect_left(self._other_days, start) != 0:
            return None
        given = next((end for end, days in self._lead or () if lead in days), None)
        if given is None or given > start:
            return None  # the lead's day is told after the place: it does not carry back
        unit = self._unit_start(start)
        walked: list[int] = []  # the units read back, which share the outcome (each is read once)
        outcome: date | None = lead
        while unit > 0:  # the nearest sentence before that broke the day in force
            if unit in self._carried:
                outcome = self._carried[unit]
                break
            walked.append(unit)
            previous = self._unit_start(unit - 1)
            stops, outcome = self._break_carries(previous, lead)
            if stops:
                break
            unit = previous
        for seen in walked:
            self._carried[seen] = outcome
        return outcome

    def _break_carries(self, unit: int, lead: date) -> tuple[bool, date | None]:
        """What the sentence at `unit` does to the lead's day for the reports after it (see
        lead_filed_after): (False, lead) when it neither breaks nor gives a day; else (True,
        the lead's day) for a break that is a place's own range, (True, None) for any other."""
        a, b = self._unit_span(unit)
        change = self._change(a, b)
        if change.days:
            return True, None  # another day, for something else ("The CNE announced the results on Sunday")
        if not change.sets:
            return False, lead
        said = self.event_dates(a, b)
        first = bisect.bisect_left(self.not_dates, (a, a))
        last = bisect.bisect_left(self.not_dates, (b, b)) - 1
        if (
            first >= len(self.not_dates)
            or self.not_dates[first][0] >= b  # it names no place: the story's frame moved
            or _DIGIT.search(self.doc.text, a, b)  # a count, another year
            # a week, a month: a range of events, unless told after the places, as theirs
            # ("classmates detained in San Cristóbal and Mérida, where the protests began last week")
            or any(a + x.start < self.not_dates[last][1] for x in said.spans)
            or said.anchored  # "since the election", "tras las elecciones"
            or said.unresolved
            or self._search_in(self.reading.present_perfect, a, b) is not None  # a running count
        ):
            return True, None
        return True, lead

    def opens_sentence(self, position: int) -> bool:
        """Whether the place at `position` opens its sentence as its place ("In Lara, our monitors
        counted 11 sit-ins", "En Carabobo, un joven..."): the state's own report, under a day's
        heading that day's, as a line that gives its own day is."""
        sent_start, _ = self.doc.sentence_span(position)
        return _PLACE_OPENER.match(self.doc.text, sent_start) is not None and (
            len(self.doc.text[sent_start:position].split()) <= 2
        )

    def line_has_day(self, position: int, but: date | None = None) -> bool:
        """Whether the line (paragraph) of `position` writes a day of its own (other than `but`)."""
        line_start, _ = self.doc.line_span(position)
        spans = self.paragraph_dates(line_start, self.context_year(line_start))[1]
        return any(
            (s.value is not None and s.precision == "day" and (but is None or s.value != but))
            # "Ese mismo día, cinco personas murieron en el Distrito Capital": the day it refers to
            or (s.weekday == dates_mod.ANY_DAY and self.referred_day(s.start, s.weekday) is not None)
            for s in spans
        )

    def spans_days(self) -> bool:
        """Whether the text's chronology headings name more than one day (read from the
        headings already found)."""
        return len({day for day in self.headings()[1] if day is not None}) > 1

    def shares_a_count(self, position: int) -> bool:
        """Whether the place at `position` is in the list that a count is shared out among, in its
        own clause ("Foro Penal counts more than 400 arrests, most of them in Caracas, Zulia and
        Lara", "Las 13 protestas restantes se distribuyeron entre Lara, Aragua y Sucre"): a total
        over the report's days, so the day in force or the publication day is no day of its
        places. A day the sentence states for the place is left to the reader (not a guess)."""
        sent_start = self.doc.sentence_span(position)[0]
        window = max(sent_start, position - COUNT_SHARE_REACH)
        share = None
        for share in self._finditer_in(self.reading.count_shares, window, position):
            pass  # the last one before the place
        if share is None or _LIST_OF_PLACES.fullmatch(self.doc.text, share.end(), position) is None:
            return False
        # "Distrito Capital: 22 detenidos. La mayoría en la plaza Venezuela", in a run of counts
        # that a paragraph gives its day ("Estas son las cifras de ese día, por estado:"): that day's
        line_start, line_end = self.doc.line_span(position)
        counted_line = self.is_count_heading(line_start, line_end) or _COUNT_LINE.match(
            self.doc.text, line_start, line_end
        )
        return not (counted_line and self.list_intro_day(line_start) is not None)

    def _finditer_in(self, words: Words, start: int, end: int) -> Iterable[re.Match[str]]:
        """The matches of `words` in the window, none without the scan when the window lacks
        every string a match needs (see _search_in); positions are the document's."""
        lowered = self.doc.lowered
        if (
            lowered is not None
            and words.lower is not None
            and not prefilter.prefiltered(words.lower).may_match(lowered[start:end])
        ):
            return ()
        return words.finditer(self.doc.text, start, end, lowered=lowered)

    def is_title(self, position: int) -> bool:
        """Whether `position` is in the story's headline: its first line, short and without a
        full stop, above the text."""
        line_start, line_end = self.doc.line_span(position)
        if line_start != 0 or line_end >= len(self.doc.text):
            return False
        line = self.doc.text[line_start:line_end].strip()
        return 0 < len(line) <= 160 and not line.endswith((".", "!", "?"))


COUNT_SHARE_REACH = 100
"""Characters before a place in which the words sharing a count out are looked for."""
_LIST_OF_PLACES = re.compile(
    r"(?:[^\W\d_][\w'’.-]*|\d[\d.,]*|[^\S\n]+|,)*?[^\S\n]*", re.UNICODE
)
"""What may stand between the words sharing a count and a place of their list: names, counts,
commas and conjunctions ("entre Lara, Aragua, Carabobo, Sucre y Monagas", "96 of them in Lara and
88 in Carabobo"); no clause's end (a full stop, a semicolon, a bracket)."""


_APPOSED = re.compile(r"\s*,\s*")
"""What stands between a day and a shift in apposition to it ("el 22 de enero, un día antes de la
gran movilización"): the shift names that day again, counted from another event."""


_PLUPERFECT_YEAR = re.compile(
    r"\b(?:hab[ií]an?|had)\s+(?:[^\W\d_]+\s+){1,6}?(?:en|in)\s+(?:19|20)\d\d\b", re.IGNORECASE
)
"""A year told in the pluperfect ("había sido candidato presidencial en 2006", "had run for
president in 2006"): what someone had done before, not a time of the story."""


_COUNTED_FROM_CLAUSE = re.compile(r"\s+de\s+que\b", re.IGNORECASE)
"""What follows a shift counted from an event told as a clause ("un día después de que el CNE
anunciara los resultados"), rather than from the day before it."""


def _restated_shift(text: str, spans: Sequence[dates_mod.DateSpan], index: int) -> bool:
    """Whether the span at `index` is a shift that the explicit day right after it names again
    ("Al día siguiente, el martes 30 de julio, la protesta cruzó la ciudad", "The next day,
    Tuesday, July 30, ..."): the day is the explicit one, whatever day was in force before (a
    later day named in passing, such as a release, would otherwise be shifted). The offsets
    of the spans are those of `text`."""
    span = spans[index]
    if span.shift is None or index + 1 >= len(spans):
        return False
    after = spans[index + 1]
    return (
        after.value is not None
        and after.precision == "day"
        and after.shift is None
        and after.offset is None
        and any(c.isdigit() for c in text[after.start : after.end])  # explicit, not a bare weekday
        and _RESTATED.fullmatch(text, span.end, after.start) is not None
    )


_CLAUSE_MARKS = (",", ";", ":", "(", ")", "—", "–")
"""What closes a clause around a day told in passing (see _DateReader._aside_clause)."""

_TOLD_IN_PASSING = re.compile(
    r"\b(que|quien(?:es)?|cuy[oa]s?|who|whose)\b"
    r"|\b(?:fue|fueron|ha|han|hab[ií]an?|sido|was|were|has|have|had|been)\s+(?:\w+\s+)?"
    r"(?:\w{3,}(?:ad|id)[oa]s?|\w{3,}ed)\b",
    re.I,
)
"""A relative pronoun, or a participle after its auxiliary, before a day in its clause: the day of
something said in passing ("que fue liberado el viernes", "fueron liberados el miércoles", "was
released on Friday"), not a day that opens its clause ("El lunes, ...", ", el martes 30,")."""

_PASSIVE_AFTER_DAY = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:he|she|they|él|ella|ellos|ellas)[^\S\n]+)?"
    r"(?:fue|fueron|was|were)[^\S\n]+(?:\w{3,}(?:ad|id)[oa]s?|\w{3,}ed)\b",
    re.I,
)
"""A passive right after a day ("El lunes fue presentado", "On Friday he was released"): see
_DateReader._passive_of_passing."""

_REFERS_BACK = re.compile(r"\b(?:es[ae]s?|aquel(?:la)?s?|mism[oa]s?|that|same)\b", re.I)
"""A day that refers back to the one in force ("ese día", "aquel lunes", "that night")."""

_RESTATED = re.compile(r"\s*,\s*(?:[^\W\d_]{1,9}\s+){0,2}")
"""What stands between a shift and the explicit day that names it again: a comma, and at most
an article and a weekday (", el martes ", ", Tuesday, ")."""


_DAY_REFERRED = re.compile(
    r"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b"
    r"|\b(?:es[ae]|aquel(?:la)?|la misma|el mismo) (?:día|mañana|tarde|noche|jornada)\b",
    re.I,
)
"""A time that refers back to the day before it ("Later that evening", "esa misma noche"): asked
only of a paragraph (anywhere in it) when a day before the lead's would give way to it."""


def _without_referred_days(sentence: str, spans: list[dates_mod.DateSpan]) -> list[dates_mod.DateSpan]:
    """The days of a sentence that opens on its day ("On Tuesday, February 18, López, accused of
    inciting the violence of February 12, led a march from Plaza Brión"), without a later day that
    is a noun's complement: that names another event, and the sentence's places keep its opening
    day. A sentence that does not open on a day is left as it is."""
    first = spans[0]
    if _OPENING_DAY.fullmatch(sentence, 0, first.start) is None:
        return spans
    opening = first.end
    for s in spans[1:]:  # "Tuesday, February 18": one opening day in two spans
        if s.start - opening > 3:
            break
        opening = s.end
    if not sentence[opening:].lstrip().startswith(","):
        return spans
    kept = [
        s
        for s in spans
        if s.start <= opening or _NOUN_OF_DAY.search(sentence, max(0, s.start - 40), s.start) is None
    ]
    return kept if len(kept) < len(spans) else spans


_COUNTED = re.compile(r"(?<![\d:.,])\d{2,}(?:[.,]\d{3})*\s+[^\W\d_]{4,}")
"""A count of ten or more of something ("143 personas", "46 people", "1.200 detenidos"): not a
day ("29 de julio") nor an hour ("18:30 horas"), whose numbers are lower or glued to a colon."""
_DAY_PAIR = re.compile(r"\s*,?\s*(?:y|e|and)\s+(?:(?:el|la|on)\s+)?$")
"""What joins two days of one count: "el lunes y el martes", "Monday and Tuesday"."""


def _days_of_one_count(sentence: str, spans: list[dates_mod.DateSpan]) -> list[dates_mod.DateSpan]:
    """Two days joined by a conjunction alone ("del lunes y el martes", "on Monday and Tuesday")
    in the clause of a count ("fueron detenidas 143 personas ... durante las protestas del lunes y
    el martes"): the count is over both days, so neither is its day. None else (two days of one
    protest keep theirs: "hubo trancazos el miércoles y el jueves")."""
    for first, second in zip(spans, spans[1:], strict=False):
        if first.precision != "day" or second.precision != "day" or first.value == second.value:
            continue
        if not _DAY_PAIR.match(sentence, first.end, second.start):
            continue
        clause_start = sentence.rfind(";", 0, first.start) + 1
        clause_end = sentence.find(";", second.end)
        if _COUNTED.search(sentence, clause_start, len(sentence) if clause_end < 0 else clause_end):
            return [first, second]
    return []


def _in_month(month: date, day: int) -> date | None:
    """Day `day` of the month of `month` (its first day), None when the month is shorter."""
    try:
        return month.replace(day=day)
    except ValueError:
        return None


def _day_of_number(words: str, base: date) -> date | None:
    """The day numbered in `words` ("madrugada del 13") in the month of `base`, or in the next
    month when the number is lower than base's day ("el 28 de enero ... la noche del 2")."""
    numbers = _DAY_NUMBER.findall(words)
    if len(numbers) != 1:
        return None
    day = int(numbers[0])
    month = base.replace(day=1)
    if day < base.day:  # the next month
        month = (month + timedelta(days=32)).replace(day=1)
    try:
        return month.replace(day=day)
    except ValueError:
        return None


_CLOCK_TIME = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?\s?m\b)?", re.I)
"""The hour, minutes and half of the day of a timed entry's start ("2:50 a. m.", "18:30")."""

EVENING_MINUTE = 18 * 60
EARLY_HOURS_MINUTE = 6 * 60
"""An entry at or after 18:00 followed by one before 06:00 turns the clock past midnight."""

EARLY_HOURS_LINES = 4
"""Lines back from "that night" in which a timed entry of the early hours sets the night before."""

MIN_FORWARD_ENTRIES = 3
"""Timed entries, in order, that make a reconstruction hour by hour (two could be chance)."""


def _minute_of_day(entry: str) -> int:
    """The minute of the day a timed entry starts at ("2:50 a. m." -> 170, "6:00 p.m." -> 1080)."""
    found = _CLOCK_TIME.search(entry)
    if found is None:
        return 0
    hour = int(found.group(1)) % 12 if found.group(3) else int(found.group(1))
    if (found.group(3) or "").lower() == "p":
        hour += 12
    return hour * 60 + int(found.group(2) or 0)


def _quoted(sentence: str, offset: int) -> bool:
    """Whether `offset` is inside a quotation of `sentence` (straight, curly or angle quotes)."""
    before = sentence[:offset]
    if before.count('"') % 2:
        return True
    opened = max(before.rfind("“"), before.rfind("«"))
    return opened > max(before.rfind("”"), before.rfind("»"))


_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘][^'‘’\n]{1,80}?['’](?!\w)")


def _single_quoted(sentence: str, offset: int) -> bool:
    """Whether `offset` is inside a quotation in single quotes, as headlines write them ("Machado
    says 'today we are stronger'"); an apostrophe ("Venezuela's") opens none."""
    return any(m.start() < offset < m.end() for m in _SINGLE_QUOTED.finditer(sentence))


HEADING_MARKS = "*_#=|"
"""Marks around a heading line that say it is one (bold, a Markdown heading), not part of it."""

STORY_DAYS = 183
"""How far from publication a date in a sentence with other dates may be and still be the
story's own time (a date years away is context)."""

DAY_HEADING_CHARACTERS = 40
DAY_HEADING_WORDS = 5
"""The longest section heading that names a day ("What happened on Monday"), in characters and
words: a longer line is a sentence."""

DAYS_HEADING_CHARACTERS = 60
"""The longest heading of several days: every word of one is a day's, a month's, a weekday's or a
short joining word, so its length tells little, and weekdays make it long ("Miércoles 31 de julio
y jueves 1 de agosto", 42 characters)."""
INTRO_WORDS = 6
"""Fewest words of a line that introduces a quoted post with its day and a colon (a shorter
one is a heading: "10 y 11 de marzo:")."""
PARAGRAPH_REACH = 6
"""How many sentences back a day set by a paragraph's opening still governs (bounded work)."""

_BACK_WEEKDAY_ARTICLES = frozenset({"el", "del", "on"})
"""The word before a bare weekday that may name a day the text gave ("la protesta del lunes")."""

LOOK_BACK_DAYS = 7
"""Days between a lead's newest day and publication from which a story looks back (see looks_back):
a week, as a follow-up counts ("Una semana después"); a wire story of a few days later still
guesses the day of reading (test_the_next_sentence_that_writes_the_events_day_gives_it)."""

_BARE_WEEKDAY_ARTICLES = frozenset({"el", "del", "on"})
"""The word before a bare weekday ("el martes", "la madrugada del martes", "on Tuesday"): not
"este", "this", "hoy"."""

DAY_SENTENCE_WORDS = 8
"""The longest sentence that opens a paragraph by naming its day alone ("La jornada más violenta
fue la del lunes."): longer, it tells something of its own."""

OPENING_WORDS = 3
"""How many words may come before the day that opens a paragraph ("El sábado", "On Tuesday",
"Ese día también"): later in the sentence, a day is the sentence's, not the paragraph's."""

RANGE_REACH = 60
"""Characters between a place and a range or count that makes its event that span (see
range_beside_place)."""

PLACE_WORDS = 4
"""Words a place's name (and an article) may take before a range right after it ("Valencia |
over the next two days", "Ciudad Bolívar | since Monday")."""

ANNOUNCED_REACH = 90
"""Characters between a reporting verb and the count it announces ("announced on Friday 2 August
that 126 people"): the statement's clause, not a whole sentence."""

CALM_REACH = 60
"""How far (characters) from a day the words of calm returning may be to make it the calm's day."""

CALM_WORDS = 6
"""How many words may stand between the calm words and their day ("calm had returned | to the
city on | Thursday")."""

NIGHT_REACH = 120
"""How far before a place "tras una noche de" / "after a night of" may open its clause."""

NIGHT_AFTER_REACH = 30
"""How far after a day "after a night of" / "tras una noche de" may follow it and be its eve
("on Tuesday morning after a night of protests")."""

HEAD_LINES = 6
"""How many non-blank lines at the top of a story may hold its dateline: a wire update puts its
headline, "(Updates with ...)" note and byline above it, each with a blank line after."""

SECTION_LABEL_WORDS = 3
"""The most words of a bulletin's last section label without a count ("Otros estados.")."""

COUNT_HEADING_CHARACTERS = 60
"""Longest section heading with a count ("Distrito Capital (117 protestas)")."""

BYLINE_CHARACTERS = 90
"""Longest byline line ("Por Redacción | 9 de junio de 2017")."""


def dateline_spans(doc: Document, reading: Reading | None = None) -> list[tuple[int, int]]:
    """The datelines at the start of the text's lines ("CARACAS, Aug 6 (Reuters) -",
    "MARACAIBO, 12 ago (EFE).–") and dated bylines ("Por Redacción | 9 de junio de 2017"):
    their date is the filing or publication day, not an event's."""
    spans = []
    for line_start in _first_lines(doc, HEAD_LINES):
        match = _DATELINE.match(doc.text, line_start, min(len(doc.text), line_start + 90))
        if match and (reading is None or _names_a_month(match.group(), reading)):
            spans.append((match.start(), match.end()))
            continue
        _, line_end = doc.line_span(line_start)
        if (
            reading is not None
            and 0 < line_end - line_start <= BYLINE_CHARACTERS
            and reading.byline.match(doc.text, line_start, line_end)
            and any(ch.isdigit() for ch in doc.text[line_start:line_end])
        ):
            spans.append((line_start, line_end))
    return spans


def _weekday_days(text: str, grammar: dates_mod.DateGrammar) -> list[tuple[int, int, int]]:
    """The (weekday, month, day) of each day written with its weekday and month ("lunes 29 de
    julio", "Monday, July 29", "Monday 29 July"), read once from the folded text."""
    weekdays = [w for w in grammar.weekdays if w.isalpha() and len(w) > 3]
    months = [m for m in grammar.months if m.isalpha() and len(m) > 3]
    if not weekdays or not months:
        return []
    wd = "(?P<weekday>" + "|".join(sorted(weekdays, key=len, reverse=True)) + ")"
    mo = "|".join(sorted(months, key=len, reverse=True))
    pattern = re.compile(
        r"\b" + wd + r",?\s+(?:(?P<day>\d{1,2})\s+(?:de\s+)?(?P<month>" + mo + r")"
        r"|(?P<month2>" + mo + r")\s+(?P<day2>\d{1,2}))\b"
    )
    out = []
    for match in pattern.finditer(dates_mod.fold_text(text)):
        day = int(match.group("day") or match.group("day2"))
        month = grammar.months[match.group("month") or match.group("month2")]
        out.append((grammar.weekdays[match.group("weekday")], month, day))
    return out


def _all_fall(days: list[tuple[int, int, int]], year: int) -> bool:
    """Whether every (weekday, month, day) of `days` falls on its weekday in `year`."""
    for weekday, month, day in days:
        try:
            if date(year, month, day).weekday() != weekday:
                return False
        except ValueError:
            return False
    return True


def _search_checked(words: Words, text: str) -> re.Match[str] | None:
    """words.search(text), without the scan when the lower-cased text lacks what every match
    needs (see prefilter): "since ... began" before a date is rare, the window is read each time."""
    lower = words.lower
    lowered = lowered_exactly(text) if lower is not None else None
    if lower is not None and lowered is not None and not prefilter.prefiltered(lower).may_match(lowered):
        return None
    return words.search_checked(text, lowered)


_NOT_UNICODE = ~int(re.UNICODE)
_IGNORECASE = int(re.IGNORECASE)
"""The flags _lowered reads, as plain ints: `pattern.flags & ~re.UNICODE` builds two RegexFlag
members through enum's Python code at each of the reader's thousands of searches per story."""


def _lowered(pattern: re.Pattern[str]) -> Words | None:
    """A case-insensitive pattern of the reading as reading.Words, which reads the document's
    lower-cased text when it can (compiled once per pattern); None for a pattern with other flags."""
    if pattern.flags & _NOT_UNICODE != _IGNORECASE:
        return None
    return _words_of(pattern.pattern)


@functools.lru_cache(maxsize=32)
def _words_of(source: str) -> Words:
    return Words.compile(source)


@functools.lru_cache(maxsize=256)
def _document_gate(pattern: re.Pattern[str]) -> dates_mod.WordGate | None:
    """The whole words every match of `pattern` (a reading's phrase, read over the document's
    lower-cased or folded text) holds, as dates.WordGate reads them, or None: a document whose
    words lack them has no match anywhere (see _DateReader.may_be_in_document). Patterns are
    few and live as long as their reading, so the cache stays small. A pattern compiled with a
    flag (its source read otherwise) gets none."""
    if pattern.flags & ~re.UNICODE:
        return None
    return dates_mod.WordGate.of(pattern)


def _kinds_of(reading: Reading) -> frozenset[str]:
    """The event kinds of `Reading.all_triggers_lower`'s groups (its union of the triggers)."""
    pattern = reading.all_triggers_lower
    return frozenset(pattern.groupindex) - {"meeting"} if pattern is not None else frozenset()


def _words_between(doc: Document, start: int, end: int) -> set[str]:
    """The folded words of [start, end) (a paragraph: no token crosses its ends), with the parts
    of its hyphenated ones ("julio-agosto"), as dates.find_dates reads them."""
    words = set(doc.folded[bisect.bisect_left(doc.tok_start, start) : bisect.bisect_left(doc.tok_start, end)])
    if doc.text.find("-", start, end) >= 0:
        words.update(part for word in list(words) if "-" in word for part in word.split("-"))
    return words


def _first_lines(doc: Document, count: int) -> list[int]:
    """The starts of the first `count` non-blank lines (at most four times as many lines read)."""
    out: list[int] = []
    for line_start in doc.line_starts[: 4 * count]:
        if not _BLANK_LINE.match(doc.text, line_start):
            out.append(line_start)
            if len(out) == count:
                break
    return out


def _names_a_month(dateline: str, reading: Reading) -> bool:
    """Whether a dateline's words include a month ("12 ago", "Aug 6"): "CARACAS, 12 personas
    detenidas —" is a sentence, not a dateline."""
    months = {**dates_mod.date_grammar().months, **reading.dates.months}  # wire style, any language
    # "SAN CRISTÓBAL, 30 de julio.-": the month with the dateline's own dash glued to it
    return any(word.rstrip(".-—–") in months for word in dates_mod.fold_text(dateline).split())


def filing_date(doc: Document, datelines: list[tuple[int, int]], reading: Reading) -> date | None:
    """The day the first dateline or dated byline gives, with its year or the year the text
    names ("CARACAS, 6 de agosto de 2024 (EFE)"): the publication day of a story whose
    publication date is unknown (never an event's day)."""
    for start, end in datelines[:1]:
        year = dates_mod.YearContext(doc.text, reading.dates).at(end)
        spans = dates_mod.find_dates(doc.text[start:end], None, year, reading.dates)
        days = [s.value for s in spans if s.value is not None and s.precision == "day"]
        if len(days) == 1:
            return days[0]
    return None


WRITTEN_BEFORE = timedelta(days=2)
"""How long before its publication a story's dateline may date its writing."""


def written_day(doc: Document, datelines: list[tuple[int, int]], reading: Reading) -> date | None:
    """The day a story was written when a dateline gives one a day or two before its publication
    ("Publicado: 31 de julio" over "SAN CRISTÓBAL, 30 de julio.- Hoy ... Ayer ..."; a web edition
    past midnight, a print edition the morning after): its "hoy", "ayer", "anoche" and "este
    martes" count from that day, as a reader of the dateline counts them; else None."""
    published = doc.published
    if published is None:
        return None
    days = []
    for start, end in datelines:
        year = dates_mod.YearContext(doc.text, reading.dates).at(end)
        found = [
            s.value
            for s in dates_mod.find_dates(doc.text[start:end], None, year, reading.dates)
            if s.value is not None and s.precision == "day"
        ]
        if len(found) == 1:
            days.append(found[0])
    earliest = min(days, default=None)
    if earliest is None or not timedelta(0) < published - earliest <= WRITTEN_BEFORE:
        return None
    return earliest


_DATELINE_TAIL = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|\.?\s*[-—–])")
"""What follows a dateline's city: "CARACAS, ...", "BARQUISIMETO.–", "VALENCIA (Venezuela) —"."""


def _dateline_places(doc: Document, places: tuple[Resolved, ...]) -> frozenset[int]:
    """The starts of the places that open one of the story's first lines as its dateline
    ("BARQUISIMETO.– Tres días después..."): the city the story is filed from, whose day is the
    lead's guess, which a day the text states for that city elsewhere replaces."""
    heads = set(_first_lines(doc, HEAD_LINES))
    return frozenset(
        p.spot.start
        for p in places
        if p.spot.start in heads and _DATELINE_TAIL.match(doc.text, p.spot.end) is not None
    )


def date_events(
    doc: Document, places: tuple[Resolved, ...], roles: tuple[Role, ...], reading: Reading
) -> tuple[EventDate, ...]:
    """One EventDate per place: protest sites get the date of their event (read where the role
    says: a container shares the date of the event place it contains), other places none."""
    datelines = dateline_spans(doc, reading)
    if doc.published is None:
        filed = filing_date(doc, datelines, reading)
        if filed is not None:  # "MARACAIBO, 30 jul 2024 (EFE).– ... este lunes": Monday the 29th
            doc = replace(doc, published=filed)
    elif datelines:
        written = written_day(doc, datelines, reading)
        if written is not None:
            doc = replace(doc, published=written)
    not_dates = sorted({(p.spot.start, p.spot.end) for p in places} | set(datelines))
    merged: list[tuple[int, int]] = []
    for start, end in not_dates:  # the spans must not overlap for the bisection
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    reader = _DateReader(doc, reading, merged)
    dateline_places = _dateline_places(doc, places)
    seen: dict[int, EventDate] = {}
    out: list[EventDate] = []
    # most stories never write a wave spreading: asked once here, not through two calls per place
    spreads_from = reader.may_be_in_document(reader.grammar.spread_from, reader.doc.folded_text)
    spreads_to = reader.may_be_in_document(reader.grammar.spread_to, reader.doc.folded_text)
    for place, role in zip(places, roles, strict=True):
        if (
            role.role != "protest_site"
            or role.date_at is None
            or (spreads_from and reader.is_spread_origin(place.spot.start))
            or (spreads_to and reader.is_undated_spread(place.spot.start))
            or (  # "Bolívar (19)": the section's total over the report's days, not the day of its
                # first sentence; unless a paragraph introduced the counts with their day
                reader.is_count_heading(*doc.line_span(place.spot.start))
                and reader.list_intro_day(place.spot.start) is None
            )
        ):
            counted = role.role == "protest_site" and reader.is_count_heading(
                *doc.line_span(place.spot.start)
            )
            if (
                role.role == "protest_site"
                and role.date_at is None
                and role.evidence == "section"
                and reader.under_day_heading(place.spot.start)
            ):
                # "Domingo 9 de julio / Táchira (11). En San Cristóbal, ...": a section's count
                # under a chronology heading of one day is that day's, not the report's days'
                out.append(EventDate(reader.heading_at(place.spot.start), "day", "heading"))
                continue
            out.append(COUNTED if counted else NO_DATE)
            continue
        if role.caption_only:
            caption = reader.caption_date(role.date_at)
            if caption is None:  # "compartió ese mismo día una foto de la avenida Bolívar:"
                caption = reader.caption_sentence_day(role.date_at)
            out.append(EventDate(caption, "day", "caption") if caption is not None else NO_DATE)
            continue
        if role.date_at not in seen:
            seen[role.date_at] = reader.date_at(role.date_at)
        when = seen[role.date_at]
        if when.value is not None and place.spot.start in dateline_places:
            when = EventDate(when.value, when.precision, "lead")  # the lead's, for the filing city
        if when.source in GUESSED and reader.shares_a_count(place.spot.start):
            when = NO_DATE  # "more than 400 arrests, most of them in Caracas": no one day of theirs
        out.append(when)
    return _states_over_several_days(places, roles, _stated_dates_win(places, roles, out), reader)


def _states_over_several_days(
    places: tuple[Resolved, ...], roles: tuple[Role, ...], dates: tuple[EventDate, ...], reader: _DateReader
) -> tuple[EventDate, ...]:
    """A state whose places the text reports on several days ("Lara" over a march in
    Barquisimeto on Monday and arrests in Carora on Wednesday) has no one day of its own, unless
    its own paragraph gives one ("Zulia. On Monday, ...") or it is in the headline: the day of one
    of its places is not the state's."""
    days: dict[str, set[date]] = {}
    counted: set[str] = set()  # the states a bulletin labels with a count ("Lara: 64")
    for place, role, when in zip(places, roles, dates, strict=True):
        code = place.place.state_code
        if code and place.place.level != "state" and role.role == "protest_site" and when.value is not None:
            days.setdefault(code, set()).add(when.value)
        if code and place.place.level == "state" and role.role == "protest_site" and when.value is None:
            if reader.is_count_heading(*reader.doc.line_span(place.spot.start)):
                counted.add(code)
    out = list(dates)
    for n, (place, when) in enumerate(zip(places, dates, strict=True)):
        code = place.place.state_code
        if (
            place.place.level != "state"
            or when.value is None
            or not code
            or (len(days.get(code, ())) < 2 and code not in counted)
            or reader.is_title(place.spot.start)
            or reader.line_has_day(place.spot.start)
            or (when.source == "heading" and reader.opens_sentence(place.spot.start))
            or reader.labels_dated_count(place.spot.start)
            or (roles[n].evidence == "section" and roles[n].date_at is not None)
            or _contains_in_its_sentence(n, places, roles, dates, reader)
        ):
            continue
        out[n] = NO_DATE
    return tuple(out)


STATE_WORD_REACH = 12
_STATE_WORD_BEFORE = re.compile(r"\b(?:estado|edo\.|state of|capital de|capital of|d?el)\s+$", re.I)
_STATE_WORD_AFTER = re.compile(r"\s+state\b", re.I)
"""The word that writes a state as a state ("del estado Miranda", "Carabobo state", "en el resto
del Zulia": Spanish writes a state, not a town, with an article), or as the container of the
capital named before it ("En Los Teques, capital de Miranda, ...")."""


def _contains_in_its_sentence(
    n: int,
    places: tuple[Resolved, ...],
    roles: tuple[Role, ...],
    dates: tuple[EventDate, ...],
    reader: _DateReader,
) -> bool:
    """Whether the state `n` is written, with its word, as the container of a place of its own
    sentence that has the same day ("En Petare, en el municipio Sucre del estado Miranda, la
    protesta arrancó"): that event's state, on that day, though the text reports its other places
    on other days. The place may come after the state ("Residents of several towns in Aragua state
    banged pots, and protesters blocked the main road through Cagua")."""
    state = places[n].place
    start, end = places[n].spot.start, places[n].spot.end
    text = reader.doc.text
    if (
        _STATE_WORD_BEFORE.search(text, max(0, start - STATE_WORD_REACH), start) is None
        and _STATE_WORD_AFTER.match(text, end) is None
    ):
        return False  # "Seven sit-ins in Maracay, Aragua": a bare name only locates its town
    sent = reader.doc.sentence_span(start)
    return any(
        m != n
        and roles[m].role == "protest_site"
        and other.place.level != "state"
        and other.place.state_code == state.state_code
        and dates[m].value == dates[n].value
        and reader.doc.sentence_span(other.spot.start) == sent
        for m, other in enumerate(places)
    )


def _stated_dates_win(
    places: tuple[Resolved, ...], roles: tuple[Role, ...], dates: list[EventDate]
) -> tuple[EventDate, ...]:
    """A place reported several times: the one day the text states for it replaces the guesses
    (publication or lead day) of its other protest mentions, such as a headline's. Only a day
    is stated: a range's week ("killed between January 21 and 25 in Bolívar") or a month
    states no day, and leaves the day in force of a dated report of the place alone."""
    stated: dict[str, set[date]] = {}
    first: dict[str, date] = {}
    # a state a bulletin counts over its days (a city so counted may still have its day told)
    counted = {
        p.place.place_id
        for p, w in zip(places, dates, strict=True)
        if w is COUNTED and p.place.level == "state"
    }
    for place, role, when in zip(places, roles, dates, strict=True):
        if (
            role.role == "protest_site"
            and when.value is not None
            and when.source in STATED
            and when.precision == "day"
        ):
            stated.setdefault(place.place.place_id, set()).add(when.value)
            first.setdefault(place.place.place_id, when.value)
    out = []
    for place, role, when in zip(places, roles, dates, strict=True):
        days = stated.get(place.place.place_id)
        if role.role == "protest_site" and when.source in GUESSED and days and len(days) == 1:
            when = EventDate(next(iter(days)), "day", "stated elsewhere")
        elif role.role == "protest_site" and when.source == "lead" and days and when.value not in days:
            # a headline's guess that none of the place's stated days bears out ("Twitter narra la
            # represión en San Cristóbal y Valencia" over Valencia's march of Tuesday and a later
            # day): the first day the text states for the place
            when = EventDate(first[place.place.place_id], "day", "stated elsewhere")
        elif (
            role.role == "protest_site"
            and when.source in GUESSED
            and not days
            and place.place.place_id in counted
        ):
            # "Táchira: 34 detentions" over the bulletin's days, then "Most of the Táchira
            # detainees are being held at ...": the day in force is no day of the count's
            when = NO_DATE
        out.append(when)
    return tuple(out)
