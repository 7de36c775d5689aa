"""The counts in view: events, places, states, articles and the date span."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.ui.state import describe_span


def view_counts(events: pd.DataFrame) -> dict[str, int]:
    """Events, distinct places, states and articles in a (filtered) events frame."""
    return {
        "events": len(events),
        "places": int(events["place_id"].nunique()),
        "states": int(events["state"].dropna().nunique()),
        "articles": int(events["article_id"].nunique()),
    }


def view_summary(events: pd.DataFrame) -> tuple[dict[str, int], str]:
    """The counts and the dates line for a (filtered) events frame (cached per filter in ui/data.py)."""
    counts = view_counts(events)
    dates = events["event_date"].dropna()
    undated = len(events) - len(dates)
    span = describe_span(dates.min().date(), dates.max().date()) if not dates.empty else "no dated events"
    note = f"Dates in view: {span}."
    if undated:
        note += f" {undated:,} event{'s' if undated != 1 else ''} with no date (kept in every date range)."
    return counts, note


def render_numbers(counts: dict[str, int], note: str) -> None:
    columns = st.columns(4)
    for column, (label, value) in zip(columns, counts.items(), strict=True):
        column.metric(label.capitalize(), f"{value:,}")
    st.caption(note)
