"""The pictures of the web UI: the entity–event–claim graph and the timeline, as SVG laid out server-side.

Every label is escaped (SVG is XML: a name with ``<`` or ``"`` must stay
text). The timeline comes from ``storyline.present.timeline`` when it is
installed; the small drawing here is the fallback.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from collections.abc import Sequence
from typing import Any

import networkx as nx
from markupsafe import Markup

from storyline.model import Claim, Event, to_dict
from storyline.store.base import Store
from storyline.web import api_models as S
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
    from urllib.parse import quote

    return {"entity": "/entities/", "event": "/events/", "claim": "/claims/"}[node.kind] + quote(node.id, safe="")


def graph_svg(graph: S.GraphOut, width: int = 1000, max_height: int = 900) -> Markup:
    """The graph as inline SVG; each node links to its page."""
    if not graph.nodes:
        return Markup('<p class="muted">Nothing to draw yet: no events or claims in the store.</p>')
    # positions: x in [0, 1], y in [0, aspect]; leave room on the right for labels
    left, right, top, bottom = 30, 170, 30, 30
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
    # in a crowded graph only entities and hubs get a label; every node keeps its full label as a tooltip
    crowded = len(graph.nodes) > 25
    for n in sorted(graph.nodes, key=lambda n: n.kind):
        x, y = at[n.id]
        r = 5 + min(n.size, 12)
        short = n.label if n.kind == "entity" or not crowded or n.size >= 3 else ""
        label = short if len(short) <= 28 else short[:27] + "…"
        shape = (Markup('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>'
                        ).format(x - r, y - r, 2 * r, 2 * r, KIND_COLORS[n.kind]) if n.kind == "event" else
                 Markup('<circle cx="{:.1f}" cy="{:.1f}" r="{:.1f}" fill="{}"/>').format(x, y, r, KIND_COLORS[n.kind]))
        parts.append(Markup('<a class="node node-{}" href="{}"><title>{}</title>{}'
                            '<text x="{:.1f}" y="{:.1f}">{}</text></a>').format(
            n.kind, _href(n), n.label, shape, x + r + 3, y + 4, label))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


# --------------------------------------------------------------------------- timeline


def _present_timeline() -> Any:
    try:
        return importlib.import_module("storyline.present.timeline")
    except ImportError:
        return None


def timeline_items(events: Sequence[Event], claims: Sequence[Claim]) -> list[dict[str, Any]]:
    """Events and dated claims in time order (the present helper's items when available)."""
    mod = _present_timeline()
    if mod is not None and hasattr(mod, "build_timeline"):
        return [_normalize(to_dict(i) if dataclasses.is_dataclass(i) else dict(i))
                for i in mod.build_timeline(events, claims)]
    items = []
    for ev in events:
        d = ev.date
        items.append({"kind": "event", "id": ev.id, "title": event_title(ev), "value": d.value if d else None,
                      "earliest": d.earliest if d else None, "latest": d.latest if d else None,
                      "granularity": d.granularity if d else None, "modality": ev.modality,
                      "sources": sorted({m.article for m in ev.mentions}), "conflict": bool(ev.conflicts)})
    for c in claims:
        if c.time and c.time.earliest:
            items.append({"kind": "claim", "id": c.id, "title": f"{c.speaker_text or '?'}: {c.content[:80]}",
                          "value": c.time.value, "earliest": c.time.earliest, "latest": c.time.latest,
                          "granularity": c.time.granularity, "sources": [c.article], "conflict": False})
    return sorted(items, key=lambda i: (i["earliest"] is None, i["earliest"] or "", i["id"]))


def has_present_timeline() -> bool:
    mod = _present_timeline()
    return mod is not None and hasattr(mod, "timeline_svg") and hasattr(mod, "build_timeline")


def _normalize(item: dict[str, Any]) -> dict[str, Any]:
    """The keys the pages read (kind, id, title, value, earliest, latest, sources, conflict), whatever the
    timeline helper names them; its own keys are kept for the API."""
    out = dict(item)
    out.setdefault("kind", "claim" if item.get("claim") else "event")
    out.setdefault("id", item.get("ref") or item.get("event") or item.get("claim"))
    out.setdefault("title", item.get("label") or item.get("text") or out["id"])
    raw_date = item.get("date")
    date: dict[str, Any] = raw_date if isinstance(raw_date, dict) else {}
    for key in ("value", "earliest", "latest", "granularity"):
        out.setdefault(key, date.get(key))
    out.setdefault("sources", item.get("articles") or [])
    out.setdefault("conflict", bool(item.get("conflicts")))
    return out


def timeline_svg(events: Sequence[Event], claims: Sequence[Claim]) -> str | None:
    """SVG text of the timeline from the present helper, or None when it is not available."""
    mod = _present_timeline()
    if mod is None or not hasattr(mod, "timeline_svg") or not hasattr(mod, "build_timeline"):
        return None
    return str(mod.timeline_svg(mod.build_timeline(events, claims)))


def _ticks(lo: dt.date, hi: dt.date) -> list[tuple[dt.date, str]]:
    """Axis ticks: month starts for spans up to ~3 years (thinned to at most 12), else year starts."""
    if (hi - lo).days > 3 * 366:
        return [(dt.date(y, 1, 1), str(y)) for y in range(lo.year + (lo > dt.date(lo.year, 1, 1)), hi.year + 1)]
    months: list[tuple[dt.date, str]] = []
    d = dt.date(lo.year, lo.month, 1)
    while d <= hi:
        if d >= lo:
            months.append((d, d.strftime("%b %Y") if d.month == 1 or not months else d.strftime("%b")))
        d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    step = max(1, -(-len(months) // 12))
    return months[::step]


def fallback_timeline_svg(items: Sequence[dict[str, Any]], width: int = 1000, max_items: int = 80) -> Markup:
    """A dated lane per item: a bar from earliest to latest day, so a month-granularity date is a month bar
    and a year a year bar. Events are orange, dated claims green; a red outline flags conflicting sources."""
    dated = [i for i in items if i.get("earliest")][:max_items]
    if not dated:
        return Markup('<p class="muted">No dated events yet.</p>')
    days = [dt.date.fromisoformat(i["earliest"][:10]) for i in dated]
    ends = [dt.date.fromisoformat((i.get("latest") or i["earliest"])[:10]) for i in dated]
    lo, hi = min(days), max(ends) + dt.timedelta(days=1)
    span = max(1, (hi - lo).days)
    left, right, row, top = 260, 20, 18, 30
    height = top + 10 + row * len(dated)

    def x(d: dt.date) -> float:
        return left + (d - lo).days / span * (width - left - right)

    head = Markup('<svg class="timeline" viewBox="0 0 {} {}" role="img" aria-label="timeline">').format(width, height)
    parts = [head]
    for d, label in _ticks(lo, hi):
        parts.append(Markup('<line class="tick" x1="{0:.1f}" y1="20" x2="{0:.1f}" y2="{1}"/>'
                            '<text class="axis" x="{0:.1f}" y="14" text-anchor="middle">{2}</text>'
                            ).format(x(d), height - 6, label))
    for k, (item, a, b) in enumerate(zip(dated, days, ends, strict=True)):
        y = top + k * row
        label = str(item.get("title") or item.get("id"))
        cls = "tl-" + str(item.get("kind", "event")) + (" tl-conflict" if item.get("conflict") else "")
        parts.append(Markup('<text class="tl-label" x="{}" y="{}" text-anchor="end">{}</text>').format(
            left - 8, y + 10, label if len(label) <= 40 else label[:39] + "…"))
        parts.append(Markup('<rect class="{}" x="{:.1f}" y="{}" width="{:.1f}" height="12" rx="2"><title>{} ({} – {})'
                            '</title></rect>').format(cls, x(a), y, max(5.0, x(b + dt.timedelta(days=1)) - x(a)),
                                                      label, a.isoformat(), b.isoformat()))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
