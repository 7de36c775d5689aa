"""Stage 6, anchoring: places below the city that no gazetteer has.

Streets, avenues, squares, ring roads, churches, hospitals, sectors, barrios and urbanizations
are found by their head words and by list structure, in English and Spanish:

* a head before the name: "la avenida Bolívar", "calle 24 de Junio", "la redoma de Unare",
  "el sector La Isabelica", "Plaza de la República", "the Cathedral of Mérida";
* a head after the name: "Francisco de Miranda Avenue", "Altamira metro station",
  "the El Cercado sector";
* a plural head over a list: "los sectores A, B y C", "the A and B neighbourhoods",
  "A, B y otras urbanizaciones", and list members that share a head: "la avenida Andrés Bello,
  la Baralt y la calle 72";
* a road that names itself: "la Panamericana", "la Intercomunal".

Each is anchored to the container the text gives ("de Puerto Ayacucho", "in Caracas", a city
named earlier in the same sentence or paragraph), else to the article's focus city, and is
reported as a `landmark` or `neighbourhood` at the anchor's point, with `coord_precision`
saying that the point is the city's (or the state's). A gazetteer name inside such a phrase is
not that place ("Avenida Venezuela" is not the country; "Plaza Bolívar" in Carora is not the
one in Caracas), unless the gazetteer's own landmark or neighbourhood lies near the anchor.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import compress

from dashboard.gazetteer import Entry, Gazetteer, fold, name_key
from dashboard.geoparse.cues import Cue
from dashboard.geoparse.document import CLOCK_ENTRY, Document, is_capitalised, opening_words, sentence_opening
from dashboard.geoparse.reading import Reading
from dashboard.geoparse.resolution import Resolved, km_between
from dashboard.geoparse.role_cues import role_cues
from dashboard.geoparse.spotting import Spot
from dashboard.knowledge import load_language_pack
from dashboard.models import Geocoder, Place

log = logging.getLogger(__name__)

NAME_ARTICLES = ("la ", "el ", "los ", "las ")
"""The articles a place's own name may start with ("La Guaira", "El Tigre")."""

_DAY_ARTICLES = frozenset({"el", "la", "los", "las", "the"})
"""A lower-case article that, before a number, opens a day ("el 30") rather than going on with a name."""


RUN_MEMBERS = 20
"""Most names read in one run of sectors (a run-on list must not make the work grow faster)."""

RUN_TRIGGER_REACH = 40
"""Characters before a list of gazetteer names in which its protest's word stands (see
_run_after_protest)."""

NAME_TOKENS = 7
"""Longest name after or before a head word, in tokens (connectors included)."""

NEAR_KM = 25.0
"""A gazetteer landmark or neighbourhood inside a phrase is kept when it lies this close to the
anchor the text gives; farther, it is a namesake ("Plaza Bolívar", "Santa Rosa")."""

NEAR_SECTOR_KM = 15.0
"""The same for a neighbourhood or parish the gazetteer knows: a sector of the anchor's city
lies within its urban area ("Barrio Sucre" in Los Teques is not Caracas's Sucre parish)."""

NEAR_WEAK_KM = 8.0
"""The same for a hamlet the gazetteer knows only by name (no population): it must be closer."""

ANCHOR_LEVELS = ("city", "municipality", "neighbourhood")
"""Places a street or sector can be anchored to (a state only when the text gives no city)."""

_CONTAINER_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:in|en|de|del|of)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?:(?:city|ciudad|town|state|estado|capital|municipio|municipality"
    # "in the north of Maracay", "en el oeste de Maracaibo": a part of the city, inside it
    r"|north|south|east|west|centre|center|norte|sur|este|oeste|centro)\s+(?:of\s+|de\s+|del\s+)?)?"
    r"|,\s*)$",
    re.IGNORECASE,
)
_ABBREVIATION_GAP = re.compile(r"^\.?\s{1,2}$")
_POSSESSIVE = re.compile(r"['’]s? ")
"""Between a city and a place of it: "Madrid's Plaza de Colón", "Caracas' Plaza Altamira"."""


@dataclass(frozen=True)
class Phrase:
    """A place below the city written in the text: its span (surface), its tokens, its level,
    its canonical head ("avenida", "sector"), its name, its list, and the token where an
    explicit container starts (the first token after "de"/"in"), if any."""

    start: int
    end: int
    first: int
    last: int
    level: str
    head: str
    name: str
    group: int
    container_token: int | None = None


@dataclass(frozen=True)
class _Anchor:
    index: int  # of the anchoring place in the places tuple
    how: str  # "explicit", "sentence", "paragraph" or "document"


_ENDS_JOINED = frozenset({"–", "-", "—"})
"""What joins the two ends a road is named by ("Lara–Zulia", "Caracas-La Guaira")."""


def _head_at(
    doc: Document, i: int, table: Mapping[tuple[str, ...], tuple[str, str]]
) -> tuple[int, str, str] | None:
    """The head word(s) starting at token i in `table`: (last token, level, canonical)."""
    if i + 1 < len(doc.tokens) and doc.adjacent(i):  # the longer head first: "internado judicial"
        two = (doc.folded[i], doc.folded[i + 1])
        if two in table:
            level, canonical = table[two]
            return i + 1, level, canonical
    one = (doc.folded[i],)
    if one in table:
        level, canonical = table[one]
        return i, level, canonical
    return None


