"""Words for codes: what a person reads instead of TIMEX3 values, ontology types, spaCy labels and ids.

Every page, briefing and timeline line goes through this module, so a code
never reaches a reader: ``2030-FA`` is "autumn 2030", ``2031-W10`` "week of
3 March 2031", ``ASSAULT/suicide_bombing`` "suicide bombing", ``NORP`` "group",
``family:002_…`` the outlets of that source family. Counts pluralize
("1 article") and casualty qualifiers are kept ("over 100", never "100").

Nothing here guesses: a value this module cannot read is "date not stated"
rather than a made-up date, and a code it does not know is lower-cased with
underscores as spaces (readable, and visibly not a phrase we wrote).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Iterable, Mapping
from typing import Any

from storyline.analyze.events import casualties
from storyline.lexicons.calendar_words import MONTH_NAMES
from storyline.lexicons.countries import country_of
from storyline.lexicons.stopwords import FUNCTION_WORDS
from storyline.timevalues import SEASON_MONTHS, value_interval

MONTHS = tuple(m.capitalize() for m in MONTH_NAMES)
MONTH_WORDS = frozenset({*MONTHS, *(m[:3] for m in MONTHS), "Sept"})  # "June", "Jun", "Sept"
NOT_STATED = "date not stated"

# --------------------------------------------------------------------------- dates

_PART_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second",
                   "DE": "decade", "CE": "century", "Q": "quarter"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}


def day_words(day: dt.date | str) -> str:
    """'4 March 2031'."""
    d = dt.date.fromisoformat(day[:10]) if isinstance(day, str) else day
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _span_words(first: dt.date, last: dt.date) -> str:
    """'8–9 March 2031', '28 February – 2 March 2031', '30 December 2030 – 5 January 2031'."""
    if first == last:
        return day_words(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} – {day_words(last)}"
    return f"{day_words(first)} – {day_words(last)}"


def interval_words(earliest: str | None, latest: str | None) -> str:
    """An interval of ISO days in words; one day is that day."""
    if not earliest or not latest:
        return NOT_STATED
    return _span_words(dt.date.fromisoformat(earliest[:10]), dt.date.fromisoformat(latest[:10]))


def between_words(first: str | None, last: str | None) -> str:
    """From one date to another at their own granularity: '4–26 March 2031'; 'March 2031' when one holds the
    other ('2031-03' and '2031-03-26': a day of that month); 'March 2031 to 2 April 2031' otherwise."""
    if not first or not last:
        return NOT_STATED
    if len(first) == len(last) == 10:
        return interval_words(first, last)
    a, b = value_interval(first), value_interval(last)
    if a and b:
        for outer, inner, value in ((a, b, first), (b, a, last)):
            if outer[0] <= inner[0] and inner[1] <= outer[1]:
                return date_words(value)
    one, other = date_words(first), date_words(last)
    return one if one == other else f"{one} to {other}"


def _duration_words(value: str) -> str:
    m = re.fullmatch(r"P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHSQ])", value)
    if not m:
        return "a period"
    units = _TIME_UNITS if m[1] else _DURATION_UNITS
    unit = units.get(m[3], _DURATION_UNITS.get(m[3], "period"))
    if m[2] == "X":
        return "centuries" if unit == "century" else unit + "s"
    n = float(m[2])
    shown = int(n) if n.is_integer() else n
    return count(shown, unit, "centuries" if unit == "century" else None)


def _day_time_words(value: str) -> str:
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})?(?::\d{2})?([A-Z]{2})?.*", value)
    if not m:
        return day_words(value[:10])
    words = day_words(m[1])
    if m[2] == "24:00":  # "midnight on Monday": the end of that day (TIMEX3 writes it T24:00)
        return f"{words}, midnight"
    if m[2]:
        return f"{words}, {m[2]}"
    part = _PART_OF_DAY.get(m[3] or "")
    return f"{words}, {part}" if part else words  # "4 March 2031, night", as "4 March 2031, 21:00"


def _unanchored_words(value: str) -> str | None:
    """'XXXX-03-04' -> '4 March (year not stated)'."""
    if m := re.fullmatch(r"XXXX-(\d{2})-(\d{2})", value):
        return f"{int(m[2])} {MONTHS[int(m[1]) - 1]} (year not stated)"
    if m := re.fullmatch(r"XXXX-(\d{2})", value):
        return f"{MONTHS[int(m[1]) - 1]} (year not stated)"
    return None


def moment_words(stamp: str) -> str:
    """An ISO timestamp in words, to the minute: '30 November 2026, 20:23 UTC' (the stamp when unreadable)."""
    try:
        moment = dt.datetime.fromisoformat(stamp).astimezone(dt.UTC)
    except ValueError:
        return stamp
    return f"{day_words(moment.date())}, {moment:%H:%M} UTC"


def date_words(value: str | None) -> str:
    """A TIMEX3 value in words at its own granularity; 'date not stated' when there is none or it is unreadable."""
    if not value:
        return NOT_STATED
    v = value.strip()
    if v in _REFS:
        return _REFS[v]
    if v.startswith("P"):
        return _duration_words(v)
    try:
        return _calendar_words(v)
    except (ValueError, IndexError):  # a malformed value ("2023-13") is not a date a reader should see
        return NOT_STATED


def _calendar_words(v: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return day_words(v)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T.*", v):
        return _day_time_words(v)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        return f"{MONTHS[int(m[2]) - 1]} {m[1]}"
    if re.fullmatch(r"\d{4}", v):
        return v
    if m := re.fullmatch(r"(\d{4})-W(\d{1,2})(-WE)?", v):
        first, last = value_interval(v) or (None, None)
        if first is None or last is None:
            return NOT_STATED
        return f"weekend of {_span_words(first, last)}" if m[3] else f"week of {day_words(first)}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        return f"{_ORDINAL[int(m[2])]} quarter of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        return f"{_ORDINAL[int(m[2])]} half of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        first_month, last_month = SEASON_MONTHS[m[2]]
        year = int(m[1])
        return f"winter {year}–{(year + 1) % 100:02d}" if last_month < first_month else f"{_SEASONS[m[2]]} {year}"
    if m := re.fullmatch(r"(\d{3})X?", v):
        return f"the {m[1]}0s"
    if m := re.fullmatch(r"(\d{2})(?:XX)?", v):
        return f"the {_ordinal_number(int(m[1]) + 1)} century"
    return _unanchored_words(v) or NOT_STATED


def _ordinal_number(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def unstated_words(value: str | None, reported: str | None = None) -> str:
    """The date of something the text never dates: 'date not stated (on or before 30 January 2023)' when it is
    dated by a report (it happened by then), else 'date not stated (reported …)', else 'date not stated'."""
    iv = value_interval(value) if value else None
    if iv and reported and (day := value_interval(reported)) and day[1] < iv[1]:
        value = reported  # reported before its own bound ends (a deadline read as a date): the report bounds it
    if value and value_interval(value):
        words = date_words(value)
        return f"{NOT_STATED} (on or before {'the ' if words.startswith('week') else ''}{words})"
    return f"{NOT_STATED} (reported {date_words(reported)})" if reported else NOT_STATED


def when_words(value: str | None, source: str | None = None, reported: str | None = None) -> str:
    """The date of an event or claim as a reader should see it.

    A date taken from the report itself (``source`` "dct", or the story@1
    ``basis`` "reported") says so: the text never stated when it happened.
    """
    if value and source not in ("dct", "reported"):
        return date_words(value)
    day = reported or value
    return f"{NOT_STATED} (reported {date_words(day)})" if day else NOT_STATED


# --------------------------------------------------------------------------- counts and quantities

_IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women",
                      "policeman": "policemen", "country": "countries", "century": "centuries",
                      "story": "stories", "family": "families", "party": "parties", "entity": "entities"}


def plural(noun: str) -> str:
    """The plural of a simple English noun (last word of a phrase)."""
    head, _, last = noun.rpartition(" ")
    if last in _IRREGULAR_PLURALS:
        word = _IRREGULAR_PLURALS[last]
    elif re.search(r"(s|x|z|ch|sh)$", last):
        word = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def count(n: int | float, noun: str, plural_form: str | None = None) -> str:
    """'1 article', '2 articles', '0 articles', '1,000 articles' (thousands separated, as everywhere we write
    a number)."""
    return f"{number_words(n)} {noun if n == 1 else (plural_form or plural(noun))}"


#: qualifiers that are the figure themselves ("dozens" is kept as a word, never as 12): the analysis's vague counts
#: ("tens of thousands" included) and "a few" as written
VAGUE = (*casualties.VAGUE, "a few")


def number_words(n: int | float) -> str:
    """'4,821', '9,700', '12' (thousands separated, as news copy writes them)."""
    return f"{n:,}" if isinstance(n, int) or float(n).is_integer() else str(n)


def _q(q: Any, key: str) -> Any:
    return q.get(key) if isinstance(q, Mapping) else getattr(q, key, None)


#: qualifiers told after the figure: "62 presumed" (all aboard a lost craft, presumed dead)
AFTER_QUALIFIERS = frozenset({"presumed"})


def quantity_words(q: Any) -> str:
    """A casualty figure with its qualifier: 'over 100', 'at least 12', '10 to 12', 'about 40', 'dozens'."""
    if q is None:
        return "unknown"
    if isinstance(q, (int, float)):
        return number_words(int(q)) if float(q).is_integer() else str(q)
    lo, hi, qual = _q(q, "min"), _q(q, "max"), (_q(q, "qualifier") or "").strip().lower()
    if qual in VAGUE or any(qual.startswith(v) for v in VAGUE):
        return qual
    if lo is not None and hi is not None and lo != hi:
        span = f"{number_words(lo)} to {number_words(hi)}"
        return f"{qual} {span}" if qual and qual not in ("between",) else span
    if lo is None and hi is None:
        return "unknown"
    figure = number_words(lo if lo is not None else hi)
    if qual in AFTER_QUALIFIERS:
        return f"{figure} {qual}"  # "62 presumed killed": all aboard, presumed dead
    if qual:
        return f"{qual} {figure}"
    if lo is None:
        return f"up to {figure}"
    if hi is None:
        return f"at least {figure}"
    return str(figure)


def casualty_words(q: Any, kind: str = "killed") -> str:
    """'at least 12 killed', '1 injured', 'dozens abducted'."""
    return f"{quantity_words(q)} {kind}"


# --------------------------------------------------------------------------- events

#: (type, subtype) or subtype -> a noun phrase; types without a sub-type fall back to TYPE_WORDS
SUBTYPE_WORDS = {
    "expulsion": "expulsion",
    "suicide_bombing": "suicide bombing", "bombing": "bombing", "attack": "attack", "grenade": "grenade attack",
    "shooting": "shooting", "killing": "killing", "armed_clash": "armed clash", "air_strike": "air strike",
    "shelling": "shelling", "abduction": "abduction", "sexual_violence": "sexual violence",
    "property_destruction": "destruction of property", "chemical": "chemical attack",
    "mob_violence": "mob violence", "visit": "visit", "meeting": "meeting", "talks": "talks",
    "agreement": "agreement", "ceasefire": "ceasefire", "promise": "promise", "support": "statement of support",
    "accusation": "accusation", "responsibility": "claim of responsibility", "demonstration": "protest",
    "violent_demonstration": "violent protest", "protest_with_intervention": "protest broken up by force",
    "arrest": "arrest", "crackdown": "crackdown", "weapons_seized": "seizure of weapons",
    "force_against_protest": "force used against protesters", "resignation": "resignation",
    "withdrawal": "withdrawal", "capture": "capture of territory", "regain": "recapture of territory",
    "appointment": "appointment", "leadership_change": "change of leadership", "natural": "natural disaster",
    "man_made": "accident", "organized_crime": "organized crime", "base": "new base",
    "flood": "flood", "storm": "storm", "earthquake": "earthquake", "tsunami": "tsunami", "landslide": "landslide",
    "drought": "drought", "wildfire": "wildfire", "volcano": "volcanic eruption", "epidemic": "outbreak of disease",
    "advisory": "advisory",
    "remand": "remand in custody", "suspension": "suspension", "release": "release",
    "member_suspension": "suspension from a body",
    "coup": "coup", "funeral": "funeral", "uprising": "uprising",
    # (frames and senses of analyze/events: frames.py, senses.py, mentions.py)
    "incursion": "incursion", "closure": "closure of a border or port", "invocation": "invocation of a treaty clause",
    "restriction": "restriction imposed", "easing": "easing of a measure", "summons": "summoning of an envoy",
    "recovery": "recovery of wreckage", "raid": "raid", "rescue": "rescue work",
    "martial_law": "martial law declared", "state_of_emergency": "state of emergency declared",
    "curfew": "curfew imposed", "vote": "vote", "motion": "motion filed", "impeachment": "impeachment",
    "retraction": "retraction", "dissolution": "dissolution of a legislature or government",
    "reduce_relations": "suspension of a partnership or pact",
    # ACE 2005 / Rich ERE sub-types (analyze/events/ontology.py ACE_TRIGGERS)
    "birth": "birth", "marriage": "marriage", "divorce": "divorce", "injury": "injury", "death": "death",
    "transport": "movement", "ownership": "sale", "money": "payment", "start_org": "founding",
    "merger": "merger", "bankruptcy": "bankruptcy", "end_org": "dissolution", "call": "phone call",
    "hire": "hiring", "election": "election", "dismissal": "dismissal", "trial": "trial", "charge": "charge",
    "lawsuit": "lawsuit", "conviction": "conviction", "sentence": "sentence", "fine": "fine",
    "ruling": "court ruling", "referral": "referral to prosecutors", "case_dropped": "case or charges dropped",
    # (the steps of a case told with ordinary words: analyze/events/legal.py)
    "plea": "plea", "verdict": "verdict", "bail": "release on bail", "testimony": "testimony in court",
    "appeal": "appeal to a court", "execution": "execution",
    "extradition": "extradition", "acquittal": "acquittal", "pardon": "pardon", "parole": "parole",
    # (ecb: crimes and announcements of analyze/events/ontology.py and senses.py)
    "theft": "theft", "fraud": "fraud", "piracy": "piracy", "traffic_offence": "traffic offence",
    "broadcast": "announcement", "speech": "statement", "suspicion": "suspicion",
    # (analyze/events/statements.py: "revised the death toll to 275")
    "revision": "revised count",
    # (analyze/events/acts.py: "the nation observed a day of mourning")
    "commemoration": "day of mourning or silence",
}
TYPE_WORDS = {
    "ASSAULT": "attack", "FIGHT": "fighting", "CONSULT": "meeting", "AGREE": "agreement",
    "SUPPORT": "statement of support", "COOPERATE": "cooperation", "AID": "aid", "ACCUSE": "accusation",
    "DISAPPROVE": "criticism", "REJECT": "rejection", "REQUEST": "request", "THREATEN": "threat",
    "PROTEST": "protest", "SANCTION": "sanctions", "COERCE": "use of force", "MOBILIZE": "deployment",
    "RETREAT": "withdrawal", "CONCEDE": "concession", "INVESTIGATE": "investigation", "TAKEOVER": "takeover",
    "APPOINT": "appointment", "DISASTER": "disaster", "CRIME": "crime", "OTHER": "event",
    "LIFE": "death or injury", "MOVE": "movement", "TRANSACTION": "transaction", "BUSINESS": "business change",
    "JUSTICE": "legal action", "STATEMENT": "announcement",
}
#: lanes of the interactive timeline: one per kind of incident, in words
LANE_WORDS = {
    "ASSAULT": "Attacks and violence", "FIGHT": "Attacks and violence", "CONSULT": "Visits, meetings and talks",
    "AGREE": "Agreements and promises", "SUPPORT": "Support and cooperation", "COOPERATE": "Support and cooperation",
    "AID": "Support and cooperation", "ACCUSE": "Accusations and criticism", "DISAPPROVE": "Accusations and criticism",
    "REJECT": "Accusations and criticism", "REQUEST": "Demands and threats", "THREATEN": "Demands and threats",
    "PROTEST": "Protests", "SANCTION": "Sanctions", "COERCE": "Arrests and security operations",
    "MOBILIZE": "Arrests and security operations",
    "RETREAT": "Resignations, appointments, withdrawals and releases",
    "APPOINT": "Resignations, appointments, withdrawals and releases", "CONCEDE": "Concessions",
    "INVESTIGATE": "Investigations", "TAKEOVER": "Territory", "DISASTER": "Disasters and accidents",
    "CRIME": "Crime", "JUSTICE": "Courts and charges", "LIFE": "Deaths and injuries", "MOVE": "Movements",
    "TRANSACTION": "Business and money", "BUSINESS": "Business and money",
}
STATEMENTS_LANE = "Statements"
#: types that are said rather than done: the claims that say them are shown instead on incident level
SPEECH_TYPES = frozenset({"ACCUSE", "DISAPPROVE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "STATEMENT"})
SPEECH_SUBTYPES = frozenset({"promise", "responsibility", "accusation"})
VIOLENT_TYPES = frozenset({"ASSAULT", "FIGHT", "TAKEOVER"})


def _code_words(code: str) -> str:
    return code.replace("_", " ").lower()


def event_type_words(type_: str | None, subtype: str | None = None) -> str:
    """'suicide bombing', 'visit', 'resignation', 'attack' (a sub-type when known, else the type)."""
    if subtype and subtype in SUBTYPE_WORDS:
        return SUBTYPE_WORDS[subtype]
    if type_ and type_ in TYPE_WORDS:
        return TYPE_WORDS[type_]
    return _code_words(subtype or type_ or "event")


#: what an accident is called, as its triggers name it (a general list of kinds of accident); a verb's form
#: gives its noun ("collapsed" -> "collapse")
ACCIDENT_NOUNS = {
    **{w: w for w in ("fire", "blaze", "collapse", "crash", "derailment", "stampede", "leak", "spill", "explosion",
                      "blast", "capsizing", "sinking", "collision", "crush", "cave-in")},
    "fires": "fire", "collapsed": "collapse", "collapses": "collapse", "crashed": "crash", "crashes": "crash",
    "derailed": "derailment", "capsized": "capsizing", "sank": "sinking", "collided": "collision",
    "exploded": "explosion", "stampedes": "stampede",
}
#: sub-types whose words say less than the triggers that tell them ("accident" for a bridge's collapse)
GENERIC_SUBTYPES = frozenset({"man_made"})


def accident_words(triggers: Iterable[str]) -> str | None:
    """What the triggers call an accident, the most often ("bridge collapse" from "the bridge collapse",
    "collapsed", "Tarvin bridge collapse"): its kind, with the common noun that most often goes before it;
    None when no trigger names a kind of accident."""
    heads: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for text in triggers:
        words = text.split()
        if not words or (head := ACCIDENT_NOUNS.get(words[-1].lower())) is None:
            continue
        heads[head] = heads.get(head, 0) + 1
        if len(words) > 1 and words[-2].isalpha() and words[-2].islower() and words[-2] not in FUNCTION_WORDS:
            pairs[(words[-2], head)] = pairs.get((words[-2], head), 0) + 1
    if not heads:
        return None
    head = max(heads, key=lambda h: heads[h])  # the first most frequent, in the order they were told
    mods = [(n, m) for (m, h), n in pairs.items() if h == head]
    return f"{max(mods)[1]} {head}" if mods else head


def lane_words(type_: str | None) -> str:
    return LANE_WORDS.get(type_ or "", "Other events")


#: "planned" is what the analysis reads for a deed someone planned, tried, pledged or asked for ("plans to
#: visit", "tried to escape with foreign help", "demanded his resignation"): "sought" says all of them, where
#: "planned resignation of X" said that X planned it
MODALITY_WORDS = {
    "asserted": "reported", "alleged": "alleged", "claimed": "claimed", "denied": "denied", "expected": "expected",
    "planned": "sought", "hypothetical": "possible", "negated": "reported as not having happened",
    "generic": "general",
}


def modality_words(modality: str | None) -> str:
    return MODALITY_WORDS.get(modality or "asserted", _code_words(modality or ""))


def role_words(role: str | None) -> str:
    return {"actor": "actor", "target": "target", "recipient": "recipient", "participant": "participant",
            "place": "place", "place?": "place", "setting": "place (where its paragraph is set)"}.get(
        role or "", _code_words(role or "participant"))


FIELD_WORDS = {"fatalities": "killed", "injured": "injured", "abducted": "abducted", "date": "date",
               "location": "place", "missing": "missing", "arrested": "arrested"}


def field_words(field: str) -> str:
    return FIELD_WORDS.get(field, _code_words(field))


def conflict_value_words(field: str, value: Any) -> str:
    """One disagreeing value: a date in words, a figure with its qualifier."""
    if field == "date":
        return date_words(value if isinstance(value, str) else _q(value, "value"))
    if isinstance(value, Mapping) or hasattr(value, "min"):
        return quantity_words(value)
    return str(value)


# --------------------------------------------------------------------------- entities

ENTITY_TYPE_WORDS = {
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "NORP": "group",
    "FAC": "facility", "EVENT": "named event", "LAW": "law", "PRODUCT": "product", "WORK_OF_ART": "work",
    "LANGUAGE": "language", "DATE": "date", "TIME": "time", "MONEY": "amount of money", "QUANTITY": "quantity",
    "PERCENT": "percentage", "CARDINAL": "number", "ORDINAL": "ordinal", "MISC": "other name",
}
ENTITY_TYPE_HINTS = {"GPE": "country, city or region", "LOC": "geographic place", "NORP": "nationality, "
                     "religious or political group", "FAC": "building, airport, road or bridge"}


def entity_type_words(label: str | None) -> str:
    """GPE -> 'place', NORP -> 'group', ORG -> 'organization'."""
    if not label:
        return "name"
    return ENTITY_TYPE_WORDS.get(label, _code_words(label))


def span_words(kind: str, label: str | None) -> str:
    """What a highlighted span of an article is, in words: "name: place", "event: attack", "statement: denial",
    "date: 4 March 2031" (the article page's tooltip and the API span's ``words``)."""
    if kind == "entity":
        return f"name: {entity_type_words(label)}"
    if kind == "event":
        return f"event: {event_type_words(label)}"
    if kind == "claim":
        return "statement: denial" if label == "deny" else "statement"
    return f"date: {date_words(label) if label else 'not resolved'}"


def aliases_line(name: str, aliases: Iterable[str], acronyms: Iterable[str] = (), n: int = 3) -> list[str]:
    """Other names of an entity for an 'also' line: never the canonical name again, an acronym first."""
    folded = name.casefold()
    seen = {folded}
    out: list[str] = []
    for a in [*acronyms, *aliases]:
        key = a.casefold().strip()
        if key and key not in seen:
            seen.add(key)
            out.append(a.strip())
    short = [a for a in out if a.isupper() and 2 <= len(a) <= 6]
    rest = [a for a in out if a not in short]
    return (short + rest)[:n]


# --------------------------------------------------------------------------- claims

#: stance -> (present, past) verb
STANCE_VERBS = {"statement": ("says", "said"), "allegation": ("alleges", "alleged"), "denial": ("denies", "denied"),
                "confirmation": ("confirms", "confirmed"), "promise": ("promises", "promised"),
                "warning": ("warns", "warned"), "belief": ("believes", "believed"),
                "responsibility": ("claims responsibility for", "claimed responsibility for")}
#: cue lemmas that read well with the claim's content after them (their own verb is kept)
_CUE_FORMS = {
    "accuse": ("accuses", "accused"), "blame": ("blames", "blamed"), "charge": ("charges", "charged"),
    "allege": ("alleges", "alleged"), "claim": ("claims", "claimed"), "deny": ("denies", "denied"),
    "reject": ("rejects", "rejected"), "dismiss": ("dismisses", "dismissed"), "refute": ("refutes", "refuted"),
    "dispute": ("disputes", "disputed"), "confirm": ("confirms", "confirmed"), "admit": ("admits", "admitted"),
    "acknowledge": ("acknowledges", "acknowledged"), "promise": ("promises", "promised"),
    "pledge": ("pledges", "pledged"), "vow": ("vows", "vowed"), "warn": ("warns", "warned"),
    "threaten": ("threatens", "threatened"), "urge": ("urges", "urged"), "demand": ("demands", "demanded"),
    "announce": ("announces", "announced"), "condemn": ("condemns", "condemned"),
    "criticize": ("criticizes", "criticized"), "call": ("calls", "called"), "ask": ("asks", "asked"),
    "describe": ("describes", "described"), "praise": ("praises", "praised"),
    "request": ("requests", "requested"), "appeal": ("appeals", "appealed"), "advise": ("advises", "advised"),
    "order": ("orders", "ordered"), "invite": ("invites", "invited"),
    # verbs whose content is an infinitive ("agreed to mediate"): "said to mediate" would read as hearsay
    "agree": ("agrees", "agreed"), "offer": ("offers", "offered"), "refuse": ("refuses", "refused"),
    "decline": ("declines", "declined"), "decide": ("decides", "decided"), "plan": ("plans", "planned"),
}


def _ing(lemma: str, past: str) -> str:
    """The -ing form of a cue verb, by English spelling, read off its past form: "accuse" -> "accusing", "plan"
    ("planned") -> "planning", "admit" ("admitted") -> "admitting", "deny" -> "denying", "agree" -> "agreeing"."""
    if lemma.endswith("ee") or past.endswith("ied"):
        return lemma + "ing"
    if lemma.endswith("e"):
        return lemma[:-1] + "ing"
    return past.removesuffix("ed") + "ing"


_INFLECTED = {form: lemma for lemma, forms in _CUE_FORMS.items() for form in (*forms, lemma)}
# "accusing X of …", "urging its neighbour to …" (a participle clause: "…, accusing Thailand of attacking first")
_INFLECTED.update({_ing(lemma, forms[1]): lemma for lemma, forms in _CUE_FORMS.items()})
_INFLECTED.update({"denial": "deny", "accusation": "accuse", "allegation": "allege", "claimed": "claim"})


def _cue_lemma(cue: str | None) -> str | None:
    if not cue:
        return None
    words = re.findall(r"[a-z]+", cue.lower())
    for w in reversed(words):
        if w in _INFLECTED:
            return _INFLECTED[w]
    return None


def claim_verb(stance: str | None, polarity: str | None, cue: str | None = None, tense: str = "present") -> str:
    """The verb a claim is read with: 'denies', 'claims responsibility for', 'accuses', 'says'."""
    i = 0 if tense == "present" else 1
    if stance and "responsib" in stance:
        return STANCE_VERBS["responsibility"][i]
    lemma = _cue_lemma(cue)
    if polarity == "deny":
        # "called the accusations baseless": a cue that describes its object denies in its complement; "denies
        # the accusations baseless" is no English
        if lemma in ("deny", "reject", "dismiss", "refute", "dispute", "refuse", "decline", "call", "describe"):
            return _CUE_FORMS[lemma][i]
        return STANCE_VERBS["denial"][i]
    if lemma in _CUE_FORMS and lemma not in ("deny", "reject", "dismiss", "refute", "dispute"):
        return _CUE_FORMS[lemma][i]
    return STANCE_VERBS.get(stance or "statement", STANCE_VERBS["statement"])[i]


POLARITY_WORDS = {"assert": "asserts", "deny": "denies"}


def polarity_words(polarity: str | None) -> str:
    return POLARITY_WORDS.get(polarity or "assert", _code_words(polarity or ""))


#: what a denial denies, by the stance of the denied claim
DENIED_WORDS = {"allegation": "accusation", "statement": "statement", "confirmation": "statement",
                "warning": "warning", "promise": "promise", "responsibility": "claim of responsibility",
                "belief": "view"}

STANCE_WORDS = {"statement": "statement", "allegation": "allegation", "denial": "denial",
                "confirmation": "confirmation", "promise": "promise", "warning": "warning", "belief": "belief",
                "responsibility": "claim of responsibility"}

SPEAKER_TYPE_WORDS = {"named": "named speaker", "pronoun": "speaker named earlier in the article",
                      "nominal": "described speaker", "anonymous": "unnamed source",
                      "organization": "organization"}


#: a dateline the claim's span swallowed: "March 17 - ", "LESK, March 25 - "
_CONTENT_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'’-]+,\s*)?(?:" + "|".join(MONTHS) + r")\s+\d{1,2}\s*[-–—]\s*")


#: a dateline in capitals glued to its sentence by a dash ("TARVIN-‘At least …", "LIMA − The …")
_GLUED_DATELINE = re.compile(r"^(?:[A-Z]{4,}|[A-Z]{2,3}(?=[ .'’][A-Z]{3,}))(?:[ .'’][A-Z]{2,})*\.?\s*[-–—−]\s*"
                             r"(?=[\"“‘'A-Z])")
#: a dateline in ordinary case before a colon ("Lima: Peru has …", "Tarvin, 3 March (Reuters): …", "Lesk [Estmark],
#: June 4 : …"); without a month's day the name must be a known country or capital, since "Update:" or
#: "Warning:" open sentences too
_NAMED_DATELINE = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:\s*\[[^\]]{1,30}\])?"
                             r"(,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?))?"
                             r"(?:\s*\([^)]{1,30}\))?\s*[:—–−]\s+(?=[\"“‘'A-Z])")

#: "Tarvin, Peru - Police arrested …", "Tarvin, Peru (Reuters) — …": a town and its country before a dash (the
#: agency's name may be cleaned away, leaving the town, the country and the dash)
_COUNTRY_DATELINE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
                               r"(?:\s*\([^)]{1,30}\))?\s*[-–—−]\s+(?=[\"“‘'A-Z])")


def dateline_length(text: str) -> int:
    """How many leading characters of a sentence are a dateline the other patterns leave (0 when none)."""
    if m := _GLUED_DATELINE.match(text):
        return m.end()
    if (m := _COUNTRY_DATELINE.match(text)) and country_of(m.group(1)) is not None:
        return m.end()
    m = _NAMED_DATELINE.match(text)
    if m is None:
        return 0
    # a name and a month's day before the colon ("Sarn, June 3: …") is a dateline whatever the place
    dated = m.group(2) is not None and any(w.rstrip(".").capitalize() in MONTH_WORDS for w in m.group(2).split())
    return m.end() if dated or country_of(m.group(1)) is not None else 0


#: a page's date stamp a span swallowed: "date 2031-03-04 Police opened fire …" (an ISO date is page furniture,
#: never words a reader is told)
_DATE_STAMP = re.compile(r"^(?:date\s*:?\s*)?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+(?=\S)",
                         re.IGNORECASE)


def strip_dateline(text: str) -> str:
    """A text without the dateline a span swallowed ("March 17 - Estmark" -> "Estmark",
    "LIMA - The bodies …" -> "The bodies …", "date 2031-03-04 Police …" -> "Police …")."""
    text = _CONTENT_DATELINE.sub("", _DATE_STAMP.sub("", text.lstrip()))
    return text[dateline_length(text):]


class LowerCaseWords:
    """The words some articles write lower-case, read once when first asked: a capitalized word found here is a
    common noun that opened a sentence ("Water was scarce"), not a name."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts: Iterable[str] | None = texts
        self._words: frozenset[str] = frozenset()

    def __contains__(self, word: object) -> bool:
        if self._texts is not None:
            self._words = frozenset(w for text in self._texts for w in _LOWER_WORD.findall(text))
            self._texts = None
        return word in self._words


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
NO_WORDS = LowerCaseWords(())


