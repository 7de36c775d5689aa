"""Stage 3, names inside names: a place name that is part of a longer name is not that place.

"Francisco de Miranda" is a person, "Universidad de Carabobo" an institution, "Miranda Pérez"
a surname, "la avenida Bolívar" a street: none of them is the state. The scan around each
name looks at most NAME_REACH tokens each way, so a run of capitalised words costs linear time.
"""

from __future__ import annotations

from dashboard.gazetteer import Gazetteer, fold
from dashboard.geoparse.document import Document
from dashboard.geoparse.reading import Reading
from dashboard.geoparse.spotting import Spot, all_landmarks

NAME_REACH = 8
"""Tokens looked at on each side of a name for organisation words: longer names are rare,
and the bound keeps a run of capitalised words ("U.S. U.S. U.S. ...") linear."""


def _org_word_around(doc: Document, spot: Spot, reading: Reading) -> bool:
    """An organisation word in the capitalised chunk around the name ("Universidad Central de
    Venezuela", "Venezuela's National Guard")."""
    i, j = spot.first_token, spot.last_token
    k = i
    org = False
    while k > 0 and i - k < NAME_REACH and doc.adjacent(k - 1):
        prev = doc.folded[k - 1]
        if prev in reading.org_jurisdiction and k == i and not doc.capitalised(k - 1):
            k -= 1  # "la Policía del estado Monagas": the state's police, an institution
            continue
        if prev in reading.allowed_preceding and prev not in reading.connectors:
            break
        if not (doc.capitalised(k - 1) or prev in reading.connectors):
            break
        k -= 1
        if (prev,) in reading.heads_before and doc.capitalised(k):
            return False  # "Hospital Universitario de Caracas": a landmark in a city, not an institution
        org = org or prev in reading.org_words
    if org:
        return not _street_named_after(doc, k, reading)
    k = j
    while k + 1 < len(doc.tokens) and k - j < NAME_REACH and doc.adjacent(k):
        nxt = doc.folded[k + 1]
        if nxt in reading.allowed_following and nxt not in reading.connectors:
            break
        if k == j and nxt in reading.bare_place_articles:
            break  # "In Cabimas the Guard fired": an article right after the name opens the clause
        if not (doc.capitalised(k + 1) or nxt in reading.connectors):
            break
        k += 1
        if nxt in reading.org_words:
            return True
    return False


def _street_named_after(doc: Document, first: int, reading: Reading) -> bool:
    """ "la avenida Universidad de Cumaná": the capitalised chunk starting at token `first`
    follows a street's head word written in lower case, so the organisation word names the
    street, and the place after "de" is the street's city."""
    head = first - 1
    return (
        head >= 0
        and doc.adjacent(head)
        and not doc.tokens[head][:1].isupper()
        and doc.folded[head] in reading.landmark_heads
    )


def _count_after(doc: Document, q: int) -> bool:
    """Token q is a count that closes a list item ("Maturín 35, Punta de Mata 6)"): a number
    followed by a comma, a bracket, a semicolon, a full stop, the line's end or the conjunction
    before the list's last item, not by more words ("Van 58 detenidos" opens a sentence with a
    verb)."""
    if not doc.tokens[q].isdigit():
        return False
    after = doc.text[doc.tok_end[q] : doc.tok_end[q] + 1]
    if after in ("", ",", ")", ";", ".", "\n"):
        return True
    # the item before a list's last ("Carabobo 97, Lara 88 y Táchira 61"): the conjunction after it
    return q + 2 < len(doc.tokens) and doc.folded[q + 1] in ("y", "e", "and") and doc.capitalised(q + 2)


def _named_after_another_place(doc: Document, spot: Spot, gazetteer: Gazetteer) -> bool:
    """ "la Ciudad Universitaria de Bárbula", "frente a la Plaza Bolívar de Cabudare": a landmark's
    name that goes on with "de" and a place the gazetteer keeps in no state of that landmark (or
    none at all) names another landmark of that place; "El Helicoide de Caracas" stays."""
    j = spot.last_token
    q = j + 1
    if q + 1 >= len(doc.tokens) or not doc.adjacent(j) or not doc.adjacent(q):
        return False
    if doc.folded[q] not in ("de", "del") or not doc.capitalised(q + 1):
        return False
    states = {e.place.state_code for e in spot.entries}
    for last in range(q + 1, min(len(doc.tokens), q + 4)):
        found = gazetteer.candidates(doc.text[doc.tok_start[q + 1] : doc.tok_end[last]])
        if any(e.place.state_code in states for e in found):
            return False
        if last + 1 >= len(doc.tokens) or not doc.adjacent(last) or not doc.capitalised(last + 1):
            break
    return True


