"""Events a verb or a noun makes by the class of what it acts on: a craft in a state's space, a passage closed,
a provision invoked.

The words of these frames are ordinary verbs ("enter", "cross", "close", "invoke") that name an event of
news only with one class of object, so the frame reads the object's class rather than the verb alone:

- **entry into a bounded space** (MOBILIZE/incursion): a verb of entering or violating whose object is a state's
  space ("two jets entered the country's airspace", "a warship violated its territorial waters", "armed men
  crossed the border"), a verb of motion with "into"/"onto" such a space ("a balloon drifted into national
  airspace"), a verb of detecting whose object is a craft seen in such a space ("radar detected three aircraft in
  its airspace"), and the nouns of the act ("the incursion", "an airspace violation", "the intrusion into its
  waters", "the violation of its airspace"). A space is airspace, a border or frontier, or waters, territory or a
  zone that something bounds (an owner, "territorial", "national", "disputed"...): "entered uncharted
  territory", "entered the water", "the border region" and "crossed a red line" are no entry. People who are no
  force (refugees, migrants, residents) crossing a border move (MOVE/transport), they make no incursion.
- **a passage closed** (RETREAT/closure): a verb of closing whose object (or subject, intransitive or passive)
  is a passage between places or a state's mission ("closed the main border crossing", "shut three ports",
  "the airport was closed"), and the nouns of closing with one ("the closure of its airspace", "a border
  closure"); "the index closed higher", "the talks closed" are not.
- **a provision invoked** (REQUEST/invocation): a verb of invoking whose object is a provision of a law, a
  treaty or a charter ("three members invoked Article 4 of the treaty", "the court invoked an emergency clause",
  "activated the bloc's crisis mechanism"): a formal call for what the provision grants; "invoked the memory of",
  "triggered an outcry" are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.ontology import EventKind

INCURSION_VERB = EventKind("MOBILIZE", "incursion", "verb")
INCURSION_NOUN = EventKind("MOBILIZE", "incursion", "noun")
CROSSING = EventKind("MOVE", "transport", "verb")
CLOSURE_VERB = EventKind("RETREAT", "closure", "verb")
CLOSURE_NOUN = EventKind("RETREAT", "closure", "noun")

#: verbs whose direct object is the space entered or violated ("entered its airspace", "breached the border")
ENTERING_VERBS = frozenset({"enter", "cross", "breach", "violate", "penetrate", "infringe", "infiltrate", "invade",
                            "overfly"})
#: verbs of motion that enter a space through "into"/"onto" ("drifted into its airspace", "sailed into its waters")
MOTION_VERBS = frozenset({"fly", "sail", "drift", "stray", "move", "venture", "push", "intrude", "encroach", "cross",
                          "come", "go", "enter", "pass", "roll", "advance", "penetrate", "slip", "wander"})
#: verbs of sensing a craft where it should not be ("spotted a drone over its territory")
SENSING_VERBS = frozenset({"detect", "spot", "intercept", "track", "sight", "observe", "register", "record", "see"})
#: nouns of the act of entering a space: always the act ("the incursion", "an overflight")
INCURSION_NOUNS = frozenset({"incursion", "overflight", "infiltration"})
#: nouns of entering or violating that are the act only with a space ("the violation of its airspace", "an
#: airspace intrusion"), not "a violation of the ceasefire", "an intrusion into her privacy"
VIOLATION_NOUNS = frozenset({"violation", "intrusion", "breach", "encroachment", "trespass", "penetration",
                             "entry"})
#: spaces that are bounded by themselves
BOUNDED_SPACES = frozenset({"airspace", "border", "frontier"})
#: spaces that are a state's only when something bounds them (an owner, a kind)
OWNED_SPACES = frozenset({"waters", "territory", "zone", "space", "soil", "sea", "boundary"})
#: modifiers that make a space a state's or a bounded one ("territorial waters", "national airspace", "the
#: exclusion zone", "disputed waters", "air space")
SPACE_MODIFIERS = frozenset({"territorial", "national", "sovereign", "foreign", "enemy", "disputed", "contested",
                             "neighbouring", "neighboring", "restricted", "military", "maritime", "exclusion",
                             "economic", "buffer", "demilitarized", "demilitarised", "no", "fly", "air", "coastal",
                             "its", "their", "his", "her", "our", "controlled", "occupied"})
#: those whose crossing is no force's: they move, they make no incursion
CIVILIANS = frozenset({"refugee", "migrant", "asylum", "resident", "civilian", "family", "tourist", "traveller",
                       "traveler", "passenger", "people", "child", "woman", "worker", "pilgrim", "student",
                       "villager", "evacuee", "shopper", "trader", "truck", "lorry", "car", "bus", "vehicle"})
#: those whose crossing of a border is an incursion: forces, armed men, their craft (and "armed" anyone)
ARMED_MOVERS = frozenset({"troop", "troops", "soldier", "force", "forces", "fighter", "militant", "rebel", "insurgent",
                          "gunman", "gunmen", "attacker", "army", "military", "militia", "commando", "unit", "tank",
                          "patrol", "armed", "jihadist", "guerrilla", "paramilitary", "infantry", "battalion",
                          "brigade", "marine", "raider", "intruder", "drone", "jet", "aircraft", "helicopter",
                          "warship", "vessel"})
#: what flies, sails or is flown: what is seen in a space it entered
CRAFTS = frozenset({"aircraft", "plane", "jet", "fighter", "bomber", "warplane", "drone", "uav", "helicopter",
                    "balloon", "airship", "ship", "warship", "vessel", "boat", "submarine", "frigate", "destroyer",
                    "cruiser", "trawler", "tanker", "missile", "rocket", "object", "craft", "airplane", "airliner",
                    "gunboat", "corvette"})

#: verbs of closing a way ("closed the crossing", "shut the ports", "sealed its border")
CLOSING_VERBS = frozenset({"close", "shut", "seal"})
#: nouns of closing ("the closure of its airspace", "a border shutdown")
CLOSING_NOUNS = frozenset({"closure", "closing", "shutdown", "shutting", "sealing"})
#: passages between places and a state's missions: what a closure of news closes
PASSAGES = frozenset({"border", "frontier", "crossing", "checkpoint", "airspace", "port", "harbour", "harbor",
                      "airport", "strait", "straits", "canal", "pass", "embassy", "consulate", "seaport",
                      "waterway", "terminal", "crossings", "borders"})

INVOCATION = EventKind("REQUEST", "invocation", "verb")
#: verbs of calling a provision into force ("invoked Article 5", "activated the mechanism", "triggered the clause")
INVOKING_VERBS = frozenset({"invoke", "activate", "trigger"})
#: parts of a law, a treaty or a charter that a party invokes
PROVISIONS = frozenset({"article", "clause", "provision", "mechanism", "procedure", "chapter", "section",
                        "paragraph", "protocol"})
#: (type, sub-type) pairs whose roles the frames read (mentions._frame_roles): every kind of this module
FRAME_KINDS = frozenset({("MOBILIZE", "incursion"), ("RETREAT", "closure"), ("REQUEST", "invocation")})


def frame_kind(tok: Token) -> EventKind | None:
    """The kind of ``tok`` in one of the module's frames, or None when it is in none."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if lemma in CLOSING_VERBS and _closed_passage(tok):
            return CLOSURE_VERB
        if lemma in INVOKING_VERBS and any(provision(o) for o in _objects(tok)):
            return INVOCATION
        if lemma in ENTERING_VERBS | MOTION_VERBS | SENSING_VERBS:
            return _entry(tok)
        return None
    if tok.pos_ != "NOUN":
        return None
    if lemma in INCURSION_NOUNS or tok.lower_ in INCURSION_NOUNS:
        return INCURSION_NOUN
    if lemma in VIOLATION_NOUNS and _space_noun(tok):
        return INCURSION_NOUN
    if lemma in CLOSING_NOUNS and _closing_noun(tok):
        return CLOSURE_NOUN
    return None


