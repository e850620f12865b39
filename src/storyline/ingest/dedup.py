"""Exact and near-duplicate detection: a copy is kept and marked ``copy_of`` its original, never dropped.

Two texts are copies when one repeats the other: the whole of it (Jaccard similarity of their
word 5-shingles at ``threshold``), or when one is a verbatim part of the other, such as a wire story
reprinted and cut after a few paragraphs (*containment*: the share of the shorter text's shingles
found in the longer one, at ``containment``). Two different reports that quote the same paragraph
share only that paragraph, so neither is contained in the other.

Nothing compares every pair. Candidates come from MinHash LSH (datasketch): one index over the
whole text at a low Jaccard, which finds a copy holding a third or more of its original, and one
over the lead (the first sentences of the body), which finds a copy cut after its first
paragraphs however short. Each candidate is then checked: the MinHash estimate for Jaccard, and
for containment a *FracMinHash* sample (every shingle whose hash falls in the lowest quarter of
the hash range, kept for each article), whose overlap estimates containment without the bias a
fixed-size sketch has when one text is much longer than the other.

A wire story reprinted by three outlets becomes one original and two copies, which is what
corroboration needs (copies count once).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import zlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyline.model import Article

NUM_PERM = 128
SHINGLE = 5
#: LSH threshold over whole texts for containment candidates: a copy with a third of its original's shingles
CANDIDATE_JACCARD = 0.3
#: the lead: this many words from the first line that ends a sentence (headlines and page furniture above it
#: differ between two copies of one story)
LEAD_WORDS = 50
LEAD_PERM = 32
LEAD_JACCARD = 0.6
#: the containment sample keeps shingles whose crc32 is below 2**32 / SAMPLE_SCALE
SAMPLE_SCALE = 4
#: a containment verdict needs this many sampled shingles in the shorter text (about 45 words)
MIN_SAMPLED = 10
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word n-grams (the whole text when it is shorter than one shingle)."""
    words = _words(text)
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def text_fingerprint(text: str) -> str:
    """Exact-duplicate key: the words, case and punctuation ignored."""
    return hashlib.sha256(" ".join(_words(text)).encode()).hexdigest()


def lead(text: str, words: int = LEAD_WORDS) -> str:
    """The first ``words`` words from the first line that ends a sentence (else from the start)."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _SENTENCE_END.search(line)), 0)
    return " ".join(" ".join(lines[start:]).split()[:words])


def sample(shingle_set: set[bytes], scale: int = SAMPLE_SCALE) -> np.ndarray:
    """FracMinHash: the sorted hashes of the shingles that fall in the lowest 1/scale of the hash range."""
    hashes = np.fromiter((zlib.crc32(s) for s in shingle_set), dtype=np.uint32, count=len(shingle_set))
    return np.unique(hashes[hashes < (1 << 32) // scale])


def containment(a: np.ndarray, b: np.ndarray) -> float | None:
    """Estimated share of the smaller text's shingles found in the other, from two samples (None: too short)."""
    small = min(len(a), len(b))
    if small < MIN_SAMPLED:
        return None
    return len(np.intersect1d(a, b, assume_unique=True)) / small


@dataclasses.dataclass(frozen=True)
class _Sketch:
    whole: MinHash
    lead: MinHash
    sample: np.ndarray


class Deduplicator:
    """Marks articles that repeat an earlier one: exactly, at ``threshold`` estimated Jaccard, or
    contained in it (or containing it) at ``containment``.

    Order matters: the first article seen is the original. Seed it with the
    articles already stored (:meth:`from_articles` / :meth:`seed`) so that a
    later run still finds copies of stored articles.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM, containment: float = 0.8) -> None:
        self.threshold = threshold
        self.containment = containment
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_JACCARD), num_perm=num_perm)
        self._lead_lsh = MinHashLSH(threshold=LEAD_JACCARD, num_perm=LEAD_PERM)
        # Permutations generated once and shared; crc32 (C) hashes shingles ~10x faster than sha1 in Python.
        self._template = MinHash(num_perm=num_perm, seed=1, hashfunc=zlib.crc32)
        self._lead_template = MinHash(num_perm=LEAD_PERM, seed=1, hashfunc=zlib.crc32)
        self._sketches: dict[str, _Sketch] = {}
        self._exact: dict[str, str] = {}  # fingerprint -> first article id
        self._root: dict[str, str] = {}  # article id -> its original (itself when original)

    @classmethod
    def from_articles(cls, existing: Iterable[Article], threshold: float = 0.8) -> Deduplicator:
        dedup = cls(threshold)
        dedup.seed(existing)
        return dedup

    def seed(self, articles: Iterable[Article]) -> None:
        """Register stored articles as they are (their own ``copy_of`` is trusted, not recomputed)."""
        for article in articles:
            self._register(article, article.copy_of)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._root

    @staticmethod
    def _minhash(template: MinHash, items: set[bytes]) -> MinHash:
        mh = MinHash(num_perm=len(template.hashvalues), seed=1, permutations=template.permutations,
                     scheme=template.scheme, hashfunc=zlib.crc32)
        mh.update_batch(list(items))
        return mh

    def _sketch(self, text: str) -> _Sketch:
        whole = shingles(text)
        return _Sketch(self._minhash(self._template, whole), self._minhash(self._lead_template, shingles(lead(text))),
                       sample(whole))

    def _register(self, article: Article, copy_of: str | None, sketch: _Sketch | None = None) -> None:
        if article.id in self._root:
            return
        sketch = sketch if sketch is not None else self._sketch(article.text)
        self._sketches[article.id] = sketch
        self._lsh.insert(article.id, sketch.whole)
        self._lead_lsh.insert(article.id, sketch.lead)
        self._exact.setdefault(text_fingerprint(article.text), article.id)
        self._root[article.id] = self._root.get(copy_of, copy_of) if copy_of else article.id

    def _score(self, sketch: _Sketch, candidate: str) -> float | None:
        """How much the candidate and the text repeat each other, when they are copies (else None)."""
        other = self._sketches[candidate]
        jaccard = sketch.whole.jaccard(other.whole)
        if jaccard >= self.threshold:
            return 1.0 + jaccard  # a whole copy ranks above a contained one
        contained = containment(sketch.sample, other.sample)
        return contained if contained is not None and contained >= self.containment else None

    def _original(self, article: Article, sketch: _Sketch) -> str | None:
        if article.id in self._root:
            root = self._root[article.id]
            return None if root == article.id else root
        exact = self._exact.get(text_fingerprint(article.text))
        if exact is not None:
            return self._root[exact]
        best: tuple[float, str] | None = None
        # LSH only proposes; each candidate must clear a threshold itself.
        for candidate in sorted(set(self._lsh.query(sketch.whole)) | set(self._lead_lsh.query(sketch.lead))):
            score = self._score(sketch, candidate)
            if score is not None and (best is None or score > best[0]):
                best = (score, candidate)
        return self._root[best[1]] if best else None

    def original_of(self, article: Article) -> str | None:
        """The id of the earlier article this one copies, or None (does not register it)."""
        return self._original(article, self._sketch(article.text))

    def add(self, article: Article) -> Article:
        """Register the article; return it with ``copy_of`` set when it repeats an earlier one."""
        sketch = self._sketch(article.text)
        original = self._original(article, sketch)
        marked = dataclasses.replace(article, copy_of=original) if original and original != article.copy_of \
            else article
        self._register(marked, marked.copy_of, sketch)
        return marked
