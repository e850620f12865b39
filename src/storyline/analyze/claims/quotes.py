"""Direct quotations: spans between double quote marks, straight or curly, tolerant of sloppy text.

News text is often unbalanced: a quote opened in one paragraph and never
closed (the paragraph-continuation convention), a stray closing mark, or
straight and curly marks mixed. We scan paragraph by paragraph so one missing
mark can never swallow the rest of the article: an open quote is closed at the
end of its paragraph at the latest.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    balanced: bool = True

    def words(self, text: str) -> int:
        return len(text[self.inner_start:self.inner_end].split())


_BREAK = re.compile(r"\n")
#: a line ending so may go on in the next one when that one starts in lower case (a hard wrap)
_OPEN_END = re.compile(r"[\w,;(–—-]$")


def breaks(text: str) -> list[int]:
    """Offsets of the line breaks that end a paragraph: not those of a hard wrap inside a sentence
    ("The death\ntoll is expected to rise"), where a quote goes on."""
    out = []
    for m in _BREAK.finditer(text):
        i = m.start()
        if _OPEN_END.search(text[max(0, i - 1):i]) and text[i + 1:i + 2].islower():
            continue
        out.append(i)
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for i in [*breaks(text), len(text)]:
        spans.append((pos, i))
        pos = i + 1
    return spans


def _is_opening(text: str, i: int) -> bool:
    """A straight mark opens when it follows a space/start/opening bracket (not a letter); one glued to the word
    or comma before it with a space after it closes ('… trace it," Vell said': the opening mark was lost)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev in ",;.!?" and nxt.isspace():
        return False
    return prev.isspace() or prev in "([{—–-:;,/" or prev in OPENERS


def _reopens(text: str, i: int) -> bool:
    """Is the straight mark at ``i`` shaped as an opener only: a space before it and a letter or digit glued after
    it (a closing mark follows the quoted words: '… said," he', '“… it" and')?"""
    return i > 0 and text[i - 1].isspace() and i + 1 < len(text) and text[i + 1].isalnum()


def _scan_paragraph(text: str, start: int, end: int) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch in OPENERS or (ch == STRAIGHT and open_at is None and _is_opening(text, i)):
            if open_at is not None:  # an opener inside an open quote: the first one was never closed
                quotes.append(_make(text, open_at, i, balanced=False))
            open_at = i
        elif ch == STRAIGHT and open_at is not None and _reopens(text, i):
            # 'said, "After two dry summers, "our boats need ...': a straight mark shaped as an opener inside an open
            # quote opens again, as a curly opener there does (the first quotation was never closed)
            quotes.append(_make(text, open_at, i, balanced=False))
            open_at = i
        elif ch in CLOSERS or ch == STRAIGHT:
            if open_at is None:
                # a closer with no opener: the quote ran from the paragraph start (continuation)
                if not quotes and text[start:i].strip():
                    quotes.append(_make(text, start - 1, i + 1, balanced=False))
                continue
            quotes.append(_make(text, open_at, i + 1))
            open_at = None
    if open_at is not None and text[open_at + 1:end].strip():
        quotes.append(_make(text, open_at, end, balanced=False))
    return quotes


def _make(text: str, open_at: int, end: int, balanced: bool = True, single: bool = False) -> Quote:
    """Build a quote from its opening mark at ``open_at`` (or, for a continuation paragraph
    with no opening mark, ``open_at`` = paragraph start - 1) up to ``end`` (exclusive)."""
    inner_start = open_at + 1
    closed = end > inner_start and (text[end - 1] in CLOSERS | {STRAIGHT} or single)
    inner_end = end - 1 if closed else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    has_mark = open_at >= 0 and (text[open_at] in OPENERS or text[open_at] == STRAIGHT or single)
    return Quote(start=open_at if has_mark else inner_start, end=end,
                 inner_start=inner_start, inner_end=inner_end, balanced=balanced)


