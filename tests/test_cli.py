"""The `protestmap` command as a user types it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from locations import ARTICLES, REPO

from dashboard.cli import build_parser, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_twice_then_events_as_geojson(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "ingest", str(ARTICLES), "--db", str(db_path))
    assert code == 0
    assert out.startswith("6 new, 0 already stored, 0 failed")

    code, out, _ = run(capsys, "ingest", str(ARTICLES), "--db", str(db_path))
    assert code == 0
    assert "0 new, 6 already stored, 0 failed" in out
    assert "Nothing new" in out

    code, out, _ = run(capsys, "events", "--db", str(db_path), "--format", "geojson")
    assert code == 0
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    assert collection["features"], "the shipped articles report protest sites"
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["status"] == "auto"
        assert feature["properties"]["n_articles"] == len(feature["properties"]["article_ids"]) >= 1

    code, out, _ = run(capsys, "events", "--db", str(db_path), "--format", "jsonl", "--unit", "mention")
    mentions = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and all(m["role"] == "protest_site" for m in mentions)
    assert len(mentions) > len(collection["features"]), "several mentions make one event"


def test_events_filters_and_output_file(
    capsys: pytest.CaptureFixture[str], shipped_db: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "carabobo.csv"
    code, _, err = run(
        capsys,
        "events",
        "--db",
        str(shipped_db),
        "--state",
        "Carabobo",
        "--format",
        "csv",
        "-o",
        str(out_file),
    )
    assert code == 0 and "events ->" in err
    rows = out_file.read_text(encoding="utf-8").splitlines()
    assert len(rows) >= 2
    assert all(",Carabobo," in row for row in rows[1:])

    code, out, _ = run(
        capsys,
        "events",
        "--db",
        str(shipped_db),
        "--from",
        "2024-08-28",
        "--to",
        "2024-08-28",
        "--format",
        "jsonl",
    )
    dates = {json.loads(line)["event_date"] for line in out.splitlines()}
    assert dates <= {"2024-08-28", None}


def test_ingest_reports_bad_files_and_exits_1(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(bad), str(tmp_path / "missing"), "--db", str(db_path))
    assert code == 1
    assert f"error: {bad}:1: not valid JSON" in err
    assert f"error: {tmp_path / 'missing'}: no such file or directory" in err
    assert "0 new, 0 already stored, 2 failed" in out


def test_a_foreign_database_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    code, _, err = run(capsys, "events", "--db", str(notes), "--format", "csv")
    assert code == 1
    assert err.strip() == f"protestmap events: {notes}: not an SQLite database; refusing to touch it"


def test_extract_contract_keys_and_spans(capsys: pytest.CaptureFixture[str]) -> None:
    seed = ARTICLES / "seed_voz.txt"
    code, out, _ = run(capsys, "extract", str(seed), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    keys = [
        "surface",
        "start",
        "end",
        "place_id",
        "name",
        "level",
        "country",
        "state",
        "state_code",
        "lat",
        "lon",
        "role",
        "event_type",
        "event_date",
        "date_precision",
        "confidence",
        "sentence",
        "anchor_place_id",
        "coord_precision",
    ]
    from dashboard.ingest import read_articles

    [article] = read_articles(seed)
    for record in records:
        assert list(record) == keys
        assert article.text[record["start"] : record["end"]] == record["surface"]
    # front matter supplies the date: the protests of the seed are dated
    assert any(r["event_date"] == "2024-07-29" for r in records if r["role"] == "protest_site")


def test_extract_table_and_a_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(ARTICLES / "seed_newsweek.txt"), "--format", "table")
    assert code == 0 and "protest sites" in out.splitlines()[-1]
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["extract", "x.txt", "--published", "29/08/2024"])
    assert exited.value.code == 2
    assert "invalid date '29/08/2024'" in capsys.readouterr().err


def test_reprocess_keeps_the_events(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    run(capsys, "ingest", str(ARTICLES), "--db", str(db_path))
    _, before, _ = run(capsys, "events", "--db", str(db_path), "--format", "jsonl")
    code, out, _ = run(capsys, "reprocess", "--db", str(db_path))
    assert code == 0 and out.startswith("re-extracted 6 articles")
    _, after, _ = run(capsys, "events", "--db", str(db_path), "--format", "jsonl")
    assert without_ids(before) == without_ids(after)


def test_db_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, shipped_db: Path
) -> None:
    monkeypatch.setenv("PROTESTMAP_DB", str(shipped_db))
    code, out, _ = run(capsys, "events", "--format", "jsonl")
    assert code == 0 and out.strip()


def without_ids(jsonl: str) -> list[str]:
    return sorted(
        json.dumps({k: v for k, v in json.loads(line).items() if k != "event_id"})
        for line in jsonl.splitlines()
    )


@pytest.mark.parametrize(
    "command",
    ["ingest", "events", "reprocess", "serve", "extract", "eval", "bench", "snapshot", "export-map"],
)
def test_every_command_has_help(command: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", command, "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"usage: protestmap {command}" in result.stdout
