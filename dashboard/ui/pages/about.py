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


def grouping_rules_markdown(t: Translator) -> str:
    """The grouping rules of `dashboard.grouping` in plain words, in the translator's language."""
    _ = t.gettext
    rules = (
        _(
            "**One place, one day, one type of event.** An event is what happened at one place on one day, "
            "as ACLED counts. Peaceful protests, protests the authorities intervened in and excessive force "
            "are one family (two reports of one rally often disagree on the police response; the event takes "
            "the most severe), arrests another, pro-government rallies a third."
        ),
        _(
            '**Within an article, the finest place.** "A rally on Plaza Bolívar in Barquisimeto, Lara '
            'state" is one event at the square, with Barquisimeto and Lara kept as its city and state, '
            "not three events. Which place lies inside which comes from the gazetteer (state, "
            "municipality) and from the text."
        ),
        _(
            "**Across articles, the same place, day and family make one event**, with all its articles and "
            "sources. A report about a town joins the one event at a finer place inside it that day; a "
            "report about a whole state never does."
        ),
        _(
            "**Undated reports** join a dated event at the same place when their article's dates allow "
            "exactly one; otherwise they stay an event of their own, marked as undated."
        ),
        _(
            "**Counting.** Mentions are counted once per sentence (a caption repeated in an article counts "
            "once); sources are distinct outlets. Confidence grows with independent sources, not with one "
            "outlet repeating itself."
        ),
        _(
            "**Review.** A person's corrections are applied every time events are built; an event a person "
            "confirmed is *verified*, one they changed is *corrected*."
        ),
        _(
            "**Identity.** An event's id is made from its place, day and type family, so it stays the same "
            "when articles are added again or re-extracted."
        ),
    )
    return "\n".join(f"{number}. {rule}" for number, rule in enumerate(rules, start=1))


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
                    "there, with a type (see the codebook below) and a date (from the sentence, or the "
                    "article's date; its precision is day, week or month). The mentions of one protest are "
                    "then grouped into one event: one place, one day and one type of event, with every "
                    "article that reports it (the rules are below)."
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
    st.header(_("How mentions become events"), anchor=False)
    st.markdown(grouping_rules_markdown(t))
    st.header(_("Review"), anchor=False)
    st.markdown(
        _(
            "On the *Review* page a person checks the events, lowest confidence first: confirms them, "
            "rejects a place that is not a protest site (or not a place), fixes the place, the date or the "
            "type, merges two events or splits one, and adds a place the geoparser missed. Each correction "
            "is kept with who made it, when and why, anchored on the article and the words in it, so it "
            "survives re-extraction. Events a person verified or corrected are marked *verified* or "
            "*corrected* in every export; on the map, a place whose every event was checked has a dark "
            "double ring."
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
                    "**One protest counted twice, or two counted once.** The grouping is cautious: two "
                    "undated reports of one place from different articles stay two events, and a report for "
                    "a whole state is never merged into a town's. A reviewer can merge or split events."
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
                _("Map drawing: Leaflet (BSD-2-Clause), served from this app."),
                _("The articles belong to their publishers; excerpts are shown to cite them, with a link."),
            )
        )
    )
