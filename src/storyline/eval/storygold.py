"""``storyline eval examples [GOLD] [STORY.json]``: a story@1 export scored against a story gold.

A story gold lists what a careful analyst reads off a corpus. Its format is the
seeds' ``gold.json`` (``../shared/seeds/``), which this module scores exactly as
``check_story.py`` does (same normalization, same matching, same counts), extended
with what an evolving multi-outlet story needs (``examples/gold.json``):

- ``articles``: gold article keys -> ``{"file": name, "title": ...}``, resolved against the
  export's ``source`` and ``title``, so the gold does not depend on content-hash ids
  (without the table, keys are article ids, as in the seeds' gold);
- entities: ``entity aliases`` (each alias on the cluster's main entity), ``descriptions``
  (a role description such as "the acting foreign minister" is a mention of the right
  person), ``not entities`` (headline fragments that must not become entities);
- events with ``mentions`` (short quotes of the text that tell the incident): the system
  events are the ones whose mention spans overlap them (where triggers of several events lie
  inside one quote, the one nearest the quote's syntactic head: :class:`QuoteHeads`), which gives ``event splits`` (one
  incident, one event), ``event merges`` (two incidents, never one event), ``event dates``,
  ``event places``, ``tolls`` (the headline figure by the gold's rule), ``toll conflicts``
  (flagged when, and only when, reports disagree) and ``toll reports`` (every figure kept
  with its qualifier and article, on the right incident);
- claims with a ``kind`` (statement, responsibility, denial): ``responsibility`` (a claim of
  responsibility is a claim of the claimant); claim links of type ``supports`` and
  ``contradicts`` as well as ``denies`` (paraphrases linked as ``contradicts`` are a miss);
- ``source_families``: the articles that count as one source (a wire story and its copies,
  one outlet's own reporting), each to be exactly one family of the export.

Everything is read from the export only, so any story@1 file can be scored. The default
run analyzes the gold's folder with the default ``Config`` through
:func:`storyline.run.analyze_inputs` (what ``storyline analyze`` runs) into a temporary store.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------------------- matching (as check_story.py)

KIND_WORDS: dict[str, tuple[str, ...]] = {
    "attack": ("assault", "attack", "bomb", "explo", "clash", "fight", "kill", "violence", "coerce"),
    "visit": ("visit", "consult", "travel", "trip", "meet", "delegation"),
    "meeting": ("meet", "consult", "talk", "visit"),
    "resignation": ("resign", "quit", "step", "retreat", "leave"),
    "talks": ("talk", "negotiat", "consult", "peace", "mediat", "ceasefire", "cooperate", "request", "appeal",
              "ask", "demand", "call", "dialog"),
    # kinds the seeds' gold does not use
    "arrest": ("arrest", "detain", "coerce"),
    "appointment": ("appoint", "nominat"),
    "takeover": ("takeover", "capture", "seize"),
    "suspension": ("suspend", "reduce", "retreat", "halt", "reject"),
    "agreement": ("agree", "cooperate"),
    "disaster": ("disaster", "flood", "storm", "natural", "collapse", "quake"),
    "protest": ("protest", "demonstrat", "riot"),
    "expulsion": ("expel", "sanction", "reduce", "coerce", "retreat", "reject", "diplo"),
    "withdrawal": ("withdraw", "retreat", "reduce", "recall", "evacuat", "leave", "expel", "coerce"),
    "demand": ("request", "demand", "ask", "coerce", "expel", "reduce", "threaten"),
    "advisory": ("warn", "advis", "threaten", "appeal", "request", "call"),
}


def kind_words(gold_event: dict[str, Any]) -> tuple[str, ...]:
    """Type words that satisfy a gold event's kind: its own ``kind_words``, the table's, else the kind itself."""
    return tuple(gold_event.get("kind_words") or KIND_WORDS.get(gold_event["kind"], (gold_event["kind"],)))
FUTURE = ("expect", "plan", "future", "intend", "schedul", "announce", "hypothetical", "predict", "possible")
TYPE_EQUIV = {"GPE": {"GPE", "LOC", "LOCATION", "PLACE"}, "LOC": {"GPE", "LOC", "LOCATION", "PLACE", "FAC"},
              "ORG": {"ORG", "ORGANIZATION", "NORP", "GROUP"}, "PERSON": {"PERSON", "PER"}}
TITLES = (r"(?:mr|mrs|ms|dr|prof|sir|mawlawi|mawlavi|maulvi|maulana|mullah|mulla|haji|sheikh|hafiz|"
          r"lt|lt-gen|lieutenant|gen|general|col|colonel|maj|major|brig|brigadier|capt|captain|"
          r"ambassador|president|premier|minister|senator|judge|justice)")
#: link types that satisfy a gold link (check_story accepts any disagreement for a denial)
LINK_TYPES = {"denies": ("denies", "contradicts", "disputes"), "supports": ("supports",),
              "contradicts": ("contradicts", "disputes")}
#: the seeds' categories, in check_story's order
CHECK_STORY_CATEGORIES = ("cleaning", "entities", "entity types", "timexes", "events", "claims", "claim links")


def norm(s: str | None) -> str:
    """check_story's normal form: lower case, no quotes, articles, titles or possessive."""
    s = (s or "").lower().replace("\u2019", "'").strip()
    s = re.sub(r"[*\"“”‘’]+", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s)
    s = re.sub(rf"^(?:{TITLES}\.?[\s-]+)+", "", s)
    s = re.sub(r"'s$", "", s)
    return re.sub(r"\s+", " ", s).strip(" .,;:")


