"""The sentences a briefing reads from: found, cleaned, grouped across copies, and weighed.

- **Candidates**: the analyses' sentence spans (a plain splitter when an
  article has none), offsets kept; fragments under ``MIN_WORDS`` and run-ons
  over ``MAX_WORDS`` are left out, and so is page furniture (handles, links,
  share/follow lines, bylines, photo credits, rows of figures); a dateline
  opening a sentence ("SARN:", "DORVA, March 1 (Reuters) -") is cut off and the
  offsets follow the cut.
- **Duplicates**: sentences with the same normalized text, or near-identical
  ones (a syndicated copy, a lightly edited wire story), become one
  :class:`Group`; the original's wording is shown and every carrier is cited.
- **Salience**: centrality (summed cosine to the other sentences, as in
  LexRank) over MiniLM vectors, or TF-IDF ones without a model, plus the
  weight of the entities a sentence names, how many independent sources carry
  it, and how early in its article it comes.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from storyline.analyze.embed import Embedder
from storyline.analyze.tfidf import tfidf_vectors
from storyline.lexicons.calendar_words import MONTH_RE, WEEKDAY_RE
from storyline.lexicons.stopwords import FUNCTION_WORDS
from storyline.model import Article, Story
from storyline.present.words import dateline_length

MIN_WORDS = 6  # shorter "sentences" are headlines, bylines and fragments
MAX_WORDS = 80  # longer ones are usually unsplit lists or tables
MAX_CANDIDATES = 2000  # caps the pairwise work on very large stories (cheap pre-score keeps the best)
NEAR_IDENTICAL = 90.0  # rapidfuzz ratio (0-100) above which two sentences are the same sentence
NEAR_IDENTICAL_FAMILY = 75.0  # looser inside a source family / copy: wire copies are lightly edited
REDUNDANT = 0.85  # cosine above which a sentence only repeats a chosen one
_SPLIT = re.compile(r"[.!?][\"'”’)]*(\s+)(?=[\"'“‘(]?[A-Z0-9])|(\n+)")
_SPACE = re.compile(r"\s+")
#: page furniture that leaks into sentences: handles, links, share/follow lines, bylines, photo credits
FURNITURE = re.compile(
    r"(?:^|\s)@\w{2,}|https?://|\bwww\.|\b(?:Twitter|Facebook|Instagram|WhatsApp|Telegram)\s*/|"
    r"\bclick here\b|\bread more\b|\bsubscribe\b|\bsign up for\b|\bnewsletter\b|\bfollow us\b|"
    r"[,(]\s*(?:\w+\s+)?(?:seen|pictured|shown)\s+(?:here|above|below)\b|\(pictured\)|"
    r"\bcopyright\b|©|\ball rights reserved\b|\bshare (?:this|on)\b|\b(?:photo|image|file photo)\s*:|"
    r"\(reporting by\b|\bediting by\b|\bwritten by\b|^by [A-Z]|\btags?:|\bshort url\b|\|.*\||"
    r"\bby [A-Z][\w.]*(?: [A-Z][\w.]*){0,3} (?:News|Desk|Staff|Correspondent|Reporter)\b|\bupdated:? \d",
    re.IGNORECASE)
#: a dateline opening a sentence: "SARN:", "DORVA, March 1 (Reuters) -", "KERETH (AFP) —", "LESK, Mar. 3, 2031 -"
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([^)]{1,30}\))?"
                      r"\s*[:—–-]+\s+")
LEADING_DASH = re.compile(r"^[-–—−]+\s+(?=[\"“‘'A-Z0-9])")
#: a dateline whose place in capitals goes on with its region and country in title case, before its agency or
#: a dash: "KERETH STATION, Oru Region, Estmark (VNA) - …", "NORTH SARN, Valdora — …" (the capitals alone are
#: :data:`DATELINE`)
REGION_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,},(?:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?){1,3}"
                             r"(?:\s*\([^)]{1,30}\)\s*[:—–-]+|\s+[—–-])\s+(?=[\"“‘'A-Z])")
#: conversion debris before a sentence: a stray ampersand, an escape written out ("&\\tThe …", "\\tWhile …"),
#: or the closing quotation mark of the sentence before, left before a line break (an opening mark is never
#: followed by a space)
LEADING_DEBRIS = re.compile(r"^(?:&(?:amp;)?|\\[tnr]|[\"”’]\s|\s)+(?=[\"“‘'A-Za-z0-9])")
#: the same debris after a sentence's end: where the splitter missed the next sentence ("… cases. &\\tRegan …")
INNER_DEBRIS = re.compile(r"(?<=[.!?\"”])\s*(?:&(?:amp;)?)?\\[tnr]")
#: a news bureau's dateline ("Sarn, ABC Bureau: In …", "Express News Service: …"), or its tail when the
#: sentence splitter left the place in the sentence before (", ABC Bureau: In …")
BUREAU_DATELINE = re.compile(r"^(?:,\s*|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},\s*)?(?:[A-Z][\w&.-]*\s+){1,3}"
                             r"(?i:bureau|desk|news service)\s*[:—–-]\s+(?=[\"“‘'A-Z])")
#: a place glued to the sentence by a comma before a capitalized article ("Tarvin, The kidnapping of …"): a
#: determiner after a comma is written in lower case in running text
COMMA_DATELINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},\s+(?=(?:The|A|An)\s+[a-z])")
_DAY = rf"{MONTH_RE}\.?\s+\d{{1,2}},?\s+\d{{4}}"
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?"
_ZONE = r"(?:[A-Z]{2,4}|GMT[+-]\d{1,2})"
#: a page's time stamp opening a sentence, after at most four capitalised words of byline or section
#: ("FP Explainers March 26, 2024, 10:24:25 IST …", "ET, March 25, 2024 Here's …", "March 23, 2024 4:26 PM
#: …"): a date with a clock time or a time zone, never a date alone ("March 25, 2024 was …" stays)
STAMP = re.compile(rf"^(?:[A-Z][\w’'&.-]*\s+){{0,4}}?(?:{_ZONE},\s*{_DAY}(?:,?\s*{_CLOCK})?(?:\s+{_ZONE})?|"
                   rf"{_DAY},?\s*{_CLOCK}(?:\s*{_ZONE}\b)?)\s*[|:—–-]?\s+(?=[\"“‘'A-Z])")
#: a page's date line with a weekday, set off by a dash ("Tuesday, April 1, 2031 – The minister …"): a sentence
#: does not open on its own full date and a dash
DAY_STAMP = re.compile(rf"^{WEEKDAY_RE},?\s+(?:{_DAY}|\d{{1,2}}\s+{MONTH_RE}\s+\d{{4}})\s+[—–-]\s+(?=[\"“‘'A-Z])")
#: a page template's identifier glued before a sentence, with a credit before it ("AP info_icon The …"):
#: snake_case words are never prose
TEMPLATE_WORD = re.compile(r"^(?:\S+\s+){0,3}?[a-z]+(?:_[a-z]+)+\s+(?=[\"“‘'A-Z])")
#: a media marker ending a headline glued into the text ("… terrorist attack PHOTO")
MEDIA_TAIL = re.compile(r"\s+(?:PHOTOS?|VIDEOS?|WATCH|LIVE|LISTEN|GALLERY)\s*$")
#: share buttons glued to the first sentence of a pasted page ("WhatsApp The leader of ..."); a company name
#: among them (Facebook, Twitter) counts only next to another button ("Facebook Twitter WhatsApp")
SHARE_BUTTONS = re.compile(r"^(?:(?:Share|Tweet|WhatsApp|Email|E-mail|Print|Facebook|Twitter|LinkedIn|Telegram)"
                           r"\b[\s|·•]*)+(?=[A-Z\"“‘'])")
_BUTTON_ALONE = frozenset({"Share", "Tweet", "WhatsApp", "Email", "E-mail", "Print"})


#: a line that is a dateline and nothing else ("KERETH, Estmark"), the text starting on the next line
DATELINE_LINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*[-–—:]?\s*$")


def dateline_cut(line: str) -> int:
    """How many leading characters of a text's line are its dateline or a page's date line (all of it when the
    line is nothing else): what an untitled article's first words, shown as its title, start after."""
    if DATELINE_LINE.match(line):
        return len(line)
    m = DATELINE.match(line) or REGION_DATELINE.match(line) or COMMA_DATELINE.match(line) or \
        STAMP.match(line) or DAY_STAMP.match(line)
    cut = m.end() if m else 0
    return cut + dateline_length(line[cut:])


