"""Extract the interface's strings, merge them into each language's catalogue, compile them.

    python scripts/update_catalogues.py          # extract + merge + compile
    python scripts/update_catalogues.py --check  # exit 1 if a catalogue is stale or incomplete

Strings are marked in the code with ``_("...")``, ``N_("...")``, ``t.gettext("...")`` and
``t.ngettext("...", "...", n)`` (see dashboard/i18n.py). Babel's extractor reads them; new ones
are added to ``dashboard/locale/<lang>/LC_MESSAGES/protestmap.po`` with an empty translation,
for a translator to fill; the ``.mo`` files are compiled from the ``.po`` files. The same
functions back ``tests/test_i18n.py``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "dashboard"
LOCALE_DIR = PACKAGE / "locale"
DOMAIN = "protestmap"
TRANSLATED = ("es",)
"""Languages with a catalogue; English is the code's own language."""
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}


def extract() -> Catalog:
    """Every marked string of the package, with where it is used."""
    catalog = Catalog(project="protestmap", domain=DOMAIN)
    method_map = [("**/locale/**", "ignore"), ("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), method_map=method_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        catalog.add(
            message, None, [(f"dashboard/{filename}", lineno)], auto_comments=comments, context=context
        )
    return catalog


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def read_catalog(language: str) -> Catalog:
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def missing(template: Catalog, catalog: Catalog) -> list[str]:
    """The msgids of `template` that `catalog` lacks or leaves untranslated (or fuzzy)."""
    gaps = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        strings = found.string if found is not None else None
        if isinstance(strings, tuple | list):
            empty = not all(strings)
        else:
            empty = not strings
        if found is None or empty or found.fuzzy:
            gaps.append(message.id if isinstance(message.id, str) else message.id[0])
    return gaps


def update() -> None:
    template = extract()
    for language in TRANSLATED:
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            catalog = read_catalog(language)
            template.creation_date = catalog.creation_date  # the .po changes only when strings do
            catalog.update(template, no_fuzzy_matching=True)
        else:
            catalog = Catalog(locale=language, domain=DOMAIN, project="protestmap")
            catalog.update(template, no_fuzzy_matching=True)
        catalog.fuzzy = False
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True)
        catalog = read_catalog(language)
        path.with_suffix(".mo").write_bytes(mo_bytes(catalog))
        gaps = missing(template, catalog)
        print(f"{path}: {len(template)} strings, {len(gaps)} untranslated")


def check() -> int:
    template = extract()
    problems = 0
    for language in TRANSLATED:
        catalog = read_catalog(language)
        for gap in missing(template, catalog):
            print(f"{po_path(language)}: no translation for {gap!r}")
            problems += 1
        if po_path(language).with_suffix(".mo").read_bytes() != mo_bytes(catalog):
            print(f"{po_path(language).with_suffix('.mo')}: stale; run scripts/update_catalogues.py")
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(check() if "--check" in sys.argv[1:] else update())