# ---------------------------------------------------------------------------- the report


@dataclass
class Report:
    """Per category (found, wanted), and every miss as (category, text)."""

    scores: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: list[tuple[str, str]] = field(default_factory=list)

    def add(self, category: str, ok: bool, miss: str = "") -> None:
        got, want = self.scores.get(category, (0, 0))
        self.scores[category] = (got + int(ok), want + 1)
        if not ok and miss:  # a miss already told under another category is counted, not listed twice
            self.misses.append((category, miss))

    @property
    def total(self) -> tuple[int, int]:
        return sum(v[0] for v in self.scores.values()), sum(v[1] for v in self.scores.values())

    def as_dict(self) -> dict[str, Any]:
        got, want = self.total
        return {"categories": {k: {"ok": o, "total": n, "share": round(o / n, 4) if n else 0.0}
                               for k, (o, n) in self.scores.items()},
                "total": {"ok": got, "total": want, "share": round(got / want, 4) if want else 0.0},
                "misses": [{"category": c, "miss": m} for c, m in self.misses]}

    def render(self, verbose: bool = True) -> str:
        lines = [f"miss: [{c}] {m}" for c, m in self.misses] if verbose else []
        lines += [f"{k:16s} {o:3d}/{n:<3d}" for k, (o, n) in self.scores.items()]
        got, want = self.total
        lines.append(f"total {got}/{want} = {100.0 * got / want if want else 0.0:.1f}%")
        return "\n".join(lines)


# ---------------------------------------------------------------------------- the export, indexed


class Export:
    """The parts of a story@1 export the scorer reads, indexed."""

    def __init__(self, story: dict[str, Any]) -> None:
        self.story = story
        self.articles = {a["id"]: a for a in story.get("articles", [])}
        self.entities = story.get("entities", [])
        self.entity = {e["id"]: e for e in self.entities}
        self.names: dict[str, set[str]] = {}
        for e in self.entities:
            forms = {norm(e.get("name"))} | {norm(x) for x in e.get("aliases", [])}
            forms |= {norm(m.get("text")) for m in e.get("mentions", [])}
            self.names[e["id"]] = {f for f in forms if f}
        self.events = story.get("events", [])
        self.event_spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for ev in self.events:
            for m in ev.get("mentions", []):  # a headline's mention (offsets into the title) holds no text quote
                if m.get("field") is None:
                    self.event_spans[m.get("article")].append((m.get("start", -1), m.get("end", -1), ev["id"]))
        self.entity_spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for e in self.entities:
            for m in e.get("mentions", []):
                self.entity_spans[m.get("article")].append((m.get("start", -1), m.get("end", -1), e["id"]))

    def ents_with(self, alias: str) -> set[str]:
        n = norm(alias)
        return {eid for eid, forms in self.names.items() if n in forms}

    def text(self, article: str) -> str:
        return str(self.articles.get(article, {}).get("text") or "")


# ---------------------------------------------------------------------------- the gold, resolved


