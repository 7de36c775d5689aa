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
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dashboard import dates as dates_mod
from dashboard.geoparse.document import SENTENCE_WINDOW, Document
from dashboard.geoparse.reading import Reading
from dashboard.geoparse.resolution import Resolved
from dashboard.geoparse.role import Role

LEAD_CHARACTERS = 600
"""The lead of a story: the sentences that start within its first characters."""

CARRY_DAYS = 3
"""In older news, the lead's day goes on through the story when it is at most this many days
before publication (a report of those days, not a later round-up)."""

STATED = ("sentence", "caption", "heading", "paragraph")
"""Sources of a date the text states for the place (stronger than a guess)."""
GUESSED = ("published", "lead")
"""Sources of a date the reader assumes (the publication day, the lead's day)."""

_DATELINE = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w.'’ -]{1,40}?,\s*(?:[A-ZÁÉÍÓÚÑ][\w. ]{1,25},\s*)?"
    r"(?:\d{1,2}\s+[A-Za-záéíóú]{3,10}\.?|[A-Za-z]{3,10}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*"
    r"(?:\(\s*[\w .]{1,25}\s*\))?\s*(?:\.?\s*[-—–]+|\(\s*[\w .]{1,25}\s*\))"
)


@dataclass(frozen=True)
class EventDate:
    """The event date of a place (None when the text does not give a day), its precision, and
    where it was read (`source`: sentence, caption, heading, paragraph, published, lead)."""

    value: date | None = None
    precision: str | None = None
    source: str = ""


