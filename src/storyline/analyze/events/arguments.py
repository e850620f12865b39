"""Arguments of an event trigger read off the dependency parse: participants with roles, place, time.

Roles: ``actor`` (who does it: subject, "by X", possessor "X's resignation",
"associated with X", "blamed on X"), ``target`` (object, passive subject of a
violent verb, "attack on X", "against X"), ``participant`` ("talks with X",
"between X and Y", the people sent in "delegations will be sent"),
``recipient`` ("visit to the minister"), ``place`` (a further place when an
event has several, "sent to Sarn and Lesk").

The place is a GPE/LOC/FAC mention reached from the trigger (or the verb
that governs a noun trigger) through prepositions, relative clauses and
modifiers: "in a mosque located in X", "attack in the area of X", "visit to
X", "is in X today to meet". A dateline ("CITY:") is never syntactically
attached, so it is never taken.
"""

from __future__ import annotations

import re
from collections import deque

from spacy.tokens import Doc, Token

from storyline.analyze.events.dating import MEMORY_NOUNS, REASON_NOUNS
from storyline.lexicons import motion, numbers, pronouns, speech, titles, violence
from storyline.lexicons.countries import country_name, state_word
from storyline.lexicons.peoples import peoples_word
from storyline.model import Mention, Participant

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: prepositions that put a thing at a site ("the minister at Velm House", "officials in Sarn")
SITE_PREPS = frozenset({"at", "in", "inside", "outside", "near"})
#: how many arcs past a country a town or a region of the same clause may lie and still be the place instead
COUNTRY_TO_TOWN = 2
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: verbs that carry a noun trigger ("paid a visit", "held talks", "launched attacks", "issued an appeal", "convened a
#: meeting")
LIGHT_VERBS = violence.CARRY_OUT_VERBS | frozenset({
    "pay", "hold", "make", "have", "begin", "start", "resume", "continue", "undertake", "perpetrate", "commit", "lead",
    "host", "attend", "join", "sign", "reach", "announce", "tender", "submit", "seek", "plan", "open", "execute",
    "orchestrate", "mastermind", "issue", "convene", "chair", "organise", "organize"})
#: nouns that stand for a group whose affiliation names the real actor ("a faction of X", "a bomber linked to X")
PROXY_NOUNS = frozenset({"faction", "member", "members", "militant", "militants", "bomber", "fighter", "fighters",
                         "wing", "cell", "affiliate", "affiliates", "splinter", "group", "supporter", "supporters",
                         "gunman", "gunmen", "attacker", "attackers", "operative", "operatives", "delegation",
                         "team", "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "offshoot", "unit"})
#: verbs by which someone has an act done: the one who orders it is its doer ("ordered the massacre of ...",
#: "authorised the raid", "decreed the closure of ...")
ORDER_VERBS = frozenset({"order", "authorize", "authorise", "command", "decree", "direct"})
#: verbs by which the head of a body makes public or decides what the body does ("announced that the government
#: would suspend talks", "ordered that the troops withdraw")
COMMAND_VERBS = ORDER_VERBS | frozenset({"announce", "declare", "decide", "proclaim"})
#: nouns of a decision that name the act decided ("the decision to suspend talks", "an order to close the border")
DECISION_NOUNS = frozenset({"decision", "order", "decree", "directive", "instruction", "resolution"})
#: people named by their post in a firm or body: what befalls them befalls the body too ("arrested three directors
#: of X", "two employees of X were detained")
STAFF_NOUNS = frozenset({"director", "executive", "official", "employee", "staff", "worker", "manager", "engineer",
                         "chairman", "chairwoman", "owner", "boss", "officer", "supervisor",
                         "contractor", "representative", "accountant", "partner"})
AFFILIATION_PREPS = frozenset({"of", "with", "to", "from"})
PRONOUNS = pronouns.PERSON
#: spaCy prepositions that point to where an event happens
#: conjunctions of a clause that tells another happening before or after the event (not "when", "as": "was
#: killed when a bomb exploded in X" happened in X)
SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})
#: ("through": "a car bomb ripped through a square in X", "floods swept through X", "a fire tore through a mill")
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "to", "into", "across", "around", "within",
                         "on", "throughout", "along", "off", "through"})
# appositions explain ("Sarn, the capital of X") and possessors own; neither says where it happened
WALK_DEPS = frozenset({"prep", "pobj", "acl", "relcl", "compound", "npadvmod", "advmod", "dative", "agent",
                       "nmod", "conj", "advcl", "dobj", "attr", "pcomp"})


