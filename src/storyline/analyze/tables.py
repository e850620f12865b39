"""Table rows are not sentences: what a results table or a figure list keeps out of the story.

A wire's results report is a table set as lines of text ("Shr 34 cts vs 1.19 dlrs", "Net 807,000 vs 2,858,000",
"Avg shrs 51.7 mln vs 43.4 mln"), a statistics item a list of figures ("Wheat prev 39.9, Feb 48.7, Mar 13.2,
total 111.8 (82.7)"). The model reads each row as a sentence: its abbreviations become names ("cts" an
organization in 188 of 1,000 Reuters articles, "Avg" a person), its labels event triggers, and stories are then
told and labelled by them ("cts / Avg / Shr" over 122 earnings reports).

A row is recognised by its form, not its words: a line of its own (its text's first line, or after a blank line, a
line that ends a sentence, or another row) that sets figures against each other ("34 cts vs 1.19 dlrs") or lists
three figures or more that make at least half its words, and has no verb; a line of up to ``SHORT_ROW`` words may
have one that is not finite, or any beside a "vs" (the tagger reads "diluted" in "Shr diluted 69 cts vs 54 cts" and
"won" in "Div 50 won vs 50 won" as verbs). A short line with a figure and no finite verb is a row too beside such a
row or in a block of ``LOOSE_BLOCK`` of them ("Shr loss 11 cts", "Record March 13"). In a row

- no event is told and no one speaks: its event mentions and claims are dropped;
- a name is kept only when it has a capitalized word that is no table word (``lexicons.figures``): "Jan Svorada
  (Slovakia) 12:22:40 34 pts" keeps its rider and his country (CoNLL-2003's sports results are such rows), "cts",
  "Avg" and "Revs 291.8" are dropped, and so is every pronoun or description;
- the figures and dates stay (the time expressions, the text itself): an earnings report's rows are what its story
  says, so the brief and the timeline may still quote them; story clustering leaves them out of an article's lead
  (fuse/stories.py), since every company's results table reads alike.

Anywhere, in a row or not, a unit in lower case after a figure ("or 87 cts a share") is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.analyze.pipeline import AnalysisState, Component, component
from storyline.lexicons.calendar_words import MONTHS, WEEKDAYS
from storyline.lexicons.figures import ROW_LABELS, TABLE_WORDS, UNITS, VERSUS

#: part-of-speech tags of a finite verb: a line with one says something and is a sentence, not a row
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERB_TAG = ("VB", "MD")  # the tags of any verb form start so
#: a list row holds at least this many figures
LIST_FIGURES = 3
#: the most words a row has (a longer line is prose, whatever it holds)
ROW_WORDS = 40
#: the most words of a short row: a line this short that sets figures against each other is a row even where the
#: tagger reads a verb in it (a currency: "Div 50 won vs 50 won"; a label: "Shr diluted 69 cts vs 54 cts"), and a
#: line this short with a figure and no verb is a row when it stands beside one ("Shr loss 11 cts", "Pay March 31")
SHORT_ROW = 10
#: this many short lines of figures in a row are a table even with no line of a row's form ("Shr 24 cts" over
#: "Net 412,737" over "Revs 605,321": a first report, with no prior figures to set against)
LOOSE_BLOCK = 3
#: words of a time stamp: months, weekdays and the halves of a day ("Friday August 2, 2013 @ 8:13am PDT")
STAMP_WORDS = frozenset({*MONTHS, *WEEKDAYS, "am", "pm", "a.m", "p.m"})
#: a figure a time stamp is made of: a day, an hour, a minute or a year, an hour perhaps with its half of the day
_TIME_PART = re.compile(r"(\d{1,4})(?:am|pm)?", re.IGNORECASE)
_CLOSING = tuple('.!?:;"”’\')]')  # a line that ends in one of these ends its sentence
#: the key of ``ArticleAnalysis.extras`` that holds the character spans of an article's rows
FIGURE_ROWS = "figure_rows"


@dataclass
class _Line:
    start: int
    end: int
    ends_sentence: bool  # it ends with a mark that closes a sentence
    strict: bool  # it has a row's form on its own: figures set against each other, or a list of figures
    loose: bool  # it is short, holds a figure and no finite verb: a row beside another row


def _lines(doc: Doc) -> Iterator[tuple[Span, bool]]:
    """Each line of ``doc`` (the tokens between line breaks) and whether a blank line or the text's start is
    before it."""
    start, blank = 0, True
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            if tok.i > start:
                yield doc[start:tok.i], blank
            blank = tok.i == start or tok.text.count("\n") > 1
            start = tok.i + 1
    if start < len(doc):
        yield doc[start:], blank


def _time_part(text: str) -> bool:
    """Is ``text`` a figure a date or a clock time is made of: up to 59, or a year?"""
    m = _TIME_PART.fullmatch(text)
    return m is not None and (int(m.group(1)) <= 59 or 1900 <= int(m.group(1)) <= 2099)


def _is_figure(tok: Token) -> bool:
    return tok.like_num or any(ch.isdigit() for ch in tok.text) or tok.lower_ == "nil"


def _read_line(line: Span) -> _Line:
    """What the form of ``line`` says: a row on its own (``strict``), or beside one (``loose``)."""
    words = [t for t in line if not (t.is_space or t.is_punct)]
    figures = {k for k, t in enumerate(words) if _is_figure(t)}
    # the tagger reads a table's abbreviations as verbs ("Shr 24 cts" a VBZ, "Div 50 won" a VBD): a row's label
    # or a unit after a figure is none
    verbs = [t for k, t in enumerate(words) if t.tag_.startswith(VERB_TAG) and t.lower_ not in ROW_LABELS
             and not (t.lower_ in UNITS and k - 1 in figures)]
    finite = any(t.tag_ in FINITE_TAGS for t in verbs)
    short = len(words) <= SHORT_ROW
    # a line whose figures all tell a date or a time is a page's time stamp ("Friday August 2, 2013 @ 8:13am PDT",
    # "Updated: November 11, 2011 20:09 IST"), not a list of figures: it would make the headline above it a row
    stamp = any(t.lower_.rstrip(".") in STAMP_WORDS for t in words) and all(_time_part(words[k].text) for k in figures)
    strict = loose = False
    if figures and len(words) <= ROW_WORDS:
        versus = any(t.lower_ in VERSUS for t in words)
        listed = len(figures) >= LIST_FIGURES and 2 * len(figures) >= len(words) and not stamp
        # a longer line is a row only with no verb at all ("No barges traded today, versus 29 yesterday" is prose)
        strict = (versus or listed) and (not verbs or (short and (versus or not finite)))
        loose = short and not finite
    text = line.text.rstrip()
    return _Line(line.start_char, line.start_char + len(text), text.endswith(_CLOSING), strict, loose)


def figure_rows(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the lines of ``doc`` that are table rows or figure lists (see the module's text).

    A line may be a row when it stands on its own: after a blank line, at the text's start, or after a line that
    ends a sentence or is a row itself (a line that carries on a sentence from the line before is a wrapped
    sentence's piece). A row is a line of a row's form on its own (``strict``), or a short line with a figure
    and no verb next to a row (``loose``: "Shr loss 11 cts" in a block of rows, "Record March 13" under one).
    """
    lines: list[_Line] = []
    for line, blank in _lines(doc):
        read = _read_line(line)
        if not (blank or not lines or lines[-1].ends_sentence or lines[-1].strict or lines[-1].loose):
            read.strict = read.loose = False
        lines.append(read)
    row = [ln.strict for ln in lines]
    for k in range(len(lines) - LOOSE_BLOCK + 1):  # a block of short lines of figures is a table of its own
        if all(ln.loose for ln in lines[k:k + LOOSE_BLOCK]):
            row[k:k + LOOSE_BLOCK] = [True] * LOOSE_BLOCK
    for order in (range(1, len(lines)), range(len(lines) - 2, -1, -1)):  # spread to the loose lines beside
        for k in order:
            near = k - 1 if order.step > 0 else k + 1
            row[k] = row[k] or (lines[k].loose and row[near])
    return [(ln.start, ln.end) for ln, r in zip(lines, row, strict=True) if r]


