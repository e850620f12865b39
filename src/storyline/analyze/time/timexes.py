"""The "time" component: TIMEX3 detection and normalization, DCT inference, and ``best_time``.

Detection is ours (regular patterns over the clean text, see ``rules``)
with the spaCy parse to filter ambiguous words (a bare "May", a number that
may be a year) and to read tense; normalization follows HeidelTime: deictic
expressions are anchored to the document creation time (``state.dct``), the
tense of the governing verb decides past or future for weekdays and bare
month-days, anaphoric ones ("days later", "the previous year") to the last
date mentioned. A relative expression with nothing to anchor to keeps
``value=None``: we never anchor to the run date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from storyline.analyze.doctext import doc_text
from storyline.analyze.events.ontology import HAZARD, TRIGGERS, WEAK_NOUNS
from storyline.analyze.pipeline import AnalysisState, Component, component
from storyline.analyze.time.calendar import next_day_begun, parse_dct
from storyline.analyze.time.dct import infer_dct
from storyline.analyze.time.rules import Cand, Ctx, find_candidates
from storyline.lexicons.speech import ACTOR_VERBS, REPORTING_VERBS
from storyline.model import TimeValue, Timex
from storyline.timevalues import granularity_of, interval_strings, value_interval

#: confidence of a best time by where it was found
CONFIDENCE = {"clause": 0.9, "sentence": 0.6, "dct": 0.3}
#: timex types that place something on the calendar (durations and sets do not)
CALENDAR_TYPES = ("DATE", "TIME")
#: words before a bare number that make it a year ("in 2021", "since 1998")
YEAR_CUES = frozenset({"in", "since", "by", "until", "till", "of", "from", "to", "through", "during", "before",
                       "after", "early", "late", "mid", "fiscal", "year", "between", "and", "or", "circa", "around",
                       "for", "the", "that", "this", "about", "as", "than", "at", "on", "summer", "spring",
                       "autumn", "winter", "fall", "-"})


@component("time", requires=("doc", "dct"), assigns=("timexes", "dct", "dct_inferred", "extras.dct_range"))
class TimeComponent(Component):
    def __call__(self, state: AnalysisState) -> None:
        annotate(state)


def annotate(state: AnalysisState) -> None:
    """Find and normalize the time expressions of ``state.doc`` into ``state.timexes``.

    Expressions are resolved in text order so that anaphoric ones see the last
    date mentioned before them (HeidelTime's reference time).
    """
    doc = state.doc
    cands = [c for c in find_candidates(doc_text(doc)) if _accept(doc, c)]
    if SPACY_SUPPLEMENT:
        cands = sorted(cands + _spacy_extra(doc, cands), key=lambda c: c.start)
    if state.dct is None:
        inferred = infer_dct(state.article, doc, cands, lambda c: tense_of(doc, c.start, c.end))
        state.extras["dct_range"] = inferred.range
        if inferred.value:
            state.dct, state.dct_inferred = inferred.value, True
    dct = parse_dct(state.dct)
    if dct is not None:
        instant = (state.article.metadata or {}).get("published_at")
        begun = False if state.dct_inferred else next_day_begun(state.dct, instant) if instant else None
        dct = dataclasses.replace(dct, next_day_begun=begun)
    ref: str | None = None
    ref_para = -1
    quarter: str | None = None  # "a year ago" in results news compares with the quarter under discussion
    text = doc_text(doc)
    timexes = []
    for c in cands:
        para = text.count("\n", 0, c.start)  # clean text: one paragraph per line
        ctx = Ctx(dct=dct, ref=ref, tense=tense_of(doc, c.start, c.end), ref_local=para == ref_para,
                  quarter=quarter)
        value, anchor = c.resolve(ctx)
        if value and re.match(r"^\d{4}-Q\d$", value) and anchor != "ref":
            quarter = value
        anchor_s = None
        if anchor == "dct" and state.dct:
            anchor_s = f"dct:{state.dct}"
        elif anchor == "ref" and ref:
            anchor_s = f"timex:{ref}"
        timexes.append(Timex(article=state.article.id, start=c.start, end=c.end, text=text[c.start:c.end],
                             type=c.type, value=value, anchor=anchor_s, rule=c.rule,
                             granularity=granularity_of(value), mod=c.mod))
        if c.type in CALENDAR_TYPES and value and re.match(r"^\d{4}", value) and (anchor != "ref" or REF_CHAIN) \
                and not SINCE.search(text, max(0, c.start - 20), c.start):
            ref, ref_para = value, para
    dated_day = bool(state.dct and DAY_VALUE.match(state.dct)) and not state.dct_inferred
    state.timexes = _spoken_days(doc, timexes, state.dct) if dated_day and state.dct else timexes


#: rules of a day named from the moment of speaking ("today", "last night", "yesterday morning")
SPOKEN_DAY_RULES = frozenset({"deictic_day", "part_of_day"})
#: quotation marks that open and close a quote (straight ones do both)
OPENING_QUOTES, CLOSING_QUOTES = "\u201c\"", "\u201d\""
DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(.*)$")


def _quote_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quote, within the paragraph, that holds the span [start, end): (its opening, its closing mark), or
    None when the span is not quoted. A quote left open at the paragraph's end runs to it (news leaves a quote
    open across paragraphs)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    opened = -1
    for i in range(lo, start):
        ch = text[i]
        if ch == "\u201c" or (ch == '"' and opened < 0):
            opened = i
        elif ch == "\u201d" or ch == '"':
            opened = -1
    if opened < 0:
        return None
    close = next((i for i in range(end, hi) if text[i] in CLOSING_QUOTES), hi)
    return opened, close


def _speaking_day(doc: Doc, timexes: list[Timex], quote: tuple[int, int]) -> str | None:
    """The day the quote was spoken, when its sentence's attribution outside the quote dates it ("'We met
    today,' the envoy said on Tuesday", "The envoy said on Tuesday: 'We met today.'"): the only day-dated time
    expression there that a reporting verb governs; None otherwise."""
    text = doc_text(doc)
    first = sentence_of(doc, quote[0])
    last = sentence_of(doc, max(quote[0], quote[1] - 1))
    if first is None or last is None:
        return None
    lo, hi = first.start_char, last.end_char
    if quote[1] < len(text) and text[quote[1]] in CLOSING_QUOTES:
        # the attribution may be the sentence after the closing mark ("... today." the envoy said on Tuesday.)
        nxt = quote[1] + 1
        while nxt < len(text) - 1 and text[nxt] in " \t":
            nxt += 1
        after = sentence_of(doc, nxt)
        hi = after.end_char if after is not None and text.find("\n", quote[1], after.end_char) < 0 else hi
    days = set()
    for x in timexes:
        if not (lo <= x.start and x.end <= hi) or quote[0] <= x.start < quote[1] + 1 or x.value is None or \
                not re.match(r"^\d{4}-\d{2}-\d{2}$", x.value):
            continue
        span = doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is not None and governing_verb(span.root).lemma_.lower() in REPORTING_VERBS:
            days.add(x.value)
    return days.pop() if len(days) == 1 else None


def _spoken_days(doc: Doc, timexes: list[Timex], dct: str) -> list[Timex]:
    """A day named in a quote ("today", "last night") is named from the day the words were spoken, which the
    attribution may give: "'The hostages were freed last night,' the group said on Monday", in a Wednesday report,
    is Sunday night, not Tuesday's. Only a spoken day before the report's own day moves the quote's days."""
    text = doc_text(doc)
    out = []
    for x in timexes:
        m = DAY_VALUE.match(x.value or "")
        quote = _quote_bounds(text, x.start, x.end) if m and x.rule in SPOKEN_DAY_RULES and \
            (x.anchor or "").startswith("dct:") else None
        spoken = _speaking_day(doc, timexes, quote) if quote is not None else None
        if m is not None and spoken is not None and spoken < dct[:10]:
            gap = dt.date.fromisoformat(spoken) - dt.date.fromisoformat(dct[:10])
            day = (dt.date.fromisoformat(m[1]) + gap).isoformat()
            x = dataclasses.replace(x, value=day + m[2], anchor=f"timex:{spoken}")
        out.append(x)
    return out


#: whether a value resolved against the reference becomes the next reference (HeidelTime: yes)
REF_CHAIN = False
#: a date after "since" is where a count starts ("the first such vote since 1962"), not the time the text
#: goes on to tell: it does not become the reference of what follows ("on September 5" stays in the story's year)
SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)


