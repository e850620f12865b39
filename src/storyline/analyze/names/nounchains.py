"""Chains of unnamed participants within a document: "a gunman ... the gunman ... the gunman" (part of ``coref``).

News often never names a participant: "a gunman opened fire", "the victims",
"police". The mentions of such a participant that no named chain took
(:mod:`storyline.analyze.names.nominals` ties a noun to a name when the text
says so) are chained here by their head noun, so that the story can follow
the participant across articles (:func:`storyline.fuse.entities.noun_entities`):

- a mention joins the last chain of its document with the same head lemma and
  number ("the gunman" after "a gunman"; "the victims" never after "the
  victim");
- an indefinite mention ("a man", "another man", "one man") after a chain with
  that noun starts a new chain: the text introduces someone else;
- a mention whose number or ordinal modifier differs from the chain's ("the
  second victim" after "the first victim") starts a new chain too.

Each chain's noun goes to ``extras["noun_chains"]``: chain id -> ``{"noun":
lemma, "plural": bool, "mods": [...]}`` (the modifiers its mentions carried).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Token

from storyline.analyze.names.spans import head_token
from storyline.model import Mention

#: determiners that introduce a new referent
_INDEFINITE = frozenset(("a", "an", "another", "one", "some", "other"))
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


def chain_nouns(doc: Doc, mentions: list[Mention], article: str) -> tuple[list[Mention], dict[str, dict[str, Any]]]:
    """``mentions`` with the unchained nominal ones chained by head noun (module docstring), and the chains'
    nouns."""
    chains: list[_NounChain] = []
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        head = head_token(doc, m.start, m.end) if m.kind == "nominal" and m.chain is None else None
        if head is None or head.pos_ not in _NOUN_TAGS:
            out.append(m)
            continue
        chain = _place(head, chains, f"{article}:n{len(chains)}")
        out.append(replace(m, chain=chain.id))
    return out, {c.id: {"noun": c.noun, "plural": c.plural, "mods": sorted(c.mods)} for c in chains}


def noun_of(head: Token) -> tuple[str, bool]:
    """The lower-case lemma of a head noun and whether it is plural."""
    return head.lemma_.lower(), head.tag_ in ("NNS", "NNPS")


def _place(head: Token, chains: list[_NounChain], new_id: str) -> _NounChain:
    noun, plural = noun_of(head)
    counts = _counts(head)
    indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)
    last = next((c for c in reversed(chains) if (c.noun, c.plural) == (noun, plural)), None)
    if last is None or indefinite or (counts and last.counts and counts != last.counts):
        last = _NounChain(new_id, noun, plural)
        chains.append(last)
    last.counts |= counts
    last.mods |= {c.lower_ for c in head.children if c.dep_ in _MODIFIERS}
    return last


def _counts(head: Token) -> set[str]:
    """Numbers and ordinals that modify the noun ("two", "first", "second")."""
    return {c.lower_ for c in head.children
            if c.dep_ in _COUNTING or (c.dep_ == "amod" and c.lower_ in _ORDINALS)}
