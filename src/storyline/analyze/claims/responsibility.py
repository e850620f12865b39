"""Who did it: claims of responsibility, denials of involvement, and negated contents.

Read off the spaCy parse, with the event triggers of the events component to
tell an act ("the attack", "the bombing") from anything else a group can
"carry out" or "claim":

- **taking responsibility**: a verb of taking with responsibility as its object
  ("X claimed / accepted / took / assumed / bore responsibility for the attack",
  passive "responsibility ... was claimed by X", "X owned up to the attack"), or
  "claim" with an act as its object ("X claimed the bombing"). The speaker is the
  claimant, the content the responsibility phrase;
- **saying one did it**: a statement whose content says its speaker carried out an
  act ("X said it carried out the attack", "its fighters were behind the attack",
  "“We carried out the attack,” X said");
- **denying involvement**: a content that says someone had no part in an act
  ("X said it had nothing to do with the attack", "Y had no involvement in this",
  "Z was not involved in any way", "it did not carry out the attack"), whoever says
  it; and a denial whose object is involvement itself ("denied involvement / any role /
  responsibility"). These are denials (polarity ``deny``) whatever their cue;
- **negated content**: the main predicate of the content is negated ("our soil is not
  being used against anyone", "no one was hurt"). Fusion decides, against the
  other claims of the story, whether such a content rebuts an allegation.

Every word list is general English; nothing names a group, place or story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.analyze.claims.cues import (
    ANSWERABLE_ADJECTIVES,
    CLAIM_NOUNS,
    DEED_NOUNS,
    DOER_NOUNS,
    FINDING_NOUNS,
    NOT_ONLY,
    TIE_NOUNS,
    WORK_NOUNS,
    words,
)
from storyline.analyze.claims.rebuttals import (
    INVOLVEMENT_NOUNS,
    clause_called_untrue,
    clause_heads,
    contracted_not,
    negated_attribute,
    no_evidence_of,
    rejects,
)
from storyline.analyze.events.ontology import TRIGGERS, uninflected
from storyline.lexicons import pronouns, titles, violence
from storyline.lexicons.speech import CULPRIT_MEANS

#: verbs that take responsibility ("claimed/accepted/took/assumed/bore/admitted responsibility")
TAKING_VERBS = words("claim accept take assume bear admit acknowledge own assert announce")
#: verbs of putting out a document ("posted / issued a claim of responsibility")
ISSUING_VERBS = words("issue release publish post put send")
#: nouns that count acts of one kind ("a series of bombings", "a wave of attacks"): claiming them claims the acts
SERIES_NOUNS = words("series wave string spate chain number round spree")
#: what is taken: responsibility, credit
RESPONSIBILITY_NOUNS = words("responsibility credit")
#: doing an act: "carried out", "staged", "perpetrated", "masterminded" (carry only with "out")
PERPETRATION_VERBS = violence.CARRY_OUT_VERBS | words("execute perpetrate orchestrate commit mastermind plan organise "
                                                     "organize")
#: event types of the events component that are acts someone can claim or deny
ACT_TYPES = frozenset({"ASSAULT", "CRIME", "TAKEOVER", "COERCE", "PROTEST"})
#: acts of custody an authority tells as its work ("police said they arrested seven suspects"): no claim of
#: responsibility for an act, as the shelling its forces did is
CUSTODY_VERBS = words("arrest detain apprehend nab hold question charge jail imprison deport extradite")
#: objects that stand for an act already named ("nothing to do with it", "involved in any way")
ANAPHORIC_OBJECTS = words("it this that way manner form incident event development happening")
#: pronouns by which a speaker speaks of itself in its content ("it carried out", "its fighters", "we")
SELF_PRONOUNS = pronouns.PERSON | pronouns.GROUP | pronouns.FIRST
#: verbs of finding: with a "no" object the finding is negated ("has seen no evidence", "found no trace")
FINDING_VERBS = words("see find detect observe discover notice record")
#: subjects that negate the predicate ("no one was hurt", "nothing was found")
NEGATIVE_SUBJECTS = words("nobody nothing none no-one")


@dataclass(frozen=True)
class Reading:
    """What a content says about who did an act, and whether its main predicate is negated."""

    negated: bool = False
    involvement: bool = False  # the content is about who carried out an act
    responsibility: bool = False  # ... and says the speaker did it
    denial: bool = False  # ... and says someone had no part in it
    rejection: bool = False  # the content rejects what someone said ("we reject ...", "the claims are false")
    accusation: bool = False  # ... and names another party as the doer ("X said the Tavro Front was behind it")


def taking_responsibility(verb: Token, acts: frozenset[int]) -> tuple[int, int] | None:
    """The content span when ``verb`` takes responsibility ("claimed responsibility for X"), else None."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if lemma in ISSUING_VERBS:  # "X posted a claim of responsibility for the attack": X takes it
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return _bounds(obj) if obj is not None and _claim_of_responsibility(obj) else None
    if lemma not in TAKING_VERBS:
        return None
    if lemma == "own":  # "owned up to the attack"
        prt = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"), None)
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        return _bounds(to) if prt is not None and to is not None and _has_object(to) else None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in RESPONSIBILITY_NOUNS:
        # "claimed responsibility on Thursday for the attack": the parser hangs "for" on the verb
        for_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i), None)
        if for_ is None:  # (the parser may hang it on the noun: "announced responsibility for the attack")
            for_ = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        lo, hi = _bounds(obj)
        if lemma in ("announce", "assert") and (obj.lemma_.lower() != "responsibility" or for_ is None
                                                or not _has_object(for_)):
            return None  # "announced credit for farmers", "asserted its responsibility to protect": no act owned
        return (lo, _bounds(for_)[1]) if for_ is not None and _has_object(for_) else (lo, hi)
    if lemma == "claim" and (obj.i in acts or _acts_counted(obj, acts)):  # "X claimed the bombing"
        return _bounds(obj)
    return None


