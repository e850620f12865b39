"""Where an event happened, read off the parse (a parse given by hand, as the small model sometimes makes it)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.analyze.events.arguments import MentionIndex, place_of
from storyline.model import Mention

WORDS = ["The", "protests", "took", "place", "on", "the", "anniversary", "of", "the", "handover", "to", "Peru", "."]
HEADS = [1, 2, 2, 2, 2, 6, 4, 6, 9, 7, 2, 10, 2]  # "to Peru" hung on "took", as the parser did on real text
DEPS = ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"]
POS = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
LEMMAS = ["the", "protest", "take", "place", "on", "the", "anniversary", "of", "the", "handover", "to", "Peru", "."]


def _doc(words: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=HEADS, deps=DEPS, pos=POS, lemmas=lemmas)


def _peru(doc: Doc) -> MentionIndex:
    start = doc[11].idx
    return MentionIndex(doc, [Mention("a", start, start + 4, "Peru", "GPE")])


def test_arguments_a_verb_of_occurrence_has_no_destination() -> None:
    doc = _doc(WORDS, LEMMAS)
    place, _ = place_of([doc[1], doc[2]], _peru(doc), avoid=set())
    assert place is None
    # negative: protests that spread to a place are there
    words = ["The", "protests", "spread", "quickly", "on", "the", "anniversary", "of", "the", "handover", "to", "Peru",
             "."]
    doc = _doc(words, [w.lower() if w != "protests" else "protest" for w in words])
    place, _ = place_of([doc[1], doc[2]], _peru(doc), avoid=set())
    assert place is not None and place.text == "Peru"
