"""Words around a place that its clause's event word does not settle (used by the role stage).

* An office holder's jurisdiction is who speaks, not where something happened: "la alcaldesa
  de Girardot dijo...", "the governor of Lara called for calm", "a lawmaker who represents
  Sucre state said four people had been arrested in Cumaná". Unless the clause comes back to
  that jurisdiction as the place of its event ("mayors of Chacao and Baruta said troops raided
  homes in their districts").
* A place detainees are taken to or kept at is not where they were arrested: "She was taken
  to El Helicoide, ..., where dozens of protesters are being held".
* A hospital is where the wounded and the dead were taken, not where force was used on them:
  "died later at a clinic in the Guaparo district", "A hospital in Valencia said it had treated
  nine people for gunshot wounds". (Nurses who protest outside it protest there.)
* A town that only locates another one is a reference point: "San Francisco, the municipality
  that borders Maracaibo", "a park in Doral, near Miami". (A direction, "a slum east of
  Caracas", gives the city around the place: the container, as the guidelines read it.)
* An authority abroad that speaks after the opener is where it spoke, not a rally abroad: "In
  Washington, the State Department said it was concerned by the arrests".
* A line of links is not the story: "See also", "Véase también", "Read more: ...", "Sources"
  head a list of other pages' titles ("Protestas en Táchira de 2017"), so the places in them
  are not where the story's events happened.
* A dateline is where the story was filed, unless its lead comes back to it as the place of its
  event: "MÉRIDA — ... students blocked streets in this Andean city yesterday".
* A call that took place: "convocó un plantón que cerró la avenida", "called a sit-in that
  shut Lara Avenue", "llamó a una asamblea que terminó en una marcha". The calling verb makes
  an event look planned; the relative clause after the called event says it happened.

The words are the language packs' (`events.office_of` with its optional level words
`events.office_levels`, `events.jurisdiction_anaphors`, `events.call_took_place`,
`events.reference_before`, `events.held_there`, `events.taken_to`, `events.treated_at`, `events.link_lines`,
`events.authority_possessive`, `events.force_after`, `events.force_before`,
`events.person_relatives`, `events.dateline_anaphors`, `events.capital_anaphors`), compiled once per
set of languages.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dashboard.geoparse.reading import NEVER, Words, alternation
from dashboard.knowledge import load_language_pack

OFFICE_REACH = 50
"""Characters before a place in which an office word ("el gobernador de") is looked for."""

CALL_REACH = 30
"""Characters after a called event's word in which its relative clause ("que cerró") starts."""


