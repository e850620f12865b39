"""When an event mention happened, and whether the text tells it as background.

**Own date.** A date belongs to an event when the text attaches it to the
event: inside the trigger's own phrase ("Sunday's blast", "the bombing on
January 30", "a blast that took place on January 30"), in the clause the
trigger heads ("exploded on Tuesday"; not in a clause embedded under it, "said
on Wednesday that ..."), or in the clause of a verb that tells the noun's
occurrence ("the attack took place on Sunday", "a blast rocked X on Monday",
"carried out an attack on Friday"). A date on a verb that reports on the
event ("the toll from the bombing rose to 54 on Monday", "police said on
Wednesday", "claimed responsibility on Monday") is that report's date, not the
event's. Failing all that, a date elsewhere in the sentence counts only when
it does not hang on such a reporting verb or on another event.

**Reported date.** A past or present event with no date of its own is dated
by its report: the article's publication date, ``basis="reported"`` and
``mod="ON_OR_BEFORE"`` (it happened on or before that day). Expected,
planned and hypothetical events get no such date.

**Background.** A mention told as background is an older incident, never dated
by the publication date (only "four days after the arrest", when what it counts from is news with no date of
its own, bounds it: on or before four days before the report): past perfect ("had led the delegation"), inside a
"since" phrase ("since the Dark Front regained power", "the deadliest since the
2014 attack"), before/after/following another event ("after the takeover",
"three days after a bombing killed 12"), an anniversary or memorial of it,
"previously"/"earlier"/"once"/"in the past" on its verb (not "earlier today", "earlier in the day": the
day's news), or a noun marked
"former/previous/earlier/last" ("the previous blast"). ``distinct`` marks a
mention that the text sets apart from the incident just told ("another
attack", "a second blast", "in a separate attack").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from storyline.analyze.doctext import doc_text
from storyline.analyze.events.frames import judged_by_court
from storyline.analyze.events.modality import demanded_by
from storyline.analyze.events.ontology import TRIGGERS
from storyline.analyze.pipeline import AnalysisState
from storyline.analyze.time.dct import DATELINE_PLACE, DATELINE_WITHIN
from storyline.analyze.time.timexes import CONFIDENCE, SCHEDULE_VERBS, dated_timexes, governing_verb, is_future
from storyline.lexicons import calendar_words, courts, happening, motion, numbers, speech, titles, violence
from storyline.model import TimeValue, Timex
from storyline.timevalues import granularity_of, interval_strings, value_interval

#: verbs whose date is a report's, a reaction's or a toll's, never the event's: the reporting verbs, and verbs
#: of tolls, reactions and inquiry
REPORTING_VERBS = speech.REPORTING_VERBS | frozenset({
    "rise", "climb", "jump", "reach", "increase", "soar", "stand", "mount", "condemn", "investigate", "mourn",
    "bury", "denounce", "express", "update", "revise", "put", "identify", "arrest", "detain", "probe", "suspect",
    "indicate", "publish", "release", "issue", "show", "find", "believe", "think", "keep", "continue", "pour"})
#: verbs whose purpose clause is the event's own frame: "is in Lesk today to meet", "arrived on Monday to visit"
FRAME_VERBS = frozenset({"be"}) | motion.JOURNEY_VERBS
#: dependencies of clauses that are not the trigger's own ("said that ...", "after X happened", "who ...")
NESTED_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})
#: "since" on a verb: "more than 400 people have since been killed" (a count of what followed another event)
BACKGROUND_ADVERBS = frozenset({"previously", "earlier", "once", "formerly", "before", "since"})
BACKGROUND_ADJECTIVES = frozenset({"former", "previous", "earlier", "last", "past", "prior"})
DISTINCT_WORDS = frozenset({"another", "separate", "other", "fresh", "different", "further"})
#: where one act spreads, not another act: "opened fire in six different locations", "blasts at different exits"
SPREAD_NOUNS = frozenset({"location", "place", "site", "spot", "area", "part", "point", "exit", "entrance", "gate",
                          "street", "direction", "city", "town", "village", "neighbourhood", "neighborhood",
                          "district", "building", "floor"})
#: "a second blast went off 20 minutes later": the parts of one attack, not another attack
PARTS_OF_ONE = frozenset({"blast", "explosion", "bomb", "device", "explosive", "shot", "volley", "wave"})
#: "a second attack" is another one; "his fourth visit" is the one being told
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "new"})
BEFORE_AFTER = frozenset({"after", "following", "before", "since", "amid", "despite"})
LOWER_BOUND_PREPS = frozenset({"since", "after", "following"})
DATELINE_END = re.compile(r"^\s*(?:\([A-Z][\w .-]*\)\s*)?[-–—:]")
#: verbs that count the dead and the hurt ("had been killed", "had died"; see _backshifted_toll)
TOLL_VERBS = frozenset({"kill", "die", "injure", "wound", "hurt"})
MEMORY_NOUNS = frozenset({"anniversary", "commemoration", "memorial", "remembrance", "aftermath", "wake"})
#: "the attack was retribution for the 2011 push into X", "in response to X's presence in Y": what a motive phrase
#: names is an older event (or a state of things), with its own date and place
REASON_NOUNS = frozenset({"response", "retaliation", "retribution", "revenge", "reprisal", "vengeance"})
#: "held in detention until June 4", "withdraw 30 diplomats by 12 November": a deadline or an end, not the day
DEADLINE_WORDS = frozenset({"until", "till", "til", "by", "pending", "deadline", "through", "thru"})
#: "the assault, reminiscent of the 2004 siege": a date of the incident it is compared with
COMPARISON_WORDS = frozenset({"reminiscent", "similar", "like", "unlike", "comparable", "compare", "recall",
                              "evoke", "echo", "resemble", "mirror", "worst", "deadliest", "biggest", "largest"})
#: dependencies of a date that describes a noun ("a 1997-batch officer", "the 2019 election")
NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
#: a date and clock time opening a byline or page stamp ("May 6, 2031 4:26 PM", "March 26, 2024, 10:24:25 IST")
CLOCK = re.compile(r"^(?:at\s+)?\d{1,2}:\d{2}")
YEAR_END = re.compile(r"\b(?:19|20)\d\d\s*,?\s*(?:at)?$")


def _in_range(t: Timex, lo: int, hi: int) -> bool:
    return lo <= t.start and t.end <= hi


def _clause_tokens(head: Token, others: frozenset[int] = frozenset()) -> list[Token]:
    """The tokens of ``head``'s own clause: its subtree without the clauses embedded under it, nor a
    conjoined clause of another event ("has resigned, and on Saturday night gunmen killed six")."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if not (c.dep_ in NESTED_CLAUSES and c.pos_ in ("VERB", "AUX")
                                                and not _when_clause(c))
                  and not (c.dep_ == "conj" and (c.i in others or _contrasted(c)))
                  and not (c.dep_ == "prep" and c.lower_ in SUBSET_PREPS)]
    return out


#: prepositions that single out a part of what the clause counts: "have arrested 5,500 people, including 1,100 on
#: Thursday" dates the 1,100, not the 5,500 (a count up to the report)
SUBSET_PREPS = frozenset({"including", "excluding"})


def _contrasted(conj: Token) -> bool:
    """A conjoined clause with a subject of its own set against the one before by "but"/"yet" ("announced the end
    of the siege, but gunfire was heard again early on Wednesday"): another development, with its own time."""
    return conj.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conj.head.children if c.i < conj.i)


def _dated_in(tokens: list[Token], dated: list[Timex], stop: Token | None = None,
              others: frozenset[int] = frozenset()) -> list[Timex]:
    """Timexes starting on one of ``tokens``, without lower bounds ("the deadliest since 2014"), datelines,
    deadlines, comparisons, or dates of another event of the sentence (``others``, see :func:`foreign`).

    ``stop``: the event's own token; what lies above it ("after the bombing of 4 March") does not make its
    date a lower bound.
    """
    if not tokens:
        return []
    doc = tokens[0].doc
    starts = {t.idx: t.i for t in tokens}
    return [x for x in dated if any(lo <= x.start < lo + len(doc[i].text) for lo, i in starts.items())
            and not _lower_bound(doc, x, stop)
            and not (x.start < DATELINE_WITHIN + 40 and is_dateline(doc_text(doc), x))
            and not foreign(doc, x, stop, others)]


def foreign(doc: Doc, x: Timex, stop: Token | None, others: frozenset[int] = frozenset()) -> bool:
    """Is date ``x`` someone else's: a deadline ("until June 4", "by 12 November"), the incident a comparison
    names ("reminiscent of the 2004 siege"), a byline stamp ("May 6, 2031 4:26 PM"), or the date of another
    event trigger of the sentence that lies between it and ``stop`` ("expelled a diplomat over the killing
    ... in June": June is the killing's)."""
    span = doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in DEADLINE_WORDS:
        return True
    if _until_thing(span.root):
        return True  # "remanded in custody until his February court date": the end of the custody, a deadline too
    if stop is not None and any("\n" in doc[k].text_with_ws for k in range(min(span.start, stop.i),
                                                                          max(span.end - 1, stop.i))):
        return True  # on another line (a heading or a stamp the parser joined to the line before)
    if _stamp(doc, span.start, span.end, x.text or ""):
        return True
    if _modifies_other(doc, span.start, span.end, stop, others):
        return True
    if stop is not None and _dates_what_it_is_about(span.root, stop):
        return True
    t = span.root
    while t.head.i != t.i and (stop is None or t.i != stop.i):
        t = t.head
        if stop is not None and t.i == stop.i:
            break
        if t.lemma_.lower() in COMPARISON_WORDS or t.lower_ in COMPARISON_WORDS or is_motive(t) or _cause_of(t):
            return True
        if t.i in others and not _frame_of(t, stop) and _same_line(doc, t.i, span.start):
            return True
    return False