def _claim_of_responsibility(noun: Token) -> bool:
    """"a claim of responsibility for the attack": a document that takes responsibility for something (a "for"
    phrase with an object)."""
    if noun.lemma_.lower() != "claim":
        return False  # ("a statement claiming responsibility": the participle is a cue of its own)
    taken = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "responsibility"), None)
    return taken is not None and any(c.dep_ == "prep" and c.lower_ == "for" and _has_object(c)
                                     for c in taken.children)


def _acts_counted(noun: Token, acts: frozenset[int]) -> bool:
    """"a series of bombings", "a wave of attacks": a noun that counts acts, whose "of" holds one."""
    if noun.lemma_.lower() not in SERIES_NOUNS:
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.i in acts for c in of.children)


def read_content(doc: Doc, start: int, end: int, acts: frozenset[int], stance: str = "statement",
                 cue: tuple[int, int] = (0, 0), named_acts: frozenset[int] = frozenset(),
                 speaker: str = "", wide: bool = True) -> Reading:
    """How the content ``start:end`` reads: negated, about involvement, a claim or denial of it.

    ``stance`` is the cue's: the content of an allegation is about involvement when it names an
    act or a part in one ("accused X of involvement", "blamed X for the attack"); the content of
    a denial when it is an act ("distanced itself from the bombing", "denied the attack").
    ``cue``: the cue's characters, which a split quote ("“A,” X said, “B.”") holds inside its content.
    ``named_acts``: act triggers the events component gave a named party as actor ("a Norvik airstrike").
    ``speaker``: the speaker's phrase; a doer named by it says the speaker did it ("the attack was carried
    out by four TF fighters", the Tavro Front announced). ``wide``: see :func:`rebuttals.rejects`.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    root = content_root(doc, start, end, cue)
    if span is None or root is None:
        return Reading()
    # "I can say there has never been ...": the negation of what is said is the content's
    negated = is_negated(root) or (root.lemma_.lower() in REPORT_VERBS and is_negated(_reported(root)))
    if root.lemma_.lower() in INVOLVEMENT_NOUNS or (stance == "denial" and root.i in acts):
        return Reading(negated=negated, involvement=True)  # "denied involvement / any role / the attack"
    if wide and any(clause_called_untrue(p) for p in clause_heads(root)):
        # "that US forces struck the camp is false": what was said, called untrue (not the speaker's own act)
        return Reading(negated=negated, rejection=True)
    inner = _reported(root)  # "investigators believed the attack was carried out by X": what they believe
    if inner.pos_ not in ("VERB", "AUX"):  # "[fighters loyal to X] [were behind it]": the parser split the clause
        inner = next((t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ == root.dep_ and t.head == root.head
                      and t.i > root.i), inner)
    if _denies_part(inner, acts) or _none_involved(inner, acts):
        return Reading(negated=True, involvement=True, denial=True)
    if _own_act(inner, acts) and inner is root:  # "its forces shelled the bridge": the speaker's own act
        return Reading(negated=False, involvement=True, responsibility=True)
    held = _held_answerable(inner, acts)
    if held is not None:  # "Orvania holds the Front and its masters accountable for such attacks": it accuses them
        return Reading(negated=negated, involvement=True, accusation=not negated and _named_party(held))
    if _did_it(inner, acts):  # "it carried out the attack" (its own), "the attack was carried out by X"
        own = _self_subject(root) or _doer_is_speaker(root, speaker)
        return Reading(negated=negated, involvement=True, responsibility=inner is root and own,
                       accusation=inner is root and not own and not negated
                       and ((_named_doer(root) and verb_lemma(root, PERPETRATION_VERBS) in _BLAME_LEMMAS)
                            or _done_by_party(root, acts)))
    if _harm_by_named_act(inner, acts, named_acts) or _doers_tied(inner, acts):
        # "X was killed in a Norvik airstrike"; "the assailants have links to X": who did it
        return Reading(negated=negated, involvement=True)
    if stance == "allegation" and any(t.i in acts or t.lemma_.lower() in INVOLVEMENT_NOUNS for t in span):
        return Reading(negated=negated, involvement=True)
    rejection = stance != "allegation" and rejects(root, start, end, wide)
    # "the investigation is under way, but we already know that this is the work of X": who did it, in a clause
    # coordinated with the first; "The men who carried out these bombings have been found. We now know
    # that they are linked to X": or in a later sentence of a quotation
    after = root.sent.end  # a token's own sentence starts later exactly when it lies past the root's (one lookup)
    later = [t for t in span if t.i >= after and t.pos_ in ("VERB", "AUX")
             and (t.dep_ == "ROOT" or not span.start <= t.head.i < span.end)]
    heads = [h for h in clause_heads(root) if h is not root] + later
    if not rejection and any((_did_it(c, acts) or _doers_tied(c, acts)) and not is_negated(c)
                             for c in map(_reported, heads)):
        return Reading(negated=negated, involvement=True)
    return Reading(negated=negated, rejection=rejection)


def _denies_part(pred: Token, acts: frozenset[int]) -> bool:
    """Says, in its main clause or one coordinated with it, that someone had no part in an act
    ("Let's be clear: X had nothing to do with these events"), or that nothing shows they had."""
    for p in clause_heads(pred):
        if _no_part(p, acts) or (is_negated(p) and _did_it(p, acts)):
            return True
        evidence = no_evidence_of(p)
        if evidence is not None and any(t.lemma_.lower() == "involve" or _did_it(t, acts)
                                        for t in evidence.subtree):
            return True
    return False


#: verbs that report a belief or finding: their complement is what a content says
REPORT_VERBS = words("believe think say suspect conclude find suggest indicate show say tell confirm establish know")


def _reported(pred: Token) -> Token:
    """The clause a reporting verb or a claim noun holds ("believed [the attack was carried out by X]",
    "any suggestion [that it was behind the blasts]"), else the predicate itself."""
    for _ in range(2):
        lemma = pred.lemma_.lower()
        deps = ("ccomp",) if lemma in REPORT_VERBS else ("acl", "ccomp") if lemma in CLAIM_NOUNS else ()
        comp = next((c for c in pred.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX")), None)
        if comp is None:  # "investigations reached the conclusion [that the Front was not behind it]"
            finding = next((c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in FINDING_NOUNS), None)
            comp = next((c for c in finding.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                         and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None) \
                if finding is not None else None
        if comp is None:
            break
        pred = comp
    return pred


def content_root(doc: Doc, start: int, end: int, cue: tuple[int, int] = (0, 0)) -> Token | None:
    """The main predicate of the content: its first word whose head lies outside it (or is itself,
    or is the cue inside a split quote)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None

    def in_cue(t: Token) -> bool:
        return cue[0] <= t.idx < cue[1]

    for tok in span:
        if in_cue(tok) or tok.is_punct or tok.dep_ in ("mark", "cc", "punct"):
            continue
        if in_cue(tok.head) and tok.dep_ in ("nsubj", "nsubjpass") and tok.i < tok.head.i:
            continue  # "Velmora, the minister said, had nothing to do with it": the cue's speaker inside the clause
        if not (span.start <= tok.head.i < span.end) or tok.head.i == tok.i or in_cue(tok.head):
            return tok
    return span.root


