"""The geoparser on typical wire-service sentences (English and Spanish), the shared
dev corpus and seeds (golden files and precision/recall floors), and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.evaluate import evaluate_gold
from dashboard.geoparse import EXTRACTOR_VERSION, detect_language, extract_mentions
from dashboard.models import Mention, Place

CORPUS = Path("/work/shared/corpus")
if not CORPUS.exists():  # CI clones main with shared/ beside it
    CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
GOLD_FILES = [CORPUS / "dev_gold.jsonl", CORPUS / "seeds" / "seeds_gold.jsonl"]
GOLDEN_DIR = Path(__file__).parent / "golden"
CHECK_SPLIT = json.loads((Path(__file__).parent / "eval" / "check_split.json").read_text(encoding="utf-8"))
CHECK_IDS = frozenset(CHECK_SPLIT["check"])
"""The held-out documents (see tests/eval/check_split.json): their errors are never shown."""


def places(text: str, published: date | None = None) -> list[tuple[str, str, str, str | None]]:
    """(surface, state code or country, role, ISO event date) per mention."""
    return [
        (m.surface, m.state_code or m.country, m.role, m.event_date.isoformat() if m.event_date else None)
        for m in extract_mentions(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Police fired tear gas at protesters in Maracaibo, Zulia state, on Tuesday.",
            date(2024, 7, 31),
            [
                ("Maracaibo", "VE-V", "protest_site", "2024-07-30"),
                ("Zulia", "VE-V", "protest_site", "2024-07-30"),
            ],
        ),
        (
            "Manifestantes fueron dispersados con bombas lacrimógenas en Barquisimeto el martes.",
            date(2024, 7, 31),
            [("Barquisimeto", "VE-K", "protest_site", "2024-07-30")],
        ),
        (
            "Al menos 20 personas fueron detenidas en San Cristóbal el lunes.",
            date(2024, 7, 30),
            [("San Cristóbal", "VE-S", "protest_site", "2024-07-29")],
        ),
        (
            "In Petare, a sprawling slum east of Caracas, residents banged pots and pans late on Monday.",
            date(2024, 7, 30),
            [
                ("Petare", "VE-M", "protest_site", "2024-07-29"),
                ("Caracas", "VE-A", "protest_site", "2024-07-29"),
            ],
        ),
        (
            "A rally in Valencia, Carabobo state, drew thousands on Saturday.",
            date(2024, 8, 4),
            [
                ("Valencia", "VE-G", "protest_site", "2024-08-03"),
                ("Carabobo", "VE-G", "protest_site", "2024-08-03"),
            ],
        ),
        (
            "Demonstrations are also being reported in states such as "
            "Carabobo, Falcón, Barinas, Miranda and Vargas",
            date(2024, 7, 29),
            [
                (s, c, "protest_site", "2024-07-29")
                for s, c in [
                    ("Carabobo", "VE-G"),
                    ("Falcón", "VE-I"),
                    ("Barinas", "VE-E"),
                    ("Miranda", "VE-M"),
                    ("Vargas", "VE-X"),
                ]
            ],
        ),
        (
            "Ayer, en el estado Lara, vecinos trancaron la avenida principal de Carora en protesta.",
            date(2024, 7, 31),
            [
                ("Lara", "VE-K", "protest_site", "2024-07-30"),
                ("Carora", "VE-K", "protest_site", "2024-07-30"),
            ],
        ),
        (
            "Security forces raided homes in the 23 de Enero neighbourhood of Caracas overnight.",
            date(2024, 8, 1),
            [
                ("23 de Enero", "VE-A", "protest_site", "2024-07-31"),
                ("Caracas", "VE-A", "protest_site", "2024-07-31"),
            ],
        ),
        (  # only called for: not (yet) a protest site
            "The opposition called for a march in Maracay next Saturday.",
            date(2024, 8, 1),
            [("Maracay", "VE-D", "other", None)],
        ),
        (  # a 2014 photo caption: a protest site without a date
            "A student confronting the National Police near Plaza Venezuela, 2014.",
            date(2024, 8, 9),
            [("Plaza Venezuela", "VE-A", "protest_site", None)],
        ),
        (  # origin and meetings are other; Venezuela as a whole is always other
            "During a meeting of the Organization of American States in Washington, Roberta Clarke, "
            "a lawyer from Barbados, condemned the repression of protesters in Venezuela.",
            date(2024, 8, 29),
            [
                ("Washington", "US", "other", None),
                ("Barbados", "BB", "other", None),
                ("Venezuela", "VE", "other", None),
            ],
        ),
        (
            "Julio Valerio García, a citizen of Táchira, was shot dead.",
            date(2024, 7, 29),
            [("Táchira", "VE-S", "other", None)],
        ),
        (  # people's and organisations' names are not places
            "Simón Bolívar and Francisco de Miranda are heroes; the Universidad de Carabobo, the "
            "Universidad Central de Venezuela and the Barbados Agreement were cited by Edmundo González.",
            date(2024, 8, 1),
            [],
        ),
        (  # possessives and Spanish articles
            "Caracas' mayor spoke while the state of Miranda saw cacerolazos last night.",
            date(2024, 7, 30),
            [("Caracas", "VE-A", "other", None), ("Miranda", "VE-M", "protest_site", "2024-07-29")],
        ),
        (  # common words that are also village names are not places
            "The National Guard and the Carter Center spoke of Independencia, Libertad and Democracia.",
            date(2024, 7, 30),
            [],
        ),
        (
            "Decenas de motorizados dispararon contra manifestantes en la parroquia Sucre de Caracas.",
            date(2024, 7, 30),
            [("Sucre", "VE-A", "protest_site", None), ("Caracas", "VE-A", "protest_site", None)],
        ),
        (
            "Government supporters rallied in Caracas on Saturday.",
            date(2024, 8, 4),
            [("Caracas", "VE-A", "protest_site", "2024-08-03")],
        ),
        (  # a dateline is where the story was filed; "Avenida Bolívar" is not Bolívar state
            "CARACAS, Venezuela (AP) — Protesters blocked the Avenida Bolívar in Maracaibo on Monday.",
            date(2024, 7, 30),
            [
                ("CARACAS", "VE-A", "other", None),
                ("Venezuela", "VE", "other", None),
                ("Avenida Bolívar", "VE-V", "protest_site", "2024-07-29"),
                ("Maracaibo", "VE-V", "protest_site", "2024-07-29"),
            ],
        ),
        (
            "Caracas, 30 jul (EFE).- Decenas de manifestantes fueron detenidos en Valencia el lunes.",
            date(2024, 7, 30),
            [("Caracas", "VE-A", "other", None), ("Valencia", "VE-G", "protest_site", "2024-07-29")],
        ),
        (  # same name, city then state
            "Police arrested 20 people in Barinas, Barinas state, on Tuesday.",
            date(2024, 7, 31),
            [
                ("Barinas", "VE-E", "protest_site", "2024-07-30"),
                ("Barinas", "VE-E", "protest_site", "2024-07-30"),
            ],
        ),
        (  # the place where a statement is made; a destination of detainees
            "Maduro, speaking at Miraflores Palace, said the activist was taken to El Helicoide.",
            date(2024, 7, 31),
            [("Miraflores Palace", "VE-A", "other", None), ("El Helicoide", "VE-A", "other", None)],
        ),
        (  # a press conference in Caracas about detainees elsewhere
            "El fiscal declaró en rueda de prensa en Caracas que los detenidos en Maracay serán imputados.",
            date(2024, 7, 31),
            [("Caracas", "VE-A", "other", None), ("Maracay", "VE-D", "protest_site", None)],
        ),
        (  # a municipality and its state
            "La GNB reprimió una protesta en el municipio Sucre del estado Miranda el martes.",
            date(2024, 7, 31),
            [
                ("Sucre", "VE-M", "protest_site", "2024-07-30"),
                ("Miranda", "VE-M", "protest_site", "2024-07-30"),
            ],
        ),
        (
            "Edmundo González fled to Spain; Venezuelans in Bogotá protested on 28 July.",
            date(2024, 9, 10),
            [("Spain", "ES", "other", None), ("Bogotá", "CO", "protest_site", "2024-07-28")],
        ),
        # ---- generalisation to unseen wire text (AP/Reuters/AFP/EFE, El Pitazo, Efecto Cocuyo) ----
        (  # Spanish protest verbs; "este martes" = the Tuesday of the publication week
            "Cientos de personas salieron a protestar este martes en Puerto La Cruz, estado Anzoátegui, "
            "para rechazar los resultados.",
            date(2024, 7, 31),
            [
                ("Puerto La Cruz", "VE-B", "protest_site", "2024-07-30"),
                ("Anzoátegui", "VE-B", "protest_site", "2024-07-30"),
            ],
        ),
        (  # a reporting frame, and a relative clause on the place that reports the event
            '"We will not give up," said a protester in Coro, the capital of Falcón state, where police '
            "dispersed a small march on Friday.",
            date(2024, 8, 4),
            [
                ("Coro", "VE-I", "protest_site", "2024-08-02"),
                ("Falcón", "VE-I", "protest_site", "2024-08-02"),
            ],
        ),
        (  # "where" clauses that report no protest change nothing
            "Maduro spoke in Caracas, where he met with military commanders, as protests went on.",
            date(2024, 7, 31),
            [("Caracas", "VE-A", "other", None)],
        ),
        (  # the anchor of "since Sunday's vote" is not the day of the next event: no date
            "Foro Penal said at least 11 people had been killed and more than 700 arrested since Sunday's "
            "vote. In the state of Aragua, two protesters were shot dead in Maracay, the group said.",
            date(2024, 7, 31),
            [("Aragua", "VE-D", "protest_site", None), ("Maracay", "VE-D", "protest_site", None)],
        ),
        (  # the vote's day is not the protest's; the other date in the sentence is
            "Protesters in Barquisimeto rejected the results of Sunday's vote on Tuesday.",
            date(2024, 7, 31),
            [("Barquisimeto", "VE-K", "protest_site", "2024-07-30")],
        ),
        (
            "Tras las elecciones del 28 de julio, vecinos de Petare salieron a protestar.",
            date(2024, 7, 31),
            [("Petare", "VE-M", "protest_site", None)],
        ),
        (  # a lead's date carries forward to later paragraphs, never back from a later one
            "Cientos de venezolanos salieron a la calle este martes para protestar.\n\n"
            "En San Cristóbal, capital del estado Táchira, al menos 15 personas fueron detenidas durante "
            "una concentración frente a la sede del CNE.\n\n"
            "En Caracas, la noche del lunes hubo cacerolazos en Catia.",
            date(2024, 7, 31),
            [
                ("San Cristóbal", "VE-S", "protest_site", "2024-07-30"),
                ("Táchira", "VE-S", "protest_site", "2024-07-30"),
                ("Caracas", "VE-A", "protest_site", "2024-07-29"),
                ("Catia", "VE-A", "protest_site", "2024-07-29"),
            ],
        ),
        (  # a running count: no date, neither the anchor's nor the publication's
            "Decenas de personas han sido detenidas desde el domingo en Carabobo.",
            date(2024, 7, 31),
            [("Carabobo", "VE-G", "protest_site", None)],
        ),
        (
            "Protesters rallied in Caracas after Sunday's vote.",
            date(2024, 7, 31),
            [("Caracas", "VE-A", "protest_site", None)],
        ),
        (  # "where" after an appositive with the state; "la noche del lunes" is Monday
            "Reuters witnesses saw protesters in Barquisimeto, Lara state, where national guard troops "
            "fired tear gas on Monday night.",
            date(2024, 7, 31),
            [
                ("Barquisimeto", "VE-K", "protest_site", "2024-07-29"),
                ("Lara", "VE-K", "protest_site", "2024-07-29"),
            ],
        ),
        (  # each clause of a "; " sentence keeps its own event
            "Security forces arrested dozens in Maracaibo on Monday; in Valencia, demonstrators marched "
            "peacefully.",
            date(2024, 7, 31),
            [
                ("Maracaibo", "VE-V", "protest_site", "2024-07-29"),
                ("Valencia", "VE-G", "protest_site", "2024-07-29"),
            ],
        ),
        (
            "Vecinos de la parroquia 23 de Enero, en Caracas, sonaron cacerolas la noche de este lunes.",
            date(2024, 7, 31),
            [
                ("23 de Enero", "VE-A", "protest_site", "2024-07-29"),
                ("Caracas", "VE-A", "protest_site", "2024-07-29"),
            ],
        ),
        (  # a lower-case "autopista" still finds the landmark
            "La GNB lanzó bombas lacrimógenas contra los manifestantes que se concentraron en la autopista "
            "Francisco Fajardo, a la altura de Chacaíto, este martes.",
            date(2024, 7, 31),
            [
                ("autopista Francisco Fajardo", "VE-A", "protest_site", "2024-07-30"),
                ("Chacaíto", "VE-M", "protest_site", "2024-07-30"),
            ],
        ),
        (  # "este jueves" in a Wednesday story is tomorrow: a planned march, no date
            "La oposición convocó una marcha en Maracay para este jueves.",
            date(2024, 7, 31),
            [("Maracay", "VE-D", "other", None)],
        ),
        (  # "Miraflores palace" / "palacio de Miraflores" are the landmark
            "Protesters gathered outside the Miraflores presidential palace on Monday.",
            date(2024, 7, 31),
            [("Miraflores presidential palace", "VE-A", "protest_site", "2024-07-29")],
        ),
        (
            "Manifestantes marcharon hacia el palacio de Miraflores el lunes.",
            date(2024, 7, 31),
            [("palacio de Miraflores", "VE-A", "protest_site", "2024-07-29")],
        ),
        (
            "Protesters marched to the Miraflores palace in Caracas on Monday.",
            date(2024, 7, 31),
            [
                ("Miraflores palace", "VE-A", "protest_site", "2024-07-29"),
                ("Caracas", "VE-A", "protest_site", "2024-07-29"),
            ],
        ),
        (  # a city named as the district's container is the city, not a village called Caracas
            "Protesters burned tyres in the Caracas district of Petare on Monday.",
            date(2024, 7, 31),
            [
                ("Caracas", "VE-A", "protest_site", "2024-07-29"),
                ("Petare", "VE-M", "protest_site", "2024-07-29"),
            ],
        ),
        (
            "Police fired tear gas at protesters in the eastern state of Monagas on Tuesday.",
            date(2024, 7, 31),
            [("Monagas", "VE-N", "protest_site", "2024-07-30")],
        ),
        (  # an unknown sector of a known barrio, anchored to it; "la avenida Bolívar" is a street
            "Vecinos protestaron en el sector La Bombilla de Petare este lunes.",
            date(2024, 7, 31),
            [
                ("La Bombilla", "VE-M", "protest_site", "2024-07-29"),
                ("Petare", "VE-M", "protest_site", "2024-07-29"),
            ],
        ),
        (
            "Manifestantes trancaron la avenida Bolívar de Valencia este martes.",
            date(2024, 7, 31),
            [
                ("avenida Bolívar", "VE-G", "protest_site", "2024-07-30"),
                ("Valencia", "VE-G", "protest_site", "2024-07-30"),
            ],
        ),
        (  # every town has a plaza Bolívar: not the Caracas one
            "Vecinos se concentraron en la plaza Bolívar de Mérida este lunes.",
            date(2024, 7, 31),
            [
                ("plaza Bolívar", "VE-L", "protest_site", "2024-07-29"),
                ("Mérida", "VE-L", "protest_site", "2024-07-29"),
            ],
        ),
        (
            "Protesters in Zulia state blocked roads on Monday.",
            date(2024, 7, 31),
            [("Zulia", "VE-V", "protest_site", "2024-07-29")],
        ),
        (
            "Opposition supporters held a caravan in Lechería on Tuesday.",
            date(2024, 7, 31),
            [("Lechería", "VE-B", "protest_site", "2024-07-30")],
        ),
        (
            "El dirigente fue detenido en su residencia en Maturín este martes.",
            date(2024, 7, 31),
            [("Maturín", "VE-N", "protest_site", "2024-07-30")],
        ),
        (
            "The body of a protester was found in Guarenas on Tuesday.",
            date(2024, 7, 31),
            [("Guarenas", "VE-M", "protest_site", "2024-07-30")],
        ),
        (
            "Maduro said in a televised address from Caracas that the protesters were criminals.",
            date(2024, 7, 31),
            [("Caracas", "VE-A", "other", None)],
        ),
        (
            "Estudiantes realizaron un plantón frente a la sede de la ONU en Caracas el lunes.",
            date(2024, 7, 31),
            [("Caracas", "VE-A", "protest_site", "2024-07-29")],
        ),
        (
            "Trabajadores hicieron un piquete en Puerto Ordaz y hubo un cacerolazo en Barquisimeto "
            "el pasado martes.",
            date(2024, 7, 31),
            [
                ("Puerto Ordaz", "VE-F", "protest_site", "2024-07-30"),
                ("Barquisimeto", "VE-K", "protest_site", "2024-07-30"),
            ],
        ),
        (
            "Efecto Cocuyo reportó cacerolazos en la parroquia El Valle de Caracas la noche del lunes.",
            date(2024, 7, 31),
            [
                ("El Valle", "VE-A", "protest_site", "2024-07-29"),
                ("Caracas", "VE-A", "protest_site", "2024-07-29"),
            ],
        ),
        (  # "capital of X" names X's container: the state, not a village called Monagas
            "In Maturín, the capital of Monagas state, guardsmen detained 20 people during a march "
            "on Monday.",
            date(2024, 7, 31),
            [
                ("Maturín", "VE-N", "protest_site", "2024-07-29"),
                ("Monagas", "VE-N", "protest_site", "2024-07-29"),
            ],
        ),
        (  # a foreign place where someone spoke about the arrests is not where they happened
            "The United Nations human rights office in Geneva said it was alarmed by reports of detentions.",
            date(2024, 8, 1),
            [("Geneva", "CH", "other", None)],
        ),
        (  # "<Name> municipality of <Container>": the level word is the first name's
            "Protesters blocked roads in the José Félix Ribas municipality of Aragua.",
            date(2024, 8, 1),
            [
                ("José Félix Ribas", "VE-D", "protest_site", None),
                ("Aragua", "VE-D", "protest_site", None),
            ],
        ),
        (
            "En el barrio José Félix Ribas de Petare los vecinos se enfrentaron con la policía el lunes.",
            date(2024, 7, 30),
            [("José Félix Ribas de Petare", "VE-M", "protest_site", "2024-07-29")],
        ),
        (  # local witnesses of a local event: the place stays a protest site
            "Residents of Petare said police fired tear gas at them on Tuesday.",
            date(2024, 8, 1),
            [("Petare", "VE-M", "protest_site", "2024-07-30")],
        ),
    ],
)
def test_sentences(text: str, published: date, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert places(text, published) == expected


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Police fired tear gas at protesters in Maracaibo.", "protest_with_intervention"),
        ("Two protesters were shot dead in Maracay.", "excessive_force"),
        ("Opposition activists were detained at their homes in Barquisimeto.", "arrests"),
        ("Thousands marched peacefully in Valencia.", "peaceful_protest"),
        (
            "Pro-government rallies were held in Caracas as government supporters rallied.",
            "pro_government_rally",
        ),
        ("Detuvieron a manifestantes durante la protesta en Cumaná.", "protest_with_intervention"),
        ("The body of a protester was found in Guarenas.", "excessive_force"),
        ("Thousands of supporters of President Maduro marched in Caracas.", "pro_government_rally"),
        (  # the next sentence reports the dispersal of that same protest
            "Cientos de personas salieron a protestar en Puerto Ordaz. Funcionarios de la Guardia "
            "Nacional dispersaron la manifestación con bombas lacrimógenas.",
            "protest_with_intervention",
        ),
        (
            "Thousands gathered in Barinas. Police later dispersed the crowd with tear gas.",
            "protest_with_intervention",
        ),
    ],
)
def test_event_types(text: str, event_type: str) -> None:
    (mention,) = extract_mentions(text, published=date(2024, 7, 30))
    assert (mention.role, mention.event_type) == ("protest_site", event_type)


def test_event_type_is_decided_per_clause() -> None:
    text = (
        "Thousands of supporters of President Maduro marched in Caracas on Saturday in a pro-government "
        "rally, while opposition supporters gathered in Las Mercedes."
    )
    types = {m.surface: (m.role, m.event_type) for m in extract_mentions(text, published=date(2024, 8, 4))}
    assert types == {
        "Caracas": ("protest_site", "pro_government_rally"),
        "Las Mercedes": ("protest_site", "peaceful_protest"),
    }


def test_a_next_sentence_with_its_own_place_does_not_change_the_type() -> None:
    text = "Thousands gathered in Barinas. In Mérida, police dispersed the crowd with tear gas."
    types = {m.surface: m.event_type for m in extract_mentions(text, published=date(2024, 7, 31))}
    assert types == {"Barinas": "peaceful_protest", "Mérida": "protest_with_intervention"}


def test_chronology_headings_date_what_follows() -> None:
    text = "On 28 July 2024 the vote took place.\n\n29 July\n\nThere were cacerolazos in Caracas.\n"
    (caracas,) = extract_mentions(text)
    assert (caracas.role, caracas.event_date, caracas.date_precision) == (
        "protest_site",
        date(2024, 7, 29),
        "day",
    )


def test_confidence_is_higher_for_a_cued_state_than_for_an_obscure_place() -> None:
    mentions = extract_mentions(
        "Protests in the village of El Perro and in Carabobo state.", published=date(2024, 7, 29)
    )
    confidence = {m.surface: m.confidence for m in mentions}
    assert confidence["Carabobo"] >= 0.9
    assert confidence["El Perro"] < 0.6  # one of thirty-odd hamlets of that name


class OneNameGeocoder:
    """A real (tiny) Geocoder backend: answers one name, counts the questions."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        self.asked.append(name)
        if name == "Los Magallanes":
            return Place(
                "test:magallanes",
                "Los Magallanes de Catia",
                "neighbourhood",
                "VE",
                "Distrito Capital",
                "VE-A",
                10.51,
                -66.95,
            )
        return None


