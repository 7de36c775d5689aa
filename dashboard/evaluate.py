"""Score the geoparser against a gold file (the format of shared/corpus/dev_gold.jsonl).

Definitions (also printed by :meth:`EvalReport.format`):

* Predictions are deduplicated per place (``place_id``): a place is a protest site if
  any of its mentions is; its date is the first day-precision date among its
  protest-site mentions (week/month precision counts as no date).
* Matching, one-to-one: a gold **state** matches a predicted state with the same ISO
  3166-2 code; a gold **country** matches a predicted country with the same ISO code; any
  other gold place matches a predicted place within 10 km that is neither a state nor a
  country. Pairs are taken **names first, then nearest first**: a pair whose names agree (a
  surface or canonical name the same once case, accents and a leading article are set
  aside, or the gold mention's characters overlapping one of the predicted place's
  mentions) is taken before any pair whose names do not. Streets and sectors the text
  gives no point for sit at their city's point, so distance alone pairs them by chance.
* **Protest-site P/R/F1**: the matching above between gold protest sites and predicted
  protest sites only. **All-place F1**: the same matching over every place, any role.
* **Event-date accuracy**: over the gold protest sites matched in the protest-site
  matching; correct when the predicted date equals the gold ``event_date`` (or one of
  its ``event_dates``), and a null gold date must be predicted null.
* **Median distance error**: over the all-place matched pairs other than states and
  countries (those match by code), great-circle km between gold and predicted points.
* **Confident protest sites**: the predicted protest sites whose confidence (the highest of
  their protest-site mentions) is at least CONFIDENT (0.9), and the share of them that match a
  gold protest site: how often a point the map shows as sure is right (target: 95%).
"""

from __future__ import annotations

import json
import math
import statistics
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dashboard.errors import GoldFileError
from dashboard.models import Extractor

MATCH_RADIUS_KM = 10.0
CONFIDENT = 0.9
"""The confidence from which a protest site counts as one the geoparser is sure of."""


@dataclass(frozen=True)
class ScoredPlace:
    """A place as the scorer sees it (gold or predicted, deduplicated)."""

    label: str
    level: str
    country: str
    state_code: str | None
    lat: float
    lon: float
    protest: bool
    event_date: date | None
    event_dates: tuple[date, ...] = ()
    confidence: float = 1.0
    names: frozenset[str] = frozenset()
    """The place's names as the text and the annotation give them, folded (see `folded_name`)."""
    spans: tuple[tuple[int, int], ...] = ()
    """Where the text mentions it: the gold entry's (start, end), or every predicted mention's."""


