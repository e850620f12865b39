"""Fusion step "claims": resolve speakers and targets to entities, then link claims.

Link rules (every link carries the two claim spans as evidence and a reason):

- ``denies`` (from the denial to the claim it denies):
  1. same sentence: "X alleges P, a claim denied by Y" gives two claims with the
     same content span and opposite polarity;
  2. "Y denied X's claims": a denial whose content names claims (claim,
     allegation, accusation ...) links to the best-matching claim of that owner,
     or, in the same article, to the closest earlier claim it is about;
  3. a denial whose content says the same as an asserted claim of another speaker;
  4. a denial of involvement ("Y denied involvement", "Y said it had nothing to do
     with the attack") links to the claim of responsibility or the allegation of
     involvement about the same incident that concerns the denier (or the party it
     clears): the claimant is that party, or the allegation names it;
  5. a negated rebuttal: a content whose main predicate is negated ("the country is
     not a safe haven") that says the opposite of an allegation, of a claim about
     who did something, or of a claim naming its speaker, is a denial of it (its
     polarity becomes ``deny``), later than the claim it answers.
- ``supports``: two asserted claims in different articles saying the same thing
  (see :func:`reaches` and the thresholds below; lower ones when the speakers are
  the same entity, as for two outlets' paraphrases of one statement) without a
  genuine incompatibility; from the later article's claim to the earlier one.
- ``contradicts``: two asserted claims that cannot both be true: one negates what
  the other asserts in near-identical words (and is not a rebuttal, rule 5), one
  gives another value for the same quantity ("12 people" / "30 people"; "at least
  60" and "137" agree), another weekday, month or year for the same event, an
  antonymous predicate ("rose" / "fell") or, in near-identical words, another place.
  Different numbers for different things, or a date of another kind ("Monday" /
  "January 30"), are not a contradiction.

Similarity has two parts: a lexical Jaccard over content words (lightly stemmed,
so "used" meets "using") and, when ``config.use_embeddings``, the MiniLM cosine of
the two contents. Cosine alone is not enough: articles of one story talk about the
same actors, and unrelated propositions about them score 0.6-0.75; a paraphrase
needs both a high cosine and shared words (thresholds below, set on hand-checked pairs).
No entailment model ships offline, so the explicit checks above stand in for one.
"""

from __future__ import annotations

import dataclasses
import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from storyline.analyze.claims.cues import CLAIM_NOUNS, words
from storyline.fuse import FuseContext, fuse_step
from storyline.lexicons.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from storyline.lexicons.numbers import NUMBER_WORDS
from storyline.lexicons.stopwords import MODALS, STOPWORDS
from storyline.lexicons.titles import is_title_word
from storyline.model import ArticleAnalysis, Claim, ClaimLink, Mention, Span

