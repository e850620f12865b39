"""Type correction of mentions: from their context, then by a vote over the document.

Context rules (each sets ``source="names:context"``, which counts double in votes):

- after a personal title ("Ambassador X", "Mullah X"), a lower-case office noun ("spokeswoman X Y") or a lower-case
  occupation or participant noun before a full name ("activist X Y", "technician X Y", "suspect X Y") -> PERSON;
- subject of a speech verb while tagged as a thing (FAC, LOC, PRODUCT, WORK_OF_ART, EVENT, LAW) -> PERSON;
- a single-word ORG or PERSON, or a NORP with no people's ending, after a location preposition ("in X") -> GPE;
- a name a place-class noun introduces or describes ("the town of X", "villages of X, Y and Z", "the
  capital X", "the state of X", "X, Y and Z provinces", "X, a village in ...", "X is a town"), that a compass
  word points at ("40 km east of X"), that a country's name follows as in an address ("X, Valdoria"), that
  follows a facility's name and a comma ("X College, Y"), or that makes a base ("an X-based company") -> GPE,
  unless the name ends in an organization or facility word;
- a single-word PERSON that owns what only states have ("X's foreign minister", "X's embassy") -> GPE; so is a
  one-word ORG, PERSON or unknown word's label (PRODUCT, WORK_OF_ART, EVENT, LAW) before a state's ministry
  ("X Foreign Minister Y", "X Interior Ministry");
- a single-word PERSON with a nationality ending before a group noun ("Xan officials") -> NORP;
- a name ending in an organization word ("... Party", "... Ministry") tagged otherwise -> ORG;
- a location (LOC) a settlement's noun introduces ("the town of X", "the village X") -> GPE;
- a name followed by a place noun ("the X police", "X province", "X neighbourhood") tagged ORG/PERSON/LOC/FAC or
  an unknown word's label ("the X region" read as a PRODUCT), or by a
  settlement's or district's noun ("X town", not "X police") tagged NORP with no people's ending -> GPE;
- a name opening with a natural feature's word ("River X", "Lake X", "Mount X", "Gulf of X") -> LOC, unless a
  building's or body's word ends it;
- a name of two or more words opening with a transliterated word for a movement, party or army
  ("Harakat ...", "Jamaat-...", "Lashkar-e-...") -> ORG;
- a one-word ORG or PERSON at one end of a route whose other end is tagged a place ("from X to Y"), or paired
  with a place after a place preposition ("sent from X and <city>") -> GPE;
- a one-word GPE, NORP or ORG that the words after its comma describe as a person ("X, who", "X, whose son",
  "X, head of the agency") -> PERSON;
- a "person" whose name opens with a compass word ("Southeast X", "Northern X") -> GPE;
- a one-word people-shaped name no country's people bear before a natural disaster ("the X earthquake") or a
  town's noun right after a preposition ("in X town") -> GPE;
- a faith's, a people's or a creed's word (``lexicons.peoples``) tagged a place (FAC, GPE, LOC) -> NORP;
- an ORG, PERSON or work a lower-case building noun follows ("the X hotel", "X airport") -> FAC;
- a PERSON right after a lower-case body noun ("the militant group X", not "the ethnic group X"), or one
  whose first word is an acronym without a vowel ("TSC X") -> ORG.

The vote: mentions of one folded name in a document take the label with the
strict majority of weight (a string tagged PERSON in most places is a person).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from storyline.analyze.names.gazetteer import gazetteer_place
from storyline.analyze.names.keys import fold_token, folded_key, is_acronym, name_tokens
from storyline.analyze.names.places import known_place
from storyline.lexicons import motion
from storyline.lexicons.countries import country_of, demonym_country
from storyline.lexicons.given_names import COMMON_GIVEN_NAMES
from storyline.lexicons.peoples import nation_word, peoples_word
from storyline.lexicons.speech import ACTOR_VERBS as SPEECH_VERBS
from storyline.lexicons.titles import (
    BUILDING_WORDS,
    CLASS_NOUNS,
    COMPASS_WORDS,
    COUNCIL_AREA_PHRASES,
    DEMONYM_ENDINGS,
    FACILITY_WORDS,
    FEATURE_OF_OPENERS,
    FEATURE_OPENERS,
    GROUP_NOUNS,
    LOCATION_PREPOSITIONS,
    MEDIA_NOUNS,
    MUSIC_WORDS,
    NOMINAL_PERSON,
    OCCUPATION_NOUNS,
    ORG_APPOSITION_NOUNS,
    ORG_SUFFIXES,
    PARTICIPANT_NOUNS,
    PLACE_CLASS_NOUNS,
    PLACE_FOLLOWERS,
    PLACE_UNIT_WORDS,
    ROLE_HEADS,
    SAME_ORG_SUFFIXES,
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


def _feature_name(text: str) -> bool:
    """"River X", "Lake X", "Mount X", "Gulf of X" (not "Gulf X"): a natural feature's word opens the name,
    capitalized, and neither a building's nor a body's word ends it ("Lake X Hospital", "River X Authority")."""
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    opener = words[0].lower().rstrip(".")
    if opener not in FEATURE_OPENERS and not (opener in FEATURE_OF_OPENERS and len(words) > 2 and words[1] == "of"):
        return False
    last = words[-1]
    return last.lower() not in FACILITY_WORDS and last not in ORG_SUFFIXES and last not in BUILDING_WORDS


#: capitalized words that close the name of an administrative area ("X Province", "X Oblast", "X District"):
#: the whole name is a place, whatever else the tagger read ("the X Oblast governor" as a person's name), but an
#: organization: a club may be named so ("X County")
AREA_HEADS = frozenset(("Province", "Oblast", "Governorate", "Region", "District", "County", "Prefecture",
                        "Municipality", "Raion", "Krai", "Canton"))


def council_area(text: str) -> bool:
    """"X Local Government Area", "X LGA": capitalized words closed by a local government area's phrase
    (:data:`COUNCIL_AREA_PHRASES`), a place whatever the tagger read."""
    words = text.split()
    tail = next((p for p in COUNCIL_AREA_PHRASES if tuple(w.lower() for w in words[-len(p):]) == p), None)
    return tail is not None and len(words) > len(tail) and all(w[:1].isupper() for w in words)


def area_name(text: str) -> bool:
    """"X Province", "Y Z Oblast": capitalized words closed by an area's word, with no organization word, no
    "State" ("Islamic State X Province" names a group) and no group word opening them."""
    words = text.split()
    return len(words) > 1 and words[-1] in AREA_HEADS and not opens_with_group_word(text) and all(
        w[:1].isupper() and w not in ORG_SUFFIXES and w != "State" for w in words[:-1])


def _autonomous_area(text: str) -> bool:
    """"X Autonomous District", "Y Autonomous Region": an area's word after "Autonomous" names a state's
    subdivision, never a club or a company, whatever the tagger read."""
    words = text.split()
    return len(words) > 2 and words[-2] == "Autonomous"


#: the last words of a power station's name ("X Nuclear Power Plant", "X Power Station"): a site; "Plant" alone
#: closes a person's name too
_POWER_PLANT_ENDS = (("Power", "Plant"), ("Power", "Station"), ("Nuclear", "Plant"), ("Power", "Plants"))


def _power_plant(text: str) -> bool:
    words = text.split()
    return len(words) > 2 and tuple(words[-2:]) in _POWER_PLANT_ENDS


def _country_people(text: str) -> bool:
    """One word, a country's people's word ("Xan", "Xans") and not the country's name."""
    return len(text.split()) == 1 and text[:1].isupper() and not text.isupper() and demonym_country(text) is not None


