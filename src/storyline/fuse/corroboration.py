"""Fusion step "corroboration": independent sources and an Admiralty-style grade for events and claims.

Articles that are not independent form a *source family* and count once:

- near-duplicates (``Article.copy_of``, set by ingest);
- the same wire credit ("–IANS", "(AFP)", "By XNA |": ``Article.credit``, whatever agency ingest
  recorded, listed in the lexicon or not) or an outlet that is a wire agency;
- retellings of a wire story ("according to an AFP report", "AFP reported", "told AFP",
  "AFP's request for comment", "the Example News Agency (ENA) reported") count with that agency;
  the agencies looked for are the lexicon's plus every agency credited anywhere in the corpus;
- an outlet's own articles (one newsroom is one source); an outlet's wire copies count with the
  wire, not with the outlet's own reporting.

Grades (Admiralty information credibility, 1-6):

1. confirmed: reported by two or more independent sources, nothing against it;
2. probably true: one identified source, asserted plainly (or several sources for an alleged event);
3. possibly true: one source that is anonymous, hedged, alleging, or of unknown origin;
4. doubtful: denied or contradicted by one independent source;
5. improbable: denied by two or more independent sources, more than support it;
6. cannot be judged: the future (expected/planned events, promises, warnings) or no source at all.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from storyline.fuse import FuseContext, fuse_step
from storyline.lexicons import agencies
from storyline.model import Article, Claim, ClaimLink, Corroboration, Event, SourceFamily

_AG = agencies.PATTERN
_Q = "['‘’\"“”]?"
# "the Example News Agency (ENA) reported": a named agency and its acronym, lexicon or not
_NAMED_AGENCY = re.compile(
    r"\b(?:[A-Z][\w'’-]+ ){1,4}(?:News|Press) Agency(?: of [A-Z][\w'’-]+)?\s*\((?P<acr>[A-Z][A-Za-z]{1,7})\)"
    r"(?= (?:reported|reports|said|says|quoted|news agency))")


def _retelling(alternation: str) -> re.Pattern[str]:
    return re.compile(
        rf"according to (?:an?|the) {_Q}(?P<a1>{alternation}){_Q} (?:news agency )?report"
        rf"|\b{_Q}(?P<a2>{alternation}){_Q} (?:news agency )?(?:reported|reports|said|quoted)\b"
        rf"|\btold {_Q}(?P<a3>{alternation}){_Q}"
        rf"|\b{_Q}(?P<a4>{alternation}){_Q}[’']s? (?:request|inquiry|query)"
        rf"|\((?P<a5>{alternation})\)"
        rf"|^\s*[–—-]+\s*(?P<a6>{alternation})\s*$", re.M)


RETELLING = _retelling(_AG)
FUTURE_MODALITIES = frozenset({"expected", "planned", "hypothetical"})
DENIED_MODALITIES = frozenset({"denied", "negated"})
ALLEGED_MODALITIES = frozenset({"alleged", "claimed"})
GRADE_WORDS = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}


def agency(name: str | None) -> str | None:
    """The canonical agency named by a credit or outlet ("IANS (syndicated)" -> "IANS")."""
    if not name:
        return None
    m = re.search(rf"\b({_AG})\b", name)
    return agencies.canonical(m.group(1)) if m else None


def credited_agency(credit: str | None) -> str | None:
    """The agency of a credit recorded at ingest: a lexicon agency, else the first credited name.

    Ingest records a credit only where the text signs with one ("–XNA", "(XNA)", "By XNA |"), so an
    agency missing from the lexicon still marks a wire copy. "Agencies" names no single agency.
    """
    known = agency(credit)
    if known or not credit:
        return known
    first = credit.split(",")[0].strip()
    return None if not first or first in agencies.GENERIC_CREDITS else first


def retold_agency(text: str, pattern: re.Pattern[str] = RETELLING) -> str | None:
    """The agency an article retells, when it says so more than in passing."""
    found = Counter(agencies.canonical(v) for m in pattern.finditer(text) for v in m.groupdict().values() if v)
    found.update(m.group("acr") for m in _NAMED_AGENCY.finditer(text))
    return found.most_common(1)[0][0] if found else None


def corpus_retelling(articles: dict[str, Article]) -> re.Pattern[str]:
    """The retelling pattern for the lexicon's agencies and every agency credited in the corpus."""
    credited = {c for a in articles.values() if (c := credited_agency(a.credit)) and not agency(c)}
    if not credited:
        return RETELLING
    extra = "|".join(re.escape(c) for c in sorted(credited, key=len, reverse=True))
    return _retelling(f"{_AG}|{extra}")


