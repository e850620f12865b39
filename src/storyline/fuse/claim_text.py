"""Comparing two claim contents: what they say, in words a comparison can use.

Light stems ("used"/"using"), figures keyed by what they count ("12 people were killed" and "about
30 wounded" are two quantities, "at least 60" is 60 or more), dates of one kind (weekdays, months,
years) and antonymous predicates, the features of a content, the conflicts between two, and
the (cosine, word overlap) bars at which two contents count as saying the same thing. See
:mod:`storyline.fuse.claims` for the rules that use them.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any, TypeVar

from storyline.analyze.claims.cues import CLAIM_NOUNS, words
from storyline.analyze.claims.rebuttals import DISMISSIVE
from storyline.lexicons.calendar_words import MONTH_NAMES, MONTHS, WEEKDAY_NAMES
from storyline.lexicons.countries import demonym_country
from storyline.lexicons.numbers import FIGURE_NOUNS, FIGURE_REJECTIONS, NUMBER_WORDS, ONES, TENS
from storyline.lexicons.stopwords import MODALS, STOPWORDS
from storyline.model import Claim

T = TypeVar("T")

#: (cosine, jaccard) pairs: a pair of contents says the same thing when it reaches any of them
SAME = ((0.88, 0.0), (0.8, 0.15), (0.7, 0.4), (0.0, 0.6))
#: the same thing about one event
SAME_WITH_EVENT = ((0.78, 0.15), (0.0, 0.45))
#: the same thing about one target entity (one story's claims share their actors: a higher bar)
SAME_WITH_TARGET = ((0.78, 0.15), (0.0, 0.45))
#: the same thing said by the same speaker or side (two outlets' paraphrases of one statement)
SAME_SPEAKER = ((0.75, 0.1), (0.65, 0.35), (0.0, 0.5))
#: the same thing said twice by one speaker about one target (a minister's "came from X" and "crossed from X")
SAME_SPEAKER_TARGET = ((0.62, 0.15), (0.55, 0.25))
#: about the same thing (for conflicting specifics): never on shared words alone
TOPIC = ((0.8, 0.2), (0.7, 0.45))
#: a clause of one content and a clause of the other said by one side (one statement quoted at length by one
#: outlet and in part by another, or beside other sentences): closer than whole contents need, since a clause
#: has fewer words to share by chance
CLAUSE_SAME = ((0.85, 0.0), (0.74, 0.2))
#: a negated infinitive ("[urged Y] not to intensify attacks", "[asked] them never to return"): a request or a
#: promise about what should not happen, which answers no one's claim (never "X is not to blame", a rebuttal)
NEGATED_REQUEST = re.compile(r"^\W*(?:[\w'’-]+\s+){0,3}?(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )"
                             r"(?:not|never)\s+to\s+(?!blame\b)\w", re.I)
#: near-identical wording (for antonymous predicates)
NEAR = ((0.8, 0.3), (0.0, 0.55))
#: a negated content and the claim it answers: the same proposition but for the negation
REBUT = ((0.8, 0.15), (0.7, 0.25), (0.0, 0.4))
#: "the version that P does not withstand criticism" and P: the proposition restated inside a claim noun
RESTATED = ((0.6, 0.2), (0.5, 0.3))
#: the proposition of "the version that P does not withstand criticism", alone, and another side's P
CLAUSE_RESTATED = ((0.7, 0.0),)
#: one content negating the other (a contradiction): near-identical in meaning and in words
NEGATES = ((0.85, 0.3), (0.75, 0.5))
#: a denial by the accused and the accusation it answers: the same matter, often in other words
#: ("is not a safe haven for militants" / "allowing fighters to rest, train and rearm on its side")
ANSWERS = ((0.35, 0.0), (0.0, 0.2))
#: a denial and a statement about its side told in the same article ("X said the attackers came from
#: Estmark" / "No one crossed the Tavra from Estmark"): the article pairs them, the words need not
TOLD_ANSWERS = ((0.42, 0.0), (0.0, 0.2))
#: a denial and a charge told without an accusing verb ("X claimed that Y's drones crossed ...", "the X army says
#: Y's troops backed the rebels"): nothing but the content says it accuses, so the answer must be closer
CHARGE_ANSWERS = ((0.45, 0.0), (0.0, 0.25))
#: the same without a word in common beyond the names: closer in meaning
ANSWERS_UNANCHORED = ((0.55, 0.0),)
#: "X's accusation that P" and a claim of X saying P elsewhere (a claim noun's clause words it briefly)
OWNERS_WORDS = ((0.6, 0.0), (0.5, 0.1))
#: "Y denied allegations that P" and another side's wording of P in the same article, whoever owns it: closer
NAMED_CLAUSE_HERE = ((0.6, 0.25),)
#: the same words, near enough verbatim (for contents too short to be a proposition)
VERBATIM = ((0.9, 0.99),)
#: content words a content needs to count as a proposition (else only VERBATIM matches)
PROPOSITION_WORDS = 4
#: words left out of content overlap: function words, news filler, modals (numbers and dates are compared apart)
STOP = STOPWORDS | MODALS | words("also never n't")
WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_NUMBER = re.compile(r"\b(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
#: how a qualifier bounds a figure: "at least 60" is 60 or more, "nearly 300" at most 300
_LOWER = re.compile(r"(?:at least|more than|over|above|upwards of|in excess of|no fewer than)\s+$")
_UPPER = re.compile(r"(?:up to|at most|fewer than|less than|under|below|nearly|almost|no more than)\s+$")
_ABOUT = re.compile(r"(?:about|around|some|roughly|approximately|an estimated|close to)\s+$")
#: qualifiers written after a figure ("10,000 or more", "200 or so")
_POST_QUALIFIERS = {"or more": "lower", "or so": "about"}
#: words of a qualifier between a verb and its figure ("killed at least", "injured more than", "killed some")
_QUALIFIER_WORDS = words("at least more than over nearly almost about around some roughly approximately an "
                         "estimated up to no fewer close")
#: words between a figure and what it counts that say nothing of what is counted
_QUANT_SKIP = words("more other others additional further of the were was and had have has been are people's")
#: what a figure of people is a figure of, when a word of its clause says so (ACLED's categories)
_OUTCOMES = {**dict.fromkeys(words("killed kill killing dead died die death deaths toll fatalities lives"), "killed"),
             **dict.fromkeys(words("wounded injured hurt injuring wounding injuries casualties"), "injured"),
             **dict.fromkeys(words("arrested detained held holding captured abducted kidnapped missing kidnapping "
                                   "kidnap kidnaps abducting abduct abducts hostage hostages seized seizing captive "
                                   "captives"), "held")}
#: nouns that count the same people ("11 policemen" / "six officers" / "5 police officers"), by stem
#: the keys of a count of people by outcome alone ("12 people were killed", "took 40 hostages"): every one of them
_OUTCOME_KEYS = frozenset(("killed", "injured", "held"))
_SAME_COUNT = {**dict.fromkeys(("policeman", "policemen", "officer", "polic", "cop", "constabl", "policewoman",
                                "policewomen"), "police"),
               **dict.fromkeys(("soldier", "troop", "servicemen", "serviceman"), "soldier")}
_WEEKDAYS = frozenset(WEEKDAY_NAMES)
#: month names ("may" is mostly the verb)
_MONTHS = frozenset(MONTH_NAMES) - {"may"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: antonymous predicates: one content with one word of a pair, the other with the other word
ANTONYMS = (("increase", "decrease"), ("rise", "fall"), ("rose", "fell"), ("risen", "fallen"), ("win", "lose"),
            ("won", "lost"), ("accept", "reject"), ("approve", "reject"), ("confirm", "deny"), ("alive", "dead"),
            ("open", "closed"), ("guilty", "innocent"), ("legal", "illegal"), ("true", "false"),
            ("success", "failure"), ("higher", "lower"), ("more", "fewer"), ("support", "oppose"),
            ("agree", "disagree"), ("allow", "ban"), ("lift", "impose"), ("arrest", "release"),
            ("resume", "suspend"), ("gain", "loss"))


@lru_cache(maxsize=1 << 15)  # a pure function of a word: the claims step stems about 50 words per distinct word
def stem(word: str) -> str:
    """A light stem, the same on both sides of a comparison: "used"/"using"/"use", "attacks"/"attack".

    Suffixes go only when what remains still has a vowel ("thing" and "need" stay whole).
    """
    w = word.replace("’", "'").removesuffix("'s").rstrip("'")
    for suffix, keep in (("ing", 5), ("ied", 4), ("ies", 4), ("ed", 4)):
        rest = w[:-len(suffix)]
        if w.endswith(suffix) and len(w) >= keep and _VOWEL.search(rest) and not w.endswith("eed"):
            return rest + ("i" if suffix in ("ied", "ies") else "")
    if len(w) > 3 and (w.endswith(("ses", "xes", "zes", "ches", "shes"))):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 2 and w.endswith("e") and not w.endswith("ee"):
        return w[:-1]
    return w[:-1] + "i" if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou" else w


_VOWEL = re.compile(r"[aeiouy]")
_ANTONYM_OF = {stem(w): (k, side) for k, pair in enumerate(ANTONYMS) for side, w in enumerate(pair)}


@dataclasses.dataclass(frozen=True)
class Amount:
    """A figure in a content: what it counts (a stem) and the interval its qualifier allows."""

    key: str
    low: float
    high: float
    #: what it counts is a noun written after the figure ("eight miners"), not a word before it taken for one
    #: ("could exceed 20,000"): only such a count is a part of a whole (:func:`_amounts_differ`)
    noun: bool = dataclasses.field(default=False, compare=False)
    #: a part of the figure before it ("164 people died, including 103 in the capital", "among them four
    #: children", "of whom three were police"): within that figure, never added to it (:func:`_with_totals`)
    part: bool = dataclasses.field(default=False, compare=False)


@dataclasses.dataclass(slots=True)
class ClaimFeatures:
    words: frozenset[str]
    amounts: tuple[Amount, ...]
    dates: Mapping[str, frozenset[str]]  # weekday / month / year -> the ones named
    antonyms: frozenset[tuple[int, int]]
    negated: bool
    claim_noun_owner: bool
    means: frozenset[str] = frozenset()  # the kinds of means it gives as an act's cause (:func:`means_kinds`)
    part: bool = False  # its figures are of a part ("in just one village", "in the city alone")
    #: the figures it rejects ("ten thousand is too much"): not among its amounts (:func:`rejected_figures`)
    rejected: frozenset[float] = frozenset()
    guilt: bool = False  # a denial of guilt: a plea of not guilty, a claim of innocence, "denied wrongdoing"


#: the ones word of a compound number after its tens word ("thirty-two", "twenty one"): one figure, not two
_COMPOUND_ONES = re.compile(r"[-\s]\s*(" + "|".join(w for w, v in ONES.items() if 0 < v < 10) + r")\b")


def _figure(raw: str, after: list[str]) -> tuple[float, int]:
    """The value of a figure and how many following words belong to it ("two hundred", "3 million")."""
    value = float(raw.replace(",", "")) if raw[0].isdigit() else float(NUMBER_WORDS[raw])
    scale = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}
    if after and after[0] in scale:
        # "three hundred and sixty-one": the "and" of a number written in words goes on with it
        if raw[0].isalpha() and len(after) > 2 and after[1] == "and" and (rest := _below_hundred(after[2])):
            return value * scale[after[0]] + rest, 3
        return value * scale[after[0]], 1
    return value, 0


def _below_hundred(word: str) -> int:
    """The value of a number word under a hundred ("sixty-one", "twelve", "forty"), else 0."""
    tens, _, ones = word.partition("-")
    if ones:
        return TENS.get(tens, 0) + ONES.get(ones, 0) if tens in TENS and 0 < ONES.get(ones, 0) < 10 else 0
    return ONES.get(word) or TENS.get(word) or 0


def _end_of_words(low: str, at: int, used: list[str]) -> int:
    """Where the words ``used`` (read after ``at``, in order) end in ``low``."""
    for w in used:
        at = low.index(w, at) + len(w)
    return at


#: verbs a toll takes before its figure ("the death toll ... has climbed to 318", "had reached 4,200")
_TOLL_VERB_FORMS = ("rose", "risen", "rises", "climbed", "reached", "stood", "stands", "jumped", "increased", "hit")
#: the subject of a figure's clause that counts the dead however long it is ("The death toll from the floods
#: that swept the two southern districts along the X border has climbed to 318")
_TOLL_SUBJECT = re.compile(rf"\b(?:death\s+)?toll\b[^.;:!?]*\b(?:{'|'.join(_TOLL_VERB_FORMS)}|is|was|now)\b[^.;:!?]*$")
#: the same verbs by stem: the word before a figure that is one of them is what the toll does, not what it counts
_TOLL_VERBS = frozenset(stem(w) for w in _TOLL_VERB_FORMS)


def _toll_subject(low: str, m: re.Match[str]) -> str:
    """"killed" when the figure's sentence opens its clause with a toll ("the death toll ... has climbed to 318")."""
    return "killed" if _TOLL_SUBJECT.search(re.split(r"[.;:!?]\s", low[max(0, m.start() - 400):m.start()])[-1]) \
        else ""


