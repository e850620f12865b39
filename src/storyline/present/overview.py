"""The overview as text (``storyline overview``): what the web overview shows at the top, for a terminal.

What the store holds in words ("44 articles by 21 outlets, published March 2031"), the most mentioned
names with their kind and other names, the best-attested incidents in time order (the same choice as the
web overview: independent sources, then reports, then the newest), and the story clusters.
"""

from __future__ import annotations

from collections.abc import Mapping

from storyline.present.sources import store_outlets
from storyline.present.timeline import TimelineItem, timeline_from_store
from storyline.present.words import aliases_line, between_words, count, entity_type_words, list_words
from storyline.store.base import EntityHeader, Store

ACTORS = 12
INCIDENTS = 15
ATTESTED_ENOUGH = 3  # incidents with two or more independent sources that make a list without single-source ones
STORIES = 10
LOWER_CASE_SHARE = 0.9  # of an entity's mentions written without a capital: a word or a unit, not an actor


def best_attested(incidents: list[TimelineItem], n: int = INCIDENTS) -> list[TimelineItem]:
    """The ``n`` incidents with the most independent sources (then reports, then the newest), in time order.

    What one source alone reports fills the list only while fewer than :data:`ATTESTED_ENOUGH` incidents have
    two or more: "Visit, date not stated (1 independent source)" is not well attested beside nine that are.
    What the briefing heads no section with (``minor``: a sale told beside a bombing) is not listed."""
    listed = [i for i in incidents if not i.minor]
    top = sorted(listed, key=lambda i: (-i.independent_sources, -len(i.sources), not i.dated,
                                        "" if not i.latest else "~" + i.latest))[:n]
    if sum(i.independent_sources >= 2 for i in top) >= ATTESTED_ENOUGH:
        top = [i for i in top if i.independent_sources >= 2]
    return sorted(top, key=incidents.index)


def written_as_a_name(name: str, aliases: Mapping[str, int]) -> bool:
    """Most of its mentions write it with a capital: "cts" 510 times and "CTS" once is a unit (cents) read as
    an organization, "the provincial health department" a description; neither is a key actor a reader looks
    for (the names list still has them). Forms with no letter ("747-400") are neither."""
    forms = {a: n for a, n in aliases.items() if any(ch.isalpha() for ch in a)} or {name: 1}
    lower = sum(n for a, n in forms.items() if not any(ch.isupper() for ch in a))
    return lower < LOWER_CASE_SHARE * sum(forms.values()) or not any(ch.isalpha() for ch in name)


def key_actors(store: Store, n: int = ACTORS) -> list[EntityHeader]:
    """The ``n`` most mentioned entities the texts write as names (:func:`written_as_a_name`)."""
    out: list[EntityHeader] = []
    offset = 0
    while len(out) < n:
        found = store.list_entities(offset=offset, limit=2 * n)
        out += [e for e in found if written_as_a_name(e.name, e.aliases)]
        offset += len(found)
        if len(found) < 2 * n:
            break
    return out[:n]


def overview_text(store: Store) -> str:
    info = store.info()
    n_articles = store.count("articles")
    if not n_articles:
        return "The store holds no articles yet: run `storyline analyze` first."
    lines = ["# Overview", "", _scope(store, info, n_articles), ""]
    lines += ["## Key names", ""]
    for e in key_actors(store):
        other = aliases_line(e.name, sorted(e.aliases, key=lambda a: (-e.aliases[a], a)))
        also = f"; also {list_words(other)}" if other else ""
        lines.append(f"- {e.name} ({entity_type_words(e.type)}, {count(e.n_mentions, 'mention')}{also})")
    incidents = [i for i in timeline_from_store(store, claims=False) if i.kind == "event"]
    lines += ["", f"## Best-attested incidents (of {count(len(incidents), 'incident')})", ""]
    for i in best_attested(incidents):
        sources = count(i.independent_sources, "independent source")
        conflict = f"; sources disagree on {'; '.join(i.conflicts)}" if i.conflicts else ""
        lines.append(f"- {i.when}: {i.label} ({sources}{conflict})")
    stories = store.stories()[:STORIES]
    if stories:
        lines += ["", "## Stories", ""]
        lines += [f"- {s.label} ({count(len(s.articles), 'article')})" for s in stories]
    return "\n".join(lines)


def _scope(store: Store, info: dict[str, object], n_articles: int) -> str:
    """'44 articles by 21 outlets, published March 2031; 49 names, 318 statements.' The outlets are counted
    as the briefing's scope counts them (:func:`~storyline.present.sources.store_outlets`)."""
    outlets = len(store_outlets(store))
    by = f" by {count(outlets, 'outlet')}" if outlets else ""
    span = info.get("published_range")
    when = ""
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(span):
        when = f", published {between_words(str(span[0]), str(span[1]))}"
    return (f"{count(n_articles, 'article')}{by}{when}; {count(store.count('entities'), 'name')}, "
            f"{count(store.count('claims'), 'statement')}.")