@dataclass(frozen=True)
class RoleCues:
    office_before: Words
    """An office word right before a place, with an optional level word: "la alcaldesa de ",
    "the governor of ", "represents ", "el gobernador del estado "."""
    local_office: Words
    """The office of a town or a state alone ("alcalde", "governor"): its holder in a sentence's
    opening place may speak of protests there (see role's _authority_speaks_after_opener)."""
    jurisdiction: Words
    """A clause's word that comes back to a jurisdiction ("their districts", "el municipio")."""
    call_took_place: Words
    """A relative clause in the past on a called event ("que cerró", "that shut")."""
    held_there: Words
    """Detainees kept at a place ("where dozens are being held", "donde permanecen detenidos")."""
    treated_in: Words
    """A place where the wounded and the dead are taken, with a container preposition, right
    before a place ("a clinic in the Guaparo district", "un hospital de Valencia")."""
    care_building: Words
    """The head word of a place where the wounded and the dead are taken, in a landmark's own name
    ("Hospital Central", "the Pérez Carreño hospital", "Clínica Táchira")."""
    taken_to: Words
    """People taken to a place after the words ("trasladados a la sede del Sebin en", "taken to")."""
    reference_before: Words
    """A word that places one place by another, right before the other ("near ", "borders ",
    "cerca de ")."""
    measured_from: Words
    """A measured distance from a place, right before it ("a dos cuadras del", "two blocks from",
    "a pocos metros de"): the event was that far from the place, not at it."""
    court_of: Words
    """A court or prosecutor's office with its preposition, right before a place ("un tribunal de
    Caracas", "a special court in Caracas"): where it sits, not where the people it charges acted."""
    compared_aside: Words
    """A comparison opening an aside, right before a place ("Allí, como en Mérida, ...", ", as in
    Valencia, ", ", unlike in"): the place is what the clause's place is likened to. (A bare
    "como"/"like" after a plural gives examples: "en varias ciudades, como Mérida, ..." are sites.)"""
    direction_before: Words
    """A direction from a place, right before it ("just north of ", "al este de "): it places a
    town by another town, but gives a sector or a slum its city ("a slum east of Caracas")."""
    unverified: Words
    """Words that say a report could not be checked ("reports of protests that our monitors
    could not verify", "denuncias sin confirmar")."""
    kept_at: Words
    """Where detainees are held or were taken, before the place ("detainees held in police
    stations in", "took him to", "los llevaron a la sede del Sebin en")."""
    calm: Words
    """Words that say a place stayed calm or worked as usual ("los centros de votación abrieron
    con normalidad", "the streets were calm"): a contrast with the event of another clause."""
    calm_before: Words
    """A calm said before its place, as headlines and summaries write it ("calma en Valencia", "Calm
    in Maracay and Puerto La Cruz", "sin incidentes en"): the clause's places stayed calm."""
    article_before: Words
    """A definite article right before a word ("the ", "la "): the word is a noun, a subject."""
    dateline_anaphor: Words
    """Words that come back to the town of the dateline ("this city", "esta capital"): a lead that
    reports its event "in this Andean city" reports it at the dateline's town."""
    capital_anaphor: Words
    """Words that come back to the dateline's town when it is the country's capital ("the
    Venezuelan capital", "la capital venezolana"); after another town's dateline, they name Caracas."""
    subcity_noun: Words
    """A noun of a place below the city ("slum", "barrio", the pack's neighbourhood level words):
    the place a direction follows is then a part of the town after it."""
    spoke_from: re.Pattern[str]
    """A speaker's "desde"/"from" opening a parenthetical (", desde Fuerte Tiuna en Caracas, dijo")."""
    credit_before: re.Pattern[str]
    """A photo credit's opener from the line's start up to a place ("Foto: ", "Photo by ")."""
    credit_after: re.Pattern[str]
    """What follows a credited name ("(@handle)", "/ Flickr", ", used with permission", the line's end)."""
    link_line: re.Pattern[str]
    """A line that heads or opens a list of links to other pages ("See also", "Lea también: ...",
    "* Sources"), matched at the start of a line."""
    authority_after_comma: re.Pattern[str]
    """An authority that opens the clause after a place's comma ("In Washington, the State
    Department said ...", "En Buenos Aires, la cancillería dijo ..."): the place is where it
    speaks (the pack's `events.authority_possessive` words, after an article and up to two words)."""
    force_after: Words
    """A force's noun right after a state that names it ("Carabobo police", "Zulia state police")."""
    force_before: Words
    """A force's noun with its "de" right before a state that names it ("la policía de Lara")."""
    person_relative: Words
    """A relative pronoun for a person opening a clause ("who", "quien"): ", who ..., " set off by
    commas tells that person's past."""
    relative_noun: Words
    """A relative of the story's people ("her brother", "su hijo")."""
    relative_lives_in: Words
    """A relative of the story's people and where they live, right before a place ("la madre de
    uno de los detenidos, que vive en Madrid", "his sister, who lives in Miami"): a home, not
    where the story's event was. (Residents who act where they live are no relatives.)"""
    lives_in_before: Words
    """Where one person lives, right before a place, with the sector's head word if any ("una
    maestra que vive en el sector El Marqués"): a home, not where the story's event was."""
    contrast: Words
    """A word that opens a contrasting clause, with or without a comma before it ("while",
    "whereas", "mientras"; the packs' `clause_split`)."""
    likewise: Words
    """Words that tell a sentence's place had the event of the sentence before ("Boconó was no
    different", "San Diego tampoco descansó", "En Maturín también.", "it spread to Maracay")."""


