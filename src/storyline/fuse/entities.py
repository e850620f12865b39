"""Fusion step ``entities``: cross-document entity resolution.

Units are in-document chains (from ``coref``; a mention without a chain is its
own unit) or, in incremental runs, the entities the store already holds.

1. **Blocking** (:func:`block_keys`): units meet only when they share a key:
   the normalized and the transliteration-folded name, the consonant
   skeleton of the name and of its first/last word (Yusuf/Yousuf/Yousaf -> "ysf"),
   and acronym keys (defined "Long Name (LN)" pairs anywhere in the corpus,
   or initials).
2. **Scoring** (:func:`name_link`, :func:`pair_score`): a name-link strength
   (same folded name 1.0, acronym 0.95, compatible person names 0.9/0.8,
   same words spelled differently 0.9, a nationality-qualified group name
   "<Demonym> X" ~ "X" 0.7) plus type agreement, shared co-occurring names
   (Jaccard) and, when ``config.use_embeddings``, the cosine of MiniLM
   embeddings of the mentions' sentences.
3. **Clustering** (:func:`cluster_units`): pairs are merged best first unless
   the merged cluster would break a cannot-link (:func:`cannot_link`):
   two multi-word person names that are not compatible ("A B" vs "C B"),
   a group name contained in another group name ("X" vs "Y X Z") or two
   different multi-word group names sharing a word, unless an acronym links
   them; two differently named places; a person's full name and a people's word
   spelled like one of its words; two entities already in the store.
   Merging runs per connected component of the pairs, and a pair's context
   embedding is computed lazily, only when a pair that could come before it
   touches one of its clusters (:class:`LazyCosines`): the result is that of
   embedding every open pair up front, at a fraction of the MiniLM calls
   (1000 Reuters articles: 838 contexts instead of 1463; the rest of the step
   is ~2 s, linear: blocks over ``BIG_BLOCK`` units are a star plus a chain).

The canonical name (:func:`canonical_name`) is the most frequent *full form*:
aliases that are neither acronyms (when a long form exists) nor contained in a
longer alias; ties go to the longer form, then alphabetical order.
The type is the weighted majority of the mentions' labels (a label confirmed
by context, a title or an acronym definition counts 2).

Ids are ``"ent:" + sha1(type|folded canonical name)[:12]`` when the entity is
created; an entity from the store keeps its id when new articles join it.
Incremental: with a store that holds entities and ``ctx.state["full_resolution"]``
not True, only ``ctx.new`` articles are resolved, against the stored entities
and each other; the stored entities keep their mentions and ids.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import combinations, islice, pairwise
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from storyline.analyze.names.descriptions import fits, given_age, leads, role_words, same_owner, serves
from storyline.analyze.names.gazetteer import gazetteer_place
from storyline.analyze.names.keys import (
    PREFIX_ACRONYM,
    PREFIX_LETTERS,
    SMALL_WORDS,
    abbreviated_same,
    abbreviated_surname,
    align_names,
    bare_last_name,
    clean_surface,
    fold_token,
    folded_key,
    glide_consonants,
    initialled_given,
    initials_match,
    is_acronym,
    joined_key,
    loose_key,
    loose_skeleton,
    may_be_spellings,
    name_token_tuple,
    name_tokens,
    numbered_name,
    one_letter_variant,
    order_marked,
    person_names_compatible,
    person_variant,
    prefixes_spell,
    reversed_name,
    romanised,
    romanised_key,
    same_name,
    skeleton,
    skeleton_key,
    spelling_key,
    spelling_variant,
    surname_typo,
    surname_vowels_variant,
    syllable_variant,
    token_subset,
    tokens_match,
)
from storyline.analyze.names.nominals import person_like as person_like_noun
from storyline.analyze.names.places import known_place
from storyline.analyze.names.retype import (
    CONTEXT,
    GAZETTEER,
    PERSON_SOURCES,
    area_name,
    council_area,
    gazetteer_name,
    mention_weight,
    opens_with_group_word,
    square_name,
)
from storyline.fuse import STEP_CACHES, FuseContext, fuse_step
from storyline.fuse.doc_clusters import doc_clusters
from storyline.fuse.forest import root
from storyline.lexicons.agencies import AGENCIES
from storyline.lexicons.agencies import FULL_NAMES as AGENCY_FULL_NAMES
from storyline.lexicons.agencies import SHORT_NAMES as AGENCY_SHORT_NAMES
from storyline.lexicons.agencies import short_name as agency_short
from storyline.lexicons.bodies import known_body
from storyline.lexicons.countries import (
    capital_country,
    country_name,
    country_of,
    demonym_country,
    official_head_countries,
    state_word,
)
from storyline.lexicons.given_names import COMMON_GIVEN_NAMES, TEKNONYM_WORDS
from storyline.lexicons.peoples import nation_word
from storyline.lexicons.pronouns import PERSON as PERSON_PRONOUNS
from storyline.lexicons.stopwords import STOPWORDS
from storyline.lexicons.titles import (
    BODY_NAME_HEADS,
    BODY_SYNONYMS,
    BUILDING_WORDS,
    CLASS_NOUNS,
    COUNCIL_AREA_PHRASES,
    DEMONYM_ENDINGS,
    FACILITY_WORDS,
    KIND_NOUN_TYPES,
    LEGAL_FORMS,
    LOCAL_COUNCIL_WORDS,
    NAME_PARTICLES,
    ORG_SUFFIXES,
    PLACE_FOLLOWERS,
    PLACE_UNIT_WORDS,
    SAME_ORG_SUFFIXES,
    SHIP_PREFIXES,
    SHORTENED_ORG_WORDS,
    STATE_KIND_NOUNS,
    STORM_WORDS,
    TITLE_MODIFIERS,
    is_title_word,
)
from storyline.lexicons.us_states import state_of
from storyline.model import ArticleAnalysis, Entity, Event, Mention, Role, Span, StoredEntity
from storyline.source_closure import closure_hash
from storyline.timevalues import value_interval

log = logging.getLogger(__name__)

PERSON = "PERSON"
GROUPS = frozenset({"ORG", "NORP"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
NAME_KINDS = ("name", "acronym")


# --------------------------------------------------------------------------- units


@dataclass
class Unit:
    """What is resolved: one in-document chain, or one stored entity."""

    key: str
    article: str | None
    mentions: list[Mention] = field(default_factory=list)
    forms: Counter[str] = field(default_factory=Counter)  # cleaned name/acronym surface -> count
    votes: Counter[str] = field(default_factory=Counter)  # label -> weighted votes
    context: set[str] = field(default_factory=set)  # folded names co-occurring in the article
    stored: Entity | None = None
    text: str = ""  # sentences around the mentions, for embeddings
    placed: int = 0  # name mentions a locative cue stands before ("in X", "the village of X": :data:`PLACE_CUE`)
    sited: int = 0  # name mentions that name the place itself ("in X", "to X", a dateline: :func:`_site_cue`)
    governs: int = 0  # name mentions that stand for a government ("X denied", "X-backed": :func:`_government_cue`)
    grouped: int = 0  # name mentions a group noun follows ("X militants", "the X gang": :data:`GROUP_AFTER`)
    nouns: tuple[str, ...] = ()  # the nouns its article gave the chain ("X, the agency": ``extras.nominal_nouns``)
    #: folded names of the places its name mentions are said to lie in ("X Airport in Y", "Y's X Airport")
    located: set[str] = field(default_factory=set)
    _heads: tuple[tuple[str, ...], list[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def label(self) -> str:
        # the first label with the most votes, as most_common(1) gives (without its heap: short forms ask
        # this millions of times on a large store)
        return max(self.votes, key=self.votes.__getitem__) if self.votes else "ORG"

    def heads(self) -> list[str]:
        """The unit's names in full (see :func:`head_forms`)."""
        key = tuple(self.forms)
        if self._heads is None or self._heads[0] != key:
            self._heads = (key, head_forms(self.forms))
        return self._heads[1]

    def names(self) -> list[str]:
        """Non-acronym forms; the acronyms only when there is nothing else."""
        full = [f for f in self.forms if not is_acronym(f)]
        return full or list(self.forms)


def head_forms(forms: Iterable[str]) -> list[str]:
    """Acronyms, and names that are no shorter form of another of the names ("Vesk" beside
    "Orlan Vesk" is that name shortened, not a name of its own)."""
    forms = list(forms)
    full = [f for f in forms if not is_acronym(f)]
    return [f for f in forms if is_acronym(f) or not any(g != f and token_subset(f, g) for g in full)]


def units_of(analysis: ArticleAnalysis, text: str) -> list[Unit]:
    """One unit per chain (or per unchained name mention) of an article."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in analysis.mentions:
        key = m.chain or f"{m.article}:m{m.start}-{m.end}"
        groups[key].append(m)
    units = []
    for key, ms in groups.items():
        unit = Unit(key=key, article=analysis.article, mentions=ms)
        for m in ms:
            if m.kind in NAME_KINDS:
                form = person_surface(m.text) if m.label == PERSON else \
                    clean_surface(m.text) if m.label in _TITLED else name_surface(m.text)
                if form:
                    unit.forms[form] += 1
                    unit.votes[m.label] += mention_weight(m)
                    unit.placed += _place_cue(text, m)
                    unit.sited += _site_cue(text, m)
                    unit.governs += _government_cue(text, m)
                    unit.grouped += GROUP_AFTER.match(text, m.end) is not None
                    unit.located |= _located_in(text, m)
        if unit.forms:
            unit.text = _context_text(analysis, ms, text)
            unit.nouns = tuple(analysis.extras.get("nominal_nouns", {}).get(key, ()))
            units.append(unit)
    names = {folded_key(f) for u in units for f in u.forms}
    for u in units:
        own = {folded_key(f) for f in u.forms}
        u.context = names - own
    return units


#: what stands right before a place's name and hardly a person's: a locative preposition ("in X", "near the X",
#: "outside X") or a settlement word and "of" ("the village of X"); "at", "to", "from" and "into" ("an inquiry
#: into X") are said of people too
PLACE_CUE = re.compile(r"\b(?:(?:in|near|outside|across|around|inside|throughout)\s+(?:the\s+)?|"
                       r"(?:city|town|village|villages|district|province|region|county|suburb|port|hamlet|"
                       r"settlement|municipality|neighbourhood|neighborhood)\s+of\s+)$", re.I)


#: a noun for an armed or criminal group right after a name: "X militants", "the X gang", "X fighters"; a person's
#: name is not followed so (a person's followers are "X's men", "X supporters")
GROUP_AFTER = re.compile(r"[ \-](?:militants?|fighters|rebels|insurgents|jihadists|gunmen|bandits|gangs?|militias?|"
                         r"faction|group|cells?|terrorists|guerrillas|extremists)\b", re.I)


def _place_cue(text: str, m: Mention) -> bool:
    """Does a locative cue (:data:`PLACE_CUE`) stand right before the mention, which no possessive follows ("in
    Dorvan's view" is a person's)?"""
    return bool(text) and PLACE_CUE.search(text, max(0, m.start - 40), m.start) is not None \
        and not text.startswith(("'s", "\u2019s"), m.end)


#: what a government gives, which "from X" after it says comes from X's government ("no comment from X")
_GIVEN_FROM = ("comment", "comments", "response", "reaction", "word", "statement", "pressure", "support", "order",
               "orders", "backing", "warning")
#: what stands before a city's name when the city itself is meant, not its government: a preposition of place or
#: motion ("in X", "to X", "the streets of X"), "the capital (of)" ("the capital, X"), or nothing at a line's start
#: (a dateline, "X, May 2 -"); "from X" but after what a government gives ("no comment from X" is its government's,
#: "the latest from X" the city's)
_SITE_BEFORE = re.compile(r"(?:\b(?:in|at|to|near|outside|across|around|inside|throughout|into|of|within|toward|"
                          r"towards|via)\s+(?:the\s+)?|" + "".join(rf"(?<!\b{w} )" for w in _GIVEN_FROM)
                          + r"\bfrom\s+(?:the\s+)?|\bcapital,?\s+(?:of\s+)?)$", re.I)
_DATELINE_AFTER = re.compile(r"\s*(?:,|:|\(|-|\u2013|\u2014)")


#: a place a facility's name is said to lie in: "X Airport in Y" (up to two capitalized words, not a possessive's
#: owner: "in Y's capital" says no more than the country), or "Y's X Airport" before it
_IN_PLACE_AFTER = re.compile(r"\s+in\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?![\w\-'’])")
_OWNER_BEFORE = re.compile(r"(?<![\w\-])([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s+(?:the\s+)?$")


def _located_in(text: str, m: Mention) -> set[str]:
    """The folded places the text puts a facility's name mention in (:data:`_IN_PLACE_AFTER`,
    :data:`_OWNER_BEFORE`); for other names, nothing."""
    if not text or m.label != "FAC":
        return set()
    found = set()
    if (after := _IN_PLACE_AFTER.match(text, m.end)) is not None:
        found.add(folded_key(after.group(1)))
    if (before := _OWNER_BEFORE.search(text[max(0, m.start - 40):m.start])) is not None:
        found.add(folded_key(before.group(1)))
    return found


def _site_cue(text: str, m: Mention) -> bool:
    """Does the mention name the place itself ("in X", "flew to X", "the capital, X", a dateline "X, May 2")?"""
    if not text:
        return False
    before = text[max(0, m.start - 40):m.start]
    if _SITE_BEFORE.search(before):
        return True
    line_start = m.start == 0 or text[m.start - 1] == "\n"
    return line_start and _DATELINE_AFTER.match(text, m.end) is not None


#: what a government does that a city does not, right around its capital's name: it backs ("X-backed"), is
#: commented from ("no comment from X"), is told or blamed ("informed X", "accused X")
_GOVERNMENT_AFTER = re.compile(r"-(?:backed|led|allied|sponsored|aligned|supported|funded|installed)\b")
_GIVEN_BY_GOVERNMENT = (*_GIVEN_FROM, "criticism", "condemnation", "protest", "demand", "demands")
_GOVERNMENT_BEFORE = re.compile(r"\b(?:(?:" + "|".join(_GIVEN_BY_GOVERNMENT)
                                + r")\s+from|informed|notified|told|urged|warned|asked|accused|blamed|"
                                  r"critici[sz]ed|condemned|pressed|summoned|called\s+on)\s+$", re.I)


def _government_cue(text: str, m: Mention) -> bool:
    """Does the mention stand for a government: a speaker the names step marked so ("X denied"), "X-backed", "no
    comment from X", "informed X"?"""
    if m.role == "government":
        return True
    if not text:
        return False
    return _GOVERNMENT_AFTER.match(text, m.end) is not None \
        or _GOVERNMENT_BEFORE.search(text[max(0, m.start - 40):m.start]) is not None


#: a lower-case word inside a person's mention that is no name particle ("bin", "de", "van"): a description
_DESCRIPTION_WORD = re.compile(r"(?<![\w'’\-])(?!(?:" + "|".join(sorted(NAME_PARTICLES | {
    "de", "da", "di", "du", "do", "dos", "van", "von", "der", "den", "la", "le", "del", "y"})) + r")\b)"
    r"[a-z][a-z'’\-]*\b[\"'’”)]*\s+(?=[A-Z])")


#: "<Title> of the <Place>" after a person's name or title: what follows "of" is whose title it is, not the name
#: ("Surgeon General of the Velmor Republic" is no person named "Velmor Republic")
_OF_PLACE = re.compile(r"\s+of\s+the\s+(?=[A-Z])")


def person_surface(text: str) -> str:
    """A person's mention cut to the name: without what a span given whole may hold before it (a description
    up to its last lower-case word: "<Outlet> \"award\" fellow <Given> <Surname>", "former club trustee Dr
    <Surname>") and after a comma (a degree or an age: "<Given> <Surname>, MD")."""
    surface = clean_surface(text)
    cut = surface.split(",", 1)[0].strip() if "," in surface else surface
    cut = _OF_PLACE.split(cut, maxsplit=1)[0]
    ends = [hit.end() for hit in _DESCRIPTION_WORD.finditer(cut)]
    if ends:
        cut = cut[ends[-1]:]
    return cut.strip(" .,;:") or surface


#: a lower-case preposition after a name that opens a modifier of the name, not a word of it ("the Velmor Hall
#: at Tarsk Square", "the Gulf of X between Y and Z"); "of", "for", "on" and "and" are left alone: they join
#: words of one name ("Bank of X", "Council on X", "Arts and Sciences")
_NAME_MODIFIER = re.compile(r"\s+(?:between|at|in|near|outside|inside|off|along|across)\s+")


#: labels of titles, whose words may be any ("Murder in the Cathedral"): their spans are not cut
_TITLED = frozenset(("WORK_OF_ART", "EVENT", "LAW", "PRODUCT"))


def name_surface(text: str) -> str:
    """A name's mention cut to the name: without what a span given whole may hold after it, a place or a
    prepositional phrase ("the Velmor Hall at Tarsk Square" is the Velmor Hall)."""
    surface = clean_surface(text)
    cut = _NAME_MODIFIER.split(surface, maxsplit=1)[0].strip(" ,")
    return cut if cut != surface and any(w[:1].isupper() for w in cut.split()) else surface


def _context_text(analysis: ArticleAnalysis, ms: list[Mention], text: str) -> str:
    """The sentence of the unit's first name mention (short: embeddings pad to the longest text)."""
    first = min((m.start for m in ms if m.kind in NAME_KINDS), default=0)
    for s, e in analysis.sentences:
        if s <= first < e:
            return text[s:e][:300]
    return ""


def stored_unit(entity: Entity) -> Unit:
    """A stored entity as a unit: its aliases and type votes (it has no article of its own)."""
    votes: Counter[str] = Counter(entity.types or {entity.type: 1})
    return Unit(key=f"stored:{entity.id}", article=None, forms=Counter(entity.aliases), votes=votes,
                stored=entity)


# --------------------------------------------------------------------------- blocking


@dataclass
class Corpus:
    """Corpus-wide facts used by scoring: acronym definitions and the words used as nationalities."""

    acronyms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # ACR -> folded long forms
    demonyms: set[str] = field(default_factory=set)  # folded NORP words ("afghan")
    places: set[str] = field(default_factory=set)  # folded names tagged as places in most of their mentions
    aliases: set[frozenset[str]] = field(default_factory=set)  # folded names an article gives as one entity's
    #: folded "x" whose "new x" the story uses for the same place ("York" / "New York"; see _new_forms)
    new_forms: set[str] = field(default_factory=set)
    #: folded person name -> how many articles name it (a one-off spelling beside a common one may be a typo)
    person_articles: Counter[str] = field(default_factory=Counter)
    #: folded name (any type) -> how many articles name it
    name_articles: Counter[str] = field(default_factory=Counter)
    #: folded word -> how many name mentions of the corpus are persons' full names ending with it ("Vesk" of
    #: "Orlan Vesk"): a surname read as a place once is the person's where these outnumber its place votes
    surnames: Counter[str] = field(default_factory=Counter)
    #: folded name -> its mentions tagged a place less those tagged otherwise (:attr:`places` holds the positive)
    place_votes: Counter[str] = field(default_factory=Counter)
    #: article id -> its incident (:func:`storyline.fuse.doc_clusters.doc_clusters`), where known
    incidents: Mapping[str, str] = field(default_factory=dict)
    _by_long: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    #: :func:`owned_body` of each name asked (it reads the demonyms and places, made before resolution and not
    #: changed by it)
    _owned: dict[str, tuple[str, str | None]] = field(default_factory=dict, repr=False, compare=False)
    #: names of two words or more as written (:meth:`initials_shared`)
    long_names: set[str] = field(default_factory=set)
    _shared: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _by_initial: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    #: country -> the most articles any of its names is named in (:meth:`headed_country`), made when first asked
    _country_articles: Counter[str] | None = field(default=None, repr=False, compare=False)

    def acronyms_of(self, folded_long: str) -> list[str]:
        """The acronyms defined for a folded long form (an index built once, not a scan per form)."""
        if self._by_long is None:
            by_long: dict[str, list[str]] = defaultdict(list)
            for short, longs in self.acronyms.items():
                for long in longs:
                    by_long[long].append(short)
            self._by_long = dict(by_long)
        return self._by_long.get(folded_long, [])

    def same_acronym(self, a: str, b: str) -> bool:
        """Are both forms defined as the long form of one acronym somewhere in the corpus?"""
        short_a = set(self.acronyms_of(folded_key(a)))
        return bool(short_a) and not short_a.isdisjoint(self.acronyms_of(folded_key(b)))

    def reindex(self) -> None:
        """Forget the acronym index (call after changing ``acronyms``)."""
        self._by_long = None

    @classmethod
    def of(cls, analyses: Iterable[ArticleAnalysis], stored: Iterable[Entity] = (),
           folds: Mapping[str, str] | None = None) -> Corpus:
        """The facts of these analyses and stored entities; ``folds``: the stored names' folded keys, read
        from the store (:func:`folder`)."""
        c = cls()
        fold = folder(folds)
        place_votes: Counter[str] = Counter()
        for a in analyses:
            for short, long in a.acronyms:
                c.acronyms[short].add(folded_key(long))
            for m in a.mentions:
                if m.label == "NORP" and m.kind == "name" and len(name_tokens(m.text)) == 1:
                    c.demonyms.add(folded_key(m.text))
                if m.kind == "name":
                    place_votes[folded_key(m.text)] += 1 if m.label in PLACES else -1
                    if m.label == PERSON and len(toks := name_tokens(m.text)) > 1:
                        c.surnames[folded_key(toks[-1])] += 1
        for e in stored:
            if e.type == "NORP":
                c.demonyms.update(fold(a) for a in e.aliases if len(name_tokens(a)) == 1)
            for alias, n in e.aliases.items():
                place_votes[fold(alias)] += n if e.type in PLACES else -n
        c.places = {key for key, vote in place_votes.items() if vote > 0}
        c.place_votes = place_votes
        for a in analyses:
            c.aliases |= _alias_pairs(a)
        c.new_forms = _new_forms(analyses, c.places)
        c.long_names = {m.text for a in analyses for m in a.mentions
                        if m.kind == "name" and len(m.text.split()) > 1 and not is_acronym(m.text)}
        c.long_names |= {alias for e in stored for alias in e.aliases
                         if len(alias.split()) > 1 and not is_acronym(alias)}
        for a in analyses:
            c.person_articles.update({folded_key(m.text) for m in a.mentions if m.kind == "name" and m.label == PERSON})
            c.name_articles.update({folded_key(m.text) for m in a.mentions if m.kind == "name"})
        return c

    def initials_shared(self, acr: str) -> bool:
        """An undefined acronym whose letters spell the initials of two or more of the story's names, none a
        spelling of another ("SA": "South Africa", "Senate Agriculture"; "NY": "New York", "New Year"): it
        says which of them it stands for no better than a coin, so its initials link none."""
        if acr not in self._shared:
            if self._by_initial is None:  # first initial -> names (a last word may be a legal form the
                by_initial: dict[str, list[str]] = defaultdict(list)  # initials skip: "Xan Inc" spells "X")
                for name in sorted(self.long_names):
                    by_initial[name[:1].upper()].append(name)
                self._by_initial = dict(by_initial)
            fits: list[str] = []
            for name in self._by_initial.get(acr[:1], ()):
                if _initials_link(acr, name) and not any(_one_long_form(name, f) for f in fits):
                    fits.append(name)
            self._shared[acr] = len(fits) > 1
        return self._shared[acr]

    def headed_country(self, name: str) -> str | None:
        """The country an official name's head said alone stands for in this story ("the Islamic Republic",
        :func:`storyline.lexicons.countries.official_head_countries`): of the countries it heads, the one the
        story names in the most articles, if at least twice as many as any other; else None."""
        heads = official_head_countries(name)
        if not heads:
            return None
        if self._country_articles is None:
            counts: Counter[str] = Counter()
            for key, n in self.name_articles.items():
                if (country := _country_name(key)) is not None:
                    counts[country] = max(counts[country], n)
            self._country_articles = counts
        ranked = sorted(((self._country_articles.get(c, 0), c) for c in heads), reverse=True)
        best = ranked[0]
        if best[0] == 0 or (len(ranked) > 1 and ranked[1][0] * 2 > best[0]):
            return None
        return best[1]

    def rare_variant(self, a: str, b: str) -> bool:
        """One of two spellings is named in one article only, the other in three or more."""
        na, nb = sorted((self.person_articles[folded_key(a)], self.person_articles[folded_key(b)]))
        return na == 1 and nb >= RARE_AGAINST


def folder(folds: Mapping[str, str] | None) -> Callable[[str], str]:
    """:func:`folded_key`, read from ``folds`` where it holds the name (the folded keys the store keeps of its
    entities' names, :meth:`storyline.store.base.Store.name_folds`: issue 11, folding every stored alias again
    was a second of a run on a 19k store)."""
    if not folds:
        return folded_key
    known = folds

    def fold(name: str) -> str:
        found = known.get(name)
        return folded_key(name) if found is None else found

    return fold


def _alias_pairs(analysis: ArticleAnalysis) -> set[frozenset[str]]:
    """Pairs of full names that one in-document chain holds ("X, also known as Y")."""
    chains: dict[str, set[str]] = defaultdict(set)
    for m in analysis.mentions:
        if m.chain and m.kind == "name":
            chains[m.chain].add(clean_surface(m.text))
    pairs = set()
    for forms in chains.values():
        if len(forms) > 1:
            keys = sorted({folded_key(f) for f in head_forms(forms)})
            pairs |= {frozenset((a, b)) for k, a in enumerate(keys) for b in keys[k + 1:]}
    return pairs


#: "from X to New X", "X and New X": contrasted names stand this close (characters); a dateline is farther
_CONTRAST_SPAN = 80


#: "new " as name keys fold it ("w" is read as "v")
_NEW = fold_token("new") + " "


def _new_forms(analyses: Iterable[ArticleAnalysis], places: set[str]) -> set[str]:
    """Places "X" the story writes for "New X": never alone (each article naming X names New X too), less often
    than New X, never close to it in one sentence ("from X to New X" are two places), and no country's name
    ("Mexico" is not "New Mexico")."""
    seen_x: Counter[str] = Counter()
    seen_new: Counter[str] = Counter()
    alone: set[str] = set()
    together: set[str] = set()
    for a in analyses:
        keys = [(m.start, folded_key(m.text)) for m in a.mentions if m.kind == "name" and m.label in PLACES]
        names = {k for _, k in keys}
        for start, key in keys:
            if key.startswith(_NEW) and key[len(_NEW):] in places:
                seen_new[key[len(_NEW):]] += 1
            elif _NEW + key in places:
                seen_x[key] += 1
                if _NEW + key not in names:
                    alone.add(key)
                elif any(k == _NEW + key and abs(s - start) <= _CONTRAST_SPAN
                         and _sentence(a, s) == _sentence(a, start) for s, k in keys):
                    together.add(key)
    return {x for x, n in seen_x.items()
            if x not in alone and x not in together and n < seen_new[x] and known_place(x) != "country"}


def _sentence(a: ArticleAnalysis, offset: int) -> int:
    return next((k for k, (s, e) in enumerate(a.sentences) if s <= offset < e), -1)