def _outcome_after(rest: list[str], nouns: list[str]) -> str:
    """The outcome the words after a figure give it: the first outcome word within five words and before another
    figure ("24 gunmen and 13 hostages were killed": "hostages" is the second figure's, not the first's); a
    hostage or captive counted and then killed or hurt is a count of that ("13 hostages were killed": dead)."""
    scan = list(itertools.takewhile(lambda w: not _NUMBER.fullmatch(w), rest[:5]))
    hits = [(w, _OUTCOMES[w]) for w in scan if w in _OUTCOMES]
    if not hits:
        return ""
    word, outcome = hits[0]
    if outcome == "held" and nouns and word == nouns[0]:
        return next((o for _, o in hits[1:] if o != "held"), outcome)
    return outcome


#: a clock time ("around 11:30", "at 3 p.m.", "10.45am", "0600 GMT", "at 9 o'clock", "01:00 local time"): a time
#: of day, not an amount (nor two); a colon between two figures ("11:30", a score "2:1") never counts anything
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?!\d)(?:\s*(?:[ap]\.m\.?|[ap]m\b))?"
                    r"|\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\b\.?|[ap]m\b|o['’]clock\b)"
                    r"|\b\d{1,2}(?:[:.]\d{2})?\s*(?:gmt|utc|local\s+time)\b|\b\d{4}\s*(?:gmt|utc|hrs|hours\s+gmt)\b")
