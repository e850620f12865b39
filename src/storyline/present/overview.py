"""The overview as text (``storyline overview``): what the web overview shows at the top, for a terminal.

What the store holds in words ("44 articles by 22 outlets, published March 2031"), the most mentioned
names with their kind and other names, the best-attested incidents in time order (the same choice as the
web overview: independent sources, then reports, then the newest), and the story clusters.
"""

from __future__ import annotations

from storyline.present.timeline import TimelineItem, timeline_from_store
from storyline.present.words import aliases_line, between_words, count, entity_type_words, list_words
from storyline.store.base import Store

ACTORS = 12
INCIDENTS = 15
ATTESTED_ENOUGH = 3  # incidents with two or more independent sources that make a list without single-source ones
STORIES = 10


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


def overview_text(store: Store) -> str:
    info = store.info()
    n_articles = store.count("articles")
    if not n_articles:
        return "The store holds no articles yet: run `storyline analyze` first."
    lines = ["# Overview", "", _scope(store, info, n_articles), ""]
    lines += ["## Key names", ""]
    for e in store.list_entities(limit=ACTORS):
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
    """'44 articles by 20 outlets, published March 2031; 49 names, 318 statements.'"""
    outlets = info.get("outlets")
    by = f" by {count(outlets, 'outlet')}" if isinstance(outlets, int) and outlets else ""
    span = info.get("published_range")
    when = ""
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(span):
        when = f", published {between_words(str(span[0]), str(span[1]))}"
    return (f"{count(n_articles, 'article')}{by}{when}; {count(store.count('entities'), 'name')}, "
            f"{count(store.count('claims'), 'statement')}.")