def block_keys(unit: Unit, corpus: Corpus) -> set[str]:
    """Keys under which a unit can meet another: names, skeletons, words, acronyms."""
    keys: set[str] = set()
    for form in unit.forms:
        toks = name_tokens(form)
        if not toks:
            continue
        keys.add("f:" + folded_key(form))
        keys.add("s:" + skeleton_key(form))
        keys.add("j:" + joined_key(form))  # "Ko Ta Lam" meets "Kotalam"
        keys.add("r:" + romanised_key(form))  # "Zakhar Tsygankov" meets "Zahar Cygankov"
        if (unit.label in PLACES or _country_form(form)) and (country := country_name(form)) is not None:
            keys.add("c:" + country)  # "Britain" meets "UK", "Türkiye" meets "Turkey"
        if unit.label in PLACES and (state := state_of(form)) is not None:
            keys.add("f:" + folded_key(state))  # "Va." meets "Virginia" (:func:`_state_abbreviated`)
        if unit.label in PLACES and (country := corpus.headed_country(form)) is not None:
            keys.add("c:" + country)  # "the Islamic Republic" meets the story's country officially so called
        if unit.label == PERSON and len(toks) == 1 and folded_key(form).endswith("s"):
            keys.add("f:" + folded_key(form)[:-1])  # "Xans" tagged a person meets the group "Xan" (_plural_of_group)
        if " " in form and _agency_full(form):  # "Associated Press" meets "AP"
            keys.add("a:" + agency_short(form).upper())
        if (known := known_body(form)) is not None:  # "Daesh" meets "Islamic State" (:func:`_known_bodies`)
            keys.add("b:" + known)
        if (numbered := numbered_name(form)) is not None:  # "Q5" meets "Q-5" and "Quorum of Five"
            keys.add("n:" + numbered)
        if is_acronym(form):
            acr = form.replace(".", "").upper()
            keys.update(("a:" + acr, "v:" + _vowel_initials(acr)))
            keys.update(_prefix_keys(acr))
            continue
        # the name without unit or company words ("X province", "X Inc" -> "X"), without a nationality word
        # ("<Demonym> X" -> "X"): exact keys, so that these pairs meet even when a word's block is big
        base = _base_tokens(toks, corpus)
        if base != toks:
            keys.add("f:" + " ".join(fold_token(t) for t in base))
        if unit.label in GROUPS:  # "X Co" meets "X Company" and "<Place> X Company" (:func:`group_core`)
            core = group_core(form).split()
            keys.update({"k:" + " ".join(core), "k:" + " ".join(core[1:])} - {"k:"})
        body = list(body_form(form)[0])
        if body != toks:  # "Ministry of X" meets "X Ministry"
            keys.add("f:" + " ".join(fold_token(t) for t in body))
        owned, owner = owned_body(form, corpus)
        if owner is not None:  # "X Committee of <Country>" meets "<Demonym> X Committee"
            keys.add("f:" + " ".join(fold_token(t) for t in owned.split()))
        # first and last words: "X" ~ "Y X" (a surname, a qualified group), "X" ~ "X Inc"
        words = {toks[0], toks[-1]}
        keys.update("w:" + skeleton(tok) for tok in words)
        keys.add("r:" + romanised(toks[-1]))  # "Cygankov" meets "Zakhar Tsygankov"
        # transliteration variants: g/h/k/q swapped, a last name's ending ("Velohorsk", "Bahromi")
        keys.add("l:" + loose_key(form))
        keys.add("e:" + loose_skeleton(toks[-1]).rstrip("aeiou"))
        if unit.label in PLACES:  # a place spelt a letter apart (:func:`place_variant`) opens or ends alike
            keys.update(("p:" + fold_token(toks[0])[:4], "q:" + fold_token(toks[-1])[-4:]))
        if len(toks) > 1:
            initials = "".join(t[0] for t in toks).upper()
            keys.update(("a:" + initials, "v:" + _vowel_initials(initials)))
            big = [t for t in toks if t not in SMALL_WORDS]
            if 1 < len(big) < len(toks):  # "DCI" meets "Directorate of Criminal Investigations"
                initials = "".join(t[0] for t in big).upper()
                keys.update(("a:" + initials, "v:" + _vowel_initials(initials)))
        if 1 < len(toks) <= PREFIX_WORDS and all(t.isalpha() and t not in SMALL_WORDS for t in toks):
            keys.add("x:" + "|".join(t[:PREFIX_LETTERS] for t in toks))  # "NORCOM" meets "Northern Command"
        keys.update("a:" + short for short in corpus.acronyms_of(folded_key(form)))
        if (quoted := _QUOTED_WORD.search(form)) is not None:  # a nickname meets the name that gives it
            keys.add("f:" + folded_key(quoted.group(1)))
    return keys


#: the most words a word-prefix acronym is read over ("NORCOM" of "Northern Command")
PREFIX_WORDS = 4


def _prefix_keys(acr: str) -> set[str]:
    """The blocks of the names an acronym of five letters or more could be made of by its words' opening letters
    (:func:`~storyline.analyze.names.keys.prefixes_spell`): each cut of it into two to :data:`PREFIX_WORDS` parts of
    two letters or more, written as the parts' first two letters ("NORCOM" -> "x:no|co", "x:nor|com" ...)."""
    if len(acr) < PREFIX_ACRONYM:
        return set()
    low = acr.lower()
    keys = set()
    for parts in range(2, PREFIX_WORDS + 1):
        for cuts in combinations(range(PREFIX_LETTERS, len(low) - PREFIX_LETTERS + 1), parts - 1):
            bounds = (0, *cuts, len(low))
            pieces = [low[a:b] for a, b in pairwise(bounds)]
            if all(len(p) >= PREFIX_LETTERS for p in pieces):
                keys.add("x:" + "|".join(p[:PREFIX_LETTERS] for p in pieces))
    return keys


def _base_tokens(toks: list[str], corpus: Corpus) -> list[str]:
    """Tokens without trailing place-unit or company words and without a leading nationality word."""
    end = len(toks)
    while end > 1 and (toks[end - 1] in PLACE_UNIT_WORDS or toks[end - 1] in _SAME_ORG):
        end -= 1
    start = 1 if end - 0 > 1 and (fold_token(toks[0]) in corpus.demonyms or toks[0] in STORM_WORDS) else 0
    return toks[start:end]


def _vowel_initials(initials: str) -> str:
    """Initials with E/I and O/U as one letter (transliterations swap them: "Ittehad"/"Ettehad")."""
    return initials.translate(str.maketrans("EO", "IU"))


# --------------------------------------------------------------------------- scoring


def rare_spelling(a: str, b: str, corpus: Corpus) -> str | None:
    """The rarer of two forms when it is a one-off misspelling of the other: the same words but one, that one a
    letter apart (:func:`~storyline.analyze.names.keys.one_letter_variant`; a place's unit word left aside:
    "Velmorask" / "Velmorsk province"), the rare form named in one article only and the other in three or
    more ("Masour Tarvani" once beside "Masoud Tarvani" everywhere). None otherwise."""
    ta, tb = _unit_less(name_tokens(a)), _unit_less(name_tokens(b))
    if len(ta) != len(tb) or not ta or demonym_country(a) is not None or demonym_country(b) is not None:
        return None  # a country and its people's word are a letter apart ("Velmoria" / "Velmorian")
    odd = [(x, y) for x, y in zip(ta, tb, strict=True) if fold_token(x) != fold_token(y)]
    if len(odd) != 1 or not (one_letter_variant(*odd[0]) or _given_name_typo(ta, tb)):
        return None
    na, nb = corpus.name_articles[folded_key(a)], corpus.name_articles[folded_key(b)]
    if na == 1 and nb >= RARE_AGAINST:
        return a
    return b if nb == 1 and na >= RARE_AGAINST else None


#: the fewest letters of a given name, and of the surname beside it, for a one-letter slip in the given name
GIVEN_TYPO_MIN = 4


def _given_name_typo(ta: list[str], tb: list[str]) -> bool:
    """A given name one letter off ("Vela Tarvani" / "Velan Tarvani"): two or more words, the last the same
    and four letters or more, the odd word an earlier one, four letters or more (three with a letter added or
    dropped: "Jon" / "John"), with the same first letter, one letter added, dropped or changed, not a final
    vowel ("Maria" / "Mario" are two names)."""
    if len(ta) < 2 or fold_token(ta[-1]) != fold_token(tb[-1]) or len(fold_token(ta[-1])) < GIVEN_TYPO_MIN:
        return False
    odd = [(fold_token(x), fold_token(y)) for x, y in zip(ta[:-1], tb[:-1], strict=True)
           if fold_token(x) != fold_token(y)]
    if len(odd) != 1:
        return False
    x, y = odd[0]
    # a short given name takes a letter added or dropped only ("Jon" / "John"), never one changed ("Jon" / "Jan")
    shortest = GIVEN_TYPO_MIN - 1 if len(x) != len(y) else GIVEN_TYPO_MIN
    if min(len(x), len(y)) < shortest or x[0] != y[0] or Levenshtein.distance(x, y) != 1:
        return False
    shorter, longer = sorted((x, y), key=len)
    return not (longer[-1] in "aeiou" and (longer[:-1] == shorter or longer[:-1] == shorter[:-1]))


#: a word in quotes inside a person's name: the nickname ('Orlan "Vesko" Tamm')
_QUOTED_WORD = re.compile(r"\S\s+[\"\u201c\u2018']([A-Z][\w-]+)[\"\u201d\u2019']\s+\S")


def _nickname_of(person: str, word: str) -> bool:
    """Is ``word`` the nickname ``person``'s name gives in quotes ('Orlan "Vesko" Tamm' / "Vesko"), whatever
    the tagger called it (a quoted word reads as a title of a work)? Not a country's or province's name."""
    m = _QUOTED_WORD.search(person)
    return m is not None and " " not in word.strip() and folded_key(m.group(1)) == folded_key(word) \
        and known_place(word) is None


def _unit_less(toks: list[str]) -> list[str]:
    """Tokens without trailing place-unit words ("X province" -> "X")."""
    end = len(toks)
    while end > 1 and toks[end - 1] in PLACE_UNIT_WORDS:
        end -= 1
    return toks[:end]


def _rare_link(a: str, b: str, la: str, lb: str, corpus: Corpus) -> bool:
    """A one-off misspelling (:func:`rare_spelling`) of a name of the same kind, or of any kind when the rare
    form is one word (the tagger types an unfamiliar spelling of a place's name as a person's)."""
    rare = rare_spelling(a, b, corpus)
    if rare is None or "NORP" in (la, lb):
        return False
    kinds_agree = la == lb or (la in GROUPS and lb in GROUPS) or (la in PLACES and lb in PLACES)
    return kinds_agree or len(name_tokens(rare)) == 1


def _one_long_form(a: str, b: str) -> bool:
    """Two spellings of one long form (:meth:`Corpus.initials_shared`): the same name, the same group core ("X
    Guarantees" / "X Guarantees Inc"), one the other's opening words, or one misspelled."""
    ta, tb = _tokens(a), _tokens(b)
    n = min(len(ta), len(tb))
    return same_name(a, b) or group_core(a) == group_core(b) or ta[:n] == tb[:n] \
        or fuzz.ratio(folded_key(a), folded_key(b)) >= FUZZY_NAME


def _acronym_link(a: str, b: str, corpus: Corpus) -> bool:
    """Is one form an acronym of the other (by a corpus definition, else by initials)?

    A definition elsewhere in the corpus links every spelling of its long form
    (the same name up to spelling, or a close fuzzy match of the whole form:
    "Tehreek-i-Velmor" for a defined "Tehrik-e Velmor"); without one, the
    initials decide, an initial vowel standing for any vowel ("Ittehad"/"Ettehad").
    """
    for short, long in ((a, b), (b, a)):
        if is_acronym(short) and not is_acronym(long):
            acr = short.replace(".", "").upper()
            defined = corpus.acronyms.get(acr)
            if defined:
                if _defined_long(long, defined):
                    return True
            elif _initials_link(acr, long) and not corpus.initials_shared(acr):
                return True
    return False


#: two names of one type this close (folded, 0-100) are one name misspelled ("Sovereign"/"Sovereignty Council")
FUZZY_NAME = 92
#: a long form this close to a defined one (folded, 0-100) is the same expansion misspelled
EXPANSION_SIMILARITY = 88


def _defined_long(long: str, defined: set[str]) -> bool:
    key = folded_key(long)
    if key in defined:
        return True
    return any(same_name(long, d) or fuzz.ratio(key, d) >= EXPANSION_SIMILARITY for d in defined)


def _initials_link(acr: str, long: str) -> bool:
    """An undefined acronym spells the initials of a long name made of plain capitalized words, small words in
    lower case between them used or skipped ("DCI" / "MoFA" of "Directorate of Criminal Investigations" /
    "Ministry of Foreign Affairs"), or the opening letters of each of its words ("NORCOM" / "Northern Command",
    :func:`~storyline.analyze.names.keys.prefixes_spell`)."""
    words = long.split()
    small = any(w in SMALL_WORDS for w in words)
    plain = all((w[:1].isupper() or (w in SMALL_WORDS and 0 < k < len(words) - 1)) and not is_acronym(w)
                and "." not in w for k, w in enumerate(words) if w[:1].isalpha())
    # two letters over a small word spell too many names ("LA" / "Lawrence of Arabia")
    if len(words) < 2 or not plain:
        return False
    if (not small or len(acr) >= SMALL_WORD_ACRONYM) and initials_match(acr, words):
        return True
    # a word-prefix acronym ("NORCOM" of "Northern Command"): five letters or more, two or more from each word
    return not small and len(acr) >= PREFIX_ACRONYM and prefixes_spell(acr, [w.upper() for w in words])


#: the fewest letters of an undefined acronym read over a long name's lower-case small words
SMALL_WORD_ACRONYM = 3


def _same_words(a: str, b: str) -> bool:
    return same_name(a, b) or _country_or_demonym(a, b)


def _country_or_demonym(a: str, b: str) -> bool:
    """One name of several words with one word its country's name in one form and that country's people's word
    in the other ("Velmoria Rally Front" / "Velmorian Rally Front"), the other words the same."""
    odd = _odd_word(_tokens(a), _tokens(b))
    if odd is None:
        return False
    x, y = odd
    return any(_country_name(c) is not None and demonym_country(p) == _country_name(c) for c, p in ((x, y), (y, x)))

def _odd_word(ta: list[str] | tuple[str, ...], tb: list[str] | tuple[str, ...]) -> tuple[str, str] | None:
    """The one word two names of as many words (two or more) write otherwise, every other word the same."""
    if len(ta) != len(tb) or len(ta) < 2:
        return None
    odd = [(x, y) for x, y in zip(ta, tb, strict=True) if not tokens_match(x, y)]
    return odd[0] if len(odd) == 1 else None


def _qualified(short: str, long: str, corpus: Corpus) -> bool:
    """"<Demonym> X" qualifies the group "X" (a nationality word in front of the same name); so does a place's
    name ("<Town> Rangers", "<City> Tribune" are the Rangers, the Tribune of the story)."""
    ts, tl = _tokens(short), _tokens(long)
    if not ts or len(tl) <= len(ts) or not all(tokens_match(x, y) for x, y in zip(ts, tl[-len(ts):], strict=True)):
        return False
    lead = tl[:-len(ts)]
    if len(lead) == 1 and fold_token(lead[0]) in corpus.demonyms:
        return True
    place = folded_key(" ".join(lead))
    return folded_key(short) not in corpus.places and (place in corpus.places or known_place(place) is not None)


_SUFFIXES = frozenset(w.lower() for w in ORG_SUFFIXES)
_SAME_ORG = frozenset(w.lower() for w in SAME_ORG_SUFFIXES)
#: words that make a longer group name another body ("X Foreign Ministry", "X Security Council")
_BODY_WORDS = ((_SUFFIXES - _SAME_ORG) | frozenset(w.lower() for w in TITLE_MODIFIERS)) - PLACE_UNIT_WORDS \
    - {"district", "provincial", "regional", "metropolitan"}  # "X District Court" is the court "X Court"
#: words that make a name an organization or a facility named after a place ("X police", "X airport");
#: not "province" or "district": "X province" is the place X
_PLACE_ORG_WORDS = _SUFFIXES | FACILITY_WORDS | {"exchange", "bourse"}  # "X Mercantile Exchange", "X Bourse"
#: words no person's name holds
_NOT_PERSON_WORDS = _PLACE_ORG_WORDS | PLACE_FOLLOWERS


#: what a news outlet's full name adds to the name it is cited by ("X News Agency" / "X", "X News" / "X"; its web
#: edition, "X Online" / "X", is cited for the outlet)
_MEDIA_TAILS = frozenset((("news",), ("news", "agency"), ("news", "service"), ("news", "network"), ("online",)))
#: what an armed group's name is written with by one outlet and not another: the generic noun of its kind ("the X
#: militia", "X PMC", "the X private military company" beside "X" and "X Group"); the name before it says which group
_ARMED_TAILS = frozenset((("militia",), ("pmc",), ("private", "military", "company")))


#: last words a group's name is written with and without: a company's legal form ("X Co. Ltd" / "X"), the "Corps"
#: of a force already named by its noun ("X Guard Corps" / "X Guard")
_CORE_TAILS = frozenset(w.lower() for w in LEGAL_FORMS) | {"corps"}
#: the fewest letters of a group name's word read without its plural's "s"
CORE_WORD_MIN = 5


#: what a police force's name may add after "Police" ("X Police Department", "X Police Service", "X Police Force")
_POLICE_TAILS = frozenset(("department", "service", "force"))


def group_core(name: str) -> str:
    """A group's name as its words are compared: the legal forms (and a "Corps") that end it dropped ("Orvan
    Chemical Co. Ltd", "Orvan Chemical Company" -> "orvan chemical"), each word without a plural's "s" ("Sentinel
    Guards" -> "sentinel guard"), a leading Arabic article written apart left out ("Al Sharqan" -> "sharqan", as
    "Al-Sharqan" is read). Outlets write a company's legal form in full, short or not at all, and a body's
    name both ways; neither tells two bodies apart. (Adjective endings read the same way, "Revolutionary" /
    "Revolution", joined one pool story's names and cost ECB+ entity coreference end to end 0.03: left out.)"""
    toks = name_tokens(name)
    if len(toks) > 1 and toks[0] in ("al", "el"):
        toks = toks[1:]  # "Al Shabab" / "al-Shabaab": the Arabic article written apart is no word of the core
    end = len(toks)
    while end > 1 and toks[end - 1].rstrip(".") in _CORE_TAILS:
        end -= 1
    if end > 2 and toks[end - 2] == "police" and toks[end - 1] in _POLICE_TAILS:
        end -= 1  # "X Police Department" / "X Police Service" is the force "X Police"
    return " ".join(_core_word(t) for t in toks[:end])


def _core_word(word: str) -> str:
    if len(word) >= CORE_WORD_MIN and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _core_pair(a: str, b: str) -> tuple[str, str] | None:
    """Two group names' cores (:func:`group_core`) when either differs from its name's words, else None."""
    (ca, same_a), (cb, same_b) = _core_of(a), _core_of(b)
    if same_a and same_b:
        return None
    return ca, cb


@lru_cache(maxsize=65536)
def _core_of(name: str) -> tuple[str, bool]:
    """:func:`group_core` of a name and whether it is the name's words as they are, asked once per name (as
    :data:`_country_name`)."""
    core = group_core(name)
    return core, core == " ".join(name_tokens(name))


def _suffixed(short: str, long: str) -> bool:
    """"X Inc" / "X Party" is the organization "X": the extra words are all organization words, a news
    outlet's ("X News Agency") or an armed group's generic noun ("X militia", "X PMC": :data:`_ARMED_TAILS`)."""
    ts, tl = _tokens(short), _tokens(long)
    return (0 < len(ts) < len(tl) and all(tokens_match(x, y) for x, y in zip(ts, tl, strict=False))
            and (all(t in _SAME_ORG for t in tl[len(ts):]) or tl[len(ts):] in _MEDIA_TAILS
                 or tl[len(ts):] in _ARMED_TAILS))


def _armed_core(name: str) -> tuple[tuple[str, ...], bool]:
    """The words of a group's name before an armed group's generic noun (:data:`_ARMED_TAILS`) or an organization
    word of :data:`_SAME_ORG` ("X Group"), and whether that noun was an armed group's."""
    toks = tuple(_tokens(name))
    for tail in _ARMED_TAILS:
        if len(toks) > len(tail) and toks[-len(tail):] == tail:
            return toks[:-len(tail)], True
    if len(toks) > 1 and toks[-1] in _SAME_ORG:
        return toks[:-1], False
    return toks, False


def _core_placed(name: str, corpus: Corpus) -> bool:
    """Is the name before the generic noun a place's ("X militia" of the place X: a place has many groups)?"""
    core = " ".join(_armed_core(name)[0])
    return folded_key(core) in corpus.places or known_place(core) is not None


def _armed_variant(a: str, b: str) -> bool:
    """"X militia" / "X Group" / "X PMC": one armed group named by different outlets with different generic nouns
    after its name; the names before them the same, one of the nouns an armed group's."""
    (ca, armed_a), (cb, armed_b) = _armed_core(a), _armed_core(b)
    return (armed_a or armed_b) and bool(ca) and len(ca) == len(cb) \
        and all(tokens_match(x, y) for x, y in zip(ca, cb, strict=True))


_SHORTENED_KINDS = frozenset(w.lower() for w in SHORTENED_ORG_WORDS)
#: an outlet's kind words that "News" may stand before or not ("X Agency" / "X News Agency")
_OUTLET_KINDS = frozenset(("agency", "service", "network"))


def _news_word_added(short: str, long: str) -> bool:
    """"X Agency" / "X News Agency", "X Service" / "X News Service": an outlet's name written with and without the
    word "News" before its kind (the outlet's own style and other outlets' differ); the name before it the same."""
    ts, tl = _tokens(short), _tokens(long)
    return len(ts) >= 2 and ts[-1] in _OUTLET_KINDS and tl == (*ts[:-1], "news", ts[-1])


def _kind_dropped(short: str, long: str) -> bool:
    """"X" of "X Agency", "X Research", "X Capital" (:data:`SHORTENED_ORG_WORDS`): an organization's name without
    the word of its kind, as the press writes it once the organization is named. Asked of two names tagged
    organizations only (a people's word is no short form of "<People> Agency"); a short form that fits two
    organizations stays with neither (:func:`short_forms`)."""
    ts, tl = _tokens(short), _tokens(long)
    return 0 < len(ts) == len(tl) - 1 and tl[-1] in _SHORTENED_KINDS and not is_acronym(short) \
        and all(tokens_match(x, y) for x, y in zip(ts, tl, strict=False))


def _head_of_body(short: str, long: str) -> bool:
    """"the Institute" of "Institute of X Arts and Sciences", "the Directorate" of "National Intelligence
    Directorate": one capitalized word that opens a body's "<Word> of <Name>", or the body noun that ends its
    name, is that body said short (a story naming two such bodies leaves it to neither, :func:`short_forms`)."""
    ts, tl = _tokens(short), _tokens(long)
    if len(ts) != 1 or is_acronym(short) or known_place(short) is not None:
        return False
    opens = len(tl) > 2 and tl[1] == "of" and tokens_match(ts[0], tl[0])
    return opens or (len(tl) > 1 and ts[0] == tl[-1] in _BODY_HEADS - {"university"})


def _group_part(short: str, long: str) -> bool:
    """A group's name shortened: two or more of its words in order ("X Y" of "X Y Z", "W X Y", "X W Y"),
    the words left out being names or place words, not a body of the group ("X Y Foreign Ministry")."""
    ts, tl = _tokens(short), _tokens(long)
    if len(ts) < 2 or len(ts) >= len(tl) or not align_names(ts, tl, skip=True):
        return False
    extra = [t for t in tl if not any(tokens_match(t, x) for x in ts)]
    return not any(t in _BODY_WORDS for t in extra)


def _place_unit(short: str, long: str) -> bool:
    """"X province", "X river", "River X": the place X under its unit or feature word (the same place); the
    feature word before the name only for a river that is no country's name ("River X", not "River Jordan");
    not a country's name with "City", a capital named after it (a city and its country)."""
    ts, tl = name_tokens(short), name_tokens(long)
    if 0 < len(ts) == len(tl) - 1 and tl[0] == "river" and known_place(short) != "country" \
            and all(tokens_match(x, y) for x, y in zip(ts, tl[1:], strict=True)):
        return True
    if tl[len(ts):] == ["city"] and known_place(short) == "country":
        return False  # "<Country> City" is the capital named after the country, not the country
    return (0 < len(ts) < len(tl) and all(tokens_match(x, y) for x, y in zip(ts, tl, strict=False))
            and (all(t in PLACE_UNIT_WORDS for t in tl[len(ts):]) or tuple(tl[len(ts):]) in COUNCIL_AREA_PHRASES))


#: the words closing an administrative area's name ("X State", "X City"), which no person's name ends with
_ADMIN_UNITS = frozenset(("state", "province", "city", "district", "region", "county", "governorate", "prefecture",
                          "municipality", "oblast"))
#: unit words after which a bare name tagged a group is still the area's own name ("X" tagged ORG beside "X
#: District"): administrative areas, not "city" or "state" (a club "X City", a group "X State")
_AREA_UNITS = frozenset(("province", "district", "region", "county", "governorate", "prefecture", "municipality",
                         "oblast", "division", "tehsil"))


def _area_of_group_word(short: str, long: str, label_short: str, label_long: str) -> bool:
    """"X" tagged an organization or a people beside "X District" / "X Local Government Area" tagged a place: the
    area's name said alone, which the tagger read as a body (no body is named by one bare word of a place beside
    the place's own name)."""
    if label_short not in GROUPS or label_long not in PLACES or len(name_tokens(short)) != 1:
        return False
    tail = tuple(name_tokens(long)[1:])
    return _place_unit(short, long) and (tail in COUNCIL_AREA_PHRASES or (len(tail) == 1 and tail[0] in _AREA_UNITS))


#: natural features and harbours named both ways: "Bay of X" / "X Bay", "Lake X" / "X Lake", "Port of X" / "X Port",
#: "River X" / "X River"
_FEATURE_HEADS = frozenset(("bay", "gulf", "lake", "sea", "strait", "port", "harbour", "harbor", "river"))


def _feature_of(a: str, b: str) -> bool:
    """"Bay of X" ~ "X Bay", "Lake X" ~ "X Lake": one feature word before (with or without "of") and after the
    same name."""
    ta, tb = name_tokens(a), name_tokens(b)
    for x, y in ((ta, tb), (tb, ta)):
        if len(x) < 2 or x[0] not in _FEATURE_HEADS or y[-1] != x[0]:
            continue
        rest = x[2:] if len(x) > 2 and x[1] == "of" else x[1:]
        if len(rest) == len(y) - 1 and all(tokens_match(p, q) for p, q in zip(rest, y[:-1], strict=True)):
            return True
    return False


def _facility_said_alone(short: str, long: str) -> bool:
    """"X" and "X Square" / "X Stadium", "St X" and "St X's Church", both tagged a facility: the facility's name
    without its facility word (the tagger's facility reading of the bare name says it is no town of that name)."""
    ts, tl = _tokens(short), _tokens(long)
    return 1 <= len(ts) <= FACILITY_ALONE_WORDS and len(tl) == len(ts) + 1 and tl[-1] in FACILITY_WORDS \
        and all(tokens_match(x, y) for x, y in zip(ts, tl, strict=False))


#: the most words of a facility's name said without its facility word ("St X" of "St X's Church")
FACILITY_ALONE_WORDS = 3


def _named_with_class_noun(short: str, long: str, label_short: str) -> bool:
    """"X" beside "X river": the lower-case feature noun says X is that place, whatever the tagger called
    the bare word (a river's name alone is often read as a nationality)."""
    noun = long[len(short) + 1:] if long.startswith(short + " ") else ""
    return CLASS_NOUNS.get(noun) == "LOC" and label_short in PLACES | {"NORP"}


def _named_after(place: str, other: str) -> bool:
    """Is ``other`` an organization or facility named after ``place`` ("X police", "X airport", "the X Corps")?"""
    tp, to = name_tokens(place), name_tokens(other)
    return (0 < len(tp) < len(to) and _contained(tp, to)
            and any(t in _PLACE_ORG_WORDS for t in to if not any(tokens_match(t, x) for x in tp)))


def person_like(form: str) -> bool:
    """A multi-word name with no organization, place or facility word: a person's name whatever its tag."""
    toks = name_tokens(form)
    return len(toks) > 1 and not is_acronym(form) and not any(t in _NOT_PERSON_WORDS for t in toks)


def name_link(u: Unit, v: Unit, corpus: Corpus) -> float:
    """How strongly the names of two units say they are one entity (0 = not at all)."""
    return _name_link(u, v, _folded_forms(u), _folded_forms(v), corpus)


