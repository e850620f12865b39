"""Contents that reject what someone else said, whatever their cue.

A rebuttal rarely uses a denial verb as its cue: "“We reject the statement of the
prime minister,” the ministry said", "the allegations are absurd, the ministry said",
"the version that ... does not withstand any criticism, he said". Read off the parse of
the content (and, for a bare predicate, of the clause it completes):

- **rejection in the first person**: the content's predicate is a verb of rejecting
  ("reject", "dismiss", "refute") whose subject is the speaker speaking ("we", "I"), or, in the
  present tense, a named party rejecting allegations (a statement's headline line);
- **an allegation found unsound**: the subject is an allegation noun ("the allegations",
  "this version", "such claims") and the predicate dismisses it (an adjective like
  "absurd", "baseless", "false") or is a negated "be true / hold / withstand"; or what was
  said is called so ("calling them “absurd”");
- **no evidence of it**: "there is no indication that X was involved", "we have not seen
  any evidence that ..." (a claim about involvement, negated).
- **the speaker's own act, negated**: "it never released the figures", "we have received
  no information" (past tense, the speaker as subject; not "we will not retaliate").
- **innocence declared**: "I am innocent", "we are not guilty", "my client is innocent" (the speaker
  itself or a lawyer's client; not "the victims were innocent").
- **told out of context**: "the evidence was taken out of context", "my remarks were quoted out of
  context": what is held against someone, said to be misread (not negated).

Every word list is general English; nothing names a group, place or story.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from storyline.analyze.claims.cues import NOT_ONLY, words
from storyline.lexicons import pronouns

#: verbs of rejecting what was said
REJECT_VERBS = words("reject dismiss refute rebut repudiate deny disown")
#: verbs of refusing: a rejection only with an allegation as object ("we refuse these allegations")
REFUSE = words("refuse")
#: adjectives (and nouns) that call what was said untrue
DISMISSIVE = words("absurd baseless unfounded false untrue incorrect groundless ridiculous preposterous fabricated "
                   "fake misleading nonsense unsubstantiated lie lies fiction fabrication slander propaganda untenable "
                   "inaccurate rumor rumour rumors rumours")
#: nouns of taking part: "no role in", "any involvement in", "no link with", "no hand in"
INVOLVEMENT_NOUNS = words("involvement role hand part link links linkage connection connections responsibility "
                          "complicity participation tie ties")
#: nouns naming what someone said against someone
ALLEGATION_NOUNS = words("allegation accusation claim version assertion charge suggestion insinuation "
                         "speculation rumour rumor narrative statement")
#: nouns of what someone supposes or puts forward: called fiction or absurd, it is rejected ("called such a scenario
#: “political fiction”", "termed the idea absurd")
SUPPOSITION_NOUNS = words("scenario idea notion theory hypothesis prospect speculation")
#: nouns of a published account: called false, it is rejected ("Hersh's report is complete fiction")
REPORT_NOUNS = words("report post story article blog")
#: subjects that point at what was said ("it", "all of them", "this"): called a lie, it is rejected
POINTING = words("it this that these those they all")
#: predicates that, negated, say an allegation is unsound ("is not true", "does not hold water")
SOUND_VERBS = words("be withstand hold stand have correspond reflect")
#: nouns of evidence: "no indication that ...", "no evidence of ..."
EVIDENCE_NOUNS = words("indication evidence sign proof information reason")
#: the speaker speaking of itself
FIRST_PERSON = words("i we")
SELF_SUBJECTS = words("i we it")
#: verbs of knowing, wanting and having: "we did not know", "we have no loss of life" report a state, not a denied act
STATE_VERBS = words("know see think expect want believe hear feel wish hope sleep need like have")
#: verbs that name what something is ("called them absurd", "termed it baseless")
CALLING_VERBS = words("call term describe dub label brand deem")
_CLAUSE_DEPS = frozenset({"ccomp", "conj", "parataxis", "xcomp"})


def rejects(root: Token, span_start: int, span_end: int, wide: bool = True) -> bool:
    """Does the content whose main predicate is ``root`` reject an allegation (see the module doc)?

    ``wide=False`` leaves out the forms common in any political quote ("we don't <act> X", "it's a lie",
    a bare "is false"): used to decide whether a quotation is cut into claims by polarity, so a quote whose
    first sentence rejects stays one attribution."""
    if _dismissed_predicate(root, span_start, span_end, wide):
        return True
    if wide and any(clause_called_untrue(p) for p in clause_heads(root)):
        return True
    # a declaration of innocence is no form common in other quotes: it rejects the charges in a quotation's
    # sentence of its own too ("My arrest is outrageous. ... I am innocent of the charges against me.")
    return any(_first_person_rejection(p) or _unsound_allegation(p, wide) or _own_act_negated(p, wide)
               or _declared_innocent(p) or _out_of_context(p) or (wide and _scorned_allegation(p))
               for p in clause_heads(root))


def _out_of_context(pred: Token) -> bool:
    """"the evidence was taken out of context", "his words had been quoted out of context": what is held against
    someone is said to be misread, a rejection whoever says it; not negated ("it was not taken out of context")."""
    doc = pred.doc
    for c in pred.children:
        if c.lower_ == "out" and c.i + 2 < len(doc) and doc[c.i + 1].lower_ == "of" \
                and doc[c.i + 2].lemma_.lower() == "context":
            return not negated(pred)
    return False


#: nouns of what someone else said, which an epithet before them scorns ("the absurd comments", "baseless and
#: fabricated allegations")
_SAID_NOUNS = ALLEGATION_NOUNS | words("comment comments remark remarks report reports nonsense")


def _scorned_allegation(pred: Token) -> bool:
    """"We have seen reports on the absurd comments made by the minister", "instead of repeating baseless and
    fabricated allegations against us": what another side said, named with an epithet that says it is untrue, in
    the clause itself (not in one it reports or a relative clause of its own)."""
    for noun in pred.subtree:
        if noun.lemma_.lower() not in _SAID_NOUNS and noun.lower_ not in _SAID_NOUNS:
            continue
        if _in_own_clause(noun, pred):
            continue
        epithets = [c for c in noun.children if c.dep_ == "amod"]
        epithets += [c for e in epithets for c in e.children if c.dep_ == "conj"]
        if any(e.lemma_.lower() in DISMISSIVE or e.lower_ in DISMISSIVE for e in epithets) \
                and not any(c.dep_ == "neg" for e in epithets for c in e.children):
            return True
    return False


_OWN_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "acl"})


def _in_own_clause(token: Token, pred: Token) -> bool:
    """Is ``token`` (in the subtree of ``pred``) inside a clause below ``pred``: a reported, relative or adnominal
    clause headed by a word on its path up to ``pred`` (the path is all of its ancestors within that subtree, so
    one walk up the tree instead of a test of every ancestor against the whole subtree)."""
    head = token
    while head.i != pred.i and head.head.i != head.i:
        head = head.head
        if head.i != pred.i and head.dep_ in _OWN_CLAUSE_DEPS:
            return True
    return False


def clause_heads(root: Token) -> Iterator[Token]:
    """The predicate and the clauses coordinated with it or said by it ("We have seen and reject ...")."""
    yield root
    for c in root.children:
        if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX"):
            yield c


def subject(pred: Token) -> Token | None:
    """The subject of a predicate, shared from the first conjunct ("We have seen and reject")."""
    for _ in range(3):
        subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or pred.dep_ != "conj":
            return subj
        pred = pred.head
    return None


#: a contracted "not" ("don't", "don’t"): with a curly apostrophe the parser may take it for punctuation
CONTRACTED_NOT = frozenset(("n't", "n’t"))


def contracted_not(pred: Token) -> bool:
    """A contracted "not" on the predicate or on its auxiliary ("We don’t attack ...": parsed "do" <- "n’t" as
    punctuation, which no "neg" dependency shows)."""
    return any(t.lower_ in CONTRACTED_NOT for c in pred.children if c.dep_ in ("aux", "auxpass", "neg", "punct")
               for t in (c, *c.children))


def negated(pred: Token) -> bool:
    """"not", "never", or an object with "no" ("received no information")."""
    if contracted_not(pred):
        return True
    for c in pred.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
            return True
        if negated_attribute(pred, c):
            return True
        if c.dep_ in ("dobj", "attr") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def negated_attribute(pred: Token, attribute: Token) -> bool:
    """"were “absolutely not true”", "is not correct": the parser hangs the "not" of a copula on its adjective, which
    negates the predicate as one on the verb does; not "not only" (it adds) nor a negated "un-" word ("is not
    unreasonable": a double negative, an assertion)."""
    if pred.lemma_.lower() != "be" or attribute.dep_ != "acomp" or attribute.lower_.startswith("un"):
        return False
    doc = attribute.doc
    return any(g.dep_ == "neg" and not (g.i + 1 < len(doc) and doc[g.i + 1].lower_ in NOT_ONLY)
               for g in attribute.children)


def _first_person_rejection(pred: Token) -> bool:
    """"We reject the statement", and a named party rejecting allegations: the headline form a statement
    opens with ("Estmark rejects allegations by Valdora"), or a spokesman's report of it ("adding that the
    government had rejected accusations by Valdora that ..."): present or past, an allegation as object."""
    subj = subject(pred)
    lemma = pred.lemma_.lower()
    if lemma not in REJECT_VERBS | REFUSE or subj is None or negated(pred):
        return False
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if lemma in REFUSE:  # "we refuse the allegations" (not "we refuse to negotiate")
        return subj.lower_ in FIRST_PERSON and obj is not None and obj.lemma_.lower() in ALLEGATION_NOUNS
    if subj.lower_ in FIRST_PERSON:
        return True
    # a past tense the tagger reads as a participle ("X “firmly rejected” ...") with its active subject counts
    finite = pred.tag_ in ("VBZ", "VBP", "VBD") or (pred.tag_ == "VBN" and subj.dep_ == "nsubj")
    what = obj.lemma_.lower() if obj is not None else ""
    alleged = what in ALLEGATION_NOUNS or (lemma == "deny" and what in INVOLVEMENT_NOUNS)
    # "TVF unequivocally denies any involvement in ...": a party's statement speaking of itself by name; "the
    # paper said it “vehemently denies” the allegations": the speaker, pointed at by a group's pronoun
    return alleged and (subj.lower_ in pronouns.GROUP or (finite and _a_name(subj))) and not _motive_imputed(pred)


#: conjunctions of a reason clause ("only because ...", "simply since ...")
_REASON_MARKS = words("because since")


def _motive_imputed(pred: Token) -> bool:
    """"officials said the Front denied it only because the raid had turned the valley against it", "denied it only
    to avoid a backlash": a rejection told with a motive the teller gives it (a focus adverb — only, just, merely —
    before a reason or purpose clause) is told of the party, not said for it: no denial of the speaker's."""
    for clause in pred.children:
        if clause.dep_ != "advcl":
            continue
        # the parser hangs the adverb on the clause or, right before it, on the rejecting verb
        focus = [c for c in (*clause.children, *pred.children) if c.dep_ == "advmod" and c.lower_ in NOT_ONLY
                 and ((c.head.i == clause.i and c.i < clause.i) or c.i == clause.left_edge.i - 1)]
        reason = any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in clause.children)
        purpose = clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if focus and (reason or purpose):
            return True
    return False


