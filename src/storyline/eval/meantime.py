"""``storyline eval meantime MEANTIME_DIR``: time expressions, entity and event coreference on MEANTIME.

MEANTIME (Minard et al., LREC 2016) annotates Wikinews articles in CAT XML:
``<token t_id sentence number>`` elements, ``<Markables>`` (``ENTITY_MENTION``,
``EVENT_MENTION``, ``TIMEX3`` with ``<token_anchor>`` children; token-less
``ENTITY``/``EVENT`` *instances*) and ``<Relations>``, where ``REFERS_TO``
ties mentions to an instance. In the ``intra_cross-doc_annotation`` version an
instance with an ``instance_id`` is shared by the documents of a corpus (a
cross-document cluster); one without is a within-document chain. Sentence 0
is the headline, sentence 1 the dateline; the ``CREATION_TIME`` TIMEX3 is
the document date. Annotation is exhaustive in sentences 0-5 only (the
document-level layer; past them only mentions of the instances chosen for
the cross-document layer are marked), so every score counts gold and
predicted items in those sentences, as the ECB+ scores count the sentences
its corpus lists as reliably annotated.

Each document becomes an article (text rebuilt from the tokens: one space
between tokens, a newline between sentences; the document date as its
publication date, the wiki URL as its URL) and each corpus (``corpus_apple``,
``corpus_gm``, ...) is analyzed and fused by the shipped code as its own
corpus. Scores:

- **time expressions**: every anchored TIMEX3 (the dateline included: it is
  text the product reads) against the story's time expressions, with the
  TempEval-3 measures (:mod:`storyline.eval.timex_score`);
- **entity and event coreference**, within and across documents, with gold
  mentions and end to end (:mod:`storyline.eval.coref_settings`), baselines
  beside them.

``MEANTIME_DIR`` is the release folder (its ``intra_cross-doc_annotation``
is read), an annotation folder, or one corpus folder; ``split`` picks corpora
by name (``apple`` or ``corpus_apple``; ``all`` by default).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from storyline.eval.coref_settings import KINDS, CorefDoc, GoldMention, Kind, report, score, shipped_runs
from storyline.eval.ecbplus import read_tokens
from storyline.eval.shipped import ShippedRun
from storyline.eval.timex_score import TimexSpan
from storyline.eval.timex_score import score as timex_score
from storyline.model import Article

ANNOTATION = "intra_cross-doc_annotation"
MENTION_KINDS: dict[str, Kind] = {"ENTITY_MENTION": "entity", "EVENT_MENTION": "event"}
ANNOTATED_SENTENCES = 6  # sentences 0-5: headline, dateline and the first four sentences of the body


@dataclass
class MeantimeDoc:
    """One MEANTIME document: text, date, gold time expressions and gold entity/event mentions."""

    doc_id: str
    corpus: str
    text: str
    dct: str | None
    url: str | None = None
    scored: tuple[int, int] = (0, 0)  # the exhaustively annotated characters
    timexes: list[TimexSpan] = field(default_factory=list)
    mentions: list[GoldMention] = field(default_factory=list)

    def article(self) -> Article:
        day = self.dct[:10] if self.dct and len(self.dct) >= 10 else None
        return Article(id=self.doc_id, text=self.text, url=self.url, published=day,
                       published_granularity="day" if day else None, published_source="metadata" if day else None,
                       source=f"meantime:{self.corpus}/{self.doc_id}")

    def coref_doc(self) -> CorefDoc:
        return CorefDoc(article=self.article(), group=self.corpus, mentions=self.mentions, scored=(self.scored,))

    def in_scope(self, start: int, end: int) -> bool:
        return self.scored[0] <= start and end <= self.scored[1]


def _clusters(root: ET.Element, doc_id: str) -> dict[str, str]:
    """``mention m_id -> cluster``: the instance's ``instance_id`` (shared across documents) or a local chain."""
    instances = {m.get("m_id", ""): m for m in root.iterfind("Markables/*")}
    out: dict[str, str] = {}
    for rel in root.iterfind("Relations/REFERS_TO"):
        target = rel.find("target")
        tid = target.get("m_id", "") if target is not None else ""
        instance = instances.get(tid)
        cluster = (instance.get("instance_id") if instance is not None else None) or f"{doc_id}/chain/{tid}"
        for source in rel.iterfind("source"):
            out.setdefault(source.get("m_id", ""), cluster)
    return out


