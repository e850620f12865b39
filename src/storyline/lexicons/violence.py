"""Nouns news uses for organized violence that runs beyond one incident.

``CAMPAIGN_NOUNS``: a sustained armed campaign ("the long offensive in the hills", "the army's
intervention in the north", "the war", "the insurgency"). A campaign runs for weeks or years and holds many
incidents, so a report that tells an incident beside one ("the raid came amid the army's offensive in the north")
tells two things: the campaign is never the raid named again.

``EPISODE_NOUNS``: an episode that a compound names by its act ("the hostage crisis", "the hostage-taking").
``FORCE_OPERATION_MODIFIERS``: what makes an "operation" armed force ("a military operation", "the security
operation"). ``CONDUCT_VERBS``, ``STRIKE_TARGETS``: the verbs that carry out an armed act and what a strike from
afar hits ("conducted strikes on militia camps"); ``DOER_CLAUSE_VERBS``: the verbs of a clause on an act that
name who did it ("the attack carried out by X", "blamed on Y"). ``ARMS_NOUNS``: nouns of armed force, whose
country modifier is its owner ("a Norwegian drone"). ``END_VERBS``: an episode's end. ``HOSPITALS``,
``MORGUES``: where the injured and the dead are taken and counted ("the bodies at one morgue"): a count there
is one site's. ``FOREIGN_VICTIMS``: the words that count the foreigners among the victims ("the number of
foreigners killed has risen to 40", "40 foreign nationals died"): a part of a toll. ``DEATH_TRIGGERS``: event words
that tell a death by their meaning ("assassinated", "the killing of"), and the words around one that make it an
attempt ("attempted murder", "an assassination attempt"): a named victim killed is a death toll of one.
``TAKING_WORDS``: the words of taking someone or something into a state's custody (an arrest of people, a seizure of
a ship: "detained a tanker", "the ship's seizure"). General English news usage, no story's words.
"""

from __future__ import annotations

#: lemmas of taking into custody: an arrest when people are taken, a seizure when a ship is (see senses._vessel_taken)
TAKING_WORDS = frozenset({"detain", "detention", "arrest", "confiscate", "confiscation", "impound", "impoundment",
                          "seize", "seizure"})

#: nouns of a sustained armed campaign (singular and plural forms as written)
CAMPAIGN_NOUNS = frozenset({
    "offensive", "offensives", "counteroffensive", "counteroffensives", "counter-offensive", "counter-offensives",
    "campaign", "campaigns", "intervention", "interventions", "war", "wars", "insurgency", "insurgencies",
})

#: words that tell only that something blew up, not how it was brought there: a bomb's blast and a missile's are
#: both "the explosion" ("two herders died in an explosion" and "a rocket strike killed two herders" may be one)
EXPLOSION_WORDS = frozenset({"explosion", "explosions", "blast", "blasts", "explode", "exploded", "explodes",
                             "exploding", "detonation", "detonations"})

#: nouns of an episode that a compound names by its act ("the hostage crisis", "the hostage-taking", "a four-day
#: hostage standoff"): the episode is that act, told as one incident
EPISODE_NOUNS = frozenset({"crisis", "situation", "standoff", "stand-off", "drama", "ordeal", "taking"})

#: modifiers that make an "operation" the use of armed force ("a military operation", "the security operation",
#: "a counter-terrorism operation"), not a surgery, a business or a relief effort
FORCE_OPERATION_MODIFIERS = frozenset({
    "military", "security", "army", "police", "commando", "counterterrorism", "counter-terrorism", "antiterrorist",
    "anti-terrorist", "anti-terror", "counterinsurgency", "counter-insurgency", "ground",
})

#: verbs of carrying out an act ("launched an attack", "carried out strikes", "staged a raid")
CARRY_OUT_VERBS = frozenset({"launch", "carry", "conduct", "mount", "stage"})

#: verbs that carry out an armed act ("launched an operation", "carried out strikes", "ordered strikes")
CONDUCT_VERBS = CARRY_OUT_VERBS | frozenset({"begin", "start", "order"})

#: verbs of a clause on an act that name who did it or is held to have done it ("the attack carried out by X",
#: "the bombing claimed by Y", "a raid blamed on Z", "a group linked to the attack")
DOER_CLAUSE_VERBS = CARRY_OUT_VERBS | frozenset({
    "perpetrate", "claim", "commit", "orchestrate", "plan", "execute", "associate", "link", "attribute", "blame",
    "sponsor"})

#: nouns of armed force whose country modifier is its owner ("a US drone", "Norwegian jets", "the Dutch army")
ARMS_NOUNS = frozenset({"drone", "missile", "rocket", "strike", "airstrike", "jet", "warplane", "aircraft",
                        "helicopter", "artillery", "shell", "shelling", "force", "troop", "soldier", "army",
                        "military", "navy", "bomber", "fighter", "raid", "bombardment", "air", "special",
                        # where a force is kept and who serves in it ("a raid on a Norwegian outpost in X")
                        "base", "bases", "airbase", "outpost", "garrison", "personnel", "serviceman",
                        "servicemember", "warship", "convoy"})  # ("bases": the model's lemma of it is "basis")

