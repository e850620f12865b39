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

Which a single line break is, the text's own layout tells (``lines_are_paragraphs``): a text hard-wrapped at a
fixed width has no line longer than ``WRAP_WIDTH`` characters, and a text broken mid-sentence (at any width)
has lines that end without closing punctuation over a line that opens in lower case. In a text with neither,
each line is a paragraph (a related link's headline, a caption ending "(Agency)", a dateline's date), so its
line break starts a sentence like a blank line, unless the next line opens in lower case or the line ends
with a mark that carries the sentence on (a comma, a colon before a quotation, a dash). Measured on the
development pool (122 pasted pages: 83 with single line breaks, all but one read as line-per-paragraph,
137 breaks after a line with no full stop, all headlines, dates, bylines and captions) and on raw wire and
opinion text (Reuters-21578's bodies: all 1,855 with line breaks read as hard-wrapped; PolNeAR's 924 texts:
226 read as line-per-paragraph, 5 as broken mid-sentence).
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.analyze.doctext import doc_text
from storyline.lexicons.titles import HEADING_SMALL_WORDS

NAME = "storyline_paragraphs"


#: marks that open an item of a list: a line that starts with one starts a sentence, like a blank line ("• The
#: ferry had 40 people on board" under "• The harbour master says ...": one item each, never one sentence)
BULLETS = frozenset("•●▪◦■►‣")
#: how many words after a blank line may not start a sentence (the opening words run up to a punctuation)
_OPENING = 8
_APOSTROPHES = frozenset("'’")  # "Norland' President ...": a possessive, not the end of the opening words


#: the longest line of a text hard-wrapped at a fixed width (wires and mails wrap at 65-80 characters; a
#: pasted page's paragraph lines run longer): a text with no longer line is read as hard-wrapped
WRAP_WIDTH = 100
#: the largest share of a text's single line breaks that may continue a sentence (a line with no closing
#: punctuation over a line that opens in lower case) in a text still read as one line per paragraph: a stray
#: "loading..." under a caption is no hard wrap, a passage wrapped mid-sentence is
WRAP_SHARE = 0.1
_CLOSING = tuple('.!?:;"”’\')]')  # a line that ends in one of these may end its sentence
_CARRIES_ON = frozenset(",:—–-")  # a line that ends in one of these carries its sentence onto the next line


def lines_are_paragraphs(text: str) -> bool:
    """Is each line of ``text`` a paragraph (a page pasted from the web), rather than a line of a text
    hard-wrapped at a fixed width (no line longer than ``WRAP_WIDTH``) or broken mid-sentence (more than
    ``WRAP_SHARE`` of its single line breaks continue a sentence onto a lower-case line)?"""
    lines = [line.strip() for line in text.split("\n")]
    pairs = [(a, b) for a, b in pairwise(lines) if a and b]
    if not pairs or max(len(line) for line in lines) <= WRAP_WIDTH:
        return False
    wraps = sum(1 for a, b in pairs if not a.endswith(_CLOSING) and b[:1].islower())
    return wraps <= WRAP_SHARE * len(pairs)


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


#: a wire's dateline opening the text: an upper-case place, then a region and an agency's code in brackets if any,
#: and the dash or colon before the lead ("SARN, Valdora (AGN) -- A bridge ...", "PORT LESK: The council ...",
#: "SARN — Troops ..."); the place in capitals, as wires write it, so that "Update: ..." or a name is never one
DATELINE = re.compile(r"\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,(?: [A-Z][A-Za-z.'’-]+){1,3})?"
                      r"(?: ?\([^()\n]{1,30}\))?(?: ?(?:--|[-–—−])\s| ?:\s)(?=[\"“‘'A-Z])")


def mark_dateline(doc: Doc) -> None:
    """A dateline opening the text ends where its lead begins: the lead's first word starts a sentence. Glued to
    the lead, the dateline's place is read as the lead's subject ("SARN, Valdora -- A bridge collapsed on
    Monday": "SARN" the doer, "collapsed" left without its subject and no act at all), or as the object of its
    verb."""
    end = _dateline_end(doc_text(doc))
    if end is None:
        return
    for tok in doc:
        if tok.idx >= end:
            if tok.i > 0 and not tok.is_space:
                tok.is_sent_start = True
            break


def after_dateline(doc: Doc) -> int:
    """Where the text's lead begins when :func:`mark_dateline` made its dateline a sentence of its own (the
    character offset of the lead's first word), else 0. What counts a text's first sentences (its lead, where news
    tells its main incident) starts there: the dateline is no sentence of the report."""
    first = next(iter(doc.sents), None)
    if first is None or first.end >= len(doc):
        return 0
    end = _dateline_end(doc_text(doc))
    return doc[first.end].idx if end is not None and doc[first.end].idx >= end - 1 and first.end_char <= end else 0


def _dateline_end(text: str) -> int | None:
    """Where a dateline opening ``text`` ends (:data:`DATELINE`; not a kicker's word: "UPDATE: ..."), else None."""
    m = DATELINE.match(text)
    if m is None or m.group().strip().rstrip("-–—−:").strip().upper() in _KICKER_WORDS:
        return None
    return m.end()


def text_sentences(doc: Doc) -> list[Span]:
    """``doc.sents`` without a dateline made a sentence of its own (:func:`after_dateline`)."""
    start = after_dateline(doc)
    return [s for s in doc.sents if s.end_char > start]


#: upper-case words that open a text before a colon or a dash without being a dateline's place
_KICKER_WORDS = frozenset({"UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH", "LISTEN", "EXCLUSIVE",
                           "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT", "VIDEO", "PHOTOS", "LIVE", "NOTE",
                           "CORRECTION", "JUST IN", "FLASH", "URGENT", "ALERT", "READ", "ALSO READ", "FILE",
                           "FILE PHOTO", "WARNING", "EXPLAINER", "FACT CHECK", "REPORT"})


def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after each blank line (a space token holding two line
    breaks), and not on the words that follow it up to the first punctuation: with one boundary fixed
    the parser otherwise tends to cut the paragraph's opening name in two ("Anna" | "Berg, a minister, said").
    In a text whose lines are paragraphs (``lines_are_paragraphs``) a single line break does the same, unless
    the next line opens in lower case or the line ends with a mark that carries its sentence on."""
    per_line = lines_are_paragraphs(doc.text)
    for tok in doc[1:]:
        gap = doc[tok.i - 1]
        if tok.is_space or not gap.is_space or tok.i < 2 or (
                gap.text.count("\n") < 2 and not ("\n" in gap.text and (
                    tok.text in BULLETS or (tok.text[:1].isupper() and _after_heading(doc, gap.i))
                    or (per_line and not tok.text[:1].islower() and doc[gap.i - 1].text not in _CARRIES_ON)))):
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
    mark_dateline(doc)
    return mark_paragraphs(doc)


def add_to(nlp: Language) -> Language:
    """Put the component before the parser (which keeps the sentence starts set before it)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
