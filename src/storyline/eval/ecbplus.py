"""Reader for the ECB+ corpus (Cybulska & Vossen 2014) and helpers to score coreference against it.

Layout (see the corpus README.txt): ``<root>/xml/<topic>/<topic>_<n>ecb.xml`` and ``..._<n>ecbplus.xml``
in the CAT XML format — ``<token t_id sentence number>`` elements, then ``<Markables>`` (mentions, whose
``<token_anchor t_id>`` children point at tokens, and token-less *instance descriptors* carrying
``TAG_DESCRIPTOR``/``instance_id``), then ``<Relations>``: ``CROSS_DOC_COREF`` (``note`` = the
cross-document instance id) and ``INTRA_DOC_COREF`` (a within-document chain), each linking
``<source m_id>`` mentions to one ``<target m_id>`` descriptor. ``<root>/ECBplus_coreference_sentences.csv``
lists, per document, the sentences whose annotation is reliable; evaluate on those only
(:func:`keep_annotated`).

Mention kinds follow the five ECB+ event components: ``event`` (ACTION_*, NEG_ACTION_*), ``entity``
(HUMAN_PART_*, NON_HUMAN_PART*, LOC_*) and ``time`` (TIME_*), kept apart so that entity scores are not
diluted by time expressions.

Document text is rebuilt from the tokens: tokens joined by single spaces, sentences by ``"\\n"``.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from xml.etree import ElementTree as ET

from storyline.eval.coref_settings import CorefDoc, GoldMention
from storyline.model import Article

if TYPE_CHECKING:
    from spacy.language import Language

MentionKind = Literal["event", "entity", "time"]
MentionKey = tuple[str, int, int]
"""A mention as ``(doc_id, start, end)``: character offsets into :attr:`EcbDoc.text`."""

SENTENCES_CSV = "ECBplus_coreference_sentences.csv"
_KIND_PREFIXES: tuple[tuple[str, MentionKind], ...] = (
    ("NEG_ACTION_", "event"),
    ("ACTION_", "event"),
    ("HUMAN_PART", "entity"),
    ("NON_HUMAN_PART", "entity"),
    ("LOC_", "entity"),
    ("TIME_", "time"),
)
_FILE_RE = re.compile(r"^(?P<topic>\d+)_(?P<num>\d+)(?P<sub>ecb|ecbplus)\.xml$")


@dataclass
class EcbMention:
    """One annotated mention.

    ``type`` is the markable tag (``ACTION_OCCURRENCE``, ``HUMAN_PART_PER``, ``LOC_GEO``, ...).
    ``start``/``end`` cover the first to the last anchored token (a few ECB+ markables skip tokens in
    between; the span then includes them). ``cluster`` is the cross-document instance id when the mention
    is in a CROSS_DOC_COREF relation, else ``"<doc_id>/intra/<target m_id>"`` for an INTRA_DOC_COREF
    chain, else a unique ``"<doc_id>/single/<m_id>"``.
    """

    doc_id: str
    m_id: str
    kind: MentionKind
    type: str
    start: int
    end: int
    text: str
    sentence: int
    cluster: str

    @property
    def key(self) -> MentionKey:
        """``(doc_id, start, end)``, the id used by :func:`gold_clusters` and :func:`align_by_overlap`."""
        return (self.doc_id, self.start, self.end)


@dataclass
class EcbDoc:
    """One ECB+ document. ``doc_id`` is the file stem, e.g. ``"1_10ecbplus"``.

    ``sentences[i]`` is the character span of sentence ``i`` (ECB+ numbers sentences from 0; in
    ``ecbplus`` files sentence 0 is the source URL). ``annotated_sentences`` are the sentence numbers
    listed in the corpus CSV as reliably annotated.
    """

    doc_id: str
    topic: str
    subtopic: str
    text: str
    sentences: list[tuple[int, int]]
    annotated_sentences: set[int] = field(default_factory=set)
    mentions: list[EcbMention] = field(default_factory=list)


def mention_kind(tag: str) -> MentionKind | None:
    """The component kind of a markable tag, or None for tags that are not mentions (UNKNOWN_INSTANCE_TAG)."""
    for prefix, kind in _KIND_PREFIXES:
        if tag.startswith(prefix):
            return kind
    return None


def read_tokens(root: ET.Element) -> tuple[str, list[tuple[int, int]], dict[str, tuple[int, int, int]]]:
    """Text, sentence spans and ``t_id -> (start, end, sentence)`` from the token elements."""
    by_sentence: dict[int, list[ET.Element]] = defaultdict(list)
    for tok in root.iter("token"):
        by_sentence[int(tok.get("sentence", "0"))].append(tok)
    parts: list[str] = []
    sentences: list[tuple[int, int]] = []
    offsets: dict[str, tuple[int, int, int]] = {}
    pos = 0
    for number in range(max(by_sentence, default=-1) + 1):
        if number:
            parts.append("\n")
            pos += 1
        sent_start = pos
        for i, tok in enumerate(by_sentence.get(number, [])):
            if i:
                parts.append(" ")
                pos += 1
            word = tok.text or ""
            offsets[tok.get("t_id", "")] = (pos, pos + len(word), number)
            parts.append(word)
            pos += len(word)
        sentences.append((sent_start, pos))
    return "".join(parts), sentences, offsets


def _read_clusters(root: ET.Element, doc_id: str) -> dict[str, str]:
    """``m_id -> cluster id`` from the relations; cross-document links win over within-document chains."""
    cross: dict[str, str] = {}
    intra: dict[str, str] = {}
    descriptors = {m.get("m_id", ""): m for m in root.iterfind("Markables/*")}
    for rel in root.iterfind("Relations/*"):
        target = rel.find("target")
        target_id = target.get("m_id", "") if target is not None else ""
        if rel.tag == "CROSS_DOC_COREF":
            descriptor = descriptors.get(target_id)
            instance = rel.get("note") or (descriptor.get("instance_id") if descriptor is not None else None)
            chain, table = instance or f"{doc_id}/cross/{rel.get('r_id')}", cross
        elif rel.tag == "INTRA_DOC_COREF":
            chain, table = f"{doc_id}/intra/{target_id or rel.get('r_id')}", intra
        else:
            continue
        for source in rel.iterfind("source"):
            table.setdefault(source.get("m_id", ""), chain)
    return {**intra, **cross}


def parse_document(path: Path, annotated_sentences: Iterable[int] = ()) -> EcbDoc:
    """Parse one CAT XML file. Raises ValueError if the file name is not ``<topic>_<n>ecb[plus].xml``."""
    match = _FILE_RE.match(path.name)
    if not match:
        raise ValueError(f"{path}: not an ECB+ file name (expected <topic>_<n>ecb.xml or <topic>_<n>ecbplus.xml)")
    doc_id = path.stem
    root = ET.parse(path).getroot()
    text, sentences, offsets = read_tokens(root)
    clusters = _read_clusters(root, doc_id)
    mentions: list[EcbMention] = []
    for markable in root.iterfind("Markables/*"):
        anchors = [offsets[a.get("t_id", "")] for a in markable.iterfind("token_anchor")
                   if a.get("t_id", "") in offsets]
        kind = mention_kind(markable.tag)
        if not anchors or kind is None:  # instance descriptors have no tokens
            continue
        m_id = markable.get("m_id", "")
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        mentions.append(EcbMention(
            doc_id=doc_id, m_id=m_id, kind=kind, type=markable.tag, start=start, end=end,
            text=text[start:end], sentence=min(a[2] for a in anchors),
            cluster=clusters.get(m_id, f"{doc_id}/single/{m_id}"),
        ))
    mentions.sort(key=lambda m: (m.start, m.end, m.m_id))
    topic = match["topic"]
    return EcbDoc(doc_id=doc_id, topic=topic, subtopic=f"{topic}_{match['sub']}", text=text,
                  sentences=sentences, annotated_sentences=set(annotated_sentences), mentions=mentions)


def read_annotated_sentences(csv_path: Path) -> dict[str, set[int]]:
    """``doc_id -> sentence numbers`` from ECBplus_coreference_sentences.csv (columns Topic, File, Sentence)."""
    table: dict[str, set[int]] = defaultdict(set)
    with csv_path.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows, None)  # header: Topic,File,Sentence Number
        for row in rows:
            if len(row) >= 3 and row[2].strip().isdigit():
                table[f"{row[0].strip()}_{row[1].strip()}"].add(int(row[2]))
    return dict(table)


def _topic_dirs(xml_root: Path) -> list[Path]:
    dirs = [d for d in xml_root.iterdir() if d.is_dir() and d.name.isdigit()]
    return sorted(dirs, key=lambda d: int(d.name))


def _file_order(path: Path) -> tuple[int, int, str]:
    match = _FILE_RE.match(path.name)
    return (int(match["topic"]), int(match["num"]), match["sub"]) if match else (1 << 30, 0, path.name)


#: the usual topic split (Cybulska & Vossen 2015; Kenyon-Dean et al. 2018; Barhom et al. 2019)
DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
TEST_TOPICS = frozenset(range(36, 46))
SPLITS = ("all", "train", "dev", "test")


def _in_split(topic: int, split: str) -> bool:
    if split == "dev":
        return topic in DEV_TOPICS
    if split == "test":
        return topic in TEST_TOPICS
    if split == "train":
        return topic not in DEV_TOPICS and topic not in TEST_TOPICS
    return True


def split_root(root: Path, split: str) -> tuple[Path, str]:
    """Where a split lives: a folder of that name under ``root`` (``test/``), else ``root`` with a topic split."""
    for cand in (root / split, root / "data" / split):
        if split not in ("", "all") and cand.is_dir():
            return cand, "all"
    if split not in SPLITS:
        raise FileNotFoundError(f"{root}: no {split!r} folder here, and {split!r} is not one of the usual ECB+ "
                                f"topic splits ({', '.join(SPLITS)})")
    return root, split


def load_ecbplus(root: Path, limit_topics: int | None = None, split: str = "all") -> list[EcbDoc]:
    """Load the corpus under ``root`` (the folder holding ``xml/`` and the sentences CSV).

    ``split``: a folder of that name under ``root`` when there is one (a held-out ``test/`` folder laid out
    like the release), else the usual topic split of the topics present (``dev``: 2 5 12 18 21 23 34 35;
    ``test``: 36-45; ``train``: the others; ``all``: every topic). Topics are taken in numeric order;
    ``limit_topics`` keeps only the first N. A file that cannot be parsed is reported on stderr and
    skipped, so one bad file does not stop the load.
    """
    root, split = split_root(Path(root), split)
    xml_root = root / "xml" if (root / "xml").is_dir() else root
    if not xml_root.is_dir():
        raise FileNotFoundError(f"{root}: no ECB+ xml/ folder here; point at the unpacked ECB+ release")
    csv_path = next((c for c in (root / SENTENCES_CSV, root.parent / SENTENCES_CSV) if c.exists()), None)
    annotated = read_annotated_sentences(csv_path) if csv_path is not None else {}
    topics = [t for t in _topic_dirs(xml_root) if _in_split(int(t.name), split)]
    topics = topics[:limit_topics] if limit_topics is not None else topics
    docs: list[EcbDoc] = []
    for topic_dir in topics:
        for path in sorted(topic_dir.glob("*.xml"), key=_file_order):
            try:
                docs.append(parse_document(path, annotated.get(path.stem, ())))
            except (ET.ParseError, ValueError) as err:
                import sys

                print(f"ecbplus: skipping {path}: {err}", file=sys.stderr)
    return docs


_URL_LINE = re.compile(r"^\s*(https?\s*:|www\s*\.)", re.IGNORECASE)


def article_of(doc: EcbDoc) -> tuple[Article, int]:
    """An Article of the document and the offset its text starts at in ``doc.text``.

    The URL line that opens ``*ecbplus.xml`` files is metadata, not article text: it goes to
    ``Article.url`` and the text starts after it (gold offsets shift by the returned offset).
    """
    text, url, shift = doc.text, None, 0
    if doc.sentences:
        s, e = doc.sentences[0]
        if _URL_LINE.match(text[s:e]):
            url = re.sub(r"\s+", "", text[s:e])
            shift = doc.sentences[1][0] if len(doc.sentences) > 1 else len(text)
    return Article(id=doc.doc_id, text=text[shift:], url=url, source=f"ecbplus:{doc.doc_id}"), shift


def coref_docs(docs: Iterable[EcbDoc]) -> list[CorefDoc]:
    """Documents for :mod:`storyline.eval.coref_settings`: event (ACTION_*) and entity (participants and
    locations) mentions of the reliably annotated sentences, fused per topic; time expressions are left out."""
    out = []
    for doc in docs:
        article, shift = article_of(doc)
        mentions = [GoldMention(doc.doc_id, m.start - shift, m.end - shift, m.cluster, m.kind, m.type)
                    for m in doc.mentions if m.kind in ("event", "entity") and m.sentence in doc.annotated_sentences
                    and m.start >= shift]
        scored = tuple((s - shift, e - shift) for n, (s, e) in enumerate(doc.sentences)
                       if n in doc.annotated_sentences and s >= shift)
        out.append(CorefDoc(article=article, group=doc.topic, mentions=_one_per_span(mentions), scored=scored))
    return out


def _one_per_span(mentions: list[GoldMention]) -> list[GoldMention]:
    """Two markables of one kind on the same span (rare) count once, the first one read."""
    seen: set[tuple[str, int, int, str]] = set()
    out = []
    for m in mentions:
        if (m.doc, m.start, m.end, m.kind) not in seen:
            seen.add((m.doc, m.start, m.end, m.kind))
            out.append(m)
    return out


def keep_annotated(docs: Iterable[EcbDoc]) -> list[EcbDoc]:
    """Copies of ``docs`` keeping only mentions in the sentences the corpus marks as reliably annotated."""
    return [dataclasses.replace(doc, mentions=[m for m in doc.mentions if m.sentence in doc.annotated_sentences])
            for doc in docs]


def _type_matches(mention_type: str, types: Collection[str] | None) -> bool:
    return types is None or any(mention_type == t or mention_type.startswith(t) for t in types)


def gold_mentions(docs: Iterable[EcbDoc], kind: MentionKind, types: Collection[str] | None = None) -> list[EcbMention]:
    """Mentions of ``kind`` (optionally only those whose type equals or starts with one of ``types``)."""
    return [m for doc in docs for m in doc.mentions if m.kind == kind and _type_matches(m.type, types)]


def gold_clusters(docs: Iterable[EcbDoc], kind: MentionKind, types: Collection[str] | None = None
                  ) -> list[set[MentionKey]]:
    """Gold clusters of ``(doc_id, start, end)`` for one mention kind, singletons included.

    ``types`` filters by markable tag, exact or prefix (``{"HUMAN_PART", "LOC_"}``). Two markables with the
    same span (rare) count once, in the cluster of the first one read. Singletons are kept, as in the usual
    ECB+ evaluation; drop them with ``[c for c in clusters if len(c) > 1]`` for CoNLL-2012-style scoring.
    """
    groups: dict[str, set[MentionKey]] = defaultdict(set)
    seen: set[MentionKey] = set()
    for mention in gold_mentions(docs, kind, types):
        if mention.key not in seen:
            seen.add(mention.key)
            groups[mention.cluster].add(mention.key)
    return list(groups.values())


def align_by_overlap(gold: Iterable[MentionKey], predicted: Iterable[MentionKey]) -> dict[MentionKey, MentionKey]:
    """Map predicted mentions onto gold mentions one-to-one by character overlap in the same document.

    Pairs are taken greedily by largest overlap; among equal overlaps the shorter gold span wins, then the
    shorter predicted span (so "the mayor of Oakvale" and "Oakvale" each find their own gold span). A
    predicted mention with no overlapping free gold mention is left out of the result; keep it as its own
    id so that the scorers count it as twinless.
    """
    gold_by_doc: dict[str, list[MentionKey]] = defaultdict(list)
    for g in set(gold):
        gold_by_doc[g[0]].append(g)
    for spans in gold_by_doc.values():
        spans.sort(key=lambda s: s[1])
    candidates: list[tuple[int, int, int, MentionKey, MentionKey]] = []
    for p in set(predicted):
        for g in gold_by_doc.get(p[0], []):
            if g[1] >= p[2]:
                break
            overlap = min(g[2], p[2]) - max(g[1], p[1])
            if overlap > 0:
                candidates.append((-overlap, g[2] - g[1], p[2] - p[1], g, p))
    candidates.sort()
    mapping: dict[MentionKey, MentionKey] = {}
    used: set[MentionKey] = set()
    for _, _, _, g, p in candidates:
        if p not in mapping and g not in used:
            mapping[p] = g
            used.add(g)
    return mapping


def relabel_clusters(clusters: Iterable[Iterable[Hashable]], mapping: Mapping[Hashable, Hashable]
                     ) -> list[set[Hashable]]:
    """Rename predicted mentions through ``mapping`` (from :func:`align_by_overlap`); unmapped ones keep their id."""
    return [{mapping.get(m, m) for m in cluster} for cluster in clusters]


def head_lemmas(docs: Iterable[EcbDoc], nlp: Language, mentions: Iterable[EcbMention] | None = None
                ) -> dict[MentionKey, str]:
    """Lower-cased lemma of each mention's syntactic head (spaCy ``Span.root``), keyed by ``(doc_id, start, end)``.

    Only sentences holding a requested mention are parsed (all mentions of ``docs`` by default), each on its
    own, since ECB+ sentences are already split. Pass the shared model, ``Resources(config).nlp``.
    """
    docs = list(docs)
    by_doc = {d.doc_id: d for d in docs}
    wanted: dict[tuple[str, int], list[EcbMention]] = defaultdict(list)
    for m in mentions if mentions is not None else (m for d in docs for m in d.mentions):
        wanted[(m.doc_id, m.sentence)].append(m)
    slots = sorted(wanted)
    texts = (by_doc[d].text[slice(*by_doc[d].sentences[s])] for d, s in slots)
    lemmas: dict[MentionKey, str] = {}
    for (doc_id, sent), parsed in zip(slots, nlp.pipe(texts, batch_size=64), strict=True):
        offset = by_doc[doc_id].sentences[sent][0]
        for m in wanted[(doc_id, sent)]:
            span = parsed.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
            lemma = span.root.lemma_ if span is not None and len(span) else m.text
            lemmas[m.key] = lemma.lower()
    return lemmas



def _baseline_systems(docs: list[EcbDoc], kind: MentionKind, nlp: Language | None) -> dict[str, list[set[Hashable]]]:
    """The string-match / lemma floors for one mention kind, matching only within a topic."""
    from storyline.eval.baselines import normalize_head, same_lemma_clusters, string_match_clusters

    topic_of = {d.doc_id: d.topic for d in docs}
    mentions = gold_mentions(docs, kind)
    pairs: list[tuple[Hashable, str]] = [(m.key, m.text) for m in mentions]

    def by_topic(key: Hashable) -> Hashable:
        return topic_of[str(key[0])] if isinstance(key, tuple) else None

    systems: dict[str, list[set[Hashable]]] = {
        "singletons": [{m.key} for m in mentions],
        "exact string": string_match_clusters(pairs, group=by_topic),
        "last word": string_match_clusters(pairs, normalize=normalize_head, group=by_topic),
    }
    if nlp is not None:
        lemmas = head_lemmas(docs, nlp, mentions)
        systems["head lemma"] = same_lemma_clusters([(m.key, lemmas[m.key]) for m in mentions], group=by_topic)
    return systems


def baseline_scores(docs: list[EcbDoc], nlp: Language | None = None) -> dict[str, dict[str, float]]:
    """``"<kind>: <system>" -> {muc_f1, b3_f1, ceafe_f1, conll_f1, ...}`` for the baselines on gold mentions.

    Systems: all singletons, exact normalized string, last word, and (with ``nlp``) same head lemma; all
    within topic. Pass docs already filtered by :func:`keep_annotated` to score the reliable sentences only.
    """
    from storyline.eval.coref_metrics import coref_scores

    kinds: tuple[MentionKind, ...] = ("entity", "event")
    rows: dict[str, dict[str, float]] = {}
    for kind in kinds:
        key = gold_clusters(docs, kind)
        for name, response in _baseline_systems(docs, kind, nlp).items():
            scores = coref_scores(key, response)
            row = {f"{metric}_{part}": round(getattr(prf, part), 4)
                   for metric, prf in scores.items() for part in ("p", "r", "f1")}
            row["conll_f1"] = round(sum(prf.f1 for prf in scores.values()) / 3, 4)
            rows[f"{kind}: {name}"] = row
    return rows


def corpus_stats(docs: list[EcbDoc]) -> dict[str, int]:
    """Counts of documents, topics, mentions per kind and gold clusters (all and cross-document)."""
    stats = {"documents": len(docs), "topics": len({d.topic for d in docs})}
    kinds: tuple[MentionKind, ...] = ("event", "entity", "time")
    for kind in kinds:
        clusters = gold_clusters(docs, kind)
        stats[f"{kind}_mentions"] = sum(len(c) for c in clusters)
        stats[f"{kind}_clusters"] = len(clusters)
        stats[f"{kind}_cross_doc_clusters"] = sum(1 for c in clusters if len({k[0] for k in c}) > 1)
    return stats


def main(path: Path, limit: int | None = None, json_out: Path | None = None, lemmas: bool = True) -> dict[str, object]:
    """Load ECB+ (first ``limit`` topics), print corpus counts and the baseline floors, return them as a dict.

    Scores use gold mentions of the reliably annotated sentences; ``lemmas=False`` skips the spaCy-based
    head-lemma baseline (and the model load).
    """
    import json

    docs = keep_annotated(load_ecbplus(Path(path), limit_topics=limit))
    nlp = None
    if lemmas:
        from storyline.analyze.resources import Resources

        nlp = Resources().nlp
    stats, rows = corpus_stats(docs), baseline_scores(docs, nlp)
    _print_report(stats, rows)
    result: dict[str, object] = {"corpus": stats, "baselines": rows}
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def _print_report(stats: dict[str, int], rows: dict[str, dict[str, float]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print("ECB+ (annotated sentences): " + ", ".join(f"{k}={v}" for k, v in stats.items()))
    table = Table(title="Baselines on gold mentions, within topic")
    for column in ("system", "MUC F1", "B3 F1", "CEAF-e F1", "CoNLL F1"):
        table.add_column(column)
    for name, row in rows.items():
        table.add_row(name, *(f"{100 * row[k]:.1f}" for k in ("muc_f1", "b3_f1", "ceafe_f1", "conll_f1")))
    console.print(table)


@functools.lru_cache(maxsize=2)
def coref_figures(path: str, split: str = "all", limit: int | None = None) -> dict[str, Any]:
    """Event and entity coreference of the shipped code on ECB+ in both settings (one computation serves
    ``eval event-coref`` and ``eval entity-coref`` in one process; do not modify the result)."""
    from storyline.eval.coref_settings import evaluate

    docs = keep_annotated(load_ecbplus(Path(path), limit_topics=limit, split=split))
    if not docs:
        raise SystemExit(f"{path}: no ECB+ documents in split {split!r}")
    figures = evaluate(coref_docs(docs))
    figures["dataset"] = f"ECB+ {Path(path).name}, split {split}, {len(docs)} documents, " \
                         f"{len({d.topic for d in docs})} topics (each fused on its own)"
    return figures
