"""Event words of news whose sense the sentence decides: "fire", "hit", "fall", "capture".

Each is an event trigger of the ACE 2005 / Rich ERE guidelines in one sense and
something else in another, so it gets its type only from its context (its
subject, object, voice and prepositions in the shipped parse):

- **fire**: a shooting when what is fired is a weapon or shots, when it is
  fired *at/on/into* something, or when nobody is its object ("police
  fired"); a dismissal (ACE Personnel.End-Position) when a person or a post
  is its object ("the club fired its coach", "was fired as head coach", "was
  fired from the firm"). "Open fire" and a "gun fire" are read elsewhere.
- **fire** (the noun): a blaze (an accident) when something points at one: a place
  or thing that burns ("the factory fire", "a fire at the warehouse"), a date or
  a name ("Friday's fire"), an adjective ("a deadly fire"), a determiner, a verb
  of blazes ("fire broke out", "a fire gutted the mill"), being what people died
  in ("died in the fire") or "caught fire"; never where it is gunfire ("came
  under fire", "returned fire", "heavy fire", "an exchange of fire").
- **hit** (and the verb **strike**): a road or rail accident when a vehicle or its driver hits (or a
  person is hit *by* one: "was hit by a car"), and a "hit-and-run"; an
  attack when a munition hits ("a missile hit the school"); a disaster when
  the hazard hits (read by the caller's refinement). Other hits (a record,
  the shops, a home run) are no event; a "strike" the sentence does not
  decide keeps the ontology's reading (an attack).
- **fall** (and **slip**): an accident when a person falls (subject a
  person: "the climber fell 150 metres", "a fall from the ridge") or a vehicle falls into or off something
  ("the bus fell into a gorge"), not when
  prices fall, a city falls, someone falls ill or asleep.
- **drive**: a traffic offence when drunk, impaired, reckless or "under
  the influence" (a crime in every penal code), no event otherwise.
- **dismiss**: a dismissal when a person or a post is dismissed, a rejection (REJECT, CAMEO 12) when what a
  party asked for is ("the speaker dismissed the no-confidence motion", "the court dismissed the request", "the
  petition was dismissed"), no event when allegations, reports or a case are ("Norvik dismissed the allegations").
- **dissolve** / **dissolution** of a legislature or a government ("the president dissolved parliament", "the
  assembly was dissolved", "the dissolution of the cabinet"): the body's term ended, its members out of office
  and elections to follow (RETREAT/dissolution: PLOVER codes an office holder's leaving power RETREAT), not a
  company wound up (BUSINESS/end_org, the ontology's reading for "dissolved the firm").
- **plunge, collide, overturn, go down** (and other mishap verbs): a road, rail, sea or air accident when a
  vehicle or craft does it ("a bus plunged into a gorge", "two trains collided", "it went down", the subject
  of its sentence an aircraft); otherwise not judged.
- **detain, arrest, confiscate, impound, seize** (and **detention, confiscation, impoundment, seizure**): the
  seizure of a ship (TAKEOVER/capture, as "seized a tanker" is read) when what is taken is a vessel ("the navy
  detained a tanker", "another ship was briefly detained", "confiscated a tanker", "the ship's seizure"): one
  ship taken is one act whichever verb a report tells it with; people detained stay an arrest.
- **capture**: an arrest when people are captured ("captured five pirates", "the gunman captured by police",
  "one was captured alive"), the taking of a place otherwise (the ontology's default).
- **find, recover, locate, discover, retrieve** (and the nouns **discovery, recovery, retrieval**): the finding
  of a craft's remains or recorders by searchers ("divers recovered the flight recorder", "search teams found
  the wreckage", "the discovery of the debris"), a step of a crash's search of its own (INVESTIGATE/recovery),
  when what is found is a wreck, its debris or its recorders; other findings keep the reading they had.
- **remove** / **removal** from office, power or a post: a dismissal ("parliament removed the president from
  office"), not removed debris.
- **rescue** (the verb): no event when people are saved from a disaster ("survivors were rescued from the
  sea"), a release when the sentence tells of captives ("rescued the kidnapped villagers").
- **travel**, **arrive**, **arrival**, **trip**: no visit when a vehicle, a craft or their passengers travel or
  arrive ("the buses were traveling to the capital", "the arrival of the rescue vessel").
- **pull out**: no withdrawal when rescuers pull out bodies or the living ("pulled out two more bodies", "three
  miners were pulled out alive", "two more were pulled out"): the recovery is part of the disaster, its bodies
  its toll; troops pulled out, or a side that pulls out of a place or a deal, keep the ontology's withdrawal.
- **evacuate** / **evacuation**: a withdrawal when troops, a mission or a base are evacuated, a movement of
  people (MOVE/transport) when residents or an area are. **regain** one's freedom is a release, not a place retaken.
- **address** (noun and verb): a speech (STATEMENT/speech) when it is one to an audience ("her address to the
  nation", "a televised address", "the premier's address was broadcast on state TV", "is to address the media",
  "addressed parliament"); no event when it is where one lives or an issue dealt with ("his home address",
  "address the shortage").
- **meet**: no meeting when what is met is a demand, a condition or a target ("until their list of demands is
  met", "failed to meet the deadline", "met the criteria").
- **rescue** (the noun): no event when it names the work of saving people as a modifier of another noun
  ("rescue teams", "speed up rescue and emergency services"); a rescue of hostages stays a release (the
  ontology's reading).
- **rescue** work (round 45): saving people from a disaster is AID/rescue (PLOVER AID), told by the verb
  ("2,000 people were rescued from the rubble"), by an effort named by its work ("the rescue operation", "the
  recovery operation at the tower", "search-and-rescue efforts"), by a search for people or by rescuers ("the
  search for survivors", "firefighters searched the tower overnight"); captives rescued stay a release, an armed
  operation to free them an attack. People evacuated ("residents were evacuated", "evacuation flights") and a
  person carried somewhere by others ("was brought to the capital by helicopter", "will be flown back to X"; not
  "brought to justice") are MOVE/transport (ACE Movement.Transport).
- **gather** (and assemble, mass, converge): a demonstration when a crowd gathers at a place ("hundreds gathered
  outside his home"), not a gathering to mourn, pray or celebrate, nor evidence gathered. **greet**: a meeting
  when a person greets a person.

:func:`sense_kind` answers ``None`` for a word it does not judge, so the
caller keeps the ontology's reading; :data:`NO_EVENT` when the word is not an
event in this sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.ontology import MODIFIER_SUBTYPE, TRIGGERS, EventKind
from storyline.analyze.names.nominals import person_like
from storyline.lexicons import pronouns
from storyline.lexicons.happening import (
    BODIES,
    EFFORT_HEADS,
    EVACUATION_HEADS,
    RELIEF_MODIFIERS,
    RESCUERS,
    RETRIEVED,
)
from storyline.lexicons.titles import NOMINAL_ORG, ORG_SUFFIXES, VESSEL_NOUNS
from storyline.lexicons.violence import TAKING_WORDS

#: whom a speech is made to ("an address to the nation", "addressed the media", "will address parliament")
AUDIENCES = frozenset({"nation", "country", "people", "public", "media", "press", "reporter", "journalist",
                       "parliament", "lawmaker", "legislator", "legislature", "assembly", "congress", "senate",
                       "crowd", "rally", "supporter", "audience", "delegate", "conference", "summit", "gathering",
                       "session", "council", "meeting", "citizen", "troops", "soldier", "student", "graduate",
                       "reporters", "journalists", "lawmakers", "supporters", "delegates", "citizens", "students"})
#: what makes a noun "address" a speech given ("a televised address", "his inaugural address")
SPEECH_MODIFIERS = frozenset({"televised", "televized", "broadcast", "radio", "video", "recorded", "inaugural",
                              "keynote", "farewell", "national", "presidential", "annual", "weekly", "nationwide",
                              "live", "opening", "closing"})
#: verbs whose subject or object an address is only as a speech ("the address was broadcast", "gave an address")
SPEECH_HANDLING_VERBS = frozenset({"broadcast", "air", "televise", "deliver", "give", "livestream", "stream"})
SPEECH = EventKind("STATEMENT", "speech", "verb")
#: what is met without anyone meeting ("the demands were met", "met the deadline", "meet the criteria")
MET_STANDARDS = frozenset({"demand", "condition", "requirement", "target", "criterion", "criteria", "standard",
                           "deadline", "need", "expectation", "goal", "obligation", "threshold", "quota", "cost",
                           "costs", "request", "term", "terms", "requirements", "conditions", "needs"})

#: what trades in a market and "rallies" when its price recovers ("bonds rallied", "the rally in shares", "the
#: currency rallied 2%"): a rally of these is no protest
TRADED = frozenset({"stock", "share", "bond", "equity", "market", "index", "currency", "dollar", "euro", "yen",
                    "pound", "peso", "rupee", "lira", "yuan", "ruble", "rouble", "rand", "franc", "price", "oil",
                    "crude", "gold", "silver", "copper", "treasury", "treasuries", "yield", "note", "future",
                    "futures", "commodity", "asset", "security", "securities", "debt", "bourse", "exchange", "sector",
                    "investor", "trader", "wall", "dow", "nasdaq", "bitcoin", "cryptocurrency", "relief", "bear",
                    "bull"})
#: by how much a price rallied ("rallied 2%", "rallied 300 points", "rallied 1.3 cents")
PRICE_UNITS = frozenset({"%", "percent", "per", "point", "points", "cent", "cents", "basis", "pence", "percentage"})

#: the answer for a word that names no event in its sentence
NO_EVENT = EventKind("NONE", None)
RELEASE = EventKind("RETREAT", "release", "verb")
SHOOTING = EventKind("ASSAULT", "shooting", "verb")
DISMISSAL = EventKind("RETREAT", "dismissal", "verb")  # (ACE End-Position: ontology.ACE_TRIGGERS)
#: saving people from a disaster, their search, the rescue operation (PLOVER AID: CAMEO 073 humanitarian aid)
RESCUE = EventKind("AID", "rescue", "verb")
#: people moved by others (ACE Movement.Transport: "residents were evacuated", "was flown back to X")
TRANSPORT = EventKind("MOVE", "transport", "verb")
#: verbs by which people are carried somewhere ("was brought to the capital", "will be flown back to X")
CONVEYING = frozenset({"bring", "fly", "ferry", "transfer", "helicopter", "airlift"})
#: where "brought to" goes when nobody is carried ("brought to justice", "brought to an end", "brought to light")
NO_DESTINATION = frozenset({"justice", "end", "halt", "light", "attention", "court", "trial", "power", "life",
                            "knee", "knees", "table", "standstill", "tear", "tears", "book", "account", "bear",
                            "notice", "fore", "brink", "edge", "point", "conclusion", "close", "heel", "senses"})
#: craft and means a person is carried by ("by helicopter", "on a military plane")
CARRIERS = frozenset({"helicopter", "plane", "aircraft", "jet", "flight", "ambulance", "boat", "ship", "car",
                      "vehicle", "convoy", "motorcade", "road", "air", "sea", "train", "bus", "van"})
#: what a party asks of a body that the body can dismiss ("dismissed the no-confidence motion", "the petition was
#: dismissed"): a rejection of it (a court's "dismissed the case" ends a case: its charge is the event; an appeal
#: or a plea dismissed is a step of a case, read in legal.py; "dismissed the claims" a denial)
ASKED_FOR = frozenset({"motion", "request", "petition", "application", "bid", "proposal", "demand", "resolution",
                       "objection", "complaint"})
#: bodies whose dissolution ends a term of office, not a company ("dissolved parliament", "dissolved the cabinet")
DISSOLVED_BODIES = frozenset({"parliament", "assembly", "assemblies", "legislature", "congress", "senate", "house",
                              "chamber", "cabinet", "government", "council", "diet", "duma", "knesset", "majlis"})
#: searchers finding a craft's remains or recorders: a step of a crash's search of its own
RECOVERY = EventKind("INVESTIGATE", "recovery", "verb")
#: verbs and nouns of finding something searched for
FINDING_VERBS = frozenset({"find", "recover", "locate", "discover", "retrieve"})
FINDING_NOUNS = frozenset({"discovery", "recovery", "retrieval"})
#: the remains of a craft that searchers look for: its wreck, its debris, its recorders ("the black box")
CRAFT_REMAINS = frozenset({"wreckage", "wreck", "debris", "fuselage", "recorder", "recorders", "hull"})
#: what a person is removed from when the removal is a dismissal ("removed the president from office")
OFFICES = frozenset({"office", "power", "post", "position", "presidency", "premiership", "seat", "throne"})
ACCIDENT = EventKind("DISASTER", "man_made")
ARREST = EventKind("COERCE", "arrest", "verb")
SEIZURE = EventKind("TAKEOVER", "capture", "verb")

#: what is fired when "fire" is shooting: arms, munitions and what they let off
FIRED_THINGS = frozenset({"shot", "round", "bullet", "weapon", "gun", "rifle", "pistol", "shotgun", "cannon",
                          "volley", "salvo", "missile", "rocket", "shell", "mortar", "grenade", "torpedo",
                          "artillery", "tear", "teargas", "gas", "canister", "warning", "flare", "arrow", "dart"})
#: prepositions of a shot's target or direction
FIRED_AT = frozenset({"at", "on", "upon", "into", "toward", "towards", "over", "across"})
#: what is fired from when it is a job ("fired from the firm", "fired as coach", "fired over the scandal")
POSTS = frozenset({"job", "post", "position", "role", "staff", "team", "newspaper", "show", "network", "work"}) | \
    frozenset(w.lower() for w in ORG_SUFFIXES) | NOMINAL_ORG
#: vehicles and their drivers: what hits a person in a road or rail accident
VEHICLES = frozenset({"car", "truck", "lorry", "van", "bus", "vehicle", "suv", "taxi", "cab", "motorcycle",
                      "motorbike", "scooter", "bicycle", "bike", "train", "tram", "minibus", "pickup", "jeep",
                      "sedan", "tractor", "driver", "motorist", "motorcyclist", "cyclist", "trucker"})
#: craft that carry people besides road and rail vehicles: what plunges, capsizes or collides in an accident
CRAFT = frozenset({"boat", "ferry", "ship", "vessel", "plane", "aircraft", "airliner", "jet", "helicopter", "coach",
                   "tanker", "trawler", "barge", "canoe", "dinghy", "locomotive", "carriage", "wagon", "airplane"})
#: verbs of a vehicle's mishap: an accident when a vehicle or craft is what plunged, collided or overturned
MISHAP_VERBS = frozenset({"plunge", "collide", "overturn", "veer", "skid", "topple", "flip", "sink", "careen",
                          "swerve", "ram", "tumble"})
#: people who ride a vehicle: their travelling is a journey, not a visit
RIDERS = frozenset({"passenger", "commuter", "traveller", "traveler", "pilgrim", "rider", "vessel", "convoy"})
#: what strikes when "strike" tells a disaster by its outcome ("tragedy struck", "the disaster struck")
MISFORTUNES = frozenset({"tragedy", "disaster", "calamity", "catastrophe", "misfortune"})
#: what makes "hit" an attack: munitions and strikes from the air
STRIKING = frozenset({"missile", "rocket", "shell", "mortar", "bomb", "drone", "airstrike", "strike", "grenade",
                      "bullet", "projectile", "artillery", "shelling", "explosive", "ied"})
#: those who strike with arms: a vehicle that names their means ("car bombers") makes no road accident
ARMED_DOERS = frozenset({"bomber", "attacker", "gunman", "militant", "assailant", "insurgent", "fighter", "terrorist",
                         "rebel", "jihadist"})
#: complements of "fall" that say no accident: "fell ill", "fell asleep", "fell short", "fell silent"
FALL_STATES = frozenset({"ill", "sick", "asleep", "silent", "short", "quiet", "victim", "prey", "pregnant", "apart",
                         "behind", "love", "foul", "flat", "due", "vacant", "open", "unconscious", "dead", "back",
                         "out", "power", "grace", "favor", "favour", "line", "step", "place", "hand", "hands"})
#: prepositions of a fall from a height: "fell from the balcony", "fell off a ladder", "fell down the stairs"
FALL_FROM = frozenset({"from", "off", "down", "into", "through", "over"})
#: words that make a rescue a release of captives ("rescued the kidnapped villagers", "hostages rescued")
CAPTIVITY = frozenset({"hostage", "captive", "captor", "kidnapper", "abductor", "hijacker", "captivity", "ransom"})
CAPTIVITY_STEMS = ("kidnap", "abduct", "hostage", "captiv", "hijack")
#: what is evacuated when an evacuation is a withdrawal: forces, a mission, their posts
MILITARY_OR_MISSION = frozenset({"troop", "force", "soldier", "army", "military", "garrison", "base", "embassy",
                                 "consulate", "diplomat", "mission", "peacekeeper", "contingent", "battalion",
                                 "outpost", "personnel"})
#: what is regained when people are set free
FREEDOM = frozenset({"freedom", "liberty"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = pronouns.PERSON | pronouns.THEY | frozenset({"i", "we", "you", "who"})
#: people the lexicons of names do not list as persons and news captures, hits or fires
PEOPLE = frozenset({"pirate", "suspect", "militant", "rebel", "insurgent", "soldier", "hostage", "prisoner", "thief",
                    "people", "crew", "fugitive", "migrant", "civilian", "child", "member", "pedestrian",
                    "terrorist", "bandit", "guerrilla", "protester", "staff", "employee", "coach", "manager",
                    "lord", "kingpin", "boss", "leader", "commander", "chief", "gunman", "attacker", "bomber",
                    "smuggler", "trafficker", "escapee", "convict", "inmate", "kidnapper"})


#: a labour strike: workers stopping work is a protest (CAMEO 143 "conduct strike or boycott", PLOVER PROTEST;
#: ACLED codes strikes as peaceful protests)
LABOUR_STRIKE = EventKind("PROTEST", "demonstration")
#: people who stop work: a workforce by its trade or its body (a general list of occupations, not of any story)
WORKFORCE = frozenset({"worker", "employee", "staff", "union", "unionist", "trade", "labour", "labor", "teacher",
                       "nurse", "doctor", "physician", "miner", "docker", "dockworker", "longshoreman", "driver",
                       "pilot", "crew", "attendant", "conductor", "trucker", "farmer", "lecturer", "professor",
                       "academic", "journalist", "lawyer", "clerk", "servant", "firefighter", "cleaner", "porter",
                       "machinist", "engineer", "technician", "controller", "guard", "operator", "seafarer",
                       "sailor", "fisherman", "transporter", "medic", "paramedic", "midwife", "pharmacist",
                       "postman", "postal", "rail", "railway", "transit", "metro", "bus", "port", "dock", "factory",
                       "plant", "mine", "hospital", "school", "civil", "public", "sector", "federation", "syndicate",
                       "confederation", "congress", "wage", "pay"})
#: modifiers that only a stoppage of work takes ("a general strike", "an indefinite strike", "a 48-hour strike",
#: "protest strikes have shut businesses")
STOPPAGE_MODS = frozenset({"general", "nationwide", "national", "indefinite", "wildcat", "warning", "token",
                           "sympathy", "rolling", "labour", "labor", "industrial", "hunger", "sit-down", "work",
                           "protest",
                           "teacher", "worker", "union", "day", "hour", "week", "month", "days", "hours", "weeks"})
#: verbs whose object is a labour strike when their subject is a workforce ("the union called a strike")
STRIKE_CALLS = frozenset({"call", "stage", "hold", "launch", "begin", "start", "announce", "declare", "end", "join",
                          "suspend", "threaten", "extend", "continue", "plan", "organise", "organize", "observe"})


#: people whose trade also strikes in another sense ("the driver struck a cyclist", "the pilot struck the
#: mast"): a workforce only with a word of the trade or a union beside them, never as the subject of "struck"
STRIKING_TRADES = frozenset({"driver", "pilot", "crew", "guard", "operator", "conductor", "sailor", "fisherman",
                             "engineer", "technician", "controller", "trucker", "attendant", "seafarer"})


def _workforce(tok: Token, verb: bool = False) -> bool:
    """A workforce: a worker noun, or a noun modified by one ("the dock workers", "rail staff", "the teachers'
    union")."""
    words = {tok.lemma_.lower(), tok.lower_} | {c.lemma_.lower() for c in tok.children
                                               if c.dep_ in ("compound", "amod", "poss", "nmod")}
    if words & WORKFORCE and not (verb and words & WORKFORCE <= STRIKING_TRADES):
        return True
    # "thousands of garment workers", "hundreds of the plant's staff": a crowd of them
    return (tok.like_num or tok.lemma_.lower() in ("thousand", "hundred", "dozen", "million")) and any(
        _workforce(o) for o in _preps(tok).get("of", []))


def labour_strike(tok: Token) -> bool:
    """Is "strike" (or "walkout") a stoppage of work here: "went on strike", "a strike by rail workers", "the
    dock workers' strike", "a 48-hour strike", "the union called a strike", "nurses struck for better pay", "the
    teachers walked out"? Never a strike with arms ("an air strike", "strikes on the camp", "a missile strike hit
    the depot", "the army carried out a strike")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if lemma == "walk" and not any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in tok.children):
            return False
        if lemma not in ("strike", "walk") or any(_objects(v) for v in _coordinated(tok)) or \
                any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children) or tok.dep_ == "conj":
            return False  # "struck the convoy", "lightning struck the church", "struck and killed a cyclist"
        return any(_workforce(s, verb=True) for s in _subjects(tok))
    if tok.pos_ != "NOUN" or lemma not in ("strike", "walkout"):
        return False
    preps = _preps(tok)
    if any(o.lower_ in STRIKING or o.lemma_.lower() in ("camp", "base", "position", "target", "compound")
           for p in ("on", "against") for o in preps.get(p, [])):
        return False  # "strikes on militia camps": arms
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")]
    if any(m.lower_ in STRIKING or MODIFIER_SUBTYPE.get(m.lower_) for m in mods):
        return False  # "an air strike", "a drone strike"
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in ("go", "be", "remain",
                                                                                           "stay", "come"):
        return True  # "went on strike", "are on strike"
    words = {w for m in mods for w in (m.lower_, m.lemma_.lower(), *(g.lower_ for g in m.children))}
    if words & STOPPAGE_MODS or any(_workforce(m) for m in mods) or lemma == "walkout":
        return True  # "a general strike", "a 48-hour strike", "the teachers' strike"
    if any(_workforce(o) for p in ("by", "of", "at") for o in preps.get(p, [])):
        return True  # "a strike by rail workers", "a strike at the port"
    verb = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in STRIKE_CALLS and any(
        _workforce(s) for s in _subjects(verb))  # "the union called a strike"


def sense_kind(tok: Token) -> EventKind | None:
    """The kind of an ambiguous event word in its sentence (module docstring); None when it is not one."""
    lemma = tok.lemma_.lower()
    if lemma in ("strike", "walk", "walkout") and labour_strike(tok):
        return LABOUR_STRIKE
    if lemma == "fire" and tok.pos_ == "VERB":
        return _fire(tok)
    if lemma == "fire" and tok.pos_ == "NOUN":
        return _blaze(tok)
    if lemma == "hit" or (lemma == "strike" and tok.pos_ == "VERB"):
        return _hit(tok)
    if lemma == "fall" or (lemma == "slip" and _slip_fall(tok)):
        return _fall(tok)
    if lemma in ("drive", "driving"):
        return _driving(tok)
    if lemma in TAKING_WORDS and tok.pos_ in ("VERB", "NOUN") and _vessel_taken(tok):
        return SEIZURE if tok.pos_ == "VERB" else EventKind("TAKEOVER", "capture", "noun")  # "detained a tanker"
    if lemma in ("capture", "recapture") and tok.pos_ == "VERB" and (any(
            _person(o) or any(t.pos_ in ("NOUN", "PROPN") and t.lower_ in PEOPLE for t in o.subtree)
            for o in _objects(tok) + ([tok.head] if tok.dep_ in ("acl", "relcl") else [])) or any(
            c.lower_ == "alive" for c in tok.children)):
        return ARREST  # ("fugitive drug lord Tomas 'the Fox' Varga was recaptured", the name not typed; "the gunman
        # captured by police", "one was captured alive": only the living are taken alive)
    if lemma in ("capture", "recapture") and tok.pos_ == "NOUN" and _captive(tok):
        return ARREST  # "after his capture", "the recapture of the fugitive": a person taken, no place
    if lemma in ("dismiss", "dismissal"):
        return _dismiss(tok)
    if lemma in ("dissolve", "dissolution"):
        return _dissolution(tok)
    if (lemma in FINDING_VERBS and tok.pos_ == "VERB") or (lemma in FINDING_NOUNS and tok.pos_ == "NOUN"):
        found = _objects(tok) if tok.pos_ == "VERB" else _preps(tok).get("of", [])
        if any(_remains(o) for o in found):
            return RECOVERY  # "divers recovered the flight recorder", "the discovery of the wreckage"
    if lemma in ("remove", "removal") and any(o.lemma_.lower() in OFFICES for o in _preps(tok).get("from", [])):
        return DISMISSAL  # "lawmakers removed the president from office"
    if lemma in ("free", "recover") and tok.pos_ == "VERB":
        return _set_free_or_found(tok)
    if tok.pos_ == "VERB" and lemma in RAMMING_VERBS and (rammed := _ramming(tok)) is not None:
        return rammed  # "a car plowed into a crowd at the market" (before "rammed" is read as a mishap)
    if tok.pos_ == "VERB" and (lemma in MISHAP_VERBS or (lemma in ("go", "come") and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in tok.children))):
        return _mishap(tok)  # (a plane that "went down", "came down")
    if tok.pos_ == "NOUN" and lemma in EVACUATION_HEADS and (effort := _relief_effort(tok)) is not None:
        return effort  # "the rescue operation", "search-and-recovery efforts", "evacuation flights"
    if lemma == "search" and _rescue_search(tok):
        return EventKind("AID", "rescue", "verb" if tok.pos_ == "VERB" else "noun")  # "the search for survivors"
    if lemma in GATHERING_VERBS and tok.pos_ == "VERB" and _crowd_gathered(tok):
        return EventKind("PROTEST", "demonstration", "verb")  # "hundreds gathered outside his home on Sunday"
    if lemma == "greet" and tok.pos_ == "VERB" and any(_person(o) for o in _objects(tok)) and any(
            _person(s) or s.pos_ == "PROPN" for s in _subjects(tok)):
        return EventKind("CONSULT", "meeting", "verb")  # "footage showed the president greeting the envoy"
    if lemma in CONVEYING and tok.pos_ == "VERB" and _person_conveyed(tok):
        return TRANSPORT  # "was brought to the capital by helicopter", "will be flown back to Norland"
    if lemma == "rescue" and tok.pos_ == "NOUN":
        return _rescue_work(tok)
    if lemma == "rescue" and tok.pos_ == "VERB":
        return _rescue_from_danger(tok)
    if lemma in ("evacuate", "evacuation"):
        return _evacuation(tok)
    if lemma == "pull" and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return _pulled_out(tok)
    if lemma in ("travel", "arrive", "arrival", "trip"):
        return _journey(tok)
    if lemma == "meet" and tok.pos_ == "VERB" and any(_standard(o) for o in _objects(tok)):
        return NO_EVENT  # "until a list of demands is met", "failed to meet the deadline"
    if lemma == "address" and tok.pos_ in ("VERB", "NOUN"):
        return _address(tok)
    if lemma == "regain" and tok.pos_ == "VERB" and any(o.lemma_.lower() in FREEDOM for o in _objects(tok)):
        return RELEASE  # "the hostages regained their freedom": set free, no place retaken
    if lemma == "rally" and _market_rally(tok):
        return NO_EVENT  # "bonds rallied 1.3 cents", "a relief rally in shares": prices recovered, nobody gathered
    return None


def _market_rally(tok: Token) -> bool:
    """A "rally" of prices: the verb's subject is something traded ("bonds due in 2040 rallied", "the currency
    rallied") or it rallied by a price's measure ("rallied 2%"); the noun is one of a traded thing ("a stock
    market rally", "the rally in bonds", "a relief rally")."""
    if tok.pos_ == "VERB":
        if any(_traded(s) for s in _subjects(tok)):
            return True
        return any(g.lower_ in PRICE_UNITS for c in tok.children if c.dep_ in ("npadvmod", "dobj", "prep")
                   for g in [c, *c.subtree])
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and _traded(c) for c in tok.children):
        return True
    return any(_traded(o) for p in ("in", "of") for o in _preps(tok).get(p, []))


