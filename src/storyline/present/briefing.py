"""A briefing an analyst would sign: one section per incident or development, in time order, every sentence cited.

Steps, each a function below:

1. **Incidents** (:mod:`storyline.present.incidents`): fused events with their
   fragments and duplicates collapsed; speech acts are left to the claims.
2. **Choice**: every incident reported by two or more independent sources is
   in; more are added by importance (independent sources, casualties,
   recency) up to ``max_sections``. An entity or a query narrows the choice.
3. **Sentences**: the story's sentences (analysis spans, so offsets are kept)
   without page furniture (handles, links, share lines, bylines) and with
   datelines cut off. Sentences with the same or near-identical text (a wire
   copy) are one sentence that cites every article carrying it. Each section
   takes the most salient sentence that mentions its incident (salience:
   centrality over MiniLM vectors, as in LexRank, plus the weight of what it
   names and how many independent sources carry it), and a second one that
   does not repeat the first.
4. **Toll**: every reported figure with its article and date (``events[].reports``
   when fusion provides them, else the analyses' event mentions, else the
   event's conflicts) gives one sentence: the latest figure, the range, and
   how it was revised.
5. **Claims**: who said what about the incident and who denied it, as
   "X said …; Y denied …". Accusations and denials about no chosen incident
   get sections of their own.
6. **Sources**: every citation is a number that resolves to one article
   (outlet, date, title, link), numbered in order of first use.

The heading of a section is built from the incident, never from a sentence:
kind in words, actor for a development, place, and the date at its real
granularity ("date not stated" when the text never gives one).

Without an embedder (``Config.use_embeddings`` False, or ``embedder=None``)
sentences are compared by TF-IDF vectors over the candidate sentences:
lexical, so paraphrases look less alike, but no model is needed.
"""

from __future__ import annotations

import html
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from storyline.analyze.embed import Embedder
from storyline.lexicons.countries import demonym_country
from storyline.model import Article, ArticleAnalysis, Claim, Event, Story, span_source, to_dict
from storyline.present import said
from storyline.present.actors import NO_STATES, StoryStates, actor_key, fold_labels, same_actor
from storyline.present.incidents import (
    HARM_TYPES,
    IRREALIS,
    Incident,
    at_meetings,
    background,
    before_story,
    collapse,
    fold_retold,
    interval,
    said_then,
    trusted,
)
from storyline.present.items import BriefItem, Citation, Part, merge_same
from storyline.present.places import Places
from storyline.present.sentences import (
    REDUNDANT,
    Group,
    annotate,
    article_rank,
    candidates,
    cap_candidates,
    group_duplicates,
    is_furniture,
    normalize,
    salience,
    split_sentences,
    vectors,
)
from storyline.present.sources import family_map, headline_of, independent, outlets_of
from storyline.present.telling import SENTENCE_DATE_GRAINS, Telling
from storyline.present.timeline import (
    as_said,
    bare,
    headline_worthy,
    in_headline,
    incident_facts,
    reported_within,
    speaker_words,
    unplaced,
)
from storyline.present.tolls import toll_item, upper
from storyline.present.words import (
    NO_WORDS,
    NOT_STATED,
    LowerCaseWords,
    between_words,
    count,
    date_words,
    list_words,
)
from storyline.timevalues import granularity_of, value_interval

MAX_MANDATORY = 60  # incidents with >= 2 independent sources always appear, up to this many (the rest are counted)
MAX_EXCHANGES = 4  # accusation-and-denial sections about no chosen incident
EXCHANGE_ITEMS = 3  # exchanges one accuser had on one day, in one section
RETOLD = 0.8  # a claim this much inside a sentence shown above is told by it
ALSO_MAX = 3  # sentences of the closing "Also reported" section when incidents are few
DEPTH_COST = 0.15  # a sentence's value lost per level below SHALLOW at which it names the incident
#: a sentence opening on what the sentence before it named ("That bombing …", "It …", "They …"): out of its
#: article a bullet cannot say which
ANAPHOR = re.compile(r"^(?:(?:That|This|These|Those|Such)\s+(?!is\b|was\b|are\b|were\b)[a-z]|(?:They|He|She)\s|"
                     r"It\s(?!(?:is|was|has been|had been|will be)\b))")
ANAPHOR_COST = 0.15
SHALLOW = 2  # the subject's noun or a phrase on the main verb ("during the protest"): the sentence tells it

__all__ = ["BriefItem", "BriefSection", "Briefing", "Citation", "Part", "SourceEntry", "brief", "is_furniture",
           "md_escape", "split_sentences"]

# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class BriefSection:
    heading: str
    items: tuple[BriefItem, ...]
    event: str | None = None  # the lead event id when the section is an incident
    members: tuple[str, ...] = ()  # every event id collapsed into the incident
    when: str = NOT_STATED
    kind: str = "incident"  # incident | exchange (an accusation and its denial) | also (other salient sentences)


@dataclass(frozen=True)
class SourceEntry:
    """One numbered source: exactly one article."""

    number: int
    article: str
    outlet: str
    published: str | None = None
    title: str | None = None
    url: str | None = None

    def words(self) -> str:
        date = date_words(self.published) if self.published else "undated"
        title = f", “{self.title}”" if self.title else ""
        return f"{self.outlet}, {date}{title}"


