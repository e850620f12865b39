"""Event and entity coreference of what ships, scored in the two standard settings.

Input: :class:`CorefDoc` objects (an :class:`~storyline.model.Article`, the
group it is fused with, its gold mentions and the character ranges whose
mentions are scored). Both settings run the shipped analysis and fusion
(:mod:`storyline.eval.shipped`) and read the clusters off the story: each
``Event``'s and each ``Entity``'s mention spans.

- **Gold mentions**: the analysis runs as shipped, except that the gold
  spans of the kind scored replace the mentions of that kind it found (one
  run per kind: the other kind stays as analyzed, see :func:`shipped_runs`),
  their attributes built by the product's own functions: entity spans right after ``names`` and again
  after ``coref`` (:func:`storyline.analyze.names.spans.mention_at`: label
  and kind from what the analysis found at the span or from the parse, the
  in-document chain coreference gave it), event spans right after ``events``
  (:func:`storyline.analyze.events.mentions.extract_events` with ``at``:
  type, arguments, place, time, modality). Fusion runs as shipped. A gold
  mention that fusion leaves out of every event or entity (a generic
  action, a nominal with no name in its chain) is a singleton of the
  response: the system said nothing links it. Actions outside the ontology
  are fused by :func:`storyline.fuse.actions.untyped`.
- **End to end** on predicted mentions: the mentions of the story's events and
  entities that lie in the scored ranges. They are aligned one-to-one to gold
  mentions, **exact** boundaries (the headline) or **lenient** (labelled):
  the spans overlap and one holds the other's head word (spaCy's root of
  the span in the shipped parse, the object of a preposition that heads it:
  :func:`storyline.analyze.names.spans.head_token`); unaligned predictions stay twinless and
  cost precision (:mod:`storyline.eval.coref_metrics`, Pradhan et al. 2014).

Baselines run in the same setting on the same mentions, within the same
groups the product fuses: events by the same head lemma; entities by the same
head lemma and by the same normalized string. Every row has MUC, B³, CEAF-e
(P, R, F1) and the CoNLL F1 (their mean), in points, for the whole
partition (within and across documents) and for the within-document part
alone (key and response split by document).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from storyline.analyze.events.mentions import extract_events
from storyline.analyze.names.spans import head_token, mention_at
from storyline.analyze.pipeline import AnalysisState
from storyline.config import DEFAULT_COMPONENTS
from storyline.eval.baselines import normalize_text, same_lemma_clusters, string_match_clusters
from storyline.eval.coref_metrics import coref_scores
from storyline.eval.shipped import Hook, ShippedRun, run_shipped
from storyline.model import Article, Event, Span

Kind = Literal["event", "entity"]
Level = Literal["chain", "incident"]
"""Events scored as their chains (the actions ECB+ and MEANTIME annotate) or as whole incidents."""
KINDS: tuple[Kind, ...] = ("event", "entity")
Key = tuple[str, int, int]
"""A mention: (article id, start, end) in the article's text."""


#: the row of the events scored as whole incidents (the headline row, "storyline", scores their chains)
INCIDENTS = "storyline incidents"


@dataclass(frozen=True)
class GoldMention:
    """One gold mention in article coordinates; ``cluster`` is its gold coreference id."""

    doc: str
    start: int
    end: int
    cluster: str
    kind: Kind
    type: str = ""

    @property
    def key(self) -> Key:
        return (self.doc, self.start, self.end)


@dataclass
class CorefDoc:
    """An article with its gold mentions (one per span and kind) and the ranges whose mentions are scored."""

    article: Article
    group: str
    mentions: list[GoldMention]
    scored: tuple[tuple[int, int], ...]

    def in_scope(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.scored)

    def spans(self, kind: Kind) -> list[tuple[int, int]]:
        return sorted({(m.start, m.end) for m in self.mentions if m.kind == kind})


@dataclass(frozen=True)
class Head:
    """The head word of a mention in the shipped parse: its character span and lower-cased lemma."""

    start: int
    end: int
    lemma: str


# --------------------------------------------------------------------------- running the product


