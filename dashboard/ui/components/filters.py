"""The sidebar filters. Every widget's key is named in ui/state.py; values live in session_state.

On a phone the sidebar is Streamlit's drawer, so the map stays on the first screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from dashboard.mapview import type_label
from dashboard.models import EVENT_STATUSES
from dashboard.share import STATUS_LABELS
from dashboard.ui import state
from dashboard.ui.state import Domain


def _whole_page(callback: Callable[..., None]) -> Callable[..., None]:
    """`callback`, then a rerun of the whole page: the explore page draws these widgets in a
    fragment (ui/pages/explore.py), where a widget reruns only its fragment by default, and
    resetting the filters or switching to screenshot mode changes the whole page."""

    def then_rerun(*args: Any) -> None:
        callback(*args)
        st.rerun()

    return then_rerun


def render_filters(
    domain: Domain, *, on_change: Callable[..., None] | None = None, args: tuple[Any, ...] = ()
) -> None:
    """Draw the filter widgets (their values are read with state.read_filters). `on_change`
    (with `args`) is every filter's callback: the page uses it to rerun only what a filter changes."""
    changed: dict[str, Any] = {"on_change": on_change, "args": args} if on_change else {}
    t = state.current_translator()
    _ = t.gettext
    with st.sidebar:
        st.header(_("Filters"))
        if domain.has_dates and domain.date_min != domain.date_max:
            st.slider(
                _("Dates"),
                min_value=domain.date_min,
                max_value=domain.date_max,
                key=state.K_DATES,
                **changed,
                # The slider formats with moment.js, in English only: Spanish gets numbers.
                format="D MMM YYYY" if t.language == "en" else "DD/MM/YYYY",
                help=_("Events with no known date stay in view whatever the range, unless you hide them."),
            )
        elif domain.has_dates:
            assert domain.date_min is not None
            st.caption(_("Every dated event is on {date}.").format(date=t.date(domain.date_min)))
        st.toggle(
            _("Hide undated events"),
            key=state.K_HIDE_UNDATED,
            **changed,
            help=_("Events whose article gives no date are kept in every date range unless hidden here."),
        )
        counts = dict(domain.state_counts)
        st.multiselect(
            _("States"),
            options=list(domain.states),
            key=state.K_STATES,
            **changed,
            format_func=lambda name: f"{name} ({t.number(counts.get(name, 0))})",
            placeholder=_("All states"),
        )
        st.multiselect(
            _("Event types"),
            options=list(domain.event_types),
            key=state.K_TYPES,
            **changed,
            format_func=lambda key: type_label(key, t),
            placeholder=_("All types"),
        )
        st.multiselect(
            _("Sources"),
            options=list(domain.sources),
            key=state.K_SOURCES,
            **changed,
            placeholder=_("All sources"),
        )
        st.text_input(
            _("Search the articles"),
            key=state.K_SEARCH,
            **changed,
            placeholder=_("e.g. cacerolazo, Petare"),
            help=_("Accents and capitals do not matter."),
        )
        st.number_input(
            _("Reported by at least … sources"),
            min_value=1,
            max_value=max(1, domain.max_sources),
            step=1,
            key=state.K_MIN_SOURCES,
            **changed,
            help=_("An event reported by several independent outlets is better corroborated."),
        )
        st.multiselect(
            _("Review"),
            options=list(EVENT_STATUSES),
            key=state.K_STATUSES,
            **changed,
            format_func=lambda status: t.gettext(STATUS_LABELS[status]),
            placeholder=_("Reviewed or not"),
            help=_("Verified: a person confirmed it. Corrected: a person fixed its place, date or type."),
        )
        st.slider(
            _("Minimum confidence"),
            min_value=0.0,
            max_value=1.0,
            step=0.05,
            key=state.K_CONFIDENCE,
            **changed,
            help=_("How sure the extractor is that the place is right and that something happened there."),
        )
        reset = _whole_page(state.reset_filters)
        st.button(_("Reset filters"), key=state.K_RESET, on_click=reset, args=(domain,))
        st.divider()
        st.session_state[state.K_PRESENT_TOGGLE] = state.is_present()
        st.toggle(
            _("Screenshot mode"),
            key=state.K_PRESENT_TOGGLE,
            on_change=_whole_page(state.sync_present_toggle),
            help=_("Only the title, the map, its legend and the credits (also ?view=present)."),
        )
