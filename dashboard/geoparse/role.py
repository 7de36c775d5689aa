"""Stage 7, role: did something happen at the place, and what?

A place is a protest site when the clause it stands in reports a protest, its repression or
arrests there: a relative clause on the place ("Coro, ..., where police dispersed a march"), or
the nearest event word of its clause (", while ..." and "; " start new clauses). Meetings,
statements, origins ("a citizen of Táchira"), destinations, datelines, plans ("called for a
march") and Venezuela as a whole are `other`. The container of an event place is a protest
site too ("a rally in Valencia, Carabobo state"), and a next sentence that names no place but
reports the repression of "the protest" upgrades a peaceful protest's event type.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from dashboard import prefilter
from dashboard.geoparse.document import CLOCK_ENTRY, COUNT_IN_BRACKETS, Document, sentence_opening
from dashboard.geoparse.reading import PROTEST_TYPES, Reading, Words, reading_for
from dashboard.geoparse.resolution import Resolved, km_between
from dashboard.geoparse.role_cues import CALL_REACH, OFFICE_REACH, role_cues
from dashboard.geoparse.spotting import Spot

Triggers = dict[str, list[tuple[int, int]]]


@dataclass(frozen=True)
class Role:
    """The role of one place, its event type, and where in the text its event's date is read:
    at the place itself, at the event place it contains, or at the sentence that refers back to
    it ("the state", "la entidad") or that its subheading introduces."""

    role: str
    event_type: str | None
    date_at: int | None = None
    caption_only: bool = False
    """A caption's place with no event word of its own: only a date its caption states is its
    event's (the story around it may span days)."""
    evidence: str = "clause"
    """How the role came (one of ROLE_EVIDENCE): what the confidence stage weighs, since some
    ways are wrong more often than others."""


ROLE_EVIDENCE: tuple[str, ...] = (
    "where",  # a relative clause on the place: "Coro, where police dispersed a march"
    "clause",  # an event word of its own clause, near it
    "distant",  # an event word of its own clause, far from it (more than NEAR_TRIGGER characters)
    "borrowed",  # an event word of an earlier clause of its sentence ("...; in Valencia too")
    "moved",  # a destination word between the event word and the place ("detained and taken to X")
    "background",  # "tras", "after" between the event word and the place: another event's place
    "anaphor",  # "the state", "la entidad" in a later sentence
    "subheading",  # a heading line over a paragraph that reports protests
    "section",  # "Táchira. On March 10, ..."
    "caption",  # a photo caption under a protest story
    "container",  # the container the text gives for an event place
    "named_container",  # the city inside a landmark's name ("Hospital Central de Valera")
    "list",  # a member of a list whose first member is a protest site
    "reported",  # "In Caracas, the minister said the protests ...": the event word is what was said
    "anchor",  # the town an event place of its paragraph was put in, with no container given
    "counted_heading",  # a sentence without event words under "Zulia (112 protestas)"
    "likewise",  # the event words of a sentence before: "Boconó was no different", "En Maturín también."
    "scene",  # its paragraph's event, at a town that opens a sentence: "En Cabimas, la Guardia llegó"
)

NEAR_TRIGGER = 60
"""Characters between a place and its clause's nearest event word up to which the word is near."""


OTHER = Role("other", None, None)


_TIMED_LINE = re.compile(r"[^\S\n]*\d{1,2}[:.]\d{2}\b")
"""A line that opens with a time of day: a live blog's entry, not a photo caption."""
_NUMBER_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[^\S\n]+$")
_NUMBER_AFTER = re.compile(r"[^\S\n]+\d")


_QUOTATION = re.compile(r'["\u201c]([^"\u201c\u201d\n]{12,})["\u201d]')
"""A quotation within a sentence: what someone was quoted saying, in words of their own."""


PLACELESS_EVENT_WORDS = 8
"""The most words of a sentence that names an event and no place ("Cacerolazo en todo el este.",
"9:20 p.m. Madrugada de allanamientos.") whose event the next sentence's places take over."""


SCENE_OPENING = 40
"""The most characters before the place that opens a sentence told as a scene of its paragraph's
event ("El martes 30 en la mañana, en Acarigua, ...")."""


def _month_in_a_date(text: str, start: int, end: int, reading: Reading) -> bool:
    """Whether the event word at [start, end) is a capitalised month name beside a day or a year
    ("on 7 March", "March 9", "March 2019"): English reads "march" in every March date."""
    word = text[start:end]
    if not word[:1].isupper() or word.lower() not in reading.dates.months:
        return False
    return bool(_NUMBER_BEFORE.search(text, max(0, start - 8), start) or _NUMBER_AFTER.match(text, end))


class TriggerIndex:
    """The event words of each sentence, found once per sentence (one regex pass), and the
    clause breaks of each sentence. Memoised for one document only."""

    def __init__(self, doc: Document, reading: Reading) -> None:
        self.doc = doc
        self.reading = reading
        self._sentences: dict[tuple[int, int], Triggers] = {}
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.place_starts: list[int] = []
        """Where the document's places start, in order (set by assign_roles)."""
        self.place_spans: list[tuple[int, int]] = []
        """The document's places (start, end), in order (set by assign_roles)."""
        self.negated: dict[tuple[int, int], list[tuple[int, int]]] = {}
        """Per sentence, the event words a negation denies ("no hubo protestas", "denied ... any protest")."""
        self.likewise: dict[tuple[int, int], Triggers | None] = {}
        """Per sentence without event words, the event words it takes over (see likewise_triggers)."""
        self._lacks: dict[int, bool] = {}
        self.scenes: dict[tuple[int, int], Triggers | None] = {}
        """Per sentence without event words, the event words of its paragraph it takes over (see
        scene_event_before)."""

    def lacks(self, words: Words) -> bool:
        """Whether the document's text holds none of the strings every match of `words` consumes
        (see prefilter), so that no window of it has a match. Most stories never use most of
        role's cue words ("que vive en", "tribunal", "sin confirmar"): one test of the document
        per pattern then answers every place's window, which is otherwise scanned place by
        place. By id: `words` lives in the reading, which outlives this index."""
        found = self._lacks.get(id(words))
        if found is None:
            lowered = self.doc.lowered
            found = (
                words.lower is not None
                and lowered is not None
                and not prefilter.prefiltered(words.lower).may_match(lowered)
            )
            self._lacks[id(words)] = found
        return found

    def search_in(self, words: Words, start: int, end: int) -> re.Match[str] | None:
        """words.search_in(doc, start, end), without the scan when the document lacks its words."""
        return None if self.lacks(words) else words.search_in(self.doc, start, end)

    def likewise_triggers(self, sent_start: int, sent_end: int) -> Triggers | None:
        """The event words of the nearest of the two sentences before, for a sentence with none of
        its own that tells its place had the same ("Valera woke up to burning tires. Boconó was no
        different."; "it had spread to Maracay"): its places are read as that event's. None when
        the sentence has no such words or neither sentence before reports a protest."""
        key = (sent_start, sent_end)
        if key in self.likewise:
            return self.likewise[key]
        found: Triggers | None = None
        if role_cues(self.reading.languages).likewise.search_in(self.doc, sent_start, sent_end):
            start = sent_start
            for _ in range(2):
                if start <= 0:
                    break
                start, end = self.doc.sentence_span(start - 1)
                triggers = self.sentence(start, end)
                if _protest_words(triggers):
                    found = triggers
                    break
        self.likewise[key] = found
        return found

    def placeless_event_before(self, sent_start: int) -> Triggers | None:
        """The event words of the sentence right before, in the same paragraph, when that sentence
        names no place of its own: "Cacerolazo en todo el este. En El Cafetal y Santa Fe se
        escuchan ollas desde los balcones." (the event is told first, its places next). None when
        there is no such sentence or it reports no protest."""
        if sent_start <= 0:
            return None
        line_start, _ = self.doc.line_span(sent_start)
        start, end = self.doc.sentence_span(sent_start - 1)
        if start < line_start:
            return None
        first = bisect.bisect_left(self.place_starts, start)
        if first < len(self.place_starts) and self.place_starts[first] < end:
            return None
        if len(self.doc.text[start:end].split()) > PLACELESS_EVENT_WORDS:
            return None  # a whole sentence of its own, not a short line that names the event
        triggers = self.sentence(start, end)
        if not _protest_words(triggers):
            return None
        clock = CLOCK_ENTRY.match(self.doc.text, start) if start == line_start else None
        opening = clock.end() if clock else start
        if not any(s <= opening + 1 for k in PROTEST_TYPES for s, _ in triggers[k]):
            return None  # the event word must open the sentence: "Cacerolazo en todo el este."
        return triggers

    def scene_event_before(self, sent_start: int, sent_end: int) -> Triggers | None:
        """The event words of the nearest sentence before that reports a protest, in the same
        paragraph or the one before it, for a sentence with no event word of its own that opens
        with a place ("En Cabimas, la Guardia llegó a las diez y se llevó a cinco jóvenes."; "El
        martes, en Acarigua, los comercios no abrieron"; "In Coro, the square was full by noon"):
        a story that named the event once goes on to tell, place by place, what happened at each.
        None when no place opens the sentence, when it says something was said or met about, or
        when neither paragraph reports a protest (a heading between them is a paragraph)."""
        key = (sent_start, sent_end)
        if key in self.scenes:
            return self.scenes[key]
        found: Triggers | None = None
        if self._opened_by_a_place(sent_start, sent_end):
            text = self.doc.text
            line_start, _ = self.doc.line_span(sent_start)
            start, paragraphs = sent_start, 0
            while start > 0:
                if start <= line_start:
                    paragraphs += 1
                    end = line_start - 1
                    while end > 0 and text[end - 1] == "\n":
                        end -= 1  # the blank lines between two paragraphs
                    if paragraphs > 1 or end <= 0:
                        break
                    line_start, _ = self.doc.line_span(end - 1)
                    start = end
                start, end = self.doc.sentence_span(start - 1)
                triggers = self.sentence(start, end)
                if _protest_words(triggers):
                    found = triggers
                    break
        self.scenes[key] = found
        return found

    def _opened_by_a_place(self, sent_start: int, sent_end: int) -> bool:
        """Whether one of the document's places opens the sentence after a locating word ("En X,",
        "In X,", also after a time: "El martes 30, en X,"), in a sentence that neither reports a
        statement nor names a meeting ("In Caracas, the minister said ...")."""
        first = bisect.bisect_left(self.place_starts, sent_start)
        if first >= len(self.place_starts) or self.place_starts[first] >= sent_end:
            return False
        text = self.doc.text
        opening = text[sentence_opening(text, sent_start) : self.place_starts[first]]
        if len(opening) > SCENE_OPENING:
            return False
        tail = opening.rsplit(", ", 1)[-1]
        if self.reading.locating_opener.fullmatch(tail[:1].upper() + tail[1:]) is None:
            return False
        if self.reading.speaker_opener.fullmatch(tail[:1].upper() + tail[1:]) is not None:
            return False  # "Desde Caracas, el ministro acusó": where a statement came from
        if self.sentence(sent_start, sent_end)["meeting"]:
            return False
        cues = role_cues(self.reading.languages)
        if cues.authority_after_comma.match(text, self.place_spans[first][1], sent_end) is not None:
            return False  # "In Mérida, the authorities kept the border closed": what officials did there
        return not any(
            words.search_in(self.doc, sent_start, sent_end) is not None
            for words in (
                # "En Ciudad Bolívar no se reportaron incidentes", "En Rubio, en cambio, la jornada
                # transcurrió con normalidad", "Mientras tanto, en Caracas, ... permanece en Ramo
                # Verde": a sentence that denies, calms, contrasts, plans or holds detainees
                self.reading.reporting_verb,
                self.reading.negation_word,
                self.reading.planned,
                cues.calm,
                cues.contrast,
                cues.kept_at,
                cues.taken_to,
            )
        )

    def sentence(self, start: int, end: int) -> Triggers:
        cached = self._sentences.get((start, end))
        if cached is not None:
            return cached
        text = self.doc.text[start:end]
        found: Triggers = {kind: [] for kind in (*PROTEST_TYPES, "meeting")}
        lowered = text.lower() if self.doc.lowered is None else self.doc.lowered[start:end]
        fast = self.reading.all_triggers_lower
        if fast is not None and len(lowered) == len(text):
            matches = fast.finditer(lowered)  # same offsets: lower() kept every character
        else:
            matches = self.reading.all_triggers.finditer(text)
        negation: Words | None = None
        exact = None if self.doc.lowered is None else lowered  # the sentence, lower-cased exactly
        negation_read = False  # whether the sentence has a negation word: asked at its first protest word
        for match in matches:
            kind = match.lastgroup
            if kind is None:
                continue
            if kind != "meeting" and not negation_read:
                negation_read = True
                if self.reading.negation_word.search(text, lowered=exact):
                    negation = self.reading.negation_before
            if (
                negation is not None
                and kind != "meeting"
                and negation.search(text, max(0, match.start() - 30), match.start(), lowered=exact)
            ):
                self.negated.setdefault((start, end), []).append((match.start() + start, match.end() + start))
                continue  # "no hubo protestas", "no protests were reported"
            if (
                kind != "meeting"
                and text[match.start()].isupper()  # (what _month_in_a_date asks first, asked inline)
                and _month_in_a_date(text, match.start(), match.end(), self.reading)
            ):
                continue  # "on 7 March 2019": the month, not a march
            found[kind].append((match.start() + start, match.end() + start))
        if self.reading.quoted_languages and ('"' in text or "\u201c" in text):
            self._quoted_triggers(text, start, found)
        self._sentences[(start, end)] = found
        return found

    def _quoted_triggers(self, text: str, start: int, found: Triggers) -> None:
        """The event words of the quotations of a sentence in the country's local languages, when
        the text is in another one: "'Guardia lanzando bombas en la avenida Andrés Bello', one
        woman tweeted" reports tear gas there, as the Spanish pack reads it."""
        local = reading_for(self.reading.quoted_languages, self.reading.country)
        for quote in _QUOTATION.finditer(text):
            said = quote.group(1)
            for match in local.all_triggers.finditer(said):
                kind = match.lastgroup
                if kind is None or kind == "meeting":
                    continue
                if local.negation_before.search(said, max(0, match.start() - 30), match.start()):
                    continue
                at = start + quote.start(1)
                found[kind].append((match.start() + at, match.end() + at))

    def clause(self, pos: int, sent_start: int, sent_end: int) -> tuple[int, int]:
        """The clause of the sentence around `pos` (split at "; ", ", while", ", mientras")."""
        start, end = sent_start, sent_end
        splits = self._clauses.get((sent_start, sent_end))
        if splits is None:
            splits = [
                (m.start(), m.end())
                for m in self.reading.clause_split.finditer_doc(self.doc, sent_start, sent_end)
            ]
            self._clauses[(sent_start, sent_end)] = splits
        for m_start, m_end in splits:
            if m_end <= pos:
                start = m_end
            elif m_start >= pos:
                end = m_start
                break
        return start, end


