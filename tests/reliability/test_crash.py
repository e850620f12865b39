"""Fault injection: ``storyline analyze`` killed with SIGKILL at seeded random points of each stage.

Scenario (a small made-up corpus in two folders, like a user adding articles): run A stores and fuses
the first folder, run B adds the second. For each seed one of the two runs is killed in a chosen stage (ingest,
analysis, fusion or saving) after a random delay, sometimes the repairing run is killed too, then the
same command is run again (or ``storyline resolve --incremental`` when the kill came after analysis).
The final store must equal an uninterrupted run's row for row, pass ``PRAGMA integrity_check`` and hold
no duplicates.

``STORYLINE_FAULT_SEEDS=N`` runs N seeds (CI: 8, one of each stage per run). ``STORYLINE_FAULT_LOG=FILE``
appends one JSON line per injected fault (the README figures come from such a log).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from random import Random

import pytest

from tests.reliability.harness import (
    CORPUS,
    N_FIRST,
    N_SECOND,
    STAGES,
    differences,
    integrity,
    run_and_kill,
    run_cli,
    run_stamped,
    stage_times,
)

SEEDS = int(os.environ.get("STORYLINE_FAULT_SEEDS", "8"))
FAULT_LOG = os.environ.get("STORYLINE_FAULT_LOG")



def _files() -> tuple[list[Path], list[Path]]:
    return [CORPUS / "a"], [CORPUS / "b"]


def _args(files: list[Path], db: Path) -> list[str | Path]:
    return ["analyze", *files, "--db", db, "-q"]


def _copy_store(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Uninterrupted runs A then B: the stores after each, and how long each stage took."""
    tmp = tmp_path_factory.mktemp("reference")
    first, second = _files()
    db = tmp / "ref.db"
    timings: dict[str, dict[str, float]] = {}
    for name, files in (("A", first), ("B", second)):
        code, lines = run_stamped(_args(files, db))
        assert code == 0, "\n".join(line for _, line in lines[-30:])
        timings[name] = stage_times("", 0.0, lines)
        if name == "A":
            _copy_store(db, tmp / "after_a.db")
    assert integrity(db) == []
    return {"db": db, "after_a": tmp / "after_a.db", "timings": timings, "files": (first, second)}


def _plan(seed: int, timings: dict[str, dict[str, float]]) -> tuple[str, str, float, bool]:
    """Which run to kill, in which stage, after how long, and whether to kill the repairing run too."""
    rng = Random(seed)
    stage = STAGES[seed % len(STAGES)]
    run = "AB"[(seed // len(STAGES)) % 2]
    # up to 1.2x the stage's length in the reference run: most kills land inside it, some just after
    delay = rng.uniform(0.0, 1.2 * timings[run].get(stage, 0.05))
    return run, stage, delay, rng.random() < 0.25


def _log(record: dict[str, object]) -> None:
    if FAULT_LOG:
        with open(FAULT_LOG, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")


@pytest.mark.parametrize("seed", range(SEEDS))
def test_crash_killed_run_is_finished_by_the_next(seed: int, reference: dict[str, object], tmp_path: Path) -> None:
    timings = reference["timings"]
    assert isinstance(timings, dict)
    first, second = reference["files"]  # type: ignore[misc]
    run, stage, delay, again = _plan(seed, timings)
    db = tmp_path / "s.db"
    if run == "B":
        _copy_store(reference["after_a"], db)  # type: ignore[arg-type]
    files = first if run == "A" else second
    killed = run_and_kill(_args(files, db), stage, delay)
    hits = [killed.stage()]
    if again and killed.killed:  # a second fault while repairing
        second_kill = run_and_kill(_args(files, db), stage, delay / 2)
        hits.append(second_kill.stage())
    repair = "resolve" if hits[-1] in ("fuse", "save", "after analyze") and seed % 2 else "rerun"
    args: list[str | Path] = ["resolve", "--incremental", "--db", db] if repair == "resolve" else _args(files, db)
    done = run_cli(args)
    assert done.returncode == 0, done.stderr[-3000:]
    if run == "A":
        later = run_cli(_args(second, db))
        assert later.returncode == 0, later.stderr[-3000:]
    _log({"seed": seed, "run": run, "target": stage, "delay_s": round(delay, 3), "landed": hits,
          "repair": repair, "records": N_FIRST if run == "A" else N_SECOND})
    assert integrity(db) == []
    assert differences(db, reference["db"]) == [], f"killed in {hits} (target {stage} of run {run})"
