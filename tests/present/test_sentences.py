"""Candidate sentences: furniture out, datelines, share buttons and glued headlines cut, offsets kept."""

from __future__ import annotations

from storyline.model import Article
from storyline.present.sentences import candidates, is_furniture, share_prefix


def _texts(text: str) -> list[str]:
    art = Article("a1", text)
    return [c.text for c in candidates([art], {"a1": [(0, len(text))]})]


def test_cuts_that_keep_offsets() -> None:
    for raw, shown in (("SARN: A bomb exploded in the market on Tuesday, officials said.",
                        "A bomb exploded in the market on Tuesday, officials said."),
                       ("WhatsApp Facebook The leader of the group said on Wednesday he was ready to talk.",
                        "The leader of the group said on Wednesday he was ready to talk."),
                       ("HTK Tells Orvani: Free Our Men\nThe leader of the group said he was ready to talk.",
                        "The leader of the group said he was ready to talk.")):
        art = Article("a1", raw)
        (c,) = candidates([art], {"a1": [(0, len(raw))]})
        assert c.text == shown and raw[c.start:c.end] == shown


def test_share_buttons_need_a_button_word() -> None:
    assert share_prefix("Facebook Inc said on Monday it would buy the company.") == 0  # a company, not a button
    assert share_prefix("Share The minister said ...") == len("Share ")


def test_furniture_and_tables_are_not_sentences() -> None:
    assert _texts("Follow us on Twitter/ @paper for more news on the attack in the town.") == []
    assert _texts("Oper shr 17 cts vs 19 cts Oper net 636,000 vs 358,000 Revs 10.6 mln vs 7,024,000") == []
    assert is_furniture("By Reuters Staff") and not is_furniture("The ministry said 14 people died on 5 March.")
