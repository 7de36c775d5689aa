"""Review corrections: the value, its JSON lines, how it applies to an article's mentions and
to the events, and the gold it makes for `protestmap eval`."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from eventcases import (
    BARQUISIMETO,
    CARABOBO,
    CARACAS,
    CONTAINMENT,
    MON,
    PETARE,
    TUE,
    VALENCIA,
    article,
    mention,
)

from dashboard.corrections import (
    CORRECTION_KEYS,
    Correction,
    apply_corrections,
    match_span,
    read_corrections,
    sentence_around,
    to_gold,
    write_corrections,
    write_gold,
)
from dashboard.errors import CorrectionError
from dashboard.evaluate import evaluate_gold, gold_places
from dashboard.geoparse import extract_mentions
from dashboard.grouping import build_events
from dashboard.models import ArticleMentions, Event

AUTHOR = "Ana (review team)"
WHEN = "2024-08-01T10:00:00+00:00"


def fix(**changes: Any) -> Correction:
    values: dict[str, Any] = dict(action="fix", article_id="a", start=0, end=7, author=AUTHOR, created=WHEN)
    values.update(changes)
    return Correction(**values)


# --- The value ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"action": "delete"}, "action 'delete' is not one of"),
        ({"article_id": " "}, "article_id is missing"),
        ({"start": 7, "end": 7}, "span 7-7 is empty"),
        ({"start": -1}, "span -1-7 is empty or negative"),
        ({"start": True}, "must be whole numbers"),
        ({"role": "victim"}, "role 'victim' is not one of"),
        ({"event_type": "riot"}, "event_type 'riot' is not one of"),
        ({"created": "yesterday", "role": "other"}, "created 'yesterday' is not an ISO 8601 time"),
        ({}, "a fix changes nothing"),
        ({"place_id": "t:valencia"}, "'t:valencia' is not a known place"),
        (
            {"place_id": "t:x", "place": VALENCIA.place()},
            "place_id 't:x' and place.place_id 't:valencia' differ",
        ),
        ({"surface": "Caracas!", "role": "other"}, "surface 'Caracas!' does not span 0-7"),
        ({"action": "add"}, "an add needs the place"),
        ({"action": "reject", "role": "protest_site"}, "a reject takes role 'other'"),
        ({"action": "merge"}, "a merge needs target_article_id"),
        (
            {"action": "merge", "target_article_id": "a", "target_start": 0, "target_end": 7},
            "two different spans",
        ),
        (
            {"action": "split", "target_article_id": "b", "target_start": 0, "target_end": 7},
            "only go with a merge",
        ),
        ({"old": (("colour", "red"),), "role": "other"}, "old has key 'colour'"),
        (
            {"old": (("place_id", ["a", "b"]),), "role": "other"},
            "old place_id must be text, a number or null",
        ),
    ],
)
def test_a_correction_that_cannot_apply_cannot_be_made(changes: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError) as caught:
        fix(**changes)
    assert problem in str(caught.value)


def test_a_corrections_identity_is_its_content() -> None:
    one = fix(role="other", note="a press conference, not a protest")
    assert one.correction_id == fix(role="other", note="a press conference, not a protest").correction_id
    assert one.correction_id != fix(role="other", note="another reason").correction_id
    assert len(one.correction_id) == 32
    assert one.new_values == {"role": "other"} and one.old_values == {}


# --- JSON lines ------------------------------------------------------------------------------------

EXAMPLES = [
    Correction("confirm", "a", 0, 7, author=AUTHOR, created=WHEN),
    Correction("reject", "a", 20, 27, role="other", author=AUTHOR, note="a meeting place", created=WHEN),
    Correction(
        "fix",
        "b",
        5,
        13,
        place_id=VALENCIA.place_id,
        place=VALENCIA.place(),
        event_type="arrests",
        event_date=TUE,
        author=AUTHOR,
        note="Valencia, not Valencia de Don Juan",
        created=WHEN,
        old=(("event_date", "2024-07-29"), ("place_id", "t:elsewhere")),
    ),
    Correction(
        "add",
        "b",
        40,
        46,
        place_id=PETARE.place_id,
        place=PETARE.place(),
        surface="Petare",
        sentence="In Petare.",
    ),
    Correction("merge", "a", 0, 7, target_article_id="b", target_start=5, target_end=13, author=AUTHOR),
    Correction("split", "c", 3, 10, note="two marches that day", author="Luis"),
]


def test_corrections_round_trip_through_json_lines(tmp_path: Path) -> None:
    path = write_corrections(EXAMPLES, tmp_path / "review.jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(tuple(line)[:12] == CORRECTION_KEYS[:12] for line in lines)  # the contract's keys, in order
    assert sorted(read_corrections(path), key=Correction.order_key) == sorted(
        EXAMPLES, key=Correction.order_key
    )


def test_importing_a_file_twice_or_a_line_twice_gives_each_correction_once(tmp_path: Path) -> None:
    path = write_corrections(EXAMPLES[:2], tmp_path / "review.jsonl")
    path.write_text(path.read_text(encoding="utf-8") * 2, encoding="utf-8")
    first, again = read_corrections(path), read_corrections(path)
    assert [c.correction_id for c in first] == [c.correction_id for c in again]
    assert len(first) == 2


TEXTS = {"a": "Caracas protested. Others met in Maracay.", "b": "Also Valencia."}


def bad_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "review.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps({"article_id": "a", "start": 0, "end": 7, "action": "confirm", "author": AUTHOR})


def line(**changes: Any) -> str:
    """A corrections line: a confirm of Caracas in article 'a', changed."""
    record: dict[str, Any] = {"article_id": "a", "start": 0, "end": 7, "action": "confirm"}
    record.update(changes)
    return json.dumps({k: v for k, v in record.items() if v is not None})


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "a line must be a JSON object"),
        (line(evnt_type="arrests"), "unknown key(s) 'evnt_type'"),
        (line(end=None), "missing end"),
        (line(action="approve"), "action 'approve' is not one of"),
        (line(end=7.5), "start and end must be whole numbers, got 0 and 7.5"),
        (line(action="fix", event_date="29/07/2024"), "event_date '29/07/2024' is not an ISO date"),
        (line(article_id="zz"), "unknown article 'zz'"),
        (line(article_id="b", start=5, end=40), "span 5-40 is beyond the end of article 'b' (14 characters)"),
        (line(surface="Maracay"), "surface 'Maracay' is not the text at 0-7 ('Caracas')"),
        (line(action="fix", place_id="t:nowhere"), "place_id 't:nowhere' is not a known place"),
        (
            line(action="merge", target_article_id="zz", target_start=0, target_end=4),
            "unknown target article 'zz'",
        ),
    ],
)
def test_a_bad_line_is_reported_by_number_and_nothing_of_the_file_is_read(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = bad_file(tmp_path, GOOD, "", line, GOOD)
    with pytest.raises(CorrectionError) as caught:
        read_corrections(
            path, article_text=TEXTS.get, resolve_place={VALENCIA.place_id: VALENCIA.place()}.get
        )
    assert caught.value.problems[0] == f"{path}: 1 bad line; nothing of this file was imported"
    assert caught.value.problems[1].startswith(f"{path}:3: {problem}"), caught.value.problems[1]
    assert len(caught.value.problems) == 2


def test_every_bad_line_is_reported_at_once(tmp_path: Path) -> None:
    path = bad_file(tmp_path, "{", GOOD, '{"action": "confirm"}')
    with pytest.raises(CorrectionError) as caught:
        read_corrections(path)
    assert [p.split(": ", 1)[0] for p in caught.value.problems] == [str(path), f"{path}:1", f"{path}:3"]
    assert caught.value.problems[2].endswith("missing article_id, start, end")


def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(CorrectionError, match="cannot read corrections"):
        read_corrections(tmp_path / "missing.jsonl")


def test_reading_fills_in_the_place_and_an_adds_words_from_the_stored_text(tmp_path: Path) -> None:
    line = {
        "article_id": "a",
        "start": 33,
        "end": 40,
        "action": "add",
        "place_id": "t:maracay",
        "author": AUTHOR,
    }
    path = bad_file(tmp_path, json.dumps(line))
    maracay = replace(CARACAS.place(), place_id="t:maracay", name="Maracay")
    (added,) = read_corrections(path, article_text=TEXTS.get, resolve_place={"t:maracay": maracay}.get)
    assert (added.surface, added.sentence, added.place) == ("Maracay", "Others met in Maracay.", maracay)


@pytest.mark.parametrize(
    ("text", "start", "end", "sentence"),
    [
        ("One. Two in Caracas! Three.", 12, 19, "Two in Caracas!"),
        ("Caracas", 0, 7, "Caracas"),
        ("Title\nPhoto: Petare at night\nBody.", 13, 19, "Photo: Petare at night"),
        ("Dr. Who in Caracas.", 11, 18, "Who in Caracas."),  # an abbreviation ends a "sentence": harmless
    ],
)
def test_the_sentence_around_selected_words(text: str, start: int, end: int, sentence: str) -> None:
    assert sentence_around(text, start, end) == sentence


# --- Applying to one article ---------------------------------------------------------------------------

S = "Protesters gathered in Caracas and Petare on Monday."
ARTICLE = article("a", mention(CARACAS, 23, S), mention(PETARE, 35, S))


def applied(*corrections: Correction) -> list[tuple[str, str, str | None, str]]:
    review = apply_corrections(ARTICLE, corrections)
    return [
        (m.name, m.role, m.event_type, status)
        for m, status in zip(review.mentions, review.statuses, strict=True)
    ]


CARACAS_AUTO = ("Caracas", "protest_site", "peaceful_protest", "auto")
PETARE_AUTO = ("Petare", "protest_site", "peaceful_protest", "auto")
CARACAS_VERIFIED = ("Caracas", "protest_site", "peaceful_protest", "verified")
TO_VALENCIA = {"place_id": VALENCIA.place_id, "place": VALENCIA.place()}
EARLY, LATE = "2024-08-01T10:00", "2024-08-01T11:00"


@pytest.mark.parametrize(
    ("corrections", "expected"),
    [
        ((), [CARACAS_AUTO, PETARE_AUTO]),
        ((Correction("confirm", "a", 23, 30),), [CARACAS_VERIFIED, PETARE_AUTO]),
        ((Correction("reject", "a", 23, 30, role="other"),),
         [("Caracas", "other", "peaceful_protest", "corrected"), PETARE_AUTO]),
        ((Correction("reject", "a", 23, 30),), [PETARE_AUTO]),
        ((Correction("fix", "a", 35, 41, event_type="arrests"),),
         [CARACAS_AUTO, ("Petare", "protest_site", "arrests", "corrected")]),
        ((Correction("fix", "a", 35, 41, **TO_VALENCIA),),
         [CARACAS_AUTO, ("Valencia", "protest_site", "peaceful_protest", "corrected")]),
        # a geoparser whose span moved ("Caracas and": overlap) is still corrected
        ((Correction("reject", "a", 20, 34),), [PETARE_AUTO]),
        # the last word wins: a confirm after a reject brings the mention back, whatever the file order
        ((Correction("reject", "a", 23, 30, created=EARLY), Correction("confirm", "a", 23, 30, created=LATE)),
         [CARACAS_VERIFIED, PETARE_AUTO]),
        ((Correction("confirm", "a", 23, 30, created=LATE), Correction("reject", "a", 23, 30, created=EARLY)),
         [CARACAS_VERIFIED, PETARE_AUTO]),
        # a place the geoparser missed; and one it has since found (the add corrects it, no double)
        ((Correction("add", "a", 0, 10, surface="Protesters", **TO_VALENCIA),),
         [("Valencia", "protest_site", None, "corrected"), CARACAS_AUTO, PETARE_AUTO]),
        ((Correction("add", "a", 35, 41, event_type="arrests", place_id=PETARE.place_id,
                     place=PETARE.place()),),
         [CARACAS_AUTO, ("Petare", "protest_site", "arrests", "corrected")]),
    ],
)  # fmt: skip
def test_corrections_of_one_article(
    corrections: tuple[Correction, ...], expected: list[tuple[str, ...]]
) -> None:
    assert applied(*corrections) == expected


def test_a_correction_whose_span_meets_no_mention_does_not_apply() -> None:
    review = apply_corrections(
        ARTICLE, [Correction("reject", "a", 0, 10), Correction("confirm", "b", 23, 30)]
    )
    assert [c.start for c in review.unmatched] == [0, 23] and not review.applied
    assert review.mentions == ARTICLE.mentions


@pytest.mark.parametrize(
    ("start", "end", "found"),
    [(23, 30, 0), (20, 34, 0), (29, 37, 1), (30, 35, None), (0, 100, 0), (36, 38, 1)],
)
def test_a_span_finds_the_exact_mention_else_the_largest_overlap(
    start: int, end: int, found: int | None
) -> None:
    assert match_span(ARTICLE.mentions, start, end) == found


# --- Applied when events are built ------------------------------------------------------------------------


def events(*articles: ArticleMentions, corrections: tuple[Correction, ...] = ()) -> dict[str, Event]:
    built = build_events(articles, containment=CONTAINMENT, corrections=corrections)
    return {e.name: e for e in built.events}


def test_confirming_a_mention_verifies_its_event_and_a_fix_marks_it_corrected() -> None:
    confirm = Correction("confirm", "a", 23, 30)
    built = events(ARTICLE, corrections=(confirm, Correction("fix", "a", 35, 41, event_type="arrests")))
    assert (built["Caracas"].status, built["Petare"].status, built["Petare"].event_type) == (
        "verified",
        "corrected",
        "arrests",
    )


def test_a_rejection_survives_a_new_geoparser_whose_spans_moved() -> None:
    rejection = Correction("reject", "a", 35, 41, role="other", note="a place named, no protest there")
    assert "Petare" not in events(ARTICLE, corrections=(rejection,))
    reprocessed = article("a", mention(CARACAS, 23, S), mention(PETARE, 35, S, surface="Petare and"))
    assert "Petare" not in events(reprocessed, corrections=(rejection,))
    assert "Petare" in events(reprocessed)


def test_fixing_the_place_moves_the_event() -> None:
    moved = events(
        ARTICLE,
        corrections=(Correction("fix", "a", 35, 41, place_id=VALENCIA.place_id, place=VALENCIA.place()),),
    )
    assert sorted(moved) == ["Caracas", "Valencia"]
    assert (moved["Valencia"].lat, moved["Valencia"].state_code, moved["Valencia"].status) == (
        VALENCIA.lat,
        "VE-G",
        "corrected",
    )


def test_a_reviewer_sets_the_type_even_against_a_more_severe_report() -> None:
    one = article("a", mention(CARACAS, 0, kind="excessive_force"), source="Wire")
    other = article("b", mention(CARACAS, 0), source="Provea")
    assert events(one, other)["Caracas"].event_type == "excessive_force"
    reviewed = events(
        one, other, corrections=(Correction("fix", "b", 0, 7, event_type="protest_with_intervention"),)
    )
    assert (reviewed["Caracas"].event_type, reviewed["Caracas"].n_articles) == (
        "protest_with_intervention",
        2,
    )


def test_merging_two_events_keeps_the_first_ones_place_day_and_id() -> None:
    before = events(ARTICLE)
    merge = Correction(
        "merge", "a", 23, 30, target_article_id="a", target_start=35, target_end=41, author=AUTHOR
    )
    after = events(ARTICLE, corrections=(merge,))
    assert list(after) == ["Caracas"]
    merged = after["Caracas"]
    assert (merged.event_id, merged.status, merged.n_mentions, len(merged.members)) == (
        before["Caracas"].event_id,
        "corrected",
        1,
        2,
    )


def test_splitting_takes_one_articles_part_out_of_an_event() -> None:
    one = article("a", mention(VALENCIA, 0), source="Wire")
    other = article(
        "b",
        mention(VALENCIA, 10, "In Valencia, Carabobo."),
        mention(CARABOBO, 22, "In Valencia, Carabobo."),
        source="Provea",
    )
    assert events(one, other)["Valencia"].n_articles == 2
    split = Correction("split", "b", 22, 30, note="another march, at night")
    built = build_events([one, other], containment=CONTAINMENT, corrections=(split,)).events
    assert sorted((e.name, e.n_articles, len(e.members), e.status) for e in built) == [
        ("Valencia", 1, 1, "auto"),
        ("Valencia", 1, 2, "corrected"),
    ]
    assert len({e.event_id for e in built}) == 2


def test_adding_a_place_the_geoparser_missed_makes_an_event() -> None:
    text = "A vigil in Barquisimeto on Monday."
    add = Correction(
        "add", "z", 11, 23, place_id=BARQUISIMETO.place_id, place=BARQUISIMETO.place(),
        event_type="peaceful_protest", event_date=MON, surface="Barquisimeto", sentence=text,
    )  # fmt: skip
    built = events(article("z"), corrections=(add,))
    assert (built["Barquisimeto"].event_date, built["Barquisimeto"].status) == (MON, "corrected")


def test_corrections_that_find_nothing_are_reported_not_guessed() -> None:
    gone = Correction("confirm", "deleted-article", 0, 7)
    moved_away = Correction("reject", "a", 0, 5)
    merge_nowhere = Correction("merge", "a", 23, 30, target_article_id="a", target_start=0, target_end=5)
    built = build_events([ARTICLE], corrections=(gone, moved_away, merge_nowhere))
    assert set(built.unmatched) == {gone, moved_away, merge_nowhere}
    assert sorted(e.name for e in built.events) == ["Caracas", "Petare"]


# --- Gold for `protestmap eval` ---------------------------------------------------------------------------

TEXT = (
    "Hundreds of people marched on Monday in Valencia, Carabobo state, demanding the tally sheets. "
    "Police fired tear gas at protesters in Maracay. The government said the protests were funded "
    "from abroad, according to officials in Caracas.\n"
)


def reviewed_article() -> ArticleMentions:
    mentions = extract_mentions(TEXT, published=TUE, language="en")
    return ArticleMentions(
        "doc-a", tuple(mentions), source="Wire", published=TUE, title="Marches", language="en"
    )


def test_only_reviewed_articles_become_gold() -> None:
    assert to_gold([reviewed_article()], {"doc-a": TEXT}, []) == []


def test_gold_round_trips_through_the_eval_reader(tmp_path: Path) -> None:
    doc = reviewed_article()
    caracas = TEXT.index("Caracas")
    corrections = [
        Correction("confirm", "doc-a", TEXT.index("Valencia"), TEXT.index("Valencia") + 8, author=AUTHOR),
        Correction(
            "reject",
            "doc-a",
            caracas,
            caracas + 7,
            role="other",
            author=AUTHOR,
            note="officials, not protesters",
        ),
    ]
    (gold,) = to_gold([doc], {"doc-a": TEXT}, corrections)
    path = write_gold([gold], tmp_path / "gold" / "gold.jsonl")
    assert (tmp_path / "gold" / "doc-a.txt").read_text(encoding="utf-8") == TEXT
    record = json.loads(path.read_text(encoding="utf-8"))
    assert (record["doc_id"], record["published"], record["language"], record["reviewed_by"]) == (
        "doc-a",
        "2024-07-30",
        "en",
        [AUTHOR],
    )
    places = {p.label.split(" [")[0]: p for p in gold_places(record)}
    assert sorted(places) == ["Carabobo", "Caracas", "Maracay", "Valencia"]
    assert (places["Valencia"].protest, places["Valencia"].event_date, places["Valencia"].state_code) == (
        True,
        MON,
        "VE-G",
    )
    assert (places["Caracas"].protest, places["Caracas"].event_date) == (False, None)
    for entry in record["places"]:
        assert TEXT[entry["start"] : entry["end"]] == entry["surface"]
    # and `protestmap eval` scores today's geoparser on it: the rejected protest site is its one error
    report = evaluate_gold(path)
    (result,) = report.docs
    assert (result.protest_tp, result.protest_fp, result.protest_fn) == (3, 1, 0)
    assert (result.place_tp, result.place_fp, result.place_fn) == (4, 0, 0)
    assert len(result.extra_protest_sites) == 1 and "Caracas" in result.extra_protest_sites[0]


def test_to_gold_needs_the_text_of_every_reviewed_article() -> None:
    with pytest.raises(CorrectionError, match="no text for reviewed article doc-a"):
        to_gold(
            [reviewed_article()],
            {},
            [Correction("confirm", "doc-a", TEXT.index("Maracay"), TEXT.index("Maracay") + 7)],
        )


def test_the_gold_date_of_a_place_reported_on_two_days_is_the_first_with_both_listed() -> None:
    two_days = article(
        "d",
        mention(CARACAS, 0, "Caracas on Monday."),
        mention(CARACAS, 30, "Caracas again on Tuesday.", day=TUE),
    )
    (gold,) = to_gold([two_days], {"d": "x" * 60}, [Correction("confirm", "d", 0, 7)])
    (entry,) = gold.record["places"]
    assert (entry["event_date"], entry["event_dates"], entry["start"]) == (
        "2024-07-29",
        ["2024-07-29", "2024-07-30"],
        0,
    )
    assert date.fromisoformat(entry["event_date"]) == MON


def test_old_values_are_kept_as_their_json_line_holds_them(tmp_path: Path) -> None:
    made = fix(event_date=TUE, old=(("place_id", "t:caracas"), ("event_date", MON)))
    assert made.old == (("event_date", "2024-07-29"), ("place_id", "t:caracas"))
    (read,) = read_corrections(write_corrections([made], tmp_path / "review.jsonl"))
    assert read == made and read.correction_id == made.correction_id
