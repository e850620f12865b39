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
- **a restriction imposed** (COERCE/restriction): a verb of closing, cutting or blocking whose object (or
  subject, intransitive or passive) is a means of communication ("shut down the internet", "mobile networks were
  cut", "blocked social media platforms", "suspended mobile data services") or a public place of gathering, work
  or study ("ordered all schools closed", "closed the markets", "the university was shut"), and the nouns of the
  act with one ("an internet shutdown", "a communications blackout", "the closure of schools", "a ban on social
  media"). CAMEO 172 (restrictions imposed by a state) under 17 COERCE; "cut taxes", "closed the deal", "a
  blackout after the storm", "the school closed at noon for the holidays" with no means or place are not.
- **relations severed** (SANCTION/suspension, told like the suspension of relations; CAMEO 161, PLOVER
  SANCTION): a verb of severing whose object is a state's relations ("severed diplomatic relations", "broke off
  ties with X", "cut ties", "relations were ruptured") and the nouns of the act ("the rupture of diplomatic
  relations", "a break in relations"); "cut taxes", "broke the record" are none (lexicons/ties.py).
- **a mission leaving its post** (RETREAT/withdrawal, as a recall is): a verb of leaving whose subject is a
  state's diplomats or its mission's staff, with a place as object or none ("diplomatic personnel left Orvania on
  Sunday", "the expelled diplomats departed the capital", "our diplomats and their families have now left");
  "the envoy left the meeting", "left 32 dead" are none, and so is anyone else leaving a place (freed captives
  flown out are their release's news: a MOVE of its own split the release; lexicons/motion.py).
- **a court's ruling** (JUSTICE/ruling): a verb of deciding whose subject is a court or a judge ("a tribunal ruled
  the arrest illegal", "a court decided that the suspect stays in custody", "the judge declared ..."; not "ruled
  out") and the nouns of its decision ("the ruling", "its Friday ruling", "the verdict"; "judgment" only with a
  court: "the court's judgment"); "the ruling party" is none. What a ruling judges ("ruled the arrest illegal")
  is the act judged, not the court's own step (lexicons/courts.py).
- **a suspect sent to prosecutors** (JUSTICE/referral): a verb of passing on with "to" the prosecution ("was
  sent to prosecutors on suspicion of murder", "the case was referred to the prosecutor's office", "handed over
  to prosecutors").
- **a measure imposed** (COERCE/martial_law, COERCE/state_of_emergency, COERCE/curfew; CAMEO 1723 "impose
  curfew", 1724 "impose state of emergency or martial law", both PLOVER COERCE): a verb of declaring or imposing
  whose object (or passive subject) is martial law, a state of emergency or a curfew ("declared martial law",
  "a state of emergency was declared", "imposed a nationwide curfew", "placed the province under martial law"),
  and the nouns of the act with one ("the declaration of martial law", "his martial law declaration", "the
  imposition of a curfew", "the martial law decree"). The measure named is what is imposed, no event of its own.
  Undoing one ("lifted martial law", "the curfew was eased") is an easing (RETREAT/easing: CAMEO 0813/0814 "ease
  curfew", "ease state of emergency or martial law", which PLOVER codes RETREAT). "Declared his candidacy", "a
  declaration of war", "imposed sanctions" are none of these.
- **a legislature's vote** (AGREE/vote when it passes, REJECT/vote when it fails; the gold of real coverage takes a
  vote as an act of its own, apart from the motion filed and from what the motion asks): "voted" with a
  legislature or its members as subject ("lawmakers voted 204-85 to impeach her", "the assembly's 190 members
  unanimously voted to lift martial law"; "voted against", "voted down the bill" fail), a motion passing or
  failing ("the impeachment motion passed with 204 votes", "parliament adopted the resolution", "the motion
  failed", "the bill fell short of the 200 votes needed", "the motion was voted down"); and **a motion filed**
  (REQUEST/motion, a formal call on the body to act): "submitted a motion to impeach the president", "tabled a
  no-confidence motion", "the parties who brought the impeachment motion". Voters in an election are no
  legislature ("Teslanders voted on Saturday"), "passed away" and "failed to" are not a motion's fate.
- **a provision invoked** (REQUEST/invocation): a verb of invoking whose object is a provision of a law, a
  treaty or a charter ("three members invoked Article 4 of the treaty", "the court invoked an emergency clause",
  "activated the bloc's crisis mechanism"): a formal call for what the provision grants; "invoked the memory of",
  "triggered an outcry" are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.doers import protest_shuts
from storyline.analyze.events.doers import subjects as _subjects
from storyline.analyze.events.ontology import EventKind
from storyline.analyze.names.nominals import person_like
from storyline.lexicons import courts, motion, ties, votes
from storyline.lexicons.titles import DIPLOMATS

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

RESTRICTION_VERB = EventKind("COERCE", "restriction", "verb")
RESTRICTION_NOUN = EventKind("COERCE", "restriction", "noun")
#: verbs of cutting or blocking a means of communication ("cut the internet", "blocked social media")
CUTTING_VERBS = frozenset({"cut", "block", "suspend", "disconnect", "disable", "throttle", "restrict", "ban",
                           "switch", "turn", "jam"})
#: nouns of the act ("an internet blackout", "a ban on social media", "a communications shutdown")
CUTTING_NOUNS = frozenset({"blackout", "ban", "cut", "cutoff", "disruption", "suspension", "blocking", "restriction"})
#: means of communication a state shuts ("the internet", "mobile networks", "social media", "phone lines")
COMMUNICATIONS = frozenset({"internet", "online", "broadband", "telecommunication", "telecommunications", "telecom",
                            "communication", "communications", "phone", "telephone", "mobile", "cellular", "cell",
                            "wifi", "messaging", "website", "websites", "platform", "platforms", "facebook",
                            "twitter", "whatsapp", "telegram", "youtube", "tiktok", "instagram", "broadcast",
                            "broadcaster", "broadcasting", "radio", "television", "tv", "network", "networks", "sms",
                            "social", "media", "connectivity", "data", "signal"})
#: of these, the words that name a means alone (the others need a word of the trade: "mobile services")
COMM_HEADS = frozenset({"internet", "broadband", "telecommunications", "communications", "connectivity", "website",
                        "websites", "facebook", "twitter", "whatsapp", "telegram", "youtube", "tiktok", "instagram",
                        "wifi", "sms", "broadcaster"})
#: public places of gathering or study that a state closes as a measure ("ordered schools closed"; not a firm's own
#: shops, offices or plants, which it closes as a business)
PUBLIC_PLACES = frozenset({"school", "schools", "university", "universities", "college", "colleges", "campus",
                           "market", "markets", "marketplace", "mosque", "mosques", "church", "churches", "cinema",
                           "cinemas", "bar", "bars", "park", "parks", "beach", "beaches", "court", "courts",
                           "parliament", "stadium", "stadiums"})
#: undoing a measure: PLOVER RETREAT (CAMEO 0813 "ease curfew", 0814 "ease state of emergency or martial law", 085
#: "ease economic sanctions"), the way a state backs off a step it took
EASING_VERB = EventKind("RETREAT", "easing", "verb")
EASING_NOUN = EventKind("RETREAT", "easing", "noun")
#: verbs and nouns of undoing a measure ("lifted the ban", "eased the curfew", "the lifting of the blockade")
EASING_VERBS = frozenset({"lift", "ease", "rescind", "revoke", "relax", "scrap", "reverse", "repeal", "overturn",
                          "end", "loosen", "withdraw"})
#: verbs of giving back a means of communication ("restored internet access", "unblocked social media")
RECONNECTING_VERBS = frozenset({"restore", "reconnect", "unblock", "unban"})
EASING_NOUNS = frozenset({"lifting", "easing", "repeal", "reversal", "relaxation", "revocation", "end"})
#: measures a state imposes and may undo: restrictions, curfews, blockades, emergencies (CAMEO 172/191 under 17
#: COERCE; undone: 081 "ease administrative sanctions", 0813 "ease curfew", 0814 "ease state of emergency")
MEASURES = frozenset({"ban", "restriction", "restrictions", "curfew", "blockade", "shutdown", "blackout", "lockdown",
                      "emergency", "martial", "siege", "embargo", "suspension", "closure", "measure", "measures",
                      "decree"})
#: the emergency measures a state declares or imposes, by sub-type (CAMEO 1723 curfew, 1724 state of emergency or
#: martial law)
MARTIAL_LAW, STATE_OF_EMERGENCY, CURFEW = "martial_law", "state_of_emergency", "curfew"
IMPOSED_VERBS = {sub: EventKind("COERCE", sub, "verb") for sub in (MARTIAL_LAW, STATE_OF_EMERGENCY, CURFEW)}
IMPOSED_NOUNS = {sub: EventKind("COERCE", sub, "noun") for sub in (MARTIAL_LAW, STATE_OF_EMERGENCY, CURFEW)}
#: verbs of putting a measure in force ("declared martial law", "imposed a curfew", "enforced a nationwide curfew")
IMPOSING_VERBS = frozenset({"declare", "impose", "proclaim", "introduce", "enforce", "reimpose", "re-impose",
                            "institute", "order", "announce", "slap", "clamp", "decree", "establish"})
#: verbs that put a place "under" a measure ("placed the province under martial law")
PLACING_VERBS = frozenset({"place", "put"})
#: nouns of putting a measure in force ("the declaration of martial law", "a curfew order", "the martial law decree")
IMPOSING_NOUNS = frozenset({"declaration", "imposition", "proclamation", "introduction", "decree", "order",
                            "announcement", "reimposition", "decision", "enforcement"})
VOTE_PASSED = EventKind("AGREE", "vote", "verb")
VOTE_FAILED = EventKind("REJECT", "vote", "verb")
MOTION_FILED = EventKind("REQUEST", "motion", "verb")
INVOCATION = EventKind("REQUEST", "invocation", "verb")
#: verbs of calling a provision into force ("invoked Article 5", "activated the mechanism", "triggered the clause")
INVOKING_VERBS = frozenset({"invoke", "activate", "trigger"})
#: parts of a law, a treaty or a charter that a party invokes
PROVISIONS = frozenset({"article", "clause", "provision", "mechanism", "procedure", "chapter", "section",
                        "paragraph", "protocol"})
#: (type, sub-type) pairs whose roles the frames read (mentions._frame_roles): every kind of this module
FRAME_KINDS = frozenset({("MOBILIZE", "incursion"), ("RETREAT", "closure"), ("REQUEST", "invocation"),
                         ("COERCE", "restriction"), ("RETREAT", "easing"), ("COERCE", MARTIAL_LAW),
                         ("COERCE", STATE_OF_EMERGENCY), ("COERCE", CURFEW), ("AGREE", "vote"),
                         ("REJECT", "vote"), ("REQUEST", "motion")})


#: the unions and differences of the word sets above that the functions below test, made once (not per token)
_EASING_VERBS_NOUNS = EASING_VERBS | EASING_NOUNS
_EASING_WORDS = EASING_VERBS | EASING_NOUNS | RECONNECTING_VERBS
_CLOSING_CUTTING_VERBS = CLOSING_VERBS | CUTTING_VERBS
_ENTRY_VERBS = ENTERING_VERBS | MOTION_VERBS | SENSING_VERBS
_CLOSING_CUTTING_NOUNS = CLOSING_NOUNS | CUTTING_NOUNS
_PLAIN_MEASURES = MEASURES - {"martial", "emergency"}
_VOTE_VERBS = votes.FILING_VERBS | votes.PASSING_VERBS | votes.FAILING_VERBS | votes.FAILED_PASSIVES
_CUTTING_NOT_SUSPENDING = CUTTING_VERBS - {"suspend", "restrict"}
_COURT_VERBS = courts.RULING_VERBS | courts.BENCH_VERBS
#: verbs a court's ruling only with the bench itself as doer (:func:`_bench_ruling`)
_BENCH_ONLY = courts.BENCH_VERBS - courts.RULING_VERBS
_PLAIN_COMMUNICATIONS = COMMUNICATIONS - {"data", "signal", "network"}


# (CAMEO 161 "reduce or break diplomatic relations": PLOVER SANCTION, as the suspension of services to a state is)
SEVERING_VERB = EventKind("SANCTION", "suspension", "verb")
SEVERING_NOUN = EventKind("SANCTION", "suspension", "noun")
MISSION_LEAVES = EventKind("RETREAT", "withdrawal", "verb")
RULING_VERB = EventKind("JUSTICE", "ruling", "verb")
RULING_NOUN = EventKind("JUSTICE", "ruling", "noun")
REFERRAL = EventKind("JUSTICE", "referral", "verb")
#: general nouns of a place left ("left the country", "departed the capital")
PLACE_NOUNS = frozenset({"country", "capital", "city", "territory", "nation", "island", "region", "province"})
#: what a ruling says of an act it judges ("ruled the arrest illegal", "declared the detention arbitrary")
LEGALITY = frozenset({"illegal", "unlawful", "legal", "lawful", "arbitrary", "unconstitutional", "constitutional",
                      "invalid", "valid", "void", "null"})


def frame_kind(tok: Token) -> EventKind | None:
    """The kind of ``tok`` in one of the module's frames, or None when it is in none."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _COURT_VERBS and ruling_verb(tok):
        return RULING_VERB  # "an appeals court overturned the ban": a court undoing a measure rules (no easing)
    if lemma in _EASING_WORDS and _eases(tok):
        return EASING_VERB if tok.pos_ == "VERB" else EASING_NOUN
    if tok.pos_ == "VERB":
        if lemma in IMPOSING_VERBS | PLACING_VERBS and (imposed := _imposed(tok)) is not None:
            return IMPOSED_VERBS[imposed]
        if (lemma in _VOTE_VERBS or lemma == "vote") and (voted := _vote(tok)) is not None:
            return voted
        if lemma in ties.SEVERING_VERBS and _severed(tok):
            return SEVERING_VERB
        if lemma in motion.LEAVING_VERBS and (left := _left(tok)) is not None:
            return left
        if lemma in courts.CONFIRMING_VERBS and confirming_verb(tok):
            return RULING_VERB  # "judges confirmed the arrest of 23", "the appeals court upheld the sentence"
        if lemma in courts.REFERRAL_VERBS and _referred(tok):
            return REFERRAL
        if lemma in _CLOSING_CUTTING_VERBS and protest_shuts(tok):
            return None  # "protest strikes have shut schools", "demonstrators blocked the road": the protest (doers.py)
        if lemma in CLOSING_VERBS and _closed_passage(tok):
            return CLOSURE_VERB
        if lemma in _CLOSING_CUTTING_VERBS and _restricted(tok):
            return RESTRICTION_VERB
        if lemma in INVOKING_VERBS and any(provision(o) for o in _objects(tok)):
            return INVOCATION
        if lemma in _ENTRY_VERBS:
            return _entry(tok)
        return None
    if tok.pos_ != "NOUN":
        return None
    if lemma in IMPOSING_NOUNS and (imposed := _imposed_by_noun(tok)) is not None:
        return IMPOSED_NOUNS[imposed]
    if lemma in ties.SEVERING_NOUNS and any(_ties(o) for o in _preps(tok, frozenset({"of", "in"}))):
        return SEVERING_NOUN
    if lemma in courts.RULING_NOUNS and _ruling_noun(tok):
        return RULING_NOUN
    if lemma in INCURSION_NOUNS or tok.lower_ in INCURSION_NOUNS:
        return INCURSION_NOUN
    if lemma in VIOLATION_NOUNS and _space_noun(tok):
        return INCURSION_NOUN
    if lemma in CLOSING_NOUNS and _closing_noun(tok):
        return CLOSURE_NOUN
    if lemma in _CLOSING_CUTTING_NOUNS and _restriction_noun(tok):
        return RESTRICTION_NOUN
    return None


def measure(tok: Token) -> bool:
    """A measure a state imposes: "the ban", "restrictions", "the curfew", "the state of emergency", "martial law",
    "the internet shutdown", "the blockade"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = {tok.lemma_.lower(), tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if words & {"martial"} or (tok.lemma_.lower() == "state" and any(
            o.lemma_.lower() == "emergency" for o in _preps(tok, frozenset({"of"})))):
        return True  # "martial law", "the state of emergency"
    return tok.lemma_.lower() in _PLAIN_MEASURES or tok.lower_ in _PLAIN_MEASURES


def emergency(tok: Token) -> str | None:
    """The emergency measure a noun names, as a sub-type: "martial law", "emergency martial law", "a state of
    emergency", "emergency rule", "a national emergency", "a curfew", "a night-time curfew"; None for anything else
    ("the law", "an emergency meeting", "emergency services")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = tok.lemma_.lower()
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if lemma == "curfew" or tok.lower_ == "curfew":
        return CURFEW
    if lemma == "law" and "martial" in mods:
        return MARTIAL_LAW
    if lemma == "state" and any(o.lemma_.lower() == "emergency" for o in _preps(tok, frozenset({"of"}))):
        return STATE_OF_EMERGENCY
    if lemma == "rule" and mods & {"emergency", "military", "martial"}:
        return MARTIAL_LAW if mods & {"military", "martial"} else STATE_OF_EMERGENCY
    if lemma == "emergency" and tok.dep_ in ("dobj", "nsubjpass", "pobj") and (
            mods & {"national", "nationwide", "public", "humanitarian"} or
            any(c.dep_ == "det" for c in tok.children)):
        return STATE_OF_EMERGENCY  # "declared a national emergency", "an emergency was declared"
    return None


def _imposed(verb: Token) -> str | None:
    """"declared martial law", "a state of emergency was declared", "imposed a nationwide curfew", "enforced a
    curfew", "placed the province under martial law"; not "declared his candidacy", "imposed sanctions"."""
    lemma = verb.lemma_.lower()
    if lemma in PLACING_VERBS:
        things = _preps(verb, frozenset({"under"}))
    else:
        things = _objects(verb)
        if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children):
            things.append(verb.head)  # "the curfew it had imposed four days ago", "the martial law he declared"
    for t in things:
        sub = emergency(t)
        if sub is not None:
            return sub
    return None


def _imposed_by_noun(noun: Token) -> str | None:
    """"the declaration of martial law", "his martial law declaration", "the imposition of a curfew", "a curfew
    order", "Tuesday's emergency martial law decree"; not "a declaration of war", "an emergency order" alone."""
    things = _preps(noun, frozenset({"of"}))
    things += [c for c in noun.children if c.dep_ in ("compound", "nmod")]
    for t in things:
        sub = emergency(t)
        if sub is not None:
            return sub
    if any(c.dep_ == "amod" and c.lower_ == "martial" for c in noun.children):
        return MARTIAL_LAW  # "the martial declaration" (a parse that hangs "martial" on the noun)
    return None


def measure_imposed(tok: Token) -> bool:
    """The measure a declaring or imposing verb or noun puts in force ("declared martial law", "the curfew was
    imposed", "the declaration of martial law", "a curfew order"): what is imposed, no event of its own."""
    if emergency(tok) is None:
        return False
    head = tok.head
    if tok.dep_ == "pobj":
        prep, head = tok.head, tok.head.head
        if prep.lower_ == "under":
            return head.pos_ == "VERB" and head.lemma_.lower() in PLACING_VERBS and _imposed(head) is not None
        if prep.lower_ != "of":
            return False
    elif tok.dep_ not in ("dobj", "nsubjpass", "compound", "nmod"):
        return False
    return frame_kind(head) in (*IMPOSED_VERBS.values(), *IMPOSED_NOUNS.values())


def _legislators(tok: Token) -> bool:
    """A legislature or its members: "parliament", "lawmakers", "the assembly's 190 members", "MPs from
    the ruling party", "the Senate"."""
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.lower_ in ("members", "member"):
        words |= {w.lower_ for c in tok.children if c.dep_ in ("poss", "compound", "prep") for w in c.subtree}
    else:
        words |= {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    return bool(words & votes.LEGISLATORS) or "parliamentary" in words


def motion_noun(tok: Token) -> bool:
    """A motion a legislature votes on: "the motion", "an impeachment motion", "the bill", "a resolution"."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in votes.MOTIONS or tok.lemma_.lower() in votes.MOTIONS)


def _vote(verb: Token) -> EventKind | None:
    """A legislature's vote or a motion's filing (module docstring), or None."""
    lemma = verb.lemma_.lower()
    prts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    subjects = [s for s in _subjects(verb) if s.dep_ == "nsubj"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "vote" and not passive:
        if not any(_legislators(s) for s in subjects):
            return None  # "voters voted on Sunday": an election
        if any(motion_noun(o) for o in _preps(verb, frozenset({"on"}))) and not (prts | preps) & votes.AGAINST:
            return None  # "lawmakers began voting on the motion": no outcome told
        return VOTE_FAILED if (prts | preps) & votes.AGAINST else VOTE_PASSED  # "voted to reject X" passed
    if lemma in votes.FILING_VERBS:
        return MOTION_FILED if any(motion_noun(o) for o in objects + passive) and lemma != "put" else None
    if lemma in votes.PASSING_VERBS:
        if lemma == "pass" and prts & {"away", "on", "by", "through", "over"}:
            return None  # "passed away", "passed on the news"
        return VOTE_PASSED if any(motion_noun(o) for o in objects + passive) or (
            not objects and any(motion_noun(s) for s in subjects)) else None
    if lemma in votes.FAILING_VERBS:
        if any(c.dep_ == "xcomp" for c in verb.children) and lemma == "fail":
            return None  # "failed to win a majority": the act tried, not the motion's fate
        if lemma == "fall" and not (prts | preps) & {"short", "through", "flat"}:
            return None  # "the bill fell short", "fell through"; not "support fell"
        return VOTE_FAILED if any(motion_noun(s) or _motion_pronoun(s) for s in subjects) else None
    if lemma in votes.FAILED_PASSIVES and passive:
        if lemma == "vote" and "down" not in prts:
            return None
        return VOTE_FAILED if any(motion_noun(p) for p in passive) else None
    return None


def _motion_pronoun(tok: Token) -> bool:
    """"it" for a motion named before it in the sentence ("the second ballot on the bill, after it failed")."""
    return tok.lower_ == "it" and any(motion_noun(t) for t in tok.sent if t.i < tok.i)


def _undone(tok: Token) -> list[Token]:
    """What an easing verb or noun undoes: its object, its passive subject, or its "of"/"on" object."""
    if tok.pos_ == "VERB":
        return _objects(tok)
    return _preps(tok, frozenset({"of", "on"}))


def _eases(tok: Token) -> bool:
    """"lifted the ban on social media", "the curfew was eased", "the lifting of the state of emergency",
    "repealed martial law"; not "lifted the weights", "the end of the war", "ended the talks"."""
    if tok.lemma_.lower() in RECONNECTING_VERBS:
        return any(communications(o) for o in _undone(tok))  # "restored internet access", "unblocked the sites"
    return any(measure(o) and not _episode_ended(tok, o) for o in _undone(tok))


def _episode_ended(undoing: Token, undone: Token) -> bool:
    """A siege "ended" is an episode over ("troops ended a siege of the armed men", "the end of the siege": most
    often a hostage siege stormed), no measure undone; a siege "lifted" or "eased" is the measure undone."""
    return undone.lemma_.lower() == "siege" and undoing.lemma_.lower() == "end"


def measure_undone(tok: Token) -> bool:
    """A measure that an easing acts on ("lifted the ban", "the curfew was lifted", "the lifting of the curfew")."""
    if not measure(tok) or tok.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ not in ("of", "on"):
        return False
    return head.lemma_.lower() in _EASING_VERBS_NOUNS and (tok.dep_ != "pobj" or head.pos_ == "NOUN") and \
        not _episode_ended(head, tok)


def communications(tok: Token) -> bool:
    """A means of communication: "the internet", "mobile networks", "social media", "phone lines", "mobile data
    services", "access to messaging apps"; not "the network of tunnels", "data on prices", "the media said"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = {tok.lemma_.lower(), tok.lower_}
    if head & COMM_HEADS:
        return True
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if head & {"access", "service", "services", "line", "lines", "connection", "connections", "app", "apps",
               "account", "accounts"} | COMMUNICATIONS and mods & COMMUNICATIONS:
        return True  # "mobile services", "phone lines", "social media", "messaging apps"
    return bool(head & {"access", "connection"}) and any(communications(o) for o in _preps(tok, frozenset({"to"})))


def public_place(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in PUBLIC_PLACES or tok.lower_ in PUBLIC_PLACES)


def _restricted(verb: Token) -> bool:
    """"shut down the internet", "mobile networks were cut", "blocked social media", "ordered schools closed"."""
    lemma = verb.lemma_.lower()
    prts = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma in ("switch", "turn") and "off" not in prts:
        return False  # "switched off the internet", not "turned to the internet"
    closed = _objects(verb)
    if not any(c.dep_ == "dobj" for c in verb.children):
        closed += [c for c in verb.children if c.dep_ == "nsubj"]  # "all schools will close"
    if verb.dep_ in ("acl", "amod", "oprd", "xcomp", "ccomp") and verb.head.pos_ in ("NOUN", "PROPN"):
        closed.append(verb.head)  # "schools closed by the order"
    if verb.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and verb.head.pos_ == "VERB":
        closed += [c for c in verb.head.children if c.dep_ == "dobj"]  # "ordered schools closed"
    if any(communications(o) for o in closed):
        return True
    if lemma in _CUTTING_NOT_SUSPENDING:
        return bool(lemma in ("cut", "block") and any(communications(o) for o in _preps(verb, frozenset({"to"}))))
    return any(public_place(o) and not _preps(verb, frozenset({"for", "at"})) for o in closed)


def _restriction_noun(noun: Token) -> bool:
    """"an internet shutdown", "a communications blackout", "the closure of schools", "a ban on social media"."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")]
    if any(communications(c) or c.lemma_.lower() in _PLAIN_COMMUNICATIONS for c in mods):
        return True
    objs = _preps(noun, frozenset({"of", "on", "to"}))
    if any(communications(o) for o in objs):
        return True
    return noun.lemma_.lower() in CLOSING_NOUNS and any(public_place(o) for o in _preps(noun, frozenset({"of"})))


def provision(tok: Token) -> bool:
    """"Article 4 of the treaty", "an emergency clause", "the bloc's crisis mechanism", "Chapter VII"."""
    return tok.lemma_.lower() in PROVISIONS or tok.lower_ in PROVISIONS


def _objects(verb: Token) -> list[Token]:
    """What the verb acts on: its object, its subject in the passive, and the objects conjoined to these."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return out + [c for o in out for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]

    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    if not aux or aux[0].i == 0:
        return None
    before = verb.doc[aux[0].i - 1]
    if before.pos_ in ("NOUN", "PROPN") and before.dep_ == "conj" and before.head.i < before.i and \
            before.head.pos_ in ("NOUN", "PROPN"):
        return before
    return None


def _preps(tok: Token, words: frozenset[str]) -> list[Token]:
    """The objects of the word's prepositions among ``words`` ("into the airspace" -> [airspace])."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in words for g in c.children
            if g.dep_ == "pobj"]


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


def _ties(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in ties.TIES or tok.lemma_.lower() in ties.TIES)


def _severed(verb: Token) -> bool:
    """"severed diplomatic relations", "broke off ties with X", "relations were cut"; not "cut taxes"."""
    return any(_ties(o) for o in _objects(verb))


def _people(tok: Token) -> bool:
    """A person or a body of people: a name, a personal pronoun, a noun for a person or for travellers."""
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in ("he", "she", "they", "we") or \
        person_like(tok.lemma_.lower()) or tok.lower_ in motion.TRAVELLERS or tok.lemma_.lower() in motion.TRAVELLERS


def _mission(people: list[Token]) -> bool:
    """Diplomats or a mission's staff ("diplomatic personnel", "embassy staff", "the ambassador and two consuls")."""
    for p in people + [c for g in people for c in g.conjuncts]:
        words = {p.lemma_.lower(), p.lower_} | {c.lower_ for c in p.children if c.dep_ in ("amod", "compound")}
        if words & DIPLOMATS or words & motion.MISSION_WORDS:
            return True
    return False


def place_left(tok: Token) -> bool:
    """A place people leave: a named place or "the country", "the capital"."""
    return tok.ent_type_ in ("GPE", "LOC") or (tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_NOUNS)


def _left(verb: Token) -> EventKind | None:
    """A state's diplomats or its mission's staff leaving their post (module docstring): its withdrawal of them.
    Anyone else leaving a place is no act of this frame (freed captives flown out are their release's news)."""
    if any(c.dep_ in ("xcomp", "oprd", "acomp", "ccomp", "dative") for c in verb.children):
        return None  # "left 32 dead", "left them wounded": what an act left behind
    if verb.dep_ in ("amod", "acl") and verb.tag_ == "VBN":
        return None  # "the people left behind", "the few left"
    subjects = _subjects(verb)
    subjects += [o for s in subjects for o in _preps(s, frozenset({"of"}))]  # "dozens of diplomats"
    people = [s for s in subjects if _people(s)]
    if not people or not _mission(people):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and not any(place_left(o) or mission_post(o) for o in objects):
        return None  # "the envoy left the meeting", "the diplomats left the restaurant"
    return MISSION_LEAVES


def mission_post(tok: Token) -> bool:
    """A mission's premises: "the embassy", "the embassy compound", "the diplomatic mission"."""
    words = {tok.lemma_.lower(), tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    return bool(words & motion.MISSION_WORDS)


def _court(tok: Token) -> bool:
    """A court or a judge: "the tribunal", "a court in Nara", "Judge X", "the National Court of Justice"."""
    words = {tok.lower_, tok.lemma_.lower()} | {c.lower_ for c in tok.children if c.dep_ == "compound"}
    return bool(words & courts.COURT_HEADS)


def ruling_verb(verb: Token) -> bool:
    """A court's or a judge's ruling: "the tribunal ruled the arrest illegal", "a court decided on Saturday that
    ...", "was ruled unconstitutional by the court"; not "ruled out", "ruled the country"."""
    lemma = verb.lemma_.lower()
    particles = {(lemma, c.lower_) for c in verb.children if c.dep_ == "prt"}
    if verb.pos_ != "VERB" or not particles <= courts.BENCH_PARTICLES:
        return False  # "ruled out", "found out" (not "struck down", "threw out")
    if lemma in ("strike", "throw") and not particles:
        return False  # "the judge struck the table"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _COURT_VERBS and ruling_verb(verb.head):
        return False  # "the court agreed to scrap the quotas", "ordered them sent to trial": the one ruling's content
    if lemma == "order" and _bids_someone(verb):
        return False  # "a judge ordered the former president to appear": a demand made of him (CAMEO 10, PLOVER
        # DEMAND), as any order bidding someone act, not a ruling on the matter
    if lemma in _BENCH_ONLY:
        return _bench_ruling(verb)
    return any(_court(d) for d in _doers(verb))


def _bench_ruling(verb: Token) -> bool:
    """A court's or a judge's answer to what was asked of it, told with an ordinary verb (lexicons/courts.py
    :data:`~storyline.lexicons.courts.BENCH_VERBS`): "Judge X has denied those requests", "the high court approved
    the use of military force", "the Supreme Court struck down the ruling"; not "a court spokesman denied", "the
    judge denied the allegations", "the court denied that it was pressured" (words, no ruling)."""
    if not any(_bench(d) for d in _doers(verb)):
        return False
    if verb.lemma_.lower() in ("deny", "reject") and any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return not any(o.lemma_.lower() in courts.DENIED_WORDS for o in _objects(verb))


def _bench(tok: Token) -> bool:
    """A court or a judge itself ("the court", "the high court", "Judge X"), not its spokesman or its registrar."""
    return _court(tok) and (tok.lemma_.lower() in courts.COURT_HEADS or tok.lower_ in courts.COURT_HEADS or
                            tok.pos_ == "PROPN")


def _bids_someone(verb: Token) -> bool:
    """Does the verb bid someone act: an object followed by a "to" infinitive ("ordered X to appear", "ordered the
    firm to pay")? Not "ordered the men detained" (what is done to them) nor "ordered on Monday to send X to trial"
    (no one bidden)."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                      for g in c.children)
        for c in verb.children)


def _doers(verb: Token) -> list[Token]:
    """Who does what a verb tells: its subjects (not the passive one) and its "by" agent ("was ruled unconstitutional
    by the court", "quotas reinstated by a high court order")."""
    agents = [g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children
              if g.dep_ == "pobj"]
    return [s for s in _subjects(verb) if s.dep_ != "nsubjpass"] + agents


def confirming_verb(verb: Token) -> bool:
    """A court keeping in force a step before it: "judges have confirmed the arrest of 23", "the appeals court upheld
    his sentence", "a judge extended their detention"; not "a court spokesman confirmed the arrest", "the court
    confirmed the date"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        c for c in verb.children if c.dep_ == "nsubjpass"]
    doers = _doers(verb)
    if not any(d.pos_ == "PROPN" or d.lemma_.lower() in courts.COURT_HEADS or d.lower_ in courts.COURT_HEADS
               for d in doers if _court(d)):
        return False  # "a court spokesman confirmed": the court's voice, not its bench
    return ruling_verb(verb) and any(o.lemma_.lower() in courts.CONFIRMED_ACTS or o.lower_ in courts.CONFIRMED_ACTS
                                     for o in objects)


def _ruling_noun(noun: Token) -> bool:
    """"the ruling", "its Friday ruling" (in a text that names a court or a judge), "the verdict", "the court's
    judgment"; not "the ruling party", nor a minister's ruling in a text that names no court."""
    if noun.dep_ in ("amod", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() == "verdict":
        return True  # (a jury's or a court's)
    if noun.lemma_.lower() == "ruling" and any(t.lower_ in courts.COURT_HEADS for t in noun.doc):
        return True  # "comment on the ruling" in a report of a court (not "the minister's ruling" on a takeover)
    owners = [c for c in noun.children if c.dep_ in ("compound", "poss")] + _preps(noun, frozenset({"of", "by"}))
    return any(_court(o) for o in owners)


def judged(tok: Token) -> bool:
    """An act that a ruling judges ("ruled the arrest illegal", "the arrest was illegal and arbitrary", "declare
    his capture illegal"): the act judged, told again, not the court's own step."""
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "acomp" and c.lower_ in LEGALITY
                                                  for c in tok.head.children):
        return True
    if tok.dep_ == "dobj" and any(t.lower_ in LEGALITY for c in tok.head.children
                                  if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "conj") for t in c.subtree):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in courts.CONFIRMING_VERBS and confirming_verb(tok.head):
        return True  # "judges confirmed the arrest of 23": the arrest, told again
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in courts.DECIDING_VERBS and ruling_verb(tok.head)


def judged_by_court(tok: Token) -> bool:
    """An act a court's ruling judges (:func:`judged`, told under a court's or a ruling's verb: "the tribunal ruled
    the arrest illegal", "the high court ruling said the arrest was illegal", "the tribunal confirmed the arrest was
    illegal"): the act came before the ruling. A party's word on it ("his lawyers said his arrest was illegal") tells
    the act as the news it still is."""
    if not judged(tok):
        return False
    for anc in tok.ancestors:
        if anc.pos_ == "VERB" and (ruling_verb(anc) or any(
                c.dep_ == "nsubj" and (_court(c) or c.lemma_.lower() in courts.RULING_NOUNS) for c in anc.children)):
            return True
    return False


def _referred(verb: Token) -> bool:
    """"was sent to prosecutors", "the case was referred to the prosecutor's office", "handed him over to
    prosecutors"."""
    if verb.lemma_.lower() == "hand" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return False
    tos = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children
           if g.dep_ == "pobj"]
    for o in tos:
        words = {o.lower_, o.lemma_.lower()} | {c.lower_ for c in o.children if c.dep_ in ("poss", "compound")} | \
            {c.lemma_.lower() for c in o.children if c.dep_ in ("poss", "compound")}
        if words & courts.PROSECUTION:
            return True
    return False
