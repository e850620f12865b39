"""Words that tell an event took place, and event nouns whose plural still names one event.

:data:`OCCURRENCE_VERBS` (and, for acts of law, :data:`LAW_VERBS`) are the verbs an event noun is the subject or
object of when the sentence tells that it happened ("the attack took place on Monday", "the blast rocked the
market", "staged a raid at dawn", "imposed a curfew on Friday"): their date is the event's (events).
:data:`PLURALIA` are heads whose plural without a determiner is still one event ("peace talks", "faces
charges", "floods hit the valley"; events).
Words of accidents and rescues: :data:`PART_NOUNS` name a part of a structure that fails ("a section of the
mine collapsed"; events), :data:`COLLAPSE_NOUNS` the hyphened nouns of a collapse ("the cave-in killed 16";
events), :data:`RETRIEVED` who or what rescuers pull out of the ruins ("pulled out two more bodies": no
withdrawal; events; :data:`BODIES` the dead among them), :data:`RELIEF_VERBS` what a rescue effort is waged
to do ("battled overnight to free them": no clash; events), :data:`RESCUERS`, :data:`RELIEF_MODIFIERS`,
:data:`EFFORT_HEADS`, :data:`EVACUATION_HEADS` name rescue work and evacuations as acts of their own ("the rescue
operation", "firefighters searched the tower", "evacuation flights": events), :data:`HEDGES` make a death only
likely ("feared trapped and likely dead"; casualties). General English news usage; nothing here is about a story.
"""

from __future__ import annotations

from storyline.lexicons.violence import CARRY_OUT_VERBS

#: verbs that tell that an event noun happened: their date is the event's
OCCURRENCE_VERBS = CARRY_OUT_VERBS | frozenset({
    "occur", "happen", "take", "hit", "strike", "rock", "rip", "tear", "kill", "wound", "injure", "leave",
    "target", "detonate", "explode", "come", "be", "begin",
    "start", "end", "pay", "hold", "make", "commit", "perpetrate", "execute", "unfold", "erupt", "break",
    "go", "shake", "destroy", "damage", "trigger", "set", "die", "lose", "blow", "witness", "suffer",
    "experience", "open", "meet",  # "meet": "the train met with an accident today"
    # what a measure is done by ("imposed a curfew on Monday", "introduced sanctions on X on Friday")
    "impose", "slap", "introduce", "declare", "enforce",
    # what a flood, a fire or a storm does ("a fire engulfed the factory early on Sunday")
    "sweep", "engulf", "ravage", "batter", "lash", "pound", "flatten", "devastate", "swamp", "inundate",
    "submerge", "gut", "raze", "consume", "slam", "pummel", "wreck",
    # what befalls the victims in it ("was assassinated four years ago in a drone attack", "shot dead in a raid")
    "assassinate", "murder", "slay", "shoot", "hurt", "maim"})

#: verbs a court, a prosecutor or a plaintiff does an act of law by, its noun their object ("filed charges last
#: month", "brought a lawsuit on Friday", "handed down the sentence on Tuesday", "returned an indictment", "issued a
#: warrant on Monday", "filed the charges in an indictment"): their date is the act's, as for OCCURRENCE_VERBS, but
#: only of the noun they act on ("issued a statement on Monday about the attack" does not date the attack)
LAW_VERBS = frozenset({"file", "bring", "press", "lodge", "hand", "deliver", "return", "issue"})

#: heads whose plural-without-determiner reading is still one event ("peace talks", "faces charges")
PLURALIA = frozenset({"talks", "negotiations", "consultations", "hostilities", "discussions", "floods", "charges",
                      "floodwaters", "inundations", "sanctions"})

#: what a failing structure's part is called ("a section of the mine collapsed", "part of the roof caved in")
PART_NOUNS = frozenset({"section", "part", "portion", "side", "segment", "stretch", "half"})

#: hyphened nouns of a structure's collapse ("the cave-in killed 16", "a roof fall-in at the pit")
COLLAPSE_NOUNS = frozenset({"cave-in", "fall-in"})

#: what is left of the dead: bodies cannot act, so "nine bodies pulled out" (a headline) is told of them
BODIES = frozenset({"body", "corpse", "remains", "dead"})

#: who or what rescuers pull out of ruins, water or a pit: bodies and the living ("pulled out two more bodies")
RETRIEVED = BODIES | frozenset({"survivor", "victim", "casualty", "miner", "worker", "people", "person", "child",
                                "passenger", "labourer", "laborer"})

#: what rescuers battle or fight to do ("battled overnight to free them", "fought to save the boy"): an effort
RELIEF_VERBS = frozenset({"rescue", "save", "free", "reach", "find", "locate", "extricate", "evacuate", "recover",
                          "revive", "contain", "extinguish", "douse", "restore"})

#: people whose work is saving others after a disaster: their search of a place is a rescue ("firefighters searched
#: the tower overnight", "divers searched the wreck"), no search with force
RESCUERS = frozenset({"rescuer", "firefighter", "fireman", "firemen", "diver", "searcher", "volunteer", "lifeguard",
                      "coastguard", "paramedic", "medic", "responder"})

#: modifiers of a relief effort named by its work ("the rescue operation", "search-and-recovery efforts", "the
#: relief mission"): saving people after a disaster (PLOVER AID), not armed force
RELIEF_MODIFIERS = frozenset({"rescue", "recovery", "relief", "salvage"})
#: heads of such an effort ("operation", "effort", "mission", "work")
EFFORT_HEADS = frozenset({"operation", "effort", "mission", "work", "drive", "campaign"})
#: an evacuation's effort or means ("evacuation flights", "the evacuation effort", "the evacuation operation")
EVACUATION_HEADS = EFFORT_HEADS | frozenset({"flight", "airlift", "convoy", "plane", "bus", "ship"})

#: adverbs that make a state only likely ("likely dead", "probably dead")
HEDGES = frozenset({"likely", "probably", "possibly", "presumably"})

#: verbs that tell a series going on rather than what happened on one day ("attacks continued on Monday",
#: "clashes persisted overnight", "raids resumed on Friday"): a plural subject of theirs is no one day's set
#: (events); "go on" and "carry on" with their particle
CONTINUATION_VERBS = frozenset({"continue", "persist", "resume", "recur", "linger", "drag", "keep", "go", "carry"})