def _a_name(tok: Token) -> bool:
    """A proper name, also one the tagger took for a common noun (an acronym such as "TVF", a named entity)."""
    return tok.pos_ == "PROPN" or bool(tok.ent_type_) or (len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha)


def _unsound_allegation(pred: Token, wide: bool = True) -> bool:
    """"The allegations are absurd", "the version ... does not withstand any criticism"."""
    subj = subject(pred)
    if subj is None:
        return False
    # the subject phrase opens with the allegation noun, though the parser may hang it on a later noun
    # ("Allegations of X's involvement in ... are absurd": "involvement" made the subject)
    opening = next((t for t in subj.subtree if t.dep_ != "det"), subj)
    # "It's all lies", "All of them are absolute lies": what was said, pointed at, called a lie
    pointed = wide and subj.lower_ in POINTING and _dismissive_attribute(pred)
    if not {subj.lemma_.lower(), opening.lemma_.lower()} & (ALLEGATION_NOUNS | REPORT_NOUNS) and not pointed:
        return False
    if negated(pred) and pred.lemma_.lower() in SOUND_VERBS:
        return True
    # "the allegations ... have been investigated and found to be incorrect and false": what they were found to be
    found = [x for c in pred.children if c.dep_ in ("xcomp", "oprd") for x in (c, *c.children)]
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in DISMISSIVE
               for p in (pred, *found) for c in (*p.children, p) if c.i != pred.i)


