"""Words that name a court or its bench as the doer of an act ("the Basmanny court charged", "a judge ordered").

A charge is a court's step only when a court brings it: police and prosecutors charge suspects too, days before a
court first sits on the case (fuse/events.py :func:`~storyline.fuse.events.court_sittings`). Matched against the
last word of an actor's text, lowercased ("Velmora District Court", "the magistrates").

A court's ruling is an act of its own: :data:`RULING_VERBS` with a court as subject ("the tribunal ruled the arrest
illegal", "a court decided that the suspect stays in custody"), :data:`RULING_NOUNS` ("the ruling", "the verdict").
A suspect sent to prosecutors ("was sent to prosecutors on suspicion of murder", "the case was referred to the
prosecutor's office") takes a step of the case: :data:`REFERRAL_VERBS` with "to" and one of :data:`PROSECUTION`.
A court's hearing is a sitting of the court (:data:`HEARING_NOUNS` with a court word: "the court hearing").
A court confirming, upholding or extending a step before it ("judges confirmed the arrest of 23", "the appeals court
upheld the sentence") rules too: :data:`CONFIRMING_VERBS` with one of :data:`CONFIRMED_ACTS` as object; the act
confirmed stays the act it was (the arrest, not a remand).
"""

from __future__ import annotations

COURT_HEADS = frozenset({"court", "courts", "judge", "judges", "magistrate", "magistrates", "tribunal", "tribunals",
                         "bench", "justice", "justices"})
#: verbs of a court deciding a matter before it ("ruled", "decided", "declared the arrest illegal", "found that"),
#: whose object is the act judged
DECIDING_VERBS = frozenset({"rule", "decide", "declare", "find"})
#: a court's rulings: its deciding, its order and its assent ("the judge ordered the suspects sent to trial", "the
#: supreme court agreed to hear the case"), and its undoing or restoring of a rule or a decision ("the court scrapped
#: most quotas", "quotas reinstated by a high court order", "an appeals court overturned the ban"): what a court does
#: to the matter before it is its ruling, whatever the verb
RULING_VERBS = DECIDING_VERBS | frozenset({"order", "agree", "overturn", "reverse", "annul", "quash", "scrap",
                                           "reinstate", "invalidate", "nullify", "revoke"})
#: verbs of a court keeping a step taken before it in force ("judges confirmed the arrest of 23", "the appeals court
#: upheld the sentence", "a judge extended his detention"): a ruling when a court confirms one of :data:`CONFIRMED_ACTS`
CONFIRMING_VERBS = frozenset({"confirm", "uphold", "extend", "approve", "validate"})
#: what a court confirms, upholds or extends (not "confirmed the date of the hearing", "confirmed the report")
CONFIRMED_ACTS = frozenset({"arrest", "arrests", "detention", "custody", "sentence", "conviction", "verdict",
                            "ruling", "charge", "charges", "indictment", "warrant", "ban", "remand", "extradition",
                            "order", "decision", "acquittal"})
#: nouns of a court's decision ("the ruling", "the verdict", "the judgment")
RULING_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement"})
#: verbs of passing a suspect or a case on ("sent to prosecutors", "referred to", "handed over to", "transferred to")
REFERRAL_VERBS = frozenset({"send", "refer", "hand", "transfer", "forward"})
#: the prosecuting side a suspect or a case is passed to
PROSECUTION = frozenset({"prosecutor", "prosecutors", "prosecution", "prosecutor's", "prosecutors'"})
#: nouns of a sitting of a court ("the court hearing", "a bail hearing")
HEARING_NOUNS = frozenset({"hearing"})