def _protest_words(triggers: Triggers) -> bool:
    """Whether the words hold a protest's (a meeting's alone do not count). A plain loop: asked
    for every place and pass, where any() over a generator costs several times more."""
    for kind in PROTEST_TYPES:
        if triggers[kind]:
            return True
    return False


def within(triggers: Triggers, start: int, end: int) -> Triggers:
    return {k: [(s, e) for s, e in spans if s >= start and e <= end] for k, spans in triggers.items()}


def event_type(triggers: Triggers) -> str:
    """The event type the words of a clause report, the gravest first."""
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


def _where_clause(doc: Document, place: Resolved, index: TriggerIndex, reading: Reading) -> str | None:
    """Event type of a relative clause on the place ("Coro, ..., where police dispersed a
    march"), or None when there is none or it reports no protest."""
    sent_start, sent_end = doc.sentence_span(place.spot.start)
    window_end = min(sent_end, place.spot.end + 120)
    lowered = doc.lowered
    window = (
        doc.text[place.spot.end : window_end].lower()
        if lowered is None
        else lowered[place.spot.end : window_end]
    )
    for word in reading.where_cheap:
        if word in window:
            break
    else:
        return None  # cheap test first: most places have no relative clause
    if reading.where_word.search_doc(doc, place.spot.end, window_end) is None:
        return None  # the clause's own word, read as where_clause reads it, is not there
    match = reading.where_clause.match_doc(doc, place.spot.end, window_end)
    if match is None:
        return None
    clause_end = sent_end
    stop = reading.clause_split.search_doc(doc, match.end(), sent_end)
    if stop is not None:
        clause_end = stop.start()
    clause = within(index.sentence(sent_start, sent_end), match.end(), clause_end)
    if not _protest_words(clause):
        return None
    if _meeting_before_comma(doc, clause, match.end(), clause_end):
        return None
    if clause["meeting"] and not any(clause[k] for k in PROTEST_TYPES if k != "peaceful_protest"):
        return None
    if reading.planned.search_in(doc, match.end(), clause_end):
        return None
    return event_type(clause)


def _meeting_before_comma(doc: Document, clause: Triggers, start: int, end: int) -> bool:
    """ "habló desde Caracas, donde asistía a una reunión con el ministro, y negó que hubiera
    heridos en la entidad": the relative clause up to its first comma reports a meeting and no
    protest; the event words after the comma are the speaker's, not the place's."""
    comma = doc.text.find(",", start, end)
    if comma == -1:
        return False
    head = within(clause, start, comma)
    return bool(head["meeting"]) and not _protest_words(head)


def _speaker_location(
    doc: Document, place: Resolved, sent_start: int, trigger_start: int, reading: Reading
) -> bool:
    """True when a foreign place is where someone spoke, and the protest words are what was said.

    "The UN office in Geneva said it was alarmed by reports of arrests": a reporting verb
    stands between the place and the protest words, and the place sits inside the
    speaker's noun phrase, not in a sentence-opening "In Maturín, ..." that locates
    everything after it.
    """
    if place.place.country == reading.home:
        return False  # "Residents of Petare said police fired...": local witnesses of a local event
    if not reading.reporting_verb.search_in(doc, place.spot.end, trigger_start) and not (
        role_cues(reading.languages).relative_noun.search_in(doc, place.spot.end, trigger_start)
    ):
        # "A woman in Houston told us her brother was detained in Valencia": the event is a
        # relative's, told from where the speaker lives
        return False
    opening = doc.text[sent_start : place.spot.start]
    if role_cues(reading.languages).authority_after_comma.match(doc.text, place.spot.end, trigger_start):
        return True  # "In Washington, the State Department said it was concerned by the arrests"
    return not reading.locating_opener.fullmatch(opening)


_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*[|—–-]\s+")
"""A live blog entry's time stamp at the start of its line ("15:15 | ", "4:20 p.m. — "), which
comes before the entry's own opening words."""


def _speaker(
    doc: Document, place: Resolved, sent_start: int, reading: Reading, triggers: Triggers | None = None
) -> bool:
    """Where a statement comes from, not where something happened: the place opens its clause
    and a statement verb follows it ("Washington condemned the crackdown"), or it opens the
    sentence after "Desde"/"From" and a statement verb ends its clause ("Desde Caracas, el
    ministro de Interior acusó a grupos violentos de los disturbios"), also after a live blog's
    time of day ("5:00 p. m. | Desde Caracas, el fiscal atribuye a la oposición la violencia")."""
    text = doc.text
    spot = place.spot
    if text[sent_start : sent_start + 1].isdigit():
        clock = CLOCK_ENTRY.match(text, sent_start, spot.start)
        if clock is not None:
            sent_start = clock.end()  # the entry's time is no part of what opens its sentence
    opening = text[sent_start : spot.start]
    if not opening.strip() or (opening.rstrip().endswith((",", ";")) and len(opening) > 2):
        if reading.statement_after.match(text, spot.end, min(len(text), spot.end + 30)):
            return True
    stamp = _TIME_STAMP.match(opening)
    if stamp is not None:  # "15:15 | Desde Ciudad Guayana, la corresponsal informa de una marcha"
        opening = opening[stamp.end() :]
    if reading.speaker_opener.fullmatch(opening) is None:
        return False
    _, sent_end = doc.sentence_span(spot.start)
    if not text[spot.end : spot.end + 2].startswith(","):
        return False
    if reading.reporting_verb.search_doc(doc, spot.end, min(sent_end, spot.end + 80)) is not None:
        return True
    # "Desde Caracas, el ministro de Interior, Diosdado Cabello, repitió la misma acusación en su
    # programa y dijo que en toda Venezuela había mil detenidos": a speaker's long subject puts the
    # statement verb farther; it still comes before any event word, which are what was said
    said = reading.reporting_verb.search_doc(doc, spot.end, sent_end)
    if said is None or triggers is None:
        return False
    return not any(spot.end <= s < said.start() for k in PROTEST_TYPES for s, _ in triggers[k])


COORDINATED_GAP = 80
"""Longest stretch between two event words joined by "y" ("una concentración en la plaza Bolívar
y una caravana hasta San Antonio") that still makes them one list of what a verb governs."""


def _first_coordinated(
    doc: Document,
    triggers: Mapping[str, list[tuple[int, int]]],
    span: tuple[int, int],
    sent_start: int,
    reading: Reading,
) -> int:
    """Where the run of event words coordinated with the one at `span` begins: "convocaron para
    el sábado una concentración en la plaza Bolívar y una caravana hasta San Antonio" makes the
    caravan planned as the rally is, though the plan's words are far from it. Event words joined
    by "y"/"and" with no verb of a past event and no clause break between them. Each step reads
    at most COORDINATED_GAP characters and the sentence's event words once."""
    first = span[0]
    while True:
        low = max(sent_start, first - COORDINATED_GAP)
        if _COORDINATION.search(doc.text, low, first) is None:
            return first  # the common case: no "y una" right before, read cheaply
        previous: tuple[int, int] | None = None
        for kind in PROTEST_TYPES:
            for s, e in triggers[kind]:
                if low <= e <= first and s >= sent_start and (previous is None or e > previous[1]):
                    previous = (s, e)
        if previous is None:
            return first
        gap_start, gap_end = previous[1], first
        if (
            _COORDINATION.search(doc.text, gap_start, gap_end) is None
            or reading.clause_break.search_in(doc, gap_start, gap_end)
            or reading.past.search_in(doc, gap_start, gap_end)
        ):
            return first
        first = previous[0]


_COORDINATION = re.compile(
    r"(?:\s(?:y|e|and)|,\s+(?:including|incluid[ao]s?|entre (?:ellas|ellos)))\s+(?:(?:for|para)\s+)?"
    r"(?:una?|otra?|an?|another)\s"
)
"""A conjunction that opens another noun phrase ("y una caravana", "and a march"), also
when it repeats the plan's preposition ("called for a march ... and for a sit-in on Monday"),
or an example of the one before ("called for new gatherings on Saturday in every state capital,
including a march in Caracas").
"""


_BARE_FROM = re.compile(r"\W*from\W", re.IGNORECASE)
"""The bare preposition of an origin ("from the"), with no verb of coming before it."""


_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:y|e|o|and|or)\s+|\s*,\s*(?:y|e|o|and|or)\s+")
"""What stands between two members of a list of places: a comma or a conjunction."""


def _list_head(doc: Document, start: int, sent_start: int, index: TriggerIndex) -> int:
    """Where the list of places that the place at `start` closes begins (its first member's
    start), within the sentence; `start` itself when the place follows no other."""
    spans = index.place_spans
    at = bisect.bisect_left(spans, (start, -1)) - 1
    head = start
    while at >= 0 and spans[at][0] >= sent_start and _LIST_GAP.fullmatch(doc.text, spans[at][1], head):
        head = spans[at][0]
        at -= 1
    return head


_ROUTE_ARTICLES = frozenset(("la", "el", "los", "las", "the"))
_ROUTE_PREPOSITIONS = frozenset(("por", "along"))
_PAST_ENDINGS = ("ó", "aron", "eron", "ed")


def _route_goes_on(
    doc: Document, place: Resolved, sent_start: int, index: TriggerIndex, reading: Reading
) -> Triggers | None:
    """The event words of the sentence before, in the same paragraph, for a road that a sentence
    with none of its own names as the way gone along or blocked ("Se concentraron en la plaza
    Bolívar. Desde allí la columna recorrió la avenida Pedro León Torres y la carrera 19"): the
    road word right before it or its list (`road_cues`, as roads_gone_along reads them) makes it
    the march's route, told on from the sentence before. None for any other place, or when the
    sentence before reports no protest."""
    if place.place.level != "landmark" or sent_start <= 0:
        return None
    head = _list_head(doc, place.spot.start, sent_start, index)
    k = bisect.bisect_left(doc.tok_start, head) - 1
    if k >= 0 and doc.folded[k] in _ROUTE_ARTICLES:
        k -= 1
    if k < 0 or doc.tok_start[k] < sent_start or doc.folded[k] not in reading.road_cues:
        return None
    if doc.folded[k] in _ROUTE_PREPOSITIONS and not (
        k > 0 and doc.tok_start[k - 1] >= sent_start and doc.tokens[k - 1].endswith(_PAST_ENDINGS)
    ):
        return None  # "Shops along Avenida 5 de Julio opened late": no verb says the road was gone along
    start, end = doc.sentence_span(sent_start - 1)
    triggers = index.sentence(start, end)
    return triggers if _protest_words(triggers) else None


