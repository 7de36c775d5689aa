"""Events per day (or week/month for long spans), stacked by event type; brushing a span narrows
the date filter for the whole page.

Counts are aggregated in pandas first: the chart's data goes to the browser with every run, so
it gets a few hundred rows, never one per event.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.i18n import Translator
from dashboard.mapview import EVENT_TYPE_COLOURS, EVENT_TYPE_LABELS, TYPE_KEYS, UNSPECIFIED, type_label
from dashboard.ui import state
from dashboard.ui.state import Domain

MAX_BARS = 120
"""Day bars up to this many days, then week bars (up to as many weeks), then month bars. Vega
draws the chart on the browser's one main thread after the map; a year of day bars stacked by
type (some 1,900 marks) cost more than the map's own redraw, and were two pixels wide."""
TIME_UNITS = {"day": "yearmonthdate", "week": "yearweek", "month": "yearmonth"}


def timeline_counts(events: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Rows (period, type key, events) and the period name: day, or week/month if too many days.

    A period is named by its first day: a week's Monday, a month's first."""
    # Two columns only: taking every column of 100,000 rows (excerpts included) costs 0.15 s.
    has_date = events["event_date"].notna()
    dated = events.loc[has_date, ["event_date", "event_type"]]
    if dated.empty:
        return pd.DataFrame(columns=["period", "type", "events"]), "day"
    days = (dated["event_date"].max() - dated["event_date"].min()).days + 1
    freq, unit = (
        ("D", "day") if days <= MAX_BARS else (("W-MON", "week") if days <= MAX_BARS * 7 else ("MS", "month"))
    )
    if unit == "day":
        period = dated["event_date"].dt.floor("D")
    else:
        period = dated["event_date"].dt.to_period(freq[0]).dt.start_time
    types = dated["event_type"].astype("string").fillna(UNSPECIFIED)
    counts = (
        pd.DataFrame({"period": period, "type": types})
        .groupby(["period", "type"])
        .size()
        .reset_index(name="events")
    )
    return counts, unit


def _on_brush(domain: Domain, key: str) -> None:
    """Widget callback: the brushed span becomes the page's date filter, then the brush is cleared."""
    selection: Any = st.session_state.get(key)
    try:
        # Keyed by field name, which Vega-Lite derives from the time unit ("yearmonthdate_period").
        span = next(iter(selection["selection"]["span"].values()), None)
    except (KeyError, TypeError, AttributeError):
        return
    if not span or len(span) != 2:
        return
    start, end = (_to_date(v) for v in span)
    if start is None or end is None:
        return
    state.set_dates(domain, start, end)
    st.session_state[state.K_TIMELINE_VERSION] = st.session_state.get(state.K_TIMELINE_VERSION, 0) + 1
    st.rerun()  # the whole page, not only the fragment the chart is in (ui/pages/explore.py)


def _to_date(value: Any) -> date | None:
    try:
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value / 1000, tz=UTC).date()
        return pd.Timestamp(value).date()
    except (ValueError, OverflowError, OSError):
        return None


DATASET = "timeline"
"""The chart's one dataset, by a fixed name: see `timeline_spec`."""