#: before a figure, words that make it a part of the figure before it ("including 103", "among them four",
#: "of whom three", "of which 12", "among whom five")
_PART_OF_BEFORE = re.compile(r"\b(?:including|includes|included|among\s+(?:them|whom|those|which)"
                             r"|of\s+(?:whom|which|them)|out\s+of\s+(?:whom|which|them))\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than"
                             r"|as\s+many\s+as|an\s+estimated)\s+)?$")
#: a figure of the part of the one before that the clause names after it ("28 assailants, 26 of whom were ...")
_PART_OF_AFTER = re.compile(r"\s+(?:of\s+(?:whom|which|them)|among\s+them)\b")
#: the spellings of one unit ("tonnes" / "tons", "metres" / "meters" / "m", "kilometres" / "km"): one key, so that
#: the same quantity written in two spellings is one count
_UNITS = {**dict.fromkeys(words("ton tons tonne tonnes"), "ton"),
          **dict.fromkeys(words("metre metres meter meters"), "metre"),
          **dict.fromkeys(words("kilometre kilometres kilometer kilometers km kms"), "kilometre"),
          **dict.fromkeys(words("mile miles"), "mile"),
          **dict.fromkeys(words("kilogram kilograms kilogramme kilogrammes kilo kilos kg kgs"), "kilogram"),
          **dict.fromkeys(words("litre litres liter liters"), "litre"),
          **dict.fromkeys(words("percent pct"), "percent"),
          **dict.fromkeys(words("hectare hectares"), "hectare")}
#: "per cent" and a sign after its figure ("40%") are the word "percent"
_PERCENT = re.compile(r"\bper\s+cent\b|(?<=\d)\s?%")


#: a month written before a figure of 1 to 31 ("July 16", "Oct. 16", "on March 7"): a day of the month
_MONTH_WORDS = sorted(MONTHS, key=lambda w: (-len(w), w))
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(_MONTH_WORDS)})\.?,?\s+$")
#: a month written after it ("21 September", "24 of June"; not "may", mostly the verb)
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?(?:{'|'.join(w for w in _MONTH_WORDS if w not in {'may', 'mar'})})\b")
#: an age: "a 15-year-old girl", "the 30-year-old", "aged 45", "64 years old", "an eight-month-old"
_AGE_AFTER = re.compile(r"[-\s]+(?:year|month|week|day)s?[-\s]+olds?\b")
_AGE_BEFORE = re.compile(r"\baged\s+$")
#: an age after a name between commas ("Velko Marin, 45, who ..."): the name, then the figure's closing comma
_NAME_AGE_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s+$")
_NAME_AGE_AFTER = re.compile(r"\s*(?:[,)]|\.(?:\s|$)|$)")
#: a figure that names rather than counts: part of a model or code ("a Kx-22 missile", "F-16"), or the number of an
#: article, section, flight, route ... ("under Article 5", "sections 304 and 201")
_LABEL_BEFORE = re.compile(r"(?:[a-z]-|\b(?:articles?|sections?|clauses?|chapters?|paragraphs?|no\.?|nos\.?"
                           r"|flights?|routes?|highways?|rooms?|platforms?|gates?|wards?|resolutions?)\s+)$")
#: words after a figure that are no noun it counts ("at least 204 since July 16")
_NOT_COUNTED = words("since till until per across near outside inside within")