def _traded(tok: Token) -> bool:
    return tok.lemma_.lower() in TRADED or tok.lower_ in TRADED


def _standard(tok: Token) -> bool:
    """A demand, condition or target, or a list of them ("a nine-point list of demands")."""
    return tok.lemma_.lower() in MET_STANDARDS or tok.lower_ in MET_STANDARDS or any(
        o.lemma_.lower() in MET_STANDARDS for o in _preps(tok).get("of", []))


def _address(tok: Token) -> EventKind | None:
    """A speech to an audience (see the module docstring); None for a place one lives at or an issue dealt with."""
    if tok.pos_ == "VERB":
        heard = any(o.lemma_.lower() in AUDIENCES or o.lower_ in AUDIENCES for o in _objects(tok))  # ("medium")
        return SPEECH if heard else None
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in AUDIENCES
                                                           for g in c.children) for c in tok.children):
        return EventKind("STATEMENT", "speech", "noun")  # "her address to the nation"
    if any(c.dep_ in ("amod", "compound") and c.lower_ in SPEECH_MODIFIERS for c in tok.children):
        return EventKind("STATEMENT", "speech", "noun")  # "a televised address"
    if tok.dep_ in ("nsubjpass", "nsubj", "dobj") and tok.head.lemma_.lower() in SPEECH_HANDLING_VERBS:
        return EventKind("STATEMENT", "speech", "noun")  # "the premier's address was broadcast on state TV"
    return None