class MentionIndex:
    """Entity mentions of one article, looked up by token."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.by_token: dict[int, Mention] = {}
        self.places: dict[int, Mention] = {}  # the place mentions alone (a place named inside a longer mention)
        for m in sorted(mentions, key=lambda m: m.end - m.start):  # longest wins
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):  # (the token indices: no Token object built per token)
                self.by_token[i] = m
                if m.label in PLACE_LABELS:
                    self.places[i] = m

    def at(self, tok: Token) -> Mention | None:
        return self.by_token.get(tok.i)

    def site_at(self, tok: Token) -> Mention | None:
        """The mention at ``tok`` as a place's walk reads it: a place named after "at/in" inside a person's mention
        ("met the minister at Velm House": the coreference step's mention of the minister spans the site) is the
        place, not the person."""
        m = self.at(tok)
        if m is not None and m.label == "PERSON" and tok.dep_ == "pobj" and tok.head.lower_ in SITE_PREPS:
            return self.places.get(tok.i, m)
        return m

    def in_subtree(self, tok: Token, labels: frozenset[str] | None = None) -> Mention | None:
        """The mention holding ``tok``, else the first one inside its subtree (nearest the head)."""
        own = self.at(tok)
        if own is not None and (labels is None or own.label in labels):
            return own
        for t in sorted(tok.subtree, key=lambda t: abs(t.i - tok.i)):
            m = self.at(t)
            if m is not None and (labels is None or m.label in labels):
                return m
        return None


def _as_participant(role: str, tok: Token, index: MentionIndex) -> Participant:
    m = index.at(tok)
    if m is None:  # "Varnland's special envoy to X, Anton Varo": the apposition names the participant
        named = [index.at(t) for t in tok.subtree if t.dep_ == "appos" and t.i > tok.i]
        m = next((x for x in named if x is not None and x.label == "PERSON"), None)
    if m is None:
        # no name: the head noun alone, so that a possessor ("Pakistan's envoy") is not taken for it
        return Participant(role=role, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
    return Participant(role=role, text=m.text, start=m.start, end=m.end, chain=m.chain)


#: subjects that stand for the two parties just named ("X met Y on Tuesday, and the two agreed that ...")
PAIR_WORDS = frozenset({"two", "both", "pair"})


def pair_named_before(subject: Token, index: MentionIndex) -> list[Participant]:
    """The two people just named in the sentence when the subject is "the two" / "both" / "the pair"."""
    if subject.lower_ not in PAIR_WORDS or any(c.dep_ not in ("det", "punct") for c in subject.children):
        return []  # ("the two sides", "two men": a noun of its own)
    named: list[Mention] = []
    for t in reversed(subject.doc[subject.sent.start:subject.i]):
        m = index.at(t)
        if m is not None and m.label == "PERSON" and m not in named:
            named.append(m)
    if len(named) < 2:
        return []
    pair = sorted(named[:2], key=lambda m: m.start)
    return [Participant("actor", m.text, m.start, m.end, chain=m.chain) for m in pair]


def names_in(tok: Token, index: MentionIndex) -> list[Mention]:
    """Every actor-like mention in a phrase outside its clauses ("between X, Y and Z", however parsed)."""
    out: list[Mention] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        m = index.at(t)
        if m is not None and m.label in ACTOR_LABELS and m not in out:
            out.append(m)
        stack += [c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "punct")]
    return sorted(out, key=lambda m: m.start)


def _antecedent(tok: Token, index: MentionIndex) -> Mention | None:
    """Fallback for a personal pronoun the coreference component left alone: the last person before it."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for s in verb.children:  # "X met Y during his visit": a possessive pronoun binds to the subject
        m = index.at(s) if s.dep_ == "nsubj" else None
        if m is not None and m.label == "PERSON" and s.i < tok.i:
            return m
        if s.dep_ == "nsubj" and m is None:
            named = [index.at(c) for c in s.children if c.dep_ == "appos"]
            hit = next((x for x in named if x is not None and x.label == "PERSON"), None)
            if hit is not None:
                return hit
    sent_start = tok.sent.start
    prev_sents = [s for s in tok.doc.sents if s.end <= sent_start][-2:]
    lo = prev_sents[0].start if prev_sents else sent_start
    for i in range(tok.i - 1, lo - 1, -1):
        m = index.at(tok.doc[i])
        if (m is not None and m.label in ("PERSON",)) or (m is not None and m.kind == "name" and
                                                         m.label in ("ORG",) and tok.doc[i].dep_ == "poss"):
            return m
    return None


def resolve(role: str, tok: Token, index: MentionIndex) -> list[Participant]:
    """Participants for an argument token: conjuncts, proxies ("a faction of X"), "led by X", pronouns."""
    out: list[Participant] = []
    for t in [tok, *tok.conjuncts]:
        if t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.lower_ in PRONOUNS and index.at(t) is None:
            ante = _antecedent(t, index)
            if ante is not None:
                out.append(Participant(role=role, text=ante.text, start=ante.start, end=ante.end, chain=ante.chain))
            continue
        if index.at(t) is None and t.lemma_.lower() in PROXY_NOUNS | {x.rstrip("s") for x in PROXY_NOUNS}:
            proxy = _affiliation(t, index)
            if proxy is not None:
                out.append(Participant(role=role, text=proxy.text, start=proxy.start, end=proxy.end,
                                       chain=proxy.chain))
                continue
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            out.append(_as_participant(role, t, index))
            out += _named_in_apposition(role, t, index)
            if role == "target" and index.at(t) is None and t.lemma_.lower() in STAFF_NOUNS:
                firm = _affiliation(t, index)  # "arrested three directors of X": X's people, X with them
                if firm is not None and firm.label == "ORG":
                    out.append(Participant(role=role, text=firm.text, start=firm.start, end=firm.end,
                                           chain=firm.chain))
        out += _led_by(t, index)
    return out


#: participles that give the name of someone just described ("a 71-year-old man, named as X", "identified as X")
NAMING_VERBS = frozenset({"name", "identify"})


def _named_in_apposition(role: str, tok: Token, index: MentionIndex) -> list[Participant]:
    """"the arrest of a suspect, Jonas Mbeki,": the person an argument noun names in apposition (the parser
    may hang the apposition on a noun inside its phrase: "a suspect in the bombing, Jonas Mbeki"); every name of
    a listed apposition of those an act befalls ("two opposition figures, X and Y, were detained"), one a
    participle gives ("a man, named as X", "identified as X"), and those an "including" phrase names ("three
    organisers, including X")."""
    if tok.pos_ != "NOUN":
        return []
    found = [a for a in tok.subtree if a.dep_ == "appos" and a.head.pos_ == "NOUN" and
             (m := index.at(a)) is not None and m.label == "PERSON"]
    if found:
        # (every name of the list only for those an act befalls: two speakers named as one source stay one actor)
        listed = [found[0], *found[0].conjuncts] if role == "target" else [found[0]]
        return [_as_participant(role, t, index) for t in listed
                if (m := index.at(t)) is not None and m.label == "PERSON"]
    named = [g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS
             for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    # "three union organisers, including X and Y": the named among them
    named += [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "including"
              for g in p.children if g.dep_ == "pobj" for x in [g, *g.conjuncts]]
    return [_as_participant(role, g, index) for g in named if (m := index.at(g)) is not None and m.label == "PERSON"]


def _affiliation(tok: Token, index: MentionIndex) -> Mention | None:
    """"a faction of X", "a bomber (allegedly) associated with X", "militants linked to X"."""
    for c in tok.children:
        preps = [c] if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS else []
        if c.dep_ in ("acl", "amod") and c.pos_ == "VERB":
            preps += [g for g in c.children if g.dep_ in ("prep", "agent")]
        for p in preps:
            for obj in p.children:
                if obj.dep_ == "pobj":
                    m = index.in_subtree(obj, ACTOR_LABELS)
                    if m is not None:
                        return m
    for c in tok.children:  # "KVF militants", "Dark Front fighters"
        if c.dep_ in ("compound", "amod", "nmod") and index.at(c) is not None:
            m = index.at(c)
            if m is not None and m.label in ACTOR_LABELS:
                return m
    return None


def _led_by(tok: Token, index: MentionIndex) -> list[Participant]:
    out = []
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head"):
            for a in c.children:
                if a.dep_ == "agent":
                    out += [_as_participant("actor", o, index) for o in a.children if o.dep_ == "pobj"]
    return out


def governing_verb(tok: Token) -> Token | None:
    """The verb a noun trigger is an argument of ("paid a visit", "came under attack", "the attack killed")."""
    t = tok
    if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
        t = t.head
    if t.dep_ in ("dobj", "nsubj", "nsubjpass", "prep", "agent", "attr", "xcomp") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    return None


#: the one-word bodies of a state ("ministry", "government", "army": ``titles.STATE_BODIES``)
STATE_BODY_WORDS = frozenset(b for b in titles.STATE_BODIES if " " not in b)


def _arms_of(tok: Token, m: Mention) -> bool:
    """A country's name or people's word modifying a noun of armed force, or a counted group of people ("12 Norwegian
    soldiers"): the force's owner or the people's country ("a US drone strike killed three men in Sarn":
    the strike is in Sarn), not the place (a town modifying it, "the Sarn raid", is)."""
    if tok.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "12 Norwegian army medics": up to "medics"
        head = head.head
    counted = head.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in head.children)
    # (a counted group of people named by their country, "12 Norwegian soldiers", "two Danish nurses": whose
    # nationals they are, not where it happened)
    # (a body of its state is whose words or acts they are: "X's defence ministry denied it", not where it happened)
    heads = {tok.head.lemma_.lower(), tok.head.lower_}
    return bool(heads & violence.ARMS_NOUNS or heads & STATE_BODY_WORDS or counted) and state_word(m.text) is not None


#: nouns of people whom news names by their home town ("a Burnsville woman", "two Leeds fans", "a Lagos
#: businessman"): where they come from, not where something befell them; people named by where they are ("Kereth
#: residents", "villagers") are left out
HOMETOWN_NOUNS = frozenset({"man", "woman", "boy", "girl", "teenager", "teen", "native", "fan", "supporter",
                            "student", "tourist", "visitor", "couple", "family", "businessman", "businesswoman",
                            "mother", "father", "son", "daughter", "husband", "wife"})


def _hometown_of(tok: Token) -> bool:
    """A place's name modifying a noun of people named by where they come from ("killed a 66-year-old Lesk
    woman" at a store in Kereth: the store's town is the place, not hers)."""
    if tok.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in HOMETOWN_NOUNS


#: nouns of a person (a role, an office, a part in an act, a home town's people, a group's member): a place's name
#: modifying one ("a Tolvan judge", "the Sarn mayor", "a Lesk separatist leader") says whose or where from they
#: are, not where the act they are named in happened
OFFICE_NOUNS = titles.ROLE_HEADS | titles.NOMINAL_PERSON
PERSON_NOUNS = (OFFICE_NOUNS | titles.PARTICIPANT_NOUNS | titles.STANCE_NOUNS | titles.AUTHOR_NOUNS | HOMETOWN_NOUNS
                | PROXY_NOUNS | STAFF_NOUNS)
#: nouns of an accord or a text named after the town it was made in ("the Tolm convention", "the Sarn agreement",
#: "the Lesk protocol"): an act that invokes, breaks or signs up to one is not done in that town
ACCORD_NOUNS = frozenset({"convention", "conventions", "treaty", "treaties", "agreement", "agreements", "accord",
                          "accords", "pact", "protocol", "protocols", "charter", "declaration", "principles",
                          "format", "formula", "consensus", "framework", "statute", "memorandum"})
#: what a place's name may modify without placing the act (:func:`_modifies_holder`)
#: (an office written as initials too: "the new Sarn PM", "a Lesk MP")
HOLDER_NOUNS = PERSON_NOUNS | ACCORD_NOUNS | frozenset(w.lower() for w in titles.OFFICE_INITIALS)


def _a_person(tok: Token, index: MentionIndex) -> bool:
    """A person's name or a noun of an office ("Tarvo Lesk", "the commissioner"), whose "of" names whose they are."""
    m = index.at(tok)
    return (m is not None and m.label == "PERSON") or (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in OFFICE_NOUNS)


def _modifies_holder(tok: Token, starts: list[Token], index: MentionIndex) -> bool:
    """A place's name that only modifies a noun of a person or of an accord ("killed a Lesk separatist leader near
    Tolm", "violated the Sarn convention", "a Dovran judge ruled"): whose or which it is, not where the act
    happened. A name modifying the trigger itself ("the Sarn raid") or a site ("the Sarn airport") still places."""
    if tok.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = tok.head
    while head.dep_ in ("compound", "amod") and head.head.i != head.i and not any(head.i == s.i for s in starts):
        head = head.head  # "a Lesk separatist leader": up to "leader" (not past the trigger: "the Lesk raid victims")
    if any(head.i == s.i for s in starts) or head.pos_ not in ("NOUN", "PROPN"):
        return False
    own = index.at(head)
    if own is not None and own is index.at(tok):
        return False  # the rest of the place's own name ("Sarn City")
    return head.lemma_.lower() in HOLDER_NOUNS or head.lower_ in HOLDER_NOUNS or (
        own is not None and own.label == "PERSON")


#: hand weapons, which news names by their make ("a Tarvo pistol", "his Lesk rifle"): makes and the armouries they
#: come from are often named after a town, which is never where the weapon was used
FIREARM_NOUNS = frozenset({"pistol", "pistols", "rifle", "rifles", "revolver", "revolvers", "handgun", "handguns",
                           "shotgun", "shotguns", "carbine", "carbines", "gun", "guns", "firearm", "firearms"})


#: the head words of a wide natural area, which holds many sites and often spans countries ("the Tarvo desert")
WILDS = frozenset({"desert", "steppe", "savanna", "savannah", "jungle", "rainforest", "tundra", "wilderness"})
#: nouns of a works or a camp, a site the news names by its own name or its town ("the gas facility", "the plant")
WORKS_NOUNS = frozenset({"facility", "plant", "field", "complex", "site", "refinery", "mine", "base", "camp",
                         "installation", "compound", "station"})


def _wilds_of_site(tok: Token, m: Mention) -> bool:
    """A wide natural area a works lies in ("killed in the remote Tarvo gas facility in the Velm desert"): where the
    site lies on the map, not the place news gives the incident (the site's town or country, which the lead names)."""
    if m.label != "LOC" or not m.text.split() or m.text.split()[-1].lower() not in WILDS:
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    site = tok.head.head
    # (or the verb's object, where the parser hung "in" on the verb: "surrounded the facility in the Velm desert")
    sites = [site] if site.pos_ != "VERB" else [c for c in site.children if c.dep_ == "dobj"]
    return any(x.pos_ == "NOUN" and x.lemma_.lower() in WORKS_NOUNS for x in sites)


def _make_of(tok: Token, m: Mention) -> bool:
    """A name right before a noun of a hand weapon ("fired his Tarvo pistol near his home in Lesk"): the weapon's
    make, not where it was fired (read off the words, the parser may take the name for the object)."""
    span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.end < len(tok.doc) and tok.doc[span.end].lower_ in FIREARM_NOUNS


def _named_by_apposition(tok: Token, index: MentionIndex) -> Mention | None:
    """The place a noun that classes places names by apposition or by "of" ("the Dorvan capital, Kereth", "the
    northern city, Lesk", "the Dorvan capital of Kereth", "the Dorvan mining town of Kereth"): the name is the place the
    noun means, whatever the tagger called it (an unfamiliar town reads as a person), not the country that
    qualifies the noun."""
    if tok.lemma_.lower() not in titles.PLACE_CLASS_NOUNS:
        return None
    named = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for c in named:
        if c.pos_ == "PROPN" and (m := index.at(c)) is not None:
            return m
    return None


def _town_of_site(tok: Token, index: MentionIndex) -> Mention | None:
    """The town a site (a FAC mention: a hotel, a base, a plant) lies in by its own phrase ("the Palm Hotel in Kereth,
    capital of Dorva", "the Tarvo hotel in the Dorvan capital, Kereth"): where an incident there happened, as a
    monitor codes it (a town, not the building). A country is no such town ("the Dorvan embassy in Lesk" keeps Lesk,
    "a hotel in Dorva" keeps the hotel)."""
    noun = tok
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "the Tarvo Grand hotel": the hotel's phrase
    # (or the verb's, where the parser hung "in" there: "stormed the Palm Hotel in Kereth", "exploded at X in Y")
    holder = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun.head.head if noun.dep_ == "pobj" else None
    # (or the noun the site's own phrase hangs on, where "in" is its sibling: "raided offices on Rustaveli Avenue in
    # Tbilisi", "the hotel on Main Street in Kereth")
    sibling = holder is not None and (holder.pos_ == "VERB" or (noun.dep_ == "pobj" and holder.pos_ == "NOUN"))
    for prep in [*noun.children, *(holder.children if holder is not None and sibling else ())]:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            named = _named_by_apposition(obj, index)  # "in the Dorvan capital, Kereth", however Kereth is tagged
            town = named or index.at(obj)
            if town is not None and (named is not None or town.label == "GPE") and country_name(town.text) is None:
                return town
    return None


def place_at(noun: Token, index: MentionIndex) -> Mention | None:
    """Where a thing is told to lie by its own phrase: a place its "in/at/near" names at once ("a market in Kereth",
    "a hotel in the capital Kereth", "control of a hotel in Kereth"), never a place inside another noun ("a suspect
    in the Kereth bombing": the bombing's)."""
    nouns = [noun]
    for _ in range(2):  # "control of a hotel in ...": through "of"
        nouns += [g for c in nouns[-1].children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")][:1]
    for n in nouns:
        for prep in n.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near", "outside", "inside"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                named = _named_by_apposition(obj, index)  # (however the tagger typed the name)
                if named is not None:
                    return named
                m = index.at(obj)
                if m is not None and m.label in PLACE_LABELS:
                    return m
    return None


#: kinds of act done in words (a statement, an accusation, a denial, an appeal, a demand, a threat)
WORD_TYPES = frozenset({"STATEMENT", "ACCUSE", "DISAPPROVE", "REJECT", "REQUEST", "THREATEN"})
#: the prepositions that say where words were spoken ("said in X", "spoke at a rally in X", "told reporters outside
#: the court"); the others name whom or what the words are about or aimed at ("blamed it on X", "appealed to X",
#: "accused X of the attack", "denied claims of X")
WORD_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "within"})
#: verbs of telling someone something: whom they tell ("informed Lesk of the killing", "warned Sarn", "spoke to Sarn
#: Radio") is no place of what is told
TELLING_VERBS = speech.REPORTING_VERBS | frozenset({"inform", "notify", "brief", "warn", "assure", "advise", "alert",
                                                    "update", "ask", "urge", "thank", "congratulate", "speak",
                                                    "talk"})