#: conversion debris inside a text: an escape written out, with the stray ampersand before it ("&\\tThe …")
_DEBRIS = re.compile(r"&?(?:amp;)?\\[tnr]")


def without_debris(text: str) -> str:
    """The text with conversion debris ("&\\t", "\\n" written out) read as a space."""
    return _DEBRIS.sub(" ", text)


def content_words(content: str, direct_quote: bool = False, lower: Container[str] = NO_WORDS) -> str:
    """The claim's content as it reads after its verb: a quote in quotation marks, loose quote marks trimmed.

    ``lower``: the words the story writes lower-case; they tell a common noun capitalized because it opened a
    sentence ("said Water was scarce") from a name."""
    text = strip_dateline(" ".join(_DEBRIS.sub(" ", content).split())).strip(" ,;:")
    if direct_quote and mixed_quote(text):
        text, direct_quote = _quoted_tail(text), False  # 'the HTK "did not …' reads: the HTK “did not …”
    if direct_quote:
        text = text.strip("\"“”")
        # a quote told in pieces ('A," she said. "B') is shown up to its first break
        cut = re.search(r"[,.]?[\"“”]", text)
        if cut:
            text = text[: cut.start()].rstrip(" ,") + " …"
        return f"“{text}”"
    # an odd or unmatched quotation mark is a quotation the span cut in half: drop the marks, keep the words
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        text = re.sub(r'["“”]', "", text)
    # reported speech continues the sentence: "said The death toll" reads "said the death toll", "said Of
    # those killed" "said of those killed"
    first, _, rest = text.partition(" ")
    # "Twenty-four passengers …" opens on a number word as much as "Two passengers …" does
    number = first.split("-")[0] in _SENTENCE_STARTS and first.split("-")[-1].islower()
    if first in _SENTENCE_STARTS or number or (first != "I" and first.istitle() and first.lower() in FUNCTION_WORDS) \
            or _common_noun(first, rest, lower):
        text = f"{first.lower()} {rest}".strip()
    return text


