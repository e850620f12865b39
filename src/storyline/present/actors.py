"""Who acts, as a reader counts actors: a country, its capital and its people are one actor.

"New Delhi dismissed the allegation" and "India rejected it" are one actor
speaking twice, not a denial (so are "the External Affairs Ministry of India"
and "India": a body of a state speaks for it); a briefing about India and Canadians is about
"India, Canada". The country names, capitals and demonyms are the general
lexicon of the ``countryinfo`` package (MIT; 250 countries and territories), read
once; where two territories share a demonym or a capital, the more populous
one is meant ("Chinese": China), and a capital two countries claim is left
alone.

A speaker or actor known only by a description ("The authoritarian long-term
ruler of the ex-Soviet republic, which is allied with Russia") is not a name:
:func:`short_description` keeps its head ("the authoritarian long-term ruler").
"""

from __future__ import annotations

import re

from storyline.lexicons.agencies import AGENCIES

# the country lexicon lives with the other lexicons (claim fusion reads it too); re-exported for present
from storyline.lexicons.countries import country_of as country_of
from storyline.lexicons.countries import demonym_country as demonym_country
from storyline.lexicons.countries import state_of as state_of
from storyline.lexicons.titles import OUTLET_WORDS


def actor_key(name: str) -> str:
    """One key per actor: the country for a country, its capital, its demonym or a body of its state; else
    the folded name."""
    return (country_of(name) or state_of(name) or " ".join(name.split())).casefold()


def same_actor(a: str, b: str) -> bool:
    return actor_key(a) == actor_key(b)


def fold_labels(labels: list[str]) -> list[str]:
    """Labels without those that repeat an earlier one's actor ("India, Canada, Canadian" -> "India, Canada")."""
    seen: set[str] = set()
    out = []
    for label in labels:
        key = actor_key(label)
        if key not in seen:
            seen.add(key)
            out.append(label)
    return out


_OUTLET = re.compile(r"^News(?=[A-Z])|\b(?:" + "|".join(OUTLET_WORDS) + r")\b")


def is_outlet(name: str) -> bool:
    """A news outlet or agency (it reports what others do; it is not the actor of an arrest)."""
    return name.strip() in AGENCIES or bool(_OUTLET.search(name))


#: words at which a description's head ends (what follows qualifies it)
_HEAD_END = re.compile(r"\s*(?:,|\(|\bof\b|\bfrom\b|\bin\b|\bat\b|\bfor\b|\bwith\b|\bwho\b|\bwhich\b|\bthat\b|"
                       r"\bwhose\b|\bon\b)", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.IGNORECASE)
MAX_HEAD_WORDS = 3


#: a relative or appositive clause after a described speaker ("…, which is allied with Russia")
_CLAUSE = re.compile(r"\s*(?:,\s*(?:which|who|whose|where|a|an|the)\b|\(|\s[-–—]\s).*$", re.IGNORECASE)


def speaker_phrase(text: str) -> str:
    """A described speaker without the clauses hung on it: 'The authoritarian long-term ruler of the ex-Soviet
    republic' (a sentence can carry that much; a heading takes :func:`short_description`)."""
    text = " ".join(text.split())
    cut = _CLAUSE.sub("", text) if is_description(text) else text
    return cut or text


def is_description(text: str) -> bool:
    """A phrase that describes its speaker rather than naming it ("the Russian president", "a spokesman")."""
    words = text.split()
    return bool(words) and (bool(_DETERMINER.match(text)) or words[0][:1].islower())


def short_description(text: str) -> str:
    """'the authoritarian long-term ruler' for 'The authoritarian long-term ruler of the ex-Soviet republic, …';
    short descriptions are kept whole, with a lower-case determiner ('the Canadian foreign minister')."""
    text = " ".join(text.split())
    if not is_description(text):
        return text
    det = _DETERMINER.match(text)
    article = det.group(0).strip().lower() if det else ""
    rest = text[det.end():] if det else text
    head = _HEAD_END.split(rest, maxsplit=1)[0].strip() or rest
    words = head.split()
    if len(words) > MAX_HEAD_WORDS:
        words = words[-MAX_HEAD_WORDS + 1:] if len(words[-1]) > 2 else words[-MAX_HEAD_WORDS:]
    return " ".join([article, *words]).strip() if article else " ".join(words)
