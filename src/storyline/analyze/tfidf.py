"""TF-IDF vectors of texts: content words, sparse unit rows, and dense (exact or hashed) matrices."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from storyline.lexicons.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-cased content words (no function words, no numbers)."""
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if len(w) > 1 and w not in STOPWORDS]


def sparse_tfidf(texts: Sequence[str], extra: Sequence[str] = ()) -> list[dict[str, float]]:
    """Unit-length sparse TF-IDF (sublinear tf) per text, idf over ``texts``; ``extra`` rows use that idf."""
    return weigh([Counter(tokens(t)) for t in (*texts, *extra)], fit=len(texts))


def weigh(docs: Sequence[Mapping[str, int]], fit: int, smooth: bool = False) -> list[dict[str, float]]:
    """Unit-length sparse TF-IDF rows of term counts (sublinear tf), the idf taken over the first ``fit`` rows
    (later rows keep only those rows' terms). ``smooth`` adds 1 to the idf, so a term every row has still
    counts a little."""
    df: Counter[str] = Counter()
    for d in docs[:fit]:
        df.update(d.keys())
    n, add = max(fit, 1), 1.0 if smooth else 0.0
    out = []
    for d in docs:
        vec = {w: (1.0 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + add) for w, c in d.items() if w in df}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({w: v / norm for w, v in vec.items() if v > 0})
    return out


def _bucket(word: str, dim: int) -> tuple[int, float]:
    """A stable (not per-process salted) bucket and sign for the hashing trick."""
    h = zlib.crc32(word.encode("utf-8"))
    return h % dim, (1.0 if (h >> 31) & 1 else -1.0)


def dense(rows: Sequence[Mapping[str, float]], max_dim: int = 4096) -> np.ndarray:
    """Dense unit rows: exact when the vocabulary fits in ``max_dim``, else signed feature hashing.

    Hashing keeps inner products unbiased, so cosines stay close while memory
    stays bounded on large corpora.
    """
    vocab = sorted({w for r in rows for w in r})
    exact = len(vocab) <= max_dim
    index = {w: (i, 1.0) for i, w in enumerate(vocab)} if exact else {w: _bucket(w, max_dim) for w in vocab}
    mat = np.zeros((len(rows), max(len(vocab), 1) if exact else max_dim), dtype=np.float32)
    for r, row in enumerate(rows):
        for w, v in row.items():
            col, sign = index[w]
            mat[r, col] += sign * v
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    return mat / np.clip(norms, 1e-12, None)


def tfidf_vectors(texts: Sequence[str], extra: Sequence[str] = ()) -> np.ndarray:
    """Dense TF-IDF rows for ``texts`` (+ ``extra``, e.g. a query, with the idf of ``texts``).

    The lexical fallback when MiniLM is switched off, and the baseline of the
    story evaluation.
    """
    return dense(sparse_tfidf(texts, extra))