#: (cosine, jaccard) pairs: a pair of contents says the same thing when it reaches any of them
SAME = ((0.88, 0.0), (0.8, 0.15), (0.7, 0.4), (0.0, 0.6))
#: the same thing about one event
SAME_WITH_EVENT = ((0.75, 0.12), (0.0, 0.45))
#: the same thing about one target entity (one story's claims share their actors: a higher bar)
SAME_WITH_TARGET = ((0.78, 0.15), (0.0, 0.45))
#: the same thing said by the same speaker or side (two outlets' paraphrases of one statement)
SAME_SPEAKER = ((0.75, 0.1), (0.65, 0.35), (0.0, 0.5))
#: about the same thing (for conflicting specifics): never on shared words alone
TOPIC = ((0.8, 0.2), (0.7, 0.45))
#: near-identical wording (for "one negates the other", places)
NEAR = ((0.8, 0.3), (0.0, 0.55))
#: a negated content and the claim it answers: the same proposition but for the negation
REBUT = ((0.8, 0.15), (0.7, 0.25), (0.0, 0.4))
#: one content negating the other (a contradiction): near-identical in meaning and in words
NEGATES = ((0.85, 0.3), (0.75, 0.5))
#: a denial by the accused and the accusation it answers: the same matter, often in other words
#: ("is not a safe haven for militants" / "allowing fighters to rest, train and rearm on its side")
ANSWERS = ((0.35, 0.0), (0.0, 0.2))
#: the same words, near enough verbatim (for contents too short to be a proposition)
VERBATIM = ((0.9, 0.99),)
#: content words a content needs to count as a proposition (else only VERBATIM matches)
_PROPOSITION_WORDS = 4
#: how close before a denial an unnamed claim it rejects stands ("rejected the charge" right after it)
_NEAR_CHARS = 400
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
STOP = STOPWORDS | MODALS | words("also never n't")
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_NUMBER = re.compile(r"\b(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
#: how a qualifier bounds a figure: "at least 60" is 60 or more, "nearly 300" at most 300
_LOWER = re.compile(r"(?:at least|more than|over|above|upwards of|in excess of|no fewer than)\s+$")
_UPPER = re.compile(r"(?:up to|at most|fewer than|less than|under|below|nearly|almost|no more than)\s+$")
_ABOUT = re.compile(r"(?:about|around|some|roughly|approximately|an estimated|close to)\s+$")
#: words between a figure and what it counts that say nothing of what is counted
_QUANT_SKIP = words("more other additional further of the were was and had have has been are people's")
#: what a figure of people is a figure of, when a word of its clause says so (ACLED's categories)
_OUTCOMES = {**dict.fromkeys(words("killed kill killing dead died die death deaths toll fatalities lives"), "killed"),
             **dict.fromkeys(words("wounded injured hurt injuring wounding injuries casualties"), "injured"),
             **dict.fromkeys(words("arrested detained held captured abducted kidnapped missing"), "held")}
_WEEKDAYS = frozenset(WEEKDAY_NAMES)
#: month names ("may" is mostly the verb)
_MONTHS = frozenset(MONTH_NAMES) - {"may"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: antonymous predicates: one content with one word of a pair, the other with the other word
ANTONYMS = (("increase", "decrease"), ("rise", "fall"), ("rose", "fell"), ("risen", "fallen"), ("win", "lose"),
            ("won", "lost"), ("accept", "reject"), ("approve", "reject"), ("confirm", "deny"), ("alive", "dead"),
            ("open", "closed"), ("guilty", "innocent"), ("legal", "illegal"), ("true", "false"),
            ("success", "failure"), ("higher", "lower"), ("more", "fewer"), ("support", "oppose"),
            ("agree", "disagree"), ("allow", "ban"), ("lift", "impose"), ("arrest", "release"),
            ("resume", "suspend"), ("gain", "loss"))


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


def stem(word: str) -> str:
    """A light stem, the same on both sides of a comparison: "used"/"using"/"use", "attacks"/"attack".

    Suffixes go only when what remains still has a vowel ("thing" and "need" stay whole).
    """
    w = word.replace("’", "'").removesuffix("'s").rstrip("'")
    for suffix, keep in (("ing", 5), ("ied", 4), ("ies", 4), ("ed", 4)):
        rest = w[:-len(suffix)]
        if w.endswith(suffix) and len(w) >= keep and _VOWEL.search(rest) and not w.endswith("eed"):
            return rest + ("i" if suffix in ("ied", "ies") else "")
    if len(w) > 3 and (w.endswith(("ses", "xes", "zes", "ches", "shes"))):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 2 and w.endswith("e") and not w.endswith("ee"):
        return w[:-1]
    return w[:-1] + "i" if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou" else w


_VOWEL = re.compile(r"[aeiouy]")
_ANTONYM_OF = {stem(w): (k, side) for k, pair in enumerate(ANTONYMS) for side, w in enumerate(pair)}


@dataclasses.dataclass(frozen=True)
class Amount:
    """A figure in a content: what it counts (a stem) and the interval its qualifier allows."""

    key: str
    low: float
    high: float


@dataclasses.dataclass
class ClaimFeatures:
    words: frozenset[str]
    amounts: tuple[Amount, ...]
    dates: dict[str, frozenset[str]]  # weekday / month / year -> the ones named
    places: frozenset[str]
    antonyms: frozenset[tuple[int, int]]
    negated: bool
    claim_noun_owner: bool


def _figure(raw: str, after: list[str]) -> tuple[float, int]:
    """The value of a figure and how many following words belong to it ("two hundred", "3 million")."""
    value = float(raw.replace(",", "")) if raw[0].isdigit() else float(NUMBER_WORDS[raw])
    scale = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}
    if after and after[0] in scale:
        return value * scale[after[0]], 1
    return value, 0


def amounts(text: str) -> tuple[Amount, ...]:
    """The figures of a content with what they count: "at least 84 people" -> people in [84, inf).

    What is counted is the first word after the figure that is not a filler ("84 other people"),
    else the word before it ("killed 84"). A partitive ("one of the attackers"), a year and the
    pronoun "one" ("no one") are not figures.
    """
    low = text.lower()
    out = []
    for m in _NUMBER.finditer(low):
        raw = m.group()
        if _YEAR.fullmatch(raw):
            continue
        after = _WORD.findall(re.split(r"[.;:!?,]", low[m.end():m.end() + 60])[0])
        # the words of its clause before the figure ("the death toll from ... rose by two to 16")
        before = _WORD.findall(re.split(r"[.;:!?]\s", low[max(0, m.start() - 120):m.start()])[-1])
        if raw == "one" and (not after or after[0] in ("of", "another") or (before and before[-1] in words(
                "no any every some the this that each which"))):
            continue
        value, used = _figure(raw, after)
        rest = after[used:]
        if rest and rest[0] == "of":
            continue  # "two of the bombers": a part of a group, not a count of it
        if before and before[-1] == "by" and rest and rest[0] == "to":
            continue  # "rose by two to 16": a change, not a count
        nouns = [w for w in rest[:3] if w not in _QUANT_SKIP and not _NUMBER.fullmatch(w)]
        key = nouns[0] if nouns else (before[-1] if before else "")
        # "14 people were killed" and "31 people were wounded" count different things: the nearest
        # outcome word says which ("the death toll rose by two to 16" counts the dead)
        outcome = next((_OUTCOMES[w] for w in [*rest[:5], *reversed(before[-16:])] if w in _OUTCOMES), "")
        if key in STOP:
            key = ""
        if not key and not outcome:
            continue
        lo, hi = value, value
        prefix = low[max(0, m.start() - 25):m.start()]
        if _LOWER.search(prefix):
            hi = math.inf
        elif _UPPER.search(prefix):
            lo = 0.0
        elif _ABOUT.search(prefix):
            lo, hi = 0.8 * value, 1.2 * value
        counted = "" if outcome and (key in _OUTCOMES or key in ("", "people", "person", "persons")) else stem(key)
        out.append(Amount(f"{counted} {outcome}".strip(), lo, hi))
    return tuple(out)


def features(ctx: FuseContext, claim: Claim) -> ClaimFeatures:
    text = claim.content
    toks = _WORD.findall(text.lower())
    places = {ctx.mention_entity.get((m.article, m.start, m.end)) or m.text.lower()
              for m in _content_mentions(ctx.analyses.get(claim.article), claim) if m.label in PLACE_LABELS}
    stems = frozenset(stem(t) for t in toks if t not in STOP and len(t) > 1)
    return ClaimFeatures(
        words=stems,
        amounts=amounts(text),
        dates={"weekday": frozenset(t for t in toks if t in _WEEKDAYS),
               "month": frozenset(t for t in toks if t in _MONTHS),
               "year": frozenset(_YEAR.findall(text))},
        places=frozenset(places),
        antonyms=frozenset(_ANTONYM_OF[w] for w in stems if w in _ANTONYM_OF),
        negated=claim.negated,
        # "the accusation", "Islamabad's claims", "an accusation by X that ...": about a claim
        claim_noun_owner=any(t.rstrip("s") in CLAIM_NOUNS for t in (toks if len(toks) <= 8 else toks[:4])),
    )


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)  # the union's size without building it (this runs for every candidate pair)
    return shared / (len(a) + len(b) - shared)