class _Finder:
    """Finds the phrases of one document (one left-to-right pass over the tokens)."""

    def __init__(
        self,
        doc: Document,
        reading: Reading,
        place_starts: frozenset[int],
        place_ends: Mapping[int, int] | None = None,
        strong: frozenset[int] = frozenset(),
        wide: frozenset[int] = frozenset(),
        known: Mapping[int, tuple[int, bool]] | None = None,
        units: Mapping[int, int] | None = None,
        own_article: frozenset[int] = frozenset(),
    ) -> None:
        self.doc = doc
        self.reading = reading
        self.place_starts = place_starts  # first tokens of the gazetteer places found
        self.place_ends = place_ends or {}  # first token -> last token of those places
        self.strong = strong  # first tokens of places that are towns or cities in their own right
        self.wide = wide  # first tokens of places that are states, countries or abroad
        # the gazetteer names set aside: first token -> last token, and whether every reading of
        # the name is a state, a country or a place abroad
        self.known = known or {}
        self.units = units or {}  # home towns and states with no article of their own: first -> last token
        self.own_article = own_article  # first tokens of names whose "la" before them is their own
        self.n = len(doc.tokens)
        self.phrases: list[Phrase] = []
        self.phrase_at: dict[int, int] = {}  # first token -> index of its phrase in self.phrases
        self.reports: dict[tuple[int, int], bool] = {}  # clause span -> whether it reports a protest
        self.taken: set[int] = set()
        self.group = 0

    # -- names ------------------------------------------------------------------------------
    def nameable(self, i: int) -> bool:
        """Token i can start a name: capitalised (a capitalised article too: "La Isabelica"),
        or a number ("calle 72"), and not a word that only opens sentences ("En", "The")."""
        doc, r = self.doc, self.reading
        word = doc.folded[i]
        if doc.tokens[i][:1].isdigit():
            start = doc.tok_start[i]
            # not the minutes of a time of day ("06:45 Streets in eastern Caracas are empty")
            return not (start >= 2 and doc.text[start - 1] == ":" and doc.text[start - 2].isdigit())
        return (
            is_capitalised(doc.tokens[i])
            and word not in r.not_names
            and (word not in r.allowed_preceding or word in r.name_connectors)
        )

    def link(self, i: int) -> bool:
        """Token i follows token i-1 inside one name (plain space)."""
        return self.doc.adjacent(i - 1)

    def name_forward(self, i: int) -> int | None:
        """Last token of the name starting at i (capitalised words, numbers, and connectors
        between them), or None when no name starts there."""
        doc, r = self.doc, self.reading
        k = i
        # a name may start with connectors ("de la República", "of the Andes")
        while k < self.n and doc.folded[k] in r.name_connectors and not is_capitalised(doc.tokens[k]):
            if k + 1 >= self.n or not self.link(k + 1) or k - i > 2:
                return None
            k += 1
        if k >= self.n or not (is_capitalised(doc.tokens[k]) and doc.folded[k] not in r.not_names):
            return None
        last = k
        j = k
        while j + 1 < self.n and j + 1 - i < NAME_TOKENS and self.link(j + 1):
            nxt = j + 1
            if self.opens_a_date(nxt):
                break  # "en el paseo Orinoco el 1 de agosto": the day of the event, not the name's
            if is_capitalised(doc.tokens[nxt]) and doc.folded[nxt] not in r.allowed_following:
                last = j = nxt
            elif doc.folded[nxt] in r.name_connectors and not is_capitalised(doc.tokens[nxt]):
                if (
                    doc.folded[nxt] in _DAY_ARTICLES
                    and nxt + 1 < self.n
                    and doc.tokens[nxt + 1][:1].isdigit()
                ):
                    break  # "en el barrio La Ceibita el 30 en la noche": a day after the name, not its end
                j = nxt
            elif doc.folded[nxt] in r.name_connectors:  # "De", "La" capitalised inside a name
                last = j = nxt
            else:
                break
        return last if self.has_name_word(k, last) else None

    def opens_a_date(self, i: int) -> bool:
        """Token i is a day number before "de" and a lower-case month ("1 de agosto"): a date
        after the name, where a street named after a day writes its month capitalised ("avenida
        5 de Julio")."""
        doc = self.doc
        token = doc.tokens[i]
        return (
            token.isdigit()
            and len(token) <= 2
            and i + 2 < self.n
            and doc.folded[i + 1] == "de"
            and doc.tokens[i + 2].islower()
            and doc.tokens[i + 2] in self.reading.dates.months
        )

    def has_name_word(self, first: int, last: int) -> bool:
        """A name is more than its articles and connectors ("The", "La")."""
        connectors = self.reading.name_connectors
        return any(self.doc.folded[t] not in connectors for t in range(first, last + 1))

    def name_backward(self, j: int) -> int | None:
        """First token of the name ending at token j, scanning back over capitalised words and
        connectors (never over a sentence-opening "In", "The", "En")."""
        doc, r = self.doc, self.reading
        if not (is_capitalised(doc.tokens[j]) and doc.folded[j] not in r.not_names):
            return None
        first = j
        k = j
        while k - 1 >= 0 and j - (k - 1) < NAME_TOKENS and self.link(k):
            prev = k - 1
            word = doc.folded[prev]
            if word in r.conjunctions:
                break
            if is_capitalised(doc.tokens[prev]):
                if word in r.not_names or (word in r.allowed_preceding and word not in r.name_connectors):
                    break
                first = k = prev
            elif word in r.name_connectors:
                k = prev
            else:
                break
        if not self.nameable(first) or not self.has_name_word(first, j):
            return None
        return first

    def named_before(self, i: int) -> bool:
        """Whether a name ends right before the head word at token i ("the Chuparín sector", "the
        El Paraíso neighborhood"): English puts a sector's name before its head word, so that
        "of <city>" after it is the sector's city, not its name."""
        return i > 0 and self.link(i) and self.name_backward(i - 1) is not None

    def text(self, a: int, b: int) -> str:
        return self.doc.text[self.doc.tok_start[a] : self.doc.tok_end[b]]

    def add(
        self, first: int, last: int, level: str, head: str, name: str, group: int, container: int | None
    ) -> None:
        if any(t in self.taken for t in range(first, last + 1)):
            return
        self.taken.update(range(first, last + 1))
        doc = self.doc
        self.phrase_at[first] = len(self.phrases)
        self.phrases.append(
            Phrase(doc.tok_start[first], doc.tok_end[last], first, last, level, head, name, group, container)
        )

    def next_group(self) -> int:
        self.group += 1
        return self.group

    def add_headless_road(self, first: int, last: int) -> None:
        """A road named without its head word ("la Urdaneta", "por la Ferrero Tamayo"): an
        avenue in its own list, in the container named right after it, if any. The roads joined
        to it by an article only are avenues too ("trancar la Bolívar y la Sucre"), as after a
        head word (see continue_list)."""
        group = self.next_group()
        self.add(
            first, last, "landmark", "avenida", self.text(first, last), group, self.container_after(last)
        )
        self.continue_list(last, "landmark", "avenida", group, self.preposition_before(first))

    # -- containers ---------------------------------------------------------------------------
    def split_container(self, name_first: int, name_last: int) -> tuple[int, int | None]:
        """Where the name really ends, and the token of a container inside it: "Bolívar de
        Valencia" is avenida Bolívar in Valencia; "de Unare" (no name before "de") is a name."""
        doc, r = self.doc, self.reading
        for k in range(name_first + 1, name_last):
            if (
                doc.folded[k] in r.head_of
                and is_capitalised(doc.tokens[k - 1])
                and doc.folded[k - 1] not in r.name_of_words  # "Nuestra Señora de Chiquinquirá"
                and k + 1 in self.place_starts
            ):
                return k - 1, k + 1
        return name_last, None

    def container_after(self, last: int) -> int | None:
        """The token where an explicit container starts right after a phrase ("in Caracas",
        "de Valencia", ", en Maracay"), if any."""
        doc = self.doc
        end = doc.tok_end[last]
        for k in range(last + 1, min(self.n, last + 6)):
            gap = doc.text[end : doc.tok_start[k]]
            if "\n" in gap or len(gap) > 40:
                return None
            if is_capitalised(doc.tokens[k]) and _CONTAINER_AFTER.match(gap):
                if gap.strip() == "," and self.possessed(k):
                    return None  # "the Pan-American Highway, Táchira's main link": an apposition
                if self.parallel(last, k):
                    return None  # "in Miguel Peña parish, in Los Guayos and in Naguanagua": a list
                return k
        return None

    def parallel(self, last: int, k: int) -> bool:
        """Whether the place at token k, after ", in" following the phrase that ends at `last`, is
        the next member of a list of places each with its preposition ("in Miguel Peña parish, in
        Los Guayos and in Naguanagua"), not the phrase's container: the same preposition comes
        after it again, behind a conjunction or a comma."""
        doc, r = self.doc, self.reading
        cue = doc.folded[k - 1]
        if cue not in r.bare_place_cues or doc.folded[last + 1 : k - 1] != ():
            return False
        j = self.place_ends.get(k, k) + 1
        if j + 1 >= self.n:
            return False
        if doc.folded[j] in r.conjunctions:
            j += 1
        return doc.folded[j] == cue and doc.text[doc.tok_end[j - 1] : doc.tok_start[j]].strip() in ("", ",")

    def named_elsewhere(self, k: int) -> bool:
        """Whether the gazetteer name at token k is written as a place elsewhere in the text too."""
        last = self.place_ends.get(k, k)
        words = self.doc.folded[k : last + 1]
        return any(
            other != k and self.doc.folded[other : self.place_ends.get(other, other) + 1] == words
            for other in self.place_starts
        )

    def possessed(self, k: int) -> bool:
        """Whether the name starting at token k is a possessive ("Táchira's", "Caracas'")."""
        end = self.doc.tok_end[self.place_ends.get(k, k)]
        return _POSSESSIVE.match(self.doc.text, end) is not None

    # -- the pass -------------------------------------------------------------------------------
    def run(self) -> list[Phrase]:
        """Try the phrase shapes only at tokens that can be a head word or a named road (one set
        lookup per token), left to right."""
        heads = self.reading.head_words
        # the tokens that are head words, picked in C; after a phrase the scan goes on at the
        # first of them after its last token
        starts = list(compress(range(self.n), map(heads.__contains__, self.doc.folded)))
        n = 0
        while n < len(starts):
            n = bisect.bisect_left(starts, self.at(starts[n]) + 1)
        self.residents_runs()
        self.locative_runs()
        self.facing_landmarks()
        self.elided_roads()
        self.roads_gone_along()
        self.roads_named_again()
        self.sectors_named_again()
        self.phrases.sort(key=lambda p: p.start)
        return self.merge_crossings(self.phrases)

    def merge_crossings(self, phrases: list[Phrase]) -> list[Phrase]:
        """ "la carrera 19 con calle 30", "la calle Bolívar con la avenida 4 de Mayo", "the corner of
        Cedeño Avenue and Bolívar Avenue": two streets that cross are one landmark, the crossing."""
        doc, r = self.doc, self.reading
        out: list[Phrase] = []
        for phrase in phrases:
            if out and out[-1].level == "landmark" and phrase.level == "landmark":
                prev = out[-1]
                gap = doc.text[prev.end : phrase.start]
                words = [fold(w) for w in gap.split()]
                while words and words[-1] in ("la", "el", "the"):
                    words.pop()
                joined = len(words) == 1 and "\n" not in gap and len(gap) <= 12
                if joined and (
                    words[0] in r.intersections
                    or (
                        words[0] in r.conjunctions
                        and prev.head in STREET_KEY_HEADS  # "between the Chacaíto metro station and
                        and phrase.head in STREET_KEY_HEADS  # Plaza Altamira": two places, no crossing
                        and r.crossing_before.search(doc.text, max(0, prev.start - 40), prev.start)
                    )
                ):
                    name = prev.name + doc.text[prev.end : phrase.end]
                    out[-1] = replace(
                        prev,
                        end=phrase.end,
                        last=phrase.last,
                        name=name,
                        container_token=phrase.container_token or prev.container_token,
                    )
                    continue
            out.append(phrase)
        return out

    def residents_runs(self) -> None:
        """ "vecinos de Barrio Sucre, Los Cortijos y El Carmen", "residents of Chacao, El Cafetal and
        Santa Fe": a run of names after a residents' cue is a run of sectors of the city the
        sentence or paragraph gives, except the members that are towns or cities in their own
        right (a same-named village far away is not one)."""
        doc, r = self.doc, self.reading
        words = r.residents_words
        folded = doc.folded
        # the tokens after a "de" or an article that follows a cue's word right before or one
        # word before (found from the cue's words, picked in C: they are rare, "de" is not)
        cue_at = compress(range(self.n), map(words.__contains__, folded))
        after_of = sorted(
            {
                k
                for w in cue_at
                for k in (w + 2, w + 3)
                if k < self.n and folded[k - 1] in r.head_of_or_articles
            }
        )
        for k in after_of:
            if not is_capitalised(doc.tokens[k]) or self.place_ends.get(k - 1, -1) >= k:
                continue  # "Teques" of "vecinos de Los Teques" is no run's start
            if not r.residents_before.search_doc(doc, max(0, doc.tok_start[k] - 40), doc.tok_start[k]):
                continue
            members = self.run_members(k, r.head_of)  # "vecinos de Castillejo y de La Rosa"
            if len(members) < 2:
                continue  # one name after "residents of" is the town they live in
            group = self.next_group()
            for first, last in members:
                if first in self.taken:
                    continue
                if first in self.strong and self.place_ends.get(first) == last:
                    continue  # "vecinos de Chacao": a town of its own
                self.add(first, last, "neighbourhood", "sector", self.text(first, last), group, None)

    def run_members(self, k: int, repeated: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """The names of a run that starts at token k ("Los Olivos, Vista al Sol, El Roble and Unare
        2", "A y en B"), as (first, last) tokens, at most RUN_MEMBERS: names joined by commas and a
        conjunction, a member with its own head word (found already) and a gazetteer name (whole)
        included; a word of `repeated` may follow the conjunction ("at Core 8 and at Alta Vista",
        "en Los Guayos y en Lomas del Este": the run's preposition said again)."""
        doc, r = self.doc, self.reading
        members: list[tuple[int, int]] = []
        j = k
        while j < self.n and len(members) < RUN_MEMBERS:
            if j in self.taken:  # "Barrio Obrero": a member with its own head, found already
                last = j
                while last + 1 < self.n and last + 1 in self.taken and self.link(last + 1):
                    last += 1
                members.append((j, last))
            elif j in self.place_ends or j in self.known:  # a gazetteer name is one member, whole
                last = self.place_ends[j] if j in self.place_ends else self.known[j][0]
                while (
                    last in self.taken
                    and last + 1 < self.n
                    and last + 1 in self.taken
                    and self.link(last + 1)
                ):
                    last += 1  # "La Curva de Molina": a hamlet's name inside a phrase its head word opens
                members.append((j, last))
            elif self.nameable(j) and (found := self.name_forward(j)) is not None:
                last = found
                members.append((j, last))
            else:
                break
            j = last + 1
            if j >= self.n:
                break
            gap = doc.text[doc.tok_end[last] : doc.tok_start[j]]
            if gap.strip() == "," and "\n" not in gap and (j in self.taken or self.nameable(j)):
                continue
            if gap.strip() in ("", ",") and doc.folded[j] in r.conjunctions and j + 1 < self.n:
                j += 1
                if (
                    doc.folded[j] in repeated
                    and not is_capitalised(doc.tokens[j])
                    and j + 1 < self.n
                    and self.link(j)
                    and self.link(j + 1)
                ):
                    j += 1
                    if (
                        doc.folded[j - 1] in r.head_of  # a residents' run ("vecinos de A y de la ...")
                        and doc.folded[j] in r.bare_place_articles
                        and j + 2 < self.n
                        and doc.folded[j + 1] in _sector_heads(r.languages)
                        and self.link(j + 1)
                        and self.link(j + 2)
                    ):
                        j += 2  # "vecinos de La Carucieña y de la parroquia Unión": a sector's head
                if j in self.taken or self.nameable(j):
                    continue
            break
        return members

    def opened_by_town(self, sent_start: int, k: int) -> bool:
        """Whether the sentence starting at `sent_start` opens with a town before token k ("En
        Mérida, ...", "In Valencia, ...")."""
        doc = self.doc
        opener = next(
            (s for s in range(bisect.bisect_left(doc.tok_start, sent_start), k) if s in self.strong), None
        )
        return opener is not None and bool(
            self.reading.locating_opener.fullmatch(doc.text, sent_start, doc.tok_start[opener])
        )

    def after_opening_town(self, c: int) -> bool:
        """Whether the preposition at token c follows, after a comma, the town that opens its
        sentence ("En Maracaibo, en Los Haticos, ...", "In Valencia, in La Isabelica, ...")."""
        doc = self.doc
        sent_start = doc.sentence_span(doc.tok_start[c])[0]
        if not self.opened_by_town(sent_start, c):
            return False
        town = next(s for s in range(bisect.bisect_left(doc.tok_start, sent_start), c) if s in self.strong)
        end = doc.tok_end[self.place_ends.get(town, town)]
        return doc.text[end : doc.tok_start[c]].strip() == ","

    def reports_protest(self, pos: int, end_pos: int) -> bool:
        """Whether the clause of the run from `pos` to `end_pos` (its sentence cut at "; ",
        ", mientras", ", while") reports a protest (a protest's word, not only a meeting's) and
        denies none ("no hubo protestas en ..."); each clause is read once."""
        doc, r = self.doc, self.reading
        start, end = doc.sentence_span(pos)
        for m in r.clause_split.finditer_doc(doc, start, end):
            if m.end() <= pos:
                start = m.end()
            elif m.start() >= end_pos:
                end = m.start()
                break
        if (start, end) not in self.reports:
            # a negation denies only the event word it stands before, as role reads it: "no hubo
            # protestas en A y B", but not "cacerolazos en Pomona y Ziruma, dos barrios donde hasta
            # hace poco no se escuchaban" (the relative clause's "no" denies nothing of the run)
            negated = r.negation_word.search_in(doc, start, end) is not None
            self.reports[(start, end)] = any(
                m.lastgroup not in (None, "meeting")
                and not (negated and r.negation_before.search_doc(doc, max(start, m.start() - 30), m.start()))
                for m in r.all_triggers.finditer(doc.text, start, end)
            )
        return self.reports[(start, end)]

    def locative_runs(self) -> None:
        """ "protesters in Sierra Maestra, El Silencio and Los Cortijos", "hubo cacerolazos en
        Belensate, La Pedregosa y Pie del Llano", "las trancas se levantaron en Barrio Obrero,
        Pirineos, La Concordia y Santa Teresa": a run of names with no head word after a locative
        preposition (`bare_place_cues`: "in", "at", "en"), in a clause that reports a protest and
        denies none, is a run of sectors of the city the text gives (anchoring chooses it), as a
        residents' run is. The preposition may be said again ("at Core 8 and at Alta Vista", "en
        Los Guayos y en Lomas del Este"), and a street may open the run ("en la redoma de Los
        Pioneros y en Villa Araure"). The run takes a sector found by its head word or two names
        no gazetteer keeps as a place (a hamlet's name that resolution set aside counts); one
        such name among towns is a town the gazetteer lacks, unless it is a name set aside in a
        sentence a town opens ("En Mérida, ... en Santa Juana y Humboldt"). Its gazetteer places stay
        resolution's. No member may be a person's, a month, a medium or an organisation (then the
        run lists other things), and no run holds a state, a country or a place abroad ("en
        España y América Latina"), found or known only as such. A plural head after the run gives
        its level and city ("in the Pirineos, La Castra and Barrio Obrero sectors of San
        Cristóbal"). One name alone is a place only when an apposition gives its kind ("at Indio
        Mara, the roundabout around the statue"). Each run is read once, from its first
        preposition, so a run-on list costs its length, not its square."""
        doc, r = self.doc, self.reading
        cues = r.bare_place_cues
        if not cues:
            return
        folded = doc.folded
        after_cue = compress(range(self.n - 1), map(cues.__contains__, folded[: self.n - 1]))
        read_to = -1  # the last token of the runs read so far: a run is read once, from its start
        for c in after_cue:
            k = c + 1
            if k <= read_to or not self.link(k):
                continue
            if (
                doc.tokens[k] not in doc.capitalised_words
                and k + 1 < self.n
                and self.link(k + 1)
                and (
                    folded[k] in r.bare_place_articles
                    or (folded[k] in r.head_of_or_articles and k + 1 in self.taken)
                )
            ):
                k += 1  # "at the Menca de Leoni", "en la redoma de Los Pioneros y en Villa Araure"
            by_street = k > c + 1 and k in self.taken
            if k not in self.taken and not ((doc.tokens[k] in doc.capitalised_words) and self.nameable(k)):
                continue
            members = self.run_members(k, cues)
            if not members:
                continue
            read_to = members[-1][1]
            if len(members) == 1:
                first, last = members[0]
                apposed = self.apposed_head(last)
                if apposed is not None and first not in self.place_ends and self.bare_name(first, last):
                    # "gathered at Indio Mara, the roundabout around the statue"
                    self.add(
                        first, last, apposed[0], apposed[1], self.text(first, last), self.next_group(), None
                    )
                elif (
                    k == c + 1  # its own name, no lower-case article ("en la Costa Oriental del Lago")
                    and first not in self.place_ends
                    and first not in self.wide
                    and not self.known.get(first, (0, False))[1]
                    and self.after_opening_town(c)
                    and self.bare_name(first, last)
                    and self.reports_protest(doc.tok_start[first], doc.tok_end[last])
                ):
                    # "En Maracaibo, en Los Haticos, efectivos de la Guardia Nacional dispersaron":
                    # the place said right after the town that opens the sentence is its sector
                    self.add(
                        first,
                        last,
                        "neighbourhood",
                        "sector",
                        self.text(first, last),
                        self.next_group(),
                        None,
                    )
                continue
            if by_street:
                gap = doc.text[doc.tok_end[members[0][1]] : doc.tok_start[members[1][0]]]
                if gap.strip() == ",":
                    continue  # "en la avenida Francisco de Miranda, Guaidó se juramentó": a subject
            wide = [first for first, _ in members if first in self.wide]
            if len(wide) == 1 and wide[0] == members[-1][0] and len(members) >= 3:
                # "cacerolazos en Cancamure, Caiguire y Brasil": a country's name that closes a run
                # of sectors no gazetteer keeps is a barrio named after it; the run stands
                members = members[:-1]
            if any(
                first in self.wide
                or self.known.get(first, (0, False))[1]
                or " ".join(folded[first : last + 1]) in r.bare_stop_names
                or (
                    folded[first] in r.given_names
                    and folded[first] not in r.name_of_words  # "Santa Rosa de Agua": a saint's
                    and first not in self.place_ends
                    and first not in self.taken
                )
                for first, last in members
            ):
                continue  # a list of states, countries or places abroad, or of people
            # the names no gazetteer keeps as a place: each must be a sector's name, else the run
            # lists other things
            fresh = [
                (first, last)
                for first, last in members
                if first not in self.taken and first not in self.place_ends
            ]
            if not fresh or not all(self.bare_name(first, last) for first, last in fresh):
                continue
            sectorial = len(fresh) >= 2 or any(first in self.taken for first, _ in members)
            if not sectorial and any(first in self.known for first, _ in members):
                sectorial = self.opened_by_town(doc.sentence_span(doc.tok_start[k])[0], k)
            level, canonical, container = "neighbourhood", "sector", None
            after = members[-1][1] + 1
            head = _head_at(doc, after, r.plural_heads) if after < self.n and self.link(after) else None
            if not sectorial and head is None:
                # "pot-banging in Las Delicias and La Barraca, in the north of Maracay": a run a
                # city contains, written right after it, is a run of that city's sectors
                container = self.container_after(members[-1][1])
                sectorial = container is not None and container in self.strong
            if not sectorial or not self.reports_protest(doc.tok_start[k], doc.tok_end[members[-1][1]]):
                continue
            if head is not None:  # "in the Pirineos and Barrio Obrero sectors of San Cristóbal"
                level, canonical = head[1], head[2]
                container = self.container_after(head[0])
            group = self.next_group()
            headed = [(first, last) for first, last in members if first in self.taken]
            for first, last in fresh:  # the gazetteer's places are resolution's to read
                self.add(first, last, level, canonical, self.text(first, last), group, container)
            if container is not None:
                # the members with a head of their own share the run's city: "in the Pirineos and
                # Barrio Obrero sectors of San Cristóbal" (found by their first token, not by
                # walking every phrase)
                for first, last in headed:
                    for n in (self.phrase_at.get(first), self.phrase_at.get(first + 1)):
                        if n is None:
                            continue
                        phrase = self.phrases[n]
                        if phrase.last <= last and phrase.container_token is None:
                            self.phrases[n] = replace(phrase, group=group, container_token=container)

    def facing_landmarks(self) -> None:
        """ "frente al Sambil los comerciantes bajaron las santamarías cuando pasó la marcha", "los
        enfrentamientos ocurrieron ... frente al Centro Cívico": a name with no head word after a
        phrase that places something at a building or a landmark (`landmark_cues`: "frente al",
        "in front of") is one, as locals name a mall, a square or an office by its name alone;
        in a clause that reports a protest, and only a name no gazetteer keeps and that may be a
        place's (not a person's, an acronym, an organisation's: see bare_name). It takes the city
        the text gives, as any street does."""
        doc, r = self.doc, self.reading
        starts = r.landmark_cue_starts
        if not starts:
            return
        folded, tokens, capitalised = doc.folded, doc.tokens, doc.capitalised_words
        for c in compress(range(self.n - 2), map(starts.__contains__, folded[: self.n - 2])):
            # the name: the first capitalised word within the cue's few words ("frente a la
            # Fiscalía"); a plain loop over set lookups, as the cue's first words ("in", "a",
            # "en") open thousands of clauses that name no landmark
            k = None
            for j in range(c + 1, min(self.n, c + LANDMARK_CUE_TOKENS)):
                if tokens[j] in capitalised:
                    k = j
                    break
            if (
                k is None
                or k in self.taken
                or k in self.place_ends
                or k in self.known
                or not self.nameable(k)
            ):
                continue
            if not self.link(k) or not r.landmark_before.search_doc(
                doc, max(0, doc.tok_start[k] - 40), doc.tok_start[k]
            ):
                continue
            last = self.protest_name_from(k)
            if last is None:
                continue
            self.add(
                k,
                last,
                "landmark",
                "landmark",
                self.text(k, last),
                self.next_group(),
                self.container_after(last),
            )

    def apposed_head(self, last: int) -> tuple[str, str] | None:
        """The head word of an apposition right after a name ("Indio Mara, the roundabout around
        the statue", "Las Pulgas, the sprawling market in the old centre"): news explains a place
        that locals call by its name alone with the kind of place it is. (level, canonical)."""
        doc, r = self.doc, self.reading
        k = last + 1
        if k + 1 >= self.n or doc.text[doc.tok_end[last] : doc.tok_start[k]].strip() != ",":
            return None
        if doc.folded[k] not in r.bare_place_articles or is_capitalised(doc.tokens[k]):
            return None
        for h in range(k + 1, min(self.n, k + 4)):
            if not self.link(h) or is_capitalised(doc.tokens[h]):
                return None
            found = _head_at(doc, h, r.heads_after)
            if found is not None:
                return found[1], found[2]
        return None

    def protest_name_from(self, k: int) -> int | None:
        """The last token of a name no head word opens, from token k ("frente al Obelisco", "por
        la Ferrero Tamayo"): free, a place's name (see bare_name) and not an institution's
        ("frente a la Gobernación de Cojedes"), in a clause that reports a protest. None when
        it is not such a name."""
        doc, folded = self.doc, self.doc.folded
        last = self.name_forward(k)
        if (
            last is None
            or any(t in self.taken for t in range(k, last + 1))
            or not self.bare_name(k, last)
            or any(w in self.reading.org_words for w in folded[k : last + 1])
            or not self.reports_protest(doc.tok_start[k], doc.tok_end[last])
        ):
            return None
        return last

    def bare_name(self, first: int, last: int) -> bool:
        """Whether the name of tokens first..last, written with no head word, may be a sector's:
        not a person's (a given name first), an acronym, a month, an organisation's or a medium's,
        nor one made only of the profile's words that are no places when bare ("Foro Penal",
        "Efecto Cocuyo", "Guaidó")."""
        doc, r = self.doc, self.reading
        word = doc.folded[first]
        if (word in r.given_names and word not in r.name_of_words) or word in r.bare_not_names:
            return False
        if (
            all(w in r.bare_stop_names or w in r.name_connectors for w in doc.folded[first : last + 1])
            or " ".join(doc.folded[first : last + 1]) in r.bare_stop_names
        ):
            return False
        names = doc.folded[first : last + 1]
        if any(w in r.org_words or w in r.bare_not_names for w in names[1:]) and not (
            len(names) == 3 and names[1] in r.head_of  # "5 de Julio", "23 de Enero": named after a day
        ):
            return False  # "30 July 2024", an organisation's name
        tokens = doc.tokens[first : last + 1]
        if tokens[0][:1].isdigit() and len(tokens) == 1:
            return False  # a count ("41"), an age ("22-year-old"), a year
        return not any(
            (len(tok) > 1 and tok.isupper()) or (tok.isdigit() and len(tok) == 4) for tok in tokens
        )

    def elided_roads(self) -> None:
        """ "recorrió la Michelena y la Lara", "caminaron hacia el centro por la Cedeño": a town's or
        a state's name after a lower-case "la" is no town (a town takes no article, a state takes
        "el": "el Zulia") but the avenue named after it, its head word left out as locals say it;
        anchored as any avenue is. A name that starts with its own article ("La Guaira") and a
        common word ("la Paz") are left alone."""
        doc, r = self.doc, self.reading
        folded = doc.folded
        for k in sorted(k for k in self.units if k >= 1):  # in text order, as a scan of the tokens
            if k in self.taken or folded[k - 1] != "la" or is_capitalised(doc.tokens[k - 1]):
                continue
            if not doc.adjacent(k - 1) or folded[k] in r.stop_names:
                continue
            last = self.units[k]
            self.add_headless_road(k, last)

    def roads_gone_along(self) -> None:
        """ "persiguieron a los jóvenes por la Ferrero Tamayo hasta Pirineos", "bajaron por la
        Urdaneta", "trancaron la Vargas", "blocked the Limpia": a name after a lower-case "la" or
        "the" that follows a road's word (`road_cues`: "por", "trancaron", "along", "blocked"),
        in a clause that reports a protest, is a road gone along or blocked, its head word left
        out as locals say it (as elided_roads does for a road named after a town). A town's or a
        state's name there is the avenue named after it ("marchó por la Vargas", "la Sucre"),
        unless the article is part of the place's own name ("por La Vega"). Only a name that may
        be a place's (see bare_name), not an organisation's ("reprimidos por la Guardia
        Nacional")."""
        doc = self.doc
        folded = doc.folded
        cues = self.reading.road_cues
        for c in compress(range(self.n - 2), map(cues.__contains__, folded[: self.n - 2])):
            k = c + 2
            if folded[c + 1] not in ("la", "the") or not doc.adjacent(c) or not doc.adjacent(c + 1):
                continue
            if (
                not is_capitalised(doc.tokens[k])
                or is_capitalised(doc.tokens[c + 1])
                or k in self.taken
                or k in self.own_article
                or c + 1 in self.place_ends
                or c + 1 in self.known
            ):
                continue
            if not self.nameable(k):
                continue
            last = self.protest_name_from(k)
            if last is None:
                continue
            self.add_headless_road(k, last)

    def roads_named_again(self) -> None:
        """ "miles se concentraron en la avenida Baralt ... la policía lanzó gases en la Baralt",
        "thousands gathered on Baralt Avenue ... tear gas at the marchers on the Baralt": a
        road's name the text has given with its head word, written again after a lower-case "la"
        or "the", is that road, wherever the sentence; a reader needs no head word the second
        time. Only names of roads found (no scan when there are none), whole, and not followed
        by more of a name ("la Bolívar Norte" is not "la Bolívar"), nor an institution's word ("la
        Universidad" after "la avenida Universidad" is the university)."""
        doc = self.doc
        folded = doc.folded
        names: dict[str, list[tuple[str, ...]]] = {}
        org_words = self.reading.org_words  # "la avenida Universidad ... la Universidad": the institution
        for phrase in self.phrases:
            if phrase.head in ROAD_HEADS and phrase.level == "landmark":
                words = tuple(fold(phrase.name).split())
                if words and not words[0][:1].isdigit() and not any(w in org_words for w in words):
                    names.setdefault(words[0], []).append(words)
        if not names:
            return
        for c in compress(range(self.n - 1), map(("la", "the").__contains__, folded[: self.n - 1])):
            k = c + 1
            if folded[k] not in names or k in self.taken or not doc.adjacent(c):
                continue
            if is_capitalised(doc.tokens[c]) or not is_capitalised(doc.tokens[k]) or k in self.own_article:
                continue
            for words in names[folded[k]]:
                last = k + len(words) - 1
                if last >= self.n or tuple(folded[k : last + 1]) != words:
                    continue
                if any(not doc.adjacent(t) for t in range(k, last)):
                    continue
                if last + 1 < self.n and self.link(last + 1) and is_capitalised(doc.tokens[last + 1]):
                    continue  # more of a name: another road
                self.add_headless_road(k, last)
                break

    def sectors_named_again(self) -> None:
        """ "los vecinos de los sectores La Isabelica y Flor Amarillo ... Un joven que vive en La
        Isabelica": a sector found once (by its head word, in a run) is the same sector when its
        name comes back alone, where no gazetteer place and no other phrase stands; not inside a
        longer name (a capitalised word right before it, unless it opens the sentence, or right
        after it). Found from the sectors' own first words, one set lookup per token."""
        doc = self.doc
        folded, tokens = doc.folded, doc.tokens
        names: dict[str, list[tuple[tuple[str, ...], tuple[int, int]]]] = {}
        for phrase in self.phrases:
            if phrase.level == "neighbourhood":
                words = tuple(fold(phrase.name).split())
                if words and not words[0][:1].isdigit():
                    names.setdefault(words[0], []).append((words, doc.line_span(phrase.start)))
        if not names:
            return
        for k in compress(range(self.n), map(names.__contains__, folded)):
            if k in self.taken or k in self.place_starts or not self.nameable(k):
                continue
            if (
                k > 0
                and self.link(k)
                and is_capitalised(tokens[k - 1])
                and doc.sentence_span(doc.tok_start[k])[0] != doc.tok_start[k - 1]
            ):
                continue  # "el Colegio La Isabelica": inside a longer name
            for words, line in names[folded[k]]:
                last = k + len(words) - 1
                if (
                    last >= self.n
                    or tuple(folded[k : last + 1]) != words
                    or doc.line_span(doc.tok_start[k]) != line
                ):
                    continue  # only in the paragraph that found it (another may be about another city)
                if any(t in self.taken or not doc.adjacent(t) for t in range(k, last)):
                    continue
                if last + 1 < self.n and self.link(last + 1) and is_capitalised(tokens[last + 1]):
                    continue  # more of a name: another place
                self.add(k, last, "neighbourhood", "sector", self.text(k, last), self.next_group(), None)
                break

    def at(self, i: int) -> int:
        """Try every phrase shape at token i; the last token consumed (i when nothing)."""
        if i in self.taken:
            return i
        for shape in (self.plural_head_before, self.head_before, self.named_road, self.head_after):
            last = shape(i)
            if last is not None:
                return last
        return i

    def head_before(self, i: int) -> int | None:
        """ "la avenida Bolívar de Valencia", "calle 24 de Junio", "Cathedral of Mérida"."""
        doc, r = self.doc, self.reading
        found = _head_at(doc, i, r.heads_before)
        if found is None:
            return None
        head_last, level, canonical = found
        start = head_last + 1
        if start >= self.n:
            return None
        if i > 0 and doc.folded[i - 1] in r.indefinite_articles and not is_capitalised(doc.tokens[i]):
            return None  # "un hospital de Valencia", "a square in Caracas": no name, not a landmark
        if tuple(doc.folded[i : head_last + 1]) in r.guarded_heads and not self.placed_at(i, start):
            return None  # "the offices of the Ombudsman said": an institution, not where people were
        gap = doc.text[doc.tok_end[head_last] : doc.tok_start[start]]
        if not (
            doc.adjacent(head_last) or (len(doc.tokens[head_last]) <= 4 and _ABBREVIATION_GAP.match(gap))
        ):
            return None
        if not doc.adjacent(head_last) and doc.sentence_span(doc.tok_start[start])[0] == doc.tok_start[start]:
            return None  # "en el puesto de la zona. Funcionarios de la PNB": a new sentence, not a name
        # the name may start with its connector: "la redoma de Unare", "Cathedral of Mérida"
        name_last = (
            self.name_forward(start) if doc.folded[start] in r.head_of or self.nameable(start) else None
        )
        if name_last is None:
            return self.bare_head(i, head_last, level, canonical)
        if level == "neighbourhood" and doc.folded[start] in r.head_of and self.named_before(i):
            return None  # "the Chuparín sector of Puerto La Cruz": the name is before, the city after
        if tuple(doc.folded[i : head_last + 1]) in r.guarded_heads and self.names_an_institution(
            start, name_last
        ):
            return None  # "the offices of the United Nations": an institution's, named by it
        name_last, container = self.split_container(start, name_last)
        if (
            container is not None
            and is_capitalised(doc.tokens[i])
            and container in self.strong
            and canonical not in ROAD_HEADS
            and canonical != "paseo"
        ):
            # "Hospital Central de Valera", "Plaza Bolívar of Cabudare": one landmark, named with
            # its city, which is its container and not another mention; but a road or a paseo runs
            # through its city, which the text names as where it is ("el Paseo Orinoco de Ciudad
            # Bolívar", "la Avenida Bolívar de Valencia"): the city is a mention of its own
            name_last = max(name_last, self.place_ends.get(container, container))
        elif (
            container is None
            and doc.folded[start] in r.head_of
            and start + 1 in self.strong
            and self.place_ends.get(start + 1) == name_last
            and doc.folded[start + 1] not in r.name_of_words  # "la basílica de Santa Teresa": a saint
            and not (canonical in ADVOCATION_HEADS and not self.named_elsewhere(start + 1))
        ):
            # "la Catedral de Maturín", "el internado judicial de Cumaná"; but a container the text
            # gives after it wins: "la redoma de El Dorado, en San Félix" is named after a town
            # elsewhere and stands in San Félix
            container = self.container_after(name_last)
            if container is None:
                container = start + 1
        first = i
        if is_capitalised(doc.tokens[i]):
            # "University Hospital of the Andes": capitalised words before a capitalised head
            k = i
            while k - 1 >= 0 and i - (k - 1) <= 3 and self.link(k) and is_capitalised(doc.tokens[k - 1]):
                if doc.folded[k - 1] in r.allowed_preceding or doc.folded[k - 1] in r.not_names:
                    break
                k -= 1
            first = k
        if container is None:
            container = self.container_after(name_last)
        if level == "neighbourhood":  # "el sector La Isabelica": the sector is its name
            first = start
            while first < name_last and not is_capitalised(doc.tokens[first]):
                first += 1
        group = self.next_group()
        self.add(first, name_last, level, canonical, self.text(start, name_last), group, container)
        self.taken.update(range(i, first))  # the head word of "Barrio Sucre" is part of it
        self.continue_list(name_last, level, canonical, group, self.preposition_before(i))
        return name_last

    def preposition_before(self, i: int) -> str | None:
        """The short lower-case word before the head at `i` and its article ("en la avenida
        Venezuela", "por la avenida Sucre"): a list's later member may repeat it."""
        doc = self.doc
        j = i - 1
        if j >= 0 and doc.folded[j] in ("la", "el", "las", "los", "the"):
            j -= 1
        if j < 0 or len(doc.folded[j]) > 5 or not doc.tokens[j].isalpha() or is_capitalised(doc.tokens[j]):
            return None
        return doc.folded[j]

    def bare_head(self, i: int, head_last: int, level: str, canonical: str) -> int | None:
        """ "the Obelisco in Barquisimeto", "el Obelisco de Cabimas": a capitalised head word used
        as a name of its own, with the town it stands in right after it; or alone, in a clause that
        reports a protest ("marcharon desde el Obelisco", "protestaron frente a la Catedral"), where
        locals name their city's one obelisk or cathedral so. Its city is then the one the text
        gives, as for any street, and it stays below SURE."""
        doc = self.doc
        if level != "landmark" or head_last != i or not doc.tokens[i][:1].isupper() or i == 0:
            return None
        if doc.folded[i - 1] not in self.reading.head_of_or_articles or not self.link(i):
            return None  # sentence-initial "Hospital" or "Plaza" is not a name by itself
        container = self.container_after(i)
        if container is not None and container not in self.strong:
            return None
        if container is None and not self.reports_protest(doc.tok_start[i], doc.tok_end[i]):
            # "marcharon desde el Obelisco hasta la Catedral": alone, in a clause that reports a
            # protest, it is the landmark of the city the text gives (anchoring chooses it)
            return None
        self.add(i, i, level, canonical, doc.tokens[i], self.next_group(), container)
        return i

    def placed_at(self, first: int, last: int) -> bool:
        """Whether the phrase of a guarded head word (one that is a common noun as often as a
        place: "offices", "shopping centre", "hotel") from token `first` to `last` is where
        something happened: a place preposition before it ("outside the Tamanaco hotel", "near the
        Orinokia shopping centre", "in front of the regional office of ..."; its article and one
        lower-case word such as "main" or "regional" between), in a clause that reports a protest."""
        doc, r = self.doc, self.reading
        k = first - 1
        if k >= 0 and not is_capitalised(doc.tokens[k]) and doc.folded[k] not in r.bare_place_articles:
            k -= 1  # "the main gate of", "the regional office of"
        if k >= 0 and doc.folded[k] in r.bare_place_articles:
            k -= 1
        if k < 0 or not any(
            k + 1 >= len(cue) and tuple(doc.folded[k + 1 - len(cue) : k + 1]) == cue
            for cue in r.guarded_head_cues
        ):
            return False
        return self.reports_protest(doc.tok_start[first], doc.tok_end[last])

    def names_an_institution(self, first: int, last: int) -> bool:
        """Whether the name from token `first` to `last` is an organisation's (a word of
        `org_words`: "United Nations", "National Electoral Council") or an acronym ("PDVSA"): its
        offices, headquarters or gate are described, not named, as the gold reads them."""
        doc, r = self.doc, self.reading
        return any(
            doc.folded[t] in r.org_words or (len(doc.tokens[t]) > 1 and doc.tokens[t].isupper())
            for t in range(first, last + 1)
        )

    def continue_list(
        self, last: int, level: str, canonical: str, group: int, preposition: str | None = None
    ) -> None:
        """ "la avenida Andrés Bello, la Baralt y la calle 72": members after a street that
        carry only an article share its head; after a conjunction, a member may repeat the
        street's preposition ("en la avenida Venezuela y en la Vargas", "por la avenida Sucre y
        por la Baralt")."""
        doc, r = self.doc, self.reading
        k = last + 1
        joined = False  # a conjunction (and the repeated preposition) right before token k
        while k + 1 < self.n:
            gap = doc.text[doc.tok_end[k - 1] : doc.tok_start[k]]
            word = doc.folded[k]
            if gap.strip() == "," and word in r.conjunctions:
                k += 1
                joined = True
                continue
            if gap.strip() not in ("", ",") or "\n" in gap:
                return
            if word in r.conjunctions:
                k += 1
                if (
                    preposition is not None
                    and k + 1 < self.n
                    and doc.folded[k] == preposition
                    and doc.adjacent(k - 1)
                ):
                    k += 1
                joined = True
                continue
            if (
                joined
                and level == "neighbourhood"
                and doc.tokens[k] in doc.capitalised_words
                and k not in self.place_ends
                and k not in self.known
                and self.nameable(k)
                and _head_at(doc, k, r.heads_before) is None
            ):
                # "los vecinos de la urbanización Lomas del Este y de Prebo": the last member of a
                # list of sectors, named bare, shares the head of the first
                name_last = self.name_forward(k)
                if name_last is None or not self.bare_name(k, name_last):
                    return
                self.add(k, name_last, level, canonical, self.text(k, name_last), group, None)
                return
            if word in ("la", "el", "las", "los") and not is_capitalised(doc.tokens[k]) and doc.adjacent(k):
                nxt = k + 1
                if _head_at(doc, nxt, r.heads_before) is not None:
                    return  # "y la calle 72": its own head, found by the main pass
                if not self.nameable(nxt) or doc.tokens[nxt][:1].isdigit():
                    return
                if doc.folded[nxt] in r.org_words:
                    return  # "En la esquina de Puente Brión, la Guardia Nacional responde": a subject
                name_last = self.name_forward(nxt)
                if name_last is None:
                    return
                self.add(nxt, name_last, level, canonical, self.text(nxt, name_last), group, None)
                k = name_last + 1
                continue
            return

    def named_road(self, i: int) -> int | None:
        """ "la Panamericana", "la Intercomunal": roads that name themselves."""
        doc, r = self.doc, self.reading
        if not is_capitalised(doc.tokens[i]):
            return None
        for key in r.named_roads:
            last = i + len(key) - 1
            if last < self.n and tuple(doc.folded[i : last + 1]) == key:
                if any(not doc.adjacent(t) for t in range(i, last)):
                    continue
                self.add(
                    i,
                    last,
                    "landmark",
                    "autopista",
                    self.text(i, last),
                    self.next_group(),
                    self.container_after(last),
                )
                return last
        return None

    def plural_head_before(self, i: int) -> int | None:
        """ "los sectores A, B y C", "las avenidas Bolívar y Urdaneta"."""
        doc, r = self.doc, self.reading
        found = _head_at(doc, i, r.plural_heads)
        if found is None:
            return None
        head_last, level, canonical = found
        k = head_last + 1
        for opener in r.example_openers:  # "en barrios como A, B y C", "districts such as A and B"
            if tuple(doc.folded[k : k + len(opener)]) == opener and all(
                doc.adjacent(j) for j in range(head_last, k + len(opener) - 1)
            ):
                head_last, k = k + len(opener) - 1, k + len(opener)
                break
        if (
            k + 1 < self.n
            and doc.folded[k] in r.head_of
            and doc.adjacent(head_last)
            and doc.adjacent(k)
            and k + 1 not in self.strong
            and k + 1 not in self.wide
        ):
            # "the sectors of Sierra Maestra, El Silencio and Los Cortijos", "los sectores de La
            # Limpia y Amparo": the list after its connector; "the streets of Caracas" and "los
            # barrios de Miranda y Aragua" name the city or state they are in, not a street
            k += 1
        if k >= self.n or not doc.adjacent(k - 1) or not self.nameable(k):
            return None
        group = self.next_group()
        members: list[tuple[int, int]] = []
        inner: int | None = None
        while k < self.n and self.nameable(k):
            name_last = self.name_forward(k)
            if name_last is None:
                break
            # "... y Los Haticos de Maracaibo": the last member's city, not part of its name
            name_last, inner = self.split_container(k, name_last)
            members.append((k, name_last))
            if inner is not None:
                break
            k = name_last + 1
            if k >= self.n:
                break
            gap = doc.text[doc.tok_end[name_last] : doc.tok_start[k]]
            if gap.strip() == "," and k < self.n and self.nameable(k):
                continue
            if (
                gap.strip() in ("", ",")
                and doc.folded[k] in r.conjunctions
                and k + 1 < self.n
                and doc.adjacent(k)
            ):
                k += 1
                if self.nameable(k):
                    continue
            break
        if not members:
            return None
        container = inner if inner is not None else self.container_after(members[-1][1])
        for first, last in members:
            self.add(first, last, level, canonical, self.text(first, last), group, container)
        return members[-1][1]

    def head_after(self, i: int) -> int | None:
        """ "Francisco de Miranda Avenue", "Altamira metro station", "the El Cercado sector",
        "the A and B neighbourhoods", "A, B and other urbanizations"."""
        doc, r = self.doc, self.reading
        singular = _head_at(doc, i, r.heads_after)
        plural = _head_at(doc, i, r.plural_heads) if singular is None else None
        found = singular or plural
        if found is None or i == 0:
            return None
        head_last, level, canonical = found
        k = i - 1
        while (
            k >= 0
            and doc.folded[k] in r.head_modifiers
            and not is_capitalised(doc.tokens[k])
            and self.link(k + 1)
        ):
            k -= 1
        if k < 0 or not self.link(k + 1):
            return None
        if plural is not None:
            return self.list_before(k, head_last, level, canonical)
        first = self.name_backward(k)
        if first is None or any(t in self.taken for t in range(first, k + 1)):
            return None
        if (
            level != "neighbourhood"
            and first > 0
            and doc.text[doc.tok_end[first - 1] : doc.tok_start[first]] in _ENDS_JOINED
        ):
            # a road named by its two ends ("the Lara–Zulia highway"): one landmark, not a state
            # and a "Zulia highway"
            other_end = self.name_backward(first - 1)
            if other_end is not None and not any(t in self.taken for t in range(other_end, first)):
                first = other_end
        if first > 0 and doc.folded[first - 1] in r.indefinite_articles:
            return None  # "a Miranda district": a district of Miranda described, not one named
        if self.place_ends.get(first) == head_last and (first in self.strong or first in self.wide):
            return None  # "the Capital District": the head is part of a gazetteer name (a state's)
        if tuple(doc.folded[i : head_last + 1]) in r.guarded_heads and (
            not self.placed_at(first, head_last)
            or any(doc.folded[t] in r.org_words for t in range(first, k + 1))
        ):
            # "the Public Ministry headquarters": an institution's, named by it; but an acronym's
            # building where a protest was ("outside the CNE offices") is the landmark wires name
            return None
        container = self.container_after(head_last)
        if level == "neighbourhood":
            self.add(first, k, level, canonical, self.text(first, k), self.next_group(), container)
            self.taken.update(range(k + 1, head_last + 1))
        else:
            self.add(first, head_last, level, canonical, self.text(first, k), self.next_group(), container)
        return head_last

    def list_before(self, k: int, head_last: int, level: str, canonical: str) -> int | None:
        """Members of a list that ends at token k, before a plural head: "the La Isabelica and
        Flor Amarillo neighbourhoods", "El Trigal, La Viña, Prebo y otras urbanizaciones"."""
        doc, r = self.doc, self.reading
        others = doc.folded[k] in r.other_members
        if others:  # "... y otras urbanizaciones": the list ends before "y otras"
            k -= 1
            if k < 0 or doc.folded[k] not in r.conjunctions:
                return None
            k -= 1
        members: list[tuple[int, int]] = []
        while k >= 0:
            first = self.name_backward(k)
            if first is None or any(t in self.taken for t in range(first, k + 1)):
                break
            town = first + 1 if doc.tokens[first].isdigit() and first < k else first
            if town in self.strong and self.place_ends.get(town) == k:
                break  # "in at least 30 Caracas communities": the town the sectors are in, counted
            members.append((first, k))
            if first == 0:
                break
            gap = doc.text[doc.tok_end[first - 1] : doc.tok_start[first]]
            if gap.strip() == "," and "\n" not in gap:
                k = first - 1
                if doc.folded[k] in r.conjunctions:
                    k -= 1
                continue
            if doc.folded[first - 1] in r.conjunctions and doc.adjacent(first - 1) and first - 2 >= 0:
                k = first - 2
                if doc.text[doc.tok_end[k] : doc.tok_start[first - 1]].strip() not in ("", ","):
                    break
                continue
            break
        if not members or (not others and len(members) < 1):
            return None
        group = self.next_group()
        container = self.container_after(head_last)
        for first, last in reversed(members):
            self.add(first, last, level, canonical, self.text(first, last), group, container)
        self.taken.update(range(members[0][1] + 1, head_last + 1))
        return head_last


def find_phrases(
    doc: Document,
    reading: Reading,
    place_starts: frozenset[int] = frozenset(),
    place_ends: Mapping[int, int] | None = None,
    strong: frozenset[int] = frozenset(),
    wide: frozenset[int] = frozenset(),
    known: Mapping[int, tuple[int, bool]] | None = None,
    units: Mapping[int, int] | None = None,
    own_article: frozenset[int] = frozenset(),
) -> list[Phrase]:
    """Every place below the city written in the text, in text order. `place_starts` are the
    first tokens of the gazetteer places found: "de <place>" after a name is its container."""
    return _Finder(doc, reading, place_starts, place_ends, strong, wide, known, units, own_article).run()


# --- anchoring -----------------------------------------------------------------------------


def _is_town(place: Resolved, home: str) -> bool:
    """A town, city or municipality in its own right (not a hamlet or a neighbourhood that the
    gazetteer knows only elsewhere): a sector's name that is also one is that place."""
    entry = place.entry
    if place.anchor is not None or not _is_anchor_level(place, home, foreign=True):
        return False
    return entry.kind in ("ADM2", "ADM3") or (entry.prior >= 0.6 and not entry.weak)


def _is_anchor_level(place: Resolved, home: str, *, foreign: bool) -> bool:
    if place.anchor is not None:
        return False
    if place.place.country != home and not foreign:
        return False
    entry, cue = place.entry, place.cue
    if entry.weak and entry.kind.startswith("PPL") and not cue.level and cue.container is None:
        return False  # a hamlet read bare as a sector beside a town (see resolution): no town of its own
    return (
        place.place.level in ANCHOR_LEVELS
        or place.entry.kind.startswith("PPL")
        or place.entry.kind in ("WCITY", "WCAP")
    )


def _choose_anchor(
    doc: Document,
    phrase: Phrase,
    places: tuple[Resolved, ...],
    starts: list[int],
    explicit: int | None,
    home: str,
    covered: frozenset[int],
    story: tuple[list[int], list[int]] = ([], []),
    taken: frozenset[int] = frozenset(),
    references: Callable[[int], bool] = lambda n: False,
    origins: Callable[[int], bool] = lambda n: False,
    uncovered: list[int] | None = None,
    destinations: Callable[[int], bool] = lambda n: False,
    opens: Callable[[int], bool] = lambda n: True,
    said_between: Callable[[int, int], bool] = lambda start, end: False,
    filed_at: Callable[[int], bool] = lambda n: False,
    road_town: Callable[[Phrase], int | None] = lambda phrase: None,
) -> _Anchor | None:
    """The place a phrase is anchored to: an explicit container, else the nearest city named
    before it in its sentence (or after it there), its paragraph, the city the story is in at
    that point (see `story_locations`), the document; else a state. A city named after it in
    its sentence as the container of another phrase (`taken`: "shot near the church of La
    Piedad and died at the Central Hospital in Barquisimeto") is that phrase's, not this one A
    city named in its paragraph only as a reference point (`references`: "Cabudare, a town across
    the river from Barquisimeto, ... Its residents block the Intercomunal") is not where it is.
    A town named in its sentence as someone's origin (`origins`: "la estudiante, oriunda de
    Lagunillas, herida en una barricada de la avenida Los Próceres") is not where the street is,
    nor a town after it written as where a road leads (`destinations`: "en el sector Los Olivos,
    en la salida hacia Guanta").
    A town named after it past a reporting verb (`said_between`: "herido de bala en la avenida
    Tulio Febres Cordero, según informó el rector en una rueda de prensa que ofreció en Caracas")
    is where the words were said, not where the street is; past a transfer of people ("detained in
    Barrio Obrero were taken to the Sebin offices in Santa Teresa"), where they were taken.
    A dateline's town (`filed_at`: "BARQUISIMETO, Venezuela (Wire) — Protesters ... cutting the
    Lara-Zulia highway near Carora") is where the story was filed: a town its sentence names after
    the phrase is where the road is; the dateline's town only when the sentence names no other.
    A name inside a phrase (a list member, a namesake) is never an anchor. `starts` are the
    places' start offsets (sorted): the search walks outwards from the phrase and stops at the
    first fit, so it does not grow with the text."""
    if explicit is not None:
        return _Anchor(explicit, "explicit")
    sent_start, sent_end = doc.sentence_span(phrase.start)
    line_start, _ = doc.line_span(phrase.start)
    first_after = bisect.bisect_left(starts, phrase.end)
    last_before = bisect.bisect_left(starts, phrase.start) - 1

    # the places no phrase covers, in order (given once per document: walking past the covered
    # ones one by one made a text of many streets quadratic)
    free = uncovered if uncovered is not None else [n for n in range(len(places)) if n not in covered]

    def before() -> Iterator[int]:
        for m in range(bisect.bisect_right(free, last_before) - 1, -1, -1):
            n = free[m]
            if places[n].spot.end <= phrase.start:
                yield n

    def after() -> Iterator[int]:
        for m in range(bisect.bisect_left(free, first_after), len(free)):
            yield free[m]

    def fits(n: int, *, foreign: bool) -> bool:
        return _is_anchor_level(places[n], home, foreign=foreign)

    def town_of(n: int) -> int:
        """The town a municipality is written as the container of, right before it ("En San
        Félix, municipio Caroní, ... en el sector El Roble"): the sector is the town's, in that
        sentence or a later one of the paragraph ("... That night a man was shot dead on Guayana
        Avenue")."""
        town = n - 1
        if (
            places[n].place.level == "municipality"
            and town >= 0
            and (
                places[town].container == n
                or _CAPITAL_OF.fullmatch(doc.text, places[town].spot.end, places[n].spot.start) is not None
            )
        ):
            if (
                town not in covered
                and places[town].place.level in ("city", "neighbourhood")
                and fits(town, foreign=True)
            ):
                return town
        return n

    def other_conjunct(n: int) -> bool:
        """ "hubo cacerolazos en Los Guayos y en Lomas del Este, y en la tarde un grupo recorrió la
        Michelena": a town inside an earlier conjunct of the sentence (", y ..."), not its opener,
        locates that conjunct's event, not this one's."""
        town = places[n].spot
        if town.start < sent_start or _OPENER_GAP.fullmatch(doc.text, sent_start, town.start):
            return False
        event_place = _EVENT_PLACE_GAP.search(doc.text, max(sent_start, town.start - 40), town.start)
        if event_place is None or not event_place.group(1)[:1].islower():
            return (
                False  # "on Carabobo Avenue in San Cristóbal, and ...": a container, not a conjunct's place
            )
        return _CLAUSE_CONJUNCT.search(doc.text, town.end, phrase.start) is not None

    def far_sibling(n: int) -> bool:
        """ "MARACAIBO.– ... trancaron en Sabaneta, Pomona y Ziruma": a small town read far from
        the city the text named first (a namesake in another state), that opens a run of sectors
        (a comma or a conjunction before the phrase), is a member of the run, not its city."""
        town = places[n]
        if town.entry.kind in CORE_KINDS or town.place.population >= LIST_NAMESAKE_POPULATION:
            return False
        if not _RUN_GAP.fullmatch(doc.text, town.spot.end, phrase.start) and not (
            # "en Sabaneta, La Curva de Molina y Amparo": other members of the run between them
            _RUN_BETWEEN.fullmatch(doc.text, town.spot.end, phrase.start)
            and _RUN_GAP.match(doc.text, town.spot.end)
        ):
            return False
        first = next((m for m in range(min(n, FIRST_CITY_PLACES)) if places[m].place.level == "city"), None)
        return (
            first is not None
            and places[first].anchor is None
            and places[first].place.country == home
            and km_between(places[first].place, town.place) > FAR_FROM_CONTAINER_KM
        )

    filed: int | None = None  # the dateline's town, if it is the sentence's town before it
    for n in before():
        if places[n].spot.start < sent_start:
            break
        if (
            fits(n, foreign=True)
            and not origins(n)
            and not other_conjunct(n)
            # "cacerolazos en el municipio Los Guayos y en la parroquia Miguel Peña": a municipality
            # joined to the phrase by a conjunction is its sibling in a list, not its container (a
            # town or a sector so joined, "in Catia and the 23 de Enero district", shares its city)
            and not (
                places[n].place.level == "municipality"
                and _SIBLING_GAP.fullmatch(doc.text, places[n].spot.end, phrase.start) is not None
            )
            and not references(n)
            and not (phrase.level == "neighbourhood" and destinations(n))
            and not far_sibling(n)
        ):
            if not filed_at(n):
                return _Anchor(town_of(_list_core(doc, places, n, phrase.start, home)), "sentence")
            filed = n
            break
    read_to = phrase.end  # the text up to here has no conjunction (each stretch is read once)
    conjunct: int | None = None  # the town of a later conjunct of the sentence, if any
    for n in after():
        if places[n].spot.start >= sent_end:
            break
        joined = _NEXT_CONJUNCT.search(doc.text, read_to, places[n].spot.start)
        if joined:
            # "la plaza San Martín de Lima y frente a la embajada en Santiago": another place's
            if _LOCATIVE_CONJUNCT.match(doc.text, joined.start()):
                conjunct = next(
                    (m for m in range(n, len(places)) if places[m].spot.start < sent_end and m in taken),
                    None,
                )
            break
        if said_between(read_to, places[n].spot.start):
            break
        read_to = max(read_to, places[n].spot.start)
        if (
            fits(n, foreign=True)
            and (n not in taken or _range_start(doc, phrase, places[n].spot.start))
            and not destinations(n)
        ):
            if filed is not None and (
                places[n].place.place_id == places[filed].place.place_id
                or not _FILED_GAP.fullmatch(doc.text, phrase.end, places[n].spot.start)
            ):
                # the dateline's town named again ("UREÑA, ... the bridge between Ureña and"), or a
                # town past the road's clause ("..., en el centro de la ciudad, mientras en Cabudare")
                break
            return _Anchor(n, "sentence")
    if filed is not None:
        return _Anchor(town_of(filed), "sentence")
    for n in range(last_before, -1, -1):
        # no town in the sentence, but a landmark the gazetteer knows, in a city the text names
        # ("set off from Plaza Venezuela and was stopped on Avenida Libertador", in a bulletin
        # that names Caracas): the street is in the landmark's city, not in the city of an
        # earlier paragraph ("In Valencia, ..."). A namesake square of a city the text never
        # names ("Plaza Bolívar" in a story of Carora) is no anchor.
        if places[n].spot.start < sent_start:
            break
        if (
            places[n].place.level == "landmark"
            and places[n].anchor is None
            and places[n].place.country == home
            and not _said_short(doc, places[n])
            and _near_named_town(places, n, home)
        ):
            return _Anchor(n, "sentence")

    named_between = road_town(phrase)
    if named_between is not None:
        return _Anchor(named_between, "sentence")

    def core_before(n: int) -> int | None:
        """The state capital a neighbouring town `n` lies beside, named before it in its
        paragraph, when the town does not open its own sentence ("In Valencia, ... police detained
        nine people during a cacerolazo in Los Guayos. The same day, a march ... was turned back on
        Michelena Avenue"): a town named in passing does not take over the paragraph's later
        streets from the city the paragraph is about; one that opens its sentence ("En Los
        Guayos, ...") does."""
        town = places[n]
        if town.entry.kind in CORE_KINDS or town.place.country != home or opens(n):
            return None
        for m in range(n - 1, -1, -1):
            core = places[m]
            if core.spot.start < max(line_start, town.spot.start - CORE_REACH):
                break  # the paragraph, and no farther back than CORE_REACH (a run-on text)
            if (
                m not in covered
                and core.anchor is None
                and core.entry.kind in CORE_KINDS
                and core.place.country == home
                and core.place.level == "city"
                and km_between(core.place, town.place) <= METRO_KM
                and not references(m)
                and not origins(m)
            ):
                return m
        # no capital named before it there: the story's city, when it is that capital
        # ("Students gathered ... in Cabudare. Cacerolazos were also heard in the Patarata and
        # Los Cardones sectors", in a story of Barquisimeto)
        index = bisect.bisect_right(story[0], phrase.start) - 1
        if index >= 0:
            city = places[story[1][index]]
            if (
                city.anchor is None
                and city.entry.kind in CORE_KINDS
                and city.place.country == home
                and km_between(city.place, town.place) <= METRO_KM
            ):
                return story[1][index]
        return None

    for n in before():  # a paragraph about Madrid puts its square in Madrid
        if places[n].spot.start < line_start:
            break
        if (
            fits(n, foreign=True)
            and not references(n)
            and not origins(n)
            and not _in_list_of_cities(doc, places, n)
            and not other_conjunct(n)
        ):
            core = core_before(n)
            return _Anchor(town_of(n) if core is None else core, "paragraph")
    index = bisect.bisect_right(story[0], phrase.start) - 1
    if (
        conjunct is not None
        and conjunct not in covered
        and (index < 0 or places[story[1][index]].place.state_code != places[conjunct].place.state_code)
    ):
        # "hubo barricadas en la avenida Delicias y en el sector Tierra Negra de Maracaibo", under
        # a heading "Zulia" after a section on San Félix: the town the sentence gives as the
        # container of its next conjunct is nearer the street than a story's town of another state
        return _Anchor(conjunct, "paragraph")
    state = _state_before_in_sentence(places, before(), sent_start, home)
    if state is not None and (
        index < 0 or places[story[1][index]].place.state_code != state.place.state_code
    ):
        return _Anchor(places.index(state), "sentence")  # "In Barinas, ..., in the Los Pozones sector"
    if index >= 0:
        return _Anchor(story[1][index], "document")
    for candidates, foreign in ((before(), False), (after(), False), (before(), True)):
        for n in candidates:
            if fits(n, foreign=foreign):
                return _Anchor(n, "document")
    for n in before():
        if places[n].spot.start < sent_start:
            break
        if places[n].place.level == "state" and places[n].anchor is None:
            return _Anchor(n, "sentence")
    for n, place in enumerate(places):
        if place.place.level == "state" and place.place.country == home and place.anchor is None:
            if n not in covered:
                return _Anchor(n, "document")
    return None


_DASH_JOINED = re.compile(r"([A-ZÁÉÍÓÚÑ][\w]+(?: [A-ZÁÉÍÓÚÑ][\w]+)?)\s?[-–]\s?[A-ZÁÉÍÓÚÑ]")
"""A name joined by a dash to a capitalised name after it, in a road's name ("Guarenas-Guatire",
"Petare-Guarenas", "Puerto La Cruz–Barcelona"): the first town of the road."""


def _road_between_its_towns(
    doc: Document,
    phrase: Phrase,
    places: tuple[Resolved, ...],
    gazetteer: Gazetteer | None,
    home: str,
) -> int | None:
    """ "In Caracas, students marched. National Guard troops fired tear gas at protesters on the
    Guarenas-Guatire highway near Trapichito": a road named after the two towns it joins (one
    written word, which spotting does not split), with no town of its own in its sentence, lies at
    the first of them, not in the paragraph's or the story's city. The index of the place the text
    names that first town as elsewhere (the nearest mention before the road, else after it)."""
    if phrase.head not in ROAD_HEADS or gazetteer is None:
        return None
    joined = _DASH_JOINED.search(doc.text, phrase.start, phrase.end)
    if joined is None:
        return None
    ids = {
        e.place.place_id
        for e in gazetteer.candidates(joined.group(1))
        if e.place.level == "city" and e.place.country == home
    }
    named = [n for n, p in enumerate(places) if p.place.place_id in ids and p.anchor is None]
    before = [n for n in named if places[n].spot.end <= phrase.start]
    return before[-1] if before else named[0] if named else None


INTERCITY_HEADS = frozenset({"carretera", "autopista", "troncal", "highway", "road"})
"""Heads of the roads between towns: named after the towns they join ("la carretera Lara-Zulia"),
each is one road in the country (unlike an Avenida Bolívar or an Intercomunal, which every town
has)."""


def _town_before_not_its_stretch(
    doc: Document, phrase: Phrase, town: Resolved, chosen: _Anchor, reading: Reading
) -> bool:
    """Whether an intercity road's chosen town is only the town of an earlier clause or of its
    paragraph: written before the road, not as its sentence's opener ("En Guacara, ...")."""
    if fold(phrase.head) not in INTERCITY_HEADS or chosen.how not in ("sentence", "paragraph"):
        return False
    if _DASH_JOINED.search(doc.text, phrase.start, phrase.end) is None:
        return False  # "la Intercomunal", "la autopista": every city has one
    if town.spot.start >= phrase.start:
        return False  # "a la altura de Carora", "near La Victoria": the stretch the text gives
    if _WHERE_AFTER.match(doc.text, town.spot.end) is not None:
        return False  # "hacia Guacara, donde cerraron la autopista ...": the clause is the town's
    sent_start, _ = doc.sentence_span(phrase.start)
    return not (
        town.spot.start >= sent_start
        and reading.locating_opener.fullmatch(doc.text, sent_start, town.spot.start) is not None
    )


CORE_KINDS = ("PPLC", "PPLA")
"""The cities a metropolitan area is named after (a capital): its neighbouring towns' streets
are often the capital's."""

CORE_REACH = 1500
"""How far back (in characters) a paragraph's capital is looked for, so that a run-on text
without paragraph breaks costs no more per street than a paragraph does."""

METRO_KM = 20.0
"""How near a capital a town lies to be one of its metropolitan area's (Naguanagua, Los Guayos,
Cabudare, San Francisco, Petare)."""


_TOWN_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:y|e|and)\s+)?|(?:y|e|and)\s+)(?:(?:en|in)\s+)?")
"""What joins two towns of a list of event places ("en Valencia y en Naguanagua", "in Maracay,
Turmero and Cagua")."""


