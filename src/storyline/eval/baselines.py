"""String-match and same-lemma coreference baselines, the floors any resolver must beat.

Both take mentions as ``(key, text)`` pairs (``key`` any hashable id, e.g. ``(doc_id, start, end)``) and
return a partition of the keys: every key is in exactly one cluster, unmatched ones as singletons, so the
result can go straight into :mod:`storyline.eval.coref_metrics`. ``group`` restricts matching to mentions
that share a group (e.g. the ECB+ topic or subtopic, as in the usual lemma baseline).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable

Normalizer = Callable[[str], str]
Grouper = Callable[[Hashable], Hashable]

# General English function words that do not change what a mention names ("the mayor" = "mayor").
_LEADING_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
})
_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
_NON_WORD = re.compile(r"[^\w\s]+")


def normalize_text(text: str) -> str:
    """Lower-cased NFKC text without punctuation, possessive 's or leading determiners/possessives."""
    text = unicodedata.normalize("NFKC", text).lower()
    words = _NON_WORD.sub(" ", _POSSESSIVE.sub("", text)).split()
    while len(words) > 1 and words[0] in _LEADING_FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words)


def normalize_head(text: str) -> str:
    """The last word of :func:`normalize_text` — a crude head for English noun phrases ("the Oakvale mayor")."""
    words = normalize_text(text).split()
    return words[-1] if words else ""


def _cluster_by(mentions: Iterable[tuple[Hashable, str]], group: Grouper | None) -> list[set[Hashable]]:
    """Partition keys by (group, label); an empty label never matches anything."""
    clusters: dict[tuple[Hashable, str], set[Hashable]] = {}
    out: list[set[Hashable]] = []
    seen: set[Hashable] = set()
    for key, label in mentions:
        if key in seen:  # one mention, one cluster: the first label read wins
            continue
        seen.add(key)
        if not label:
            out.append({key})
            continue
        bucket = (group(key) if group else None, label)
        if bucket not in clusters:
            clusters[bucket] = set()
            out.append(clusters[bucket])
        clusters[bucket].add(key)
    return out


def string_match_clusters(mentions: Iterable[tuple[Hashable, str]], normalize: Normalizer = normalize_text,
                          group: Grouper | None = None) -> list[set[Hashable]]:
    """Cluster mentions whose normalized strings are identical.

    ``normalize=normalize_head`` gives the head-match variant. Mentions that normalize to "" stay singletons.
    """
    return _cluster_by(((key, normalize(text)) for key, text in mentions), group)


def same_lemma_clusters(mentions: Iterable[tuple[Hashable, str]], group: Grouper | None = None
                        ) -> list[set[Hashable]]:
    """Cluster mentions with the same precomputed lemma (e.g. the head token's lemma), case-insensitively.

    The classic event-coreference baseline on ECB+ (same head lemma within a topic); pass
    ``group=lambda key: topic_of[key]`` for the within-topic version.
    """
    return _cluster_by(((key, unicodedata.normalize("NFKC", lemma).strip().lower()) for key, lemma in mentions),
                       group)
