"""Events as files: CSV, GeoJSON and JSON lines, with the same columns everywhere.

`protestmap events` and the app's download buttons both call these, so a file downloaded
from the dashboard and one written by the CLI for the same filters are identical.

A frame of events (`load_events()`) is written with `EVENT_EXPORT_COLUMNS`: the issue's keys
(`models.EVENT_KEYS`: identity and place, when and what, reporting, `status`), then `sources`.
Lists (`article_ids`, `sources`) are JSON arrays in JSONL and GeoJSON, and joined in a CSV cell
(ids by a space, source names by "; "). A frame of mentions (`load_events(unit="mention")`,
`protestmap events --unit mention`) is written as before, with `EXPORT_COLUMNS`.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd

from .events import EVENT_COLUMNS, EVENT_FRAME_COLUMNS, is_event_frame

EXPORT_COLUMNS: tuple[str, ...] = EVENT_COLUMNS
"""The columns of a mentions export (`--unit mention`)."""
EVENT_EXPORT_COLUMNS: tuple[str, ...] = EVENT_FRAME_COLUMNS
"""The columns of an events export: models.EVENT_KEYS, then `sources`."""
_DATE_COLUMNS = ("event_date", "published")
_EVENT_DATE_COLUMNS = ("event_date", "first_reported", "last_reported")
_LIST_COLUMNS = {"article_ids": " ", "sources": "; "}


def _layout(events: pd.DataFrame) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(columns, date columns) of the export of this frame: events or mentions."""
    if is_event_frame(events):
        return EVENT_EXPORT_COLUMNS, _EVENT_DATE_COLUMNS
    return EXPORT_COLUMNS, _DATE_COLUMNS


def _records(events: pd.DataFrame) -> list[dict[str, Any]]:
    """Plain JSON-safe dicts: dates as YYYY-MM-DD, missing values as None, lists as lists."""
    columns, dates = _layout(events)
    frame = events.loc[:, list(columns)].copy()
    for column in dates:
        frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    frame = frame.astype(object).where(frame.notna(), None)
    records: list[dict[str, Any]] = frame.to_dict(orient="records")
    for record in records:
        for key, value in record.items():
            if isinstance(value, float) and math.isnan(value):
                record[key] = None
            elif isinstance(value, tuple):
                record[key] = list(value)
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
    columns, dates = _layout(events)
    frame = events.loc[:, list(columns)].copy()
    for column in dates:
        frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    for column, separator in _LIST_COLUMNS.items():
        if column in frame.columns:
            frame[column] = [separator.join(values) for values in frame[column].tolist()]
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]) and column not in dates:
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
    """One JSON object per line, keys in EVENT_EXPORT_COLUMNS (or EXPORT_COLUMNS) order."""
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
