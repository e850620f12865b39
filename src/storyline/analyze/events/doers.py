"""Ordinary verbs typed by the class of their doer or of the means they use: what the police, armed forces or a
government do with a word that is no event word of its own.

News tells many acts of a state with plain verbs ("patrolled", "lobbed", "scrapped", "outlawed", "appeared") whose
event is known only from who does them or with what. Each rule below reads that class, never the verb alone:

- **force used on a crowd** (COERCE/force_against_protest; ACLED's "excessive force against protesters", CAMEO 175
  "use tactics of violent repression"): a verb of firing, throwing or using whose object (or "with" phrase) is a
  means of crowd control ("lobbed tear gas canisters", "used water cannon on the crowd", "tear gas was fired",
  "fired rubber bullets"), and a crowd dispersed by someone ("police dispersed the protesters"; not "the crowd
  dispersed", nor "fired tear gas to disperse them", whose firing is the act). A protester throwing a canister back
  is no state's force.
- **forces shown in the streets** (MOBILIZE; CAMEO 15 "exhibit force posture"): armed forces, the police or their
  armoured vehicles patrolling ("armoured vehicles patrolled the streets", "troops patrolled the capital") or
  stationed or massed somewhere ("soldiers were stationed outside parliament", "troops massed at the border");
  "rangers patrolled the park" by unarmed people stays a movement.
- **a gathering outlawed** (COERCE/restriction; CAMEO 1721 "impose restrictions on political freedoms"): a verb of
  banning whose object is a gathering ("the police chief outlawed the planned demonstrations", "rallies were
  banned"), and a ban on one ("a ban on protests"); "banned plastic bags", "banned from driving" are none.
- **a state's own measure dropped** (RETREAT/easing, as a measure lifted is; PLOVER RETREAT: a party backing down):
  a verb of scrapping whose object is a tax, a policy or a law and whose doer is a state body ("the government
  scrapped some tax increases", "the cabinet abandoned the fuel levy", "the quota system was abolished"); a firm
  scrapping its plans, or "dropped the charges", is none.
- **out in the streets**: a crowd taking to the streets is a demonstration (PROTEST, CAMEO 141: "thousands took to
  the streets", "supporters poured into the streets"; not to celebrate, mourn or pray), armed forces doing so a
  show of force (MOBILIZE: "soldiers took to the streets of the capital").
- **people rounded up** (COERCE/arrest): "were rounded up by police", "troops rounded up dozens of men"; "rounded
  up the figures" is none.
- **an appearance in court** (JUSTICE/trial, ACE Justice.Trial-Hearing): "appeared in court on Tuesday", "will
  appear before a magistrate"; "appeared on television", "appeared to be" are none.

A court's acts told with ordinary verbs (approving, granting, denying, blocking) are its ruling: frames.py reads
them with the court's other rulings (lexicons/courts.py :data:`~storyline.lexicons.courts.BENCH_VERBS`).
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.ontology import EventKind
from storyline.analyze.events.senses import CROWD_WORDS, OTHER_GATHERINGS, labour_strike
from storyline.analyze.names.nominals import person_like
from storyline.lexicons import courts, violence
from storyline.lexicons.titles import STATE_BODIES

CROWD_FORCE = EventKind("COERCE", "force_against_protest", "verb")
FORCES_SHOWN = EventKind("MOBILIZE", None, "verb")
GATHERING_BANNED = EventKind("COERCE", "restriction", "verb")
GATHERING_BAN = EventKind("COERCE", "restriction", "noun")
MEASURE_DROPPED = EventKind("RETREAT", "easing", "verb")
COURT_APPEARANCE = EventKind("JUSTICE", "trial", "verb")
ROUNDED_UP = EventKind("COERCE", "arrest", "verb")
TAKEN_TO_THE_STREETS = EventKind("PROTEST", "demonstration", "verb")
PLACES_SHUT = EventKind("PROTEST", "demonstration", "verb")
#: verbs of shutting or blocking places ("shut businesses and schools", "blocked the highway", "paralysed the city")
BLOCKING_VERBS = frozenset({"shut", "close", "block", "blockade", "barricade", "seal", "paralyse", "paralyze",
                            "cripple", "occupy"})
#: who shuts or blocks places as a protest: protesters, and their gatherings and stoppages (CAMEO 143 "conduct strike
#: or boycott", 144 "obstruct passage, block")
PROTEST_DOERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "picketer", "protest",
                           "demonstration", "march", "rally", "picket", "sit-in", "blockade", "boycott"})
#: stoppages of work (a strike with arms is none: :func:`senses.labour_strike` tells)
STOPPAGES = frozenset({"strike", "walkout", "stoppage"})
#: verbs of a crowd or a force going out into the streets ("took to the streets", "poured into the streets")
STREET_VERBS = frozenset({"take", "pour", "spill", "flood", "stream", "surge", "head", "return"})
#: people a force rounds up who are no person noun of the lexicons ("rounded up dozens of men", "suspects")
PEOPLE = frozenset({"people", "man", "men", "woman", "women", "youth", "suspect", "protester", "protestor",
                    "activist", "migrant", "opponent", "dissident", "member", "supporter", "student", "person"})

#: verbs of letting off, throwing or using a means ("fired tear gas", "lobbed canisters", "used water cannon")
FORCE_VERBS = frozenset({"fire", "lob", "hurl", "throw", "shoot", "use", "spray", "unleash", "launch", "deploy",
                         "turn", "douse", "drench", "blast", "pelt", "wield", "employ"})
#: means of crowd control that need no modifier ("teargas", "batons", "truncheons", "pellets")
CONTROL_MEANS = frozenset({"teargas", "baton", "truncheon", "lathi", "pellet", "birdshot"})
#: heads of a means of crowd control with the word that makes them one ("tear gas", "water cannon", "rubber
#: bullets", "pepper spray", "stun grenades", "tear gas canisters")
CONTROL_HEADS = frozenset({"gas", "canister", "shell", "cannon", "bullet", "spray", "grenade", "round", "cartridge"})
CONTROL_MODIFIERS = frozenset({"tear", "teargas", "water", "rubber", "plastic", "pepper", "stun", "sound", "flash",
                               "rubber-coated"})
#: what is dispersed when a dispersal is force used on people ("dispersed the protesters", "the rally was dispersed")
CROWDS = frozenset({"crowd", "crowds", "protester", "protestor", "demonstrator", "demonstration", "protest", "rally",
                    "march", "marcher", "gathering", "assembly", "mob", "rioter", "sit-in", "student", "supporter",
                    "people", "youth", "activist"})
#: words of a crowd's size that stand before the people it is of ("thousands of protesters", "a group of students")
AMOUNTS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores", "group",
                     "groups", "number", "crowd", "crowds", "band", "tens"})
#: those in a crowd who use force themselves: their throwing is a riot's, not a state's force
CROWD_DOERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "mob", "youth", "crowd"})
#: verbs of forces shown in a place: patrolling it, or being stationed or massed there
PATROLLING = frozenset({"patrol"})
STATIONING = frozenset({"station", "mass", "amass", "garrison", "position"})
#: armoured vehicles ("armoured vehicles", "tanks", "APCs"): what a force patrols in
ARMOUR = frozenset({"tank", "apc", "humvee", "armour", "armor"})
ARMOUR_MODIFIERS = frozenset({"armoured", "armored", "military", "army", "police", "armour", "armor", "troop"})
#: verbs of banning ("outlawed the planned demonstrations", "rallies were banned")
BANNING_VERBS = frozenset({"ban", "outlaw", "prohibit", "forbid", "proscribe"})
#: gatherings a state outlaws (CAMEO 1721): protests, rallies, marches, strikes
GATHERINGS = frozenset({"demonstration", "protest", "rally", "march", "gathering", "assembly", "procession",
                        "sit-in", "vigil", "strike", "demonstrations", "protests", "rallies", "marches",
                        "gatherings", "assemblies", "processions", "strikes", "vigils", "picket", "pickets"})
#: verbs of dropping a measure one made ("scrapped the tax increases", "abandoned the levy", "abolished the quotas")
DROPPING_VERBS = frozenset({"scrap", "drop", "abandon", "shelve", "abolish", "rescind", "repeal", "reverse",
                            "cancel", "revoke", "roll", "lift"})
#: a state's measures whose dropping is its backing down ("tax increases", "the fuel levy", "the quota system")
POLICIES = frozenset({"tax", "taxes", "levy", "levies", "fee", "fees", "tariff", "tariffs", "vat", "duty", "duties",
                      "hike", "hikes", "increase", "increases", "policy", "policies", "law", "laws", "bill", "bills",
                      "reform", "reforms", "decree", "decrees", "quota", "quotas", "regulation", "regulations",
                      "rule", "rules", "requirement", "requirements", "subsidy", "subsidies", "surcharge", "mandate",
                      "legislation", "amendment", "amendments", "ordinance", "directive", "system",
                      # limits a state sets on prices, rents or rates ("lifted the caps on fuel prices")
                      "cap", "caps", "ceiling", "ceilings"})
#: of these, the heads that are a state's measure only with a word of policy before them ("the tax increases",
#: "the quota system"; not "an increase in attacks", "the sound system")
POLICY_HEADS_NEEDING_A_WORD = frozenset({"increase", "increases", "hike", "hikes", "system", "rule", "rules",
                                         "requirement", "requirements", "duty", "duties", "mandate"})
#: state bodies and office holders as doers (besides :data:`~storyline.lexicons.titles.STATE_BODIES`)
STATE_DOERS = frozenset(w for w in STATE_BODIES if " " not in w) | frozenset({
    "authority", "authorities", "administration", "regime", "state", "parliament", "legislature", "assembly",
    "congress", "senate", "council", "governor", "mayor", "treasury", "junta", "premier", "lawmaker", "lawmakers"})
#: where a defendant appears when the appearance is a court's sitting ("in court", "before a magistrate")
COURT_SEATS = courts.COURT_HEADS | frozenset({"dock", "courtroom"})


def doer_kind(tok: Token) -> EventKind | None:
    """The kind ``tok`` has by its doer's class or its means (module docstring), or None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        if lemma == "ban" and any(_gathering(o) for o in _preps(tok, frozenset({"on", "of"}))):
            return GATHERING_BAN  # "a ban on protests"
        return None
    if tok.pos_ != "VERB":
        return None
    if lemma in FORCE_VERBS and _crowd_force(tok):
        return CROWD_FORCE
    if lemma == "disperse" and _dispersal(tok):
        return CROWD_FORCE
    if lemma in PATROLLING | STATIONING and _forces_shown(tok):
        return FORCES_SHOWN
    if lemma in BANNING_VERBS and any(_gathering(o) for o in _objects(tok)) and not any(
            _bench(d) for d in _doers(tok)):
        return GATHERING_BANNED
    if lemma in DROPPING_VERBS and _measure_dropped(tok):
        return MEASURE_DROPPED
    if lemma == "appear" and _in_court(tok):
        return COURT_APPEARANCE
    if lemma in STREET_VERBS and any(_street(o) for o in _preps(tok, frozenset({"to", "into", "onto"}))):
        return _to_the_streets(tok)
    if lemma == "round" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and _rounded_up(tok):
        return ROUNDED_UP
    if lemma in BLOCKING_VERBS and protest_shuts(tok):
        return PLACES_SHUT
    return None