def _rescue_from_danger(verb: Token) -> EventKind | None:
    """"survivors were rescued from the sea", "rescued while swimming": saving people from a disaster is part
    of it, no release; a rescue of captives ("rescued the kidnapped villagers") is one."""
    if _captives_told(verb):
        return None
    return RESCUE


def _captives_told(tok: Token) -> bool:
    """The sentence tells of captives ("rescued the kidnapped villagers"): a rescue is their release."""
    return any(t.lemma_.lower() in CAPTIVITY or t.lower_.startswith(CAPTIVITY_STEMS) for t in tok.sent)


def _relief_effort(tok: Token) -> EventKind | None:
    """"The rescue operation", "search-and-recovery efforts", "relief work": an effort named by the work of saving
    people (AID/rescue); "evacuation flights", "the evacuation effort": people moved (MOVE/transport). An armed
    operation to free captives is not judged (mentions' armed operation)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    words = {w.lemma_.lower() for m in mods for w in (m, *m.conjuncts)}
    if tok.lemma_.lower() in EFFORT_HEADS and words & RELIEF_MODIFIERS and not _captives_told(tok):
        return EventKind("AID", "rescue", "noun")
    if words & {"evacuation"} and not any(m.lemma_.lower() in MILITARY_OR_MISSION for m in mods):
        return EventKind("MOVE", "transport", "noun")
    return None


#: people searched for after a disaster ("the search for the missing", "searched for trapped miners")
SOUGHT_STATES = frozenset({"missing", "trapped", "stranded", "buried", "unaccounted"})


def _rescue_search(tok: Token) -> bool:
    """A search for people after a disaster ("the search for survivors and bodies", "firefighters searched the
    tower overnight", "divers searched for the missing"): rescue work, no search with force."""
    sought = [g for o in _preps(tok).get("for", []) for g in (o, *o.conjuncts)]
    if any(g.lemma_.lower() in RETRIEVED or g.lower_ in RETRIEVED or g.lower_ in SOUGHT_STATES or any(
            c.dep_ == "amod" and c.lower_ in SOUGHT_STATES for c in g.children) for g in sought):
        return True
    if tok.pos_ != "VERB":
        return any(c.dep_ in ("compound", "poss") and c.lemma_.lower() in RESCUERS for c in tok.children)
    return any(s.lemma_.lower() in RESCUERS or s.lower_ in RESCUERS for s in _subjects(tok))


#: verbs of people coming together at a place ("hundreds gathered outside the embassy", "crowds massed in the square")
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "mass", "throng", "congregate"})
#: who gathers when a gathering is a demonstration: a crowd, by its size or by its cause
CROWD_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores",
                         "crowd", "crowds", "supporter", "protester", "protestor", "demonstrator", "activist",
                         "student", "follower", "opponent", "mob", "throng"})
