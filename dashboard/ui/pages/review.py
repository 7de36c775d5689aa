"""The Review page: a person checks the events, lowest confidence first, and corrects them.

One event at a time: its excerpts (each article with its own sentences), a small map, and the
actions (confirm, reject, fix the place, role, type or date, merge, split, add a missed place).
Each action stores corrections (`dashboard.review` says which), rebuilds the events at once and
can be undone. The reviewer's name is asked once per session; nothing is saved without it.

The queue is filtered by the same sidebar as Explore (the same filters, kept in the session).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import mapview, review, store
from dashboard.errors import ProtestmapError
from dashboard.gazetteer import all_places, place_by_id, search_places
from dashboard.i18n import N_, Translator
from dashboard.mapview import type_label
from dashboard.models import EVENT_TYPES, Place
from dashboard.ui import data, state
from dashboard.ui.components.excerpts import date_words, event_caption, render_article_sentences
from dashboard.ui.components.filters import render_filters
from dashboard.ui.components.text import md

QUEUE_SHOWN = 300
"""Events offered in the queue's list at once (the lowest confidence first)."""
ROLE_LABELS = {"protest_site": N_("a protest site"), "other": N_("a place, but no protest there")}


def _place_label(place: Place, t: Translator) -> str:
    where = ", ".join(x for x in (place.state, place.country) if x)
    level = t.gettext(mapview.LEVEL_LABELS.get(place.level, place.level))
    return f"{place.name} ({level}{', ' + where if where else ''}) · {place.place_id}"


def _event_label(event: dict[str, Any], t: Translator) -> str:
    kind = event.get("event_type")
    return " · ".join(
        [
            t.number(round(float(event["confidence"]), 2)),
            str(event["name"]),
            date_words(event.get("event_date"), event.get("date_precision"), t),
            type_label(kind if isinstance(kind, str) else None, t),
            t.ngettext("{n} source", "{n} sources", int(event["n_sources"])).format(
                n=t.number(int(event["n_sources"]))
            ),
        ]
    )


def _reviewer() -> str:
    return str(st.session_state.get(state.K_REVIEWER) or "").strip()


def _note() -> str:
    return str(st.session_state.get(state.K_REVIEW_NOTE) or "").strip()


def _save(path: str, corrections: list[Any], message: str) -> None:
    """Store corrections, rebuild the events, remember them for Undo (a widget callback)."""
    if not corrections:
        return
    try:
        with store.open_db(path, create=False) as conn:
            conn.add_corrections(corrections)
            conn.rebuild_events()
    except ProtestmapError as exc:
        st.session_state[state.K_REVIEW_LAST] = ((), str(exc))
        return
    data.clear_after_write()
    st.session_state[state.K_REVIEW_LAST] = (tuple(c.correction_id for c in corrections), message)


def _undo(path: str) -> None:
    ids, _message = st.session_state.get(state.K_REVIEW_LAST) or ((), "")
    with store.open_db(path, create=False) as conn:
        for correction_id in ids:
            conn.delete_correction(correction_id)
        conn.rebuild_events()
    data.clear_after_write()
    t = state.current_translator()
    st.session_state[state.K_REVIEW_LAST] = ((), t.gettext("Undone."))


def _context(path: str, event_id: str) -> tuple[dict[str, Any], list[review.EventMention]] | None:
    version = data.db_version(path)
    events = data.base_events(path, version)
    found = events[events["event_id"] == event_id]
    if found.empty:
        return None
    mentions = review.event_mentions(data.excerpts_of(path, version, (event_id,)))
    return found.iloc[0].to_dict(), mentions


