"""Articles in: every format, every kind of bad input, and idempotency."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard import store
from dashboard.errors import IngestError, StoreError
from dashboard.ingest import (
    IngestErrors,
    IngestSummary,
    ingest_paths,
    read_article_bytes,
    read_articles,
)
from dashboard.knowledge import COUNTRY_DIR, CountryProfile, load_country_profile

VALENCIA_ES = "Cientos de manifestantes protestaron el lunes en Valencia, estado Carabobo, contra el fraude."


def stored(db: Path) -> dict[str, int]:
    if not db.exists():
        return {"articles": 0, "mentions": 0}
    conn = store.open_db(db)
    try:
        return store.count_rows(conn)
    finally:
        conn.close()


# --- formats ---------------------------------------------------------------------------


def test_text_with_front_matter_keeps_known_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "valencia.md"
    path.write_text(
        "---\ntitle: Protesta en Valencia\nsource: El Pitazo\nurl: https://example.org/a\n"
        "published: 2024-07-29\nlanguage: es\nauthor: Ana\ntags: [protesta, carabobo]\n---\n" + VALENCIA_ES,
        encoding="utf-8",
    )
    [article] = read_articles(path)
    assert article.title == "Protesta en Valencia"
    assert article.source == "El Pitazo"
    assert article.url == "https://example.org/a"
    assert article.published == date(2024, 7, 29)
    assert article.language == "es"
    assert article.extra == {"author": "Ana", "tags": ["protesta", "carabobo"]}
    assert article.text == VALENCIA_ES


def test_text_without_front_matter_is_kept_exactly_so_offsets_hold(tmp_path: Path) -> None:
    body = "\n  Protesters gathered in Maracaibo.\n"
    path = tmp_path / "plain.txt"
    path.write_text(body, encoding="utf-8")
    [article] = read_articles(path)
    assert article.text == body
    assert article.published is None  # never guessed from the file's mtime


def test_html_article_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    paragraph = (
        "Police fired tear gas at hundreds of protesters in Maracaibo, Zulia state, on Tuesday, "
        "witnesses said, as demonstrations against the official election result spread to the west. "
    )
    path.write_text(
        "<html><head><title>Tear gas in Maracaibo | Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2024-07-30T10:00:00Z">'
        "</head><body><nav>Home | World | Sport</nav><article><h1>Tear gas in Maracaibo</h1>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article><footer>© Example</footer></body></html>",
        encoding="utf-8",
    )
    [article] = read_articles(path)
    assert "Maracaibo, Zulia state" in article.text
    assert "Home | World" not in article.text
    assert article.title and "Tear gas in Maracaibo" in article.title
    assert article.source == "Example News"
    assert article.published == date(2024, 7, 30)


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"text": VALENCIA_ES, "title": "Valencia", "published": "2024-07-29", "language": "es"},
        {"text": "Protesters marched in Caracas on Monday.", "source": "Wire", "desk": "LatAm"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    first, second = read_articles(path)
    assert first.published == date(2024, 7, 29)
    assert second.source == "Wire"
    assert second.extra == {"desk": "LatAm"}


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encodings_are_read_correctly(tmp_path: Path, encoding: str) -> None:
    text = (
        "Manifestación en Mérida: «¡Libertad!» gritó la multitud en la plaza — según testigos, más de cien."
    )
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding, errors="replace" if encoding == "latin-1" else "strict"))
    [article] = read_articles(path)
    assert article.text.startswith("Manifestación en Mérida")


# --- bad input: one clear line naming the file, nothing stored ----------------------------

BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"   \n\n  ", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("broken.md", b"---\ntitle: [unclosed\n---\nProtest in Caracas.", "malformed front matter"),
    ("list.md", b"---\n- a\n- b\n---\nProtest in Caracas.", "malformed front matter"),
    ("unclosed.md", b"---\ntitle: x\nProtest in Caracas.", "never closed"),
    ("baddate.txt", b"---\npublished: 29/07/2024\n---\nProtest in Caracas.", "invalid published date"),
    ("notext.md", b"---\ntitle: only metadata\n---\n   \n", "no article text"),
    ("nojson.jsonl", b'{"text": "Protest in Caracas."}\nnot json at all\n', "not valid JSON"),
    ("notextkey.jsonl", b'{"title": "no text here"}\n', "no article text"),
    ("empty.html", b"<html><body><nav>Menu</nav></body></html>", "no article text"),
    ("doc.pdf", b"%PDF-1.4", "unsupported file type"),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_refused_with_one_line_and_nothing_stored(
    tmp_path: Path, db_path: Path, name: str, content: bytes, problem: str
) -> None:
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    bad.write_bytes(content)
    good = tmp_path / "in" / "good.txt"
    good.write_text(VALENCIA_ES, encoding="utf-8")

    summary = ingest_paths([bad, good], db_path)

    assert summary.new == 1  # the other file went on
    assert len(summary.errors) >= 1
    message = str(summary.errors[0])
    assert "\n" not in message
    assert str(bad) in message
    assert problem in message
    assert stored(db_path)["articles"] == 1


def test_jsonl_error_names_the_line_and_refuses_the_whole_file(tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": VALENCIA_ES}) + "\n{broken\n" + json.dumps({"title": "x"}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(IngestErrors) as caught:
        read_articles(path)
    assert [e.line for e in caught.value.errors] == [2, 3]
    assert f"{path}:2: not valid JSON" in str(caught.value.errors[0])

    summary = ingest_paths([path], db_path)
    assert summary.failed == 2 and summary.new == 0
    assert stored(db_path)["articles"] == 0


def test_missing_path_and_empty_folder(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    summary = ingest_paths([tmp_path / "nope.txt", tmp_path / "empty"], db_path)
    messages = [str(e) for e in summary.errors]
    assert messages == [
        f"{tmp_path / 'nope.txt'}: no such file or directory",
        f"{tmp_path / 'empty'}: no articles found (looked for .txt, .md, .html, .htm, .jsonl files)",
    ]


def test_file_over_the_size_limit(tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(VALENCIA_ES * 100, encoding="utf-8")
    summary = ingest_paths([path], db_path, max_bytes=1000)
    assert "over the limit of 1,000 bytes" in str(summary.errors[0])
    assert stored(db_path)["articles"] == 0


def test_upload_bytes_go_through_the_same_reader() -> None:
    with pytest.raises(IngestError, match="upload.txt: file is empty"):
        read_article_bytes(b"", "upload.txt")


# --- storing ------------------------------------------------------------------------------


def test_ingesting_twice_stores_nothing_new(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(VALENCIA_ES, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.md").write_text("Protesters marched in Caracas on Monday.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Protest in Coro.", encoding="utf-8")

    first = ingest_paths([folder], db_path)
    before = stored(db_path)
    second = ingest_paths([folder], db_path)

    assert (first.new, first.already_stored) == (2, 0)
    assert (second.new, second.already_stored, second.failed) == (0, 2, 0)
    assert stored(db_path) == before


def test_same_text_with_other_line_endings_is_the_same_article(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "unix.txt").write_bytes(b"Protest in Caracas.\nPolice arrived.\n")
    (tmp_path / "windows.txt").write_bytes(b"Protest in Caracas.\r\nPolice arrived.\r\n")
    summary = ingest_paths([tmp_path / "unix.txt", tmp_path / "windows.txt"], db_path)
    assert (summary.new, summary.already_stored) == (1, 1)


def test_shipped_articles_ingest_cleanly(shipped_db: Path) -> None:
    counts = stored(shipped_db)
    assert counts["articles"] == 6
    assert counts["mentions"] > 20


# --- hardening (issue 11): each defect has a test named after it ---------------------------------


def ingest_one(tmp_path: Path, db: Path, name: str, content: bytes) -> IngestSummary:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return ingest_paths([path], db)


NOW_YEAR = date.today().year
REFUSED_FILES: list[tuple[str, bytes, str]] = [
    # 1: a date pandas cannot hold, or outside the window, is refused at ingest
    ("year1.md", b"---\npublished: '0001-01-01'\n---\nProtest in Caracas.", "outside 1900-01-01"),
    ("year9999.jsonl", b'{"text": "Protest in Caracas.", "published": "9999-12-31"}\n', "outside 1900-01-01"),
    ("future.md", f"---\npublished: '{NOW_YEAR + 2}-01-01'\n---\nProtest.".encode(), "outside 1900-01-01"),
    # 3: a YAML alias bomb, and extra metadata over the cap
    (
        "bomb.md",
        b'---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
        b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\nProtest in Caracas.",
        "aliases (*name) are not allowed",
    ),
    ("bigextra.jsonl", b'{"text": "Protest.", "notes": "' + b"x" * 70_000 + b'"}\n', "extra metadata is"),
    # 4: one odd file is one line, and the run goes on
    ("impossible.md", b"---\npublished: 2024-02-30\n---\nProtest in Caracas.", "invalid published date"),
    ("hugeint.jsonl", b'{"text": "Protest.", "n": ' + b"9" * 5000 + b"}\n", "not valid JSON"),
    (
        "deep.jsonl",
        b'{"text": "Protest.", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
        "not valid JSON",
    ),
    ("deepyaml.md", b"---\nx: " + b"[" * 5_000 + b"]" * 5_000 + b"\n---\nProtest.", "front matter"),
    # 9: things that used to change silently
    ("junkdate.md", b"---\npublished: 2024-07-30 junk\n---\nProtest in Caracas.", "invalid published date"),
    ("nan.jsonl", b'{"text": "Protest in Caracas.", "title": NaN}\n', "title is nan, not text"),
    ("nul.jsonl", b'{"text": "Protest in \\u0000 Caracas."}\n', "NUL character"),
]


@pytest.mark.parametrize(("name", "content", "problem"), REFUSED_FILES, ids=[r[0] for r in REFUSED_FILES])
def test_odd_files_are_refused_in_one_line_and_the_run_goes_on(
    tmp_path: Path, db_path: Path, name: str, content: bytes, problem: str
) -> None:
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    bad.write_bytes(content)
    good = tmp_path / "in" / "zz-good.txt"
    good.write_text(VALENCIA_ES, encoding="utf-8")
    summary = ingest_paths([bad, good], db_path)
    assert summary.new == 1, summary.errors
    [error] = summary.errors
    assert str(error).startswith(str(bad)) and problem in str(error) and "\n" not in str(error)
    assert stored(db_path)["articles"] == 1


def test_a_lone_surrogate_in_jsonl_refuses_the_whole_file(tmp_path: Path, db_path: Path) -> None:
    lines = [json.dumps({"text": f"Protesta {i} en Maracay."}) for i in range(4)]
    lines[2] = '{"text": "Protesta en Coro \\ud800."}'
    summary = ingest_one(tmp_path, db_path, "feed.jsonl", "\n".join(lines).encode())
    assert summary.new == 0 and "lone surrogate (U+D800)" in str(summary.errors[0])
    assert ":3:" in str(summary.errors[0])
    assert stored(db_path)["articles"] == 0  # used to store 2 of the 4


def test_an_out_of_range_date_already_stored_reads_as_missing_not_an_exception(db_path: Path) -> None:
    """Databases written before the window existed: every reader must still work."""
    from dashboard.events import load_events

    ingest_paths([_write(db_path.parent / "a.txt", VALENCIA_ES)], db_path)
    with store.open_db(db_path) as conn:
        conn.execute("UPDATE articles SET published = '0001-01-01'")
        conn.execute("UPDATE mentions SET event_date = '2024-13-45'")
        conn.bump_revision()
    mentions = load_events(db_path, unit="mention")
    assert len(mentions) >= 1
    assert mentions["published"].isna().all() and mentions["event_date"].isna().all()
    events = load_events(db_path)
    assert len(events) >= 1
    assert events["first_reported"].isna().all() and events["event_date"].isna().all()


def _profile_with_window(tmp_path: Path, first_year: int, years_ahead: int) -> CountryProfile:
    """The shipped country profile with another ``published`` window, in a folder of its own."""
    data = json.loads((COUNTRY_DIR / "ve.json").read_text(encoding="utf-8"))
    data["gazetteer"] = {
        key: str((COUNTRY_DIR / value).resolve()) for key, value in data["gazetteer"].items()
    }
    data["published"] = {"first_year": first_year, "years_ahead": years_ahead}
    folder = tmp_path / "country"
    folder.mkdir()
    (folder / "ve.json").write_text(json.dumps(data), encoding="utf-8")
    return load_country_profile("ve", folder)


# The window read from the profile in use: here 2020 to the end of this year.
WINDOW_CASES: list[tuple[str, str, str | None]] = [
    (
        "day-before.md",
        "2019-12-31",
        f"outside 2020-01-01 to {NOW_YEAR}-12-31 (the 'published' window of ve.json)",
    ),
    ("first-day.md", "2020-01-01", None),
    ("last-day.md", f"{NOW_YEAR}-12-31", None),
    ("next-year.md", f"{NOW_YEAR + 1}-01-01", f"outside 2020-01-01 to {NOW_YEAR}-12-31"),
    ("year1.md", "0001-01-01", "outside 2020-01-01"),
]


@pytest.mark.parametrize(("name", "published", "problem"), WINDOW_CASES, ids=[c[0] for c in WINDOW_CASES])
def test_the_published_window_comes_from_the_country_profile(
    tmp_path: Path, db_path: Path, name: str, published: str, problem: str | None
) -> None:
    profile = _profile_with_window(tmp_path, first_year=2020, years_ahead=0)
    article = _write(tmp_path / name, f"---\npublished: '{published}'\n---\n{VALENCIA_ES}")
    summary = ingest_paths([article], db_path, profile=profile)
    if problem is None:
        assert (summary.new, summary.errors) == (1, [])
        return
    [error] = summary.errors
    assert str(error).startswith(str(article)) and problem in str(error) and "\n" not in str(error)
    assert summary.new == 0 and stored(db_path)["articles"] == 0


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_with_a_bom_is_read_not_called_binary(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    body = "---\ntitle: Protesta en Mérida\n---\n" + VALENCIA_ES
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
    path.write_bytes(bom + body.encode(encoding))
    [article] = read_articles(path)
    assert article.title == "Protesta en Mérida" and article.text == VALENCIA_ES


def test_jsonl_with_u2028_inside_a_string_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": "Protesta en Coro.\u2028Segunda línea."}, ensure_ascii=False)
        + "\n"
        + json.dumps({"text": VALENCIA_ES})
        + "\n",
        encoding="utf-8",
    )
    first, second = read_articles(path)
    assert first.text == "Protesta en Coro.\u2028Segunda línea." and second.text == VALENCIA_ES


def test_html_meta_date_that_is_not_a_day_is_dropped_with_a_note_not_moved(
    tmp_path: Path, db_path: Path
) -> None:
    paragraph = (
        "Police fired tear gas at hundreds of protesters in Maracaibo, Zulia state, witnesses said. " * 3
    )
    page = (
        '<html><head><meta property="article:published_time" content="2024-02-30">'
        f"<title>Tear gas</title></head><body><article><p>{paragraph}</p></article></body></html>"
    )
    summary = ingest_one(tmp_path, db_path, "page.html", page.encode())
    assert summary.new == 1
    [note] = summary.notes
    assert "2024-02-30" in str(note) and "stored without a publication date" in str(note)
    with store.open_db(db_path) as conn:
        [article] = conn.iter_articles()
    assert article.article.published is None


def test_the_same_text_with_new_metadata_is_reported(tmp_path: Path, db_path: Path) -> None:
    ingest_one(tmp_path, db_path, "a.md", b"---\ntitle: First\n---\n" + VALENCIA_ES.encode())
    summary = ingest_one(tmp_path, db_path, "b.md", b"---\ntitle: Second\n---\n" + VALENCIA_ES.encode())
    assert (summary.new, summary.already_stored) == (0, 1)
    [note] = summary.notes
    assert "b.md" in str(note) and "another title" in str(note) and "kept the stored metadata" in str(note)


def test_a_dangling_symlink_is_reported(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(VALENCIA_ES, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    summary = ingest_paths([folder], db_path)
    assert summary.new == 1
    [error] = summary.errors
    assert str(error).startswith(str(folder / "gone.txt")) and "dangling symbolic link" in str(error)


def test_an_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="protestmap-walk-"))
    try:
        (top / "ok").mkdir()
        (top / "ok" / "a.txt").write_text(VALENCIA_ES, encoding="utf-8")
        (top / "secret").mkdir()
        (top / "secret" / "b.txt").write_text("Protesta en Coro.", encoding="utf-8")
        code = (
            "from pathlib import Path; from dashboard.ingest import collect_files;"
            f"files, errors = collect_files([Path({str(top)!r})]);"
            "print(len(files)); [print(e) for e in errors]"
        )
        command = [sys.executable, "-c", code]
        if os.geteuid() == 0:  # root reads every folder: check as a user whom permissions bind
            for path in [top, *top.rglob("*")]:
                os.chown(path, 65534, 65534)
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        top.chmod(0o755)
        (top / "secret").chmod(0o000)
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    finally:
        (top / "secret").chmod(0o755)
        import shutil

        shutil.rmtree(top, ignore_errors=True)
    assert done.returncode == 0, done.stderr
    count, error = done.stdout.strip().splitlines()
    assert count == "1"
    assert error.startswith(str(top / "secret")) and "cannot read this folder" in error


def test_places_missed_in_a_geocoder_outage_are_retried_on_the_next_ingest(
    tmp_path: Path, db_path: Path
) -> None:
    from nominatim_server import NominatimServer

    from dashboard.geocode import NominatimGeocoder
    from dashboard.geoparse import default_extractor

    path = _write(tmp_path / "a.txt", "Los vecinos protestaron en Villa Zorrilla el lunes por la noche.")
    with NominatimServer() as server:
        geocoder = NominatimGeocoder(
            user_agent="protestmap-tests (t@example.invalid)",
            domain=server.domain,
            scheme="http",
            cache_path=tmp_path / "geocode.sqlite",
            min_delay_seconds=0.0,
            timeout=0.5,
        )
        extractor = default_extractor(geocoder)
        server.mode = "error"
        first = ingest_paths([path], db_path, extractor=extractor)
        assert (first.new, first.geocoder_incomplete) == (1, 1)
        assert "could not look up" in first.line()
        server.mode = "ok"
        second = ingest_paths([path], db_path, extractor=extractor)
        assert (second.updated, second.geocoder_incomplete) == (1, 0)
        third = ingest_paths([path], db_path, extractor=extractor)
        assert third.already_stored == 1
    with store.open_db(db_path) as conn:
        [article] = conn.iter_articles()
    assert article.extractor_version == extractor.version


def test_two_ingests_at_once_count_each_article_new_once(tmp_path: Path, any_db: str) -> None:
    import threading

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        _write(folder / f"{i:02}.txt", f"Protesta número {i} en Valencia, estado Carabobo, el lunes.")
    store.open_db(any_db).close()
    summaries: list[IngestSummary] = []
    barrier = threading.Barrier(2)

    def run() -> None:
        barrier.wait()
        summaries.append(ingest_paths([folder], any_db))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(s.new for s in summaries) == 12
    assert sum(s.already_stored for s in summaries) == 12
    with store.open_db(any_db) as conn:
        assert conn.count_rows()["articles"] == 12


def test_disk_full_is_one_clear_line_and_nothing_stored_before_is_lost(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    first = [_write(folder / f"a{i}.txt", f"Protesta {i} en Valencia, estado Carabobo.") for i in range(3)]
    ingest_paths(first, db_path)
    before = stored(db_path)
    with store.open_db(db_path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        big = [
            _write(folder / f"b{i}.txt", f"Protesta {i} en Maracay. " + "Texto largo. " * 3000)
            for i in range(5)
        ]
        with pytest.raises(StoreError) as caught:
            ingest_paths(big, conn)
    message = str(caught.value)
    assert message.startswith(str(db_path)) and "full" in message and "\n" not in message
    assert "everything stored before is kept" in message
    assert stored(db_path) == before
    with store.open_db(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = ingest_paths(big, db_path)  # room again: the re-run completes
    assert again.new == 5


def test_a_file_name_with_terminal_escapes_is_printed_escaped(tmp_path: Path, db_path: Path) -> None:
    import subprocess
    import sys

    name = "evil\x1b[2J\x1b]0;pwned\x07.txt"
    (tmp_path / name).write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(tmp_path / name), "--db", str(db_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "evil\\x1b[2J\\x1b]0;pwned\\x07.txt: file is empty" in done.stderr


@pytest.mark.parametrize("value", ["nan", "-0.1", "1.5", "inf", "x"])
def test_min_confidence_out_of_range_or_nan_is_refused(value: str, db_path: Path) -> None:
    from dashboard.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["events", "--format", "csv", "--min-confidence", value])


@pytest.mark.parametrize("target", ["folder", "missing/parent/out.csv"])
def test_events_output_into_a_folder_or_an_unwritable_path_is_one_line(
    tmp_path: Path, shipped_db: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from dashboard.cli import main

    (tmp_path / "folder").mkdir()
    code = main(["events", "--db", str(shipped_db), "--format", "csv", "-o", str(tmp_path / target)])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"protestmap events: {tmp_path / target}") and "\n" not in err
