"""A reading of several clause languages at once (`reading_for(("en", "es"))`): the packs' lists
are joined into one pattern per key, so a group name two packs both use must be told apart,
and read back whichever pack's fragment matched."""

from __future__ import annotations

import re

import pytest

from dashboard.geoparse.reading import named_span, named_text, numbered_groups, reading_for


@pytest.mark.parametrize(
    ("fragments", "joined"),
    [
        (["(?P<n>a)", "(?P<n>b)"], ["(?P<n>a)", "(?P<n_2>b)"]),
        (["(?P<n>a)(?P=n)", "x(?P<n>b)(?P=n)", "(?P<n>c)"],
         ["(?P<n>a)(?P=n)", "x(?P<n_2>b)(?P=n_2)", "(?P<n_3>c)"]),
        (["(?P<a>x)", "(?P<b>y)"], ["(?P<a>x)", "(?P<b>y)"]),
        (["plain", "(?P<n>b)"], ["plain", "(?P<n>b)"]),
    ],
)  # fmt: skip
def test_a_group_name_that_an_earlier_fragment_defines_is_numbered(
    fragments: list[str], joined: list[str]
) -> None:
    assert numbered_groups(fragments) == joined
    re.compile("|".join(joined))


@pytest.mark.parametrize(
    ("text", "count"),
    [("b", "b"), ("a", "a"), ("c", None)],
)
def test_named_span_reads_the_copy_that_matched(text: str, count: str | None) -> None:
    pattern = re.compile("|".join(numbered_groups(["(?P<n>a)", "(?P<n>b)", "(?P<other>c)"])))
    match = pattern.fullmatch(text)
    assert match is not None
    start, end = named_span(match, "n")
    assert (text[start:end] if start >= 0 else None) == count


@pytest.mark.parametrize(
    ("window", "count"),
    [
        ("Tres días después de la peor noche, la del ", "Tres"),
        ("three days after the worst night, the one of the ", "three"),
        ("10 nights after the vote, that of ", "10"),
    ],
)  # fmt: skip
def test_both_packs_read_together_count_the_days_of_either_language(window: str, count: str) -> None:
    reading = reading_for(("en", "es"))
    match = reading.counted_after_apposition.search(window)
    assert match is not None
    start, end = named_span(match, "count")
    assert window[start:end] == count


@pytest.mark.parametrize("languages", [("en", "es"), ("es", "en")])
@pytest.mark.parametrize(
    ("window", "count", "unit"),
    [
        ("Eight days after the student march in ", "Eight", "days"),
        ("Dos semanas después de la marcha en ", "Dos", "semanas"),
    ],
)  # fmt: skip
def test_both_packs_read_together_count_back_in_either_language(
    languages: tuple[str, ...], window: str, count: str, unit: str
) -> None:
    match = reading_for(languages).counted_back_from.search(window)
    assert match is not None
    assert (named_text(match, "count"), named_text(match, "unit")) == (count, unit)


