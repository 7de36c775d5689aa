"""Required literals of a regular expression: strings one of which every match contains.

Why: most patterns of the date grammar (and the readings) look for phrases a paragraph rarely
holds ("election night", "hace dos días"). A failing scan is the common case, and sre pays for
it at every character: a pattern that begins with `\\b` or a group has no prefix sre can skip
to. `str.__contains__` skips in C at memory speed, so testing first whether the text holds one
of the strings every match must contain, and scanning only then, gives the same matches for a
fraction of the time.

The strings are read from sre's own parse of the pattern, so they follow the language packs'
rules as they grow. Only what a match consumes counts (never a look-around), and a pattern
whose case is folded by a flag gets no strings, so a text without any of them has no match:
the test only ever skips scans that would find nothing.

The module also groups a long alternation by first character (by_first_char): sre tries a
branch's alternatives one by one at every position it reaches, and a first-character test per
group skips most of them, with the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

MAX_CONJUNCTIONS = 48
"""More alternatives than this: the tests would cost about what the scan costs, so none is made."""

Requirement = frozenset[frozenset[str]]
"""Alternatives (any one) of strings that must all be in the text: "the\\s+same\\s+night|that\\s+day"
requires {the, same, night} or {that, day}."""


def required_literals(pattern: re.Pattern[str]) -> Requirement | None:
    """What every match of `pattern` consumes, as alternatives of strings that must all be there
    (see Requirement); None when nothing useful is known (case folded by a flag, a match that
    may consume no literal, or more than MAX_CONJUNCTIONS alternatives)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _sequence(parsed.data)
    if not found or len(found) > MAX_CONJUNCTIONS or any(not conj for conj in found):
        return None
    return _simplest(found)


def _simplest(required: Requirement) -> Requirement:
    """The same requirement with fewer tests: a string inside another of its alternative is
    implied by it ("th" by "the"), and an alternative that implies another is dropped ("april"
    when "apr" alone is one)."""
    alternatives = {
        frozenset(s for s in conj if not any(s != other and s in other for other in conj))
        for conj in required
    }
    return frozenset(
        conj
        for conj in alternatives
        if not any(other != conj and all(any(s in t for t in conj) for s in other) for other in alternatives)
    )


def _both(a: Requirement | None, b: Requirement | None) -> Requirement | None:
    """What a match requires when it requires `a` and `b` (the product of their alternatives),
    or the stronger-looking one alone when the product would be too large (requiring less is
    always safe)."""
    if a is None:
        return b
    if b is None:
        return a
    if len(a) * len(b) > MAX_CONJUNCTIONS:
        return a if len(a) <= len(b) else b
    return frozenset(x | y for x in a for y in b)


def _sequence(items: Any, prefix: str = "") -> Requirement | None:
    """What a sequence of parsed items requires: its runs of literals and what each item it
    cannot skip requires. `prefix`: the literals right before the sequence, joined to its first
    run (sre factors "that day|the same day" into "th(?:at day|e same day)": "that", not "th")."""
    required: Requirement | None = None
    run: list[str] = [prefix] if prefix else []

    def close_run() -> None:
        nonlocal required
        if run:
            required = _both(required, frozenset((frozenset(("".join(run),)),)))
            run.clear()

    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        pending = "".join(run)  # joined to the item's first literals, when it is a group
        found: Requirement | None = None
        joined = False
        if op is _constants.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                return None  # a scoped (?i:...): its literals match in any case
            found, joined = _sequence(sub.data, pending), True
        elif op is _constants.BRANCH:
            union: set[frozenset[str]] | None = set()
            for branch in av[1]:
                branch_found = _sequence(branch.data, pending)
                if branch_found is None or union is None:
                    union = None  # this branch requires nothing: the branch as a whole neither
                    break
                union |= branch_found
            if union is not None and len(union) <= MAX_CONJUNCTIONS:
                found, joined = frozenset(union), True
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1:
            found = _sequence(av[2].data)
        # anything else (classes, look-arounds, optional parts) requires no literal of its own
        if found is not None and joined:
            run.clear()  # the item's requirement holds the run, joined to its first literals
        else:
            close_run()
        required = _both(required, found)
    close_run()
    return required


