"""MiniLM and static embeddings: hash-checked files, normalized vectors, batch-independent, cached in the store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from storyline.analyze import embed
from storyline.analyze.embed import (
    STATIC_FILE,
    CachedEmbedder,
    CloseCallEncoder,
    Embedder,
    EmbeddingModelError,
    StaticEmbedder,
    has_close_neighbour,
    length_batches,
    model_files,
    static_file,
)
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


class CountingStore:
    """A vector store that counts the keys it is asked for."""

    def __init__(self, held: dict[str, bytes] | None = None) -> None:
        self.held = dict(held or {})
        self.asked: list[list[str]] = []

    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        self.asked.append(list(keys))
        return {k: self.held[k] for k in keys if k in self.held}

    def put_vectors(self, vectors: dict[str, bytes]) -> None:
        self.held.update(vectors)


def test_embed_cache_looked_up_once_then_encodes_without_asking_the_store() -> None:
    emb = Embedder.load()
    held = {CachedEmbedder.key(TEXTS[0]): emb.encode(TEXTS[:1])[0].tobytes()}
    store = CountingStore(held)
    cache = CachedEmbedder(emb, store)
    cache.look_up(TEXTS)
    assert len(store.asked) == 1
    assert cache.absent == {CachedEmbedder.key(t) for t in TEXTS[1:]}
    for t in TEXTS:  # one at a time, as the claim rules ask
        assert np.array_equal(cache.encode([t]), emb.encode([t]))
    assert store.asked[1:] == [[CachedEmbedder.key(TEXTS[0])]]  # only the held one is fetched
    assert (cache.hits, cache.misses) == (1, 3)
    cache.flush()
    assert not cache.absent  # written now: a later call reads it from the store


def test_embed_cache_writes_new_vectors_once_it_holds_flush_at(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "FLUSH_AT", 3)
    emb = Embedder.load()
    store = CountingStore()
    cache = CachedEmbedder(emb, store)
    first = cache.encode(TEXTS[:2])
    assert len(cache.pending) == 2 and not store.held  # fewer than FLUSH_AT: held
    assert np.array_equal(cache.encode(TEXTS[2:]), emb.encode(TEXTS[2:]))
    assert not cache.pending and set(store.held) == {CachedEmbedder.key(t) for t in TEXTS}  # written
    assert np.array_equal(cache.encode(TEXTS[:2]), first)  # read back from the store, the same vectors
    assert (cache.hits, cache.misses) == (2, 4)


def test_close_call_encoder_looks_up_the_texts_it_leaves_static() -> None:
    store = CountingStore()
    enc = CloseCallEncoder(StaticEmbedder.load(), CachedEmbedder(Embedder.load(), store))
    texts = ["The minister resigned on Monday.", "On Monday the minister resigned.", "Rain is expected."]
    enc.encode(texts)
    assert enc.exact_texts == 2
    assert store.asked[-1] == [CachedEmbedder.key(texts[2])]  # the static one, asked once


def test_embed_length_batches_bound_padding() -> None:
    texts = sorted(["x" * n for n in (5, 40, 40, 300, 900, 2000, 2000, 5000)] + ["short one"] * 100, key=len)
    batches = length_batches(texts, 64, 64 * 256)
    assert [t for b in batches for t in b] == texts
    for b in batches:
        assert len(b) <= 64
        assert len(b) == 1 or len(b) * max(map(len, b)) <= 64 * 256


def test_embed_length_batches_by_a_given_size() -> None:
    texts = ["a", "bb", "ccc", "dddd"]
    pieces = {"a": 4, "bb": 4, "ccc": 4, "dddd": 9}.__getitem__  # word pieces need not follow characters
    assert length_batches(texts, 8, 12, size=pieces) == [["a", "bb", "ccc"], ["dddd"]]


@contextmanager
def recording(emb: Embedder) -> Iterator[list[list[str]]]:
    """The batches ``emb`` sends to the model while the block runs."""
    seen: list[list[str]] = []
    real = emb._encode_batch

    def counting(batch: list[str], *rest: Any) -> np.ndarray:
        seen.append(batch)
        return real(batch, *rest)

    emb._encode_batch = counting  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        del emb._encode_batch


def test_embed_batches_texts_of_equal_word_pieces_together(monkeypatch: pytest.MonkeyPatch) -> None:
    emb = Embedder.load()
    monkeypatch.setattr(embed, "SHORT_BATCH_TOKENS", 0)  # batches of batch_size texts, however short
    with recording(emb) as seen:  # "1,234,567" is short in characters and long in word pieces
        emb.encode(["1,234,567,891", "It was said.", "They met.", "We agreed on it."], batch_size=2)
    assert seen == [["They met.", "It was said."], ["We agreed on it.", "1,234,567,891"]]  # 5, 6 | 7, 11 pieces


def test_embed_batches_more_short_texts_together() -> None:
    """Short texts go more than ``batch_size`` to a batch, up to SHORT_BATCH_TOKENS padded word pieces; longer
    ones ``batch_size`` at most; the vectors are those each text gets alone."""
    emb = Embedder.load()
    words = ["harbour", "strike", "wage", "ferry", "mayor", "bridge", "river", "storm", "vote", "court", "price",
             "grain"]  # 3 word pieces each with the markers
    long = [f"The council of Lesk voted {n} times on the harbour budget of the port authority before the dockers' "
            f"strike ended on Tuesday, the mayor of Orvani told reporters." for n in range(6)]  # 30 pieces or more
    with recording(emb) as seen:
        vecs = emb.encode(words + long, batch_size=4)
    assert [len(b) for b in seen] == [12, 4, 2]  # twelve words in one batch; the long ones four at most
    alone = np.vstack([emb.encode([t]) for t in words + long])
    assert np.array_equal(vecs, alone)


def test_embed_encodes_each_distinct_text_once_in_input_order() -> None:
    emb = Embedder.load()
    texts = [TEXTS[2], TEXTS[0], TEXTS[2], TEXTS[3]]
    with recording(emb) as seen:
        vecs = emb.encode(texts)
    assert sorted(t for b in seen for t in b) == sorted({*texts})
    assert np.array_equal(vecs[0], vecs[2])
    assert np.array_equal(vecs, np.vstack([emb.encode([t]) for t in texts]))


def test_static_embed_file_is_hash_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert static_file().name == STATIC_FILE
    monkeypatch.setattr(embed, "STATIC_SHA256", "0" * 64)
    with pytest.raises(EmbeddingModelError, match=r"distill_static\.py"):
        static_file()


def test_static_embed_vectors_normalized_meaningful_and_close_to_minilm() -> None:
    static = StaticEmbedder.load()
    vecs = static.encode(TEXTS)
    assert vecs.shape == (4, Embedder.dim) and static.dim == Embedder.dim
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    sims = vecs @ vecs.T
    assert sims[0, 1] > 0.7 > sims[0, 2]  # a paraphrase is closer than another topic
    minilm = Embedder.load().encode(TEXTS)
    # the linear map puts static vectors in MiniLM's space: each text is nearest its own MiniLM vector
    cross = vecs @ minilm.T
    assert list(cross.argmax(axis=1)) == [0, 1, 2, 3] and cross.diagonal().min() > 0.5


def test_static_embed_is_the_mapped_mean_of_word_pieces() -> None:
    static = StaticEmbedder.load()
    text = TEXTS[2]
    ids = static.tokenizer.encode(text, add_special_tokens=False).ids
    expected = (static.table[ids] * static.scales[ids, None]).mean(axis=0) @ static.linear
    expected /= np.linalg.norm(expected)
    assert np.allclose(static.encode([text])[0], expected, atol=1e-5)
    # a text's vector does not depend on the other texts encoded with it
    assert np.array_equal(static.encode([TEXTS[0], text])[1], static.encode([text])[0])


def test_static_embed_empty_text_is_zero_vector() -> None:
    vecs = StaticEmbedder.load().encode(["", "   ", TEXTS[0]])
    assert not vecs[0].any() and not vecs[1].any() and vecs[2].any()
    assert StaticEmbedder.load().encode([]).shape == (0, Embedder.dim)


def test_close_call_encoder_gives_exact_vectors_to_close_texts_only() -> None:
    texts = [*TEXTS, "Quarterly dividend of ten cents declared by the board of Arlo Mills."]
    enc = CloseCallEncoder(StaticEmbedder.load(), Embedder.load())
    vecs = enc.encode(texts)
    static, minilm = StaticEmbedder.load().encode(texts), Embedder.load().encode(texts)
    # the two car-bomb paraphrases are close to each other: MiniLM decides them; the others stay static
    assert enc.exact_texts == 2
    assert np.array_equal(vecs[:2], minilm[:2]) and np.array_equal(vecs[2:], static[2:])


def test_close_call_encoder_counts_only_neighbours_of_another_key_and_text() -> None:
    """``apart``: a close neighbour with the same key (a pair the caller never decides by its cosine) or the
    same text (cosine 1 with either kind of vector) leaves a text static; one of another key makes it exact,
    and every row of that text with it."""
    static, minilm = StaticEmbedder.load(), Embedder.load()
    enc = CloseCallEncoder(static, minilm)
    car, port, harbor = TEXTS[0], TEXTS[1], TEXTS[2]
    one_key = enc.encode([car, port, harbor], apart=["a", "a", "a"])
    assert enc.exact_texts == 0 and np.array_equal(one_key, static.encode([car, port, harbor]))
    copies = enc.encode([car, car, harbor], apart=["a", "b", "c"])  # a copy of a text in another article
    assert enc.exact_texts == 0 and np.array_equal(copies, static.encode([car, car, harbor]))
    mixed = enc.encode([car, port, car, harbor], apart=["a", "a", "b", "c"])
    # the copy keyed "b" has a paraphrase keyed "a": the text is exact in both its rows
    assert enc.exact_texts == 2 and list(enc.exact_rows) == [0, 1, 2]
    assert np.array_equal(mixed[:3], minilm.encode([car, port, car]))
    assert np.array_equal(mixed[3], static.encode([harbor])[0])


def test_has_close_neighbour_apart_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "_CLOSE_CELLS", 3)  # one row per block
    vecs = np.array([[1.0, 0.0], [1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    assert list(has_close_neighbour(vecs, 0.75)) == [True, True, True, True]
    assert list(has_close_neighbour(vecs, 0.75, apart=(np.array([0, 0, 1, 1]),))) == [False, False, False, False]
    assert list(has_close_neighbour(vecs, 0.75, apart=(np.array([0, 1, 2, 2]),))) == [True, True, False, False]


def test_has_close_neighbour_blocks_and_ignores_self(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "_CLOSE_CELLS", 3)  # one row per block
    vecs = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.6, 0.8]])
    assert list(has_close_neighbour(vecs, 0.9)) == [True, False, True, False]
    assert list(has_close_neighbour(vecs, 0.75)) == [True, True, True, True]



def test_embed_pads_a_batch_without_changing_a_texts_vector() -> None:
    """Texts of unequal length share a batch (padded to the longest, the padding masked out): each keeps the
    vector it gets alone, and a text given once more in another call is tokenized again the same way."""
    emb = Embedder.load()
    texts = ["They met.", "The mayor of Orvani said the bridge over the Sarn would reopen on Monday."]
    with recording(emb) as seen:
        together = emb.encode(texts)
    assert seen == [texts]  # one batch of a short and a long text
    alone = np.vstack([emb.encode([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-6)
    assert np.array_equal(emb._encode_batch([texts[1]]), emb.encode([texts[1]]))