def _act(path: str, event_id: str, action: str) -> None:
    """Every button's callback: build the action's corrections from the widgets, then save."""
    t = state.current_translator()
    _ = t.gettext
    context = _context(path, event_id)
    if context is None:
        return
    event, mentions = context
    ss = st.session_state
    who: dict[str, Any] = {"author": _reviewer(), "note": _note()}
    corrections: list[Any] = []
    if action == "confirm":
        corrections = review.confirm(event, mentions, **who)
        message = _("Confirmed {place}.").format(place=event["name"])
    elif action in ("reject_site", "reject_place"):
        corrections = review.reject(event, mentions, not_a_place=action == "reject_place", **who)
        message = _("Rejected {place}.").format(place=event["name"])
    elif action == "fix_place":
        place = place_by_id(str(ss.get(state.K_REVIEW_PLACE_CHOICE) or ""))
        if place is None:
            ss[state.K_REVIEW_LAST] = ((), _("Choose a place first."))
            return
        corrections = review.fix(event, mentions, place=place, **who)
        message = _("Moved {old} to {new}.").format(old=event["name"], new=place.name)
    elif action == "fix_role":
        corrections = review.fix(event, mentions, role=str(ss.get(state.K_REVIEW_ROLE)), **who)
        message = _("Changed the role of {place}.").format(place=event["name"])
    elif action == "fix_type":
        corrections = review.fix(event, mentions, event_type=str(ss.get(state.K_REVIEW_TYPE)), **who)
        message = _("Changed the type of {place}.").format(place=event["name"])
    elif action == "fix_date":
        day = ss.get(state.K_REVIEW_DATE)
        if not isinstance(day, date):
            ss[state.K_REVIEW_LAST] = ((), _("Choose a date first."))
            return
        corrections = review.fix(event, mentions, event_date=day, **who)
        message = _("Changed the date of {place}.").format(place=event["name"])
    elif action == "merge":
        other = _context(path, str(ss.get(state.K_REVIEW_MERGE_WITH) or ""))
        if other is None:
            ss[state.K_REVIEW_LAST] = ((), _("Choose the event to merge with first."))
            return
        corrections = review.merge(mentions, other[1], **who)
        message = _("Merged {other} into {place}.").format(other=other[0]["name"], place=event["name"])
    elif action == "split":
        corrections = review.split(mentions, str(ss.get(state.K_REVIEW_SPLIT_ARTICLE) or ""), **who)
        message = _("Split one article's report out of {place}.").format(place=event["name"])
    elif action == "add":
        added = _added_place(path, event, mentions)
        if isinstance(added, str):
            ss[state.K_REVIEW_LAST] = ((), added)
            return
        corrections = [added]
        message = _("Added {words} at {place}.").format(words=added.surface, place=added.place.name)
    else:
        return
    _save(path, corrections, message)


def _added_place(path: str, event: dict[str, Any], mentions: list[review.EventMention]) -> Any:
    """The `add` correction the add-a-place widgets describe, or what is missing (a message)."""
    _ = state.current_translator().gettext
    ss = st.session_state
    article_id = str(ss.get(state.K_REVIEW_ADD_ARTICLE) or "")
    place = place_by_id(str(ss.get(state.K_REVIEW_ADD_PLACE) or ""))
    if place is None:
        return _("Choose the place the words name first.")
    span = _selected_span(path, article_id, mentions)
    if span is None:
        return _("Select the words of the place first.")
    text, start, end = span
    kind = ss.get(state.K_REVIEW_ADD_TYPE)
    return review.add(
        article_id, text, start, end, place, author=_reviewer(), note=_note(),
        event_type=kind if kind in EVENT_TYPES else None,
        event_date=event["event_date"].date() if pd.notna(event.get("event_date")) else None,
    )  # fmt: skip


def _article_text(path: str, article_id: str) -> str | None:
    with store.opened_for_reading(path) as conn:
        return conn.article_texts([article_id]).get(article_id)


def _words(path: str, article_id: str, mentions: list[review.EventMention]) -> tuple[str, list[review.Word]]:
    text = _article_text(path, article_id) or ""
    own = [m for m in mentions if m.article_id == article_id]
    if not text or not own:
        return text, []
    return text, review.words_around(text, own[0].start, own[0].end)