class Prefiltered:
    """A compiled pattern and its required literals (see required_literals)."""

    __slots__ = ("alternatives", "anchors", "pattern", "rest")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        required = required_literals(pattern)
        # longest strings first: the rarest, so that a missing one ends the test soonest
        self.alternatives: tuple[tuple[str, ...], ...] | None = (
            None
            if required is None
            else tuple(sorted(tuple(sorted(conj, key=lambda s: (-len(s), s))) for conj in required))
        )
        self.anchors: tuple[str, ...] = ()
        """The longest string of each alternative: a text without any of them has no match, and
        one test over them runs in C (most texts stop there)."""
        self.rest: tuple[tuple[str, ...], ...] = ()
        """The alternatives of several strings, tested one by one when an anchor is there."""
        if self.alternatives is not None:
            self.anchors = tuple(dict.fromkeys(strings[0] for strings in self.alternatives))
            if any(len(strings) > 1 for strings in self.alternatives):
                self.rest = self.alternatives

    def may_match(self, text: str) -> bool:
        """False only when `text` lacks a required string of every alternative (so no match)."""
        anchors = self.anchors
        if not anchors:
            return True  # nothing is known to be required
        for anchor in anchors:  # a plain loop: any(map(...)) costs more at these few anchors
            if anchor in text:
                break
        else:
            return False
        for strings in self.rest:
            for string in strings:
                if string not in text:
                    break
            else:
                return True
        return not self.rest  # every alternative is its anchor alone, and one is there


_prefiltered: dict[int, Prefiltered] = {}
"""By id of the pattern; each entry keeps its pattern alive, so an id is never reused."""


