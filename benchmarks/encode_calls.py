"""Who asks MiniLM for vectors during a fresh run's fusion, how often and at what cost.

    python benchmarks/encode_calls.py STORE.db

Runs ``run.fuse_store --full`` on a temporary copy of an analyzed store whose vector cache is
emptied (the fusion of a fresh ``storyline analyze`` of that corpus) and counts, per caller of
``Embedder.encode`` (the claims step's close calls, its exact cosines of contents and of clauses,
the denial rules' phrases), the calls, the distinct texts and their CPU time, plus the store's
vector-cache lookups. The counts
say whether a change that batches or skips encodes can pay off before it is written.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from storyline.analyze import embed
from storyline.store.sql import SqlStore

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuse_profile import cold_store

#: the first of these function names found up the stack names the caller
CALLERS = ("exact_sim", "clause_sim", "text_sims", "Linker.__init__", "vectors")


class Counts:
    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.texts: Counter[str] = Counter()
        self.cpu: Counter[str] = Counter()
        self.lookups = 0
        self.lookup_cpu = 0.0


def _caller() -> str:
    for frame in reversed(traceback.extract_stack()[:-2]):
        for name in CALLERS:
            if frame.name == name.split(".")[-1]:
                return name
    return "other"


def instrument(counts: Counts) -> None:
    encode, get_vectors = embed.Embedder.encode, SqlStore.get_vectors

    def counted_encode(self: embed.Embedder, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        where, t0 = _caller(), time.process_time()
        out = encode(self, texts, batch_size)
        counts.cpu[where] += time.process_time() - t0
        counts.calls[where] += 1
        counts.texts[where] += len(set(texts))
        return out

    def counted_lookup(self: SqlStore, keys: Sequence[str]) -> dict[str, bytes]:
        t0 = time.process_time()
        out = get_vectors(self, keys)
        counts.lookups += 1
        counts.lookup_cpu += time.process_time() - t0
        return out

    embed.Embedder.encode = counted_encode  # type: ignore[method-assign]
    SqlStore.get_vectors = counted_lookup  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db")
    a = ap.parse_args()
    from storyline.run import fuse_store

    counts = Counts()
    instrument(counts)
    with cold_store(a.db) as (store, config, resources):
        t0 = time.process_time()
        fuse_store(store, config, resources, full=True)
        total = time.process_time() - t0
    print(f"fusion (fuse_store --full, empty vector cache): {total:.1f} s CPU; "
          f"MiniLM {sum(counts.cpu.values()):.1f} s of it")
    for where in sorted(counts.calls, key=counts.cpu.__getitem__, reverse=True):
        print(f"  {where:16s} {counts.calls[where]:6d} calls {counts.texts[where]:6d} texts "
              f"{counts.cpu[where]:6.2f} s CPU")
    print(f"  vector-cache lookups: {counts.lookups} ({counts.lookup_cpu:.2f} s CPU)")


if __name__ == "__main__":
    main()
