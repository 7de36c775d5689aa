"""Frozen copy of the geoparser as released before issue 9 (extractor geoparse-1.5), kept only so
that `protestmap bench` can time the current extractor against it in the same run. Never
imported by the product; do not edit.

The geoparser: find place names in an article, resolve them, and say whether
something happened there, what, and when.

Pipeline, one pass per stage, no per-candidate regex over the whole text:

1. tokenise once (one regex), split sentences and lines;
2. find candidates: the longest capitalised token n-gram that is a gazetteer key;
3. filter: names inside people's or organisations' names ("Francisco de Miranda",
   "Universidad de Carabobo"), stop-listed common words, obscure villages without a cue;
4. resolve homonyms with the text's own cues (level words, "X, <state>", list
   propagation "states such as A, B and C"), co-mentioned states and countries,
   then the gazetteer prior (rank, population);
5. role: a relative clause on the place that reports an event ("Coro, ..., where police
   dispersed a march") makes it a protest site; otherwise the nearest trigger word in the
   place's clause (", while ..." / "; " split clauses) or sentence decides (protest /
   repression / arrest vocabulary vs meeting / statement vocabulary), with origin,
   destination, reporting and "only called for" exceptions; Venezuela as a whole is always
   `other`. A next sentence that names no place but reports the repression of "the protest"
   upgrades a peaceful protest's event type;
6. date: a date in the sentence, else the chronology heading, else a date earlier in
   the paragraph, else the publication date for present-tense or verbless lines, else the
   lead's date (from earlier text only). Dates that only anchor something else ("since
   Sunday's vote", "las elecciones del 28 de julio") are never an event's date.

Word lists live in ``data/gazetteer/vocab.json``.
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
import math
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from dashboard.bench_v1 import dates as dates_mod
from dashboard.bench_v1.gazetteer import TOKEN_RE, Entry, Gazetteer, fold, load_gazetteer
from dashboard.models import Geocoder, Mention, Place

EXTRACTOR_VERSION = "geoparse-1.5"

log = logging.getLogger(__name__)

VOCAB_PATH = Path(__file__).resolve().parent / "data" / "vocab.json"

_CONNECTORS = frozenset({"de", "del", "la", "las", "los", "el", "of", "the", "da", "do", "dos", "y"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(¿¡]*[A-ZÁÉÍÓÚÑ0-9])|\n")
_ABBREVIATIONS = (
    "U.S.",
    "D.C.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "Gen.",
    "Sen.",
    "Gov.",
    "Lt.",
    "Col.",
    "Av.",
    "Sr.",
    "Sra.",
    "EE.UU.",
    "U.K.",
    "U.N.",
    "Jr.",
    "No.",
    "Edo.",
)
_PRESENT = re.compile(
    r"\b(?:is|are|am|being|continues?|remains?|gather|march|protest|rally|rallies|shouts?|chants?"
    r"|está|están|son|continúa|continúan|siguen|sigue|protestan|marchan|se concentran|exigen)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|took|fled|went|came|began|saw|held|shot|said|told|spread|broke|threw|fought|led|ran|fell"
    r"|drew|hit|set|met|made|rose|stood|left|gave|got|lost|won|brought|caught|kept|sent|struck|burnt|hubo|fue|fueron"
    r"|estuvo|estuvieron|dijo)\b"
    r"|\b[a-z]{3,}ed\b|\b[a-záéíóúñ]{3,}(?:aron|ieron|ó)\b",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|y\s+|or\s+|o\s+)?|and\s+|y\s+|or\s+|e\s+)\s*$", re.IGNORECASE)
_CONTAINER_GAP = re.compile(
    r"^(?:\s*,\s*|\s+(?:in|of|en|de|near|outside)\s+(?:the\s+)?(?:(?:capital|capital\s+city|city|state|estado|ciudad)\s+(?:of|de)\s+)?)$",
    re.IGNORECASE,
)
_AUTHORITY_POSSESSIVE = re.compile(
    r"^['’]s?\s+(?:mayor|governor|government|officials?|authorities|president|leaders?|ambassador|"
    r"foreign minister|minister|embassy|consulate|capital|economy|oil)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:that|which|who|where|que|quien|quienes|donde|while|mientras)\b", re.IGNORECASE
)
# Clauses with their own subject: ", while opposition supporters gathered in X" does not
# take the event type (or the role) of the clause before it.
_CLAUSE_SPLIT = re.compile(
    r",\s*(?:while|whereas|mientras(?:\s+que)?|en\s+tanto\s+que)\b|;|\bwhereas\b",
    re.IGNORECASE,
)
# "Coro, the capital of Falcón state, where police dispersed a march": a relative clause
# attached to the place (through appositives that only name containers) reports an event there.
# Used with pattern.match(text, pos), which anchors at pos (so no "^").
_WHERE_CLAUSE = re.compile(
    r"(?:[\s,]+(?:the|la|el|of|de|del|in|en|capital|city|state|estado|ciudad|town|village|municipality"
    r"|municipio|parish|parroquia|district|neighbou?rhood|[A-ZÁÉÍÓÚÑ][\w’'.-]*)\b){0,8}?[\s,]*"
    r"(?:where|donde|en\s+donde|in\s+which|en\s+(?:el|la)\s+que)\b",
    re.IGNORECASE,
)
_PROTEST_TYPES = (
    "excessive_force",
    "protest_with_intervention",
    "arrests",
    "pro_government_rally",
    "peaceful_protest",
)


@dataclass(frozen=True)
class Vocab:
    """Compiled word lists from vocab.json."""

    triggers: dict[str, re.Pattern[str]]
    all_triggers: re.Pattern[str]
    all_triggers_lower: re.Pattern[str] | None
    meeting: re.Pattern[str]
    planned: re.Pattern[str]
    origin_before: re.Pattern[str]
    destination_before: re.Pattern[str]
    march_towards: re.Pattern[str]
    level_before: dict[str, re.Pattern[str]]
    level_after: dict[str, re.Pattern[str]]
    list_state_cue: re.Pattern[str]
    reported_from: re.Pattern[str]
    reporting_verb: re.Pattern[str]
    dateline_after: re.Pattern[str]
    cumulative: re.Pattern[str]
    stop_names: frozenset[str]
    org_words: frozenset[str]
    allowed_preceding: frozenset[str]
    allowed_following: frozenset[str]
    given_names: frozenset[str]
    non_places: frozenset[str]
    anchor_before: re.Pattern[str]
    anchor_noun_before: re.Pattern[str]
    anchor_noun_after: re.Pattern[str]
    landmark_heads: frozenset[str]
    anaphoric_event: re.Pattern[str]
    count_since: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(f"(?:{w})" for w in words) + ")"


@functools.lru_cache(maxsize=1)
def load_vocab(path: Path = VOCAB_PATH) -> Vocab:
    """Compile the trigger and cue lists once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    triggers = {
        kind: re.compile(r"(?<![\w-])" + _alternation(words), flags)
        for kind, words in data["event_triggers"].items()
    }
    level_before = {
        level: re.compile(r"(?:^|\W)" + _alternation(words) + r"\s*$", flags)
        for level, words in data["level_words_before"].items()
        if words
    }
    level_after = {
        level: re.compile(r"^(?:['’]s)?\s+" + _alternation(words) + r"\b")
        for level, words in data["level_words_after"].items()
        if words
    }
    # One pass per sentence: every trigger list as a named group of one pattern.
    # Meeting words come first so "session" is not read as a protest word; among
    # protest types the more specific lists come first ("shot dead" before "dead").
    groups = [f"(?P<meeting>{_alternation(data['meeting_words'])})"] + [
        f"(?P<{kind}>{_alternation(data['event_triggers'][kind])})" for kind in _PROTEST_TYPES
    ]
    all_source = r"(?<![\w-])(?:" + "|".join(groups) + ")"
    all_triggers = re.compile(all_source, flags)
    # The same pattern in lower case, without IGNORECASE, run over the lower-cased sentence:
    # about four times faster (sre compares case-folded literals one by one). Only when no
    # fragment uses an upper-case escape (\W, \S, \D), which lower-casing would change.
    lower_source = "|".join(groups)
    triggers_lower = (
        None
        if re.search(r"\\[A-Z]", lower_source.replace("(?P<", ""))
        else re.compile(r"(?<![\w-])(?:" + lower_source.lower().replace("(?p<", "(?P<") + ")")
    )
    return Vocab(
        triggers=triggers,
        all_triggers=all_triggers,
        all_triggers_lower=triggers_lower,
        meeting=re.compile(r"(?<![\w-])" + _alternation(data["meeting_words"]), flags),
        planned=re.compile(r"(?<![\w-])" + _alternation(data["planned_words"]), flags),
        origin_before=re.compile(
            r"(?:^|\W)" + _alternation(data["origin_words"]) + r"\s*(?:the\s+)?$", flags
        ),
        destination_before=re.compile(
            r"(?:^|\W)" + _alternation(data["destination_words"]) + r"\s*(?:the\s+)?$", flags
        ),
        march_towards=re.compile(_alternation(data["march_towards_words"]) + r"\s*(?:the\s+)?$", flags),
        level_before=level_before,
        level_after=level_after,
        reported_from=re.compile(
            r"(?<![\w-])"
            + _alternation(data["reporting_verbs"])
            + r"\s+(?:[\w,]+\s+){0,4}?(?:in|en|from|desde|at)\s+(?:the\s+|la\s+|el\s+)?$",
            flags,
        ),
        reporting_verb=re.compile(
            r"(?<![\w-])" + _alternation(data["reporting_verbs"]) + r"(?![\w-])", flags
        ),
        dateline_after=re.compile(
            r"^(?:\s*,\s*[A-Z][\w. ]{1,25})?(?:\s*,\s*\d{1,2}\s+\w{3,10}\.?)?\s*(?:\(\s*"
            + _alternation([re.escape(a) for a in data["news_agencies"]])
            + r"\s*\)|[—–]|--)"
        ),
        cumulative=re.compile(r"(?<![\w-])" + _alternation(data["cumulative_words"]), flags),
        list_state_cue=re.compile(_alternation(data["list_state_cues"]) + r"\s*:?\s*$", flags),
        stop_names=frozenset(fold(w) for w in data["stop_names"]),
        org_words=frozenset(fold(w) for w in data["org_words"]),
        allowed_preceding=frozenset(fold(w) for w in data["allowed_preceding_capitalised"]),
        allowed_following=frozenset(fold(w) for w in data["allowed_following_capitalised"]),
        given_names=frozenset(fold(w) for w in data["given_names"]),
        non_places=frozenset(fold(w) for w in data["non_place_capitalised"]),
        anchor_before=re.compile(
            r"(?<![\w-])" + _alternation(data["date_anchor_before"]) + r"\s+(?:the\s+)?$", flags
        ),
        anchor_noun_before=re.compile(
            r"(?<![\w-])"
            + _alternation(data["date_anchor_nouns"])
            + r"\s+(?:of|del?|held\s+on)\s+(?:the\s+)?$",
            flags,
        ),
        anchor_noun_after=re.compile(
            r"(?:['’]s?)?\s+(?:presidential\s+|presidenciales\s+)?"
            + _alternation(data["date_anchor_nouns"])
            + r"\b",
            flags,
        ),
        landmark_heads=frozenset(fold(w) for w in data["landmark_heads"]),
        count_since=re.compile(r"(?<![\w-])" + _alternation(data["count_since_words"]), flags),
        anaphoric_event=re.compile(r"(?<![\w-])" + _alternation(data["anaphoric_event"]) + r"\b", flags),
    )


