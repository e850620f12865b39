"""The entity–event–claim graph of the web UI, laid out server-side and drawn as SVG.

Every label is escaped (SVG is XML: a name with ``<`` or ``"`` must stay
text). Labels are placed so that none overlaps another or leaves the picture:
each node tries the right, left, top and bottom of itself, most connected
nodes first; a node with no free place keeps its label as a tooltip only.
(The timeline picture is drawn by :func:`storyline.present.timeline.timeline_svg`.)
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from markupsafe import Markup

from storyline.model import Claim
from storyline.store.base import Store
from storyline.web import api_models as S
from storyline.web.security import id_segment
from storyline.web.views import event_title

KIND_COLORS = {"entity": "#2f6db5", "event": "#c0562b", "claim": "#6b8e23"}


# --------------------------------------------------------------------------- graph


def graph_data(store: Store, entity: str | None = None, limit: int = 40) -> S.GraphOut:
    """Events (and the entities taking part) plus claims with their speakers and links, at most ``limit`` each."""
    events = store.list_events(entity=entity, limit=limit)
    claims = store.list_claims(speaker=entity, limit=limit)
    g = nx.Graph()
    for ev in events:
        g.add_node(ev.id, kind="event", label=event_title(ev))
        for p in ev.participants:
            if p.entity:
                g.add_edge(p.entity, ev.id, kind=p.role)
        if ev.location:
            g.add_edge(ev.location, ev.id, kind="place")
    for c in claims:
        _add_claim(g, c)
    # one hop along claim links (who supports or denies these claims), one indexed query per claim
    for c in claims:
        for link in store.claim_links(c.id):
            other_id = link.to if link.from_ == c.id else link.from_
            if other_id not in g:
                other = store.claim(other_id)
                if other is None:
                    continue
                _add_claim(g, other)
            g.add_edge(link.from_, link.to, kind=link.type)
    names = store.entity_names([n for n in g.nodes if "kind" not in g.nodes[n]])
    for n in list(g.nodes):
        if "kind" not in g.nodes[n]:
            g.nodes[n].update(kind="entity", label=names.get(n, n))
    return _laid_out(g)


def _add_claim(g: nx.Graph, c: Claim) -> None:
    g.add_node(c.id, kind="claim", label=(c.content[:60] + "…") if len(c.content) > 60 else c.content)
    if c.speaker:
        g.add_edge(c.speaker, c.id, kind="says")


def _laid_out(g: nx.Graph) -> S.GraphOut:
    # unconnected events say nothing in a graph (they are on the timeline); drop them unless nothing else is left
    connected = [n for n in g.nodes if g.degree(n) > 0]
    if connected:
        g = g.subgraph(connected).copy()
    pos, aspect = _pack_layout(g)
    nodes = [S.GraphNode(id=str(n), kind=d["kind"], label=d["label"], size=float(g.degree(n)),
                         x=pos[n][0], y=pos[n][1]) for n, d in g.nodes(data=True)]
    edges = [S.GraphEdge(source=str(a), target=str(b), kind=d.get("kind", "")) for a, b, d in g.edges(data=True)]
    return S.GraphOut(nodes=nodes, edges=edges, aspect=aspect)


def _component_layout(sub: nx.Graph, comp: list[Any]) -> dict[Any, Any]:
    """Tiny components (most of them in a big store) get a fixed shape; springs only where they help."""
    if len(comp) == 1:
        return {comp[0]: (0.0, 0.0)}
    if len(comp) <= 3:
        return {n: (-0.8 + 1.6 * i / (len(comp) - 1), 0.0) for i, n in enumerate(comp)}
    return dict(nx.spring_layout(sub, seed=7, k=2.0 / len(comp) ** 0.5, iterations=100))


def _pack_layout(g: nx.Graph, row_width: float = 3.0) -> tuple[dict[Any, tuple[float, float]], float]:
    """Spring layout per connected component, components packed in rows (largest first).

    One spring layout over everything pushes small components to the rim and squeezes the main one into
    the middle; packing gives each component room in proportion to its size. Returns positions with x in
    [0, 1] and y in [0, aspect], and the aspect (height / width).
    """
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(g)), key=lambda c: (-len(c), str(c[0])))
    placed: dict[Any, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp in comps:
        side = max(0.35, (len(comp) ** 0.5) * 0.32)
        if x > 0 and x + side > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        sub = g.subgraph(comp)
        local = _component_layout(sub, comp)
        for n, (px, py) in local.items():
            placed[n] = (x + (float(px) + 1) / 2 * side * 0.85, y + (float(py) + 1) / 2 * side * 0.85)
        x, row_h = x + side, max(row_h, side)
    width = max([p[0] for p in placed.values()] + [1e-9])
    height = max([p[1] for p in placed.values()] + [1e-9])
    scale = max(width, 1e-9)
    return {n: (p[0] / scale, p[1] / scale) for n, p in placed.items()}, max(0.25, height / scale)


def _href(node: S.GraphNode) -> str:
    return {"entity": "/entities/", "event": "/events/", "claim": "/claims/"}[node.kind] + id_segment(node.id)


LABEL_CHARS = 28
CHAR_W, LINE_H = 6.4, 13.0  # 11 px sans-serif: a generous width per character so boxes never fall short


def _radius(n: S.GraphNode) -> float:
    return 5 + min(n.size, 12)


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def _place_labels(nodes: list[S.GraphNode], at: dict[str, tuple[float, float]], width: float,
                  height: float) -> dict[str, tuple[float, float, str, str]]:
    """node id -> (x, y, text-anchor, text) for the labels that fit.

    No label overlaps another label or leaves the picture. A label tries not to cover nodes either; the most
    connected entities, which a reader looks for first, may cover a small node when nothing else is free
    (their text has a white halo), rather than go unnamed.
    """
    dots = [(x - _radius(n), y - _radius(n), x + _radius(n), y + _radius(n)) for n in nodes for x, y in [at[n.id]]]
    labels: list[tuple[float, float, float, float]] = []
    placed: dict[str, tuple[float, float, str, str]] = {}
    hubs = {n.id for n in sorted((n for n in nodes if n.kind == "entity"), key=lambda n: -n.size)[:8] if n.size >= 3}
    for n in sorted(nodes, key=lambda n: (n.kind != "entity", -n.size, n.label)):
        label = _short(n.label)
        w, h = len(label) * CHAR_W, LINE_H
        x, y = at[n.id]
        r = _radius(n) + 3
        own = (x - _radius(n), y - _radius(n), x + _radius(n), y + _radius(n))
        spots = [(x + r, y + 4, "start", (x + r, y - h / 2, x + r + w, y + h / 2)),
                 (x - r, y + 4, "end", (x - r - w, y - h / 2, x - r, y + h / 2)),
                 (x, y - r - 3, "middle", (x - w / 2, y - r - h, x + w / 2, y - r)),
                 (x, y + r + h - 2, "middle", (x - w / 2, y + r, x + w / 2, y + r + h))]
        free = [s for s in spots if _inside(s[3], width, height) and not any(_overlap(s[3], b) for b in labels)]
        clear = [s for s in free if not any(_overlap(s[3], d) for d in dots if d != own)]
        choice = clear or (free if n.id in hubs else [])
        if choice:
            spot = choice[0]
            placed[n.id] = (spot[0], spot[1], spot[2], label)
            labels.append(spot[3])
    return placed


def _inside(box: tuple[float, float, float, float], width: float, height: float) -> bool:
    return box[0] >= 2 and box[1] >= 2 and box[2] <= width - 2 and box[3] <= height - 2


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def graph_svg(graph: S.GraphOut, width: int = 1000, max_height: int = 900) -> Markup:
    """The graph as inline SVG; each node links to its page."""
    if not graph.nodes:
        return Markup('<p class="muted">Nothing to draw yet: no events or claims in the store.</p>')
    # positions: x in [0, 1], y in [0, aspect]; leave room on the right for labels
    left, right, top, bottom = 40, 120, 30, 30
    inner = width - left - right
    height = min(max_height, int(graph.aspect * inner) + top + bottom)
    yscale = (height - top - bottom) / max(graph.aspect, 1e-9)

    def xy(n: S.GraphNode) -> tuple[float, float]:
        return left + (n.x or 0.0) * inner, top + (n.y or 0.0) * yscale

    at = {n.id: xy(n) for n in graph.nodes}
    parts = [Markup('<svg class="graph" viewBox="0 0 {} {}" role="img" aria-label="entity, event and claim graph">'
                    ).format(width, height)]
    for e in graph.edges:
        (x1, y1), (x2, y2) = at[e.source], at[e.target]
        cls = "edge-" + ("deny" if e.kind in ("denies", "contradicts") else "support" if e.kind == "supports"
                         else "plain")
        parts.append(Markup('<line class="{}" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"><title>{}</title></line>'
                            ).format(cls, x1, y1, x2, y2, e.kind))
    labels = _place_labels(graph.nodes, at, width, height)
    for n in sorted(graph.nodes, key=lambda n: n.kind):
        x, y = at[n.id]
        r = _radius(n)
        shape = (Markup('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>'
                        ).format(x - r, y - r, 2 * r, 2 * r, KIND_COLORS[n.kind]) if n.kind == "event" else
                 Markup('<circle cx="{:.1f}" cy="{:.1f}" r="{:.1f}" fill="{}"/>').format(x, y, r, KIND_COLORS[n.kind]))
        text = Markup("")
        if n.id in labels:
            lx, ly, anchor, label = labels[n.id]
            text = Markup('<text x="{:.1f}" y="{:.1f}" text-anchor="{}">{}</text>').format(lx, ly, anchor, label)
        parts.append(Markup('<a class="node node-{}" href="{}"><title>{}</title>{}{}</a>').format(
            n.kind, _href(n), n.label, shape, text))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