@dataclass(frozen=True)
class Briefing:
    title: str
    sections: tuple[BriefSection, ...]
    method: str = "minilm"  # "minilm" or "lexical" (TF-IDF fallback)
    scope: str = ""  # what it was made from: articles, outlets, dates
    sources: tuple[SourceEntry, ...] = ()

    def items(self) -> list[BriefItem]:
        return [it for s in self.sections for it in s.items]

    def numbers(self) -> dict[str, int]:
        return {s.article: s.number for s in self.sources}

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the JSON API: sections, items with their parts and citations, numbered sources."""
        num = self.numbers()

        def item(it: BriefItem) -> dict[str, Any]:
            return {"text": it.text, "kind": it.kind, "events": list(it.events), "claims": list(it.claims),
                    "independent_sources": it.independent_sources,
                    "parts": [{"text": p.text, "cites": [to_dict(c) for c in p.cites]} for p in it.parts],
                    "sources": [to_dict(c) for c in it.sources],
                    "numbers": sorted({num[c.article] for c in it.sources if c.article in num})}

        sections = [{"heading": s.heading, "kind": s.kind, "event": s.event, "members": list(s.members),
                     "when": s.when, "items": [item(it) for it in s.items]} for s in self.sections]
        return {"title": self.title, "method": self.method, "scope": self.scope, "markdown": self.to_markdown(),
                "sections": sections, "sources": [to_dict(s) for s in self.sources]}

    def to_markdown(self) -> str:
        """Markdown; text is escaped so article content cannot inject markup or HTML."""
        num = self.numbers()
        lines = [f"# {md_escape(self.title)}", ""]
        if self.scope:
            lines += [f"_{md_escape(self.scope)}_", ""]
        for sec in self.sections:
            lines += [f"## {md_escape(sec.heading)}", ""]
            for it in sec.items:
                lines.append("- " + "".join(md_escape(p.text) + _md_marks(p.cites, num) for p in it.parts))
            lines.append("")
        if self.sources:
            lines += ["## Sources", ""]
            for s in self.sources:
                link = f" <{s.url}>" if s.url and _http(s.url) else ""
                lines.append(f"{s.number}. {md_escape(s.words())}{link}")
            lines.append("")
        return "\n".join(lines)

    def to_text(self) -> str:
        """Plain text (a terminal, a mail): headings underlined, no Markdown markup or escapes, citations as
        "[1, 2]", the numbered sources with their links; control characters of untrusted text are dropped (an
        article cannot move a terminal's cursor or colour it)."""
        num = self.numbers()
        lines = [*_underlined(_plain(self.title), "="), ""]
        if self.scope:
            lines += [_plain(self.scope), ""]
        for sec in self.sections:
            lines += [*_underlined(_plain(sec.heading), "-"), ""]
            for it in sec.items:
                lines.append("- " + "".join(_plain(p.text) + _md_marks(p.cites, num) for p in it.parts))
            lines.append("")
        if self.sources:
            lines += [*_underlined("Sources", "-"), ""]
            for s in self.sources:
                link = f" {_plain(s.url.strip())}" if s.url and _http(s.url) else ""
                lines.append(f"{s.number}. {_plain(s.words())}{link}")
            lines.append("")
        return "\n".join(lines)

    def to_html(self, link: Callable[[Citation], str] | None = None, standalone: bool = False) -> str:
        """HTML with every dynamic string escaped; ``standalone`` gives a whole styled, printable page.

        Citation numbers link to the numbered source list; ``link`` (the web UI's article page) gives each
        source a second link besides its own URL.
        """
        body = _html_body(self, link)
        if not standalone:
            return body
        return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{_h(self.title)}</title>\n<style>\n{PRINT_CSS}</style>\n</head>\n<body>\n{body}\n"
                f"</body>\n</html>\n")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _plain(text: str) -> str:
    """Untrusted text for a terminal: control characters (an escape sequence, a carriage return) dropped."""
    return _CONTROL.sub("", text)


def _underlined(text: str, rule: str) -> list[str]:
    return [text, rule * len(text)]


def _http(url: str) -> bool:
    return re.match(r"https?://", url.strip(), re.IGNORECASE) is not None


def _md_marks(cites: Sequence[Citation], num: Mapping[str, int]) -> str:
    ns = sorted({num[c.article] for c in cites if c.article in num})
    return f" [{', '.join(map(str, ns))}]" if ns else ""


def _html_marks(cites: Sequence[Citation], num: Mapping[str, int]) -> str:
    ns = sorted({num[c.article] for c in cites if c.article in num})
    if not ns:
        return ""
    links = ", ".join(f'<a href="#src-{n}">{n}</a>' for n in ns)
    return f' <span class="cite">[{links}]</span>'


def _html_body(b: Briefing, link: Callable[[Citation], str] | None) -> str:
    e = _h
    num = b.numbers()
    out = [f'<article class="briefing"><h1>{e(b.title)}</h1>']
    if b.scope:
        out.append(f'<p class="scope">{e(b.scope)}</p>')
    for sec in b.sections:
        attrs = f' data-kind="{e(sec.kind)}"'
        if sec.event:
            attrs += f' data-event="{e(sec.event)}" data-members="{e(" ".join(sec.members))}"'
        out.append(f"<section{attrs}><h2>{e(sec.heading)}</h2><ul>")
        for it in sec.items:
            text = "".join(f"{e(p.text)}{_html_marks(p.cites, num)}" for p in it.parts)
            out.append(f'<li class="item-{e(it.kind)}" data-events="{e(" ".join(it.events))}">{text}</li>')
        out.append("</ul></section>")
    if b.sources:
        out.append('<section class="sources"><h2>Sources</h2><ol>')
        for s in b.sources:
            title = e(s.title) if s.title else "untitled"
            local = ""
            if link is not None:
                cite = Citation(s.article, 0, 0, s.outlet, s.published, s.url, s.title)
                local = f' <a class="local" href="{e(link(cite))}">read here</a>'
            ext = (f' <a class="ext" href="{e(s.url)}" rel="noopener noreferrer">{e(s.url)}</a>'
                   if s.url and _http(s.url) else "")
            date = e(date_words(s.published)) if s.published else "undated"
            out.append(f'<li id="src-{s.number}" data-article="{e(s.article)}"><span class="outlet">'
                       f'{e(s.outlet)}</span>, <span class="date">{date}</span>, “<span class="title">{title}'
                       f"</span>”{local}{ext}</li>")
        out.append("</ol></section>")
    out.append("</article>")
    return "\n".join(out)


PRINT_CSS = """body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 46rem;
  margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #ccc; padding-bottom: .15rem; }
.scope { color: #555; font-style: italic; margin-top: 0; }
ul { padding-left: 1.2rem; } li { margin: .35rem 0; }
.cite { font-size: .8em; color: #555; white-space: nowrap; }
.cite a, .sources a { color: #1d4f91; }
.sources ol { font-size: .9rem; padding-left: 1.6rem; } .sources li { margin: .2rem 0; word-break: break-word; }
.sources .ext { color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  .sources .ext::before { content: " "; }
  h2 { break-after: avoid; } li { break-inside: avoid; }
}
"""


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


# Markdown that could change meaning inside a list item: code, emphasis, links/images, raw HTML
# (escaped as entities first); "_" only at a word edge, since intraword "_" is never emphasis
_MD_SPECIAL = re.compile(r"([\\`*\[\]~]|(?<!\w)_|_(?!\w))")


def md_escape(text: str) -> str:
    """Escape Markdown punctuation and the HTML characters (&, <, >) of untrusted text."""
    text = html.escape(text, quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text)


# --------------------------------------------------------------------------- choosing incidents


def importance(inc: Incident, indep: int, latest: str | None) -> float:
    """Independent sources first, then casualties, then recency, then how precisely it is known."""
    killed = inc.fatalities
    injured = inc.injured
    recency = 0.0
    iv = interval(inc.date) if inc.date_stated else None
    if iv and latest:
        gap = (date.fromisoformat(latest[:10]) - iv[1]).days
        recency = 1.0 / (1.0 + max(gap, 0) / 30.0)
    return (2.0 * math.log1p(indep) + 1.0 * math.log1p(upper(killed) if killed else 0)
            + 0.5 * math.log1p(upper(injured) if injured else 0) + 0.5 * recency
            + 0.3 * (inc.lead.location is not None or bool(inc.lead.location_text)) + 0.3 * inc.date_stated)


