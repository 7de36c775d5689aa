"""The required literals of a pattern: a text without them has no match, so the scan is skipped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard import dates, prefilter

PROBES = Path(__file__).parent / "probes"


@pytest.mark.parametrize(
    ("source", "alternatives"),
    [
        ("abc", {("abc",)}),
        (r"\bthe\s+same\s+night\b", {("night", "same", "the")}),
        (r"\b(?:hoy|ayer)\b", {("ayer",), ("hoy",)}),
        (r"(?:april|apr)\.?\s+\d", {("apr",)}),  # "april" implies "apr"
        (r"\d+\s+days?\s+ago", {("ago", "day")}),
        (r"(?:la )?noche electoral", {("noche electoral",)}),
        (r"x+y", {("x", "y")}),
        # sre factors the common "th" out of both branches: the words are still read whole
        (r"\b(?:that\s+day|the\s+same\s+day)\b", {("day", "that"), ("day", "same", "the")}),
    ],
)
def test_required_strings_are_read_from_the_pattern(source: str, alternatives: set[tuple[str, ...]]) -> None:
    found = prefilter.prefiltered(re.compile(source)).alternatives
    assert found is not None and {tuple(sorted(a)) for a in found} == alternatives


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\w+", 0),  # no literal at all
        (r"(?:x|\d)", 0),  # one branch requires nothing
        (r"(?:abc)?d*", 0),  # optional parts only
        (r"abc", re.IGNORECASE),  # "ABC" matches: the literal is not required as written
        (r"(?i:abc)", 0),
        (r"(?i)abc", 0),
        (r"(?=abc)\w", 0),  # a look-ahead consumes nothing
    ],
)
def test_patterns_without_a_safe_literal_are_always_scanned(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    assert prefilter.prefiltered(pattern).alternatives is None
    assert prefilter.prefiltered(pattern).may_match("")


@pytest.mark.parametrize(
    ("source", "text", "matches"),
    [
        (r"\bthe\s+same\s+night\b", "that same night, the police", False),
        (r"\bthe\s+same\s+night\b", "on the same  night", True),
        (r"\b(?:hoy|ayer)\b", "hoyo", False),  # literal there, no match: scanned, none found
        (r"\b(?:hoy|ayer)\b", "mañana", False),
        (r"(?<!\w)ago\b", "days ago", True),
    ],
)
def test_finditer_and_search_find_what_the_pattern_finds(source: str, text: str, matches: bool) -> None:
    pattern = re.compile(source)
    assert [m.span() for m in prefilter.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    assert (prefilter.search(pattern, text) is not None) == matches == (pattern.search(text) is not None)


def test_no_date_pattern_is_skipped_on_a_paragraph_it_matches() -> None:
    """Every pattern of both date grammars, on every paragraph of the probes (folded as
    find_dates reads them): the literal test never says "no" where the pattern matches."""
    paragraphs = [
        dates.fold_text(line)
        for path in sorted(PROBES.glob("*.txt"))
        for line in path.read_text().split("\n")
    ]
    checked = 0
    for language in ("en", "es"):
        grammar = dates.date_grammar((language,))
        for value in vars(grammar).values():
            for pattern in value if isinstance(value, tuple) else (value,):
                if not isinstance(pattern, re.Pattern):
                    continue
                gate = prefilter.prefiltered(pattern)
                for paragraph in paragraphs:
                    if pattern.search(paragraph) is not None:
                        assert gate.may_match(paragraph), (pattern.pattern, paragraph)
                        checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("fragments", "text"),
    [
        # leftmost-first: the longer phrase written first still wins where both match
        (["shot dead", "shot", "sworn in", "killed"], "police shot dead a man; he was shot; killed"),
        (
            ["se reuni(?:ó|eron) con", "sesión", "(?:se )?enfrent(?:aron|ó)"],
            "se enfrentaron; enfrentó; sesión; se reunieron con",
        ),
        (["a|b", "ab", "s?x"], "ab x sx b"),  # a top-level "|" and a repeated first letter stay whole
        (["a[]|]b", r"a\|b", "ac"], "a]b a|b ac a b"),
        ([r"\w+day", "monday"], "monday friday"),  # may begin with any letter: left as written
    ],
)
def test_grouping_by_first_character_reads_as_the_alternation(fragments: list[str], text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(f"(?:{f})" for f in fragments) + ")")
    grouped = re.compile(r"\b" + prefilter.by_first_char(fragments))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in plain.finditer(text)]  # the case reads something


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("(?:miles|cientos) de", ["miles de", "cientos de"]),
        ("(?:a|b(?:c|d))e", ["ae", "b(?:c|d)e"]),  # one level: only a leading group
        ("x|(?:y|z)w", ["x", "yw", "zw"]),
        ("(?<!derecho a )protesta", ["p(?<!derecho a p)rotesta"]),
        ("(?:a|b)?c", ["(?:a|b)?c"]),  # an optional group stays whole
        ("(?P<x>a|b)c", ["(?P<x>a|b)c"]),  # a named group must stay unique
        ("(?<!de )[ab]c", ["(?<!de )[ab]c"]),  # a class after the look-behind: no one letter to move
    ],
)
def test_distributed_fragments(fragment: str, expected: list[str]) -> None:
    assert prefilter.distributed(fragment) == expected


@pytest.mark.parametrize(
    ("fragments", "text"),
    [
        (
            [
                "(?:miles|cientos) de (?:\\w+ )?llenaron",
                "(?<!derecho a )protest(?:a|ó)",
                "cacerolazos?",
                "caminó",
            ],
            "miles de ellos llenaron; cientos de llenaron; derecho a protesta; protestó; cacerolazo; caminó",
        ),
        (
            ["concentración", "concentraciones", "convocatoria", "cumbre", "c"],
            "concentraciones convocatoria c cumbre",
        ),
        (["marcha", "ma(?:rcha)? ", "mar"], "marcha ma mar "),  # leftmost-first among shared prefixes
    ],
)
def test_two_levels_of_grouping_read_as_the_alternation(fragments: list[str], text: str) -> None:
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{f})" for f in fragments) + ")")
    spread = [piece for fragment in fragments for piece in prefilter.distributed(fragment)]
    grouped = re.compile(r"(?<![\w-])" + prefilter.by_first_char(spread, depth=2))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("fragments", "text", "flags"),
    [
        # a group of its own for the words that begin with a number
        (
            [r"\d+ days of", "two days of", "several days", "since"],
            "3 days of protests, two days of, since",
            0,
        ),
        ([r"\d+ días", "2 días", "dos días"], "2 días y dos días; 12 días", 0),  # a digit key: no digit group
        # keys with one case form only: "Ee" and "ee" would both read "EE" under IGNORECASE
        (
            ["EE.UU.", "ee uu", "estados unidos", "este"],
            "EE.UU. y ee uu; Estados Unidos, este",
            re.IGNORECASE,
        ),
    ],
)
def test_digit_groups_and_caseless_keys_read_as_the_alternation(
    fragments: list[str], text: str, flags: int
) -> None:
    keys = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ")
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{f})" for f in fragments) + ")", flags)
    grouped = re.compile(
        r"(?<![\w-])" + prefilter.by_first_char(fragments, depth=2, keys=keys, digits=True), flags
    )
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in plain.finditer(text)]