def place_of(starts: list[Token], index: MentionIndex, avoid: set[int], max_depth: int = 7, journey: bool = False,
             words: bool = False, parties: bool = False, topics: bool = False, withdrawal: bool = False
             ) -> tuple[Mention | None, list[Mention]]:
    """The nearest GPE/LOC/FAC mention reached from ``starts`` through place-like dependencies.

    Returns (place, candidates). The candidates are proper-name ORG mentions met
    on the way under "in/at/of" or as a modifier: the small model often labels a
    city ORG ("the area of X", "the X police"); fusion keeps one only when its
    cross-document entity is typed as a place. Where a journey was going is the
    place of a ``journey`` (a visit), never of what befell it (a crash). Of an act done in ``words`` (a
    statement, an accusation, an appeal: :data:`WORD_TYPES`) the place is only where the words were said ("in/at X"
    of the trigger): what it is aimed at or tells of ("blamed the attack on X", "accused an X ally", "an appeal to
    the allies of X", "denied claims that X fell") is no place of it. Of an act done to or with ``parties`` (a
    sanction, an aid, an accord, an appointment: :data:`PARTY_TYPES`) the object is a party, not a place
    ("suspended Sarn", "suspended the participation of Sarn"); of one with ``topics`` (those and talks) "on" tells
    what it is about ("a meeting on the situation in Sarn", "sanctions on Sarn"). A ``withdrawal`` is done where
    it pulls out "from" ("will withdraw its force from Sarn", "the withdrawal of troops from Lesk"): that is its
    place, though "from" of other acts is an origin.
    """
    fallback: list[Mention] = []
    landmark: Mention | None = None
    country: tuple[Mention, int] | None = None  # a country met first: a town or region further on is more precise
    seen: set[int] = set()
    queue: deque[tuple[Token, int]] = deque((s, 0) for s in starts)
    while queue:
        tok, depth = queue.popleft()
        if country is not None and depth > country[1] + COUNTRY_TO_TOWN:
            break
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if depth > 0 and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DEPARTURE_VERBS and tok.head not in starts:
            continue  # "gave the envoy 24 hours to leave the country", "forced them to flee the city": where another
            # act, a departure, sets out from (the departure's own place when it is the trigger: "left Sarn")
        m = index.site_at(tok)
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            m = None  # "an advisory issued by Peru": the doer, not where it happened (its own "in X" still is)
        if (not journey and is_destination(tok)) or is_neighbour(tok):
            continue  # "the Lesk-bound plane crashed here", "a region bordering X": not where it happened
        if journey and is_origin(tok):
            continue  # "left X on Sunday, his first foreign visit": where the trip set out from
        if m is not None and depth > 0 and (_modifies_holder(tok, starts, index) or peoples_word(m.text)):
            m = None  # "the killing of a Lesk leader near Tolm", "violated the Sarn convention": whose or which, not
            # where; a faith's or a people's word ("a Sikh leader") the tagger typed a place is none
        if m is not None and (_arms_of(tok, m) or _hometown_of(tok) or _make_of(tok, m)):
            m = None  # "a Norwegian drone strike in Sarn", "killed by a US drone", "a raid on a Chilean base in Sarn":
            # whose arms, not where (nor an unsure candidate: the model may label the country ORG); "his Tarvo
            # pistol": the weapon's make
        if m is not None and depth > 0 and all(across_lines(tok.doc, tok.i, s.i) for s in starts):
            m = None  # a heading the parser glued to the sentence under it (or that sentence, under the heading's
            # trigger): another unit's place
        if m is not None and depth > 0 and _colon_dateline(tok, m):
            m = None  # "Sarn: Valdora has expelled the envoy": a dateline closed by a colon, where it was filed
        if m is not None and depth > 0 and _verbless_line(tok, starts):
            m = None  # a dateline on a line of its own that the parser joined to the sentence ("Sarn, January
            # 4\nThe guards vowed revenge for the explosions"): where the report was filed
        if m is not None and m.label in PLACE_LABELS and depth > 0 and _bearing_from(tok):
            if not _far_from(tok):  # (not "in the city, which lies 610 miles north of X": far away from X)
                landmark = landmark or m  # "in the town of X, northwest of the capital": X, unless none is named
            m = None
        if m is not None and m.label in PLACE_LABELS and m.label != "FAC" and depth > 0:
            named_first = _near_after_place(tok, index)
            if named_first is not None:
                return named_first, fallback  # "in Lusk, near Kereth": Kereth tells where Lusk lies; Lusk is where
                # it was, however the parser hung "in Lusk" ("fired at officers in Lusk, near Kereth")
        if m is not None and depth > 0 and _wilds_of_site(tok, m):
            continue  # "the gas facility in the Velm desert": no place of the incident (nor a way further)
        named = _named_by_apposition(tok, index) if depth > 0 else None
        if named is not None:
            return named, fallback  # "in the Dorvan capital, Kereth": Kereth, not the country that qualifies it (nor
            # "the capital" the tagger may call a place)
        if m is not None and m.label in PLACE_LABELS and depth > 0:
            if m.label != "FAC" and country_name(m.text) is not None:
                # "In Valdoria, troops seized the broadcaster in the capital Sucrel": the town the same clause
                # names beats the country it lies in (the country stays the place when none is named)
                country = country or (m, depth)
            elif country is None or country_name(m.text) is None:
                # "stormed the Palm hotel in the Dorvan capital, Kereth": the town the site's own phrase puts it in
                return (_town_of_site(tok, index) if m.label == "FAC" else None) or m, fallback
        if m is not None and depth > 0 and m not in fallback and m.label == "ORG" and tok.pos_ == "PROPN" \
                and (tok.head.lower_ in ("in", "at", "of", "near") or tok.dep_ == "compound"):
            fallback.append(m)
        if depth >= max_depth or (depth > 0 and tok.lemma_.lower() in MEMORY_NOUNS | REASON_NOUNS):
            continue  # "stormed the council on the anniversary of the handover to X": X is the older event's; so
            # is the place of a motive ("the attack was in response to X's presence in Y")
        for c in sorted(tok.children, key=lambda c: abs(c.i - tok.i)):
            if c.i in avoid or c.dep_ not in WALK_DEPS:
                continue
            if c.dep_ == "prep" and c.lower_ == "of" and depth > 0 and _a_person(tok, index):
                continue  # "chaired by the commissioner Tarvo Lesk of Valdora": whose national, not where
            telling = (words and depth == 0) or (tok.pos_ == "VERB" and tok.lemma_.lower() in TELLING_VERBS and (
                depth > 0 or words or journey))  # (a verb of telling that is itself an act of force or the law
            # tells nobody: "declared a state of emergency in Sarn", "declared a curfew in the capital")
            if telling and (c.dep_ in ("dobj", "dative", "attr") or (
                    c.dep_ == "prep" and c.lower_ not in WORD_PLACE_PREPS)):
                continue  # "blamed the US", "appealed to the West", "denied claims that X took Y": what the words
                # are aimed at or tell of, not where they were said; nor whom a verb of telling tells ("the
                # government informed Lesk of the killing", "a hostage who spoke to Sarn Radio": it was elsewhere)
            if parties and depth == 0 and c.dep_ in ("dobj", "dative"):
                continue  # "suspended Sarn from the bloc", "sent aid to Sarn": a party to it, not where it was done
            if depth == 0 and c.dep_ == "prep" and c.lower_ == "on" and topics and _topic(c, index):
                continue  # "a meeting on the situation in Sarn", "sanctions on Sarn": what it is about
            if c.dep_ == "prep" and c.lower_ == "with" and depth == 0 and journey:
                # "met with the minister at Velm House": the parser hangs where they met on whom they met (not
                # "met with the mayor of Sarn": whose mayor)
                queue.extend((p, depth + 2) for g in c.children if g.dep_ == "pobj" for p in g.children
                             if p.dep_ == "prep" and p.lower_ in ("at", "in") and p.i not in avoid)
                continue
            if c.dep_ == "prep" and c.lower_ == "by" and depth == 0 and tok.pos_ == "NOUN":
                # "an attack by militants on the western suburb of X": the parser hangs the attack's "on" phrase
                # on its doers, who are no place; what they attacked is
                queue.extend((p, depth + 2) for g in c.children if g.dep_ == "pobj" for p in g.children
                             if p.dep_ == "prep" and p.lower_ in ("on", "against") and p.i not in avoid)
                continue
            if c.dep_ == "prep" and c.lower_ not in PLACE_PREPS | {"of"} and not (
                    journey and c.lower_ == "from" and _comes_back(tok)) and not (
                    withdrawal and c.lower_ == "from" and depth <= 2):
                continue  # (but "returned from X": the trip was in X; "withdrew troops from X": they were in X)
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "behind") and tok.lemma_.lower() in titles.AUTHOR_NOUNS:
                continue  # "a strike on the planner of the attack on X airport": X is the attack's place
            if c.dep_ == "advcl" and (depth > 0 or any(g.dep_ == "mark" and g.lower_ in SEQUENCE_MARKS
                                                       for g in c.children)):
                continue  # "resigned three days after a bombing killed 12 in X": X is the bombing's place
            if c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward") and _occurs(tok):
                continue  # "the protests took place on the anniversary of the handover to X" (misparsed): a verb
                # of occurrence has no destination
            if c.dep_ == "prep" and c.lower_ in ("to", "into") and tok.dep_ == "conj" and tok.pos_ == "VERB" \
                    and depth > 0:
                continue  # "detained in X and brought to Y": where someone was taken next, not where it happened
            queue.append((c, depth + 1))
    return (country[0] if country is not None else landmark), fallback


