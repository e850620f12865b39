"""The ``coref`` component: in-document coreference by rules (no trained model is available offline).

1. Name chains (:func:`name_chains`): the same folded name, an acronym and its
   defined long form, a person's last or first name to the full name seen in
   the document ("Vesk" -> "Orlan Vesk"), a shorter full name inside a
   longer one ("Orlan Vesk" -> "Orlan Marek Vesk"), a name given as another's
   alias ("X, also known as Y", "X, or Y,"). A chain takes the majority label of its mentions.
2. Pronouns (:func:`resolve_pronouns`): he/she/his/her/him to the nearest
   person within three sentences (a sentence-initial subject pronoun prefers
   the last sentence's person subject); they/them/their to the nearest group;
   "its" to the nearest organization or country of its sentence or the last; and, once every chain is
   made, the subject "it" of what a body is reported to say to that body ("the navy said it had",
   :func:`reported_it`).
3. Definite descriptions (:func:`resolve_nominals`): "the group", "the leader",
   "the country" to the last entity of a fitting type; role descriptions
   ("the acting foreign minister", "the group's spokesman") to the person whose
   role fits them (:mod:`storyline.analyze.names.descriptions`), else left for
   the story (``extras["descriptions"]``).
   Then common nouns and relative pronouns the parse ties to a name ("X, the comedian", "X will be the
   host", "named X as coach", "X, who"), and later "the host" by the nouns the document gave a name
   (:mod:`storyline.analyze.names.nominals`). Nominal mentions no named chain took are chained by
   their head noun (:mod:`storyline.analyze.names.nounchains`: "a gunman ... the gunman").
4. Roles (:func:`roles_of`): titles before names ("Defence Minister X") and
   appositions ("<Country>'s special envoy to <Country>, <Name>",
   "<Name>, the <role> of <org>") dated with the article date.
5. Metonymy (:func:`mark_metonymy`): a place that speaks or acts politically
   ("Washington said", "denied by <capital>") gets ``role="government"``;
   it stays the place's mention, it is not merged with a government.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from storyline.analyze.doctext import doc_text
from storyline.analyze.names.binding import apart
from storyline.analyze.names.descriptions import (
    OFFICE_HEADS,
    OWNER_NOUNS,
    age_descriptions,
    appositive_mentions,
    described_extents,
    person_ages,
    resolve_descriptions,
    title_mentions,
)
from storyline.analyze.names.gazetteer import place_population
from storyline.analyze.names.keys import (
    ending_variant,
    fold_token,
    folded_key,
    name_tokens,
    person_names_compatible,
    skeleton,
    tokens_match,
)
from storyline.analyze.names.nominals import link_nominals
from storyline.analyze.names.nounchains import chain_nouns, open_mentions
from storyline.analyze.names.places import known_place
from storyline.analyze.names.retype import mention_weight
from storyline.analyze.names.spans import head_token
from storyline.analyze.pipeline import AnalysisState, Component, component
from storyline.lexicons import agencies, pronouns
from storyline.lexicons.countries import country_of, state_word
from storyline.lexicons.given_names import COMMON_GIVEN_NAMES
from storyline.lexicons.speech import ACTOR_VERBS as SPEECH_VERBS
from storyline.lexicons.titles import (
    ALIAS_QUALIFIERS,
    DEMONYM_ENDINGS,
    FORMER_NAME_WORDS,
    HONORIFICS,
    NOMINAL_ORG,
    NOMINAL_PERSON,
    NOMINAL_PLACE,
    ORG_SUFFIXES,
    ROLE_HEADS,
    SAME_ORG_SUFFIXES,
    SHORTENED_ORG_WORDS,
    words,
)
from storyline.model import Mention, Role

NAME_KINDS = ("name", "acronym")
_GROUP_LABELS = ("ORG",)
#: news agencies, named in a story as its reporters ("a Bernama reporter saw", "sources told Bernama"): they tell the
#: story's acts and take no part in them, so a "they"/"them" of those acts is never one of them
_REPORTERS = frozenset(agencies.AGENCIES)
_ITS_LABELS = ("ORG", "GPE")
_PLACE_LABELS = ("GPE", "LOC")
_PREP_BEFORE = re.compile(r"\b(?:on|to|for|of|in|at|with|from|by)\s+$")
_CLAIM_NOUNS = words("claim claims demand statement position policy decision request accusation denial")
_NOMINAL = re.compile(
    r"\b[Tt]he (?:[a-z]+ ){0,2}?(" + "|".join(sorted(NOMINAL_PERSON | NOMINAL_ORG | NOMINAL_PLACE)) + r")\b"
    r"(?! of\b| [A-Z]|,? [A-Z][a-z]+ [A-Z])")


@component("coref", requires=("doc", "mentions", "acronyms", "extras.titles", "dct"),
           assigns=("mentions", "roles", "extras.descriptions", "extras.ages", "extras.nominal_nouns",
                    "extras.open_nominals", "extras.noun_chains"))
class Coref(Component):
    """Rule-based in-document coreference (see the module docstring)."""

    def __call__(self, state: AnalysisState) -> None:
        doc = state.doc
        text = doc_text(doc)  # once: Doc.text joins every token (a second per megabyte)
        mentions = name_chains(state.mentions, state.article.id, dict(state.acronyms), text)
        mentions = mark_metonymy(mentions, doc)
        roles = roles_of(mentions, doc, state.extras.get("titles", []), state.dct or state.article.published, text)
        mentions += resolve_pronouns(mentions, doc)
        described, state.extras["descriptions"] = resolve_descriptions(text, mentions, roles, state.article.id)
        mentions = _described_persons(mentions, described, text)
        aged, pending = age_descriptions(doc, mentions + described, _sentence_index(doc), state.article.id)
        described += aged
        described += title_mentions(roles, mentions + described, state.article.id, text)
        state.extras["descriptions"] += pending
        state.extras["ages"] = person_ages(text, mentions)
        mentions += resolve_nominals(mentions, doc, roles, text)
        nominals = link_nominals(doc, mentions + described)
        mentions += nominals.mentions
        state.extras["nominal_nouns"], state.extras["open_nominals"] = nominals.nouns, nominals.open
        mentions += open_mentions(nominals.open, mentions + described, state.article.id)
        owned = frozenset((d["start"], d["end"]) for d in state.extras["descriptions"] if d.get("apart"))
        mentions, state.extras["noun_chains"] = chain_nouns(doc, mentions + described, state.article.id, owned)
        mentions = reported_it(mentions, doc)
        mentions = appositive_mentions(doc, mentions, (state.extras["descriptions"], state.extras["open_nominals"]))
        state.mentions = described_extents(doc, mentions)
        # the records the story resolves descriptions and open nominals from name the mention's span: its new end
        grown = {(m.start, m.end): n for m, n in zip(mentions, state.mentions, strict=True) if n.end != m.end}
        for key in ("descriptions", "open_nominals"):
            for d in state.extras[key]:
                if (n := grown.get((d["start"], d["end"]))) is not None:
                    d["end"] = n.end
                    if "text" in d:
                        d["text"] = n.text
        state.roles = roles


# --------------------------------------------------------------------------- name chains


class _Chain:
    def __init__(self, cid: str, number: int = 0) -> None:
        self.id = cid
        self.number = number
        self.members: list[Mention] = []
        self.keys: set[str] = set()
        self.votes: dict[str, int] = defaultdict(int)
        self.aliased = False  # joined by an alias phrase ("X, also known as Y")

    def add(self, m: Mention) -> None:
        self.members.append(m)
        self.keys.add(folded_key(m.text))
        # a full person name is strong evidence: its bare last name is often mistagged
        full_person = m.label == "PERSON" and len(name_tokens(m.text)) > 1
        self.votes[m.label] += mention_weight(m) * (3 if full_person else 1)

    @property
    def label(self) -> str:
        return max(self.votes, key=lambda lab: self.votes[lab])

    def majority(self) -> str | None:
        """The label with a strict majority of the votes, else None (a tie changes nothing).

        A chain holding a full person name whose other labels all come from one-word mentions is a
        person: those words joined it as the person's name, whatever spaCy called them.
        """
        others = [m for m in self.members if m.label != "PERSON"]
        if self.votes.get("PERSON") and any(len(name_tokens(m.text)) > 1 for m in self.members
                                            if m.label == "PERSON" and m.kind == "name") \
                and all(len(name_tokens(m.text)) == 1 for m in others):
            return "PERSON"
        best = self.label
        return best if 2 * self.votes[best] > sum(self.votes.values()) else None

    def full_person(self) -> bool:
        """Does the chain hold a person's name of two words or more?"""
        return any(m.label == "PERSON" and m.kind == "name" and len(name_tokens(m.text)) > 1 for m in self.members)

    def person_forms(self) -> list[str]:
        return sorted({m.text for m in self.members if m.kind == "name"})