def _folded_forms(u: Unit) -> frozenset[str]:
    return frozenset(folded_key(f) for f in u.heads())


def _heads_link(u: Unit, v: Unit, fu: frozenset[str], fv: frozenset[str], corpus: Corpus) -> float:
    """What the names alone say (:func:`_name_link` before the co-occurring names): a function of each unit's
    label and names."""
    if not fu.isdisjoint(fv):
        return 1.0
    best = 0.0
    lu, lv = u.label, v.label
    for a in u.heads():
        for b in v.heads():
            best = max(best, _form_link(a, b, lu, lv, corpus))
    return best


def _name_link(u: Unit, v: Unit, fu: frozenset[str], fv: frozenset[str], corpus: Corpus) -> float:
    return _context_link(u, v, _heads_link(u, v, fu, fv, corpus), corpus)


def _context_link(u: Unit, v: Unit, best: float, corpus: Corpus) -> float:
    """:func:`name_link` from what the names alone say (``best``, :func:`_heads_link`): names that do not link
    may still be one spelling's variants beside the same co-occurring names."""
    if best != 0.0:
        if best < 1.0 and (_foreign_qualifier(u, v, corpus) or _foreign_qualifier(v, u, corpus)):
            return 0.0  # "the national guard" of one incident, "the <Xan> National Guard" of another's place
        return best
    shared = _shared_context(u, v)  # (asked once: the three rules below read it of every pair the names miss)
    if shared < RARE_CONTEXT and shared < TYPO_CONTEXT:
        return best
    lu, lv = u.label, v.label
    if lu == lv == PERSON and shared >= TYPO_CONTEXT \
            and any(_story_typo(a, b, corpus) or syllable_variant(a, b) or _surname_letter(a, b)
                    for a in u.heads() for b in v.heads()):
        return 0.7
    if shared >= RARE_CONTEXT \
            and any(_rare_link(a, b, lu, lv, corpus) for a in u.heads() for b in v.heads()):
        return 0.75
    if lu in PLACES and lv in PLACES and shared >= TYPO_CONTEXT \
            and any(place_variant(a, b) for a in u.heads() for b in v.heads()):
        return 0.7
    return best


#: the fewest letters of a name whose one-letter variant may be another spelling of one place
PLACE_VARIANT_LETTERS = 8


def place_variant(a: str, b: str) -> bool:
    """Two spellings of one place's name that differ by one letter added, dropped or changed inside one word
    (its first letter kept, three letters or more), in a name of eight letters or more ("Dorvan Tesk" /
    "Dorvan Teskh"): transliterations of small towns and villages vary so. Only beside the same co-occurring
    names (see :func:`_name_link`): two places a letter apart are otherwise two places. A unit word is left aside
    when one form has none or both the same ("Dorvan Teskh province" / "Dorvan Tesk")."""
    full_a, full_b = name_tokens(a), name_tokens(b)
    ta, tb = _unit_less(full_a), _unit_less(full_b)
    units_a, units_b = full_a[len(ta):], full_b[len(tb):]
    if units_a and units_b and units_a != units_b:
        return False
    if len(ta) != len(tb) or min(len("".join(fold_token(t) for t in ta)), len("".join(fold_token(t) for t in tb))) \
            < PLACE_VARIANT_LETTERS:
        return False
    odd = [(fold_token(x), fold_token(y)) for x, y in zip(ta, tb, strict=True) if not tokens_match(x, y)]
    if len(odd) != 1:
        return False
    x, y = odd[0]
    return min(len(x), len(y)) >= 3 and x[0] == y[0] and Levenshtein.distance(x, y) == 1


#: a rare spelling is a typo of a common one only beside this share of the same co-occurring names (Jaccard)
TYPO_CONTEXT = 0.2
#: ... and when the common spelling is named in this many articles
RARE_AGAINST = 3
#: a one-off misspelling of any name (:func:`rare_spelling`) only beside this share of the same co-occurring
#: names: a mixed feed holds unrelated names a letter apart ("Atlanta" / "Atalanta")
RARE_CONTEXT = 0.1


def _shared_context(u: Unit, v: Unit) -> float:
    return len(u.context & v.context) / len(u.context | v.context) if u.context and v.context else 0.0


def _story_typo(a: str, b: str, corpus: Corpus) -> bool:
    """A one-off misspelling of a surname the story uses often ("X Y Gujvar" once, "X Y Nijvar" everywhere)."""
    return surname_typo(a, b) and corpus.rare_variant(a, b)


#: the fewest letters of a surname whose one consonant changed inside may be a misspelling beside the same names
SURNAME_LETTER_MIN = 5


def _surname_letter(a: str, b: str) -> bool:
    """One person's full name with one consonant of the surname mistyped or transliterated otherwise inside it
    ("Orvan Tisal" / "Orvan Tijal"): the same given names, surnames of one length (five letters or more) with
    the same first and last two letters and one consonant between them changed. Only a candidate: beside the
    same co-occurring names (:func:`_context_link`), since two people may bear such names."""
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) != len(tb) or len(ta) < 2 or not all(tokens_match(x, y) for x, y in zip(ta[:-1], tb[:-1], strict=True)):
        return False
    x, y = fold_token(ta[-1]), fold_token(tb[-1])
    if x == y or len(x) != len(y) or len(x) < SURNAME_LETTER_MIN or x[0] != y[0] or x[-2:] != y[-2:]:
        return False
    diff = [(c, d) for c, d in zip(x, y, strict=True) if c != d]
    return len(diff) == 1 and not set(diff[0]) & set("aeiouy")


#: a Slavic surname's man's ending and the woman's: -ov/-ev/-in/-yn + "a", -sky/-skiy/-skii -> -skaya, -oy/-iy/-yy
#: -> -aya (read on the romanised key: "Ivanov" / "Ivanova", "Orlovskiy" / "Orlovskaia")
_MANS_ENDING = re.compile(r"(?:[oe]v|[iy]n)$")
_WOMANS_ADJECTIVE = re.compile(r"(?<=[^aeiouy])aya$")
_MANS_ADJECTIVE = re.compile(r"(?<=[^aeiouy])(?:oi|i)$")
#: the fewest letters of a surname read for its gender ending
GENDER_STEM_MIN = 4


def _other_gender(a: str, b: str) -> bool:
    """Two names whose last words are one Slavic surname in its man's and its woman's form ("Ivanov" /
    "Ivanova", "Orlovsky" / "Orlovskaya"): a husband and wife, a brother and sister, never one person; the
    fuzzy and one-letter rules would otherwise read the added "a" as a slip."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    x, y = sorted((romanised(ta[-1]), romanised(tb[-1])), key=len)
    if len(x) < GENDER_STEM_MIN or x == y:
        return False
    if y == x + "a" and _MANS_ENDING.search(x):
        return True
    return bool(_WOMANS_ADJECTIVE.search(y)) and _MANS_ADJECTIVE.sub("", x) == y[:-3]


def _state_abbreviated(a: str, b: str) -> bool:
    """One of the United States' states named in full and by its news abbreviation ("Virginia" / "Va.")."""
    return any((state := state_of(x)) is not None and folded_key(state) == folded_key(y) for x, y in ((a, b), (b, a)))


def _same_country(a: str, b: str) -> bool:
    """One country's names: "Türkiye" / "Turkey", "Britain" / "UK", "the Russian Federation" / "Russia"."""
    country = _country_name(a)
    return country is not None and country == _country_name(b)


#: :func:`country_name` and :func:`numbered_name` of one name, asked once: entity resolution asks them of both names
#: of every pair it scores (tens of thousands of pairs over a few thousand names on 1k articles); emptied after the
#: entities step (:data:`storyline.fuse.STEP_CACHES`)
_country_name = lru_cache(maxsize=65536)(country_name)
_numbered_name = lru_cache(maxsize=65536)(numbered_name)
_tokens = name_token_tuple


def _code_defined_otherwise(form: str, corpus: Corpus) -> bool:
    """``form`` is a country's code in capitals ("EC", "U.S.") that the story defines as another name's acronym
    ("the European Community (EC)"), no country's: there it is that name's, not the country's."""
    code = form.replace(".", "")
    if not (2 <= len(code) <= 3 and code.isupper()) or _country_name(form) is None:
        return False
    longs = corpus.acronyms.get(code, set())
    return bool(longs) and all(_country_name(long) is None for long in longs)


def _people_led(led: str, place: str) -> bool:
    """``led`` is a place's name of two words or more with a people's word in front ("the Xan Sarn Strip" of
    "Sarn Strip"): the same place, its people said. A one-word place stays apart ("American Samoa" is no
    "Samoa")."""
    tl, tp = _tokens(led), _tokens(place)
    return len(tp) >= 2 and len(tl) == len(tp) + 1 and tl[1:] == tp and demonym_country(led.split()[0]) is not None


def _headed(head: str, name: str, corpus: Corpus, people: bool = False) -> bool:
    """``head`` is the head of a country's official name said alone and stands, in this story, for the country
    ``name`` names (:meth:`Corpus.headed_country`); with ``people``, also for its people's word ("Zarvian": no
    rival of it, though no link either)."""
    country = corpus.headed_country(head)
    return country is not None and (_country_name(name) if not people else state_word(name)) == country


def _country_form(form: str) -> bool:
    """A form that names a country whatever its tag: a code in capitals or a long name of several words
    ("Republic of X"); a one-word country's name may be a person's or a company's too."""
    return is_acronym(form) or len(name_tokens(form)) > 1


def _form_link(a: str, b: str, la: str, lb: str, corpus: Corpus) -> float:
    link = _plain_form_link(a, b, la, lb, corpus)
    if link == 0.0 and la in GROUPS and lb in GROUPS and (cores := _core_pair(a, b)) is not None and all(cores):
        # "X Co" / "X Company", "X Guards" / "X Guard": two group names whose cores (:func:`group_core`) link
        return 0.9 if cores[0] == cores[1] else _plain_form_link(*cores, la, lb, corpus)
    return link


def _people_of(people: str, country: str) -> bool:
    """Is ``people`` a people's word of the country ``country`` names ("Velmoran" / "Velmora")? A nationality is
    its people (NORP), never the country's place: "two Velmorans died" tells nothing that happened in Velmora."""
    of = demonym_country(people)
    return of is not None and _country_name(people) is None and _country_name(country) == of


def _plain_form_link(a: str, b: str, la: str, lb: str, corpus: Corpus) -> float:
    if _people_of(a, b) or _people_of(b, a):
        return 0.0
    if (bodies := _known_bodies(a, b)) is not None:
        return 0.95 if bodies else 0.0  # "Daesh" / "Islamic State"; "ISKP" / "Islamic State": two bodies
    if _acronym_link(a, b, corpus) or (_numbered_name(a) or "a") == _numbered_name(b):
        return 0.95
    if PERSON not in (la, lb) and not is_acronym(a) and not is_acronym(b) and corpus.same_acronym(a, b):
        return 0.9  # two long forms one acronym is defined for: a name and its translation ("X (ABC)", "Y (ABC)")
    if (la in PLACES or _country_form(a)) and (lb in PLACES or _country_form(b)) and _same_country(a, b) \
            and not _code_defined_otherwise(a, corpus) and not _code_defined_otherwise(b, corpus):
        return 0.9  # "<Country>" / its code in capitals, tagged an organization
    if la in PLACES and lb in PLACES and (_people_led(a, b) or _people_led(b, a)):
        return 0.85  # "the Xan Sarn Strip" / "Sarn Strip"
    if la in PLACES and lb in PLACES and _state_abbreviated(a, b):
        return 0.9  # "Fort Velmor, Va." / "Virginia"
    if la in PLACES and lb in PLACES and (_headed(a, b, corpus) or _headed(b, a, corpus)):
        return 0.9  # "the Islamic Republic" said alone / the story's country officially so called
    if _ship(a, b) or _ship(b, a):
        return 0.85
    if PERSON not in (la, lb) and (_hyphen_abbreviated(a, b) or _hyphen_abbreviated(b, a)):
        return 0.85
    if la == lb == "ORG" and _one_agency(a, b):
        return 0.95  # an agency's full name and the short form it signs with ("Associated Press" / "AP")
    if la in _BODY_LABELS and lb in _BODY_LABELS and _reordered(a, b):
        return 0.85  # "General Prosecutor's Office" / "Prosecutor-General's Office" (a church's body read as its
        # building by the tagger too)
    if la == "ORG" and lb == "ORG" and (_suffixed(a, b) or _suffixed(b, a) or _kind_dropped(a, b)
                                        or _kind_dropped(b, a)) and not _place_named(a, b, corpus):
        return 0.8  # "X Inc" / "X", also for a name in capitals ("TRV Corp" / "TRV"); "X Agency" / "X"
    if la == "ORG" and lb == "ORG" and _armed_variant(a, b) and not _core_placed(a, corpus):
        return 0.8  # "X Group" / "X militia": one armed group, each outlet's generic noun
    if la == "ORG" and lb == "ORG" and (_news_word_added(a, b) or _news_word_added(b, a)):
        return 0.85  # "X Agency" / "X News Agency": one outlet
    if is_acronym(a) or is_acronym(b):
        return 0.0
    if PERSON in (la, lb) and _other_gender(a, b):
        return 0.0  # "Ivanov" / "Ivanova", "Orlovsky" / "Orlovskaya": a man and a woman of one family
    if (la == PERSON and _nickname_of(a, b)) or (lb == PERSON and _nickname_of(b, a)):
        return 0.85
    if same_name(a, b) or _abbreviated(a, b, la, lb):
        if la == lb or PERSON not in (la, lb):
            return 0.9
        if _mistagged_person(a, b, la, lb) or _person_tagged_place(a, b, la, lb, corpus):
            return 0.8
    elif PERSON in (la, lb) and la != lb and person_names_compatible(a, b) and _mistagged_person(a, b, la, lb) \
            and min(len(name_tokens(a)), len(name_tokens(b))) > 1:
        return 0.75
    if la == PERSON and lb == PERSON and person_names_compatible(a, b) and not _country_alone(a, b):
        return 0.85 if min(len(name_tokens(a)), len(name_tokens(b))) > 1 else 0.8
    if _initialled_thing(a, b, la, lb):
        return 0.8
    if la == PERSON and lb == PERSON and (_one_typo(a, b) or person_variant(a, b)):
        return 0.75
    if la == PERSON and lb == PERSON and (_article_first(a, b) or _article_first(b, a)):
        return 0.8
    if _plural_of_group(a, b, la, lb) or _plural_of_group(b, a, lb, la):
        return 0.8  # "the Xans" tagged a person beside the group "Xan"
    if _mistagged_surname(a, b, la, lb) or _mistagged_surname(b, a, lb, la):
        return 0.75
    if _surname_read_as_place(a, b, la, lb, corpus) or _surname_read_as_place(b, a, lb, la, corpus):
        return 0.75
    if la == "ORG" and lb == "ORG" and (_qualified(a, b, corpus) or _qualified(b, a, corpus)):
        return 0.7
    if la == "ORG" and lb == "ORG" and (_head_of_body(a, b) or _head_of_body(b, a)):
        return 0.75
    if la in GROUPS and lb in GROUPS and (_group_part(a, b) or _group_part(b, a)):
        return 0.8
    if la in PLACES and lb in PLACES and (_place_unit(a, b) or _place_unit(b, a) or _feature_of(a, b)):
        return 0.8
    if _area_of_group_word(a, b, la, lb) or _area_of_group_word(b, a, lb, la):
        return 0.8
    if la == lb == "FAC" and (_facility_said_alone(a, b) or _facility_said_alone(b, a)):
        return 0.8
    if _named_with_class_noun(a, b, lb) or _named_with_class_noun(b, a, la):
        return 0.8
    if la in PLACES and lb in PLACES and _new_form(a, b, corpus):
        return 0.8
    if la == lb == "EVENT" and _same_storm(a, b):
        return 0.85
    if la in GROUPS and lb in GROUPS and _same_body(a, b):
        return 0.85
    if la in GROUPS and lb in GROUPS and _owned_same(a, b, corpus):
        return 0.75
    if la in PLACES and lb in PLACES and (_article_place(a, b) or _republic_of(a, b)):
        return 0.8
    if _country_tagged(a, la) and _country_tagged(b, lb) and _republic_of(a, b):
        return 0.8  # "Republic of X" / "X" tagged a people: the tagger's nationality reading of a country's name
    if la == lb and la not in PLACES and fuzz.ratio(folded_key(a), folded_key(b)) >= FUZZY_NAME:
        return 0.85
    return 0.0


#: bodies written both ways: "Ministry of X" / "X Ministry", "Department of X" / "X Department",
#: "Council of X" / "X Council", "University of X" / "X University"
_BODY_HEADS = BODY_NAME_HEADS
#: a ministry's or department's field said with or without "Affairs" ("Ministry of Foreign Affairs" / "Foreign
#: Ministry", "Home Affairs Department" / "Home Department")
_FIELD_TAIL = "affairs"


def body_form(name: str) -> tuple[tuple[str, ...], str | None]:
    body, owner = _body_form(name)
    if len(body) > 2 and body[-1] in ("ministry", "department") and body[-2] == _FIELD_TAIL:
        body = (*body[:-2], body[-1])  # "Foreign Affairs Ministry" is the "Foreign Ministry"
    return BODY_SYNONYMS.get(body, body), owner


def _body_form(name: str) -> tuple[tuple[str, ...], str | None]:
    """A ministry's name as "<words> ministry" and its owner: "Ministry of External Affairs" and "External
    Affairs Ministry of <Country>" -> (external affairs ministry; None / <country>); a town's council under one
    word ("X municipal council" -> x city council). Other names: as they are."""
    toks = name_tokens(name)
    toks = ["city" if t in LOCAL_COUNCIL_WORDS and nxt == "council" else t
            for t, nxt in zip(toks, [*toks[1:], ""], strict=True)]
    if len(toks) > 2 and toks[0] in _BODY_HEADS and toks[1] == "of":
        rest = toks[2:]
        cut = rest.index("of") if "of" in rest else len(rest)
        owner = " ".join(rest[cut + 1:]) or None
        return (*rest[:cut], toks[0]), owner
    if "of" in toks:
        k = toks.index("of")
        if 1 < k < len(toks) - 1 and toks[k - 1] in _BODY_HEADS:
            return tuple(toks[:k]), " ".join(toks[k + 1:])
    return tuple(toks), None


#: :func:`body_form` of one name, asked once (as :data:`_country_name`)
_body_form_of = lru_cache(maxsize=65536)(body_form)


def _same_body(a: str, b: str) -> bool:
    """One ministry named both ways, its owner given once or the same both times."""
    (ba, oa), (bb, ob) = _body_form_of(a), _body_form_of(b)
    if len(ba) < 2 or ba[-1] not in _BODY_HEADS or len(ba) != len(bb):
        return False
    owners_ok = oa is None or ob is None or same_name(oa, ob)
    return owners_ok and all(tokens_match(x, y) for x, y in zip(ba, bb, strict=True)) and (a != b)


def _owner_key(words: list[str], corpus: Corpus) -> str | None:
    """The country or place a body's owner words name ("velmoran", "velmora" -> "velmora"; a country's long
    name, "the Republic of Velmora", -> its short one), or None."""
    text = " ".join(words)
    country = demonym_country(text) or country_name(text)
    if country is not None:
        return folded_key(country)
    if folded_key(text) in corpus.demonyms:
        return folded_key(text)
    if known_place(text) is not None or folded_key(text) in corpus.places:
        return folded_key(text)
    return None


def owned_body(name: str, corpus: Corpus) -> tuple[str, str | None]:
    """A body's name without its owner and the owner: "<Country>'s Interior Ministry", "<Demonym> Interior
    Ministry" -> ("interior ministry", <country>); "Audit Office of <Country>" -> ("audit office", <country>).
    The rest must be a body of two words or more with an organization word ("X Ministry", "X Guard"); other
    names come back whole with no owner."""
    toks = name_tokens(name)
    whole = " ".join(toks), None
    for k in (1, 2):  # a one- or two-word owner before the body ("Velmoran", "Sri Varna's")
        body = toks[k:]
        if len(body) >= 2 and any(t in _SUFFIXES for t in body) and toks[k] != "of":
            owner = _owner_key(toks[:k], corpus)
            first = name.split()[0]
            if owner is None and k == 1 and first.isupper() and name_tokens(first) == toks[:1] \
                    and (code := country_name(first)) is not None:
                owner = folded_key(code)  # a country's code in capitals, which tokens write in lower case ("U.S.")
            if owner is not None:
                return " ".join(body), owner
    for k in range(2, len(toks) - 1):  # "X Committee of <Country>", "... of the Republic of <Country>"
        body = toks[:k]
        if toks[k] == "of" and any(t in _SUFFIXES for t in body):
            owner = _owner_key(toks[k + 1:], corpus)
            if owner is not None:
                return " ".join(body), owner
    return whole


def _owned_of(name: str, corpus: Corpus) -> tuple[str, str | None]:
    """:func:`owned_body`, asked once per name of a corpus (kept with it, :attr:`Corpus._owned`)."""
    hit = corpus._owned.get(name)
    if hit is None:
        hit = corpus._owned[name] = owned_body(name, corpus)
    return hit


def _bodies_match(a: str, b: str) -> bool:
    return same_name(a, b) or _same_body(a, b)


def _owned_same(a: str, b: str, corpus: Corpus) -> bool:
    """One body named with its owner once and without it, or with the same owner in other words ("<Country>'s
    Interior Ministry" / "<Demonym> Interior Ministry" / "Ministry of Interior")."""
    (ba, oa), (bb, ob) = _owned_of(a, corpus), _owned_of(b, corpus)
    if oa is None and ob is None:
        return False
    return (oa is None or ob is None or same_owner(oa, ob)) and _bodies_match(ba, bb)


def _owners_differ(a: str, b: str, corpus: Corpus) -> bool:
    """One body's name under two owners ("<Demonym> Interior Ministry" / "Interior Ministry of <Other>"): two
    bodies, which a bare "Interior Ministry" must not chain together."""
    (ba, oa), (bb, ob) = owned_body(a, corpus), owned_body(b, corpus)
    return oa is not None and ob is not None and not same_owner(oa, ob) and _bodies_match(ba, bb)


#: articles that open a transliterated place's name, written apart ("Al X"), joined ("al-X") or left out ("X")
_PLACE_ARTICLES = frozenset(("al", "el"))


def _article_place(a: str, b: str) -> bool:
    """"Al X" / "al-X" / "X": one place's name with its article written apart, joined by a hyphen (which name
    keys drop already) or left out. Places only: "Al" opens persons' given names."""
    ta, tb = ([t for i, t in enumerate(name_tokens(n)) if i or t not in _PLACE_ARTICLES or len(name_tokens(n)) == 1]
              for n in (a, b))
    return bool(ta) and len(ta) == len(tb) and (ta != name_tokens(a) or tb != name_tokens(b)) \
        and all(tokens_match(x, y) for x, y in zip(ta, tb, strict=True))


def _republic_core(name: str) -> list[str]:
    """The country's name in "Republic of X" / "X Republic" when X is a country's name, else the name's tokens."""
    toks = name_tokens(name)
    rest = toks[2:] if toks[:2] == ["republic", "of"] else toks[:-1] if toks[-1:] == ["republic"] else toks
    return rest if rest and rest != toks and known_place(" ".join(rest)) == "country" else toks


def _republic_of(a: str, b: str) -> bool:
    """"Republic of X" / "X Republic" / "X" name the country X ("Democratic Republic of X", "People's Republic of
    X", "Czech Republic" are other names and are left alone)."""
    ca, cb = _republic_core(a), _republic_core(b)
    return (ca != name_tokens(a) or cb != name_tokens(b)) and len(ca) == len(cb) \
        and all(tokens_match(x, y) for x, y in zip(ca, cb, strict=True))


def _country_tagged(form: str, label: str) -> bool:
    """A place's tag, or a people's tag on a country's own name ("X" of "Republic of X" read as a nationality)."""
    return label in PLACES or (label == "NORP" and known_place(form) == "country")


def _new_form(a: str, b: str, corpus: Corpus) -> bool:
    """"X" and "New X" where the story writes X for New X (:func:`_new_forms`)."""
    ka, kb = sorted((folded_key(a), folded_key(b)), key=len)
    return kb == _NEW + ka and ka in corpus.new_forms


def _same_storm(a: str, b: str) -> bool:
    """"Storm X" / "Cyclone X" / "X": one named storm under its kind words or none."""
    ta, tb = (t[1:] if len(t) == 2 and t[0] in STORM_WORDS else t for t in (name_tokens(a), name_tokens(b)))
    return len(ta) == len(tb) == 1 and tokens_match(ta[0], tb[0])


def _place_named(a: str, b: str, corpus: Corpus) -> bool:
    """Is the shorter of two forms a place in this corpus (so the longer one is named after it)?"""
    short = a if len(_tokens(a)) < len(_tokens(b)) else b
    return folded_key(short) in corpus.places


def _abbreviated(a: str, b: str, la: str, lb: str) -> bool:
    """One name with words abbreviated in one form ("NY Times" / "New York Times", "Mt Cook" / "Mount Cook"), both
    forms of one kind (groups, places, or the same label): the tagger often types the short form otherwise."""
    kinds_agree = la == lb or (la in GROUPS and lb in GROUPS) or (la in PLACES and lb in PLACES)
    return kinds_agree and abbreviated_same(a, b)


def _ship(long: str, short: str) -> bool:
    """"INS X" / "X": a ship's name with and without its prefix, whatever the tagger called either."""
    words = long.split()
    return len(words) > 1 and words[0] in SHIP_PREFIXES and same_name(" ".join(words[1:]), short)


#: the fewest letters of a surname whose spelling with a silent "e" added is the same name
_SILENT_E_STEM = 4


def _hyphen_abbreviated(short: str, long: str) -> bool:
    """"KVF-O" for "KVF-Ostra": one name before the hyphen, the short form's capitals the initials of the long
    form's words after it (a branch's name shortened the way news writes it)."""
    if "-" not in short or "-" not in long:
        return False
    head_s, tail_s = short.rsplit("-", 1)
    head_l, tail_l = long.split("-", 1) if folded_key(long.split("-", 1)[0]) == folded_key(head_s) else ("", "")
    if not head_l or not tail_s.isupper() or not tail_s.isalpha() or len(tail_s) > 2 or tail_l.isupper():
        return False
    return "".join(w[0] for w in re.split(r"[\s\-]+", tail_l) if w) == tail_s


def _initialled_thing(a: str, b: str, la: str, lb: str) -> bool:
    """A person's name and the same name with its surname cut to its initials ("Orlan v D" / "Orlan von Dresk",
    :func:`~storyline.analyze.names.keys.abbreviated_surname`), both read as one kind of thing by the tagger (no
    organization or place word in either): a person's, whatever the tag (the person-tagged pair links as any
    two compatible names do)."""
    return la == lb and la not in PLACES and la != PERSON and person_like(a) and person_like(b) \
        and abbreviated_surname(a, b)


