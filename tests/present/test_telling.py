"""Which incident words and figures tell (storyline.present.telling)."""

from __future__ import annotations

import pytest

from storyline.present.telling import indefinite


@pytest.mark.parametrize(("text", "new"), [("A 5.6-magnitude earthquake", True), ("another strong tremor", True),
                                           ("the official toll from the quake", False),
                                           ("Sunday's powerful 7.2-magnitude earthquake", False)])
def test_words_that_bring_an_incident_in_areindefinite(text: str, new: bool) -> None:
    """"A 5.6-magnitude earthquake" (a mention may start inside the compound) brings one in; "the quake" and
    "Sunday's … earthquake" refer to one the reader knows."""
    noun = text.split()[-1]
    start = text.rindex(noun) if "-" not in text.split()[-2] else text.rindex(text.split()[-2].split("-")[-1])
    assert indefinite(text, start) is new
