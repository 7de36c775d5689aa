"""The sentences behind the map, grouped by article, the place name in bold, 20 per page.

Article text is untrusted: it only reaches the page through components/text.py (escaped
Markdown, never unsafe_allow_html).
"""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from dashboard.mapview import EVENT_TYPE_LABELS
from dashboard.ui import state
from dashboard.ui.components.text import escape_markdown, find_span, highlight, md, safe_link
from dashboard.ui.state import Filters

PAGE_SIZE = 20


def selected_rows(events: pd.DataFrame, selected: str | None) -> pd.DataFrame:
    """The events the excerpts panel lists: all in view, or those of the selected place/state."""
    selection = Filters(selected=selected)
    if selection.selected_place:
        return events[events["place_id"] == selection.selected_place]
    if selection.selected_state:
        return events[events["state"] == selection.selected_state]
    return events


def ordered(events: pd.DataFrame) -> pd.DataFrame:
    """Newest article first, then the article's sentences in reading order."""
    return events.sort_values(
        ["published", "article_id", "start"], ascending=[False, True, True], na_position="last", kind="stable"
    )


def date_words(day: object, precision: object) -> str:
    if day is None or pd.isna(day):
        return "no date"
    stamp = pd.Timestamp(day)
    if precision == "month":
        return f"{stamp:%B %Y} (month only)"
    if precision == "week":
        return f"week of {stamp.day} {stamp:%B %Y}"
    return f"{stamp.day} {stamp:%B %Y}"


def _clear_selection() -> None:
    state.set_selected(None)


def render_excerpts(path: str, version: str, filters: Filters, *, interactive: bool = True) -> None:
    from dashboard.ui import data

    rows = data.excerpt_rows(path, version, filters.event_filter(), filters.selected)
    heading = "Excerpts"
    if filters.selected_place and not rows.empty:
        heading = f"Excerpts about {md(rows['name'].iloc[0])}"
    elif filters.selected_state:
        heading = f"Excerpts in {md(filters.selected_state)}"
    st.subheader(heading)
    if filters.selected and interactive:
        st.button("Show all places again", key=state.K_CLEAR_SELECTION, on_click=_clear_selection)
    elif interactive:
        st.caption("Click a place or a state on the map to read only its sentences.")
    if rows.empty:
        st.info("No sentences match these filters.")
        return
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = 1
    if pages > 1 and interactive:
        if st.session_state.get(state.K_EXCERPT_PAGE, 1) > pages:
            st.session_state[state.K_EXCERPT_PAGE] = 1
        page = int(
            st.number_input(
                f"Page (of {pages})", min_value=1, max_value=pages, step=1, key=state.K_EXCERPT_PAGE
            )
        )
    shown = rows.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    st.caption(
        f"Sentences {(page - 1) * PAGE_SIZE + 1}–{(page - 1) * PAGE_SIZE + len(shown)} of {len(rows):,}."
    )
    for _, article in shown.groupby("article_id", sort=False):
        first = article.iloc[0]
        with st.container(border=True):
            title = (
                first["title"] if isinstance(first["title"], str) and first["title"] else "Untitled article"
            )
            source = first["source"] if isinstance(first["source"], str) else "unknown source"
            published = (
                "publication date unknown"
                if pd.isna(first["published"])
                else "published " + date_words(first["published"], "day")
            )
            line = f"**{escape_markdown(title)}** · {escape_markdown(source)} · " + escape_markdown(published)
            link = safe_link(first["url"])
            if link:
                line += f" · [open article]({link})"
            st.markdown(line)
            for _, event in article.iterrows():
                sentence = event["sentence"] if isinstance(event["sentence"], str) else ""
                start, end = find_span(sentence, str(event["surface"] or ""), str(event["name"] or ""))
                st.markdown(highlight(sentence, start, end))
                kind = EVENT_TYPE_LABELS.get(str(event["event_type"]), "type not stated")
                st.caption(
                    f"{escape_markdown(str(event['name']))} · {escape_markdown(kind)} · "
                    f"{escape_markdown(date_words(event['event_date'], event['date_precision']))} · "
                    f"confidence {float(event['confidence']):.2f}"
                )