def gold_hooks(docs: Sequence[CorefDoc], kinds: Iterable[Kind] = KINDS) -> dict[str, Hook]:
    """Hooks that put the gold spans in place of the mentions the analysis found (module docstring)."""
    spans = {k: {d.article.id: d.spans(k) for d in docs} for k in KINDS}
    kinds = set(kinds)
    hooks: dict[str, Hook] = {}

    def entities(state: AnalysisState) -> None:
        aid = state.article.id
        state.mentions = [mention_at(state.doc, state.mentions, aid, s, e) for s, e in spans["entity"].get(aid, [])]

    def events(state: AnalysisState) -> None:
        state.events = extract_events(state, at=spans["event"].get(state.article.id, []))

    if "entity" in kinds:
        hooks["names"] = hooks["coref"] = entities
    if "event" in kinds:
        hooks["events"] = events
    return hooks


def head_tap(docs: Sequence[CorefDoc], heads: dict[Key, Head]) -> Hook:
    """A hook that records the head word of every gold span and every mention the analysis ends with."""
    gold = {d.article.id: [m.key for m in d.mentions] for d in docs}

    def tap(state: AnalysisState) -> None:
        aid = state.article.id
        keys = set(gold.get(aid, [])) | {(aid, m.start, m.end) for m in state.mentions} | {
            (aid, e.start, e.end) for e in state.events}
        for key in keys:
            root = head_token(state.doc, key[1], key[2])
            if root is not None:
                heads[key] = Head(root.idx, root.idx + len(root.text), root.lemma_.lower())

    return tap


def run(docs: Sequence[CorefDoc], gold: bool, kinds: Iterable[Kind] = KINDS) -> tuple[ShippedRun, dict[Key, Head]]:
    """One shipped run over the documents (each group fused on its own), and the head words it parsed."""
    heads: dict[Key, Head] = {}
    hooks = gold_hooks(docs, kinds) if gold else {}
    hooks[DEFAULT_COMPONENTS[-1]] = head_tap(docs, heads)
    result = run_shipped([d.article for d in docs], groups={d.article.id: d.group for d in docs}, hooks=hooks)
    return result, heads


def story_clusters(result: ShippedRun, kind: Kind, keep: Callable[[Key], bool], level: Level = "chain"
                   ) -> tuple[list[set[Key]], int]:
    """The stories' event or entity clusters as mention keys (those ``keep`` accepts); and how many mentions
    were in more than one cluster (kept in the first; the scorers need a partition). Events: each chain
    (``Event.chains``, the actions the corpora annotate) a cluster, or with ``level="incident"`` each event."""
    seen: set[Key] = set()
    twice = 0
    out: list[set[Key]] = []
    for group in sorted(result.stories):
        story = result.stories[group]
        for spans in (_event_spans(story.events, level) if kind == "event" else [e.mentions for e in story.entities]):
            cluster = set()
            for s in spans:
                key = (s.article, s.start, s.end)
                if not keep(key):
                    continue
                if key in seen:
                    twice += 1
                    continue
                seen.add(key)
                cluster.add(key)
            if cluster:
                out.append(cluster)
    return out, twice


def _event_spans(events: Iterable[Event], level: Level) -> list[tuple[Span, ...]]:
    """Each event's mention spans, or each of its chains' (an event without chains: one chain)."""
    out: list[tuple[Span, ...]] = []
    for ev in events:
        if level == "incident" or not ev.chains:
            out.append(ev.mentions)
            continue
        span_of = dict(zip(ev.mention_ids, ev.mentions, strict=False))
        out += [tuple(span_of[m] for m in chain if m in span_of) for chain in ev.chains]
    return out


# --------------------------------------------------------------------------- alignment and scores


def align(gold: Iterable[Key], predicted: Iterable[Key], heads: dict[Key, Head], lenient: bool) -> dict[Key, Key]:
    """Predicted -> gold, one-to-one: the same span; with ``lenient``, also overlapping spans where one
    holds the other's head word (exact pairs first, then the larger overlap, then the shorter spans)."""
    gold_set = set(gold)
    mapping = {p: p for p in set(predicted) if p in gold_set}
    if not lenient:
        return mapping
    by_doc: dict[str, list[Key]] = defaultdict(list)
    for g in gold_set - set(mapping.values()):
        by_doc[g[0]].append(g)
    pairs = []
    for p in set(predicted) - set(mapping):
        for g in by_doc.get(p[0], ()):
            overlap = min(g[2], p[2]) - max(g[1], p[1])
            if overlap > 0 and (_holds(p, heads.get(g)) or _holds(g, heads.get(p))):
                pairs.append((-overlap, g[2] - g[1], p[2] - p[1], g, p))
    used = set(mapping.values())
    for _, _, _, g, p in sorted(pairs):
        if p not in mapping and g not in used:
            mapping[p] = g
            used.add(g)
    return mapping