#: add spaCy DATE/TIME entities our rules missed (unnormalized); off: measured worse on TBAQ dev
SPACY_SUPPLEMENT = False


def _spacy_extra(doc: Doc, cands: list[Cand]) -> list[Cand]:
    extra = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and all(ent.end_char <= c.start or ent.start_char >= c.end for c in cands):
            extra.append(Cand(ent.start_char, ent.end_char, ent.label_, "spacy", lambda ctx: (None, None)))
    return extra


def _accept(doc: Doc, c: Cand) -> bool:
    """spaCy checks for words that are only sometimes dates."""
    if not c.needs_propn:
        return True
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    if c.rule == "month":
        if tok.lower_ not in ("may", "march"):
            return True  # a capitalized month name that is not also a verb
        if _acting_subject(doc, tok):
            return False  # "on Sunday May announced a payment": a person named May, not the month
        prev = doc[tok.i - 1] if tok.i > 0 else None
        return tok.ent_type_ == "DATE" or (prev is not None and prev.lower_ in YEAR_CUES)
    # a four-digit number: a year when spaCy says DATE or a preposition/time word stands before it
    if tok.ent_type_ in ("DATE", "EVENT"):
        return True
    if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "ORDINAL", "TIME"):
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and (prev.lower_ in YEAR_CUES or prev.tag_ == "POS" or prev.is_punct):
        return not (nxt is not None and nxt.tag_ == "NNS" and tok.dep_ == "nummod")
    return False