# --------------------------------------------------------------------------- families


class _Union:
    def __init__(self, items: list[str]) -> None:
        self.parent = {x: x for x in items}
        self.reasons: dict[str, set[str]] = defaultdict(set)

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo
            self.reasons[lo] |= self.reasons.pop(hi, set())
        self.reasons[self.find(a)].add(reason)


def origin_of(article: Article, retelling: re.Pattern[str] = RETELLING) -> str | None:
    """The wire origin of an article: its credit, an agency outlet, or the agency it retells."""
    return credited_agency(article.credit) or agency(article.outlet) or retold_agency(article.text, retelling)


def source_families(articles: dict[str, Article]) -> list[SourceFamily]:
    """Group articles that are not independent; every article is in exactly one family."""
    uf = _Union(sorted(articles))
    retelling = corpus_retelling(articles)
    origin = {aid: origin_of(art, retelling) for aid, art in articles.items()}
    firsts: dict[tuple[str, str], str] = {}
    for aid in sorted(articles):
        art = articles[aid]
        if art.copy_of and art.copy_of in articles:
            uf.union(aid, art.copy_of, "near-duplicate text")
        # a wire copy joins its wire; only an outlet's own reporting joins the outlet's family, so an
        # outlet that reprints a wire story does not make its own reports copies of that wire
        kind, key = (("wire", origin[aid]) if origin[aid]
                     else ("outlet", (art.outlet or "").strip().lower() or None))
        if key is None:
            continue
        first = firsts.setdefault((kind, key), aid)
        uf.union(aid, first, f"same {kind}: {key}" if kind == "outlet" else f"wire copy or retelling: {key}")
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(articles):
        groups[uf.find(aid)].append(aid)
    fams = []
    for root, members in sorted(groups.items()):
        origins = Counter(o for o in (origin[a] for a in members) if o)
        wire = origins.most_common(1)[0][0] if origins else None
        reason = "; ".join(sorted(uf.reasons.get(root, set()))) or "single article"
        fams.append(SourceFamily(id=f"family:{wire or root}", articles=tuple(members), reason=reason,
                                 origin=wire))
    return fams


# --------------------------------------------------------------------------- support


class _Support:
    """Article -> family and outlet lookups for counting."""

    def __init__(self, articles: dict[str, Article], families: list[SourceFamily]) -> None:
        self.articles = articles
        self.family = {a: f for f in families for a in f.articles}

    def outlet(self, aid: str) -> str:
        art = self.articles.get(aid)
        fam = self.family.get(aid)
        if art is not None and art.outlet:
            return art.outlet
        if fam is not None and fam.origin:
            return fam.origin
        return f"unknown outlet ({aid})"

    def count(self, aids: set[str], grade: int, note: str) -> Corroboration:
        fams = sorted({self.family[a].id for a in aids if a in self.family})
        outlets = tuple(sorted({self.outlet(a) for a in aids}))
        return Corroboration(articles=len(aids), independent_sources=len(fams), outlets=outlets,
                             families=tuple(fams), credibility=grade, note=f"{GRADE_WORDS[grade]}: {note}")

    def independent(self, aids: set[str]) -> int:
        return len({self.family[a].id for a in aids if a in self.family})

    def known(self, aids: set[str]) -> bool:
        return any(not self.outlet(a).startswith("unknown") for a in aids)


def event_grade(ev: Event, sup: _Support) -> Corroboration:
    aids = {m.article for m in ev.mentions}
    n = sup.independent(aids)
    sources = f"{len(aids)} article(s), {n} independent source(s)"
    if not aids:
        grade, why = 6, "no reporting article"
    elif ev.modality in FUTURE_MODALITIES:
        grade, why = 6, f"{ev.modality}, not (yet) happened; {sources}"
    elif ev.modality in DENIED_MODALITIES:
        grade, why = (5 if n >= 2 else 4), f"reported as {ev.modality}; {sources}"
    elif ev.modality in ALLEGED_MODALITIES:
        grade, why = (2 if n >= 2 else 3), f"{ev.modality}; {sources}"
    elif n >= 2:
        grade, why = 1, f"reported by {sources}"
    else:
        grade, why = (2 if sup.known(aids) else 3), f"single source; {sources}"
    if ev.conflicts and grade == 1:
        grade, why = 2, why + f"; reports disagree on {', '.join(sorted(ev.conflicts))}"
    return sup.count(aids, grade, why)


