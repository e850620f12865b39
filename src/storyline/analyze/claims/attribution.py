"""Finding attributions in a parse: cue, speaker head and content span, before any resolution.

Three patterns, read off the dependency parse of the spaCy model:

1. a cue verb (see :mod:`storyline.analyze.claims.cues`) with its subject as speaker
   (the ``by`` agent when passive: "a claim denied by Y") and its complement as
   content: a ``that``-clause, an infinitive ("warned X not to ..."), an object
   and preposition ("accused X of ..."), a direct object for verbs like deny and
   confirm, or the rest of the sentence when the cue is a parenthetical
   ("P, X said");
2. "according to X", where the content is the clause it modifies;
3. direct quotes: a cue next to a quotation takes it as content, across sentences
   ("“A. B. C,” said X.") and after a colon ("X said: “A.”").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from storyline.analyze.claims.cues import (
    ADMISSION_VERBS,
    ADMITTED_INTO,
    ANONYMOUS_HEADS,
    ANSWERABLE_ADJECTIVES,
    ATTITUDE_NOUNS,
    ATTRIBUTING_VERBS,
    BLAME_PLACING_VERBS,
    CLAIM_NOUNS,
    CUE_VERBS,
    DEED_NOUNS,
    GRANTED,
    INSTITUTION_HEADS,
    NAMING_AS,
    OBJECT_CONTENT,
    PREP_CONTENT,
    PREP_ONLY_CONTENT,
    PROMPT_ADJECTIVES,
    QUOTE_ONLY,
    TIE_NOUNS,
    TOLL_GIVING_VERBS,
    VEHICLE_NOUNS,
    VIEW_NOUNS,
    XCOMP_CONTENT,
    Cue,
    cue_for,
    words,
)
from storyline.analyze.claims.quotes import Quote, breaks
from storyline.analyze.claims.rebuttals import ALLEGATION_NOUNS as _ALLEGATION_NOUNS
from storyline.analyze.claims.rebuttals import CALLING_VERBS, DISMISSIVE, negated
from storyline.analyze.claims.responsibility import NEGATIVE_SUBJECTS, taking_responsibility
from storyline.analyze.doctext import doc_text
from storyline.analyze.events.casualties import TOLL_NOUNS
from storyline.analyze.events.ontology import TRIGGERS
from storyline.lexicons import pronouns
from storyline.lexicons.agencies import PATTERN as AGENCY_PATTERN
from storyline.lexicons.countries import country_of
from storyline.lexicons.speech import (
    CONTACT_VERBS,
    CULPRIT_MEANS,
    ISSUING_VERBS,
    OCCASION_NOUNS,
    OCCASION_PREPS,
    RELAY_VERBS,
)
from storyline.lexicons.titles import GROUP_NOUNS, KICKER_WORDS, NOMINAL_ORG, NOMINAL_PERSON, ROLE_HEADS

ACCORDING = Cue("statement")
RESPONSIBILITY = Cue("responsibility")
#: most characters between the two halves of a split quote (“A,” she said, “B.”)
_SPLIT_GAP = 60
#: more characters a split quote may lie away when a long speaker phrase ends the cue's sentence
_SPEAKER_REACH = 80
#: most characters between a quote and the cue that has no clause of its own
_QUOTE_REACH = 60
#: most characters of an object between a cue and its quote ("called the plan “...”")
_OBJECT_REACH = 40
#: a second complement clause of one cue: "said P and that “Q”"
_SECOND_THAT = re.compile(r"\b(?:and|but)\s+that$", re.I)
#: a sentence ends between them (a word, then . ! ?), not a title ("Sen.", "Dr.")
_SENTENCE_END = re.compile(r"(?:[a-z]{4,}|\d)[.!?](?:\s|$)|[!?]")
_SUBJECTS = ("nsubj",)
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_EDGE_PUNCT = " \t\n,;:.-—–\"“”'‘’()"
_AGENCY = re.compile(rf"\b(?:{AGENCY_PATTERN})\b|\bnews agency\b|\bwire service\b", re.I)
#: kinds of act whose trigger, as the object of "blame", names a culprit's deed ("blamed an air strike")
_CULPRIT_ACT_TYPES = frozenset({"ASSAULT", "FIGHT"})


@dataclass
class Found:
    """One attribution found in the parse (character offsets into the doc text)."""

    cue: Cue
    cue_start: int
    cue_end: int
    cue_lemma: str
    speaker: Token | None
    content: tuple[int, int] | None
    sentence: Span
    direct: bool = False
    channel: str | None = None
    via: str = "verb"
    speaker_tokens: tuple[int, int] | None = None  # [i, j) when the phrase is known, not read off the parse


class Page:
    """The article text with its paragraph breaks and quotes indexed, built once per article.

    spaCy rebuilds ``doc.text`` on every access and the quotes are many in a long article:
    looking both up by bisection keeps attribution linear in the length of the text.
    """

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text
        self.breaks = breaks(text)
        self.quotes = sorted(quotes, key=lambda q: q.start)  # they never overlap
        self.starts = [q.start for q in self.quotes]
        self.inner_starts = [q.inner_start for q in self.quotes]

    def paragraph(self, pos: int) -> tuple[int, int]:
        """Bounds of the line (paragraph) holding ``pos``: spaCy sentences can run across them."""
        i = bisect_left(self.breaks, pos)
        start = self.breaks[i - 1] + 1 if i > 0 else 0
        return start, (self.breaks[i] if i < len(self.breaks) else len(self.text))

    def next_break(self, pos: int) -> int:
        """The first paragraph break at or after ``pos``, -1 when there is none (like ``str.find``)."""
        i = bisect_left(self.breaks, pos)
        return self.breaks[i] if i < len(self.breaks) else -1

    def crosses(self, a: int, b: int) -> bool:
        """Is there a paragraph break in ``text[a:b]``?"""
        i = bisect_left(self.breaks, a)
        return i < len(self.breaks) and self.breaks[i] < b

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.inner_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i].inner_end

    def quotes_from(self, lo: int, hi: int) -> list[Quote]:
        """Quotes starting in ``lo:hi``, in order."""
        return self.quotes[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def quote_before(self, pos: int) -> Quote | None:
        """The last quote that ends at or before ``pos``."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0 and self.quotes[i].end > pos:
            i -= 1
        return self.quotes[i] if i >= 0 else None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past edge punctuation, quote marks and spaces."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def _bounds(tokens: list[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def _subtree(tok: Token) -> tuple[int, int]:
    return _bounds(list(tok.subtree))


# --------------------------------------------------------------------------- speaker


def _owner_of_vehicle(noun: Token) -> Token | None:
    """Who stands behind "a statement"/"the report": its possessor, its "by" phrase, or who issued it."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ == "dobj":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


def is_agency(tok: Token) -> bool:
    """Does the phrase headed by ``tok`` name a news agency ("Xinhua news agency", "Reuters")?"""
    lo, hi = _subtree(tok)
    return bool(_AGENCY.search(_subtree_text(tok))) if hi - lo < 60 else False


def _relayed(verb: Token) -> tuple[Token, str] | None:
    """"X was quoted (as saying) by Sputnik", "news agency Reuters quoted X", "X was cited by AFP as saying": X
    speaks, the agency relays."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.lemma_.lower() == "cite" and passive is None:
        return None  # "the minister cited the report": the minister speaks
    if passive is not None:
        by = next((t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"), None)
        return passive, (by.text if by is not None else "quoted")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and _quotable(c)), None)
    if subj is not None and obj is not None and obj.lemma_.lower() not in VEHICLE_NOUNS:
        return obj, _channel_name(subj)
    return None


def _channel_name(tok: Token) -> str:
    return _subtree_text(tok)


def _subtree_text(tok: Token) -> str:
    """The text of the phrase ``tok`` heads, from its own tokens (``doc.text`` is rebuilt on every access:
    slicing it per call made the claims component quadratic in the article's length)."""
    tokens = list(tok.subtree)
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return tok.doc[first:last + 1].text


def find_subject(verb: Token, page: Page) -> tuple[Token | None, str | None]:
    """The speaker head of a cue verb and a channel when the subject is a vehicle ("a statement") or an
    agency relaying someone ("X was quoted by Y")."""
    relay = _relayed(verb) or _quoted_as_saying(verb) or _reported_quoting(verb)
    if relay is not None:
        return relay
    subj = _direct_subject(verb, page)
    if subj is None:
        return None, None
    aside = next((a for c in (*subj.children, *verb.children) if (a := relay_aside(c)) is not None), None)
    relayed_by = _channel_name(aside) if aside is not None else None
    channel = VEHICLE_NOUNS.get(subj.lemma_.lower())
    if channel is not None:
        owner = _owner_of_vehicle(subj)
        if owner is not None:
            return owner, relayed_by or channel
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is not None and subj.lemma_.lower() in NOUN_CUES and _can_speak(owner):
        return owner, relayed_by  # "Estmark's denial called the accusations baseless": Estmark speaks through it
    return subj, relayed_by or channel


def relay_aside(verb: Token) -> Token | None:
    """The agent of "as reported by X" (also quoted, cited) set off in a speaker's phrase ("X's denial, as
    reported by the Lesk Courier, called ...", "the minister, as quoted by EPS, said"): X passed the words
    on, it says nothing of its own. None for anything else (an opening "As reported by X, P" with no saying of
    another's in P is X's report)."""
    if verb.lemma_.lower() not in RELAY_VERBS or verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl"):
        return None
    # set off after the speaker: the parser hangs it on the speaker's noun or on the cue after it
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN", "PRON") and not (cue_for(head.lemma_) is not None and verb.i < head.i):
        return None
    mark = _child(verb, "mark")
    agent = _child(verb, "agent")
    if mark is None or mark.lower_ != "as" or agent is None:
        return None
    return _child(agent, "pobj")


