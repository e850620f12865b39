"""Acts told by an ordinary verb or noun that is an event only by what it acts on or who does it.

News tells many acts with words that name no event by themselves; the word's object, its preposition or its
doer makes it one. Each rule reads that, never the word alone:

- **posted online** (STATEMENT/speech, as "tweeted" is): a verb of posting whose place is a social network or a
  site ("the president posted on Twitter", "a video posted on social media"); "posted a loss", "was posted to
  the embassy" are none.
- **a telling released** (STATEMENT/speech, clustered by its releaser as speech is; not a broadcast, which fusion
  joins whoever speaks): "released a video showing the hostages", "in a recording released on Sunday"; a
  released noun that is an event word of its own ("released a statement") is the event itself, and a release of
  people stays a release.
- **a culprit identified** (INVESTIGATE, CAMEO 09 "investigate", whose outcome it tells): "police identified the
  gunman as X", "the attackers have been named as two brothers", "established the identity of the bombers";
  "identified climate change as a priority", "named her as its envoy" (an appointment) are none.
- **asking to do something** (REQUEST, CAMEO 02): "the government has asked to search the embassy", "called on
  the alliance to send in troops"; a reporter's condition ("asked not to be named", "asked to remain anonymous")
  is none.
- **someone dispatched** (as "send": envoys, an official sent to a place, a visit; troops, a deployment):
  "dispatched the foreign minister to Lesk", "dispatched 300 soldiers to the border".
- **an alert raised** (MOBILIZE, CAMEO 151/152 "increase police/military alert status"): "raised the terror threat
  level", "the alert level was raised to its highest", "put the troops on high alert"; "raised the level of
  the river" is none.
- **a place invaded** (ASSAULT/attack, as "stormed the station" is; CAMEO 19 "fight", 192 "occupy territory"):
  "gunmen invaded the town", "rebels invaded the village"; a space entered ("invaded its airspace") is an
  incursion (frames.py), protesters invading a building a protest. An invasion whose own clause goes on to kill
  or take people ("invaded the school, kidnapping dozens of pupils") is the way in of that act, told by its verb.
- **troops pulled away** (RETREAT/withdrawal): an armed body pulled out, back or from somewhere ("Velmoran troops
  would be pulled from the coalition"), where the parser gives no particle for the ontology's "pull out"; "pulled
  a body from the rubble" is none.
- **someone briefed**: the press briefed is an announcement to many (STATEMENT/broadcast, as "a news briefing"),
  anyone else a meeting (CONSULT/meeting: "while briefing the federal delegation", "was briefed by his
  ministers").
- **people going back** (MOVE/transport, ACE Movement.Transport): residents, evacuees or refugees returning or
  let back in after a disaster or a war ("thousands of evacuees returned to the town", "authorities began allowing
  residents back into the area"); "the minister returned from Lesk" (the end of a visit) and "returned the money"
  are none.
- **security tightened** (MOBILIZE, as an alert raised: CAMEO 15 "exhibit force posture"): a verb of tightening or
  adding whose object (or passive subject) is security or its measures, presence or patrols ("security was
  tightened in the capital", "beefed up police presence", "security measures were increased"), and defences
  fortified ("rushed to fortify the capital's defences"); "food security", "tightened its belt" are none.
- **control taken** (TAKEOVER/capture, as "seized the town" is): "took control of a town", "fighters gained control
  of the airport", "assumed control of key sites"; control of a situation, a company or a debate is none, and
  protesters taking control of a building protest (as invading it).
- **armed men on the move** (MOBILIZE, a force brought to bear; CAMEO 15): an armed body advancing, marching,
  moving or pushing on, towards or into a place, or approaching one ("columns of fighters advanced on the capital",
  "his men began marching toward Lesk", "as the mutineers approached the city"); protesters marching are a
  protest (the ontology's "march"), a storm advancing no act. The same men turning around or going back to their
  bases is a withdrawal ("ordered his fighters to turn around and return to their bases"; RETREAT).
- **a telling published** (STATEMENT/speech, as "posted" is): a verb of publishing or sharing whose place is a social
  network ("published a video on social media", "shared a message on his Telegram channel").
- **remains or captives handed over** (RETREAT/release, CAMEO 0841 "return, release person(s)"): a body, remains,
  captives or prisoners handed over or returned to someone ("the body has been handed over to his mother",
  "returned the remains of two soldiers"); a suspect handed to prosecutors is a referral (frames.py).
- **an ultimatum** (THREATEN, CAMEO 13): someone given until a day, or hours or days, to do something ("had given
  the former chief until Monday to return", "gave the rebels 48 hours to lay down their arms").
- **an inquiry opened** (INVESTIGATE, CAMEO 09): a criminal case opened ("opened a criminal case against him",
  "launched a case into the killing"), and a body set up to investigate ("police launched a 475-member task force
  to find its cause", "formed a special investigation team"); "opened a case of wine", "set up a task force on
  housing" are none.
- **a case dropped** (JUSTICE/case_dropped, a step of the law that ends a case; no PLOVER category, as an
  acquittal or a pardon has none): a criminal case, an investigation or charges closed, dropped or shelved ("have
  closed a criminal investigation into the mutiny", "prosecutors dropped the charges against him", "the case was
  shelved"); "closed the border" (frames.py), "dropped the ball" are none.
- **bodies found** (LIFE/death, the deaths a search brings to light): a body or remains found, discovered or
  recovered ("rescuers have discovered the body of an 84-year-old woman", "the remains of two climbers were
  found"); a count of bodies recovered is the toll's (casualties.py), a craft's wreck found a recovery
  (senses.py), "found the suspect's car" none.
- **a day of mourning or a silence observed** (STATEMENT/commemoration, a public act of remembrance a state or a
  people holds): "the nation observed a day of mourning", "held a minute's silence", "declared three days of
  national mourning"; "mourning their dead", "his silence on the matter" are none.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.casualties import cue_kind
from storyline.analyze.events.doers import armed_body, subjects
from storyline.analyze.events.ontology import TRIGGERS, EventKind
from storyline.lexicons import speech, violence
from storyline.lexicons.titles import DIPLOMATS

POSTED = EventKind("STATEMENT", "speech", "verb")
RELEASED = EventKind("STATEMENT", "speech", "verb")
IDENTIFIED_VERB = EventKind("INVESTIGATE", None, "verb")
IDENTIFIED_NOUN = EventKind("INVESTIGATE", None, "noun")
ASKED = EventKind("REQUEST", None, "verb")
SENT_ENVOY = EventKind("CONSULT", "visit", "verb")
SENT_FORCE = EventKind("MOBILIZE", None, "verb")
ALERT_RAISED = EventKind("MOBILIZE", None, "verb")
INVADED = EventKind("ASSAULT", "attack", "verb")
INVADED_BY_CROWD = EventKind("PROTEST", "violent_demonstration", "verb")
COMMEMORATION = EventKind("STATEMENT", "commemoration", "noun")
RETURNED = EventKind("MOVE", "transport", "verb")
PULLED = EventKind("RETREAT", "withdrawal", "verb")
BRIEFED_PRESS = EventKind("STATEMENT", "broadcast", "verb")
BRIEFED_PARTY = EventKind("CONSULT", "meeting", "verb")
CONTROL_TAKEN = EventKind("TAKEOVER", "capture", "verb")
FORCE_MOVED = EventKind("MOBILIZE", None, "verb")
FORCE_BACK = EventKind("RETREAT", "withdrawal", "verb")
HANDED_BACK = EventKind("RETREAT", "release", "verb")
ULTIMATUM = EventKind("THREATEN", None, "verb")
CASE_OPENED = EventKind("INVESTIGATE", None, "verb")
CASE_DROPPED = EventKind("JUSTICE", "case_dropped", "verb")
BODIES_FOUND = EventKind("LIFE", "death", "verb")
#: who is briefed when a briefing is an announcement to many ("briefed reporters", "briefed the media")
PRESS = frozenset({"reporter", "reporters", "journalist", "journalists", "media", "press", "correspondent",
                   "correspondents", "newsmen"})

#: tellings a party makes public by releasing them ("released a video", "a recording released by the group")
RELEASED_TELLINGS = frozenset({"video", "videos", "footage", "recording", "recordings", "audio", "clip", "tape",
                               "tapes", "message", "letter", "communique", "communiqué", "readout", "transcript",
                               "photo", "photos", "photograph", "photographs", "picture", "pictures", "image",
                               "images", "list", "report"})
#: who is identified when an identification is an investigation's outcome: culprits, suspects, the dead
IDENTIFIED = violence.ASSAILANT_HEADS | frozenset({
    "suspect", "culprit", "perpetrator", "victim", "body", "bodies", "remains", "dead", "deceased", "man", "men",
    "woman", "women", "driver", "shooter", "killer", "bombers", "attackers", "gunmen", "militants", "perpetrators",
    "suspects", "victims", "culprits", "invader", "invaders", "hijacker", "pilot"})
#: verbs of finding out an identity ("established the identity of the attackers")
IDENTITY_VERBS = frozenset({"establish", "confirm", "determine", "reveal", "disclose", "release", "ascertain"})
#: what a reporter's source asks for: no request of one party to another ("asked not to be named")
ANONYMITY_VERBS = frozenset({"remain", "be", "speak", "withhold", "stay", "go", "comment", "talk"})
#: verbs of sending people ("dispatched his foreign minister", "dispatched troops")
DISPATCHING_VERBS = frozenset({"dispatch", "despatch"})
#: places a person is sent that make the sending no visit ("sent him to prison", "dispatched to hospital")
NO_VISIT_PLACES = frozenset({"prison", "jail", "gaol", "court", "hospital", "custody", "detention", "camp", "front",
                             "school", "death"})
#: place nouns a visitor is sent to ("to the kingdom", "to the capital")
VISITED_NOUNS = frozenset({"country", "kingdom", "capital", "city", "region", "republic", "state", "island",
                           "territory", "province", "area", "nation"})
#: verbs of raising a level ("raised the threat level", "heightened the alert")
RAISING_VERBS = frozenset({"raise", "increase", "heighten", "elevate", "upgrade", "boost", "lift", "hike"})
#: what marks a level as one of alert ("the terror threat level", "the alert status", "security level")
ALERT_WORDS = frozenset({"alert", "threat", "terror", "terrorism", "security", "readiness", "combat", "alarm"})
ALERT_HEADS = frozenset({"level", "levels", "status", "state", "alert", "readiness", "footing"})
#: who is put on alert ("put the army on high alert")
PUTTING_VERBS = frozenset({"put", "place"})
#: places an armed band invades ("invaded the town", "invaded the school")
INVADED_PLACES = frozenset({"town", "city", "village", "school", "compound", "building", "premises", "palace",
                            "parliament", "congress", "camp", "base", "station", "hospital", "church", "mosque",
                            "market", "home", "house", "community", "district", "country", "capital", "farm",
                            "settlement", "office", "headquarters", "prison", "court", "hotel", "mall"})
#: protesters, whose invading a building is a protest ("protesters invaded the parliament")
CROWD_INVADERS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                            "rioter", "rioters", "crowd", "mob", "supporters", "supporter", "activist", "activists"})
#: verbs of going back ("residents returned to the town"), and of letting people back ("allowed residents back in")
RETURNING_VERBS = frozenset({"return", "re-enter", "reenter"})
LETTING_VERBS = frozenset({"allow", "let", "permit"})
#: people driven from their homes whose going back is news ("evacuees returned", "residents were allowed back")
RETURNERS = frozenset({"resident", "residents", "evacuee", "evacuees", "refugee", "refugees", "villager", "villagers",
                       "inhabitant", "inhabitants", "homeowner", "homeowners", "family", "families", "displaced",
                       "survivor", "survivors", "people", "tenant", "tenants", "civilian", "civilians"})
#: verbs of making a telling public that are a post when the place is a network ("published a video on X")
SHARING_VERBS = frozenset({"publish", "share", "upload"})
#: verbs of tightening or adding to security ("tightened security", "beefed up patrols"; "up" for the phrasal ones)
TIGHTENING_VERBS = frozenset({"tighten", "increase", "heighten", "boost", "strengthen", "reinforce", "bolster",
                              "intensify", "step", "beef", "ramp", "scale"})
PHRASAL_TIGHTENING = frozenset({"step", "beef", "ramp", "scale"})
#: heads of what is tightened when it is security ("security measures", "police presence", "patrols")
SECURITY_HEADS = frozenset({"measure", "measures", "presence", "patrol", "patrols", "deployment", "cordon"})
SECURITY_WORDS = frozenset({"security", "police", "military", "army", "armed", "anti-terror", "anti-terrorism"})
#: kinds of security that are no force shown ("food security", "job security")
OTHER_SECURITIES = frozenset({"food", "energy", "job", "social", "cyber", "economic", "financial", "water", "health",
                              "data", "information", "income", "supply", "tenure"})
#: what is fortified when a place prepares for an armed threat ("fortified the capital's defences")
FORTIFIED = frozenset({"defence", "defences", "defense", "defenses", "position", "positions", "line", "lines",
                       "border", "capital", "city", "town", "base", "approaches", "perimeter"})
#: verbs of taking control ("took control of the town", "gained control of the airport")
CONTROL_TAKING_VERBS = frozenset({"take", "gain", "assume", "wrest", "grab", "win", "establish"})
#: places an armed force takes, moves on or holds ("key military sites", "the airport")
GROUND = INVADED_PLACES | frozenset({
    "airport", "airfield", "site", "sites", "facility", "facilities", "port", "bridge", "road", "highway", "area",
    "territory", "region", "province", "district", "border", "crossing", "station", "compound", "square", "street",
    "streets", "centre", "center", "headquarter", "neighbourhood", "neighborhood", "outskirts", "suburb", "valley",
    "state", "oblast", "garrison", "barracks", "building", "complex", "refinery", "dam", "plant", "mine", "front"})
#: verbs of moving a force on a place, with the prepositions that name it ("advanced on", "marched toward")
ADVANCING_VERBS = frozenset({"advance", "march", "move", "push", "head", "drive", "roll", "press", "converge",
                             "close", "race", "rush", "thrust"})
TOWARDS = frozenset({"on", "toward", "towards", "into", "to", "upon"})
#: armed men who move on a place besides the state's forces ("fighters", "mutineers"; a convoy or a column only by
#: whom it is of: "a column of tanks", not "the aid convoy")
ARMED_MOVERS = violence.ASSAILANT_HEADS | frozenset({
    "fighter", "fighters", "mercenary", "mercenaries", "mutineer", "mutineers", "militia", "militiaman",
    "militiamen", "guerrilla", "guerrillas", "tank", "tanks", "troop",
    "troops", "soldier", "soldiers", "army", "forces", "rebels", "militants", "insurgents", "jihadists"})
#: where a force goes back to that makes its going a withdrawal ("returned to their bases")
HOME_GROUND = frozenset({"base", "bases", "camp", "camps", "barracks", "position", "positions", "post", "posts"})
#: what a hand-over returns that makes it a release of people ("the body", "the remains", "the captives")
HANDED_PEOPLE = frozenset({"body", "bodies", "remains", "corpse", "corpses", "captive", "captives", "hostage",
                           "hostages", "prisoner", "prisoners", "detainee", "detainees", "child", "children",
                           "coffin", "coffins"})
#: who takes a suspect handed over: then a referral or an arrest (frames.py, the ontology), not a release
LAW_RECEIVERS = frozenset({"police", "prosecutor", "prosecutors", "prosecution", "court", "authorities", "custody",
                           "justice", "investigator", "investigators"})
#: spans of time an ultimatum gives ("48 hours to leave", "three days to comply")
GRACE_SPANS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "minute", "minutes"})
#: verbs of opening an inquiry or setting up a body to hold one
OPENING_VERBS = frozenset({"open", "launch", "initiate", "institute", "start", "file"})
SETTING_UP_VERBS = frozenset({"launch", "set", "form", "establish", "create", "appoint", "convene", "constitute"})
#: bodies set up to find something out ("task force", "special investigation team", "commission of inquiry")
INQUIRY_BODIES = frozenset({"force", "team", "commission", "committee", "panel", "unit", "squad", "board"})
INQUIRY_WORDS = frozenset({"investigation", "investigative", "investigating", "inquiry", "enquiry", "probe",
                           "fact-finding", "forensic"})
#: what a body set up to investigate is to do ("a task force to find its cause")
FINDING_OUT = frozenset({"investigate", "probe", "find", "determine", "establish", "identify", "examine", "look",
                         "uncover", "trace", "track", "hunt", "review", "inquire", "ascertain"})
#: what makes a case a criminal one ("opened a criminal case", "a murder case")
CASE_WORDS = frozenset({"criminal", "murder", "terrorism", "treason", "fraud", "corruption", "homicide",
                        "manslaughter", "mutiny", "sabotage"})

#: verbs of dropping a case and what is dropped ("closed the investigation", "dropped the charges")
DROPPING_VERBS = frozenset({"close", "drop", "shelve", "abandon", "discontinue", "terminate"})
DROPPED_CASES = frozenset({"case", "cases", "investigation", "investigations", "probe", "inquiry", "charge",
                           "charges", "prosecution", "proceedings"})
#: verbs of finding and what is found when a search finds the dead ("discovered the body", "bodies recovered")
FINDING_VERBS = frozenset({"find", "discover", "recover", "retrieve", "locate", "unearth", "exhume"})
DEAD_FOUND = frozenset({"body", "bodies", "corpse", "corpses", "remains"})

#: the public acts of remembrance ("a minute's silence", "a day of mourning")
REMEMBRANCES = frozenset({"silence", "mourning"})
#: spans of time a remembrance lasts ("a minute of silence", "three days of mourning")
REMEMBRANCE_SPANS = frozenset({"minute", "minutes", "moment", "moments", "day", "days", "period", "week", "hour",
                               "one-minute", "two-minute"})
#: verbs that hold a remembrance ("observed", "held", "declared", "marked")
REMEMBERING_VERBS = frozenset({"observe", "hold", "declare", "mark", "proclaim", "announce", "keep", "order",
                               "call", "stand", "pause"})


def act_kind(tok: Token, person: bool = False) -> EventKind | None:
    """The kind of ``tok`` in one of the module's acts, or None. ``person``: the token's object is a named person
    (the caller's mention index knows)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if lemma == "post" and _posted_online(tok):
            return POSTED
        if lemma == "release" and _telling_released(tok):
            return RELEASED
        if lemma in ("identify", "name") and _culprit_identified(tok):
            return IDENTIFIED_VERB
        if lemma == "ask" and _asks_to_do(tok):
            return ASKED
        if lemma == "call" and _called_on_to_do(tok):
            return ASKED
        if lemma in DISPATCHING_VERBS:
            return _dispatched(tok, person)
        if lemma in RAISING_VERBS | PUTTING_VERBS | {"step"} and _alert_raised(tok):
            return ALERT_RAISED
        if lemma == "invade":
            return _invaded(tok)
        if (lemma in RETURNING_VERBS or lemma in LETTING_VERBS) and _residents_return(tok):
            return RETURNED
        if lemma == "pull" and _troops_pulled(tok):
            return PULLED
        if lemma == "brief":
            return _briefed(tok)
        return _force_kind(tok) or _taking_kind(tok)
    return _noun_kind(tok)


def _force_kind(tok: Token) -> EventKind | None:
    """Acts of force and of its show: security tightened, defences fortified, armed men moving on a place or going
    back (see the module's docstring)."""
    lemma = tok.lemma_.lower()
    if lemma in TIGHTENING_VERBS and _security_tightened(tok):
        return ALERT_RAISED
    if lemma == "fortify" and any(_words(o) & FORTIFIED or o.ent_type_ in ("GPE", "LOC", "FAC")
                                  for o in _objects(tok)):
        return ALERT_RAISED
    if (lemma in ADVANCING_VERBS or lemma == "approach") and _force_advances(tok):
        return FORCE_MOVED
    if lemma in ("turn", "return", "head", "go") and _force_goes_back(tok):
        return FORCE_BACK
    return None


def _taking_kind(tok: Token) -> EventKind | None:
    """Acts told by a light verb and its object: control taken, a telling published, people handed back, an
    ultimatum given, an inquiry opened (see the module's docstring)."""
    lemma = tok.lemma_.lower()
    if lemma in CONTROL_TAKING_VERBS and _control_taken(tok):
        crowd = any(m.lower_ in CROWD_INVADERS or m.lemma_.lower() in CROWD_INVADERS for m in _movers(tok))
        return INVADED_BY_CROWD if crowd else CONTROL_TAKEN  # ("protesters took control of the palace": a protest)
    if lemma in SHARING_VERBS and (_posted_online(tok) or any(_posted_online(o) for o in _objects(tok))):
        return POSTED
    if lemma in ("hand", "return", "give") and _handed_back(tok):
        return HANDED_BACK
    if lemma == "give" and _ultimatum(tok):
        return ULTIMATUM
    if (lemma in OPENING_VERBS and _case_opened(tok)) or (lemma in SETTING_UP_VERBS and _inquiry_set_up(tok)):
        return CASE_OPENED
    if lemma in DROPPING_VERBS and _case_dropped(tok):
        return CASE_DROPPED
    if lemma in FINDING_VERBS and _dead_found(tok):
        return BODIES_FOUND
    return None


def _noun_kind(tok: Token) -> EventKind | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        if lemma == "identity" and _identity_found(tok):
            return IDENTIFIED_NOUN
        if lemma in REMEMBRANCES and _remembrance(tok):
            return COMMEMORATION
    return None


def _objects(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return out + [c for o in out for c in o.children if c.dep_ == "conj"]


def _preps(tok: Token, words: frozenset[str]) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in words for g in c.children
            if g.dep_ == "pobj"]


def _words(tok: Token) -> set[str]:
    """A noun's lemma and form and those of its modifiers ("social media" -> social, media)."""
    return {tok.lemma_.lower(), tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}


def _posted_online(verb: Token) -> bool:
    """"posted on Twitter", "posted on his Facebook page", "a video posted on social media", "posted online"."""
    if any(c.dep_ == "advmod" and c.lower_ == "online" for c in verb.children):
        return True
    return any(_words(p) & speech.NETWORKS or ({"social", "media"} <= _words(p))
               for p in _preps(verb, frozenset({"on", "to"})))


def _telling_released(verb: Token) -> bool:
    """"released a video showing the hostages", "in a recording released on Sunday", "a list released by the
    ministry"; not "released a statement" (the statement is the event), "released the hostages"."""
    released = _objects(verb)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        released.append(verb.head)
    for r in released:
        if r.lemma_.lower() in RELEASED_TELLINGS or r.lower_ in RELEASED_TELLINGS:
            kind = TRIGGERS.get(r.lemma_.lower())
            return kind is None or kind.pos == "verb"
    return False


def _person_words(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in IDENTIFIED or tok.lower_ in IDENTIFIED


def _culprit_identified(verb: Token) -> bool:
    """"police identified the gunman as X", "the attackers have been named as two brothers", "the victims have been
    identified"; "identified the issue as a priority", "named her as envoy" (an appointment: its "as" is a post)
    are none."""
    who = _objects(verb)
    # "two of the bombers have been named as ...": the people a number is of
    who += [g for w in who if w.like_num or w.pos_ == "NUM" for g in _preps(w, frozenset({"of"}))]
    as_ = _preps(verb, frozenset({"as"}))
    if verb.lemma_.lower() == "name":
        # named "as" people who did or suffered the act, or as names ("named as brothers Khalid and Omar")
        return bool(as_) and any(_person_words(w) for w in who) and (
            any(a.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in a.subtree) for a in as_))
    return any(_person_words(w) for w in who) and (
        bool(as_) or any(w.lemma_.lower() in IDENTIFIED or w.lower_ in IDENTIFIED for w in who))


def _identity_found(noun: Token) -> bool:
    """"established the identity of the attackers", "the identities of the bombers were confirmed"."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in IDENTITY_VERBS:
        return False
    return any(_person_words(o) for o in _preps(noun, frozenset({"of"})))


def _asks_to_do(verb: Token) -> bool:
    """"the government has asked to search the embassy": asked leave to act (no object: "asked X to do" is
    mentions._bids'); "asked not to be named", "asked to remain anonymous", "when asked to comment" are none."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or not any(c.dep_ == "nsubj"
                                                                            for c in verb.children):
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "whenever") for c in verb.children):
        return False
    done = _to_infinitive(verb)
    if done is None:
        return False
    return not (any(a.dep_ in ("neg", "auxpass") for a in done.children) or done.lemma_.lower() in ANONYMITY_VERBS)