_QUALIFIER = "|".join(sorted(ALIAS_QUALIFIERS))  # ("also", "better", ... known as)
_FORMER = "|".join(sorted(FORMER_NAME_WORDS))  # ("formerly", "once", ... called)
#: "X, also known as Y", "X (also called Y)", "X, or Y," between two names of one entity
_ALIAS_GAP = re.compile(rf"\s*(?:,|\()?\s*(?:(?:{_QUALIFIER})\s+)?"
                        r"(?:known\s+as|called|nicknamed|referred\s+to\s+as|a\.?k\.?a\.?)\s*(?:the\s+)?"
                        r"[\"'\u201c\u2018]?", re.I)
#: "X, better known as Y": the alias phrases that give a person's other name whatever the tagger called it
_NICKNAME_GAP = re.compile(rf"\s*,?\s*(?:(?:{_QUALIFIER})\s+known\s+as|nicknamed|aka|a\.k\.a\.)"
                           r"\s*[\"'\u201c\u2018]?", re.I)
#: "X, also known as Y", "X (formerly Y)", "X, once called Y", "X was formerly known as Y": a qualified alias
#: phrase, said of a thing's other or earlier name (a bare "known as" or "called" may give a title or a place)
_QUALIFIED_ALIAS_GAP = re.compile(
    r"\s*(?:,|\()?\s*(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?"
    rf"(?:(?:{_QUALIFIER}|{_FORMER})\s+"
    r"(?:known\s+as|called|named)|a\.?k\.?a\.?|formerly|previously)\s*(?:the\s+)?[\"'\u201c\u2018]?", re.I)
