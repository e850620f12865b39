"""Type correction of mentions: from their context, then by a vote over the document.

Context rules (each sets ``source="names:context"``, which counts double in votes):

- after a personal title ("Ambassador X", "Mullah X") or a lower-case office noun ("spokeswoman X Y") -> PERSON;
- subject of a speech verb while tagged as a thing (FAC, LOC, PRODUCT, WORK_OF_ART, EVENT, LAW) -> PERSON;
- a single-word ORG or PERSON after a location preposition ("in X") -> GPE;
- a single-word PERSON that owns what only states have ("X's foreign minister", "X's embassy") -> GPE;
- a single-word PERSON with a nationality ending before a group noun ("Xan officials") -> NORP;
- a name ending in an organization word ("... Party", "... Ministry") tagged otherwise -> ORG;
- a name followed by a place noun ("the X police", "X province") tagged ORG/PERSON/LOC/FAC -> GPE;
- a name of two or more words opening with a transliterated word for a movement, party or army
  ("Harakat ...", "Jamaat-...", "Lashkar-e-...") -> ORG.

The vote: mentions of one folded name in a document take the label with the
strict majority of weight (a string tagged PERSON in most places is a person).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from storyline.analyze.names.keys import fold_token, folded_key, is_acronym, name_tokens
from storyline.lexicons.speech import ACTOR_VERBS as SPEECH_VERBS
from storyline.lexicons.titles import (
    BUILDING_WORDS,
    DEMONYM_ENDINGS,
    GROUP_NOUNS,
    LOCATION_PREPOSITIONS,
    MUSIC_WORDS,
    ORG_APPOSITION_NOUNS,
    ORG_SUFFIXES,
    PLACE_FOLLOWERS,
    ROLE_HEADS,
    STATE_MINISTRIES,
    STATE_NOUNS,
    STORM_WORDS,
    STRONG_ORG_SUFFIXES,
    TITLE_MODIFIERS,
    TRANSLITERATED_ORG_WORDS,
)
from storyline.model import Mention

_THING_LABELS = frozenset({"FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
CONTEXT = "names:context"


def retype_from_context(mentions: list[Mention], doc: Doc, titles: list[dict[str, Any]]) -> list[Mention]:
    """Apply the context rules of the module docstring to each mention."""
    titled = {(t["start"], t["end"]) for t in titles}
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        label = _context_label(m, span, doc, (m.start, m.end) in titled) if span is not None else None
        if label is not None and label != m.label:
            m = replace(m, label=label, source=CONTEXT)
        elif label is not None:
            m = replace(m, source=CONTEXT)  # confirmed by context: counts double in the vote
        out.append(m)
    return out


_ORG_OPENERS = frozenset(fold_token(w) for w in TRANSLITERATED_ORG_WORDS)


def opens_with_group_word(text: str) -> bool:
    """"Harakat X", "Jamaat-ul-X", "Lashkar-e-X": a transliterated group word and more."""
    toks = name_tokens(text)
    return len(toks) > 1 and fold_token(toks[0]) in _ORG_OPENERS


def _context_label(m: Mention, span: Span, doc: Doc, titled: bool) -> str | None:
    if opens_with_group_word(m.text):
        return "ORG"
    kind = _named_thing(m, span, doc)
    if kind is not None:
        return kind
    if titled or _after_lowercase_role(m, span, doc):
        return "PERSON"
    words = m.text.split()
    if m.label in _THING_LABELS and span.root.dep_ in ("nsubj", "nsubjpass") \
            and span.root.head.lemma_ in SPEECH_VERBS:
        return "PERSON"
    if len(words) > 1 and words[-1] in ORG_SUFFIXES and m.label != "ORG" \
            and (m.label != "PERSON" or words[-1] in STRONG_ORG_SUFFIXES):
        return "ORG"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in PLACE_FOLLOWERS and m.label in ("ORG", "PERSON", "LOC", "FAC", "GPE"):
        return "GPE"
    before = doc[span.start - 1] if span.start > 0 else None
    if (before is not None and before.text in LOCATION_PREPOSITIONS and m.label in ("ORG", "PERSON")
            and len(words) == 1 and not is_acronym(m.text) and m.text[:1].isupper() and not m.text.isupper()
            and m.text not in ORG_SUFFIXES):  # "in Congress", "in Parliament" stay organizations
        return "GPE"
    if m.label == "PERSON" and len(words) == 1:
        return _state_owner(span, doc) or _demonym(span)
    return None


def _named_thing(m: Mention, span: Span, doc: Doc) -> str | None:
    """A storm ("Storm X", "the storm X"), a building ("X Mosque") or a band ("the band X", "musical group
    X"): names the small tagger often reads as a person's."""
    words = m.text.split()
    before = _word_before(span, doc)
    if (len(words) > 1 and words[0] in STORM_WORDS) or (before is not None and before.lower_ in STORM_WORDS):
        return "EVENT"
    if len(words) > 1 and words[-1] in BUILDING_WORDS and m.label != "FAC":
        return "FAC"
    if m.label in ("PERSON", "GPE", "WORK_OF_ART", "PRODUCT") and before is not None and before.is_lower:
        prev = doc[before.i - 1] if before.i > 0 else None
        if before.lower_ in ORG_APPOSITION_NOUNS or (before.lower_ == "group" and prev is not None
                                                     and prev.lower_ in MUSIC_WORDS):
            return "ORG"
    return None


def _word_before(span: Span, doc: Doc) -> Token | None:
    """The word before a mention, past an opening quote ("the band \"X\"")."""
    i = span.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return doc[i] if i >= 0 else None


def _after_lowercase_role(m: Mention, span: Span, doc: Doc) -> bool:
    """"spokeswoman Ilse Varga", "minister Orlan Vesk": a full name right after a lower-case office noun."""
    before = doc[span.start - 1] if span.start > 0 else None
    toks = m.text.split()
    return (before is not None and before.is_lower and before.lower_ in ROLE_HEADS and len(toks) > 1
            and all(t[:1].isupper() for t in toks) and not any(t in ORG_SUFFIXES for t in toks))


def _state_owner(span: Span, doc: Doc) -> str | None:
    """"X's foreign minister", "X's embassy", "X's border": no person owns these; X is a state."""
    if span.end >= len(doc) or doc[span.end].text not in ("'s", "’s"):
        return None
    for tok in doc[span.end + 1:span.end + 4]:
        if tok.lower_ in STATE_NOUNS:
            prev = doc[tok.i - 1].lower_
            return "GPE" if tok.lower_ != "minister" or prev in STATE_MINISTRIES else None
        if not (tok.is_alpha and (tok.is_lower or tok.text in TITLE_MODIFIERS)):
            return None
    return None


def _demonym(span: Span) -> str | None:
    """"Valdoran officials", "Ostravi border police": a nationality word before a group noun."""
    tok = span.root
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in GROUP_NOUNS and tok.head.is_lower \
            and tok.lower_.endswith(DEMONYM_ENDINGS):
        return "NORP"
    return None


#: labels a dateline's place may have been given by the tagger ("SARN, May 3 (Agency) -" read as a person)
_DATELINE_RELABEL = frozenset({"PERSON", "ORG", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT"})


def dateline_places(mentions: list[Mention], place: str | None) -> list[Mention]:
    """The place ingest read in the article's dateline ("Velmora Dresk, May 3 (Agency) - ...") is a place
    wherever the article names it: the small tagger often reads a two-word town at the start of a text as a
    person's name, and the vote then carries that label to every later mention of the town."""
    if not place:
        return mentions
    key = folded_key(place)
    return [replace(m, label="GPE", source=CONTEXT)
            if m.kind == "name" and m.label in _DATELINE_RELABEL and folded_key(m.text) == key else m
            for m in mentions]


def vote_labels(mentions: list[Mention]) -> list[Mention]:
    """Relabel mentions of one folded name to the label holding a strict majority of the weight."""
    weights: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        weights[_vote_key(m)][m.label] += mention_weight(m)
    out = []
    for m in mentions:
        w = weights[_vote_key(m)]
        best = max(w, key=lambda lab: w[lab])
        if best != m.label and w[best] > sum(w.values()) - w[best]:
            m = replace(m, label=best, source="names:vote")
        out.append(m)
    return out


def mention_weight(m: Mention) -> int:
    """A label confirmed by context or an acronym definition counts twice as much as a raw tag."""
    return 2 if m.source in (CONTEXT, "names:acronym", "names:title") else 1


def _vote_key(m: Mention) -> str:
    return m.kind + ":" + folded_key(m.text)
