"""Events as files: CSV, GeoJSON and JSON lines, with the same columns everywhere.

`protestmap events` and the app's download buttons both call these, so a file downloaded
from the dashboard and one written by the CLI for the same filters are identical.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd

from .events import EVENT_COLUMNS

EXPORT_COLUMNS: tuple[str, ...] = EVENT_COLUMNS
_DATE_COLUMNS = ("event_date", "published")


def _records(events: pd.DataFrame) -> list[dict[str, Any]]:
    """Plain JSON-safe dicts: dates as YYYY-MM-DD, missing values as None."""
    frame = events.loc[:, list(EXPORT_COLUMNS)].copy()
    for column in _DATE_COLUMNS:
        frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    frame = frame.astype(object).where(frame.notna(), None)
    records: list[dict[str, Any]] = frame.to_dict(orient="records")
    for record in records:
        for key, value in record.items():
            if isinstance(value, float) and math.isnan(value):
                record[key] = None
            elif hasattr(value, "item"):  # numpy scalars
                record[key] = value.item()
    return records


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection")."""


def neutralise_formula(cell: str) -> str:
    """A text cell that a spreadsheet shows as text: a leading trigger gets a `'` in front.

    OWASP's advice for CSV injection. Only text columns go through here: a negative
    longitude is a number, and numbers are written as numbers.
    """
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def events_to_csv(events: pd.DataFrame) -> str:
    """CSV with a header row of EXPORT_COLUMNS; empty cells for missing values.

    Titles, sources, sentences and URLs come from articles: a text cell that starts like a
    formula is neutralised (`neutralise_formula`), so opening the file cannot run anything.
    """
    frame = events.loc[:, list(EXPORT_COLUMNS)].copy()
    for column in _DATE_COLUMNS:
        frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]) and column not in _DATE_COLUMNS:
            text = frame[column].astype("string")
            risky = text.str.startswith(FORMULA_TRIGGERS).fillna(False)
            if risky.any():
                frame[column] = text.where(~risky, "'" + text)
    return str(frame.to_csv(index=False, lineterminator="\n"))


def events_to_geojson(events: pd.DataFrame) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one Point per event, every other column a property."""
    features = []
    for record in _records(events):
        lon, lat = record["lon"], record["lat"]
        features.append(
            {
                "type": "Feature",
                "id": record["event_id"],
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": record,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def events_to_jsonl(events: pd.DataFrame) -> str:
    """One JSON object per line, keys in EXPORT_COLUMNS order."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(events))


def render_events(events: pd.DataFrame, fmt: str) -> str:
    """The text of an export in `fmt` (csv, geojson or jsonl)."""
    if fmt == "csv":
        return events_to_csv(events)
    if fmt == "geojson":
        return json.dumps(events_to_geojson(events), ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return events_to_jsonl(events)
    raise ValueError(f"unknown format {fmt!r} (use csv, geojson or jsonl)")