#: a gathering for another purpose than a demonstration: mourning, worship, festivity, watching or waiting
OTHER_GATHERINGS = frozenset({"funeral", "mourn", "mourner", "pray", "prayer", "worship", "celebrate", "celebration",
                              "festival", "concert", "match", "game", "watch", "wedding", "burial", "memorial",
                              "tribute", "christmas", "eid", "easter", "ceremony", "service", "shelter", "evacuate",
                              "evidence", "information", "data", "momentum", "speed", "pace", "dust", "intelligence"})


def _crowd_gathered(verb: Token) -> bool:
    """A crowd coming together at a place is a demonstration (CAMEO 141, ACLED's peaceful protest): "hundreds
    gathered outside the embassy", "supporters massed in front of his home". Not a gathering to mourn, pray, watch
    or celebrate, nor what is gathered ("gathered evidence")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(t.lemma_.lower() in OTHER_GATHERINGS or t.lower_ in OTHER_GATHERINGS for t in verb.sent):
        return False
    crowd = any(w.lower_ in CROWD_WORDS or w.lemma_.lower() in CROWD_WORDS or (w.like_num and w.dep_ == "nummod")
                for s in _subjects(verb) for w in (s, *s.children))
    return crowd and any(c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ in ("outside", "there"))
                         for c in verb.children)


def _person_conveyed(verb: Token) -> bool:
    """A person carried somewhere by others ("was brought to the capital by helicopter", "police brought him back
    from the border", "will be flown back to Norland"): who is carried is the verb's object (its subject in the
    passive) and the verb names where to or from, or the craft. "Flew" with its traveller as subject is a journey
    (motion.py); "brought to justice", "brought the war to an end" carry nobody."""
    carried = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.lemma_.lower() != "fly":
        carried += [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_person(c) and c.lemma_.lower() not in BODIES for c in carried):
        return False
    preps = _preps(verb)
    if any(o.lemma_.lower() in NO_DESTINATION or o.lower_ in NO_DESTINATION for o in preps.get("to", [])):
        return False
    ends = preps.get("to", []) + preps.get("from", []) + preps.get("into", [])
    back = any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in verb.children)
    by = any(o.lemma_.lower() in CARRIERS for p in ("by", "on", "aboard", "in") for o in preps.get(p, []))
    return bool(ends) or back or by


def _journey(tok: Token) -> EventKind | None:
    """No visit when a vehicle or craft, its passengers or a munition travel or arrive ("the buses were traveling to the
    capital", "people travelling on the first bus", "the arrival of the rescue vessel"): a visit is someone's
    trip to a place or a person; a vehicle's run or a passenger's ride is not."""
    if tok.pos_ == "VERB":
        who = _subjects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    else:
        who = _preps(tok).get("of", []) + [c for c in tok.children if c.dep_ == "poss"]
    if tok.pos_ == "VERB" and any(_carrying_people(w) for w in who) and not _captives_told(tok):
        return TRANSPORT  # "two flights carrying 15 wounded soldiers arrived at the base": the people carried there
    rides = [o for p in ("on", "aboard", "in", "by") for o in _preps(tok).get(p, [])]
    words = {w.lemma_.lower() for w in who} | {c.lemma_.lower() for w in who for c in w.children
                                               if c.dep_ == "compound"}
    # the ride's noun, however the parse hangs it ("on the first bus heading to …" parses "heading" as the object)
    ridden = {t.lemma_.lower() for r in rides for t in r.subtree}
    if words & (VEHICLES | CRAFT | RIDERS | STRIKING) or ridden & (VEHICLES | CRAFT):
        return NO_EVENT  # (nor a munition's flight: "the new rocket can travel farther than any before it")
    return None


#: verbs by which a craft carries people ("a plane carrying the freed hostages", "flights bringing the wounded")
CARRYING = frozenset({"carry", "transport", "bring", "ferry", "evacuate"})


def _carrying_people(tok: Token) -> bool:
    """A vehicle, a craft or a flight that carries people: "two flights carrying 15 wounded service members", "a
    bus transporting pilgrims" (ACE Movement.Transport: the people are moved by it). Freed captives flown home are
    their release's news (the caller leaves them out): a move of its own would split the release."""
    if tok.lemma_.lower() not in VEHICLES | CRAFT | CARRIERS:
        return False
    return any(c.dep_ == "acl" and c.lemma_.lower() in CARRYING and any(
        _person(o) for o in c.children if o.dep_ == "dobj") for c in tok.children)


def _evacuation(tok: Token) -> EventKind | None:
    """A withdrawal when troops, a mission or a base are evacuated ("evacuated its embassy", "the evacuation of
    the garrison"); residents or an area evacuated before a storm or after a blast are no withdrawal."""
    moved = _objects(tok) if tok.pos_ == "VERB" else _preps(tok).get("of", [])
    if not moved and tok.pos_ == "VERB":
        moved = _subjects(tok)
    if any(m.lemma_.lower() in MILITARY_OR_MISSION for m in moved):
        return None
    return EventKind("MOVE", "transport", "verb" if tok.pos_ == "VERB" else "noun")


#: what stands for people counted before ("two more were pulled out", "the others were pulled out later")
COUNTED_OTHERS = frozenset({"more", "other", "others", "another", "rest"})


def _pulled_out(verb: Token) -> EventKind | None:
    """"Rescuers pulled out two more bodies", "three miners were pulled out alive", "two more were pulled out":
    bodies or the living taken out of ruins, no withdrawal (part of the disaster; the bodies are its toll).
    Troops pulled out, or a side pulling out of a place or a deal, are not judged (the ontology's withdrawal)."""
    moved = _objects(verb)
    if any(m.lemma_.lower() in MILITARY_OR_MISSION for m in moved):
        return None
    if any(s.lemma_.lower() in BODIES or s.lower_ in BODIES for s in _subjects(verb)):
        return NO_EVENT  # a headline's "Nine bodies pulled out, 20 feared trapped": bodies pull nothing out
    if any(c.lower_ == "alive" for c in verb.children) or any(
            m.lemma_.lower() in RETRIEVED or m.lower_ in RETRIEVED or m.pos_ == "NUM" or m.lower_ in COUNTED_OTHERS
            for m in moved):
        return NO_EVENT
    return None


def _rescue_work(tok: Token) -> EventKind | None:
    """"rescue teams", "search and rescue operation", "rescue and emergency services": a noun modifying another
    (through a coordination) names rescue work, no release; "the rescue of the pupils" is not judged."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.pos_ == "NOUN":
        cur = cur.head
    return NO_EVENT if cur.dep_ in ("compound", "nmod", "amod") and cur.head.pos_ in ("NOUN", "PROPN") else None


#: verbs of a vehicle driven into people ("plowed into", "ploughed through", "rammed into", "drove into")
RAMMING_VERBS = frozenset({"plow", "plough", "ram", "drive", "smash", "barrel", "slam", "crash", "speed", "mow"})
#: where people are together: a vehicle driven into it hits them
CROWD_NOUNS = frozenset({"crowd", "market", "people", "pedestrian", "shopper", "festival", "parade", "gathering",
                         "protester", "demonstrator", "worshipper", "reveller", "reveler", "fair", "procession",
                         "rally", "spectator", "bystander", "marketplace"})
#: words that tell the act was meant: a ramming so told is an attack, otherwise a road accident
INTENT_WORDS = frozenset({"attack", "attacker", "terror", "terrorist", "terrorism", "suspect", "deliberately",
                          "deliberate", "intentional", "intentionally", "rampage", "assailant", "perpetrator"})


def _ramming(verb: Token) -> EventKind | None:
    """"A car plowed into a crowd", "a driver rammed his car into shoppers", "a vehicle ploughed through the
    market": a vehicle driven into people. An attack when the article tells it as meant (an attacker, a suspect,
    "deliberately", "terror": conflict monitors code a ramming as an attack), else a road accident; None when no
    vehicle or driver does it, or it goes into no crowd ("drove into the city", "crashed into a wall")."""
    into = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "through")
            for g in c.children if g.dep_ == "pobj"]
    into += [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() in ("ram", "mow") else []
    if not any(t.lemma_.lower() in CROWD_NOUNS for o in into for t in o.subtree if t.pos_ in ("NOUN", "PROPN")):
        return None
    doers = [s for v in _coordinated(verb) for s in _subjects(v)]
    words = {d.lemma_.lower() for d in doers} | {c.lemma_.lower() for d in doers for c in d.children
                                                 if c.dep_ == "compound"}
    if not words & (VEHICLES | ARMED_DOERS | {"man", "woman", "suspect", "attacker", "he", "she"}):
        return None
    if any(t.lemma_.lower() in INTENT_WORDS and not bodily(t) for t in verb.doc):
        return EventKind("ASSAULT", "attack", "verb")
    return EventKind("DISASTER", "man_made", "verb")


def bodily(tok: Token) -> bool:
    """"a heart attack", "a panic attack", "an asthma attack": a seizure of the body, no attack by anyone."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("heart", "panic", "asthma", "epileptic", "anxiety")


