"""Who said what about an incident, and who denied it, as one sentence: "X said …; Y denied …".

Claims are picked for a section by what they are (a denial, a claim of
responsibility, an accusation before a plain statement), whether other claims
support or deny them, and whether their speaker is named; a denial of a
picked claim comes with it, after it. Wire copies of one statement are one
clause citing every copy. Claims whose words cannot stand in a sentence (a
fragment, a lone pronoun, no speaker) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from storyline.lexicons import pronouns
from storyline.lexicons.stopwords import FUNCTION_WORDS
from storyline.model import Article, Claim, ClaimLink
from storyline.present.items import BriefItem, Part, cite
from storyline.present.sentences import normalize
from storyline.present.timeline import claim_label, speaker_words
from storyline.present.words import NO_WORDS, fragment

CLAIMS_PER_SECTION = 3
STANCE_ORDER = {"responsibility": 0, "allegation": 1, "denial": 2, "confirmation": 3, "promise": 4, "warning": 5}
PERSON_PRONOUNS = pronouns.PERSON
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Links:
    """The denials among a story's claims, both ways, and which claims are linked at all."""

    by_id: dict[str, Claim]
    denied: dict[str, Claim]  # a denial's id -> the claim it denies
    denials: dict[str, list[str]] = field(default_factory=dict)  # a claim's id -> ids of its denials
    linked: frozenset[str] = frozenset()

    @classmethod
    def of(cls, claims: Iterable[Claim], links: Iterable[ClaimLink]) -> Links:
        by_id = {c.id: c for c in claims}
        links = list(links)
        denied = {k.from_: by_id[k.to] for k in links if k.type == "denies" and k.to in by_id}
        denials: dict[str, list[str]] = {}
        for k in links:
            if k.type == "denies":
                denials.setdefault(k.to, []).append(k.from_)
        return cls(by_id, denied, denials, frozenset(x for k in links for x in (k.from_, k.to)))


def speaker_ok(c: Claim, names: Mapping[str, str], types: Mapping[str, str]) -> bool:
    """A speaker a reader can be told: named or described, and not a person's pronoun resolved to a place
    ("he said" is never "Sarn said")."""
    if speaker_words(c, names) is None:
        return False
    if not (c.speaker and c.speaker in names) and _owned_by_pronoun(c.speaker_text or ""):
        return False  # "Her advisers warned …": whose, the reader of a briefing cannot tell
    pronoun = (c.speaker_text or "").strip().casefold() in PERSON_PRONOUNS
    return not (pronoun and types.get(c.speaker or "") in PLACE_TYPES)


_POSSESSIVES = frozenset({"his", "her", "their", "its"})