def test_geocoder_is_asked_only_for_capitalised_names_the_gazetteer_lacks() -> None:
    geocoder = OneNameGeocoder()
    text = "Protesters blocked roads in Los Magallanes and in Caracas on Monday."
    mentions = extract_mentions(text, published=date(2024, 7, 29), geocoder=geocoder)
    assert [m.surface for m in mentions] == ["Los Magallanes", "Caracas"]
    assert mentions[0].place_id == "test:magallanes" and mentions[0].role == "protest_site"
    assert geocoder.asked == ["Los Magallanes"]


@pytest.mark.parametrize(
    ("text", "language"),
    [("The protesters marched in the capital.", "en"), ("Los manifestantes marcharon en la capital.", "es")],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "no places here at all",
        "<html><script>alert('Caracas')</script><p>Protests in Maracaibo</p></html>",
        "\x00\x01\x02 Caracas \x1b[31m Zulia \ufeff\u202e",
        "Caracas " * 3,
        "29 July\n" * 50,
    ],
)
@pytest.mark.parametrize("published", [None, date(2024, 7, 29)])
@pytest.mark.parametrize("language", [None, "en", "es", "xx"])
def test_bad_input_does_not_crash(text: str, published: date | None, language: str | None) -> None:
    for m in extract_mentions(text, published=published, language=language):
        assert text[m.start : m.end] == m.surface


