"""A parsed document's text, built once.

spaCy's ``Doc.text`` joins the text of every token on each access, so a component that reads it per
mention, per claim or per candidate pays the article's length each time (on 1k Reuters articles it was
rebuilt about nine times per article). The analysis reads it through :func:`doc_text`, which keeps it in
``doc.user_data``: a ``Doc``'s text never changes once parsed (retokenizing keeps it), so the kept string
is the one ``doc.text`` would build.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.ingest.clean import straighten_apostrophes

_KEY = "storyline.text"


def parse_text(text: str) -> str:
    """The text the parser reads for an article: ``text`` with an odd apostrophe inside a word made a straight
    one (:func:`~storyline.ingest.clean.straighten_apostrophes`), character for character, so every offset into
    it is one into the article.

    Ingest already writes articles so; this is for an article stored before that or built by a caller, so that
    every component reads a possessive ("the ministry`s spokesman") as one."""
    return straighten_apostrophes(text)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built on the first call for ``doc`` and kept in its ``user_data``."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text
