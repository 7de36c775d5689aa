"""The geoparser: find place names in an article, resolve them, and say whether something
happened there, what, and when. A package of small stages (see `pipeline`); what the rest of
the code uses is the `Extractor` it builds: `default_extractor()` / `Geoparser`.
"""

from dashboard.geoparse.document import detect_language
from dashboard.geoparse.pipeline import EXTRACTOR_VERSION, Geoparser, default_extractor, extract_mentions

__all__ = ["EXTRACTOR_VERSION", "Geoparser", "default_extractor", "detect_language", "extract_mentions"]