@dataclass
class Candidate:
    """A gazetteer match in the text, with the cues found around it."""

    start: int
    end: int
    first_token: int
    last_token: int
    entries: tuple[Entry, ...]
    level_cue: str | None = None
    container: Candidate | None = None
    contained_by_list: bool = False
    chosen: Entry | None = None
    score: float = 0.0
    margin: float = 1.0
    from_geocoder: bool = False
    cued: bool = False


_EN_WORDS = frozenset("the and of in to was were is are on for with that by from".split())
_ES_WORDS = frozenset("el la los las de del y en que por con para una un se fue".split())


def detect_language(text: str) -> str:
    """'en' or 'es' by counting frequent function words (enough for news text)."""
    en = es = 0
    for match in TOKEN_RE.finditer(text, 0, min(len(text), 1500)):
        word = match.group().lower()
        en += word in _EN_WORDS
        es += word in _ES_WORDS
    return "es" if es > en else "en"


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def _sentence_bounds(text: str) -> list[int]:
    """Start offsets of sentences (line breaks and . ! ? before a capital)."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 6) : match.start() + 1]
        if any(before.endswith(abbr) for abbr in _ABBREVIATIONS) and match.group() != "\n":
            continue
        starts.append(match.end())
    return starts


def extract_mentions(
    text: str,
    *,
    published: date | None = None,
    language: str | None = None,
    geocoder: Geocoder | None = None,
) -> list[Mention]:
    """Every place mention in `text`, sorted by start; see the module docstring.

    Never raises on any string: a failure in an optional part (the online geocoder)
    only loses that part.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    if published is not None and (not isinstance(published, date) or not 1900 <= published.year <= 2100):
        published = None  # a malformed or absurd publication date is no date
    try:
        return _Extraction(text, published, language or detect_language(text), geocoder).run()
    except (
        ValueError,
        IndexError,
        KeyError,
        OverflowError,
        RecursionError,
    ) as exc:  # last-resort guard, logged
        log.error("geoparser failed on a %d-character text: %r", len(text), exc)
        return []