def _list_core(doc: Document, places: tuple[Resolved, ...], n: int, phrase_start: int, home: str) -> int:
    """ "Hubo cacerolazos en Valencia y en Naguanagua; en la urbanización Las Acacias, los vecinos
    bajaron hasta la avenida Cedeño": a street in a clause of its own (after a semicolon) that
    names no town follows a list of towns of one metropolitan area, whose capital is the city the
    list is about, not its last member, the town written nearest the street. The capital among
    the list's members, else the town before the street (`n`)."""
    if ";" not in doc.text[places[n].spot.end : phrase_start] or places[n].entry.kind in CORE_KINDS:
        return n
    k = n
    while k > 0 and _TOWN_LIST_GAP.fullmatch(doc.text, places[k - 1].spot.end, places[k].spot.start):
        k -= 1
        core = places[k]
        if (
            core.entry.kind in CORE_KINDS
            and core.anchor is None
            and core.place.country == home
            and core.place.level == "city"
            and km_between(core.place, places[n].place) <= METRO_KM
        ):
            return k
    return n


_CAPITAL_OF = re.compile(
    r",[^\S\n]+(?:la[^\S\n]+|the[^\S\n]+)?capital[^\S\n]+(?:del[^\S\n]+municipio|de|of)[^\S\n]+", re.I
)
"""What writes a town as its municipality's seat ("En Punto Fijo, capital de Carirubana"): the
sector after them is the town's, as after "En San Félix, municipio Caroní"."""