@functools.cache
def role_cues(languages: tuple[str, ...]) -> RoleCues:
    """The cues of these languages' packs (cached per process)."""
    packs = [load_language_pack(code) for code in languages]

    def words(key: str) -> list[str]:
        return [w for pack in packs for w in pack.events[key]] or [NEVER.pattern]

    def optional(alternatives: list[str]) -> str:
        return r"(?:" + alternation(alternatives) + r"\s+)?"

    def right_before_a_place(key: str, *optional_groups: str) -> Words:
        """The pack's `key` words, then the optional groups, ending where the place starts."""
        return Words.compile(r"(?:^|\W)" + alternation(words(key)) + r"\s+" + "".join(optional_groups) + "$")

    word_start = r"(?<![\w-])"

    articles = optional([w for pack in packs for w in pack.places["articles"]] or [NEVER.pattern])
    prepositions = [w for pack in packs for w in pack.places["container_prepositions"]] or [NEVER.pattern]
    return RoleCues(
        office_before=right_before_a_place("office_of", articles, optional(words("office_levels"))),
        local_office=Words.compile(word_start + alternation(words("local_offices")) + r"(?![\w-])"),
        jurisdiction=Words.compile(word_start + alternation(words("jurisdiction_anaphors")) + r"(?![\w-])"),
        call_took_place=Words.compile(word_start + alternation(words("call_took_place"))),
        reference_before=right_before_a_place("reference_before", articles),
        direction_before=right_before_a_place("direction_before", articles),
        measured_from=right_before_a_place("measured_from", articles),
        court_of=right_before_a_place("court_of", articles),
        compared_aside=Words.compile(
            r"(?:^|[,(—–]\s*)" + alternation(words("compared_before")) + r"\s+" + articles + "$"
        ),
        unverified=Words.compile(word_start + alternation(words("unverified")) + r"(?![\w-])"),
        kept_at=Words.compile(word_start + alternation(words("kept_at")) + r"(?![\w-])"),
        calm=Words.compile(word_start + alternation(words("calm")) + r"(?![\w-])"),
        calm_before=Words.compile(word_start + alternation(words("calm_before")) + r"(?![\w-])"),
        contrast=Words.compile(
            word_start
            + alternation([w for pack in packs for w in pack.sentences["clause_split"]] or [NEVER.pattern])
            + r"(?![\w-])"
        ),
        article_before=Words.compile(
            r"(?:^|\W)"
            + alternation([w for pack in packs for w in pack.places["articles"]] or [NEVER.pattern])
            + r"\s+$"
        ),
        dateline_anaphor=Words.compile(word_start + alternation(words("dateline_anaphors")) + r"(?![\w-])"),
        capital_anaphor=Words.compile(word_start + alternation(words("capital_anaphors")) + r"(?![\w-])"),
        subcity_noun=Words.compile(
            word_start
            + alternation(
                [
                    w
                    for pack in packs
                    for table in (pack.places["level_before"], pack.places["level_after"])
                    for w in table.get("neighbourhood", [])
                ]
                or [NEVER.pattern]
            )
            + r"(?![\w-])"
        ),
        held_there=Words.compile(word_start + alternation(words("held_there"))),
        taken_to=Words.compile(word_start + alternation(words("taken_to"))),
        treated_in=Words.compile(
            r"(?:^|\W)"
            + alternation(words("treated_at"))
            + r"\s+"
            + alternation(prepositions)
            + r"\s+"
            + articles
            + "$"
        ),
        care_building=Words.compile(word_start + alternation(words("treated_at")) + r"(?![\w-])"),
        spoke_from=re.compile(r"\s*" + alternation(words("speaker_openers")) + r"\s", re.IGNORECASE),
        credit_before=re.compile(
            r"[ \t]*" + alternation(words("credit_openers")) + r"[ \t]*:?[ \t]*", re.IGNORECASE
        ),
        credit_after=re.compile(
            r"[ \t]*(?:\(@|/[ \t]*\w|,[ \t]*(?:used|usad[ao]|courtesy|cortes[ií]a|via|v[ií]a)\b|\.?[ \t]*$)",
            re.IGNORECASE | re.MULTILINE,
        ),
        authority_after_comma=re.compile(
            r",\s+"
            + articles
            + r"(?:\w+['’]?s?\s+){0,2}?"
            + alternation(words("authority_possessive"))
            + r"(?![\w-])",
            re.IGNORECASE,
        ),
        force_after=Words.compile(r"\s+" + alternation(words("force_after")) + r"(?![\w-])"),
        force_before=Words.compile(
            r"(?<![\w-])" + alternation(words("force_before")) + r"\s+" + articles + "$"
        ),
        person_relative=Words.compile(alternation(words("person_relatives")) + r"(?![\w-])"),
        relative_noun=Words.compile(word_start + alternation(words("relatives")) + r"(?![\w-])"),
        relative_lives_in=Words.compile(
            word_start
            + alternation(words("relatives"))
            + r"\b[^.;:!?\n]{0,60}?(?<![\w-])"
            + alternation(words("lives_in"))
            + r"\s+"
            + articles
            + "$"
        ),
        lives_in_before=right_before_a_place(
            "lives_in_one",
            articles,
            optional(
                [w for pack in packs for w in pack.places["level_before"].get("neighbourhood", [])]
                or [NEVER.pattern]
            ),
        ),
        likewise=Words.compile(word_start + alternation(words("likewise")) + r"(?![\w-])"),
        link_line=re.compile(
            # a live blog's entry may open with its time: "14:30 Correction: ..."
            r"[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?[ \t]*)?)?"
            r"(?:[*•-][ \t]*)?" + alternation(words("link_lines")) + r"(?:[ \t]*(?::|\[\w+\]:?)|[ \t]*$)",
            re.IGNORECASE | re.MULTILINE,
        ),
    )
