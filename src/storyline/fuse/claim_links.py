"""The state of claim linking: every claim with its features and vector, the links found so far,
and what the rules ask about claims: who speaks for whom (a speaker's *side*), the names of a side,
when a claim was made, whether two claims have one speaker or are one statement read twice.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache

import numpy as np

from storyline.analyze.claims.cues import CLAIM_NOUNS, PATRON
from storyline.analyze.claims.responsibility import ACT_TYPES, ANAPHORIC_OBJECTS
from storyline.analyze.embed import CloseCallEncoder
from storyline.analyze.events.casualties import EVENT_NOUNS
from storyline.analyze.events.ontology import TRIGGERS, uninflected
from storyline.fuse import FuseContext
from storyline.fuse.claim_text import ClaimFeatures, clause_words, clauses, features, figures_apart, jaccard, reaches
from storyline.lexicons.countries import country_of, state_of
from storyline.lexicons.numbers import ONES, TENS
from storyline.lexicons.titles import DEMONYM_ENDINGS, OPPOSING_TITLE_WORDS, STATE_BODIES, is_title_word
from storyline.model import Claim, ClaimLink, Entity, Mention, Role, Span

#: a word in more claims than this is too common to propose candidate pairs
_MAX_POSTING = 50
#: characters of a content given to the sentence encoder
_EMBED_CHARS = 240
#: nearest neighbours by embedding proposed as candidate pairs
_NEIGHBOURS = 10
#: similarities computed at once in the neighbour search (16 MB of floats), whatever the corpus size
_SIM_CELLS = 1 << 22
#: similarities ranked at once: argpartition's int64 indices have its input's shape (4 MB of them; ranking a
#: whole block at once held 32 MB, at the height of a run's memory)
_RANK_CELLS = 1 << 19
#: candidate pairs judged as one slice by :meth:`Linker.run_pairs` (the texts their rules ask for encoded together)
_PAIR_SLICE = 1 << 16
#: pair codes turned into Python integers at once by :meth:`Linker.candidates` (a slice of 65,536 took 2.5 MiB)
_CODE_SLICE = 1 << 12
#: candidate pairs across blocks whose cosines are computed at once (their two rows of vectors: 6 MB each; a
#: slice of 65,536 pairs took 2 x 100 MB, above the height of a 5k-article fusion's memory)
_COSINE_SLICE = 1 << 12


#: acts told as others than the one at hand: "past suicide attacks", "previous bombings", "other attacks" (the
#: plural must name an act: "other cities", "past members" are no acts)
_OTHER_ACTS = re.compile(r"\b(?:past|previous|prior|earlier|former|other)\s+((?:[\w-]+\s+){0,2}?[\w-]+s)\b", re.I)
#: "also" in a cue ("had also claimed"): a second claim of the same kind
_ALSO = re.compile(r"\balso\b", re.I)


def names_act(phrase: str) -> bool:
    """Does a phrase end in an act noun or a word standing for one ("the drone attack", "the blasts", "it")?"""
    last = phrase.split()[-1].lower()
    return any(w in EVENT_NOUNS or w in ANAPHORIC_OBJECTS or (w in TRIGGERS and TRIGGERS[w].type in ACT_TYPES)
               for w in (last, *uninflected(last)))


def _names_acts(phrase: str) -> bool:
    """Does a phrase after "other"/"past" end in a plural act noun ("suicide attacks", "bombings", "incidents")?"""
    last = phrase.split()[-1].lower()
    return any(w in EVENT_NOUNS or w in ANAPHORIC_OBJECTS or (w in TRIGGERS and TRIGGERS[w].type in ACT_TYPES)
               for w in uninflected(last))


#: a place phrase's opening right before a name ("the embassy in ", "stationed at the ")
_LOCATED = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)

class Deferred(Exception):
    """Raised by :meth:`Linker.exact_vectors` while deferring: the texts it needs are noted, not encoded."""


def decided_apart(c: Claim) -> tuple[str, bool]:
    """Claims with the same key here are never told apart by the cosine of their contents: two claims of
    one article, neither or both denials, are judged by their figures and doers
    (:func:`storyline.fuse.claims._pair_links`; the cosine only scores the link), and two denials only across
    articles. So a content's close calls (:class:`CloseCallEncoder`'s ``apart``) are with claims of other
    keys: other articles, or one claim and a denial of its article."""
    return c.article, c.polarity == "deny"


class Linker:
    def __init__(self, ctx: FuseContext, claims: list[Claim]) -> None:
        self.ctx, self.claims = ctx, claims
        self.feats = [features(c) for c in claims]
        self.vecs: np.ndarray | None = None
        n = len(claims)
        self.blocks = claim_blocks(ctx, claims)
        # candidate pairs by shared words and by one act, over every claim (see :meth:`candidates`)
        self._pair_codes = [_word_pairs(self.feats, n), _act_pairs(claims, n)]
        if ctx.config.use_embeddings and claims:
            # the gist of a proposition is in its first words; long quotes would cost the encoder
            # quadratic time for little gain
            self.vecs = self._encode([c.content[:_EMBED_CHARS] for c in claims])
        self.links: dict[tuple[str, str], ClaimLink] = {}
        # the order of statements: publication day, then article, then position in it
        self.when = [(_published(ctx, c.article), c.article, c.start) for c in claims]
        self.rebuttals: set[int] = set()  # negated claims found to deny what they answer
        self.entity_names = {e.id: {e.name.lower(), *(a.lower() for a in e.aliases)} for e in ctx.story.entities}
        self.events = {e.id: e for e in ctx.story.events}
        self.roles = {e.id: e.roles for e in ctx.story.entities if e.roles}
        self.state = state_groups(ctx.story.entities)
        self._sides: dict[int, frozenset[str]] = {}
        self._allies: dict[int, frozenset[str]] = {}
        self._side_names: dict[int, frozenset[str]] = {}
        self._owners: dict[int, set[str]] = {}
        self.sentence_starts: dict[str, list[int]] = {}
        self.mention_starts: dict[str, list[int]] = {}
        self._exact: dict[str, np.ndarray] = {}  # MiniLM vectors of the texts the rules weighed exactly, by text
        self._clauses: dict[int, list[str]] = {}  # clauses of the contents compared by clause
        #: while True, a rule that needs MiniLM vectors not yet computed notes their texts in ``wanted`` and raises
        #: :class:`Deferred` instead of encoding them one or two at a time (see :meth:`run_pairs`)
        self.deferring = False
        self.wanted: dict[str, None] = {}
        self.index = {c.id: k for k, c in enumerate(claims)}
        self._doers: dict[int, frozenset[str] | None] = {}
        self._types: dict[str, str] | None = None
        self._denials: dict[str, list[int]] | None = None
        self._other_acts: frozenset[int] | None = None
        self.by_article: dict[str, list[tuple[int, Claim]]] | None = None  # claims by article, once asked for

    def _encode(self, texts: list[str]) -> np.ndarray:
        """The contents' vectors, block by block (:func:`claim_blocks`): the encoder's search for close
        neighbours (which contents get MiniLM vectors) looks within a block. A candidate pair across two
        blocks (a shared rare word, one act) whose cosine reaches the encoder's close floor gets MiniLM
        vectors for both contents too: the decision may turn on it."""
        encoder = self.ctx.encoder("claims")
        apart = [decided_apart(c) for c in self.claims]

        def encode(rows: list[int]) -> np.ndarray:
            if isinstance(encoder, CloseCallEncoder):
                return encoder.encode([texts[k] for k in rows], apart=[apart[k] for k in rows])
            return encoder.encode([texts[k] for k in rows])

        if len(self.blocks) == 1:
            return encode(list(range(len(texts))))
        vecs = np.zeros((len(texts), encoder.dim), dtype=np.float32)
        exact = np.zeros(len(texts), dtype=bool)
        for idx in self.blocks:
            vecs[idx] = encode(idx.tolist())
            exact[idx[getattr(encoder, "exact_rows", np.zeros(0, dtype=np.int64))]] = True
        floor, exact_encoder = getattr(encoder, "floor", None), getattr(encoder, "exact", None)
        if floor is None or exact_encoder is None:  # one kind of vector for all: nothing to refine
            return vecs
        block_of = np.zeros(len(texts), dtype=np.int64)
        for b, idx in enumerate(self.blocks):
            block_of[idx] = b
        n = len(texts)
        todo: set[int] = set()
        for code in self._pair_codes:
            for lo in range(0, len(code), _COSINE_SLICE):
                i, j = np.divmod(code[lo:lo + _COSINE_SLICE], n)
                keep = (block_of[i] != block_of[j]) & ~(exact[i] & exact[j])
                i, j = i[keep], j[keep]
                close = np.einsum("ij,ij->i", vecs[i], vecs[j]) >= floor
                todo.update(k for k in np.concatenate((i[close], j[close])).tolist() if not exact[k])
        if todo:
            rows = sorted(todo)
            vecs[rows] = exact_encoder.encode([texts[k] for k in rows])
        return vecs

    def denials_in(self, article: str) -> list[int]:
        """The denials of an article, in claim order (indexed once: a scan of every claim for each denial grew
        with the square of the corpus)."""
        if self._denials is None:
            self._denials = defaultdict(list)
            for k, c in enumerate(self.claims):
                if c.polarity == "deny":
                    self._denials[c.article].append(k)
        return self._denials.get(article, [])

    def entity_type(self, eid: str | None) -> str | None:
        """The type of a story entity (PERSON, ORG, GPE, ...), None for no entity."""
        if self._types is None:
            self._types = {e.id: e.type for e in self.ctx.story.entities}
        return self._types.get(eid or "")

    def doer(self, k: int) -> frozenset[str] | None:
        """Who claim ``k`` says did the act (:func:`doer_of`), once; None when it does not say."""
        if k not in self._doers:
            self._doers[k] = doer_of(self, self.claims[k])
        return self._doers[k]

    def exact_sim(self, i: int, j: int) -> tuple[float, float]:
        """(cosine, jaccard) with MiniLM vectors, for the decisions that turn on a low cosine.

        The step's encoder may give static vectors to contents without a close neighbour (a
        coarser similarity, cheaper to get); a denial rarely repeats the accusation's words, so
        the few pairs the denial rules weigh are encoded exactly, each content once.
        """
        lex = jaccard(self.feats[i].words, self.feats[j].words)
        if self.vecs is None:
            return 0.0, lex
        vi, vj = self.exact_vectors([self._content(i), self._content(j)])
        return float(vi @ vj), lex

    def exact_reaches(self, i: int, j: int, thresholds: tuple[tuple[float, float], ...]) -> bool:
        """``reaches(self.exact_sim(i, j), thresholds)``, without encoding a pair whose word overlap is under every
        threshold's: no cosine makes up for too few shared words, so MiniLM's vectors could not change the answer."""
        lex = jaccard(self.feats[i].words, self.feats[j].words)
        if all(lex < least for _, least in thresholds):
            return False
        return reaches(self.exact_sim(i, j), thresholds)

    def clause_sim(self, i: int, j: int) -> tuple[float, float]:
        """(cosine, jaccard) of the closest clauses of two contents (:func:`clauses`), MiniLM vectors,
        each content's clauses encoded once; (0, 0) when neither content has more than one clause."""
        if self.vecs is None:
            return 0.0, 0.0
        for k in (i, j):
            if k not in self._clauses:
                self._clauses[k] = clauses(self.claims[k].content)
        pa, pb = self._clauses[i], self._clauses[j]
        if not pa and not pb:
            return 0.0, 0.0
        # a content of one clause is compared whole (its exact vector)
        pa, pb = pa or [self.claims[i].content], pb or [self.claims[j].content]
        vecs = self.exact_vectors([p[:_EMBED_CHARS] for p in (*pa, *pb)])
        sims = np.asarray(vecs[:len(pa)]) @ np.asarray(vecs[len(pa):]).T
        x, y = np.unravel_index(int(np.argmax(sims)), sims.shape)
        return float(sims[x, y]), jaccard(clause_words(pa[x]), clause_words(pb[y]))

    def text_sims(self, text: str, ks: list[int]) -> list[float]:
        """MiniLM cosines of a phrase (a denial's clause) with the contents of claims ``ks``."""
        if self.vecs is None:
            return [0.0] * len(ks)
        vec, *others = self.exact_vectors([text[:_EMBED_CHARS], *(self._content(k) for k in ks)])
        return [float(vec @ other) for other in others]

    def encode_contents(self, ks: Iterable[int]) -> None:
        """Encode in one batch the contents of claims ``ks`` that :meth:`exact_vectors` has not encoded yet, for a rule
        that is about to ask for the exact cosines of them all (nothing without embeddings: :meth:`exact_sim` asks
        for none then)."""
        if self.vecs is not None:
            self.exact_vectors([self._content(k) for k in ks])

    def _content(self, k: int) -> str:
        """What the sentence encoder reads of claim ``k``'s content."""
        return self.claims[k].content[:_EMBED_CHARS]

    def exact_vectors(self, texts: list[str]) -> list[np.ndarray]:
        """MiniLM vectors of ``texts``, each text encoded once per run (the vectors do not depend on the
        texts encoded with them). While :attr:`deferring`, texts not encoded yet are noted in :attr:`wanted`
        and :class:`Deferred` is raised: :meth:`run_pairs` encodes them all at once and asks again."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._exact]
        if missing:
            if self.deferring:
                self.wanted.update(dict.fromkeys(missing))
                raise Deferred
            self._exact.update(zip(missing, self.ctx.resources.embedder.encode(missing), strict=True))
        return [self._exact[t] for t in texts]

    def run_pairs(self, pairs: Iterable[tuple[int, int]], judge: Callable[[Linker, int, int], None]) -> None:
        """``judge(self, i, j)`` on every pair, with the MiniLM vectors the judgements ask for encoded in batches.

        A batch of texts costs MiniLM about 60% of what encoding them one or two at a time does (its matrix
        products on a single short text run below speed), so the pairs are judged a slice at a time while
        :attr:`deferring`: a judgement that needs vectors not encoded yet notes their texts and stops
        (:class:`Deferred`) before it has changed anything (a rule adds a link once it has read every
        similarity it needs); the noted texts are then encoded together and the stopped pairs judged
        again, until none stops. Judging a pair reads nothing another pair's judgement writes, so only the
        order of the links could differ: they are put back in the order of the pairs. The links and the
        texts encoded are those of judging the pairs one by one."""
        it = iter(pairs)
        while True:
            first = len(self.links)
            position: dict[tuple[str, str], int] = {}
            # the slice's pairs are drawn as they are judged, and only the stopped ones kept: a list of the slice
            # and of its positions held 65,536 tuples of each (about 16 MiB at the height of the claims step)
            todo: Iterable[tuple[int, tuple[int, int]]] = enumerate(itertools.islice(it, _PAIR_SLICE))
            drawn = late = False
            while True:
                stopped = []
                self.deferring = True
                try:
                    for pos, (i, j) in todo:
                        drawn = True
                        before, rebuttals = len(self.links), len(self.rebuttals)
                        try:
                            judge(self, i, j)
                        except Deferred:
                            if len(self.links) != before or len(self.rebuttals) != rebuttals:
                                raise RuntimeError("a claim rule changed the links before it read every "
                                                   "similarity it needs") from None
                            stopped.append((pos, (i, j)))
                            continue
                        if len(self.links) != before:  # rare: most pairs link nothing
                            for key in itertools.islice(reversed(self.links), len(self.links) - before):
                                position[key] = pos
                finally:
                    self.deferring = False
                if not stopped:
                    break
                wanted, self.wanted = list(self.wanted), {}
                self.exact_vectors(wanted)
                todo, late = stopped, True
            if late:  # some pairs were judged late: their links back in pair order
                items = list(self.links.items())
                self.links = dict(items[:first] + sorted(items[first:], key=lambda kv: position[kv[0]]))
            if not drawn:
                return

    def owners(self, k: int) -> set[str]:
        """Whose claims claim ``k`` names (see :func:`owners`), once."""
        if k not in self._owners:
            self._owners[k] = owners(self, self.claims[k])
        return self._owners[k]

    def side(self, k: int) -> frozenset[str]:
        """Whom claim ``k`` speaks for: its speaker entity, the groups named in its speaker phrase
        ("Estmark's foreign ministry", "HTK spokesman X"), the organization the speaker's roles
        name (:func:`affiliation`; on a tie, each of them) and the country of a people named there
        (:func:`state_groups`)."""
        if k not in self._sides:
            self._side(k)
        return self._sides[k]

    def other_act(self, k: int) -> bool:
        """Is claim ``k`` about who did an act besides the one its article is about: past acts ("has claimed
        responsibility for past suicide attacks", "previous bombings"), or a claimant's second claim of its
        article ("The Front also claimed responsibility for a blast on a train on Tuesday", after its claim of
        the market bombing)? Fusion may have joined the two acts; the words say they are two."""
        if self._other_acts is None:
            self._other_acts = frozenset(self._find_other_acts())
        return k in self._other_acts

    def _find_other_acts(self) -> set[int]:
        out: set[int] = set()
        taken: dict[str, list[int]] = defaultdict(list)  # responsibility claims by article, in text order
        for k in sorted(range(len(self.claims)), key=lambda k: (self.claims[k].article, self.claims[k].start)):
            c = self.claims[k]
            if not c.involvement:
                continue
            if any(_names_acts(m.group(1)) for m in _OTHER_ACTS.finditer(c.content)):
                out.add(k)
            if c.stance != "responsibility":
                continue
            if _ALSO.search(c.cue or "") and any(
                    self.one_side(e, k) for e in taken[c.article]):
                out.add(k)
            taken[c.article].append(k)
        return out

    def one_side(self, i: int, j: int) -> bool:
        """Do claims ``i`` and ``j`` come from one speaker or from allies (:meth:`allies`)?"""
        return same_speaker(self.claims[i], self.claims[j]) or bool(self.allies(i) & self.allies(j))

    def figures_apart(self, i: int, j: int) -> bool:
        """Do the two claims give figures apart, keyed by what they count or not
        (:func:`~storyline.fuse.claim_text.figures_apart`)?"""
        return figures_apart(self.feats[i], self.feats[j]) or figures_apart(self.feats[i], self.feats[j], keyed=False)

    def allies(self, k: int) -> frozenset[str]:
        """:meth:`side` without a tie of roles: an uncertain affiliation can make a speaker the one
        accused, never the accuser's ally (one misread "its spokesman" must not block a denial)."""
        if k not in self._allies:
            self._side(k)
        return self._allies[k]

    def _side(self, k: int) -> None:
        c = self.claims[k]
        out = {c.speaker} if c.speaker else set()
        analysis = self.ctx.analyses.get(c.article)
        if analysis is not None and c.speaker_start is not None and c.speaker_end is not None:
            named = [m for m in self.mentions_in(c.article, c.speaker_start, c.speaker_end)
                     if m.label in ("ORG", "GPE", "NORP") and m.kind != "pronoun" and not self.patron(c.article, m.end)]
            # "the Valdoran embassy in Lesk": where a named body sits is not whom it speaks for
            named = [m for i, m in enumerate(named) if not (i and self.located(c.article, m.start))]
            out |= {self.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text for m in named}
        employers = affiliation(self.roles.get(c.speaker or "", ()))
        sure = out | (employers if len(employers) == 1 else set())
        self._allies[k] = self._with_states(sure)
        self._sides[k] = self._with_states(out | employers)

    def located(self, article: str, start: int) -> bool:
        """Is the mention starting at ``start`` the place of what is named before it ("the embassy in X")?"""
        text = self.ctx.articles[article].text if article in self.ctx.articles else ""
        return bool(_LOCATED.search(text, max(0, start - 12), start))

    def patron(self, article: str, end: int) -> bool:
        """Is the mention ending at ``end`` a patron of the speaker ("an Estmark-backed group"): not its side."""
        text = self.ctx.articles[article].text if article in self.ctx.articles else ""
        return bool(PATRON.match(text, end))

    def _with_states(self, parties: set[str]) -> frozenset[str]:
        return frozenset(parties | {kin for party in parties for kin in self.state.get(party, ())})

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
            out |= {n.lower() for n in proper_names(c.speaker_text or "")}
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

    def dated(self, k: int) -> bool:
        """Is the day claim ``k`` was published known?"""
        return len(self.when[k][0]) >= 10

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
                                    evidence=(span_of(self.ctx, a), span_of(self.ctx, b)), reason=reason)

    def candidates(self) -> Iterable[tuple[int, int]]:
        """Pairs sharing a content word (or, with embeddings, the nearest neighbours), in (i, j) order."""
        n = len(self.claims)
        codes, self._pair_codes = self._pair_codes, []
        if self.vecs is not None and n > 1:
            if len(self.blocks) == 1:
                codes.append(_neighbours(self.vecs))
            for idx in self.blocks if len(self.blocks) > 1 else ():  # each block's nearest neighbours
                if len(idx) > 1:
                    first, second = np.divmod(_neighbours(self.vecs[idx]), len(idx))
                    codes.append(idx[first] * n + idx[second])  # idx ascending: still i < j
        # pairs as one int64 code i * n + j: a set of tuples would take ~100 bytes a pair
        merged = np.unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)
        del codes
        # turned into Python ints a slice at a time: the whole list took ~36 bytes a pair (over 100 MB at the
        # height of a 19k-article run's memory)
        for lo in range(0, len(merged), _CODE_SLICE):
            for code in merged[lo:lo + _CODE_SLICE].tolist():
                yield divmod(code, n)


