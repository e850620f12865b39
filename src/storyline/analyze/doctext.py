"""A parsed document's text, built once.

spaCy's ``Doc.text`` joins the text of every token on each access, so a component that reads it per
mention, per claim or per candidate pays the article's length each time (on 1k Reuters articles it was
rebuilt about nine times per article). The analysis reads it through :func:`doc_text`, which keeps it in
``doc.user_data``: a ``Doc``'s text never changes once parsed (retokenizing keeps it), so the kept string
is the one ``doc.text`` would build.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_KEY = "storyline.text"

#: marks a page types for an apostrophe inside a word ("yesterday`s", "the group´s", "UBAʼs"); the parser reads
#: them as punctuation, which cuts a possessive off its name and a clause in two
_ODD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[`\u00b4\u02bc](?=[^\W\d_])")


def parse_text(text: str) -> str:
    """The text the parser reads for an article: ``text`` with an odd apostrophe inside a word made a straight
    one, character for character, so every offset into it is one into the article.

    The one place where analysis normalizes what it parses: every component reads the parsed text, so a
    possessive ("the ministry`s spokesman") is one for all of them."""
    return _ODD_APOSTROPHE.sub("'", text)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built on the first call for ``doc`` and kept in its ``user_data``."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text