#: the first quotation mark of a text, and whether it opens a quotation (after a space, before a word)
_QUOTE_MARK = re.compile(r'["“”]')


def mixed_quote(content: str) -> bool:
    """A quotation that opens in the reporter's words and quotes only the rest: 'the HTK "did not carry out the
    bombing', 'the strikes would "only widen the feud' (a reported clause with the speaker's words at its
    end), not a quotation from its first word ('We never did," he said. "Never').

    Shown whole as reported speech with the quoted words in quotation marks; cut at its first quotation mark, as
    a quotation from its start is, it would read "the HTK …" and say nothing."""
    text = content.strip()
    m = _QUOTE_MARK.search(text)
    return m is not None and m.start() > 0 and text[m.start() - 1].isspace() and \
        text[m.start() + 1:m.start() + 2].isalnum()


def _quoted_tail(text: str) -> str:
    """A :func:`mixed_quote` in curly quotation marks, closed where the span ends before its closing mark; what
    follows a quotation told in pieces ('… "widen the feud," he said. "More') is left out."""
    m = _QUOTE_MARK.search(text)
    assert m is not None
    head, rest = text[:m.start()], text[m.end():]
    close = _QUOTE_MARK.search(rest)
    quoted, tail = (rest[:close.start()], rest[close.end():]) if close else (rest, "")
    if _QUOTE_MARK.search(tail):
        tail = ""
    quoted = quoted.rstrip()
    return f"{head}“{quoted.rstrip(',')}”{tail.rstrip()}"