def _time_key(inc: Incident, articles: Mapping[str, Article] | None = None) -> tuple[int, str, str, str]:
    """Sections in time order: a stated date by its interval, a date known only from a report by that day (after
    the sections stated for that day: "on or before 23 October" is no reason to tell a visit before the quake
    it followed); with no date at all, by the day it was first reported (after that day's dated sections),
    else last."""
    iv = interval(inc.date)
    if iv:
        # "}" sorts after every id and before "~": the day's exchanges and undated sections come later still
        return (0, iv[0].isoformat(), iv[1].isoformat(), ("" if inc.date_stated else "}") + inc.id)
    first = _first_report(inc, articles or {})
    day = value_interval(first) if first else None
    if day:
        return (0, day[0].isoformat(), day[0].isoformat(), "~" + inc.id)
    return (1, "", "", inc.id)


def _first_report(inc: Incident, articles: Mapping[str, Article]) -> str | None:
    return min((p for a in inc.articles if a in articles and (p := articles[a].published)), default=None)


# --------------------------------------------------------------------------- entry point


def _scope(story: Story, story_id: str | None) -> list[Article]:
    arts = story.articles
    if story_id is not None:
        cluster = next((c for c in story.stories if c.id == story_id), None)
        if cluster is None:
            raise KeyError(f"no story cluster {story_id!r}; known: {', '.join(c.id for c in story.stories)}")
        keep = set(cluster.articles)
        arts = [a for a in arts if a.id in keep]
    return arts


def _title(story: Story, entity: str | None, query: str | None, story_id: str | None,
           states: StoryStates = NO_STATES) -> str:
    if entity is not None:
        name = next((e.name for e in story.entities if e.id == entity), entity)
        return f"Briefing: {name}"
    if query:
        return f"Briefing: {query}"
    if story_id is None and len(story.stories) == 1:  # the whole story is one cluster: name it
        story_id = story.stories[0].id
    label = next((c.label for c in story.stories if c.id == story_id), None) if story_id else None
    if not label:
        return "Briefing"
    # a country and its people are one subject ("Peru, Chile, Chilean" -> "Peru, Chile")
    return f"Briefing: {', '.join(fold_labels(_subjects(label.split(' / '), story), states))}"


def _subjects(parts: list[str], story: Story) -> list[str]:
    """A title's names without the peoples' adjectives ("Briefing: Tarvinian, Orvani" says nothing): the names
    of things, else the countries the peoples are of, else the label as it was."""
    norp = {e.name.casefold() for e in story.entities if e.type == "NORP"}
    things = [p for p in parts if p.casefold() not in norp and demonym_country(p) is None]
    if things:
        return things
    countries = list(dict.fromkeys(c for p in parts if (c := demonym_country(p)) is not None))
    return countries or parts


def scope_words(articles: Sequence[Article]) -> str:
    """'From 9 articles by 8 outlets, published 4–14 March 2031 (1 undated).' Articles whose outlet nothing
    names are said apart, beside the articles ("From 44 articles (2 with no outlet named) by 20 outlets": not
    beside the outlets, where it read as an outlet without a name), not counted as an outlet "unknown outlet"."""
    outlets = outlets_of(articles)
    unnamed = outlets.unnamed
    by = f" by {count(len(outlets), 'outlet')}" if outlets.names else ""
    if unnamed:
        by = f" ({unnamed} with no outlet named){by}" if outlets.names else ", no outlet named"
    days = sorted(p for a in articles if (p := a.published))
    when = ""
    if days:
        when = f", published {between_words(days[0], days[-1])}"
    undated = len(articles) - len(days)
    extra = f" ({undated} undated)" if undated and days else ""
    return f"From {count(len(articles), 'article')}{by}{when}{extra}."


@dataclass
class _Context:
    """Everything the section builders share."""

    story: Story
    articles: dict[str, Article]
    names: dict[str, str]
    types: dict[str, str]  # entity id -> its type (a pronoun's speaker must not be a place)
    family: dict[str, str]
    groups: list[tuple[Group, int]]
    vecs: np.ndarray  # one row per group
    scores: np.ndarray
    relevance: np.ndarray | None  # closeness to the query, per group
    entity: str | None
    used: set[int] = field(default_factory=set)  # groups already shown
    by_event: dict[str, list[int]] = field(default_factory=dict)
    tells: dict[int, frozenset[str]] = field(default_factory=dict)  # group -> the events it tells (see _tells)
    depth: dict[int, dict[str, int]] = field(default_factory=dict)  # group -> event -> how deep it names it
    incident_of: dict[str, str] = field(default_factory=dict)  # event id -> its incident's id
    incidents: list[Incident] = field(default_factory=list)  # every incident of the briefed articles
    states: StoryStates = NO_STATES  # the story's own countries, capitals and state bodies (for actors)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # entity id -> its surface forms
    lower: LowerCaseWords = NO_WORDS  # the words the story writes lower-case (common nouns, not names)
    places: Places | None = None  # which places can be one another's (a heading's place the lines name)
    said: list[Claim] = field(default_factory=list)  # the claims the sections built so far quote
    # incident id -> the sentences its section shows (article, start, end), chosen for every section first
    told: dict[str, set[tuple[str, int, int]]] = field(default_factory=dict)

    telling: Telling = field(init=False)  # which incident words tell (the story's time expressions, incidents)

    def __post_init__(self) -> None:
        self.telling = Telling.of(self.articles, self.story.timexes)
        for gi, (g, _) in enumerate(self.groups):
            for ev in g.events:
                self.by_event.setdefault(ev, []).append(gi)

    def dated_elsewhere(self, gi: int, inc: Incident) -> bool:
        """Every date the sentence states lies before the incident's stated date: "the double bombing on
        10 October 2015 left 103 dead" tells another incident than a February 2016 one, whatever event fusion
        joined (a day's slack, for a night that outlets date to either day)."""
        when = value_interval(inc.date.value) if inc.date is not None and inc.date_stated else None
        if when is None:
            return False
        rep = self.groups[gi][0].rep
        text = self.articles[rep.article].text
        stated = [iv for t in self.telling.timexes.get(rep.article, ()) if rep.start <= t.start and t.end <= rep.end
                  and t.type == "DATE" and granularity_of(t.value) in SENTENCE_DATE_GRAINS
                  and not _reference_point(text[rep.start:t.start]) and (iv := value_interval(t.value)) is not None]
        # only dates before it: a later date ("rescuers found five more bodies on Friday") tells what became
        # of the incident, an earlier one cannot tell the incident itself
        return bool(stated) and all(iv[1] < when[0] - timedelta(days=1) for iv in stated)

    def tells_other(self, gi: int, inc: Incident) -> bool:
        """The sentence's main event is another incident: "X resigned three days after the bombing" is the
        resignation's sentence, not the bombing's, though it names the bombing."""
        told = self.tells.get(gi)
        if not told or told & set(inc.members):
            return False
        return any(self.incident_of.get(ev, inc.id) != inc.id for ev in told)