def read_document(path: Path, corpus: str) -> MeantimeDoc:
    """Parse one MEANTIME CAT XML file (raises ``ET.ParseError`` on malformed XML)."""
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id") or path.stem
    text, sentences, offsets = read_tokens(root)
    clusters = _clusters(root, doc_id)
    scored = (0, sentences[min(ANNOTATED_SENTENCES, len(sentences)) - 1][1] if sentences else 0)
    doc = MeantimeDoc(doc_id=doc_id, corpus=corpus, text=text, dct=None, url=root.get("url"), scored=scored)
    seen: set[tuple[int, int, str]] = set()
    for m in root.iterfind("Markables/*"):
        anchors = [offsets[a.get("t_id", "")] for a in m.iterfind("token_anchor") if a.get("t_id", "") in offsets]
        if m.tag == "TIMEX3" and m.get("functionInDocument") == "CREATION_TIME":
            doc.dct = m.get("value")
        if not anchors:
            continue  # instances, and time points the text does not state
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        if not doc.in_scope(start, end):
            continue
        if m.tag == "TIMEX3":
            doc.timexes.append(TimexSpan(doc_id, start, end, m.get("type"), m.get("value"), text[start:end]))
        elif m.tag in MENTION_KINDS and (start, end, m.tag) not in seen:
            seen.add((start, end, m.tag))
            m_id = m.get("m_id", "")
            doc.mentions.append(GoldMention(doc_id, start, end, clusters.get(m_id, f"{doc_id}/single/{m_id}"),
                                            MENTION_KINDS[m.tag], m.get("syntactic_type") or m.get("pos") or ""))
    return doc


def corpus_dirs(path: Path, split: str = "all") -> list[Path]:
    """The corpus folders to read: under the release's cross-document annotation, or ``path`` itself."""
    path = Path(path)
    base = path / ANNOTATION if (path / ANNOTATION).is_dir() else path
    if any(base.glob("*.xml")):
        return [base]
    dirs = sorted(d for d in base.iterdir() if d.is_dir() and any(d.glob("*.xml")))
    if split not in ("", "all"):
        dirs = [d for d in dirs if d.name in (split, f"corpus_{split}")]
    if not dirs:
        raise FileNotFoundError(f"{path}: no MEANTIME corpus folder{'' if split == 'all' else f' {split!r}'} "
                                f"here (expected {ANNOTATION}/corpus_*/*.xml)")
    return dirs


def load_meantime(path: Path, split: str = "all", limit: int | None = None) -> list[MeantimeDoc]:
    """Every document of the chosen corpora (the first ``limit`` of each); a malformed file is reported and
    skipped."""
    docs = []
    for folder in corpus_dirs(path, split):
        corpus = folder.name.removeprefix("corpus_")
        for f in sorted(folder.glob("*.xml"))[:limit]:
            try:
                docs.append(read_document(f, corpus))
            except ET.ParseError as err:
                print(f"meantime: skipped {f}: not well-formed XML ({err})", file=sys.stderr)
    return docs


def story_timexes(result: ShippedRun, docs: list[MeantimeDoc]) -> list[TimexSpan]:
    """The time expressions of the stories in the annotated sentences, as the TempEval-3 scorer reads them."""
    by_id = {d.doc_id: d for d in docs}
    return [TimexSpan(t.article, t.start, t.end, t.type, t.value, t.text)
            for story in result.stories.values() for t in story.timexes
            if t.article in by_id and by_id[t.article].in_scope(t.start, t.end)]


def evaluate(docs: list[MeantimeDoc]) -> dict[str, Any]:
    """Time expressions (end to end) and both coreference settings for entities and events."""
    cdocs = [d.coref_doc() for d in docs]
    runs = shipped_runs(cdocs, KINDS)
    timexes, _ = timex_score([t for d in docs for t in d.timexes], story_timexes(runs.predicted, docs))
    figures = score(cdocs, runs, KINDS)
    figures["corpora"] = sorted({d.corpus for d in docs})
    figures["timex"] = {k: round(v, 4) if isinstance(v, float) else v for k, v in timexes.items()}
    return figures


def main(path: Path, limit: int | None = None, json_out: Path | None = None, split: str = "all"
         ) -> dict[str, Any]:
    """Score the shipped code on MEANTIME at ``path`` (the first ``limit`` documents of each corpus)."""
    docs = load_meantime(Path(path), split, limit)
    if not docs:
        raise SystemExit(f"{path}: no MEANTIME documents")
    result = evaluate(docs)
    result["failures"] = len(result["failures"])
    print(_report(result))
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def _report(result: dict[str, Any]) -> str:
    t = result["timex"]
    lines = [f"MEANTIME: {result['documents']} documents in corpora {', '.join(result['corpora'])} "
             "(each analyzed and fused on its own)",
             f"\nTime expressions (TempEval-3): {t['gold']} gold, {t['system']} found; "
             f"strict F1 {t['strict_f1']:.3f}, relaxed F1 {t['relaxed_f1']:.3f}, type accuracy "
             f"{t['type_accuracy']:.3f}, value F1 {t['value_f1']:.3f}"]
    for kind in KINDS:
        lines.append("\n" + report(result[kind], f"MEANTIME {kind} coreference"))
    return "\n".join(lines)
