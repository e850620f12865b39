"""``storyline eval timex TIMEML_DIR``: our time component on TimeML (TempEval-3 task A measures).

Each ``.tml`` file gives a text (the TEXT element with its tags removed) and
its gold TIMEX3 elements with character offsets into that text. The DCT is
the TIMEX3 with ``functionInDocument="CREATION_TIME"``; it becomes the
article's published date and is not scored. The articles go through the
shipped analysis and fusion as one corpus (:mod:`storyline.eval.shipped`)
and the story's time expressions are scored by
:mod:`storyline.eval.timex_score`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from storyline.eval.timex_score import TimexSpan, score
from storyline.model import Article


@dataclass
class TimeMLDoc:
    id: str
    text: str
    dct: str | None
    gold: list[TimexSpan]


def read_tml(path: Path) -> TimeMLDoc:
    """Text, DCT and gold timexes of one TimeML file (offsets into the tag-free TEXT)."""
    root = ET.parse(path).getroot()
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    dct = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
            break
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[TimexSpan] = []
    if text_el is not None:
        _walk(text_el, parts, gold, doc_id, top=True)
    text = "".join(parts)
    return TimeMLDoc(doc_id, text, dct, gold)


def _walk(el: ET.Element, parts: list[str], gold: list[TimexSpan], doc_id: str, top: bool = False) -> None:
    start = sum(len(p) for p in parts)
    parts.append(el.text or "")
    for child in el:
        _walk(child, parts, gold, doc_id)
        parts.append(child.tail or "")
    if not top and el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
        end = sum(len(p) for p in parts)
        text = "".join(parts)[start:end]
        gold.append(TimexSpan(doc_id, start, end, el.get("type"), el.get("value"), text))


def find_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(path.rglob("*.tml"))


def published_of(dct: str | None) -> tuple[str | None, str | None]:
    """A TimeML DCT ("1998-02-06T22:19:00") as an article's published value and granularity."""
    if not dct:
        return None, None
    day = dct[:10]
    gran = {10: "day", 7: "month", 4: "year"}.get(len(day))
    return (day, gran) if gran else (None, None)


def run_system(docs: list[TimeMLDoc]) -> Iterator[TimexSpan]:
    """The story's time expressions after the shipped analysis and fusion of the documents."""
    from storyline.eval.shipped import run_shipped

    articles = []
    for d in docs:
        published, gran = published_of(d.dct)
        articles.append(Article(id=d.id, text=d.text, published=published, published_granularity=gran,  # type: ignore[arg-type]
                                published_source="metadata" if published else None))
    for story in run_shipped(articles).stories.values():
        for t in story.timexes:
            yield TimexSpan(t.article, t.start, t.end, t.type, t.value, t.text)


def main(path: Path, limit: int | None = None, json_out: Path | None = None, errors: Path | None = None,
         split: str | None = None) -> dict:
    """Score the shipped time expressions on the TimeML files under ``path``; print and return the measures."""
    from storyline.eval.splits import pick

    files = find_files(pick(Path(path), split))
    if not files:
        raise SystemExit(f"no .tml files under {path}: give a TimeML directory (e.g. TBAQ-cleaned)")
    if limit:
        files = files[:limit]
    docs = []
    for f in files:
        try:
            docs.append(read_tml(f))
        except ET.ParseError as err:  # one bad file never stops the batch
            print(f"skipped {f}: not well-formed XML ({err})", file=sys.stderr)
    gold = [g for d in docs for g in d.gold]
    system = list(run_system(docs))
    figures, counts = score(gold, system)
    figures["documents"] = len(docs)
    print(report(figures))
    if errors:
        _write_errors(errors, counts.errors)
    if json_out:
        Path(json_out).write_text(json.dumps(figures, indent=1))
    return figures


def report(f: dict) -> str:
    rows = [("strict", f["strict_precision"], f["strict_recall"], f["strict_f1"]),
            ("relaxed", f["relaxed_precision"], f["relaxed_recall"], f["relaxed_f1"])]
    lines = [f"TempEval-3 task A, {f['documents']} documents, {f['gold']} gold / {f['system']} system timexes",
             f"{'span':8} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{name:8} {p:6.3f} {r:6.3f} {f1:6.3f}" for name, p, r, f1 in rows]
    lines.append(f"type accuracy {f['type_accuracy']:.3f}   type F1 {f['type_f1']:.3f}")
    lines.append(f"value accuracy {f['value_accuracy']:.3f}  value F1 {f['value_f1']:.3f}")
    lines.append("(reference, TE3 platinum test: HeidelTime value F1 0.776, relaxed span F1 0.903)")
    return "\n".join(lines)


def _write_errors(path: Path, errors: list) -> None:
    kinds = Counter(kind for _, _, kind in errors)
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps(dict(kinds)) + "\n")
        for g, s, kind in errors:
            out.write("\t".join([kind, (g or s).doc, repr(g.text) if g else "-", g.value or "-" if g else "-",
                                 repr(s.text) if s else "-", (s.value or "None") if s else "-",
                                 (g.type or "") if g else "", (s.type or "") if s else ""]) + "\n")
