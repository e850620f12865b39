"""Sentences never run across a line break that ends a paragraph, a headline or a dateline.

The small spaCy model ignores line breaks when it splits sentences: a headline or a caption with no
full stop ("… attached here from the channel's telegram") is glued to the paragraph below it, and the
parse of that paragraph goes wrong (its speaker becomes the object of a preposition in the caption).
Text pasted from the web or a wire breaks paragraphs with one or two newlines, so the token after a
line break starts a sentence, unless the break is a hard wrap inside a sentence: a line ending in a
word or a comma, followed by a line starting in lower case ("The death\\ntoll is expected to rise").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "storyline_paragraphs"
#: a line that ends with one of these may go on in the next line (a hard wrap)
_OPEN_ENDS = frozenset(",;-–—(")


def _wrapped(before: str, after: str) -> bool:
    """Is the break between ``before`` (the last token of a line) and ``after`` (the next line's first
    token) a wrap inside one sentence?"""
    if not after[:1].islower():
        return False
    return before[-1:].isalnum() or before[-1:] in _OPEN_ENDS


def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token of each line that is not a wrap of the line before."""
    for tok in doc[1:]:
        space = doc[tok.i - 1]
        if tok.is_space or not space.is_space or "\n" not in space.text or tok.i < 2:
            continue
        if not _wrapped(doc[tok.i - 2].text, tok.text):
            tok.is_sent_start = True
    return doc


@Language.component(NAME)
def paragraphs(doc: Doc) -> Doc:
    return mark_paragraphs(doc)


def add_to(nlp: Language) -> Language:
    """Put the component before the parser (which keeps sentence starts set before it)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
