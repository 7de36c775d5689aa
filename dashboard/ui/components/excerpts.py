"""The sentences behind the map, grouped by article, the place name in bold, 20 per page.

Article text is untrusted: it only reaches the page through components/text.py (escaped
Markdown, never unsafe_allow_html).

The panel reads rows through `excerpt_fields` (title, source, url, published, sentence, place
name, type, date, confidence, coordinate precision), so that when the app's frame becomes one
row per event with its excerpts in a second frame (issue 10), only that function changes.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.i18n import Translator
from dashboard.mapview import type_label
from dashboard.ui import state
from dashboard.ui.components.text import find_span, highlight, md, safe_link
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


def date_words(day: object, precision: object, t: Translator | None = None) -> str:
    t = t or Translator()
    if day is None or pd.isna(day):  # type: ignore[arg-type]
        return t.gettext("no date")
    stamp = pd.Timestamp(day).date()  # type: ignore[arg-type]
    if precision == "month":
        return t.gettext("{month} (month only)").format(month=t.month_year(stamp))
    if precision == "week":
        return t.gettext("week of {date}").format(date=t.date(stamp))
    return t.date(stamp)


def excerpt_fields(row: Any) -> dict[str, Any]:
    """One excerpt row as plain values, by name (the one place that knows the frame's columns)."""

    def text(key: str) -> str:
        value = row.get(key) if hasattr(row, "get") else None
        return value if isinstance(value, str) else ""

    return {
        "title": text("title"),
        "source": text("source"),
        "url": row.get("url"),
        "published": row.get("published"),
        "sentence": text("sentence"),
        "surface": text("surface"),
        "name": text("name"),
        "event_type": row.get("event_type"),
        "event_date": row.get("event_date"),
        "date_precision": row.get("date_precision"),
        "confidence": float(row.get("confidence") or 0.0),
        "coord_precision": row.get("coord_precision"),
    }


def _clear_selection() -> None:
    state.set_selected(None)


def render_excerpts(path: str, version: str, filters: Filters, *, interactive: bool = True) -> None:
    from dashboard.ui import data

    t = state.current_translator()
    _ = t.gettext
    rows = data.excerpt_rows(path, version, filters.event_filter(), filters.selected)
    heading = _("Excerpts")
    if filters.selected_place and not rows.empty:
        heading = _("Excerpts about {place}").format(place=md(rows["name"].iloc[0]))
    elif filters.selected_state:
        heading = _("Excerpts in {state}").format(state=md(filters.selected_state))
    st.subheader(heading)
    if filters.selected and interactive:
        st.button(_("Show all places again"), key=state.K_CLEAR_SELECTION, on_click=_clear_selection)
    elif interactive:
        st.caption(_("Click a place or a state on the map to read only its sentences."))
    if rows.empty:
        st.info(_("No sentences match these filters."))
        return
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = 1
    if pages > 1 and interactive:
        if st.session_state.get(state.K_EXCERPT_PAGE, 1) > pages:
            st.session_state[state.K_EXCERPT_PAGE] = 1
        page = int(
            st.number_input(
                _("Page (of {pages})").format(pages=t.number(pages)),
                min_value=1,
                max_value=pages,
                step=1,
                key=state.K_EXCERPT_PAGE,
            )
        )
    shown = rows.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    first_n = (page - 1) * PAGE_SIZE + 1
    st.caption(
        _("Sentences {first}–{last} of {total}.").format(
            first=t.number(first_n), last=t.number(first_n + len(shown) - 1), total=t.number(len(rows))
        )
    )
    terms = _search_terms(filters.search)
    for _id, article in shown.groupby("article_id", sort=False):
        first = excerpt_fields(article.iloc[0])
        with st.container(border=True):
            title = first["title"] or _("Untitled article")
            source = first["source"] or _("unknown source")
            published = (
                _("publication date unknown")
                if first["published"] is None or pd.isna(first["published"])
                else _("published {date}").format(date=date_words(first["published"], "day", t))
            )
            line = f"**{md(title)}** · {md(source)} · " + md(published)
            link = safe_link(first["url"])
            if link:
                label = _("open article")
                line += f" · [{md(label)}]({link})"
            st.markdown(line)
            for _index, event in article.iterrows():
                fields = excerpt_fields(event)
                sentence = fields["sentence"]
                start, end = find_span(sentence, fields["surface"], fields["name"])
                st.markdown(highlight(sentence, start, end, terms))
                caption = [
                    md(fields["name"]),
                    md(type_label(fields["event_type"] if pd.notna(fields["event_type"]) else None, t)),
                    md(date_words(fields["event_date"], fields["date_precision"], t)),
                    md(_("confidence {value}").format(value=t.number(round(fields["confidence"], 2)))),
                ]
                if fields["coord_precision"] in ("city", "state"):
                    caption.append(
                        md(
                            _("mapped at its city's point")
                            if fields["coord_precision"] == "city"
                            else _("mapped at its state's point")
                        )
                    )
                st.caption(" · ".join(caption))


def _search_terms(search: str) -> tuple[str, ...]:
    """The words of a search, to highlight them in the sentences (accents and case ignored)."""
    return tuple(
        word
        for word in search.replace('"', " ").split()
        if len(word) > 1 and word.upper() not in ("OR", "AND", "NOT")
    )