@dataclass(frozen=True)
class Geoparser:
    """The shipped extractor (the `Extractor` protocol): the offline gazetteer, plus an
    optional online geocoder for names it lacks, bound once at construction."""

    geocoder: Geocoder | None = None

    @property
    def version(self) -> str:
        return EXTRACTOR_VERSION

    def extract(
        self, text: str, *, published: date | None = None, language: str | None = None
    ) -> list[Mention]:
        return extract_mentions(text, published=published, language=language, geocoder=self.geocoder)


def default_extractor(geocoder: Geocoder | None = None) -> Geoparser:
    """The extractor the CLI and the app use unless they are given another one."""
    return Geoparser(geocoder)


def _matches_level_cue(cue: str, entry: Entry) -> bool:
    """Whether a gazetteer entry is of the kind a level word asks for ("estado", "barrio"...)."""
    if cue == "state":
        return entry.kind == "ADM1"
    if cue == "municipality":
        return entry.kind == "ADM2"
    if cue == "neighbourhood":
        return entry.kind in ("ADM3", "PPLX", "PPL", "PPLL") or entry.place.level == "neighbourhood"
    if cue == "city":
        return entry.kind.startswith("PPL") or entry.kind in ("WCITY", "WCAP") or entry.place.level == "city"
    if cue == "landmark":
        return entry.place.level == "landmark"
    return False


