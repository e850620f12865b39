"""Modality and factuality of an event trigger, read from the parse around it.

Readings, strongest cue first:
- negated: "did not attack", "no talks", "never met" (a ``neg`` on the trigger or its governing verb);
- denied: the trigger sits under "deny"/"reject" ("denied carrying out the attack");
- hypothetical: an "if"/"unless" clause, or "would/could/might/may" on the trigger's verb;
- planned: under "plan/intend/aim/prepare/decide/seek to";
- expected: "will", "is expected/scheduled/set/due to", "upcoming", "next"; a headline's "X to visit Y"; "is about
  to start"; a trial or other proceeding someone faces or awaits ("faces trial", "awaiting extradition"), that is
  pending ("held pending trial"), that a ruling is on ("plans to rule on the trial") or whose date is (not yet)
  fixed;
- alleged: "allegedly/reportedly/purportedly", "alleged"/"suspected" modifiers, or under
  "allege/accuse/blame/suspect";
- claimed: under "claim" ("claimed responsibility for the blast");
- asserted otherwise.

What an act was turned down, called off or put off is read too: "refused to meet", "ruled out talks" and
"cancelled the visit", "prevented an attack" are negated; "delayed the release", "postponed the meeting" expected.
And a condition of an act to come is no more done than that act: "ready to return to talks, but only after the
release of two men", "will not withdraw until the rebels disarm", "offered a truce in exchange for the release
of its fighters" tell a release and a disarming that are hypothetical (the same adjuncts of a deed done, "talks
resumed only after the release", tell what happened).
``reported_by`` is the subject of the nearest speech or attribution verb above
the trigger ("officials said ...", "blamed by authorities") or the object of
"according to".
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.ontology import TRIGGERS
from storyline.lexicons import courts
from storyline.lexicons.embedding import PRESSING_NOUNS
from storyline.lexicons.modality import (
    CANCEL_PARTICLES,
    CANCEL_VERBS,
    CONDITION_MARKS,
    CONDITION_NOUNS,
    CONDITION_PREPS,
    COUNT_NOUNS,
    DECIDED_PROCEEDINGS,
    FACING_VERBS,
    FIXING_VERBS,
    ONLY_ANCHORS,
    POSTPONE_PARTICLES,
    POSTPONE_VERBS,
    PROCEEDING_NOUNS,
    REFUSAL_PARTICLES,
    REFUSAL_VERBS,
    RULING_WORDS,
    SCHEDULE_NOUNS,
    STARTING_VERBS,
    WARRANT_NOUNS,
)
from storyline.lexicons.speech import PROSPECT_NOUNS, REPORTING_VERBS

NEGATORS = frozenset({"not", "n't", "never", "no"})
MODALS_HYPO = frozenset({"would", "could", "might", "may", "should"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
ALLEGED_ADV = frozenset({"allegedly", "reportedly", "purportedly", "supposedly", "apparently"})
ALLEGED_MOD = frozenset({"alleged", "suspected", "purported", "reported"})
EXPECTED_VERBS = frozenset({"expect", "schedule", "set", "due", "slate", "likely", "poise", "anticipate"})
PLANNED_VERBS = frozenset({"plan", "intend", "aim", "prepare", "decide", "seek", "propose", "agree",
                           "want", "hope", "try", "threaten", "vow", "pledge", "promise", "plot", "conspire",
                           # readiness and offers: "was ready to host a fifth round", "offered to mediate"
                           "ready", "willing", "prepared", "eager", "keen", "offer"})
#: verbs of an attempt: "failed to detain him", "attempted to arrest him" tell a try at the act, like "tried to"
ATTEMPT_VERBS = frozenset({"attempt", "fail"})
#: nouns of an attempt: "the attempt to arrest him", "a failed bid to detain", "an arrest attempt"
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "effort"})
FUTURE_MODS = frozenset({"upcoming", "forthcoming", "planned", "proposed", "expected", "scheduled",
                         "future", "next", "possible", "potential"})
DENY_VERBS = frozenset({"deny", "reject", "refute", "dismiss"})
ALLEGE_VERBS = frozenset({"allege", "accuse", "blame", "suspect", "charge"})
CLAIM_VERBS = frozenset({"claim"})
#: "asked Santiago to withdraw 30 diplomats", "told Valdora to withdraw": a demand, not yet its execution
DIRECTIVE_VERBS = frozenset({"ask", "order", "demand", "urge", "request", "tell", "call", "instruct", "direct",
                             "press", "invite", "pressure", "push", "want", "give"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: verbs whose object is a topic: "discussed a ceasefire", "talking about a truce" have not reached one
TOPIC_VERBS = frozenset({"discuss", "talk", "negotiate", "debate", "consider", "explore"})
#: how a noun names what another noun is about: "an agreement on a ceasefire", "a deal for a truce"
ABOUT_PREPS = frozenset({"on", "of", "for", "over", "about"})
#: prepositions that make an event the time anchor of a clause, not its content
TIME_ANCHORS = frozenset({"since", "after", "before", "following", "until", "during"})
#: how a trigger is governed by the verb whose cues apply to it
CHAIN_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "pcomp", "acomp",
                        "oprd", "compound", "conj", "dative", "agent"})


def _subject_text(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ in ("nsubj",) or (c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children)):
            head = c if c.dep_ == "nsubj" else next(g for g in c.children if g.dep_ == "pobj")
            if head.pos_ == "PRON" and head.lower_ in ("it", "this", "that", "which"):
                continue
            return head.doc[head.left_edge.i: head.right_edge.i + 1].text
    return None


def _first_conjunct(tok: Token) -> Token:
    """The first of a row of nouns joined by "and"/"or" ("the resignation of X and the arrest of Y": resignation).
    A noun that a verb follows ("offer shipment and only limited sales were booked") or that "but" joins is the
    subject of a clause of its own, whatever the parser's arc says."""
    cur = tok
    doc = tok.doc
    while cur.dep_ == "conj" and cur.pos_ == "NOUN" and cur.head.pos_ == "NOUN" and cur.head.i < cur.i:
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or") and cur.head.i < c.i < cur.i
                     for c in cur.head.children)
        after = cur.right_edge.i + 1
        if not joined or (after < len(doc) and doc[after].pos_ in ("AUX", "VERB")):
            break
        cur = cur.head
    return cur


