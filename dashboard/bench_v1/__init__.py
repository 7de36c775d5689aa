"""The extractor as released before issue 9 (geoparse-1.5), frozen, so that `protestmap bench`
can quote the speed of the current extractor as a ratio against it in the same run.

Nothing else imports this package. `V1Extractor` implements the `Extractor` protocol.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard.models import Mention


@dataclass(frozen=True)
class V1Extractor:
    """The released geoparser behind the `Extractor` protocol (offline gazetteer only)."""

    @property
    def version(self) -> str:
        from dashboard.bench_v1.geoparse import EXTRACTOR_VERSION

        return EXTRACTOR_VERSION

    def extract(
        self, text: str, *, published: date | None = None, language: str | None = None
    ) -> list[Mention]:
        from dashboard.bench_v1.geoparse import extract_mentions

        return extract_mentions(text, published=published, language=language)