#: claims a block holds at most (:func:`claim_blocks`), unless one story cluster has more
BLOCK_CLAIMS = 4096


def claim_blocks(ctx: FuseContext, claims: list[Claim]) -> list[np.ndarray]:
    """The claims in blocks (ascending claim indices each) within which nearest neighbours and close
    neighbours are looked for: story clusters in the story's order, packed into blocks of at most
    :data:`BLOCK_CLAIMS` claims (a larger cluster is a block of its own); claims of articles in no cluster
    come first. Up to that many claims, one block: the search over every pair costs the square of the
    corpus (at 19k Reuters articles 69k claims, and nearly every content had a close neighbour somewhere,
    so nearly all took MiniLM); in blocks it grows with the corpus. Candidate pairs by shared words and
    by one act are still looked for among all claims."""
    n = len(claims)
    if n <= BLOCK_CLAIMS:
        return [np.arange(n, dtype=np.int64)]
    cluster_of = {a: k for k, s in enumerate(ctx.story.stories) for a in s.articles}
    by_cluster: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_cluster[cluster_of.get(c.article, -1)].append(i)
    blocks: list[list[int]] = [[]]
    for key in sorted(by_cluster):
        members = by_cluster[key]
        if blocks[-1] and len(blocks[-1]) + len(members) > BLOCK_CLAIMS:
            blocks.append([])
        blocks[-1] += members
    return [np.asarray(sorted(b), dtype=np.int64) for b in blocks]


