"""MiniLM embeddings: hash-checked files, normalized vectors, batch-independent, cached in the store."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from storyline.analyze.embed import CachedEmbedder, Embedder, length_batches, model_files
from storyline.store import open_store

TEXTS = ["A car bomb killed nine people in the port of Velmont.",
         "Nine people died when a car bomb exploded in Velmont's port.",
         "The harbor minister resigned on Tuesday.", "Short."]


def test_embed_model_files_are_hash_checked() -> None:
    model, tokenizer = model_files()
    assert model.name == "model.onnx" and tokenizer.name == "tokenizer.json"


def test_embed_vectors_normalized_and_meaningful() -> None:
    vecs = Embedder.load().encode(TEXTS)
    assert vecs.shape == (4, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    sims = vecs @ vecs.T
    assert sims[0, 1] > 0.7 > sims[0, 2]  # a paraphrase is closer than another topic


def test_embed_same_vector_whatever_the_batch() -> None:
    emb = Embedder.load()
    alone = np.vstack([emb.encode([t]) for t in TEXTS])
    assert np.array_equal(emb.encode(TEXTS, batch_size=3), alone)


def test_embed_cache_reuses_stored_vectors(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    first = CachedEmbedder(Embedder.load(), store)
    vecs = first.encode(TEXTS + TEXTS[:1])
    assert (first.misses, first.hits) == (5, 0)  # misses count positions; the repeat is encoded once
    assert np.array_equal(vecs, Embedder.load().encode(TEXTS + TEXTS[:1]))
    first.flush()
    second = CachedEmbedder(Embedder.load(), store)
    assert np.array_equal(second.encode(TEXTS), vecs[:4])
    assert (second.misses, second.hits) == (0, 4)


def test_embed_length_batches_bound_padding() -> None:
    texts = sorted(["x" * n for n in (5, 40, 40, 300, 900, 2000, 2000, 5000)] + ["short one"] * 100, key=len)
    batches = length_batches(texts, 64, 64 * 256)
    assert [t for b in batches for t in b] == texts
    for b in batches:
        assert len(b) <= 64
        assert len(b) == 1 or len(b) * max(map(len, b)) <= 64 * 256


def test_embed_encodes_each_distinct_text_once_in_input_order() -> None:
    emb = Embedder.load()
    seen: list[list[str]] = []
    real = emb._encode_batch

    def counting(batch: list[str]) -> np.ndarray:
        seen.append(batch)
        return real(batch)

    emb._encode_batch = counting  # type: ignore[method-assign]
    try:
        texts = [TEXTS[2], TEXTS[0], TEXTS[2], TEXTS[3]]
        vecs = emb.encode(texts)
    finally:
        del emb._encode_batch
    assert sorted(t for b in seen for t in b) == sorted({*texts})
    assert np.array_equal(vecs[0], vecs[2])
    assert np.array_equal(vecs, np.vstack([emb.encode([t]) for t in texts]))