def provision(tok: Token) -> bool:
    """"Article 4 of the treaty", "an emergency clause", "the bloc's crisis mechanism", "Chapter VII"."""
    return tok.lemma_.lower() in PROVISIONS or tok.lower_ in PROVISIONS


def _objects(verb: Token) -> list[Token]:
    """What the verb acts on: its object, its subject in the passive, and the objects conjoined to these."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return out + [c for o in out for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]


def _preps(tok: Token, words: frozenset[str]) -> list[Token]:
    """The objects of the word's prepositions among ``words`` ("into the airspace" -> [airspace])."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in words for g in c.children
            if g.dep_ == "pobj"]


def _subjects(verb: Token) -> list[Token]:
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        subs.append(verb.head)
    if not subs and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        subs = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subs


def _words(tok: Token) -> set[str]:
    """The noun and its compounds and adjectives, as lemmas and as written."""
    out = {tok.lemma_.lower(), tok.lower_}
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "det"):
            out |= {c.lemma_.lower(), c.lower_}
    return out


def space(tok: Token) -> bool:
    """A state's space or a bounded one: airspace, a border, "its territorial waters", "the exclusion zone",
    "Dorvan territory", "the territory of X"; not "uncharted territory", "the water", "the border region"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma, low = tok.lemma_.lower(), tok.lower_
    if lemma == "space" and any(c.lower_ == "air" for c in tok.children):
        return True  # "air space"
    if lemma in BOUNDED_SPACES or low in BOUNDED_SPACES:
        return True
    if lemma not in OWNED_SPACES and low not in OWNED_SPACES:
        return False
    if lemma == "water" and low != "waters":
        return False  # "entered the water": a swim, no state's waters
    if tok.ent_type_ in ("LOC", "GPE", "FAC"):
        return False  # the noun names a place itself ("the Black Sea", "the Coral Sea"): no state's space
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return any(m.lower_ in SPACE_MODIFIERS or m.lemma_.lower() in SPACE_MODIFIERS or
               m.ent_type_ in ("GPE", "NORP", "LOC") or m.dep_ == "poss" for m in mods) or any(
        o.ent_type_ in ("GPE", "NORP", "LOC") or o.pos_ == "PROPN" for o in _preps(tok, frozenset({"of"})))


def _entry(verb: Token) -> EventKind | None:
    """A craft, a force or anyone entering a space (module docstring); None when the verb enters no space."""
    lemma = verb.lemma_.lower()
    entered: list[Token] = []
    if lemma in ENTERING_VERBS:
        entered += [o for o in _objects(verb) if space(o)]
    if lemma in MOTION_VERBS and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        # "went down into the sea", "came down onto the field": a fall, no entry
        entered += [o for o in _preps(verb, frozenset({"into", "onto", "inside"})) if space(o)]
    if lemma in SENSING_VERBS:
        crafts = [o for o in _objects(verb) if _craft(o)]
        where = _preps(verb, frozenset({"in", "over", "inside", "into", "above", "within"}))
        where += [g for o in crafts for g in _preps(o, frozenset({"in", "over", "inside", "into", "above",
                                                                  "within"}))]
        if crafts and any(space(w) and w.lemma_.lower() not in ("border", "frontier") for w in where):
            return INCURSION_VERB
        return None
    if not entered:
        return None
    movers = _subjects(verb) if verb.dep_ != "nsubjpass" else []
    if lemma in ENTERING_VERBS and any(o.dep_ == "nsubjpass" for o in _objects(verb)):
        movers = _preps(verb, frozenset({"by"}))
    words = {w for m in movers for w in _words(m)}
    if words & CIVILIANS:
        return CROSSING  # "thousands of refugees crossed the border": people moving, no incursion
    if all(e.lemma_.lower() in ("border", "frontier") or e.lower_ in ("border", "frontier") for e in entered) and \
            not (words & ARMED_MOVERS or any(m.ent_type_ in ("GPE", "NORP") for m in movers)):
        return CROSSING  # "the reporters crossed the border at dawn": a crossing; armed men crossing it intrude
    return INCURSION_VERB


def _craft(tok: Token) -> bool:
    words = {tok.lemma_.lower(), tok.lower_}
    words |= {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"}  # "a pair of fighter jets"
    return bool(words & CRAFTS)


def _space_noun(noun: Token) -> bool:
    """"the violation of its airspace", "an airspace violation", "the intrusion into its waters", "a breach of
    the border"."""
    if noun.lemma_.lower() != "entry" and any(c.dep_ in ("compound", "nmod", "amod") and (
            space(c) or c.lemma_.lower() in ("air", "territorial", "maritime")) for c in noun.children):
        return True  # "an airspace violation", "a border breach" (not "the border entry point")
    return any(space(o) for o in _preps(noun, frozenset({"of", "into", "onto", "on", "in", "inside"})))


def _closed_passage(verb: Token) -> bool:
    """"closed the main border crossing", "shut three ports", "the airport was closed", "the border closed"."""
    if any(c.dep_ in ("advmod", "acomp") and c.lower_ in ("higher", "lower", "up", "down", "flat", "off")
           for c in verb.children) and not _objects(verb):
        return False  # "the index closed higher"
    closed = _objects(verb)
    if not any(c.dep_ == "dobj" for c in verb.children):
        closed += [c for c in verb.children if c.dep_ == "nsubj"]  # "the crossing will close at midnight"
    return any(passage(o) for o in closed)


def passage(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in PASSAGES or tok.lower_ in PASSAGES)


def _closing_noun(noun: Token) -> bool:
    """"the closure of its airspace", "a border closure", "the port's closure"."""
    if any(c.dep_ in ("compound", "nmod", "poss") and passage(c) for c in noun.children):
        return True
    return any(passage(o) for o in _preps(noun, frozenset({"of"})))
