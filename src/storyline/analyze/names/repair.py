"""The ``names`` component: repair the spaCy mentions before anything reads them.

Steps, in order (each is a function below, tested one by one):

1. :func:`split_lines` — a mention that runs over a line break, a list of names
   ("A, B and C"), a results line ("A 3 B 2") or a name and what follows "through"/"via" is cut into its parts;
   :func:`trim_mention` — drop a leading determiner, trailing footnote markers
   ("ABC*", "Name[2]"), a possessive ending ("X's", "X’s"), an English word joined by a hyphen ("X-led") and a
   table's figures ("X 108-3", "A. X 54").
2. :func:`merge_particle_names` — transliterated names joined by particles
   ("X-e-Y Z", "X-i-Y", "X ul Y", "bin X", "al-X") become one mention
   (spaCy splits them into an ORG and a GPE, or drops the middle);
   :func:`merge_group_names` — a capitalized run opened by a transliterated
   group word ("Harakat X Y") is one ORG mention; :func:`join_coordinated_bodies` — "<Place> Ports and Maritime
   Organisation", cut by the tagger at "and", is one ORG mention.
3. :func:`split_titles` — titles and ranks leave the name ("Lt Gen X Y" -> "X Y",
   the title is kept in ``state.extras["titles"]``); mentions that are only
   title words ("Defence" in "Defence Minister") are dropped.
   :func:`split_owner_words` — "<Name> <Group>'s": the group leaves the person's name, as it does from
   the front (:func:`split_leading_group`: "<Group> <Given> <Surname>");
   :func:`split_posted_place` — "Ambassador to <Country> <Name>": the country leaves the person's name;
   :func:`split_office_holder` — "Chair of the <Body> of <Country> <Name>": the body and the person;
   :func:`split_titled_holder` — "<Body> <Title> <Name>" ("X Assembly Speaker <Name>"): the body and the person,
   and "<Title> of <Field> <Name>" ("Minister of Security <Name>"): the person;
   :func:`split_owning_body` — "<X> Agency's <Y> Bureau": the owner and its unit are two mentions, as are a
   state's office and the body it opens (:func:`split_state_owner`: "Foreign Office Crisis Response Council"),
   and a person the article names and the body they lead (:func:`split_person_owner`: "<Person>'s X Foundation").
4. :func:`names_after_titles` — a capitalized name right after a title that
   spaCy missed becomes a PERSON mention ("Lt Gen <Name> <Name>"), and so does one a role phrase
   follows (:func:`names_before_roles`: "<Name> <Name>, head of X"), or a lower-case office noun (with its
   office: "the chief of staff <Name> <Name>") precedes; an all-capital word after a body's or an outlet's
   noun ("state broadcaster XBC") becomes an ORG acronym (:func:`acronyms_after_class_nouns`); then
   :func:`storyline.analyze.names.headlines.drop_headline_fragments` — words that a
   headline's capitals made part of a name ("<Group> Tells") leave it.
5. :func:`storyline.analyze.names.acronyms.link_acronyms` — "Long Name (LN)" links.
   :func:`extend_to_known_names`, :func:`with_class_nouns` — a name cut out of a longer one the
   document names whole; a place or group with the lower-case class noun that heads its noun phrase
   ("the X river", "the X group"), a misread site's name with its noun (:func:`sites_with_nouns`: "the X
   cemetery"); :func:`feature_names` — "River X", "Lake X" the tagger missed or cut; a full name's last word
   the tagger left out (:func:`surname_after`); a given name alone of one full name (:func:`given_names_again`).
6. :mod:`storyline.analyze.names.retype` — labels from context, then a per-document vote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from storyline.analyze.doctext import doc_text
from storyline.analyze.names.acronyms import link_acronyms
from storyline.analyze.names.headlines import drop_headline_fragments
from storyline.analyze.names.keys import fold_token, folded_key, is_acronym, numbered_name, tokens_match
from storyline.analyze.names.places import known_place
from storyline.analyze.names.retype import (
    company_short_names,
    dateline_places,
    gazetteer_name,
    gazetteer_places,
    opens_with_group_word,
    retype_from_context,
    vote_labels,
)
from storyline.analyze.pipeline import AnalysisState, Component, component
from storyline.analyze.resources import english_word
from storyline.lexicons.agencies import AGENCIES
from storyline.lexicons.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from storyline.lexicons.countries import country_name, country_of, demonym_country
from storyline.lexicons.given_names import COMMON_GIVEN_NAMES
from storyline.lexicons.numbers import DISTANCE_UNITS, NUMBER_WORDS
from storyline.lexicons.peoples import nation_word
from storyline.lexicons.stopwords import (
    CORRELATIVE_OPENERS,
    NAME_BREAKING_PREPOSITIONS,
    NAME_END_WORDS,
    NAME_OPENING_PREPOSITIONS,
    QUESTION_OPENERS,
)
from storyline.lexicons.titles import (
    BROADCAST_DESCRIPTIONS,
    BROADCAST_NOUNS,
    BUILDING_WORDS,
    CLASS_NOUN_TAKERS,
    CLASS_NOUNS,
    DEMONYM_ENDINGS,
    DETERMINERS,
    FACILITY_WORDS,
    HEADLINE_VERBS,
    MEDIA_NOUNS,
    NOMINAL_ORG,
    OCCUPATION_NOUNS,
    OFFICE_INITIALS,
    ORG_SUFFIXES,
    PLACE_FOLLOWERS,
    PLACE_OFFICES,
    PLACE_PREPOSITIONS,
    PLACE_UNIT_WORDS,
    RADIO_BANDS,
    RANK_ABBREVIATIONS,
    ROLE_HEADS,
    STATE_BODIES,
    STATE_NOUNS,
    STRONG_ORG_SUFFIXES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_PHRASE,
    is_title_word,
)
from storyline.model import Mention
from storyline.regex_prefilter import prefiltered

_FOOTNOTE_END = re.compile(r"(?:[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d{1,3}\])+$")
_QUOTES = "\"'“”‘’`"
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")

#: a capital and lower-case letters, accented ones too ("Yaël", "Ébert", "Łukasz"): a name's words in Latin script
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
_CAP = rf"[{_UPPER}][{_LOWER}]+(?:['’][{_UPPER}][{_LOWER}]+)?"  # O'Brien, not the possessive of "Smith's"
_INNER = r"(?:e|i|ul|ud|ur|ut|us|as|al|el|o)"
#: a Bengali name's "-or-" ("X-or-Y", as "X-ur-Y" elsewhere), only between hyphens
_HYPHEN_INNER = r"(?:e|i|ul|ud|ur|ut|us|as|al|el|o|or)"
#: particles that join the words of a town's name by hyphens ("X-on-Y", "X-upon-Y", "X-sur-Y", "X-am-Y"; French
#: "X-des-Y", "X-de-Y", "X-et-Y", "X-les-Y": "Pont-des-Vaux", "Val-et-Orne")
_PLACE_INNER = r"(?:on|upon|sur|sous|en|am|de|des|du|la|le|les|aux|et|lès)"
_PLACE_LINK = re.compile(rf"-{_PLACE_INNER}-")
_LINK = (rf"(?:-{_HYPHEN_INNER}-|-{_PLACE_INNER}-|-{_INNER} |\s{_INNER}-|\s(?:bin|ibn|bint|ul|ud|ur|al|el)\s"
         r"|\s(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-"
         # European particles: "Marta von der Velde", "Ivo da Sarno", "Lena de la Torre", "Joris van den Hoek"
         r"|\s(?:von|van|de|del|della|di|da|do|dos|das|du|des)(?:\s(?:der|den|de|la|los|las))?\s)")
#: a European particle inside a name ("von der", "da", "de la")
_EUROPEAN_PARTICLE = re.compile(r"\s(?:von|van|de|del|della|di|da|do|dos|das|du|des)\s")
#: a name with at least one particle link ("Jamaat-e-Noorin", "X bin Y", "X al-Y", "al-X")
_PARTICLE_NAME = prefiltered(rf"(?<![\w\-])(?:{_CAP}|(?:al|el)-{_CAP})(?:{_LINK}{_CAP})+|(?<![\w\-])(?:al|el)-{_CAP}")
#: a run of capitalized words joined by spaces, hyphens or particles ("Harakat Tehrir Karvosh")
_NAME_RUN = re.compile(rf"(?<![\w\-]){_CAP}(?:(?:{_LINK}|[ \-]){_CAP}){{1,4}}")
_MONTHS_DAYS = frozenset(w.capitalize() for w in MONTH_NAMES + WEEKDAY_NAMES)
_NAME_WORD = re.compile(rf"{_CAP}(?:-{_CAP})?")


@component("names", requires=("doc", "mentions"), assigns=("mentions", "acronyms", "extras.titles"))
class Names(Component):
    """Mention repair (see the module docstring for the steps)."""

    def __call__(self, state: AnalysisState) -> None:
        text = doc_text(state.doc)
        lines = [part for m in join_cut_names(state.mentions, text) for part in split_lines(m, text)]
        mentions = [t for t in (trim_mention(m, text) for m in lines) if t is not None]
        mentions = merge_particle_names(mentions, text, state.doc)
        mentions = merge_group_names(mentions, text)
        mentions = join_coordinated_bodies(mentions, text)
        mentions = merge_adjacent_persons(mentions, text)
        mentions = split_titles(mentions, text)
        mentions = split_posted_place(mentions, text)
        mentions = split_office_holder(mentions, text)
        mentions = split_titled_holder(mentions, text)
        mentions = split_owner_words(mentions, text)
        mentions = split_owning_body(mentions, text)
        mentions = split_state_owner(mentions, text)
        mentions = split_leading_group(mentions, text)
        mentions = split_leading_demonym(mentions, text)
        mentions = split_country_owner(mentions, text)
        mentions = split_person_owner(mentions, text)
        mentions = places_owned_by_countries(mentions, text, state.article.id)
        mentions = names_after_titles(mentions, text, state.article.id)
        mentions = regnal_numbers(mentions, text)
        mentions = names_before_roles(mentions, text, state.article.id, state.doc)
        mentions = names_after_roles(mentions, text, state.article.id)
        mentions = names_apposed_to_roles(mentions, text, state.article.id)
        mentions = businesses_before_descriptions(mentions, text, state.article.id)
        mentions = surnames_again(mentions, text, state.article.id)
        mentions = given_names_again(mentions, state.doc, state.article.id)
        mentions = acronyms_after_class_nouns(mentions, text, state.article.id, state.article.credit)
        mentions = agency_names(mentions, text, state.article.id)
        mentions = outlets_after_media_nouns(mentions, text, state.article.id, state.doc)
        mentions = hyphenated_abbreviations(mentions, text, state.article.id)
        mentions = persons_by_surname(mentions, text)
        mentions = drop_headline_fragments(mentions, text)
        mentions = split_titled_owner(mentions, text)  # after the headline's verbs left the name
        mentions = extend_to_known_names(mentions, text)
        mentions = given_name_before(mentions, state.doc)
        mentions = surname_after(mentions, state.doc)
        mentions = initials_before(mentions, text)
        mentions = with_class_nouns(mentions, state.doc)
        mentions = sites_with_nouns(mentions, state.doc)
        mentions = numbered_group_names(mentions, text)
        mentions = untagged_places(mentions, state.doc, state.article.id)
        mentions = feature_names(mentions, text, state.article.id)
        mentions = names_to_unit_nouns(mentions, text)
        mentions = numbered_names_again(mentions, text, state.article.id)
        mentions, state.acronyms = link_acronyms(mentions, text)
        titles = titles_before(mentions, text)
        mentions = retype_from_context(mentions, state.doc, titles)
        mentions = dateline_places(mentions, state.article.metadata.get("dateline"))
        mentions = company_short_names(mentions)
        mentions = gazetteer_places(mentions, text)
        mentions = vote_labels(mentions)
        state.mentions = sorted(_dedupe(mentions), key=lambda m: (m.start, m.end))
        state.extras["titles"] = titles


def _span(m: Mention, text: str, start: int, end: int, source: str) -> Mention | None:
    if end <= start:
        return None
    if (start, end) == (m.start, m.end):
        return m
    return replace(m, start=start, end=end, text=text[start:end], source=source)


#: "A, B and C": a list of names the tagger read as one (at least one comma and a final "and"/"&")
_NAME_LIST = re.compile(r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)+,? "
                        r"(?:and|&) [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*")


#: a lower-case preposition of means or route inside a mention ("X Y through Facebook", "X via Dubai"): the name ends
#: before it, and what follows, if it is a name, is another
_NAME_BREAK = re.compile(rf" (?:{'|'.join(sorted(NAME_BREAKING_PREPOSITIONS))}) ")


#: "A 3 B 2": names each followed by a figure, as a results line writes two sides and their scores
_SCORE_LINE = re.compile(r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)* \d+(?: [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)* \d+)+")
_FIGURE = re.compile(r" \d+ | \d+$")


#: a body's or a building's mention the tagger ended on the word that links its name to the next mention ("The X
#: Service of" + "Velmora")
_CUT_AT_LINK = re.compile(r" (?:of|for)$")
#: German's "für" between two capitalized names: one body's name ("Bundesamt für Tarnschutz", "Institut für
#: X"), which the tagger reads as two (often persons)
_GERMAN_FOR = frozenset({" für ", " fuer "})


def join_cut_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Join what the tagger cut at a linking word: a body's or a building's mention ending in "of"/"for" and the
    mention one space after it ("The X Service of" + "Velmora": "X Service of Velmora", the body's label), and
    two mentions "für" joins ("Bundesamt für Tarnschutz", an ORG)."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "name" and m.kind == "name" and (
                (prev.label in ("ORG", "FAC") and _CUT_AT_LINK.search(prev.text) and m.start == prev.end + 1
                 and text[prev.end] == " ")
                or text[prev.end:m.start] in _GERMAN_FOR):
            label = prev.label if prev.label in ("ORG", "FAC") else "ORG"
            out[-1] = replace(prev, end=m.end, text=text[prev.start:m.end], label=label, source="names:joined")
            continue
        out.append(m)
    return out


def split_lines(m: Mention, text: str) -> list[Mention]:
    """A name never runs over a line break, and a list of names is no name, nor a results line of names and
    figures ("A 3 B 2"), nor a name, "through"/"via" and what follows ("X Y through Facebook"): one mention per
    name."""
    if "\n" in m.text:
        parts = m.text.split("\n")
    elif _NAME_LIST.fullmatch(m.text):
        parts = re.split(r",? (?:and|&) |, ", m.text)
    elif m.label != "PRODUCT" and _SCORE_LINE.fullmatch(m.text):
        parts = [p for p in _FIGURE.split(m.text) if p]
    elif _NAME_BREAK.search(m.text):
        parts = _NAME_BREAK.split(m.text)
    else:
        return [m]
    out = []
    pos = m.start
    for part in parts:
        stripped = part.strip()
        at = text.index(part, pos) if part else pos
        if stripped[:1].isupper():
            start = at + part.index(stripped)
            out.append(replace(m, start=start, end=start + len(stripped), text=stripped, source="names:trim"))
        pos = at + len(part)
    return out


#: " at " and a capitalized word inside a mention: after a building's word, the place the building stands in
_AT_PLACE = re.compile(r" at (?=[A-Z])")
#: words that end a photo caption's credit ("Niamey Photo: REUTERS"), not a name
_CAPTION = re.compile(r"\s+(?:Photo|Photos|Photograph|Image|Picture|Video|File|Credit)$")


#: a leading acronym owner ("UN's ", "EU’s ") before a name of two or more words
_ACRONYM_OWNER = re.compile(r"[A-Z]{2,5}['’]s\s+(?=[A-Z])")


def _prepositions_off(text: str, start: int, end: int) -> tuple[int, int]:
    """A capitalized preposition or correlative opening the span ("For Ana Petrov", "Neither Ana Petrov nor ...",
    at a sentence's start) and lower-case
    prepositions or conjunctions closing it ("Velmor Rally on"): no name opens or ends so. A span that is one such
    preposition comes back empty."""
    words = text[start:end].split(" ")
    if len(words) == 1:
        lone = words[0].lower()
        return (start, start) if (lone in NAME_OPENING_PREPOSITIONS or lone in NAME_END_WORDS
                                  or lone in CORRELATIVE_OPENERS) \
            and words[0][:1].isupper() else (start, end)
    if words[0][:1].isupper() and words[1][:1].isupper() and (words[0].lower() in NAME_OPENING_PREPOSITIONS
                                                               or words[0].lower() in CORRELATIVE_OPENERS):
        start += len(words[0]) + 1
        words = words[1:]
    if len(words) > 2 and words[0].lower() in QUESTION_OPENERS and _opens_question(text, start, end):
        start += len(words[0]) + 1  # "Will Ana Petrov still be minister?": a question's auxiliary, no given name
        words = words[1:]
    while len(words) > 1 and words[-1] in NAME_END_WORDS:
        end -= len(words[-1]) + 1
        words = words[:-1]
    return start, end


def _opens_question(text: str, start: int, end: int) -> bool:
    """Does the span open a sentence that ends in a question mark?"""
    before = text[:start].rstrip(" \t\"“‘'")
    if before and before[-1] not in ".!?\n":
        return False
    stop = re.search(r"[.!?\n]", text[end:])
    return stop is not None and stop.group() == "?"


def trim_mention(m: Mention, text: str) -> Mention | None:
    """Determiner, footnote markers, possessive ending and stray punctuation off the mention's edges;
    an unclosed bracket ("X (ABC"), a bracket closed or opened without its pair ("ABC)", "(ABC"), a caption
    word before a colon ("X Photo:") and the lower-case words
    that say what an outlet is ("X news agency") too."""
    start, end = m.start, m.end
    bracket = text.find(" (", start, end)
    if bracket > start and ")" not in text[bracket:end]:
        end = bracket
    caption = _CAPTION.search(text, start, end)
    if caption and text[end:end + 1] == ":":
        end = caption.start()
    moved = True
    while moved and end - start > 1:  # "the `` X ''": quotes and determiner in any order
        moved = False
        if text[start] in _QUOTES or text[start].isspace():
            start, moved = start + 1, True
        for det in DETERMINERS:
            if text.startswith(det, start) and end - start > len(det):
                start, moved = start + len(det), True
    start, end = _prepositions_off(text, start, end)
    if end <= start:
        return None  # "On" alone: a sentence's first word, no name
    owner = _ACRONYM_OWNER.match(text, start, end)
    if owner and len(text[owner.end():end].split()) > 1:
        start = owner.end()  # "UN's World Velmor Programme": the owner is no part of the programme's name
    changed = True
    while changed and end > start:
        changed = False
        for pattern in (_FOOTNOTE_END, _POSSESSIVE_END):
            hit = pattern.search(text, start, end)
            if hit and hit.start() > start:
                end, changed = hit.start(), True
        while end > start and (text[end - 1] in " ,;:-" or text[end - 1] in _QUOTES):  # not ".": "U.S."
            end, changed = end - 1, True
        if end - start > 1 and text[end - 1] == ")" and "(" not in text[start:end]:
            end, changed = end - 1, True  # "X (ABC) Y" cut after the acronym: "ABC)" is ABC
    if end - start > 1 and text[start] == "(" and ")" not in text[start:end]:
        start += 1  # "(ABC": the bracket opens an aside, the name is ABC
    end = _quoted_end(text, start, end)
    media = _MEDIA_TAIL.search(text, start, end)
    if media and media.end() == end and media.start() > start:
        end = media.start()  # "X news agency": the outlet's name is X
    tail = _HYPHEN_TAIL.search(text, start, end)
    if tail and tail.end() == end and tail.start() > start and (tail.group(1) in _HYPHEN_WORDS
                                                                  or tail.group(1).endswith("ed")):
        end = tail.start()  # "the X Y-led government", "X-backed": the name is X Y
    if m.label == "PERSON" and " " in text[start:end].strip():
        end = _syllable_tail_end(text, end)
    rank = _RANK_TAIL.search(text, start, end)
    if m.label != "PERSON" and rank and rank.start() > start and _NAME_AFTER.match(text, end):
        end = rank.start()  # "the Velmor Guard Gen. X Y": the rank opens the person's name, not the body's
    title = _TITLE_TAIL.search(text, start, end)
    if m.label != "PERSON" and title and title.start() > start and _NAME_AFTER.match(text, end) \
            and text[start:title.start()].split()[-1] not in _TITLE_BEFORE:
        end = title.start()  # "the Velmor Army Marshals X Y": the title is the people's, not the body's
    at = _AT_PLACE.search(text, start, end)
    if at and at.start() > start and text[start:at.start()].split()[-1].lower() in FACILITY_WORDS \
            and at.end() < end:
        end = at.start()  # "St Orvan's Church at Velmora": the building's name ends at its facility word
    credit = _CREDIT_TAIL.search(text, start, end)
    if credit and credit.start() > start and text.startswith(" by ", end):
        end = credit.start()  # "(Reporting by X Y Writing by Z ...)": the wire's credit line ran the names together
    distance = _DISTANCE_TAIL.search(text, start, end)
    if distance and distance.start() > start:
        end = distance.start()  # "X 4 miles (from Y)": a distance the tagger read into the name; X is a place
        if m.label not in _PLACE_LABELS:
            m = replace(m, label="GPE")
    figures = _FIGURES_TAIL.search(text, start, end)
    if figures and figures.start() > start and m.label != "PRODUCT" and (
            m.label in ("PERSON", "NORP") or " " in figures.group(0).strip() or "-" in figures.group(0)):
        end = figures.start()  # "X 108-3", "X 1 3 0 7", "A. X 54": a table's figures, not a word of the name
    return _span(m, text, start, end, "names:trim")


#: figures at the end of a mention: several ("X 1 3 0 7"), a score or a range ("X 108-3", "X 2-1"), one
#: (a person's or a people's name never ends in a figure: "A. X 54" of a scorecard); not a product's model
#: number ("X 737-800") nor one figure after another kind of name ("Terminal 2", "Channel 4")
_FIGURES_TAIL = re.compile(r"(?: \d+(?:[-.:]\d+)*)+$")


#: a distance after a name ("X 4 miles", "X six km"), which the tagger may read as one name of another kind
_DISTANCE_TAIL = re.compile(rf" (?:\d[\d.,]*|{'|'.join(sorted(NUMBER_WORDS))}) ?"
                            rf"(?:{'|'.join(sorted(DISTANCE_UNITS))})$")
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
#: a military rank's abbreviation at the end of a body's or place's mention, before a person's name
_RANK_TAIL = re.compile(rf" (?:{'|'.join(sorted(RANK_ABBREVIATIONS))})\.?$")
_NAME_AFTER = re.compile(r"\.? [A-Z][a-z]")
#: title heads, one or several holders ("Marshal", "Marshals"), that may close a body's mention before a name
PLURAL_TITLES = frozenset(h + "s" for h in TITLE_HEADS if len(h) > 3 and h.isalpha() and h[-1] not in "syxh")
_TITLE_TAIL = re.compile(rf" (?:{'|'.join(sorted(TITLE_HEADS | PLURAL_TITLES))})$")
#: words before a title head that make it part of a body's name or of a longer title ("Office of the
#: President", "Deputy Minister"); not a body's last word ("the Velmor Police Chief X": the Velmor Police)
_TITLE_BEFORE = frozenset(("the", "of", "for", "and")) | (TITLE_MODIFIERS - ORG_SUFFIXES) | TITLE_HEADS


#: the task word of a wire credit line stuck to the name before it ("X Y Writing" of "X Y Writing by Z")
_CREDIT_TAIL = re.compile(r" (?:Reporting|Writing|Editing|Additional reporting|Compiled|Graphics|Production)$")


#: a lower-case syllable joined by a hyphen to a person's last word ("Tae Min-soo", "Sok Ha-eun"): the tagger
#: stops the name at the hyphen, but the syllable is part of a given name written the Korean way
_SYLLABLE_TAIL = re.compile(r"-([a-z]{1,5})(?![\w\-])")
#: English words that follow a name and a hyphen without being part of it ("X-led", "X-era", "X-style")
_HYPHEN_WORDS = frozenset(("led", "era", "like", "style", "type", "run", "born", "based", "owned", "linked", "made",
                           "lite", "ish", "esque", "free", "wide", "fan", "fans", "ally", "camp"))


#: a lower-case word joined by a hyphen at a mention's end ("X-led" the tagger took whole)
_HYPHEN_TAIL = re.compile(r"(?<=[A-Za-z])-([a-z]+)$")


#: an opening double quote and the one that closes it
_CLOSING_QUOTE = {"“": "”", '"': '"', "„": "“"}


def _quoted_end(text: str, start: int, end: int) -> int:
    """A name set in quotes that the tagger ran on past the closing quote ('the “X Y” Arctic penal colony' read
    as "X Y” Arctic"): the name ends at the quote. Only where the quote opens right before the name."""
    opening = text[start - 1] if start > 0 else ""
    closing = _CLOSING_QUOTE.get(opening)
    if closing is None:
        return end
    at = text.find(closing, start, end)
    return at if at > start else end


def _syllable_tail_end(text: str, end: int) -> int:
    """The end of a person's name once a hyphenated lower-case syllable right after it is taken in."""
    hit = _SYLLABLE_TAIL.match(text, end)
    if hit is None or hit.group(1) in _HYPHEN_WORDS or hit.group(1).endswith("ed"):
        return end
    return hit.end()


#: lower-case words closing a name that end in a media noun (" news agency", " state newspaper")
_MEDIA_TAIL = re.compile(rf"(?<=[A-Za-z0-9])(?: [a-z]+)*? (?:{'|'.join(sorted(MEDIA_NOUNS))})$")


def merge_particle_names(mentions: list[Mention], text: str, doc: Doc | None = None) -> list[Mention]:
    """One mention for each particle-joined name, absorbing the mentions spaCy split it into.

    A sentence's first word is not part of the name unless the parser reads it as
    a proper noun ("Although al-Burhan agreed" is "al-Burhan").
    """
    for hit in _PARTICLE_NAME.finditer(text):
        start, end = hit.start(), hit.end()
        start = _skip_sentence_opener(doc, start, end)
        parts = [m for m in mentions if m.start < end and start < m.end]
        if _verb_do(hit.group(), hit.start(), parts):
            continue
        start = min([start, *(m.start for m in parts)])
        end = max([end, *(m.end for m in parts)])
        end = _absorb_adjacent(mentions, text, end)
        parts = [m for m in mentions if m.start < end and start < m.end]
        label = _merged_label(parts, text[start:end])
        art = parts[0].article if parts else (mentions[0].article if mentions else "")
        mentions = [m for m in mentions if m not in parts]
        mentions.append(Mention(art, start, end, text[start:end], label, source="names:particles"))
    return mentions


def _verb_do(name: str, start: int, parts: list[Mention]) -> bool:
    """Portuguese "do" ("Ana Vital do Velmar") is also the English verb ("Americans do Business", a headline's
    capitals): the particle joins only after a person's name the tagger found."""
    at = name.find(" do ")
    return at >= 0 and not any(m.label == "PERSON" and m.end == start + at for m in parts)


def _skip_sentence_opener(doc: Doc | None, start: int, end: int) -> int:
    """Past a sentence-opening word that is no proper noun ("Although", "When") at ``start``."""
    if doc is None:
        return start
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start
    first = span[0]
    if first.is_sent_start and first.pos_ != "PROPN" and first.whitespace_ \
            and not first.text.startswith(("al-", "el-", "Al-", "El-")):  # not "X" of "X-or-Y": one word
        return span[1].idx
    return start


def merge_adjacent_persons(mentions: list[Mention], text: str) -> list[Mention]:
    """Two person mentions one space apart are one name the tagger cut ("Orlan Tamas" + "Vesk Dravik"); so
    are a full name and one more capitalized word the tagger read as a place, a people or a body ("Ana Liberty"
    + "Dresk"), unless that word is a country's, a province's or a people's name or a body's word."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PERSON" and m.start == prev.end + 1 \
                and text[prev.end] == " " and m.kind == prev.kind == "name" \
                and (m.label == "PERSON" or _surname_tagged_otherwise(prev, m, text)):
            out[-1] = replace(prev, end=m.end, text=text[prev.start:m.end], source="names:joined")
        else:
            out.append(m)
    return out


def _surname_tagged_otherwise(person: Mention, m: Mention, text: str) -> bool:
    """"Ana Liberty" + "Dresk" (GPE): one title-case word after a name of two or three words, the last of a
    capitalized run."""
    word = m.text
    return m.label in ("GPE", "NORP", "ORG") and 2 <= len(person.text.split()) <= 3 and " " not in word \
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in person.text.split()) \
        and word[:1].isupper() and word[1:].islower() and word.isalpha() and word not in ORG_SUFFIXES \
        and not known_place(word) and not demonym_country(word) and country_of(word) is None \
        and not re.match(r"\s*[A-Z]", text[m.end:m.end + 2])


def merge_group_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A run of capitalized words that a transliterated group word opens is one ORG mention.

    "the Harakat Tehrir Karvosh", "Lashkar-e-Velmor Front": spaCy tags a part
    (often the last word, as a person or a place) or nothing; the whole run is
    the group's name. The run stops before title words, months and weekdays.
    """
    for hit in _NAME_RUN.finditer(text):
        words = re.split(r"[ \-]+", hit.group())
        keep = 1
        while keep < len(words) and not (is_title_word(words[keep]) or words[keep] in _MONTHS_DAYS):
            keep += 1
        surface = _run_prefix(hit.group(), keep)
        if keep < 2 or not opens_with_group_word(surface):
            continue
        start, end = hit.start(), hit.start() + len(surface)
        parts = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in parts):
            continue  # a longer mention already covers it
        art = parts[0].article if parts else (mentions[0].article if mentions else "")
        mentions = [m for m in mentions if m not in parts]
        mentions.append(Mention(art, start, end, surface, "ORG", source="names:particles"))
    return mentions


