"""The indexed attribute ruler finds exactly the matches spaCy's matcher finds, on the model's own rules."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from storyline.analyze.attribute_rules import IndexedMatcher, install
from storyline.config import Config

# invented text touching the rule kinds of the model's ruler: the tag map, pronouns and possessives,
# auxiliaries and modals, contractions ("ain't", "gonna", "y'all", "let's", "'em"), an expletive "there",
# subordinators, determiners used as pronouns, line breaks and runs of spaces
TEXT = (
    "I told him that she'd call us, but it ain't gonna happen, y'all.\n\n"
    "Let's see: there were 12 boats and there is nothing left; they said they'd gotta go.  Its owner\n"
    "got hers back, and that was that.   We don't know whether they've been paid or who'd done it.\n"
    "\"Nothin' doin'\", the old man said to 'em, as he gets up and c'mon, ca n't stop, wo n't.\n"
    "Those who could not come sent these. Anyone? Somebody must have seen something, himself included."
)


def _pre_ruler_doc(nlp: Language, text: str) -> spacy.tokens.Doc:
    """The document as the ruler sees it: after the tagger and the parser, before the ruler and later pipes."""
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return nlp(text)


def _spacy_matches(ruler: AttributeRuler, doc: spacy.tokens.Doc) -> list[tuple[int, int, int, int]]:
    return AttributeRuler.match(ruler, doc)


def test_indexed_matcher_same_matches_as_spacy(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    doc = _pre_ruler_doc(nlp, TEXT)
    expected = _spacy_matches(ruler, doc)
    assert len(expected) > len(doc)  # the tag map for every token, and the exceptions on top
    assert IndexedMatcher(ruler)(doc) == expected
    assert any(end - start == 2 for _, _, start, end in expected)  # "gon na", "y' all", "Let 's": two tokens


def test_indexed_matcher_same_matches_on_an_empty_and_a_blank_doc(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    for text in ("", "   \n\n  "):
        doc = _pre_ruler_doc(nlp, text)
        assert IndexedMatcher(ruler)(doc) == _spacy_matches(ruler, doc)


def test_load_spacy_installs_the_indexed_ruler_with_the_same_token_attributes(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler").match, IndexedMatcher)
    plain = spacy.load(Config().spacy_model)  # spaCy's own ruler
    with nlp.select_pipes(enable=plain.pipe_names):  # not our paragraph marks
        got = nlp(TEXT)
    want = plain(TEXT)
    assert [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in got] == \
           [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in want]


def test_install_keeps_spacys_matcher_for_a_pattern_it_cannot_index() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], {"LEMMA": "big"})
    assert not install(nlp)
    assert not isinstance(ruler.match, IndexedMatcher)


def test_install_indexes_a_regex_and_a_set_rule_like_spacy() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"REGEX": "^colou?r$"}}]], {"LEMMA": "color"})
    ruler.add([[{"LOWER": {"IN": ["grey", "gray"]}}, {"IS_SPACE": False}]], {"LEMMA": "gray"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the"]}, "IS_SPACE": False}]], {"POS": "X"})
    doc = nlp("The colour grey paint, the Color gray  and grey")
    expected = _spacy_matches(ruler, doc)
    assert install(nlp)
    assert ruler.match(doc) == expected
    assert [t.lemma_ for t in nlp("Colour grey walls")][:2] == ["color", "gray"]
