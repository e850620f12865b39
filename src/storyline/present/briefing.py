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
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from storyline.analyze.embed import Embedder
from storyline.analyze.tfidf import tfidf_vectors
from storyline.model import Article, ArticleAnalysis, Claim, Event, EventMention, Quantity, Story, to_dict
from storyline.present.incidents import Incident, collapse, interval
from storyline.present.sources import family_map, independent
from storyline.present.timeline import claim_label, event_phrase, speaker_words
from storyline.present.words import (
    NOT_STATED,
    count,
    date_words,
    fragment,
    interval_words,
    list_words,
    outlet_words,
    quantity_words,
)

MIN_WORDS = 6  # shorter "sentences" are headlines, bylines and fragments
MAX_WORDS = 80  # longer ones are usually unsplit lists or tables
MAX_CANDIDATES = 2000  # caps the pairwise work on very large stories (cheap pre-score keeps the best)
NEAR_IDENTICAL = 90.0  # rapidfuzz ratio (0-100) above which two sentences are the same sentence
NEAR_IDENTICAL_FAMILY = 75.0  # looser inside a source family / copy: wire copies are lightly edited
REDUNDANT = 0.85  # cosine above which a sentence only repeats a chosen one
MAX_MANDATORY = 40  # incidents with >= 2 independent sources always appear, up to this many
MAX_EXCHANGES = 4  # accusation-and-denial sections about no chosen incident
CLAIMS_PER_SECTION = 3
ALSO_MAX = 3  # sentences of the closing "Also reported" section when incidents are few

_SPLIT = re.compile(r"[.!?][\"'”’)]*(\s+)(?=[\"'“‘(]?[A-Z0-9])|(\n+)")
_SPACE = re.compile(r"\s+")
#: page furniture that leaks into sentences: handles, links, share/follow lines, bylines, photo credits
FURNITURE = re.compile(
    r"(?:^|\s)@\w{2,}|https?://|\bwww\.|\b(?:Twitter|Facebook|Instagram|WhatsApp|Telegram)\s*/|"
    r"\bclick here\b|\bread more\b|\bsubscribe\b|\bsign up for\b|\bnewsletter\b|\bfollow us\b|"
    r"\bcopyright\b|©|\ball rights reserved\b|\bshare (?:this|on)\b|\b(?:photo|image|file photo)\s*:|"
    r"\(reporting by\b|\bediting by\b|\bwritten by\b|^by [A-Z]|\btags?:|\bshort url\b|\|.*\||"
    r"\bby [A-Z][\w.]*(?: [A-Z][\w.]*){0,3} (?:News|Desk|Staff|Correspondent|Reporter)\b|\bupdated:? \d",
    re.IGNORECASE)
#: a dateline opening a sentence: "SARN:", "KABUL, March 1 (Reuters) -", "ISLAMABAD (AFP) —"
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?\s*[:—–-]+\s+")


# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class Citation:
    """Where a briefing sentence comes from: one article (and the span read) plus how a reader names it."""

    article: str
    start: int
    end: int
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None

    @property
    def label(self) -> str:
        """The outlet, else the web site of its URL (never the article id)."""
        return outlet_words(self.outlet, self.url)


@dataclass(frozen=True)
class Part:
    """A run of text and the sources that back it (a sentence, or one clause of a composed sentence)."""

    text: str
    cites: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class BriefItem:
    """One bullet: an extracted sentence, or a sentence composed from figures or claims, with its sources."""

    parts: tuple[Part, ...]
    kind: str = "sentence"  # sentence | toll | claims
    score: float = 0.0
    independent_sources: int = 1
    events: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.parts)

    @property
    def sources(self) -> tuple[Citation, ...]:
        return tuple(dict.fromkeys(c for p in self.parts for c in p.cites))


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


# --------------------------------------------------------------------------- candidate sentences


@dataclass
class _Sent:
    article: str
    start: int
    end: int
    text: str  # whitespace-collapsed display text
    norm: str  # lower-cased alphanumerics, for duplicate detection
    position: int  # sentence index in its article


@dataclass
class _Group:
    """Sentences that say the same thing in the same words; ``rep`` is shown."""

    rep: _Sent
    members: list[_Sent] = field(default_factory=list)
    events: set[str] = field(default_factory=set)
    claims: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)