def _holds(span: Key, head: Head | None) -> bool:
    return head is not None and span[1] <= head.start and head.end <= span[2]


def row(key: list[set[Key]], response: list[set[Hashable]]) -> dict[str, float]:
    """MUC, B³, CEAF-e P/R/F1 and the CoNLL F1, in points."""
    scores = coref_scores(key, response)
    out = {f"{metric}_{part}": round(100 * getattr(prf, part), 2)
           for metric, prf in scores.items() for part in ("p", "r", "f1")}
    out["conll_f1"] = round(100 * sum(prf.f1 for prf in scores.values()) / 3, 2)
    return out


def by_document(clusters: Iterable[set[Any]]) -> list[set[Any]]:
    """Each cluster split by article: the within-document part of a partition."""
    out: list[set[Any]] = []
    for c in clusters:
        parts: dict[str, set[Any]] = defaultdict(set)
        for k in c:
            parts[k[0]].add(k)
        out += parts.values()
    return out


def prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(200 * p * r / (p + r), 2) if p + r else 0.0,
            "matched": matched}


def baselines(kind: Kind, keys: Iterable[Key], heads: dict[Key, Head], texts: dict[str, str],
              group: dict[str, str]) -> dict[str, list[set[Hashable]]]:
    """The baselines of this kind over these mentions, matching only within a group."""
    keys = sorted(set(keys))

    def in_group(k: Hashable) -> Hashable:
        return group[k[0]]  # type: ignore[index]

    lemma: list[tuple[Hashable, str]] = [(k, heads[k].lemma if k in heads else texts[k[0]][k[1]:k[2]].lower())
                                         for k in keys]
    out = {"same head lemma": same_lemma_clusters(lemma, group=in_group)}
    if kind == "entity":
        out["same string"] = string_match_clusters(((k, texts[k[0]][k[1]:k[2]]) for k in keys),
                                                   normalize=normalize_text, group=in_group)
    return out


def _table(key: list[set[Key]], systems: dict[str, list[set[Hashable]]]) -> dict[str, dict[str, dict[str, float]]]:
    return {"within_and_cross_doc": {name: row(key, resp) for name, resp in systems.items()},
            "within_doc": {name: row(by_document(key), by_document(resp)) for name, resp in systems.items()}}


# --------------------------------------------------------------------------- the two settings


def gold_setting(docs: Sequence[CorefDoc], kind: Kind, result: ShippedRun, heads: dict[Key, Head]
                 ) -> dict[str, Any]:
    """Scores with gold mentions: the story's clusters over the gold mentions, the rest singletons."""
    key = gold_clusters(docs, kind)
    gold_keys = {k for c in key for k in c}
    clusters, twice = story_clusters(result, kind, gold_keys.__contains__)
    in_story = {k for c in clusters for k in c}
    ours = {"storyline": clusters}
    if kind == "event":
        ours[INCIDENTS] = story_clusters(result, kind, gold_keys.__contains__, level="incident")[0]
    responses = {name: [set[Hashable](c) for c in cs] + [{k} for k in sorted(gold_keys - in_story)]
                 for name, cs in ours.items()}
    texts = {d.article.id: d.article.text for d in docs}
    group = {d.article.id: d.group for d in docs}
    systems = {**responses, **baselines(kind, gold_keys, heads, texts, group)}
    # the same, on the gold mentions fusion takes in (typed events; names): how well it links what it reads
    taken = fusion_input(result, kind) & gold_keys
    sub_key = [c & taken for c in key if c & taken]
    sub = {**{name: [c & taken for c in resp if c & taken] for name, resp in responses.items()},
           **baselines(kind, taken, heads, texts, group)}
    return {"mentions": len(gold_keys), "in_story": len(in_story), "in_two_clusters": twice,
            **_table(key, systems), "errors": diagnose(key, clusters, result, heads, kind),
            "fusion_input": {"mentions": len(taken), **_table(sub_key, sub)}}


def fusion_input(result: ShippedRun, kind: Kind) -> set[Key]:
    """The mentions fusion clusters: typed, non-generic event mentions; names and acronyms."""
    if kind == "event":
        return {(e.article, e.start, e.end) for a in result.analyses.values() for e in a.events
                if e.type != "OTHER" and e.modality != "generic"}
    return {(m.article, m.start, m.end) for a in result.analyses.values() for m in a.mentions
            if m.kind in ("name", "acronym")}


