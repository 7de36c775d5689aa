"""Add articles: paste text or upload files, preview the places found, then store them.

Storing goes through `ingest.ingest_articles`, the same code path as `protestmap ingest`, so an
article added here and one ingested from a terminal end up identical in the database.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import ingest, mapview, store, timebox
from dashboard.errors import IngestError, ProtestmapError
from dashboard.events import EVENT_COLUMNS
from dashboard.i18n import N_
from dashboard.models import Article, Mention
from dashboard.ui import data, state
from dashboard.ui.components.text import escape_markdown, md

PASTE, UPLOAD = "paste", "upload"
MODE_LABELS = {PASTE: N_("Paste text"), UPLOAD: N_("Upload files")}
MAX_TEXT_BYTES = ingest.DEFAULT_MAX_BYTES
"""The most text one preview takes, pasted or uploaded (the same limit as `protestmap ingest`)."""
EXTRACTION_BUDGET_S = timebox.DEFAULT_BUDGET_S
K_PREVIEW_MAP = "add_preview_map"  # st_folium key of the preview map


def mentions_frame(article: Article, mentions: list[Mention]) -> pd.DataFrame:
    """The preview's mentions in the events-frame shape, so mapview draws them like the real map."""
    rows: list[dict[str, Any]] = []
    for index, mention in enumerate(mentions):
        row = mention.to_json()
        row.update(
            event_id=index, article_id="preview", title=article.title, source=article.source or "preview",
            url=article.url, published=article.published,
        )  # fmt: skip
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame["event_date"] = pd.to_datetime(frame["event_date"], errors="coerce")
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
    return frame


def _form_metadata() -> dict[str, Any]:
    ss = st.session_state
    return {
        "title": (ss.get(state.K_ADD_TITLE) or "").strip() or None,
        "source": (ss.get(state.K_ADD_SOURCE) or "").strip() or None,
        "url": (ss.get(state.K_ADD_URL) or "").strip() or None,
        "published": ss.get(state.K_ADD_DATE),
    }


def collect_articles(mode: str) -> tuple[list[Article], list[str]]:
    """Articles from the form (pasted text, or uploaded files with the form as defaults), and errors."""
    t = state.current_translator()
    _ = t.gettext
    meta = _form_metadata()
    errors: list[str] = []
    articles: list[Article] = []
    if mode == PASTE:
        text = st.session_state.get(state.K_ADD_TEXT) or ""
        if not text.strip():
            return [], [_("Paste the article's text first.")]
        size = len(text.encode("utf-8", errors="surrogatepass"))
        if size > MAX_TEXT_BYTES:
            return [], [
                _(
                    "pasted text: {size} bytes, over the limit of {limit} bytes; "
                    "split it into articles, or use `protestmap ingest` from a terminal"
                ).format(size=t.number(size), limit=t.number(MAX_TEXT_BYTES))
            ]
        articles.append(Article(text=text, path="pasted text", **meta))
    else:
        for upload in st.session_state.get(state.K_ADD_FILES) or []:
            try:
                read = ingest.read_article_bytes(upload.getvalue(), upload.name)
            except IngestError as exc:
                errors.extend(str(e) for e in getattr(exc, "errors", [exc]))
                continue
            for article in read:
                defaults = {k: v for k, v in meta.items() if v is not None and getattr(article, k) is None}
                articles.append(replace(article, **defaults))
        if not articles and not errors:
            errors.append(_("Choose one or more files first (.txt, .md, .html or .jsonl)."))
        total = sum(len(article.text.encode("utf-8", errors="surrogatepass")) for article in articles)
        if total > MAX_TEXT_BYTES:
            return [], [
                _(
                    "uploaded files: {size} bytes of text together, over the limit of {limit} bytes; "
                    "preview fewer files at a time"
                ).format(size=t.number(total), limit=t.number(MAX_TEXT_BYTES))
            ]
    return articles, errors


def _preview() -> None:
    """Button callback: read and geoparse the articles, keep them for Save."""
    mode = st.session_state.get(state.K_ADD_MODE, PASTE)
    articles, errors = collect_articles(mode)
    previews: list[tuple[Article, list[Mention]]] = []
    try:
        previews = list(zip(articles, timebox.extract_within(articles, EXTRACTION_BUDGET_S), strict=True))
    except timebox.ExtractionTimeout:
        errors.append(
            state.current_translator()
            .gettext(
                "finding the places took longer than {seconds} s and was stopped; "
                "split the text into smaller articles, or use `protestmap ingest` from a terminal"
            )
            .format(seconds=f"{EXTRACTION_BUDGET_S:g}")
        )
    except ProtestmapError as exc:  # the extractor failed
        errors.append(str(exc))
    st.session_state[state.K_ADD_PENDING] = {"previews": previews, "errors": errors}
    st.session_state.pop(state.K_ADD_RESULT, None)


