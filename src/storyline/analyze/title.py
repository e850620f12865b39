"""The headline as a small text of its own: what a title contributes to the article's analysis.

Ingest takes the headline's copy out of the body (``ingest/clean.py``, round 24): the title is the article's,
the body starts under it. The headline often names the article's incident and its toll in the fewest words
("Blast at a Sarn depot kills 12"), sometimes the only time the article gives them, so the analyzer reads the
title too, as a text of its own dated by the article (:class:`~storyline.analyze.pipeline.Analyzer`), and
keeps of it only the **event mentions** (with their casualty figures and time), marked ``field="title"``:

- their trigger, sentence and figures' offsets are into ``Article.title`` (``Span.field``/``EventMention.field``
  "title" says so to every reader: :func:`storyline.model.span_source`);
- a trigger word the body uses too ("explosion") takes the body's reading of it (type, sub-type): the body's
  sentence tells it with more context than the headline's few words;
- their participants and place are the body's mentions of the same names (a headline's "Valdora" is the
  body's "Valdora"): the participant's span is the body's, so fusion reads its entity like any other; a name
  the body never gives is left out (nothing to resolve it to);
- the headline's entity mentions, timexes and claims are not kept: a headline's names are the body's (its
  entities gain nothing the body lacks), a headline's "X says ..." is a summary of a statement the body
  quotes, and a title's date words are the article's date.

A Title Case headline ("Floods Kill 12 As Dam Breaks") is parsed in the case its words have in the body: a
capitalised word the body writes in lower case only ("kill", "dam") is lower-cased for the parser (same
length, same offsets; the mentions quote the title as written). A headline the body still opens with (a text
stored before the title's copy left it, a dataset without titles) is not read twice.

Fusion (``fuse/events.py``) lets a headline's mention join an incident the body tells; a cluster of headline
mentions alone makes no incident.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable

from storyline.ingest.clean import repeats_title
from storyline.model import Article, ArticleAnalysis, EventMention, Mention, Participant

#: the "field" of a span or mention whose offsets are into the title
TITLE = "title"

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).split())


def headline(article: Article) -> str | None:
    """The article's title to analyze, or None: none, under two words, or the body still opens with it."""
    title = (article.title or "").strip()
    if len(title.split()) < 2:
        return None
    first = next((ln for ln in article.text.split("\n") if ln.strip()), "")
    if _fold(first).startswith(_fold(title)) or repeats_title(first, title):
        return None  # the body opens with the headline (or its copy, "<headline> | Outlet"): read once, in the text
    return article.title


def parse_case(title: str, body: str) -> str:
    """``title`` as the parser should read it: in a headline written in Title Case (two words in three
    capitalised), a capitalised word after the first that the body writes in lower case and never capitalised
    inside a sentence is lower-cased; same length, same offsets."""
    words = list(_WORD.finditer(title))
    caps = [w for w in words if w.group()[:1].isupper() and not w.group().isupper()]
    if len(words) < 3 or (len(caps) + sum(w.group().isupper() for w in words)) * 3 < len(words) * 2:
        return title  # sentence case already: its capitals are names
    lower = {w.group() for w in _WORD.finditer(body) if w.group()[:1].islower()}
    out = list(title)
    for w in caps:
        if w.start() == words[0].start():
            continue  # the first word is capitalised in any case
        low = w.group().lower()
        if low in lower and len(low) == len(w.group()) and not _mid_sentence(body, w.group()):
            out[w.start():w.end()] = low
    return "".join(out)


def _mid_sentence(body: str, word: str) -> bool:
    """Does the body write ``word`` capitalised after another word of its sentence (a name, not a sentence's
    first word)?"""
    return re.search(r"[\w,;]\s+" + re.escape(word) + r"\b", body) is not None


def title_events(article: Article, body: ArticleAnalysis, title: ArticleAnalysis) -> list[EventMention]:
    """The headline's event mentions (``title``: the analysis of the title as a text), marked ``field="title"``,
    quoting the title as written, with their participants resolved to the body's mentions of the same names."""
    text = article.title or ""
    names = _body_names(body.mentions)
    # the body's reading of a trigger word the headline shares ("explosion" told in both): one word of one
    # article names one kind of event, and the body's sentence tells it with more context than the headline
    readings: dict[str, EventMention] = {}
    for b in body.events:
        if b.lemma and b.type != "OTHER" and b.modality != "generic":
            readings.setdefault(b.lemma, b)
    out = []
    for k, m in enumerate(title.events):
        if m.lemma in readings and (b := readings[m.lemma]).type != m.type:
            m = dataclasses.replace(m, type=b.type, subtype=b.subtype, plover=b.plover)
        parts = tuple(p for p in (_to_body(p, names) for p in m.participants) if p is not None)
        loc = _to_body(m.location, names) if m.location is not None else None
        figures = tuple(dataclasses.replace(f, text=text[f.start:f.end]) for f in m.figures)
        out.append(dataclasses.replace(
            m, id=f"{article.id}:title-ev{k}", article=article.id, text=text[m.start:m.end], participants=parts,
            location=loc, figures=figures, field=TITLE))
    return out


def _body_names(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Folded name -> the body's first mention of it (names and acronyms; a description is no name)."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.kind in ("name", "acronym"):
            out.setdefault(_fold(m.text), m)
    return out


def _to_body(p: Participant, names: dict[str, Mention]) -> Participant | None:
    hit = names.get(_fold(p.text))
    if hit is None:
        return None
    return dataclasses.replace(p, text=hit.text, start=hit.start, end=hit.end, chain=hit.chain)
