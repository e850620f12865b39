"""Casualty figures ACLED-style: qualifiers, vague quantities, ranges, victim groups, and how a figure is told
(a new total, a change, an increment, an earlier figure, a part of the toll)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.events.casualties import casualty_at, count_phrases, cue_kind
from storyline.model import Figure

Figures = Callable[[str], list[Figure]]


@pytest.fixture(scope="module")
def figures(nlp) -> Figures:  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Figure]:
        doc = nlp(text)
        out: list[Figure] = []
        for sent in doc.sents:
            counts = count_phrases(sent)
            for tok in sent:
                if cue_kind(tok):
                    found = casualty_at(tok, counts)
                    if found is not None and (found.kind, found.start) not in {(f.kind, f.start) for f in out}:
                        out.append(found)
        return out

    return run


def _one(figures: Figures, text: str, kind: str = "killed") -> Figure:
    found = [f for f in figures(text) if f.kind == kind]
    assert found, f"no {kind} figure in {text!r}"
    return found[0]


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
def test_casualties_qualifiers(figures: Figures, text: str, lo: int | None, hi: int | None) -> None:
    found = figures(text)
    assert found, text
    assert (found[0].min, found[0].max) == (lo, hi)


def test_casualties_group_and_kind(figures: Figures) -> None:
    killed = _one(figures, "The army confirmed the deaths of two soldiers.")
    assert killed.min == 2 and killed.group == "soldiers"
    injured = _one(figures, "Five policemen were wounded in the ambush.", "injured")
    assert injured.group == "policemen"
    assert _one(figures, "Gunmen abducted three aid workers.", "abducted").min == 3
    assert _one(figures, "Police said three suspects had been taken into custody.", "arrested").min == 3
    assert _one(figures, "Eleven people are still missing after the blast.", "missing").min == 11


def test_casualties_span_points_at_the_count(nlp, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    text = "At least 12 people were killed in the market."
    f = _one(figures, text)
    assert text[f.start:f.end] == "At least 12 people"


def test_casualties_years_and_dates_are_not_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("In 2019, 30 people were killed on 12 March.")
    values = [(c.min, c.max) for c in count_phrases(next(iter(doc.sents)))]
    assert (30, 30) in values and (2019, 2019) not in values


def test_casualties_change_of_toll_is_the_new_total_never_a_range(figures: Figures) -> None:
    f = _one(figures, "The death toll rose by one to 101 on Monday.")
    assert (f.min, f.max) == (101, 101) and f.revision == "up"
    moved = _one(figures, "The toll rose from 12 to 14.")
    assert (moved.min, moved.max, moved.previous, moved.revision) == (14, 14, 12, "up")
    # negative: a real range stays a range
    rng = _one(figures, "Between 10 and 12 people were killed.")
    assert (rng.min, rng.max) == (10, 12) and rng.revision is None
    # "by two to 16 on Saturday" (the parser reads "16 on Saturday" as a date) still gives the total
    late = _one(figures, "The death toll rose by two to 16 on Saturday.")
    assert (late.min, late.max, late.revision) == (16, 16, "up")
    # negative: a bare change gives no total
    assert not figures("The death toll rose by two on Sunday.")
    assert _one(figures, "Five people were killed by two gunmen.").min == 5


def test_casualties_revision_cues(figures: Figures) -> None:
    assert _one(figures, "Seven more succumbed, taking the death toll to 59.").revision == "up"
    assert _one(figures, "The death toll from the bombing stands at 14, officials said.").revision == "update"
    assert _one(figures, "Officials revised the death toll down to 9.").revision == "down"
    assert _one(figures, "At least 12 people were killed in the blast.").revision is None


def test_casualties_increments_give_no_total(figures: Figures) -> None:
    text = "Seven more people injured in the blast succumbed to their injuries overnight."
    assert not [f for f in figures(text) if f.kind == "killed"]
    assert not [f for f in figures(text) if f.kind == "injured"]  # "their injuries" caused the deaths
    assert not figures("Another two victims died in hospital.")
    assert _one(figures, "Two victims died in hospital.").min == 2  # negative: a plain count is one


def test_casualties_earlier_figures(figures: Figures) -> None:
    assert _one(figures, "At least 52 people were killed initially, the health official said.").earlier
    assert _one(figures, "Initial reports said that at least 44 people were killed.").earlier
    assert _one(figures, "The explosion had left at least 42 people dead.").earlier
    assert not _one(figures, "At least 52 people were killed in the explosion.").earlier


def test_casualties_parts_of_the_toll(figures: Figures) -> None:
    assert _one(figures, "One police officer also died in the blast.").partial
    assert _one(figures, "A spokeswoman said two of the wounded died overnight.").partial
    assert not _one(figures, "Two police officers died in the blast.").partial
    # "the wounded" names people already counted: no injured figure of its own
    assert not [f for f in figures("Several of the wounded were in a critical condition.") if f.kind == "injured"]