def affiliation(roles: Iterable[Role]) -> set[str]:
    """Whom a person's roles say they work for: the organization or country most of them name, or
    each of those tied for most (one misread "its spokesman" against one right reading). A title that sets its
    holder against what it is of ("a Valdoran opposition leader", "a critic of the regime") names no employer:
    the opposition does not speak for the state."""
    votes = Counter(r.of for r in roles if r.of and not _opposing(r.title))
    top = max(votes.values(), default=0)
    return {of for of, n in votes.items() if n == top}


def _opposing(title: str) -> bool:
    """Does a role's title set its holder against what the role is of (:data:`OPPOSING_TITLE_WORDS`)?"""
    return any(w in OPPOSING_TITLE_WORDS for w in re.findall(r"[a-z]+", title.lower()))


#: endings that make a people's name from a country's ("Canad-ian", "Ind-ian", "Pakistan-i", "Nepal-ese"): the
#: nationality endings, and the rarer "-n", "-ean", "-ite" (to the country's name or its stem)
_DEMONYM_ENDINGS = (*DEMONYM_ENDINGS, "n", "ean", "ite")


def demonym_of(people: str, country: str) -> bool:
    """Is ``people`` the demonym of ``country`` by the regular endings ("Peruvian"/"Peru",
    "Kenyan"/"Kenya", "Pakistani"/"Pakistan")? Irregular ones ("French") are not guessed."""
    people, country = people.lower(), country.lower()
    if people[:4] != country[:4]:  # both readings start with a stem of at least 4 letters (cheap test first)
        return False
    stem_ = country[:-1] if country[-1:] in "aeiouy" else country
    return len(stem_) >= 4 and any(people == stem_ + e or people == country + e for e in _DEMONYM_ENDINGS)