#: " and <Word> [<Word>] <Organisation>" after an organization's mention: the second half of one body's name that
#: joins two fields ("<Place> Ports and Maritime Organisation"), which the tagger cuts at "and"
_COORDINATED_TAIL = re.compile(rf" (?:and|&) ((?:{_CAP} ){{1,2}}({_CAP}))(?![\w\-])")


def join_coordinated_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """"<Place> Ports and Maritime Organisation": an organization's mention with no organization word at its end,
    then "and", one or two capitalized words and a word that only closes a body's name (``STRONG_ORG_SUFFIXES``:
    "Organisation", "Authority", "Ministry"): one body whose name joins two fields, not two bodies, and one ORG
    mention. Two bodies each have their own organization word ("the X Authority and Y Corporation"); a place
    before "and" ("<Place> and <Place> Agency") shares the unit word and is left alone."""
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    for m in list(out):
        if m.label != "ORG" or m.kind != "name" or m not in out:
            continue
        words = m.text.split()
        hit = _COORDINATED_TAIL.match(text, m.end)
        if not hit or hit.group(2) not in STRONG_ORG_SUFFIXES or not words or words[-1] in ORG_SUFFIXES:
            continue
        start, end = m.start, hit.end(1)
        inside = [x for x in out if x.start < end and start < x.end]
        if any(x.start < start or x.end > end for x in inside):
            continue  # a mention runs over the joined span's edges: not this shape
        out = [x for x in out if x not in inside]
        out.append(replace(m, end=end, text=text[start:end], source="names:coordinated"))
    return out