def role_of(
    doc: Document, place: Resolved, index: TriggerIndex, reading: Reading, scenes: bool = False
) -> tuple[str, str | None, str]:
    """The role, event type and evidence (see ROLE_EVIDENCE) of one place from its own sentence;
    with `scenes`, also from its paragraph's event when its sentence tells a scene of it."""
    entry = place.entry
    spot = place.spot
    sent_start, sent_end = doc.sentence_span(spot.start)
    triggers = index.sentence(sent_start, sent_end)
    likewise = scene = False
    if not _protest_words(triggers):
        if (sent_start, sent_end) in index.negated:
            # "Tampoco hubo protestas en El Tocuyo", "No protests were reported in Coro either":
            # the sentence's own event words are denied, so it takes over no event from before
            return "other", None, ""
        taken_over = index.likewise_triggers(sent_start, sent_end)
        if taken_over is None:
            taken_over = index.placeless_event_before(sent_start)
        if taken_over is None and scenes and entry.place.country == reading.home:
            taken_over = index.scene_event_before(sent_start, sent_end)
            scene = taken_over is not None
        if taken_over is None:
            taken_over = _route_goes_on(doc, place, sent_start, index, reading)
        if taken_over is None:
            return "other", None, ""
        triggers, likewise = taken_over, True
    if entry.place.country != reading.home or entry.kind != "COUNTRY":
        where_type = _where_clause(doc, place, index, reading)
        if where_type is not None and _detention_place(doc, place, sent_start, sent_end, reading):
            if not any(
                sent_start <= s and e <= spot.start for kind in PROTEST_TYPES for s, e in triggers[kind]
            ):
                return "other", None, ""  # "..., where dozens of protesters are being held"
            # "mothers held a vigil outside the Ramo Verde prison, where their sons are being held":
            # the relative clause says who is kept there, and the clause before it what happened
            # there, read as for any place
            where_type = None
        if where_type is not None:
            if where_type == "excessive_force" and reading.destination_before.search_in(
                doc, max(sent_start, spot.start - 30), spot.start
            ):
                # "was taken to the Pérez Carreño hospital, where he died hours later": where the
                # wounded were taken, not where force was used on them
                return "other", None, ""
            if entry.place.level == "state" and role_cues(reading.languages).office_before.search_in(
                doc, max(sent_start, spot.start - OFFICE_REACH), spot.start
            ):
                # "the offices of the governor of Bolívar, where protesters read their demands":
                # the relative clause is on the office, and the state only names its holder
                return "other", None, ""
            return "protest_site", where_type, "where"
    # a clause with its own protest words decides alone (", while opposition supporters
    # gathered in Las Mercedes" is not part of the pro-government rally before it)
    clause_start, clause_end = index.clause(spot.start, sent_start, sent_end)
    borrowed = likewise
    if (clause_start, clause_end) != (sent_start, sent_end) and not likewise:
        clause_triggers = within(triggers, clause_start, clause_end)
        if _protest_words(clause_triggers):
            triggers = clause_triggers
        else:
            # a clause without event words borrows from the clauses before it ("Police fired
            # tear gas in Caracas; in Valencia too"), never from a later, contrasting one ("no
            # hubo protestas en Mérida, mientras que en Trujillo la policía dispersó...")
            triggers = within(triggers, sent_start, clause_end)
            borrowed = True
            if not _protest_words(triggers):
                return "other", None, ""
    if _denied_right_before(doc, spot, index.negated.get((sent_start, sent_end), ()), triggers):
        return "other", None, ""  # "negó que hubiera habido protestas en Lechería, aunque ... detenidos en"
    text = doc.text
    before_from = max(sent_start, spot.start - 30)
    before = text[before_from : spot.start]
    if entry.place.level == "country" or entry.kind == "COUNTRY":
        if entry.place.country == reading.home:
            return "other", None, ""
        if not reading.located_in_before.search(before):
            return "other", None, ""
    line_start, _ = doc.line_span(spot.start)
    if (
        not text[line_start : spot.start].strip()
        and reading.dateline_after.match(text[spot.end : spot.end + 60])
        and role_cues(reading.languages).dateline_anaphor.search_in(doc, spot.end, sent_end) is None
        and (
            entry.kind != "PPLC"
            or role_cues(reading.languages).capital_anaphor.search_in(doc, spot.end, sent_end) is None
        )
    ):
        # "CARACAS, Venezuela (AP) —": where the story was filed; but "MÉRIDA — ... students
        # blocked streets in this Andean city yesterday" reports the lead's event there, and
        # "CARACAS — ... districts of the Venezuelan capital" too (after "MARACAIBO —", Caracas's)
        return "other", None, ""
    window_start = max(sent_start, spot.start - 70)
    reported = reading.reported_from.search_in(doc, window_start, spot.start)
    if reported and not any(
        s >= window_start + reported.start() and e <= spot.start
        for k in PROTEST_TYPES
        for s, e in triggers[k]
    ):
        return "other", None, ""  # "Saab said in Caracas"; not "said police detained him in Caracas"
    # a later member of a list is read from where the list starts: "los familiares de detenidos de
    # Guárico y Apure" (Apure is the relatives' as Guárico is)
    head = _list_head(doc, spot.start, sent_start, index)
    relative_start = max(sent_start, head - 60)
    relative = reading.relative_before.search_in(doc, relative_start, head)
    if relative and not _relatives_own_arrest(
        doc, relative_start + relative.start(), head, triggers, entry.place.level
    ):
        # "his brother in Madrid", "su madre, residenciada en Bogotá"; not "a mother and her son
        # were detained in Los Guayos": the relatives' own arrest
        return "other", None, ""
    if index.search_in(role_cues(reading.languages).relative_lives_in, max(sent_start, head - 90), head):
        return "other", None, ""  # "la madre de uno de los detenidos, que vive en Madrid"
    if index.search_in(
        role_cues(reading.languages).lives_in_before, max(sent_start, spot.start - 50), spot.start
    ):
        return "other", None, ""  # "una maestra que vive en el sector El Marqués": her home
    authority = reading.authority_possessive.match_in(doc, spot.end, spot.end + 30)
    if authority is not None and not (
        entry.place.level == "state" and authority.group().rstrip().lower().endswith("capital")
    ):
        return "other", None, ""  # "Caracas' mayor said": the place only qualifies a person
    # "in the Zulia capital", "the Táchira state capital": the state contains its capital's event
    if _office_holders_jurisdiction(doc, place, sent_start, sent_end, reading, index):
        return "other", None, ""  # "la alcaldesa de Girardot dijo", "the governor of Lara said"
    if _speaker(doc, place, sent_start, reading, triggers):
        return "other", None, ""  # "Washington condemned the crackdown", "Desde Caracas, el ministro acusó"
    origin = reading.origin_before.search_in(doc, before_from, spot.start)
    if origin is None and head < spot.start:
        # a later member of a list of origins is read from where the list starts, as relatives
        # are: "fueron traídos en autobuses desde Carora y El Tocuyo" (El Tocuyo is an origin as
        # Carora is); not after a bare "from", which also starts routes and ranges
        origin = reading.origin_before.search_in(doc, max(sent_start, head - 30), head)
        if origin is not None and _BARE_FROM.match(origin.group()):
            origin = None
    # whether a march word opens the sentence before the place: asked only after an origin or a
    # heading word (most places have neither), read once then
    marching: bool | None = None
    if origin:
        marching = bool(reading.marching.search_in(doc, sent_start, spot.start))
    if origin and (
        not marching or reading.origin_journey.search_in(doc, max(sent_start, spot.start - 50), spot.start)
    ):
        if not reading.range_after.match(text, spot.end, spot.end + 40):
            return (
                "other",
                None,
                "",
            )  # "a student from Mérida"; but "from Maturín to San Cristóbal" is a range
    if _court_seat(doc, head, sent_start, sent_end, index, triggers, reading):
        return "other", None, ""  # "Un tribunal de Caracas imputó a 30 detenidos en Valencia"
    if _compared_aside(doc, head, spot.end, sent_start, sent_end, reading, index):
        return "other", None, ""  # "Allí, como en Mérida, los comercios cerraron": a likeness, not a site
    towards = index.search_in(reading.towards_before, before_from, spot.start)  # read once, asked thrice
    if towards and marching is None:
        marching = bool(reading.marching.search_in(doc, sent_start, spot.start))
    if _destination_not_reached(doc, spot, before_from, sent_start, reading, towards, index):
        return "other", None, ""  # "toward Miraflores but was turned back"; "heading home towards X"
    destination = reading.destination_before.search_in(doc, before_from, spot.start)
    event_moved = destination is not None and _event_moves(
        doc, triggers, before_from + destination.start(), reading
    )
    if destination and not (reading.march_towards.search_in(doc, sent_start, spot.start)):
        if not (towards and marching) and not event_moved:
            return "other", None, ""  # "cuando viajaba hacia Barquisimeto": a journey's end
    # nearest trigger decides; a trigger after the place counts only within its clause
    # when there is one before it ("... in Caracas that the detainees ...")
    left: tuple[float, str, tuple[int, int]] | None = None
    right: tuple[float, str, tuple[int, int]] | None = None
    aside = _closed_where_aside(doc, spot.end, sent_end, reading)
    for kind, spans in triggers.items():
        if kind == "meeting" and aside is not None:
            # "En el estado Barinas, donde nació el expresidente, manifestantes incendiaron ...":
            # a meeting's or a birth's word inside a relative clause on the place, closed by a
            # comma, describes the place; the event is the main clause's, after it
            spans = [(s, e) for s, e in spans if not aside[0] <= s < aside[1]]
        for s, e in spans:
            if e <= spot.start:
                if (left is None or spot.start - e < left[0]) and not _in_closed_relative(
                    doc, s, e, spot.start, sent_start, reading
                ):
                    left = (float(spot.start - e), kind, (s, e))
            elif s < spot.start < e and place.place.level in ("landmark", "neighbourhood"):
                # "caminaron por la avenida 4 hasta": a trigger with a gap that holds a street
                # is the street's own, read as ending where the street starts
                left = (0.0, kind, (s, spot.start))
            elif s >= spot.end and (right is None or s - spot.end < right[0]):
                right = (float(s - spot.end), kind, (s, e))
    if right is not None and left is not None and reading.clause_break.search_in(doc, spot.end, right[2][0]):
        right = None
    if (
        right is not None
        and left is not None
        and right[1] == "meeting"
        and reading.reporting_verb.search_in(doc, spot.end, right[2][0])
    ):
        # "murió en San Antonio de Los Altos durante disturbios en la carretera Panamericana,
        # informó el ministro en una alocución": the speaker's venue word, past the reporting verb,
        # is the statement's, not the reported event's
        right = None
    if right is not None and index.search_in(role_cues(reading.languages).contrast, spot.end, right[2][0]):
        # "troops stationed at Plaza Venezuela while protesters marched down Urdaneta Avenue": an
        # event word past a contrast is the other clause's, even with none before the place
        right = None
    if (
        right is not None
        and left is not None
        and right[1] == "meeting"
        and reading.aim_clause is not None
        and reading.aim_clause.search_in(doc, spot.end, right[2][0])
    ):
        right = None  # "gathered ... in Los Palos Grandes, asking the UN to verify the vote count"
    if (
        right is not None
        and left is not None
        and left[1] == "meeting"
        and right[1] != "meeting"
        and reading.topic_clause is not None
        and reading.topic_clause.search_in(doc, spot.end, right[2][0])
    ):
        # "ofreció una rueda de prensa en la gobernación en Valencia para referirse a las protestas
        # del lunes en Guacara": the press conference's venue; the protests are what it was about
        right = None
    if (
        left is not None
        and right is not None
        and left[1] == "meeting"
        and "," in text[left[2][1] : spot.start]
    ):
        # "la ONG Foro Penal, con sede en Caracas, en Barquisimeto y en Valencia también hubo
        # detenciones": a venue's or a seat's word is closed by a comma with its own place; the place
        # after it is the next clause's, whose event word follows
        left = None
    candidates = [c for c in (left, right and (right[0] * 1.2, right[1], right[2])) if c]
    best_kind, best_span = "", (0, 0)
    if candidates:
        _, best_kind, best_span = min(candidates, key=lambda c: c[0])
    if best_kind == "meeting":
        turned = _meeting_that_turned_into_protest(doc, best_span, triggers, sent_end, reading)
        if turned is None and best_span[1] <= spot.start:
            turned = _protest_outside_venue(doc, best_span, triggers)
        if turned is not None:  # "llamó a una asamblea que terminó en una marcha"
            best_kind, best_span = turned
    if best_kind == "meeting" or not best_kind:
        return "other", None, ""
    if best_span[0] >= spot.end and _speaker_location(doc, place, sent_start, best_span[0], reading):
        return "other", None, ""
    planned_from = max(sent_start, best_span[0] - 45)
    planned = reading.planned.search_in(doc, planned_from, best_span[0])
    if not planned:
        first = _first_coordinated(doc, triggers, best_span, sent_start, reading)
        coordinated_from = max(sent_start, first - 45)
        if coordinated_from != planned_from:  # the same window again has the same answer: not read twice
            planned_from = coordinated_from
            planned = reading.planned.search_in(doc, planned_from, best_span[0])
    # "se convocó un cacerolazo para las ocho de la noche, que se escuchó en El Obelisco": the
    # called event's relative clause in the past, between it and the place, says it took place
    told = best_span[1] <= spot.start and _told_as_held(doc, best_span[1], spot.start, reading)
    if (
        planned
        and not told
        and not reading.called_by.search(text[best_span[0] : best_span[1] + 12])
        and not _call_took_place(doc, planned_from, best_span[1], sent_end, reading)
    ):
        return "other", None, ""
    if best_kind == "peaceful_protest" and not told and _planned_after(doc, best_span[1], sent_end, reading):
        return "other", None, ""  # "la concentración será en la avenida...", "the march will start in"
    if (
        best_span[1] <= spot.start
        and not told
        and index.search_in(reading.planned_predicate, best_span[1], spot.start)
    ):
        return "other", None, ""  # "Rallies in support of X are planned for Saturday in Y"
    if best_span[1] <= spot.start:
        # "nuevas concentraciones en Barquisimeto y San Cristóbal, convocadas por la oposición para
        # el miércoles 30": the event's plan said after its places, in their clause, is theirs too
        # when set off by a comma, with no other event word between ("in Madrid, hundreds are outside
        # the embassy, and in Buenos Aires a rally is planned"; "Rallies were held in Maturín, and
        # more are planned for Friday": other events' plans)
        # the plan must come after a comma: a sentence without one after the place is not read
        after = (
            index.search_in(reading.planned_predicate, spot.end, sent_end)
            if text.find(",", spot.end, sent_end) != -1
            else None
        )
        if (
            after is not None
            and doc.text[spot.end : spot.end + after.start()].rstrip().endswith(",")
            and not reading.clause_break.search_in(doc, spot.end, spot.end + after.start())
            and not any(
                spot.end <= s < spot.end + after.start() for spans in triggers.values() for s, _ in spans
            )
        ):
            return "other", None, ""
    if best_span[1] <= spot.start and _another_report_after(doc, best_span[1], spot.start, index):
        return "other", None, ""
    if best_span[1] <= spot.start and _another_statement_after(doc, best_span[1], spot.start, reading):
        return "other", None, ""
    distance = min(abs(best_span[0] - spot.end), abs(spot.start - best_span[1]))
    low, high = (best_span[1], spot.start) if best_span[1] <= spot.start else (spot.end, best_span[0])
    if not event_moved and (reading.movement.search_doc(doc, low, high) or (towards and not marching)):
        how = "moved"  # "taken to the police headquarters in Lechería"; "el tránsito hacia Maracaibo"
    elif best_span[1] <= spot.start and _after_another_event(
        doc, best_span[1], spot.start, index, reading, max(sent_start, best_span[0] - EVENT_PLACE_REACH)
    ):
        how = "background"  # "rodearon la gobernación en Barcelona tras la sublevación en Caracas"
    elif best_span[0] >= spot.end and _said_after_opener(doc, place, sent_start, best_span[0], reading):
        if _authority_speaks_after_opener(doc, spot.end, best_span[0], reading):
            return "other", None, ""
        how = "reported"
    else:
        how = "borrowed" if borrowed else "distant" if distance > NEAR_TRIGGER else "clause"
        if likewise:
            how = "likewise"  # weighed apart from an earlier clause's: its place is the subject told alike
            if scene:
                how = "scene"  # a scene of an event told sentences before: weighed as less sure
        if _names_a_force(doc, place, reading):
            return "other", None, ""
    return "protest_site", event_type(triggers), how


_ANOTHER_REPORT = re.compile(r"\s(?:y|e|and)\s+(?:que|that)\s", re.IGNORECASE)
"""What opens a second thing said by the same verb ("recordó que hubo protestas en Venezuela y que
sus investigadores trabajan desde Lima"): a report of its own."""


def _another_report_after(doc: Document, trigger_end: int, place_start: int, index: TriggerIndex) -> bool:
    """ "El observatorio recordó que en 2017 hubo más de 9.000 protestas en Venezuela y que varios
    de sus investigadores trabajan hoy desde Lima y Bogotá": the event word has its own place
    after it, and the place here is in a second report of the same verb; the event is not told
    at it. Read only after a place between them (few places have one)."""
    at = bisect.bisect_left(index.place_starts, trigger_end)
    if at >= len(index.place_starts) or index.place_starts[at] >= place_start:
        return False
    return _ANOTHER_REPORT.search(doc.text, index.place_spans[at][1], place_start) is not None