def _role(tok: Token) -> str:
    """The dependency a noun has through the first of its conjuncts ("demanded X and the arrest": dobj)."""
    return str(_first_conjunct(tok).dep_)


def _governors(tok: Token) -> list[Token]:
    """The trigger and the tokens whose tense/modal/negation cues it inherits (up to its clause)."""
    chain = [tok]
    cur = _first_conjunct(tok)  # "could discuss a ceasefire and the release of prisoners": the first's governor
    while cur.dep_ in CHAIN_DEPS and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in TIME_ANCHORS:
            break  # "has not been seen since the 2027 takeover": the clause's negation is not the takeover's
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and cur.i != tok.i:
            break  # "in response to a request": the noun's own clause is not the request's
        chain.append(cur)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("xcomp", "conj", "acl", "pcomp"):
            break
    return chain


#: verbs of telling and knowing: "did not announce his visit", "did not comment on the bombing" negate the
#: telling, not the event
TELLING_VERBS = REPORTING_VERBS | frozenset({"announce", "comment", "disclose", "reveal", "know", "publicize",
                                          "mention", "explain", "specify", "elaborate"})


#: verbs of doing a known event: "X did not carry out / order / plan the bombing" denies X's part, not the bombing
AUTHOR_VERBS = frozenset({"carry", "commit", "perpetrate", "order", "plan", "organise", "organize", "stage",
                          "conduct", "mastermind", "fund", "finance", "claim", "ask", "support", "do"})


#: verbs of expecting and perceiving: "did not expect the attack", "had not anticipated the riot", "never noticed
#: the fire" negate the expecting or the noticing, and take a known event as given (it happened all the same;
#: "did not see any explosion", an event not known, is denied)
PERCEPTION_VERBS = frozenset({"expect", "anticipate", "foresee", "predict", "see", "notice", "hear", "witness",
                              "spot", "detect", "realise", "realize", "imagine", "sense", "feel"})


def _known(tok: Token) -> bool:
    """An event noun told as known: "the/this/that bombing", "its attack", "the Sarn bombing"."""
    return tok.pos_ == "NOUN" and any((c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                                      or c.dep_ in ("poss", "compound") for c in tok.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("det", "advmod")) for c in verb.children)


#: subjects that deny the deed itself: "nobody was hurt", "no one has claimed it"
NOBODY = frozenset({"nobody", "none", "noone"})


def _no_subject(verb: Token) -> bool:
    """"No group has claimed responsibility", "nobody was injured", "no one was arrested": the subject
    quantified by "no" denies that anyone did (or underwent) the deed."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in NOBODY or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)):
            return True
        if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def _denied_by_subject(t: Token, chain: list[Token]) -> bool:
    """The trigger is the verb whose subject is "no X", or that verb's object ("no group claimed
    responsibility"); an event in a phrase further down ("no one was arrested for the bombing") is not denied."""
    if t.pos_ not in ("VERB", "AUX") or not _no_subject(t):
        return False
    if t.i == chain[0].i:
        return True
    if chain[chain.index(t) - 1].dep_ not in ("dobj", "nsubjpass"):
        return False
    if chain[0].lemma_.lower() in OWNED_NOUNS:
        return True  # "no group has claimed responsibility": no claim was made
    # "no one saw the explosion coming", "nobody announced the visit": the seeing or the telling is denied
    return t.lemma_.lower() not in TELLING_VERBS | PERCEPTION_VERBS


#: what a claim of a deed takes on: "claimed responsibility / credit for the bombing"
OWNED_NOUNS = frozenset({"responsibility", "credit"})


