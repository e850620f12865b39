"""Ingest: inputs -> clean Articles (and Problems), with dates, language, credits and duplicate marks.

Public API (used by the orchestrator):

- :func:`read_inputs` (files, directories, globs -> ``Article`` | ``Problem``)
- :class:`Problem` (file, problem, what to do; ``skipped`` False for a warning)
- :class:`Deduplicator` (``add`` marks exact/near copies ``copy_of`` their original;
  :meth:`Deduplicator.from_articles` seeds it with stored articles)
- :func:`language_supported` / :func:`language_problem` (skip analysis of languages not in the config)
- :func:`take_in` (articles -> a store: already stored, copies, added), :func:`article_from_fields` (one
  posted article, built like a file record): the one write path of the CLI and the web
"""

from storyline.ingest.build import build_article, content_id
from storyline.ingest.clean import Cleaned, clean_text, is_boilerplate
from storyline.ingest.dates import PubDate, date_from_url, parse_date, publication_date
from storyline.ingest.dedup import Deduplicator
from storyline.ingest.formats import SUPPORTED
from storyline.ingest.inputs import expand_inputs, read_file, read_inputs
from storyline.ingest.intake import Intake, article_from_fields, take_in
from storyline.ingest.language import detect_language, language_problem, language_supported
from storyline.ingest.problems import Problem

__all__ = [
    "SUPPORTED",
    "Cleaned",
    "Deduplicator",
    "Intake",
    "Problem",
    "PubDate",
    "article_from_fields",
    "build_article",
    "clean_text",
    "content_id",
    "date_from_url",
    "detect_language",
    "expand_inputs",
    "is_boilerplate",
    "language_problem",
    "language_supported",
    "parse_date",
    "publication_date",
    "read_file",
    "read_inputs",
    "take_in",
]