def _to_infinitive(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _called_on_to_do(verb: Token) -> bool:
    """"called on the alliance to send in troops", "called on Lesk to free the prisoners" (the parser reads "on" a
    preposition, so the phrasal "call on" of the ontology does not see it); "called on the president in Lesk" (a
    courtesy call, mentions._calls_on) asks nothing."""
    if not _preps(verb, frozenset({"on"})):
        return False
    return _to_infinitive(verb) is not None or any(
        _to_infinitive(g) is not None for g in _preps(verb, frozenset({"on"})) if g.pos_ == "VERB")


def _dispatched(verb: Token, person: bool) -> EventKind | None:
    """"dispatched the foreign minister to Lesk", "dispatching X to the kingdom" (a visit); "dispatched troops"
    (a deployment); "dispatched him to prison" is none."""
    sent = _objects(verb)
    words = {w for s in sent for w in _words(s)}
    if words & (violence.STATE_FORCE_HEADS | {"troop", "troops", "soldier", "soldiers", "force", "forces",
                                              "police", "reinforcements", "unit", "units", "warship", "warships"}):
        return SENT_FORCE
    places = _preps(verb, frozenset({"to"}))
    if any(p.lemma_.lower() in NO_VISIT_PLACES for p in places):
        return None
    to_place = any(p.ent_type_ in ("GPE", "LOC", "FAC") or p.pos_ == "PROPN" or p.lemma_.lower() in VISITED_NOUNS
                   for p in places)
    if to_place and (person or any(s.ent_type_ == "PERSON" or s.lemma_.lower() in (
            "minister", "envoy", "delegation", "emissary", "secretary", "official", "officials", "team")
            for s in sent)):
        return SENT_ENVOY
    return None


def _alert_raised(verb: Token) -> bool:
    """"raised the terror threat level", "the alert level was raised", "heightened the alert", "stepped up
    security", "put the army on high alert"; "raised the level of the river", "raised concerns" are none."""
    lemma = verb.lemma_.lower()
    if lemma in PUTTING_VERBS:
        return any(p.lemma_.lower() == "alert" for p in _preps(verb, frozenset({"on"})))
    if lemma == "step":
        if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return False
        return any(o.lemma_.lower() == "security" for o in _objects(verb))
    for o in _objects(verb):
        head = o.lemma_.lower()
        if head == "alert":
            return True
        if head in ALERT_HEADS and _words(o) & ALERT_WORDS:
            return True
    return False


def _invaded(verb: Token) -> EventKind | None:
    """"gunmen invaded the town" (an attack), "protesters invaded the parliament" (a protest)."""
    places = [o for o in _objects(verb)
              if o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in INVADED_PLACES]
    if not places or any(c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB" and cue_kind(c) is not None
                         for c in verb.children):
        # "invaded the school, kidnapping dozens of pupils", "invaded the village and killed 12": the way in of the
        # taking or the killing its own verb tells (which, as an attack's result, it would otherwise lose)
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(d.lower_ in CROWD_INVADERS or d.lemma_.lower() in CROWD_INVADERS for d in doers):
        return INVADED_BY_CROWD
    return INVADED


def _returners(toks: list[Token]) -> bool:
    """People driven out: "residents", "thousands of evacuees", "displaced families"."""
    toks = toks + [g for t in toks if t.like_num or t.lemma_.lower() in ("thousand", "hundred", "dozen", "many")
                   for g in _preps(t, frozenset({"of"}))]
    return any(t.lemma_.lower() in RETURNERS or t.lower_ in RETURNERS for t in toks)


def _residents_return(verb: Token) -> bool:
    """"thousands of residents returned to their homes", "evacuees were allowed back into the town", "authorities
    began allowing residents back"; "the president returned from Lesk" (a visit's end: motion), "returned the
    money", "allowed the plan" are none."""
    if verb.lemma_.lower() in LETTING_VERBS:
        back = [c for c in verb.children if c.lower_ == "back" and c.dep_ in ("advmod", "prt", "ccomp", "xcomp")]
        # (the parser may read "allowing residents back" a clause: "residents" the subject of "back")
        let = _objects(verb) + [s for b in back for s in b.children if s.dep_ == "nsubj"]
        return bool(back) and _returners(let)
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "returned the money"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _returners(subjects)


def _troops_pulled(verb: Token) -> bool:
    """"Velmoran troops would be pulled from the coalition", "pulled its forces back", "the army pulled the unit
    out"; "pulled the trigger", "pulled a body from the rubble" are none ("pull out" alone: the ontology)."""
    moved = [o for o in _objects(verb) if armed_body(o) or o.lemma_.lower() in ("force", "troop", "soldier")]
    away = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back", "away") for c in verb.children) or bool(
        _preps(verb, frozenset({"from", "out"})))
    return bool(moved) and away


