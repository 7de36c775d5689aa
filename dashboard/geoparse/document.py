"""Stage 1, the document: the text cut once into tokens, sentences and lines.

Every later stage reads offsets from this frozen value instead of running its own regex over
the whole text, so that the work per place name does not grow with the length of the article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from dashboard.dates import fold_text
from dashboard.gazetteer import TOKEN_RE, fold
from dashboard.geoparse.reading import lowered_exactly
from dashboard.knowledge import load_language_pack

_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])((?:\[\d[\d\[\]]*)?[\"”’)]*\s+)(?=[\"“(¿¡]*[A-ZÁÉÍÓÚÑ0-9])|(?<=\n))"
)
"""A full stop (or ! ?) and the quotes and spaces after it, before a capital; or a line break.
Citation markers glued to the stop ("...con troncos.[5] Dos días después", "basura.[5][6] Al día
siguiente", as stored copies of encyclopaedia pages keep them) belong to the sentence they close:
without them the next sentence, and its "two days later", would be read as the same one.
The stop is matched, not looked behind for: a pattern that begins with a look-behind is tried
at every character, one that begins with a class skips to the next stop in C. So the line break
is in that first class too, and a look-behind picks the branch: sre skips ahead only when every
alternative begins with a plain literal, and "[.!?]...|\n" was tried at every character (the
sentence scan three times faster, about 1.6% of the extraction)."""

_WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
"""TOKEN_RE without its first branch (letter-dot runs such as "U.S."), which makes sre try
that branch at every token and doubles the scan."""
_DOTTED = re.compile(r"\.[^\W\d_]{1,2}\.")
"""What every match of TOKEN_RE's first branch holds (".S." of "U.S."): a text without it
tokenises alike under _WORD_RE, which that branch then never matches. A search for it is fast
(it begins with a literal)."""

_SPLIT_WORDS = re.compile(f"({_WORD_RE.pattern})")
_SPLIT_TOKENS = re.compile(f"({TOKEN_RE.pattern})", TOKEN_RE.flags)
"""The tokenisers with the token as a group: `split` returns the gaps and the tokens in turn,
whose running lengths are the tokens' offsets. One C-level pass builds no match object per token
(finditer does, and reading each one's group, start and end cost as much as the scan)."""

_fold_token = functools.lru_cache(maxsize=1 << 16)(fold)
"""`fold` of one token, memoised: news text repeats its words, and a cache hit costs less than
the call it saves."""

SENTENCE_WINDOW = 1200
"""Longest sentence read as one: a run-on text without punctuation is read in aligned windows
of this size, so that the work per mention stays bounded."""

COUNT_IN_BRACKETS = (
    r"\([^\S\n]*(?!(?:19|20)\d\d\b)\d[\d.,]*(?![^\S\n]+(?:de|of)\b)(?:[^\S\n]+[^\W\d_]+){0,2}[^\S\n]*\)"
)
"""A count in brackets after a name, as bulletins give their totals per place ("Mérida (12)",
"Zulia ( 1.043 )", "Lara (13 protestas)"); not a year ("(2019)") nor a day ("(3 de agosto)").
What the dating stage reads as a sentence of totals, the role stage as places that count the
sentence before's event, and resolution as the member of a list it comes after."""

CLOCK_ENTRY = re.compile(
    r"[^\S\n]*[*_#]*[^\S\n]*(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?\s?m\.?)(?:\s*[ap]\.?\s?m\.?)?"
    r"(?:[^\S\n]+[A-Z]{2,4}\b)?[*_]*[^\S\n]*(?:[—–|:-][^\S\n]*)?(?=[^\W\d_])"
)
"""A live blog's entry that starts with its time of day, read at a line start ("06:45 Streets in
eastern Caracas are empty", "9:40 a.m. ET — ..."): a new entry, not the paragraph before it."""

_ENTRY_LABEL = re.compile(r"[^\S\n]*[^\W\d_][^.:;\n]{0,40}:[^\S\n]+")
"""A live entry's label before its words ("Outside the capital: in Los Teques, ...")."""


def opening_words(text: str, sent_start: int, end: int) -> str:
    """The words of the sentence at `sent_start` up to `end`, after a live entry's time and label,
    with the first letter capitalised as a sentence's ("in Los Teques" after "Outside the
    capital:" opens as "In Los Teques")."""
    words = text[sentence_opening(text, sent_start) : end]
    return words[:1].upper() + words[1:]


def sentence_opening(text: str, sent_start: int) -> int:
    """Where the words of the sentence at `sent_start` begin: after a live blog entry's time of
    day and its label, if any ("15:30 Outside the capital: in Los Teques, residents of ...")."""
    clock = CLOCK_ENTRY.match(text, sent_start)
    if clock is None:
        return sent_start
    label = _ENTRY_LABEL.match(text, clock.end())
    return label.end() if label is not None else clock.end()


_PLAIN_GAPS = frozenset(a + b for a in " \u00a0\t" for b in ("", " ", "\u00a0", "\t"))
"""Every gap of one or two plain spaces (see Document.adjacent)."""


@dataclass(frozen=True)
class Document:
    """An article as the stages read it. Offsets are Python string indices into `text`."""

    text: str
    published: date | None
    language: str
    tok_start: tuple[int, ...]
    tok_end: tuple[int, ...]
    tokens: tuple[str, ...]
    folded: tuple[str, ...]
    sent_starts: tuple[int, ...]
    line_starts: tuple[int, ...]
    lowered: str | None = None
    """`text.lower()` when lower-cased patterns read it exactly as IGNORECASE ones read `text`
    (see reading.lowered_exactly): the fast path of reading.Words; None: read it slowly."""
    sent_spans: tuple[tuple[int, int] | None, ...] = ()
    """Each sentence's (start, end), None for one longer than SENTENCE_WINDOW: what
    sentence_span returns, made once (the stages ask it a few hundred times per article)."""
    folded_text: str | None = None
    """`dates.fold_text(text)` when every window of it is the window's own fold (see
    folded_exactly): what the stages cut windows from instead of folding each; None: fold
    each window."""

    gaps: tuple[str, ...] = ()
    """The text between token i and token i+1, for each i (the tokeniser's own pieces, kept):
    what adjacent reads, some seventy thousand times per two hundred articles."""
    line_spans: tuple[tuple[int, int], ...] = ()
    """Each line's (start, end), as line_span returns it, made once per document."""
    capitalised_words: frozenset[str] = frozenset()
    """The distinct tokens that are capitalised (see is_capitalised), each tested once: a set
    lookup per token then replaces a Python test per token in the scans of spotting and
    anchoring (a text repeats its words). A field, not a cached property: an instance whose
    attributes spill into a dict reads every attribute slower, and the stages read the
    document's some million times per two hundred articles."""
    sentence_spans_asked: dict[int, tuple[int, int]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    """sentence_span's answers by position, kept for this document only: the stages ask it about
    76 thousand times per two hundred articles, for 10 thousand distinct positions (mostly the
    places' starts, each asked by resolution, role, dating, confidence and assembly), and a dict
    lookup costs half the bisection and checks it replaces."""
    line_spans_asked: dict[int, tuple[int, int]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    """line_span's answers by position, likewise (94 thousand questions, 15 thousand positions)."""

    def adjacent(self, i: int) -> bool:
        """Tokens i and i+1 are separated by plain spaces only (one name may span them)."""
        if i >= 0 and self.gaps:
            return self.gaps[i] in _PLAIN_GAPS  # (an IndexError past the last token, as below)
        gap = self.text[self.tok_end[i] : self.tok_start[i + 1]]
        return 0 < len(gap) <= 2 and gap.strip(" \u00a0\t") == ""

    def capitalised(self, i: int) -> bool:
        """is_capitalised(self.tokens[i]), read from the words tested once (capitalised_words)."""
        return self.tokens[i] in self.capitalised_words

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`, clamped to a SENTENCE_WINDOW-character window (run-on
        text without punctuation must not make the work per mention grow with the text)."""
        found = self.sentence_spans_asked.get(pos)
        if found is None:
            found = self.sentence_spans_asked[pos] = self._sentence_span(pos)
        return found

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        """sentence_span, computed."""
        idx = bisect.bisect_right(self.sent_starts, pos) - 1
        spans = self.sent_spans
        if 0 <= idx < len(spans):
            span = spans[idx]
            if span is not None:
                return span
        start = self.sent_starts[idx]
        end = self.sent_starts[idx + 1] if idx + 1 < len(self.sent_starts) else len(self.text)
        if end - start <= SENTENCE_WINDOW:
            return start, end
        step = SENTENCE_WINDOW // 3
        block_start = start + max(0, (pos - start) // step - 1) * step  # aligned, so windows repeat
        return block_start, min(end, block_start + SENTENCE_WINDOW)

    def folded_window(self, start: int, end: int) -> str:
        """`dates.fold_text(text[start:end])`, cut from `folded_text` when there is one."""
        if self.folded_text is not None:
            return self.folded_text[start:end]
        return fold_text(self.text[start:end])

    def line_span(self, pos: int) -> tuple[int, int]:
        """The line (paragraph) around `pos`, without its line break."""
        found = self.line_spans_asked.get(pos)
        if found is None:
            found = self.line_spans_asked[pos] = self._line_span(pos)
        return found

    def _line_span(self, pos: int) -> tuple[int, int]:
        """line_span, computed."""
        idx = bisect.bisect_right(self.line_starts, pos) - 1
        if idx >= 0 and self.line_spans:
            return self.line_spans[idx]
        start = self.line_starts[idx]
        end = self.line_starts[idx + 1] - 1 if idx + 1 < len(self.line_starts) else len(self.text)
        return start, end


def folded_exactly(text: str) -> str | None:
    """fold_text(text) when, for every window, fold_text(text[a:b]) == fold_text(text)[a:b]:
    lower-casing keeps the length of every character (no "İ"), and no capital sigma, the one
    letter whose lower case depends on its neighbours; else None. (fold_text keeps the length of
    the lower-cased text, so its own length says it, without lower-casing the text twice.)"""
    if "\u03a3" in text:
        return None
    folded = fold_text(text)
    return folded if len(folded) == len(text) else None


def is_capitalised(token: str) -> bool:
    """A token that can start or continue a name: capitalised, or a number ("23 de Enero")."""
    return token[:1].isupper() or token[:1].isdigit()


def sentence_starts(text: str, abbreviations: tuple[str, ...]) -> tuple[int, ...]:
    """Start offsets of sentences (line breaks, and . ! ? before a capital, except after a
    known abbreviation such as "U.S.")."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        gap = match.group(1)  # None: a line break
        if gap is not None and gap != "\n":
            stop_end = match.start() + 1
            if text[max(0, stop_end - 6) : stop_end].endswith(abbreviations):
                continue
        starts.append(match.end())
    return tuple(starts)


def detect_language(text: str, candidates: tuple[str, ...] = ("en", "es")) -> str:
    """The candidate language whose pack's function words are most frequent in the first
    1,500 characters (enough for news text); the first candidate on a tie."""
    counts = dict.fromkeys(candidates, 0)
    words = {code: frozenset(load_language_pack(code).function_words) for code in candidates}
    for match in TOKEN_RE.finditer(text, 0, min(len(text), 1500)):
        word = match.group().lower()
        for code in candidates:
            counts[code] += word in words[code]
    best = candidates[0]
    for code in candidates[1:]:
        if counts[code] > counts[best]:
            best = code
    return best


def read_document(
    text: str, published: date | None, language: str, abbreviations: tuple[str, ...]
) -> Document:
    """Tokenise `text` once and find its sentences and lines."""
    starts = sentence_starts(text, abbreviations)
    tokeniser = _SPLIT_TOKENS if _DOTTED.search(text) else _SPLIT_WORDS
    parts = tokeniser.split(text)  # gap, token, gap, ..., token, gap
    offsets = tuple(itertools.accumulate(map(len, parts)))  # where each part ends
    tokens = tuple(parts[1::2])
    capitalised_words = frozenset([t for t in set(tokens) if t[:1].isupper() or t[:1].isdigit()])
    line_starts = (0, *(m.end() for m in re.finditer("\n", text)))
    return Document(
        text=text,
        published=published,
        language=language,
        tok_start=offsets[0:-1:2],
        tok_end=offsets[1::2],
        tokens=tokens,
        folded=tuple(map(_fold_token, tokens)),
        sent_starts=starts,
        sent_spans=tuple(
            (start, end) if end - start <= SENTENCE_WINDOW else None
            for start, end in zip(starts, (*starts[1:], len(text)), strict=True)
        ),
        line_starts=line_starts,
        gaps=tuple(parts[2:-1:2]),
        line_spans=tuple(
            zip(line_starts, (*(start - 1 for start in line_starts[1:]), len(text)), strict=True)
        ),
        lowered=lowered_exactly(text),
        folded_text=folded_exactly(text),
        capitalised_words=capitalised_words,
    )