def resolve_articles(story: dict[str, Any], gold: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """Gold article key -> export article id (by file name and title); problems for keys that do not resolve."""
    table = gold.get("articles")
    if not table:
        return {}, []
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in story.get("articles", []):
        by_file[Path(str(a.get("source") or "")).name].append(a)
    keys, problems = {}, []
    for key, sel in table.items():
        found = [a for a in by_file.get(sel["file"], []) if "title" not in sel or a.get("title") == sel["title"]]
        if len(found) == 1:
            keys[key] = found[0]["id"]
        else:
            problems.append(f"article {key} ({sel}): {len(found)} articles in the export match")
            keys[key] = f"unresolved:{key}"
    return keys, problems


def _article_fields(node: Any, keys: dict[str, str]) -> Any:
    """The gold with every article key replaced by the export's article id."""
    if isinstance(node, list):
        return [_article_fields(x, keys) for x in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for k, v in node.items():
        if k == "article" and isinstance(v, str):
            out[k] = keys.get(v, v)
        elif k == "articles" and isinstance(v, list):
            out[k] = [keys.get(x, x) for x in v]
        else:
            out[k] = _article_fields(v, keys)
    return out


@dataclass(frozen=True)
class GoldSpan:
    article: str
    start: int
    end: int
    text: str


def locate(ex: Export, article: str, quote: str, occurrence: int = 1) -> GoldSpan | None:
    """Where a gold quote stands in the article's clean text (its n-th occurrence)."""
    text, pos = ex.text(article), -1
    for _ in range(max(1, occurrence)):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            return None
    return GoldSpan(article, pos, pos + len(quote), quote)


class QuoteHeads:
    """Which system events hold a gold event quote: the one whose trigger is the quote's trigger.

    A quote often holds the triggers of two incidents ("resigned in the wake of the bombing",
    "two men arrested on the day of the attack", "condemned the bombing"); counting it as held
    by both would report a merge that the system never made. Where the system has triggers of
    two or more events inside a quote, the quote's trigger is chosen among those of events
    whose type fits the gold event's kind (:func:`kind_words`), or among all of them when none
    fits (a wrongly typed trigger still counts); of these, the quote is held by the event(s)
    whose trigger lies nearest, in the dependency tree restricted to the quote, to the quote's
    syntactic head (the spaCy pipeline of the default ``Config`` on the article's clean text).
    A quote with one event's triggers, or whose parse reaches none, is held by every event
    with a trigger inside it.
    """

    def __init__(self, ex: Export) -> None:
        self.ex = ex
        self.types = {e["id"]: (e.get("type") or "").lower() for e in ex.events}
        self._docs: dict[str, Any] = {}

    def holders(self, span: GoldSpan, kind: tuple[str, ...] = ()) -> set[str]:
        inside = [(s, e, ev) for s, e, ev in self.ex.event_spans.get(span.article, [])
                  if s < span.end and span.start < e]
        if len({ev for _, _, ev in inside}) < 2:
            return {ev for _, _, ev in inside}
        fitting = [t for t in inside if any(w in self.types.get(t[2], "") for w in kind)]
        if fitting:
            inside = fitting
            if len({ev for _, _, ev in inside}) < 2:
                return {ev for _, _, ev in inside}
        depth = self._depths(span)
        near = {ev: min((d for off, d in depth.items() if s <= off < e), default=None) for s, e, ev in inside}
        reached = {ev: d for ev, d in near.items() if d is not None}
        if not reached:
            return set(near)
        best = min(reached.values())
        return {ev for ev, d in reached.items() if d == best}

    def _depths(self, span: GoldSpan) -> dict[int, int]:
        """Token start offset -> tree distance from the quote's head, over the tokens of the quote."""
        doc = self._doc(span.article)
        part = doc.char_span(span.start, span.end, alignment_mode="expand")
        if part is None:
            return {}
        inside = {t.i for t in part}
        depth, todo = {part.root.i: 0}, [part.root]
        while todo:
            tok = todo.pop(0)
            for nxt in (*tok.children, tok.head):
                if nxt.i in inside and nxt.i not in depth:
                    depth[nxt.i] = depth[tok.i] + 1
                    todo.append(nxt)
        return {doc[i].idx: d for i, d in depth.items()}

    def _doc(self, article: str) -> Any:
        if article not in self._docs:
            self._docs[article] = _nlp()(self.ex.text(article))
        return self._docs[article]


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from storyline.analyze.resources import Resources

    return Resources().nlp


# ---------------------------------------------------------------------------- scoring


class Scorer:
    """Scores one export against one gold, category by category (see the module docstring)."""

    def __init__(self, story: dict[str, Any], gold: dict[str, Any], article_share: float = 1.0) -> None:
        keys, self.problems = resolve_articles(story, gold)
        self.gold = _article_fields({k: v for k, v in gold.items() if k != "articles"}, keys) if keys else gold
        self.keys = {v: k for k, v in keys.items()}  # export id -> gold key, to write misses in the gold's terms
        self.ex = Export(story)
        self.heads = QuoteHeads(self.ex)
        self.clusters = {c["id"]: c for c in self.gold.get("entities", [])}
        self.share = article_share
        self.report = Report()
        self.claim_match: dict[str, set[str]] = {}
        self.best: dict[str, dict[str, Any] | None] = {}

    def run(self) -> Report:
        for p in self.problems:
            self.report.misses.append(("gold", p))
        for step in (self.cleaning, self.entities, self.timexes, self.events, self.claims, self.claim_links,
                     self.entity_aliases, self.descriptions, self.not_entities, self.event_details,
                     self.responsibility_claims, self.source_families):
            step()
        if self.keys:
            ids = re.compile("|".join(re.escape(i) for i in sorted(self.keys, key=len, reverse=True)))
            self.report.misses = [(c, ids.sub(lambda m: self.keys[m.group(0)], text)) for c, text in self.report.misses]
        return self.report

    # -- helpers

    def is_cluster(self, eid: str | None, cid: str, distinctive: bool = False) -> bool:
        """Does system entity ``eid`` carry an alias of gold cluster ``cid``? distinctive: not its ambiguous ones."""
        if eid is None or eid not in self.ex.names or cid not in self.clusters:
            return False
        skip = {norm(al) for al in self.clusters[cid].get("ambiguous", [])} if distinctive else set()
        return any(norm(al) in self.ex.names[eid] and norm(al) not in skip for al in self.clusters[cid]["aliases"])

    def named(self, eids: Iterable[str | None]) -> list[str]:
        """System entities as 'name (TYPE)' for the list of misses."""
        return [f"{self.ex.entity[e].get('name')} ({self.ex.entity[e].get('type')})" if e in self.ex.entity else str(e)
                for e in sorted(x for x in eids if x is not None)]

    def speaker_ok(self, claim: dict[str, Any], wanted: list[str]) -> bool:
        if not wanted:
            return True
        spoken = norm(claim.get("speaker_text"))
        for w in wanted:
            if w in self.clusters:
                if self.is_cluster(claim.get("speaker"), w) or any(norm(al) in spoken
                                                                    for al in self.clusters[w]["aliases"]):
                    return True
            elif norm(w) in spoken or (claim.get("speaker") in self.ex.names
                                       and norm(w) in self.ex.names[claim["speaker"]]):
                return True
        return False

    # -- cleaning, entities, timexes (check_story)

    def cleaning(self) -> None:
        for b in self.gold.get("boilerplate", []):
            art = self.ex.articles.get(b["article"])
            self.report.add("cleaning", art is not None and b["text"] not in art.get("text", ""),
                            f"boilerplate still in text: {b['article']}: {b['text']!r}")
        for c in self.gold.get("credits", []):
            art = self.ex.articles.get(c["article"]) or {}
            self.report.add("cleaning", c["credit"].lower() in (art.get("credit") or "").lower(),
                            f"credit not recorded: {c['article']}: {c['credit']}")

    def entities(self) -> None:
        typed: list[tuple[bool, str]] = []
        for c in self.gold.get("entities", []):
            sets = [self.ex.ents_with(al) for al in c["aliases"]]
            common = set.intersection(*sets) if sets else set()
            good = [eid for eid in common
                    if not any(self.is_cluster(eid, other, distinctive=True) for other in c.get("not_with", []))]
            per_alias = "; ".join(f"{al!r}: {self.named(ids) or 'none'}" for al, ids in zip(c["aliases"], sets,
                                                                                             strict=True))
            self.report.add("entities", bool(good), f"entity {c['id']}: not one clean entity ({per_alias})")
            types = [self.ex.entity[e].get("type", "") for e in good]
            ok = any(t.upper() in TYPE_EQUIV.get(c["type"], {c["type"]}) for t in types)
            typed.append((ok, f"entity {c['id']}: found but typed {types}" if good else ""))
        for ok, miss in typed:  # a cluster not found is one miss, under "entities"
            self.report.add("entity types", ok, miss)

    def timexes(self) -> None:
        tx = self.ex.story.get("timexes", [])
        for g in self.gold.get("timexes", []):
            hit = [t for t in tx if t.get("article") == g["article"] and norm(g["text"]) in norm(t.get("text"))]
            want = g["value"]
            if want is None:  # an expression that must stay unresolved (no date to anchor it)
                ok = bool(hit) and any(not t.get("value") for t in hit)
            else:  # a full-date gold value also accepts the same day with a time of day (2023-01-30TNI)
                ok = any((t.get("value") or "") == want
                         or (len(want) == 10 and (t.get("value") or "").startswith(want + "T")) for t in hit)
            self.report.add("timexes", ok, f"timex {g['article']} {g['text']!r}: want {want}, "
                                           f"got {[t.get('value') for t in hit]}")

    # -- events

    def event_checks(self, e: dict[str, Any], g: dict[str, Any]) -> dict[str, bool]:
        """check_story's checks of one system event against one gold event."""
        arts = {m.get("article") for m in e.get("mentions", [])}
        share = len(set(g["articles"]) & arts) / len(g["articles"]) if g["articles"] else 1.0
        checks = {"articles": share >= self.share - 1e-9,
                  "kind": any(w in (e.get("type") or "").lower() for w in kind_words(g))}
        if "date" in g:
            checks["date"] = _date_ok((e.get("date") or {}).get("value"), g["date"])
        parts = e.get("participants", [])
        if "location" in g:
            checks["location"] = self.is_cluster(e.get("location"), g["location"]) or any(
                self.is_cluster(p.get("entity"), g["location"]) for p in parts)
        for key in ("participant", "actor"):
            if key in g:
                wanted = g[key] if isinstance(g[key], list) else [g[key]]
                checks[key] = all(any(self.is_cluster(p.get("entity"), w) for p in parts) for w in wanted)
        if "fatalities_min" in g:
            lo = (e.get("fatalities") or {}).get("min")
            checks["fatalities"] = lo is not None and g["fatalities_min"] <= lo <= g["fatalities_min"] + 1
        if "modality" in g:
            checks["modality"] = any(w in (e.get("modality") or "").lower() for w in FUTURE)
        return checks

    def held(self, g: dict[str, Any]) -> tuple[list[GoldSpan], dict[str, set[int]], list[str]]:
        """The gold event's mentions located, which system events hold which of them, and unlocatable quotes."""
        spans, lost = [], []
        for m in g.get("mentions", []):
            span = locate(self.ex, m["article"], m["text"], m.get("occurrence", 1))
            if span is None:
                lost.append(f"{m['article']}: {m['text']!r}")
            else:
                spans.append(span)
        holders: dict[str, set[int]] = defaultdict(set)
        for i, s in enumerate(spans):
            for ev in self.heads.holders(s, kind_words(g)):
                holders[ev].add(i)
        return spans, holders, lost

    def best_event(self, g: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
        """The system event standing for a gold event, and the checks it fails ("" when none)."""
        by_id = {e["id"]: e for e in self.ex.events}
        if g.get("mentions"):
            _, holders, _ = self.held(g)
            cands = [(len(ix), by_id[ev]) for ev, ix in holders.items()]
        else:
            arts = set(g["articles"])
            cands = [(0, e) for e in self.ex.events if arts & {m.get("article") for m in e.get("mentions", [])}]
        best, best_key, why = None, (-1, -1), ""
        for n, e in cands:
            checks = self.event_checks(e, g)
            key = (n, sum(checks.values()))
            if key > best_key:
                best, best_key, why = e, key, ", ".join(k for k, v in checks.items() if not v)
        return best, why

    def events(self) -> None:
        for g in self.gold.get("events", []):
            best, why = self.best_event(g)
            self.best[g["id"]] = best
            where = "its mentions" if g.get("mentions") else "its articles"
            self.report.add("events", best is not None and not why, f"event {g['id']}: " + (
                f"closest {best.get('id')} misses {why}" if best else f"nothing in {where}"))

    def event_details(self) -> None:
        golds = [g for g in self.gold.get("events", []) if g.get("mentions")]
        owner: dict[str, set[str]] = defaultdict(set)  # system event -> gold events it holds mentions of
        held = {}
        for g in golds:
            held[g["id"]] = self.held(g)
            for ev in held[g["id"]][1]:
                owner[ev].add(g["id"])
        for g in golds:
            spans, holders, lost = held[g["id"]]
            for q in lost:
                self.report.misses.append(("gold", f"event {g['id']}: quote not in the article: {q}"))
            self._split(g, spans, holders)
            others = sorted({o for ev in holders for o in owner[ev]} - {g["id"]})
            self.report.add("event merges", not others, f"event {g['id']}: on one event with {others}")
            best = self.best.get(g["id"])
            if "date" in g:
                got = ((best or {}).get("date") or {}).get("value")
                self.report.add("event dates", _date_ok(got, g["date"]),
                                f"event {g['id']}: date {got}, want {g['date']}")
            if "location" in g:
                ok = best is not None and self.event_checks(best, g).get("location", False)
                self.report.add("event places", ok, f"event {g['id']}: place {(best or {}).get('location_text')}"
                                                    f", want {g['location']}")
            for kind, toll in g.get("tolls", {}).items():
                self._toll(g["id"], kind, toll, best)

    def _split(self, g: dict[str, Any], spans: list[GoldSpan], holders: dict[str, set[int]]) -> None:
        detected = set().union(*holders.values()) if holders else set()
        whole = any(ix == detected for ix in holders.values())
        ok = bool(spans) and whole and 2 * len(detected) >= len(spans)
        parts = ", ".join(f"{ev} ({len(ix)})" for ev, ix in sorted(holders.items(), key=lambda x: -len(x[1])))
        self.report.add("event splits", ok, f"event {g['id']}: {len(detected)}/{len(spans)} mentions found, "
                                            f"on {len(holders)} events: {parts or 'none'}")

    def _toll(self, gid: str, kind: str, toll: dict[str, Any], best: dict[str, Any] | None) -> None:
        field_name = {"killed": "fatalities", "injured": "injured"}[kind]
        got = (best or {}).get(field_name) or {}
        if "headline" in toll:
            want = toll["headline"]
            ok = got.get("min") == want.get("min") and got.get("max") == want.get("max")
            self.report.add("tolls", ok, f"event {gid}: {kind} {got.get('min')}..{got.get('max')}, "
                                         f"want {want.get('min')}..{want.get('max')}")
        if "conflict" in toll:
            values = _conflict_values((best or {}).get("conflicts"), field_name)
            ok = (len(values) >= 2) == bool(toll["conflict"])
            self.report.add("toll conflicts", ok, f"event {gid}: {kind} conflict "
                                                  f"{'expected' if toll['conflict'] else 'not expected'}, got {values}")
        reports = (best or {}).get("reports") or []
        for r in toll.get("reports", []):
            self.report.add("toll reports", any(_report_ok(s, r, kind) for s in reports),
                            f"event {gid}: {kind} report {r.get('min')}..{r.get('max', r.get('min'))} "
                            f"({r.get('qualifier') or 'exact'}) in {r['article']} ({r.get('text')!r}) not on it")

    # -- claims

    def claims(self) -> None:
        for g in self.gold.get("claims", []):
            cands = self._claim_candidates(g)
            good = [c for c in cands if g["polarity"] in ("any", c.get("polarity") or "assert")
                    and self.speaker_ok(c, g["speaker_any"])
                    and ("direct_quote" not in g or bool(c.get("direct_quote")) == g["direct_quote"])]
            if good:
                self.claim_match[g["id"]] = {str(c.get("id")) for c in good}
            self.report.add("claims", bool(good), f"claim {g['id']}: {len(cands)} candidates containing "
                                                  f"{g['contains']!r}, none with speaker {g['speaker_any']} and "
                                                  f"polarity {g['polarity']}")

    def _claim_candidates(self, g: dict[str, Any]) -> list[dict[str, Any]]:
        text = self.ex.text(g["article"])
        cands = []
        for c in self.ex.story.get("claims", []):
            if c.get("article") != g["article"]:
                continue
            body = (c.get("content") or "") + " " + (c.get("cue") or "")
            if "start" in c and "end" in c and isinstance(c["start"], int):
                body += " " + text[max(0, c["start"]):c["end"]]
            if g["contains"].lower() in body.lower():
                cands.append(c)
        return cands

    def claim_links(self) -> None:
        links = self.ex.story.get("claim_links", [])
        for g in self.gold.get("claim_links", []):
            fr, to = self.claim_match.get(g["from"], set()), self.claim_match.get(g["to"], set())
            kind = g.get("type", "denies")
            pairs = [(lk.get("from"), lk.get("to"), lk.get("type")) for lk in links]
            if kind != "denies":  # support and contradiction have no direction
                pairs += [(b, a, t) for a, b, t in pairs]
            between = {t for a, b, t in pairs if a in fr and b in to}
            ok = bool(between & set(LINK_TYPES[kind])) and not (kind == "supports" and "contradicts" in between)
            self.report.add("claim links", ok, f"claim link {g['from']} -{kind}-> {g['to']} missing"
                                               + (f" (linked as {sorted(between)})" if between else ""))

    def responsibility_claims(self) -> None:
        """A claim of responsibility is a claim of the claimant (its polarity and speaker are checked as claims)."""
        claims = {c.get("id"): c for c in self.ex.story.get("claims", [])}
        for g in self.gold.get("claims", []):
            if g.get("kind") != "responsibility":
                continue
            found = [claims[i] for i in self.claim_match.get(g["id"], set()) if i in claims]
            self.report.add("responsibility", any(_responsibility(c) for c in found),
                            f"claim {g['id']}: no responsibility claim by {g['speaker_any']} containing "
                            f"{g['contains']!r}"
                            + (f" (found: {[(c.get('stance'), c.get('cue')) for c in found]})" if found else ""))

    # -- extended entity checks

    def entity_aliases(self) -> None:
        for c in self.gold.get("entities", []):
            counts: dict[str, int] = defaultdict(int)
            for al in c["aliases"]:
                for eid in self.ex.ents_with(al):
                    counts[eid] += 1
            typed = TYPE_EQUIV.get(c["type"], {c["type"]})
            main = max(counts, default=None, key=lambda e: (counts[e], self.ex.entity[e].get("type", "") in typed,
                                                             len(self.ex.entity[e].get("mentions", []))))
            for al in c["aliases"]:
                on = sorted(self.ex.ents_with(al))
                where = self.named(on) or "nothing"
                self.report.add("entity aliases", main in on,
                                f"entity {c['id']}: {al!r} on {where}, not on {self.named([main])}")

    def descriptions(self) -> None:
        for d in self.gold.get("descriptions", []):
            span = locate(self.ex, d["article"], d["text"], d.get("occurrence", 1))
            if span is None:
                self.report.add("descriptions", False, f"{d['article']}: {d['text']!r} not in the article (gold)")
                continue
            # a mention standing for the description covers at least half of it ("Estmark" is not
            # "Estmark's foreign minister"); a name inside a longer such mention is part of what that mention
            # says, not a reading of the description ("the Pell Observatory" in "the head of the Pell
            # Observatory", read as the person)
            over = [(s, t, e) for s, t, e in self.ex.entity_spans.get(span.article, [])
                    if 2 * (min(t, span.end) - max(s, span.start)) >= span.end - span.start]
            ents = {e for s, t, e in over
                    if not any(s2 <= s and t <= t2 and t2 - s2 > t - s for s2, t2, _ in over)}
            wrong = [e for e in ents if not self.is_cluster(e, d["entity"])
                     and any(self.is_cluster(e, o, distinctive=True) for o in self.clusters if o != d["entity"])]
            ok = any(self.is_cluster(e, d["entity"]) for e in ents) and not wrong
            names = [self.ex.entity[e].get("name") for e in ents]
            self.report.add("descriptions", ok, f"{d['article']}: {d['text']!r} should be {d['entity']}, "
                                                f"is a mention of {names or 'nothing'}")

    def not_entities(self) -> None:
        for d in self.gold.get("not_entities", []):
            n = norm(d["text"])
            bad = sorted({self.ex.entity[e].get("name") for e, forms in self.ex.names.items()
                          if any(n in f for f in forms)})
            self.report.add("not entities", not bad, f"{d.get('article', '')}: {d['text']!r} is part of {bad}")

    # -- sources

    def source_families(self) -> None:
        family = {a: frozenset([a]) for a in self.ex.articles}
        for f in self.ex.story.get("source_families", []):
            members = frozenset(f.get("articles", []))
            for a in members:
                family[a] = members
        for g in self.gold.get("source_families", []):
            want = frozenset(g["articles"])
            got = {family.get(a, frozenset([a])) for a in want}
            extra = sorted(set().union(*got) - want)
            self.report.add("source families", got == {want},
                            f"family {g.get('id', sorted(want))}: in {len(got)} system families"
                            + (f", joined with {extra}" if extra else ""))


def _date_ok(got: str | None, want: str) -> bool:
    got = got or ""
    return got == want or (len(want) == 10 and got.startswith(want + "T"))


def _conflict_values(conflicts: Any, field_name: str) -> list[Any]:
    """The competing values of a field: story@1 keeps {field: [{value, sources}]} or [{field, values}]."""
    if isinstance(conflicts, dict):
        return [v.get("value") if isinstance(v, dict) else v for v in conflicts.get(field_name) or []]
    if isinstance(conflicts, list):
        for c in conflicts:
            if isinstance(c, dict) and c.get("field") == field_name:
                return [v.get("value") if isinstance(v, dict) else v for v in c.get("values") or []]
    return []


#: qualifiers that say the same about a figure (a lower bound, an upper bound, an estimate)
QUALIFIER_CLASS = {**dict.fromkeys(("at least", "more than", "over", "upwards of", "in excess of", "above",
                                     "no fewer than", "no less than", "not less than", "not fewer than"), "min"),
                   **dict.fromkeys(("up to", "nearly", "almost", "as many as", "at most", "fewer than", "under",
                                    "close to", "just under", "just shy of", "not quite", "less than", "as high as"),
                                   "max"),
                   **dict.fromkeys(("about", "around", "approximately", "roughly", "some", "an estimated",
                                    "closer to"), "approx"),
                   # deaths taken as certain without bodies ("all presumed dead", "feared dead", "believed dead")
                   **dict.fromkeys(("presumed", "feared", "believed", "presumed dead", "feared dead"), "presumed")}


def _report_ok(system: dict[str, Any], gold: dict[str, Any], kind: str) -> bool:
    want_max = gold["max"] if "max" in gold else gold.get("min")
    got_q, want_q = norm(system.get("qualifier")), norm(gold.get("qualifier"))
    return (system.get("kind") == kind and system.get("article") == gold["article"]
            and system.get("min") == gold.get("min") and system.get("max") == want_max
            and QUALIFIER_CLASS.get(got_q, got_q) == QUALIFIER_CLASS.get(want_q, want_q))


def _responsibility(claim: dict[str, Any]) -> bool:
    said = " ".join(str(claim.get(k) or "") for k in ("stance", "cue", "content")).lower()
    return (claim.get("polarity") or "assert") == "assert" and "responsib" in said


def score_story(story: dict[str, Any], gold: dict[str, Any], article_share: float = 1.0) -> Report:
    """Score a story@1 export (as a dict) against a gold (as a dict)."""
    return Scorer(story, gold, article_share).run()


# ---------------------------------------------------------------------------- running it


def default_gold() -> Path:
    """``examples/gold.json`` in the working directory, else the one beside the package's source tree."""
    here = Path("examples") / "gold.json"
    return here if here.exists() else Path(__file__).resolve().parents[3] / "examples" / "gold.json"


def analyze_corpus(corpus: Iterable[Path], db: Path, json_out: Path) -> dict[str, Any]:
    """What ``storyline analyze CORPUS --db DB --json OUT`` does, with the default Config."""
    from storyline.config import Config
    from storyline.run import analyze_inputs

    analyze_inputs(list(corpus), db, config=Config(), json_out=json_out)
    return dict(json.loads(json_out.read_text(encoding="utf-8")))


def main(path: Path | None = None, story: Path | None = None, json_out: Path | None = None,
         limit: int | None = None, verbose: bool = True) -> dict[str, Any]:
    """Score ``story`` (else an analysis of the gold's folder) against the gold at ``path``; print and return."""
    del limit  # the corpus is scored whole; the signature matches the other evals
    gold_path = Path(path) if path else default_gold()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if story is not None:
        data = json.loads(Path(story).read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory(prefix="storyline-eval-") as tmp:
            data = analyze_corpus([gold_path.parent], Path(tmp) / "story.db", Path(tmp) / "story.json")
    report = score_story(data, gold)
    print(report.render(verbose))
    result = report.as_dict()
    result["gold"] = str(gold_path)
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result