def _quoted_as_saying(verb: Token) -> tuple[Token, str] | None:
    """"The agency quoted X as saying P", "X was quoted (by Y) as saying P", "Y cited X as saying P": the saying is
    X's, the quoting voice its channel (the saying has no subject of its own: the parser hangs it on "as")."""
    prep = verb.head
    if verb.dep_ not in ("pcomp", "advcl") or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    quoting = prep.head
    if quoting.lemma_.lower() not in ("quote", "cite") or _child(verb, "nsubj", "nsubjpass") is not None:
        return None
    passive = _child(quoting, "nsubjpass")
    if passive is not None:
        by = next((t for t in quoting.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"), None)
        return passive, (by.text if by is not None else "quoted")
    subj, obj = _child(quoting, "nsubj"), _child(quoting, "dobj")
    if obj is None or not _quotable(obj) or obj.lemma_.lower() in VEHICLE_NOUNS:
        return None
    return obj, (_channel_name(subj) if subj is not None else "quoted")


def _reported_quoting(verb: Token) -> tuple[Token, str] | None:
    """"P, the Herald reports, quoting the Red Cross", "X reported P, citing Interior Minister Y": a report that
    names whom it quotes is that one's saying, the reporter its channel. Only a named source ("citing an official":
    the reporter is the one who speaks for an unnamed source)."""
    if verb.lemma_.lower() not in RELAY_VERBS:
        return None
    subj = _child(verb, "nsubj")
    # "P, CNN reports, quoting X": the parser may hang the participle on P's verb, right after the cue
    near = [*verb.children, *(c for c in verb.head.children if verb.dep_ == "parataxis" and c.i > verb.i
                                and all(t.is_punct for t in verb.doc[verb.i + 1:c.i]))]
    quoting = next((c for c in near if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                    and c.lemma_.lower() in ("quote", "cite") and _child(c, "nsubj") is None), None)
    obj = _child(quoting, "dobj") if quoting is not None else None
    if subj is None or obj is None or obj.pos_ != "PROPN" or not obj.ent_type_:
        return None
    return obj, _channel_name(subj)


def _quotable(tok: Token) -> bool:
    """Whom a "quoted X" can name: a name, a noun, or a person's pronoun ("the agency quoted him as saying";
    not "quoted it", a text)."""
    return tok.pos_ in ("PROPN", "NOUN") or (tok.pos_ == "PRON" and tok.lower_ in pronouns.PEOPLE_OBJECTS)


def _quotes_as_saying(verb: Token) -> bool:
    """Does the verb quote someone "as saying" (the saying is the claim, not the quoting)?"""
    return verb.lemma_.lower() in ("quote", "cite") and any(
        c.dep_ == "prep" and c.lower_ == "as" and _quoted_as_saying(g) is not None
        for c in verb.children for g in c.children)


#: verbs that make someone speak: "the incident led X to accuse Y", "prompted X to deny", "X was forced to admit"
CAUSATIVES = words("lead prompt force push drive compel spur move provoke cause oblige pressure")


def _made_to_speak(verb: Token) -> Token | None:
    """The one a causative makes speak: its object ("led X to accuse"), or its subject in the passive ("X was
    forced to deny"). Not a verb of asking ("urged X to deny" is no denial of X's)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in CAUSATIVES:
        return None
    obj = _child(head, "dobj")
    if obj is not None and obj.i < verb.i:
        return obj
    return _child(head, "nsubjpass")


def _nearest_subject(verb: Token, page: Page) -> Token | None:
    """The subject child nearest the verb in its own paragraph (a bad parse can give two: then one that can speak,
    "officials who were not authorised to disclose the information said", not "the information")."""
    subs = [c for c in verb.children if c.dep_ in _SUBJECTS]
    same_par = [c for c in subs if not page.crosses(min(c.idx, verb.idx), max(c.idx, verb.idx))]
    if len(same_par) > 1:
        same_par = [c for c in same_par if _can_speak(c) or c.lemma_.lower() in VEHICLE_NOUNS] or same_par
    return min(same_par, key=lambda c: abs(c.i - verb.i)) if same_par else None


def _with_absolute_subject(verb: Token) -> Token | None:
    """"Ostria expelled a diplomat with Prime Minister Jon Belk alleging that P": in a "with" phrase a participle's
    subject is the noun right before it, the object of "with" (the parser hangs the participle on the main verb and
    the noun on "with"), not the main clause's subject."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    tok = verb.doc[verb.i - 1]
    while tok.dep_ != "pobj" and tok.head.i != tok.i and tok.head.i < verb.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.right_edge.i == verb.i - 1 and _can_speak(tok):
        return tok
    return None


def _direct_subject(verb: Token, page: Page) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    subj = _nearest_subject(verb, page)
    if subj is not None:
        if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return verb.head
        return subj
    absolute = _with_absolute_subject(verb)
    if absolute is not None:
        return absolute
    stray = stray_subject(verb) or _made_to_speak(verb) or _vehicles_issuer(verb, page) or _subject_in_opener(verb) \
        or appositive_speaker(verb)
    if stray is not None:
        return stray
    if _said_through(verb):  # "X took to Twitter to say P": X says P
        return _nearest_subject(verb.head, page)
    if _prompt_infinitive(verb):  # "Ankara was quick to blame the regime": Ankara blames it
        return _nearest_subject(verb.head.head, page)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB" \
            and verb.head.head.dep_ != "auxpass" and not any(c.dep_ == "auxpass" for c in verb.head.head.children):
        # "the ministry responded by denying the allegations", "surprised many by rejecting the claim": the way the
        # subject acted (not a passive's agent: "was denied by ...")
        return _shared_subject(verb.head.head, page)
    if verb.lemma_.lower() in _READS:  # "“…,” read the ministry's statement": the document after the verb
        obj = _child(verb, "dobj")
        if obj is not None and obj.i > verb.i and obj.lemma_.lower() in VEHICLE_NOUNS:
            return obj
    # "..., stating that" / "and said that": the subject is shared with the governing verb
    shares = verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG")
    if shares and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        if verb.tag_ == "VBG" and head.dep_ == "ccomp" and cue_for(head.head.lemma_) is not None:
            # "The ministry claims X sabotaged the dam, rejecting accusations": a speaking participle
            # the parser hangs on the reported clause is the reporter's
            head = head.head
        before = _clause_before_participle(verb) if verb.tag_ == "VBG" else None
        if before is not None:
            return before
        shared = _shared_subject(head, page) or _sibling_speaker(verb)
        # "was sentenced to probation and ordered to pay", "was arrested and told to leave": a verb with an
        # infinitive after a passive goes on with the passive
        active = verb.tag_ != "VBN" and not any(c.dep_ in ("auxpass", "nsubjpass", "xcomp") for c in verb.children)
        if shared is None and verb.dep_ == "conj" and active:
            # "X was detained at the scene and admitted to shooting him": the passive's subject does the second
            # verb, an active one, himself
            undergoer = _child(head, "nsubjpass")
            if undergoer is not None and _can_speak(undergoer):
                return undergoer
        return shared
    return None


def _prompt_infinitive(verb: Token) -> bool:
    """"X was quick to blame Y", "was swift to deny": the infinitive of an adjective of promptness after a copula
    that is not negated says what its subject did (not "was unable to confirm")."""
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.pos_ != "ADJ" or adj.lemma_.lower() not in PROMPT_ADJECTIVES or adj.dep_ != "acomp":
        return False
    return adj.head.lemma_.lower() == "be" and not any(c.dep_ == "neg" for c in adj.head.children)


def _said_through(verb: Token) -> bool:
    """A "to say" (or "to deny", "to announce") telling what a verb of reaching an audience was for ("took to
    Twitter to say P", "called a news agency to say P")."""
    aux = _child(verb, "aux")
    return verb.tag_ == "VB" and verb.dep_ in ("advcl", "xcomp") and aux is not None and aux.lower_ == "to" \
        and verb.head.i != verb.i and verb.head.lemma_.lower() in CONTACT_VERBS and cue_for(verb.lemma_) is not None


def _vehicles_issuer(verb: Token, page: Page) -> Token | None:
    """"X issued a statement saying P", "X, issuing a statement saying P", "X's statement saying P": a participle
    that tells what a statement or letter says speaks with the one who issued it (not with one who cites it)."""
    vehicle = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or vehicle.lemma_.lower() not in VEHICLE_NOUNS:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in vehicle.children):
        return _owner_of_vehicle(vehicle)  # "X's statement saying", "a letter from X saying"
    gov = vehicle.head
    if vehicle.dep_ != "dobj" or gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in ISSUING_VERBS:
        return None
    if gov.dep_ == "acl" and gov.tag_ == "VBG" and gov.head.pos_ in ("NOUN", "PROPN"):
        return gov.head  # "The company, issuing a statement saying ...": the noun the issuing hangs on
    subj = _nearest_subject(gov, page)
    return subj if subj is not None and subj.lower_ not in _RELATIVE else None


def _clause_before_participle(part: Token) -> Token | None:
    """"After X expelled a diplomat, alleging that ..., Y summoned the envoy": a participle set off by commas
    before the main clause's subject hangs on the clause that ends right before it (whatever the parser says),
    and speaks with that clause's subject, X. A participle opening the sentence ("Alleging that ..., Y summoned")
    or after the subject keeps the main clause's."""
    doc, head = part.doc, part.head
    main = _child(head, "nsubj")
    left = part.left_edge.i
    if main is None or main.i < part.i or left < 2 or doc[left - 1].text != "," or doc[left - 2].is_punct:
        return None
    last = doc[left - 2]
    clause: Token | None = last
    while clause is not None and clause.right_edge.i == last.i:
        subj = _child(clause, "nsubj")
        if clause.pos_ in ("VERB", "AUX") and subj is not None and clause.dep_ in ("advcl", "relcl", "ccomp", "conj"):
            return subj if _can_speak(subj) and subj.i < part.i else None
        clause = clause.head if clause.head.i != clause.i else None
    return None


def appositive_speaker(verb: Token) -> Token | None:
    """"P, Ostria's emergency service said on Monday": the parser can take the speaker set off after the comma for
    an apposition (or a conjunct) of the last noun of P and leave the cue with no subject, hung on P's verb or
    holding P as its complement. The noun phrase that opens after that comma and ends right before the cue is the
    speaker, if it can speak. Only a cue after the clause it tells, with nothing of its own before it (no subject,
    no "as" or "because")."""
    clause = _fronted_of(verb)
    if clause is None:
        return None
    doc = verb.doc
    tok: Token | None = doc[verb.i - 1]
    while tok is not None and tok.right_edge.i == verb.i - 1 and tok.i != clause.i and tok.i != verb.i:
        left = tok.left_edge.i
        if tok.dep_ in ("appos", "conj", "npadvmod") and tok.pos_ in ("NOUN", "PROPN") \
                and left > clause.left_edge.i + 1 and doc[left - 1].text == "," and _can_speak(tok):
            return tok
        tok = tok.head if tok.head.i != tok.i else None
    return None


def _fronted_of(verb: Token) -> Token | None:
    """The clause a subjectless cue closes ("P, X said"): the verb it hangs on, before it, or its complement
    before it; None when the cue has a subject, a conjunction or a clause of its own after it."""
    if cue_for(verb.lemma_) is None or verb.i < 3 or _child(verb, "nsubj", "nsubjpass", "mark", "agent") is not None:
        return None
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("advcl", "conj", "parataxis") and verb.head.i < verb.i:
        return verb.head if not comps and verb.left_edge.i == verb.i else None
    before = [c for c in verb.children if c.i < verb.i]
    if len(comps) == 1 and before == comps and comps[0].right_edge.i == verb.i - 1:
        return comps[0]
    return None


def _apposed_content(verb: Token, speaker: Token) -> tuple[int, int] | None:
    """What a cue with an apposed speaker (:func:`appositive_speaker`) says: its clause up to the comma before the
    speaker."""
    clause = _fronted_of(verb)
    if clause is None:
        return None
    inner = {t.i for t in verb.subtree} if clause.i == verb.head.i else set()  # hung on the clause's verb
    toks = [t for t in clause.subtree if t.i not in inner and t.i < speaker.left_edge.i - 1]
    return _bounds(toks) if toks else None


def _sibling_speaker(part: Token) -> Token | None:
    """"P, X said on Monday, adding that Q": when the parser hangs both cues on P's verb and the first has its
    speaker only as an apposition (:func:`appositive_speaker`), the participle goes on with that speaker."""
    if part.tag_ != "VBG" or cue_for(part.lemma_) is None:
        return None
    for sib in part.head.children:
        if sib.i < part.i and sib.dep_ in ("advcl", "conj", "parataxis"):
            speaker = appositive_speaker(sib)
            if speaker is not None:
                return speaker
    return None


def stray_subject(verb: Token) -> Token | None:
    """"X denied involvement but two of Y's allies ... blamed Z": the parser makes the second subject a
    "but" conjunct of the first verb's object and hangs the second verb, with no subject, on the first.
    The conjunct standing before the verb, if it can speak (a number of people counts: "two of ...")."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.i >= verb.i or _child(verb, "nsubj", "nsubjpass"):
        return None
    for obj in (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i):
        but = next((c for c in obj.children if c.dep_ == "cc" and c.lower_ == "but"), None)
        conj = next((c for c in obj.children if c.dep_ == "conj" and but is not None and but.i < c.i < verb.i), None)
        if conj is not None and (_can_speak(conj) or (conj.pos_ == "NUM" and _child(conj, "prep") is not None)):
            return conj
    return None


#: common nouns of someone who can speak ("the mayor", "officials", "the ministry")
SPEAKING_NOUNS = ANONYMOUS_HEADS | INSTITUTION_HEADS | ROLE_HEADS | NOMINAL_PERSON | GROUP_NOUNS


def _subject_in_opener(verb: Token) -> Token | None:
    """"At a meeting with members in Orlen, Ivo Marsh, the club's treasurer, said, “…”": the parser can take the
    subject for a conjunct of the last noun of a phrase opening the sentence (a participle's, a preposition's), or
    for a noun in apposition to it ("But in a rejoinder, the governor of X said"), and leave the cue with none. A
    conjunct (or apposition) that can speak, set off by a comma (not one of a list joined by "and": "in
    Orlen, Tarsk and Velm"), whose phrase runs up to the cue with only punctuation between, is the cue's subject."""
    doc = verb.doc
    for opener in (c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < verb.i):
        for t in opener.subtree:
            # "But in a rejoinder, the governor of X said ...": or for a noun in apposition to it
            if t.dep_ not in ("conj", "appos") or t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != "," \
                    or t.ent_type_ in ("LOC", "FAC", "DATE", "TIME") or not _can_speak(t):
                continue
            if any(c.dep_ == "cc" for c in t.head.children):
                continue
            if all(x.is_punct for x in doc[t.right_edge.i + 1:verb.i]):
                return _dated_name(t) or t
    return None


def _dated_name(appos: Token) -> Token | None:
    """"On Monday Ivo Marsh, the club's treasurer, said": the parser can glue the opening day to the name that
    follows it (a compound of the name, the whole the object of "On") and leave the apposition as what is set off
    by commas; the name is who speaks, the apposition says who he is."""
    name = appos.head
    if appos.dep_ != "appos" or name.ent_type_ != "PERSON" or name.i > appos.i:
        return None
    glued = any(c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") and c.i < name.i for c in name.children)
    return name if glued else None


def _culprit_act(obj: Token) -> bool:
    """Is the object of "blame" an attack or its weapon ("an air strike", "a misfired rocket"): a culprit's act
    told as the cause, not a cause that is nobody's deed ("the weather", "the economy")?"""
    word = obj.lemma_.lower()
    kind = TRIGGERS.get(word)
    return word in CULPRIT_MEANS or (kind is not None and kind.type in _CULPRIT_ACT_TYPES)


def _can_speak(subj: Token) -> bool:
    return (subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or subj.lemma_.lower() in SPEAKING_NOUNS)


def _shared_subject(head: Token, page: Page) -> Token | None:
    """The subject a cue shares with the verb it hangs on: a speaking verb's ("said ..., adding"), or a
    name or pronoun ("went to the podium and said"); else the nearest speaking verb above. Never a thing
    that cannot speak ("These developments have occurred after X ... accused", "the toll reached ...,
    adding" -- the parser hangs the cue on the wrong verb)."""
    verb: Token | None = head
    for _ in range(4):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = _direct_subject(verb, page)
        if subj is not None and (cue_for(verb.lemma_) is not None or _can_speak(subj)):
            return subj
        if subj is not None and verb.lemma_.lower() in ISSUING_VERBS and subj.lemma_.lower() in VEHICLE_NOUNS:
            return subj  # "A ministry statement issued hours later said P": the parser made the participle the verb
        verb = verb.head if verb.head.i != verb.i else None
    return None


# --------------------------------------------------------------------------- content


def _child(verb: Token, *deps: str) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps), None)


def find_content(verb: Token, lemma: str, found: dict[int, Found]) -> tuple[tuple[int, int] | None, str]:
    """The content span of a cue verb and how it was found ("clause", "infinitive", "object", ...).

    A cue in a relative clause whose object is the relative pronoun ("Mara Venn, who prosecutors have accused of
    helping him", "an attack that Ostria blamed on Varnia") says its words of the noun the pronoun stands for: the
    content opens at that noun's phrase (the speaker and cue inside it, as in a quotation split around its cue),
    not at "who" or "that", so that whom or what it accuses is in it."""
    span, how = _find_content(verb, lemma, found)
    if span is not None and how == "object" and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        rel = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _RELATIVE), None)
        head = verb.head
        # only a noun right before the pronoun (a comma between at most): the words of a longer phrase ("a deadly
        # attack on a parade in <city> last week that X blamed on Y") would enter the accusation as its targets
        if rel is not None and span[0] == rel.idx and head.i < rel.i \
                and all(t.is_punct for t in verb.doc[head.i + 1:rel.i]):
            span = ((head.left_edge if head.pos_ == "PROPN" else head).idx, span[1])
    return span, how


