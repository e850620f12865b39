"""Incident-level scorer for real-coverage sets (format: SPEC.md beside this file; the sets stay outside the
repository, texts being others' work): rounds 37–43 of docs/evaluation.md.

    storyline analyze SETDIR/articles.jsonl --db s.db --json story.json
    python benchmarks/real_coverage/score.py SETDIR story.json [--json OUT.json] [--verbose]

Rules
- An event *holds* an incident's anchor when its type is one of the incident's types and one of its mentions (in
  the same article and field, title or body) overlaps the anchor phrase.
- The incident's *main* event is the event holding most of its anchors. The incident is *found* when the main event
  holds >= 50% of its anchors, its date is compatible (intervals at their granularity overlap; a date "reported"
  on or before its report day is compatible when the incident happened on or before that day; no date at all is
  compatible) and its place is right (location_text or the place entity's aliases equal or contain, as whole
  words, one of the incident's places; no place is wrong when the gold gives one).
- *Split*: more than one event holds its anchors. *Fused*: its main event holds an anchor of another incident
  (background included). *Clean*: found, not split, not fused. Background incidents are only scored for fusion.
- *Toll* right: the main event's fatalities min or max is the gold's dead or one of its ok values.
- *Entity* right: the spellings the output knows (aliases, case-insensitive) all sit in one entity of a compatible
  type (GPE/LOC/FAC interchangeable) that holds no other gold entity's spelling; no spelling known = missed.
- *Claim* right: a claim of the article whose content overlaps >= 50% of the quote (or holds it), its speaker
  right (gold null: any; else the speaker entity's aliases or speaker_text contain a gold name as whole words) and
  its polarity the gold's.
- *Claim linked*: an occurrence with gold partners (same group, or groups linked) whose matched claim has a link
  of the right type (supports within a group, the link's type across groups; either direction) to a claim matched
  to a partner.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

PLACEISH = {"GPE", "LOC", "FAC"}


def interval(g):
    if g is None:
        return None
    if isinstance(g, list):
        a, b = interval(g[0]), interval(g[-1])
        return (a[0], b[1])
    parts = g.split("-")
    if len(parts) == 1:
        return (f"{g}-01-01", f"{g}-12-31")
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return (f"{g}-01", f"{g}-{calendar.monthrange(y, m)[1]:02d}")
    return (g[:10], g[:10])


def date_ok(gold, pred):
    gi = interval(gold)
    if gi is None or not pred:
        return True
    lo, hi = pred.get("earliest"), pred.get("latest")
    if not lo and not hi:
        v = pred.get("value")
        if not v or not re.match(r"\d{4}", v):
            return True
        lo, hi = interval(v[:10]) if len(v) >= 4 else (None, None)
    if pred.get("basis") == "reported" or pred.get("mod") in ("ON_OR_BEFORE", "BEFORE"):
        lo = "0000-01-01"
    return lo <= gi[1] and gi[0] <= hi


def words_in(a, b):
    a, b = a.lower().strip(), b.lower().strip()
    return a == b or re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b) is not None


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def locate(article, phrase):
    """(field, start, end) of a phrase in the exported article, or None."""
    for field, text in (("body", article.get("text") or ""), ("title", article.get("title") or "")):
        i = text.find(phrase)
        if i >= 0:
            return field, i, i + len(phrase)
    # whitespace-insensitive
    pat = r"\s+".join(re.escape(w) for w in phrase.split())
    for field, text in (("body", article.get("text") or ""), ("title", article.get("title") or "")):
        m = re.search(pat, text)
        if m:
            return field, m.start(), m.end()
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("setdir")
    ap.add_argument("story")
    ap.add_argument("--json")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    gold = json.loads((Path(args.setdir) / "gold.json").read_text())
    story = json.loads(Path(args.story).read_text())
    arts = {a["id"]: a for a in story["articles"]}
    ents = {e["id"]: e for e in story["entities"]}
    notes = []

    # ---------- incidents
    # mentions by (article, field)
    ev_mentions = defaultdict(list)
    for ev in story["events"]:
        for m in ev["mentions"]:
            field = "title" if m.get("field") == "title" else "body"
            ev_mentions[(m["article"], field)].append((m["start"], m["end"], ev))
    holds = defaultdict(lambda: defaultdict(set))  # incident id -> event id -> anchor indexes
    evs = {ev["id"]: ev for ev in story["events"]}
    anchors_n = {}
    for inc in gold["incidents"]:
        n = 0
        for k, (aid, phrase) in enumerate(inc["anchors"]):
            if aid not in arts:
                notes.append(f"{inc['id']}: article {aid} not in the output")
                continue
            loc = locate(arts[aid], phrase)
            if loc is None:
                notes.append(f"{inc['id']}: anchor not found in stored text of {aid}: {phrase!r}")
                continue
            n += 1
            field, s, e = loc
            for ms, me, ev in ev_mentions[(aid, field)]:
                if ms < e and s < me and ev["type"] in inc["types"]:
                    holds[inc["id"]][ev["id"]].add(k)
        anchors_n[inc["id"]] = n
    main_of = {}
    for inc in gold["incidents"]:
        h = holds[inc["id"]]
        if h:
            main_of[inc["id"]] = max(h, key=lambda e: (len(h[e]), -len(evs[e]["mentions"])))
    held_by = defaultdict(set)  # event -> incidents it holds anchors of
    for iid, h in holds.items():
        for e in h:
            held_by[e].add(iid)
    rows = []
    tot = Counter()
    for inc in gold["incidents"]:
        iid = inc["id"]
        h = holds[iid]
        m = main_of.get(iid)
        n = anchors_n[iid]
        r = {"id": iid, "background": inc.get("background", False), "anchors": n, "events": len(h),
             "main_holds": len(h[m]) if m else 0}
        fused_with = sorted(held_by[m] - {iid}) if m else []
        r["fused_with"] = fused_with
        if m:
            ev = evs[m]
            r["main"] = {"id": m, "type": ev["type"], "subtype": ev.get("subtype"),
                         "date": ev["date"].get("value"), "basis": ev["date"].get("basis"),
                         "place": ev.get("location_text"), "articles": len({x["article"] for x in ev["mentions"]})}
            places = [ev.get("location_text")] if ev.get("location_text") else []
            if ev.get("location") in ents:
                places += ents[ev["location"]].get("aliases", [])
            place_ok = not inc["places"] or not places or any(
                words_in(g, p) or words_in(p, g) for g in inc["places"] for p in places)
            d_ok = date_ok(inc.get("date"), ev["date"])
            share = n and len(h[m]) / n >= 0.5
            r.update(date_ok=d_ok, place_ok=place_ok, share_ok=bool(share))
            r["found"] = bool(share and d_ok and place_ok)
        else:
            r["found"] = False
        r["clean"] = r["found"] and len(h) == 1 and not fused_with
        if inc.get("toll"):
            t = inc["toll"]
            ok = {t["dead"], *t.get("ok", [])}
            fat = evs[m].get("fatalities") if m else None
            r["toll"] = fat and (fat.get("min") in ok or fat.get("max") in ok)
            r["toll_pred"] = fat and (fat.get("min"), fat.get("max"))
            r["toll_gold"] = t["dead"]
            tot["toll_n"] += 1
            tot["toll_ok"] += bool(r["toll"])
        rows.append(r)
        if not r["background"]:
            tot["inc"] += 1
            tot["found"] += r["found"]
            tot["clean"] += r["clean"]
            tot["split"] += len(h) > 1
            tot["fused"] += bool(fused_with)
    tot["fused_events"] = sum(1 for e, s in held_by.items() if len(s) > 1)

    # ---------- entities
    alias_ents = defaultdict(set)
    for e in story["entities"]:
        for a in [*e.get("aliases", []), e["name"]]:
            alias_ents[a.lower()].add(e["id"])
    owner = {}
    for ge in gold["entities"]:
        for s in ge["spellings"]:
            owner.setdefault(s.lower(), set()).add(ge["id"])
    ent_rows = []
    for ge in gold["entities"]:
        known = [s for s in ge["spellings"] if s.lower() in alias_ents]
        r = {"id": ge["id"], "spellings": ge["spellings"], "known": known, "right": False}
        if known:
            cands = Counter(e for s in known for e in alias_ents[s.lower()])
            best = max(cands, key=lambda e: (cands[e], len(ents[e]["mentions"])))
            be = ents[best]
            all_in = cands[best] == len(known)
            t_ok = be["type"] == ge["type"] or (be["type"] in PLACEISH and ge["type"] in PLACEISH)
            others = {g for a in be.get("aliases", []) for g in owner.get(a.lower(), set())} - {ge["id"]}
            r.update(entity=be["name"], type=be["type"], all_in=all_in, type_ok=t_ok, merged_with=sorted(others),
                     split_into=len({e for s in known for e in alias_ents[s.lower()]}))
            r["right"] = all_in and t_ok and not others
        ent_rows.append(r)
        tot["ent"] += 1
        tot["ent_ok"] += r["right"]

    # ---------- claims
    by_art = defaultdict(list)
    for c in story["claims"]:
        by_art[c["article"]].append(c)
    match = {}
    cl_rows = []
    for gc in gold["claims"]:
        r = {"id": gc["id"], "group": gc["group"], "found": False, "right": False}
        a = arts.get(gc["article"])
        loc = locate(a, gc["quote"]) if a else None
        if loc is None:
            notes.append(f"claim {gc['id']}: quote not found")
        else:
            _, s, e = loc
            best, bo = None, 0
            for c in by_art[gc["article"]]:
                cs = c.get("content_start") if c.get("content_start") is not None else c["start"]
                ce = c.get("content_end") if c.get("content_end") is not None else c["end"]
                o = min(e, ce) - max(s, cs)
                if o > bo:
                    best, bo = c, o
            if best and bo >= 0.5 * (e - s):
                match[gc["id"]] = best["id"]
                names = [best.get("speaker_text") or ""]
                if best.get("speaker") in ents:
                    names += [*ents[best["speaker"]].get("aliases", []), ents[best["speaker"]]["name"]]
                sp_ok = gc.get("speaker") is None or any(words_in(g, n) for g in gc["speaker"] for n in names if n)
                pol_ok = best.get("polarity") == gc["polarity"]
                r.update(found=True, speaker_ok=sp_ok, polarity_ok=pol_ok, pred_speaker=best.get("speaker_text"),
                         right=sp_ok and pol_ok)
        cl_rows.append(r)
        tot["claims"] += 1
        tot["claims_found"] += r["found"]
        tot["claims_ok"] += r["right"]
    pred_links = defaultdict(set)
    for link in story.get("claim_links", []):
        pred_links[link["from"]].add((link["to"], link["type"]))
        pred_links[link["to"]].add((link["from"], link["type"]))
    glinks = defaultdict(set)
    for link in gold.get("links", []):
        glinks[link["from"]].add((link["to"], link["type"]))
        glinks[link["to"]].add((link["from"], link["type"]))
    members = defaultdict(list)
    for gc in gold["claims"]:
        members[gc["group"]].append(gc["id"])
    for gc, r in zip(gold["claims"], cl_rows, strict=False):
        partners = [(o, "supports") for o in members[gc["group"]] if o != gc["id"]]
        partners += [(o, t) for g2, t in glinks[gc["group"]] for o in members[g2]]
        if not partners:
            continue
        tot["link_n"] += 1
        p = match.get(gc["id"])
        ok = p is not None and any(match.get(o) is not None and (match[o], t) in pred_links[p] for o, t in partners)
        r["linked"] = ok
        tot["link_ok"] += ok
    # wrong contradicts: between two claims matched to one group or supporting groups
    inv = defaultdict(set)
    for g, p in match.items():
        inv[p].add(g)
    grp = {gc["id"]: gc["group"] for gc in gold["claims"]}
    for link in story.get("claim_links", []):
        if link["type"] != "contradicts":
            continue
        ga = {grp[x] for x in inv.get(link["from"], ())}
        gb = {grp[x] for x in inv.get(link["to"], ())}
        if ga & gb or any((g2, "supports") in glinks[g1] for g1 in ga for g2 in gb):
            tot["bad_contradicts"] += 1

    summary = {
        "found": f"{tot['found']}/{tot['inc']}", "clean": f"{tot['clean']}/{tot['inc']}",
        "split": f"{tot['split']}/{tot['inc']}", "fused": f"{tot['fused']}/{tot['inc']} ({tot['fused_events']})",
        "toll": f"{tot['toll_ok']}/{tot['toll_n']}", "entities": f"{tot['ent_ok']}/{tot['ent']}",
        "claims": f"{tot['claims_ok']}/{tot['claims']} (found {tot['claims_found']})",
        "linked": f"{tot['link_ok']}/{tot['link_n']}", "bad_contradicts": tot["bad_contradicts"],
        "events_total": len(story["events"]),
    }
    print("  ".join(f"{k} {v}" for k, v in summary.items()))
    if args.verbose:
        for r in rows:
            tag = "BG " if r["background"] else ""
            flag = "CLEAN" if r["clean"] else ("found" if r["found"] else "miss ")
            print(f"{tag}{flag} {r['id']}: anchors {r['main_holds']}/{r['anchors']} events {r['events']} "
                  f"main {r.get('main')} fused {r['fused_with']} "
                  + " ".join(f"{k}={r[k]}" for k in ("date_ok", "place_ok", "share_ok", "toll", "toll_pred",
                                                    "toll_gold") if k in r))
        for r in ent_rows:
            if not r["right"]:
                print("ENT", {k: r[k] for k in r if k != "right"})
        for r in cl_rows:
            if not r["right"] or r.get("linked") is False:
                print("CLAIM", r)
        for n in notes:
            print("NOTE", n)
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "incidents": rows, "entities": ent_rows,
                                               "claims": cl_rows, "notes": notes}, indent=1, default=str))


if __name__ == "__main__":
    main()
