"""Languages of the interface: gettext catalogues for the words, Babel for dates and numbers.

Why gettext: the strings stay English in the code (``_("Events")``), so the code reads as
before, and a translator works on a standard ``.po`` file with standard tools. The catalogues
live in ``dashboard/locale/<lang>/LC_MESSAGES/protestmap.po``; the compiled ``.mo`` beside
each is committed, and ``tests/test_i18n.py`` fails when a ``.mo`` is older than its ``.po``
or when a string of the code has no translation. ``scripts/update_catalogues.py`` extracts
the strings (Babel's extractor), merges them into the ``.po`` files and compiles them.

Why Babel for formatting: "28 de julio de 2024" and "1.234" come from the CLDR data, not from
hand-written patterns per language. English uses the en_GB conventions ("28 July 2024"),
which is how the app has always written dates.

A `Translator` is a frozen value: pure code receives one and never looks up a global
language, so two sessions in two languages cannot mix their words.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal

LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "protestmap"
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
"""The languages the interface speaks, by code, each named in itself."""
DEFAULT_LANGUAGE = "en"
BABEL_LOCALES: dict[str, str] = {"en": "en_GB", "es": "es"}
"""The CLDR locale that formats each language's dates and numbers."""


def N_(message: str) -> str:  # noqa: N802 (gettext's conventional name)
    """Mark a string for the catalogue without translating it here (module-level constants)."""
    return message


@lru_cache(maxsize=8)
def _catalogue(language: str) -> gettext.NullTranslations:
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()  # the code's own strings are the English ones
    return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[language])


@dataclass(frozen=True)
class Translator:
    """Words, dates and numbers in one language (a code from LANGUAGES)."""

    language: str = DEFAULT_LANGUAGE

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r} (use {', '.join(LANGUAGES)})")

    @property
    def locale(self) -> str:
        return BABEL_LOCALES[self.language]

    def gettext(self, message: str) -> str:
        return _catalogue(self.language).gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return _catalogue(self.language).ngettext(singular, plural, n)

    def number(self, value: float) -> str:
        """1,234 in English, 1.234 in Spanish."""
        return format_decimal(value, locale=self.locale)

    def date(self, day: dt.date) -> str:
        """28 July 2024 / 28 de julio de 2024."""
        return format_date(day, format="long", locale=self.locale)

    def day_month(self, day: dt.date) -> str:
        """28 July / 28 de julio."""
        return format_skeleton("MMMMd", day, locale=self.locale)

    def month_year(self, day: dt.date) -> str:
        """July 2024 / julio de 2024."""
        return format_skeleton("yMMMM", day, locale=self.locale)

    def span(self, start: dt.date | None, end: dt.date | None) -> str:
        """ "29 July – 5 August 2024", "3 August 2024", or "" when there are no dates."""
        if start is None or end is None:
            return ""
        if start == end:
            return self.date(start)
        if start.year == end.year:
            return f"{self.day_month(start)} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"

    def join(self, items: Sequence[str]) -> str:
        """ "A, B and C" / "A, B y C"."""
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + self.gettext(" and ") + items[-1]


def translator(language: str | None) -> Translator:
    """The Translator for `language`, or the default one for an unknown or missing code."""
    return Translator(language if language in LANGUAGES else DEFAULT_LANGUAGE)


def language_from_header(accept_language: str | None, supported: Iterable[str] = LANGUAGES) -> str:
    """The first supported language of an Accept-Language header ("es-VE,es;q=0.9,en;q=0.8")."""
    wanted: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag:
            wanted.append((-quality, index, tag.split("-")[0].lower()))
    codes = set(supported)
    for _, _, code in sorted(wanted):
        if code in codes:
            return code
    return DEFAULT_LANGUAGE


def labels(translator: Translator, messages: Mapping[str, str]) -> dict[str, str]:
    """Each of `messages` (key -> English) in the translator's language."""
    return {key: translator.gettext(message) for key, message in messages.items()}