def _find_content(verb: Token, lemma: str, found: dict[int, Found]) -> tuple[tuple[int, int] | None, str]:
    """The content span of a cue verb and how it was found (:func:`find_content`)."""
    if lemma in NAMING_AS:  # what it calls what it names, or nothing
        return _named_as(verb, NAMING_AS[lemma]), "named-as"
    apposed = appositive_speaker(verb)
    if apposed is not None:  # "P, X said": P, up to the comma that sets the speaker off
        return _apposed_content(verb, apposed), "parenthetical"
    # "“A,” X said ..., Xinhua news agency reported": the parser can hang the agency's verb on the cue
    comps = [c for c in verb.children if c.dep_ == "ccomp" and not _relaying_clause(c)] or _misattached(verb) \
        or _fronted_clause(verb) or _under_relay(verb) or _fronted_before_quoting(verb)
    if comps:
        # "X said that P, and when asked ..., X said: “Q”": the parser can hang the first saying on the second; a
        # saying with its own subject before the cue is not what the cue says when the cue has a clause after it
        after = [c for c in comps if c.i > verb.i]
        comps = [c for c in comps if c.i > verb.i or not (after and _saying(c) and _child(c, "nsubj") is not None)]
        # "said a search was under way, but that he did not expect survivors": the parser can join the second
        # that-clause to the cue; its "that" shows it is the report going on
        if after:
            comps += [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        quoted = [c for c in after if _opens_quotation(verb, c)]
        if quoted and len(quoted) < len(comps):
            # 'Noting that trams were set on fire, X said, "These are not ..."': the parser can hang the
            # participle's clause on the cue too; a cue followed by a quotation says the quotation
            comps = quoted
        best = max(comps, key=lambda c: len(list(c.subtree)))
        # "said it was unlikely the group's aim was ...": the parser can split one clause into two
        # complements; on the same side of the cue they are one content
        toks = [t for c in comps if (c.i < verb.i) == (best.i < verb.i) for t in c.subtree]
        # "said Tuesday his actions were lawful": a leading date modifier belongs to the saying
        dates = [c for c in best.children if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
                 and c.left_edge.i == toks[0].i]
        if dates:
            drop = {t.i for t in dates[0].subtree}
            toks = [t for t in toks if t.i not in drop] or toks
        drop = {t.i for c in comps for t in [*_contrasted(c), *_reporters_participle(c)]}
        return _bounds([t for t in toks if t.i not in drop] or toks), "clause"
    split = _clause_before_subject(verb)
    if split is not None:
        return split, "parenthetical"
    told = _occasion_clause(verb)
    if told is not None:
        return told, "clause"
    gerund = _child(verb, "xcomp")
    if gerund is not None and gerund.tag_ == "VBG" and gerund.i > verb.i and lemma not in OBJECT_CONTENT \
            and _child(gerund, "ccomp") is not None and _child(gerund, "nsubj", "dobj") is None:
        # "said taxing it could bring thousands of jobs": the parser can take a gerund opening the reported
        # clause for the cue's own complement and hang the clause on it; the whole is what was said
        return _subtree(gerund), "clause"
    if _about_claim_noun(verb):
        return _claim_noun_content(verb, found), "claim-noun"
    if verb.dep_ == "parataxis" or _trailing_cue(verb) or _as_said(verb):
        return _rest_of_clause(verb), "parenthetical"
    xcomp = _child(verb, "xcomp")
    if lemma in XCOMP_CONTENT and xcomp is not None:
        obj = _child(verb, "dobj")
        toks = list(xcomp.subtree) + (list(obj.subtree) if obj is not None and obj.i < xcomp.i else [])
        # "asked Norvik to reduce its presence after Belk cited what he said was evidence ...": a clause closing the
        # infinitive that tells when, after another speaker said something, is the reporter's account of what led to
        # the request and that speaker's claim, not part of this one ("until the company said ..." is a condition
        # of the request and stays)
        other = next((c for c in xcomp.children if c.dep_ == "advcl" and c.i > xcomp.i
                      and c.right_edge.i == xcomp.right_edge.i and c.lemma_.lower() in CUE_VERBS
                      and any(m.dep_ == "mark" and m.lower_ in ("after", "since") for m in c.children)
                      and any(n.dep_ == "nsubj" and n.lower_ not in _RELATIVE for n in c.children)), None)
        if other is not None:
            toks = [t for t in toks if t.i < other.left_edge.i] or toks
        return _bounds(toks), "infinitive"
    if lemma in OBJECT_CONTENT and xcomp is not None and xcomp.tag_ == "VBG":
        return _subtree(xcomp), "object"  # "denied carrying out the attack"
    named = _called_so(verb) if lemma == "call" else None
    if named is not None:
        return named, "object"
    only = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == PREP_ONLY_CONTENT.get(lemma)), None)
    pobj = _child(only, "pobj", "pcomp") if only is not None else None
    if pobj is not None and lemma in ADMISSION_VERBS and not _admitted_act(verb, pobj):
        pobj = None  # "was admitted to hospital": taken in, nothing admitted
    if only is not None and pobj is not None:
        # "called for an end to the strikes and for talks", "called for reopening the border": all the preposition holds
        toks = [t for t in only.subtree if t.i != only.i]
        if lemma in ADMISSION_VERBS:
            # "admitted to a massacre that killed 77 but pleaded not guilty": a verb the parser joined to the object
            # is another thing he did, not what he admits
            stray = next((t for t in toks if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.i != pobj.i
                          and _child(t, "nsubj", "nsubjpass") is None), None)
            if stray is not None:
                toks = [t for t in toks if t.i < stray.i and not (t.dep_ == "cc" and t.head.i == stray.head.i
                                                                    and t.i == stray.i - 1)]
                while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
                    toks.pop()
        return _bounds(toks), "object"
    obj = _child(verb, "dobj", "nsubjpass")
    prep_words = PREP_CONTENT.get(lemma, ())
    if prep_words and obj is not None:
        # the verb's own preposition first ("blamed X for"), then another ("blamed the blast on X"), never a date's
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in prep_words
                 and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)]
        prep = min(preps, key=lambda c: prep_words.index(c.lower_), default=None)
        if prep is not None:
            return _bounds(list(obj.subtree) + list(prep.subtree)), "object"
        # "accusing the newspaper of misrepresenting ...": the parser may hang the preposition on the object
        if any(c.dep_ == "prep" and c.lower_ in prep_words and _child(c, "pcomp", "pobj") is not None
               for c in obj.children):
            return _subtree(obj), "object"
        # "accused X and Y's agency of carrying out the attack": or on a second object it makes a conjunct of the verb
        second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > obj.i
                       and any(p.dep_ == "prep" and p.lower_ in prep_words for p in c.children)), None)
        if second is not None:
            return _bounds(list(obj.subtree) + list(second.subtree)), "object"
    if lemma == "blame" and obj is not None and obj.pos_ != "PRON" and _culprit_act(obj):
        # "the ministry blamed a Norland air strike", "blamed a misfired rocket from another group": an act or the
        # weapon of one, told as the cause, names who did it as much as a party would
        aside = {t.i for c in obj.children if c.dep_ in ("relcl", "appos") for t in c.subtree}
        return _bounds([t for t in obj.subtree if t.i not in aside and not (t.is_punct and t.i > obj.i)]), "object"
    if lemma == "blame" and obj is not None and (obj.pos_ == "PRON" or not (
            _can_speak(obj) or obj.lemma_.lower() in NOMINAL_ORG)):
        return None, ""  # "blamed the militia" names a culprit; "can't blame them" does not
    if lemma == "blame" and obj is not None and not any(c.dep_ == "prep" for c in verb.children):
        # "blamed the X Front, which has denied any role": the culprit, not what is said of it
        aside = {t.i for c in obj.children if c.dep_ in ("relcl", "appos") for t in c.subtree}
        return _bounds([t for t in obj.subtree if t.i not in aside and not (t.is_punct and t.i > obj.i)]), "object"
    if obj is not None and (lemma in OBJECT_CONTENT or (lemma == "claim" and obj.lemma_.lower() in TIE_NOUNS)):
        return _with_as_phrase(verb, obj, _object_before_stray(verb, obj)), "object"
    return None, ""


def _with_as_phrase(verb: Token, obj: Token, bounds: tuple[int, int]) -> tuple[int, int]:
    """"dismissing X's position as built on misleading information", "rejected the plan as a provocation": what the
    object is taken for, right after it, is said of it (the parser hangs the "as" phrase on the verb, as a
    preposition or a clause marked by "as"), as in "dismissed the accusations as baseless"."""
    if bounds[1] != obj.right_edge.idx + len(obj.right_edge):
        return bounds  # the object was cut short (another's saying after it): nothing after it is the speaker's
    for c in verb.children:
        if c.i <= obj.right_edge.i or c.left_edge.i > obj.right_edge.i + 2:
            continue
        as_prep = c.dep_ == "prep" and c.lower_ == "as"
        as_clause = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" and m.i == c.left_edge.i
                                              for m in c.children)
        if (as_prep and _child(c, "pobj", "amod", "acomp", "pcomp") is not None) or as_clause:
            last = c.right_edge
            while last.i > c.i and (last.is_punct and last.text not in ('"', "”", "’", "'")):
                last = last.doc[last.i - 1]
            return bounds[0], last.idx + len(last)
    return bounds



def _admitted_act(verb: Token, obj: Token) -> bool:
    """Is "<verb> to <obj>" an admission of an act ("admitted to shooting him", "has admitted to the killing"), not
    a taking in ("was admitted to hospital", "admitted to the bar")? The verb active, its object a gerund or a noun
    that is no place, body or name."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return False
    if obj.tag_ == "VBG":
        return True
    return obj.pos_ == "NOUN" and obj.lower_ not in ADMITTED_INTO and obj.lemma_.lower() not in ADMITTED_INTO \
        and not obj.ent_type_


def _called_so(verb: Token) -> tuple[int, int] | None:
    """"X called the plan a mistake", "called him a genius for his ...": what the subject calls its object is its
    claim, the object with what it is called (and what the verb's phrases after that add). None without an object
    predicate, and for a quotation (the quotation is the content: "called the idea “fiction”")."""
    preds = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    if not preds or _child(verb, "nsubj") is None:
        return None
    last = max(preds, key=lambda c: c.i)
    toks = [t for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i for t in c.subtree]
    toks += [t for c in verb.children if c.dep_ == "prep" and c.i > last.i for t in c.subtree]
    if any(t.text in _QUOTE_CHARS for t in toks):
        return None
    return _bounds(toks)


def _named_as(verb: Token, prep_word: str) -> tuple[int, int] | None:
    """"referred to the suspect as a “lone wolf” who ...": the object of the verb's preposition and what it is called
    (the "as" phrase); None without an "as" phrase."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep_word), None)
    named = _child(prep, "pobj") if prep is not None else None
    if named is None:
        return None
    # the parser may hang the "as" phrase on the verb, on the object or deeper in the object's phrase
    as_ = next((c for c in [*verb.children, *named.subtree] if c.dep_ == "prep" and c.lower_ == "as"
                and c.i > named.i and _child(c, "pobj", "amod", "acomp") is not None), None)
    return _bounds([*named.subtree, *as_.subtree]) if as_ is not None else None


def _occasion_clause(verb: Token) -> tuple[int, int] | None:
    """"said in a briefing that early signs pointed to P", "told a news conference that P": the parser can read the
    "that" clause as a relative clause of the occasion noun; it is what was said when it has a subject of its own,
    "that" is not that subject, and its verb does not put out the noun ("the statement that it issued")."""
    for child in verb.children:
        noun = _child(child, "pobj") if child.dep_ == "prep" and child.lower_ in OCCASION_PREPS else \
            child if child.dep_ == "dobj" else None
        if noun is None or noun.lemma_.lower() not in OCCASION_NOUNS or noun.i < verb.i:
            continue
        for rel in noun.children:
            that = rel.left_edge
            if rel.dep_ != "relcl" or that.lower_ != "that" or that.i < noun.i \
                    or that.dep_ in ("nsubj", "nsubjpass") or rel.lemma_.lower() in ISSUING_VERBS:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in rel.children):
                return _subtree(rel)
    return None


def _object_before_stray(verb: Token, obj: Token) -> tuple[int, int]:
    """The object's span, up to a "but" conjunct that is another verb's subject (:func:`stray_subject`)."""
    strays = {s.i for c in verb.children if c.dep_ in ("advcl", "conj") and (s := stray_subject(c)) is not None}
    conj = next((c for c in obj.children if c.i in strays), None)
    if conj is None:
        return _before_anothers_saying(obj)
    but = next(c for c in obj.children if c.dep_ == "cc" and c.lower_ == "but")
    return _bounds([t for t in obj.subtree if t.i < but.i])


def _before_anothers_saying(obj: Token) -> tuple[int, int]:
    """The object's span, up to a relative clause after a comma in which someone else says something of it
    ("denied responsibility for the attack, which the Front has blamed on Norland": the blame is the Front's)."""
    for rel in obj.subtree:
        if rel.dep_ == "relcl" and rel.lemma_.lower() in CUE_VERBS and rel.i > obj.i \
                and rel.doc[rel.left_edge.i - 1].text == "," \
                and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for c in rel.children):
            return _bounds([t for t in obj.subtree if t.i < rel.left_edge.i - 1])
    return _subtree(obj)


#: conjunctions of a clause set against the content ("X said P, while Y put the figure at 500")
_CONTRAST = frozenset(("while", "whereas"))


