"""The geoparser: the stages in order, behind the `Extractor` protocol.

    document -> spotting -> names inside names -> cues -> resolution (+ online geocoder)
             -> anchoring of places below the city -> role -> dating -> confidence -> assembly

Each stage is a function of frozen values (see each module); none changes what an earlier
one produced. The gazetteer and the compiled reading are loaded lazily, once per process, so
that a `Geoparser` is cheap to build and to pickle into worker processes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from dashboard.gazetteer import Gazetteer, load_gazetteer
from dashboard.geoparse.anchoring import (
    anchor_far_namesakes,
    anchor_list_namesakes,
    anchor_opener_namesakes,
    anchor_residents_namesakes,
    anchor_short_form_strangers,
    anchor_street_short_names,
    anchor_subcity_places,
    anchor_towns_beside_landmarks,
    locate_with_geocoder,
    merge_short_forms,
)
from dashboard.geoparse.assembly import assemble
from dashboard.geoparse.cues import read_cues
from dashboard.geoparse.dating import date_events
from dashboard.geoparse.document import Document, detect_language, read_document
from dashboard.geoparse.names import drop_names_inside_names
from dashboard.geoparse.reading import Reading, reading_for
from dashboard.geoparse.resolution import ask_geocoder, resolve
from dashboard.geoparse.role import assign_roles
from dashboard.geoparse.spotting import find_spots
from dashboard.models import Geocoder, Mention

EXTRACTOR_VERSION = "geoparse-2.25"

LANGUAGES: tuple[str, ...] = ("en", "es")
"""The languages with a shipped pack; another `language` value is detected instead."""

log = logging.getLogger(__name__)


def run_stages(
    text: str,
    *,
    published: date | None,
    language: str,
    gazetteer: Gazetteer,
    reading: Reading,
    geocoder: Geocoder | None = None,
) -> list[Mention]:
    """Every place mention in `text`, sorted by start (the stages, without the guards)."""
    doc = read_document(text, published, language, reading.abbreviations)
    written = find_spots(doc, gazetteer, reading)
    spots = drop_names_inside_names(doc, written, gazetteer, reading)
    cues = read_cues(doc, spots, reading)
    places = resolve(doc, spots, cues, reading)
    online = ask_geocoder(doc, places, geocoder, reading)
    if online:
        places = tuple(sorted((*places, *online), key=lambda p: p.spot.start))
    places = anchor_opener_namesakes(doc, anchor_short_form_strangers(doc, places, reading), reading)
    places = anchor_towns_beside_landmarks(doc, places, reading)
    places = anchor_far_namesakes(
        doc, anchor_subcity_places(doc, places, reading, gazetteer, written), reading
    )
    places = anchor_list_namesakes(doc, places, reading)
    places = merge_short_forms(
        anchor_street_short_names(doc, merge_short_forms(anchor_residents_namesakes(doc, places, reading))),
        headline_end=_headline_end(doc),
    )
    places = locate_with_geocoder(places, geocoder, reading)
    roles = assign_roles(doc, places, reading)
    dates = date_events(doc, places, roles, reading)
    return assemble(doc, places, roles, dates, reading)


def _headline_end(doc: Document) -> int:
    """Where the text's first line ends when it is a headline (no full stop at its end), else 0."""
    end = doc.line_span(0)[1]
    return 0 if doc.text[:end].rstrip().endswith((".", "!", "?", ":")) else end


def _reading(language: str) -> Reading:
    """The text's language pack for clauses and dates; the country's local languages' too for
    the names of places and organisations (see reading)."""
    return reading_for((language,))


@dataclass(frozen=True)
class Geoparser:
    """The shipped extractor (the `Extractor` protocol): the offline gazetteer, plus an
    optional online geocoder for names it lacks, bound once at construction."""

    geocoder: Geocoder | None = None

    @property
    def version(self) -> str:
        return EXTRACTOR_VERSION

    def extract(
        self, text: str, *, published: date | None = None, language: str | None = None
    ) -> list[Mention]:
        """Every place mention in `text`, sorted by start. Never raises on any string: a
        failure in an optional part (the online geocoder) only loses that part."""
        if not isinstance(text, str) or not text.strip():
            return []
        if published is not None and (not isinstance(published, date) or not 1900 <= published.year <= 2100):
            published = None  # a malformed or absurd publication date is no date
        if language not in LANGUAGES:
            language = detect_language(text, LANGUAGES)
        try:
            return run_stages(
                text,
                published=published,
                language=language,
                gazetteer=load_gazetteer(),
                reading=_reading(language),
                geocoder=self.geocoder,
            )
        except (
            ValueError,
            IndexError,
            KeyError,
            OverflowError,
            RecursionError,
        ) as exc:  # last resort, logged
            log.error("geoparser failed on a %d-character text: %r", len(text), exc)
            return []


def default_extractor(geocoder: Geocoder | None = None) -> Geoparser:
    """The extractor the CLI and the app use unless they are given another one."""
    return Geoparser(geocoder)


def extract_mentions(
    text: str,
    *,
    published: date | None = None,
    language: str | None = None,
    geocoder: Geocoder | None = None,
) -> list[Mention]:
    """`Geoparser(geocoder).extract(...)`: a shorthand for tests and one-off scripts."""
    return Geoparser(geocoder).extract(text, published=published, language=language)
