"""Countries as a reader knows them: names, capitals, demonyms and the bodies of a state.

"Lima dismissed the allegation", "Peru rejected it" and "the Foreign Affairs Ministry of Peru
said" are one state speaking. The country names, capitals and demonyms are the general lexicon of the
``countryinfo`` package (MIT; 250 countries and territories), read once; where two territories share
a demonym or a capital, the more populous one is meant ("Chinese": China), and a capital two
countries claim is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from storyline.lexicons.seats import seat_country
from storyline.lexicons.titles import STATE_BODIES

#: short names the press uses for a country that the package's alternative spellings lack
SHORT_NAMES = {"britain": "United Kingdom", "america": "United States", "dprk": "North Korea",
               "bosnia": "Bosnia and Herzegovina"}

#: people's words the press uses that the package lacks or spells otherwise: it gives one demonym a country, often
#: the official or an old transliteration ("Kazakhstani", "Tadzhik", "Saudi Arabian", "Argentinean"), where news
#: writes "Kazakh President X", "Saudi officials", "Argentine police". "Korean" is left out: two states bear it.
MORE_DEMONYMS = {
    "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan",
    "saudi": "Saudi Arabia", "argentine": "Argentina", "argentinian": "Argentina", "ecuadorian": "Ecuador",
    "nepali": "Nepal", "azeri": "Azerbaijan", "serb": "Serbia", "croat": "Croatia", "slovenian": "Slovenia",
    "briton": "United Kingdom", "bosnian": "Bosnia and Herzegovina", "icelandic": "Iceland",
    "maldivian": "Maldives", "somalian": "Somalia", "emirati": "United Arab Emirates",
}


#: entries of each one-name memo below: pure functions of a name that entity resolution and the claim steps ask
#: again for every pair they compare (tens of thousands of calls on a 5k store); bounded, as a large store holds
#: more names than that
NAME_MEMO = 32768


@lru_cache(maxsize=NAME_MEMO)
def unaccented(text: str) -> str:
    """"Türkiye" -> "Turkiye": the package spells alternative names without their diacritics."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


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
        for field, table in (("capital", capitals), ("demonym", demonyms)):
            value = info.get(field)
            for v in value if isinstance(value, list) else [value]:
                # a field may list two words in one string ("Bosnian,Herzegovinian")
                for part in v.split(",") if isinstance(v, str) and field == "demonym" else [v]:
                    if isinstance(part, str) and part.strip():
                        key = re.sub(r"\s+d\.?c\.?$", "", part.casefold().strip())  # "Washington D.C."
                        table.setdefault(key, []).append((name, pop))
    for short, name in SHORT_NAMES.items():
        names.setdefault(short, (name, 0))
    caps = {k: v[0][0] for k, v in capitals.items() if len({n for n, _ in v}) == 1}  # a shared capital: no one
    dems = {k: max(v, key=lambda np: np[1])[0] for k, v in demonyms.items()}
    for word, country in MORE_DEMONYMS.items():
        dems.setdefault(word, country)
    # an alternative spelling that is the country's own people's word ("Thai", "Togolese" among Thailand's and
    # Togo's names) names the people: kept as a country's name it hid the demonym (a country named like its
    # people, "Djibouti", keeps its name)
    countries = {k: v[0] for k, v in names.items()
                 if not (k in dems and dems[k] == v[0] and k != v[0].casefold())}
    return countries, caps, dems


@lru_cache(maxsize=NAME_MEMO)
def country_of(name: str) -> str | None:
    """The country a name stands for: itself, its capital ("Lima"), its people ("Chilean"); else None."""
    text = " ".join(name.split())
    countries, capitals, demonyms = _lexicon()
    code = text.replace(".", "")
    if 2 <= len(code) <= 3 and code.isupper():
        return countries.get(code)  # "U.S.", "UK"
    key = re.sub(r"^the\s+", "", unaccented(text).casefold())
    return countries.get(key) or capitals.get(key) or demonyms.get(key) or \
        (demonyms.get(key[:-1]) if key.endswith("s") else None)