def _amounts_differ(a: tuple[Amount, ...], b: tuple[Amount, ...]) -> bool:
    """Some counted thing has values in both contents and no value of one fits a value of the other."""
    for key in {x.key for x in a} & {y.key for y in b}:
        xs, ys = [x for x in a if x.key == key], [y for y in b if y.key == key]
        if not any(x.low <= y.high and y.low <= x.high for x in xs for y in ys):
            return True
    return False


def _antonymous(a: frozenset[tuple[int, int]], b: frozenset[tuple[int, int]]) -> bool:
    """One content has one side of an antonym pair, the other the other side, and neither has both."""
    return any((k, 1 - side) in b and (k, 1 - side) not in a and (k, side) not in b for k, side in a)


def conflicts(a: ClaimFeatures, b: ClaimFeatures, near: bool = False) -> str | None:
    """Which specific the two contents genuinely disagree on, if any (negation is judged apart).

    ``near``: the wording is near-identical, so a different place or an antonymous
    predicate is a disagreement and not another proposition.
    """
    if _amounts_differ(a.amounts, b.amounts):
        return "numbers differ"
    for kind in ("weekday", "month", "year"):
        if a.dates[kind] and b.dates[kind] and not a.dates[kind] & b.dates[kind]:
            return "dates differ"
    if near and a.negated == b.negated and _antonymous(a.antonyms, b.antonyms):
        return "antonymous predicates"
    if near and len(a.places) == 1 and len(b.places) == 1 and a.places != b.places:
        return "places differ"
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
            self.vecs = ctx.resources.embedder.encode([c.content[:_EMBED_CHARS] for c in claims])
        self.links: dict[tuple[str, str], ClaimLink] = {}
        # the order of statements: publication day, then article, then position in it
        self.when = [(_published(ctx, c.article), c.article, c.start) for c in claims]
        self.rebuttals: set[int] = set()  # negated claims found to deny what they answer
        self.entity_names = {e.id: {e.name.lower(), *(a.lower() for a in e.aliases)} for e in ctx.story.entities}
        self.events = {e.id: e for e in ctx.story.events}
        self.roles = {e.id: e.roles for e in ctx.story.entities if e.roles}
        self._sides: dict[int, frozenset[str]] = {}
        self._side_names: dict[int, frozenset[str]] = {}
        self.sentence_starts: dict[str, list[int]] = {}
        self.mention_starts: dict[str, list[int]] = {}

    def side(self, k: int) -> frozenset[str]:
        """Whom claim ``k`` speaks for: its speaker entity, the groups named in its speaker phrase
        ("Estmark's foreign ministry", "HTK spokesman X") and the organizations of the speaker's roles."""
        if k not in self._sides:
            c = self.claims[k]
            out = {c.speaker} if c.speaker else set()
            analysis = self.ctx.analyses.get(c.article)
            if analysis is not None and c.speaker_start is not None and c.speaker_end is not None:
                out |= {self.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text
                        for m in self.mentions_in(c.article, c.speaker_start, c.speaker_end)
                        if m.label in ("ORG", "GPE", "NORP") and m.kind != "pronoun"}
            out |= {r.of for r in self.roles.get(c.speaker or "", ()) if r.of}
            self._sides[k] = frozenset(out)
        return self._sides[k]

    def mentions_in(self, article: str, start: int, end: int) -> list[Mention]:
        """The mentions of an article inside ``start:end`` (an analysis holds them sorted by start)."""
        analysis = self.ctx.analyses.get(article)
        if analysis is None:
            return []
        if article not in self.mention_starts:
            self.mention_starts[article] = [m.start for m in analysis.mentions]
        starts = self.mention_starts[article]
        return [m for m in analysis.mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]

    def side_names(self, k: int) -> frozenset[str]:
        """The names of claim ``k``'s side (entity names, and the proper names of its speaker phrase,
        which cover a name the NER missed: "Estmark's foreign ministry")."""
        if k not in self._side_names:
            c = self.claims[k]
            out = {n for party in self.side(k) for n in self.entity_names.get(party, ()) if len(n) > 3}
            out |= {n.lower() for n in _proper_names(c.speaker_text or "")}
            self._side_names[k] = frozenset(out)
        return self._side_names[k]

    def names(self, party: str) -> set[str]:
        """The names of an entity id, or the text itself for an unresolved party."""
        return self.entity_names.get(party, {party.lower()})

    def sim(self, i: int, j: int) -> tuple[float, float]:
        """(cosine, jaccard); the cosine is 0 without embeddings."""
        lex = jaccard(self.feats[i].words, self.feats[j].words)
        cos = float(self.vecs[i] @ self.vecs[j]) if self.vecs is not None else 0.0
        return cos, lex

    def order(self, i: int, j: int) -> tuple[int, int]:
        """(later, earlier) of two claims."""
        return (i, j) if self.when[i] > self.when[j] else (j, i)

    def same_day(self, i: int, j: int) -> bool:
        """Were claims ``i`` and ``j`` published on the same known day?"""
        di, dj = self.when[i][0], self.when[j][0]
        return len(di) >= 10 and di[:10] == dj[:10]

    def after(self, i: int, j: int) -> bool:
        """Is claim ``i`` known to come after claim ``j``? Dates compare at the coarser granularity
        ("2031-03" is neither before nor after "2031-03-10"); within an article, the text order."""
        (di, ai, si), (dj, aj, sj) = self.when[i], self.when[j]
        n = min(len(di), len(dj))
        if n and di[:n] != dj[:n]:
            return di[:n] > dj[:n]
        return ai == aj and si > sj

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