def _dates_what_it_is_about(root: Token, stop: Token) -> bool:
    """A possessive date of a noun the act is about or aimed at ("added him to the probe for last Sunday's
    events", "apologised for Monday's chaos", "arrested 20 people over Friday's unrest"): the day of that thing,
    not of the act (told days later). Not of the thing the act happened in or at ("killed in Sunday's violence",
    "during Friday's match": the same time), nor of the trigger itself ("Sunday's blast")."""
    noun = root.head
    if root.dep_ != "poss" or noun.i == stop.i or noun.dep_ != "pobj" or not any(
            c.dep_ == "case" for c in root.children):
        return False
    prep = noun.head
    return prep.i != stop.i and prep.lower_ not in FRAME_PREPS | {"on", "within", "throughout"}


#: verbs of one act setting others off ("the ousting sparked protests", "riots were triggered by the killing")
CAUSE_VERBS = frozenset({"spark", "trigger", "ignite", "prompt", "provoke", "unleash", "cause", "fuel"})


def _cause_of(t: Token) -> bool:
    """The phrase naming what set an act off: the agent of a passive verb of causing ("the protests were sparked
    by the ousting of X on December 7") or the subject of an active one ("the ousting of X on December 7 sparked
    protests"). A date inside it is the cause's; what it set off came after."""
    if t.head.i == t.i or t.head.lemma_.lower() not in CAUSE_VERBS or t.head.pos_ != "VERB":
        return False
    return t.dep_ == "agent" or (t.dep_ == "nsubj" and not any(c.dep_ == "auxpass" for c in t.head.children))


#: the words of an end that a thing named marks ("until his next court appearance in February"): not "by", which is
#: also an agent's ("killed by a bomb in February")
UNTIL_WORDS = frozenset({"until", "till", "til", "pending"})


def _until_thing(root: Token) -> bool:
    """Is the date part of a thing an act lasts until ("until his February court date", "until his next court
    appearance in February", "pending a hearing in May")? Climbs the date's noun modifiers and the "in"/"on"/"at"
    phrases of nouns to the object of an ending word."""
    held = root
    while True:
        if held.dep_ in ("compound", "nmod", "npadvmod", "amod", "poss") and held.head.pos_ in ("NOUN", "PROPN"):
            held = held.head
        elif held.dep_ == "pobj" and held.head.lower_ in ("in", "on", "at") and held.head.dep_ == "prep" and \
                held.head.head.pos_ in ("NOUN", "PROPN"):
            held = held.head.head
        else:
            break
    return held.i != root.i and held.dep_ == "pobj" and held.head.lower_ in UNTIL_WORDS


def _modified_noun(doc: Doc, start: int, end: int, nouns: frozenset[int]) -> Token | None:
    """"a participant in November militant attacks": the noun of ``nouns`` a date stands before (past at most
    two adjectives) and modifies, or that the parser made a second object of the date's preposition ("in" ->
    "November", "attacks"); None when the date is no such modifier ("On Tuesday bombs exploded")."""
    root, k = doc[start:end].root, end
    while k < len(doc) and k - end < 2 and doc[k].dep_ in ("amod", "compound") and k not in nouns:
        k += 1
    if k >= len(doc) or k not in nouns or not _same_line(doc, k, start):
        return None
    noun = doc[k]
    if (root.head.i == k and root.dep_ in NOUN_MODIFIERS) or (
            root.dep_ == noun.dep_ == "pobj" and root.head.i == noun.head.i):
        return noun
    return None


def _modifies_other(doc: Doc, start: int, end: int, stop: Token | None, others: frozenset[int]) -> bool:
    """A date that modifies another trigger noun of the sentence is that event's (:func:`_modified_noun`)."""
    noun = _modified_noun(doc, start, end, others)
    return noun is not None and (stop is None or noun.i != stop.i)


#: "killed in the attack on Friday", "injured during Monday's blast": the event the trigger happened in
FRAME_PREPS = frozenset({"in", "during", "at"})


def _frame_of(other: Token, stop: Token | None) -> bool:
    """Is the other trigger the event ``stop`` happened in ("two people were killed in the attack on Friday
    night": the attack's date is the killing's), or at the time of ("killed when a bomb exploded on Tuesday")?"""
    if stop is None:
        return False
    if _when_clause(other) and other.head.i == stop.i:
        return True
    prep = other.head
    return other.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in FRAME_PREPS and prep.head.i == stop.i


def _when_clause(verb: Token) -> bool:
    """"(killed) when a bomb exploded on Tuesday": an adverbial clause of the same time as the verb it hangs on."""
    return verb.dep_ == "advcl" and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


def _same_line(doc: Doc, i: int, j: int) -> bool:
    """No line break between tokens ``i`` and ``j``: a headline the parser joined to the sentence below it
    ("Police arrest suspect after attack\nPolice on Saturday arrested ...") does not own that sentence's date."""
    return not any("\n" in doc[k].text_with_ws for k in range(min(i, j), max(i, j)))


def _stamp(doc: Doc, start: int, end: int, text: str) -> bool:
    """A date with a clock time after it, or a clock time with a year before it: a byline or page stamp.
    (Tokens, not ``doc.text``, which spaCy rebuilds on each access.)"""
    after = " ".join(t.text for t in doc[end:end + 2])
    before = " ".join(t.text for t in doc[max(0, start - 2):start])
    # "5:55 a.m. ET, March 25"; not a day a preposition ties to the clause ("died at 2:17pm (09:17 GMT) on February
    # 16": the day of the clock time)
    clock_before = any(CLOCK.match(t.text) for t in doc[max(0, start - 5):start]) and not (
        start > 0 and doc[start - 1].lower_ in ("on", "of"))
    return bool(CLOCK.match(after.lstrip(", ")) or (CLOCK.match(text) and YEAR_END.search(before)) or clock_before)


def is_dateline(text: str, x: Timex) -> bool:
    """"TOLVAR, March 16 - Gunmen attacked ...": the date of the report, not of the event. It opens the text, or
    the first paragraph of the body under a headline ("Headline\n\nLESK, March 16 (EPS): ..."), after at most a
    place name."""
    line = text.rfind("\n", 0, x.start) + 1
    head = text[line:x.start]
    opening = line == 0 or (line <= DATELINE_WITHIN and bool(DATELINE_PLACE.fullmatch(head)))
    return len(head) < 40 and opening and bool(DATELINE_END.match(text[x.end:x.end + 20]))


def _lower_bound(doc: Doc, x: Timex, stop: Token | None = None) -> bool:
    """"since 2014", "since the government opened talks last year": a date the event came after."""
    span = doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in LOWER_BOUND_PREPS and not (
            stop is not None and span.root.head.i == stop.i and span.root.dep_ in NOUN_MODIFIERS):
        return True  # (not "after last week's attack", "since Sunday's blast": the date is the event's own)
    verb = governing_verb(span.root)
    inside = stop is not None and any(t.i == stop.i for t in verb.subtree)
    if any(c.dep_ == "mark" and c.lower_ in LOWER_BOUND_PREPS for c in verb.children) and not inside:
        return True  # "X has led it since the talks opened in 2030": 2030 bounds X, but is the talks' own date
    if stop is not None and span.start in since_tail(stop):
        return True  # "the first crash since the X disaster just outside Y nearly 15 years ago" (misparsed)
    if _fronted_bound(span) is not None:
        return True  # "Following the earthquake late Friday, X has declared ...": the earthquake's Friday
    t = span.root  # "rebuilt after the fighting of 2027": a date inside an "after" phrase (its object, not a word
    # the parser hung on the preposition: "almost day after day three years ago")
    while t.i != verb.i and t.head.i != t.i and (stop is None or t.i != stop.i):
        below, t = t, t.head
        if t.dep_ == "prep" and t.lower_ in LOWER_BOUND_PREPS and _same_line(doc, t.i, span.start) and not (
                stop is not None and any(x.i == stop.i for x in t.subtree)) and below.dep_ in ("pobj", "pcomp"):
            return True
    return False


def _fronted_bound(span: Span) -> Token | None:
    """"Following a strong earthquake late Friday, X has declared ...", "After the vote on Tuesday, the minister
    resigned": a date that ends a fronted "after"/"following"/"since" phrase, right before the comma that closes
    it, is the date of the phrase's object, though the parser often hangs it on the main verb or on the preposition
    beside its object. For the main clause it is a lower bound, never its own day. Returns the preposition."""
    doc = span.doc
    at = span.root
    if at.dep_ == "pobj" and at.head.dep_ == "prep":
        at = at.head  # "on Tuesday"
    head = at.head
    if at.dep_ == "npadvmod" and head.dep_ == "prep" and head.lower_ in LOWER_BOUND_PREPS:
        # the parser hung the date on the preposition itself, beside its object: the phrase's own words
        head = head.head
        preps = [at.head]
        phrase_end = max((c.right_edge.i for c in at.head.children if c.dep_ in ("pobj", "pcomp")), default=None)
    else:
        preps = list(head.children)
        phrase_end = None
    if span.end >= len(doc) or doc[span.end].text != "," or head.i < span.end or head.pos_ not in ("VERB", "AUX"):
        return None
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in LOWER_BOUND_PREPS or prep.i >= at.i:
            continue
        end = phrase_end if phrase_end is not None else prep.right_edge.i
        first = min(at.i, span.start)
        if end >= first:
            continue
        if not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[end + 1:first]):
            return prep
    return None


def since_tail(tok: Token) -> frozenset[int]:
    """The tokens that follow a "since"/"after" phrase of the trigger up to the next comma or verb: "the first
    crash ... since the X disaster just outside Y nearly 15 years ago". Whatever the parser hung on the
    trigger or its verb there (a place, a date) tells the older event, not this one."""
    out: set[int] = set()
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in LOWER_BOUND_PREPS and c.i > tok.i):
        for t in tok.doc[prep.i + 1:tok.sent.end]:
            if t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in ("and", "but", "while", "when"):
                break
            out.add(t.i)
    return frozenset(out)


