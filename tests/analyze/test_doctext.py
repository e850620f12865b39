from collections.abc import Callable

from spacy.language import Language

from storyline.analyze.doctext import doc_text, parse_text
from storyline.analyze.pipeline import Analyzer
from storyline.model import Article


def test_doc_text_is_the_docs_text_built_once(nlp: Language) -> None:
    doc = nlp("The minister of Valdora said on Monday  that talks would resume.\nNo date was set.")
    first = doc_text(doc)
    assert first == doc.text  # whitespace and line breaks kept
    assert doc_text(doc) is first  # kept, not joined again from the tokens


def test_doc_text_keeps_each_docs_own_text(nlp: Language) -> None:
    a, b = nlp("Floods hit the north."), nlp("Talks ended in Estmark.")
    assert (doc_text(a), doc_text(b)) == (a.text, b.text)


def test_parse_text_makes_an_odd_apostrophe_inside_a_word_straight() -> None:
    # for an article that did not come through ingest (a store written before, a caller's own Article)
    text = "The Orsk Front`s claim, yesterday´s blast and Velmoraʼs reply; a `scare quote` and 5` stay."
    parsed = parse_text(text)
    assert parsed == "The Orsk Front's claim, yesterday's blast and Velmora's reply; a `scare quote` and 5` stay."
    assert len(parsed) == len(text)  # character for character: offsets into the parse are offsets into the text


def test_analysis_reads_a_possessive_typed_with_a_backtick(analyzer: Analyzer,
                                                          make_article: Callable[..., Article]) -> None:
    # "yesterday`s" read as punctuation had cut the clause in two: the group's own claim of the act was lost
    text = ("Speaking for the Sarn Riders, Dorun Kessa told a local radio station that his men were behind "
            "yesterday`s raid on the Velk depot.")
    claims = analyzer.analyze(make_article(text)).claims
    assert [c.stance for c in claims] == ["responsibility"]
    assert claims[0].content.endswith("yesterday's raid on the Velk depot")
    assert text[claims[0].content_start:claims[0].content_end].endswith("yesterday`s raid on the Velk depot")
