"""Verbs of saying and of political action (English lemmas, general; nothing about a story).

:data:`REPORTING_VERBS` says something was reported: a date under one belongs to what is reported
(time), and its subject is who reports an event (events' ``reported_by``). :data:`ACTOR_VERBS` adds the
verbs whose subject acts politically: their subject is a person or, for a place, its government
(names: typing and metonymy). The claim cue lexicon, by stance, is ``analyze/claims/cues.py``.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


REPORTING_VERBS = _words("""
say tell state announce report add note declare confirm disclose explain write tweet claim allege accuse blame
deny insist quote cite suggest warn reveal predict estimate
""")
#: reporting verbs by which a speaker makes known news of its own ("the army said it had retaken the town", "the
#: firm announced it had cut 300 jobs"); not those that judge, deny or foresee (accuse, deny, warn, predict)
ANNOUNCING_VERBS = REPORTING_VERBS & _words("say announce confirm report state tell add declare disclose reveal claim")
ACTOR_VERBS = REPORTING_VERBS | _words("""
urge demand reject condemn assert reply respond argue stress emphasize emphasise post comment acknowledge admit
criticize criticise praise welcome vow pledge promise threaten ask request call appeal agree refuse dismiss protest
maintain propose decide order sign negotiate
""")
#: verbs of saying on a social network ("the minister tweeted about the shooting"): a telling like "said"
#: (events: STATEMENT/speech)
POSTING_VERBS = _words("tweet")
#: social networks and sites a party posts on ("posted on Twitter", "on his Facebook page", "on its website"): with a
#: verb of posting, a telling like "tweeted" (events/acts.py)
NETWORKS = _words("""
twitter x facebook instagram telegram youtube tiktok weibo wechat vk vkontakte threads bluesky truth linkedin
website site blog account page channel feed platform
""")
#: verbs of stating besides the ontology's "say", "tell", "report", "confirm" (events/statements.py): with a clause
#: or a quotation they are an act of saying ("admitted that P", "she claimed in an interview that P", "testified
#: that P"); verbs that go on with a statement already made ("added", "noted", "stressed", "insisted") are left out,
#: since they tell no act of their own, nor "suggest" and "show", said of data as often as of people
STATING_VERBS = _words("claim contend state assert affirm admit acknowledge reveal disclose testify justify write")
#: those whose content may be their object ("acknowledged the failings", "revealed the plan", "justified the
#: attack on social media")
OBJECT_STATING = _words("admit acknowledge reveal disclose justify")
#: nouns of one's words that tell an act of saying when they are someone's ("the minister's remarks", "in his first
#: public comments", "her admission that P"); "a comment" or "the claims" alone tell no one speaking
STATEMENT_NOUNS = _words("remark comment admission assertion")
#: verbs that say what something is by naming it: "called the blast a treacherous attack", "described the charges
#: as absurd", "dubbed the protesters traitors" (a statement about what they name)
NAMING_VERBS = _words("call describe dub brand label term")
#: documents whose issue is an announcement ("submitted its report", "published a list of names", "figures released
#: by the ministry"; "statement" and "declaration" are announcements wherever they stand: ontology)
ISSUED_DOCUMENTS = _words("report list communique communiqué bulletin findings figure result readout update")
#: verbs that make such a document public (unlike ``ISSUING_VERBS``, not "make", "give" or "write" one)
PUBLISHING_VERBS = _words("issue release publish submit present unveil table circulate post")
#: verbs by which someone restates a count ("revised the death toll to 275", "police put the toll at 79")
REVISING_VERBS = _words("revise update correct adjust lower reduce cut raise increase put")
#: verbs of paying an act back: what their "for" names is the older act ("retaliate against X for the attack",
#: "vowed to punish them for the bombing")
MOTIVE_VERBS = _words("retaliate avenge revenge punish")
#: how people talk at a distance: "spoke by phone", "a telephone conversation", "phone talks", "a video call"
#: (a call between leaders is a contact of its own, never the meeting or visit told beside it)
CALL_MEANS = _words("phone telephone telephonic video cellphone")
#: parts of a body that speak for it when unnamed ("a branch of the Front", "the group's armed wing")
SUBUNIT_HEADS = _words("branch wing arm affiliate offshoot faction cell chapter")
#: weapons and fire that stand for their use by someone: "blamed a misfired rocket" blames whoever fired it, "there
#: was no <army> fire that hit the ward" denies that army's shooting
CULPRIT_MEANS = _words("rocket missile shell bomb grenade mine drone projectile munition munitions explosive fire "
                       "gunfire")
#: the nouns and verbs of such a talk ("a phone call", "a telephonic conversation"; "spoke/talked by phone")
CALL_NOUNS = _words("call conversation talk talks chat conference")
CALL_VERBS = _words("speak talk chat converse confer")
#: nouns of the party a leader talks with as an equal, named or not ("called his counterpart", "met her opposite
#: number")
PEER_NOUNS = _words("counterpart opposite")
#: verbs of putting out a statement, a letter or a report: its issuer speaks through it ("X issued a statement
#: saying ..."), where a reader or a quoter of it does not ("X cited a report saying ...")
ISSUING_VERBS = _words("""
issue release publish post send make give deliver write put circulate distribute tweet
""")
#: verbs by which one passes on what another said ("Reuters quoted X", "X was quoted by Y", "as reported by Y",
#: "citing Y"): who relays is the channel, not the speaker
RELAY_VERBS = _words("quote report cite")
#: verbs of reaching an audience: their "to say P" tells what their subject said ("took to Twitter to say P",
#: "called a news agency to say P", "wrote to shareholders to say P"), where "declined to say" says nothing
CONTACT_VERBS = _words("""
take call phone ring telephone write contact email text message go appear turn use send post tweet
""")
#: nouns of an act to come whose "to" infinitive names that act: "accepted an invitation to visit X", "a plan to
#: meet", "his offer to mediate" tell no visit, meeting or mediation done
PROSPECT_NOUNS = _words("invitation plan intention offer proposal pledge promise")
#: verbs by which an invited person takes up (or turns down) an invitation: their subject is the one who is to come
INVITATION_VERBS = _words("accept receive take decline turn")
#: prepositions that put a noun of a meeting, call or visit round a verb of speech as its occasion ("said during a
#: visit", "in a phone call"; not "after the meeting", which may tell what came after a meeting the speaker missed)
OCCASION_PREPS = _words("during in at on over by via")
#: nouns of the occasion or vehicle a saying is made in: a "that" clause after one is what was said ("said in a
#: briefing that P", "told a news conference that P"), which the parser can read as a relative clause of the noun
OCCASION_NOUNS = _words("""
briefing conference presser interview statement speech address meeting session hearing debate post message letter
broadcast appearance communique release video tweet
""")

#: words news puts between "the" and the head of a second mention of a speaker it does not name ("a Chilean diplomat
#: told the agency ... “...,” the unnamed official said")
UNNAMED_WORDS = _words("unnamed unidentified anonymous same senior")

#: heads of an unnamed voice that speaks for a body, not for himself ("officials said", "a spokesperson said",
#: "authorities said"): right after a body's claim, the body goes on (witnesses, residents and experts speak for
#: themselves and stay out)
BODY_VOICES = _words("official spokesman spokeswoman spokesperson representative authority")

#: kinds of a public body that news writes by its letters ("the NIB ... the bureau said"): a bare "the <kind>" of
#: these may stand for an organization named by an acronym, whose full name need not be in the article
LETTERED_BODY_KINDS = _words("agency bureau administration commission")
#: words that name a public body's kind in its name: "the agency" stands for any of them ("the Sarn Emergency
#: Services Administration ... the agency said")
PUBLIC_BODY_WORDS = _words("""
agency administration bureau service commission office department directorate authority inspectorate institute
board centre center
""")

#: documents a party files at a court, each a name of the one filing ("Norland filed a lawsuit ... the complaint
#: alleges", "the suit says"): a filing named alone speaks for whoever filed it
FILING_NOUNS = _words("complaint lawsuit suit filing petition")

#: what a person has that speaks in his name: his people ("his team", "her allies", "his campaign") and his own
#: channels ("his account", "a message posted to her page"); said by their possessor ("his team says P": his claim)
OWNED_VOICES = _words("""
team allies camp campaign entourage associates office account page profile channel message post tweet
""")

#: a person's kin: "X's brother, Y, said" is Y speaking (or an unnamed relative), never X, whose relative he is
KIN_NOUNS = _words("""
son sons daughter daughters wife husband father mother brother brothers sister sisters child children parents parent
niece nephew cousin cousins uncle aunt grandson granddaughter grandfather grandmother widow widower fiancee fiance
partner relative relatives family sibling siblings stepfather stepmother stepson stepdaughter
""")

#: a speaker phrase's words that tie the name after them to the speaker as its patron, kin or neighbour, not as who
#: speaks ("a group inspired by al-Qaida", "sources close to the central bank", "militias loyal to X")
PATRON_TIES = _words("""
inspired backed supported sponsored funded financed armed trained linked tied affiliated allied aligned close near
loyal related connected opposed backing supporting opposing
""")

#: bodies a state's name before them only places ("Dorvia's Harkat rebels", "Estmark's main Islamist groups",
#: "Estmark's daily newspaper"; a news agency too, in speakers._placed): the state does not speak through them, unlike
#: its ministry, army, embassy or security agencies
STATELESS_BODIES = _words("""
group party union coalition alliance campaign movement company firm organisation organization rebel militant
insurgent fighter opposition network faction militia newspaper paper broadcaster channel television
""")

#: unnamed voices that speak for the organization named right before them ("Norbank officials", "ICO sources"), as a
#: spokesman does; witnesses, analysts or residents speak for no body they are placed in
BODY_VOICE_HEADS = _words("official source officer aide staffer executive insider")
#: kinds of body a definite description takes up from the organization told last before it, whatever that
#: organization's name says ("The Tavro Front claimed the attack. The militant group said ...")
ANY_BODY_KINDS = _words("group organisation organization")
#: words of a name that make it a public body, a firm or a hall, another kind than "the group" stands for ("the X
#: Ministry", "the X Commission", "the X City Hall"; not an army, a front, a party, a movement, a council or a
#: committee: armed and political groups take such names)
OTHER_BODY_WORDS = _words("ministry government administration office bureau department court parliament cabinet "
                          "embassy agency commission company firm hall")
#: a body's kind and the words a name of that kind of body holds besides the kind's own ("the force" for the Varno
#: Police, "the tribunal" for the Supreme Court, "the federation" for a name of one)
KIND_NAME_WORDS: dict[str, frozenset[str]] = {
    "force": _words("police constabulary"), "tribunal": _words("court"), "court": _words("tribunal"),
    "federation": _words("federation"),
    # "The Varno Security Council said ... The body said": news calls a council, committee, commission or assembly
    # (a body of members) "the body"; "the authority" is any public office, agency or ministry ("the Federal
    # Prosecutor's Office ... the authority said")
    "body": _words("council committee commission assembly board panel parliament senate congress tribunal court "
                   "union agency"),
    "authority": _words("office agency administration bureau service commission department directorate "
                        "inspectorate ministry regulator"),
}
