"""Article text with highlighted entity, date, event and claim spans, built safely from offsets.

Article text is untrusted: the HTML is assembled by escaping every text
segment between span boundaries and wrapping segments in tags we write
ourselves, so no byte of article text is ever inserted unescaped.

Claims cover whole attributions and usually contain names and dates, so they
form an outer layer; entity, date and event spans form an inner layer of
non-overlapping links. Spans that would cross a claim boundary are dropped
rather than producing malformed nesting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

#: inner span kinds in the order they win a tie for the same text (a name beats the event trigger it names)
INNER_KINDS = ("entity", "date", "event")


@dataclass(frozen=True)
class HSpan:
    """A span to highlight: ``kind`` is entity | date | event | claim; ``href`` may be None (shown, not linked)."""

    start: int
    end: int
    kind: str
    href: str | None = None
    title: str = ""
    anchor: str | None = None  # element id, so other pages can link to the span (claims)


def _non_overlapping(spans: Iterable[HSpan]) -> list[HSpan]:
    """Greedy pick: earliest start first, longer first, then by kind rank; overlapping later spans are dropped."""
    rank = {k: i for i, k in enumerate(INNER_KINDS)}
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), rank.get(s.kind, 9)))
    kept: list[HSpan] = []
    for s in ordered:
        if s.end <= s.start:
            continue
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


def _open_tag(span: HSpan) -> Markup:
    title = Markup(' title="{}"').format(span.title) if span.title else Markup("")
    if span.href:
        return Markup('<a class="hl hl-{}" href="{}"{}>').format(span.kind, span.href, title)
    return Markup('<span class="hl hl-{}"{}>').format(span.kind, title)


def _close_tag(span: HSpan) -> Markup:
    return Markup("</a>") if span.href else Markup("</span>")


def _render_inner(text: str, start: int, end: int, inner: Sequence[HSpan]) -> Markup:
    """Escape ``text[start:end]`` with the inner spans inside it wrapped in links."""
    out: list[Markup] = []
    pos = start
    for s in inner:
        if s.start < pos or s.end > end:
            continue
        out.append(escape(text[pos:s.start]))
        out.append(_open_tag(s) + escape(text[s.start:s.end]) + _close_tag(s))
        pos = s.end
    out.append(escape(text[pos:end]))
    return Markup("").join(out)


def highlight(text: str, spans: Iterable[HSpan]) -> Markup:
    """HTML for ``text`` with ``spans`` highlighted; safe to insert into a page as is."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    claims = _non_overlapping(s for s in spans if s.kind == "claim")
    inner = _non_overlapping(s for s in spans if s.kind != "claim")
    # an inner span crossing a claim boundary cannot nest inside or outside it: drop it
    inner = [s for s in inner if not any(c.start < s.end and s.start < c.end and not (c.start <= s.start
                                         and s.end <= c.end) for c in claims)]
    out: list[Markup] = []
    pos = 0
    for c in claims:
        out.append(_render_inner(text, pos, c.start, [s for s in inner if pos <= s.start and s.end <= c.start]))
        marker = Markup('<a class="claim-tag" href="{}" title="{}">claim</a>').format(c.href or "#", c.title)
        body = _render_inner(text, c.start, c.end, [s for s in inner if c.start <= s.start and s.end <= c.end])
        anchor = Markup(' id="{}"').format(c.anchor) if c.anchor else Markup("")
        out.append(Markup('<span class="hl hl-claim"{}>{}{}</span>').format(anchor, marker, body))
        pos = c.end
    out.append(_render_inner(text, pos, len(text), [s for s in inner if pos <= s.start]))
    return Markup("").join(out)

