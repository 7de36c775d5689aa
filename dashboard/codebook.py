"""The codebook: what each event type means, and how it lines up with ACLED's categories.

Knowledge as data: one entry per type of models.EVENT_TYPES, each with its definition and its
ACLED counterpart (event type / sub-event type in ACLED's codebook), all marked for the
gettext catalogues so that the About page shows them in the reader's language. A test checks
that every event type has an entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import N_


@dataclass(frozen=True)
class CodebookEntry:
    key: str
    definition: str
    acled: str


CODEBOOK: tuple[CodebookEntry, ...] = (
    CodebookEntry(
        "peaceful_protest",
        N_(
            "People gather in public to show opposition or support (a march, a sit-in, a cacerolazo, "
            "a road block by residents) and the report mentions no intervention by the authorities "
            "and no violence."
        ),
        N_("ACLED: Protests — Peaceful protest."),
    ),
    CodebookEntry(
        "protest_with_intervention",
        N_(
            "A peaceful protest that police, the military or armed civilians (colectivos) try to "
            "stop or disperse without lethal or severe force: barriers, pushing, tear gas, brief arrests."
        ),
        N_("ACLED: Protests — Protest with intervention."),
    ),
    CodebookEntry(
        "excessive_force",
        N_(
            "Force against protesters that can kill or seriously injure: live ammunition, pellets fired "
            "at close range, beatings; the report names deaths or serious injuries."
        ),
        N_("ACLED: Protests — Excessive force against protesters."),
    ),
    CodebookEntry(
        "arrests",
        N_(
            "People detained in connection with protests, including arrests at home or at checkpoints "
            "after the protest, when the report ties them to it."
        ),
        N_("ACLED: Strategic developments — Arrests (protest-related)."),
    ),
    CodebookEntry(
        "pro_government_rally",
        N_(
            "A rally called by, or in support of, the government or its party. Kept apart from "
            "opposition protests so that both can be counted."
        ),
        N_(
            "ACLED: Protests — Peaceful protest, with a pro-government actor; ACLED does not give it "
            "its own sub-event type."
        ),
    ),
)