def _not_a_count(low: str, cased: str, start: int, end: int, raw: str) -> bool:
    """Is the figure at ``start:end`` a day of a month, an age or a label rather than an amount?"""
    head = low[max(0, start - 16):start]
    if _LABEL_BEFORE.search(head) or _AGE_AFTER.match(low, end) or _AGE_BEFORE.search(head):
        return True
    if raw[0].isdigit() and 1 <= float(raw.replace(",", "")) <= 31 and "," not in raw \
            and (_MONTH_BEFORE.search(head) or _MONTH_AFTER.match(low, end)):
        return True
    return len(cased) == len(low) and raw[0].isdigit() and bool(
        _NAME_AGE_BEFORE.search(cased, max(0, start - 40), start) and _NAME_AGE_AFTER.match(low, end))


#: a figure restated in digits in brackets after its words ("thirty-nine (39)")
_RESTATED = re.compile(r"\s*\(\s*\d[\d,]*\s*\)")


def _clock_spans(low: str) -> list[tuple[int, int]]:
    """Where the clock times of a lower-cased text lie (:data:`_CLOCK`)."""
    return [m.span() for m in _CLOCK.finditer(low)]


def _in_spans(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def amounts(text: str) -> tuple[Amount, ...]:
    """The figures of a content with what they count: "at least 84 people" -> people in [84, inf).

    What is counted is the first word after the figure that is not a filler ("84 other people"),
    else the word before it ("killed 84"). A partitive ("one of the attackers"), a year and the
    pronoun "one" ("no one") are not figures.
    """
    # "40%" and "40 per cent" read as "40 percent" (one word, the unit)
    cased = _PERCENT.sub(lambda m: " percent" if m.group().strip() == "%" else "percent", text)
    low = cased.lower()
    clock = _clock_spans(low)
    out: list[Amount] = []
    last = None  # where the last figure ends
    breakdown = False  # in the breakdown of a figure
    scale_end = 0  # where the scale word of the last figure ends ("two hundred": its "hundred" is no figure of its own)
    for m in _NUMBER.finditer(low):
        raw = m.group()
        if _YEAR.fullmatch(raw) or m.start() < scale_end or (clock and _in_spans(m.start(), clock)):
            continue  # a year, the scale word of the figure before, a time of day
        if last is not None and (_BREAKDOWN.fullmatch(low, last, m.start())
                                 or (breakdown and not _BREAKDOWN_END.search(low, last, m.start()))):
            last, breakdown = m.end(), True
            continue  # "six captives — three engineers, two drivers ...": parts of the figure before, counted there
        # "thirty-two": the tens word and its ones word are one figure (the ones word is no figure of its own)
        compound = _COMPOUND_ONES.match(low, m.end()) if raw in TENS else None
        end = compound.end() if compound else m.end()
        last, breakdown = end, False
        if _not_a_count(low, cased, m.start(), end, raw):
            continue  # a date, an age, a label
        after = WORD.findall(re.split(r"[.;:!?,]", low[end:end + 60])[0])
        # the words of its clause before the figure ("the death toll from ... rose by two to 16")
        before = WORD.findall(re.split(r"[.;:!?]\s", low[max(0, m.start() - 120):m.start()])[-1])
        if raw == "one" and (not after or after[0] in ("of", "another") or (before and before[-1] in words(
                "no any every some the this that each which"))):
            continue
        value, used = _figure(raw, after)
        if compound:
            value += ONES[compound.group(1)] * value / TENS[raw]  # "thirty-two thousand": the scale takes both
            scale_end = end
        if used:
            scale_end = _end_of_words(low, end, after[:used])
        rest = after[used:]
        # "thirty-nine (39) people": the figure restated in brackets is read past, not as what it counts
        if bracket := _RESTATED.match(low, max(end, scale_end)):
            last = scale_end = bracket.end()  # (its bracketed figure is no figure of its own)
            rest = WORD.findall(re.split(r"[.;:!?,]", low[bracket.end():bracket.end() + 60])[0])
        # "10,000 or more people", "200 or so": a qualifier after the figure
        post = " ".join(rest[:2]) if rest[:1] == ["or"] else ""
        if post in _POST_QUALIFIERS:
            rest = rest[2:]
        if rest and rest[0] == "of" and not _PART_OF_AFTER.match(low, end):
            continue  # "two of the bombers": a part of a group, not a count of it
        if before and before[-1] == "by" and rest and rest[0] == "to":
            continue  # "rose by two to 16": a change, not a count
        # "12 Chilean diplomats" counts diplomats: a people's name qualifies what is counted
        nouns = [w for w in rest[:3] if w not in _QUANT_SKIP and not _NUMBER.fullmatch(w) and not demonym_country(w)]
        key = nouns[0] if nouns else (before[-1] if before else "")
        # "14 people were killed" and "31 people were wounded" count different things: the nearest
        # outcome word says which ("the death toll rose by two to 16" counts the dead); a verb right before
        # the figure governs it ("killed more than 75 and injured 240": 75 dead)
        governing = next((w for w in reversed(before[-6:]) if w not in _QUALIFIER_WORDS), "")
        outcome = _OUTCOMES.get(governing) or _outcome_after(rest, nouns) or next(
            (_OUTCOMES[w] for w in reversed(before[-16:]) if w in _OUTCOMES), "") or _toll_subject(low, m)
        if key in STOP or key in _NOT_COUNTED:
            key = ""
        if not key and not outcome:
            continue
        lo, hi = value, value
        prefix = low[max(0, m.start() - 25):m.start()]
        if _POST_QUALIFIERS.get(post) == "lower":
            hi = math.inf
        elif _POST_QUALIFIERS.get(post) == "about":
            lo, hi = 0.8 * value, 1.2 * value
        elif _LOWER.search(prefix):
            hi = math.inf
        elif _UPPER.search(prefix):
            lo = 0.0
        elif _ABOUT.search(prefix):
            lo, hi = 0.8 * value, 1.2 * value
        counted = "" if outcome and (key in _OUTCOMES or key in ("", "people", "person", "persons")
                                     or stem(key) in _TOLL_VERBS) else _UNITS.get(key) or stem(key)
        counted = _SAME_COUNT.get(counted, counted)
        # "including 103", "among them four children", "26 of whom": a part of the figure before it
        part = bool(out) and bool(_PART_OF_BEFORE.search(low, max(0, m.start() - 40), m.start())
                                  or _PART_OF_AFTER.match(low, end))
        out.append(Amount(f"{counted} {outcome}".strip(), lo, hi, noun=bool(nouns and counted), part=part))
    return tuple(out)


#: between a figure and the first item of its breakdown: what it counts, then a dash, colon or bracket ("six hostages —
#: three ...", "12 people were killed: eight soldiers and ...")
_BREAKDOWN = re.compile(r"\s+(?:[a-z'’-]+\s+){0,3}[a-z'’-]+\s*[—–:(]\s*")
#: where a breakdown ends: its sentence or clause, a closing dash or bracket
_BREAKDOWN_END = re.compile(r"[.;!?—–)]")


#: one empty set for every content that names none (an empty frozenset is 216 bytes, and each content has
#: five sets, most of them empty: about 1 KB a claim, some 70 MB for the 69k claims of a 19k-article corpus)
_NONE: frozenset[Any] = frozenset()
_NO_DATES: Mapping[str, frozenset[str]] = MappingProxyType({"weekday": _NONE, "month": _NONE, "year": _NONE})


def _set(items: Iterable[T]) -> frozenset[T]:
    """``frozenset(items)``, the shared empty set when there are none."""
    return frozenset(items) or _NONE


def content_stems(toks: Iterable[str]) -> frozenset[str]:
    """The stems of a content's words (its lower-cased :data:`WORD` tokens) that are no stop words: what two
    claims must share to be compared (:attr:`ClaimFeatures.words`)."""
    return _set(stem(t) for t in toks if t not in STOP and len(t) > 1)


def claim_words(claim: Claim) -> frozenset[str]:
    """``features(claim).words`` without the rest of the features (figures, dates, means): what incremental
    fusion's reach reads of every stored claim of the touched story clusters (issue 11)."""
    return content_stems(WORD.findall(claim.content.lower()))


def features(claim: Claim) -> ClaimFeatures:
    """What a content says, in the terms of the comparisons below."""
    text = claim.content
    toks = WORD.findall(text.lower())
    stems = content_stems(toks)
    rejected = rejected_figures(text)
    dates = {"weekday": _set(t for t in toks if t in _WEEKDAYS), "month": _set(t for t in toks if t in _MONTHS),
             "year": _set(_YEAR.findall(text))}
    return ClaimFeatures(
        words=stems,
        amounts=_with_totals(tuple(x for x in amounts(text) if stated(x) not in rejected)),
        dates=dates if any(dates.values()) else _NO_DATES,
        antonyms=_set(_ANTONYM_OF[w] for w in stems if w in _ANTONYM_OF),
        negated=claim.negated,
        # "the accusation", "Valdora's claims", "an accusation by X that ...", "a Daily Courier (DC) report
        # that ...": about a claim
        claim_noun_owner=(any(t.rstrip("s") in CLAIM_NOUNS for t in (toks if len(toks) <= 8 else toks[:4]))
                          or bool(_NAMED_CLAIM.match(text)) or bool(_GUILT_START.match(text))
                          or bool(_CLAIMS_CALLED_UNTRUE.search(text))),
        means=means_kinds(text),
        part=bool(_PART.search(text)),
        guilt=claim.polarity == "deny" and bool(_GUILT_START.match(text) or _SELF_INNOCENT.search(text)),
        rejected=rejected,
    )


#: after a figure, its clause calling it too high ("ten thousand, I think, is too much", "the number of 10,000
#: killed was too high", "10,000 deaths now appears to be \"too much\""); "is not too high" accepts it
_REJECTED_AFTER = re.compile(r"[^.;:!?\d]{0,40}?\b(?:is|was|are|were|seems?|seemed|appears?|appeared)\s+"
                             r"(?:(?!not\b|never\b)[a-z]+\s+)?(?:to\s+be\s+)?[\"“'‘]?(?:"
                             + "|".join(FIGURE_REJECTIONS) + r")\b")
#: before a figure, a speaker putting his own in its place ("not the previously reported figure of 10,000")
_REJECTED_BEFORE = re.compile(r"\bnot\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:" + "|".join(FIGURE_NOUNS) + r")\s+of\s+$")


def rejected_figures(text: str) -> frozenset[float]:
    """The figures a content rejects: called too high ("ten thousand, I think, is too much") or replaced ("closer to
    2,500, not the previously reported figure of 10,000"). Such a figure is what another said, not what this
    content states: it is no amount of it, and it opposes a content stating it."""
    low = text.lower()
    clock = _clock_spans(low)
    out = set()
    end = 0  # where the last figure ends, with its scale word ("ten thousand")
    for m in _NUMBER.finditer(low):
        raw = m.group()
        if m.start() < end or _YEAR.fullmatch(raw) or _in_spans(m.start(), clock):
            continue
        after = WORD.findall(low[m.end():m.end() + 30])
        value, used = _figure(raw, after)
        end = m.end() if not used else _end_of_words(low, m.end(), after[:used])
        if _REJECTED_AFTER.match(low, end, end + 80) or _REJECTED_BEFORE.search(low[max(0, m.start() - 60):m.start()]):
            out.add(value)
    return _set(out)


def _with_totals(found: tuple[Amount, ...]) -> tuple[Amount, ...]:
    """The amounts with the total of each count given more than once ("230 killed in X, and another 9 in Y":
    239 killed as well), so that a whole ("at least 239 killed") fits the breakdown while another figure for
    one of its parts ("300 killed in X") does not."""
    totals = []
    for key in dict.fromkeys(x.key for x in found):
        if key == "percent":
            continue  # shares of one whole ("40 percent ... 45 percent") add to no figure of it
        parts = [x for x in found if x.key == key and not x.part]  # "including 103": within its whole, not added
        if len(parts) > 1:
            totals.append(Amount(key, sum(x.low for x in parts), sum(x.high for x in parts)))
    return found + tuple(totals)


#: a figure of a part of the whole ("died in a single hamlet", "in one hospital", "in the city alone"):
#: another figure for the whole is no contradiction
_PART = re.compile(r"\b(?:in|at|from)\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+(?!of\b)[a-z]+|\balone\b", re.I)


#: a denial of guilt: the plea or the denied wrongdoing itself ("not guilty to ...", "a not guilty plea", "innocent
#: to the charges", "his innocence", "any wrongdoing"), or the speaker declaring itself so ("I am absolutely
#: innocent", "my client is innocent"); not a denial that only mentions innocent people ("denied killing innocent
#: civilians"). What it answers is the charges: like "the charges", it is about what was alleged
_GUILT_START = re.compile(r"(?:an?\s+|(?:any|all|his|her|their|its|my|our|the)\s+)?"
                          r"(?:not\s+guilty|innocent\s+(?:to|of)\b|innocence|wrongdoing|guilt|misconduct|impropriety)\b",
                          re.I)
_SELF_INNOCENT = re.compile(r"\b(?:i|we|my\s+clients?)\s+(?:am|are|is|'m|’m|'re|’re)\s+(?:\w+\s+)?"
                            r"(?:innocent|not\s+guilty)\b", re.I)
#: a content opening with a claim noun after its owner's name ("a Daily Courier (DC) report that ...")
_NAMED_CLAIM = re.compile(r"(?:that\s+)?(?:(?:a|an|the)\s+)?(?:[A-Z][\w.&'’-]*\s+|\([A-Z]{2,}\)\s+){1,6}"
                          rf"(?:{'|'.join(sorted(CLAIM_NOUNS))})s?\b")

#: a claim noun called untrue further on in a content ("The incitement against us is regrettable ... it is clear that
#: <the capital>'s accusations are unfounded"): the content is about those claims, wherever it says so
_CLAIMS_CALLED_UNTRUE = re.compile(rf"\b(?:{'|'.join(sorted(CLAIM_NOUNS))})s?\s+(?:are|is|were|was|remain|remains)\s+"
                                   rf"(?:\w+\s+){{0,2}}?(?:{'|'.join(sorted(DISMISSIVE))})\b", re.I)


#: a sentence end inside a content (a quotation of several sentences)
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’']?\s+")
#: content words a sentence needs before it can be told again recognizably
REPEAT_WORDS = 5
#: share of a sentence's content words the other content must hold for it to be the same sentence
REPEAT_SHARE = 0.8
#: a figure of three digits or more, not a year
_FIGURE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{3,}(?![\d,.]))")