def protest_shuts(verb: Token) -> bool:
    """Is a verb of shutting or blocking done by protesters or a stoppage ("protest strikes have shut businesses",
    "demonstrators blocked the highway", "roads were blocked by protesters", "a general strike paralysed the
    port")? Then it is the protest, not a state's restriction (frames.py reads those): "police blocked the
    marchers", "an air strike shut the airport" are none."""
    for d in _doers(verb):
        key = _noun_key(d)
        if key in PROTEST_DOERS or (key in STOPPAGES and labour_strike(d)):
            return True
    return False


def _street(tok: Token) -> bool:
    return tok.lemma_.lower() == "street" or tok.lower_ == "streets"


def _to_the_streets(verb: Token) -> EventKind | None:
    """"Thousands took to the streets", "supporters poured into the streets" (a crowd: a demonstration, CAMEO 141),
    "soldiers took to the streets" (armed forces: force shown); not a crowd out to celebrate, mourn or pray."""
    doers = _doers(verb)
    if any(armed_body(d) for d in doers):
        return FORCES_SHOWN
    if any(t.lemma_.lower() in OTHER_GATHERINGS or t.lower_ in OTHER_GATHERINGS for t in verb.sent):
        return None
    crowd = any(w.lower_ in CROWD_WORDS or w.lemma_.lower() in CROWD_WORDS or _noun_key(w) in PEOPLE or
                w.ent_type_ in ("CARDINAL", "NORP") or (w.like_num and w.dep_ == "nummod")
                for d in doers for w in (d, *d.children))
    return TAKEN_TO_THE_STREETS if crowd else None