def _common_noun(first: str, rest: str, lower: Container[str]) -> bool:
    """A capitalized first word the story also writes lower-case ("Water was …" where it says "clean water"),
    not the first of a name's words ("Bill Marsh said …")."""
    word = first.rstrip(",;:")
    if not (len(word) > 1 and word.istitle() and word.isalpha()) or rest[:1].isupper():
        return False
    return word.lower() in lower


#: capitalized words that start a sentence but not a name ("The death toll ...")
_SENTENCE_STARTS = frozenset(["The", "A", "An", "This", "That", "These", "Those", "There", "It", "Its", "We",
                              "Our", "They", "Their", "He", "His", "She", "Her", "Some", "Many", "Most", "All",
                              "No", "None", "Several", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
                              "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen",
                              "Sixteen", "Twenty", "Dozens", "Hundreds", "Thousands", "Scores"])


#: content that only names a speech act ("a statement", "the report from the ministry"): no proposition
_SPEECH_ACT_ONLY = re.compile(
    r"^(?:a|an|the|its|their|his|her)\s+(?:\w+\s+)?(?:statement|report|comment|remarks?|interview|message|post|"
    r"video|letter|notice|announcement|briefing|release|account|version|update|tweet|speech|address)"
    r"(?:\s+(?:from|by|of|on|in|to|at)\b(?!.*\b(?:is|was|were|are|has|had|have|will|would|could|should|said|"
    r"says|did|does)\b).*)?$", re.IGNORECASE)


