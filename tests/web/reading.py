"""What a reader sees, checked in a real browser: codes that should have been words, clipped labels,
briefing headings that do not match their bullets. Used by ``test_reading.py``.

Each check runs in the page (``page.evaluate``) and returns what is wrong, so a failure names the text.
"""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Page

from storyline.analyze.events.ontology import PLOVER

#: codes that must never reach a reader (issue 14): TIMEX3 weeks and weekends, ontology types, spaCy labels,
#: family ids, hash-like ids, counts that do not agree
RAW_CODES = [
    re.compile(r"\b\d{4}-W\d\d"),
    re.compile(r"-WE\b"),
    re.compile(r"\b\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])\b"),
    re.compile(r"family:"),
    re.compile(r"\b(?:ev|ent|fam)[_:][0-9a-f]{6,}"),
    re.compile(r":ev\d+\b"),
    re.compile(r"\b[0-9a-f]{16}\b"),
    re.compile(r"\b(?:GPE|NORP|FAC)\b"),
    re.compile(r"\b1 (?:articles|sources|independent sources|outlets|items|incidents|statements|names|reports"
               r"|mentions|copies)\b"),
]
#: in what we write (headings, tags, dates, labels) an all-capitals word of four letters or more is a type code
TYPE_CODE = re.compile(r"\b(?:" + "|".join(sorted(set(PLOVER) | {"OTHER", "FIGHT", "DEMAND"})) + r")\b")
SHOUTING = re.compile(r"\b[A-Z]{4,}\b")
#: in our labels a date is words ("4 March 2031"), never ISO
ISO_DATE = re.compile(r"\b\d{4}-\d\d(?:-\d\d)?\b")

#: elements whose text is ours (not quoted from an article): headings, tags, dates, counts, lane and axis labels
OURS = ("h1:not(.article-title), h2, .brief-section h3, .tag, td.when, .scope, ul.counts, .vis-label, "
        ".vis-time-axis, dl.meta dt, .pager, th, .conflict, footer, nav, .conflicts td, .event-title")
#: elements quoting articles (their text is the article's, codes and all)
QUOTED = ("#article-text, .snippet, .context, .excerpt, blockquote, .mono, .sources-list, .src, .title, "
          "td.context, a.article-link, .ext, h1.article-title")

_JS_TEXT = """([ours, quoted]) => {
  const skip = new Set(document.querySelectorAll(quoted));
  const keep = (el) => { for (let e = el; e; e = e.parentElement) if (skip.has(e)) return false; return true; };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const all = [];
  while (walker.nextNode()) {
    const n = walker.currentNode;
    const el = n.parentElement;
    if (!el || !keep(el) || el.closest("script, style, noscript")) continue;
    const st = getComputedStyle(el);
    if (st.display === "none" || st.visibility === "hidden") continue;
    all.push(n.textContent);
  }
  const own = Array.from(document.querySelectorAll(ours)).filter(keep).map(e => e.textContent);
  return [all.join(" "), own];
}"""


def raw_codes(pg: Page) -> list[str]:
    """Codes a reader can see: anywhere outside quoted article text, and type codes in our own labels."""
    text, own = pg.evaluate(_JS_TEXT, [OURS, QUOTED])
    found = [m.group(0) for p in RAW_CODES for m in p.finditer(text)]
    for t in own:
        found += [m.group(0) for m in TYPE_CODE.finditer(t)]
        found += [f"{m.group(0)} (in {t[:60]!r})" for m in SHOUTING.finditer(t) if not _acronym(m.group(0))]
        found += [f"{m.group(0)} (in {t[:60]!r})" for m in ISO_DATE.finditer(t)]
    return found


def _acronym(word: str) -> bool:
    """Short all-capitals words in our labels that are names (HTK, NATO, IANS), not codes: up to 5 letters
    that are not one of our type codes."""
    return len(word) <= 5 and not TYPE_CODE.fullmatch(word)


_JS_CLIPPED = """() => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1) out.push("the page scrolls sideways: " +
      document.documentElement.scrollWidth + " > " + vw);
  // text cut by its own box: overflow hidden/clip with content wider than the box
  for (const el of document.querySelectorAll("h1, h2, h3, th, td, .tag, a, button, label, .vis-label .vis-inner")) {
    const st = getComputedStyle(el);
    if (st.display === "none" || el.closest("[hidden]")) continue;
    const clips = ["hidden", "clip"].includes(st.overflowX) || st.textOverflow === "ellipsis";
    if (clips && el.scrollWidth > el.clientWidth + 1) out.push("cut: " + el.innerText.slice(0, 60));
  }
  // SVG text that leaves its picture (graph labels, the timeline picture when shown inline)
  for (const svg of document.querySelectorAll("svg")) {
    const vb = svg.viewBox && svg.viewBox.baseVal;
    if (!vb || !vb.width) continue;
    for (const t of svg.querySelectorAll("text")) {
      const b = t.getBBox();
      const outside = b.x < vb.x - 1 || b.x + b.width > vb.x + vb.width + 1 || b.y < vb.y - 1
        || b.y + b.height > vb.y + vb.height + 1;
      if (outside) out.push("svg text outside its picture: " + t.textContent.slice(0, 60));
    }
    const boxes = Array.from(svg.querySelectorAll("a.node text")).map(t => [t.getBBox(), t.textContent]);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, ta] = boxes[i], [b, tb] = boxes[j];
      if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1)
        out.push("labels overlap: " + ta.slice(0, 30) + " / " + tb.slice(0, 30));
    }
  }
  return out;
}"""


