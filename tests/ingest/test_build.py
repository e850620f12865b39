"""Record -> Article (ingest/build): the credit an outlet signs its own copy with."""

from __future__ import annotations

import pytest

from storyline.config import Config
from storyline.ingest import article_from_fields
from storyline.ingest.build import outlet_sign

BODY = ("The harbour council of Sarn voted on Monday to reopen the locks after a week of talks with the keepers, "
        "officials said.\n\nThe first ships passed through by noon on Tuesday, the port office said.")


@pytest.mark.parametrize(("outlet", "sign"), [("Valdora News Agency", "VNA"), ("Harbour Daily News", "HDN")])
def test_build_outlet_initials_under_the_text_are_its_credit(outlet: str, sign: str) -> None:
    for line in (sign, f"({sign})"):
        article, _ = article_from_fields({"text": f"{BODY}\n{line}", "title": "Locks reopen", "outlet": outlet},
                                         Config(), source="web")
        assert article is not None and article.credit == sign and line not in article.text


def test_build_outlet_sign_needs_the_outlets_initials_alone_on_a_line() -> None:
    assert outlet_sign("Valdora News Agency", ("VNA",)) == "VNA"
    assert outlet_sign("Valdora News Agency", ("VNA reported the vote",)) is None  # a sentence, no sign
    assert outlet_sign("Valdora News Agency", ("AGN",)) is None  # another agency's code: the rules read it
    assert outlet_sign("Harbour", ("H",)) is None  # an outlet of one word has no initials
    assert outlet_sign(None, ("VNA",)) is None