def _context_label(m: Mention, span: Span, doc: Doc, titled: bool) -> str | None:
    if m.label in ("FAC", "GPE", "LOC") and peoples_word(m.text):
        return "NORP"  # "a Sikh leader", "Druze villages" read as a site or a town: a people's word is no place
    if m.label in ("ORG", "PERSON") and (nation_word(m.text) or _country_people(m.text)):
        return "NORP"  # "the Sikh community", "Kazakh President X" read as a body or a person: a people's word
    if opens_with_group_word(m.text):
        return "ORG"
    if _feature_name(m.text):
        return "LOC"
    if (area_name(m.text) and (m.label != "ORG" or _autonomous_area(m.text))) or council_area(m.text):
        return "GPE"  # (a team may be named so, "X County": the tagger's ORG is left to the votes)
    if m.label != "FAC" and _power_plant(m.text):
        return "FAC"
    kind = _named_thing(m, span, doc)
    if kind is not None:
        return kind
    if m.label in _PARTICLE_TAKERS and _particle_person(m.text):
        return "PERSON"
    if titled or _after_lowercase_role(m, span, doc):
        return "PERSON"
    described = _described_as_feature(m, span) or _called_by_class(m, span) or _apposed_to_class(m, span)
    if described is not None:
        return described
    if _placed(m, span, doc) or (m.label == "LOC" and _settlement_noun_before(span, doc)):
        return "GPE"
    if m.label in ("GPE", "LOC") and _placed(replace(m, label="ORG"), span, doc):
        return m.label  # "in X, <Country>" of a name tagged a place: confirmed, it counts double in the vote
    words = m.text.split()
    if (len(words) == 1 or _person_shaped(m)) and _described_as_person(m, span, doc):
        return "PERSON"
    if m.label == "ORG" and _initialled_person(m, span, doc):
        return "PERSON"
    if m.label == "PERSON" and len(words) > 1 and words[0].lower() in _COMPASS_OPENERS \
            and not any(w in ORG_SUFFIXES for w in words):
        return "GPE"  # "Southeast Valdora", "North Sarn": a region, not a person's name
    if m.label in _THING_LABELS and span.root.dep_ in ("nsubj", "nsubjpass") \
            and span.root.head.lemma_ in SPEECH_VERBS:
        return "PERSON"
    if len(words) > 1 and words[-1] in ORG_SUFFIXES and m.label != "ORG" \
            and (m.label != "PERSON" or words[-1] in STRONG_ORG_SUFFIXES):
        return "ORG"
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if _state_office_after(m, span, doc):
        return "GPE"
    if after is not None and (_place_noun_after(m, after.text) or _unknown_people_word_before(m, before, after)) \
            and not _state_media(after, doc):
        return "GPE"
    if (before is not None and before.text in LOCATION_PREPOSITIONS
            and (m.label in ("ORG", "PERSON") or (m.label == "NORP" and not _people_form(m.text)))
            and len(words) == 1 and not is_acronym(m.text) and m.text[:1].isupper() and not m.text.isupper()
            and m.text not in ORG_SUFFIXES):  # "in Congress", "in Parliament" stay organizations
        return "GPE"
    if m.label in ("ORG", "PERSON") and len(words) == 1 and not is_acronym(m.text) \
            and (_route_end(span, doc) or _listed_with_place(span, doc)):
        return "GPE"
    if m.label == "PERSON" and len(words) == 1:
        return _state_owner(span, doc) or _demonym(span)
    return None


#: what is said of a person only, right after the name and a comma: a relative "who" ("X, who fled"), "whose"
#: and a relative ("X, whose son was aboard"); an office ("X, head of the agency", "X, the agency's chief")
_KIN_NOUNS = frozenset(("son", "sons", "daughter", "daughters", "wife", "husband", "father", "mother", "brother",
                        "brothers", "sister", "sisters", "child", "children", "parents", "niece", "nephew",
                        "grandson", "granddaughter", "uncle", "aunt", "cousin", "family", "relatives"))
#: the most office words after the first of a compound office ("deputy director general")
_OFFICE_WORDS = 3
#: offices a company holds as well as a person ("X, the owner of the ship"): no sign of a person after an ORG
_BODY_ROLES = frozenset(("owner", "operator", "executive", "leader", "founder"))


#: a German or Dutch nobiliary or family particle between a given name and a surname ("Anke von Tarsel", "Joost van
#: der Velm"): no group, place or building is named so, though the tagger often reads such a name as a body
_PERSON_PARTICLE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)? "
                              r"(?:von|van|vom|zu|von der|van der|van den|von und zu) "
                              r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
#: the labels such a name may be given instead of a person's
_PARTICLE_TAKERS = frozenset(("ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT"))


def _particle_person(text: str) -> bool:
    """"<Given> von <Surname>", "<Given> van der <Surname>" (:data:`_PERSON_PARTICLE`), with no organization,
    facility or place-unit word and no place's name: a person's name whatever the tagger called it."""
    words = text.split()
    return _PERSON_PARTICLE.fullmatch(text) is not None and known_place(text) is None and not any(
        w in ORG_SUFFIXES or w.lower() in FACILITY_WORDS or w.lower() in PLACE_UNIT_WORDS or w in BUILDING_WORDS
        for w in words)


def _person_shaped(m: Mention) -> bool:
    """A body's name of two to four capitalized words that could be a person's full name ("Horst Aldo Venn"): no
    organization, facility or place-unit word, no small word, no place's or people's name among them. Such a name
    that an office describes after its comma ("X Y Z, chief of the agency") is a person's, as a one-word one is."""
    words = m.text.split()
    return m.label == "ORG" and 2 <= len(words) <= 4 and known_place(m.text) is None and all(
        re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) and w not in ORG_SUFFIXES
        and w.lower() not in FACILITY_WORDS and w.lower() not in PLACE_UNIT_WORDS and known_place(w) is None
        and demonym_country(w) is None for w in words)