#: words that may stand between a subject and its verb: "May has announced", "May also said", "May will urge"
_BETWEEN_SUBJECT_AND_VERB = frozenset({"has", "had", "have", "will", "would", "did", "was", "is", "also", "later",
                                       "then", "again", "never", "already"})


def _acting_subject(doc: Doc, tok: Token) -> bool:
    """A bare "May" or "March" followed by a verb only a person or a body does ("May announced", "May has said",
    "March vowed"): a name (a prime minister, a minister) and not the month; a month "sees" or "marks", it
    never says, announces, urges or vows (:data:`speech.ACTOR_VERBS`)."""
    i = tok.i + 1
    while i < len(doc) and i <= tok.i + 2 and doc[i].lower_ in _BETWEEN_SUBJECT_AND_VERB:
        i += 1
    if i >= len(doc):
        return False
    verb = doc[i]
    return verb.tag_ in ("VBD", "VBZ", "VBN", "VB") and verb.lemma_.lower() in ACTOR_VERBS


def _under_adjective(token: Token, verb: Token) -> bool:
    """"payable Dec. 7", "due Nov. 17": the date hangs on an adjective, not on the clause's tense."""
    t = token.head
    while t.i != verb.i and t.head.i != t.i:
        if t.pos_ == "ADJ":
            return True
        t = t.head
    return False


#: a complement that tells the subject's state ("remain deployed", "stay closed", "is due")
PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "xcomp"})


def _predicative(token: Token, verb: Token) -> bool:
    """The date hangs on adjectives only through a complement of ``verb`` ("stay closed until Monday"), not on an
    adjective inside a noun phrase ("payable Dec. 7")."""
    t = token.head
    while t.i != verb.i and t.head.i != t.i:
        if t.pos_ == "ADJ" and not (t.dep_ in PREDICATIVE_DEPS and t.head.i == verb.i):
            return False
        t = t.head
    return True


def _names_a_past_event(root: Token) -> bool:
    """"the October 7 attack on its camps, which killed 80", "the attack on Oct. 7 that killed 80": a date that
    names an incident a past-tense relative clause tells is behind us, whatever the sentence's own tense."""
    noun = root.head if root.dep_ in ("compound", "nmod", "npadvmod") else (
        root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None)
    if noun is None or noun.pos_ != "NOUN":
        return False
    # the incident did it ("which killed 80"), not something done about it ("which the opposition boycotted")
    return any(t.dep_ == "relcl" and t.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in t.children) for t in noun.subtree)


