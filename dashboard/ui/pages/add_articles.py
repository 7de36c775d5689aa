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

from dashboard import ingest, mapview, timebox
from dashboard.errors import IngestError, ProtestmapError
from dashboard.events import EVENT_COLUMNS
from dashboard.models import Article, Mention
from dashboard.ui import data, state
from dashboard.ui.components.text import escape_markdown, md

PASTE, UPLOAD = "Paste text", "Upload files"
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
    meta = _form_metadata()
    errors: list[str] = []
    articles: list[Article] = []
    if mode == PASTE:
        text = st.session_state.get(state.K_ADD_TEXT) or ""
        if not text.strip():
            return [], ["Paste the article's text first."]
        size = len(text.encode("utf-8", errors="surrogatepass"))
        if size > MAX_TEXT_BYTES:
            return [], [
                f"pasted text: {size:,} bytes, over the limit of {MAX_TEXT_BYTES:,} bytes; "
                "split it into articles, or use `protestmap ingest` from a terminal"
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
            errors.append("Choose one or more files first (.txt, .md, .html or .jsonl).")
        total = sum(len(article.text.encode("utf-8", errors="surrogatepass")) for article in articles)
        if total > MAX_TEXT_BYTES:
            return [], [
                f"uploaded files: {total:,} bytes of text together, over the limit of "
                f"{MAX_TEXT_BYTES:,} bytes; preview fewer files at a time"
            ]
    return articles, errors


def _preview() -> None:
    """Button callback: read and geoparse the articles, keep them for Save."""
    mode = st.session_state.get(state.K_ADD_MODE, PASTE)
    articles, errors = collect_articles(mode)
    previews: list[tuple[Article, list[Mention]]] = []
    try:
        previews = list(zip(articles, timebox.extract_within(articles, EXTRACTION_BUDGET_S), strict=True))
    except ProtestmapError as exc:  # over the time budget, or the extractor failed
        errors.append(str(exc))
    st.session_state[state.K_ADD_PENDING] = {"previews": previews, "errors": errors}
    st.session_state.pop(state.K_ADD_RESULT, None)


def _save(path: str) -> None:
    """Button callback: store the previewed articles exactly as `protestmap ingest` would."""
    pending = st.session_state.get(state.K_ADD_PENDING) or {}
    articles = [article for article, _ in pending.get("previews", [])]
    try:
        summary = ingest.ingest_articles(articles, path)
    except ProtestmapError as exc:
        st.session_state[state.K_ADD_RESULT] = ("error", md(str(exc)))  # Markdown, escaped
        return
    data.clear_after_write()
    st.session_state[state.K_ADD_RESULT] = ("success", f"Stored: {summary.line()}.")
    st.session_state.pop(state.K_ADD_PENDING, None)


def _render_preview(pending: dict[str, Any]) -> None:
    for error in pending.get("errors", []):
        st.error(md(error))  # names an uploaded file and quotes its values: untrusted
    previews = pending.get("previews", [])
    if not previews:
        return
    st.subheader("Preview")
    frames = []
    for article, mentions in previews:
        title = article.title or "Untitled article"
        sites = sum(1 for m in mentions if m.role == "protest_site")
        st.markdown(
            f"**{escape_markdown(title)}**: {len(mentions)} place mention(s), "
            f"{sites} reported as event site(s)."
        )
        if mentions:
            table = pd.DataFrame(
                [
                    {
                        "place": m.name, "level": m.level, "state": m.state,
                        "event site": m.role == "protest_site",
                        "event type": mapview.EVENT_TYPE_LABELS.get(m.event_type or "", ""),
                        "date": m.event_date.isoformat() if m.event_date else "no date",
                        "confidence": round(m.confidence, 2),
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
    st.button("Save to the database", key=state.K_ADD_SAVE, type="primary", on_click=_save,
              args=(str(data.db_path()),))  # fmt: skip


def render() -> None:
    st.title("Add articles")
    st.caption(f"Database: {md(data.db_path())}")
    mode = st.radio("How", [PASTE, UPLOAD], key=state.K_ADD_MODE, horizontal=True)
    if mode == PASTE:
        st.text_area("Article text", key=state.K_ADD_TEXT, height=220)
    else:
        st.file_uploader(
            "Article files", type=["txt", "md", "html", "htm", "jsonl"], accept_multiple_files=True,
            key=state.K_ADD_FILES, help="Metadata in a file wins; the fields below fill what it lacks.",
        )  # fmt: skip
    left, right = st.columns(2)
    left.text_input("Title", key=state.K_ADD_TITLE)
    left.text_input("Source (publication)", key=state.K_ADD_SOURCE)
    right.text_input("URL", key=state.K_ADD_URL)
    right.date_input("Published", value=None, key=state.K_ADD_DATE, min_value=date(1990, 1, 1))
    st.button("Preview places", key=state.K_ADD_PREVIEW, on_click=_preview)
    result = st.session_state.get(state.K_ADD_RESULT)
    if result:
        kind, message = result
        (st.success if kind == "success" else st.error)(message)
    pending = st.session_state.get(state.K_ADD_PENDING)
    if pending:
        _render_preview(pending)
