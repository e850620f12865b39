"""The "events" component: typed event mentions over the dependency parse.

For each sentence: find triggers (verbs and eventive nouns of the ontology in
:mod:`storyline.analyze.events.ontology`), refine the sub-type from modifiers
("suicide bomber", "gun battle", "air strike"), read participants and place
(:mod:`storyline.analyze.events.arguments`), the time (``analyze.time.best_time``),
casualty figures (:mod:`storyline.analyze.events.casualties`) and modality
(:mod:`storyline.analyze.events.modality`). Attribution of blame ("X has been blamed
for a blast", "attacks allegedly carried out by X", "X claimed responsibility
for the attack") makes X the actor of that event with modality alleged/claimed.

A plural event noun with no determiner or number ("militant attacks have
continued") is a generic/habitual mention: it is kept with modality
"generic" so fusion can leave it out of the story's events.

``extract_events(state, at=spans)`` builds exactly one mention for each given
trigger span (the gold-mention setting of an evaluation): the same arguments,
place, time, casualties and modality, with the type the trigger's head gets
from the ontology, or "OTHER" when it names no event of the ontology (fusion
links those by their word alone: :func:`storyline.fuse.actions.untyped`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.analyze.events import arguments as args
from storyline.analyze.events import carriers, contact, frames
from storyline.analyze.events.acts import act_kind
from storyline.analyze.events.casualties import (
    Count,
    aboard_deaths,
    casualty_at,
    count_phrases,
    cue_kind,
    figure_day,
    group_totals,
    toll_noun,
)
from storyline.analyze.events.dating import (
    authors_of,
    event_time,
    is_background,
    is_dateline,
    is_distinct,
    is_motive,
    older_phrase,
    since_tail,
)
from storyline.analyze.events.doers import control_means, doer_kind
from storyline.analyze.events.embedded import embedded_kind
from storyline.analyze.events.frames import frame_kind
from storyline.analyze.events.legal import legal_kind
from storyline.analyze.events.modality import attempted, modality_of, prospect
from storyline.analyze.events.ontology import (
    IDIOM_HEADS,
    MODIFIER_KIND,
    MODIFIER_SUBTYPE,
    NOUN_TRIGGERS,
    PHRASAL,
    TRIGGERS,
    WEAK_NOUNS,
    EventKind,
    plover_of,
    uninflected,
)
from storyline.analyze.events.senses import (
    CAPTIVITY,
    CAPTIVITY_STEMS,
    CARRIERS,
    LABOUR_STRIKE,
    NO_EVENT,
    bodily,
    sense_kind,
)
from storyline.analyze.events.statements import statement_kind
from storyline.analyze.names.nominals import person_like
from storyline.analyze.paragraphs import text_sentences
from storyline.analyze.pipeline import AnalysisState, Component, component
from storyline.analyze.time.dct import DATELINE_WITHIN
from storyline.lexicons import courts, disease, happening, motion, regions, speech, ties, violence
from storyline.lexicons.agencies import AGENCIES
from storyline.lexicons.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from storyline.lexicons.countries import country_name
from storyline.lexicons.happening import CONTINUATION_VERBS, PLURALIA
from storyline.lexicons.modality import HABITUAL_ADVERBS
from storyline.lexicons.speech import REPORTING_VERBS
from storyline.lexicons.titles import (
    DIPLOMATS,
    NOMINAL_ORG,
    ORG_SUFFIXES,
    OUTLET_WORDS,
    PARTICIPANT_NOUNS,
    SPEAKING_DOERS,
    TITLE_HEADS,
)
from storyline.model import Article, EventMention, Figure, Mention, Participant, Quantity, TimeValue

#: nouns for people sent on a mission: "delegations will be sent to X" is a visit
ENVOY_NOUNS = frozenset({"delegation", "envoy", "emissary", "mission", "team", "representative", "minister"})
#: verbs that put someone in a post when they say which: "named X as its envoy", "replaced X as chief negotiator"
APPOINTING_VERBS = frozenset({"name", "replace", "choose", "pick", "select", "designate", "install", "tap"})
#: verbs that bid someone do something ("asked X to withdraw"): a demand
BIDDING_VERBS = frozenset({"ask", "order", "instruct", "direct", "tell"})
#: verbs that tell an event began: with a pronoun subject, the event named just before ("since they began")
BEGIN_VERBS = frozenset({"begin", "start", "open", "erupt", "break"})
ATTRIBUTION_VERBS = {"blame": "alleged", "accuse": "alleged", "suspect": "alleged", "claim": "claimed",
                     "attribute": "alleged", "hold": "alleged"}
SKIP_DEPS = frozenset({"compound", "amod"})
#: verbs that carry a responsibility owned ("claimed responsibility", "took responsibility", "accepted
#: responsibility"): their subject is the one who owns it, as a light verb's subject does its noun's act
OWNING_VERBS = frozenset({"claim", "take", "accept", "assume", "admit", "acknowledge", "bear", "deny", "disclaim"})
GENERIC_DETS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her"})
#: determiners of several incidents at once ("either attack", "both bombings", "all attacks")
COLLECTIVE_DETS = frozenset({"either", "both", "neither", "each", "all", "any", "every", "no"})
#: things fired or thrown: a number of them is one incident
MUNITIONS = frozenset({"bomb", "shell", "rocket", "missile", "grenade", "mortar", "round", "drone", "explosive"})
#: nouns of a bounded set of acts told as one ("a series of attacks", "a wave of strikes", "a pair of explosions")
SET_NOUNS = frozenset({"pair", "couple", "twin", "series", "wave", "spate", "string", "chain", "volley", "barrage",
                       "salvo", "flurry", "rash", "sequence"})
#: adjectives of a history of acts, not one set ("a series of recent clashes", "repeated attacks")
HISTORY_ADJECTIVES = frozenset({"recent", "past", "previous", "earlier", "prior", "similar", "frequent", "repeated",
                                "sporadic", "occasional", "regular", "periodic"})
#: verbs of one cause setting acts off ("the decree sparked widespread protests", "has triggered large protests"):
#: a bare plural they take in the past is the set that cause set off, not a habit
SETTING_OFF_VERBS = frozenset({"spark", "trigger", "ignite", "prompt", "provoke", "unleash"})
#: adjectives that make bare plural acts one planned set ("coordinated attacks", "simultaneous blasts")
SET_ADJECTIVES = frozenset({"coordinated", "co-ordinated", "ordinated", "simultaneous", "near-simultaneous",
                            "synchronized", "synchronised", "twin", "tandem"})
#: what a suspension halts that makes it an event of its own (talks suspended; not "suspend publication")
HALTED_PROCESSES = frozenset({"talk", "talks", "negotiation", "dialogue", "dialog", "process", "contact",
                              "mediation", "meeting", "round", "consultation"})
#: what a state halts towards another that restricts relations ("suspended visa services", "paused consular
#: services", "halted flights"): a restriction, told as a suspension
RESTRICTED = frozenset({"visa", "visas", "service", "services", "consular", "flight", "flights", "trade", "import",
                        "imports", "export", "exports", "relations", "ties", "cooperation", "issuance", "embassy",
                        "consulate", "consulates", "operations", "exchange", "exchanges", "border", "crossing"})
#: what one party suspends or freezes of its standing ties with another: a cooperation reversed (CAMEO 16 "reduce
#: relations"), not a process halted ("suspended its strategic partnership with X", "froze the trade pact")
COOPERATION_TIES = frozenset({"partnership", "pact", "accord", "treaty", "agreement", "alliance", "association"})
#: what one party gives another that halting it cuts (CAMEO 162 "reduce or stop aid", PLOVER SANCTION): "halted
#: economic aid to X", "suspended aid deliveries", "froze the loans"
AID_FLOWS = frozenset({"aid", "assistance", "funding", "loan", "loans", "grant", "grants", "donation", "donations"})
#: a programme one state runs with or in another: cut only when that state is named ("stopped all medical
#: treatment programmes in X", "suspended the exchange program with X"; not "the network halted the programme")
PROGRAMMES = frozenset({"program", "programs", "programme", "programmes", "scholarship", "scholarships"})
HALT_WORDS = frozenset({"suspend", "suspension", "pause", "halt", "stop", "freeze"})
#: what is released that makes no concession (a report, a video: published, not set free)
DOCUMENT_NOUNS = frozenset({"report", "video", "statement", "footage", "image", "photo", "photograph", "picture",
                            "data", "figure", "list", "document", "detail", "name", "information", "book", "album",
                            "song", "film", "result", "finding", "transcript", "recording", "audio", "clip", "tape",
                            "update", "toll", "number", "guideline", "advisory", "budget", "plan", "fund", "record",
                            "letter", "note", "communique", "communiqué", "readout", "map", "version", "trailer"})
#: subjects of a habit, not of an incident ("anyone who kills civilians")
GENERIC_SUBJECTS = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody", "nobody", "someone",
                              "those", "people"})
VIOLENT = frozenset({"ASSAULT", "DISASTER"})
#: force a crowd meets or uses, besides :data:`VIOLENT`: its deaths and injuries are its toll ("police fired on
#: the protesters, killing 19", "the clash, which left 19 people dead"), as ACLED counts them for a crackdown or a
#: riot (fusion's ``VIOLENCE``)
CROWD_FORCE = frozenset({("COERCE", "force_against_protest"), ("PROTEST", "violent_demonstration"),
                         ("PROTEST", "protest_with_intervention")})


def _holds_toll(d: Draft) -> bool:
    """An incident that can take casualty figures: an attack, a disaster or an accident, force used on a crowd
    or by one."""
    return d.kind.type in VIOLENT or (d.kind.type, d.kind.subtype) in CROWD_FORCE
#: a device, not its explosion, when it is handled ("moved the bomb", "planted a bomb", "the bomb was hidden")
DEVICE_NOUNS = frozenset({"bomb", "explosive", "ied", "device", "grenade", "mine"})
HANDLING_VERBS = frozenset({"move", "plant", "carry", "hide", "place", "make", "build", "transport", "leave",
                            "deliver", "smuggle", "buy", "defuse", "find", "recover", "seize", "assemble", "store"})
#: what one battles or fights for that is no clash ("battled the flames", "fights for an independent Karvosh")
CAUSE_WORDS = frozenset({"fire", "flame", "blaze", "disease", "cancer", "independence", "independent", "freedom",
                         "right", "justice", "cause", "survival", "control", "power", "seat", "title"})
#: structures whose failure is an accident or a disaster's work, not an attack ("two dams exploded", "the dam burst",
#: "the collapse of two dams", "a pipeline blast")
STRUCTURES = frozenset({"dam", "levee", "dyke", "dike", "embankment", "reservoir", "pipeline", "pipe", "tank",
                        "boiler", "reactor", "transformer", "cylinder", "bridge", "building", "roof", "tower",
                        "mine", "wall", "house", "block", "stadium", "factory", "plant", "refinery", "well",
                        "tunnel", "shaft", "pit", "ceiling", "earth", "ground", "mound", "heap", "dump"})
#: relative pronouns that stand for the noun a relative clause hangs on, as its subject ("a dam which burst")
RELATIVE_SUBJECTS = frozenset({"that", "which"})
FAILURE_WORDS = frozenset({"collapse", "burst", "breach", "breaching", "explode", "explosion", "blast", "give",
                           "crumble", "cave", "fail", "failure", "break"})
#: the act of saying (ontology: "said", "told"): who spoke when, never what a sentence tells, so it has no depth
#: (the briefing's bullets follow the event reported) and leaves the sentence's dates to that event
SPEECH = EventKind("STATEMENT", "speech", "verb")
#: prepositions that relate an event to another one in time: the other's place and date are not its own
TEMPORAL_PREPS = frozenset({"after", "before", "since", "following", "until", "amid", "despite", "over"})


@dataclass
class Draft:
    """An event mention while it is being built."""

    tok: Token
    kind: EventKind
    start: int
    end: int
    participants: list[Participant] = field(default_factory=list)
    modality: str = "asserted"
    reported_by: str | None = None
    figures: list[Figure] = field(default_factory=list)
    location: Participant | None = None
    arg_tokens: list[Token] = field(default_factory=list)
    setting: Participant | None = None  # the place its paragraph or article is about (:func:`_settings`)


# --------------------------------------------------------------------------- triggers


def _refine(tok: Token, kind: EventKind) -> EventKind | None:
    """Adjust a kind by its modifiers; None when a vague noun has nothing that makes it an event."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    for m in mods:
        over = MODIFIER_KIND.get((tok.lemma_.lower(), m.lower_))
        if over is not None:
            return over
    if kind.type == "ASSAULT" and tok.pos_ == "VERB":
        hazard = _disaster_subject(tok)
        if hazard is not None:
            return hazard  # "the earthquake that struck Valdora", "floods hit the city": the disaster striking
    if kind.type == "ASSAULT" and tok.pos_ == "NOUN" and bodily(tok):
        return None  # "died of a heart attack", "suffered a panic attack": a seizure of the body, nobody's assault
    if kind.type == "ASSAULT" and _verbal_attack(tok):
        return CRITICISM  # "a scathing attack on the newspaper", "attacked the decision": words, no assault
    if kind.type == "ASSAULT":
        for m in mods:
            sub = MODIFIER_SUBTYPE.get(m.lower_)
            if sub:
                return EventKind(kind.type, sub, kind.pos)
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.pos_ == "VERB" and any(c.lower_ == "suicide" for s in subj for c in s.children):
            return EventKind(kind.type, "suicide_bombing", kind.pos)
    if kind.subtype == "dismissal" and tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        return None  # "the ousted president", "deposed leader X": an epithet that names a person by a past act
    lemma = tok.lemma_.lower()
    if lemma in ("battle", "fight", "struggle") and (tok.head.lemma_.lower() == "lose" or any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in ("life", "live", "survival")
                                                           for g in c.children) for c in tok.children)):
        return None  # "lost the battle for their lives": a death, not a fight
    if lemma in ("battle", "fight") and any(
            c.dep_ in ("dobj", "prep") and any(g.lemma_.lower() in CAUSE_WORDS for g in c.subtree)
            for c in tok.children):
        return None  # "firefighters battled the flames", "fights for the independence of X": no clash
    if lemma in ("battle", "fight", "struggle") and tok.pos_ == "VERB" and any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in happening.RELIEF_VERBS
            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in tok.children):
        return None  # "battled overnight to free them", "fought to save the boy": an effort, no clash
    if lemma in ("battle", "fight", "struggle") and any(
            c.dep_ == "prep" and c.lower_ == "against" and any(_abstract_foe(g) for g in c.children)
            for c in tok.children):
        return None  # "at the forefront of the fight against drugs", "the battle against corruption": no clash
    if lemma in ("expel", "expulsion") and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and g.lemma_.lower() in NOMINAL_ORG
                                                           for g in c.children) for c in tok.children):
        return None  # "expelled from the movement": a member put out of a group, not a state's expulsion
    if lemma == "expel" and tok.pos_ == "VERB" and _member_expelled(tok):
        return None  # "the group said it expelled him last year": a group's own member, no state's expulsion
    if lemma == "remand" and not any(w.lemma_.lower() in CUSTODY for w in tok.subtree):
        return None  # "the case was remanded to the lower court": a case sent back, nobody held
    if lemma in ("telephone", "phone") and tok.pos_ == "NOUN" and tok.head.lower_ in ("by", "over", "on", "via"):
        return None  # "reached by telephone": the means, not a call
    if tok.pos_ == "NOUN" and lemma in DEVICE_NOUNS and tok.dep_ in ("dobj", "pobj", "nsubjpass") and \
            (tok.head.lemma_.lower() in HANDLING_VERBS or tok.head.head.lemma_.lower() in HANDLING_VERBS):
        return None  # "helping to move the bomb to the market", "the bomb was hidden in a cart": the device
    if tok.pos_ == "NOUN" and tok.head.lemma_.lower() in IDIOM_HEADS.get(lemma, ()):
        return None  # "in charge of the budget", "on sale": no event
    if lemma == "request" and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() == "comment" for g in c.children)
            for c in tok.children):
        return None  # "did not respond to requests for comment": the reporter's question, no demand
    if lemma == "charge" and tok.pos_ == "VERB" and _rush(tok):
        return RUSH  # "demonstrators charged the building", "police charged at the crowd": a physical rush
    if lemma == "charge" and kind.type == "JUSTICE" and not _legal_charge(tok):
        return TRIGGERS.get("accusation")  # "her charge that X shelters Y", "charges X has denied": an allegation
    if tok.pos_ == "NOUN" and lemma == "strike" and kind.type == "ASSAULT" and not any(
            MODIFIER_SUBTYPE.get(m.lower_) for m in mods) and _armed_strike(tok):
        return EventKind("ASSAULT", "air_strike", kind.pos)  # "conducted strikes on militia camps"
    if tok.pos_ == "NOUN" and lemma in ("strike", "fire") and kind.type != "DISASTER" and not any(
            MODIFIER_SUBTYPE.get(m.lower_) for m in mods):
        return None
    if tok.pos_ == "NOUN" and lemma == "fire":
        return kind  # a blaze: senses.py has judged what points at it
    if _named_hazard(tok, kind):
        return kind  # "Storm Orla", "Hurricane Bastian": the name of a storm is the storm
    if tok.pos_ == "NOUN" and lemma in WEAK_NOUNS and not any(
            c.dep_ in ("poss", "prep", "det", "compound", "amod", "acl", "relcl") for c in tok.children) and \
            carriers.counted_set(tok) is None and not (
                kind.type in carriers.HANDED_TYPES and carriers.handing_verb(tok) is not None):
        return None  # (a set that gathers it or a verb that hands it over points at it: "a list of demands",
        # "delivered aid to the villagers", "received support from its allies")
    return kind


CRITICISM = EventKind("DISAPPROVE", None)
#: modifiers that make an attack one of words: "a scathing attack", "a verbal attack"
VERBAL_MODS = frozenset({"scathing", "blistering", "verbal", "stinging", "withering", "vitriolic", "scurrilous",
                         "rhetorical", "written", "veiled", "thinly-veiled", "bitter", "sharp", "stern", "angry",
                         "furious", "strongly-worded", "unprovoked"})
#: what only words can attack: a publication, a decision, a claim ("attacked the ruling", "an attack on the report")
ABSTRACT_TARGETS = frozenset({"newspaper", "paper", "report", "article", "story", "coverage", "media", "press",
                              "journalist", "reporting", "editorial", "column", "decision", "policy", "plan",
                              "proposal", "remark", "remarks", "statement", "comment", "claim", "ruling", "judgment",
                              "judgement", "verdict", "law", "bill", "budget", "idea", "move", "record", "approach",
                              "stance", "position", "handling", "finding", "conclusion", "speculation", "narrative",
                              "leadership", "strategy", "reform", "deal", "agreement", "investigation", "probe"})
#: weapons that keep "attack" physical whatever its object
WEAPON_WORDS = frozenset({"gun", "knife", "bomb", "rocket", "missile", "drone", "grenade", "explosive", "rifle",
                          "machete", "acid", "shell", "mortar", "gunman", "gunmen", "militant", "fighter", "soldier"})


def _verbal_attack(tok: Token) -> bool:
    """An attack of words (a statement, no assault, no toll): a verbal modifier ("launched a scathing attack"),
    or a target only words can reach ("an attack on the newspaper", "attacked the decision"), with no weapon
    in the sentence."""
    if tok.lemma_.lower() != "attack" or any(t.lemma_.lower() in WEAPON_WORDS for t in tok.sent):
        return False
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in VERBAL_MODS for c in tok.children):
        return True
    if tok.pos_ == "VERB":
        targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        targets = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in c.children if g.dep_ == "pobj"]
    if tok.pos_ == "VERB" and targets and _speaking_doer(tok) and not any(
            t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in violence.STRIKE_TARGETS or _armed_body(t)
            or t.lemma_.lower() in ARMED_ACTORS for t in targets):
        return True  # "Western governments immediately attacked the regime": a government's attack is its words
    return bool(targets) and all(t.lemma_.lower() in ABSTRACT_TARGETS or t.lower_ in ABSTRACT_TARGETS or (
        t.ent_type_ == "ORG" and t.text in OUTLET_WORDS) for t in targets)  # "an attack on the Lesk Times"


def _speaking_doer(verb: Token) -> bool:
    """The verb's doer is a government, a leader or a politician ("Western governments", "the opposition leader"),
    and none is an armed body ("the government's forces")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(doers) and all(d.lemma_.lower() in SPEAKING_DOERS or d.lower_ in SPEAKING_DOERS for d in doers)


def _named_hazard(tok: Token, kind: EventKind | None = None) -> bool:
    """A capitalised hazard word before a name: "Storm Orla", "Cyclone Veyra", "Hurricane Bastian" (weather
    services name storms; the name is the event, not a person or a place)."""
    kind = kind or NOUN_TRIGGERS.get(tok.lemma_.lower()) or TRIGGERS.get(tok.lemma_.lower())
    return kind is not None and kind.type == "DISASTER" and tok.dep_ == "compound" and tok.text[:1].isupper() \
        and tok.head.pos_ == "PROPN"


#: who does a physical charge (a rush at something), not a legal one: a crowd or a force
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter", "activist"})
RUSHERS = PROTESTERS | frozenset({"crowd", "mob", "police", "policeman", "officer", "trooper", "soldier", "troop",
                                  "force", "cavalry", "horseman"})
#: prepositions of a rush's direction ("charged at the crowd", "charged towards the gates")
RUSH_PREPS = frozenset({"at", "towards", "toward", "into", "through", "past", "across"})
RUSH = EventKind("ASSAULT", "attack", "verb")


def _rush(verb: Token) -> bool:
    """"Demonstrators charged the assembly building", "riot police charged at the crowd": whoever charges in some
    direction, or a crowd or a force that charges a thing (with no "with" of an offence), rushes at it (no
    person charged: "police charged two suspects" is the court's step)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ in RUSH_PREPS for c in verb.children):
        return not objects  # ("they charged at the crowd with batons": a court charges nobody "at")
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or \
            not any(_noun_key(s) in RUSHERS for s in _doers(verb)):
        return False
    return bool(objects) and not any(
        o.ent_type_ in ("PERSON", "ORG", "NORP") or person_like(o.lemma_.lower()) or o.lemma_.lower() in NOMINAL_ORG
        or o.lemma_.lower() in ("people", "man", "woman", "suspect", "member") for o in objects)


#: verbs whose object "charge" is a court's: "faces charges", "prosecutors filed/dropped charges"
LEGAL_CHARGE_HEADS = frozenset({"face", "file", "bring", "press", "drop", "dismiss", "lay", "plead", "withdraw"})
NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "appos"})
#: modifiers that make the noun a court's charge: "criminal charges", "formal charges"
LEGAL_CHARGE_MODS = frozenset({"criminal", "formal", "federal", "legal", "capital"})


def _legal_charge(tok: Token) -> bool:
    """A charge laid by prosecutors, not an allegation made in speech. The verb is a court's unless it takes a
    clause ("charged that the army ..."); the noun only with a legal cue: "charges of/against", "murder
    charges", "criminal charges", a court verb ("faced charges"), so "her charge that ..." and "... charges
    the ministry has denied" are what a speaker alleges."""
    if tok.pos_ != "NOUN" and tok.dep_ not in NOUN_DEPS:  # ", charges X has denied": a noun the tagger made a verb
        return not any(c.dep_ == "ccomp" for c in tok.children)
    return tok.head.lemma_.lower() in LEGAL_CHARGE_HEADS or any(
        (c.dep_ == "prep" and c.lower_ in ("of", "against", "over", "for")) or c.dep_ == "compound"
        or (c.dep_ == "amod" and c.lower_ in LEGAL_CHARGE_MODS) for c in tok.children)