def _date_clause(tok: Token, dated: list[Timex]) -> list[Timex]:
    """"since 2014, when 147 people were killed": a clause that modifies a date happened at that date."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
    if nested_in_argument(tok, verb):
        return []  # "when the funerals of the victims of the blasts will be held": the funerals' day, not the blasts'
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # "since last Sunday when 40 people were killed as two bombers struck a church": what an "as" clause tells
        # happened at the time of the clause it hangs on, when a date clause dates that one
        return _date_clause(verb.head, dated)
    if verb.dep_ not in ("relcl", "advcl", "acl") or not any(c.lower_ in ("when", "where") for c in verb.children):
        return []
    head = verb.head
    return [x for x in dated if x.start <= head.idx < x.end] or _date_before_when(verb, dated)


#: nouns that count or group what they hold ("a wave of bombings", "a series of blasts"): the acts themselves
PARTITIVE_NOUNS = frozenset({"wave", "series", "spate", "string", "number", "pair", "couple", "round", "volley",
                             "spree", "flurry", "barrage", "succession", "chain", "set", "burst", "salvo"})


def nested_in_argument(tok: Token, verb: Token) -> bool:
    """Is noun trigger ``tok`` held inside another noun of ``verb``'s clause ("the funerals of the victims of the
    blasts", "the site of the attack"), not one of the clause's own nouns ("when a bomb exploded", "killed in an
    attack", "a wave of bombings hit")? Such an event is named to say whose or which the other thing is: the
    clause's time is that other thing's."""
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        head = t.head
        if t.dep_ != "conj" and head.i != verb.i and head.pos_ in ("NOUN", "PROPN", "PRON") and \
                head.lemma_.lower() not in PARTITIVE_NOUNS:
            return True
        t = head
    return False


def _date_before_when(verb: Token, dated: list[Timex]) -> list[Timex]:
    """"the fourth raid since last Sunday when gunmen attacked a school": a "when" clause that follows a date at
    once modifies it, wherever the parser hung it (here on "raid")."""
    when = next((c for c in verb.children if c.lower_ == "when" and c.i < verb.i), None)
    if when is None or when.i == 0:
        return []
    before = verb.doc[when.i - 1]
    if before.is_punct and before.text == "," and before.i > 0:
        before = verb.doc[before.i - 1]
    return [x for x in dated if x.start <= before.idx < x.end]


#: operations of the law or of arms within which people are taken or things found: "arrested in a raid", "found
#: during a search", "detained in a sweep" tell the operation's day by the verb's (not a deed named as grounds,
#: "arrested in the shooting of X": the shooting is older)
SWEEP_NOUNS = frozenset({"raid", "search", "sweep", "swoop", "crackdown", "operation"})


def _occurrence_verb(noun: Token) -> Token | None:
    """The verb a noun trigger is the subject or object of, when that verb tells its occurrence."""
    t = noun
    if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and t.head.head.pos_ in ("VERB", "AUX"):
        t = t.head  # "carried out the attack" has the noun as dobj; "came under attack" through a prep
    verb = t.head
    if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "prep", "agent") or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in happening.LAW_VERBS and (t.dep_ in ("dobj", "nsubjpass") or t.lower_ == "in"):
        return verb  # "filed charges last month", "filed the charges in an indictment last month"
    if t.lower_ in ("in", "during") and noun.lemma_.lower() in SWEEP_NOUNS:
        return verb  # "was arrested in a raid last Friday": what the raid did, on its day
    return verb if lemma in happening.OCCURRENCE_VERBS else None


def _occurring_clause_dates(noun: Token, dated: list[Timex], others: frozenset[int]) -> list[Timex]:
    """"The toll from the quake that struck Lesk on Tuesday morning rose to 161", "the bombing that killed 15 on
    Monday": a relative clause whose subject is the event noun and whose verb tells its occurrence
    (``happening.OCCURRENCE_VERBS``) dates the noun, though that verb is an event trigger of its own (one incident
    told twice); the date of the verb the noun hangs on ("rose", a report) stays out. Not a verb of ending ("the
    war that ended in 1995": its end, not its day)."""
    for c in noun.children:
        if c.dep_ != "relcl" or c.pos_ not in ("VERB", "AUX") or c.lemma_.lower() not in happening.OCCURRENCE_VERBS \
                or c.lemma_.lower() in violence.END_VERBS:
            continue
        if any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("that", "which") for s in c.children):
            return _dated_in(_clause_tokens(c), dated, stop=c, others=others - {c.i})
    return []


def _scheduled_for(noun: Token, dated: list[Timex], others: frozenset[int]) -> list[Timex]:
    """"The talks are scheduled for Thursday", "the vote, set for June 14", "the summit planned for next month":
    the day a scheduling verb (``timexes.SCHEDULE_VERBS``) puts its event on, the date of its "for" phrase
    (not of the scheduling: "said on Monday that the talks are set for Friday"). Only as the time reading
    takes it, ahead of the report (:func:`is_future`): "the vote was set for June 20" may be past, and its
    date then reads back a year."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass" or (noun.dep_ == "dobj" and noun.head.tag_ != "VBN"):
        verbs.append(noun.head)  # ("are scheduled for Thursday", "scheduled the talks for Thursday")
    for v in verbs:
        if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in SCHEDULE_VERBS or not is_future(v):
            continue
        pps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"]
        found = _dated_in([t for pp in pps for t in pp.subtree], dated, stop=noun, others=others - {v.i})
        if found:
            return found
    return []


def _means_of(verb: Token) -> Token | None:
    """The act whose means a "by ...ing" verb tells ("the navy retaliated on Friday by launching raids": the
    launching is the response, on its day), None for any other verb."""
    by = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and by.lower_ == "by" and by.head.pos_ == "VERB":
        return by.head
    return None


def _bound_of(x: Timex, doc_tokens: Token) -> str | None:
    """How a sentence date outside the event's clause bears on it: None (it does not), "stated", "before"."""
    span = doc_tokens.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return None
    if _lower_bound(span.doc, x):
        return None  # a lower bound ("the deadliest since March 2019"), not the event's date
    root = span.root
    if root.dep_ in NOUN_MODIFIERS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != doc_tokens.i:
        return None  # "is a 1997-batch officer", "the 2019 election": a date of that thing, of no time of the verb
    verb = governing_verb(span.root)
    lemma = verb.lemma_.lower()
    if verb.i == doc_tokens.i:
        return None
    if lemma in REPORTING_VERBS and doc_tokens.i < span.start < verb.i and verb.dep_ == "ROOT" and \
            _report_subject(span.root, verb) is None:
        # "... when a bomb exploded in the market on Tuesday, officials said": the parser hangs the date on
        # the closing attribution, but it sits inside what is reported
        return "stated"
    # on another verb ("the army confirmed on February 26 the deaths ...", "one of the wounded died on
    # Monday", "shops stayed shut on Wednesday after the bombing"): the event is on or before that day, when
    # the event is told inside that verb's clause (not "which says he was expelled last year and which denied
    # any part in the attack": last year is the expulsion's)
    if not _in_clause_of(doc_tokens, verb) and verb.sent.root.i != verb.i:
        return None
    return "before"


