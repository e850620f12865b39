"""What a worker does with one task: analyze its articles, isolating the one that fails."""

from __future__ import annotations

import logging

from storyline.analyze.pipeline import Analyzer
from storyline.model import AnalysisFailure, Article, ArticleAnalysis

log = logging.getLogger(__name__)

Outcome = ArticleAnalysis | AnalysisFailure


def failure(article: Article, exc: BaseException) -> AnalysisFailure:
    # imported here: the ingest package loads datasketch and scipy, 0.4 s of CPU that a worker would
    # pay at start for a message it rarely writes
    from storyline.ingest.decode import printable

    return AnalysisFailure(article.id, f"analysis failed ({type(exc).__name__}: {printable(str(exc))[:200]}); "
                                       "please report this with the article")


def analyze_task(analyzer: Analyzer, articles: list[Article]) -> list[Outcome]:
    """Outcomes in input order. A batch that raises is retried article by article."""
    try:
        return list(analyzer.analyze_many(articles))
    except Exception:
        log.exception("batch analysis failed; retrying article by article")
    outcomes: list[Outcome] = []
    for a in articles:
        try:
            outcomes.append(analyzer.analyze(a))
        except Exception as exc:
            outcomes.append(failure(a, exc))
    return outcomes