def _rounded_up(verb: Token) -> bool:
    """People rounded up by a force ("29 people who were rounded up by police", "troops rounded up dozens of
    men"); not "rounded up the figures" or "rounded up to the nearest hundred"."""
    if any(armed_body(d) for d in _doers(verb)):
        return True
    return any(o.ent_type_ in ("PERSON", "NORP") or person_like(_noun_key(o)) or _noun_key(o) in PEOPLE
               for o in _objects(verb))


def control_means(tok: Token) -> bool:
    """A means of crowd control: "tear gas", "teargas", "tear gas canisters", "water cannon", "rubber bullets",
    "pepper spray", "stun grenades", "batons"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in CONTROL_MEANS or tok.lower_ in CONTROL_MEANS:
        return True
    if lemma not in CONTROL_HEADS and tok.lower_ not in CONTROL_HEADS:
        return False
    words = {t.lower_ for t in tok.lefts for t in t.subtree if t.dep_ in ("compound", "amod", "nmod")} | \
        {t.lemma_.lower() for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod")}
    words |= {t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              for t in g.subtree}  # "canisters of tear gas"
    return bool(words & CONTROL_MODIFIERS)


def _crowd_force(verb: Token) -> bool:
    """"lobbed tear gas canisters", "used water cannon on the crowd", "tear gas was fired", "dispersed them with
    batons"; not when protesters throw (a riot's stones and the canisters thrown back)."""
    if any(_noun_key(d) in CROWD_DOERS for d in _doers(verb)):
        return False
    means = _objects(verb) + _preps(verb, frozenset({"with"}))
    return any(control_means(m) for m in means)