@pytest.mark.parametrize("published", [date.min, date.max, date(1, 1, 1)])
def test_absurd_publication_dates_are_ignored(published: date) -> None:
    text = "29 July\nOn 28 July, yesterday and last Monday there were protests in Caracas."
    # treated as unknown: with no year anywhere in the text, no date rather than a wrong one
    mentions = extract_mentions(text, published=published)
    assert [(m.surface, m.role, m.event_date) for m in mentions] == [("Caracas", "protest_site", None)]


def test_a_malformed_published_value_is_ignored() -> None:
    mentions = extract_mentions("Protests in Caracas today.", published="2024-13-45")  # type: ignore[arg-type]
    assert [m.event_date for m in mentions] == [None]


def test_one_megabyte_of_text() -> None:
    paragraph = (
        "Protesters gathered in Maracaibo on Monday while officials met in Washington. "
        "Nothing happened in most of the country, and the text goes on and on. " * 4 + "\n"
    )
    text = (paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000]
    mentions = extract_mentions(text, published=date(2024, 7, 30))
    assert mentions and all(text[m.start : m.end] == m.surface for m in mentions)


# ---- the shared corpus: golden files and floors -------------------------------------


def _documents() -> list[tuple[Path, dict[str, object]]]:
    docs = []
    for gold in GOLD_FILES:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                docs.append((gold, json.loads(line)))
    return docs