def _said_short(doc: Document, place: Resolved) -> bool:
    """Whether a curated landmark is written by its short form ("Plaza Bolívar" for Plaza Bolívar
    de Caracas): a name every town shares, whose city is the one the text is in there, so it
    lends no city of its own to the streets and buildings beside it ("reached the Plaza Bolívar,
    and several were treated at the University Hospital", in a paragraph about Maracaibo)."""
    said = fold(doc.text[place.spot.start : place.spot.end])
    return place.entry.kind == "SUPP" and fold(place.place.name).startswith(said + " ")


def _near_named_town(places: tuple[Resolved, ...], n: int, home: str) -> bool:
    """Whether the text names a town within NEAR_KM of place `n` (a landmark's city)."""
    return any(
        m != n
        and _is_anchor_level(other, home, foreign=False)
        and km_between(other.place, places[n].place) <= NEAR_KM
        for m, other in enumerate(places)
    )


def _state_before_in_sentence(
    places: tuple[Resolved, ...], candidates: Iterator[int], sent_start: int, home: str
) -> Resolved | None:
    """A home state named before a phrase in its sentence ("In Barinas, the state where Chávez was
    born, protesters burned a statue in the Los Pozones sector"): the sector is in that state, not
    in the city the story was about before (a live blog's earlier entry in Caracas)."""
    for n in candidates:
        place = places[n]
        if place.spot.start < sent_start:
            return None
        if place.place.level == "state" and place.place.country == home and place.anchor is None:
            return place
    return None


ORIGIN_REACH = 30

_ORIGIN_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:y|e|o|and|or)\s+|\s*,\s*(?:y|e|o|and|or)\s+")
"""What stands between two members of a list of origins: a comma or a conjunction."""

_ORIGIN_BARE_FROM = re.compile(r"\W*from\W", re.IGNORECASE)
"""The bare preposition of an origin, which also starts routes and ranges."""
"""Characters before a town in which an origin word ("oriunda de", "a student from") is looked for."""

_RANGE_FROM = re.compile(r"(?:^|\s)(?:desde|from)\s+(?:(?:la|el|los|las|the)\s+)?$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s(?:hasta|to)\s", re.IGNORECASE)
RANGE_REACH = 16
"""Characters before a phrase in which "desde la" / "from the" is looked for."""


def _range_start(doc: Document, phrase: Phrase, town_start: int) -> bool:
    """ "marcharon desde la avenida Guayana hasta la plaza del Hierro, en Puerto Ordaz": the
    first end of a march's range shares the city the text gives after its other end."""
    before = doc.text[max(0, phrase.start - RANGE_REACH) : phrase.start]
    return bool(_RANGE_FROM.search(before)) and _RANGE_TO.search(doc.text, phrase.end, town_start) is not None


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:y|e|and)\s+)?|(?:y|e|and)\s+)")
LIST_OF_CITIES = 3
"""Cities listed together that a paragraph names as elsewhere, not as where its streets are."""


def _in_list_of_cities(doc: Document, places: tuple[Resolved, ...], n: int) -> bool:
    """ "marcharon desde la plaza Juan Pablo II, en Chacao, y en ciudades como Maracaibo,
    Barquisimeto y Puerto Ordaz. ... concentrada en la avenida Francisco de Miranda": a city of a
    list of several is not the paragraph's city for a street named after the list."""
    count = 1
    for step in (-1, 1):
        k = n
        while 0 <= k + step < len(places) and count < LIST_OF_CITIES:
            a, b = (places[k + step], places[k]) if step < 0 else (places[k], places[k + step])
            if b.place.level != "city" or a.place.level != "city":
                break
            if not _LIST_GAP.fullmatch(doc.text, a.spot.end, b.spot.start):
                break
            count += 1
            k += step
    return count >= LIST_OF_CITIES


_CLAUSE_CONJUNCT = re.compile(r",\s+(?:y|e|and)\s")
"""A comma and a conjunction: the next clause of a sentence, with an event of its own."""

_EVENT_PLACE_GAP = re.compile(r"(\w+)\s+(?:en|in)\s+$")
"""The word and the preposition right before a town that is a clause's event place ("hubo cacerolazos
en Los Guayos"): a lower-case word there, not a street or a sector whose container the town is."""

_OPENER_GAP = re.compile(r"\W*(?:en|in|desde|from)\s+(?:la\s+|el\s+|the\s+)?", re.IGNORECASE)
"""What stands before a town that opens its sentence ("En Valencia, ...", "In Maracay, ...")."""

_RUN_GAP = re.compile(r"(?:\s*,|\s+(?:y|e|and))\s+(?:(?:la|el|los|las|the)\s+)?", re.IGNORECASE)
"""What joins two members of a run of names ("Sabaneta, Pomona y Ziruma", "Sabaneta, La Curva
de Molina": the article of a name its head word opens)."""

_RUN_BETWEEN = re.compile(r"(?:[ ,]+|(?:y|e|and|de|del|la|el|los|las)(?![\w'’-])|[A-ZÁÉÍÓÚÑ][\w'’-]*)*")
"""The other members of a run of names between two of them: names, commas, articles and "y"."""