def _disaster_subject(verb: Token) -> EventKind | None:
    """The kind of the disaster that is the verb's subject ("the earthquake that struck", "floods hit")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    kinds = [NOUN_TRIGGERS.get(s.lemma_.lower()) or TRIGGERS[s.lemma_.lower()] for s in subjects
             if s.lemma_.lower() in TRIGGERS]
    return next((EventKind("DISASTER", k.subtype, "verb") for k in kinds if k.type == "DISASTER"), None)


def _bids(verb: Token) -> bool:
    """"asked Lima to withdraw its envoys", "ordered the envoy to leave": someone told to do something; "asked Lima
    for details", "the minister asked for help": something asked of someone (CAMEO 02 appeal or request). Not a
    reporter's question ("asked for comment", "asked not to be named"), nor one asked in the passive or in a clause
    of time ("when asked for details, he said"): the asker there is the writer."""
    if any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return True
    if verb.lemma_.lower() != "ask" or not any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "whenever") for c in verb.children):
        return False
    asked = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
             if o.dep_ == "pobj"]
    return any(o.lemma_.lower() not in REPORTERS_ASKS for o in asked)


#: what reporters ask for: no request of one party to another ("asked for comment", "asked for anonymity")
REPORTERS_ASKS = frozenset({"comment", "comments", "anonymity", "reaction", "response", "interview", "name",
                            "identity", "confirmation", "clarification"})


#: where a court remands someone ("remanded in custody", "remanded to jail")
CUSTODY = frozenset({"custody", "detention", "jail", "prison", "gaol"})
#: verbs by which a state sends another's diplomats away ("ordered them to leave", "gave the envoy 72 hours to leave")
ORDERING_OUT = frozenset({"order", "tell", "ask", "instruct", "direct", "give"})
LEAVING = frozenset({"leave", "depart", "quit", "exit"})


def _reports(teller: Draft, told: Draft) -> bool:
    """A verb of announcing that tells the other event in its clause ("Quito on Monday announced it was withdrawing its
    envoy", "declared on Friday that it had closed the border"): like a speech verb, its date is the report's
    bound for what it tells, not a date that belongs to another event."""
    verb = teller.tok
    if teller.kind.type != "STATEMENT" or verb.pos_ != "VERB" or (
            teller.kind != SPEECH and verb.lemma_.lower() not in speech.REPORTING_VERBS):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return any(told.tok == c or told.tok in c.subtree for c in clauses)


#: a state calling in another's envoy to protest (an official complaint: CAMEO 114 under 11 DISAPPROVE); summoning
#: anyone else ("summoned the witness", "summoned the courage") is no event
SUMMONS = EventKind("DISAPPROVE", "summons", "verb")


def _diplomat_words(heads: list[Token]) -> bool:
    """One of the heads, or one conjoined to it, is a diplomat ("six diplomats", "the envoy and two consuls"), or a
    name a diplomat's title goes before ("Ambassador Joel Doe"); a relative pronoun stands for its noun."""
    heads = [h.head.head if h.lower_ in ("who", "whom", "that") and h.head.dep_ == "relcl" else h for h in heads]
    for h in heads + [c for g in heads for c in g.conjuncts]:
        for w in [h, *(c for c in h.children if c.dep_ == "compound")]:
            word = w.lemma_.lower()
            if word in DIPLOMATS and (word != "commissioner" or any(c.lower_ == "high" for c in w.children) or
                                      any(c.lower_ == "high" for c in h.children)):
                return True
    return False


def _ordered_out(verb: Token) -> bool:
    """A state telling another's diplomats to leave is their expulsion, the act itself (a demand that a state pull
    its own people out, "asked Lima to withdraw its envoys", stays a demand): the object or the passive subject is
    a diplomat and the complement a verb of leaving ("ordered six diplomats to leave the country", "the envoy was
    told to leave", "gave the ambassador 72 hours to leave")."""
    people = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    leaving = [c for c in verb.subtree if c.lemma_.lower() in LEAVING and c.pos_ == "VERB" and c.head.i in (
        verb.i, *(p.i for p in verb.children))]
    return bool(leaving) and _diplomat_words(people)


#: verbs by which a state puts someone out of its territory ("forced the agency out of the country", "kicked the
#: envoy out of Varno", "threw the journalists out of the country")
FORCING_OUT = frozenset({"force", "kick", "throw", "drive", "push", "boot"})
#: what a state expels someone from: itself
TERRITORY_NOUNS = frozenset({"country", "territory", "nation", "kingdom", "republic"})


def _forced_out_of_country(verb: Token) -> bool:
    """Someone forced out of a country ("Tarvin forced the agency out of the country", "kicked the envoy out of
    Varno"): an expulsion (CAMEO 174, PLOVER SANCTION). Not out of a post, a home or a race ("forced out of
    office", "driven out of their homes")."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
    ofs = [g for o in outs for g in o.children if g.lower_ == "of"] + [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and outs]
    return any(p.dep_ == "pobj" and (p.lemma_.lower() in TERRITORY_NOUNS or p.ent_type_ == "GPE")
               for o in ofs for p in o.children)


def _non_grata(verb: Token) -> bool:
    """"declared two diplomats persona non grata", "the consul was declared persona non grata": an expulsion."""
    words = [t.lower_ for t in verb.subtree]
    return "grata" in words and _diplomat_words([c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] +
                                                [g for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")
                                                 for g in c.children if g.dep_ in ("nsubj", "dobj")])


def _begun_by_pronoun(verb: Token) -> EventKind | None:
    """"the talks ... since they began", "the protest ... when it started": a verb of beginning whose subject
    is a pronoun standing for the event noun just before it in the sentence tells that event's start."""
    pron = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("they", "it")), None)
    if pron is None:
        return None
    plural = pron.lower_ == "they"
    noun = next((t for t in reversed(list(verb.sent)[:pron.i - verb.sent.start]) if t.pos_ == "NOUN" and
                 (t.tag_ == "NNS" or t.lower_ in PLURALIA) == plural), None)
    kind = (TRIGGERS.get(noun.lower_) or TRIGGERS.get(noun.lemma_.lower())) if noun is not None else None
    if kind is None or kind.pos == "verb" or noun.lower_ in WEAK_NOUNS:  # type: ignore[union-attr]
        return None
    return EventKind(kind.type, kind.subtype, "verb")


def _names_person(verb: Token, index: args.MentionIndex) -> bool:
    """A verb's object is a person's name ("dispatched Foreign Minister Tomas Brill to Lesk")."""
    if verb.pos_ != "VERB":
        return False
    for o in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        m = index.at(o)
        if o.ent_type_ == "PERSON" or (m is not None and m.label == "PERSON"):
            return True
    return False


def _send_kind(tok: Token) -> EventKind | None:
    """"send a delegation", "delegations will be sent": a visit by envoys; "send troops": mobilization."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for o in objs:
        if _armed_body(o):
            return EventKind("MOBILIZE", None, "verb")  # "sent military personnel into", "a rapid deployment team"
        # a sentence's capitalized first word may be tagged a name, its lemma the word itself ("Delegations")
        if o.lemma_.lower() in ENVOY_NOUNS or (o.pos_ == "PROPN" and o.lower_.removesuffix("s") in ENVOY_NOUNS):
            return EventKind("CONSULT", "visit", "verb")
        if o.lemma_.lower() in ("troop", "force", "soldier", "reinforcement"):
            return EventKind("MOBILIZE", None, "verb")
        if o.lower_ in ("officers", "policemen", "policewomen", "agents") and (
                any(c.like_num for c in o.children) or _bid_to_act(tok)):
            return EventKind("MOBILIZE", None, "verb")  # "sent 137 officers to maintain order": a deployment
    return None


def _bid_to_act(verb: Token) -> bool:
    """The sending's purpose told by a to-infinitive ("sent officers to maintain order")."""
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


#: nouns of an armed force or its people ("troops", "soldiers", "police", "the army")
ARMED_BODIES = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "army", "military", "police",
                          "policeman", "policemen", "reinforcement", "reinforcements", "marine", "marines",
                          "paratrooper", "paratroopers", "commando", "commandos", "gendarme", "gendarmes",
                          "guardsman", "guardsmen", "tank", "tanks", "unit", "units", "battalion", "brigade"})
#: what makes a body of people an armed one or one sent to act ("military personnel", "a rapid deployment team")
ARMED_MODIFIERS = frozenset({"military", "armed", "security", "army", "police", "deployment", "special",
                             "riot", "combat", "rapid", "elite"})


def _armed_body(tok: Token) -> bool:
    """Troops, police or a team sent to act: "troops", "military personnel", "a rapid deployment team", "riot
    police"; not "a delegation", "a team of experts", "the police said" (the caller reads the role)."""
    words = {tok.lemma_.lower(), tok.lower_}
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if words & ARMED_BODIES and tok.lemma_.lower() not in ("force", "unit"):
        return True
    if tok.lemma_.lower() in ("force", "unit"):
        return bool(mods & (ARMED_MODIFIERS | {"peacekeeping", "task", "naval", "air", "ground"}))
    return bool(words & {"personnel", "team", "teams", "officer", "officers"}) and bool(
        mods & ARMED_MODIFIERS - {"rapid", "special"} or "deployment" in mods)


#: verbs of closing around a place with force ("troops surrounded parliament", "police cordoned off the area")
SURROUNDING_VERBS = frozenset({"surround", "encircle", "besiege", "cordon", "blockade"})


def _armed_surrounding(verb: Token) -> bool:
    """An armed force surrounding a place: "troops surrounded parliament", "military forces were surrounding the
    building", "police cordoned off the area" (MOBILIZE, a show of force; CAMEO 15). Not "protesters surrounded
    his car", "hills surround the town"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(_armed_body(d) for d in doers)


def _motion_kind(tok: Token, index: args.MentionIndex) -> EventKind | None:
    """"X came to Lesk", "he had previously come": travel by a person is a visit."""
    if any(c.dep_ == "prep" and c.lower_ in ("under", "into", "out", "up", "back", "from") and
           tok.lemma_.lower() == "come" for c in tok.children):
        return None
    if any(c.dep_ in ("xcomp", "acomp") for c in tok.children):
        return None  # "came to power"? "come to believe"
    if tok.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children):
        return None  # "she went on to add", "the talks went on": continued, no trip ("went on a visit": a prep)
    if any(c.dep_ == "prep" and c.lower_ in ("on", "to") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ("trial", "court") for g in c.children) for c in tok.children):
        return None  # "went on trial in Munich", "the case went to court": a court's sitting, no trip
    for s in (c for c in tok.children if c.dep_ == "nsubj"):
        if any(_named_hazard(c) for c in s.children):
            return None  # "Storm Orla arrived on the coast": a storm, no visitor
        if s.lower_ in ("who", "that") and tok.dep_ == "relcl":
            s = tok.head  # "Eskeland, who flew to X": the relative clause's person travels
        m = index.at(s)
        if s.lower_ in args.PRONOUNS or (m is not None and m.label == "PERSON") or \
                s.lemma_.lower() in ENVOY_NOUNS:
            return EventKind("CONSULT", "visit", "verb")
    return None


#: what a journey that ends in a place is no journey to ("arrived at a decision", "arrived at the conclusion")
REACHED_ABSTRACTS = frozenset({"conclusion", "decision", "agreement", "verdict", "consensus", "figure", "number",
                               "compromise", "settlement", "solution", "understanding"})


def _of_standing(tok: Token, index: args.MentionIndex) -> bool:
    """A person one talks with as a party: a name, or a title or counterpart ("the president")."""
    m = index.at(tok)
    if tok.pos_ == "PROPN":  # a name ("Foreign Minister Tomas Adler", "Mr Ruiz"), not any person ("her lawyer")
        return tok.ent_type_ == "PERSON" or (m is not None and m.label == "PERSON") or any(
            c.dep_ == "compound" and c.lower_.rstrip(".") in CALLED_ON for c in tok.children)
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in CALLED_ON | speech.PEER_NOUNS


def _contact_kind(verb: Token, index: args.MentionIndex) -> EventKind | None:
    """Acts of contact and movement typed by who takes part (``contact``): a crowd's chanting,
    a prosecutor seeking a penalty, a talk with someone, people or goods sent, a journey by who travels; None
    leaves the verb to the other rules ("the president arrived in X": a visit)."""
    lemma = verb.lemma_.lower()
    subjects = _subjects(verb)
    if lemma == "chant" and contact.crowd_chant(verb, subjects):
        return contact.DEMONSTRATION
    if lemma in ("seek", "request", "demand") and contact.sought_penalty(verb, subjects):
        return contact.SOUGHT_PENALTY
    if lemma in contact.TALKING_VERBS and contact.talk_with(verb, lambda t: _of_standing(t, index)):
        return contact.TALKS
    if lemma in motion.SENDING_VERBS:
        return contact.sent_kind(verb)
    if lemma not in motion.ARRIVING_VERBS or any(_named_hazard(c) for s in subjects for c in s.children):
        return None
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in REACHED_ABSTRACTS for g in c.children)
           for c in verb.children):
        return None  # "arrived at a decision"
    travelled = next((k for s in subjects if (k := contact.traveller_kind(s)) is not None), None)
    if travelled is not None or lemma != "head":
        return travelled
    toward = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "toward", "towards")
              for g in c.children if g.dep_ == "pobj"]
    if not any(g.ent_type_ in ("GPE", "LOC", "FAC") or country_name(g.text) is not None or (
            (m := index.at(g)) is not None and m.label in args.PLACE_LABELS) for g in toward):
        return None  # "headed the committee", "heading to the polls"
    person = any(s.lower_ in args.PRONOUNS or ((m := index.at(s)) is not None and m.label == "PERSON") or
                 s.lemma_.lower() in ENVOY_NOUNS for s in subjects)
    return EventKind("CONSULT", "visit", "verb") if person else None  # "the president was heading to X"


#: last words of a name that make the capitalised words before them part of a body's name or a title
NAME_HEADS = ORG_SUFFIXES | TITLE_HEADS


def _inside_name(tok: Token, index: args.MentionIndex) -> bool:
    """A word inside the name of an organisation, a facility or a post names it, not an event: "Fire" of "the
    Redmarsh Fire Department" or "Chief Fire Officer", "Accident" and "Investigation" of "the Air Accident
    Investigation Board". The name's last word is left alone (a tagger's span that swallowed "the Lakeside
    crash" still ends in the event), and so is the name of a storm ("Storm Orla": no body's word ends it)."""
    m = index.at(tok)
    if m is not None and m.label in ("ORG", "FAC") and tok.idx + len(tok.text) < m.end:
        return True
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i and head.head.text[:1].isupper():
        head = head.head  # "Fire" -> "Officer" -> "Vale" along the chain of capitalised compounds
        if head.text in NAME_HEADS:
            return True
    return False


def _phone_call(tok: Token) -> bool:
    """A talk at a distance: "a phone call", "a telephonic conversation", "phone talks" (the noun with its means),
    "spoke by phone with X", "talked over the phone", "spoke with X on the telephone" (a verb of talking with its
    means), "telephoned X"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (lemma in speech.CALL_NOUNS or tok.lower_ in speech.CALL_NOUNS):
        return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in speech.CALL_MEANS
                   for c in tok.children)
    if tok.pos_ == "VERB" and lemma in speech.CALL_VERBS:
        return any(c.dep_ == "prep" and c.lower_ in ("by", "over", "on", "via") and
                   any(g.lemma_.lower() in speech.CALL_MEANS for g in c.children if g.dep_ == "pobj")
                   for c in tok.children) or any(c.lower_ == "telephonically" for c in tok.children)
    return tok.pos_ == "VERB" and lemma == "call" and _called_person(tok) is not None


def _called_person(verb: Token) -> Token | None:
    """Whom "X called Y" rang: its one object when that is a person named or titled ("the minister called
    President Y on Tuesday", "called her counterpart to discuss the crisis"), with nothing that makes "call" name
    or summon ("called him a liar", "called the attack cowardly", "called on X", "called for talks", "called
    off the strike", "was called Y", "a man called Y")."""
    if (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")) or any(
            c.dep_ in ("nsubjpass", "auxpass", "prt", "acomp", "ccomp") for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")]
    if len(objects) != 1 or any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon", "off") and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children):
        return None  # (not "on Tuesday")
    obj = objects[0]
    if any(c.dep_ in ("appos", "oprd") for c in obj.children) and obj.dep_ == "dobj" and obj.pos_ == "PRON":
        return None
    if any(c.dep_ == "xcomp" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           for c in verb.children):
        return None  # ("called the talks a failure" parsed with a small clause)
    named = obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her") or (
        obj.pos_ == "NOUN" and obj.lemma_.lower() in CALLED_ON | speech.PEER_NOUNS) or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
    return obj if named else None


def trigger_kind(tok: Token, index: args.MentionIndex) -> EventKind | None:
    """The event kind a token triggers, or None."""
    if _funeral_word(tok):
        return FUNERAL  # "was buried in X on Friday", "was laid to rest in X", "led the funeral prayers"
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and _structure_failure(tok):
        return EventKind("DISASTER", "man_made")  # "bodies recovered from a caved-in mine": its collapse
    if _hyphened_collapse(tok):
        return EventKind("DISASTER", "man_made", "noun")  # "the cave-in killed 16", "Cave-In: Deaths Now 16"
    if tok.pos_ not in ("VERB", "NOUN", "PROPN") or (tok.dep_ in SKIP_DEPS and tok.head.pos_ == "NOUN"):
        return None
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None  # "in March", "a strike rate of 5%"
    if control_means(tok):
        return None  # "used tear gas and stun grenades": a means of crowd control; the act is its use
    if _epidemic(tok):
        return EPIDEMIC  # "the cholera outbreak", "nine have died of the fever": a disease's outbreak, its toll
    if _inside_name(tok, index):
        return None  # "the City Fire Department", "the Air Accident Investigation Board": a body's name
    lemma = tok.lemma_.lower()
    if _compared_to(tok):
        return None  # "a flood likened to a tsunami": the tsunami is a comparison, not a second disaster
    if _structure_failure(tok):
        return EventKind("DISASTER", "man_made")
    if _phone_call(tok):
        return EventKind("CONSULT", "call", "verb" if tok.pos_ == "VERB" else "noun")  # "spoke by phone with X"
    if tok.pos_ == "VERB" and (contacted := _contact_kind(tok, index)) is not None:
        return contacted  # "rescue teams arrived", "sent an intelligence mission", "spoke with X", "chanted"
    if frames.measure_undone(tok):
        return None  # "lifted the ban", "the curfew was eased": what the easing acts on, no event of its own
    if frames.measure_imposed(tok):
        return None  # "declared martial law", "the curfew was imposed": what is imposed, no event of its own
    if lemma in ("retract", "retraction") and not _words_taken_back(tok):
        return None  # "the cat retracted its claws": what is taken back must be something said or decreed
    if lemma in ("impeach", "impeachment") and not _impeachment_told(tok):
        return None  # "grounds for his impeachment", "Impeaching him requires 200 votes": no impeachment done
    if tok.pos_ == "NOUN" and lemma == "attempt" and (tried := _attempt_on(tok)) is not None:
        return tried  # "the assassination attempt", "an attempt on her life": the attack tried (CAMEO 185)
    legal = legal_kind(tok)  # "pleaded not guilty", "found him guilty", "was denied bail", "appealed the verdict"
    if legal is not None:
        return legal
    framed = frame_kind(tok)  # "entered its airspace", "closed the border", "invoked Article 4"
    if framed is not None:
        return framed
    embedded = embedded_kind(tok)  # "vowed to hunt them down", "sought his resignation", "took over as leader"
    if embedded is not None:
        return embedded
    done = doer_kind(tok)  # "armoured vehicles patrolled", "lobbed tear gas", "the government scrapped the levy"
    if done is not None:
        return done
    acted = act_kind(tok, person=_names_person(tok, index))  # "posted on Twitter", "released a video", "invaded"
    if acted is not None:
        return _refine(tok, acted)
    sensed = sense_kind(tok)  # "fire", "hit", "fall", "capture", "drive": the sentence decides (ecb helper)
    if sensed is LABOUR_STRIKE:
        return sensed  # "went on strike": a stoppage of work needs nothing more pointing at it
    if sensed is not None:
        return None if sensed is NO_EVENT else _refine(tok, sensed)
    if tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL:
                return _refine(tok, PHRASAL[(lemma, c.lower_)])
        if lemma == "send":
            return _send_kind(tok)
        if lemma == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in tok.children):
            return _refine(tok, EventKind("ASSAULT", "shooting", "verb"))  # "gunmen opened fire at the hall"
        if lemma in motion.COMING_AND_GOING:
            return _motion_kind(tok, index)
        if lemma in CONTROL_VERBS and _armed_hold(tok, index):
            return EventKind("TAKEOVER", "capture", "verb")  # "fighters held the town for eleven days"
        if lemma == "receive" and _receives_visitor(tok, index):
            return EventKind("CONSULT", "visit", "verb")  # "the minister received X in Lesk": X's visit
        if lemma == "call" and _calls_on(tok, index):
            return EventKind("CONSULT", "meeting", "verb")  # "called on the president in Lesk": a courtesy call
        if lemma in APPOINTING_VERBS and _as_role(tok):
            return EventKind("APPOINT", "appointment", "verb")  # "named X as chief negotiator"
        if lemma in ORDERING_OUT and _ordered_out(tok):
            return EventKind("SANCTION", "expulsion", "verb")  # "ordered six diplomats to leave": the expulsion
        if lemma in HOLDING_VERBS and _court_hold(tok):
            return EventKind("COERCE", "remand", "verb")  # "a judge ordered the suspects held for 30 days"
        if lemma in SURROUNDING_VERBS and _armed_surrounding(tok):
            return EventKind("MOBILIZE", None, "verb")  # "troops surrounded parliament": force shown at a place
        if lemma in OVERTHROWING_VERBS and _ruler_overthrown(tok):
            return EventKind("TAKEOVER", "coup", "verb")  # "soldiers toppled President X", "the army overthrew him"
        if lemma in ("take", "place", "put") and _into_custody(tok):
            return EventKind("COERCE", "arrest", "verb")  # "were taken into custody by the police"
        if lemma == "set" and _set_alight(tok):
            return EventKind("ASSAULT", "property_destruction", "verb")  # "two buses were set on fire": arson
        if lemma in FORCING_OUT and _forced_out_of_country(tok):
            return EventKind("SANCTION", "expulsion", "verb")  # "forced the agency out of the country"
        if lemma == "declare" and _non_grata(tok):
            return EventKind("SANCTION", "expulsion", "verb")  # "declared the consul persona non grata"
        if lemma in BIDDING_VERBS and _bids(tok):
            return EventKind("REQUEST", None, "verb")  # "asked Lima to withdraw", "ordered X to leave": a demand
        if lemma in BEGIN_VERBS and (begun := _begun_by_pronoun(tok)) is not None:
            return begun  # "has hosted the talks since they began in 2030": the talks began
    if tok.pos_ == "NOUN" and (lemma in TALKS_NOUNS or tok.lower_ in TALKS_NOUNS) and _talks_acted_on(tok):
        return None  # "suspended the talks", "a round of those talks": the talks are what another event is about
    if lemma == "round" and tok.pos_ == "NOUN" and _round_of_talks(tok):
        return EventKind("CONSULT", "talks", "noun")  # "the fourth round (of talks)": one sitting of them
    if lemma in HALT_WORDS or (lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)):
        return _halt_kind(tok)  # ("called off the march", "the talks were called off")
    if lemma == "summon" and tok.pos_ == "VERB" and _diplomats_moved(tok):
        return SUMMONS  # "summoned the ambassador", "the envoy was summoned to the foreign ministry"
    if lemma == "recall" and _diplomats_moved(tok):
        return EventKind("RETREAT", "withdrawal", "verb" if tok.pos_ == "VERB" else "noun")  # "recalled its envoy"
    if (lemma == "advisory" and tok.pos_ == "NOUN") or (lemma == "advise" and _objects_of(tok) & ADVISED):
        return EventKind("THREATEN", "advisory")  # "issued a travel advisory", "advised its citizens in X"
    if lemma == "release" and (_objects_of(tok) & DOCUMENT_NOUNS or _published(tok)):
        return None  # "the agency released a report": published, no concession
    if tok.pos_ == "NOUN" and lemma in violence.EPISODE_NOUNS and (episode := _episode_kind(tok)) is not None:
        return episode  # "the hostage crisis", "the hostage-taking": the episode is the act its compound names
    if tok.pos_ == "NOUN" and lemma == "operation" and _armed_operation(tok):
        return _refine(tok, ARMED_OPERATION)  # "a military operation to free the hostages", "carried out the operation"
    if lemma in ("raid", "search") and _forced_search(tok):
        return EventKind("COERCE", "raid", "verb" if tok.pos_ == "VERB" else "noun")  # "police raided his home"
    if tok.pos_ == "VERB" and lemma == "target" and _armed_doer(tok):
        return _refine(tok, EventKind("ASSAULT", "attack", "verb"))  # "a drone targeted the base"
    if tok.pos_ == "NOUN" and lemma in MISHAP_HEADS and any(
            t.dep_ in ("compound", "npadvmod", "nmod") and t.lemma_.lower() in ACCIDENT_WORDS
            for t in tok.subtree if t.i < tok.i):
        return _refine(tok, EventKind("DISASTER", "man_made", "noun"))  # "a ferry sinking incident", "the bus tragedy"
    if lemma == "surge" and tok.pos_ == "NOUN" and any(c.lemma_.lower() == "crowd" and c.dep_ in ("compound", "amod")
                                                       for c in tok.children):
        return _refine(tok, EventKind("DISASTER", "man_made", "noun"))  # "a crowd surge": a crush, not a rise
    if tok.pos_ == "NOUN" and lemma in CARRIED_NOUNS and _carried(tok):
        return _refine(tok, CARRIED_NOUNS[lemma])  # "held a long conversation with X", "held a news conference"
    if (stated := statement_kind(tok)) is not None:
        return stated  # "admitted that P", "called the blast an attack", "submitted its report", "revised the toll"
    kind = (NOUN_TRIGGERS.get(lemma) if _named_hazard(tok) else None) or TRIGGERS.get(lemma) or \
        TRIGGERS.get(tok.lower_)
    if kind is not None and kind.pos not in ("any", "verb" if tok.pos_ == "VERB" else "noun"):
        kind = None
    if kind is None and tok.pos_ == "PROPN":  # (a name's words seldom read as a trigger: the sentence is seen last)
        kind = next((TRIGGERS[f] for f in (tok.lower_, *uninflected(tok.lower_)) if f in TRIGGERS), None)
        kind = kind if kind is not None and _title_case(tok.sent) else None
    if kind is None and tok.pos_ != "PROPN":
        kind = carriers.repeated_kind(tok)  # "he was rearrested twice in December": an arrest again
    if kind is None:
        return None
    return _refine(tok, kind)


#: nouns that name an act only when a light verb carries them ("held a long conversation with her counterpart",
#: "held a news conference", "carried out searches", "held a vigil"): "a conversation about the budget" or "the
#: search for meaning" alone tell nothing done. A news or press conference is a statement (``MODIFIER_KIND``).
CARRIED_NOUNS = {"conversation": EventKind("CONSULT", "talks", "noun"),
                 "conference": EventKind("CONSULT", "meeting", "noun"),
                 "briefing": EventKind("STATEMENT", "broadcast", "noun"),
                 "vigil": EventKind("PROTEST", "demonstration", "noun"),
                 "search": EventKind("INVESTIGATE", None, "noun"),
                 "inspection": EventKind("INVESTIGATE", None, "noun"),
                 # an examination of what was done ("launched a review of the decision-making", "ordered an audit
                 # of the accounts"; CAMEO 09 investigate): "a review of the film" or "the annual audit" tell none
                 "review": EventKind("INVESTIGATE", None, "noun"),
                 "audit": EventKind("INVESTIGATE", None, "noun"),
                 # a halt taken in an effort ("decided to take a pause in the rescue operation"; PLOVER RETREAT)
                 "pause": EventKind("RETREAT", "suspension", "noun"),
                 # parties in touch ("the police are in contact with the kidnappers", "made contact with X")
                 "contact": EventKind("CONSULT", "talks", "noun")}
#: verbs that carry such a noun besides the light verbs ("gave a news conference", "called a press conference",
#: "took a pause", "established contact with")
CARRYING_VERBS = args.LIGHT_VERBS | frozenset({"give", "call", "take", "establish", "maintain"})
#: verbs that set an examination going or carry it out ("launched a review", "ordered an audit", "commissioned a
#: review"); not the light verbs of giving and having ("gave the film a glowing review")
EXAMINATION_VERBS = violence.CONDUCT_VERBS | frozenset({"open", "announce", "undertake", "commission", "initiate"})
#: verbs of a state one is in ("are in contact with", "remained in contact with")
BEING_VERBS = frozenset({"be", "remain", "stay", "keep"})