@lru_cache(maxsize=NAME_MEMO)
def country_name(name: str) -> str | None:
    """The country a name is a name of ("Türkiye", "Britain", "the Russian Federation", "U.S."): names and their
    alternative spellings only, never a capital or a people's word (those name a city or a people too)."""
    text = " ".join(name.split())
    countries, _, _ = _lexicon()
    code = text.replace(".", "")
    if 2 <= len(code) <= 4 and code.isupper() and code.casefold() in SHORT_NAMES:
        return SHORT_NAMES[code.casefold()]  # "DPRK"
    if 2 <= len(code) <= 3 and code.isupper():
        return countries.get(code)
    return countries.get(re.sub(r"^the\s+", "", unaccented(text).casefold()))


@lru_cache(maxsize=NAME_MEMO)
def capital_country(name: str) -> str | None:
    """The country whose capital a name is ("Lima" -> Peru); None for any other name, and for a capital that bears
    its country's name ("Kuwait": the name is the country's too)."""
    key = re.sub(r"^the\s+", "", unaccented(" ".join(name.split())).casefold())
    _, capitals, _ = _lexicon()
    found = capitals.get(key)
    return None if found is None or country_name(name) is not None else found


@lru_cache(maxsize=NAME_MEMO)
def demonym_country(name: str) -> str | None:
    """The country of a people's name used as an actor ("Chilean said" -> "Chile"); None for other names."""
    key = " ".join(name.split()).casefold()
    countries, _, demonyms = _lexicon()
    if key in countries:
        return None
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


@lru_cache(maxsize=NAME_MEMO)
def state_word(name: str) -> str | None:
    """The country a country's name or its people's word names ("the US", "Norwegian"); None for a capital or
    any other name (a city names where something happened more often than who did it)."""
    text = " ".join(name.split())
    code = text.replace(".", "")
    countries, _, demonyms = _lexicon()
    if 2 <= len(code) <= 3 and code.isupper():
        return countries.get(code)
    key = re.sub(r"^the\s+", "", text.casefold())
    return countries.get(key) or demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


#: a body that speaks for its country's state ("Foreign Affairs Ministry of Peru", "the Chilean government")
STATE_BODY = re.compile(r"\b(?:" + "|".join(STATE_BODIES) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=NAME_MEMO)
def state_of(name: str) -> str | None:
    """The country whose state a body named so speaks for: 'Foreign Affairs Ministry of Peru' -> Peru,
    'Chilean Government' -> Chile, the seat of its government ('the Kremlin' -> Russia); None when it names
    no state body or no country ('Ministry of Defence')."""
    if (seat := seat_country(name)) is not None:
        return seat
    if not STATE_BODY.search(name):
        return None
    words = re.sub(r"['’]s\b", "", name).replace(",", " ").split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            chunk = " ".join(words[i:i + n])
            if chunk[:1].isupper() and (found := country_of(chunk)):
                return found
    return None


@lru_cache(maxsize=1)
def _official_heads() -> dict[str, frozenset[str]]:
    """Folded head of a country's official name of the form "<head> of <name>", of two words or more ("islamic
    republic" of "Islamic Republic of Zarvia", "hashemite kingdom") -> the countries whose official name it heads.
    One-word heads ("Kingdom", "Republic") stay out: a bare word of that kind names too many things."""
    import countryinfo

    heads: dict[str, set[str]] = {}
    for c in countryinfo.all_countries():
        info = c.info()
        name = str(info.get("name") or "")
        for alt in info.get("altSpellings") or ():
            hit = re.match(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+) of (?:the )?[A-Z]", alt) if isinstance(alt, str) \
                else None
            if name and hit is not None:
                heads.setdefault(unaccented(hit.group(1)).casefold(), set()).add(name)
    return {k: frozenset(v) for k, v in heads.items()}


@lru_cache(maxsize=NAME_MEMO)
def official_head_countries(name: str) -> frozenset[str]:
    """The countries whose official name a name is the head of, said alone ("the Islamic Republic" -> the
    countries officially called "Islamic Republic of ..."); empty for any other name."""
    key = re.sub(r"^the\s+", "", unaccented(" ".join(name.split())).casefold())
    return _official_heads().get(key, frozenset())