#: ", or ABC": an acronym given as the alias (a group's other name too, set off by commas: "X, or the Y,")
_OR_ACRONYM = re.compile(r"\s*,\s+or\s+(?:the\s+)?")


def name_chains(mentions: list[Mention], article: str, acronyms: dict[str, str], text: str = "") -> list[Mention]:
    """Give every name mention a chain id; chain members take the chain's majority label.

    A name introduced as another's alias ("X, also known as Y") joins X's chain.
    """
    index = _ChainIndex(article, acronyms)
    names = sorted((m for m in mentions if m.kind in NAME_KINDS), key=lambda m: (m.start, m.end))
    of: list[_Chain] = []
    for k, m in enumerate(names):
        prev = names[k - 1] if k else None
        if prev is not None and text and _alias_of(prev, m, text, of[-1].full_person()):
            of[-1].aliased = True
            of.append(index.join(m, of[-1]))
        else:
            of.append(index.place(m))
    out = [m for m in mentions if m.kind not in NAME_KINDS]
    for m, chain in zip(names, of, strict=True):
        label = chain.majority() or m.label
        if m.kind == "acronym" and label == "PERSON":
            label = m.label
        changed = label != m.label
        out.append(replace(m, chain=chain.id, label=label, source="coref:chain" if changed else m.source))
    return out


def _alias_of(prev: Mention, m: Mention, text: str, person: bool = False) -> bool:
    """Is ``m`` introduced as another name of ``prev`` (same kind of entity, an alias phrase between)?
    ``person``: ``prev``'s chain holds a person's full name."""
    same_kind = (prev.label == "PERSON") == (m.label == "PERSON") and m.label not in _PLACE_LABELS
    if not same_kind and not _nickname(prev, m, text, person) and not _other_name(prev, m, text):
        return False
    if _OR_ACRONYM.fullmatch(text, prev.end, m.start) and (m.kind == "acronym" or _or_alias(prev, m, text)):
        return True
    return _ALIAS_GAP.fullmatch(text, prev.end, m.start) is not None or _other_name(prev, m, text)


def _other_name(prev: Mention, m: Mention, text: str) -> bool:
    """A group's or a place's other or earlier name given by a qualified alias phrase ("the X Front, also known
    as the Y", "X (formerly Y)", "X was once called Y"): the two are one thing whatever the tagger called each
    (a group's unfamiliar name is often read as a place). Never a person's (:func:`_nickname` has those), a
    people's word, or a possessive ("X, formerly Y's ..." gives Y as an owner)."""
    if "PERSON" in (prev.label, m.label) or "NORP" in (prev.label, m.label):
        return False
    if text[m.end:m.end + 1] in ("'", "\u2019"):
        return False
    return _QUALIFIED_ALIAS_GAP.fullmatch(text, prev.end, m.start) is not None


def _or_alias(prev: Mention, m: Mention, text: str) -> bool:
    """A group's other name given as "X, or the Y,": two organizations' names, the second set off by commas and
    said here for the first time (an alias is introduced; "A, or B," of two groups named before is a choice)."""
    return prev.label == m.label == "ORG" and text[m.end:m.end + 1] in (",", ")") \
        and text.find(m.text) == m.start


def _nickname(prev: Mention, m: Mention, text: str, person: bool) -> bool:
    """A person "better known as" one word the tagger read as a place or a group ("Orlan Vesk, better known
    as Vesko"): a qualified phrase names the person's other name (a bare "known as" may give a place's or a
    title's name); a country's or province's name never is one."""
    return person and m.kind == "name" and len(name_tokens(m.text)) == 1 and known_place(m.text) is None \
        and _NICKNAME_GAP.fullmatch(text, prev.end, m.start) is not None


