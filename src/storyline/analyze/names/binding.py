"""Two noun phrases that one clause keeps apart: "a gunman shot a man", "a driver struck her", "his brother".

English grammar says who is not whom inside a clause (binding theory's principles B and C): the object of a
verb that is no reflexive pronoun is never the verb's subject ("he shot him" tells of two people, "he shot
himself" of one; "a man opened fire, killing one man" of two men), and a possessor is never the thing it
owns ("a climber who watched his brother": the brother is not the climber). In-document coreference uses
this to keep such pairs out of one chain: a pronoun passes over a candidate its clause keeps apart from it
(:mod:`storyline.analyze.names.coref`), and an unnamed participant's noun that its clause keeps apart from a
chain of the same noun starts a new chain (:mod:`storyline.analyze.names.nounchains`).

The subject of a verb without one of its own is the subject of the verb it depends on ("shot and killed a
man", "opened fire, killing one man", "tried to stop him"), and the subject "who"/"that" of a relative clause
is the noun the clause hangs on ("a receptionist who tried to stop him"); the doer a passive names with "by"
is a subject too ("she was hit by a driver"). An object is a direct or indirect object, or the object of a
preposition on the verb or on its object ("opened fire on his bosses"), not of "as" or "like", which
describe the subject ("named X as coach"). Two words on two lines are never kept apart: the parser reads a
headline and the lead's first sentence as one.
"""

from __future__ import annotations

from spacy.tokens import Token

#: prepositions whose object describes the subject rather than naming another ("joined as coach", "acts like a boss")
_DESCRIBING = frozenset(("as", "like"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj"))
_OBJECTS = frozenset(("dobj", "dative"))
#: clauses whose subject, when they have none, is the subject of the verb they depend on
_SHARED_SUBJECT = frozenset(("xcomp", "advcl", "conj"))
_RELATIVE = frozenset(("who", "that", "which", "whom"))
#: how many verbs up a subject is looked for
_REACH = 4


def apart(a: Token, b: Token) -> bool:
    """Does the clause say that ``a`` and ``b`` (head words of two noun phrases) are two referents?"""
    if a.i == b.i or _line_between(a, b):
        return False  # a headline parsed into the lead's first sentence says nothing of it
    return _apart(a, b) or _apart(b, a)


def _line_between(a: Token, b: Token) -> bool:
    first, last = sorted((a, b), key=lambda t: t.i)
    return any("\n" in t.text_with_ws for t in first.doc[first.i:last.i])


def _apart(obj: Token, other: Token) -> bool:
    if obj.dep_ == "poss" and obj.head.i == other.i:
        return True
    if obj.lower_.endswith(("self", "selves")):
        return False
    if obj.dep_ == "nsubjpass":  # "she was hit by a driver"
        return other.i in {a.i for a in _agents(obj.head)}
    verb = _verb_of_object(_first_conjunct(obj))
    return verb is not None and other.i in {s.i for s in subjects(verb)}


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        tok = tok.head
    return tok


def _verb_of_object(tok: Token) -> Token | None:
    """The verb a token is an object of, or None."""
    if tok.dep_ in _OBJECTS:
        return tok.head if tok.head.pos_ in ("VERB", "AUX") else None
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ in _DESCRIBING:
        return None
    owner = tok.head.head
    if owner.pos_ in ("VERB", "AUX"):
        return owner
    if owner.dep_ in _OBJECTS and owner.head.pos_ in ("VERB", "AUX"):  # "opened fire on X"
        return owner.head
    return None


def subjects(verb: Token) -> list[Token]:
    """The subjects of a verb (module docstring): its own, else those of the verb it depends on."""
    for _ in range(_REACH):
        found = [c for c in verb.children if c.dep_ in _SUBJECTS] + _agents(verb)
        if found:
            found += [c for s in found for c in s.children if c.dep_ == "conj"]
            return [_relative_head(s) for s in found]
        if verb.dep_ not in _SHARED_SUBJECT or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = verb.head
    return []


def _agents(verb: Token) -> list[Token]:
    """The doers a passive verb names with "by"."""
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def _relative_head(subject: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause hangs on."""
    clause = subject.head
    if subject.lower_ in _RELATIVE and clause.dep_ == "relcl":
        return clause.head
    return subject