#: words that make the date after them a reference point, not the date of what the clause tells
_REFERENCE = re.compile(r"\b(?:since|after|following|before|until|till|than|ago|anniversary)\b", re.IGNORECASE)


def _reference_point(before: str) -> bool:
    """The clause before a date measures from it ("her first trip since she was appointed on 14 March")."""
    clause = re.split(r"[,;:]", before)[-1]
    return _REFERENCE.search(clause) is not None


def _item_from_group(ctx: _Context, gi: int) -> BriefItem:
    g = ctx.groups[gi][0]
    cites = []
    for m in g.members:
        a = ctx.articles[m.article]
        cites.append(Citation(m.article, m.start, m.end, a.outlet, a.published, a.url, a.title))
    return BriefItem((Part(g.rep.text, tuple(cites)),), score=round(float(ctx.scores[gi]), 4),
                     independent_sources=independent((m.article for m in g.members), ctx.family),
                     events=tuple(sorted(g.events)), claims=tuple(sorted(g.claims)),
                     entities=tuple(sorted(g.entities)))


def _section_sentences(ctx: _Context, inc: Incident, per_section: int) -> list[BriefItem]:
    """The best sentences telling this incident (a claim sentence only when nothing else tells it)."""
    members = set(inc.members)
    pool = sorted({gi for ev in members for gi in ctx.by_event.get(ev, [])
                   if gi not in ctx.used and not ctx.tells_other(gi, inc) and not ctx.dated_elsewhere(gi, inc)
                   and not ctx.telling.tells_later(ctx.groups[gi][0].rep.article, ctx.groups[gi][0].rep.start,
                                           ctx.groups[gi][0].rep.end, inc, ctx.groups[gi][0].events)})
    if ctx.entity is not None:
        pool = [gi for gi in pool if ctx.entity in ctx.groups[gi][0].entities] or pool
    if not pool or (independent(inc.articles, ctx.family) < 2 and not any(_tells_it(ctx, gi, members) for gi in pool)):
        return []  # one source names it only deep in sentences about something else: not what it reports

    def value(gi: int) -> float:
        g = ctx.groups[gi][0]
        own = 0.15 * (g.rep.position < 3) - 0.3 * bool(g.claims)  # what happened, before who said what
        own -= ANAPHOR_COST * bool(ANAPHOR.match(g.rep.text))  # "That bombing killed 29": which, out of context?
        # a sentence that names the incident deep in a clause ("Vesk reached the spot where the crash took
        # place") tells something else: the incident as its subject or main verb first
        deep = [d for ev in members if (d := ctx.depth.get(gi, {}).get(ev)) is not None]
        own -= DEPTH_COST * max(0, min(deep, default=0) - SHALLOW)
        rel = 0.6 * float(ctx.relevance[gi]) if ctx.relevance is not None else 0.0
        return float(ctx.scores[gi]) + own + rel

    pool.sort(key=lambda gi: -value(gi))
    chosen = [pool[0]]
    for gi in pool[1:]:
        if len(chosen) >= per_section:
            break
        if ctx.groups[gi][0].claims:  # who said what goes to the claims line
            continue
        if max(float(ctx.vecs[gi] @ ctx.vecs[c]) for c in chosen) < REDUNDANT and value(gi) >= 0.6 * value(chosen[0]):
            chosen.append(gi)
    ctx.used.update(chosen)
    chosen.sort(key=lambda gi: _reading_order(ctx, gi))  # read in the order it was reported
    return [_item_from_group(ctx, gi) for gi in chosen]


def _tells_it(ctx: _Context, gi: int, members: set[str]) -> bool:
    """The sentence names one of the events as its subject or on its main verb (or its depth is not known):
    "the warnings of a possible attack", said in a clause about what a speech left out, does not tell an attack."""
    deep = [d for ev in members if (d := ctx.depth.get(gi, {}).get(ev)) is not None]
    return not deep or min(deep) <= SHALLOW


def _reading_order(ctx: _Context, gi: int) -> tuple[str, str, int]:
    rep = ctx.groups[gi][0].rep
    return (ctx.articles[rep.article].published or "9999", rep.article, rep.start)


def _incident_section(ctx: _Context, inc: Incident, items: list[BriefItem],
                      claims: Sequence[Claim], links: said.Links) -> BriefSection | None:
    """The section of an incident: ``items``, its sentences (:func:`_section_sentences`), then its toll lines and
    who said what."""
    own = bool(items)
    told = {(c.article, c.start, c.end) for it in items for c in it.sources}
    already = {cid for it in items for cid in it.claims}
    reports = ctx.telling.reports(inc)  # as the heading's and the timeline's toll read them (incident_facts)
    for kind, headline in (("killed", inc.fatalities), ("injured", inc.injured)):
        toll = toll_item(reports, kind, ctx.articles, headline, marked=not inc.merged,
                         rising=inc.lead.type in HARM_TYPES)
        # one figure already read in a sentence shown above needs no line of its own
        if toll is not None and not (len(toll.parts) == 2 and all(_within(c, told) for c in toll.sources)):
            items.append(replace(toll, events=inc.members))
    members = set(inc.members)
    shown = [normalize(it.text) for it in items if it.kind == "sentence"]
    # a statement another section quotes, or one of its sentences reads, is not quoted twice
    about = [c for c in claims if c.event in members and c.id not in already
             and not _retold(c, told, shown, links) and not _said_above(ctx, c, inc.id)
             and not _copy_retold(c, claims, told, shown, links, ctx.names)]
    picked = _no_headline_echo(said.pick(about, ctx.names, links, ctx.types, ctx.entity), told, ctx.articles)
    if not own and len(items) == 0:
        return None  # no sentence tells it and no figure counts it: a fragment fusion made, not an incident
    picked += _copies(picked, claims, ctx.names)
    ctx.said += picked  # (only a section shown quotes them: a dropped one leaves them to the next)
    if (line := said.claims_item(picked, ctx.names, ctx.articles, links, ctx.lower)) is not None:
        items.append(replace(line, events=inc.members))
    facts = incident_facts(inc, ctx.telling)  # the place, toll and date the timeline's line gives it too
    return BriefSection(facts.heading(ctx.names, ctx.types), tuple(items), event=inc.id, members=inc.members,
                        when=facts.when)


def _said_above(ctx: _Context, c: Claim, incident: str) -> bool:
    """The claim is one another section already quotes (the same speaker's near-identical words, in this or
    another outlet's copy), or its words lie in a sentence another section shows."""
    span = Citation(c.article, c.start, c.end)
    return any(_within(span, told) for inc, told in ctx.told.items() if inc != incident) or \
        any(said.same_statement(c, other, ctx.names) for other in ctx.said)