#: what a strike from afar hits ("strikes on targets", "strikes on militia camps")
STRIKE_TARGETS = frozenset({"target", "position", "facility", "site", "camp", "depot", "stronghold", "hideout",
                            "installation", "infrastructure"})

#: verbs of an episode's end: "after" on them names how it ended ("the siege ended after police raided the building")
END_VERBS = frozenset({"end", "conclude", "finish"})

#: what a person admitted for injuries is admitted to ("admitted to hospital", "at one clinic")
HOSPITALS = frozenset({"hospital", "clinic", "infirmary", "icu"})

#: heads of a victim group that counts only the foreigners among the dead or hurt ("40 foreigners", "11 foreign
#: nationals", "the number of expatriates killed"); "nationals" and "citizens" count foreigners only with a modifier
#: ("Indian nationals": see casualties._foreign_part)
FOREIGN_VICTIMS = frozenset({"foreigner", "foreigners", "expatriate", "expatriates", "expat", "expats"})
#: heads that count a country's people ("11 Indian nationals", "three British citizens"), foreigners where the
#: incident is elsewhere; with "foreign" they are foreigners anywhere
NATIONALS = frozenset({"national", "nationals", "citizen", "citizens"})

#: event trigger words that tell a death by their own meaning ("killed", "assassinated", "murdered", "slain")
DEATH_TRIGGERS = frozenset({"kill", "killed", "killing", "kills", "assassinate", "assassinated", "assassination",
                            "assassinating", "murder", "murdered", "murdering", "slay", "slain", "slew", "behead",
                            "beheaded", "beheading"})
#: verbs that tell a death with "dead" after them ("shot dead", "beaten dead", "stabbed dead")
DEATH_VERBS_DEAD = frozenset({"shot", "beaten", "stabbed", "hacked", "gunned"})
#: words right before a killing's word that make it one that did not happen ("attempted murder", "a plot to kill")
DEATH_UNDONE_BEFORE = ("attempted", "attempt to", "attempts to", "attempting to", "attempted to", "tried to",
                       "trying to", "try to", "plot to", "plan to", "planned to", "plotting to", "bid to",
                       "threatened to", "threat to", "failed", "foiled")
#: words right after a killing's word that make it one that did not happen ("an assassination attempt")
DEATH_UNDONE_AFTER = ("attempt", "bid", "plot", "try", "threat")

#: where the dead are taken and counted, besides hospitals: a count at one of them is that site's share of a toll
MORGUES = frozenset({"morgue", "morgues", "mortuary", "mortuaries"})

#: heads of the state's armed forces as doers ("police", "troops", "commandos", "security forces"): their raid on
#: attackers is another incident than the attack it answers (see ``fuse.events``: sides of an assault)
STATE_FORCE_HEADS = frozenset({
    "police", "policeman", "policemen", "policewoman", "officer", "trooper", "troop", "soldier", "army", "military",
    "commando", "gendarme", "gendarmerie", "marine", "paratrooper", "swat", "navy", "ranger", "sniper",
})
#: heads of the police among the state's forces: an attack whose target they are and whose doer goes unnamed ("shots
#: were fired at police officers", "an officer was shot during the raid") is done against the state's side, by
#: the suspects, not by the police whose operation it struck (see ``fuse.events``: sides of an assault)
POLICE_HEADS = frozenset({"police", "policeman", "policemen", "policewoman", "policewomen", "officer", "constable",
                          "gendarme"})
#: heads of those who attack as non-state armed men ("gunmen", "militants", "the attackers", "hostage-takers")
ASSAILANT_HEADS = frozenset({
    "gunman", "gunmen", "militant", "attacker", "assailant", "insurgent", "terrorist", "bomber", "jihadist",
    "kidnapper", "hijacker", "captor", "hostage-taker", "abductor", "extremist", "rebel", "raider", "bandit",
    "hitman", "hitmen", "assassin",
})
#: heads that name an armed body of either side; the words before them decide ("security forces", "rebel forces")
FORCE_HEADS = frozenset({"force", "unit", "personnel", "team", "squad"})
#: words before a force head that make it the state's ("security forces", "special forces", "the elite unit")
STATE_FORCE_MODIFIERS = frozenset({
    "security", "special", "government", "armed", "federal", "national", "police", "army", "military", "elite",
    "counterterrorism", "counter-terrorism", "anti-terror", "anti-terrorist", "antiterrorist", "tactical",
    "intervention", "rapid", "state", "defence", "defense", "naval", "air", "ground", "swat", "commando",
})
#: words before a force head that make it a non-state armed group's ("rebel forces", "militia units")
ASSAILANT_FORCE_MODIFIERS = frozenset({"rebel", "militia", "paramilitary", "insurgent", "militant", "jihadist",
                                       "hit", "death", "assassination"})  # ("a hit squad", "death squads")
