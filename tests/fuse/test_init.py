"""The fusion step runner (``storyline.fuse``): what it leaves in ``FuseContext.state`` between steps."""

from __future__ import annotations

from dataclasses import replace

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, release, run_steps


def test_release_drops_incident_clusters_once_no_later_step_reads_them(resources: Resources) -> None:
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={})
    ctx.state.update({"events.clusters": [], "events.places": object(), "events.mention_event": {}})
    release(ctx, "events")  # the actions step still regroups the clusters
    assert "events.clusters" in ctx.state and "events.places" in ctx.state
    release(ctx, "actions")
    assert "events.clusters" not in ctx.state and "events.places" not in ctx.state
    assert "events.mention_event" in ctx.state  # (the claims step reads it: not transient)


def test_run_steps_drops_the_clusters_after_events_when_no_actions_step_follows(resources: Resources) -> None:
    config = replace(Config(), fuse_steps=("entities", "stories", "events", "claims"))
    ctx = FuseContext(config=config, resources=resources, articles={}, analyses={})
    run_steps(ctx, ("events",))
    assert "events.clusters" not in ctx.state and "events.mention_event" in ctx.state


def test_release_after_entities_empties_the_name_pair_caches(resources: Resources) -> None:
    from storyline.analyze.names.keys import align_names, tokens_match

    assert tokens_match("orvani", "orvany") == tokens_match("orvani", "orvany")
    align_names(("tolvar", "sarn"), ("tolvar",))
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={})
    release(ctx, "stories")  # only the entities step fills them
    assert tokens_match.cache_info().currsize > 0 and align_names.cache_info().currsize > 0
    release(ctx, "entities")
    assert tokens_match.cache_info().currsize == 0 and align_names.cache_info().currsize == 0
    assert tokens_match("orvani", "orvany") == tokens_match.__wrapped__("orvani", "orvany")  # same answer again


def test_release_after_entities_empties_the_one_name_caches_too(resources: Resources) -> None:
    from storyline.analyze.names.keys import fold_token, folded_key

    key = folded_key("Tolvar Sarnesk")
    fold_token("Sarnesk")
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={})
    release(ctx, "stories")
    assert folded_key.cache_info().currsize > 0 and fold_token.cache_info().currsize > 0
    release(ctx, "entities")
    assert folded_key.cache_info().currsize == 0 and fold_token.cache_info().currsize == 0
    assert folded_key("Tolvar Sarnesk") == key  # the same key, computed again


def test_release_after_entities_empties_the_steps_own_memos(resources: Resources) -> None:
    from storyline.fuse import STEP_CACHES
    from storyline.fuse.entities import _country_name

    assert _country_name in STEP_CACHES["entities"]
    _country_name("Republic of Tolvaria")
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={})
    release(ctx, "stories")  # another step's release leaves them
    assert _country_name.cache_info().currsize > 0
    release(ctx, "entities")
    assert _country_name.cache_info().currsize == 0