FIRST_CITY_PLACES = 3
"""The first places of a text among which its first city is (its dateline or headline's)."""

_SIBLING_GAP = re.compile(
    r"\s+(?:y|e|and)\s+(?:(?:en|in|on|at)\s+)?(?:(?:el|la|los|las|the)\s+)?(?:\w+\s+)?", re.IGNORECASE
)
"""What joins a municipality to a place below the city after it as the next member of a list ("en
el municipio Los Guayos y en la parroquia Miguel Peña"): a sibling, not the place's container."""

_NEXT_CONJUNCT = re.compile(r"\s(?:y|e|and)\s")
"""A conjunction between a place below the city and a town after it: the town is in the next
conjunct, where another event place is ("... de Lima y frente a la embajada en Santiago")."""

_FILED_GAP = re.compile(r"[^,;:.()—–\n]{0,60}|\s*,\s*(?:en|in)\s+(?:el\s+|la\s+|the\s+)?", re.IGNORECASE)
"""What stands between a road in a dateline's sentence and a town after it that is the road's
("near Carora", "a la altura de Valera", ", en Maracay"): no clause of its own between them."""

_LOCATIVE_CONJUNCT = re.compile(r"\s(?:y|e|and)\s+(?:en|in)\s", re.IGNORECASE)
"""A conjunction that opens another place of the same event ("en la avenida Delicias y en el
sector Tierra Negra de Maracaibo"), not another clause ("y murió en el hospital Central")."""

STATE_CAPITAL_REACH = 60
"""Characters after a street or square in which "de la capital del estado" is looked for (the
next phrase of a run: "desde la avenida Las Américas hasta la plaza Bolívar de la capital del
estado")."""


@functools.cache
def _state_capital_reference(languages: tuple[str, ...]) -> re.Pattern[str]:
    words = [w for code in languages for w in load_language_pack(code).places["state_capital_references"]]
    return re.compile(r"\s*(?:" + "|".join(words or ["(?!x)x"]) + r")", re.IGNORECASE)


class _StateCapitals:
    """The text's states in order and the state capitals it names, indexed once (on first use)
    so that each phrase's question costs a bisection, not a pass over the text's places."""

    def __init__(self, places: tuple[Resolved, ...], covered: frozenset[int]) -> None:
        self.places = places
        self.covered = covered
        self._ready = False
        self.state_ends: list[int] = []
        self.state_codes: list[str | None] = []
        self.capital_of: dict[str, int] = {}

    def anchor(self, phrase_start: int) -> _Anchor | None:
        """The capital of the state named last before `phrase_start`, if the text names it."""
        if not self._ready:
            for n, place in enumerate(self.places):
                if place.anchor is not None:
                    continue
                if place.place.level == "state":
                    self.state_ends.append(place.spot.end)
                    self.state_codes.append(place.place.state_code)
                elif place.entry.kind == "PPLA" and n not in self.covered and place.place.state_code:
                    self.capital_of.setdefault(place.place.state_code, n)
            self._ready = True
        at = bisect.bisect_right(self.state_ends, phrase_start) - 1
        if at < 0 or self.state_codes[at] is None:
            return None
        index = self.capital_of.get(self.state_codes[at] or "")
        return _Anchor(index, "sentence") if index is not None else None

    def state_in(self, span: tuple[int, int]) -> bool:
        """Whether a state is named within `span` (a paragraph), before or after its phrase."""
        self.anchor(span[0])  # indexes the states on first use
        at = bisect.bisect_left(self.state_ends, span[0] + 1)
        return at < len(self.state_ends) and self.state_ends[at] <= span[1]


def _state_capital_anchor(
    doc: Document, phrase: Phrase, capitals: _StateCapitals, reading: Reading
) -> _Anchor | None:
    """ "En el estado andino de Mérida, los estudiantes marcharon desde la avenida Las Américas
    hasta la plaza Bolívar de la capital del estado": the state's capital, when the text names
    it somewhere (a state capital of the state named last before the phrase), not the next town
    the story mentions."""
    _, sent_end = doc.sentence_span(phrase.start)
    end = min(sent_end, phrase.end + STATE_CAPITAL_REACH)
    pattern = _state_capital_reference(reading.languages)
    matches = (pattern.match(doc.text, pos) for pos in _word_starts(doc.text, phrase.end, end))
    found = next((m for m in matches if m is not None), None)
    if found is None:
        return None
    if _NAMES_THE_STATE.search(found.group()) is None and not capitals.state_in(doc.line_span(phrase.start)):
        # "the neighbourhoods of the capital" says which capital only beside its state ("Of the 46
        # people detained in Barinas state, 30 were arrested ... in the Alto Barinas and Rodríguez
        # Domínguez neighbourhoods of the capital"); elsewhere it is the country's
        return None
    return capitals.anchor(phrase.start)


_NAMES_THE_STATE = re.compile(r"state|estad|entidad|regional", re.IGNORECASE)
"""Words of a reference that says it is the state's capital ("the state capital", "la capital
del estado"), not just "the capital"."""


def _word_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Where a reference may start: right after the phrase, and after each space up to `end`."""
    yield start
    pos = text.find(" ", start, end)
    while pos != -1:
        yield pos
        pos = text.find(" ", pos + 1, end)


def story_locations(
    doc: Document,
    places: tuple[Resolved, ...],
    reading: Reading,
    covered: frozenset[int],
    *,
    states: bool = False,
) -> tuple[list[int], list[int]]:
    """Where the story is, paragraph by paragraph, as a reader follows it: at first the city of
    its dateline or the first city it names; a paragraph or subheading that opens with a city
    ("En Tucupita, ...", "In Maracaibo, ...") moves it there, and it stays there until the next
    such opening, whatever other cities a paragraph mentions in passing ("mientras en Carúpano",
    "una columna que salió desde Guarenas"). A dateline is only where the story was filed: when its
    lede puts the news in a city ("CARACAS, Feb 20 - Troops cleared barricades in San Cristóbal"),
    the story starts there. As (paragraph start offsets, place indices)."""
    starts: list[int] = []
    indices: list[int] = []
    home = reading.home
    # the paragraph a dateline opens, until its lede names a city of its own: the news is there
    dateline_line = -1
    for n, place in enumerate(places):
        # a home state that opens its paragraph or labels its section ("ZULIA", "En Lara, ...",
        # "Estado Bolívar: ...") moves the story too: its streets are in its capital (_at_the_seat)
        state = (
            states and place.place.level == "state" and place.place.country == home and place.anchor is None
        )
        if n in covered or not (state or _is_anchor_level(place, home, foreign=True)) or place.entry.weak:
            continue
        line_start, line_end = doc.line_span(place.spot.start)
        if line_start == dateline_line and starts and starts[-1] == line_start:
            dateline_line = -1
            if (
                place.place.country == home
                and doc.sentence_span(place.spot.start)[0] == line_start
                and not reading.origin_before.search_in(
                    doc, max(line_start, place.spot.start - ORIGIN_REACH), place.spot.start
                )
            ):
                # "CARACAS, Feb 20 - Troops cleared barricades in San Cristóbal", "CARACAS, 31 jul
                # (EFE).- Cientos de vecinos de Barquisimeto salieron a la calle": the lede's first
                # city, whatever word comes before it, but not one its people came from ("llegaron
                # desde Barquisimeto"), is where the news is
                indices[-1] = n
                continue
        spread = False
        if place.spot.start - line_start > 20 and starts:
            spread = _spread_opening(doc, reading, place, line_start) and (
                km_between(place.place, places[indices[-1]].place) > FAR_FROM_CONTAINER_KM
            )
            if not spread:
                continue  # a city in the middle of a paragraph does not move the story (nor a run-on text)
        opening = doc.text[line_start : place.spot.start]
        heading = line_end - line_start <= 60 and not doc.text[line_start:line_end].rstrip().endswith(".")
        moves = (
            not opening.strip()
            or reading.located_in_before.search(opening) is not None
            # "La ciudad de Mérida amaneció con ...", "The town of Ejido ...": the level word
            # only names what the opening city is
            or (place.cue.level in ("city", "municipality", "state") and len(opening.split()) <= 3)
            or spread
        )
        if state:
            if not _labels_its_section(doc, reading, place, opening, line_end):
                continue  # a state named in passing ("protests in Zulia, Lara and Táchira") moves nothing
            moves = True
        if not starts:
            came = (
                reading.origin_before.search_in(
                    doc, max(line_start, place.spot.start - ORIGIN_REACH), place.spot.start
                )
                if place.spot.start - line_start > 20
                else None
            )
            if came is not None and not _ORIGIN_BARE_FROM.match(came.group()):
                # "Pasajeros de un autobús que salió de Puerto Cabello rumbo a Maracay": a town the
                # story names in passing as where people came from is not where the story is
                continue
            starts.append(line_start)
            indices.append(n)
        elif (moves or heading) and line_start > starts[-1]:
            if not heading and _nothing_happened_there(doc, reading, place):
                continue
            starts.append(line_start)
            indices.append(n)
        else:
            continue
        after = doc.text[place.spot.end : place.spot.end + 60]
        if not opening.strip() and reading.dateline_after.match(after):
            dateline_line = line_start
    _back_in_the_capital(doc, places, home, covered, starts, indices)
    return _entries_start_at_home(doc, starts, indices)


def _nothing_happened_there(doc: Document, reading: Reading, place: Resolved) -> bool:
    """ "En Quíbor, en cambio, la concentración convocada no se realizó", "Meanwhile in Cabimas,
    all was calm": a town that opens its paragraph only to say that it stayed calm, or (compared,
    "en cambio", "by contrast") that nothing took place, is the story's comparison, not where it
    goes on; the streets of the paragraphs after it are still the story's city's (its own
    paragraph's are its, see `_choose_anchor`). Asked only of a town that would move the story (one
    sentence each)."""
    _, sent_end = doc.sentence_span(place.spot.start)
    return (
        role_cues(reading.languages).calm.search_in(doc, place.spot.end, sent_end) is not None
        # compared and denied (not "sin" / "without": "apareció ..., tras varios días sin mostrarse";
        # not a denial alone: "En Carúpano, los manifestantes no se retiraron")
        or (
            _CONTRASTED.match(doc.text, place.spot.end) is not None
            and _negation(reading.languages).search(doc.text, place.spot.end, sent_end) is not None
        )
    )


_CONTRASTED = re.compile(r",?\s*(?:en cambio|por el contrario|by contrast|in contrast|however)\b", re.I)
"""A comparison right after a town that opens its paragraph ("En Quíbor, en cambio, ...", "In Rubio,
by contrast, ..."): matched once at the town's end, for the few towns that would move the story."""


@functools.cache
def _negation(languages: tuple[str, ...]) -> re.Pattern[str]:
    """The packs' negation words (`events.negations`), whole words."""
    words = [w for code in languages for w in load_language_pack(code).events["negations"]]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words or ["(?!x)x"])) + r")\b", re.IGNORECASE)


def _labels_its_section(
    doc: Document, reading: Reading, place: Resolved, opening: str, line_end: int
) -> bool:
    """Whether a state opens its paragraph as the place of what follows: a subheading of its own
    ("ZULIA", "Estado Bolívar:"), or a locative opener ("En Lara, ...", "In Carabobo state, ...").
    Not a state that is the subject of its sentence ("Lara, a state of two million people, ...")
    nor one deep in a title ("Marcha hacia el centro, trancazos en Miranda")."""
    rest = doc.text[place.spot.end : line_end].strip()
    if len(opening.split()) + len(rest.split()) <= 4 and not rest.endswith("."):
        return True  # the state alone on its line, a subheading
    if doc.text.startswith((":", ". "), place.spot.end) and len(opening.split()) <= 2:
        return True  # "Estado Bolívar: el martes ...", a live blog's entry "09:40 - Táchira. Students ..."
    return len(opening.split()) <= 3 and reading.located_in_before.search(opening) is not None


_CAPITAL_OPENING = re.compile(
    r"(?:(?:de[^\S\n]+vuelta|de[^\S\n]+regreso|back|meanwhile|mientras[^\S\n]+tanto)[^\S\n]*,?[^\S\n]+)?"
    r"(?:en|in)[^\S\n]+(?:la|the)[^\S\n]+capital[^\S\n]*[,:]",
    re.I,
)
"""A paragraph that opens in the country's capital without naming it ("En la capital, ...", "Back in
the capital, ..."): no qualifier after the word ("la capital larense", "the state capital")."""


def _back_in_the_capital(
    doc: Document,
    places: tuple[Resolved, ...],
    home: str,
    covered: frozenset[int],
    starts: list[int],
    indices: list[int],
) -> None:
    """A round-up that comes back to Caracas after paragraphs on other cities, as "De vuelta en
    la capital, ..." or "In the capital, ...": the story is in the country's capital again (the one
    the text names), not in the city of the paragraph before (Maracaibo, Mérida), until the next
    city that opens a paragraph. Not after a state that labels its section ("Lara ... En la capital,
    ..." is Barquisimeto). Read only at the few places the word is written."""
    if not starts:
        return
    at = doc.text.find("capital")
    if at < 0:
        return
    capital = next(
        (
            n
            for n, place in enumerate(places)
            if place.entry.kind == "PPLC"
            and place.place.country == home
            and place.anchor is None
            and n not in covered
        ),
        None,
    )
    if capital is None:
        return
    place_starts = [place.spot.start for place in places]
    while at >= 0:
        line_start = doc.line_span(at)[0]
        found = _CAPITAL_OPENING.match(doc.text, line_start)
        if found is not None and found.end() > at and line_start > starts[0]:
            last = bisect.bisect_left(place_starts, line_start) - 1
            k = bisect.bisect_left(starts, line_start)
            if (last < 0 or places[last].place.level != "state") and (
                k == len(starts) or starts[k] != line_start
            ):
                starts.insert(k, line_start)
                indices.insert(k, capital)
        at = doc.text.find("capital", at + 7)


def _spread_opening(doc: Document, reading: Reading, place: Resolved, line_start: int) -> bool:
    """ "Las protestas también se extendieron a Maracaibo, la segunda ciudad del país.": the town a
    paragraph's first sentence says the protests spread to is where the paragraph, and the story
    after it, goes on (its later streets are that town's), as a town that opens the paragraph is;
    asked only of a town far from the story's city (a neighbouring town's paragraph is followed
    by the capital's streets: see `_choose_anchor`'s core_before)."""
    start = place.spot.start
    if doc.sentence_span(start)[0] != line_start:
        return False
    before = doc.folded_window(max(line_start, start - 60), start)
    found = reading.dates.spread_to.search(before)
    return found is not None and before[found.end() :].strip() in ("", "la", "el", "the")


def _entries_start_at_home(
    doc: Document, starts: list[int], indices: list[int]
) -> tuple[list[int], list[int]]:
    """A live blog's timed entry that opens in no city of its own ("1:20 p. m. | La Policía
    dispersa a los manifestantes en el distribuidor Los Haticos", after "11:50 a. m. | En Cabimas,
    ...") is in the city the story started in, not in the city of the entry before it: each entry
    is a new report from the story's place."""
    if not starts:
        return starts, indices
    text = doc.text
    opened = set(starts)
    out_starts: list[int] = []
    out_indices: list[int] = []
    k = 0
    for line_start in doc.line_starts:
        while k < len(starts) and starts[k] <= line_start:
            out_starts.append(starts[k])
            out_indices.append(indices[k])
            k += 1
        if (
            line_start > starts[0]
            and line_start not in opened
            and text.startswith(tuple("0123456789 *_#"), line_start)
            and CLOCK_ENTRY.match(text, line_start, doc.line_span(line_start)[1]) is not None
        ):
            out_starts.append(line_start)
            out_indices.append(indices[0])
    out_starts.extend(starts[k:])
    out_indices.extend(indices[k:])
    return out_starts, out_indices


DESTINATION_REACH = 40
"""Characters before a town in which a destination word ("la salida hacia", "the road to") is
looked for."""
REFERENCE_REACH = 40
"""Characters before a city in which a reference word ("near", "across the river from") makes
it a reference point of its paragraph rather than the place its streets are in."""

ANCHOR_CONFIDENCE = {"explicit": 0.75, "sentence": 0.65, "paragraph": 0.55, "document": 0.45}
"""The confidence of a place below the city by how directly the text gave its anchor."""


def _anchored_place(phrase: Phrase, anchor: Place, surface: str) -> tuple[Place, str]:
    display = surface[:1].upper() + surface[1:]
    key = name_key(phrase.name) or name_key(surface)
    # a sector is one place whatever head word names it ("the Prebo neighborhood", "residents of
    # Prebo", "el barrio Prebo"): its id does not depend on the head
    head = "sector" if phrase.level == "neighbourhood" else fold(phrase.head)
    place = _inside(anchor, f"{head}:{key.replace(' ', '-')}", display, phrase.level)
    return place, ("state" if anchor.level == "state" else "city")


def _as_sector_of(place: Resolved, city: Place, name: str, evidence: str) -> Resolved:
    """`place` read as the sector `name` of `city`, at the city's point, with the confidence of the
    `evidence` that made it one (ANCHOR_CONFIDENCE): what the anchoring passes make of a name the
    gazetteer knows only as a town elsewhere."""
    sector = _inside(city, f"sector:{name_key(name).replace(' ', '-')}", name, "neighbourhood")
    anchored = Entry(sector, "ANCHORED", ANCHOR_CONFIDENCE[evidence], False)
    return replace(
        place, entry=anchored, score=anchored.prior, margin=1.0, anchor=city, coord_precision="city"
    )


def _inside(anchor: Place, key: str, name: str, level: str) -> Place:
    """A place no gazetteer has, named `name`, inside `anchor`: at the anchor's point, in its
    state, with an id under the anchor's (the same street in two cities is two places)."""
    return Place(
        place_id=f"{anchor.place_id}/{key}",
        name=f"{name}, {anchor.name}",
        level=level,
        country=anchor.country,
        state=anchor.state,
        state_code=anchor.state_code,
        lat=anchor.lat,
        lon=anchor.lon,
        population=0,
    )


SEAT_KINDS = ("PPLC", "PPLA", "PPLA2", "PPLA3")
"""Gazetteer kinds of a municipality's seat."""

SEAT_KM = 60.0
"""The farthest a seat of the municipality's name is taken to be its seat (the same state too)."""


def _at_the_seat(anchor: Place, gazetteer: Gazetteer | None) -> Place:
    """A municipality as the anchor of a sector or a street, at its seat's point: the sectors
    of "el municipio Maturín" are the town's (Los Guaritos, Tipuro), not at the middle of its
    land, which for a large municipality lies tens of kilometres away. Other anchors as they are."""
    if gazetteer is not None and anchor.level == "state" and anchor.country == gazetteer.home_country:
        # "ZULIA" over a section, "En Lara, ...", "In Carabobo state, ...": a street with no town
        # of its own is where a reader puts it, in the state's capital, not at the state's middle;
        # it stays the state's (its id under the state's, as its anchor, with the state's
        # precision): the text named no town
        capital = gazetteer.capitals.get(anchor.state_code or "")
        return anchor if capital is None else replace(anchor, lat=capital.lat, lon=capital.lon)
    if gazetteer is None or anchor.level != "municipality":
        return anchor
    name = anchor.name.removeprefix("Municipio ")
    for entry in gazetteer.candidates(name):
        seat = entry.place
        if (
            entry.kind in SEAT_KINDS
            and seat.state_code == anchor.state_code
            and km_between(seat, anchor) <= SEAT_KM
        ):
            return replace(anchor, lat=seat.lat, lon=seat.lon)
    listed = gazetteer.seats.get((anchor.state_code or "", fold(name)))
    if listed is not None:
        # "en la avenida Venezuela, municipio Iribarren": a seat of another name, from the
        # gazetteer rows' admin2 (Iribarren -> Barquisimeto, Santiago Mariño -> Turmero)
        return replace(anchor, lat=listed.lat, lon=listed.lon)
    for entry in gazetteer.candidates(name):
        # "En el municipio Naguanagua, vecinos trancaron la avenida Universidad": a town of the
        # municipality's name that the gazetteer lists as no seat (Naguanagua, Los Guayos, San
        # Diego), near it in its state, is where its streets are: the middle of the municipality's
        # land lies 7 km off
        town = entry.place
        if (
            town.level == "city"
            and town.state_code == anchor.state_code
            and km_between(town, anchor) <= TOWN_OF_ITS_NAME_KM
        ):
            return replace(anchor, lat=town.lat, lon=town.lon)
    return anchor