@dataclass
class DocResult:
    """What one document got right and wrong."""

    doc_id: str
    kind: str = ""
    protest_tp: int = 0
    protest_fp: int = 0
    protest_fn: int = 0
    place_tp: int = 0
    place_fp: int = 0
    place_fn: int = 0
    dates_correct: int = 0
    dates_total: int = 0
    confident_sites: int = 0
    confident_right: int = 0
    distances_km: list[float] = field(default_factory=list)
    missed_protest_sites: list[str] = field(default_factory=list)
    extra_protest_sites: list[str] = field(default_factory=list)
    missed_places: list[str] = field(default_factory=list)
    extra_places: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    """Scores over a gold file, per document and in total."""

    gold_path: str
    docs: list[DocResult]
    extractor_version: str = ""

    def _sum(self, name: str) -> int:
        return sum(getattr(d, name) for d in self.docs)

    @property
    def protest_precision(self) -> float:
        return _ratio(self._sum("protest_tp"), self._sum("protest_tp") + self._sum("protest_fp"))

    @property
    def protest_recall(self) -> float:
        return _ratio(self._sum("protest_tp"), self._sum("protest_tp") + self._sum("protest_fn"))

    @property
    def protest_f1(self) -> float:
        return _f1(self.protest_precision, self.protest_recall)

    @property
    def place_f1(self) -> float:
        p = _ratio(self._sum("place_tp"), self._sum("place_tp") + self._sum("place_fp"))
        r = _ratio(self._sum("place_tp"), self._sum("place_tp") + self._sum("place_fn"))
        return _f1(p, r)

    @property
    def date_accuracy(self) -> float:
        return _ratio(self._sum("dates_correct"), self._sum("dates_total"))

    @property
    def confident_share(self) -> float:
        """The share of predicted protest sites at confidence >= CONFIDENT that are right."""
        return _ratio(self._sum("confident_right"), self._sum("confident_sites"))

    @property
    def median_km(self) -> float | None:
        distances = [km for d in self.docs for km in d.distances_km]
        return statistics.median(distances) if distances else None

    def format(self, *, summary: bool = False) -> str:
        """Per-document misses and extras first; the last four lines are the summary.

        With `summary`, only the header and the four summary lines: what a held-out (check)
        split may show without its per-document errors leaking into the rules.
        """
        lines = [f"gold: {self.gold_path}  extractor: {self.extractor_version}  documents: {len(self.docs)}"]
        for doc in [] if summary else self.docs:
            lines.append(
                f"{doc.doc_id}: protest tp={doc.protest_tp} fp={doc.protest_fp} fn={doc.protest_fn}; "
                f"places tp={doc.place_tp} fp={doc.place_fp} fn={doc.place_fn}; "
                f"dates {doc.dates_correct}/{doc.dates_total}"
            )
            for title, items in (
                ("missed protest site", doc.missed_protest_sites),
                ("extra protest site", doc.extra_protest_sites),
                ("wrong date", doc.wrong_dates),
                ("missed place", doc.missed_places),
                ("extra place", doc.extra_places),
            ):
                for item in items:
                    lines.append(f"  {title}: {item}")
        median = self.median_km
        lines.append(
            f"protest sites: P={self.protest_precision:.3f} R={self.protest_recall:.3f} "
            f"F1={self.protest_f1:.3f} "
            f"(tp={self._sum('protest_tp')} fp={self._sum('protest_fp')} fn={self._sum('protest_fn')})"
        )
        lines.append(
            f"all places: F1={self.place_f1:.3f}; event dates: accuracy={self.date_accuracy:.3f} "
            f"({self._sum('dates_correct')}/{self._sum('dates_total')} matched gold protest sites)"
        )
        lines.append(
            "median distance error: "
            + (f"{median:.2f} km" if median is not None else "n/a")
            + f" ({sum(len(d.distances_km) for d in self.docs)} matched non-state places)"
        )
        lines.append(
            f"confident protest sites (confidence >= {CONFIDENT}): {self.confident_share:.3f} right "
            f"({self._sum('confident_right')}/{self._sum('confident_sites')})"
        )
        return "\n".join(lines)

    def by_kind(self) -> dict[str, EvalReport]:
        """One report per `kind` of document (the gold records' optional "kind" key, e.g. the
        kind of language a probe text exercises), in order of first appearance."""
        groups: dict[str, list[DocResult]] = {}
        for doc in self.docs:
            groups.setdefault(doc.kind or "-", []).append(doc)
        return {
            kind: EvalReport(self.gold_path, docs, self.extractor_version) for kind, docs in groups.items()
        }

    def format_by_kind(self) -> str:
        """One line per kind: documents, protest-site P/R/F1 and event-date accuracy."""
        lines = [f"gold: {self.gold_path}  extractor: {self.extractor_version}  documents: {len(self.docs)}"]
        for kind, report in [*self.by_kind().items(), ("all", self)]:
            lines.append(
                f"{kind}: docs={len(report.docs)} protest P={report.protest_precision:.3f} "
                f"R={report.protest_recall:.3f} F1={report.protest_f1:.3f}; dates "
                f"{report.date_accuracy:.3f} ({report._sum('dates_correct')}/{report._sum('dates_total')}); "
                f"confident {report._sum('confident_right')}/{report._sum('confident_sites')} right"
            )
        return "\n".join(lines)

    def to_json(self, *, summary: bool = False) -> dict[str, Any]:
        """The figures as JSON; with `summary`, without the per-document results."""
        record: dict[str, Any] = {
            "gold_path": self.gold_path,
            "extractor_version": self.extractor_version,
            "protest_site": {
                "precision": round(self.protest_precision, 4),
                "recall": round(self.protest_recall, 4),
                "f1": round(self.protest_f1, 4),
            },
            "all_place_f1": round(self.place_f1, 4),
            "event_date_accuracy": round(self.date_accuracy, 4),
            "median_distance_km": None if self.median_km is None else round(self.median_km, 3),
            "confident_protest_sites": {
                "threshold": CONFIDENT,
                "sites": self._sum("confident_sites"),
                "right": self._sum("confident_right"),
                "share": round(self.confident_share, 4),
            },
            "documents": [doc.__dict__ for doc in self.docs],
        }
        if summary:
            record["documents"] = len(self.docs)
        return record


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), km."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_LEADING_ARTICLES = ("the ", "el ", "la ", "los ", "las ")


