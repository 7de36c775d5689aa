"""Dates in news text: explicit ("August 28, 2024", "28 de agosto"), weekdays and
relative words ("on Monday", "Sunday's vote", "ayer", "this week") resolved
against the publication date, and chronology headings (a line "29 July").

Every found date carries a precision (day, week, month). When the text does not
pin a day down, we return nothing rather than a guess: a wrong date on the map
is worse than a missing one.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import repeat
from pathlib import Path
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from dashboard import prefilter

_YEAR = r"(20\d\d|19\d\d)"


def fold_text(text: str) -> str:
    """Lower case without accents, one character for one ("dòmingo" -> "domingo"), so that
    offsets in the folded text are offsets in the original; a text whose lower-casing would
    change its length ("İ") is returned lower-cased only."""
    lowered = text.lower()
    if lowered.isascii() or len(lowered) != len(text):
        return lowered
    # the same as lowered.translate(_ACCENTS), several times faster: translate looks every
    # character up in the table, and news text has few accented letters
    return _ACCENTED.sub(_base_letter, lowered)


def _accent_table() -> dict[int, int]:
    """Latin letters with diacritics -> their base letter (one code point each)."""
    table: dict[int, int] = {}
    for code in range(0xC0, 0x250):
        decomposed = unicodedata.normalize("NFKD", chr(code))
        if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
            table[code] = ord(decomposed[0])
    return table


_ACCENTS = _accent_table()
_ACCENTED = re.compile("[" + "".join(map(chr, sorted(_ACCENTS))) + "]")
_BASE_LETTERS = {chr(code): chr(base) for code, base in _ACCENTS.items()}


def _base_letter(match: re.Match[str]) -> str:
    return _BASE_LETTERS[match.group()]


BARE_YEAR = re.compile(r"((?:19|20)(?<![\w,.]..)\d\d)\b(?![,.]?\d)")
"""A four-digit year standing alone: not after a letter, digit, comma or full stop ("1.2019", "$2019"
are not years). The look-behind follows the year's first two digits so that the pattern starts with
a literal ("19" or "20"), which sre finds with a fast scan instead of trying every position."""


def _alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """One regex alternation, longest first (so "sept" is tried before "sep")."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) if escape else w for w in unique) + ")"