def fragment(content: str) -> bool:
    """A content span cut short or holding a dateline, or naming only a speech act ("a statement from the
    group"): not a proposition a reader can use."""
    words = content.split()
    if not words or _SPEECH_ACT_ONLY.match(content.strip(" .,;:")):
        return True
    last = words[-1].lower().strip(",;:")
    return last in {"and", "or", "but", "the", "a", "an", "of", "to", "that", "with", "in"} or \
        re.match(r"^[A-Z]{3,}[A-Z ]*:", content) is not None


# --------------------------------------------------------------------------- sources

GRADE_WORDS = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}


def credibility_words(grade: int | None) -> str:
    return GRADE_WORDS.get(grade or 6, "cannot be judged")


def outlet_words(outlet: str | None, url: str | None = None) -> str:
    """The outlet, else the web site of its URL, else 'unknown outlet' (never an article id)."""
    if outlet and outlet.strip():
        return outlet.strip()
    if url:
        m = re.match(r"https?://(?:www\.)?([^/:?#]+)", url.strip())
        if m:
            return m[1]
    return UNKNOWN_OUTLET


UNKNOWN_OUTLET = "unknown outlet"


def list_words(items: Iterable[str], conj: str = "and") -> str:
    """'A', 'A and B', 'A, B and C'."""
    xs = [x for x in items if x]
    if len(xs) <= 1:
        return xs[0] if xs else ""
    return f"{', '.join(xs[:-1])} {conj} {xs[-1]}"