def timeline_spec(unit: str, t: Translator) -> dict[str, Any]:
    """The Vega-Lite spec of the chart, without its data (the `DATASET` rows of `timeline_counts`,
    their type keys named in the UI's language).

    Written as a plain dict rather than through Altair, for the browser's sake: Altair names the
    dataset by a hash of its rows, so every filter made a new spec and Streamlit's front end
    built a new Vega view (parse, compile, first render: the longest task of a filter change on
    the browser's main thread). Under a fixed name the spec stays the same from one filter to
    the next, and the front end only swaps the view's rows. (Altair's validation of the spec
    also cost the run 20-50 ms.) The rows are counts already, one per period and type: Vega
    only groups them into bars.

    The bars have no ARIA description each (the chart as a whole has one, `render_timeline`'s
    alt text): Vega builds a description string for every bar through its expression
    interpreter, a quarter of the chart's interpreted calls on each filter change, and three
    hundred bar descriptions help no screen reader.

    The periods are counted here, so the time unit is "binned": Vega-Lite only adds a period's
    length to its first day to find the bar's end, and does not floor it to its own week, which
    starts on Sunday (the tooltip of a week counted from Monday said the Sunday before). No
    aggregate is left for Vega to compute on each filter change either, only the stack.

    Drawn on a canvas, not in SVG: on each filter change the SVG renderer updated some three
    hundred bar elements in the page (their paths, then style and layout), on the main thread the
    map shares. Interleaved A/B at 100,000 events (5 rounds, load 6): the renderer's main-thread
    CPU time over a filter change 0.60 -> 0.50 s. The chart as a whole keeps its alt text.

    The height is the whole chart's (Streamlit fits the spec to it): the legend's rows and the
    axis take about half of it, so 270 px leave the bars some 130 px, enough to compare days."""
    _ = t.gettext
    names = {key: type_label(key, t) for key in EVENT_TYPE_LABELS}
    return {
        "data": {"name": DATASET},
        "mark": {"type": "bar", "aria": False},
        "encoding": {
            "x": {
                "field": "period", "type": "temporal", "timeUnit": {"unit": TIME_UNITS[unit], "binned": True},
                "title": None, "axis": {"format": "%d %b", "labelAngle": 0},
            },
            "y": {"field": "events", "type": "quantitative", "stack": "zero", "title": _("events")},
            "color": {
                "field": "type", "type": "nominal", "title": _("Event type"),
                "scale": {"domain": [names[key] for key in TYPE_KEYS],
                          "range": [EVENT_TYPE_COLOURS[key] for key in TYPE_KEYS]},
                "legend": {"orient": "bottom", "columns": 3},
            },
            "tooltip": {"field": "tip", "type": "nominal"},
        },
        "params": [{"name": "span", "select": {"type": "interval", "encodings": ["x"]}}],
        "height": 270,
        "usermeta": {"embedOptions": {"renderer": "canvas"}},
    }  # fmt: skip


def period_words(period: date, unit: str, t: Translator) -> str:
    """A bar's period, as counted, in the UI's language: "14 October 2024", "week of 14 October
    2024" (a Monday), "October 2024"."""
    if unit == "week":
        return t.gettext("week of {date}").format(date=t.date(period))
    return t.month_year(period) if unit == "month" else t.date(period)


def tooltips(rows: pd.DataFrame, unit: str, t: Translator) -> pd.Series:
    """Each bar's tooltip, written here: "week of 14 October 2024 · Peaceful protest · 327 events".

    As one field, Vega shows it as it is; as three formatted fields, it built an object and
    formatted a date and a number for every bar, through its expression interpreter, on every
    filter change. Written here, the date is in the UI's language too (Vega's was English)."""
    periods = {period: period_words(period.date(), unit, t) for period in rows["period"].unique()}
    counts = {
        int(n): t.ngettext("{n} event", "{n} events", int(n)).format(n=t.number(int(n)))
        for n in rows["events"].unique()
    }
    tips = [
        f"{periods[period]} · {kind} · {counts[int(n)]}"
        for period, kind, n in zip(rows["period"], rows["type"], rows["events"], strict=True)
    ]
    return pd.Series(tips, index=rows.index, dtype="string")


def render_timeline(counts: pd.DataFrame, unit: str, domain: Domain, t: Translator | None = None) -> None:
    """Draw the chart from `timeline_counts` output (cached per filter in ui/data.py)."""
    t = t or Translator()
    _ = t.gettext
    if counts.empty:
        st.caption(_("No dated events in view, so there is no timeline."))
        return
    names = {key: type_label(key, t) for key in EVENT_TYPE_LABELS}
    rows = counts.assign(type=counts["type"].map(names))
    rows = rows.assign(tip=tooltips(rows, unit, t))
    key = f"{state.K_TIMELINE}_{st.session_state.get(state.K_TIMELINE_VERSION, 0)}"
    unit_names = {"day": _("day"), "week": _("week"), "month": _("month")}
    st.vega_lite_chart(
        {**timeline_spec(unit, t), "datasets": {DATASET: rows}},
        key=key,
        on_select=lambda: _on_brush(domain, key),
        selection_mode="span",
        width="stretch",
        alt=_("Events per {unit}, stacked by event type").format(unit=unit_names[unit]),
    )
    st.caption(_("Drag across the chart to narrow the dates for the whole page."))
