"""Chains of unnamed participants within a document: "a gunman ... the gunman ... the gunman" (part of ``coref``).

News often never names a participant: "a gunman opened fire", "the victims",
"police". The mentions of such a participant that no named chain took
(:mod:`storyline.analyze.names.nominals` ties a noun to a name when the text
says so) are chained here by their head noun, so that the story can follow
the participant across articles (:func:`storyline.fuse.entities.noun_entities`):

- a mention joins the last chain of its document with the same head lemma and
  number ("the gunman" after "a gunman"; "the victims" never after "the
  victim");
- "another man", "other men" after a chain with that noun start a new chain: the text introduces
  someone else ("a woman" does not: news says "a woman" in the headline and again in the lead);
- a mention whose number or ordinal modifier differs from the chain's ("the
  second victim" after "the first victim") starts a new chain too.

A he/she/they no name took joins the nearest fitting unnamed participant before it, and a relative pronoun the
participant of the noun its clause hangs on ("a woman who was walking").

Each chain's noun goes to ``extras["noun_chains"]``: chain id -> ``{"noun":
lemma, "plural": bool, "mods": [...], "counts": [...]}`` (the modifiers its mentions carried; the numbers
and ordinals among them, "23", "first").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Token

from storyline.analyze.names.binding import apart
from storyline.analyze.names.descriptions import OFFICE_HEADS
from storyline.analyze.names.nominals import mention_head, person_like
from storyline.analyze.names.spans import head_token
from storyline.lexicons import pronouns
from storyline.model import Mention

#: determiners that introduce another referent ("a man" is not one: news names a participant "a woman" in the
#: headline and again in the lead)
_INDEFINITE = frozenset(("another", "other"))
#: modifiers that tell two referents with one noun apart ("the first victim", "the two men")
_COUNTING = frozenset(("nummod",))
_ORDINALS = frozenset(("first", "second", "third", "fourth", "fifth", "last", "other", "latter", "former"))
_MODIFIERS = frozenset(("amod", "compound", "nummod"))
_NOUN_TAGS = ("NOUN", "PROPN")


@dataclass
class _NounChain:
    id: str
    noun: str
    plural: bool
    counts: set[str] = field(default_factory=set)  # number and ordinal words of its mentions
    mods: set[str] = field(default_factory=set)
    heads: list[Token] = field(default_factory=list)  # its mentions' head words


def chain_nouns(doc: Doc, mentions: list[Mention], article: str, owned: frozenset[tuple[int, int]] = frozenset()
                ) -> tuple[list[Mention], dict[str, dict[str, Any]]]:
    """``mentions`` with the unchained nominal ones chained by head noun (module docstring), and the chains'
    nouns. ``owned``: spans of role descriptions that name their owner before the office or the place served
    ("<Country>'s ambassador", "the <Country> leader", "the ambassador to <Place>"; not "the Secretary for
    <Field>", nor a noun's owner, "the group's spokesman", whose owner is only the last fitting name), left
    unchained: an office of one owner is not the last one of the same noun (another country's ambassador), and
    the story resolves it by role and owner (``storyline.fuse.entities.attach_descriptions``)."""
    chains: list[_NounChain] = []
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        head = _head(doc, m) if m.kind == "nominal" and m.chain is None and (m.start, m.end) not in owned else None
        if head is None or head.pos_ not in _NOUN_TAGS:
            out.append(m)
            continue
        chain = _place(head, chains, f"{article}:n{len(chains)}")
        out.append(replace(m, chain=chain.id, label=_person_label(m, head)))
    if chains:
        out = _pronouns(doc, out, {c.id: c for c in chains}, article)
    return out, {c.id: {"noun": c.noun, "plural": c.plural, "mods": sorted(c.mods), "counts": sorted(c.counts)}
                 for c in chains}


def _head(doc: Doc, m: Mention) -> Token | None:
    """The head word (:func:`~storyline.analyze.names.spans.head_token`); a role description's is its office word
    (:func:`~storyline.analyze.names.nominals.mention_head`)."""
    return mention_head(doc, m) if m.source == "coref:description" else head_token(doc, m.start, m.end)


def _person_label(m: Mention, head: Token) -> str:
    """A noun for a person ("the gunman", "a 59-year-old woman") is a PERSON whatever label the span had."""
    return "PERSON" if m.label in ("MISC", "PERSON", "") and person_like(head.lemma_.lower()) \
        and head.tag_ not in ("NNS", "NNPS") else m.label


#: how many sentences back a pronoun looks for the unnamed participant it stands for
_PRONOUN_REACH = 2


def _pronouns(doc: Doc, mentions: list[Mention], chains: dict[str, _NounChain], article: str) -> list[Mention]:
    """he/she/they no name took, to the nearest unnamed participant before them that fits ("a woman was hit by a
    car ... she died"): he/she a singular person noun, they a plural noun; never past a name that fits.
    Unchained pronoun mentions take the chain; a pronoun with no mention gets one."""
    sent_of = {t.i: k for k, sent in enumerate(doc.sents) for t in sent}
    at: dict[int, int] = {}
    for k, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) == 1:
            at[span[0].i] = k
    out = list(mentions)
    heads: dict[int, Mention] = {}  # head token -> a chained unnamed participant's mention
    for m in out:
        if m.chain in chains and m.kind == "nominal":
            head = head_token(doc, m.start, m.end)
            if head is not None:
                heads.setdefault(head.i, m)
    for tok in doc:
        low = tok.lower_
        relative = low in _RELATIVE and tok.head.dep_ == "relcl" and tok.dep_ != "mark"
        if low not in pronouns.PERSON and low not in pronouns.THEY and not relative:
            continue
        given = at.get(tok.i)
        if given is not None and (out[given].chain is not None or out[given].kind != "pronoun"):
            continue
        ante = _relative_antecedent(tok, heads, chains) if relative else _antecedent(doc, tok, out, chains, sent_of)
        if ante is None:
            continue
        if given is not None:
            out[given] = replace(out[given], chain=ante.chain, label=ante.label)
        else:
            out.append(Mention(article, tok.idx, tok.idx + len(tok.text), tok.text, ante.label, kind="pronoun",
                               chain=ante.chain, source="coref:noun"))
    return sorted(out, key=lambda m: (m.start, m.end))


#: relative pronouns -> whether they stand for a person (True), never one (False), or either (None)
_RELATIVE: dict[str, bool | None] = {"who": True, "whom": True, "which": False, "that": None}


def _relative_antecedent(tok: Token, heads: dict[int, Mention], chains: dict[str, _NounChain]) -> Mention | None:
    """"a woman who was walking", "the car, which": the relative pronoun of a clause on an unnamed participant's
    noun is that participant ("who" only a person, "which" never one)."""
    m = heads.get(tok.head.head.i)
    if m is None or tok.head.head.i == tok.i:
        return None
    person = _RELATIVE[tok.lower_]
    return m if person is None or (m.label == "PERSON") == person else None


def _same_gender(pronoun: str, noun: str) -> bool:
    """"she" never stands for "the man", nor "he" for "the woman"."""
    return not ((pronoun in pronouns.HE and noun in pronouns.FEMALE_WORDS)
                or (pronoun in pronouns.SHE and noun in pronouns.MALE_WORDS))


def _antecedent(doc: Doc, tok: Token, mentions: list[Mention], chains: dict[str, _NounChain],
                sent_of: dict[int, int]) -> Mention | None:
    person = tok.lower_ in pronouns.PERSON
    here = sent_of.get(tok.i, 0)
    for m in sorted((m for m in mentions if m.end <= tok.idx), key=lambda m: -m.start):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or here - sent_of.get(span.root.i, 0) > _PRONOUN_REACH:
            return None
        if apart(tok, span.root):
            continue  # "a driver struck her": not the driver
        chain = chains.get(m.chain or "")
        if chain is None:
            if (m.kind in ("name", "acronym") or m.chain is not None) and (m.label == "PERSON") == person:
                # a fitting name, or a description or pronoun coreference gave a name ("the prime minister"), is
                # nearer: the pronoun is its (coreference left it for a reason)
                return None
            continue
        if person and not chain.plural and m.label == "PERSON" and m.kind == "nominal" \
                and _same_gender(tok.lower_, chain.noun):
            return m
        if not person and chain.plural and m.kind == "nominal":
            return m
    return None


def open_mentions(open_nominals: list[dict[str, Any]], mentions: list[Mention], article: str) -> list[Mention]:
    """Mentions of the definite person descriptions no chain took ("the gunman", "the mediator": ``open`` of
    :func:`storyline.analyze.names.nominals.link_nominals`) where the analysis has none, so that they chain
    by noun and the story can follow them. Not an office ("the minister", "the spokesman": one of the
    office holders the story names, resolved by role or left open), nor a group or body noun ("the
    government", "the police": every country has one, and news does not say whose)."""
    have = {(m.start, m.end) for m in mentions}
    out = []
    for d in open_nominals:
        if (d["start"], d["end"]) in have or d.get("person") is not True or d["noun"] in OFFICE_HEADS:
            continue
        out.append(Mention(article, d["start"], d["end"], d["text"], "PERSON", kind="nominal", source="coref:open"))
    return out


def noun_of(head: Token) -> tuple[str, bool]:
    """The lower-case lemma of a head noun and whether it is plural."""
    return head.lemma_.lower(), head.tag_ in ("NNS", "NNPS")


def _place(head: Token, chains: list[_NounChain], new_id: str) -> _NounChain:
    noun, plural = noun_of(head)
    counts = _counts(head)
    indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)
    last = next((c for c in reversed(chains) if (c.noun, c.plural) == (noun, plural)), None)
    if last is None or indefinite or (counts and last.counts and counts != last.counts) \
            or any(apart(head, h) for h in last.heads):
        last = _NounChain(new_id, noun, plural)
        chains.append(last)
    last.heads.append(head)
    last.counts |= counts
    last.mods |= {c.lower_ for c in head.children if c.dep_ in _MODIFIERS}
    return last


def _counts(head: Token) -> set[str]:
    """Numbers and ordinals that modify the noun ("two", "first", "second")."""
    return {c.lower_ for c in head.children
            if c.dep_ in _COUNTING or (c.dep_ == "amod" and c.lower_ in _ORDINALS)}