def _run_prefix(run: str, n_words: int) -> str:
    """The first ``n_words`` words of a run, with the separators between them."""
    pieces = re.split(r"([ \-]+)", run)
    return "".join(pieces[:2 * n_words - 1])


#: a name that speaks right after it ("Varek said"): a person's
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|adds)\b")


def persons_by_surname(mentions: list[Mention], text: str = "") -> list[Mention]:
    """A full name tagged as a place or group whose last word the article uses alone for a person is that
    person's name ("Ana Dresk" read as a place, then "Dresk said"): no place, organization or facility word in
    it, no country's or province's name."""
    # folded ("Aldáz" alone and "Ana Aldaz", or the other way round: a name's accents are often dropped in one
    # writing of it, even within one article)
    bare = {fold_token(m.text) for m in mentions
            if m.label == "PERSON" and m.kind == "name" and len(m.text.split()) == 1}
    # "Tomas Varek" read as a place and "Varek said" as a body: a common given name first and the word alone
    # speaking say both are the person ("Ellis Park" and "the Park", "Houston Astros" and "the Astros" are not)
    speaking = {m.text for m in mentions if m.kind == "name" and _SPEAKS_AFTER.match(text, m.end)}
    given = {m.text.split()[-1] for m in mentions if _person_shaped(m)
             and m.text.split()[0].lower() in COMMON_GIVEN_NAMES and m.text.split()[-1] in speaking}
    out = []
    for m in mentions:
        words = m.text.split()
        alone = m.label in ("GPE", "LOC", "ORG", "FAC") and m.kind == "name" and len(words) == 1 \
            and words[0] in given and bool(_NAME_WORD.fullmatch(words[0])) and known_place(words[0]) is None
        if alone or (_person_shaped(m) and (fold_token(words[-1]) in bare or words[-1] in given)):
            m = replace(m, label="PERSON", source="names:surname")
        out.append(m)
    return out


def _person_shaped(m: Mention) -> bool:
    """A name of two or three words tagged as a place or group that may be a person's: name words only, no place,
    organization or facility word in it, no country's or province's name."""
    words = m.text.split()
    return m.label in ("GPE", "LOC", "ORG", "FAC") and m.kind == "name" and 1 < len(words) <= 3 \
        and all(_NAME_WORD.fullmatch(w) and not _not_a_name(w) for w in words) \
        and not any(w.lower() in FACILITY_WORDS or w.lower() in PLACE_UNIT_WORDS for w in words) \
        and known_place(m.text) is None and not any(known_place(w) for w in words)


def surnames_again(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """A person's last name used alone later in the article ("Viktor Hale ... Hale said") is a mention, and
    so is the full name written again.

    The tagger often misses a bare surname it found in the full name; every
    capitalized occurrence of the word that no mention covers and that is not
    part of a longer capitalized run becomes a PERSON mention, and so does such a word of five letters or more
    that spells the surname another way (:func:`~storyline.analyze.names.keys.tokens_match`; not a place).
    """
    full = {m.text for m in mentions if m.label == "PERSON" and m.kind == "name" and len(m.text.split()) > 1}
    surnames = {name.split()[-1] for name in full}
    surnames = {w for w in surnames if len(w) > 2 and w[0].isupper() and w[1:].islower() and not is_title_word(w)}
    if not surnames:
        return mentions
    # the full name written again where the tagger missed it ("• Orlan Vesk: the 32-year-old ...")
    surnames |= {name for name in full if name.split()[-1] in surnames and _NAME_RUN.fullmatch(name)}
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)
    # one pass over the text for all the surnames (a pass per surname was quadratic in a long article)
    pattern = "|".join(re.escape(w) for w in sorted(surnames, key=len, reverse=True))
    added = []
    for hit in re.finditer(rf"(?<![\w\-'’])(?:{pattern})(?![\w\-])", text):
        s0, e0 = hit.start(), hit.end()
        if _overlaps(taken, starts, longest, s0, e0) or _in_capitalized_run(text, s0, e0):
            continue
        added.append(Mention(article, s0, e0, hit.group(), "PERSON", source="names:surname"))
    # the surname spelled another way in the same article ("Dalmosh" beside "Lina Dalmush"), long words only
    long_names = [w for w in surnames if " " not in w and len(w) >= _VARIANT_SURNAME_MIN]
    for hit in _CAP_WORD.finditer(text):
        word, s0, e0 = hit.group(), hit.start(), hit.end()
        if len(word) < _VARIANT_SURNAME_MIN or word in surnames or known_place(word) is not None \
                or not any(tokens_match(word, w) for w in long_names) \
                or _overlaps(taken, starts, longest, s0, e0) or _in_capitalized_run(text, s0, e0):
            continue
        added.append(Mention(article, s0, e0, word, "PERSON", source="names:surname"))
    added.sort(key=lambda m: m.text)  # stable: by surname, then in text order, as one pass per surname gave
    return mentions + added


def given_names_again(mentions: list[Mention], doc: Doc, article: str) -> list[Mention]:
    """A person's given name used alone in an article that names them in full ("Ana Dresk's widow ... Ana said",
    in quotes, by family and in features about them) is a PERSON mention: the tagger misses it or reads it as a
    place or a body. Only the given name of one full name of the article (two people sharing it are left alone),
    that is no surname there, no English word, title, place's, country's or people's name; a mention of that
    one word the tagger labelled otherwise becomes a PERSON's."""
    text = doc_text(doc)
    full = Counter(m.text for m in mentions if m.label == "PERSON" and m.kind == "name"
                   and 1 < len(m.text.split()) < 5 and _NAME_RUN.fullmatch(m.text))
    owners: dict[str, set[str]] = defaultdict(set)
    for name in full:
        last = name.split()[-1]
        if last not in ORG_SUFFIXES and not english_word(doc.vocab, last):  # "X Cables", a company read as a person
            owners[name.split()[0]].add(last)
    surnames = {name.split()[-1] for name in full}
    given = {w for w, last in owners.items() if len(last) == 1 and _lone_given_name(w, doc) and w not in surnames}
    if not given:
        return mentions
    # the word's own mentions read otherwise more often than the full name is written: a company's or a place's
    # name a person shares ("X" a firm, "X Y" its founder)
    other = Counter(m.text for m in mentions if m.text in given and m.label != "PERSON" and m.kind == "name")
    written = Counter(name.split()[0] for name in full.elements())
    given = {w for w in given if other[w] <= written[w]}
    if not given:
        return mentions
    out = [replace(m, label="PERSON", source="names:given") if m.text in given and m.label != "PERSON"
           and m.kind == "name" else m for m in mentions]
    taken = sorted((m.start, m.end) for m in out)
    starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)
    pattern = "|".join(re.escape(w) for w in sorted(given, key=len, reverse=True))
    for hit in re.finditer(rf"(?<![\w\-'’])(?:{pattern})(?![\w\-])", text):
        s0, e0 = hit.start(), hit.end()
        if not (_overlaps(taken, starts, longest, s0, e0) or _in_capitalized_run(text, s0, e0)):
            out.append(Mention(article, s0, e0, hit.group(), "PERSON", source="names:given"))
    return out


def _lone_given_name(word: str, doc: Doc) -> bool:
    return len(word) > 2 and word[0].isupper() and word[1:].islower() and not is_title_word(word) \
        and known_place(word) is None and country_name(word) is None and not is_demonym(word) \
        and not english_word(doc.vocab, word) and word not in _MONTHS_DAYS and not _not_a_name(word)


#: a capitalized word of the text; a surname's other spelling is this long or longer
_CAP_WORD = re.compile(rf"(?<![\w\-'’])[{_UPPER}][{_LOWER}]+(?![\w\-])")
_VARIANT_SURNAME_MIN = 5


def _overlaps(taken: list[tuple[int, int]], starts: list[int], longest: int, s0: int, e0: int) -> bool:
    """Does a span of ``taken`` (sorted, at most ``longest`` long) overlap ``s0:e0``?"""
    j = bisect_left(starts, e0) - 1
    while j >= 0 and starts[j] > s0 - longest:
        if taken[j][1] > s0:
            return True
        j -= 1
    return False  # a span starting at s0 - longest or before ends by s0


def _in_capitalized_run(text: str, start: int, end: int) -> bool:
    """Is the word next to another capitalized word (part of some other name, "Hale Street")?"""
    after = re.match(r"[ \-]([A-Z][\w]*)", text[end:end + 30])
    before = re.search(r"([A-Z][\w.]*)[ \-]$", text[max(0, start - 30):start])
    if after:
        return True
    if before is None or is_title_word(before.group(1)):
        return False  # "Mr Hale" is the person
    return not re.search(r"(?:^|[.!?:;\n\"“])\s*\S+\s$", text[max(0, start - 32):start])  # "Then Hale" opens a sentence


def _absorb_adjacent(mentions: list[Mention], text: str, end: int) -> int:
    """Extend over capitalized mentions that follow after one space ("X-e-Y" + " Z")."""
    while True:
        nxt = [m for m in mentions if m.start == end + 1 and text[end] == " "]
        if not nxt or is_title_word(nxt[0].text.split()[0]) or nxt[0].text in _MONTHS_DAYS:
            return end
        end = max(m.end for m in nxt)


def _merged_label(parts: list[Mention], surface: str) -> str:
    if _PLACE_LINK.search(surface):
        return "GPE"  # "Tarsk-on-Velm": a town's name
    if parts:
        first = min(parts, key=lambda m: m.start)
        if first.label not in ("GPE", "NORP", "LOC"):
            return first.label
        votes = Counter(m.label for m in parts if m.label not in ("GPE", "NORP", "LOC"))
        if votes:
            return votes.most_common(1)[0][0]
        if _EUROPEAN_PARTICLE.search(surface) and all(m.label in ("GPE", "LOC") for m in parts):
            return first.label  # "Porto de Lenta", "Vila del Mar": a place's name with a particle
    if re.search(r"\b(?:bin|ibn|bint)\b|\b(?:al|el)-|-(?:or|ur|ud)-", surface):
        return "PERSON"  # "X bin Y", "al-X", a compound given name "X-ur-Y" ("servant of the Y")
    return "ORG"


#: a Roman numeral of two to seven letters, or a one-letter one ("V", "X") that no capitalized word follows (a
#: headline's "A V B" is a match between two sides), a possessive after it allowed; "I" is the pronoun
_REGNAL = re.compile(r" (?:(?=[IVXL]{2,7}(?![\w\-]))X{0,3}(?:IX|IV|V?I{0,3})|(?:V|X)(?![\w\-])(?! [A-Z]))"
                     r"(?![\w\-])(?!['’](?![sS]\b))")