def _published(ctx: FuseContext, article: str) -> str:
    art = ctx.articles.get(article)
    return (art.published or "") if art is not None else ""


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
    """One speaker: the same entity, else the same name (a description or pronoun only within an article)."""
    if a.speaker and b.speaker:
        return a.speaker == b.speaker
    if not (a.speaker_text and b.speaker_text and _plain(a.speaker_text) == _plain(b.speaker_text)):
        return False
    return a.article == b.article or {a.speaker_type, b.speaker_type} <= {"named", "organization"}


def _plain(name: str) -> str:
    """A name for comparison: lower case, without a leading article ("The Islamic State")."""
    return re.sub(r"^the\s+", "", name.strip().lower())


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
    if a.polarity == "deny":
        return
    if a.negated != b.negated:
        _negation_pair(lk, i, j)
        return
    if a.article == b.article:
        return
    s = lk.sim(i, j)
    later, earlier = lk.order(i, j)
    if a.involvement or b.involvement:
        # who did an act is the proposition: figures in "responsibility for the attack that killed
        # 84" describe the incident, so only the doer and the incident decide
        if _same_act(lk, a, b, s):
            lk.add("supports", later, earlier, max(s), f"same claim about who did it ({_describe(s)})")
        return
    same_event = bool(a.event and a.event == b.event)
    clash = conflicts(lk.feats[i], lk.feats[j], near=reaches(s, NEAR))
    if clash == "numbers differ" and not lk.same_day(i, j):
        return  # a figure reported on another day (or we cannot tell) may be an update: a toll that rose
    if clash and ((same_event and s[0] >= 0.6) or reaches(s, TOPIC)):
        lk.add("contradicts", later, earlier, max(s), f"{clash} about the same thing ({_describe(s)})")
    elif not clash and _same_proposition(lk, i, j, s, same_event):
        lk.add("supports", later, earlier, max(s), f"same proposition in another article ({_describe(s)})")


def _same_proposition(lk: _Linker, i: int, j: int, s: tuple[float, float], same_event: bool) -> bool:
    """Do two contents say the same thing? Lower bars with a shared event or target, or when one side
    speaks (the same speaker, or a spokesman and the group it speaks for: one statement in two outlets).

    A content of a word or two ("it", "plans", "lies and conspiracy theories") is a noun phrase or a
    fragment, not a proposition: it matches only its own words again, near enough verbatim.
    """
    a, b = lk.claims[i], lk.claims[j]
    shortest = min(len(lk.feats[i].words), len(lk.feats[j].words))
    if shortest < _PROPOSITION_WORDS:
        return shortest > 1 and reaches(s, VERBATIM)
    if reaches(s, SAME) or (same_event and reaches(s, SAME_WITH_EVENT)):
        return True
    if set(a.targets) & set(b.targets) and reaches(s, SAME_WITH_TARGET):
        return True
    one_side = _same_speaker(lk.claims[i], lk.claims[j]) or bool(lk.side(i) & lk.side(j))
    return one_side and reaches(s, SAME_SPEAKER)


