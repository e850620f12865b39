"""A cited briefing: an extractive multi-document summary in which every sentence names its sources.

Steps, each a function below:

1. **Candidates**: the sentences of the story's articles (the analyses'
   sentence spans; a plain splitter when an article has none), with offsets.
2. **Duplicates**: sentences with the same normalized text, or near-identical
   ones (a syndicated copy, a lightly edited wire story), become one group;
   the group is shown once and cites every article that carries it.
3. **Salience**: centrality (mean cosine to the other candidates, as in
   LexRank) over MiniLM vectors, plus the weight of the entities, fused events
   and claims the sentence mentions, boosted by corroboration (independent
   sources of the event, support of the claim, and how many independent
   sources carry the sentence itself). A query or an entity focuses it.
4. **Selection**: maximal marginal relevance (MMR) over the same vectors, so
   the briefing does not say the same thing twice.
5. **Grouping**: a sentence that mentions a fused event goes under that
   event's heading ("Assault — 2023-01-30, Springfield"); claims and the rest
   go under "Claims" and "Background".

Without an embedder (``Config.use_embeddings`` False, or ``embedder=None``)
sentences are compared by TF-IDF vectors over the candidate sentences
(:func:`storyline.fuse.stories.tfidf_vectors`): lexical, so paraphrases look
less alike and the redundancy check is weaker, but no model is needed.
"""

from __future__ import annotations

import html
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from storyline.analyze.embed import Embedder
from storyline.analyze.tfidf import tfidf_vectors
from storyline.model import Article, Event, Story

MIN_WORDS = 6  # shorter "sentences" are headlines, bylines and fragments
MAX_WORDS = 80  # longer ones are usually unsplit lists or tables
MAX_CANDIDATES = 2000  # caps the pairwise work on very large stories (cheap pre-score keeps the best)
NEAR_IDENTICAL = 90.0  # rapidfuzz ratio (0-100) above which two sentences are the same sentence
NEAR_IDENTICAL_FAMILY = 75.0  # looser inside a source family / copy: wire copies are lightly edited
REDUNDANT = 0.85  # cosine above which a candidate only repeats a chosen sentence
MMR_LAMBDA = 0.7

_SPLIT = re.compile(r"[.!?][\"'”’)]*(\s+)(?=[\"'“‘(]?[A-Z0-9])|(\n+)")
_SPACE = re.compile(r"\s+")


# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class Citation:
    """Where a briefing sentence comes from: an article span plus what a reader needs to name it."""

    article: str
    start: int
    end: int
    outlet: str | None = None
    published: str | None = None
    url: str | None = None

    @property
    def label(self) -> str:
        """The outlet, or the article id when the outlet is unknown."""
        return self.outlet or self.article


@dataclass(frozen=True)
class BriefItem:
    """One briefing sentence and every article that carries it (same or near-identical text)."""

    text: str
    sources: tuple[Citation, ...]
    score: float = 0.0
    independent_sources: int = 1
    events: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()


@dataclass(frozen=True)
class BriefSection:
    heading: str
    items: tuple[BriefItem, ...]
    event: str | None = None  # the fused event id when the section is an event


