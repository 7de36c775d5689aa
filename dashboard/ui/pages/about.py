"""The About page: method, what confidence means, and the data attribution we owe."""

from __future__ import annotations

import streamlit as st

from dashboard.mapview import EVENT_TYPE_LABELS

ABOUT = """
protestmap turns news articles about protests into a map. The first data set covers Venezuela
after the disputed presidential election of 28 July 2024.

### Method
1. **Articles in.** Text, Markdown with front matter, HTML or JSON lines; added with
   `protestmap ingest` or on the *Add articles* page (both take the same path).
2. **Places out.** Every place name in the text is found and matched to an offline gazetteer
   (GeoNames and Who's On First, shipped with the app; Nominatim only if you ask for it). Names
   that could be several places are resolved with the other places in the article and the
   state named next to them.
3. **Events.** A place is an *event site* when its sentence reports something happening there
   (a protest, an intervention, arrests...). Each event has a type, a date (from the sentence,
   or the article's date; its *precision* is day, week or month) and the sentence itself.
4. **Map.** States are shaded by the number of events in them; a report about a whole state
   ("protests in Carabobo") shades the state instead of dropping a pin. Cities, neighbourhoods
   and landmarks are points, grouped into clusters when they are close.

### Event types
{types}

### What confidence means
A number from 0 to 1 that combines how sure the geoparser is about *which* place a name means
(an unambiguous name found in the gazetteer scores high; a name shared by several places, or one
resolved only by population, scores lower) and how clearly the sentence reports an event there.
It is a ranking aid, not a probability. Raise *Minimum confidence* to hide doubtful events.

### Limits
The map shows what the articles report, where they report it: it is not a count of all
protests. Articles report some places more than others, and one protest reported by three
articles is three events from three sources.

### Data and attribution
- Places © [GeoNames](https://www.geonames.org/), licensed under CC BY 4.0.
- Boundaries and places from [Who's On First](https://whosonfirst.org/)
  ([licence](https://github.com/whosonfirst-data/whosonfirst-data/blob/master/LICENSE.md)), which
  includes data from Yahoo! GeoPlanet (CC BY 3.0 US) and foursquare Quattroshapes (CC BY).
- Country label points from Natural Earth (public domain).
- Optional map tiles © OpenStreetMap contributors (ODbL), only when you switch them on.
- Map drawing: Leaflet (BSD-2-Clause) and Leaflet.markercluster (MIT), served from this app.
- The articles belong to their publishers; excerpts are shown to cite them, with a link.
"""


def render() -> None:
    st.title("About protestmap")
    types = "\n".join(f"- **{label}**" for label in EVENT_TYPE_LABELS.values())
    st.markdown(ABOUT.format(types=types))