NO_DATE = EventDate()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping `spans`."""
    index = bisect.bisect_right(spans, (start, 1 << 62))
    return (index > 0 and spans[index - 1][1] > start) or (index < len(spans) and spans[index][0] < end)


class _DateReader:
    """The dates of one document, read once per sentence, paragraph and heading."""

    def __init__(
        self, doc: Document, reading: Reading, not_dates: list[tuple[int, int]], wire: bool = False
    ) -> None:
        self.doc = doc
        self.reading = reading
        self.grammar = reading.dates
        self.not_dates = not_dates  # place names and datelines, sorted
        self._years: dates_mod.YearContext | None = None
        self._headings: tuple[list[int], list[date]] | None = None
        self._sentences: dict[tuple[int, int], tuple[list[dates_mod.DateSpan], list[int]]] = {}
        self._paragraphs: dict[tuple[int, int], tuple[list[int], list[dates_mod.DateSpan]]] = {}
        self._lead: list[tuple[int, set[date]]] | None = None
        self._explicit: tuple[list[int], list[date]] | None = None
        self._known: tuple[list[int], list[date]] | None = None
        self._lead_relative: set[date] = set()
        self.wire = wire  # the story opens with a dateline or a dated byline: news of the day
        self._events: dict[tuple[int, int], tuple[list[dates_mod.DateSpan], bool, list[int]]] = {}
        self._fallbacks: dict[tuple[int, int], EventDate] = {}

    def context_year(self, pos: int) -> int | None:
        if self.doc.published is not None:
            return None
        if self._years is None:
            self._years = dates_mod.YearContext(self.doc.text, self.grammar)
        return self._years.at(pos)

    def in_window(self, years: list[int]) -> bool:
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
                    inside.append(replace(span, start=span.start - start, end=span.end - start))
            cached = (inside, dates_mod.bare_years(self.doc.text[start:end]))
            self._sentences[(start, end)] = cached
        return cached

    def event_dates(self, start: int, end: int) -> tuple[list[dates_mod.DateSpan], bool, list[int]]:
        """The dates of a sentence that can be an event's (references resolved, anchors
        removed), whether it had an anchor, and its bare years; read once per sentence."""
        cached = self._events.get((start, end))
        if cached is None:
            sentence = self.doc.text[start:end]
            spans, years = self.sentence_dates(start, end)
            resolved: list[dates_mod.DateSpan] = []
            for s in spans:
                if s.shift is not None:  # "al día siguiente": the day in force, shifted
                    in_force = self.day_in_force(start + s.start)
                    if in_force is not None:
                        resolved.append(
                            dates_mod.DateSpan(s.start, s.end, in_force + timedelta(days=s.shift), "day")
                        )
                elif s.weekday is not None:  # "ese domingo": the Sunday of an earlier explicit date
                    value = self.referred_day(start + s.start, s.weekday)
                    if value is not None:
                        resolved.append(dates_mod.DateSpan(s.start, s.end, value, "day"))
                elif s.value is not None:
                    resolved.append(s)
            kept = [s for s in resolved if not self.is_anchor(sentence, s)]
            cached = (kept, len(kept) < len(resolved), years)
            self._events[(start, end)] = cached
        return cached

    def paragraph_dates(
        self, line_start: int, ctx_year: int | None
    ) -> tuple[list[int], list[dates_mod.DateSpan]]:
        """Every date of the paragraph starting at `line_start`, absolute offsets, read once."""
        key = (line_start, ctx_year or 0)
        found = self._paragraphs.get(key)
        if found is None:
            _, line_end = self.doc.line_span(line_start)
            spans = dates_mod.find_dates(
                self.doc.text[line_start:line_end], self.doc.published, ctx_year, self.grammar
            )
            absolute = [
                replace(s, start=s.start + line_start, end=s.end + line_start)
                for s in self.usable(spans, line_start)
            ]
            found = ([s.start for s in absolute], absolute)
            self._paragraphs[key] = found
        return found

    def paragraph_days_before(
        self, line_start: int, ctx_year: int | None, window: tuple[int, int]
    ) -> list[dates_mod.DateSpan]:
        """Day-precision dates inside `window` of the paragraph starting at `line_start`, offsets
        relative to the window (looked up by bisection, so long paragraphs stay linear)."""
        starts, spans = self.paragraph_dates(line_start, ctx_year)
        lo = bisect.bisect_left(starts, window[0])
        out = []
        for span in spans[lo:]:
            if span.start >= window[1]:
                break
            if span.end <= window[1] and span.value is not None and span.precision == "day":
                out.append(
                    dates_mod.DateSpan(span.start - window[0], span.end - window[0], span.value, "day")
                )
        return out

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
        not an anchor such as "since Sunday's vote"), with its position: the day in force."""
        if self._known is None:
            positions: list[int] = []
            values: list[date] = []
            for line_start in self.doc.line_starts:
                for span in self.paragraph_dates(line_start, self.context_year(line_start))[1]:
                    if span.value is None or span.precision != "day":
                        continue
                    sent_start, sent_end = self.doc.sentence_span(span.start)
                    relative = dates_mod.DateSpan(
                        span.start - sent_start, span.end - sent_start, span.value, "day"
                    )
                    if not self.is_anchor(self.doc.text[sent_start:sent_end], relative):
                        positions.append(span.start)
                        values.append(span.value)
            self._known = (positions, values)
        return self._known

    def day_in_force(self, position: int) -> date | None:
        """The day a reader has in mind at `position`: the last day the text gave before it,
        else the lead's ("El día anterior..." in a story of "este miércoles")."""
        positions, values = self.known_days()
        index = bisect.bisect_left(positions, position)
        if index:
            return values[index - 1]
        return self.lead_date(len(self.doc.text))

    def referred_day(self, position: int, weekday: int) -> date | None:
        """The latest explicit day before `position` that falls on `weekday` (any, for ANY_DAY)."""
        positions, values = self.explicit_days()
        for index in range(bisect.bisect_left(positions, position) - 1, -1, -1):
            if weekday == dates_mod.ANY_DAY or values[index].weekday() == weekday:
                return values[index]
        return None

    def is_anchor(self, text: str, span: dates_mod.DateSpan) -> bool:
        """A date that only anchors something else: "since Sunday's vote", "desde el domingo",
        "the July 28 election", "las elecciones del 28 de julio"."""
        r = self.reading
        before = text[max(0, span.start - 40) : span.start]
        if r.since_start_before.search(text[max(0, span.start - 60) : span.start]):
            return True  # "arrests since protests began on 28 July"
        anchor = r.anchor_before.search(before)
        if anchor and r.start_verb.search(
            text[max(0, span.start - 100) : span.start - len(before) + anchor.start()]
        ):
            return False  # "las protestas comenzaron en Mérida desde el 5 de enero": when they began there
        if anchor or r.anchor_noun_before.search(before):
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
                found, _ = self.sentence_dates(start, min(end, start + SENTENCE_WINDOW))
                days = set()
                for span in found:
                    if span.value is None or span.precision != "day" or self.is_anchor(sentence, span):
                        continue
                    days.add(span.value)
                    if not any(ch.isdigit() for ch in sentence[span.start : span.end]):
                        self._lead_relative.add(span.value)  # "este martes", "yesterday"
                lead.append((end, days))
            self._lead = lead
        found_days: set[date] = set()
        for end, days in self._lead:
            if end <= before:
                found_days |= days
        return found_days.pop() if len(found_days) == 1 else None

    def caption_date(self, position: int) -> date | None:
        """The explicit date of a photo caption's line ("... Photo taken on 30 July 2024.")."""
        line_start, line_end = self.doc.line_span(position)
        if line_end - line_start > 400 or not self.reading.caption_line.search(
            self.doc.text, line_start, line_end
        ):
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

    def date_at(self, position: int) -> EventDate:
        """The date of the event reported at `position` (a place, or the sentence about it)."""
        sent_start, sent_end = self.doc.sentence_span(position)
        resolved, had_anchor, years = self.event_dates(sent_start, sent_end)
        if had_anchor and not resolved:
            # "since Sunday's vote": the date anchors a count or a cause, not the event; a
            # sentence whose only date is such an anchor gets no date rather than a guess
            return NO_DATE
        if resolved:
            pos = position - sent_start
            best = min(resolved, key=lambda s: abs(s.start - pos) if s.start >= pos else (pos - s.end) * 1.1)
            return EventDate(best.value, best.precision, "sentence")
        cached = self._fallbacks.get((sent_start, sent_end))
        if cached is None:
            cached = self._fallback(sent_start, sent_end, years)
            self._fallbacks[(sent_start, sent_end)] = cached
        return cached

    def _fallback(self, sent_start: int, sent_end: int, years: list[int]) -> EventDate:
        """The date of an event in a sentence that states no date of its own (the same for every
        place of the sentence: read once)."""
        doc = self.doc
        text = doc.text
        sentence = text[sent_start:sent_end]
        caption = self.caption_date(sent_start)
        if caption is not None:
            return EventDate(caption, "day", "caption")
        if not self.in_window(years):
            return NO_DATE
        positions, values = self.headings()
        heading = bisect.bisect_right(positions, sent_start)
        if heading:
            return EventDate(values[heading - 1], "day", "heading")
        # a date earlier in the same line/paragraph carries over
        line_start, _ = doc.line_span(sent_start)
        if line_start < sent_start:
            window = (max(line_start, sent_start - 1500), sent_start)
            earlier = self.paragraph_days_before(line_start, self.context_year(sent_start), window)
            if earlier:
                last = earlier[-1]
                if self.is_anchor(text[window[0] : window[1]], last):
                    return NO_DATE  # "... since Sunday's vote. In Aragua, two were shot": no day
                return EventDate(last.value, "day", "paragraph")
        if self.reading.count_since.search(sentence) or self.reading.cumulative.search(sentence):
            return NO_DATE  # "han sido detenidas desde el domingo", "all week": a count or a range
        if self.is_title(sent_start):
            # a headline says what the story reports: its day is the lead's
            lead = self.lead_date(len(text))
            return EventDate(lead, "day", "lead") if lead is not None else NO_DATE
        # the publication day is a reader's guess for news of the dataset's years only: a
        # 2014 post that names no day leaves its events undated (the corpus guidelines)
        guess_published = doc.published is not None and doc.published.year in self.reading.years
        if (
            guess_published
            and doc.published is not None
            and (self.reading.present.search(sentence) or not self.reading.past.search(sentence))
        ):
            return EventDate(doc.published, "day", "published")  # "protesters are gathering"
        # a story's lead gives the day; later paragraphs and sections go on with that day
        # unless they give another day or another time (a count, a range, another year)
        lead = self.lead_date(sent_start)
        if lead is not None and self.carries(lead):
            return EventDate(lead, "day", "lead")
        return NO_DATE

    def carries(self, lead: date) -> bool:
        """Whether the lead's day goes on through the story: in news of the dataset's years;
        in older news, when the lead tells the day as news of the day does, relative to the
        publication ("marcharon este martes", "on Tuesday", "yesterday"): a post that opens with
        a calendar date ("On February 12, ...") is a round-up of several days, whose later
        paragraphs say no day."""
        if lead.year in self.reading.years:
            return True
        published = self.doc.published
        return (
            published is not None
            and 0 <= (published - lead).days <= CARRY_DAYS
            and lead in self._lead_relative
            and self.wire
        )

    def is_title(self, position: int) -> bool:
        """Whether `position` is in the story's headline: its first line, short and without a
        full stop, above the text."""
        line_start, line_end = self.doc.line_span(position)
        if line_start != 0 or line_end >= len(self.doc.text):
            return False
        line = self.doc.text[line_start:line_end].strip()
        return 0 < len(line) <= 160 and not line.endswith((".", "!", "?"))


