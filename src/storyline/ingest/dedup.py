"""Exact and near-duplicate detection: a copy is kept and marked ``copy_of`` its original, never dropped.

MinHash over word 5-shingles estimates the Jaccard similarity of two texts;
LSH finds candidates without comparing every pair. A wire story reprinted by
three outlets becomes one original and two copies, which is what corroboration
needs (copies count once).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import zlib
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from storyline.model import Article

NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+")


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


class Deduplicator:
    """Marks articles that repeat an earlier one (exactly or at ``threshold`` estimated Jaccard).

    Order matters: the first article seen is the original. Seed it with the
    articles already stored (:meth:`from_articles` / :meth:`seed`) so that a
    later run still finds copies of stored articles.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        # Permutations generated once and shared; crc32 (C) hashes shingles ~10x faster than sha1 in Python.
        self._template = MinHash(num_perm=num_perm, seed=1, hashfunc=zlib.crc32)
        self._hashes: dict[str, MinHash] = {}
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

    def _minhash(self, text: str) -> MinHash:
        mh = MinHash(num_perm=self.num_perm, seed=1, permutations=self._template.permutations,
                     scheme=self._template.scheme, hashfunc=zlib.crc32)
        mh.update_batch(list(shingles(text)))
        return mh

    def _register(self, article: Article, copy_of: str | None, mh: MinHash | None = None) -> None:
        if article.id in self._root:
            return
        mh = mh if mh is not None else self._minhash(article.text)
        self._hashes[article.id] = mh
        self._lsh.insert(article.id, mh)
        self._exact.setdefault(text_fingerprint(article.text), article.id)
        self._root[article.id] = self._root.get(copy_of, copy_of) if copy_of else article.id

    def _original(self, article: Article, mh: MinHash) -> str | None:
        if article.id in self._root:
            root = self._root[article.id]
            return None if root == article.id else root
        exact = self._exact.get(text_fingerprint(article.text))
        if exact is not None:
            return self._root[exact]
        best: tuple[float, str] | None = None
        for candidate in self._lsh.query(mh):
            # LSH only proposes; the estimate must clear the threshold itself.
            score = mh.jaccard(self._hashes[candidate])
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, candidate)
        return self._root[best[1]] if best else None

    def original_of(self, article: Article) -> str | None:
        """The id of the earlier article this one copies, or None (does not register it)."""
        return self._original(article, self._minhash(article.text))

    def add(self, article: Article) -> Article:
        """Register the article; return it with ``copy_of`` set when it repeats an earlier one."""
        mh = self._minhash(article.text)
        original = self._original(article, mh)
        marked = dataclasses.replace(article, copy_of=original) if original and original != article.copy_of \
            else article
        self._register(marked, marked.copy_of, mh)
        return marked
