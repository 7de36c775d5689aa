"""Properties of extract_mentions that must hold for any input string."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from strategies import any_text, article_text, languages, published_dates

from dashboard.geoparse import extract_mentions
from dashboard.models import COORD_PRECISIONS, DATE_PRECISIONS, EVENT_TYPES, LEVELS, MENTION_KEYS, ROLES

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=any_text, published=published_dates, language=languages)
def test_never_raises_and_offsets_point_at_the_surface(
    text: str, published: date | None, language: str | None
) -> None:
    for mention in extract_mentions(text, published=published, language=language):
        assert text[mention.start : mention.end] == mention.surface


@SETTINGS
@given(text=article_text, published=published_dates)
# a street whose only container is a state, at the state's capital: its id stays under its anchor's
@example(text="Zulia calle 24 de Junio", published=None)
def test_mentions_are_sorted_and_well_formed(text: str, published: date | None) -> None:
    mentions = extract_mentions(text, published=published)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert tuple(m.to_json()) == MENTION_KEYS
        assert m.level in LEVELS
        assert m.role in ROLES
        assert 0.0 <= m.confidence <= 1.0
        assert m.event_type is None or m.event_type in EVENT_TYPES
        assert m.date_precision is None or m.date_precision in DATE_PRECISIONS
        if m.role == "other":
            assert m.event_date is None and m.event_type is None
        if m.event_date is None:
            assert m.date_precision is None
        assert m.coord_precision in COORD_PRECISIONS
        if m.coord_precision != "exact":  # a place below the city at its anchor's point says so
            assert m.anchor_place_id is not None and m.level in ("landmark", "neighbourhood")
            assert m.place_id.startswith(m.anchor_place_id + "/")


@SETTINGS
@given(text=article_text)
def test_venezuela_as_a_whole_is_never_a_protest_site(text: str) -> None:
    for m in extract_mentions(text, published=date(2024, 7, 29)):
        if m.level == "country" and m.country == "VE":
            assert m.role == "other"
