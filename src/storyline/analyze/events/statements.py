"""Statements as acts: the speech verbs, naming verbs, documents and revised figures that tell a STATEMENT.

The ontology reads a few verbs of saying ("said", "told", "reported", "confirmed", "tweeted") and a few nouns of
an announcement ("a statement", "the announcement") as STATEMENT events (CAMEO 01 "make public statement", Rich ERE
Contact.Broadcast). News tells a statement in more words than these, and the claims layer already reads them as
cues (``analyze/claims/cues.py``); without an event, an incident that is a statement ("the minister admitted that
the response had failed", "she claimed in an interview that ...") has nothing to be found by. Each reading here
needs the parse to show the act, so that a verb used in another sense stays no event:

- **a verb of stating with its content** (``speech.STATING_VERBS``: claim, admit, acknowledge, state, assert,
  reveal, testify, justify ...): a clause ("admitted that P", "claimed to have"), or what is admitted or revealed
  as its object ("acknowledged the failings"; not "admitted 40 patients", "claimed the lives of 12"). A
  document or a finding as the subject ("the report revealed that P", "data suggest that P") is no act of saying.
  It is STATEMENT/speech, like "said": fusion groups one speaker's acts of saying (fuse/actions.py).
- **a naming verb with what it names and the name** (``speech.NAMING_VERBS``: "called the blast a treacherous
  attack", "described the charges as absurd", "dubbed the protesters traitors"): calling something by a name in
  public is a statement about it (CAMEO 01); "a man called Tomas", "called the election" name nothing.
- **someone's words named by a noun** (``speech.STATEMENT_NOUNS``: "the minister's remarks", "in her first public
  comments", "his admission that P"): STATEMENT/speech like the verb; "a comment" with no one's is none.
- **a document issued** (``speech.ISSUED_DOCUMENTS`` carried by ``speech.PUBLISHING_VERBS``: "submitted its report
  on the accident", "published a list of 59 people", "the fifth report that we are issuing", "figures released by
  the ministry"): the noun is the announcement (STATEMENT/broadcast); "according to a report" or "a list of
  demands" alone tells no act.
- **a figure revised** ("revised the death toll to 275", "lowered the number to 275 dead", "police put the toll at
  79", "the count was revised on Tuesday"): an authority restating a count of people killed, hurt or missing is an
  announcement of its own (STATEMENT/revision); "the new deaths raised the toll to 79", where the subject is what
  was counted, is the toll's rise, no act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analyze.events.casualties import CUES, TOLL_NOUNS
from storyline.analyze.events.ontology import TRIGGERS, EventKind
from storyline.lexicons import speech

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH = EventKind("STATEMENT", "speech", "verb")
ANNOUNCEMENT = EventKind("STATEMENT", "broadcast", "noun")
WORDS = EventKind("STATEMENT", "speech", "noun")
#: a count restated: an announcement of its own kind, kept apart from a document issued or a statement made the
#: same week (two revisions of one toll, down and back up, are two acts)
REVISION = EventKind("STATEMENT", "revision", "verb")

#: dependencies of a verb's clause content: "admitted that P", "claimed to have seen him", "“P,” she claimed"
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
#: subjects that are people or bodies in the sense needed here: anything but a thing that "shows" (a document, data)
#: or a count
THING_SUBJECTS = frozenset({"report", "study", "survey", "poll", "data", "figure", "evidence", "document", "finding",
                            "footage", "video", "image", "record", "result", "analysis", "research", "test"})
#: kinds of what is counted in a toll: killed, injured, missing (not arrests: "raised the number of arrests")
PEOPLE_COUNTED = frozenset({"killed", "injured", "missing"})


def statement_kind(tok: Token) -> EventKind | None:
    """The STATEMENT a token tells by one of the readings of the module docstring, or None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if lemma in speech.STATING_VERBS and _speaker(tok) and _content(tok, lemma):
            return SPEECH
        if lemma in speech.NAMING_VERBS and _speaker(tok) and _names(tok):
            return SPEECH
        if lemma in speech.REVISING_VERBS and _figure_revised(tok):
            return REVISION
    if tok.pos_ == "NOUN" and lemma in speech.ISSUED_DOCUMENTS and _issued(tok):
        return ANNOUNCEMENT
    if tok.pos_ == "NOUN" and lemma in speech.STATEMENT_NOUNS and any(
            c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON", "NOUN") for c in tok.children):
        return WORDS  # "the minister's remarks", "in Prime Minister X's first public comments"
    return None


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]


