"""Untrusted text into Streamlit Markdown or HTML: escape first, then add our own emphasis.

Article text may contain HTML, Markdown and LaTeX markup. st.markdown without
unsafe_allow_html does not run HTML, but it would still *format* Markdown (links, images,
emphasis) and `$...$`, so every special character is escaped and HTML is entity-encoded.

The explore page's excerpt cards are HTML (st.html: the browser renders a page of them in a
fraction of the time its Markdown renderer takes). There every untrusted value goes through
`escape_html` and nothing else, our own tags are written around the escaped text, and a link is
made only of an http(s) URL (`html_link`). Streamlit also passes st.html through DOMPurify, but
that is its safety net, not ours: what we send is already inert.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")


def escape_markdown(text: str) -> str:
    """Text that st.markdown shows literally (no HTML, no Markdown, no LaTeX, one line)."""
    flat = " ".join(str(text).split())
    return _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(flat, quote=False))


def escape_html(text: object) -> str:
    """Text that HTML shows literally, in an element or in a quoted attribute (one line).

    The one escape for untrusted values in the HTML we send (`&`, `<`, `>`, both quotes)."""
    return html.escape(" ".join(str(text).split()), quote=True)


def html_link(url: object, label: str) -> str:
    """An ``<a>`` to `url` (opened in a new tab) around `label` (HTML already), if `url` is
    http(s) with no whitespace or control character (`mapview.safe_url`); any other URL is shown
    as escaped text, and no URL as nothing."""
    from dashboard.mapview import safe_url

    checked = safe_url(url)
    if checked is not None:
        return f'<a href="{escape_html(checked)}" target="_blank" rel="noopener noreferrer">{label}</a>'
    return escape_html(url) if isinstance(url, str) and url.strip() else ""


@dataclass(frozen=True)
class Markup:
    """How our own emphasis is written around escaped untrusted text, for one kind of element."""

    escape: Callable[[str], str]
    strong: str
    """Bold, around escaped text: the place an excerpt is about."""
    mark: str
    """A highlight, around escaped text: a searched word."""


MARKDOWN = Markup(escape_markdown, "**{}**", ":orange-background[{}]")
HTML = Markup(escape_html, "<strong>{}</strong>", "<mark>{}</mark>")


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


def highlight(
    sentence: str, start: int, end: int, terms: Sequence[str] = (), markup: Markup = MARKDOWN
) -> str:
    """The sentence as safe Markdown (or `HTML`): [start, end) (the place) in bold and the search
    terms on a highlight. Escape first, then add our own marks, run by run."""
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
                marked = markup.escape(core)
                if hit[i]:
                    marked = markup.mark.format(marked)
                if place[i]:
                    marked = markup.strong.format(marked)
                out.append(lead + marked + trail)
            else:
                out.append(" ")
        else:
            lead = " " if chunk[:1].isspace() and i > 0 else ""
            trail = " " if chunk[-1:].isspace() and j < len(sentence) else ""
            out.append(lead + markup.escape(chunk) + trail if chunk.strip() else " ")
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