#: prepositions of the setting of a plan, not of what is planned ("decided in a meeting", "agreed during talks")
SETTING_PREPS = frozenset({"in", "during", "amid", "despite", "following", "after", "since", "before"})


def _plans(t: Token, chain: list[Token]) -> bool:
    """A plan or expectation of the event, not a past deed ("who planned last week's bombing" is realis)."""
    below = chain[chain.index(t) - 1]
    if below.dep_ == "prep" and below.lower_ in SETTING_PREPS:
        return False  # "decided in an emergency meeting to pause the search": the meeting is where, not what
    if below.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "prep"):
        return True
    past = t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have") for c in t.children))
    return not past


def _cause(t: Token, chain: list[Token]) -> bool:
    """"died due to flooding": "due to" with a noun is a cause ("because of"), not a schedule ("due to visit").
    The parser hangs the noun on "to" or, taking "due to" as one preposition, on "due" itself with "to" beside it
    ("the death toll due to a missile attack climbed": the attack is the cause told, not one to come)."""
    below = chain[chain.index(t) - 1]
    if t.lower_ != "due":
        return False
    return (below.dep_ in ("prep", "pcomp") and below.lower_ == "to") or \
        (below.dep_ == "pobj" and any(c.lower_ == "to" and c.dep_ in ("prep", "pcomp") for c in t.children))


#: measures that an authority takes by announcing them: "announced that the talks would be suspended"
MEASURE_VERBS = frozenset({"suspend", "halt", "freeze", "close", "ban", "expel", "cancel", "postpone", "recall",
                           "sever", "impose", "lift", "end", "terminate", "revoke"})
#: telling verbs in the past whose "would" is the backshifted "will" of a decision told
ANNOUNCING_VERBS = frozenset({"announce", "declare", "tell", "say", "inform", "confirm", "decide", "state"})


def _announced_measure(t: Token, chain: list[Token]) -> bool:
    """"Lindqvist announced that the talks would be suspended": a measure told in the past by the authority
    that takes it is taken by that telling (the backshifted "will" of a decision), not a hypothesis. A plan
    ("said she would visit Lesk") stays one: only measures (:data:`MEASURE_VERBS`) count."""
    if t.i != chain[0].i or t.lemma_.lower() not in MEASURE_VERBS or t.dep_ != "ccomp":
        return False
    teller = t.head
    would = [c for c in t.children if c.dep_ == "aux" and c.lower_ in MODALS_HYPO]
    return all(c.lower_ == "would" for c in would) and teller.lemma_.lower() in ANNOUNCING_VERBS and \
        teller.tag_ == "VBD" and not any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                                         for c in (*t.children, *(g for k in t.children for g in k.children)))


#: verbs that ask for a deed named by a noun: "demanded his resignation", "called for an inquiry", "urged the
#: release of the hostages" ask for it; the deed has not happened (unlike "announced his resignation")
DEMAND_VERBS = frozenset({"demand", "urge", "seek", "request", "call", "ask", "press", "push", "appeal", "clamour",
                          "clamor", "insist"})
#: the preposition each demand verb takes before its noun ("called for", "pressed for", "insisted on")
DEMAND_PREPS = frozenset({"for", "on"})


#: verbs that order a deed named by a noun: "ordered the arrest of X", "ordered an inquiry", "the evacuation was
#: ordered" (the order is given; the deed comes later, if at all)
ORDER_VERBS = frozenset({"order", "authorize", "authorise", "decree"})
#: event types of the incidents whose ordering tells their author, not a deed to come ("ordered the attack",
#: "ordered the killing of the envoy": the incident happened; see AUTHOR_VERBS)
AUTHORED_TYPES = frozenset({"ASSAULT", "CRIME", "DISASTER"})


def _authored_incident(noun: Token) -> bool:
    """Is the noun an incident (an attack, a killing) rather than a measure (an arrest, a release, an inquiry)?"""
    kind = TRIGGERS.get(noun.lemma_.lower())
    return kind is not None and kind.type in AUTHORED_TYPES


def _demanded(t: Token, chain: list[Token]) -> bool:
    """The event is what ``t`` asks for: its object ("demanded the resignation", "the resignation was demanded"),
    or its "for"-object ("called for an inquiry"). An order's object is asked for too ("ordered the arrest of X"),
    unless it is an incident, whose orderer is its author ("ordered the attack")."""
    lemma = t.lemma_.lower()
    if t.i == chain[0].i or t.pos_ not in ("VERB", "AUX") or lemma not in DEMAND_VERBS | ORDER_VERBS:
        return False
    below = chain[chain.index(t) - 1]
    if lemma in ORDER_VERBS:
        return below.i == chain[0].i and chain[0].pos_ == "NOUN" and _role(below) in ("dobj", "nsubjpass") and \
            not _authored_incident(chain[0])
    if below.i == chain[0].i and chain[0].pos_ == "NOUN" and _role(below) in ("dobj", "nsubjpass"):
        return lemma not in ("call", "ask", "press", "push", "appeal", "insist")  # "called the attack"
    return below.dep_ == "prep" and below.lower_ in DEMAND_PREPS and chain.index(t) == 2 and chain[0].pos_ == "NOUN"


