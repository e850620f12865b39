"""The steps of a criminal case that news tells with ordinary words: a plea, a verdict, bail, a hearing, an appeal.

ACE 2005 / Rich ERE name the steps of a case (Justice: Arrest-Jail, Release-Parole, Trial-Hearing, Charge-Indict,
Sue, Convict, Sentence, Fine, Execute, Extradite, Acquit, Appeal, Pardon). The ontology's triggers hold the words that
name a step alone ("indicted", "convicted", "sentenced", "extradited"); news tells the others with words that are
a step only by what goes with them, and this module reads them:

- **a plea** (JUSTICE/plea): "plead" with a word of guilt or no contest ("has pleaded not guilty", "pleaded guilty to
  two counts", "pleaded no contest"), the noun with one or with a verb of entering ("a guilty plea", "entered a plea
  of not guilty") and a deal whose compound is "plea" ("reached a plea deal"). "Pleaded with the crowd" and "a plea
  for help" (a request) are none.
- **a verdict** (JUSTICE/conviction, JUSTICE/acquittal): "find" with "guilty" ("a jury found him guilty", "was
  found guilty of fraud"; "not guilty" or "innocent": an acquittal), "cleared of" a charge or a crime, and the noun
  "verdict" (JUSTICE/verdict, the sub-type above both: "the jury's verdict"; "a guilty verdict" is a conviction).
- **bail** (JUSTICE/bail when it is granted, set or paid, or someone is let out on it: "was granted bail", "posted
  bail", "released on $250 million bond", "freed on bail"; COERCE/remand when a court keeps someone held by refusing
  it or taking it back: "was denied bail", "the judge revoked his bail", "is being held without bail"). A release on
  parole or probation is JUSTICE/parole. A release "by a court" is the court's step (JUSTICE/bail), not a captor's
  concession.
- **a hearing** (JUSTICE/trial, ACE Trial-Hearing): the noun with a court's modifier ("a bail hearing", "the
  extradition hearing") or, in a text that names a court, any hearing but a legislature's or an office's ("a
  congressional hearing", "the confirmation hearing"; a hearing "into" a matter is an inquiry, INVESTIGATE, as "an
  inquiry into" is); a court hearing a case ("the supreme court will hear the
  appeal"); "jury selection"; "stood trial", "went on trial" (the weak noun "trial" with nothing else pointing at it).
- **testimony** (JUSTICE/testimony): "testify" and "testimony" in a sentence of a courtroom ("testified at his
  trial", "told the jury in testimony"); testimony before a legislature stays no event.
- **an appeal** (JUSTICE/appeal): "appeal" whose object or "against" is a court's decision ("appealed the verdict",
  "an appeal against his conviction"), or "to" a court ("appealed to the supreme court"), and the noun with a verb of
  filing or judging in a sentence that names a court ("the court rejected his appeal", "filed an appeal"). "Appealed
  for calm" stays a request.
- **a sentence** (JUSTICE/sentence) told by its prison term: "was jailed for 25 years", "imprisoned for life"; a
  sentence commuted is a pardon ("commuted his sentence").
- **a fine** (JUSTICE/fine) as a noun a party is made to pay ("ordered to pay a $5 million fine", "imposed a fine").
- **an execution** (JUSTICE/execution, ACE Justice.Execute): "execute" and "execution" in a sentence of a sentence
  carried out ("was executed by lethal injection", "the inmate was executed", "on death row"); without one,
  "gunmen executed two hostages" stays a killing (ASSAULT).

:func:`legal_kind` answers ``None`` for a word it does not judge (the caller goes on with its other readings).
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.ontology import EventKind
from storyline.lexicons import courts

PLEA = "plea"
#: words that make a plea or a verdict one of innocence ("not guilty"): modality.NEGATORS without "no", which
#: is a plea of its own ("no contest")
NEG = frozenset({"not", "never", "n't"})
#: the words a plea or a verdict pronounces ("guilty", "innocent", "no contest")
PLEADED = courts.GUILT | courts.NO_CONTEST
#: verbs of a fine imposed or paid ("imposed a fine", "ordered to pay a fine")
FINING_VERBS = frozenset({"pay", "impose", "levy", "issue", "face"})


def _kind(subtype: str, tok: Token, type_: str = "JUSTICE") -> EventKind:
    return EventKind(type_, subtype, "verb" if tok.pos_ == "VERB" else "noun")


def _deps(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """The objects of the token's prepositions of these words ("on bail", "against his conviction")."""
    return [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps for g in c.children
            if g.dep_ == "pobj"]


def _words(toks: list[Token]) -> set[str]:
    return {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}