@dataclass(frozen=True)
class Briefing:
    title: str
    sections: tuple[BriefSection, ...]
    method: str = "minilm"  # "minilm" or "lexical" (TF-IDF fallback)

    def items(self) -> list[BriefItem]:
        return [it for s in self.sections for it in s.items]

    def to_markdown(self) -> str:
        """Markdown; text is escaped so article content cannot inject markup or HTML."""
        lines = [f"# {md_escape(self.title)}", ""]
        for sec in self.sections:
            lines += [f"## {md_escape(sec.heading)}", ""]
            for it in sec.items:
                cites = "; ".join(md_escape(c.label) for c in _unique_labels(it.sources))
                lines.append(f"- {md_escape(it.text)} [{cites}]")
            lines.append("")
        return "\n".join(lines)

    def to_html(self, link: Callable[[Citation], str] | None = None) -> str:
        """An HTML fragment; every dynamic string is escaped. ``link`` gives a citation's href."""
        e = _h
        out = [f'<article class="briefing"><h1>{e(self.title)}</h1>']
        for sec in self.sections:
            attr = f' data-event="{e(sec.event)}"' if sec.event else ""
            out.append(f'<section{attr}><h2>{e(sec.heading)}</h2><ul>')
            for it in sec.items:
                cites = []
                for c in it.sources:
                    data = f'data-article="{e(c.article)}" data-start="{c.start}" data-end="{c.end}"'
                    inner = e(c.label)
                    if link is not None:
                        inner = f'<a href="{e(link(c))}">{inner}</a>'
                    cites.append(f"<cite {data}>{inner}</cite>")
                out.append(f'<li><span class="sentence">{e(it.text)}</span> '
                           f'<span class="sources">[{"; ".join(cites)}]</span></li>')
            out.append("</ul></section>")
        out.append("</article>")
        return "\n".join(out)


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


# Markdown that could change meaning inside a list item: code, emphasis, links/images, raw HTML
# (escaped as entities first); "_" only at a word edge, since intraword "_" is never emphasis
_MD_SPECIAL = re.compile(r"([\\`*\[\]~]|(?<!\w)_|_(?!\w))")


def md_escape(text: str) -> str:
    """Escape Markdown punctuation and the HTML characters (&, <, >) of untrusted text."""
    text = html.escape(text, quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text)


def _unique_labels(cites: Iterable[Citation]) -> list[Citation]:
    """One citation per outlet label in running text (all spans stay in ``sources``)."""
    seen, out = set(), []
    for c in cites:
        if c.label not in seen:
            seen.add(c.label)
            out.append(c)
    return out


# --------------------------------------------------------------------------- candidates


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


def _candidates(articles: Sequence[Article], sentences: Mapping[str, Sequence[tuple[int, int]]]) -> list[_Sent]:
    out = []
    for art in articles:
        spans = sentences.get(art.id) or split_sentences(art.text)
        for i, (s0, e0) in enumerate(spans):
            s, e = _trim(art.text, s0, e0)
            raw = art.text[s:e]
            n_words = len(raw.split())
            if not (MIN_WORDS <= n_words <= MAX_WORDS) or not re.search(r"[^\W\d_]", raw):
                continue
            out.append(_Sent(art.id, s, e, _SPACE.sub(" ", raw), _normalize(raw), i))
    return out


# --------------------------------------------------------------------------- duplicates


def _family_of(story: Story) -> dict[str, str]:
    """Article id -> a key shared by articles that are not independent (copies, source families)."""
    fam: dict[str, str] = {a.id: a.id for a in story.articles}
    for f in story.source_families:
        for aid in f.articles:
            fam[aid] = f.id
    for a in story.articles:  # a copy belongs with its original
        if a.copy_of:
            fam[a.id] = fam.get(a.copy_of, a.copy_of)
    return fam