def state_groups(entities: Iterable[Entity]) -> dict[str, frozenset[str]]:
    """Each country with its capital, its people and the bodies of its state, as one side ("Lima
    dismissed ...", "Peru rejected ...", "the Foreign Affairs Ministry of Peru said ...").

    Countries the lexicon knows (:mod:`storyline.lexicons.countries`) by name; others (a GPE entity)
    by their people's regular demonym ("Valdoran") and by a state body that carries their name or
    demonym ("the Valdoran interior ministry").
    """
    ents = [e for e in entities if e.type in ("GPE", "NORP", "ORG")]
    places = [e for e in ents if e.type == "GPE"]
    index = _PlaceIndex(places)
    groups: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        key = _state_key(e, index.candidates(e))
        if key is not None:
            groups[key].add(e.id)
    return {m: frozenset(g - {m}) for g in groups.values() if len(g) > 1 for m in g}


class _PlaceIndex:
    """The places a people or a state body may be matched to in :func:`_state_key`, in their order: those with a
    name that starts with the same four letters as one of its names or words (a demonym) or whose first word is
    one of its words (a name inside it). Not every place per entity: a store's peoples and bodies times its
    places grew with the square of the store."""

    def __init__(self, places: list[Entity]) -> None:
        self.places = places
        self.prefix: dict[str, set[int]] = defaultdict(set)
        self.first_word: dict[str, set[int]] = defaultdict(set)
        self.always: set[int] = set()
        for k, place in enumerate(places):
            for c in (place.name, *place.aliases):
                self.prefix[c.lower()[:4]].add(k)
                word = re.search(r"\w+", c)
                if word:
                    self.first_word[word.group()].add(k)
                else:
                    self.always.add(k)

    def candidates(self, e: Entity) -> list[Entity]:
        names = [e.name, *(a for a in e.aliases if a != e.name)]
        found: set[int] = set()
        if e.type == "NORP":
            for n in names:
                found |= self.prefix.get(n.lower()[:4], set())
        elif e.type == "ORG":
            found |= self.always
            for n in names:
                for w in n.split():
                    found |= self.prefix.get(w.lower()[:4], set())
                for w in re.findall(r"\w+", n):
                    found |= self.first_word.get(w, set())
        return [self.places[k] for k in sorted(found)]