def _normalize(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A plain sentence splitter for articles that come without analysis sentences."""
    spans, start = [], 0
    for m in _SPLIT.finditer(text):
        gap = 1 if m.group(1) is not None else 2  # the whitespace after an end mark, or a line break
        spans.append((start, m.start(gap)))
        start = m.end(gap)
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_furniture(text: str) -> bool:
    """Page furniture, not reporting: handles, links, share/follow lines, bylines, credits; and tables
    (rows of figures such as "Oper shr 17 cts vs 19 cts"), which are not sentences a reader can use."""
    if FURNITURE.search(text) is not None or (text.isupper() and len(text.split()) > 3):
        return True
    words = text.split()
    figures = sum(1 for w in words if any(ch.isdigit() for ch in w))
    return figures >= 5 and figures / len(words) >= 0.3


def _candidates(articles: Sequence[Article], sentences: Mapping[str, Sequence[tuple[int, int]]]) -> list[_Sent]:
    out = []
    for art in articles:
        spans = sentences.get(art.id) or split_sentences(art.text)
        for i, (s0, e0) in enumerate(spans):
            s, e = _trim(art.text, s0, e0)
            if m := DATELINE.match(art.text[s:e]):  # "SARN: A bomb ..." reads "A bomb ..."
                s += m.end()
            raw = art.text[s:e]
            n_words = len(raw.split())
            if not (MIN_WORDS <= n_words <= MAX_WORDS) or not re.search(r"[^\W\d_]", raw) or is_furniture(raw):
                continue
            out.append(_Sent(art.id, s, e, _SPACE.sub(" ", raw), _normalize(raw), i))
    return out


def _group_duplicates(cands: list[_Sent], vecs: np.ndarray, family: Mapping[str, str],
                      rank: Mapping[str, tuple[int, str, str]]) -> list[tuple[_Group, int]]:
    """Merge same/near-identical sentences; returns groups with the row of their representative.

    Candidates come ranked by article (originals first), so the first member
    of a group is from the original and is what is shown. Embedding/TF-IDF
    cosine finds likely pairs cheaply; the character-level ratio decides, so
    two outlets paraphrasing one fact stay two sentences.
    """
    order = sorted(range(len(cands)), key=lambda i: (rank[cands[i].article], cands[i].position))
    sims = vecs @ vecs.T if len(cands) else np.zeros((0, 0))
    groups: list[tuple[_Group, int]] = []
    by_norm: dict[str, int] = {}
    for i in order:
        c = cands[i]
        hit = by_norm.get(c.norm)
        if hit is None:
            hit = _near_identical_group(c, i, groups, sims, family)
        if hit is None:
            groups.append((_Group(rep=c, members=[c]), i))
            by_norm[c.norm] = len(groups) - 1
        else:
            g = groups[hit][0]
            by_norm.setdefault(c.norm, hit)
            if all(m.article != c.article for m in g.members):  # one citation per article
                g.members.append(c)
    return groups


def _near_identical_group(c: _Sent, i: int, groups: list[tuple[_Group, int]], sims: np.ndarray,
                          family: Mapping[str, str]) -> int | None:
    if not groups:
        return None
    rows = np.fromiter((row for _, row in groups), dtype=np.int64, count=len(groups))
    for gi in np.flatnonzero(sims[i, rows] >= 0.6):  # a cheap filter before the character-level check
        g = groups[int(gi)][0]
        same_family = any(family.get(m.article) == family.get(c.article) for m in g.members)
        limit = NEAR_IDENTICAL_FAMILY if same_family else NEAR_IDENTICAL
        if fuzz.ratio(c.norm, g.rep.norm) >= limit:
            return int(gi)
    return None


def _inside(spans: Iterable[tuple[str, int, int, str]], groups: list[tuple[_Group, int]], attr: str) -> None:
    """Attach object ids whose spans fall inside a group member's sentence (sentences do not overlap)."""
    where: dict[str, list[tuple[int, int, _Group]]] = defaultdict(list)
    for g, _ in groups:
        for m in g.members:
            where[m.article].append((m.start, m.end, g))
    starts: dict[str, list[int]] = {}
    for article, rows in where.items():
        rows.sort(key=lambda r: r[0])
        starts[article] = [r[0] for r in rows]
    for article, start, end, oid in spans:
        if article not in where:
            continue
        i = bisect_right(starts[article], start) - 1  # the last sentence starting at or before the span
        if i >= 0:
            s, e, g = where[article][i]
            if s <= start and end <= e:
                getattr(g, attr).add(oid)


def _annotate(story: Story, groups: list[tuple[_Group, int]]) -> None:
    _inside(((m.article, m.start, m.end, e.id) for e in story.entities for m in e.mentions), groups, "entities")
    _inside(((m.article, m.start, m.end, ev.id) for ev in story.events for m in ev.mentions), groups, "events")
    # a claim spans its whole attribution; it belongs to the sentence holding its start
    _inside(((c.article, c.start, c.start + 1, c.id) for c in story.claims), groups, "claims")


def _scaled(values: Sequence[float] | np.ndarray) -> np.ndarray:
    arr = np.asarray(values, dtype=np.float32)
    top = float(arr.max()) if len(arr) else 0.0
    return arr / top if top > 0 else np.zeros_like(arr)


def _salience(story: Story, groups: list[tuple[_Group, int]], vecs: np.ndarray,
              family: Mapping[str, str]) -> np.ndarray:
    """Centrality + weight of the entities named + independent carriers + lead position, each in [0, 1]."""
    n = len(groups)
    sims = vecs @ vecs.T
    central = _scaled(np.clip(sims, 0, None).sum(axis=1) - 1.0) if n > 1 else np.ones(n)
    ent_articles = {e.id: len({m.article for m in e.mentions}) for e in story.entities}
    ent, sup, lead = [], [], []
    for g, _ in groups:
        top_ents = sorted((ent_articles.get(x, 1) for x in g.entities), reverse=True)[:3]
        ent.append(sum(math.log1p(v) for v in top_ents))
        sup.append(math.log1p(len({family.get(m.article, m.article) for m in g.members})))
        lead.append(1.0 / (1.0 + min(m.position for m in g.members)))
    return (0.45 * central + 0.2 * _scaled(ent) + 0.2 * _scaled(sup)
            + 0.15 * np.asarray(lead, dtype=np.float32))


# --------------------------------------------------------------------------- tolls


@dataclass(frozen=True)
class TollReport:
    """One reported figure: what (killed, injured), how many, where it was read, when it was published."""

    kind: str
    quantity: Quantity
    article: str
    start: int
    end: int
    published: str | None


def _lower(q: Quantity) -> int:
    return q.min if q.min is not None else (q.max or 0)


def _upper(q: Quantity) -> int:
    return q.max if q.max is not None else (q.min or 0)


def _quantity(d: object) -> Quantity | None:
    if isinstance(d, Quantity):
        return d
    if isinstance(d, Mapping):
        return Quantity(d.get("min"), d.get("max"), d.get("text"), d.get("qualifier"), d.get("group"))
    if isinstance(d, int):
        return Quantity(d, d)
    return None


_KINDS = {"fatalities": "killed", "killed": "killed", "dead": "killed", "injured": "injured", "wounded": "injured"}


def toll_reports(inc: Incident, articles: Mapping[str, Article],
                 mentions: Mapping[str, EventMention]) -> list[TollReport]:
    """Every figure reported for the incident, oldest report first.

    Preference: the fused ``events[].reports`` (story@1), then the event mentions of the analyses, then the
    event's recorded conflicts and its headline figure.
    """
    out: list[TollReport] = []
    for ev in inc.events:
        out += _fused_reports(ev, articles) or _mention_reports(ev, articles, mentions) or \
            _conflict_reports(ev, articles)
    seen, unique = set(), []
    for r in sorted(out, key=lambda r: (r.published or "9999", r.article, r.start)):
        key = (r.kind, r.article, r.quantity.min, r.quantity.max)
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


def _fused_reports(ev: Event, articles: Mapping[str, Article]) -> list[TollReport]:
    out = []
    for r in getattr(ev, "reports", None) or ():
        get = r.get if isinstance(r, Mapping) else (lambda k, r=r: getattr(r, k, None))
        kind = _KINDS.get(str(get("kind") or ""))
        q = _quantity({"min": get("min"), "max": get("max"), "qualifier": get("qualifier"), "text": get("text")})
        art = get("article")
        if kind and q and art:
            pub = get("published") or (articles[art].published if art in articles else None)
            out.append(TollReport(kind, q, art, int(get("start") or 0), int(get("end") or 0), pub))
    return out


def _mention_reports(ev: Event, articles: Mapping[str, Article],
                     mentions: Mapping[str, EventMention]) -> list[TollReport]:
    out = []
    for mid in ev.mention_ids:
        m = mentions.get(mid)
        if m is None:
            continue
        pub = articles[m.article].published if m.article in articles else None
        start, end = (m.sentence_start, m.sentence_end) if m.sentence_end > m.sentence_start else (m.start, m.end)
        for kind, q in (("killed", m.fatalities), ("injured", m.injured)):
            if q is not None:
                out.append(TollReport(kind, q, m.article, start, end, pub))
    return out


def _conflict_reports(ev: Event, articles: Mapping[str, Article]) -> list[TollReport]:
    span_of = dict(zip(ev.mention_ids, ev.mentions, strict=False))
    out = []
    for field_name, kind in (("fatalities", "killed"), ("injured", "injured")):
        values = ev.conflicts.get(field_name, ())
        for v in values:
            q = _quantity(v.value)
            for src in v.sources:
                span = span_of.get(src)
                art = span.article if span else src
                if q is not None and art in articles:
                    out.append(TollReport(kind, q, art, span.start if span else 0, span.end if span else 0,
                                          articles[art].published))
        headline = getattr(ev, field_name, None)
        if not values and headline is not None and ev.mentions:
            first = ev.mentions[0]
            if first.article in articles:
                out.append(TollReport(kind, headline, first.article, first.start, first.end,
                                      articles[first.article].published))
    return out


def _cite(r: TollReport, articles: Mapping[str, Article]) -> Citation:
    a = articles.get(r.article)
    return Citation(r.article, r.start, r.end, a.outlet if a else None, r.published, a.url if a else None,
                    a.title if a else None)


def toll_item(reports: Sequence[TollReport], kind: str, articles: Mapping[str, Article]) -> BriefItem | None:
    """'At least 14 killed in the latest report (Valdora Today, 10 March 2031) [5]; reports range from 12 to 14:
    first at least 12 (4 March 2031) [1], then 14 (5 March 2031) [2].'"""
    rs = [r for r in reports if r.kind == kind]
    if not rs:
        return None
    figures = {quantity_words(r.quantity) for r in rs}
    if len(figures) == 1:
        q = rs[0].quantity
        text = f"{_cap(quantity_words(q))} {kind}"
        cites = tuple(_cite(r, articles) for r in rs)
        return BriefItem((Part(text, cites), Part(".")), kind="toll")
    latest = max(rs, key=lambda r: (r.published or "", _upper(r.quantity)))
    lo = min(_lower(r.quantity) for r in rs)
    hi = max(_upper(r.quantity) for r in rs)
    a = articles.get(latest.article)
    when = f", {date_words(latest.published)}" if latest.published else ""
    parts = [Part(f"{_cap(quantity_words(latest.quantity))} {kind} in the latest report "
                  f"({outlet_words(a.outlet if a else None, a.url if a else None)}{when})", (_cite(latest, articles),)),
             Part(f"; reports range from {lo} to {hi}" if lo != hi else "")]
    history = _revisions(rs)
    if len(history) > 1:
        for i, (r, same) in enumerate(history):
            lead = ": first " if i == 0 else ", then "
            day = f" ({date_words(r.published)})" if r.published else ""
            parts.append(Part(f"{lead}{quantity_words(r.quantity)}{day}", tuple(_cite(x, articles) for x in same)))
    parts.append(Part("."))
    return BriefItem(tuple(p for p in parts if p.text), kind="toll")


def _revisions(rs: Sequence[TollReport], most: int = 5) -> list[tuple[TollReport, list[TollReport]]]:
    """Each change of the figure in publication order, with every report of that figure until the next change."""
    out: list[tuple[TollReport, list[TollReport]]] = []
    for r in rs:
        if out and quantity_words(out[-1][0].quantity) == quantity_words(r.quantity):
            out[-1][1].append(r)
        else:
            out.append((r, [r]))
    return out if len(out) <= most else [*out[:1], *out[-(most - 1):]]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- claims


def _claim_cite(c: Claim, articles: Mapping[str, Article]) -> Citation:
    a = articles.get(c.article)
    return Citation(c.article, c.start, c.end, a.outlet if a else None, a.published if a else None,
                    a.url if a else None, a.title if a else None)


def _claim_groups(claims: Sequence[Claim], names: Mapping[str, str]) -> list[list[Claim]]:
    """Wire copies of one statement (same speaker, near-identical words) are one claim citing each copy."""
    groups: list[list[Claim]] = []
    for c in claims:
        who = c.speaker or (speaker_words(c, names) or "").casefold()
        for g in groups:
            other = g[0]
            if (other.speaker or (speaker_words(other, names) or "").casefold()) == who and \
                    other.polarity == c.polarity and fuzz.ratio(_normalize(other.content), _normalize(c.content)) >= 90:
                g.append(c)
                break
        else:
            groups.append([c])
    return groups


STANCE_ORDER = {"responsibility": 0, "allegation": 1, "denial": 2, "confirmation": 3, "promise": 4, "warning": 5}


def claims_item(claims: Sequence[Claim], names: Mapping[str, str], articles: Mapping[str, Article],
                denied: Mapping[str, Claim]) -> BriefItem | None:
    """'Police blamed the HTK for the attack [2]; Idris Malkan denied that the HTK carried out the attack [7].'"""
    if not claims:
        return None
    parts = []
    for i, group in enumerate(claims_groups := _claim_groups(claims, names)):
        c = group[0]
        text = claim_label(c, names, tense="past", denied=denied.get(c.id))
        parts.append(Part(("" if i == 0 else "; ") + text, tuple(_claim_cite(x, articles) for x in group)))
    parts.append(Part("."))
    ids = tuple(x.id for g in claims_groups for x in g)
    return BriefItem(tuple(parts), kind="claims", claims=ids)


def _usable(c: Claim, names: Mapping[str, str]) -> bool:
    if fragment(c.content):
        return False
    words = c.content.split()
    return (speaker_words(c, names) is not None and len(words) >= 2) or (c.polarity == "deny" and len(words) >= 1
                                                                         and speaker_words(c, names) is not None
                                                                         and words[0].isalpha()
                                                                         and words[0].lower() not in ("which", "it"))


def _claim_rank(c: Claim, linked: set[str], focus: str | None = None) -> tuple[int, int, int, int, str]:
    stance = 0 if c.polarity == "deny" else STANCE_ORDER.get(c.stance or "", 9)
    return (0 if focus and c.speaker == focus else 1, 0 if c.id in linked else 1, stance, 0 if c.speaker else 1,
            c.id)


def _pick_claims(pool: Sequence[Claim], names: Mapping[str, str], linked: set[str],
                 by_id: Mapping[str, Claim], denies: Mapping[str, list[str]], focus: str | None = None) -> list[Claim]:
    """Up to CLAIMS_PER_SECTION claims, accusations and their denials together, one per speaker and polarity."""
    chosen: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for c in sorted((c for c in pool if _usable(c, names)), key=lambda c: _claim_rank(c, linked, focus)):
        key = (c.speaker or (speaker_words(c, names) or ""), c.polarity)
        if key in seen:
            continue
        seen.add(key)
        chosen.append(c)
        for d in denies.get(c.id, []):  # a denial of a chosen claim comes with it
            if d in by_id and d not in {x.id for x in chosen} and _usable(by_id[d], names):
                chosen.append(by_id[d])
                seen.add((by_id[d].speaker or (speaker_words(by_id[d], names) or ""), "deny"))
        if len(chosen) >= CLAIMS_PER_SECTION:
            break
    return _said_before_denied(chosen[:CLAIMS_PER_SECTION + 1], denies)


def _said_before_denied(claims: list[Claim], denies: Mapping[str, list[str]]) -> list[Claim]:
    """Each claim before the denials of it; otherwise in the order they were picked."""
    out: list[Claim] = []
    ids = {c.id for c in claims}
    denial_of = {d: t for t, ds in denies.items() if t in ids for d in ds if d in ids}
    for c in claims:
        target = denial_of.get(c.id)
        if target is not None and target not in {x.id for x in out}:
            out.append(next(x for x in claims if x.id == target))
        if c.id not in {x.id for x in out}:
            out.append(c)
    return out


# --------------------------------------------------------------------------- choosing incidents


def importance(inc: Incident, indep: int, latest: str | None) -> float:
    """Independent sources first, then casualties, then recency, then how precisely it is known."""
    killed = inc.fatalities
    injured = inc.injured
    recency = 0.0
    iv = interval(inc.date) if inc.date_stated else None
    if iv and latest:
        from datetime import date as _date

        gap = (_date.fromisoformat(latest[:10]) - iv[1]).days
        recency = 1.0 / (1.0 + max(gap, 0) / 30.0)
    return (2.0 * math.log1p(indep) + 1.0 * math.log1p(_upper(killed) if killed else 0)
            + 0.5 * math.log1p(_upper(injured) if injured else 0) + 0.5 * recency
            + 0.3 * (inc.lead.location is not None or bool(inc.lead.location_text)) + 0.3 * inc.date_stated)


def _time_key(inc: Incident) -> tuple[int, str, str, str]:
    iv = interval(inc.date) if inc.date_stated else None
    if iv:
        return (0, iv[0].isoformat(), iv[1].isoformat(), inc.id)
    return (1, "", "", inc.id)


def heading(inc: Incident, names: Mapping[str, str], articles: Mapping[str, Article]) -> str:
    """'Bombing in Sarn, 4 March 2031'; 'Resignation of Anselm Dravik, 7 March 2031'; '…, date not stated'."""
    what = event_phrase(inc.lead, names)
    if inc.date_stated and inc.date is not None:
        return f"{what}, {date_words(inc.date.value)}"
    days = sorted(p for a in inc.articles if a in articles and (p := articles[a].published))
    return f"{what}, {NOT_STATED}" + (f" (reported {date_words(days[0])})" if days else "")


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


def _article_rank(articles: Sequence[Article]) -> dict[str, tuple[int, str, str]]:
    """Originals before copies, then by date and id: a group's first member is the one shown."""
    return {a.id: (1 if a.copy_of else 0, a.published or "9999", a.id) for a in articles}


def _vectors(texts: list[str], embedder: Embedder | None, query: str | None) -> tuple[np.ndarray, np.ndarray | None]:
    if embedder is not None:
        vecs = embedder.encode([*texts, *([query] if query else [])])
    else:
        vecs = tfidf_vectors(texts, extra=[query] if query else [])
    if query:
        return vecs[:-1], vecs[-1]
    return vecs, None


def _title(story: Story, entity: str | None, query: str | None, story_id: str | None) -> str:
    if entity is not None:
        name = next((e.name for e in story.entities if e.id == entity), entity)
        return f"Briefing: {name}"
    if query:
        return f"Briefing: {query}"
    if story_id is None and len(story.stories) == 1:  # the whole story is one cluster: name it
        story_id = story.stories[0].id
    label = next((c.label for c in story.stories if c.id == story_id), None) if story_id else None
    return f"Briefing: {label.replace(' / ', ', ')}" if label else "Briefing"


def scope_words(articles: Sequence[Article]) -> str:
    """'From 9 articles by 8 outlets, published 4–14 March 2031 (1 undated).'"""
    outlets = {outlet_words(a.outlet, a.url) for a in articles}
    days = sorted(p for a in articles if (p := a.published))
    when = ""
    if days and len(days[0]) == len(days[-1]) == 10:
        when = f", published {interval_words(days[0], days[-1])}"
    elif days:
        first, last = date_words(days[0]), date_words(days[-1])
        when = f", published {first}" if first == last else f", published {first} to {last}"
    undated = len(articles) - len(days)
    extra = f" ({undated} undated)" if undated and days else ""
    return f"From {count(len(articles), 'article')} by {count(len(outlets), 'outlet')}{when}{extra}."


def _prescore(c: _Sent, marked: set[tuple[str, int]]) -> float:
    return (1.0 if (c.article, c.position) in marked else 0.0) + 1.0 / (1 + c.position)


def _cap_candidates(cands: list[_Sent], story: Story) -> list[_Sent]:
    """Keep the MAX_CANDIDATES most promising sentences (ones with events/claims, then leads)."""
    if len(cands) <= MAX_CANDIDATES:
        return cands
    spans = defaultdict(list)
    for c in cands:
        spans[c.article].append(c)
    marked: set[tuple[str, int]] = set()
    points = [(m.article, m.start) for ev in story.events for m in ev.mentions]
    points += [(cl.article, cl.start) for cl in story.claims]
    for art, pos in points:
        for c in spans.get(art, ()):
            if c.start <= pos < c.end:
                marked.add((c.article, c.position))
    return sorted(cands, key=lambda c: -_prescore(c, marked))[:MAX_CANDIDATES]


@dataclass
class _Context:
    """Everything the section builders share."""

    story: Story
    articles: dict[str, Article]
    names: dict[str, str]
    family: dict[str, str]
    groups: list[tuple[_Group, int]]
    vecs: np.ndarray  # one row per group
    scores: np.ndarray
    relevance: np.ndarray | None  # closeness to the query, per group
    entity: str | None
    used: set[int] = field(default_factory=set)  # groups already shown
    by_event: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for gi, (g, _) in enumerate(self.groups):
            for ev in g.events:
                self.by_event.setdefault(ev, []).append(gi)


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
    pool = sorted({gi for ev in members for gi in ctx.by_event.get(ev, []) if gi not in ctx.used})
    if ctx.entity is not None:
        pool = [gi for gi in pool if ctx.entity in ctx.groups[gi][0].entities] or pool
    if not pool:
        return []

    def value(gi: int) -> float:
        g = ctx.groups[gi][0]
        own = 0.15 * (g.rep.position < 3) - 0.3 * bool(g.claims)  # what happened, before who said what
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


def _reading_order(ctx: _Context, gi: int) -> tuple[str, str, int]:
    rep = ctx.groups[gi][0].rep
    return (ctx.articles[rep.article].published or "9999", rep.article, rep.start)


def _incident_section(ctx: _Context, inc: Incident, per_section: int, mentions: Mapping[str, EventMention],
                      claims: Sequence[Claim], denied: Mapping[str, Claim], denies: Mapping[str, list[str]],
                      linked: set[str]) -> BriefSection | None:
    items = _section_sentences(ctx, inc, per_section)
    told = {(c.article, c.start, c.end) for it in items for c in it.sources}
    already = {cid for it in items for cid in it.claims}
    reports = toll_reports(inc, ctx.articles, mentions)
    for kind in ("killed", "injured"):
        toll = toll_item(reports, kind, ctx.articles)
        # one figure already read in a sentence shown above needs no line of its own
        if toll is not None and not (len(toll.parts) == 2 and all(_within(c, told) for c in toll.sources)):
            items.append(replace(toll, events=inc.members))
    members = set(inc.members)
    by_id = {c.id: c for c in claims}
    about = [c for c in claims if c.event in members and c.id not in already]
    picked = _pick_claims(about, ctx.names, linked, by_id, denies, ctx.entity)
    if (said := claims_item(picked, ctx.names, ctx.articles, denied)) is not None:
        items.append(replace(said, events=inc.members))
    if not items:
        return None
    return BriefSection(heading(inc, ctx.names, ctx.articles), tuple(items), event=inc.id, members=inc.members,
                        when=heading(inc, ctx.names, ctx.articles).rsplit(", ", 1)[-1])


def _within(c: Citation, told: set[tuple[str, int, int]]) -> bool:
    """The cited span overlaps a sentence already shown (sentence spans of two components may differ a little)."""
    return any(a == c.article and c.start < e and s < c.end for a, s, e in told)


def _exchange_sections(ctx: _Context, claims: Sequence[Claim], shown: set[str], denied: Mapping[str, Claim],
                       links: Iterable) -> list[tuple[tuple[int, str, str, str], BriefSection]]:
    """Accusations and their denials about no chosen incident: 'X's accusation and Y's denial'."""
    by_id = {c.id: c for c in claims}
    pairs: dict[str, list[Claim]] = defaultdict(list)
    for link in links:
        if link.type == "denies" and link.to in by_id and link.from_ in by_id:
            pairs[link.to].append(by_id[link.from_])
    out = []
    for target_id, deniers in pairs.items():
        target = by_id[target_id]
        if target_id in shown or any(d.id in shown for d in deniers) or not _usable(target, ctx.names):
            continue
        deniers = [d for d in deniers if _usable(d, ctx.names)][:2]
        if not deniers:
            continue
        if ctx.entity is not None and not any(ctx.entity in (c.speaker, *c.targets) for c in (target, *deniers)):
            continue
        item = claims_item([target, *deniers], ctx.names, ctx.articles, denied)
        if item is None:
            continue
        accuser = speaker_words(target, ctx.names) or "an unnamed speaker"
        who = list_words(list(dict.fromkeys(speaker_words(d, ctx.names) or "an unnamed speaker" for d in deniers)))
        noun = "accusation" if target.stance == "allegation" else "statement"
        day = ctx.articles[target.article].published if target.article in ctx.articles else None
        when = date_words(target.time.value) if target.time and target.time.value and target.time.source != "dct" \
            else (f"reported {date_words(day)}" if day else NOT_STATED)
        head = f"{_cap(noun)} by {accuser}, denied by {who}, {when}"
        shown.update([target_id, *(d.id for d in deniers)])
        key = (0, day or "9999", "", target_id) if day else (1, "", "", target_id)
        out.append((key, BriefSection(head, (item,), kind="exchange", when=when)))
    out.sort(key=lambda ks: (-len(ks[1].items[0].claims), ks[0]))
    return out[:MAX_EXCHANGES]


def _choose(incidents: list[Incident], ctx: _Context, max_sections: int,
            query_fit: Callable[[Incident], float] | None) -> list[Incident]:
    latest = max((a.published for a in ctx.articles.values() if a.published), default=None)
    indep = {inc.id: independent(inc.articles, ctx.family) for inc in incidents}
    ranked = sorted(incidents, key=lambda i: -importance(i, indep[i.id], latest))
    if query_fit is not None:
        fits = {i.id: query_fit(i) for i in incidents}
        best = max(fits.values(), default=0.0)
        ranked = sorted((i for i in ranked if fits[i.id] >= max(0.05, 0.5 * best)), key=lambda i: -fits[i.id])
        return ranked[:max_sections]
    must = [i for i in ranked if indep[i.id] >= 2][:MAX_MANDATORY]
    rest = [i for i in ranked if i not in must][: max(0, max_sections - len(must))]
    return must + rest


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
    title = _title(story, entity, query, story_id)
    method = "minilm" if embedder is not None else "lexical"
    cands = _cap_candidates(_candidates(articles, spans), story)
    if not cands:
        return Briefing(title, (), method, scope_words(articles))
    vecs, qvec = _vectors([c.text for c in cands], embedder, query)
    groups = _group_duplicates(cands, vecs, family, _article_rank(articles))
    _annotate(story, groups)
    rows = np.array([row for _, row in groups], dtype=np.int64)
    gvecs = vecs[rows]
    relevance = np.clip(gvecs @ qvec, 0, None) if qvec is not None else None
    ctx = _Context(story, by_id, {e.id: e.name for e in story.entities}, family, groups, gvecs,
                   _salience(story, groups, gvecs, family), relevance, entity)
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
    incidents = collapse(events, {a.id: a.published for a in articles}, clusters)
    claims = [c for c in story.claims if c.article in in_scope]
    if ctx.entity is not None:
        spoken = {c.event for c in claims if c.speaker == ctx.entity and c.event}
        incidents = [i for i in incidents if _involves(i, ctx.entity) or spoken & set(i.members)]
    fit = None
    if ctx.relevance is not None:
        rel = ctx.relevance

        def fit(inc: Incident) -> float:
            rows = [gi for ev in inc.members for gi in ctx.by_event.get(ev, [])]
            return max((float(rel[gi]) for gi in rows), default=0.0)

    chosen = _choose(incidents, ctx, max_sections, fit)
    mentions = {m.id: m for an in analyses.values() for m in an.events}
    by_claim = {c.id: c for c in claims}
    denied = {link.from_: by_claim[link.to] for link in story.claim_links
              if link.type == "denies" and link.to in by_claim}
    denies: dict[str, list[str]] = defaultdict(list)
    for link in story.claim_links:
        if link.type == "denies":
            denies[link.to].append(link.from_)
    linked = {x for link in story.claim_links for x in (link.from_, link.to)}
    keyed: list[tuple[tuple[int, str, str, str], BriefSection]] = []
    for inc in chosen:
        sec = _incident_section(ctx, inc, per_section, mentions, claims, denied, denies, linked)
        if sec is not None:
            keyed.append((_time_key(inc), sec))
    shown = {c for _, s in keyed for it in s.items for c in it.claims}
    if ctx.relevance is None:
        keyed += _exchange_sections(ctx, claims, shown, denied, story.claim_links)
    sections = tuple(s for _, s in sorted(keyed, key=lambda ks: ks[0]))
    if len(sections) < max_sections:  # few incidents: the most salient of the rest, so no story goes unbriefed
        also = _also_reported(ctx, min(ALSO_MAX, max_sections - len(sections)))
        sections += (also,) if also else ()
    return Briefing(title, sections, method, scope_words(articles), _number(sections))


def _also_reported(ctx: _Context, k: int) -> BriefSection | None:
    """The most salient sentences no section has shown (claims and all), in the order they were reported."""
    pool = [gi for gi in np.argsort(-ctx.scores) if int(gi) not in ctx.used]
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


def _number(sections: Sequence[BriefSection]) -> tuple[SourceEntry, ...]:
    """One number per article, in order of first citation."""
    out: dict[str, SourceEntry] = {}
    for sec in sections:
        for it in sec.items:
            for c in it.sources:
                if c.article not in out:
                    out[c.article] = SourceEntry(len(out) + 1, c.article, c.label, c.published, c.title, c.url)
    return tuple(out.values())