def _support_groups(claims: list[Claim], links: list[ClaimLink]) -> dict[str, set[str]]:
    """Claim id -> itself and the claims directly linked to it by ``supports``.

    Direct links only: support is not transitive (A ~ B and B ~ C need not mean A ~ C).
    """
    groups: dict[str, set[str]] = {c.id: {c.id} for c in claims}
    for link in links:
        if link.type == "supports" and link.from_ in groups and link.to in groups:
            groups[link.from_].add(link.to)
            groups[link.to].add(link.from_)
    return groups


def links_by_claim(links: list[ClaimLink]) -> dict[str, list[ClaimLink]]:
    """Claim id -> the links from or to it (so grading a claim reads its own links, not all of them)."""
    out: dict[str, list[ClaimLink]] = defaultdict(list)
    for lk in links:
        out[lk.from_].append(lk)
        if lk.to != lk.from_:
            out[lk.to].append(lk)
    return out


def claim_grade(claim: Claim, group: set[str], by_id: dict[str, Claim], links: list[ClaimLink],
                sup: _Support) -> Corroboration:
    """Grade a claim from its support group and the ``links`` touching that group (others are ignored)."""
    aids = {by_id[c].article for c in group}
    n = sup.independent(aids)
    deniers = {lk.from_ for lk in links if lk.type == "denies" and lk.to in group}
    against = deniers | {lk.from_ if lk.to in group else lk.to for lk in links
                         if lk.type == "contradicts" and (lk.to in group or lk.from_ in group)}
    n_deny = sup.independent({by_id[c].article for c in deniers if c in by_id})
    sources = f"{len(aids)} article(s), {n} independent source(s)"
    if deniers and n_deny >= 2 and n_deny > n:
        grade, why = 5, f"denied by {n_deny} independent sources; {sources}"
    elif against:
        grade, why = 4, f"denied or contradicted by {len(against)} claim(s); {sources}"
    elif n >= 2:
        grade, why = 1, f"reported by {sources}"
    elif claim.stance in ("promise", "warning"):
        grade, why = 6, f"a {claim.stance} about the future; {sources}"
    elif claim.speaker_type in ("anonymous", None) or claim.hedged or claim.stance in ("allegation", "belief"):
        grade, why = 3, f"single source, {_weakness(claim)}; {sources}"
    else:
        grade, why = 2, f"single identified source; {sources}"
    return sup.count(aids, grade, why)


def _weakness(claim: Claim) -> str:
    if claim.speaker_type in ("anonymous", None):
        return "anonymous speaker"
    if claim.hedged:
        return "hedged"
    return f"{claim.stance}"


@fuse_step("corroboration")
def corroborate(ctx: FuseContext) -> None:
    """Fill source families, Event.corroboration and story.claim_support."""
    fams = source_families(ctx.articles)
    ctx.story.source_families = fams
    sup = _Support(ctx.articles, fams)
    ctx.story.events = [dataclasses.replace(ev, corroboration=event_grade(ev, sup)) for ev in ctx.story.events]
    claims, links = ctx.story.claims, ctx.story.claim_links
    by_id = {c.id: c for c in claims}
    groups = _support_groups(claims, links)
    touching = links_by_claim(links)
    ctx.story.claim_support = {c.id: claim_grade(c, groups[c.id], by_id, _group_links(groups[c.id], touching), sup)
                               for c in claims}


def _group_links(group: set[str], touching: dict[str, list[ClaimLink]]) -> list[ClaimLink]:
    """The links from or to any claim of the group, each once."""
    seen: dict[int, ClaimLink] = {}
    for cid in group:
        for lk in touching.get(cid, ()):
            seen.setdefault(id(lk), lk)
    return list(seen.values())
