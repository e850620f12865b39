"""Resources: models loaded once per process, the encoder each fusion step uses, and releasing a model."""

from __future__ import annotations

import pytest

from storyline.analyze.embed import CloseCallEncoder, Embedder, StaticEmbedder
from storyline.analyze.resources import Resources
from storyline.config import Config


def test_resources_encoder_follows_config() -> None:
    resources = Resources(Config())
    assert isinstance(resources.encoder("events"), StaticEmbedder)
    assert isinstance(resources.encoder("claims"), CloseCallEncoder)
    minilm_events = Config(step_encoders=(("stories", "static"), ("events", "minilm")))
    assert isinstance(resources.encoder("events", minilm_events), Embedder)
    assert isinstance(resources.encoder("claims", minilm_events), Embedder)  # not listed: MiniLM
    assert isinstance(resources.encoder("stories", minilm_events), StaticEmbedder)
    with pytest.raises(ValueError, match="unknown encoder"):
        resources.encoder("events", Config(step_encoders=(("events", "bert"),)))


def test_resources_release_drops_a_loaded_model_only() -> None:
    resources = Resources(Config())
    resources.release("nlp")  # never loaded: nothing to do
    assert "static_embedder" not in resources.__dict__
    first = resources.static_embedder
    resources.release("static_embedder")
    assert "static_embedder" not in resources.__dict__
    assert resources.static_embedder is first  # loaded again on use (the file is read once per process)
