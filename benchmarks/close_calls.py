"""Which MiniLM encodes of the claims step does a rule read? Counts on an analyzed store.

    python benchmarks/close_calls.py STORE.db

Fusion's claims step gives MiniLM vectors only to the contents whose static vector has a neighbour at
``CLOSE_FLOOR`` or more (``CloseCallEncoder``); the others keep their static vectors. This runs the
shipped fusion steps (default ``Config``, the store read only) and records, without changing anything:
the contents sent to MiniLM, the candidate pairs, the pairs whose cosine a rule reads (``Linker.sim``),
and the contents the denial rules encode exactly (``Linker.exact_sim``). An encode that no rule reads
could be skipped without changing a decision; the difference between static and MiniLM cosines on the
pairs read says how far the static vectors are from standing in for MiniLM there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from storyline.analyze import embed  # noqa: E402
from storyline.fuse import claim_links  # noqa: E402

_seen: dict[str, Any] = {"read": set(), "exact": set(), "pairs": 0}


def _record() -> None:
    """Wrap the encoder and the Linker's similarity calls so that they note what they are asked."""
    encode, sim, exact, candidates = (embed.CloseCallEncoder.encode, claim_links.Linker.sim,
                                      claim_links.Linker.exact_sim, claim_links.Linker.candidates)

    def close_encode(self: embed.CloseCallEncoder, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        vecs = encode(self, texts, batch_size)
        fast = self.fast.encode(texts)
        _seen.update(texts=list(texts), fast=fast, mixed=vecs,
                     close=set(np.flatnonzero(embed.has_close_neighbour(fast, self.floor)).tolist()))
        return vecs

    def read_sim(self: claim_links.Linker, i: int, j: int) -> tuple[float, float]:
        _seen["read"].add((min(i, j), max(i, j)))
        return sim(self, i, j)

    def read_exact(self: claim_links.Linker, i: int, j: int) -> tuple[float, float]:
        _seen["exact"].update((i, j))
        return exact(self, i, j)

    def counted(self: claim_links.Linker) -> Iterable[tuple[int, int]]:
        pairs = list(candidates(self))
        _seen["pairs"] = len(pairs)
        return pairs

    embed.CloseCallEncoder.encode = close_encode  # type: ignore[method-assign]
    claim_links.Linker.sim = read_sim  # type: ignore[method-assign]
    claim_links.Linker.exact_sim = read_exact  # type: ignore[method-assign]
    claim_links.Linker.candidates = counted  # type: ignore[method-assign]


def report() -> str:
    texts, close, read = _seen["texts"], _seen["close"], _seen["read"]
    in_read = {k for pair in read for k in pair}
    both = [p for p in read if p[0] in close and p[1] in close]
    fast, mixed = _seen["fast"], _seen["mixed"]
    gaps = np.array([abs(float(fast[i] @ fast[j]) - float(mixed[i] @ mixed[j])) for i, j in both])
    lines = [f"claims {len(texts)} ({len(set(texts))} distinct contents)",
             f"sent to MiniLM (close calls): {len(close)} claims, {len({texts[i] for i in close})} distinct contents",
             f"candidate pairs {_seen['pairs']}; pairs whose cosine a rule read {len(read)}",
             f"MiniLM claims in a read pair: {len(close & in_read)} of {len(close)}",
             f"read pairs with both sides from MiniLM: {len(both)} "
             f"(covering {len({k for p in both for k in p})} claims)",
             f"claims the denial rules encoded exactly: {len(_seen['exact'])}"]
    if len(gaps):
        lines.append(f"|static - MiniLM| cosine on those pairs: mean {gaps.mean():.3f}, "
                     f"90th percentile {np.quantile(gaps, 0.9):.3f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db")
    a = ap.parse_args()
    _record()
    import fuse_profile

    sys.argv = ["fuse_profile.py", a.db]  # the shipped steps on the stored analyses, nothing written
    fuse_profile.main()
    print(report())


if __name__ == "__main__":
    main()
