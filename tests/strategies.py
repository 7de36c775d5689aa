"""Hypothesis strategies shared by the geoparser property tests (one module, as streamlit does)."""

from __future__ import annotations

from hypothesis import strategies as st

PLACE_WORDS = [
    "Caracas",
    "Catia",
    "Petare",
    "Maracaibo",
    "Zulia",
    "Carabobo",
    "Valencia",
    "Falcón",
    "Falcon",
    "Vargas",
    "La Guaira",
    "Miranda",
    "Barinas",
    "Táchira",
    "San Cristóbal",
    "Mérida",
    "23 de Enero",
    "Miraflores Palace",
    "Plaza Venezuela",
    "Venezuela",
    "Washington",
    "Barbados",
    "U.S.",
    "Spain",
    "Sucre",
    "Bolívar",
    "Simón Bolívar",
    "Francisco de Miranda",
    "Universidad de Carabobo",
    "la avenida Bolívar de Valencia",
    "calle 24 de Junio",
    "Francisco de Miranda Avenue",
    "the El Cercado sector",
    "Los Olivos, Villa Brasil y otras urbanizaciones",
    "la Baralt",
    "la Panamericana",
    "Times Square in New York",
    "Santiago",
    "San Fernando",
    "Barcelona",
]
CUE_WORDS = [
    "protesters",
    "tear gas",
    "detained",
    "rally",
    "in",
    "en",
    "estado",
    "state",
    "the",
    "of",
    "barrio",
    "marcharon",
    "detenidos",
    "cacerolazo",
    "meeting",
    "said",
    "from",
    "to",
    "on Monday",
    "ayer",
    "el lunes",
    "28 July",
    "August 28, 2024",
    "28 de agosto",
    "29 July\n",
    "2014",
    "this week",
    "the state",
    "la entidad",
    "ese domingo",
    "that Sunday",
    "3Ago",
    "dòmingo",
    "Photo taken on 30 July 2024.",
    "CARACAS, Aug 6 (Reuters) -",
    "MARACAIBO, 12 ago (EFE).–",
    "no hubo protestas",
    "from",
    "to",
    "y",
    "and",
    "sector",
    "sectores",
    "urbanización",
    "Avenue",
    "avenida",
    "neighbourhoods",
]
NOISE = [
    "<p>",
    "</p>",
    "&amp;",
    "\x00",
    "\u200b",
    "\r\n",
    "\t",
    "'s",
    "’s",
    ",",
    ".",
    "(",
    ")",
    "—",
    "\n\n",
    "  ",
    "é",
    "\ufeff",
]

token = st.one_of(
    st.sampled_from(PLACE_WORDS),
    st.sampled_from(CUE_WORDS),
    st.sampled_from(NOISE),
    st.text(max_size=8),
)

#: Article-like text: place names, cue words, markup and control characters, arbitrary unicode.
article_text = st.lists(token, max_size=60).map(" ".join)

#: Any string at all, including empty and surrogate-free garbage.
any_text = st.one_of(st.text(max_size=400), article_text)

#: Publication dates, or none.
published_dates = st.one_of(st.none(), st.dates())

#: Language hints, known or not.
languages = st.one_of(st.none(), st.sampled_from(["en", "es", "fr", "", "xx-YY"]))