def _same_act(lk: _Linker, a: Claim, b: Claim, s: tuple[float, float]) -> bool:
    """Two claims about who did an act: the same doer (the claimant of a responsibility claim, the
    accused of an allegation) and the same incident: the same fused event, else events not known
    to differ and contents that say the same thing."""
    if a.involvement != b.involvement or ("responsibility" in (a.stance, b.stance) and a.stance != b.stance):
        return False
    same_doer = _same_claimant(lk, a, b) if a.stance == "responsibility" else bool(set(a.targets) & set(b.targets))
    if not same_doer:
        return False
    if a.event and b.event and a.event == b.event:
        return True
    if a.event and b.event and _events_differ(lk, a.event, b.event):
        return False
    return reaches(s, SAME_SPEAKER)


def _same_claimant(lk: _Linker, a: Claim, b: Claim) -> bool:
    """The same speaker, or two organizations sharing a name ("Islamic State" resolved in one
    article, left a bare name in another)."""
    if _same_speaker(a, b):
        return True
    if {a.speaker_type, b.speaker_type} - {"named", "organization", "nominal"}:
        return False

    def names(c: Claim) -> set[str]:
        own = lk.names(c.speaker) if c.speaker else set()
        return {_plain(n) for n in own | {c.speaker_text or ""} if len(n) > 3}

    return bool(names(a) & names(b))


def _events_differ(lk: _Linker, first: str, second: str) -> bool:
    """Are two fused events known to be two incidents: dates stated in their own clauses (not a
    report's day, not a date elsewhere in the sentence, which may be the day of the report) that
    cannot meet?"""
    a, b = lk.events.get(first), lk.events.get(second)
    da, db = (a.date if a else None), (b.date if b else None)
    if da is None or db is None or {da.source, db.source} & {"dct", "sentence", None}:
        return False
    if not (da.earliest and da.latest and db.earliest and db.latest):
        return False
    return da.latest < db.earliest or db.latest < da.earliest


def _negation_pair(lk: _Linker, i: int, j: int) -> None:
    """One content is negated, the other not: a rebuttal (``denies``), a contradiction, or two propositions."""
    n, p = (i, j) if lk.claims[i].negated else (j, i)
    neg, pos = lk.claims[n], lk.claims[p]
    if _same_speaker(neg, pos) or _nested(neg, pos) or conflicts(lk.feats[n], lk.feats[p]) == "numbers differ":
        return  # one speaker's two statements, or figures of two different things
    s = lk.sim(n, p)
    if reaches(s, REBUT) and _answers(lk, n, p):
        lk.rebuttals.add(n)
        lk.add("denies", n, p, max(s), f"a negated rebuttal of the claim ({_describe(s)})")
    elif neg.article != pos.article and reaches(s, NEGATES):
        later, earlier = lk.order(n, p)
        lk.add("contradicts", later, earlier, max(s), f"one negates the other ({_describe(s)})")


def _answers(lk: _Linker, n: int, p: int) -> bool:
    """Can the negated claim ``n`` answer ``p``? Not before it, and ``p`` alleges, says who did
    something, or names the negating speaker (who then answers for itself)."""
    neg, pos = lk.claims[n], lk.claims[p]
    if lk.after(p, n):
        return False
    return pos.stance == "allegation" or pos.involvement or bool(neg.speaker and neg.speaker in pos.targets)


def _deny_pair(lk: _Linker, d: int, t: int) -> None:
    den, tgt = lk.claims[d], lk.claims[t]
    if tgt.negated and not den.negated:
        return  # "Y denied that P" and "X said not P" agree
    if (den.involvement and tgt.involvement) or _same_speaker(den, tgt):
        return  # involvement is judged by incident and party (_deny_involvement)
    same_span = (den.article == tgt.article and den.content_start == tgt.content_start
                 and den.content_end == tgt.content_end)
    if same_span:
        lk.add("denies", d, t, 1.0, "same-sentence denial of the claim's content")
        return
    if _nested(den, tgt):
        return
    s = lk.sim(d, t)
    if den.negated:  # a rebuttal found in its own article ("insisted the country is not ...")
        if reaches(s, REBUT) and _answers(lk, d, t) and conflicts(lk.feats[d], lk.feats[t]) is None:
            lk.add("denies", d, t, max(s), f"a negated rebuttal of the claim ({_describe(s)})")
        return
    if reaches(s, SAME) or (reaches(s, SAME_WITH_TARGET) and set(den.targets) & set(tgt.targets)):
        lk.add("denies", d, t, max(s), f"denial of the same proposition ({_describe(s)})")


