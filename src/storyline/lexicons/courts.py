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
The steps of a case that ordinary words tell only with what goes with them (a plea's and a verdict's words of guilt,
bail refused or granted, a court's hearing, what is appealed, a prison term, a death sentence carried out) are read
by analyze/events/legal.py with the lists at the end.
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
#: verbs that are a court's ruling only when the court or a judge itself does them (not its spokesman): its answer
#: to what a party asked ("the judge has denied those requests", "the high court approved the use of military
#: force", "a judge granted the delay", "the court blocked the deployment", "refused to hear the case") and its
#: undoing of a rule ("the Supreme Court struck down the law", "threw out the ruling"); the same verbs of anyone
#: else keep their reading (a minister's "denied" is a rejection, "struck" an attack or a hit)
BENCH_VERBS = frozenset({"approve", "grant", "deny", "reject", "refuse", "decline", "allow", "permit", "block",
                         "halt", "suspend", "bar", "stay", "strike", "throw", "deem", "uphold", "ban"})
#: the particles these verbs take as a court's ruling ("struck down", "threw out"); any other ("ruled out") is none
BENCH_PARTICLES = frozenset({("strike", "down"), ("throw", "out")})
#: what a court denies or rejects that is no ruling: an accusation against itself or a judge ("the judge denied the
#: allegations", "the court rejected the criticism")
DENIED_WORDS = frozenset({"allegation", "accusation", "claim", "report", "wrongdoing", "charge", "involvement",
                          "rumour", "rumor", "criticism", "bias", "suggestion"})
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

# --- the steps of a criminal case told with ordinary words (analyze/events/legal.py)

#: the words of guilt a plea or a verdict gives ("pleaded not guilty", "found him guilty", "a guilty plea")
GUILT = frozenset({"guilty", "innocent", "culpable"})
#: what says the verdict or the plea is of innocence ("not guilty", "found innocent")
INNOCENCE = frozenset({"innocent"})
#: a plea that admits nothing and denies nothing ("pleaded no contest", "nolo contendere")
NO_CONTEST = frozenset({"contest", "contendere"})
#: verbs of a plea's being made or taken back ("entered a plea of not guilty", "changed his plea")
PLEA_VERBS = frozenset({"enter", "change", "withdraw", "submit", "accept", "lodge"})
#: nouns of an agreement with prosecutors whose compound is "plea" ("a plea deal", "a plea bargain")
PLEA_DEALS = frozenset({"deal", "bargain", "agreement"})
#: what a defendant is cleared of ("cleared of all charges", "acquitted of murder" is the acquittal's own word)
CLEARED_OF = frozenset({"charge", "charges", "count", "counts", "murder", "manslaughter", "fraud", "crime", "crimes",
                        "offence", "offense", "wrongdoing", "rape", "assault", "corruption", "bribery", "treason"})
#: the release of someone awaiting trial on a sum pledged ("released on bail", "free on $1 million bond")
BAIL = frozenset({"bail", "bond", "recognizance", "recognisance"})
#: verbs by which a court keeps someone held by refusing bail or taking it back ("denied bail", "revoked his bail")
BAIL_REFUSING = frozenset({"deny", "refuse", "reject", "revoke", "cancel", "rescind", "withdraw", "oppose"})
#: verbs by which bail is granted, set or paid ("granted bail", "set bail at $5,000", "posted bail")
BAIL_GRANTING = frozenset({"grant", "set", "post", "pay", "approve", "allow", "award", "give", "put", "raise", "make"})
#: verbs of a person let out of custody ("released on bail", "freed on bond", "remains free on bail")
RELEASING = frozenset({"release", "free", "let", "confine", "remain"})
#: a release on terms of a court or a parole board ("released on parole", "on probation")
PAROLE = frozenset({"parole", "probation"})
#: modifiers that make a hearing a court's ("a bail hearing", "the extradition hearing", "a preliminary hearing")
COURT_HEARINGS = frozenset({"court", "bail", "extradition", "sentencing", "preliminary", "custody", "detention",
                            "appeal", "appeals", "plea", "pretrial", "pre-trial", "evidentiary", "remand", "trial",
                            "arraignment", "competency", "suppression", "committal", "disciplinary", "judicial"})
#: modifiers of a hearing that is a legislature's or an office's, no court's ("a congressional hearing", "the
#: confirmation hearing", "a public hearing of the committee")
OTHER_HEARINGS = frozenset({"congressional", "senate", "committee", "confirmation", "parliamentary", "house",
                            "oversight", "public", "budget", "planning", "zoning", "council", "legislative"})
#: what a party appeals against: a court's decision ("appealed the verdict", "an appeal against his conviction")
APPEALED = frozenset({"ruling", "verdict", "conviction", "sentence", "decision", "judgment", "judgement", "order",
                      "acquittal", "sentencing", "extradition", "dismissal", "fine", "case", "sentences",
                      "convictions", "rulings", "decisions"})
#: verbs that do something to an appeal of a court's ("filed an appeal", "the court rejected his appeal")
APPEAL_VERBS = frozenset({"file", "lodge", "launch", "lose", "win", "hear", "reject", "dismiss", "uphold", "grant",
                          "deny", "mount", "submit", "consider", "allow", "pursue", "bring"})
#: verbs of bringing a case or an appeal before a court ("filed an appeal", "lodged an appeal", "filed suit")
APPEAL_FILING = frozenset({"file", "lodge", "launch", "bring", "submit"})
#: what a court hears ("the court will hear the case", "judges heard arguments")
HEARD = frozenset({"case", "appeal", "argument", "arguments", "testimony", "evidence", "challenge", "petition",
                   "cases", "appeals", "motion", "plea"})
#: the words of a criminal case's courtroom that make testimony a court's ("testified at his trial", "told the jury")
COURTROOM = COURT_HEADS | frozenset({"trial", "jury", "juror", "jurors", "prosecutor", "prosecutors", "defendant",
                                     "courtroom", "witness", "hearing", "testimony", "cross-examination"})
#: the time a sentence of prison runs ("jailed for 25 years", "imprisoned for life")
TERMS = frozenset({"year", "month", "week", "day", "life", "decade"})
#: verbs of putting someone in prison, which name a sentence with its term ("was jailed for 25 years")
JAILING = frozenset({"jail", "imprison", "incarcerate", "gaol"})
#: the words of a death sentence carried out ("executed by lethal injection", "the inmate was hanged at dawn", "was
#: executed after being convicted of murder"); "death row" is read as a pair
EXECUTION_CUES = frozenset({"injection", "gallows", "inmate", "penitentiary", "convict", "convicted", "sentence",
                            "sentenced", "death-row", "clemency", "condemned"})