def _carried(noun: Token) -> bool:
    """The noun is what a light verb does: its object ("held a conversation"), or its subject in the passive ("the
    news conference was held on Monday"); contact only with a party ("in contact with the kidnappers", "made
    contact with the crew"), which one is in as well as makes."""
    if noun.lemma_.lower() == "contact":
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in BEING_VERBS:
            return True
    verbs = EXAMINATION_VERBS if noun.lemma_.lower() in ("review", "audit") else CARRYING_VERBS
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs


#: the outbreak of an infectious disease: a disaster whose deaths are counted as a toll (ACLED keeps no epidemics,
#: but news follows their deaths as it follows a disaster's)
EPIDEMIC = EventKind("DISASTER", "epidemic", "noun")


def _epidemic(tok: Token) -> bool:
    """An outbreak of a disease as the incident told: "an outbreak of cholera", "the measles epidemic", "the outbreak
    has killed 12"; or an illness named as the cause of deaths ("nine people have died of the fever", "measles
    has killed 40", "deaths from cholera"). Not "an outbreak of violence" or "the outbreak of war" (an "of" naming no
    illness), nor an epidemic as the time of something else ("since the outbreak"), nor a pandemic that is no
    cause of deaths of its sentence ("sales have not recovered from the pandemic")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod"):
        return False
    word = tok.lower_
    if word in disease.EPIDEMIC_NOUNS:
        of = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if any(o.lower_ in disease.NOT_AN_ILLNESS or o.lemma_.lower() in disease.NOT_AN_ILLNESS for o in of):
            return False  # "an outbreak of violence", "the outbreak of war"
        return not (tok.dep_ == "pobj" and tok.head.lower_ in disease.TIME_FRAME_PREPS)
    if word not in disease.DISEASES and word not in disease.ILLNESS_NOUNS and word not in disease.PANDEMIC_NOUNS:
        return False  # (a pandemic is most often the background: an incident only as the cause of deaths)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "from", "to"):  # "died of cholera", "succumbed to the disease"
        return head.head.lemma_.lower() in disease.DYING
    if tok.dep_ in ("nsubj", "agent"):  # "measles has killed 40", "claimed nine lives"
        verb = head.head if tok.dep_ == "agent" else head
        return verb.lemma_.lower() in disease.DYING
    return False


#: doers of a search with force, not of an armed assault (CAMEO 17 coerce, ACLED's arrests and raids)
ENFORCERS = frozenset({"police", "policeman", "policemen", "officer", "investigator", "agent", "detective",
                       "prosecutor", "inspector", "bailiff", "gendarme", "gendarmerie", "prosecution",
                       "investigation", "investigative"})  # ("a special investigation team raided the office")
#: places a search enters: homes, offices, premises (not a camp, a base or a village: an armed raid on them)
PREMISES = frozenset({"home", "house", "office", "headquarters", "premises", "residence", "apartment", "flat",
                      "property", "warehouse", "shop", "studio", "newsroom", "bank", "firm", "company", "branch",
                      "hq", "building", "dwelling", "site", "factory", "plant"})
#: words of a raid's deaths or fighting: it stays an assault
HARM_WORDS = frozenset({"kill", "die", "dead", "death", "wound", "injure", "shoot", "gunfight", "firefight", "clash",
                        "bomb", "fire", "storm", "hostage", "rescue", "free"})


#: words of taking people into custody: a raid told with one, and no one hurt, is the law's ("arrested in raids
#: across the country", "a raid in the district, making one arrest", "raided the houses to arrest him")
CUSTODY_ACTS = frozenset({"arrest", "detain", "detention", "apprehend", "warrant"})


def _forced_search(tok: Token) -> bool:
    """A raid or a search by law enforcement, or into homes and offices, with no one hurt: a search with force
    (COERCE), not an armed assault ("police raided the party's headquarters", "investigators searched the
    contractor's offices", "the homes of three activists were searched", "a police raid on his flat"; a noun's doer
    is also the subject of the verb carrying it or of the clause it happens in, "police carried out a raid in the
    district", "police found a fingerprint during the raid"; a raid told with an arrest, "25 people were arrested
    in raids across the country"). An army's
    raid on a camp, a raid that killed, a rescue raid, "rescuers searched the rubble" are no such thing."""
    sent = tok.sent
    if any(t.lemma_.lower() in HARM_WORDS and _raids_own(t, tok) for t in sent):
        return False
    if tok.lemma_.lower() == "raid" and any(t.lemma_.lower() in CUSTODY_ACTS for t in sent):
        return True  # "25 were arrested in raids", "raided the houses of his relatives to arrest him"
    if tok.pos_ == "VERB":
        doers = [c for c in tok.children if c.dep_ == "nsubj"] + [
            o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if not doers and tok.dep_ == "xcomp":  # "the police tried to raid the gathering"
            doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
        entered = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        entered += [g for e in entered if e.like_num or e.lemma_.lower() in ("total", "dozen", "number", "hundred")
                    for c in e.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]  # "a total of 55 offices were raided"
    elif tok.pos_ == "NOUN":
        doers = [c for c in tok.children if c.dep_ in ("compound", "poss", "amod")] + [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in args.LIGHT_VERBS:  # "police carried out a raid"
            doers += [c for c in tok.head.children if c.dep_ == "nsubj"]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.pos_ == "VERB":
            doers += [c for c in tok.head.head.children if c.dep_ == "nsubj"]  # "police found X during the raid"
        entered = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "at", "into")
                   for o in c.children if o.dep_ == "pobj"]
    else:
        return False

    def enforcer(t: Token) -> bool:
        return any(w.lemma_.lower() in ENFORCERS or w.lower_ in ENFORCERS for w in (t, *t.children)
                   if w.dep_ in ("compound", "amod") or w.i == t.i)

    if tok.pos_ == "NOUN" or tok.lemma_.lower() == "raid":
        entered += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for o in c.children
                    if o.dep_ == "pobj"]
    if any(_suspects(e) for e in entered):
        return True  # "a raid against suspected supporters": suspects are the law's business
    premises = any(t.lemma_.lower() in PREMISES for e in entered for t in (e, *e.conjuncts))
    if tok.lemma_.lower() == "search":  # ("rescuers searched the homes": not without a doer of the law)
        return premises and (not doers or any(enforcer(d) for d in doers))
    return any(enforcer(d) for d in doers) or (premises and not doers)


def _raids_own(word: Token, raid: Token) -> bool:
    """A word of harm that tells of the raid itself: not a name's word ("the Varno Fire Station"), not "under fire"
    (blamed), and not in a clause that tells of something the raid is about ("as part of an inquiry into the crush
    that killed 156 people", "offices of officials blamed for the deaths")."""
    if word.pos_ == "PROPN" or word.ent_type_ in ("ORG", "FAC", "GPE") or (
            word.lower_ == "fire" and word.head.lower_ == "under"):
        return False
    for up in (word, *word.ancestors):
        if up.i == raid.i:
            return True
        if up.dep_ in ("relcl", "acl") or (up.dep_ == "pobj" and up.head.lower_ in ("into", "over", "for", "of")):
            return False
    return True


def _suspects(tok: Token) -> bool:
    """People the law suspects: "suspected supporters", "alleged members of the group", "the suspects"."""
    return tok.lemma_.lower() == "suspect" or any(
        c.dep_ == "amod" and c.lower_ in ("suspected", "alleged") for c in tok.children)


def _episode_kind(tok: Token) -> EventKind | None:
    """The act of an episode noun's compound ("the hostage crisis", "the hostage-taking", "the hostage standoff"):
    a violent act named by its compound is what the episode is. None for any other compound ("the debt crisis")."""
    for c in tok.children:
        if c.dep_ == "compound" and c.i < tok.i:
            kind = TRIGGERS.get(c.lemma_.lower()) or TRIGGERS.get(c.lower_)
            if kind is not None and kind.type in VIOLENT:
                return EventKind(kind.type, kind.subtype, "noun")
    return None


#: an operation of armed force: an attack of no more precise kind (its sentence may refine it)
ARMED_OPERATION = EventKind("ASSAULT", "attack", "noun")
#: what an armed operation sets out to do ("an operation to free the hostages", "to recapture the barracks")
FORCE_GOALS = frozenset({"ASSAULT", "TAKEOVER", "CONCEDE", "COERCE"})
#: (type, sub-type) goals of an armed operation besides those types: setting captives free
FORCE_GOAL_KINDS = frozenset({("RETREAT", "release")})


def _armed_operation(tok: Token) -> bool:
    """"operation" as the use of armed force: named so ("a military operation", "the security operation"), set to
    free, retake or strike ("an operation to free the hostages"), carried out by an armed force or a state ("troops
    launched an operation", "the army carried out the operation"), against or on something ("the operation on the
    depot"), or taking lives ("killed in the operation"). Not a surgery, a business or a relief effort ("rescue
    operations" after a flood), nor "operations centers" (a compound)."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in violence.FORCE_OPERATION_MODIFIERS for c in tok.children):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() == "rescue" for c in tok.children):
        return any(t.lemma_.lower() in CAPTIVITY or t.lower_.startswith(CAPTIVITY_STEMS) for t in tok.sent)
    for c in tok.children:
        if c.dep_ in ("acl", "relcl", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            kind = TRIGGERS.get(c.lemma_.lower())
            if kind is not None and (kind.type in FORCE_GOALS or (kind.type, kind.subtype) in FORCE_GOAL_KINDS):
                return True  # "an operation to free the hostages", "an operation to recapture the town"
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in violence.CONDUCT_VERBS:
        doers = _subjects(head) + [g for c in head.children if c.dep_ == "agent" for g in c.children]
        return any(_armed(d) for d in doers) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children)
    return tok.dep_ == "pobj" and head.lower_ in ("in", "during") and cue_kind(head.head) == "killed"


def _armed(tok: Token) -> bool:
    """An armed force or a state as a doer ("troops", "the army", "Velmora", "Velmoran forces")."""
    return tok.lemma_.lower() in ARMED_ACTORS or tok.ent_type_ in ("GPE", "NORP")


def _armed_doer(verb: Token) -> bool:
    """"a drone targeted the base", "gunmen targeted the convoy", "the base was targeted by a drone": a weapon or
    armed men as the doer of "target" (not "the campaign targeted young voters")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in MUNITIONS | WEAPON_WORDS | ARMED_ACTORS for d in doers)


def _armed_strike(tok: Token) -> bool:
    """"strikes on militia camps", "conducted strikes on Friday" (by an armed force or a state), "launched
    strikes on targets in X": the noun "strike" as force from afar, not a walkout ("workers went on strike", "a
    strike against the reform")."""
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in violence.CONDUCT_VERBS:
        doers = _subjects(head) + [g for c in head.children if c.dep_ == "agent" for g in c.children]
        if any(_armed(d) for d in doers):
            return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() in violence.STRIKE_TARGETS | GROUND_NOUNS | ARMED_ACTORS:
                return True
    return False


def _title_case(sent: SpacySpan) -> bool:
    """A headline in title case ("Gunman Kills Three At Market"): the tagger reads its capitalized verbs as
    proper nouns and keeps their form as the lemma."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


FUNERAL = EventKind("LIFE", "funeral", "verb")
#: what a funeral's rites are called: "funeral prayers", "the funeral procession"
FUNERAL_HEADS = frozenset({"prayer", "procession", "service", "ceremony", "rite", "cortege", "march"})
#: how a burial that is no funeral is told: "buried under the rubble", "buried alive", "buried beneath mud"
BURIED_BY = frozenset({"under", "beneath", "underneath", "by", "alive", "in rubble"})


def _funeral_word(tok: Token) -> bool:
    """A funeral told by a verb or by its rites: a person "buried in X on Friday" (not "buried under the
    rubble", "buried alive"), "laid to rest", "the funeral prayers" (the rites are the trigger)."""
    lemma = tok.lemma_.lower()
    if lemma in FUNERAL_HEADS and tok.pos_ == "NOUN":  # the rites carry the place and day, not their modifier
        return any(c.dep_ == "compound" and c.lemma_.lower() == "funeral" for c in tok.children)
    if tok.pos_ != "VERB":
        return False
    if lemma == "lay":  # "laid to rest" (parsed with "rest" under "to", or as a verb's complement)
        return any((c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "rest" for g in c.children)) or
                   (c.lower_ == "rest" and c.dep_ in ("xcomp", "advcl", "dobj")) for c in tok.children)
    if lemma != "bury" or any(c.lower_ in BURIED_BY for c in tok.children):
        return False
    people = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(p.ent_type_ == "PERSON" or p.lower_ in ("he", "she", "him", "her", "they", "them") or
               p.lemma_.lower() in ("body", "victim", "leader", "man", "woman") for p in people)


#: verbs that compare their object to another thing ("likened the flood to a tsunami")
COMPARING_VERBS = frozenset({"liken", "compare", "equate", "resemble"})


def _compared_to(tok: Token) -> bool:
    """A noun a thing is compared to: "likened to a tsunami", "compared with a war zone", "like a bomb", "it
    resembled an earthquake", "tsunami-like waves". The comparison names no event of the story; "attacks like the
    one in Varn" (a noun's "like") gives examples, which are events."""
    if tok.pos_ != "NOUN":
        return False
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in ("like", "style") and \
            not doc[tok.i + 1].whitespace_:
        return True  # "tsunami-like storm surges", "war-style devastation": a likeness, not the thing
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "like":
        return head.head.pos_ in ("VERB", "AUX", "ADJ")
    if tok.dep_ == "pobj" and head.lower_ in ("to", "with"):
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in COMPARING_VERBS


#: nouns of a negotiation whose sittings are counted in rounds
TALKS_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "dialog", "consultation"})


#: verbs that stop, start again or call off a process of talks: the talks are their object, not an event of
#: their own (talks that are hosted, mediated or attended happen)
PROCESS_VERBS = frozenset({"suspend", "pause", "halt", "stop", "freeze", "resume", "continue", "end", "boycott",
                           "postpone", "cancel", "abandon"})


def _talks_acted_on(tok: Token) -> bool:
    """Talks that another event acts on ("suspended the talks", "the talks would be suspended", "resuming the
    talks", "every round of the talks"): a participant of that event. Talks that happen ("talks were held",
    "talks in Lesk ended", "the talks opened") stay events."""
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in PROCESS_VERBS:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "round"


def _round_of_talks(tok: Token) -> bool:
    """"a round of talks", "the fourth round" where talks were named in this or the two sentences before (a round
    of voting, of sanctions or of a tournament is no sitting of talks)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return any(g.lower_ in TALKS_NOUNS or g.lemma_.lower() in TALKS_NOUNS
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    if not any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children):
        return False
    doc, sent = tok.doc, tok.sent
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    return any(t.lower_ in TALKS_NOUNS or t.lemma_.lower() in TALKS_NOUNS for t in doc[start:sent.end])


PERSONAL = frozenset({"he", "him", "she", "her"})
GROUP_SPEECH = frozenset({"say", "state", "announce", "confirm", "insist", "add"})


def _member_expelled(verb: Token) -> bool:
    """A person ("he", a name) expelled by the group that tells it: "the HTK said it expelled him", "the group
    said Nasir Gul had been expelled", "the HTK, which says he was expelled". States expel diplomats and tell it
    through their governments and ministries; an armed group or a party that says it expelled someone put a
    member out (never a news agency's report: "... has been expelled, AP reported")."""
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(p.lower_ in PERSONAL or p.ent_type_ == "PERSON" for p in patients):
        return False
    agents = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "they", "we")]
    if agents:  # (a name the model calls an organization may be a country: only with "him", "her")
        pronoun = any(p.lower_ in PERSONAL for p in patients)
        return any(_is_group(a) and (pronoun or a.ent_type_ != "ORG") for a in agents)
    teller = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in GROUP_SPEECH else None
    if teller is None:
        return False
    return any(_is_group(s) for s in teller.children if s.dep_ == "nsubj")


def _abstract_foe(tok: Token) -> bool:
    """What a "fight against" is with when it is no armed side: a common noun naming no people or group
    ("drugs", "crime", "corruption", "poverty"), not "the rebels", "the army" or a named organization."""
    return tok.dep_ == "pobj" and tok.pos_ == "NOUN" and not tok.ent_type_ and \
        tok.lemma_.lower() not in ARMED_ACTORS | NOMINAL_ORG and not _is_group(tok)


def _is_group(tok: Token) -> bool:
    """A non-state group: "the group", "the movement", or a named organization that is no agency or government."""
    if tok.lower_ in ("which", "that", "who") and tok.head.dep_ == "relcl":
        prior = [t for t in tok.doc[max(tok.sent.start, tok.i - 8):tok.i] if t.ent_type_ == "ORG"]
        return bool(prior) and prior[-1].text not in AGENCIES  # "the Front (HTK), which says ..."
    if tok.lemma_.lower() in NOMINAL_ORG - {"ministry", "agency", "company", "firm"}:
        return True
    name = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text
    return tok.ent_type_ == "ORG" and tok.text not in AGENCIES and not re.search(
        r"\b(?:government|ministry|cabinet|office)\b", name, re.I)


#: verbs of holding ground: an armed force holding a town controls it
CONTROL_VERBS = frozenset({"hold", "occupy", "control"})
ARMED_ACTORS = frozenset({"fighter", "rebel", "militant", "insurgent", "troop", "soldier", "force", "gunman",
                          "militia", "militiaman", "army", "guerrilla", "jihadist"})
DURATION_NOUNS = frozenset({"hour", "day", "week", "month", "year"})
GROUND_NOUNS = frozenset({"town", "city", "village", "province", "district", "area", "territory", "region",
                          "valley", "capital", "border", "crossing", "airport", "base"})


def _armed_hold(verb: Token, index: args.MentionIndex) -> bool:
    """"HTK fighters had held the town for eleven days", "the town was held by rebels": armed men holding ground
    (not "held talks in the town", "police held the suspect")."""
    ground = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    actors = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]

    def is_ground(t: Token) -> bool:
        m = index.at(t)
        return t.lemma_.lower() in GROUND_NOUNS or (m is not None and m.label in args.PLACE_LABELS)

    # an episode of holding ("for eleven days"), not a standing control ("the army has held the valley since")
    episode = any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in DURATION_NOUNS
                                                                 for g in c.subtree) for c in verb.children)
    return episode and any(is_ground(g) for g in ground) and any(a.lemma_.lower() in ARMED_ACTORS for a in actors)


def _receives_visitor(verb: Token, index: args.MentionIndex) -> bool:
    """"received Valdora's chief negotiator, Marit Kovane,", "X was received by the president": a person or an envoy
    received (not a letter, aid, a sentence or a call)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for obj in (c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")):
        m = index.at(obj)
        if (m is not None and m.label == "PERSON") or obj.lemma_.lower() in ENVOY_NOUNS or any(
                a.dep_ == "appos" and (n := index.at(a)) is not None and n.label == "PERSON" for a in obj.children):
            return True
    return False


#: whom a visitor calls on: a title ("called on the president") or an envoy, when no name is given
CALLED_ON = frozenset(w.lower() for w in TITLE_HEADS) | ENVOY_NOUNS


def _calls_on(verb: Token, index: args.MentionIndex) -> bool:
    """"the minister called on President X in Lesk": a visit paid to a person (a named one, a title or an envoy),
    not a demand ("called on X to withdraw", "called on the government to act": a complement says what is
    asked)."""
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            m = index.at(obj)
            if (m is not None and m.label == "PERSON") or obj.lemma_.lower() in CALLED_ON:
                return True
    return False


def _as_role(verb: Token) -> bool:
    """The verb says the post: "as <noun>" ("as its new chief negotiator") or a predicate noun ("named her
    the new mayor")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children):
            return True
        if c.dep_ == "oprd" and c.pos_ == "NOUN":
            return True
    for t in verb.doc[verb.i + 1:verb.sent.end]:  # the parser may hang "as ..." elsewhere ("named X, a judge,
        if t.pos_ in ("VERB", "AUX"):              # as its envoy" read with "named" as a modifier)
            break
        if t.lower_ == "as" and t.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in t.children):
            return True
    return False


_HYPHENS_KEY = "storyline.hyphens"


def _hyphens(doc: Doc) -> frozenset[int]:
    """The indices of the document's "-" tokens, found once per document and kept in its ``user_data``."""
    found = doc.user_data.get(_HYPHENS_KEY)
    if not isinstance(found, frozenset):
        found = doc.user_data[_HYPHENS_KEY] = frozenset(t.i for t in doc if t.text == "-")
    return found


def _hyphened_collapse(tok: Token) -> bool:
    """The head of a hyphened noun of a collapse ("the cave-in killed 16", "the site of the cave-in", a headline's
    "Cave-In: Number Of Deaths Now 16"): the word after the hyphen, or the one before when the parse hangs the
    pair from it; never the verb of "the roof caved in" (no hyphen)."""
    doc = tok.doc
    hyphens = _hyphens(doc)
    if tok.i - 1 not in hyphens and tok.i + 1 not in hyphens:
        return False  # (no "-" token beside it: the pair below cannot be there)
    for first in (tok.i - 2, tok.i):
        second = first + 2
        if first < 0 or second >= len(doc) or doc[first + 1].text != "-" or doc[first].whitespace_ or \
                doc[first + 1].whitespace_:
            continue
        if f"{doc[first].lower_}-{doc[second].lower_}" not in happening.COLLAPSE_NOUNS:
            continue
        other = doc[first] if tok.i == second else doc[second]
        if other.head == tok or (tok.i == second and tok.head != other):
            return True
    return False


def _structure_failure(tok: Token) -> bool:
    """"Two dams exploded", "the dam burst", "the collapse of two dams", "a dam collapse": a structure failing."""
    lemma = tok.lemma_.lower()
    if lemma not in FAILURE_WORDS and tok.lower_ not in FAILURE_WORDS:
        return False
    if tok.pos_ == "VERB" or tok.tag_ == "VBN":
        things = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            things.append(tok.head)  # "a collapsed mine", "the caved-in tunnel"
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in tok.children):
            things.append(tok.head)  # "the site of a building that collapsed on Wednesday": later reports tell it so
        # "a section of the mine collapsed", "part of the roof caved in": the structure a part is of
        # (a landmine has no sections: the mine a part is of is a pit)
        whole = [g for t in things if t.lemma_.lower() in happening.PART_NOUNS for c in t.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(t.lemma_.lower() in STRUCTURES for t in whole):
            return True
    else:
        things = [c for c in tok.children if c.dep_ == "compound"] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # ("a mine exploded under a truck" is a landmine; "a mine blast", "the mine collapsed" in a coal mine's story)
    return any(t.lemma_.lower() in STRUCTURES and (t.lemma_.lower() != "mine" or tok.pos_ != "VERB" or _pit(t))
               for t in things)


#: words that make a "mine" the pit where miners work, not a landmine ("a coal mine", "trapped miners",
#: "a methane explosion", "300 metres underground")
PIT_WORDS = frozenset({"coal", "miner", "mining", "colliery", "methane", "firedamp", "shaft", "underground", "seam"})
def _mining_story(doc: Doc) -> bool:
    """An article that speaks of mining more than once ("the coal mine", "miners trapped"): its "mine" is a pit."""
    key = "storyline.mining_story"
    if key not in doc.user_data:
        doc.user_data[key] = sum(t.lemma_.lower() in PIT_WORDS or t.lower_ in PIT_WORDS for t in doc) >= 2
    return bool(doc.user_data[key])


#: prepositions of a place something happens in: a blast "in/at/inside the mine" is in the pit
SITE_PREPS = frozenset({"in", "at", "inside", "into", "through", "within"})


def _pit(tok: Token) -> bool:
    """Whether the sentence of ``tok`` ("mine", or a blast) tells of a mine as a pit: a word of mining in it or
    in its article (twice), or a mine as the place something happened ("an explosion in the mine"); "a mine
    exploded under a truck" is a landmine."""
    sent = tok.sent
    if any(t.lemma_.lower() in PIT_WORDS or t.lower_ in PIT_WORDS for t in sent) or _mining_story(tok.doc):
        return True
    return any(t.lemma_.lower() == "mine" and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in SITE_PREPS
               for t in sent)


ADVISED = frozenset({"citizen", "national", "traveller", "traveler", "student", "resident", "people", "public"})


def _published(tok: Token) -> bool:
    """"a press release", "reports released by the minister", "a statement released on Saturday": a document
    made public (a participle on a document noun, or a release that is a press or news release)."""
    if tok.pos_ == "NOUN":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in ("press", "news", "media") for c in tok.children)
    return tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in DOCUMENT_NOUNS


def _objects_of(tok: Token) -> set[str]:
    """Words of what a trigger acts on: its objects, passive subjects and "of"/"on"/"for" phrases with their
    modifiers ("visa services", "the issuance of visas", "put a pause on all in-person services")."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "for", "to")]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":  # "put a pause on": the phrase may hang on the verb
        preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "on"]
    heads += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    words: set[str] = set()
    for h in heads:
        for w in h.subtree:
            if w.i == h.i or w.dep_ in ("compound", "amod", "pobj", "nmod"):
                words |= {w.lemma_.lower(), w.lower_}
    return words


def _diplomats_moved(tok: Token) -> bool:
    """A recall of a state's people abroad: its object, its passive subject or its "of" phrase is a diplomat
    ("recalled its ambassador", "the envoy was recalled", "the recall of two consuls"; ``DIPLOMATS``, "commissioner"
    with "high"). "Recalled the day", "residents recalled the blast": memory, no event."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        heads.append(tok.head)  # "the recalled envoy", "an envoy recalled last week"
    return _diplomat_words(heads)  # (and the heads conjoined: "its ambassador and five other diplomats")


