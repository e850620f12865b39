"""Read Reuters-21578 SGML into JSONL records (id, title, text, published) for the benchmarks."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "reuters21578"
_DOC = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "BODY")}


#: the corpus marks a company's name or ticker in angle brackets ("Standard Oil <SRD>", "<ARC America Corp>"):
#: its own markup, not the article's words (left in, names read "ARC America Corp>" on every page)
_MARKED = re.compile(r"<([^<>]{1,80})>")  # a mark may wrap onto the next line


def _field(name: str, doc: str) -> str | None:
    m = _FIELD[name].search(doc)
    return _MARKED.sub(r"\1", html.unescape(m.group(1))).strip() if m else None


def _date(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        return datetime.strptime(raw.split(".")[0].strip(), "%d-%b-%Y %H:%M:%S").date().isoformat()
    except ValueError:
        return None


def iter_reuters(root: Path = DEFAULT_DIR) -> Iterator[dict[str, str | None]]:
    """Articles with a body, in corpus order. The SGML files are Latin-1 with control characters."""
    paths = sorted(root.glob("reut2-*.sgm"))
    if not paths:
        raise SystemExit(f"{root}: no Reuters-21578 files (reut2-*.sgm); the benchmarks read ../shared/eval")
    for path in paths:
        raw = path.read_bytes().decode("latin-1")
        for m in _DOC.finditer(raw):
            body = _field("BODY", m.group(2))
            if not body:
                continue
            body = re.sub(r"[\x00-\x08\x0b-\x1f]", "", body).replace("\n", " ").replace("  ", "\n")
            # this copy of the corpus marks a paragraph's indent with a literal "&\t": a paragraph break
            body = re.sub(r"\s*&\\t\s*", "\n", body)
            body = re.sub(r"\s*Reuter\s*$", "", body)
            yield {"id": f"reuters-{m.group(1)}", "title": _field("TITLE", m.group(2)), "text": body,
                   "outlet": "Reuters", "published": _date(_field("DATE", m.group(2)))}


def write_jsonl(path: Path, n: int | None, root: Path = DEFAULT_DIR) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as f:
        for rec in iter_reuters(root):
            if n is not None and count >= n:
                break
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_add_fixtures(out: Path, sizes: Sequence[int] = (1000, 5000), new: int = 100,
                       root: Path = DEFAULT_DIR) -> list[Path]:
    """The add-100 fixtures of issue 11 (docs/store.md): ``new.jsonl``, the ``new`` articles after the first
    ``sizes[0]``, and ``baseN.jsonl`` for each size, the first ``sizes[0]`` articles and the ``N - sizes[0]``
    after the new ones (every article but the new ones when N exceeds the corpus). Returns the files written."""
    recs = list(iter_reuters(root))
    first = sizes[0]
    out.mkdir(parents=True, exist_ok=True)
    files = {out / "new.jsonl": recs[first:first + new]}
    for n in sizes:
        files[out / f"base{n}.jsonl"] = recs[:first] + recs[first + new:n + new]
    for path, rows in files.items():
        with path.open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in rows)
    return list(files)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write the add-100 fixtures (new.jsonl, baseN.jsonl) into OUT; "
                                                 "then `storyline analyze OUT/baseN.jsonl --db baseN.db` and "
                                                 "`python benchmarks/incremental.py baseN.db OUT/new.jsonl`.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--new", type=int, default=100)
    args = parser.parse_args()
    for written in write_add_fixtures(args.out, args.sizes, args.new):
        print(written)