def _state_key(e: Entity, places: list[Entity]) -> str | None:
    """The country an entity is or speaks for, as a key; None for anything else."""
    names = [e.name, *(a for a in e.aliases if a != e.name)]
    for name in names:
        found = state_of(name) if e.type == "ORG" else country_of(name)
        if found:
            return found.casefold()
    body = e.type == "ORG" and any(_STATE_BODY.search(n) for n in names)
    if e.type != "NORP" and not body:  # only a people or a state body is matched to a place below: skip
        places = []                    # the loop (a store's every ORG against every GPE was most of the step)
    for place in places:
        if place.id == e.id:
            continue
        own = [place.name, *place.aliases]
        if e.type == "NORP" and any(demonym_of(n, c) for n in names for c in own):
            return _state_key(place, []) or place.id
        if body and any((c in n and re.search(rf"\b{re.escape(c)}\b", n)) or any(demonym_of(w, c) for w in n.split())
                        for n in names for c in own):
            return _state_key(place, []) or place.id
    return (country_of(e.name) or e.id).casefold() if e.type == "GPE" else None


_STATE_BODY = re.compile(r"\b(?:" + "|".join(STATE_BODIES) + r")\b", re.IGNORECASE)


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


def _act_pairs(claims: list[Claim], n: int) -> np.ndarray:
    """Codes i * n + j (i < j) of claims about who did one act (the same fused event): two sides' accounts
    of one act may share no word ("X blew up the dam" / "Y blamed Z for the attack") and still oppose."""
    by_event: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.involvement and c.event:
            by_event[c.event].append(i)
    chunks = [np.zeros(0, dtype=np.int64)]
    for ids in by_event.values():
        if 1 < len(ids) <= _MAX_POSTING:
            a = np.asarray(ids, dtype=np.int64)
            first, second = np.triu_indices(len(a), k=1)
            chunks.append(a[first] * n + a[second])
    return np.unique(np.concatenate(chunks))