def _halt_kind(tok: Token) -> EventKind | None:
    """"suspended the talks" halts a process (RETREAT/suspension); "suspended visa services", "paused consular
    services", "halted flights" cut what one party gives another (SANCTION/suspension: CAMEO 161 "reduce or break
    diplomatic relations", 162 "reduce or stop aid", which PLOVER codes SANCTION; a party pulling back its own
    forces or its own offer is what PLOVER calls RETREAT); "suspended its partnership with X", "froze the pact"
    reverse a cooperation (SANCTION/reduce_relations); "paused the rescue operation" halts rescue work
    (RETREAT/suspension); "stop the car": no event of its own."""
    if tok.lemma_.lower() in ("suspend", "suspension") and _member_suspended(tok):
        return EventKind("SANCTION", "member_suspension")  # "suspended from the bloc", "suspended X's membership"
    objects = _objects_of(tok)
    if objects & HALTED_PROCESSES:
        return EventKind("RETREAT", "suspension")
    if objects & COOPERATION_TIES:
        # (a sub-type of its own: one party's reversal of a partnership is not another's halt of talks)
        return EventKind("SANCTION", "reduce_relations")
    if objects & HALTED_CAMPAIGNS and _own_campaign(tok):
        return EventKind("RETREAT", "withdrawal")  # "his fighters had halted their campaign", "called off the march"
    if objects & HALTED_EFFORTS or (tok.pos_ == "NOUN" and _words_in(tok, "in") & HALTED_EFFORTS):
        return EventKind("RETREAT", "suspension")  # "paused the rescue operation", "a pause in the search"
    if objects & (RESTRICTED | AID_FLOWS) or (objects & PROGRAMMES and _state_named(tok)):
        return EventKind("SANCTION", "suspension")
    return None


#: a side's armed or mass campaign that it halts itself (PLOVER RETREAT, CAMEO 087 "de-escalate military
#: engagement"): "halted their advance", "called off the march on the capital", "stopped the revolt"
HALTED_CAMPAIGNS = frozenset({"campaign", "advance", "offensive", "march", "mutiny", "revolt", "rebellion",
                              "uprising", "insurrection", "push", "assault"})


def _own_campaign(tok: Token) -> bool:
    """A campaign its own side halts: its doer is not the state's force that stops another's ("police halted the
    march" is the police's act on the marchers, not a retreat)."""
    if tok.pos_ != "VERB":
        return False
    return not any(_armed_body(s) for s in tok.children if s.dep_ in ("nsubj", "agent"))


#: rescue work halted ("suspended the search for survivors", "took a pause in the rescue operation"): the effort's
#: halt (PLOVER RETREAT), a step of its own in a disaster's coverage
HALTED_EFFORTS = happening.RELIEF_MODIFIERS | frozenset({"search"})


def _words_in(noun: Token, prep: str) -> set[str]:
    """Words of a noun's phrase under one preposition ("a pause in the rescue operation": rescue, operation)."""
    return {w.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == prep
            for w in c.subtree if w.i != c.i}


def _state_named(tok: Token) -> bool:
    """A state named in the halt's phrase: its object's or its own "in"/"with"/"to"/"for" phrase names a country
    ("stopped all programmes in Orvania", "suspended the exchange program with Tesland")."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prep")]
    return any(w.ent_type_ == "GPE" or (w.pos_ == "PROPN" and country_name(w.text) is not None)
               for h in heads for w in h.subtree if w.dep_ == "pobj" and w.head.lower_ in ("in", "with", "to", "for"))


def _member_suspended(tok: Token) -> bool:
    """A body putting a member out for a time: "Orvania has been suspended from the Northern Union", "the bloc
    suspended Tesland from all its activities", "Valdora's suspension from the union", "suspended Tesland's membership";
    not "shares were suspended from trading", "suspended from duty" (a body's word heads the phrase, or a name the
    model calls an organization when the one suspended is a state)."""
    if _objects_of(tok) & ties.MEMBERSHIP:
        return True
    froms = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
             if g.dep_ == "pobj"]
    if tok.pos_ == "NOUN":
        members = [c for c in tok.children if c.dep_ == "poss"] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    else:
        members = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "VERB" and not froms and _state_suspended(tok, members):
        return True  # "the council decided to immediately suspend X": a state is suspended only from a body
    for body in froms:
        if body.lemma_.lower() in ties.BODIES or body.lower_ in ties.BODIES:
            return True
        if body.ent_type_ == "ORG" and any(m.ent_type_ == "GPE" for m in members):
            return True  # "Tesland was suspended from NORCOM"
    return False


def _state_suspended(verb: Token, members: list[Token]) -> bool:
    """A state the verb suspends, with no "from": a country's name, a name the model calls a state, or any name a
    body suspends ("the bloc suspended Valdora"); "the club suspended its striker" is none."""
    bodies = [s for s in _subjects(verb) if s.lemma_.lower() in ties.BODIES or s.lower_ in ties.BODIES]
    return any(m.pos_ == "PROPN" and (m.ent_type_ == "GPE" or country_name(m.text) is not None or bool(bodies))
               for m in members)


def _trigger_span(tok: Token) -> tuple[int, int]:
    """Character span of a trigger: the token plus its adjacent compound ("gun battle") or particle."""
    doc = tok.doc
    lo = tok.i
    while lo - 1 >= 0 and doc[lo - 1].head == tok and (doc[lo - 1].dep_ == "compound" or (
            doc[lo - 1].tag_ == "HYPH" and lo - 2 >= 0 and doc[lo - 2].dep_ == "compound" and doc[lo - 2].head == tok)):
        lo -= 1  # "gun battle", "hostage-taking"
    hi = tok.i + 1
    if hi < len(doc) and doc[hi].dep_ == "prt" and doc[hi].head == tok:
        hi += 1
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


# --------------------------------------------------------------------------- arguments


def _antecedent_of_relative(s: Token) -> Token:
    """The noun a relative pronoun subject stands for ("the Red Hand, which has claimed responsibility": the Red
    Hand), else the subject itself: a relative clause's "which"/"who"/"that" names nobody on its own."""
    if s.lower_ in ("which", "who", "that") and s.dep_ in ("nsubj", "nsubjpass") and s.head.dep_ == "relcl" and \
            s.head.head.pos_ in ("NOUN", "PROPN"):
        return s.head.head
    return s


def _subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited through xcomp/advcl/conj chains ("is expected to visit")."""
    t = verb
    for _ in range(4):
        subs = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subs:
            return subs
        if t.dep_ in ("xcomp", "advcl", "conj", "ccomp") and t.head.i != t.i and reduced_relative(t) is None:
            t = t.head
        else:
            break
    return []


def reduced_relative(verb: Token) -> Token | None:
    """The noun a past participle tells of when the parser joined it to the verb before it ("Troops reached a hotel
    in Kereth, stormed the night before by gunmen": the hotel was stormed, by the gunmen, not by the troops): a
    participle after a comma with a "by" of its own and neither subject nor auxiliary. Returns the top of the
    phrase before the comma under that verb (its object), else None."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or verb.doc[verb.i - 1].text != "," or \
            not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cc") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 2]
    while noun.head.i != noun.i and verb.head.i < noun.head.i < verb.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.head.i == verb.head.i else None


def _prospect_doers(verb: Token) -> list[Token]:
    """Who is to do what a noun of an act to come names ("his plan to visit X", "announced a plan to meet Y": the
    owner or the announcer of the plan; "accepted an invitation to visit X": the one who accepted it, not the host
    who extended it)."""
    noun = verb.head
    if verb.dep_ not in ("acl", "xcomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in speech.PROSPECT_NOUNS:
        return []
    invited = noun.lemma_.lower() == "invitation"
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners and not invited:
        return owners
    holder = noun.head if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else None
    if holder is None or (invited and holder.lemma_.lower() not in speech.INVITATION_VERBS):
        return []
    return _subjects(holder)


def _verb_args(d: Draft, index: args.MentionIndex) -> None:
    tok, violent = d.tok, d.kind.type in VIOLENT | {"COERCE", "SANCTION"}
    for s in _subjects(tok) or _prospect_doers(tok):
        passive = (s.dep_ == "nsubjpass" and s.head == tok) or _bare_participle(tok, s) or _shared_passive(tok, s)
        if passive and violent and _fired_thing(tok, s):
            continue  # "shots were fired at the guards": the shots are what was fired, nobody struck
        role = ("target" if violent else "participant") if passive else "actor"
        if s.lemma_.lower() in ("that", "which", "who") and tok.dep_ == "relcl":
            s = tok.head
        pair = args.pair_named_before(s, index) if not passive else []
        d.participants += pair or args.resolve(role, s, index)
        d.arg_tokens.append(s)
    for c in tok.children:
        if c.dep_ == "agent":
            for o in c.children:
                if o.dep_ == "pobj" and not (d.kind.type == "MOVE" and o.lemma_.lower() in CARRIERS):
                    d.participants += args.resolve("actor", o, index)  # (not the means: "brought by helicopter")
        elif c.dep_ in ("dobj", "dative") and c.dep_ != "prt" and not (d.kind.subtype == "call" and c.dep_ == "dobj"):
            _object_arg(d, c, index)
        elif c.dep_ == "prep":
            _prep_arg(d, c, index)
    if d.kind.subtype == "expulsion" and tok.lemma_.lower() == "declare":
        # "declared the Egyptian envoy persona non grata": the parser may take "grata" for the object; the diplomat
        # declared is the one expelled
        d.participants = [p for p in d.participants if p.text.split()[-1].lower().strip("'\"”’") != "grata"]
        named = next((w for w in tok.subtree if w.i != tok.i and _diplomat_words([w])), None)
        if named is not None and not any(p.role == "target" for p in d.participants):
            d.participants += args.resolve("target", named, index)
            d.arg_tokens.append(named)
    called = _called_person(tok) if d.kind.subtype == "call" and tok.lemma_.lower() == "call" else None
    if called is not None:  # "X called President Y": the other party of the call
        d.participants += args.resolve("participant", called, index)
        d.arg_tokens.append(called)


#: kinds of act that commit to, threaten, ask for or make ready a further act: the named state, body or person that
#: further act is done to or for is a party of theirs (see :func:`_aimed_parties`)
AIMING_TYPES = frozenset({"THREATEN", "AGREE", "REQUEST", "MOBILIZE"})
#: prepositions of whom an act is done to or for, with the role they give
AIMED_PREPS = {"to": "recipient", "for": "recipient", "against": "target"}
#: conjunctions of a condition ("unless X withdraws", "if X refuses"): whom a threat or a demand is put to
CONDITION_MARKS = frozenset({"unless", "if"})
#: nouns of a state's own body, which a possessive names ("the Sarn government", "Lesk's army")
BODY_NOUNS = frozenset({"government", "authorities", "army", "regime", "military", "forces", "leadership",
                        "parliament", "administration", "junta", "cabinet"})
NAMED_LABELS = args.PLACE_LABELS | {"ORG", "NORP", "PERSON"}
#: verbs of a journey, whose "to" or object is where it goes or leaves, not whom an act is aimed at
JOURNEYS = motion.JOURNEY_VERBS | motion.DEPARTURE_VERBS | motion.ROUTE_WORDS


def _named_party(t: Token, index: args.MentionIndex) -> bool:
    """A name of a state, a place, a body or a person ("Sarn", "the Lesk Front"), or a state's body named by its
    possessor ("Sarn's government")."""
    m = index.at(t)
    if m is not None:
        return m.label in NAMED_LABELS
    return t.lemma_.lower() in BODY_NOUNS and any(
        c.dep_ in ("poss", "compound") and (o := index.at(c)) is not None and o.label in NAMED_LABELS
        for c in t.children)


def _aimed_parties(d: Draft, index: args.MentionIndex) -> None:
    """Whom an act that commits to, threatens, demands or makes ready a further act aims that act at: the named
    object, dative or "to/for/against" of the act promised or threatened ("threatened to deliver blows to Sarn",
    "agreed to provide aid for Lesk and Tolm"), the doer a condition or a demand puts it to ("threatened a strike
    unless Sarn rescinded the decree", "demands that the Lesk government free them"), and the foe of the war it
    readies for ("mobilized reservists for a war against Sarn"). Such a country is a party of the act, not its
    place (which the parse walk no longer gives it): it becomes a target (of a threat, of "against") or a
    recipient (of what is given or asked). Names only; what is already a participant stays as it is."""
    tok = d.tok
    if d.kind.type not in AIMING_TYPES:
        return
    threat = d.kind.type == "THREATEN"
    found: list[tuple[str, Token]] = []

    def directed(head: Token) -> None:  # the "to/for/against" of a phrase, down its nouns ("dollars of aid for X")
        for t in head.subtree:
            if t.dep_ not in ("prep", "dative") or t.lower_ not in AIMED_PREPS:
                continue
            path, ok = t, True
            while path.i != head.i and ok:  # (not into a clause: "aid for the plan that Sarn backs")
                ok = path.dep_ in ("pobj", "prep", "dobj", "compound", "amod", "nmod") and path.head.i != path.i
                path = path.head
            if ok:
                role = "target" if threat else AIMED_PREPS[t.lower_]
                found.extend((role, g) for g in t.children if g.dep_ == "pobj" and _named_party(g, index))

    if tok.pos_ == "VERB" and d.kind.type != "MOBILIZE":
        for v in (c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                  and c.lemma_.lower() not in JOURNEYS):
            # the act committed to or threatened: whom it is done to or for (not where a journey goes or leaves:
            # "agreed to return to Sarn", "asked to leave Lesk")
            for c in v.children:
                if c.dep_ == "dobj" and _named_party(c, index):
                    found.append(("target" if threat else "recipient", c))
                elif c.dep_ in ("dobj", "dative", "prep"):
                    directed(c)
    for c in tok.children:
        if d.kind.type == "MOBILIZE" and c.dep_ == "prep" and c.lower_ == "for":
            # "mobilized reservists for a war against Sarn": the foe of what it readies for
            found += [("target", g) for o in c.children if o.dep_ == "pobj" for p in o.children
                      if p.dep_ == "prep" and p.lower_ == "against" for g in p.children
                      if g.dep_ == "pobj" and _named_party(g, index)]
    clauses = [c for v in (tok, *(c for c in tok.children if c.dep_ == "xcomp")) for c in v.children
               if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children)]
    if d.kind.type == "REQUEST":
        # "demands that Sarn's government free them", "demanded that Lesk withdraw": who is asked to do it
        clauses += [c for c in tok.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
                    and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if d.kind.type in ("THREATEN", "REQUEST"):
        found += [("target" if threat else "recipient", s) for c in clauses for s in c.children
                  if s.dep_ == "nsubj" and _named_party(s, index)]
    _add_parties(d, found, index)


#: possessive pronouns left as they are when nothing resolves them: no participant
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _frame_roles(d: Draft, index: args.MentionIndex) -> None:
    """Roles in the frames of :mod:`storyline.analyze.events.frames`, whose object is no participant: the space
    entered is the owner's ("entered the country's airspace": the country is the target, not "airspace"), the
    craft a radar saw is the one that entered ("radar detected three aircraft in its airspace": the aircraft act,
    the radar's operators do not), a passage closed or a provision invoked is what is acted on, nobody of the
    event."""
    kind, tok = d.kind, d.tok
    if (kind.type, kind.subtype) not in frames.FRAME_KINDS or frames.frame_kind(tok) is None:
        return  # (an attack read otherwise keeps its roles: "a bomb exploded at the market")
    def thing(t: Token) -> bool:  # what the frame's verb acts on, by the frame
        if kind.subtype == "incursion":
            return frames.space(t)
        if kind.subtype == "restriction":
            return frames.communications(t) or frames.public_place(t)
        if kind.subtype in ("vote", "motion"):
            return frames.motion_noun(t)  # "the motion passed": the motion is what is voted on, nobody
        if kind.subtype in frames.IMPOSED_VERBS:
            return frames.emergency(t) is not None  # "declared martial law": the measure is nobody of the act
        return frames.passage(t) or frames.provision(t)

    things = [t for t in tok.subtree if t.i != tok.i and thing(t)]
    spans = [(t.idx, t.idx + len(t.text)) for t in things]

    def is_thing(p: Participant) -> bool:
        return any(p.start <= s < p.end or s <= p.start < e for s, e in spans)

    d.participants = [p for p in d.participants if not is_thing(p)]
    if kind.subtype == "incursion" and tok.pos_ == "VERB" and tok.lemma_.lower() in frames.SENSING_VERBS:
        seers = {(p.start, p.end) for s in _subjects(tok) for p in args.resolve("actor", s, index)}
        d.participants = [p for p in d.participants if (p.start, p.end) not in seers and p.role != "recipient"]
        for o in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
            d.participants += args.resolve("actor", o, index)  # the craft seen is the one in the space
    if kind.subtype == "incursion":
        for t in things:
            if not frames.space(t):
                continue
            owners = [c for c in t.children if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and
                                                                   c.ent_type_ in ("GPE", "NORP"))]
            owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
            for o in owners:
                d.participants += [p for p in args.resolve("target", o, index) if p.text.lower() not in POSSESSIVES]


#: verbs of acts done to someone that a headline gives without "was" ("Officer shot in raid", "Guard stabbed at
#: gate"): their past tense and participle are spelled alike, so the tagger may read the headline's passive as a
#: past tense; with no object, such a verb in a line with no full stop is the passive
HEADLINE_PASSIVE_VERBS = frozenset({"shoot", "stab", "wound", "injure", "hurt", "beat", "hit", "attack", "kill",
                                    "abduct", "kidnap", "arrest", "detain", "seize", "hold", "assault"})


def _bare_participle(verb: Token, subj: Token) -> bool:
    """"Twelve killed as bus plunges off bridge", "Eleven detained after riot", "Miners freed": a past
    participle with a subject before it but neither auxiliary nor object is a headline's passive (an active
    perfect takes "have"), so its subject is who suffered the act, not who did it. Not a thing fired or thrown,
    which strikes with no object ("a rocket struck in an orchard", a past tense the tagger took for a participle).
    A past tense of an act done to someone (``HEADLINE_PASSIVE_VERBS``: "Police officer shot in raids") is read so
    too in a line with no full stop (a headline): an active "shot" in a headline has its object."""
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lemma_.lower() in HEADLINE_PASSIVE_VERBS and
                                        verb.dep_ == "ROOT" and _headline_line(verb))
    return subj.dep_ == "nsubj" and subj.head == verb and subj.i < verb.i and participle and \
        subj.lemma_.lower() not in MUNITIONS and not any(
            c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "prt", "attr", "acomp")
            for c in verb.children)


def _headline_line(verb: Token) -> bool:
    """Is the verb's sentence a line with no closing stop (a headline, a caption), not a sentence of the body?"""
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    return last is not None and last.text not in (".", "!", "?", ";", ":", '"', "”", "'", "’", ")")