#: a quotation in curly single marks: ‘ opening after a space or a bracket, ’ closing before a space or a
#: punctuation (not the apostrophe of "India’s"; not "the ministers’ talks", a plural's possessive)
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:;-]))‘(?P<inner>[^‘“”\n]+?)’(?=[\s.,;:!?)—–-]|$)(?<!s’(?= [a-z]))")
#: words a single-quoted span needs to be a quotation rather than a scare quote (‘crazy system’)
SINGLE_QUOTE_WORDS = 5


def _single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in curly single marks (British and South Asian outlets quote so), in a paragraph with
    no double marks: a sentence's worth of words between ‘ and ’."""
    out = []
    for m in _SINGLE.finditer(text, start, end):
        if len(m.group("inner").split()) >= SINGLE_QUOTE_WORDS:
            out.append(_make(text, m.start(), m.end(), single=True))
    return out


#: a quotation in straight single marks, as some British outlets print them ("'Had we known, we would have gone,' he
#: said."): ' opening at the paragraph's start or after a space, a colon or a dash, before a capital letter or a digit;
#: ' closing right after the sentence's own punctuation (",'" ".'" "?'" "!'"), before a space or the paragraph's
#: end. An apostrophe never sits there: "we're", "the students' union", "'90s" have no punctuation before the mark
#: (a sentence-final plural possessive puts its full stop after it: "of the students'.")
_STRAIGHT_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:-]))'(?P<inner>[A-Z0-9][^\"“”\n]*?[.,!?])'(?=\s|$)", re.M)


#: words a straight-single-marked span needs to be a quotation: more than a curly one (:data:`SINGLE_QUOTE_WORDS`), as
#: a headline's or a title's few words are set in them too ("A lesson from the judge: 'Be the voice people hear.'")
STRAIGHT_SINGLE_WORDS = 8


def _straight_single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in straight single marks (:data:`_STRAIGHT_SINGLE`), in a paragraph with no double or curly
    single ones: a statement's worth of words (:data:`STRAIGHT_SINGLE_WORDS`) between the marks."""
    out = []
    for m in _STRAIGHT_SINGLE.finditer(text, start, end):
        if len(m.group("inner").split()) >= STRAIGHT_SINGLE_WORDS:
            out.append(_make(text, m.start(), m.end(), single=True))
    return out


def find_quotes(text: str) -> list[Quote]:
    """All quoted spans of ``text`` in order: double marks, straight or curly; curly single marks where a
    paragraph has no double ones; straight single marks, where it has neither, only as a whole sentence's
    quotation closed after its own punctuation (elsewhere straight single marks are apostrophes too often)."""
    out: list[Quote] = []
    for start, end in _paragraphs(text):
        found = _scan_paragraph(text, start, end) or _single_quotes(text, start, end) \
            or _straight_single_quotes(text, start, end)
        out.extend(q for q in found if q.inner_end > q.inner_start)
    return out


#: quoted words a reported clause needs to quote its speaker (a quotation inside the clause: 'said the tax was
#: "a burden on every family" and would go'); one quoted word is often the reporter's scare quote ("the “caliphate”")
MIXED_QUOTE_WORDS = 2


def quotes_within(text: str, quotes: list[Quote], start: int, end: int) -> bool:
    """Does ``text[start:end]`` (a claim's content) quote its speaker's words: :data:`MIXED_QUOTE_WORDS` words or more
    of one quotation inside it, counted within the span (a quotation it opens or ends inside counts its part there)?
    ``quotes`` as :func:`find_quotes` gives them."""
    # quotes are in text order and never overlap: the first that ends after ``start`` by bisection (a long
    # article's claims each scanning every quote grew with the square of its length)
    for k in range(bisect_right(quotes, start, key=lambda q: q.inner_end), len(quotes)):
        q = quotes[k]
        if q.inner_start >= end:
            break
        lo, hi = max(start, q.inner_start), min(end, q.inner_end)
        if len(text[lo:hi].split()) >= MIXED_QUOTE_WORDS:
            return True
    return False