class _ChainIndex:
    """Chains of one document, indexed by folded name and by the skeletons of person-name words."""

    def __init__(self, article: str, acronyms: dict[str, str]) -> None:
        self.article = article
        self.chains: list[_Chain] = []
        self.by_key: dict[str, _Chain] = {}
        self.by_word: dict[str, list[int]] = defaultdict(list)  # skeleton -> chain numbers
        self.long_of = {folded_key(short): folded_key(long) for short, long in acronyms.items()}
        self.short_of = {v: k for k, v in self.long_of.items()}

    def place(self, m: Mention) -> _Chain:
        chain = self._find(m)
        if chain is None and (chain := self._kind_dropped_chain(m)) is not None:
            m = replace(m, label=chain.label)  # a body's name said short: a person reading is the tagger's slip
        if chain is None:
            chain = _Chain(f"{self.article}:c{len(self.chains)}", len(self.chains))
            self.chains.append(chain)
        return self.join(m, chain)

    def join(self, m: Mention, chain: _Chain) -> _Chain:
        """Add ``m`` to ``chain`` and index its name."""
        chain.add(m)
        key = folded_key(m.text)
        self.by_key[key] = chain
        toks = name_tokens(m.text)
        if m.kind == "name" and m.label == "PERSON" and len(toks) > 1:
            for key in _word_keys(toks):
                self.by_word[key].append(chain.number)
        return chain

    def _find(self, m: Mention) -> _Chain | None:
        key = folded_key(m.text)
        for k in (key, self.long_of.get(key), self.short_of.get(key)):  # the name, its long form, its acronym
            if k is not None and k in self.by_key:
                return self.by_key[k]
        if m.kind != "name" or (m.label in _PLACE_LABELS and len(name_tokens(m.text)) > 1):
            return None
        return self._person_chain(m) or self._bare_surname_chain(m) or self._body_word_chain(m)

    def _kind_dropped_chain(self, m: Mention) -> _Chain | None:
        """A one-word name tagged a body or a person ("According to Velmar") joins the one body chain of the
        document named by that word and a word of its kind ("the Velmar Agency", "Velmar Research", "Velmar
        Group"): the press drops the kind word once it has named the body, and the tagger often reads the bare
        word as a person's name. Not when a person chain of the document holds the word (that is
        :meth:`_person_chain`'s), nor when two bodies fit."""
        toks = name_tokens(m.text)
        if m.label not in ("ORG", "PERSON") or len(toks) != 1 or m.text.isupper() or known_place(m.text) is not None:
            return None
        found = {c.number for c in self.chains if c.label in _GROUP_LABELS for f in c.members
                 if f.kind == "name" and _kind_word_added(toks[0], name_tokens(f.text))}
        return self.chains[found.pop()] if len(found) == 1 else None

    def _body_word_chain(self, m: Mention) -> _Chain | None:
        """A capitalized body word alone ("the Guard's camp") joins the one body chain of the document whose name
        it ends ("the Velmor Guard"): a body's short name. Several such bodies: none."""
        if m.label not in _GROUP_LABELS or " " in m.text.strip() or m.text not in ORG_SUFFIXES:
            return None
        word = m.text.casefold()
        found = {c.number for c in self.chains if c.label in _GROUP_LABELS
                 for f in c.members if len(name_tokens(f.text)) > 1 and name_tokens(f.text)[-1] == word}
        return self.chains[found.pop()] if len(found) == 1 else None

    def _bare_surname_chain(self, m: Mention) -> _Chain | None:
        """A full person name joins an earlier chain of its bare last name ("Vesk ... Orlan Vesk")."""
        toks = name_tokens(m.text)
        if m.label != "PERSON" or len(toks) < 2:
            return None
        chain = self.by_key.get(fold_token(toks[-1]))
        if chain is not None and all(len(name_tokens(f.text)) == 1 for f in chain.members):
            return chain
        return None

    def _person_chain(self, m: Mention) -> _Chain | None:
        """The most recent person chain whose names fit this one (last/first name, shorter full name)."""
        toks = name_tokens(m.text)
        if not toks or (m.label != "PERSON" and len(toks) > 1):
            return None
        numbers = sorted({n for key in _word_keys(toks) for n in self.by_word.get(key, [])}, reverse=True)
        fitting = []
        for n in numbers:
            chain = self.chains[n]
            if chain.label != "PERSON":
                continue
            forms = chain.person_forms()
            # only the full names must fit: a chain with an alias ("X, known as Vesko") holds one-word names
            # that are no part of the full name, and any chain holds the bare last name a first name does not
            # spell ("Orlan" fits "Orlan Vesk", not "Vesk")
            full = [f for f in forms if len(name_tokens(f)) > 1] or forms
            if any(person_names_compatible(m.text, f) for f in forms) \
                    and all(person_names_compatible(m.text, f) for f in full) and _not_a_place_word(m, forms):
                if len(toks) > 1:
                    return chain
                fitting.append(chain)
        if fitting:
            # a family name alone, of several people of the article ("Orlan Vesk ... his wife Mira Vesk ...
            # Vesk said"): the one named first, whom the article is about, not the relative named last
            return fitting[-1]
        return self._spelled_again(m, numbers)

    def _spelled_again(self, m: Mention, numbers: list[int]) -> _Chain | None:
        """The one person chain whose full name this name spells with another final vowel (an article
        writing "Yusuf Abu Nasre", then "Abu Nasra"); none when two chains would fit."""
        if m.label != "PERSON":
            return None
        fits = [self.chains[n] for n in numbers if self.chains[n].label == "PERSON"
                and any(len(name_tokens(f)) > 1 and ending_variant(m.text, f) for f in self.chains[n].person_forms())]
        if not fits and len(name_tokens(m.text)) == 1:
            fits = self._letter_slip(m)
        return fits[0] if len(fits) == 1 else None

    def _letter_slip(self, m: Mention) -> list[_Chain]:
        """The person chains one of whose full names' last word this bare name writes with one letter left out or
        added inside it (a slip: "Orlaneno" after "Petro Orlanenko"); a long word only (:data:`SLIP_MIN` letters),
        never at its ends ("Vesk" / "Veska" are two people)."""
        word = fold_token(name_tokens(m.text)[0])
        if len(word) < SLIP_MIN - 1:
            return []
        return [c for c in self.chains if c.label == "PERSON" and any(
            len(toks) > 1 and _one_inner_letter(word, fold_token(toks[-1]))
            for toks in (name_tokens(f) for f in c.person_forms()))]