def _selected_span(
    path: str, article_id: str, mentions: list[review.EventMention]
) -> tuple[str, int, int] | None:
    """The words chosen: pasted from a selection in the text (found nearest the event's
    mention), else the word picker's first and last word."""
    text, words = _words(path, article_id, mentions)
    if not text or not words:
        return None
    pasted = str(st.session_state.get(state.K_REVIEW_ADD_SELECTION) or "").strip()
    if pasted:
        span = review.span_of_selection(text, pasted, words[0].start)
        return (text, *span) if span else None
    chosen = st.session_state.get(state.K_REVIEW_ADD_WORDS)
    if isinstance(chosen, int) and not isinstance(chosen, bool):
        chosen = (chosen, chosen)  # one word (a range slider at one point reads as a number)
    if not isinstance(chosen, tuple | list) or len(chosen) != 2:
        return None
    start, end = review.selection_span(words, int(chosen[0]), int(chosen[1]))
    return text, start, end


def _queue(path: str, version: str, t: Translator) -> pd.DataFrame:
    events = data.base_events(path, version)
    domain = data.domain(path, version)
    state.init_state(domain)
    render_filters(domain)
    filters = state.read_filters(domain)
    flt = filters.event_filter()
    hits = data.search_hits(path, version, flt.search) if flt.search.strip() else None
    unreviewed = bool(st.session_state.get(state.K_REVIEW_UNREVIEWED, True))
    return review.review_queue(events, flt, search_hits=hits, unreviewed_only=unreviewed)


def _render_excerpts(path: str, version: str, event: dict[str, Any], t: Translator) -> None:
    excerpts = data.excerpts_of(path, version, (str(event["event_id"]),))
    order = {aid: rank for rank, aid in enumerate(event["article_ids"])}
    excerpts = excerpts.assign(_rank=excerpts["article_id"].map(order).fillna(len(order)))
    for _aid, article in excerpts.sort_values(["_rank", "start"], kind="stable").groupby(
        "article_id", sort=False
    ):
        with st.container(border=True):
            render_article_sentences(article, str(event["name"]), (), t)


def _render_map(path: str, version: str, event: dict[str, Any]) -> dict[str, float] | None:
    """The event on a small map; a click there returns its point (to propose nearby places)."""
    events = data.base_events(path, version)
    one = events[events["event_id"] == event["event_id"]]
    map_data = mapview.build_map_data(one, excerpts=data.base_excerpts(path, version))
    result = st_folium(
        mapview.build_map(map_data, height=300, municipalities=False), key=state.K_REVIEW_MAP, height=300,
        use_container_width=True, returned_objects=["last_clicked"],
    )  # fmt: skip
    clicked = result.get("last_clicked") if isinstance(result, dict) else None
    if isinstance(clicked, dict) and clicked.get("lat") is not None and clicked.get("lng") is not None:
        return {"lat": float(clicked["lat"]), "lon": float(clicked["lng"])}
    return None


def _place_options(clicked: dict[str, float] | None) -> list[Place]:
    query = str(st.session_state.get(state.K_REVIEW_PLACE_QUERY) or "").strip()
    if query:
        return search_places(query)
    if clicked is not None:
        return review.nearest_places(all_places(), clicked["lat"], clicked["lon"])
    return []