def _shared_passive(verb: Token, subj: Token) -> bool:
    """"Three guards were ambushed and killed", "two herders were abducted and later freed by troops": a participle
    conjoined to a passive verb shares its subject and its "were", so the subject suffered both acts. A participle
    with an active auxiliary of its own ("were ambushed and have fled") does not."""
    if subj.dep_ != "nsubjpass" or subj.head == verb or verb.tag_ != "VBN":
        return False
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i and top != subj.head:
        top = top.head
    auxes = [c.dep_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return top == subj.head and (not auxes or "auxpass" in auxes)


def _object_arg(d: Draft, obj: Token, index: args.MentionIndex) -> None:
    if obj.dep_ == "dative":  # "sent to X": the prep itself
        _prep_arg(d, obj, index)
        return
    if obj.lower_ in ("himself", "herself", "themselves", "itself"):
        return
    m = index.at(obj)
    role = "target" if d.kind.type in VIOLENT | DONE_TO_TYPES | {"ACCUSE", "THREATEN"} else "recipient"
    if d.kind.type == "CONSULT" and m is not None and m.label in args.PLACE_LABELS:
        role = "place"
    if d.tok.lemma_.lower() in motion.LEAVING_VERBS and (frames.place_left(obj) or frames.mission_post(obj)):
        if m is None or m.label not in args.PLACE_LABELS:
            return  # "left the country": the place they left, nobody the act is done to
        role = "place"  # "the diplomats left Orvania"
    d.participants += args.resolve(role, obj, index)
    d.arg_tokens.append(obj)


#: types of acts done to someone, whose object or noun's "of" is who undergoes them ("arrested X", "the expulsion
#: of X", "interrogated the suspects", "the investigation of the officials"): the target, not a recipient
DONE_TO_TYPES = frozenset({"COERCE", "SANCTION", "INVESTIGATE"})


#: what an arrest is made "on": its grounds, not its target
GROUNDS_NOUNS = frozenset({"suspicion", "charge", "accusation", "allegation", "order", "warrant", "ground",
                           "grounds", "basis"})
PREP_ROLES = {"with": "participant", "between": "participant", "against": "target", "on": "target",
              "to": "recipient", "of": "actor", "by": "actor", "among": "participant"}


#: verbs of sending something at someone: what "at" names after them is who was aimed at ("fired at the guards")
AIMING_VERBS = frozenset({"fire", "shoot", "aim", "throw", "hurl", "lob"})
#: what is fired or thrown, besides munitions ("shots were fired", "stones were thrown")
FIRED_NOUNS = MUNITIONS | {"shot", "bullet", "gunshot", "stone", "rock", "projectile", "salvo", "volley"}


def _fired_thing(verb: Token, subj: Token) -> bool:
    """Is a passive subject the thing fired or thrown ("shots were fired", "stones were thrown at the police"), not
    one struck? Not when a particle tells it was brought down ("a drone was shot down": the drone is struck)."""
    return verb.lemma_.lower() in AIMING_VERBS and subj.lemma_.lower() in FIRED_NOUNS and \
        not any(c.dep_ == "prt" for c in verb.children)


def _issued_document(d: Draft) -> bool:
    """A document whose issue is the announcement (statements.py): "submitted its report", "published a list"."""
    return d.kind.type == "STATEMENT" and d.tok.pos_ == "NOUN" and d.tok.lemma_.lower() in speech.ISSUED_DOCUMENTS


def _prep_arg(d: Draft, prep: Token, index: args.MentionIndex) -> None:
    role = PREP_ROLES.get(prep.lower_)
    if role is None and prep.lower_ == "at" and d.kind.type in VIOLENT and d.tok.pos_ == "VERB" and \
            d.tok.lemma_.lower() in AIMING_VERBS:
        role = "target"  # "fired at police officers", "stones were thrown at the convoy": who was aimed at
        places = [o for o in prep.children if o.dep_ == "pobj" and (m := index.at(o)) is not None
                  and m.label in args.PLACE_LABELS]
        if places:
            return  # "shot at Kereth station": where, the place's own business
    if role is None:
        return
    if prep.lower_ == "of" and ((d.tok.pos_ in ("VERB", "AUX") and prep.head.i == d.tok.i) or
                                d.kind.type == "ACCUSE"):
        return  # "accused X of involvement", "convicted of murder", "warned of attacks": the charge or the topic;
        # a verb's doer is its subject or its passive "by" (only a noun's "of" names a doer: "the visit of X"),
        # and an accusation's "of" the deed charged ("allegations of involvement", "responsibility of this act")
    if prep.lower_ == "of" and _issued_document(d):
        return  # "published a list of 59 people", "a report of abuses": what the document holds; its issuer speaks
    if role == "actor" and prep.lower_ == "of" and (d.kind.type in VIOLENT or d.kind.type in DONE_TO_TYPES):
        role = "target"  # "the killing of two soldiers", "the arrest of a suspect", "the expulsion of six diplomats",
        # "the interrogation of three officials"
    if prep.lower_ == "on" and d.kind.type not in VIOLENT | {"SANCTION", "COERCE"}:
        return
    if prep.lower_ == "of" and d.kind.type == "LIFE" and d.tok.pos_ == "VERB":
        return  # "died of a heart attack", "died of his wounds": the cause, nobody's deed
    for o in (c for c in prep.children if c.dep_ == "pobj"):
        if prep.lower_ == "between":
            d.participants += [Participant(role, m.text, m.start, m.end, chain=m.chain)
                               for m in args.names_in(o, index)]
            continue
        m = index.at(o)
        if m is not None and m.label in args.PLACE_LABELS and prep.lower_ in ("to", "on"):
            d.participants += args.resolve("place", o, index)
            continue
        if o.pos_ not in ("NOUN", "PROPN", "PRON") or o.lemma_.lower() in speech.CALL_MEANS:
            continue  # ("spoke by phone with X": the means of the call, nobody in it)
        if prep.lower_ == "on" and o.lemma_.lower() in GROUNDS_NOUNS:
            continue  # ("arrested on suspicion of X", "held on charges of Y": the grounds, nobody held)
        d.participants += args.resolve(role, o, index)
        d.arg_tokens.append(o)


def _headline_verb(tok: Token) -> bool:
    """A headline's verb the parser took for a noun ("Aid Council issues urgent appeal", "Army launches offensive"): a
    light verb's third-person form inside a noun phrase."""
    nominal = (tok.pos_ == "NOUN" and tok.tag_ == "NNS") or (tok.tag_ == "VBZ" and tok.dep_ == "compound")
    return nominal and tok.lemma_.lower() in args.LIGHT_VERBS and tok.lower_.endswith("s") and \
        tok.lower_ != tok.lemma_.lower()


def _headline_doers(verb: Token, index: args.MentionIndex) -> list[Participant]:
    """The name before a headline's verb read as a noun ("Aid Council" of "Aid Council issues appeal"): its doer."""
    names = [index.at(c) for c in verb.children if c.dep_ in ("compound", "nsubj") and c.i < verb.i]
    return [Participant("actor", m.text, m.start, m.end, chain=m.chain) for m in names
            if m is not None and m.label in args.ACTOR_LABELS]


#: prepositions that put someone in a hold ("under house arrest", "in custody", "in detention")
HELD_PREPS = frozenset({"under", "in", "into"})


def _noun_args(d: Draft, index: args.MentionIndex) -> None:
    tok = d.tok
    if tok.dep_ in ("dobj", "compound") and _headline_verb(tok.head) and tok.head.i < tok.i:
        d.participants += _headline_doers(tok.head, index)  # ("Aid Council issues urgent appeal" parsed as nouns)
    for c in tok.children:
        if c.dep_ == "poss":
            d.participants += args.resolve("actor", c, index)
        elif c.dep_ == "compound" and _headline_verb(c):
            d.participants += _headline_doers(c, index)  # "Relief Front issues emergency appeal": it appeals
        elif c.dep_ == "prep":
            _prep_arg(d, c, index)
        elif c.dep_ in ("compound", "amod", "nmod"):
            m = index.at(c)
            if m is not None and m.label in ("ORG", "PERSON", "NORP") and d.kind.type != "CONSULT":
                d.participants.append(Participant("actor", m.text, m.start, m.end, chain=m.chain))
        elif c.dep_ in ("acl", "relcl") and c.lemma_.lower() in violence.DOER_CLAUSE_VERBS:
            _agent_clause(d, c, index)
        elif c.dep_ == "appos" and d.kind.type == "COERCE" and (m := index.at(c)) is not None and \
                m.label == "PERSON":
            d.participants.append(Participant("target", m.text, m.start, m.end, chain=m.chain))
            # ("the arrest of a suspect in the bombing, Jonas Mbeki,": the parser may hang the name on "arrest")
    _handed(d, index)
    verb = args.governing_verb(tok)
    if verb is not None and tok.dep_ in ("dobj", "attr") and (
            verb.lemma_.lower() in args.LIGHT_VERBS | args.ORDER_VERBS or
            (d.kind.subtype == "responsibility" and verb.lemma_.lower() in OWNING_VERBS) or
            (_issued_document(d) and verb.lemma_.lower() in speech.PUBLISHING_VERBS)):
        for s in map(_antecedent_of_relative, _subjects(verb)):
            d.participants += args.resolve("actor", s, index)
            d.arg_tokens.append(s)
        for c in verb.children:
            if c.dep_ == "prep" and c != tok.head:
                _prep_arg(d, c, index)
    elif verb is not None and _speakers_occasion(d, verb):
        for s in map(_antecedent_of_relative, _subjects(verb)):  # "X told reporters during a visit to Y"
            d.participants += args.resolve("actor", s, index)
            d.arg_tokens.append(s)
        for c in verb.children:  # (whom a caller spoke with is the other party of the call)
            if c.dep_ == "prep" and c.lower_ == "with" and c != tok.head and d.kind.subtype == "call":
                _prep_arg(d, c, index)
    elif verb is not None and d.kind.type == "COERCE" and tok.dep_ == "pobj" and tok.head.lower_ in HELD_PREPS \
            and tok.head.head.i == verb.i:
        # "X is under house arrest", "X was held in detention", "they put him under house arrest": the one held is
        # the verb's object, else its subject (whom an arrest, a detention, custody is done to)
        held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or _subjects(verb)
        held = [verb.head if s.lower_ in ("who", "that") and verb.dep_ == "relcl" else s for s in held]
        for s in held:
            d.participants += args.resolve("target", s, index)
            d.arg_tokens.append(s)
    elif verb is not None and verb.lemma_.lower() == "come" and tok.head.lower_ == "under":
        for s in _subjects(verb):  # "X came under attack by Y"
            d.participants += args.resolve("target", s, index)
            d.arg_tokens.append(s)
        for c in verb.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                d.participants += [p for o in c.children if o.dep_ == "pobj"
                                   for p in args.resolve("actor", o, index)]


def _handed(d: Draft, index: args.MentionIndex) -> None:
    """Who does an act noun handed over, and to whom (:func:`carriers.handing_verb`): the giver is its doer, the
    one given it its recipient (a threat's target): "Four states sent Sarn a list of 13 demands", "handed the
    envoy an ultimatum", "delivered aid to Lesk"; one who receives it is the recipient, its "from" the doer ("Sarn
    received a list of demands from its neighbours"). Parties already found stay as they are."""
    verb = carriers.handing_verb(d.tok)
    if verb is None or d.kind.type not in carriers.HANDED_TYPES:
        return  # ("handed over the hostages", "gave birth to a son": no act the giver does to whom it is given)
    holder = carriers.counted_set(d.tok) or d.tok
    aimed = "target" if d.kind.type == "THREATEN" else "recipient"
    found: list[tuple[str, Token]] = []
    froms = [o for h in (verb, holder, d.tok) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
             for o in c.children if o.dep_ == "pobj"]
    if carriers.receiving(verb):
        if holder.dep_ == "dobj":
            found += [(aimed, s) for s in map(_antecedent_of_relative, _subjects(verb))]
        found += [("actor", o) for o in froms]
    else:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        givers = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"] \
            if passive else list(map(_antecedent_of_relative, _subjects(verb)))
        found += [("actor", s) for s in givers]
        if passive and holder.dep_ == "dobj":  # "GM and Chrysler were given loans": who is given it
            found += [(aimed, c) for c in verb.children if c.dep_ == "nsubjpass"]
        found += [(aimed, c) for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        found += [(aimed, o) for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj"]
    _add_parties(d, found, index)


def _add_parties(d: Draft, found: list[tuple[str, Token]], index: args.MentionIndex) -> None:
    """Add the (role, token) parties found for a draft, each span once, keeping the tokens they came from."""
    have = {(p.start, p.end) for p in d.participants}
    for role, t in found:
        for p in args.resolve(role, t, index):
            if (p.start, p.end) not in have:
                d.participants.append(p)
                have.add((p.start, p.end))
                d.arg_tokens.append(t)


def _commanding_head(d: Draft, index: args.MentionIndex) -> None:
    """The head of a body who announces, decides or orders what the body does is a doer of it (CAMEO codes the
    leader's order as the body's act): "Prime Minister X announced that the government would suspend talks",
    "X announced the government's decision to suspend talks", "President X declared that the state would close
    the border". Only a head by title (head of state or government, commander, leader of a group: see
    :func:`arguments.heads_a_body`) and only when the act's own doer is a body (the government, the army, a
    country, "his fighters") or unnamed: "the minister announced that rescuers had found 14 bodies" leaves the
    rescuers alone."""
    tok = d.tok
    # (a head who says what the body will do announces it: "X said the government would suspend talks"; what
    # it did is a report)
    will = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in tok.children)
    if tok.dep_ == "ccomp" and (tok.head.lemma_.lower() in args.COMMAND_VERBS or
                                (will and tok.head.lemma_.lower() in ("say", "tell"))):
        verb: Token | None = tok.head
    elif tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() in args.DECISION_NOUNS:
        decision = tok.head  # "the government's decision to suspend talks": the owner decided it
        if not any(p.role == "actor" for p in d.participants):
            for o in (c for c in decision.children if c.dep_ == "poss"):
                d.participants += args.resolve("actor", o, index)
        verb = args.governing_verb(decision)
        verb = verb if verb is not None and verb.lemma_.lower() in args.COMMAND_VERBS else None
    else:
        return
    if verb is None:
        return
    doers = [s for s in _subjects(tok) if s.head.i == tok.i] if tok.dep_ == "ccomp" else []
    if doers and not all(args.a_body(s, index) for s in doers):
        return
    for s in (s for s in verb.children if s.dep_ == "nsubj" and args.heads_a_body(s, index)):
        d.participants += args.resolve("actor", s, index)


def _speakers_occasion(d: Draft, verb: Token) -> bool:
    """A meeting, a call, talks or a visit named as where or when someone spoke ("X told reporters during a visit
    to Y", "X spoke with Y in a phone call", "X said in a televised meeting", "X told a security meeting"): the
    speaker took part in it. Not when the noun names its own doer ("during Y's visit", "a meeting of the
    council"): the speaker may have been the host or a bystander."""
    tok = d.tok
    if d.kind.type != "CONSULT" or verb.lemma_.lower() not in REPORTING_VERBS | speech.CALL_VERBS:
        return False
    occasion = (tok.dep_ == "pobj" and tok.head.lower_ in speech.OCCASION_PREPS) or \
        (tok.dep_ == "dobj" and verb.lemma_.lower() == "tell")
    return occasion and not any(p.role == "actor" for p in d.participants)


def _agent_clause(d: Draft, clause: Token, index: args.MentionIndex) -> None:
    """"attacks allegedly carried out by X", "a bomber associated with X", "attack claimed by X"."""
    for c in clause.children:
        if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with", "to", "on"):
            for o in c.children:
                if o.dep_ == "pobj":
                    d.participants += args.resolve("actor", o, index)
    if any(c.lower_ in ("allegedly", "reportedly") for c in clause.children) and d.modality == "asserted":
        d.modality = "alleged"


def _attribution(d: Draft, index: args.MentionIndex) -> None:
    """"X has been blamed for a blast", "X claimed responsibility for the attack", "blamed on X"."""
    tok = d.tok
    head = tok.head if tok.dep_ == "pobj" else None
    if head is None or head.lower_ not in ("for", "of"):
        return
    verb = head.head
    for _ in range(3):  # "blamed by officials for a blast": the parser may hang "for" on "officials"
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    reading = ATTRIBUTION_VERBS.get(verb.lemma_.lower())
    if reading is None:
        return
    blamed = [c for c in verb.children if c.dep_ == ("nsubjpass" if any(
        x.dep_ == "auxpass" for x in verb.children) else ("nsubj" if reading == "claimed" else "dobj"))]
    for b in map(_antecedent_of_relative, blamed):  # ("X, which claimed the attack": X)
        d.participants += args.resolve("actor", b, index)
    if blamed:
        d.modality = reading
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "nsubj" and reading == "alleged"):
                obj = next((o for o in c.children if o.dep_ == "pobj"), c if c.dep_ == "nsubj" else None)
                if obj is not None:
                    d.reported_by = obj.doc[obj.left_edge.i: obj.right_edge.i + 1].text


#: verbs of those who speak about an event ("claimed by", "condemned by"): their doer is not at its place
CLAIMANT_VERBS = frozenset({*ATTRIBUTION_VERBS, "condemn", "deny", "denounce", "praise", "welcome"})


def _place(d: Draft, index: args.MentionIndex, draft_tokens: frozenset[int]) -> None:
    tok = d.tok
    starts = [tok]
    verb = args.governing_verb(tok) if tok.pos_ != "VERB" else None
    related = tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS  # "came to X two days after the bombing"
    # (nor where it was felt: "the quake was felt in the capital, 100 miles away", "was felt as far as X")
    if verb is not None and not related and verb.lemma_.lower() not in ("say", "tell", "report", "trigger", "compel",
                                                                        "feel"):
        starts.append(verb)
        if verb.lemma_.lower() in ASPECT_VERBS:
            # "fighting continued to rage in X", "the strikes kept coming across Y": the verb the aspect governs
            # tells where the act goes on
            starts += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if tok.pos_ == "VERB":
        for sub in _subjects(tok):  # "is in Lesk today to meet"
            if sub.head != tok and sub.head.lemma_.lower() == "be":
                starts.append(sub.head)
    avoid = {i for i in draft_tokens if i != tok.i} | since_tail(tok)
    avoid |= {c.i for s in starts for c in s.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")}
    if verb is not None and d.kind.type == "CONSULT" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "the meeting follows months of US assessments", "the visit drew protests from X": what the meeting or the
        # visit is told to do names other things; where it was held hangs on the verb's prepositions ("was held in X")
        avoid |= {c.i for c in verb.children if c.dep_ in ("dobj", "dative", "attr")}
    # "the attack being claimed by the group's branch in Tolvar", "accused Valdora of (behind) the attack": who
    # speaks of it or is blamed, not where it happened
    avoid |= {c.i for s in starts if s is not tok and s.lemma_.lower() in CLAIMANT_VERBS for c in s.children
              if c.dep_ in ("agent", "dobj")}
    avoid |= _envoys_home(tok, d.arg_tokens)
    parties = d.kind.type in args.PARTY_TYPES
    withdrawal = d.kind.type == "RETREAT" and d.kind.subtype == "withdrawal"
    if withdrawal and _diplomats_moved(tok):
        # "recalled its ambassador in Sarn", "is recalling its envoy from Sarn": the post the envoy leaves, not
        # where the recalling state acts (its capital); troops pulled out "from X" were in X, an envoy's recall is
        # decided at home
        withdrawal = False
        avoid |= _envoys_post(tok)
    m, candidates = args.place_of(starts, index, avoid, journey=d.kind.type in ("CONSULT", "MOVE"),
                                  words=d.kind.type in args.WORD_TYPES, parties=parties,
                                  topics=parties or d.kind.type == "CONSULT", withdrawal=withdrawal)
    if len(starts) > 1 and tok.pos_ == "NOUN" and tok.dep_ == "pobj":
        # "four miners were injured in a separate incident in X in a roof collapse at the Y mine in Z": the
        # noun's own phrase names its place before the clause's does
        own, _ = args.place_of([tok], index, avoid, journey=d.kind.type in ("CONSULT", "MOVE"),
                               words=d.kind.type in args.WORD_TYPES, parties=parties,
                               topics=parties or d.kind.type == "CONSULT", withdrawal=withdrawal)
        m = own or m
    toll_verb = _toll_frame(tok)
    if m is None and toll_verb is not None:
        # "In the town of X, three people were killed and ten wounded in a bomb explosion": the blast the deaths
        # happened in is where they happened (the place hangs on the first casualty verb)
        m, _ = args.place_of([toll_verb], index, {i for i in avoid if i != toll_verb.i} | {tok.i})
    if m is None and tok.pos_ == "VERB" and (d.kind.type in VIOLENT | {"PROTEST", "COERCE"} or (
            d.kind.type == "JUSTICE" and d.kind.subtype == "ruling")):
        # "Police in the capital city of X opened fire on protesters", "Protesters in X clashed with police": those
        # who did it by force were where their own phrase puts them (not for words: "officials in X said"); so does
        # a court that rules ("a court in X, northeast of Y, ruled": the court sits in X)
        m = next((p for s in _subjects(tok) for x in (s, *s.conjuncts) if x.pos_ in ("NOUN", "PROPN")
                  and (p := args.place_at(x, index)) is not None), None)
    if m is None:
        # "reached the Velm campus, where a clash broke out", "the facility in X where gunmen hold hostages": the
        # place the relative "where" stands for
        m, where = _where_place(verb if verb is not None and tok.pos_ != "VERB" else tok, index)
        candidates += [where] if where is not None and where not in candidates else []
    described = reduced_relative(tok) if tok.pos_ == "VERB" else None
    if m is None and described is not None and described.pos_ in ("NOUN", "PROPN"):
        # "reached a hotel in Kereth, stormed the night before by gunmen" (misparsed): where the thing it tells of
        # lies (not what a person is told by: "a suspect in the X bombing"). Not for a participle the parser hangs on
        # its noun ("people killed in X"): that gave ECB+ dev gold-mention coreference 76.35 -> 76.22
        m = args.place_at(described, index)
    if m is None:
        place_parts = [p for p in d.participants if p.role == "place"]
        if place_parts:
            d.location = place_parts[0]
            return
        if d.kind.type in VIOLENT:
            extra = args.place_in_arguments([a for a in d.arg_tokens if a.pos_ in ("NOUN", "PROPN")], index)
            candidates += [extra] if extra is not None and extra not in candidates else []
    if m is not None:
        d.location = Participant("place", m.text, m.start, m.end, chain=m.chain)
    d.participants += [Participant("place?", c.text, c.start, c.end, chain=c.chain) for c in candidates]


#: verbs of an act's going on, whose complement is the act's own verb ("continued to rage", "kept coming")
ASPECT_VERBS = frozenset({"continue", "keep", "begin", "start", "resume", "persist"})


def _where_place(verb: Token | None, index: args.MentionIndex) -> tuple[Mention | None, Mention | None]:
    """(place, unsure candidate) of a clause that a relative "where" hangs on a noun ("reached the Velm campus,
    where a clash broke out": the campus; "the plant in Sarn where gunmen hold hostages": Sarn, the plant's town).
    A place the noun's own phrase gives, else the noun as a place, else a proper-name organization it names (a
    campus, a compound the tagger called ORG: fusion keeps it when the story types it a place)."""
    if verb is None or verb.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None, None
    noun = verb.head
    own = index.at(noun)
    if own is not None and own.label in args.PLACE_LABELS:
        return own, None
    there = args.place_at(noun, index)
    if there is not None:
        return there, None
    return None, own if own is not None and own.label == "ORG" and noun.pos_ == "PROPN" else None


def _envoys_home(tok: Token, arg_tokens: list[Token]) -> set[int]:
    """The words of a diplomat's own country ("Orvania declares Tesland ambassador persona non grata", "expelled
    Tesland's ambassador", "summoned the Velmoran envoy"): an envoy's home never places what is done to or by the
    envoy (a declaration is made where the declaring state is); "ambassador to Quito" names the post and stays."""
    envoys = [t for t in [*tok.subtree, *arg_tokens] if t.lemma_.lower() in DIPLOMATS or t.lower_ in DIPLOMATS]
    return {w.i for e in envoys for c in e.children if c.dep_ in ("compound", "poss", "amod", "nmod")
            for w in c.subtree}


#: prepositions of the post a diplomat holds or leaves ("its ambassador in Sarn", "its envoy to Sarn", "from Sarn")
POST_PREPS = frozenset({"in", "at", "to", "from"})


def _envoys_post(tok: Token) -> set[int]:
    """The words of the post a recalled diplomat held: the "in/at/to/from" phrases of the recall itself and of the
    diplomats it moves ("recalled its ambassador in Sarn", "recalled its envoy from Sarn", "the recall of the
    ambassador to Sarn"). A recall is decided by the state that makes it, at home."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        heads.append(tok.head)
    heads += [c for h in heads[1:] for c in h.conjuncts]
    return {w.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in POST_PREPS
            for w in c.subtree}


def _toll_frame(tok: Token) -> Token | None:
    """The casualty verb a violent noun is the frame of ("killed ... in a bomb explosion", "wounded during the
    raid"), or the first of the casualty verbs it is conjoined to ("three were killed and ten wounded in a
    blast"); None for any other noun."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during"):
        return None
    verb = tok.head.head
    if verb.pos_ != "VERB" or cue_kind(verb) not in ("killed", "injured"):
        return None
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and cue_kind(verb.head) in ("killed", "injured"):
        verb = verb.head
    return verb


# --------------------------------------------------------------------------- casualties


def _attach_casualties(sent: SpacySpan, drafts: list[Draft], previous: list[Draft],
                       before: SpacySpan | None = None) -> list[Figure]:
    """Give each casualty figure of the sentence to the violent event it belongs to.

    A sentence with no violent event of its own ("two of the wounded died
    overnight", "At least 2,400 people died", "the death toll has risen to 93")
    continues the article's latest violent event that is not background; with
    none before it, its figures are returned, for the article's next one. So
    does a sentence whose only violent event is the deaths told with nobody
    who caused them, when that event is a disaster or an accident ("A bus
    collided with a truck. Police said 9 people were killed"); beside a
    disaster of their own sentence, such deaths are its toll ("All 120 on
    board were killed when the jet smashed into a mountain"). ``before``: the sentence before it, where those
    aboard may be counted ("There were 14 people aboard. All of them were killed.").
    """
    counts = count_phrases(sent)
    if not counts:
        return _fates(sent, counts, drafts, previous, before)
    violent = [d for d in drafts if _holds_toll(d)]
    seen: set[tuple[str, int]] = set()
    orphans: list[Figure] = []
    given: dict[int, tuple[Draft, list[Figure]]] = {}  # the figures each incident took from this sentence
    for tok in sent:
        if cue_kind(tok) is None:
            continue
        fig = casualty_at(tok, counts)
        if fig is None or (fig.kind, fig.start) in seen:
            continue
        if fig.kind in ("arrested", "abducted"):  # an arrest is its own event, never part of an attack's toll
            # the taking of its own clause: "the kidnapping came a day after gunmen abducted 200 women" (200 are
            # the women's, not the kidnapping's)
            owner = _owner(tok, [d for d in drafts if d.kind.type in ("COERCE", "ASSAULT") and
                                 (d.kind.subtype or "").startswith(("arrest", "abduct"))])
            if owner is None and fig.kind == "abducted":  # "shooting at their victims before taking away 280
                # pupils": people taken in the attack of the sentence, else in the incident being told
                owner = next((d for d in violent if d.kind.type == "ASSAULT"), None) or (
                    previous[-1] if previous and not violent else None)
        else:
            motive = _motive_above(tok)
            framing = [] if violent else [d for d in drafts if _protest_frames(d, tok)]
            if motive is not None and not any(d.tok in motive.subtree for d in violent):
                # "claimed the attack, saying it avenged the deaths of 13 of its members": the deaths that moved
                # it are an older incident's, which the sentence does not tell; they are no toll of its attack
                seen.add((fig.kind, fig.start))
                continue
            owner = _owner(tok, violent) or (framing[0] if framing else None) or (
                previous[-1] if previous and not violent else None)
            if owner is not None and previous and _counted_in_toll(owner) and all(
                    d is owner or _counted_in_toll(d) for d in violent):
                # "he said the number of 10,000 killed was too high": the deaths a toll counts are the toll of the
                # incident being told, not a killing of their own
                owner = previous[-1]
            if owner is not None and _bare_death(owner, tok):
                # "All 120 on board were killed when the jet smashed into a mountain": the disaster's toll
                disasters = [d for d in violent if d is not owner and d.kind.type == "DISASTER"
                             and not is_background(d.tok) and not _is_generic(d.tok)]
                if disasters:
                    owner = min(disasters, key=lambda d: abs(d.tok.i - tok.i))
                elif previous and previous[-1].kind.type == "DISASTER" and all(d is owner for d in violent):
                    owner = previous[-1]  # "A bus collided with a truck. Police said 9 people were killed"
        if owner is not None:
            seen.add((fig.kind, fig.start))
            owner.figures.append(fig)
            given.setdefault(id(owner), (owner, []))[1].append(fig)
        elif not violent and fig.kind != "arrested":  # ("took away 312 students" before the abduction is named)
            seen.add((fig.kind, fig.start))
            orphans.append(fig)
    for owner, figs in given.values():  # counts of disjoint groups the sentence gives one incident: their sum too
        if len(figs) > 1:
            kept = [f for f in owner.figures if f not in figs]
            owner.figures[:] = kept + group_totals(sent, figs)
    return orphans + _fates(sent, counts, drafts, previous, before, seen)


def _fates(sent: SpacySpan, counts: list[Count], drafts: list[Draft], previous: list[Draft],
           before: SpacySpan | None, seen: frozenset[tuple[str, int]] | set[tuple[str, int]] = frozenset(),
           ) -> list[Figure]:
    """"62 people on board, all presumed dead", "none survived": everyone aboard is the toll of the sentence's
    disaster (or the incident being told), unless a cue above already counted them; returns the figures no
    incident took."""
    # ("All of them were killed": the killing told with nobody who did it is the fate, not an incident of its own)
    violent = [d for d in drafts if _holds_toll(d) and not _bare_death(d, d.tok)]
    orphans: list[Figure] = []
    for fig in aboard_deaths(sent, counts, before):
        if ("killed", fig.start) in seen or any(f.kind == "killed" and f.start == fig.start
                                                for d in drafts for f in d.figures):
            continue
        disasters = [d for d in violent if d.kind.type == "DISASTER"] or violent
        owner = disasters[0] if disasters else (previous[-1] if previous else None)
        if owner is not None:
            owner.figures.append(fig)
        else:
            orphans.append(fig)
    return orphans


#: prepositions that put deaths or injuries inside a gathering's time ("killed in the protests", "died during the
#: march", "were wounded amid the demonstrations")
DURING = frozenset({"in", "during", "amid", "amidst"})


def _protest_frames(d: Draft, cue: Token) -> bool:
    """A protest the casualty cue's own clause puts its victims in ("72 people lost their lives during the
    protests", "were killed in the demonstrations"): with no attack or crackdown told beside it, the deaths
    are that protest's toll (ACLED counts a demonstration's fatalities on it), not the toll of an incident
    told before."""
    if d.kind.type != "PROTEST" or d.tok.dep_ != "pobj" or d.tok.head.lower_ not in DURING:
        return False
    clause = _clause_of(cue)
    return d.tok.head.head in (cue, clause)


def _counted_in_toll(d: Draft) -> bool:
    """A bare death that a toll noun counts ("the number of people killed", "the number of 10,000 killed")."""
    return _bare_death(d, d.tok) and toll_noun(d.tok) not in (None, d.tok)


def _motive_above(cue: Token) -> Token | None:
    """The motive phrase a casualty cue is told in ("in revenge for the killing of 13", "to avenge the deaths of
    13 of its members"): its noun, preposition or verb; None when the cue tells no motive."""
    for anc in cue.ancestors:
        if is_motive(anc) or (anc.pos_ == "VERB" and anc.lemma_.lower() in speech.MOTIVE_VERBS):
            return anc
    return None


def _bare_death(d: Draft, cue: Token) -> bool:
    """The cue's own killing with nobody who did it ("9 people were killed", "killing at least 9"): told after
    or beside a disaster or an accident, the deaths it caused, not a killing of their own."""
    return d.tok.i == cue.i and d.kind.type == "ASSAULT" and d.kind.subtype == "killing" and \
        not any(p.role == "actor" for p in d.participants)


def _headline(figures: list[Figure], kind: str) -> Quantity | None:
    """The mention's own figure of a kind: its first total that is neither a part nor an older figure."""
    mine = [f for f in figures if f.kind == kind]
    best = next((f for f in mine if not f.partial and not f.earlier), mine[0] if mine else None)
    return best.quantity() if best is not None else None


def _owner(cue: Token, violent: list[Draft]) -> Draft | None:
    if not violent:
        return None
    if cue.dep_ == "conj" and cue.head.i < cue.i and cue_kind(cue.head) is not None and \
            not any(d.tok == cue or d.tok in cue.children for d in violent):
        return _owner(cue.head, violent)  # "killing 75 people and injuring 400": the same incident's toll
    # the cue itself, then what it governs (its subject: "after another earthquake killed 1,000" is that
    # earthquake's toll, not the toll of the clause "killed" hangs under), then what governs it
    # then the cause its own clause gives ("were killed after a bomb went off at a school", "died when a bus
    # plunged into a ravine": the bomb's, the crash's toll, not the toll of the clause the deaths hang under)
    # (not its victims: "stormed the hotel, killing 20 hostages" is the storming's toll, not the hostage-taking's)
    told = _relative_antecedent(cue)
    for related in (lambda d: d.tok == cue, lambda d: d.tok in cue.children and not _victims_of(d.tok, cue),
                    lambda d: d.tok == told, lambda d: _cause_of(d.tok, cue),
                    lambda d: d.tok.head == cue or cue.head == d.tok):
        hit = next((d for d in violent if related(d)), None)
        if hit is not None:
            return hit
    before = [d for d in violent if d.tok.i < cue.i]
    if before and cue.tag_ == "VBG" and cue.doc[cue.i - 1].text == ",":
        # "…, a second attack hit a mosque, killing five": the latest incident ("the quake sparked landslides
        # and destroyed homes, killing 75": not the landslides, a bare plural that no toll is kept for)
        return max([d for d in before if not _is_generic(d.tok)] or before, key=lambda d: d.tok.i)
    holding = [d for d in violent if cue in _clause_of(d.tok).subtree]
    if holding:  # the innermost clause: "the raids come a year after gunmen carried out an assault that claimed
        # 140 lives" (the assault's toll, however the relative clause is attached); in one clause, the trigger
        # whose own phrase holds it, else the nearest ("after the bombing of the market, in which 15 were killed
        # and 31 wounded", however "wounded" is attached)
        return max(holding, key=lambda d: (len(list(_clause_of(d.tok).ancestors)), cue in d.tok.subtree,
                                           -abs(d.tok.i - cue.i)))
    for d in violent:
        if d.tok in cue.subtree:
            return d
    return min(violent, key=lambda d: abs(d.tok.i - cue.i))


#: words that open a clause giving the cause of deaths or injuries ("killed after a bomb went off")
CAUSE_MARKS = frozenset({"after", "when", "as"})


#: what may stand between an incident's noun and a relative clause on it: its place, its time, its modifiers
#: ("the earthquake in the south that killed 366", "a plant blast last month which killed 78")
BETWEEN_RELATIVE = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "CCONJ"})
#: how far back a relative clause's incident may be named (tokens)
RELATIVE_REACH = 8


def _relative_antecedent(cue: Token) -> Token | None:
    """The incident a relative clause of deaths tells, whatever noun the parser hung it on: "the earthquake in the
    south that killed 366" (hung on "south"), "a chemical plant blast last month which killed 78" (on "month" or
    the verb): the nearest noun before "that"/"which" across a place, a time or modifiers, the noun it is hung on
    when that is an event word already. None when the cue has no relative subject."""
    rel = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which")
                and c.i < cue.i), None)
    if rel is None:
        return None
    lo = max(cue.sent.start, rel.i - RELATIVE_REACH)
    nouns = []
    for t in reversed(cue.doc[lo:rel.i]):
        if t.pos_ not in BETWEEN_RELATIVE or t.text in (".", ";", ":"):
            break
        if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod"):
            nouns.append(t)
    return next((t for t in nouns if t.lemma_.lower() in TRIGGERS or t.lower_ in TRIGGERS), None)