DOCUMENTS = _documents()


@pytest.mark.parametrize(
    ("gold", "record"), DOCUMENTS, ids=[str(record["doc_id"]) for _, record in DOCUMENTS]
)
def test_golden_output(gold: Path, record: dict[str, object], update_golden: bool) -> None:
    """The extract output of each shared document, compared with tests/golden/<doc_id>.json.

    A missing baseline is written and the test still fails (as folium's snapshot tests
    do); `pytest --update-golden` rewrites them after an intended change.
    """
    doc_id = str(record["doc_id"])
    text = (gold.parent / f"{doc_id}.txt").read_text(encoding="utf-8")
    published = date.fromisoformat(str(record["published"])) if record.get("published") else None
    mentions: list[Mention] = extract_mentions(
        text, published=published, language=str(record.get("language"))
    )
    actual = {"extractor_version": EXTRACTOR_VERSION, "mentions": [m.to_json() for m in mentions]}
    path = GOLDEN_DIR / f"{doc_id}.json"
    rendered = json.dumps(actual, ensure_ascii=False, indent=1) + "\n"
    if update_golden or not path.exists():
        GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
        existed = path.exists()
        path.write_text(rendered, encoding="utf-8")
        if not existed:
            pytest.fail(f"golden file {path.name} was missing; written now, check it and rerun")
        return
    expected = json.loads(path.read_text(encoding="utf-8"))
    if doc_id in CHECK_IDS:
        if expected != actual:  # not an assert: pytest would print the held-out document's diff
            pytest.fail(f"{doc_id} (check split) changed; its details stay hidden", pytrace=False)
        return
    assert expected == actual


