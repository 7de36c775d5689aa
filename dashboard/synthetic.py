"""Synthetic but realistic data for `protestmap bench`: events in a throwaway database, and
an article corpus for the extractor.

Why synthetic: the benchmark must run anywhere, on any size (up to a million events), with
the same data every time (fixed seed), and never on the user's database. Why *realistic*:
timings depend on the shape of the data — how many distinct places (the map aggregates per
place), how long the excerpts are (they dominate the payload), how dates and states spread
(the filters) — so the generator follows the real thing:

* places are Venezuela's, from the shipped gazetteer (``data/geo/ve_gazetteer.csv``), drawn
  with a weight of population plus a floor, so that big cities dominate but thousands of
  villages appear too (as they do in the news when a town protests);
* dates cover the year after the 28 July 2024 election, with a burst in the first weeks;
* excerpts are 150-300 character protest-report sentences in Spanish and English, with
  accents, typographic and straight quotes, ``&`` and a literal ``<b>`` so that every
  escaping path is exercised; event types follow the wording of the sentence;
* each event belongs to an article of a few events, whose text contains its sentences at the
  stored offsets, and each article also mentions the country (role ``other``).

Events are generated column-wise with numpy and written with one ``executemany`` per table in
a single transaction, so a million events take seconds, not minutes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import store
from .models import Article

SEED = 20240728
GAZETTEER_CSV = Path(__file__).resolve().parent.parent / "data" / "geo" / "ve_gazetteer.csv"
ELECTION_DAY = date(2024, 7, 28)
DAYS = 365
SYNTHETIC_EXTRACTOR_VERSION = "synthetic"
POPULATION_FLOOR = 300
"""Weight of a place with no known population: a village still gets a protest now and then."""

SOURCES: tuple[tuple[str, str, str], ...] = (
    # (name, language, URL slug)
    ("El Pitazo", "es", "elpitazo"),
    ("Efecto Cocuyo", "es", "efectococuyo"),
    ("Crónica Uno", "es", "cronica-uno"),
    ("Tal Cual", "es", "talcual"),
    ("El Nacional", "es", "elnacional"),
    ("Runrunes", "es", "runrunes"),
    ("Provea", "es", "provea"),
    ("Wire Service Americas", "en", "wire-americas"),
    ("Caribbean Post", "en", "caribbean-post"),
    ("Global Rights Monitor", "en", "rights-monitor"),
)

EVENT_TYPE_WEIGHTS: tuple[tuple[str | None, float], ...] = (
    ("peaceful_protest", 0.42),
    ("protest_with_intervention", 0.20),
    ("excessive_force", 0.10),
    ("arrests", 0.13),
    ("pro_government_rally", 0.06),
    (None, 0.09),
)

WHEN: dict[str, tuple[str, ...]] = {
    "en": (
        "on Monday night",
        "on Tuesday",
        "early on Wednesday",
        "on Thursday afternoon",
        "over the weekend",
    ),
    "es": (
        "el lunes en la noche",
        "el martes",
        "este miércoles",
        "el jueves por la tarde",
        "el fin de semana",
    ),
}

# Every template names {place} once; its offset in the sentence is computed from the template
# (`_place_offset`), never searched for. Keys: (language, event type or "any");
# "area" templates are for a whole state.
TEMPLATES: dict[tuple[str, str], tuple[str, ...]] = {
    ("en", "peaceful_protest"): (
        "Hundreds of residents gathered in {place}, {state} state, {when} to protest the official "
        "results, banging pots and chanting “¡Libertad!” until well after midnight, witnesses said.",
        "A peaceful march of mothers and students walked through {place}, in {state}, carrying signs "
        "that read 'Where is my vote?' and <b>bold</b> banners demanding the tally sheets & an audit.",
    ),
    ("en", "protest_with_intervention"): (
        "In {place} ({state}), about {n} demonstrators blocked the main avenue with burning tyres "
        "{when} before the National Guard arrived and cleared the road with tear gas.",
        "Teachers and truck drivers joined the protest in {place}, {state}; the crowd of roughly {n} "
        "people stayed calm until riot police pushed them back with shields and batons.",
    ),
    ("en", "excessive_force"): (
        "Residents of {place}, {state}, said colectivos on motorcycles fired live rounds to break up a "
        "vigil outside the parish church {when}; {k} people were treated for gunshot wounds.",
        "Witnesses in {place} ({state}) described officers shooting rubber pellets at close range into "
        "a crowd of {n} people, and a local clinic reported {k} injured, including a 15-year-old.",
    ),
    ("en", "arrests"): (
        "Security forces arrested {k} young men after a cacerolazo in {place}, {state}, according to "
        "the rights group Foro Penal, which said relatives were not told where they were taken.",
        "Officers of the Bolivarian National Police raided homes in {place}, {state}, at dawn in what "
        "neighbours called an “Operación Tun Tun”, detaining {k} people who had protested {when}.",
    ),
    ("en", "pro_government_rally"): (
        "Supporters of the government held a rally in {place}, {state}, where officials praised the "
        '"victory of the people" and handed out food boxes to the {n} or so who attended & cheered.',
        "State television showed a caravan of buses arriving in {place} ({state}) {when} for a march "
        "in support of the president, with music, red T-shirts and speeches by local officials.",
    ),
    ("en", "any"): (
        "Reports from {place}, {state}, described a tense night {when}, with shops closed early, "
        "groups gathering at the corners and the sound of pots echoing between the buildings.",
    ),
    ("en", "area"): (
        "Across {place} state, local journalists counted protests in at least {k} towns {when}, "
        "from pot-banging at dusk to road blockades that cut traffic on the main highways.",
    ),
    ("es", "peaceful_protest"): (
        "Vecinos de {place}, estado {state}, salieron a la calle {when} con cacerolas y banderas para "
        "exigir la publicación de las actas, en una protesta pacífica que duró hasta la medianoche.",
        "Una marcha de estudiantes recorrió {place}, en el estado {state}, con pancartas que decían "
        "«¿Dónde está mi voto?» y consignas como <b>libertad</b> & justicia, sin incidentes.",
    ),
    ("es", "protest_with_intervention"): (
        "En {place} ({state}) unas {n} personas trancaron la avenida principal con cauchos encendidos "
        "{when}, hasta que la Guardia Nacional despejó la vía con bombas lacrimógenas.",
        "Trabajadores y docentes se sumaron a la protesta en {place}, {state}; la multitud, de unas {n} "
        "personas, se mantuvo en calma hasta que llegaron los antimotines con escudos.",
    ),
    ("es", "excessive_force"): (
        "Habitantes de {place}, {state}, denunciaron que colectivos armados dispararon contra una "
        "vigilia frente a la iglesia {when}; {k} personas resultaron heridas de bala, según testigos.",
        "Testigos en {place} ({state}) relataron que funcionarios dispararon perdigones a quemarropa "
        "contra unas {n} personas, y un ambulatorio atendió a {k} heridos, entre ellos un adolescente.",
    ),
    ("es", "arrests"): (
        "Foro Penal informó la detención de {k} jóvenes tras un cacerolazo en {place}, {state}, y "
        "aseguró que sus familiares no saben dónde están recluidos desde {when}.",
        "Efectivos de la PNB allanaron viviendas en {place}, {state}, de madrugada, en lo que los "
        "vecinos llaman la «Operación Tun Tun», y se llevaron a {k} personas que protestaron {when}.",
    ),
    ("es", "pro_government_rally"): (
        'Simpatizantes del gobierno se concentraron en {place}, {state}, para celebrar la "victoria" '
        "anunciada por el CNE; hubo música, discursos y reparto de bolsas de comida a unas {n} personas.",
        "Una caravana de autobuses llegó a {place} ({state}) {when} para una marcha en respaldo al "
        "presidente, con franelas rojas, tarimas y discursos de los alcaldes de la zona.",
    ),
    ("es", "any"): (
        "Desde {place}, {state}, se reportó una noche tensa {when}: comercios cerrados temprano, "
        "grupos de vecinos en las esquinas y el sonido de las cacerolas entre los edificios.",
    ),
    ("es", "area"): (
        "En todo el estado {place}, periodistas locales contaron protestas en al menos {k} pueblos "
        "{when}, desde cacerolazos al anochecer hasta barricadas que cortaron las troncales.",
    ),
}

FILLER: dict[str, tuple[str, ...]] = {
    "en": (
        "The electoral council has not published the tally sheets from each polling station, "
        "as the law requires.",
        "Opposition leaders said their own count of the voting records showed a clear win "
        "for their candidate.",
        "Rights groups asked the authorities to release those detained and to allow independent observers.",
        "Several governments in the region said they would not recognise the results without a full audit.",
        "The interior minister said on state television that the protests were funded from abroad.",
        "Internet monitors reported that access to several news sites and messaging apps was restricted.",
        "Relatives gathered outside police stations, asking for news of people taken during the night.",
        "Prices of basic goods rose again this week, and many families said the protests "
        "were also about food.",
        "Journalists covering the demonstrations said they were threatened and had their phones searched.",
        "The United Nations human rights office said it had received reports of arbitrary detentions.",
    ),
    "es": (
        "El Consejo Nacional Electoral no ha publicado las actas de cada mesa, como exige la ley.",
        "Dirigentes de la oposición afirmaron que su conteo de las actas muestra un triunfo "
        "claro de su candidato.",
        "Organizaciones de derechos humanos pidieron liberar a los detenidos y permitir "
        "observadores independientes.",
        "Varios gobiernos de la región dijeron que no reconocerán los resultados sin una auditoría completa.",
        "El ministro de Interior aseguró en la televisión estatal que las protestas son "
        "financiadas desde el exterior.",
        "Monitores de internet reportaron bloqueos a varios portales de noticias y "
        "aplicaciones de mensajería.",
        "Familiares se concentraron frente a las comisarías para pedir información sobre los detenidos.",
        "Los precios de los alimentos subieron otra vez esta semana, y muchas familias dicen "
        "que también protestan por eso.",
        "Periodistas que cubrían las manifestaciones denunciaron amenazas y revisión de sus teléfonos.",
        "La oficina de derechos humanos de la ONU dijo haber recibido denuncias de detenciones arbitrarias.",
    ),
}

HEADLINES: dict[str, tuple[str, ...]] = {
    "en": (
        "Protests spread after disputed vote",
        "Night of pot-banging and arrests",
        "Rights groups count detentions as protests continue",
        "Demonstrators demand the tally sheets",
    ),
    "es": (
        "Protestas se extienden tras la elección",
        "Noche de cacerolazos y detenciones",
        "ONG contabilizan detenciones mientras siguen las protestas",
        "Manifestantes exigen las actas",
    ),
}


@lru_cache(maxsize=4)
def load_places(path: Path = GAZETTEER_CSV) -> pd.DataFrame:
    """The gazetteer's places as the generator uses them, with a sampling weight per row.

    Columns: place_id, name, level, state, state_code, lat, lon, population, weight.
    """
    raw = pd.read_csv(path, dtype={"geonameid": "string", "wof_id": "string", "admin2": "string"})
    raw = raw[raw["lat"].notna() & raw["lon"].notna() & raw["admin1"].notna()]
    level = pd.Series("city", index=raw.index, dtype="object")
    level[raw["feature_code"] == "ADM1"] = "state"
    level[raw["feature_code"] == "ADM2"] = "municipality"
    level[raw["feature_code"].isin(["PPLX", "ADM3"])] = "neighbourhood"
    level[raw["feature_code"] == "AIRP"] = "landmark"
    name = raw["name"].where(raw["feature_code"] != "ADM2", raw["admin2"].fillna(raw["name"]))
    place_id = ("geonames:" + raw["geonameid"]).fillna("wof:" + raw["wof_id"].fillna("0"))
    population = raw["population"].fillna(0).astype("int64")
    places = pd.DataFrame(
        {
            "place_id": place_id.astype(str),
            "name": name.astype(str),
            "level": level,
            "state": raw["admin1_name"].astype(str),
            "state_code": raw["admin1"].astype(str),
            "lat": raw["lat"].round(5).astype(float),
            "lon": raw["lon"].round(5).astype(float),
            "population": population,
            "weight": (population + POPULATION_FLOOR).astype(float),
        }
    )
    return places.reset_index(drop=True)


@dataclass(frozen=True)
class SyntheticData:
    """Column-wise articles and mentions, ready for `write_events_db` (or inspection in tests)."""

    articles: pd.DataFrame
    mentions: pd.DataFrame

    @property
    def n_events(self) -> int:
        return int((self.mentions["role"] == "protest_site").sum())


def _choice(rng: np.random.Generator, n: int, weights: np.ndarray) -> np.ndarray:
    return rng.choice(len(weights), size=n, p=weights / weights.sum())


def _event_days(rng: np.random.Generator, n: int) -> np.ndarray:
    """Days after the election: a third in the first weeks' burst, the rest spread over the year."""
    burst = rng.exponential(12.0, size=n)
    spread = rng.uniform(0, DAYS, size=n)
    days = np.where(rng.random(n) < 0.35, burst, spread)
    return np.clip(days, 0, DAYS - 1).astype("int64")