def _copies(picked: Sequence[Claim], claims: Sequence[Claim], names: Mapping[str, str]) -> list[Claim]:
    """Other articles' copies of the picked statements, so that the one clause cites every carrier (and no later
    section quotes a copy again)."""
    ids = {c.id for c in picked}
    return [c for c in claims if c.id not in ids and any(said.same_statement(c, p, names) for p in picked)]


def _no_headline_echo(picked: list[Claim], told: set[tuple[str, int, int]],
                      articles: Mapping[str, Article]) -> list[Claim]:
    """A headline's claim sums up its article ("Minister announces inquiry"): left out when the section already
    shows that article's own sentence or another of its claims."""
    body = {a for a, _, _ in told} | {c.article for c in picked if not in_headline(c, articles)}
    return [c for c in picked if not (c.article in body and in_headline(c, articles))]


def _retold(c: Claim, told: set[tuple[str, int, int]], shown: Sequence[str], links: said.Links) -> bool:
    """A claim read (nearly) whole in a sentence the section already quotes, or whose words that sentence
    carries, says nothing new, unless it is a denial or denied (a quotation running over two sentences says
    more than the one shown)."""
    span = max(1, c.end - c.start)  # "nearly whole": the shown sentence may have lost its dateline
    quoted = any(a == c.article and min(c.end, e) - max(c.start, s) >= RETOLD * span for a, s, e in told)
    words = normalize(c.content)
    quoted = quoted or (len(words.split()) >= 4 and any(words in text for text in shown))
    return quoted and c.polarity != "deny" and c.id not in links.denials


def _copy_retold(c: Claim, claims: Sequence[Claim], told: set[tuple[str, int, int]], shown: Sequence[str],
                 links: said.Links, names: Mapping[str, str]) -> bool:
    """Another outlet's copy of the statement is read in a sentence the section already shows (a wire story
    carried twice, one copy saying "fuel station" where the other says "petrol station"): quoting it again
    from the other copy says the same thing twice."""
    if c.polarity == "deny" or c.id in links.denials:
        return False
    shown_in = {a for a, _, _ in told}
    return any(o.id != c.id and o.article in shown_in and o.article != c.article and _retold(o, told, shown, links)
               and said.same_statement(o, c, names) for o in claims)


def _within(c: Citation, told: set[tuple[str, int, int]]) -> bool:
    """The cited span overlaps a sentence already shown (sentence spans of two components may differ a little)."""
    return c.field is None and any(a == c.article and c.start < e and s < c.end for a, s, e in told)


def _exchange_sections(ctx: _Context, claims: Sequence[Claim], shown: set[str],
                       links: said.Links) -> list[tuple[tuple[int, str, str, str], BriefSection]]:
    """Accusations and their denials about no chosen incident: 'Accusation by X, denied by Y, <date>'."""
    in_scope = {c.id for c in claims}
    pairs: dict[str, list[Claim]] = defaultdict(list)
    for target_id, denial_ids in links.denials.items():
        if target_id in in_scope:
            pairs[target_id] += [links.by_id[d] for d in denial_ids if d in in_scope]
    out = []
    for target_id, deniers in pairs.items():
        target = links.by_id[target_id]
        if target_id in shown or any(d.id in shown for d in deniers) or not said.usable(target, ctx.names, ctx.types):
            continue
        # a described speaker by its head in the heading ("some journalists", not the clauses hung on it)
        accuser = speaker_words(target, ctx.names, short=True) or "an unnamed speaker"
        # "Lima said" and "Peru rejected" are one actor speaking twice, not a denial
        deniers = [d for d in deniers if said.usable(d, ctx.names, ctx.types) and said.denies(d, target)
                   and not same_actor(speaker_words(d, ctx.names, short=True) or "", accuser, ctx.states)][:2]
        if not deniers:
            continue
        if ctx.entity is not None and not any(ctx.entity in (c.speaker, *c.targets) for c in (target, *deniers)):
            continue
        item = said.claims_item([target, *deniers], ctx.names, ctx.articles, links, ctx.lower)
        if item is None:
            continue
        day = ctx.articles[target.article].published if target.article in ctx.articles else None
        stated = _said_when(target, day)
        when = date_words(target.time.value) if stated and target.time and target.time.value \
            else (f"reported {date_words(day)}" if day else NOT_STATED)
        shown.update([target_id, *(d.id for d in deniers)])
        # placed by its stated date, as incidents are, after the day's incidents ("~" sorts after their ids)
        iv = interval(target.time) if stated else None
        key = (0, iv[0].isoformat(), iv[1].isoformat(), "~" + target_id) if iv else \
            ((0, day, day, "~" + target_id) if day else (1, "", "", target_id))
        out.append(_Exchange(key, accuser, [speaker_words(d, ctx.names, short=True) or "an unnamed speaker"
                                            for d in deniers],
                             target.stance == "allegation", when, item,
                             (target.time.value if stated and target.time else day) or "", stated))
    return _merge_exchanges(out, ctx.states)


def _said_when(claim: Claim, published: str | None) -> bool:
    """Whether the claim's stated time dates the speech act (:func:`storyline.present.incidents.said_then`, as
    the timeline reads it); else the statement is dated by its report."""
    return said_then(claim.time, published)


@dataclass
class _Exchange:
    key: tuple[int, str, str, str]
    accuser: str
    deniers: list[str]
    accusation: bool
    when: str
    item: BriefItem
    day: str = ""  # the stated date, else the day it was reported (exchanges of one day are one section)
    stated: bool = False


def _merge_exchanges(found: list[_Exchange],
                     states: StoryStates = NO_STATES) -> list[tuple[tuple[int, str, str, str], BriefSection]]:
    """One section per accuser and day, stated or reported ("Lima" and "Peru" are one actor):
    'Accusations by X, denied by Y and Z, 23 March 2024', its most answered exchanges first."""
    found.sort(key=lambda x: (-len(x.item.claims), x.key))
    stated: dict[str, set[str]] = defaultdict(set)
    for x in found:
        if x.stated and _day(x.day):
            stated[actor_key(x.accuser, states)].add(x.day)
    groups: dict[tuple[str, str], list[_Exchange]] = {}
    for x in found:
        who = actor_key(x.accuser, states)
        groups.setdefault((who, _stated_day(x, stated[who]) or x.day or x.when), []).append(x)
    out = []
    for xs in groups.values():
        items = merge_same([x.item for x in xs])[:EXCHANGE_ITEMS]  # a copy word for word is one bullet
        kept = {c for it in items for c in it.claims}
        xs = [x for x in xs if set(x.item.claims) <= kept]
        noun = "accusation" if any(x.accusation for x in xs) else "statement"
        noun = noun if len(items) == 1 else f"{noun}s"
        who = list_words(fold_labels(list(dict.fromkeys(d for x in xs for d in x.deniers)), states))
        when = next((x.when for x in xs if x.stated), xs[0].when)  # "23 March 2024" over "reported 23 March"
        head = f"{noun.capitalize()} by {xs[0].accuser}, denied by {who}, {when}"
        out.append((min(x.key for x in xs), BriefSection(head, tuple(items), kind="exchange",
                                                         when=when)))
    return out[:MAX_EXCHANGES]