def is_negated(pred: Token) -> bool:
    """"is not", "never used", "nowhere said", "was unaware of", "no one was hurt", "nothing was found", "there
    was no attack": the predicate is negated; not "will not go unanswered", "will not remain unpunished" (a
    negated "un-" state: a double negative, an assertion)."""
    if contracted_not(pred):
        return not _double_negative(pred)
    for c in pred.children:
        if c.dep_ == "neg" and _not_only(c):
            continue  # "is not only surprising but ridiculous": both are said, nothing is denied
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "nowhere")):
            return not _double_negative(pred)
        if (c.dep_ == "preconj" and c.lower_ == "neither") or any(
                g.dep_ == "preconj" and g.lower_ == "neither" for g in c.children):
            return True  # "was neither behind the blast nor had any link with it"
        if c.dep_ == "acomp" and c.lower_ == "unaware":  # "was unaware of any plan": knowing it, negated
            return True
        if negated_attribute(pred, c):  # "the claims were “absolutely not true”": the parser hangs "not" on "true"
            return True
        if c.dep_ == "prep" and _negated_right_after(pred, c):
            return True  # "was “not by any means involved”": the parser hangs "not" on the phrase after the verb
        if c.dep_ == "attr" and _no_det(c) and any(e.dep_ == "expl" for e in pred.children):
            return True  # "there was no other attack"
        if c.dep_ == "attr" and pred.lemma_.lower() == "be" and _no_det(c) and not _litotes(c):
            return True  # "the fire was no accident", "it is no secret plan of ours": "no" negates the copula
        if c.dep_ == "dobj" and _no_det(c) and pred.lemma_.lower() in FINDING_VERBS:
            return True  # "it has seen no evidence of a hit", "found no trace" (not "had no role, but ...")
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATIVE_SUBJECTS or _no_det(c)
                                                 or (c.lower_ == "one" and _no_det(c))):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.lower_ == "not" and c.left_edge.i < c.i \
                and not _not_only(c.left_edge):
            return True  # "not a single ballot was destroyed", "not one worker was hired"
    return False