_AND = re.compile(r"\s(?:y|e|and)\s+", re.IGNORECASE)


def _another_statement_after(doc: Document, trigger_end: int, place_start: int, reading: Reading) -> bool:
    """ "El gobernador atribuyó las protestas a «sectores de la derecha» y anunció un plan de
    distribución de agua desde Mérida y Trujillo": a second statement verb joined by "y"/"and"
    after the event word opens what was said next; its places are not the event's."""
    for joined in _AND.finditer(doc.text, trigger_end, place_start):
        if reading.reporting_verb.match_doc(doc, joined.end(), place_start) is not None:
            return True
    return False


def _closed_where_aside(doc: Document, end: int, sent_end: int, reading: Reading) -> tuple[int, int] | None:
    """The span of a relative clause on the place that ends at `end`, set off by commas and
    closed before the sentence goes on (", donde nació el expresidente,", "Barinas state, where
    the late president was born,"), or None; only a place with a comma right after it is read."""
    text = doc.text
    window_end = min(sent_end, end + 60)
    window = text[end:window_end].lower()
    if "," not in window[:20] or not any(word in window for word in reading.where_cheap):
        return None
    if reading.where_word.search_doc(doc, end, window_end) is None:
        return None  # the clause's own word is not there (see Reading.where_word)
    match = reading.where_clause.match_doc(doc, end, window_end)
    if match is None or "," not in text[end : match.end()]:
        return None
    close = text.find(",", match.end(), sent_end)
    return None if close == -1 else (match.end(), close)


_COMPLEMENT = re.compile(r"\w+\s+(?:of|de)\s+(?:\w+\s+)?$")
"""A relative word and its complement before an arrest word: "relatives of detainees",
"familiares de los detenidos" (the word names other people, not the relatives' arrest)."""


COURT_REACH = 60
"""Characters before a place (or the head of its list) in which a court's words are looked for."""

COURT_PROTEST_REACH = 40
"""Characters before a court's words in which a protest word makes the court where people protested."""


def _court_seat(
    doc: Document,
    head: int,
    sent_start: int,
    sent_end: int,
    index: TriggerIndex,
    triggers: Triggers,
    reading: Reading,
) -> bool:
    """ "Un tribunal de Caracas imputó por terrorismo a 30 manifestantes detenidos en Valencia", "a
    special court in Caracas charged them": the town a court or a prosecutor's office is named by is
    where it sits, not where the people it tries acted, when its sentence names another place for
    them; unless people protested at the court ("se concentraron frente a un tribunal de Caracas":
    its town is the protest's)."""
    starts = index.place_starts  # sorted: the place itself and at least one other in the sentence
    if bisect.bisect_left(starts, sent_end) - bisect.bisect_left(starts, sent_start) < 2:
        return False  # asked first: two bisections cost less than the court's words' scan
    window = max(sent_start, head - COURT_REACH)
    found = index.search_in(role_cues(reading.languages).court_of, window, head)
    if found is None:
        return False
    court = window + found.start()
    return not any(
        court - COURT_PROTEST_REACH <= e <= court
        for kind in ("peaceful_protest", "protest_with_intervention", "pro_government_rally")
        for _, e in triggers.get(kind, ())
    )


COMPARED_REACH = 30
"""Characters before a place (or the head of its list) in which a comparison's words are looked for."""

_ASIDE_CLOSES = re.compile(r"\s*(?:[,)—–]|(?:y|e|o|and|or)\s)")


def _compared_aside(
    doc: Document, head: int, end: int, sent_start: int, sent_end: int, reading: Reading, index: TriggerIndex
) -> bool:
    """ "Allí, como en Mérida, los comercios cerraron", "Protesters in Maracay, as in Valencia, burned
    tyres": a place in an aside that likens the clause's place to it, set off by commas (or a
    bracket or a dash), is what the event is compared with, not a place it reports."""
    if _ASIDE_CLOSES.match(doc.text, end, sent_end) is None:
        return False  # asked first: one anchored test after the place costs less than the scan before it
    window = max(sent_start, head - COMPARED_REACH)
    found = index.search_in(role_cues(reading.languages).compared_aside, window, head)
    return found is not None and (window <= sent_start or found.group()[:1] in ",(—–")


def _relatives_own_arrest(
    doc: Document, relative_at: int, head: int, triggers: dict[str, list[tuple[int, int]]], level: str
) -> bool:
    """Whether an arrest word between a relative ("a mother and her son", "his brother") and the
    place is the relatives' own arrest: "were detained in Los Guayos". Not a word of the
    relative's complement ("relatives of detainees", "familiares de detenidos"), nor at a landmark,
    where relatives gather for news of the held (a prison, a morgue). Other events of relatives
    ("relatives marched in Valencia") stay as they were: read on all probes, a gathering's word
    also made the places where relatives speak or wait into sites."""
    if level == "landmark":
        return False  # "relatives gathered outside the Marite prison": news of the held, not a protest
    return any(
        s >= relative_at and e <= head and not _COMPLEMENT.fullmatch(doc.text, relative_at, s)
        for s, e in triggers["arrests"]
    )


def _in_closed_relative(
    doc: Document, start: int, end: int, place_start: int, sent_start: int, reading: Reading
) -> bool:
    """ "Leopoldo López, who handed himself over during a march on Tuesday, spent a second night
    at the Ramo Verde prison": an event word inside a relative clause on a person, set off by
    commas and closed before the place, tells that person's past, not what happened at the place
    the main clause goes on to name. (Relative clauses on things and places, ", que ...", ",
    where ...", are read as before: they often carry the event.)"""
    text = doc.text
    comma = text.rfind(",", sent_start, start)
    if comma == -1:
        return False
    opener = comma + 1
    while opener < start and text[opener] == " ":
        opener += 1
    if opener >= start or not text[opener].isalpha():
        return False
    if role_cues(reading.languages).person_relative.match_doc(doc, opener, start) is None:
        return False
    return text.find(",", end, place_start) != -1


def _names_a_force(doc: Document, place: Resolved, reading: Reading) -> bool:
    """ "Officers of the Carabobo police fired tear gas at residents outside the mall", "la
    policía de Lara dispersó la marcha": the state names the force that acted, as an adjective
    would (the guidelines do not annotate it); where the force acted is the clause's other
    place, if any. It is no protest site: the force's name says who acted, not where (a state
    that is the place of the event is named as one: "police fired tear gas in Carabobo")."""
    if place.place.level != "state":
        return False
    cues = role_cues(reading.languages)
    spot = place.spot
    return bool(
        cues.force_after.match_doc(doc, spot.end, min(len(doc.text), spot.end + 30))
        or cues.force_before.search_doc(doc, max(0, spot.start - 40), spot.start)
    )


DENIED_REACH = 25
"""Characters from a denied event word to the place it is denied at ("protestas en ", "protest at
all in ")."""


def _denied_right_before(
    doc: Document, spot: Spot, negated: Sequence[tuple[int, int]], triggers: Triggers
) -> bool:
    """ "La gobernación negó que hubiera habido protestas en Lechería, aunque ... cinco jóvenes
    detenidos en Puerto La Cruz": the event word right before the place is denied there; a later
    event word of the sentence is another place's. Not when an event word the sentence asserts
    comes before the place ("Las protestas ... ya no se concentran en Caracas": they were there)."""
    for _, end in negated:
        if 0 <= spot.start - end <= DENIED_REACH and "," not in doc.text[end : spot.start]:
            return not any(e <= spot.start for k in PROTEST_TYPES for _, e in triggers[k])
    return False


_EVENT_MOVES = re.compile(r"(?:\s+(?:had|has|have|then|later|soon))?\s*")
"""What may stand between an event word and the verb of its own move ("the clashes had moved to")."""


def _event_moves(
    doc: Document, triggers: Mapping[str, Sequence[tuple[int, int]]], at: int, reading: Reading
) -> bool:
    """ "By midday the clashes had moved to Los Próceres Avenue": the event, named with its article,
    is the subject of the move, so the place after it is where the event went on, not a journey's
    end (as "spread to" is). People moved ("were taken to", "protesters fled to") and a road to a
    town ("blocked the road to Lagunillas") are no event moving."""
    article = role_cues(reading.languages).article_before
    return any(
        e <= at
        and _EVENT_MOVES.fullmatch(doc.text, e, at) is not None
        and article.search_in(doc, max(0, s - ARTICLE_REACH), s) is not None
        for kind in PROTEST_TYPES
        for s, e in triggers.get(kind, ())
    )


ARTICLE_REACH = 6
"""Characters before an event word in which its article ("the ", "la ") is looked for."""


def _destination_not_reached(
    doc: Document,
    spot: Spot,
    before_from: int,
    sent_start: int,
    reading: Reading,
    towards: re.Match[str] | None,
    index: TriggerIndex,
) -> bool:
    """A place a march only set out for and never reached ("tried to march from Plaza Altamira
    toward the Miraflores presidential palace but was turned back"), or where a crowd went home
    afterwards ("is now heading home towards Los Palos Grandes"): a destination, not a site.
    `before_from`: where the words right before the place start; `towards`: towards_before read
    there (role_of asks it again later, so it reads it once)."""
    if index.search_in(reading.going_home_before, before_from, spot.start):
        return True
    if reading.attempted_towards_before.search_in(doc, before_from, spot.start):
        return True  # "intentó seguir hacia el Palacio de Miraflores": never said to get there
    if _container_of_unreached(doc, spot, sent_start, reading, index):
        return True
    heading = towards or reading.march_towards.search_in(doc, sent_start, spot.start)
    return bool(heading) and reading.not_reached_after.match(doc.text, spot.end) is not None


ATTEMPT_REACH = 90
"""The most characters from an attempt's words to the town of the place it aimed at ("intentó
llegar hasta la sede del Consejo Nacional Electoral en Valencia")."""

_CONTAINER_GAP = re.compile(r"[^,;:.\n]*\s(?:en|de|del|in|of)\s+$", re.IGNORECASE)
"""What stands between an attempt's words and the town that contains its destination: the
destination's own words, with no punctuation, ending in a preposition of place."""


def _container_of_unreached(
    doc: Document, spot: Spot, sent_start: int, reading: Reading, index: TriggerIndex
) -> bool:
    """The town named as the container of a destination a march only tried to reach ("intentó
    llegar hasta la sede del CNE en Valencia, pero fue dispersada en la autopista"): not reached
    either, when no event word stands between the attempt and the town."""
    low = max(sent_start, spot.start - ATTEMPT_REACH)
    text = doc.text
    attempts = list(reading.attempted_towards.finditer(text, low, spot.start))
    attempt = attempts[-1] if attempts else None
    if attempt is None or not _CONTAINER_GAP.fullmatch(text, attempt.end(), spot.start):
        return False
    triggers = index.sentence(*doc.sentence_span(spot.start))
    return not any(attempt.end() <= s < spot.start for k in PROTEST_TYPES for s, _ in triggers[k])


OPENER_REACH = 24
"""The most characters from a sentence's start to a place that opens it ("In ", "Meanwhile, in ")."""


PLANNED_AFTER_REACH = 14
"""Characters right after a march's or rally's word in which a future verb makes it planned."""


def _planned_after(doc: Document, trigger_end: int, sent_end: int, reading: Reading) -> bool:
    """ "la dirigencia anunció que la concentración será en la avenida Marqués del Pumar", "the
    march will start in Chacao": the event word's own verb, right after it, is in the future."""
    end = min(sent_end, trigger_end + PLANNED_AFTER_REACH)
    text = doc.text
    pos = trigger_end
    while pos < end and text[pos] == " ":
        pos += 1
    if text.startswith(("se ", "Se "), pos):
        pos += 3  # "la marcha se realizará"
    # a whole word: "la marcha convocada por la oposición" took place ("convoca" is a prefix)
    match = reading.planned.match_doc(doc, pos, end)
    if match is None or text[match.end() : match.end() + 1].isalpha():
        # "a rally is planned for the afternoon"; "la concentración anunciada para este viernes",
        # "la marcha convocada para el sábado": the predicate starts right after the event word,
        # however long it runs
        match = reading.planned_predicate.match_doc(doc, pos, sent_end)
    return match is not None and not text[match.end() : match.end() + 1].isalpha()


def _said_after_opener(
    doc: Document, place: Resolved, sent_start: int, trigger_start: int, reading: Reading
) -> bool:
    """ "In Caracas, meanwhile, the Assembly's president said the protests were financed from
    abroad", "En Maturín, el alcalde dijo que hubo cacerolazos": a home place that opens its
    sentence ("In X, ...") and a reporting verb before the event word. Often the event was
    there (a mayor speaks of his town); as often the place is only where someone spoke of
    protests elsewhere, so the role is kept but is not sure (the confidence stage caps it)."""
    if place.place.country != reading.home:
        return False  # a foreign speaker's place is settled by _speaker_location
    if place.spot.start - sent_start > OPENER_REACH:
        return False  # an opener is a word or two: a long sentence is not sliced per place
    if reading.locating_opener.fullmatch(doc.text[sent_start : place.spot.start]) is None:
        return False
    return reading.reporting_verb.search_doc(doc, place.spot.end, trigger_start) is not None


def _authority_speaks_after_opener(
    doc: Document, place_end: int, trigger_start: int, reading: Reading
) -> bool:
    """ "In Caracas, meanwhile, the National Assembly's president, Jorge Rodríguez, said the
    protests were financed from abroad": an authority that is no office of a town or a state
    (a minister, a president, a government) speaks in the opener's place of protests at large;
    "En Maturín, el alcalde de Maturín dijo que hubo cacerolazos" stays a reported site."""
    cues = role_cues(reading.languages)
    said = reading.reporting_verb.search_doc(doc, place_end, trigger_start)
    if said is None:
        return False
    authority = cues.authority_after_comma.search(doc.text, place_end, said.start())
    return (
        authority is not None and cues.local_office.search_in(doc, authority.start(), authority.end()) is None
    )


