"""The words that give a cause or a culprit: what a statement about an incident says caused it or who is to blame."""

from __future__ import annotations

import pytest

from storyline.lexicons.cause import CAUSE_WORDS


@pytest.mark.parametrize("text", ["negligence appeared to have caused the derailment",
                                  "the crash was caused by excessive speed", "he was not to blame for the crash",
                                  "the blast was due to a gas leak", "those behind the attack",
                                  "the group responsible for the bombing", "police blamed the rebels"])
def test_a_cause_or_a_culprit_is_named(text: str) -> None:
    assert CAUSE_WORDS.search(text) is not None


@pytest.mark.parametrize("text", ["the market will reopen on Friday", "the causeway was closed",
                                  "two were killed in the attack", "he led the talks"])
def test_other_words_name_none(text: str) -> None:
    assert CAUSE_WORDS.search(text) is None