def _negated_right_after(pred: Token, prep: Token) -> bool:
    """A "not" on a phrase right after the predicate, with only punctuation or adverbs between ("was “not by any
    means involved”", "was not in any way involved"); not a contrast further on ("judge her by her mandate, not by
    her name"), nor "not only"."""
    neg = next((g for g in prep.children if g.dep_ == "neg" and g.i < prep.i), None)
    if neg is None or neg.i < pred.i or _not_only(neg):
        return False
    return all(t.is_punct or t.pos_ in ("ADV", "PART") for t in pred.doc[pred.i + 1:neg.i])


def _not_only(neg: Token) -> bool:
    """"not only", "not just", "not merely": a "not" that adds, not one that negates."""
    doc = neg.doc
    return neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in NOT_ONLY


def _double_negative(pred: Token) -> bool:
    """"would not go unanswered", "will not remain unpunished": the state the negation applies to is itself a
    negation (an "un-" participle or adjective)."""
    return any(c.dep_ in ("acomp", "oprd", "xcomp", "advcl", "dep") and c.lower_.startswith("un") and len(c.text) > 5
               and c.tag_ in ("VBN", "JJ") for c in pred.children)


#: adjectives of size, ease or rank that "no" turns into an understatement ("no small feat", "no easy task", "no
#: ordinary criminals"): the whole asserts the opposite of the adjective, not the absence of the noun
_UNDERSTATED = frozenset(("small", "easy", "mean", "little", "minor", "simple", "slight", "trivial", "ordinary",
                          "modest", "short", "light"))


def _litotes(noun: Token) -> bool:
    """"was no small feat", "is no easy task": an adjective of :data:`_UNDERSTATED` between "no" and its noun is what
    "no" negates, and the whole asserts its opposite (an understatement, not a negation of the predicate); "was no
    clerical error" negates the error."""
    return any(c.dep_ == "amod" and c.i < noun.i and c.lower_ in _UNDERSTATED for c in noun.children)