def _one_typo(a: str, b: str) -> bool:
    """The same full name with one letter mistyped inside one long word ("Bola Timubu" for "Bola Tinubu"), two
    neighbouring letters swapped ("Orlan Vesikr" for "Orlan Vesirk"), or a surname's silent "e" added or left
    off ("Orlan Vesk" / "Orlan Veske").

    Every other word is the same; the two spellings of the odd word are 6 letters
    or more and share their first letter; they differ by one substitution (the last letters the same too), by one
    inner letter left out ("Tobar" / "Tobiar", the last letters the same too) or by one swap of two neighbouring
    letters (5 letters or more: "Ilham" / "Ilahm"). The silent "e" ends the last word, four letters or more without
    it.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    odd = _odd_word(ta, tb)
    if odd is None:
        return False
    x, y = (fold_token(t) for t in odd)
    short, long = sorted(odd, key=len)
    if odd == (ta[-1], tb[-1]) and long == short + "e" and len(short) >= _SILENT_E_STEM:
        return True
    if min(len(x), len(y)) >= _TYPO_MIN and len(x) != len(y):
        return _one_letter_dropped(x, y)
    if not (len(x) == len(y) >= _SWAP_MIN and x[0] == y[0]):
        return False
    diff = [i for i, (c, d) in enumerate(zip(x, y, strict=True)) if c != d]
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    return (len(diff) == 1 and x[-1] == y[-1] and len(x) >= _TYPO_MIN) or swapped


#: the fewest letters of a word a typo is read in (a substitution, a letter dropped)
_TYPO_MIN = 6
#: the fewest letters of a word two swapped neighbouring letters are read in ("Ilham" / "Ilahm"): a swap keeps every
#: letter, so a shorter word is still told apart from another name
_SWAP_MIN = 5


def _one_letter_dropped(x: str, y: str) -> bool:
    """One folded word the other with one inner letter left out ("tobar" / "tobiar"), first and last letters kept:
    a slip of one outlet's typing, as a letter swapped is."""
    short, long = sorted((x, y), key=len)
    if len(long) != len(short) + 1 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    # what is left matches as any two spellings do ("tobar" / "tabar" of "tobiar" / "tabiar")
    return any(tokens_match(long[:i] + long[i + 1:], short) for i in range(1, len(long) - 1))


def _person_tagged_place(a: str, b: str, la: str, lb: str, corpus: Corpus) -> bool:
    """The same full person name tagged as a place once ("Orlan Vesk" as GPE): no place word in it, no
    place's name (ISO 3166), and most of its mentions in the corpus are not places, or it opens with a common
    given name that no place's name opens (:func:`_given_name_first`; the tagger reads "the head of the city
    Orlan Vesk" as the city's name, in the one article that names him so)."""
    other, lo = (b, lb) if la == PERSON else (a, la)
    return lo in ("GPE", "LOC") and person_like(other) and known_place(other) is None \
        and (folded_key(other) not in corpus.places
             or (_given_name_first(other, corpus, None) and not gazetteer_place(other)))


def _plural_of_group(plural: str, group: str, lp: str, lg: str) -> bool:
    """A one-word name tagged a person that is a one-word group's name with a plural "s" ("Xans" beside the
    group "Xan"): members of the group named for it, the tagger's person reading a slip (a person's name is
    not a group's name in the plural)."""
    tp, tg = _tokens(plural), _tokens(group)
    return lp == PERSON and lg in ("ORG", "NORP") and len(tp) == len(tg) == 1 and tp[0] == tg[0] + "s" \
        and not is_acronym(plural) and not is_acronym(group)


def _mistagged_person(a: str, b: str, la: str, lb: str) -> bool:
    """The same multi-word person name tagged as a thing once ("Muhammed Asim" as ORG): no place, no org words."""
    other, lo = (b, lb) if la == PERSON else (a, la)
    return lo not in ("GPE", "LOC") and person_like(other)  # a FAC with no facility word is a person's name


def _mistagged_surname(a: str, b: str, la: str, lb: str) -> bool:
    """A one-word name tagged as a thing elsewhere ("Korvath" as ORG or FAC: a building's name has its word)
    next to a person's full name, as its last name: a group's name glued before a person's ("<Group> Orlan
    Vesk") is no name of the person. The word must fold to the last name ("Dávesk" / "Davesk"): a spelling only
    close to it ("Vara" / "Vauria", equal by :func:`tokens_match`'s skeleton) is another thing's name once the
    tagger reads it as one too (an airline's, a town's beside a person's "al-Vara")."""
    ta, tb = _tokens(a), _tokens(b)
    return (la == PERSON and lb not in ("GPE", "LOC") and lb != PERSON and len(tb) == 1 and len(ta) > 1
            and (fold_token(tb[0]) == fold_token(ta[-1]) or person_variant(b, a)))


def _surname_read_as_place(a: str, b: str, la: str, lb: str, corpus: Corpus) -> bool:
    """A one-word name tagged a place ("the murder of Dresk, a citizen") that is the last name of a person's full
    name, and no place: not a known country, province or town, and not tagged a place in most of its mentions in
    the corpus (:attr:`Corpus.places`; "Jordan" of a "Michael Jordan" stays the country), unless the corpus names
    persons by full names ending with it more often than it tags the word a place ("the Dresk administration",
    read as a place once, beside "Ilan Dresk" in other articles)."""
    ta, tb = _tokens(a), _tokens(b)
    return la == PERSON and lb in ("GPE", "LOC") and len(tb) == 1 and len(ta) > 1 and tokens_match(tb[0], ta[-1]) \
        and known_place(b) is None and not gazetteer_place(b) \
        and ((key := folded_key(b)) not in corpus.places or corpus.place_votes[key] < corpus.surnames[key])


def pair_score(u: Unit, v: Unit, link: float, cos: float | None) -> float:
    """Name link plus type agreement, shared co-occurring names and context similarity."""
    score = link + (0.1 if u.label == v.label else 0.0)
    if u.context and v.context:
        score += 0.1 * len(u.context & v.context) / len(u.context | v.context)
    if cos is not None:
        score += 0.1 * cos
    return score


# --------------------------------------------------------------------------- spelling variants


#: the least share of the smaller cluster's co-occurring names the other's must hold for two spellings to join
VARIANT_CONTEXT = 0.3


def join_spelling_variants(clusters: list[Cluster], corpus: Corpus, roles: Mapping[str, list[Role]]
                           ) -> list[Cluster]:
    """Clusters whose names are one name in two romanisations (:func:`spelling_variant`: "Khorvanim" /
    "Horvanym", "Selim Rafique X" / "Selim Rafiq X") joined when the story says they are one: they are of one
    kind (two people's full names, or two non-person names, or a bare name tagged a person with nothing saying
    a person beside a place's), told in one incident beside the same names (:data:`VARIANT_CONTEXT`), nothing
    keeps them apart (:func:`cannot_link`), and no third name competes (every spelling in a group of variants
    is a variant of every other). Pairwise unit links need the spelling's articles to share names (a one-off
    spelling in an article of few names misses); the whole clusters' names say more."""
    keyed: dict[str, list[int]] = defaultdict(list)
    contexts: dict[int, set[str]] = {}
    for n, c in enumerate(clusters):
        for key in {k for f in c.heads() if not is_acronym(f) for k in _variant_keys(f)}:
            keyed[key].append(n)
    edges: dict[int, set[int]] = defaultdict(set)
    for members in keyed.values():
        if len(members) < 2 or len(members) > BIG_BLOCK:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if j not in edges[i] and _variants_join(clusters[i], clusters[j], corpus, roles,
                                                        partial(_context_of, contexts)):
                    edges[i].add(j)
                    edges[j].add(i)
    gone: set[int] = set()
    done: set[int] = set()  # the groups joined: a group is met again at each of its members, joined once
    for i in sorted(edges):
        if i in done or not edges[i]:
            continue
        group = {i} | edges[i]
        if any(edges[k] | {k} != group for k in group):
            continue  # a competing spelling: a chain of variants that are not all one another's
        done |= group
        keep = min(group, key=lambda k: (-sum(clusters[k].forms.values()), k))
        for k in sorted(group - {keep}):
            log.debug("entities: spelling variants %s + %s", clusters[keep].heads(), clusters[k].heads())
            clusters[keep].absorb(clusters[k])
            gone.add(k)
        clusters[keep].flatten()
    return [c for n, c in enumerate(clusters) if n not in gone]


def join_capitals(clusters: list[Cluster]) -> list[Cluster]:
    """A capital that the story only ever names for its state's government ("no comment from Lerin", "Lerin-backed
    rebels", "informed Lerin of the deaths", "Lerin denied it") joins its country's entity when the story names
    the country: news writes the capital for the state that governs from it. One such use at least must say so
    (:func:`_government_cue`): a capital's name the tagger cut from a longer name ("Lerin" of "Lerin Post") says
    nothing. A capital named once as the place itself ("in Lerin", "to Lerin", "the capital, Lerin", a dateline)
    stays the city it is, and so does one whose country is not named, or named by two entities. Only a place's
    entity (GPE/LOC) every name of which is the capital's joins (not a person or a team called like the city), and
    never a stored one (where its stored mentions name the city is not read)."""
    by_country: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(clusters):
        named = {country for country in (country_name(f) for f in c.forms if f) if country is not None}
        if len(named) == 1 and c.label in PLACES:
            by_country[next(iter(named))].append(n)
    gone: set[int] = set()
    for n, c in enumerate(clusters):
        forms = [f for f in c.forms if f]
        if not forms or c.label not in PLACES or n in gone:
            continue
        capitals = {capital_country(f) for f in forms}
        if len(capitals) != 1 or None in capitals:
            continue
        country = next(iter(capitals))
        assert country is not None
        owners = [k for k in by_country.get(country, ()) if k != n and k not in gone]
        if len(owners) != 1 or any(u.sited for u in c.units) or not any(u.governs for u in c.units):
            continue
        keep = clusters[owners[0]]
        if c.stored is not None:
            continue  # a stored entity's mentions are not read here: where it names the city is not known
        log.debug("entities: capital %s for its state %s", c.heads(), keep.heads())
        keep.absorb(c)
        keep.flatten()
        gone.add(n)
    return [c for n, c in enumerate(clusters) if n not in gone]


#: the facility a city's name alone stands for ("X Airport", "X International Airport": the city's airport)
_CITY_FACILITIES = frozenset(("airport",))


def _city_facility(name: str) -> tuple[str, str] | None:
    """("<place>", "airport") for "<Place> Airport" / "<Place> International Airport", else None."""
    toks = name_tokens(name)
    if len(toks) < 2 or toks[-1] not in _CITY_FACILITIES:
        return None
    rest = toks[:-2] if toks[-2] == "international" else toks[:-1]
    return (" ".join(rest), toks[-1]) if rest else None


def join_city_facilities(clusters: list[Cluster], corpus: Corpus) -> list[Cluster]:
    """A facility named by its city ("Lerin Airport", "Lerin International Airport") joins the one facility of its
    kind with another name that the story puts in that city ("the Orlan Vesk International Airport in Lerin",
    "Lerin's Orlan Vesk Airport"): news calls a city's airport both by the city and by its official name. The city
    must be a place (the gazetteer's or the story's); a story that puts two such facilities in the city, or none,
    leaves the city's name alone; stored entities are left as they are (where their mentions lie is not read)."""
    gone: set[int] = set()
    for n, c in enumerate(clusters):
        if c.label not in PLACES or c.stored is not None:
            continue
        named = {_city_facility(f) for f in c.forms if f and not is_acronym(f)}
        if len(named) != 1 or None in named:
            continue
        city_kind = next(iter(named))
        assert city_kind is not None
        city, kind = city_kind
        if known_place(city) is None and city not in corpus.places:
            continue
        fits = [k for k, d in enumerate(clusters) if k != n and k not in gone and d.label == "FAC"
                and d.stored is None and any(city in u.located for u in d.units)
                and all(name_tokens(f)[-1:] == [kind] and _city_facility(f) != city_kind
                        for f in d.forms if f and not is_acronym(f))]
        if len(fits) != 1:
            continue
        keep = clusters[fits[0]]
        log.debug("entities: facility %s named by its city is %s", c.heads(), keep.heads())
        keep.absorb(c)
        keep.flatten()
        gone.add(n)
    return [c for n, c in enumerate(clusters) if n not in gone]


def _variant_keys(form: str) -> set[str]:
    """The blocks two spellings of a name meet in: the consonants of each word's :func:`spelling_key` (a vowel
    written otherwise keeps them), or without a glide between vowels (:func:`glide_consonants`: Nuwakid / Noked),
    in the name's order and, for two words, in either order."""
    toks = name_tokens(form)
    keys: set[str] = set()
    for words in ([re.sub(r"[aeiou]", "", spelling_key(t)) for t in toks], [glide_consonants(t) for t in toks]):
        keys |= {" ".join(words), "o:" + " ".join(sorted(words))} if len(words) == 2 else {" ".join(words)}
    return keys


def _variants_join(c: Cluster, d: Cluster, corpus: Corpus, roles: Mapping[str, list[Role]],
                   context: Callable[[Cluster], set[str]]) -> bool:
    person = PERSON in (c.label, d.label)
    pairs = [(a, b) for a in c.heads() for b in d.heads()
             if spelling_variant(a, b, person)
             or (c.label == d.label == PERSON and (_reversed_once(a, b, c, d) or surname_vowels_variant(a, b)))]
    if not pairs or not _variant_kinds(c, d, pairs, roles):
        return False
    for a, b in pairs:
        if country_name(a) or country_name(b) or demonym_country(a) or demonym_country(b):
            return False  # "Germany" / "German": a country and its people
        if person and _other_gender(a, b):
            return False  # "Kuznetsov" / "Kuznetsova": a man and a woman of one family
        if PERSON not in (c.label, d.label) and gazetteer_place(a) and gazetteer_place(b):
            return False  # two places the gazetteer knows by these names
    if corpus.incidents and not {corpus.incidents.get(u.article or "") for u in c.units} \
            & {corpus.incidents.get(u.article or "") for u in d.units} - {None}:
        return False
    cc, cd = context(c), context(d)
    # a full name whose given names are the same and whose surname differs in its vowels only is one person beside
    # any name the two share in one incident (an article of few names shares few)
    same_given = person and all(surname_vowels_variant(a, b) for a, b in pairs)
    if not cc or not cd or len(cc & cd) < (1 if same_given else VARIANT_CONTEXT * min(len(cc), len(cd))):
        return False
    return cannot_link(c, d, corpus, variants=True) is None


def _reversed_once(a: str, b: str, c: Cluster, d: Cluster) -> bool:
    """One person's two names in the other order (:func:`reversed_name`), the order marked (a surname in
    capitals), one of them told in one article only (a one-off writing of the surname first), or each told in
    articles of its own, without the other (outlets that write the surname first, as East Asian and Hungarian names
    are written at home, and outlets that write it last: "Tisal Orvan" in three reports, one of which also writes
    "Orvan Tisal", and "Orvan Tisal" in ten). Two names that every article telling either tells both of are two
    people ("James Scott" and "Scott James")."""
    if not reversed_name(a, b):
        return False
    ca, da = {u.article for u in c.units}, {u.article for u in d.units}
    return order_marked(a) or order_marked(b) or min(len(ca), len(da)) == 1 or bool(ca - da and da - ca)


def _variant_kinds(c: Cluster, d: Cluster, pairs: list[tuple[str, str]], roles: Mapping[str, list[Role]]) -> bool:
    """Two people's full names; two names of no person; or a bare name tagged a person that nothing in its
    articles says is one (:func:`_person_evidence`), beside a place's or people's spelling mentioned at least
    as often (the tagger reads an unfamiliar village as a person)."""
    if c.label == PERSON and d.label == PERSON:
        return all(len(name_tokens(a)) > 1 for a, _ in pairs)
    if PERSON not in (c.label, d.label):
        return True
    person, other = (c, d) if c.label == PERSON else (d, c)
    return other.label in (*PLACES, "NORP") and all(len(name_tokens(f)) == 1 for f in person.forms) \
        and sum(person.forms.values()) <= sum(other.forms.values()) \
        and not _person_evidence(person, [r for u in person.units for r in roles.get(u.key, [])])


def _context_of(memo: dict[int, set[str]], c: Cluster) -> set[str]:
    """The names co-occurring with any of the cluster's units, its own names left out (asked once per cluster)."""
    if id(c) not in memo:
        own = {folded_key(f) for f in c.forms}
        memo[id(c)] = {n for u in c.units for n in u.context} - own
    return memo[id(c)]


# --------------------------------------------------------------------------- short forms


def part_of(u: Unit, v: Unit, corpus: Corpus) -> bool:
    """Is every name of ``u`` a shorter form of a name of ``v``?

    Persons: tokens left out ("Dario Kesh" of "Anton Dario Kesh"); groups: a
    nationality word or organization words added ("X" of "<Demonym> X"), or the body's first word alone
    ("Institute" of "Institute of X").
    """
    heads = [h for h in u.heads() if not is_acronym(h)]
    if not heads:
        return False
    if u.label == PERSON and v.label == PERSON:
        return all(any(token_subset(h, g) and not _country_alone(h, g) for g in v.heads()) for h in heads)
    if u.label in GROUPS and v.label in GROUPS:
        return all(any(_group_shortened(h, g, u.label, v.label, corpus)
                       or ((cores := _core_pair(h, g)) is not None and all(cores)
                           and _group_shortened(*cores, u.label, v.label, corpus)) for g in v.heads())
                   for h in heads)
    return False


def _group_shortened(h: str, g: str, lh: str, lg: str, corpus: Corpus) -> bool:
    """Is the group name ``h`` a shorter form of ``g`` (see :func:`part_of`)?"""
    return _qualified(h, g, corpus) or _suffixed(h, g) or _group_part(h, g) \
        or (lh == lg == "ORG" and (_head_of_body(h, g) or _kind_dropped(h, g)))


def _country_alone(a: str, b: str) -> bool:
    """One name is a country's name alone (ISO 3166) and the other is longer: the tagger read the country as a
    person, and no person's name shortened to it ("Lesotho" and a headline's "Lesotho Rebels" read as a person)."""
    ta, tb = name_tokens(a), name_tokens(b)
    return (len(ta) == 1 < len(tb) and known_place(a) == "country") or \
        (len(tb) == 1 < len(ta) and known_place(b) == "country")


def _person_token_index(units: list[Unit]) -> dict[str, set[int]]:
    """Skeleton of every token (and of every two adjacent tokens written as one) -> person units."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, u in enumerate(units):
        if u.label != PERSON:
            continue
        for h in u.heads():
            for key in _token_keys(name_tokens(h)):
                index[key].add(i)
    return index


def _token_keys(toks: list[str]) -> set[str]:
    keys = {skeleton(t) for t in toks}
    keys.update(skeleton(a + b) for a, b in pairwise(toks))
    return keys


def _person_candidates(u: Unit, index: dict[str, set[int]]) -> set[int]:
    """Person units holding every token of ``u``'s names (each token alone or joined with a neighbour)."""
    found: set[int] = set()
    for h in u.heads():
        toks = name_tokens(h)
        sets = []
        for k, tok in enumerate(toks):
            keys = {skeleton(tok)}
            if k > 0:
                keys.add(skeleton(toks[k - 1] + tok))
            if k + 1 < len(toks):
                keys.add(skeleton(tok + toks[k + 1]))
            sets.append(set().union(*(index.get(key, set()) for key in keys)))
        if sets:
            found |= set.intersection(*sets)
    return found


def short_forms(units: list[Unit], links: list[tuple[int, int, float]], corpus: Corpus, stored: int = 0,
                narrowed: set[int] | None = None) -> tuple[set[int], dict[int, set[int]]]:
    """Units named only by a shorter form, and which longer names they fit.

    Returns the ambiguous units (their short name fits two longer names that
    cannot be one entity: "Varn" with "Sikandar Varn" and "Zafar Varn") and, for
    the others, the units holding the one longer name they fit. A short name that fits several is
    not ambiguous when only one of them holds its words spelt alike (:func:`_spelt_alike`), nor when the
    articles of its own incident name only one of them (:func:`_in_incident`): "Varn" in a report of the
    incident that names Sikandar Varn (either way its index goes to ``narrowed``).
    """
    index = _person_token_index(units)
    linked: dict[int, set[int]] = defaultdict(set)
    for i, j, _link in links:
        linked[i].add(j)
        linked[j].add(i)
    ambiguous: set[int] = set()
    longer: dict[int, set[int]] = {}
    # part_of reads only the labels and names: asked once per pair of (label, names), not per pair of units (a
    # large store holds hundreds of units of one common one-word name, each a candidate of every other)
    sigs: dict[tuple[str, tuple[str, ...]], int] = {}
    sig = [sigs.setdefault((u.label, tuple(u.heads())), len(sigs)) for u in units]
    known: dict[int, dict[int, bool]] = defaultdict(dict)  # signature -> candidate's signature -> part_of

    for i, u in enumerate(units):
        cands = set(linked.get(i, ()))
        if u.label == PERSON:
            cands |= _person_candidates(u, index)
        cands.discard(i)
        if i < stored and max(cands, default=-1) < stored:
            continue  # a stored name that meets no new one: it was judged when it came, and stored units never merge
        # (a common short name of a large store has hundreds of candidates: each is looked up by its signature
        # in one dict, not by a pair built per candidate)
        fit = known[sig[i]]
        parts = []
        for j in cands:
            ok = fit.get(sig[j])
            if ok is None:
                ok = fit[sig[j]] = part_of(u, units[j], corpus)
            if ok:
                parts.append(j)
        parts = sorted(j for j in parts if not _foreign_qualifier(u, units[j], corpus))
        if not parts:
            continue
        if _all_compatible([units[j] for j in parts], corpus) or _one_name_reordered([units[j] for j in parts]):
            longer[i] = set(parts)
            continue
        spelt = _spelt_alike(u, parts, units)
        if spelt and _all_compatible([units[j] for j in spelt], corpus):
            longer[i] = set(spelt)
            if narrowed is not None:
                narrowed.add(i)
            continue
        local = _in_incident(u, parts, units, corpus) or _called_so(u, parts, units, corpus)
        if local:
            longer[i] = local
            if narrowed is not None:
                narrowed.add(i)
        else:
            ambiguous.add(i)
    return ambiguous, longer


#: the fewest letters a place's name and its people's word share at their start ("Velmor" / "Velmoran")
QUALIFIER_STEM = 4


def _foreign_qualifier(u: Unit, v: Unit, corpus: Corpus) -> bool:
    """Is ``v`` a body ``u``'s name fits only as a place's or a people's body ("<Xan> National Guard",
    "<Town> Police" for "the national guard", "police") told in another incident whose place ``u``'s article never
    names? Every country has its national guard, its army and its police: the generic name said in a report of one
    incident is that incident's body, not the one a report of another incident qualified by its own place. Not
    when the incidents are unknown or the same, nor when ``u``'s article names the qualifying place or people."""
    iu = corpus.incidents.get(u.article or "")
    iv = corpus.incidents.get(v.article or "")
    if iu is None or iv is None or iu == iv:
        return False
    leads = [lead for h in u.heads() if not is_acronym(h) for g in v.heads()
             if (lead := _qualifier(h, g, corpus)) is not None]
    return bool(leads) and not any(_names_qualifier(lead, u.context) for lead in leads)


def _qualifier(short: str, long: str, corpus: Corpus) -> str | None:
    """The folded place or people's word ``long`` adds before ``short`` (:func:`_qualified`), else None; None too
    when ``short`` is also a shorter form of ``long`` another way (a name's words left out, an organization word)."""
    if not _qualified(short, long, corpus) or _suffixed(short, long):
        return None
    ts, tl = _tokens(short), _tokens(long)
    return " ".join(tl[:-len(ts)])


def _names_qualifier(lead: str, context: set[str]) -> bool:
    """Does an article naming ``context`` name the place or people ``lead`` (the place itself, its people's word,
    or a name sharing its first letters: "Velmora" for "Velmoran")?"""
    country = demonym_country(lead)
    stem = lead[:max(QUALIFIER_STEM, len(lead) - 3)] if len(lead) > QUALIFIER_STEM else lead
    return any(c == lead or (country is not None and c == folded_key(country)) or c.startswith(stem)
               for c in context)


def _one_name_reordered(parts: list[Unit]) -> bool:
    """Are the longer names a short one fits one person's two-word name, written in both orders ("Tisal Orvan",
    "Orvan Tisal")? They stay apart here (:func:`_forms_apart`: a name in another order may be another person)
    until the story joins them (:func:`join_spelling_variants`); the short name fits them either way."""
    names = {folded_key(h) for u in parts if u.label == PERSON for h in u.heads()}
    if len(names) != 2 or any(u.label != PERSON for u in parts):
        return False
    a, b = sorted(names)
    return reversed_name(a, b)


def _spelt_alike(u: Unit, parts: list[int], units: list[Unit]) -> list[int]:
    """Of the longer names a short one fits, those that hold each of its words spelt as it spells them up to the
    romanisation system (:func:`~storyline.analyze.names.keys.romanised`), when the others fit it only as a
    looser variant: "Shchukin" beside "Vsevolod Shchukin" and "Denis Shishkin" is Shchukin. Empty when all or none
    of them do."""
    words = [{romanised(t) for t in name_tokens(h)} for h in u.heads() if not is_acronym(h)]
    if not words:
        return []
    alike = [j for j in parts if any(all(w <= {romanised(t) for t in name_tokens(g)} for w in words)
                                     for g in units[j].heads())]
    return alike if len(alike) < len(parts) else []


def _in_incident(u: Unit, parts: list[int], units: list[Unit], corpus: Corpus) -> set[int]:
    """The longer names a short one fits that its own incident's articles name, when they can be one entity
    and the others are named only in other incidents; else none."""
    incident = corpus.incidents.get(u.article) if u.article is not None else None
    if incident is None:
        return set()
    local = [j for j in parts if corpus.incidents.get(units[j].article or "") == incident]
    if not local or len(local) == len(parts) or not _all_compatible([units[j] for j in local], corpus):
        return set()
    return set(local)


#: the fewest articles whose chains call one of several people of a family by the bare family name, for the bare
#: name said alone elsewhere to be theirs (:func:`_called_so`)
CALLED_SO_ARTICLES = 2


def _called_so(u: Unit, parts: list[int], units: list[Unit], corpus: Corpus) -> set[int]:
    """Of the longer names a one-word person name fits, those whose own articles call the person by that word alone
    ("Varn" in the chain of "Sikandar Varn" in three articles), when the others are never called so ("Zafar Varn",
    his father, always named in full): the story's own use of the bare name says whom it means. Empty when the
    people so called are not one, when fewer than :data:`CALLED_SO_ARTICLES` articles call them so, or when all
    of them are."""
    if u.label != PERSON or len(u.forms) != 1 or is_acronym(next(iter(u.forms))):
        return set()
    word = folded_key(next(iter(u.forms)))
    if len(word.split()) != 1:
        return set()
    called = [j for j in parts if units[j].label == PERSON and any(folded_key(f) == word for f in units[j].forms)]
    if not called or len(called) == len(parts) \
            or len({units[j].article for j in called}) < CALLED_SO_ARTICLES \
            or not _all_compatible([units[j] for j in called], corpus):
        return set()
    return set(called)


def _all_compatible(units: list[Unit], corpus: Corpus) -> bool:
    """Can these units all be one entity (no two of their names must stay apart)?"""
    for k, u in enumerate(units):
        for v in units[k + 1:]:
            if _units_apart(u, v, corpus):
                return False
    return True


def _units_apart(u: Unit, v: Unit, corpus: Corpus) -> bool:
    return any(_forms_apart(x, y, u.label, v.label, corpus) for x in u.heads() for y in v.heads())


def resolve_short_forms(units: list[Unit], links: list[tuple[int, int, float]], corpus: Corpus, stored: int = 0
                        ) -> list[tuple[int, int, float]]:
    """Links of short forms kept only where the short form is unambiguous in the story.

    An ambiguous short form joins none of its longer names, nor (a one-word
    person name: "Khan" of several people) the same word elsewhere; an unambiguous one is linked to every
    unit holding its longer name, also where blocking did not pair them.
    """
    narrowed: set[int] = set()
    ambiguous, longer = short_forms(units, links, corpus, stored, narrowed)
    out = []
    seen = set()
    for i, j, link in links:
        if (i in narrowed and j not in longer[i] and part_of(units[i], units[j], corpus)) \
                or (j in narrowed and i not in longer[j] and part_of(units[j], units[i], corpus)):
            continue  # the short name's incident names another of the longer names it fits
        if (i in narrowed or j in narrowed) and longer.get(i) != longer.get(j) and i in longer and j in longer \
                and not (part_of(units[i], units[j], corpus) or part_of(units[j], units[i], corpus)):
            continue  # two short names their incidents give to different people
        if i in ambiguous or j in ambiguous:
            part = j in longer.get(i, ()) or i in longer.get(j, ()) or part_of(units[i], units[j], corpus) \
                or part_of(units[j], units[i], corpus)
            single = any(len(name_tokens(h)) == 1 and units[k].label == PERSON
                         for k in (i, j) if k in ambiguous for h in units[k].heads())
            if part or single:
                continue
        out.append((i, j, link))
        seen.add((i, j))
    for i, parts in longer.items():
        for j in parts:
            pair = (min(i, j), max(i, j))
            if pair not in seen:
                link = name_link(units[pair[0]], units[pair[1]], corpus)
                if link > 0:
                    out.append((pair[0], pair[1], link))
                    seen.add(pair)
    return out


