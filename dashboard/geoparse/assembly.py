"""Stage 10, assembly: the frozen values of the earlier stages become `Mention`s."""

from __future__ import annotations

from dashboard.geoparse.confidence import confidence
from dashboard.geoparse.dating import EventDate
from dashboard.geoparse.document import Document
from dashboard.geoparse.reading import Reading
from dashboard.geoparse.resolution import Resolved
from dashboard.geoparse.role import Role
from dashboard.models import Mention

EXCERPT_CHARACTERS = 600
"""Longest `sentence` of a mention: a longer sentence is cut around the name."""


def excerpt(doc: Document, start: int) -> str:
    """The sentence around offset `start`, at most EXCERPT_CHARACTERS long."""
    sent_start, sent_end = doc.sentence_span(start)
    sentence = doc.text[sent_start:sent_end].strip()
    if len(sentence) > EXCERPT_CHARACTERS:
        offset = max(0, start - sent_start - EXCERPT_CHARACTERS // 2)
        sentence = doc.text[sent_start + offset : sent_start + offset + EXCERPT_CHARACTERS].strip()
    return sentence


def assemble(
    doc: Document,
    places: tuple[Resolved, ...],
    roles: tuple[Role, ...],
    dates: tuple[EventDate, ...],
    reading: Reading | None = None,
) -> list[Mention]:
    """One Mention per place, in text order; `reading` gives the country's confidence by kind
    of evidence (without it, the gazetteer reading's own)."""
    mentions: list[Mention] = []
    for place, role, when in zip(places, roles, dates, strict=True):
        entry = place.entry
        p = entry.place
        level = p.level
        if place.cue.level == "neighbourhood" and entry.kind in ("PPL", "PPLL", "PPLX", "ADM3"):
            level = "neighbourhood"
        mentions.append(
            Mention(
                surface=doc.text[place.spot.start : place.spot.end],
                start=place.spot.start,
                end=place.spot.end,
                place_id=p.place_id,
                name=p.name,
                level=level,
                country=p.country,
                state=p.state,
                state_code=p.state_code,
                lat=p.lat,
                lon=p.lon,
                role=role.role,
                event_type=role.event_type,
                event_date=when.value,
                date_precision=when.precision,
                confidence=confidence(
                    place,
                    places,
                    role=role.evidence if role.role == "protest_site" else "",
                    event_type=role.event_type,
                    home=reading.home if reading is not None else "",
                    floors=reading.confidence_floors if reading is not None else None,
                    caps=reading.confidence_caps if reading is not None else None,
                    doc=doc,
                    reading=reading,
                ),
                sentence=excerpt(doc, place.spot.start),
                anchor_place_id=place.anchor.place_id if place.anchor is not None else None,
                coord_precision=place.coord_precision,
            )
        )
    return mentions
