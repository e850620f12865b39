"""The sources list: how an article is named where a reader sees it."""

from __future__ import annotations

from storyline.model import Article
from storyline.present.sources import headline_of


def test_an_untitled_article_is_named_by_its_first_words_after_its_dateline() -> None:
    """The sources list names an untitled article by its first words: never its dateline (issue 14)."""
    for text, named in (("LESK — The ferry to Lesk was cancelled on Tuesday.", "The ferry to Lesk was"),
                        ("NORTH SARN, Valdora — Gunmen stormed the station on Saturday.", "Gunmen stormed the"),
                        ("KERETH, Estmark\nMilitants seized the gas plant at dawn on Wednesday.", "Militants seized"),
                        ("Tuesday, April 1, 2031 – The ferry to Lesk was cancelled.", "The ferry to Lesk"),
                        ("Sarn reopens its market a week after the bombing", "Sarn reopens its market")):
        assert (headline_of(Article("a1", text)) or "").startswith(named), text
    assert headline_of(Article("a1", "LESK — The minister arrived.", title="Minister in Lesk")) == "Minister in Lesk"