def _phrases(words: Iterable[str], *, escape: bool = False) -> str:
    """_alternation(words, escape=False) grouped by first character (prefilter.by_first_char):
    the same matches; for the long lists of phrases that follow a "\\b" ("the following
    night", "la semana pasada"), which sre otherwise tries one by one at every word start."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return prefilter.by_first_char([re.escape(w) for w in unique] if escape else unique)


@dataclass(frozen=True)
class WordGate:
    """The whole words a match of a pattern holds (see required_words): one of `anchors`, and all
    the words of one of the sets listed under it in `needed` (None: an anchor alone is one of
    them). A text whose words lack them has no match: a set test in C instead of a scan."""

    anchors: frozenset[str]
    needed: Mapping[str, tuple[frozenset[str], ...]] | None = None
    """By anchor (the longest word of each set), the sets of words that hold it."""

    @classmethod
    def of(cls, pattern: re.Pattern[str] | str) -> WordGate | None:
        """The gate of `pattern` (a compiled pattern without flags, or a source), None when some
        match may hold no word it can test."""
        if isinstance(pattern, re.Pattern):
            if pattern.flags & re.IGNORECASE:
                return None
            pattern = pattern.pattern
        alternatives = required_words(pattern)
        if alternatives is None:
            return None
        kept = [words for words in alternatives if not any(other < words for other in alternatives)]
        # (a set that holds another's words adds nothing to it); each set's anchor is its longest
        # word, the one fewest sets share on a tie: "eve" for "the eve", not "the"
        shared = Counter(word for words in kept for word in words)
        needed: dict[str, tuple[frozenset[str], ...]] = {}
        for words in kept:
            anchor = max(words, key=lambda w: (len(w), -shared[w], w))
            needed[anchor] = (*needed.get(anchor, ()), words)
        alone = all(len(words) == 1 for sets in needed.values() for words in sets)
        return cls(frozenset(needed), None if alone else needed)

    def passes(self, words: AbstractSet[str]) -> bool:
        """Whether a text of `words` (its folded words) may hold a match."""
        found = self.anchors.intersection(words)
        if not found or self.needed is None:
            return bool(found)
        return any(needed <= words for anchor in found for needed in self.needed[anchor])


def _final_words(sources: Iterable[str]) -> tuple[str, ...] | None:
    """The letters each match of each pattern of `sources` ends with (its last word, or the end of
    it), None when a match may end with something else (see _paths)."""
    ends = set()
    for source in sources:
        for path in _paths(_parser.parse(source).data):
            run = ""
            for kind, char in reversed(path):
                if kind != "w":
                    break
                run = char + run
            if not run or len(run) < len(path) and path[len(path) - len(run) - 1][0] == "x":
                return None
            ends.add(run)
    return tuple(sorted(ends)) or None


def required_words(source: str) -> tuple[frozenset[str], ...] | None:
    """The whole words a match of the pattern `source` (compiled without flags) holds: each
    match holds every word of one of the sets (None when some match may hold none).

    A word is a run of literal letters and digits of the pattern that a boundary closes on
    both sides (\\b, ^ or $, a space or punctuation it consumes, a look-around that no word
    character is next to it): in the text it is then a whole token, or a part of a hyphenated
    one. Read from sre's parse with each alternative spelt out (at most GATE_PATHS of them; a
    part beyond that is read as unknown, which only loses words)."""
    words = []
    for path in _paths(_parser.parse(source).data):
        found = _bounded_words(path)
        if not found:
            return None
        words.append(found)
    return tuple(dict.fromkeys(words)) or None


GATE_PATHS = 256
"""The most alternatives of a pattern spelt out to find its words (see required_words)."""
_WORD_CHAR = re.compile(r"\w")
_UNKNOWN = ("x", "")
"""A part of a path that may hold word characters, or nothing: it closes no word."""
_BOUNDARY = ("b", "")
"""A part of a path next to which there is no word character (zero width, or one it consumes)."""
_BOUNDARY_AT = {
    _constants.AT_BOUNDARY,
    _constants.AT_BEGINNING,
    _constants.AT_BEGINNING_STRING,
    _constants.AT_END,
    _constants.AT_END_STRING,
}


def _paths(items: Any) -> list[list[tuple[str, str]]]:
    """The alternatives of a parsed sequence as flat paths of letters ("w", the letter), word
    boundaries (_BOUNDARY) and unknown parts (_UNKNOWN); an optional part gives two paths."""
    paths: list[list[tuple[str, str]]] = [[]]
    for op, av in items:
        options = _item_paths(op, av)
        if len(paths) * len(options) > GATE_PATHS:
            options = [[_UNKNOWN]]
        paths = [path + option for path in paths for option in options]
    return paths


def _item_paths(op: Any, av: Any) -> list[list[tuple[str, str]]]:
    if op is _constants.LITERAL:
        char = fold_text(chr(av))  # a pattern read over lower-cased text may write "ó": a token "o"
        if "a" <= char <= "z" or "0" <= char <= "9":
            return [[("w", char)]]
        return [[_UNKNOWN if _WORD_CHAR.match(char) else _BOUNDARY]]
    if op is _constants.IN:
        return [[_BOUNDARY if _no_word_char(av) else _UNKNOWN]]
    if op is _constants.AT:
        return [[_BOUNDARY]] if av in _BOUNDARY_AT else [[]]
    if op is _constants.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return [[_UNKNOWN]] if add_flags & re.IGNORECASE else _paths(sub.data)
    if op is _constants.BRANCH:
        out = [path for branch in av[1] for path in _paths(branch.data)]
        return out if len(out) <= GATE_PATHS else [[_UNKNOWN]]
    if op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT:
        low, high, body = av
        if (low, high) == (1, 1):
            return _paths(body.data)
        if (low, high) == (0, 1):
            return [*_paths(body.data), []]
        inner = _paths(body.data)
        if all(path == [_BOUNDARY] for path in inner):  # "\s+", "[,;]*": spaces or punctuation
            return [[_BOUNDARY], []] if low == 0 else [[_BOUNDARY]]
        return [[_UNKNOWN]]
    if op is _constants.ASSERT_NOT:
        _direction, body = av
        if len(body.data) == 1 and body.data[0][0] is _constants.IN:
            if (_constants.CATEGORY, _constants.CATEGORY_WORD) in body.data[0][1]:
                return [[_BOUNDARY]]  # "(?<![\w-])", "(?!\w)"
        return [[]]
    if op is _constants.ASSERT:
        return [[]]  # zero width, next to anything
    return [[_UNKNOWN]]


def _no_word_char(members: Any) -> bool:
    """Whether a character class matches no word character ("\\s", "[,;]", "[^\\S\\n]")."""
    if members and members[0][0] is _constants.NEGATE:
        return any(
            member == (_constants.CATEGORY, cat)
            for member in members[1:]
            for cat in (_constants.CATEGORY_NOT_SPACE, _constants.CATEGORY_WORD)
        )
    for kind, value in members:
        if kind is _constants.LITERAL:
            if _WORD_CHAR.match(chr(value)):
                return False
        elif kind is _constants.CATEGORY:
            if value not in (_constants.CATEGORY_SPACE, _constants.CATEGORY_NOT_WORD):
                return False
        else:
            return False
    return True


def _bounded_words(path: list[tuple[str, str]]) -> frozenset[str]:
    """The runs of letters of a path closed by a boundary on both sides, of GATE_WORD or more."""
    words = set()
    run = ""
    opened = False  # whether a boundary is before the run
    before = False  # whether the last part was a boundary
    for kind, char in path:
        if kind == "w":
            if not run:
                opened = before
            run += char
            continue
        if run and opened and kind == "b" and len(run) >= GATE_WORD:
            words.add(run)
        run = ""
        before = kind == "b"
    return frozenset(words)


GATE_WORD = 3
"""The shortest word a gate tests: a shorter one may be a part of a dotted token ("U.S.")."""


@dataclass(frozen=True)
class DateGrammar:
    """The date patterns of one or more language packs, compiled once.

    Built from the packs' `dates` section (month and weekday names, relative words, the words
    that put a weekday in the past or the future), so that what is read as a date follows the
    language the text is read in.
    """

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_offsets: Mapping[str, tuple[int, str]]
    month_day: re.Pattern[str] | None
    day_month: re.Pattern[str]
    weekday: re.Pattern[str]
    weekday_head: re.Pattern[str]
    head_ends: tuple[str, ...] | None
    """The last words of what weekday_head reads before a weekday ("ese", "pasado", "this"): a
    weekday without one of them, and spaces, right before it has an empty head (None: unknown)."""
    weekday_name: re.Pattern[str]
    same_day: re.Pattern[str]
    shifted_day: re.Pattern[str]
    shifts: Mapping[str, int]
    shift_gates: tuple[str, ...]
    """The last word of each shifted-day phrase: a text without one has none (a cheap test)."""
    relative: re.Pattern[str]
    future_before: re.Pattern[str]
    future_words: re.Pattern[str]
    """Words for a day after the one they are read from ("tomorrow", "mañana"): a plan."""
    heading: re.Pattern[str]
    ranges: tuple[re.Pattern[str], ...]
    """Ranges of days ("from 29 to 30 July", "entre el 29 y el 31 de julio"): groups first, last,
    month, year."""
    day_only: tuple[re.Pattern[str], ...]
    """A day without its month ("on the 31st", "el día 2"): group day."""
    weekend: re.Pattern[str]
    """A past weekend ("during the weekend", "el fin de semana")."""
    after_event: tuple[re.Pattern[str], ...]
    """Days counted from an event the text names ("the day after the election", "dos días
    después de los comicios"): groups count, unit, event."""
    event_day: re.Pattern[str]
    """The day of the event itself, named without its date ("election night", "on the night of
    the vote", "la noche electoral", "la jornada electoral"): counted from it like after_event,
    zero days on."""
    counts: Mapping[str, int]
    unit_hours: Mapping[str, int]
    event_word: re.Pattern[str]
    """A word for the event days are counted from ("election", "comicios"): the cheap test."""
    numeric_month_first: bool
    """Whether "7/8/2024" is July 8 (every pack writes the month first), else August 7."""
    weekdays_lower_case: bool
    """Whether every pack writes a weekday in lower case within a sentence ("el domingo"): there a
    capitalised one before another capitalised word is a person's name ("el hospital Domingo
    Luciani"), not a day."""
    plan_before: re.Pattern[str]
    """Words that make the explicit date after them a plan's ("called for 10 August",
    "convocada para el 24 de agosto")."""
    day_words: Mapping[str, int]
    """Days written as a word before their month ("primero de agosto")."""
    day_word: re.Pattern[str] | None
    coded: re.Pattern[str] | None
    """A day and the capital initial of its month ("el 29J", "del 30-J", "el 12F de 2014"), the
    way Venezuelan news names the days of a protest wave: groups day, initial, year."""
    month_initials: Mapping[str, tuple[int, ...]]
    """The months an initial may stand for ("J": June or July): the last such day up to publication."""
    that_year: re.Pattern[str]
    """Words after a date without its year that give it the year named before it ("el 10 de abril de
    ese año", "on May 3 of that year")."""
    by_day_after: re.Pattern[str]
    """Words after "para el miércoles" that make it a past day reached ("para el miércoles ya se
    habían extendido": by Wednesday), not a plan's."""
    short_numeric_before: re.Pattern[str]
    """Words right before a day/month without a year ("el 29/7", "(31/7)") that make it a date,
    not a fraction or "24/7"."""
    days_ago: tuple[re.Pattern[str], ...]
    """Days counted back from the day of reading ("hace dos días", "three days ago"): group count."""
    spread_to: re.Pattern[str]
    """A wave spreading to places ("y se extendieron luego a Tocuyito", "spread to Valencia"):
    without a time of its own, the spreading's day is not the day of the start before it."""
    spread_from: re.Pattern[str]
    """A wave spreading from places ("se extendieron desde Mérida y San Cristóbal", "spread from
    Caracas"): their events came before the day of the spreading, on a day the text does not give."""
    gate_words: frozenset[str]
    """Folded words one of which every date expression has (a month, a weekday, the last word
    of a relative phrase...): a paragraph without any, and without a number glued to letters
    ("3Ago"), has no date, and is not scanned for one."""
    glued_day: re.Pattern[str]
    """A day number glued to the letters after it, through its ordinal ("3ago", "28th", "1ºagosto"):
    the only day-first date whose month is not a word of its own. Its first digit is a number's
    last (no ordinal begins with a digit), as find_dates reads its gates."""
    word_gates: Mapping[str, WordGate]
    """For the patterns made of whole words (months, weekdays, the phrases of "the same day",
    "the next day", "yesterday"), by name: the words a match needs (see WordGate). A paragraph
    that lacks them is not scanned with that pattern when the caller gives its words."""
    gate_anchors: frozenset[str] = field(init=False, repr=False, compare=False)
    """The anchors of all word_gates: one intersection with a paragraph's words finds the gates
    it may pass (see _gates_passed)."""
    gates_by_anchor: Mapping[str, tuple[tuple[str, WordGate], ...]] = field(
        init=False, repr=False, compare=False
    )
    """By anchor, the word gates (name, gate) that have it."""

    def __post_init__(self) -> None:
        by_anchor: dict[str, tuple[tuple[str, WordGate], ...]] = {}
        for name, gate in self.word_gates.items():
            for anchor in gate.anchors:
                by_anchor[anchor] = (*by_anchor.get(anchor, ()), (name, gate))
        object.__setattr__(self, "gates_by_anchor", by_anchor)
        object.__setattr__(self, "gate_anchors", frozenset(by_anchor))


@functools.lru_cache(maxsize=8)
def date_grammar(languages: tuple[str, ...] = ("en", "es"), lang_dir: Path | None = None) -> DateGrammar:
    """The compiled date patterns of the given language packs (their union), from the shipped
    packs or those in `lang_dir`."""
    from dashboard.knowledge import LANG_DIR, load_language_pack

    packs = [load_language_pack(code, lang_dir or LANG_DIR).dates for code in languages]
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    relative: dict[str, tuple[int, str]] = {}
    first_months: list[str] = []
    for pack in packs:
        months.update({fold_text(k): v for k, v in pack["months"].items()})
        abbreviations.update({fold_text(k): v for k, v in pack["month_abbreviations"].items()})
        weekdays.update({fold_text(k): v for k, v in pack["weekdays"].items()})
        relative.update({" ".join(fold_text(k).split()): (v[0], v[1]) for k, v in pack["relative"].items()})
        if pack["month_first"]:
            first_months += [fold_text(m) for m in pack["months"]]
            first_months += [fold_text(a) + "." for a in pack["month_abbreviations"]]
            first_months += [fold_text(a) for a in pack["month_abbreviations"]]
    all_months = [*months, *(f"{a}." for a in abbreviations), *abbreviations]
    month = _phrases(all_months, escape=True)
    weekday = _phrases(weekdays, escape=True)
    day_words = {fold_text(k): v for p in packs for k, v in p["day_words"].items()}
    day_number = r"\d{1,2}" + ("|" + _alternation(day_words) if day_words else "")
    ordinals = [w for p in packs for w in p["ordinal_suffixes"]]
    if any(not w or w[0].isdigit() for w in ordinals):
        raise ValueError(f"dates.ordinal_suffixes: {ordinals!r}: a suffix is empty or begins with a digit")
    ordinal = _alternation(ordinals)
    day_of = _alternation(w for p in packs for w in p["day_month_connectors"])
    year_of = _alternation(w for p in packs for w in p["year_connectors"])
    past_before = [fold_text(f) for p in packs for f in p["past_before"]]
    this_before = [fold_text(f) for p in packs for f in p["this_before"]]
    past_after = [fold_text(f) for p in packs for f in p["past_after"]]
    future = [fold_text(f) for p in packs for f in p["future_before"]]
    # every pattern runs over folded text (lower case, no accents) and is built from folded
    # words: no IGNORECASE, which makes sre compare character by character (several times slower)
    flags = re.NOFLAG
    month_day = None
    if first_months:
        # Month-first ("August 28", "Aug. 28, 2024"). Capitalised month only (checked by the
        # caller), so "may" the verb is skipped.
        month_day = re.compile(
            r"\b(?P<month>" + _phrases(first_months, escape=True) + r")\s+(?P<day>\d{1,2})" + ordinal + r"?\b"
            r"(?:,?\s+" + _YEAR + r"\b)?",
            flags,
        )
    # Day-first: "28 July 2024", "28th of July", "28 de julio de 2024".
    day_month = re.compile(
        r"\b(?P<day>"
        + day_number
        + ")"
        + ordinal
        + r"?(?:\s+(?:"
        + day_of
        + r"\s+)?|(?=[a-z]))(?P<month>"
        + month
        + r")\b"
        r"(?:,?\s+(?:" + year_of + r"\s+)?" + _YEAR + r"\b)?",
        flags,
    )
    back = [fold_text(f) for p in packs for f in p["back_reference_before"]]
    # A weekday and what may follow it ("Sunday's", "el domingo pasado"); the words before it
    # ("that", "last", "este") are read backwards from it (weekday_head): a pattern that starts
    # with optional words would be tried at every position of every paragraph.
    weekday_pattern = re.compile(
        r"\b(?P<wd>" + weekday + r")(?P<poss>['’]s)?\b"
        r"(?P<after>\s+" + _alternation(past_after or ["(?!x)x"], escape=False) + r")?",
        flags,
    )
    weekday_head = re.compile(
        r"(?<!\w)(?P<ref>"
        + _alternation((r"\s+".join(map(re.escape, f.split())) + r"\s+" for f in back), escape=False)
        + r")?"
        r"(?P<last>" + _alternation((f + r"\s+" for f in past_before), escape=False) + r")?"
        r"(?P<this>" + _alternation(this_before, escape=False) + r"\s+)?$",
        flags,
    )
    shifts = {" ".join(fold_text(k).split()): v for p in packs for k, v in p["shifted_day"].items()}
    shift_words = [r"\s+".join(map(re.escape, k.split())) for k in shifts] or ["(?!x)x"]
    shifted_pattern = re.compile(r"\b(?P<shift>" + _phrases(shift_words) + r")\b", flags)
    same_day = [fold_text(f) for p in packs for f in p["same_day"]]
    same_day_pattern = re.compile(
        r"\b(?:" + _phrases(r"\s+".join(map(re.escape, f.split())) for f in same_day) + r")\b",
        flags,
    )
    relative_pattern = re.compile(
        r"\b(?P<rel>" + _phrases(r"\s+".join(map(re.escape, k.split())) for k in relative) + r")\b",
        flags,
    )
    future_before = re.compile(
        _alternation((r"\b" + f for f in future), escape=False) + r"\s+$",
        flags,
    )
    # fragments are folded like the text they run on; they use no upper-case escapes (\S, \W)
    future_words = [fold_text(f) for p in packs for f in p["future_words"]]
    future_words_pattern = re.compile(r"\b(?:" + _phrases(future_words or ["(?!x)x"]) + r")\b", flags)
    month_first_heading = (
        r"|(?P<m2>" + _phrases(first_months, escape=True) + r")\s+(?P<d2>\d{1,2})" if first_months else ""
    )
    # a day line may shorten its weekday ("Sat, Aug 3", "Vie. 2 de agosto"): only there, where a
    # date follows, is "sat" or "dom" a weekday
    short_weekdays = [fold_text(k) + r"\.?" for p in packs for k in p["weekday_abbreviations"]]
    heading = re.compile(
        r"^\s*(?:"
        + _alternation([*weekdays, *short_weekdays], escape=False)
        + r",?\s+)?(?:(?P<d1>\d{1,2})\s+(?:"
        + day_of
        + r"\s+)?(?P<m1>"
        + month
        + r")"
        + month_first_heading
        + r")(?:,?\s+(?:"
        + year_of
        + r"\s+)?(?P<y>20\d\d))?\s*[:.]?\s*$",
        flags,
    )

    def fragments(key: str) -> list[str]:
        """A pack list written for folded text (lower case, no accents; named groups such as
        `(?P<day>...)` kept as written)."""
        return [f for p in packs for f in p[key]]

    def folded_words(key: str, before: str = r"\b") -> re.Pattern[str]:
        """One of the key's folded phrases after `before`, ending at a word boundary; a pattern
        that never matches when the packs leave the key empty (an empty alternation would
        match everywhere)."""
        phrases = [fold_text(f) for f in fragments(key)] or ["(?!x)x"]
        return re.compile(before + "(?:" + _phrases(phrases) + r")\b")

    year_tail = r"(?:,?\s+(?:" + year_of + r"\s+)?(?P<year>" + _YEAR[1:-1] + r")\b)?"
    ranges = tuple(
        re.compile(r"\b" + f.replace("{month}", month) + year_tail, flags) for f in fragments("ranges")
    )
    day_only = tuple(re.compile(r"\b" + f, flags) for f in fragments("day_only"))
    weekend = re.compile(
        r"\b(?:" + _alternation(fragments("weekend") or ["(?!x)x"], escape=False) + r")\b", flags
    )
    counts = {" ".join(fold_text(k).split()): v for p in packs for k, v in p["count_words"].items()}
    unit_hours = {fold_text(k): v for p in packs for k, v in p["unit_hours"].items()}
    count = _alternation(
        [r"\d{1,3}", *(r"\s+".join(map(re.escape, k.split())) for k in counts)], escape=False
    )
    unit = _alternation(unit_hours)
    event_nouns = _alternation([fold_text(f) for f in fragments("anchor_nouns")] or ["(?!x)x"], escape=False)
    after_event = tuple(
        re.compile(
            r"\b" + f.replace("{count}", count).replace("{unit}", unit).replace("{event}", event_nouns), flags
        )
        for f in fragments("after_event")
    )
    days_ago = tuple(re.compile(r"\b" + f.replace("{count}", count), flags) for f in fragments("days_ago"))
    event_days = fragments("event_day") or ["(?!x)x"]
    event_day = re.compile(r"\b(?:" + _phrases(event_days) + r")\b", flags)
    plan_before = re.compile(
        r"(?<!\w)(?:" + _alternation(fragments("plan_before") or ["(?!x)x"], escape=False) + r")\s+$", flags
    )
    initials: dict[str, tuple[int, ...]] = {}
    for pack in packs:
        for initial, names in pack["month_initials"].items():
            numbers = tuple(months.get(fold_text(name), 0) for name in names.split())
            if len(initial) != 1 or not all(numbers):
                raise ValueError(
                    f"dates.month_initials: {initial!r}: {names!r} is not one letter and its months"
                )
            initials[fold_text(initial)] = numbers
    coded = None
    if initials:
        coded = re.compile(
            r"(?<![\w/.-])(?P<day>\d{1,2})-?(?P<initial>[" + "".join(sorted(initials)) + r"])(?![\w-])"
            r"(?:\s+(?:" + year_of + r"\s+)?(?P<year>" + _YEAR[1:-1] + r")\b)?",
            flags,
        )
    gate = {*months, *abbreviations, *weekdays}
    gate.update(w for f in fragments("days_ago") for w in re.findall(r"[a-z]{3,}", f) if w != "count")
    gate.update(re.findall(r"[a-z]{4,}", " ".join(fragments("weekend"))))
    gate.update(re.findall(r"[a-z]{5,}", " ".join(fragments("event_day"))))
    gate.update(re.findall(r"[a-z]{4,}", fold_text(" ".join(fragments("anchor_nouns")))))
    gate.update(re.findall(r"(?<![a-z])dia(?![a-z])", " ".join(fragments("day_only"))))
    gate.update(phrase.split()[-1] for phrase in [*relative, *shifts, *same_day])
    for fragment in future_words:  # its last word, not one of its look-arounds ("(?<!la )mañana")
        words = re.findall(r"[^\W\d_]{3,}", _without_lookarounds(fragment))
        gate.update(words[-1:])
    return DateGrammar(
        months={**months, **abbreviations},
        weekdays=weekdays,
        relative_offsets=relative,
        month_day=month_day,
        day_month=day_month,
        weekday=weekday_pattern,
        weekday_head=weekday_head,
        head_ends=_final_words(
            [r"\s+".join(map(re.escape, f.split())) for f in back] + past_before + this_before
        ),
        weekday_name=re.compile(weekday, flags),
        same_day=same_day_pattern,
        shifted_day=shifted_pattern,
        shifts=shifts,
        shift_gates=tuple({k.split()[-1] for k in shifts}),
        relative=relative_pattern,
        future_before=future_before,
        future_words=future_words_pattern,
        heading=heading,
        ranges=ranges,
        day_only=day_only,
        weekend=weekend,
        after_event=after_event,
        event_day=event_day,
        counts=counts,
        unit_hours=unit_hours,
        event_word=re.compile(r"\b" + event_nouns, flags),
        numeric_month_first=all(p["month_first"] for p in packs),
        weekdays_lower_case=all(p["weekdays_lower_case"] for p in packs),
        plan_before=plan_before,
        day_words=day_words,
        day_word=re.compile(r"\b" + _alternation(day_words) + r"\b", flags) if day_words else None,
        coded=coded,
        month_initials=initials,
        that_year=folded_words("that_year_after", r"\s*"),
        by_day_after=folded_words("by_day_after", r"\s*,?\s*"),
        short_numeric_before=re.compile(
            r"(?<!\w)(?:"
            + _alternation(fragments("short_numeric_before") or ["(?!x)x"], escape=False)
            + r")\s*$"
        ),
        days_ago=days_ago,
        spread_to=folded_words("spread_to"),
        spread_from=folded_words("spread_from"),
        gate_words=frozenset(gate),
        glued_day=re.compile(r"\d" + ordinal + r"?[a-z]", flags),
        word_gates={
            name: gate
            for name, gate in (
                ("month_day", WordGate.of(month_day) if month_day is not None else None),
                # a day-first date's month is a word of its own after a space, unless it is glued
                # to its number ("3Ago", see glued_day)
                ("day_month", WordGate.of(r"\s(?:" + month + r")\b")),
                ("weekday", WordGate.of(weekday_pattern)),
                ("same_day", WordGate.of(same_day_pattern)),
                ("shifted_day", WordGate.of(shifted_pattern)),
                ("relative", WordGate.of(relative_pattern)),
                ("future_words", WordGate.of(future_words_pattern)),
                ("weekend", WordGate.of(weekend)),
                # (the same phrases as event_day, not grouped by first character: fewer paths)
                ("event_day", WordGate.of(r"\b" + _alternation(event_days, escape=False) + r"\b")),
                *((f"day_only {n}", WordGate.of(p)) for n, p in enumerate(day_only)),
                *((f"days_ago {n}", WordGate.of(p)) for n, p in enumerate(days_ago)),
                *((f"after_event {n}", WordGate.of(p)) for n, p in enumerate(after_event)),
            )
            if gate is not None
        },
    )


def _without_lookarounds(fragment: str) -> str:
    """A regular-expression fragment without its look-around groups, nested ones included."""
    out: list[str] = []
    depth = 0  # how deep inside a look-around
    i = 0
    while i < len(fragment):
        if fragment[i] == "\\":
            if not depth:
                out.append(fragment[i : i + 2])
            i += 2
            continue
        if fragment[i] == "(":
            if depth or fragment.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                depth += 1
                i += 1
                continue
        elif fragment[i] == ")" and depth:
            depth -= 1
            i += 1
            continue
        if not depth:
            out.append(fragment[i])
        i += 1
    return "".join(out)


ANY_DAY = 7
"""`DateSpan.weekday` of "the same day": the last explicit date before it, whatever its weekday."""


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in a text, with the date it stands for (None if unresolvable)."""

    start: int
    end: int
    value: date | None
    precision: str | None
    weekday: int | None = None
    """For "that Sunday" / "ese domingo": the weekday of an earlier explicit date it refers back
    to (`value` is then None, resolved by the reader of the whole document); ANY_DAY for "the
    same day" / "ese mismo día", which refers back to the last explicit date."""
    shift: int | None = None
    """For "the next day" / "el día anterior": days from the day in force before it (the last
    day the text gave, else the lead's), resolved by the reader of the whole document."""
    offset: int | None = None
    """For a relative word ("today", "ayer"): its days from the day it is read from, the
    publication's (`value`) unless the text puts it under a chronology heading of its own."""
    future: bool = False
    """A day after the one it is read from ("tomorrow", "next Saturday", "mañana"): a plan,
    never the day of an event that happened."""
    after_event: int | None = None
    """For "the day after the election" / "dos días después de los comicios": days after the
    event it names, whose day the reader of the whole document finds (the text's, else the
    country profile's)."""
    past_value: date | None = None
    """"este lunes" in a Thursday story (`value` None): this week's Monday, the day it is if
    the sentence reports what happened, not if it announces; the reader, who knows the
    sentence's tense, decides."""

    def moved(self, by: int) -> DateSpan:
        """The same span `by` characters further on (or back): dataclasses.replace, several
        times faster, which counts where the reader moves every date of a paragraph to the
        document's offsets and back to a sentence's. Every field is copied, whatever they are."""
        moved = object.__new__(DateSpan)
        fields = moved.__dict__
        fields.update(self.__dict__)
        fields["start"] = self.start + by
        fields["end"] = self.end + by
        return moved


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
    if published is not None and context_year is not None and context_year < published.year:
        return context_year  # an account written long after the events (see told_year)
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

    def __init__(self, text: str, grammar: DateGrammar | None = None) -> None:
        grammar = grammar or date_grammar()
        full: list[tuple[int, int]] = []
        for pattern in (grammar.month_day, grammar.day_month):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                if match.group(3) and 2000 <= int(match.group(3)) <= 2035:
                    full.append((match.start(), int(match.group(3))))
        full.sort()
        self.positions = [pos for pos, _ in full]
        self.years = [year for _, year in full]
        counts: dict[int, int] = {}
        for match in BARE_YEAR.finditer(text):
            year = int(match.group(1))
            if 2000 <= year <= 2035:
                counts[year] = counts.get(year, 0) + 1
        self.mode = max(counts, key=lambda y: (counts[y], -y)) if counts else None

    def at(self, position: int) -> int | None:
        index = bisect.bisect_left(self.positions, position)
        return self.years[index - 1] if index else self.mode


FULL_DATE_REACH = 40
"""Characters before a year in which its full date's day and month are read ("4 de febrero de")."""


def full_dates(text: str, grammar: DateGrammar, before_year: int) -> tuple[list[int], list[int]]:
    """The starts and years of the full dates of a text of a year before `before_year` ("4
    February 2014", "February 4, 2014"): each year the text writes is read with the few words
    before it, folded as the date patterns expect; the rest of the text is not read again."""
    found: list[tuple[int, int]] = []
    for year_match in BARE_YEAR.finditer(text):
        year = int(year_match.group(1))
        if not 2000 <= year < before_year:
            continue
        low = text.rfind(" ", 0, max(0, year_match.start() - FULL_DATE_REACH)) + 1
        window = fold_text(text[low : year_match.end()])
        if len(window) != year_match.end() - low:
            continue
        for pattern in (grammar.month_day, grammar.day_month):
            if pattern is None:
                continue
            match = pattern.search(window)
            while match is not None and match.end(3) != len(window):  # its own year
                match = pattern.search(window, match.start() + 1)
            if match is not None:
                found.append((low + match.start(), year))
                break
    found.sort()
    return [pos for pos, _ in found], [year for _, year in found]


def told_year(full: tuple[list[int], list[int]], position: int, published: date) -> int | None:
    """The year of the last full date (of `full_dates`) written before `position` when it is
    before the publication's year: the day-months without a year of a look back written years
    later ("On 4 February 2014, ... The following day ... On 18 February", in a piece of 2021) are
    that year's, not the publication's. None when no full date comes before, or it is of the
    publication's year (a story of the day keeps its own year)."""
    positions, years = full
    index = bisect.bisect_left(positions, position)
    year = years[index - 1] if index else None
    return year if year is not None and year < published.year else None


def bare_years(sentence: str) -> list[int]:
    """Four-digit years written in a sentence (to tell a 2014 photo caption from today's news)."""
    return [int(m.group(1)) for m in BARE_YEAR.finditer(sentence)]


_NUMBER = re.compile(r"\d+")  # explicit dates need a day number: most sentences skip two patterns
_LAST_DIGIT = re.compile(r"\d(?!\d)")
"""The last digit of each number (_NUMBER's match ends, less one), read without a match object
per number that is then asked for its end."""
_WEEKDAY_NUMBER = re.compile(r",?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?![:./-]?\d)(?!\s+(?:de|of)\b)")
"""A day number right after a weekday ("lunes 29", "Monday the 29th"), not a time ("10:45")."""
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?:(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d\d)|(?P<a2>\d{1,2})([.-])(?P<b2>\d{1,2})\5(?P<y2>(?:19|20)\d\d)"
    r"|(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>\d\d)-(?P<iso_day>\d\d))(?![\d/.-]\d)"
)
"""A numeric date: "31/07/2024", "7/31/24", "31-07-2024", "31.07.2024", "2024-08-01"."""
_NUMERIC_GATE = re.compile(r"\d[/.-]\d")
"""What every numeric date has (two digits around a separator): a text without it is not scanned
with _NUMERIC_DATE, whose leading look-behind makes sre try the whole pattern at every position."""
_SHORT_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?![\d/-]|[.,]\d|\s+(?:de|of)\s)"
)
"""A day and month without a year ("29/7", "el 31-7"): read only after a word that introduces a
date; never two days of a month ("el 3-4 de agosto", a range read apart)."""
_TWO_NUMBERS = re.compile(r"\d(?:st|nd|rd|th)?(?:\s*[-–]|\s+[a-z]{1,7}(?:\s+[a-z]{1,9},?)?\s+(?:the\s+)?)\d")
"""Two day numbers a few words apart ("29 to 30", "29-30", "29 y el 31", "21 and Thursday 24"): a
range may be there."""
_CODED_GATE = re.compile(r"\d-?[^\W\d_](?![\w-])")
"""What every coded date ("29J", "12-F") has: a digit, then a letter that ends the word. Most
paragraphs with numbers have none ("29 de julio", "200 personas"), and this search, which
begins with a class, skips to the next digit in C, where the coded pattern, which begins with a
look-behind, is tried at every character."""