@lru_cache(maxsize=1 << 12)  # a content is compared sentence by sentence with each of its candidate pairs
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(t) for t in WORD.findall(text.lower()) if t not in STOP and len(t) > 1)


def repeats_sentence(a: str, b: str) -> bool:
    """Does one content tell a sentence of the other again, nearly word for word? A speaker quoted at
    length in one outlet and for one sentence in another ("We need more support to save lives." /
    "“…very dramatic. We need more support to save lives. Every minute counts.”") says the same thing."""
    for one, other in ((a, b), (b, a)):
        words = _stems(other)
        for sentence in _SENTENCE.split(one):
            own = _stems(sentence)
            if len(own) >= REPEAT_WORDS and len(own & words) >= REPEAT_SHARE * len(own):
                return True
    return False


#: where a content's clauses part: a sentence end, a semicolon or dash, a comma before a contrasting
#: conjunction, "and"/"but" before a pronoun subject ("... was so high, though one passenger survived",
#: "... to the families and we consider it our duty ..."). Not "and the": that mostly joins two nouns
_CLAUSE_BREAK = re.compile(r"(?<=[.!?;:])[\"”’']?\s+|\s*[—–]\s*|\s+-\s+|,\s+(?=(?:but|though|although|while|whereas)\b)"
                           r"|,?\s+(?:and|but)\s+(?=(?:we|i|he|she|they|it|there)\b)", re.I)


