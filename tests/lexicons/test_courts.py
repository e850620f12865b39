"""lexicons/courts.py: the words that make an actor a court (fuse/events.py ``_by_court``)."""

from __future__ import annotations

from storyline.lexicons.courts import COURT_HEADS


def test_court_heads_are_lowercase_words_of_the_bench() -> None:
    assert all(w == w.lower() and w.isalpha() for w in COURT_HEADS)  # matched against a lowercased last word
    assert {"court", "judge", "magistrates", "tribunal"} <= COURT_HEADS


def test_court_heads_hold_no_doer_that_charges_before_a_court_sits() -> None:
    assert not {"police", "prosecutor", "prosecutors", "investigators", "ministry", "office"} & COURT_HEADS