def _neighbours(vecs: np.ndarray, k: int = _NEIGHBOURS) -> np.ndarray:
    """Codes i * n + j (i < j) of each claim's k nearest contents, a block of rows at a time.

    The block is sized so that a block of similarities stays near _SIM_CELLS floats whatever the corpus size;
    its rows are ranked _RANK_CELLS at a time (each row's ranking is its own: the same neighbours).
    """
    n = len(vecs)
    kk = min(k + 1, n)
    block = max(1, _SIM_CELLS // n)
    step = max(1, _RANK_CELLS // n)
    chunks = [np.zeros(0, dtype=np.int64)]
    for lo in range(0, n, block):
        sims = vecs[lo:lo + block] @ vecs.T
        np.negative(sims, out=sims)
        top = np.vstack([np.argpartition(sims[r:r + step], kk - 1, axis=1)[:, :kk]
                         for r in range(0, len(sims), step)]).astype(np.int64)
        rows = np.broadcast_to(np.arange(lo, lo + len(top), dtype=np.int64)[:, None], top.shape)
        keep = top != rows
        a, b = rows[keep], top[keep]
        chunks.append(np.minimum(a, b) * n + np.maximum(a, b))
    return np.unique(np.concatenate(chunks))


def days_apart(lk: Linker, i: int, j: int) -> int:
    """Days between two claims' publication; 0 when either day is unknown (a pasted text often has no
    date: nothing says the two statements are apart)."""
    try:
        first, second = (date.fromisoformat(lk.when[k][0][:10]) for k in (i, j))
    except ValueError:
        return 0
    return abs((first - second).days)


def span_of(ctx: FuseContext, claim: Claim) -> Span:
    text = ctx.articles[claim.article].text if claim.article in ctx.articles else ""
    return Span(claim.article, claim.start, claim.end, text[claim.start:claim.end])


def same_speaker(a: Claim, b: Claim) -> bool:
    """One speaker: the same entity, else the same name (a description or pronoun only within an article)."""
    if a.speaker and b.speaker:
        return a.speaker == b.speaker
    if not (a.speaker_text and b.speaker_text and plain(a.speaker_text) == plain(b.speaker_text)):
        return False
    return a.article == b.article or {a.speaker_type, b.speaker_type} <= {"named", "organization"}


@lru_cache(maxsize=1 << 16)  # asked for both speakers of every candidate pair: a few hundred thousand times
def plain(name: str) -> str:
    """A name for comparison: lower case, without a leading article ("The Northern Front"), one apostrophe
    (pages write "Norland’s police chief" and "Norland's police chief") and single spaces."""
    return re.sub(r"^the\s+", "", " ".join(name.replace("’", "'").replace("‘", "'").lower().split()))


#: a run of capitalized words: a proper name in a speaker phrase or at the start of a content
PROPER = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|al|bin|de|e|el|ul))*")


