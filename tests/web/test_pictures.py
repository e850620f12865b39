"""The SVG pictures: graph layout and drawing, the fallback timeline, and timeline items from any helper shape."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx

from storyline.web import api_models as S
from storyline.web.pictures import _normalize, _pack_layout, _ticks, fallback_timeline_svg, graph_svg

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


def test_fallback_timeline_draws_intervals_with_ticks() -> None:
    items = [{"kind": "event", "id": "e1", "title": HOSTILE, "earliest": "2023-02-01", "latest": "2023-02-28"},
             {"kind": "claim", "id": "c1", "title": "said", "earliest": "2023-03-05", "latest": "2023-03-05",
              "conflict": True},
             {"kind": "event", "id": "undated", "title": "no date", "earliest": None}]
    svg = str(fallback_timeline_svg(items))
    root = ET.fromstring(svg)
    rects = root.findall("rect")
    assert [r.get("class") for r in rects] == ["tl-event", "tl-claim tl-conflict"]  # the undated item is left out
    month_bar, day_bar = (float(r.get("width") or 0) for r in rects)
    assert month_bar > 10 * day_bar  # a month-granularity date is drawn as a month, a day as a day
    assert "Feb 2023" in svg and "Mar" in svg and "<script>" not in svg


def test_ticks_switch_to_years_on_long_spans() -> None:
    import datetime as dt

    assert [t for _, t in _ticks(dt.date(2015, 5, 1), dt.date(2023, 1, 1))][:2] == ["2016", "2017"]
    assert len(_ticks(dt.date(2022, 1, 1), dt.date(2023, 12, 31))) <= 12


def test_normalize_reads_other_helper_shapes() -> None:
    item = _normalize({"event": "ev1", "label": "Talks", "date": {"value": "2023-02", "earliest": "2023-02-01",
                                                                    "latest": "2023-02-28"},
                       "articles": ["a1"], "conflicts": {"date": ["x", "y"]}})
    assert (item["kind"], item["id"], item["title"], item["earliest"], item["sources"], item["conflict"]) == (
        "event", "ev1", "Talks", "2023-02-01", ["a1"], True)