def _described_as_person(m: Mention, span: Span, doc: Doc) -> bool:
    """A one-word name the tagger read as a place, a people or a body that the words after its comma describe as a
    person: "X, who ..." (a place never is a "who"; a people's or a body's word may be, so only a GPE), "X, whose
    son ..." and "X, [the] [agency's] head of|for|at|to ..." (a compound office too: "X, deputy director general
    for ..."; not for a country's or a province's name)."""
    if m.label not in ("GPE", "NORP", "ORG") or is_acronym(m.text) or not m.text[:1].isupper() \
            or m.text in ORG_SUFFIXES or known_place(m.text):
        return False
    nxt = doc[span.end:span.end + 6]
    if len(nxt) < 3 or nxt[0].text != ",":
        return False
    if nxt[1].lower_ == "who":
        return m.label == "GPE"
    if nxt[1].lower_ == "whose":  # "whose son", "whose 20-year-old daughter"
        for tok in doc[nxt[1].i + 1:nxt[1].i + 7]:
            if tok.lower_ in _KIN_NOUNS:
                return True
            if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text != "-"):
                return False
        return False
    i = 2 if nxt[1].lower_ in ("the", "a", "an") else 1
    for tok in nxt[i:]:
        if tok.lower_ in ROLE_HEADS and tok.is_lower:
            j = tok.i + 1  # a compound office: "deputy director general for", "chief executive of"
            while j < len(doc) and j - tok.i <= _OFFICE_WORDS and doc[j].is_lower and doc[j].lower_ in ROLE_HEADS:
                j += 1
            after = doc[j] if j < len(doc) else None
            return after is not None and after.lower_ in ("of", "for", "at", "to") \
                and not (m.label == "ORG" and doc[j - 1].lower_ in _BODY_ROLES)
        if not (tok.is_lower and tok.is_alpha) and tok.text not in ("'s", "’s"):
            return False
    return False


#: a person's initials before the surname: two or three capitals as one word, with or without full stops ("RK",
#: "R.K."), or single capitals written apart ("R K", "R. K.")
_INITIALS_WORD = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){1,3}|[A-Z]")
_SURNAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _initialled_name(text: str) -> bool:
    """"RK Varesh", "R. K. Varesh", "D.P. Orlan Tamrin": initials, then one or two capitalized words that are no
    organization, facility or place word, nor a place's or people's name. A body's acronym before a word reads so
    too ("TV Varesh"), so the shape alone says nothing: only with a person's office or speech (the caller)."""
    words = text.split()
    k = 0
    while k < len(words) and _INITIALS_WORD.fullmatch(words[k]):
        k += 1
    rest = words[k:]
    letters = sum(len(w.replace(".", "")) for w in words[:k])
    return 2 <= letters <= 3 and 1 <= len(rest) <= 2 and known_place(" ".join(rest)) is None and all(
        _SURNAME_WORD.fullmatch(w) and w not in ORG_SUFFIXES and w.lower() not in FACILITY_WORDS
        and w.lower() not in PLACE_UNIT_WORDS and known_place(w) is None and demonym_country(w) is None
        for w in rest)


