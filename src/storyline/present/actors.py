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
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.lexicons.agencies import AGENCIES
from storyline.lexicons.titles import DEMONYM_ENDINGS, OUTLET_WORDS, STATE_BODIES
from storyline.model import Entity


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(country names and alternative spellings, capitals, demonyms) -> the country's name, all case-folded keys."""
    import countryinfo

    names: dict[str, tuple[str, int]] = {}
    capitals: dict[str, list[tuple[str, int]]] = {}
    demonyms: dict[str, list[tuple[str, int]]] = {}
    for c in countryinfo.all_countries():
        info = c.info()
        name, pop = str(info.get("name") or ""), int(info.get("population") or 0)
        if not name:
            continue
        alts = [a for a in info.get("altSpellings") or () if isinstance(a, str)]
        # long alternative names as written; two- or three-letter codes only as capitals ("US", "UK", not "in")
        for alt in (name, *[a for a in alts if len(a) > 3], *[a for a in alts if len(a) <= 3 and a.isupper()]):
            key = alt if len(alt) <= 3 else alt.casefold()
            if key not in names or names[key][1] < pop:
                names[key] = (name, pop)
        for key_name, table in (("capital", capitals), ("demonym", demonyms)):
            value = info.get(key_name)
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str) and v.strip():
                    key = re.sub(r"\s+d\.?c\.?$", "", v.casefold().strip())  # "Washington D.C."
                    table.setdefault(key, []).append((name, pop))
    caps = {k: v[0][0] for k, v in capitals.items() if len({n for n, _ in v}) == 1}  # a shared capital: no one
    dems = {k: max(v, key=lambda np: np[1])[0] for k, v in demonyms.items()}
    return {k: v[0] for k, v in names.items()}, caps, dems


def country_of(name: str) -> str | None:
    """The country a name stands for: itself, its capital ("New Delhi"), its people ("Canadian"); else None."""
    text = " ".join(name.split())
    countries, capitals, demonyms = _lexicon()
    code = text.replace(".", "")
    if 2 <= len(code) <= 3 and code.isupper():
        return countries.get(code)  # "U.S.", "UK"
    key = re.sub(r"^the\s+", "", text.casefold())
    return countries.get(key) or capitals.get(key) or demonyms.get(key) or \
        (demonyms.get(key[:-1]) if key.endswith("s") else None)


def demonym_country(name: str) -> str | None:
    """The country of a people's name used as an actor ("Canadian said" -> "Canada"); None for other names."""
    key = " ".join(name.split()).casefold()
    countries, _, demonyms = _lexicon()
    if key in countries:
        return None
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


#: a body that speaks for its country's state ("External Affairs Ministry of India", "the Canadian government")
_STATE_BODY = re.compile(r"\b(?:" + "|".join(STATE_BODIES) + r")\b", re.IGNORECASE)


def state_of(name: str) -> str | None:
    """The country whose state a body named so speaks for: 'External Affairs Ministry of India' -> India,
    'Canadian Government' -> Canada; None when it names no state body or no country ('Ministry of Defence')."""
    if not _STATE_BODY.search(name):
        return None
    words = re.sub(r"['’]s\b", "", name).replace(",", " ").split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            chunk = " ".join(words[i:i + n])
            if chunk[:1].isupper() and (found := country_of(chunk)):
                return found
    return None


#: "Lesk, the capital of neighbouring Estmark", "the Estmarki capital Lesk", "Estmark's capital, Lesk"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_CAPITAL_OF = re.compile(rf"(?P<cap>{_NAME}),\s+(?:the|its)\s+(?:[a-z]+\s+)?capital\s+of\s+(?:the\s+)?"
                         rf"(?:neighbou?ring\s+)?(?P<of>{_NAME})")
_CAPITAL_IS = re.compile(rf"(?:\bthe\s+(?P<adj>{_NAME})|(?P<of>{_NAME})['’]s)\s+capital,?\s+(?P<cap>{_NAME})")


@dataclass(frozen=True)
class StoryStates:
    """The states a story itself names, for countries no gazetteer knows: its place names (and their
    adjectives: "Estmarki"), the capitals the articles name ("Lesk, the capital of Estmark") and the bodies of
    those states ("Estmark's foreign ministry", "the Valdoran government"): each speaks for its country."""

    forms: dict[str, str] = field(default_factory=dict)  # folded place name or alias -> the place's name
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital -> its country's name

    @classmethod
    def of(cls, entities: Iterable[Entity], texts: Iterable[str]) -> StoryStates:
        forms: dict[str, str] = {}
        for e in entities:
            if e.type.upper() == "GPE":
                for alias in (e.name, *e.aliases):
                    if alias[:1].isupper():
                        forms.setdefault(alias.casefold(), e.name)
        states = cls(forms)
        for text in texts:
            for m in (*_CAPITAL_OF.finditer(text), *_CAPITAL_IS.finditer(text)):
                cap, country = states.place(m.group("cap")), states.place(m.group("of") or m.group("adj") or "")
                if cap and country and cap != country:
                    states.capitals.setdefault(cap.casefold(), country)
        return states

    def place(self, word: str) -> str | None:
        """The place a name or its adjective names ("Estmarki", "Valdoran": a known name and an ending)."""
        key = re.sub(r"^the\s+", "", " ".join(word.split()).casefold())
        if key in self.forms:
            return self.forms[key]
        for end in DEMONYM_ENDINGS:
            if key.endswith(end) and (hit := self.forms.get(key[:-len(end)]) or self.forms.get(key[:-len(end)] + "a")):
                return hit  # "Valdoran" (Valdora + n), "Kenyan", "Estmarki"
        return None

    def country(self, name: str) -> str | None:
        """The country a capital, a body of its state or the country's own name stands for; None otherwise."""
        key = re.sub(r"^the\s+", "", " ".join(name.split()).casefold())
        if key in self.capitals:
            return self.capitals[key]
        if key in self.forms:
            return self.capitals.get(key) or self.forms[key]
        if _STATE_BODY.search(name):
            for word in re.sub(r"['’]s\b", "", name).replace(",", " ").split():
                if word[:1].isupper() and (found := self.place(word)):
                    return self.capitals.get(found.casefold(), found)
        return None


NO_STATES = StoryStates()


def actor_key(name: str, states: StoryStates = NO_STATES) -> str:
    """One key per actor: the country for a country, its capital, its demonym or a body of its state (from
    the gazetteer, else from what the story says: ``states``); else the folded name."""
    return (country_of(name) or state_of(name) or states.country(name) or " ".join(name.split())).casefold()


def same_actor(a: str, b: str, states: StoryStates = NO_STATES) -> bool:
    return actor_key(a, states) == actor_key(b, states)


def fold_labels(labels: list[str], states: StoryStates = NO_STATES) -> list[str]:
    """Labels without those that repeat an earlier one's actor ("India, Canada, Canadian" -> "India, Canada");
    a state named by its capital and by its name is named by its name ("Lesk, Estmark" -> "Estmark")."""
    first: dict[str, int] = {}
    out: list[str] = []
    for label in labels:
        key = actor_key(label, states)
        if key not in first:
            first[key] = len(out)
            out.append(label)
        elif label.casefold() == key:
            out[first[key]] = label
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