TOWN_OF_ITS_NAME_KM = 20.0
"""The farthest a town of a municipality's name, not listed as a seat, is taken to be its seat."""


BACKGROUND_REACH = 30
"""Characters before a town in which a participle of other people's arrest or killing, with its
day, makes the town theirs ("detenidos la semana pasada en San Cristóbal")."""


def _background_before(doc: Document, reading: Reading, town_start: int) -> bool:
    """Whether a background participle ("detenidos la semana pasada en", "detained last week in")
    comes right before the town at `town_start` (the dating stage's dates.background_participle,
    followed by a day and a locative)."""
    window = doc.text[max(0, town_start - BACKGROUND_REACH) : town_start]
    cut = _LOCATIVE_TAIL.search(window)
    if cut is None:
        return False
    head = window[: cut.start()]
    for found in _WORD_START.finditer(head):
        if reading.background_participle.search(head[: found.start()] + " "):
            return True
    return False


_LOCATIVE_TAIL = re.compile(r"\s(?:en|in|at)\s+(?:el\s+|la\s+|the\s+)?$")
_WORD_START = re.compile(r"(?<=\s)\w")


def anchor_subcity_places(
    doc: Document,
    places: tuple[Resolved, ...],
    reading: Reading,
    gazetteer: Gazetteer | None = None,
    spots: tuple[Spot, ...] = (),
) -> tuple[Resolved, ...]:
    """`places` with the places below the city added (anchored), and the gazetteer names they
    contain removed, in text order; container indices re-pointed. With the `gazetteer`, a
    municipality anchors at its seat (see _at_the_seat). `spots` are every gazetteer name
    written in the text, kept as a place or not: a name resolution set aside is one member of a
    run of sectors, whole, and a run with one known only as a state, a country or a place abroad
    is no run of sectors."""
    # the first token of each place -> its index and its last token; the first tokens of the
    # towns and of the states, countries and places abroad (one pass over the places)
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    towns: list[int] = []
    broad: list[int] = []
    for n, p in enumerate(places):
        first = p.spot.first_token
        starts[first] = n
        ends[first] = p.spot.last_token
        if _is_town(p, reading.home):
            towns.append(first)
        read = p.entry.place
        if read.level in ("state", "country") or read.country != reading.home:
            broad.append(first)
    strong = frozenset(towns)
    wide = frozenset(broad)
    # the gazetteer names written that resolution or names inside names set aside: their last
    # token, and whether the gazetteer knows them only as states, countries or places abroad
    set_aside: dict[int, tuple[int, bool]] = {
        s.first_token: (
            s.last_token,
            bool(s.entries)
            and all(
                e.place.level in ("state", "country") or e.place.country != reading.home for e in s.entries
            ),
        )
        for s in spots
        if s.first_token not in starts
    }
    # the home towns, municipalities and states found, whose names take no article: after "la"
    # they name an avenue ("la Lara", "la Michelena"); a hamlet's name set aside ("la Costa") is
    # more often a common word. Only a name right after "la" is asked (the only place
    # elided_roads looks), so the readings of every other name are not walked
    folded = doc.folded
    units = {
        s.first_token: s.last_token
        for s in (p.spot for p in places if p.anchor is None)
        if s.first_token > 0
        and folded[s.first_token - 1] == "la"
        and any(
            e.place.country == reading.home and e.place.level in ("city", "municipality", "state")
            for e in s.entries
        )
        and all(
            e.place.country == reading.home and not fold(e.place.name).startswith(NAME_ARTICLES)
            for e in s.entries
        )
    }
    # the names written after a lower-case "la" or "the" that is their own ("por la Vega", "por la
    # Candelaria": La Vega, La Candelaria), which roads_gone_along leaves to the gazetteer
    own_article = frozenset(
        s.first_token
        for s in spots
        if s.first_token > 0
        and folded[s.first_token - 1] in ("la", "the")
        and any(
            fold(e.place.name) == " ".join(folded[s.first_token - 1 : s.last_token + 1]) for e in s.entries
        )
    )
    phrases = find_phrases(doc, reading, frozenset(starts), ends, strong, wide, set_aside, units, own_article)
    if not phrases:
        return places
    home = reading.home
    place_starts = [p.spot.start for p in places]
    inside: dict[int, list[int]] = {}
    for m, phrase in enumerate(phrases):  # the places overlapping each phrase (both sorted)
        n = max(0, bisect.bisect_left(place_starts, phrase.start) - 1)
        while n < len(places) and places[n].spot.start < phrase.end:
            if phrase.start < places[n].spot.end:
                inside.setdefault(m, []).append(n)
            n += 1
    # explicit containers of each list group: a possessive before the phrase first ("Bogotá's
    # Plaza de Bolívar, in Lima and in Santiago": the ", in Lima" after it is the next place of
    # a list, not its city)
    group_container: dict[int, int] = {}
    end_of = {p.spot.end: n for n, p in enumerate(places)}
    for phrase in phrases:
        owner = end_of.get(phrase.start - 3, end_of.get(phrase.start - 2))
        if owner is not None and _POSSESSIVE.fullmatch(doc.text[places[owner].spot.end : phrase.start]):
            if places[owner].place.level in ANCHOR_LEVELS and places[owner].anchor is None:
                group_container.setdefault(phrase.group, owner)
    # a container written as a sector ("Avenida Libertador in the La Mata sector") is no town of
    # its own: the road is where the sector is, so it takes the sector's anchor, not the first
    # gazetteer town of that name (a village in another state)
    sector_tokens = frozenset(
        k
        for phrase in phrases
        if phrase.level == "neighbourhood"
        for k in range(phrase.first, phrase.last + 1)
    )
    named_for_town: set[int] = set()  # the groups of a toll named after its town
    for phrase in phrases:
        if (
            phrase.container_token is not None
            and phrase.container_token in starts
            and phrase.container_token not in sector_tokens
        ):
            container = starts[phrase.container_token]
            if (
                places[container].place.level in (*ANCHOR_LEVELS, "state")
                and places[container].anchor is None
            ):
                group_container.setdefault(phrase.group, container)
        elif phrase.head in NAMED_FOR_TOWN and phrase.first in starts:
            # "the Carora toll booth": a toll is named after the town it serves, and is there (as
            # "el peaje de Guacara" is)
            town = starts[phrase.first]
            if (
                places[town].place.level in CONTAINER_LEVELS
                and places[town].place.country == reading.home
                and places[town].anchor is None
                and name_key(doc.text[places[town].spot.start : places[town].spot.end])
                == name_key(phrase.name)
            ):
                group_container.setdefault(phrase.group, town)
                named_for_town.add(phrase.group)
    absorbed: set[int] = set()
    new: list[tuple[Phrase, Resolved]] = []
    group_anchor: dict[int, _Anchor | None] = {}
    kept_known: dict[int, Resolved] = {}
    all_covered = frozenset(n for members in inside.values() for n in members)
    listed = _listed_between_members(doc.text, places, phrases, all_covered)
    uncovered = [n for n in range(len(places)) if n not in all_covered and n not in listed]
    story = story_locations(doc, places, reading, all_covered | listed, states=True)
    anchor_of_name: dict[tuple[str, str], _Anchor] = {}
    name_seen: dict[tuple[str, str], int] = {}  # where the name got its anchor
    capitals = _StateCapitals(places, all_covered)
    taken = frozenset(group_container.values())  # other phrases' explicit containers
    cues = role_cues(reading.languages)
    reference_before = cues.reference_before

    def references(n: int) -> bool:  # asked only of a paragraph's candidate city
        start = places[n].spot.start
        window = max(0, start - REFERENCE_REACH)
        if reference_before.search_in(doc, window, start) is not None:
            return True
        # "Naguanagua, a separate municipality just north of Valencia, ...": a town beside the
        # town the sentence is about, not its container; "Petare, a slum east of Caracas" is a
        # part of Caracas (a sector's noun between them), and Caracas its container
        town = n - 1
        return (
            town >= 0
            and places[town].place.level in ("city", "municipality")
            and places[town].spot.start >= doc.sentence_span(start)[0]
            and cues.direction_before.search_in(doc, max(window, places[town].spot.end), start) is not None
            and cues.subcity_noun.search_in(doc, places[town].spot.end, start) is None
        )

    def opens(n: int) -> bool:  # asked only of a paragraph's candidate town beside a capital
        start = places[n].spot.start
        sent_start = doc.sentence_span(start)[0]
        if reading.locating_opener.fullmatch(doc.text, sent_start, start) is not None:
            return True
        # the town a protest spread to ("Al día siguiente la protesta se extendió a Cabudare"):
        # the place its paragraph goes on about, as much as one that opens its sentence
        window = max(sent_start, start - 60)
        before = doc.folded_window(window, start)
        spread = reading.dates.spread_to.search(before)
        return spread is not None and before[spread.end() :].strip() in ("", "la", "el", "the")

    def origins(n: int) -> bool:  # asked only of a sentence's candidate town before the phrase
        if _WHERE_AFTER.match(doc.text, places[n].spot.end) is not None:
            # "Our coverage continues from Barquisimeto, where a vigil is planned at the Plaza
            # Bolívar": the clause after it is about the town, whatever came from there
            return False
        start = places[n].spot.start
        window = max(0, start - ORIGIN_REACH)
        found = reading.origin_before.search_in(doc, window, start)
        if found is None:
            # a later member of a list of origins, read from the list's start ("que llegaron desde
            # Puerto La Cruz y Lechería, quemaron cauchos en la avenida"); not after a bare "from"
            head = n
            while head > 0 and _ORIGIN_LIST_GAP.fullmatch(
                doc.text, places[head - 1].spot.end, places[head].spot.start
            ):
                head -= 1
            if head == n:
                return False
            start = places[head].spot.start
            window = max(0, start - ORIGIN_REACH)
            found = reading.origin_before.search_in(doc, window, start)
            if found is None or _ORIGIN_BARE_FROM.match(found.group()):
                return False
        sent_start = doc.sentence_span(start)[0]  # "15:00 — From Petare, in Miranda state: ..." opens
        return any(c.isalpha() for c in doc.text[sent_start : window + found.start()])  # a dispatch

    def destinations(n: int) -> bool:  # asked only of a sentence's candidate town after the phrase
        start = places[n].spot.start
        window = max(doc.sentence_span(start)[0], start - DESTINATION_REACH)
        return reading.destination_before.search_in(doc, window, start) is not None

    def said_between(start: int, end: int) -> bool:  # read once per stretch (see _choose_anchor)
        # a reporting verb, or a transfer of people: "detenidos en Barrio Obrero ... fueron
        # trasladados a la sede del Sebin en Santa Teresa" puts the detainees there, not the barrio;
        # or other people's background ("avanzó por la avenida Universidad ... para exigir la
        # liberación de los compañeros detenidos la semana pasada en San Cristóbal"): where they
        # were detained, not where the street is
        return (
            reading.reporting_verb.search_in(doc, start, end) is not None
            or cues.taken_to.search_in(doc, start, end) is not None
            or _background_before(doc, reading, end)
        )

    def filed_at(n: int) -> bool:  # asked only of a sentence's candidate town before the phrase
        # "BARQUISIMETO, Venezuela (Wire) —", "VALENCIA.–": a town that opens its line as its dateline
        spot = places[n].spot
        if doc.text[doc.line_span(spot.start)[0] : spot.start].strip():
            return False
        return reading.dateline_after.match(doc.text[spot.end : spot.end + 60]) is not None or (
            doc.text[spot.start : spot.end].isupper() and doc.text[spot.end : spot.end + 1] in (",", ".")
        )

    # the known landmarks a phrase put in another city: index -> that city's index
    moved_to: dict[int, int] = {}
    # a sentence's start -> the anchor and end of its last street named again
    sentence_anchor: dict[int, tuple[_Anchor, int]] = {}
    for m, phrase in enumerate(phrases):
        named = (fold(phrase.head), name_key(phrase.name))
        if phrase.group not in group_anchor:
            chosen = _choose_anchor(
                doc,
                phrase,
                places,
                place_starts,
                group_container.get(phrase.group),
                home,
                all_covered,
                story,
                taken,
                references,
                origins,
                uncovered,
                destinations,
                opens,
                said_between,
                filed_at,
                lambda phrase: _road_between_its_towns(doc, phrase, places, gazetteer, home),
            )
            if chosen is None or chosen.how != "explicit":
                chosen = _state_capital_anchor(doc, phrase, capitals, reading) or chosen
            if chosen is not None and chosen.how == "document":
                chosen = (
                    _labelled_state_capital(doc, phrase, places, place_starts, chosen, capitals) or chosen
                )
            if chosen is not None and chosen.index in moved_to:
                # "struck near the corner of Avenida Urdaneta and died at the Hospital Central", in
                # Maracaibo: a known landmark the text put in another city (its namesake) lends
                # that city, not the gazetteer's one entry (Caracas)
                chosen = _Anchor(moved_to[chosen.index], chosen.how)
            earlier = anchor_of_name.get(named)
            if (
                earlier is not None
                and chosen is not None
                and chosen.how == "document"
                and _section_moved(doc, story, phrase.start, name_seen[named], chosen.index)
            ):
                # "En la plaza Bolívar ... rueda de prensa" under CARACAS, then "hasta la plaza
                # Bolívar" under a subheading BARQUISIMETO: every town has its own; the section's
                # city is the one a reader puts it in, not the city of the name's earlier section
                earlier = None
            if earlier is not None and (chosen is None or chosen.how == "document"):
                # "la avenida Las Américas" again, paragraphs later: the one the text put in Mérida;
                # not when the name's own paragraph names its city before it ("En Carúpano también
                # hubo protestas. ... en la Plaza Bolívar de esa ciudad", after a Plaza Bolívar of
                # Cumaná): every town has a Plaza Bolívar, a Catedral, an avenida Bolívar, and the
                # paragraph's town is the one a reader puts it in, in the same state or another
                # ("Hospital Central" again in a paragraph about San Cristóbal, after Cumaná's)
                chosen = _Anchor(earlier.index, "paragraph")
            elif (
                earlier is not None
                and earlier.how == "explicit"
                and chosen is not None
                and chosen.how == "sentence"
                and places[chosen.index].place.level == "neighbourhood"
            ):
                # "the José Félix Ribas sector of Petare", then "in Antímano and in the José Félix
                # Ribas sector": a sector beside it in the sentence is its list's sibling, no
                # container; the name is the one the text put in its city before
                chosen = _Anchor(earlier.index, "paragraph")
            elif (
                earlier is not None
                and earlier.how in ("explicit", "sentence")
                and chosen is not None
                and _town_before_not_its_stretch(doc, phrase, places[chosen.index], chosen, reading)
            ):
                # "la autopista Valencia-Puerto Cabello a la altura de Naguanagua", then "seguía
                # cerrada en Guacara, mientras que el tránsito por la autopista Valencia-Puerto
                # Cabello se había restablecido": an intercity road has one name in the country, so
                # named again it is the stretch the text gave it, not a town of an earlier clause
                # or of its paragraph (a town that opens its sentence, "En Guacara, ...", or one
                # after it, "a la altura de", "near", is a stretch of its own)
                chosen = _Anchor(earlier.index, "paragraph")
            sentence_start = doc.sentence_span(phrase.start)[0]
            told = sentence_anchor.get(sentence_start)
            if (
                told is not None
                and chosen is not None
                and chosen.how == "document"
                and reference_before.search_in(doc, told[1], phrase.start) is not None
            ):
                # "se concentraban en la avenida Sucre, a la altura de la estación Gato Negro": the
                # point a sentence with no town gives along a street named again is in the street's
                # city (Caracas, where the text put it), not the story's city of an earlier entry
                chosen = told[0]
            if chosen is not None and earlier is not None and chosen.index == earlier.index:
                sentence_anchor[sentence_start] = (chosen, phrase.end)
            group_anchor[phrase.group] = chosen
        anchor = group_anchor[phrase.group]
        if anchor is not None:
            # a street named again with no city of its own is the one named before, even where
            # the first was put in the story's city ("trancó la avenida Venezuela" in a story of
            # Barquisimeto, then a quote "protestaba en la avenida Venezuela" after a paragraph on
            # Carora); a container the text gives later wins over such a loose one
            known = anchor_of_name.get(named)
            if known is None or (known.how in LOOSE_ANCHORS and anchor.how in ("explicit", "sentence")):
                anchor_of_name[named] = anchor
                name_seen[named] = phrase.start
        covered = inside.get(m, [])
        anchor_place = places[anchor.index].place if anchor is not None else None
        landmark = (
            None
            if any(places[n].place.level == "landmark" for n in covered)  # "Palacio de Miraflores"
            or not doc.text.startswith(phrase.name, phrase.start)  # "la plaza Bolívar de Chacao"
            else _landmark_of_phrase(phrase, gazetteer, anchor_place)
        )
        if landmark is not None:
            # "Francia Square", "the Altamira distributor": a head word over a sector's or a town's
            # name, written in the order of English, is the landmark the gazetteer knows under its
            # Spanish head ("Plaza Francia"), not the sector it is named after
            absorbed.update(covered)
            spot = Spot(phrase.start, phrase.end, phrase.first, phrase.last, (landmark,))
            explicit = anchor.index if anchor is not None and anchor.how in ("explicit", "sentence") else None
            new.append(
                (
                    phrase,
                    Resolved(
                        spot=spot,
                        cue=Cue(level=phrase.level),
                        entry=landmark,
                        score=landmark.prior,
                        margin=1.0,
                        container=explicit,
                    ),
                )
            )
            continue
        keep: int | None = None
        for n in covered:
            candidate = places[n]
            near = (
                NEAR_WEAK_KM
                if candidate.entry.weak
                else NEAR_SECTOR_KM
                if candidate.place.level == "neighbourhood"
                else NEAR_KM
            )
            if candidate.place.level in ("landmark", "neighbourhood", "city") and (
                anchor_place is None
                or (
                    km_between(candidate.place, anchor_place) <= near
                    and not _in_another_state(doc, candidate, anchor, anchor_place)
                )
                or _curated_over_loose_anchor(doc, candidate, phrase, anchor)
                or _curated_road_off_dateline(doc, candidate, phrase, anchor, places, reading)
            ):
                full = candidate.spot.start <= phrase.start and candidate.spot.end >= phrase.end
                same_name = name_key(doc.text[candidate.spot.start : candidate.spot.end]) == name_key(
                    phrase.name
                )
                if (
                    (full or same_name)
                    and phrase.group not in named_for_town
                    and phrase.head not in NAMED_FOR_TOWN
                ):
                    keep = n  # ("the Catia toll booth" is a toll in Catia, not the sector itself)
        if keep is not None:
            if phrase.level == "neighbourhood" and places[keep].cue.level != "neighbourhood":
                kept_known[keep] = replace(places[keep], cue=replace(places[keep].cue, level="neighbourhood"))
            absorbed.update(n for n in covered if n != keep)
            continue
        if anchor is None:
            continue  # no city or state to put it in: better no point than a wrong one
        if any(places[n].spot.start < phrase.start and places[n].spot.end > phrase.end for n in covered):
            continue  # inside a longer gazetteer name
        absorbed.update(covered)
        for n in covered:
            if places[n].place.level == "landmark" and places[n].anchor is None:
                moved_to[n] = anchor.index
        surface = doc.text[phrase.start : phrase.end]
        seat = _at_the_seat(places[anchor.index].place, gazetteer)
        anchored, precision = _anchored_place(phrase, seat, surface)
        if seat is not places[anchor.index].place:
            precision = "city"  # at a seat's or a capital's point (see _at_the_seat)
        entry = Entry(anchored, "ANCHORED", ANCHOR_CONFIDENCE[anchor.how], False)
        spot = Spot(phrase.start, phrase.end, phrase.first, phrase.last, (entry,))
        explicit = anchor.index if anchor.how in ("explicit", "sentence") else None
        new.append(
            (
                phrase,
                Resolved(
                    spot=spot,
                    cue=Cue(level=phrase.level),
                    entry=entry,
                    score=entry.prior,
                    margin=1.0,
                    container=explicit,
                    anchor=places[anchor.index].place,
                    coord_precision=precision,
                    name_holds_anchor=phrase.start <= places[anchor.index].spot.start < phrase.end,
                ),
            )
        )
    if not new and not absorbed and not kept_known:
        return places
    merged: list[tuple[int, Resolved, int | None]] = []  # (start, place, old index)
    for n, known_place in enumerate(places):
        if n not in absorbed:
            merged.append((known_place.spot.start, kept_known.get(n, known_place), n))
    for _, added in new:
        merged.append((added.spot.start, added, None))
    merged.sort(key=lambda item: item[0])
    new_index = {old: pos for pos, (_, _, old) in enumerate(merged) if old is not None}
    out: list[Resolved] = []
    for _, item, _old in merged:
        moved = new_index.get(item.container) if item.container is not None else None
        out.append(replace(item, container=moved) if moved != item.container else item)
    return tuple(out)


