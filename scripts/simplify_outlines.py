"""Simplify the data/geo outlines for shipping with the map (Douglas-Peucker, 3 decimals).

Standard library only; see README.md in this folder for the exact commands.
"""

from __future__ import annotations

import json
import sys
from typing import Any

Point = list[float]


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first]
        bx, by = points[last]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) or 1e-18
        best, best_index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
            distance = (ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2
            if distance > best:
                best, best_index = distance, i
        if best_index > 0 and best > tolerance * tolerance:
            keep[best_index] = True
            stack += [(first, best_index), (best_index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def simplify_ring(ring: list[Point], tolerance: float, decimals: int = 3) -> list[Point]:
    simple = douglas_peucker(ring, tolerance)
    if len(simple) < 4:  # keep a valid ring for tiny islands
        simple = ring if len(ring) < 8 else [ring[0], ring[len(ring) // 3], ring[2 * len(ring) // 3], ring[0]]
    return [[round(x, decimals), round(y, decimals)] for x, y in simple]


def simplify_geometry(geometry: dict[str, Any], tolerance: float, decimals: int = 3) -> dict[str, Any]:
    if geometry["type"] == "Polygon":
        rings = [simplify_ring(r, tolerance, decimals) for r in geometry["coordinates"]]
        return {"type": "Polygon", "coordinates": rings}
    polygons = [
        [simplify_ring(r, tolerance, decimals) for r in polygon] for polygon in geometry["coordinates"]
    ]
    return {"type": "MultiPolygon", "coordinates": polygons}


def main(source: str, target: str, tolerance: str, keys: str, decimals: str = "3") -> None:
    with open(source, encoding="utf-8") as handle:
        collection = json.load(handle)
    wanted = keys.split(",")
    features = [
        {
            "type": "Feature",
            "properties": {k: feature["properties"].get(k) for k in wanted},
            "geometry": simplify_geometry(feature["geometry"], float(tolerance), int(decimals)),
        }
        for feature in collection["features"]
    ]
    with open(target, "w", encoding="utf-8") as handle:
        collection = {"type": "FeatureCollection", "features": features}
        json.dump(collection, handle, separators=(",", ":"), ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:6])