def diagnose(key: list[set[Key]], clusters: list[set[Key]], result: ShippedRun, heads: dict[Key, Head],
             kind: Kind, examples: int = 8) -> dict[str, Any]:
    """Where the story's clusters part from the gold ones (gold-mention setting), for error analysis.

    ``left_out``: gold mentions in no story cluster, by why (events: the type the analysis gave them,
    "OTHER" being outside the ontology, or a generic mention), with their most frequent head lemmas;
    ``split``: gold clusters whose mentions in the story lie in several clusters, and ``merged``: story
    clusters holding several gold clusters, each with its most frequent shapes (head lemmas).
    """
    where = {k: n for n, c in enumerate(clusters) for k in c}
    gold_of = {k: n for n, c in enumerate(key) for k in c}

    def lemmas(keys: Iterable[Key]) -> str:
        return " | ".join(sorted({heads[k].lemma if k in heads else "?" for k in keys}))

    why: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    events = {(e.article, e.start, e.end): e for a in result.analyses.values() for e in a.events}
    for k in (k for c in key for k in c if k not in where):
        ev = events.get(k)
        why[("generic" if ev.modality == "generic" else ev.type) if kind == "event" and ev else "no cluster"] += 1
        lost[heads[k].lemma if k in heads else "?"] += 1
    split = Counter(lemmas(c) for c in key if len({where[k] for k in c if k in where}) > 1)
    merged = Counter(" + ".join(sorted({lemmas(key[g] & c) for g in {gold_of[k] for k in c if k in gold_of}}))
                     for c in clusters if len({gold_of[k] for k in c if k in gold_of}) > 1)
    return {"left_out": sum(why.values()), "left_out_by": dict(why.most_common(examples)),
            "left_out_lemmas": dict(lost.most_common(examples)),
            "split_clusters": sum(split.values()), "split_examples": dict(split.most_common(examples)),
            "merged_clusters": sum(merged.values()), "merged_examples": dict(merged.most_common(examples))}


def end_to_end(docs: Sequence[CorefDoc], kind: Kind, result: ShippedRun, heads: dict[Key, Head]
               ) -> dict[str, Any]:
    """Scores on predicted mentions, exact and lenient alignment, with the baselines on the same mentions."""
    by_id = {d.article.id: d for d in docs}
    key = gold_clusters(docs, kind)
    gold_keys = [k for c in key for k in c]
    def scored(k: Key) -> bool:
        return k[0] in by_id and by_id[k[0]].in_scope(k[1], k[2])

    clusters, twice = story_clusters(result, kind, scored)
    predicted = [k for c in clusters for k in c]
    texts = {d.article.id: d.article.text for d in docs}
    group = {d.article.id: d.group for d in docs}
    systems: dict[str, list[set[Hashable]]] = {"storyline": [set[Hashable](c) for c in clusters]}
    if kind == "event":
        systems[INCIDENTS] = [set[Hashable](c) for c in story_clusters(result, kind, scored, level="incident")[0]]
    systems.update(baselines(kind, predicted, heads, texts, group))
    out: dict[str, Any] = {"predicted_mentions": len(predicted), "in_two_clusters": twice}
    for name, lenient in (("exact", False), ("lenient", True)):
        mapping = align(gold_keys, predicted, heads, lenient)
        relabelled = {sys: [{_aligned(k, mapping) for k in c} for c in resp] for sys, resp in systems.items()}
        out[name] = {"mention_detection": prf(len(mapping), len(predicted), len(gold_keys)),
                     **_table(key, relabelled)}
    return out


def _aligned(k: Hashable, mapping: dict[Key, Key]) -> Hashable:
    """The gold mention a prediction is aligned to, else a twinless id (never equal to a gold one)."""
    return mapping.get(k, ("twinless", k))  # type: ignore[call-overload]


def gold_clusters(docs: Sequence[CorefDoc], kind: Kind) -> list[set[Key]]:
    """Gold clusters of one kind, singletons included (a span counts once, in its first cluster)."""
    groups: dict[str, set[Key]] = defaultdict(set)
    seen: set[Key] = set()
    for d in docs:
        for m in d.mentions:
            if m.kind == kind and m.key not in seen:
                seen.add(m.key)
                groups[m.cluster].add(m.key)
    return list(groups.values())


