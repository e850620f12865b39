"""A parsed document's text, built once.

spaCy's ``Doc.text`` joins the text of every token on each access, so a component that reads it per
mention, per claim or per candidate pays the article's length each time (on 1k Reuters articles it was
rebuilt about nine times per article). The analysis reads it through :func:`doc_text`, which keeps it in
``doc.user_data``: a ``Doc``'s text never changes once parsed (retokenizing keeps it), so the kept string
is the one ``doc.text`` would build.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "storyline.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built on the first call for ``doc`` and kept in its ``user_data``."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text