def _no_det(noun: Token) -> bool:
    """"no" determines the noun: its child, the word before it, or the word its phrase opens with (the parser
    may hang it on a modifier: "no NDF (Norlandi Defence Forces) fire")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
        noun.i > 0 and noun.doc[noun.i - 1].lower_ == "no") or noun.left_edge.lower_ == "no"


def _has_object(prep: Token) -> bool:
    return any(c.dep_ == "pobj" for c in prep.children)


def _bounds(tok: Token) -> tuple[int, int]:
    sub = list(tok.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1])


def _act_object(tok: Token, acts: frozenset[int], anaphora: bool = False) -> bool:
    """Is ``tok`` (an object) an act, a deed named as such ("such an act", "this crime", "the tragedy"), or with
    ``anaphora`` a word standing for one ("it", "any way")?"""
    if tok.i in acts or any(c.i in acts for c in tok.children if c.dep_ == "compound"):
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in DEED_NOUNS:
        return True
    return anaphora and tok.lemma_.lower() in ANAPHORIC_OBJECTS


def _objects(pred: Token) -> list[Token]:
    """Direct objects, passive subjects and prepositional objects of a predicate."""
    out = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    for prep in (c for c in pred.children if c.dep_ in ("prep", "agent")):
        out += [o for o in prep.children if o.dep_ == "pobj"]
    return out


def _did_it(pred: Token, acts: frozenset[int]) -> bool:
    """"carried out the attack", "were behind the attack", "was responsible for the blast", "was to blame for the
    attack", "X shelled the town"."""
    if _named_doer_acts(pred, acts):
        return True
    lemma = verb_lemma(pred, PERPETRATION_VERBS)
    if lemma == "bear":  # "bears full responsibility for this attack"
        return any(o.lemma_.lower() == "responsibility" and _about_act(o, acts) for o in _objects(pred))
    if lemma in PERPETRATION_VERBS:
        if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in pred.children):
            return False
        return any(_act_object(o, acts) for o in _objects(pred))
    if lemma == "be":
        if _work_of(pred, acts):
            return True
        for c in pred.children:
            if c.dep_ == "prep" and c.lower_ == "behind" and any(_act_object(o, acts) for o in c.children):
                return True
            if c.dep_ == "acomp" and c.lower_ == "responsible":
                preps = [p for p in c.children if p.dep_ == "prep"]
                # "the Front is responsible", said after an attack: bare, it blames the act at hand (the content
                # names none; fusion ties it to the act told before it); "responsible for the budget" is not
                return any(_act_object(o, acts) for p in preps for o in p.children) or _bare(c)
            # "X was to blame for the attack", "X is to blame"
            if c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and any(a.lower_ == "to" for a in c.children):
                return any(_act_object(o, acts) for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                           for o in p.children) or _bare(c)
    return False


def _held_answerable(pred: Token, acts: frozenset[int]) -> Token | None:
    """"<speaker's side> holds X responsible (accountable) for the attack" inside what is said: the party held to
    answer for an act (the parser makes it the subject of the adjective's clause, or the verb's object), else
    None. As a cue ("X held Y responsible for ...") the verb is read by the attribution; here it is the content's
    own predicate."""
    if pred.lemma_.lower() != "hold" or pred.pos_ != "VERB":
        return None
    obj = _child_of(pred, "dobj")
    for adj in [*pred.children, *(c for c in (obj.children if obj is not None else ()) if c.dep_ == "amod")]:
        if adj.dep_ not in ("ccomp", "oprd", "acomp", "xcomp", "amod") or adj.lower_ not in ANSWERABLE_ADJECTIVES:
            continue
        if not any(_act_object(o, acts) for p in adj.children
                   if p.dep_ == "prep" and p.lower_ == "for" for o in p.children):
            continue
        return _child_of(adj, "nsubj") or obj
    return None


