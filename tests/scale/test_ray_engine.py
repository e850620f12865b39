"""The Ray engine on a local Ray cluster (started in-process, 2 CPUs, no dashboard): same store as a local run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.model import AnalysisFailure, Article
from storyline.run import analyze_inputs
from storyline.scale import open_engine
from tests.test_run import ARTICLES, write_jsonl

ray = pytest.importorskip("ray", reason="the Ray extra is not installed (pip install 'storyline[ray]')")
pytestmark = pytest.mark.ray

MORE = [
    {"id": f"m{i}", "outlet": f"Outlet {i % 3}", "published": f"2024-04-{10 + i:02d}",
     "text": f"Dockworkers in Velmont extended their strike for a {i + 2}th day on Monday, union leader Mara Quint "
             f"said. Harbor minister Omar Feld called the walkout illegal and promised talks on Friday."}
    for i in range(9)
]


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in a stable order, without the run log, migration times and the run-end briefing (they
    hold clock times; the briefing's state names the run with its seconds)."""
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: sorted(map(tuple, con.execute(f'SELECT * FROM "{n}"')), key=repr)
                for n in names if n not in ("runs", "schema_migrations", "presented") and not n.startswith("sqlite_")}
    finally:
        con.close()


def test_ray_engine_store_equals_local_run_row_for_row(tmp_path: Path, resources: Resources) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", ARTICLES + MORE)
    local = analyze_inputs([src], tmp_path / "local.db", config=Config(), resources=resources)
    on_ray = analyze_inputs([src], tmp_path / "ray.db", config=Config(engine="ray", n_process=2),
                            resources=resources)
    assert not ray.is_initialized()  # the engine started its own local cluster and shut it down
    assert (on_ray.analyzed, on_ray.not_analyzed) == (local.analyzed, local.not_analyzed) == (12, [])
    assert on_ray.counts == local.counts
    local_rows, ray_rows = _rows(tmp_path / "local.db"), _rows(tmp_path / "ray.db")
    assert local_rows.keys() == ray_rows.keys() and local_rows["analyses"]
    for table, rows in local_rows.items():
        assert ray_rows[table] == rows, table


def test_ray_engine_streams_in_order_and_survives_a_dead_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("storyline.scale.engine.TASK_SIZE", 2)  # several tasks per actor in flight
    arts = [Article(id=r["id"], text=r["text"], published=r["published"], published_granularity="day")
            for r in ARTICLES + MORE]
    with open_engine(Analyzer(Config(engine="ray", n_process=2))) as engine:
        stream = engine.analyze(arts)
        first = next(stream)
        killed = engine.actors[1]
        ray.kill(killed)  # as if its node went away: its tasks (later ones at least) go to a new actor
        out = [first, *stream]
        assert engine.actors[1] is not killed
    assert [o.article for o in out] == [a.id for a in arts]
    assert not any(isinstance(o, AnalysisFailure) for o in out)