def share_prefix(text: str) -> int:
    """How many leading characters of a sentence are share buttons (0 when none)."""
    m = SHARE_BUTTONS.match(text)
    if not m:
        return 0
    words = m.group(0).split()
    return m.end() if len(words) > 1 or words[0] in _BUTTON_ALONE else 0


@dataclass
class Sent:
    article: str
    start: int
    end: int
    text: str  # whitespace-collapsed display text
    norm: str  # lower-cased alphanumerics, for duplicate detection
    position: int  # its index among the article's candidate sentences (captions, headings, furniture skipped)


@dataclass
class Group:
    """Sentences that say the same thing in the same words; ``rep`` is shown."""

    rep: Sent
    members: list[Sent] = field(default_factory=list)
    events: set[str] = field(default_factory=set)
    claims: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)


def normalize(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A plain sentence splitter for articles that come without analysis sentences."""
    spans, start = [], 0
    for m in _SPLIT.finditer(text):
        gap = 1 if m.group(1) is not None else 2  # the whitespace after an end mark, or a line break
        spans.append((start, m.start(gap)))
        start = m.end(gap)
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _after_headline(text: str, start: int, end: int) -> int:
    """Where the sentence starts when a headline line without a full stop was glued to it ("HTK Tells Orvani:
    Free Our Men\nThe leader of ..." reads "The leader of ...")."""
    cut = text.rfind("\n", start, end)
    if cut < 0:
        return start
    before = text[start:cut].rstrip()
    return cut + 1 if before and before[-1] not in ".!?\"”’)" else start


def _fragment_start(text: str) -> bool:
    """The sentence opens in lower case ("after 12 years of conflict …"): the tail of one the splitter cut, which
    reads as no statement on its own ("eBay", "iPhone" open sentences: a capital inside the word is a name)."""
    words = text.lstrip("\"“‘'([").split(maxsplit=1)  # none in a sentence of quote marks alone ('"', "(")
    first = words[0] if words else ""
    return first[:1].islower() and first.islower()


def _heading_line(text: str, raw: str, end: int) -> bool:
    """A line of its own without a sentence end ("Crew was filling potholes when ship struck bridge", "Workers
    presumed dead, search called off:"): a headline or a subheading, not a sentence of the report."""
    if raw.rstrip()[-1:] in ".!?…\"”’)]":
        return False
    rest = text[end:end + 2]
    return end >= len(text.rstrip()) or rest.startswith("\n") or rest.lstrip(" \t").startswith("\n")


def _title_case(text: str) -> bool:
    """A headline line without a full stop ("Abducted Pupils Released After Two Weeks"): every word of four
    letters or more capitalized (function words aside: "Questions about Talks"), and no sentence end."""
    if text.rstrip()[-1:] in ".!?\"”’)":
        return False
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4 and w.lower() not in FUNCTION_WORDS]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _headline(text: str, title: str | None) -> bool:
    """The sentence is the article's own headline, or the part of it before a colon the splitter cut at ("… search
    called off:" of "… search called off: live updates"), or the headline and the kicker that opens the text; case,
    spacing and closing punctuation aside."""
    def key(s: str) -> str:
        return _SPACE.sub(" ", s).strip(" .!?:").casefold()

    head, line = key(title or ""), key(text)
    # the headline with the kicker of the text's first line glued on ("<headline> Sarn bridge collapse:")
    kicker = line.startswith(head) and text.rstrip().endswith(":") and len(line[len(head):].split()) <= KICKER_WORDS
    return bool(head) and (line == head or (len(line.split()) >= 5 and head.startswith(line + ":")) or kicker)


KICKER_WORDS = 6  # a kicker ("Sarn bridge collapse:") is a few words


#: a photo credit on a line of its own ("JANE DOE/Getty Images", "(Image: RT)", "Photo: Ana Berg", "AFP PHOTO")
CREDIT_LINE = re.compile(r"^\s*(?:\(?(?i:photo|image|picture|credit)s?\s*(?i:by\b|:)[^\n]{0,60}\)?|"
                         r"(?:[A-Z][\w.'’-]*\s?){1,4}/\s?(?:[A-Z][\w.&'’-]*\s?){1,4}|"
                         r"(?:AFP|AP|REUTERS|EPA|PTI|ANI|Reuters)(?:\s+PHOTO)?)\s*$")


def captioned(text: str, end: int) -> bool:
    """The sentence ending at ``end`` closes its line and a photo credit stands on the next: a caption
    ("Police guard the square after the blast.\nJANE DOE/Getty Images"), not reporting."""
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip():
        return False
    nxt = next((ln for ln in text[nl + 1:nl + 200].split("\n") if ln.strip()), "")
    return CREDIT_LINE.match(nxt) is not None


def is_furniture(text: str) -> bool:
    """Page furniture, not reporting: handles, links, share/follow lines, bylines, credits; and tables
    (rows of figures such as "Oper shr 17 cts vs 19 cts"), which are not sentences a reader can use."""
    if FURNITURE.search(text) is not None or (text.isupper() and len(text.split()) > 3):
        return True
    words = text.split()
    figures = sum(1 for w in words if any(ch.isdigit() for ch in w))
    return figures >= 5 and figures / len(words) >= 0.3


#: list bullets at either end of a sentence (the glyph of its own item, or of the next one)
BULLET_HEAD = re.compile(r"^[•·▪●◦‣■□►▶✓✔]+\s*")
BULLET_TAIL = re.compile(r"\s*[•·▪●◦‣■□►▶✓✔]+$")
#: the next item of a list the sentence splitter glued on: a line that opens with a dash or a bullet after the
#: sentence's end ("… a statement.\n- “We will …”"): the sentence ends at that line
LIST_ITEM_BREAK = re.compile(r"(?<=[.!?\"”’])\s*\n\s*[-–—•·▪●*]\s+(?=\S)")


def cut_off(text: str) -> bool:
    """A sentence without its end: no closing punctuation, quote or bracket after its last word."""
    return text.rstrip()[-1:] not in ".!?\"”’')…:;"


QUOTE_LOOKBACK = 400  # characters before a sentence searched for the opening of a quotation it closes


def quote_start(text: str, s: int, e: int) -> int:
    """Where the quotation a sentence closes opens, when the splitter cut it in two ('We came to agree on how
    to start again," Kovane told reporters.' starts at the quote's first sentence); ``s`` when it closes none
    or the opening is not in the same paragraph nearby."""
    raw = text[s:e]
    lo = max(0, s - QUOTE_LOOKBACK)
    close = raw.find("”")
    if close >= 0 and not 0 <= raw.find("“") < close:
        j = text.rfind("“", lo, s)
        return j if j >= 0 and "”" not in text[j:s] and "\n\n" not in text[j:s] else s
    k = raw.find('"')
    if raw.count('"') % 2 and k > 0 and raw[k - 1] in ",.!?…":  # the first straight quote closes one
        j = text.rfind('"', lo, s)
        return j if j >= 0 and text[j:s].count('"') == 1 and "\n\n" not in text[j:s] else s
    return s


#: a sentence that is one quotation and nothing else: "“We will not give up.”", "\"Our teams went to …\""
_WHOLE_QUOTE = re.compile(r'^(?:“[^“”"]*|"[^“”"]*|‘[^‘’]*|\'[^\'"]*)[.!?,]?[”"’\'][.!?]?$')


def unattributed_quote(text: str) -> bool:
    """The sentence is a quotation with no word outside its marks (its speaker is named in another sentence):
    shown alone as a bullet it is nobody's words."""
    return bool(_WHOLE_QUOTE.match(text.strip()))


def candidates(articles: Sequence[Article], sentences: Mapping[str, Sequence[tuple[int, int]]]) -> list[Sent]:
    out = []
    for art in articles:
        spans = sentences.get(art.id) or split_sentences(art.text)
        kept = 0
        for i, (s0, e0) in enumerate(spans):
            s, e = _trim(art.text, s0, e0)
            s += share_prefix(art.text[s:e])
            s = _after_headline(art.text, s, e)
            if m := LEADING_DEBRIS.match(art.text[s:e]):  # "&\\tRegan, expected to …" reads "Regan, …"
                s += m.end()
            if m := DATELINE.match(art.text[s:e]) or COMMA_DATELINE.match(art.text[s:e]) or \
                    REGION_DATELINE.match(art.text[s:e]):  # "SARN: A bomb ..."
                s += m.end()
            s += dateline_length(art.text[s:e])  # "TARVIN-‘At least …", "Lima: Peru has …"
            if m := TEMPLATE_WORD.match(art.text[s:e]):
                s += m.end()
            if m := STAMP.match(art.text[s:e]) or DAY_STAMP.match(art.text[s:e]):  # "ET, March 25, 2024 Here's …"
                s += m.end()
            if m := INNER_DEBRIS.search(art.text[s:e]):  # the first sentence of those glued at the debris
                e = s + m.start()
            if m := MEDIA_TAIL.search(art.text[s:e]):
                e = s + m.start()
            if m := LEADING_DASH.match(art.text[s:e]):  # "– Scores of …": what a dateline's dash was left on
                s += m.end()
            if m := BUREAU_DATELINE.match(art.text[s:e]):  # ", ABC Bureau: In a …" reads "In a …"
                s += m.end()
            s, e = _trim(art.text, s, e)  # a cut can leave the indentation of the next line
            if m := BULLET_HEAD.match(art.text[s:e]):  # "• After the arrest, …": a list's bullet, not its text
                s += m.end()
            if m := BULLET_TAIL.search(art.text[s:e]):  # "… are detained. •": the next item's bullet
                e = s + m.start()
            if m := LIST_ITEM_BREAK.search(art.text[s:e]):  # "… a statement.\n- “We …”": the next item
                e = s + m.start()
            s = quote_start(art.text, s, e)
            raw = art.text[s:e]
            if _headline(raw, art.title) or _fragment_start(raw) or _title_case(raw) or \
                    _heading_line(art.text, raw, e):
                continue  # the page's headline repeated as the text's first line; the tail of a cut sentence
            n_words = len(raw.split())
            if not (MIN_WORDS <= n_words <= MAX_WORDS) or not re.search(r"[^\W\d_]", raw) or is_furniture(raw) \
                    or captioned(art.text, e):
                continue
            if unattributed_quote(raw):
                continue  # words in quotation marks and nothing else: whose, the reader of a bullet cannot tell
            if 0 < i == len(spans) - 1 and cut_off(raw):
                continue  # the text stops mid-sentence (a truncated feed or scrape): "… in view of grow"
            # its place among the article's sentences a reader gets, not among its lines: a lede under a
            # standfirst, a caption and its credit is still the lede
            out.append(Sent(art.id, s, e, _SPACE.sub(" ", raw), normalize(raw), kept))
            kept += 1
    return out


def group_duplicates(cands: list[Sent], vecs: np.ndarray, family: Mapping[str, str],
                      rank: Mapping[str, tuple[int, str, str]]) -> list[tuple[Group, int]]:
    """Merge same/near-identical sentences; returns groups with the row of their representative.

    Candidates come ranked by article (originals first), so the first member
    of a group is from the original and is what is shown. Embedding/TF-IDF
    cosine finds likely pairs cheaply; the character-level ratio decides, so
    two outlets paraphrasing one fact stay two sentences.
    """
    order = sorted(range(len(cands)), key=lambda i: (rank[cands[i].article], cands[i].position))
    sims = vecs @ vecs.T if len(cands) else np.zeros((0, 0))
    groups: list[tuple[Group, int]] = []
    by_norm: dict[str, int] = {}
    for i in order:
        c = cands[i]
        hit = by_norm.get(c.norm)
        if hit is None:
            hit = _near_identical_group(c, i, groups, sims, family)
        if hit is None:
            groups.append((Group(rep=c, members=[c]), i))
            by_norm[c.norm] = len(groups) - 1
        else:
            g = groups[hit][0]
            by_norm.setdefault(c.norm, hit)
            if all(m.article != c.article for m in g.members):  # one citation per article
                g.members.append(c)
    return groups


def _near_identical_group(c: Sent, i: int, groups: list[tuple[Group, int]], sims: np.ndarray,
                          family: Mapping[str, str]) -> int | None:
    if not groups:
        return None
    rows = np.fromiter((row for _, row in groups), dtype=np.int64, count=len(groups))
    for gi in np.flatnonzero(sims[i, rows] >= 0.6):  # a cheap filter before the character-level check
        g = groups[int(gi)][0]
        same_family = any(family.get(m.article) == family.get(c.article) for m in g.members)
        limit = NEAR_IDENTICAL_FAMILY if same_family else NEAR_IDENTICAL
        if fuzz.ratio(c.norm, g.rep.norm) >= limit:
            return int(gi)
    return None


def _inside(spans: Iterable[tuple[str, int, int, str]], groups: list[tuple[Group, int]], attr: str) -> None:
    """Attach object ids whose spans fall inside a group member's sentence (sentences do not overlap)."""
    where: dict[str, list[tuple[int, int, Group]]] = defaultdict(list)
    for g, _ in groups:
        for m in g.members:
            where[m.article].append((m.start, m.end, g))
    starts: dict[str, list[int]] = {}
    for article, rows in where.items():
        rows.sort(key=lambda r: r[0])
        starts[article] = [r[0] for r in rows]
    for article, start, end, oid in spans:
        if article not in where:
            continue
        i = bisect_right(starts[article], start) - 1  # the last sentence starting at or before the span
        if i >= 0:
            s, e, g = where[article][i]
            if s <= start and end <= e:
                getattr(g, attr).add(oid)


def annotate(story: Story, groups: list[tuple[Group, int]]) -> None:
    _inside(((m.article, m.start, m.end, e.id) for e in story.entities for m in e.mentions), groups, "entities")
    _inside(((m.article, m.start, m.end, ev.id) for ev in story.events for m in ev.mentions if m.field is None),
            groups, "events")  # a headline's mention is in no sentence of the text
    # a claim spans its whole attribution; it belongs to the sentence holding its start
    _inside(((c.article, c.start, c.start + 1, c.id) for c in story.claims), groups, "claims")


def scaled(values: Sequence[float] | np.ndarray) -> np.ndarray:
    arr = np.asarray(values, dtype=np.float32)
    top = float(arr.max()) if len(arr) else 0.0
    return arr / top if top > 0 else np.zeros_like(arr)


def salience(story: Story, groups: list[tuple[Group, int]], vecs: np.ndarray,
              family: Mapping[str, str]) -> np.ndarray:
    """Centrality + weight of the entities named + independent carriers + lead position, each in [0, 1]."""
    n = len(groups)
    sims = vecs @ vecs.T
    central = scaled(np.clip(sims, 0, None).sum(axis=1) - 1.0) if n > 1 else np.ones(n)
    ent_articles = {e.id: len({m.article for m in e.mentions}) for e in story.entities}
    ent, sup, lead = [], [], []
    for g, _ in groups:
        top_ents = sorted((ent_articles.get(x, 1) for x in g.entities), reverse=True)[:3]
        ent.append(sum(math.log1p(v) for v in top_ents))
        sup.append(math.log1p(len({family.get(m.article, m.article) for m in g.members})))
        lead.append(1.0 / (1.0 + min(m.position for m in g.members)))
    return (0.45 * central + 0.2 * scaled(ent) + 0.2 * scaled(sup)
            + 0.15 * np.asarray(lead, dtype=np.float32))


def article_rank(articles: Sequence[Article]) -> dict[str, tuple[int, str, str]]:
    """Originals before copies, then by date and id: a group's first member is the one shown."""
    return {a.id: (1 if a.copy_of else 0, a.published or "9999", a.id) for a in articles}


def vectors(texts: list[str], embedder: Embedder | None, query: str | None) -> tuple[np.ndarray, np.ndarray | None]:
    if embedder is not None:
        vecs = embedder.encode([*texts, *([query] if query else [])])
    else:
        vecs = tfidf_vectors(texts, extra=[query] if query else [])
    if query:
        return vecs[:-1], vecs[-1]
    return vecs, None


def _prescore(c: Sent, marked: set[tuple[str, int]]) -> float:
    return (1.0 if (c.article, c.position) in marked else 0.0) + 1.0 / (1 + c.position)


def cap_candidates(cands: list[Sent], story: Story) -> list[Sent]:
    """Keep the MAX_CANDIDATES most promising sentences (ones with events/claims, then leads)."""
    if len(cands) <= MAX_CANDIDATES:
        return cands
    spans = defaultdict(list)
    for c in cands:
        spans[c.article].append(c)
    marked: set[tuple[str, int]] = set()
    points = [(m.article, m.start) for ev in story.events for m in ev.mentions if m.field is None]
    points += [(cl.article, cl.start) for cl in story.claims]
    for art, pos in points:
        for c in spans.get(art, ()):
            if c.start <= pos < c.end:
                marked.add((c.article, c.position))
    return sorted(cands, key=lambda c: -_prescore(c, marked))[:MAX_CANDIDATES]
