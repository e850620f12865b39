"""Language detection that abstains: short or uncertain texts get None rather than a guess."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from storyline.config import Config
from storyline.ingest.problems import Problem
from storyline.model import Article

MIN_WORDS = 12  # below this, character n-gram statistics are too thin to trust
MIN_CONFIDENCE = 0.9  # normalized probability of the best language
_SAMPLE_CHARS = 1200  # the start of an article decides: plenty for n-gram statistics, ~1 ms
_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loaded once; norm_probs gives a probability we can threshold (raw scores are not comparable).
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def release_model() -> None:
    """Forget the loaded model: its arrays hold about 70 MB. A batch run calls this once its inputs are
    read, so the memory serves analysis and fusion; a later detection loads the model again."""
    _identifier.cache_clear()


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code or None, confidence). None when the text is short or the model is unsure."""
    sample = text[:_SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None, 0.0
    lang, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return None, float(confidence)
    return str(lang), float(confidence)


def language_supported(article: Article, config: Config) -> bool:
    """Should this article be analyzed? Unknown language (short text) counts as supported."""
    return article.language is None or article.language in config.languages


def language_problem(article: Article, config: Config) -> Problem | None:
    """The note for an article that is stored but will not be analyzed because of its language."""
    if language_supported(article, config):
        return None
    line = article.metadata.get("line")
    return Problem(
        source=article.source or article.id,
        problem=f"article {article.id} is in language '{article.language}', not in the analyzed languages "
                f"({', '.join(config.languages)}); it is stored but not analyzed",
        hint=f"to analyze it anyway add '{article.language}' to Config.languages",
        line=line if isinstance(line, int) else None,
        skipped=False,
        article=article.id,
    )
