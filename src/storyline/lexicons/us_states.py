"""The abbreviations news style writes after a town for the United States' states ("Fort Velmor, Va.", "Sarnia,
Calif."): the Associated Press's forms, with or without their full stops, and the state each names.

Only the forms of three letters or more, and the two-letter forms no English word or common name writes
alone, are listed: "Ga."/"Pa."/"Va."/"Md."/"Mo." stay; "La." (an article of Romance place names), "Ill.", "Ind.",
"Miss.", "Mass.", "Wash." and "Me." are left out, since without their full stop they are words. Postal codes in
capitals ("VA", "CA") name too many other things and are not listed either.
"""

from __future__ import annotations

STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "kan": "Kansas", "kans": "Kansas",
    "ky": "Kentucky", "md": "Maryland", "mich": "Michigan", "minn": "Minnesota", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "n.h": "New Hampshire", "n.j": "New Jersey",
    "n.m": "New Mexico", "n.y": "New York", "n.c": "North Carolina", "n.d": "North Dakota", "okla": "Oklahoma",
    "ore": "Oregon", "pa": "Pennsylvania", "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota",
    "tenn": "Tennessee", "vt": "Vermont", "va": "Virginia", "w.va": "West Virginia", "wis": "Wisconsin",
    "wyo": "Wyoming",
}


def state_of(form: str) -> str | None:
    """The state an abbreviation names ("Va.", "Va", "N.Y." -> "Virginia", "New York"), else None. The form must
    open with a capital and hold no space."""
    text = form.strip()
    if not text[:1].isupper() or " " in text or (text.isupper() and "." not in text):
        return None  # a postal code in capitals ("VA") is not one of these forms
    return STATE_ABBREVIATIONS.get(text.rstrip(".").casefold())