#: the accused speaking of itself, or its lawyer of the client ("my client is innocent")
_DEFENDED = words("client clients")


def _defended(subj: Token) -> bool:
    """"my client", "his clients": whom a lawyer speaks for, its owner's word before it (not "a client of the bank")."""
    return subj.lemma_.lower() in _DEFENDED and any(c.dep_ == "poss" for c in subj.children)


def _declared_innocent(pred: Token) -> bool:
    """"I am absolutely innocent", "we are not guilty", "my client is innocent": the accused (or its lawyer)
    denies the charges; so does one who holds to the accused's innocence ("we firmly believe in her innocence",
    "we are confident of his innocence": the noun as what the speaker's predicate is about, not negated). Not
    "the victims were innocent": only the speaker itself or a lawyer's client."""
    subj = subject(pred)
    if subj is None or not (subj.lower_ in FIRST_PERSON or subj.lemma_.lower() in _DEFENDED):
        return False
    if pred.lemma_.lower() != "be" or any(c.dep_ == "prep" for c in pred.children):
        held = [c for c in pred.children if c.dep_ == "dobj"]
        held += [o for p in (*pred.children, *(a for c in pred.children if c.dep_ == "acomp" for a in c.children))
                 if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() == "innocence" for o in held):
            return not negated(pred)
    if pred.lemma_.lower() != "be":
        return False
    for c in pred.children:
        if c.dep_ == "acomp" and c.lower_ == "innocent":
            return not negated(pred)
        if c.dep_ == "acomp" and c.lower_ == "guilty":
            return negated(pred) or any(d.dep_ == "neg" for d in c.children)
    return False