def _landmark_of_phrase(phrase: Phrase, gazetteer: Gazetteer | None, anchor: Place | None) -> Entry | None:
    """The gazetteer's landmark that a phrase with its head word after the name is, read under
    the head's canonical form ("Francia Square" -> "plaza francia", "the Altamira distributor" ->
    "distribuidor altamira", "the Chiquinquirá basilica" -> "basilica de chiquinquira"), near the
    anchor (within NEAR_KM): every town has a Plaza Bolívar. A head before the name is Spanish
    order, which spotting reads whole, and the town after it is that square's ("la plaza Bolívar
    de Chacao"). Two dict lookups per phrase."""
    if gazetteer is None or phrase.level != "landmark" or anchor is None:
        return None
    head = fold(phrase.head)
    name = name_key(phrase.name)
    for key in (f"{head} {name}", f"{head} de {name}"):
        for entry in gazetteer.index.get(key, ()):
            if entry.place.level == "landmark" and km_between(entry.place, anchor) <= NEAR_KM:
                return entry
    return None


_WHERE_AFTER = re.compile(r",[^\S\n]+(?:where|donde|en donde)\b", re.I)
"""What opens a relative clause on the town before it ("Barquisimeto, where ...", "Cumaná, donde ...")."""


def _section_moved(
    doc: Document, story: tuple[list[int], list[int]], start: int, seen: int, city: int
) -> bool:
    """Whether the story moved to city `city` under a subheading of its own ("MARACAIBO", "En el
    Zulia") between a name's earlier anchoring (offset `seen`) and its mention at `start`: a round-up
    by city puts each section's streets and squares in that section's city."""
    index = bisect.bisect_right(story[0], start) - 1
    if index < 0 or story[1][index] != city or story[0][index] <= seen:
        return False
    line_start, line_end = doc.line_span(story[0][index])
    line = doc.text[line_start:line_end].strip()
    return len(line) <= 60 and not line.endswith((".", ":", ",")) and len(line.split()) <= 4


def _labelled_state_capital(
    doc: Document,
    phrase: Phrase,
    places: tuple[Resolved, ...],
    place_starts: list[int],
    chosen: _Anchor,
    capitals: _StateCapitals,
) -> _Anchor | None:
    """ "Barinas (9). El principal cierre se registró ... En la capital, la avenida Cuatricentenaria
    fue escenario de un plantón": a paragraph labelled by a state puts its streets in that state's
    capital, when the text names it, not in the story's city of another state (San Cristóbal,
    opened paragraphs before under "Táchira (11)")."""
    line_start = doc.line_span(phrase.start)[0]
    n = bisect.bisect_left(place_starts, line_start)
    if n >= len(places) or places[n].spot.start - line_start > 4 or places[n].spot.start >= phrase.start:
        return None
    label = places[n]
    if label.place.level != "state" or label.anchor is not None:
        return None
    if label.place.state_code == places[chosen.index].place.state_code:
        return None
    capital = capitals.anchor(phrase.start)
    if capital is None or places[capital.index].place.state_code != label.place.state_code:
        return None
    return _Anchor(capital.index, "paragraph")


def _listed_between_members(
    text: str, places: tuple[Resolved, ...], phrases: list[Phrase], covered: frozenset[int]
) -> frozenset[int]:
    """The gazetteer names written between two sectors of one list ("cacerolazos en
    Cuatricentenario, Los Haticos, San Jacinto y Panamericano", in a story of Maracaibo), or
    after its last one past the conjunction ("los vecinos de El Manzanillo, Sierra Maestra y San
    Felipe"): a member of the run, as its neighbours are, not the town they lie in; so no sector
    of the run, nor a street of the same paragraph, is anchored to it (San Jacinto, a town of
    Mérida; San Felipe, Yaracuy's capital). Read from each list's first and last phrase, once."""
    spans: dict[int, tuple[int, int, int]] = {}  # group -> (start, end, phrases)
    for phrase in phrases:
        start, end, count = spans.get(phrase.group, (phrase.start, phrase.end, 0))
        spans[phrase.group] = (min(start, phrase.start), max(end, phrase.end), count + 1)
    lists = sorted((start, end) for start, end, count in spans.values() if count >= 2)
    if not lists:
        return frozenset()
    starts = [start for start, _ in lists]
    listed: set[int] = set()
    for n, place in enumerate(places):
        if n in covered or place.anchor is not None:
            continue
        k = bisect.bisect_left(starts, place.spot.start) - 1
        while k >= 0 and not (lists[k][0] < place.spot.start and place.spot.end < lists[k][1]):
            k -= 1
            if k >= 0 and lists[k][1] < place.spot.start - 2000:
                k = -1
        if k >= 0:
            listed.add(n)
    ends = {end for _, end in lists}
    for n, place in enumerate(places):
        if n in covered or place.anchor is not None or n in listed:
            continue
        gap = text[max(0, place.spot.start - 5) : place.spot.start]
        joined = _LAST_MEMBER_GAP.search(gap)
        if joined is not None and place.spot.start - 5 + joined.start() in ends:
            listed.add(n)
    return frozenset(listed)


_LAST_MEMBER_GAP = re.compile(r"[^\S\n]+(?:y|e|and)[^\S\n]+$")
"""What joins the last member to a list ("Sierra Maestra y San Felipe")."""


LOOSE_ANCHORS = frozenset({"paragraph", "document"})
"""How an anchor was chosen when the text did not put the phrase in it (an earlier city of the
paragraph, the story's focus)."""

ADVOCATION_HEADS = frozenset({"basílica", "santuario"})
"""Heads of churches named after an advocation of the Virgin or a saint, which are often the names
of towns too ("la Basílica de Chiquinquirá" in Maracaibo, not in the village of Chiquinquirá): the
town in such a name is its container only when the text names that town on its own as well."""

ROAD_HEADS = frozenset(
    {
        "avenida",
        "avenue",
        "calle",
        "street",
        "carretera",
        "road",
        "autopista",
        "highway",
        "bulevar",
        "boulevard",
    }
)
"""Heads of roads: many cities have an Avenida Francisco de Miranda or an Avenida Urdaneta."""


def _in_another_state(
    doc: Document, candidate: Resolved, anchor: _Anchor | None, anchor_place: Place
) -> bool:
    """ "la plaza Bolívar de Chacao": a curated landmark (Plaza Bolívar, in Distrito Capital)
    is not the one the text means when the text itself puts the name in a place of another
    state, however near (Chacao, in Miranda, is a few km away): that place has its own. So too
    when the name is the curated one's short form ("Plaza Bolívar" for Plaza Bolívar de Caracas:
    every town has one) and the town is the one its sentence is in ("In El Hatillo, neighbours
    held a vigil in the colonial square of the town, Plaza Bolívar")."""
    if not (
        anchor is not None
        and anchor.how in ("explicit", "sentence")
        and candidate.entry.kind == "SUPP"
        and candidate.place.state_code is not None
        and anchor_place.state_code is not None
        and candidate.place.state_code != anchor_place.state_code
    ):
        return False
    said = fold(doc.text[candidate.spot.start : candidate.spot.end])
    return anchor.how == "explicit" or fold(candidate.place.name).startswith(said + " ")


def _curated_over_loose_anchor(
    doc: Document, candidate: Resolved, phrase: Phrase, anchor: _Anchor | None
) -> bool:
    """Plaza Altamira, Fuerte Tiuna, the barrio José Félix Ribas de Petare: a landmark or
    neighbourhood of the curated supplement, named whole, is that place when the text gives no
    city of its own for it, only a city named earlier in the paragraph or the story's focus ("a
    student was shot in Barquisimeto ... the scenes recalled 2014, when students kept barricades
    around Plaza Altamira"). Roads are left out, since their names repeat from city to city, and
    so are a curated name's short forms ("Plaza Bolívar" for Plaza Bolívar de Caracas): every
    city has one."""
    said = fold(doc.text[candidate.spot.start : candidate.spot.end])
    return (
        anchor is not None
        and not fold(candidate.place.name).startswith(said + " ")
        and anchor.how in LOOSE_ANCHORS
        and candidate.entry.kind == "SUPP"
        and candidate.place.level in ("landmark", "neighbourhood")
        and fold(phrase.head) not in ROAD_HEADS
    )


def _curated_road_off_dateline(
    doc: Document,
    candidate: Resolved,
    phrase: Phrase,
    anchor: _Anchor | None,
    places: tuple[Resolved, ...],
    reading: Reading,
) -> bool:
    """ "Urdaneta Avenue", named whole as the curated supplement has it (a road of Caracas), with
    no city of its own beside it: that road, unless the story was filed from another city ("MÉRIDA,
    Venezuela (AP) — ... moved along Urdaneta Avenue"), whose streets a reader puts it in; a loose
    anchor (a city named in passing, the first story city of no dateline) does not move it, and a
    city the text gives beside it holds it when near. Only
    the form with the head after the name: "la avenida Urdaneta" is a phrase of its own and
    anchored as any avenue is."""
    if not (
        anchor is not None
        and candidate.entry.kind == "SUPP"
        and fold(phrase.head) in ROAD_HEADS
        and candidate.spot.start == phrase.start
        and candidate.spot.end == phrase.end
        and doc.folded[phrase.first] not in ROAD_HEADS
    ):
        return False
    if anchor.how not in LOOSE_ANCHORS:
        # "Francisco de Miranda Avenue in Caracas": a road runs across the municipalities of its
        # city (Chacao's part is in Miranda state), so the text's city holds the curated one
        return km_between(candidate.place, places[anchor.index].place) <= NEAR_KM
    town = places[anchor.index].spot
    line_start = doc.line_span(town.start)[0]
    return not (
        not doc.text[line_start : town.start].strip()
        and reading.dateline_after.match(doc.text[town.end : town.end + 60]) is not None
    )


FAR_FROM_CONTAINER_KM = 50.0
"""A town or sector read this far from the city the text puts it in is a namesake: the text's
place is a sector of that city that the gazetteer lacks."""


IN_CITY_KM = 12.0
"""How near a city a reading lies to be the sector the text says is in that city."""


@functools.cache
def _sector_heads(languages: tuple[str, ...]) -> frozenset[str]:
    """The packs' words for a neighbourhood before its name (`places.level_before`), folded."""
    return frozenset(
        fold(w)
        for code in languages
        for w in load_language_pack(code).places["level_before"].get("neighbourhood", [])
    )


@functools.cache
def _sector_word(languages: tuple[str, ...]) -> re.Pattern[str]:
    """The packs' words for a neighbourhood after a name (`places.level_after`), plural too."""
    words = [
        w
        for code in languages
        for w in load_language_pack(code).places["level_after"].get("neighbourhood", [])
    ]
    return re.compile(r"\b(?:" + "|".join(words or ["(?!x)x"]) + r")s?\b")


@functools.cache
def _sector_head_at_end(languages: tuple[str, ...]) -> re.Pattern[str]:
    """The packs' words for a neighbourhood before its name (`places.level_before`), with an
    article, closing a gap: "San Jacinto y en la urbanización La Soledad" lists two sectors."""
    packs = [load_language_pack(code).places for code in languages]
    words = [w for pack in packs for w in pack["level_before"].get("neighbourhood", [])]
    articles = [a for pack in packs for a in pack["articles"]]
    return re.compile(
        r"(?<!\w)(?:(?:{a})\s+)?(?:{w})s?\s*$".format(
            a="|".join(articles or ["(?!x)x"]), w="|".join(words or ["(?!x)x"])
        ),
        re.IGNORECASE,
    )


NAMED_FOR_TOWN = frozenset({"peaje", "alcabala"})
"""The heads of the places named after the town they serve ("the Carora toll booth", "la alcabala
de Guacara"), which are in that town. An exit named after a town ("the Tía Juana exit") is read
as the town, as before."""

CONTAINER_LEVELS = ("city", "municipality")
"""The containers a far namesake is read as a sector of ("Santa Fe, en el municipio Baruta")."""


def anchor_far_namesakes(
    doc: Document, places: tuple[Resolved, ...], reading: Reading
) -> tuple[Resolved, ...]:
    """ "Vecinos de Palo Verde, en el este de Caracas": a name the text puts in a city, read as a
    hamlet far from that city (the only readings the gazetteer has, all weak), is a sector of
    that city: anchored to it, at its point, as a neighbourhood. A town the gazetteer knows well
    is left to resolution ("In Puerto Ordaz, Ciudad Bolívar and El Tigre": a list), unless the
    text says the name is a sector of the city ("In Santa Rosa, a neighbourhood of Valencia")."""
    out: list[Resolved] | None = None
    for n, place in enumerate(places):
        if place.container is None or place.anchor is not None or place.from_geocoder:
            continue
        holder = places[place.container]
        city = holder.place
        if holder.anchor is not None or city.country != reading.home or city.level not in CONTAINER_LEVELS:
            continue
        entry = place.entry
        if entry.place.country != reading.home or entry.place.level not in ("city", "neighbourhood"):
            continue
        # "In Santa Rosa, a neighbourhood of Valencia", "Santa Fe, two residential areas of
        # Caracas": the text itself says the name is a sector of the city
        said = _sector_word(reading.languages).search(doc.text, place.spot.end, holder.spot.start)
        # a name written shorter than the town's ("Pueblo Nuevo" for Pueblo Nuevo El Chivo, in
        # Zulia) is no sure reading of it either
        short = fold(entry.place.name).startswith(fold(doc.text[place.spot.start : place.spot.end]) + " ")
        if not entry.weak and not short and said is None:
            continue  # a town the gazetteer knows well ("Puerto Ordaz, Ciudad Bolívar": a list)
        near = IN_CITY_KM if said is not None else FAR_FROM_CONTAINER_KM
        if any(km_between(e.place, city) <= near for e in place.spot.entries):
            continue  # a reading near the city: resolution's to choose
        name = doc.text[place.spot.start : place.spot.end] if short else entry.place.name
        if out is None:
            out = list(places)
        out[n] = _as_sector_of(place, city, name, "explicit")
    return places if out is None else tuple(out)


def anchor_opener_namesakes(
    doc: Document, places: tuple[Resolved, ...], reading: Reading
) -> tuple[Resolved, ...]:
    """ "En San Francisco, municipio vecino de la capital, hubo cacerolazos en El Silencio": a
    sector read in another city (El Silencio of Caracas, 600 km off), in a sentence a town opens,
    with no container of its own, is the town's: its namesake in the town (within IN_CITY_KM) if
    the gazetteer has one, else a sector of the town, at its point. Read before the places below
    the city are anchored, so that a street named after it ("la avenida 5 de Julio de ese
    municipio") is not put in the far city either."""
    out: list[Resolved] | None = None
    for n, place in enumerate(places):
        entry = place.entry
        if (
            place.container is not None
            or place.anchor is not None
            or place.from_geocoder
            or entry.place.level != "neighbourhood"
            or entry.place.country != reading.home
        ):
            continue
        opener = _opener_town(doc, places, n, reading)
        if opener is None:
            continue
        city = places[opener].place
        if km_between(entry.place, city) <= FAR_FROM_CONTAINER_KM:
            continue  # near enough: resolution's to choose
        near = min(
            (e for e in place.spot.entries if e.place.country == reading.home),
            key=lambda e: km_between(e.place, city),
        )
        if out is None:
            out = list(places)
        if km_between(near.place, city) <= IN_CITY_KM:
            out[n] = replace(place, entry=near)  # its namesake in the town
        else:
            out[n] = _as_sector_of(place, city, entry.place.name, "sentence")
    return places if out is None else tuple(out)


BESIDE_LANDMARK_CHARS = 80
"""Most characters between a known square or sector and a town named right after it in its
clause ("la plaza Altamira y ... la sede de la Conferencia Episcopal, en Montalbán"; "in El
Paraiso and Montalban"): farther, the town is another part of the sentence's story."""


def anchor_towns_beside_landmarks(
    doc: Document, places: tuple[Resolved, ...], reading: Reading
) -> tuple[Resolved, ...]:
    """ "Los primeros grupos se concentran en la plaza Altamira y en los alrededores de la sede de
    la Conferencia Episcopal, en Montalbán": a small town (not a state's capital) read far from a
    known square or sector of a city named before it in its sentence, with no other place of the
    town's state in its paragraph, is a sector of that city, when the text names the city: the
    sentence is in one city, and the town of another state (Montalbán, Carabobo, 150 km off) was
    the only reading the gazetteer had of a parish of Caracas. Its streets are then that city's."""
    home = reading.home
    cores = [
        q.place
        for q in places
        if q.anchor is None
        and q.place.country == home
        and q.place.level == "city"
        and q.entry.kind in CORE_KINDS
    ]
    if not cores:
        return places
    out: list[Resolved] | None = None
    for n, place in enumerate(places):
        town = place.place
        if (
            place.anchor is not None
            or place.container is not None
            or place.from_geocoder
            or town.country != home
            or town.level != "city"
            or place.entry.kind in CORE_KINDS
            or town.population >= LIST_NAMESAKE_POPULATION
        ):
            continue
        sent_start = doc.sentence_span(place.spot.start)[0]
        mark: Resolved | None = None
        for m in range(n - 1, -1, -1):
            if places[m].spot.start < sent_start:
                break
            if (
                places[m].anchor is None
                and places[m].place.country == home
                and places[m].place.level in ("landmark", "neighbourhood")
                and places[m].entry.kind == "SUPP"
            ):
                mark = places[m]
                break
        if (
            mark is None
            or place.spot.start - mark.spot.end > BESIDE_LANDMARK_CHARS
            or km_between(mark.place, town) <= FAR_FROM_CONTAINER_KM
        ):
            continue
        city = next((c for c in cores if km_between(c, mark.place) <= IN_CITY_KM), None)
        if city is None:
            continue
        sent_end = doc.sentence_span(place.spot.start)[1]
        k = n - 1
        while k >= 0 and places[k].spot.start >= sent_start:
            k -= 1
        k += 1
        if any(
            m != n
            and places[m].anchor is None
            and places[m].place.level in ("city", "municipality", "state")
            and km_between(places[m].place, mark.place) > IN_CITY_KM
            for m in range(k, len(places))
            if places[m].spot.start < sent_end
        ):
            continue  # "marched in Barquisimeto and Puerto Ordaz": the sentence goes to other towns
        line_start, line_end = doc.line_span(place.spot.start)
        k = n - 1
        while k >= 0 and places[k].spot.start >= line_start and places[k].place.state_code != town.state_code:
            k -= 1
        if k >= 0 and places[k].spot.start >= line_start:
            continue  # another place of the town's state in its paragraph: the text is there
        k = n + 1
        while (
            k < len(places)
            and places[k].spot.start < line_end
            and places[k].place.state_code != town.state_code
        ):
            k += 1
        if k < len(places) and places[k].spot.start < line_end:
            continue
        if out is None:
            out = list(places)
        out[n] = _as_sector_of(place, city, town.name, "sentence")
    return places if out is None else tuple(out)


def _opener_town(doc: Document, places: tuple[Resolved, ...], n: int, reading: Reading) -> int | None:
    """The town (city or municipality) that opens the sentence of place `n` ("En San Francisco,
    ..."), when it is the nearest town before `n` there; else None."""
    sent_start = doc.sentence_span(places[n].spot.start)[0]
    for m in range(n - 1, -1, -1):
        town = places[m]
        if town.spot.start < sent_start:
            return None
        if (
            town.anchor is None
            and town.place.country == reading.home
            and town.place.level in CONTAINER_LEVELS
        ):
            opens = reading.locating_opener.fullmatch(doc.text, sent_start, town.spot.start) is not None
            return m if opens else None
    return None