REPORT_LAG_DAYS = 2  # an accusation reported this many days after one stated by the same accuser: the same


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _stated_day(x: _Exchange, days: set[str]) -> str | None:
    """The stated day of the accuser's exchange that an undated report follows ("reported 11 March" after
    "10 March"): one accusation, told again, is one section."""
    seen = _day(x.day) if not x.stated else None
    if seen is None:
        return None
    near = [d for d in days if (dd := _day(d)) is not None and 0 <= (seen - dd).days <= REPORT_LAG_DAYS]
    return max(near, default=None)


def _choose(incidents: list[Incident], ctx: _Context, max_sections: int,
            query_fit: Callable[[Incident], float] | None) -> tuple[list[Incident], int]:
    """The incidents to brief, and how many with two or more independent sources did not fit."""
    latest = max((a.published for a in ctx.articles.values() if a.published), default=None)
    indep = {inc.id: independent(inc.articles, ctx.family) for inc in incidents}
    incidents = [i for i in headline_worthy(incidents, indep) if not circumstance(i, ctx.articles)]
    ranked = sorted(incidents, key=lambda i: -importance(i, indep[i.id], latest))
    if query_fit is not None:
        fits = {i.id: query_fit(i) for i in incidents}
        best = max(fits.values(), default=0.0)
        ranked = sorted((i for i in ranked if fits[i.id] >= max(0.05, 0.5 * best)), key=lambda i: -fits[i.id])
        return ranked[:max_sections], 0
    attested = [i for i in ranked if indep[i.id] >= 2 and not unplaced(i)]
    must = attested[:MAX_MANDATORY]
    rest = [i for i in ranked if indep[i.id] < 2 and one_source_news(i)][: max(0, max_sections - len(must))]
    if not must and not rest:  # a story that only one source tells still has its incident
        rest = [i for i in ranked if not unplaced(i)][:1]
    return must + rest, len(attested) - len(must)


def one_source_news(inc: Incident) -> bool:
    """Whether an incident only one source reports heads a section: told as having happened (not what someone
    sought, expected, claimed or denied: the claims lines tell those; what is alleged, when it is dated or
    counted) and placed in time or space, or counted ("Agreement with X, date not stated" from "X agreed that
    …", "Visit by a mourner" from one family's story say nothing a reader can place)."""
    ev = inc.lead
    counted = bool(inc.fatalities or inc.injured)
    if ev.modality in NOT_NEWS or unplaced(inc):
        return False
    if ev.modality == "alleged":  # what happened by someone's account: when it happened, or what it cost
        return inc.date_stated or counted
    placed = any(e.location or e.location_text for e in inc.events)
    if bare(inc):
        return False  # "It struck at 9:23 p.m. on Wednesday": a day alone, with nobody and nowhere, tells nothing
    return inc.date_stated or placed or counted


