"""Articles in: every format, every kind of bad input, and idempotency."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard import store
from dashboard.errors import IngestError
from dashboard.ingest import IngestErrors, ingest_paths, read_article_bytes, read_articles

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