def _render_actions(path: str, version: str, event: dict[str, Any], clicked: dict[str, float] | None) -> None:
    t = state.current_translator()
    _ = t.gettext
    event_id = str(event["event_id"])
    disabled = not _reviewer()
    ss = st.session_state
    st.text_input(
        _("Reason (optional)"), key=state.K_REVIEW_NOTE,
        help=_("Kept with the correction, for whoever reads the review later."),
    )  # fmt: skip
    left, middle, right = st.columns(3)
    left.button(
        _("Confirm"), key=state.K_REVIEW_CONFIRM, type="primary", disabled=disabled, on_click=_act,
        args=(path, event_id, "confirm"), help=_("The place, the date and the type are right."),
    )  # fmt: skip
    middle.button(
        _("Reject: not a protest site"), key=state.K_REVIEW_REJECT_SITE, disabled=disabled, on_click=_act,
        args=(path, event_id, "reject_site"), help=_("The place is right, but nothing happened there."),
    )  # fmt: skip
    right.button(
        _("Reject: not a place"), key=state.K_REVIEW_REJECT_PLACE, disabled=disabled, on_click=_act,
        args=(path, event_id, "reject_place"), help=_("The words do not name a place at all."),
    )  # fmt: skip
    place_tab, what_tab, merge_tab, add_tab = st.tabs(
        [_("Fix the place"), _("Fix role, type or date"), _("Merge or split"), _("Add a missed place")]
    )
    with place_tab:
        st.text_input(
            _("Search the gazetteer by name"), key=state.K_REVIEW_PLACE_QUERY,
            help=_("Or click the map above: the places nearest to the click are offered."),
        )  # fmt: skip
        options = _place_options(clicked)
        labels = {p.place_id: _place_label(p, t) for p in options}
        if ss.get(state.K_REVIEW_PLACE_CHOICE) not in labels:
            ss.pop(state.K_REVIEW_PLACE_CHOICE, None)
        st.selectbox(
            _("The right place"), options=list(labels), key=state.K_REVIEW_PLACE_CHOICE,
            format_func=labels.__getitem__, placeholder=_("Search or click the map first"),
        )  # fmt: skip
        st.button(
            _("Move the event there"), key=state.K_REVIEW_FIX_PLACE, disabled=disabled or not labels,
            on_click=_act, args=(path, event_id, "fix_place"),
        )  # fmt: skip
    with what_tab:
        st.selectbox(
            _("Role of the place"), options=list(ROLE_LABELS), key=state.K_REVIEW_ROLE,
            format_func=lambda key: _(ROLE_LABELS[key]),
        )  # fmt: skip
        st.button(_("Change the role"), key=state.K_REVIEW_FIX_ROLE, disabled=disabled, on_click=_act,
                  args=(path, event_id, "fix_role"))  # fmt: skip
        current = event.get("event_type")
        ss.setdefault(state.K_REVIEW_TYPE, current if current in EVENT_TYPES else EVENT_TYPES[0])
        st.selectbox(_("Event type"), options=list(EVENT_TYPES), key=state.K_REVIEW_TYPE,
                     format_func=lambda key: type_label(key, t))  # fmt: skip
        st.button(_("Change the type"), key=state.K_REVIEW_FIX_TYPE, disabled=disabled, on_click=_act,
                  args=(path, event_id, "fix_type"))  # fmt: skip
        day = event.get("event_date")
        ss.setdefault(
            state.K_REVIEW_DATE,
            day.date() if isinstance(day, pd.Timestamp) and pd.notna(day) else date.today(),
        )
        st.date_input(_("Date of the event"), key=state.K_REVIEW_DATE, min_value=date(1990, 1, 1),
                      format="YYYY/MM/DD" if t.language == "en" else "DD/MM/YYYY")  # fmt: skip
        st.button(_("Change the date"), key=state.K_REVIEW_FIX_DATE, disabled=disabled, on_click=_act,
                  args=(path, event_id, "fix_date"))  # fmt: skip
    with merge_tab:
        candidates = _merge_candidates(path, version, event)
        labels = {str(e["event_id"]): _event_label(e, t) for e in candidates}
        if ss.get(state.K_REVIEW_MERGE_WITH) not in labels:
            ss.pop(state.K_REVIEW_MERGE_WITH, None)
        st.selectbox(
            _("The same event as"), options=list(labels), key=state.K_REVIEW_MERGE_WITH,
            format_func=labels.__getitem__, placeholder=_("No event nearby on nearby days"),
            help=_("Events in the same state within three days. This event's place and date are kept."),
        )  # fmt: skip
        st.button(_("Merge the two events"), key=state.K_REVIEW_MERGE, disabled=disabled or not labels,
                  on_click=_act, args=(path, event_id, "merge"))  # fmt: skip
        articles = _article_titles(path, version, event)
        if ss.get(state.K_REVIEW_SPLIT_ARTICLE) not in articles:
            ss.pop(state.K_REVIEW_SPLIT_ARTICLE, None)
        st.selectbox(
            _("This article reports another event"), options=list(articles), key=state.K_REVIEW_SPLIT_ARTICLE,
            format_func=articles.__getitem__, help=_("Its report leaves this event and becomes its own."),
        )  # fmt: skip
        st.button(
            _("Split it out"), key=state.K_REVIEW_SPLIT, disabled=disabled or len(articles) < 2,
            on_click=_act, args=(path, event_id, "split"),
        )  # fmt: skip
    with add_tab:
        _render_add(path, version, event, articles, disabled)


