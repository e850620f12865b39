"""The graph picture: layout, drawing, escaping, and labels that neither overlap nor leave the picture."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx

from storyline.web import api_models as S
from storyline.web.pictures import CHAR_W, LINE_H, _pack_layout, graph_svg

HOSTILE = '<script>alert(1)</script> " onmouseover="alert(2)'


def test_pack_layout_keeps_components_apart_and_in_bounds() -> None:
    g = nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"), ("x", "y")])
    g.add_node("lonely")
    pos, aspect = _pack_layout(g)
    assert set(pos) == set(g.nodes)
    assert all(0 <= x <= 1 and 0 <= y <= aspect + 1e-9 for x, y in pos.values())
    big = [pos[n] for n in "abcd"]
    # the small pair sits outside the big component's box
    assert all(not (min(p[0] for p in big) <= pos[n][0] <= max(p[0] for p in big)
                    and min(p[1] for p in big) <= pos[n][1] <= max(p[1] for p in big)) for n in ("x", "y"))


def test_graph_svg_is_well_formed_and_escaped() -> None:
    graph = S.GraphOut(nodes=[S.GraphNode(id="e1", kind="entity", label=HOSTILE, x=0.1, y=0.1),
                              S.GraphNode(id='ev"1', kind="event", label="attack", x=0.9, y=0.4)],
                       edges=[S.GraphEdge(source="e1", target='ev"1', kind="denies")], aspect=0.5)
    svg = str(graph_svg(graph))
    root = ET.fromstring(svg)  # parses: no markup leaked out of a label or attribute
    assert root.find(".//script") is None and all("onmouseover" not in el.attrib for el in root.iter())
    assert HOSTILE in "".join(root.itertext())  # shown, as text
    assert sorted(a.get("href") or "" for a in root.iter("a")) == ["/entities/e1", "/events/ev%221"]
    assert root.find(".//line").get("class") == "edge-deny"


def _label_boxes(svg: str) -> list[tuple[float, float, float, float]]:
    root = ET.fromstring(svg)
    boxes = []
    for t in root.iter("{http://www.w3.org/2000/svg}text") if root.tag.startswith("{") else root.iter("text"):
        x, y, n = float(t.get("x") or 0), float(t.get("y") or 0), len(t.text or "")
        w = n * CHAR_W
        x0 = {"start": x, "end": x - w, "middle": x - w / 2}[t.get("text-anchor") or "start"]
        boxes.append((x0, y - LINE_H + 4, x0 + w, y + 4))
    return boxes


def test_graph_labels_do_not_overlap_or_leave_the_picture() -> None:
    # a crowded cluster: 30 nodes with long labels in a small square
    nodes = [S.GraphNode(id=f"n{i}", kind="entity" if i % 3 else "event", label=f"A rather long name number {i}",
                         size=float(i % 5), x=0.45 + 0.01 * (i % 6), y=0.3 + 0.01 * (i // 6)) for i in range(30)]
    svg = str(graph_svg(S.GraphOut(nodes=nodes, edges=[], aspect=0.6), width=600))
    boxes = _label_boxes(svg)
    assert 0 < len(boxes) < 30  # some labels fit, the rest stay as tooltips
    width, height = (float(v) for v in ET.fromstring(svg).get("viewBox", "").split()[2:])
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[2] <= width and a[1] >= 0 and a[3] <= height, a
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    assert svg.count("<title>") == 30  # every node keeps its full label as a tooltip
