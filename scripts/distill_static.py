"""Rebuild ``src/storyline/data/minilm-static.npy``: a static embedding distilled from the shipped MiniLM.

    .venv/bin/python scripts/distill_static.py [--dims 256] [--sif 1e-4] [--reuters ../shared/eval/reuters21578]

Token vectors follow model2vec's recipe (no torch, no corpus):
1. every word piece of the MiniLM vocabulary goes through the int8 ONNX model on its own, as
   ``[SEP] piece [CLS]`` (model2vec found the reversed special tokens work better), and the output
   vectors of the three positions are averaged;
2. the table is centred and reduced with PCA to ``--dims`` components (each component's sign fixed so
   that its largest loading is positive, which makes the result unique);
3. each row is weighted by SIF, ``a / (a + p)``, with ``p`` the Zipf probability of its vocabulary rank
   (BERT's word pieces are numbered roughly by frequency), so frequent pieces weigh less in a mean;
4. rows are stored as int8 with one float32 scale each.

Then a linear map from the mean of a text's word-piece vectors to MiniLM's 384-d sentence vector is fitted
by ridge regression on news text (sentences and leads of 1,000 Reuters-21578 articles, articles 2000,
2008, 2016, ...; the 1k/2k benchmark sets are not among them), so static vectors approximate MiniLM's: on
held-out news the rank correlation of pair cosines with MiniLM's rises from about 0.6 to about 0.75-0.83.
The file holds three ``np.save`` arrays: int8 table, row scales, map.

The run is deterministic (one ONNX thread, one BLAS thread; no dates in the file). It prints the file's
sha256 and writes it into ``analyze/embed.py`` (``STATIC_SHA256``), which checks it at load.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy: one thread, same bits on every run

import numpy as np

from storyline.analyze import embed

CLS, SEP = 101, 102  # bert-base-uncased special tokens, as in MiniLM's tokenizer.json
ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "eval" / "reuters21578"
FIT_FIRST, FIT_STEP, FIT_ARTICLES = 2000, 8, 1000  # which Reuters articles the map is fitted on
RIDGE = 0.1


def token_vectors(model: embed.Embedder, batch: int = 1024) -> np.ndarray:
    """Mean output of ``[SEP] piece [CLS]`` for every vocabulary id, in id order."""
    n = model.tokenizer.get_vocab_size()
    out = []
    for start in range(0, n, batch):
        ids = np.arange(start, min(n, start + batch), dtype=np.int64)
        x = np.stack([np.full_like(ids, SEP), ids, np.full_like(ids, CLS)], axis=1)
        feeds = {"input_ids": x, "attention_mask": np.ones_like(x)}
        if "token_type_ids" in model.input_names:
            feeds["token_type_ids"] = np.zeros_like(x)
        out.append(model.session.run(None, feeds)[0].mean(axis=1))
    return np.vstack(out).astype(np.float64)


def pca(x: np.ndarray, dims: int) -> np.ndarray:
    """Centred projection on the top ``dims`` principal components, signs fixed."""
    x = x - x.mean(axis=0)
    eigval, eigvec = np.linalg.eigh(x.T @ x)
    comps = eigvec[:, np.argsort(eigval)[::-1][:dims]]
    signs = np.sign(comps[np.abs(comps).argmax(axis=0), np.arange(comps.shape[1])])
    return x @ (comps * signs)


def sif_weights(n: int, a: float) -> np.ndarray:
    inv_rank = 1.0 / np.arange(2, n + 2)
    return a / (a + inv_rank / inv_rank.sum())


def quantize(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scales = np.abs(x).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    return np.round(x / scales[:, None]).astype(np.int8), scales.astype(np.float32)


def fit_texts(reuters: Path) -> list[str]:
    """Sentences (up to 600 characters) and leads (title + five sentences, 450 characters) of news articles."""
    import spacy

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from reuters import iter_reuters

    records = list(iter_reuters(reuters))[FIT_FIRST::FIT_STEP][:FIT_ARTICLES]
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    texts: set[str] = set()
    for rec, doc in zip(records, nlp.pipe(str(r["text"]) for r in records), strict=True):
        sents = [s.text.strip() for s in doc.sents if len(s.text.strip()) > 20]
        texts.update(s[:600] for s in sents)
        texts.add(" ".join([rec["title"] or "", *sents[:5]])[:450])
    return sorted(texts)


def fit_map(static: embed.StaticEmbedder, model: embed.Embedder, texts: list[str]) -> np.ndarray:
    """Ridge regression from normalized static sums to MiniLM vectors."""
    x = static.encode(texts).astype(np.float64)
    y = model.encode(texts).astype(np.float64)
    return np.linalg.solve(x.T @ x + RIDGE * np.eye(x.shape[1]), x.T @ y).astype(np.float32)


def build(out: Path, dims: int, sif: float, reuters: Path) -> str:
    model = embed.Embedder(*embed.model_files())
    t0 = time.perf_counter()
    table = pca(token_vectors(model), dims) * sif_weights(model.tokenizer.get_vocab_size(), sif)[:, None]
    q, scales = quantize(table)
    identity = np.eye(dims, dtype=np.float32)
    texts = fit_texts(reuters)
    linear = fit_map(embed.StaticEmbedder(q, scales, identity, embed.model_files()[1]), model, texts)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as f:
        for array in (q, scales, linear):
            np.save(f, array, allow_pickle=False)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{out}: {q.shape[0]} word pieces x {dims} dims, map fitted on {len(texts)} texts, "
          f"{out.stat().st_size / 1e6:.1f} MB, "
          f"{time.perf_counter() - t0:.0f} s, sha256 {digest}")
    return digest


def record_hash(digest: str) -> None:
    path = ROOT / "src" / "storyline" / "analyze" / "embed.py"
    text = re.sub(r'^STATIC_SHA256 = "[0-9a-f]*"', f'STATIC_SHA256 = "{digest}"', path.read_text(), flags=re.M)
    path.write_text(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dims", type=int, default=256)
    ap.add_argument("--sif", type=float, default=1e-4)
    ap.add_argument("--reuters", type=Path, default=REUTERS, help="Reuters-21578 SGML folder (fits the map)")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "storyline" / "data" / embed.STATIC_FILE)
    ap.add_argument("--no-record", action="store_true", help="do not write the hash into analyze/embed.py")
    a = ap.parse_args()
    digest = build(a.out, a.dims, a.sif, a.reuters)
    if not a.no_record:
        record_hash(digest)


if __name__ == "__main__":
    main()