def family_words(outlets: Iterable[str], origin: str | None = None) -> str:
    """A source family as a reader knows it: 'VNA wire story: Valdoran News Agency and The Meridian Times'."""
    names = list(dict.fromkeys(o for o in outlets if o))
    what = list_words(names) or "one source"
    if origin:
        return f"{origin} wire story: {what}" if len(names) > 1 else f"{origin} wire story"
    return f"copies of one story: {what}" if len(names) > 1 else what


# --------------------------------------------------------------------------- agreement

_PLURAL_HEADS = frozenset({"police", "people", "authorities", "officials", "sources", "forces", "troops",
                           "militants", "residents", "witnesses"})
_HEAD_END = frozenset({"in", "of", "at", "from", "for", "with", "on", "who", "which", "that", "to", "close"})


def plural_subject(phrase: str, lower: Container[str] = ()) -> bool:
    """Does a speaker phrase take a plural verb? ('Police', 'Diplomats in Lesk', 'officials' -> True; with
    ``lower``, the words the story writes lower-case, 'Traders' opening a sentence too)."""
    words = re.findall(r"[\w'’-]+|,", phrase)
    head_words: list[str] = []
    for w in words:
        if w == "," or w.lower() in _HEAD_END:
            break
        head_words.append(w)
    if not head_words:
        return False
    head = head_words[-1]
    low = head.lower()
    if low in _PLURAL_HEADS:
        return True
    if not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    # a capitalized word ending in s is more often a name ("Reuters", "United Nations") than a plural, unless
    # it opens a longer phrase ("Diplomats in Lesk") or the story writes it lower-case ("traders" elsewhere)
    return head.islower() or (len(head_words) == 1 and len(words) > 1) or (len(head_words) == 1 and low in lower)


def plural_verb(verb: str) -> str:
    """'says' -> 'say', 'denies' -> 'deny', 'claims responsibility for' -> 'claim responsibility for'."""
    first, _, rest = verb.partition(" ")
    if first.endswith("ies"):
        first = first[:-3] + "y"
    elif first.endswith(("sses", "shes", "ches", "xes")):
        first = first[:-2]
    elif first.endswith("s") and not first.endswith("ss"):
        first = first[:-1]
    return f"{first} {rest}" if rest else first