def _article_titles(path: str, version: str, event: dict[str, Any]) -> dict[str, str]:
    _ = state.current_translator().gettext
    excerpts = data.excerpts_of(path, version, (str(event["event_id"]),)).drop_duplicates("article_id")
    titles = {
        str(r["article_id"]): f"{r['title'] or _('Untitled article')} · {r['source'] or _('unknown source')}"
        for r in excerpts.to_dict("records")
    }
    return {aid: titles[aid] for aid in event["article_ids"] if aid in titles}


def _merge_candidates(path: str, version: str, event: dict[str, Any]) -> list[dict[str, Any]]:
    """Events in the same state (or at the same place) within three days, nearest first."""
    events = data.base_events(path, version)
    others = events[events["event_id"] != event["event_id"]]
    same_area = (others["place_id"] == event["place_id"]) | (
        others["state_code"].notna() & (others["state_code"] == event.get("state_code"))
    )
    day = event.get("event_date")
    if pd.notna(day):
        near = (others["event_date"] - day).abs() <= pd.Timedelta(days=3)
        near |= others["event_date"].isna()
    else:
        near = pd.Series(True, index=others.index)
    found = others[same_area & near]
    return list(found.head(50).to_dict("records"))


def _render_add(
    path: str, version: str, event: dict[str, Any], articles: dict[str, str], disabled: bool
) -> None:
    t = state.current_translator()
    _ = t.gettext
    ss = st.session_state
    if not articles:
        return
    if ss.get(state.K_REVIEW_ADD_ARTICLE) not in articles:
        ss[state.K_REVIEW_ADD_ARTICLE] = next(iter(articles))
    st.selectbox(_("In the article"), options=list(articles), key=state.K_REVIEW_ADD_ARTICLE,
                 format_func=articles.__getitem__)  # fmt: skip
    mentions = review.event_mentions(data.excerpts_of(path, version, (str(event["event_id"]),)))
    text, words = _words(path, str(ss[state.K_REVIEW_ADD_ARTICLE]), mentions)
    if not words:
        st.info(_("This article's text is not stored."))
        return
    indexes = list(range(len(words)))
    current = ss.get(state.K_REVIEW_ADD_WORDS)
    if not (isinstance(current, tuple | list) and len(current) == 2 and all(i in indexes for i in current)):
        ss[state.K_REVIEW_ADD_WORDS] = (0, 0)
    st.select_slider(
        _("Select the words of the place: from the first to the last"), options=indexes,
        key=state.K_REVIEW_ADD_WORDS, format_func=lambda i: words[i].text,
    )  # fmt: skip
    st.text_input(
        _("Or paste the words you selected in the text"), key=state.K_REVIEW_ADD_SELECTION,
        help=_("Select them with the mouse in the excerpt above, copy, and paste them here."),
    )  # fmt: skip
    span = _selected_span(path, str(ss[state.K_REVIEW_ADD_ARTICLE]), mentions)
    if span is not None:
        _text, start, end = span
        st.markdown(_("Selected: **{words}**").format(words=md(text[start:end])))
        if not ss.get(state.K_REVIEW_ADD_QUERY):
            ss[state.K_REVIEW_ADD_QUERY] = text[start:end]
    st.text_input(_("The place they name (search the gazetteer)"), key=state.K_REVIEW_ADD_QUERY)
    options = search_places(str(ss.get(state.K_REVIEW_ADD_QUERY) or ""))
    labels = {p.place_id: _place_label(p, t) for p in options}
    if ss.get(state.K_REVIEW_ADD_PLACE) not in labels:
        ss.pop(state.K_REVIEW_ADD_PLACE, None)
    st.selectbox(
        _("Place"), options=list(labels), key=state.K_REVIEW_ADD_PLACE, format_func=labels.__getitem__,
        placeholder=_("No place found by that name"),
    )  # fmt: skip
    kinds = ["", *EVENT_TYPES]
    st.selectbox(_("Event type"), options=kinds, key=state.K_REVIEW_ADD_TYPE,
                 format_func=lambda key: type_label(key or None, t))  # fmt: skip
    st.button(_("Add the place"), key=state.K_REVIEW_ADD, disabled=disabled or not labels, on_click=_act,
              args=(path, str(event["event_id"]), "add"))  # fmt: skip