#: verbs whose object is the place someone sets out from ("leave the country", "fled the city")
DEPARTURE_VERBS = frozenset({"leave", "quit", "flee", "exit", "depart", "vacate"})
#: kinds of act done to or with parties: their object is a party, not a place (see :func:`place_of`)
PARTY_TYPES = frozenset({"SANCTION", "AID", "AGREE", "APPOINT", "SUPPORT", "COOPERATE"})
#: nouns of what talks, a sanction or an accord are about ("a meeting on the situation in X", "a deal on the crisis")
TOPIC_NOUNS = frozenset({"situation", "crisis", "issue", "issues", "question", "matter", "conflict", "war",
                         "future", "fate", "plight", "case", "dispute", "standoff", "programme", "program", "status",
                         "developments", "events", "violence", "unrest", "tensions", "security", "peace", "transition"})


def _topic(prep: Token, index: MentionIndex) -> bool:
    """Does "on" introduce what an act is about ("talks on the situation in Sarn", "sanctions on Sarn") rather than
    where it was done ("met on the sidelines of the summit in Sarn")?"""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        m = index.at(obj)
        if obj.lemma_.lower() in TOPIC_NOUNS or obj.lower_ in TOPIC_NOUNS or (
                m is not None and m.label in PLACE_LABELS | {"NORP", "ORG", "PERSON"}):
            return True
    return False