def _contrasted(clause: Token) -> list[Token]:
    """The tokens of a contrasting clause with its own subject at the end of a content: another
    party's account ("..., while health ministry sources put the figure at 500", "... while Israel's
    military attributed it to ...") is not the speaker's. A "while" of time ("would reopen while
    repairs continue") stays: it has no comma before it and is no saying."""
    out: list[Token] = []
    for adv in (t for t in clause.subtree if t.dep_ == "advcl" and t.i > clause.i):
        mark = next((c for c in adv.children if c.dep_ == "mark" and c.lower_ in _CONTRAST), None)
        subj = _child(adv, "nsubj")
        if mark is None or subj is None:
            continue
        comma = mark.i > 0 and mark.doc[mark.i - 1].text == ","
        # "30 were killed in A, while 12 died in B": a count for its subject goes on with the speaker's figures
        counted = subj.like_num or any(c.dep_ == "nummod" for c in subj.children)
        if (comma and not counted) or _saying(adv):
            out += list(mark.doc[(mark.i - 1 if comma else mark.i):adv.right_edge.i + 1])
    # "said the fire was an accident but the opposition blamed the government": another party's saying; after "and"
    # only when the joined verb itself says, with its own subject ("data showed 52 were killed and police said ...")
    for cc in (t for t in clause.subtree if t.dep_ == "cc" and t.lower_ == "and"):
        conj = next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i), None)
        subj = _child(conj, "nsubj") if conj is not None else None
        # (not a relative clause joined on, "... and which denied any part": it tells of a noun of the content)
        if conj is not None and _saying(conj) and subj is not None and subj.lower_ not in _RELATIVE \
                and not any(c.dep_ == "mark" for c in conj.children):
            out += list(cc.doc[cc.i:conj.right_edge.i + 1])
    for cc in (t for t in clause.subtree if t.dep_ == "cc" and t.lower_ in ("but", "while", "whereas")):
        conj = next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i), None)
        # the saying has its own subject ("but the opposition blamed"), not "but was believed to ..."
        if conj is None or not (conj.pos_ in ("NOUN", "PROPN") or _child(conj, "nsubj") is not None):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
            continue  # "said a search was under way, but that he did not expect ...": "that" goes on with the report
        if any(_saying(t) and t.i > cc.i for t in conj.subtree):
            out += list(cc.doc[cc.i:conj.right_edge.i + 1])
    return out


def _reporters_participle(clause: Token) -> list[Token]:
    """", rejecting accusations that …" hung on the reported clause ("X claims Y sabotaged the dam,
    rejecting accusations …"): the reporter's own saying (see :func:`_direct_subject`), not what it
    reports."""
    for adv in clause.children:
        if adv.dep_ in ("advcl", "xcomp") and adv.tag_ == "VBG" and adv.i > clause.i and cue_for(adv.lemma_) \
                and _child(adv, "nsubj") is None and adv.i > 0 and adv.doc[adv.i - 1].text == ",":
            return list(adv.doc[adv.i - 1:adv.right_edge.i + 1])
    return []


def _saying(tok: Token) -> bool:
    """A verb that reports what someone says or blames (not "continue", a quotation's cue only)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "VERB" and ((lemma in CUE_VERBS and lemma not in QUOTE_ONLY) or lemma == "attribute")


def _opens_quotation(verb: Token, clause: Token) -> bool:
    """Does ``clause`` (after the cue) open with a quotation mark right after it ('said, "These ...', 'said: “')?"""
    doc = verb.doc
    between = doc.text[verb.idx + len(verb):clause.left_edge.idx]
    return any(m in between for m in ('"', "“")) and not between.strip(' ,:"“\n')


def _misattached(verb: Token) -> list[Token]:
    """"has been claiming for days that P": the parser makes the that-clause a relative clause of "days";
    one introduced by the conjunction "that" (a mark, never a relative pronoun) is the content."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for rel in (r for r in obj.children if r.dep_ in ("relcl", "acl")):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in rel.children) or _first_time_that(obj, rel):
                    return [rel]
    return []


def _fronted_clause(verb: Token) -> list[Token]:
    """"P, the spokesman said Monday, with ...": the parser can hang the fronted clause P on the cue as an
    unlabelled dependent of its noun (``dep``) when something trails the cue; a dependent before the
    cue's subject, with a verb of its own, ending at the comma before the subject, is the content."""
    subj = _child(verb, "nsubj")
    if subj is None or subj.i > verb.i:
        return []
    for c in verb.children:
        if (c.dep_ == "dep" or _fronted_finite(c)) and c.right_edge.i + 1 < subj.left_edge.i and c.i < subj.i \
                and verb.doc[c.right_edge.i + 1].text == "," and c.left_edge.i == c.sent.start \
                and any(t.pos_ in ("VERB", "AUX") for t in c.subtree):
            return [c]
    return []


def _fronted_finite(clause: Token) -> bool:
    """"A year after the arrests, the prosecutor has brought charges, the magazine reported": the parser can also
    hang the fronted clause on the cue as an adverbial clause when it opens with a phrase of time; one with a subject
    of its own and no conjunction ("because", "as", "when": a clause of its own kind) is the content all the same."""
    return clause.dep_ == "advcl" and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and \
        not any(c.dep_ == "mark" for c in clause.children)


def _fronted_before_quoting(verb: Token) -> list[Token]:
    """"P, the news agency quoted X as saying": the saying has no clause of its own; the parser hangs P on the
    quoting verb, before it and its subject. That clause is what X says."""
    if _child(verb, "ccomp", "dobj", "xcomp") is not None or _quoted_as_saying(verb) is None:
        return []
    quoting = verb.head.head
    subj = _child(quoting, "nsubj", "nsubjpass")
    first = subj.left_edge.i if subj is not None else quoting.i
    return [c for c in quoting.children if c.dep_ == "ccomp" and c.right_edge.i < first]


def _trailing_cue(verb: Token) -> bool:
    """"P, a nurse confirmed, even as ...": the parser can make a cue after its content an adverbial
    clause of the content's verb. Without a conjunction of its own ("as", "because"), with its subject
    right after a comma and no content of its own, it is the parenthetical cue of the clause before it."""
    if verb.dep_ != "advcl" or verb.head.i > verb.i or _child(verb, "ccomp", "dobj", "xcomp", "mark") is not None:
        return False
    subj = _child(verb, "nsubj")
    left = verb.left_edge.i
    return subj is not None and subj.left_edge.i == left and left > 0 and verb.doc[left - 1].text == ","


def _clause_before_subject(verb: Token) -> tuple[int, int] | None:
    """"Five people who had been reported missing after the storm have been found safe, he said.": the parser can
    make the fronted clause's subject a second subject of the cue and hang the clause's verb on something else. A cue
    with two subjects, the nearer one right before it and set off by a comma, the other before that comma, says the
    words of its sentence before the comma when they hold a verb."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subs) < 2:
        return None
    near = max(subs, key=lambda c: c.i)
    comma = near.left_edge.i - 1
    start = verb.sent.start
    if comma <= start or verb.doc[comma].text != "," or any(t.i >= comma for t in subs if t is not near) \
            or any(t.i > near.right_edge.i and t.dep_ not in ("aux", "advmod") for t in verb.doc[near.i:verb.i]):
        return None
    toks = [t for t in verb.doc[start:comma] if not t.is_space]
    if not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" for t in toks):
        return None
    return _bounds(toks)


def _as_said(verb: Token) -> bool:
    """"As X said, P" / "P, as X noted": a cue opened by "as", with no content of its own, tells the clause it hangs
    on ("As police said they were searching, ..." has its own and is no such cue)."""
    if verb.dep_ != "advcl" or _child(verb, "ccomp", "dobj", "xcomp") is not None:
        return False
    mark = _child(verb, "mark")
    return mark is not None and mark.lower_ == "as" and mark.i == verb.left_edge.i


def _first_time_that(obj: Token, rel: Token) -> bool:
    """"confirmed for the first time that P": the parser reads "that" as a relative adverb of "time" ("the
    time when"); after "the first/second/last time" it is the conjunction of the complement."""
    that = next((c for c in rel.children if c.dep_ == "advmod" and c.lower_ == "that"), None)
    return obj.lower_ == "time" and that is not None and that.i == rel.left_edge.i \
        and any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ == "last") for c in obj.children)


def _under_relay(verb: Token) -> list[Token]:
    """"X said P, the Orsk news agency reported": the parser can make the agency's verb the cue's complement and hang
    P on it; P, the clause between the cue and the agency's verb, is what the cue says (the agency only relays)."""
    return [c for r in verb.children if r.dep_ == "ccomp" and r.i > verb.i and _relaying_clause(r)
            for c in r.children if c.dep_ == "ccomp" and verb.i < c.i < r.i]


def _relaying_clause(clause: Token) -> bool:
    """"..., Xinhua news agency reported": a relaying verb whose subject is an agency."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.lemma_.lower() in RELAY_VERBS and subj is not None and is_agency(subj)


def _about_claim_noun(verb: Token) -> bool:
    """"a claim denied by Y" / "a claim Y denies": the verb's object is the claim noun it modifies."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.lemma_.lower() not in CLAIM_NOUNS:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False  # "an allegation by X that Y ordered the killing": the noun's own clause, not a relative one
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    subj = _child(verb, "nsubj")
    return verb.dep_ == "relcl" and subj is not None and subj.lower_ not in _RELATIVE


def _claim_noun_content(verb: Token, found: dict[int, Found]) -> tuple[int, int]:
    """"X alleges P, a claim denied by Y": the denial is about P, the content of X's cue."""
    noun = verb.head
    outer = found.get(noun.head.i)
    if outer is not None and outer.content is not None and noun.dep_ in ("npadvmod", "appos", "dobj", "advcl"):
        return outer.content
    toks = [t for t in noun.subtree if t not in set(verb.subtree)]
    return _bounds(toks)


def _rest_of_clause(verb: Token) -> tuple[int, int] | None:
    """"P, X said": the head clause without the parenthetical."""
    inner = {t.i for t in verb.subtree}
    toks = [t for t in verb.head.subtree if t.i not in inner]
    before = [t for t in toks if t.i < verb.left_edge.i and not (t.is_punct or t.is_space)]
    after = [t for t in toks if t.i > verb.right_edge.i and not (t.is_punct or t.is_space)]
    if before and after and verb.head.i > verb.right_edge.i and verb.head.sent == verb.sent:
        # "The plan, she said, was unreasonable": the cue interrupts its clause, whose predicate comes after it;
        # the words before it are only the clause's subject, the whole clause is what was said (the cue inside
        # it, as in a quotation split around its cue); an "according to" phrase of the clause is another source
        aside = {t.i for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.subtree}
        return _bounds([t for t in before + after if t.i not in aside])
    side = [t for t in toks if t.i < verb.left_edge.i] or [t for t in toks if t.i > verb.right_edge.i]
    return _bounds(side) if side else None


def _according(tok: Token) -> tuple[Token | None, tuple[int, int] | None, int]:
    """"according to X, P" / "P, according to X": speaker X, content P.

    At either end of the sentence the phrase governs the whole rest of it (the parse
    often hangs it on the last conjunct only); in the middle, the clause it modifies.
    """
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    speaker = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if speaker is not None and speaker.lemma_.lower() in VEHICLE_NOUNS:
        speaker = _owner_of_vehicle(speaker) or speaker
    cue_end = (to.idx + len(to)) if to is not None else tok.idx + len(tok)
    sent = tok.sent
    first, last = tok.left_edge.i, tok.right_edge.i
    # (a paragraph break the parser keeps at the sentence's end is a token too, but no word)
    words_before = [t for t in sent if t.i < first and not (t.is_punct or t.is_space)]
    words_after = [t for t in sent if t.i > last and not (t.is_punct or t.is_space)]
    if not words_after and words_before:
        return speaker, _bounds(words_before), cue_end
    if not words_before and words_after:
        return speaker, _bounds(words_after), cue_end
    phrase = {t.i for t in tok.subtree}
    clause = tok.head if tok.head.i != tok.i else tok
    side = [t for t in clause.subtree if t.i not in phrase and t.sent == sent and not (t.is_punct or t.is_space)]
    return speaker, (_bounds(side) if side else None), cue_end


def _in_view(tok: Token) -> tuple[Token, tuple[int, int], int] | None:
    """"In his opinion, P" / "P, in the minister's words": the possessor of the view speaks P (the rest of the
    sentence at either end, else the clause the phrase hangs on). Only a possessed view: "in the view of many"
    names no one."""
    noun = _child(tok, "pobj")
    owner = _child(noun, "poss") if noun is not None and noun.lower_ in VIEW_NOUNS else None
    if noun is None or owner is None:
        return None
    first, last = tok.left_edge.i, tok.right_edge.i
    sent = tok.sent
    before = [t for t in sent if t.i < first and not (t.is_punct or t.is_space)]
    after = [t for t in sent if t.i > last and not (t.is_punct or t.is_space)]
    cue_end = noun.idx + len(noun)
    if after and not before:
        return owner, _bounds(after), cue_end
    if before and not after:
        return owner, _bounds(before), cue_end
    return None


# --------------------------------------------------------------------------- quotes


#: nouns of one person who can be named after them ("a spokesman for the ministry, Ann Bee"), not an institution
_PERSON_NOUNS = ANONYMOUS_HEADS | ROLE_HEADS | NOMINAL_PERSON


#: last words of a proper name that make it a place or building, not a person ("Tarvin Street")
_PLACE_HEADS = words("street road avenue square bridge river lake hospital school market airport station port "
                     "district province city town village valley")