def _mishap(verb: Token) -> EventKind | None:
    """"A bus plunged into a gorge", "two trains collided", "the truck overturned": an accident when a vehicle
    or craft does it; other plunges (prices, a country into crisis) and overturns (a ruling) are not judged."""
    doers = [s for v in _coordinated(verb) for s in _subjects(v)]
    if any(d.lower_ == "it" for d in doers):  # "the jet was en route when it lost height and went down":
        doers += [t for t in verb.sent if t.i < verb.i and t.dep_ in SUBJECTS and t.pos_ == "NOUN"]  # its noun
    words = {d.lemma_.lower() for d in doers} | {c.lemma_.lower() for d in doers for c in d.children
                                                 if c.dep_ == "compound"}
    return EventKind("DISASTER", "man_made", "verb") if words & (VEHICLES | CRAFT) else None


#: what is recovered when it is people, alive or dead (no seizure of arms): "recovered 12 bodies"
#: what police or troops recover when the recovery is a seizure (arms, munitions, drugs, cash)
SEIZED_THINGS = frozenset({"weapon", "arm", "arms", "rifle", "gun", "pistol", "revolver", "ammunition", "ammo",
                           "explosive", "explosives", "grenade", "bomb", "ied", "detonator", "cartridge", "round",
                           "bullet", "shell", "mortar", "rocket", "launcher", "magazine", "drug", "drugs", "narcotic",
                           "heroin", "cocaine", "cannabis", "methamphetamine", "cash", "currency", "contraband",
                           "haul", "consignment", "firearm", "kalashnikov"})


