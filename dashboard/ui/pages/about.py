"""The About page: method, the codebook, what the geoparser can get wrong, and attribution."""

from __future__ import annotations

import streamlit as st

from dashboard.codebook import CODEBOOK
from dashboard.i18n import Translator
from dashboard.mapview import type_label
from dashboard.ui import state


def codebook_markdown(t: Translator) -> str:
    """Each event type with its definition and ACLED counterpart, in the translator's language."""
    _ = t.gettext
    lines = []
    for entry in CODEBOOK:
        lines.append(f"- **{type_label(entry.key, t)}**: {_(entry.definition)} *{_(entry.acled)}*")
    lines.append(
        "- **"
        + type_label(None, t)
        + "**: "
        + _("The sentence places an event there but says nothing that fixes its type.")
    )
    return "\n".join(lines)


def render() -> None:
    t = state.current_translator()
    _ = t.gettext
    st.title(_("About protestmap"))
    st.markdown(
        _(
            "protestmap turns news articles about protests into a map. The first data set covers "
            "Venezuela after the disputed presidential election of 28 July 2024."
        )
    )
    st.header(_("Method"), anchor=False)
    st.markdown(
        "\n".join(
            [
                "1. "
                + _(
                    "**Articles in.** Text, Markdown with front matter, HTML or JSON lines; added with "
                    "`protestmap ingest` or on the *Add articles* page (both take the same path)."
                ),
                "2. "
                + _(
                    "**Places out.** Every place name in the text is found and matched to an offline "
                    "gazetteer (GeoNames and Who's On First, shipped with the app; Nominatim only if you "
                    "ask for it). Names that could be several places are resolved with the other places "
                    "in the article and the state named next to them."
                ),
                "3. "
                + _(
                    "**Events.** A place is an event site when its sentence reports something happening "
                    "there. Each event has a type (see the codebook below), a date (from the sentence, or "
                    "the article's date; its precision is day, week or month) and the sentence itself."
                ),
                "4. "
                + _(
                    "**Map.** States are shaded by the number of events in them; a report about a whole "
                    "state shades the state instead of dropping a pin. Cities, neighbourhoods and landmarks "
                    "are points, grouped into clusters when they are close. Numbers on markers and clusters "
                    "count events."
                ),
            ]
        )
    )
    st.header(_("Codebook: event types"), anchor=False)
    st.markdown(
        _(
            "The types follow the protest categories of ACLED (Armed Conflict Location & Event Data), "
            "so that counts can be compared with theirs; where we differ, the entry says so."
        )
    )
    st.markdown(codebook_markdown(t))
    st.header(_("What the geoparser can get wrong"), anchor=False)
    st.markdown(
        "\n".join(
            "- " + item
            for item in (
                _(
                    "**The wrong place of the same name.** There are many Bolívars, Sucres and Mirandas "
                    "(states, municipalities, towns, people); without a state next to the name it picks "
                    "the likeliest by population."
                ),
                _(
                    '**A place named but nothing happening there.** "A journalist from Caracas said..." '
                    "is not a protest in Caracas; the extractor looks for event words near the name but "
                    "can still be fooled."
                ),
                _(
                    "**Streets and sectors shown at their city's point.** A street, square or sector the "
                    "gazetteer lacks is placed at its city's point (a dashed ring on the map; the excerpt "
                    "says so)."
                ),
                _(
                    '**Dates.** "On Monday" is counted back from the publication date; an article without '
                    "a date gives undated events (hide them with the switch in the filters)."
                ),
                _(
                    "**The same protest counted more than once.** Until events are grouped, one protest "
                    "reported by three articles is three events."
                ),
            )
        )
    )
    st.header(_("What confidence means"), anchor=False)
    st.markdown(
        _(
            "A number from 0 to 1 that combines how sure the geoparser is about which place a name means "
            "and how clearly the sentence reports an event there. It is a ranking aid, not a probability. "
            "Raise *Minimum confidence* to hide doubtful events."
        )
    )
    st.header(_("Limits"), anchor=False)
    st.markdown(
        _(
            "The map shows what the articles report, where they report it: it is not a count of all "
            "protests. Articles report some places more than others."
        )
    )
    st.header(_("Data and attribution"), anchor=False)
    st.markdown(
        "\n".join(
            "- " + item
            for item in (
                _("Places © [GeoNames](https://www.geonames.org/), licensed under CC BY 4.0."),
                _(
                    "Boundaries and places from [Who's On First](https://whosonfirst.org/) "
                    "([licence](https://github.com/whosonfirst-data/whosonfirst-data/blob/master/"
                    "LICENSE.md)), "
                    "which includes data from Yahoo! GeoPlanet (CC BY 3.0 US) "
                    "and foursquare Quattroshapes (CC BY)."
                ),
                _("Country label points from Natural Earth (public domain)."),
                _("Optional map tiles © OpenStreetMap contributors (ODbL), only when switched on."),
                _(
                    "Map drawing: Leaflet (BSD-2-Clause) and Leaflet.markercluster (MIT), "
                    "served from this app."
                ),
                _("The articles belong to their publishers; excerpts are shown to cite them, with a link."),
            )
        )
    )
