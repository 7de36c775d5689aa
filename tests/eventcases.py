"""Small places and mentions for the grouping and corrections tests: a tiny gazetteer
(Lara, Carabobo and Distrito Capital, a few of their towns, plazas and sectors) and builders
that read like the sentences they stand for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard.grouping import ContainmentTable
from dashboard.models import ArticleMentions, Mention, Place


@dataclass(frozen=True)
class P:
    """A place of the tiny gazetteer."""

    place_id: str
    name: str
    level: str
    state: str | None
    state_code: str | None
    lat: float
    lon: float
    country: str = "VE"

    def place(self) -> Place:
        return Place(
            self.place_id,
            self.name,
            self.level,
            self.country,
            self.state,
            self.state_code,
            self.lat,
            self.lon,
        )


LARA = P("t:lara", "Lara", "state", "Lara", "VE-K", 10.19, -69.79)
IRIBARREN = P("t:iribarren", "Iribarren", "municipality", "Lara", "VE-K", 10.07, -69.32)
BARQUISIMETO = P("t:barquisimeto", "Barquisimeto", "city", "Lara", "VE-K", 10.065, -69.357)
PLAZA_BOLIVAR_BQTO = P("t:plaza-bolivar-bqto", "Plaza Bolívar", "landmark", "Lara", "VE-K", 10.068, -69.321)
SANTA_ROSA = P("t:santa-rosa", "Santa Rosa", "neighbourhood", "Lara", "VE-K", 10.058, -69.275)
CARORA = P("t:carora", "Carora", "city", "Lara", "VE-K", 10.17, -70.08)
CARABOBO = P("t:carabobo", "Carabobo", "state", "Carabobo", "VE-G", 10.12, -68.03)
VALENCIA = P("t:valencia", "Valencia", "city", "Carabobo", "VE-G", 10.162, -68.008)
CARACAS = P("t:caracas", "Caracas", "city", "Distrito Capital", "VE-A", 10.488, -66.879)
PETARE = P("t:petare", "Petare", "neighbourhood", "Miranda", "VE-M", 10.477, -66.807)
VENEZUELA = P("t:ve", "Venezuela", "country", None, None, 7.0, -66.0)

CONTAINMENT = ContainmentTable(
    {
        PLAZA_BOLIVAR_BQTO.place_id: [BARQUISIMETO.place_id],
        SANTA_ROSA.place_id: [BARQUISIMETO.place_id],
        BARQUISIMETO.place_id: [IRIBARREN.place_id],
        IRIBARREN.place_id: [LARA.place_id],
        CARORA.place_id: [LARA.place_id],
        VALENCIA.place_id: [CARABOBO.place_id],
    }
)
"""What a gazetteer says about the tiny places: a plaza and a sector in a city, in its
municipality, in its state. Petare (Miranda) is in no city of ours: it tests that a state
code alone never puts a place in a city."""

MON = date(2024, 7, 29)
TUE = date(2024, 7, 30)
WED = date(2024, 7, 31)
LATER = date(2024, 8, 20)


def mention(
    p: P,
    start: int,
    sentence: str = "",
    *,
    day: date | None = MON,
    kind: str | None = "peaceful_protest",
    role: str = "protest_site",
    precision: str | None = None,
    confidence: float = 0.8,
    anchor: P | None = None,
    surface: str | None = None,
) -> Mention:
    """A mention of `p` at `start` (its surface is the place's name unless given)."""
    surface = surface if surface is not None else p.name
    return Mention(
        surface=surface,
        start=start,
        end=start + len(surface),
        place_id=p.place_id,
        name=p.name,
        level=p.level,
        country=p.country,
        state=p.state,
        state_code=p.state_code,
        lat=p.lat,
        lon=p.lon,
        role=role,
        event_type=kind if role == "protest_site" else None,
        event_date=day,
        date_precision=precision or ("day" if day else None),
        confidence=confidence,
        sentence=sentence or f"People protested in {p.name}.",
        anchor_place_id=anchor.place_id if anchor else None,
        coord_precision="city" if anchor else "exact",
    )


def article(
    article_id: str,
    *mentions: Mention,
    source: str | None = "El Pitazo",
    published: date | None = TUE,
    language: str | None = "es",
) -> ArticleMentions:
    return ArticleMentions(
        article_id=article_id,
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
        source=source,
        published=published,
        title=f"Title of {article_id}",
        url=f"https://news.example.org/{article_id}",
        language=language,
    )


BQTO_RALLY = "Cientos se concentraron el lunes en la Plaza Bolívar de Barquisimeto, estado Lara."
"""Plaza Bolívar at 39, Barquisimeto at 56, Lara at 77 (offsets in an article that is this sentence)."""


def barquisimeto_rally(article_id: str = "a-bqto", *, published: date | None = TUE) -> ArticleMentions:
    """'a rally on Plaza Bolívar in Barquisimeto, Lara state': three places, one event."""
    return article(
        article_id,
        mention(PLAZA_BOLIVAR_BQTO, 39, BQTO_RALLY),
        mention(BARQUISIMETO, 56, BQTO_RALLY),
        mention(LARA, 77, BQTO_RALLY),
        published=published,
    )
