"""Sentences never run across a blank line.

The small spaCy model ignores line breaks when it splits sentences: a headline, a byline or a caption
with no full stop ("… attached here from the channel's telegram") is glued to the paragraph below it,
and the parse of that paragraph goes wrong (its speaker becomes the object of a preposition in the
caption, its cue a noun). A blank line ends a paragraph whatever the text's style, so the token after
it starts a sentence. A single line break is left to the model: it is a paragraph end in text pasted
from the web but a hard wrap inside a sentence in a wire or a mail ("said Prime Minister\\nAnna Berg"),
unless the next line opens with a list's bullet ("• ..."): each item of a list is a sentence of its own,
or the line before is a heading: the text's first line or a line after a blank one, in title case and with
no closing punctuation ("Group Tells Council: Free Our Men" over "The group's leader said ..."; a wire's hard
wrap is neither title case nor a whole paragraph's first line of a few words).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.lexicons.titles import HEADING_SMALL_WORDS

NAME = "storyline_paragraphs"


#: marks that open an item of a list: a line that starts with one starts a sentence, like a blank line ("• The
#: ferry had 40 people on board" under "• The harbour master says ...": one item each, never one sentence)
BULLETS = frozenset("•●▪◦■►‣")
#: how many words after a blank line may not start a sentence (the opening words run up to a punctuation)
_OPENING = 8
_APOSTROPHES = frozenset("'’")  # "Norland' President ...": a possessive, not the end of the opening words


#: the most words a heading has
_HEADING_WORDS = 20


def _after_heading(doc: Doc, gap_i: int) -> bool:
    """Is the line that ends at ``doc[gap_i]`` (a single line break) a heading: the text's first line or a
    line after a blank one, in title case, of at most ``_HEADING_WORDS`` words, with no closing punctuation?"""
    start = gap_i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    if start > 0 and doc[start - 1].text.count("\n") < 2:
        return False  # a line inside a paragraph: a hard wrap
    line = doc[start:gap_i]
    words = [t for t in line if t.is_alpha]
    if len(words) < 2 or len(line) > _HEADING_WORDS or line[-1].text in ".!?;,\"”’'":
        return False
    return all(t.text[:1].isupper() or t.lower_ in HEADING_SMALL_WORDS for t in words)


def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after each blank line (a space token holding two line
    breaks), and not on the words that follow it up to the first punctuation: with one boundary fixed
    the parser otherwise tends to cut the paragraph's opening name in two ("Anna" | "Berg, a minister, said")."""
    for tok in doc[1:]:
        gap = doc[tok.i - 1]
        if tok.is_space or not gap.is_space or tok.i < 2 or (
                gap.text.count("\n") < 2 and not ("\n" in gap.text and (
                    tok.text in BULLETS or (tok.text[:1].isupper() and _after_heading(doc, gap.i))))):
            continue
        tok.is_sent_start = True
        if doc[tok.i - 2].is_punct and doc[tok.i - 2].i > 0:
            doc[tok.i - 2].is_sent_start = False  # a quotation mark closing the paragraph stays with it
        for nxt in doc[tok.i + 1:tok.i + 1 + _OPENING]:
            if (nxt.is_punct and nxt.text not in _APOSTROPHES) or nxt.is_space:
                break
            nxt.is_sent_start = False
    return doc


@Language.component(NAME)
def paragraphs(doc: Doc) -> Doc:
    return mark_paragraphs(doc)


def add_to(nlp: Language) -> Language:
    """Put the component before the parser (which keeps the sentence starts set before it)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