def _colon_dateline(tok: Token, m: Mention) -> bool:
    """Is the place a dateline closed by a colon: the first words of a line, a colon after them ("Sarn: Valdora
    has expelled ...", "LESK : Gunmen ...")?"""
    doc = tok.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text != ":":
        return False
    return span.start == 0 or _breaks_line(doc[span.start - 1])


def _breaks_line(t: Token) -> bool:
    return "\n" in t.whitespace_ or (t.is_space and "\n" in t.text)


#: the fewest words of a line that tells whether a text is wrapped at a fixed width
_LONG_LINE_WORDS = 12
#: how a line that ends a sentence ends: a stop, maybe inside a closing quotation mark or bracket
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*\s*$")


def hard_wrapped(doc: Doc) -> bool:
    """Is the text wrapped at a fixed width (a wire, a mail): of its long lines (three or more), fewer than two
    thirds end a sentence? Then a line break inside a sentence is a wrap, where a text pasted from the web breaks
    lines only between paragraphs, headings and captions. Measured once per text."""
    key = "storyline_hard_wrapped"
    if key not in doc.user_data:
        long = [line for line in doc.text.split("\n") if len(line.split()) >= _LONG_LINE_WORDS]
        doc.user_data[key] = len(long) >= 3 and 3 * sum(bool(_SENTENCE_END.search(line)) for line in long) \
            < 2 * len(long)
    return bool(doc.user_data[key])


