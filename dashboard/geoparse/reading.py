"""How a text is read: the patterns compiled from a language pack and the country profile.

A `Reading` is built once per (languages, country) and shared by every stage. Clause-level
words (event vocabulary, reporting verbs, date words) come from the text's own language pack;
name-level words (organisation words, level words, the head words of streets and squares)
also come from the country's local languages, because the names of its places and
institutions keep their local form in any language's text ("Avenida Bolívar", "estado Zulia",
"Universidad Central de Venezuela" in an English story).
"""

from __future__ import annotations

import _sre
import functools
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from re import _casefix  # type: ignore[attr-defined]
from typing import Any, Protocol

from dashboard.dates import DateGrammar, date_grammar
from dashboard.gazetteer import fold
from dashboard.knowledge import CountryProfile, LanguagePack, load_country_profile, load_language_pack
from dashboard.prefilter import by_first_char, distributed, first_chars, prefiltered

PROTEST_TYPES: tuple[str, ...] = (
    "excessive_force",
    "protest_with_intervention",
    "arrests",
    "pro_government_rally",
    "peaceful_protest",
)
"""Event types in the order their triggers are tried (the more specific first)."""

LEVEL_CUES: tuple[str, ...] = ("state", "municipality", "neighbourhood", "city", "landmark")


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of regular-expression fragments, in the given order; a
    long one distributed and grouped two characters deep (see deep_alternation) when every
    group can be keyed by a lower-case ASCII letter, a digit or a space: no two of those match
    one character even under IGNORECASE ("k" and the Kelvin sign are one letter's), so the
    groups exclude each other in the case-insensitive patterns as in the lower-cased ones."""
    words = list(words)
    if len(words) >= GROUPED_ALTERNATION:
        return deep_alternation(words)
    return "(?:" + "|".join(f"(?:{w})" for w in words) + ")"


def numbered_groups(fragments: Iterable[str]) -> list[str]:
    """The fragments, a named group that an earlier fragment already defines renamed with a
    number ("count" in the second pack's fragment becomes "count_2"): packs read together
    (English and Spanish clauses) each name the group their fragment captures, and one
    pattern may not define a name twice. Read such a group with `named_span`."""
    seen: dict[str, int] = {}
    out = []
    for fragment in fragments:
        names = dict.fromkeys(re.findall(r"\(\?P<(\w+)>", fragment))
        for name in names:
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                renamed = f"{name}_{seen[name]}"
                fragment = fragment.replace(f"(?P<{name}>", f"(?P<{renamed}>").replace(
                    f"(?P={name})", f"(?P={renamed})"
                )
        out.append(fragment)
    return out


def named_span(match: re.Match[str], name: str) -> tuple[int, int]:
    """The span of group `name` in a match of fragments joined by `numbered_groups`: the one of
    its numbered copies that took part in the match ((-1, -1) when none did)."""
    for group in (
        name,
        *(g for g in match.re.groupindex if g.startswith(name + "_") and g[len(name) + 1 :].isdigit()),
    ):
        if group in match.re.groupindex and match.start(group) >= 0:
            return match.span(group)
    return (-1, -1)


def named_text(match: re.Match[str], name: str) -> str:
    """The text of group `name` (see `named_span`), "" when no copy of it took part."""
    start, end = named_span(match, name)
    return match.string[start:end] if start >= 0 else ""


def deep_alternation(words: Iterable[str]) -> str:
    """alternation(words) for a long union that the stages search over whole sentences, many
    thousand times: distributed (see prefilter.distributed) and grouped two characters deep,
    with the words that begin with a number ("\\d+ days of") in a group of their own. The same
    matches, case-insensitive too: groups are keyed by characters that have one case form."""
    spread = [fragment for word in words for fragment in distributed(word)]
    return by_first_char(spread, depth=2, keys=_CASELESS_KEYS, digits=True)


GROUPED_ALTERNATION = 8
"""Fewer fragments than this are tried one by one: grouping would not pay."""

_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_CASELESS_KEYS = _ASCII_LOWER | frozenset("0123456789 ")
"""Characters that no other character matches under IGNORECASE, nor they another's."""


def _words(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


NEVER = re.compile(r"(?!x)x")

_PLAIN_WORD = re.compile(r"[a-záéíóúüñ]+(?: [a-záéíóúüñ]+)*")


def _bounded_words(words: Sequence[str]) -> Words:
    r"""Words.compile(r"\b" + _words(words) + r"\b"), its lower-cased pattern keyed by each
    word's first letter, with the word-start test after that letter ("n(?<!\wn)(?:o|unca|i)\b"):
    sre then skips in C to the letters a word can begin with, where the look-ahead of
    Words.compile enters the matcher at every position. The same matches: words that begin with
    different letters cannot match at one position, each group keeps the words' order, and the
    look-behind reads the character before the letter as \b does. For a pattern read over whole
    sentences (a negation, asked of each sentence with a protest word)."""
    plain = Words.compile(r"\b" + _words(words or ["(?!x)x"]) + r"\b")
    if plain.lower is None or not words or not all(_PLAIN_WORD.fullmatch(w) for w in words):
        return plain
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    keyed = "|".join(
        f"{first}(?<!\\w{first})(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
        for first, rests in groups.items()
    )
    return Words(plain.ignorecase, re.compile("(?:" + keyed + r")\b"))


@functools.cache
def unsafe_folding() -> str:
    """The characters after which lower-cased matching is not IGNORECASE matching.

    sre compares the simple lower case of each character (`_sre.unicode_tolower`) and, for a
    few letters, an extra set of equivalents (`re._casefix`: "s" also matches "ſ", "i" also
    "ı", Greek "σ" also "ς"). A lower-cased pattern over lower-cased text is exact only for
    characters whose `str.lower()` is that same single character, keeps its word, space and
    digit class, and is the first member of its equivalence set (so that text and pattern
    cannot hold two different members of one set). Derived from the running Python's own
    tables, a block of 256 code points at a time: a block that `str.lower()` leaves alone and
    that holds no extra equivalent cannot hold such a character.
    """
    extra = _casefix._EXTRA_CASES
    word, space, digit = re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")
    out: list[str] = []
    extra_blocks = {cp >> 8 for cp in extra}
    for base in range(0, 0x110000, 256):
        if 0xD800 <= base < 0xE000:
            continue  # surrogates: never in a decoded text
        block = "".join(map(chr, range(base, base + 256)))
        if block.lower() == block and base >> 8 not in extra_blocks:
            continue
        for char in block:
            code = ord(char)
            if char.lower() == char and code not in extra and _sre.unicode_tolower(code) == code:
                continue  # its own lower case, sre's too, no equivalent: read alike either way
            if not _folds_plainly(char, extra, word, space, digit):
                out.append(char)
    return "".join(out)


def _folds_plainly(
    char: str,
    extra: Mapping[int, tuple[int, ...]],
    word: re.Pattern[str],
    space: re.Pattern[str],
    digit: re.Pattern[str],
) -> bool:
    """Whether IGNORECASE reads `char` as a lower-cased pattern reads `char.lower()`."""
    lower = char.lower()
    if len(lower) != 1 or ord(lower) != _sre.unicode_tolower(ord(char)):
        return False
    if ord(lower) in extra and ord(lower) != min(ord(lower), *extra[ord(lower)]):
        return False
    if lower != char and not _sre.unicode_iscased(ord(lower)):
        return False
    return all(bool(p.match(char)) == bool(p.match(lower)) for p in (word, space, digit))


@functools.cache
def _unsafe_folding_re() -> re.Pattern[str]:
    return re.compile("[" + re.escape(unsafe_folding()) + "]")


def lowered_exactly(text: str) -> str | None:
    """`text.lower()`, when a lower-cased pattern over it finds exactly what the IGNORECASE
    pattern finds over `text` (at the same offsets); None when the text holds a character of
    unsafe_folding() ("ſ", "ı", Greek, the Kelvin sign's cousins), which must be read slowly."""
    if _unsafe_folding_re().search(text):
        return None
    return text.lower()


def lower_source(source: str) -> str | None:
    """`source` (an IGNORECASE pattern) lower-cased for lower-cased text, or None when that
    would not be the same pattern: escapes (\\W, \\S, \\B, \\A, \\Z, \\N{...}) and group
    names are kept as written, and a character range whose ends are not both ASCII letters
    or digits, or any character of unsafe_folding(), makes it None."""
    if _unsafe_folding_re().search(source):
        return None
    out: list[str] = []
    i, in_class = 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            if source.startswith("N{", i + 1):
                close = source.index("}", i)
                out.append(source[i : close + 1])
                i = close + 1
                continue
            out.append(source[i : i + 2])
            i += 2
            continue
        if not in_class and (source.startswith("(?P<", i) or source.startswith("(?P=", i)):
            close = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i : close + 1])
            i = close + 1
            continue
        if in_class:
            if char == "]" and out[-1] != "[" and out[-1] != "[^":
                in_class = False
            elif char == "-" and out[-1] not in ("[", "[^") and i + 1 < len(source) and source[i + 1] != "]":
                ends = out[-1][-1] + source[i + 1]
                if not all(c.isascii() and c.isalnum() for c in ends) or out[-1].startswith("\\"):
                    return None
        elif char == "[":
            in_class = True
            if source.startswith("[^", i):
                out.append("[^")
                i += 2
                continue
        out.append(char.lower())
        i += 1
    return "".join(out)


WINDOW_ANCHOR = 3
"""The shortest string Words.search_in tests a window for before scanning it (see Words.anchors)."""


@dataclass(frozen=True)
class Words:
    """A case-insensitive pattern that runs on lower-cased text when it can: sre compares the
    case-folded literals of an IGNORECASE pattern one by one, several times slower.

    Each method reads `text` as the IGNORECASE pattern would; give `lowered` (the document's
    `lowered`, see lowered_exactly) to take the fast path: same offsets, same matches."""

    ignorecase: re.Pattern[str]
    lower: re.Pattern[str] | None
    anchors: tuple[str, ...] = ()
    """Strings one of which every match of `lower` holds (prefilter's anchors), when none is
    shorter than WINDOW_ANCHOR: a window without any of them has no match, so search_in answers
    it without the scan. Most windows before a place lack the rare words of most cues ("que vive
    en", "tribunal", "convocad"), and `in` skips in C where sre tries each position of the
    window; shorter strings ("en", "a") are in nearly every window, and testing them would only
    add to the scan."""

    @classmethod
    def compile(cls, source: str) -> Words:
        """`source` with IGNORECASE, and lower-cased (see lower_source) behind a look-ahead of
        the characters a match can begin with (see first_chars), when those are known."""
        lowered = lower_source(source)
        if lowered is None:
            return cls(re.compile(source, re.IGNORECASE), None)
        starts = first_chars(lowered)
        if starts is not None:
            lowered = "(?=[" + "".join(re.escape(c) for c in sorted(starts)) + "])(?:" + lowered + ")"
        lower = re.compile(lowered)
        anchors = prefiltered(lower).anchors
        if any(len(anchor) < WINDOW_ANCHOR for anchor in anchors):
            anchors = ()
        return cls(re.compile(source, re.IGNORECASE), lower, anchors)

    def _pick(self, text: str, lowered: str | None) -> tuple[re.Pattern[str], str]:
        if self.lower is None:
            return self.ignorecase, text
        if lowered is None:
            lowered = lowered_exactly(text)
            if lowered is None:
                return self.ignorecase, text
        return self.lower, lowered

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, *, lowered: str | None = None
    ) -> re.Match[str] | None:
        pattern, subject = self._pick(text, lowered)
        return pattern.search(subject, pos, endpos)

    def match(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, *, lowered: str | None = None
    ) -> re.Match[str] | None:
        pattern, subject = self._pick(text, lowered)
        return pattern.match(subject, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, *, lowered: str | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches (their groups are read from the lower-cased text on the fast path:
        use offsets, not group text)."""
        pattern, subject = self._pick(text, lowered)
        return pattern.finditer(subject, pos, endpos)

    def search_checked(self, text: str, lowered: str | None) -> re.Match[str] | None:
        """search(text), `lowered` being lowered_exactly(text), asked once by a caller that
        runs several patterns over one string (None: read it slowly)."""
        if self.lower is not None and lowered is not None:
            return self.lower.search(lowered)
        return self.ignorecase.search(text)

    # A document's own text: `doc.lowered` is None when the document must be read slowly.

    def search_doc(self, doc: Lowerable, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """search(doc.text, pos, endpos)."""
        if self.lower is not None and doc.lowered is not None:
            return self.lower.search(doc.lowered, pos, endpos)
        return self.ignorecase.search(doc.text, pos, endpos)

    def match_doc(self, doc: Lowerable, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """match(doc.text, pos, endpos)."""
        if self.lower is not None and doc.lowered is not None:
            return self.lower.match(doc.lowered, pos, endpos)
        return self.ignorecase.match(doc.text, pos, endpos)

    def finditer_doc(
        self, doc: Lowerable, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """finditer(doc.text, pos, endpos): read group text from doc.text by offsets."""
        if self.lower is not None and doc.lowered is not None:
            return self.lower.finditer(doc.lowered, pos, endpos)
        return self.ignorecase.finditer(doc.text, pos, endpos)

    def search_in(self, doc: Lowerable, start: int, end: int) -> re.Match[str] | None:
        """search(doc.text[start:end]): the window read alone (lookbehinds and "^" do not see
        what comes before `start`); offsets are the window's."""
        if self.lower is not None and doc.lowered is not None:
            window = doc.lowered[start:end]
            if self.anchors:
                for anchor in self.anchors:  # a plain loop: any() over a generator costs more
                    if anchor in window:
                        break
                else:
                    return None  # no string every match holds: no match (see anchors)
            return self.lower.search(window)
        return self.ignorecase.search(doc.text[start:end])

    def match_in(self, doc: Lowerable, start: int, end: int) -> re.Match[str] | None:
        """match(doc.text[start:end]): the window read alone, as search_in reads it."""
        if self.lower is not None and doc.lowered is not None:
            return self.lower.match(doc.lowered[start:end])
        return self.ignorecase.match(doc.text[start:end])


class Lowerable(Protocol):
    """A text with its exact lower-cased form (see lowered_exactly), e.g. a Document."""

    @property
    def text(self) -> str: ...

    @property
    def lowered(self) -> str | None: ...


@dataclass(frozen=True)
class Reading:
    """Every compiled pattern and word set the stages use (see the language pack schema)."""

    languages: tuple[str, ...]
    home: str
    home_name: str
    years: tuple[int, ...]
    elections: tuple[date, ...]
    """The country profile's election days (what "the day after the election" counts from when
    the text does not give the day)."""
    dates: DateGrammar
    confidence_floors: Mapping[str, float]
    confidence_caps: Mapping[str, float]
    """The country profile's confidence by kind of evidence (see confidence)."""
    # sentences and clauses
    abbreviations: tuple[str, ...]
    clause_split: Words
    clause_break: Words
    where_clause: Words
    where_cheap: tuple[str, ...]
    where_word: Words
    """A relative clause's own word alone ("donde", "en la que", "where"): what every match of
    `where_clause` holds, looked for first in the window after a place. The cheap words are
    in most windows ("que"); the clause's words are in few, and the full pattern, which tries
    up to eight words before them, costs several times more."""
    list_gap: re.Pattern[str]
    conjunct_split: re.Pattern[str]
    """Where a sentence's conjuncts meet (a comma, a semicolon, "and", "y"): "el lunes en
    Maturín y el martes en Cumaná" gives each place the day of its own conjunct."""
    present: Words
    present_report: Words
    """A protest told in the present, as a live blog or a caption tells it ("Protesters gather in",
    "manifestantes se concentran"): the day of reading, not the day of the paragraph before."""
    past: Words
    # events
    triggers: Mapping[str, re.Pattern[str]]
    all_triggers: re.Pattern[str]
    all_triggers_lower: re.Pattern[str] | None
    meeting: re.Pattern[str]
    planned: Words
    planned_predicate: Words
    """The event's own predicate, said after it, makes it planned ("Rallies in support of X are
    planned for Saturday in Y", "las marchas están convocadas para el sábado en Y")."""
    origin_before: Words
    origin_journey: Words
    destination_before: Words
    movement: Words
    """A destination word anywhere (not only right before a place): "were taken to the police
    headquarters in Lechería" (what the confidence stage weighs, see role.ROLE_EVIDENCE)."""
    march_towards: Words
    reported_from: Words
    reporting_verb: Words
    dateline_after: re.Pattern[str]
    byline: re.Pattern[str]
    other_time: Words
    """Another time than the story's ("last year", "hace dos semanas", "in April"): unlike a
    running count ("since 2013"), an aside at another time does not let the story's day go on."""
    time_break: Words
    """A running count or a range ("since the election", "toda la semana"), or another time
    ("last weekend", "hace dos semanas"): the day in force ends (see dating)."""
    comparison_before_break: Words
    """A superlative or an ordinal that a "since" or a range after it in its clause compares with
    ("the first roadblock in the barrio since the protests began", "la mayor marcha desde enero"):
    the sentence reports one event, not a running count (see dating)."""
    plan: Words
    """A plan ("called for", "convocó", the Spanish future): with a day, it ends the day in force."""
    continuation: Words
    """Words that continue the story's event in another place ("also", "meanwhile", "in other
    cities", "también", "además", "en el resto del país"): such a sentence keeps the lead's day
    across a break (see dating)."""
    beyond_place: Words
    """Words that carry the story's event beyond a place ("The protests were not limited to the
    capital"): no break of the day in force, whose next paragraph goes on elsewhere; the place they
    name stands for all the story's days, so it gets none (see dating)."""
    weekday_range: Words
    calm: Words
    """Calm or normality returning ("calm had returned", "amaneció tranquila", "volvió la
    normalidad"): the day it gives is not a protest's (see dating)."""
    when_clause: re.Pattern[str]
    """What opens a clause that tells what happened on the day before it ("desde el lunes, |
    cuando| comenzaron las protestas en Petare", "since Monday, |when| ..."): see dating."""
    night_before: Words
    same_night: re.Pattern[str]
    night_after_told_day: re.Pattern[str]
    """Relative words for the night after a day ("overnight"): counted from the day of writing
    when the story is at that day, else the night of the day the story is at (see dating)."""
    night_of: Words
    """A night's words right before an explicit day, up to two words between ("on the night of
    Monday, July 29", "la noche del lunes 29 de julio"): what a later "that night" refers back to."""
    after_range: re.Pattern[str]
    until_early_hours: re.Pattern[str]
    """What ends a night in the early hours of the day named after it ("hasta la madrugada del
    jueves", "until the early hours of Thursday"): the night is the day before (see dating)."""
    announced_count: Words
    days_after: Words
    """ "a day after", "two days after": the day before them is that many days after the event
    that follows them (the pack's `dates.days_after_before`, with `days_after_count`)."""
    days_after_count: Mapping[str, int]
    background_participle: re.Pattern[str]
    """A past participle of an arrest or a killing right before a date, not after an auxiliary:
    "classmates detained last week" dates those people's arrest, the background of the sentence,
    not the event the sentence reports ("students marched ... for classmates detained last week")."""
    count_shares: Words
    """What shares a count out among places ("more than 400 arrests, most of them in Caracas",
    "las 13 protestas restantes se distribuyeron entre Lara y Aragua"): the places of a total over
    the report's days, not of one event's day."""
    present_perfect: Words
    """A protest told in the present perfect ("have taken to the streets", "han protestado"): up to
    the time of writing, no one day of a story that has gone back before it."""
    reported_earlier: Words
    """A pluperfect ("had been detained"): what a statement reports happened before its words."""
    following_days: Words
    counted_after_apposition: re.Pattern[str]
    commemoration: re.Pattern[str]
    counted_back_from: re.Pattern[str]
    """Days or weeks counted from an event the phrase goes on to tell, with no comma, stop or
    semicolon after it, open at the end of the text it is searched in ("Eight days after the
    student march that ended in bloodshed in ", "una semana después de la protesta en "): groups
    count and unit; that event came that long before the day of the sentence (see dating)."""
    """An anniversary word with no sentence end after it, open at the end of the text it is
    searched in ("the anniversary of the fall of the dictatorship in ", "el aniversario del "):
    the year after it is the remembered event's, not the time of the sentence (see dating)."""
    """Days counted from an earlier night the text dates in an apposition, open at the end of the
    text it is searched in ("three days after the worst night, that of ", "tres días después de
    la peor noche, la del "): group count; the date after it, shifted, is the event's."""
    """The days after an event ("over the next two days", "en los días siguientes"): right after
    a place, its event is that span, not the day before it (see dating)."""
    place_clause: re.Pattern[str]
    """A place's relative clause, open at the end of the text it is matched on ("San Cristóbal,
    where barricades had stood "): what it tells is the place's background (see dating)."""
    """A count of people arrested, detained or killed ("126 people had been arrested", "40
    personas fueron detenidas"): told after a reporting verb, the day of the words is not the
    count's (see dating)."""
    """A night before the day the sentence gives ("tras una noche de cacerolazos en Valencia,
    ... en la madrugada de este martes", "after a night of protests in"): see dating."""
    shift_of_event: re.Pattern[str]
    """What joins a shift to the story's event it counts from ("un día antes | de la | marcha", "a
    day after | the | rally"): then it counts from the lead's day, not from the day in force."""
    """A range of weekdays ("entre el martes y el jueves", "from Monday to Wednesday"): its days
    are a span, not the day of the sentence's event."""
    anaphoric_event: Words
    authority_possessive: Words
    statement_after: re.Pattern[str]
    speaker_opener: re.Pattern[str]
    located_in_before: re.Pattern[str]
    marching: Words
    towards_before: Words
    not_reached_after: re.Pattern[str]
    """After a place a march went towards: it never got there ("toward Miraflores but was turned
    back", "hacia la Defensoría, pero fueron repelidos")."""
    going_home_before: Words
    """A crowd leaving for home: where it goes is not where it protested ("heading home towards
    Los Palos Grandes")."""
    attempted_towards_before: Words
    """An attempt to go to a place, right before it, that the text does not say succeeded ("una
    columna que intentó seguir hacia el Palacio de Miraflores fue reprimida en la avenida
    Urdaneta", "tried to reach the electoral council"): a destination, not a site."""
    background_word: Words
    """ "tras", "after": what follows is another, earlier event ("rodearon la gobernación tras
    la sublevación de unos guardias en Cotiza")."""
    people_of_before: Words
    """ "Estudiantes de Mérida y de Táchira ": people named by where they come from, right before
    the place (at the end of the text it is searched in)."""
    called_by: re.Pattern[str]
    locating_opener: re.Pattern[str]
    # places and names
    level_before: Mapping[str, Words]
    level_after: Mapping[str, re.Pattern[str]]
    list_state_cue: Words
    container_gap: re.Pattern[str]
    beside_the_city: re.Pattern[str]
    """An apposition that places a name relative to the city the text is about (", south of the
    city", ", al sur de la ciudad"): the name is a place of that city's country, near it."""
    of_capital: re.Pattern[str]
    connectors: frozenset[str]
    landmark_heads: frozenset[str]
    org_words: frozenset[str]
    org_jurisdiction: frozenset[str]
    """Level words between an organisation word and its place ("Policía del estado Monagas")."""
    allowed_preceding: frozenset[str]
    allowed_following: frozenset[str]
    stop_names: frozenset[str]
    given_names: frozenset[str]
    honorific_before: re.Pattern[str]
    """A title right before a name ("Mr. Trujillo", "la Sra. Mérida"): the name is a person's."""
    non_places: frozenset[str]
    geocoder_cues: frozenset[str]
    geocoder_connectors: frozenset[str]
    negation_before: Words
    negation_word: Words
    range_after: re.Pattern[str]
    caption_line: Words
    relative_before: Words
    locative_before: re.Pattern[str]
    appositive: re.Pattern[str]
    state_anaphor: Words
    state_anaphor_words: tuple[str, ...]
    """The anaphors of state_anaphor in lower case: a match of its lower-cased pattern starts
    where one of them does (the role stage looks only there instead of scanning the text)."""
    # places below the city (see anchoring)
    heads_before: Mapping[tuple[str, ...], tuple[str, str]]
    heads_after: Mapping[tuple[str, ...], tuple[str, str]]
    plural_heads: Mapping[tuple[str, ...], tuple[str, str]]
    head_modifiers: frozenset[str]
    head_of: frozenset[str]
    named_roads: Mapping[tuple[str, ...], str]
    other_members: frozenset[str]
    intersections: frozenset[str]
    crossing_before: re.Pattern[str]
    residents_before: Words
    name_of_words: frozenset[str]
    head_of_or_articles: frozenset[str]
    residents_words: frozenset[str]
    example_openers: frozenset[tuple[str, ...]]
    """The words between a plural head and the list it opens ("barrios como", "districts such as")."""
    landmark_before: Words
    """A phrase that places something at a building or a landmark ("frente al", "in front of"),
    before a name (and its article): see anchoring's facing_landmarks."""
    landmark_cue_starts: frozenset[str]
    """The first word of each of those phrases ("frente", "in"): the cheap test."""
    road_cues: frozenset[str]
    """Words after which "la"/"the" and a capitalised name are a road named without its head
    word ("marcharon por la Baralt", "trancaron la Vargas", "blocked the Limpia"): see
    anchoring's roads_gone_along."""
    bare_place_cues: frozenset[str]
    """Prepositions after which a run of names with no head word, in a clause that reports a
    protest, may be a run of sectors ("protesters in A, B and C", "hubo cacerolazos en A, B y
    C"); see anchoring."""
    bare_place_articles: frozenset[str]
    bare_not_names: frozenset[str]
    """Words that open no sector's name written bare (the months: "in January and February")."""
    bare_stop_names: frozenset[str]
    """Whole names that make a run after "in" no run of sectors: the profile's words that are
    not places when bare ("Unión", "Centro", "Maduro"), its non-places and its news agencies."""
    not_names: frozenset[str]
    indefinite_articles: frozenset[str]
    head_words: frozenset[str]
    name_connectors: frozenset[str]
    conjunctions: frozenset[str]
    # dates
    anchor_before: re.Pattern[str]
    anchor_noun_before: re.Pattern[str]
    anchor_noun_after: re.Pattern[str]
    event_noun: re.Pattern[str]
    """A word for the event dates are counted from ("election", "comicios")."""
    start_verb: re.Pattern[str]
    since_start_before: Words
    start_aside: re.Pattern[str]
    """A relative clause set off by a comma that tells when the protests began, up to a day ("...,
    the district where the protests began on"): the place's background, not the story's day."""
    quoted_languages: tuple[str, ...] = ()
    """The country's local languages this reading does not read clauses in: what people there
    are quoted saying ("Guardia lanzando bombas en la avenida Andrés Bello", in an English story)
    is in them."""
    country: str = "ve"
    """The country profile's key (what `reading_for` was asked for)."""
    guarded_heads: frozenset[tuple[str, ...]] = frozenset()
    """Head words that are common nouns as often as places ("offices", "shopping centre", "town
    hall", "hotel"): in `heads_before`/`heads_after`, but a phrase they head is a landmark only
    after a place preposition (`guarded_head_cues`) in a clause that reports a protest."""
    guarded_head_cues: frozenset[tuple[str, ...]] = frozenset()
    """Those prepositions, as tuples of folded words ("at", "front of")."""
    aside_relative: re.Pattern[str] = NEVER
    aim_clause: Words | None = None
    topic_clause: Words | None = None
    attempted_towards: re.Pattern[str] = NEVER
    """The attempt words of `attempted_towards_before` anywhere ("intentó llegar hasta la sede del
    CNE en Valencia"): the town of a destination a march never reached (see role_of)."""
    """Words that give what a meeting or a press conference was about ("about", "para referirse
    a"): an event word after them, past the meeting's venue, is the topic, not an event there."""
    """A comma and a participle that tells what the people at a place asked for or carried (",
    asking the United Nations to verify the vote count"): an event word after it is their aim, not
    an event at the place (see role_of)."""
    """A comma and a relative clause, perhaps after a noun ("..., the plaza that served as the heart
    of the 2014 protests", ", where in 2017 ..."): a place's background set off from the event."""
    statement_day_after: re.Pattern[str] = NEVER
    """`statement_after` and the verbs whose day is the words' though they report an event
    ("denunciaron este jueves que ... la noche del miércoles"): read for the statement's day only,
    since the place after them is often the event's ("denunciaron detenciones en el Táchira")."""
    reported_opener: re.Pattern[str] = NEVER
    """The word that opens what a statement reports ("que", "that"): a day after it is the reported
    event's, not the day of the words ("informaron que el martes la GNB ...")."""


def _gather(packs: Sequence[LanguagePack], section: str, key: str) -> list[Any]:
    out: list[Any] = []
    for pack in packs:
        for item in getattr(pack, section)[key]:
            if item not in out:
                out.append(item)
    return out


def _gather_map(packs: Sequence[LanguagePack], section: str, key: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for pack in packs:
        for sub, items in getattr(pack, section)[key].items():
            bucket = out.setdefault(sub, [])
            bucket.extend(i for i in items if i not in bucket)
    return out


@functools.lru_cache(maxsize=8)
def reading_for(languages: tuple[str, ...], country: str = "ve") -> Reading:
    """The reading of `languages` (clause words) in `country` (its local languages add their
    name words); cached per process."""
    profile = load_country_profile(country)
    clause_packs = [load_language_pack(code) for code in languages]
    name_codes = list(languages) + [c for c in profile.local_languages if c not in languages]
    name_packs = [load_language_pack(code) for code in name_codes]
    reading = compile_reading(clause_packs, name_packs, profile)
    quoted = tuple(c for c in profile.local_languages if c not in languages)
    return replace(reading, quoted_languages=quoted, country=country)


def _lower_triggers(alternatives: str) -> re.Pattern[str]:
    """The lower-cased trigger pattern, with a look-ahead of the characters a trigger can begin
    with: sre otherwise tries all the triggers at every word start ("y", "que", "un")."""
    starts = first_chars("(?:" + alternatives + ")")
    ahead = "" if starts is None else "(?=[" + "".join(re.escape(c) for c in sorted(starts)) + "])"
    return re.compile(r"(?<![\w-])" + ahead + "(?:" + alternatives + ")")


def compile_reading(
    clause_packs: Sequence[LanguagePack], name_packs: Sequence[LanguagePack], profile: CountryProfile
) -> Reading:
    """Compile the patterns of a reading (see `reading_for`)."""
    flags = re.IGNORECASE

    def ev(key: str) -> list[str]:
        return _gather(clause_packs, "events", key)

    def se(key: str) -> list[str]:
        return _gather(clause_packs, "sentences", key)

    def dt(key: str) -> list[str]:
        return _gather(clause_packs, "dates", key)

    opener_words = se("reported_clause_openers")

    def dated_phrase(key: str, tail: str) -> re.Pattern[str]:
        """The date key's fragments at a word start, then `tail`; a group name that both packs
        use is numbered apart (see numbered_groups)."""
        fragments = numbered_groups(dt(key)) or [NEVER.pattern]
        return re.compile(r"(?<![\w-])(?:" + alternation(fragments) + ")" + tail, flags)

    def pl(key: str) -> list[str]:
        return _gather(name_packs, "places", key)

    def whole_words(words: list[str]) -> Words:
        """Any of `words` as a whole word: not the tail of a longer or hyphenated word, nor its head."""
        return Words.compile(r"(?<![\w-])(?:" + alternation(words or [NEVER.pattern]) + r")(?!\w)")

    def opt(words: list[str], tail: str = r"\s+") -> str:
        return f"(?:{alternation(words)}{tail})?" if words else ""

    triggers_map = _gather_map(clause_packs, "events", "triggers")
    missing = [kind for kind in PROTEST_TYPES if kind not in triggers_map]
    if missing:
        from dashboard.errors import DataFileError

        where = ", ".join(p.path for p in clause_packs)
        raise DataFileError(f"{where}: key 'events.triggers' lacks {', '.join(map(repr, missing))}")
    triggers = {
        kind: re.compile(r"(?<![\w-])" + alternation(words or [NEVER.pattern]), flags)
        for kind, words in triggers_map.items()
    }
    meeting = ev("meeting") or [NEVER.pattern]
    groups = [f"(?P<meeting>{alternation(meeting)})"] + [
        f"(?P<{kind}>{alternation(triggers_map[kind] or [NEVER.pattern])})" for kind in PROTEST_TYPES
    ]
    all_source = r"(?<![\w-])(?:" + "|".join(groups) + ")"
    # The same pattern in lower case, without IGNORECASE, run over the lower-cased sentence:
    # about four times faster (sre compares case-folded literals one by one). Only when no
    # fragment uses an upper-case escape (\W, \S, \D), which lower-casing would change.
    lower_source = "|".join(groups)

    def lowered(words: list[str]) -> str:
        """The words lower-cased, distributed and grouped two characters deep (see
        prefilter.distributed): the union is scanned over every sentence by the role and dating
        stages, and sre otherwise tries each word that shares a first letter with the one read."""
        return by_first_char(
            [
                fragment
                for word in words or [NEVER.pattern]
                for fragment in distributed(word.lower().replace("(?p<", "(?P<"))
            ],
            depth=2,
        )

    triggers_lower = (
        None
        if re.search(r"\\[A-Z]", lower_source.replace("(?P<", ""))
        else _lower_triggers(
            "|".join(
                [f"(?P<meeting>{lowered(meeting)})"]
                + [f"(?P<{kind}>{lowered(triggers_map[kind])})" for kind in PROTEST_TYPES]
            )
        )
    )
    level_before = {
        level: Words.compile(r"(?:^|\W)" + alternation(words) + r"\s*$")
        for level, words in _gather_map(name_packs, "places", "level_before").items()
        if words
    }
    level_after = {
        level: re.compile(r"^(?:['’]s)?\s+" + alternation(words) + r"\b")
        for level, words in _gather_map(name_packs, "places", "level_after").items()
        if words
    }
    articles = pl("articles")

    def heads(level_keys: dict[str, str]) -> dict[tuple[str, ...], tuple[str, str]]:
        out: dict[tuple[str, ...], tuple[str, str]] = {}
        for level, key in level_keys.items():
            for pack in name_packs:
                for word, canonical in pack.subcity[key].items():
                    out.setdefault(tuple(fold(word).split()), (level, canonical))
        return out

    def sub(key: str) -> list[str]:
        return _gather(name_packs, "subcity", key)

    conjunction_words = frozenset(fold(w) for w in _gather(name_packs, "sentences", "list_conjunctions"))
    conjunctions = _words(se("list_conjunctions") or ["and"])
    present = ev("present_tense")
    past_words = ev("past_tense")
    past_suffixes = [p.events["past_suffix"] for p in clause_packs]
    agencies = [re.escape(a) for a in profile.news_agencies]
    grammar = date_grammar(tuple(p.code for p in clause_packs))
    month = "(?i:" + "|".join(sorted((re.escape(m) for m in grammar.months), key=len, reverse=True)) + ")"
    container_nouns = pl("container_nouns")
    container_of = pl("container_of")
    # heads that are common nouns as often as places: after the plain heads, which win a clash
    plain_before = heads({"landmark": "landmark_heads_before", "neighbourhood": "neighbourhood_heads_before"})
    plain_after = heads({"landmark": "landmark_heads_after", "neighbourhood": "neighbourhood_heads_after"})
    guarded_before = {
        k: v for k, v in heads({"landmark": "landmark_heads_before_guarded"}).items() if k not in plain_before
    }
    guarded_after = {
        k: v for k, v in heads({"landmark": "landmark_heads_after_guarded"}).items() if k not in plain_after
    }
    return Reading(
        languages=tuple(p.code for p in clause_packs),
        home=profile.code,
        home_name=profile.name,
        years=profile.years,
        elections=profile.elections,
        dates=date_grammar(tuple(p.code for p in clause_packs)),
        confidence_floors=profile.confidence_floors,
        confidence_caps=profile.confidence_caps,
        abbreviations=tuple(_gather(clause_packs, "sentences", "abbreviations")),
        clause_split=Words.compile(
            r",\s*"
            + alternation(se("clause_split") or [NEVER.pattern])
            + r"\b|;"
            + (r"|\b" + alternation(se("clause_split_bare")) + r"\b" if se("clause_split_bare") else "")
        ),
        clause_break=Words.compile(r"[;:]|\b" + alternation(se("clause_break") or [NEVER.pattern]) + r"\b"),
        where_clause=Words.compile(
            r"(?:[\s,]+(?:"
            + "|".join(pl("appositive_words"))
            + r"|[A-ZÁÉÍÓÚÑ][\w’'.-]*)\b){0,8}?[\s,]*"
            + alternation(se("where_clause") or [NEVER.pattern])
            + r"\b"
        ),
        where_cheap=tuple(w.lower() for w in se("where_clause_cheap")),
        where_word=Words.compile(alternation(se("where_clause") or [NEVER.pattern])),
        # "de la urbanización La Victoria y de El Pilar": a bare conjunction may repeat the
        # preposition that governs the list (not after a comma: "en Táriba, en el municipio
        # Cárdenas, y en Palmira" lists Táriba and Palmira, not the container before it)
        list_gap=re.compile(
            r"^\s*(?:,\s*(?:{c}\s+)?|{c}\s+(?:{p}\s+)?)\s*$".format(
                c=conjunctions, p=_words(se("list_prepositions"))
            )
            if se("list_prepositions")
            else r"^\s*(?:,\s*(?:" + conjunctions + r"\s+)?|" + conjunctions + r"\s+)\s*$",
            flags,
        ),
        conjunct_split=re.compile(r"[,;]|(?<!\w)" + conjunctions + r"(?!\w)", flags),
        present=Words.compile(r"\b" + alternation(present or [NEVER.pattern]) + r"\b"),
        present_report=Words.compile(r"\b" + alternation(ev("present_report") or [NEVER.pattern]) + r"\b"),
        past=Words.compile(
            r"\b" + alternation(past_words or [NEVER.pattern]) + r"\b|\b" + alternation(past_suffixes) + r"\b"
        ),
        triggers=triggers,
        all_triggers=re.compile(all_source, flags),
        all_triggers_lower=triggers_lower,
        meeting=re.compile(r"(?<![\w-])" + alternation(meeting), flags),
        planned=Words.compile(r"(?<![\w-])" + alternation(ev("planned") or [NEVER.pattern])),
        planned_predicate=Words.compile(
            r"(?<![\w-])" + alternation(ev("planned_predicate") or [NEVER.pattern]) + r"(?![\w-])"
        ),
        origin_before=Words.compile(
            r"(?:^|\W)"
            + alternation(ev("origin") or [NEVER.pattern])
            + r"\s*"
            + opt(articles)
            + r"(?:(?:[\w'’-]+,?\s+){1,3}?"  # the next member of a list: "originarios de Cagua y "
            + alternation(se("list_conjunctions") or [NEVER.pattern])
            + r"\s+(?:\w{2,4}\s+)?)?$"
        ),
        # "Many of the marchers had come by bus from Quíbor and El Tocuyo": a journey's start,
        # though a march word comes before it (which otherwise makes "from" where it set off);
        # read with origin_before, which finds the "from" (or the list) right before the place
        origin_journey=Words.compile(
            r"(?:^|\W)" + alternation(ev("origin_journey") or [NEVER.pattern]) + r"\W"
        ),
        destination_before=Words.compile(
            r"(?:^|\W)" + alternation(ev("destination") or [NEVER.pattern]) + r"\s*" + opt(articles) + "$"
        ),
        movement=Words.compile(r"(?:^|\W)" + alternation(ev("destination") or [NEVER.pattern]) + r"\W"),
        march_towards=Words.compile(
            alternation(ev("march_towards") or [NEVER.pattern]) + r"\s*" + opt(articles) + "$"
        ),
        reported_from=Words.compile(
            r"(?<![\w-])"
            + alternation(ev("reporting_verbs") or [NEVER.pattern])
            # up to four words before the preposition, none of them the word that opens what was
            # said: "dijeron que en la avenida Universidad la Guardia ..." reports the avenue
            + r"\s+(?:"
            + (f"(?!{alternation([re.escape(w) for w in opener_words])}\\s)" if opener_words else "")
            + r"[\w,]+\s+){0,4}?"
            + alternation(ev("reported_from_prepositions") or [NEVER.pattern])
            + r"\s+"
            + opt(articles)
            + "$"
        ),
        reporting_verb=Words.compile(
            r"(?<![\w-])" + alternation(ev("reporting_verbs") or [NEVER.pattern]) + r"(?![\w-])"
        ),
        dateline_after=re.compile(
            # a plain hyphen ends a dateline only after its day: "CARACAS, Feb 20 - ", ", 7 August 2024 - "
            r"^(?:\s*,\s*(?:" + month + r")\.?\s+\d{1,2}(?:,\s+\d{4})?\s+-\s"
            r"|\s*,\s*\d{1,2}\s+(?:de\s+)?(?:" + month + r")\.?(?:,?\s+(?:de\s+)?\d{4})?\s+-\s)"
            r"|^(?:\s*\([A-Z][\w ]{1,25}\))?"  # "VALENCIA (Venezuela), 20 feb (EFE).-"
            r"(?:\s*,\s*[A-Z][\w. ]{1,25}(?:,\s+\d{4})?)?"  # "CARACAS, July 31, 2024 (AFP) -"
            r"(?:\s*,\s*\d{1,2}(?:\s+\w{2,10}\.?){1,4}(?:,?\s+\d{4})?)?"  # ", 6 de agosto de 2024"
            r"(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"  # ", July 11 (Reuters)"
            r"\s*(?:\(\s*" + alternation(agencies or [NEVER.pattern]) + r"\s*\)|[—–]|--"
            r"|\(\s*[A-Za-z][\w ]{1,40}\)\s*\.?\s*[—–-])"  # "(Agencia).–", "(agencias) —": a source, a dash
        ),
        byline=re.compile(r"\s*" + alternation(ev("byline_openers") or [NEVER.pattern]) + r"\b", flags),
        other_time=Words.compile(
            r"(?<![\w-])(?:" + alternation(dt("other_time") or [NEVER.pattern]) + r"(?!\w))"
        ),
        time_break=Words.compile(
            r"(?<![\w-])"
            + deep_alternation(
                (ev("cumulative") + ev("count_since") or [NEVER.pattern])
                + [f"(?:{word})(?!\\w)" for word in dt("other_time") or [NEVER.pattern]]
            )
        ),
        comparison_before_break=Words.compile(
            r"(?<![\w-])(?:"
            + alternation(dt("comparison_before_since") or [NEVER.pattern])
            + r")(?!\w)[^.,;:!?]{0,60}$"
        ),
        plan=Words.compile(r"(?<![\w-])" + alternation(dt("plan_words") or [NEVER.pattern]) + r"(?!\w)"),
        shift_of_event=re.compile(
            r"\s+(?:" + alternation(dt("shift_of_event") or [NEVER.pattern]) + r")\s+", flags
        ),
        weekday_range=Words.compile(
            r"(?<![\w-])" + alternation(dt("weekday_ranges") or [NEVER.pattern]) + r"(?!\w)"
        ),
        calm=whole_words(dt("calm_words")),
        when_clause=re.compile(
            r"\s*,\s*(?:" + alternation(dt("when_clause") or [NEVER.pattern]) + r")(?!\w)", flags
        ),
        night_before=whole_words(dt("night_before")),
        same_night=re.compile(alternation(dt("same_night") or [NEVER.pattern]), flags),
        night_after_told_day=re.compile(alternation(dt("night_after_told_day") or [NEVER.pattern]), flags),
        night_of=Words.compile(
            r"(?<![\w-])" + alternation(dt("night_of") or [NEVER.pattern]) + r"\s+(?:[\w]+,?\s+){0,2}$"
        ),
        after_range=re.compile(
            r"[^.;:]{0,12}?\b" + alternation(dt("after_range") or [NEVER.pattern]) + r"(?![\w-])", flags
        ),
        until_early_hours=dated_phrase("until_early_hours", r"\s*$"),
        counted_after_apposition=dated_phrase("counted_after_apposition", "$"),
        commemoration=dated_phrase("commemoration", r"(?!\w)[^.;:]*$"),
        counted_back_from=dated_phrase("counted_back_from", r"[^,;.:\n]*$"),
        following_days=whole_words(dt("following_days")),
        place_clause=re.compile(
            r"[^,;]{1,40},\s+(?:"
            + alternation(dt("place_clause_openers") or [NEVER.pattern])
            + r")\s[^,;]*$",
            flags,
        ),
        announced_count=whole_words(dt("announced_count")),
        days_after=whole_words([re.escape(k) for p in clause_packs for k in p.dates["days_after_before"]]),
        days_after_count={
            " ".join(k.lower().split()): v
            for p in clause_packs
            for k, v in p.dates["days_after_before"].items()
        },
        background_participle=re.compile(
            r"(?:" + alternation(dt("background_participle") or [NEVER.pattern]) + r")[^\S\n]+$", flags
        ),
        count_shares=whole_words(dt("count_shares")),
        present_perfect=whole_words(dt("present_perfect")),
        reported_earlier=whole_words(dt("reported_earlier")),
        continuation=Words.compile(
            r"(?<![\w-])" + alternation(dt("continuation") or [NEVER.pattern]) + r"(?!\w)"
        ),
        beyond_place=Words.compile(
            r"(?<![\w-])(?:" + alternation(dt("beyond_place") or [NEVER.pattern]) + r")(?!\w)"
        ),
        anaphoric_event=Words.compile(
            r"(?<![\w-])" + alternation(ev("anaphoric_event") or [NEVER.pattern]) + r"\b"
        ),
        authority_possessive=Words.compile(
            r"^(?:['’]s?)?\s+(?:state\s+|city\s+|municipal\s+)?"  # "the Trujillo state governor's office"
            + alternation(ev("authority_possessive") or [NEVER.pattern])
            + r"\b"
        ),
        speaker_opener=re.compile(
            r"\s*" + _words(ev("speaker_openers") or ["(?!x)x"]) + r"\s+" + opt(articles)
        ),
        statement_after=re.compile(
            r"\s+" + alternation(ev("reporting_verbs") or [NEVER.pattern]) + r"(?![\w-])", flags
        ),
        located_in_before=re.compile(
            r"\b" + alternation(ev("located_in") or [NEVER.pattern]) + r"\s+" + opt(articles) + "$", flags
        ),
        marching=Words.compile(r"\b" + alternation(ev("marching") or [NEVER.pattern])),
        towards_before=Words.compile(
            r"\b" + alternation(ev("towards") or [NEVER.pattern]) + r"\s+" + opt(articles) + "$"
        ),
        not_reached_after=re.compile(
            r"[^.;:]{0,60}?\b" + alternation(ev("not_reached_after") or [NEVER.pattern]) + r"(?![\w-])", flags
        ),
        going_home_before=Words.compile(
            r"\b" + alternation(ev("going_home") or [NEVER.pattern]) + r"\s+" + opt(articles) + "$"
        ),
        attempted_towards=re.compile(
            r"\b" + alternation(ev("attempted_towards") or [NEVER.pattern]) + r"\s", flags
        ),
        attempted_towards_before=Words.compile(
            r"\b" + alternation(ev("attempted_towards") or [NEVER.pattern]) + r"\s+" + opt(articles) + "$"
        ),
        background_word=Words.compile(
            r"(?<![\w-])" + alternation(ev("background_before") or [NEVER.pattern]) + r"(?![\w-])"
        ),
        people_of_before=Words.compile(
            r"(?:^|\W)"
            + alternation(ev("people_of") or [NEVER.pattern])
            + r"\s+(?:\w[\w'-]*\s+){1,4}?"  # a first place of a list: "de Mérida y de "
            + alternation(se("list_conjunctions") or [NEVER.pattern])
            + r"\s+(?:\w{2,4}\s+)?$"
            + r"|(?:^|\W)"
            + alternation(ev("people_of") or [NEVER.pattern])
            + r"\s+"
            + opt(articles)
            + "$"
        ),
        called_by=re.compile(r"\b" + alternation(ev("called_by") or [NEVER.pattern]) + r"\b"),
        locating_opener=re.compile(
            r"\s*" + _words(ev("locating_openers") or ["(?!x)x"]) + r"\s+" + opt(articles)
        ),
        level_before=level_before,
        level_after=level_after,
        list_state_cue=Words.compile(alternation(pl("list_state_cues") or [NEVER.pattern]) + r"\s*:?\s*$"),
        container_gap=re.compile(
            r"^(?:\s*,\s*|\s*\(\s*|\s*,?\s+"  # "Valencia, Carabobo", "Valencia (España)"
            + alternation(pl("container_prepositions") or [NEVER.pattern])
            + r"\s+"
            + opt(pl("container_articles"))
            + (  # "en el estado mexicano de Yucatán", "en el norte de Perú": a noun, perhaps an
                # adjective, "de"
                r"(?:"
                + alternation([*container_nouns, *pl("container_directions")])
                + r"\s+(?:\w+\s+)?"
                + alternation(container_of)
                + r"\s+)?"
                if container_nouns and container_of
                else ""
            )
            + r"|\s*,\s*(?:[\w-]+\s+){0,2}?"  # ", two residential areas of Caracas": a list's container
            + alternation(
                _gather_map(name_packs, "places", "level_after").get("neighbourhood") or [NEVER.pattern]
            )
            + r"s?\s+"
            + alternation(container_of or [NEVER.pattern])
            + r"\s+"
            + opt(pl("container_articles"))
            + ")$",
            flags,
        ),
        beside_the_city=re.compile(
            r"\s*,\s*(?:\w+\s+)?"
            + alternation(pl("container_directions") or [NEVER.pattern])
            + r"\s+"
            + alternation(container_of or [NEVER.pattern])
            + r"\s+"
            + opt(pl("container_articles"))
            + alternation(container_nouns or [NEVER.pattern])
            + r"\b",
            flags,
        ),
        of_capital=re.compile(r"\s+" + alternation(container_of or [NEVER.pattern]) + r"\s+[A-ZÁÉÍÓÚÑ]"),
        connectors=frozenset(fold(w) for w in pl("name_connectors")),
        landmark_heads=frozenset(fold(w) for w in pl("landmark_heads")),
        org_words=frozenset(fold(w) for w in pl("org_words")),
        org_jurisdiction=frozenset(fold(w) for w in pl("org_jurisdiction_words")),
        allowed_preceding=frozenset(fold(w) for w in pl("allowed_preceding_capitalised")),
        allowed_following=frozenset(fold(w) for w in pl("allowed_following_capitalised")),
        stop_names=frozenset(fold(w) for w in profile.stop_names),
        given_names=frozenset(fold(w) for w in profile.given_names),
        honorific_before=re.compile(
            r"(?<![\w.])"
            + alternation([re.escape(w) for w in pl("honorifics")] or [NEVER.pattern])
            + r"[^\S\n]+$"
        ),
        non_places=frozenset(fold(w) for w in profile.non_places),
        geocoder_cues=frozenset(pl("geocoder_cues")),
        geocoder_connectors=frozenset(pl("geocoder_name_connectors")),
        negation_before=Words.compile(
            r"\b(?:"
            + _words(ev("negations") or ["(?!x)x"])
            + r"\b(?:\W+\w+){0,3}|"
            # "sin mayores incidentes", but not "sin orden judicial allanaron": a manner, not a denial
            + _words(ev("negations_short") or ["(?!x)x"])
            + r"\b(?:\W+\w+)?)\W*$"
        ),
        negation_word=_bounded_words([*ev("negations"), *ev("negations_short")]),
        range_after=re.compile(  # used with match(text, pos): no "^", which would mean the text's start
            r"\s+" + _words(ev("range_to") or ["(?!x)x"]) + r"\s+" + opt(articles) + r"[A-ZÁÉÍÓÚÑ]"
        ),
        relative_before=Words.compile(
            r"(?<![\w-])"
            + alternation(ev("relatives") or [NEVER.pattern])
            + r"\b[^.;:!?]{0,30}?\b"
            + _words(pl("locative_prepositions") or ["(?!x)x"])
            + r"\s+"
            + opt(articles)
            + "$"
        ),
        caption_line=Words.compile(r"\b" + _words(ev("caption_words") or ["(?!x)x"]) + r"\b"),
        locative_before=re.compile(
            r"\b" + _words(pl("locative_prepositions") or ["(?!x)x"]) + r"\s+" + opt(articles) + "$", flags
        ),
        # "Barinas, the state governed by", "Mérida, el estado andino", "Barinas, Chávez's home
        # state", "San Francisco, municipio vecino": an appositive opens with an article or a
        # possessive name, up to two describing words and a container noun, or (Spanish) with a
        # bare level noun. No "of" or other connector among the describing words: "Trujillo, la
        # capital del estado" says what the city is the capital of.
        appositive=re.compile(
            r"^,\s+(?:(?:"
            + _words(articles or ["(?!x)x"])
            + r"|[A-ZÁÉÍÓÚÑ][\w.-]*['’]s)\s+(?:(?!"
            + _words([*container_of, *articles, *pl("name_connectors")] or ["(?!x)x"])
            + r"\b)[a-záéíóúñ][\w-]*\s+){0,2}?(?="
            + alternation(container_nouns or [NEVER.pattern])
            + r"\b)|(?="
            + alternation(pl("bare_appositive_nouns") or [NEVER.pattern])
            + r"\b))",
            flags,
        ),
        state_anaphor=Words.compile(
            r"\b(?P<anaphor>"
            + _words(pl("state_anaphors") or ["(?!x)x"])
            + r")\b"
            + r"(?!\s*(?:['’]s\b|"
            + _words(pl("state_anaphor_not_before") or ["(?!x)x"])
            + r"\b))"
            + r"(?!\s+[A-ZÁÉÍÓÚÑ])"
        ),
        state_anaphor_words=tuple(dict.fromkeys(w.lower() for w in pl("state_anaphors"))),
        heads_before=heads(
            {"landmark": "landmark_heads_before", "neighbourhood": "neighbourhood_heads_before"}
        )
        | guarded_before,
        heads_after=heads({"landmark": "landmark_heads_after", "neighbourhood": "neighbourhood_heads_after"})
        | guarded_after,
        plural_heads=heads(
            {"landmark": "landmark_heads_plural", "neighbourhood": "neighbourhood_heads_plural"}
        ),
        head_modifiers=frozenset(fold(w) for w in sub("head_modifiers")),
        head_of=frozenset(fold(w) for w in sub("head_of")),
        named_roads={tuple(fold(w).split()): w for w in sub("named_roads")},
        other_members=frozenset(fold(w) for w in sub("other_members")),
        intersections=frozenset(fold(w) for w in sub("intersections")),
        crossing_before=re.compile(
            r"(?:^|\W)" + _words(sub("crossing_cues") or ["(?!x)x"]) + r"\s+(?:(?:la|el|los|las|the)\s+)?$",
            flags,
        ),
        residents_before=Words.compile(
            r"(?:^|\W)" + _words(sub("residents_cues") or ["(?!x)x"]) + r"\s+(?:(?:la|el|los|las|the)\s+)?$"
        ),
        name_of_words=frozenset(fold(w) for w in sub("name_of_words")),
        residents_words=frozenset(fold(w).split()[0] for w in sub("residents_cues")),
        example_openers=frozenset(tuple(fold(w).split()) for w in sub("example_openers")),
        landmark_before=Words.compile(
            r"(?:^|\W)" + _words(sub("landmark_cues") or ["(?!x)x"]) + r"\s+(?:(?:la|el|los|las|the)\s+)?$"
        ),
        landmark_cue_starts=frozenset(fold(w).split()[0] for w in sub("landmark_cues")),
        road_cues=frozenset(fold(w) for w in sub("road_cues")),
        head_of_or_articles=frozenset(fold(w) for w in sub("head_of") + articles + ["del", "los", "las"]),
        bare_place_cues=frozenset(fold(w) for w in _gather(clause_packs, "subcity", "bare_place_cues")),
        bare_place_articles=frozenset(fold(w) for w in articles),
        bare_not_names=frozenset(fold(m) for m in grammar.months),
        bare_stop_names=frozenset(
            fold(w) for w in (*profile.stop_names, *profile.non_places, *profile.news_agencies)
        ),
        not_names=frozenset(fold(w) for w in sub("not_names")),
        indefinite_articles=frozenset(fold(w) for w in sub("indefinite_articles")),
        head_words=frozenset(
            key[0]
            for table in (
                heads({"landmark": "landmark_heads_before", "neighbourhood": "neighbourhood_heads_before"}),
                heads({"landmark": "landmark_heads_after", "neighbourhood": "neighbourhood_heads_after"}),
                heads({"landmark": "landmark_heads_plural", "neighbourhood": "neighbourhood_heads_plural"}),
                {tuple(fold(w).split()): ("", "") for w in sub("named_roads")},
                guarded_before,
                guarded_after,
            )
            for key in table
        ),
        guarded_heads=frozenset(guarded_before) | frozenset(guarded_after),
        guarded_head_cues=frozenset(tuple(fold(w).split()) for w in sub("guarded_head_cues")),
        aim_clause=Words.compile(alternation(se("aim_clause") or [NEVER.pattern])),
        topic_clause=Words.compile(
            r"(?<![\w-])" + alternation(se("topic_clause") or [NEVER.pattern]) + r"(?![\w-])"
        ),
        aside_relative=re.compile(
            r",\s+(?:[\w-]+\s+){0,3}?" + alternation(dt("aside_relatives") or [NEVER.pattern]) + r"\b", flags
        ),
        name_connectors=frozenset(fold(w) for w in pl("name_connectors")) - conjunction_words,
        conjunctions=conjunction_words,
        anchor_before=re.compile(
            r"(?<![\w-])"
            + alternation(dt("anchor_before") or [NEVER.pattern])
            + r"\s+"
            + opt(dt("anchor_article"))
            + "$",
            flags,
        ),
        anchor_noun_before=re.compile(
            r"(?<![\w-])"
            + alternation(dt("anchor_nouns") or [NEVER.pattern])
            + r"\s+"
            + alternation((dt("anchor_noun_of") + dt("anchor_held_on")) or [NEVER.pattern])
            + r"\s+"
            + opt(dt("anchor_article"))
            + "$",
            flags,
        ),
        start_verb=re.compile(
            r"(?<![\w-])" + alternation(dt("start_verbs") or [NEVER.pattern]) + r"\b", flags
        ),
        start_aside=re.compile(
            r",\s+(?:[^\W\d_]+\s+){0,4}?"
            + alternation([*dt("place_clause_openers"), *dt("when_clause")] or [NEVER.pattern])
            + r"\s[^,;:.]*?"
            + alternation(dt("start_verbs") or [NEVER.pattern])
            + r"\b[^,;:.]{0,20}$",
            flags,
        ),
        since_start_before=Words.compile(
            r"(?<![\w-])"
            + alternation(ev("count_since") or [NEVER.pattern])
            + r"\s+(?:\w+\s+){0,3}?"
            + alternation(dt("start_verbs") or [NEVER.pattern])
            + r"\s+(?:\w+\s+)?$"
        ),
        event_noun=re.compile(
            r"(?<![\w-])" + alternation(dt("anchor_nouns") or [NEVER.pattern]) + r"\b", flags
        ),
        statement_day_after=re.compile(
            r"\s+"
            + alternation((ev("reporting_verbs") + dt("statement_day_verbs")) or [NEVER.pattern])
            + r"(?![\w-])",
            flags,
        ),
        reported_opener=re.compile(
            r"(?<![\w-])"
            + alternation([re.escape(w) for w in opener_words] or [NEVER.pattern])
            + r"(?![\w-])",
            flags,
        ),
        anchor_noun_after=re.compile(
            r"(?:['’]s?)?\s+"
            + opt(dt("anchor_noun_qualifiers"))
            + alternation(dt("anchor_nouns") or [NEVER.pattern])
            + r"\b",
            flags,
        ),
    )
