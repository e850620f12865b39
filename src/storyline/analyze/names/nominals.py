"""Common-noun and relative-pronoun mentions tied to a named chain by the parse (part of ``coref``).

News names a participant once and then describes it: "Orlan Vesk, the
comedian", "Vesk will be the host of the gala", "named Vesk as coach",
"Vesk, who ...", and later "the host". The rules, most certain first:

1. **Syntax** (:func:`syntactic_links`): a noun in apposition to a name (either
   way round), a predicate noun of "be" whose subject is a name, the object
   of "as" after a verb whose object (else subject) is a name ("unveiled X as
   the host", "X returns as host"), a relative "who"/"which" whose clause
   hangs on a name, and a noun a naming verb gives a name ("police identified the victim as X", "the
   suspect, identified as X", "the driver, whom police identified as X"). The noun must fit the name's
   type: a person noun (:data:`~storyline.lexicons.titles.NOMINAL_PERSON`,
   :data:`~storyline.lexicons.titles.PARTICIPANT_NOUNS`, a role word, a noun
   the name carries as a title) never goes to an organization or a place,
   a group noun never to a person; "who" only to persons, "which" never.
2. **Nouns the document gave a name** (:func:`described_by_nouns`): every noun
   linked by syntax, every common noun written as a title before the name
   ("talk show host X", "actor X") and the body or building word that heads a
   group's or place's name ("the Velmor Navy", "X Court") is a noun of that chain; a later definite
   or possessed noun with that lemma ("the host", "the show's host") joins it
   when exactly one chain has that noun and it was named before — several
   chains with it, or none: nothing.

3. **Left open** (:func:`open_descriptions`): a definite person, group or body
   noun ("the host", "the navy") no chain of the article takes goes to the
   story, which gives it to the one entity other articles gave that noun
   (:func:`storyline.fuse.entities.attach_nominals`).

A mention's span is the noun with its adjective and compound modifiers
("talk show host"), without the determiner; the label is the chain's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from storyline.analyze.doctext import doc_text
from storyline.lexicons.titles import (
    BARE_BODIES,
    FACILITY_WORDS,
    NOMINAL_KINDS,
    NOMINAL_ORG,
    NOMINAL_PERSON,
    NOMINAL_PLACE,
    ORG_SUFFIXES,
    PARTICIPANT_NOUNS,
    ROLE_HEADS,
    STANCE_NOUNS,
)
from storyline.model import Mention

NAME_KINDS = ("name", "acronym")
_PERSON_NOUNS = NOMINAL_PERSON | ROLE_HEADS
_THING_NOUNS = NOMINAL_ORG | NOMINAL_PLACE | NOMINAL_KINDS
#: words that head a body's or a building's name and say what it is ("Velmor Navy", "X Court", "X Mosque"); not
#: "State" or "Union" of a country's name
_BODY_WORDS = frozenset(w.lower() for w in ORG_SUFFIXES) | FACILITY_WORDS
#: nouns of a definite description the story may resolve when its article cannot
_OPEN_NOUNS = _PERSON_NOUNS | NOMINAL_ORG | _BODY_WORDS | NOMINAL_KINDS
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
_MODIFIERS = frozenset(("compound", "amod"))
_LEFT_DEPS = _MODIFIERS | {"det", "poss", "nummod", "quantmod"}
_GROUP_LABELS = frozenset(("ORG", "NORP"))
_PEOPLE = frozenset(("man", "woman", "person", "boy", "girl", "child"))
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "ant", "ent", "ess")
#: "-ment" makes nouns of acts and their results, never of doers, though it ends like "-ent" ("government",
#: "statement", "settlement")
_THING_ENDINGS = ("ment",)
#: common nouns of things with an agent noun's ending and no verb behind it ("border", "order", "sector")
_NOT_AGENTS = frozenset({
    "border", "order", "number", "power", "matter", "paper", "letter", "water", "center", "quarter", "chamber",
    "corner", "river", "shelter", "charter", "disaster", "theater", "weather", "error", "floor", "door", "sector",
    "factor", "corridor", "terror", "honor", "labor", "motor", "tower", "hour", "manner", "summer", "winter",
    "silver", "cancer", "tender", "ladder", "cluster", "register", "harbor", "harbour", "interior", "behavior",
    "vapor", "flavor", "favor", "rumor", "humor", "horror", "mirror", "incident", "event", "percent", "content",
    "extent", "accident", "talent", "patent", "restaurant", "plant", "grant", "warrant"})
_RELATIVE = {"who": True, "whom": True, "which": False}  # pronoun -> refers to a person


@dataclass(frozen=True)
class Nominals:
    """What :func:`link_nominals` found: mentions tied to named chains, the nouns each chain was given
    (for the story), and the definite descriptions no chain of the document could take."""

    mentions: list[Mention]
    nouns: dict[str, list[str]]
    open: list[dict[str, Any]]


def link_nominals(doc: Doc, mentions: list[Mention]) -> Nominals:
    """Nominal and relative-pronoun mentions of named chains (module docstring); ``mentions`` are the
    document's mentions so far (names and chained mentions keep their tokens)."""
    names = _name_tokens(doc, mentions)
    taken = _taken_tokens(doc, mentions)
    linked = syntactic_links(doc, names, taken)
    nouns = _title_nouns(doc, names)
    bodies = _name_heads(doc, names)
    for chain, head in bodies:
        nouns[chain].add(head)
    for tok, m in linked:
        if tok.pos_ == "NOUN" and not _plural(tok):  # "X and Y are two names for ...": no name of X
            nouns[m.chain or ""].add(tok.lemma_.lower())
    taken |= {tok.i for tok, _ in linked}
    linked += described_by_nouns(doc, names, nouns, taken, _name_words(names))
    taken |= {tok.i for tok, _ in linked}
    found = [_mention(doc, tok, m) for tok, m in linked]
    return Nominals(found, {c: sorted(n) for c, n in nouns.items() if c}, open_descriptions(doc, mentions, taken))