# --------------------------------------------------------------------------- constraints


def cannot_link(a: Cluster, b: Cluster, corpus: Corpus, variants: bool = False) -> str | None:
    """The reason two clusters must stay apart, or None. ``variants``: two names one in two romanisations
    (:func:`spelling_variant`) are not told apart as different full names or different places (the joins of
    :func:`join_spelling_variants`, which ask the story first)."""
    if a.stored is not None and b.stored is not None:
        return "both already in the store"
    la, lb = a.label, b.label
    if PERSON in (la, lb) and la != lb:
        person, other = (a, b) if la == PERSON else (b, a)
        # a bare word tagged PERSON says little ("Karvosh" of "Karvosh province"); a full name does
        if _has_full_name(person) and _has_full_name(other) and not _mistagged_cluster(person, other) \
                and not _core_of_group(person, other) \
                and not _place_tagged_cluster(person, other, corpus) and not _same_full_name(person, other) \
                and not _country_read_as_person(person, other):
            return "a person and a named organization or place"
        if _has_full_name(person) and _one_word_place(other, person, corpus):
            return "a person and a place one of the person's names is named like"
        if _has_full_name(person) and _people_word(other, person):
            return "a person and a people whose word one of the person's names is spelled like"
    named = PERSON in (la, lb)
    for x in a.heads():
        for y in b.heads():
            reason = _forms_apart(x, y, la, lb, corpus)
            if reason == "different full names" and (_article_held(x, b) or _article_held(y, a)):
                continue
            if reason == "different group names sharing a word" and (_reorder_held(x, b) or _reorder_held(y, a)):
                continue  # the other holds x's name in another word order beside an alias its article gave it
            if reason in _SPELLING_REASONS and variants \
                    and (spelling_variant(x, y, named) or reversed_name(x, y)
                         or (named and surname_vowels_variant(x, y))
                         or _variant_held(x, b, named) or _variant_held(y, a, named)):
                continue
            if reason:
                return reason
    return None


def _reorder_held(x: str, c: Cluster) -> bool:
    """Does the cluster hold ``x``'s group name with its words in another order (:func:`_reordered`)? Its other
    names are then its aliases, not rival names of ``x``."""
    return any(_reordered(x, f) for f in c.heads())


def _variant_held(x: str, c: Cluster, person: bool) -> bool:
    """``x`` is another spelling of one of the cluster's names (:func:`spelling_variant`): the cluster's other
    names, which it holds as that name's, are not rival names of ``x`` ("Taifullah X" / "Tafiullah X" held as one,
    "Tayefulla X" a third spelling)."""
    return any(spelling_variant(x, f, person) for f in c.heads())


#: what :func:`_forms_apart` says of two spellings of one name (see ``variants`` in :func:`cannot_link`)
_SPELLING_REASONS = frozenset(("different full names", "different places"))


def _same_full_name(person: Cluster, other: Cluster) -> bool:
    """Both clusters hold one multi-word name with no organization, place or facility word ("Orlan Vesk" as a
    person and as a place): the tagger's two readings of one name, whose type the votes decide. Not a
    country's or province's name (ISO 3166): a person reading of it is the tagger's slip, kept as before."""
    names = {folded_key(f) for f in person.forms if person_like(f) and known_place(f) is None}
    return any(folded_key(f) in names for f in other.forms)


def _core_of_group(person: Cluster, other: Cluster) -> bool:
    """Every name of ``person`` is the core of a group name ``other`` holds ("Orvan Chemical" beside "Orvan
    Chemical Co", :func:`group_core`): a company's name said without its legal form, read as a person."""
    cores = {group_core(f) for f in other.forms if not is_acronym(f)}
    return other.label in GROUPS and all(group_core(f) in cores for f in person.forms)


def _country_read_as_person(person: Cluster, other: Cluster) -> bool:
    """Every name of ``person`` is a country's or province's name of two words or more that ``other`` holds as a
    place ("Sri Varna" tagged a person in a headline): no person bears it, the tagger slipped."""
    names = {folded_key(f) for f in person.forms}
    if other.label in PLACES and _area_read_as_person(person, other):
        return True
    return other.label in PLACES and all(len(name_tokens(f)) > 1 and known_place(f) is not None
                                         for f in person.forms) \
        and names <= {folded_key(f) for f in other.forms}


def _area_read_as_person(person: Cluster, other: Cluster) -> bool:
    """Every name of ``person`` is a place's name closed by its unit word ("Orvan State", "Orvan Province") that
    ``other`` holds, or that unit word alone (the "State" a chain took with it): no person is named so."""
    held = {folded_key(f) for f in other.forms}
    named = False
    for f in person.forms:
        toks = name_tokens(f)
        if len(toks) == 1 and toks[0] in PLACE_UNIT_WORDS:
            continue
        if len(toks) < 2 or toks[-1] not in PLACE_UNIT_WORDS or folded_key(f) not in held:
            return False
        named = True
    return named


def _one_word_place(c: Cluster, person: Cluster, corpus: Corpus) -> bool:
    """A place's cluster of one-word names, each a known country or province ("Chad"), or mostly tagged a
    place and no last name of the person: no person's name alone, though a person's word is spelled like it."""
    names = [f for f in c.forms if not is_acronym(f)]
    lasts = {name_tokens(f)[-1] for f in person.forms if len(name_tokens(f)) > 1}
    return c.label in ("GPE", "LOC") and bool(names) and all(
        len(name_tokens(f)) == 1 and (known_place(f) is not None or (
            folded_key(f) in corpus.places and not any(tokens_match(name_tokens(f)[0], t) for t in lasts)))
        for f in names)


def _people_word(c: Cluster, person: Cluster) -> bool:
    """A people's cluster of one-word names ("Xans", tagged a nationality), none of them a word of the person's
    names as written: a person's surname spelled one letter off a people's word ("Bryn Tolvar", "Tolver") is no
    short form of it."""
    names = [f for f in c.forms if not is_acronym(f)]
    words = {folded_key(t) for f in person.forms for t in name_tokens(f)}
    return c.label == "NORP" and bool(names) and all(
        len(name_tokens(f)) == 1 and folded_key(f) not in words for f in names)


def _place_tagged_cluster(person: Cluster, other: Cluster, corpus: Corpus) -> bool:
    """Every full name of ``other`` (tagged as a place) is a person's name of ``person``, and no place."""
    full = [f for f in other.forms if len(name_tokens(f)) > 1 and not is_acronym(f)]
    return other.label in ("GPE", "LOC") and all(
        any(_person_tagged_place(g, f, PERSON, other.label, corpus) and person_names_compatible(f, g)
            for g in person.forms) for f in full)


def _mistagged_cluster(person: Cluster, other: Cluster) -> bool:
    """Every full name of ``other`` is a person-like name of ``person`` under another tag."""
    if other.label in ("GPE", "LOC"):
        return False
    full = [f for f in other.forms if len(name_tokens(f)) > 1 and not is_acronym(f)]
    return all(person_like(f) and any(person_names_compatible(f, g) for g in person.forms) for f in full)


#: what :func:`_forms_apart` says of two group names from their words alone (not of their owners)
_WORD_REASONS = frozenset(("a one-word group name inside another group name", "different group names sharing a word"))


def _forms_apart(x: str, y: str, lx: str, ly: str, corpus: Corpus) -> str | None:
    reason = _plain_forms_apart(x, y, lx, ly, corpus)
    if reason in _WORD_REASONS and lx in GROUPS and ly in GROUPS and (cores := _core_pair(x, y)) is not None \
            and all(cores):
        # two group names kept apart by their words are not when their cores (:func:`group_core`) agree ("X Co" /
        # "X Company Ltd", "X Guards" / "Y X Guard Corps")
        return None if _cores_agree(x, y, lx, ly, corpus, cores) else reason
    return reason


def _cores_agree(x: str, y: str, lx: str, ly: str, corpus: Corpus, cores: tuple[str, str]) -> bool:
    """Two group names' cores (:func:`group_core`) are one, or the shorter ends the longer ("sentinel guard" of
    "orvan sentinel guard": a qualifier in front), or they are not kept apart (:func:`_plain_forms_apart`: "railway
    ministry" / "ministry of railway"), unless the shorter name lost a legal form: a legal form ends a company's
    name, so "Orvan Power Co" is no shorter form of "Orvan Power Grid" (another company)."""
    (short_name, short), (_, long) = sorted(((x, cores[0].split()), (y, cores[1].split())), key=lambda p: len(p[1]))
    n = len(short)
    if short == long or (0 < n < len(long) and all(tokens_match(a, b) or _derived_word(a, b)
                                                      for a, b in zip(short, long[-n:], strict=True))):
        return True
    toks = name_tokens(short_name)
    if toks and toks[-1].rstrip(".") in _CORE_TAILS - {"corps"}:
        return False
    return _plain_forms_apart(*cores, lx, ly, corpus) is None


def _one_agency(a: str, b: str) -> bool:
    """Two names of one news agency in the lexicon (:func:`storyline.lexicons.agencies.short_name`), one of them a
    full name of two words or more (a one-word or capitals entry, "AA", may be another thing's name too)."""
    return a != b and agency_short(a) == agency_short(b) and any(" " in n and _agency_full(n) for n in (a, b))


def _agency_full(name: str) -> bool:
    return name in AGENCY_FULL_NAMES or name in AGENCY_SHORT_NAMES


#: the labels a body's name is given: a group's, or a facility's where the tagger reads a body as its building
_BODY_LABELS = frozenset(GROUPS) | {"FAC"}


def _reordered(a: str, b: str) -> bool:
    """Two group names of three words or more with the same words in another order ("General Prosecutor's Office"
    / "Prosecutor-General's Office": a title's two words either way round), no word more or less."""
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) >= 3 and ta != tb and sorted(ta) == sorted(tb):
        return True
    # "Federation of Families for X Peace" / "Family Federation for X Peace": a long name's words in another order,
    # one written as a plural after "of" and as a singular before the noun it qualifies
    ca, cb = _order_free_words(ta), _order_free_words(tb)
    return len(ca) >= REORDERED_LOOSE_WORDS and ta != tb and ca == cb


#: the fewest words (beside "of" and "the") of a group name whose words in another order, "of" dropped and plurals
#: made singular, are one name
REORDERED_LOOSE_WORDS = 4


def _order_free_words(toks: tuple[str, ...] | list[str]) -> list[str]:
    """A name's words without "of" and "the", each plural made singular ("families" -> "family"), sorted."""
    out = []
    for t in toks:
        if t in ("of", "the"):
            continue
        if len(t) > 4 and t.endswith("ies"):
            t = t[:-3] + "y"
        elif len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return sorted(out)


def _derived_word(a: str, b: str) -> bool:
    """One word the other with a derivational ending of up to three letters, the stem five letters or more
    ("revolution" / "revolutionary", "nation" / "national"): one name's word written in its other form, as a
    qualifier's word often is across outlets ("Revolution Guard" / "Revolutionary Guard")."""
    short, long = sorted((a, b), key=len)
    ending = long[len(short):]
    return len(short) >= 5 and long.startswith(short) and 0 < len(ending) <= 3 and ending.isalpha()


def _known_bodies(a: str, b: str) -> bool | None:
    """Are two names one body of :data:`storyline.lexicons.bodies.BODIES` (True: "Daesh" / "Islamic State",
    "OTAN" / "NATO") or two of its bodies (False: "ISKP" / "ISIS")? None when either is no name the lexicon
    holds. The press calls these bodies by names no article defines; a reader knows them."""
    body_a = known_body(a)
    if body_a is None:
        return None
    body_b = known_body(b)
    if body_b is None:
        return None
    return body_a == body_b


def _plain_forms_apart(x: str, y: str, lx: str, ly: str, corpus: Corpus) -> str | None:
    if (bodies := _known_bodies(x, y)) is not None:
        return None if bodies else "two bodies the lexicon tells apart"
    if folded_key(x) == folded_key(y) or _acronym_link(x, y, corpus) or is_acronym(x) or is_acronym(y):
        return None
    if frozenset((folded_key(x), folded_key(y))) in corpus.aliases or corpus.same_acronym(x, y):
        return None  # an article says these are one entity's names, or one acronym stands for both
    if _abbreviated(x, y, lx, ly) or _rare_link(x, y, lx, ly, corpus) or _ship(x, y) or _ship(y, x) \
            or (_same_country(x, y) and not _code_defined_otherwise(x, corpus)
                and not _code_defined_otherwise(y, corpus)) \
            or _hyphen_abbreviated(x, y) or _hyphen_abbreviated(y, x) or _initialled_thing(x, y, lx, ly) \
            or (lx == ly == "ORG" and (_news_word_added(x, y) or _news_word_added(y, x)
                                       or (_armed_variant(x, y) and not _core_placed(x, corpus)))) \
            or (lx in PLACES and ly in PLACES and (_headed(x, y, corpus, True) or _headed(y, x, corpus, True)
                                                   or _state_abbreviated(x, y))):
        return None
    tx, ty = name_tokens(x), name_tokens(y)
    if lx == PERSON and ly == PERSON and len(tx) > 1 and len(ty) > 1 and not person_names_compatible(x, y) \
            and not _one_typo(x, y) and not person_variant(x, y) and not may_be_spellings(x, y) \
            and not _story_typo(x, y, corpus) and not _surname_letter(x, y) and not syllable_variant(x, y) \
            and not _by_name(x, y):
        return "different full names"
    if lx in GROUPS and ly in GROUPS:
        short, long = (tx, ty) if len(tx) <= len(ty) else (ty, tx)
        s_text, l_text = " ".join(short), " ".join(long)
        if _contained(short, long) and len(short) == 1 and not _qualified(s_text, l_text, corpus) \
                and not _suffixed(s_text, l_text) \
                and not (lx == ly == "ORG" and (_head_of_body(s_text, l_text) or _kind_dropped(s_text, l_text))):
            return "a one-word group name inside another group name"
        if _owners_differ(x, y, corpus):
            return "one body's name under two owners"
        if len(tx) > 1 and len(ty) > 1 and _shares_word(tx, ty) and not _same_words(x, y) \
                and not _group_part(x, y) and not _group_part(y, x) and not _same_body(x, y) and not _reordered(x, y) \
                and not _owned_same(x, y, corpus) and fuzz.ratio(folded_key(x), folded_key(y)) < FUZZY_NAME:
            return "different group names sharing a word"
    if lx in PLACES and ly in PLACES and not _same_words(x, y) and not _place_unit(x, y) and not _place_unit(y, x) \
            and not _new_form(x, y, corpus) and not place_variant(x, y) and not _article_place(x, y) \
            and not _republic_of(x, y) and not _same_country(x, y) and not _feature_of(x, y) \
            and not _people_led(x, y) and not _people_led(y, x) \
            and not (lx == ly == "FAC" and (_facility_said_alone(x, y) or _facility_said_alone(y, x))):
        # (a variant links only in company)
        return "different places"
    if (lx in GROUPS or ly in GROUPS) and _part_of_group_name(x, y, lx, ly, corpus):
        return "a one-word name inside a group's name"
    if _place_and_namesake(x, y, lx, ly, corpus) or _place_and_namesake(y, x, ly, lx, corpus):
        return "a place and an organization or facility named after it"
    return None


def _by_name(a: str, b: str) -> bool:
    """One of two person names is a teknonym (:data:`TEKNONYM_WORDS`: "Abu Tarek", "Abu Tarek al-Dresi") and the
    other is none: a by-name that stands for the given name, alone or before the same family name ("Samir al-Dresi"
    known as "Abu Tarek al-Dresi"), no rival full name. Whether they are one person is left to what links them
    (an article that gives both); two teknonyms, or family names that differ, stay apart."""
    ta, tb = _tokens(a), _tokens(b)
    kunya = [t for t in (ta, tb) if len(t) > 1 and t[0] in TEKNONYM_WORDS]
    if len(kunya) != 1:
        return False
    by, other = (ta, tb) if kunya[0] is ta else (tb, ta)
    return len(by) == 2 or tokens_match(by[-1], other[-1])


def _article_first(a: str, b: str) -> bool:
    """"Al Dresi" (two words, the first "Al": a given name or the Arabic article written apart, as "Mr Al Dresi"
    writes it) beside a longer name that writes the same family name with the article ("Samir al-Dresi", "Samir
    Al Dresi"): the article's reading (:func:`storyline.analyze.names.keys.name_tokens` keeps a first "Al" of two
    words as the given name "Al"). "Al Dorn" beside "Mara Dorn" stays two people."""
    ta, tb = _tokens(a), _tokens(b)
    return len(ta) == 2 and ta[0] == "al" and len(tb) > 1 and tb[0] != "al" and tokens_match(ta[1], tb[-1]) \
        and _ARTICLE_BEFORE_LAST.search(b) is not None


#: the Arabic article joined to or written apart before a name's last word ("X al-Dresi", "X Al Dresi")
_ARTICLE_BEFORE_LAST = re.compile(r"\s(?:[Aa]l-|[Ee]l-|Al\s)\S+$")


def _article_held(x: str, c: Cluster) -> bool:
    """``x`` is "Al <family name>" and the cluster writes that family name with the article (:func:`_article_first`):
    the cluster's other spellings of the person ("Samir Dresi") are no rival names of it."""
    return any(_article_first(x, f) for f in c.heads())


def _part_of_group_name(x: str, y: str, lx: str, ly: str, corpus: Corpus) -> bool:
    """One word of a group's longer name ("Karvosh" of "Harakat Tahrir-e Karvosh"), whatever its own tag."""
    for word, lw, group, lg in ((x, lx, y, ly), (y, ly, x, lx)):
        tw, tg = name_tokens(word), name_tokens(group)
        if lg in GROUPS and lw != PERSON and len(tw) == 1 < len(tg) and _contained(tw, tg) \
                and not _qualified(word, group, corpus) and not _suffixed(word, group) \
                and not (lw == lg == "ORG" and (_head_of_body(word, group) or _kind_dropped(word, group))):
            return True
    return False


def _place_and_namesake(place: str, other: str, lp: str, lo: str, corpus: Corpus) -> bool:
    """``place`` is a place (by its cluster's type or in the corpus) and ``other`` is named after it."""
    is_place = (lp in PLACES and lo not in PLACES and lo != PERSON) or \
        (folded_key(place) in corpus.places and folded_key(other) not in corpus.places)
    return is_place and _named_after(place, other)


def _has_full_name(c: Cluster) -> bool:
    return any(len(name_tokens(f)) > 1 and not is_acronym(f) for f in c.forms)


def _contained(short: list[str], long: list[str]) -> bool:
    n = len(short)
    if n == 0 or n >= len(long):
        return False
    return any(all(tokens_match(s, t) for s, t in zip(short, long[i:i + n], strict=True))
               for i in range(len(long) - n + 1))


def _shares_word(a: list[str], b: list[str]) -> bool:
    return any(tokens_match(x, y) for x in a for y in b)


# --------------------------------------------------------------------------- clustering


