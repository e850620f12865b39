"""The event ontology: our types and sub-types, their triggers, and the PLOVER / CASE mappings.

A type name says the kind of happening in PLOVER's vocabulary where PLOVER has
one (ASSAULT, CONSULT, RETREAT, ...), so a reader of ``type`` knows what it is.
Sub-types refine it (``ASSAULT/suicide_bombing``, ``CONSULT/visit``,
``RETREAT/resignation``). ``plover_of`` gives the PLOVER 2021 category of a
(type, subtype) pair; ``case_of`` the ACLED-style CASE 2021 sub-event type
where one exists.

Triggers are lemmas (verbs and eventive nouns). A few need context to fire
(``strike`` only as air/drone/missile strike, ``come`` only with a person
subject); those rules live in :mod:`storyline.analyze.events.mentions`.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.lexicons import speech


@dataclass(frozen=True)
class EventKind:
    """What a trigger lemma means: our type, sub-type, and the part of speech it fires for."""

    type: str
    subtype: str | None
    pos: str = "any"  # "verb" | "noun" | "any"


# type -> PLOVER category (sub-types can override below)
PLOVER = {
    "ASSAULT": "ASSAULT", "CONSULT": "CONSULT", "AGREE": "AGREE", "SUPPORT": "SUPPORT",
    "COOPERATE": "COOPERATE", "AID": "AID", "ACCUSE": "DISAPPROVE", "DISAPPROVE": "DISAPPROVE",
    "REJECT": "REJECT", "REQUEST": "DEMAND", "THREATEN": "THREATEN", "PROTEST": "PROTEST",
    "SANCTION": "SANCTION", "COERCE": "COERCE", "MOBILIZE": "MOBILIZE", "RETREAT": "RETREAT",
    "CONCEDE": "CONCEDE", "INVESTIGATE": "INVESTIGATE", "TAKEOVER": "FIGHT", "APPOINT": None,
    "DISASTER": None, "CRIME": None, "LIFE": None, "MOVE": None, "TRANSACTION": None, "BUSINESS": None,
    # CAMEO 17 "coerce" holds legal action (173: arrest, detain or charge); a suit is CAMEO 115, disapproval
    "JUSTICE": "COERCE",
    # Rich ERE Contact.Broadcast (an announcement to many); CAMEO 01 "make public statement", which PLOVER dropped
    "STATEMENT": None,
}
# organized armed fighting is PLOVER FIGHT, one-sided violence ASSAULT
PLOVER_BY_SUBTYPE = {"reduce_relations": "SANCTION",  # CAMEO 16 "reduce relations", PLOVER SANCTION
                     "armed_clash": "FIGHT", "air_strike": "FIGHT", "shelling": "FIGHT", "lawsuit": "DISAPPROVE",
                     "impeachment": "DISAPPROVE",  # a legislature's formal accusation (CAMEO 112, accuse)
                     "acquittal": None, "pardon": None, "parole": None, "case_dropped": None,
                     # a court's ruling is coercion, a concession or a rejection by what it decides (PLOVER codes
                     # "the Supreme Court decided to allow X to run" CONCEDE): no category of its own
                     "ruling": None,
                     # the steps of a case that coerce no one: a defendant's plea, a verdict before it is known to
                     # convict, bail granted, a witness's testimony, an appeal (a party's request of a court, no
                     # demand on another party)
                     "plea": None, "verdict": None, "bail": None, "testimony": None, "appeal": None,
                     # an office holder removed (RETREAT/dismissal, with the resignations): PLOVER's coders leave a
                     # dismissal uncoded, as they did when it was an APPOINT
                     "dismissal": None,
                     # a death sentence carried out (CAMEO has no code for it: its 18 is an assault's killing)
                     "execution": None}

# (type, subtype) -> CASE 2021 task 2 sub-event type (ACLED taxonomy plus DIPLO/ATTRIB/...)
CASE: dict[tuple[str, str | None], str] = {
    ("ASSAULT", "suicide_bombing"): "SUIC_BOMB", ("ASSAULT", "bombing"): "REM_EXPLOS",
    ("ASSAULT", "grenade"): "GRENADE", ("ASSAULT", "armed_clash"): "ARMED_CLASH",
    ("ASSAULT", "air_strike"): "AIR_STRIKE", ("ASSAULT", "shelling"): "ART_MISS_ATTACK",
    ("ASSAULT", "attack"): "ATTACK", ("ASSAULT", "shooting"): "ATTACK", ("ASSAULT", "killing"): "ATTACK",
    ("ASSAULT", "abduction"): "ABDUCT_DISSAP", ("ASSAULT", "sexual_violence"): "SEX_VIOL",
    ("ASSAULT", "property_destruction"): "PROPERTY_DISTRUCT", ("ASSAULT", "chemical"): "CHEM_WEAP",
    ("ASSAULT", "mob_violence"): "MOB_VIOL",
    ("COERCE", "arrest"): "ARREST", ("COERCE", "remand"): "ARREST", ("COERCE", "weapons_seized"): "DISR_WEAP",
    ("COERCE", "force_against_protest"): "FORCE_AGAINST_PROTEST",
    ("PROTEST", "demonstration"): "PEACE_PROTEST", ("PROTEST", "violent_demonstration"): "VIOL_DEMONSTR",
    ("PROTEST", "protest_with_intervention"): "PROTEST_WITH_INTER",
    ("AGREE", "agreement"): "AGREEMENT", ("AGREE", "ceasefire"): "AGREEMENT",
    ("CONSULT", "visit"): "DIPLO", ("CONSULT", "meeting"): "DIPLO", ("CONSULT", "talks"): "DIPLO",
    ("ACCUSE", "responsibility"): "ATTRIB", ("ACCUSE", "accusation"): "ATTRIB",
    ("TAKEOVER", "regain"): "GOV_REGAINS_TERIT", ("TAKEOVER", "capture"): "NON_STATE_ACTOR_OVERTAKES_TER",
    ("RETREAT", "withdrawal"): "NON_VIOL_TERRIT_TRANSFER", ("MOBILIZE", "base"): "HQ_ESTABLISHED",
    ("DISASTER", "natural"): "NATURAL_DISASTER", ("DISASTER", "man_made"): "MAN_MADE_DISASTER",
    **{("DISASTER", sub): "NATURAL_DISASTER" for sub in ("flood", "storm", "earthquake", "tsunami", "landslide",
                                                          "drought", "wildfire", "volcano")},
    ("CRIME", "organized_crime"): "ORG_CRIME", ("APPOINT", "leadership_change"): "CHANGE_TO_GROUP_ACT",
}


def _kinds(type_: str, subtype: str | None, words: str, pos: str = "any") -> dict[str, EventKind]:
    return {w: EventKind(type_, subtype, pos) for w in words.split()}


#: The ordinary event types of news that PLOVER/CAMEO leave out, after the ACE 2005 event subtypes (LDC,
#: "ACE (Automatic Content Extraction) English Annotation Guidelines for Events" v5.4.3, 2005) and their
#: Rich ERE successors (LDC, "DEFT Rich ERE Annotation Guidelines: Events" v2.x, 2015): Life, Movement,
#: Transaction, Business, Contact, Personnel, Justice. Where a type of ours already covers an ACE subtype
#: it is mapped there, not duplicated: Conflict.Attack -> ASSAULT (so Life.Die's "kill" and Justice.Execute
#: stay ASSAULT/killing, but a death sentence carried out is JUSTICE/execution: analyze/events/legal.py),
#: Conflict.Demonstrate -> PROTEST, Contact.Meet -> CONSULT/meeting, Justice.Arrest-Jail -> COERCE/arrest,
#: Justice.Release-Parole's "release" -> RETREAT/release (CAMEO 0841 "return, release person(s)", which PLOVER codes
#: RETREAT; on bail or by a court: JUSTICE/bail), Personnel.Nominate and
#: Start-Position -> APPOINT, Personnel.End-Position -> RETREAT (by the holder, "resign", "retire", "quit":
#: RETREAT/resignation; by others, "dismiss", "oust": RETREAT/dismissal), Movement.Transport of people by a state
#: ("deport", "evacuate") -> COERCE / RETREAT.
#: Triggers are the guidelines' own examples and their usual synonyms, as lemmas.
ACE_TRIGGERS: dict[str, EventKind] = {
    # Life
    **_kinds("LIFE", "birth", "birth", "noun"),
    **_kinds("LIFE", "marriage", "marry marriage wedding wed", "any"),
    **_kinds("LIFE", "divorce", "divorce", "any"),
    **_kinds("LIFE", "injury", "injure injury wound", "any"),
    **_kinds("LIFE", "death", "die death perish", "any"),
    # a funeral or burial (no ACE/Rich ERE subtype; news follows them): low value, never a section's heading
    **_kinds("LIFE", "funeral", "funeral burial", "noun"),
    # Movement.Transport
    **_kinds("MOVE", "transport", "flee escape relocate relocation airlift", "any"),
    **_kinds("MOVE", "transport", "transport", "verb"),
    # Transaction
    **_kinds("TRANSACTION", "ownership", "buy purchase acquire acquisition sell sale", "any"),
    **_kinds("TRANSACTION", "money", "payment loan ransom compensation", "noun"),
    **_kinds("TRANSACTION", "money", "pay lend compensate", "verb"),
    # Business
    **_kinds("BUSINESS", "start_org", "founding", "noun"),  # not "found": the small model lemmatizes "found" (find) so
    **_kinds("BUSINESS", "merger", "merge merger", "any"),
    **_kinds("BUSINESS", "bankruptcy", "bankruptcy insolvency", "noun"),
    **_kinds("BUSINESS", "end_org", "liquidate liquidation dissolve dissolution", "any"),
    # Contact.Phone-Write (Contact.Meet is CONSULT/meeting)
    **_kinds("CONSULT", "call", "phone telephone", "verb"),
    # Personnel
    **_kinds("APPOINT", "hire", "hire recruit", "any"),
    **_kinds("APPOINT", "election", "elect election reelect re-elect reelection re-election", "any"),
    # Personnel.End-Position is one act whoever ends the tenure: a holder dismissed, sacked or ousted leaves office
    # as one who resigns does (RETREAT: PLOVER codes an office holder's leaving power RETREAT), and outlets tell one
    # end of a tenure both ways ("resigned under pressure", "was forced out", "was ousted")
    **_kinds("RETREAT", "dismissal", "dismiss dismissal sack oust ouster", "any"),
    # a legislature charging an office holder ("parliament voted to impeach the president", "was impeached by the
    # assembly"): a formal accusation that a court or a second chamber then tries, after which the holder may be
    # removed; the removal is the dismissal ("removed from office"), the impeachment a legal step (JUSTICE)
    **_kinds("JUSTICE", "impeachment", "impeach impeachment", "any"),
    **_kinds("RETREAT", "resignation", "retire retirement quit", "any"),
    # Contact.Broadcast: public announcements
    **_kinds("STATEMENT", "broadcast", "announce announcement statement declare declaration", "any"),
    # the act of saying ("police said", "she told reporters", "the agency reported", "the army confirmed"): Contact
    # in Rich ERE, an event of its own in event coreference corpora (ECB+, MEANTIME). Its content is a claim's; the
    # mention is who spoke when, and never the event a sentence tells (mentions.SPEECH: no depth, and no date taken
    # from the event it reports: "On May 2 the army confirmed the deaths in a clash" still dates the clash)
    **_kinds("STATEMENT", "speech", "say tell report confirm", "verb"),
    # said on a social network ("the minister tweeted about the shooting"): a telling like any other
    **{w: EventKind("STATEMENT", "speech", "verb") for w in speech.POSTING_VERBS},
    # Movement.Transport by the people of the story (walking and climbing with a person subject: senses.py)
    **_kinds("MOVE", "transport", "chase pursue pursuit patrol", "any"),
    # Justice
    **_kinds("ACCUSE", "suspicion", "suspicion", "noun"),  # "arrested on suspicion of": what the arrest alleges
    **_kinds("JUSTICE", "trial", "trial arraign arraignment prosecute prosecution", "any"),
    **_kinds("JUSTICE", "trial", "retrial mistrial", "noun"),  # a trial again, or one that ended with no verdict
    **_kinds("JUSTICE", "charge", "charge indict indictment", "any"),
    **_kinds("JUSTICE", "lawsuit", "sue lawsuit", "any"),
    **_kinds("JUSTICE", "conviction", "convict conviction", "any"),
    **_kinds("JUSTICE", "sentence", "sentence", "any"),
    **_kinds("JUSTICE", "fine", "fine", "verb"),
    **_kinds("JUSTICE", "extradition", "extradite extradition", "any"),
    **_kinds("JUSTICE", "acquittal", "acquit acquittal", "any"),
    **_kinds("JUSTICE", "pardon", "pardon amnesty", "any"),
    **_kinds("JUSTICE", "parole", "parole", "any"),
    **_kinds("COERCE", "arrest", "apprehend apprehension nab", "any"),  # Justice.Arrest-Jail
    # a court ordering someone held ("was remanded in custody"): the step after the arrest (Justice.Arrest-Jail)
    **_kinds("COERCE", "remand", "remand", "verb"),
    # crimes a court or the police charge (ACE has the justice steps, not the offences; the offences of penal
    # codes that news reports most: theft, fraud, killing, traffic offences; "drunk driving" in senses.py)
    **_kinds("CRIME", "theft", "theft robbery burglary steal rob burgle shoplift shoplifting embezzle "
             "embezzlement", "any"),
    **_kinds("CRIME", "fraud", "fraud bribery extortion extort", "any"),
    **_kinds("CRIME", "piracy", "piracy", "noun"),
    **_kinds("CRIME", "traffic_offence", "dui dwi", "noun"),
    **_kinds("ASSAULT", "abduction", "hijack hijacking", "any"),
    **_kinds("ASSAULT", "killing", "manslaughter homicide", "noun"),
    # accidents (ACE has none; the disasters of news with fires and crashes)
    **_kinds("DISASTER", "man_made", "accident", "noun"),
    **_kinds("DISASTER", "man_made", "derail capsize", "verb"),
    **_kinds("DISASTER", "man_made", "crash", "any"),  # "the crash of the jet" too (a verb-only entry hid the noun's)
}

#: nouns that name no event under these heads (the head's lemma): "in charge of", "took charge", "on sale"
IDIOM_HEADS = {"charge": frozenset({"in", "take"}), "sale": frozenset({"on", "for"})}

#: types that tell what became of people or who holds a post rather than an incident an analyst follows:
#: every mention is kept and fused, but a briefing should not headline them on their own (a death told
#: beside the attack that caused it, "was born in", "was hired in 2010" in a background sentence)
LOW_VALUE_TYPES = frozenset({"LIFE", "MOVE", "STATEMENT"})
#: (type, sub-type) pairs of the same standing inside otherwise valuable types
LOW_VALUE_SUBTYPES = frozenset({("ACCUSE", "suspicion"), ("CONSULT", "call"),
                                ("APPOINT", "hire"), ("TRANSACTION", "money"),
                                ("TRANSACTION", "ownership")})


def low_value(type_: str, subtype: str | None) -> bool:
    """A type or sub-type a briefing should not headline on its own (see ``LOW_VALUE_TYPES``)."""
    return type_ in LOW_VALUE_TYPES or (type_, subtype) in LOW_VALUE_SUBTYPES


#: trigger lemma -> kind. Lemmas as spaCy gives them (lower case).
TRIGGERS: dict[str, EventKind] = {
    **_kinds("ASSAULT", "attack", "attack assault raid ambush offensive strike violence", "any"),
    **_kinds("ASSAULT", "bombing", "bomb bombing blast explosion explode detonate detonation ied", "any"),
    **_kinds("ASSAULT", "grenade", "grenade", "noun"),
    **_kinds("ASSAULT", "shooting", "shoot shooting gunfire stab stabbing", "any"),
    **_kinds("ASSAULT", "killing", "kill killing murder massacre slay assassinate assassination behead "
             "execute lynch", "any"),
    **_kinds("ASSAULT", "armed_clash", "clash fight fighting battle firefight skirmish gunbattle "
             "encounter", "any"),
    **_kinds("ASSAULT", "air_strike", "airstrike bombard bombardment", "any"),
    **_kinds("ASSAULT", "shelling", "shell shelling mortar", "any"),
    **_kinds("ASSAULT", "abduction", "abduct abduction kidnap kidnapping hostage", "any"),
    **_kinds("ASSAULT", "sexual_violence", "rape", "any"),
    **_kinds("ASSAULT", "property_destruction", "torch vandalize vandalise arson loot", "any"),
    **_kinds("ASSAULT", "attack", "siege", "noun"),  # "the school siege", "laid siege to the town"
    **_kinds("CONSULT", "visit", "visit trip tour travel", "any"),
    **_kinds("CONSULT", "visit", "arrive arrival", "any"),
    **_kinds("CONSULT", "meeting", "meet meeting summit host", "any"),
    **_kinds("CONSULT", "talks", "talk talks negotiate negotiation consult consultation discuss "
             "discussion mediate mediation dialogue dialog", "any"),
    **_kinds("AGREE", "agreement", "agree agreement pact treaty sign", "any"),
    **_kinds("AGREE", "agreement", "accord deal", "noun"),
    **_kinds("AGREE", "ceasefire", "ceasefire truce", "any"),
    **_kinds("AGREE", "promise", "promise pledge vow assure assurance offer", "any"),
    **_kinds("SUPPORT", "support", "support endorse praise welcome congratulate commend defend", "any"),
    **_kinds("COOPERATE", None, "cooperate cooperation collaborate", "any"),
    **_kinds("AID", None, "aid donate donation assist assistance", "any"),
    **_kinds("ACCUSE", "accusation", "accuse accusation blame allege allegation", "any"),
    **_kinds("ACCUSE", "responsibility", "responsibility", "noun"),
    **_kinds("DISAPPROVE", None, "criticize criticise criticism condemn condemnation denounce", "any"),
    # disapproval shouted at someone ("the minister was heckled by residents", "fans booed the anthem"; CAMEO 11)
    **_kinds("DISAPPROVE", None, "heckle jeer boo", "verb"),
    # an apology (CAMEO 055, PLOVER CONCEDE: a party owning a wrong): "prompting him to apologise"
    **_kinds("CONCEDE", None, "apologize apologise", "any"),  # ("any": the model reads "to apologise" a noun)
    **_kinds("REJECT", None, "reject rejection refuse refusal deny denial veto", "any"),
    # refusing to allow what was asked ("the speaker disallowed the motion", "disallowed voting on it"; CAMEO 12)
    **_kinds("REJECT", None, "disallow", "verb"),
    **_kinds("REQUEST", None, "request demand urge appeal", "any"),
    **_kinds("THREATEN", None, "threaten threat warn warning ultimatum", "any"),
    **_kinds("PROTEST", "demonstration", "protest demonstration demonstrate rally march sit-in "
             "boycott", "any"),
    **_kinds("PROTEST", "violent_demonstration", "riot", "any"),
    # a people rising against its rulers (CAMEO 14 protest at its largest; no parent: the uprising of a past
    # decade is not this week's demonstration)
    **_kinds("PROTEST", "uprising", "uprising revolt rebellion insurrection", "noun"),
    **_kinds("SANCTION", None, "sanction embargo", "any"),
    **_kinds("SANCTION", "expulsion", "expel expulsion", "any"),  # named so in a heading, not "Sanctions"
    **_kinds("COERCE", "arrest", "arrest detain detention imprison jail", "any"),
    **_kinds("COERCE", "arrest", "apprehend", "verb"),
    **_kinds("COERCE", "crackdown", "crackdown deport deportation", "any"),
    # a curfew in force ("the curfew remains until Sunday"): the measure a state imposed (CAMEO 1723); its imposing
    # verb, when told, is the act (frames.py), the noun then no event of its own
    **_kinds("COERCE", "curfew", "curfew", "noun"),
    **_kinds("COERCE", "weapons_seized", "defuse", "any"),
    **_kinds("COERCE", "weapons_seized", "recover confiscate", "verb"),
    # hostages, captives or prisoners set free, by their captors or by a rescue (ACE Justice.Release-Parole's sense;
    # CAMEO 0841 "return, release person(s)": PLOVER RETREAT, a party giving up what it held, not a concession)
    **_kinds("RETREAT", "release", "free", "verb"),
    **_kinds("RETREAT", "release", "rescue", "any"),
    **_kinds("MOBILIZE", None, "deploy deployment mobilize mobilise mobilization", "any"),
    **_kinds("RETREAT", "resignation", "resign resignation", "any"),
    **_kinds("RETREAT", "withdrawal", "withdraw withdrawal pullout evacuate evacuation", "any"),
    # PLOVER RETREAT: halting talks or relations ("suspended the talks")
    **_kinds("RETREAT", "suspension", "suspend suspension", "any"),
    **_kinds("CONCEDE", None, "concede surrender", "any"),
    **_kinds("RETREAT", "release", "release", "any"),
    # taking back what one said or decreed ("retracted his apology", "the order, which he retracted hours later"):
    # a party backing down from its own position (PLOVER RETREAT), never a troops' withdrawal
    **_kinds("RETREAT", "retraction", "retract retraction", "any"),
    **_kinds("INVESTIGATE", None, "investigate investigation probe inquiry", "any"),
    # questioning by investigators ("began interrogating the suspects", "started interrogation of three officials")
    **_kinds("INVESTIGATE", None, "interrogate interrogation", "any"),
    **_kinds("TAKEOVER", "capture", "overrun seize", "verb"),
    # (one entry: a second "capture" for nouns had replaced the verb's, so "rebels captured the town" was no event)
    **_kinds("TAKEOVER", "capture", "capture", "any"),
    **_kinds("TAKEOVER", "capture", "takeover", "noun"),
    **_kinds("TAKEOVER", "regain", "regain recapture retake", "any"),
    **_kinds("TAKEOVER", "coup", "coup putsch", "noun"),  # the army seizing power
    **_kinds("APPOINT", "appointment", "appoint appointment nominate nomination", "any"),
    # natural hazards by kind (a flood is not an earthquake; a storm and the flood it brings may be one disaster)
    **_kinds("DISASTER", "flood", "flood flooding deluge inundation", "any"),
    **_kinds("DISASTER", "storm", "cyclone hurricane typhoon tornado", "any"),
    **_kinds("DISASTER", "storm", "storm", "noun"),
    **_kinds("DISASTER", "earthquake", "earthquake quake tremor aftershock", "any"),
    **_kinds("DISASTER", "tsunami", "tsunami", "any"),
    **_kinds("DISASTER", "landslide", "landslide mudslide avalanche", "any"),
    **_kinds("DISASTER", "drought", "drought famine", "any"),
    **_kinds("DISASTER", "wildfire", "wildfire bushfire", "any"),
    **_kinds("DISASTER", "volcano", "eruption", "noun"),
    **_kinds("ASSAULT", "attack", "storm", "verb"),  # "gunmen stormed the police station"
    **_kinds("DISASTER", "man_made", "fire blaze collapse crash derailment stampede crush leak spill", "noun"),
    **_kinds("CRIME", "organized_crime", "smuggle smuggling trafficking traffick", "any"),
    **ACE_TRIGGERS,
}

#: verb + particle phrases ("blow up", "step down", "pull out", "take over")
PHRASAL: dict[tuple[str, str], EventKind] = {
    ("blow", "up"): EventKind("ASSAULT", "bombing", "verb"),
    ("step", "down"): EventKind("RETREAT", "resignation", "verb"),
    ("pull", "out"): EventKind("RETREAT", "withdrawal", "verb"),
    ("take", "over"): EventKind("TAKEOVER", "capture", "verb"),
    ("open", "fire"): EventKind("ASSAULT", "shooting", "verb"),
    ("call", "for"): EventKind("REQUEST", None, "verb"),
    ("call", "on"): EventKind("REQUEST", None, "verb"),
    ("swear", "in"): EventKind("APPOINT", "appointment", "verb"),
}

#: a compound or adjective modifier that refines the sub-type of an ASSAULT noun
MODIFIER_SUBTYPE = {
    "suicide": "suicide_bombing", "gun": "armed_clash", "air": "air_strike", "drone": "air_strike",
    "aerial": "air_strike", "missile": "shelling", "rocket": "shelling", "artillery": "shelling",
    "mortar": "shelling", "grenade": "grenade", "chemical": "chemical", "gas": "chemical",
    "roadside": "bombing", "car": "bombing", "bomb": "bombing", "mob": "mob_violence",
    "peace": None,
}

#: modifiers that change the type of a trigger ("peace talks" stays talks; "hunger strike" is a protest)
MODIFIER_KIND = {
    ("strike", "hunger"): EventKind("PROTEST", "demonstration"),
    ("strike", "general"): EventKind("PROTEST", "demonstration"),
    ("strike", "labor"): EventKind("PROTEST", "demonstration"),
    ("strike", "labour"): EventKind("PROTEST", "demonstration"),
    ("fire", "gun"): EventKind("ASSAULT", "shooting"),
    # a gas explosion is an accident (a gas attack is a chemical one, see MODIFIER_SUBTYPE)
    ("explosion", "gas"): EventKind("DISASTER", "man_made"),
    ("blast", "gas"): EventKind("DISASTER", "man_made"),
    ("fire", "open"): EventKind("ASSAULT", "shooting"),
    # a conference called to tell the press something is a statement to many (Rich ERE Contact.Broadcast)
    ("conference", "news"): EventKind("STATEMENT", "broadcast", "noun"),
    ("conference", "press"): EventKind("STATEMENT", "broadcast", "noun"),
}

#: words whose noun names another event than their verb: "Storm Orla" is weather, "stormed the station" an
#: attack (a bare "the storm" stays no trigger: taking it in moved a flood's date to the storm's arrival)
NOUN_TRIGGERS = {"storm": EventKind("DISASTER", "storm", "noun")}

#: nouns that only denote an event when something points at it (too vague alone)
WEAK_NOUNS = frozenset({"strike", "fire", "deal", "offer", "support", "release", "threat", "march",
                        "encounter", "tour", "sign", "probe", "leak", "storm", "crash", "collapse", "crush",
                        "violence", "aid", "warning", "appeal", "demand", "request", "talk", "host", "charge",
                        "sale", "trial", "sentence"})

#: types that can be merged with each other when sub-types differ (one real-world event told two ways)
COMPATIBLE_SUBTYPES = {
    "ASSAULT": {"attack", "bombing", "suicide_bombing", "grenade", "shooting", "killing", "armed_clash",
                "air_strike", "shelling", "chemical", None},
    "CONSULT": {"visit", "meeting", "talks", None},
}
#: the sub-type hierarchy: a suicide bombing is a bombing is an attack
PARENT = {
    ("ASSAULT", "suicide_bombing"): "bombing", ("ASSAULT", "grenade"): "bombing",
    ("ASSAULT", "bombing"): "attack", ("ASSAULT", "shooting"): "attack", ("ASSAULT", "armed_clash"): "attack",
    ("ASSAULT", "air_strike"): "attack", ("ASSAULT", "shelling"): "attack", ("ASSAULT", "chemical"): "attack",
    ("ASSAULT", "killing"): "attack",
    # a visit holds meetings and talks; the incident an analyst names is the visit, so it ranks deepest
    ("CONSULT", "visit"): "meeting", ("CONSULT", "meeting"): "talks",
    # a riot or a protest broken up by force is still the protest
    ("PROTEST", "violent_demonstration"): "demonstration", ("PROTEST", "protest_with_intervention"): "demonstration",
    **{("DISASTER", sub): "natural" for sub in ("flood", "storm", "earthquake", "tsunami", "landslide", "drought",
                                                "wildfire", "volcano")},
    # a verdict is a conviction or an acquittal: "the jury's verdict" and "found guilty" may tell one act
    ("JUSTICE", "conviction"): "verdict", ("JUSTICE", "acquittal"): "verdict",
    # a coup is a capture, of the state's power: outlets tell one coup as "the coup", "seized power", "the military
    # takeover" (read as captures), and the two kinds had stayed apart as two takeovers
    ("TAKEOVER", "coup"): "capture",
}
#: sub-types that only say what happened to people, not how: compatible with any sub-type of their type
RESULT_SUBTYPES = frozenset({"attack", "killing"})
#: disaster sub-types that may be what any hazard did (a dam or a building collapses in a flood or a quake)
DISASTER_RESULTS = frozenset({"natural", "man_made", None})
#: hazards of one origin may be one disaster (a storm's rain floods a valley and sets off landslides); across
#: origins (a flood and an earthquake) they are two
HAZARD = {"flood": "weather", "storm": "weather", "landslide": "weather", "earthquake": "seismic",
          "tsunami": "seismic", "volcano": "seismic", "drought": "drought", "wildfire": "fire",
          "epidemic": "disease"}  # (an outbreak of disease: mentions.EPIDEMIC)
#: the steps a court takes at one sitting: the charges read out (ACE Justice.Charge-Indict), the case heard
#: (Trial-Hearing) and the accused ordered held (our COERCE/remand, the custody a court orders). Outlets tell one
#: sitting by any of them ("charged four men with terrorism", "remanded them in custody until May", "ordered them held
#: in pre-trial detention"), as acts of two types that never fuse otherwise: one court on one day doing them to the
#: same people took one judicial step (fuse/events.py :func:`~storyline.fuse.events.court_sittings`). A conviction, a
#: sentence or an acquittal ends a trial on a day of its own, and an arrest is the police's: neither is in it. Nor is
#: a plea or bail granted (analyze/events/legal.py): news recalls them as a standing state ("X has pleaded not
#: guilty", "is free on bail") in the report of a later sitting, which they would join by the accused alone; bail
#: refused or revoked is a remand, and in it.
COURT_STEPS = frozenset({("JUSTICE", "charge"), ("JUSTICE", "trial"), ("JUSTICE", "ruling"), ("COERCE", "remand")})
#: ways of fighting: siblings in one group may tell one incident two ways (a gun attack with explosions);
#: across groups (a bombing and a gun battle) they are two incidents
MODE = {"bombing": "one-sided", "suicide_bombing": "one-sided", "grenade": "one-sided", "shooting": "one-sided",
        "chemical": "one-sided", "armed_clash": "clash", "air_strike": "remote", "shelling": "remote"}


def ancestors(type_: str, subtype: str | None) -> list[str]:
    """The sub-types above ``subtype`` in the hierarchy, nearest first."""
    out = []
    cur = PARENT.get((type_, subtype)) if subtype else None
    while cur is not None and cur not in out:
        out.append(cur)
        cur = PARENT.get((type_, cur))
    return out


def specificity(type_: str, subtype: str | None) -> int:
    """Depth in the hierarchy: attack 1, bombing 2, suicide bombing 3 (0 for no sub-type)."""
    return 0 if subtype is None else 1 + len(ancestors(type_, subtype))


#: sub-types that are no instance of their bare type: a travel advisory warns a state's own citizens, it is
#: no threat against another party ("continue to threaten our sovereignty", "threatened to expel")
UNLIKE_THEIR_TYPE = frozenset({("THREATEN", "advisory")})


def related(type_: str, a: str | None, b: str | None) -> bool:
    """One sub-type is the other or an instance of it (a suicide bombing and a bombing)."""
    if a != b and ((type_, a) in UNLIKE_THEIR_TYPE or (type_, b) in UNLIKE_THEIR_TYPE):
        return False
    return a == b or a is None or b is None or a in ancestors(type_, b) or b in ancestors(type_, a)


def plover_of(type_: str, subtype: str | None) -> str | None:
    """PLOVER 2021 category of one of our (type, subtype) pairs."""
    if subtype in PLOVER_BY_SUBTYPE:
        return PLOVER_BY_SUBTYPE[subtype]
    return PLOVER.get(type_)


def case_of(type_: str, subtype: str | None) -> str | None:
    """CASE 2021 sub-event type of one of our (type, subtype) pairs, or None where none fits."""
    return CASE.get((type_, subtype))


def subtypes_compatible(type_: str, a: str | None, b: str | None) -> bool:
    """Can two mentions of ``type_`` with these sub-types be one incident?

    When one is an instance of the other (or says only that people were
    attacked or killed), or, for violence, when both are ways of the same mode
    (a shooting and a bombing in one assault); never across modes (a bombing is
    not an air strike or a gun battle).
    """
    if related(type_, a, b):
        return True
    if type_ == "DISASTER":
        return a in DISASTER_RESULTS or b in DISASTER_RESULTS or HAZARD.get(a or "") == HAZARD.get(b or "")
    if type_ == "ASSAULT" and (a in RESULT_SUBTYPES or b in RESULT_SUBTYPES):
        return True  # "the siege" or "killed" of a hostage-taking ("took 100 hostages at the start of the siege")
    group = COMPATIBLE_SUBTYPES.get(type_)
    if group is None or a not in group or b not in group:
        return False
    if type_ != "ASSAULT":
        return True
    return MODE.get(a or "") == MODE.get(b or "") is not None


def uninflected(word: str) -> tuple[str, ...]:
    """What a word left inflected may be the lemma of, likeliest first: "kills" -> "kill", "fired" -> "fire",
    "fir", "attacked" -> "attack", "kidnapped" -> "kidnap", "carries"/"carried" -> "carry", "passes" -> "pass".
    spaCy keeps the form of the words it tags as proper nouns (a title-case headline's "Kills") as their lemma."""
    out: list[str] = []
    if word.endswith("ed"):
        out += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            out.append(word[:-3])  # "kidnapped" -> "kidnap"
        if word.endswith("ied"):
            out.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
        if word.endswith("es"):
            out.append(word[:-2])
        if word.endswith("ies"):
            out.append(word[:-3] + "y")
    return tuple(out)