def _child_of(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _named_party(tok: Token) -> bool:
    """A name, a state or a people inside the phrase (not its owner's): "their US masters", "the Front"."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in tok.subtree
               if t.dep_ != "poss")


def _bare(pred: Token) -> bool:
    """"responsible" or "to blame" with nothing after it in its clause (no "for ...", no clause, no conjunct):
    news writes it of the act just told ("Police said the Front was responsible"), not of a duty ("is responsible
    for the budget", "responsible and accountable")."""
    return not any(c.dep_ in ("prep", "ccomp", "xcomp", "conj", "advcl", "dobj") for c in pred.children) \
        and not any(c.dep_ == "conj" for c in pred.head.children if c.i > pred.i)


def verb_lemma(verb: Token, wanted: frozenset[str]) -> str:
    """The verb's lemma, or the one a regular past form gives where the lemmatizer misread it ("staged" ->
    "stag"): a form :func:`~storyline.analyze.events.ontology.uninflected` gives ("stage", "plant"), when that is
    a lemma of ``wanted``."""
    lemma = verb.lemma_.lower()
    if lemma in wanted or verb.tag_ not in ("VBD", "VBN") or not verb.lower_.endswith("ed"):
        return lemma
    return next((form for form in uninflected(verb.lower_) if form in wanted), lemma)


def _work_of(pred: Token, acts: frozenset[int]) -> bool:
    """"The bombing was the work of the Front", "this is the handiwork of X": the subject, an act or a word for one,
    was done by the party of the "of" phrase (a name, a group noun)."""
    subjects = [c for c in pred.children if c.dep_ == "nsubj"]
    if not subjects or not all(_act_object(s, acts, anaphora=True) for s in subjects):
        return False
    for attr in (c for c in pred.children if c.dep_ == "attr" and c.lemma_.lower() in WORK_NOUNS):
        for of in (c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(o.dep_ == "pobj" and (_names_party(o) or o.lemma_.lower() in titles.NOMINAL_ORG)
                   for o in of.children):
                return True
    return False


def _doers_tied(pred: Token, acts: frozenset[int]) -> bool:
    """"The network and the gunmen have ties to a pro-government militia", "they are tied to groups
    backing the government": the doers of an act tied to a party or group -- who is behind the act, told as a tie
    (not negated: "has no links to the bombers" is a denial)."""
    if is_negated(pred):
        return False
    lemma = pred.lemma_.lower()
    if lemma in TIE_NOUNS and pred.tag_ == "VBN":  # "are linked to", "were tied to"
        tie: Token | None = pred
        subjects = [c for c in pred.children if c.dep_ in ("nsubjpass", "nsubj")]
    elif lemma == "have":
        tie = next((c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in TIE_NOUNS
                    and not _no_det(c)), None)
        subjects = [c for c in pred.children if c.dep_ == "nsubj"]
    else:
        return False
    if tie is None or not any(p.dep_ == "prep" and p.lower_ in ("to", "with") and o.dep_ == "pobj"
                              and _party_or_doers(o) for p in tie.children for o in p.children):
        return False
    return any(_the_doers(s, acts) for s in subjects)


def _the_doers(noun: Token, acts: frozenset[int]) -> bool:
    """Does a subject name the doers of an act: "the assailants", "the men and the network who carried out
    these bombings", or "they" right after an act is told (in its sentence or the one before)?"""
    for t in (noun, *(c for c in noun.children if c.dep_ == "conj")):
        if doer_noun(t) or any(c.dep_ == "relcl" and _did_it(c, acts) for c in t.children):
            return True
        if t.lower_ == "they":
            sent = t.sent
            lo = t.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            if any(lo <= i < sent.end for i in acts) or any(doer_noun(w) for w in t.doc[lo:t.i]):
                return True
    return False


#: entity types of a party that can be named as the doer of an act
_PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: mention labels of such a party
PARTY_LABELS = _PARTY_TYPES
#: verbs of harm an act is the cause of ("killed in an airstrike", "died in the shelling", "was destroyed by")
HARM_VERBS = words("kill die injure wound hurt destroy damage flatten level raze")


def _harm_by_named_act(pred: Token, acts: frozenset[int], named_acts: frozenset[int]) -> bool:
    """The predicate is an act whose doer the events component named ("Norvik's shelling killed five": the
    act as subject of harm), or harm caused by one ("X was killed in a Norvik airstrike", "died in a
    Velmoran drone strike"): the content says who did it, though no verb has the doer as subject."""
    if pred.i in named_acts:
        return True
    if not (pred.i in acts or pred.lemma_.lower() in HARM_VERBS):
        return False
    for child in pred.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i in named_acts:
            return True
        if child.dep_ in ("prep", "agent") and any(o.dep_ == "pobj" and o.i in named_acts for o in child.children):
            return True
    return False


def _named_doer_acts(pred: Token, acts: frozenset[int]) -> bool:
    """The predicate is itself an act with a named party as its doer: "X shelled the town", "Y's forces
    blew up the dam", "the dam was blown up by X". A statement saying so ("Z said X shelled the town") is
    about who did the act, like "Z accused X of shelling the town", so the other side's denial and rival
    account have something to answer. A pronoun or a bare noun ("it fired", "gunmen killed five") names
    no party: who "it" is decides nothing here.
    """
    if pred.i not in acts or pred.pos_ != "VERB":
        return False
    # an active act needs its object: a headline's "Leader X assassinated" is a passive without its
    # auxiliary, and its subject is the victim
    has_object = any(c.dep_ == "dobj" for c in pred.children)
    doers = [c for c in pred.children if c.dep_ == "nsubj"] if has_object else []
    doers += [o for a in pred.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return any(_names_party(d) for d in doers)


def _names_party(noun: Token) -> bool:
    """Does a noun phrase name a party by its head and the words before it ("the Norland army", "Estmark's
    forces"), not by a clause after it ("troops, who came from Norland")?"""
    if noun.lower_ in SELF_PRONOUNS and not noun.text.isupper():  # ("US", the country, is no "us")
        return False
    start = after_dateline(noun.sent)
    return any(t.ent_type_ in _PARTY_TYPES for t in noun.subtree if start <= t.i <= noun.i)


#: dashes that close a dateline
_DASHES = frozenset("-–—")


def after_dateline(sent: Span) -> int:
    """The first token after a dateline opening the sentence ("Tarsk, Velmora - A violent storm ..."):
    a few proper names and commas closed by a dash; the sentence start when there is none. A dateline names
    where the report was filed, and the parser may make it the subject of the story's first verb."""
    for t in sent[:7]:
        if t.text in _DASHES and t.i > sent.start:
            return t.i + 1
        if not (t.pos_ == "PROPN" or t.text == "," or t.ent_type_ in ("GPE", "LOC", "ORG")):
            break
    return sent.start


def _no_part(pred: Token, acts: frozenset[int]) -> bool:
    """"had no role in it", "has nothing to do with the attack", "was not involved in any way"."""
    lemma = pred.lemma_.lower()
    if lemma in ("have", "get"):  # "has (got) nothing to do with", "had no role in"
        for obj in (c for c in pred.children if c.dep_ == "dobj"):
            if obj.lower_ == "nothing" and any(c.lemma_ == "do" for c in obj.children):
                return _about_act(obj, acts, deep=True, doers=True)
            if obj.lemma_.lower() in INVOLVEMENT_NOUNS and (_no_det(obj) or is_negated(pred)):
                # a tie to the doers is denied ("no links to the bombers"); a role in a group is membership
                return _about_act(obj, acts, doers=obj.lemma_.lower() in TIE_NOUNS)
    if lemma == "involve" and is_negated(pred):
        return _about_act(pred, acts)
    if lemma == "be" and is_negated(pred):  # "we are not in any way involved in that incident"
        involved = [t for c in pred.children if c.dep_ in ("prep", "acomp") for t in c.subtree
                    if t.lemma_.lower() == "involve" and t.pos_ == "VERB"]
        return any(_about_act(t, acts) for t in involved)
    return False


def _none_involved(pred: Token, acts: frozenset[int]) -> bool:
    """The content's own predicate says no one had a part: "there was no Norlandi involvement whatsoever",
    "there is no link to Norland" (not in a clause coordinated with another party's responsibility: "the
    Front bears sole responsibility and there was no Norlandi involvement" says who did it)."""
    if pred.lemma_.lower() != "be":
        return False
    parts = [c for c in pred.children if c.dep_ in ("attr", "nsubj")]
    return any(_no_det(p) and ((p.lemma_.lower() in INVOLVEMENT_NOUNS and (_about_act(p, acts) or _to_party(p)))
                               or (_party_act(p, acts) and _party_before(p))) for p in parts)


def _party_before(noun: Token) -> bool:
    """A party named right before a noun, as its modifier ("Norlandi fire", "NDF munitions", "the army's strike"):
    a name the tagger typed as a party, or a proper noun it left untyped."""
    return any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < noun.i
               and (c.ent_type_ in _PARTY_TYPES or c.pos_ == "PROPN") for c in noun.children)


def _party_act(noun: Token, acts: frozenset[int]) -> bool:
    """An attack or the weapon or fire of one ("no Norlandi fire that hit the ward", "no Norlandi munitions
    targeting the area", "no Norlandi strike"): with a party named before it, the party's act."""
    kind = TRIGGERS.get(noun.lemma_.lower())
    return noun.i in acts or noun.lemma_.lower() in CULPRIT_MEANS or (kind is not None and kind.type in ACT_TYPES)


def _to_party(part: Token) -> bool:
    """"no link to Norland", "no connection with the Front": the part is denied of a named party."""
    return any(o.dep_ == "pobj" and _names_party(o) for p in part.children if p.dep_ == "prep" for o in p.children)


def _about_act(head: Token, acts: frozenset[int], deep: bool = False, doers: bool = False) -> bool:
    """The act a part is denied in: an act, a word for one, or none named ("had no role"); with ``doers``
    also those who did one, by name or by their deed ("has no links to the bombers", "had nothing to do with
    the Front")."""
    preps = [c for c in (head.subtree if deep else head.children) if c.dep_ == "prep"]
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return not objs or any(_act_object(o, acts, anaphora=True) or (doers and _party_or_doers(o)) for o in objs)


def _party_or_doers(noun: Token) -> bool:
    """A party named by its head ("the Front", "Norland"; not "Norland's economy"), a group noun ("the group",
    "militants") or the doers of an act ("the bombers")."""
    return noun.ent_type_ in _PARTY_TYPES or noun.lemma_.lower() in titles.NOMINAL_ORG or doer_noun(noun)


def doer_noun(noun: Token) -> bool:
    """A noun naming people by an act they did: "the bombers", "an attacker", "kidnappers" (the agent noun of an
    act's verb: its "-er" form, a doubled last consonant undone), "the perpetrators", "the culprit"."""
    lemma = noun.lemma_.lower()
    if lemma in titles.AUTHOR_NOUNS or lemma in DOER_NOUNS or noun.lower_ in DOER_NOUNS:
        return True
    if noun.pos_ != "NOUN" or not lemma.endswith("er") or len(lemma) < 5:
        return False
    stem = lemma[:-2]
    stems = (stem, stem[:-1]) if len(stem) > 3 and stem[-1] == stem[-2] else (stem,)
    return any(TRIGGERS[s].type in ACT_TYPES for s in stems if s in TRIGGERS)


#: capitalized words of a speaker's phrase that are not its name
_NOT_NAME = words("the a an")


#: predicates that lay the blame rather than tell the act ("was responsible for", "was behind", "was to blame for",
#: "bears responsibility for"): said of another party, an accusation; "troops shelled the dam" reports the act
_BLAME_LEMMAS = frozenset(("be", "bear"))


def _done_by_party(pred: Token, acts: frozenset[int]) -> bool:
    """"the dam was blown up by Norland's soldiers", "the convoy was attacked by the Tavro Front": an act told in
    the passive with a named party as its agent. Writing the doer into a by-phrase puts the act on that party:
    the statement accuses it, as "X said Y was behind the attack" does (an active "Y shelled the town" may be
    a report of the fighting; the passive's agent is chosen to say who did it)."""
    if pred.i not in acts or pred.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in pred.children):
        return False
    return any(_names_party(o) for a in pred.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")


def _named_doer(pred: Token) -> bool:
    """The doer of the act (the passive's agent, else the subject) is a named party: a name, a state or a people
    ("the Tavro Front was behind the attack", "the Varnian state and its allies were responsible"), not "three
    gunmen" (no party blamed) nor a pronoun."""
    doers = [o for a in pred.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    doers = doers or [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for d in doers
               for t in d.subtree if t.dep_ != "poss")


def _doer_is_speaker(pred: Token, speaker: str) -> bool:
    """The doer of the act (the passive's agent, else the subject) is named by the speaker's own name: each
    capitalized word of it is a word of the speaker's name, or it is the name's initials ("the attack was
    carried out by four TF fighters", the Tavro Front said; not "by Tavro Jihad fighters")."""
    name = [w for w in re.findall(r"[A-Z][\w-]*", speaker) if w.lower() not in _NOT_NAME]
    if not name:
        return False
    initials = "".join(w[0] for w in name) if len(name) >= 2 else None
    lowered = {w.lower() for w in name}
    doers = [o for a in pred.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    doers = doers or [c for c in pred.children if c.dep_ == "nsubj"]
    for d in doers:
        run = [t for t in d.subtree if t.i <= d.i and t.text[:1].isupper() and t.lower_ not in _NOT_NAME]
        if run and (all(t.lower_ in lowered for t in run) or (initials and [t.text for t in run] == [initials])):
            return True
    return False


def _own_act(pred: Token, acts: frozenset[int]) -> bool:
    """"Its artillery shelled the convoy", "we shelled their positions": the predicate is an act, with its object,
    done by the speaker speaking of itself (an admission or a claim of its own act, not a denial: not negated)."""
    if pred.i not in acts or pred.pos_ != "VERB" or is_negated(pred) or pred.lemma_.lower() in CUSTODY_VERBS:
        return False
    if not any(c.dep_ == "dobj" for c in pred.children):
        return False
    subjects = [c for c in pred.children if c.dep_ == "nsubj"]
    return bool(subjects) and _self_subject(pred)


def _self_subject(pred: Token) -> bool:
    """The subject is the speaker speaking of itself: "it", "we", "its fighters", "two of its bombers", or
    none in an infinitive content ("claimed to have ...")."""
    subjects = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [o for a in pred.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not subjects and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        return True  # "claimed to have carried out the attack": the infinitive's subject is the speaker
    for s in subjects:
        if s.lower_ in SELF_PRONOUNS and not s.text.isupper():  # (not "US", the country, for "us")
            return True
        # "the Ostrian state and its allies were responsible": a possessive inside a later conjunct is the first
        # conjunct's ("its" is the state's), not the speaker's ("its fighters and allies" is owned at the head)
        joined = {t.i for c in s.children if c.dep_ == "conj" for t in c.subtree}
        if any(t.dep_ == "poss" and t.lower_ in SELF_PRONOUNS and t.i not in joined for t in s.subtree):
            return True
    return False
