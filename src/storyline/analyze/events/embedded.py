"""Acts told inside a complement: a word that embeds an act takes its event type from it.

News tells many acts of one party towards another by a word of committing, pressing or taking up whose complement
says what is committed to, pressed for or taken up. The embedding word is then the act (CAMEO codes the act of the
party that speaks, not the deed it speaks of, which has not happened):

- **a threat** (THREATEN, CAMEO 13): a commissive (vow, pledge, promise, swear) of harm to a party: "vowed to hunt
  down the attackers", "pledged to crush the rebels", "vowed retaliation against the group", "promised a crushing
  response", "'We will find them,' he vowed" ("pledged to rebuild the town", "vowed to eliminate poverty" stay
  promises: no party is harmed).
- **a demand** (REQUEST, CAMEO 10): a verb or noun of pressing for an act that no demand word tells: "the
  opposition sought the minister's resignation", "stepped up pressure for her resignation", "Norland's calls for the
  release of the activists", "pushed for talks", "the gang was seeking a ransom" ("sought re-election", "seeking
  asylum" ask no one for an act).
- **an appointment** (APPOINT, ACE Personnel.Start-Position): taking up a post "as" its holder: "will serve as acting
  president", "took over as interim leader" (not the taking of a place), "stepped in as caretaker premier", "became
  acting president" ("served as foreign minister in 2010", "since she became foreign minister", a post held
  before, is none).
- **an ouster by a vote** (RETREAT/dismissal): a government or a leader losing a vote of no confidence ("became
  the first prime minister to lose a no-confidence vote"): the vote removes the holder from office.

:func:`embedded_kind` answers ``None`` when the token is none of these, so the caller keeps its other readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.ontology import TRIGGERS, EventKind
from storyline.analyze.names.nominals import person_like
from storyline.lexicons import embedding

THREAT = "THREATEN"
#: the pronouns and words that stand for a party harm is promised to ("hunt them down", "those responsible")
PARTY_PRONOUNS = frozenset({"them", "him", "her", "those", "anyone", "everyone", "whoever", "all", "us", "you"})
PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: kinds of the acts whose promise is a threat: violence by a party, force, sanctions, a takeover
HARMFUL_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "TAKEOVER"})
#: event types that pressing for asks no one for an act: a candidate's election, a death, a disaster
UNASKED_TYPES = frozenset({"DISASTER", "LIFE", "STATEMENT", "MOVE"})
#: adjectives of a first or a record, not of a post taken up ("the first prime minister to lose", "the youngest")
FIRSTS = frozenset({"first", "last", "only", "second", "third", "youngest", "oldest", "longest"})


def embedded_kind(tok: Token) -> EventKind | None:
    """The act the token embeds (see the module's text), or None."""
    lemma = tok.lemma_.lower()
    pos = "verb" if tok.pos_ == "VERB" else "noun"
    if lemma in embedding.COMMISSIVES and _harm_promised(tok):
        return EventKind(THREAT, None, pos)
    if tok.pos_ == "VERB" and lemma in embedding.PRESSING_VERBS and lemma not in TRIGGERS and _presses_for(tok):
        return EventKind("REQUEST", None, "verb")
    if tok.pos_ == "NOUN" and lemma in embedding.PRESSING_NOUNS and lemma not in TRIGGERS and _pressed(tok):
        return EventKind("REQUEST", None, "noun")
    if tok.pos_ in ("VERB", "AUX") and lemma in embedding.TENURE_VERBS and _post_taken_up(tok):
        return EventKind("APPOINT", "appointment", "verb")
    if tok.pos_ == "VERB" and lemma == "lose" and _confidence_vote_lost(tok):
        return EventKind("RETREAT", "dismissal", "verb")
    return None


# --------------------------------------------------------------------------- threats


def _party(tok: Token) -> bool:
    """A person, a group or a state ("them", "the attackers", "those responsible", "the rebels", a name)."""
    if tok.lower_ in PARTY_PRONOUNS or tok.ent_type_ in PARTY_ENTS:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and (person_like(tok.lemma_.lower()) or tok.lemma_.lower() in (
        "group", "gang", "militia", "cell", "network", "terrorist", "militant", "rebel", "enemy", "culprit"))


def _objects(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
    return out


def _harmful_act(verb: Token) -> bool:
    """A verb of harm to a party: "retaliate", "strike back", "hunt down the attackers", "crush the rebels", "kill
    them" (any violence, force or sanction of the ontology done to a party, or a retaliation with none named)."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in embedding.HARM_ALONE:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma == "seek" and "out" in particles:
        return any(_party(o) for o in _objects(verb))  # "we will seek out every person who was involved"
    if lemma == "bring" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lower_ == "justice" for g in c.children) for c in verb.children):
        return True  # "vowed that those responsible will be brought to justice": their punishment
    kind = TRIGGERS.get(lemma)
    objects = _objects(verb)
    if kind is not None and kind.type in HARMFUL_TYPES and kind.pos != "noun":
        return bool(objects) and any(_party(o) for o in objects)
    return lemma in embedding.HARM_TO_PARTY and any(_party(o) for o in objects)


def _harm_noun(noun: Token) -> bool:
    """"retaliation", "revenge", or a harsh response ("a crushing response", "strong action")."""
    lemma = noun.lemma_.lower()
    if lemma in embedding.HARM_NOUNS or noun.lower_ in embedding.HARM_NOUNS:
        return True
    return lemma in embedding.RESPONSE_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in embedding.HARSH_MODIFIERS for c in noun.children)


def _harm_promised(tok: Token) -> bool:
    """A commitment whose content is harm: its infinitive or clause ("vowed to hunt them down", "vowed that they
    will be hunted down", "'We will find them,' he vowed"), its object ("vowed retaliation"), or, for the noun, its
    infinitive ("a pledge to crush the rebels")."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "acl") and _harmful_act(c):
            return True
        if c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "conj" and _harmful_act(g) for g in c.children):
            return True  # "vowed to find and punish those responsible"
        if c.dep_ == "dobj" and _harm_noun(c):
            return True
    return False


# --------------------------------------------------------------------------- demands


def _act_noun(noun: Token) -> bool:
    """A noun of an act one party asks another for ("resignation", "release", "probe", "ransom", "talks")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    kind = TRIGGERS.get(noun.lemma_.lower()) or TRIGGERS.get(noun.lower_)
    if kind is None or kind.pos == "verb" or kind.type in UNASKED_TYPES:
        return False
    if kind.type == "REQUEST" and any(c.dep_ in ("acl", "ccomp") for c in noun.children):
        return False  # "insisted on its demands that X grant ...": the demand says what and of whom; it is the act
    return (kind.type, kind.subtype) != ("APPOINT", "election")  # "sought re-election": a candidate's run


def _pressed_for(head: Token) -> list[Token]:
    """What a verb or noun presses for: its object ("sought his resignation"), or the object of its "for"/"on"
    ("pushed for talks", "insisted on a probe", "pressure for her resignation"), and what is joined to them."""
    out = [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else []
    out += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "on") for g in c.children
            if g.dep_ == "pobj"]
    return out + [g for o in out for g in o.children if g.dep_ == "conj"]


def _for_someone_to(head: Token) -> bool:
    """"calls for Lesk to cut its ties", "pushed for the army to withdraw": a clause of another party's deed that
    "for" opens, with its "to" infinitive."""
    return any(c.dep_ in ("advcl", "relcl", "acl", "ccomp") and c.pos_ == "VERB" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in head.children)


def _presses_for(verb: Token) -> bool:
    """"sought the minister's resignation", "pushed for the release of the prisoners", "pressed the army to
    withdraw", "called for the release of the activists": a verb of pressing whose object or infinitive is an
    act (a call only through its "for": "called the attack cowardly" asks for nothing)."""
    lemma = verb.lemma_.lower()
    if lemma == "seek" and any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "sought to calm tensions": an attempt, no demand
    if lemma == "call":
        return any(_act_noun(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                   for g in c.children if g.dep_ == "pobj") or _for_someone_to(verb)
    if any(_act_noun(o) for o in _pressed_for(verb)) or _for_someone_to(verb):
        return True
    return verb.lemma_.lower() != "seek" and any(o.dep_ == "dobj" for o in verb.children) and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)  # "pressed the government to resign"


def _pressed(noun: Token) -> bool:
    """"calls for his release", "mounting pressure for her resignation", "a call for Lesk to close the broadcaster":
    a noun of pressing for an act."""
    return any(_act_noun(o) for o in _pressed_for(noun)) or _for_someone_to(noun)


# --------------------------------------------------------------------------- posts


def _post(noun: Token) -> bool:
    return noun.lemma_.lower() in embedding.POSTS or noun.lower_ in embedding.POSTS


def _interim(noun: Token) -> bool:
    return any(c.lower_ in embedding.INTERIM_MODIFIERS for c in noun.subtree if c.i < noun.i)


def _post_taken_up(verb: Token) -> bool:
    """"will serve as acting president", "took over as interim leader", "stepped in as caretaker premier", "became
    acting president", "became prime minister": a post its holder takes up. "Took over" and "stepped in" take up
    any post; serving or acting as one only a post named as interim, or in the future ("will serve as
    president"); becoming one only an interim one ("since she became foreign minister in January" recalls a post
    long held), never a first or a record ("the first prime minister to lose")."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if (lemma == "take" and "over" not in particles) or (lemma == "step" and "in" not in particles):
        return False
    if lemma == "become":
        posts = [c for c in verb.children if c.dep_ in ("attr", "oprd") and _post(c)]
        return any(_interim(p) for p in posts) and not any(g.lower_ in FIRSTS for p in posts for g in p.subtree)
    posts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
             if g.dep_ == "pobj" and _post(g)]
    if not posts:
        return False
    if lemma in ("take", "step"):
        return True
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children)
    return any(_interim(p) for p in posts) or future


# --------------------------------------------------------------------------- ousters


CONFIDENCE_WORDS = frozenset({"no-confidence", "confidence", "no-trust", "censure"})


def _confidence_vote_lost(verb: Token) -> bool:
    """"lost a no-confidence vote", "to lose a vote of no confidence", "lost the confidence vote": the holder is
    voted out of office."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in ("vote", "motion", "ballot"):
            continue
        words = {t.lower_ for t in obj.subtree}
        if words & CONFIDENCE_WORDS or {"no", "confidence"} <= words:
            return True
    return False