def _speaker(verb: Token) -> bool:
    """An active verb whose subject, if it has one, can speak (not "the report revealed", "data suggest"); a verb
    with no subject of its own speaks when it is joined to one that does ("acknowledged the failings and vowed")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "was acknowledged", "is claimed": nobody is said to speak
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return verb.dep_ in ("ROOT", "ccomp", "conj", "advcl", "parataxis") and verb.tag_ not in ("VBN", "VBG")
    return not any(s.lemma_.lower() in THING_SUBJECTS or s.lemma_.lower() in TRIGGERS or s.pos_ == "NUM"
                   for s in subjects)


def _content(verb: Token, lemma: str) -> bool:
    """What the verb states: a clause, or for the verbs whose content may be their object, an object that is no
    person and no count ("admitted the failings", not "admitted 40 patients")."""
    if any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return True
    if lemma not in speech.OBJECT_STATING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.pos_ in ("NOUN", "PROPN") and o.ent_type_ != "PERSON" and o.lemma_.lower() not in PEOPLE_WORDS
               and not any(c.dep_ == "nummod" for c in o.children) for o in objects)


#: objects that are people taken in, not something stated ("admitted two patients", "acknowledged the crowd")
PEOPLE_WORDS = frozenset({"patient", "people", "person", "student", "crowd", "audience", "fan", "supporter",
                          "member", "visitor", "child", "man", "woman", "guest", "refugee", "migrant"})


def _names(verb: Token) -> bool:
    """Named as something: an object and its name ("called the blast a treacherous attack": the name an object
    predicate), or an "as" phrase ("described the charges as absurd", "described as absurd the allegations")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and any(c.dep_ == "oprd" for c in verb.children):
        return True
    return verb.lemma_.lower() != "call" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) \
        and (bool(objects) or any(c.dep_ == "conj" and c.tag_ in ("VBN", "JJ") for c in verb.children))


def _issued(noun: Token) -> bool:
    """A document a publishing verb carries: its object ("submitted its report"), its passive subject ("the list was
    published on Friday"), or the noun a participle or relative clause of it hangs on ("a list issued by the
    ministry", "the fifth report that we are issuing")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            (kind := TRIGGERS.get(g.lemma_.lower())) is not None and kind.type in CARRIED_ACTS
            for g in c.children if g.dep_ == "pobj") for c in noun.children):
        return False  # "presented a list of demands": the demands are the act the list carries, not an announcement
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and _publishing(head):
        return True
    return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and _publishing(c) and
               (c.dep_ == "acl" or not any(g.dep_ == "dobj" and g.lower_ not in RELATIVES for g in c.children))
               for c in noun.children)  # (in a relative clause, the document is what is issued: no other object)


#: acts in words a document can carry as its content ("a list of demands", "a set of proposals"): that act is what
#: is done, and the document no announcement of its own
CARRIED_ACTS = frozenset({"REQUEST", "AGREE", "THREATEN"})
#: relative pronouns that stand for the noun a relative clause hangs on ("the report that we are issuing")
RELATIVES = frozenset({"that", "which", "whom", "what"})


def _publishing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in speech.PUBLISHING_VERBS or (lemma == "put" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))  # "put out a report"


def _figure_revised(verb: Token) -> bool:
    """A count of people killed, hurt or missing restated by someone: its object ("revised the death toll to
    275"), or its passive subject ("the toll was revised on Tuesday"); the active verb's subject is no event and no
    count of its own ("the new deaths raised the toll" is the rise, not an act)."""
    # (the parser may read a fronted date as the clause's start: "revised on Tuesday the body count" with "count"
    # a clause complement; it is still the object revised)
    active = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.pos_ == "NOUN")]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    figures = [t for t in active + passive if t.lemma_.lower() in TOLL_NOUNS]
    if not figures:
        return False
    if active and not _speaker(verb):
        return False
    if verb.lemma_.lower() == "put" and not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return False  # "put the toll at 79"; not "put the figure in context"
    around = [w for f in figures for w in f.subtree] + [w for c in verb.children if c.dep_ == "prep"
                                                        and c.lower_ in ("to", "at", "from") for w in c.subtree]
    return any(CUES.get(w.lemma_.lower()) in PEOPLE_COUNTED or CUES.get(w.lower_) in PEOPLE_COUNTED
               or w.lemma_.lower() == "body" for w in around)
