"""Stage 2, spotting: the gazetteer names written in the text.

At each capitalised token, the longest run of adjacent tokens that is a gazetteer key
("San Cristóbal", "Palacio de Miraflores"). A lower-case head word ("la avenida", "el palacio
de") may start a landmark the gazetteer knows. One dict lookup per token n-gram, and the scan
stops as soon as no name starts that way, so the cost is linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress
from operator import or_

from dashboard.gazetteer import Entry, Gazetteer
from dashboard.geoparse.document import Document, is_capitalised
from dashboard.geoparse.reading import Reading


@dataclass(frozen=True)
class Spot:
    """A gazetteer name found in the text: its span, its tokens, and every reading of it."""

    start: int
    end: int
    first_token: int
    last_token: int
    entries: tuple[Entry, ...]
    name_key: str = field(init=False, repr=False, compare=False)
    """The same for every spot of one name (its first reading's id and how many it has). Set
    once at construction: resolution and confidence ask it some thirty thousand times per two
    hundred articles, and an attribute costs a tenth of the f-string (a field, not a cached
    property: an instance whose attributes spill into a dict reads all of them slower)."""

    def __post_init__(self) -> None:
        entries = self.entries
        object.__setattr__(self, "name_key", f"{entries[0].place.place_id}#{len(entries)}" if entries else "")


def all_landmarks(entries: tuple[Entry, ...]) -> bool:
    return all(e.place.level == "landmark" for e in entries)


def _generic_landmark_tail(doc: Document, j: int, entries: tuple[Entry, ...]) -> bool:
    """'the Miraflores presidential palace': a landmark name may end in a lower-case
    generic word, provided it contains a capitalised name before it."""
    return (
        all_landmarks(entries)
        and j > 0
        and not is_capitalised(doc.tokens[j])
        and any(is_capitalised(t) for t in doc.tokens[max(0, j - 3) : j])
    )


def find_spots(doc: Document, gazetteer: Gazetteer, reading: Reading) -> tuple[Spot, ...]:
    """Longest gazetteer key starting at each capitalised token (or lower-case landmark head),
    left to right, never overlapping."""
    out: list[Spot] = []
    n_tok = len(doc.tokens)
    index = gazetteer.index
    prefixes = gazetteer.prefixes
    folded = doc.folded
    tokens = doc.tokens
    heads = reading.landmark_heads
    # the tokens a name can start at, picked in C (a Python test per token cost more than the
    # rest of the scan): a capitalised token (each distinct token tested once, by read_document),
    # or a head word
    capitalised = doc.capitalised_words
    starts = compress(
        range(n_tok), map(or_, map(capitalised.__contains__, tokens), map(heads.__contains__, folded))
    )
    free = 0  # the first token not inside a spot already found
    for i in starts:
        if i < free:
            continue
        lower_head = tokens[i] not in capitalised  # "el palacio de Miraflores", "la plaza Venezuela"
        key = folded[i]
        best: int | None = i if (key in index and not lower_head) else None
        j = i
        while key in prefixes and j + 1 < n_tok and doc.adjacent(j):
            j += 1
            key = key + " " + folded[j]
            if key in index and (
                (is_capitalised(tokens[j]) and (not lower_head or all_landmarks(index[key])))
                or _generic_landmark_tail(doc, j, index[key])
            ):
                best = j
        if best is None:
            continue
        key = " ".join(folded[i : best + 1])
        out.append(Spot(doc.tok_start[i], doc.tok_end[best], i, best, index[key]))
        free = best + 1
    return tuple(out)