def _briefed(verb: Token) -> EventKind | None:
    """"briefed reporters on Monday" (an announcement to many), "briefing the federal delegation", "the president
    was briefed by his ministers" (a meeting); "brief" with no one briefed tells nothing."""
    briefed = _objects(verb)
    if not briefed:
        return None
    if any(b.lemma_.lower() in PRESS or b.lower_ in PRESS for b in briefed):
        return BRIEFED_PRESS
    return BRIEFED_PARTY


def _remembrance(noun: Token) -> bool:
    """"observed a day of mourning", "held a minute's silence", "a minute's silence was held", "declared three days
    of national mourning"; "his silence on the matter", "mourning their dead" are none."""
    phrase = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in REMEMBRANCE_SPANS:
        phrase = noun.head.head  # "a day of mourning": the span is what the verb holds
    elif not (any(c.dep_ == "poss" and c.lemma_.lower() in REMEMBRANCE_SPANS for c in noun.children) or
              any(c.dep_ in ("amod", "compound") and c.lower_ in ("national", "official", "public", "nationwide")
                  for c in noun.children)):
        return False  # "his silence", "the silence of the streets"
    if phrase.dep_ not in ("dobj", "nsubjpass"):
        return False
    return phrase.head.lemma_.lower() in REMEMBERING_VERBS


