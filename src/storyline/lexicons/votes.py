"""Words of a legislature's votes and motions (English, general).

A legislature acts by voting on a motion: the motion is filed ("the opposition submitted a motion to impeach the
president", "tabled a no-confidence motion"), then put to a vote that passes ("lawmakers voted 204-85 to impeach
her", "the motion passed with 204 votes", "parliament adopted the resolution") or fails ("the motion failed",
"the bill fell short of the 200 votes needed", "the motion was voted down"). News tells each as an act of its own
(events: REQUEST/motion for the filing, AGREE/vote for a vote that passes, REJECT/vote for one that fails).
:data:`LEGISLATORS` are who votes (a body or its members; a people voting in an election is none),
:data:`MOTIONS` what is voted on, the verbs what happens to it.
"""

from __future__ import annotations

#: a legislature and its members: who votes on a motion ("parliament voted", "190 lawmakers voted")
LEGISLATORS = frozenset({"parliament", "assembly", "congress", "senate", "house", "legislature", "chamber",
                         "lawmaker", "lawmakers", "legislator", "legislators", "mp", "mps", "deputy", "deputies",
                         "senator", "senators", "congressman", "congressmen", "congresswoman", "representatives",
                         "parliamentarian", "parliamentarians", "councillor", "councillors", "councilor",
                         "councilors", "council", "diet", "duma", "knesset", "bundestag", "majlis", "lawmaking"})
#: what a legislature files and votes on ("an impeachment motion", "the bill", "a resolution")
MOTIONS = frozenset({"motion", "motions", "bill", "bills", "resolution", "resolutions", "amendment", "amendments",
                     "impeachment"})
#: verbs of filing a motion ("submitted a motion", "filed the bill", "tabled a resolution", "brought the motion")
FILING_VERBS = frozenset({"submit", "file", "table", "introduce", "bring", "lodge", "present", "put", "move"})
#: verbs of a motion passing, with the motion as subject or object ("the motion passed", "adopted the resolution")
PASSING_VERBS = frozenset({"pass", "adopt", "approve", "carry", "endorse", "ratify"})
#: verbs of a motion failing, with the motion as subject ("the motion failed", "fell short", "fell through",
#: "collapsed"; passive: "was defeated", "was rejected", "was scrapped", "was voted down")
FAILING_VERBS = frozenset({"fail", "fall", "collapse", "founder", "flop"})
FAILED_PASSIVES = frozenset({"defeat", "reject", "scrap", "block", "sink", "kill", "vote", "discard", "void"})
#: what follows "voted" when the vote is against ("voted against", "voted down the bill", "voted to reject")
AGAINST = frozenset({"against", "down"})
