"""Highlighted article text: escaped segments between offsets, claims as an outer layer, no broken nesting."""

from __future__ import annotations

from storyline.web.highlight import HSpan, highlight
from tests.web.storydata import A1, at


def test_highlight_escapes_segments_and_nests_inside_claims() -> None:
    text = 'A <b>"x"</b> said Bo & co.'
    bo = text.index("Bo")
    spans = [HSpan(0, len(text) - 1, "claim", "/claims/c1", 'claim "1"'), HSpan(2, 12, "entity", "/entities/e1"),
             HSpan(bo, bo + 2, "entity", None), HSpan(bo + 1, bo + 4, "date", "/timeline")]  # overlap: dropped
    html = str(highlight(text, spans))
    assert html.startswith('<span class="hl hl-claim"><a class="claim-tag" href="/claims/c1" '
                           'title="claim &#34;1&#34;">')
    assert '<a class="hl hl-entity" href="/entities/e1">&lt;b&gt;&#34;x&#34;&lt;/b&gt;</a>' in html
    assert '<span class="hl hl-entity">Bo</span>' in html and "hl-date" not in html
    assert html.endswith(" &amp; co</span>.")


def test_highlight_drops_span_crossing_a_claim() -> None:
    text = "one two three four"
    html = str(highlight(text, [HSpan(0, 7, "claim", "/claims/c"), HSpan(4, 13, "entity", "/entities/e")]))
    assert "hl-entity" not in html and html.count("</span>") == 1


def test_highlight_keeps_offsets_of_fixture() -> None:
    s, e = at(A1, "Kessel")
    html = str(highlight(A1, [HSpan(s, e, "entity", "/entities/ent_kessel")]))
    assert html.replace('<a class="hl hl-entity" href="/entities/ent_kessel">', "").replace("</a>", "") == A1
