"""Stage 9, confidence: how sure the geoparser is about which place a name means.

The gazetteer prior of the chosen reading, raised by the text's own cues (a level word, a
container), lowered when another place of the same name scored almost as well. An online
geocoder's answer gets a flat 0.5: it was asked because the gazetteer did not know the name.
"""

from __future__ import annotations

from dashboard.geoparse.resolution import Resolved


def confidence(place: Resolved) -> float:
    """A number in [0.05, 0.99]."""
    entry = place.entry
    if place.from_geocoder:
        return 0.5
    if place.anchor is not None:
        return entry.prior  # how directly the text gave the anchor (see anchoring)
    conf = entry.prior
    if entry.weak:
        conf = 0.35
    if place.cued:
        conf += 0.1
    if place.margin < 0.1:
        conf -= 0.2
    elif place.margin < 0.3:
        conf -= 0.08
    return round(min(0.99, max(0.05, conf)), 3)