#: the words before a trip told as where someone was or came from: "who was on an unannounced visit to", "returning
#: from an exchange trip to", "while cutting short a trip to", "during his two-day visit to"
_CIRCUMSTANCE = re.compile(r"\b(?:on|from|during|short)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?"
                           r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
TRIP_WORDS = frozenset({"visit", "trip", "tour", "journey", "stopover", "stop-over"})
#: a word of that trip's purpose after it, in the same sentence ("on an unannounced visit to Lesk for talks")
_IN_TRIP = re.compile(r"\b(?:on|from|during|short)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?"
                      r"(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(TRIP_WORDS)) + r")\b[^.;]*\bfor\s+$", re.IGNORECASE)


def circumstance(inc: Incident, articles: Mapping[str, Article]) -> bool:
    """A trip every mention of which tells where someone was or came from when they did what the sentence tells
    ("Z, who was on an unannounced visit to Lesk, dismissed the allegations"; "the victims were returning
    from an exchange trip to Tolvar"): the circumstance of other news, not news of its own."""
    spans = [m for ev in inc.events for m in ev.mentions]
    if not spans or any(ev.subtype != "visit" for ev in inc.events):
        return False
    for m in spans:
        a = articles.get(m.article)
        words = m.text.lower().split()
        if a is None or not words:
            return False
        before = span_source(a, m.field)[max(0, m.start - 80):m.start]
        if not (_CIRCUMSTANCE.search(before) if words[-1] in TRIP_WORDS else _IN_TRIP.search(before)):
            return False
    return True


#: modalities of what did not happen, or was only said: "Expected talks", "Claimed meeting" from one source
NOT_NEWS = frozenset({*IRREALIS, "hypothetical", "claimed", "denied"})


def _involves(inc: Incident, entity: str) -> bool:
    return any(ev.location == entity or any(p.entity == entity for p in ev.participants) for ev in inc.events)


def brief(story: Story, sentences: Mapping[str, Sequence[tuple[int, int]]] | None = None, *,
          max_sentences: int | None = None, max_sections: int = 12, per_section: int = 2,
          entity: str | None = None, query: str | None = None, story_id: str | None = None,
          embedder: Embedder | None = None, analyses: Mapping[str, ArticleAnalysis] | None = None) -> Briefing:
    """A cited briefing of ``story`` (or of one story cluster, an entity or a query).

    ``sentences`` maps article id -> sentence spans (``ArticleAnalysis.sentences``; ``analyses`` gives them
    too, plus the event mentions whose figures make the toll lines); articles without them are split with
    :func:`split_sentences`. ``max_sections`` bounds the sections beyond the incidents reported by two or more
    independent sources, which always appear (``max_sentences`` is its older name). ``entity`` keeps what that
    entity id takes part in or says; ``query`` ranks by closeness to the query text. ``embedder=None`` uses
    the lexical (TF-IDF) fallback.
    """
    if max_sentences is not None:
        max_sections = max_sentences
    analyses = analyses or {}
    spans = dict(sentences or {})
    for aid, an in analyses.items():
        spans.setdefault(aid, an.sentences)
    articles = _scope(story, story_id)
    by_id = {a.id: a for a in story.articles}
    family = family_map(story.articles, story.source_families)
    states = StoryStates.of(story.entities, (a.text for a in articles))
    title = _title(story, entity, query, story_id, states)
    method = "minilm" if embedder is not None else "lexical"
    cands = cap_candidates(candidates(articles, spans), story)
    if not cands:
        return Briefing(title, (), method, scope_words(articles))
    vecs, qvec = vectors([c.text for c in cands], embedder, query)
    groups = group_duplicates(cands, vecs, family, article_rank(articles))
    annotate(story, groups)
    told, depth = _tells(story, analyses, groups)
    rows = np.array([row for _, row in groups], dtype=np.int64)
    gvecs = vecs[rows]
    relevance = np.clip(gvecs @ qvec, 0, None) if qvec is not None else None
    ctx = _Context(story, by_id, {e.id: e.name for e in story.entities}, {e.id: e.type for e in story.entities},
                   family, groups, gvecs,
                   salience(story, groups, gvecs, family), relevance, entity,
                   tells=told, depth=depth, states=states,
                   aliases={e.id: list(e.aliases) for e in story.entities},
                   lower=LowerCaseWords(a.text for a in story.articles))
    ctx.telling.names, ctx.telling.types, ctx.telling.aliases = ctx.names, ctx.types, ctx.aliases
    ctx.telling.sentences = spans
    return _assemble(ctx, articles, title, method, max_sections, per_section, analyses)


def _assemble(ctx: _Context, articles: Sequence[Article], title: str, method: str, max_sections: int,
              per_section: int, analyses: Mapping[str, ArticleAnalysis]) -> Briefing:
    story = ctx.story
    in_scope = {a.id for a in articles}
    events = [_within_scope(e, in_scope) for e in story.events if any(m.article in in_scope for m in e.mentions)]
    clusters: dict[str, list[str]] = {}
    for s in story.stories:
        for a in s.articles:
            clusters.setdefault(a, []).append(s.id)
    ctx.places = Places.of_story(story)
    published = {a.id: a.published for a in articles}
    incidents = collapse(events, published, clusters, places=ctx.places, entity_types=ctx.types,
                         entity_names=ctx.names)
    incidents = fold_retold(incidents, published, clusters,
                            {i.id: independent(i.articles, ctx.family) for i in incidents}, places=ctx.places)
    ctx.incident_of = {ev: inc.id for inc in incidents for ev in inc.members}
    ctx.incidents = incidents
    ctx.telling.know(incidents)
    ctx.telling.places = ctx.places
    claims = as_said((c for c in story.claims if c.article in in_scope), ctx.articles)
    linked = {x for k in story.claim_links for x in (k.from_, k.to)}
    inner = {c.id for c in reported_within(claims)} - linked  # told inside another's words: that one tells it
    claims = [c for c in claims if c.id not in inner]
    if ctx.entity is not None:
        spoken = {c.event for c in claims if c.speaker == ctx.entity and c.event}
        incidents = [i for i in incidents if _involves(i, ctx.entity) or spoken & set(i.members)]
    fit = None
    if ctx.relevance is not None:
        rel = ctx.relevance

        def fit(inc: Incident) -> float:
            rows = [gi for ev in inc.members for gi in ctx.by_event.get(ev, [])]
            return max((float(rel[gi]) for gi in rows), default=0.0)

    # what one source recalls from years before (a 2004 siege, a 1997 posting) is context, not the story;
    # recalled by two independent sources it is still briefed (such incidents always are)
    opening = min((p for a in articles if (p := a.published)), default=None)

    def past(inc: Incident) -> bool:
        return background(trusted(inc.date), _first_report(inc, ctx.articles), inc.date_stated) or before_story(
            trusted(inc.date), opening, inc.date_stated)

    recalled = [i for i in incidents if past(i) and independent(i.articles, ctx.family) < 2]
    incidents = [i for i in incidents if i not in recalled]
    chosen, left_out = _choose(incidents, ctx, max_sections, fit)
    chosen = _siblings(chosen)
    chosen, outcomes = at_meetings(chosen, incidents, {a: p for a, x in ctx.articles.items() if (p := x.published)})
    ctx.telling.mentions = {m.id: m for an in analyses.values() for m in an.events}
    links = said.Links.of(claims, story.claim_links)
    keyed: list[tuple[tuple[int, str, str, str], BriefSection]] = []
    # every section's sentences first, so that no section quotes as a claim what another shows as a sentence
    sentences = {inc.id: _section_sentences(ctx, inc, per_section) for inc in chosen}
    ctx.told = {i: {(c.article, c.start, c.end) for it in items for c in it.sources} for i, items in sentences.items()}
    for inc in chosen:
        sec = _incident_section(ctx, inc, sentences[inc.id], claims, links)
        if sec is None:
            continue
        if background(trusted(inc.date), _first_report(inc, ctx.articles), inc.date_stated):
            # recalled from years before by two sources: briefed, last
            keyed.append(((2, *_time_key(inc, ctx.articles)[1:]), replace(sec, heading=f"Background: {sec.heading}")))
        elif past(inc):  # what the coverage starts from (a killing months before the row it caused): first
            keyed.append((_time_key(inc, ctx.articles), replace(sec, heading=f"Background: {sec.heading}")))
        elif inc.id in outcomes:  # dated by the meeting it came out of: right after that meeting's section
            day = _time_key(inc, ctx.articles)
            keyed.append(((day[0], day[1], day[2], "~" + inc.id), sec))
        else:
            keyed.append((_time_key(inc, ctx.articles), sec))
    shown = {c for _, s in keyed for it in s.items for c in it.claims}
    if ctx.relevance is None:
        keyed += _exchange_sections(ctx, claims, shown, links)
    sections = tuple(s for _, s in sorted(keyed, key=lambda ks: ks[0]))
    if len(sections) < max_sections:  # few incidents: the most salient of the rest, so no story goes unbriefed
        said_above = {cid for sec in sections for it in sec.items for cid in it.claims}
        also = _also_reported(ctx, min(ALSO_MAX, max_sections - len(sections)), {s.event for s in sections},
                              said_above)
        sections += (also,) if also else ()
    scope = scope_words(articles)
    if left_out:  # said, never silently dropped
        scope += (f" {count(left_out, 'more incident')} reported by two or more independent sources "
                  f"{'is' if left_out == 1 else 'are'} on the timeline.")
    if recalled:
        scope += (f" {count(len(recalled), 'incident')} an article recalls from well before it was written "
                  f"{'is' if len(recalled) == 1 else 'are'} on the timeline as background.")
    sections = versions_once(sections)
    return Briefing(title, sections, method, scope, _number(sections, ctx.articles))


def _siblings(incidents: list[Incident]) -> list[Incident]:
    """One section for one development told twice: the same kind of event (an investigation that "will begin
    on Friday" and the investigation under way), at the same place or none, on days that meet, told by a
    common article. The told one, dated, heads it."""
    out: list[Incident] = []
    for inc in incidents:
        for i, other in enumerate(out):
            if _same_development(other, inc):
                out[i] = _joined(other, inc)
                break
        else:
            out.append(inc)
    return out


def _same_development(a: Incident, b: Incident) -> bool:
    if (a.lead.type, a.lead.subtype) != (b.lead.type, b.lead.subtype) or not set(a.articles) & set(b.articles):
        return False
    if a.lead.location and b.lead.location and a.lead.location != b.lead.location:
        return False
    ia, ib = interval(a.date), interval(b.date)
    return ia is not None and ib is not None and ia[0] <= ib[1] and ib[0] <= ia[1] \
        and (a.lead.modality in IRREALIS) != (b.lead.modality in IRREALIS)


def _joined(a: Incident, b: Incident) -> Incident:
    head, other = (b, a) if (a.lead.modality in IRREALIS, not a.date_stated) > \
        (b.lead.modality in IRREALIS, not b.date_stated) else (a, b)
    return replace(head, events=(*head.events, *other.events),
                   articles=tuple(dict.fromkeys((*head.articles, *other.articles))))


def _also_reported(ctx: _Context, k: int, briefed: Collection[str | None] = (),
                   said_above: Collection[str] = ()) -> BriefSection | None:
    """The most salient sentences no section has shown (claims and all), in the order they were reported; a
    sentence that tells only incidents a section briefs (``briefed``: their ids) is that section's, not more
    news ("the police arrested nine people" under the arrest's own section), and so is a sentence whose claims
    a section's "X said …" line tells (``said_above``: their ids) or are about an incident a section briefs."""
    def told_above(gi: int) -> bool:
        claims = ctx.groups[gi][0].claims
        if claims and all(c in said_above or ctx.incident_of.get(about.get(c) or "") in briefed for c in claims):
            return True  # said above, or said about an incident a section briefs: that section's words
        told = ctx.tells.get(gi)
        if not told:
            return False
        return all(ctx.incident_of.get(ev) in briefed for ev in told)

    about = {c.id: c.event for c in ctx.story.claims}
    pool = [gi for gi in np.argsort(-ctx.scores) if int(gi) not in ctx.used and not told_above(int(gi))]
    if ctx.entity is not None:
        pool = [gi for gi in pool if ctx.entity in ctx.groups[gi][0].entities]
    if ctx.relevance is not None:
        best = float(ctx.relevance.max()) if len(ctx.relevance) else 0.0
        pool = [gi for gi in pool if float(ctx.relevance[gi]) >= max(0.05, 0.5 * best)]
    chosen: list[int] = []
    for gi in pool:
        if len(chosen) >= k:
            break
        if all(float(ctx.vecs[gi] @ ctx.vecs[c]) < REDUNDANT for c in chosen):
            chosen.append(int(gi))
    if not chosen:
        return None
    ctx.used.update(chosen)
    chosen.sort(key=lambda gi: _reading_order(ctx, gi))
    return BriefSection("Also reported", tuple(_item_from_group(ctx, gi) for gi in chosen), kind="also")


def _tells(story: Story, analyses: Mapping[str, ArticleAnalysis],
           groups: Sequence[tuple[Group, int]]) -> tuple[dict[int, frozenset[str]], dict[int, dict[str, int]]]:
    """Per sentence group, the events its shallowest event mentions belong to (``EventMention.depth``: the main
    verb, or the subject's noun, over what a subordinate clause or a prepositional phrase names); and how deep
    each event it names lies in it (its shallowest mention)."""
    event_of = {mid: ev.id for ev in story.events for mid in ev.mention_ids}
    at: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
    for an in analyses.values():
        for m in an.events:
            if m.depth is not None and m.id in event_of:
                toll = bool(m.fatalities or m.injured or getattr(m, "figures", None))
                at[m.article].append((m.start, m.depth, event_of[m.id], toll))
    out: dict[int, frozenset[str]] = {}
    depth: dict[int, dict[str, int]] = {}
    for gi, (g, _) in enumerate(groups):
        told: set[str] = set()
        for s in g.members or [g.rep]:
            inside = [(d, ev, toll) for start, d, ev, toll in at.get(s.article, ()) if s.start <= start < s.end]
            if inside:
                top = min(d for d, _, _ in inside)
                told.update(ev for d, ev, _ in inside if d == top)
                deep = depth.setdefault(gi, {})
                for d, ev, toll in inside:  # its casualty figure tells the incident however deep ("the toll
                    d = 0 if toll else d  # from Tuesday's bombing rose to 16")
                    deep[ev] = min(d, deep.get(ev, d))
        if told:
            out[gi] = frozenset(told)
    return out, depth


def _within_scope(ev: Event, in_scope: set[str]) -> Event:
    """The event as the briefed articles tell it (a story cluster's briefing cites only its own articles)."""
    if all(m.article in in_scope for m in ev.mentions):
        return ev
    pairs = [(mid, m) for mid, m in zip(ev.mention_ids or (None,) * len(ev.mentions), ev.mentions, strict=False)
             if m.article in in_scope]
    out = replace(ev, mentions=tuple(m for _, m in pairs), mention_ids=tuple(mid for mid, _ in pairs if mid))
    reports = getattr(ev, "reports", None)  # story@1 events[].reports, once fusion keeps them
    if reports:
        kept: dict[str, Any] = {"reports": tuple(r for r in reports if getattr(r, "article", None) in in_scope)}
        out = replace(out, **kept)
    return out


VERSION_TITLE = 90  # title likeness (rapidfuzz ratio of the words) of two versions of one outlet's story
VERSION_DAYS = 2  # days at most between them


def versions_once(sections: Sequence[BriefSection]) -> tuple[BriefSection, ...]:
    """An outlet that put a story out again under (nearly) the same title (an update, a repeat, a corrected
    copy: "TALKS RESUME IN HALVIK" twice a day apart, "... MOVE" and "... MOVES") is one source for what its
    versions say alike: a clause that cites several versions cites the first published, so the sources list
    no version that nothing else cites. A version cited alone (what only it says) keeps its own number."""
    def clause(cites: tuple[Citation, ...]) -> tuple[Citation, ...]:
        kept: list[Citation] = []
        for c in sorted(cites, key=lambda c: (c.published or "~", c.article)):
            if not any(_versions(c, k) for k in kept):
                kept.append(c)
        return tuple(c for c in cites if c in kept)

    return tuple(replace(sec, items=tuple(replace(it, parts=tuple(replace(p, cites=clause(p.cites)) for p in it.parts))
                                          for it in sec.items)) for sec in sections)


def _versions(a: Citation, b: Citation) -> bool:
    if not (a.outlet and a.outlet == b.outlet and a.title and b.title) or a.article == b.article:
        return False
    da, db = _day((a.published or "")[:10]), _day((b.published or "")[:10])
    if da is not None and db is not None and abs((da - db).days) > VERSION_DAYS:
        return False
    words = [" ".join(re.findall(r"\w+", t.casefold())) for t in (a.title, b.title)]
    return fuzz.ratio(*words) >= VERSION_TITLE


def _number(sections: Sequence[BriefSection], articles: Mapping[str, Article]) -> tuple[SourceEntry, ...]:
    """One number per article, in order of first citation; an untitled article is named by its first words."""
    out: dict[str, SourceEntry] = {}
    for sec in sections:
        for it in sec.items:
            for c in it.sources:
                if c.article not in out:
                    a = articles.get(c.article)
                    title = c.title or (headline_of(a) if a else None)
                    out[c.article] = SourceEntry(len(out) + 1, c.article, c.label, c.published, title, c.url)
    return tuple(out.values())