def regnal_numbers(mentions: list[Mention], text: str) -> list[Mention]:
    """A person's name and the Roman numeral after it ("King Tomas IV", "Edvard XII Varo"): a monarch's, a
    pope's or an heir's ordinal is part of the name, which the tagger often ends before it; without it, "Tomas"
    alone joins whoever else the story calls Tomas. Only a person's: a product's "X" is often no numeral (an
    operating system's "OS X", MEANTIME: the tagger's "Mac OS" had taken it in)."""
    out: list[Mention] = []
    for m in mentions:
        hit = _REGNAL.match(text, m.end) if m.label == "PERSON" and m.text[-1:].isalpha() else None
        if hit is not None and hit.end() > m.end + 1 and not any(o.start < hit.end() and o.end > m.end
                                                                  for o in mentions if o is not m):
            m = replace(m, end=hit.end(), text=text[m.start:hit.end()], source="names:regnal")
        out.append(m)
    return out


def split_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """Take leading titles off PERSON mentions; drop mentions that are nothing but title words.

    The title itself is read back by :func:`titles_before` once all mentions are final.
    """
    out: list[Mention] = []
    for m in mentions:
        if _only_title_words(m, text):
            continue  # "Lt Gen", "Special Representative", "Defence" (of "Defence Minister")
        owner = _title_owner_word(m, text)
        if owner is not None:
            out.append(owner)  # "Velmoran Interior" (of "Velmoran Interior Minister X"): the owner alone
            continue
        if m.label == "PERSON" and not _names_a_body(m):
            hit = TITLE_PHRASE.match(text, m.start)
            if hit and hit.end() < m.end and text[hit.end()] in " \u00a0":
                start = hit.end() + 1
                if _NAME_WORD.match(text, start) or re.match(r"(?:al|el|ad|as|ash|at|an)-[A-Z]", text[start:]):
                    m = replace(m, start=start, text=text[start:m.end], source="names:title")
        elif m.kind == "name" and m.label in ("ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"):
            m = _titled_full_name(m, text)
        out.append(m)
    return out


def _titled_full_name(m: Mention, text: str) -> Mention:
    """"<Title> <Given> <Surname>" the tagger read as a body or a place ("Supreme Prosecutor Ana Dresk" as an
    ORG): a title phrase, then two or three name words none of which is a title, a body's, a building's or a
    place's word, nor a known place: the person."""
    hit = TITLE_PHRASE.match(text, m.start)
    if hit is None or hit.end() >= m.end or text[hit.end()] != " ":
        return m
    rest = text[hit.end() + 1:m.end].split(" ")
    if not 2 <= len(rest) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in rest) \
            or any(is_title_word(w) or w in ORG_SUFFIXES or w.lower() in _NOT_PERSON_WORDS for w in rest) \
            or known_place(" ".join(rest)):
        return m
    start = hit.end() + 1
    return replace(m, start=start, text=text[start:m.end], label="PERSON", source="names:title")


#: a post held in a place, right before the place's name ("Ambassador to ", "envoy in ")
_POST_IN_PLACE = re.compile(rf"(?:{TITLE_PHRASE.pattern}|\b(?:{'|'.join(sorted(ROLE_HEADS))}))"
                            r"\s+(?:to|in|at)\s+$")
#: the most words a place's name that opens such a mention may have ("United Arab Emirates")
_PLACE_WORDS = 3


def split_posted_place(mentions: list[Mention], text: str) -> list[Mention]:
    """"<title> to <Place> <Given> <Surname>": a known country's or province's name and the holder's name
    the tagger read as one mention ("Ambassador to Velmora Ana Dresk") become a place and a person; so do
    "<title> to <Place>, <Given> <Surname>" (any place's name of up to three words before the comma)."""
    return _split_off_holder(mentions, text, _posted_place_end, "GPE")


def _split_off_holder(mentions: list[Mention], text: str, cut_at: Callable[[Mention, str], int | None],
                      label: str) -> list[Mention]:
    """Each mention ``cut_at`` finds a cut in becomes its first part (typed ``label``) and the holder's name after
    the cut (a PERSON); the others stay as they are."""
    out: list[Mention] = []
    for m in mentions:
        cut = cut_at(m, text)
        if cut is None:
            out.append(m)
            continue
        out.append(replace(m, end=cut, text=text[m.start:cut], label=label, source="names:post"))
        start = cut + 1
        while text[start:start + 1] in (",", " "):  # "<Place>, <Given> <Surname>"
            start += 1
        out.append(replace(m, start=start, text=text[start:m.end], label="PERSON", source="names:post"))
    return out


def _posted_place_end(m: Mention, text: str) -> int | None:
    """Where the place's name ends in a mention that opens with it after a post (None: no such mention)."""
    words = m.text.split(" ")
    if len(words) < 3 or m.label not in ("ORG", "PERSON", "GPE") \
            or not _POST_IN_PLACE.search(text[max(0, m.start - 60):m.start]):
        return None
    place, comma, holder = m.text.partition(", ")
    if comma:  # "<post> to <Place>, <Given> <Surname>": the name in apposition to the post, read as one with the place
        rest, head = holder.split(" "), place.split(" ")
        if len(head) <= _PLACE_WORDS and all(_NAME_WORD.fullmatch(w) and not _not_a_name(w) for w in head) \
                and 2 <= len(rest) <= 3 and all(_NAME_WORD.fullmatch(w) and not _not_a_name(w) for w in rest):
            return m.start + len(place)
        return None
    for n in range(min(_PLACE_WORDS, len(words) - 2), 0, -1):
        rest = words[n:]
        if known_place(" ".join(words[:n])) and len(rest) <= 4 \
                and all(_NAME_WORD.fullmatch(w) and not _not_a_name(w) for w in rest):
            return m.start + len(" ".join(words[:n]))
    return None


#: an office of a body, right before the body's name ("Deputy Chair of the ", "spokesman of ")
_OFFICE_OF = re.compile(rf"(?:{TITLE_PHRASE.pattern}|\b(?i:{'|'.join(sorted(ROLE_HEADS))}))\s+of\s+(?:the\s+)?$")


