"""The attribution lexicon: cue verbs with their stance and polarity, source nouns, hedges, channels.

Every entry is general English news vocabulary (no names, places or topics).
A cue verb introduces reported content; its *stance* says what kind of speech
act it is and its *polarity* whether the speaker asserts or denies the content:

==============  ===========================================================
stance          cue lemmas
==============  ===========================================================
statement       say, tell, state, announce, report, add, stress, insist, ...
allegation      allege, accuse, claim, charge, blame, contend, suspect
denial          deny, reject, refute, dismiss, rebut, dispute, repudiate, distance ...
confirmation    confirm, admit, acknowledge, concede, verify, corroborate
promise         promise, pledge, vow, assure, guarantee, swear, commit
warning         warn, caution, threaten
belief          think, believe, expect, fear, hope, feel, doubt (hedged)
==============  ===========================================================

Belief cues are *weak*: they count only with a clause complement
("X believes that P"), never with a quote alone, and mark the claim hedged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.model import Polarity


@dataclass(frozen=True)
class Cue:
    """What a cue lemma means: the speech act, whether it denies, and whether it needs a clause."""

    stance: str
    polarity: Polarity = "assert"
    weak: bool = False  # only counts with a clausal complement (think, believe, find ...)


def words(text: str) -> frozenset[str]:
    """A word list written as one readable string."""
    return frozenset(text.split())


def _entries(stance: str, lemmas: str, polarity: Polarity = "assert", weak: bool = False) -> dict[str, Cue]:
    return {lemma: Cue(stance, polarity, weak) for lemma in lemmas.split()}


CUE_VERBS: dict[str, Cue] = {
    **_entries("statement", "say tell state announce report add stress insist maintain note explain declare "
                            "write tweet post reiterate emphasize emphasise underline reveal disclose argue "
                            "suggest predict estimate describe mention recall respond reply answer comment "
                            "observe remark testify affirm assert inform brief cite quote judge "
                            "urge demand ask call request appeal propose recommend advise order "
                            "conclude indicate show find highlight point signal boast complain lament "
                            "criticize criticise praise concur agree echo counter retort joke quip mock "
                            "denounce decry"),
    **_entries("allegation", "allege accuse claim charge blame contend"),
    **_entries("denial", "deny reject refute dismiss rebut dispute repudiate disavow disown distance rubbish "
                         "debunk", "deny"),
    **_entries("confirmation", "confirm admit acknowledge concede verify corroborate"),
    **_entries("promise", "promise pledge vow assure guarantee swear commit"),
    **_entries("warning", "warn caution threaten"),
    **_entries("belief", "think believe expect fear hope feel doubt suspect worry know understand "
                         "speculate insinuate imply learn", weak=True),
}
#: cues that only introduce a quotation ("“...,” he continued"); never with a clause alone
QUOTE_ONLY = words("continue express")
CUE_VERBS.update({lemma: Cue("statement") for lemma in QUOTE_ONLY})
for _lemma in ("show", "find", "indicate", "conclude", "suggest"):
    # "a poll shows that ..." is attribution, "he shows the way" is not: need a clause
    CUE_VERBS[_lemma] = Cue(CUE_VERBS[_lemma].stance, weak=True)

#: confirmation cues that concede what the speaker's side had held otherwise ("finally admitted",
#: "acknowledged"), unlike "confirmed", which is also said of news one never disputed
ADMISSION_VERBS = words("admit acknowledge concede")
#: verbs whose content is their direct object ("denied the report", "confirmed the deaths")
OBJECT_CONTENT = words("deny reject refute dismiss rebut dispute repudiate rubbish debunk confirm admit acknowledge "
                           "concede verify announce report reveal disclose allege cite blame")
#: what is granted or filed, not said: denying or rejecting it is a refusal ("denied bail", "rejected her request",
#: "denied a motion"), not a denial of what someone said
GRANTED = words("access entry bail visa permission reimbursement refund request benefit right service coverage "
                "funding treatment parole admission license licence passage chance opportunity asylum loan credit "
                "insurance payment application appeal motion petition compensation exemption waiver pardon")
#: verbs whose content is an infinitive clause ("warned X not to ...", "pledged to ...", "claimed to have ...")
XCOMP_CONTENT = words("warn urge promise pledge vow threaten ask call appeal demand request advise order "
                          "caution assure commit swear agree claim")
#: verbs whose content is object + prepositional clause ("accused X of ...", "blamed X for ...", "blamed the
#: blast on X"; "accused X for ..." as pages write it too, its own "of" first)
PREP_CONTENT: dict[str, tuple[str, ...]] = {
    "accuse": ("of", "for"), "blame": ("for", "on"), "charge": ("with",), "criticize": ("for",), "criticise": ("for",),
    "praise": ("for",), "congratulate": ("on",), "warn": ("of",), "call": ("for",), "describe": ("as",)}
#: verbs whose content is only their prepositional object ("distanced itself from the attack", "called for calm",
#: "admitted to shooting him", "admitted to the killing")
PREP_ONLY_CONTENT = {"distance": "from", "call": "for", "admit": "to"}
#: what one is admitted to, not what one admits ("was admitted to hospital", "admitted to the bar"): places and
#: bodies that take people in
ADMITTED_INTO = words("hospital hospitals clinic ward school university college academy bar program programme "
                      "membership club union party country intensive care unit icu emergency")
#: verbs that say something only by what they call what they name: "referred to the suspect as a “lone wolf”" (the
#: "to" object and the "as" phrase); "referred to the report" says nothing
NAMING_AS = {"refer": "to"}
CUE_VERBS.update({lemma: Cue("statement") for lemma in NAMING_AS})

#: nouns naming a claim, for "a claim denied by Y" / "Y's claims"
CLAIM_NOUNS = words("claim allegation accusation charge assertion report suggestion contention "
                        "statement remark comment version account")
#: nouns of a view in "in X's opinion, P" / "P, in her words": the possessor says P
VIEW_NOUNS = words("opinion view views words assessment estimation judgment judgement")
#: nouns of a view someone voices with a that-clause ("expressed concern that P"), by the stance they give
ATTITUDE_NOUNS: dict[str, str] = {**dict.fromkeys(words("concern fear fears worry alarm"), "warning"),
                                  **dict.fromkeys(words("hope belief view conviction confidence"), "statement")}

#: nouns naming a written or spoken vehicle; as a subject they give the channel, not the speaker
VEHICLE_NOUNS: dict[str, str] = {
    "statement": "statement", "communique": "statement", "release": "statement", "letter": "statement",
    "tweet": "twitter", "post": "twitter", "report": "report", "study": "report", "survey": "report",
    "poll": "report", "document": "report", "memo": "report", "interview": "interview",
}

#: heads of unnamed sources ("a source", "officials", "observers"): typed anonymous
ANONYMOUS_HEADS = words("source official spokesman spokeswoman spokesperson observer analyst expert "
                            "diplomat insider aide witness resident officer person people authority critic "
                            "commentator insider lawmaker legislator member staffer adviser advisor "
                            "investigator someone anyone")

#: heads of institutional noun phrases ("security agencies", "the ministry"): the speaker is the institution
INSTITUTION_HEADS = words("agency ministry government army military police force administration office "
                              "bureau commission department council committee court parliament cabinet embassy regime "
                              "authorities party group organisation organization company firm union "
                              "coalition alliance campaign movement")

#: right after a name in a speaker phrase: the name is who backs, hosts or inspires the speaker ("an Estmark-backed
#: militia", "Velmoran-funded groups", "a Lesk-based charity"), not the speaker nor the side it speaks for
PATRON = re.compile(r"\s*[-–]\s*(?:based|backed|sponsored|funded|supported|aligned|allied|linked|affiliated|"
                    r"inspired|armed|trained|financed)\b", re.I)

#: words that weaken a claim (epistemic hedges)
HEDGES = words("reportedly allegedly may might could possibly perhaps apparently likely unlikely "
                   "purportedly supposedly unconfirmed probably presumably seemingly")

#: adjectives whose infinitive does what it says: "Ankara was quick to blame X" blames X (not "unable to confirm")
PROMPT_ADJECTIVES = words("quick swift fast first")

#: words after "not" that make it the first half of "not only ... but (also)": it adds, it does not negate
NOT_ONLY = words("only just merely simply solely")

# what a content says about who did an act (read in ``responsibility``)
#: nouns of a tie between parties ("no links to the bombers", "no connection with the Front", "linked to X";
#: "claimed a link to X" alleges one), plurals too where the lemmatizer keeps them
TIE_NOUNS = words("link links linkage connection connections tie ties")
#: nouns of finding something out: "reached the conclusion that P", "the finding that P" hold P
FINDING_NOUNS = words("conclusion finding findings")
#: nouns that say whose deed an act was: "the bomb was the work of X", "this is the handiwork of X"
WORK_NOUNS = words("work handiwork")
#: nouns that name a deed without saying what it was: "such an act", "this crime", "behind the atrocity"
DEED_NOUNS = words("act crime atrocity tragedy incident")
#: verbs that give an act to its doer: "X attributed the attack to Y", "ascribed the bombing to Y" (X's allegation)
ATTRIBUTING_VERBS = words("attribute ascribe")
#: what "held Y ... for the attack" calls the one it holds: "held Y responsible (accountable) for the attack"
ANSWERABLE_ADJECTIVES = words("responsible accountable culpable liable")
#: verbs that put an act or the blame for it on a doer: "pinned the blast on Y", "laid the blame for it on Y"
BLAME_PLACING_VERBS = words("pin lay put place cast")
#: verbs by which a source gives a toll ("put the death toll at 500", "gave a toll of 30 dead", "set the number at ...")
TOLL_GIVING_VERBS = words("put give set place")
#: doers of an act named by a noun that is no "-er" form of its verb ("the assailants", "gunmen")
DOER_NOUNS = words("assailant gunman gunmen")

#: how the statement was made, when stated; first match wins
CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("twitter", re.compile(r"\b(?:on|via|in a)\s+(?:twitter|x\b)|\btweet(?:ed|s)?\b|\bon\s+x\b", re.I)),
    ("press conference", re.compile(r"\b(?:press|news) (?:conference|briefing)|\bbriefing\b|\bpresser\b", re.I)),
    ("statement", re.compile(r"\bstatement\b|\bcommuniqu[eé]\b|\bpress release\b", re.I)),
    ("interview", re.compile(r"\binterview\b", re.I)),
    ("social media", re.compile(r"\b(?:facebook|instagram|telegram|social media)\b", re.I)),
    ("report", re.compile(r"\breport\b", re.I)),
)


def cue_for(lemma: str) -> Cue | None:
    """The lexicon entry of a verb lemma, or None when it is not a cue."""
    return CUE_VERBS.get(lemma.lower())


def channel_of(text: str) -> str | None:
    """The channel named in the attribution text ("on Twitter" -> "twitter"), or None."""
    for name, pattern in CHANNELS:
        if pattern.search(text):
            return name
    return None