def _iso_days(days: np.ndarray) -> np.ndarray:
    base = np.datetime64(ELECTION_DAY.isoformat(), "D")
    return (base + days.astype("timedelta64[D]")).astype(str)


@lru_cache(maxsize=64)
def _prefix(template: str) -> str:
    return template[: template.index("{place}")]


def _place_offset(template: str, fields: dict[str, Any]) -> int:
    """Where {place} lands in the filled-in template (other fields may come before it)."""
    prefix = _prefix(template)
    return len(prefix.format(**fields)) if "{" in prefix else len(prefix)


def generate(n_events: int, *, seed: int = SEED) -> SyntheticData:
    """`n_events` protest events grouped into articles of 1-6 events (about 3 on average)."""
    if n_events < 1:
        raise ValueError(f"n_events must be at least 1, got {n_events}; use empty_db() for none")
    rng = np.random.default_rng(seed)
    places = load_places()
    points = places[places["level"].isin(["city", "neighbourhood", "landmark"])].reset_index(drop=True)
    states = places[places["level"] == "state"].reset_index(drop=True)
    municipalities = places[places["level"] == "municipality"].reset_index(drop=True)

    # Articles first: each has a source (and so a language), a day, and 1-6 events.
    per_article = np.minimum(1 + rng.poisson(1.8, size=n_events), 6)
    ends = np.cumsum(per_article)
    n_articles = int(np.searchsorted(ends, n_events) + 1)
    per_article = per_article[:n_articles].copy()
    per_article[-1] -= int(ends[n_articles - 1] - n_events)
    source_index = rng.integers(0, len(SOURCES), size=n_articles)
    article_day = _event_days(rng, n_articles)
    article_of_event = np.repeat(np.arange(n_articles), per_article)

    # Events: a place (mostly a town or city, sometimes a whole state or municipality).
    kind = rng.random(n_events)
    is_state = kind < 0.05
    is_municipality = (kind >= 0.05) & (kind < 0.09)
    chosen = points.iloc[_choice(rng, n_events, points["weight"].to_numpy())].reset_index(drop=True)
    for mask, table in ((is_state, states), (is_municipality, municipalities)):
        count = int(mask.sum())
        if count:
            picked = table.iloc[_choice(rng, count, table["weight"].to_numpy())].reset_index(drop=True)
            picked.index = np.flatnonzero(mask)
            chosen.loc[picked.index, picked.columns] = picked

    types = np.array([t for t, _ in EVENT_TYPE_WEIGHTS], dtype=object)
    type_index = _choice(rng, n_events, np.array([w for _, w in EVENT_TYPE_WEIGHTS]))
    event_type = types[type_index]
    language = np.array([SOURCES[i][1] for i in range(len(SOURCES))], dtype=object)[source_index][
        article_of_event
    ]
    day = np.clip(article_day[article_of_event] - rng.integers(0, 3, size=n_events), 0, DAYS - 1)
    event_date = _iso_days(day).astype(object)
    precision = np.array(["day", "week", "month"], dtype=object)[
        _choice(rng, n_events, np.array([0.86, 0.1, 0.04]))
    ]
    undated = rng.random(n_events) < 0.03
    event_date[undated] = None
    precision[undated] = None
    confidence = np.round(0.5 + 0.5 * rng.beta(5, 2, size=n_events), 3)

    # Sentences: a template that matches the type and the language, filled in.
    numbers = rng.integers(40, 3000, size=n_events)
    smalls = rng.integers(2, 40, size=n_events)
    picks = rng.integers(0, 1 << 30, size=n_events)
    names = chosen["name"].tolist()
    state_names = chosen["state"].tolist()
    sentences: list[str] = []
    offsets: list[int] = []
    for i, (lang, etype, name, state_name) in enumerate(
        zip(language.tolist(), event_type.tolist(), names, state_names, strict=True)
    ):
        key = (lang, "area") if is_state[i] else (lang, etype or "any")
        options = TEMPLATES[key]
        template = options[picks[i] % len(options)]
        fields = {
            "place": name,
            "state": state_name,
            "n": int(numbers[i]),
            "k": int(smalls[i]),
            "when": WHEN[lang][picks[i] % len(WHEN[lang])],
        }
        sentences.append(template.format(**fields))
        offsets.append(_place_offset(template, fields))

    # Article texts: a headline, the events' sentences, and a footer naming the country.
    sentence_lengths = np.fromiter((len(s) for s in sentences), dtype="int64", count=n_events)
    first_event = np.concatenate([[0], np.cumsum(per_article)[:-1]])
    texts: list[str] = []
    starts = np.empty(n_events, dtype="int64")
    country_starts = np.empty(n_articles, dtype="int64")
    titles: list[str] = []
    for a in range(n_articles):
        lang = SOURCES[int(source_index[a])][1]
        headline = HEADLINES[lang][a % len(HEADLINES[lang])]
        titles.append(headline)
        position = len(headline) + 2
        lo, hi = int(first_event[a]), int(first_event[a] + per_article[a])
        for e in range(lo, hi):
            starts[e] = position + offsets[e]
            position += int(sentence_lengths[e]) + 1
        footer = f"Reporting from Venezuela; synthetic dispatch no. {a + 1} (protestmap bench)."
        country_starts[a] = position + len("Reporting from ")
        texts.append(headline + "\n\n" + " ".join(sentences[lo:hi]) + " " + footer)
    article_ids = [store.article_id(text) for text in texts]

    published_days = np.clip(article_day + rng.integers(0, 2, size=n_articles), 0, DAYS)
    articles = pd.DataFrame(
        {
            "article_id": article_ids,
            "title": titles,
            "source": [SOURCES[int(i)][0] for i in source_index],
            "url": [
                f"https://news.example.org/{SOURCES[int(i)][2]}/{a + 1}" for a, i in enumerate(source_index)
            ],
            "published": _iso_days(published_days),
            "language": [SOURCES[int(i)][1] for i in source_index],
            "text": texts,
        }
    )
    name_lengths = np.fromiter((len(n) for n in names), dtype="int64", count=n_events)
    events = pd.DataFrame(
        {
            "article_id": np.array(article_ids, dtype=object)[article_of_event],
            "char_start": starts,
            "char_end": starts + name_lengths,
            "surface": names,
            "place_id": chosen["place_id"].to_numpy(),
            "name": names,
            "level": chosen["level"].to_numpy(),
            "country": "VE",
            "state": state_names,
            "state_code": chosen["state_code"].to_numpy(),
            "lat": chosen["lat"].to_numpy(dtype=float),
            "lon": chosen["lon"].to_numpy(dtype=float),
            "role": "protest_site",
            "event_type": event_type,
            "event_date": event_date,
            "date_precision": precision,
            "confidence": confidence,
            "sentence": sentences,
        }
    )
    country = pd.DataFrame(
        {
            "article_id": article_ids,
            "char_start": country_starts,
            "char_end": country_starts + len("Venezuela"),
            "surface": "Venezuela",
            "place_id": "country:VE",
            "name": "Venezuela",
            "level": "country",
            "country": "VE",
            "state": None,
            "state_code": None,
            "lat": 7.0,
            "lon": -66.0,
            "role": "other",
            "event_type": None,
            "event_date": None,
            "date_precision": None,
            "confidence": 0.9,
            "sentence": [text[text.rindex("Reporting from") :] for text in texts],
        }
    )
    return SyntheticData(articles=articles, mentions=pd.concat([events, country], ignore_index=True))


