"""Build the map's place-name labels (dashboard/static/geo/ve_labels.json) from the gazetteer.

The offline base layer has no tiles, so names come from here: the states at country zoom,
then cities and towns by population as the user zooms in (protestmap.js places them as DOM
text and drops those that would overlap a bigger place's label).

Each row is ``[name, lat, lon, population, min_zoom, kind]`` where kind is "state" or "place".
min_zoom grows as population falls, so the busiest names show first. Standard library only:

    python scripts/build_labels.py data/geo/ve_gazetteer.csv dashboard/static/geo/ve_labels.json

Data: GeoNames (CC BY 4.0) and Who's On First, as the gazetteer (see data/geo/SOURCES.md).
"""

from __future__ import annotations

import csv
import json
import sys

MIN_POPULATION = 5_000
"""Smaller places are left out: at the zooms where they would fit, the markers say enough."""
ZOOM_BY_POPULATION: tuple[tuple[int, int], ...] = (
    (1_000_000, 6),
    (300_000, 7),
    (100_000, 8),
    (40_000, 9),
    (15_000, 10),
    (MIN_POPULATION, 11),
)
"""(at least this population, shown from this zoom): 6 is the whole country on a laptop."""
STATE_MIN_ZOOM = 5


def min_zoom(population: int) -> int:
    for floor, zoom in ZOOM_BY_POPULATION:
        if population >= floor:
            return zoom
    return 99


def build(source: str) -> list[list[object]]:
    states: list[list[object]] = []
    places: dict[str, list[object]] = {}
    with open(source, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            population = int(row["population"] or 0)
            if not row["lat"] or not row["lon"]:
                continue
            lat, lon = round(float(row["lat"]), 4), round(float(row["lon"]), 4)
            if row["feature_class"] == "A" and row["feature_code"] == "ADM1":
                states.append([row["name"], lat, lon, population, STATE_MIN_ZOOM, "state"])
            elif row["feature_class"] == "P" and population >= MIN_POPULATION:
                # One label per name and state: GeoNames and Who's On First may both list a town.
                key = f"{row['name']}|{row['admin1']}"
                if key not in places or population > int(places[key][3]):  # type: ignore[call-overload]
                    places[key] = [row["name"], lat, lon, population, min_zoom(population), "place"]
    ordered = sorted(places.values(), key=lambda r: -int(r[3]))  # type: ignore[call-overload]
    return sorted(states, key=lambda r: str(r[0])) + ordered


def main(source: str, target: str) -> None:
    rows = build(source)
    with open(target, "w", encoding="utf-8") as handle:
        json.dump({"fields": ["name", "lat", "lon", "population", "min_zoom", "kind"], "labels": rows},
                  handle, ensure_ascii=False, separators=(",", ":"))  # fmt: skip
    print(f"{len(rows)} labels -> {target}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