def _security_tightened(verb: Token) -> bool:
    """"security was tightened in the capital", "beefed up police presence", "security measures were increased",
    "stepped up patrols"; "tightened its grip", "increased food security", "stepped up efforts" are none."""
    lemma = verb.lemma_.lower()
    if lemma in PHRASAL_TIGHTENING and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    for o in _objects(verb):
        mods = {c.lower_ for c in o.children if c.dep_ in ("compound", "amod", "nmod")}
        if mods & OTHER_SECURITIES:
            continue
        head = o.lemma_.lower()
        if head == "security" or (head in SECURITY_HEADS and (mods & SECURITY_WORDS or head.startswith("patrol"))):
            return True
    return False


def _armed(tok: Token) -> bool:
    """An armed body: the state's forces (doers.armed_body) or armed men of any side ("fighters", "the mutineers");
    "Red Hand fighters", "columns of fighters": the people a number or a column is of."""
    heads = [tok, *_preps(tok, frozenset({"of"}))]
    return any(armed_body(t) or t.lemma_.lower() in ARMED_MOVERS or t.lower_ in ARMED_MOVERS for t in heads)


def _movers(verb: Token) -> list[Token]:
    """Who moves: the verb's subjects (doers.subjects: a participle's noun, a head verb's subject), and for "ordered
    his fighters to turn around" the one bidden."""
    for _ in range(4):  # ("ordered his fighters advancing on Lesk to turn around and return": up to "ordered")
        if any(c.dep_ == "nsubj" for c in verb.children):
            break
        if verb.dep_ == "xcomp" and (bidden := [c for c in verb.head.children if c.dep_ == "dobj"]):
            return bidden
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    return [s for s in subjects(verb) if s.dep_ != "nsubjpass"]
    return []


