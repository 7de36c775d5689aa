"""The sidebar filters. Every widget's key is named in ui/state.py; values live in session_state."""

from __future__ import annotations

import streamlit as st

from dashboard.mapview import EVENT_TYPE_LABELS
from dashboard.ui import state
from dashboard.ui.state import Domain


def render_filters(domain: Domain) -> None:
    """Draw the filter widgets (their values are read afterwards with state.read_filters)."""
    with st.sidebar:
        st.header("Filters")
        if domain.has_dates and domain.date_min != domain.date_max:
            st.slider(
                "Dates",
                min_value=domain.date_min,
                max_value=domain.date_max,
                key=state.K_DATES,
                format="D MMM YYYY",
                help="Events with no known date stay in view whatever the range.",
            )
        elif domain.has_dates:
            st.caption(f"Every dated event is on {domain.date_min:%d %B %Y}.")
        counts = dict(domain.state_counts)
        st.multiselect(
            "States",
            options=list(domain.states),
            key=state.K_STATES,
            format_func=lambda name: f"{name} ({counts.get(name, 0)})",
            placeholder="All states",
        )
        st.multiselect(
            "Event types",
            options=list(domain.event_types),
            key=state.K_TYPES,
            format_func=lambda t: EVENT_TYPE_LABELS.get(t, t),
            placeholder="All types",
        )
        st.multiselect(
            "Sources", options=list(domain.sources), key=state.K_SOURCES, placeholder="All sources"
        )
        st.text_input("Search the excerpts", key=state.K_SEARCH, placeholder="e.g. cacerolazo, Petare")
        st.slider(
            "Minimum confidence",
            min_value=0.0,
            max_value=1.0,
            step=0.05,
            key=state.K_CONFIDENCE,
            help="How sure the extractor is that the place is right and that something happened there.",
        )
        st.button("Reset filters", key=state.K_RESET, on_click=state.reset_filters, args=(domain,))
        st.divider()
        st.session_state[state.K_PRESENT_TOGGLE] = state.is_present()
        st.toggle(
            "Screenshot mode",
            key=state.K_PRESENT_TOGGLE,
            on_change=state.sync_present_toggle,
            help="Hide the controls; show title, filters, counts and sources (also ?view=present).",
        )
