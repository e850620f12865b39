"""Words that embed an act in their complement and take their meaning from it (English, general).

A commitment is a threat when what is promised is harm to a party (CAMEO 13 "threaten": "vowed to hunt down the
attackers", "pledged retaliation", "swore revenge"); a verb or noun of pressing for something is a demand when what
it presses for is an act ("sought the minister's resignation", "stepped up pressure for his resignation", "calls for
the release of the activists"; CAMEO 10 "demand"); taking up a post "as" an office holder is an appointment (ACE
Personnel.Start-Position: "will serve as acting president", "took over as interim leader"). Used by
analyze/events/embedded.py; nothing here is about a story.
"""

from __future__ import annotations

from storyline.lexicons.titles import ROLE_HEADS

#: verbs and nouns of committing oneself to a deed ("vowed to", "pledged", "swore", "a vow of")
COMMISSIVES = frozenset({"vow", "pledge", "promise", "swear"})
#: verbs of harm that need no object to be a threat ("vowed to retaliate", "promised to strike back")
HARM_ALONE = frozenset({"retaliate", "avenge", "revenge", "punish", "strike", "attack", "bomb", "kill", "execute"})
#: verbs of harm that threaten a party only when one is their object ("vowed to hunt them down", "pledged to crush
#: the rebels"; "pledged to eliminate poverty" threatens no one)
HARM_TO_PARTY = frozenset({"hunt", "pursue", "track", "chase", "crush", "destroy", "eliminate", "annihilate",
                           "wipe", "defeat", "punish", "arrest", "capture", "catch", "fight", "target", "smash",
                           "neutralise", "neutralize", "exterminate", "avenge"})
#: nouns of harm promised ("vowed retaliation", "swore revenge", "promised a crushing response")
HARM_NOUNS = frozenset({"retaliation", "revenge", "vengeance", "reprisal", "reprisals", "retribution",
                        "punishment"})
#: adjectives that make a promised response a threat ("a crushing response", "a harsh response")
HARSH_MODIFIERS = frozenset({"crushing", "harsh", "severe", "strong", "tough", "forceful", "decisive", "firm",
                             "military", "swift", "befitting", "appropriate", "resolute", "painful", "heavy"})
#: nouns of a response, a threat with one of :data:`HARSH_MODIFIERS`
RESPONSE_NOUNS = frozenset({"response", "reply", "answer", "action", "measures", "measure"})

#: verbs that press for the act their object or their "for"/"on" object names ("sought his resignation", "pushed
#: for talks", "insisted on a probe", "lobbied for the release", "called for the release" where the parser makes
#: "for" a preposition, not the particle of "call for"): a demand that no trigger word of its own tells
PRESSING_VERBS = frozenset({"seek", "press", "push", "insist", "clamour", "clamor", "lobby", "agitate",
                            "pressure", "pressurise", "pressurize", "petition", "recommend", "call"})
#: nouns of pressing for an act through "for" ("calls for his release", "pressure for her resignation")
PRESSING_NOUNS = frozenset({"call", "pressure", "push", "clamour", "clamor", "demand", "appeal", "plea"})

#: verbs of holding a post one takes up "as" a holder ("will serve as acting president", "took over as chairman",
#: "stepped in as caretaker premier", "became interim leader")
TENURE_VERBS = frozenset({"serve", "act", "become", "take", "step"})
#: modifiers of a post taken up now rather than held before ("acting", "interim", "caretaker", "new")
INTERIM_MODIFIERS = frozenset({"acting", "interim", "caretaker", "transitional", "provisional", "temporary",
                               "new", "next", "incoming", "stand-in"})
#: posts taken up "as" ("as acting president", "as interim leader", "as chairman")
POSTS = ROLE_HEADS - frozenset({"correspondent", "editor", "analyst", "official", "assistant", "lady", "founder",
                                 "owner", "cleric", "adviser", "advisor", "spokesman", "spokeswoman",
                                 "spokesperson", "mediator", "negotiator", "diplomat", "representative",
                                 "envoy"}) | frozenset({"pm", "boss", "coach", "manager", "ruler", "regent"})
