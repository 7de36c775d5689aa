"""The Streamlit entry point: page config, the language switch and navigation only
(`streamlit run dashboard/app.py`).

Screenshot mode (?view=present) hides the navigation and collapses the sidebar, so a shared
picture shows only the view. The language comes from ?lang=, else the browser's language,
and the sidebar's switch changes it for every page.
"""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import LANGUAGES
from dashboard.ui import state
from dashboard.ui.pages import about, add_articles, explore, review

present = (
    state.is_present()
    if state.K_PRESENT in st.session_state
    else state.present_requested(state.current_params())
)
st.set_page_config(
    page_title="protestmap",
    page_icon="🗺️",
    layout="wide",
    initial_sidebar_state="collapsed" if present else "auto",
)
state.init_language()
_ = state.current_translator().gettext
# The switch's place at the top of the sidebar; it is drawn after the page, so that the
# explore page's map is the first thing the browser receives (state.language() holds the choice).
language_switch = st.sidebar.empty() if not present else None
pages = [
    st.Page(explore.render, title=_("Explore"), icon=":material/map:", url_path="explore", default=True),
    st.Page(add_articles.render, title=_("Add articles"), icon=":material/add_circle:", url_path="add"),
    st.Page(review.render, title=_("Review"), icon=":material/fact_check:", url_path="review"),
    st.Page(about.render, title=_("About"), icon=":material/info:", url_path="about"),
]
st.navigation(pages, position="hidden" if present else "sidebar").run()
if language_switch is not None:
    language_switch.radio(
        "Language · Idioma", options=list(LANGUAGES), format_func=LANGUAGES.__getitem__, key=state.K_LANG,
        horizontal=True, on_change=state.sync_language,
    )  # fmt: skip
