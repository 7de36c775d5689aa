"""The Streamlit entry point: page config and navigation only (`streamlit run dashboard/app.py`).

Screenshot mode (?view=present) hides the navigation and collapses the sidebar, so a shared
picture shows only the view.
"""

from __future__ import annotations

import streamlit as st

from dashboard.ui import state
from dashboard.ui.pages import about, add_articles, explore

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
pages = [
    st.Page(explore.render, title="Explore", icon="🗺️", url_path="explore", default=True),
    st.Page(add_articles.render, title="Add articles", icon="➕", url_path="add"),
    st.Page(about.render, title="About", icon="ℹ️", url_path="about"),
]
st.navigation(pages, position="hidden" if present else "sidebar").run()