BYLINE_CHARACTERS = 90
"""Longest byline line ("Por Redacción | 9 de junio de 2017")."""


def dateline_spans(doc: Document, reading: Reading | None = None) -> list[tuple[int, int]]:
    """The datelines at the start of the text's lines ("CARACAS, Aug 6 (Reuters) -",
    "MARACAIBO, 12 ago (EFE).–") and dated bylines ("Por Redacción | 9 de junio de 2017"):
    their date is the filing or publication day, not an event's."""
    spans = []
    for line_start in doc.line_starts[:6]:
        match = _DATELINE.match(doc.text, line_start, min(len(doc.text), line_start + 90))
        if match:
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


def date_events(
    doc: Document, places: tuple[Resolved, ...], roles: tuple[Role, ...], reading: Reading
) -> tuple[EventDate, ...]:
    """One EventDate per place: protest sites get the date of their event (read where the role
    says: a container shares the date of the event place it contains), other places none."""
    datelines = dateline_spans(doc, reading)
    not_dates = sorted({(p.spot.start, p.spot.end) for p in places} | set(datelines))
    merged: list[tuple[int, int]] = []
    for start, end in not_dates:  # the spans must not overlap for the bisection
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    reader = _DateReader(doc, reading, merged, wire=bool(datelines))
    seen: dict[int, EventDate] = {}
    out: list[EventDate] = []
    for role in roles:
        if role.role != "protest_site" or role.date_at is None:
            out.append(NO_DATE)
            continue
        if role.caption_only:
            caption = reader.caption_date(role.date_at)
            out.append(EventDate(caption, "day", "caption") if caption is not None else NO_DATE)
            continue
        if role.date_at not in seen:
            seen[role.date_at] = reader.date_at(role.date_at)
        out.append(seen[role.date_at])
    return _stated_dates_win(places, roles, out)


def _stated_dates_win(
    places: tuple[Resolved, ...], roles: tuple[Role, ...], dates: list[EventDate]
) -> tuple[EventDate, ...]:
    """A place reported several times: the one day the text states for it replaces the guesses
    (publication or lead day) of its other protest mentions, such as a headline's."""
    stated: dict[str, set[date]] = {}
    for place, role, when in zip(places, roles, dates, strict=True):
        if role.role == "protest_site" and when.value is not None and when.source in STATED:
            stated.setdefault(place.place.place_id, set()).add(when.value)
    out = []
    for place, role, when in zip(places, roles, dates, strict=True):
        days = stated.get(place.place.place_id)
        if role.role == "protest_site" and when.source in GUESSED and days and len(days) == 1:
            when = EventDate(next(iter(days)), "day", "stated elsewhere")
        out.append(when)
    return tuple(out)