_MENTION_COLUMNS: tuple[str, ...] = (
    "article_id", "char_start", "char_end", "surface", "place_id", "name", "level", "country", "state",
    "state_code", "lat", "lon", "role", "event_type", "event_date", "date_precision", "confidence",
    "sentence",
)  # fmt: skip
_ARTICLE_COLUMNS: tuple[str, ...] = ("article_id", "title", "source", "url", "published", "language", "text")


def _rows(frame: pd.DataFrame, columns: tuple[str, ...]) -> Any:
    """Plain Python tuples, column-wise (NaN/None -> None), for executemany."""
    lists = []
    for column in columns:
        values = frame[column]
        if values.dtype.kind in "if":
            lists.append(values.tolist())
        else:
            lists.append(values.to_numpy(dtype=object, na_value=None).tolist())
    return zip(*lists, strict=True)


def write_events_db(path: Any, data: SyntheticData) -> None:
    """Write `data` into a new protestmap database at `path` (a file, or an empty PostgreSQL
    database's URL), in one transaction."""
    if not store.is_postgres_url(path):
        path = Path(path)
        if path.exists():
            raise FileExistsError(f"{path}: the synthetic database must be new; refusing to touch it")
    conn = store.open_db(path)
    try:
        if conn.count_rows()["articles"]:
            raise FileExistsError(f"{conn.location}: the synthetic database must be new; not touching it")
        if conn.dialect == "sqlite":
            conn.execute("PRAGMA synchronous = OFF")  # a throwaway file: durability buys nothing here
            # Article ids are random hex, so index inserts land all over the B-trees: keep them in memory.
            conn.execute("PRAGMA cache_size = -524288")  # 512 MB, this connection only
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with conn.transaction():
            conn.executemany(
                "INSERT INTO articles (article_id, title, source, url, published, language, text,"
                f" path, extra_json, extractor_version, ingested_at)"
                f" VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '{{}}', '{SYNTHETIC_EXTRACTOR_VERSION}', '{now}')",
                _rows(data.articles, _ARTICLE_COLUMNS),
            )
            conn.executemany(
                f"INSERT INTO mentions ({', '.join(_MENTION_COLUMNS)})"
                f" VALUES ({', '.join('?' for _ in _MENTION_COLUMNS)})",
                _rows(data.mentions, _MENTION_COLUMNS),
            )
            conn.bump_revision()
        conn.analyze()
    finally:
        conn.close()