def _inside(rows: Sequence[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in rows)


def is_table_name(text: str) -> bool:
    """Is a name found in a row no name: has it no capitalized word that is not a table word or a figure?"""
    for word in text.replace("-", " ").split():
        core = word.strip(".,;:()'\"")
        if core[:1].isupper() and core.lower() not in TABLE_WORDS and not any(ch.isdigit() for ch in core):
            return False
    return True


def is_unit(doc: Doc, start: int, end: int) -> bool:
    """Is the text from ``start`` to ``end`` a unit in lower case after a figure ("or 87 cts a share", "50 won"),
    which the model may read as a name anywhere, in a row or not?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or not all(t.text in UNITS for t in span):
        return False
    return _is_figure(doc[span.start - 1])


@component("tables", requires=("doc", "mentions", "events", "claims"),
           assigns=("mentions", "events", "claims", f"extras.{FIGURE_ROWS}"))
class Tables(Component):
    """Keep table rows out of the story: their events, claims and non-names go (the module's text)."""

    def __call__(self, state: AnalysisState) -> None:
        doc = state.doc
        rows = figure_rows(doc)
        if rows:
            state.extras[FIGURE_ROWS] = rows
            state.events = [e for e in state.events if e.field is not None or not _inside(rows, e.start)]
            state.claims = [c for c in state.claims
                            if not _inside(rows, c.start if c.cue_start is None else c.cue_start)]
        state.mentions = [m for m in state.mentions if not (
            (_inside(rows, m.start) and (m.kind not in ("name", "acronym") or is_table_name(m.text)))
            or (m.text[:1].islower() and is_unit(doc, m.start, m.end)))]
