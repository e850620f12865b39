"""Acts of contact and movement typed by who takes part in them.

A journey's verb says little of the act: "the president arrived in X" is a visit, "rescue teams arrived in X" aid
after a disaster, "two flights carrying the wounded arrived at X" people moved, "a group of experts arrived" a
journey of people who are no envoys. What travels (the subject of arriving, what is sent) decides the type, as
CAMEO types the act by what it gives: humanitarian aid (073) for relief people and goods, judicial cooperation or
intelligence sharing (063/064) for investigators sent to another state, a visit (042) for a person of standing
(analyze/events/mentions.py keeps that reading). Contact between two people told with a verb of talking ("X spoke
with Y", CAMEO 040 consult) is a talk; a crowd chanting slogans a demonstration (CAMEO 141); a prosecutor seeking
a term of detention or a sentence makes a request of the court (CAMEO 10).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from storyline.analyze.events.ontology import EventKind
from storyline.analyze.events.senses import CAPTIVITY, CAPTIVITY_STEMS
from storyline.lexicons import happening, motion

AID = EventKind("AID", None, "verb")
COOPERATION = EventKind("COOPERATE", None, "verb")
TRANSPORT = EventKind("MOVE", "transport", "verb")
TALKS = EventKind("CONSULT", "talks", "verb")
DEMONSTRATION = EventKind("PROTEST", "demonstration", "verb")
SOUGHT_PENALTY = EventKind("REQUEST", None, "verb")

#: verbs whose purpose makes people sent abroad helpers of another state ("to help", "to assist in the inquiry")
HELPING_VERBS = frozenset({"help", "assist", "aid", "support", "investigate", "probe", "join"})
#: words of a part of a group ("some of the suspects", "most of the experts")
PART_WORDS = frozenset({"some", "many", "most", "several", "all", "few", "dozen", "dozens", "hundreds", "none"})
#: verbs of talking with someone ("spoke with her counterpart", "talked to the president")
TALKING_VERBS = frozenset({"speak", "talk", "confer", "converse"})
#: nouns of the press: talking to them is an interview, no contact between parties ("spoke to reporters")
PRESS_NOUNS = frozenset({"reporter", "journalist", "press", "media", "correspondent", "newspaper", "broadcaster",
                         "interviewer", "nation", "crowd", "audience", "supporter", "student", "people", "public"})
#: chanting that is worship or cheering, no demonstration ("the monks chanted", "fans chanted his name")
WORSHIP_NOUNS = frozenset({"monk", "priest", "worshipper", "worshiper", "pilgrim", "choir", "congregation", "fan",
                           "spectator", "mourner"})
#: what a prosecutor seeks of a court as a penalty: a term ("18 months"), detention or a sentence
PENALTY_NOUNS = frozenset({"month", "year", "week", "day", "sentence", "penalty", "term", "detention", "custody",
                           "imprisonment", "jail", "prison"})
#: who asks a court for a penalty
PROSECUTORS = frozenset({"prosecutor", "prosecution", "attorney"})


def _words_of(noun: Token) -> set[str]:
    """The lemmas of a noun phrase's modifiers and of its "of" phrase ("search-and-rescue teams", "a group of
    U.S. experts"): what the phrase says of the people it names."""
    words = {t.lemma_.lower() for t in noun.subtree if t.i < noun.i}
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            words |= {obj.lemma_.lower()} | {t.lemma_.lower() for t in obj.subtree if t.i < obj.i}
    return words


def _of_head(noun: Token) -> Token:
    """The people a body noun or a count holds ("a group of experts", "two of the suspects"), else the noun."""
    if noun.lemma_.lower() not in motion.BODY_HEADS and noun.pos_ != "NUM" and noun.lemma_.lower() not in PART_WORDS:
        return noun
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            return obj
    return noun


def relief_party(noun: Token) -> bool:
    """People or a load whose work is relief: "rescue squads", "search-and-rescue teams", "a team of doctors",
    "60 search and rescue specialists", "medical staff", "humanitarian aid"."""
    head = _of_head(noun)
    lemma = head.lemma_.lower()
    if lemma in motion.RELIEF_PEOPLE or lemma in happening.RESCUERS:
        return True
    if lemma in motion.AID_GOODS and lemma not in ("help", "supply", "water", "equipment"):
        return True  # "sent aid", "emergency supplies" (a bare "equipment" or "water" may be anything)
    people = lemma in motion.BODY_HEADS or lemma in motion.SKILLED_PEOPLE or noun.lemma_.lower() in motion.BODY_HEADS
    return (people or lemma in motion.AID_GOODS) and bool(_words_of(noun) & motion.RELIEF_WORDS)


def _inquiry_party(noun: Token) -> bool:
    """Investigators or an intelligence body: "an intelligence mission", "a team of forensic experts"."""
    head = _of_head(noun)
    people = head.lemma_.lower() in motion.BODY_HEADS | motion.SKILLED_PEOPLE or noun.lemma_.lower() in \
        motion.BODY_HEADS
    return head.lemma_.lower() in ("investigator", "detective") or (
        people and bool(_words_of(noun) & motion.INQUIRY_WORDS))