def _dispersal(verb: Token) -> bool:
    """"police dispersed the protesters", "the rally was dispersed with tear gas"; not "the crowd dispersed" (it
    left), nor a dispersal that is the purpose of the force told ("fired tear gas to disperse them")."""
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
            verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in FORCE_VERBS | {"disperse"}:
        return False
    dispersed = _objects(verb)
    # a crowd told by its size ("dispersed thousands of protesters", "hundreds of students were dispersed"): the
    # object is the number, the crowd the people it is of
    dispersed += [g for o in dispersed if o.lemma_.lower() in AMOUNTS or o.lower_ in AMOUNTS or o.like_num
                  for g in _preps(o, frozenset({"of"}))]
    return any(_noun_key(o) in CROWDS or o.lemma_.lower() in CROWDS for o in dispersed)


def _forces_shown(verb: Token) -> bool:
    """"armoured vehicles patrolled the streets", "troops patrolled the capital", "soldiers were stationed outside
    parliament", "the army massed tanks at the border"."""
    lemma = verb.lemma_.lower()
    shown = subjects(verb)
    if lemma in STATIONING:
        shown += [c for c in verb.children if c.dep_ == "dobj"]
    return any(armed_body(s) for s in shown)


def armed_body(tok: Token) -> bool:
    """The state's armed forces, the police or their armoured vehicles: "troops", "the police", "security forces",
    "armoured military vehicles", "tanks"."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")} | \
        {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in violence.STATE_FORCE_HEADS or low in violence.STATE_FORCE_HEADS or lemma in ("troops", "police"):
        return True
    if lemma in violence.FORCE_HEADS and mods & violence.STATE_FORCE_MODIFIERS:
        return True  # "security forces", "special units"
    if lemma in ARMOUR or low in ARMOUR:
        return True
    return lemma in ("vehicle", "carrier") and bool(mods & ARMOUR_MODIFIERS)


def _gathering(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in GATHERINGS or tok.lower_ in GATHERINGS)


def _measure_dropped(verb: Token) -> bool:
    """"the government scrapped some tax increases", "the cabinet abandoned the fuel levy", "the quota system,
    which had been abolished"; not "the firm scrapped its plans", "prosecutors dropped the charges"."""
    lemma = verb.lemma_.lower()
    prts = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma == "roll" and "back" not in prts:
        return False  # "rolled back the tax", not "tanks rolled in"
    dropped = _objects(verb)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "dobj" for c in verb.children):
        dropped.append(verb.head)  # "the quota system, which had been abolished in 2018"
    if not any(_policy(o) for o in dropped):
        return False
    doers = _doers(verb)
    if not doers:
        return verb.tag_ == "VBN"  # "was abolished", "the levy, which had been scrapped": a measure undone
    return any(_state_doer(d) for d in doers)