@dataclass
class Cluster:
    units: list[Unit]
    forms: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    _stored: Entity | None = field(default=None, repr=False)
    absorbed: list[Cluster] = field(default_factory=list, repr=False)  # merged in, in order, not yet flattened
    _heads: list[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._stored = next((u.stored for u in self.units if u.stored is not None), None)

    def heads(self) -> list[str]:
        """The cluster's names in full (see :func:`head_forms`); recomputed after a merge."""
        if self._heads is None:
            self._heads = head_forms(self.forms)
        return self._heads

    @property
    def label(self) -> str:
        # the first label with the most votes, as most_common(1) gives (without its heap: short forms ask
        # this millions of times on a large store)
        return max(self.votes, key=self.votes.__getitem__) if self.votes else "ORG"

    @property
    def stored(self) -> Entity | None:
        return self._stored  # kept up to date by absorb: no scan of a big cluster's units per check

    def absorb(self, other: Cluster) -> None:
        """Take in another cluster: its units follow ours (see :meth:`flatten`)."""
        self.absorbed.append(other)
        self.forms.update(other.forms)
        self.votes.update(other.votes)
        self._heads = None
        if self._stored is None:
            self._stored = other._stored

    def flatten(self) -> None:
        """Fill ``units``: ours, then each absorbed cluster's in merge order (no list copied per merge)."""
        units: list[Unit] = []
        stack = [self]
        while stack:
            c = stack.pop()
            units += c.units
            stack.extend(reversed(c.absorbed))
            c.absorbed = []
        self.units = units


#: a cosine is at most 1 (plus rounding): a pair's score before its cosine is known is at most this much more
_COS_BOUND = 0.1 + 1e-6


def cluster_units(units: list[Unit], corpus: Corpus, cosines: dict[tuple[int, int], float] | None = None,
                  links: list[tuple[int, int, float]] | None = None,
                  lazy_cosine: Callable[[int, int], float | None] | None = None) -> list[Cluster]:
    """Greedy best-first merging of candidate pairs under the cannot-link constraints.

    Pairs are taken by decreasing score, then (i, j). Only the order within a
    connected component of the pairs matters (merges never cross components),
    so each component is merged on its own. With ``lazy_cosine``, an open pair
    (name link < 1) without a given cosine is queued at its score's upper
    bound; when it reaches the head with its units still apart, its cosine is
    computed only if a pending pair that could come before it touches one of its
    two clusters (:func:`_may_be_overtaken`). The clusters, their roots and unit
    order are exactly those of knowing every cosine up front.
    """
    if links is None:
        links = resolve_short_forms(units, link_pairs(units, corpus), corpus)
    cos = cosines or {}
    clusters = [Cluster([u], Counter(u.forms), Counter(u.votes)) for u in units]
    owner = list(range(len(units)))

    find = partial(root, owner)

    comp_of = {k: n for n, comp in enumerate(_components(len(units), links)) for k in comp}
    queues: dict[int, list[tuple[float, int, int, float, bool]]] = defaultdict(list)
    for i, j, link in links:
        if lazy_cosine is not None and link < 1.0 and (i, j) not in cos:
            entry = (-(pair_score(units[i], units[j], link, None) + _COS_BOUND), i, j, link, False)
        else:
            entry = (-pair_score(units[i], units[j], link, cos.get((i, j))), i, j, link, True)
        queues[comp_of[i]].append(entry)
    for heap in queues.values():
        heapq.heapify(heap)
        while heap:
            _neg, i, j, link, exact = heapq.heappop(heap)
            ri, rj = find(i), find(j)
            if ri == rj:
                continue
            low = pair_score(units[i], units[j], link, None) - _COS_BOUND
            if not exact and lazy_cosine is not None and _may_be_overtaken(heap, find, ri, rj, low):
                heapq.heappush(heap, (-pair_score(units[i], units[j], link, lazy_cosine(i, j)), i, j, link, True))
                continue
            if cannot_link(clusters[ri], clusters[rj], corpus):
                continue
            clusters[ri].absorb(clusters[rj])
            owner[rj] = ri
    out = [clusters[i] for i in range(len(units)) if find(i) == i]
    for c in out:
        c.flatten()
    return out


#: above this many pending pairs in a component, an open pair's cosine is computed without the scan below
MAX_SCANNED_PAIRS = 5000


def _may_be_overtaken(heap: list[tuple[float, int, int, float, bool]], find: Callable[[int], int],
                      ri: int, rj: int, low: float) -> bool:
    """Could a pending pair that may score above ``low`` touch cluster ``ri`` or ``rj``?

    If none can, the popped pair commutes with every pair that might come before
    it (those only merge other clusters), so it can be merged now, cosine unknown,
    with the same clusters, roots and unit order as in the exact order.
    """
    if len(heap) > MAX_SCANNED_PAIRS:
        return True
    for neg, i, j, _link, _exact in heap:
        if -neg >= low:
            fi, fj = find(i), find(j)
            if fi != fj and (fi in (ri, rj) or fj in (ri, rj)):
                return True
    return False


def link_pairs(units: list[Unit], corpus: Corpus, stored: int = 0, big: Collection[str] = ()
               ) -> list[tuple[int, int, float]]:
    """Pairs of units that share a blocking key and whose names link, with the link strength.

    ``stored``: the first this-many units are entities already in the store, which never merge with one
    another (a cannot-link): their pairs are not scored, and a block of stored units only is skipped, so an
    incremental run costs its new units' blocks, not the store's. ``big``: keys whose block is over
    :data:`BIG_BLOCK` among all stored units, of which only those the new units pair with are given
    (:func:`meeting`).
    """
    corpus.reindex()
    index: dict[str, list[int]] = defaultdict(list)
    # a unit's keys are a function of its forms (in their order), its label and the corpus: units of one name
    # across articles ask them once (on 1k articles 3,421 kinds of 5,839 units)
    kinds: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for i, u in enumerate(units):
        kind = (u.label, tuple(u.forms))
        keys = kinds.get(kind)
        if keys is None:
            keys = kinds[kind] = block_keys(u, corpus)
        for k in keys:
            index[k].append(i)
    folded: dict[int, frozenset[str]] = {}  # of the units paired only (a large store's others meet no new one)

    def folded_of(i: int) -> frozenset[str]:
        if i not in folded:
            folded[i] = _folded_forms(units[i])
        return folded[i]

    # what the names alone say of a pair is asked once per pair of (label, names): a name of many new articles
    # meets the same stored names from each (on a 19k store a quarter of the pairs scored repeat one)
    sigs: dict[tuple[str, tuple[str, ...]], int] = {}
    sig: dict[int, int] = {}

    def sig_of(i: int) -> int:
        if i not in sig:
            sig[i] = sigs.setdefault((units[i].label, tuple(units[i].heads())), len(sigs))
        return sig[i]

    heads: dict[tuple[int, int], float] = {}
    seen: set[tuple[int, int]] = set()
    out = []
    for key, members in index.items():
        if members[-1] < stored:  # (members are in unit order)
            continue
        for i, j in _block_pairs(members, key in big):
            if j < stored or (i, j) in seen:
                continue
            seen.add((i, j))
            both = (sig_of(i), sig_of(j))
            best = heads.get(both)
            if best is None:
                best = heads[both] = _heads_link(units[i], units[j], folded_of(i), folded_of(j), corpus)
            link = _context_link(units[i], units[j], best, corpus)
            if link > 0:
                out.append((i, j, link))
    return out


#: above this many units in one block, compare each unit with the block's first and its neighbour only:
#: a key shared by that many units (a frequent word or surname) says little, and all pairs would be
#: quadratic; the star plus chain still links every member, so equal names still meet (linear in the block)
BIG_BLOCK = 60


def _block_pairs(members: list[int], big: bool = False) -> list[tuple[int, int]]:
    """All pairs of a small block; a star plus a chain over a big one (a common name in a big corpus)."""
    if len(members) <= BIG_BLOCK and not big:
        return [(members[x], members[y]) for x in range(len(members)) for y in range(x + 1, len(members))]
    pairs = {(members[0], m) for m in members[1:]}
    pairs |= {(members[x - 1], members[x]) for x in range(2, len(members))}
    return sorted(pairs)


def _components(n: int, links: list[tuple[int, int, float]]) -> list[list[int]]:
    owner = list(range(n))

    find = partial(root, owner)

    for i, j, _link in links:
        ri, rj = find(i), find(j)
        if ri != rj:
            owner[rj] = ri
    comps: dict[int, list[int]] = defaultdict(list)
    for k in range(n):
        comps[find(k)].append(k)
    return list(comps.values())


class LazyCosines:
    """Cosines of units' context embeddings, each distinct text embedded once, when first asked for."""

    def __init__(self, ctx: FuseContext, units: list[Unit]) -> None:
        self.ctx, self.units = ctx, units
        self.vectors: dict[str, np.ndarray] = {}
        self.failed = False

    def _text(self, i: int) -> str:
        return self.units[i].text or " ".join(self.units[i].forms)

    def __call__(self, i: int, j: int) -> float | None:
        if self.failed:
            return None
        a, b = self._text(i), self._text(j)
        todo = sorted({a, b} - self.vectors.keys())
        if todo:
            try:
                vecs = self.ctx.encoder("entities").encode(todo)
            except Exception as err:  # an embedder that cannot load must not stop fusion
                log.warning("entity fusion without embeddings: %s", err)
                self.failed = True
                return None
            self.vectors.update(zip(todo, vecs, strict=True))
        return float(self.vectors[a] @ self.vectors[b])


# --------------------------------------------------------------------------- entities


def canonical_name(aliases: Counter[str] | dict[str, int]) -> str:
    """The most frequent full form (not an acronym when a long form exists, not inside a longer alias)."""
    forms = [a for a in aliases if a]
    if not forms:
        return ""
    long_forms = [a for a in forms if not is_acronym(a)] or forms
    full = [a for a in long_forms if not any(_part_of(a, b) for b in long_forms if b != a)] or long_forms
    return max(full, key=lambda a: (aliases[a], len(name_tokens(a)), len(a), a))


def _part_of(a: str, b: str) -> bool:
    """Is ``a`` a shorter form of ``b``? Not when ``b`` is only ``a`` with a lower-case class noun ("X river",
    "X group"): that is the same name said with what it names, and the more frequent of the two wins."""
    ta, tb = name_tokens(a), name_tokens(b)
    if b.startswith(a + " ") and b[len(a) + 1:] in CLASS_NOUNS:
        return False
    if len(ta) >= 2 and len(ta[-1]) == 1 and len(tb) >= 2 and len(tb[-1]) > 1 and tb[-1].startswith(ta[-1]):
        ta = ta[:-1]  # "Orlan V.": the surname cut to its initial is a shorter form of "Orlan Vesk"
        tb = tb[:-1]
        return all(any(tokens_match(x, y) for y in tb) for x in ta)
    if initialled_given(tuple(ta), tuple(tb)):
        return True  # "V. Drazic": given names cut to initials are a shorter form of "Vuk Drazic"
    return len(ta) < len(tb) and all(any(tokens_match(x, y) for y in tb) for x in ta)


def entity_id(label: str, name: str) -> str:
    return "ent:" + hashlib.sha1(f"{label}|{folded_key(name)}".encode()).hexdigest()[:12]


def _span(m: Mention) -> Span:
    return Span(m.article, m.start, m.end, m.text)


def entity_type(name: str, types: Counter[str], corpus: Corpus | None = None,
                aliases: Mapping[str, int] | None = None) -> str:
    """:func:`_entity_type`, but a body of states read as a place is an organization (:func:`body_of_states`)."""
    label = _entity_type(name, types, corpus, aliases)
    if label in PLACES and (body_of_states(name) or any(body_of_states(a) for a in aliases or ())):
        return "ORG"
    return label


#: a body of states named by its head noun and its members ("Community of X States", "League of Y Nations",
#: "Organization of Z Countries"): an organization, though its name ends with a word of places
_BODY_OF_STATES = re.compile(
    r"\b(?:Community|Organi[sz]ation|League|Union|Association|Council|Conference|Forum|Alliance|Bloc|Group)"
    r" of (?:the )?(?:[A-Z][\w'-]* )+(?:States|Nations|Countries)$")


def body_of_states(name: str) -> bool:
    """Is ``name`` a regional or international body of states, by its form ("X Community of Y States") or as
    the bodies lexicon knows it (and its acronym)? The tagger reads such a name, and its acronym, as a place
    (its last word is "States" or "Nations"), and the acronym's votes then carry the entity."""
    return _BODY_OF_STATES.search(name) is not None or known_body(name) is not None


def _entity_type(name: str, types: Counter[str], corpus: Corpus | None = None,
                 aliases: Mapping[str, int] | None = None) -> str:
    """The weighted majority of the mentions' labels, corrected by what the name itself says.

    Priors that outweigh the tagger's votes: a name that a group word opens
    ("Harakat ...", "Jamaat-...") or an organization word ends ("... Party",
    "... News"), or a news agency's name, is an organization; a one-word name
    whose nationality word the corpus uses ("Xan" for "X", "Xi" for "X") is a
    place when any mention calls it one; so is a province's or state's ISO 3166
    name, and a country's name always (:mod:`storyline.analyze.names.places`); a people's word the
    tagger read as a place ("Norwegian") is a nationality.

    ``aliases`` (name -> mentions): the place priors are weighed over every name of the entity, not the canonical
    one alone: when names that are places by them (a country's name; a province's, or one whose nationality word
    the corpus uses, where some mention calls it a place) hold most of the entity's name mentions, it is a place,
    whatever a rarer longer name says ("Velmora" 14 times and once "Velmora Trade", the tagger's span of
    "Velmora Trade Secretary X"); not when a person's full name ("Ana Velmora") is the canonical name and the
    tagger read most of those names as the person's ("Velmora" alone, her surname).
    """
    placed = _placed_by_names(name, types, corpus, aliases) if aliases else None
    if placed is not None:
        return placed
    label = types.most_common(1)[0][0] if types else "ORG"
    words = name.split()
    if label == PERSON and len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in _ADMIN_UNITS:
        return "GPE"  # "X State", "X City" read as a person's name (a tie of votes, a chain's slip): no one is named so
    if len(words) > 1 and words[0] in STORM_WORDS:
        return "EVENT"  # "Storm X", "Cyclone X": a weather event, whatever the tagger said
    if len(words) > 1 and words[0] in SHIP_PREFIXES:
        return "PRODUCT"  # "MV X", "USS X": a vessel (a thing, as OntoNotes types it), not its owner or a person
    if (len(words) > 1 and words[-1] in BUILDING_WORDS) or square_name(name):
        return "FAC"  # "X Mosque", "X Cathedral": a building; "Place de la X", "Plaza X": a square
    if (area_name(name) and label != "ORG") or council_area(name):
        return "GPE"  # "X Province", "X Oblast": an administrative area ("X County" voted ORG: a club, maybe)
    if label == "NORP" and len(words) == 1 and name.lower().endswith(("stan", "land")):
        return "GPE"  # "-stan", "-land" make a country's name, never a nationality word
    if opens_with_group_word(name) or (len(words) > 1 and words[-1] in ORG_SUFFIXES) or name in AGENCIES:
        return "ORG"
    if len(words) == 1 and label in (*PLACES, PERSON, "ORG") and (demonym_country(name) is not None
                                                                 or nation_word(name)):
        return "NORP"  # "Xian" in "the Xian prime minister", "the Sikh community", read as a place or a name
    place = _place_label(name, types, corpus)
    if place is not None:
        return place
    if label in _MISREAD_PERSON and (_given_name_first(name, corpus, aliases) or _initialled(name, corpus)):
        return PERSON  # "Marta Vesker", "M. Vesker" read as an organization: a given name and a surname
    return label


#: what the tagger calls a person's full name it does not know: an organization, a place, a facility, a thing
_MISREAD_PERSON = frozenset(("ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"))


def _given_name_first(name: str, corpus: Corpus | None, aliases: Mapping[str, int] | None) -> bool:
    """A name of two or three capitalized words, the first a common given name (``COMMON_GIVEN_NAMES``), with no
    organization, place or facility word, that no place's name opens and with no acronym among its names: a
    person's name, whatever the tagger read ("Marta Vesker"; not "Marta Vesker Holdings", nor "Georgia
    Vesker" or "Marta Vesker" where a country's name or a name the corpus reads as a place opens it, nor a body
    its initials name)."""
    toks = name_tokens(name)
    written = name.split()
    if not 2 <= len(toks) <= 3 or not 2 <= len(written) <= 3 or name.isupper() or not person_like(name) \
            or not all(w[:1].isupper() for w in written) or toks[0].lower() not in COMMON_GIVEN_NAMES:
        return False
    if known_place(name) is not None:
        return False
    rest = " ".join(written[1:])
    if toks[0].lower() in _PLACE_NAME_OPENERS and (known_place(rest) is not None or gazetteer_place(rest) or (
            corpus is not None and folded_key(rest) in corpus.places)):
        return False  # "Nova Velmorka" beside the town "Velmorka": the new town of a place, not a woman's name
    for k in range(1, len(written)):  # a place's name opens it: "Georgia Vesker", "Port Velmor Open"
        head = " ".join(written[:k])
        if known_place(head) is not None or (corpus is not None and folded_key(head) in corpus.places):
            return False
    return not any(is_acronym(a) for a in aliases or ())


#: words that open a place's name before another place's ("New", "Nova", "Nueva", "Nowa" X: a town founded beside
#: or after X; "Santa", "São" X), some of them given names too (Nova, Santa): before a place's name, a place's word
_PLACE_NAME_OPENERS = frozenset(("new", "nova", "novo", "novaya", "novy", "novyi", "nowa", "nowy", "nueva", "nuevo",
                                 "nouvelle", "nouveau", "neu", "nieuw", "santa", "sao", "san"))


#: a given name's initial and one or two capitalized words ("M. Vesker", "M. Vesker Dunn")
_INITIALLED = re.compile(r"[A-Z]\. [A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?")


def _initialled(name: str, corpus: Corpus | None) -> bool:
    """An initial and a surname ("M. Vesker"), with no organization, place or facility word, and no place's or
    people's word after the initial ("N. Velmora" of a country, "S. Velmoran"): a person's name, whatever the
    tagger read."""
    if not _INITIALLED.fullmatch(name) or not person_like(name):
        return False
    rest = name[3:]
    return known_place(rest) is None and demonym_country(rest) is None and not (
        corpus is not None and (folded_key(rest) in corpus.places or folded_key(rest) in corpus.demonyms))


def _place_label(name: str, types: Counter[str], corpus: Corpus | None) -> str | None:
    """The place label the name priors of :func:`entity_type` give ``name``, or None: a one-word name whose
    nationality word the corpus uses is the place label most of its mentions have, when some mention calls it a
    place; an ISO 3166 name is a GPE, a country's always, a province's when some mention calls it a place."""
    named_place = any(types.get(p) for p in PLACES)
    if named_place and corpus is not None and len(name.split()) == 1 and _has_demonym(name, corpus):
        return max(PLACES, key=lambda p: (types.get(p, 0), p == "GPE"))
    known = known_place(name)
    if known == "country" or (known == "subdivision" and named_place):
        return "GPE"
    return None


def _placed_by_names(name: str, types: Counter[str], corpus: Corpus | None, aliases: Mapping[str, int]
                     ) -> str | None:
    """The place label when the names that are places by the priors hold a strict majority of the entity's
    name mentions, and, if the canonical name could be a person's, the tagger read at least half of those
    mentions as places; else None (the canonical name decides)."""
    total = sum(n for a, n in aliases.items() if a and not is_acronym(a))
    placed = sum(n for a, n in aliases.items()
                 if a and not is_acronym(a) and _place_label(a, types, corpus) is not None)
    if not total or 2 * placed <= total or _place_label(name, types, corpus) is not None:
        return None  # no majority, or the canonical name is a place itself: decided as before
    if person_like(name) and 2 * sum(types.get(p, 0) for p in PLACES) < placed:
        return None  # "Ana Velmora" with "Velmora" alone, read as her name: a surname that spells a place
    return max(PLACES, key=lambda p: (types.get(p, 0), p == "GPE")) if any(types.get(p) for p in PLACES) else "GPE"


def _has_demonym(name: str, corpus: Corpus) -> bool:
    stem = folded_key(name)
    bases = {stem, stem[:-1]} if stem[-1:] in "aeiou" else {stem}
    return any(b + end in corpus.demonyms for b in bases for end in _DEMONYM_ENDS)


#: endings of a people's name after its place's ("Nepal-ese", "Kenya-n"): the nationality endings, "-n", and "-is"
_DEMONYM_ENDS = (*DEMONYM_ENDINGS, "n", "is")


def build_entity(cluster: Cluster, roles: dict[str, list[Role]], taken: set[str],
                 corpus: Corpus | None = None) -> Entity:
    """An Entity from a cluster: aliases, type votes, mentions, roles and metonymy spans."""
    base = cluster.stored
    aliases: Counter[str] = Counter(base.aliases if base else {})
    types: Counter[str] = Counter(base.types if base else {})
    mentions = list(base.mentions if base else ())
    ent_roles = list(base.roles if base else ())
    metonymy = list(base.metonymy if base else ())
    for u in cluster.units:
        if u.stored is not None:
            continue
        aliases.update(u.forms)
        types.update(u.votes)
        mentions += [_span(m) for m in u.mentions]
        metonymy += [_span(m) for m in u.mentions if m.role == "government"]
        ent_roles += roles.get(u.key, [])
    name = canonical_name(aliases)
    label = entity_type(name, _with_nouns(_with_context(types, cluster), cluster), corpus, aliases) if types \
        else cluster.label
    if label == PERSON and base is None and not _person_evidence(cluster, ent_roles):
        if (_gazetteer_town(aliases) and _town_somewhere(cluster)) or _placed_most(cluster):
            label = "GPE"
        elif (tied := _place_tie(types, cluster)) is not None:
            label = tied
        elif _grouped(cluster):
            label = "ORG"
    if base is not None:
        eid = base.id
    else:
        eid = entity_id(label, name)
        n = 2
        while eid in taken:
            eid = entity_id(label, f"{name} {n}")
            n += 1
    taken.add(eid)
    mentions.sort(key=lambda s: (s.article, s.start, s.end))
    if base is not None and len(cluster.units) == 1 and (name, label) == (base.name, base.type) \
            and tuple(mentions) == base.mentions:
        return base  # a stored entity nothing joined, as it was: the very object read, whose save is skipped
    return Entity(id=eid, name=name, type=label, aliases=dict(aliases), mentions=tuple(mentions),
                  types=dict(types), roles=tuple(ent_roles), metonymy=tuple(metonymy))


def _gazetteer_town(aliases: Mapping[str, int]) -> bool:
    """Every name of the entity (acronyms aside) is a town's the gazetteer knows, written as a place's."""
    names = [a for a in aliases if a and not is_acronym(a)]
    return bool(names) and all(gazetteer_name(a) for a in names)


#: the fewest name mentions after a locative cue that make a place of a name the tagger read as a person's
PLACED_MIN = 2


def _placed_most(cluster: Cluster) -> bool:
    """Do at least half of the cluster's name mentions, and two or more, stand after a locative cue ("in X",
    "the village of X": :data:`PLACE_CUE`)? The tagger reads an unfamiliar town's name as a person's in
    every article alike; how the articles use it says what it is."""
    placed = sum(u.placed for u in cluster.units)
    return placed >= PLACED_MIN and 2 * placed >= sum(cluster.forms.values())


def _place_tie(types: Counter[str], cluster: Cluster) -> str | None:
    """The place label where a person's reading won only by a tie of the votes: as many votes read the name as a
    place as read it as a person's, and some article put it after a locative cue or named the place itself
    there ("in X", "to X", a dateline). The tagger splits an unfamiliar town's name between the two readings
    article by article; a tie carries no reading, how the articles use the name does. Asked only where
    nothing says a person (:func:`build_entity`)."""
    place = max(("GPE", "LOC"), key=lambda p: (types.get(p, 0), p == "GPE"))
    if not types.get(PERSON) or types.get(place) != types[PERSON]:
        return None  # more votes either way, or a person by a prior of the name (a given name first): not a tie
    return place if any(u.placed or u.sited for u in cluster.units) else None


def _grouped(cluster: Cluster) -> bool:
    """Is the name followed by an armed or criminal group's noun ("X militants", "the X gang": :data:`GROUP_AFTER`)
    in two mentions or more, or in its only one? Read for a name the tagger took for a person's, with nothing
    in its articles that says a person (:func:`build_entity`)."""
    grouped = sum(u.grouped for u in cluster.units)
    return grouped > 0 and grouped >= min(2, sum(cluster.forms.values()))


def _town_somewhere(cluster: Cluster) -> bool:
    """Did some article read one of the entity's mentions as a town, finding nothing there that says a person
    (:func:`storyline.analyze.names.retype.gazetteer_places`)?"""
    return any(m.source == GAZETTEER for u in cluster.units for m in u.mentions)


def _person_evidence(cluster: Cluster, roles: list[Role]) -> bool:
    """Does anything the entity's articles say of it make it a person: a role it holds ("X, the mayor"), a
    he/she pronoun of its chains, a mention a sentence confirmed as a person's (a title, an office noun)? A town's
    name with none of these that the tagger read as a person's is the town (:func:`build_entity`)."""
    if roles:
        return True
    for u in cluster.units:
        for m in u.mentions:
            if m.kind == "pronoun" and m.text.lower() in PERSON_PRONOUNS:
                return True
            if m.kind in NAME_KINDS and m.label == PERSON and m.source in PERSON_SOURCES:
                return True
    return False


def _with_context(types: Counter[str], cluster: Cluster) -> Counter[str]:
    """The type votes, where a sentence said what the entity is: when the names' contexts confirm one label
    only ("X, a football stadium", "the X region", "Minister X") and the tagger's votes say another kind, the
    confirmed label wins (the tagger reads an unfamiliar name the same wrong way in every article; a sentence
    that says what it is is evidence). A place confirmed so is left to the votes: "in X" is said of places and
    of companies ("a stake in X")."""
    confirmed = {m.label for u in cluster.units if u.stored is None for m in u.mentions
                 if m.source == CONTEXT and m.kind in NAME_KINDS}
    if len(confirmed) != 1:
        return types
    label = next(iter(confirmed))
    voted = types.most_common(1)[0][0] if types else label
    if voted == label or label in ("GPE", "LOC"):
        return types  # "in X", "stake in X": a place's cue is the weakest, left to the votes
    out = Counter(types)
    out[label] = sum(types.values()) + 1
    return out


#: the fewest nouns of one kind given to an entity's names that make it that kind (:func:`_with_nouns`); chosen by
#: leave-one-story-out over the nine stories of the round-32 development pool (1, 2, 3, 4 tried: 1 was best on every
#: eight-story fit; held out, 212 -> 219 of 231 gold entities typed right, no story worse)
NOUN_TYPE_MIN = 1


def _with_nouns(types: Counter[str], cluster: Cluster) -> Counter[str]:
    """The type votes, where the articles said what the entity is by a noun given to its name ("<Name>, the
    agency", "the oil tanker <Name>", "<Name>, a resident": ``KIND_NOUN_TYPES``): when those nouns say one kind
    only, at least ``NOUN_TYPE_MIN`` times, and the votes say another kind, the nouns' kind wins. The tagger reads
    an unfamiliar name the same wrong way in every article (a company's name as a person's, a ship's as a
    company's); a sentence that calls it a shipowner or a tanker says what it is. Not against a town or a country
    the gazetteer knows, nor a given name and a surname: the parse hangs a noun on the wrong name now and then
    ("the group" on a capital), and those names say what they are themselves."""
    kinds = Counter(KIND_NOUN_TYPES[n] for u in cluster.units if u.stored is None for n in u.nouns
                    if n in KIND_NOUN_TYPES)
    if len(kinds) != 1:
        return types
    kind, said = next(iter(kinds.items()))
    voted = types.most_common(1)[0][0] if types else kind
    if said < NOUN_TYPE_MIN or voted in _KIND_FAMILY[kind]:
        return types
    if kind != "GPE" and any(gazetteer_place(f) or known_place(f) == "country" for f in cluster.forms):
        return types  # a town or a country the gazetteer knows: a noun the parse hung on it is another's
    if kind != PERSON and any(_given_name_first(f, None, None) for f in cluster.forms):
        return types  # "Orlan Vesk" with a given name first: a person, whatever the parse gave him
    out = Counter(types)
    out[kind] = sum(types.values()) + 1
    return out


#: the labels that already are the kind a noun says (an organization's noun says nothing against a NORP label)
_KIND_FAMILY = {PERSON: frozenset((PERSON,)), "ORG": GROUPS, "GPE": frozenset(("GPE", "LOC")),
                "PRODUCT": frozenset(("PRODUCT",))}


def _roles_by_chain(analyses: Iterable[ArticleAnalysis]) -> dict[str, list[Role]]:
    out: dict[str, list[Role]] = defaultdict(list)
    for a in analyses:
        for chain, role in a.roles:
            out[chain].append(role)
    return out


def _resolve_role_owners(entities: list[Entity]) -> list[Entity]:
    """Role.of given as text becomes the id of the entity with that alias in the same article."""
    # the articles of roles still naming their owner as text only (not every mention of a large store's entities)
    wanted = {r.article for e in entities for r in e.roles if r.of and not r.of.startswith("ent:")}
    by_article: dict[str, dict[str, str]] = defaultdict(dict)
    holders = {id(e) for e, *_ in spans_in(entities, wanted)} if wanted else set()  # (their texts are read)
    for e in entities:
        if id(e) not in holders:
            continue
        for s in e.mentions:
            if s.article in wanted:
                by_article[s.article].setdefault(folded_key(s.text), e.id)
    out = []
    for e in entities:
        roles = tuple(
            replace(r, of=by_article[r.article].get(folded_key(r.of), r.of)) if r.of and not r.of.startswith("ent:")
            else r for r in e.roles)
        out.append(replace(e, roles=roles) if roles != e.roles else e)
    return out


def attach_descriptions(entities: list[Entity], analyses: Iterable[ArticleAnalysis],
                        folds: Mapping[str, str] | None = None, published: Mapping[str, str | None] | None = None
                        ) -> list[Entity]:
    """Role descriptions no article could resolve ("the acting foreign minister") joined across the story.

    A description joins the one person entity of the story with a role that fits
    it (:func:`storyline.analyze.names.descriptions.fits`) and belongs to the
    owner the description names, if any; with none, or several, it stays
    unresolved (never the last person mentioned). A description by age ("the 32-year-old", record with an
    ``age``) joins the one person entity some article gives that age (``extras["ages"]``: "Orlan Vesk, 32,"),
    or, when no article gives anyone that age, the person named just before it in its article (``near``).
    ``folds``: the stored names' folded keys (:func:`folder`). ``published`` (article -> publication date):
    a role read more than ``ROLE_DAYS`` before or after the description's report is not fitted (:func:`_described`).
    """
    analyses = list(analyses)
    fold = folder(folds)
    aged = _aged_people(entities, analyses)
    near = _near_people(entities, analyses)
    people = [e for e in entities if e.type == PERSON and e.roles]
    bodies = {e.id for e in entities if e.type == "ORG"}  # owners that make an office a body's own
    by_alias: dict[str, set[str]] = defaultdict(set)
    by_state: dict[str, set[str]] = defaultdict(set)  # a country -> the entities named by its names or people's word
    for e in entities:
        for alias in e.aliases:
            by_alias[fold(alias)].add(e.id)
            state = state_word(alias) if e.type != PERSON else None
            if state:
                by_state[state].add(e.id)
    added: dict[str, list[Span]] = defaultdict(list)
    buckets: dict[str, list[str]] = {}
    for a in analyses:
        for d in a.extras.get("descriptions", []):
            if d.get("age") is not None:
                holders = aged.get(d["age"], set())
                target = next(iter(holders)) if len(holders) == 1 else None
                if target is None and not holders and d.get("near"):  # nobody is given the age: the person
                    target = near.get((a.article, *d["near"]))  # named just before it in its article
            elif d["words"]:
                owner = _owner_ids(d["owner"], by_alias, buckets, fold) if d.get("owner") else set()
                state = state_word(d["owner_name"]) if d.get("owner_name") else None
                owner |= by_state.get(state, set()) if state else set()  # "Turkish": Turkey, folded apart
                target = _described(frozenset(d["words"]), owner, people, bool(d.get("new")), d.get("to"),
                                    d.get("owner_name") or d.get("owner"), bodies,
                                    (published or {}).get(a.article))
            else:
                target = None
            if target is not None:
                added[target].append(Span(a.article, d["start"], d["end"], _span_text(a, d)))
    if not added:
        return entities
    return [replace(e, mentions=tuple(sorted(e.mentions + tuple(added[e.id]),
                                             key=lambda s: (s.article, s.start, s.end))))
            if e.id in added else e for e in entities]


def _near_people(entities: list[Entity], analyses: list[ArticleAnalysis]) -> dict[tuple[str, int, int], str]:
    """(article, start, end) -> the person entity of each name an age description was named just after (its
    record's ``near``), the description's holder when no article gives anyone its age."""
    wanted = {(a.article, *d["near"]) for a in analyses for d in a.extras.get("descriptions", []) if d.get("near")}
    if not wanted:
        return {}
    return {(article, start, end): e.id
            for e, article, start, end in spans_in([e for e in entities if e.type == PERSON], {k[0] for k in wanted})
            if (article, start, end) in wanted}


def _aged_people(entities: list[Entity], analyses: list[ArticleAnalysis]) -> dict[int, set[str]]:
    """The person entities each age is given to: the entity of each name mention an article gives an age."""
    given = {(a.article, start, end): age for a in analyses for start, end, age in a.extras.get("ages", [])}
    out: dict[int, set[str]] = defaultdict(set)
    if not given:
        return out
    for e, article, start, end in spans_in([e for e in entities if e.type == PERSON], {k[0] for k in given}):
        age = given.get((article, start, end))
        if age is not None:
            out[age].add(e.id)
    return out


def attach_nominals(entities: list[Entity], analyses: Iterable[ArticleAnalysis],
                    known: Iterable[ArticleAnalysis] = (), incidents: Mapping[str, str] | None = None
                    ) -> list[Entity]:
    """Definite descriptions an article left open ("the host", "the navy": no name of that article was
    given the noun; :mod:`storyline.analyze.names.nominals`) join the one entity of the story that other
    articles gave that noun (a title, an apposition, a predicate, the body word of its name); a person
    noun only a person, any other noun no person; not a role description that names its owner or the place
    served (resolved by role and owner only). A state's kind noun no entity was given ("the communist nation")
    joins the story's lead country among those its article names (:func:`_lead_state`). None or several: it
    stays open. ``known``: more
    analyses whose nouns count (the stored articles of an incremental run). ``incidents`` (article ->
    document cluster, :func:`storyline.fuse.doc_clusters.doc_clusters`): a nominal of an article whose
    incident is known joins only an entity named in that incident ("the host" of one year's ceremony is not
    the host another year's reports name)."""
    analyses = list(analyses)
    incidents = incidents or {}
    told: dict[str, set[str]] = defaultdict(set)  # entity id -> the incidents of its articles
    for e, article, _, _ in spans_in(entities, incidents.keys()):
        told[e.id].add(incidents[article])
    nouns = _entity_nouns(entities, {a.article: a for a in (*known, *analyses)}.values())
    kinds = {e.id: e.type == PERSON for e in entities}
    by_id = {e.id: e for e in entities}
    words: dict[str, set[str]] = {}  # of the entities a nominal's noun fits only (not every one of a large store)

    def words_of(eid: str) -> set[str]:
        if eid not in words:
            words[eid] = {w for alias in by_id[eid].aliases for w in alias.lower().split()} if eid in by_id else set()
        return words[eid]

    taken = {(article, start, end) for _, article, start, end in spans_in(entities, {a.article for a in analyses})}
    roles = {e.id: e.roles for e in entities}
    added: dict[str, list[Span]] = defaultdict(list)
    lead: _StateMentions | None = None  # the story's countries, counted when a state's kind noun is left open
    for a in analyses:
        # a role description naming its owner or the place served is resolved by role and owner only
        # (attach_descriptions): "the Turkish ambassador" is not whoever the story calls "the ambassador"
        owned = [(x["start"], x["end"]) for x in a.extras.get("descriptions", []) if x.get("apart")]
        for d in a.extras.get("open_nominals", []):
            if (a.article, d["start"], d["end"]) in taken or any(s < d["end"] and d["start"] < e for s, e in owned):
                continue
            incident = incidents.get(a.article)
            fitting = [eid for eid, held in nouns.items()
                       if d["noun"] in held and d["person"] in (None, kinds[eid])
                       and (incident is None or incident in told[eid])
                       and _modifiers_named(d, words_of(eid)) and _office_fits(d, roles.get(eid, ()))]
            # (only whether none, one or several fit decides, so another kind is asked until two fit: asking it
            # reads a stored entity's mentions, and on a 5k store a common noun fits thousands)
            fitting = list(islice((eid for eid in fitting if not _other_kind(d, by_id.get(eid))), 2))
            if not fitting and d["noun"] in STATE_KIND_NOUNS and lead is None:
                lead = _state_mentions(entities, {x.article for x in (*known, *analyses)}, incidents)
            state = _lead_state(d, a.article, lead, incident) if not fitting and lead is not None else None
            if state is not None and (incident is None or incident in told[state]):
                fitting = [state]
            if len(fitting) == 1:
                added[fitting[0]].append(Span(a.article, d["start"], d["end"], d["text"]))
    if not added:
        return entities
    return [replace(e, mentions=tuple(sorted(e.mentions + tuple(added[e.id]),
                                             key=lambda s: (s.article, s.start, s.end))))
            if e.id in added else e for e in entities]


def noun_entities(entities: list[Entity], analyses: Iterable[ArticleAnalysis],
                  known: Iterable[ArticleAnalysis] = (), story_of: dict[str, str] | None = None,
                  event_of: dict[str, str] | None = None, texts: Mapping[str, str] | None = None) -> list[Entity]:
    """Unnamed participants followed across the story: the in-document chains of one head noun ("a gunman ...
    the gunman", :mod:`storyline.analyze.names.nounchains`) that no named entity took.

    A chain joins the one named entity of its story cluster whose name of two words or more it spells in lower
    case ("the surgeon general" of "Surgeon General"), else the one named entity of its story cluster other
    articles gave its noun (as :func:`attach_nominals`; a thing's one-word compound counts as its last part,
    "the warship" for a ship's, :func:`_compound_of`); the
    others become entities of their noun, one per noun and number across the story ("the gunman" of ten
    articles is one participant) within one story cluster (``story_of``: article -> story id; "the gunman"
    of two stories are two people), but never two chains of one article (the article told them apart:
    "a man ... another man"). A noun that is the office of a named person of the story ("the minister"
    where ministers are named) stays unresolved: it is one of them, and the chain cannot say which; so does
    a noun other articles gave one entity while another person holds it as a title ("a parallel president"
    said of one, "President X" of another).

    With the articles' ``texts``, a chain whose noun is given an age ("a 47-year-old man", "the man, 47,")
    joins the one person of its story cluster some article gives that age ("Orlan Vesk, 47,").
    """
    analyses = list(analyses)
    taken = {(article, start, end) for _, article, start, end in spans_in(entities, {a.article for a in analyses})}
    units = _noun_units(analyses, taken)
    if not units:
        return entities
    every = list({a.article: a for a in (*known, *analyses)}.values())
    aged = _aged_people(entities, every) if texts else {}
    nouns = _entity_nouns(entities, every)
    kinds = {e.id: e.type == PERSON for e in entities}
    stories_of = _stories_of(entities, story_of or {}, {(story_of or {}).get(u.article, "") for u in units})
    by_alias: dict[str, set[str]] = defaultdict(set)
    by_word: dict[str, set[str]] = defaultdict(set)  # a one-word name as written
    for e in entities:
        for alias in e.aliases:
            if len(alias.split()) > 1:  # a one-word name may be a common noun capitalized in a headline
                by_alias[alias.lower()].add(e.id)
            elif alias[:1].isupper():
                by_word[alias].add(e.id)
    holders: dict[str, set[str]] = defaultdict(set)  # office word -> the people whose titles hold it
    for e in entities:
        if e.type == PERSON:
            for r in e.roles:
                for w in r.title.lower().split():
                    holders[w].add(e.id)
    offices = set(holders)
    added: dict[str, list[Span]] = defaultdict(list)
    named_as: dict[tuple[str, str, bool], set[str]] = defaultdict(set)  # (incident, noun, plural) -> named as
    joined_at: set[tuple[str, str, str]] = set()  # (article, noun, entity) of the chains named so
    open_units: list[_NounUnit] = []
    by_article = {a.article: a for a in analyses}
    for u in units:
        story = (story_of or {}).get(u.article, "")
        named = {eid for m in u.mentions for eid in by_alias.get(clean_surface(m.text).lower(), ())
                 if story in stories_of[eid]}
        if not named and texts and u.article in texts:
            named = {eid for eid in _capitalized_name(u, texts[u.article], by_word) if story in stories_of[eid]}
        ages = _noun_ages(u, texts[u.article]) if aged and texts and u.article in texts and not u.plural else set()
        if not named and len(ages) == 1:
            named = {eid for eid in aged.get(next(iter(ages)), ()) if kinds[eid] and story in stories_of[eid]}
            named = named if len(named) == 1 and _person_noun_fits(u, True) else set()
        fitting = sorted(named) if len(named) == 1 else \
            [eid for eid, held in nouns.items() if (u.noun in held or _compound_of(u, held, kinds[eid]))
             and not u.plural and story in stories_of[eid] and _person_noun_fits(u, kinds[eid])]
        if len(fitting) == 1 and (named or not (holders.get(u.noun, set()) - set(fitting))):
            added[fitting[0]] += [_span(m) for m in u.mentions]
            if named:
                named_as[(story, u.noun, u.plural)].add(fitting[0])
                joined_at.add((u.article, u.noun, fitting[0]))
            continue
        if u.noun in offices:
            continue  # "the minister" where the story names ministers: one of them, unresolved
        u.story = story
        open_units.append(u)
    groups = []
    for g in _noun_groups(open_units, by_article, event_of or {}):
        eid = _named_elsewhere(g, named_as, joined_at)
        if eid is None:
            groups.append(g)
        else:
            added[eid] += [_span(m) for u in g for m in u.mentions]
    out = [replace(e, mentions=tuple(sorted(e.mentions + tuple(added[e.id]),
                                            key=lambda s: (s.article, s.start, s.end))))
           if e.id in added else e for e in entities]
    return out + [_noun_entity(g) for g in groups]


def _stories_of(entities: list[Entity], story_of: Mapping[str, str], wanted: set[str]) -> dict[str, set[str]]:
    """Entity id -> the stories (``story_of``: article -> story) of its mentions' articles, as far as they are
    among ``wanted``: read from the mentions in those stories' articles (:func:`spans_in`), not from every
    mention of every entity; with "" wanted (an article of no story), from every mention."""
    if "" in wanted:
        return {e.id: {story_of.get(s.article, "") for s in e.mentions} for e in entities}
    out: dict[str, set[str]] = defaultdict(set)
    for e, article, _, _ in spans_in(entities, {a for a, st in story_of.items() if st in wanted}):
        out[e.id].add(story_of[article])
    return out


def _compound_of(u: _NounUnit, held: set[str], person: bool) -> bool:
    """A thing's noun written as one word whose last part is a noun other articles gave the entity ("the
    warship" of a ship named so): the compound's head says what it is. Not for people ("spokeswoman" is no
    "woman" of the story), and both parts words of some length ("report" is no "port")."""
    if person or u.plural:
        return False
    return any(len(h) >= _COMPOUND_HEAD and len(u.noun) - len(h) >= _COMPOUND_HEAD - 1 and u.noun.endswith(h)
               for h in held)


#: letters of a compound's last part at least (its first part: one fewer)
_COMPOUND_HEAD = 4


def _named_elsewhere(group: list[_NounUnit], named_as: Mapping[tuple[str, str, bool], set[str]],
                     joined_at: set[tuple[str, str, str]]) -> str | None:
    """The one entity that other chains of a group's noun and incident were named as ("a 59-year-old woman"
    given the age of "Mira Tolvar, 59,"): "the woman" of the incident's other articles is she. None when
    they were named as several (two climbers of one incident), or when one of the group's articles already
    has another chain of the noun named so (the article told the two apart)."""
    u = group[0]
    named = named_as.get((u.story, u.noun, u.plural), set())
    if len(named) != 1:
        return None
    eid = next(iter(named))
    return None if any((v.article, v.noun, eid) in joined_at for v in group) else eid


def _capitalized_name(u: _NounUnit, text: str, by_word: Mapping[str, set[str]]) -> set[str]:
    """The entities a chain names when one of its nouns is a one-word name of the story written with its
    capital ("the Rovers" beside "Velmor Rovers", a headline's "ROVERS'") and the article never writes the
    word in lower case (a capitalized common noun of a headline, "Driver", is no name)."""
    out: set[str] = set()
    for m in u.mentions:
        word = clean_surface(m.text)
        if m.kind == "pronoun" or " " in word or not word[:1].isupper():
            continue
        ids = by_word.get(word) or (by_word.get(word.title(), set()) if word.isupper() else set())
        if ids and not re.search(rf"\b{re.escape(word.lower())}\b", text):
            out |= ids
    return out


def _noun_ages(u: _NounUnit, text: str) -> set[int]:
    """The ages the article says with the chain's nouns (pronouns say none)."""
    return {age for m in u.mentions if m.kind != "pronoun" and (age := given_age(text, m.start, m.end)) is not None}


def _noun_groups(units: list[_NounUnit], analyses: dict[str, ArticleAnalysis], event_of: dict[str, str]
                 ) -> list[list[_NounUnit]]:
    """Chains of one noun and number across the articles of one incident (``u.story``), first those that take
    part in one fused event (``event_of``: event mention id -> fused event id), then the others; never two
    chains of one article, nor two that give the noun different numbers ("23 pirates", "26 pirates" are two
    groups), nor two of different incidents, even when a fused event holds both: two incidents of one kind
    are often fused into one event (on ECB+ such joins were wrong three times in four)."""
    for u in units:
        u.events = _unit_events(u, analyses.get(u.article), event_of)
    by_noun: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        by_noun[(u.noun, u.plural)].append(k)
    owner = list(range(len(units)))
    articles = [{u.article} for u in units]
    counts = [set(u.counts) for u in units]

    find = partial(root, owner)

    for strong in (True, False):
        for members in by_noun.values():
            for x, i in enumerate(members):
                for j in members[x + 1:]:
                    u, v = units[i], units[j]
                    if u.story != v.story or (strong and not u.events & v.events):
                        continue
                    ri, rj = find(i), find(j)
                    if ri != rj and articles[ri].isdisjoint(articles[rj]) \
                            and (not counts[ri] or not counts[rj] or counts[ri] & counts[rj]):
                        owner[rj] = ri
                        articles[ri] |= articles[rj]
                        counts[ri] |= counts[rj]
    groups: dict[int, list[_NounUnit]] = defaultdict(list)
    for k, u in enumerate(units):
        groups[find(k)].append(u)
    return list(groups.values())


def _unit_events(u: _NounUnit, analysis: ArticleAnalysis | None, event_of: dict[str, str]) -> set[str]:
    """The fused events whose mentions take one of the unit's mentions as a participant."""
    if analysis is None:
        return set()
    spans = [(m.start, m.end) for m in u.mentions]
    return {event_of[ev.id] for ev in analysis.events if ev.id in event_of
            for p in ev.participants if any(p.start < e and s < p.end for s, e in spans)}


@dataclass
class _NounUnit:
    """One document's chain of an unnamed participant."""

    article: str
    chain: str
    noun: str
    plural: bool
    mentions: list[Mention]
    story: str = ""
    events: set[str] = field(default_factory=set)
    counts: tuple[str, ...] = ()  # numbers and ordinals said with the noun ("23 pirates")


def _noun_units(analyses: Iterable[ArticleAnalysis], taken: set[tuple[str, int, int]]) -> list[_NounUnit]:
    units = []
    for a in sorted(analyses, key=lambda a: a.article):
        chains = a.extras.get("noun_chains", {})
        members: dict[str, list[Mention]] = defaultdict(list)
        for m in a.mentions:
            if m.chain is not None and m.chain in chains and (m.article, m.start, m.end) not in taken:
                members[m.chain].append(m)
        units += [_NounUnit(a.article, c, chains[c]["noun"], bool(chains[c]["plural"]), ms,
                            counts=tuple(chains[c].get("counts", ())))
                  for c, ms in members.items()]
    return units


def _person_noun_fits(u: _NounUnit, person: bool) -> bool:
    """A noun of a person's chain only for a person, any other only for a non-person."""
    labels = Counter(m.label for m in u.mentions)
    if not labels or labels.most_common(1)[0][0] not in (PERSON, *GROUPS, *PLACES):
        return True
    return (labels.most_common(1)[0][0] == PERSON) == person


def _noun_entity(units: list[_NounUnit]) -> Entity:
    mentions = sorted((_span(m) for u in units for m in u.mentions), key=lambda s: (s.article, s.start, s.end))
    labels: Counter[str] = Counter(m.label for u in units for m in u.mentions)
    first = mentions[0]
    # named by its nouns ("deputy director"), never by a pronoun two of its mentions are
    nouns = [m.text for u in units for m in u.mentions if m.kind != "pronoun"] or [s.text for s in mentions]
    said: Counter[str] = Counter(_DETERMINER.sub("", t) for t in nouns)
    name = max(said, key=lambda t: (said[t], -len(t), t))
    eid = "ent:" + hashlib.sha1(f"noun|{units[0].noun}|{first.article}|{first.start}".encode()).hexdigest()[:12]
    return Entity(id=eid, name=name, type=labels.most_common(1)[0][0], mentions=tuple(mentions), types=dict(labels))


_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.I)