def _deny_involvement(lk: _Linker) -> None:
    """A denial of involvement denies the responsibility claim or allegation it answers.

    The claim must be about the same incident (the same fused event, or earlier in the same
    article when one of them names no event) and concern the party the denial clears: a
    responsibility claim made by it (a claimant retracting counts), or an allegation or
    account of who did it that names it. Among several, the one in the denial's own article
    comes first, then the most similar.
    """
    by_event: dict[str, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    for t, c in enumerate(lk.claims):
        if c.involvement and c.polarity == "assert" and not c.negated:
            if c.event:
                by_event[c.event].append(t)
            by_article[c.article].append(t)
    for d, den in enumerate(lk.claims):
        if den.polarity != "deny" or not den.involvement:
            continue
        parties, names = _parties(lk, d)
        scored = []
        for t in set(by_event.get(den.event or "", ())) | set(by_article.get(den.article, ())):
            tgt = lk.claims[t]
            same_incident = bool(den.event and den.event == tgt.event)
            here = tgt.article == den.article and tgt.end <= den.start
            known_apart = bool(den.event and tgt.event and _events_differ(lk, den.event, tgt.event))
            # two acts of one article at different places ("the Tolvar attack", "the Sarn bombing")
            place_d, place_t = _act_place(lk, den), _act_place(lk, tgt)
            known_apart |= not same_incident and bool(place_d and place_t and place_d != place_t)
            if not (same_incident or (here and not known_apart)):
                continue
            if _same_speaker(den, tgt) and tgt.stance != "responsibility":
                continue
            if _concerns(tgt, parties, names):
                scored.append((here, -abs(den.start - tgt.start) if here else 0, max(lk.sim(d, t)), t))
        if scored:
            here, _, score, t = max(scored)
            kind = "claim of responsibility" if lk.claims[t].stance == "responsibility" else "allegation"
            lk.add("denies", d, t, score, f"denial of involvement answering a {kind} about the same incident")


def _parties(lk: _Linker, d: int) -> tuple[set[str], set[str]]:
    """Whom a denial of involvement clears: its speaker and the group it speaks for, and the entities
    its content names (not the place of the incident); with their names, for unresolved claims."""
    den = lk.claims[d]
    parties = set(lk.side(d)) | set(den.targets)  # "Pakistan's Defence Minister X": X speaks for Pakistan
    parties -= {_place_of(lk, den.event)}
    names = {n for p in parties for n in lk.names(p) if len(n) >= 3}
    return parties, names


#: a capitalized name right before an act ("the Tolvar attack") or after it ("the bombing in Sarn")
_PLACE_BEFORE = re.compile(r"([A-Z][\w-]+)(?:'s)?\s+(?:[a-z]+\s+)?$")
_PLACE_AFTER = re.compile(r"^\s+(?:in|at|near|on)\s+(?:the\s+)?([A-Z][\w-]+)")


def _act_place(lk: _Linker, c: Claim) -> str | None:
    """Where the act of a claim happened, as its content names it: the fused event's place, else a
    name next to the act's trigger in the content."""
    place = _place_of(lk, c.event)
    if place or c.event is None or c.content_start is None or c.content_end is None:
        return place
    ev = lk.events.get(c.event)
    text = lk.ctx.articles[c.article].text if c.article in lk.ctx.articles else ""
    for m in ev.mentions if ev is not None else ():
        if m.article == c.article and c.content_start <= m.start < c.content_end:
            before = _PLACE_BEFORE.search(text[max(c.content_start, m.start - 40):m.start])
            after = _PLACE_AFTER.search(text[m.end:min(c.content_end, m.end + 40)])
            found = before or after
            if found and not is_title_word(found.group(1)):
                return found.group(1).lower()
    return None


def _place_of(lk: _Linker, event: str | None) -> str | None:
    ev = lk.events.get(event or "")
    return ev.location if ev is not None else None


def _concerns(tgt: Claim, parties: set[str], names: set[str]) -> bool:
    """Does a responsibility claim come from one of the parties ("a faction of X" counts), or an
    allegation name one (and not clear it in the same breath: "ISIS did it; X had no part in it")?"""
    if tgt.stance == "responsibility":
        return tgt.speaker in parties or any(_names_in(n, tgt.speaker_text or "") for n in names)
    content = tgt.content.lower()
    if any(_CLEARS.match(content, m.end()) for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", content)):
        return False
    return bool(set(tgt.targets) & parties) or any(_names_in(n, content) for n in names)


#: right after a name: the content clears it ("Ukraine had no involvement", "X was not behind it")
_CLEARS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:had|has|have|was|were|is|are|did|does)\s+(?:no|not|nothing|never)\b")


def _names_in(name: str, text: str) -> bool:
    """A name as a whole word of ``text``, not as a place of origin ("a Pakistan-based group")."""
    return any(not re.match(r"-?\s*based\b", text[m.end():].lower())
               for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I))


