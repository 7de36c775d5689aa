"""Lower-cased matching (reading.Words): the per-document guard and the lower-cased patterns
find exactly what the IGNORECASE patterns find, at the same offsets."""

from __future__ import annotations

import re
from pathlib import Path
from re import _casefix  # type: ignore[attr-defined]

import pytest

from dashboard.geoparse.document import Document, read_document
from dashboard.geoparse.reading import (
    Words,
    _folds_plainly,
    alternation,
    first_chars,
    lower_source,
    lowered_exactly,
    reading_for,
    unsafe_folding,
)

LANG_DIR = Path(__file__).resolve().parents[1] / "data" / "lang"


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("Protesta en CARACAS", "protesta en caracas"),
        ("ÁVILA, Ñemby, ÜBER", "ávila, ñemby, über"),
        ("", ""),
        ("28 de julio; 12:30", "28 de julio; 12:30"),
        ("the \u212a sign", "the k sign"),  # Kelvin: IGNORECASE reads it as "k", as lower() does
        ("\u212bngstr\u00f6m", "\u00e5ngstr\u00f6m"),  # Angstrom sign
        ("Stra\u1e9ee", "stra\u00dfe"),  # capital sharp s
        ("Ma\u00df", "ma\u00df"),
        ("\u017fan Crist\u00f3bal", None),  # long s: "s" matches it under IGNORECASE, lower() keeps it
        ("D\u0131yarbak\u0131r", None),  # dotless i: "i" matches it under IGNORECASE
        ("\u0130stanbul", None),  # dotted capital I: lower() gives two characters
        ("\u03a3\u039f\u03a6\u0399\u0391", None),  # Greek: sigma and iota have several forms
        ("micro \u00b5 and mu \u03bc", None),
        ("\ufb06 ligature", None),
        (
            "caf\u00e9 \u0441\u0430\u0444\u0435",
            "caf\u00e9 \u0441\u0430\u0444\u0435",
        ),  # Cyrillic "с" is first of its set
    ],
)
def test_lowered_exactly(text: str, lowered: str | None) -> None:
    assert lowered_exactly(text) == lowered


def _doc(text: str) -> Document:
    return read_document(text, None, "es", ())


def test_a_document_carries_its_lowered_text_only_when_it_is_exact() -> None:
    assert _doc("Marcha en Caracas.").lowered == "marcha en caracas."
    assert _doc("Marcha en \u017fan Felipe.").lowered is None


def _reads_plainly(char: str) -> bool:
    """The module's own test of one character, without its skipping of whole blocks."""
    return _folds_plainly(
        char, _casefix._EXTRA_CASES, re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")
    )


def test_the_unsafe_set_is_every_code_point_checked_one_by_one() -> None:
    # the module skips blocks that lower() leaves alone; here every code point is asked
    every = "".join(
        chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000 and not _reads_plainly(chr(cp))
    )
    assert unsafe_folding() == every
    assert {"\u0131", "\u017f", "\u0130", "\u03c3"} <= set(every)
    assert not {"K", "k", "\u212a", "\u212b", "\u1e9e", "\u00d1"} & set(every)


def test_lower_cased_literals_and_classes_match_where_ignorecase_does() -> None:
    """Every letter of the language packs, and the classes the packs use, over every safe BMP
    character: the same offsets with either pattern."""
    unsafe = set(unsafe_folding())
    text = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000 and chr(cp) not in unsafe)
    lowered = lowered_exactly(text)
    assert lowered is not None and len(lowered) == len(text)
    pack_chars = {c for path in LANG_DIR.glob("*.json") for c in path.read_text() if c.isalpha()}
    sources = [re.escape(c) for c in sorted(pack_chars)]
    sources += [r"\w", r"\W", r"\s", r"\S", r"\d", r"\b.", r"[A-ZÁÉÍÓÚÑ]", r"[^.;:!?]", r"(?<![\w-])."]
    for source in sources:
        words = Words.compile(source)
        assert words.lower is not None, source
        expected = [m.span() for m in re.finditer(source, text, re.IGNORECASE)]
        assert [m.span() for m in words.finditer(text, lowered=lowered)] == expected, source