@dataclass(frozen=True)
class _StateMentions:
    """The countries of the articles: (incident, entity id) -> its mentions in the incident's articles (incident
    None: incidents unknown, every article), and entity id -> the articles that name it."""

    count: Counter[tuple[str | None, str]]
    named_in: dict[str, set[str]]


def _state_mentions(entities: list[Entity], articles: Collection[str], incidents: Mapping[str, str]
                    ) -> _StateMentions:
    """:class:`_StateMentions` of the entities whose name is a country's (:func:`country_name`)."""
    count: Counter[tuple[str | None, str]] = Counter()
    named_in: dict[str, set[str]] = defaultdict(set)
    states = {e.id for e in entities if e.type == "GPE" and country_name(e.name) is not None}
    for e, article, _, _ in spans_in((e for e in entities if e.id in states), articles):
        count[incidents.get(article), e.id] += 1
        named_in[e.id].add(article)
    return _StateMentions(count, named_in)


def _lead_state(d: dict[str, Any], article: str, lead: _StateMentions, incident: str | None) -> str | None:
    """"The communist nation", "the isolated regime": a state's kind noun (lexicons/titles STATE_KIND_NOUNS)
    no article gave any entity is the country the story (the article's incident) talks about most among those
    its article names; two countries first: none. Not a possessed one ("its territory": its owner says
    whose), nor one whose modifiers name a country ("the Velmoran regime"). No parameter: on the eighteen
    dev35 pool stories (252 articles) every gold description of this shape (four, all in one story) is its
    story's lead country among its article's, where the article's most-named place or the last country named
    before it is not."""
    if d["noun"] not in STATE_KIND_NOUNS or not re.match(r"(?i)the\s", d["text"]) \
            or any(country_of(w) is not None for w in d.get("mods", ())):
        return None
    named = sorted((lead.count[incident, e], e) for e, arts in lead.named_in.items() if article in arts)
    if not named or (len(named) > 1 and named[-1][0] == named[-2][0]):
        return None
    return named[-1][1]


def _office_fits(d: dict[str, Any], roles: Iterable[Role]) -> bool:
    """An open noun an entity's role titles hold fits one of those titles ("the leader" is not the
    opposition leader: :func:`storyline.analyze.names.descriptions.fits`); no title with the noun: it fits."""
    titles = [r.title for r in roles if d["noun"] in r.title.lower().split()]
    return not titles or any(
        fits(frozenset({d["noun"], *(set(d.get("mods", ())) & role_words(t))}), t) for t in titles)


def _other_kind(d: dict[str, Any], entity: Entity | None) -> bool:
    """The entity's own mentions give the description's noun a modifier the description lacks, and the
    description gives it one they lack ("the emergency service" beside an entity called "the security
    service"): another body of that kind. Owners, determiners and country or people words do not count
    ("the Ukrainian service" / "Ukraine's service")."""
    mods = _kind_words(d.get("mods", ()))
    if entity is None or not mods:
        return False
    held: set[str] = set()
    for m in entity.mentions:
        words = m.text.lower().replace("’", "'").split()
        if d["noun"] in words:
            held |= _kind_words(words[:words.index(d["noun"])])
    return bool(held - mods) and bool(mods - held)


def _kind_words(words: Iterable[str]) -> set[str]:
    """The words of a modifier list that say what kind of thing a noun is: not owners ("x's"), determiners,
    country or people words."""
    return {w for w in words if w.isalpha() and w not in STOPWORDS and state_word(w) is None
            and country_of(w) is None}


def _modifiers_named(d: dict[str, Any], name_words: set[str]) -> bool:
    """The body word of a name ("the police" of "Sarn Police") takes no modifier the names lack ("the
    border police" is another force); a noun given as such ("the chief negotiator") takes any."""
    return d["noun"] not in name_words or set(d.get("mods", ())) <= name_words


def _entity_nouns(entities: list[Entity], analyses: Iterable[ArticleAnalysis]) -> dict[str, set[str]]:
    """Entity id -> the nouns its articles' chains were given, and the agent nouns of what its names did
    (:func:`agent_nouns`: "the host" of "Vesk will host the summit", "the negotiator" of "Vesk negotiated")."""
    analyses = list(analyses)
    spans = spans_in(entities, {a.article for a in analyses})
    of_span = {(article, start, end): e.id for e, article, start, end in spans}
    nouns: dict[str, set[str]] = defaultdict(set)
    for a in analyses:
        given = a.extras.get("nominal_nouns", {})
        names: list[tuple[int, int, str]] = []
        for m in a.mentions:
            eid = of_span.get((m.article, m.start, m.end))
            if m.chain in given and eid is not None:
                nouns[eid].update(given[m.chain])
            if m.kind == "name" and eid is not None:
                names.append((m.start, m.end, eid))
        for ev in a.events:
            if ev.modality in _NOT_DONE or not ev.lemma:
                continue
            for p in ev.participants:
                if p.role != "actor":
                    continue
                doers = {eid for start, end, eid in names if p.start <= start and end == p.end}
                if len(doers) == 1:
                    nouns[doers.pop()].update(agent_nouns(ev.lemma))
    return nouns


#: modalities of an action nobody did (its doer is no "host" or "driver" for it)
_NOT_DONE = frozenset({"negated", "denied", "hypothetical"})


def agent_nouns(lemma: str) -> set[str]:
    """The nouns for one who does what a verb says: the verb itself ("host", "coach"), -er/-r ("drive" ->
    "driver", "shoot" -> "shooter", "kidnap" -> "kidnapper"), -or ("negotiate" -> "negotiator"); only nouns
    for a person (:func:`storyline.analyze.names.nominals.person_like`)."""
    verb = lemma.lower()
    if not verb.isalpha() or len(verb) < 3:
        return set()
    out = {verb, verb + "r" if verb.endswith("e") else verb + "er", verb[:-1] + "or" if verb.endswith("e")
           else verb + "or"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb):
        out.add(verb + verb[-1] + "er")  # "rob" -> "robber"
    return {noun for noun in out if person_like_noun(noun)}  # not "the attack" of "Vesk attacked"


def _owner_ids(owner: str, by_alias: dict[str, set[str]], buckets: dict[str, list[str]],
               fold: Callable[[str], str] = folded_key) -> set[str]:
    """Entities named like the owner, or its country / nationality word ("chilean" -> Chilean, Chile).

    ``buckets`` (filled on the first call): the aliases by the first four letters of their folded key
    (``fold``: :func:`folder`), which two names :func:`same_owner` joins share (not every alias of a large
    store tried per description)."""
    if not buckets:
        for alias in by_alias:
            buckets.setdefault(fold(alias)[:4], []).append(alias)
    found = set(by_alias.get(owner, ()))
    for alias in buckets.get(folded_key(owner)[:4], ()):
        if same_owner(alias, owner):
            found |= by_alias[alias]
    return found


def _span_text(a: ArticleAnalysis, d: dict[str, Any]) -> str:
    return next((m.text for m in a.mentions if (m.start, m.end) == (d["start"], d["end"])), "")


#: a role read this many days or more before or after a report is no office the report's bare description names
#: ("the new leader of the country", "the president"): offices change hands, and a pile may hold another country's
#: crisis of months before, whose leader no report of this one names
ROLE_DAYS = 180


def _role_apart(role: str | None, day: str | None) -> bool:
    """Are a role's date and a report's day ``ROLE_DAYS`` or more apart (both known)?"""
    a, b = value_interval(role), value_interval(day)
    return a is not None and b is not None and max((b[0] - a[1]).days, (a[0] - b[1]).days) >= ROLE_DAYS


def _described(words: frozenset[str], owner: set[str], people: list[Entity], new: bool = False,
               to: str | None = None, owner_name: str | None = None, bodies: Collection[str] = (),
               day: str | None = None) -> str | None:
    """The one person whose role fits the description (the owner's own first; another owner's never).

    ``to``: the place the description's holder serves ("<Owner>'s ambassador to <Place>"); ``owner_name``: the
    owner's name as written (or folded), matched against a role's owner kept as text ("Velmoran Prime
    Minister"), and never the place a role serves ("Velmora's ambassador" is not the ambassador to Velmora).
    "The <Country> leader" is the head of state or government of that owner only
    (:func:`storyline.analyze.names.descriptions.leads`).

    Several fit: the one whose title is the description's office word for word ("the president" of
    "President X" beside "parallel president Y"), when only one's is; for a description that names no owner,
    an office an organization owns ("X, president of the <Group>": ``bodies``, the organizations' ids) is not
    the office word for word ("the President" beside a parliamentary group's president). "The new <office>"
    with several holders: the one the story first gives the office latest (the others held it before), when
    that date is unique. ``day``: the report's date; a role read ``ROLE_DAYS`` from it is left out
    (:func:`_role_apart`).
    """
    strong: dict[str, str] = {}
    weak: dict[str, str] = {}
    exact: set[str] = set()
    for e in people:
        for r in e.roles:
            if day and _role_apart(r.date, day):
                continue
            lead = not fits(words, r.title, to)
            if lead and not leads(words, r.title):
                continue
            if owner_name and serves(owner_name, r.title):
                continue
            of = {r.of} if r.of and r.of.startswith("ent:") else set()
            if owner and of and not owner & of:
                continue
            named = bool(owner_name and r.of and not of and same_owner(owner_name, r.of))
            if lead and not ((owner and of) or named):
                continue
            held = strong if (owner and of) or named else weak
            held[e.id] = min(held.get(e.id, r.date or "9999"), r.date or "9999")
            if role_words(r.title) == words and (owner or owner_name or r.of not in bodies):
                exact.add(e.id)  # a body's own office is not the bare office ("the president" of a group)
    pick = strong or weak
    if len(pick) == 1:
        return next(iter(pick))
    if len(exact & set(pick)) == 1 and not new:
        return next(iter(exact & set(pick)))
    if new and pick:
        latest = max(pick.values())
        holders = [eid for eid, since in pick.items() if since == latest]
        return holders[0] if len(holders) == 1 and latest != "9999" else None
    return None


# --------------------------------------------------------------------------- the step


def _stored_entities(ctx: FuseContext) -> list[Entity]:
    if ctx.store is None or ctx.state.get("full_resolution") is True:
        return []
    read = getattr(ctx.store, "stored_entities", None)  # without their mention lists, read when used
    return list(read() if read is not None else ctx.store.entities())


def _stored_folds(ctx: FuseContext) -> dict[str, str] | None:
    """The folded keys the store keeps of its entities' names (:meth:`storyline.store.base.Store.name_folds`),
    if it keeps them for this code."""
    read = getattr(ctx.store, "name_folds", None)
    return read(entity_keys_version()) if read is not None else None


def resolve(ctx: FuseContext) -> list[Entity]:
    """Cluster the units to resolve (all articles, or only new ones against the store) into entities."""
    stored = _stored_entities(ctx)
    incremental = bool(stored)
    ids = sorted(ctx.new if incremental else ctx.analyses)
    holding = {id(e) for e, *_ in spans_in(stored, set(ids))}  # (a stored entity of none of them is not read)
    stored = [_without_articles(e, set(ids)) if id(e) in holding else e for e in stored]
    analyses = [ctx.analyses[i] for i in ids if i in ctx.analyses]
    folds = _stored_folds(ctx) if incremental else None
    corpus = Corpus.of(ctx.analyses.values(), stored, folds)
    corpus.incidents = doc_clusters(ctx)
    fresh: list[Unit] = []
    for a in analyses:
        art = ctx.articles.get(a.article)
        fresh += units_of(a, art.text if art else "")
    met = meeting(ctx.store, stored, fresh, corpus) if incremental else None
    big: set[str] = set()
    if met is not None:
        units = [stored_unit(e) for e in met[0]]
        big = met[1]
    else:
        units = [stored_unit(e) for e in stored if e.aliases]
    n_stored = len(units)  # stored units first: two of them never merge (see link_pairs)
    units += fresh
    n_fixed = n_stored if incremental else 0
    pairs = link_pairs(units, corpus, stored=n_fixed, big=big)
    if incremental:
        units, n_fixed, pairs = touched_by(units, n_fixed, pairs,
                                           longer_names(ctx.store, stored) if met is not None else None)
    links = resolve_short_forms(units, pairs, corpus, stored=n_fixed)
    lazy = LazyCosines(ctx, units) if ctx.config.use_embeddings else None
    clusters = cluster_units(units, corpus, None, links, lazy)
    log.debug("entities: %d units, %d links, %d contexts embedded", len(units), len(links),
              len(lazy.vectors) if lazy else 0)
    roles = _roles_by_chain(analyses)
    clusters = join_spelling_variants(clusters, corpus, roles)
    clusters = join_capitals(clusters)
    clusters = join_city_facilities(clusters, corpus)
    taken = {e.id for e in stored}
    StoredEntity.read_all(c.stored for c in clusters if c.stored is not None)  # (at once, not one by one)
    entities = [build_entity(c, roles, taken, corpus) for c in clusters]
    kept = {e.id for e in entities}
    entities += [e for e in stored if e.id not in kept]  # stored entities no new article touched
    entities = _resolve_role_owners(sorted(entities, key=lambda e: e.id))
    published = {aid: art.published for aid, art in ctx.articles.items()}
    return attach_nominals(attach_descriptions(entities, analyses, folds, published), analyses, ctx.analyses.values(),
                           corpus.incidents)


class _AnyWord(set[str]):
    """Every word is in it: :func:`block_keys` with it as demonyms makes the keys of a name read without its
    first word, as any corpus that takes that word for a nationality reads it."""

    def __contains__(self, word: object) -> bool:
        return True


_NO_CORPUS = Corpus()
_EVERY_DEMONYM = Corpus(demonyms=_AnyWord())


def entity_keys(entity: Entity) -> set[str]:
    """What a store keeps to find the stored entities new names can meet (issue 11: an incremental run reads
    those, not every stored entity's keys): the keys :func:`block_keys` gives the entity's unit whatever the
    corpus, those that depend on it (a leading nationality word) marked ``?``, and its person keys
    (``pf:``/``pe:``, :func:`_person_keys`). The acronyms a run defines are found by the long form's ``f:`` key.
    """
    u = stored_unit(entity)
    plain: set[str] = set()
    maybe: set[str] = set()
    for form, n in u.forms.items():  # a form reads its first word as a nationality or not, each on its own
        one = replace(u, forms=Counter({form: n}), _heads=None)
        without, with_ = block_keys(one, _NO_CORPUS), block_keys(one, _EVERY_DEMONYM)
        plain |= without & with_
        maybe |= without ^ with_
    first, every = _person_keys(u)
    return plain | {"?" + k for k in maybe - plain} | {"pf:" + k for k in first} | {"pe:" + k for k in every}


