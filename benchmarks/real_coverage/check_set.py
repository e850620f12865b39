"""Validate a real-coverage evaluation set (format: SPEC.md beside this file; the set itself stays outside the
repository): ``python benchmarks/real_coverage/check_set.py SETDIR`` prints OK or the problems."""

import json
import sys
from pathlib import Path

from storyline.analyze.events.ontology import PLOVER

TYPES = frozenset(PLOVER)  # Storyline's event types
ENT = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def main(d: Path) -> int:
    bad = []
    arts = {}
    for n, line in enumerate((d / "articles.jsonl").read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            a = json.loads(line)
        except Exception as e:
            bad.append(f"articles.jsonl line {n}: {e}")
            continue
        for k in ("id", "title", "outlet", "url", "published", "text"):
            if not a.get(k):
                bad.append(f"article line {n}: missing {k}")
        if a.get("id") in arts:
            bad.append(f"duplicate article id {a.get('id')}")
        arts[a.get("id")] = a
    urls = [a.get("url") for a in arts.values()]
    if len(set(urls)) != len(urls):
        bad.append("urls not unique")
    g = json.loads((d / "gold.json").read_text())
    ids = set()
    for inc in g.get("incidents", []):
        i = inc.get("id")
        if i in ids:
            bad.append(f"duplicate incident {i}")
        ids.add(i)
        for t in inc.get("types", []):
            if t not in TYPES:
                bad.append(f"{i}: unknown type {t}")
        if not inc.get("types"):
            bad.append(f"{i}: no types")
        if not inc.get("anchors"):
            bad.append(f"{i}: no anchors")
        seen = set()
        for aid, phrase in inc.get("anchors", []):
            if aid not in arts:
                bad.append(f"{i}: anchor article {aid} unknown")
                continue
            if aid in seen:
                bad.append(f"{i}: two anchors in {aid}")
            seen.add(aid)
            a = arts[aid]
            if phrase not in a["text"] and phrase not in a["title"]:
                bad.append(f"{i}: anchor not verbatim in {aid}: {phrase!r}")
        t = inc.get("toll")
        if t is not None and not isinstance(t.get("dead"), int):
            bad.append(f"{i}: toll.dead not an int")
    for e in g.get("entities", []):
        if e.get("type") not in ENT:
            bad.append(f"entity {e.get('id')}: type {e.get('type')}")
        if not e.get("spellings"):
            bad.append(f"entity {e.get('id')}: no spellings")
    groups = set()
    for c in g.get("claims", []):
        if c.get("article") not in arts:
            bad.append(f"claim {c.get('id')}: article {c.get('article')} unknown")
        elif not any(c.get("quote", "") in arts[c["article"]][k] for k in ("text", "title")):
            bad.append(f"claim {c.get('id')}: quote not verbatim: {c.get('quote')!r}")
        if c.get("polarity") not in ("assert", "deny"):
            bad.append(f"claim {c.get('id')}: polarity {c.get('polarity')}")
        groups.add(c.get("group"))
    for link in g.get("links", []):
        if link.get("from") not in groups or link.get("to") not in groups:
            bad.append(f"link {link}: unknown group")
        if link.get("type") not in ("denies", "supports", "contradicts"):
            bad.append(f"link {link}: type")
    print("\n".join(bad) if bad else f"OK: {len(arts)} articles, {len(g.get('incidents', []))} incidents, "
          f"{len(g.get('entities', []))} entities, {len(g.get('claims', []))} claims, {len(g.get('links', []))} links")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