def _policy(tok: Token) -> bool:
    """A state's tax, policy or law: "some tax increases", "the fuel levy", "the quota system", "the finance bill"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma, low = tok.lemma_.lower(), tok.lower_
    if lemma not in POLICIES and low not in POLICIES:
        return False
    if lemma in POLICY_HEADS_NEEDING_A_WORD or low in POLICY_HEADS_NEEDING_A_WORD:
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        return bool(mods & (POLICIES - POLICY_HEADS_NEEDING_A_WORD))
    return True


def _state_doer(tok: Token) -> bool:
    """A state body or office holder: "the government", "the cabinet", "the finance ministry", "the authorities",
    "the prime minister"."""
    words = {tok.lemma_.lower(), tok.lower_}
    return bool(words & STATE_DOERS)


def _in_court(verb: Token) -> bool:
    """"appeared in court on Tuesday", "will appear before a magistrate", "appeared at the district court"; not
    "appeared on television", "appeared to be"."""
    if any(c.dep_ in ("xcomp", "acomp", "attr", "ccomp") for c in verb.children):
        return False
    return any(o.lemma_.lower() in COURT_SEATS or o.lower_ in COURT_SEATS
               for o in _preps(verb, frozenset({"in", "before", "at"})))


def _bench(tok: Token) -> bool:
    """A court or a judge itself ("the court", "Judge X"), not its spokesman."""
    words = {tok.lower_, tok.lemma_.lower()} | {c.lower_ for c in tok.children if c.dep_ == "compound"}
    return bool(words & courts.COURT_HEADS) and (
        tok.lemma_.lower() in courts.COURT_HEADS or tok.lower_ in courts.COURT_HEADS or tok.pos_ == "PROPN")


def _noun_key(tok: Token) -> str:
    """A noun's lemma, also where the tagger kept a capitalised plural ("Protesters threw ...")."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma == tok.lower_ and lemma.endswith("ers") else lemma


def _objects(verb: Token) -> list[Token]:
    """What the verb acts on: its object, its subject in the passive, and the objects conjoined to these."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return out + [c for o in out for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects: its own, the noun a relative clause or participle hangs on, else its head verb's
    (frames reads them too)."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        subs.append(verb.head)
    if not subs and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        subs = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subs


def _doers(verb: Token) -> list[Token]:
    """Who does what the verb tells: its active subjects and its "by" agent; for "hundreds of protesters", the
    people it is of."""
    doers = [s for s in subjects(verb) if s.dep_ != "nsubjpass" and not (
        verb.dep_ == "relcl" and s.i == verb.head.i and any(c.dep_ == "nsubjpass" for c in verb.children))]
    doers += [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children
              if g.dep_ == "pobj"]
    return doers + [g for d in doers for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]


def _preps(tok: Token, words: frozenset[str]) -> list[Token]:
    """The objects of the word's prepositions among ``words``."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in words for g in c.children
            if g.dep_ == "pobj"]
