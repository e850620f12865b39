"""benchmarks/incremental.py: a prepared base (new articles stored and analyzed, not fused) times the same fusion
as a base the script adds the new articles to itself."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from benchmarks import incremental
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.run import RunSummary, analyze_stored, fuse_store, ingest
from storyline.store import open_store

OLD = [
    {"id": "old-1", "title": "Flood cuts road to Varnel", "published": "2031-04-02", "outlet": "Orvani Herald",
     "text": "Floodwater cut the main road to Varnel on Tuesday, the regional council said. Crews from Tarsk "
             "worked through the night to reopen it, council spokesman Edo Malvik said."},
    {"id": "old-2", "title": "Varnel road reopens", "published": "2031-04-04", "outlet": "Karvosh Daily",
     "text": "The road to Varnel reopened on Thursday after the flood, council spokesman Edo Malvik said. "
             "Two bridges near Tarsk remain closed."},
]
NEW = [
    {"id": "new-1", "title": "Bridges near Tarsk to reopen", "published": "2031-04-06", "outlet": "Estmark Observer",
     "text": "The two bridges near Tarsk closed by the flood will reopen next week, Edo Malvik of the regional "
             "council said on Saturday."},
]


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _store(path: Path, inputs: list[Path], resources: Resources, fuse: bool) -> None:
    config = Config()
    store = open_store(path)
    summary = RunSummary(db=str(path))
    for i, source in enumerate(inputs):
        added = ingest([source], store, config, summary)
        analyze_stored(store, Analyzer(config, resources), summary, new=added)
        if fuse or i < len(inputs) - 1:
            fuse_store(store, config, resources)
    store.close()


def _figure(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    out: dict[str, object] = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    return out


def test_prepared_base_times_the_fusion_of_the_same_new_articles(tmp_path: Path, resources: Resources,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _jsonl(tmp_path / "old.jsonl", OLD), _jsonl(tmp_path / "new.jsonl", NEW)
    base = tmp_path / "base.db"
    _store(base, [old], resources, fuse=True)
    prepared = tmp_path / "prepared.db"
    _store(prepared, [old, new], resources, fuse=False)  # the new article analyzed, not fused
    before = prepared.read_bytes()
    incremental.main(str(base), str(new))
    adding = _figure(capsys)
    incremental.main(str(prepared), str(tmp_path / "absent.jsonl"), prepared=True)  # NEW is not read
    ready = _figure(capsys)
    assert prepared.read_bytes() == before  # the run fused a scratch copy
    assert (ready["store"], ready["new"], ready["full"]) == (2, 1, False)
    for key in ("store", "new", "touched", "reached", "scope", "edge", "analyses_read"):
        assert ready[key] == adding[key], key
    scratch = open_store(tmp_path / "prepared.incr.db")
    assert not scratch.unfused()  # the new article was fused there
    scratch.close()
    assert "calls" not in ready
    incremental.main(str(prepared), str(tmp_path / "absent.jsonl"), prepared=True, calls=True)
    counted = _figure(capsys)  # the same add, its function calls counted
    assert counted["scope"] == ready["scope"]
    of = counted["calls_of"]
    assert isinstance(of, dict) and list(of) == list(incremental.COUNTED)
    assert of["from_dict"] > 0 and of["block_keys"] > 0  # stored rows were decoded, the new names blocked
    assert isinstance(counted["calls"], int) and counted["calls"] > sum(of.values())
    per_step = counted["step_calls"]  # every timed step counted on its own, the same steps as the seconds
    assert isinstance(per_step, dict) and set(per_step) == set(counted["step_cpu_s"])  # type: ignore[arg-type]
    assert sum(per_step.values()) == counted["calls"] and per_step["entities"] > 0 and per_step["save"] > 0
    assert per_step["plan"] > 0  # the scope chosen and read, apart from the stories step


def test_a_base_analyzed_by_another_version_stops_the_add_rather_than_time_a_whole_fusion(
        tmp_path: Path, resources: Resources) -> None:
    old, new = _jsonl(tmp_path / "old.jsonl", OLD), _jsonl(tmp_path / "new.jsonl", NEW)
    base = tmp_path / "base.db"
    _store(base, [old], resources, fuse=True)
    stale = tmp_path / "stale.db"
    shutil.copyfile(base, stale)
    with sqlite3.connect(stale) as conn:
        conn.execute("UPDATE analyses SET config_hash = 'another version'")
    with pytest.raises(SystemExit, match="2 stored articles"):
        incremental.main(str(stale), str(new))
