"""News and wire agencies: the one list that ingest (credits) and corroboration (wire copies) share.

A general lexicon of agencies that syndicate copy worldwide or nationally,
with the full names that mean the same agency. Nothing here is tied to any
story. Sources: the agencies' own names as printed in credits and datelines
("(AFP)", "–IANS", "LESK, March 1 (Reuters) -").
"""

from __future__ import annotations

import re

#: full name -> the short form an agency signs with
FULL_NAMES = {
    "Agence France-Presse": "AFP", "Associated Press": "AP", "Press Trust of India": "PTI",
    "Asian News International": "ANI", "Indo-Asian News Service": "IANS", "Anadolu Agency": "Anadolu",
    "United Press International": "UPI", "Kyodo News": "Kyodo", "Reuter": "Reuters", "Thomson Reuters": "Reuters",
    "Deutsche Presse-Agentur": "dpa", "DPA": "dpa", "Agencia EFE": "EFE", "Xinhua News Agency": "Xinhua",
    "Yna": "Yonhap", "Yonhap News Agency": "Yonhap", "AA": "Anadolu", "BelTA": "Belta",
    "News Agency of Nigeria": "NAN", "Bangladesh Sangbad Sangstha": "BSS", "Associated Press of Pakistan": "APP",
    "Oman News Agency": "ONA", "Nam News Network": "NNN", "Vietnam News Agency": "VNA",
    "Korean Central News Agency": "KCNA", "Kazinform": "Qazinform", "Australian Associated Press": "AAP",
    "Jiji Press": "Jiji",
}

#: full name -> the short form the press calls an agency by that is no signature it files under (entity
#: resolution only: "RIA" beside "RIA Novosti" is one agency, though no credit reads "(RIA)")
SHORT_NAMES = {"RIA Novosti": "RIA"}

#: every name that marks an agency, short and full
AGENCIES: tuple[str, ...] = (
    "Agence France-Presse", "Associated Press", "Thomson Reuters", "RIA Novosti", "Prensa Latina",
    "Press Trust of India",
    "Asian News International", "Indo-Asian News Service", "United Press International", "Kyodo News",
    "Anadolu Agency", "Anadolu", "Reuters", "Bloomberg", "Xinhua", "Kyodo", "Yonhap", "Bernama", "Antara",
    "Interfax", "Sputnik", "Notimex", "Reuter", "IANS", "AFP", "AP", "PTI", "ANI", "UNI", "TASS", "dpa",
    "DPA", "EFE", "ANSA", "APP", "IRNA", "KUNA", "WAM", "SPA", "QNA", "MENA", "SANA", "NNI", "INP", "PNA", "BSS", "UPI",
    "CNA", "NNA", "AAP", "Lusa", "Jiji", "AA", "APA", "Petra", "Tasnim", "ISNA", "Belga", "NTB", "TT", "Yna",
    "Deutsche Presse-Agentur", "Agencia EFE", "Xinhua News Agency", "Yonhap News Agency", "News Agency of Nigeria",
    "Bangladesh Sangbad Sangstha", "Associated Press of Pakistan", "BelTA", "Belta", "Ukrinform", "NAN",
    "Oman News Agency", "ONA",
    # national agencies that sign copy relayed abroad ("– NNN-VNA", "(MTI)", "Agerpres"); codes that are also a
    # party's or a company's letters (a ruling party's "AKP", "GNA") stay out: a credit must not be read in a party
    "Nam News Network", "NNN", "Vietnam News Agency", "VNA", "KPL", "MTI", "CTK", "BTA", "HINA", "Tanjug", "Agerpres",
    "STT", "Ritzau", "Qazinform", "Kazinform", "AzerTac", "Armenpress", "WAFA", "Korean Central News Agency", "KCNA",
    "SUNA", "Europa Press", "Adnkronos", "Bakhtar",
    # national agencies whose full name is their signature ("The Canadian Press", "Australian Associated Press"); their
    # short codes ("CP", "PA") are also other things' letters and stay out
    "Canadian Press", "Australian Associated Press", "Polish Press Agency", "Jiji Press",
)

#: agencies that sell their copy worldwide; a national agency that relays one of them credits both
#: ("(BSS/AFP)", "(dpa/NAN)"), and the copy is the worldwide agency's story
WORLDWIDE = frozenset({"AFP", "AP", "Reuters", "dpa", "Xinhua", "EFE", "ANSA", "Kyodo", "Bloomberg", "UPI",
                       "Anadolu", "TASS", "RIA Novosti", "Interfax", "Sputnik", "Yonhap", "Jiji"})

#: agencies that sell pictures, not copy: a picture's credit ("Ana Vell/Getty Images"), never an article's source
PHOTO_AGENCIES = ("Getty Images", "Shutterstock", "Alamy", "European Pressphoto Agency", "EPA")
#: a picture agency's name shortened to its first word in a caption's bracket ("… since mid-July [Getty]")
PHOTO_AGENCY_SHORT_FORMS = ("Getty",)

#: agency codes that pages write title-cased in a byline ("Afp, Sarn"); none that is also a town's or a person's name
#: title-cased ("Sana", "Mena", "Ani", "Spa")
TITLE_CASED = ("AFP", "PTI", "IANS", "UPI", "AAP", "BSS", "APP", "IRNA", "KUNA", "TASS", "EFE", "ANSA", "DPA")

#: agencies named for a place: "Petra, Jordan" on a line of its own is the place, not the agency's byline
PLACE_NAMED = frozenset({"Petra"})

#: a credit that names no single agency ("Agencies", "with agency inputs"): a wire credit, not a source family
GENERIC_CREDITS = ("Agencies",)

#: regex alternation of every agency name, longest first (so "Associated Press" wins over "AP")
PATTERN = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))


def short_name(name: str) -> str:
    """The short form of an agency's full name, signature or not ("Associated Press" -> "AP", "RIA Novosti" ->
    "RIA"); other names unchanged."""
    return SHORT_NAMES.get(name) or canonical(name)


def canonical(name: str) -> str:
    """The short form of an agency name ("Associated Press" -> "AP"); other names unchanged."""
    return FULL_NAMES.get(name, name)