def _owned_by_pronoun(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[0].casefold() in _POSSESSIVES


#: a denial that names what it denies as an accusation ("denied the accusation", "rejected the claims")
_ACCUSATION_WORDS = re.compile(r"\b(?:accusations?|allegations?|claims?|charges?)\b", re.IGNORECASE)


def denies(denial: Claim, target: Claim) -> bool:
    """Can ``denial`` be read as denying ``target``? "denied the accusation" needs an accusation (or a claim of
    responsibility) to deny, not a plain statement that happened to come before it."""
    if _ACCUSATION_WORDS.search(denial.content) and len(denial.content.split()) <= 4:
        return target.stance in ("allegation", "responsibility") or target.polarity == "deny"
    return True


def usable(c: Claim, names: Mapping[str, str], types: Mapping[str, str] | None = None) -> bool:
    """A claim whose speaker and words can stand in a sentence."""
    if fragment(c.content) or not speaker_ok(c, names, types or {}):
        return False
    words = c.content.split()
    if len(words) >= 2:
        return True
    return c.polarity == "deny" and bool(words) and words[0].isalpha() and words[0].lower() not in ("which", "it")


def same_statement(a: Claim, b: Claim, names: Mapping[str, str]) -> bool:
    who_a = a.speaker or (speaker_words(a, names) or "").casefold()
    who_b = b.speaker or (speaker_words(b, names) or "").casefold()
    return who_a == who_b and a.polarity == b.polarity and \
        fuzz.ratio(normalize(a.content), normalize(b.content)) >= 90


def same_words(a: Claim, b: Claim) -> bool:
    """One article's words read as two claims: their contents overlap by half the shorter one or more ("Tarsel
    said the institute estimated that 300 may have died" is also "the institute estimated …"), so a
    claims line quotes them once, whoever each reading made the speaker."""
    ra, rb = _content_span(a), _content_span(b)
    if a.article != b.article or a.polarity != b.polarity or ra is None or rb is None:
        return False
    shorter = min(ra[1] - ra[0], rb[1] - rb[0])
    return shorter > 0 and min(ra[1], rb[1]) - max(ra[0], rb[0]) >= shorter / 2


def _content_span(c: Claim) -> tuple[int, int] | None:
    return (c.content_start, c.content_end) if c.content_start is not None and c.content_end is not None else None

def groups(claims: Sequence[Claim], names: Mapping[str, str]) -> list[list[Claim]]:
    """Wire copies of one statement (same speaker, near-identical words) are one claim citing each copy."""
    out: list[list[Claim]] = []
    for c in claims:
        for g in out:
            if same_statement(g[0], c, names):
                g.append(c)
                break
        else:
            out.append([c])
    return out


def claims_item(claims: Sequence[Claim], names: Mapping[str, str], articles: Mapping[str, Article],
                links: Links, lower: Container[str] = NO_WORDS) -> BriefItem | None:
    """'Police blamed the HTK for the attack [2]; Idris Malkan denied that the HTK carried out the attack [7].'"""
    if not claims:
        return None
    arts = dict(articles)
    parts = []
    grouped = groups(claims, names)
    for i, group in enumerate(grouped):
        c = group[0]
        text = claim_label(c, names, tense="past", denied=links.denied.get(c.id), lower=lower)
        if i:
            text = mid_sentence(text, lower)
        parts.append(Part(("" if i == 0 else "; ") + text, tuple(cite(x.article, x.start, x.end, arts) for x in group)))
    parts.append(Part("."))
    return BriefItem(tuple(parts), kind="claims", claims=tuple(x.id for g in grouped for x in g))


#: who-words that open a clause in lower case ("; nobody claimed …")
_INDEFINITE = frozenset({"nobody", "no one", "none", "someone", "somebody", "everyone", "everybody", "anyone"})


def mid_sentence(text: str, lower: Container[str] = NO_WORDS) -> str:
    """A clause after a semicolon: "; the two agreed …", "; her advisers warned …", "; nobody claimed …",
    "; officials said …" when the story writes "officials" in lower case (a name keeps its capital)."""
    first, _, rest = text.partition(" ")
    if first != "I" and first.istitle() and (first.lower() in FUNCTION_WORDS or first.lower() in _INDEFINITE
                                             or (first.lower() in lower and not rest[:1].isupper())):
        return f"{first.lower()} {rest}".rstrip()
    return text


def _rank(c: Claim, links: Links, focus: str | None) -> tuple[int, int, int, int, str]:
    stance = 0 if c.polarity == "deny" else STANCE_ORDER.get(c.stance or "", 9)
    return (0 if focus and c.speaker == focus else 1, 0 if c.id in links.linked else 1, stance,
            0 if c.speaker else 1, c.id)


def pick(pool: Sequence[Claim], names: Mapping[str, str], links: Links, types: Mapping[str, str] | None = None,
         focus: str | None = None) -> list[Claim]:
    """Up to CLAIMS_PER_SECTION claims (one per speaker and polarity), each with the denials of it."""
    chosen: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for c in sorted((c for c in pool if usable(c, names, types)), key=lambda c: _rank(c, links, focus)):
        key = (c.speaker or (speaker_words(c, names) or ""), c.polarity)
        if key in seen or any(same_words(c, x) for x in chosen):
            continue
        seen.add(key)
        chosen.append(c)
        for d in links.denials.get(c.id, []):  # a denial of a chosen claim comes with it
            denial = links.by_id.get(d)
            if denial is not None and d not in {x.id for x in chosen} and usable(denial, names, types) \
                    and denies(denial, c):
                chosen.append(denial)
                seen.add((denial.speaker or (speaker_words(denial, names) or ""), "deny"))
        if len(chosen) >= CLAIMS_PER_SECTION:
            break
    return said_before_denied(chosen[:CLAIMS_PER_SECTION + 1], links)


def said_before_denied(claims: list[Claim], links: Links) -> list[Claim]:
    """Each claim before the denials of it; otherwise in the order they were picked."""
    out: list[Claim] = []
    ids = {c.id for c in claims}
    for c in claims:
        target = links.denied.get(c.id)
        if target is not None and target.id in ids and target.id not in {x.id for x in out}:
            out.append(target)
        if c.id not in {x.id for x in out}:
            out.append(c)
    return out