def clipped(pg: Page) -> list[str]:
    """Labels a reader cannot read whole: cut by their box, outside their picture, overlapping; a page that
    scrolls sideways."""
    return list(pg.evaluate(_JS_CLIPPED))


_JS_BROKEN_WORDS = """() => {
  // a word of ours (not a long id or address) split across two lines of a table cell: "Rejectio / n"
  const out = [];
  for (const cell of document.querySelectorAll("table td, table th")) {
    if (cell.closest("[hidden]") || getComputedStyle(cell).display === "none") continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/[A-Za-z\u00c0-\u024f']{2,24}/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) out.push("word broken: " + m[0]);
      }
    }
  }
  return Array.from(new Set(out));
}"""


def broken_words(pg: Page) -> list[str]:
    """Words in tables that wrap in the middle (a phone's narrow columns): a reader stumbles on "Rejectio n"."""
    return list(pg.evaluate(_JS_BROKEN_WORDS))


_JS_SECTIONS = """() => Array.from(document.querySelectorAll("section[data-kind=incident]")).map(sec => ({
  heading: sec.querySelector("h2, h3").innerText,
  members: (sec.getAttribute("data-members") || "").split(" ").filter(Boolean),
  items: Array.from(sec.querySelectorAll("li")).map(li => ({
    kind: li.className, text: li.innerText,
    events: (li.getAttribute("data-events") || "").split(" ").filter(Boolean)}))
}))"""


def briefing_mismatches(pg: Page) -> list[str]:
    """Bullets under an incident heading that are not about that incident (by the events they mention)."""
    out = []
    sections: list[dict[str, Any]] = pg.evaluate(_JS_SECTIONS)
    for sec in sections:
        if not sec["items"]:
            out.append(f"empty section {sec['heading']!r}")
        for it in sec["items"]:
            if not set(it["events"]) & set(sec["members"]):
                out.append(f"{sec['heading']!r} over {it['text'][:80]!r}")
    return out


def briefing_sections(pg: Page) -> int:
    return int(pg.evaluate("() => document.querySelectorAll('section[data-kind]').length"))


_JS_TIMELINE_CUT = """() => {
  const out = [];
  for (const panel of document.querySelectorAll(".vis-panel.vis-center")) {
    const p = panel.getBoundingClientRect();
    for (const item of panel.querySelectorAll(".vis-item:not(.vis-cluster)")) {
      const label = item.querySelector(".tl-item-label");
      if (!label) continue;
      const r = label.getBoundingClientRect();
      if (r.width === 0 || r.left >= p.right - 1 || r.right <= p.left + 1) continue;  // panned out of view
      if (r.right > p.right + 1) out.push("cut at the window's right edge: " + label.textContent.slice(0, 60));
      else if (r.left < p.left - 1 && !item.classList.contains("vis-range"))
        out.push("cut at the window's left edge: " + label.textContent.slice(0, 60));
      const box = item.querySelector(".vis-item-overflow");
      if (box && getComputedStyle(box).overflow !== "visible" && r.right > box.getBoundingClientRect().right + 1
          && box.getBoundingClientRect().right < p.right - 1)
        out.push("cut by its interval: " + label.textContent.slice(0, 60));
    }
  }
  return out;
}"""


_JS_TIMELINE_EMPTY = """() => {
  const panel = document.querySelector(".vis-panel.vis-center");
  const p = panel.getBoundingClientRect();
  let left = Infinity, right = -Infinity;
  for (const item of panel.querySelectorAll(".vis-item")) {
    const r = item.getBoundingClientRect();
    if (r.width === 0 || r.right <= p.left || r.left >= p.right) continue;  // out of the window
    left = Math.min(left, Math.max(r.left, p.left));
    right = Math.max(right, Math.min(r.right, p.right));
  }
  return [(left - p.left) / p.width, (p.right - right) / p.width];
}"""


def timeline_empty(pg: Page) -> tuple[float, float]:
    """The share of the interactive timeline's opening window left empty before its first item and after the
    end of its last label (0.0 when an item touches that edge)."""
    left, right = pg.evaluate(_JS_TIMELINE_EMPTY)
    return float(left), float(right)


def timeline_cut(pg: Page) -> list[str]:
    """Labels of the interactive timeline that its opening window or their own interval cuts off (an item
    panned out of view is not cut: it is a drag away)."""
    return list(pg.evaluate(_JS_TIMELINE_CUT))