def _nested(a: Claim, b: Claim) -> bool:
    """Is one claim reported inside the other's content (the same statement, read twice)?"""
    if a.article != b.article:
        return False
    return any(o.content_start is not None and o.content_end is not None and o.content_start <= i.start
               and i.end <= o.content_end for o, i in ((a, b), (b, a)))


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
        for t in index.about(den, lk.side(d)):
            tgt = lk.claims[t]
            if _same_speaker(den, tgt):
                continue
            owned, accused, earlier_here = _about(lk, d, t)
            context = _sentence_sim(lk, den, t)
            # an earlier claim of the article counts when it is about the denier and shares words with
            # the denial's sentence or comes right before it ("... had crossed from Estmark. Estmark's
            # foreign ministry rejected the charge.")
            near = earlier_here and den.start - tgt.end <= _NEAR_CHARS
            about_denier = _accuses(lk, t, lk.side(d), lk.side_names(d)) and (context >= 0.05 or near)
            if owned or accused or (earlier_here and about_denier):
                closeness = -(den.start - tgt.end) if earlier_here else 0
                # a denial answers what its own article reported before it, before other articles
                scored.append((owned, accused and earlier_here, earlier_here, accused, closeness, context, t))
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

    def about(self, den: Claim, side: frozenset[str]) -> set[int]:
        """Every claim for which :func:`_about` can hold (a superset; it still decides)."""
        owners = set(den.targets)
        out = {t for o in owners for t in self.by_speaker.get(o, ())}
        lowered = [o.lower() for o in owners]
        out.update(t for t, text in self.unresolved if any(o in text for o in lowered))
        for party in side:
            out.update(self.by_target.get(party, ()))
        out.update(self.by_article.get(den.article, ()))
        return out


def _about(lk: _Linker, d: int, t: int) -> tuple[bool, bool, bool]:
    """(the denial names the target's speaker or whom it speaks for, the target accuses the denier's
    side, the target is earlier in the denial's article)."""
    den, tgt = lk.claims[d], lk.claims[t]
    owners = set(den.targets)
    speaker_text = (tgt.speaker_text or "").lower()
    owned = bool(lk.side(t) & owners) if tgt.speaker else any(o.lower() in speaker_text for o in owners)
    accused = tgt.stance == "allegation" and _accuses(lk, t, lk.side(d), lk.side_names(d))
    return owned, accused, tgt.article == den.article and tgt.end <= den.start


def _sentence_sim(lk: _Linker, den: Claim, t: int) -> float:
    """Similarity of the denial's sentence (beyond "X's claims") with a candidate's content."""
    analysis = lk.ctx.analyses.get(den.article)
    text = lk.ctx.articles[den.article].text if den.article in lk.ctx.articles else den.content
    span = (den.start, den.end)
    for s, e in analysis.sentences if analysis else ():
        if s <= den.start < e:
            span = (s, e)
    words_d = frozenset(stem(w) for w in _WORD.findall(text[span[0]:span[1]].lower()) if w not in STOP)
    return jaccard(words_d, lk.feats[t].words)


def _deny_accusations(lk: _Linker) -> None:
    """A denial by the accused answers the accusation against it.

    A denial, or a negated statement, whose side (the speaker, the groups it speaks for, the
    subject its content opens with: "Estmark has never ...") is a target of an earlier allegation
    about the same matter denies it: :data:`ANSWERS` is a lower bar than a paraphrase's, as a
    denial rarely repeats the accusation's words. In each article the most similar allegation is
    the one answered. A negated statement so linked becomes a denial.
    """
    # accusations by the entities they target and by their content words (a name the NER missed is
    # a word of the content): a denial only looks at those that can be about its side
    by_target: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    for t, c in enumerate(lk.claims):
        if _accusation(c):
            for key in set(c.targets):
                by_target[key].append(t)
            for word in lk.feats[t].words:
                by_word[word].append(t)
    for d, den in enumerate(lk.claims):
        if not (den.polarity == "deny" or den.negated) or den.involvement or lk.feats[d].claim_noun_owner:
            continue
        if den.stance in ("promise", "warning", "belief"):
            continue  # "assured that the country does not intend harm" reassures, it answers no one
        # a negated content clears its subject ("Estmark has never given shelter"), whoever says it;
        # a denial's content is the accusation itself, so its subject is not the denier's side
        parties = lk.side(d) | (_opening_subject(lk, d) if den.negated else set())
        names = lk.side_names(d) | frozenset(n.lower() for p in parties for n in lk.names(p) if len(n) > 3)
        best: dict[str, tuple[float, int]] = {}
        candidates = {t for p in parties for t in by_target.get(p, ())}
        candidates |= {t for n in names for t in by_word.get(stem(n.split()[-1]), ())}
        for t in sorted(candidates):
            tgt = lk.claims[t]
            if t == d or lk.after(t, d) or _same_speaker(den, tgt) or _nested(den, tgt) or lk.side(t) & lk.side(d):
                continue  # one's own side's accusation is not answered by a denial
            if not _accuses(lk, t, parties, names):
                continue
            s = lk.sim(d, t)
            if reaches(s, ANSWERS) and max(s) > best.get(tgt.article, (-1.0, 0))[0]:
                best[tgt.article] = (max(s), t)
        for score, t in best.values():
            if den.polarity != "deny":
                lk.rebuttals.add(d)
            lk.add("denies", d, t, score, f"the accused answers the accusation ({_describe(lk.sim(d, t))})")


#: cue stems of an accusation ("accused", "blames", "charged", "alleged", "implicated")
_ACCUSING = ("accus", "blam", "charg", "alleg", "implicat")