FLOORS: dict[str, tuple[float, float, float]] = {
    # (protest-site F1, event dates right, all-places F1)
    "seeds": (1.0, 1.0, 0.85),
    "tune": (0.92, 0.90, 0.85),  # issue 9's targets
    # Issue 9 asks for dates >= 0.90 here too. geoparse-2.3 reaches 10/12 = 0.833, and the two
    # misses cannot be chased without reading this split's errors, which would end its use as
    # a check. Issue 9 stays open on exactly this figure. The floor below is what was
    # reached, so that it cannot slip; raise it to 0.90 the day it passes.
    "check": (0.92, 0.83, 0.85),
}
"""Floors per split. Only ever raised."""


@pytest.mark.parametrize(
    ("gold", "split"),
    [(GOLD_FILES[0], "check"), (GOLD_FILES[0], "tune"), (GOLD_FILES[1], "seeds")],
    ids=["dev-check", "dev-tune", "seeds"],
)
def test_precision_recall_floor(gold: Path, split: str) -> None:
    """The issue's targets on the tune split and the seeds; on the check split, what was reached.

    The check split's report is only ever printed as totals (`format(summary=True)`): its
    per-document errors must not leak into the rules.
    """
    if split == "check":
        report = evaluate_gold(gold, only=CHECK_IDS)
    else:
        report = evaluate_gold(gold, exclude=CHECK_IDS if split == "tune" else frozenset())
    shown = report.format(summary=split == "check")
    figures = (
        report.protest_f1,
        report.date_accuracy,
        report.place_f1,
    )  # plain floats: no repr of the report
    floors = FLOORS[split]
    assert all(f >= floor for f, floor in zip(figures, floors, strict=True)), shown


