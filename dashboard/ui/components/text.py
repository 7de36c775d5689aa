"""Untrusted text into Streamlit markdown: escape first, then add our own emphasis.

Article text may contain HTML, Markdown and LaTeX markup. st.markdown without
unsafe_allow_html does not run HTML, but it would still *format* Markdown (links, images,
emphasis) and `$...$`, so every special character is escaped and HTML is entity-encoded.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")


def escape_markdown(text: str) -> str:
    """Text that st.markdown shows literally (no HTML, no Markdown, no LaTeX, one line)."""
    flat = " ".join(str(text).split())
    return _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(flat, quote=False))


def highlight(sentence: str, start: int, end: int) -> str:
    """The sentence as safe Markdown with [start, end) in bold (escape first, then highlight)."""
    if 0 <= start < end <= len(sentence) and sentence[start:end].strip() == sentence[start:end]:
        before, place, after = sentence[:start], sentence[start:end], sentence[end:]
        # Keep the spaces next to the place, which escape_markdown would strip.
        lead = " " if before[-1:].isspace() else ""
        trail = " " if after[:1].isspace() else ""
        return (
            escape_markdown(before) + lead + "**" + escape_markdown(place) + "**" + trail
            + escape_markdown(after)
        ).strip()  # fmt: skip
    return escape_markdown(sentence)


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