def demanded_by(tok: Token) -> Token | None:
    """The verb that asks for or orders the deed a noun trigger names ("On Friday the minister ordered the arrest
    of X": "ordered"), or None. Its clause's date is the asking's, not the deed's, which is still to come."""
    if tok.pos_ != "NOUN":
        return None
    chain = _governors(tok)
    return next((t for t in chain[1:] if _demanded(t, chain)), None)


def _demanded_clause(tok: Token) -> bool:
    """"demanded that the minister step down", "asks that Velmora be suspended": a "that"-clause in the subjunctive
    (a bare verb, a bare "be" passive) under a demand ("insisted that the army attacked first" is a claim, in the
    past)."""
    bare = tok.tag_ in ("VB", "VBP") or (tok.tag_ == "VBN" and any(  # "asks that Orvania be suspended"
        c.dep_ == "auxpass" and c.lower_ == "be" for c in tok.children))
    return tok.dep_ == "ccomp" and bare and tok.head.lemma_.lower() in (
        "demand", "urge", "insist", "request", "ask") and not any(c.dep_ == "aux" for c in tok.children)


def _infinitive(tok: Token) -> bool:
    """A bare verb with "to": "to visit"."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


#: finite verb tags: a sentence with none is headline English ("Minister to visit Lesk")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headline_infinitive(tok: Token) -> bool:
    """"Minister to visit Lesk next week", "Top diplomat to visit X": a headline's "to" infinitive, with no finite
    verb in its sentence, tells what is to come (the parser makes it the root or a clause of the subject noun)."""
    if not _infinitive(tok) or any(t.tag_ in FINITE_TAGS for t in tok.sent):
        return False
    return tok.dep_ == "ROOT" or (tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "ROOT" and
                                  tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i)


def _particle(verb: Token, particles: frozenset[str]) -> bool:
    return any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def _turned_down(t: Token, chain: list[Token]) -> str | None:
    """"refused to meet the envoy", "ruled out talks": negated; "cancelled the visit", "called off the talks",
    "prevented an attack": negated; "delayed the release", "postponed the meeting", "put off the vote": expected.
    ``t`` is the verb that turns the act down, the act its infinitive or its object (or, passive, its subject).
    A turning down that is only possible ("may delay") leaves the act to the modal; one that is negated ("did not
    cancel the visit") leaves it as told: "" (no reading, and none from further up).
    A turning down told in a condition ("if the banks refused to lend") or under a negation ("did not want to cancel
    his visit") is read from there; what is kept from
    something else ("to prevent a deal from turning sour") is not what is prevented."""
    if t.i == chain[0].i or t.pos_ not in ("VERB", "AUX") or any(
            (c.dep_ == "aux" and c.lower_ in MODALS_HYPO) or (c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS)
            for u in chain[chain.index(t):] for c in u.children) or any(
            _negated(u) for u in chain[chain.index(t) + 1:]):
        return None  # "if they continue to prevent the aid", "did not want to cancel his visit": read from above
    below = chain[chain.index(t) - 1]
    lemma = t.lemma_.lower()
    # the act itself is what is refused ("refused to negotiate"), not a thing the refused act is about ("refused
    # to approve the requests": the requests were made)
    infinitive = below.i == chain[0].i and below.dep_ == "xcomp" and below.pos_ == "VERB" and _infinitive(below)
    direct = below.i == chain[0].i and chain[0].pos_ == "NOUN" and _role(below) in ("dobj", "nsubjpass") and not any(
        w.dep_ == "prep" and w.lower_ == "from" and w.i > chain[0].i and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in w.children) for w in t.subtree)
    reading: str | None = None
    if lemma in REFUSAL_VERBS and (lemma != "rule" or _particle(t, REFUSAL_PARTICLES)):
        reading = "negated" if infinitive or (direct and lemma == "rule") else None
    elif direct and (lemma in CANCEL_VERBS or (lemma == "call" and _particle(t, CANCEL_PARTICLES))):
        reading = "negated"
    elif direct and (lemma in POSTPONE_VERBS or (lemma in ("put", "push") and _particle(t, POSTPONE_PARTICLES))):
        reading = "expected"
    if reading is not None and _negated(t):
        return ""
    return reading


def _arranged(t: Token) -> bool:
    """An act arranged to come, told with a present "is/are to" ("who are to be charged", "is to face court"): the
    "be" of arrangement with an infinitive, not "was to" (a plan that may not have held), "the aim is to" nor "it is
    difficult to resist", "the sixth country to fall"."""
    be = t.head
    return t.dep_ == "xcomp" and t.pos_ == "VERB" and be.lemma_.lower() == "be" and be.tag_ in ("VBZ", "VBP") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and not any(
            (c.dep_ == "nsubj" and (c.lower_ in _EMPTY_SUBJECTS or (c.pos_ == "NOUN" and c.lemma_.lower() in _AIMS)))
            or c.dep_ in ("acomp", "attr") for c in be.children)


#: subjects of a "be" that says how an act is, not that it is arranged ("it is difficult to resist")
_EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there"})


#: nouns of an aim, whose "is to" tells what is aimed at ("the aim is to capture the town")
_AIMS = frozenset({"aim", "goal", "plan", "objective", "purpose", "task", "idea", "intention", "mission", "job"})


def _proceeding_ahead(tok: Token) -> bool:
    """A proceeding still to come: what someone faces or awaits in the present ("faces trial", "Velmora faces a
    series of terrorism trials", "is awaiting extradition"; "faced trial in 2019" was held), or what a date is (not
    yet) fixed for ("the date for the trial has not yet been fixed", "no date has been set for the hearing"), or
    what a ruling is on, when the ruling comes first ("plans to rule on the trial", "a decision on his
    extradition"), or what is pending ("held without bail pending his trial")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PROCEEDING_NOUNS:
        return False
    noun = _first_conjunct(tok)
    if noun.dep_ == "pobj" and noun.head.lower_ == "pending":
        return True  # "held without bail pending his trial": whatever the clause, what is pending is ahead
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "over", "about") and \
            noun.lemma_.lower() in DECIDED_PROCEEDINGS and noun.head.head.lemma_.lower() in RULING_WORDS:
        return True  # "plans to rule on the trial": whether it is held is what is ruled
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of") and noun.head.head.pos_ == "NOUN":
        holder = noun.head.head
        if holder.lemma_.lower() in SCHEDULE_NOUNS and holder.dep_ in ("nsubjpass", "dobj", "nsubj") and \
                holder.head.lemma_.lower() in FIXING_VERBS:
            return True  # "the date for the trial has not yet been fixed"
        if noun.head.lower_ == "of" and holder.lemma_.lower() in COUNT_NOUNS:
            noun = holder  # "a record series of terrorism trials": the series is what is faced
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in FACING_VERBS or verb.tag_ not in ("VBZ", "VBP", "VBG"):
        return False
    return not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBN") for c in verb.children)  # "had been facing"


def _about_to(t: Token, chain: list[Token]) -> bool:
    """"The trial is about to start", "police are about to arrest him": an act on the point of coming. The act is
    the infinitive under "about" (or below it), or the subject of one that starts it."""
    if t.lemma_.lower() != "be":
        return False
    for about in t.children:
        if about.dep_ != "acomp" or about.lower_ != "about":
            continue
        for inf in about.children:
            if inf.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
                continue
            if about in chain:
                return True
            below = chain[chain.index(t) - 1] if t.i != chain[0].i else None
            if below is not None and below.dep_ == "nsubj" and inf.lemma_.lower() in STARTING_VERBS:
                return True
    return False


def _local_reading(chain: list[Token]) -> str | None:
    for t in chain:
        if _demanded(t, chain):
            return "planned"  # asked for, not done: "demanded his resignation", "called for an inquiry"
        if t.i != chain[0].i and t.lemma_.lower() in DIRECTIVE_VERBS and chain[chain.index(t) - 1].dep_ == "xcomp" \
                and chain[chain.index(t) - 1].pos_ in ("VERB", "AUX"):
            return "planned"  # asked (someone) to do it: demanded, not done
        if t.i != chain[0].i and chain[0].lemma_.lower() in OWNED_NOUNS and _denied_by_subject(t, chain):
            return "negated"  # "no group has claimed responsibility": the claim itself is denied
        if t.i != chain[0].i and t.lemma_.lower() in TELLING_VERBS:
            break  # what holds of the telling does not hold of the event told
        turned = _turned_down(t, chain)
        if turned is not None:
            return turned or None  # refused, called off or put off: not done (yet); not refused: as told
        if t.i != chain[0].i and t.lemma_.lower() in AUTHOR_VERBS and _known(chain[0]):
            break  # "did not carry out the Sarn bombing": a denial of who did it, not that it happened
        if t.i != chain[0].i and t.lemma_.lower() in PERCEPTION_VERBS and _negated(t) and _known(chain[0]):
            break  # "did not expect the attack": the expecting is negated, the attack happened
        if _regret(t):
            break  # "a tragedy that should not have happened": it did
        if t.i != chain[0].i and _guessed_part(t, chain[0]):
            break  # "X could have been involved in the Sarn attack": a guess at who did it, not whether it happened
        if t.i != chain[0].i and t.lower_ in courts.GUILT:
            break  # "pleaded not guilty to fraud charges", "found not guilty of murder": the plea or the verdict is
            # what "not" denies, the charge stays laid
        kids = list(t.children)
        if _negated(t) and not _subject_of_other_deed(t, chain):
            return "negated"
        if _denied_by_subject(t, chain):
            return "negated"
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            return "negated"  # "ended without an agreement (on a ceasefire)": neither was reached
        if t.i != chain[0].i and t.lemma_.lower() in TOPIC_VERBS and _indefinite(chain[0]):
            return "hypothetical"  # "discussed a ceasefire": talked about, not reached ("the ceasefire" may be)
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ in MODALS_HYPO for c in kids) and not _announced_measure(t, chain):
            return "hypothetical"
        if t.lemma_.lower() in PLANNED_VERBS and t.i != chain[0].i and _plans(t, chain):
            return "planned"
        if t.lemma_.lower() in EXPECTED_VERBS and t.i != chain[0].i and _plans(t, chain) and not _cause(t, chain):
            return "expected"
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in kids):
            return "expected"
        if any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in kids) and any(
                c.dep_ == "aux" and c.lower_ == "can" for c in kids):
            return "expected"  # "before a trial can be held": still to come
        if _arranged(t):
            return "expected"  # "the ringleaders are to be charged", "the arm is to face court on April 29"
        if _about_to(t, chain):
            return "expected"  # "the trial is about to start"
        if _headline_infinitive(t):
            return "expected"  # a headline's "Minister to visit Lesk next week", "Envoy to begin a tour": to come
        if any(c.lower_ in ALLEGED_ADV for c in kids) or any(
                c.dep_ == "amod" and c.lower_ in ALLEGED_MOD for c in kids):
            return "alleged"
        if any(c.dep_ == "amod" and c.lower_ in FUTURE_MODS for c in kids) and t.i == chain[0].i:
            return "expected"
    return None


#: modals of what ought to have been: "should not have happened" says it did
DEONTIC = frozenset({"should", "must", "ought"})


def _regret(verb: Token) -> bool:
    """"A tragedy that should not have happened", "should never have been allowed": a regret about the past,
    told of what did happen (unlike "did not happen", or "should have happened", which did not)."""
    kids = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in kids) and \
        any(c.dep_ == "aux" and c.lower_ == "have" for c in kids) and \
        any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ == "advmod") for c in kids)


def _guessed_part(verb: Token, event: Token) -> bool:
    """A guess about a past deed ("could have been involved in", "may have planned") whose object is a named or
    definite event ("the Sarn attack", "the bombing"): the event is taken as known; only the part is guessed.
    (A guess about the event itself, "the attack could have been prevented", has the event as its subject.)"""
    perfect = any(c.dep_ == "aux" and c.lower_ in MODALS_HYPO for c in verb.children) and \
        any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    known = event.pos_ == "NOUN" and event.dep_ in ("pobj", "dobj") and any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" or
        (c.dep_ == "compound" and c.pos_ == "PROPN") for c in event.children)
    return perfect and known


#: verbs that say whether their subject event happened: "the meeting did not take place", "was not held"
HAPPENING_VERBS = frozenset({"happen", "occur", "take", "hold", "go", "proceed", "materialize", "materialise",
                             "start", "begin", "end", "resume", "come", "be"})


def _subject_of_other_deed(t: Token, chain: list[Token]) -> bool:
    """"The attack will not deter us", "the bombing did not stop the talks": the event is the subject of
    another, negated deed, and happened all the same (unlike "the meeting did not take place")."""
    below = chain[chain.index(t) - 1] if t.i != chain[0].i else None
    return below is not None and below.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() not in HAPPENING_VERBS


def _indefinite(tok: Token) -> bool:
    """A noun with "a"/"an" or no determiner at all ("a ceasefire", "peace"), not "the/this/its ceasefire"."""
    if tok.pos_ != "NOUN":
        return False
    return not any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an") for c in tok.children)


def _without(tok: Token) -> bool:
    """"ended without an agreement on a ceasefire": what a missing noun is about did not happen either."""
    cur = tok
    while cur.dep_ == "pobj" and cur.head.lower_ in ABOUT_PREPS and cur.head.head.pos_ == "NOUN":
        cur = cur.head.head
    return cur.i != tok.i and cur.dep_ == "pobj" and cur.head.lower_ == "without"


def _ancestor_reading(tok: Token) -> tuple[str | None, str | None]:
    """Reading and reporter from attribution verbs above the trigger's clause."""
    reading: str | None = None
    reporter: str | None = None
    below = tok
    for anc in tok.ancestors:
        lemma = anc.lemma_.lower()
        if reading is None and not (below.dep_ == "conj" and below.head.i == anc.i):
            # (an act joined to the verb is no content of it: "was denied bail and remanded to prison")
            if lemma in DENY_VERBS:
                reading = "denied"
            elif lemma in ALLEGE_VERBS:
                reading = "alleged"
            elif lemma in CLAIM_VERBS and anc.pos_ == "VERB" and below.dep_ != "nsubj":
                reading = "claimed"  # a claim's noun ("her claim that ... the bombing") reads nothing, nor does
                # what the event itself claimed ("the blast claimed 12 lives": it took them)
        below = anc
        if reporter is None and lemma in REPORTING_VERBS:
            reporter = _subject_text(anc)
    return reading, reporter


def _according_to(tok: Token) -> str | None:
    sent = tok.sent
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            objs = [g for g in t.doc[t.i + 1].children if g.dep_ == "pobj"]
            if objs:
                return t.doc[objs[0].left_edge.i: objs[0].right_edge.i + 1].text
    return None


#: conjunctions of a time clause whose present tense tells the future when the main clause does
TIME_MARKS = frozenset({"when", "once", "after", "before", "until", "as", "whenever"})


def attempted(tok: Token) -> bool:
    """Is the trigger the act an attempt aimed at? Under a verb of attempt ("failed to detain him", "attempted to
    arrest him") or a noun of one, as its infinitive ("the attempt to arrest him", "a failed bid to detain the
    leader") or its compound ("an arrest attempt"). Whether that makes it another incident than the act done is
    the caller's to say (a failed arrest is not the arrest days later; an attempted hijacking is an attack)."""
    head = tok.head
    if head.i == tok.i:
        return False
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in ATTEMPT_VERBS:
        return tok.dep_ == "xcomp"
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ATTEMPT_NOUNS:
        return False
    return tok.dep_ == "compound" or (tok.dep_ in ("acl", "xcomp", "relcl") and tok.i > head.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _future_time_clause(tok: Token) -> bool:
    """"... will be clear when she travels to Lesk": a present-tense time clause under a future main verb tells
    an expected event (English puts no "will" in it)."""
    if tok.tag_ not in ("VBZ", "VBP") or tok.dep_ != "advcl":
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in tok.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in tok.head.children)


def prospect(tok: Token) -> bool:
    """The "to" infinitive of a noun of an act to come: "accepted an invitation to visit X", "a plan to meet the
    president", "renewed his offer to mediate" (the noun's own clause, which the governor chain stops at). The
    events component reads it for meetings, visits and talks only: "the plan to cut 5,000 jobs" is, for an
    evaluation of actions (MEANTIME), the cut the next sentence tells as done (-0.11 there when read for all)."""
    return tok.pos_ == "VERB" and tok.dep_ in ("acl", "xcomp") and tok.head.pos_ == "NOUN" and \
        tok.head.lemma_.lower() in PROSPECT_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _only(anchor: Token) -> bool:
    """"only after ...", "but only if ...": "only" on the anchor or right before it."""
    return any(c.lower_ == "only" for c in anchor.children) or (
        anchor.i > 0 and anchor.doc[anchor.i - 1].lower_ == "only")


def _condition_anchor(tok: Token) -> Token | None:
    """The preposition or conjunction that makes the event a condition of another act: "until the release of
    ...", "only after the release", "in exchange for the release", "once they are freed", "until Israel releases
    the prisoners" (the event as the clause's verb, subject or object). None when it is not one."""
    if tok.dep_ == "pobj":
        prep = tok.head
        word = prep.lower_
        if word in CONDITION_PREPS or (word in ONLY_ANCHORS and _only(prep)):
            return prep
        holder = prep.head  # "in exchange for", "in return for", "on condition of"
        if word in ("for", "of") and holder.lemma_.lower() in CONDITION_NOUNS and holder.dep_ == "pobj" and \
                holder.head.lower_ in ("in", "on", "as"):
            return holder.head
        return None
    clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if tok.pos_ not in ("VERB", "AUX") and (tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or
                                             clause.pos_ not in ("VERB", "AUX")):
        return None
    if clause.dep_ != "advcl":
        return None
    for c in clause.children:
        if c.dep_ == "mark" and (c.lower_ in CONDITION_MARKS - {"if"} or (c.lower_ in ONLY_ANCHORS and _only(c))):
            return c  # the clause's conjunction, which hangs on the clause's head like a preposition
    return None


def _to_come(verb: Token) -> bool:
    """Is the act of ``verb``'s clause still to come: told with "will/would/could", planned, hoped, ready or
    willing to, expected, or negated in the present or the future ("will not resume talks", "talks are not
    possible")? A reporting verb stands for the clause it reports, which the parser often hangs the condition
    on ("said the group was ready to return to talks, but only after ...")."""
    if verb.lemma_.lower() in REPORTING_VERBS:
        told = [c for c in verb.children if c.dep_ == "ccomp"]
        if not told:
            return False
        verb = told[0]
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    reading = _local_reading(_governors(verb))
    if reading in ("hypothetical", "planned", "expected"):
        return True
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX | MODALS_HYPO for c in kids):
        return True
    if any(c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in PLANNED_VERBS | EXPECTED_VERBS for c in kids) or \
            verb.lemma_.lower() in PLANNED_VERBS | EXPECTED_VERBS:
        return True
    return reading == "negated" and verb.tag_ in ("VB", "VBZ", "VBP") and not any(
        c.dep_ == "aux" and c.tag_ in ("VBD", "VBN") for c in kids)


#: anchors of a time to come rather than of a condition: "until they disarm", "once the envoy arrives"
TIME_TO_COME = frozenset({"until", "till", "once", "upon", "pending"})


def _condition(tok: Token) -> str | None:
    """The event is a condition of an act still to come, so it has not happened either (see the module text):
    expected after a word of time ("until the release", "once the envoy arrives"), hypothetical after one of a
    condition ("unless", "in exchange for", "only after")."""
    anchor = _condition_anchor(tok)
    if anchor is None:
        return None
    below = anchor.head if anchor.dep_ == "mark" else anchor  # a conjunction's clause hangs on the act
    if below.head.i == below.i or not _to_come(below.head):
        return None
    return "expected" if anchor.lower_ in TIME_TO_COME and not _only(anchor) else "hypothetical"


def _imperative(tok: Token) -> bool:
    """The trigger is a demand in the imperative: "Release the hostages now, protesters tell the government", or a
    headline's "Group Tells Capital: Free Our Men" (after a colon that follows a verb of telling or asking; a
    title-case parse often tags the imperative as a name). No subject, no auxiliary."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    sent = tok.sent
    if tok.tag_ == "VB" and tok.i == sent.start and tok.i + 1 < sent.end and tok.doc[tok.i + 1].dep_ == "det":
        return True  # "Release the hostages ...": a bare verb opening its sentence before its object
    if tok.i - 1 <= sent.start or tok.doc[tok.i - 1].text != ":" or tok.tag_ not in ("VB", "NNP"):
        return False
    before = tok.doc[sent.start: tok.i - 1]
    return any(t.pos_ == "VERB" and t.lemma_.lower() in DIRECTIVE_VERBS for t in before)


def _pressed_for_clause(verb: Token) -> bool:
    """"calls for Lesk to cut its ties", "protesters called for the president to resign": the deed of a "for ... to"
    clause under a demand asks it of its subject, it is not done."""
    return verb.pos_ == "VERB" and verb.dep_ in ("advcl", "relcl", "acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in verb.children) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) and (
        verb.head.lemma_.lower() in DEMAND_VERBS | PRESSING_NOUNS)


def _warranted(tok: Token) -> bool:
    """What a warrant or a reward is for: "a warrant was issued for his arrest", "issued a warrant for the arrest of
    X", "a reward for his capture" (the act is ordered, not done; "ordered the arrest of X" is read with the
    demands, ``ORDER_VERBS``); what a noun of pressing is for ("calls for his release")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    holder = tok.head.head
    if holder.lemma_.lower() in WARRANT_NOUNS or holder.lower_ in WARRANT_NOUNS:
        return True
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in PRESSING_NOUNS:
        return True  # "calls for the release of the activists", "pressure for her resignation": asked for, not done
    return holder.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WARRANT_NOUNS
                                         for c in holder.children)