def _save(path: str) -> None:
    """Button callback: store the previewed articles exactly as `protestmap ingest` would."""
    t = state.current_translator()
    pending = st.session_state.get(state.K_ADD_PENDING) or {}
    previews = pending.get("previews", [])
    articles = [article for article, _mentions in previews]
    try:
        summary = ingest.ingest_articles(articles, path)
    except ProtestmapError as exc:
        st.session_state[state.K_ADD_RESULT] = ("error", md(str(exc)), [])  # Markdown, escaped
        return
    data.clear_after_write()
    # The articles that report events get a link to Explore, filtered to them.
    with_events = [
        store.article_id(article.text)
        for article, mentions in previews
        if any(m.role == "protest_site" for m in mentions)
    ]
    message = t.gettext("Stored: {summary}.").format(summary=summary.line())
    st.session_state[state.K_ADD_RESULT] = ("success", message, with_events)
    st.session_state.pop(state.K_ADD_PENDING, None)


def explore_link(article_ids: list[str]) -> str:
    """The Explore page's URL showing only these articles' events (relative to this page)."""
    from urllib.parse import urlencode

    from dashboard.permalink import P_ARTICLE, P_LANG

    query = urlencode({P_ARTICLE: article_ids, P_LANG: state.language()}, doseq=True)
    return f"./?{query}"


def _render_preview(pending: dict[str, Any]) -> None:
    t = state.current_translator()
    _ = t.gettext
    for error in pending.get("errors", []):
        st.error(md(error))  # names an uploaded file and quotes its values: untrusted
    previews = pending.get("previews", [])
    if not previews:
        return
    st.subheader(_("Preview"))
    frames = []
    for article, mentions in previews:
        title = article.title or _("Untitled article")
        sites = sum(1 for m in mentions if m.role == "protest_site")
        st.markdown(
            f"**{escape_markdown(title)}**: "
            + _("{mentions} place mention(s), {sites} reported as event site(s).").format(
                mentions=t.number(len(mentions)), sites=t.number(sites)
            )
        )
        if mentions:
            table = pd.DataFrame(
                [
                    {
                        _("place"): m.name, _("level"): _(mapview.LEVEL_LABELS.get(m.level, m.level)),
                        _("state"): m.state, _("event site"): m.role == "protest_site",
                        _("event type"): mapview.type_label(m.event_type, t) if m.event_type else "",
                        _("date"): t.date(m.event_date) if m.event_date else _("no date"),
                        _("confidence"): round(m.confidence, 2),
                    }
                    for m in mentions
                ]
            )  # fmt: skip
            st.dataframe(table, hide_index=True, width="stretch")
            frames.append(mentions_frame(article, mentions))
    if frames:
        map_data = mapview.build_map_data(pd.concat(frames, ignore_index=True))
        st_folium(mapview.build_map(map_data, height=380, municipalities=False), key=K_PREVIEW_MAP,
                  height=380, use_container_width=True, returned_objects=[], render=False)  # fmt: skip
    st.button(_("Save to the database"), key=state.K_ADD_SAVE, type="primary", on_click=_save,
              args=(str(data.db_path()),))  # fmt: skip


def render() -> None:
    t = state.current_translator()
    _ = t.gettext
    st.title(_("Add articles"))
    st.caption(_("Database: {path}").format(path=md(data.db_path())))
    mode = st.radio(
        _("How"), [PASTE, UPLOAD], key=state.K_ADD_MODE, horizontal=True,
        format_func=lambda key: _(MODE_LABELS[key]),
    )  # fmt: skip
    if mode == PASTE:
        st.text_area(_("Article text"), key=state.K_ADD_TEXT, height=220)
    else:
        st.file_uploader(
            _("Article files"), type=["txt", "md", "html", "htm", "jsonl"], accept_multiple_files=True,
            key=state.K_ADD_FILES, help=_("Metadata in a file wins; the fields below fill what it lacks."),
        )  # fmt: skip
    left, right = st.columns(2)
    left.text_input(_("Title"), key=state.K_ADD_TITLE)
    left.text_input(_("Source (publication)"), key=state.K_ADD_SOURCE)
    right.text_input(_("URL"), key=state.K_ADD_URL)
    right.date_input(
        _("Published"), value=None, key=state.K_ADD_DATE, min_value=date(1990, 1, 1),
        format="YYYY/MM/DD" if t.language == "en" else "DD/MM/YYYY",
    )  # fmt: skip
    st.button(_("Preview places"), key=state.K_ADD_PREVIEW, on_click=_preview)
    result = st.session_state.get(state.K_ADD_RESULT)
    if result:
        kind, message, with_events = result
        (st.success if kind == "success" else st.error)(message)
        if with_events:
            label = _("Show these events on the map")
            st.markdown(f"[{md(label)}]({explore_link(with_events)})")
    pending = st.session_state.get(state.K_ADD_PENDING)
    if pending:
        _render_preview(pending)
