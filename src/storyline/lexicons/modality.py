"""Words that tell an event has not (yet) happened although no "not" or modal sits on it.

:data:`REFUSAL_VERBS` turn down doing the act their infinitive or object names ("refused to meet the envoy",
"declined to release them", "ruled out talks"): it is not done. :data:`CANCEL_VERBS` stop an act before it takes
place ("cancelled the visit", "called off the talks", "prevented a strike"), and
:data:`POSTPONE_VERBS` move it to a later day ("delayed the release", "postponed the meeting"): still to come.
:data:`CONDITION_PREPS` and :data:`CONDITION_MARKS` introduce what must happen first for an act to come ("only
after the release of ...", "until the army withdraws", "in exchange for the prisoners' release", "once they are
freed"): when the act they hang on is itself to come, they have not happened either. :data:`WARRANT_NOUNS` order
or reward an act to come ("a warrant was issued for his arrest", "a reward for the capture of"): the act their
"for" names has not happened. :data:`FACING_VERBS` with one of :data:`PROCEEDING_NOUNS` tell a step still ahead of
their subject ("faces trial", "is awaiting extradition"), and a :data:`SCHEDULE_NOUNS` "date for the trial" that is
(not yet) fixed tells a trial to come. General English news usage
(events: modality); nothing here is about a story.
"""

from __future__ import annotations

#: verbs of turning down an act: "refused to meet", "declined to release", "ruled out talks", "rejected a truce"
REFUSAL_VERBS = frozenset({"refuse", "decline", "rule", "balk", "baulk", "reject", "spurn"})
#: the particle "rule" takes to refuse ("ruled out talks"; "ruled on the appeal" is no refusal)
REFUSAL_PARTICLES = frozenset({"out"})
#: verbs that stop an act before it happens: "cancelled the visit", "prevented an attack", "averted a strike"
#: ("foiled/thwarted an attack" is left out: pirates who were beaten off did attack; ECB+ and ACLED count it)
CANCEL_VERBS = frozenset({"cancel", "scrap", "abort", "prevent", "avert", "forestall", "preempt", "pre-empt", "veto"})
#: the particle that makes "call" a cancelling ("called off the talks")
CANCEL_PARTICLES = frozenset({"off"})
#: verbs that move an act to a later day: "delayed the release", "postponed the meeting", "put off the vote"
POSTPONE_VERBS = frozenset({"postpone", "delay", "defer", "reschedule", "adjourn"})
#: the particles that make "put"/"push" a postponing ("put off the vote", "pushed back the talks")
POSTPONE_PARTICLES = frozenset({"off", "back"})
#: prepositions of a condition: "until the release of ...", "pending an inquiry", "in exchange for their release"
CONDITION_PREPS = frozenset({"until", "till", "unless", "pending", "upon"})
#: nouns of an exchange or a condition led by "in"/"on"/"as": "in exchange for", "in return for", "on condition of"
CONDITION_NOUNS = frozenset({"exchange", "return", "condition", "precondition", "prerequisite"})
#: conjunctions of a condition or of a time to come: "until they disarm", "once they are freed", "unless ..."
CONDITION_MARKS = frozenset({"until", "till", "unless", "once", "provided", "providing", "if"})
#: anchors that "only" makes a condition: "only after the release", "only if they withdraw", "only once ..."
ONLY_ANCHORS = frozenset({"after", "if", "once", "when", "with", "upon"})

#: adverbs of habitual aspect: "militias have routinely targeted the embassy", "the group frequently attacks
#: convoys": what is done again and again, told on the verb of a clause, is no one incident (not "repeatedly",
#: "again" or "constantly": "he was shot repeatedly", "the town was shelled constantly for hours" tell one)
HABITUAL_ADVERBS = frozenset({"routinely", "regularly", "frequently", "often", "usually", "habitually",
                              "typically", "commonly", "customarily", "periodically", "sometimes", "occasionally"})
#: nouns of an order or a reward for an act to come: "a warrant was issued for his arrest", "an order for the
#: deportation of", "a bounty for his capture"
WARRANT_NOUNS = frozenset({"warrant", "warrants", "order", "reward", "bounty"})

#: verbs whose object, one of :data:`PROCEEDING_NOUNS`, is still ahead of their subject when told in the present:
#: "faces trial", "faces a series of trials", "is awaiting extradition" ("faced trial in 2019": it was held)
FACING_VERBS = frozenset({"face", "await"})
#: proceedings a person or a state faces before they happen: trials and court steps, removals, votes
PROCEEDING_NOUNS = frozenset({"trial", "retrial", "hearing", "prosecution", "extradition", "deportation",
                              "sentencing", "court-martial", "impeachment", "expulsion", "arrest", "vote",
                              "referendum", "runoff", "election", "sanction", "execution"})
#: nouns that count acts, through which "faces a series of trials" reaches the trials
COUNT_NOUNS = frozenset({"series", "number", "string", "wave", "spate", "raft", "host", "set", "round", "batch",
                         "slew", "flurry", "succession", "pair", "couple", "handful"})
#: nouns of a time fixed for an act: "the date for the trial has not yet been fixed"
SCHEDULE_NOUNS = frozenset({"date", "dates", "timetable", "schedule", "start", "opening"})
#: verbs that fix such a time: set, fixed, scheduled, announced
FIXING_VERBS = frozenset({"fix", "set", "schedule", "announce", "determine", "decide", "confirm", "agree"})
#: verbs an act about to come "is about to" do: "the trial is about to start"
STARTING_VERBS = frozenset({"start", "begin", "open", "commence", "resume", "take", "kick"})
#: proceedings that a ruling or decision "on" them comes before: "plans to rule on the trial", "a decision on his
#: extradition" (unlike a vote or an appeal, which a ruling on follows)
DECIDED_PROCEEDINGS = frozenset({"trial", "retrial", "extradition", "deportation", "expulsion"})
#: words of ruling on such a proceeding
RULING_WORDS = frozenset({"rule", "ruling", "decide", "decision"})
