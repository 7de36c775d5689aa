"""Untrusted text into Streamlit markdown: escape first, then add our own emphasis.

Article text may contain HTML, Markdown and LaTeX markup. st.markdown without
unsafe_allow_html does not run HTML, but it would still *format* Markdown (links, images,
emphasis) and `$...$`, so every special character is escaped and HTML is entity-encoded.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")


def escape_markdown(text: str) -> str:
    """Text that st.markdown shows literally (no HTML, no Markdown, no LaTeX, one line)."""
    flat = " ".join(str(text).split())
    return _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(flat, quote=False))


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """`text` folded like the search index (case and accents ignored), and for each folded
    character the index of the original character it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in fold_name_char(char):
            folded.append(piece)
            origin.append(index)
    return "".join(folded), origin


def fold_name_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def term_spans(sentence: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where each search term occurs in `sentence`, ignoring case and accents ("bolivar" finds
    "Bolívar"), as [start, end) offsets into the original sentence."""
    if not terms:
        return []
    folded, origin = _folded_with_offsets(sentence)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = "".join(fold_name_char(c) for c in term).rstrip("*")
        if not needle:
            continue
        at = folded.find(needle)
        while at >= 0:
            spans.append((origin[at], origin[at + len(needle) - 1] + 1))
            at = folded.find(needle, at + len(needle))
    return spans


def highlight(sentence: str, start: int, end: int, terms: Sequence[str] = ()) -> str:
    """The sentence as safe Markdown: [start, end) (the place) in bold and the search terms on
    a highlight. Escape first, then add our own marks, run by run."""
    if not sentence:
        return ""
    place = [False] * len(sentence)
    if 0 <= start < end <= len(sentence):
        for i in range(start, end):
            place[i] = True
    hit = [False] * len(sentence)
    for a, b in term_spans(sentence, terms):
        for i in range(a, b):
            hit[i] = True
    out: list[str] = []
    i = 0
    while i < len(sentence):
        j = i
        while j < len(sentence) and (place[j], hit[j]) == (place[i], hit[i]):
            j += 1
        chunk = sentence[i:j]
        if place[i] or hit[i]:
            core = chunk.strip()
            lead = " " if chunk[:1].isspace() else ""
            trail = " " if chunk[-1:].isspace() else ""
            if core:
                marked = escape_markdown(core)
                if hit[i]:
                    marked = f":orange-background[{marked}]"
                if place[i]:
                    marked = f"**{marked}**"
                out.append(lead + marked + trail)
            else:
                out.append(" ")
        else:
            lead = " " if chunk[:1].isspace() and i > 0 else ""
            trail = " " if chunk[-1:].isspace() and j < len(sentence) else ""
            out.append(lead + escape_markdown(chunk) + trail if chunk.strip() else " ")
        i = j
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def find_span(sentence: str, *needles: str) -> tuple[int, int]:
    """Where the first of `needles` occurs in `sentence` (case-insensitive), or (-1, -1)."""
    lower = sentence.lower()
    for needle in needles:
        if needle:
            at = lower.find(needle.lower())
            if at >= 0:
                return at, at + len(needle)
    return -1, -1


def safe_link(url: object) -> str | None:
    """A Markdown link target for http(s) URLs only (no javascript:, no data:), or None.

    A URL with whitespace or a control character anywhere is refused rather than repaired: a
    newline inside a link target ends the link and lets the rest be read as Markdown (an image
    that every visitor's browser would fetch). `mapview.safe_url` is the same rule for the map.
    """
    from dashboard.mapview import safe_url

    checked = safe_url(url)
    if checked is None:
        return None
    return checked.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def md(text: object) -> str:
    """Short for escape_markdown(str(text)): for untrusted values inside our own Markdown."""
    return escape_markdown(str(text))