def _helping_purpose(verb: Token) -> bool:
    """The sending's purpose is to help ("sent to Y to assist in the investigation", "will be sent as soon as
    possible to assess the situation and how we may be able to assist"): a clause of purpose under the verb or its
    adverbs whose words hold a verb of helping."""
    for c in verb.subtree:
        if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and any(a.lower_ == "to" for a in c.children) and any(
                t.pos_ == "VERB" and t.lemma_.lower() in HELPING_VERBS for t in c.subtree):
            return True
    return False


def sent_kind(verb: Token) -> EventKind | None:
    """What sending people or goods is, by what is sent: relief people or goods are aid ("sent 60 rescue
    specialists", "for sending aid"), investigators, or experts and officials sent to help, cooperation ("will
    send an intelligence mission to X to aid the investigation", "officials will be sent to X to assist"); None
    leaves the reading to the envoys and troops rules ("sent a delegation", "sent troops")."""
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    sent += [g for s in sent for g in s.children if g.dep_ == "conj"]
    if any(relief_party(s) for s in sent):
        return AID
    abroad = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.ent_type_ == "GPE" for g in c.children)
                 for c in verb.children)
    if any(_inquiry_party(s) for s in sent) and (abroad or _helping_purpose(verb)):
        return COOPERATION  # (investigators sent to another state, or sent to help)
    if _helping_purpose(verb) and any(_of_head(s).lemma_.lower() in motion.SKILLED_PEOPLE for s in sent):
        return COOPERATION
    return None


def _carried_load(vehicle: Token) -> list[Token]:
    """What a vehicle carries: "flights carrying 15 service members", "a plane with 200 passengers"."""
    load = []
    for c in vehicle.children:
        if c.dep_ == "acl" and c.lemma_.lower() in motion.CARRYING_WORDS:
            load += [g for g in c.children if g.dep_ == "dobj"]
        if c.dep_ == "prep" and c.lower_ == "with":
            load += [g for g in c.children if g.dep_ == "pobj"]
    return load


def traveller_kind(subject: Token) -> EventKind | None:
    """A journey typed by who or what travels ("arrived", "landed", "travelled"): relief people are aid
    ("rescue squads arrived in the country on Sunday"); a vehicle carrying people is their transport, carrying
    relief the aid ("two flights carrying 15 wounded soldiers arrived at X"); people who are no envoys, skilled
    people or people moved, their transport ("a small group of experts arrived", "two of the suspects travelled to
    X"). None for a person of standing or a body of envoys (a visit: mentions) and for anything else."""
    if relief_party(subject):
        return AID
    head = _of_head(subject)
    lemma = head.lemma_.lower()
    if lemma in motion.CONVEYANCES:
        load = _carried_load(head)
        if any(relief_party(t) for t in load):
            return AID
        if any(t.lemma_.lower() in CAPTIVITY or t.lower_.startswith(CAPTIVITY_STEMS) for c in load for t in c.subtree):
            return None  # "a plane carrying the freed hostages arrived": their release's news, no move of its own
        return TRANSPORT if load else None
    if lemma in motion.MOVERS or lemma in motion.TRAVELLING_EXPERTS:
        return TRANSPORT  # ("a group of suspects", "experts"; officials and envoys travel on visits)
    return None


def talk_with(verb: Token, person: Callable[[Token], bool]) -> bool:
    """Contact between parties told with a verb of talking and whom it was with: "X spoke with Foreign Minister Y on
    Sunday", "she had spoken to the president"; not an interview ("spoke to reporters", "told the press", "spoke
    on condition of anonymity") nor an address ("spoke to the nation"). ``person`` says whether a token names
    someone of standing (a name, a title, a counterpart)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TALKING_VERBS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "condition" for g in c.children)
           for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() in PRESS_NOUNS:
                return False
            if person(obj):
                return True
    return False


def _slogan(verb: Token) -> bool:
    """Chanting says something: its words, what it is for or against ("chanted 'Revolution'", "chanting
    slogans against the government", "chanted for his release")."""
    return any(c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "against"))
               for c in verb.children)


def crowd_chant(verb: Token, subjects: list[Token]) -> bool:
    """A crowd chanting slogans is a demonstration ("those around him chanted 'Revolution'", "crowds chanted
    against the government", CAMEO 141); not worship or cheering ("the monks chanted", "fans chanted his name")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "chant" or not subjects:
        return False
    return _slogan(verb) and not any(_of_head(s).lemma_.lower() in WORSHIP_NOUNS for s in subjects)


def sought_penalty(verb: Token, subjects: list[Token]) -> bool:
    """A prosecutor asking a court for a penalty: "prosecutors were seeking 18 months in pretrial detention for
    him", "prosecutors sought a life sentence"; not "seeking refuge", "sought re-election"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("seek", "request", "demand"):
        return False
    teller = [s for c in (verb.head,) if verb.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in PROSECUTORS for s in subjects) and not (
            all(s.pos_ == "PRON" for s in subjects) and any(s.lemma_.lower() in PROSECUTORS for s in teller)):
        return False  # ("prosecutors said they were seeking ...": the pronoun is the prosecutors)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_NOUNS for c in verb.children)