#: nouns of a command whose content is an act to be done: "the shoot-to-kill order", "gave the order to fire"
ORDER_NOUNS = frozenset({"order", "command", "instruction", "directive"})


def _ordered(tok: Token) -> bool:
    """An act told only as what an order commands: a word set before the order noun ("a shoot-to-kill order",
    "the evacuation order", also through the verb it is joined to: "kill" of "shoot-to-kill"), or a
    "to"-infinitive hung on the order noun or on the verb that gives it ("gave the order to the army to shoot").
    The order is the event told; the act ordered is planned, whether or not it was carried out later."""
    cur = tok
    for _ in range(3):  # "kill" -> "shoot" -> "order"
        if cur.dep_ in ("nmod", "compound", "amod") and cur.head.lemma_.lower() in ORDER_NOUNS:
            return True
        if cur.dep_ not in ("xcomp", "dobj", "conj", "advcl"):
            break
        cur = cur.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return False
    head = cur.head
    if cur.dep_ == "acl" and head.lemma_.lower() in ORDER_NOUNS:
        return True
    return cur.dep_ in ("advcl", "xcomp") and head.pos_ == "VERB" and head.lemma_.lower() in ("give", "issue") \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ORDER_NOUNS for c in head.children)


def modality_of(tok: Token) -> tuple[str, str | None]:
    """(modality, reported_by) of the event whose trigger is ``tok``."""
    if _warranted(tok) or _ordered(tok):
        return "planned", _ancestor_reading(tok)[1] or _according_to(tok)
    if _imperative(tok) or _pressed_for_clause(tok):
        return "planned", _ancestor_reading(tok)[1] or _according_to(tok)  # asked for, like "demanded"
    condition = _condition(tok)
    if condition is not None:
        return condition, _ancestor_reading(tok)[1] or _according_to(tok)
    local = _local_reading(_governors(tok)) or ("negated" if _without(tok) else None)
    if local is None and _demanded_clause(tok):
        local = "planned"
    if local is None and _future_time_clause(tok):
        local = "expected"
    if local is None and _proceeding_ahead(tok):
        local = "expected"
    above, reporter = _ancestor_reading(tok)
    reporter = reporter or _according_to(tok)
    # a negation or condition on the event itself outranks the attribution above it
    if local in ("negated", "hypothetical", "planned", "expected"):
        return local, reporter
    if above is not None:
        return above, reporter
    return local or "asserted", reporter
