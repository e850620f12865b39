"""The entity–event–claim graph of a story, and its exports (GraphML for Gephi, CSV for pandas/Neo4j).

Nodes are ``entity:ID``, ``event:ID``, ``claim:ID`` and ``article:ID`` with
a ``kind`` and a ``label`` in words, as the pages write them ("Bombing in Sarn, week of 3 March 2031",
"Estmark denies that …", an untitled article by its first words); the codes stay in their own columns
(``type``, ``subtype``, ``date``, ``polarity``). Edges carry a ``type``:

- event → entity: ``participant`` (with ``role``) and ``location``
- claim → entity: ``speaker`` and ``target``; claim → event: ``about``
- claim → claim: the claim link type (``supports``, ``denies``, ``contradicts``)
- entity/event/claim → article: ``mentioned_in`` / ``reported_in`` / ``stated_in``
  (with ``weight`` = number of mentions; a claim keeps its offsets)

Attributes are only str, int, float or bool and never None: Gephi rejects
GraphML with anything else, and a key keeps one type on every element.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from storyline.model import Claim, Entity, Event, Story
from storyline.present.sources import headline_of
from storyline.present.timeline import claim_label, event_title

NODE_COLUMNS = ("id", "label", "kind")
EDGE_COLUMNS = ("source", "target", "type")


def node_id(kind: str, oid: str) -> str:
    return f"{kind}:{oid}"


def _clean(attrs: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Drop None; keep str/int/float/bool; anything else becomes its string form."""
    out: dict[str, str | int | float | bool] = {}
    for k, v in attrs.items():
        if v is None:
            continue
        out[k] = v if isinstance(v, (str, int, float, bool)) else str(v)
    return out


def _entity_attrs(e: Entity) -> dict[str, Any]:
    aliases = sorted(e.aliases, key=lambda a: (-e.aliases[a], a))
    return {"label": e.name, "kind": "entity", "type": e.type, "aliases": "; ".join(aliases[:10]),
            "mentions": len(e.mentions), "articles": len({m.article for m in e.mentions})}


#: the longest claim label: the content column holds the whole
CLAIM_LABEL_CHARS = 160


def _event_attrs(ev: Event, names: dict[str, str]) -> dict[str, Any]:
    date = ev.date.value if ev.date else None
    place = ev.location_text
    corr = ev.corroboration
    return {"label": event_title(ev, names), "kind": "event", "type": ev.type, "subtype": ev.subtype, "date": date,
            "modality": ev.modality, "location": place,
            "fatalities_min": ev.fatalities.min if ev.fatalities else None,
            "articles": len({m.article for m in ev.mentions}),
            "independent_sources": corr.independent_sources if corr else None,
            "conflicts": ", ".join(sorted(ev.conflicts)) or None}


def _claim_attrs(c: Claim, story: Story, names: dict[str, str]) -> dict[str, Any]:
    label = claim_label(c, names)
    if len(label) > CLAIM_LABEL_CHARS:
        label = label[:CLAIM_LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"
    support = story.claim_support.get(c.id)
    return {"label": label, "kind": "claim", "polarity": c.polarity, "cue": c.cue,
            "content": c.content, "direct_quote": c.direct_quote, "article": c.article,
            "start": c.start, "end": c.end,
            "independent_sources": support.independent_sources if support else None}


def _add_nodes(g: nx.MultiDiGraph, story: Story) -> None:
    for a in story.articles:
        g.add_node(node_id("article", a.id), **_clean({
            "label": headline_of(a) or a.outlet or "untitled article", "kind": "article", "outlet": a.outlet,
            "published": a.published, "url": a.url, "copy_of": a.copy_of}))
    for e in story.entities:
        g.add_node(node_id("entity", e.id), **_clean(_entity_attrs(e)))
    names = {e.id: e.name for e in story.entities}
    for ev in story.events:
        g.add_node(node_id("event", ev.id), **_clean(_event_attrs(ev, names)))
    for c in story.claims:
        g.add_node(node_id("claim", c.id), **_clean(_claim_attrs(c, story, names)))


def _edge(g: nx.MultiDiGraph, src: str, dst: str, type_: str, **attrs: Any) -> None:
    """Add an edge only between nodes that exist (a dangling id in the story is skipped, not invented)."""
    if src in g and dst in g:
        g.add_edge(src, dst, key=f"{type_}:{attrs.get('role', '')}:{attrs.get('start', '')}",
                   **_clean({"type": type_, **attrs}))


def _mention_edges(g: nx.MultiDiGraph, src: str, articles: Iterable[str], type_: str) -> None:
    for article, n in sorted(Counter(articles).items()):
        _edge(g, src, node_id("article", article), type_, weight=n)


def _add_edges(g: nx.MultiDiGraph, story: Story) -> None:
    for e in story.entities:
        _mention_edges(g, node_id("entity", e.id), (m.article for m in e.mentions), "mentioned_in")
    for ev in story.events:
        src = node_id("event", ev.id)
        for p in ev.participants:
            if p.entity:
                _edge(g, src, node_id("entity", p.entity), "participant", role=p.role)
        if ev.location:
            _edge(g, src, node_id("entity", ev.location), "location")
        _mention_edges(g, src, (m.article for m in ev.mentions), "reported_in")
    for c in story.claims:
        src = node_id("claim", c.id)
        if c.speaker:
            _edge(g, src, node_id("entity", c.speaker), "speaker")
        for t in c.targets:
            _edge(g, src, node_id("entity", t), "target")
        if c.event:
            _edge(g, src, node_id("event", c.event), "about")
        _edge(g, src, node_id("article", c.article), "stated_in", start=c.start, end=c.end)
    for link in story.claim_links:
        _edge(g, node_id("claim", link.from_), node_id("claim", link.to), link.type,
              score=float(link.score), reason=link.reason)


def build_graph(story: Story) -> nx.MultiDiGraph:
    """The story as a directed multigraph of entities, events, claims and articles."""
    g = nx.MultiDiGraph()
    _add_nodes(g, story)
    _add_edges(g, story)
    return g


def write_graphml(story: Story, path: str | Path) -> Path:
    """Write the graph as GraphML (loads in Gephi and ``networkx.read_graphml``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(build_graph(story), path)
    return path


def _columns(rows: Iterable[dict[str, Any]], first: tuple[str, ...]) -> list[str]:
    seen = dict.fromkeys(first)
    for r in rows:
        seen.update(dict.fromkeys(r))
    return list(seen)


def write_csv(story: Story, out_dir: str | Path) -> tuple[Path, Path]:
    """Write ``nodes.csv`` (id,label,kind,...) and ``edges.csv`` (source,target,type,...) into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    g = build_graph(story)
    nodes = [{"id": n, **attrs} for n, attrs in g.nodes(data=True)]
    edges = [{"source": u, "target": v, **attrs} for u, v, attrs in g.edges(data=True)]
    paths = (out / "nodes.csv", out / "edges.csv")
    for path, rows, first in ((paths[0], nodes, NODE_COLUMNS), (paths[1], edges, EDGE_COLUMNS)):
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=_columns(rows, first), restval="")
            writer.writeheader()
            writer.writerows(rows)
    return paths