def find_dates(
    text: str,
    published: date | None,
    context_year: int | None,
    grammar: DateGrammar | None = None,
    folded: str | None = None,
    words: AbstractSet[str] | None = None,
) -> list[DateSpan]:
    """Every date expression in `text` (a sentence), resolved where possible, sorted by start.

    `grammar` is the date grammar of the text's language (default: English and Spanish). Names
    are matched without accents ("dòmingo", "sabado"), so a typo in an accent still reads.
    `folded`: fold_text(text), when the caller has it already (a window of the document's).
    `words`: the folded words of `text` (its tokens, see geoparse.document, and the parts of its
    hyphenated ones), when the caller has them: a pattern of whole words is not run over a text
    that lacks its words (see DateGrammar.word_gates); the dates found are the same.
    """
    grammar = grammar or date_grammar()
    if folded is None:
        folded = fold_text(text)
    spans: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    gates = grammar.word_gates if words is not None else {}
    passed = _gates_passed(grammar, words) if words is not None else frozenset()

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def lacks(name: str) -> bool:
        """Whether `words` lack what every match of the pattern `name` holds."""
        return name in gates and name not in passed

    # the last digit of each number: the gates below begin with a digit that a non-digit follows,
    # so they are tried there only (one scan for the numbers instead of one per gate)
    number_ends = [match.start() for match in _LAST_DIGIT.finditer(folded)]

    def after_a_number(gate: re.Pattern[str]) -> bool:
        """gate.search(folded) is not None, for a gate whose first digit a non-digit follows."""
        return any(map(gate.match, repeat(folded), number_ends))

    has_digit = bool(number_ends)
    has_numeric = has_digit and after_a_number(_NUMERIC_GATE)
    for pattern in grammar.ranges if has_digit and after_a_number(_TWO_NUMBERS) else ():
        # "from 29 to 30 July", "entre el 29 y el 31 de julio": the first day, as precise as
        # the range is long (a week or a month), never one day of it as if it were the event's
        for match in prefilter.finditer(pattern, folded):
            month = grammar.months.get(match.group("month").rstrip("."))
            first, last = int(match.group("first")), int(match.group("last"))
            if month is None or not 1 <= first < last <= 31 or not free(match.start(), match.end()):
                continue
            year_text = match.group("year")
            year = int(year_text) if year_text else _year_for(month, first, published, context_year)
            value = _make_date(year, month, first)
            precision = "week" if last - first < 7 else "month"
            spans.append(DateSpan(match.start(), match.end(), value, precision if value else None))
            taken.append((match.start(), match.end()))

    has_day_word = grammar.day_word is not None and prefilter.search(grammar.day_word, folded) is not None
    patterns = [
        p
        for p in (
            None if lacks("month_day") else grammar.month_day,
            # a day-first date without its month's word is one glued to its number ("3Ago")
            None
            if lacks("day_month") and not has_day_word and not after_a_number(grammar.glued_day)
            else grammar.day_month,
        )
        if p is not None
    ]
    for pattern in patterns if has_digit or has_day_word else ():
        for match in prefilter.finditer(pattern, folded):
            month_start = match.start("month")
            month_word = match.group("month")
            capital = text[month_start : month_start + 1].isupper()
            if pattern is grammar.month_day and not capital:
                continue  # "may 5" is rarely a date when the month is lower case
            if match.end("day") == month_start and not capital:
                continue  # "3Ago" (a headline) yes, "3mar" no
            month = grammar.months.get(month_word.rstrip("."))
            day_text = match.group("day")
            if not day_text.isdigit() and not folded[match.end("day") : month_start].strip():
                continue  # "primero de agosto", never "primero agosto"
            day = int(day_text) if day_text.isdigit() else grammar.day_words[day_text]
            year_text = match.group(3)
            if month is None or not 1 <= day <= 31 or not free(match.start(), match.end()):
                continue
            that_year = None if year_text else grammar.that_year.match(folded, match.end())
            if that_year is not None:
                # "el 10 de abril de ese año": the year the text named last before it, else unknown
                named = [int(y) for y in BARE_YEAR.findall(folded, 0, match.start())]
                value = _make_date(named[-1], month, day) if named else None
                spans.append(DateSpan(match.start(), that_year.end(), value, "day" if value else None))
                taken.append((match.start(), that_year.end()))
                continue
            taken.append((match.start(), match.end()))
            if grammar.plan_before.search(folded, max(0, match.start() - 40), match.start()):
                # "called for 10 August", "convocada para el 24 de agosto": a plan's day
                spans.append(DateSpan(match.start(), match.end(), None, None, future=True))
                continue
            year = int(year_text) if year_text else _year_for(month, day, published, context_year)
            value = _make_date(year, month, day)
            spans.append(DateSpan(match.start(), match.end(), value, "day" if value else None))

    for match in _NUMERIC_DATE.finditer(folded) if has_numeric else ():
        # "31/07/2024", "7/31/2024", "2024-08-01": day first unless the text's language writes
        # the month first (or the first number cannot be a month)
        if not free(match.start(), match.end()):
            continue
        if match.group("iso_year"):
            year, month, day = (
                int(match.group("iso_year")),
                int(match.group("iso_month")),
                int(match.group("iso_day")),
            )
        else:
            first = int(match.group("a") or match.group("a2"))
            second = int(match.group("b") or match.group("b2"))
            year = int(match.group("y") or match.group("y2"))
            year += 2000 if year < 100 else 0
            month_first = grammar.numeric_month_first and first <= 12
            if second > 12 and first <= 12:
                month_first = True
            elif first > 12:
                month_first = False
            month, day = (first, second) if month_first else (second, first)
        value = _make_date(year, month, day) if 1 <= month <= 12 else None
        if value is not None:
            spans.append(DateSpan(match.start(), match.end(), value, "day"))
            taken.append((match.start(), match.end()))

    for match in _SHORT_NUMERIC.finditer(folded) if has_numeric else ():  # it has _NUMERIC_GATE
        # "el 29/7", "(31/7)": a day and month after a word that introduces a date
        if not free(match.start(), match.end()) or not grammar.short_numeric_before.search(
            folded, max(0, match.start() - 12), match.start()
        ):
            continue
        first, second = int(match.group("a")), int(match.group("b"))
        month_first = (grammar.numeric_month_first and first <= 12) or (second > 12 and first <= 12)
        if match.group("sep") == "-":
            month_first = grammar.numeric_month_first and first <= 12 and second > 12
            if not month_first and second > 12:
                continue  # "el 14-16": two numbers, not a day and its month
        month, day = (first, second) if month_first else (second, first)
        if not 1 <= month <= 12:
            continue
        value = _make_date(_year_for(month, day, published, context_year), month, day)
        if value is not None:
            spans.append(DateSpan(match.start(), match.end(), value, "day"))
            taken.append((match.start(), match.end()))

    coded = grammar.coded if has_digit and after_a_number(_CODED_GATE) else None
    for match in prefilter.finditer(coded, folded) if coded is not None else ():
        # "el 29J", "el 12F de 2014": the last such day up to publication among the initial's months
        if not text[match.start("initial")].isupper() or not free(match.start(), match.end()):
            continue
        day = int(match.group("day"))
        candidates = []
        for month in grammar.month_initials[match.group("initial")]:
            year = (
                int(match.group("year"))
                if match.group("year")
                else _year_for(month, day, published, context_year)
            )
            value = _make_date(year, month, day)
            if value is not None and (published is None or value <= published):
                candidates.append(value)
        value = max(candidates) if candidates and (published is not None or len(candidates) == 1) else None
        spans.append(DateSpan(match.start(), match.end(), value, "day" if value else None))
        taken.append((match.start(), match.end()))

    for n, pattern in enumerate(grammar.day_only if has_digit else ()):
        # "on the 31st", "el día 2": the last such day up to publication (a story of 2 January
        # means 31 December); unknown without a publication day
        for match in () if lacks(f"day_only {n}") else prefilter.finditer(pattern, folded):
            day = int(match.group("day"))
            if not 1 <= day <= 31 or not free(match.start(), match.end()):
                continue
            value = _last_day_numbered(day, published) if published is not None else None
            spans.append(DateSpan(match.start(), match.end(), value, "day" if value else None))
            taken.append((match.start(), match.end()))

    for match in (
        _matches_at_words(grammar.weekday, folded, grammar.weekdays)
        if ("weekday" in gates and not lacks("weekday"))
        or ("weekday" not in gates and prefilter.search(grammar.weekday_name, folded))
        else ()
    ):
        reach = max(0, match.start() - 40)
        head = (
            grammar.weekday_head.search(folded, reach, match.start())
            if grammar.head_ends is None or folded[reach : match.start()].rstrip().endswith(grammar.head_ends)
            else None  # no word a head ends with right before it: the head is empty
        )
        start = head.start() if head is not None else match.start()
        end = match.end()
        if not free(start, end) or (grammar.weekdays_lower_case and _is_name(text, match.start(), end)):
            continue
        # "Sunday, August 4", "el lunes 29 de julio": the explicit date right after is the day
        if any(end <= s.start <= end + 3 for s in spans):
            continue
        weekday = grammar.weekdays[match.group("wd")]
        numbered = _WEEKDAY_NUMBER.match(folded, end)
        if numbered is not None and published is not None:
            # "el lunes 29", "Monday the 29th": the last Monday the 29th up to publication (a
            # count, "el lunes 29 detenidos", has no such Monday nearby and stays a weekday)
            value = _last_weekday_numbered(weekday, int(numbered.group(1)), published)
            if value is not None:
                spans.append(DateSpan(start, numbered.end(), value, "day"))
                taken.append((start, numbered.end()))
                continue
        if head is not None and head.group("ref"):
            # "that Sunday", "ese domingo": the Sunday of an earlier explicit date, not the last one
            spans.append(DateSpan(start, end, None, None, weekday))
            taken.append((start, end))
            continue
        value = None
        if grammar.future_before.search(
            folded[max(0, start - 16) : start]
        ) and not grammar.by_day_after.match(folded, end):
            spans.append(DateSpan(start, end, None, None, future=True))  # "next Saturday"
            taken.append((start, end))
            continue
        if published is not None:
            back = (published.weekday() - weekday) % 7
            if back == 0 and ((head is not None and head.group("last")) or match.group("after")):
                back = 7
            value = published - timedelta(days=back)
            if head is not None and head.group("this") and back > 2:
                # "este sábado" in a Monday story is two days ago; "este lunes" in a Thursday
                # story is this week's Monday if the sentence reports what happened, the coming
                # one if it announces: the reader, who knows the tense, decides
                spans.append(DateSpan(start, end, None, None, past_value=value))
                taken.append((start, end))
                continue
        spans.append(DateSpan(start, end, value, "day" if value else None))
        taken.append((start, end))

    if not lacks("weekend") and ("week" in folded or "semana" in folded):  # cheap gates
        for match in prefilter.finditer(grammar.weekend, folded):
            if free(match.start(), match.end()):
                # "during the weekend", "el fin de semana": the Saturday of the last weekend
                # begun before publication, to the week (it spans two days)
                value = None
                if published is not None:
                    value = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
                spans.append(DateSpan(match.start(), match.end(), value, "week" if value else None))
                taken.append((match.start(), match.end()))

    after_event = [p for n, p in enumerate(grammar.after_event) if not lacks(f"after_event {n}")]
    for pattern in after_event if after_event and prefilter.search(grammar.event_word, folded) else ():
        for match in prefilter.finditer(pattern, folded):
            if free(match.start(), match.end()):
                count_text = " ".join((match.groupdict().get("count") or "1").split())
                count = int(count_text) if count_text.isdigit() else grammar.counts.get(count_text, 1)
                days = count * grammar.unit_hours.get(match.group("unit"), 24) // 24
                spans.append(DateSpan(match.start(), match.end(), None, None, after_event=days))
                taken.append((match.start(), match.end()))

    for match in () if lacks("event_day") else prefilter.finditer(grammar.event_day, folded):
        if free(match.start(), match.end()):
            # "election night", "la noche electoral": the event's own day, counted from it
            spans.append(DateSpan(match.start(), match.end(), None, None, after_event=0))
            taken.append((match.start(), match.end()))

    for n, pattern in enumerate(grammar.days_ago):
        for match in () if lacks(f"days_ago {n}") else prefilter.finditer(pattern, folded):
            if free(match.start(), match.end()):
                # "hace dos días", "three days ago": counted back like "ayer" (a quote or an entry
                # of its own counts from its own day, see the reader)
                count_text = " ".join(match.group("count").split())
                back = int(count_text) if count_text.isdigit() else grammar.counts.get(count_text, 0)
                if match.groupdict().get("week"):
                    if back != 1:
                        continue  # "hace dos semanas": a time further back, not a day
                    back = 7  # "a week ago", "hace una semana": the same weekday, seven days back
                if not 0 < back <= 31:
                    continue
                value = published - timedelta(days=back) if published is not None else None
                spans.append(
                    DateSpan(match.start(), match.end(), value, "day" if value else None, offset=-back)
                )
                taken.append((match.start(), match.end()))

    shift_gate = not lacks("shifted_day") and any(map(folded.__contains__, grammar.shift_gates))
    for match in prefilter.finditer(grammar.shifted_day, folded) if shift_gate else ():
        if free(match.start(), match.end()):
            shift = grammar.shifts[" ".join(match.group("shift").split())]
            spans.append(DateSpan(match.start(), match.end(), None, None, None, shift))
            taken.append((match.start(), match.end()))

    for match in () if lacks("same_day") else prefilter.finditer(grammar.same_day, folded):
        if free(match.start(), match.end()):
            spans.append(DateSpan(match.start(), match.end(), None, None, ANY_DAY))
            taken.append((match.start(), match.end()))

    for match in () if lacks("relative") else prefilter.finditer(grammar.relative, folded):
        if not free(match.start(), match.end()):
            continue
        key = " ".join(match.group("rel").split())
        offset, precision = grammar.relative_offsets[key]
        value = _first_day(published, offset, precision) if published is not None else None
        spans.append(DateSpan(match.start(), match.end(), value, precision if value else None, offset=offset))
        taken.append((match.start(), match.end()))

    for match in () if lacks("future_words") else prefilter.finditer(grammar.future_words, folded):
        if free(match.start(), match.end()):  # "tomorrow", "mañana" (not "esta mañana"): a plan
            spans.append(DateSpan(match.start(), match.end(), None, None, future=True))
            taken.append((match.start(), match.end()))

    spans.sort(key=lambda s: s.start)
    return spans