def across_lines(doc: Doc, a: int, b: int) -> bool:
    """Do tokens ``a`` and ``b`` of one sentence lie on two lines of a text not wrapped at a fixed width? The
    parser glued a heading, a caption or a headline without its stop to the sentence under it ("Police arrest
    suspect after market attack\nOfficers in Kereth on Saturday detained a man ..."): two units, and an event
    of one takes no place from the other."""
    lo, hi = min(a, b), max(a, b)
    if not any(_breaks_line(doc[k]) for k in range(lo, hi)):
        return False
    return not hard_wrapped(doc)


def _verbless_line(tok: Token, starts: list[Token]) -> bool:
    """Is the token on a line of its sentence with no verb and none of ``starts`` (the trigger), which a line
    break ends before the sentence does (a dateline, a heading the parser joined to the sentence under it)?"""
    sent = tok.sent
    start = tok.i
    while start > sent.start and not _breaks_line(tok.doc[start - 1]):
        start -= 1
    end = tok.i
    while end < sent.end - 1 and not _breaks_line(tok.doc[end]):
        end += 1
    if end >= sent.end - 1 or any(start <= s.i <= end for s in starts):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in tok.doc[start:end + 1])


def _occurs(verb: Token) -> bool:
    """"took place", "occurred", "happened", "unfolded": a verb that says an event happened."""
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (lemma in ("occur", "happen", "unfold") or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)))


