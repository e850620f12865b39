"""Fusion step "claims": resolve speakers and targets to entities, then link claims.

Link rules (every link carries the two claim spans as evidence and a reason):

- ``denies`` (from the denial to the claim it denies):
  1. same sentence: "X alleges P, a claim denied by Y" gives two claims with the
     same content span and opposite polarity;
  2. "Y denied X's claims": a denial whose content names claims (claim,
     allegation, accusation ...) links to the best-matching claim of that owner,
     or, in the same article, to the closest earlier claim it is about;
  3. a denial whose content says the same as an asserted claim of another speaker
     (content similarity at or above ``DENY_SIM``).
- ``supports``: two asserted claims in different articles saying the same thing
  (see :func:`same_proposition`) without conflicting specifics; from the later
  article's claim to the earlier one.
- ``contradicts``: two asserted claims about the same thing (a shared event, or
  :func:`same_topic`) whose specifics conflict: numbers, dates (months, weekdays,
  years), places, or one negating what the other asserts (near-identical wording only).

Similarity has two parts: a lexical Jaccard over content words and, when
``config.use_embeddings``, the MiniLM cosine of the two contents. Cosine alone
is not enough: articles of one story talk about the same actors, and unrelated
propositions about them score 0.6-0.75; a paraphrase needs both a high cosine
and shared words (thresholds below, set on hand-checked pairs).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from storyline.analyze.claims.cues import CLAIM_NOUNS, NEGATIONS
from storyline.fuse import FuseContext, fuse_step
from storyline.lexicons.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from storyline.lexicons.numbers import NUMBER_WORDS
from storyline.lexicons.stopwords import MODALS, STOPWORDS
from storyline.model import ArticleAnalysis, Claim, ClaimLink, Mention, Span

#: (cosine, jaccard) pairs: a pair of contents says the same thing when it reaches any of them
SAME = ((0.88, 0.0), (0.8, 0.15), (0.7, 0.4), (0.0, 0.6))
#: the same thing with a shared event or target entity
SAME_WITH_ANCHOR = ((0.72, 0.1), (0.0, 0.4))
#: about the same thing (for conflicting specifics)
TOPIC = ((0.8, 0.2), (0.0, 0.45))
#: near-identical wording (for "one negates the other")
NEAR = ((0.8, 0.3), (0.0, 0.55))
#: a word in more claims than this is too common to propose candidate pairs
_MAX_POSTING = 50
#: characters of a content given to the sentence encoder
_EMBED_CHARS = 240
#: nearest neighbours by embedding proposed as candidate pairs
_NEIGHBOURS = 10
#: similarities computed at once in the neighbour search: 16 MB of floats plus 32 MB of argpartition's
#: indices, whatever the corpus size
_SIM_CELLS = 1 << 22
#: words left out of content overlap: function words, news filler, modals (numbers and dates are compared apart)
STOP = STOPWORDS | MODALS
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
#: absolute date words only ("today" differs between articles of different days; "may" is mostly the verb)
_DATE_WORDS = frozenset(MONTH_NAMES + WEEKDAY_NAMES) - {"may"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# --------------------------------------------------------------------------- resolution


def _chain_entity(ctx: FuseContext, analysis: ArticleAnalysis, chain: str | None) -> str | None:
    if chain is None:
        return None
    for m in analysis.mentions:
        if m.chain == chain:
            eid = ctx.mention_entity.get((m.article, m.start, m.end))
            if eid is not None:
                return eid
    return None


def speaker_entity(ctx: FuseContext, claim: Claim) -> str | None:
    """The entity the speaker resolves to: its name mention, its coreference chain, its own span."""
    analysis = ctx.analyses.get(claim.article)
    if claim.speaker_ref is not None:
        eid = ctx.entity_at(claim.article, claim.speaker_ref.start, claim.speaker_ref.end)
        if eid is not None:
            return eid
    if analysis is not None:
        eid = _chain_entity(ctx, analysis, claim.speaker_chain)
        if eid is not None:
            return eid
    if claim.speaker_type in ("named", "organization") and claim.speaker_start is not None \
            and claim.speaker_end is not None:
        return ctx.entity_at(claim.article, claim.speaker_start, claim.speaker_end)
    return None


def _content_mentions(analysis: ArticleAnalysis | None, claim: Claim) -> list[Mention]:
    if analysis is None or claim.content_start is None or claim.content_end is None:
        return []
    return [m for m in analysis.mentions if claim.content_start <= m.start and m.end <= claim.content_end
            and m.kind != "pronoun"]


def resolve_claim(ctx: FuseContext, claim: Claim, event_of: dict[str, str]) -> Claim:
    """The claim with speaker, targets and event as story-level ids (targets keep text when unresolved)."""
    analysis = ctx.analyses.get(claim.article)
    targets: list[str] = []
    for m in _content_mentions(analysis, claim):
        key = ctx.mention_entity.get((m.article, m.start, m.end)) or m.chain or m.text
        if key not in targets:
            targets.append(key)
    event = event_of.get(claim.event) if claim.event else None  # a story-level id or nothing
    return dataclasses.replace(claim, speaker=speaker_entity(ctx, claim), targets=tuple(targets), event=event)


# --------------------------------------------------------------------------- features


@dataclasses.dataclass
class ClaimFeatures:
    words: frozenset[str]
    numbers: frozenset[float]
    dates: frozenset[str]
    places: frozenset[str]
    negated: bool
    claim_noun_owner: bool


def _numbers(text: str) -> frozenset[float]:
    vals = {float(m.group().replace(",", "")) for m in _NUMBER.finditer(text) if not _YEAR.fullmatch(m.group())}
    vals |= {float(NUMBER_WORDS[w]) for w in _WORD.findall(text.lower()) if w in NUMBER_WORDS}
    return frozenset(vals)


def features(ctx: FuseContext, claim: Claim) -> ClaimFeatures:
    text = claim.content
    toks = _WORD.findall(text.lower())
    places = {ctx.mention_entity.get((m.article, m.start, m.end)) or m.text.lower()
              for m in _content_mentions(ctx.analyses.get(claim.article), claim) if m.label in PLACE_LABELS}
    return ClaimFeatures(
        words=frozenset(t for t in toks if t not in STOP and len(t) > 1),
        numbers=_numbers(text),
        dates=frozenset(t for t in toks if t in _DATE_WORDS) | frozenset(_YEAR.findall(text)),
        places=frozenset(places),
        negated=any(t in NEGATIONS or t.endswith("n't") for t in toks),
        claim_noun_owner=any(t.rstrip("s") in CLAIM_NOUNS for t in toks) and len(toks) <= 8,
    )


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)  # the union's size without building it (this runs for every candidate pair)
    return shared / (len(a) + len(b) - shared)


def conflicts(a: ClaimFeatures, b: ClaimFeatures) -> str | None:
    """Which specific the two contents disagree on, if any."""
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return "numbers differ"
    if a.dates and b.dates and not a.dates & b.dates:
        return "dates differ"
    if a.places and b.places and not a.places & b.places:
        return "places differ"
    if a.negated != b.negated:
        return "one negates the other"
    return None


# --------------------------------------------------------------------------- linking


class _Linker:
    def __init__(self, ctx: FuseContext, claims: list[Claim]) -> None:
        self.ctx, self.claims = ctx, claims
        self.feats = [features(ctx, c) for c in claims]
        self.vecs: np.ndarray | None = None
        if ctx.config.use_embeddings and claims:
            # the gist of a proposition is in its first words; long quotes would cost the encoder
            # quadratic time for little gain
            self.vecs = ctx.encoder("claims").encode([c.content[:_EMBED_CHARS] for c in claims])
        self.links: dict[tuple[str, str], ClaimLink] = {}

    def sim(self, i: int, j: int) -> tuple[float, float]:
        """(cosine, jaccard); the cosine is 0 without embeddings."""
        lex = jaccard(self.feats[i].words, self.feats[j].words)
        cos = float(self.vecs[i] @ self.vecs[j]) if self.vecs is not None else 0.0
        return cos, lex

    def add(self, kind: str, i: int, j: int, score: float, reason: str) -> None:
        a, b = self.claims[i], self.claims[j]
        key = (a.id, b.id)
        if key in self.links or (b.id, a.id) in self.links:
            return
        self.links[key] = ClaimLink(type=kind, from_=a.id, to=b.id, score=round(score, 3),
                                    evidence=(_span(self.ctx, a), _span(self.ctx, b)), reason=reason)

    def candidates(self) -> Iterable[tuple[int, int]]:
        """Pairs sharing a content word (or, with embeddings, the nearest neighbours), in (i, j) order."""
        n = len(self.claims)
        codes = [_word_pairs(self.feats, n)]
        if self.vecs is not None and n > 1:
            codes.append(_neighbours(self.vecs))
        # pairs as one int64 code i * n + j: a set of tuples would take ~100 bytes a pair
        merged = np.unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)
        for code in merged.tolist():
            yield divmod(code, n)


def _word_pairs(feats: list[ClaimFeatures], n: int) -> np.ndarray:
    """Codes i * n + j (i < j) of claims sharing a content word that is in at most _MAX_POSTING claims."""
    posting: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for w in f.words:
            posting[w].append(i)
    chunks = [np.zeros(0, dtype=np.int64)]
    for ids in posting.values():
        if 1 < len(ids) <= _MAX_POSTING:
            a = np.asarray(ids, dtype=np.int64)  # ascending: claims were appended in order
            first, second = np.triu_indices(len(a), k=1)
            chunks.append(a[first] * n + a[second])
    return np.unique(np.concatenate(chunks))


def _neighbours(vecs: np.ndarray, k: int = _NEIGHBOURS) -> np.ndarray:
    """Codes i * n + j (i < j) of each claim's k nearest contents, a block of rows at a time.

    The block is sized so that a block of similarities stays near _SIM_CELLS floats whatever the corpus size.
    """
    n = len(vecs)
    kk = min(k + 1, n)
    block = max(1, _SIM_CELLS // n)
    chunks = [np.zeros(0, dtype=np.int64)]
    for lo in range(0, n, block):
        sims = vecs[lo:lo + block] @ vecs.T
        np.negative(sims, out=sims)
        top = np.argpartition(sims, kk - 1, axis=1)[:, :kk].astype(np.int64)
        rows = np.broadcast_to(np.arange(lo, lo + len(top), dtype=np.int64)[:, None], top.shape)
        keep = top != rows
        a, b = rows[keep], top[keep]
        chunks.append(np.minimum(a, b) * n + np.maximum(a, b))
    return np.unique(np.concatenate(chunks))


def _span(ctx: FuseContext, claim: Claim) -> Span:
    text = ctx.articles[claim.article].text if claim.article in ctx.articles else ""
    return Span(claim.article, claim.start, claim.end, text[claim.start:claim.end])


def _same_speaker(a: Claim, b: Claim) -> bool:
    if a.speaker and b.speaker:
        return a.speaker == b.speaker
    return bool(a.speaker_text and b.speaker_text and a.speaker_text.lower() == b.speaker_text.lower()
                and a.article == b.article)


def reaches(sim: tuple[float, float], thresholds: tuple[tuple[float, float], ...]) -> bool:
    """Does (cosine, jaccard) reach any of the (cosine, jaccard) threshold pairs?"""
    return any(sim[0] >= c and sim[1] >= j for c, j in thresholds)


def _describe(sim: tuple[float, float]) -> str:
    return f"cosine {sim[0]:.2f}, word overlap {sim[1]:.2f}"


def _pair_links(lk: _Linker, i: int, j: int) -> None:
    a, b = lk.claims[i], lk.claims[j]
    if a.polarity != b.polarity:
        d, t = (i, j) if a.polarity == "deny" else (j, i)
        _deny_pair(lk, d, t)
        return
    if a.polarity == "deny" or a.article == b.article:
        return
    s = lk.sim(i, j)
    score = max(s)
    later, earlier = (i, j) if a.article > b.article else (j, i)
    same_event = bool(a.event and a.event == b.event)
    anchored = same_event or bool(set(a.targets) & set(b.targets))
    clash = conflicts(lk.feats[i], lk.feats[j])
    if clash == "one negates the other" and reaches(s, NEAR):
        lk.add("contradicts", later, earlier, score, f"{clash} ({_describe(s)})")
    elif clash and clash != "one negates the other" and (same_event or reaches(s, TOPIC)):
        lk.add("contradicts", later, earlier, score, f"{clash} about the same thing ({_describe(s)})")
    elif not clash and (reaches(s, SAME) or (anchored and reaches(s, SAME_WITH_ANCHOR))):
        lk.add("supports", later, earlier, score, f"same proposition in another article ({_describe(s)})")


def _deny_pair(lk: _Linker, d: int, t: int) -> None:
    den, tgt = lk.claims[d], lk.claims[t]
    if _same_speaker(den, tgt):
        return
    same_span = (den.article == tgt.article and den.content_start == tgt.content_start
                 and den.content_end == tgt.content_end)
    if same_span:
        lk.add("denies", d, t, 1.0, "same-sentence denial of the claim's content")
        return
    s = lk.sim(d, t)
    if reaches(s, SAME) or (reaches(s, SAME_WITH_ANCHOR) and set(den.targets) & set(tgt.targets)):
        lk.add("denies", d, t, max(s), f"denial of the same proposition ({_describe(s)})")


def _deny_claims_of(lk: _Linker) -> None:
    """"Y denied X's claims" / "Y rejected the accusations": link to the claim the denial is about.

    Candidates, best first: a claim of the named owner X; an earlier allegation in the same
    article whose targets include the denier Y (Y is the accused); the closest earlier claim in
    the same article; an allegation against Y in another article. Among equals, the one most
    similar to the denial's sentence wins.
    """
    index = _AssertIndex(lk.claims)
    for d, den in enumerate(lk.claims):
        if den.polarity != "deny" or not lk.feats[d].claim_noun_owner:
            continue
        scored = []
        for t in index.about(den):
            tgt = lk.claims[t]
            if _same_speaker(den, tgt):
                continue
            owned, accused, earlier_here = _about(den, tgt)
            if owned or accused or earlier_here:
                closeness = -(den.start - tgt.end) if earlier_here else 0
                # a denial answers what its own article reported before it, before other articles
                scored.append((owned, accused and earlier_here, earlier_here, accused, closeness,
                               _sentence_sim(lk, den, t), t))
        if scored:
            owned, _, _, accused, _, context, t = max(scored)
            reason = ("denies the claims of their speaker" if owned else
                      "denies an accusation against the denier" if accused else "denies the preceding claim")
            lk.add("denies", d, t, context, f"{reason} (context similarity {context:.2f})")


class _AssertIndex:
    """Asserted claims (not promises or warnings) by speaker, target and article.

    A denial of "X's claims" can only be about a claim of X, an allegation against the
    denier or an earlier claim of its own article: looking those up keeps the search
    linear in the corpus instead of comparing every denial with every claim.
    """

    def __init__(self, claims: list[Claim]) -> None:
        self.by_speaker: dict[str, list[int]] = defaultdict(list)
        self.by_target: dict[str, list[int]] = defaultdict(list)
        self.by_article: dict[str, list[int]] = defaultdict(list)
        self.unresolved: list[tuple[int, str]] = []  # (claim, speaker text) without a speaker entity
        for t, c in enumerate(claims):
            if c.polarity != "assert" or c.stance in ("promise", "warning"):
                continue
            if c.speaker:
                self.by_speaker[c.speaker].append(t)
            else:
                self.unresolved.append((t, (c.speaker_text or "").lower()))
            for target in set(c.targets):
                self.by_target[target].append(t)
            self.by_article[c.article].append(t)

    def about(self, den: Claim) -> set[int]:
        """Every claim for which :func:`_about` can hold (a superset; it still decides)."""
        owners = set(den.targets)
        out = {t for o in owners for t in self.by_speaker.get(o, ())}
        lowered = [o.lower() for o in owners]
        out.update(t for t, text in self.unresolved if any(o in text for o in lowered))
        if den.speaker:
            out.update(self.by_target.get(den.speaker, ()))
        out.update(self.by_article.get(den.article, ()))
        return out


def _about(den: Claim, tgt: Claim) -> tuple[bool, bool, bool]:
    """(the denial names the target's speaker, the target accuses the denier, it is earlier in the article)."""
    owners = set(den.targets)
    speaker_text = (tgt.speaker_text or "").lower()
    owned = tgt.speaker in owners if tgt.speaker else any(o.lower() in speaker_text for o in owners)
    accused = bool(den.speaker) and den.speaker in tgt.targets and tgt.stance == "allegation"
    return owned, accused, tgt.article == den.article and tgt.end <= den.start


def _sentence_sim(lk: _Linker, den: Claim, t: int) -> float:
    """Similarity of the denial's sentence (beyond "X's claims") with a candidate's content."""
    analysis = lk.ctx.analyses.get(den.article)
    text = lk.ctx.articles[den.article].text if den.article in lk.ctx.articles else den.content
    span = (den.start, den.end)
    for s, e in analysis.sentences if analysis else ():
        if s <= den.start < e:
            span = (s, e)
    words_d = frozenset(w for w in _WORD.findall(text[span[0]:span[1]].lower()) if w not in STOP)
    return jaccard(words_d, lk.feats[t].words)


def link_claims(ctx: FuseContext, claims: list[Claim]) -> list[ClaimLink]:
    lk = _Linker(ctx, claims)
    for i, j in lk.candidates():
        _pair_links(lk, i, j)
    _deny_claims_of(lk)
    return list(lk.links.values())


@fuse_step("claims")
def fuse_claims(ctx: FuseContext) -> None:
    """Collect every article's claims with story-level ids, then link them."""
    event_of = {mid: ev.id for ev in ctx.story.events for mid in ev.mention_ids}
    claims = [resolve_claim(ctx, c, event_of) for a in ctx.analyses.values() for c in a.claims]
    ctx.story.claims = claims
    ctx.story.claim_links = link_claims(ctx, claims)