def _appositive_name(speaker: Token | None, content: tuple[int, int] | None) -> tuple[Token, int] | None:
    """A name set off by commas between a described speaker and its content ("according to a spokesman for the
    ministry, Ann Bee, the bridge stays shut"): the name's last token and where the content starts after it."""
    if speaker is None or content is None or speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in _PERSON_NOUNS:
        return None
    doc = speaker.doc
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].text != ",":
        return None
    run = 0
    while span.start + run < span.end and doc[span.start + run].pos_ == "PROPN" and doc[span.start + run].is_title \
            and doc[span.start + run].ent_type_ not in ("GPE", "LOC", "FAC"):
        run += 1
    comma = span.start + run
    if run < 2 or comma + 1 >= span.end or doc[comma].text != "," or doc[comma - 1].lower_ in _PLACE_HEADS:
        return None
    return doc[comma - 1], doc[comma + 1].idx


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _adjacent_quote(f: Found, page: Page) -> Quote | None:
    """The quote a cue introduces or closes: in its sentence and paragraph, or right after "X said:".

    A cue with no clause of its own takes only a quote right next to it (“A,” said X /
    X said: “A”), never a scare quote further along its sentence.
    """
    text = page.text
    p_lo, p_hi = page.paragraph(f.cue_start)
    s, e = max(f.sentence.start_char, p_lo), min(f.sentence.end_char, p_hi)
    near = [q for q in page.quotes_from(p_lo, e) if s < q.end and q.end <= p_hi + 1
            and not (q.inner_start <= f.cue_start < q.inner_end)]
    if f.content is None:
        near = [q for q in near if _next_to(q, f, text)]
    if not near and text[s:e].rstrip().endswith((":", "–", "—")):  # "X said –\n“…”": a dash stands for the colon
        near = page.quotes_from(e, e + 4)
    if not near and f.content is None and text[s:e].rstrip()[-1:].isalnum():
        # 'X told The Tarsk Star "A student was killed ..."': the parser can end the cue's sentence before the
        # quotation it opens (no full stop there); the quotation right after, in the paragraph, is what the cue says
        after = page.quotes_from(e, e + 4)
        near = [q for q in after[:1] if not text[e:q.start].strip() and not page.crosses(e, q.start)]
    if not near and f.cue_start - s < 40:
        # “... A pathetic figure!” he wrote. -- the parser ends the sentence at "!”"
        before = page.quote_before(s)
        near = [before] if before is not None and not text[before.end:s].strip() else []
    if not near:
        return None
    if f.content is not None:  # 'Terming them "absurd", the ministry said, "We reject …"': the quote that is
        # the clause's content, not a scare quote before the cue
        content = f.content
        half = 0.5 * (content[1] - content[0])
        covering = [q for q in near if _overlap(content, (q.inner_start, q.inner_end)) > half]
        if covering:
            return covering[0]
    # “A,” she said, “B.”: the quote before the cue comes first; _continued adds the second half
    return min(near, key=lambda q: (q.end > f.cue_start, min(abs(q.end - f.cue_start), abs(q.start - f.cue_end))))


def _next_to(q: Quote, f: Found, text: str) -> bool:
    """Only the speaker (and a few words like "on Friday") between the quote and its cue."""
    if q.end <= f.cue_start:
        between = text[q.end:f.cue_start]
        if _SENTENCE_END.search(between):
            return False
        return len(between) <= _QUOTE_REACH or _only_speaker_between(q, f, text)
    # after the cue: "said: “", "told reporters on Friday, “", "called the plan “", "mocked him for “"
    between = text[f.cue_end:q.start].strip()
    if q.start < f.cue_end or _SENTENCE_END.search(between):
        return False
    return (len(between) <= _QUOTE_REACH and (not between or between[-1] in ",:")) or len(between) <= _OBJECT_REACH


def _only_speaker_between(q: Quote, f: Found, text: str) -> bool:
    """“A,” Vera Balek, spokeswoman for the regional emergency services, told television: a speaker's phrase longer
    than :data:`_QUOTE_REACH` is all that stands between the quote and its cue (commas and spaces aside), so the quote
    is next to the cue all the same (up to :data:`_SPEAKER_REACH` more characters)."""
    if f.speaker is None:
        return False
    left = f.speaker.left_edge
    right = f.speaker.right_edge
    start, end = left.idx, right.idx + len(right)
    return q.end <= start and end <= f.cue_start and end - start <= _QUOTE_REACH + _SPEAKER_REACH \
        and not text[q.end:start].strip(" ,") and not text[end:f.cue_start].strip(" ,")


def attach_quotes(founds: list[Found], page: Page) -> None:
    """Give cues their quotations: a quote adjacent to the cue becomes the content (direct quote).

    A quote that covers most of the clause content replaces it (a multi-sentence quote
    is one content); a short quote inside a longer paraphrase stays a mixed quote.
    """
    used: set[int] = set()
    cues = sorted(f.cue_start for f in founds)
    # a cue that opens its quotation with a colon ("X said: “…”") takes it first: the quotation is what it says,
    # not the end of an earlier cue's long clause
    for f in sorted(founds, key=lambda f: (not _colon_opens(f, page), f.content is None)):
        q = _adjacent_quote(f, page)
        split = _first_half(q, f, page, used) if q is not None else None
        q, halves = (split, True) if split is not None else (q, False)
        if q is None or q.start in used or (f.cue.weak and f.content is None) or f.via == "called":
            continue  # (what something is called, "“baseless”", is part of the calling, not all that was said)
        inner = (q.inner_start, q.inner_end)
        # 'dispose of them “no matter the cost,” the paper reported': the comma closing the quoted words sits inside
        # the marks; the clause ending at "cost" holds the quotation all the same
        words_end = q.inner_start + len(page.text[q.inner_start:q.inner_end].rstrip(" ,;:"))
        if halves or f.content is None or _overlap(f.content, inner) > 0.5 * (f.content[1] - f.content[0]) \
                or (_overlap(f.content, inner) > 0 and not (f.content[0] <= q.inner_start
                                                            and words_end <= f.content[1])
                    and not _clause_then_quoted_clause(f, q, page)) \
                or (f.via == "parenthetical" and not page.text[f.cue_end:q.start].strip(" ,:")) \
                or (f.content[1] <= f.cue_start and page.text[f.cue_end:q.start].strip() == ":"):
            # "And in response to …, the spokesperson said, “Q.”": the parser hangs "said" on Q as a
            # parenthetical, but the quotation it opens is what was said
            chain = _continued(q, f, page, cues)
            start = f.content[0] if f.content is not None and _quote_ends_clause(f, q, page) else q.inner_start
            f.content, f.direct = (start, chain[-1].inner_end), True
            used.update(c.start for c in chain)


def _colon_opens(f: Found, page: Page) -> bool:
    """Does a quotation open right after the cue and a colon ("Tamm said: “…”")?"""
    after = page.quotes_from(f.cue_end, f.cue_end + 4)
    return bool(after) and page.text[f.cue_end:after[0].start].strip() == ":"


def _first_half(q: Quote, f: Found, page: Page, used: set[int]) -> Quote | None:
    """“We can win this,” she said, “and we will win it.”: a quotation after the cue whose first half closes right
    before the cue (only the speaker between, no sentence ending) is the second half of one quotation split around
    the cue; the content starts with the first half (:func:`_continued` adds the second). The first half opens its
    sentence (not a scare quote: 'Calling the report "biased", the ministry said, "..."'), and only the speaker and a
    comma come between the cue and the second (not an object: 'called the film "absurd"'). None when there is none."""
    text = page.text
    between = text[f.cue_end:q.start].strip()
    if q.start < f.cue_end or page.crosses(f.cue_end, q.start) or q.start - f.cue_end > _SPLIT_GAP \
            or _SENTENCE_END.search(between) or not (between.endswith(",") or not between):
        return None
    first = page.quote_before(f.cue_start)
    if first is None or first.start in used or page.crosses(first.end, f.cue_start) or page.in_quote(f.cue_start) \
            or not _next_to(first, f, text) or re.search(r"[.!?]", text[first.end:f.cue_start]):
        return None  # ('were "absurd". He said, "..."': a sentence ends between them)
    before = text[page.paragraph(first.start)[0]:first.start].rstrip()
    return first if not before or before.endswith((".", "!", "?", "”", '"')) else None


def _quote_ends_clause(f: Found, q: Quote, page: Page) -> bool:
    """"says the council has “always kept its books open.”", "said that “we are ready”": a quotation that opens
    inside the cue's clause, after the clause has begun, finishes what the clause says. The content keeps the
    clause's own words before the quotation (its subject, its "that"): the quotation alone would lose who or what
    it is about. Only a clause told after its cue, in one paragraph, with no sentence ending before the quotation,
    whose words the parse ties to the quotation's (a quoted predicate the parser leaves without a subject, "said a
    post alleging P “is utterly false”", stays the quotation)."""
    if f.content is None or f.via not in ("clause", "object", "infinitive"):
        return False
    lo, hi = f.content
    if not (f.cue_end <= lo < q.start <= hi + 1) or page.crosses(lo, q.start) \
            or _SENTENCE_END.search(page.text[lo:q.start]):
        return False
    doc = f.sentence.doc
    before = doc.char_span(lo, q.start, alignment_mode="expand")
    inside = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if before is None or inside is None:
        return False
    words = range(before.start, before.end)
    quoted = range(inside.start, inside.end)
    if _only_its_subject(before, inside):
        return False
    return any(t.head.i in words for t in inside) or any(t.head.i in quoted for t in before)


def _only_its_subject(before: Span, inside: Span) -> bool:
    """'saying her country "is not a safe haven"': the words before a quotation that opens at its negated predicate
    are only that predicate's subject, the writer's pointer to whom the quoted words are about; a negated quoted
    predicate is read on its own, as a rebuttal (:func:`rebuttals.rejects`). An asserted one ('says Tamm "has a
    track record"') is told with its subject."""
    pred = inside[0] if inside[0].pos_ in ("VERB", "AUX") else None
    if pred is None or not negated(pred):
        return False
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = [t for t in before if not (t.is_punct or t.is_space) and t.dep_ != "mark"]
    return subj is not None and bool(words) and all(subj.left_edge.i <= t.i <= subj.right_edge.i for t in words)


#: words a paragraph-only quotation needs to be taken as the last speaker's (a sentence, not a slogan)
ORPHAN_QUOTE_WORDS = 6


def attach_orphan_quotes(founds: list[Found], page: Page) -> list[Found]:
    """A paragraph that is only a quotation, with no cue of its own, right after a paragraph whose last
    attribution has a speaker, is that speaker's (the news convention: a quote paragraph continues the last
    speaker). "The ministry said it had talked to the other side for a month." / "“Our measures are fully
    lawful ...”". Where the attribution's content is a quotation, :func:`_continued` chains it already."""
    taken = [f.content for f in founds if f.content is not None]
    by_cue = sorted((f for f in founds if f.speaker is not None and f.content is not None), key=lambda f: f.cue_start)
    cues = [f.cue_start for f in by_cue]
    out: list[Found] = []
    for q in page.quotes:
        lo, hi = page.paragraph(q.start)
        # a paragraph closed by a stray mark ("... in response to such acts.”") is read as a quotation from
        # its start: only one opened by a mark is a quotation for sure
        if q.start == q.inner_start or q.words(page.text) < ORPHAN_QUOTE_WORDS or not _only_quote(q, page) \
                or any(_overlap(c, (q.inner_start, q.inner_end)) for c in taken) \
                or bisect_left(cues, lo) != bisect_left(cues, hi):
            continue
        prev = _previous_paragraph(page, lo)
        if prev is None:
            continue
        i = bisect_left(cues, prev[1]) - 1
        if i < 0 or by_cue[i].cue_start < prev[0]:
            continue
        f = replace(by_cue[i], content=(q.inner_start, q.inner_end), direct=True, via="continued")
        out.append(f)
        by_cue.insert(i + 1, f)  # the next paragraph's quote may continue it in turn
        cues.insert(i + 1, f.cue_start)
    return out


#: what a quotation closes with when it ends its sentence (its own full stop, question or exclamation mark)
_QUOTE_ENDS_SENTENCE = re.compile(r"[.!?…]\W*$")


def attach_following_quotes(founds: list[Found], page: Page) -> list[Found]:
    """A whole-sentence quotation with no cue of its own right after the sentence of an attribution with a speaker,
    in the same paragraph, is that speaker's (the news convention a quote paragraph follows, inside one paragraph):
    "X said the movement was lost. “It has been snatched away. Their men did it.”" and "“A,” X said on his website.
    “B.” Y said ...". The quotation opens its sentence and ends it (its own full stop: “B,” Y said is Y's); the
    attribution's cue and content end within :data:`_SPEAKER_REACH` characters before it, one sentence end between."""
    taken = [f.content for f in founds if f.content is not None]
    by_end = sorted((f for f in founds if f.speaker is not None and f.content is not None),
                    key=lambda f: max(f.cue_end, f.content[1]))  # type: ignore[index]
    ends = [max(f.cue_end, f.content[1]) for f in by_end]  # type: ignore[index]
    out: list[Found] = []
    for q in page.quotes:
        if q.start == q.inner_start or not q.balanced or q.words(page.text) < ORPHAN_QUOTE_WORDS \
                or any(_overlap(c, (q.inner_start, q.inner_end)) for c in taken):
            continue
        if not _QUOTE_ENDS_SENTENCE.search(page.text[q.inner_start:q.inner_end].rstrip()):
            continue
        i = bisect_left(ends, q.start) - 1
        if i < 0:
            continue
        f = by_end[i]
        between = page.text[ends[i]:q.start]
        if page.crosses(ends[i], q.start) or len(between) > _SPEAKER_REACH or '"' in between or "“" in between \
                or not between.rstrip().endswith(".") or _SENTENCE_END.search(between.rstrip()[:-1]):
            continue
        lo = page.paragraph(q.start)[0]
        if f.cue_start < lo:
            continue
        g = replace(f, content=(q.inner_start, q.inner_end), direct=True, via="continued")
        out.append(g)
        taken.append((q.inner_start, q.inner_end))
    return out


#: first-person words of narration that only a transcribed statement uses in news ("We agreed to meet again")
_FIRST_PERSON = frozenset(("we", "us", "our", "ours", "ourselves"))
#: most sentences of a read-out told after its "X said that ..." sentence
READOUT_SENTENCES = 6
#: most sentences without a first-person word between two that have one, inside a read-out
READOUT_GAP = 2


#: quotation marks of any style, those the quote finder does not pair included ('' … '', `` … '', ‘ … ’)
_ANY_QUOTE = re.compile(r"[\"“”«»]|''|``|(?:^|\s)[‘']")


def _first_person(sent: Span, page: Page) -> bool:
    return any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" and not page.in_quote(t.idx) for t in sent)


def _quoting(sent: Span) -> bool:
    """Does the sentence hold a quotation mark of any style (a read-out is told without them)?"""
    return bool(_ANY_QUOTE.search(sent.text))