def render() -> None:
    t = state.current_translator()
    _ = t.gettext
    st.title(_("Review"))
    path = str(data.db_path())
    try:
        version = data.db_version(path)
        events = data.base_events(path, version)
    except ProtestmapError as exc:
        st.error(md(str(exc)))
        return
    st.text_input(
        _("Your name"), key=state.K_REVIEWER,
        help=_("Kept with each correction you make (asked once per session)."),
        placeholder=_("Type your name to start reviewing"),
    )  # fmt: skip
    if events.empty:
        st.info(_("There are no events to review yet."))
        return
    ss = st.session_state
    ss.setdefault(state.K_REVIEW_UNREVIEWED, True)
    st.toggle(_("Only events nobody has checked yet"), key=state.K_REVIEW_UNREVIEWED)
    last = ss.get(state.K_REVIEW_LAST)
    if last:
        ids, message = last
        st.success(md(message)) if ids else st.info(md(message))
        if ids:
            st.button(_("Undo"), key=state.K_REVIEW_UNDO, on_click=_undo, args=(path,))
    version = data.db_version(path)  # the last action may have rebuilt the events
    queue = _queue(path, version, t)
    st.caption(
        t.ngettext(
            "{n} event to check, lowest confidence first.",
            "{n} events to check, lowest confidence first.",
            len(queue),
        ).format(n=t.number(len(queue)))
    )
    if queue.empty:
        st.info(_("Nothing to review with these filters."))
        return
    shown = queue.head(QUEUE_SHOWN)
    labels = {str(e["event_id"]): _event_label(e, t) for e in shown.to_dict("records")}
    if ss.get(state.K_REVIEW_EVENT) not in labels:
        ss[state.K_REVIEW_EVENT] = next(iter(labels))
    st.selectbox(_("Event"), options=list(labels), key=state.K_REVIEW_EVENT, format_func=labels.__getitem__)
    event = shown[shown["event_id"] == ss[state.K_REVIEW_EVENT]].iloc[0].to_dict()
    if ss.get(state.K_REVIEW_SEEN) != event["event_id"]:  # another event: its own values in the fields
        for key in state.REVIEW_EVENT_KEYS:
            ss.pop(key, None)
        ss[state.K_REVIEW_SEEN] = event["event_id"]
    st.subheader(md(event["name"]), anchor=False)
    st.caption(event_caption(event, t))
    if not _reviewer():
        st.warning(_("Type your name above to review."))
    left, right = st.columns([3, 2])
    with right:
        clicked = _render_map(path, version, event)
    with left:
        _render_excerpts(path, version, event, t)
    _render_actions(path, version, event, clicked)