def _past_bound_phrase(tok: Token, x: Timex) -> bool:
    """Does date ``x`` lie past the comma that closes the "since"/"after" phrase noun trigger ``tok`` is the object
    of ("After 80 hours since the collapse of the building that housed five factories, rescuers, on Saturday, were
    able to ...": the parser may hang the main clause's subject, and its date, inside the phrase)? A fronted phrase
    of time ends at its comma; what follows is the clause it bounds, whose date is not the older event's."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ in LOWER_BOUND_PREPS):
        return False
    comma = next((t for t in tok.doc[tok.i + 1:tok.sent.end] if t.text == ","), None)
    return comma is not None and x.start > comma.idx


#: verbs a count or a toll moves by ("the toll rose to 40", "the number of dead climbed to 12")
TALLY_VERBS = frozenset({"rise", "climb", "jump", "reach", "increase", "soar", "stand", "mount", "top", "hit"})


def _report_subject(t: Token, verb: Token) -> Token | None:
    """The subject of reporting verb ``verb`` that token ``t`` lies in, or None."""
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t if t.head.i == verb.i and t.i != verb.i and t.dep_ in ("nsubj", "nsubjpass") else None


def _closes_report_subject(tok: Token, x: Timex) -> bool:
    """Is date ``x`` the last words of the subject of a reporting or toll verb, just before the verb, with noun
    trigger ``tok`` inside that subject but not its head ("The death toll in the worst building collapse in the
    country's history on Sunday rose to nearly 400", "The number of dead from the flood on Monday climbed to 30")?
    News puts the verb's time there, as in "Police on Sunday arrested ..."; the trigger is named to say whose toll
    it is, and the date is the toll's (the trigger on or before it), however the parser hung it in the phrase."""
    span = tok.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return False
    verb = governing_verb(span.root)
    lemma = verb.lemma_.lower()
    told = lemma in speech.REPORTING_VERBS or lemma in TALLY_VERBS  # (not "the suspect in X on Sunday was arrested")
    subject = _report_subject(span.root, verb) if told else None
    if subject is None or subject.i == tok.i or not any(t.i == tok.i for t in subject.subtree):
        return False
    between = tok.doc[span.end:verb.i]
    return subject.right_edge.i == span.end - 1 and all(t.dep_ in ("aux", "auxpass", "advmod", "neg")
                                                          for t in between)


def _in_clause_of(tok: Token, verb: Token) -> bool:
    """Is ``tok`` inside ``verb``'s clause, not in a clause conjoined to it ("was expelled last year and which
    denied any part in the attack")?"""
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return t.i == verb.i


def own_timexes(tok: Token, dated: list[Timex], others: frozenset[int] = frozenset()
                ) -> tuple[list[Timex], str]:
    """Dated timexes for the event of ``tok`` and how they bear on it.

    "clause": attached to the event; "sentence": elsewhere in its sentence on
    a verb that does not report on it (a weaker reading); "before": on a
    reporting verb ("said on Monday"), so the event is on or before it.
    ``others``: token indices of the sentence's other event triggers, whose
    dates are theirs.
    """
    if tok.pos_ in ("VERB", "AUX"):
        found = _dated_in(_clause_tokens(tok, others), dated, stop=tok, others=others)
        if not found and tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in FRAME_VERBS and \
                not any(c.dep_ == "mark" for c in tok.children):
            # (a purpose, "arrived on Monday to visit"; not a clause its mark sets apart in time: "Friday's
            # assault came a week after militants killed 130 people" is no killing of Friday)
            found = _dated_in(_clause_tokens(tok.head), dated, stop=tok)
        found = found or _when_dates(tok, dated, others) or _closing_dates(tok, dated, others) or \
            _leading_dates(tok, dated, others)
        if not found:
            phrase, how = phrase_dates(tok, dated, others)
            if phrase:
                return phrase, how
    elif _claimed_for(tok):
        # "claimed responsibility for the attack on Sunday morning", "claimed the bombing on 8 March": the
        # claim's day, the attack on or before it; "claimed responsibility for Tuesday's bombing": its own day
        own = _dated_in(_noun_tokens(tok), dated, stop=tok, others=others)
        if any(x.start < tok.idx for x in own):
            return [x for x in own if x.start < tok.idx], "clause"
        # "the group last week claimed responsibility for a siege": the claim's day bounds the siege too
        return [x for x in own if x.start > tok.idx] or _claim_dates(tok, dated), "before"
    elif demanded_by(tok) is not None:
        # "On Friday the minister ordered the arrest of X", "protesters on Monday demanded his resignation": the
        # day is the order's or the demand's; the deed asked for is still to come, dated only by its own phrase
        # ("called for elections in June")
        return _dated_in(_noun_tokens(tok), dated, stop=tok, others=others), "clause"
    else:
        found = [x for x in _dated_in(_noun_tokens(tok), dated, stop=tok, others=others)
                 if not _closes_report_subject(tok, x) and not _past_bound_phrase(tok, x)] or [
            x for x in dated if (span := tok.doc.char_span(x.start, x.end, alignment_mode="expand")) is not None
            and _modified_noun(tok.doc, span.start, span.end, frozenset({tok.i})) is not None]
        related = tok.dep_ == "pobj" and tok.head.lower_ in BEFORE_AFTER  # "two days after the bombing"
        if not found and related:  # "Following the earthquake late Friday, ...": the date closing its phrase
            found = [x for x in dated if _in_range(x, tok.sent.start_char, tok.sent.end_char)
                     and (sp := tok.doc.char_span(x.start, x.end, alignment_mode="expand")) is not None
                     and sp.start > tok.i and _fronted_bound(sp) == tok.head]
        found = found or _scheduled_for(tok, dated, others)
        if not found and not related:  # "the quake that struck Lesk on Tuesday": the quake's day
            found = _occurring_clause_dates(tok, dated, others)
        verb = _occurrence_verb(tok) if not found and not related else None
        if verb is not None:  # "a bomb exploded on Wednesday": the verb that tells the noun is no other event
            tail = since_tail(tok)  # the noun's own "since" phrase ("the first crash since the X disaster ...")
            found = [x for x in _dated_in(_clause_tokens(verb), dated, stop=verb, others=others - {verb.i})
                     if not any(tok.doc[k].idx <= x.start < tok.doc[k].idx + len(tok.doc[k]) for k in tail)]
            found = found or _when_dates(verb, dated, others - {verb.i})
            means = _means_of(verb)
            if not found and means is not None:  # "retaliated on Friday by launching raids": that Friday
                found = _dated_in(_clause_tokens(means), dated, stop=means, others=others - {means.i})
            if found and verb.lemma_.lower() in violence.END_VERBS and tok.dep_ in ("nsubj", "nsubjpass") and \
                    all((iv := value_interval(x.value)) is not None and iv[0] == iv[1] for x in found):
                # "the siege ended on Wednesday morning": begun on or before that day (a month it ended in, "the
                # fourth round ended in February", holds it whole)
                return found, "before"
    found = found or _date_clause(tok, dated)
    if found:
        return found, "clause"
    sent = tok.sent
    by_kind: dict[str, list[Timex]] = {"stated": [], "before": []}
    for x in dated:
        if not _in_range(x, sent.start_char, sent.end_char):
            continue
        span = tok.doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None or governing_verb(span.root).i in others or foreign(tok.doc, x, tok, others) or \
                span.start in since_tail(tok):
            continue
        if _about_other(tok, governing_verb(span.root), others):
            continue  # "arrested a man they suspect of organising the bombing two weeks ago": the bombing's date
        kind = _bound_of(x, tok)
        if kind is not None:
            by_kind[kind].append(x)
    if by_kind["stated"]:
        return by_kind["stated"], "sentence"
    return by_kind["before"], "before"


#: verbs of what befalls the victims of an incident: told in a relative clause of the incident's phrase, the
#: incident's own deed ("an Oct. 7 rampage by gunmen who killed 1,400")
VICTIM_VERBS = TOLL_VERBS | frozenset({"shoot", "assassinate", "murder", "stab", "behead", "abduct", "kidnap"})


def phrase_dates(verb: Token, dated: list[Timex], others: frozenset[int]) -> tuple[list[Timex], str]:
    """The date of the noun phrase a relative clause with no date of its own lies in ("the murder in June of X, who
    was shot dead outside a temple", "an Oct. 7 rampage by gunmen who killed 1,400"), and how it bears on the
    clause's act: the phrase's own deed ("clause") when the act is what befell its victims or of the phrase's
    kind, else on or before it ("Monday's arrest of a man who stabbed two": "before"). ([], "") without one."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ not in PAST_TAGS:
        return [], ""
    noun = verb.head

    def in_date(t: Token) -> bool:
        return any(x.start <= t.idx < x.end for x in dated)

    if in_date(noun):
        return [], ""  # a clause on the date itself ("on Tuesday, when X said"): see _date_clause
    skip = {t.i for t in verb.subtree}
    for _ in range(4):
        if noun.pos_ not in ("NOUN", "PROPN"):
            return [], ""
        if not in_date(noun):  # (a date the parser made the head: "the murder in June of X, who was shot")
            tokens = [noun] + [t for c in noun.children if c.dep_ not in ("relcl", "acl") for t in c.subtree
                               if t.i not in skip]
            found = _dated_in(tokens, dated, stop=noun, others=others - {noun.i})
            if found:
                mine, theirs = TRIGGERS.get(verb.lemma_.lower()), TRIGGERS.get(noun.lemma_.lower())
                same = mine is not None and theirs is not None and mine.type == theirs.type
                # (a phrase of an act of another kind dates what it names: "Monday's arrest of a man who stabbed")
                told = theirs is None and verb.lemma_.lower() in VICTIM_VERBS
                return found, "clause" if same or told else "before"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        elif noun.dep_ == "appos":
            noun = noun.head
        else:
            return [], ""
    return [], ""


def _when_dates(verb: Token, dated: list[Timex], others: frozenset[int]) -> list[Timex]:
    """"Three people were killed on Tuesday when a bus plunged into a ravine": a "when" clause happened at the
    time of the clause it hangs on (not of a reporting verb's: "said on Monday, when ..."). So did the act an
    "after" clause gives as the cause of a toll ("On May 2, 14 people were killed and 50 wounded after a bomber
    attacked a court": the attack of May 2, not of the report's day), the date on the toll's first verb."""
    if verb.head.lemma_.lower() in REPORTING_VERBS:
        return []
    heads = (verb.head, verb.head.head) if verb.head.dep_ == "conj" else (verb.head,)
    if _when_clause(verb):  # (on the last of two conjoined tolls, the first's date: "In July, 15 were killed and
        # a dozen injured when a depot exploded")
        for head in heads:
            found = _dated_in(_clause_tokens(head, others), dated, stop=head, others=others)
            if found:
                return found
        return []
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and _toll_cause(c) for c in verb.children):
        return []
    for head in heads:
        found = _dated_in(_clause_tokens(head, others), dated, stop=head, others=others)
        if found:
            return found
    return []


def _closing_dates(verb: Token, dated: list[Timex], others: frozenset[int]) -> list[Timex]:
    """"had killed 13 of its members and arrested several others in 2009", "killed two suspects and arrested
    five others on Tuesday": a date that closes the last of two acts conjoined under one subject is both acts'
    (not the date of a conjunct with a subject of its own, "killed two and police said on Tuesday", nor of a
    reporting verb, nor one inside the conjunct, "killed two and on Tuesday arrested five")."""
    conj = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if not conj:
        return []
    last = conj[-1]
    if last.lemma_.lower() in speech.REPORTING_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in last.children):
        return []
    close = max(t.i for t in last.subtree if not t.is_punct)
    own = _dated_in(_clause_tokens(last, others - {last.i}), dated, stop=last, others=others - {last.i})
    return [x for x in own if (span := verb.doc.char_span(x.start, x.end, alignment_mode="expand")) is not None
            and span.end - 1 == close]


def _leading_dates(verb: Token, dated: list[Timex], others: frozenset[int]) -> list[Timex]:
    """"gunmen invaded the school last Thursday morning and abducted the pupils", "on Thursday, March 7, invaded
    the school, kidnapping hundreds": an act conjoined after a dated one under the same subject, or told by a
    participle that follows it with no word setting it apart in time, with no date of its own, is told of that
    day (the narrative goes on; a recalled abduction is not dated by its report). Not when the act has a subject
    or an auxiliary of its own ("stormed the town on Monday and police said ...", "shelled the town on Monday
    and will attack again"), nor after a reporting or scheduling verb, nor a date that lies after the act."""
    head = verb.head
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if (verb.dep_ != "conj" and not participle) or head.i == verb.i or head.pos_ != "VERB" or head.i > verb.i or \
            any(v.lemma_.lower() in speech.REPORTING_VERBS or v.lemma_.lower() in SCHEDULE_VERBS
                for v in (head, verb)) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children) or \
            (not participle and verb.tag_ != head.tag_ and not {verb.tag_, head.tag_} <= PAST_TAGS):
        return []  # ("had risen last year and threaten to capture": a present act is no act of that day)
    found = _dated_in(_clause_tokens(head, others - {head.i}), dated, stop=head, others=others - {head.i})
    return [x for x in found if x.end <= verb.idx and _on_the_verb(verb.doc, x, head)]


#: tags of a verb telling a past act
PAST_TAGS = frozenset({"VBD", "VBN"})


def _on_the_verb(doc: Doc, x: Timex, head: Token) -> bool:
    """Does the date hang on ``head`` itself ("invaded on Thursday", "on Thursday invaded"), not on a noun of its
    clause ("issuing a eurobond due March 31, 1992, paying 9 pct": the bond's maturity)?"""
    span = doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.head.i == head.i or (root.head.dep_ == "prep" and root.head.head.i == head.i)