def _ground(tok: Token) -> bool:
    """A place: a named one (the model may tag a town's name as an organization's) or a noun of ground."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON") or \
        tok.lemma_.lower() in GROUND or tok.lower_ in GROUND


def _force_advances(verb: Token) -> bool:
    """"fighters advanced on the capital", "his men began marching toward Lesk", "his fighters advancing on Lesk in
    convoy", "as the mutineers approached the capital"; "protesters marched to parliament", "the storm advanced
    on the coast" are none."""
    if verb.lemma_.lower() == "approach":
        places = [o for o in verb.children if o.dep_ == "dobj"]
    else:
        places = _preps(verb, TOWARDS)
    return any(_ground(p) for p in places) and any(_armed(m) for m in _movers(verb))


def _force_goes_back(verb: Token) -> bool:
    """"ordered his fighters to turn around", "the convoys turned back", "troops returned to their bases", "the
    column headed back to its camps"; "the minister returned to Lesk", "turned around the economy" are none."""
    lemma = verb.lemma_.lower()
    if not any(_armed(m) for m in _movers(verb)):
        return False
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("around", "round", "back") for c in verb.children)
    if lemma == "turn":
        return back and not any(c.dep_ == "dobj" for c in verb.children)
    home = any(p.lemma_.lower() in HOME_GROUND or p.lower_ in HOME_GROUND for p in _preps(verb, frozenset({"to"})))
    if lemma == "return":
        return home and not any(c.dep_ == "dobj" for c in verb.children)
    return lemma in ("head", "go") and back and home


