"""Widely used other names of international organizations and armed groups.

A general lexicon: each entry is one body and the names the English-language press calls it by, beside its
full name — an acronym in another language's word order ("OTAN", "ONU"), an Arabic acronym written as a word
("Daesh"), a translation ("Doctors Without Borders" / "Médecins Sans Frontières"), a self-chosen name ("Ansar
Allah" for the Houthis). No article defines these; a reader knows them. Only names that stand for one body
in world news are listed (no "ICC": a court and a cricket council), and two entries never share a name. The
groups of the project's development articles are left out on purpose: their spellings must meet by the general
rules (acronym keys, transliteration keys), which the seeds check.
Sources: the bodies' own names and the style guides of the wire agencies. Used by entity fusion
(``fuse/entities``): two names of one entry are one entity, names of two entries are two.
"""

from __future__ import annotations

import re

#: one body per entry, its names as the press writes them (case matters only for names written in capitals)
BODIES: tuple[tuple[str, ...], ...] = (
    ("Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Da'esh", "Daish", "Islamic State of Iraq and Syria",
     "Islamic State of Iraq and the Levant", "Islamic State of Iraq and al-Sham"),
    ("Islamic State Khorasan", "Islamic State Khorasan Province", "Islamic State in Khorasan Province",
     "ISIS-K", "ISKP", "IS-K", "IS-KP", "ISIL-K", "ISIL-KP",
     "Islamic State of Iraq and the Levant Khorasan Province", "Islamic State of Iraq and the Levant-Khorasan",
     "ISIS-Khorasan"),
    ("Islamic State West Africa Province", "ISWAP", "Islamic State in West Africa"),
    ("al-Qaeda in the Islamic Maghreb", "AQIM"),
    ("al-Qaeda in the Arabian Peninsula", "AQAP"),
    ("Jama'at Nasr al-Islam wal Muslimin", "JNIM", "Group for the Support of Islam and Muslims"),
    ("Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "Levant Liberation Committee"),
    ("Houthis", "Houthi", "Huthis", "Ansar Allah", "Ansarallah", "Ansarullah"),
    ("Hamas", "Islamic Resistance Movement", "Harakat al-Muqawama al-Islamiya"),
    ("Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"),
    ("al-Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"),
    ("Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"),
    ("Lashkar-e-Taiba", "LeT", "Lashkar-e-Toiba", "Lashkar-e-Tayyiba"),
    ("Jaish-e-Mohammed", "JeM", "Jaish-e-Muhammad"),
    ("Kurdistan Workers' Party", "PKK", "Kurdistan Workers Party", "Partiya Karkerên Kurdistanê"),
    ("People's Protection Units", "YPG", "Kurdish People's Protection Units"),
    ("Syrian Democratic Forces", "SDF"),
    ("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Revolutionary Guard Corps",
     "Islamic Revolution Guards Corps", "Sepah", "Pasdaran"),
    ("Revolutionary Armed Forces of Colombia", "FARC", "Fuerzas Armadas Revolucionarias de Colombia"),
    ("North Atlantic Treaty Organization", "NATO", "OTAN", "North Atlantic Treaty Organisation", "Nato"),
    ("United Nations", "UN", "ONU", "Organisation des Nations Unies"),
    ("World Health Organization", "WHO", "OMS", "World Health Organisation"),
    ("European Union", "EU", "UE"),
    ("Economic Community of West African States", "ECOWAS", "CEDEAO", "Ecowas"),
    ("International Committee of the Red Cross", "ICRC", "CICR"),
    ("Médecins Sans Frontières", "MSF", "Doctors Without Borders", "Medecins Sans Frontieres"),
    ("United Nations High Commissioner for Refugees", "UNHCR", "UN refugee agency",
     "Office of the United Nations High Commissioner for Refugees"),
    ("International Atomic Energy Agency", "IAEA"),
    ("Organization of the Petroleum Exporting Countries", "OPEC", "Opec"),
    ("Organization for Security and Co-operation in Europe", "OSCE",
     "Organization for Security and Cooperation in Europe"),
    ("Interpol", "International Criminal Police Organization", "ICPO"),
)

_DASHES = re.compile(r"[-‐‑–—]")
_QUOTES = re.compile(r"[’‘`´]")


def _key(name: str) -> str:
    """A name as entries are compared: dots, hyphens and a leading "the" dropped, a trailing "group" too;
    lower case, except for names written in capitals, which keep them ("IS" is no "is")."""
    text = _QUOTES.sub("'", name.strip())
    text = _DASHES.sub(" ", text.replace(".", ""))
    text = " ".join(text.split())
    if re.match(r"(?i)the ", text):
        text = text[4:]
    if re.search(r"(?i) group$", text):
        text = text[:-6]
    if not text:
        return ""
    if not any(ch.islower() for ch in text):
        return "A:" + text
    return "w:" + text.lower().replace("al qaida", "al qaeda")


def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for entry in BODIES:
        for name in entry:
            index[_key(name)] = entry[0]
    return index


_BY_KEY = _index()


def known_body(name: str) -> str | None:
    """The first name of the lexicon's entry ``name`` is one of, or None. A name written in capitals of five
    letters or more is also read in lower case ("DAESH" of a headline in capitals is "Daesh")."""
    key = _key(name)
    if not key:
        return None
    hit = _BY_KEY.get(key)
    if hit is None and key.startswith("A:") and len(key) > 6:
        hit = _BY_KEY.get("w:" + key[2:].lower())
    return hit