def inside_longer_name(doc: Document, spot: Spot, gazetteer: Gazetteer, reading: Reading) -> bool:
    """True when the name is part of a person's, organisation's or street's name."""
    if _org_word_around(doc, spot, reading):
        return True
    i, j = spot.first_token, spot.last_token
    # "La Guardia los dispersó": a name that is only an article and an organisation's word is the
    # organisation (the National Guard), unless a preposition before it makes it a place ("en La
    # Guardia", a town in Nueva Esparta)
    if (
        j == i + 1
        and doc.folded[j] in reading.org_words
        and not reading.locative_before.search(doc.text[max(0, spot.start - 12) : spot.start])
    ):
        return True
    # "la avenida Bolívar", "calle Falcón": the name belongs to a street or square
    if i > 0 and doc.adjacent(i - 1) and doc.folded[i - 1] in reading.landmark_heads:
        if not doc.tokens[i - 1][:1].isupper() and not all_landmarks(spot.entries):
            return True
    # a capitalised word right before ("Simón Bolívar", "Francisco de Miranda")
    p = i - 1
    if p >= 0 and doc.adjacent(p):
        if doc.folded[p] in ("de", "del") and p - 1 >= 0 and doc.adjacent(p - 1) and doc.capitalised(p - 1):
            # "Francisco de Miranda" is a person; "parroquia Sucre de Caracas" is a place in a place
            word = doc.folded[p - 1]
            if word in reading.given_names:
                return True
            if word not in reading.allowed_preceding and word not in gazetteer.index:
                # "sector La Isabelica de Valencia": an unknown barrio in a known city
                chunk = p - 1
                while (
                    chunk > 0
                    and p - 1 - chunk < NAME_REACH
                    and doc.adjacent(chunk - 1)
                    and doc.capitalised(chunk - 1)
                ):
                    chunk -= 1
                before = fold(doc.text[max(0, doc.tok_start[chunk] - 30) : doc.tok_start[chunk]])
                cue = reading.level_before.get("neighbourhood")
                street = (chunk > 0 and (doc.folded[chunk - 1],) in reading.heads_before) or (
                    doc.folded[chunk],
                ) in reading.heads_before  # "Hospital Central de Valera": a landmark in a city
                if not street and (cue is None or not cue.search(before)):
                    return True  # "la avenida Bolívar de Valencia" is a street in a city
        elif doc.capitalised(p) and not doc.tokens[p][:1].isdigit():
            if doc.folded[p] not in reading.allowed_preceding or doc.folded[p] in reading.given_names:
                return True
    if all_landmarks(spot.entries) and _named_after_another_place(doc, spot, gazetteer):
        return True
    # a title right before ("Mr. Trujillo was born in Carora"): a person
    if reading.honorific_before.search(doc.text, max(0, spot.start - 8), spot.start):
        return True
    # a capitalised word right after ("Miranda Pérez", "Caracas Chronicles")
    q = j + 1
    # "U.S. Secretary of State" is still the country; "Voz media US Voz.us" is not.
    is_country = "." in doc.tokens[j] and any(e.kind == "COUNTRY" for e in spot.entries)
    if not is_country and q < len(doc.tokens) and doc.adjacent(j) and doc.capitalised(q):
        if doc.folded[q] not in reading.allowed_following and not _count_after(doc, q):
            return True
    return False


def drop_names_inside_names(
    doc: Document, spots: tuple[Spot, ...], gazetteer: Gazetteer, reading: Reading
) -> tuple[Spot, ...]:
    """The spots that are place names in their own right."""
    return tuple(s for s in spots if not inside_longer_name(doc, s, gazetteer, reading))