def test_seed_cases_come_out_right() -> None:
    voz = (CORPUS / "seeds" / "seed_voz.txt").read_text(encoding="utf-8")
    sites = {
        (m.name, m.state_code, m.event_date)
        for m in extract_mentions(voz, published=date(2024, 7, 29))
        if m.role == "protest_site"
    }
    day = date(2024, 7, 29)
    assert {
        ("Caracas", "VE-A", day),
        ("Catia", "VE-A", day),
        ("Palacio de Miraflores", "VE-A", day),
        ("Carabobo", "VE-G", day),
        ("Falcón", "VE-I", day),
        ("Barinas", "VE-E", day),
        ("Miranda", "VE-M", day),
        ("La Guaira", "VE-X", day),
    } <= sites
    newsweek = (CORPUS / "seeds" / "seed_newsweek.txt").read_text(encoding="utf-8")
    roles: dict[str, set[str]] = {}
    for m in extract_mentions(newsweek, published=date(2024, 8, 29)):
        roles.setdefault(m.name, set()).add(m.role)
        if m.name == "Caracas" and m.role == "protest_site":
            assert m.event_date == date(2024, 8, 28)
    assert roles["Caracas"] == {"protest_site"}
    assert roles["Washington"] == roles["Barbados"] == roles["Venezuela"] == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "PROTESTERS MARCHED IN CARACAS ON MONDAY.",  # upper case: same triggers as lower case
        "İstanbul-born protesters marched in Caracas on Monday.",  # lower() changes the length
    ],
)
def test_triggers_do_not_depend_on_case_or_unusual_letters(text: str) -> None:
    roles = [(m.name, m.role) for m in extract_mentions(text, published=date(2024, 7, 30))]
    assert ("Caracas", "protest_site") in roles