#: verbs and nouns whose object or modifier is a neighbour of the place, not the place: "a region bordering X",
#: "near the X border"
NEIGHBOUR_VERBS = frozenset({"border", "adjoin", "neighbour", "neighbor", "straddle", "abut"})
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _bearing_from(tok: Token) -> bool:
    """A landmark a place is told from: "northwest of the capital", "30 km south of X"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in titles.COMPASS_WORDS


#: how far from a landmark (km) a place still counts as the landmark's own area ("30 km south of X" is round X)
NEAR_KM = 150.0


def _far_from(tok: Token) -> bool:
    """A landmark told with a distance beyond :data:`NEAR_KM` ("610 miles north of X", "300 km from X"): the
    event is elsewhere, not in X's area."""
    bearing = tok.head.head
    for unit in (c for c in bearing.children if c.dep_ == "npadvmod" and c.lower_ in numbers.DISTANCE_UNITS):
        for num in (c for c in unit.children if c.dep_ == "nummod"):
            try:
                km = float(num.text.replace(",", "")) * numbers.DISTANCE_UNITS[unit.lower_]
            except ValueError:
                continue
            if km > NEAR_KM:
                return True
    return False


def _near_after_place(tok: Token, index: MentionIndex) -> Mention | None:
    """The place named in "in/at" just before a "near" whose object the token is ("in Lusk, near Kereth"): news
    locates a smaller town by the larger one near it, and the town named first is where it was."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "near" or prep.i < 2 or tok.doc[prep.i - 1].text != ",":
        return None
    before = tok.doc[prep.i - 2]
    m = index.site_at(before)
    if m is None or m.label not in PLACE_LABELS or m.label == "FAC" or before.dep_ not in ("pobj", "compound"):
        return None
    head = before
    while head.dep_ == "compound":
        head = head.head
    return m if head.dep_ == "pobj" and head.head.lower_ in ("in", "at") else None


def is_neighbour(tok: Token) -> bool:
    """A place named as a neighbour of where the event happened: "a region bordering X", "near the X border",
    "near the border with X".
    The event is not in X (or on either side of a frontier), so X is never its place."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in NEIGHBOUR_VERBS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in FRONTIER_NOUNS:
        return True  # "a farm near the border with X"
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.dep_ in ("compound", "amod", "nmod", "poss") and after is not None and \
            after.lemma_.lower() in FRONTIER_NOUNS:
        return True  # "near the X border" however the parser hangs it (on a line break: "X" an nmod of what follows)
    return tok.dep_ in ("compound", "amod", "poss") and tok.head.lemma_.lower() in FRONTIER_NOUNS


