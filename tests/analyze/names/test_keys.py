"""Name keys used for blocking: tokens never empty, whatever punctuation a name carries."""

from __future__ import annotations

import pytest

from storyline.analyze.names.keys import name_tokens


@pytest.mark.parametrize("text", ["Dr. .", "A. . Brel", ". Corp", "U.S. ."])
def test_name_tokens_never_empty_strings(text: str) -> None:
    assert all(tok for tok in name_tokens(text))


def test_name_tokens_drop_leading_title() -> None:
    assert name_tokens("Dr. Ana Vell") == ["ana", "vell"]