def _control_taken(verb: Token) -> bool:
    """"took control of a town", "fighters gained control of the airport", "assumed control of key military
    sites"; "took control of the situation", "gained control of the company" are none."""
    for o in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"):
        held = _preps(o, frozenset({"of", "over"})) or _preps(verb, frozenset({"of", "over"}))
        if any(_ground(h) for h in held):
            return True
    return False


def _handed_back(verb: Token) -> bool:
    """"the body has been handed over to his mother", "handed the body of X to his family", "returned the remains
    of two soldiers"; "handed the suspect over to police" (a referral), "returned the money" are none."""
    lemma = verb.lemma_.lower()
    if lemma in ("hand", "give") and not (any(c.dep_ == "prt" and c.lower_ in ("over", "back") for c in verb.children)
                                          or (lemma == "hand" and _preps(verb, frozenset({"to"})))):
        return False
    handed = _objects(verb)
    if not any(h.lemma_.lower() in HANDED_PEOPLE or h.lower_ in HANDED_PEOPLE for h in handed):
        return False
    return not any(_words(r) & LAW_RECEIVERS for r in _preps(verb, frozenset({"to", "into"})))


def _ultimatum(verb: Token) -> bool:
    """"had given the former chief until Monday to return", "gave the rebels 48 hours to lay down their arms";
    "gave him time to think" (no span) is none."""
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    to_do = [c for t in verb.subtree for c in t.children if (t.i == verb.i or t.head.i == verb.i) and c.dep_ in (
        "xcomp", "advcl", "relcl", "acl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                     for a in c.children)]
    if not to_do:
        return False
    given = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if verb.dep_ == "relcl":
        given.append(verb.head)  # "Ambassador Tomas Brell, who was given three days to leave"
    envoy = any(w.lemma_.lower() in DIPLOMATS or w.lower_ in DIPLOMATS for g in given
                for w in (g, *g.children) if w.i == g.i or w.dep_ == "compound")
    if envoy and any(d.lemma_.lower() in ("leave", "depart", "quit", "exit") for d in to_do):
        return False  # "gave the ambassador two days to leave": an expulsion (mentions._ordered_out)
    until = any(c.dep_ == "prep" and c.lower_ == "until" for c in verb.children)
    span = any(o.lemma_.lower() in GRACE_SPANS or o.lower_ in GRACE_SPANS for o in verb.children
               if o.dep_ in ("dobj", "dative", "npadvmod") and any(n.like_num for n in o.children))
    return until or span


def _case_opened(verb: Token) -> bool:
    """"has opened a criminal case against the commander", "opened a case into the killing", "a murder case was
    opened"; "opened a case of wine", "the case opened with" are none."""
    for o in _objects(verb):
        if o.lemma_.lower() != "case":
            continue
        mods = {c.lower_ for c in o.children if c.dep_ in ("compound", "amod")}
        if mods & CASE_WORDS or _preps(o, frozenset({"against", "into", "over"})) or \
                _preps(verb, frozenset({"against", "into"})):
            return True
    return False


def _inquiry_set_up(verb: Token) -> bool:
    """"police launched a 475-member task force to find its cause", "formed a special investigation team", "set up
    a commission of inquiry"; "set up a task force on housing", "formed a team of doctors" are none."""
    if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    for o in _objects(verb):
        if o.lemma_.lower() not in INQUIRY_BODIES:
            continue
        mods = {c.lower_ for c in o.children if c.dep_ in ("compound", "amod", "nmod")}
        if o.lemma_.lower() == "force" and "task" not in mods:
            continue
        if mods & INQUIRY_WORDS or any(g.lemma_.lower() in INQUIRY_WORDS for g in _preps(o, frozenset({"of"}))):
            return True
        purpose = [c for c in (*o.children, *verb.children) if c.dep_ in ("acl", "relcl", "xcomp", "advcl")
                   and c.pos_ == "VERB"]
        if any(p.lemma_.lower() in FINDING_OUT for p in purpose):
            return True
    return False


def _case_dropped(verb: Token) -> bool:
    """"have closed a criminal investigation into the mutiny", "prosecutors dropped the charges", "the case against
    her was shelved"; "closed the border", "dropped the ball", "closed his case" (a lawyer's argument) are none."""
    for o in _objects(verb):
        if o.lemma_.lower() not in DROPPED_CASES and o.lower_ not in DROPPED_CASES:
            continue
        mods = {c.lower_ for c in o.children if c.dep_ in ("compound", "amod")}
        if o.lemma_.lower() != "case" or mods & CASE_WORDS or _preps(o, frozenset({"against", "into", "over"})):
            return True
    return False


def _dead_found(verb: Token) -> bool:
    """"rescuers have discovered the body of an 84-year-old woman", "recovered the remains of two climbers"; "32
    bodies have been recovered" (a toll's count), "found the body of evidence", "recovered the wreckage" are none."""
    for f in _objects(verb):
        if any(c.dep_ == "nummod" for c in f.children):
            continue  # "32 bodies have been recovered": a count of the toll, which the casualty reading keeps
        if f.lower_ in DEAD_FOUND or f.lemma_.lower() in DEAD_FOUND:
            if any(g.lemma_.lower() in ("evidence", "work", "knowledge", "law", "research")
                   for g in _preps(f, frozenset({"of"}))):
                continue  # "a body of evidence"
            return True
    return False
