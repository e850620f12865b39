"""Casualty figures ACLED-style: qualifiers, vague quantities, ranges, victim groups."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.events.casualties import casualty_at, count_phrases, cue_kind
from storyline.model import Quantity


@pytest.fixture(scope="module")
def figure(nlp) -> Callable[[str], tuple[str, Quantity] | None]:  # type: ignore[no-untyped-def]
    def run(text: str) -> tuple[str, Quantity] | None:
        doc = nlp(text)
        sent = next(iter(doc.sents))
        counts = count_phrases(sent)
        for tok in sent:
            if cue_kind(tok):
                found = casualty_at(tok, counts)
                if found:
                    return found
        return None

    return run


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("The blast killed more than 100 people.", 100, None),
    ("Over 100 people lost their lives in the attack.", 100, None),
    ("At least 12 civilians were injured.", 12, None),
    ("Dozens of villagers were killed.", 12, None),
    ("Scores of people were wounded.", 20, None),
    ("Hundreds of people died in the fighting.", 100, None),
    ("The clash left 10 to 12 people dead.", 10, 12),
    ("Nearly 50 people were killed.", None, 50),
    ("Four paramilitary personnel were killed.", 4, 4),
])
def test_casualties_qualifiers(figure: Callable[[str], tuple[str, Quantity] | None], text: str,
                               lo: int | None, hi: int | None) -> None:
    found = figure(text)
    assert found is not None
    assert (found[1].min, found[1].max) == (lo, hi)


def test_casualties_group_and_kind(figure: Callable[[str], tuple[str, Quantity] | None]) -> None:
    found = figure("The army confirmed the deaths of two soldiers.")
    assert found is not None and found[0] == "fatalities"
    assert found[1].min == 2 and found[1].group == "soldiers"
    injured = figure("Five policemen were wounded in the ambush.")
    assert injured is not None and injured[0] == "injured" and injured[1].group == "policemen"
    abducted = figure("Gunmen abducted three aid workers.")
    assert abducted is not None and abducted[0] == "abducted" and abducted[1].min == 3


def test_casualties_years_and_dates_are_not_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("In 2019, 30 people were killed on 12 March.")
    values = [(c.min, c.max) for c in count_phrases(next(iter(doc.sents)))]
    assert (30, 30) in values and (2019, 2019) not in values