def _office_holders_jurisdiction(
    doc: Document, place: Resolved, sent_start: int, sent_end: int, reading: Reading, index: TriggerIndex
) -> bool:
    """ "La alcaldesa de Palavecino denunció que...", "a lawmaker who represents Sucre state said
    four people were arrested in Cumaná": the place names an office holder's jurisdiction, and
    the rest of the sentence does not come back to it as the place of its event ("mayors of
    Chacao and Baruta said troops raided homes in their districts")."""
    if place.place.level in ("landmark", "neighbourhood", "country"):
        return False
    cues = role_cues(reading.languages)
    spot = place.spot
    if not index.search_in(cues.office_before, max(sent_start, spot.start - OFFICE_REACH), spot.start):
        return False
    anaphor = cues.jurisdiction.search_doc(doc, spot.end, sent_end)
    return anaphor is None or _negated_anaphor(doc, anaphor.start(), reading)


def _negated_anaphor(doc: Document, start: int, reading: Reading) -> bool:
    """ "arrested in Caracas, not in his district": the jurisdiction comes back only to be denied."""
    return reading.negation_word.search_doc(doc, max(0, start - NEGATED_ANAPHOR_REACH), start) is not None


NEGATED_ANAPHOR_REACH = 8
"""Characters before a jurisdiction anaphor in which a negation denies it ("not in ", "no en ")."""


def _reference_points(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading
) -> None:
    """ "demonstrators filled a park in Doral, near Miami", "San Francisco, the municipality that
    borders Maracaibo": a town right after a word that locates the event's town named before it
    in the sentence only says where that one is. (A street or square "near" a place is often
    where the event was: "shot dead near the Plaza Zamora".)"""
    cues = role_cues(reading.languages)
    for n in range(1, len(places)):
        place, before = places[n], places[n - 1]
        if roles[n].role != "protest_site" or roles[n].evidence not in OWN_CLAUSE:
            continue
        if roles[n - 1].role != "protest_site":
            continue  # "la vía que conduce a Maturín, cerca de Cumaná": the road's place, not Maturín's
        if place.place.level not in TOWN_LEVELS or before.place.level not in LOCATED_LEVELS:
            continue
        sent_start, _ = doc.sentence_span(place.spot.start)
        if before.spot.start < sent_start or before.place.place_id == place.place.place_id:
            continue
        window = max(before.spot.end, place.spot.start - REFERENCE_REACH)
        if cues.reference_before.search_in(doc, window, place.spot.start) is not None:
            roles[n] = OTHER
        elif (
            before.place.level in TOWN_LEVELS
            and cues.direction_before.search_in(doc, window, place.spot.start) is not None
            and cues.subcity_noun.search_in(doc, before.spot.end, place.spot.start) is None
        ):
            # "En Cabudare, al este de Barquisimeto": a town beside another ("Petare, a slum
            # east of Caracas" is a part of Caracas: its container)
            roles[n] = OTHER


REFERENCE_REACH = 40
"""Characters before a place in which a reference word ("just north of") is looked for."""


def _measured_from(doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading) -> None:
    """ "la dispersaron a dos cuadras del Centro Comercial Metrópolis", "was shot two blocks from
    the plaza", "a pocos metros del hospital": a street, square, building or sector after a
    measured distance is how far the event was from it, so not where it was. (A bare "near" is
    often where it was: "shot dead near the Plaza Zamora".)"""
    measured = role_cues(reading.languages).measured_from
    for n, place in enumerate(places):
        if roles[n].role != "protest_site" or place.place.level not in ("landmark", "neighbourhood"):
            continue
        if measured.search_in(doc, max(0, place.spot.start - REFERENCE_REACH), place.spot.start) is not None:
            roles[n] = OTHER