def _guilt(tok: Token) -> Token | None:
    """The word of guilt among the token's complements ("pleaded not guilty", "found him guilty")."""
    for c in tok.children:
        if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "dobj", "advmod", "amod", "npadvmod", "attr") and \
                c.lower_ in PLEADED:
            return c
        if c.dep_ in ("ccomp", "xcomp", "oprd") and any(g.lower_ in courts.GUILT for g in c.children
                                                         if g.dep_ in ("acomp", "attr", "oprd")):
            return next(g for g in c.children if g.lower_ in courts.GUILT)
    return None


def _innocent(guilt: Token, tok: Token) -> bool:
    """Is the word of guilt one of innocence ("not guilty", "innocent", "was not found guilty")?"""
    return guilt.lower_ in courts.INNOCENCE or any(c.dep_ == "neg" or c.lower_ in NEG for c in guilt.children) or \
        any(c.dep_ == "neg" for c in tok.children)


def _plea(tok: Token) -> EventKind | None:
    lemma = tok.lemma_.lower()
    if lemma == "plead" and tok.pos_ == "VERB":
        return _kind(PLEA, tok) if _guilt(tok) is not None else None
    if lemma == "plea" and tok.pos_ == "NOUN":
        if _guilt(tok) is not None or any(g.lower_ in PLEADED for g in _pobjs(tok, {"of"})):
            return _kind(PLEA, tok)  # "a guilty plea", "a plea of not guilty"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in courts.PLEA_VERBS and not _pobjs(tok, {"for"}):
            return _kind(PLEA, tok)  # "entered a plea", "changed his plea"
    if tok.pos_ == "NOUN" and lemma in courts.PLEA_DEALS and any(c.dep_ == "compound" and c.lower_ == PLEA
                                                                for c in tok.children):
        return _kind(PLEA, tok)  # "reached a plea deal": the plea agreed with prosecutors
    return None


def _verdict(tok: Token) -> EventKind | None:
    lemma = tok.lemma_.lower()
    if lemma == "find" and tok.pos_ == "VERB" and (guilt := _guilt(tok)) is not None and \
            guilt.lower_ not in courts.NO_CONTEST:
        return _kind("acquittal" if _innocent(guilt, tok) else "conviction", tok)
    if lemma == "clear" and tok.pos_ == "VERB" and _words(_pobjs(tok, {"of"})) & courts.CLEARED_OF:
        return _kind("acquittal", tok)  # "was cleared of all charges"
    if lemma == "verdict" and tok.pos_ == "NOUN" and not (tok.dep_ in ("compound", "amod")
                                                          and tok.head.pos_ in ("NOUN", "PROPN")):
        guilt = _guilt(tok)
        if guilt is None:
            return _kind("verdict", tok)
        return _kind("acquittal" if _innocent(guilt, tok) else "conviction", tok)  # "a guilty verdict"
    return None


def _bail(tok: Token) -> EventKind | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    told = [c for c in tok.children if c.lemma_.lower() == "bail" and (
        c.dep_ in ("dobj", "nsubjpass", "dative") or (c.dep_ == "nsubj" and tok.tag_ == "VBN"))]  # "BAIL DENIED"
    if told and lemma in courts.BAIL_REFUSING:
        return _kind("remand", tok, "COERCE")  # "was denied bail", "revoked his bail": a court keeps him held
    if told and lemma in courts.BAIL_GRANTING:
        return _kind("bail", tok)  # "was granted bail", "posted bail", "set bail at $5,000"
    if lemma in ("hold", "keep", "jail", "detain", "remand") and "bail" in _words(_pobjs(tok, {"without"})):
        return _kind("remand", tok, "COERCE")  # "is being held without bail"
    if lemma in courts.RELEASING:
        on = _words([t for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree])
        # (the phrase's words, not only its object: "freed on bail pending trial" is parsed with "trial" the object)
        if on & courts.PAROLE:
            return _kind("parole", tok)  # "released on parole"
        if on & courts.BAIL:
            return _kind("bail", tok)  # "released on $250 million bond", "freed on bail"
        if lemma in ("release", "free") and any(h.lower_ in courts.COURT_HEADS or h.lemma_.lower() in
                                                courts.COURT_HEADS for h in _pobjs(tok, {"by"})):
            return _kind("bail", tok)  # "was released from custody by a Velmora court": the court's step
    return None


def _court_named(tok: Token) -> bool:
    return any(t.lower_ in courts.COURT_HEADS for t in tok.doc)