@dataclass
class Runs:
    """The shipped runs an evaluation scores, with the head words each parsed: end to end, and one run per
    kind with that kind's gold spans given (the other kind as the analysis finds it)."""

    predicted: ShippedRun
    predicted_heads: dict[Key, Head]
    gold_runs: dict[Kind, tuple[ShippedRun, dict[Key, Head]]]


def shipped_runs(docs: Sequence[CorefDoc], kinds: Sequence[Kind] = KINDS) -> Runs:
    """The end-to-end run and, for each kind in ``kinds``, the run with that kind's gold spans given.

    One gold run per kind: the datasets annotate entities in a few sentences of each document (ECB+: the
    sentences of its list; MEANTIME: the first six), so giving the gold entity spans in the events' run
    would take away every entity of the other sentences, which story clustering and event arguments read.
    """
    predicted, pheads = run(docs, gold=False)
    return Runs(predicted, pheads, {kind: run(docs, gold=True, kinds=(kind,)) for kind in kinds})


def score(docs: Sequence[CorefDoc], runs: Runs, kinds: Sequence[Kind] = KINDS) -> dict[str, Any]:
    """Both settings for each kind."""
    failures = runs.predicted.failures + [f for r, _ in runs.gold_runs.values() for f in r.failures]
    out: dict[str, Any] = {"documents": len(docs), "groups": len({d.group for d in docs}), "failures": failures}
    for kind in kinds:
        gold, heads = runs.gold_runs[kind]
        out[kind] = {"gold_mentions": gold_setting(docs, kind, gold, heads),
                     "end_to_end": end_to_end(docs, kind, runs.predicted, runs.predicted_heads)}
    return out


def evaluate(docs: Sequence[CorefDoc], kinds: Sequence[Kind] = KINDS) -> dict[str, Any]:
    """Both settings for each kind: the shipped runs of :func:`shipped_runs`."""
    return score(docs, shipped_runs(docs, kinds), kinds)


# --------------------------------------------------------------------------- report


def report(figures: dict[str, Any], title: str) -> str:
    """The tables of one kind's figures (``evaluate(...)[kind]`` plus counts), CoNLL F1 and its parts."""
    lines = [title]
    gold = figures["gold_mentions"]
    if INCIDENTS in gold["within_and_cross_doc"]:
        lines.append("storyline: each event's chains (the actions told inside one incident, Event.chains); "
                     "storyline incidents: each event whole")
    lines.append(f"\nGold mentions ({gold['mentions']}; {gold['in_story']} in the story's clusters, "
                 "the rest singletons):")
    lines += _rows(gold)
    sub = gold["fusion_input"]
    lines.append(f"  on the {sub['mentions']} gold mentions fusion takes in (typed events; names):")
    lines += _rows(sub)
    err = gold["errors"]
    lines.append(f"  left out of every cluster: {err['left_out']} ({_pairs(err['left_out_by'])}; most often "
                 f"{_pairs(err['left_out_lemmas'])})")
    lines.append(f"  gold clusters split in the story: {err['split_clusters']} ({_pairs(err['split_examples'])})")
    lines.append(f"  story clusters merging gold ones: {err['merged_clusters']} ({_pairs(err['merged_examples'])})")
    e2e = figures["end_to_end"]
    lines.append(f"\nEnd to end ({e2e['predicted_mentions']} predicted mentions in the scored sentences):")
    for name in ("exact", "lenient"):
        md = e2e[name]["mention_detection"]
        label = "exact boundaries" if name == "exact" else "lenient: overlap holding a head word"
        lines.append(f"  alignment {label}: mention detection P {md['p']:.2f} R {md['r']:.2f} F1 {md['f1']:.2f}")
        lines += _rows(e2e[name])
    return "\n".join(lines)


def _pairs(counts: dict[str, int], n: int = 5) -> str:
    return ", ".join(f"{k} {v}" for k, v in list(counts.items())[:n]) or "none"


def _rows(table: dict[str, Any]) -> list[str]:
    out = [f"    {'system':34s} {'MUC':>6s} {'B3':>6s} {'CEAF-e':>6s} {'CoNLL':>6s}"]
    for scope in ("within_and_cross_doc", "within_doc"):
        for name, r in table[scope].items():
            label = f"{name} ({'within+cross' if scope == 'within_and_cross_doc' else 'within-doc'})"
            cells = " ".join(f"{r[m]:6.2f}" for m in ("muc_f1", "b3_f1", "ceafe_f1", "conll_f1"))
            out.append(f"    {label:34s} {cells}")
    return out
