"""eval.shipped runs exactly the default analysis and fusion; hooks only act where they are put (fictional texts)."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import AnalysisState, Analyzer
from storyline.config import DEFAULT_COMPONENTS, Config
from storyline.eval.shipped import run_shipped, shared_resources, shipped_analyzer
from storyline.fuse import FuseContext, fuse
from storyline.model import Article, to_dict

ARTICLES = [
    Article(id="a1", text="Gunmen attacked a bank in Velmora on Monday, killing two guards. Mayor Ilona Varga "
                          "condemned the attack.", published="2023-03-01", published_granularity="day"),
    Article(id="a2", text="The attack on the Velmora bank killed two guards, police said. Varga visited the bank.",
            published="2023-03-02", published_granularity="day"),
]


def test_shipped_analyzer_is_the_default_pipeline() -> None:
    assert [c.name for c in shipped_analyzer().components] == list(DEFAULT_COMPONENTS)
    names = [c.name for c in shipped_analyzer({"names": lambda s: None}).components]
    assert names == ["baseline", "names", "eval-hook:names", *DEFAULT_COMPONENTS[2:]]
    with pytest.raises(ValueError, match="no component 'nope'"):
        shipped_analyzer({"nope": lambda s: None})


def test_run_shipped_is_what_analyze_and_fuse_make() -> None:
    result = run_shipped(ARTICLES)
    config = Config()
    analyzer = Analyzer(config, shared_resources())
    analyses = {a.article: a for a in analyzer.analyze_many(ARTICLES)}
    assert {k: to_dict(v) for k, v in result.analyses.items()} == {k: to_dict(v) for k, v in analyses.items()}
    story = fuse(FuseContext(config=config, resources=shared_resources(), articles={a.id: a for a in ARTICLES},
                             analyses=analyses, new=set(analyses)))
    assert to_dict(result.stories[""].events) == to_dict(story.events)
    assert to_dict(result.stories[""].entities) == to_dict(story.entities)
    assert not result.failures


def test_run_shipped_hooks_act_after_their_component_and_groups_fuse_apart() -> None:
    seen: list[int] = []

    def drop_events(state: AnalysisState) -> None:
        seen.append(len(state.events))
        state.events = []

    result = run_shipped(ARTICLES, groups={"a1": "x", "a2": "y"}, hooks={"events": drop_events})
    assert seen and max(seen) > 0  # the hook saw what the events component found
    assert set(result.stories) == {"x", "y"}
    assert all(not s.events for s in result.stories.values())  # and fusion saw what the hook left
    assert {a.id for a in result.stories["x"].articles} == {"a1"}