def _gates_passed(grammar: DateGrammar, words: AbstractSet[str]) -> set[str]:
    """The names of the word gates `words` pass (WordGate.passes), read with one intersection
    with all the gates' anchors instead of one per gate: find_dates asks about fifteen gates
    per paragraph, and a paragraph holds the anchors of few of them."""
    by_anchor = grammar.gates_by_anchor
    passed: set[str] = set()
    for anchor in grammar.gate_anchors.intersection(words):
        for name, gate in by_anchor[anchor]:
            if name not in passed and (
                gate.needed is None or any(needed <= words for needed in gate.needed[anchor])
            ):
                passed.add(name)
    return passed


def _matches_at_words(pattern: re.Pattern[str], text: str, words: Iterable[str]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), for a pattern each match of which begins with one of `words` (a
    weekday's: DateGrammar.weekday begins with its name): tried only where one of them is
    written, found by str.find in C, instead of at every position of the paragraph, where sre
    tests a word boundary and the names' first letters (about half the scan's cost)."""
    starts = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                end = max(match.end(), start + 1)
                yield match


def _first_day(published: date, offset: int, precision: str) -> date:
    """The day a relative word stands for, counted `offset` days from `published`; for a week or
    a month ("last week", "este mes") its first day (Monday, the 1st), to that precision."""
    if precision == "week":
        day = published + timedelta(days=offset)
        return day - timedelta(days=day.weekday())
    if precision == "month":
        month_start = published.replace(day=1)
        return month_start if offset >= 0 else (month_start - timedelta(days=1)).replace(day=1)
    return published + timedelta(days=offset)


_NAME_AFTER = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")
"""A capitalised word after a space: the surname after "Domingo"."""
_SENTENCE_OPENERS = '.!?:;|"“«(—–-\n'
"""Characters after which a word opens a sentence, a line or a heading (capitalised by rule)."""


def _is_name(text: str, start: int, end: int) -> bool:
    """Whether the weekday word at [start, end) of `text` is a person's name, in a language that
    writes its weekdays in lower case: capitalised within a sentence and before another
    capitalised word ("en el Domingo Luciani, en El Llanito"), not "Domingo 4 de agosto" or a
    sentence's first word."""
    if not text[start : start + 1].isupper() or _NAME_AFTER.match(text, end) is None:
        return False
    before = text[max(0, start - 8) : start].rstrip(" \t")
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