def attach_readouts(founds: list[Found], page: Page, doc: Doc) -> list[Found]:
    """A statement transcribed without quotation marks: "The ministry said that the two ministers held talks. The two
    sides also made progress on trade. We agreed to meet again." News narration never says "we"; sentences in the first
    person after a reported "X said that ..." (in its paragraph or the next, with no one else speaking in between)
    are X's, and so are the sentences between (the read-out goes on). Not in an article whose narration speaks in
    the first person before it (a column, an editorial): there "we" is the writer's."""
    out: list[Found] = []
    sents = list(doc.sents)
    spoken = sorted({f.sentence.start_char for f in founds if f.speaker is not None
                     and f.speaker.lower_ not in _FIRST_PERSON})
    first_seen = False
    done_until = -1
    for k, sent in enumerate(sents):
        if _first_person(sent, page) and sent.start_char > done_until and not any(
                f.sentence.start_char == sent.start_char and f.via == "clause" for f in founds):
            first_seen = True  # narration in the first person before any read-out: the writer's voice
        said = [f for f in founds if f.sentence.start_char == sent.start_char and f.via == "clause"
                and not f.direct and f.speaker is not None and f.speaker.lower_ not in _FIRST_PERSON]
        if not said or first_seen or _quoting(sent):
            continue
        f = max(said, key=lambda g: g.cue_start)
        para = page.paragraph(f.cue_start)
        nxt = page.next_break(para[1] + 1)
        limit = nxt if nxt >= 0 else len(page.text)
        run: list[Span] = []
        last_first = -1
        for j in range(k + 1, min(k + 1 + READOUT_SENTENCES, len(sents))):
            s = sents[j]
            if s.start_char > limit or bisect_left(spoken, s.start_char) != bisect_left(spoken, s.end_char) \
                    or _quoting(s) or any(page.in_quote(t.idx) for t in s if not t.is_space):
                break  # another paragraph, a speaker of its own, or a quotation: the read-out is over
            run.append(s)
            if _first_person(s, page):
                last_first = len(run) - 1
            elif len(run) - 1 - last_first > READOUT_GAP:
                break
        for s in run[:last_first + 1]:
            lo, hi = trim(page.text, s.start_char, s.end_char)
            if hi - lo > 2:
                out.append(replace(f, content=(lo, hi), sentence=s, via="readout"))
        if last_first >= 0:
            done_until = run[last_first].end_char
    return out


def _previous_paragraph(page: Page, start: int) -> tuple[int, int] | None:
    """The last paragraph with words that ends before ``start``."""
    pos = start - 1
    while pos > 0:
        lo, hi = page.paragraph(pos - 1)
        if page.text[lo:hi].strip():
            return lo, hi
        pos = lo - 1
    return None


def _clause_then_quoted_clause(f: Found, q: Quote, page: Page) -> bool:
    """"said the figures are fluid, “they can go up or down.”": a clause, a comma, then a quoted clause with a
    subject of its own that the content holds but for its closing punctuation -- both are what was said (a
    quoted fragment, "built them, “not to hold water”", is the quotation alone). So with a second complement
    that quotes: "said his group had nothing to do with it and that “we are very sad about it.”"."""
    assert f.content is not None
    end = q.inner_end
    while end > q.inner_start and page.text[end - 1] in ".,;:!?…":
        end -= 1
    before = q.start
    while before > 0 and page.text[before - 1].isspace():
        before -= 1
    joined = page.text[before - 1:before] == "," or _SECOND_THAT.search(page.text[max(0, before - 12):before])
    if not (f.content[0] < q.start and end <= f.content[1]) or not joined:
        return False
    quoted = f.sentence.doc.char_span(q.inner_start, end, alignment_mode="expand")
    return quoted is not None and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in range(quoted.start, quoted.end)
                                      for t in quoted)


def _has_cue(q: Quote, cues: list[int], page: Page) -> bool:
    """Does a cue follow the quote closely in its paragraph (“B,” said Y)?"""
    i = bisect_left(cues, q.end)
    return i < len(cues) and cues[i] - q.end <= _QUOTE_REACH and not page.crosses(q.end, cues[i])


def _continued(q: Quote, f: Found, page: Page, cues: list[int]) -> list[Quote]:
    """The quote and its continuations: “A,” she said, “B.” and following paragraphs that are only a quote.

    The content then runs from the first quote to the last (the cue between them included).
    """
    chain = [q]
    # “A,” she said, “B.” (and “A,” she said. “B.”) -- not “A,” she said. “B,” said Y: a quote with a cue
    # of its own after a sentence end is someone else's, and so is one after another cue ("“A,” said X. Later Y
    # said, “B.”")
    split = next((x for x in page.quotes_from(q.end, q.end + _SPLIT_GAP + _SPEAKER_REACH + 1) if q.end <= f.cue_start
                  and x.start >= f.cue_end and not page.crosses(q.end, x.start)
                  and (x.start - q.end <= _SPLIT_GAP or _one_sentence_between(page.text[q.end:x.start]))
                  and not (_SENTENCE_END.search(page.text[f.cue_end:x.start]) and _has_cue(x, cues, page))
                  and bisect_right(cues, f.cue_start) == bisect_left(cues, x.start)), None)
    if split is not None:
        chain.append(split)
    while True:
        # “A. “B.”: a quotation opened again before it was closed goes on in the quotation that cut it
        reopened = page.quotes_from(chain[-1].end, chain[-1].end + 1) if not chain[-1].balanced else []
        if reopened and reopened[0].start == chain[-1].end:
            chain.append(reopened[0])
            continue
        para_end = page.next_break(chain[-1].end)
        later = page.quotes_from(para_end + 1, len(page.text) + 1)[:1] if para_end >= 0 else []
        nxt = later[0] if later else None
        if nxt is None or page.text[para_end:nxt.start].strip() or not _only_quote(nxt, page):
            return chain
        chain.append(nxt)


def _one_sentence_between(between: str) -> bool:
    """“A,” said X of the rescue service in Tripoli. “B.”: a long speaker phrase that ends its sentence, then
    the quote goes on (a continuation further away needs the cue's sentence to end right before it)."""
    body = between.rstrip()
    return body.endswith(".") and not _SENTENCE_END.search(body[:-1]) and '"' not in body and "“" not in body


def _only_quote(q: Quote, page: Page) -> bool:
    """Is the quote a paragraph of its own (nothing but punctuation outside it)?"""
    lo = page.paragraph(q.start)[0]
    hi = page.next_break(q.end)
    hi = len(page.text) if hi < 0 else hi
    return not (page.text[lo:q.start] + page.text[q.end:hi]).strip(" .,;:\t\"“”")


# --------------------------------------------------------------------------- driver


def _within_paragraph(page: Page, span: tuple[int, int], anchor: int) -> tuple[int, int] | None:
    """The part of a clause content in the cue's paragraph; None when the parse put it elsewhere."""
    lo, hi = page.paragraph(anchor)
    start, end = max(span[0], lo), min(span[1], hi)
    return (start, end) if end > start and page.text[start:end].strip() else None


def _clip_to_paragraph(page: Page, span: tuple[int, int], anchor: int) -> tuple[int, int]:
    lo, hi = page.paragraph(anchor)
    if span[1] <= lo or span[0] >= hi:  # content entirely in another paragraph: keep it whole
        return span
    return max(span[0], lo), min(span[1], hi)


_COLON_LINE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): +(?P<content>\S.{8,})$", re.M)


def _colon_lines(doc: Doc, text: str) -> list[Found]:
    """Headline-style attribution, "Nadia Orr: The bridge will reopen" (a name, a colon, the words)."""
    out = []
    first_line = len(text) - len(text.lstrip())
    for m in _COLON_LINE.finditer(text):
        name = doc.char_span(m.start("name"), m.end("name"))
        if name is None or not (all(t.pos_ == "PROPN" for t in name)
                                or (m.start() == first_line and _headline_speaker(name))):
            continue
        if name.text.isupper() or any(t.ent_type_ in ("GPE", "LOC") for t in name):
            continue  # "VARNHOLT:", "Lesk:" are datelines, not speakers
        colon = m.end("name")
        out.append(Found(ACCORDING, colon, colon + 1, ":", name.root, (m.start("content"), m.end("content")),
                         name.root.sent, via="colon", speaker_tokens=(name.start, name.end)))
    return out


def _headline_speaker(name: Span) -> bool:
    """Who speaks before the colon of a headline, "Varo: We Will Not Give In", "Poll: Tamm Leads in Orlenby": in a
    title-case line the tagger often reads a lone name as a common noun or an adjective; any capitalized word that is
    no kicker ("Update:", "Analysis:"), function word, number, date or place speaks."""
    return all(t.is_title and t.pos_ not in ("DET", "PRON", "ADP", "NUM", "CCONJ", "SCONJ", "AUX")
               and t.text.upper() not in KICKER_WORDS and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
               for t in name) and country_of(name.text) is None


def find_attributions(doc: Doc, quotes: list[Quote], acts: frozenset[int] = frozenset()) -> list[Found]:
    """Every attribution in ``doc`` with a speaker head and a content span.

    ``acts``: token indices of event triggers that are acts (an attack, a bombing), so that
    "X claimed the bombing" is told from "X claimed the seat".
    """
    text = doc_text(doc)
    page = Page(text, quotes)
    # keyed by cue token; headline colons are not tokens of a verb, so they get keys below zero
    found: dict[int, Found] = {-1 - k: f for k, f in enumerate(_colon_lines(doc, text))}
    # claim nouns refer back to their governing cue's content, so visit governors first
    for tok in sorted(doc, key=lambda t: (t.dep_ in ("acl", "relcl"), t.i)):
        if page.in_quote(tok.idx):
            continue
        f = _find_at(tok, found, page, acts)
        if f is not None:
            found[tok.i] = f
    founds = drop_relays(list(found.values()))
    attach_quotes(founds, page)
    founds += attach_orphan_quotes(founds, page)
    founds += attach_following_quotes(founds, page)
    readouts = attach_readouts(founds, page, doc)
    if readouts:  # "We agreed to ...": the read-out's speaker, not an unresolved "we"
        told = {f.sentence.start_char for f in readouts}
        founds = [f for f in founds if not (f.sentence.start_char in told and f.speaker is not None
                                            and f.speaker.lower_ in _FIRST_PERSON)] + readouts
    out = []
    by_cue = sorted((g for g in founds if g.speaker is not None and g.content is not None), key=lambda g: g.cue_start)
    cue_starts = [g.cue_start for g in by_cue]
    for f in founds:
        if f.speaker is None or f.content is None or _no_one(f.speaker):
            continue
        start, end = f.content if f.direct else _clip_to_paragraph(page, f.content, f.cue_start)
        if not f.direct:
            inside = by_cue[bisect_right(cue_starts, start):bisect_left(cue_starts, end)]
            end = _before_next_speaker(f, inside, start, end, text)
        start, end = trim(text, start, end)
        if end - start < 2:
            continue
        f.content = (start, end)
        out.append(f)
    return sorted(out, key=lambda f: f.cue_start)


def _before_next_speaker(f: Found, inside: list[Found], start: int, end: int, text: str) -> int:
    """"X said that P, and when asked about it, Y said: “Q …”": a clause the parser lets run on into another
    speaker's saying ends before that speaker, when what the other says goes on past it (a saying the clause only
    tells, wholly inside it, stays: "said that Y had said Q"). ``inside``: the attributions whose cue lies in the
    clause."""
    for g in inside:
        if g is f or g.speaker is None or g.content is None:
            continue
        if start < g.speaker.idx < g.cue_start < end and g.content[1] > end and g.content[0] > g.cue_start:
            end = min(end, g.speaker.left_edge.idx)
        elif f.speaker is not None and g.speaker.i == f.speaker.i and start < g.cue_start < end \
                and g.content[0] >= g.cue_start:
            # "said the warning showed P, and accused the ministry of Q", "insisted that P, claiming that Q": the
            # speaker's second saying, which the parser hung inside the first clause, is a claim of its own
            cut = start + len(_TRAILING_JOIN.sub("", text[start:g.cue_start]))
            if cut > start:
                end = min(end, cut)
    return end


#: what joins a second saying to the first clause ("P, and accused", "P and tells", "P, claiming")
_TRAILING_JOIN = re.compile(r"[\s,;:–—-]*(?:\b(?:and|but|while|then|also)\b[\s,;]*)*$", re.I)


def _no_one(speaker: Token) -> bool:
    """"No group has claimed responsibility", "no one said it was behind the attack": the subject is no one, so
    nothing is claimed (the sentence tells that no claim was made)."""
    return speaker.lower_ in NEGATIVE_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no" for c in speaker.children)


def drop_relays(founds: list[Found]) -> list[Found]:
    """An agency that relays what someone in its sentence says is the channel, not a second speaker
    ("“A,” Marlow said ..., Xinhua news agency reported" is Marlow's, relayed by Xinhua)."""
    by_sentence: dict[int, list[Found]] = {}
    for f in founds:
        if f.speaker is not None:
            by_sentence.setdefault(f.sentence.start, []).append(f)
    dropped: set[int] = set()
    for group in by_sentence.values():
        for f in group:
            inner = _relayed_saying(f, group)
            if inner is not None:  # "According to the Herald, the minister said ...": the minister speaks
                assert f.speaker is not None
                dropped.add(id(f))
                inner.channel = inner.channel or _channel_name(f.speaker)
        alive = [f for f in group if id(f) not in dropped]
        agencies = [f for f in alive if f.speaker is not None and is_agency(f.speaker)]
        if not agencies or len(agencies) == len(alive):
            continue
        # "Tass reported that P, citing a source who said Q": the agency's own P holds no one else's saying; it
        # relays nothing and keeps its claim
        agencies = [f for f in agencies if _relays(f, [g for g in alive if g not in agencies])]
        if not agencies:
            continue
        relay = agencies[0].speaker
        assert relay is not None
        name = _channel_name(relay)
        for f in group:
            if f in agencies:
                dropped.add(id(f))
            elif f.channel is None:
                f.channel = name
    return [f for f in founds if id(f) not in dropped]


def _relays(f: Found, others: list[Found]) -> bool:
    """Does an agency's attribution hold another speaker's saying in what it reports (its content holds the other's
    cue or overlaps its content), or report nothing of its own?"""
    if f.content is None:
        return True
    lo, hi = f.content
    return any(lo <= g.cue_start < hi or (g.content is not None and _overlap(f.content, g.content) > 0)
               for g in others)


