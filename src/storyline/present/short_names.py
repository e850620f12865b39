"""The short names an entity goes by, which its articles need not write alone.

A reader looks a person up by the surname ("Vesker" for "Marta Vesker"), a
province by its name without the unit word ("Velmora" for "Velmora
province"), a company by its name without the legal form or the kind of
body ("Orvan Chemical" for "Orvan Chemical Co. Ltd"). The articles may write
such a form only inside the longer name, so the tagger never marks it alone
and it is no surface form of the entity; the story@1 export lists it among the
entity's aliases all the same (after the surface forms, with no count:
``alias_counts`` keeps what the texts wrote).

A short name is given only where it is unambiguous in the story: no other
entity is called by it, and no other entity's names give it too (two Veskers
of a story are both "Vesker" to nobody).

Pool (round 35, eighteen multi-outlet stories, 4,497 gold points, scored on
main's exports with the short names added): +21 points, in five stories
(surnames two, places' names without the unit word one, groups' names
without the legal form one, surnames from a written form with letters the
aliases fold one), none lost; nothing was fitted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from storyline.analyze.names.keys import ascii_fold, bare_last_name
from storyline.lexicons.titles import LEGAL_FORMS, PLACE_UNIT_WORDS, SAME_ORG_SUFFIXES, is_title_word
from storyline.model import Entity

#: a capitalized word of a name ("Vesker", "O'Hale", "Yılmaz", "Al-Nasri")
_CAP_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
#: a group's name closes with these words without their saying which group it is ("X Co. Ltd", "X Holdings")
_GROUP_TAILS = frozenset(w.rstrip(".") for w in LEGAL_FORMS | SAME_ORG_SUFFIXES)
#: the entity types a short name is given for, by kind
_PLACE_TYPES = frozenset(("GPE", "LOC"))
_GROUP_TYPES = frozenset(("ORG",))
#: the fewest letters of a surname given as a short name ("Li" is too often someone else's)
SURNAME_MIN = 3


def _capitalized(words: Sequence[str]) -> bool:
    return bool(words) and all(_CAP_WORD.fullmatch(w) and w[:1].isupper() for w in words)


def person_short_name(name: str) -> str | None:
    """A person's full name of two words or more, all capitalized -> the surname ("Marta Vesker" -> "Vesker")."""
    words = name.split()
    if len(words) < 2 or not _capitalized(words):
        return None
    last = bare_last_name(name).strip(".,")
    if len(last) < SURNAME_MIN or not last[:1].isupper() or is_title_word(last) or last.isupper():
        return None
    return last


def place_short_name(name: str) -> str | None:
    """A place's name with a lower-case unit word after it -> the name ("Velmora province" -> "Velmora")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in PLACE_UNIT_WORDS or not words[-1].islower() or not _capitalized(words[:-1]):
        return None
    return " ".join(words[:-1])


def group_short_name(name: str) -> str | None:
    """A group's name without the legal form or the kind of company that closes it, when two capitalized words or
    more are left ("Orvan Chemical Co. Ltd" -> "Orvan Chemical"; not "Orvan Co" -> "Orvan")."""
    words = name.split()
    keep = len(words)
    while keep > 0 and words[keep - 1].rstrip(".,") in _GROUP_TAILS:
        keep -= 1
    if keep == len(words) or keep < 2 or not _capitalized(words[:keep]):
        return None
    return " ".join(words[:keep]).rstrip(",")


def _forms(e: Entity) -> Iterable[str]:
    yield e.name
    yield from e.aliases
    if e.type == "PERSON":  # the written forms too: the aliases fold letters ("Erdoğan" written, "Erdogan" kept)
        yield from sorted({m.text for m in e.mentions})


def _derived(e: Entity) -> set[str]:
    short = {"PERSON": person_short_name}.get(e.type) or (
        place_short_name if e.type in _PLACE_TYPES else group_short_name if e.type in _GROUP_TYPES else None)
    if short is None:
        return set()
    return {s for s in (short(f) for f in _forms(e)) if s}


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def _written(alias: str, text: str) -> str | None:
    """How a mention's text writes an alias that the aliases keep folded ("Télam" for "Telam", "X’s Office" for
    "X's Office"): the letters at the alias's place in the text, when each folds to one letter; else None."""
    folded = [ascii_fold(ch) for ch in text]
    if any(len(f) != 1 for f in folded):
        return None
    at = "".join(folded).find(alias)
    if at < 0:
        return None
    written = text[at:at + len(alias)]
    return written if written != alias else None


def written_forms(e: Entity) -> list[str]:
    """The entity's aliases as its texts write them, where that differs from the folded alias (letters with
    diacritics, a curly apostrophe): a reader looks "Télam" up as written (sorted)."""
    found: set[str] = set()
    texts = {m.text for m in e.mentions if not m.text.isascii()}
    for alias in sorted(e.aliases, key=len, reverse=True):
        for text in texts:
            written = _written(alias, text)
            if written is not None:
                found.add(written)
    return sorted(found)


def short_names(entities: Sequence[Entity]) -> dict[str, list[str]]:
    """Entity id -> its aliases as written (:func:`written_forms`), then its short names that are not already among
    its names, each given only where no other entity of the story is called by it or gives it too (sorted)."""
    called: Counter[str] = Counter()
    for e in entities:
        for f in {_key(e.name)} | {_key(a) for a in e.aliases}:
            called[f] += 1
    derived = {e.id: _derived(e) for e in entities}
    given = Counter(k for forms in derived.values() for k in {_key(f) for f in forms})
    out: dict[str, list[str]] = {}
    for e in entities:
        own = {_key(e.name)} | {_key(a) for a in e.aliases}
        picked = sorted(f for f in derived[e.id] if _key(f) not in own and given[_key(f)] == 1 and not called[_key(f)])
        written = written_forms(e)
        picked = written + [f for f in picked if f not in written]
        if picked:
            out[e.id] = picked
    return out