def clause_words(text: str) -> frozenset[str]:
    """The stems of a clause's content words (as :attr:`ClaimFeatures.words`)."""
    return _stems(text)


#: the finite auxiliary or modal that opens a predicate ("has been charged", "will not appear", "was ordering"), with
#: the words that may sit between it and the verb
_AUXILIARY = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|shall|did|does"
                        r"|do)\b(?:\s+(?:not|never|also|already|now|still|been|be|being))*\s+(?=[a-z])", re.I)
#: where the predicate's first clause ends: a punctuation mark, or a conjunction or adjunct that opens another clause
#: or another matter ("charged with murder after the shootings", "and will appear in court on Saturday")
_PREDICATE_END = re.compile(r"\s*[,;:.!?()\"“”—–]|\s+(?:and|but|or|while|after|before|because|as|when|since|until|"
                            r"although|though|who|which|where|following|amid)\b", re.I)
#: a word opening a clause inside a subject (a relative or adverbial clause): the auxiliary after it is that clause's
_SUBORDINATE = re.compile(r"\b(?:who|whom|whose|which|when|where|whether|if|because|although|though|after|before|"
                          r"since|until|while)\b", re.I)
#: characters a content's subject may have: past them the first auxiliary is in a later clause
SUBJECT_CHARS = 80
#: content words (:func:`clause_words`) a predicate needs to say something of its own ("have been identified" says
#: too little to tell two statements apart)
PREDICATE_WORDS = 2


