"""Tests of the noun phrases one clause keeps apart (binding), with made-up texts and the real parse."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.names.binding import apart


def _apart(nlp: Language, text: str, a: str, b: str, nth_b: int = 0) -> bool:
    doc = nlp(text)
    first = next(t for t in doc if t.text == a)
    second = [t for t in doc if t.text == b and t.i != first.i][nth_b]
    return apart(first, second)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("A drunken driver struck her on Dalmor Street and drove off.", "driver", "her"),
    # the subject of the clause a participle hangs on
    ("A 52-year-old man opened fire at a warehouse party in Tarvin, killing one man, police said.", "man", "man"),
    # a relative clause's subject is the noun it hangs on; the infinitive shares it
    ("Police arrested a clerk who tried to stop him.", "clerk", "him"),
    # a possessor is not what it owns
    ("A climber who watched his brother fall spoke on Monday.", "his", "brother"),
    # the doer of a passive
    ("A Dorval woman was hit by a courier on Friday.", "woman", "courier"),
])
def test_apart_subject_and_object_of_one_clause(nlp: Language, text: str, a: str, b: str) -> None:
    assert _apart(nlp, text, a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("A man shot himself in Tarvin.", "man", "himself"),  # a reflexive is its subject
    ("Orlan Vesk was named as coach of the Dorval Rovers.", "Vesk", "coach"),  # "as" describes the subject
    ("Orlan Vesk said he would resign.", "Vesk", "he"),  # another clause's subject
])
def test_apart_leaves_what_may_be_one(nlp: Language, text: str, a: str, b: str) -> None:
    assert not _apart(nlp, text, a, b)