def _relayed_saying(f: Found, group: list[Found]) -> Found | None:
    """The attribution an "according to X" only relays: a verb of saying with its speaker inside the phrase's
    content ("According to the Herald, addressing a rally, the minister said, “...”"; "“...,” the minister said,
    according to the Post"). What was said is the minister's; X is the channel that reported it."""
    if f.via != "according" or f.content is None or f.speaker is None:
        return None
    lo, hi = f.content
    # not the source's own second saying ("..., according to the governor, who also said ..."), nor an agency's (a
    # misparse: the agency made the verb's subject), and one with a content
    return next((g for g in group if g is not f and g.via not in ("according", "colon") and g.speaker is not None
                 and g.content is not None and g.speaker.i != f.speaker.i and not is_agency(g.speaker)
                 and lo <= g.cue_start < hi and lo <= g.speaker.idx < hi and _can_speak(g.speaker)
                 and _heads(g, lo, hi)), None)


def _heads(g: Found, lo: int, hi: int) -> bool:
    """Is ``g``'s cue the predicate of the span ``lo:hi`` (its head outside it, or the sentence's root), not a
    saying told inside it ("people turned down help, saying they wanted to go on, according to officials")?"""
    cue = g.sentence.doc.char_span(g.cue_start, g.cue_end, alignment_mode="expand")
    if cue is None:
        return False
    head = cue.root.head
    return head.i == cue.root.i or not lo <= head.idx < hi


def _find_at(tok: Token, found: dict[int, Found], page: Page, acts: frozenset[int]) -> Found | None:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        speaker, content, cue_end = _according(tok)
        name = _appositive_name(speaker, content)
        if speaker is not None and content is not None and name is not None:
            # "According to a spokesman for the ministry, Ann Bee, the bridge stays shut": Ann Bee speaks
            return Found(ACCORDING, tok.idx, cue_end, "according to", name[0], (name[1], content[1]), tok.sent,
                         via="according", speaker_tokens=(speaker.left_edge.i, name[0].i + 1))
        return Found(ACCORDING, tok.idx, cue_end, "according to", speaker, content, tok.sent, via="according")
    if tok.lower_ == "in" and tok.dep_ == "prep":
        view = _in_view(tok)
        if view is not None:  # "In his opinion, P": the possessor says P
            speaker, content, cue_end = view
            return Found(ACCORDING, tok.idx, cue_end, "in view", speaker, content, tok.sent, via="according",
                         speaker_tokens=(speaker.left_edge.i, speaker.i + 1))  # "the senator", not "'s"
        return None
    if tok.pos_ == "NOUN":
        owned = _owned_claim_noun(tok)
        if owned is None:
            return None
        noun_cue, owner, clause = owned  # "a statement from X that P", "X's insistence that P": X says P
        return Found(noun_cue, tok.idx, tok.idx + len(tok), tok.lemma_.lower(), owner,
                     _within_paragraph(page, clause, tok.idx), tok.sent, via="claim-noun")
    if tok.pos_ != "VERB":
        return None
    if relay_aside(tok) is not None:
        return None  # "X's denial, as reported by EPS, called ...": EPS is the channel of X's claim
    if tok.lemma_.lower() in CONTACT_VERBS and any(_said_through(c) for c in tok.children):
        return None  # "called a news agency to say P": the saying is the claim, not the calling
    taken = taking_responsibility(tok, acts)
    if taken is not None:  # "X claimed responsibility for the attack": X is the claimant
        speaker, channel = find_subject(tok, page)
        return Found(RESPONSIBILITY, _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), speaker,
                     _within_paragraph(page, taken, tok.idx), tok.sent, channel=channel, via="responsibility")
    given = _act_attributed(tok, acts)
    if given is not None:  # "X attributed the attack to Y": X alleges Y did it
        speaker, channel = find_subject(tok, page)
        return Found(Cue("allegation"), _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), speaker,
                     _within_paragraph(page, given, tok.idx), tok.sent, channel=channel, via="object")
    plea = _plea(tok)
    if plea is not None:  # "X pleaded not guilty to the charges", "X maintained his innocence": X denies them
        speaker, channel = find_subject(tok, page)
        return Found(PLEA, _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), speaker,
                     _within_paragraph(page, plea, tok.idx), tok.sent, channel=channel, via="plea")
    voiced = _voiced_claim(tok)
    if voiced is not None:  # "she repeated her charge that P": the charge's clause is her claim
        speaker, channel = find_subject(tok, page)
        return Found(voiced[0], _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), speaker,
                     _within_paragraph(page, voiced[1], tok.idx), tok.sent, channel=channel, via="claim-noun")
    toll = _toll_given(tok)
    if toll is not None:  # "health officials put the death toll at 500": they say how many
        speaker, channel = find_subject(tok, page)
        return Found(Cue("statement"), _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), speaker,
                     _within_paragraph(page, toll, tok.idx), tok.sent, channel=channel, via="object")
    untrue = _calls_untrue(tok)
    if untrue is not None:  # "X called the allegations absurd": X denies them
        speaker, channel = find_subject(tok, page)
        return Found(Cue("denial", "deny"), _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), speaker,
                     _within_paragraph(page, untrue, tok.idx), tok.sent, channel=channel, via="called")
    denounced = _denounced_claim(tok)
    if denounced is not None:  # "Valdora rebuked the minister's allegations": a rejection of them
        speaker, channel = find_subject(tok, page)
        return Found(Cue("denial", "deny"), _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), speaker,
                     _within_paragraph(page, denounced, tok.idx), tok.sent, channel=channel, via="object")
    scorned = _scorned_in_own_words(tok)
    if scorned is not None:  # "X denounced the “unlawful seizure”", "condemned the plan as reckless"
        speaker, channel = find_subject(tok, page)
        return Found(Cue("statement"), _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), speaker,
                     _within_paragraph(page, scorned, tok.idx), tok.sent, channel=channel, via="object")
    called = _called_by(tok)
    if called is not None:  # "the accusations were dismissed by X as baseless": X calls them so
        agent, said, calling = called
        return Found(calling, _cue_start(tok), _cue_end(tok), tok.lemma_.lower(), agent,
                     _within_paragraph(page, said, tok.idx), tok.sent, via="called")
    cue = cue_for(tok.lemma_) or _vehicle_reads(tok) or (Cue("statement") if _goes_on(tok) else None)
    if cue is None or any(c.dep_ == "neg" for c in tok.children) or _confirm_or_deny(tok) or _quotes_as_saying(tok):
        # "did not deny", "never said": a negated cue attributes nothing (and is no denial)
        return None
    if cue.polarity == "deny" and _refusal(tok):  # "the judge rejected a request": said, but nothing said is denied
        cue = Cue("statement")
    lemma = tok.lemma_.lower()
    # "P, the ministry's statement reads": a clause told before the document's verb is what it says (a quotation
    # is read as one)
    fronted = lemma in _READS and any(c.dep_ == "ccomp" and c.i < tok.i and c.left_edge.text not in _QUOTE_CHARS
                                      for c in tok.children)
    quote_only = lemma in QUOTE_ONLY or _goes_on(tok) or (lemma in _READS and not fronted)
    if lemma in QUOTE_ONLY and _child(tok, "dobj") is not None:
        return None  # "X expressed deep concern", "continued its work": the verb has its own object, not a quotation
    content, how = find_content(tok, lemma, found) if not quote_only else (None, "")
    if content is not None and _answered(tok, content):
        content, how = None, ""
    if (cue.weak and how != "clause") or (lemma in NAMING_AS and content is None):
        return None
    if how == "infinitive" and cue.stance == "allegation":  # "claimed to be living in a tent": of itself, not
        cue = replace(cue, stance="statement")                # an accusation ("claimed to have ..." may own an act)
    if content is not None:
        content = _within_paragraph(page, content, tok.idx)
    speaker, channel = find_subject(tok, page)
    phrase = _stray_phrase(tok, speaker)
    if phrase is None and speaker is not None and speaker.i < tok.i <= speaker.right_edge.i \
            and speaker.i == getattr(_vehicles_issuer(tok, page), "i", None):
        phrase = (speaker.left_edge.i, speaker.i + 1)  # "The company, issuing a statement saying": not the rest
    return Found(cue, _cue_start(tok), _cue_end(tok), lemma, speaker, content, tok.sent, channel=channel,
                 via=how or "quote", speaker_tokens=phrase)


def _act_attributed(verb: Token, acts: frozenset[int]) -> tuple[int, int] | None:
    """An act given to a doer by the verb's subject, the subject's allegation that the doer did it: "X attributed
    (ascribed) the attack to Y", "X held Y responsible (accountable) for the bombing", "X pinned the blast on Y", "X
    laid the blame for the ambush on Y". The content runs from the object to the doer's phrase. Only an act or a
    deed ("attributed the delay to the weather" gives a cause, not a culprit) and an active verb with its subject."""
    lemma = verb.lemma_.lower()
    obj = _child(verb, "dobj")
    if obj is None and _child(verb, "agent") is not None:
        obj = _child(verb, "nsubjpass")  # "blame was cast on Y by X": the passive's agent gives it
    elif _child(verb, "nsubj") is None:
        return None
    if obj is None:
        return None

    def act(tok: Token | None) -> bool:
        return tok is not None and (tok.i in acts or (tok.pos_ == "NOUN" and tok.lemma_.lower() in DEED_NOUNS)
                                    or any(c.i in acts for c in tok.children if c.dep_ == "compound"))

    def prep(heads: tuple[Token, ...], word: str) -> Token | None:
        # the parser hangs the phrase on the verb or on the object before it ("attributed [the attack to X]")
        return next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == word
                     and _child(c, "pobj") is not None), None)

    if lemma in ATTRIBUTING_VERBS and act(obj):
        doer = prep((verb, obj), "to")
    elif lemma == "hold":
        how = next((c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
                    and c.lemma_.lower() in ANSWERABLE_ADJECTIVES), None)
        for_ = prep((how,), "for") if how is not None else None
        return _bounds(list(obj.subtree) + list(how.subtree)) \
            if how is not None and for_ is not None and act(_child(for_, "pobj")) else None
    elif lemma in BLAME_PLACING_VERBS and (act(obj) or obj.lemma_.lower() == "blame"):
        for_ = prep((verb, obj), "for")
        on = prep((verb, obj), "on")
        party = on is not None and for_ is None and obj.lemma_.lower() == "blame" \
            and getattr(_child(on, "pobj"), "ent_type_", "") in ("ORG", "GPE", "NORP", "PERSON")
        if not act(obj) and not party and (for_ is None or not act(_child(for_, "pobj"))):
            return None  # "put the blame on the weather" (but "laid the blame on Norland": a party, for the act told)
        heads = (verb, obj) + ((for_, pobj) if for_ is not None and (pobj := _child(for_, "pobj")) is not None else ())
        doer = prep(heads, "on")
    else:
        return None
    if doer is None:
        return None
    return _bounds([*obj.subtree, *doer.subtree, *(t for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                                                      for t in c.subtree)])


def _toll_given(verb: Token) -> tuple[int, int] | None:
    """A toll given by the verb's subject: "X put the death toll at 500", "X put the number of dead at 320", "X gave a
    toll of 40 passengers found dead": X's statement of the figure, the toll noun with its figure. An active verb with
    its subject and a figure after "at" or "of"; not negated ("did not put a number on it")."""
    obj = _child(verb, "dobj")
    if verb.lemma_.lower() not in TOLL_GIVING_VERBS or obj is None or obj.lemma_.lower() not in TOLL_NOUNS \
            or _child(verb, "nsubj") is None or _child(verb, "neg") is not None:
        return None
    figure = next((c for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "of")
                   and any(t.like_num for t in c.subtree)), None)
    return _bounds([*obj.subtree, *figure.subtree]) if figure is not None else None


#: nouns of what someone said, with the speech act each names ("a statement from X that P", "X's denial that P")
NOUN_CUES: dict[str, Cue] = {
    **{n: Cue("statement") for n in words("statement assertion insistence announcement remark suggestion argument")},
    **{n: Cue("allegation") for n in words("claim allegation accusation charge contention")},
    "denial": Cue("denial", "deny"), "warning": Cue("warning"), "threat": Cue("warning"),
    "admission": Cue("confirmation"), "confirmation": Cue("confirmation"),
    **{n: Cue("promise") for n in words("promise pledge assurance vow")},
}


def _owned_claim_noun(noun: Token) -> tuple[Cue, Token, tuple[int, int]] | None:
    """"despite a statement from X that P", "an allegation by X that P", "X's insistence that P": a claim noun with
    its owner (a possessor, or a "by"/"from" phrase) and its that-clause is the owner's claim of P. A noun a voicing
    verb makes its object ("X repeated her charge that P") is that verb's (:func:`_voiced_claim`); one with no owner
    ("the claim that P") is no one's."""
    cue = NOUN_CUES.get(noun.lemma_.lower())
    if cue is None or (noun.dep_ == "dobj" and _voiced_claim(noun.head) is not None):
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause.i),
                  None)
        owner = _child(by, "pobj") if by is not None else None
    if owner is None or not _can_speak(owner):
        return None
    return cue, owner, _subtree(clause)  # with its "that", like a verb's clause


