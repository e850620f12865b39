"""The entity mention the analysis makes of a given span (for the gold-mention setting of an evaluation).

:func:`mention_at` answers "what would the shipped analysis say about the
thing at these offsets?" without finding mentions itself: the span is kept
exactly as given and its attributes come from what the components found
there, so that coreference and fusion downstream decide the links.

- A mention the analysis has at the same span, or one with the same head word
  ("Lohan" inside "Lindsay Lohan"; the pronoun "he" that coreference tied to
  a name; "Velmora" for "in Velmora", whose head is the preposition's
  object), gives its label, kind, chain and role; a chained one is
  preferred, then the same span, then a name.
- Otherwise the parse does, as the analysis reads a word: a pronoun is a ``pronoun`` (PERSON for he/she,
  ORG for they/it, as coreference reads them), a proper noun or a word inside one
  of the tagger's entities (:data:`storyline.analyze.baseline.ENTITY_LABELS`) a ``name`` (not a
  common noun a headline capitalized that the body writes in lower case only:
  "Driver" of "Driver Charged in Crash"), anything else a ``nominal``: every
  mention the analysis makes of a common noun is one, also under a name that
  modifies it ("man" of "a Velmor man", "host" of "the gala's host"; a class noun the
  analysis takes into a name, "the Tavra river", is that name's mention, above);
  the label is the named-entity type spaCy gave the head word, else the kind of thing its head noun names in the
  description lexicons (an envoy is a PERSON, a militia an ORG, a town a
  GPE), else ``UNTYPED``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from storyline.analyze.baseline import ENTITY_LABELS
from storyline.analyze.doctext import doc_text
from storyline.analyze.names.headlines import body_capitals, body_lower, headline_lines
from storyline.lexicons import pronouns
from storyline.lexicons.titles import NOMINAL_ORG, NOMINAL_PERSON, NOMINAL_PLACE
from storyline.model import Mention

#: the label of a span whose head has no named-entity type and names no known kind of thing
UNTYPED = "MISC"
NAME_KINDS = ("name", "acronym")


def head_token(doc: Doc, start: int, end: int) -> Token | None:
    """The head word of a span: spaCy's root, or for a prepositional phrase ("in Velmora") its object."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    while head.pos_ == "ADP":
        objects = [c for c in head.children if c.dep_ == "pobj" and span.start <= c.i < span.end]
        if not objects:
            break
        head = objects[0]
    return head


def _rank(m: Mention, start: int, end: int) -> tuple[bool, bool, bool]:
    return (m.chain is not None, (m.start, m.end) == (start, end), m.kind in NAME_KINDS)


def mention_at(doc: Doc, mentions: Iterable[Mention], article: str, start: int, end: int) -> Mention:
    """The mention of ``doc.text[start:end]`` with the attributes the analysis gives it (module docstring)."""
    head = head_token(doc, start, end)
    same = [m for m in mentions if m.start < end and start < m.end
            and ((m.start, m.end) == (start, end) or (head is not None and head_token(doc, m.start, m.end) == head))]
    text = doc_text(doc)[start:end]
    if same:
        best = max(same, key=lambda m: _rank(m, start, end))
        return replace(best, article=article, start=start, end=end, text=text)
    kind = _kind(head)
    if kind == "name" and head is not None and _headline_common_noun(doc.text, head):
        kind = "nominal"
    return Mention(article, start, end, text, _label(head), kind=kind, source="span")


def _headline_common_noun(text: str, head: Token) -> bool:
    """A headline's capital on a common noun ("Driver Charged in Crash"): the body writes the word, and only
    in lower case (:mod:`storyline.analyze.names.headlines` drops such words from names)."""
    if not head.is_title:
        return False
    lower, capitals = _body_words(text)
    word = head.lower_
    return word in lower and word not in capitals and any(s <= head.idx < e for s, e in headline_lines(text))


@lru_cache(maxsize=64)
def _body_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words the body (the text outside headline lines) writes in lower case, and with a capital."""
    heads = headline_lines(text)
    return frozenset(body_lower(text, heads)), frozenset(body_capitals(text, heads))


def _kind(head: Token | None) -> str:
    if head is None:
        return "nominal"
    if head.pos_ == "PRON" or head.lower_ in pronouns.PERSON | pronouns.GROUP:
        return "pronoun"
    return "name" if head.pos_ == "PROPN" or head.ent_type_ in ENTITY_LABELS else "nominal"


def _label(head: Token | None) -> str:
    if head is None:
        return UNTYPED
    if head.ent_type_:
        return head.ent_type_
    word = head.lower_
    if word in pronouns.PERSON:
        return "PERSON"
    if word in pronouns.GROUP:
        return "ORG"
    lemma = head.lemma_.lower()
    for nouns, label in ((NOMINAL_PERSON, "PERSON"), (NOMINAL_ORG, "ORG"), (NOMINAL_PLACE, "GPE")):
        if lemma in nouns or word in nouns:
            return label
    return UNTYPED