def _accusation(c: Claim) -> bool:
    """An asserted allegation that accuses someone (not "officials claimed the talks went well")."""
    if c.stance != "allegation" or c.polarity != "assert" or c.negated:
        return False
    cue = stem((c.cue or "").split()[-1].lower()) if c.cue else ""
    return c.involvement or cue.startswith(_ACCUSING)


def _opening_subject(lk: _Linker, d: int) -> set[str]:
    """The entity a content opens with ("[that] Estmark has never ..."): the subject it speaks of."""
    c = lk.claims[d]
    analysis = lk.ctx.analyses.get(c.article)
    if analysis is None or c.content_start is None or c.content_end is None:
        return set()
    for m in lk.mentions_in(c.article, c.content_start, c.content_end):
        lead = c.content[:m.start - c.content_start].strip(" \"“”'‘’").lower()
        if _LEAD.fullmatch(lead) and m.kind != "pronoun":
            return {lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text}
        break
    # a name the NER missed: the content opens with a capitalized name that is not a sentence's first word
    first = _PROPER.match(c.content.lstrip(" \"“”'‘’").removeprefix("that "))
    names = _proper_names(first.group()) if first else []
    text = lk.ctx.articles[c.article].text if c.article in lk.ctx.articles else ""
    # capitalized for being a name, not for opening a sentence: the article writes it so mid-sentence too
    if names and re.search(rf"[a-z,]\s+{re.escape(names[0])}\b", text):
        return {names[0]}
    return set()


_LEAD = re.compile(r"(?:that\s*)?(?:the\s*)?")
#: a run of capitalized words: a proper name in a speaker phrase or at the start of a content
_PROPER = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|al|bin|de|e|el|ul))*")


def _proper_names(text: str) -> list[str]:
    """The proper names of a phrase without the titles before them ("Interior Minister Lucia Brannock"
    -> "Lucia Brannock", "Estmark's foreign ministry" -> "Estmark")."""
    out = []
    for m in _PROPER.finditer(text.replace("’s", "").replace("'s", "")):
        parts = [w for w in m.group().split() if not is_title_word(w) and w not in ("The", "A", "An")]
        if parts and len(" ".join(parts)) > 3:
            out.append(" ".join(parts))
    return out


def _accuses(lk: _Linker, t: int, parties: frozenset[str], names: frozenset[str]) -> bool:
    """Does allegation ``t`` target one of the parties, by entity or by name in its content (not the
    accuser's own name: "Valdora blames the group")?"""
    tgt = lk.claims[t]
    if set(tgt.targets) & (parties - lk.side(t)):
        return True
    return any(_names_in(n, tgt.content) for n in names - lk.side_names(t))


def _inherit_denials(lk: _Linker) -> None:
    """A denial that gives the reason of another denial by its speaker in the same sentence
    ("rejected the accusation, saying her country is not a safe haven") denies what that one denies."""
    index = {c.id: k for k, c in enumerate(lk.claims)}
    denied: dict[int, list[int]] = defaultdict(list)
    for link in list(lk.links.values()):
        if link.type == "denies":
            denied[index[link.from_]].append(index[link.to])
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for k, c in enumerate(lk.claims):
        if c.polarity == "deny" or k in lk.rebuttals:
            by_sentence[(c.article, _sentence_start(lk, c))].append(k)
    for group in by_sentence.values():
        for d in (k for k in group if k not in denied):
            for other in (k for k in group if k in denied and _same_speaker(lk.claims[k], lk.claims[d])):
                for t in denied[other]:
                    lk.add("denies", d, t, 1.0, "gives the reason of its speaker's denial in the same sentence")


def _sentence_start(lk: _Linker, c: Claim) -> int:
    """Where the sentence of a claim's cue starts (-1 when the analysis has no sentences)."""
    if c.article not in lk.sentence_starts:
        analysis = lk.ctx.analyses.get(c.article)
        lk.sentence_starts[c.article] = [s for s, _ in analysis.sentences] if analysis is not None else []
    starts = lk.sentence_starts[c.article]
    i = bisect_left(starts, (c.cue_start or c.start) + 1) - 1
    return starts[i] if i >= 0 else -1


def link_claims(ctx: FuseContext, claims: list[Claim]) -> tuple[list[Claim], list[ClaimLink]]:
    """Link the claims; negated claims found to rebut another come back as denials."""
    lk = _Linker(ctx, claims)
    for i, j in lk.candidates():
        _pair_links(lk, i, j)
    _deny_claims_of(lk)
    _deny_involvement(lk)
    _deny_accusations(lk)
    _inherit_denials(lk)
    out = [dataclasses.replace(c, polarity="deny", stance="denial") if k in lk.rebuttals else c
           for k, c in enumerate(claims)]
    return out, list(lk.links.values())


@fuse_step("claims")
def fuse_claims(ctx: FuseContext) -> None:
    """Collect every article's claims with story-level ids, then link them."""
    event_of = {mid: ev.id for ev in ctx.story.events for mid in ev.mention_ids}
    claims = [resolve_claim(ctx, c, event_of) for a in ctx.analyses.values() for c in a.claims]
    ctx.story.claims, ctx.story.claim_links = link_claims(ctx, claims)