def _set_free_or_found(verb: Token) -> EventKind | None:
    """"freed the hostages" is a release, "free up funds" none; "recovered 12 bodies" is no seizure of weapons
    (the bodies are a toll), "recovered two rifles" is."""
    objects = _objects(verb)
    if verb.lemma_.lower() == "free":
        things = bool(objects) and not any(_person(o) or o.pos_ == "NUM" for o in objects)
        return NO_EVENT if things or any(c.dep_ == "prt" for c in verb.children) else None
    # what was recovered, through "a total of 32 bodies", "two more bodies": a seizure only of arms, drugs or
    # cash; bodies, survivors, or "another was recovered" after bodies are a toll or a rescue, not a seizure
    found = objects + [p for o in objects for prep in o.children if prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj"]
    return None if any(t.lemma_.lower() in SEIZED_THINGS for t in found) else NO_EVENT


def _remains(tok: Token) -> bool:
    """A craft's remains or recorders ("the wreckage", "debris of the plane", "the black box", "flight data
    recorders"), also through "of" ("parts of the fuselage")."""
    words = [tok] + [p for prep in tok.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
    return any(w.lemma_.lower() in CRAFT_REMAINS or w.lower_ in CRAFT_REMAINS or (
        w.lemma_.lower() == "box" and any(c.lower_ == "black" for c in w.children)) for w in words)


def _dismiss(tok: Token) -> EventKind | None:
    """"dismissed the minister" is a dismissal; "dismissed the allegations", "her dismissal of the report"
    reject what was said (a denial the claims read) or end a case (its charge is the event): no event."""
    acted_on = _objects(tok) if tok.pos_ == "VERB" else _preps(tok).get("of", [])
    if tok.pos_ == "VERB" and not acted_on:
        # "dismissed as absurd the minister's suspicions": the object put after its "as" phrase, which the parser
        # takes for the "as" phrase's object
        acted_on = [o for o in _preps(tok).get("as", []) if o.pos_ == "NOUN" and any(
            c.pos_ == "ADJ" and c.i < o.i for c in o.subtree)]
    if any(o.lemma_.lower() in ASKED_FOR for o in acted_on):
        return EventKind("REJECT", None, "verb" if tok.pos_ == "VERB" else "noun")  # "dismissed the motion"
    if any(_person(o) or o.lemma_.lower() in POSTS or o.ent_type_ == "ORG" for o in acted_on):
        return DISMISSAL
    if any(o.pos_ in ("NOUN", "PRON") and o.lower_ not in PERSON_PRONOUNS for o in acted_on):
        return NO_EVENT
    return None


def _dissolution(tok: Token) -> EventKind | None:
    """"dissolved parliament", "the assembly was dissolved", "the dissolution of the cabinet": a body's term of
    office ended (RETREAT/dissolution); None (the ontology's end of a company) for anything else."""
    ended = _objects(tok) if tok.pos_ == "VERB" else _preps(tok).get("of", []) + [
        c for c in tok.children if c.dep_ == "poss"]
    if any(o.lemma_.lower() in DISSOLVED_BODIES or o.lower_ in DISSOLVED_BODIES for o in ended):
        return EventKind("RETREAT", "dissolution", "verb" if tok.pos_ == "VERB" else "noun")
    return None


#: places and structures whose names end as agent nouns do ("-ant", "-ent", "-er", "-or"): no one is captured, hit
#: or fired when they are ("captured the gas plant", "hit the tower", "fired on the border post")
SITES_LIKE_AGENTS = frozenset({"plant", "tower", "border", "centre", "center", "corridor", "floor", "shelter",
                               "harbour", "harbor", "river", "water", "theatre", "theater", "quarter", "sector",
                               "reactor", "container", "settlement", "apartment", "department", "tenement",
                               "encampment", "monument", "compartment", "basement"})


def _person(tok: Token) -> bool:
    """A person or people: a PERSON or NORP name, a personal pronoun, a person noun ("pirates", "driver"; not a
    site named like one: :data:`SITES_LIKE_AGENTS`)."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in PERSON_PRONOUNS or (
        tok.pos_ == "NOUN" and ((person_like(lemma) and lemma not in SITES_LIKE_AGENTS) or lemma in PEOPLE)) or (
        tok.pos_ == "PROPN" and tok.lower_ in PEOPLE)  # "drug lord", tagged as a name


def _vessel_taken(tok: Token) -> bool:
    """A ship is what is taken: the verb's object (its subject in the passive, the noun a participle modifies: "the
    tanker detained by the navy"), the noun's possessor or "of" object ("the ship's seizure", "the detention of
    the tanker")."""
    if tok.pos_ == "VERB":
        taken = _objects(tok) + ([tok.head] if tok.dep_ in ("acl", "relcl") else [])
    else:
        taken = [c for c in tok.children if c.dep_ == "poss"] + _preps(tok).get("of", [])
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in VESSEL_NOUNS for t in taken)


def _captive(noun: Token) -> bool:
    """The person a capture takes: its possessor ("his capture") or its "of" object ("the capture of the
    cartel's leader"), not a place ("the capture of the town")."""
    return any(c.dep_ == "poss" and _person(c) for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _person(o) for o in c.children)
        for c in noun.children)


