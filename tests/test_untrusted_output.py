"""Issue 11, the UI and output half: untrusted values reach the page, files and terminal as
text, the Add-articles page bounds its work, and the commands answer the question asked.

Each test is named after the defect it pins down (items 2, 5, 6 and 12 of issue 11); each
failed on the code before the fix. Markdown is checked by rendering it with a CommonMark
parser (markdown-it, as Streamlit's front end would) and looking for links and images.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest
from test_app import APP, mention, seed_db

from dashboard import events, exports, geoparse, ingest, mapview, store, timebox
from dashboard.cli import main
from dashboard.errors import IngestError
from dashboard.models import Article
from dashboard.ui import state
from dashboard.ui.components.text import escape_html, html_link, safe_link

EVIL = "**Warning:** your account is locked, [unlock it here](https://evil.example) ![x](https://evil.example/i.png)"
"""The issue's example, plus an image: bold, a working link, and a remote image."""

EVIL_SOURCE = "+cmd|' /C calc'!A0 [read](https://evil.example)"
"""A source name that is a spreadsheet formula and a Markdown link at once."""

_MD = MarkdownIt("commonmark")


def rendered(markdown: str) -> str:
    """The HTML a CommonMark renderer makes of `markdown`."""
    return _MD.render(markdown)


def assert_inert(markdown: str, *, literal: str) -> None:
    """`markdown` renders with no link, image or emphasis, and shows `literal` as text."""
    html = rendered(markdown)
    assert "<a " not in html and "<img" not in html and "<strong>" not in html, html
    import html as htmllib

    text = htmllib.unescape(html)
    assert literal in text, (literal, text)