def clause_called_untrue(pred: Token) -> bool:
    """"that US forces struck the camp is false": a that-clause as the subject of a dismissive predicate (a quote
    that opens inside its sentence often reads so; the parser may make the copula a conjunct or an adverbial clause
    of the clause's verb, with no subject of its own, or the clause an adnominal one of the claim noun before the
    quote). Not negated ("that the plan works is not false")."""
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in pred.children)
    noun = pred.head
    if that and pred.dep_ == "acl" and noun.lemma_.lower() in ALLEGATION_NOUNS and noun.dep_ in ("nsubj", "nsubjpass"):
        # "The claim “that US forces struck the camp is false,”": the clause of an allegation called untrue
        return _called_untrue(noun.head)
    if that and any(c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX") and _called_untrue(c)
                    and not any(d.dep_ in ("nsubj", "nsubjpass", "csubj") for d in c.children)
                    for c in pred.children):
        return True
    clause = next((c for c in pred.children if c.dep_ == "csubj"), None)
    return clause is not None and _called_untrue(pred) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _called_untrue(pred: Token) -> bool:
    """A copula calling its subject untrue, not negated ("is false", "was baseless"; not "is not false")."""
    return pred.lemma_.lower() == "be" and _dismissive_attribute(pred) and not negated(pred)