#: the last words of a body's name that the press drops once it has named the body ("X Agency" / "X")
_KIND_WORDS = frozenset(w.lower() for w in (*SAME_ORG_SUFFIXES, *SHORTENED_ORG_WORDS)) - {"international"}


def _kind_word_added(word: str, toks: list[str]) -> bool:
    """Is ``toks`` the name ``word`` and one word of its kind (:data:`_KIND_WORDS`: "velmar agency")?"""
    return len(toks) == 2 and tokens_match(word, toks[0]) and toks[1] in _KIND_WORDS


#: the fewest letters of the longer of two surnames one letter apart that :meth:`_ChainIndex._letter_slip` reads as one
SLIP_MIN = 8


def _one_inner_letter(a: str, b: str) -> bool:
    """Is one word the other with one letter left out, not its last letter nor its first ("Orlaneno" / "Orlanenko")?"""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or len(long) < SLIP_MIN:
        return False
    return any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))


def _word_keys(toks: list[str]) -> set[str]:
    """Skeletons of the words of a name and of each two adjacent words written as one ("Sana Ullah")."""
    return {skeleton(t) for t in toks} | {skeleton(a + b) for a, b in pairwise(toks)}


def _not_a_place_word(m: Mention, forms: list[str]) -> bool:
    """A single word tagged as a place, or a country's name whatever its tag ("Chad has not commented"
    beside "Chad Pike"), joins a person only as that person's last name, or as the first name when it is a
    common given name that names no place anyone knows (no country, province, capital nor town of the gazetteer:
    "Marta is still alive" beside "Marta Varnek", the tagger's place; not "Paris" beside "Paris Vane")."""
    if m.label not in _PLACE_LABELS and not (len(name_tokens(m.text)) == 1 and known_place(m.text) == "country"):
        return True
    tok = name_tokens(m.text)[0]
    if any(len(name_tokens(f)) > 1 and tokens_match(tok, name_tokens(f)[-1]) for f in forms):
        return True
    return _placeless_given_name(m.text) and any(
        len(name_tokens(f)) > 1 and tokens_match(tok, name_tokens(f)[0]) for f in forms)


def _placeless_given_name(word: str) -> bool:
    """A common given name that is the name of no place the lexicons know."""
    return " " not in word.strip() and word.strip().lower() in COMMON_GIVEN_NAMES and known_place(word) is None \
        and country_of(word) is None and place_population(word) is None


# --------------------------------------------------------------------------- metonymy