def _calls_untrue(verb: Token) -> tuple[int, int] | None:
    """"X called the allegations absurd and politically motivated", "X described the accusations as baseless": the
    allegation and what X calls it (the parser may make the noun the subject of its complement)."""
    if verb.lemma_.lower() not in CALLING_ACTIVE or _child(verb, "auxpass", "neg") is not None:
        return None
    comp = next((c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp", "attr")
                 or (c.dep_ == "prep" and c.lower_ == "as")), None)
    if comp is None:  # "termed allegations that it struck the camp as false": the parser may hang the "as"
        # phrase at the end of the allegation's own clause
        obj = _child(verb, "dobj")
        if obj is None or obj.lemma_.lower() not in CLAIM_NOUNS | _ALLEGATION_NOUNS:
            return None
        comp = next((t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.i > obj.i
                     and t.right_edge.i == obj.right_edge.i and {d.lemma_.lower() for d in t.subtree} & DISMISSIVE),
                    None)
        if comp is None:
            return None
    # "described as ''lies'' X's allegations": the parser may put the allegation inside the "as" phrase
    obj = _child(verb, "dobj") or _child(comp, "nsubj") or next(
        (t for t in comp.subtree if t.dep_ == "pobj" and t.lemma_.lower() in CLAIM_NOUNS | _ALLEGATION_NOUNS), None)
    if obj is not None and obj.lower_ in ("them", "it") and any(
            t.lemma_.lower() in _ALLEGATION_NOUNS and t.i < obj.i for t in verb.sent):
        pass  # "responded to the allegations ..., calling them baseless": what it calls so is the allegation
    elif obj is None or obj.lemma_.lower() not in CLAIM_NOUNS | _ALLEGATION_NOUNS:
        return None
    # "absurd and an attempt to shift attention": the parser may hang the second epithet on the verb
    toks = [*obj.subtree, *comp.subtree, *(t for c in verb.children if c.dep_ in ("conj", "dobj") and c.i > comp.i
                                          and c.pos_ in ("NOUN", "ADJ", "PROPN") for t in c.subtree)]
    own = {o.i for o in obj.subtree}
    if comp.i in own:  # the "as" phrase hung inside the allegation's clause is what it is called
        own -= {t.i for t in comp.subtree}
    said = {t.lemma_.lower() for t in comp.subtree if t.i not in own}
    if obj.i > comp.i:  # "as ''lies'' X's allegations": the epithet may hang on the allegation it comes before
        said |= {t.lemma_.lower() for t in obj.subtree if t.i < obj.i}
    if not (said & DISMISSIVE or {"politically", "motivated"} <= said):
        return None
    return _bounds(toks)


#: verbs of scorning: with an allegation as object they reject it ("rebuked the minister's allegations", "slammed the
#: accusations"); with anything else they criticize, which is no denial
DENOUNCING = words("rebuke slam trash blast condemn denounce decry lambast lambaste scorn ridicule")


def _denounced_claim(verb: Token) -> tuple[int, int] | None:
    """The allegation a verb of scorning takes as its object (active, not negated): what is denied."""
    if verb.lemma_.lower() not in DENOUNCING or _child(verb, "neg", "auxpass") is not None:
        return None
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in _ALLEGATION_NOUNS or obj.lemma_.lower() == "statement":
        return None
    return _subtree(obj)


#: quotation marks that show a speaker's own words inside an object
_QUOTE_CHARS = frozenset('"“”')


#: verbs of expressing a feeling or view: with the speaker's words quoted in the object ("expressed his “sincere
#: apologies to the public”", "voiced his “deep regrets”") the object is what was said; "expressed condolences" quotes
#: nobody
EXPRESSING = words("express voice")


def _scorned_in_own_words(verb: Token) -> tuple[int, int] | None:
    """A verb of scorning (:data:`DENOUNCING`, or "criticize") or expressing (:data:`EXPRESSING`, with a quote only)
    that says what its subject calls its object: with the subject's words quoted in the object ("denounced the
    “unlawful seizure” of the depot") or with what it calls it ("condemned the plan as reckless"). The object and
    the "as" phrase are the content (a statement of the speaker's view); "condemned the attack" alone quotes nobody
    and is no claim."""
    lemma = verb.lemma_.lower()
    if (lemma not in DENOUNCING | EXPRESSING and lemma not in ("criticize", "criticise")) \
            or _child(verb, "neg", "auxpass") is not None or verb.pos_ != "VERB":
        return None
    obj = _child(verb, "dobj")
    if obj is None:
        return None
    as_ = None if lemma in EXPRESSING else next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep"
                                                 and c.lower_ == "as" and c.i > obj.i
                                                 and _child(c, "pobj", "amod", "acomp") is not None), None)
    if as_ is not None:
        return _bounds([*obj.subtree, *as_.subtree])
    if any(t.text in _QUOTE_CHARS or t.text[:1] in _QUOTE_CHARS for t in obj.subtree if t.i > obj.left_edge.i):
        return _subtree(obj)
    return None


#: verbs of calling something so, read in the passive with their agent ("was described by X as a provocation")
CALLING = words("call describe dismiss brand label term deem characterize characterise")
#: verbs of calling something so, active: "X called the allegations absurd" denies them when what is called so is
#: an allegation and what it is called says it is untrue (the passive ones and the rebuttals' own)
CALLING_ACTIVE = CALLING | CALLING_VERBS
#: what calls an account untrue ("dismissed by X as absurd", "called baseless by X")
_DISMISSING = words("dismiss reject")


def _called_by(verb: Token) -> tuple[Token, tuple[int, int], Cue] | None:
    """"The accusations were deemed by X as politically motivated", "the move was described by X as a
    provocation": a passive verb of calling with its agent, who speaks. Of claims ("allegations", "the report")
    called untrue or dismissed, the content is what is dismissed and the claim a denial; else it is what the
    agent called it."""
    if verb.lemma_.lower() not in CALLING or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # (a clause with a verb is a purpose, not what it was called: "the strike was called by the unions to protest")
    complement = next((c for c in verb.children if c.dep_ in ("oprd", "acomp", "attr")
                       or (c.dep_ in ("xcomp", "advcl") and c.pos_ in ("ADJ", "NOUN", "PROPN"))
                       or (c.dep_ == "prep" and c.lower_ == "as")), None)
    if speaker is None or subject is None or complement is None:
        return None
    if verb.lemma_.lower() in _DISMISSING and subject.lemma_.lower() not in CLAIM_NOUNS:
        return None  # "the officer was dismissed by the ministry as part of a purge": fired, not called untrue
    toks = [t for t in complement.subtree if not (t.lower_ == "as" and t.i in (complement.i, complement.left_edge.i))]
    if not toks:
        return None
    said = {t.lemma_.lower() for t in toks}
    untrue = bool(said & DISMISSIVE) or {"politically", "motivated"} <= said  # ("politically motivated")
    if subject.lemma_.lower() in CLAIM_NOUNS and (verb.lemma_.lower() in _DISMISSING or untrue):
        return speaker, _subtree(subject), Cue("denial", "deny")
    return speaker, _bounds(toks), Cue("statement")


def _stray_phrase(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """The phrase of a stray subject (:func:`stray_subject`): from it to the verb's own words, with the
    names in apposition the parser hung elsewhere ("two of X's allies, security chief A and B, blamed")."""
    if speaker is None or speaker.i != getattr(stray_subject(verb), "i", None):
        return None
    hi = verb.left_edge.i
    while hi - 1 > speaker.i and (verb.doc[hi - 1].is_punct or verb.doc[hi - 1].is_space):
        hi -= 1
    return speaker.i, hi


def _confirm_or_deny(verb: Token) -> bool:
    """"has neither confirmed nor denied", "is yet to confirm or deny", "declined to confirm or deny": a denial cue
    paired with "confirm" says nothing either way."""
    if verb.lemma_.lower() not in ("deny", "confirm"):
        return False
    first = verb.head if verb.dep_ == "conj" else verb  # the first of the pair holds the "or" / "nor"
    pair = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    alternative = any(c.dep_ in ("cc", "preconj") and c.lower_ in ("or", "nor", "neither") for c in first.children)
    return alternative and any(p.lemma_.lower() in ("deny", "confirm") and p.lemma_.lower() != verb.lemma_.lower()
                               for p in pair)


#: verbs of answering, whose "to"-phrase names what is answered ("responding to the question that P")
_ANSWERING = frozenset(("respond", "reply", "answer", "react"))


def _answered(verb: Token, content: tuple[int, int]) -> bool:
    """Is the content what the speaker answers, not what it says ("Responding to the question that X
    accuses Y, the spokesman said ...": the question's words are not the spokesman's)?"""
    if verb.lemma_.lower() not in _ANSWERING:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "about"):
            lo, hi = _subtree(prep)
            if lo <= content[0] and content[1] <= hi:
                return True
    return False


#: verbs by which a text gives its words ("the statement read: “…”")
_READS = frozenset(("read",))


def _vehicle_reads(verb: Token) -> Cue | None:
    """"“…,” the ministry's statement read": a vehicle noun as subject of "read" introduces a quotation."""
    if verb.lemma_.lower() not in _READS:
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None:  # "“…,” read the curt statement": inverted, the document is parsed as the object
        subj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subj is not None and subj.lemma_.lower() in _PART_NOUNS:  # "“…,” reads part of the communique"
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return Cue("statement") if subj is not None and subj.lemma_.lower() in VEHICLE_NOUNS else None


#: nouns of a part of a document ("part of the statement", "an excerpt of the letter")
_PART_NOUNS = frozenset(("part", "portion", "excerpt", "extract", "section", "passage"))


#: verbs that voice a claim named by their object ("repeated her charge that P", "made the accusation that P")
VOICING = frozenset(("repeat", "renew", "reiterate", "restate", "make", "level", "voice", "raise", "echo", "press",
                     "express"))
#: claim nouns that accuse (the rest state)
_ACCUSING_NOUNS = frozenset(("charge", "accusation", "allegation"))


def _voiced_claim(verb: Token) -> tuple[Cue, tuple[int, int]] | None:
    """"X repeated her charge that P" / "X made the claim that P": a voicing verb whose object is a claim
    noun with a that-clause; the clause is X's content (an allegation for a charge or accusation)."""
    if verb.lemma_.lower() not in VOICING or any(c.dep_ == "neg" for c in verb.children):
        return None
    noun = _child(verb, "dobj")
    if noun is None or (noun.lemma_.lower() not in CLAIM_NOUNS and noun.lemma_.lower() not in ATTITUDE_NOUNS):
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    stance = "allegation" if noun.lemma_.lower() in _ACCUSING_NOUNS else \
        ATTITUDE_NOUNS.get(noun.lemma_.lower(), "statement")  # "expressed concern that P": a warning
    return Cue(stance), _bounds(toks)


#: a plea or a claim of innocence denies the charges: the content says "not guilty (to X)" or "his innocence"
PLEA = Cue("denial", "deny")
#: verbs whose object "innocence" is claimed ("maintained his innocence", "protested her innocence")
INNOCENCE_VERBS = frozenset(("maintain", "protest", "proclaim", "assert", "declare", "profess", "reiterate"))


def _plea(verb: Token) -> tuple[int, int] | None:
    """"X pleaded not guilty (to X)", "X's lawyer entered a not guilty plea", "X pleaded innocent", "X maintained
    his innocence": the speaker (the accused, or a lawyer for the accused) denies the charges. The content is the
    plea with what it answers ("not guilty to all nine counts of fraud"). A guilty plea admits: not a denial."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if lemma in INNOCENCE_VERBS:
        obj = _child(verb, "dobj")
        return _subtree(obj) if obj is not None and obj.lemma_.lower() == "innocence" else None
    if lemma == "plead":
        verdict = next((c for c in verb.children if c.lower_ in ("guilty", "innocent")
                        and c.dep_ in ("acomp", "oprd", "advmod", "dobj", "attr", "xcomp")), None)
    elif lemma == "enter":
        plea = _child(verb, "dobj")
        verdict = None if plea is None or plea.lemma_.lower() != "plea" else \
            next((c for c in plea.children if c.lower_ in ("guilty", "innocent")), None)
    else:
        return None
    if verdict is None:
        return None
    denied = verdict.lower_ == "innocent" or any(c.dep_ == "neg" for c in verdict.children) \
        or (verdict.i > 0 and verb.doc[verdict.i - 1].lower_ == "not")
    if not denied:
        return None
    parts = list(verdict.subtree) + [t for t in verdict.doc[max(verdict.i - 1, 0):verdict.i] if t.lower_ == "not"]
    for holder in (verb, verdict, verdict.head):  # "to the charges" hangs on the verb, the verdict or the plea
        parts += [t for c in holder.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree]
    if lemma == "enter":
        parts += list(verdict.head.subtree)
    return _bounds(parts)


def _refusal(verb: Token) -> bool:
    """"The judge denied a motion", "denied him entry", "X was denied bail", "the bank rejected her request": a verb of
    denying used for refusing something granted or filed. Its object is what is refused, not a claim someone made:
    the attribution stays (a decision is told), as a statement."""
    if verb.lemma_.lower() not in ("deny", "reject", "dismiss", "refuse"):
        return False
    obj = _child(verb, "dobj")
    if verb.lemma_.lower() == "deny" and (_child(verb, "dative") is not None
                                          or (obj is not None and _child(verb, "nsubjpass") is not None)):
        return True  # "denied him entry", "was denied bail": a recipient and a thing refused
    return obj is not None and obj.lemma_.lower() in GRANTED


def _goes_on(verb: Token) -> bool:
    """Is the verb "go on" as "continue" is said after a quotation ('“...,” he went on'): the particle right after it,
    and nothing it goes on to ("went on to say", "went on with the speech" keep their own cues or say nothing)?"""
    prt = _child(verb, "prt")
    return verb.lemma_.lower() == "go" and prt is not None and prt.lower_ == "on" and prt.i == verb.i + 1 \
        and _child(verb, "xcomp", "prep", "dobj") is None


def _cue_end(verb: Token) -> int:
    """The end of the cue, with a particle right after it ("pointed out", "owned up") or the preposition whose object
    alone is what is said ("called for")."""
    prt = _child(verb, "prt")
    if prt is None or prt.i != verb.i + 1:
        word = PREP_ONLY_CONTENT.get(verb.lemma_.lower())
        prt = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == word and c.i == verb.i + 1), None)
    return (prt.idx + len(prt)) if prt is not None else verb.idx + len(verb)


def _cue_start(verb: Token) -> int:
    """The cue with its auxiliaries and adverbs right before it ("has also said", "had repeatedly denied")."""
    first = verb
    while first.i > 0:
        prev = verb.doc[first.i - 1]
        if prev.head.i != verb.i or prev.dep_ not in ("aux", "auxpass", "advmod") or prev.lower_ == "to" \
                or not prev.is_alpha:
            break
        first = prev
    return first.idx