def _about_other(tok: Token, verb: Token, others: frozenset[int]) -> bool:
    """Does a loose date hang on a verb (no trigger itself) whose object or subject is another event trigger of
    the sentence, with ``tok`` outside that verb's clause? ("suspect of organising the bombing two weeks ago":
    the date is the bombing's, not the arrest's.)"""
    own = [t for c in verb.children if c.dep_ != "conj" for t in c.subtree]  # its clause, not a conjoined one
    if verb.i in others or verb.i == tok.i or any(t.i == tok.i for t in own):
        return False
    return any(c.i in others and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children)


UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "fortnight": 14}
#: counts in months ("six months after he escaped"): the day is not told, the month is
UNIT_MONTHS = {"month": 1, "year": 12}
#: words that make a count a bound ("less than two weeks after": any day within them), no distance
BOUND_WORDS = frozenset({"less", "more", "fewer", "than", "under", "over", "within", "least", "most", "up"})
#: words that make a count approximate ("some 24 hours after", "about a week after")
ROUGH_WORDS = frozenset({"some", "about", "around", "nearly", "almost", "roughly", "approximately", "barely"})
NUMBERS = {**numbers.NUMBER_WORDS, "a": 1, "an": 1}


def _offset_anchor(tok: Token) -> tuple[Token, Token, int, str] | None:
    """("after" token, the verb it dates from, signed count, its unit) for "three days after a bombing killed
    12", "a week after the bombing", "hours before the attack", "six months after he escaped" (months)."""
    rel: Token | None
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before"):
        rel, anchor = tok.head, tok.head.head
    else:
        verb = _clause_verb(tok)
        rel = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if rel is None or verb.dep_ != "advcl":
            return None
        anchor = verb.head
    found = _count(rel)
    if found is None:
        return None
    count, unit = found
    return rel, anchor, (-count if rel.lower_ == "after" else count), unit


def _count(rel: Token) -> tuple[int, str] | None:
    """What an "after"/"before" counts, in days or months ("day", "month"): "a week after" (7 days), "three days
    after", "hours after" (0), "some 24 hours after" (1: whole days of hours), "six months after", "two years
    after" (24 months), or None without a count or with a rough count of weeks or months ("nearly a week after")."""
    # the count hangs on "after" ("a week after the bombing") or, in a clause, on its verb ("a day after the
    # government suspended the talks": the parser makes "day" a modifier of "suspended")
    # ("some 24 hours after the attack": "hours" on the verb, just before "after")
    near = [*rel.children, *(c for c in rel.head.children if rel.dep_ == "mark" or c.right_edge.i == rel.i - 1)]
    unit = next((c for c in near if c.dep_ == "npadvmod" and c.lemma_.lower() in (*UNIT_DAYS, *UNIT_MONTHS)), None)
    return _units(unit) if unit is not None else None


def _units(unit: Token) -> tuple[int, str] | None:
    """The count a unit noun tells, in days or months (:func:`_count`)."""
    # the number, not a quantifier before it ("some 24 hours")
    num = next((c for c in unit.children if c.dep_ in ("nummod", "det") and (c.lower_ in NUMBERS or c.is_digit)),
               None)
    words = [t for t in unit.subtree if t.i <= unit.i]  # its modifiers, not what follows it ("since ...")
    if any(t.lower_ in BOUND_WORDS for t in words):
        return None  # "less than two weeks after the bombing": the bombing lies within them, not at their end
    lemma = unit.lemma_.lower()
    if lemma not in ("hour", "day") and any(t.lower_ in ROUGH_WORDS for t in words):
        return None  # "nearly a week after the attack": five days or six, no day to count to (a rough count of
        # days or hours stays within a night of it)
    if lemma == "hour":
        return (int(num.text) if num is not None and num.is_digit else 0) // 24, "day"
    if num is None:
        return None
    n = int(num.text) if num.is_digit else NUMBERS[num.lower_]
    return (n * UNIT_MONTHS[lemma], "month") if lemma in UNIT_MONTHS else (n * UNIT_DAYS[lemma], "day")


def elapsed_since(tok: Token, dated: list[Timex], dct: str | None) -> TimeValue | None:
    """"Today, March 21, makes it two weeks since the pupils were abducted", "it has been a year since the attack":
    the day a counted time since the event ends on, less the count (a soft date, ``source="sentence"``). The day
    is the date of the clause that counts, or, told in the present with none ("it has been a year since"), the
    report's."""
    since: Token | None
    if tok.dep_ == "pobj":  # "a year since the attack"
        since, unit = tok.head, tok.head.head
    else:  # "two weeks since the pupils were abducted": the mark of a clause on the unit
        verb = _clause_verb(tok)
        since, unit = next((c for c in verb.children if c.dep_ == "mark"), None), verb.head
    if since is None or since.lower_ != "since" or unit.lemma_.lower() not in (*UNIT_DAYS, *UNIT_MONTHS):
        return None
    count = _units(unit)
    if count is None:
        return None
    n, kind = count
    verb = governing_verb(unit)
    inside = {t.i for t in since.subtree}
    own = [x for x in _dated_in([t for t in _clause_tokens(verb) if t.i not in inside], dated, stop=verb)
           if _counts_from(x, kind)]
    if own:
        return _counted(since, own[0], -n, kind)
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    iv = value_interval(dct) if dct else None
    if not present or iv is None or iv[0] != iv[1] or is_future(verb):
        return None
    day = Timex(article="", start=0, end=0, text="the report", type="DATE", value=dct)
    return _counted(since, day, -n, kind)


def _after_phrase(tok: Token) -> tuple[Token, Token, list[Token]] | None:
    """("after" token, the head of the event it names, that event's tokens) for a trigger told as counted
    from another event: "arrested the suspect 24 hours after the attack on Friday", "found the bodies a day
    after the ferry sank on Sunday"."""
    verb = _clause_verb(tok)
    for c in verb.children:
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "prep" and c.lower_ in ("after", "before") and obj is not None:
            return c, obj, list(obj.subtree)
        if c.dep_ == "advcl":
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in ("after", "before")), None)
            if mark is not None:
                return mark, c, _clause_tokens(c)
    return None


def counted_from(tok: Token, dated: list[Timex]) -> TimeValue | None:
    """"Police arrested the suspect some 24 hours after the attack on Friday": the arrest's day, counted from
    the day of the event it follows (the reverse of :func:`offset_time`). A soft date (``source="sentence"``)."""
    found = _after_phrase(tok)
    if found is None:
        return None
    rel, head, tokens = found
    count = _count(rel)
    if count is None:
        return None
    n, unit = count
    own = [x for x in _dated_in(tokens, dated, stop=head) if _counts_from(x, unit)]
    if not own:
        return None
    return _counted(rel, own[0], n if rel.lower_ == "after" else -n, unit)


def offset_time(tok: Token, dated: list[Timex]) -> TimeValue | None:
    """"resigned on Friday, three days after a bombing killed 12": the bombing's day, counted from Friday.

    A soft date (``source="sentence"``): the count is as approximate as the text.
    """
    found = _offset_anchor(tok)
    if found is None:
        return None
    rel, anchor, n, unit = found
    own = [x for x in _dated_in(_clause_tokens(anchor), dated) if not (x.start <= rel.idx < x.end)]
    if not own and anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in speech.REPORTING_VERBS:
        # "announced Thursday the army had killed X, a week after an attack killed 30": counted from the news day
        own = _dated_in(_clause_tokens(anchor.head), dated, stop=anchor.head)
    usable = [x for x in own if _counts_from(x, unit)]
    if not usable:
        return None
    return _counted(rel, usable[0], n, unit)


def before_report(tok: Token, dct: str | None) -> TimeValue | None:
    """"The blasts occurred four days after the arrest", with no date in the sentence: the blasts are told as news,
    on or before the publication day, so the arrest is on or before four days before it (``basis="reported"``,
    ``mod="ON_OR_BEFORE"``). Only a count of days back from a past event told as news."""
    found = _offset_anchor(tok)
    day = value_interval(dct) if dct else None
    if found is None or day is None or day[0] != day[1]:
        return None
    rel, anchor, n, unit = found
    if unit != "day" or n >= 0 or is_future(anchor) or is_background(anchor) or \
            anchor.lemma_.lower() in REPORTING_VERBS or \
            any(t.lower_ in ROUGH_WORDS for c in (*rel.children, *rel.head.children) if c.dep_ == "npadvmod"
                for t in c.subtree):
        return None  # a bound needs an exact count ("some 24 hours after": about a day)
    value = (day[0] + dt.timedelta(days=n)).isoformat()
    return TimeValue(value=value, text=f"{rel.doc[rel.left_edge.i:rel.i + 1].text} (the report)", granularity="day",
                     earliest=value, latest=value, confidence=CONFIDENCE["dct"], source="sentence",
                     basis="reported", mod="ON_OR_BEFORE")


def _counts_from(x: Timex, unit: str) -> bool:
    """Can a count in ``unit`` start from date ``x``: days from a day, months from a day or a month."""
    iv = value_interval(x.value)
    if iv is None:
        return False
    return iv[0] == iv[1] if unit == "day" else (iv[0].year, iv[0].month) == (iv[1].year, iv[1].month)


def _counted(rel: Token, x: Timex, n: int, unit: str = "day") -> TimeValue:
    """The day ``n`` days (or the month ``n`` months) from date ``x``, told by "N days/months after/before"
    ``rel``: a soft date, as precise as the count ("six months after" tells a month, not a day)."""
    start = value_interval(x.value)[0]  # type: ignore[index]
    if unit == "day":
        value, gran = (start + dt.timedelta(days=n)).isoformat(), "day"
    else:
        months = start.year * 12 + start.month - 1 + n
        value, gran = f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    lo, hi = interval_strings(value)
    return TimeValue(value=value, text=f"{rel.doc[rel.left_edge.i:rel.i + 1].text} ({x.text})", granularity=gran,
                     earliest=lo, latest=hi, confidence=CONFIDENCE["sentence"], source="sentence",
                     basis="stated")