def mark_metonymy(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """A GPE that says, denies, accuses ... is used for its government: ``role="government"``."""
    out = []
    for m in mentions:
        if m.label == "GPE" and m.kind == "name":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _acts(span.root):
                m = replace(m, role="government")
        out.append(m)
    return out


def _acts(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in SPEECH_VERBS and tok.dep_ == "nsubj":
        return True
    if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_ in SPEECH_VERBS:
        return True  # "denied by <capital>"
    return tok.dep_ == "poss" and head.lemma_ in _CLAIM_NOUNS  # "<capital>'s claims"


# --------------------------------------------------------------------------- pronouns


def _described_persons(mentions: list[Mention], described: list[Mention], text: str) -> list[Mention]:
    """A name in apposition to a person's description that joined its chain ("<State>'s justice minister, Lidia
    Marsk,", the name tagged ORG) is a person's: it takes the label PERSON."""
    ends = {(d.chain, d.end) for d in described if d.chain}
    apposed = {(m.start, m.end) for m in mentions if m.kind in NAME_KINDS and m.label != "PERSON"
               and any(chain == m.chain and re.fullmatch(r",\s*", text[end:m.start]) for chain, end in ends)}
    if not apposed:
        return mentions
    return [replace(m, label="PERSON") if (m.start, m.end) in apposed and m.kind in NAME_KINDS else m
            for m in mentions]


def _sentence_index(doc: Doc) -> list[int]:
    """Start offsets of the sentences, for :func:`_sent_of` (bisect: long articles stay fast)."""
    return [s.start_char for s in doc.sents]


def _sent_of(sents: list[int], pos: int) -> int:
    return max(bisect_right(sents, pos) - 1, 0)


def _window(names: list[Mention], starts: list[int], sents: list[int], pos: int) -> list[Mention]:
    """Name mentions ending before ``pos`` in its sentence or the three before it."""
    here = _sent_of(sents, pos)
    lo = sents[max(here - 3, 0)] if sents else 0
    first = bisect_left(starts, lo)
    last = bisect_left(starts, pos)
    return [m for m in names[first:last] if m.end <= pos]


def resolve_pronouns(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """Pronoun mentions chained to the nearest compatible antecedent (persons for he/she, groups for they,
    an organization or a country in this sentence or the last for "its")."""
    sents = _sentence_index(doc)
    names = sorted((m for m in mentions if m.kind in NAME_KINDS and m.chain), key=lambda m: m.start)
    starts = [m.start for m in names]
    out: list[Mention] = []
    for tok in doc:
        low = tok.lower_
        if low in pronouns.PERSON:
            labels: tuple[str, ...] = ("PERSON",)
        elif low in pronouns.THEY:
            labels = _GROUP_LABELS
        elif low == "its":  # possessive, never the "it" of "it is expected"; an organization's or a country's
            labels = _ITS_LABELS
        else:
            continue
        ahead = _fronted_owner(tok, names, starts) if labels == ("PERSON",) else None
        if ahead is not None:  # "after her arrest, X was ...": the subject the pronoun's phrase is fronted before
            out.append(Mention(ahead.article, tok.idx, tok.idx + len(tok.text), tok.text, ahead.label,
                               kind="pronoun", chain=ahead.chain, source="coref"))
            continue
        window = _window(names, starts, sents, tok.idx)
        if labels == _GROUP_LABELS:  # ("“The army has given them an ultimatum”" after "a Bernama reporter saw ...")
            window = [m for m in window if m.text not in _REPORTERS]
        if low == "its":  # its owner is named in this sentence or the one before
            window = [m for m in window if _sent_of(sents, m.start) >= _sent_of(sents, tok.idx) - 1]
        ante = _antecedent(tok, window, labels, sents, doc)
        if ante is not None:
            out.append(Mention(ante.article, tok.idx, tok.idx + len(tok.text), tok.text, ante.label,
                               kind="pronoun", chain=ante.chain, source="coref"))
    return out


#: how a phrase fronted before its clause's subject hangs on the clause's verb ("after her arrest, X ...", "at the
#: time of his death X ...", "as her trial opened, X ...")
_FRONTED_DEPS = frozenset(("prep", "advcl", "npadvmod", "advmod", "agent"))
#: the object pronouns that, in the same clause, say the fronted possessive is someone else's ("despite his pleas,
#: Judge X sentenced him")
_OBJECT_PRONOUNS = frozenset(("him", "her", "his"))


def _fronted_owner(tok: Token, names: list[Mention], starts: list[int]) -> Mention | None:
    """The person a possessive "his"/"her" stands for when its phrase is fronted before the subject of its clause:
    "Since her arrest in July, Dana Morrow has been held", "argued that at the time of her arrest Morrow was living
    in hiding". English news fronts such a phrase about the subject that follows (the owner is named after the
    pronoun, which the nearest name before it, often the speaker of the sentence, is not). Only a subject named as a
    person (or a noun with a person's name in apposition: "the minister, Karl Venn"), and not when the clause has
    another person's pronoun as its object ("despite his pleas, the judge sentenced him")."""
    if tok.dep_ != "poss" or tok.lower_ not in ("his", "her"):
        return None
    child, verb = tok, tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        child, verb = verb, verb.head
    if child is tok or verb.pos_ not in ("VERB", "AUX") or child.dep_ not in _FRONTED_DEPS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not child.i < subject.i or any(
            c.lower_ in _OBJECT_PRONOUNS for c in verb.subtree if c.i > subject.i and c.dep_ in ("dobj", "pobj")):
        return None
    for head in (subject, *(c for c in subject.children if c.dep_ == "appos")):
        k = bisect_right(starts, head.idx) - 1
        if k >= 0 and names[k].start <= head.idx < names[k].end and names[k].label == "PERSON":
            return names[k]
    return None


#: who may say something about "it": an organization, a country, a people
_IT_SPEAKERS = frozenset(("ORG", "GPE", "NORP"))


def reported_it(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """"The ministry said it would ...", "X says it has ...": the subject "it" of what a body is reported to
    say is that body (the speech verb's subject, a chained mention of an organization, a country or a
    people). ``mentions`` with such an "it" chained (a mention made for it when there was none)."""
    out = list(mentions)
    at = {(m.start, m.end): k for k, m in enumerate(out)}
    chained = sorted((m for m in mentions if m.chain and m.label in _IT_SPEAKERS and m.kind != "pronoun"),
                     key=lambda m: m.start)
    if not chained:
        return out
    for tok in doc:
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp" \
                or tok.head.head.lemma_ not in SPEECH_VERBS:
            continue
        said = tok.head.head
        subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > tok.i:
            continue
        speaker = next((m for m in chained if m.start <= subject.idx < m.end), None)
        if speaker is None:
            continue
        span = (tok.idx, tok.idx + len(tok.text))
        k = at.get(span)
        if k is None:
            out.append(Mention(speaker.article, *span, tok.text, speaker.label, kind="pronoun", chain=speaker.chain,
                               source="coref:reported"))
        elif out[k].chain is None:
            out[k] = replace(out[k], chain=speaker.chain, label=speaker.label)
    return sorted(out, key=lambda m: (m.start, m.end))


def _antecedent(tok: Token, window: list[Mention], labels: tuple[str, ...], sents: list[int],
                doc: Doc) -> Mention | None:
    here = _sent_of(sents, tok.idx)
    cands = [m for m in window if m.label in labels and m.role is None and not _kept_apart(tok, m, doc)
             and not (labels == ("PERSON",) and _body_named(m))]
    if not cands:
        return None
    opens = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_sent_start)  # (tok.sent is slow)
    if tok.dep_ == "nsubj" and labels == ("PERSON",) and opens:
        prev = [m for m in cands if _sent_of(sents, m.start) < here]
        if prev:
            last = max(_sent_of(sents, m.start) for m in prev)
            subjects = [m for m in prev if _sent_of(sents, m.start) == last and _is_subject(m, doc)]
            if subjects:
                return subjects[0]
    return cands[-1]


def _body_named(m: Mention) -> bool:
    """A name the tagger read as a person's that an organization's word ends ("Orvan Airways", "Velmora
    Gazette", "Tarsk Group"): a body, which "he" or "she" never stands for, though the label fits. Not when a
    common given name opens it (a person whose surname is such a word: "Laura Post")."""
    toks = m.text.split()
    return len(toks) > 1 and toks[-1] in ORG_SUFFIXES and toks[0] not in COMMON_GIVEN_NAMES


def _kept_apart(tok: Token, m: Mention, doc: Doc) -> bool:
    """"Vesk wanted to hire him": the pronoun is not the name its clause keeps apart from it
    (:mod:`storyline.analyze.names.binding`)."""
    head = head_token(doc, m.start, m.end)
    return head is not None and apart(tok, head)


def _is_subject(m: Mention, doc: Doc) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


# --------------------------------------------------------------------------- definite descriptions


#: nouns of a body of a state: "the (foreign) ministry" names a ministry, never whichever group came last
_BODY_NOUNS = frozenset(("ministry", "agency"))


def _person_antecedent(noun: str, fitting: list[Mention], cands: list[Mention], text: str, pos: int) -> bool:
    """May "the <noun>" take a named person? Not when "a/an ... <noun>" came in between (the definite is
    that unnamed one: "expelled a senior diplomat. The diplomat ..."), and only to a person given that role,
    or to the one person in reach (never the last of several by recency)."""
    last = (fitting or cands)[-1]
    if re.search(rf"\b[Aa]n? (?:[\w-]+ ){{0,3}}{re.escape(noun)}\b", text[last.end:pos]):
        return False
    return bool(fitting) or len({m.chain for m in cands}) == 1


def resolve_nominals(mentions: list[Mention], doc: Doc, roles: list[tuple[str, Role]], text: str | None = None
                     ) -> list[Mention]:
    """"the envoy" / "the group" / "the country" -> the last entity of a fitting type within three sentences."""
    text = doc_text(doc) if text is None else text
    sents = _sentence_index(doc)
    names = sorted((m for m in mentions if m.kind in NAME_KINDS and m.chain), key=lambda m: m.start)
    starts = [m.start for m in names]
    size = Counter(m.chain for m in names)
    role_words = defaultdict(set)
    for chain, role in roles:
        role_words[chain].update(role.title.lower().split())
    out = []
    for hit in _NOMINAL.finditer(text):
        noun = hit.group(1)
        if noun in OFFICE_HEADS:
            continue  # "the foreign minister": a role description, resolved by role (descriptions.py)
        labels = ("PERSON",) if noun in NOMINAL_PERSON else _GROUP_LABELS if noun in NOMINAL_ORG else _PLACE_LABELS
        cands = [m for m in _window(names, starts, sents, hit.start()) if m.label in labels]
        if noun in _BODY_NOUNS:  # "the external affairs ministry" is a ministry so named, not the last group
            said = set(hit.group().lower().split()[1:])
            cands = [m for m in cands if said <= set(name_tokens(m.text))]
        if not cands:
            continue
        fitting = [m for m in cands if noun in role_words.get(m.chain or "", ())]
        if labels == ("PERSON",) and not _person_antecedent(noun, fitting, cands, text, hit.start()):
            continue
        if labels == _PLACE_LABELS:  # "the country": the most talked-about place, not the last one named
            cands = sorted(cands, key=lambda m: size[m.chain])
        ante = (fitting or cands)[-1]
        out.append(Mention(ante.article, hit.start(), hit.end(), hit.group(), ante.label, kind="nominal",
                           chain=ante.chain, source="coref"))
    return out


# --------------------------------------------------------------------------- roles


def roles_of(mentions: list[Mention], doc: Doc, titles: list[dict[str, Any]], date: str | None,
             text: str | None = None) -> list[tuple[str, Role]]:
    """Roles of person chains from titles before names and from appositions."""
    text = doc_text(doc) if text is None else text
    by_end = _by_end(mentions)
    by_span = {(m.start, m.end): m for m in mentions if m.chain}
    roles: list[tuple[str, Role]] = []
    for t in titles:
        m = by_span.get((t["start"], t["end"]))
        if m is not None and m.chain and t["title"].rstrip(".") not in HONORIFICS:
            of = _title_owner(text, t["title_start"], by_end)
            roles.append((m.chain, Role(t["title"], m.article, t["title_start"], t["title_end"], date, of)))
    for m in mentions:
        if m.label != "PERSON" or m.kind != "name" or not m.chain:
            continue
        lower = _lowercase_title(m, text, by_end, date)
        if lower is not None:
            roles.append((m.chain, lower))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for role_tok in _appositive_roles(span):
            role = _role_phrase(role_tok, span, mentions, m.article, date, text, by_end)
            if role is not None:
                roles.append((m.chain, role))
    return _unique(roles)


#: a role written in lower case right before a name ("OLF spokesperson X", "city police chief X")
_LOWER_TITLE = re.compile(r"(?:(?<=\s)|^)((?:[a-z][a-z\-]+\s+){0,3}?(?:" + "|".join(sorted(ROLE_HEADS)) + r"))\s+$")
_NOT_TITLE_WORDS = words("the a an and or of by to with from as said says told tells according added")

def _lowercase_title(m: Mention, text: str, by_end: dict[int, list[tuple[int, Mention]]], date: str | None
                     ) -> Role | None:
    """"<Group> spokesperson <Name>", "police official <Name>": a lower-case role right before the name."""
    hit = _LOWER_TITLE.search(text, max(0, m.start - 60), m.start)
    if hit is None:
        return None
    start, end = hit.start(1), hit.end(1)
    for word in text[start:end].split()[:-1]:
        if word not in _NOT_TITLE_WORDS:
            break
        start += len(word) + 1
        while text[start:start + 1].isspace():
            start += 1
    return Role(text[start:end], m.article, start, end, date, _title_owner(text, start, by_end))


def _by_end(mentions: list[Mention]) -> dict[int, list[tuple[int, Mention]]]:
    """Mentions by end offset, with their place in the list: a title's owner ends one (" ") or three ("'s ")
    characters before it, so a title looks at those few, not at every mention (linear in text length)."""
    out: dict[int, list[tuple[int, Mention]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        out[m.end].append((i, m))
    return out


def _title_owner(text: str, title_start: int, by_end: dict[int, list[tuple[int, Mention]]]) -> str | None:
    """"<Country> Defence Minister" / "<Country>'s Defence Minister": the place or group before the title."""
    near = sorted(by_end.get(title_start - 1, []) + by_end.get(title_start - 3, []), key=lambda p: p[0])
    for _, m in near:
        gap = text[m.end:title_start]
        after_prep = _PREP_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
        if m.label in ("GPE", "ORG", "NORP") and m.kind in NAME_KINDS and gap == " " and not after_prep:
            return m.text
        if m.kind in NAME_KINDS and gap in ("'s ", "’s "):
            return m.text
    people = _NATIONALITY_BEFORE.search(text, max(0, title_start - 40), title_start)
    return people.group(1) if people and state_word(people.group(1)) else None


#: a nationality word right before a title ("Chilean Prime Minister X"), kept as the title's owner when the
#: tagger gave the word no mention and the country lexicon knows it (not "Republican Senator X")
_NATIONALITY_BEFORE = re.compile(
    r"(?<![A-Za-z\-])([A-Z][a-z]{2,}(?:" + "|".join(sorted(DEMONYM_ENDINGS, key=len, reverse=True)) + r"))\s$")


def _appositive_roles(span: Span) -> list[Token]:
    """Role nouns in apposition with the name, before it ("X's envoy to Y, <Name>") or after it."""
    root = span.root
    found = []
    if root.dep_ == "appos":
        head, steps = root.head, 0
        while head.lemma_.lower() not in ROLE_HEADS and head.dep_ in ("pobj", "prep") and steps < 3:
            head, steps = head.head, steps + 1  # "<role> to <Country>, <Name>": the name hangs off the country
        if head.lemma_.lower() in ROLE_HEADS:
            found.append(_served_by(head))
    found += [c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in ROLE_HEADS]
    return found


def _served_by(role: Token) -> Token:
    """"Adviser to the President, <Name>": the name's role is the adviser's, not the office it serves."""
    prep = role.head
    if role.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in ROLE_HEADS:
        return prep.head
    return role


def _role_phrase(head: Token, name: Span, mentions: list[Mention], article: str, date: str | None, text: str,
                 by_end: dict[int, list[tuple[int, Mention]]]) -> Role | None:
    """The role noun's contiguous phrase without the name, determiner and possessor (kept as ``of``)."""
    skip = set(range(name.start, name.end)) | {t.i for t in name.root.lefts if t.dep_ == "compound"}
    skip |= {t.i for p in head.children if p.dep_ == "poss" for t in p.subtree}
    idx = sorted(t.i for t in head.subtree if t.i not in skip)
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    doc = name.doc
    toks = list(doc[lo:hi + 1])
    while toks and (toks[0].dep_ in ("det", "case") or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks or len(toks) > 10 or any(t.is_space for t in toks):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if any(m.label == "PERSON" and m.start < end and start < m.end for m in mentions):
        return None
    owner = _title_owner(text, start, by_end) or _implicit_owner(head, mentions)
    return Role(text[start:end], article, start, end, date, owner)


def _implicit_owner(head: Token, mentions: list[Mention]) -> str | None:
    """"Its spokesman", "the group's envoy": the owner is the last fitting name before the role."""
    poss = next((p for p in head.children if p.dep_ == "poss"), None)
    if poss is None:
        return None
    word = poss.lower_ if poss.lower_ in ("its", "their") else poss.lemma_.lower()
    label = "ORG" if word in ("its", "their") else OWNER_NOUNS.get(word)
    if label is None:
        return None
    before = [m for m in mentions if m.kind in NAME_KINDS and m.label == label and m.end <= poss.idx]
    return max(before, key=lambda m: m.end).text if before else None


def _unique(roles: list[tuple[str, Role]]) -> list[tuple[str, Role]]:
    seen = set()
    out = []
    for chain, role in roles:
        key = (chain, role.start, role.end)
        if key not in seen:
            seen.add(key)
            out.append((chain, role))
    return out