def _hearing(tok: Token) -> EventKind | None:
    lemma = tok.lemma_.lower()
    if lemma == "hearing" and tok.pos_ == "NOUN":
        if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            return None  # "hearing loss", "the hearing room"
        if _pobjs(tok, {"into"}) or (tok.dep_ == "dobj" and _pobjs(tok.head, {"into"})):
            return EventKind("INVESTIGATE", None, "noun")  # "a hearing into the collapse", "opened a hearing into
            # the legality of ...": what "into" names is examined, as in "an inquiry into" (CAMEO 09), no one tried
        mods = _words([c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")])
        if mods & courts.OTHER_HEARINGS:
            return None  # "a congressional hearing", "her confirmation hearing": no court's
        if mods & (courts.COURT_HEARINGS | courts.COURT_HEADS) or _court_named(tok):
            return _kind("trial", tok)
        return None
    if lemma == "hear" and tok.pos_ == "VERB" and _words(_deps(tok, ("dobj", "nsubjpass"))) & courts.HEARD and \
            any(s.lower_ in courts.COURT_HEADS or s.lemma_.lower() in courts.COURT_HEADS
                for s in _deps(tok, ("nsubj",))):
        return _kind("trial", tok)  # "the supreme court will hear the case"
    if lemma == "selection" and tok.pos_ == "NOUN" and any(c.lower_ == "jury" for c in tok.children):
        return _kind("trial", tok)  # "jury selection began on Tuesday": the trial's first day
    if lemma in ("deliberation", "deliberate") and any(t.lower_ in ("jury", "jurors", "juror") for t in tok.sent):
        return _kind("trial", tok)  # "the jury began deliberations", "jurors deliberated for four hours"
    if lemma == "suit" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in courts.APPEAL_FILING:
        return _kind("lawsuit", tok)  # "filed suit against the city" (a suit one wears is not filed)
    if lemma == "trial" and tok.pos_ == "NOUN" and (
            (tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("stand", "face", "await")) or
            (tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in ("go", "be", "put"))):
        return _kind("trial", tok)  # "stood trial in May", "went on trial": the weak noun with its verb
    return None


def _testimony(tok: Token) -> EventKind | None:
    if tok.lemma_.lower() not in ("testify", "testimony"):
        return None
    if any(t.lower_ in courts.COURTROOM or t.lemma_.lower() in courts.COURTROOM for t in tok.sent if t.i != tok.i):
        return _kind("testimony", tok)
    return None


def _appeal(tok: Token) -> EventKind | None:
    if tok.lemma_.lower() != "appeal" or tok.pos_ not in ("VERB", "NOUN"):
        return None
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return None  # "an appeals court", "the appeal hearing"
    if _pobjs(tok, {"for"}):
        return None  # "appealed for calm": a request
    objects = _words(_deps(tok, ("dobj",)) + _pobjs(tok, {"against", "of", "over"}))
    if objects & courts.APPEALED:
        return _kind("appeal", tok)  # "appealed the verdict", "an appeal against his conviction"
    if any(h.lower_ in courts.COURT_HEADS or any(c.lower_ in courts.COURT_HEADS for c in h.children)
           for h in _pobjs(tok, {"to", "in", "before"})):
        return _kind("appeal", tok)  # "appealed to the supreme court"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in courts.APPEAL_FILING:
        return _kind("appeal", tok)  # "his lawyers filed an appeal": one files an appeal with a court
    if tok.pos_ == "NOUN" and tok.head.lemma_.lower() in courts.APPEAL_VERBS and \
            any(t.lower_ in courts.COURTROOM for t in tok.sent):
        return _kind("appeal", tok)  # "the court rejected his appeal", "his lawyers filed an appeal with the court"
    return None


def _prison_term(tok: Token) -> EventKind | None:
    lemma = tok.lemma_.lower()
    if lemma in courts.JAILING and tok.pos_ == "VERB" and \
            any(p.lemma_.lower() in courts.TERMS for p in _pobjs(tok, {"for"})):
        return _kind("sentence", tok)  # "was jailed for 25 years": the sentence told by its term
    if lemma == "commute" and tok.pos_ == "VERB" and "sentence" in _words(_deps(tok, ("dobj", "nsubjpass"))):
        return _kind("pardon", tok)  # "the governor commuted his sentence"
    if lemma == "fine" and tok.pos_ == "NOUN" and (
            (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in FINING_VERBS)
            or any(c.ent_type_ == "MONEY" or c.lower_ == "$" for c in tok.subtree if c.i < tok.i)):
        return _kind("fine", tok)  # "ordered to pay a $5 million fine", "imposed a fine"
    return None


def _execution(tok: Token) -> EventKind | None:
    """"was executed by lethal injection", "the execution of a death-row inmate": a sentence of death carried out
    (ACE Justice.Execute); militants who "executed" hostages kill them (the ontology's ASSAULT/killing)."""
    if tok.lemma_.lower() not in ("execute", "execution") or tok.pos_ not in ("VERB", "NOUN"):
        return None
    words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if words & courts.EXECUTION_CUES or ("death" in words and "row" in words):
        return _kind("execution", tok)
    return None


def legal_kind(tok: Token) -> EventKind | None:
    """The step of a case the token tells (see the module's docstring), or None when it tells none here."""
    for reading in (_plea, _verdict, _bail, _hearing, _testimony, _appeal, _prison_term, _execution):
        kind = reading(tok)
        if kind is not None:
            return kind
    return None