def run_app(params: dict[str, str | list[str]] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def hostile_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's seed plus an article whose state, source, title and URL are hostile."""
    path = seed_db(tmp_path / "hostile.db")
    evil_state = "[Zulia](https://evil.example) **now**"
    conn = store.open_db(path)
    try:
        store.save_article(
            conn,
            Article(
                text="=HYPERLINK(\"https://evil.example\") protest in Cabimas",
                title="=HYPERLINK(\"https://evil.example\",\"click\")",
                source=EVIL_SOURCE,
                url="https://news.example/a\n![x](https://evil.example/i.png)",
                published=date(2024, 8, 6),
            ),
            [
                mention("Cabimas", "city", evil_state, "VE-V", 10.4, -71.45,
                        "-2+3 people protested in Cabimas", "peaceful_protest", date(2024, 8, 6)),
                mention("Ciudad Ojeda", "city", evil_state, "VE-V", 10.2, -71.3,
                        "@SUM(A1) protest in Ciudad Ojeda", "arrests", date(2024, 8, 6)),
                mention("Lagunillas", "city", evil_state, "VE-V", 10.13, -71.26,
                        "\tTabbed protest in Lagunillas", "arrests", date(2024, 8, 6)),
            ],
            geoparse.EXTRACTOR_VERSION,
        )  # fmt: skip
    finally:
        conn.close()
    monkeypatch.setenv("PROTESTMAP_DB", str(path))
    return path


# --- item 5: Markdown injection ----------------------------------------------------------------


def test_markdown_injection_in_a_permalink_parameter_shows_no_link(hostile_db: Path) -> None:
    at = run_app({"state": EVIL, "type": EVIL, "from": EVIL, "place": EVIL})
    assert len(at.warning) == 4
    for warning in at.warning:
        assert_inert(str(warning.value), literal="[unlock it here](https://evil.example)")


def test_markdown_injection_in_the_search_text_shows_no_link(hostile_db: Path) -> None:
    for params in ({"q": EVIL}, {"q": EVIL, "view": "present"}):
        at = run_app(params)
        shown = "\n".join(str(e.value) for e in [*at.caption, *at.markdown, *at.title])
        assert "unlock it here" in shown
        for element in [*at.caption, *at.markdown, *at.title]:
            assert "<a " not in rendered(str(element.value)), element.value


def test_markdown_injection_in_a_source_name_shows_no_link(hostile_db: Path) -> None:
    at = run_app({"source": EVIL_SOURCE, "view": "present"})
    described = [c.value for c in at.caption if "Sources" in c.value]
    assert described, "the filters are described in words"
    assert_inert(described[0], literal=EVIL_SOURCE)


def test_markdown_injection_in_a_geocoded_state_name_shows_no_link(hostile_db: Path) -> None:
    evil_state = "[Zulia](https://evil.example) **now**"
    at = run_app({"state": evil_state, "place": f"state:{evil_state}"})
    assert not at.warning, [w.value for w in at.warning]
    assert_inert(at.subheader[0].value, literal=f"Protests in {evil_state}")
    assert_inert(at.subheader[1].value, literal=f"Excerpts in {evil_state}")
    present = run_app({"state": evil_state, "view": "present"})
    assert_inert(present.title[0].value, literal=f"Protests in {evil_state}")


# --- excerpt cards are HTML (st.html): every untrusted field escaped, links http(s) only ---------

HOSTILE_TITLE = '"><svg onload=alert(3)> **Noticia** [x](javascript:alert(4))'
HOSTILE_SENTENCE = (
    "Protesta en Cabimas <script>alert(1)</script> <img src=x onerror=alert(2)> **negrita** "
    '[enlace](https://evil.example) </p></div><a href="https://evil.example">x</a> &amp; fin'
)
HOSTILE_SOURCE = "<b onmouseover=alert(5)>Fuente</b> _cursiva_"
HOSTILE_STATE = 'Zulia"><img src=x onerror=alert(7)>'
HOSTILE_PLACE = "Cabimas"
CARD_TAGS = {
    "div": {"class"}, "p": {"class"}, "strong": set(), "br": set(), "span": {"class"},
    "hr": {"class"}, "mark": set(), "a": {"href", "target", "rel"},
}  # fmt: skip
"""Every tag and attribute our cards are made of: anything else came from the data."""


def save_hostile_card_article(path: Path) -> Path:
    """One article whose every field a card shows is hostile: text (a script, an image with an
    onerror, Markdown and HTML mixed), title (closes an attribute and opens an svg), outlet,
    a javascript: URL, and the state's name."""
    conn = store.open_db(path)
    try:
        store.save_article(
            conn,
            Article(text=HOSTILE_SENTENCE, title=HOSTILE_TITLE, source=HOSTILE_SOURCE,
                    url="javascript:alert(6)", published=date(2024, 8, 7)),
            [mention(HOSTILE_PLACE, "city", HOSTILE_STATE, "VE-V", 10.4, -71.45, HOSTILE_SENTENCE,
                     "peaceful_protest", date(2024, 8, 7))],
            geoparse.EXTRACTOR_VERSION,
        )  # fmt: skip
    finally:
        conn.close()
    return path


class CardParser(HTMLParser):
    """The tags, attributes and text of a page of cards, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed_cards(html: str) -> CardParser:
    parser = CardParser()
    parser.feed(html)
    parser.close()
    return parser


@pytest.mark.parametrize("search", ["", "onerror"])
def test_a_hostile_article_becomes_no_markup_in_the_excerpt_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, search: str
) -> None:
    """Through the real card renderer (the app, in AppTest): the cards hold only our own tags,
    the hostile fields are their text, and the javascript: URL is text, not a link. With a search,
    the highlight wraps escaped text."""
    monkeypatch.setenv("PROTESTMAP_DB", str(save_hostile_card_article(tmp_path / "hostile.db")))
    at = run_app({"q": search} if search else None)
    pages = [str(h.value) for h in at.html if 'class="pm-cards"' in str(h.value)]
    assert len(pages) == 1, pages
    parsed = parsed_cards(pages[0])
    for tag, attrs in parsed.tags:
        assert tag in CARD_TAGS and set(attrs) <= CARD_TAGS[tag], (tag, attrs)
        if tag == "a":
            assert str(attrs["href"]).startswith(("http://", "https://")), attrs
    assert [tag for tag, _ in parsed.tags].count("a") == 0, "the only URL is javascript:"
    text = "".join(parsed.text)
    for hostile in (HOSTILE_TITLE, HOSTILE_SOURCE, HOSTILE_STATE, "javascript:alert(6)",
                    "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "**negrita**",
                    '</p></div><a href="https://evil.example">x</a> &amp; fin'):  # fmt: skip
        assert hostile in text, (hostile, text)
    if search:
        assert ("mark", {}) in parsed.tags and "&lt;img src=x <mark>onerror</mark>=alert(2)&gt;" in pages[0]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ('"><svg onload=x>', "&quot;&gt;&lt;svg onload=x&gt;"),
        ("it's", "it&#x27;s"),
        ("two\nlines\tand  spaces", "two lines and spaces"),
    ],
)
def test_escape_html_makes_text_of_everything(value: str, shown: str) -> None:
    assert escape_html(value) == shown


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://news.example/a?b=1&c=2", '<a href="https://news.example/a?b=1&amp;c=2" target="_blank" '
                                           'rel="noopener noreferrer">open</a>'),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("data:text/html,<script>", "data:text/html,&lt;script&gt;"),
        ('https://a.example/"><svg onload=x>', "https://a.example/&quot;&gt;&lt;svg onload=x&gt;"),
        ("https://a.example/\n![x](https://evil.example/i.png)", "https://a.example/ ![x](https://evil.example/i.png)"),
        (None, ""),
    ],
)  # fmt: skip
def test_only_an_http_url_becomes_a_link_and_any_other_is_text(url: object, shown: str) -> None:
    assert html_link(url, "open") == shown


def _add_articles_page() -> None:
    from dashboard.ui.pages import add_articles

    add_articles.render()


def test_markdown_injection_in_an_uploaded_file_name_shows_no_link(hostile_db: Path) -> None:
    at = AppTest.from_function(_add_articles_page, default_timeout=60)
    at.run()
    at.radio(key=state.K_ADD_MODE).set_value("Upload files").run()
    name = "[unlock it here](https://evil.example).jsonl"
    at.file_uploader(key=state.K_ADD_FILES).set_value(
        (name, b'{"text": "x", "published": "**soon**"}\n', "x")
    )
    at.button(key=state.K_ADD_PREVIEW).click().run()
    assert not at.exception, at.exception
    assert at.error, "the bad file is reported"
    assert_inert(at.error[0].value, literal=name)
    assert "**soon**" in rendered(at.error[0].value).replace("\\", "")


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://news.example/a", "https://news.example/a"),
        ("HTTP://news.example/a_(b)", "HTTP://news.example/a_%28b%29"),
        ("https://news.example/a\n![x](https://evil.example/i.png)", None),
        ("https://news.example/a\r\nb", None),
        ("https://news.example/a b", None),
        ("https://news.example/a\tb", None),
        ("https://news.example/\x00", None),
        ("https://news.example/a\u2028b", None),
        ("https://news.example/a\u00a0b", None),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("https://", None),
        (None, None),
    ],
)
def test_a_url_with_whitespace_or_control_characters_is_not_linked(url: object, link: str | None) -> None:
    assert safe_link(url) == link
    assert mapview.safe_url(url) == (None if link is None else url)


def test_a_url_with_a_newline_loads_no_remote_image(hostile_db: Path) -> None:
    at = run_app({"source": EVIL_SOURCE})
    excerpts = "\n".join(str(h.value) for h in at.html if 'class="pm-cards"' in str(h.value))
    assert "Cabimas" in excerpts
    assert "<img" not in excerpts and "<a " not in excerpts and "open article" not in excerpts
    assert "https://news.example/a ![x](https://evil.example/i.png)" in excerpts  # the URL, as text
    data = mapview.build_map_data(events.load_events(hostile_db), excerpts=events.load_excerpts(hostile_db))
    assert data.popups is not None
    urls = [report[1] for popup in data.popups.values() for report in popup["reports"]]
    assert all(url is None or "\n" not in url for url in urls)
    assert data.popups["test:cabimas"]["reports"][0][1] is None


# --- item 6: CSV formula injection -------------------------------------------------------------


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def assert_no_formula(rows: list[dict[str, str]]) -> None:
    for row in rows:
        for column, cell in row.items():
            if column in (
                "lat",
                "lon",
                "confidence",
                "start",
                "end",
                "n_articles",
                "n_sources",
                "n_mentions",
            ):
                float(cell) if cell else None  # numbers stay numbers
                continue
            assert not cell.startswith(exports.FORMULA_TRIGGERS), (column, cell)


def test_csv_formula_injection_is_neutralised_in_the_cli_export(
    hostile_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["events", "--db", str(hostile_db), "--state", "VE-V", "--format", "csv"]) == 0
    events_rows = csv_rows(capsys.readouterr().out)
    assert_no_formula(events_rows)
    assert {row["name"]: row for row in events_rows}["Cabimas"]["sources"] == "'" + EVIL_SOURCE
    argv = ["events", "--db", str(hostile_db), "--state", "VE-V", "--format", "csv", "--unit", "mention"]
    assert main(argv) == 0
    rows = csv_rows(capsys.readouterr().out)
    assert_no_formula(rows)
    by_name = {row["name"]: row for row in rows}
    assert by_name["Cabimas"]["title"] == '\'=HYPERLINK("https://evil.example","click")'
    assert by_name["Cabimas"]["source"] == "'" + EVIL_SOURCE
    assert by_name["Cabimas"]["sentence"] == "'-2+3 people protested in Cabimas"
    assert by_name["Ciudad Ojeda"]["sentence"] == "'@SUM(A1) protest in Ciudad Ojeda"
    assert by_name["Lagunillas"]["sentence"] == "'\tTabbed protest in Lagunillas"
    assert by_name["Cabimas"]["lon"] == "-71.45", "a negative longitude is a number, not a formula"


def test_csv_formula_injection_is_neutralised_in_the_download_button(hostile_db: Path) -> None:
    from dashboard.ui import data

    flt = events.EventFilter(states=("VE-V",))
    rows = csv_rows(data.events_csv(str(hostile_db), events.db_version(hostile_db), flt))
    assert len(rows) == 4
    assert_no_formula(rows)
    assert {row["lon"] for row in rows} >= {"-71.45", "-71.3"}


@pytest.mark.parametrize(
    ("cell", "safe"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("Valencia", "Valencia"), ("", ""), ("a=b", "a=b")],
)  # fmt: skip
def test_neutralise_formula(cell: str, safe: str) -> None:
    assert exports.neutralise_formula(cell) == safe


# --- item 12: commands that answer a different question ---------------------------------------


@pytest.mark.parametrize("spelling", ["Zulia", "zulia", "ZULIA", " zulia ", "VE-V", "ve-v"])
def test_state_names_and_codes_match_without_regard_to_case(
    spelling: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = seed_db(tmp_path / "seeded.db")
    code = main(["events", "--db", str(db), "--state", spelling, "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert [row["name"] for row in csv_rows(out)] == ["Maracaibo"]


@pytest.mark.parametrize(
    ("spelling", "state"), [("tachira", "Táchira"), ("Falcon", "Falcón"), ("bolívar", "Bolívar")]
)
def test_state_names_match_without_regard_to_accents(spelling: str, state: str) -> None:
    assert events.resolve_names([spelling], events.state_aliases(events.empty_events()), "state") == (state,)


@pytest.mark.parametrize(
    ("typo", "suggestion"), [("Zuila", "Zulia"), ("carabob", "Carabobo"), ("Meridaa", "Mérida")]
)
def test_an_unknown_state_is_an_error_with_did_you_mean(
    typo: str, suggestion: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = seed_db(tmp_path / "seeded.db")
    for command in (["events", "--format", "csv"], ["export-map", "-o", str(tmp_path / "m.html")],
                    ["snapshot", "-o", str(tmp_path / "v.png")]):  # fmt: skip
        code = main([*command, "--db", str(db), "--state", typo])
        out, err = capsys.readouterr()
        assert code == 1 and out == ""
        assert err == f"protestmap {command[0]}: unknown state {typo!r}: did you mean {suggestion!r}?\n"


def test_an_unknown_source_is_an_error_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = seed_db(tmp_path / "seeded.db")
    assert main(["events", "--db", str(db), "--source", "el pitazo", "--format", "csv"]) == 0
    assert len(csv_rows(capsys.readouterr().out)) == 2
    assert main(["events", "--db", str(db), "--source", "El Pitaso", "--format", "csv"]) == 1
    assert "did you mean 'El Pitazo'?" in capsys.readouterr().err


def test_a_filter_that_matches_nothing_says_so_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = seed_db(tmp_path / "seeded.db")
    code = main(["events", "--db", str(db), "--state", "Apure", "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.count("\n") == 1, "the header only"
    assert err == "protestmap events: no events match --state Apure (6 stored)\n"


def test_snapshot_of_a_state_with_no_events_exits_non_zero_and_draws_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = seed_db(tmp_path / "seeded.db")
    out = tmp_path / "view.png"
    code = main(["snapshot", "--db", str(db), "--state", "Apure", "-o", str(out)])
    assert code == 1
    assert "no events match --state Apure; nothing drawn" in capsys.readouterr().err
    assert not out.exists()


def test_export_map_with_no_match_writes_no_empty_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = seed_db(tmp_path / "seeded.db")
    out = tmp_path / "map.html"
    code = main(["export-map", "--db", str(db), "--state", "zulia", "--type", "arrests", "-o", str(out)])
    assert code == 1
    assert "no events match --state zulia --type arrests; nothing drawn" in capsys.readouterr().err
    assert not out.exists()
    assert main(["export-map", "--db", str(db), "--state", "zulia", "-o", str(out)]) == 0
    assert out.is_file()


@pytest.mark.parametrize("value", ["nan", "-0.1", "1.5", "lots"])
def test_min_confidence_outside_zero_to_one_is_refused(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["events", "--format", "csv", "--min-confidence", value])
    assert exit_info.value.code == 2
    assert f"invalid confidence {value!r}" in capsys.readouterr().err


def test_a_permalink_state_matches_without_regard_to_case(hostile_db: Path) -> None:
    at = run_app({"state": "carabobo"})
    assert not at.warning
    assert at.multiselect(key=state.K_STATES).value == ["Carabobo"]
    typo = run_app({"state": "Carabobbo"})
    assert "did you mean 'Carabobo'" in typo.warning[0].value.replace("\\", "")


# --- item 2: the Add-articles page bounds its work ---------------------------------------------


def _add_articles_page_with_limits() -> None:
    from dashboard.ui.pages import add_articles

    add_articles.MAX_TEXT_BYTES = 2_000
    add_articles.EXTRACTION_BUDGET_S = 0.001  # less than starting the worker takes
    add_articles.render()


def test_pasted_text_over_the_size_limit_is_refused(hostile_db: Path) -> None:
    at = AppTest.from_function(_add_articles_page_with_limits, default_timeout=60)
    at.run()
    at.text_area(key=state.K_ADD_TEXT).set_value("U.S. " * 401)
    at.button(key=state.K_ADD_PREVIEW).click().run()
    assert not at.exception, at.exception
    assert "pasted text: 2,005 bytes, over the limit of 2,000 bytes" in at.error[0].value.replace("\\", "")
    assert not at.dataframe


def test_uploaded_text_over_the_size_limit_is_refused(hostile_db: Path) -> None:
    at = AppTest.from_function(_add_articles_page_with_limits, default_timeout=60)
    at.run()
    at.radio(key=state.K_ADD_MODE).set_value("Upload files").run()
    files = [(f"part{i}.txt", ("Protesta en Valencia. " * 50).encode(), "text/plain") for i in range(2)]
    at.file_uploader(key=state.K_ADD_FILES).set_value(files)
    at.button(key=state.K_ADD_PREVIEW).click().run()
    assert not at.exception, at.exception
    assert "over the limit of 2,000 bytes" in at.error[0].value.replace("\\", "")


def test_extraction_over_its_time_budget_stops_with_a_clear_message(hostile_db: Path) -> None:
    at = AppTest.from_function(_add_articles_page_with_limits, default_timeout=60)
    at.run()
    at.text_area(key=state.K_ADD_TEXT).set_value("Protestas en Valencia, estado Carabobo.")
    at.button(key=state.K_ADD_PREVIEW).click().run()
    assert not at.exception, at.exception
    message = at.error[0].value.replace("\\", "")
    assert "took longer than 0.001 s and was stopped" in message
    assert not at.button(key=state.K_ADD_SAVE) if False else not at.dataframe


def test_extraction_within_its_budget_returns_what_the_extractor_finds() -> None:
    article = Article(
        text="Miles protestaron el lunes en Maracay, estado Aragua.", published=date(2024, 7, 29)
    )
    (found,) = timebox.extract_within([article], 60)
    expected = geoparse.default_extractor().extract(article.text, published=article.published)
    assert found == expected and any(m.name == "Maracay" for m in found)


def test_extraction_over_budget_raises_a_timeout() -> None:
    with pytest.raises(timebox.ExtractionTimeout, match="took longer than 0.001 s"):
        timebox.extract_within([Article(text="Protestas en Valencia.")], 0.001)


def test_an_upload_error_names_the_file() -> None:
    with pytest.raises(IngestError) as error:
        ingest.read_article_bytes(b"x" * 11, "big.txt", max_bytes=10)
    assert str(error.value).startswith("big.txt")