def predicate(text: str) -> tuple[int, str] | None:
    """Where a content's subject ends and what its first clause says of it: the predicate from its finite auxiliary
    or modal to the end of the clause ("The suspect, a man in his 20s, has been charged with murder after the
    shootings" -> "has been charged with murder"). Two outlets quoting one speaker often describe the subject each
    their own way (a name, a description, a pronoun) and word the predicate alike. None when the content opens
    with no subject before such an auxiliary (within :data:`SUBJECT_CHARS`) or its predicate has fewer than
    :data:`PREDICATE_WORDS` content words."""
    aux = _AUXILIARY.search(text, 0, SUBJECT_CHARS + 40)
    if aux is None or aux.start() == 0 or aux.start() > SUBJECT_CHARS or not text[:aux.start()].strip(" \"“‘'"):
        return None
    if _SUBORDINATE.search(text, 0, aux.start()):
        return None  # "the soldiers, who had been on alert, were deployed": the auxiliary of a clause in the subject
    end = _PREDICATE_END.search(text, aux.end())
    said = text[aux.start():end.start() if end else len(text)]
    return (aux.start(), said) if len(_stems(said[aux.end() - aux.start():])) >= PREDICATE_WORDS else None


def clauses(text: str) -> list[str]:
    """The clauses of a content that can be propositions on their own (:data:`PROPOSITION_WORDS` content
    words or more); empty when the content is one clause (the whole content says it already)."""
    parts = [p.strip(" ,\"“”'‘’") for p in _CLAUSE_BREAK.split(text)]
    parts = [p for p in parts if len(_stems(p)) >= PROPOSITION_WORDS]
    return parts if len(parts) > 1 or (parts and len(_stems(parts[0])) < len(_stems(text))) else []


def shared_figures(a: str, b: str) -> frozenset[str]:
    """Figures of three digits or more (not years) written in both contents ("20,000")."""
    return frozenset(_FIGURE.findall(a)) & frozenset(_FIGURE.findall(b))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)  # the union's size without building it (this runs for every candidate pair)
    return shared / (len(a) + len(b) - shared)


def _amounts_differ(a: tuple[Amount, ...], b: tuple[Amount, ...]) -> bool:
    """Some counted thing has values in both contents and no value of one fits a value of the other; or a part
    counts more than its whole may hold: "holding at least eight miners" against "seizing six captives" (all
    the held), where "12 soldiers killed" and "30 people killed" fit (a part of the dead)."""
    if not a or not b:  # (most pairs: nothing to compare)
        return False
    for key in {x.key for x in a} & {y.key for y in b}:
        xs, ys = [x for x in a if x.key == key], [y for y in b if y.key == key]
        if not any(x.low <= y.high and y.low <= x.high for x in xs for y in ys):
            return True
    for whole, parts in ((a, b), (b, a)):
        for outcome in {x.key for x in whole if x.key in _OUTCOME_KEYS}:
            most = max(x.high for x in whole if x.key == outcome)
            if any(p.noun and p.key.endswith(" " + outcome) and p.low > most for p in parts):
                return True
    return False


def stated(x: Amount) -> float:
    """The figure a qualified amount was stated with ("at least 84" -> 84, "up to 90" -> 90)."""
    if x.high == math.inf or x.low == x.high:
        return x.low
    return x.high if x.low == 0 else (x.low + x.high) / 2


def figures_apart(a: ClaimFeatures, b: ClaimFeatures, keyed: bool = True) -> bool:
    """Some counted thing is given in both contents, and with no figure in common: "at least 2,300 dead" and
    "the toll could reach 20,000" are compatible bounds but two reports, not one proposition told twice. With
    ``keyed=False`` whatever the figures count: both contents give figures and none is in common ("the toll rose
    to 21" / "a toll of nine civilians": a speaker's figures of two days are two reports)."""
    if not a.amounts or not b.amounts:  # (most pairs: no figure in one of them)
        return False
    if not keyed:
        return bool(a.amounts and b.amounts) and _none_in_common({stated(x) for x in a.amounts},
                                                                 {stated(y) for y in b.amounts})
    return any(_none_in_common({stated(x) for x in a.amounts if x.key == key},
                               {stated(y) for y in b.amounts if y.key == key})
               for key in {x.key for x in a.amounts} & {y.key for y in b.amounts})


def _none_in_common(xs: set[float], ys: set[float]) -> bool:
    """No figure of one set within 1% of one of the other."""
    return not any(abs(x - y) <= 0.01 * max(x, y) for x in xs for y in ys)


#: what a toll counts (the outcome at the end of an amount's key)
_TOLL_OUTCOMES = frozenset(_OUTCOMES.values())
#: people a toll may count by name ("137 students abducted"), by stem; not things ("8,000 homes destroyed")
_TOLL_PEOPLE = frozenset({"", *_SAME_COUNT.values(), *(stem(w) for w in words(
    "children child students pupils civilians passengers workers residents villagers migrants women men"))})


#: the smallest toll two reports share by more than chance (two incidents of one story may both have 3 dead)
TOLL_FIGURE = 10
#: the MiniLM cosine two reports of one toll need: about the same incident, in any words
TOLL_COSINE = 0.5
#: a toll of at least this many that two reports of one day give with one figure agrees by more than chance even in
#: words further apart ("the number of people confirmed dead ... had risen to 64" / "the death toll from the fire has
#: risen to 64": cosine 0.40): :data:`LARGE_TOLL_COSINE` does there
LARGE_TOLL = 50
LARGE_TOLL_COSINE = 0.35


def toll_amounts(a: ClaimFeatures, least: float) -> list[Amount]:
    """The tolls a content gives: counts of people dead, injured or held, of ``least`` or more."""
    out = []
    for x in a.amounts:
        counted, _, outcome = x.key.rpartition(" ")
        if outcome in _TOLL_OUTCOMES and counted in _TOLL_PEOPLE and stated(x) >= least:
            out.append(x)
    return out


#: the units of a measured quantity (:data:`_UNITS`), not shares: "700 tonnes" / "700 tons" of something
MEASURES = frozenset(_UNITS.values()) - {"percent"}


def shared_measures(a: ClaimFeatures, b: ClaimFeatures, least: float) -> str:
    """A measured quantity (tons, metres, kilometres, kilograms, litres, hectares) both contents state with one
    figure of ``least`` or more ("about 700 tonnes of the chemical" / "700 tons of the chemical"), in any spelling
    of its unit; "" when none."""
    for x in a.amounts:
        if x.key in MEASURES and stated(x) >= least and any(
                y.key == x.key and abs(stated(x) - stated(y)) <= 0.01 * stated(x) for y in b.amounts):
            return f"{stated(x):g} {x.key}"
    return ""