#: what the store keeps with each entity and name, made by this code: its blocking keys and the names' folds
KEY_FUNCTIONS = ("entity_keys", "folded_key")


def entity_keys_version() -> str:
    """What :func:`entity_keys` and the kept name folds depend on: the definitions of this module they reach and
    the modules those import, whole (:func:`storyline.source_closure.closure`: name keys, the lexicons). Keys
    kept by another version are stale: a store then reads every entity again and keeps the keys anew (at 5k
    stored articles about 3 s once), so an edit elsewhere in this module (a resolution rule) keeps them."""
    global _KEYS_VERSION
    if _KEYS_VERSION is None:
        _KEYS_VERSION = closure_hash(__name__, KEY_FUNCTIONS)
    return _KEYS_VERSION


_KEYS_VERSION: str | None = None


def meeting(store: object, stored: list[Entity], fresh: list[Unit], corpus: Corpus
            ) -> tuple[list[Entity], set[str]] | None:
    """The stored entities whose units :func:`link_pairs` and :func:`touched_by` can pair with the ``fresh``
    units, found by the keys the store keeps (:func:`entity_keys`), and the keys whose block is big among all
    stored units; None when the store keeps no keys of this version (then every stored unit is read).

    Exact (issue 11: an incremental run's cost): of a small block holding a fresh unit, every stored unit is
    read; of a big one (:data:`BIG_BLOCK`), whose fresh units pair with its first member and their neighbour
    only, the first and the last stored member. :func:`touched_by`'s persons are read by their keys: those
    a fresh name finds here; the longer names of the stored short forms it keeps afterwards
    (:func:`longer_names`), once it knows which those are.
    """
    lookup = getattr(store, "entity_key_rows", None)
    sizes = getattr(store, "entity_key_blocks", None)
    if lookup is None or sizes is None or not fresh:
        return None
    version = entity_keys_version()
    fresh_keys: Counter[str] = Counter(k for u in fresh for k in block_keys(u, corpus))
    longs = {"a:" + short: {"f:" + long for long in longs} for short, longs in corpus.acronyms.items()}
    index = [_person_keys(u) for u in fresh]
    persons = {"pf:" + k for _, every in index for k in every} | {"pe:" + k for first, _ in index for k in first}
    plain: dict[str, tuple[int, str, str]] | None = sizes(version, fresh_keys)  # key -> (count, first, last)
    rows: list[tuple[str, str]] | None = lookup(version, {*("?" + k for k in fresh_keys), *persons,
                                                          *(f for k in fresh_keys if k in longs for f in longs[k])})
    if plain is None or rows is None:
        return None
    by_id = {e.id: e for e in stored if e.aliases}  # in unit order
    order = {eid: i for i, eid in enumerate(by_id)}
    extra = _conditional_members(rows, fresh_keys, longs, by_id, corpus)
    big = {k for k in fresh_keys if plain.get(k, (0,))[0] + len(extra.get(k, ())) + fresh_keys[k] > BIG_BLOCK}
    found = {eid for k, eid in rows if k in persons}
    for k in big:  # its first and last stored member: the fresh units' star and chain neighbour
        ends = [eid for eid in (*extra.get(k, ()), *(plain[k][1:] if k in plain else ())) if eid in order]
        found |= {min(ends, key=order.__getitem__), max(ends, key=order.__getitem__)} if ends else set()
    found |= {eid for k, ids in extra.items() if k not in big for eid in ids}
    found |= {eid for _, eid in lookup(version, [k for k in fresh_keys if k not in big]) or ()}  # every member
    found &= by_id.keys()
    return [e for eid, e in by_id.items() if eid in found], big


def longer_names(store: object, stored: list[Entity]) -> Callable[[list[Unit], set[str]], list[Unit]]:
    """What :func:`touched_by` asks of a store that keeps entity keys: the stored persons (not among ``read``,
    entity ids) that may hold every token of these short forms, found by their first tokens' keys (issue 11:
    read for the short forms a run keeps, not for every person its blocks meet: on a 19k store that took in
    7,000 more stored entities, most of which no new name can change)."""
    lookup: Callable[..., list[tuple[str, str]] | None] = getattr(store, "entity_key_rows", lambda *_: None)
    by_id = {e.id: e for e in stored if e.aliases}

    def read(shorts: list[Unit], known: set[str]) -> list[Unit]:
        firsts = {"pe:" + k for u in shorts for k in _person_keys(u)[0]}
        found = {eid for _, eid in lookup(entity_keys_version(), firsts) or ()} & by_id.keys()
        return [stored_unit(by_id[eid]) for eid in sorted(found - known)]

    return read


def _conditional_members(rows: list[tuple[str, str]], fresh_keys: Mapping[str, int],
                         longs: Mapping[str, set[str]], by_id: Mapping[str, Entity], corpus: Corpus
                         ) -> dict[str, set[str]]:
    """Fresh key -> the stored entities that hold it in this run's corpus only through a key that depends on
    it (``?``: a nationality word; an acronym's long form), not plainly (those the store counts)."""
    held: dict[str, set[str]] = defaultdict(set)
    for k, eid in rows:
        if eid in by_id:
            held[k].add(eid)
    out: dict[str, set[str]] = {}
    keys_of: dict[str, tuple[set[str], set[str]]] = {}
    for k in fresh_keys:
        for eid in held.get("?" + k, set()).union(*(held.get(f, ()) for f in longs.get(k, ()))):
            if eid not in keys_of:
                keys_of[eid] = block_keys(stored_unit(by_id[eid]), corpus), entity_keys(by_id[eid])
            true, kept = keys_of[eid]
            if k in true and k not in kept:
                out.setdefault(k, set()).add(eid)
    return out


def touched_by(units: list[Unit], stored: int, links: list[tuple[int, int, float]],
               longer: Callable[[list[Unit], set[str]], list[Unit]] | None = None
               ) -> tuple[list[Unit], int, list[tuple[int, int, float]]]:
    """The units an incremental run resolves: the new ones and the stored ones they can change, with the
    ``stored`` count and the ``links`` (from :func:`link_pairs`) renumbered (issue 11: a run's cost).

    Stored units never merge with one another, so one meets the new units only through a link or, for
    persons, as a short form's candidate (:func:`short_forms`: a name holding every token of the other,
    :func:`_person_candidates`), either way: a stored name holding every token of a new one, or a new name
    holding every token of a stored one. A stored short form kept so is judged against its other longer names
    too: the stored persons holding every token of it, among ``units`` and, given ``longer``
    (:func:`longer_names`), those the store holds besides. Every other stored unit would stay a cluster of its
    own, and its entity is kept as it is.
    """
    near = {k for i, j, _ in links for k in (i, j) if k < stored}
    old = _person_token_index(units[:stored])
    new = _person_token_index(units[stored:])
    for u in units[stored:]:
        if u.label == PERSON:
            near |= _person_candidates(u, old)
    near |= {i for i in range(stored) if units[i].label == PERSON and _person_candidates(units[i], new)}
    shorts = sorted(i for i in near if units[i].label == PERSON)
    pool = units[:stored]
    if longer is not None and shorts:
        more = longer([units[i] for i in shorts], {u.stored.id for u in pool if u.stored is not None})
        if more:  # the index of the pool: the others' keys taken in, numbered after the stored units
            pool = [*pool, *more]
            for key, found in _person_token_index(more).items():
                old[key] |= {i + stored for i in found}
    for i in shorts:
        near |= _person_candidates(units[i], old)
    kept = sorted(near)
    if len(pool) > stored:  # the longer names read besides go in entity id order, as the others were read
        kept.sort(key=lambda i: pool[i].key)
    at = {old_i: k for k, old_i in enumerate(kept)}
    n = len(kept)

    def renumbered(i: int) -> int:
        return at[i] if i < stored else n + i - stored

    return ([pool[i] for i in kept] + units[stored:], n,
            [(renumbered(i), renumbered(j), link) for i, j, link in links])


def _person_keys(u: Unit) -> tuple[set[str], set[str]]:
    """A person unit's keys in :func:`_person_token_index` (every token and pair of tokens) and those of its
    first tokens, by which :func:`_person_candidates` finds the names holding all of its tokens; none for
    other units."""
    if u.label != PERSON:
        return set(), set()
    first: set[str] = set()
    every: set[str] = set()
    for h in u.heads():
        toks = name_tokens(h)
        every |= _token_keys(toks)
        first |= {skeleton(t) for t in (toks[:1] + ([toks[0] + toks[1]] if len(toks) > 1 else []))}
    return first, every


def _without_articles(e: Entity, articles: set[str]) -> Entity:
    """A stored entity minus the mentions of articles being (re-)resolved now."""
    if not any(s.article in articles for s in e.mentions):
        return e
    mentions = tuple(s for s in e.mentions if s.article not in articles)
    aliases: Counter[str] = Counter(e.aliases)
    for s in e.mentions:
        form = clean_surface(s.text)
        if s.article in articles and aliases.get(form, 0) > 0:
            aliases[form] -= 1
    aliases = +aliases  # drop the forms no mention carries any more
    return replace(e, mentions=mentions, aliases=dict(aliases) or e.aliases,
                   roles=tuple(r for r in e.roles if r.article not in articles),
                   metonymy=tuple(s for s in e.metonymy if s.article not in articles))


def incident_scope(ctx: FuseContext) -> dict[str, str]:
    """Article id -> the incident its unnamed participants belong to: its document cluster
    (:func:`storyline.fuse.doc_clusters.doc_clusters`: the articles that tell one incident), else its story.

    A story cluster holds a topic, and may split one incident's coverage (the follow-ups told with other
    words) or hold two incidents of one kind; "the gunman" of one incident is one person across the
    articles that tell it, which the document clusters group."""
    incidents = doc_clusters(ctx)
    return {a: f"incident:{incidents[a]}" if a in incidents else f"story:{st.id}"
            for st in ctx.story.stories for a in st.articles}


#: the fewest of an unnamed participant's roles another entity must share for the two to join
ROLES_SHARED = 2


def join_by_roles(entities: list[Entity], analyses: Iterable[ArticleAnalysis], events: Iterable[Event],
                  incident_of: Mapping[str, str] | None = None) -> tuple[list[Entity], dict[str, str]]:
    """Unnamed participants (entities with no name: "the woman", "the raiders") joined to the entity that plays
    their part in the same actions of other articles: the victim of one incident's killing named in one article
    and "the woman" in the others; "the raiders" of some articles and "the attackers" of others.

    A participation is (action, role, article): the participant of an event mention (``actor``, ``target``,
    ...) whose fused event chain (``Event.chains``: one action told across articles) it is. An unnamed entity
    joins the entity with which it shares the most participations of other articles, at least
    :data:`ROLES_SHARED`, when it is also that entity's best unnamed partner (one participant of an action
    per role: the two best matches must choose each other), both persons or neither, and a plural noun
    ("the attackers") never a named person. With ``incident_of`` (article -> its incident,
    :func:`incident_scope`) a participation counts only beside articles of its own incident: one fused event
    may hold two incidents of one kind (two hit-and-runs), whose victims are two people. An entity read as the
    doer of an action in some articles and as the one it was done to in others has no known part in it
    (:func:`_unequivocal`): those participations are no evidence. Returns the entities and what joined what
    (absorbed id -> id).
    """
    analyses = list(analyses)
    roles = _unequivocal(_participations(entities, analyses, events))
    if not roles:
        return entities, {}
    by_id = {e.id: e for e in entities}
    plural = _plural_entities(entities, analyses)
    by_key: dict[tuple[str, int, str], set[tuple[str, str]]] = defaultdict(set)  # (event, chain, role) -> (eid, art)
    actions: dict[tuple[str, int], set[str]] = defaultdict(set)  # (event, chain) -> the roles played in it
    for eid, parts in roles.items():
        for ev, chain, role, article in parts:
            by_key[(ev, chain, role)].add((eid, article))
            actions[(ev, chain)].add(role)
    best: dict[str, tuple[int, str]] = {}  # unnamed id -> (support, partner id)
    wanted: dict[str, list[tuple[int, str]]] = defaultdict(list)  # partner id -> [(support, unnamed id)]
    for eid in sorted(roles):
        e = by_id[eid]
        if e.aliases:
            continue
        support: Counter[str] = Counter()
        against: Counter[str] = Counter()  # the other takes part in the action, never in this one's part
        for ev, chain, role, article in roles[eid]:
            same = {o for o, art in by_key[(ev, chain, role)] if o != eid and art != article
                    and (incident_of is None or incident_of.get(art, art) == incident_of.get(article, article))}
            for other in same:
                support[other] += 1
            for part in actions[(ev, chain)] - {role}:
                for other in {o for o, _ in by_key[(ev, chain, part)]} - same - {eid}:
                    against[other] += 1
        fitting = [(n, o) for o, n in support.items()
                   if n >= ROLES_SHARED and n >= 2 * against[o] and (e.type == PERSON) == (by_id[o].type == PERSON)
                   and (eid in plural) == (o in plural) and not (eid in plural and by_id[o].aliases)]
        if not fitting:
            continue
        fitting.sort(reverse=True)
        if len(fitting) > 1 and fitting[1][0] == fitting[0][0]:
            continue
        best[eid] = fitting[0]
        wanted[fitting[0][1]].append((fitting[0][0], eid))
    joined: dict[str, str] = {}
    for eid, (n, other) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0])):  # the best supported first
        rivals = sorted(wanted[other], reverse=True)
        if rivals[0][1] != eid or (len(rivals) > 1 and rivals[1][0] == n):
            continue
        if other in best and best[other][1] != eid:
            continue  # an unnamed partner that prefers a third entity
        if other in joined or eid in joined.values():
            continue
        if not by_id[other].aliases and len(by_id[other].mentions) < len(by_id[eid].mentions):
            eid, other = other, eid  # two unnamed: the larger keeps its id
        joined[eid] = other
    if not joined:
        return entities, {}
    into: dict[str, list[Span]] = defaultdict(list)
    for gone, kept in joined.items():
        into[kept] += by_id[gone].mentions
    out = []
    for e in entities:
        if e.id in joined:
            continue
        if e.id in into:
            types = Counter(e.types)
            if not e.aliases:
                for g in (g for g, k in joined.items() if k == e.id):
                    types.update(by_id[g].types)
            e = replace(e, mentions=tuple(sorted(set(e.mentions) | set(into[e.id]),
                                                 key=lambda s: (s.article, s.start, s.end))), types=dict(types))
        out.append(e)
    return out, joined


def _participations(entities: list[Entity], analyses: list[ArticleAnalysis], events: Iterable[Event]
                    ) -> dict[str, set[tuple[str, int, str, str]]]:
    """Entity id -> its (fused event, chain index, role, article) participations: each participant of an event
    mention taken by the entity of its mention that ends the participant's span (its head: "the crown" of "the
    Sarn Boxing Council's crown"), else of the first of its mentions inside the span ("the driver" of "the driver
    of the car"); pronouns are left out (a wrong antecedent would bring its part along)."""
    pronoun = {(m.article, m.start, m.end) for a in analyses for m in a.mentions if m.kind == "pronoun"}
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    told = {a.article for a in analyses}  # (the mentions of other articles are never read: most of a large store's)
    for e, article, start, end in spans_in(entities, told):
        if (article, start, end) not in pronoun:
            spans[article].append((start, end, e.id))
    for lst in spans.values():
        lst.sort()
    place: dict[str, tuple[str, int]] = {}
    for ev in events:
        for n, chain in enumerate(ev.chains or (ev.mention_ids,)):
            for mid in chain:
                place[mid] = (ev.id, n)
    out: dict[str, set[tuple[str, int, str, str]]] = defaultdict(set)
    for a in analyses:
        for m in a.events:
            if m.id not in place:
                continue
            for p in m.participants:
                inside = [(e != p.end, s, eid) for s, e, eid in spans.get(a.article, ()) if p.start <= s and e <= p.end]
                eid = min(inside)[2] if inside else None
                if eid is not None:
                    out[eid].add((*place[m.id], p.role, a.article))
    return out


#: the parts of one action that exclude each other: the doer and the one it is done to
_OPPOSED_PARTS = frozenset({"actor", "target"})


def _unequivocal(roles: dict[str, set[tuple[str, int, str, str]]]) -> dict[str, set[tuple[str, int, str, str]]]:
    """The participations without those in an action where the entity is read both as its doer and as the one
    it was done to ("the woman" the actor of a hit-and-run in one article and its target in another: the
    parse, not the text, is unsure of her part, so it says nothing about who else played it)."""
    parts: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for eid, said in roles.items():
        for ev, chain, role, _ in said:
            parts[(eid, ev, chain)].add(role)
    out = {eid: {p for p in said if not parts[(eid, p[0], p[1])] >= _OPPOSED_PARTS} for eid, said in roles.items()}
    return {eid: said for eid, said in out.items() if said}


def _plural_entities(entities: list[Entity], analyses: list[ArticleAnalysis]) -> set[str]:
    """Entities most of whose mentions are of noun chains given in the plural ("the attackers")."""
    plural: dict[tuple[str, int, int], bool] = {}
    for a in analyses:
        chains = a.extras.get("noun_chains", {})
        for m in a.mentions:
            if m.chain in chains:
                plural[(a.article, m.start, m.end)] = bool(chains[m.chain]["plural"])
    said: dict[str, list[bool]] = defaultdict(list)
    for e, article, start, end in spans_in(entities, {a.article for a in analyses}):
        if (k := (article, start, end)) in plural:
            said[e.id].append(plural[k])
    return {eid for eid, votes in said.items() if sum(votes) * 2 > len(votes)}


@fuse_step("participants")
def fuse_participants(ctx: FuseContext) -> None:
    """Unnamed participants (:func:`noun_entities`) of the articles in ``ctx.analyses``, incident by incident
    (:func:`incident_scope`).

    Runs after ``stories`` (its clusters keep "the gunman" of two stories apart where no document cluster
    says more). An incremental run re-fuses only the scope's articles: the unnamed participants stored for
    them are made again.
    """
    scope = set(ctx.analyses)
    story_of = incident_scope(ctx)
    dropped = {e.id for e, *_ in spans_in([e for e in ctx.story.entities if not e.aliases], scope)}
    kept = [e for e in ctx.story.entities if e.id not in dropped]
    event_of = {mid: ev.id for ev in ctx.story.events for mid in ev.mention_ids}
    entities = noun_entities(kept, [ctx.analyses[a] for a in sorted(scope)], story_of=story_of, event_of=event_of,
                             texts={a: art.text for a, art in ctx.articles.items()})
    entities, joined = join_by_roles(entities, [ctx.analyses[a] for a in sorted(scope)], ctx.story.events,
                                     incident_of=story_of)
    ctx.story.entities = entities
    for e in entities:
        if e.id in joined.values():
            for s in e.mentions:
                ctx.mention_entity[(s.article, s.start, s.end)] = e.id
    ctx.mention_entity = {k: v for k, v in ctx.mention_entity.items() if v not in dropped}
    for e, article, start, end in spans_in(entities, ctx.state.get(MAPPED_KEY, set())):
        ctx.mention_entity.setdefault((article, start, end), e.id)


def unmarked_names(entities: list[Entity], analyses: Iterable[ArticleAnalysis], texts: dict[str, str]
                   ) -> list[Entity]:
    """Names the tagger did not mark in an article, found by what the story knows: a person's last name
    ("Hale said", where another article has "Viktor Hale"), a given name the story also calls the person by
    alone ("Viktor did not eat", where articles have "Viktor Hale" and "Viktor" alone), and an organization's
    acronym ("FSB") when one
    entity of the story only has it, with the given name before it when that is the person's name spelled
    another way ("Andrii Hale" for "Andriy Hale"). Not inside a mention, nor a word of another capitalized
    name ("Hale Street"); a title before it is no name ("Mr Hale" is Hale)."""
    owners = _unmarked_words(entities)
    analyses = list(analyses)
    # the words a text can show (issue 11: not an alternation of every stored person's last name, compiled each
    # run): a word of word characters is found only as a whole run of them, which the texts must hold
    runs = {w for a in analyses for w in _WORD_RUN.findall(texts.get(a.article, ""))}
    wanted = [w for w in sorted(owners, key=len, reverse=True) if w in runs or not _WORD_RUN.fullmatch(w)]
    if not wanted:
        return entities
    find = _word_finder(wanted)
    by_id = {e.id: e for e in entities}
    added: dict[str, list[Span]] = defaultdict(list)
    for a in analyses:
        text = texts.get(a.article, "")
        taken = [(m.start, m.end) for m in a.mentions]
        for start, end in find(text):
            eid = owners[text[start:end]]
            span = _unmarked_span(text, start, end, by_id[eid])
            if span is not None and not any(s < span[1] and span[0] < e for s, e in taken):
                added[eid].append(Span(a.article, span[0], span[1], text[span[0]:span[1]]))
    if not added:
        return entities
    out = []
    for e in entities:
        if e.id in added:
            aliases = Counter(e.aliases)
            aliases.update(clean_surface(s.text) for s in added[e.id])
            e = replace(e, aliases=dict(aliases), mentions=tuple(sorted(e.mentions + tuple(added[e.id]),
                                                                       key=lambda s: (s.article, s.start, s.end))))
        out.append(e)
    return out


#: a run of word characters (what :func:`unmarked_names`' pattern finds a word of them as)
_WORD_RUN = re.compile(r"\w+")


def _word_finder(words: list[str]) -> Callable[[str], list[tuple[int, int]]]:
    """What finds the spans of ``words`` in a text, each whole: no word character, hyphen or apostrophe right
    before it, no word character or hyphen right after it; left to right, a longer word first where two start at
    one place (``words`` longest first). When every word is a run of word characters, such a word is a whole run
    of the text, which is looked up (the same spans as the pattern of all the words, which tries each word at each
    place of a text: issue 11, a list of some thousand names over every article)."""
    if all(_WORD_RUN.fullmatch(w) for w in words):
        wanted = set(words)

        def runs(text: str) -> list[tuple[int, int]]:
            return [(m.start(), m.end()) for m in _WORD_RUN.finditer(text) if m.group() in wanted
                    and not (m.start() and text[m.start() - 1] in "-'’") and not text.startswith("-", m.end())]
        return runs
    pattern = re.compile(r"(?<![\w\-'’])(" + "|".join(re.escape(w) for w in words) + r")(?![\w\-])")
    return lambda text: [hit.span(1) for hit in pattern.finditer(text)]


#: the fewest letters of a given name found alone where the tagger did not mark it
GIVEN_ALONE_MIN = 4


def _unmarked_words(entities: list[Entity]) -> dict[str, str]:
    """Last names of persons' full names, given names the story also calls a person by alone, and acronyms of
    groups, each of one entity of the story only (a word another entity is called by, or the last name of two
    people, is nobody's)."""
    words: dict[str, set[str]] = defaultdict(set)
    called: Counter[str] = Counter()
    for e in entities:
        alone = [a for a in e.aliases if len(a.split()) == 1] if e.type == PERSON else []
        for alias in e.aliases:
            toks = alias.split()
            if len(toks) == 1:
                called[alias] += 1
            if e.type == PERSON and len(toks) > 1:
                last = bare_last_name(alias)
                if len(last) > 2 and last[0].isupper() and last[1:].islower() and not is_title_word(last):
                    words[last].add(e.id)
                first = toks[0]
                # a given name the story calls the person by alone (in some spelling): "Andrei" where one
                # article has "Andrey" alone and another "Andrei Vesk"
                if len(first) >= GIVEN_ALONE_MIN and first[0].isupper() and first[1:].islower() \
                        and not is_title_word(first) and first.lower() not in STOPWORDS \
                        and any(tokens_match(first, a) and a != bare_last_name(alias) for a in alone):
                    words[first].add(e.id)
            elif e.type in GROUPS and len(toks) == 1 and is_acronym(alias) and alias.isalpha() and len(alias) >= 3:
                words[alias].add(e.id)
    by_id = {e.id: e for e in entities}  # (not a scan of every entity per word: 31k entities x 9k words at 19k)
    return {w: next(iter(ids)) for w, ids in words.items()
            if len(ids) == 1 and called[w] <= sum(w in by_id[i].aliases for i in ids)}


def _unmarked_span(text: str, start: int, end: int, e: Entity) -> tuple[int, int] | None:
    """The span of a found last name or acronym: with the capitalized word before it when that makes the
    entity's name ("Andrii Hale"); None when it is part of another capitalized name."""
    if re.match(r"[ \-][A-Z]", text[end:end + 2]):
        return None  # "Hale Street", "FSB Director": another name
    before = re.search(r"([A-Z][\w’'.-]*) $", text[max(0, start - 30):start])
    if before is None or is_title_word(before.group(1)):
        return start, end
    word = before.group(1)
    if e.type == PERSON and any(person_names_compatible(f"{word} {text[start:end]}", alias)
                                for alias in e.aliases if len(alias.split()) > 1):
        return start - len(word) - 1, end
    if word.lower() in STOPWORDS and re.search(r"(?:^|[.!?:;\n\"“])\s*\S+\s$", text[max(0, start - 32):start]):
        return start, end  # "Then Hale": a function word opening the sentence
    return None


#: the memos of one name's facts the pair rules fill (:data:`_country_name`), emptied after the entities step with
#: the name keys' caches (:func:`storyline.fuse.release`)
STEP_CACHES["entities"] = (_country_name, _numbered_name, _body_form_of, _core_of)


@fuse_step("entities")
def fuse_entities(ctx: FuseContext) -> None:
    """Fill ``ctx.story.entities`` and ``ctx.mention_entity`` (every mention, pronouns included)."""
    entities = resolve(ctx)
    # new articles only in an incremental run (the stored ones were searched when they came)
    todo = ctx.new if ctx.store is not None and ctx.state.get("full_resolution") is not True else set(ctx.analyses)
    entities = unmarked_names(entities, [ctx.analyses[a] for a in sorted(todo) if a in ctx.analyses],
                              {a: art.text for a, art in ctx.articles.items()})
    ctx.story.entities = entities
    map_mentions(ctx, ctx.analyses)


#: state key: the articles whose mentions ``ctx.mention_entity`` holds (:func:`map_mentions`)
MAPPED_KEY = "entities.mapped"


def map_mentions(ctx: FuseContext, articles: Iterable[str]) -> None:
    """Fill ``ctx.mention_entity`` with the mentions of the story's entities in these articles (those of the
    analyses the steps read: the entities step's, and an incremental run's scope and edge,
    :func:`storyline.fuse.incremental.fuse_incremental`; issue 11: not every stored mention). Each span goes to
    the last entity holding it, in the story's order."""
    mapped: set[str] = ctx.state.setdefault(MAPPED_KEY, set())
    todo = set(articles) - mapped
    for e, article, start, end in spans_in(ctx.story.entities, todo):
        ctx.mention_entity[(article, start, end)] = e.id
    mapped |= todo


def spans_in(entities: Iterable[Entity], articles: Collection[str]) -> Iterator[tuple[Entity, str, int, int]]:
    """(entity, article, start, end) of each mention of ``entities`` in ``articles``, entity by entity in their
    order (issue 11: an incremental run reads the mentions of the articles it works on, not every stored
    entity's). A stored entity not read yet (:class:`storyline.model.StoredEntity`) is the entity as stored:
    its spans there come from the store's mention rows of those articles (``source.spans``, its spans in
    article and position order), no mention list read; any other entity's from its mentions."""
    wanted = articles if isinstance(articles, (set, frozenset)) else set(articles)
    asked: dict[int, dict[str, list[tuple[str, int, int]]]] = {}
    for e in entities:
        if isinstance(e, StoredEntity) and not e.read:
            if id(e.source) not in asked:
                asked[id(e.source)] = e.source.spans(wanted) if wanted else {}
            for article, start, end in asked[id(e.source)].get(e.id, ()):
                yield e, article, start, end
        else:
            for m in e.mentions:
                if m.article in wanted:
                    yield e, m.article, m.start, m.end