def _objects(verb: Token) -> list[Token]:
    """What the verb acts on: its object, or its subject in the passive."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject; for a relative clause ("the car that hit her") or a participle modifying a noun
    ("a man fired last week"), the noun; for a verb under a raising or control verb ("is thought to have
    fallen"), that verb's subject."""
    subs = [c for c in verb.children if c.dep_ in SUBJECTS]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        subs.append(verb.head)
    if not subs and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        subs = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    return subs


def _preps(tok: Token) -> dict[str, list[Token]]:
    """A word's prepositions and their objects ("at" -> [crowd])."""
    out: dict[str, list[Token]] = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent"):
            out.setdefault(c.lower_, []).extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _fire(verb: Token) -> EventKind | None:
    objs = _objects(verb)
    preps = _preps(verb)
    if any(o.lemma_.lower() in FIRED_THINGS for o in objs):
        return SHOOTING  # "fired shots", "shots were fired"
    if any(_person(o) or o.lemma_.lower() in POSTS for o in objs) or "as" in preps or any(
            o.lemma_.lower() in POSTS or o.ent_type_ == "ORG" for o in preps.get("from", [])):
        return DISMISSAL  # "fired its coach", "was fired as coach", "was fired from the firm"
    if any(o.ent_type_ not in ("DATE", "TIME") for p in FIRED_AT & preps.keys() for o in preps[p]):
        return SHOOTING  # "fired at the crowd", "fired on protesters" (not "on Monday")
    if not objs and any(_person(s) for s in _subjects(verb)):
        return SHOOTING  # "police fired", "the gunmen fired again"
    return None


