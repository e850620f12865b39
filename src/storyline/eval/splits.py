"""Which part of a dataset an evaluation reads: ``PATH`` itself, or the part ``--split`` names under it.

Every ``storyline eval`` takes any split of its dataset: the path of the
split itself (a ``test`` file or folder), or the dataset's folder with
``--split NAME``, which picks the folder or file of that name under it
(``test/``, ``test.json``) or the one file whose name contains it
(``conllpp_test.txt`` for ``test``). Readers with a split of their own
(ECB+ topics, PolNeAR's ``data/<split>``, MEANTIME corpora) handle it
themselves.
"""

from __future__ import annotations

from pathlib import Path


def pick(path: Path, split: str | None, suffix: str = "") -> Path:
    """The file or folder of ``split`` under ``path`` (``path`` itself without a split, or with ``all``)."""
    path = Path(path)
    if split in (None, "", "all"):
        return path
    if path.is_file():
        raise FileNotFoundError(f"{path} is one file already; give its folder with --split {split}, "
                                f"or the file of the {split!r} split itself")
    for cand in (path / split, path / f"{split}{suffix}"):
        if cand.exists():
            return cand
    named = sorted(p for p in path.iterdir() if split in p.name and (not suffix or p.suffix == suffix or p.is_dir()))
    if len(named) == 1:
        return named[0]
    have = ", ".join(sorted(p.name for p in path.iterdir())) or "nothing"
    raise FileNotFoundError(f"{path}: no single file or folder for split {split!r} (here: {have})")
