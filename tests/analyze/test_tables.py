"""Table rows and figure lists are not sentences (real spaCy model, the full default analyzer)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.analyze.tables import figure_rows, is_table_name
from storyline.config import DEFAULT_COMPONENTS
from storyline.model import Article
from tests.conftest import analyzer_with

RESULTS = ("Shr 34 cts vs 1.19 dlrs\n\n Net 807,000 vs 2,858,000\n\n Avg shrs 51.7 mln vs 43.4 mln\n\n"
           " Revs 291.8 mln vs 151.1 mln\n\n Note: the year includes a gain of 132,000 dlrs, or five cts per shr.")


def _rows(nlp: Language, text: str) -> list[str]:
    return [text[s:e] for s, e in figure_rows(nlp(text))]


def test_tables_results_lines_are_rows_and_their_note_is_not(nlp: Language) -> None:
    assert _rows(nlp, RESULTS) == ["Shr 34 cts vs 1.19 dlrs", "Net 807,000 vs 2,858,000",
                                   "Avg shrs 51.7 mln vs 43.4 mln", "Revs 291.8 mln vs 151.1 mln"]


def test_tables_a_list_of_figures_is_a_row(nlp: Language) -> None:
    text = ("Exports of the grains were as follows, in thousands of tonnes.\n"
            "Wheat prev 39.9, Feb 48.7, Mar 13.2, Apr 10.0, total 111.8 (82.7).\n"
            "Linseed prev 34.8, Feb 32.9, Mar 6.8, Apr 6.3, total 80.8 (87.4).")
    assert _rows(nlp, text) == text.split("\n")[1:]


def test_tables_short_lines_of_figures_beside_a_row_or_in_a_block_are_rows(nlp: Language) -> None:
    # "Shr loss 11 cts" sets nothing against anything, but stands in a table
    text = "Shr loss 11 cts vs profit four cts\n\n Net loss 739,146\n\n Record March 13"
    assert len(_rows(nlp, text)) == 3
    block = "Shr 24 cts\n\n Net 412,737\n\n Revs 605,321"
    assert len(_rows(nlp, block)) == 3
    # negative: one such line alone is no table
    assert _rows(nlp, "Net 412,737\n\nThe company was formed in 1985.") == []


@pytest.mark.parametrize("text", [
    # prose that sets figures against each other says so with a verb
    "Profit rose to 12.3 mln dlrs from 10.1 mln dlrs, against 9.8 mln dlrs two years ago, the company said.",
    # a hard-wrapped sentence's piece is no row, however many figures it holds
    "The council of Port Ammerin said output in the four months\n39.9, 48.7, 13.2 and 10.0 tonnes was a record.",
    # a heading with one figure, alone
    "Death toll rises to 59\n\nRescuers in Norland were still searching the rubble on Tuesday.",
    # a page's time stamp under its headline: figures of a date and a clock time, not a list of figures
    "Vessa Marlow To Host 12th Harbour Awards\nFriday August 2 , 2013 @ 8 : 13am PDT\n\nThe comedian will host.",
    "Updated : November 11 , 2011 20 : 09 IST\n\nThe ferry left Port Ammerin at dawn.",
])
def test_tables_prose_is_no_row(nlp: Language, text: str) -> None:
    assert _rows(nlp, text) == []


def test_tables_a_table_name_has_no_other_capitalized_word() -> None:
    assert is_table_name("cts") and is_table_name("Avg") and is_table_name("Revs 291.8") and is_table_name("Shr loss")
    assert not is_table_name("Barnsley") and not is_table_name("Jan Svorada") and not is_table_name("Mapei 4:22:40")


def test_tables_a_results_report_names_no_one(analyzer: Analyzer, make_article: Callable[..., Article]) -> None:
    analysis = analyzer.analyze(make_article(RESULTS))
    assert not [m.text for m in analysis.mentions if m.kind in ("name", "acronym")]
    assert analysis.extras["figure_rows"][0] == (0, len("Shr 34 cts vs 1.19 dlrs"))


def test_tables_a_results_table_keeps_its_names(analyzer: Analyzer, resources: Resources, nlp: Language,
                                               make_article: Callable[..., Article]) -> None:
    # CoNLL-2003's sports results are such rows: their riders, clubs and countries are names
    text = ("Standings after the third stage of the Tour of Norland on Friday:\n"
            "1. Jan Svorada (Slovakia) 12:22:40 34 pts\n2. Anna Berg (Sweden) 12:23:02 30 pts\n"
            "3. Tomas Reyne (France) 12:24:12 21 pts")
    assert len(_rows(nlp, text)) == 3
    without = analyzer_with(resources, *DEFAULT_COMPONENTS[:-1])
    names = [(m.text, m.label) for m in analyzer.analyze(make_article(text)).mentions]
    assert names == [(m.text, m.label) for m in without.analyze(make_article(text)).mentions]
    assert {"Jan Svorada", "Slovakia", "Anna Berg", "Tomas Reyne"} <= {n for n, _ in names}


def test_tables_a_unit_after_a_figure_is_no_name(analyzer: Analyzer, make_article: Callable[..., Article]) -> None:
    text = ("Arlen Widgets Inc said it lost 6.5 mln dlrs, or 70 cts per share, in the year, and declared a "
            "dividend of 25 cts.")
    mentions = {m.text for m in analyzer.analyze(make_article(text)).mentions}
    assert "cts" not in mentions and "dlrs" not in mentions and "Arlen Widgets Inc" in mentions, mentions


def test_tables_events_and_claims_of_prose_stay(analyzer: Analyzer, make_article: Callable[..., Article]) -> None:
    text = ("Shr 34 cts vs 1.19 dlrs\n\n Net 807,000 vs 2,858,000\n\n"
            "Anna Berg, the company's chairwoman, said the plant in Veldhoven was closed after a fire on Monday.")
    analysis = analyzer.analyze(make_article(text))
    table_end = text.index("Anna")
    assert analysis.claims and all(c.start >= table_end for c in analysis.claims)
    assert analysis.events and all(e.start >= table_end for e in analysis.events if e.field is None)