#: words of a journey whose "for"/"to" object (or "X-" before them) is where it was going
HEADING = frozenset({"bound", "headed", "heading", "destined", "route", "flight", "plane", "jet", "airliner",
                     "aircraft", "train", "bus", "ship", "ferry", "vessel", "boat", "coach", "service", "journey",
                     "trip", "voyage"})


def is_destination(tok: Token) -> bool:
    """A place named as where a journey was going or came from, not where the event happened: "the Lesk-bound
    plane", "a flight bound for Portville", "en route to Portville", "a train from Lesk to Tesk"."""
    if tok.dep_ in ("npadvmod", "compound", "nmod") and tok.head.lower_ in ("bound", "-bound"):
        return True  # "Lesk-bound", hyphen split off or not
    if tok.dep_ == "compound" and tok.head.dep_ == "compound":
        return is_destination(tok.head)  # "New Lesk-bound"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to", "from", "towards", "toward"):
        return tok.head.head.lemma_.lower() in HEADING or tok.head.head.lower_ in HEADING
    return False


def is_origin(tok: Token) -> bool:
    """A place named as where a journey set out from: the object of "left/departed X" ("left X on Sunday, his
    first foreign visit"). ("from X" is never walked, but for "returned from X": see :func:`_comes_back`.)"""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in motion.DEPARTURE_VERBS


def _comes_back(verb: Token) -> bool:
    """"returned", "came back": a journey's end, told from where it had gone."""
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in motion.RETURN_VERBS or (
        verb.lemma_.lower() == "come" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                              for c in verb.children)))


def place_in_arguments(args: list[Token], index: MentionIndex) -> Mention | None:
    """A place named inside an argument ("the headquarters of the Kereth police"): a weaker fallback."""
    for a in args:
        # (not inside "the anniversary of the handover to X": X is the older event's)
        older = {x.i for t in a.subtree if t.lemma_.lower() in MEMORY_NOUNS for x in t.subtree}
        # (nor inside "the planner of the attack on X airport": X is the attack's)
        older |= {x.i for t in a.subtree if t.lemma_.lower() in titles.AUTHOR_NOUNS for c in t.children
                  if c.dep_ == "prep" and c.lower_ in ("of", "for", "behind") for x in c.subtree}
        for t in a.subtree:
            if is_destination(t) or is_neighbour(t) or t.i in older:
                continue
            m = index.at(t)
            if m is not None and (_arms_of(t, m) or _hometown_of(t)):
                continue  # "attacks on Chilean bases": whose bases, not where; "killed a Lesk woman": hers
            if m is not None and (m.label in PLACE_LABELS or (t.dep_ == "compound" and t.head.pos_ == "NOUN"
                                                                and m.label == "ORG" and m.end - m.start < 30
                                                                and " " not in m.text)):
                return m
    return None


def _title_words(tok: Token) -> list[Token]:
    """The words of a person's title around the name or noun: "Prime Minister X", "X, the junta leader,",
    "the gang's leader": the token, its compounds, modifiers and appositions (not its prepositional phrases)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ in ("compound", "amod", "appos", "flat", "nmod")]
    return out


def heads_a_body(subject: Token, index: MentionIndex) -> bool:
    """Is the subject the head of a body by title ("Prime Minister X", "President X", "the junta leader, General X",
    "rebel commander X")? A plain minister heads a ministry, not a government."""
    words = _title_words(subject)
    lower = [t.lower_ for t in words]
    if any(w in titles.HEAD_OF_BODY_TITLES for w in lower):
        return True
    return any(t.lower_ == "minister" and t.i > 0 and t.doc[t.i - 1].lower_ in ("prime", "first") for t in words)


def a_body(subject: Token, index: MentionIndex) -> bool:
    """Is a doer a body that acts through its head: a noun of a body ("the government", "its forces", "his
    fighters") or a country, a state's body or a group by name?"""
    if subject.lemma_.lower() in titles.ACTING_BODY_NOUNS or subject.lower_ in titles.ACTING_BODY_NOUNS:
        return True
    m = index.at(subject)
    return m is not None and m.label in ("GPE", "ORG", "NORP")