def _cause_of(trigger: Token, cue: Token) -> bool:
    """Is the trigger told in a clause that gives the cue's cause: "were killed after a bomb went off", "died
    when a bus plunged into a ravine" (an adverbial clause of the casualty verb opened by after/when/as)?"""
    clause = _clause_of(trigger)
    return clause.i != cue.i and clause.head.i == cue.i and clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in CAUSE_MARKS for c in clause.children)


def _victims_of(tok: Token, cue: Token) -> bool:
    """A noun trigger that names who a casualty verb struck ("killing 20 hostages", "hostages were killed"):
    the victims, not an incident that did it."""
    return cue.pos_ == "VERB" and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass")


def _clause_of(tok: Token) -> Token:
    """The verb of the clause a trigger is told in (a verb trigger is its own): "carried out an assault"."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok)


# --------------------------------------------------------------------------- assembly


def _is_generic(tok: Token) -> bool:
    """Not one incident: a bare plural ("attacks have continued"), several at once ("the two attacks", "either
    attack", "both bombings"), or a habit ("anyone who kills civilians", "militias have routinely targeted the
    embassy with rocket attacks": :func:`_habitual`)."""
    if _habitual(tok):
        return True
    if _penalty_in_law(tok):
        return True
    if tok.pos_ == "VERB":
        if tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.pos_ == "VERB" and tok.head.tag_ in ("VBZ", "VBP"):
            return _habit(tok.head)  # "bandits kill and kidnap at will" (the second verb tagged as a bare form)
        return tok.tag_ in ("VBZ", "VBP") and (any(
            c.dep_ == "nsubj" and (c.lower_ in GENERIC_SUBJECTS or (c.lower_ in ("who", "that") and
                                                                    tok.head.lower_ in GENERIC_SUBJECTS))
            for c in tok.children) or _habit(tok))
    if tok.pos_ != "NOUN" or tok.lower_ in PLURALIA:
        return False
    if tok.lemma_.lower() in PARTICIPANT_NOUNS:
        return False  # "hostages were held", "took hostages": the plural counts the people of one act, not acts
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in violence.CONDUCT_VERBS and \
            tok.head.tag_ in ("VBD", "VBN", "VBG"):
        return False  # "the army carried out strikes on Friday", "by launching raids": the acts of one occasion
    if any(c.dep_ == "det" and c.lower_ in COLLECTIVE_DETS for c in tok.children):
        return True
    if tok.tag_ != "NNS":
        return False
    history = any(c.dep_ == "amod" and c.lower_ in HISTORY_ADJECTIVES for c in tok.children)
    if carriers.counted_set(tok, SET_NOUNS | carriers.COUNTING_NOUNS) is not None and not history:
        return False  # "a series of attacks", "627 instances of arrests", "a list of demands": one bounded set
    if carriers.of_particular(tok) and not history:
        return False  # "searches of their homes", "arrests of the officials": acts on things told, one occasion's
    if any(c.dep_ == "amod" and c.lower_ in SET_ADJECTIVES for c in tok.children):
        return False  # "coordinated attacks in two cities": one planned set of acts
    if _set_off(tok) and not history:
        return False  # "the declaration sparked widespread protests": the acts one cause set off
    if not history and (_on_one_occasion(tok) or _on_one_day(tok) or _at_one_site(tok)):
        return False  # "powerful earthquakes that struck the west on Saturday", "blasts on Sunday": that day's
    if any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in tok.children) and tok.lemma_.lower() not in MUNITIONS \
            and any(c.dep_ in ("det", "poss") for c in tok.children):
        return True  # "the two attacks killed 21 between them" (not "fired four shell bombs", "two explosions hit")
    return not any(c.dep_ in ("det", "nummod", "poss") and (c.lower_ in GENERIC_DETS or c.pos_ == "NUM"
                                                           or c.dep_ == "poss") for c in tok.children)


def _set_off(tok: Token) -> bool:
    """A plural act of people the object of a verb of setting off in the past, or joined to one ("his decree has
    triggered political chaos and large protests", "the killing sparked riots"), not "attacks that spark fear"; a
    hazard's ("the quake triggered landslides") stays the bare plural the quake's toll passes over."""
    kind = TRIGGERS.get(tok.lemma_.lower())
    if kind is None or kind.type == "DISASTER":
        return False
    obj = tok
    while obj.dep_ == "conj" and obj.head.i != obj.i and obj.head.pos_ == "NOUN":
        obj = obj.head
    verb = obj.head
    return obj.dep_ == "dobj" and verb.lemma_.lower() in SETTING_OFF_VERBS and verb.tag_ in ("VBD", "VBN")


#: words of the bound a law sets on a penalty ("a maximum sentence of five years", "up to 20 years")
PENALTY_BOUNDS = frozenset({"maximum", "minimum", "mandatory", "possible", "potential"})


def _penalty_in_law(tok: Token) -> bool:
    """A penalty the law attaches to a charge, not one a court passed: what a count carries ("each count carries
    a maximum prison sentence of five years", "the charge carries a sentence of up to ten years"), or the bound a
    defendant faces ("faces a maximum sentence of 40 years"). Fusion then leaves it out of the sentence a court
    passes later, whose report date it took as its own (the earliest report bound of the sentencing)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return False
    kind = TRIGGERS.get(tok.lemma_.lower())
    if kind is None or kind.type != "JUSTICE":
        return False
    verb = tok.head.lemma_.lower()
    if verb == "carry":
        return not any(c.dep_ == "prt" for c in tok.head.children)  # (not "carried out the sentence")
    return verb == "face" and any(t.lower_ in PENALTY_BOUNDS for t in tok.subtree)


def _habitual(tok: Token) -> bool:
    """Is the trigger's clause told in habitual aspect, its verb carrying an adverb of frequency
    (``HABITUAL_ADVERBS``: "militias have routinely targeted the embassy with rocket and mortar attacks", "gunmen
    often attack convoys on the road")? Acts done again and again are no one incident: a background sentence of
    a report on a bombing is not the bombing. The trigger itself, or a noun of the clause whose verb it is."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS
                                                 for c in verb.children)


def _habit(verb: Token) -> bool:
    """A present-tense deed of a bare plural told in a full sentence: "armed bandits kill and kidnap at will",
    "gangs known as bandits who kidnap for ransom" tell what such people do, not one incident (a headline's
    "Gunmen kill 12 in Sarn" has no full stop, and a count or a day makes it one)."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.lemma_.lower() in REPORTING_VERBS:
        return False  # ("officials say ...": a telling of today's news)
    doer = verb
    while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
        doer = doer.head  # "kill and kidnap": the subject of the first verb
    subj = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and doer.dep_ == "relcl":
        subj = doer.head
    if subj is None or subj.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in subj.children):
        return False
    sent = verb.sent
    if sent[-1].text not in (".", "!", "?") and sent[-2:-1].text not in (".", "!", "?"):
        return False  # a headline in the present tense tells the news
    return not any(t.like_num or t.lower_ in DAY_WORDS for t in verb.subtree if t.i != verb.i)


#: named entities that pin a clause to one occasion: its place or its day (or any proper name: "western Sarn
#: province", whatever the model calls it)
OCCASION_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _on_one_occasion(tok: Token) -> bool:
    """A plural event noun told by a clause of its own in the simple past with a place, a day or a count
    ("earthquakes that struck western Sarn on Saturday", "clashes that erupted in the capital", "bombings that
    killed 25 people"): those acts, a bounded set like "a series of quakes", not a habit ("attacks that have
    plagued the region", "attacks that kill civilians", "raids that killed civilians")."""
    return any(c.dep_ in ("relcl", "acl") and c.tag_ == "VBD" and
               not any(a.dep_ in ("aux", "auxpass") for a in c.children) and
               any(t.ent_type_ in OCCASION_ENTS or t.pos_ == "PROPN" or (t.like_num and t.dep_ == "nummod")
                   for t in c.subtree if t.i != tok.i)
               for c in tok.children)


#: words that name one day ("blasts on Sunday", "Tuesday's attacks", "the Easter Sunday bombings")
DAY_WORDS = frozenset({*WEEKDAY_NAMES, *MONTH_NAMES, "yesterday", "today", "tonight", "overnight"})
#: clauses below a noun whose words are not the noun's own (a relative clause tells its own deeds)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "appos"})


def _own_words(tok: Token) -> list[Token]:
    """The noun phrase's own words: its subtree without the clauses, conjuncts and appositions below it."""
    out, todo = [], [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in CLAUSE_DEPS]
    return out


def _on_one_day(tok: Token) -> bool:
    """Plural acts of one named day ("several bomb blasts on Sunday", "the Easter Sunday bombings"), or the
    subject of a simple past clause that names one ("suicide attacks on a market killed 27 people and injured 84
    on Friday", "protests turned violent in Sarn on Monday night", "clashes broke out overnight"): that day's set,
    told as what happened on it, not a habit (a year, "in recent years", "over the past decade" name no day;
    "attacks have killed 300 since May" is no simple past)."""
    if any(t.lower_ in DAY_WORDS for t in _own_words(tok)):
        return True
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in CONTINUATION_VERBS and (lemma not in ("go", "carry") or any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in verb.children)):
        return False  # "attacks that have plagued the province continued on Monday": a series going on
    # a month is one day's only for harm ("bombings killed 30 in March" is that month's toll); other acts told
    # of a month are a month's run ("sales fell in March", "protests spread in May")
    days = DAY_WORDS if cue_kind(verb) in ("killed", "injured") else DAY_WORDS - set(MONTH_NAMES)
    todo = [c for c in verb.children if c.i != tok.i and c.dep_ not in DAY_CLAUSE_DEPS]
    while todo:  # the clause's words, with its conjoined verbs ("killed 27 and injured 84 on Friday")
        t = todo.pop()
        if t.lower_ in days:
            return True
        todo += [c for c in t.children if c.dep_ not in DAY_CLAUSE_DEPS]
    return False


#: clauses below a verb that tell other deeds than its own (its conjoined verbs are its own)
DAY_CLAUSE_DEPS = CLAUSE_DEPS - {"conj"}


#: prepositions that name what plural acts struck ("attacks on the Sarn airport and a metro station")
TARGET_PREPS = frozenset({"on", "at", "against"})


def _at_one_site(tok: Token) -> bool:
    """Plural acts that struck one named site ("attacks on the Sarn airport and a metro station"): a single
    thing named by a proper name or as a place, with "the" or "a", is one occasion's target (unlike "attacks
    on civilians", "attacks on the police", "attacks against the government")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.tag_ != "NN" or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in obj.children):
                continue
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children):
                return True
    return False


def _time(state: AnalysisState, d: Draft, others: frozenset[int]) -> TimeValue | None:
    # a verbless fragment ("Delegation of X") tells no time of its own, and is no report of one
    if d.tok.pos_ not in ("VERB", "AUX") and not any(a.pos_ in ("VERB", "AUX") for a in d.tok.ancestors):
        return None
    found = event_time(state, d.tok, d.start, d.end, is_background(d.tok), others)
    if found is not None and found.basis == "reported" and d.modality in ("expected", "planned", "hypothetical"):
        return None  # a trip still to come is not dated by the report that announces it
    return found


def _determiner(tok: Token) -> str | None:
    """"a", "the", "this"... of a noun trigger, "poss" for a possessor ("Sunday's blast"), "bare" for none,
    "pred" for the noun a copula says its subject is ("it was a suicide blast", "the explosion was a bombing"):
    a description of an incident already named, never a new one, whatever its article."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PRON" or c.lower_ in ("this", "that")
                                                   or _definite_subject(c)) for c in tok.head.children):
        return "pred"
    for c in tok.children:
        if c.dep_ == "poss":
            return "poss"
        if c.dep_ == "det":
            return c.lower_
    return "bare"


def _definite_subject(tok: Token) -> bool:
    """"the explosion", "the incident", "Saturday's attack": a subject that names something already told."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                                      for c in tok.children)


def _dedupe(parts: list[Participant]) -> tuple[Participant, ...]:
    seen, out = set(), []
    for p in parts:
        key = (p.start, p.end)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return tuple(out)


def _on_its_line(d: Draft, parts: list[Participant]) -> list[Participant]:
    """The places of the trigger's own line of its sentence: a heading glued to the sentence under it lends that
    sentence none of its places, nor takes any of its (``args.across_lines``), unless the trigger's line names the
    place too (then that mention stands in). A place outside the sentence (one inherited) is kept. (Not applied to
    the other participants: a headline and the sentence under it mostly tell one act by the same people, and
    keeping their names shared scores better on MEANTIME's gold mentions, 70.56 against 70.42.)"""
    doc, sent = d.tok.doc, d.tok.sent
    out = []
    for p in parts:
        span = doc.char_span(p.start, p.end, alignment_mode="expand") \
            if sent.start_char <= p.start < sent.end_char else None
        if span is None or not args.across_lines(doc, span.start, d.tok.i):
            out.append(p)
            continue
        line = [t for t in sent if not args.across_lines(doc, t.i, d.tok.i)]
        text = doc.text[line[0].idx:line[-1].idx + len(line[-1])] if line else ""
        at = re.search(r"\b" + re.escape(p.text) + r"\b", text) if p.text[:1].isupper() else None
        if at is not None:
            out.append(replace(p, start=line[0].idx + at.start(), end=line[0].idx + at.end()))
    return out


#: what ends a dateline after its place: a dash between spaces or a colon ("SARN, Dorva — ", "LESK - ", "SARN: ")
_DATELINE_STOP = re.compile(r"\s[-–—]+\s|:\s")
#: the most characters from a dateline's place to the dash that ends it ("SARN, Dorva, March 3 — ")
_DATELINE_LENGTH = 60


def dateline_span(article: Article) -> tuple[int, int] | None:
    """Where the dateline ingest read stands in the text: its place opening a line near the top, up to the dash
    or colon after it ("ALGORA, Dorva — Gunmen stormed ...": characters 0 to 15). None without one."""
    place = article.metadata.get("dateline")
    if not isinstance(place, str) or not place:
        return None
    text = article.text
    at = text.find(place)
    if at < 0 or at > DATELINE_WITHIN or text[text.rfind("\n", 0, at) + 1:at].strip():
        return None
    stop = _DATELINE_STOP.search(text, at + len(place), at + len(place) + _DATELINE_LENGTH)
    return (at, stop.end()) if stop is not None else None


def _not_in_dateline(state: AnalysisState, parts: list[Participant]) -> list[Participant]:
    """A dateline is where the report was filed: its town and country are no one's participant or place, however
    the parser joined them to the sentence after it ("ALGORA, Dorva — Gunmen stormed a depot": not done by Algora
    or Dorva)."""
    span = dateline_span(state.article)
    return parts if span is None else [p for p in parts if not span[0] <= p.start < span[1]]


def _own_location(state: AnalysisState, d: Draft) -> Participant | None:
    """The place its own sentence gives, as the mention keeps it (not a dateline's, not another line's)."""
    return d.location if d.location is None or _on_its_line(d, _not_in_dateline(state, [d.location])) else None


#: types of incidents that happen at a site, so that one the sentence places nowhere happened where its paragraph
#: or its article is set ("Police arrested the driver at the scene", "the suspect was remanded in custody",
#: "rescuers pulled a survivor from the rubble"); not words, decisions or talks, which are said or held anywhere
#: ("the ministry condemned the attack", "the two sides agreed"); a visit only as a trip (a meeting is held abroad)
SITED_TYPES = frozenset({"ASSAULT", "DISASTER", "COERCE", "PROTEST", "JUSTICE", "TAKEOVER", "CRIME", "MOBILIZE"})
SITED_SUBTYPES = frozenset({("CONSULT", "visit"), ("RETREAT", "release"), ("RETREAT", "withdrawal"),
                            ("LIFE", "funeral"), ("LIFE", "death"), ("LIFE", "injury"), ("INVESTIGATE", "recovery")})
#: the sentences of an article's lead: their place is where the article is set
LEAD_SENTENCES = 3


def _sited(d: Draft) -> bool:
    return d.kind.type in SITED_TYPES or (d.kind.type, d.kind.subtype) in SITED_SUBTYPES


def _region(text: str) -> bool:
    words = text.lower().strip()
    return words in regions.REGIONS or words.removeprefix("the ") in regions.REGIONS


#: prepositions that set an act in a place ("in Velm", "across Tesland")
PLACING_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})


def _set_in(state: AnalysisState, m: Mention) -> bool:
    """A place named as where something is ("in Velm", "across Tesland"), not a speaker or an owner ("Orvania
    said", "France's concern")."""
    span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in PLACING_PREPS


def _narrow_regions(state: AnalysisState, drafts: list[Draft]) -> None:
    """A continent or a region is never an act's place when its sentence or the article's lead names a country or
    a city ("the eighth coup in Africa, seizing power in Velm", "attacks across the Sahel" in a report set in
    Tarsk): the sentence's own town or country, else no place of its own (the lead's place sets it, as for an act
    its sentence places nowhere: :func:`_settings`). With neither, the region stays."""
    lead_mentions = None
    for d in drafts:
        if d.location is None or not _region(d.location.text):
            continue
        sent = d.tok.sent
        narrower = [m for m in state.mentions if m.label == "GPE" and sent.start_char <= m.start < sent.end_char
                    and not _region(m.text) and m.start != d.location.start and _set_in(state, m)]
        if narrower:
            m = narrower[0]
            d.location = Participant("place", m.text, m.start, m.end, chain=m.chain)
            continue
        if lead_mentions is None:
            lead_end = next((s.end_char for i, s in enumerate(text_sentences(state.doc)) if i == LEAD_SENTENCES - 1),
                            len(state.article.text))
            lead_mentions = [m for m in state.mentions if m.label == "GPE" and m.start < lead_end
                             and not _region(m.text) and _set_in(state, m)]
        if lead_mentions:
            d.location = None


def _settings(state: AnalysisState, drafts: list[Draft], index: args.MentionIndex) -> None:
    """A sited incident its sentence places nowhere (no place, no candidate) takes the place its setting gives,
    as a weaker source kept apart from its own place (the ``setting`` participant; fusion places an event by it
    only when none of its mentions names a place): the nearest sited incident before it in its paragraph that
    names one (the place the paragraph is about), else the place of the article's lead (the first sited incident
    placed in its first sentences, told as news, else the place its first sentence sets its news in), never a
    dateline's town (where the report was filed). An incident told as background or a generic one takes none (an
    old war's battle is not set where today's news is)."""
    doc, text = state.doc, state.article.text
    sents = [s.start_char for s in itertools.islice(text_sentences(doc), LEAD_SENTENCES + 1)]
    lead_end = sents[LEAD_SENTENCES] if len(sents) > LEAD_SENTENCES else len(text)
    placed = [(d, loc) for d in drafts if _sited(d) and not is_background(d.tok) and not _is_generic(d.tok)
              and not _aside_on_someone(d.tok) and (own := _own_location(state, d)) is not None
              and (loc := _setting_place(state, own, index)) is not None]
    # (not a dateline's town: where the report was filed, "ALGORA, Dorva — Gunmen attacked a depot in the south")
    lead = next((loc for d, loc in placed if d.start < lead_end), None) or _lead_place(state)
    for d in drafts:
        if not _sited(d) or is_background(d.tok) or _is_generic(d.tok) or _own_location(state, d) is not None or \
                any(p.role == "place?" for p in d.participants):
            continue
        if d.kind.type == "RETREAT" and d.kind.subtype == "withdrawal" and _diplomats_moved(d.tok):
            continue  # a recall of envoys is decided at home: the paragraph is set where they served (see _place)
        para = text.rfind("\n", 0, d.start) + 1
        near = next((loc for x, loc in reversed(placed) if para <= x.start < d.start), None)
        got = near or lead
        if got is not None:
            d.setting = replace(got, role="setting")


#: relative pronouns of a clause that tells of a person ("the leader, who flew to Sarn", "whose plane landed in Y")
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def _aside_on_someone(tok: Token) -> bool:
    """Is the act told in a relative clause about a person ("The former leader, who flew to Sarn ahead of the
    inauguration, has not commented. Police fired tear gas ...")? Such a clause says who the person is or where
    they are, an aside: its place sets none of the acts its paragraph goes on to tell (they happen where the
    paragraph's own news does)."""
    clause = _clause_of(tok)
    return clause.dep_ == "relcl" and any(t.lower_ in PERSON_RELATIVES and t.i < clause.i for t in clause.subtree)


def _setting_place(state: AnalysisState, own: Participant, index: args.MentionIndex) -> Participant | None:
    """The place an incident's own place sets the acts told around it in: a town, a region or a country, not a
    site. A building, an airport or a station the incident struck ("gunmen attacked two mosques", "the blast at
    the Orla airport") is where that incident happened, not where the arrests, the charges, the alert or the
    rescue told after it were made (they happen across the town); the town the site is told to lie in stands for
    it ("a mosque in Sarn": Sarn), else the incident sets nothing (the next one does, or the lead's place)."""
    mention = next((m for m in state.mentions if m.start == own.start and m.end == own.end), None)
    if mention is None or mention.label != "FAC":
        return own
    span = state.doc.char_span(own.start, own.end, alignment_mode="expand")
    town = args.place_at(span.root, index) if span is not None else None
    if town is None or town.label == "FAC":
        return None
    return Participant(own.role, town.text, town.start, town.end, chain=town.chain)


#: prepositions that set what a lead tells in a place ("Voters in Lindau cast ballots", "at a rally in Sarn")
LEAD_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _lead_place(state: AnalysisState) -> Participant | None:
    """The place the article's first sentence sets its news in: its first town, region or country named after
    "in", "at", "near" ("Voters in Lindau cast ballots on Sunday", "in the port city of Mombasa"), a town before a
    country ("in Kenya's port city of Mombasa"). None when it names none so."""
    first = next(iter(text_sentences(state.doc)), None)
    if first is None:
        return None
    found: list[Mention] = []
    for m in state.mentions:
        if m.label not in args.PLACE_LABELS or m.label == "FAC" or not first.start_char <= m.start < first.end_char:
            continue
        if not any(w[:1].isupper() for w in m.text.split() if w.lower() not in ("the", "a", "an")):
            continue  # "asylum in the country": a description stands for a name its sentence gives (which of the
            # states it names, coreference guesses), not a place the lead sets its news in by name
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        for _ in range(3):  # "in the port city of Mombasa": through "of" to the noun under "in"
            if tok is None or tok.dep_ not in ("pobj", "appos", "compound"):
                tok = None
                break
            if tok.dep_ == "pobj" and tok.head.lower_ in LEAD_PREPS:
                break
            tok = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
        if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in LEAD_PREPS:
            found.append(m)
    if not found:
        return None
    best = min(found, key=lambda m: (country_name(m.text) is not None, m.start))
    return Participant("setting", best.text, best.start, best.end, chain=best.chain)


def _finish(state: AnalysisState, d: Draft, n: int, others: frozenset[int]) -> EventMention:
    sent = d.tok.sent
    location = _own_location(state, d)
    realis = d.modality in ("asserted", "alleged", "claimed", "denied")
    modality = "generic" if _is_generic(d.tok) and realis else d.modality
    art = state.article.id
    return EventMention(
        # the article's text is the doc's (Doc.text is rebuilt from every token on each access: per event, quadratic)
        id=f"{art}:ev{n}", article=art, start=d.start, end=d.end, text=state.article.text[d.start:d.end],
        type=d.kind.type, subtype=d.kind.subtype, plover=plover_of(d.kind.type, d.kind.subtype),
        participants=_dedupe(_not_in_dateline(state, [p for p in d.participants if p != d.location]))
        + ((d.setting,) if d.setting is not None else ()),
        location=location,
        time=_time(state, d, others), fatalities=_headline(d.figures, "killed"),
        injured=_headline(d.figures, "injured"), abducted=_headline(d.figures, "abducted"), modality=modality,
        reported_by=d.reported_by,
        sentence_start=sent.start_char, sentence_end=sent.end_char, figures=tuple(d.figures),
        background=is_background(d.tok), distinct=is_distinct(d.tok), determiner=_determiner(d.tok),
        depth=None if d.kind == SPEECH else depth_of(d.tok), lemma=d.tok.lemma_.lower())