def _names_an_incident(root: Token) -> bool:
    """"Police will investigate Sunday's attack", "the Sunday bombing": a date naming an incident no one schedules
    (an attack, a quake; the event ontology's triggers) tells one that has happened, whatever the tense of the verb
    acting on it. Forecast weather and nouns that are events only with help ("strike", "march") are left out."""
    noun = root.head if root.dep_ in ("poss", "compound", "nmod", "npadvmod") else None
    if noun is None or noun.i == root.i or noun.pos_ != "NOUN":
        return False
    return _incident_noun(noun)


def _incident_noun(noun: Token) -> bool:
    """Whether ``noun`` names an incident no one schedules (:func:`_names_an_incident`)."""
    lemma = noun.lemma_.lower()
    kind = TRIGGERS.get(lemma)
    if kind is None or kind.pos == "verb" or HAZARD.get(kind.subtype or "") == "weather":
        return False
    if lemma in WEAK_NOUNS and lemma not in UNSCHEDULED_NOUNS:
        return False
    return kind.type in INCIDENT_TYPES or kind.subtype in INCIDENT_SUBTYPES


#: words before a noun that tell the act it names as still to come or just past, whatever the tense of the verb acting
#: on it: "the scheduled October trial", "the upcoming March vote", "the recent May election" (lemmas and forms)
AHEAD_MODIFIERS = frozenset({"schedule", "scheduled", "plan", "planned", "upcoming", "forthcoming", "coming",
                             "expect", "expected", "propose", "proposed", "slate", "slated", "impending", "next"})
#: prepositions that date a noun's act: "his next court appearance in February", "the planned vote on Sunday"
DATING_PREPS = frozenset({"in", "on", "for"})
BEHIND_MODIFIERS = frozenset({"recent"})


def _named_as_ahead(root: Token) -> str | None:
    """"less than two months before the scheduled October fraud trial", in an August report: a date naming an act
    its noun phrase tells as scheduled is the coming one ("future"), one told as recent the last ("past"); the verb
    acting on the phrase ("announced ... before") tells when the act was spoken of, not when it falls. None when no
    such word."""
    noun = root
    while noun.dep_ in ("compound", "nmod", "npadvmod", "poss") and noun.head.i != noun.i and \
            noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.i == root.i and root.dep_ == "pobj" and root.head.lower_ in DATING_PREPS and \
            root.head.head.i < root.head.i and root.head.dep_ == "prep":
        noun = root.head.head  # "until his next court appearance in February": the date told after its act's noun
        if noun.pos_ == "NOUN" and _incident_noun(noun):
            return None  # "foiled a planned attack on Sunday": the phrase may well date the verb's act
    if noun.i == root.i or noun.pos_ != "NOUN":
        return None
    words = {w for c in noun.children if c.dep_ == "amod" and c.i < min(root.i, noun.i)
             for w in (c.lower_, c.lemma_.lower())}
    if words & AHEAD_MODIFIERS:
        return "future"
    return "past" if words & BEHIND_MODIFIERS else None


def _when_clause_on(root: Token) -> Token | None:
    """The verb of a "when" clause that describes the date itself ("on Friday, when the funerals will be held"),
    None when there is none."""
    return next((c for c in root.children if c.dep_ in ("relcl", "acl", "advcl") and c.pos_ in ("VERB", "AUX")
                 and c.i > root.i and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)), None)