def folded_name(name: str) -> str:
    """A name as the pairing compares it: lower case, no accents, spaces collapsed, no
    leading article, and only the part before a comma or bracket ("Avenida Bolívar,
    Valencia" and "Táchira (state)" name "avenida bolivar" and "tachira")."""
    for stop in (",", "("):
        name = name.split(stop, 1)[0]
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = " ".join(plain.lower().split())
    for article in _LEADING_ARTICLES:
        if folded.startswith(article):
            return folded[len(article) :]
    return folded


def names_agree(gold: ScoredPlace, pred: ScoredPlace) -> bool:
    """Whether the two name the same thing: a folded name in common, or the gold mention
    overlapping one of the predicted mentions in the text."""
    if gold.names & pred.names:
        return True
    return any(gs < pe and ps < ge for gs, ge in gold.spans for ps, pe in pred.spans)


def _pair_distance(gold: ScoredPlace, pred: ScoredPlace) -> float | None:
    """Distance if the pair may match under the rules above, else None."""
    if gold.level == "state":
        return 0.0 if pred.level == "state" and pred.state_code == gold.state_code else None
    if gold.level == "country":
        return 0.0 if pred.level == "country" and pred.country == gold.country else None
    if pred.level in ("state", "country"):
        return None
    km = km_between(gold.lat, gold.lon, pred.lat, pred.lon)
    return km if km <= MATCH_RADIUS_KM else None


def match_places(gold: list[ScoredPlace], pred: list[ScoredPlace]) -> list[tuple[int, int, float]]:
    """One-to-one matching, pairs whose names agree first, then nearest first: (gold index,
    pred index, km). Without the names, a wrong site at a city's point could take the pair of
    a missed sector there, and a date would be compared with another place's."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            km = _pair_distance(g, p)
            if km is not None:
                pairs.append((not names_agree(g, p), km, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, km, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, km))
    return out


def _parse_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def gold_places(record: dict[str, Any]) -> list[ScoredPlace]:
    """The gold annotations of one document."""
    out = []
    for place in record.get("places", []):
        out.append(
            ScoredPlace(
                label=f"{place['canonical']} [{place['level']}]",
                level=place["level"],
                country=place["country"],
                state_code=place.get("state_code"),
                lat=float(place["lat"]),
                lon=float(place["lon"]),
                protest=place["role"] == "protest_site",
                event_date=_parse_date(place.get("event_date")),
                event_dates=tuple(d for d in (_parse_date(x) for x in place.get("event_dates") or []) if d),
                names=frozenset(
                    folded_name(str(name))
                    for name in (place["surface"], place["canonical"], *(place.get("surfaces") or []))
                ),
                spans=_gold_span(place),
            )
        )
    return out


def _gold_span(place: dict[str, Any]) -> tuple[tuple[int, int], ...]:
    start, end = place.get("start"), place.get("end")
    return ((start, end),) if isinstance(start, int) and isinstance(end, int) else ()


def predicted_places(
    extractor: Extractor, text: str, published: date | None, language: str | None
) -> list[ScoredPlace]:
    """The extractor's mentions, deduplicated per place as the scorer counts them."""
    by_place: dict[str, list[Any]] = {}
    for mention in extractor.extract(text, published=published, language=language):
        by_place.setdefault(mention.place_id, []).append(mention)
    out = []
    for mentions in by_place.values():
        first = mentions[0]
        protest = [m for m in mentions if m.role == "protest_site"]
        dated = [m.event_date for m in protest if m.event_date and m.date_precision == "day"]
        out.append(
            ScoredPlace(
                label=f"{first.name} [{first.level}, {first.state_code or first.country}] '{first.surface}'",
                level=first.level,
                country=first.country,
                state_code=first.state_code,
                lat=first.lat,
                lon=first.lon,
                protest=bool(protest),
                event_date=dated[0] if dated else None,
                confidence=max((m.confidence for m in protest), default=first.confidence),
                names=frozenset(folded_name(name) for m in mentions for name in (m.name, m.surface)),
                spans=tuple((m.start, m.end) for m in mentions),
            )
        )
    return out