def counts_harm(a: ClaimFeatures) -> bool:
    """Does a content count people killed, hurt or held, whatever it calls them ("eight miners" held, "12 people
    killed")? Not a sum of money, shares or goods."""
    return any(x.key.rpartition(" ")[2] in _TOLL_OUTCOMES for x in a.amounts)


def shared_tolls(a: ClaimFeatures, b: ClaimFeatures, least: float) -> str:
    """A toll both contents state with one figure (at least ``least``): "120 killed" for "has risen to over 120"
    and "at least 120 people were killed"; "" when none."""
    for x in toll_amounts(a, least):
        if any(y.key == x.key and abs(stated(x) - stated(y)) <= 0.01 * stated(x) for y in b.amounts):
            return f"{stated(x):g} {x.key}"
    return ""


def _antonymous(a: frozenset[tuple[int, int]], b: frozenset[tuple[int, int]]) -> bool:
    """One content has one side of an antonym pair, the other the other side, and neither has both."""
    return any((k, 1 - side) in b and (k, 1 - side) not in a and (k, side) not in b for k, side in a)


def conflicts(a: ClaimFeatures, b: ClaimFeatures, near: bool = False) -> str | None:
    """Which specific the two contents genuinely disagree on, if any (negation is judged apart).

    ``near``: the wording is near-identical, so another day or an antonymous predicate is a
    disagreement and not another proposition. A different place is not judged here: one outlet's "the Sarn
    bombers" is another's "the men who planned the attack"; incidents apart are the events' call.
    """
    if _amounts_differ(a.amounts, b.amounts) and not (a.part or b.part):
        return "numbers differ"
    if a.means and b.means and not a.means & b.means:  # "killed by a bomb" / "killed by a missile"
        return "means differ"
    for kind in ("weekday", "month", "year"):
        # only in near-identical wording: "on Thursday claimed the attack of Wednesday" has two days
        if near and a.dates[kind] and b.dates[kind] and not a.dates[kind] & b.dates[kind]:
            return "dates differ"
    if near and a.negated == b.negated and _antonymous(a.antonyms, b.antonyms):
        return "antonymous predicates"
    return None


def reaches(sim: tuple[float, float], thresholds: tuple[tuple[float, float], ...]) -> bool:
    """Does (cosine, jaccard) reach any of the (cosine, jaccard) threshold pairs?"""
    cos, lex = sim
    for c, j in thresholds:  # noqa: SIM110 - a loop, not any() over a generator: asked 370k times on 1k articles
        if cos >= c and lex >= j:
            return True
    return False


def describe(sim: tuple[float, float]) -> str:
    return f"cosine {sim[0]:.2f}, word overlap {sim[1]:.2f}"


#: kinds of means by which an act was done or a death came about. Two accounts of one incident that give
#: its cause in different kinds disagree ("a bomb smuggled into the building" / "a missile fired from
#: outside"; "killed by gunfire" / "died in a stampede"). Generic words for an attack ("strike", "attack",
#: "bombing", "blast") name no kind.
MEANS_KINDS = {
    "planted explosive": words("bomb bombs explosive explosives ied ieds"),
    "projectile": words("missile missiles rocket rockets projectile projectiles airstrike airstrikes drone "
                        "drones shell shells shelling artillery mortar mortars"),
    "gunfire": words("gunfire gunshot gunshots bullet bullets"),
    "crush": words("stampede stampedes crush trampling"),
}
_MEANS_OF = {w: kind for kind, ws in MEANS_KINDS.items() for w in ws}
_MEANS_WORD = "|".join(sorted(_MEANS_OF, key=len, reverse=True))
#: a means as the cause in a content: after a preposition of means or cause ("killed by a remotely detonated
#: bomb", "died in a stampede", "from pushing, trampling"), or as the subject of the act's instrument
#: ("a projectile was behind the killing", "a missile fired from outside was used")
_MEANS_AFTER_PREP = re.compile(rf"\b(?:by|from|in|with|using|through|via|of)\s+(?:(?:a|an|the|some)\s+)?"
                               rf"(?:[\w\"“”‘’'-]+,?\s+){{0,3}}[\"“‘']?({_MEANS_WORD})\b", re.I)
_MEANS_AS_SUBJECT = re.compile(rf"\b({_MEANS_WORD})[\"”’']?\s+(?:[\w-]+\s+){{0,6}}?(?:was|were)\s+(?:\w+ly\s+)?"
                               rf"(?:behind|used|launched|fired|planted|smuggled|detonated)\b", re.I)
#: "opened fire": gunfire, whatever the words around it
_OPENED_FIRE = re.compile(r"\b(?:open|opens|opened|opening)\s+fire\b", re.I)


#: words that set a means aside before it ("unlikely to have been caused by a missile", "not by a bomb",
#: "rather than a rocket"), or give it as an account since dropped ("who was first believed to have died in
#: a shelling, was killed by a bomb")
_SET_ASIDE = re.compile(r"\b(?:not|no|never|unlikely|rather than|instead of|ruled out|rules out|n't|"
                        r"(?:initially|first|originally|earlier|previously)\s+(?:thought|believed|reported|"
                        r"suspected|assumed|said))\b", re.I)


def means_kinds(content: str) -> frozenset[str]:
    """The kinds of means a content gives as the cause of an act or a death (:data:`MEANS_KINDS`); not one
    it sets aside in its clause ("the blast was unlikely to have been caused by a missile")."""
    found = set()
    for pattern in (_MEANS_AFTER_PREP, _MEANS_AS_SUBJECT):
        for m in pattern.finditer(content):
            clause = re.split(r"[,;:]\s", content[:m.start(1)])[-1]
            if not _SET_ASIDE.search(clause):
                found.add(_MEANS_OF[m.group(1).lower()])
    if _OPENED_FIRE.search(content):
        found.add("gunfire")
    return _set(found)