def _claimed_for(tok: Token) -> bool:
    """The noun of "claimed responsibility for the attack", "blamed X for the blast", "claimed the bombing":
    a verb of reacting to the event governs it, and a date after the noun is more often the reaction's."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in REPORTING_VERBS:
        return True
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "for" and prep.head.lemma_.lower() in (
        "responsibility", "credit", "blame", "claim", "accuse", "condemn")


def _claim_dates(tok: Token, dated: list[Timex]) -> list[Timex]:
    """The dates of the verb that claims or blames the noun ("last week claimed responsibility for a siege"),
    outside the noun's own phrase: the incident happened on or before them."""
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if verb is not None and verb.pos_ not in ("VERB", "AUX"):  # "claimed responsibility for": the claim's verb
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    mine = {t.i for t in tok.subtree}
    return _dated_in([t for t in _clause_tokens(verb) if t.i not in mine], dated, stop=verb)


def _noun_tokens(noun: Token) -> list[Token]:
    """A noun trigger's own phrase: its subtree without clauses about something else ("a suspect in the Sarn
    bombing arrested last week"); a relative clause whose subject is the event stays ("that killed 15")."""
    out, stack = [], [noun]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in ("acl", "relcl") and not _about_itself(c):
                continue
            stack.append(c)
    return out


def _about_itself(clause: Token) -> bool:
    """"the bombing that killed 15", "the attack targeting police": a clause whose subject is the event; "the
    air raid Dorvia launched last weekend", "the raid police carried out on Friday", "the attack carried out on
    Monday": a clause that tells who carried the event out (``CARRY_OUT_VERBS``), the event its object."""
    if clause.tag_ == "VBG":
        return True
    if clause.lemma_.lower() in violence.CARRY_OUT_VERBS and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("that", "which") for c in clause.children) and \
            (clause.dep_ == "relcl" or clause.tag_ == "VBN"):
        return True  # (not "the attack that prompted the army to launch raids on Monday": raids are its object)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in clause.children) \
        or (clause.dep_ == "relcl" and any(c.lower_ in ("when", "where") for c in clause.children))


def _nearest(timexes: list[Timex], start: int, end: int) -> Timex:
    """The date nearest the trigger, or a narrower one of the same clause inside it ("detonated three months
    later on September 26": the day, not the month the count gives)."""
    near = min(timexes, key=lambda t: (max(0, t.start - end, start - t.end), -len(t.value or "")))
    outer = value_interval(near.value)
    if outer is None:
        return near
    inside = [t for t in timexes if (iv := value_interval(t.value)) is not None and outer[0] <= iv[0]
              and iv[1] <= outer[1] and (iv[1] - iv[0]) < (outer[1] - outer[0])]
    return min(inside, key=lambda t: (value_interval(t.value)[1] - value_interval(t.value)[0],  # type: ignore[index]
                                      max(0, t.start - end, start - t.end))) if inside else near


def stated_time(state: AnalysisState, tok: Token, start: int, end: int,
                others: frozenset[int] = frozenset()) -> TimeValue | None:
    """The date the text gives the event of trigger ``tok`` (see the module docstring), or None.

    A date on a reporting verb gives ``basis="reported"``, ``mod="ON_OR_BEFORE"``.
    """
    # every date read here lies in the trigger's sentence (clauses, phrases and the sentence itself): only
    # those are looked at, found by bisection (all of an article's dates for each event was quadratic)
    dated = dated_timexes(state.timexes).starting(tok.sent.start_char, tok.sent.end_char)
    found, where = own_timexes(tok, dated, others)
    if where == "clause":
        found = [x for x in found if not _planned_deed_date(tok, x, state.dct)]
    memory = _remembered_in(tok)
    if memory is not None:
        # "marked the anniversary of the bombing on Tuesday": the ceremony's day is not the bombing's; only a
        # date of its own phrase that lies a year or more before the report ("the April 15, 2013, attacks")
        if where != "clause":
            return None
        found = [x for x in _dated_in(_noun_tokens(tok), found, stop=tok) if _long_before(x, state.dct)]
    if where != "clause":
        counted = offset_time(tok, dated) or elapsed_since(tok, dated, state.dct) or (
            None if found else counted_from(tok, dated))
        if counted is not None:
            return counted
    if not found:
        return None if memory is not None else before_report(tok, state.dct)
    # "a crush during Halloween celebrations in Sarn on Saturday night": the occasion's name says which festivities,
    # the day the clause names says when (the name stays evidence when no day is named: see _occasion_name)
    found = [x for x in found if not _occasion_name(tok, x)] or found
    t = _nearest(found, start, end)
    days = [x for x in found if x.type == "DATE"]
    if t.type == "TIME" and t.anchor and t.rule not in DAY_PARTS and days:
        # "died at 2:17pm (09:17 GMT) on February 16": the clock time was put on the day last named or the report's;
        # the day its own clause names is the one it tells
        t = _nearest(days, start, end)
    lo, hi = interval_strings(t.value)
    gran = t.granularity or granularity_of(t.value)
    if where == "clause" and ((t.anchor or "").startswith("timex:") or (t.type == "TIME" and t.anchor
                                                                         and t.rule not in DAY_PARTS)):
        # "Eleven days later" counted from the last date named, "around 3 pm" put on the publication day:
        # too fragile to bind ("last night", "yesterday afternoon" name their day, as "yesterday" does)
        where = "sentence"
    if where == "clause" and t.value == state.dct and not any(w.pos_ in ("VERB", "AUX") for w in _line(tok)):
        where = "sentence"  # a heading "June 2 Tarvin concert hall attack": the page's day, not the attack's
    if where == "clause" and _occasion_name(tok, t):
        where = "sentence"  # "the Thanksgiving crush": the occasion it is named by, not its day (evidence only)
    if where == "clause" and _present_state(tok):
        where = "before"  # "today the talks are suspended": the state holds today, it began on or before
    if where == "before":
        return TimeValue(value=t.value, text=t.text, granularity=gran, earliest=lo, latest=hi,
                         confidence=CONFIDENCE["dct"], source="sentence", basis="reported", mod="ON_OR_BEFORE")
    return TimeValue(value=t.value, text=t.text, granularity=gran, earliest=lo, latest=hi,
                     confidence=CONFIDENCE[where], source=where, basis="stated")


#: verbs whose infinitive is a deed decided, still to be done: "voted to suspend him on Tuesday"
DECISION_VERBS = frozenset({"decide", "vote", "agree", "resolve", "choose", "opt", "elect", "plan", "move",
                            "pledge", "promise", "vow", "undertake", "offer", "threaten", "order", "ask", "urge"})


def _planned_deed_date(tok: Token, x: Timex, dct: str | None) -> bool:
    """A date inside the infinitive of a past decision ("lawmakers voted to suspend the minister on Tuesday", "the
    council decided to recall its envoy next week") that the time reading puts after the report belongs to the
    deed decided, not to the decision: a deed told in the past tense is never dated after its report. (A date the
    reading puts on or before the report may be the decision's, "voted on Tuesday to suspend", and is kept.)"""
    if tok.tag_ != "VBD" or tok.lemma_.lower() not in DECISION_VERBS or not dct:
        return False
    report, day = value_interval(dct), value_interval(x.value)
    if report is None or day is None or day[0] <= report[1]:
        return False
    return any(c.dep_ == "xcomp" and c.left_edge.idx <= x.start < c.right_edge.idx + len(c.right_edge)
               for c in tok.children)


#: rules of a time that names its day with the part of it ("last night", "this morning", "yesterday afternoon",
#: "tonight"), unlike a clock time put on the day last named or the report's
DAY_PARTS = frozenset({"part_of_day", "deictic_day"})


#: the words that make a holiday's name one day's ("Christmas Day", "New Year's Eve", "Easter Sunday")
_DAY_OF_HOLIDAY = frozenset({"day", "eve", "sunday", "friday", "night"})


def _occasion_name(tok: Token, t: Timex) -> bool:
    """Is the date a holiday's bare name that modifies a noun ("the Thanksgiving crush", "a crush at a
    Thanksgiving event", "a surge of Thanksgiving revellers killed 40")? It names the occasion, whose crowds and
    festivities fill the days around it (a crush on the Saturday after Thanksgiving is "the Thanksgiving crush"),
    not the day it happened: evidence only. A name that says its day ("the Christmas Day bombing", "the Easter
    Sunday bombings") is that day, and so is one told as a time ("on Halloween")."""
    words = (t.text or "").lower().replace("’", "'").split()
    name = " ".join(words)
    if not words or words[-1] in _DAY_OF_HOLIDAY or not (
            name in calendar_words.FIXED_HOLIDAYS or name in calendar_words.COMPUTED_HOLIDAYS):
        return False
    span = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "nmod", "amod") and \
        span.root.head.pos_ in ("NOUN", "PROPN") and span.root.head.i not in range(span.start, span.end)


#: nouns of remembering an event: their dates are the remembrance's ("marked the anniversary of X on Tuesday")
REMEMBRANCE = frozenset({"anniversary", "commemoration", "memorial", "remembrance"})
#: how long before its report an anniversary's event lies at least (a year, less a week of slack)
ANNIVERSARY_DAYS = 358


def _remembered_in(tok: Token) -> Token | None:
    """The remembrance noun a trigger is the object of ("the anniversary of the bombing"), or None."""
    return next((a for a in tok.ancestors if a.lemma_.lower() in REMEMBRANCE), None)


def _long_before(x: Timex, dct: str | None) -> bool:
    """Does date ``x`` end a year or more before the publication date (unknown publication: it may)?"""
    iv, now = value_interval(x.value), value_interval(dct) if dct else None
    return iv is not None and (now is None or (now[0] - iv[1]).days >= ANNIVERSARY_DAYS)


def _present_state(tok: Token) -> bool:
    """A present-tense passive ("the talks are suspended", "the border is closed"): a state that holds at the
    date the clause gives, brought about on or before it (not "are being suspended", "will be suspended")."""
    if tok.tag_ != "VBN":
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(a.dep_ == "auxpass" and a.tag_ in ("VBP", "VBZ") for a in aux) and len(aux) == 1


def _line(tok: Token) -> list[Token]:
    """The tokens of the trigger's line (a heading is a line of its own, which the parser may join to the next)."""
    doc, sent = tok.doc, tok.sent
    i = tok.i
    while i > sent.start and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    j = tok.i
    while j < sent.end - 1 and "\n" not in doc[j].text_with_ws:
        j += 1
    return list(doc[i:j + 1])