@pytest.mark.parametrize(
    ("language", "after", "clause"),
    [
        ("es", ", capital del estado Falcón, donde la policía dispersó una marcha", True),
        ("es", ", en la que cientos de vecinos protestaron", True),
        ("es", " dijo que no hubo protestas", False),  # "que" alone: the cheap words pass it
        ("en", ", the Falcón state capital, where police dispersed a march", True),
        ("en", ", in which hundreds marched", True),
        ("en", " said which roads were closed", False),
    ],
)  # fmt: skip
def test_the_where_word_is_in_every_window_the_where_clause_matches(
    language: str, after: str, clause: bool
) -> None:
    """role reads where_word first and tries where_clause only when it is there: whatever the
    clause pattern matches, the word alone finds too (read over the same window)."""
    from types import SimpleNamespace

    reading = reading_for((language,))
    text = "Coro" + after
    for lowered in (text.lower(), None):  # the fast path and the case-insensitive one
        doc = SimpleNamespace(text=text, lowered=lowered)
        matched = reading.where_clause.match_doc(doc, 4, len(text)) is not None
        assert matched is clause
        if matched:
            assert reading.where_word.search_doc(doc, 4, len(text)) is not None


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "La gobernación negó que hubiera habido protestas en Lechería"),
        ("es", "Los vecinos, sin agua ni luz, trancaron la vía; nunca hubo diálogo"),
        ("es", "No hubo detenidos; los anónimos ninguneos y la noche siguieron"),
        ("es", "El gobierno desmintió que haya habido heridos"),
        ("en", "Police denied that any protest took place, nor were arrests made"),
        ("en", "Not a single march: anyone who knows never went, nonetheless"),
    ],
)  # fmt: skip
def test_the_negation_word_reads_as_its_words_between_word_boundaries(language: str, sentence: str) -> None:
    """negation_word's lower-cased pattern is keyed by first letter (for speed): it finds what the
    plain "\\b(?:words)\\b" finds, at every start, on either path."""
    reading = reading_for((language,))
    plain = re.compile(reading.negation_word.ignorecase.pattern, re.IGNORECASE)
    for pos in range(len(sentence)):
        expected = plain.search(sentence, pos)
        for lowered in (sentence.lower(), None):
            found = reading.negation_word.search(sentence, pos, lowered=lowered)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"(?<![\w-])(?:que vive en|residente en)\s+$", "la madre de uno de ellos, que vive en Madrid"),
        (r"(?<![\w-])(?:tribunal|fiscalía)\b", "Un tribunal de Caracas imputó a 30 detenidos en Valencia"),
        (r"\b(?:confirmad[oa]s?|sin confirmar)\b", "cifras sin confirmar de la ONG; no confirmadas"),
    ],
)  # fmt: skip
def test_search_in_answers_a_window_without_an_anchor_as_the_scan_would(source: str, text: str) -> None:
    """Words.search_in skips the scan of a window that holds none of the pattern's anchors
    (strings every match holds): every window of the text gets the scan's own answer."""
    from dashboard.geoparse.reading import Words

    words = Words.compile(source)
    assert words.anchors and words.lower is not None

    class Doc:
        def __init__(self, text: str) -> None:
            self.text, self.lowered = text, text.lower()

    doc = Doc(text)
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            found = words.search_in(doc, start, end)
            expected = words.lower.search(text.lower()[start:end])
            assert (found and found.span()) == (expected and expected.span())


def _words_read(language: str, key: str, sentence: str) -> list[str]:
    """What a reading's list finds in `sentence`: "reporting_verb", "past", or a trigger type's name."""
    reading = reading_for((language,))
    if key in ("reporting_verb", "past"):
        words = getattr(reading, key)
        found, pos = [], 0
        while (match := words.search(sentence, pos, lowered=sentence.lower())) is not None:
            found.append(match.group())
            pos = match.end()
        return found
    return [m.group() for m in reading.triggers[key].finditer(sentence)]


@pytest.mark.parametrize(
    ("language", "key", "sentence", "word"),
    [
        ("es", "reporting_verb", "Los vecinos dicen que la marcha salió temprano", "dicen"),
        ("es", "reporting_verb", "El alcalde explicaba que no hubo heridos", "explicaba"),
        ("es", "reporting_verb", "La ONG ha denunciado nuevas detenciones", "ha denunciado"),
        ("es", "past", "Los testigos dijeron que la marcha salió temprano", "dijeron"),
        ("es", "arrests", "La policía secuestró a un dirigente en Barinas", "secuestró"),
        ("en", "reporting_verb", "Residents say the march set off at dawn", "say"),
        ("en", "reporting_verb", "The governor explains that no one was hurt", "explains"),
        ("en", "arrests", "Police are rounding up students in Valencia", "rounding up"),
        ("en", "excessive_force", "A student dies after the march in Merida", "dies"),
        ("en", "peaceful_protest", "A crowd gathers outside the town hall", "gathers"),
        ("en", "protest_with_intervention", "Students clashing with police in Merida", "clashing"),
        ("es", "excessive_force", "Una estudiante resultó muerta en Mérida", "muerta"),
        ("es", "peaceful_protest", "Un grupo de vecinos bloqueaba la avenida Bolívar", "bloqueaba"),
        ("es", "protest_with_intervention", "La Guardia dispersaba a los jóvenes en Mérida", "dispersaba"),
        ("es", "peaceful_protest", "El paro paraliza el centro de Barquisimeto", "paraliza"),
        ("es", "excessive_force", "Un guardia hirió a dos jóvenes en Valencia", "hirió"),
        ("en", "arrests", "The guard detains protesters outside the court", "detains"),
        ("es", "arrests", "Los funcionarios capturaban a los jóvenes en la plaza", "capturaban"),
    ],
)  # fmt: skip
def test_a_listed_verb_is_read_in_the_forms_news_writes(
    language: str, key: str, sentence: str, word: str
) -> None:
    """The packs' verb lists hold the forms of their verbs that news writes, not only the one a
    probe used ("dijo" listed, "dicen" missing): an unseen article writes the others."""
    assert word in [w.lower() for w in _words_read(language, key, sentence)]