@pytest.mark.parametrize(
    ("source", "lowered"),
    [
        (r"(?<![\w-])(?:Marcha|PROTESTA)\b", r"(?<![\w-])(?:marcha|protesta)\b"),
        (r"(?:^|\W)Hacia\s*$", r"(?:^|\W)hacia\s*$"),  # upper-case escapes stay
        (r"\S+\D\B\A\Z", r"\S+\D\B\A\Z"),
        (r"(?P<Kind>Marcha)(?P=Kind)", r"(?P<Kind>marcha)(?P=Kind)"),  # group names stay
        (r"[A-ZÁÉÍÓÚÑ][\w’'.-]*", r"[a-záéíóúñ][\w’'.-]*"),
        (r"[^A-Z]", r"[^a-z]"),
        (r"\N{LATIN CAPITAL LETTER A}B", r"\N{LATIN CAPITAL LETTER A}b"),
        (r"[À-Þ]", None),  # a range lower-casing would move (it would take in "÷")
        ("\u017fí", None),  # a pattern with a character of the unsafe set
    ],
)
def test_lower_source(source: str, lowered: str | None) -> None:
    assert lower_source(source) == lowered


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Miles de personas MARCHARON", (18, 27)),
        ("una contramarcharon", None),  # the lookbehind sees the word before
        ("ma\u017fivo marcharon", (7, 16)),  # a document with "ſ": the IGNORECASE pattern reads it
        ("\u017f", (0, 1)),  # "s" matches the long s under IGNORECASE: so does Words
    ],
)
def test_words_search_reads_as_ignorecase(text: str, span: tuple[int, int] | None) -> None:
    words = Words.compile(r"(?<![\w-])marcharon|(?<![\w-])s$")
    found = words.search(text)
    assert (found.span() if found else None) == span
    doc = _doc(text)
    in_doc = words.search_doc(doc)
    assert (in_doc.span() if in_doc else None) == span
    ignorecase = re.compile(words.ignorecase.pattern, re.IGNORECASE).search(text)
    assert (ignorecase.span() if ignorecase else None) == span


def test_the_packs_patterns_all_have_a_lower_cased_form() -> None:
    for languages in (("en",), ("es",)):
        reading = reading_for(languages)
        fields = [v for v in vars(reading).values() if isinstance(v, Words)]
        fields += list(reading.level_before.values())
        assert fields and all(w.lower is not None for w in fields), languages


@pytest.mark.parametrize(
    ("source", "starts"),
    [
        (r"(?:se )?enfrent(?:aron|ó)\b|[ab]x", "abes"),  # an optional group: what follows it too
        (r"(?<![\w-])(?:marcha|protesta)", "mp"),  # look-behinds and look-aheads take no character
        (r"\b(?:no|sin)\b", "ns"),
        (r"[;:]|\bque", ";:q"),
        (r"a*b", "ab"),
        (r"\w+", None),  # any word character
        (r"[^.]x", None),
        (r".", None),
        (r"a?", None),  # matches the empty string: it can begin anywhere
        (r"(?:x|)", None),
    ],
)
def test_first_chars(source: str, starts: str | None) -> None:
    assert first_chars(source) == (None if starts is None else frozenset(starts))


@pytest.mark.parametrize("languages", [("en",), ("es",)])
def test_the_look_ahead_finds_what_the_plain_lower_cased_pattern_finds(languages: tuple[str, ...]) -> None:
    probes = sorted((Path(__file__).parent / "probes").glob("*.txt"))
    text = " ".join(path.read_text() for path in probes).lower()
    reading = reading_for(languages)
    for words in [v for v in vars(reading).values() if isinstance(v, Words)]:
        assert words.lower is not None
        plain = re.compile(lower_source(words.ignorecase.pattern) or "")
        assert [m.span() for m in words.lower.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text"),
    [
        # grouped (eight words, all beginning with a lower-case letter): case folded by the flag
        (
            ["shot dead", "shot", "sworn in", "killed", "kept", "seized", "stabbed", "struck"],
            "Police SHOT DEAD one; KILLED (Kelvin sign), ſEIZED (long s), Shot, struck",
        ),
        # not grouped: an upper-case first letter would put "c" and "C" in two groups
        (["Coro", "caracas", "cumaná", "calabozo", "carora", "cabimas", "cagua", "charallave"], "CORO coro"),
    ],
)
def test_an_alternation_reads_alike_grouped_or_not(words: list[str], text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + ")", re.IGNORECASE)
    grouped = re.compile(r"\b" + alternation(words), re.IGNORECASE)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len([m.span() for m in plain.finditer(text)]) >= 2