def _dismissive_attribute(pred: Token) -> bool:
    """The predicate calls its subject a lie or untrue ("are absolute lies", "is utterly false")."""
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in DISMISSIVE for c in pred.children)


def _dismissed_predicate(root: Token, span_start: int, span_end: int, wide: bool = True) -> bool:
    """A content that is only the predicate ("absurd and malicious") of an allegation outside it, or
    what someone calls something ("calling them “absurd”", "termed the claims baseless")."""
    if wide and root.lemma_.lower() == "be" and subject(root) is None and span_start <= root.idx < span_end:
        # only the quoted predicate of what was said ("… “is utterly false and complete fiction”"), not negated
        # ("“That the bridge was unsafe is not false,” the mayor said" grants it)
        return _dismissive_attribute(root) and not negated(root)
    if root.lemma_.lower() not in DISMISSIVE:
        return False
    head = root.head
    if span_start <= head.idx < span_end:
        return False
    if root.dep_ in ("oprd", "xcomp", "ccomp") and head.lemma_.lower() in CALLING_VERBS:
        return _called_an_allegation(head)
    if root.dep_ == "dobj" and head.lemma_.lower() in CALLING_VERBS:
        # "called such a scenario “political fiction”": the parser can take what is called so for a modifier of the
        # epithet, which it makes the object
        named = next((c for c in root.children if c.dep_ in ("nmod", "compound") and c.i < root.i
                      and c.pos_ in ("NOUN", "PRON")), None)
        return named is not None and _called_an_allegation(head, named)
    return root.dep_ in ("acomp", "attr") and _unsound_allegation(head)


#: the words of a sentence about an allegation (made once, not per token)
_ALLEGING_OR_REJECTING = ALLEGATION_NOUNS | REJECT_VERBS


def _called_an_allegation(verb: Token, obj: Token | None = None) -> bool:
    """What is called so (``obj``, else the verb's object) is an allegation ("called the claims absurd") or a
    supposition ("the idea"), or "them"/"it" in a sentence about one ("denied the allegations, calling them ...") --
    not a film called absurd."""
    obj = obj if obj is not None else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in ALLEGATION_NOUNS | SUPPOSITION_NOUNS:
        return True
    return obj.pos_ == "PRON" and any(t.lemma_.lower() in _ALLEGING_OR_REJECTING for t in verb.sent)


def _own_act_negated(pred: Token, wide: bool = True) -> bool:
    """"it never released the figures", "we have received no information": past, the speaker, negated; and
    "we don't attack X" (the present of what the speaker does, in the first person, with an object)."""
    # active only: "it was never published" is not its act
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    # a lawyer's "my client" (the claim's "his client") is the accused the lawyer speaks for ("his client had not
    # sought to leave the country")
    if subj is None or not (subj.lower_ in SELF_SUBJECTS or _defended(subj)) or pred.lemma_.lower() in STATE_VERBS:
        return False
    present = pred.tag_ == "VBP" or (pred.tag_ == "VB"
                                     and any(c.dep_ == "aux" and c.tag_ == "VBP" for c in pred.children))
    if wide and present and subj.lower_ in FIRST_PERSON and pred.pos_ == "VERB" and negated(pred) \
            and pred.lemma_.lower() not in REJECT_VERBS | REFUSE:  # "we do not reject the offer" accepts it
        return any(c.dep_ == "dobj" for c in pred.children)
    return pred.tag_ in ("VBD", "VBN") and pred.pos_ == "VERB" and negated(pred)


def no_evidence_of(pred: Token) -> Token | None:
    """"there is no indication that X was involved": the clause (or noun) evidence is denied for."""
    for c in pred.children:
        if c.dep_ not in ("attr", "dobj", "nsubj") or c.lemma_.lower() not in EVIDENCE_NOUNS:
            continue
        if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) or negated(pred):
            return c
    return None
