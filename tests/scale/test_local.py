"""Analysis on a process pool gives exactly the sequential result."""

from __future__ import annotations

from storyline.analyze.pipeline import Analyzer
from storyline.config import Config
from storyline.model import Article
from storyline.scale.local import analyze_parallel


def test_analyze_parallel_matches_sequential(analyzer: Analyzer) -> None:
    arts = [Article(id=f"p{i}", text=f"Mayor Ida Rook of Tarnfeld met {i + 2} union leaders on Monday.",
                    published="2024-02-0" + str(i + 1), published_granularity="day") for i in range(6)]
    parallel = list(analyze_parallel(arts, Config(), workers=2, chunk=2))
    assert [a.article for a in parallel] == [a.id for a in arts]
    assert parallel == list(analyzer.analyze_many(arts))