def score_document(doc_id: str, gold: list[ScoredPlace], pred: list[ScoredPlace]) -> DocResult:
    result = DocResult(doc_id)
    # all places
    pairs = match_places(gold, pred)
    result.place_tp = len(pairs)
    result.place_fn = len(gold) - len(pairs)
    result.place_fp = len(pred) - len(pairs)
    matched_g = {gi for gi, _, _ in pairs}
    matched_p = {pi for _, pi, _ in pairs}
    result.missed_places = [g.label for gi, g in enumerate(gold) if gi not in matched_g]
    result.extra_places = [p.label for pi, p in enumerate(pred) if pi not in matched_p]
    result.distances_km = [round(km, 3) for gi, _, km in pairs if gold[gi].level not in ("state", "country")]
    # protest sites
    gold_ps = [g for g in gold if g.protest]
    pred_ps = [p for p in pred if p.protest]
    ps_pairs = match_places(gold_ps, pred_ps)
    result.protest_tp = len(ps_pairs)
    result.protest_fn = len(gold_ps) - len(ps_pairs)
    result.protest_fp = len(pred_ps) - len(ps_pairs)
    mg = {gi for gi, _, _ in ps_pairs}
    mp = {pi for _, pi, _ in ps_pairs}
    result.missed_protest_sites = [g.label for gi, g in enumerate(gold_ps) if gi not in mg]
    result.extra_protest_sites = [p.label for pi, p in enumerate(pred_ps) if pi not in mp]
    confident = {pi for pi, p in enumerate(pred_ps) if p.confidence >= CONFIDENT}
    result.confident_sites = len(confident)
    result.confident_right = len(confident & mp)
    for gi, pi, _ in ps_pairs:
        g, p = gold_ps[gi], pred_ps[pi]
        result.dates_total += 1
        accepted = {g.event_date, *g.event_dates} if g.event_date else {None}
        if p.event_date in accepted:
            result.dates_correct += 1
        else:
            result.wrong_dates.append(f"{g.label}: gold {g.event_date} predicted {p.event_date}")
    return result


def measure_speed(
    extractor: Extractor, texts: list[str], *, published: date | None = None, repeats: int = 1
) -> dict[str, float]:
    """Extraction throughput on `texts` (articles/s, ms/article), and the time the first,
    untimed call took (the extractor's lazy start-up: loading its gazetteer)."""
    import time

    started = time.perf_counter()
    extractor.extract("", published=published)
    extractor.extract("Caracas.", published=published)
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(repeats):
        for text in texts:
            extractor.extract(text, published=published)
    elapsed = time.perf_counter() - started
    count = len(texts) * repeats
    return {
        "gazetteer_load_s": round(load_seconds, 4),
        "articles": count,
        "articles_per_s": round(count / elapsed, 1) if elapsed else float("inf"),
        "ms_per_article": round(1000 * elapsed / count, 3) if count else 0.0,
    }


def evaluate_gold(
    gold_path: Path,
    extractor: Extractor | None = None,
    *,
    only: Collection[str] | None = None,
    exclude: Collection[str] = (),
) -> EvalReport:
    """Run `extractor` (default: the shipped geoparser) on the documents of a gold file and
    score them (see module doc).

    `only` keeps just those document ids, `exclude` drops those: how a held-out check split is
    scored apart from the documents the rules were written on. An id in either that the gold
    file lacks is an error (a typo would otherwise silently score the wrong set).
    """
    if extractor is None:
        from dashboard.geoparse import default_extractor

        extractor = default_extractor()
    gold_path = Path(gold_path)
    records = read_gold(gold_path)
    known = {str(record["doc_id"]) for record in records}
    unknown = sorted((set(only or ()) | set(exclude)) - known)
    if unknown:
        raise GoldFileError(f"{gold_path}: no document with id {', '.join(map(repr, unknown))}")
    docs = []
    for record in records:
        doc_id = str(record["doc_id"])
        if (only is not None and doc_id not in only) or doc_id in exclude:
            continue
        text_path = gold_path.parent / f"{doc_id}.txt"
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldFileError(f"{text_path}: cannot read the document text ({exc})") from None
        published = _parse_date(record.get("published"))
        pred = predicted_places(extractor, text, published, record.get("language"))
        result = score_document(doc_id, gold_places(record), pred)
        result.kind = str(record.get("kind") or "")
        docs.append(result)
    return EvalReport(str(gold_path), docs, extractor.version)


def read_gold(gold_path: Path) -> list[dict[str, Any]]:
    """The records of a gold JSONL file; a line that is not a JSON object with a `doc_id` is
    an error naming the file and the line."""
    records: list[dict[str, Any]] = []
    try:
        lines = Path(gold_path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{gold_path}: cannot read the gold file ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{gold_path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "doc_id" not in record:
            raise GoldFileError(f"{gold_path}:{number}: a gold record needs a doc_id")
        records.append(record)
    return records