def tense_of(doc: Doc, start: int, end: int) -> str:
    """"past", "present", "future" or "none": the tense of the verb that governs the expression."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "none"
    first = _first_conjunct(span.root)
    if first.i != span.root.i:
        # "may have to wait until Sunday or Monday": a date joined to another takes
        # the reading of the first (the preposition and the verb stand before that one only)
        return tense_of(doc, first.idx, first.idx + len(first))
    named = _named_as_ahead(span.root)
    if named is not None:
        return named
    if _names_a_past_event(span.root) or _names_an_incident(span.root):
        return "past"
    when = _when_clause_on(span.root)
    if when is not None:
        # "called for protests on Friday, when the funerals will be held": the clause that tells the day says
        # when it lies, not the verb the date hangs on (a call made before it)
        tense = _verb_tense(when, [c for c in when.children if c.dep_ in ("aux", "auxpass")])
        if tense in ("future", "would", "past"):
            return tense
    verb = governing_verb(span.root)
    if verb.pos_ not in ("VERB", "AUX"):
        return "none"
    limit = span.start > 0 and doc[span.start - 1].lower_ in LIMIT_PREPS
    if _under_adjective(span.root, verb) and not (limit and _predicative(span.root, verb)):
        return "none"
    if limit:
        # "extended the offer until Nov. 9": a limit, ahead of the (past) extension, read untensed; under a verb
        # not in the past it looks ahead ("the curfew remains until Sunday", "has until Friday to answer"); not
        # when the limit is on the noun the date names ("a share before Friday's purchases is far below"). A
        # state told by a complement takes its linking verb's tense ("will remain deployed until Sunday",
        # "stay closed until Monday", "is due by Friday"; "remained closed until Monday" stays untensed)
        clause = verb.head if verb.dep_ in PREDICATIVE_DEPS and verb.head.pos_ in ("VERB", "AUX") else verb
        past = _verb_tense(clause, [c for c in clause.children if c.dep_ in ("aux", "auxpass")]) == "past"
        return "none" if past or span.root.dep_ == "poss" else "ahead"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return "none"  # "shares tendered through Nov. 17": a participle, not a tensed verb
    if verb.lemma_.lower() in REPORTING_VERBS:
        # "said ... Dec. 15": a date under a reporting verb belongs to what is reported, whose tense
        # the parse often loses; read it as untensed (nearest the DCT; weekdays: the last one). A reporting verb
        # that is itself ahead ("will announce on Friday", "is expected to rule on Monday") dates the report to come
        return "future" if is_future(verb) else "none"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in ("pcomp", "advcl") and verb.head.i != verb.i:
        # "will be explaining it before travelling to Lesk at the weekend": a bare gerund has no tense of
        # its own; the clause it hangs on has ("after meeting the envoy on Tuesday, she left": past)
        head = governing_verb(verb.head)
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return _verb_tense(head, [c for c in head.children if c.dep_ in ("aux", "auxpass")])
    tense = _verb_tense(verb, auxes)
    root = span.root
    if tense == "present" and verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes) and (
            root.head.i == verb.i or (root.head.dep_ == "prep" and root.head.head.i == verb.i)):
        return "ahead"  # "is meeting the council on Friday": a present progressive dated a day is an arrangement
    return tense


def _first_conjunct(tok: Token) -> Token:
    """The first of the nouns ``tok`` is coordinated with ("Monday" in "until Sunday or Monday": "Sunday")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ in ("PROPN", "NOUN", "NUM"):
        tok = tok.head
    return tok


#: words that single a noun out by rank, whose "to" infinitive tells an act done ("the first woman to win")
RANK_WORDS = frozenset({"first", "second", "third", "last", "only", "latest", "youngest", "oldest"})


