"""Seats of government: the buildings and streets news writes for a state ("the Kremlin said", "a White House
spokesman", "Downing Street denied").

A general lexicon of the best-known seats of heads of state or government and of foreign ministries, each
with the country it stands for (the country names of :mod:`storyline.lexicons.countries`). Such a name is
the state's side in a dispute, as its capital is ("Moscow denied"). A body named after the seat ("the White
House National Security Council") speaks for the same state.
"""

from __future__ import annotations

import re
import unicodedata

#: seat (as written, without "the") -> country
SEATS: dict[str, str] = {
    "Kremlin": "Russia", "White House": "United States", "Pentagon": "United States",
    "Foggy Bottom": "United States", "Downing Street": "United Kingdom", "Whitehall": "United Kingdom",
    "Elysee": "France", "Elysee Palace": "France", "Quai d'Orsay": "France", "Matignon": "France",
    "Chigi Palace": "Italy", "Palazzo Chigi": "Italy", "Farnesina": "Italy", "Quirinal": "Italy",
    "Moncloa": "Spain", "Moncloa Palace": "Spain", "Zhongnanhai": "China", "Blue House": "South Korea",
    "Kantei": "Japan", "South Block": "India", "Rashtrapati Bhavan": "India", "Bankova": "Ukraine",
    "Bellevue Palace": "Germany", "Casa Rosada": "Argentina",
    "Los Pinos": "Mexico", "Planalto": "Brazil", "Itamaraty": "Brazil",
    "Palacio de La Moneda": "Chile", "La Moneda": "Chile", "Miraflores Palace": "Venezuela",
    "Casa de Narino": "Colombia", "Malacanang": "Philippines", "Malacanang Palace": "Philippines",
    "Aso Rock": "Nigeria", "Union Buildings": "South Africa", "Ak Orda": "Kazakhstan",
    "Ak Saray": "Turkey", "Cankaya": "Turkey",
}


def _fold(text: str) -> str:
    """Without diacritics (Elysée -> Elysee, Malacañang -> Malacanang)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_KEYS = {k.casefold(): v for k, v in SEATS.items()}
_PATTERN = re.compile(r"^(?:the\s+)?(" + "|".join(re.escape(k) for k in sorted(_KEYS, key=len, reverse=True))
                      + r")(?=$|\s+[A-Z])", re.IGNORECASE)


def seat_country(name: str) -> str | None:
    """The country a seat of government stands for ("the Kremlin" -> Russia), also for a body named after
    it ("White House National Security Council"); None for any other name."""
    text = " ".join(_fold(name).replace("’", "'").split())
    hit = _PATTERN.match(text)
    if hit is None:
        return None
    rest = text[hit.end():].split()
    if rest and (not rest[0][:1].isupper() or rest[-1] not in _BODY_WORDS):
        return None  # "White House spokesman" is a person, "Pentagon Papers" no body of the state
    return _KEYS.get(hit.group(1).casefold())


#: the last words of a body of the state named after its seat ("White House National Security Council")
_BODY_WORDS = frozenset(("Council", "Committee", "Commission", "Office", "Service", "Administration",
                         "Department", "Secretariat", "Staff", "Unit"))