def _kept_at(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "Lawyers found detainees held in police stations in Caracas, Maracay and Puerto Ordaz",
    "police raided his home in Carúpano and took him to the intelligence service's headquarters
    in Caracas": where detainees are held or were taken is not where they were arrested, unless
    an arrest word stands between those words and the place ("took them to the square and
    arrested dozens in Maracay")."""
    kept = role_cues(reading.languages).kept_at
    for n, place in enumerate(places):
        if roles[n].role != "protest_site":
            continue
        start = place.spot.start
        sent_start, sent_end = doc.sentence_span(start)
        found = list(kept.finditer_doc(doc, max(sent_start, start - KEPT_REACH), start))
        if not found:
            continue
        own = index.sentence(sent_start, sent_end)
        if roles[n].event_type != "arrests" and not any(e <= found[-1].start() for _, e in own["arrests"]):
            # "detuvieron a 14 personas que protestaban en Los Lirios, y las trasladaron al comando
            # en la avenida Orinoco": the protest word is nearer, but those taken are the detained
            continue
        between = within(own, found[-1].end(), start)
        if not _protest_words(between):
            roles[n] = OTHER


KEPT_REACH = 100
"""Characters before a place in which the words of detainees held or taken there are looked for."""


def _unverified(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "We also received reports of protests in Apure and Delta Amacuro that our monitors could
    not verify": a clause that says its report could not be checked does not put an event on the
    map."""
    unverified = role_cues(reading.languages).unverified
    if index.lacks(unverified):
        return  # no clause of a document without the words says so (most stories)
    said: dict[tuple[int, int], bool] = {}  # per clause: the places of one clause share it
    for n, place in enumerate(places):
        if roles[n].role != "protest_site":
            continue
        sent_start, sent_end = doc.sentence_span(place.spot.start)
        clause = index.clause(place.spot.start, sent_start, sent_end)
        found = said.get(clause)
        if found is None:
            found = said[clause] = unverified.search_in(doc, *clause) is not None
        if found:
            roles[n] = OTHER


def _calm_places(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "Manifestantes trancaron calles en Maracay, mientras en Maturín los centros de votación
    abrieron con normalidad", "the rally filled the east of the city; the streets of Petare were
    calm": a place whose event word is an earlier clause's, and whose own clause says it stayed
    calm, is the contrast, not another site of that event."""
    calm = role_cues(reading.languages).calm
    calm_before = role_cues(reading.languages).calm_before
    for n, place in enumerate(places):
        if roles[n].role != "protest_site" or roles[n].evidence != "borrowed":
            continue
        sent_start, sent_end = doc.sentence_span(place.spot.start)
        clause_start, clause_end = index.clause(place.spot.start, sent_start, sent_end)
        if calm.search_in(doc, place.spot.end, clause_end) is not None:
            roles[n] = OTHER
        elif calm_before.search_in(doc, clause_start, place.spot.start) is not None:
            # "Cacerolazos en Caracas y en Maracaibo; calma en Valencia", "Calm in Maracay and
            # Puerto La Cruz, where shops stayed open": a headline's or a summary's calm comes
            # before its places
            roles[n] = OTHER
        elif reading.negation_word.search_in(doc, place.spot.end, clause_end) is not None:
            # ", mientras que en la plaza Bolívar no hubo incidentes", "; en Cabimas, en cambio,
            # no hubo reportes", "en Morón los comercios abrieron sin novedad": a clause with no
            # event word of its own that denies something says what its place did not have
            roles[n] = OTHER


def _taken_to(doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading) -> None:
    """ "14 jóvenes fueron detenidos y trasladados a la sede del Sebin en Santa Ana del Táchira",
    "they were taken to a police station in Lechería": where detainees were taken after the event
    (a jail, a court, an intelligence service's seat) is not where it happened. Only for a place
    whose event word comes before a destination word ("moved"): a march that left one place for
    another ("salió del distribuidor El Trigal hacia el centro") is no transfer of people. The
    transfer is read from the start of the sentence, however many stops it then lists
    ("trasladados a la sede del Cicpc en la avenida Libertador y presentados el martes en el
    Palacio de Justicia, en la carrera 17": the court's street too)."""
    cues = role_cues(reading.languages)
    for n, place in enumerate(places):
        if roles[n].role != "protest_site":
            continue
        sent_start, _ = doc.sentence_span(place.spot.start)
        if roles[n].evidence != "moved":
            # "fueron trasladados por la autopista Centroccidental hasta", "were driven along the
            # Pan-American Highway to": a place written right after a transfer's route words is
            # its route or its end, whatever event word is nearest
            window = max(sent_start, place.spot.start - TRANSFER_REACH)
            found = cues.taken_to.search_in(doc, window, place.spot.start)
            if (
                found is not None
                and _ROUTE_WORD.search(found.group()) is not None
                and not doc.text[window + found.end() : place.spot.start].strip()
            ):
                roles[n] = OTHER
            continue
        if cues.taken_to.search_doc(doc, sent_start, place.spot.start):
            roles[n] = OTHER


TRANSFER_REACH = 60
"""Characters before a place in which the words of a transfer right before it are looked for."""

_ROUTE_WORD = re.compile(r"\b(?:por|along|via|down|up)\b")
"""The word of a route in a transfer's words ("trasladados por la autopista", "driven along the"):
only a transfer with a route is read this way; one straight to a place keeps its reading."""


def _treated_at(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "a student was shot during a march and died later at a clinic in the Guaparo district", "A
    hospital in Valencia confirmed it had treated nine people for gunshot wounds": the place a
    hospital is in is where the wounded and the dead were taken, not where force was used on
    them. Only for force (deaths, wounds): staff or relatives who protest or are arrested at a
    hospital are there. A town keeps its role when its sentence also reports a protest ("murió en
    un hospital de Valencia tras recibir un disparo durante una marcha en esa ciudad"): the
    hospital is then in the town of the event."""
    cues = role_cues(reading.languages)
    for n, place in enumerate(places):
        if roles[n].role != "protest_site" or roles[n].event_type != "excessive_force":
            continue
        spot = place.spot
        sent_start, sent_end = doc.sentence_span(spot.start)
        if not cues.treated_in.search_in(doc, max(sent_start, spot.start - TREATED_REACH), spot.start):
            continue
        own = index.sentence(sent_start, sent_end)
        if any(own[k] for k in PROTEST_TYPES if k != "excessive_force"):
            continue
        roles[n] = OTHER


TREATED_REACH = 40
"""Characters before a place in which "a hospital in" is looked for."""


def _where_the_wounded_went(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "murió la noche del miércoles en el Hospital Central", "died early on Wednesday at the
    Pérez Carreño hospital": a hospital or clinic whose clause's last event word before it is a
    death or a wound is where the wounded and the dead went, not where force was used. Its own
    role only: the town or sector it is in keeps the role its own clause gave it (this runs after
    containers and anchors have shared the event). A protest word nearer before it ("nurses
    protested outside the hospital") or none before it ("staff of the Hospital Central protested
    in front of it") leaves it a site."""
    cues = role_cues(reading.languages)
    for n, place in enumerate(places):
        if roles[n].role != "protest_site" or roles[n].event_type != "excessive_force":
            continue
        if place.place.level != "landmark":
            continue
        spot = place.spot
        if cues.care_building.search_doc(doc, spot.start, spot.end) is None:
            continue
        sent_start, sent_end = doc.sentence_span(spot.start)
        clause_start, _ = index.clause(spot.start, sent_start, sent_end)
        triggers = index.sentence(sent_start, sent_end)
        last_kind, last_end = None, -1
        for kind in PROTEST_TYPES:
            for s, e in triggers[kind]:
                if clause_start <= s and e <= spot.start and e > last_end:
                    last_kind, last_end = kind, e
        if last_kind == "excessive_force":
            roles[n] = OTHER


LOCATED_LEVELS = ("city", "municipality", "neighbourhood")
"""The levels of a place that a reference word after it may locate."""


def _detention_place(
    doc: Document, place: Resolved, sent_start: int, sent_end: int, reading: Reading
) -> bool:
    """ "She was taken to El Helicoide, the intelligence service's headquarters in Caracas, where
    dozens of protesters are being held": a relative clause that says detainees are kept at the
    place reports no event at it ("the vigil moved to Cabudare, where police detained two of the
    organisers" does)."""
    spot = place.spot
    window_end = min(sent_end, spot.end + 120)
    return role_cues(reading.languages).held_there.search_in(doc, spot.end, window_end) is not None


def _call_took_place(doc: Document, start: int, trigger_end: int, sent_end: int, reading: Reading) -> bool:
    """Whether a called event has a relative clause in the past between the call and a little
    after the event's word: "convocó un plantón que cerró la avenida", "called a sit-in that shut
    Lara Avenue" took place; "convocó una marcha para el lunes" did not (yet)."""
    end = min(sent_end, trigger_end + CALL_REACH)
    return role_cues(reading.languages).call_took_place.search_in(doc, start, end) is not None


def _told_as_held(doc: Document, event_end: int, place_start: int, reading: Reading) -> bool:
    """Whether a relative clause in the past stands between an event's word and its place:
    "convocó un cacerolazo para las ocho, que se escuchó en Patarata", "a march planned for noon,
    which filled Bolívar Avenue" took place there, whatever plan the event's words gave first."""
    return role_cues(reading.languages).call_took_place.search_in(doc, event_end, place_start) is not None


def _meeting_that_turned_into_protest(
    doc: Document, meeting: tuple[int, int], triggers: Triggers, sent_end: int, reading: Reading
) -> tuple[str, tuple[int, int]] | None:
    """ "convocaron una asamblea en Bárbula que terminó con el cierre de la autopista": the
    first protest word after a meeting word whose relative clause in the past follows it, with
    that word's kind and span; None otherwise."""
    took_place = role_cues(reading.languages).call_took_place.search_in(
        doc, meeting[1], min(sent_end, meeting[1] + CALL_REACH)
    )
    if took_place is None:
        return None
    after = meeting[1] + took_place.start()
    found: tuple[str, tuple[int, int]] | None = None
    for kind in PROTEST_TYPES:
        for s, e in triggers[kind]:
            if s >= after and (found is None or s < found[1][0]):
                found = (kind, (s, e))
    return found


_OUTSIDE_VENUE = re.compile(
    r"\s+(?:outside|in front of|at the gates? of|frente a|afuera de|a las puertas de)\s+"
    r"(?:(?:the|a|an|el|la|los|las)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""The words between a protest word and a venue's ("gathered outside polling stations", "se
concentraron frente a la sede"): the venue is where the protest was."""


def _protest_outside_venue(
    doc: Document, venue: tuple[int, int], triggers: Triggers
) -> tuple[str, tuple[int, int]] | None:
    """ "crowds gathered outside polling stations in Baruta to demand the tally sheets": a
    meeting's word (a polling station, a court) right after a protest word and "outside" names
    where the protest was, not a meeting; the protest word's kind and span, else None."""
    found: tuple[str, tuple[int, int]] | None = None
    for kind in PROTEST_TYPES:
        for s, e in triggers[kind]:
            if venue[0] - 40 <= e <= venue[0] and (found is None or e > found[1][1]):
                found = (kind, (s, e))
    if found is None or not _OUTSIDE_VENUE.fullmatch(doc.text, found[1][1], venue[0]):
        return None
    return found


EVENT_PLACE_REACH = 90
"""How far before an event word its own place may open the clause (characters), for a place
after "tras"/"after" to be another event's."""


def _after_another_event(
    doc: Document, low: int, high: int, index: TriggerIndex, reading: Reading, clause_start: int | None = None
) -> bool:
    """Whether "tras", "after" stands between an event word (ending at `low`) and a place (at
    `high`) once the event has a place of its own before that word: "rodearon la gobernación, en
    Barcelona, tras la sublevación de unos guardias en Caracas" (Caracas is the uprising's).
    The event's own place may also open its clause, before the event word (from `clause_start`):
    "En el barrio El Carmen, al oeste de Barquisimeto, los vecinos salieron a cacerolear después
    de enterarse de lo de Cotiza en Caracas". Without a place before it, the place after it is
    likely the event's too ("Protesting began following the attempted rape of a student in San
    Cristóbal")."""
    word = reading.background_word.search_doc(doc, low, high)
    if word is None:
        return False
    starts = index.place_starts
    at = bisect.bisect_left(starts, low)
    if at < len(starts) and starts[at] < word.start():
        return True
    if clause_start is None:
        return False
    first = bisect.bisect_left(starts, clause_start)
    return first < len(starts) and starts[first] < low


def _follow_up_type(
    doc: Document, place: Resolved, spans: list[tuple[int, int]], index: TriggerIndex, reading: Reading
) -> str | None:
    """The event type reported by the next sentence of the same paragraph when it names
    no place and refers back to the protest ("dispersed the march", "reprimieron a los
    manifestantes"); None otherwise."""
    _, sent_end = doc.sentence_span(place.spot.start)
    if sent_end >= len(doc.text) or "\n" in doc.text[place.spot.end : sent_end]:
        return None
    next_start, next_end = doc.sentence_span(sent_end)
    if next_start != sent_end:
        return None
    lo = bisect.bisect_left(spans, (next_start, 0))
    if lo < len(spans) and spans[lo][0] < next_end:
        return None  # the next sentence is about a place of its own
    if not reading.anaphoric_event.search_doc(doc, next_start, next_end):
        return None
    following = index.sentence(next_start, next_end)
    if following["excessive_force"]:
        return "excessive_force"
    if following["protest_with_intervention"] or following["arrests"]:
        return "protest_with_intervention"
    return None


PEOPLE_REACH = 40
"""Characters before a place in which "residents of" / "students from" is looked for."""


def _people_repressed_next(
    doc: Document,
    places: tuple[Resolved, ...],
    roles: list[Role],
    spans: list[tuple[int, int]],
    index: TriggerIndex,
    reading: Reading,
) -> None:
    """ "On Monday, residents of Cotiza came out to support soldiers who had risen up. The police
    dispersed them with tear gas.": the people of a place in a sentence with no event word, when
    the next sentence of the paragraph reports their repression or arrest before it names any
    place, were repressed there; the place's own sentence gives the day."""
    for n, place in enumerate(places):
        if roles[n].role == "protest_site" or place.place.country != reading.home:
            continue
        if place.place.level not in ("city", "municipality", "neighbourhood", "landmark"):
            continue
        sent_start, sent_end = doc.sentence_span(place.spot.start)
        if _protest_words(index.sentence(sent_start, sent_end)):
            continue  # its own sentence's words decided
        reach = max(sent_start, place.spot.start - PEOPLE_REACH)
        if not reading.people_of_before.search_in(doc, reach, place.spot.start):
            continue
        if sent_end >= len(doc.text) or "\n" in doc.text[place.spot.end : sent_end]:
            continue
        next_start, next_end = doc.sentence_span(sent_end)
        if next_start != sent_end:
            continue
        following = index.sentence(next_start, next_end)
        kinds = [k for k in ("excessive_force", "protest_with_intervention", "arrests") if following[k]]
        if not kinds:
            continue
        first = min(following[k][0][0] for k in kinds)
        lo = bisect.bisect_left(spans, (next_start, 0))
        if lo < len(spans) and spans[lo][0] < first:
            continue  # the repression is told of a place the next sentence names first
        kind = "excessive_force" if following["excessive_force"] else "protest_with_intervention"
        roles[n] = Role("protest_site", kind, place.spot.start, evidence="borrowed")


def _state_anaphors(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "The governor of Guárico said calm had returned. Hours later, cacerolazos broke out across
    the state": a sentence that reports an event in "the state" / "la entidad" makes the state
    named last before it (in the same or the previous paragraph) a protest site."""
    states = [n for n, p in enumerate(places) if p.place.level == "state" and p.anchor is None]
    if not states:
        return
    for match in _state_anaphor_matches(doc, reading):
        anaphor = doc.text[match.start("anaphor") : match.end("anaphor")]  # as written, not lowered
        if anaphor[-1:].isupper():
            continue
        word = anaphor.split()[-1]
        if word[:1].isupper() and match.start() > 0 and doc.text[match.start() - 2 : match.start()].strip():
            continue  # "el Estado" (the government) inside a sentence
        pos = match.start()
        sent_start, sent_end = doc.sentence_span(pos)
        if any(sent_start <= places[n].spot.start < sent_end for n in states):
            continue  # the sentence names its own state
        if any(
            places[m].place.level == "country" and places[m].place.country != reading.home
            for m in range(
                bisect.bisect_left(index.place_starts, sent_start),
                bisect.bisect_left(index.place_starts, sent_end),
            )
        ):
            continue  # "varios gobiernos de la región, entre ellos los de Brasil y México": the continent
        clause_start, clause_end = index.clause(pos, sent_start, sent_end)
        triggers = within(index.sentence(sent_start, sent_end), clause_start, clause_end)
        if not _protest_words(triggers) or reading.planned.search_doc(doc, clause_start, clause_end):
            continue
        earlier = [
            n
            for n in states
            if places[n].spot.end <= pos
            and pos - places[n].spot.end < 900
            and not _named_as_origin(doc, places[n], reading)
        ]
        if not earlier:
            continue
        target = earlier[-1]
        if roles[target].role != "protest_site":
            roles[target] = Role("protest_site", event_type(triggers), pos, evidence="anaphor")


def _named_as_origin(doc: Document, place: Resolved, reading: Reading) -> bool:
    """Whether the place is written as where people came from ("detenidos traídos desde Yaracuy"):
    not the state a later "la entidad" speaks of."""
    start = place.spot.start
    sent_start, _ = doc.sentence_span(start)
    return reading.origin_before.search_in(doc, max(sent_start, start - 30), start) is not None


def _state_anaphor_matches(doc: Document, reading: Reading) -> list[re.Match[str]]:
    """The matches of reading.state_anaphor in the text, as its finditer_doc gives them. A match
    of the lower-cased pattern starts where one of its lower-case anaphors occurs: trying it
    only there gives the same matches (each tried where the scan would reach it first) without
    the scan of the whole text, where the pattern has no prefix that sre can skip to."""
    pattern = reading.state_anaphor.lower
    lowered = doc.lowered
    if pattern is None or lowered is None:
        return list(reading.state_anaphor.finditer_doc(doc))
    starts: set[int] = set()
    for word in reading.state_anaphor_words:
        at = lowered.find(word)
        while at != -1:
            starts.add(at)
            at = lowered.find(word, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for at in sorted(starts):
        if at < end:
            continue  # inside the match before (finditer goes on after it)
        match = pattern.match(lowered, at)
        if match is not None:
            found.append(match)
            end = max(match.end(), at + 1)
    return found


def _subheadings(doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex) -> None:
    """A short line that is only a place name, above a paragraph that reports protests, is the
    place of that section ("Cumaná" over "Demonstrators gather outside the governor's office")."""
    for n, place in enumerate(places):
        if roles[n].role == "protest_site" or place.place.level == "country":
            continue  # a country over a section is a kicker, not the section's place
        line_start, line_end = doc.line_span(place.spot.start)
        if line_end - line_start > 200:
            continue  # not a subheading (and a run-on text is one long line)
        line = doc.text[line_start:line_end]
        rest = (doc.text[line_start : place.spot.start] + doc.text[place.spot.end : line_end]).strip(
            " \t:-–—"
        )
        if len(line.strip()) > 40 or len(rest.split()) > 2 or rest.endswith((".", "!", "?")):
            continue
        following = line_end + 1
        while following < len(doc.text) and doc.text[following] in "\n\r \t":
            following += 1
        if following >= len(doc.text):
            continue
        sent_start, sent_end = doc.sentence_span(following)
        triggers = index.sentence(sent_start, sent_end)
        if _protest_words(triggers):
            roles[n] = Role("protest_site", event_type(triggers), following, evidence="subheading")


def _after_blanks(text: str, pos: int, end: int) -> int:
    """The first position from `pos` that is not a space or a tab, at most `end`: where a
    section label's own text begins ("Lara (8).  En Cabudare, ...")."""
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos


def _section_labels(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex
) -> None:
    """ "Táchira. On March 10, the National Guard raided...", "Lara: el lunes 21 de enero...": a
    place that opens a paragraph as its label is the place of that paragraph's events, dated by
    the sentence that reports them."""
    text = doc.text
    for n, place in enumerate(places):
        if roles[n].role == "protest_site" or place.place.level == "country":
            continue
        line_start, line_end = doc.line_span(place.spot.start)
        clock = CLOCK_ENTRY.match(text, line_start, line_end)
        if clock is not None and clock.end() <= place.spot.start:
            line_start = clock.end()  # "14:20 - Miranda. En Los Teques, ...": a live entry's label
        counted = _LABEL_COUNT.match(text, place.spot.end, line_end)
        if counted is not None and 0 < place.spot.start - line_start <= LABEL_CHARACTERS:
            # "Distrito Capital y Miranda (31). En la madrugada...": the names before a count
            label = text[line_start : place.spot.start]
            if not _LABEL_NAMES.fullmatch(_blank_places(label, line_start, places, n)):
                continue
        elif place.spot.start - line_start > 4 or text[line_start : place.spot.start].strip():
            continue  # (the length first: a run-on text is one long line)
        label_end = place.spot.end if counted is None else counted.end()
        if text[label_end : label_end + 1] not in (".", ":"):
            continue
        following = _after_blanks(text, label_end + 1, line_end)
        if following >= line_end:
            continue
        sent_start, sent_end = doc.sentence_span(following)
        triggers = index.sentence(sent_start, sent_end)
        while counted is not None and not _protest_words(triggers) and sent_end < line_end:
            # "Lara (8). En Cabudare, la Intercomunal amaneció cerrada ... En Barquisimeto, vecinos
            # se concentraron ...": a bulletin's section label with its count is of its whole
            # paragraph, whose first sentence may tell no event word
            following = _after_blanks(text, sent_end, line_end)
            if following >= line_end:
                break
            sent_start, sent_end = doc.sentence_span(following)
            triggers = index.sentence(sent_start, sent_end)
        if _protest_words(triggers):
            # a count adds up the section's days: no one day is the label's (as a table's rows)
            at = following if counted is None else None
            roles[n] = Role("protest_site", event_type(triggers), at, evidence="section")


def _counted_sections(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex
) -> None:
    """ "Distrito Capital y Miranda (203 protestas) / Los puntos con más registros fueron Petare,
    Catia, el 23 de Enero y la autopista Francisco Fajardo": under a heading that counts protests
    (or arrests), a sentence with no event word of its own (nor a meeting's), no denial, no calm
    and no statement names the places of the counted events, as a reader takes it. The count
    spans the report's days: no one day is theirs. Below SURE (`role:counted_heading`): the
    reading is the heading's, not the sentence's."""
    text = doc.text
    calm = None
    for n, place in enumerate(places):
        if roles[n] != OTHER or place.place.level == "country":
            continue
        line_start, _ = doc.line_span(place.spot.start)
        if line_start < 2:
            continue
        head_start, head_end = doc.line_span(line_start - 1)
        if head_end == head_start:  # a blank line between the heading and its paragraph
            if head_start < 2:
                continue
            head_start, head_end = doc.line_span(head_start - 1)
        if head_end - head_start > COUNT_HEADING_LINE or not _HEADING_COUNT.search(
            text, head_start, head_end
        ):
            continue
        heading = index.sentence(head_start, head_end)
        if not _protest_words(heading):
            continue  # "Zulia (41)": the heading does not say what it counts
        sent_start, sent_end = doc.sentence_span(place.spot.start)
        if any(index.sentence(sent_start, sent_end).values()):
            continue  # the sentence's own words decide
        if calm is None:
            calm = role_cues(index.reading.languages).calm
        if (
            index.reading.negation_word.search_in(doc, sent_start, sent_end) is not None
            or calm.search_in(doc, sent_start, sent_end) is not None
            or index.reading.reporting_verb.search_in(doc, sent_start, sent_end) is not None
        ):
            # "En Ciudad Bolívar no se reportaron incidentes": the contrast; "El gobernador declaró
            # en Maracaibo que ...": a statement's venue
            continue
        roles[n] = Role("protest_site", event_type(heading), None, evidence="counted_heading")


COUNT_HEADING_LINE = 60
"""The longest heading line that labels a section with its count ("Zulia (112 protestas)")."""
_HEADING_COUNT = re.compile(COUNT_IN_BRACKETS + r"[^\S\n]*$")


_LABEL_COUNT = re.compile(
    r"(?:[^\S\n]*(?:,|y|e)[^\S\n]+[^\W\d_][^\n.:(]{0,40}?)?"  # more names: " y Miranda"
    r"[^\S\n]*" + COUNT_IN_BRACKETS  # the count: " (27 protestas)"
)
"""The count after a section's label, maybe after more names of the label ("Zulia (27
protestas)", "Distrito Capital y Miranda (31)")."""
_LABEL_NAMES = re.compile(r"(?:\x00|[^\S\n]|,|\by\b|\be\b)*")
"""A label's text before one of its names: only other names (blanked) and their connectors."""
LABEL_CHARACTERS = 60
"""The longest run of names before a name in a counted section's label."""


def _blank_places(label: str, offset: int, places: tuple[Resolved, ...], n: int) -> str:
    """`label` (at `offset` in the text) with the names of the places before place `n` blanked."""
    chars = list(label)
    for place in places[max(0, n - 4) : n]:
        for i in range(max(place.spot.start, offset), min(place.spot.end, offset + len(label))):
            chars[i - offset] = "\x00"
    return "".join(chars)


_COUNT_ROW = re.compile(r"[^\S\n]*[-–•*·][^\S\n]+[^\n:;]{2,60}:[^\S\n]*\d")
"""A row of a table of counts: "- Zulia: 74 (Maracaibo: 50; San Francisco: 24)"."""
_LIST_ROW = re.compile(r"[^\S\n]*[-–•*·][^\S\n]")
_COUNT_RUN = re.compile(
    r"(?:[^\S\n]*[^\W\d_][^\n:;.()]{1,40}:[^\S\n]*\d[\d.,]*(?<![.,])(?:[^\S\n]*\([^\n():;]{2,120}\))?"
    r"[^\S\n]*[.;,]?)+[^\S\n]*"
)
"""A table's rows without bullets, one or several on a line: "Zulia: 17." / "Distrito Capital: 38.
Miranda: 27. Carabobo: 22." (a name and a bare count, nothing else on the line)."""

COUNT_TABLE_LINES = 40
"""Lines above a row of counts in which its table's heading is looked for."""


def _count_tables(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "Detenciones por estado (29/07 al 05/08): / - Miranda: 88 (Sucre: 52; Baruta: 21)": the
    places on the rows of a table of counts whose heading says what was counted (arrests,
    protests) are places of those events. A count adds up several days, so no day is theirs; a
    row whose own clause reports an event keeps that event and its day."""
    text = doc.text
    headings: dict[int, str | None] = {}  # a row's line start -> the event its heading reports
    for n, place in enumerate(places):
        if place.place.level == "country" and place.place.country == reading.home:
            continue  # Venezuela as a whole is never a protest site
        line_start, line_end = doc.line_span(place.spot.start)
        if not (
            _COUNT_ROW.match(text, line_start, line_end) or _COUNT_RUN.fullmatch(text, line_start, line_end)
        ):
            continue
        if line_start not in headings:
            counted: str | None = None
            looked_back = False
            above = line_start
            for _ in range(COUNT_TABLE_LINES):
                if above == 0:
                    break
                above, above_end = doc.line_span(above - 1)
                if (
                    _LIST_ROW.match(text, above, above_end)
                    or _COUNT_RUN.fullmatch(text, above, above_end)
                    or not text[above:above_end].strip()
                ):
                    continue
                heading = index.sentence(above, above_end)
                counted = event_type(heading) if _protest_words(heading) else None
                if counted is None and text[above:above_end].rstrip().endswith(":") and not looked_back:
                    # "The figures ... break down as follows:": the lead before says what they count
                    looked_back = True
                    continue
                break
            headings[line_start] = counted
        kind = headings[line_start]
        if kind is None:
            continue
        if roles[n].role == "protest_site" and _protest_words(index.sentence(line_start, line_end)):
            continue  # the row itself reports (and dates) its event
        roles[n] = Role("protest_site", kind, None, evidence="section")


_INLINE_COUNT = re.compile(r"[^\S\n]*" + COUNT_IN_BRACKETS)
"""A count in brackets right after a place: "Carabobo (187)", "Zulia ( 1.043 )" (see COUNT_IN_BRACKETS)."""


def _inline_counts(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "Hemos documentado 1.096 detenciones arbitrarias. Los estados con más casos son Carabobo
    (187), Zulia (143) y Lara (96).": places listed with a count each, in a sentence without event
    words of its own, count what the sentence before (in its paragraph) reports. A count adds up
    several days, so no day is theirs."""
    text = doc.text
    counted: dict[int, str | None] = {}  # a sentence's start -> the event its counts count
    for n, place in enumerate(places):
        if roles[n].role == "protest_site" or place.place.country != reading.home:
            continue
        if place.place.level == "country" or not _INLINE_COUNT.match(text, place.spot.end):
            continue
        sent_start, sent_end = doc.sentence_span(place.spot.start)
        if sent_start not in counted:
            counted[sent_start] = _counted_before(doc, sent_start, sent_end, index)
        kind = counted[sent_start]
        if kind is not None:
            roles[n] = Role("protest_site", kind, None, evidence="section")


def _counted_before(doc: Document, sent_start: int, sent_end: int, index: TriggerIndex) -> str | None:
    """The event the sentence before counts, when this one lists two or more counts and reports
    no event (nor a meeting) of its own."""
    here = index.sentence(sent_start, sent_end)
    if any(here.values()) or sent_start == 0 or "\n" in doc.text[max(0, sent_start - 2) : sent_start]:
        return None  # its own words decide; or the first sentence of its paragraph
    if len(_INLINE_COUNT.findall(doc.text, sent_start, sent_end)) < 2:
        return None
    before_start, before_end = doc.sentence_span(sent_start - 1)
    before = index.sentence(before_start, before_end)
    return event_type(before) if _protest_words(before) else None


CONTAINER_GAP = 20
"""Characters between a place and the container written right after it (", en el estado ")."""

OWN_CLAUSE = ("clause", "distant", "moved", "borrowed", "background")
"""The ways of a role that come from the clause's event word alone."""


def _containers_of_other_places(places: tuple[Resolved, ...], roles: list[Role]) -> None:
    """ "fue sepultado en su natal Guasdualito, en el estado Apure": a container written right
    after a place where nothing happened (an origin, a destination) only locates that place; the
    clause's event word is not its event."""
    for n, place in enumerate(places):
        container = place.container
        if container is None or roles[n].role == "protest_site" or roles[container].role != "protest_site":
            continue
        if place.place.level == "country":
            continue  # "la embajada de Venezuela en Santiago": the country names the embassy
        if not 0 <= places[container].spot.start - place.spot.end <= CONTAINER_GAP:
            continue
        held_by = places[container].place.state_code
        if held_by and place.place.state_code and held_by != place.place.state_code:
            continue  # "con sede en Caracas, en Barquisimeto y en Valencia hubo detenciones": no container
        if roles[container].evidence in OWN_CLAUSE:
            roles[container] = OTHER


PEOPLE_OF_REACH = 40
"""Characters before a place in which "estudiantes de", "residents of" are looked for."""

TOWN_LEVELS = ("city", "municipality", "state")

METRO_KM = 30.0
"""A town this close to the people's own is the city around it: "residents of Chacao banged pots
in Caracas" acted in Chacao."""


LANDMARK_AWAY_KM = 2.0
"""A landmark farther than this from the town its people are named by is not in that town."""

ROAD_WORDS = frozenset({"avenida", "avenue", "calle", "street", "carretera", "road", "autopista", "highway"})
"""A road runs through many sectors: residents of one who block it may be at home ("residents of
Petare marched down Francisco de Miranda Avenue")."""


def _people_from_elsewhere(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading
) -> None:
    """ "Estudiantes de Mérida y de Táchira marcharon en Caracas": people named by the town they
    come from, when the same clause puts the event in another town ("en Caracas"), only came from
    there. Without such a town ("vecinos de Chacao levantaron barricadas en la avenida
    Francisco de Miranda") the town is where they acted."""
    text = doc.text
    for n, place in enumerate(places):
        if roles[n].role != "protest_site" or place.anchor is not None:
            continue
        spot = place.spot
        sent_start, sent_end = doc.sentence_span(spot.start)
        if n + 1 == len(places) or places[n + 1].spot.start >= sent_end:
            continue  # no other place in the sentence (most): asked before the people's words
        reach = max(sent_start, spot.start - PEOPLE_OF_REACH)
        if not reading.people_of_before.search_in(doc, reach, spot.start):
            continue
        for m in range(n + 1, len(places)):
            there = places[m]
            if there.spot.start >= sent_end:
                break
            if (
                roles[m].role == "protest_site"
                and there.place.level == "landmark"
                and not ROAD_WORDS.intersection(there.place.name.lower().split())
                and there.anchor is None
                and there.container is None
                and place.place.level in TOWN_LEVELS
                and km_between(there.place, place.place) > LANDMARK_AWAY_KM
                and not any(mark in text[spot.end : there.spot.start] for mark in ",;:")
            ):
                # "Vecinos de Petare se sumaron al cacerolazo de la plaza Altamira": a landmark with
                # a point of its own, away from the people's town, is where they acted
                roles[n] = OTHER
                break
            if (
                roles[m].role != "protest_site"
                or there.anchor is not None
                or there.place.level not in TOWN_LEVELS
                or there.place.place_id == place.place.place_id
                or there.container == n
                or place.container == m
                or km_between(there.place, place.place) <= METRO_KM
            ):
                continue
            if any(mark in text[spot.end : there.spot.start] for mark in ",;:"):
                break  # another clause, with a subject of its own ("..., and in Carora people marched")
            opening = text[max(sent_start, there.spot.start - 30) : there.spot.start]
            if reading.located_in_before.search(opening):
                roles[n] = OTHER
                break


def _share_with_containers(
    places: tuple[Resolved, ...],
    roles: list[Role],
    reading: Reading,
    doc: Document | None = None,
    index: TriggerIndex | None = None,
) -> None:
    """A state or city named as the container of an event place is a protest site too, with the
    event's type and date; so is the container of a container that became one, wherever it
    stands in the text ("From San Félix, in Bolívar state: ... a protest on Avenida Guayana":
    the avenue makes San Félix one, San Félix makes Bolívar one). Read again only while a
    container changed, at most once per level of containers."""
    changed = True
    while changed:
        changed = False
        for n, place in enumerate(places):
            container = place.container
            if container is None or roles[n].role != "protest_site":
                continue
            if places[container].place.country == reading.home and places[container].entry.kind == "COUNTRY":
                continue  # Venezuela as a whole is never a site; "Sydney, Australia" makes Australia one
            if roles[container].role != "protest_site":
                if doc is not None and index is not None:
                    spot = places[container].spot
                    if _container_of_unreached(doc, spot, doc.sentence_span(spot.start)[0], reading, index):
                        continue  # the town of a destination never reached, the nearest for want of another
                roles[container] = replace(roles[n], evidence="container")
                changed = changed or container < n  # an earlier place: read once more


def _states_opening_their_paragraph(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading
) -> None:
    """ "In Zulia the numbers are lower, but the fear is the same. Cabimas saw its streets blocked
    on July 30": a state that opens its paragraph ("In Zulia", "En Lara") with no event word of its
    own is the container of the events its paragraph then reports in its own towns, as a reader
    takes it: a protest site with the first such town's event, and no day of its own (the state
    sums up a paragraph whose towns may be of several days)."""
    text = doc.text
    for n, place in enumerate(places):
        entry = place.entry
        if roles[n].role == "protest_site" or entry.kind != "ADM1" or entry.place.country != reading.home:
            continue
        line_start, line_end = doc.line_span(place.spot.start)
        opener = text[line_start : place.spot.start]
        if len(opener) > 16 or not reading.located_in_before.search(opener):
            continue
        code = entry.place.state_code
        for m in range(n + 1, len(places)):
            other = places[m]
            if other.spot.start >= line_end:
                break
            if (
                roles[m].role == "protest_site"
                and other.place.level != "state"
                and other.place.state_code == code
            ):
                # a paragraph's sum: no one day
                roles[n] = replace(roles[m], date_at=None, evidence="container")
                break


def _anchors_of_event_places(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "En Táchira, San Cristóbal vivió otra jornada de calles cerradas. Las barricadas se
    concentraron en Barrio Obrero": a street or sector the anchoring stage put in a town named
    earlier in its paragraph (no container of its own) has that town as its container for the
    reader too, so the town is a protest site, with the event's type and date, when no mention
    of it is one yet. Read from another sentence, it stays below SURE (role:anchor). A town whose
    own sentence has event or meeting words was read by them ("En Barinas la gobernación convoca
    una marcha para el jueves": a plan), and keeps that reading."""
    site_ids = {p.place.place_id for n, p in enumerate(places) if roles[n].role == "protest_site"}
    for n, place in enumerate(places):
        anchor = place.anchor
        if anchor is None or place.container is not None or roles[n].role != "protest_site":
            continue
        if anchor.place_id in site_ids or anchor.level not in TOWN_LEVELS[:2]:
            continue
        line_start = doc.line_span(place.spot.start)[0]
        # the places of its paragraph before it, nearest first, then those of the headline, a first
        # line with no full stop ("San Cristóbal vivió su jornada más larga" over a story of the
        # barricades in its streets)
        first = n
        while first > 0 and places[first - 1].spot.start >= line_start:
            first -= 1
        headline_end = doc.line_span(0)[1] if line_start > 0 else 0
        if doc.text[:headline_end].rstrip().endswith((".", "!", "?", ":")):
            headline_end = 0  # a first paragraph, not a headline: another paragraph's town
        last = 0
        while last < first and places[last].spot.start < headline_end:
            last += 1
        for m in (*range(n - 1, first - 1, -1), *range(last)):
            earlier = places[m]
            if earlier.place.place_id == anchor.place_id and earlier.anchor is None:
                own = index.sentence(*doc.sentence_span(earlier.spot.start))
                if any(own.values()):
                    break
                roles[m] = replace(roles[n], date_at=earlier.spot.start, evidence="anchor")
                site_ids.add(anchor.place_id)
                break
        else:
            # "MARACAIBO, 31 de julio. La ONG contabilizó ... \n\n En esta ciudad, el lunes, cientos
            # bajaron por la avenida 5 de Julio": the dateline's town, where the story put the
            # street, is the street's container too; its day is the street's, not the dateline's
            for m in range(first):
                dateline = places[m]
                if (
                    dateline.place.place_id == anchor.place_id
                    and dateline.anchor is None
                    and not doc.text[doc.line_span(dateline.spot.start)[0] : dateline.spot.start].strip()
                    and (
                        reading.dateline_after.match(doc.text[dateline.spot.end : dateline.spot.end + 60])
                        # "MARACAIBO, 31 de julio.", "VALENCIA.–": a town in capitals opening its line
                        or (
                            doc.text[dateline.spot.start : dateline.spot.end].isupper()
                            and doc.text[dateline.spot.end : dateline.spot.end + 1] in (",", ".")
                        )
                    )
                ):
                    line_end = doc.line_span(dateline.spot.start)[1]
                    lede_towns = {
                        p.place.place_id
                        for p in places[m:first]
                        if p.spot.start < line_end and p.place.level in TOWN_LEVELS[:2]
                    }
                    # the lede's own words, or another town the lede names ("EJIDO, 13 de febrero.
                    # Los estudiantes volvieron a las calles de Mérida"), say where the news is
                    if lede_towns == {anchor.place_id} and not any(
                        index.sentence(*doc.sentence_span(dateline.spot.start)).values()
                    ):
                        roles[m] = replace(roles[n], evidence="anchor")
                        site_ids.add(anchor.place_id)
                    break


def _named_containers(places: tuple[Resolved, ...], roles: list[Role]) -> None:
    """ "la Puerta del Sol de Madrid", "the Hospital Central de Valera": the city in a landmark's
    name is not another mention, but when the text names that city elsewhere too (a dateline),
    the city is where the landmark's event was."""
    first_mention: dict[str, int] = {}
    protest_ids: set[str] = set()
    for n, place in enumerate(places):
        first_mention.setdefault(place.place.place_id, n)
        if roles[n].role == "protest_site":
            protest_ids.add(place.place.place_id)
    for n, place in enumerate(places):
        anchor = place.anchor
        if anchor is None or place.container is not None or roles[n].role != "protest_site":
            continue
        if anchor.place_id in protest_ids or anchor.place_id not in first_mention:
            continue
        if not place.name_holds_anchor:
            continue
        roles[first_mention[anchor.place_id]] = replace(roles[n], evidence="named_container")
        protest_ids.add(anchor.place_id)


def _share_in_lists(doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading) -> None:
    """Coordinated places share their role: in "protests in Spain, Italy and France" or "in
    Maturín, Barinas y Guanare", a member that its own cues left `other` (a country without
    "in" before it) takes the event of the list's first member. Venezuela as a whole never."""
    for n in range(1, len(places)):
        first = n - 1
        gap = doc.text[places[first].spot.end : places[n].spot.start]
        if len(gap) > 8 or not reading.list_gap.match(gap):
            continue
        while first > 0 and reading.list_gap.match(
            doc.text[places[first - 1].spot.end : places[first].spot.start]
        ):
            first -= 1
        head, member = roles[first], roles[n]
        if head.role != "protest_site" or member.role == "protest_site":
            continue
        if places[n].place.country == reading.home and places[n].place.level == "country":
            continue
        if (places[n].place.level == "country") != (places[first].place.level == "country"):
            continue
        roles[n] = Role("protest_site", head.event_type, head.date_at, evidence="list")


def _lists_sent_elsewhere(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading
) -> None:
    """ "they were taken to police stations in Caracas, Maracay and Puerto Ordaz": the word that
    sends people to the list's first member governs the whole list, as a preposition does; the
    later members are destinations too, though their own windows no longer hold that word."""
    text = doc.text
    for n in range(1, len(places)):
        if roles[n].role != "protest_site" or roles[n].evidence not in OWN_CLAUSE:
            continue
        first = n - 1
        if not reading.list_gap.match(text[places[first].spot.end : places[n].spot.start]):
            continue
        while first > 0 and reading.list_gap.match(
            text[places[first - 1].spot.end : places[first].spot.start]
        ):
            first -= 1
        if roles[first].role == "protest_site" or places[first].place.level != places[n].place.level:
            continue
        spot = places[first].spot
        sent_start, _ = doc.sentence_span(spot.start)
        if reading.destination_before.search_in(doc, max(sent_start, spot.start - 30), spot.start):
            roles[n] = OTHER


LEAD_CHARACTERS = 600
"""The title and lead of a story, where it says what it is about."""


def _captions(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """A photo caption under a protest story names where the protest was, even without an event
    word of its own ("Venezuelans in Sydney, Australia. Photo shared on Twitter."): when the
    story's title or lead reports protests, a caption's places are protest sites."""
    if not places:
        return
    lead_end = min(len(doc.text), LEAD_CHARACTERS)
    lead_types: Triggers | None = None
    start = 0
    while start < lead_end:
        sent_start, sent_end = doc.sentence_span(start)
        triggers = index.sentence(sent_start, sent_end)
        if _protest_words(triggers):
            lead_types = triggers
            break
        start = sent_end if sent_end > start else start + 1
    if lead_types is None:
        return
    for n, place in enumerate(places):
        if roles[n].role == "protest_site" or (
            place.place.level == "country" and place.place.country == reading.home
        ):
            continue
        line_start, line_end = doc.line_span(place.spot.start)
        if line_end - line_start > 300 or not reading.caption_line.search_doc(doc, line_start, line_end):
            continue
        if _TIMED_LINE.match(doc.text, line_start, line_end):
            continue  # a live blog's entry ("09:40 ... Pictures from the highway show few cars")
        sent_start, sent_end = doc.sentence_span(place.spot.start)
        own = index.sentence(sent_start, sent_end)
        if any(own.values()):
            continue  # the caption says what happened there (or that it was a meeting)
        roles[n] = Role(
            "protest_site", "peaceful_protest", place.spot.start, caption_only=True, evidence="caption"
        )


JURISDICTION_EVENT_REACH = 60
"""Characters before a jurisdiction anaphor ("in his city", "en su municipio") in which the event
word it completes is looked for."""


def _jurisdictions_referred_back(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], index: TriggerIndex, reading: Reading
) -> None:
    """ "El alcalde del municipio Torres denunció en rueda de prensa «detenciones arbitrarias en su
    municipio»", "Valencia's mayor said police broke up a protest in his city": an office holder's
    jurisdiction that the sentence comes back to as the place of its event is that event's place,
    though a nearer word (a press conference) or the possessive made it only the speaker's."""
    cues = role_cues(reading.languages)
    for n, place in enumerate(places):
        if roles[n].role == "protest_site" or place.place.level not in ("city", "municipality", "state"):
            continue
        if place.anchor is not None or place.place.country != reading.home:
            continue
        spot = place.spot
        sent_start, sent_end = doc.sentence_span(spot.start)
        office = cues.office_before.search_in(doc, max(sent_start, spot.start - OFFICE_REACH), spot.start)
        if office is None and not reading.authority_possessive.match_in(doc, spot.end, spot.end + 30):
            continue
        anaphor = cues.jurisdiction.search_doc(doc, spot.end, sent_end)
        if anaphor is None or _negated_anaphor(doc, anaphor.start(), reading):
            continue
        start = anaphor.start()
        triggers = index.sentence(sent_start, sent_end)
        near = within(triggers, max(spot.end, start - JURISDICTION_EVENT_REACH), start)
        low = max(spot.end, start - JURISDICTION_EVENT_REACH)
        if not _protest_words(near) or reading.negation_word.search_doc(doc, low, start):
            continue  # "arrested in Caracas, not in his district"
        if not reading.planned.search_in(doc, max(spot.end, start - 45), start):
            roles[n] = Role("protest_site", event_type(near), spot.start, evidence="anaphor")


PARENTHETICAL_REACH = 60
"""Characters from a parenthetical's comma to a place in it, and from the place to its closing
comma."""


def _speakers_parentheticals(
    doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading
) -> None:
    """ "El ministro de Defensa, desde Fuerte Tiuna en Caracas, dijo que los manifestantes eran
    terroristas": a place inside a parenthetical that opens with "desde"/"from" and is followed
    by a reporting verb is where the speaker was, not where the protest words happened."""
    cues = role_cues(reading.languages)
    text = doc.text
    for n, place in enumerate(places):
        if roles[n].role != "protest_site":
            continue
        spot = place.spot
        sent_start, sent_end = doc.sentence_span(spot.start)
        opening = text.rfind(",", max(sent_start, spot.start - PARENTHETICAL_REACH), spot.start)
        if opening == -1 or not cues.spoke_from.match(text, opening + 1, spot.start):
            continue
        closing = text.find(",", spot.end, min(sent_end, spot.end + PARENTHETICAL_REACH))
        if closing != -1 and reading.statement_after.match(text, closing + 1, sent_end):
            roles[n] = OTHER


def _photo_credits(doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading) -> None:
    """ "Foto: Sucre (@sucre_noticias)", "Photo by Luis Araya / Flickr": the name a credit line
    opens with is the photographer's or the account's, not a place of the story's."""
    cues = role_cues(reading.languages)
    text = doc.text
    for n, place in enumerate(places):
        if roles[n].role != "protest_site":
            continue
        line_start, line_end = doc.line_span(place.spot.start)
        opener = cues.credit_before.fullmatch(text, line_start, place.spot.start)
        if opener is not None and cues.credit_after.match(text, place.spot.end, line_end):
            roles[n] = OTHER


LINK_BLOCK_LINES = 12
"""Lines above a place in which a links heading ("See also", "Fuentes") is looked for, within
its block (no blank line between): a list of links is short."""


def _link_lists(doc: Document, places: tuple[Resolved, ...], roles: list[Role], reading: Reading) -> None:
    """ "Véase también / Protestas en Táchira de 2017", "Read more: Venezuela's opposition
    says...", "Sources / * "Protestas en Valera" — El Diario de Valera": a line that opens with
    a links word, or a line of the block under a links heading, names other pages, not places
    of the story's events."""
    link_line = role_cues(reading.languages).link_line
    text = doc.text
    for n, place in enumerate(places):
        if roles[n].role != "protest_site":
            continue
        line_start, _ = doc.line_span(place.spot.start)
        if link_line.match(text, line_start):
            roles[n] = OTHER
            continue
        for _ in range(LINK_BLOCK_LINES):
            if line_start == 0:
                break
            line_start, line_end = doc.line_span(line_start - 1)
            line = text[line_start:line_end]
            if not line.strip():
                break
            heading = link_line.match(line)
            if heading is not None and not line[heading.end() :].strip():
                roles[n] = OTHER
                break


SCENE_OPENERS = ("city", "municipality")
"""The places whose opening a sentence tells a scene of its paragraph's event in: a town or a sector."""


def _scenes(
    doc: Document,
    places: tuple[Resolved, ...],
    roles: list[Role],
    told_other: list[bool],
    index: TriggerIndex,
    reading: Reading,
) -> None:
    """ "Los vecinos salieron a las ocho. En Cabimas, la Guardia llegó a las diez y se llevó a
    cinco jóvenes.": a place whose sentence has no event word but opens with a place, in a
    paragraph (or right after one) that reported a protest, is read with that event (see
    TriggerIndex.scene_event_before). Read last, for the places that neither their own sentence
    nor any later reading (a section, a container, an anchor) made sites, so that those win."""
    for n, place in enumerate(places):
        if not told_other[n] or roles[n] is not OTHER or place.entry.place.level == "state":
            continue  # a state sums its towns' events up (see _states_opening_their_paragraph)
        sent_start, sent_end = doc.sentence_span(place.spot.start)
        if (
            _protest_words(index.sentence(sent_start, sent_end))
            or index.scene_event_before(sent_start, sent_end) is None
        ):
            continue
        if places[bisect.bisect_left(index.place_starts, sent_start)].entry.place.level not in SCENE_OPENERS:
            continue  # "En la avenida 20, comerciantes cierran sus santamarías": no town's scene
        role, kind, how = role_of(doc, place, index, reading, scenes=True)
        if role == "protest_site" and how == "scene":
            roles[n] = Role(role, kind, place.spot.start, evidence=how)


def assign_roles(doc: Document, places: tuple[Resolved, ...], reading: Reading) -> tuple[Role, ...]:
    """One Role per place, in order."""
    index = TriggerIndex(doc, reading)
    index.place_starts = [p.spot.start for p in places]
    index.place_spans = [(p.spot.start, p.spot.end) for p in places]
    roles: list[Role] = []
    for place in places:
        role, kind, how = role_of(doc, place, index, reading)
        roles.append(Role(role, kind, place.spot.start, evidence=how) if role == "protest_site" else OTHER)
    told_other = [role is OTHER for role in roles]
    _reference_points(doc, places, roles, reading)
    _measured_from(doc, places, roles, reading)
    _taken_to(doc, places, roles, reading)
    _calm_places(doc, places, roles, index, reading)
    _kept_at(doc, places, roles, index, reading)
    _unverified(doc, places, roles, index, reading)
    _containers_of_other_places(places, roles)
    _state_anaphors(doc, places, roles, index, reading)
    _subheadings(doc, places, roles, index)
    _section_labels(doc, places, roles, index)
    _counted_sections(doc, places, roles, index)
    _count_tables(doc, places, roles, index, reading)
    _inline_counts(doc, places, roles, index, reading)
    _captions(doc, places, roles, index, reading)
    # A state or city named as the container of an event place is a protest site too
    # ("a rally in Valencia, Carabobo state"; "Maiquetía airport in Caracas"); it shares the
    # event's type and date.
    _share_with_containers(places, roles, reading, doc, index)
    # "two were sent to the Rodeo I prison in Guatire": the town a landmark is in shares the
    # landmark's role when it only locates it (its own clause reports nothing there)
    for n, place in enumerate(places):
        container = place.container
        if (
            container is None
            or place.anchor is None
            or roles[n].role == "protest_site"
            or roles[container].role != "protest_site"
            or not 0 <= places[container].spot.start - place.spot.end <= 12
        ):
            continue
        roles[container] = OTHER
    _share_in_lists(doc, places, roles, reading)
    _lists_sent_elsewhere(doc, places, roles, reading)
    _treated_at(doc, places, roles, index, reading)
    _people_from_elsewhere(doc, places, roles, reading)
    _jurisdictions_referred_back(doc, places, roles, index, reading)
    _link_lists(doc, places, roles, reading)
    _photo_credits(doc, places, roles, reading)
    _speakers_parentheticals(doc, places, roles, reading)
    _named_containers(places, roles)
    _states_opening_their_paragraph(doc, places, roles, reading)
    _anchors_of_event_places(doc, places, roles, index, reading)
    _where_the_wounded_went(doc, places, roles, index, reading)
    # "... salieron a protestar en Puerto La Cruz. La GNB dispersó la manifestación con
    # bombas lacrimógenas.": repression of "the protest" in the next sentence
    _scenes(doc, places, roles, told_other, index, reading)
    spans = [(p.spot.start, p.spot.end) for p in places]
    _people_repressed_next(doc, places, roles, spans, index, reading)
    for n, place in enumerate(places):
        if roles[n].role == "protest_site" and roles[n].event_type == "peaceful_protest":
            follow_up = _follow_up_type(doc, place, spans, index, reading)
            if follow_up is not None:
                roles[n] = replace(roles[n], event_type=follow_up, caption_only=False)
    return tuple(roles)