def _group_duplicates(cands: list[_Sent], vecs: np.ndarray, family: Mapping[str, str],
                      rank: Mapping[str, tuple[int, str, str]]) -> list[tuple[_Group, int]]:
    """Merge same/near-identical sentences; returns groups with the row of their representative.

    Candidates come ranked by article (originals first), so the first
    member of a group is from the original and becomes what is shown.
    Embedding/TF-IDF cosine finds likely pairs cheaply; the character-level
    ratio decides, so two outlets paraphrasing one fact stay two sentences.
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


# --------------------------------------------------------------------------- salience


def _inside(spans: Iterable[tuple[str, int, int, str]], groups: list[tuple[_Group, int]],
            attr: str) -> None:
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


def _scaled(values: Sequence[float]) -> np.ndarray:
    arr = np.asarray(values, dtype=np.float32)
    top = float(arr.max()) if len(arr) else 0.0
    return arr / top if top > 0 else np.zeros_like(arr)


def _salience(story: Story, groups: list[tuple[_Group, int]], vecs: np.ndarray,
              family: Mapping[str, str]) -> np.ndarray:
    """Centrality + entity, event and claim weight + corroboration, each scaled to [0, 1]."""
    n = len(groups)
    sims = vecs @ vecs.T
    central = _scaled(np.clip(sims, 0, None).sum(axis=1) - 1.0) if n > 1 else np.ones(n)
    ent_articles = {e.id: len({m.article for m in e.mentions}) for e in story.entities}
    ev_support = {ev.id: _event_support(ev) for ev in story.events}
    cl_support = {cid: c.independent_sources for cid, c in story.claim_support.items()}
    linked = {x for link in story.claim_links for x in (link.from_, link.to)}
    ent, evt, clm, sup, lead = [], [], [], [], []
    for g, _ in groups:
        top_ents = sorted((ent_articles.get(x, 1) for x in g.entities), reverse=True)[:3]
        ent.append(sum(math.log1p(v) for v in top_ents))
        evt.append(max((math.log1p(ev_support.get(x, 1)) for x in g.events), default=0.0))
        clm.append(max((math.log1p(cl_support.get(x, 1)) + (0.5 if x in linked else 0.0) for x in g.claims),
                       default=0.0))
        sup.append(math.log1p(len({family.get(m.article, m.article) for m in g.members})))
        lead.append(1.0 / (1.0 + min(m.position for m in g.members)))
    return (0.35 * central + 0.2 * _scaled(ent) + 0.2 * _scaled(evt) + 0.1 * _scaled(clm)
            + 0.1 * _scaled(sup) + 0.05 * np.asarray(lead, dtype=np.float32))


def _event_support(ev: Event) -> int:
    if ev.corroboration is not None:
        return ev.corroboration.independent_sources
    return len({m.article for m in ev.mentions})


def _mmr(scores: np.ndarray, vecs: np.ndarray, k: int) -> list[int]:
    """Maximal marginal relevance; candidates that merely repeat a chosen one are never taken."""
    chosen: list[int] = []
    redundancy = np.zeros(len(scores), dtype=np.float32)  # max cosine to anything chosen so far
    open_ = np.ones(len(scores), dtype=bool)
    while len(chosen) < k:
        open_ &= redundancy < REDUNDANT
        if not open_.any():
            break
        value = np.where(open_, MMR_LAMBDA * scores - (1 - MMR_LAMBDA) * redundancy, -np.inf)
        best = int(np.argmax(value))
        chosen.append(best)
        open_[best] = False
        redundancy = np.maximum(redundancy, vecs @ vecs[best])
    return chosen


# --------------------------------------------------------------------------- sections


def event_heading(ev: Event, story: Story) -> str:
    """'Assault — 2023-01-30, Springfield': type, best date and place of a fused event."""
    kind = (ev.subtype or ev.type).replace("_", " ").strip().capitalize() or "Event"
    place = ev.location_text
    if place is None and ev.location:
        place = next((e.name for e in story.entities if e.id == ev.location), None)
    bits = [b for b in ((ev.date.value if ev.date else None), place) if b]
    return f"{kind} — {', '.join(bits)}" if bits else kind


def _sections(story: Story, picked: list[tuple[_Group, float]], articles: Mapping[str, Article],
              family: Mapping[str, str]) -> tuple[BriefSection, ...]:
    events = {ev.id: ev for ev in story.events}
    buckets: dict[str, list[tuple[_Group, float]]] = defaultdict(list)
    for g, score in picked:
        buckets[_section_key(g, events)].append((g, score))

    def when(key: str) -> tuple[int, str, str]:
        ev = events.get(key)
        if ev is None:
            return (1 if key == "Claims" else 2, "", key)
        return (0, (ev.date.value or "9999") if ev.date else "9999", key)

    sections = []
    for key in sorted(buckets, key=when):
        items = sorted(buckets[key], key=lambda gs: _reading_order(gs[0], articles))
        ev = events.get(key)
        heading = event_heading(ev, story) if ev else key
        sections.append(BriefSection(heading, tuple(_item(g, s, articles, family) for g, s in items),
                                     event=ev.id if ev else None))
    return tuple(sections)


def _section_key(g: _Group, events: Mapping[str, Event]) -> str:
    """The best-supported fused event the sentence mentions, else Claims or Background."""
    evs = [events[x] for x in g.events if x in events]
    if evs:
        return max(evs, key=lambda ev: (_event_support(ev), ev.id)).id
    return "Claims" if g.claims else "Background"


def _reading_order(g: _Group, articles: Mapping[str, Article]) -> tuple[str, str, int]:
    a = articles[g.rep.article]
    return (a.published or "9999", a.id, g.rep.start)


def _item(g: _Group, score: float, articles: Mapping[str, Article], family: Mapping[str, str]) -> BriefItem:
    cites = []
    for m in g.members:
        a = articles[m.article]
        cites.append(Citation(m.article, m.start, m.end, a.outlet, a.published, a.url))
    return BriefItem(text=g.rep.text, sources=tuple(cites), score=round(float(score), 4),
                     independent_sources=len({family.get(m.article, m.article) for m in g.members}),
                     events=tuple(sorted(g.events)), claims=tuple(sorted(g.claims)),
                     entities=tuple(sorted(g.entities)))


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
    return f"Briefing: {label}" if label else "Briefing"


def _prescore(c: _Sent, marked: set[tuple[str, int]]) -> float:
    return (1.0 if (c.article, c.position) in marked else 0.0) + 1.0 / (1 + c.position)


def _cap(cands: list[_Sent], story: Story) -> list[_Sent]:
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


def brief(story: Story, sentences: Mapping[str, Sequence[tuple[int, int]]], *, max_sentences: int = 10,
          entity: str | None = None, query: str | None = None, story_id: str | None = None,
          embedder: Embedder | None = None) -> Briefing:
    """A cited extractive briefing of ``story`` (or of one story cluster, an entity or a query).

    ``sentences`` maps article id -> sentence spans (``ArticleAnalysis.sentences``);
    articles missing from it are split with :func:`split_sentences`.
    ``entity`` keeps sentences that mention that entity id; ``query`` ranks by
    similarity to the query text as well as salience; ``story_id`` restricts
    to one :class:`~storyline.model.StoryCluster`. ``embedder=None`` uses the
    lexical (TF-IDF) fallback.
    """
    articles = _scope(story, story_id)
    by_id = {a.id: a for a in story.articles}
    family = _family_of(story)
    cands = _cap(_candidates(articles, sentences), story)
    method = "minilm" if embedder is not None else "lexical"
    title = _title(story, entity, query, story_id)
    if not cands:
        return Briefing(title, (), method)
    vecs, qvec = _vectors([c.text for c in cands], embedder, query)
    groups = _group_duplicates(cands, vecs, family, _article_rank(articles))
    _annotate(story, groups)
    rows = np.array([row for _, row in groups], dtype=np.int64)
    gvecs = vecs[rows]
    scores = _salience(story, groups, gvecs, family)
    keep = np.ones(len(groups), dtype=bool)
    if entity is not None:
        keep &= np.array([entity in g.entities for g, _ in groups], dtype=bool)
    if qvec is not None:
        rel = gvecs @ qvec
        keep &= rel >= max(0.05, 0.5 * float(rel.max()))  # only sentences near the best match
        scores = 0.6 * _scaled(np.clip(rel, 0, None)) + 0.4 * scores
    idx = np.flatnonzero(keep)
    chosen = _mmr(scores[idx], gvecs[idx], max_sentences)
    picked = [(groups[idx[i]][0], float(scores[idx[i]])) for i in chosen]
    return Briefing(title, _sections(story, picked, by_id, family), method)
