"""Stage 9, confidence: how sure the geoparser is about which place a name means.

The gazetteer prior of the chosen reading, raised by the text's own cues when they fit the
reading (a level word of its kind, a container that holds it), lowered when a cue does not fit
or when another place of the same name scored almost as well. An online geocoder's answer gets
a flat 0.5: it was asked because the gazetteer did not know the name.

A place below the city is the least sure of all: a street, square or sector anchored to a city
takes the anchor's point (at most 0.75, see anchoring), and one the gazetteer knows by name
("Altamira", "Plaza Venezuela", "Avenida Francisco de Miranda") is only as sure as the text
makes its city: such names repeat from town to town, so without its city or state named in the
text it stays below SURE.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.geoparse.resolution import Resolved, km_between, matches_level_cue

SURE = 0.9
"""From this confidence a place is one the map may show as sure (`protestmap eval` counts how
often such protest sites are right)."""

SUBCITY_UNSUPPORTED = 0.7
"""The most a known street, square or sector gets when the text names neither its city nor
its state."""

SUBCITY_LEVELS = ("landmark", "neighbourhood")


def _cue_fits(place: Resolved, places: Sequence[Resolved]) -> bool | None:
    """Whether the text's cue for `place` fits the reading chosen (None when there is no cue):
    a level word of its kind, or a container in which it lies."""
    if not place.cued:
        return None
    entry = place.entry
    if place.cue.level and not matches_level_cue(place.cue.level, entry):
        return False
    if place.container is not None:
        held = places[place.container].place
        if _RANK.get(held.level, 0) <= _RANK.get(entry.place.level, 0):
            return None if not place.cue.level else True  # "Argentina, Chile": a list, not a container
        if held.level == "country" or not held.state_code:
            return entry.place.country == held.country
        if held.level == "state":
            return entry.place.state_code == held.state_code
        # "Maiquetía International Airport in Caracas": a city container is loose
        return entry.place.state_code == held.state_code or km_between(entry.place, held) <= NEAR_KM
    return True


_RANK = {"landmark": 1, "neighbourhood": 2, "city": 3, "municipality": 4, "state": 5, "country": 6}


def confidence(place: Resolved, places: Sequence[Resolved] = ()) -> float:
    """A number in [0.05, 0.99]; `places` are all the places of the text (for the cues and
    containers that support this one)."""
    entry = place.entry
    if place.from_geocoder:
        return 0.5
    if place.anchor is not None:
        return entry.prior  # how directly the text gave the anchor (see anchoring)
    conf = entry.prior
    if entry.weak:
        conf = 0.35
    fits = _cue_fits(place, places)
    if fits is True:
        conf += 0.1
    elif fits is False:
        conf -= 0.15  # "el municipio X" read as a town, "X, Zulia" read in another state
    if place.margin < 0.1:
        conf -= 0.2
    elif place.margin < 0.3:
        conf -= 0.08
    if entry.place.level in SUBCITY_LEVELS and not _city_named(place, places):
        conf = min(conf, SUBCITY_UNSUPPORTED)
    return round(min(0.99, max(0.05, conf)), 3)


NEAR_KM = 25.0
"""A city or municipality of the text this close to a street, square or sector supports it
(the metropolitan area: Altamira, in Miranda, in a story about Caracas)."""


def _city_named(place: Resolved, places: Sequence[Resolved]) -> bool:
    """Whether the text names the city, municipality or state that a street, square or sector
    the gazetteer knows by name lies in (another place of the text, not itself below a city)."""
    here = place.entry.place
    for other in places:
        there = other.entry.place
        if other is place or other.anchor is not None or there.level in SUBCITY_LEVELS:
            continue
        if there.level in ("state", "country"):
            if here.state_code and there.state_code == here.state_code:
                return True
            if not here.state_code and there.level == "country" and there.country == here.country:
                return True
        elif km_between(here, there) <= NEAR_KM:
            return True
    return False
