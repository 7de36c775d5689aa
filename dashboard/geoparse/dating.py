"""Stage 8, dating: the day of the event at each protest site, as a careful reader infers it.

In order: a date in the place's sentence (the nearest; dates inside place names such as
"23 de Enero" are not dates); the chronology heading above it; a day earlier in the same
paragraph; the publication day for present-tense or verbless lines; the lead's day for a later
paragraph of a wire story. Dates that only anchor something else ("since Sunday's vote", "las
elecciones del 28 de julio") are never an event's date, and a running count or a range gives
no date rather than a guess.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

from dashboard import dates as dates_mod
from dashboard.geoparse.document import SENTENCE_WINDOW, Document
from dashboard.geoparse.reading import Reading
from dashboard.geoparse.resolution import Resolved
from dashboard.geoparse.role import Role

LEAD_CHARACTERS = 600
"""The lead of a story: the sentences that start within its first characters."""


@dataclass(frozen=True)
class EventDate:
    """The event date of a place (None when the text does not give a day) and its precision."""

    value: date | None = None
    precision: str | None = None


NO_DATE = EventDate()


class _DateReader:
    """The dates of one document, read once per sentence, paragraph and heading."""

    def __init__(self, doc: Document, reading: Reading, place_spans: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.reading = reading
        self.grammar = reading.dates
        self.place_spans = place_spans
        self._years: dates_mod.YearContext | None = None
        self._headings: tuple[list[int], list[date]] | None = None
        self._sentences: dict[tuple[int, int], tuple[list[dates_mod.DateSpan], list[int]]] = {}
        self._paragraphs: dict[tuple[int, int], tuple[list[int], list[dates_mod.DateSpan]]] = {}
        self._lead: list[tuple[int, set[date]]] | None = None

    def context_year(self, pos: int) -> int | None:
        if self.doc.published is not None:
            return None
        if self._years is None:
            self._years = dates_mod.YearContext(self.doc.text, self.grammar)
        return self._years.at(pos)

    def in_window(self, years: list[int]) -> bool:
        return all(y in self.reading.years for y in years)

    def headings(self) -> tuple[list[int], list[date]]:
        """Chronology headings: lines that are only a date ("29 July"), with their positions."""
        if self._headings is None:
            positions: list[int] = []
            values: list[date] = []
            pos = 0
            for line in self.doc.text.split("\n"):
                stripped = line.strip()
                if stripped and len(stripped) <= 40 and (stripped[0].isdigit() or stripped[0].isalpha()):
                    value = dates_mod.heading_date(
                        stripped, self.doc.published, self.context_year(pos), self.grammar
                    )
                    if value is not None:
                        positions.append(pos)
                        values.append(value)
                pos += len(line) + 1
            self._headings = (positions, values)
        return self._headings

    def sentence_dates(self, start: int, end: int) -> tuple[list[dates_mod.DateSpan], list[int]]:
        cached = self._sentences.get((start, end))
        if cached is None:
            sentence = self.doc.text[start:end]
            cached = (
                dates_mod.find_dates(sentence, self.doc.published, self.context_year(start), self.grammar),
                dates_mod.bare_years(sentence),
            )
            self._sentences[(start, end)] = cached
        return cached

    def paragraph_days_before(
        self, line_start: int, ctx_year: int | None, window: tuple[int, int]
    ) -> list[dates_mod.DateSpan]:
        """Day-precision dates inside `window` of the paragraph starting at `line_start`, offsets
        relative to the window. The paragraph is read once and looked up by bisection, so long
        paragraphs stay linear."""
        key = (line_start, ctx_year or 0)
        found = self._paragraphs.get(key)
        if found is None:
            _, line_end = self.doc.line_span(line_start)
            spans = dates_mod.find_dates(
                self.doc.text[line_start:line_end], self.doc.published, ctx_year, self.grammar
            )
            absolute = [
                dates_mod.DateSpan(s.start + line_start, s.end + line_start, s.value, s.precision)
                for s in spans
            ]
            found = ([s.start for s in absolute], absolute)
            self._paragraphs[key] = found
        starts, spans = found
        lo = bisect.bisect_left(starts, window[0])
        out = []
        for span in spans[lo:]:
            if span.start >= window[1]:
                break
            if span.end <= window[1] and span.value is not None and span.precision == "day":
                out.append(
                    dates_mod.DateSpan(
                        span.start - window[0], span.end - window[0], span.value, span.precision
                    )
                )
        return out

    def is_anchor(self, text: str, span: dates_mod.DateSpan) -> bool:
        """A date that only anchors something else: "since Sunday's vote", "desde el domingo",
        "the July 28 election", "las elecciones del 28 de julio"."""
        r = self.reading
        before = text[max(0, span.start - 40) : span.start]
        if r.anchor_before.search(before) or r.anchor_noun_before.search(before):
            return True
        return bool(r.anchor_noun_after.match(text, span.end, min(len(text), span.end + 40)))

    def lead_date(self, before: int) -> date | None:
        """The single day-precision date of protest sentences in the lead, counting only
        sentences that end before `before` (a date carries forward, never back from a later
        paragraph)."""
        if self._lead is None:
            lead: list[tuple[int, set[date]]] = []
            text = self.doc.text
            starts = self.doc.sent_starts
            lead_end = min(len(text), LEAD_CHARACTERS)
            for idx, start in enumerate(starts):
                if start >= lead_end:
                    break
                end = starts[idx + 1] if idx + 1 < len(starts) else len(text)
                sentence = text[start : min(end, start + SENTENCE_WINDOW)]
                if not any(p.search(sentence) for p in self.reading.triggers.values()):
                    continue
                if not self.in_window(dates_mod.bare_years(sentence)):
                    continue
                days = {
                    span.value
                    for span in dates_mod.find_dates(
                        sentence, self.doc.published, self.context_year(start), self.grammar
                    )
                    if span.value is not None
                    and span.precision == "day"
                    and not self.is_anchor(sentence, span)
                }
                lead.append((end, days))
            self._lead = lead
        found: set[date] = set()
        for end, days in self._lead:
            if end <= before:
                found |= days
        return found.pop() if len(found) == 1 else None

    def date_at(self, place: Resolved) -> EventDate:
        doc = self.doc
        text = doc.text
        sent_start, sent_end = doc.sentence_span(place.spot.start)
        sentence = text[sent_start:sent_end]
        spans, years = self.sentence_dates(sent_start, sent_end)
        # "23 de Enero" is a barrio, not a date
        lo = bisect.bisect_left(self.place_spans, (sent_start - 200, 0))
        hi = bisect.bisect_right(self.place_spans, (sent_end, 0))
        names = self.place_spans[lo:hi]
        spans = [
            s
            for s in spans
            if s.value is not None
            and not any(a < s.end + sent_start and s.start + sent_start < b for a, b in names)
        ]
        anchors = [s for s in spans if self.is_anchor(sentence, s)]
        if anchors:
            # "since Sunday's vote": the date anchors a count or a cause, not the event; a
            # sentence whose only date is such an anchor gets no date rather than a guess
            spans = [s for s in spans if s not in anchors]
            if not spans:
                return NO_DATE
        if spans:
            pos = place.spot.start - sent_start
            best = min(spans, key=lambda s: abs(s.start - pos) if s.start >= pos else (pos - s.end) * 1.1)
            return EventDate(best.value, best.precision)
        if not self.in_window(years):
            return NO_DATE
        positions, values = self.headings()
        heading = bisect.bisect_right(positions, place.spot.start)
        if heading:
            return EventDate(values[heading - 1], "day")
        # a date earlier in the same line/paragraph carries over
        line_start, _ = doc.line_span(place.spot.start)
        if line_start < sent_start:
            window = (max(line_start, sent_start - 1500), sent_start)
            earlier = self.paragraph_days_before(line_start, self.context_year(sent_start), window)
            if earlier:
                last = earlier[-1]
                if self.is_anchor(text[window[0] : window[1]], last):
                    return NO_DATE  # "... since Sunday's vote. In Aragua, two were shot": no day
                return EventDate(last.value, "day")
        if self.reading.count_since.search(sentence):
            return NO_DATE  # "han sido detenidas desde el domingo": a count, not a day
        if doc.published is not None and (
            self.reading.present.search(sentence) or not self.reading.past.search(sentence)
        ):
            return EventDate(doc.published, "day")
        # a wire story's lead gives the day; later paragraphs about protests mostly
        # describe the same day, unless they count or range ("since the election")
        lead = self.lead_date(sent_start)
        if lead is not None and not self.reading.cumulative.search(sentence):
            return EventDate(lead, "day")
        return NO_DATE


def date_events(
    doc: Document, places: tuple[Resolved, ...], roles: tuple[Role, ...], reading: Reading
) -> tuple[EventDate, ...]:
    """One EventDate per place: protest sites get the date of their event (a container shares
    the date of the event place it contains), other places none."""
    spans = sorted((p.spot.start, p.spot.end) for p in places)
    reader = _DateReader(doc, reading, spans)
    own: dict[int, EventDate] = {}
    out: list[EventDate] = []
    for role in roles:
        if role.role != "protest_site" or role.date_from is None:
            out.append(NO_DATE)
            continue
        if role.date_from not in own:
            own[role.date_from] = reader.date_at(places[role.date_from])
        out.append(own[role.date_from])
    return tuple(out)