def open_descriptions(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[dict[str, Any]]:
    """Definite descriptions left open ("the host" where no name of the article was called a host), for
    the story to give to the one entity other articles gave that noun: given unchained nominal mentions
    as they are, else a person, group or body noun with its modifiers."""
    given = {}
    for m in mentions:
        head = mention_head(doc, m) if m.kind == "nominal" and not m.chain else None
        if head is not None:
            given[head.i] = (m.start, m.end)
    out = []
    for tok in doc:
        if tok.i in taken or tok.pos_ != "NOUN" or not _definite(tok) or _owned(tok):
            continue
        lemma = tok.lemma_.lower()
        if tok.i not in given and lemma not in _OPEN_NOUNS:
            continue
        start, end = given.get(tok.i) or _extent(doc, tok)
        mods = sorted({c.lower_ for c in tok.lefts if c.dep_ in _MODIFIERS})
        person = _person_noun(lemma)
        if _plural(tok) and person is not False:
            continue  # "the commanders": several people, no one entity
        out.append({"start": start, "end": end, "text": doc_text(doc)[start:end], "noun": lemma,
                    "person": person, "mods": mods})
    return out


def mention_head(doc: Doc, m: Mention) -> Token | None:
    """The mention's head word; a role description's is its office word ("the hospital's chief" before
    "physician": the parse roots the span at its owner "hospital", which the description is not; the tagger
    may read the office word as no noun, "chief" as an adjective, and then no noun rule takes it)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if m.source != "coref:description" or person_like(head.lemma_.lower()):
        return head
    office = [t for t in span if person_like(t.lower_)]
    return office[-1] if office else head


def _name_tokens(doc: Doc, mentions: Iterable[Mention]) -> dict[int, Mention]:
    """Token index -> the chained name mention it is part of."""
    out: dict[int, Mention] = {}
    for m in mentions:
        if m.kind in NAME_KINDS and m.chain:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.update(dict.fromkeys(range(span.start, span.end), m))
    return out


def _taken_tokens(doc: Doc, mentions: Iterable[Mention]) -> set[int]:
    """Tokens of names and of mentions already chained (an unchained description is still open)."""
    taken: set[int] = set()
    for m in mentions:
        if m.kind not in NAME_KINDS and not m.chain:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    return taken


def fits(noun: Token, name: Mention) -> bool:
    """May this noun describe this name? Person nouns go to persons only, group and place nouns to others;
    a plural ("commanders", "villages") only to a group."""
    lemma = noun.lemma_.lower()
    if noun.lower_ in _RELATIVE:
        return _RELATIVE[noun.lower_] == (name.label == "PERSON")
    if _plural(noun) and name.label not in _GROUP_LABELS:
        return False
    if name.label == "PERSON":
        return person_like(lemma)
    return lemma not in _PERSON_NOUNS


def person_like(lemma: str) -> bool:
    """A noun for a person: a person, role or stance noun of the lexicons ("critic", "foe"), or an agent noun by
    its ending ("driver", "actor", "novelist", "comedian", "gunman", "employee", "resident")."""
    return lemma in _PERSON_NOUNS or lemma in _PEOPLE or lemma in PARTICIPANT_NOUNS or lemma in STANCE_NOUNS \
        or (len(lemma) > 4 and lemma.endswith(_AGENT_ENDINGS) and not lemma.endswith(_THING_ENDINGS)
            and lemma not in _NOT_AGENTS)


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


def syntactic_links(doc: Doc, names: dict[int, Mention], taken: set[int]) -> list[tuple[Token, Mention]]:
    """Nouns and relative pronouns the parse ties to a name: apposition, predicate of "be", "as" phrase,
    relative clause, a naming verb's "as" ("identified the victim as X")."""
    out = []
    for tok in doc:
        if tok.i in taken or not (tok.pos_ == "NOUN" or tok.lower_ in _RELATIVE):
            continue
        said = _predicated(tok, names)
        name = _apposed(tok, names) or said or _as_phrase(tok, names) or _relative(tok, names) \
            or _identified_as(tok, names)
        if name is not None and (fits(tok, name) or (name is said and _identity(tok, name))):
            out.append((tok, name))
    return out


def _identity(tok: Token, name: Mention) -> bool:
    """A person's predicate of "be" that an owner makes one of a kind, whatever its noun says: "X has been the
    council's first choice", "X was the mayor's pick" (a singular noun with a possessive; no group, body or
    place noun: "X is the company's headquarters" says nothing of a person; not an apposition, where an event
    noun may stand: "the guild's arrest of a suspect, X")."""
    return name.label == "PERSON" and not _plural(tok) and _person_noun(tok.lemma_.lower()) is None \
        and any(c.dep_ == "poss" for c in tok.children)


def _apposed(tok: Token, names: dict[int, Mention]) -> Mention | None:
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "appos" and tok.head.i in names:
        return names[tok.head.i]
    return next((names[c.i] for c in tok.children if c.dep_ == "appos" and c.i in names), None)


def _predicated(tok: Token, names: dict[int, Mention]) -> Mention | None:
    if tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return None
    return next((names[c.i] for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in names), None)


def _as_phrase(tok: Token, names: dict[int, Mention]) -> Mention | None:
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ != "as":
        return None
    if prep.head.i in names:  # "named X as the host" parsed with "as" on the name
        return names[prep.head.i]
    if prep.head.pos_ not in ("VERB", "AUX"):
        return None
    # "named X as the host": the object; "X returns as host": the subject, when the verb has no object
    # ("what X described as a week of talks" describes "what", not X)
    args = {c.dep_: c.i for c in prep.head.children}
    for deps in (("dobj", "oprd"), ("nsubjpass", "nsubj")):
        held = [args[d] for d in deps if d in args]
        if held:
            return names.get(held[0])
    return None


#: verbs that give a participant's name: "police identified the victim as X", "the man was named as X"
_NAMING_VERBS = frozenset(("identify", "name"))


def _identified_as(tok: Token, names: dict[int, Mention]) -> Mention | None:
    """The name a naming verb gives the noun: its object or passive subject ("identified the victim as X",
    "the victim was identified as X"), the noun a participle or a relative clause with it describes ("the
    suspect, identified as X", "the driver, whom police identified as X")."""
    if tok.pos_ != "NOUN":
        return None
    verbs = [tok.head] if tok.dep_ in ("dobj", "nsubjpass") else []
    verbs += [c for c in tok.children if c.dep_ == "acl"]
    verbs += [c for c in tok.children if c.dep_ == "relcl"
              and any(w.lower_ in ("who", "whom") and w.dep_ in ("dobj", "nsubjpass") for w in c.children)]
    for verb in verbs:
        if verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.i in names:
                    return names[obj.i]
    return None


def _relative(tok: Token, names: dict[int, Mention]) -> Mention | None:
    clause = tok.head
    if tok.lower_ not in _RELATIVE or clause.dep_ != "relcl" or clause.head.i not in names:
        return None
    return names[clause.head.i]


def _title_nouns(doc: Doc, names: dict[int, Mention]) -> dict[str, set[str]]:
    """Chain -> common nouns written as a title before one of its names ("talk show host X", "actor X")."""
    out: dict[str, set[str]] = defaultdict(set)
    for i, m in names.items():
        if i == 0 or i - 1 in names or not m.chain:
            continue
        before = doc[i - 1]
        if before.pos_ == "NOUN" and before.head.i in names and before.dep_ in ("compound", "appos", "nmod"):
            out[m.chain].add(before.lemma_.lower())
    return out


def _name_heads(doc: Doc, names: dict[int, Mention]) -> set[tuple[str, str]]:
    """(chain, word) of the word that heads a group's or place's name ("the Velmor Navy" -> navy, "the
    Academy of X" -> academy): "the navy" later is that name's thing."""
    out = set()
    for m in {id(m): m for m in names.values()}.values():
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.label != "PERSON" and m.chain and span is not None and span.root.lower_ in _BODY_WORDS:
            out.add((m.chain, span.root.lower_))
    return out


def _name_words(names: dict[int, Mention]) -> dict[str, set[str]]:
    """Chain -> the lower-case words of its names."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in names.values():
        out[m.chain or ""].update(m.text.lower().split())
    return out


def described_by_nouns(doc: Doc, names: dict[int, Mention], nouns: dict[str, set[str]], taken: set[int],
                       name_words: dict[str, set[str]] | None = None) -> list[tuple[Token, Mention]]:
    """"the host" to the one chain named before it that the document called a host (module docstring).
    A noun that is only the body word of the name ("the police" of "the Sarn Police") takes no modifier
    the name lacks ("the border police" is another force)."""
    name_words = name_words or {}
    holders: dict[str, list[Mention]] = defaultdict(list)
    first: dict[str, Mention] = {}
    for m in sorted(names.values(), key=lambda m: m.start):
        first.setdefault(m.chain or "", m)
    for chain, lemmas in nouns.items():
        for lemma in lemmas:
            holders[lemma].append(first[chain])
    out = []
    for tok in doc:
        if tok.i in taken or tok.pos_ != "NOUN" or not _definite(tok) or tok.head.i in names:
            continue
        cands = [m for m in holders.get(tok.lemma_.lower(), ()) if m.start < tok.idx]
        if len(cands) == 1 and fits(tok, cands[0]) and _modifiers_fit(tok, cands[0], name_words) \
                and not _owned_by_other_name(tok, cands[0]):
            out.append((tok, cands[0]))
    return out


#: a name made of an owner and a noun ("St Orvan's Church")
_POSSESSED_NAME = re.compile(r"\w['’]s \S")


def _owned_by_other_name(tok: Token, m: Mention) -> bool:
    """"St. Arlen's church" after "St Orvan's Church": where the chain's name is itself an owner's noun ("<Name>'s
    <Noun>"), a noun whose owner is a proper name that the chain's name does not hold is that other name's (another
    church), not the chain's. An owner beside a name of another shape is the named thing's ("Velmora's security
    service" of the "State Security Service", "Tesk's party")."""
    if not _POSSESSED_NAME.search(m.text):
        return False
    held = {w.lower().strip(".'’") for w in m.text.split()}
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            words = {t.lower_.strip(".'’") for t in c.subtree if t.pos_ == "PROPN"}
            if words - held:
                return True
    return False


def _modifiers_fit(tok: Token, m: Mention, name_words: dict[str, set[str]]) -> bool:
    """A noun given to the chain as such takes any modifier; the body word of its name only the name's."""
    if not name_words or tok.lemma_.lower() not in name_words.get(m.chain or "", set()):
        return True
    mods = {c.lower_ for c in tok.lefts if c.dep_ in _MODIFIERS}
    return mods <= name_words.get(m.chain or "", set())


def _owned(tok: Token) -> bool:
    """"the station's commander": an owner named by a noun, whom the story cannot check."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children)


def _definite(tok: Token) -> bool:
    """"the host", "this host", "the show's host", "its host"; a body news names bare ("police said")."""
    if tok.lower_ in BARE_BODIES and not any(c.dep_ == "det" for c in tok.children):
        return True
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in tok.children)


def _person_noun(lemma: str) -> bool | None:
    """True for a person noun, False for a group, body or place noun, None when the lexicons do not say."""
    if lemma in _PERSON_NOUNS:
        return True
    return False if lemma in _THING_NOUNS | _BODY_WORDS else None


def _extent(doc: Doc, tok: Token) -> tuple[int, int]:
    """The noun phrase: determiner, possessor, numbers, adjectives and compounds before its noun ("the show's
    talk show host"), and an "of" phrase after it up to that phrase's own noun and the name right after it
    ("the fire chief of the Tolvar district", "the leader of the group X"), as character offsets (a relative
    pronoun alone)."""
    lefts = [c for c in tok.lefts if c.dep_ in _LEFT_DEPS]
    start = min((c.left_edge.i for c in lefts), default=tok.i)
    last = tok
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        last = obj
        while last.i + 1 < len(doc) and doc[last.i + 1].head.i == obj.i and doc[last.i + 1].pos_ == "PROPN" \
                and doc[last.i + 1].dep_ in ("appos", "compound", "flat", "npadvmod"):
            last = doc[last.i + 1]
    return doc[start].idx, last.idx + len(last.text)


def _mention(doc: Doc, tok: Token, name: Mention) -> Mention:
    start, end = _extent(doc, tok)
    kind = "pronoun" if tok.lower_ in _RELATIVE else "nominal"
    return Mention(name.article, start, end, doc_text(doc)[start:end], name.label, kind=kind, chain=name.chain,
                   source="coref:nominal")
