"""Who acts, as a reader counts actors: a country, its capital and its people are one actor.

"Lima dismissed the allegation" and "Peru rejected it" are one actor
speaking twice, not a denial (so are "the Foreign Affairs Ministry of Peru"
and "Peru": a body of a state speaks for it); a briefing about Peru and Chileans is about
"Peru, Chile". The country names, capitals and demonyms are the general
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

from storyline.analyze.claims.cues import ANONYMOUS_HEADS, CLAIM_NOUNS, INSTITUTION_HEADS, VEHICLE_NOUNS
from storyline.lexicons.agencies import AGENCIES
from storyline.lexicons.calendar_words import MONTHS, WEEKDAYS
from storyline.lexicons.countries import STATE_BODY, country_of, state_of
from storyline.lexicons.pronouns import FEMALE_WORDS, MALE_WORDS
from storyline.lexicons.titles import (
    AGENT_ENDINGS,
    AUTHOR_NOUNS,
    BARE_BODIES,
    DEMONYM_ENDINGS,
    GROUP_NOUNS,
    MEDIA_NOUNS,
    NOMINAL_ORG,
    NOMINAL_PERSON,
    OFFICE_HEADS,
    ORG_APPOSITION_NOUNS,
    ORG_SUFFIXES,
    OTHER_SPEAKER_HEADS,
    OUTLET_WORDS,
    PARTICIPANT_NOUNS,
    PLACE_CLASS_NOUNS,
    ROLE_HEADS,
    TITLE_HEADS,
)
from storyline.model import Entity

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
        if STATE_BODY.search(name):
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
    """Labels without those that repeat an earlier one's actor ("Peru, Chile, Chilean" -> "Peru, Chile");
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


#: where a description's head ends: a comma, a preposition, a relative pronoun, or a participle with its phrase
#: ("an armed faction funded by X", "the count published by the ministry", "a man blamed for …")
_HEAD_END = re.compile(r"\s*(?:,|\(|\bof\b|\bfrom\b|\bin\b|\bat\b|\bfor\b|\bwith\b|\bwho\b|\bwhich\b|\bthat\b|"
                       r"\bwhose\b|\bon\b|\bby\b|\b[a-z]+(?:ed|en|wn)\s+(?=(?:by|of|in|to|as|at|on|for|with|from)\b))",
                       re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those|some|several|many|other|two|three)\s+", re.IGNORECASE)
MAX_HEAD_WORDS = 3


#: a relative or appositive clause after a described speaker ("…, which is allied with Russia")
_CLAUSE = re.compile(r"\s*(?:,\s*(?:which|who|whose|where|a|an|the)\b|\(|\s[-–—]\s).*$", re.IGNORECASE)


def speaker_phrase(text: str) -> str:
    """A described speaker without the clauses hung on it: 'The authoritarian long-term ruler of the ex-Soviet
    republic' (a sentence can carry that much; a heading takes :func:`short_description`)."""
    text = " ".join(text.split())
    cut = _CLAUSE.sub("", text) if is_description(text) else text
    return cut or text


def head_word(text: str) -> str:
    """The last word of a description's head, lower case: "explosion" for "The explosion at the depot"."""
    words = _head_words(text)[1]
    return words[-1].lower() if words else ""


def _head_words(text: str) -> tuple[bool, list[str]]:
    """Whether a description opens with a determiner, and the words of its head (before any "of", "in", relative
    clause or participle phrase): (True, ["armed", "faction"]) for "an armed faction funded by X"."""
    text = " ".join(text.split())
    det = _DETERMINER.match(text)
    rest = text[det.end():] if det else text
    return det is not None, (_HEAD_END.split(rest, maxsplit=1)[0].strip() or rest).split()


#: the heads of a phrase that names who can speak: a person by role, office, part or kind, a body, the press, a
#: place speaking for its authorities ("the city said"), the vehicles of a body's words ("the statement")
SPEAKER_HEADS = (ANONYMOUS_HEADS | INSTITUTION_HEADS | CLAIM_NOUNS | frozenset(VEHICLE_NOUNS) | ROLE_HEADS
                 | NOMINAL_PERSON | PARTICIPANT_NOUNS | AUTHOR_NOUNS | NOMINAL_ORG | GROUP_NOUNS | MEDIA_NOUNS
                 | ORG_APPOSITION_NOUNS | BARE_BODIES | PLACE_CLASS_NOUNS | OFFICE_HEADS | OTHER_SPEAKER_HEADS
                 | frozenset(w.lower() for w in (*TITLE_HEADS, *ORG_SUFFIXES)) | MALE_WORDS | FEMALE_WORDS)
_AGENT_LENGTH = 5  # an agent noun is longer than its ending and a stem ("per", "order" are none)


def names_a_speaker(text: str) -> bool:
    """Whether a written speaker phrase with no name found in it names someone who can say something: its head
    noun (before any "of", "in", relative clause) is a person's or a body's ("a Norwegian woman", "state
    television", "firefighters", "the statement"), or a name (a capitalized head after its first word: "the
    PA"). Not a thing seen or counted ("photos of the wreckage", "preliminary findings", "their information"), a
    happening ("the landing of the shell"), a number or a pronoun standing for people the phrase does not name
    ("the two", "one", "all those who …"), nor a date ("Mar 24")."""
    if only_a_date(text):
        return False
    det, head_words = _head_words(text)
    if not head_words:
        return False
    head = re.sub(r"['’]s?$", "", head_words[-1])
    if ((len(head_words) > 1 or det) and head[:1].isupper()) or (len(head) > 1 and head.isupper()):
        return True  # a name at the head: "the PA", "Radio Tarvin"
    low = head.lower()
    forms = {low, low.removesuffix("s"), low.removesuffix("es"), low[:-3] + "y" if low.endswith("ies") else low}
    return any(f in SPEAKER_HEADS or (len(f) >= _AGENT_LENGTH and f.endswith(AGENT_ENDINGS)) for f in forms)


def only_a_date(text: str) -> bool:
    """The phrase holds only month and weekday names and numbers ("Mar 24", "Sunday"): a date, no speaker."""
    found = re.findall(r"[^\W_][\w'’.-]*", text)
    return bool(found) and all(w.rstrip(".").lower() in MONTHS or w.rstrip(".").lower() in WEEKDAYS or w[0].isdigit()
                               for w in found)


def is_description(text: str) -> bool:
    """A phrase that describes its speaker rather than naming it ("the Russian president", "a spokesman")."""
    words = text.split()
    return bool(words) and (bool(_DETERMINER.match(text)) or words[0][:1].islower())


def short_description(text: str) -> str:
    """'the authoritarian long-term ruler' for 'The authoritarian long-term ruler of the ex-Soviet republic, …';
    short descriptions are kept whole, with a lower-case determiner ('the Chilean foreign minister'), and so is a
    name in a head cut short ('the Vessa Liberation Front group')."""
    text = " ".join(text.split())
    if not is_description(text):
        return text
    det = _DETERMINER.match(text)
    article = det.group(0).strip().lower() if det else ""
    rest = text[det.end():] if det else text
    head = _HEAD_END.split(rest, maxsplit=1)[0].strip() or rest
    words = head.split()
    if len(words) > MAX_HEAD_WORDS:
        keep = MAX_HEAD_WORDS - 1 if len(words[-1]) > 2 else MAX_HEAD_WORDS
        # a name is kept whole: "the Vessa Liberation Front group", never "the Front group"
        while keep < len(words) and words[-keep][:1].isupper() and words[-keep - 1][:1].isupper():
            keep += 1
        words = words[-keep:]
    return " ".join([article, *words]).strip() if article else " ".join(words)
