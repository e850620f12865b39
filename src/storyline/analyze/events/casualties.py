"""Casualty figures with their qualifiers, ACLED-style.

"more than 100" -> min 100; "over 100" -> min 100; "at least 12" -> min 12;
"dozens" -> 12; "scores" -> 20; "hundreds" -> 100; "10 to 12" -> min 10, max 12;
"two soldiers" -> 2 with group "soldiers"; "nearly 50" -> max 50 (min unknown).

The count is found from the casualty cue (killed, dead, deaths, lost their
lives, injured, wounded, abducted, ...) first along the parse (passive subject,
object, "deaths of N", "N dead") and, because the small parser often attaches
appositions and relative clauses oddly, then as the nearest count phrase on
the side of the cue where the victims are usually named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from storyline.lexicons import numbers as lexicon_numbers
from storyline.model import Quantity

#: cue lemma -> casualty kind
CUES = {
    "kill": "fatalities", "die": "fatalities", "dead": "fatalities", "death": "fatalities",
    "fatality": "fatalities", "casualty": "fatalities", "toll": "fatalities", "behead": "fatalities",
    "injure": "injured", "wound": "injured", "hurt": "injured", "injury": "injured", "injured": "injured",
    "wounded": "injured",
    "abduct": "abducted", "kidnap": "abducted", "abduction": "abducted", "seize": "abducted",
}

#: counts as words (no "zero": nobody is reported killed in words that way); "a dozen" as one phrase
NUMBER_WORDS = {**{w: n for w, n in lexicon_numbers.NUMBER_WORDS.items() if n}, "a dozen": 12}
#: vague plural quantities (ACLED conventions); value is the minimum they imply
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 3, "many": 10,
         "numerous": 10, "some": 2, "few": 2}
#: qualifiers: text -> (which bound the number gives, label)
AT_LEAST = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "above")
AT_MOST = ("nearly", "almost", "up to", "less than", "fewer than", "under", "as many as")
ABOUT = ("about", "around", "approximately", "some", "roughly", "an estimated", "estimated")
GENERIC_VICTIMS = frozenset({"people", "person", "persons", "individual", "individuals", "other", "others",
                             "one", "ones"})
NON_COUNT_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})


@dataclass(frozen=True)
class Count:
    """A count phrase in a sentence: token range, the bounds, its qualifier and victim group."""

    start: int  # first token index (doc)
    end: int  # one past the last token
    min: int | None
    max: int | None
    qualifier: str | None
    group: str | None
    text: str

    def quantity(self) -> Quantity:
        return Quantity(min=self.min, max=self.max, text=self.text, qualifier=self.qualifier, group=self.group)


def _number(tok: Token) -> int | None:
    """Integer value of a number token ("100", "1,200", "four")."""
    t = tok.text.lower().replace(",", "")
    if re.fullmatch(r"\d+", t):
        return int(t)
    return NUMBER_WORDS.get(t)


def _qualifier(sent: SpacySpan, i: int) -> tuple[str | None, int]:
    """The qualifier words right before token ``i`` and the index where the phrase starts."""
    doc = sent.doc
    for n in (3, 2, 1):
        lo = i - n
        if lo < sent.start:
            continue
        words = " ".join(t.text.lower() for t in doc[lo:i])
        for q in AT_LEAST + AT_MOST + ABOUT:
            if words == q:
                return q, lo
    return None, i


def _group(sent: SpacySpan, j: int) -> tuple[str | None, int]:
    """The victim group after a count ("four paramilitary personnel", "dozens of soldiers")."""
    doc = sent.doc
    k = j
    if k < sent.end and doc[k].lower_ == "of":
        k += 1
    mods = []
    while k < sent.end and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].ent_type_ not in NON_COUNT_ENTS:
        mods.append(doc[k])
        nxt = doc[k + 1] if k + 1 < sent.end else None
        if doc[k].pos_ == "NOUN" and (nxt is None or nxt.pos_ != "NOUN") and (
                doc[k].tag_ in ("NNS", "NNPS") or doc[k].lemma_ in ("personnel", "police")):
            break
        k += 1
    nouns = [t for t in mods if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None, j
    head = nouns[-1]
    if head.lower_ in GENERIC_VICTIMS:
        return None, head.i + 1
    return " ".join(t.lower_ for t in mods[: mods.index(head) + 1]), head.i + 1


def count_phrases(sent: SpacySpan) -> list[Count]:
    """Every count phrase of a sentence, left to right."""
    doc, out, i = sent.doc, [], sent.start
    while i < sent.end:
        tok = doc[i]
        value = _number(tok) if tok.ent_type_ not in NON_COUNT_ENTS else None
        vague = VAGUE.get(tok.lower_) if tok.ent_type_ not in NON_COUNT_ENTS else None
        if (value is None and vague is None) or (value is not None and 1800 <= value <= 2100 and tok.is_digit):
            i += 1
            continue
        qual, start = _qualifier(sent, i)
        lo: int | None = value if value is not None else vague
        hi: int | None = value
        j = i + 1
        # ranges: "10 to 12", "10-12", "between 10 and 12"
        if j + 1 < sent.end and doc[j].lower_ in ("to", "-", "and", "or") and _number(doc[j + 1]) is not None:
            hi = _number(doc[j + 1])
            qual = qual or "range"
            j += 2
        if vague is not None:
            qual, hi = tok.lower_, None
        elif qual in AT_LEAST:
            hi = None
        elif qual in AT_MOST:
            lo = None
        group, end = _group(sent, j)
        out.append(Count(start, max(end, j), lo, hi, qual, group, doc[start:max(end, j)].text))
        i = max(end, j)
    return out


def cue_kind(tok: Token) -> str | None:
    """Casualty kind of a cue token ("lost their lives" counts as a death)."""
    if tok.lemma_.lower() == "lose" and any(c.lemma_.lower() in ("life", "live") for c in tok.children):
        return "fatalities"
    return CUES.get(tok.lemma_.lower()) or CUES.get(tok.lower_)


def _linked(tok: Token) -> list[Token]:
    """Tokens the parse links to a cue as its victims, nearest role first."""
    deps = ("nsubjpass", "dobj", "nsubj", "nummod", "npadvmod", "attr")
    out = [c for c in tok.children if c.dep_ in deps]
    out += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]
    if tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        out.append(tok.head)  # "10 dead", "soldiers killed"
    if tok.lemma_.lower() == "toll":
        out += [g for c in tok.head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return out


def _prefers_left(tok: Token) -> bool:
    """Where the victims usually stand: before passives/intransitives, after actives and nouns."""
    if tok.pos_ == "VERB":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.tag_ == "VBN"
        return passive or tok.lemma_.lower() in ("die", "lose")
    return tok.pos_ == "ADJ"


def casualty_at(tok: Token, counts: list[Count]) -> tuple[str, Quantity] | None:
    """The casualty figure a cue token reports, or None when no count goes with it."""
    kind = cue_kind(tok)
    if kind is None or not counts:
        return None
    for arg in _linked(tok):
        span = range(arg.left_edge.i, arg.i + 1) if arg.pos_ != "NUM" else range(arg.i, arg.i + 1)
        for c in counts:
            if any(c.start <= k < c.end for k in span) or c.start <= arg.i < c.end:
                return kind, c.quantity()
    window = 9
    left = [c for c in counts if c.end <= tok.i and tok.i - c.end < window]
    right = [c for c in counts if c.start > tok.i and c.start - tok.i < window]
    order = (left[::-1] + right) if _prefers_left(tok) else (right + left[::-1])
    return (kind, order[0].quantity()) if order else None