def generate_events_db(path: Any, n_events: int, *, seed: int = SEED) -> SyntheticData:
    """Generate `n_events` events and write them into a new database at `path`."""
    data = generate(n_events, seed=seed)
    write_events_db(path, data)
    return data


def empty_db(path: Path) -> Path:
    """A new database with the schema and no articles (the app's empty state)."""
    store.open_db(path).close()
    return path


# --- The article corpus for extraction -------------------------------------------------------


def synthetic_articles(n_articles: int, *, seed: int = SEED, target_chars: int = 5000) -> list[Article]:
    """`n_articles` news-like articles of about `target_chars` characters each.

    Each is a headline and paragraphs mixing protest reports that name real towns, cities and
    states (drawn by population from the gazetteer) with context sentences that name none, in
    the article's language (Spanish or English), as the extractor meets in real reports.
    """
    rng = np.random.default_rng(seed + 1)
    places = load_places()
    known = places[(places["population"] > 0) & places["level"].isin(["city", "state"])].reset_index(
        drop=True
    )
    weights = np.sqrt(known["weight"].to_numpy())
    out: list[Article] = []
    type_names = [t for t, _ in EVENT_TYPE_WEIGHTS]
    type_weights = np.array([w for _, w in EVENT_TYPE_WEIGHTS])
    for a in range(n_articles):
        name, lang, slug = SOURCES[int(rng.integers(0, len(SOURCES)))]
        published = ELECTION_DAY + timedelta(days=int(_event_days(rng, 1)[0]))
        paragraphs: list[str] = []
        length = 0
        while length < target_chars:
            sentences = []
            for _ in range(int(rng.integers(2, 5))):
                if rng.random() < 0.5:
                    row = known.iloc[int(_choice(rng, 1, weights)[0])]
                    etype = type_names[int(_choice(rng, 1, type_weights)[0])]
                    is_state = row["level"] == "state"
                    options = TEMPLATES[(lang, "area")] if is_state else TEMPLATES[(lang, etype or "any")]
                    template = options[int(rng.integers(0, len(options)))]
                    whens = WHEN[lang]
                    sentences.append(
                        template.format(
                            place=row["name"],
                            state=row["state"],
                            n=int(rng.integers(40, 3000)),
                            k=int(rng.integers(2, 40)),
                            when=whens[int(rng.integers(0, len(whens)))],
                        )
                    )
                else:
                    sentences.append(FILLER[lang][int(rng.integers(0, len(FILLER[lang])))])
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            length += len(paragraph) + 2
        headline = HEADLINES[lang][a % len(HEADLINES[lang])]
        out.append(
            Article(
                text="\n\n".join(paragraphs),
                title=f"{headline} ({a + 1})",
                source=name,
                url=f"https://news.example.org/{slug}/corpus-{a + 1}",
                published=published,
                language=lang,
            )
        )
    return out


def articles_to_jsonl(articles: list[Article], path: Path) -> Path:
    """Write articles as a JSONL file `protestmap ingest` reads (one object per line)."""
    import json

    with Path(path).open("w", encoding="utf-8") as handle:
        for article in articles:
            record = {
                "text": article.text,
                "title": article.title,
                "source": article.source,
                "url": article.url,
                "published": article.published.isoformat() if article.published else None,
                "language": article.language,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return Path(path)


def db_size_bytes(path: Path) -> int:
    """The database file plus its WAL, for the bench report."""
    total = 0
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            total += candidate.stat().st_size
    return total


def count_events(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM mentions WHERE role = 'protest_site'").fetchone()[0])
    finally:
        conn.close()