def _last_weekday_numbered(weekday: int, day: int, published: date) -> date | None:
    """The last date numbered `day` that falls on `weekday`, on or before `published`, within
    about two months (further back, the number is more likely a count than a day)."""
    value = _last_day_numbered(day, published)
    if value is not None and value.weekday() == weekday and (published - value).days <= 62:
        return value
    return None


def _last_day_numbered(day: int, published: date) -> date | None:
    """The last date numbered `day` on or before `published` (at most two months back)."""
    year, month = published.year, published.month
    for _ in range(3):
        value = _make_date(year, month, day)
        if value is not None and value <= published:
            return value
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return None


def heading_date(
    line: str, published: date | None, context_year: int | None, grammar: DateGrammar | None = None
) -> date | None:
    """The date of a chronology heading: a line that is only a date ("29 July", "Lunes 29 de julio")."""
    if len(line) > 40:
        return None
    grammar = grammar or date_grammar()
    match = grammar.heading.match(fold_text(line))
    if not match:
        return None
    month_word = match.group("m1") or match.groupdict().get("m2")
    day_text = match.group("d1") or match.groupdict().get("d2")
    if month_word is None or day_text is None:
        return None
    month = grammar.months.get(month_word.rstrip("."))
    if month is None:
        return None
    day = int(day_text)
    year = int(match.group("y")) if match.group("y") else _year_for(month, day, published, context_year)
    return _make_date(year, month, day)