def anchor_short_form_strangers(
    doc: Document, places: tuple[Resolved, ...], reading: Reading
) -> tuple[Resolved, ...]:
    """ "Entre el 19 y el 21 de marzo, la Guardia Nacional desmontó las barricadas de Pueblo
    Nuevo", in a story of San Cristóbal: a bare name read as a town the gazetteer knows by a
    longer name (Pueblo Nuevo El Chivo, in Zulia; San José de Barlovento), far from the city the
    story is in at that point, with nothing else the text names near it, is a sector of that
    city, as a reader takes it: anchored to it, at its point, as a neighbourhood. A state capital
    ("San Fernando"), a story that names another place of that state near the town, or a reading
    near the city is left to resolution."""
    home = reading.home
    candidates = [
        n
        for n, place in enumerate(places)
        if place.anchor is None
        and place.container is None
        and not place.cued
        and not place.from_geocoder
        and place.entry.place.country == home
        and place.entry.place.level in ("city", "neighbourhood")
        and place.entry.kind not in ("PPLA", "PPLC")  # "San Fernando" is Apure's capital anywhere
    ]
    # names written shorter than the town's, and names written bare where the story city's
    # sectors are expected (see _bare_sector_at_an_event)
    short = frozenset(
        n
        for n in candidates
        if fold(places[n].entry.place.name).startswith(
            fold(doc.text[places[n].spot.start : places[n].spot.end]) + " "
        )
    )
    bare = frozenset(n for n in candidates if _bare_sector_at_an_event(doc, places, n, reading))
    strangers = [n for n in candidates if n in short or n in bare]
    if not strangers:
        return places
    # the states the story names, and those of the capitals and big towns it names, a bare
    # sector's own reading aside: a bare sector is the story city's only in a story of one state
    # (a round-up of cities names Puerto Ordaz as itself)
    named_states = (
        {
            place.place.state_code
            for n, place in enumerate(places)
            if n not in bare
            and place.anchor is None
            and place.place.country == home
            and not place.entry.weak
            and (
                place.place.level == "state"
                or place.entry.kind in ("PPLA", "PPLC")
                or place.place.population >= LIST_NAMESAKE_POPULATION
            )
        }
        if bare
        else set()
    )
    story = story_locations(doc, places, reading, frozenset())
    out = list(places)
    for n in strangers:
        place = places[n]
        index = bisect.bisect_right(story[0], place.spot.start) - 1
        if index < 0:
            continue
        city_place = places[story[1][index]]
        city = city_place.place
        if city_place.anchor is not None or city.country != home or city.level != "city":
            continue
        state = place.entry.place.state_code
        if state is None or state == city.state_code:
            continue
        if n in short and any(
            other.place.state_code == state
            and other.spot.name_key != place.spot.name_key
            and km_between(other.place, place.place) <= FAR_FROM_CONTAINER_KM
            for other in places
            if other.anchor is None
        ):
            continue  # the story names another place near that town: it may be about it
        if n not in short and (
            named_states - {city.state_code} or _opener_town(doc, places, n, reading) is not None
        ):
            # a story of several states: its names are read as the gazetteer reads them; a town
            # that opens the sentence holds its sectors (anchor_opener_namesakes)
            continue
        if n not in short and any(
            # for a bare sector, a town with a census count or a seat near its reading, of any
            # state, vouches for that region (Caracas for Chacaíto); a hamlet does not (Estánquez,
            # by San Jacinto of Mérida, read from "Los Estanques" in the same story of Maracaibo)
            other.spot.name_key != place.spot.name_key
            and (other.place.population or other.entry.kind not in VILLAGE_KINDS)
            and other.place.level != "country"
            and km_between(other.place, place.place) <= FAR_FROM_CONTAINER_KM
            for other in places
            if other.anchor is None
        ):
            continue
        name = doc.text[place.spot.start : place.spot.end]
        near = [
            e
            for e in place.spot.entries
            if km_between(e.place, city) <= (IN_CITY_KM if n not in short else FAR_FROM_CONTAINER_KM)
        ]
        if near:
            # a reading of the name as written near the city ("Pueblo Nuevo", a sector of
            # Barquisimeto, in a story of Cabudare) beats the far town known by a longer name
            nearest = min(near, key=lambda e: km_between(e.place, city))
            if fold(nearest.place.name) == fold(name):
                out[n] = replace(place, entry=nearest, score=nearest.prior, margin=0.0)
            continue
        out[n] = _as_sector_of(place, city, name, "document")
    return tuple(out)


BARE_TOWN_PRIOR = 0.6
"""A reading this well known is the town, even written bare where a story city's sectors are expected."""

VILLAGE_KINDS = frozenset({"PPL", "PPLL", "PPLX", "SUPP"})
"""Gazetteer kinds of places that, without a census count, say nothing of the region a story is in."""


def _bare_sector_at_an_event(doc: Document, places: tuple[Resolved, ...], n: int, reading: Reading) -> bool:
    """ "los vecinos de San Jacinto salieron con ollas", "hubo cacerolazo en el 23 de Enero, en
    Cuatricentenario y en Los Estanques", in a story of Maracaibo: a name written bare where a
    reader expects the story city's sectors (after "vecinos de", or after "en" in a clause that
    reports a protest, alone or as the head of a list), read as a small town of another state
    (San Jacinto of Mérida, the 23 de Enero of Caracas), is no short form, yet is the same
    stranger: `anchor_short_form_strangers` weighs it the same way. A town of 100,000 or more
    keeps its reading ("protestas en Maracaibo y en Cabimas")."""
    place = places[n]
    if place.entry.kind != "SUPP" and (place.entry.place.population or place.entry.prior >= BARE_TOWN_PRIOR):
        # a town with a census count (Achaguas, Tovar) or a well-known one (Petare, Valera) is a
        # town; a curated sector of another city may be a namesake
        return False
    text = doc.text
    head = n  # the first member of the list the name belongs to
    while head > 0 and reading.list_gap.match(text[places[head - 1].spot.end : places[head].spot.start]):
        head -= 1
    last = n
    while last + 1 < len(places) and reading.list_gap.match(
        text[places[last].spot.end : places[last + 1].spot.start]
    ):
        last += 1
    if any(
        places[m].place.level == "city"
        and (places[m].place.population or places[m].entry.kind not in VILLAGE_KINDS)
        for m in range(head, last + 1)
        if m != n
    ):
        return False  # a list of towns ("en Caracas, Maracaibo y Puerto Ordaz"), not of one city's sectors
    start = places[head].spot.start
    if reading.residents_before.search_doc(doc, max(0, start - 40), start):
        return True
    words = text[max(0, start - RUN_TRIGGER_REACH) : start].split()
    if words and fold(words[-1]) in reading.bare_place_articles:
        start -= len(words[-1]) + 1  # "en el 23 de Enero": the run's preposition before the article
    return _run_after_protest(doc, start, reading)


LIST_NAMESAKE_POPULATION = 100_000
"""A town smaller than this, read far from the city its list puts it in, may be a namesake of a
sector there; a bigger town (or a state capital) is left to resolution."""


_NAME_ARTICLE_AT_END = re.compile(r"\s(?:La|El|Los|Las)\s+$")
"""A name's own capitalised article left before the phrase its head word opens ("La Curva de
Molina": the head word "Curva")."""


def anchor_list_namesakes(
    doc: Document, places: tuple[Resolved, ...], reading: Reading
) -> tuple[Resolved, ...]:
    """ "residents of Barrio Obrero and Pueblo Nuevo kept their barricades up", in a story of San
    Cristóbal: a name coordinated with a sector the text put in a city, read as a small town far
    from that city (Pueblo Nuevo El Chivo, in Zulia), is a sector of that city too, as its list
    neighbour is: anchored to it, at its point, as a neighbourhood."""
    out: list[Resolved] | None = None
    text = doc.text
    for n, place in enumerate(places):
        if place.anchor is not None or place.container is not None or place.from_geocoder:
            continue
        entry = place.entry
        if entry.place.country != reading.home or entry.place.level not in ("city", "neighbourhood"):
            continue
        if entry.kind in ("PPLA", "PPLC") or entry.place.population >= LIST_NAMESAKE_POPULATION:
            continue
        for m in (n - 1, n + 1):
            if not 0 <= m < len(places):
                continue
            other = places[m]
            city = other.anchor
            if city is None or city.level != "city" or city.country != reading.home:
                continue
            if other.place.level not in ("neighbourhood", "landmark"):
                continue
            first, second = (other, place) if m < n else (place, other)
            gap = text[first.spot.end : second.spot.start]
            # "cacerolazos en San Jacinto y en la urbanización La Soledad de Maracay": the next
            # member's sector word and its article stand between them, outside its name
            head = _sector_head_at_end(reading.languages).search(gap) if second is other else None
            if head is None and second is other:
                # "en Sabaneta, La Curva de Molina": the article of a name its head word opens
                head = _NAME_ARTICLE_AT_END.search(gap)
            if not reading.list_gap.match(gap if head is None else gap[: head.start()] + " "):
                continue
            near = [e for e in place.spot.entries if km_between(e.place, city) <= FAR_FROM_CONTAINER_KM]
            if near:
                # a reading near the city ("cacerolazos en San Jacinto y en la urbanización La
                # Soledad de Maracay": San Jacinto of Maracay, not the hamlet by Mérida that
                # resolution took): the nearest, as its list neighbour is there, when resolution
                # took a far one; a near reading it took stands ("Los Palos Grandes")
                nearest = min(near, key=lambda e: km_between(e.place, city))
                if km_between(entry.place, city) > FAR_FROM_CONTAINER_KM:
                    if out is None:
                        out = list(places)
                    out[n] = replace(place, entry=nearest, score=nearest.prior, margin=0.0)
                break
            name = doc.text[place.spot.start : place.spot.end]
            if out is None:
                out = list(places)
            out[n] = _as_sector_of(place, city, name, "sentence")
            break
    return places if out is None else tuple(out)


def anchor_residents_namesakes(
    doc: Document, places: tuple[Resolved, ...], reading: Reading
) -> tuple[Resolved, ...]:
    """ "In San Cristóbal, residents of Pueblo Nuevo, Santa Teresa and Las Acacias blocked their
    streets": names after "residents of" / "vecinos de" (alone or as a list), in a sentence that
    opens in a city, read as small towns far from that city, are sectors of that city, as a
    reader takes them: anchored to it, at its point, as neighbourhoods. A reading near the city,
    a big town or a state capital is left to resolution."""
    out: list[Resolved] | None = None
    text = doc.text
    home = reading.home
    for n, place in enumerate(places):
        if place.anchor is not None or place.container is not None or place.from_geocoder:
            continue
        entry = place.entry
        if entry.place.country != home or entry.place.level not in ("city", "neighbourhood"):
            continue
        if entry.kind in ("PPLA", "PPLC") or entry.place.population >= LIST_NAMESAKE_POPULATION:
            continue
        head = n  # the first member of the list this name closes or belongs to
        while head > 0 and reading.list_gap.match(text[places[head - 1].spot.end : places[head].spot.start]):
            head -= 1
        start = places[head].spot.start
        listed = head < n or (
            n + 1 < len(places) and reading.list_gap.match(text[place.spot.end : places[n + 1].spot.start])
        )
        if not reading.residents_before.search_doc(doc, max(0, start - 40), start) and not (
            listed and _run_after_protest(doc, start, reading)
        ):
            continue
        sent_start, _ = doc.sentence_span(place.spot.start)
        opener = next((k for k in range(head) if places[k].spot.start >= sent_start), None)
        if opener is None:
            continue
        city_place = places[opener]
        city = city_place.place
        if (
            city_place.anchor is not None
            or city.country != home
            or city.level != "city"
            or city_place.entry.weak
        ):
            continue
        # a timed entry's label may name the city ("18:00 - Valera, Trujillo: residents of La
        # Plata banged pots"), as "In Valera," does
        labelled = city_place.spot.end <= sentence_opening(text, sent_start)
        if not labelled and not reading.locating_opener.fullmatch(
            opening_words(text, sent_start, city_place.spot.start)
        ):
            continue
        if any(km_between(e.place, city) <= FAR_FROM_CONTAINER_KM for e in place.spot.entries):
            continue  # a reading near the city: resolution's to choose
        name = text[place.spot.start : place.spot.end]
        if out is None:
            out = list(places)
        out[n] = _as_sector_of(place, city, name, "sentence")
    return places if out is None else tuple(out)


LANDMARK_CUE_TOKENS = 6
"""Tokens from a landmark cue's first word to the name after it ("en las inmediaciones de la")."""


def _run_after_protest(doc: Document, start: int, reading: Reading) -> bool:
    """Whether the list that starts at `start` follows a preposition of a run of sectors
    (`bare_place_cues`: "en", "in") right after a protest's word ("se escucharon cacerolazos en
    Los Jarales, La Esmeralda y El Morro")."""
    before = doc.text[max(0, start - RUN_TRIGGER_REACH) : start]
    before = before[before.rfind(";") + 1 :]  # the run's own clause
    words = before.split()
    if not words or fold(words[-1]) not in reading.bare_place_cues:
        return False
    return any(m.lastgroup not in (None, "meeting") for m in reading.all_triggers.finditer(before))


_CROSSING_WORDS = frozenset({"and", "with", "y", "e", "con"})
"""Words of a crossing's name ("Avenida Intercomunal and Calle 3"): not one road's longer name."""


def merge_short_forms(places: tuple[Resolved, ...], headline_end: int = 0) -> tuple[Resolved, ...]:
    """ "en el sector Pueblo Nuevo Sur ... «Nos están disparando en Pueblo Nuevo»", "la avenida
    Intercomunal Jorge Rodríguez ... La marcha siguió por la Intercomunal": a street or sector of
    a city named again by the first words of its name is the one named before in that city, as a
    reader takes it, not a second place (the key of a place below the city is its anchor's id,
    its head and its name's words: see _anchored_place). A headline's short form (before
    `headline_end`) is the long form the story names after it."""
    out: list[Resolved] | None = None
    longer: dict[str, list[tuple[tuple[str, ...], Place]]] = {}  # per anchor: the names seen
    firsts: list[tuple[int, str, str, tuple[str, ...]]] = []  # the headline's names not merged
    for n, place in enumerate(places):
        if place.anchor is None or place.place.level not in ("landmark", "neighbourhood"):
            continue
        anchor_id, slash, key = place.place.place_id.rpartition("/")
        if not slash or ":" not in key:
            continue
        head, _, name_words = key.partition(":")
        words = tuple(name_words.split("-"))
        seen = longer.setdefault(f"{anchor_id}|{place.place.level}", [])
        for name, earlier in seen:
            if _longer_form(name, words, head, earlier):
                if out is None:
                    out = list(places)
                out[n] = replace(place, entry=replace(place.entry, place=earlier))
                break
        else:
            seen.append((words, place.place))
            if place.spot.start < headline_end:
                firsts.append((n, f"{anchor_id}|{place.place.level}", head, words))
    # "Trancas en la avenida Bolívar" over a story of "la avenida Bolívar Norte": a headline's
    # short form is the long form the story names, as a reader takes it
    for n, group, head, words in firsts:
        for name, later in longer[group]:
            if _longer_form(name, words, head, later):
                if out is None:
                    out = list(places)
                out[n] = replace(places[n], entry=replace(places[n].entry, place=later))
                break
    return places if out is None else tuple(out)


def _longer_form(name: tuple[str, ...], words: tuple[str, ...], head: str, place: Place) -> bool:
    """Whether `name` (the words of `place`'s name) goes on from `words`, the first words of a
    name with head word `head`: the long form of a short one, of the same kind of place, and no
    crossing of two streets ("avenida Bolívar Norte" for "avenida Bolívar", not "Bolívar con
    Urdaneta")."""
    return (
        len(name) > len(words)
        and name[: len(words)] == words
        and _CROSSING_WORDS.isdisjoint(name)
        and _same_kind_of_place(head, place)
    )


def _same_kind_of_place(head: str, earlier: Place) -> bool:
    """ "la plaza Bolívar" after "la avenida Bolívar Norte": a square is no short form of a road
    (nor a road of a square) in the same city; a short form with a road's head, or one of the same
    head, may be."""
    earlier_head = earlier.place_id.rpartition("/")[2].partition(":")[0]
    return head == earlier_head or (head in STREET_KEY_HEADS) == (earlier_head in STREET_KEY_HEADS)


STREET_KEY_HEADS = frozenset(
    {
        "avenida",
        "av",
        "calle",
        "carrera",
        "autopista",
        "carretera",
        "bulevar",
        "boulevard",
        "avenue",
        "street",
        "road",
    }
)
"""Head words of a street's key (see _anchored_place) whose bare name the text may use again."""


def anchor_street_short_names(doc: Document, places: tuple[Resolved, ...]) -> tuple[Resolved, ...]:
    """ "un corresponsal reporta gases en la avenida Las Delicias ... «hoy nos echaron gas en Las
    Delicias»": a bare name that repeats the name of a street the text has put in a city before
    it, read as a small town (a village of that name in the state), is that street, as a reader
    takes it: the same place, with its anchor; a street the anchoring put inside that town ("en
    Las Delicias y en la Bolívar") moves with it into the street's city. A state capital, a big
    town, a name with a cue of its own or one the text put in a container is left as it was read."""
    streets: dict[str, Resolved] = {}
    moved: dict[str, Place] = {}  # the id of a town read as a street: the street's city
    seen: dict[str, Place] = {}  # the places below a city named so far, by id
    out: list[Resolved] | None = None
    for n, place in enumerate(places):
        if place.anchor is not None:
            seen.setdefault(place.place.place_id, place.place)
            city = moved.get(place.anchor.place_id)
            if city is not None:
                key = place.place.place_id.rpartition("/")[2]
                name = place.place.name.rpartition(", ")[0] or place.place.name
                if out is None:
                    out = list(places)
                inside = _inside(city, key, name, place.place.level)
                inside = seen.get(inside.place_id, inside)  # the street named before in that city
                place = out[n] = replace(place, entry=replace(place.entry, place=inside), anchor=city)
            if place.place.level == "landmark" and place.anchor is not None and place.anchor.level == "city":
                head, colon, key = place.place.place_id.rpartition("/")[2].partition(":")
                if colon and head in STREET_KEY_HEADS:
                    streets.setdefault(key.replace("-", " "), place)
            continue
        if place.container is not None or place.cued or place.from_geocoder:
            continue
        entry = place.entry
        if entry.place.level not in ("city", "neighbourhood") or entry.kind in ("PPLA", "PPLC"):
            continue
        if entry.place.population >= LIST_NAMESAKE_POPULATION:
            continue
        street = streets.get(name_key(doc.text[place.spot.start : place.spot.end]))
        if street is None or street.anchor is None or street.anchor.country != entry.place.country:
            continue
        moved[entry.place.place_id] = street.anchor
        if out is None:
            out = list(places)
        out[n] = replace(
            place,
            entry=street.entry,
            score=street.score,
            margin=street.margin,
            anchor=street.anchor,
            coord_precision=street.coord_precision,
        )
    return places if out is None else tuple(out)


def locate_with_geocoder(
    places: tuple[Resolved, ...], geocoder: Geocoder | None, reading: Reading
) -> tuple[Resolved, ...]:
    """With an online geocoder, ask it for each anchored place as "Avenida X, <anchor>,
    <country>": an answer near the anchor gives the place its own point (`coord_precision`
    exact; `anchor_place_id` still names its container). A far or missing answer changes
    nothing: the anchor's point stays, and says so."""
    if geocoder is None:
        return places
    out: list[Resolved] = []
    asked: dict[str, Place | None] = {}
    for place in places:
        anchor = place.anchor
        if anchor is None:
            out.append(place)
            continue
        surface = place.place.name.rsplit(", ", 1)[0]
        query = f"{surface}, {anchor.name}" + (
            f", {reading.home_name}" if anchor.country == reading.home else ""
        )
        if query not in asked:
            try:
                asked[query] = geocoder.lookup(query, country=anchor.country or None)
            except Exception as exc:  # an optional online backend must not break extraction
                log.warning("geocoder failed for %r: %s", query, exc)
                asked[query] = None
        found = asked[query]
        if found is None or km_between(found, anchor) > NEAR_KM:
            out.append(place)
            continue
        located = replace(
            place.place,
            place_id=found.place_id,
            lat=found.lat,
            lon=found.lon,
            state=found.state or anchor.state,
            state_code=found.state_code or anchor.state_code,
        )
        out.append(replace(place, entry=replace(place.entry, place=located), coord_precision="exact"))
    return tuple(out)