#: an office of a country's body, right before the body's name ("Speaker of <Country>'s ")
_OFFICE_OF_OWNER = re.compile(rf"(?:{TITLE_PHRASE.pattern}|\b(?i:{'|'.join(sorted(ROLE_HEADS))}))\s+of\s+(?:the\s+)?"
                              r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['’]s\s+$")
#: last words of a chamber's name that are no organization word ("House of Representatives", "Chamber of
#: Deputies", "House of Commons", "House of Lords")
_CHAMBER_ENDS = frozenset(("Representatives", "Deputies", "Commons", "Lords"))
#: a holder's name after a body's: two or three words
_HOLDER_WORDS = (2, 3)


def split_office_holder(mentions: list[Mention], text: str) -> list[Mention]:
    """"<office> of the <Body> of <Place> <Given> <Surname>": a body's name that ends in its country's and the
    holder's name the tagger read as one mention ("Chair of the Audit Council of the Republic of Velmora Ana
    Dresk") become the body and the person; so does "<office> of the <Body> <Given> <Surname>" whose body's name
    ends in an organization or chamber word ("Speaker of the Tarsk Assembly Ana Dresk", "Chair of <Country>'s
    House of Representatives Ana Dresk")."""
    return _split_off_holder(mentions, text, lambda m, t: _holder_start(m, t) or _body_holder_start(m, t), "ORG")


def _body_holder_start(m: Mention, text: str) -> int | None:
    """Where the body's name ends, its organization or chamber word last, in a mention after an office that goes
    on with a person's name of two or three words."""
    words = m.text.split(" ")
    before = text[max(0, m.start - 60):m.start]
    if len(words) < 3 or m.label not in ("ORG", "PERSON") \
            or not (_OFFICE_OF.search(before) or _OFFICE_OF_OWNER.search(before)):
        return None
    for n in _HOLDER_WORDS:
        body, rest = words[:-n], words[-n:]
        if body and (body[-1] in ORG_SUFFIXES or body[-1] in _CHAMBER_ENDS) \
                and all(_NAME_WORD.fullmatch(w) and not _not_a_name(w) for w in rest) \
                and not known_place(" ".join(rest)):
            return m.start + len(" ".join(body))
    return None


def _holder_start(m: Mention, text: str) -> int | None:
    """Where the body's name ends, its place's name last, in a mention that goes on with a person's name."""
    words = m.text.split(" ")
    if len(words) < 5 or m.label not in ("ORG", "PERSON") or not _OFFICE_OF.search(text[max(0, m.start - 60):m.start]):
        return None
    for i, word in enumerate(words[:-3]):
        if word != "of":
            continue
        k = i + 2 if words[i + 1] == "the" else i + 1
        for n in range(min(_PLACE_WORDS, len(words) - k - 2), 0, -1):
            place, rest = " ".join(words[k:k + n]), words[k + n:]
            if (known_place(place) or country_name(place)) and len(rest) <= 4 \
                    and all(_NAME_WORD.fullmatch(w) and not _not_a_name(w) for w in rest):
                return m.start + len(" ".join(words[:k + n]))
    return None


#: a word of a holder's name: capitalized, perhaps joined by hyphens to another capitalized word or to a lower-case
#: syllable of a romanized name ("Won-sik", "Al-Nasri")
_HOLDER_WORD = re.compile(rf"{_CAP}(?:-(?:{_CAP}|[{_LOWER}]{{1,5}}))*")
#: "of" and the field of an office that opens a mention ("Minister of Security <Given> <Surname>")
_OFFICE_FIELD = re.compile(rf"\s+of\s+(?:the\s+)?{_CAP}\s+")
#: the words of a holder's name after "<Title> of <Field>" (the last two: a field may have two words)
_FIELD_HOLDER_WORDS = 2


def split_titled_holder(mentions: list[Mention], text: str) -> list[Mention]:
    """"<Body> <Title> <Given> <Surname>": a body's name that ends in its organization or chamber word, a title and
    the holder's name, read as one mention ("Tarsk Assembly Speaker Ana Dresk", "Foreign Ministry Spokesperson
    Orvan Tesvik"), become the body (ORG) and the person; the title between them goes as :func:`split_titles`
    takes it off (:func:`titles_before` reads it back). A mention that opens with an office and its field
    ("Minister of Security Ana Dresk", the tagger's ORG) is the person alone. News writes a body's officer as its
    name, title and name run together; the body is not the person who speaks for it."""
    out: list[Mention] = []
    for m in mentions:
        cut = _titled_holder_cut(m, text) if m.label in ("ORG", "PERSON") else None
        if cut is None:
            out.append(m)
            continue
        body_end, start = cut
        if body_end is not None:
            out.append(replace(m, end=body_end, text=text[m.start:body_end], label="ORG", source="names:post"))
        out.append(replace(m, start=start, text=text[start:m.end], label="PERSON", source="names:post"))
    return out


def _holder_words(words: list[str]) -> bool:
    return all(_HOLDER_WORD.fullmatch(w) and not _not_a_name(w) for w in words) \
        and not known_place(" ".join(words)) and not country_name(" ".join(words))


def _titled_holder_cut(m: Mention, text: str) -> tuple[int | None, int] | None:
    """(where the body ends, or None when there is no body; where the holder's name starts), or None."""
    words = m.text.split(" ")
    if len(words) < 3:
        return None
    at = m.start
    for i, word in enumerate(words):
        if i and word in TITLE_HEADS and (words[i - 1] in ORG_SUFFIXES or words[i - 1] in _CHAMBER_ENDS):
            hit = TITLE_PHRASE.match(text, at)
            if hit is None or hit.end() >= m.end or text[hit.end()] != " ":
                return None
            rest = text[hit.end() + 1:m.end].split(" ")
            if len(rest) in _HOLDER_WORDS and _holder_words(rest):
                return at - 1, hit.end() + 1
            return None
        at += len(word) + 1
    hit = TITLE_PHRASE.match(text, m.start)
    if hit is None or hit.end() >= m.end or m.label != "ORG":
        return None
    field = _OFFICE_FIELD.match(text, hit.end())
    if field is None or field.end() >= m.end:
        return None
    rest = text[field.end():m.end].split(" ")
    if len(rest) < _FIELD_HOLDER_WORDS:
        return None
    rest = rest[-_FIELD_HOLDER_WORDS:]
    if not _holder_words(rest):
        return None
    return None, m.end - len(" ".join(rest))


def _names_a_body(m: Mention) -> bool:
    """A name that ends in an organization or facility word ("Lady X Hospital"): its first word is no title."""
    last = m.text.split()[-1] if m.text.split() else ""
    return last in ORG_SUFFIXES or last.lower() in FACILITY_WORDS


def split_owner_words(mentions: list[Mention], text: str) -> list[Mention]:
    """"<Name> <Group>'s <title>": a person's name that runs into an owner's name before a possessive.

    spaCy reads "said Amir Varo Dravosh's acting minister" as one person when
    "Dravosh" is a group the article names on its own elsewhere; the last word
    leaves the person and becomes a mention with the group's label.
    """
    singles = {m.text: m.label for m in mentions if m.label in _OWNER_LABELS and len(m.text.split()) == 1}
    out = []
    for m in mentions:
        words = m.text.split()
        owner = words[-1] if len(words) > 2 else ""
        if m.label == "PERSON" and owner in singles and text[m.end:m.end + 2] in ("'s", "’s"):
            cut = m.end - len(owner)
            name_end = cut - 1
            out.append(replace(m, end=name_end, text=text[m.start:name_end], source="names:owner"))
            out.append(Mention(m.article, cut, m.end, owner, singles[owner], source="names:owner"))
        else:
            out.append(m)
    return out


_OWNER_LABELS = ("ORG", "NORP", "GPE")


#: "<Body>'s <Unit>": a possessive after an organization word inside one ORG mention
_OWNING_BODY = re.compile(r"\b([A-Z][A-Za-z]+)['’]s (?=[A-Z])")


def split_owning_body(mentions: list[Mention], text: str) -> list[Mention]:
    """"<X> Agency's <Y> Bureau": an ORG mention that runs from one body into another it owns is two mentions,
    the owner and the unit ("National X Agency" is named alone elsewhere). Only where the word before the
    possessive is an organization word ("Agency", "Ministry", "Police"): "People's X" or "X's Restaurant" stay."""
    out = []
    for m in mentions:
        hit = _OWNING_BODY.search(m.text) if m.label == "ORG" else None
        if hit is None or hit.start() == 0 or (hit.group(1) not in ORG_SUFFIXES and hit.group(1).lower() not in (
                "police", "army", "navy", "government")):
            out.append(m)
            continue
        owner_end = m.start + hit.start(1) + len(hit.group(1))
        unit_start = m.start + hit.end()
        out.append(replace(m, end=owner_end, text=text[m.start:owner_end], source="names:owner"))
        out.append(replace(m, start=unit_start, text=text[unit_start:m.end], source="names:owner"))
    return out


#: a state body of two words or more opening a body's name ("Foreign Office Crisis Council")
_STATE_OWNER = re.compile(rf"((?i:{'|'.join(sorted(b for b in STATE_BODIES if ' ' in b))})) (?=[A-Z])")


def split_state_owner(mentions: list[Mention], text: str) -> list[Mention]:
    """"<State body> <Body>": a state's office of two words or more ("Foreign Office", "State Department") that
    opens a body's name of two words or more ending in an organization word ("... Crisis Council") is the
    body's owner, not a word of its name: two mentions, the owner and the body."""
    out = []
    for m in mentions:
        hit = _STATE_OWNER.match(m.text)
        rest = m.text[hit.end():].split() if hit else []
        if hit is None or not hit.group(1).istitle() or len(rest) < 2 or rest[-1] not in ORG_SUFFIXES:
            out.append(m)
            continue
        owner_end, body_start = m.start + hit.end(1), m.start + hit.end()
        out.append(replace(m, end=owner_end, text=text[m.start:owner_end], source="names:owner"))
        out.append(replace(m, start=body_start, text=text[body_start:m.end], label="ORG", source="names:owner"))
    return out


def split_leading_group(mentions: list[Mention], text: str) -> list[Mention]:
    """"the movement <Group> <Given> <Surname> was killed": a group's one-word name that the article uses alone
    elsewhere, read by the tagger as the first word of a person's name, becomes the group's mention again."""
    singles = {m.text: m.label for m in mentions if m.label in ("ORG", "NORP") and m.kind in ("name", "acronym")
               and len(m.text.split()) == 1}
    out = []
    for m in mentions:
        words = m.text.split(" ")
        if m.label == "PERSON" and m.kind == "name" and len(words) > 2 and words[0] in singles \
                and all(_NAME_WORD.fullmatch(w) for w in words[1:]):
            cut = m.start + len(words[0])
            out.append(Mention(m.article, m.start, cut, words[0], singles[words[0]], source="names:owner"))
            out.append(replace(m, start=cut + 1, text=text[cut + 1:m.end], source="names:owner"))
        else:
            out.append(m)
    return out


def is_demonym(word: str) -> bool:
    """A people's name ("Norwegian", and "Xian" for a country "Xia" the lexicon gives no demonym for)."""
    return demonym_country(word) is not None or (word.endswith("n") and country_of(word[:-1]) is not None)


def split_leading_demonym(mentions: list[Mention], text: str) -> list[Mention]:
    """"the <Nationality> <Given> <Surname> was named": a nationality word the tagger read as the first word of a
    person's name leaves it (a person's name of three words or more; "Chad Pike" is a name)."""
    out = []
    for m in mentions:
        words = m.text.split(" ")
        if m.label == "PERSON" and m.kind == "name" and len(words) > 2 and is_demonym(words[0]) \
                and all(_NAME_WORD.fullmatch(w) for w in words[1:]):
            cut = m.start + len(words[0])
            out.append(Mention(m.article, m.start, cut, words[0], "NORP", source="names:owner"))
            out.append(replace(m, start=cut + 1, text=text[cut + 1:m.end], source="names:owner"))
        else:
            out.append(m)
    return out


#: a country's name and its possessive opening a mention: "<Country>'s X" ("Norway's Lesk", "Chile's Orvesk")
_COUNTRY_OWNER = re.compile(r"((?:[A-Z][\w.\-]*\s){0,3}[A-Z][\w.\-]*)['’]s\s+(?=[A-Z])")


def split_country_owner(mentions: list[Mention], text: str) -> list[Mention]:
    """"<Country>'s X": the tagger takes a country's name and its possessive into the name of a town, a body or a
    person it owns ("near Norway's Lesk border post", "Chile's Orvesk"); the country and X are two mentions,
    the country a place, X with the mention's label. Only a country's name (:func:`country_name`) owns so: "People's
    X", "St John's X", "Women's X" are names."""
    out = []
    for m in mentions:
        hit = _COUNTRY_OWNER.match(m.text) if m.kind == "name" else None
        if hit is None or country_name(hit.group(1)) is None or hit.end() >= len(m.text):
            out.append(m)
            continue
        owner_end, rest = m.start + len(hit.group(1)), m.start + hit.end()
        out.append(Mention(m.article, m.start, owner_end, hit.group(1), "GPE", source="names:owner"))
        out.append(replace(m, start=rest, text=text[rest:m.end], source="names:owner"))
    return out


def split_person_owner(mentions: list[Mention], text: str) -> list[Mention]:
    """"<Person>'s X Foundation": the tagger takes a person's name and possessive into the name of the body the
    person founded or leads ("Ana Dresk's Civic Platform"); where the article names that person as a person
    elsewhere (the same words, or a full name ending with them), the owner and the body are two mentions. Only a
    body's name of two words or more (or one an organization word ends) is cut so: "McVey's Bar", "Macy's" stay."""
    persons = {m.text for m in mentions if m.label == "PERSON" and m.kind == "name"}
    persons |= {p.split()[-1] for p in persons if " " in p}
    out = []
    for m in mentions:
        hit = _COUNTRY_OWNER.match(m.text) if m.kind == "name" and m.label == "ORG" else None
        rest = m.text[hit.end():].split() if hit is not None else []
        if hit is None or hit.group(1) not in persons or country_name(hit.group(1)) is not None \
                or not (len(rest) > 1 or (rest and rest[-1] in ORG_SUFFIXES)):
            out.append(m)
            continue
        owner_end, body = m.start + len(hit.group(1)), m.start + hit.end()
        out.append(Mention(m.article, m.start, owner_end, hit.group(1), "PERSON", source="names:owner"))
        out.append(replace(m, start=body, text=text[body:m.end], source="names:owner"))
    return out


#: "<Country>'s X <unit noun>": a run of one to three capitalized words after a country's possessive and before a
#: lower-case place unit noun ("Russia's Belgorod region", "Peru's Tambo Grande village")
_OWNED_PLACE = prefiltered(r"((?:[A-Z][\w.\-]*\s){0,2}[A-Z][\w.\-]*)['’]s\s+"
                          r"((?:[A-Z][a-z][\w\-]*\s){1,3})(?=([a-z]+)\b)")


def places_owned_by_countries(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """A place's name the tagger missed between a country's possessive and a place unit noun ("in Russia's
    Belgorod region", "near Peru's Tambo Grande village": :data:`PLACE_UNIT_WORDS`): a GPE mention, when no
    mention holds any of its words. A small town's or a province's name the tagger has not seen is
    often read as nothing; what stands around it says it is a place of that country."""
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for hit in _OWNED_PLACE.finditer(text):
        if hit.group(3) not in PLACE_UNIT_WORDS or country_name(hit.group(1)) is None:
            continue
        start, end = hit.start(2), hit.end(2) - 1
        if any(s < end and start < e for s, e in taken) or any(
                w in MONTH_NAMES or w in WEEKDAY_NAMES for w in text[start:end].split()):
            continue
        added.append(Mention(article, start, end, text[start:end], "GPE", source="names:place"))
    return mentions + added


def split_titled_owner(mentions: list[Mention], text: str) -> list[Mention]:
    """"<Country or people> <title> <Name>" read as one mention ("Velmora PM Orlan Vesk", "Velmoran Interior
    Minister Vesk", as headlines write them): the owner's name leaves it as a place or a people's word, the title
    goes as :func:`split_titles` takes it off, and the holder's name is a person (the tagger reads the run as a
    person, a place or a body)."""
    out = []
    for m in mentions:
        cut = _titled_owner_cut(m) if m.kind == "name" and m.label in _TITLED_OWNER_LABELS else None
        if cut is None:
            out.append(m)
            continue
        owner, name = cut
        label = "NORP" if is_demonym(owner) else "GPE"
        out.append(Mention(m.article, m.start, m.start + len(owner), owner, label, source="names:title"))
        start = m.end - len(name)
        out.append(replace(m, start=start, text=text[start:m.end], label="PERSON", source="names:title"))
    return out


_TITLED_OWNER_LABELS = ("PERSON", "GPE", "LOC", "NORP", "ORG")
#: a person's given names as initials ("KP", "K.P.", "J.")
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def _titled_owner_cut(m: Mention) -> tuple[str, str] | None:
    """(owner, holder's name) of a mention "<owner> <title> <name>", else None."""
    words = m.text.split(" ")
    if len(words) < 3:
        return None
    for n in (2, 1):
        owner = " ".join(words[:n])
        if not (country_name(owner) or known_place(owner) == "country" or (n == 1 and is_demonym(owner))):
            continue
        for k in range(len(words) - 1, n, -1):
            title, rest = " ".join(words[n:k]), words[k:]
            if (title in OFFICE_INITIALS or TITLE_PHRASE.fullmatch(title)) and len(rest) <= 4 \
                    and all((_NAME_WORD.fullmatch(w) and not _not_a_name(w)) or _INITIALS.fullmatch(w) for w in rest) \
                    and not _INITIALS.fullmatch(rest[-1]):
                return owner, " ".join(rest)
    return None


def _title_owner_word(m: Mention, text: str) -> Mention | None:
    """"<Owner> <title words>" right before a title head: only the owner's word is a name."""
    words = m.text.split()
    if len(words) < 2 or not all(is_title_word(w) for w in words[1:]) or is_title_word(words[0]):
        return None
    head = re.match(r" (\w+)", text[m.end:m.end + 30])
    if head is None or head.group(1) not in TITLE_HEADS:
        return None
    first = words[0]
    label = "NORP" if first.lower().endswith(DEMONYM_ENDINGS) else "GPE"
    return replace(m, end=m.start + len(first), text=first, label=label, source="names:title")


def _only_title_words(m: Mention, text: str) -> bool:
    words = m.text.split()
    if not words or not all(is_title_word(w) for w in words):
        return False
    full = TITLE_PHRASE.fullmatch(m.text) is not None
    follows = TITLE_PHRASE.match(text, m.end + 1) is not None and text[m.end:m.end + 1] == " "
    return full or follows


def names_after_titles(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """PERSON mentions for names right after a title phrase (one holder's or several's: "Marshals X Y and Z")
    that no mention covers, or whose last words only a PERSON mention covers ("Marshal X Y Z" with "Z")."""
    hits = [(_office_end(text, h.end()), h.group()) for h in TITLE_PHRASE.finditer(text) if _personal_title(h.group())]
    hits += [(h.end(), h.group()) for h in _PLURAL_TITLE.finditer(text)]
    for after, _title in sorted(hits):
        span = _name_after(text, after)
        if span is None:
            continue
        start, end = span
        covering = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in covering) \
                or any(m.label == "PERSON" and (m.start == start or m.end != end) for m in covering):
            continue
        mentions = [m for m in mentions if m not in covering]
        mentions.append(Mention(article, start, end, text[start:end], "PERSON", source="names:title"))
    return mentions


#: the office a title head names after "of" ("Chief of Staff", "Minister of Foreign Affairs", "head of state"):
#: one to three title modifiers ("Staff", "Defence", "State"), "Affairs" among them
_OFFICE_WORDS = sorted(TITLE_MODIFIERS | {"Affairs"}, key=len, reverse=True)
_NAMED_OFFICE = re.compile(rf" of (?:the )?(?:{'|'.join(_OFFICE_WORDS)})(?: (?:{'|'.join(_OFFICE_WORDS)})){{0,2}}(?= )")
_OFFICE_OF_LOWER = (rf"(?: of (?:the )?(?:{'|'.join(w.lower() for w in _OFFICE_WORDS)})"
                    rf"(?: (?:{'|'.join(w.lower() for w in _OFFICE_WORDS)}))?)?")


def _office_end(text: str, end: int) -> int:
    """Where a title phrase ends when its head names an office after "of" ("Chief of Staff", "Minister of
    Defence"): the name comes after the office."""
    hit = _NAMED_OFFICE.match(text, end)
    return hit.end() if hit else end


#: two or three capitalized words, then ", [the] [one or two words] <role> of|for|at|to" ("X Y, head of Z")
_NAME_BEFORE_ROLE = prefiltered(rf"(?<![\w\-'’.])({_NAME_WORD.pattern}(?: {_NAME_WORD.pattern}){{1,2}}),"
                               rf" (?:(?:the|a|an) )?(?:[a-z\-'’]+ ){{0,2}}(?:{'|'.join(sorted(ROLE_HEADS))})"
                               r" (?:of|for|at|to)\b"
                               # or an article, up to three words (a party's acronym, a body's possessive) and a
                               # role the appositive ends with: "X Y, a senior VNP leader,", "X Y, the group's
                               # spokesman, said", "X Y, a deputy minister."
                               rf"|(?<![\w\-'’.])({_NAME_WORD.pattern}(?: {_NAME_WORD.pattern}){{1,2}}),"
                               r" (?:the|a|an) (?:(?!(?:with|of|in|for|and|or|that|which|from|to|at|on|by) )"
                               rf"[\w\-'’]+ ){{0,3}}?(?:{'|'.join(sorted(ROLE_HEADS))})"
                               r"(?=[,;]|\.(?!\w)| who\b)"
                               # or, as lists of people write it, no article, up to three lower-case words and
                               # a role or an occupation closed by a semicolon or a full stop: "X Y, senior
                               # section engineer; Z W, ..."
                               rf"|(?<![\w\-'’.])({_NAME_WORD.pattern}(?: {_NAME_WORD.pattern}){{1,2}}),"
                               r" (?:(?!(?:with|of|in|for|and|or|that|which|from|to|at|on|by|the|a|an) )"
                               rf"[a-z\-'’()]+ ){{0,3}}?(?:{'|'.join(sorted(ROLE_HEADS | OCCUPATION_NOUNS))})"
                               r"(?=;|\.(?!\w))")


def names_before_roles(mentions: list[Mention], text: str, article: str, doc: Doc | None = None) -> list[Mention]:
    """PERSON mentions for a name the tagger missed that a role phrase describes right after it ("Ana Dresk,
    head of the Velmoran Red Cross, said"; "Ana Dresk, a senior party leader,", an appositive closed after its
    role); not inside a mention, a longer capitalized run or a place's name. A person mention the tagger cut
    from the name's front ("Dresk" of "Ana Dresk, ...") runs on to its first word when the tagger read the
    words it left out as proper nouns (not a sentence opener: "Meanwhile Ana Dresk, ...")."""
    # a capitalized word right before it: the name goes on to the left (a longer run, a place's name)
    return _names_by_role(mentions, text, article, _NAME_BEFORE_ROLE,
                          lambda start: bool(re.search(r"[A-Z][\w.]*[ \-]$", text[max(0, start - 30):start])),
                          doc)


#: nouns that class a business ("X, a clothes retailer with ...", "X, the carmaker,")
_BUSINESS_NOUNS = ("company", "firm", "retailer", "brand", "chain", "manufacturer", "maker", "carmaker", "automaker",
                   "supermarket", "conglomerate", "insurer", "lender", "airline", "startup", "start-up", "bank")
#: one to three capitalized words the tagger missed, then an appositive that classes them as a business, closed
#: or going on with what it does ("Halvex, a clothes retailer with shops in ...,")
_NAME_BEFORE_BUSINESS = prefiltered(
    rf"(?<![\w\-'’.])({_NAME_WORD.pattern}(?: {_NAME_WORD.pattern}){{0,2}}), (?:the|a|an) "
    r"(?:(?!(?:with|of|in|for|and|or|that|which|from|to|at|on|by) )[\w\-'’]+ ){0,3}?"
    rf"(?:{'|'.join(_BUSINESS_NOUNS)})(?=[,;]|\.(?!\w)| (?:with|that|which|whose|based|known|owned)\b)")


def businesses_before_descriptions(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """ORG mentions for a name the tagger missed that an appositive classes as a business ("Halvex, a clothes
    retailer with a large presence in Velmora, said"), often a one-word name opening a sentence; not inside a
    mention, after another capitalized word, nor a known place's name."""
    return _names_by_role(mentions, text, article, _NAME_BEFORE_BUSINESS,
                          lambda start: bool(re.search(r"[A-Z][\w.]*[ \-]$", text[max(0, start - 30):start])),
                          label="ORG")


#: a lower-case office noun (with the office it heads: "chief of staff"), then two or three capitalized words
#: ("the council's chair Ana Dresk")
_NAME_AFTER_ROLE = prefiltered(rf"(?<![\w\-'’])(?:{'|'.join(sorted(ROLE_HEADS | {'chair'}))}){_OFFICE_OF_LOWER} "
                              rf"({_NAME_WORD.pattern}(?: {_NAME_WORD.pattern}){{1,2}})(?![\w\-])")


def names_after_roles(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """PERSON mentions for a full name the tagger missed right after a lower-case office noun ("the council's
    chair Ana Dresk", "spokeswoman Ilse Vell"); not where a mention overlaps it, nor a place's or a body's name."""
    return _names_by_role(mentions, text, article, _NAME_AFTER_ROLE, lambda start: False)


#: a name's word, also written in syllables joined by a hyphen ("Wen-qiang", "Seok-pyeol")
_SYLLABLE_WORD = rf"{_CAP}(?:-{_CAP}|-[a-z]{{2,}})?"
#: an office noun with what it serves or heads, then a full name set off by commas: "the ambassador to Velmora, Ana
#: Dresk,", "chairman of the Tarsk observer mission, Tomas Kell," (up to six words between the office and the name)
#: (led by a lookahead on the office nouns' first letters in either case, as ``prefiltered`` leads a pattern but for
#: the case-blind group it leaves alone: the same matches, positions no office noun starts at skipped at once)
_NAME_APPOSED_TO_ROLE = re.compile(
    rf"(?=(?i:[{re.escape(''.join(sorted({w[0] for w in ROLE_HEADS})))}]))"
    rf"(?<![\w\-'’])(?i:{'|'.join(sorted(ROLE_HEADS))}) (?:of|for|to|at|in) (?:the )?(?:[\w\-'’]+ ){{0,5}}?[\w\-'’]+, "
    rf"({_SYLLABLE_WORD}(?: {_SYLLABLE_WORD}){{1,2}})(?=,)")
#: words no person's name holds: a place's, a building's or a body's ("Karsk Valley", "Tarsk Branch")
_NOT_PERSON_WORDS = frozenset((*PLACE_FOLLOWERS, *FACILITY_WORDS, *PLACE_UNIT_WORDS))


def names_apposed_to_roles(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """PERSON mentions for a full name the tagger missed in apposition after an office and what it serves or
    heads ("<Country>'s ambassador to Velmora, Ana Dresk, said"): the name is closed by a comma; not a place's,
    a building's or a body's name."""
    added = _names_by_role(mentions, text, article, _NAME_APPOSED_TO_ROLE, lambda start: False)[len(mentions):]
    return mentions + [m for m in added if not any(w.lower() in _NOT_PERSON_WORDS for w in m.text.split())]


def _mislabelled_name(m: Mention, start: int, end: int) -> bool:
    """The tagger's mention is the whole name a role describes, labelled other than a person, and no word of it
    is a body's, a building's or a place's ("Ana Dresk, founder of X," read as an ORG)."""
    return (m.kind == "name" and (m.start, m.end) == (start, end) and m.label != "PERSON"
            and not any(w in ORG_SUFFIXES or w.lower() in _NOT_PERSON_WORDS for w in m.text.split()))


def _names_by_role(mentions: list[Mention], text: str, article: str, pattern: re.Pattern[str],
                   runs_on: Callable[[int], bool], doc: Doc | None = None, label: str = "PERSON") -> list[Mention]:
    """PERSON (or ``label``) mentions for the names (group 1, or 2 of a second alternative) a role pattern finds,
    unless a word is no name or a title, the name is a known place, a mention overlaps it, or ``runs_on(start)``
    says the name goes on before it. With ``doc``, a person mention that ends where the name ends and that the
    tagger cut from its front becomes the whole name (the tagger read the words it left out as proper nouns)."""
    added: list[Mention] = []
    cut: set[int] = set()
    for hit in pattern.finditer(text):
        group = next(g for g in range(1, len(hit.groups()) + 1) if hit.group(g) is not None)
        start, end = hit.span(group)
        words = hit.group(group).split()
        if len(words) > 2 and words[0].lower() in NAME_OPENING_PREPOSITIONS:  # "For Ana Dresk, head of ...,"
            start, words = start + len(words[0]) + 1, words[1:]
        if any(_not_a_name(w) or is_title_word(w) for w in words) or known_place(" ".join(words)) \
                or runs_on(hit.start(group)):
            continue
        inside = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
        if doc is not None and len(inside) == 1 and _mislabelled_name(mentions[inside[0]], start, end):
            cut.add(inside[0])  # the tagger read the described person's name as a body or a place
        elif inside:
            tail = mentions[inside[0]]
            if doc is None or len(inside) > 1 or tail.label != "PERSON" or tail.end != end or tail.start <= start:
                continue
            left = doc.char_span(start, tail.start, alignment_mode="expand")
            if left is None or any(t.pos_ != "PROPN" for t in left if not t.is_space):
                continue
            cut.add(inside[0])
        added.append(Mention(article, start, end, text[start:end], label, source="names:role"))
    return [m for i, m in enumerate(mentions) if i not in cut] + added


#: a lower-case noun that classes a body or an outlet, then an all-capital word the tagger left out ("the state
#: broadcaster XBC", "the militant group KVF"); the word is the body's acronym
_ACRONYM_AFTER_NOUN = re.compile(rf"(?<![\w\-])(?:{'|'.join(sorted(NOMINAL_ORG | MEDIA_NOUNS))}) ([A-Z]{{2,6}})"
                                 r"(?![\w\-.'’])")
#: an outlet's name in capitals (a figure may end it: "XB3") before a broadcasting word ("told XBC radio"), or
#: set off by a comma and described as an outlet ("XB3, a private TV station,")
_OUTLET_CAPITALS = r"([A-Z][A-Z0-9]{1,5})"
_MEDIA_ALT = "|".join(sorted(MEDIA_NOUNS | BROADCAST_DESCRIPTIONS))
_OUTLET_BEFORE_NOUN = re.compile(rf"(?<![\w\-.]){_OUTLET_CAPITALS} (?:{'|'.join(sorted(BROADCAST_NOUNS))}|TV)\b"
                                 r"(?! [A-Z])")
_OUTLET_APPOSED = re.compile(rf"(?<![\w\-.]){_OUTLET_CAPITALS}, (?:a|an|the) (?:[\w\-]+ ){{0,3}}?"
                             rf"(?:{_MEDIA_ALT}|TV)\b")
#: a wire's name in brackets after a dateline ("Tarsk, May 27 (XNA) - "): the agency that filed the story
_DATELINE_AGENCY = re.compile(r"^[A-Z][\w .'’\-]{1,40}, [A-Z][a-z]{2,8}\.? \d{1,2} \(([A-Z][A-Z0-9]{1,5})\) ?[-–—]",
                              re.MULTILINE)


def acronyms_after_class_nouns(mentions: list[Mention], text: str, article: str, credit: str | None = None
                               ) -> list[Mention]:
    """ORG acronym mentions for an all-capital word right after a lower-case body's or outlet's noun ("the state
    broadcaster XBC"), an outlet's before a broadcasting word or described as an outlet ("XBC radio", "XB3, a TV
    station"), a wire's after a dateline ("Tarsk, May 27 (XNA) -"), and for its other occurrences in the article,
    where no mention covers them, and the article's credited agency in capitals (``credit``) where the text names
    it; not a known place's code, a title, an office's initials ("the company CEO") or a roman numeral. A name
    mention of the word described as an outlet that the tagger read as a facility or a place becomes an ORG."""
    outlets = {hit.span(1) for pattern in (_OUTLET_BEFORE_NOUN, _OUTLET_APPOSED) for hit in pattern.finditer(text)}
    mentions = [replace(m, label="ORG", source="names:class-noun")
                if (m.start, m.end) in outlets and m.label in ("FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART")
                and not known_place(m.text) else m for m in mentions]
    taken = [(m.start, m.end) for m in mentions]
    hits = [hit for pattern in (_ACRONYM_AFTER_NOUN, _OUTLET_BEFORE_NOUN, _OUTLET_APPOSED, _DATELINE_AGENCY)
            for hit in pattern.finditer(text)]
    words = {hit.group(1) for hit in hits if not any(s < hit.end(1) and hit.start(1) < e for s, e in taken)
             and sum(c.isupper() for c in hit.group(1)) > 1}
    # the agency the article is credited to (its dateline's "(XNA)", taken out of the text) where the text names it
    words |= {w for w in re.findall(r"\b[A-Z][A-Z0-9]{1,5}\b", credit or "") if sum(c.isupper() for c in w) > 1}
    words = {w for w in words if not (known_place(w) or country_name(w) or is_title_word(w) or w in OFFICE_INITIALS
                                      or w in RADIO_BANDS or _ROMAN.fullmatch(w))}
    added = []
    for word in sorted(words):
        for hit in re.finditer(rf"(?<![\w\-.]){word}(?![\w\-.'’])", text):
            if not any(s < hit.end() and hit.start() < e for s, e in taken):
                added.append(Mention(article, hit.start(), hit.end(), word, "ORG", kind="acronym",
                                     source="names:class-noun"))
    return mentions + added


#: a lower-case outlet's noun, then one or two title-case words ("the television channel Xtra", "the daily
#: Tagblick"): the outlet's name
_OUTLET_AFTER_NOUN = re.compile(rf"(?<![\w\-])(?:{'|'.join(sorted(MEDIA_NOUNS))}) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                                r"(?![\w\-'’])")
#: the labels the tagger gives an outlet's unfamiliar name elsewhere in the article ("she told Xtra": a person's)
_OUTLET_SLIPS = frozenset(("PERSON", "GPE", "NORP", "WORK_OF_ART", "PRODUCT"))


def outlets_after_media_nouns(mentions: list[Mention], text: str, article: str, doc: Doc | None = None
                              ) -> list[Mention]:
    """An ORG mention for a title-case name right after a lower-case outlet's noun that no mention holds
    ("an interview with the local television channel Xtra"), and the article's other mentions of that very name
    tagged a person, a place or a work become the outlet's ("she told Xtra"): the article has called it a
    channel. Not a weekday's or a month's name, a known place's, a title's, an English word's ("the magazine
    Time" is left to the tagger), nor a name a person's full name of the article holds."""
    taken = [(m.start, m.end) for m in mentions]
    surnames = {w for m in mentions if m.label == "PERSON" for w in m.text.split()[1:]}
    names: set[str] = set()
    added = []
    for hit in _OUTLET_AFTER_NOUN.finditer(text):
        name, words = hit.group(1), hit.group(1).split()
        if any(s < hit.end(1) and hit.start(1) < e for s, e in taken) or words[0] in MONTH_NAMES \
                or words[0] in WEEKDAY_NAMES or known_place(name) or country_name(name) or is_title_word(words[0]) \
                or any(w in surnames for w in words) \
                or (doc is not None and any(english_word(doc.vocab, w) for w in words)):
            continue
        names.add(name)
        added.append(Mention(article, hit.start(1), hit.end(1), name, "ORG", source="names:outlet"))
    out = [replace(m, label="ORG", source="names:outlet") if m.text in names and m.label in _OUTLET_SLIPS else m
           for m in mentions]
    return out + added


#: news agencies the lexicon names that are no other thing's name: of two words or more, or a code in capitals of
#: three letters or more ("Bloomberg", "Sputnik", "Anadolu" may be a person, a satellite, a region)
_AGENCY_NAMES = sorted((a for a in AGENCIES if " " in a or (a.isupper() and len(a) >= 3)), key=len, reverse=True)
_AGENCY = prefiltered(rf"(?<![\w\-.])(?:{'|'.join(re.escape(a) for a in _AGENCY_NAMES)})(?![\w\-])")


def agency_names(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """ORG mentions for the news agencies the tagger missed ("An Associated Press photographer" opening a
    sentence), where no mention overlaps them."""
    taken = [(m.start, m.end) for m in mentions]
    added = [Mention(article, hit.start(), hit.end(), hit.group(), "ORG", kind="acronym" if hit.group().isupper()
                     else "name", source="names:agency")
             for hit in _AGENCY.finditer(text) if not any(s < hit.end() and hit.start() < e for s, e in taken)]
    return mentions + added


_ROMAN = re.compile(r"[IVXLC]+")
#: a capital or two joined by a hyphen after an acronym ("KVF-O" for a branch "KVF-Ostra"): part of the name
_ABBREVIATED_TAIL = re.compile(r"-[A-Z]{1,2}(?![\w\-])")


def hyphenated_abbreviations(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """An acronym mention the tagger stopped at a hyphen before one or two capitals ("KVF" of "KVF-O", a branch's
    short name) takes them in, and the article's other uncovered "KVF-O" become mentions of the same label."""
    out, names = [], set()
    for m in mentions:
        hit = _ABBREVIATED_TAIL.match(text, m.end)
        if hit and is_acronym(m.text):
            m = replace(m, end=hit.end(), text=text[m.start:hit.end()], source="names:hyphen")
            names.add((m.text, m.label))
        out.append(m)
    for name, label in sorted(names):
        for hit in re.finditer(rf"(?<![\w\-.]){re.escape(name)}(?![\w\-])", text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in out):
                out.append(Mention(article, hit.start(), hit.end(), name, label, source="names:hyphen"))
    return out


#: a plural title head before a name ("Marshals X Y and Z")
_PLURAL_TITLE = prefiltered(rf"(?<![\w\-])(?:{'|'.join(sorted(PLURAL_TITLES))})(?= [A-Z])")


def _personal_title(title: str) -> bool:
    """A title phrase that can stand before a person's name (its last word is a head)."""
    last = title.split()[-1].rstrip(".")
    return last in TITLE_HEADS


def _name_after(text: str, pos: int) -> tuple[int, int] | None:
    """Up to four capitalized name words right after ``pos`` (one space), none a title/month/org word."""
    if text[pos:pos + 1] != " ":
        return None
    start = end = pos + 1
    count = 0
    while count < 4:
        word = _NAME_WORD.match(text, end)
        if word is None or _not_a_name(word.group()):
            break
        end, count = word.end(), count + 1
        if text[end:end + 1] != " ":
            break
        end += 1
    end = start + len(text[start:end].rstrip())
    return (start, end) if count else None


def _not_a_name(word: str) -> bool:
    return (word in TITLE_HEADS or word in TITLE_MODIFIERS or word in _MONTHS_DAYS or word in ORG_SUFFIXES
            or word.lower() in ("the", "and", "of") or word.lower() in HEADLINE_VERBS)


#: an office's field after it, in capitals ("Minister for Information and Broadcasting", "Secretary of State for
#: Health"): its words, each with the space before it, up to the holder's name
_FIELD_WORD = r"(?:(?:and|&|of) )?[A-Z][\w\-]*"
_TITLE_FIELD = re.compile(rf" (?:of|for) (?:the )?({_FIELD_WORD})((?: {_FIELD_WORD}){{0,4}})")


def _title_ends(text: str) -> dict[int, tuple[int, int]]:
    """Where each personal title phrase (with its field, when it has one) ends: end -> (start, end)."""
    ends: dict[int, tuple[int, int]] = {}
    for hit in TITLE_PHRASE.finditer(text):
        if not _personal_title(hit.group()):
            continue
        ends[hit.end()] = (hit.start(), hit.end())
        field = _TITLE_FIELD.match(text, hit.end())
        if field is None or not field.group(1)[:1].isupper():
            continue
        # every word end of the field: the holder's name begins after one of them (the tagger gives it)
        end = field.end(1)
        ends.setdefault(end, (hit.start(), end))
        for word in re.finditer(rf" {_FIELD_WORD}", field.group(2)):
            ends.setdefault(field.start(2) + word.end(), (hit.start(), field.start(2) + word.end()))
    return ends


def titles_before(mentions: list[Mention], text: str) -> list[dict[str, Any]]:
    """For each PERSON mention preceded by a title phrase: the title and its span (kept for roles). The title may
    carry the office's field before the name ("State Minister for Information and Broadcasting <Name>")."""
    ends = _title_ends(text)
    found = []
    for m in mentions:
        title = ends.get(m.start - 1)
        if m.label != "PERSON" or title is None or text[m.start - 1] != " ":
            continue
        start, title_end = title
        for other in mentions:  # "Inter-Services Intelligence Director General": the org is not title
            if other.start <= start < other.end and other is not m:
                start = other.end + 1
        if start < title_end:
            found.append({"start": m.start, "end": m.end, "title": text[start:title_end],
                          "title_start": start, "title_end": title_end})
    return found


#: a word ending in a title's head is an office ("Undersheriff", "Archbishop"), no given name
_TITLE_ENDINGS = tuple(sorted(h.lower() for h in TITLE_HEADS if len(h) >= 5))


def given_name_before(mentions: list[Mention], doc: Doc | None) -> list[Mention]:
    """A person's name of two words or more that the tagger began one word late ("said Devan [Prakash Tolani]"):
    the capitalized proper noun right before it that the parse makes a part of the name (a compound of a word of
    the mention) is its first given name. Not at a sentence's start (any word is capitalized there), not after
    another capitalized word (a longer run: a body's name, a title), not a title, month, organization or
    headline word, nor a place's or a people's name, nor an English word the model's lemmatizer knows or one
    ending in a title ("Coach", "Star", "Sister", "Undersheriff": a description written with a capital)."""
    if doc is None:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        tok = _word_before_name(m, doc, taken) if m.label == "PERSON" and m.kind == "name" else None
        if tok is None:
            out.append(m)
            continue
        out.append(replace(m, start=tok.idx, text=doc.text[tok.idx:m.end], source="names:given"))
    return out


def _no_name_word(tok: Token, taken: list[tuple[int, int]]) -> bool:
    """Is the word beside a person's name no word of that name: not shaped as a name word, a word of another kind
    (a title, a place's, a people's or a country's name, an English word, a headline or organization word), or
    inside another mention (``taken``)?"""
    text = tok.text
    return bool(not _NAME_WORD.fullmatch(text) or _not_a_name(text) or is_title_word(text) or known_place(text)
                or is_demonym(text) or country_name(text)
                or any(s < tok.idx + len(tok) and tok.idx < e for s, e in taken) or english_word(tok.doc.vocab, text))


def _word_before_name(m: Mention, doc: Doc, taken: list[tuple[int, int]]) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) < 2 or len(m.text.split()) != len(span) or span.start == 0:
        return None
    tok = doc[span.start - 1]
    if tok.is_sent_start or tok.pos_ != "PROPN" or tok.dep_ != "compound" or not span.start <= tok.head.i < span.end \
            or doc.text[tok.idx + len(tok):m.start] != " " or _no_name_word(tok, taken) \
            or tok.text.lower().endswith(_TITLE_ENDINGS):
        return None  # "Coach X Y", "Star X Y", "Undersheriff X Y": a description written with a capital
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and (before.text[:1].isupper() or before.pos_ == "PROPN"):
        return None
    return tok


def surname_after(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """A full name the tagger ended before its last word ("[Ana Dresk] Velmar said"; a three-word name, a double
    surname or a given name and patronymic the small model has not seen): the proper noun right after it is the
    name's last word when the parser hangs the name on it (the name's head is that word) and it is no word of
    another kind: not an English word ("Ana Dresk Street"), a title, a place's or a people's name, a month or a
    weekday, nor the first of more capitalized words (a list or another name: "Ana Dresk Velmar Holdings")."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        tok = _word_after_name(m, doc, taken) if m.label == "PERSON" and m.kind == "name" else None
        if tok is None:
            out.append(m)
            continue
        end = tok.idx + len(tok)
        out.append(replace(m, end=end, text=doc.text[m.start:end], source="names:last-word"))
    return out


def _word_after_name(m: Mention, doc: Doc, taken: list[tuple[int, int]]) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) < 2 or len(m.text.split()) != len(span) or span.end >= len(doc):
        return None
    tok = doc[span.end]
    if tok.pos_ != "PROPN" or not all(t.head.i == tok.i for t in span if t.head.i >= span.end) \
            or not any(t.head.i == tok.i for t in span) \
            or doc.text[m.end:tok.idx] != " " or tok.text in _MONTHS_DAYS or _no_name_word(tok, taken) \
            or tok.text.lower() in COMMON_GIVEN_NAMES:
        return None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.pos_ == "PROPN"):
        return None
    return tok


#: a person's initials written apart right before the name the tagger began after them ("R K ", "R. K. ", "R.K. "):
#: two or three single capitals, after the text's start, a line break or a small word or mark (not a capitalized
#: word: "Company K ..." is a longer name)
_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\n(\"“‘'])|(?<=[a-z,;:.!?)] ))((?:[A-Z](?:\. ?| )){2,3})$")


#: one initial right before a name that opens with another ("R [K Varesh]")
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\n(\"“‘'])|(?<=[a-z,;:.!?)] ))([A-Z](?:\. ?| ))$")
#: a name opening with an initial ("K Varesh", "K. Varesh")
_OPENING_INITIAL = re.compile(r"[A-Z](?:\. ?| )[A-Z][a-z]")


def initials_before(mentions: list[Mention], text: str) -> list[Mention]:
    """A person's name the tagger began after its initials ("R K [Varesh]", "R.K. [Varesh]", "R [K Varesh]", the
    last often read as a body's): the initials are the name's first words (so "R K Varesh", "RK Varesh" and "R.K.
    Varesh" are one name's forms); whether it is a person's is for the context to say (retype)."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        opens_initial = bool(_OPENING_INITIAL.match(m.text))
        hit = _INITIALS_BEFORE.search(text, max(0, m.start - 12), m.start) \
            if m.kind == "name" and m.text[:1].isupper() and (m.label == "PERSON" or (
                m.label == "ORG" and opens_initial)) else None
        if hit is None and opens_initial and m.label in ("PERSON", "ORG"):
            hit = _INITIAL_BEFORE.search(text, max(0, m.start - 4), m.start)
        if hit is None or not hit.group(1).endswith(" ") or any(s < m.start and hit.start(1) < e for s, e in taken):
            out.append(m)
            continue
        out.append(replace(m, start=hit.start(1), text=text[hit.start(1):m.end], source="names:initials"))
    return out


def extend_to_known_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A mention the tagger cut out of a longer name the document names elsewhere ("Velmoran" of "the
    Velmoran Orda group" beside "Velmoran Orda" tagged whole): the longer name, with its label."""
    known: dict[str, str] = {}
    for m in mentions:
        if m.kind == "name" and " " in m.text.strip():
            known.setdefault(m.text, m.label)
    # the known names that begin or end with a mention's text, looked up by that text (comparing every
    # mention with every known name was quadratic in text length); in the order of ``known``
    order = {name: i for i, name in enumerate(known)}
    parts: dict[str, set[str]] = defaultdict(set)
    for name in known:
        for i, ch in enumerate(name):
            if ch == " ":
                parts[name[:i]].add(name)
                parts[name[i + 1:]].add(name)
    out = []
    for m in mentions:
        best: tuple[int, int, str] | None = None
        for name in sorted(parts.get(m.text, ()), key=order.__getitem__):
            label = known[name]
            if len(name) <= len(m.text):
                continue
            if name.startswith(m.text + " ") and text.startswith(name, m.start):
                span = (m.start, m.start + len(name), label)
            elif name.endswith(" " + m.text) and m.end >= len(name) and text.startswith(name, m.end - len(name)):
                span = (m.end - len(name), m.end, label)
            else:
                continue
            whole = not text[span[1]:span[1] + 1].isalnum() and not text[span[0] - 1:span[0]].isalnum()
            if whole and (best is None or span[1] - span[0] > best[1] - best[0]):
                best = span
        if best is not None:
            m = replace(m, start=best[0], end=best[1], text=text[best[0]:best[1]], label=best[2],
                        source="names:extend")
        out.append(m)
    return out


_CLASS_NOUN = re.compile(r" ([a-z]+)\b")


def with_class_nouns(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """"the X river", "the X group": the tagger often leaves a lower-case class noun out of
    the name it heads; the mention takes it in (a river is not its valley's town, and the scorer of a
    story reads "X river" as a name of X). Only when the noun heads the phrase: in "the X river border"
    the border is the thing named."""
    text = doc_text(doc)
    out = []
    for m in mentions:
        hit = _CLASS_NOUN.match(text, m.end) if m.kind == "name" else None
        if hit is not None and hit.group(1) in CLASS_NOUNS and _heads_phrase(doc, hit.start(1), hit.end()):
            label = CLASS_NOUNS[hit.group(1)]
            if m.label in CLASS_NOUN_TAKERS[label]:
                m = replace(m, end=hit.end(), text=text[m.start:hit.end()], label=label,
                            source="names:class-noun")
        out.append(m)
    return out


#: lower-case nouns of a site that news writes after the site's own name ("the X mosque", "the X cemetery", "X
#: airport"): with its noun the name is the site's (a FAC mention), as "X Mosque" is when written with a capital.
#: Not nouns a body owns or runs under its name ("the X base", "the X camp", "the X school", "the X estate" of
#: a person's heirs), and not a body's seat ("X police", "X court"), which speak for the body.
_SITE_NOUNS = frozenset(("mosque", "church", "cathedral", "temple", "shrine", "synagogue", "chapel", "monastery",
                         "basilica", "mausoleum", "cemetery", "graveyard", "square", "stadium", "arena", "palace",
                         "prison", "jail", "dam", "bridge", "airport", "airfield", "hotel", "mall", "hospital"))
#: ... of them, those of a place of worship or burial or a public square, which no company or group names after
#: itself ("the X hotel" may be a chain's, "the X prison" a state's): an organization's label before them is the
#: tagger's misreading of the site's name
_OWNERLESS_SITES = frozenset(("mosque", "church", "cathedral", "temple", "shrine", "synagogue", "chapel",
                              "monastery", "basilica", "mausoleum", "cemetery", "graveyard", "square"))
#: labels the tagger gives a site's unfamiliar name before its noun when it misreads it: a name it read as a
#: place or a site already keeps its span ("Stansted airport": news annotation leaves a lower-case noun out of the
#: name, CoNLL-2003 dev 74.97 -> 74.70 when the noun joined those too), the misread one is the site's name with it
_SITE_NAME_LABELS = frozenset(("PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "ORG"))
#: ... of them, those that take the noun in: an organization's or an event's name before the noun stays as the
#: tagger cut it (the context rules make "the X mosque" of an ORG a site; CoNLL-2003 writes "X" of "X mosque" and
#: "X airport", 74.97 -> 74.91 when those joined)
_SITE_SPAN_LABELS = frozenset(("PERSON", "PRODUCT", "WORK_OF_ART"))
_SITE_NOUN = re.compile(r" ([a-z]+)\b")
#: "the X and Y mosques": names a plural site noun closes
_SITES_LIST = re.compile(r"(?: and |, (?:and )?)")


def sites_with_nouns(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """"the X cemetery", "the X mosque", "at X airport": a name right before the lower-case noun of a site that
    heads its noun phrase is the site's name where the tagger misread the name as a person's or a thing's: the
    mention takes the noun in as a FAC ("the X cemetery" read as a person's "X"). A name read as a
    place or a site keeps its span ("X airport": the town, or the site said short, as news annotation writes
    it); not a known place's name read as a body, a people's word ("the Sikh temple"), an acronym or a body's
    name ending in an organization word; an organization's label only before a place of worship, a burial
    ground or a square. In "the X and Y mosques" each name of the list is a site (FAC), without the noun."""
    text = doc_text(doc)
    out = []
    for i, m in enumerate(mentions):
        hit = _SITE_NOUN.match(text, m.end) if m.kind == "name" and _site_name(m) else None
        if hit is None:
            out.append(m)
            continue
        noun = hit.group(1)
        plural = noun.endswith("s") and noun[:-1] in _SITE_NOUNS
        site = noun[:-1] if plural else noun
        # (a plural's part of speech is left unread: the small model often tags "mosques" a verb after a list)
        if site not in _SITE_NOUNS or (m.label == "ORG" and site not in _OWNERLESS_SITES) \
                or not (plural or _heads_phrase(doc, hit.start(1), hit.end())) \
                or (m.label not in _SITE_SPAN_LABELS and not plural):
            out.append(m)
        elif not plural:
            out.append(replace(m, end=hit.end(), text=text[m.start:hit.end()], label="FAC", source="names:site"))
        else:
            out.append(replace(m, label="FAC", source="names:site"))
            for j in range(i - 1, -1, -1):  # the names the list runs through back to its first
                prev = out[j]
                if not _SITES_LIST.fullmatch(text[prev.end:out[j + 1].start]) or not _site_name(prev):
                    break
                out[j] = replace(prev, label="FAC", source="names:site")
    return out


def _site_name(m: Mention) -> bool:
    words = m.text.split()
    if not words or m.label not in _SITE_NAME_LABELS or is_acronym(m.text) or words[-1] in ORG_SUFFIXES \
            or words[-1] in BUILDING_WORDS or words[-1].lower() in FACILITY_WORDS:
        return False
    if m.label == "ORG" and (known_place(m.text) is not None or country_of(m.text) is not None
                             or gazetteer_name(m.text)):
        return False
    return demonym_country(m.text) is None and not nation_word(m.text)


#: nouns of an armed or criminal group or a unit, which news writes after a name a number opens ("the 400 X gang")
_NUMBERED_GROUP_NOUNS = ("gang", "gangs", "cartel", "militia", "crew", "brigade", "battalion", "regiment", "squadron",
                         "group", "faction", "syndicate", "unit")
_NUMBER_BEFORE = re.compile(r"(?<![\w\-.,:/])(\d{1,4}) $")
_NUMBER_OPENS = re.compile(r"(\d{1,4}) ([A-Z].*)$")
_GROUP_NOUN_AFTER = re.compile(rf"(?:['’]s)? (?:{'|'.join(_NUMBERED_GROUP_NOUNS)})(?![\w\-])")


def numbered_group_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A group's name opened by a number ("the 400 Vesko gang"): the tagger often takes only the words (as a
    person). Where one mention of such a name (with its number or right after it) stands before a group's or
    unit's noun, every mention of that name with or right after that number takes the number in and is an ORG
    ("400 Vesko's leader", "named 400 Vesko,"); not a number a figure's punctuation holds ("5.400", "1,400")."""
    def numbered(m: Mention) -> tuple[str, str, int] | None:
        """(number, name, start of the number) of a name mention that a number opens or follows"""
        if m.kind != "name" or m.label not in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"):
            return None
        inside = _NUMBER_OPENS.match(m.text)
        if inside:
            return inside.group(1), inside.group(2), m.start
        hit = _NUMBER_BEFORE.search(text, max(0, m.start - 6), m.start)
        return (hit.group(1), m.text, hit.start(1)) if hit else None

    named = {got[:2] for m in mentions if (got := numbered(m)) and _GROUP_NOUN_AFTER.match(text, m.end)}
    out = []
    for m in mentions:
        got = numbered(m)
        if got is not None and got[:2] in named:
            m = replace(m, start=got[2], text=text[got[2]:m.end], label="ORG", source="names:numbered")
        out.append(m)
    return out


#: a letter and a number, joined or by a hyphen ("Q5", "Q-5")
_LETTER_NUMBER_WORD = re.compile(r"(?<![\w\-.])[A-Z]-?\d{1,2}(?![\w\-])")


def numbered_names_again(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """A group named by a letter and a number ("Q5", "Quorum of Five", :func:`numbered_name`) that the tagger
    marked once: its other letter-and-number words in the article ("Q5", "Q-5") become mentions with its label,
    which the tagger often leaves unmarked."""
    labels = {key: m.label for m in mentions if m.kind in ("name", "acronym") and m.label != "PERSON"
              and (key := numbered_name(m.text)) is not None}
    if not labels:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for hit in _LETTER_NUMBER_WORD.finditer(text):
        key = numbered_name(hit.group())
        if key in labels and hit.start() not in taken:
            added.append(Mention(article, hit.start(), hit.end(), hit.group(), labels[key], source="names:numbered"))
    return mentions + added


#: "River X", "Lake X Y", "Mount X": a natural feature's word and one or two capitalized words, no more capitals
#: after them (a longer name, a title-case headline)
_FEATURE_NAME = re.compile(rf"(?<![\w\-])(?:River|Lake|Mount|Mt\.?) {_CAP}(?: {_CAP})?(?![\w\-’']| [A-Z])")


def feature_names(mentions: list[Mention], text: str, article: str) -> list[Mention]:
    """LOC mentions for a natural feature's name opened by its capitalized word ("the River X", "Lake X") that the
    tagger missed or cut to its last words ("X" of "River X"); a mention reaching beyond it ("Lake X Hospital")
    keeps its span, and so does a name ending in a building's or a body's word, a weekday or a month."""
    out = list(mentions)
    for match in _FEATURE_NAME.finditer(text):
        start, end = match.span()
        last = match.group().split()[-1]
        if last in ORG_SUFFIXES or last.lower() in FACILITY_WORDS or last in _MONTHS_DAYS:
            continue
        inside = [m for m in out if m.start < end and m.end > start]
        if any(m.start < start or m.end > end for m in inside) or any(
                (m.start, m.end) == (start, end) and m.label == "LOC" for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(article, start, end, match.group(), "LOC", source="names:feature"))
    return out


#: nouns of an administrative unit a place's name stands before ("X province", "X district")
_UNIT_NOUNS = "province|district|region|county|village|town|city|state|governorate|prefecture|municipality"
#: one or two capitalized words between a cut name and its unit noun ("Ko Ta| Lam province")
_CUT_TAIL = re.compile(rf"((?: {_CAP}){{1,2}}) (?:{_UNIT_NOUNS})s?\b")


def names_to_unit_nouns(mentions: list[Mention], text: str) -> list[Mention]:
    """A place's name the tagger cut before its last syllables ("Ko Ta" of "Ko Ta Lam province": a romanized
    name written in syllables) runs on through the capitalized words up to the unit noun, as a place."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        tail = _CUT_TAIL.match(text, m.end) if m.label in _PLACE_LABELS else None
        if tail is not None and not any(s < m.end + len(tail.group(1)) and e > m.end for s, e in taken) \
                and not any(w in _MONTHS_DAYS for w in tail.group(1).split()):
            end = m.end + len(tail.group(1))
            m = replace(m, end=end, text=text[m.start:end], label="GPE", source="names:place")
        out.append(m)
    return out


def untagged_places(mentions: list[Mention], doc: Doc, article: str) -> list[Mention]:
    """GPE mentions for a country's or a province's one-word name (ISO 3166, :func:`known_place`) that the tagger
    read as a proper noun but marked as no entity, as it often does with names it has not seen ("X's mayor",
    a name with diacritics): a word alone, in no mention, with no capitalized word joined to it.

    A country's name is a place alone; a province's needs the sentence or the article to say so
    (:func:`_placed_here`): ISO 3166-2 holds towns' and counties' names that teams, people and common words
    bear ("Dorwick 4 2 0 2" in a league table, "v Halbury", "Man" of "Man of the Match")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    tagged = {folded_key(m.text) for m in mentions if m.label in _PLACE_LABELS}
    alone = [tok for tok in doc if tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title and tok.idx not in taken
             and not any((t.is_title and t.pos_ == "PROPN") or t.text in "-&"
                         for t in (doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)))]
    # a name the gazetteer lacks that an administrative unit's noun follows ("the Tarvik province"): a place here
    # and wherever the article writes it alone
    units = {tok.text for tok in alone if _unit_noun_after(tok, doc)}
    added = []
    for tok in alone:
        known = known_place(tok.text)
        if tok.text not in units and (known is None or (known == "subdivision" and not _placed_here(tok, doc, tagged))):
            continue
        added.append(Mention(article, tok.idx, tok.idx + len(tok.text), tok.text, "GPE", source="names:place"))
    return mentions + added


#: nouns of an administrative unit a name the gazetteer lacks stands before ("X province", "the X region")
_ADMIN_UNIT_NOUNS = frozenset({"province", "district", "region", "county", "governorate", "prefecture",
                               "municipality", "oblast", "tehsil"})
#: words that stand before a unit's noun without naming it: a compass point ("the Northern region")
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                            "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
                            "Southeastern", "Southwestern", "Upper", "Lower", "Greater", "Capital", "Autonomous"})


def _unit_noun_after(tok: Token, doc: Doc) -> bool:
    """Is the word right after ``tok`` a lower-case administrative unit's noun ("X province", "the X region's
    governor") and is ``tok`` a name (no compass word, title, month, weekday, nor a people's word or one shaped
    like it, "-ish", "-ese": "English county sides" writes a people)?"""
    if tok.i + 1 >= len(doc) or tok.text in _COMPASS_WORDS or _not_a_name(tok.text) or is_title_word(tok.text) \
            or is_demonym(tok.text) or tok.lower_.endswith(("ish", "ese")):  # "English county sides": a people
        return False
    noun = doc[tok.i + 1]
    return noun.is_lower and noun.lower_ in _ADMIN_UNIT_NOUNS


#: what a province's name owns as a place does: "X's mayor", "X's border", "X's capital"
_PLACE_OWNED = PLACE_OFFICES | STATE_NOUNS | PLACE_FOLLOWERS


def _placed_here(tok: Token, doc: Doc, tagged: set[str]) -> bool:
    """Does the text say that this province's name is the place: a place preposition before it ("in X"),
    something only a place owns after it, with or without a possessive ("X's mayor", "X police", "X province"),
    or another mention of the article the tagger read as a place ("X" tagged a place in another sentence)?"""
    if folded_key(tok.text) in tagged:
        return True
    if tok.i > 0 and doc[tok.i - 1].lower_ in PLACE_PREPOSITIONS:
        return True
    after = doc[tok.i + 1:tok.i + 3]
    if after and after[0].lower_ in ("'s", "’s"):
        after = after[1:]
    return bool(after) and after[0].is_lower and after[0].lower_ in _PLACE_OWNED


def _heads_phrase(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and span[0].pos_ == "NOUN" and span[0].dep_ != "compound"


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per span; a repaired mention wins over a raw one it overlaps."""
    ranked = sorted(mentions, key=lambda m: (m.source == "spacy", -(m.end - m.start), m.start))
    kept: list[Mention] = []
    taken: set[int] = set()  # character offsets already covered
    for m in ranked:
        if any(i in taken for i in range(m.start, m.end)):
            continue
        kept.append(m)
        taken.update(range(m.start, m.end))
    return kept