class _Extraction:
    """State of one extraction (one article)."""

    def __init__(self, text: str, published: date | None, language: str, geocoder: Geocoder | None) -> None:
        self.text = text
        self.published = published
        self.language = language
        self.geocoder = geocoder
        self.gaz: Gazetteer = load_gazetteer()
        self.home = self.gaz.home_country  # the country the gazetteer knows in detail
        self.vocab = load_vocab()
        matches = list(TOKEN_RE.finditer(text))
        self.tok_start = [m.start() for m in matches]
        self.tok_end = [m.end() for m in matches]
        self.tokens = [m.group() for m in matches]
        self.folded = [fold(t) for t in self.tokens]
        self.sent_starts = _sentence_bounds(text)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._sentence_cache: dict[tuple[int, int], dict[str, list[tuple[int, int]]]] = {}
        self._clause_cache: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._headings: list[tuple[int, date | None]] | None = None
        self._years: dates_mod.YearContext | None = None
        self.place_spans: list[tuple[int, int]] = []
        self._lead_dates: list[tuple[int, set[date]]] | None = None
        self._earlier_cache: dict[tuple[int, int], list[dates_mod.DateSpan]] = {}
        self._dates_cache: dict[tuple[int, int], tuple[list[dates_mod.DateSpan], list[int]]] = {}

    def context_year(self, pos: int) -> int | None:
        if self.published is not None:
            return None
        if self._years is None:
            self._years = dates_mod.YearContext(self.text)
        return self._years.at(pos)

    # ---- tokens and spans -------------------------------------------------
    def adjacent(self, i: int) -> bool:
        """Token i and i+1 are separated by plain spaces only (same name possible)."""
        gap = self.text[self.tok_end[i] : self.tok_start[i + 1]]
        return 0 < len(gap) <= 2 and gap.strip(" \u00a0\t") == ""

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`, clamped to a 1200-character window (run-on text
        without punctuation must not make the work per mention grow with the text)."""
        idx = bisect.bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[idx]
        end = self.sent_starts[idx + 1] if idx + 1 < len(self.sent_starts) else len(self.text)
        if end - start <= 1200:
            return start, end
        block_start = start + max(0, (pos - start) // 400 - 1) * 400  # aligned, so windows repeat and cache
        return block_start, min(end, block_start + 1200)

    def line_span(self, pos: int) -> tuple[int, int]:
        idx = bisect.bisect_right(self.line_starts, pos) - 1
        start = self.line_starts[idx]
        end = self.line_starts[idx + 1] - 1 if idx + 1 < len(self.line_starts) else len(self.text)
        return start, end

    # ---- stage 2: candidates ----------------------------------------------
    def find_candidates(self) -> list[Candidate]:
        """Longest gazetteer key starting at each capitalised token, left to right."""
        out: list[Candidate] = []
        n_tok = len(self.tokens)
        index = self.gaz.index
        prefixes = self.gaz.prefixes
        folded = self.folded
        tokens = self.tokens
        heads = self.vocab.landmark_heads
        i = 0
        while i < n_tok:
            first = tokens[i]
            lower_head = False
            if not (first[:1].isupper() or first[:1].isdigit()):
                if folded[i] not in heads:
                    i += 1
                    continue
                lower_head = True  # "el palacio de Miraflores", "la plaza Venezuela"
            key = folded[i]
            best: int | None = i if (key in index and not lower_head) else None
            j = i
            while key in prefixes and j + 1 < n_tok and self.adjacent(j):
                j += 1
                key = key + " " + folded[j]
                if key in index and (
                    (_is_capitalised(tokens[j]) and (not lower_head or self._all_landmarks(index[key])))
                    or self._generic_landmark_tail(j, index[key])
                ):
                    best = j
            if best is None:
                i += 1
                continue
            key = " ".join(folded[i : best + 1])
            out.append(Candidate(self.tok_start[i], self.tok_end[best], i, best, index[key]))
            i = best + 1
        return out

    def _all_landmarks(self, entries: tuple[Entry, ...]) -> bool:
        return all(e.place.level == "landmark" for e in entries)

    def _generic_landmark_tail(self, j: int, entries: tuple[Entry, ...]) -> bool:
        """'the Miraflores presidential palace': a landmark name may end in a lower-case
        generic word, provided it contains a capitalised name before it."""
        return (
            self._all_landmarks(entries)
            and j > 0
            and not _is_capitalised(self.tokens[j])
            and any(_is_capitalised(t) for t in self.tokens[max(0, j - 3) : j])
        )

    # ---- stage 3: filters ---------------------------------------------------
    def inside_longer_name(self, cand: Candidate) -> bool:
        """True when the match is part of a person's or organisation's name."""
        v = self.vocab
        i, j = cand.first_token, cand.last_token
        # organisation words anywhere in the capitalised chunk around the match
        k = i
        while k > 0 and self.adjacent(k - 1):
            prev = self.folded[k - 1]
            if prev in v.allowed_preceding and prev not in _CONNECTORS:
                break
            if not (_is_capitalised(self.tokens[k - 1]) or prev in _CONNECTORS):
                break
            k -= 1
            if prev in v.org_words:
                return True
        k = j
        while k + 1 < len(self.tokens) and self.adjacent(k):
            nxt = self.folded[k + 1]
            if nxt in v.allowed_following and nxt not in _CONNECTORS:
                break
            if not (_is_capitalised(self.tokens[k + 1]) or nxt in _CONNECTORS):
                break
            k += 1
            if nxt in v.org_words:
                return True
        # "la avenida Bolívar", "calle Falcón": the name belongs to a street or square
        if i > 0 and self.adjacent(i - 1) and self.folded[i - 1] in v.landmark_heads:
            if not self.tokens[i - 1][:1].isupper() and not self._all_landmarks(cand.entries):
                return True
        # a capitalised word right before ("Simón Bolívar", "Francisco de Miranda")
        p = i - 1
        if p >= 0 and self.adjacent(p):
            if (
                self.folded[p] in ("de", "del")
                and p - 1 >= 0
                and self.adjacent(p - 1)
                and _is_capitalised(self.tokens[p - 1])
            ):
                # "Francisco de Miranda" is a person; "parroquia Sucre de Caracas" is a place in a place
                word = self.folded[p - 1]
                if word in v.given_names:
                    return True
                if word not in v.allowed_preceding and word not in self.gaz.index:
                    # "sector La Isabelica de Valencia": an unknown barrio in a known city
                    chunk = p - 1
                    while chunk > 0 and self.adjacent(chunk - 1) and _is_capitalised(self.tokens[chunk - 1]):
                        chunk -= 1
                    before = fold(self.text[max(0, self.tok_start[chunk] - 30) : self.tok_start[chunk]])
                    cue = v.level_before.get("neighbourhood")
                    if cue is None or not cue.search(before):
                        return True
            elif _is_capitalised(self.tokens[p]) and not self.tokens[p][:1].isdigit():
                if self.folded[p] not in v.allowed_preceding or self.folded[p] in v.given_names:
                    return True
        # a capitalised word right after ("Miranda Pérez", "Caracas Chronicles")
        q = j + 1
        # "U.S. Secretary of State" is still the country; "Voz media US Voz.us" is not.
        is_country = "." in self.tokens[j] and any(e.kind == "COUNTRY" for e in cand.entries)
        if not is_country and q < len(self.tokens) and self.adjacent(j) and _is_capitalised(self.tokens[q]):
            if self.folded[q] not in v.allowed_following:
                return True
        return False

    def level_cues(self, cand: Candidate) -> None:
        sent_start, sent_end = self.sentence_span(cand.start)
        before = self.text[max(sent_start, cand.start - 40) : cand.start]
        after = self.text[cand.end : min(sent_end, cand.end + 30)]
        for level, pattern in self.vocab.level_before.items():
            match = pattern.search(fold(before))
            if match:
                if re.search(r"[A-ZÁÉÍÓÚÑ][\w'’-]*\s*$", before[: match.start()]):
                    # "the José Félix Ribas municipality of Aragua": the level word belongs to
                    # the name before it, and this one is its container
                    break
                cand.level_cue = level
                return
        for level, pattern in self.vocab.level_after.items():
            match = pattern.match(after)
            if match:
                if (
                    level in ("neighbourhood", "city")
                    and re.match(r"\s+(?:of|de)\s+[A-ZÁÉÍÓÚÑ]", after[match.end() :])
                    and any(e.kind in ("PPLC", "PPLA", "ADM1", "WCAP") for e in cand.entries)
                ):
                    return  # "the Caracas district of Petare": Caracas is the container, not a barrio
                cand.level_cue = level
                return
        if self.vocab.list_state_cue.search(before):
            cand.level_cue = "state"

    def propagate_lists(self, cands: list[Candidate]) -> None:
        """'states such as A, B, C and D' / 'A, B and C states': a level cue covers the list."""
        groups: list[list[Candidate]] = []
        for cand in cands:
            if groups:
                prev = groups[-1][-1]
                gap = self.text[prev.end : cand.start]
                if len(gap) <= 8 and _LIST_GAP.match(gap):
                    groups[-1].append(cand)
                    continue
            groups.append([cand])
        for group in groups:
            if len(group) < 2:
                continue
            cues = [c.level_cue for c in group if c.level_cue]
            if (
                cues
                and cues[0] == "state"
                and (group[0].level_cue == "state" or group[-1].level_cue == "state")
            ):
                for c in group:
                    c.level_cue = "state"
                    c.contained_by_list = True

    def link_containers(self, cands: list[Candidate]) -> None:
        """'Valencia, Carabobo' / 'Catia neighbourhood of Caracas' / 'Geneva, Switzerland'."""
        for a, b in zip(cands, cands[1:], strict=False):
            gap = self.text[a.end : b.start]
            if len(gap) > 40:
                continue
            if a.level_cue and a.level_cue != "state":
                # "the Catia neighbourhood of Caracas"
                stripped = (
                    re.sub(r"^(?:['’]s)?\s+\w+\s+", " ", gap, count=1)
                    if self.vocab.level_after.get(a.level_cue, re.compile("x^")).match(gap)
                    else gap
                )
            else:
                stripped = gap
            if _CONTAINER_GAP.match(stripped):
                if any(e.kind in ("ADM1", "COUNTRY", "PPLC", "PPLA", "WCAP", "WCITY") for e in b.entries):
                    a.container = b

    # ---- stage 4: resolution ------------------------------------------------
    def entry_score(
        self, cand: Candidate, entry: Entry, doc_states: set[str], doc_countries: set[str]
    ) -> float:
        score = entry.prior
        cue = cand.level_cue
        if cue:
            score += 0.6 if _matches_level_cue(cue, entry) else -0.3
        elif entry.weak:
            score -= 0.3
        container = cand.container
        if container is not None and container.chosen is not None:
            c_place = container.chosen.place
            if entry.place.place_id == c_place.place_id:
                score -= 1.0  # "Barinas, Barinas state": the first is the city
            elif c_place.level == "country":
                score += 0.6 if entry.place.country == c_place.country else -0.6
            elif c_place.state_code:
                if entry.place.state_code == c_place.state_code:
                    score += 0.5
                    if c_place.level != "state" and _km(entry.place, c_place) < 30:
                        score += 0.2
                else:
                    score -= 0.2
        if entry.place.state_code and entry.place.state_code in doc_states and entry.kind != "ADM1":
            score += 0.12
        if entry.place.country != self.home and entry.place.country in doc_countries:
            score += 0.3
        if entry.place.country == self.home:
            score += 0.05
        return score

    def resolve(self, cands: list[Candidate]) -> list[Candidate]:
        doc_states: set[str] = set()
        doc_countries: set[str] = set()
        for rnd in range(2):
            for cand in cands:
                scores = [self.entry_score(cand, e, doc_states, doc_countries) for e in cand.entries]
                best = max(range(len(scores)), key=scores.__getitem__)  # first of equals, as a stable sort
                chosen = cand.entries[best]
                cand.score, cand.chosen = scores[best], chosen
                others = [
                    score
                    for i, (score, e) in enumerate(zip(scores, cand.entries, strict=True))
                    if i != best and e.place.place_id != chosen.place.place_id
                ]
                cand.margin = scores[best] - max(others) if others else 1.0
            if rnd == 0:
                for cand in cands:
                    if cand.chosen is None or cand.chosen.weak:
                        continue
                    if cand.chosen.kind == "COUNTRY":
                        doc_countries.add(cand.chosen.place.country)
                    elif cand.chosen.place.state_code and cand.margin > 0.2:
                        doc_states.add(cand.chosen.place.state_code)
        kept: list[Candidate] = []
        for cand in cands:
            entry = cand.chosen
            assert entry is not None
            cand.cued = bool(cand.level_cue) or (cand.container is not None)
            folded_surface = fold(self.text[cand.start : cand.end])
            if folded_surface in self.vocab.non_places:
                continue
            if folded_surface in self.vocab.stop_names and not cand.cued:
                continue
            if entry.weak and not cand.cued:
                continue
            kept.append(cand)
        return kept

    def drop_generic_landmarks(self, cands: list[Candidate]) -> list[Candidate]:
        """'la plaza Bolívar de Mérida' is Mérida's square, not the Caracas one the gazetteer
        knows: a landmark followed by "de <place in another state>" is dropped (the town stays)."""
        dropped: set[int] = set()
        for a, b in zip(cands, cands[1:], strict=False):
            if a.chosen is None or b.chosen is None or a.chosen.place.level != "landmark":
                continue
            if not re.fullmatch(r"\s+(?:de|del)\s+", self.text[a.end : b.start]):
                continue
            if b.chosen.place.state_code != a.chosen.place.state_code:
                dropped.add(id(a))
        return [c for c in cands if id(c) not in dropped]

    # ---- stage 5: role and event type -------------------------------------
    def sentence_triggers(self, sent_start: int, sent_end: int) -> dict[str, list[tuple[int, int]]]:
        cached = self._sentence_cache.get((sent_start, sent_end))
        if cached is not None:
            return cached
        sentence = self.text[sent_start:sent_end]
        found: dict[str, list[tuple[int, int]]] = {kind: [] for kind in (*_PROTEST_TYPES, "meeting")}
        lowered = sentence.lower()
        fast = self.vocab.all_triggers_lower
        if fast is not None and len(lowered) == len(sentence):
            matches = fast.finditer(lowered)  # same offsets: lower() kept every character
        else:
            matches = self.vocab.all_triggers.finditer(sentence)
        for match in matches:
            kind = match.lastgroup
            if kind is not None:
                found[kind].append((match.start() + sent_start, match.end() + sent_start))
        self._sentence_cache[(sent_start, sent_end)] = found
        return found

    def clause_span(self, pos: int, sent_start: int, sent_end: int) -> tuple[int, int]:
        """The clause of the sentence around `pos` (split at "; ", ", while", ", mientras")."""
        start, end = sent_start, sent_end
        splits = self._clause_cache.get((sent_start, sent_end))
        if splits is None:
            splits = [(m.start(), m.end()) for m in _CLAUSE_SPLIT.finditer(self.text, sent_start, sent_end)]
            self._clause_cache[(sent_start, sent_end)] = splits
        for m_start, m_end in splits:
            if m_end <= pos:
                start = m_end
            elif m_start >= pos:
                end = m_start
                break
        return start, end

    @staticmethod
    def within(
        triggers: dict[str, list[tuple[int, int]]], start: int, end: int
    ) -> dict[str, list[tuple[int, int]]]:
        return {k: [(s, e) for s, e in spans if s >= start and e <= end] for k, spans in triggers.items()}

    def where_clause(self, cand: Candidate, sent_end: int) -> str | None:
        """Event type of a relative clause on the place ("Coro, ..., where police dispersed a
        march"), or None when there is none or it reports no protest."""
        window_end = min(sent_end, cand.end + 120)
        window = self.text[cand.end : window_end].lower()
        if "where" not in window and "donde" not in window and "que" not in window and "which" not in window:
            return None  # cheap test first: most places have no relative clause
        match = _WHERE_CLAUSE.match(self.text, cand.end, window_end)
        if match is None:
            return None
        clause_end = sent_end
        stop = _CLAUSE_SPLIT.search(self.text, match.end(), sent_end)
        if stop is not None:
            clause_end = stop.start()
        sent_start, _ = self.sentence_span(cand.start)
        clause = self.within(self.sentence_triggers(sent_start, sent_end), match.end(), clause_end)
        if not any(clause[k] for k in _PROTEST_TYPES):
            return None
        if clause["meeting"] and not any(clause[k] for k in _PROTEST_TYPES if k != "peaceful_protest"):
            return None
        if self.vocab.planned.search(self.text[match.end() : clause_end]):
            return None
        return self.event_type(clause)

    def role_of(self, cand: Candidate) -> tuple[str, str | None]:
        entry = cand.chosen
        assert entry is not None
        place = entry.place
        sent_start, sent_end = self.sentence_span(cand.start)
        triggers = self.sentence_triggers(sent_start, sent_end)
        if not any(triggers[k] for k in _PROTEST_TYPES):
            return "other", None
        if place.country != self.home or entry.kind != "COUNTRY":
            where_type = self.where_clause(cand, sent_end)
            if where_type is not None:
                return "protest_site", where_type
        # a clause with its own protest words decides alone (", while opposition supporters
        # gathered in Las Mercedes" is not part of the pro-government rally before it)
        clause_start, clause_end = self.clause_span(cand.start, sent_start, sent_end)
        if (clause_start, clause_end) != (sent_start, sent_end):
            clause_triggers = self.within(triggers, clause_start, clause_end)
            if any(clause_triggers[k] for k in _PROTEST_TYPES):
                triggers = clause_triggers
        before = self.text[max(sent_start, cand.start - 30) : cand.start]
        if place.level == "country" or entry.kind == "COUNTRY":
            if place.country == self.home:
                return "other", None
            if not re.search(r"\b(?:in|en)\s+$", before):
                return "other", None
        line_start, _ = self.line_span(cand.start)
        if not self.text[line_start : cand.start].strip() and self.vocab.dateline_after.match(
            self.text[cand.end : cand.end + 60]
        ):
            return "other", None  # "CARACAS, Venezuela (AP) —": where the story was filed
        if self.vocab.reported_from.search(self.text[max(sent_start, cand.start - 70) : cand.start]):
            return "other", None  # "Saab said in Caracas": where a statement was made
        after = self.text[cand.end : cand.end + 30]
        if _AUTHORITY_POSSESSIVE.match(after):
            return "other", None  # "Caracas' mayor said": the place only qualifies a person
        marching = bool(
            re.search(r"\bmarch|\bmarcha|\bwalk|\bcamin", self.text[sent_start : cand.start], re.IGNORECASE)
        )
        if self.vocab.origin_before.search(before) and not marching:
            return "other", None
        if self.vocab.destination_before.search(before) and not self.vocab.march_towards.search(
            self.text[sent_start : cand.start]
        ):
            if not re.search(r"\b(?:towards?|hacia)\s+(?:the\s+)?$", before, re.IGNORECASE):
                return "other", None
        # nearest trigger decides; a trigger after the place counts only within its clause
        # when there is one before it ("... in Caracas that the detainees ...")
        left: tuple[float, str, tuple[int, int]] | None = None
        right: tuple[float, str, tuple[int, int]] | None = None
        for kind, spans in triggers.items():
            for s, e in spans:
                if e <= cand.start:
                    if left is None or cand.start - e < left[0]:
                        left = (float(cand.start - e), kind, (s, e))
                elif s >= cand.end and (right is None or s - cand.end < right[0]):
                    right = (float(s - cand.end), kind, (s, e))
        if right is not None and left is not None and _CLAUSE_BREAK.search(self.text[cand.end : right[2][0]]):
            right = None
        candidates = [c for c in (left, right and (right[0] * 1.2, right[1], right[2])) if c]
        best_kind, best_span = "", (0, 0)
        if candidates:
            _, best_kind, best_span = min(candidates, key=lambda c: c[0])
        if best_kind == "meeting" or not best_kind:
            return "other", None
        if best_span[0] >= cand.end and self.speaker_location(cand, sent_start, best_span[0]):
            return "other", None
        planned_window = self.text[max(sent_start, best_span[0] - 45) : best_span[0]]
        if self.vocab.planned.search(planned_window) and not re.search(
            r"\bcalled by\b", self.text[best_span[0] : best_span[1] + 12]
        ):
            return "other", None
        return "protest_site", self.event_type(triggers)

    def speaker_location(self, cand: Candidate, sent_start: int, trigger_start: int) -> bool:
        """True when a foreign place is where someone spoke, and the protest words are what was said.

        "The UN office in Geneva said it was alarmed by reports of arrests": a reporting verb
        stands between the place and the protest words, and the place sits inside the
        speaker's noun phrase, not in a sentence-opening "In Maturín, ..." that locates
        everything after it.
        """
        assert cand.chosen is not None
        if cand.chosen.place.country == self.home:
            return False  # "Residents of Petare said police fired...": local witnesses of a local event
        between = self.text[cand.end : trigger_start]
        if not self.vocab.reporting_verb.search(between):
            return False
        opening = self.text[sent_start : cand.start]
        return not re.fullmatch(r"\s*(?:In|En|At|From|Desde)\s+(?:the\s+|la\s+|el\s+)?", opening)

    def follow_up_type(self, cand: Candidate) -> str | None:
        """The event type reported by the next sentence of the same paragraph when it names
        no place and refers back to the protest ("dispersed the march", "reprimieron a los
        manifestantes"); None otherwise."""
        _, sent_end = self.sentence_span(cand.start)
        if sent_end >= len(self.text) or "\n" in self.text[cand.end : sent_end]:
            return None
        next_start, next_end = self.sentence_span(sent_end)
        if next_start != sent_end:
            return None
        lo = bisect.bisect_left(self.place_spans, (next_start, 0))
        if lo < len(self.place_spans) and self.place_spans[lo][0] < next_end:
            return None  # the next sentence is about a place of its own
        if not self.vocab.anaphoric_event.search(self.text, next_start, next_end):
            return None
        following = self.sentence_triggers(next_start, next_end)
        if following["excessive_force"]:
            return "excessive_force"
        if following["protest_with_intervention"] or following["arrests"]:
            return "protest_with_intervention"
        return None

    @staticmethod
    def event_type(triggers: dict[str, list[tuple[int, int]]]) -> str:
        if triggers["excessive_force"]:
            return "excessive_force"
        if triggers["protest_with_intervention"]:
            return "protest_with_intervention"
        if triggers["arrests"]:
            return (
                "protest_with_intervention"
                if triggers["peaceful_protest"] and not triggers["pro_government_rally"]
                else "arrests"
            )
        if triggers["pro_government_rally"]:
            return "pro_government_rally"
        return "peaceful_protest"

    # ---- stage 6: dates ---------------------------------------------------
    def headings(self) -> list[tuple[int, date | None]]:
        if self._headings is None:
            found: list[tuple[int, date | None]] = []
            pos = 0
            for line in self.text.split("\n"):
                stripped = line.strip()
                if (
                    stripped
                    and len(stripped) <= 40
                    and stripped[0].isdigit()
                    or (stripped[:1].isalpha() and len(stripped) <= 40)
                ):
                    value = dates_mod.heading_date(stripped, self.published, self.context_year(pos))
                    if value is not None:
                        found.append((pos, value))
                pos += len(line) + 1
            self._headings = found
        return self._headings

    def date_of(self, cand: Candidate) -> tuple[date | None, str | None]:
        sent_start, sent_end = self.sentence_span(cand.start)
        sentence = self.text[sent_start:sent_end]
        ctx_year = self.context_year(sent_start)
        cache_key = (sent_start, sent_end)
        cached = self._dates_cache.get(cache_key)
        if cached is None:
            cached = (
                dates_mod.find_dates(sentence, self.published, ctx_year),
                dates_mod.bare_years(sentence),
            )
            self._dates_cache[cache_key] = cached
        spans, years = cached
        # "23 de Enero" is a barrio, not a date
        lo = bisect.bisect_left(self.place_spans, (sent_start - 200, 0))
        hi = bisect.bisect_right(self.place_spans, (sent_end, 0))
        place_spans = self.place_spans[lo:hi]
        spans = [
            s
            for s in spans
            if s.value is not None
            and not any(a < s.end + sent_start and s.start + sent_start < b for a, b in place_spans)
        ]
        anchors = [s for s in spans if self.is_anchor(sentence, s)]
        if anchors:
            # "since Sunday's vote": the date anchors a count or a cause, not the event; a
            # sentence whose only date is such an anchor gets no date rather than a guess
            spans = [s for s in spans if s not in anchors]
            if not spans:
                return None, None
        if spans:
            pos = cand.start - sent_start
            best = min(spans, key=lambda s: abs(s.start - pos) if s.start >= pos else (pos - s.end) * 1.1)
            return best.value, best.precision
        if any(y not in (2024, 2025) for y in years):
            return None, None
        heads = [h for h in self.headings() if h[0] <= cand.start]
        if heads:
            return heads[-1][1], "day"
        # a date earlier in the same line/paragraph carries over
        line_start, _ = self.line_span(cand.start)
        if line_start < sent_start:
            window = (max(line_start, sent_start - 1500), sent_start)
            earlier_text = self.text[window[0] : window[1]]
            earlier = [
                s
                for s in self.paragraph_dates(line_start, ctx_year, window)
                if s.value is not None and s.precision == "day"
            ]
            if earlier:
                last = earlier[-1]
                if self.is_anchor(earlier_text, last):
                    return None, None  # "... since Sunday's vote. In Aragua, two were shot": no day
                return last.value, "day"
        if self.vocab.count_since.search(sentence):
            return None, None  # "han sido detenidas desde el domingo": a count, not a day
        if self.published is not None and (_PRESENT.search(sentence) or not _PAST.search(sentence)):
            return self.published, "day"
        # a wire story's lead gives the day; later paragraphs about protests mostly
        # describe the same day, unless they count or range ("since the election")
        lead = self.lead_date(sent_start)
        if lead is not None and not self.vocab.cumulative.search(sentence):
            return lead, "day"
        return None, None

    def paragraph_dates(
        self, line_start: int, ctx_year: int | None, window: tuple[int, int]
    ) -> list[dates_mod.DateSpan]:
        """The dates inside `window` of the paragraph starting at `line_start`, offsets relative to
        the window. The paragraph is read once, not once per sentence (long paragraphs made
        that quadratic)."""
        key = (line_start, ctx_year or 0)
        found = self._earlier_cache.get(key)
        if found is None:
            _, line_end = self.line_span(line_start)
            found = dates_mod.find_dates(self.text[line_start:line_end], self.published, ctx_year)
            self._earlier_cache[key] = found
        low, high = window[0] - line_start, window[1] - line_start
        return [
            replace(span, start=span.start - low, end=span.end - low)
            for span in found
            if span.start >= low and span.end <= high
        ]

    def lead_date(self, before: int) -> date | None:
        """The single day-precision date of protest sentences in the first ~600 characters,
        counting only sentences that end before `before` (a date carries forward, never back
        from a later paragraph)."""
        if self._lead_dates is None:
            lead_dates: list[tuple[int, set[date]]] = []
            lead_end = min(len(self.text), 600)
            for idx, start in enumerate(self.sent_starts):
                if start >= lead_end:
                    break
                end = self.sent_starts[idx + 1] if idx + 1 < len(self.sent_starts) else len(self.text)
                sentence = self.text[start : min(end, start + 1200)]
                if not any(p.search(sentence) for k, p in self.vocab.triggers.items()):
                    continue
                if any(y not in (2024, 2025) for y in dates_mod.bare_years(sentence)):
                    continue
                days = {
                    span.value
                    for span in dates_mod.find_dates(sentence, self.published, self.context_year(start))
                    if span.value is not None
                    and span.precision == "day"
                    and not self.is_anchor(sentence, span)
                }
                lead_dates.append((end, days))
            self._lead_dates = lead_dates
        found: set[date] = set()
        for end, days in self._lead_dates:
            if end <= before:
                found |= days
        return found.pop() if len(found) == 1 else None

    def is_anchor(self, text: str, span: dates_mod.DateSpan) -> bool:
        """A date that only anchors something else: "since Sunday's vote", "desde el domingo",
        "the July 28 election", "las elecciones del 28 de julio"."""
        v = self.vocab
        before = text[max(0, span.start - 40) : span.start]
        if v.anchor_before.search(before) or v.anchor_noun_before.search(before):
            return True
        return bool(v.anchor_noun_after.match(text, span.end, min(len(text), span.end + 40)))

    # ---- geocoder fallback -------------------------------------------------
    def geocoder_candidates(self, cands: list[Candidate]) -> list[Candidate]:
        if self.geocoder is None:
            return []
        taken = [(c.first_token, c.last_token) for c in cands]
        cue_words = {
            "in",
            "en",
            "barrio",
            "sector",
            "avenida",
            "urbanizacion",
            "urbanización",
            "parroquia",
            "neighbourhood",
            "neighborhood",
            "near",
            "cerca",
        }
        out: list[Candidate] = []
        seen: dict[str, Place | None] = {}
        n = len(self.tokens)
        for i in range(1, n):
            if (
                self.folded[i - 1] not in cue_words
                or not _is_capitalised(self.tokens[i])
                or not self.adjacent(i - 1)
            ):
                continue
            if any(a <= i <= b for a, b in taken):
                continue
            j = i
            while (
                j + 1 < n
                and self.adjacent(j)
                and (_is_capitalised(self.tokens[j + 1]) or self.folded[j + 1] in ("de", "del", "la"))
                and j - i < 4
            ):
                j += 1
            while j > i and not _is_capitalised(self.tokens[j]):
                j -= 1
            if any(not (b < i or a > j) for a, b in taken):
                continue
            name = self.text[self.tok_start[i] : self.tok_end[j]]
            folded = fold(name)
            if (
                folded in self.vocab.stop_names
                or folded in self.vocab.non_places
                or self.folded[i] in self.vocab.given_names
            ):
                continue
            if any(w in self.vocab.org_words for w in self.folded[i : j + 1]):
                continue
            if dates_mod.MONTHS.get(self.folded[i]) or self.folded[i] in dates_mod.WEEKDAYS:
                continue
            if folded not in seen:
                try:
                    seen[folded] = self.geocoder.lookup(name, country=self.home)
                except Exception as exc:  # an optional online backend must not break extraction
                    log.warning("geocoder failed for %r: %s", name, exc)
                    seen[folded] = None
            place = seen[folded]
            if place is None:
                continue
            entry = Entry(place, "GEOCODER", 0.5, False)
            cand = Candidate(
                self.tok_start[i],
                self.tok_end[j],
                i,
                j,
                (entry,),
                chosen=entry,
                score=0.5,
                from_geocoder=True,
                cued=True,
            )
            out.append(cand)
            taken.append((i, j))
        return out

    # ---- assembly ------------------------------------------------------------
    def confidence(self, cand: Candidate) -> float:
        entry = cand.chosen
        assert entry is not None
        if cand.from_geocoder:
            return 0.5
        conf = entry.prior
        if entry.weak:
            conf = 0.35
        if cand.level_cue or cand.container is not None:
            conf += 0.1
        if cand.margin < 0.1:
            conf -= 0.2
        elif cand.margin < 0.3:
            conf -= 0.08
        return round(min(0.99, max(0.05, conf)), 3)

    def run(self) -> list[Mention]:
        cands = self.find_candidates()
        cands = [c for c in cands if not self.inside_longer_name(c)]
        for cand in cands:
            self.level_cues(cand)
        self.propagate_lists(cands)
        self.link_containers(cands)
        resolved = self.resolve(cands)
        resolved = self.resolve(resolved)
        resolved = self.drop_generic_landmarks(resolved)
        resolved.extend(self.geocoder_candidates(resolved))
        resolved.sort(key=lambda c: c.start)
        self.place_spans = [(c.start, c.end) for c in resolved]
        roles: dict[int, tuple[str, str | None, date | None, str | None]] = {}
        for cand in resolved:
            role, event_type = self.role_of(cand)
            event_date, precision = (None, None)
            if role == "protest_site":
                event_date, precision = self.date_of(cand)
            roles[id(cand)] = (role, event_type, event_date, precision)
        # A state or city named as the container of an event place is a protest site too
        # ("a rally in Valencia, Carabobo state"; "Maiquetía airport in Caracas").
        kept_ids = {id(c) for c in resolved}
        for cand in resolved:
            container = cand.container
            if container is None or id(container) not in kept_ids or roles[id(cand)][0] != "protest_site":
                continue
            c_entry = container.chosen
            if c_entry is None or c_entry.kind == "COUNTRY":  # countries are not event containers
                continue
            if roles[id(container)][0] != "protest_site":
                roles[id(container)] = roles[id(cand)]
        # "... salieron a protestar en Puerto La Cruz. La GNB dispersó la manifestación con
        # bombas lacrimógenas.": repression of "the protest" in the next sentence
        for cand in resolved:
            role, event_type, event_date, precision = roles[id(cand)]
            if role == "protest_site" and event_type == "peaceful_protest":
                follow_up = self.follow_up_type(cand)
                if follow_up is not None:
                    roles[id(cand)] = (role, follow_up, event_date, precision)
        mentions: list[Mention] = []
        for cand in resolved:
            entry = cand.chosen
            assert entry is not None
            place = entry.place
            role, event_type, event_date, precision = roles[id(cand)]
            level = place.level
            if cand.level_cue == "neighbourhood" and entry.kind in ("PPL", "PPLL", "PPLX", "ADM3"):
                level = "neighbourhood"
            sent_start, sent_end = self.sentence_span(cand.start)
            sentence = self.text[sent_start:sent_end].strip()
            if len(sentence) > 600:
                offset = max(0, cand.start - sent_start - 300)
                sentence = self.text[sent_start + offset : sent_start + offset + 600].strip()
            mentions.append(
                Mention(
                    surface=self.text[cand.start : cand.end],
                    start=cand.start,
                    end=cand.end,
                    place_id=place.place_id,
                    name=place.name,
                    level=level,
                    country=place.country,
                    state=place.state,
                    state_code=place.state_code,
                    lat=place.lat,
                    lon=place.lon,
                    role=role,
                    event_type=event_type,
                    event_date=event_date,
                    date_precision=precision,
                    confidence=self.confidence(cand),
                    sentence=sentence,
                )
            )
        return mentions


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in km (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