def depth_of(tok: Token) -> int:
    """Arcs from the trigger up to its sentence's root: which event a sentence tells (the briefing's bullets)."""
    n = 0
    while tok.head.i != tok.i and n < 64:  # 64: a guard against a malformed (cyclic) parse
        tok, n = tok.head, n + 1
    return n


def _is_result(tok: Token, index: args.MentionIndex) -> bool:
    """"The attack killed 100": a casualty verb whose subject is an event reports that event's toll."""
    if tok.pos_ != "VERB" or cue_kind(tok) is None:
        return False
    subs = [c for c in tok.children if c.dep_ in ("nsubj",)] + [
        o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG":
        subs.append(tok.head)  # "attacked a station, killing 12"
    if tok.dep_ == "conj" and not subs:  # "the tremor flattened villages and killed hundreds": a shared subject
        subs += [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
        subs.append(tok.head)  # "the attack, in which six officers were killed", "the bombing that killed 15"
    if cue_kind(tok) == "arrested" and tok.tag_ == "VBN" and tok.dep_ == "acl":
        return False  # "a suspect in the bombing arrested last week": police arrest after an attack, not in it
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.lower_ == "those" and cue_kind(tok) == "killed":
        return True  # "among those killed were 12 crew": the dead of the incident told before, no killing
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and cue_kind(tok.head) is None and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "the ferry sank off the coast and killed 304": the sinking's toll, one disaster (not "a car struck and
        # killed a man", two verbs sharing their object, which stays a killing)
        head = trigger_kind(tok.head, index)
        own = any(c.dep_ in ("prep", "dobj", "advmod") and tok.head.i < c.i < tok.i for c in tok.head.children)
        if own and head is not None and head.type == "DISASTER":
            return True
    if any(_the_incident(s) for s in subs) or any(_the_incident(o) for o in _in_what(tok)):
        return True
    told = _relative_antecedent(tok)  # "the earthquake in the south that killed 366", however it is hung
    if told is not None and (kind := trigger_kind(told, index)) is not None and kind.type in VIOLENT:
        return True
    return any(trigger_kind(s, index) is not None for s in subs) or _trailing_result(tok, index)


def _the_incident(tok: Token) -> bool:
    """"the incident", "this tragedy": a definite word for a mishap that names no kind of its own points back to
    the incident being told; deaths it caused ("the incident that killed 156", "were killed in the tragedy") are
    that incident's toll, not a killing of their own. An indefinite one ("an incident in which two died") is new."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in MISHAP_HEADS and not any(
        c.dep_ == "compound" for c in tok.children) and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in tok.children)


def _in_what(tok: Token) -> list[Token]:
    """The nouns a casualty verb's own clause puts its victims in ("were killed ... in the incident")."""
    return [o for c in _clause_parts(tok, "prep", ("in", "during")) for o in c.children if o.dep_ == "pobj"]


#: nouns an accident word modifies: "the fire incident", "the bus tragedy"
MISHAP_HEADS = frozenset({"incident", "tragedy", "disaster", "mishap", "accident", "catastrophe"})
ACCIDENT_WORDS = frozenset({"fire", "blaze", "crash", "collapse", "explosion", "blast", "derailment", "stampede",
                            "leak", "road", "plane", "air", "bus", "train", "rail", "boat", "ferry", "building",
                            "factory", "mine", "flood", "traffic"})
#: subordinators of a clause that tells how the deaths came about: "were killed when the jet crashed"
CAUSE_MARKS = frozenset({"when", "as", "after"})


ACCIDENT = EventKind("DISASTER", "man_made", "verb")


def _accident_death(tok: Token, index: args.MentionIndex, told: bool = False) -> bool:
    """Deaths told with their cause, an accident: "12 were killed when the jet crashed", "was killed in the
    crash", "killed in the building where the plane came down", "a fire ripped through the mill, killing 19".
    The deaths are that accident's toll (its figures go to it) and a death (ACE Life.Die), not an attack.
    ``told``: only an accident that is a trigger of its own (not "in the fire incident")."""
    def accident(t: Token) -> bool:
        kind = trigger_kind(t, index)
        if kind is None and not told and t.lemma_.lower() in MISHAP_HEADS:  # "in the fire incident"
            return any(c.dep_ == "compound" and c.lemma_.lower() in ACCIDENT_WORDS for c in t.children)
        return kind is not None and kind.type == "DISASTER"

    for c in _clause_parts(tok, "prep", ("in", "during", "from", "as")):  # "killed and 9 injured in the fire
        # incident", however the parse hangs it
        for o in (g for g in c.children if g.dep_ == "pobj"):
            if accident(o) or any(r.dep_ == "relcl" and accident(r) for r in o.children):
                return True
    # "killed and eight injured after a bus fell", however it is hung (a cause clause, or one the parser made a
    # conjunct with its "after")
    for c in _clause_parts(tok, "advcl") + _clause_parts(tok, "conj"):
        marked = any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS
                                           for m in c.children)
        if marked and (accident(c) or any(accident(s) for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))):
            return True
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"):  # "a bus plunged into a gorge, killing 23"
        return accident(tok.head) or any(accident(s) for s in tok.head.children if s.dep_ in ("nsubj", "nsubjpass"))
    return False


#: dependencies that open a clause of its own: a cause told there is another event's
OWN_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "xcomp", "csubj", "parataxis"})


def _clause_parts(tok: Token, dep: str, words: tuple[str, ...] = ()) -> list[Token]:
    """Tokens of dependency ``dep`` (and one of ``words``, when given) in a death word's own clause: its
    children, those of verbs and counts coordinated with it ("were killed and 9 injured in the fire", which the
    small parser hangs under "9"), not those of a clause of its own below it."""
    out = []
    for t in tok.subtree:
        if t == tok or t.dep_ != dep or (words and t.lower_ not in words):
            continue
        node = t.head
        while node != tok and node.dep_ not in OWN_CLAUSES:
            node = node.head
        if node == tok:
            out.append(t)
    return out


def _trailing_result(tok: Token, index: args.MentionIndex) -> bool:
    """"…, comparing it with the earthquake that struck the north in May, killing 2,000": a participle after a
    comma tells what the incident just named did, wherever the parser hangs it."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.i == 0 or doc[tok.i - 1].text != ",":
        return False
    for k in range(tok.i - 2, tok.sent.start - 1, -1):
        kind = trigger_kind(doc[k], index)
        if kind is not None:
            return kind.type in VIOLENT and cue_kind(doc[k]) is None
    return False


DEATH = EventKind("LIFE", "death", "verb")


#: kinds whose attempt is not the act: what the authorities do to a person (an arrest, a charge) is tried and
#: done on separate days ("investigators failed to detain him", the arrest twelve days later). Elsewhere an attempt
#: is told as the act itself: an attempted hijacking is an attack on the ship, a bid to buy a company is its deal
ATTEMPT_APART = frozenset({"COERCE", "JUSTICE"})


def _tried(tok: Token, kind: EventKind, modality: str) -> str:
    """An act only attempted ("failed to detain him", "the attempt to arrest him", "an arrest attempt") is not the
    act done: `planned`, as under "tried to", so a failed detention is not the arrest days later (an irrealis
    telling never joins the realis one). Only for :data:`ATTEMPT_APART`: "an attempt to hijack the ship" is the
    pirates' attack on it, "a bid to buy the firm" the deal (MEANTIME events 70.56 -> 70.33 read for every kind)."""
    if modality in ("asserted", "alleged", "claimed") and kind.type in ATTEMPT_APART and attempted(tok) and \
            kind.subtype not in frames.IMPOSED_VERBS:  # "his attempt to declare martial law": he declared it
        return "planned"
    return modality


#: what one takes back by a retraction: words said or decreed ("retracted his apology", "the order he retracted")
RETRACTED = frozenset({"statement", "apology", "remark", "comment", "claim", "order", "decree", "declaration",
                       "decision", "offer", "threat", "report", "allegation", "accusation", "endorsement", "support",
                       "resignation", "story", "article", "tweet", "post", "confession", "testimony", "word",
                       "pledge", "promise", "announcement", "law", "measure", "ultimatum", "which", "that"})


def _words_taken_back(tok: Token) -> bool:
    """A retraction of something said or decreed (:data:`RETRACTED`), or one told with no object ("he later
    retracted", "the retraction came a day later")."""
    if tok.pos_ == "VERB":
        taken = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "relcl" and not taken:
            taken = [tok.head]
    else:
        taken = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
    return not taken or any(t.lemma_.lower() in RETRACTED or t.lower_ in RETRACTED for t in taken)


def _impeachment_told(tok: Token) -> bool:
    """An impeachment told as an act: the verb ("voted to impeach her", "was impeached by the assembly", "a motion
    to impeach him", whose modality says it is proposed) or the noun as the subject or the object of a clause
    ("the impeachment was upheld", "the court reviews the impeachment", "calling for his impeachment"). Not the
    noun as what one backs or fears ("support the president's impeachment", "face impeachment"), nor after any
    other preposition ("grounds for his impeachment", "the vote on impeachment") or in a compound
    ("the impeachment motion": the motion's), nor a gerund that states a rule ("Impeaching him requires the
    support of 200 members")."""
    if tok.pos_ == "VERB":
        return tok.dep_ not in ("csubj", "compound")  # (the parser takes a gerund subject for a compound)
    if tok.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in REVIEWING_VERBS:
        return True  # "the court reviews the impeachment", "upheld the impeachment" (not "support his impeachment")
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB" and \
        tok.head.head.lemma_.lower() == "call"  # "rallies calling for his impeachment": asked for (planned)


#: verbs of a court or a chamber acting on an impeachment voted before ("reviews the impeachment", "upheld it")
REVIEWING_VERBS = frozenset({"review", "uphold", "reject", "overturn", "confirm", "approve", "pass", "dismiss",
                             "consider", "hear", "examine", "vote"})


#: verbs of putting a ruler or a government out of power by force (CAMEO 196 / a coup: PLOVER FIGHT, our TAKEOVER)
OVERTHROWING_VERBS = frozenset({"topple", "overthrow", "depose", "unseat"})
#: what is overthrown: a ruler, a government, a regime (or a name or pronoun of a person)
RULERS = frozenset({"president", "government", "regime", "leader", "king", "ruler", "dictator", "premier",
                    "minister", "junta", "monarch", "emir", "sultan", "administration", "cabinet"})
#: where someone is put when held: "taken into custody", "placed in detention", "put under arrest"
CUSTODY_NOUNS = frozenset({"custody", "detention"})


def _ruler_overthrown(verb: Token) -> bool:
    """"Soldiers toppled President X", "the military overthrew him", "X was deposed in a coup"; not "toppled the
    statue", "the storm toppled trees", "unseated the champion" (what falls must be a ruler or a government)."""
    for o in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        words = {o.lemma_.lower(), o.lower_} | {c.lower_ for c in o.children if c.dep_ in ("compound", "amod")}
        if words & RULERS or o.ent_type_ == "PERSON" or o.lower_ in ("him", "her", "he", "she"):
            return True
    return False


def _into_custody(verb: Token) -> bool:
    """"were taken into custody", "placed in police custody", "put under arrest"; not "took custody of the
    children", "placed in foster care"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("into", "in", "under"):
            for g in c.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in CUSTODY_NOUNS or (
                        c.lower_ == "under" and g.lemma_.lower() == "arrest")):
                    return True
    return False


def _set_alight(verb: Token) -> bool:
    """"two buses were set on fire", "rioters set the station on fire", "set fire to the office", "set ablaze":
    a fire set by people is arson (ASSAULT/property_destruction); "set fire" needs someone who set it."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "fire" for g in c.children):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() == "fire" and any(
                p.dep_ == "prep" and p.lower_ == "to" for p in (*c.children, *verb.children)):
            return True
        if c.lower_ in ("ablaze", "alight", "afire"):
            return True
    return False


def _attempt_on(noun: Token) -> EventKind | None:
    """"an assassination attempt", "the murder attempt", "an attempt on her life", "an attempt on the life of the
    mayor": an attack that was tried is an attack (CAMEO 185 "attempt to assassinate", PLOVER ASSAULT), whether the
    gun went off or not. Not "a coup attempt" (a takeover tried: TAKEOVER's own words), "an escape attempt"."""
    for c in noun.children:
        if c.dep_ == "compound":
            kind = TRIGGERS.get(c.lemma_.lower())
            if kind is not None and kind.type == "ASSAULT":
                return EventKind("ASSAULT", kind.subtype, "noun")
    lives = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() == "life"]
    return EventKind("ASSAULT", "killing", "noun") if lives else None


def _attempt_told(tok: Token, kind: EventKind, modality: str) -> str:
    """An attack tried is an attack (CAMEO 185, "attempt to assassinate"): "a gunman tried to shoot the vice
    president, but the gun failed to fire" tells an assault that happened, as real as the trying ("police said he
    tried to shoot her": asserted; "he will try to kill again": expected). A plan or a threat to attack stays
    planned ("plotted to kill", "vowed to attack"); what the authorities try (an arrest) stays apart
    (:func:`_tried`)."""
    if kind.type != "ASSAULT" or modality != "planned" or tok.dep_ != "xcomp":
        return modality
    head = tok.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in ("try", "attempt"):
        return modality
    return modality_of(head)[0]


def _proposed(tok: Token) -> bool:
    """The act a motion or a bill proposes ("submitted a motion to impeach the president", "a bill to ban rallies"):
    put to a vote, not (yet) done; "voted to impeach her" is done by the vote."""
    return tok.pos_ == "VERB" and tok.dep_ in ("acl", "xcomp", "relcl") and tok.head.pos_ == "NOUN" and \
        tok.head.lemma_.lower() in PROPOSALS and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


#: nouns of a formal proposal put to a body's vote (lexicons/votes.py's motions, and petitions)
PROPOSALS = frozenset({"motion", "bill", "resolution", "amendment", "petition", "proposal", "referendum", "push",
                       "drive", "move", "campaign", "call", "demand", "step"})


def _drafts_for(sent: SpacySpan, index: args.MentionIndex) -> list[Draft]:
    drafts, deaths = [], []
    for tok in sent:
        kind = trigger_kind(tok, index)
        if kind is None or _is_result(tok, index):
            continue
        if kind.type == "ASSAULT" and cue_kind(tok) == "killed" and _accident_death(tok, index):
            # "killed when the jet crashed": deaths in the accident, kept as deaths (the accident owns the toll,
            # see _attach_casualties); "killed in the fire incident" (no trigger of its own) tells the accident
            kind = DEATH if _accident_death(tok, index, told=True) else ACCIDENT
        start, end = _trigger_span(tok)
        modality, reporter = modality_of(tok)
        if kind.type == "CONSULT" and modality in ("asserted", "alleged", "claimed") and prospect(tok):
            modality = "planned"  # "accepted an invitation to visit X": a visit to come, not one held
        if kind is frames.MISSION_LEAVES and modality == "asserted" and _infinitive_to(tok):
            modality = "planned"  # "have until Saturday to leave", "a deadline for the envoys to leave": to come
        modality = _tried(tok, kind, modality)
        modality = _attempt_told(tok, kind, modality)
        if modality == "asserted" and _proposed(tok):
            modality = "planned"  # "submitted a motion to impeach the president": proposed, put to a vote
        drafts.append(Draft(tok=tok, kind=kind, start=start, end=end, modality=modality, reported_by=reporter))
        if kind is DEATH:
            deaths.append(drafts[-1])
    return [*(d for d in _without_tolls(sent, [d for d in drafts if d.kind is not DEATH])), *deaths] if deaths \
        else _without_tolls(sent, drafts)


def _infinitive_to(verb: Token) -> bool:
    """A bare verb with "to" ("to leave"), not after a verb of beginning ("began to leave": they left)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        verb.head.lemma_.lower() not in BEGIN_VERBS | {"continue"}


def _without_tolls(sent: SpacySpan, drafts: list[Draft]) -> list[Draft]:
    """Deaths and injuries that tell an incident's toll are no events of their own: "a bombing killed 12 and
    wounded 20", "three more died in hospital", "at least 40 people were injured" give their figures to the
    incident (:func:`_attach_casualties`); "the actor died on Sunday" stays a death (ontology ``LIFE``)."""
    lives = [d for d in drafts if d.kind.type == "LIFE" and d.kind.subtype in ("death", "injury")]
    if not lives:
        return drafts
    violent = any(_holds_toll(d) for d in drafts)
    counts = count_phrases(sent)
    tolls = {id(d) for d in lives if violent or _counted(d.tok, counts) or _to_death(d.tok) or _the_hurt(d.tok)}
    return [d for d in drafts if id(d) not in tolls]


def _counted(tok: Token, counts: list[Count]) -> bool:
    """A casualty word with a number of victims ("at least 40 were injured", "two more people died")."""
    if not counts:
        return False
    victims = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return casualty_at(tok, counts) is not None or any(
        c.dep_ == "nummod" or c.like_num for v in victims for c in [v, *v.children])


def _the_hurt(tok: Token) -> bool:
    """"two of the wounded", "the injured were taken to hospital": people, not an injury told."""
    return tok.tag_ in ("VBN", "JJ", "NN", "NNS") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and \
        tok.lower_.endswith("ed")


def _to_death(tok: Token) -> bool:
    """"sentenced to death", "stabbed to death", "put to death": how another act ended, not a death told apart."""
    return tok.lemma_.lower() == "death" and tok.dep_ == "pobj" and tok.head.lower_ == "to"


def _drafts_at(sent: SpacySpan, index: args.MentionIndex, spans: Sequence[tuple[int, int]]) -> list[Draft]:
    """One draft per given trigger span whose head lies in ``sent``, the span kept as given."""
    drafts = []
    for start, end in spans:
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or not sent.start <= span.root.i < sent.end:
            continue
        tok = span.root
        kind = trigger_kind(tok, index) or EventKind("OTHER", None)
        modality, reporter = modality_of(tok)
        modality = _tried(tok, kind, modality)
        drafts.append(Draft(tok=tok, kind=kind, start=start, end=end, modality=modality, reported_by=reporter))
    return drafts


def _during(d: Draft, drafts: list[Draft]) -> None:
    """"X met Y during his visit to Z": an event inside another takes its place."""
    if d.location is not None:
        return
    for c in d.tok.children:
        if c.dep_ == "prep" and c.lower_ in ("during", "on", "at"):
            for o in c.children:
                inner = next((x for x in drafts if x.tok == o and x.location is not None), None)
                if inner is not None:
                    d.location = inner.location


#: weapon words in the sentence that say what kind of violence a vague "attack" was (ACLED's distinctions)
WEAPON_SUBTYPES = (
    (frozenset({"sexually", "sexual", "rape"}), "sexual_violence"),
    (frozenset({"mob", "lynch", "vigilante"}), "mob_violence"),
    (frozenset({"chemical", "chlorine", "sarin", "mustard", "toxic", "nerve"}), "chemical"),
    (frozenset({"suicide"}), "suicide_bombing"),
    (frozenset({"airstrike", "warplane", "jet", "helicopter", "drone", "air", "aerial"}), "air_strike"),
    (frozenset({"shelling", "artillery", "mortar", "rocket", "missile", "shell"}), "shelling"),
    (frozenset({"grenade"}), "grenade"),
    (frozenset({"clash", "fighting", "firefight", "gunbattle", "battle", "skirmish", "exchange"}), "armed_clash"),
    (frozenset({"ied", "landmine", "mine", "explosive", "bomb", "roadside"}), "bombing"),
)
PROTEST_WORDS = frozenset({"protester", "protestor", "demonstrator", "demonstration", "protest", "rally", "march",
                           "marcher", "crowd"})
RIOT_WORDS = frozenset({"stone", "rock", "torch", "vandalize", "vandalise", "burn", "clash", "riot", "smash",
                        "loot", "throw", "hurl", "rampage"})
WEAPON_NOUNS = frozenset({"weapon", "arm", "explosive", "ammunition", "bomb", "ied", "grenade", "cache", "rifle",
                          "gun", "mine", "device", "munition"})
FIND_VERBS = frozenset({"seize", "recover", "find", "defuse", "confiscate", "discover", "capture", "dismantle",
                        "unearth", "neutralize", "neutralise"})
#: ACLED: violence between organized armed actors is an armed clash, violence against civilians an attack
ARMED_TARGETS = frozenset({"troop", "soldier", "military", "army", "police", "policeman", "base", "camp",
                           "position", "patrol", "force", "militant", "militia", "militiaman", "fighter", "rebel",
                           "checkpoint", "garrison", "convoy", "outpost", "gendarme", "headquarters", "barracks",
                           "insurgent", "jihadist", "guerrilla", "unit"})
#: verbs of keeping someone held, a court's remand when a court orders it ("ordered the suspects held for 30 days")
HOLDING_VERBS = frozenset({"hold", "keep"})
#: what a court does to order someone held: orders, allows, grants a request
HOLD_ORDERS = frozenset({"order", "allow", "authorize", "authorise", "approve", "grant", "rule", "request",
                         "application", "motion"})


def _court_hold(tok: Token) -> bool:
    """"A judge ordered the suspects held for 30 days", "the court granted a request to hold the suspects", "a
    magistrate ordered that the five be held in custody": a court orders them held (a remand, the step after the
    arrest), in a sentence that names a court; not "held talks" or a meeting held."""
    head = tok.head
    ordered = (tok.dep_ in ("ccomp", "xcomp", "oprd") and head.lemma_.lower() in HOLD_ORDERS) or (
        tok.dep_ == "acl" and (head.lemma_.lower() in HOLD_ORDERS or (
            head.dep_ == "dobj" and head.head.lemma_.lower() in HOLD_ORDERS)))
    return ordered and any(t.lemma_.lower() in COURT_WORDS - {"remand", "trial"} for t in tok.sent)


def _ruled(tok: Token) -> bool:
    """Told as what a court rules ("a court ruled that the suspect will remain in pretrial detention", "decided that
    he should stay in custody"): the custody the ruling orders is held from its day, not one to come."""
    for anc in tok.ancestors:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in courts.RULING_VERBS and frames.ruling_verb(anc):
            return True
        if anc.dep_ not in ("ccomp", "prep", "pobj", "xcomp", "advcl") and anc.pos_ != "AUX":
            return anc.pos_ == "VERB" and anc.lemma_.lower() in courts.RULING_VERBS and frames.ruling_verb(anc)
    return False


def _ordered(tok: Token) -> bool:
    """Told as what an order does ("ordered detained for 30 days", "ordered the suspects held"): the order is the
    act, unlike what someone asks or demands be done."""
    head = tok.head if tok.dep_ in ("xcomp", "ccomp", "oprd", "acl") else None
    if head is not None and head.dep_ == "dobj" and tok.dep_ == "acl":
        head = head.head
    return head is not None and head.lemma_.lower() == "order"


#: a detention a court orders (remand) is not the arrest that came before it
COURT_WORDS = frozenset({"court", "judge", "remand", "tribunal", "magistrate", "trial"})  # ("pre-trial detention")
#: entity types whose words are a name's, a date's or a time's, not the clause's own
NAMED_TYPES = frozenset({"DATE", "TIME", "PERSON", "ORG", "GPE"})
#: the words of a court's custody themselves ("remanded", "pre-trial detention"), wherever they stand
CUSTODY_COURT_WORDS = frozenset({"remand", "trial"})
#: the subjects that make a clause's doer: "a court detained them", "the judge ordered them held"
DOER_DEPS = frozenset({"nsubj", "csubj"})


def _court_holds(tok: Token, context: list[Token]) -> bool:
    """Does a court hold the people (its own act or its order), not only stand in the sentence as a place or a
    thing named ("arrested on the court premises", "detained outside the court", "during the court hearing")? A
    court word, in a court's name too, that is the subject of the trigger or of a clause above it ("a court
    detained four suspects", "the Lorn District Court ... elected a measure of restraint in the form of detention",
    "the tribunal ... said he must remain in jail"), its agent ("were detained by order of a judge"), or owner of an
    order ("a court order", "the judge's order"); or the detention told as ordered ("ordered detained for 30 days")
    in a sentence that names a court (a common noun: "the Court of Lorn" is no court standing by)."""
    courts = [t for t in context if t.lemma_.lower() in COURT_WORDS - CUSTODY_COURT_WORDS]
    if not courts:
        return False
    if _ordered(tok) and any(t.ent_type_ not in NAMED_TYPES for t in courts):
        return True
    if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and not COURT_WORDS & {
            w.lemma_.lower() for w in c.subtree} for c in tok.children):
        return False  # "the court said police arrested him": the police's act, told by the court
    # a participle on its people tells its own clause ("the extradition of two others detained abroad", "23 people
    # detained earlier this week"): a court doing the sentence's main act does not hold them by it
    clauses = [tok] if tok.dep_ == "acl" and tok.tag_ == "VBN" else [tok, *tok.ancestors]
    for c in list(clauses):
        while c.dep_ == "conj":  # "ruled ... but said he must remain in jail": the first verb's subject
            c = c.head
            clauses.append(c)
    own = []  # the trigger's own clause and those it is joined to, below any clause it is the content of
    for c in [tok, *tok.ancestors]:
        own.append(c)
        if c.dep_ in ("ccomp", "advcl", "relcl", "parataxis"):
            break
    for c in list(own):
        while c.dep_ == "conj":
            c = c.head
            own.append(c)
    for w in courts:
        if w.ent_type_ in NAMED_TYPES and not (w.dep_ in DOER_DEPS and w.head in own):
            continue  # a named court holds only in its own clause ("the Lorn District Court ... elected
            # detention"), not by what it is said to have found ("the Court of Lorn has [ruled] that the arrest")
        if w.dep_ in ("compound", "amod", "poss"):
            if w.head.lemma_.lower() in HOLD_ORDERS:
                return True  # "a court order", "the judge's order"
            continue  # "a court spokesman said police arrested him", "the court premises": not the court's act
        if w.dep_ in DOER_DEPS and w.head in clauses:
            return True
        if w.dep_ == "pobj" and w.head.lower_ == "by" and w.head.head in clauses:
            return True  # "were detained by the court"
        if w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.lemma_.lower() in HOLD_ORDERS:
            return True  # "on the orders of a judge"
    return False


