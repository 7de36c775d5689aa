"""The sentences behind the map, grouped by event: each event once, then each article that
reports it with its own sentences (a sentence is never shown twice), 10 events per page: the
page's details are drawn after the map, and each card costs the browser's main thread time.

Article text is untrusted: it only reaches the page through components/text.py: escaped
Markdown (never unsafe_allow_html) on the review page, escaped HTML (`text.escape_html`, links
only to http(s) URLs) in the explore page's cards, which are one st.html element a page.

The events come from the events frame (one row per event); their sentences from the excerpts
frame (`events.load_excerpts`), read through `excerpt_fields` by name.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.i18n import Translator
from dashboard.mapview import type_label
from dashboard.share import STATUS_LABELS
from dashboard.ui import state
from dashboard.ui.components.text import (
    HTML,
    MARKDOWN,
    Markup,
    find_span,
    highlight,
    html_link,
    md,
    safe_link,
)
from dashboard.ui.state import Filters

PAGE_SIZE = 10
CARD_SEPARATOR = '<hr class="pm-rule">'
"""Between two events' cards: a rule. A page of cards is one HTML element in one bordered box.

As a box and an element per card, the twenty elements were a third of what the page sent and
the browser rendered again on each filter change (interleaved A/B at 100,000 events, 5 rounds,
load 8: the renderer's main-thread CPU time over a filter change 0.57 -> 0.51 s). As one
Markdown element, Streamlit's Markdown renderer (a parser, then a React element per node) still
took about 100 ms of it, and ran again when the run ended; st.html hands the browser the HTML
once (A/B, 7 rounds, load 8: 0.71 -> 0.61 s)."""
CARDS_CLASS = "pm-cards"
"""The class of a page of cards, styled by the explore page's own CSS (ui/pages/explore.py)."""


def selected_rows(events: pd.DataFrame, selected: str | None) -> pd.DataFrame:
    """The events the excerpts panel lists: all in view, or those of the selected place/state."""
    selection = Filters(selected=selected)
    if selection.selected_place:
        return events[events["place_id"] == selection.selected_place]
    if selection.selected_state:
        return events[events["state"] == selection.selected_state]
    return events


def ordered(events: pd.DataFrame) -> pd.DataFrame:
    """Newest event first (undated last), then the earliest reported, then by place name."""
    return events.sort_values(
        ["event_date", "first_reported", "name"],
        ascending=[False, True, True],
        na_position="last",
        kind="stable",
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
    """One excerpt row (an event's mention in one article) as plain values, by name: the one
    place that knows the excerpts frame's columns."""

    def text(key: str) -> str:
        value = row.get(key) if hasattr(row, "get") else None
        return value if isinstance(value, str) else ""

    return {
        "article_id": text("article_id"),
        "title": text("title"),
        "source": text("source"),
        "url": row.get("url"),
        "published": row.get("published"),
        "sentence": text("sentence"),
        "surface": text("surface"),
        "status": text("status"),
    }


def event_caption(event: Any, t: Translator, markup: Markup = MARKDOWN) -> str:
    """ "Valencia, Carabobo · 29 July 2024 · Peaceful protest · 2 articles, 2 sources · verified",
    each part escaped for `markup`'s kind of element."""
    _ = t.gettext
    esc = markup.escape
    where = ", ".join(
        x for x in (event.get("name"), event.get("city") if event.get("city") != event.get("name") else None,
                    event.get("state")) if isinstance(x, str)
    )  # fmt: skip
    kind = event.get("event_type")
    parts = [
        esc(where),
        esc(date_words(event.get("event_date"), event.get("date_precision"), t)),
        esc(type_label(kind if isinstance(kind, str) else None, t)),
        esc(
            t.ngettext("{n} article", "{n} articles", int(event.get("n_articles") or 0)).format(
                n=t.number(int(event.get("n_articles") or 0))
            )
            + ", "
            + t.ngettext("{n} source", "{n} sources", int(event.get("n_sources") or 0)).format(
                n=t.number(int(event.get("n_sources") or 0))
            )
        ),
        esc(_("confidence {value}").format(value=t.number(round(float(event.get("confidence") or 0.0), 2)))),
    ]
    status = event.get("status")
    if isinstance(status, str) and status != "auto":
        parts.append(esc(_(STATUS_LABELS[status])))
    if event.get("coord_precision") in ("city", "state"):
        parts.append(
            esc(
                _("mapped at its city's point")
                if event.get("coord_precision") == "city"
                else _("mapped at its state's point")
            )
        )
    return " · ".join(parts)


def _clear_selection() -> None:
    """Button callback: the whole page follows (the map's popup, the URL), not only the
    excerpts' fragment the button is in."""
    state.set_selected(None)
    st.rerun()


def article_block(
    article: pd.DataFrame,
    name: str,
    terms: tuple[str, ...],
    t: Translator,
    *,
    heading: bool = True,
    markup: Markup = MARKDOWN,
) -> str:
    """One article's report of one event as one Markdown block (or HTML paragraphs): its title,
    source, date and link, then its sentences about the event, each once, the place in bold."""
    _ = t.gettext
    esc = markup.escape
    first = excerpt_fields(article.iloc[0])
    paragraphs: list[str] = []
    if heading:
        title = first["title"] or _("Untitled article")
        source = first["source"] or _("unknown source")
        published = (
            _("publication date unknown")
            if first["published"] is None or pd.isna(first["published"])
            else _("published {date}").format(date=date_words(first["published"], "day", t))
        )
        line = f"{markup.strong.format(esc(title))} · {esc(source)} · " + esc(published)
        if markup is HTML:
            anchor = html_link(first["url"], esc(_("open article")))
            line += f" · {anchor}" if anchor else ""
        elif target := safe_link(first["url"]):
            line += f" · [{esc(_('open article'))}]({target})"
        paragraphs.append(line)
    seen: set[str] = set()
    for row in article.to_dict("records"):
        fields = excerpt_fields(row)
        sentence = fields["sentence"]
        if sentence in seen:
            continue
        seen.add(sentence)
        start, end = find_span(sentence, fields["surface"], name)
        paragraphs.append(highlight(sentence, start, end, terms, markup))
    # One element, one paragraph each: the browser renders every element on its one main
    # thread, and a page of excerpts made a hundred and more of them.
    if markup is HTML:
        return "".join(f"<p>{p}</p>" for p in paragraphs if p)
    return "\n\n".join(p for p in paragraphs if p)


def render_article_sentences(
    article: pd.DataFrame, name: str, terms: tuple[str, ...], t: Translator, *, heading: bool = True
) -> None:
    """`article_block` as one Markdown element."""
    st.markdown(article_block(article, name, terms, t, heading=heading))


@dataclass(frozen=True)
class ExcerptCard:
    """One event's card in the excerpts panel, as the HTML it shows (every untrusted value in it
    escaped by `text.escape_html`): its place's name, its caption line, and one block per
    article that reports it."""

    name: str
    caption: str
    articles: tuple[str, ...]

    def html(self) -> str:
        """The whole card: the name, the caption line in small grey type, then the articles'
        blocks. A card used to be three elements and one more per article, some forty for a
        page; each element is a React component that the browser renders on its one main
        thread, after the map's new layers, on every filter change. A page's cards are now one
        element (see `CARD_SEPARATOR`)."""
        head = f'<strong>{self.name}</strong><br><span class="pm-meta">{self.caption}</span>'
        return f'<p class="pm-card-head">{head}</p>' + "".join(self.articles)


def excerpt_cards(
    shown: pd.DataFrame, excerpts: pd.DataFrame, terms: tuple[str, ...], t: Translator
) -> tuple[ExcerptCard, ...]:
    """The cards of one page of events (`shown`), from their sentences (`excerpts`).

    Kept apart from the drawing so that ui/data.py can cache a page's cards per filter: building
    them (grouping, highlighting and escaping a few hundred sentences) cost some 70 ms of each
    filter change's run, before the browser could draw anything of the details."""
    by_event = {event_id: group for event_id, group in excerpts.groupby("event_id", sort=False)}
    cards: list[ExcerptCard] = []
    for event in shown.to_dict("records"):
        articles: list[str] = []
        sentences = by_event.get(event["event_id"])
        if sentences is not None:
            order = {aid: rank for rank, aid in enumerate(event["article_ids"])}
            sentences = sentences.assign(_rank=sentences["article_id"].map(order).fillna(len(order)))
            for _aid, article in sentences.sort_values(["_rank", "start"], kind="stable").groupby(
                "article_id", sort=False
            ):
                articles.append(article_block(article, str(event["name"]), terms, t, markup=HTML))
        cards.append(
            ExcerptCard(HTML.escape(str(event["name"])), event_caption(event, t, HTML), tuple(articles))
        )
    return tuple(cards)


def page_rows(rows: pd.DataFrame, page: int) -> pd.DataFrame:
    """The events of one page of the panel (PAGE_SIZE a page, the first page is 1)."""
    return rows.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]


def prepare_excerpts(path: str, version: str, filters: Filters) -> None:
    """Compute, and cache, what `render_excerpts` will show (the page it will open on)."""
    from dashboard.ui import data

    rows = data.excerpt_rows(path, version, filters.event_filter(), filters.selected)
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = int(st.session_state.get(state.K_EXCERPT_PAGE, 1) or 1)
    page = page if 1 <= page <= pages else 1
    data.excerpt_page(
        path, version, filters.event_filter(), filters.selected, page, state.current_translator().language
    )


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
    shown = page_rows(rows, page)
    first_n = (page - 1) * PAGE_SIZE + 1
    st.caption(
        _("Events {first}–{last} of {total}, each with the articles that report it.").format(
            first=t.number(first_n), last=t.number(first_n + len(shown) - 1), total=t.number(len(rows))
        )
    )
    cards = data.excerpt_page(path, version, filters.event_filter(), filters.selected, page, t.language)
    with st.container(border=True):
        st.html(cards_html(cards))


def cards_html(cards: tuple[ExcerptCard, ...]) -> str:
    """A page of cards as one HTML element, a rule between two cards."""
    return f'<div class="{CARDS_CLASS}">' + CARD_SEPARATOR.join(card.html() for card in cards) + "</div>"


def search_terms(search: str) -> tuple[str, ...]:
    """The words of a search, to highlight them in the sentences (accents and case ignored)."""
    return tuple(
        word
        for word in search.replace('"', " ").split()
        if len(word) > 1 and word.upper() not in ("OR", "AND", "NOT")
    )
