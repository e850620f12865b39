"""Known places: country and first-level subdivision names from ISO 3166 (pycountry), as a typing prior.

The small tagger types unfamiliar place names as persons or organizations
(a country's name as a person, "Nigeria" as a nationality, a two-word province as an
organization). The entities step uses these names as a prior for an entity's
type (:func:`storyline.fuse.entities.entity_type`): a country's name is a place
whatever its votes; a province's or state's name is one when any mention calls
it a place. Names are folded like every other name key.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from storyline.analyze.names.keys import folded_key


@lru_cache(maxsize=1)
def _index() -> tuple[frozenset[str], frozenset[str]]:
    countries: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                countries.add(folded_key(value))
                countries.add(folded_key(value.split(",")[0]))  # "Bolivia, Plurinational State of"
    subdivisions = {folded_key(s.name.split(",")[0]) for s in pycountry.subdivisions}
    countries.discard("")
    subdivisions.discard("")
    return frozenset(countries), frozenset(subdivisions - countries)


def known_place(name: str) -> str | None:
    """"country", "subdivision" (a province, state, region of ISO 3166-2) or None for any other name."""
    countries, subdivisions = _index()
    key = folded_key(name)
    if key in countries:
        return "country"
    if key in subdivisions:
        return "subdivision"
    return None