def proper_names(text: str) -> list[str]:
    """The proper names of a phrase without the titles before them ("Interior Minister Lucia Brannock"
    -> "Lucia Brannock", "Estmark's foreign ministry" -> "Estmark")."""
    out = []
    for m in PROPER.finditer(text.replace("’s", "").replace("'s", "")):
        parts = [w for w in m.group().split() if not is_title_word(w) and w not in ("The", "A", "An")]
        if parts and len(" ".join(parts)) > 3:
            out.append(" ".join(parts))
    return out


def names_in(name: str, text: str) -> bool:
    """A name as a whole word of ``text``, not as a place of origin ("a Pakistan-based group")."""
    return any(not re.match(r"-?\s*based\b", text[m.end():].lower())
               for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I))


def speaks_as(name: str, speaker: str) -> bool:
    """Does a speaker phrase name ``name`` as its speaker or the group it speaks for ("the Front's
    spokesman"), not as a patron ("an Estmark-backed militia group known as the Front")?"""
    return any(not PATRON.match(speaker, m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", speaker, re.I))


def nested(a: Claim, b: Claim) -> bool:
    """Is one claim reported inside the other's content (the same statement, read twice)?"""
    if a.article != b.article:
        return False
    return any(o.content_start is not None and o.content_end is not None and o.content_start <= i.start
               and i.end <= o.content_end for o, i in ((a, b), (b, a)))


def events_differ(lk: Linker, first: str, second: str) -> bool:
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


def place_of(lk: Linker, event: str | None) -> str | None:
    ev = lk.events.get(event or "")
    return ev.location if ev is not None else None


def owners(lk: Linker, den: Claim) -> set[str]:
    """Whose claims a denial names: the possessor of the claim noun ("Valdora's accusation",
    "Valdora's claims", "a Daily Courier report") or its agent ("an accusation by the minister"), not
    whoever the claims are about ("accusations that Trump exploited ...")."""
    if den.content_start is None or den.content_end is None:
        return set()
    text = lk.ctx.articles[den.article].text if den.article in lk.ctx.articles else ""
    out = set()
    for m in lk.mentions_in(den.article, den.content_start, den.content_end):
        after, before = text[m.end:m.end + 40], text[max(den.content_start, m.start - 40):m.start]
        people = m.label == "NORP" and _OWNING_PEOPLE.match(after)  # "a Canadian allegation", "Norlandi claims"
        named = m.label in ("ORG", "PERSON") and _OWNING_NAME.match(after)  # "a Daily Courier (DC) report"
        # "claims of Norlandi influence", "accusations of Norland involvement": what is claimed, not who claims
        agent = (agent_m := _AGENT.search(before)) is not None and not (
            agent_m.group(1).lower() == "of" and _MODIFIES.match(after))
        if _POSSESSOR.match(after) or agent or people or named:
            out.add(lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text)
    return out


_CLAIM_NOUN = "|".join(sorted(CLAIM_NOUNS))
#: right after a name: its claims ("'s accusation", "’s repeated claims")
_POSSESSOR = re.compile(rf"['’]s?\s+(?:\w+\s+)?(?:{_CLAIM_NOUN})s?\b", re.I)
#: right after a people's name: its claims ("Estmarki accusations", "a Canadian allegation")
_OWNING_PEOPLE = re.compile(rf"\s+(?:{_CLAIM_NOUN})s?\b", re.I)
#: right after an organization's or person's name: its claims ("a Daily Courier report", "a Courier (DC) report")
_OWNING_NAME = re.compile(rf"(?:\s*\([A-Z]{{2,}}\))?\s+(?i:{_CLAIM_NOUN})s?\b")
#: right before a name: claims by it ("accusation by the", "claims from", "the allegations made by", "charges
#: levelled by")
_AGENT = re.compile(rf"\b(?:{_CLAIM_NOUN})s?\s+(?:(?:being\s+)?(?:made|levell?ed|leveled|raised|voiced|put\s+forward|"
                    rf"issued|spread|circulated)\s+)?(by|from|of)\s+(?:the\s+)?$", re.I)
#: right after a name: a lower-case noun it modifies ("Norland involvement"), not a clause or a connective
_MODIFIES = re.compile(r"\s+(?!(?:that|which|who|and|or|but|to|in|on|at|about|against|over|for|of|with|is|was|are|"
                       r"were|has|have|had|as|by|from)\b)[a-z]")


#: a content about two parties blaming one another ("accused each other of the attack")
MUTUAL = "<each other>"
_MUTUAL = re.compile(r"\b(?:each other|one another)\b", re.I)
#: a passive act with its agent: "was carried out by", "were deliberately staged by"
_BY_AGENT = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|shot|hit|led|made|set|sent|"
                       r"fought|brought|built)(?:\s+(?:out|up|off))?\s+by\s+", re.I)
#: lower-case words that continue a doer's noun phrase ("the Armed Forces of the Republic", "Norland's army")
_NP_WORDS = frozenset((
    "the", "of", "and", "its", "their", "his", "her", "'s", "’s", "military", "army", "forces", "troops", "government",
    "regime", "authorities", "officials", "militants", "fighters", "rebels", "police", "intelligence", "services"))
DOER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
#: a short opening adverbial before the clause ("More precisely, ", "In fact, ", "On Tuesday, ")
_OPENER = re.compile(r"(?:that\s*,?\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+")


def doer_of(lk: Linker, c: Claim) -> frozenset[str] | None:
    """Who a claim about who did an act says did it: for a statement, the named actors the events
    component gave its acts ("X was killed in a Norvik airstrike"); else the agent of a passive act ("was
    carried out by X"), else the noun phrase the content opens with ("X carried out the attack",
    "[accused] X of the attack", "that X is responsible"); the entities it names with their states' kin (a
    country with its army, ministries and people), or :data:`MUTUAL` when the content has two parties
    blaming each other. None when the content names no doer there: the caller falls back on whom the
    content names."""
    if not c.involvement or c.content_start is None or c.content_end is None:
        return None
    if _MUTUAL.search(c.content):
        return frozenset({MUTUAL})
    # a statement's act names its doer where the events component read it ("X was killed in a Norvik
    # airstrike": Norvik, not the victim the content opens with); an accusation's doer is the accused it opens with
    found = actors_of(lk, c) if c.stance not in ("allegation", "responsibility") else set()
    found = found or opening_doer(lk, c)
    if not found:
        return None
    return frozenset(found | {kin for party in found for kin in lk.state.get(party, ())})


def actors_of(lk: Linker, c: Claim) -> set[str]:
    """The named parties the events component gave as actors of the act nouns inside a claim's content
    ("a Norvik airstrike"; a verb's actor is its subject, the victim in a headline's "Leader X killed")."""
    analysis = lk.ctx.analyses.get(c.article)
    if analysis is None or c.content_start is None or c.content_end is None:
        return set()
    out: set[str] = set()
    for e in analysis.events:
        if e.type in ACT_TYPES and e.determiner is not None and c.content_start <= e.start and e.end <= c.content_end:
            for p in e.participants:
                if p.role == "actor":
                    out |= {lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text
                            for m in lk.mentions_in(c.article, p.start, p.end)
                            if m.label in DOER_LABELS and m.kind != "pronoun"}
    return out


def opening_doer(lk: Linker, c: Claim) -> set[str]:
    """The named parties of the noun phrase a claim's content opens with (after a passive's "by")."""
    assert c.content_start is not None and c.content_end is not None
    held = _HELD.match(c.content)
    if held:  # "Velmora holds the Front and its masters accountable for the attacks": the held, not the holder
        lo, hi = c.content_start + held.start(1), c.content_start + held.end(1)
        found = {lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text
                 for m in lk.mentions_in(c.article, lo, hi) if m.label in DOER_LABELS and m.kind != "pronoun"}
        if found:
            return found
    agent = _BY_AGENT.search(c.content)
    start = c.content_start + (agent.end() if agent else 0)
    text = lk.ctx.articles[c.article].text if c.article in lk.ctx.articles else c.content
    opener = None if agent else _OPENER.match(c.content)
    if opener and not any(m.label in DOER_LABELS for m in lk.mentions_in(c.article, start, start + opener.end())):
        start += opener.end()  # "More precisely, X blew up ...": the doer comes after the adverbial
    end = start + noun_phrase_length(text[start:c.content_end])
    if end >= c.content_end:  # no predicate after it: a headline in title case ("X Suggests Y Link To ...")
        return set()
    return {lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text
            for m in lk.mentions_in(c.article, start, end) if m.label in DOER_LABELS and m.kind != "pronoun"}


#: a content opening with its subject holding someone to answer for an act ("Velmora holds regional sponsors and their
#: Ostrian masters accountable for such attacks", "we hold the Front responsible"): group 1 is the one held
_HELD = re.compile(r"[^.;:!?]{0,80}?\b(?:holds?|holding|held)\s+([^.;:!?]{1,120}?)\s+(?:fully\s+|directly\s+)?"
                   r"(?:responsible|accountable|culpable|liable)\b", re.I)


#: a count opening a subject before a capitalized name, with at most one participle ("six armed Norland soldiers",
#: "dozens of masked Valdoran police", "that 12 Norland drones"); not "two days after Norland ..." (no participle)
_COUNT_WORDS = "|".join(sorted(set(ONES) - {"zero"} | set(TENS), key=len, reverse=True))
_COUNTED = re.compile(r"(?:that\s+)?(?:\d[\d,]*|" + _COUNT_WORDS
                      + r"|several|some|many|(?:dozens|hundreds|scores|thousands)\s+of)"
                      r"(?:\s+(?:heavily\s+)?[a-z]+ed)?\s+(?=[A-Z])")


def noun_phrase_length(text: str) -> int:
    """Characters of the noun phrase ``text`` opens with ("that the Norland army fired ..." -> "that
    the Norland army"): capitalized words, the few lower-case words of a group's name and every word of a
    quoted name; a comma, a bracket or any other word ends it."""
    counted = _COUNTED.match(text)  # "six armed Norland soldiers": the count and its participle open the phrase
    offset = counted.end() if counted else 0
    end, quoted = offset, False
    for m in re.finditer(r"[\w'’-]+|[^\w\s]", text[offset:]):
        word = m.group()
        if word in "\"“”":  # a quoted name goes on to its closing mark ('the "corrupt Norland regime" of ...')
            quoted = word != "”" and not (quoted and word == '"')
            end = offset + m.end()
            continue
        if quoted or word[0].isupper() or word.lower() in _NP_WORDS or (end == 0 and (word.lower() == "that"
                                                                                     or word in "‘'")):
            end = offset + m.end()
            continue
        break
    return end