def reported_time(state: AnalysisState) -> TimeValue | None:
    """The publication date as the date of an event told with none of its own: on or before that day."""
    if not state.dct or not value_interval(state.dct):
        return None
    lo, hi = interval_strings(state.dct)
    conf = CONFIDENCE["dct"] * (0.5 if state.dct_inferred else 1.0)
    return TimeValue(value=state.dct, text=None, granularity=granularity_of(state.dct), earliest=lo, latest=hi,
                     confidence=conf, source="dct", basis="reported", mod="ON_OR_BEFORE")


def event_time(state: AnalysisState, tok: Token, start: int, end: int, background: bool,
               others: frozenset[int] = frozenset()) -> TimeValue | None:
    """Stated date, else (for a past/present event that is not background) the reported date."""
    stated = stated_time(state, tok, start, end, others)
    if stated is not None or background:
        return stated
    verb = governing_verb(tok)
    if is_future(verb):
        return None
    return answered_on_report_day(state, tok, others) or reported_time(state)


def _arguments(tok: Token) -> list[Token]:
    """The nouns a trigger takes as what it acts on: its object and the objects of its prepositions, and those of
    the verb a noun trigger is the object of ("claimed responsibility for X": the parse hangs "for" on either)."""
    heads = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") else [])
    found = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "dobj" and h.i != tok.i:
                continue  # (the noun trigger itself)
            if c.dep_ in ("dobj", "poss"):
                found.append(c)
            elif c.dep_ == "prep":
                found += [o for o in c.children if o.dep_ == "pobj"]
    return found


def answered_on_report_day(state: AnalysisState, tok: Token, others: frozenset[int]) -> TimeValue | None:
    """An act with no date of its own that answers another act its argument names ("Varn claimed responsibility for
    a rocket attack on the airport on Monday", "condemned Monday's attack", in a Monday report): it came on or after
    the act it answers and on or before its report, so when the answered act is dated the report's own day, so is
    it. A date inside an argument is otherwise never the trigger's (:func:`nested_in_argument`). Read as stated, at
    the confidence of a sentence's date; None when no argument act is dated the report's day."""
    if not state.dct or granularity_of(state.dct) != "day":
        return None
    dated = dated_timexes(state.timexes).starting(tok.sent.start_char, tok.sent.end_char)
    for arg in _arguments(tok):
        if arg.i not in others:
            continue
        lo, hi = arg.left_edge.idx, arg.right_edge.idx + len(arg.right_edge)
        for x in dated:
            if lo <= x.start and x.end <= hi and x.value == state.dct and x.type == "DATE":
                return TimeValue(value=x.value, text=x.text, granularity="day", earliest=x.value, latest=x.value,
                                 confidence=CONFIDENCE["sentence"], source="clause", basis="stated")
    return None


# --------------------------------------------------------------------------- background and distinct


def _past_perfect(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lower_ in ("had", "'d") for a in auxes)


def _backshifted_toll(verb: Token) -> bool:
    """"Officials said 610 people had been killed": a count of the dead or hurt told in reported speech after a
    past reporting verb is the speaker's "have been killed" shifted back (the running toll), not an older
    incident. Other past perfects under "said" ("said the group had attacked a base in 2020") stay background."""
    head = verb.head
    return verb.dep_ == "ccomp" and verb.lemma_.lower() in TOLL_VERBS and head.tag_ == "VBD" and \
        head.lemma_.lower() in speech.REPORTING_VERBS


#: verbs a speaker announces its own deed with ("the army said it had killed 20 fighters", "police confirmed they
#: had arrested two men"): speech verbs that pass on a fact, not accusations or guesses
OWN_DEED_REPORTERS = speech.ANNOUNCING_VERBS
#: nouns that take a plural pronoun though their tag may be singular ("police said they had ...")
PLURAL_ONLY = frozenset({"police", "people", "personnel"})
#: bodies news refers to as "they" as well as "it" ("the army said they had ...")
EITHER_NUMBER = frozenset({"army", "military", "government", "ministry", "team", "council", "committee"})

#: what a result over a period is told by ("said it had lost $5.9 billion", "had grown 4%"), unlike a deed
RESULT_FIGURES = frozenset({"MONEY", "PERCENT"})


def _own_deed(verb: Token) -> bool:
    """"On Friday, the ministry said it had recalled its envoy", "police said they had arrested two men": a past
    perfect under a past speech verb whose subject is a pronoun standing for the speaker (``it`` after a singular
    body, ``they``/``we`` after a plural one) is the speaker's own "we have recalled", shifted back: the news of its
    report, not an older incident. A deed told of a third party ("police said the group had attacked a base",
    "police said he had stabbed three") stays background."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ != "VBD" or head.lemma_.lower() not in OWN_DEED_REPORTERS:
        return False
    said_by = next((c for c in head.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said_by is None or doer is None or said_by.pos_ == "PRON" or doer.pos_ != "PRON":
        return False
    if any(c.dep_ in ("dobj", "attr") and c.ent_type_ in RESULT_FIGURES for c in verb.children):
        return False  # "the firm said it had lost $5.9 billion": a result over a period, told by its figure
    plural = said_by.tag_ in ("NNS", "NNPS") or said_by.lower_ in PLURAL_ONLY
    if doer.lower_ == "it":
        return not plural and said_by.ent_type_ not in ("PERSON", "NORP")
    return doer.lower_ in ("they", "we") and (plural or said_by.lower_ in EITHER_NUMBER)


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a noun trigger sits in (itself for a verb)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def is_background(tok: Token) -> bool:
    """Is the event of trigger ``tok`` told as background (see the module docstring)?"""
    verb = _clause_verb(tok)
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head  # "had visited X to meet the elders": the purpose shares the trip's telling
    if _past_perfect(verb) and not _backshifted_toll(verb) and not _own_deed(verb):
        return True
    if any(c.lower_ in BACKGROUND_ADVERBS and c.dep_ == "advmod" and not _same_day(c) for c in verb.children):
        return True
    sent = tok.sent
    if sent[0].lower_ in ("earlier", "previously") and sent[0].i < tok.i and not _same_day(sent[0]):
        return True  # "Earlier last week, a suicide blast ...", "Previously, a bomber ..."
    if tok.pos_ in ("NOUN", "PROPN") and any(c.lower_ in BACKGROUND_ADJECTIVES and c.dep_ in ("amod", "advmod")
                                             for c in tok.children):
        return True
    # "since the Dark Front regained power", "after talks collapsed", "since the army started shelling the town" (the
    # mark on the verb the trigger completes)
    heads = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    if any(c.dep_ == "mark" and c.lower_ in BEFORE_AFTER and not _not_older(c) for v in heads for c in v.children):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("follow", "succeed") and not _toll_cause(tok.head):
        return True  # "the attack follows the market bombing in Sarn"
    if _described_by_another(tok):
        return True  # "two men arrested on the day of the bombing remain in custody"
    if older_phrase(tok) is not None:
        return True  # "After officials said the group carried out an attack on X, the US responded ..."
    if authors_of(tok) is not None:
        return True  # "a drone strike killed the planner of the attack": told to say who was struck
    if judged_by_court(tok):
        return True  # "a tribunal on Friday ruled the arrest last week illegal": the act judged came before
    if _charged_in_court(tok):
        return True  # "went on trial on Thursday charged with fraud": the charge came before the trial
    for anc in [tok, *tok.ancestors]:
        if anc.lower_ in BEFORE_AFTER and (anc.dep_ in ("prep", "mark") or _following_clause(anc)) and \
                not _not_older(anc):
            return True  # "since the takeover", "after a bombing killed 12", "following the attack"
        if anc.i != tok.i and (anc.lemma_.lower() in MEMORY_NOUNS or is_motive(anc)):
            return True  # "the anniversary of the massacre", "in the aftermath of the blast", "in revenge for the
            # killing of a cleric" (a motive is older than what it moved)
    return False


#: what defendants do before a court ("appeared in court", "went on trial", "stood trial", "faced the judges")
COURT_APPEARANCES = frozenset({"appear", "go", "stand", "face", "enter"})
#: where they do it
COURT_SEATS = courts.COURT_HEADS | {"trial", "dock", "hearing"}


def _charged_in_court(tok: Token) -> bool:
    """A charge told as what defendants carry into a court ("went on trial in Munich on Thursday charged with fraud",
    "the two men appeared in court charged with murder", "three men charged with the killing appeared before
    magistrates"): a bare participle on the appearance or on those who appear; the charge came before it."""
    if tok.lemma_.lower() not in ("charge", "indict") or tok.tag_ != "VBN" or tok.dep_ not in ("advcl", "acl") or \
            any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        return False
    verb = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "nsubj" else tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in COURT_APPEARANCES:
        return False
    seats = [g for c in verb.children if c.dep_ in ("prep", "dobj") for g in (c, *c.children)
             if g.dep_ in ("pobj", "dobj")]
    return any(g.lemma_.lower() in COURT_SEATS or g.lower_ in COURT_SEATS for g in seats)


def older_phrase(tok: Token) -> Token | None:
    """The head of the "after/since/following ..." phrase or clause that tells trigger ``tok`` as an older event
    ("carried out a strike following the attack at X": "following"; "after gunmen stormed a hotel": "stormed"),
    None when there is none or it gives the cause of a toll ("killed after a bomb exploded")."""
    for anc in tok.ancestors:
        if anc.lower_ in BEFORE_AFTER and (anc.dep_ == "prep" or _following_clause(anc)) and not _not_older(anc):
            return anc
        if anc.dep_ == "mark" and anc.lower_ in BEFORE_AFTER and not _not_older(anc):
            return anc.head
        for mark in (c for c in anc.children if c.dep_ == "mark" and c.lower_ in BEFORE_AFTER):
            return None if _not_older(mark) else anc
    return None


def _following_clause(word: Token) -> bool:
    """"following" parsed as a verb of its own clause ("carried out a strike following the attack at X"): the
    preposition the parser took for a participle."""
    return word.lower_ == "following" and word.dep_ in ("advcl", "acl") and \
        any(c.dep_ in ("pobj", "dobj") for c in word.children)


#: units of a gap in time ("three days after the blast")
GAP_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})


