"""The counts in view: events, places, states, articles and the date span.

`view_counts` and `view_summary` read the events frame through its column names only, so that
when a row becomes an event grouping several articles (issue 10) only these change.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.i18n import N_, Translator

COUNT_LABELS = {
    "events": N_("Events"),
    "places": N_("Places"),
    "states": N_("States"),
    "articles": N_("Articles"),
}


def view_counts(events: pd.DataFrame) -> dict[str, int]:
    """Events, distinct places, states and articles in a (filtered) frame of events: an
    article that reports several events counts once."""
    if "article_ids" in events.columns:
        articles = int(events["article_ids"].explode().dropna().nunique())
    else:
        articles = int(events["article_id"].nunique())
    return {
        "events": len(events),
        "places": int(events["place_id"].nunique()),
        "states": int(events["state"].dropna().nunique()),
        "articles": articles,
    }


def view_summary(events: pd.DataFrame) -> tuple[dict[str, int], tuple[object, object, int]]:
    """The counts, and (first date, last date, undated events) for the dates line."""
    counts = view_counts(events)
    dates = events["event_date"].dropna()
    undated = len(events) - len(dates)
    if dates.empty:
        return counts, (None, None, undated)
    return counts, (dates.min().date(), dates.max().date(), undated)


def counts_line(counts: dict[str, int], t: Translator) -> str:
    """ "6 events · 6 places · 4 states · 3 articles", for the line above the map."""
    words = {
        "events": t.ngettext("{n} event", "{n} events", counts["events"]),
        "places": t.ngettext("{n} place", "{n} places", counts["places"]),
        "states": t.ngettext("{n} state", "{n} states", counts["states"]),
        "articles": t.ngettext("{n} article", "{n} articles", counts["articles"]),
    }
    return " · ".join(words[key].format(n=t.number(counts[key])) for key in words)


def dates_line(span: tuple[object, object, int], t: Translator) -> str:
    start, end, undated = span
    _ = t.gettext
    when = t.span(start, end) if start is not None else _("no dated events")  # type: ignore[arg-type]
    note = _("Dates in view: {span}.").format(span=when)
    if undated:
        note += " " + t.ngettext(
            "{n} event with no date (kept in every date range).",
            "{n} events with no date (kept in every date range).",
            undated,
        ).format(n=t.number(undated))
    return note


def render_numbers(counts: dict[str, int], span: tuple[object, object, int], t: Translator) -> None:
    columns = st.columns(4)
    for column, (key, value) in zip(columns, counts.items(), strict=True):
        column.metric(t.gettext(COUNT_LABELS[key]), t.number(value))
    st.caption(dates_line(span, t))