def prefiltered(pattern: re.Pattern[str]) -> Prefiltered:
    """The (memoised) Prefiltered of `pattern`."""
    found = _prefiltered.get(id(pattern))
    if found is None:
        found = _prefiltered[id(pattern)] = Prefiltered(pattern)
    return found


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), without the scan when `text` lacks the required literals."""
    if (_prefiltered.get(id(pattern)) or prefiltered(pattern)).may_match(text):
        return pattern.finditer(text)
    return iter(())


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """pattern.search(text), without the scan when `text` lacks the required literals."""
    if (_prefiltered.get(id(pattern)) or prefiltered(pattern)).may_match(text):
        return pattern.search(text)
    return None


def first_chars(source: str) -> frozenset[str] | None:
    """The characters a match of `source` (compiled without flags) can begin with, read from
    sre's own parse; None when it could begin with any character (a class like \\w, ".") or
    match the empty string. A superset is safe: a look-ahead `(?=[...])` of these characters
    before the pattern only skips positions where no match can begin."""
    found, nullable = _first(_parser.parse(source))
    if found is None or nullable:
        return None
    return frozenset(map(chr, found))


def _first(items: Iterable[tuple[Any, Any]]) -> tuple[set[int] | None, bool]:
    """The first characters of a parsed sequence, and whether it can match the empty string."""
    out: set[int] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            out.add(av)
            return out, False
        if op is _constants.IN:
            for item_op, item in av:
                if item_op is _constants.LITERAL:
                    out.add(item)
                elif item_op is _constants.RANGE and item[1] - item[0] < 256:
                    out.update(range(item[0], item[1] + 1))
                else:
                    return None, False  # a negated class, a category (\\w, \\d): any character
            return out, False
        if op is _constants.AT or op is _constants.ASSERT or op is _constants.ASSERT_NOT:
            continue  # zero width: the next item begins the match
        if op is _constants.SUBPATTERN:
            branches = [av[-1]]
        elif op is _constants.BRANCH:
            branches = av[1]
        elif op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT:
            branches = [av[2]]
        else:
            return None, False  # ".", a back reference, an atomic group: not read here
        nullable = False
        for branch in branches:
            found, empty = _first(branch)
            if found is None:
                return None, False
            out |= found
            nullable = nullable or empty
        if (op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT) and av[0] == 0:
            nullable = True
        if not nullable:
            return out, False
    return out, True


def by_first_char(
    fragments: Sequence[str], depth: int = 1, *, keys: frozenset[str] | None = None, digits: bool = False
) -> str:
    """_alternation(fragments), its fragments grouped by the character they begin with
    ("r(?:eunión|ueda de prensa)|c(?:umbre|...)"): sre tries the alternatives of a branch one by
    one at every word start, and one test of a first character skips a whole group. Matches
    are the same: fragments that begin with different characters cannot match at one
    position, and each group keeps the fragments' order (a fragment that may begin with several
    characters is in each of their groups). Unchanged when a fragment may begin with any
    character (see first_chars). With `depth` > 1, the rests of a group whose fragments all begin
    with its character are grouped again by their own first character ("c(?:a(?:minata|ravana)|
    o(?:ncentración|rearon))"): a word that shares only its first letter with a group is then
    left after two tests, not after one per fragment. `keys`: the only characters a group may be
    keyed by, at every depth (a pattern compiled with IGNORECASE needs keys that no two case
    forms share); unchanged otherwise. `digits`: fragments that begin with "\\d" form a group
    of their own, tried only at a digit, when no other group is keyed by one."""
    firsts: list[frozenset[str]] = []
    for fragment in fragments:
        chars = first_chars(f"(?:{fragment})")
        if chars is None and digits and _begins_with_digit(fragment):
            chars = frozenset((_DIGIT_GROUP,))
        if chars is None or (keys is not None and not chars <= keys | {_DIGIT_GROUP}):
            return _alternation(fragments)
        firsts.append(chars)
    groups: dict[str, list[str]] = {}
    for fragment, chars in zip(fragments, firsts, strict=True):
        for char in sorted(chars):
            groups.setdefault(char, []).append(fragment)
    if _DIGIT_GROUP in groups and any(_DIGIT.match(char) for char in groups if char != _DIGIT_GROUP):
        return _alternation(fragments)  # a digit would begin two groups
    parts = []
    for char, members in groups.items():
        if char == _DIGIT_GROUP:
            parts.append(r"(?=\d)" + _alternation(members))
        elif char.isalnum() and all(_begins_with_literal(fragment, char) for fragment in members):
            rests = [fragment[1:] for fragment in members]
            deeper = by_first_char(rests, depth - 1, keys=keys) if depth > 1 else _alternation(rests)
            parts.append(char + deeper)
        else:
            parts.append(f"(?={re.escape(char)})" + _alternation(members))
    return "(?:" + "|".join(parts) + ")"


_DIGIT_GROUP = r"\d"
_DIGIT = re.compile(r"\d")


def _begins_with_digit(fragment: str) -> bool:
    """Whether every match of `fragment` begins with a digit: "\\d" (or "\\d+") that may not
    be skipped, and no top-level "|"."""
    return (
        fragment.startswith(_DIGIT_GROUP)
        and fragment[2:3] not in ("?", "*", "{")
        and len(_top_level(fragment)) == 1
    )


def _begins_with_literal(fragment: str, char: str) -> bool:
    """Whether `fragment` is `char` followed by a sequence: not repeated ("s?"), and no "|"
    outside its groups (which would make `char` begin one alternative only)."""
    if fragment[:1] != char or fragment[1:2] in ("?", "*", "+", "{"):
        return False
    return not any(c == "|" and depth == 0 for _, c, depth in _scan(fragment[1:]))


def _alternation(fragments: Iterable[str]) -> str:
    """A non-capturing alternation of regular-expression fragments, in the given order."""
    return "(?:" + "|".join(f"(?:{fragment})" for fragment in fragments) + ")"


def distributed(fragment: str) -> list[str]:
    """`fragment` as alternatives that each begin with a literal where it can be said, in the
    order sre tries them, so that by_first_char can group them: a leading group of alternatives
    is distributed over what follows it ("(?:miles|cientos) de" -> "miles de", "cientos de":
    sre tries "(?:a|b)c" as it tries "ac|bc"), a top-level "|" splits, and literal look-behinds
    before a first letter move after it, the letter added to each ("(?<!derecho a )protesta" ->
    "p(?<!derecho a p)rotesta": the letter is the one at that position either way). A fragment
    that would grow past MAX_DISTRIBUTED alternatives, or holds a named group (which must stay
    unique), is kept whole."""
    if "(?P" in fragment:
        return [fragment]
    out: list[str] = []
    for piece in _top_level(fragment):
        out.extend(_distributed_piece(piece))
        if len(out) > MAX_DISTRIBUTED:
            return [fragment]
    return out


MAX_DISTRIBUTED = 64
"""The most alternatives one fragment is distributed into (the pattern grows with them)."""

_LEADING_BEHINDS = re.compile(r"((?:\(\?<[!=][^\\\[\](){}|.*+?^$]+\))+)(\w)(?![?*+{])")
"""Literal look-behinds right before a word character that is not repeated."""
_BEHIND = re.compile(r"\(\?<([!=])([^)]*)\)")


def _distributed_piece(piece: str) -> list[str]:
    """distributed() of a piece with no top-level "|"."""
    if piece.startswith("(?:"):
        close = _closing(piece, 0)
        if close is not None and piece[close + 1 : close + 2] not in ("?", "*", "+", "{"):
            alternatives, rest = _top_level(piece[3:close]), piece[close + 1 :]
            if all(alternatives):
                out: list[str] = []
                for alternative in alternatives:
                    out.extend(_distributed_piece(alternative + rest))
                    if len(out) > MAX_DISTRIBUTED:
                        return [piece]
                return out
    behinds = _LEADING_BEHINDS.match(piece)
    if behinds is not None:
        char = behinds.group(2)
        moved = "".join(f"(?<{kind}{text}{char})" for kind, text in _BEHIND.findall(behinds.group(1)))
        return [char + moved + piece[behinds.end() :]]
    return [piece]


def _scan(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth of groups before it) of each character of `source` outside
    escapes and classes."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a "]" first is a literal
        else:
            if char == ")":
                depth -= 1
            yield i, char, depth
            if char == "(":
                depth += 1
        i += 1


def _closing(source: str, start: int) -> int | None:
    """Where the group opened at `start` closes."""
    for i, char, depth in _scan(source):
        if i > start and char == ")" and depth == 0:
            return i
    return None


def _top_level(source: str) -> list[str]:
    """`source` split at its top-level "|"."""
    cuts = [i for i, char, depth in _scan(source) if char == "|" and depth == 0]
    return [source[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(source)], strict=True)]