def _initialled_person(m: Mention, span: Span, doc: Doc) -> bool:
    """A name written with its initials ("RK Varesh", :func:`_initialled_name`) that an office describes after its
    comma ("RK Varesh, the mines minister,") or that says something ("RK Varesh said", also where the parse
    hangs the name elsewhere): a person, not a body whose
    acronym opens its name."""
    return _initialled_name(m.text) and (_role_apposed(span, doc) or (
        span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.lemma_ in SPEECH_VERBS)
        or (span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX") and doc[span.end].lemma_ in SPEECH_VERBS))


#: the most words of an office set off by a comma after a name ("X, the deputy district mines minister,")
_APPOSED_WORDS = 5


def _role_apposed(span: Span, doc: Doc) -> bool:
    """An office or a person's word set off after the name's comma and closing that phrase: "X, the mines
    minister,", "X, a senior official." (not "X, the minister's office": the office word must end the phrase)."""
    k = span.end
    if k >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    last = None
    while k < len(doc) and k - span.end <= _APPOSED_WORDS and doc[k].is_alpha and doc[k].is_lower:
        last = doc[k]
        k += 1
    return last is not None and k < len(doc) and doc[k].text in (",", ".", ";") \
        and (last.lower_ in ROLE_HEADS or last.lower_ in NOMINAL_PERSON)


#: words that open a region's name ("Southeast X", "Northern X"), never a person's given name
_COMPASS_OPENERS = COMPASS_WORDS | frozenset(("northern", "southern", "eastern", "western"))


#: events a place's name stands before ("the X earthquake"), as the name of a town stands before "town"
_PLACE_EVENTS = frozenset(("earthquake", "quake", "tsunami", "eruption", "landslide", "mudslide", "floods"))


def _unknown_people_word_before(m: Mention, before: Token | None, after: Token) -> bool:
    """A one-word name shaped like a people's word ("-an", "-i", "-ese") that no country's people bear, before a
    town's noun right after a preposition ("in X town"; "the central X town" keeps its people's word) or before a
    natural disaster ("the X earthquake"): a place's name."""
    if m.label not in ("NORP", "PERSON", "ORG") or len(m.text.split()) != 1 or not after.is_lower \
            or demonym_country(m.text) or is_acronym(m.text):
        return False
    if after.text in _PLACE_EVENTS:
        return True
    return m.label == "NORP" and after.text in _TOWN_WORDS and _people_form(m.text) \
        and before is not None and (before.lower_ in LOCATION_PREPOSITIONS or before.lower_ in _TOWARD)


#: prepositions of a place that a journey or a report starts or ends at ("from X town", "to X")
_TOWARD = frozenset(("from", "to", "at", "of", "into"))


def _listed_with_place(span: Span, doc: Doc) -> bool:
    """"from X and <place>", "in <place> and X": a one-word name in a pair with a name the tagger read as a place,
    after a location preposition or "from"/"to", is one too."""
    def place(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].ent_type_ in ("GPE", "LOC") and doc[i].text[:1].isupper()

    def opener(i: int) -> bool:
        return 0 <= i < len(doc) and (doc[i].lower_ in LOCATION_PREPOSITIONS or doc[i].lower_ in ("from", "to"))

    if span.root.dep_ in ("nsubj", "nsubjpass") or (span.end < len(doc) and doc[span.end].text[:1].isupper()):
        return False  # "from Valdora and Orlan I became ...": a subject, or a name that goes on
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ("and", "or") and place(span.end + 1) and opener(span.start - 1):
        return True
    if span.start >= 3 and doc[span.start - 1].lower_ in ("and", "or") and place(span.start - 2):
        j = span.start - 2
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
        return opener(j - 1)
    return False


def _route_end(span: Span, doc: Doc) -> bool:
    """"flew from X to <place>", "the road from <place> to X": the other end of a journey the tagger read as a
    place makes X one ("a grant from X to <country>" is no journey: the word "from" hangs on must be one of
    moving)."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "from" and after is not None and after.lower_ == "to":
        return _moving(before) and span.end + 1 < len(doc) and doc[span.end + 1].ent_type_ in ("GPE", "LOC")
    if before is not None and before.lower_ == "to" and span.start >= 3:
        for i in range(span.start - 2, max(span.start - 6, 0), -1):  # the other end: up to four words back
            if doc[i].lower_ == "from":
                return _moving(doc[i]) and doc[i + 1].ent_type_ in ("GPE", "LOC") \
                    and doc[span.start - 2].ent_type_ in ("GPE", "LOC")
    return False


def _moving(prep: Token) -> bool:
    return prep.head.lemma_.lower() in motion.ROUTE_WORDS


#: nouns after a name that make it a town or a district even where the tagger read a people's word ("the
#: X police" or "the X state" may be a people's; "X town" is no people's)
_TOWN_WORDS = frozenset(("town", "village", "city", "district", "province", "county", "municipality",
                         "governorate", "prefecture"))


#: labels the tagger gives a word it does not know ("the X region" read as a product)
_UNKNOWN_WORD_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


def _state_office_after(m: Mention, span: Span, doc: Doc) -> bool:
    """"X Foreign Minister Y", "X Interior Ministry": a one-word name before a state's ministry is the state."""
    if len(m.text.split()) != 1 or m.label not in ("ORG", "PERSON", *_UNKNOWN_WORD_LABELS) or is_acronym(m.text) \
            or span.end + 1 >= len(doc):
        return False
    return doc[span.end].lower_ in STATE_MINISTRIES and doc[span.end + 1].lower_ in ("minister", "ministry")


def _place_noun_after(m: Mention, word: str) -> bool:
    """"the X police", "X province" (any thing or person label); "X town" also for a people's label."""
    if word in PLACE_FOLLOWERS and m.label in ("ORG", "PERSON", "LOC", "FAC", "GPE", *_UNKNOWN_WORD_LABELS):
        return True
    return word in _TOWN_WORDS and m.label == "NORP" and not _people_form(m.text)


#: words after "state" that make it the state's outlet, not a place's unit ("X state news agency", "X state TV")
_STATE_MEDIA = MEDIA_NOUNS | frozenset(("news", "media", "television", "tv", "radio", "run", "owned"))


def _state_media(after: Token, doc: Doc) -> bool:
    """"the official X state news agency", "X state-run TV": "state" says who runs the outlet X, not where X is."""
    if after.lower_ != "state":
        return False
    nxt = [t for t in doc[after.i + 1:after.i + 3] if t.text != "-"]
    return bool(nxt) and nxt[0].is_lower and nxt[0].lower_ in _STATE_MEDIA


def _people_form(text: str) -> bool:
    """A word shaped like a people's name ("Valdoran", "Ostravese", "Estmarki", plural too): "the X police"
    or "in X" keeps it a people's word; a town's name the tagger read as one ("the Kelvaro schoolchildren")
    has no such ending."""
    word = text[:-1] if text.endswith("s") else text
    return len(text.split()) > 1 or word.lower().endswith(DEMONYM_ENDINGS)


#: words that open a town square's name in the languages whose squares English news names as they are written
#: ("Place de la X", "Plaza de X", "Piazza X", "Praça do X", "Plac X")
_SQUARE_OPENERS = frozenset(("Place", "Plaza", "Piazza", "Praça", "Praca", "Plac", "Largo", "Platz"))
#: the particles after a square's word ("Place de la X", "Plaza del X", "Piazza della X")
_SQUARE_PARTICLES = frozenset(("de", "du", "des", "del", "della", "delle", "dei", "da", "do", "dos", "das"))


def square_name(text: str) -> bool:
    """"Place de la X", "Plaza de X", "Piazza X": a square's name, a site (FAC) whatever the tagger read (a body,
    a person). "Place" is an English word too: only before a particle ("Place de ..."); the others also before a
    capitalized word ("Plaza Mayor", "Piazza Velmora")."""
    words = text.split()
    if len(words) < 2 or words[0] not in _SQUARE_OPENERS or words[-1] in ORG_SUFFIXES:
        return False
    if words[1] in _SQUARE_PARTICLES:
        return len(words) > 2
    return words[0] != "Place" and words[1][:1].isupper()


def _named_thing(m: Mention, span: Span, doc: Doc) -> str | None:
    """A storm ("Storm X", "the storm X"), a building ("X Mosque") or a band ("the band X", "musical group
    X"): names the small tagger often reads as a person's."""
    words = m.text.split()
    before = _word_before(span, doc)
    if (len(words) > 1 and words[0] in STORM_WORDS) or (before is not None and before.lower_ in STORM_WORDS):
        return "EVENT"
    if len(words) > 1 and words[-1] in BUILDING_WORDS and m.label != "FAC":
        return "FAC"
    if square_name(m.text) and m.label not in ("FAC", "LOC"):
        return "FAC"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.text in BUILDING_WORDS and m.label in _BUILDING_TAKERS \
            and not gazetteer_name(m.text):
        return "FAC"  # "the X hotel", "X airport": the building's name without its word (not a known town's)
    if _outlet_noun_after(m, span, doc):
        return "ORG"  # "the official X news agency", "the 'X' channel": an outlet's name before its kind
    if _body_noun_after(m, span, doc):
        return "ORG"  # "the X movement", "the X militia": a body's name before its kind
    if m.label in ("PERSON", "GPE", "WORK_OF_ART", "PRODUCT") and before is not None and before.is_lower:
        prev = doc[before.i - 1] if before.i > 0 else None
        if before.lower_ in ORG_APPOSITION_NOUNS or before.lower_ in MEDIA_NOUNS \
                or (before.lower_ == "group" and prev is not None
                                                     and prev.lower_ in MUSIC_WORDS):
            return "ORG"
        if before.lower_ in _BODY_NOUNS and m.label in _BODY_NAME_TAKERS \
                and not (prev is not None and prev.lower_ in _PEOPLE_WORDS):
            return "ORG"  # "the militant group X", "the rebel movement X"; not "the ethnic group X"
    if m.label == "PERSON" and len(words) > 1 and _ACRONYM_WORD.fullmatch(words[0]) \
            and not _initialled_person(m, span, doc):
        return "ORG"  # "TSC Tarvin", "NCB Velmor": an acronym opens a body's or a school's name, not a person's
    return None


def _unknown_place(text: str) -> bool:
    """A name no country, capital, province or town of the lexicons and the gazetteer bears."""
    return known_place(text) is None and country_of(text) is None and not gazetteer_place(text)


def _body_noun_after(m: Mention, span: Span, doc: Doc) -> bool:
    """"the X movement", "the center-right X movement", "the X militia": a name the tagger read as a person's (or
    a title's, a product's, or a place's that no lexicon knows) right before a lower-case body noun, after "the"
    or a lower-case modifier, is the body's name (the body noun is no part of it; other articles write it alone).
    Not "the ethnic X group" (a people), nor a surname the article gives a person's full name to ("the X
    movement" of a movement named after its leader Ana X: "X" alone is the leader)."""
    if span.end >= len(doc) or span.start == 0:
        return False
    if m.label not in _BODY_NAME_TAKERS and not (m.label in ("GPE", "LOC") and _unknown_place(m.text)):
        return False  # (a known place's name is the place: "the X militia" of a province)
    after, before = doc[span.end], doc[span.start - 1]
    if not after.is_lower or after.lower_ not in _BODY_NOUNS or not before.is_lower or not before.is_alpha \
            or before.lower_ in _PEOPLE_WORDS:
        return False
    last = m.text.split()[-1]
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last and e.start != span.start
                   for e in doc.ents)


#: the labels the tagger gives an outlet's unfamiliar name before its kind ("the X news agency" read as a people's)
_OUTLET_TAKERS = frozenset(("PERSON", "GPE", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"))
#: lower-case words between an outlet's name and its kind ("X news agency", "X television channel")
_OUTLET_KIND_WORDS = frozenset(("news", "television", "tv", "radio"))


def _outlet_noun_after(m: Mention, span: Span, doc: Doc) -> bool:
    """A name right before an outlet's kind noun ("the X news agency", "the X channel", "'X' channel"), perhaps
    after a closing quote and a medium's word: the outlet's own name. Not a people's or a country's or a known
    place's name ("the Velmoran news agency", "the Peru channel" are described by whose they are)."""
    if m.label not in _OUTLET_TAKERS or len(m.text.split()) > 3:
        return False
    i = span.end
    while i < len(doc) and doc[i].text in ("'", "’", '"', "”"):
        i += 1
    while i < len(doc) and doc[i].is_lower and doc[i].lower_ in _OUTLET_KIND_WORDS:
        i += 1
    if i >= len(doc) or not doc[i].is_lower or doc[i].lower_ not in MEDIA_NOUNS:
        return False
    return demonym_country(m.text) is None and country_of(m.text) is None and known_place(m.text) is None \
        and not gazetteer_name(m.text) and not (len(m.text.split()) == 1 and _people_form(m.text))


#: labels the tagger gives a building's name said without its word ("the X hotel" read as a company's; a
#: place's name before "airport" is the town's, a people's word before "church" the faith's)
_BUILDING_TAKERS = frozenset(("ORG", "PERSON", "PRODUCT", "WORK_OF_ART"))
#: lower-case nouns right before a name that say it is an organization's ("the armed group X")
_BODY_NOUNS = frozenset(("group", "militia", "movement", "outfit", "faction", "organisation", "organization",
                         "coalition", "alliance", "bloc"))
#: the labels the tagger gives a body's unfamiliar name after its body noun: a person's, a title's ("the opposition
#: coalition Together for X" read as a work of art), a product's
_BODY_NAME_TAKERS = frozenset(("PERSON", "WORK_OF_ART", "PRODUCT"))
#: ... unless a people's word comes first ("the ethnic group X" is a people)
_PEOPLE_WORDS = frozenset(("ethnic", "tribal", "minority", "indigenous", "linguistic", "age", "blood"))
#: capitals without a vowel: an acronym, not the capitalized surname some outlets write ("KIM", "LEE")
_ACRONYM_WORD = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,6}")


_PLACE_RELABEL = frozenset({"PERSON", "ORG", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"})
#: words a list of names runs through, and the words that open it after a class noun ("villages of X",
#: "towns including X", "villages such as X")
_LIST_WORDS = frozenset({",", "and", "or"})
_LIST_OPENERS = frozenset({"of", "including", "like", "as"})
_LIST_SPAN = 15


def _placed(m: Mention, span: Span, doc: Doc) -> bool:
    """Is the name a place by what its sentence says of it (see the module docstring)?"""
    last = m.text.split()[-1]
    if m.label not in _PLACE_RELABEL or last in ORG_SUFFIXES or last in BUILDING_WORDS \
            or last.lower() in FACILITY_WORDS or any(c.isdigit() for c in m.text):  # "Valdoria 2, Estmark 0"
        return False
    if _full_name_speaking(m, span):
        return False  # "head of the authorities in the region Ivo Dresk said": the speaker, not the region
    if is_acronym(m.text):  # "DORVANEK, Valdoria (Agency) -": a dateline's town in capitals is no acronym
        return _capital_dateline(m, span, doc)
    return _class_noun_before(span, doc) or _class_noun_of(span) or _compass_before(span, doc) \
        or _country_after(span, doc) or _based_in(span, doc) or _after_facility(span, doc) \
        or _listed_among_places(span, doc) or _class_noun_after_list(span, doc)


def _full_name_speaking(m: Mention, span: Span) -> bool:
    """A name of two or more words the tagger read as a person's that is the subject of a speech verb: a person
    telling something, whatever place noun stands before it ("in the region X Y reported")."""
    return m.label == "PERSON" and len(span) > 1 and span.root.dep_ == "nsubj" \
        and span.root.head.lemma_ in SPEECH_VERBS


#: the fewest letters of a dateline's town written in capitals (shorter ones are read as acronyms)
_DATELINE_LETTERS = 5


def _capital_dateline(m: Mention, span: Span, doc: Doc) -> bool:
    """A name in capitals of five letters or more with two vowels, opening its line, then a comma and a
    country's name ("DORVANEK, Valdoria (Agency) —"): a wire dateline's town, not an acronym."""
    word = m.text.replace(".", "")
    line_start = span.start == 0 or doc[span.start - 1].is_space or "\n" in doc[span.start - 1].text_with_ws
    return line_start and len(word) >= _DATELINE_LETTERS and sum(c in "AEIOUY" for c in word) >= 2 \
        and _country_after(span, doc)


#: the fewest names in a list whose other members make a name of it a place
_PLACE_LIST = 3


def _listed_among_places(span: Span, doc: Doc) -> bool:
    """A one-word name in a list of three names or more ("W, X, Y and Z") whose every other member the tagger
    read as a place: the odd one out is a place too (a province's unfamiliar name typed a product)."""
    if len(span) != 1:
        return False
    if not ((span.start > 0 and doc[span.start - 1].text in _LIST_WORDS)
            or (span.end < len(doc) and doc[span.end].text in _LIST_WORDS)):
        return False  # (a list word beside it or no other member: the walks below would find none)
    ents = [e for e in span.sent.ents if e.end <= span.start or e.start >= span.end]
    before = sorted((e for e in ents if e.end <= span.start), key=lambda e: -e.end)
    after = sorted((e for e in ents if e.start >= span.end), key=lambda e: e.start)
    others = []
    edge = span.start
    for e in before:  # walk left while only list words lie between
        if e.end == edge or not all(t.text in _LIST_WORDS for t in doc[e.end:edge]):
            break
        others.append(e)
        edge = e.start
    edge = span.end
    for e in after:
        if e.start == edge or not all(t.text in _LIST_WORDS for t in doc[edge:e.start]):
            break
        others.append(e)
        edge = e.end
    return len(others) + 1 >= _PLACE_LIST and all(e.label_ in ("GPE", "LOC") for e in others)


def _after_facility(span: Span, doc: Doc) -> bool:
    """"X College, Y" or "X Hospital, Y": a name of one or two words after a comma that closes a school's,
    hospital's or other facility's name is the place it stands in (as in an address)."""
    if span.start < 2 or len(span) > 2 or doc[span.start - 1].text != ",":
        return False
    word = doc[span.start - 2]
    if not (word.text[:1].isupper() and word.lower_ in FACILITY_WORDS and word.lower_ not in _NOT_SITES):
        return False
    # "At X Hospital, Y said": a speaker, not a place
    return not (span.root.dep_ == "nsubj" and span.root.head.lemma_ in SPEECH_VERBS)


#: facility words that also name a body speaking for itself ("the Police, X said")
_NOT_SITES = frozenset(("police", "court", "headquarters", "embassy", "consulate"))


def _class_noun_before(span: Span, doc: Doc) -> bool:
    """"the capital X", "the town of X", "villages of W, X and Y": a place-class noun before the name, right
    before it or through "of"/"including"/"such as" and a list of other names."""
    i = span.start - 1
    if i >= 0 and _place_class(doc[i]):
        return True
    while i >= 0 and span.start - i <= _LIST_SPAN and (doc[i].text in _LIST_WORDS or doc[i].text[:1].isupper()
                                                       or _inside_name(doc[i])):
        i -= 1
    if i < 1 or doc[i].lower_ not in _LIST_OPENERS:
        return False
    if doc[i].lower_ == "as":
        i -= 1
        if doc[i].lower_ != "such":
            return False
    return i >= 1 and (_place_class(doc[i - 1]) or (doc[i].lower_ == "of" and _state_noun(doc[i - 1])))


#: nouns of a country's part that name it only through "of" ("the state of X", "the territory of X"); right
#: before a name they are other words ("state TV X")
_OF_PLACE_NOUNS = frozenset(("state", "territory", "emirate", "canton"))


def _state_noun(tok: Token) -> bool:
    return tok.is_lower and tok.lemma_ in _OF_PLACE_NOUNS


def _class_noun_after_list(span: Span, doc: Doc) -> bool:
    """"W, X and Y provinces", "the X and Y rivers": a list of names that a plural place noun closes; every
    name of it is such a place (one name before a singular noun is :func:`_place_noun_after`'s)."""
    i, listed = span.end, span.start > 0 and doc[span.start - 1].text in _LIST_WORDS
    while i < len(doc) and i - span.end <= _LIST_SPAN and (doc[i].text in _LIST_WORDS or doc[i].text[:1].isupper()
                                                             or _inside_name(doc[i])):
        listed = listed or doc[i].text in _LIST_WORDS
        i += 1
    if not listed or i >= len(doc) or doc[i - 1].text in _LIST_WORDS:
        return False
    noun = doc[i]
    return noun.is_lower and noun.tag_ == "NNS" and (noun.lemma_ in PLACE_CLASS_NOUNS
                                                     or noun.lemma_ in _OF_PLACE_NOUNS)


#: nouns of a settlement: a name they introduce is a town, never a natural feature or a site
_SETTLEMENT_NOUNS = frozenset(("town", "village", "city", "capital", "hamlet", "settlement", "township", "suburb",
                               "neighbourhood", "neighborhood", "port", "municipality", "commune"))


def _settlement_noun_before(span: Span, doc: Doc) -> bool:
    """"the town of X", "the village X": a name the tagger called a location (a natural feature, which may lie
    anywhere) that a settlement's noun introduces is a town."""
    i = span.start - 1
    if i >= 1 and doc[i].lower_ == "of":
        i -= 1
    return i >= 0 and doc[i].is_lower and doc[i].lemma_ in _SETTLEMENT_NOUNS


def _inside_name(tok: Token) -> bool:
    """A token inside a name the tagger found, not its first ("-" and "Sorin" of "Al-Sorin", "bin" of "X bin Y")."""
    return tok.ent_iob_ == "I"


#: labels a natural feature's or a building's name may carry that its description corrects
_FEATURE_RELABEL = frozenset({"PERSON", "ORG", "NORP", "FAC", "GPE", "WORK_OF_ART", "PRODUCT"})


def _described_as_feature(m: Mention, span: Span) -> str | None:
    """"X, a valley that runs through the town", "X is a river": LOC for a natural feature's class noun in
    apposition or as the predicate; "X, a hospital on the coast": FAC for a building's (not a body's,
    "X, the police")."""
    root, doc = span.root, span.doc
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("a", "an"):
        # the parse may hang "X, a river flowing ..." on the verb: the noun phrase right after the comma
        head = _phrase_head(doc, span.end + 2)
        if head is not None:
            nouns.append(head)
    for noun in nouns:
        if not noun.is_lower:
            continue
        if CLASS_NOUNS.get(noun.lemma_) == "LOC" and m.label in _FEATURE_RELABEL - {"LOC"}:
            return "LOC"
        if noun.lemma_ in FACILITY_WORDS and noun.lemma_ not in _NOT_SITES and m.label in _FEATURE_RELABEL - {"FAC"} \
                and m.text.split()[-1] not in ORG_SUFFIXES:
            return "FAC"
    return None


#: natural features news introduces by their class and a name ("a mountain called X"), beyond the class nouns
#: that follow a name ("the X river")
_FEATURE_NOUNS = frozenset({*(n for n, label in CLASS_NOUNS.items() if label == "LOC"), "mountain", "hill",
                            "peak", "volcano", "island", "forest", "ravine", "gorge"})


def _called_by_class(m: Mention, span: Span) -> str | None:
    """"a mountain called X", "a village named X", "a camp known as X": the class noun before "called",
    "named" or "known as" says what X is, LOC for a natural feature, GPE for a settlement, FAC for a site
    (not a body's word: "a group called X" is left to the tagger)."""
    doc, i = span.doc, span.start - 1
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        i -= 1
    elif i < 0 or doc[i].lower_ not in ("called", "named"):
        return None
    noun = doc[i - 1] if i >= 1 else None
    if noun is None or not noun.is_lower or noun.pos_ != "NOUN":
        return None
    if noun.lemma_ in _FEATURE_NOUNS and m.label in _FEATURE_RELABEL:
        return "LOC"
    if noun.lemma_ in PLACE_CLASS_NOUNS - {"port", "capital"} and m.label in _FEATURE_RELABEL - {"GPE"}:
        return "GPE"
    if noun.lemma_ in FACILITY_WORDS and noun.lemma_ not in _NOT_SITES and m.label in _FEATURE_RELABEL - {"FAC"} \
            and m.text.split()[-1] not in ORG_SUFFIXES:
        return "FAC"
    return None


#: nouns of a building a name in apposition may follow ("the parliament building, X,"), beyond the facility words
_BUILDING_NOUNS = FACILITY_WORDS | frozenset(("building", "landmark"))
#: what closes a name set off in apposition: a comma, the sentence's end, a bracket
_APPOSITION_CLOSERS = frozenset((",", ".", ";", ")", "—", "–"))


def _apposed_to_class(m: Mention, span: Span) -> str | None:
    """"the country's capital, X,", "the parliament building, the X,", "the river, X.": a name set off by commas
    right after a noun phrase a lower-case class noun heads is what that noun says, GPE for a settlement or an
    area, FAC for a building (not a body's word: "the police, X,"), LOC for a natural feature. The name must
    close its apposition (a comma, the sentence's end): "In the capital, X officials said" opens a clause."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].text != "," or span.end >= len(doc) or doc[span.end].text not in _APPOSITION_CLOSERS:
        return None
    noun = doc[i - 1]
    if not noun.is_lower or noun.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # a definite noun phrase ("the capital", "its port"), not "In 2015, X"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return None  # "a resident of the village, X,": the phrase's head is the resident
    if CLASS_NOUNS.get(noun.lemma_) == "LOC" and m.label in _FEATURE_RELABEL - {"LOC"}:
        return "LOC"
    if noun.lemma_ in PLACE_CLASS_NOUNS - {"port"} and m.label in _FEATURE_RELABEL - {"GPE"}:
        return "GPE"
    if noun.lemma_ in _BUILDING_NOUNS and noun.lemma_ not in _NOT_SITES and m.label in _FEATURE_RELABEL - {"FAC"} \
            and m.text.split()[-1] not in ORG_SUFFIXES:
        return "FAC"
    return None


#: the most words between an article and its noun ("a large open-air venue")
_PHRASE_WORDS = 4


def _phrase_head(doc: Doc, start: int) -> Token | None:
    """The noun that ends a short noun phrase opening at ``start`` ("large shopping mall" of "a large shopping
    mall and ..."), or None when a word of another kind comes first."""
    for tok in doc[start:min(len(doc), start + _PHRASE_WORDS)]:
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV") or tok.is_punct:
            return None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.pos_ == "NOUN" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
            return tok
    return None


def _place_class(tok: Token) -> bool:
    return tok.is_lower and tok.lemma_ in PLACE_CLASS_NOUNS


def _class_noun_of(span: Span) -> bool:
    """"X, a town on the coast", "X is a village": a place-class noun in apposition or as the predicate."""
    root = span.root
    if any(c.dep_ == "appos" and _place_class(c) for c in root.children):
        return True
    return root.dep_ == "nsubj" and root.head.lemma_ == "be" \
        and any(c.dep_ == "attr" and _place_class(c) for c in root.head.children)


def _compass_before(span: Span, doc: Doc) -> bool:
    """"40 km east of X", "north of X"."""
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in COMPASS_WORDS


def _based_in(span: Span, doc: Doc) -> bool:
    """"an X-based company": a place is where something is based."""
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


def _country_after(span: Span, doc: Doc) -> bool:
    """"X, Valdoria" as in an address or a dateline: a comma, a country's name, then no more of the clause
    (punctuation, a date, the end of a line); "X, Valdoria's envoy" or "X, Valdoria said" is no address."""
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    start = span.end + 1
    for end in range(min(start + 3, len(doc)), start, -1):
        if any(not t.is_alpha for t in doc[start:end]) or known_place(doc[start:end].text) != "country":
            continue
        nxt = doc[end] if end < len(doc) else None
        return nxt is None or nxt.is_space or nxt.like_num or (nxt.is_punct and nxt.text not in ("'s", "’s"))
    return False


def _word_before(span: Span, doc: Doc) -> Token | None:
    """The word before a mention, past an opening quote ("the band \"X\"")."""
    i = span.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return doc[i] if i >= 0 else None


def _after_lowercase_role(m: Mention, span: Span, doc: Doc) -> bool:
    """"spokeswoman Ilse Varga", "minister Orlan Vesk", "the minister, Orlan Vesk": a full name right after a
    lower-case office noun, or after it and a comma; not after an office word an article makes an adjective
    ("the official Orvan Daily", "an official Velo account")."""
    before = doc[span.start - 1] if span.start > 0 else None
    toks = m.text.split()
    if before is not None and before.text == "," and before.i > 0:
        before = doc[before.i - 1]  # "the health minister, Orlan Vesk, said": the office in apposition
    if before is not None and before.lower_ in _ADJECTIVE_ROLES and before.i > 0 \
            and doc[before.i - 1].lower_ in ("the", "an", "a", "its", "their", "his", "her"):
        return False
    if before is None or not before.is_lower or len(toks) < 2 or any(t in ORG_SUFFIXES for t in toks):
        return False
    if before.lower_ in ROLE_HEADS:
        return all(t[:1].isupper() for t in toks)
    # "activist Ilse Varga", "technician Orlan Vesk", "blogger Nadia al-Varesh": an occupation or a person's
    # part written as a noun before a full name (a particle's word too: "al-X", "bin"); not a verb ("to host X
    # Y"), nor a name of a place, a facility or a people
    return before.lower_ in _PERSON_NOUNS_BEFORE and before.pos_ not in ("VERB", "AUX") and toks[0][:1].isupper() \
        and all(t[:1].isupper() or _NAME_PARTICLE.fullmatch(t) for t in toks) and known_place(m.text) is None \
        and not any(known_place(t) or demonym_country(t) or t.lower() in FACILITY_WORDS
                    or t.lower() in PLACE_UNIT_WORDS for t in toks)


#: lower-case nouns of a person that are no office: occupations, and a person's part in what happened
_PERSON_NOUNS_BEFORE = OCCUPATION_NOUNS | PARTICIPANT_NOUNS
#: a particle inside a person's name ("al-Varesh", "bin", "van der")
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-[A-Z][\w'’-]*|bin|ibn|bint|al|el|de|da|del|"
                            r"della|di|dos|das|du|van|von|der|den|la")


#: office nouns that are also adjectives ("the official news agency", "the executive board")
_ADJECTIVE_ROLES = frozenset(("official", "executive"))


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


#: a company's legal-form words: "X Inc" is the organization X, whatever the tagger calls a bare "X"
_LEGAL_FORMS = SAME_ORG_SUFFIXES & STRONG_ORG_SUFFIXES


def company_short_names(mentions: list[Mention]) -> list[Mention]:
    """A name that an organization's mention of the same article gives before its legal-form words ("Halvex"
    of "Halvex Inc.", "Tarvel Motors" of "Tarvel Motors Corp") is that organization, whatever the tagger called
    it: ORG. Not a known place's name, nor a word a person's full name of the article ends with ("Ana Halvex")."""
    shorts = set()
    for m in mentions:
        words = m.text.rstrip(".").split()
        if m.label == "ORG" and len(words) > 1 and words[-1].rstrip(".") in _LEGAL_FORMS:
            while len(words) > 1 and words[-1].rstrip(".,") in _LEGAL_FORMS:
                words.pop()
            shorts.add(folded_key(" ".join(words).rstrip(",")))
    surnames = {folded_key(m.text.split()[-1]) for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    out = []
    for m in mentions:
        key = folded_key(m.text)
        if m.label != "ORG" and m.kind == "name" and key in shorts and key not in surnames \
                and known_place(m.text) is None:
            m = replace(m, label="ORG", source="names:company")
        out.append(m)
    return out


#: a mention's source that the gazetteer's relabelling writes
GAZETTEER = "names:gazetteer"


#: sources of a person's mention that a sentence made one: a context rule, a title before the name, an office noun
#: before or after it, a given name before it, a surname a person's full name gave before
PERSON_SOURCES = frozenset((CONTEXT, "names:title", "names:role", "names:given", "names:surname"))


def gazetteer_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A name the tagger read as a person's that the gazetteer knows as a town (:mod:`.gazetteer`) is a place,
    GPE, unless its article gives person evidence for that name: a mention of it a sentence confirmed as a
    person's (after a title or an honorific, an office noun, "X, who ..."), or a person's name of two words or
    more that holds it ("Ana Velmora" makes "Velmora" her surname, and "Paris Velk" makes "Paris" a given name).
    Being the subject of a speech verb is no such evidence: a capital speaks for its government ("Velmora
    dismissed the report"). Run after :func:`retype_from_context` (whose labels are the evidence), before the
    vote. Left alone too: a common given name (:func:`gazetteer_name`), a name the article once gives right
    after a capitalized word of its line ("Minister of Valdora Orlan Khan" read as "Khan" alone: the tagger cut
    a longer name, a person's) or right after a lower-case office noun ("president X"), and a name the article
    describes in apposition ("X, a parts maker": a company or a product the tagger read as a person; MEANTIME
    entities fell 63.35 -> 63.30 without these two)."""
    person_words: set[str] = set()
    surnames: set[str] = set()
    confirmed: set[str] = set()
    for m in mentions:
        if m.label != "PERSON" or m.kind not in ("name", "acronym"):
            continue
        toks = name_tokens(m.text)
        if len(toks) > 1:
            person_words.update(fold_token(t) for t in toks)
            surnames.add(fold_token(toks[-1]))
        if m.source in PERSON_SOURCES or _after_capitalized(m, text) or _after_role_word(m, text) \
                or _apposed(m, text):
            confirmed.add(folded_key(m.text))
    out = []
    for m in mentions:
        if m.label == "PERSON" and m.kind == "name" and m.source != CONTEXT and gazetteer_name(m.text):
            key = folded_key(m.text)
            if key not in confirmed and not set(key.split()) & person_words:
                m = replace(m, label="GPE", source=GAZETTEER)
            elif key in surnames and m.source not in PERSON_SOURCES:
                # the evidence kept for the entity: other articles may read the bare name as the town's
                m = replace(m, source="names:surname")
        out.append(m)
    return out


#: a lower-case word right before a name ("president X", "spokesman X")
_WORD_BEFORE = re.compile(r"\b([a-z]+) $")
#: a comma and an article right after a name: an apposition says what it is ("X, a parts maker", "X, the new
#: version of ..."); one that says a place makes it one by the context rules already
_APPOSITION_AFTER = re.compile(r"\s?, (?:a|an|the) ")


def _after_role_word(m: Mention, text: str) -> bool:
    """"president X", "spokesman X": a lower-case office noun right before the name says a person."""
    hit = _WORD_BEFORE.search(text[max(0, m.start - 30):m.start])
    return hit is not None and hit.group(1) in ROLE_HEADS


def _apposed(m: Mention, text: str) -> bool:
    """"X, a parts maker", "X, the new version of ...": a description after the name's comma says what it is."""
    return _APPOSITION_AFTER.match(text, m.end) is not None


#: a capitalized word and the one space before a name, on its line
_BEFORE_CHARS = 60
#: a capital's initial and its full stop right before a name, after a capitalized word ("George W. X")
_INITIAL_BEFORE = re.compile(r"[A-Z][a-z]+ [A-Z] ?\. $")
_CAPITALIZED_BEFORE = re.compile(r"(?<![.!?:;\"“”'‘’(\[])\b[A-Z][\w'’\-]* $")


def _after_capitalized(m: Mention, text: str) -> bool:
    """Is the mention right after a capitalized word of its line, not at a sentence's start ("... Bangladesh
    Orlan Khan said" tagged "Khan")? (After "." or a quote the word before may close another sentence.)"""
    before = text[text.rfind("\n", 0, m.start) + 1:m.start][-_BEFORE_CHARS:]
    if _INITIAL_BEFORE.search(before):
        return True  # an initial right before it ("George W. Khan")
    hit = _CAPITALIZED_BEFORE.search(before)
    if hit is None or hit.start() == 0:
        return False  # none, or the line's first word (or too far to tell)
    return before[:hit.start()].rstrip(" ")[-1:] not in (".", "!", "?", "")


def gazetteer_name(text: str) -> bool:
    """A name the gazetteer knows, written as a place's (capitalized words, no initial, no acronym), that is no
    common given name ("Marco", "Florence": a town called so is left to the context rules, "in X"). ISO 3166-2's
    province names are left out: they hold names of clubs and people's (CoNLL-2003 dev 73.73 -> 73.68 with
    them)."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() and not w.isupper() and "." not in w for w in words) \
        and text.lower() not in COMMON_GIVEN_NAMES and gazetteer_place(text)


def vote_labels(mentions: list[Mention]) -> list[Mention]:
    """Relabel mentions of one folded name to the label holding a strict majority of the weight."""
    weights: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    placed: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        weights[_vote_key(m)][m.label] += mention_weight(m)
        if m.source == CONTEXT:
            placed[_vote_key(m)].add(m.label)
    out = []
    for m in mentions:
        key = _vote_key(m)
        w = weights[key]
        best = max(w, key=lambda lab: w[lab])
        confirmed = placed[key]
        if m.label == "PERSON" and len(confirmed) == 1 and next(iter(confirmed)) in ("GPE", "LOC") \
                and len(m.text.split()) == 1:
            # "in X, <Country>" once and "X" tagged a person three times: what a sentence says of a one-word
            # place outweighs the tagger's person guesses, when nothing confirms another label
            m = replace(m, label=next(iter(confirmed)), source="names:vote")
        elif best != m.label and w[best] > sum(w.values()) - w[best]:
            m = replace(m, label=best, source="names:vote")
        out.append(m)
    return out


def mention_weight(m: Mention) -> int:
    """A label confirmed by context or an acronym definition counts twice as much as a raw tag."""
    return 2 if m.source in (CONTEXT, "names:acronym", "names:title") else 1


def _vote_key(m: Mention) -> str:
    return m.kind + ":" + folded_key(m.text)