def _ranked_noun(verb: Token) -> Token | None:
    """The noun a "to" infinitive is the relative clause of when a rank word singles that noun out ("the first
    prime minister to be ousted", "the only leader to visit"), else None."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    ranked = noun.lower_ in RANK_WORDS or any(
        c.dep_ in ("amod", "advmod", "det") and (c.lower_ in RANK_WORDS or c.tag_ == "JJS") for c in noun.children)
    return noun if ranked else None


def _verb_tense(verb: Token, auxes: list[Token]) -> str:
    """The tense of a verb from its tag and auxiliaries (:func:`tense_of`)."""
    if is_future(verb):
        # "would be detonated on September 26" in a past narrative: a future seen from a past day, not from the
        # DCT ("would": weekdays still ahead, month-days the nearest)
        said = {a.lower_ for a in auxes}
        return "would" if "would" in said and not said & (FUTURE_AUX - {"would"}) and \
            verb.lemma_.lower() not in SCHEDULE_VERBS else "future"
    ranked = _ranked_noun(verb)
    if ranked is not None:
        # "became the first premier to be ousted ... on Sunday", "is the only leader to visit the island on
        # Tuesday": an infinitive that tells what singles the noun out took place when the clause of that noun
        # says (here in the past), not ahead as a bare "to be ousted" would read
        head = governing_verb(ranked)
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return _verb_tense(head, [c for c in head.children if c.dep_ in ("aux", "auxpass")])
    resolver = _resolved_by(verb)
    if resolver is not None:
        # "decided to take a pause at 6 am on Sunday", in a Saturday report: the act comes after the decision,
        # the order or the promise, so its weekday is the next one even when the deciding is told in the past
        # (month-days: the nearest, as for "would")
        past = resolver.tag_ == "VBD" or any(a.tag_ == "VBD" for a in resolver.children if a.dep_ in ("aux", "auxpass"))
        return "would" if past else "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VB" and any(a.tag_ == "MD" for a in auxes):
        return "future"  # "might come as soon as Tuesday": not yet happened
    if verb.lemma_.lower() in SCHEDULE_VERBS:
        return "none"  # "was planned for early March": the plan is past, its date need not be
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VB", "VBP", "VBZ") for a in auxes):
        # a perfect infinitive or a perfect under a modal of likelihood tells a past act: "are believed to have
        # struck on Friday evening", "may have been killed on Friday" in a Sunday report are the Friday before
        return "past"
    if verb.tag_ == "VBN" and any(a.tag_ in ("MD", "TO", "VB") for a in auxes):
        return "future"  # "guidelines to be published in early November"
    if verb.tag_ == "VBN":
        # "is scheduled for", "are set for": a present passive; "has resigned": a perfect, past
        if any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        return "past"
    return "present"


# --------------------------------------------------------------------------- best time of a span


class _Dated:
    """An article's dated timexes by start, for range queries (best_time runs once per event and claim:
    filtering every timex each time was quadratic in the length of a long article)."""

    def __init__(self, timexes: list[Timex]) -> None:
        self.items = sorted((t for t in timexes if t.type in CALENDAR_TYPES and t.value and value_interval(t.value)),
                            key=lambda t: (t.start, t.end))
        self.starts = [t.start for t in self.items]

    def within(self, lo: int, hi: int) -> list[Timex]:
        i, j = bisect_left(self.starts, lo), bisect_right(self.starts, hi)
        return [t for t in self.items[i:j] if t.end <= hi]

    def starting(self, lo: int, hi: int) -> list[Timex]:
        """The dated timexes that start in ``lo:hi`` (a sentence)."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]


_last_dated: tuple[list[Timex], int, _Dated] | None = None  # the article being analyzed (one tuple: thread-safe)


def dated_timexes(timexes: list[Timex]) -> _Dated:
    """The dated timexes of the article being analyzed, kept by start for range queries."""
    return _dated(timexes)


def _dated(timexes: list[Timex]) -> _Dated:
    global _last_dated
    entry = _last_dated
    if entry is None or entry[0] is not timexes or entry[1] != len(timexes):
        entry = (timexes, len(timexes), _Dated(timexes))
        _last_dated = entry
    return entry[2]


def best_time(state: AnalysisState, start: int, end: int) -> TimeValue | None:
    """The best time of the span ``start:end`` (an event trigger, a claim).

    A dated timex in the same clause (the dependency subtree of the span's
    governing verb), else in the same sentence, else the DCT for reported
    past/present events (lower confidence). Future or hypothetical verbs get
    no DCT fallback: an expected visit did not happen on the publication day.
    """
    doc = state.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    dated = _dated(state.timexes)
    verb = governing_verb(span.root)
    clause = _subtree_range(verb)
    in_clause = dated.within(clause[0], clause[1])
    if in_clause:
        return _as_time(_nearest(in_clause, start, end), "clause")
    sent = span.sent
    in_sent = dated.within(sent.start_char, sent.end_char)
    if in_sent:
        return _as_time(_nearest(in_sent, start, end), "sentence")
    if state.dct and not is_future(verb) and value_interval(state.dct):
        lo, hi = interval_strings(state.dct)
        conf = CONFIDENCE["dct"] * (0.5 if state.dct_inferred else 1.0)
        return TimeValue(value=state.dct, text=None, granularity=granularity_of(state.dct),
                         earliest=lo, latest=hi, confidence=conf, source="dct")
    return None


