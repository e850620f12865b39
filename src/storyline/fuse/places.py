"""Which places lie inside which, read off the corpus, and when two places can be where one event happened.

Event fusion treats two different places as a hard stop unless one may hold
the other. Nothing here is a gazetteer of the story's places: containment is
read from the way articles name places, with general patterns over adjacent
place mentions (resolved to cross-document entities):

- "Sarn, in Karvosh province", "Orsk, Valdora", "Mirn, the capital of
  Dovra", "Tolm, the capital of Kessary" -> the first lies in the second;
- "Dovra in Drask", "Vega City Hall in Belogorsk" -> the same;
- "the Dovur district of Valdora" -> Dovur in Valdora;
- "Kessary's Pelt district", "Dovra's Mirn" -> the second in the first;
- "outside X", "near X", "on the outskirts of X" -> near (compatible, not inside).

A list ("Lesk, Orsk and Tarvin") is not containment. Contradictory
readings (A in B and B in A) are dropped. Countries are recognized with the
ISO 3166 English names (pycountry, a general list, not a gazetteer of places
in the news): a country is compatible with any place not
known to lie in another country.

``PlaceGraph.compatible(a, b)``: the same place, one inside the other, a
place known inside or near both (the venue that is "in Belogorsk" and "on
the outskirts of Tarvin"), or a country and a place not known elsewhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from storyline.analyze.names.keys import name_tokens, skeleton_key, tokens_match
from storyline.lexicons.seats import seat_country
from storyline.lexicons.titles import BUILDING_WORDS, COMPASS_WORDS

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "LOCATION", "PLACE"})
#: a demonym shared with dependencies names the country this many times more populous than each of them
DOMINANT = 20
#: direction and terrain adjectives that may stand between a place and the place it lies in
_ADJ = (r"(?:(?:north|south|east|west|central|mid)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|tribal|restive|"
        r"remote|border|coastal|mountainous|rural|troubled|volatile|neighbouring|neighboring|former|semi-autonomous|"
        r"autonomous|federal|occupied|breakaway|disputed)")
_NOUN = (r"(?:capital|city|town|village|district|province|region|state|county|area|tehsil|suburb|governorate|"
         r"oblast|prefecture|municipality|territory|valley|department|heart|centre|center|outskirts)")
_ADJS = rf"(?:{_ADJ}\s+){{0,2}}"
#: a class or site noun after a place's name that the tagger may leave out of it ("the Dovra area", "Tolm station")
_CLASS = (r"(?:area|district|village|town|city|locality|neighbo(?:u)?rhood|suburb|station|market|airport|"
          r"junction|crossing|" + "|".join(sorted({w.lower() for w in BUILDING_WORDS})) + ")")
#: the part of a land a place lies on ("on the west coast of", "on the island of", "on the southern tip of")
_SHORE = r"(?:coast|shore|shores|coastline|island|tip|peninsula|bank|banks)"
#: up to two words describing a place noun ("largest", "second-largest port", "ancient coastal"), not a preposition
#: or an article ("Norland's war in Sudmark" is no containment)
_DESCRIBED = r"(?:(?!(?:in|on|at|near|of|to|from|the|a|an|and|or)\s)[a-z][\w-]*\s+){0,2}"
_REGION = (r"(?:district|province|region|state|county|area|tehsil|governorate|oblast|prefecture|municipality|"
           r"territory|valley|department)")
#: a name that says it is a region ("Karvosh province", "Dovra district")
#: (a valley holds the towns along it: "the Dovra Valley")
REGION_NAME = re.compile(r"\b(?:province|region|state|district|county|governorate|oblast|prefecture|territory|"
                         r"valley)$", re.I)
#: a class word after a place's own name: "Karvosh province", "Dovra City", "the Sarn Strip", "Tolvar Valley" are
#: named after one place and lie in it, hold it, or are it
PLACE_SUFFIX = re.compile(r"\s+(?:province|district|city|region|state|county|governorate|oblast|tehsil|town|"
                          r"valley|strip|area|territory|municipality|prefecture)$", re.I)
#: a road's name ("Halloran Road", "Interstate 15", "the A9 motorway", "Highway 7"): a site along which places lie
ROAD_NAME = re.compile(r"(?:\b(?:road|street|avenue|highway|expressway|motorway|freeway|boulevard|lane|"
                       r"turnpike)$|^(?:interstate|highway|route|motorway|autobahn)\s+[A-Z]?\d+$|^[A-Z]\d+$)", re.I)
#: "the Karvosh border town of Tolvar", "the Valdoran town of X": the second lies in the first
TOWN_OF = re.compile(rf"^\s+{_ADJS}(?:town|city|village|capital|port|hamlet)\s+of\s+$")
_OWNER = r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
#: text between two place mentions A ... B that says A lies in B
INSIDE = (
    # "Orsk, Valdora", "Sarn, in the northern province of", "Sarn, in Valdora's" (a possessor the model
    # did not take for a place)
    re.compile(rf"^\s*,\s*(?:in\s+)?(?:the\s+)?{_OWNER}{_ADJS}(?:{_NOUN}\s+(?:of\s+)?)?$"),
    # "Mirn, the capital of Dovra", "Tolm, the provincial capital of"
    re.compile(rf"^\s*,\s*(?:the\s+)?(?:[a-z]+\s+)?{_NOUN}\s+(?:of|in)\s+(?:the\s+)?{_ADJS}$"),
    # "Dovra in Drask", "Vega City Hall in Belogorsk", "Dovra in the tribal district of Drask", and with the class
    # or site noun the tagger left out of the first name: "the Dovra area in Drask", "Tolm station in Drask"
    # (and a building's: "the Velmar Grand hotel in Kereth"); "in the Dovran capital, Kereth": the noun of a
    # place in apposition, qualified by a country's adjective
    re.compile(rf"^\s+(?:{_CLASS}\s+)?(?:in|inside|within)\s+(?:the\s+)?{_OWNER}{_ADJS}(?:{_NOUN}\s+of\s+|"
               rf"(?:[A-Z][\w'’-]*\s+)?{_ADJS}{_NOUN}\s*,\s*)?$"),
    # "the Dovur district of Valdora" (a town is named the other way round: see TOWN_OF)
    re.compile(rf"^\s+{_ADJS}{_REGION}\s+(?:of|in)\s+(?:the\s+)?{_ADJS}$"),
    # "Pelmi area of the Mirn in Dovra": a place the model did not recognize stands between the two
    re.compile(rf"^\s+{_NOUN}\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,2}}(?:{_NOUN}\s+)?(?:in|of)\s+(?:the\s+)?"
               rf"{_ADJS}$"),
    # "Tolm, on the west coast of Kereth", "Orsk, on the island of Dovra", "Mirn on the southern tip of Tavin"
    re.compile(rf"^\s*,?\s*(?:on|in)\s+(?:the\s+)?{_ADJS}{_SHORE}\s+of\s+(?:the\s+)?$"),
)
#: text between A and B that says B lies in A ("Kessary's Pelt district", "Valdora's northwestern Dovra")
POSSESSOR = re.compile(rf"^['’]s\s+(?:{_ADJS}(?:(?:{_NOUN}|island|peninsula)\s*,?\s+(?:of\s+)?)?|"
                       rf"{_DESCRIBED}{_NOUN}\s*(?:,|\s+of)?\s+)$")
# also "Peru's capital, Lima", "Valdora's largest city of Sarn", "Valdora's second-largest port city, Sarn"
#: text between A and B that says A is near B ("the venue in the outskirts of Tarvin", "a village near Lesk")
NEAR = re.compile(r"^\s*,?\s+(?:[a-z][\w-]*\s+){0,4}(?:near|outside|outskirts\s+of|close\s+to|off|"
                  r"on\s+the\s+edge\s+of)\s+(?:the\s+)?" + _ADJS + r"$")
#: what follows B when A, B ... is a list rather than "A, in B"
LIST_AFTER = re.compile(r"^\s*(?:,|and\b|or\b|&)")
MAX_GAP = 60
#: the shorter of two place names one final letter apart has at least this many letters to be read as the same name
MIN_VARIANT = 6
#: common English names of countries that ISO 3166 spells otherwise
COUNTRY_ALIASES = ("US", "U.S.", "USA", "America", "UK", "U.K.", "Britain", "Great Britain", "Turkey", "Burma",
                   "Czech Republic", "Ivory Coast", "Congo", "Democratic Republic of Congo", "Palestine",
                   "Bosnia", "East Timor", "Swaziland", "the Netherlands", "the United States", "the UK",
                   "Russia", "Brunei", "Cape Verde", "Kosovo", "Vatican City", "Vatican", "Falkland Islands",
                   "Macau", "Palestinian Territories", "Sint Maarten", "Trinidad and Tobago",
                   "Antigua and Barbuda", "Bosnia and Herzegovina", "St Lucia", "St Kitts and Nevis", "UAE", "DRC",
                   "DPRK", "PRC")


#: ISO codes of the common names that ISO 3166 spells otherwise (COUNTRY_ALIASES)
ALIAS_CODES = {
    "us": "US", "u.s.": "US", "usa": "US", "america": "US", "the united states": "US", "uk": "GB", "u.k.": "GB",
    "britain": "GB", "great britain": "GB", "the uk": "GB", "turkey": "TR", "burma": "MM", "czech republic": "CZ",
    "ivory coast": "CI", "congo": "CG", "democratic republic of congo": "CD", "palestine": "PS", "bosnia": "BA",
    "east timor": "TL", "swaziland": "SZ", "the netherlands": "NL", "russia": "RU", "brunei": "BN",
    "cape verde": "CV", "kosovo": "XK", "vatican city": "VA", "vatican": "VA", "falkland islands": "FK",
    "macau": "MO", "palestinian territories": "PS", "sint maarten": "SX", "trinidad and tobago": "TT",
    "antigua and barbuda": "AG", "bosnia and herzegovina": "BA", "st lucia": "LC", "st kitts and nevis": "KN",
    "uae": "AE", "drc": "CD", "dprk": "KP", "prc": "CN"}


def fold(name: str) -> str:
    """A name as the country and gazetteer tables are looked up: lower-cased, without a leading "the", its dots
    and commas. An abbreviation is then one key however its dots fell: "U.S.", "U.S" (the tagger or a
    sentence's end took the final dot), "US" and "the U.S." are "us"; "U.A.E" is "uae"; "Washington D.C" is
    the capital "Washington, D.C."; "St. Lucia" is "St Lucia"."""
    n = " ".join(name.lower().replace(".", " ").replace(",", " ").split()) if "." in name or "," in name \
        else " ".join(name.lower().split())
    n = re.sub(r"\b([a-z]) (?=[a-z]\b)", r"\1", n)  # the letters of "u s a" (from "U.S.A.") run together
    return n[4:] if n.startswith("the ") else n


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    import pycountry

    codes: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                codes.setdefault(fold(value), c.alpha_2)
                codes.setdefault(fold(value.split(",")[0]), c.alpha_2)
    return {**codes, **{fold(k): v for k, v in ALIAS_CODES.items()}}


def country_code(name: str) -> str | None:
    """"Russia", "the Russian Federation" -> "RU": one country under its names, its abbreviation with or
    without dots ("U.S", "U.K.", "UAE": see :func:`fold`) -> "US", "GB", "AE" (None for no country)."""
    return _codes().get(fold(name))


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """(province or state names, capitals) -> ISO code of their country, lower-cased, from the ``countryinfo``
    package (a general world lexicon, not the story's places); a name found in two countries is left out."""
    import countryinfo

    found: dict[str, set[str]] = defaultdict(set)
    capitals: dict[str, set[str]] = defaultdict(set)
    for c in countryinfo.all_countries():
        info = c.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        for prov in info.get("provinces") or ():
            if isinstance(prov, str) and prov.strip():
                found[fold(re.sub(r"\s*\(.*?\)", "", prov))].add(code)
        cap = info.get("capital")
        if isinstance(cap, str) and cap.strip():
            capitals[fold(cap)].add(code)
    one = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    return one, {k: next(iter(v)) for k, v in capitals.items() if len(v) == 1}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Lower-cased demonyms ("peruvian", "chilean") -> ISO code, from ``countryinfo``.

    A demonym shared with a dependency ("French", "Indian", "American": an overseas territory or an island
    group has it too) names the country ``DOMINANT`` times more populous than every other that has it; one
    shared by peers ("Congolese") names none.
    """
    import countryinfo

    found: dict[str, dict[str, int]] = defaultdict(dict)
    for c in countryinfo.all_countries():
        info = c.info()
        code, dem = (info.get("ISO") or {}).get("alpha2"), info.get("demonym")
        if code and isinstance(dem, str) and dem.strip():
            pop, key = info.get("population"), dem.strip().lower()
            found[key][code] = max(pop if isinstance(pop, int) else 0, found[key].get(code, 0))
    out = {}
    for dem, pops in found.items():
        top = max(pops, key=lambda k: (pops[k], k))
        if all(pops[top] > DOMINANT * n for k, n in pops.items() if k != top):
            out[dem] = top
    return out


def nation_of(text: str) -> str | None:
    """The country a name or a word stands for: "Chile", "the Russian Federation", "Santiago" (a capital),
    "Peruvian" (a demonym) -> ISO code; None when it names none."""
    t = text.strip()
    if not t:
        return None
    seat = seat_country(t)  # "the Kremlin": the state whose government sits there
    return country_code(t) or capital_country(t) or _demonyms().get(t.lower()) or (country_code(seat) if seat else None)


def province_country(name: str) -> str | None:
    """"Bavaria" -> "DE": the country of a province or state named so (None when unknown)."""
    return _gazetteer()[0].get(fold(name))


#: the class word of a first-level region after its name ("Karvosh province", "Dovra Oblast"); "state" only
#: after a state the gazetteer knows ("Lorn State" may be a group's name)
PROVINCE_WORD = re.compile(r"\s+(province|governorate|oblast|prefecture|state)$", re.I)


def province_named(name: str) -> bool:
    """Does the name say it is a province ("Karvosh province", "Kano State": a state the gazetteer knows,
    with its class word)? Such a place is where towns lie, as a province of the gazetteer is, not a town."""
    m = PROVINCE_WORD.search(name.strip())
    if m is None or m.start() == 0:
        return False
    return m.group(1).lower() != "state" or province_country(name[:m.start()]) is not None


def capital_country(name: str) -> str | None:
    """"Santiago" -> "CL": the country whose capital is named so."""
    return _gazetteer()[1].get(fold(name))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased English country names (ISO 3166 via pycountry: name, common and official name, the part
    before a comma as in "Iran, Islamic Republic of") and common aliases."""
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names |= {fold(value), fold(value.split(",")[0])}
    return frozenset(names | {fold(a) for a in COUNTRY_ALIASES})


#: the words of a compass point or a half of the world ("the West", "the Global South", "the East")
_BLOC_WORDS = COMPASS_WORDS | frozenset({"the", "global", "northern", "southern", "eastern", "western", "far"})


def bloc_name(name: str) -> bool:
    """Is the name a compass point alone ("the West", "East", "North-East", "the Global South")? News writes such a
    name for a political bloc or a half of the world ("appealed to the West", "sanctions by the West"), or leaves a
    region's name cut short ("West and Central Africa"), never for where an act happened; a place named after a
    point has a word of its own ("West Sarn", "the North Sea", "South Velmora")."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    return bool(words) and all(w in _BLOC_WORDS for w in words) and any(w not in ("the", "global") for w in words)


def is_country_name(name: str) -> bool:
    """Is the name a country's ("the Netherlands", "U.K", "UAE"; folded as :func:`fold`)?"""
    return fold(name) in country_names()


@dataclass(frozen=True)
class PlaceMention:
    """A place mention of one article with its entity id (character offsets into the article text)."""

    start: int
    end: int
    entity: str


@dataclass
class PlaceGraph:
    """Containment (``inside[a]``: places a lies in) and nearness between place entities."""

    inside: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    near: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    countries: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)  # facilities and natural locations (FAC, LOC), not territories
    names: dict[str, str] = field(default_factory=dict)  # entity id -> name
    regions: set[str] = field(default_factory=set)  # provinces and states known to the gazetteer
    landmarks: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # "A near B": B of A
    country_codes: dict[str, str] = field(default_factory=dict)  # place -> ISO code of the country it is or lies in

    def add_inside(self, inner: str, outer: str) -> None:
        if inner != outer:
            self.inside[inner].add(outer)

    def add_near(self, a: str, b: str) -> None:
        if a != b:
            self.near[a].add(b)
            self.near[b].add(a)

    def finish(self) -> None:
        """Drop contradictory pairs (A in B and B in A, a country in a country): containment is a partial order."""
        for a in list(self.inside):
            for b in list(self.inside[a]):
                if a in self.countries and b in self.countries:
                    self.inside[a].discard(b)  # "the areas bordering Karvania in Valdora"
                elif a in self.inside.get(b, ()):
                    self.inside[a].discard(b)
                    self.inside[b].discard(a)
        self._up: dict[str, frozenset[str]] = {}
        self.__dict__.pop("_down", None)

    def ancestors(self, a: str) -> frozenset[str]:
        """Every place ``a`` lies in (transitively)."""
        cache = self.__dict__.setdefault("_up", {})
        if a in cache:
            return cache[a]
        seen: set[str] = set()
        stack = list(self.inside.get(a, ()))
        while stack:
            x = stack.pop()
            if x in seen or x == a:
                continue
            seen.add(x)
            stack += self.inside.get(x, ())
        cache[a] = frozenset(seen)
        return cache[a]

    def country_of(self, a: str) -> frozenset[str]:
        """The countries ``a`` lies in (or is), by ISO code: two entities of one country are one; a province or
        capital the gazetteer knows lies in its country."""
        return frozenset((self.country_codes.get(x) or x) for x in self.ancestors(a) | {a}
                         if x in self.countries or x in self.country_codes)

    def compatible(self, a: str, b: str) -> bool:
        """Can one event have happened at both ``a`` and ``b``? (see the module docstring)

        A site (a building, a venue, a river: FAC/LOC) lies somewhere that
        articles seldom say; when nothing is known of where it lies, it is
        compatible with any territory, otherwise with what its known places are.
        """
        if self._territory_compatible(a, b):
            return True
        for site, other in ((a, b), (b, a)):
            if site in self.sites:
                ups = self.ancestors(site) - self.sites
                return not ups or any(self._territory_compatible(u, other) for u in ups)
        return False

    def _territory_compatible(self, a: str, b: str) -> bool:
        if a == b:
            return True
        ca, cb = self.country_of(a), self.country_of(b)
        if ca and cb and not ca & cb:
            return False  # in two countries
        up_a, up_b = self.ancestors(a), self.ancestors(b)
        if b in up_a or a in up_b:
            return True
        if self.near.get(a, set()) & ({b} | up_b) or self.near.get(b, set()) & ({a} | up_a):
            return True
        below = self._below()
        if below.get(a, set()) & (below.get(b, set()) | self.near.get(b, set())) or \
                below.get(b, set()) & self.near.get(a, set()):
            return True  # something known inside (or near) both
        for country, other in ((a, b), (b, a)):
            if country in self.countries:
                theirs = self.country_of(other)
                return not theirs or bool(self.country_of(country) & theirs)
        if self._same_level(a, b):
            return False  # "X State" and "Y State", two provinces of the gazetteer: neither holds the other
        for region, other in ((a, b), (b, a)):
            if (REGION_NAME.search(self.names.get(region, "")) or region in self.regions) and \
                    other not in self.countries:
                # "Karvosh province" holds towns no article places in it; unless the town is known elsewhere
                known = self.ancestors(other) - self.countries
                return not known or region in known
        return False

    def _same_level(self, a: str, b: str) -> bool:
        """Two regions of one level, which never lie in each other: both named with the same region word ("X
        State", "Y State") or both provinces of the gazetteer (their relation, when the text states one, is
        read before this is asked)."""
        ka, kb = REGION_NAME.search(self.names.get(a, "")), REGION_NAME.search(self.names.get(b, ""))
        if ka and kb:
            return ka.group(0).lower() == kb.group(0).lower()
        return not ka and not kb and a in self.regions and b in self.regions

    def _below(self) -> dict[str, set[str]]:
        cache = self.__dict__.get("_down")
        if cache is None:
            cache = defaultdict(set)
            for a in list(self.inside):
                for up in self.ancestors(a):
                    cache[up].add(a)
            self.__dict__["_down"] = cache
        return cache

    def depth(self, a: str) -> int:
        """How many known places ``a`` lies in (more is more specific)."""
        return len(self.ancestors(a))


#: what may follow "A, B" when B names where A is ("Orsk, Valdora, on Monday"; not "In Lesk, Orsk said")
AFTER_BARE_COMMA = re.compile(rf"^\s*(?:[,.;:)\]]|$|(?:on|in|at|when|where|during|near)\b|{_NOUN}\b)")


def demonym(name: str, names: dict[str, str]) -> bool:
    """"Valdoran" (beside "Valdora"), "Karvanian": an adjective of a place, not a place ("the Valdoran town of X")."""
    low = name.lower()
    lowered = _lowered(names)  # a known name of 4+ letters that this one extends by 1-3 letters
    return any(low[:k] in lowered for k in range(max(4, len(low) - 3), len(low))) or \
        low.endswith(("ian", "ese", "ish", "ani", "ki"))


_LOWERED: list[tuple[dict[str, str], int, frozenset[str]]] = []


def _lowered(names: dict[str, str]) -> frozenset[str]:
    """The lower-cased names of 4+ letters of ``names``, kept for the last dict asked about: a step asks
    :func:`demonym` once per place mention with one names dict (was: a scan of every name per call, which
    cost 10 s of fusion on a 5k-article store)."""
    if not _LOWERED or _LOWERED[0][0] is not names or _LOWERED[0][1] != len(names):
        _LOWERED[:] = [(names, len(names), frozenset(n.lower() for n in names.values() if len(n) >= 4))]
    return _LOWERED[0][2]


#: what stands before a name that is a place, not an adjective of one: "near Dovran in Drask", "the village of
#: Dovran" name a town Dovran (beside a town Dovra) whatever its spelling says
PLACE_BEFORE = re.compile(r"\b(?:(?:in|at|near|outside|from)\s+(?:the\s+)?|"
                          r"(?:city|town|village|district|province|region|state|county|area|suburb|port)\s+of\s+)$",
                          re.I)


#: what stands before a name its sentence sets something in (a locative: "in Sarn", "at the Velm House", "near
#: the Dovran capital, "in the Karvoshi province of Tolm", "across Valdora's eastern Dovur district"); not a name
#: that only modifies a noun ("the Sarn convention", "a Tolvan judge"), the object of a verb ("addressed Sarn"),
#: where a thing comes from ("students from Lesk") or a topic ("talks on Sarn")
SET_IN = re.compile(
    r"\b(?:in|at|near|outside|inside|across|throughout|around|within|outskirts\s+of)\s+(?:(?:the|a|an)\s+)?"
    rf"{_OWNER}(?:(?!(?:in|on|at|near|of|to|from|by|for|with|and|or|the|a|an)\s)"
    r"(?:[a-z][\w-]*|[A-Z][\w-]*(?:an|ese|ish|i))\s+){0,2}"
    rf"(?:{_NOUN}\s+(?:of\s+)?(?:the\s+)?|{_NOUN}\s*,\s+)?$")

#: what follows a place's name that owns something other than a part of the land ("at Sarn's vigorous calls", "in
#: protest at Valdora's decision", "in Lesk's view"): a government named by its capital or country, whose act or
#: words the phrase is about, not a place the sentence sets anything in; a place noun or a site after it ("in
#: Valdora's eastern Dovur district", "at Sarn's main airport") still sets it there
OWNS_NON_PLACE = re.compile(rf"['’]s\s+(?!(?:[\w-]+\s+){{0,2}}(?:{_NOUN}|{_CLASS}|{_SHORE})\b)")


def read_relations(graph: PlaceGraph, text: str, places: list[PlaceMention], names: dict[str, str] | None = None
                   ) -> None:
    """Add what one article says about its places (mentions in text order, resolved to entities)."""
    names = names or {}
    # a common noun the tagger took for a place ("the west coast", "the metro") names nothing and stands
    # between two names: "Tolm, on the west coast of Kereth"
    ordered = sorted((p for p in places if any(ch.isupper() for ch in text[p.start:p.end])), key=lambda p: p.start)
    for i, (a, b) in enumerate(pairwise(ordered)):
        gap = text[a.end:b.start]
        if len(gap) > MAX_GAP or a.entity == b.entity:
            continue
        nxt = ordered[i + 2] if i + 2 < len(ordered) else None
        after = text[b.end:b.end + 20]
        # (not the same place named again in apposition: "the Velmar Grand hotel in the Dovran capital, Kereth")
        listed = bool(LIST_AFTER.match(after)) and nxt is not None and nxt.start - b.end < 12 and \
            nxt.entity != b.entity
        if POSSESSOR.match(gap) or TOWN_OF.match(gap):
            graph.add_inside(b.entity, a.entity)
        elif NEAR.match(gap):
            graph.add_near(a.entity, b.entity)
            graph.landmarks[a.entity].add(b.entity)  # "Belogorsk near Mosk": Mosk only points the way
        elif any(p.match(gap) for p in INSIDE) and not listed and \
                (PLACE_BEFORE.search(text, max(0, a.start - 12), a.start) or
                 not demonym(names.get(a.entity, ""), names)):
            if gap.strip() == "," and not AFTER_BARE_COMMA.match(after):
                continue
            if nxt is not None and POSSESSOR.match(text[b.end:nxt.start]):
                b = nxt  # "Sarn, in Valdora's Karvosh province": Sarn lies in Karvosh
            graph.add_inside(a.entity, b.entity)


#: text between two places an incident is told in at once ("attacks in Sarn and Tolvar", "in the city of Sarn and
#: in the coastal town of Tolvar", "in Sarn and the provincial capital Tolvar"); a comma before "and" is a list
SPANNED = re.compile(rf"^\s*,?\s+(?:and|as\s+well\s+as)\s+(?:(?:also|in|at)\s+)?(?:the\s+)?"
                     rf"(?:(?:[a-z][\w-]*\s+){{0,2}}{_NOUN}\s+(?:of\s+)?)?$")
LISTED = re.compile(r"^\s*,\s*(?:(?:in|at)\s+)?$")


def spanned_places(graph: PlaceGraph, text: str, at: PlaceMention, places: list[PlaceMention]) -> None:
    """One incident told in several places at once ("coordinated attacks in Sarn and in the town of Tolvar",
    "blasts in Sarn, Kel and Tolvar"): the places of the list are near each other, so that its pieces told in
    each of them may be one incident (two places told apart in other sentences stay apart: a list tied to one
    trigger is what joins them). ``at``: the place mention of the incident's trigger; ``places``: the
    article's place mentions. Countries are never made near: an incident in two countries is two."""
    after = sorted((p for p in places if p.start >= at.end), key=lambda p: p.start)
    chain, end = [at], at.end
    for p in after:
        gap = text[end:p.start]
        if len(gap) > MAX_GAP or "\n" in gap:
            break
        if SPANNED.match(gap):
            chain.append(p)
            break
        if not LISTED.match(gap):
            return
        chain.append(p)
        end = p.end
    else:
        return
    if len(chain) < 2 or not SPANNED.match(text[chain[-2].end:chain[-1].start]):
        return
    ids = [p.entity for p in chain if p.entity not in graph.countries]
    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            graph.add_near(a, b)


def spelling_variants(graph: PlaceGraph, names: dict[str, str]) -> None:
    """Places whose names are transliterations of one name (Odesa / Odessa, Dovur / Dovaur) are near each other."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for eid, name in sorted(names.items()):
        buckets[skeleton_key(name)].append(eid)
        bare = PLACE_SUFFIX.sub("", name)
        if bare != name and bare:  # "Karvosh province" and "Karvosh", "Dovra district" and "Dovra"
            buckets[skeleton_key(bare)].append(eid)
    for ids in buckets.values():
        for n, a in enumerate(ids):
            for b in ids[n + 1:]:
                if a == b:
                    continue
                ta, tb = name_tokens(PLACE_SUFFIX.sub("", names[a])), name_tokens(PLACE_SUFFIX.sub("", names[b]))
                if len(ta) == len(tb) and all(tokens_match(x, y) for x, y in zip(ta, tb, strict=True)):
                    graph.add_near(a, b)
    # a transliteration with one more final letter ("Dovrayan" / "Dovraya"): a long name and no country
    by_lower: dict[str, list[str]] = defaultdict(list)
    for eid, name in names.items():
        if " " not in name.strip() and not is_country_name(name) and eid not in graph.countries:
            by_lower[name.strip().lower()].append(eid)
    for low, ids in by_lower.items():
        if len(low) > MIN_VARIANT and low[-1].isalpha():
            for a in ids:
                for b in by_lower.get(low[:-1], ()):
                    graph.add_near(a, b)


#: a place named as a part of another: "Central Kereth", "Northern Dovra", "Upper Tavin"
PART_NAME = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|"
                       r"north-?west|south-?east|south-?west|upper|lower|inner)(?:ern)?\s+(\S.*)$", re.I)


def part_names(graph: PlaceGraph, names: dict[str, str]) -> None:
    """"Central Kereth" lies in "Kereth" when both are places of the story: a part of a land named after it.
    Not where the whole is a country (a "Northern X" may be another state) nor where both are provinces of
    the gazetteer (two states, one named after the other)."""
    by_name = {n.lower(): e for e, n in names.items()}
    for eid, name in names.items():
        m = PART_NAME.match(name)
        whole = by_name.get(m.group(1).lower()) if m else None
        if whole is None or whole == eid or whole in graph.countries or is_country_name(names[whole]) or \
                is_country_name(name) or (province_country(name) and province_country(names[whole])):
            continue
        graph.add_inside(eid, whole)


#: what a place named after a country may be without lying in it ("the Valdora Embassy", "Valdora House")
_COUNTRY_OWNED = re.compile(r"\b(?:embassy|consulate|mission|house|air|airlines|airways)\b", re.I)


def named_after(graph: PlaceGraph, names: dict[str, str]) -> None:
    """A place whose name is another place's name followed by more words lies in it: "Sarn City Hall", "Sarn
    Domodedo" (an airport), "Dovra City" lie in Sarn and Dovra. Not where the first is a country: a country's
    embassy, airline or trade house bears its name and lies elsewhere; a country is never put inside."""
    by_name: dict[str, str] = {}
    for eid, name in names.items():
        by_name.setdefault(name.lower(), eid)
    for eid, name in names.items():
        words = name.split()
        if len(words) < 2 or eid in graph.countries or is_country_name(name):
            continue
        for k in range(len(words) - 1, 0, -1):
            head = " ".join(words[:k])
            whole = by_name.get(head.lower())
            if whole is None or whole == eid or len(head) < 4:
                continue
            if whole not in graph.countries and not is_country_name(names[whole]) and \
                    words[k][:1].isupper() and not _COUNTRY_OWNED.search(" ".join(words[k:])):
                graph.add_inside(eid, whole)
            break


def build_graph(articles: Iterable[tuple[str, list[PlaceMention]]], countries: Iterable[str],
                sites: Iterable[str] = (), names: dict[str, str] | None = None,
                place_ids: Iterable[str] | None = None) -> PlaceGraph:
    """The corpus's place graph from (text, place mentions) per article, the countries, the sites, the entity
    names (a demonym is read against every name) and the place entities (for spelling variants)."""
    names = dict(names or {})
    graph = PlaceGraph(countries=set(countries), sites=set(sites), names=names)
    for text, places in articles:
        read_relations(graph, text, places, names)
    ids = set(place_ids) if place_ids is not None else set(names)
    spelling_variants(graph, {e: n for e, n in names.items() if e in ids})
    part_names(graph, {e: n for e, n in names.items() if e in ids})
    named_after(graph, {e: n for e, n in names.items() if e in ids})
    for eid in ids:
        name = names.get(eid, "")
        code = country_code(name) if eid in graph.countries else province_country(name) or capital_country(name)
        if code:
            graph.country_codes[eid] = code
        if eid not in graph.countries and (province_country(name) or province_named(name)):
            graph.regions.add(eid)
    graph.finish()
    return graph