BLAZE = EventKind("DISASTER", "man_made", "noun")
#: what makes "fire" gunfire: its verb ("opened/returned/exchanged fire", "came under fire") or its modifier
GUNFIRE_HEADS = frozenset({"open", "return", "exchange", "draw", "hold", "cease", "trade", "under", "line", "hail",
                           "volley", "burst", "barrage", "exchanges", "crossfire"})
GUNFIRE_MODS = frozenset({"heavy", "sniper", "machine", "automatic", "artillery", "friendly", "enemy", "hostile",
                          "cross", "live", "rocket", "mortar", "tank", "gun", "rifle", "sustained", "sporadic",
                          "indiscriminate", "warning", "small", "arms", "celebratory", "covering", "suppressive"})
#: verbs whose subject is a blaze: "fire broke out", "a fire gutted the mill", "the fire spread"
BLAZE_VERBS = frozenset({"break", "engulf", "rip", "gut", "spread", "sweep", "destroy", "kill", "claim", "burn", "rage",
                         "start", "erupt", "injure", "damage", "tear", "consume", "raze", "leave", "reach", "trap",
                         "flare", "smoulder", "smolder"})
#: words of dying and hurting whose "in"/"from" object is what killed or hurt: "died in the fire"
HARMED = frozenset({"die", "kill", "injure", "hurt", "burn", "perish", "death", "injury", "wound", "trap", "lose"})


def _blaze(tok: Token) -> EventKind | None:
    """The noun "fire" as a blaze (module docstring); None for "gun fire" (the caller's shooting); else no event."""
    head = tok.head
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if "gun" in mods:
        return None
    if head.lemma_.lower() in GUNFIRE_HEADS or head.lower_ in GUNFIRE_HEADS or mods & GUNFIRE_MODS or (
            head.lower_ == "of" and head.head.lemma_.lower() in GUNFIRE_HEADS):
        return NO_EVENT
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() == "catch":
        return BLAZE  # "the bus caught fire"
    if tok.dep_ in SUBJECTS and head.lemma_.lower() in BLAZE_VERBS:
        return BLAZE  # "fire broke out", "a fire gutted the mill"
    if tok.dep_ == "pobj" and head.lower_ in ("in", "from", "by") and head.head.lemma_.lower() in HARMED:
        return BLAZE  # "died in the fire", "injured in a fire"
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nmod", "prep", "relcl", "acl") for c in tok.children):
        return BLAZE  # "the fire", "the factory fire", "a deadly fire", "a fire at the warehouse"
    return NO_EVENT


def _hit(tok: Token) -> EventKind | None:
    if _hit_and_run(tok):
        return ACCIDENT
    if tok.pos_ != "VERB":
        return None
    doers = []
    for verb in _coordinated(tok):  # "was struck and killed by a motorist"
        doers += [c for c in verb.children if c.dep_ == "nsubj"] + _preps(verb).get("by", [])
        if verb.dep_ in ("relcl", "acl") and not any(c.dep_ == "nsubjpass" for c in verb.children):
            doers.append(verb.head)  # "the car that hit her"
    heads = {d.lemma_.lower() for d in doers}
    words = heads | {c.lower_ for d in doers for c in d.children if c.dep_ == "compound"}
    armed = heads & (STRIKING | ARMED_DOERS)  # "a car bomb struck the market", "car bombers struck a barracks"
    if (words & VEHICLES and not armed) or any(d.ent_type_ == "PRODUCT" for d in doers):
        return ACCIDENT  # "was hit by a car", "the driver who hit her"
    hazard = next((TRIGGERS[w] for w in words if w in TRIGGERS and TRIGGERS[w].type == "DISASTER"), None)
    if hazard is not None:
        return EventKind("DISASTER", hazard.subtype, "verb")  # "the earthquake hit the coast"
    if words & MISFORTUNES:
        return EventKind("DISASTER", None, "verb")  # "tragedy struck last Sunday": the disaster told again
    if words & STRIKING:
        sub = next((MODIFIER_SUBTYPE[w] for w in words if MODIFIER_SUBTYPE.get(w)), "attack")
        return EventKind("ASSAULT", sub, "verb")  # "a missile hit the school"
    return None  # other hits (a record, the shops) are no event


def _coordinated(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it ("struck and killed"), which share its subject and agent."""
    out = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [*out, verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else out


def _hit_and_run(tok: Token) -> bool:
    """"a hit-and-run", "Hit - And - Run", "hit and run" (the words after "hit", hyphens left out)."""
    after = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 5] if t.text != "-"][:2]
    return after == ["and", "run"] or after == ["&", "run"]


def _fall(tok: Token) -> EventKind | None:
    children = list(tok.children)
    if any(c.lower_ in FALL_STATES for c in children) or any(
            g.lower_ in FALL_STATES for c in children if c.dep_ == "prep" for g in c.children):
        return NO_EVENT  # "fell ill", "fell asleep", "fell in love", "fell short", "fell victim to"
    if any(t.ent_type_ in ("PERCENT", "MONEY") for t in tok.subtree):
        return NO_EVENT  # "shares fell 5%", "they fell to $10"
    preps = _preps(tok)
    from_height = bool(FALL_FROM & preps.keys()) or any(
        o.lemma_.lower() == "death" for o in preps.get("to", []))  # "fell to his death"
    if tok.pos_ == "NOUN":
        # "a fall from the ridge", "the climber's fall", not the season (a DATE) or "the fall of the city"
        return ACCIDENT if from_height or any(c.dep_ == "poss" and _person(c) for c in children) else None
    if tok.pos_ != "VERB":
        return None
    if (from_height or "in" in preps) and _mishap(tok) is not None:
        return ACCIDENT  # "the bus fell into a deep gorge", "their vehicle fell in a gorge"
    return ACCIDENT if any(_person(s) for s in _subjects(tok)) else NO_EVENT


def _slip_fall(tok: Token) -> bool:
    """"slipped and fell", "slipped off the ridge": a slip that is a fall (not "slipped into a coma")."""
    return bool({"off", "from", "down"} & _preps(tok).keys()) or any(
        c.dep_ == "conj" and c.lemma_.lower() == "fall" for c in tok.children) or (
        tok.dep_ == "conj" and tok.head.lemma_.lower() == "fall")


#: what makes driving an offence: "drunk driving", "driving while intoxicated", "reckless driving"
IMPAIRED = frozenset({"drunk", "drunken", "impaired", "intoxicated", "reckless", "dangerous", "careless"})
OFFENCE = EventKind("CRIME", "traffic_offence")


def _driving(tok: Token) -> EventKind | None:
    """Driving that is an offence (module docstring): drunk, impaired or reckless, or under the influence."""
    words = {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod", "acomp", "compound", "advcl")}
    words |= {g.lower_ for c in tok.children if c.dep_ in ("advcl", "prep") for g in c.subtree}
    if words & IMPAIRED or "influence" in words:
        return OFFENCE
    return None