def _gap_counted(word: Token) -> bool:
    """"two days after", "hours after", "a week after": a gap in time counted before "after"/"following"."""
    return any(c.dep_ == "npadvmod" for c in word.children) or \
        (word.i > 0 and word.doc[word.i - 1].lemma_.lower() in GAP_UNITS)


def _not_older(word: Token) -> bool:
    """A "before/after/since/amid ..." that does not set what it names apart as an older incident: the cause of a
    toll (:func:`_toll_cause`) or the occasion of a reaction (:func:`_reaction_occasion`)."""
    return _toll_cause(word) or _reaction_occasion(word)


def _reaction_occasion(word: Token) -> bool:
    """"amid" tells what is under way ("hostages were held amid an attack on the hotel"), and "after"/"following"
    on a verb of speech or of political answer ("told journalists after an urgent meeting", "Following the
    attack, the minister said ...") or on a verb whose object or subject is a meeting or talks ("held urgent
    talks after a shell hit a school", "convened a meeting after the blast") names what the news answers: the
    news itself, told the same day, not an older incident; on a verb of ending ("the siege ended after police
    raided the building", "the siege is over after ...") or of setting captives free ("were freed after troops
    stormed the hotel") it names how the episode ended. Not with a gap in time
    ("said two weeks after the attack"), nor on a verb of any other deed ("the army struck back after the attack":
    an older act)."""
    if word.lower_ == "amid":
        return True
    if word.lower_ not in ("after", "following") or _gap_counted(word):
        return False
    head = word.head.head if word.dep_ == "mark" else word.head
    freeing = TRIGGERS.get(head.lemma_.lower())
    if head.lemma_.lower() in violence.END_VERBS or (head.lemma_.lower() == "be" and any(
            c.dep_ in ("advmod", "acomp", "prt") and c.lower_ == "over" for c in head.children)) or (
            freeing is not None and (freeing.type, freeing.subtype) == ("RETREAT", "release")):
        return True  # "the siege ended after ...", "the siege is over after ...", "40 hostages were freed after
        # troops stormed the hotel": how it ended
    if head.lemma_.lower() in speech.ACTOR_VERBS:
        # (not when the verb reports a deed in the simple past, "X reached Y on Friday, officials reported,
        # following a summit": the phrase may be the deed's, and the summit older)
        return not any(c.dep_ in ("ccomp", "parataxis") and c.tag_ == "VBD" and c.lemma_.lower() != "be"
                       for c in head.children)
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and _meeting_noun(c) for c in head.children)


def _meeting_noun(tok: Token) -> bool:
    """A noun of a meeting or of talks ("an emergency meeting", "talks", "a summit")."""
    kind = TRIGGERS.get(tok.lemma_.lower()) or TRIGGERS.get(tok.lower_)
    return tok.pos_ == "NOUN" and kind is not None and kind.type == "CONSULT" and kind.subtype in ("meeting", "talks")


def _toll_cause(word: Token) -> bool:
    """"after"/"following" that gives the cause of the deaths, injuries or captives it hangs on ("twelve were killed
    after a bomb exploded", "50 sustained injuries after a blast ripped through the station", "died following the
    blast", "guests were taken hostage after gunmen stormed the hotel"):
    the incident itself, not an older one; not with a gap in time ("killed on Monday, two days after a blast")."""
    if word.lower_ not in ("after", "following") or _gap_counted(word):
        return False
    head = word.head.head if word.dep_ == "mark" else word.head
    heads = (head, head.head) if head.dep_ == "conj" else (head,)
    return any(h.lemma_.lower() in TOLL_VERBS or h.lower_ == "dead" or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("injury", "wound") for c in h.children) or any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "oprd") and c.lemma_.lower() == "hostage" for c in h.children)
        for h in heads)  # (also those held: "hostages held at a hotel after an attack", "taken hostage after ...")


#: what follows a sentence's opening "Earlier" when it tells the day's news, not an older incident: "Earlier today",
#: "Earlier in the day", "Earlier this morning"
SAME_DAY = re.compile(r"\s*(?:today|tonight|(?:in )?the day|this (?:morning|afternoon|evening))\b", re.I)


def _same_day(earlier: Token) -> bool:
    """"Earlier today, the minister met X": the same day's news (an earlier hour), not background."""
    return SAME_DAY.match(earlier.doc.text, earlier.idx + len(earlier.text)) is not None


def is_motive(tok: Token) -> bool:
    """A motive's noun ("retribution", "revenge") or the preposition after it ("in revenge for": the parser often
    hangs "for" on the verb, past the noun): what it leads to is an older event or a state of things."""
    if tok.lemma_.lower() in REASON_NOUNS:
        return _motive_noun(tok)
    if tok.dep_ == "prep" and tok.lower_ == "for" and tok.head.lemma_.lower() in speech.MOTIVE_VERBS:
        return True  # "to retaliate against the group for its attack on X"
    if tok.dep_ == "prep" and tok.lower_ == "over":
        return _over_cause(tok)  # "launches strikes over Dovra drone attack", "protests over the killing"
    return tok.dep_ == "prep" and tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() in REASON_NOUNS \
        and _motive_noun(tok.doc[tok.i - 1])


#: the kinds of act whose "over" phrase names the act they answer: a reprisal, a protest
ANSWERING_TYPES = frozenset({"ASSAULT", "PROTEST"})


def _over_cause(over: Token) -> bool:
    """"over" naming the act that a reprisal or a protest answers ("strikes over a drone attack", "launches raids
    in X, Y over Z attack", "protests over the killing of X"): what it leads to is older than the act, the cause
    a headline gives. The act is the nearest trigger above it (a headline's list of places may stand between).
    Not a span of time ("over the weekend", "over three days of fighting"): the act happened in it; nor what an
    arrest, a charge or an inquiry is over (the offence the story tells, named by it)."""
    objs = [c for c in over.children if c.dep_ == "pobj"]
    if not objs or any(o.lower_ in calendar_words.UNIT_WORDS or o.lower_ in calendar_words.PARTS_OF_DAY
                       or o.lower_ in calendar_words.WEEKDAYS or o.lower_ in calendar_words.MONTHS
                       or o.ent_type_ in ("DATE", "TIME") for o in objs):
        return False
    for anc in over.ancestors:  # (a light verb's object is its act: "launched air strikes over X")
        acts = [anc] + ([c for c in anc.children if c.dep_ == "dobj"] if anc.pos_ in ("VERB", "AUX") else [])
        kinds = [TRIGGERS[a.lemma_.lower()].type for a in acts if a.lemma_.lower() in TRIGGERS]
        if anc.lemma_.lower() in speech.MOTIVE_VERBS or kinds:
            return anc.lemma_.lower() in speech.MOTIVE_VERBS or kinds[0] in ANSWERING_TYPES
        if anc.pos_ in ("VERB", "AUX"):
            return False  # the clause's verb is no act ("expressed anger over the killing")
    return False


def _motive_noun(noun: Token) -> bool:
    """"response" is a motive only in "in response to" or said of a deed ("the attack was a response to ..."),
    never "the emergency response to the blast"; the other reason nouns always are."""
    if noun.lemma_.lower() != "response":
        return True
    # "in response to X", "the attack was a response to X's 2017 decision" (what a deed is said to answer)
    return (noun.i > 0 and noun.doc[noun.i - 1].lower_ == "in") or (
        noun.dep_ == "attr" and noun.head.lemma_.lower() == "be")


#: nouns of a time that "of" ties to another event: "on the day of the bombing", "on the eve of the vote"
EVENT_TIMES = frozenset({"day", "night", "eve", "morning", "evening", "afternoon", "time", "week"})


def _described_by_another(tok: Token) -> bool:
    """A participle that describes people by what befell them at the time of another event ("the two men
    arrested on the day of the bombing", "a driver injured during the attack"): told in passing, dated only
    by that other event."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in ("during", "amid") or (obj.lemma_.lower() in EVENT_TIMES and any(
                    k.dep_ == "prep" and k.lower_ == "of" for k in obj.children)):
                return True
    return False


#: prepositions that tie an act to the people named by their part in it ("the planner of", "a suspect in", "those
#: responsible for", "the cell behind")
AUTHOR_PREPS = frozenset({"of", "for", "in", "behind"})


def authors_of(tok: Token) -> Token | None:
    """The noun of people named by their part in the act of trigger ``tok`` ("the planner of the attack", "a
    suspect in the bombing", "those responsible for the blast"), when the sentence tells something else about
    them ("a drone strike killed the planner of this week's attack", "police detained a suspect in the bombing"):
    the act says who they are, an older incident told aside, not the news of the sentence. None otherwise (and
    for a phrase that is all its sentence says, a headline's "Planner of the attack")."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in AUTHOR_PREPS:
        return None
    noun = tok.head.head
    if noun.lemma_.lower() not in titles.AUTHOR_NOUNS and noun.lower_ not in titles.AUTHOR_NOUNS:
        return None
    return noun if noun.dep_ != "ROOT" else None


def _spread(noun: Token) -> bool:
    """"six different locations", "different exits": the places one act spread over (a count of them, or a noun
    of place), which set no other act apart."""
    return noun.lemma_.lower() in SPREAD_NOUNS or any(c.dep_ == "nummod" for c in noun.children)


def is_distinct(tok: Token) -> bool:
    """"another attack", "a second blast", "in a separate incident": not the incident just told."""
    mods = [c for c in tok.children if c.dep_ in ("det", "amod", "nummod")]
    if any(m.lower_ in DISTINCT_WORDS for m in mods):
        return True
    if any(m.lower_ in ORDINALS for m in mods) and any(m.lower_ in ("a", "an") for m in mods) and \
            tok.lemma_.lower() not in PARTS_OF_ONE:
        return True
    verb = _clause_verb(tok)
    for t in (verb, *verb.children):
        if t.dep_ == "prep" and any(g.dep_ == "pobj" and any(m.lower_ in DISTINCT_WORDS for m in g.children) and
                                    not _spread(g) for g in t.children):
            return True  # "In a separate attack, ..." (not "in six different locations": one act's places)
    return any(c.lower_ in ("separately", "elsewhere") for c in verb.children)