POLICE_FORCE_WORDS = frozenset({"tear", "disperse", "baton", "cannon", "rubber", "pellet", "lathi", "truncheon"})


def _weapons_found(d: Draft) -> bool:
    """"Police seized weapons", "a bomb was defused", "grenades were recovered": disrupted weapons use."""
    tok = d.tok
    if tok.lemma_.lower() in FIND_VERBS:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(o.lemma_.lower() in WEAPON_NOUNS for o in objs)
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in FIND_VERBS


#: sub-types that name the weapon: violence at a rally by such means is an attack on it, not force against it
EXPLOSIVE_SUBTYPES = frozenset({"bombing", "suicide_bombing", "grenade", "air_strike", "shelling", "chemical"})


def _context_tokens(tok: Token, triggers: frozenset[int] = frozenset()) -> list[Token]:
    """The trigger's sentence without the clauses about another, older time that do not hold it ("... four
    years after a drone strike killed X": no drone in this blast), nor a relative clause telling a person's own
    story or dated in another year ("a ceremony for X, who was killed by a drone in 2020": no drone in the
    explosions; "the bomb, which was planted on Monday, killed 12" keeps its clause), nor another event's noun in
    a clause that neither is nor governs the trigger's (``triggers``: the sentence's other triggers): "killed in
    the twin bombing near the tomb of X, as crowds marked the anniversary of X's death in a drone strike" has no
    drone in the bombing ("killed in a drone strike", "an attack killed 12 in a drone strike" keep it, wherever
    the parser hangs the phrase inside the clause), nor another event's noun dated on its own ("the blasts came
    amid Tuesday's killing of X in a drone strike"); a noun inside a clause that describes another thing reads
    that clause only ("blasts at a rally marking X's killing": no blast in the killing)."""
    skip: set[int] = set()
    for t in tok.sent:
        if t.i in triggers and t.i != tok.i and t.pos_ in ("NOUN", "PROPN") and tok not in t.subtree and (
                ((clause := _clause_of(t)) != _clause_of(tok) and clause not in tok.ancestors)
                or (t.head.i != tok.i and _named_apart(t, tok))):
            skip |= {x.i for x in t.subtree}
            continue
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and t.head != tok and (
                t.head.ent_type_ == "PERSON" or any(u.ent_type_ == "DATE" and u.like_num and len(u.text) == 4
                                                     for u in t.subtree) or t.lemma_.lower() in REPORTING_VERBS) \
                and tok not in t.subtree:  # (what a group "also said it had done" is its own deed: "attacks
            # claimed by the group, which also said it had downed a jet" have no jet in them)
            skip |= {x.i for x in t.subtree}
            continue
        # the rare clause first: walking every verb's subtree for the trigger cost more than the rest (same result)
        if t.dep_ != "advcl" or t.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" and (c.lower_ == "since" or (
                c.lower_ in ("after", "before") and any(
                    u.dep_ == "npadvmod" and u.lemma_.lower() in ("year", "month", "decade") for u in c.children)))
                for c in t.children) and tok not in t.subtree:
            skip |= {x.i for x in t.subtree}  # "four years after a drone strike killed X", "since rebels took X"
    scope = authors_of(tok) or older_phrase(tok)
    if scope is not None:  # "a drone strike killed the planner of the attack", "a drone strike following the
        return [t for t in scope.subtree if t.i not in skip]  # attack": no drone in the attack
    own = _clause_of(tok)
    if own != tok and own.dep_ in ("acl", "relcl"):  # "bomb blasts at a rally marking the anniversary of X's
        return [t for t in own.subtree if t.i not in skip]  # killing": a noun inside a clause describing another
    return [t for t in tok.sent if t.i not in skip]


def _protesters_do(tok: Token) -> bool:
    """The verb's doer is demonstrators: "protesters stormed the building", "hundreds of demonstrators broke
    in and took over the chamber", "protesters who had stormed it", "the council was stormed by protesters"."""
    if tok.pos_ != "VERB":
        return False
    return any(_noun_key(d) in PROTESTERS for d in _doers(tok))


def _noun_key(tok: Token) -> str:
    """The lemma of a noun, also where a capital at the start of a paragraph made the tagger keep the plural
    ("Protesters charged ...": lemma "Protesters")."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma == tok.lower_ and lemma.endswith("ers") else lemma


def _doers(verb: Token) -> list[Token]:
    """Who does what the verb says: its subject (inherited: "tried to storm"), the noun of a relative clause
    ("protesters who had stormed"), the agent of a passive; for a quantity or a group ("hundreds of
    protesters", "a group of demonstrators"), the people it is of. Not who undergoes it, a passive's subject
    ("three protesters were killed", "protesters who were shot"), as :func:`doers._doers` reads it too."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    doers = [s for s in _subjects(verb) if s.dep_ != "nsubjpass"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and not passive:
        doers.append(verb.head)
    return doers + [g for d in doers for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]


def _named_apart(other: Token, tok: Token) -> bool:
    """Another event's noun that is dated or owned on its own ("Tuesday's killing of X in a drone strike",
    "the killing of X on Tuesday") and is not said to be the trigger ("the blast was a suicide attack"): its
    weapon is that event's."""
    if other.dep_ in ("attr", "appos") or (tok.dep_ in ("attr", "appos") and tok.head == other):
        return False
    if other.dep_ == "pobj" and tok in (other.head.head, other.head.head.head):
        return False  # "killed (12 people) in a drone strike": the phrase of the trigger's own clause
    return any(c.dep_ in ("poss", "npadvmod", "nmod") and c.ent_type_ in ("DATE", "TIME") for c in other.children) \
        or any(c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in other.children)


def _context_subtype(d: Draft, triggers: frozenset[int] = frozenset()) -> None:
    """Refine a vague sub-type from the trigger's clause ("an attack with mustard gas", "rioters threw stones")."""
    context = _context_tokens(d.tok, triggers)
    lemmas = {t.lemma_.lower() for t in context if t.ent_type_ not in NAMED_TYPES}
    # (a means of crowd control names no weapon: "police used stun grenades to stop protesters from storming the
    # office" is no grenade attack; "tear gas" no chemical one; it still tells force against a crowd)
    weapons = {t.lemma_.lower() for t in context if t.ent_type_ not in NAMED_TYPES and not control_means(t)}
    if _weapons_found(d):
        d.kind = EventKind("COERCE", "weapons_seized", d.kind.pos)
        return
    killing = d.kind == EventKind("ASSAULT", "killing", d.kind.pos)  # (before a weapon word names its means)
    if d.kind.type == "ASSAULT" and d.kind.subtype in ("attack", "killing", "shooting", "bombing"):
        for words, sub in WEAPON_SUBTYPES:
            if weapons & words and sub != d.kind.subtype:
                d.kind = EventKind("ASSAULT", sub, d.kind.pos)
                break
    if d.kind.type in ("ASSAULT", "TAKEOVER") and d.kind.subtype not in EXPLOSIVE_SUBTYPES and _protesters_do(d.tok):
        # ACLED's violent demonstration: demonstrators who storm, attack, rush or take over a place
        d.kind = EventKind("PROTEST", "violent_demonstration", d.kind.pos)
        return
    # a crowd is a protest's only when force is used on it ("fired tear gas at the crowd", not "sprayed the crowd
    # with gunfire" at a concert)
    protest = lemmas & (PROTEST_WORDS - {"crowd"}) or ("crowd" in lemmas and lemmas & POLICE_FORCE_WORDS)
    if d.kind.type == "ASSAULT" and d.kind.subtype not in EXPLOSIVE_SUBTYPES and protest:
        riot = lemmas & RIOT_WORDS and not lemmas & POLICE_FORCE_WORDS
        if riot and killing:
            return  # "two people were killed after police clashed with protesters": deaths, no violence of the
            # protesters' own (what they do is read above); a killing with its toll
        d.kind = EventKind("PROTEST", "violent_demonstration", d.kind.pos) if riot else \
            EventKind("COERCE", "force_against_protest", d.kind.pos)
        return
    if d.kind.type == "ASSAULT" and d.kind.subtype in ("attack", "shooting") and d.tok.pos_ == "VERB":
        targets = [c for c in d.tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(t.lemma_.lower() in ARMED_TARGETS for o in targets for t in o.subtree):
            d.kind = EventKind("ASSAULT", "armed_clash", d.kind.pos)
    if d.kind == EventKind("COERCE", "arrest", d.kind.pos) and not any(
            frames.judged(t) for t in (d.tok, *d.tok.ancestors)) and (
            lemmas & CUSTODY_COURT_WORDS or _court_holds(d.tok, context) or _held_until(d.tok) or any(
            COURT_WORDS & set(p.text.lower().split()) for p in d.participants if p.role == "actor")):
        d.kind = EventKind("COERCE", "remand", d.kind.pos)  # a court orders them held: a step of its own
    if d.kind.subtype == "remand" and d.modality == "planned" and _ordered(d.tok):
        d.modality = "asserted"  # "were ordered detained for 30 days": the court's order is the remand, not a demand
    if d.kind.subtype == "remand" and d.modality in ("expected", "planned") and _ruled(d.tok):
        d.modality = "asserted"  # "a court ruled that the suspect will remain in custody": the ruling holds him
    if d.kind.type == "PROTEST" and d.kind.subtype == "demonstration":
        if lemmas & POLICE_FORCE_WORDS:
            d.kind = EventKind("PROTEST", "protest_with_intervention", d.kind.pos)
        elif lemmas & RIOT_WORDS:
            d.kind = EventKind("PROTEST", "violent_demonstration", d.kind.pos)


#: words of a blast's weapon or agent: with one in the sentence a blast stays a bombing
BOMB_CUES = frozenset({"bomb", "bomber", "bombing", "ied", "explosive", "device", "suicide", "grenade", "attacker",
                       "attack", "militant", "terrorist", "terror", "insurgent", "detonate", "rocket", "missile",
                       "shell", "shelling", "drone", "strike", "airstrike", "claim", "responsibility", "blame",
                       "gunman", "gunmen", "mortar", "landmine", "mine", "perpetrator", "plot"})
#: the noun of a blast ("explosion", "blast") or its verb
BLAST_WORDS = frozenset({"explosion", "blast", "explode"})
#: machines, works and stores whose blast is an accident: "an explosion in an AC", "a boiler blast", "an
#: explosion at the port", "a gas tanker exploded"
MACHINES = frozenset({"ac", "boiler", "cylinder", "transformer", "tank", "tanker", "engine", "generator", "furnace",
                      "reactor", "pipeline", "pipe", "compressor", "battery", "heater", "stove", "kiln", "plant",
                      "refinery", "warehouse", "factory", "conditioner", "chemical", "chemicals", "fuel", "port",
                      "depot", "mill", "dock", "fireworks", "fertilizer", "fertiliser", "industrial"})


def _accidental_blast(d: Draft, drafts: list[Draft]) -> None:
    """An explosion with no weapon or agent in its sentence, told beside an accident ("an explosion in an AC
    may have triggered the fire", a headline's "deadly explosion ... plane crash"), of a machine ("a boiler
    blast") or in a mine where miners work ("a methane explosion in the colliery"), is part of that accident,
    not a bombing."""
    if not _blast_read_as_attack(d) or _bomb_cue(d.tok):  # ("air_strike": a "jet" in the sentence; "chemical":
        return                                             # a chemical plant's, with no attack in the sentence)
    deps = ("compound", "amod", "nmod", "prep", "poss", *(("nsubj",) if d.tok.pos_ == "VERB" else ()))
    near = {t.lower_ for c in d.tok.children if c.dep_ in deps for t in c.subtree}  # ("a gas tanker exploded")
    if d.tok.dep_ == "nsubj":  # where the blast happened: "the explosion occurred at a chemical facility"
        near |= {t.lower_ for c in d.tok.head.children if c.dep_ == "prep" for t in c.subtree}
    caused = set(d.tok.head.subtree) if d.tok.dep_ == "nsubj" else set()  # ("was caused by a fire": its cause)
    # ("the explosion caused the partial collapse of a wall": what the blast did tells nothing of its kind)
    if near & MACHINES or _pit(d.tok) or any(x.kind.type == "DISASTER" and x.tok not in caused for x in drafts
                                             if x is not d):
        d.kind = EventKind("DISASTER", "man_made", d.kind.pos)


def _blast_read_as_attack(d: Draft) -> bool:
    """A blast word ("explosion", "blast", "exploded") typed as an attack for want of a cause."""
    return d.kind.type == "ASSAULT" and d.kind.subtype in ("bombing", "air_strike", "chemical") and \
        d.tok.lemma_.lower() in BLAST_WORDS


def _bomb_cue(tok: Token, near: Iterable[Token] | None = None) -> bool:
    """A weapon or an agent of the blast ``tok`` among ``near`` (by default its sentence): ``BOMB_CUES``, "mine"
    not in a coal mine."""
    pit = _pit(tok)
    return any((t.lemma_.lower() in BOMB_CUES or t.lower_ in BOMB_CUES) and not (pit and t.lemma_.lower() == "mine")
               for t in (tok.sent if near is None else near))


def _one_accident(drafts: list[Draft]) -> None:
    """An article that tells a blast as an accident (:func:`_accidental_blast`: "an explosion at a pesticide plant")
    and no attack (no assault told by a word of its own, "bombing", "attack", nor a blast with a weapon or an agent
    next to it, :func:`_own_bomb_cue`) tells one accident: its other blasts with no cue of their own ("The
    explosion happened at 2:48pm", "the blast shattered windows", "the company, whose plant was involved in the
    blast, has major responsibilities") are that accident's, not bombings. Read per sentence, one outlet's telling
    of a plant explosion came out as an accident in one sentence and a bombing in the next, and fusion kept the
    two kinds apart as two incidents."""
    blasts = [d for d in drafts if d.tok.lemma_.lower() in BLAST_WORDS or _blew_up(d.tok)]
    if not blasts:
        return
    told = any(d.kind.type == "DISASTER" and d.kind.subtype == "man_made" for d in blasts)
    setting = _accident_article(blasts[0].tok.doc)  # (no attack word anywhere: a blast's "explosive" is goods)
    if not told and not setting:
        return
    attacks = [d for d in blasts if _blast_read_as_attack(d) or (_blew_up(d.tok) and d.kind.type == "ASSAULT")]
    # what the blast itself did ("the blast, which struck shortly after 6 p.m.", "the explosion rocked the city")
    # is the blast told again, no attack beside it
    if not setting and any(_own_bomb_cue(d.tok) for d in attacks):
        return
    tokens = {d.tok.i for d in attacks}
    attacks += [d for d in drafts if d.kind.type == "ASSAULT" and d not in attacks and d.tok.pos_ == "VERB" and any(
        s.i in tokens for s in _blast_subjects(d.tok))]
    if any(
            d.kind.type == "ASSAULT" and d.kind.subtype not in ("killing", None) and d not in attacks
            for d in drafts):
        return
    for d in attacks:
        d.kind = EventKind("DISASTER", "man_made", d.kind.pos)


def _blew_up(tok: Token) -> bool:
    """"The material that blew up", "the warehouse blew up": a blast told by "blow up" with nothing blown up
    ("militants blew up a bridge" is their deed)."""
    return tok.lemma_.lower() == "blow" and tok.pos_ == "VERB" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in tok.children)


def _blast_subjects(verb: Token) -> list[Token]:
    """The subject of a verb, or the noun a relative clause of it hangs on ("the blast, which struck")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        return [verb.head]
    return subjects


#: words that tell a blast as an attack wherever the article gives them: an attack, its weapon, its doer, a deed
#: done on purpose ("sabotage", "deliberate"), explosives (the noun). Not the words an accident's coverage uses
#: too: "explosive" (a material: "highly explosive chemicals"), "device", "claimed" ("the blast claimed 150
#: lives"), "blame" and "responsibility" (for negligence), "detonate", "mine"
AGENT_CUES = BOMB_CUES - {"explosive", "device", "claim", "responsibility", "blame", "detonate", "mine"} | {
    "explosives", "sabotage", "saboteur", "deliberate", "deliberately", "intentional", "intentionally", "arson",
    "arsonist", "assailant"}
#: words of an accident's setting beyond ``MACHINES``: the fire crews and the stored goods of an industrial blast
ACCIDENT_SETTING = MACHINES | frozenset({"firefighter", "fireman", "firemen", "hazardous", "storage", "stockpile"})


def _accident_article(doc: Doc) -> bool:
    """An article with no word of an attack, its weapon or its doer anywhere (``AGENT_CUES``), that names an
    accident's setting (``ACCIDENT_SETTING``: a warehouse, a plant, chemicals, firefighters): its blasts are that
    accident, though no sentence puts a blast beside its plant ("A minor explosion occurred on Monday morning at
    the blast site" in a report on a warehouse fire's dead firemen and burning chemicals)."""
    # (a verb "strike" is what anything does, "the blast struck shortly after 6 p.m."; the noun names an attack)
    words = {w for t in doc if t.pos_ != "VERB" or t.lemma_.lower() != "strike" for w in (t.lemma_.lower(), t.lower_)}
    return not words & AGENT_CUES and bool(words & ACCIDENT_SETTING)


def _named_disaster(drafts: list[Draft]) -> None:
    """A disaster an article names ("Typhoon Marlo", "Hurricane Tessa") is what its name does: "Marlo struck the
    country Friday", read as an attack for want of a weapon, is the typhoon striking (its kind and sub-type). The
    name is a proper noun of the disaster's own phrase; the act is an assault of no specific kind whose subject is
    that name."""
    names: dict[str, EventKind] = {}
    for d in drafts:
        if d.kind.type != "DISASTER":
            continue
        phrase = [d.tok, *(c for c in d.tok.children if c.dep_ in ("compound", "appos", "flat"))]
        if d.tok.dep_ in ("compound", "flat"):
            phrase.append(d.tok.head)
        for t in phrase:
            if t.pos_ == "PROPN" and t.lemma_.lower() != d.tok.lemma_.lower():
                names.setdefault(t.lower_, d.kind)
    if not names:
        return
    for d in drafts:
        if d.kind.type != "ASSAULT" or d.kind.subtype not in ("attack", None) or d.tok.pos_ != "VERB":
            continue
        subject = [c for c in d.tok.children if c.dep_ == "nsubj"]
        if len(subject) == 1 and subject[0].pos_ == "PROPN" and subject[0].lower_ in names:
            kind = names[subject[0].lower_]
            d.kind = EventKind(kind.type, kind.subtype, d.kind.pos)


def _own_bomb_cue(tok: Token) -> bool:
    """A weapon or an agent told with the blast itself (``BOMB_CUES``), in its phrase or, for its subject, in its
    verb's: "a car bomb exploded", "the blast claimed by the group", "the explosion, set off by a suicide bomber"."""
    near = list(tok.subtree)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        near += [t for c in tok.head.children if c.dep_ in ("prep", "agent", "nsubj", "dobj") for t in c.subtree]
    if tok.pos_ == "VERB":
        near += [t for c in tok.children for t in c.subtree]
    return _bomb_cue(tok, near)


def _held_until(tok: Token) -> bool:
    """"detained until June 4", "held in detention until 4 June": a detention with a term, which a court sets."""
    heads = [tok, tok.head] if tok.dep_ == "pobj" else [tok]
    return any(c.dep_ == "prep" and c.lower_ in ("until", "till") and any(g.ent_type_ == "DATE" for g in c.subtree)
               for h in heads for c in h.children)


def _inherit_destination(d: Draft, history: list[Draft]) -> None:
    """"This will be X's second visit to Y. He had previously come in 2021": the trip was to Y too."""
    if d.location is not None or d.tok.pos_ != "VERB" or d.tok.lemma_.lower() not in motion.COMING_AND_GOING:
        return
    for prev in reversed(history[-6:]):
        if prev.kind.type == "CONSULT" and prev.location is not None:
            d.location = prev.location
            return


def extract_events(state: AnalysisState, at: Sequence[tuple[int, int]] | None = None) -> list[EventMention]:
    """Event mentions of one analyzed document; with ``at``, the mention built for each of these trigger spans."""
    index = args.MentionIndex(state.doc, state.mentions)
    history: list[Draft] = []
    told: list[Draft] = []  # the violent drafts of history told as news (not background): kept as it grows,
    # never re-filtered per sentence (that was quadratic in text length)
    made: list[tuple[Draft, frozenset[int]]] = []
    pending: list[Figure] = []
    before: SpacySpan | None = None
    for sent in state.doc.sents:
        drafts = _drafts_for(sent, index) if at is None else _drafts_at(sent, index, at)
        draft_tokens = frozenset(d.tok.i for d in drafts)
        # (a relative clause of another incident's deaths keeps its place: "detained suspects linked to a blast
        # last month which killed 78 in the east" -- the east is the blast's, not the arrest's)
        # (only a verb reports a toll: _is_result says so first; the relative clause is looked for on verbs alone)
        told_deaths = frozenset(t.i for t in sent if t.pos_ == "VERB" and _relative_antecedent(t) is not None
                                and _is_result(t, index))
        for d in drafts:
            (_verb_args if d.tok.pos_ == "VERB" else _noun_args)(d, index)
            _frame_roles(d, index)
            _aimed_parties(d, index)
            _attribution(d, index)
            _commanding_head(d, index)
            _place(d, index, draft_tokens | told_deaths)
            _inherit_destination(d, history)
            _context_subtype(d, draft_tokens)
        for d in drafts:
            _during(d, drafts)
            _accidental_blast(d, drafts)
        # tolls told apart from the incident (surgical, tolls helper): see _attach_casualties
        orphans = _attach_casualties(sent, drafts, told, before)
        before = sent
        # (nor a generic mention, which fusion leaves out with any toll it took: "jolted by aftershocks")
        incidents = [d for d in drafts if _holds_toll(d) and not is_background(d.tok)
                     and not _is_generic(d.tok)]
        # (a toll told before any incident is not that of a taking: "The number of deaths has risen to 16 ...
        # Relatives of those killed took officials hostage": the deaths are the accident's the article tells)
        takers = [d for d in incidents if not (d.kind.subtype or "").startswith(("abduct", "arrest"))]
        if pending and incidents:
            held = [f for f in pending if f.kind in ("arrested", "abducted")]
            incidents[0].figures.extend(held)  # ("took away 40 pupils. The abduction shocked the town")
            pending = [f for f in pending if f not in held]
            if pending and takers:
                takers[0].figures.extend(pending)
                pending = []
        pending += orphans
        # finished at the end: a later sentence may still give an earlier incident its toll; a speech verb
        # takes no date from what it reports ("said on Thursday that it had withdrawn ...": the report's date)
        made += [(d, frozenset(x.tok.i for x in drafts if x is not d and x.kind != SPEECH and not _reports(x, d)))
                 for d in drafts]
        history += drafts
        told += incidents
    _mark_parts([d for d, _ in made])
    _one_accident([d for d, _ in made])
    _named_disaster([d for d, _ in made])
    if at is None:
        _narrow_regions(state, [d for d, _ in made])
        _settings(state, [d for d, _ in made], index)
    _date_figures(state, [d for d, _ in made])
    return [_finish(state, d, n, others) for n, (d, others) in enumerate(made)]


def _date_figures(state: AnalysisState, drafts: list[Draft]) -> None:
    """Give each figure the day its own clause states (:func:`figure_day`), when that day is before the
    publication day: "In an interview on Wednesday the minister revised the toll from 118 to 109" in Thursday's
    article is Wednesday's figure, not the article's latest."""
    if not any(d.figures for d in drafts):
        return
    doc, dct = state.doc, (state.dct or "")[:10]
    days: dict[int, str] = {}
    for x in state.timexes:
        if x.value is None or not re.match(r"\d{4}-\d{2}-\d{2}", x.value) or is_dateline(doc.text, x) or \
                (x.anchor or "").startswith("timex:"):
            continue  # ("a day later" counted from another date named: too fragile to date a count by)
        span = doc.char_span(x.start, x.end, alignment_mode="expand")
        for t in span if span is not None else ():
            days[t.i] = x.value[:10]
    if not days:
        return
    for d in drafts:
        for n, f in enumerate(d.figures):
            day = figure_day(doc, f, days)
            if day is not None and (not dct or day < dct):
                d.figures[n] = replace(f, date=day)


MIN_SUM = 3  # a total this small made of parts is too often chance (one killed here, one there, two in all)


def _mark_parts(drafts: list[Draft]) -> None:
    """Figures of one kind that add up to another figure the article gives are that toll's parts: "11 killed at
    the airport", "20 died at the metro station" beside "31 killed in the attacks" (a per-site count, which
    alone would read as a rival toll of the incident). Two or three exact counts are summed; the total is an
    exact count or a lower bound of the same kind ("at least 31")."""
    figs = [f for d in drafts for f in d.figures if f.min is not None]
    parts: set[int] = set()
    for kind in {f.kind for f in figs}:
        exact = {f.start: f for f in figs if f.kind == kind and f.max == f.min and not f.partial}
        totals = {f.min for f in figs if f.kind == kind and f.min is not None and f.min >= MIN_SUM and
                  (f.max == f.min or f.max is None)}
        counts = sorted(exact.values(), key=lambda f: f.start)
        for size in (2, 3):
            for combo in itertools.combinations(counts, size):
                if sum(f.min or 0 for f in combo) in totals and all(f.min for f in combo):
                    parts.update(f.start for f in combo)
    if not parts:
        return
    for d in drafts:
        d.figures[:] = [replace(f, partial=True) if f.start in parts and f.min is not None and f.max == f.min
                        else f for f in d.figures]


@component("events", requires=("doc", "mentions", "timexes", "dct", "dct_inferred"), assigns=("events",))
class Events(Component):
    """Typed event mentions with participants, place, time, casualties and modality."""

    def __call__(self, state: AnalysisState) -> None:
        state.events = extract_events(state)