def governing_verb(token: Token) -> Token:
    """The verb whose clause holds ``token``: the token itself if verbal, else the nearest verbal head."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _subtree_range(token: Token) -> tuple[int, int]:
    sub = list(token.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _nearest(timexes: list[Timex], start: int, end: int) -> Timex:
    def distance(t: Timex) -> int:
        return max(0, t.start - end, start - t.end)

    return min(timexes, key=lambda t: (distance(t), -len(t.value or "")))


def _as_time(t: Timex, source: str) -> TimeValue:
    lo, hi = interval_strings(t.value)
    return TimeValue(value=t.value, text=t.text, granularity=t.granularity or granularity_of(t.value),
                     earliest=lo, latest=hi, confidence=CONFIDENCE[source], source=source)


LIMIT_PREPS = frozenset({"until", "till", "through", "by", "before"})
SCHEDULE_VERBS = frozenset({"schedule", "slate", "expect", "plan", "due", "set"})
FUTURE_MARKERS = frozenset({"expect", "plan", "intend", "schedule", "hope", "aim", "propose", "want", "going",
                            "set", "due", "slate", "seek", "prepare"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})
#: event types of incidents no one schedules (:func:`_names_an_incident`)
INCIDENT_TYPES = frozenset({"ASSAULT", "CRIME", "DISASTER"})
#: incidents of other classes that no one announces ahead ("Monday's coup")
INCIDENT_SUBTYPES = frozenset({"coup"})
#: nouns that need help to be an event (WEAK_NOUNS) but, once a date names them, name a mishap no one schedules
#: ("Tuesday's collapse", "Sunday's fire", "the Friday crash"), unlike "Friday's strike" or "Monday's march"
UNSCHEDULED_NOUNS = frozenset({"collapse", "crash", "crush", "fire", "leak", "encounter", "violence"})


def is_future(verb: Token) -> bool:
    """Future or intended reference: "will meet", "is expected to visit", "plans to go", "is to attend"."""
    if verb.lower_ in FUTURE_AUX or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    if verb.lemma_.lower() in SCHEDULE_VERBS and not any(c.tag_ == "VBD" for c in verb.children if c.dep_ in
                                                         ("aux", "auxpass")) and not _sets_off(verb):
        return True  # "is scheduled for Nov. 17", "the vote set for March 6"
    head = verb
    # climb xcomp chains: "is expected to visit" -> expected, "plans to go" -> plans
    while head.dep_ in ("xcomp", "ccomp") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in FUTURE_MARKERS:
            return True
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
            return True
    return False


#: verbs whose "to" infinitive names an act decided, agreed, promised or ordered, which comes after them ("decided to
#: pause the search on Sunday", "agreed to meet on Monday", "ordered the troops to withdraw by Friday"); not verbs of
#: an attempt or a start ("tried to flee on Sunday", "began to fall on Monday"), which tell the act's own time
RESOLVE_VERBS = frozenset({"decide", "agree", "vow", "pledge", "promise", "threaten", "resolve", "vote", "order",
                           "ask", "urge", "instruct", "tell", "direct", "invite", "offer", "choose", "opt", "demand",
                           "request", "authorize", "authorise"})


def _resolved_by(verb: Token) -> Token | None:
    """The verb of deciding or ordering whose "to" infinitive ``verb`` is (:data:`RESOLVE_VERBS`), or None."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.i == verb.i or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in RESOLVE_VERBS else None


#: what "set" takes when it tells a deed, not a schedule: "set off a bomb", "set fire to", "set the car ablaze"
SET_DEED_DEPS = frozenset({"prt", "oprd", "acomp"})
SET_DEED_OBJECTS = frozenset({"fire", "alight", "ablaze"})


def _sets_off(verb: Token) -> bool:
    """"set" telling a deed: with a particle ("set off a bomb", "set up a checkpoint"), fire for its object ("set
    fire to the hall") or a state it leaves ("set the car ablaze"): done on the day it names, not scheduled for it
    ("the gunmen set off a bomb on Friday evening", in a Sunday report, is the Friday before)."""
    if verb.lemma_.lower() != "set":
        return False
    return any(c.dep_ in SET_DEED_DEPS or (c.dep_ == "dobj" and c.lower_ in SET_DEED_OBJECTS) for c in verb.children)


def sentence_of(doc: Doc, char: int) -> Span | None:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return None
