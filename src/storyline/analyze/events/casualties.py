"""Casualty figures with their qualifiers and how they are told, ACLED-style.

Counts: "more than 100" -> min 100; "over 100" -> min 100; "at least 12" ->
min 12; "dozens" -> 12; "scores" -> 20; "hundreds" -> 100; "10 to 12" -> min
10, max 12; "two soldiers" -> 2 with group "soldiers"; "nearly 50" -> max 50
(min unknown).

A toll that changes is a new total, never a range: "rose by one to 101" is
101 (the "by one" is a change, not a count), "rose from 12 to 14" is 14 with
``previous`` 12. "Seven more died", "another two succumbed" are increments and
give no total; "lowered it by more than 100 to 212" is 212, "212, down from an
earlier total of 317" is 212 with ``previous`` 317. How the text tells a figure is kept with it (see
:class:`storyline.model.Figure`): as a revision ("rose/climbed/jumped to",
"taking the toll to", "now stands at", "revised down to"), as an earlier
figure ("initially", "had earlier put the number at", "initial reports"), or
as a part of the toll ("including two police officers", "one police officer
also died", "two of the wounded").

Bodies found ("45 bodies were recovered", "the bodies of nine hikers", "the remains of 12 people") are
deaths told as a part of the toll (``partial``): those found so far, a search's count that grows while
the dead are known ("62 people on board, all presumed dead"). Deaths told as the fate of all aboard ("carrying 132
passengers and crew; none survived", "62 on board, all presumed dead", qualifier "presumed") count
those aboard (:func:`aboard_deaths`).

The count is found from the casualty cue (killed, dead, deaths, lost their
lives, succumbed, injured, wounded, missing, abducted, arrested, ...) first
along the parse (passive subject, object, "deaths of N", "N dead", "toll ...
to N") and, because the small parser often attaches appositions and relative
clauses oddly, then as the nearest count phrase on the side of the cue where
the victims are usually named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from storyline.lexicons import calendar_words, happening
from storyline.lexicons import numbers as lexicon_numbers
from storyline.lexicons.speech import REPORTING_VERBS
from storyline.lexicons.violence import ASSAILANT_HEADS, FOREIGN_VICTIMS, HOSPITALS, MORGUES, NATIONALS
from storyline.model import Figure, Quantity

if TYPE_CHECKING:  # for annotations only: the presenting code reads this module's lexicons in a server that
    # never parses (a read-only `storyline serve` must not load spaCy, ~0.9 s and its memory)
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

#: cue lemma -> casualty kind
CUES = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "fatality": "killed",
    "casualty": "killed", "toll": "killed", "behead": "killed", "succumb": "killed", "martyr": "killed",
    "slaughter": "killed", "massacre": "killed", "murder": "killed", "slay": "killed", "assassinate": "killed",
    "killing": "killed",  # the noun ("the killing of 12 villagers"); the verb's lemma is "kill"
    "injure": "injured", "wound": "injured", "hurt": "injured", "injury": "injured", "injured": "injured",
    "wounded": "injured",
    "missing": "missing", "unaccounted": "missing",
    "abduct": "abducted", "kidnap": "abducted", "abduction": "abducted", "seize": "abducted",
    "arrest": "arrested", "detain": "arrested",
}

#: counts as words (no "zero": nobody is reported killed in words that way); "a dozen" as one phrase
NUMBER_WORDS = {**{w: n for w, n in lexicon_numbers.NUMBER_WORDS.items() if n}, "a dozen": 12}
#: vague plural quantities (ACLED conventions); value is the minimum they imply
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 3, "many": 10,
         "numerous": 10, "some": 2, "few": 2, "tens": 10, "millions": 1_000_000,
         # a vague count of a vague scale, read as one phrase ("tens of thousands": 10,000 and more)
         "tens of thousands": 10_000, "hundreds of thousands": 100_000, "dozens of thousands": 12_000,
         "tens of millions": 10_000_000, "hundreds of millions": 100_000_000}
#: qualifiers: text -> (which bound the number gives, label)
AT_LEAST = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than",
            "not less than", "not fewer than", "above")
AT_MOST = ("nearly", "almost", "up to", "less than", "fewer than", "under", "as many as", "close to", "just under",
           "just shy of", "not quite", "as high as")
ABOUT = ("about", "around", "approximately", "some", "roughly", "an estimated", "estimated", "closer to")
GENERIC_VICTIMS = frozenset({"people", "person", "persons", "individual", "individuals", "other", "others", "lives",
                             "one", "ones"})
NON_COUNT_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})
#: scale words after a number ("seven thousand", "1.2 million"); "hundred"/"thousand" also stand alone
#: (South Asian English writes "5 lakh" for 500,000 and "2 crore" for 20 million)
SCALE_WORDS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
               "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
#: words after a count that make it a lower bound ("10,000 or more")
TRAILING_AT_LEAST = (("or", "more"), ("and", "more"), ("or", "above"))
#: words after a count that make it more than the count ("270+", "270-plus", "270 plus")
TRAILING_MORE_THAN = (("+",), ("-", "plus"), ("plus",))

#: verbs that give their "to N" / "at N" object as a new total
REVISION_UP = frozenset({"rise", "climb", "jump", "soar", "increase", "mount", "reach", "surge", "swell", "grow",
                         "take", "bring", "push", "raise", "hit", "touch", "spike", "go"})
REVISION_UP = REVISION_UP | {"double", "triple"}  # "the toll has doubled to 45"
REVISION_DOWN = frozenset({"lower", "reduce", "fall", "drop", "decrease", "decline", "cut"})
REVISION_SAME = frozenset({"stand", "revise", "update", "put", "confirm"})
#: nouns that stand for a toll: their count is what their verb says ("the number of deaths exceeded 6,100")
TOLL_NOUNS = frozenset({"toll", "number", "figure", "tally", "count"})
#: prepositions of a toll's verb that put it above their number ("rose past 12,000")
PAST_PREPS = ("past", "above", "beyond")
#: verbs that put a toll above their object ("exceeded 6,100 people", "topped 100")
EXCEED_VERBS = frozenset({"exceed", "surpass", "top", "pass", "cross", "overtake"})
#: verbs whose subject has the injuries or wounds of their object
SUFFER_VERBS = frozenset({"sustain", "suffer", "receive", "have"})
#: words of how badly: "60 people had severe injuries", "five critically injured" count a part of the injured
SEVERITY_WORDS = frozenset({"severe", "serious", "critical", "grave", "seriously", "critically", "severely",
                            "gravely", "life-threatening"})
#: verbs of a lasting state: "80 people injured ... remained in hospital" counts those still there, not the toll
STILL_VERBS = frozenset({"remain", "stay"})
HOSPITAL_WORDS = frozenset({"hospital", "hospitalize", "hospitalise", "treatment", "critical", "care", "icu"})
#: the verbs of being admitted to hospital
HOSPITALIZE = frozenset({"hospitalize", "hospitalise"})
#: auxiliaries of a guess about a toll ("could cross 20,000")
PROJECTING = frozenset({"could", "might", "may"})
#: words that present a figure as an older one
EARLIER_WORDS = frozenset({"initially", "initial", "earlier", "originally", "previously", "first", "preliminary",
                           "early"})
#: verbs of issuing a document ("a preliminary report released by the board")
PUBLISHING = frozenset({"release", "publish", "issue", "submit", "present", "file", "table", "make"})
#: words that make a count a part of the toll
PARTIAL_PREPS = frozenset({"including", "among", "incl"})
#: "the wounded", "the dead": people a figure already counted, not a count of their own
THE_COUNTED = frozenset({"dead", "wounded", "injured", "missing", "deceased"})
#: verbs under which the speaker's own deed is a claim ("said its fighters killed 11")
CLAIM_SPEECH = frozenset({"say", "claim", "boast", "announce", "state", "tell"})
#: what follows a count that adds up several incidents ("21 people between them")
SUM_WORDS = ("between them", "in all", "altogether", "combined", "in total", "together")
#: nouns that count events, not victims ("the two attacks killed ...")
EVENT_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "incident", "raid", "strike", "assault",
                         "shooting", "clash", "ambush", "operation", "incidents"})
#: nouns that count places, things or times, never victims ("two towns are burying their dead")
NON_VICTIM_NOUNS = frozenset({"town", "village", "city", "district", "province", "region", "country", "house",
                              "home", "building", "vehicle", "car", "truck", "bus", "bomb", "rocket", "missile",
                              "shell", "drone", "dam", "bridge", "school", "hospital", "day", "week", "month",
                              "year", "hour", "minute", "time", "site", "area", "location", "neighbourhood",
                              "neighborhood", "camp", "choice", "option", "alternative", "way", "reason", "thing",
                              "question", "step", "possibility", "scenario", "word", "tent", "meal", "ton", "tonne",
                              "aftershock", "tremor", "quake", "earthquake", "storey", "story", "percent",
                              # places an attack struck ("struck at two busy junctions")
                              "junction", "intersection", "crossroads", "crossroad", "street", "road", "square",
                              "checkpoint", "venue", "place"})
#: adverbs that make a wound a death ("fatally wounded", "mortally injured")
FATALLY = frozenset({"fatally", "mortally", "lethally"})
#: "died of their injuries": the injury is the cause of death, not a count of injured
DEATH_OF_INJURY = frozenset({"succumb", "die", "lose"})
#: verbs of coming through: "one passenger escaped with minor injuries" is a survivor, not the injured toll
SURVIVAL_VERBS = frozenset({"escape", "survive", "emerge", "walk"})
#: nouns a number names rather than counts after them ("flight 409", "section 118", "pillar 62")
DESIGNATORS = frozenset({"flight", "section", "sections", "article", "model", "number", "no", "no.", "route", "pillar",
                         "platform", "gate", "seat", "room", "highway", "road", "bus", "train", "plot", "ward",
                         "sector", "block", "phase", "floor", "chapter", "clause", "rule", "line", "unit", "lot",
                         "code", "ipc", "level", "terminal", "runway", "bay", "magnitude", "category", "grade",
                         "stage", *lexicon_numbers.DISTANCE_UNITS})  # ("15 km": a distance)
#: scales a figure measures on, named after it: "a 6-magnitude quake", "a 7.1 magnitude tremor"
SCALE_NOUNS = frozenset({"magnitude", "-magnitude", "richter"})
#: entity types of a singular name after a count that still counts people or tells a time ("12,000 Tuesday")
NAMED_PEOPLE_OR_TIME = frozenset({"NORP", "DATE", "TIME", "GPE", "ORG", "PERSON"})
#: currency words before an amount ("Rs 40,000", "USD 300"): money, never people
CURRENCIES = frozenset({"rs", "rs.", "inr", "usd", "eur", "gbp", "$", "€", "£", "₹", "¥", "us$", "tk", "rupees",
                        "naira", "n", "ksh", "kes", "pkr", "bdt", "aed", "sar"})
#: nouns whose "of N" is a sum of money ("a compensation of 5 lakh each", "a bounty of 50,000")
MONEY_NOUNS = frozenset({"compensation", "gratia", "ex-gratia", "payment", "fine", "bail", "bounty", "reward",
                         "grant", "sum", "amount", "allowance", "penalty", "salary", "ransom", "donation", "fee",
                         "budget", "package", "relief", "assistance", "aid"})
#: plural nouns of the dead found: their count is of the dead found so far, a part of the toll (a floor of the dead,
#: told as the search goes on), not the death toll itself ("23 bodies recovered so far" of 62 aboard)
BODY_NOUNS = frozenset({"bodies", "remains", "corpses", "cadavers"})
#: what restricts a count to a part of those harmed: who was aboard, who was on the ground, one class of people
ABOARD = (("on", "board"), ("onboard",), ("aboard",), ("on", "the", "plane"), ("on", "the", "flight"))
ON_THE_GROUND = (("on", "the", "ground"),)
SUBGROUP_NOUNS = frozenset({"passenger", "crew", "crewmember", "student", "pupil", "tourist", "pilgrim",
                            "spectator", "guest", "resident", "bystander", "pedestrian"})


@dataclass(frozen=True)
class Count:
    """A count phrase in a sentence: token range, the bounds, its qualifier and victim group.

    ``increment``: "seven more", "another two" (an addition, not a total);
    ``previous``: the old total of "from 12 to 14".
    """

    start: int  # first token index (doc)
    end: int  # one past the last token
    min: int | None
    max: int | None
    qualifier: str | None
    group: str | None
    text: str
    increment: bool = False
    previous: int | None = None

    def quantity(self) -> Quantity:
        return Quantity(min=self.min, max=self.max, text=self.text, qualifier=self.qualifier, group=self.group)


def _number(tok: Token) -> int | None:
    """Integer value of a number token ("100", "1,200", "four")."""
    t = tok.text.lower().replace(",", "")
    if re.fullmatch(r"\d+", t):
        return int(t)
    return NUMBER_WORDS.get(t)


def number_phrase(sent: SpacySpan, i: int) -> tuple[int | None, int]:
    """The value of the number written from token ``i`` and the index after it: "7,000", "1.2 million",
    "seven thousand" (7000), "two hundred and fifty", "twenty-five", "half a dozen" (6); (None, i) when none
    starts there.

    The usual reading of English numerals: "dozen"/"hundred" multiply the group below them, "thousand" and
    "million" the whole so far; other words add ("twenty" + "five").
    """
    doc = sent.doc
    if doc[i].lower_ == "half" and i + 2 < sent.end and doc[i + 1].lower_ in ("a", "an"):
        whole, after = number_phrase(sent, i + 1)  # "half a dozen" 6, "half a million"
        return (whole // 2, after) if whole is not None and whole > 1 else (None, i)
    if doc[i].lower_ in ("a", "an") and i + 1 < sent.end and doc[i + 1].lower_ in SCALE_WORDS:
        scaled, after = number_phrase(sent, i + 1)  # "a dozen", "a hundred"
        return (scaled, after) if scaled is not None else (None, i)
    digits = doc[i].lower_.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", digits):
        value, k = float(digits), i + 1
        if k < sent.end and doc[k].lower_ in SCALE_WORDS:
            value, k = value * SCALE_WORDS[doc[k].lower_], k + 1
        elif "." in digits:
            return None, i  # "6.0": a measure (a magnitude, a rate), never a head count
        return (int(value), k) if value == int(value) else (None, i)
    ones, tens = lexicon_numbers.ONES, lexicon_numbers.TENS
    total = group = 0
    k, last = i, ""
    while k < sent.end:
        w = doc[k].lower_
        nxt = doc[k + 1].lower_ if k + 1 < sent.end else ""
        if last and ((w == "-" and last in tens and nxt in ones) or (
                w == "and" and last in SCALE_WORDS and (nxt in ones or nxt in tens))):
            k += 1  # "twenty-five", "two hundred and fifty" (never "12 killed and 50 injured")
            continue
        if w in SCALE_WORDS:
            if w in ("dozen", "hundred"):
                group = (group or 1) * SCALE_WORDS[w]
            else:
                total, group = total + (group or 1) * SCALE_WORDS[w], 0
        elif (w in ones or w in tens) and (not last or last in SCALE_WORDS or (last in tens and w in ones)):
            group += tens[w] if w in tens else ones[w]
        else:
            break
        last, k = w, k + 1
    return (total + group, k) if last and total + group else (None, i)


#: quotation marks around a quoted qualifier
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _qualifier(sent: SpacySpan, i: int) -> tuple[str | None, int]:
    """The qualifier words right before token ``i`` and the index where the phrase starts."""
    doc = sent.doc
    if i - 2 >= sent.start and doc[i - 1].text in QUOTE_MARKS and doc[i - 2].text not in QUOTE_MARKS:
        # a qualifier quoted from an official ("now stands at “approximately” 253"): the words inside the quotes
        q, lo = _qualifier(sent, i - 1)
        if q is not None and lo - 1 >= sent.start and doc[lo - 1].text in QUOTE_MARKS:
            return q, lo - 1
    for n in (3, 2, 1):
        lo = i - n
        if lo < sent.start:
            continue
        # a dateline glued to the first word ("TARVIN-'At least") leaves the word
        words = " ".join(t.text.lower() for t in doc[lo:i])
        words = re.sub(r"^\S*[^a-z\s](?=[a-z]+( |$))", "", words)
        for q in AT_LEAST + AT_MOST + ABOUT:
            if words == q:
                return (None, i) if q == "up to" and _risen_up(sent, lo) else (q, lo)
    return None, i


#: verbs a toll goes up to its new total with besides those of :data:`REVISION_UP` ("shot up to 40")
RISING = frozenset({"shoot", "move", "edge", "creep", "inch", "tick", "revise"})


def _risen_up(sent: SpacySpan, up: int) -> bool:
    """"has gone up to 37", "bringing the toll up to 40", a headline's "Toll from the storm up to 37": the
    new total of a rising toll, not a bound ("up to 40 people were killed", "killed up to 40", "the toll could
    be up to 40"). Read back from "up": the first verb is one of rising, or a toll noun comes before any verb."""
    doc = sent.doc
    for t in reversed(doc[max(sent.start, up - 8):up]):
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in REVISION_UP | RISING
        if t.lemma_.lower() in TOLL_NOUNS:
            return True
    return False


def _group(sent: SpacySpan, j: int) -> tuple[str | None, int]:
    """The victim group after a count ("four paramilitary personnel", "dozens of soldiers")."""
    doc = sent.doc
    k = j
    if k < sent.end and doc[k].lower_ == "of":
        k += 1
    mods = []
    while k < sent.end and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].ent_type_ not in NON_COUNT_ENTS:
        mods.append(doc[k])
        nxt = doc[k + 1] if k + 1 < sent.end else None
        if doc[k].pos_ == "NOUN" and (nxt is None or nxt.pos_ != "NOUN") and (
                doc[k].tag_ in ("NNS", "NNPS") or doc[k].lemma_ in ("personnel", "police")):
            break
        k += 1
    nouns = [t for t in mods if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None, j
    head = nouns[-1]
    if head.lower_ in GENERIC_VICTIMS:
        return None, head.i + 1
    return " ".join(t.lower_ for t in mods[: mods.index(head) + 1]), head.i + 1


def _is_change(sent: SpacySpan, i: int) -> bool:
    """"rose by one to 101", "lowered the toll by more than 100 to 212": the number after "by" (and its
    qualifier) is a change when a "to N" total follows."""
    doc = sent.doc
    lo = _qualifier(sent, i)[1]
    if lo == sent.start or doc[lo - 1].lower_ != "by":
        return False
    k = i + 1
    while k < sent.end and k <= i + 3:
        if doc[k].lower_ == "to" and k + 1 < sent.end and _number(doc[k + 1]) is not None:
            return True
        k += 1
    return False


#: words between "down/up from" and the old total ("down from an earlier total of 317", "up from the 52 reported")
OLD_TOTAL_WORDS = frozenset({"a", "an", "the", "its", "their", "of", "previous", "last", "reported", *EARLIER_WORDS,
                             *TOLL_NOUNS, "total", "toll", "death", "casualty", "official", "estimate"})


def _down_up_from(sent: SpacySpan, j: int) -> int | None:
    """The old total a count is set against after it: "212, down from an earlier total of 317", "64, up from
    52" (the count is a new total, the number after "from" the one it replaces)."""
    doc = sent.doc
    k = j + 1 if j < sent.end and doc[j].text in (",", "(", "-", "—") else j
    if k + 2 >= sent.end or doc[k].lower_ not in ("down", "up") or doc[k + 1].lower_ != "from":
        return None
    k += 2
    while k < sent.end and k < j + 9 and doc[k].lower_ in OLD_TOTAL_WORDS:
        k += 1
    value = number_phrase(sent, k)[0] if k < sent.end else None
    return value if value is not None and not _year(doc[k]) else None


#: tokens between a count and a ", up/down from" its clause ends on ("40 people have now died, up from 31")
CLAUSE_UP_FROM_GAP = 8


def _clause_down_up_from(sent: SpacySpan, j: int) -> int | None:
    """The old total a count is set against at the end of its own clause: "at least 40 people have now died, up
    from 31 on Monday", "the floods have killed 52 people, down from an earlier estimate of 60". The count's verb
    phrase (a few words, no other number, no other clause) comes between the count and ", up from"; with another
    count between ("40 died and 12 were hurt, up from nine") the old total is that count's, not this one's."""
    doc = sent.doc
    k = j
    while k < sent.end and k < j + CLAUSE_UP_FROM_GAP:
        tok = doc[k]
        if tok.text == "," and k + 2 < sent.end and doc[k + 1].lower_ in ("up", "down") and \
                doc[k + 2].lower_ == "from":
            return _down_up_from(sent, k)
        if tok.like_num or _number(tok) is not None or tok.text in (",", ";", ":", "(", "—", "-") or \
                tok.lower_ in ("and", "or", "but", "while", "after", "as", "when", "who", "which", "that"):
            return None
        k += 1
    return None


def _is_increment(sent: SpacySpan, i: int, j: int) -> bool:
    """"seven more people", "another two", "two more": an addition to a toll, not a total."""
    doc = sent.doc
    before = doc[i - 1].lower_ if i > sent.start else ""
    after = doc[j].lower_ if j < sent.end else ""
    if before in ("another", "additional", "further"):
        return not _set_apart(sent, i, j)
    return after in ("more", "additional", "further", "other", "new")  # ("the four new dead")


def _set_apart(sent: SpacySpan, i: int, j: int) -> bool:
    """"six officers were killed and another 12 wounded": "another" sets these people apart from those of
    another kind counted before it; it adds nothing to a toll of their own kind."""
    doc = sent.doc
    # ("with an additional 263 individuals reported as injured": the kind may come a few words on)
    kind = next((k for t in doc[j:min(j + 5, sent.end)] if (k := cue_kind(t)) is not None), None)
    lo = i
    if kind is None and i - 2 >= sent.start and doc[i - 2].pos_ == "VERB":
        # "killed 155 people and injured another 152": the verb before "another" names the kind
        kind, lo = cue_kind(doc[i - 2]), i - 2
    earlier = {k for t in doc[sent.start:lo] if (k := cue_kind(t)) is not None}
    return kind is not None and bool(earlier) and kind not in earlier


def _countable(tok: Token) -> bool:
    """Not part of a date, time, sum or rank. The small model calls some counts DATEs ("stands at 14",
    "between 10 and 12 people"): a DATE made only of small numbers is a count."""
    if tok.ent_type_ not in NON_COUNT_ENTS:
        return True
    if tok.ent_type_ == "DATE" and re.fullmatch(r"\d{1,3}(,\d{3})+", tok.text):
        return True  # "rose past 12,000 Tuesday": a number with thousands separators is no date
    if tok.ent_type_ != "DATE" or not tok.is_digit or len(tok.text) > 3:
        return False
    if tok.dep_ == "appos" and (cue_kind(tok.head) is not None or toll_noun(tok.head) is not None):
        return True  # "The number of wounded, 31, was unchanged"
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(
            k.dep_ in ("nsubj", "nsubjpass") and k.lemma_.lower() in TOLL_NOUNS and any(
                cue_kind(c) is not None for c in k.subtree) for k in tok.head.children):
        return True  # "the death toll was 34", "the number of dead is now 34": the toll's level
    doc = tok.doc
    lo = tok.i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    ent = doc[lo:hi]
    only_numbers = all((t.is_digit and len(t.text) <= 3) or t.lower_ in ("and", "to", "-", "between") for t in ent)
    if only_numbers and (len(ent) > 1 or (tok.i > 0 and doc[tok.i - 1].lower_ in ("to", "at"))):
        return True
    # "rose by two to 16 on Saturday": the model reads "16 on Saturday" as one date
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.i == lo and tok.i > 0 and doc[tok.i - 1].lower_ in ("to", "at") and nxt is not None and \
        nxt.lower_ in ("on", "in", "by", "after", "as", ",")


def _year(tok: Token) -> bool:
    """A year, not a count: "in 2019" (but "registered 2000 deaths" counts deaths)."""
    if not (tok.is_digit and 1800 <= int(tok.text) <= 2100):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "DATE" or nxt is None or nxt.tag_ not in ("NNS", "NNPS")


def _trailing_bound(sent: SpacySpan, j: int) -> tuple[str, int] | None:
    """The qualifier the words after a count give it and how many words they are: ("at least", 2) for "or more",
    ("more than", 1) for "+" ("270+")."""
    words = tuple(t.lower_ for t in sent.doc[j:min(j + 2, sent.end)])
    for qual, shapes in (("at least", TRAILING_AT_LEAST), ("more than", TRAILING_MORE_THAN)):
        if (w := next((w for w in shapes if words[:len(w)] == w), None)) is not None:
            return qual, len(w)
    return None


#: the words a count can start with (besides any token not all letters: "12", "1,200", "twenty-five"):
#: :func:`count_phrases` passes over the others without weighing them (the same counts, a third of the CPU)
_COUNT_STARTS = frozenset({"a", "an", "half", *SCALE_WORDS, *lexicon_numbers.ONES, *lexicon_numbers.TENS, *NUMBER_WORDS,
                           *VAGUE})


def count_phrases(sent: SpacySpan) -> list[Count]:
    """Every count phrase of a sentence, left to right."""
    doc, out, i = sent.doc, [], sent.start
    while i < sent.end:
        tok = doc[i]
        if tok.lower_.isalpha() and tok.lower_ not in _COUNT_STARTS:
            i += 1  # no number, number word or vague quantity starts here
            continue
        value, j = number_phrase(sent, i) if _countable(tok) else (None, i)
        if value is None and _countable(tok) and _number(tok) is not None:
            value, j = _number(tok), i + 1  # "dozen"
        vague = VAGUE.get(tok.lower_) if _countable(tok) else None
        vague_words, vague_end = tok.lower_, i + 1
        if vague is not None and i + 2 < sent.end and doc[i + 1].lower_ == "of" and \
                f"{tok.lower_} of {doc[i + 2].lower_}" in VAGUE:
            vague_words, vague_end = f"{tok.lower_} of {doc[i + 2].lower_}", i + 3  # "tens of thousands"
            vague = VAGUE[vague_words]
        # (an editor's bracket may close between them: "(Some) 316 others were injured")
        nxt = i + 2 if i + 2 < sent.end and doc[i + 1].text in (")", "]") else i + 1
        if (value is None and vague is None) or (value is not None and _year(tok)) or (
                vague is not None and nxt < sent.end and number_phrase(sent, nxt)[0] is not None):
            i += 1  # not a count, a year, or "some" qualifying the number after it ("some 1.2 million")
            continue
        if value is not None and _is_change(sent, i):
            i = j  # "by one": the change; the total after "to" is the count
            continue
        if value is not None and _day_in_brackets(sent, i, j):
            i = j  # "on Wednesday night (9)": the day of the month the weekday falls on
            continue
        if value is not None and _names_a_thing(sent, i, j, value):
            i = j  # "a Jetmaker 900 airliner", "flight 409", "Rs 40,000": a model, a designator, money
            continue
        if value is not None and _modifier(sent, j):
            i = j  # "a six-storey building", "a 10-year-old boy": a measure of the noun, no count of people
            continue
        if value is not None and i - 2 >= sent.start and doc[i - 2].lower_ == "all" and doc[i - 1].lower_ == "but":
            whole = _all_but(sent, i - 2, j, value)  # "all but one of the 188 on board": 187
            if whole is not None:
                out.append(whole)
                i = whole.end
            else:
                i = j  # "all but one died": how many died is not told
            continue
        qual, start = _qualifier(sent, i)
        lo: int | None = value if value is not None else vague
        hi: int | None = value
        previous: int | None = None
        j = max(j, i + 1) if vague is None or value is not None else vague_end
        # ranges: "10 to 12", "10-12", "between 10 and 12"; but "from 12 to 14" is a change of total
        upper, after = number_phrase(sent, j + 1) if j + 1 < sent.end else (None, j)
        joint = doc[j:j + 1].text.lower()
        # "between 10 and 12" is a range, "risen to 40 and 67 people were still in hospital" is not
        between = joint != "and" or (i > sent.start and doc[i - 1].lower_ == "between")
        if joint in ("to", "-", "and", "or") and upper is not None and between:
            if i > sent.start and doc[i - 1].lower_ == "from" and doc[j].lower_ == "to":
                previous, lo = value, upper
                hi, start = lo, j + 1
            else:
                hi = upper  # "10 to 12": both bounds are the figure, no qualifier of its own
            j = after
        elif value is not None and qual is None and (bound := _trailing_bound(sent, j)) is not None:
            qual, hi = bound[0], None  # "10,000 or more people", "270+ dead"
            j += bound[1]
        if vague is not None:
            qual, hi = vague_words, None
        elif qual in AT_LEAST:
            hi = None
        elif qual in AT_MOST:
            lo = None
        increment = _is_increment(sent, i, j)
        group, end = _group(sent, j + (1 if increment and j < sent.end and doc[j].lower_ == "more" else 0))
        if previous is None and value is not None and vague is None:
            previous = _down_up_from(sent, max(end, j))  # "212, down from an earlier total of 317"
            if previous is None:
                previous = _clause_down_up_from(sent, max(end, j))  # "40 people have died, up from 31"
        out.append(Count(start, max(end, j), lo, hi, qual, group, doc[start:max(end, j)].text,
                         increment=increment, previous=previous))
        i = max(end, j)
    return out


def _names_a_thing(sent: SpacySpan, i: int, j: int, value: int) -> bool:
    """A number that names a model, a flight or a sum, not people: glued to a maker's name before it ("a
    Jetmaker 900 airliner", "Airmaker 320") or a model name after it ("900 Skyliner": a count above one is
    never followed by a singular name), after a designator ("flight 409", "section 118") or a currency."""
    doc = sent.doc
    before = doc[i - 1] if i > sent.start else None
    after = doc[j] if j < sent.end else None
    if before is not None and (before.lower_ in DESIGNATORS or before.lower_ in CURRENCIES):
        return True
    if before is not None and i - 2 >= sent.start and doc[i - 2].lower_ in DESIGNATORS and \
            re.fullmatch(r"[A-Z0-9]{1,3}", before.text) and not before.text.isdigit():
        return True  # "flight XR 311": a carrier's code and the number it gives
    if after is not None and (after.lower_ in SCALE_NOUNS or (
            after.text == "-" and j + 1 < sent.end and doc[j + 1].lower_ in SCALE_NOUNS)):
        return True  # "a 6-magnitude earthquake": a reading on a scale
    if _percentage(sent, j):
        return True  # "more than 90 per cent of the dead were farmers": a share, never a count of people
    if i >= 2 and doc[i - 1].text == "." and doc[i - 2].lower_ in CURRENCIES:
        return True  # "Rs. 1.5 lakh", cut as "Rs", ".", "1.5" (the parser may even end a sentence at the point)
    if before is not None and before.lower_ == "of" and i - 2 >= sent.start and \
            doc[i - 2].lemma_.lower() in MONEY_NOUNS and (after is None or after.tag_ != "NNS"):
        return True  # "a compensation of 5 lakh each", "a fine of 10,000": a sum with its currency left out
    if before is not None and before.tag_ == "NNP" and before.text[:1].isupper() and before.ent_type_ not in (
            "DATE", "TIME", "NORP", "GPE", "LOC") and before.dep_ in ("compound", "nmod") \
            and (after is None or after.tag_ != "NNS"):
        return True  # "Jetmaker 900", not "Lesk: 12 people" (a plural noun after the number counts people)
    return value > 1 and after is not None and after.tag_ == "NNP" and after.ent_type_ not in NAMED_PEOPLE_OR_TIME and \
        after.text[:1].isupper() and not after.lower_.endswith("s")


def _day_in_brackets(sent: SpacySpan, i: int, j: int) -> bool:
    """A number alone in brackets right after a day or a time ("was shot on Wednesday night (9)", "on Monday (4)"):
    the day of the month, as some outlets (and translations of Spanish and Portuguese copy) write it after the
    weekday; never a count of people, which English does not put alone in brackets after a date."""
    doc = sent.doc
    if i - 2 < sent.start or j >= sent.end or doc[i - 1].text != "(" or doc[j].text != ")":
        return False
    before = doc[i - 2]
    return before.ent_type_ in ("DATE", "TIME") or before.lower_ in WEEKDAYS


#: the days of the week, whose day of the month may follow them in brackets
WEEKDAYS = frozenset(calendar_words.WEEKDAY_NAMES)


def _modifier(sent: SpacySpan, j: int) -> bool:
    """The number before ``j`` is joined by a hyphen to the word after it, one compound modifier ("a six-storey
    building", "a 10-year-old boy", "a 40-strong crowd"): it measures the noun, never counts people. Not a range
    ("10-12") nor a trailing "270-plus"."""
    doc = sent.doc
    if j + 1 >= sent.end or doc[j].text != "-" or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return False
    nxt = doc[j + 1]
    return nxt.is_alpha and nxt.lower_ != "plus" and number_phrase(sent, j + 1)[0] is None


#: words after a number that make it a share: "90 per cent", "90 percent", "90 pct", "90%"
PERCENT_WORDS = frozenset({"%", "percent", "pct", "pc", "per cent", "percentage"})


def _percentage(sent: SpacySpan, j: int) -> bool:
    """The number at ``j``'s left is a percentage ("90 per cent", "90%"), which the small model does not
    always tag PERCENT."""
    doc = sent.doc
    words = [t.lower_ for t in doc[j:min(j + 2, sent.end)]]
    return bool(words) and (words[0] in PERCENT_WORDS or " ".join(words[:2]) in PERCENT_WORDS)


def _all_but(sent: SpacySpan, lo: int, j: int, value: int) -> Count | None:
    """"all but one of the 188 on board": the whole (188) less the exception (one), with the whole's group."""
    doc = sent.doc
    k = j
    if k < sent.end and doc[k].lower_ == "of":
        k += 1
        if k < sent.end and doc[k].lower_ in ("the", "its", "their", "those"):
            k += 1
        whole, after = number_phrase(sent, k) if k < sent.end else (None, k)
        if whole is not None and whole > value:
            group, end = _group(sent, after)
            end = max(end, after)
            return Count(lo, end, whole - value, whole - value, None, group, doc[lo:end].text)
    return None


def cue_kind(tok: Token) -> str | None:
    """Casualty kind of a cue token ("lost their lives" counts as a death, "taken into custody" as arrests)."""
    lemma = tok.lemma_.lower()
    if lemma == "lose" and (any(c.lemma_.lower() in ("life", "live", "battle") for c in tok.children) or (
            tok.dep_ in ("acl", "relcl", "amod") and tok.head.lemma_.lower() in ("life", "live"))):
        return "killed"  # "lost their lives", "the 137 lives lost"
    if lemma in ("claim", "take") and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("life", "live")
                                          for c in tok.children):
        return "killed"  # "claimed the lives of 23 people", "44 lives were claimed by a rocket"
    if lemma == "loss" and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in ("life", "live")
                                                          for g in c.children) for c in tok.children):
        return "killed"  # "led to the loss of 158 lives"
    if _body_count(tok):
        return "killed"  # "45 bodies were recovered", "the remains of 12 people" (never "a body of evidence"): a part
    if lemma == "dead" and tok.dep_ == "amod" and _body_count(tok.head):
        return None  # "12 dead bodies": the bodies name the count
    if lemma == "custody" and tok.head.lower_ == "into":
        return "arrested"
    if _hospitalized(tok):
        return "injured"  # "over 150 people were admitted to hospitals", "40 were hospitalised"
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children) and any(
            (c.dep_ in ("prt", "advmod") and c.lower_ == "away" and not any(g.dep_ == "npadvmod" for g in c.children))
            or (c.dep_ in ("oprd", "xcomp", "dobj", "attr") and c.lower_ in ("hostage", "hostages", "captive"))
            for c in tok.children):
        return "abducted"  # "took away 312 students", "took 40 people hostage" (not "taken to hospital", nor
        # "took place one kilometre away": a distance)
    if lemma == "dead" and (tok.head.lemma_.lower() in ("fear", "presume", "believe", "feared", "presumed") or (
            tok.dep_ == "conj" and tok.head.head.lemma_.lower() in ("fear", "presume", "believe", "feared", "presumed"))
            or any(c.dep_ == "advmod" and c.lower_ in happening.HEDGES for c in tok.children)):
        return None  # "missing and feared dead", "presumed dead", "feared trapped and likely dead": not (yet) counted
        # among the dead
    if lemma in TOLL_NOUNS and lemma not in CUES:
        return _bare_toll_kind(tok)  # "put the number at 133 but said the death toll would rise"
    if lemma in TOLL_NOUNS:  # "the toll of injured": the kind its "of" names
        named = [CUES.get(g.lemma_.lower()) or CUES.get(g.lower_) for c in tok.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if any(k is not None and k != "killed" for k in named):
            return next(k for k in named if k is not None)
    kind = CUES.get(lemma) or CUES.get(tok.lower_)
    if kind == "injured" and any(c.dep_ == "advmod" and c.lower_ in FATALLY for c in tok.children):
        return "killed"  # "58 people have been fatally wounded": dead, not injured
    if kind == "injured" and tok.pos_ == "NOUN" and _death_of_injury(tok):
        return None  # "succumbed to their injuries", "died of wounds"
    if kind == "injured" and tok.dep_ == "pobj" and tok.head.lower_ == "with" and \
            tok.head.head.lemma_.lower() in SURVIVAL_VERBS:
        return None  # "one passenger escaped with minor injuries": who came through, not the injured toll
    if kind is not None and tok.dep_ in ("pobj", "nsubj", "dobj", "nsubjpass") and tok.i > 0 \
            and tok.doc[tok.i - 1].lower_ == "the" and tok.lower_ in THE_COUNTED and not (
                tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in TOLL_NOUNS):
        return None  # "the wounded" names people already counted ("two of the wounded died"), but "the total
        # number of the dead" is a toll
    return kind


def body_count_text(text: str) -> bool:
    """Does a count's text, or the words around it, count bodies or remains ("23 bodies", "the remains of 14")?"""
    return any(w.strip(".,;:()\"'") in BODY_NOUNS for w in text.lower().split())


def _body_count(tok: Token) -> bool:
    """A plural body noun with a count: "45 bodies", "the bodies of nine miners", "the remains of 12 people",
    "the number of bodies recovered" (a toll noun's "of")."""
    if tok.lower_ not in BODY_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "nummod" for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.like_num or any(n.dep_ == "nummod" for n in g.children)) for g in c.children)
        for c in tok.children) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in TOLL_NOUNS)


def _hospitalized(tok: Token) -> bool:
    """Taken in by a hospital, which counts the person among the injured: "hospitalised", "admitted to (the)
    hospital(s)"; not admitted to a named one ("six are admitted at the X Hospital": one site's share)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return False
    if lemma in HOSPITALIZE:
        return True
    return lemma == "admit" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in HOSPITALS
            and not any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in g.children) for g in c.children)
        for c in tok.children)


def _bare_toll_kind(tok: Token) -> str | None:
    """"had earlier put the number at 133 but said the death toll was likely to rise": a bare "number",
    "figure" or "tally" given a total by its verb counts what the sentence's own casualty word counts
    ("the number of ..." is read through its "of"); "the count" a verb revises, with no casualty word of its
    own sentence, counts what the sentence before counts."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = tok.head
    totals = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at", *PAST_PREPS)
              for g in c.children if g.dep_ == "pobj" and g.like_num]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        totals += [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.like_num]
        if verb.lemma_.lower() == "be":
            totals += _estimated(verb)  # "the figure was more likely up to 2,500"
    if not totals:
        return None
    kinds = [CUES.get(t.lemma_.lower()) for t in tok.sent if t.i != tok.i]
    kind = next((k for k in kinds if k in ("killed", "injured", "missing")), None)
    if kind is None and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
            verb.lemma_.lower() in REVISION_UP | REVISION_DOWN | REVISION_SAME | RISING and tok.sent.start > 0:
        # "The death toll had reached 359. A day later the ministry revised the count to 253": the toll the
        # sentence before names
        before = tok.doc[tok.sent.start - 1].sent
        kinds = [CUES.get(t.lemma_.lower()) for t in before]
        kind = next((k for k in kinds if k in ("killed", "injured", "missing")), None)
    return kind


def _death_of_injury(tok: Token) -> bool:
    head = tok.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    return head.lemma_.lower() in DEATH_OF_INJURY


def _linked(tok: Token) -> list[Token]:
    """Tokens the parse links to a cue as its victims, nearest role first."""
    deps = ("nsubjpass", "dobj", "nsubj", "nummod", "npadvmod", "attr", "appos")
    # in that order: "two gunmen killed 12 people" names its victims in the object, not the subject
    out = sorted((c for c in tok.children if c.dep_ in deps), key=lambda c: deps.index(c.dep_))
    # "with 21 in critical condition and 73 seriously injured", parsed with 21 as the subject and 73 its conjunct:
    # the count told right before the cue (only adverbs between) is its own
    out = [g for c in out for g in ([k for k in c.children if k.dep_ == "conj" and k.like_num and c.i < k.i < tok.i
                                     and all(t.pos_ == "ADV" for t in tok.doc[k.i + 1:tok.i])]
                                    if c.dep_ in ("nsubj", "nsubjpass") else []) + [c]]
    out += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]
    out += [g for life in tok.children if life.dep_ == "dobj" and life.lemma_.lower() in ("life", "live")
            for c in life.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]  # "claimed the lives of 23 people"
    if tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        # "10 dead", "soldiers killed"; "put the number of dead at 39 and 45 wounded", parsed with "wounded" on
        # the first of the two counts: the count told right before the cue is its own
        told = [c for c in tok.head.children if c.dep_ == "conj" and c.like_num and c.i < tok.i]
        out.append(told[-1] if told else tok.head)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUFFER_VERBS:
        out += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "60 people had sustained injuries"
    toll = toll_noun(tok)
    if toll is not None:
        # "the toll rose to 14", "taking the death toll to 59", "the toll stands at 14", and the total of
        # "rose by two to 16" (parsed as "by [two to 16]"), never the change of a bare "rose by two"
        verb = _toll_head(toll)
        # "revised the toll down to 15": the preposition may hang on the particle
        heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("down", "up"))]
        preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
        if tok.dep_ == "acl" and tok.head.i == toll.i:
            # "raised the number killed to 48 and the number of dead militants to 32", parsed with "to 48" on
            # "killed": the cue's own "to N" is its toll's level, before its verb's others
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "at")] + preps
        if toll.dep_ == "conj":  # "put the number of dead at 39 and the number of wounded at 45": the second
            preps = [c for c in preps if c.i > toll.i]  # toll's figure follows it
        # "revised the toll ... from 109 to 96" parsed with "to 96" under "from"
        preps += [c for p in preps if p.lower_ == "from" for c in p.children if c.dep_ == "prep" and c.lower_ == "to"]
        # (or as "from [109 to 96]", the old total a quantifier of the new one, like "by [two to 16]")
        out += [g for c in preps if c.lower_ in ("to", "at", "by", "from", *PAST_PREPS)
                for g in c.children if g.dep_ == "pobj" and (c.lower_ not in ("by", "from") or _to_total(g))]
        if toll.dep_ in ("nsubj", "nsubjpass"):  # "the number of deaths exceeded 6,100", "the toll was 50"
            out += [c for c in verb.children if c.dep_ in ("dobj", "attr")]
            if verb.lemma_.lower() == "be":
                out += _estimated(verb)
        estimate = toll.head.head if toll.dep_ == "pobj" and toll.head.lower_ == "of" else None
        if estimate is not None and estimate.lemma_.lower() in ESTIMATE_NOUNS and estimate.dep_ == "nsubj" and \
                estimate.head.lemma_.lower() == "be":
            out += _estimated(estimate.head)  # "estimates of the death toll are as high as 10,000"
    return out


#: nouns of a guess at a toll, whose copula puts the toll at a number ("estimates of the toll are as high as 900")
ESTIMATE_NOUNS = frozenset({"estimate", "projection", "forecast", "prediction", "guess"})


#: dependencies a toll's estimate runs along from its copula to the number ("is closer to 2,000", "are as high as
#: 10,000", "was more likely up to 2,500", "is likely to be in the range of 2,000 to 2,500")
ESTIMATE_PATH = frozenset({"acomp", "xcomp", "prep", "pobj", "advmod"})


def _estimated(verb: Token) -> list[Token]:
    """The number a toll's copula puts it at through its predicate ("the death toll ... is closer to 2,000"),
    the first one after the verb, along the predicate only (never into another clause)."""
    found: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in ESTIMATE_PATH and c.i > verb.i]
    while stack:
        t = stack.pop()
        if t.like_num and t.dep_ == "pobj":
            found.append(t)
            continue
        stack += [c for c in t.children if c.dep_ in ESTIMATE_PATH]
    return sorted(found, key=lambda t: t.i)[:1]


def _toll_head(toll: Token) -> Token:
    """The verb a toll noun hangs on: "revised down the death toll ... to 96" parsed with "down" as a preposition
    whose object is the toll (the verb above it says the total)."""
    head = toll.head
    if toll.dep_ == "pobj" and head.lower_ in ("down", "up", "downward", "upward") and head.head.pos_ == "VERB":
        return head.head
    return head


def toll_noun(tok: Token) -> Token | None:
    """The toll noun a cue stands for: "toll", "the death toll", "the number of deaths", "the number of
    people killed" (whose count is then what the toll's verb says)."""
    t = tok
    if t.dep_ in ("acl", "relcl", "amod") and t.head.pos_ in ("NOUN", "PRON"):
        t = t.head  # "people killed"
    if t.dep_ == "compound" and t.head.lemma_.lower() in TOLL_NOUNS:
        return t.head  # "death toll"
    if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "of" and t.head.head.lemma_.lower() in TOLL_NOUNS:
        return t.head.head  # "the number of deaths", "the toll of injured" (an adjective read as "pcomp")
    # "the number of people injured and admitted to hospital stands at 28", parsed with "injured" on "number"
    return t if t.lemma_.lower() in TOLL_NOUNS else None


#: verbs that revise a figure, up, down or to where it stands (made once, not per token)
_REVISIONS = REVISION_UP | REVISION_DOWN | REVISION_SAME
#: verbs that tell a toll's level or change (any other verb a toll noun hangs under is a parser's slip)
TOLL_VERBS = REVISION_UP | REVISION_DOWN | REVISION_SAME | EXCEED_VERBS | {"be", "remain", "say"}


def _toll_verb(toll: Token) -> Token:
    """The verb of a toll the parser left without one: "The death toll from a quake that struck the region has
    risen to over 800" parsed with "toll" as the root (or a loose dependent of "said") and "has risen" under the
    relative clause. The first verb of a toll's change or level after it is that verb, and its figure follows
    it; the toll itself when there is none. A verb that gives a number comes first ("The death toll from a
    mudslide that hit the valley ... increased to 87": "hit" tells what the mudslide did)."""
    verbs = [t for t in toll.doc[toll.i + 1:toll.sent.end]
             if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _REVISIONS]
    for t in verbs:
        if any((c.dep_ == "prep" and c.lower_ in ("to", "at", *PAST_PREPS) and any(g.like_num for g in c.children))
               or (c.dep_ in ("dobj", "attr") and c.like_num) for c in t.children):
            return t
    return verbs[0] if verbs else toll


def _to_total(num: Token) -> bool:
    return any(c.dep_ == "quantmod" and c.lower_ == "to" for c in num.children)


def _prefers_left(tok: Token) -> bool:
    """Where the victims usually stand: before passives/intransitives, after actives and nouns."""
    if tok.pos_ == "VERB":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.tag_ == "VBN"
        return passive or tok.lemma_.lower() in ("die", "lose", "succumb")
    return tok.pos_ == "ADJ"


def _own_kinds(doc: Doc, c: Count) -> set[str]:
    """The casualty kinds a count phrase names in its own words: "12 dead bodies" (killed), "40 wounded
    civilians" (injured)."""
    return {k for t in doc[c.start:c.end] if (k := cue_kind(t)) is not None}


def _told_as_other(tok: Token, c: Count, kind: str | None) -> bool:
    """The participle right after the count names another kind: a headline's "Four guards killed, over 20 villagers
    wounded", parsed as if the guards killed the villagers (the 20 are the wounded, never the dead)."""
    root = tok.doc[c.start:c.end].root
    return any(k.i != tok.i and k.dep_ in ("acl", "amod") and k.i == c.end and cue_kind(k) not in (None, kind)
               for k in root.children)


def _count_for(tok: Token, counts: list[Count]) -> Count | None:
    # a count that names its own kind is no count of another ("At least 12 dead bodies and more than 20 wounded
    # were brought in", parsed with the bodies as the subject of "wounded")
    kind = cue_kind(tok)
    counts = [c for c in counts if not _own_kinds(tok.doc, c) - {kind} and not _told_as_other(tok, c, kind)]
    for arg in _linked(tok):
        span = range(arg.left_edge.i, arg.i + 1) if arg.pos_ != "NUM" else range(arg.i, arg.i + 1)
        for c in counts:
            if any(c.start <= k < c.end for k in span) or c.start <= arg.i < c.end:
                return _whole_of(tok.doc, c, counts)
    if cue_kind(tok) in ("arrested", "abducted") and tok.pos_ == "NOUN" and tok.lemma_.lower() != "custody":
        return None  # "the arrest came two days after gunmen killed six": only "the arrest of N" counts
    if _the_deed(tok):
        return None  # "the arrest of six men connected to the murder": the murder's victims are told by its "of"
    if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in TOLL_NOUNS:
        return None  # "searching for their missing relatives": the people it names carry no count of their own
    toll = toll_noun(tok)
    window = 9
    if toll is not None:  # a toll's figure is told by its verb ("rose from 12 to 14"), never by mere nearness
        # the parser found no relation to its verb (or read it as an apposition of a dateline's city: "Sarn, May
        # 4 - The death toll ..."), or hung the toll under a verb that is none of a toll's ("The death toll from
        # a mudslide that hit X triggered after a storm increased to 87")
        own = _toll_verb(toll)
        lost = toll.dep_ in ("ROOT", "dep", "appos") or (
            toll.dep_ in ("nsubj", "nsubjpass") and toll.head.lemma_.lower() not in TOLL_VERBS and own.i != toll.i) or (
            # a headline's noun read as a verb over the toll: "Sarn shooting death toll rises to 59", parsed
            # with "shooting" as a clausal subject whose object is the toll
            toll.dep_ == "dobj" and toll.head.dep_ in ("csubj", "csubjpass") and own.i > toll.i
            and toll.head.lemma_.lower() not in TOLL_VERBS)
        verb = own if lost else _toll_head(toll)
        if toll.dep_ == "dobj" and verb.dep_ == "ccomp" and verb.lemma_.lower() not in TOLL_VERBS and \
                verb.head.lemma_.lower() in _REVISIONS:
            verb = verb.head  # "Orvania revises church blasts death toll to 253", with "blasts" read as a verb
        if verb.lemma_.lower() == "be":
            # "the death toll ... is lower than previously stated and now stands at 253": the level is told by the
            # verb joined to "is"
            verb = next((k for k in verb.children if k.dep_ == "conj" and k.i > toll.i
                         and k.lemma_.lower() in TOLL_VERBS - {"be", "say"}), verb)
        if verb.i == toll.i and toll.dep_ == "ROOT":  # a verbless headline: "Toll from the storm up to 37"
            counts = [c for c in counts if c.start > toll.i and tok.doc[c.start - 1].lower_ in ("to", "at")]
            window = len(tok.sent)
        else:
            counts = [c for c in counts if verb.pos_ in ("VERB", "AUX") and verb.left_edge.i <= c.start
                      and c.end - 1 <= verb.right_edge.i]
        if (lost and verb.i != toll.i) or (verb.i > toll.i and verb.lemma_.lower() in TOLL_VERBS - {"be", "say"}):
            # a verb found past a relative clause, or the toll's own verb of level or change after a long subject
            # ("The death toll in the landslides triggered by heavy rains reached 190"): what it says, however far
            window = len(tok.sent)
            counts = [c for c in counts if c.start > verb.i]
    left = [c for c in counts if c.end <= tok.i and tok.i - c.end < window]
    right = [c for c in counts if c.start > tok.i and c.start - tok.i < window]
    order = (left[::-1] + right) if _prefers_left(tok) else (right + left[::-1])
    return _whole_of(tok.doc, order[0], counts) if order else None


#: nouns of a killing as a deed (not a count of the dead: "deaths", "casualties", "the toll" are counts)
DEED_NOUNS = frozenset({"murder", "killing", "massacre", "slaughter", "assassination", "beheading", "slaying",
                        "death"})
#: determiners that make a noun one known deed ("the murder", "his killing"), not a number of them
KNOWN_DEEDS = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its"})


def _the_deed(tok: Token) -> bool:
    """A killing named as a deed already known ("the murder", "his death", "this massacre"): its victims are the
    words the parse hangs on it ("the murder of two guards", "his death"), never a count near it by chance ("six
    men believed to be connected to the murder", "the investigation into her death led to 12 arrests"). A toll
    ("the death toll") is a count, and plural deaths ("the deaths of 12 people") name theirs through "of". A
    singular "killing" with no determiner at all is a known deed told the way headlines tell it ("demands Velm
    reveal who ordered killing, says 18 suspects should be tried"); the older cues (murder, death, massacre) keep
    their nearby counts there (widening it to them cost ECB+ gold-mention coreference 76.33 -> 75.99)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in DEED_NOUNS or toll_noun(tok) is not None:
        return False
    bare = not any(c.dep_ in ("det", "poss") for c in tok.children)
    if tok.tag_ == "NN" and tok.lemma_.lower() == "killing" and bare:
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in KNOWN_DEEDS for c in tok.children)


def _whole_of(doc: Doc, c: Count, counts: list[Count]) -> Count:
    """The count a part is given inside ("left 28 people including 20 foreigners dead", "killed 40, among them
    six children"): the whole, when the part's "including"/"among" follows it right after its words; else the
    count itself."""
    k = c.start - 1
    while k >= 0 and doc[k].text in (",", "(", "-", "—", "–"):
        k -= 1
    if k < 0 or doc[k].lower_ not in PARTIAL_PREPS:
        return c
    j = k - 1
    while j >= 0 and doc[j].text in (",", "(", "-", "—", "–"):
        j -= 1
    return next((w for w in counts if w.end - 1 == j and w.min is not None and c.min is not None
                 and w.min > c.min), c)


def casualty_at(tok: Token, counts: list[Count]) -> Figure | None:
    """The casualty figure a cue token reports, or None when no count goes with it (or only an increment)."""
    kind = cue_kind(tok)
    if kind is None or not counts:
        return None
    c = _count_for(tok, counts)
    # "seven more died" adds to a toll; "five officers were killed. Eight more were wounded" counts others
    increment = c is not None and c.increment and (kind == "killed" or tok.doc[max(c.start - 1, 0)].lower_ in (
        "another", "additional", "further"))
    if kind != "killed" and tok.dep_ in ("acl", "amod") and tok.head.dep_ in ("nsubj", "nsubjpass") and \
            cue_kind(tok.head.head) == "killed":
        return None  # "seven more people injured in the blast succumbed": they are counted as dead
    if c is None or increment or _not_victims(tok.doc[c.start:c.end], c) or _shared(tok) or \
            _projected(tok, tok.doc[c.start:c.end]) or _anothers(tok, kind, tok.doc[c.start:c.end]) or \
            _none_harmed(tok):
        return None
    c = _exceeded(tok.doc[c.start:c.end], c)
    c = _with_conjoined(tok.doc, c, counts)
    doc = tok.doc
    if c.group is None and tok.dep_ == "amod" and _assailant_word(tok.head.lower_) and toll_noun(tok) is not None:
        c = replace(c, group=tok.head.lower_)  # "the number of dead militants to 32": the toll of the attackers
    denied = _denied(tok)
    first, last = doc[c.start], doc[c.end - 1]
    return Figure(kind=kind, min=c.min, max=c.max, text=c.text, start=first.idx, end=last.idx + len(last.text),
                  qualifier=c.qualifier, group=c.group, revision=_revision(doc[c.start:c.end], c) or _raising(tok),
                  previous=c.previous, earlier=_earlier(tok, doc[c.start:c.end]),
                  partial=_partial(tok, doc[c.start:c.end]) or _body_count(tok) or _assailants_beside(c, counts),
                  claimed=_self_claimed(tok) or denied, denied=denied)


#: determiners and negations that say a harm did not happen ("no deaths", "no loss of life", "any casualties")
NO_HARM = frozenset({"no", "not", "n't", "never", "any"})
#: verbs of keeping a harm from happening ("to avoid loss of life", "to prevent deaths", "to spare loss of life")
AVOIDING = frozenset({"avoid", "prevent", "spare", "avert", "minimise", "minimize"})


def _none_harmed(cue: Token) -> bool:
    """A cue that tells of a harm that did not happen or was kept from happening: "there was no loss of life among
    the 300 workers", "no one was killed", "no lives were lost", "none of the 40 hostages was hurt", "held back to
    avoid loss of life among the 40 hostages", "ended without casualties". The count near it (the people who were
    at risk) is no count of the harmed."""
    if any(k.dep_ in ("det", "neg") and k.lower_ in NO_HARM for k in cue.children):
        return True  # "no deaths", "were not killed", "no loss of life"
    if cue.dep_ == "pobj" and cue.head.lower_ == "without":
        return True  # "ended without loss of life"
    carriers = [cue, *(k for k in cue.children if k.dep_ in ("dobj", "nsubj", "nsubjpass")
                       and k.lemma_.lower() in ("life", "live"))]  # "no lives were lost", "lost no lives"
    for k in (*cue.children, *carriers[1:]):
        if k.dep_ in ("nsubj", "nsubjpass") and (k.lower_ in NOBODY or (k.lower_ == "one" and any(
                d.lower_ == "no" for d in k.children))):
            return True  # "nobody was hurt", "no one was killed", "none of the 40 hostages was hurt"
        if k in carriers[1:] and any(d.dep_ == "det" and d.lower_ in NO_HARM for d in k.children):
            return True
    head = cue.head
    if cue.dep_ in ("dobj", "xcomp") and head.lemma_.lower() in AVOIDING:
        return True  # "to avoid loss of life", "to avoid losing lives"
    return cue.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in AVOIDING
    # ("kept them from losing lives" is rare; "to prevent further deaths" is the dobj)


def _assailants(c: Count) -> bool:
    """A count of the attackers themselves ("32 militants", "five gunmen"), not of the victims."""
    return c.group is not None and _assailant_word(c.group.split()[-1])


def _assailant_word(word: str) -> bool:
    """"militants", "gunmen", "attacker": a head noun of those who attack (the lexicon is singular but for "gunmen")."""
    return word in ASSAILANT_HEADS or (word.endswith("s") and word[:-1] in ASSAILANT_HEADS)


def _assailants_beside(c: Count, counts: list[Count]) -> bool:
    """The attackers' count told beside a count of other people ("23 hostages and 32 militants were killed", "raised
    the number killed to 48 and the number of dead militants to 32"): the attackers are no part of the victims'
    toll, and a count of them is kept as a part of the incident's dead, never its headline. Alone ("troops killed
    32 militants") it is the toll of the operation that killed them."""
    return _assailants(c) and any(
        not _assailants(o) and o.min is not None and not o.increment and not (o.start < c.end and c.start < o.end)
        for o in counts)


#: the people a count adds to those named before it ("eight students and 120 others": 128)
OTHERS = frozenset({"others", "other"})
#: people counted as having lived through it ("61 bodies and five survivors")
SURVIVORS = frozenset({"survivor", "survivors"})
#: pronouns that name one victim ("killing him and a bodyguard")
ONE_PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})
#: determiners that make a singular noun one victim ("a civilian", "his bodyguard")
ONE_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its", "one"})


def _with_conjoined(doc: Doc, c: Count, counts: list[Count]) -> Count:
    """The count of all the victims a coordination names: "the leader and one of his bodyguards" 2, "two
    soldiers and a civilian" 3, "Dalen and two of his guards" 3. Unchanged when a conjunct is not countable
    ("Dalen and others") or the count is not in a coordination of victims."""
    if c.min is None or c.increment or c.previous is not None or _revision(doc[c.start:c.end], c):
        return c  # ("risen to 40 and 67 people were still in hospital": a new total, then another count)
    if c.group is None and c.end < len(doc) and cue_kind(doc[c.end]) is not None:
        return c  # "129 men and 222 women and 394 injured": a bare number told with its own casualty word
    root = doc[c.start:c.end].root
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = [top, *_conjuncts(top)]
    if len(members) < 2 or root not in members:
        return _joined_in_text(doc, c, counts)
    if any(k.dep_ == "cc" and k.lower_ == "but" for k in top.children) or any(
            k.dep_ == "neg" for k in top.children) or (top.i > 0 and doc[top.i - 1].lower_ == "not"):
        # "not 20 but 50 casualties": a correction, not two groups of victims; the count after "but" stands
        after = [m for m in members if m.i > top.i]
        return next((o for o in counts if any(o.start <= m.i < o.end for m in after)), c) if root.i == top.i else c
    if _several_events(top) and len({place for m in members if (place := _own_place(m)) is not None}) > 1:
        return c  # "the two attacks killed 15 people in Sarn and six police officers in Tolvar": each attack's own
        # count at its own place, no sum
    owns = [o for m in members if (o := next((o for o in counts if o.start <= m.i < o.end), None)) is not None]
    victims = [o for o in owns if not _assailants(o) and o.min is not None]
    if _assailants(c) and victims:
        return _with_conjoined(doc, victims[0], counts)  # "killed 32 militants and 23 hostages": the victims' count
    extra, qualifier = 0, c.qualifier
    extra_hi: int | None = 0
    for m in members:
        if m.i == root.i:
            continue
        own = next((o for o in counts if o.start <= m.i < o.end), None)
        if own is not None and _assailants(own) != _assailants(c):
            members = [k for k in members if k.i != m.i]
            continue  # "killed 23 hostages and 32 militants": the attackers are no part of the victims' count
        n = _victims_in(m, counts)
        if n is None:
            return c
        extra += n[0]
        extra_hi = None if extra_hi is None or n[1] is None else extra_hi + n[1]
        qualifier = qualifier or n[2]
    if len(members) < 2:
        return c
    hi = None if c.max is None or extra_hi is None else c.max + extra_hi
    # the count of them all is no one group's: its group is none, its text the whole coordination
    span = doc[min(c.start, min(m.left_edge.i for m in members)):max(c.end, max(m.right_edge.i for m in members) + 1)]
    return replace(c, min=c.min + extra, max=hi, qualifier=qualifier if hi is None else c.qualifier, group=None,
                   start=span.start, end=span.end, text=span.text)


def _several_events(tok: Token) -> bool:
    """Is the victims' verb done by several events ("the two attacks killed ...", "both bombings killed ...")?"""
    verb = tok.head
    doers = (*verb.children, *(g for k in verb.children if k.dep_ == "agent" for g in k.children))
    return any(c.dep_ in ("nsubj", "nsubjpass", "pobj") and c.lemma_.lower() in EVENT_NOUNS
               and c.tag_ in ("NNS", "NNPS") for c in doers)


def _own_place(tok: Token) -> str | None:
    """The named place a conjunct of victims carries ("15 people in Sarn": Sarn), None when it names none."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "at"):
            for o in p.children:
                if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN"):
                    return o.lower_
    return None


def _joined_in_text(doc: Doc, c: Count, counts: list[Count]) -> Count:
    """"A total of 132 Valdorans and 26 foreigners were killed", which the small parser reads as two subjects: counts
    of named groups joined by "and" alone, each exact, are one count of all of them (158), however they are hung.
    Unchanged when a neighbour is a bare number, a size in words or an increment, or a survivor's count."""
    def exact(o: Count) -> bool:  # (or a lower bound: "13 soldiers and at least 169 civilians" is at least 182)
        return o.min is not None and (o.min == o.max or (o.max is None and o.qualifier in AT_LEAST)) and \
            o.group is not None and not o.increment and o.previous is None and o.group.split()[-1] not in SURVIVORS \
            and _assailants(o) == _assailants(c)  # ("23 hostages and 32 militants": the attackers are no victims)

    if not exact(c):
        return c
    chain = [c]
    while (prev := next((o for o in counts if o.end + 1 == chain[0].start and doc[o.end].lower_ == "and"), None)) \
            is not None and exact(prev) and prev not in chain:
        chain.insert(0, prev)
    while (nxt := next((o for o in counts if chain[-1].end + 1 == o.start and doc[chain[-1].end].lower_ == "and"),
                       None)) is not None and exact(nxt) and nxt not in chain:
        chain.append(nxt)
    if len(chain) < 2:
        return c
    total = sum(o.min or 0 for o in chain)
    bound = next((o.qualifier for o in chain if o.max is None), None)
    return replace(c, start=chain[0].start, end=chain[-1].end, min=total, max=None if bound else total, group=None,
                   qualifier=bound if bound else c.qualifier, text=doc[chain[0].start:chain[-1].end].text)


def _own_group(f: Figure) -> frozenset[str] | None:
    """The words of the victim group a figure counts, when it names a particular one ("13 service members",
    "170 Varnian civilians"); None for a count of people at large ("12 people", "others") or of no group."""
    if not f.group:
        return None
    words = f.group.split()
    return None if words[-1] in GENERIC_VICTIMS else frozenset(words)


def group_totals(sent: SpacySpan, figs: list[Figure]) -> list[Figure]:
    """One sentence's counts of one kind for disjoint groups of victims, each told in a clause of its own ("13
    service members were confirmed dead while nearly 170 civilians have been killed"): the incident's toll is
    their sum (ACLED records the total a report gives, and a count of one group is part of it), so a figure of the
    sum is added and each group's count kept as a part. The groups must each be named ("soldiers", "Varnian
    civilians"), none inside another ("civilians" and "Varnian civilians" may be one group), and each count a
    plain one (not already a part, an earlier count, a revision, a claim); a sentence that also gives a count of
    people at large gives its total itself, so nothing is added. Returns the figures, sum last."""
    out = _place_parts(sent, list(figs))
    for kind in sorted({f.kind for f in figs}):
        mine = [f for f in out if f.kind == kind]
        plain = [f for f in mine if not (f.partial or f.earlier or f.revision or f.previous is not None
                                          or f.claimed or f.denied)]
        groups = [_own_group(f) for f in plain]
        if len(plain) < 2 or len(plain) != len(mine) or any(g is None for g in groups):
            continue
        named = [g for g in groups if g is not None]
        if any(a <= b for n, a in enumerate(named) for b in named[n + 1:]) or \
                any(b <= a for n, a in enumerate(named) for b in named[n + 1:]):
            continue
        if any(f.min is None and f.max is None for f in plain):
            continue
        lo = sum(f.min for f in plain if f.min is not None) if all(f.min is not None for f in plain) else None
        hi = sum(f.max for f in plain if f.max is not None) if all(f.max is not None for f in plain) else None
        if lo is None and hi is None:
            continue
        quals = [f.qualifier for f in plain if f.qualifier]
        first, last = min(plain, key=lambda f: f.start), max(plain, key=lambda f: f.end)
        base = sent.start_char
        text = sent.doc.text[first.start:last.end] if base <= first.start and last.end <= sent.end_char else \
            " and ".join(f.text for f in plain)
        out = [replace(f, partial=True) if f in plain else f for f in out]
        out.append(replace(first, min=lo, max=hi, qualifier=quals[0] if quals else None, group=None, text=text,
                           end=last.end))
    return out


def _figure_place(sent: SpacySpan, f: Figure) -> str | None:
    """The named place a figure's own clause gives its victims: "149 people were killed in Sarn" (the verb's "in
    Sarn"), "killing 149 people in Sarn" (the count's), "had died in the capital, Sarn" (the apposition's name);
    None when it names none."""
    span = sent.doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    holders = [root, root.head] if root.dep_ in ("nsubj", "nsubjpass", "dobj") else [root]
    for holder in holders:
        for p in holder.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "at"):
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                named = [o, *(a for a in o.children if a.dep_ == "appos")]
                for n in named:
                    if n.ent_type_ in ("GPE", "LOC", "FAC") or n.pos_ == "PROPN":
                        return n.lower_
    return None


def _place_parts(sent: SpacySpan, figs: list[Figure]) -> list[Figure]:
    """One sentence's counts of one kind broken down by place, each in a clause of its own ("149 people had died in
    the capital, Sarn, while 11 were killed in Tolvar"): the largest is the main figure, the others parts of the toll
    (never the incident's toll on their own; a count at one place may lie inside another's, so they are not summed).
    Only plain counts, each with a named place of its own, the places all different."""
    out = list(figs)
    for kind in sorted({f.kind for f in figs}):
        plain = [f for f in out if f.kind == kind and f.min is not None and not (
            f.partial or f.earlier or f.revision or f.previous is not None or f.claimed or f.denied)]
        if len(plain) < 2 or all(_own_group(f) is not None for f in plain):
            continue  # (counts of named groups, "13 soldiers ... 170 civilians", are summed: see group_totals)
        places = [_figure_place(sent, f) for f in plain]
        if any(p is None for p in places) or len(set(places)) < len(places):
            continue
        main = max(plain, key=lambda f: (f.min or 0, -f.start))
        out = [replace(f, partial=True) if f in plain and f is not main else f for f in out]
    return out


def _conjuncts(tok: Token) -> list[Token]:
    out = []
    for k in tok.children:
        if k.dep_ == "conj":
            out += [k, *_conjuncts(k)]
    return out


def _victims_in(tok: Token, counts: list[Count]) -> tuple[int, int | None, str | None] | None:
    """How many victims one conjunct names (least, most, the qualifier of a bound): its own count, one person, or
    one of "a civilian". A named group's count may be a lower bound: "killed 13 soldiers and at least 169
    civilians" is at least 182 (ACLED sums the dead of each group a report gives, keeping the bound); a bare
    number or a count with an upper bound only ("nearly 170") adds nothing certain, so no sum."""
    if any(cue_kind(t) for t in tok.subtree):
        return None  # "24 people dead and 46 injured": a count of another kind
    own = [c for c in counts if c.start <= tok.i < c.end]
    if own and own[0].group and own[0].group.split()[-1] in SURVIVORS:
        return None  # "found 61 bodies and five survivors": those who lived are no victims of the toll
    if own:  # "two police officers", "120 others", not a bare "46" (of what, the sentence says elsewhere)
        o = own[0]
        named = o.group or tok.lower_ in OTHERS
        if not named or o.min is None or o.increment or o.previous is not None:
            return None
        if o.min == o.max:
            return (o.min, o.min, None)
        return (o.min, None, o.qualifier) if o.max is None and o.qualifier in AT_LEAST else None
    if (tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON") or tok.lower_ in ONE_PERSON_PRONOUNS:
        return (1, 1, None)
    if tok.tag_ == "NN" and any(k.dep_ in ("det", "poss") and k.lower_ in ONE_DETERMINERS for k in tok.children):
        return (1, 1, None)
    return None


def _anothers(cue: Token, kind: str, span: SpacySpan) -> bool:
    """The count is the subject or object of another cue of another kind: "confirmed the toll on Sunday, adding
    that over 300 others were badly injured" (300 are the injured, not the toll)."""
    if any(cue_kind(t) == kind for t in span):
        return False  # "12 dead bodies and more than 20 wounded": the count names its own kind
    root = span.root
    other = root.head
    if cue.head.i == root.i and cue.dep_ in ("acl", "amod"):
        return False  # "killed, over 25 pilgrims wounded": the count's own participle names its kind
    return other.i != cue.i and root.dep_ in ("nsubj", "nsubjpass", "dobj") and cue_kind(other) not in (None, kind)


def _shared(cue: Token) -> bool:
    """"killing and wounding hundreds", "250 killed or wounded": one count for two kinds, so neither kind's own
    figure."""
    doc = cue.doc
    for lo, hi in ((cue.i, cue.i + 2), (cue.i - 2, cue.i)):
        if lo < 0 or hi >= len(doc) or doc[lo + 1].dep_ != "cc":
            continue
        first, second = doc[lo], doc[hi]
        kinds = {cue_kind(first), cue_kind(second)}
        # ("250 guests killed or wounded": with "or" one count of both kinds whatever the first governs)
        governs = any(c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in first.children)
        if None not in kinds and len(kinds) == 2 and second.dep_ == "conj" and second.head == first and (
                doc[lo + 1].lower_ == "or" or not governs):
            return True
    return False


def _projected(cue: Token, span: SpacySpan) -> bool:
    """"the toll could cross the 20,000 mark", "may rise to 50": a guess about the toll, not a report of it."""
    toll = toll_noun(cue)
    verbs = [t for t in (cue, toll.head if toll is not None else None, span.root.head) if t is not None
             and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() != "be"]
    # "may have died", "10,000 may be missing" are hedged reports, "could rise to" a guess about what is to come
    return any(k.dep_ == "aux" and k.lower_ in PROJECTING for v in verbs for k in v.children) and not any(
        k.dep_ == "aux" and k.lower_ == "have" for v in verbs for k in v.children)


def _exceeded(span: SpacySpan, c: Count) -> Count:
    """"the number of deaths exceeded 6,100 people", "rose past 12,000", "topped 20 dead": more than the count."""
    root = span.root
    if root.dep_ == "nummod" and root.head.dep_ == "dobj" and root.head.lower_ in THE_COUNTED:
        root = root.head  # "the toll topped 20 dead"
    if c.qualifier is None and ((root.dep_ == "dobj" and root.head.lemma_.lower() in EXCEED_VERBS) or (
            root.dep_ == "pobj" and root.head.lower_ in PAST_PREPS)):  # "rose past 12,000"
        return replace(c, min=c.min, max=None, qualifier="more than")
    return c


def _not_victims(span: SpacySpan, c: Count) -> bool:
    """"two attacks killed ...": a count of events, not of people; "killed 21 people between them": a sum."""
    head = span.root if c.group else None
    if head is not None and (head.lemma_.lower() in EVENT_NOUNS | NON_VICTIM_NOUNS or
                             (lexicon_numbers.MEASURE_UNITS | lexicon_numbers.DISTANCE_UNITS.keys())
                             & {head.lower_, head.lemma_.lower()}):
        return True  # ("a gun about 40 centimeters long": a length; "a village 35 miles south of X": a distance)
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "by" and not _to_total(root) and _changes(root.head.head):
        return True  # "the toll rose by two", "revised the toll down by 97": a change, not a total
    after = span.doc[span.end: span.end + 4].text.lower()
    return after.startswith(SUM_WORDS) or any(w in after for w in (" between them", " combined", " in total"))


def _changes(verb: Token) -> bool:
    """A verb (or its "down"/"up" particle) that changes a toll: "rose", "lowered", "revised (down)"."""
    if verb.lower_ in ("down", "up", "downward", "downwards", "upward", "upwards") and \
            verb.dep_ in ("advmod", "prt") and verb.head.i != verb.i:
        return True
    return verb.lemma_.lower() in REVISION_UP | REVISION_DOWN | RISING | {"correct", "adjust", "update"}


def _self_claimed(cue: Token) -> bool:
    """"(the group) said its fighters killed 11", "claimed it had killed 11": the perpetrators' own count."""
    if cue.dep_ not in ("ccomp", "xcomp") or cue.head.lemma_.lower() not in CLAIM_SPEECH:
        return False
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() == "claim":
        return True  # "claimed to have killed 11 police officers"
    for s in (c for c in cue.children if c.dep_ == "nsubj"):
        if s.lower_ in ("it", "they", "we") or any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our")
                                                    for p in s.children):
            return True
    return False


#: verbs that deny what their clause or their object's clause says ("denied reports that the toll exceeded 125")
DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "rubbish"})
#: nouns that carry someone's account of a toll ("a report that", "claims that")
ACCOUNT_NOUNS = frozenset({"report", "claim", "rumour", "rumor", "account", "allegation", "suggestion",
                           "speculation", "figure"})


def _denied(cue: Token) -> bool:
    """A count a source denies: "police denied that 40 people were killed", "denied a report that the death toll
    had exceeded 125", "denies 9,000 death toll", "dismissed claims that more than 300 died" (someone's figure,
    not the toll; never "denied involvement in the attack that killed 12", which denies a role, not the count)."""
    toll = toll_noun(cue)
    if toll is not None and toll.dep_ == "dobj" and toll.head.lemma_.lower() in DENY_VERBS:
        return True  # a headline's "Aid group denies 9,000 death toll"
    verb = toll.head if toll is not None and toll.dep_ in ("nsubj", "nsubjpass") else cue
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENY_VERBS:
        return not _named_doer(verb)  # ("denied that its jets killed 30 people": the role, not the count)
    noun = verb.head
    return verb.dep_ in ("acl", "relcl") and noun.lemma_.lower() in ACCOUNT_NOUNS and noun.dep_ in (
        "dobj", "nsubjpass") and noun.head.lemma_.lower() in DENY_VERBS


def _named_doer(verb: Token) -> bool:
    """Has the verb a doer of its own that names who did it ("its jets", "they", "the army"), as a denial of a
    role has ("denied that its jets killed 30 people")?"""
    return any(c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.lower_ in (
        "it", "they", "we", "he", "she") or any(g.dep_ == "poss" for g in c.children)) for c in verb.children)


def _verbs_above(tok: Token, hops: int = 4) -> list[Token]:
    out, t = [], tok
    for _ in range(hops):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            out.append(t)
    return out


def _revision(span: SpacySpan, c: Count) -> str | None:
    """"rose to 14" / "taking the toll to 59" -> up, "revised down to 9" -> down, "stands at 14" -> update."""
    if c.previous is not None:
        return "up" if (c.min or 0) > c.previous else "down"
    doc = span.doc
    if span.start - 2 >= span.sent.start and [t.lower_ for t in doc[span.start - 2:span.start]] == ["up", "to"] \
            and _risen_up(span.sent, span.start - 2):
        return "up"  # "brought the death toll up to 37", however "up" is parsed
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "by" and _to_total(root):
        prep = root  # "rose by two to 16": read as "rose ... to 16"
        return _revision_verb(prep.head.head, "to", set())
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    if prep is None and before is not None and before.dep_ == "prep" and before.lower_ in ("to", "at"):
        prep = before  # "has now risen to 40 and 67 people were ...", parsed with 40 on "people"
    if prep is None or prep.lower_ not in ("to", "at", *PAST_PREPS):
        return None
    verb = prep.head
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in TOLL_NOUNS and verb.head.head.pos_ in ("VERB", "AUX"):
        verb = verb.head.head  # "raised the total number killed to 48", parsed with "to 48" on "killed"
    kids = {k.lower_ for k in verb.children}
    if verb.dep_ == "prt" or (verb.dep_ == "advmod" and verb.lower_ in ("down", "up")):  # "revised the toll down to 9"
        kids.add(verb.lower_)
        verb = verb.head
    return _revision_verb(verb, prep.lower_, kids)


def _raising(cue: Token) -> str | None:
    """"killed 102 people, raising an earlier toll", "died overnight, bringing up the toll": the cue's count is the
    new total that the participle's toll change gives (up or down), when that change names no total of its own."""
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp", "conj") or c.pos_ != "VERB" or c.i < cue.i:
            continue
        tolls = [g for g in c.children if g.dep_ == "dobj" and toll_noun(g) is not None]
        if not tolls or any(p.dep_ == "prep" and p.lower_ in ("to", "at") for p in c.children) or any(
                p.dep_ == "prep" and p.lower_ in ("to", "at") for g in tolls for p in g.children):
            continue
        return _revision_verb(c, "to", set())
    return None


def _revision_verb(verb: Token, prep: str, kids: set[str]) -> str | None:
    lemma = verb.lemma_.lower()
    kids = kids | {k.lower_ for k in verb.children}
    if lemma in REVISION_DOWN or kids & {"down", "downward", "downwards"}:
        return "down"
    if prep == "to" and "up" in kids:
        return "up"  # "has gone up to 37", a headline's "toll up to 37"
    if lemma in REVISION_UP and prep in ("to", *PAST_PREPS):
        return "up"
    if lemma in REVISION_SAME:
        return "update"
    return None


def _earlier(cue: Token, span: SpacySpan) -> bool:
    """"initially", "had earlier put the number at", "initial reports said": an older figure."""
    for t in [cue, span.root, *_verbs_above(cue), *_verbs_above(span.root)]:
        if any(k.lower_ in EARLIER_WORDS and k.dep_ in ("advmod", "amod", "npadvmod") for k in t.children):
            return True
        if t.pos_ == "VERB" and t.tag_ == "VBN" and any(
                k.dep_ == "aux" and k.lower_ == "had" for k in t.children) and t.lemma_.lower() in (
                "put", "leave", "kill", "say", "report", "give", "stand"):
            return True  # "the blast had left 42 dead" (past perfect: the figure before the latest one)
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "from" and _changes(root.head.head) and \
            not (span.start > span.sent.start and span.doc[span.start - 1].lower_ == "to"):
        return True  # "raised the death toll from 13", "down from 317 deaths" (the new total is another count); not
        # the new total of "rose from 90 to 170", which the parser hangs, with the old one, on "from"
    # "Initial reports indicated that at least 44 people were killed", "lowering an earlier death toll of
    # three": only what those reports say or that toll counts (not "two officers were killed, lowering ...")
    return any(t.lower_ in EARLIER_WORDS and t.dep_ == "amod" and t.head.lemma_.lower() in (
        "report", "figure", "count", "estimate", "toll", "tally") and not _published(t.head)
        and _governs(t.head, cue, root) for t in span.sent)


def _published(noun: Token) -> bool:
    """"a preliminary report released by the board": a document someone issued (an inquiry's first report),
    whose toll is as current as the article, not the first reports of a toll ("initial reports released by the
    minister said 62 were killed": the plural is the first news, an earlier figure)."""
    return noun.tag_ == "NN" and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in PUBLISHING
                                     for c in noun.children)


def _governs(noun: Token, cue: Token, count: Token) -> bool:
    if noun.left_edge.i <= count.i <= noun.right_edge.i:
        return True
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.left_edge.i <= cue.i <= verb.right_edge.i


def _partial(cue: Token, span: SpacySpan) -> bool:
    """"including two police officers", "which included one child", "one police officer also died", "two of the
    wounded died"."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > span.sent.start else ""
    if before in PARTIAL_PREPS or any(a.lower_ in PARTIAL_PREPS and a.dep_ == "prep" and not _other_kind(cue, a.head)
                                      for a in span.root.ancestors if a.i < span.start):
        return True
    if any(k.lower_ == "also" and k.dep_ == "advmod" for k in cue.children) and not _also_other_kind(cue, span):
        return True
    if span.root.dep_ == "dobj" and span.root.head.lemma_.lower() == "include":
        return True  # "the latest death toll, which included one toddler", "the dead included two officers"
    if _restricted(span) or _broken_down(span) or _at_one_site(span) or _foreign_part(cue, span):
        return True
    toll = toll_noun(cue)
    if toll is not None and any(p.dep_ == "prep" and p.lower_ in ("at", "in") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in HOSPITALS | MORGUES for o in p.children) for p in toll.children):
        return True  # "the casualty number at hospitals has been reduced to 149": those in hospitals, not the toll
    if _subset(cue, span) or _still(span) or any(k.lower_ in SEVERITY_WORDS and k.dep_ in ("amod", "advmod")
                                                 for k in cue.children):
        return True
    after = doc[span.end: span.end + 3]
    if len(after) >= 2 and after[0].lower_ == "of" and after[1].lower_ in ("the", "them", "those", "whom"):
        return True  # "two of the wounded", "four of them"
    return after.text.lower().startswith(("among the", "among them"))


def _also_other_kind(cue: Token, span: SpacySpan) -> bool:
    """"512 people died ... 316 others were also injured", "the toll has risen to 59. 527 people were also injured":
    "also" adds a count of another kind to the one told just before (its sentence or the one before), not a part
    of its own kind ("dozens were injured; two officers were also injured")."""
    doc, kind = span.doc, cue_kind(cue)
    sent = span.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    kinds = {k for t in doc[start:span.start] if (k := cue_kind(t)) is not None}
    return bool(kinds) and kind not in kinds


def _foreigners(noun: Token) -> bool:
    """A noun that names the foreigners among victims: "foreigners", "expatriates", "foreign nationals", "11 Indian
    nationals" (a country's people named by its adjective)."""
    if noun.lower_ in FOREIGN_VICTIMS or noun.lemma_.lower() in FOREIGN_VICTIMS:
        return True
    return noun.lower_ in NATIONALS and any(
        k.dep_ in ("amod", "compound") and (k.lower_ == "foreign" or k.ent_type_ == "NORP") for k in noun.children)


def _foreign_part(cue: Token, span: SpacySpan) -> bool:
    """The foreigners among the victims, a part of the toll: "40 foreigners had died", "the number of foreigners
    killed has risen to 40" (the toll noun's "of" names them)."""
    if _foreigners(span.root):
        return True
    toll = toll_noun(cue)
    return toll is not None and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and _foreigners(o) for o in p.children) for p in toll.children)


def _at_one_site(span: SpacySpan) -> bool:
    """The count of one hospital or morgue: "more than 50 bodies at one hospital", "40 bodies were brought to
    another morgue", "30 dead at the Ferrow General Hospital" (a named one). The dead and injured of an
    incident are spread over several such places, so a count at one of them is a part of the toll. Not a place
    named only by its kind ("42 were admitted to hospital", "taken to a hospital", "to the city morgue")."""
    root = span.root
    while root.dep_ in ("nummod", "quantmod") and root.head.i != root.i:
        root = root.head  # "At least 25 dead": the noun the number counts
    holders = [root, root.head] if root.dep_ in ("nsubj", "nsubjpass", "dobj") else [root]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "to", "in", "into"):
                continue
            for site in prep.children:
                if site.dep_ != "pobj" or site.lower_ not in HOSPITALS | MORGUES or site.tag_ not in ("NN", "NNP"):
                    continue
                if any((k.dep_ in ("det", "nummod") and k.lower_ in lexicon_numbers.ONE_OF_SEVERAL) or (
                        k.dep_ == "compound" and k.pos_ == "PROPN" and k.text[:1].isupper())
                       for k in site.children):
                    return True
    return False


def _other_kind(cue: Token, whole: Token) -> bool:
    """The whole an "including" hangs on counts another kind than the cue: "351 dead people including 129 men
    and 222 women and 394 injured" (the injured are no part of the dead, however the list is parsed)."""
    kinds = {cue_kind(t) for t in (whole, *whole.children)} - {None}
    return bool(kinds) and cue_kind(cue) not in kinds


def _broken_down(span: SpacySpan) -> bool:
    """One entry of a breakdown written as a list of labels and counts: "casualties by country: Valdora: 72,
    Sarn: 35, Tolvar: 1" (each count a part of a whole, none the toll)."""
    doc = span.doc

    def labelled(k: int) -> bool:  # "Sarn: 35"
        return k - 2 >= span.sent.start and doc[k - 1].text == ":" and doc[k - 2].pos_ == "PROPN"

    if not labelled(span.start):
        return False
    return sum(labelled(c.start) for c in count_phrases(span.sent)) >= 3


def _restricted(span: SpacySpan) -> bool:
    """A count of one part of those harmed: "12 people on the ground" always (others were aboard); "all 150 on
    board", "176 passengers" or "ten students" when the sentence counts others too ("killing 205 people including
    187 on board", "176 passengers, 12 crew and 17 people on the ground"): alone it may be everyone."""
    doc = span.doc
    after = tuple(t.lower_.rstrip("-") for t in doc[span.end:min(span.end + 3, span.sent.end)])  # "onboard-"
    if any(after[:len(w)] == w for w in ON_THE_GROUND):
        return True
    head = span.root
    aboard = any(after[:len(w)] == w for w in ABOARD) or any(
        c.dep_ == "prep" and tuple(t.lower_ for t in c.subtree)[:3] in {w + ("",) * (3 - len(w)) for w in ABOARD}
        for c in head.children) or head.lemma_.lower() in SUBGROUP_NOUNS
    if not aboard:
        return False
    # ("killing all 120 on board including 9 schoolchildren": a part of them is no count of others; nor is a
    # count summed with this one, "eight students and 120 others were killed")
    joined = {t.i for t in _conjuncts(head) if t.lower_ in OTHERS}
    others = [c for c in count_phrases(span.sent) if not (c.start <= span.start < c.end or span.start <= c.start <
                                                          span.end) and not _included(doc, c.start)
              and not any(c.start <= k < c.end for k in joined)]
    return bool(others)


def _included(doc: Doc, start: int) -> bool:
    """A count introduced as a part of the one before it: "including 16 schoolchildren", "among them two"."""
    return start > 0 and doc[start - 1].lower_ in PARTIAL_PREPS | {"them"}


def _subset(cue: Token, span: SpacySpan) -> bool:
    """"Of those who were killed, at least 145 were Egyptian": the cue names the whole, the count a part."""
    return any(a.dep_ == "prep" and a.lower_ in ("of", "among") and a.head.pos_ in ("VERB", "AUX")
               and not a.left_edge.i <= span.start <= a.right_edge.i for a in cue.ancestors)


def _still(span: SpacySpan) -> bool:
    """"80 people injured in the attack remained in hospital": those still there, not the toll."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    lasting = verb.lemma_.lower() in STILL_VERBS or any(k.lower_ == "still" and k.dep_ == "advmod"
                                                        for k in verb.children)
    return lasting and any(t.lemma_.lower() in HOSPITAL_WORDS for t in verb.subtree)  # not "remain missing"


#: prepositions that give a clause its day ("on Wednesday", "by Thursday evening")
DAY_PREPS = frozenset({"on", "by", "as", "of"})


#: verbs whose date is the day a figure was given: a toll's change or level, and reporting it
DAY_OF_COUNT_VERBS = TOLL_VERBS | RISING | REPORTING_VERBS | frozenset({"give", "release", "publish", "update",
                                                                         "correct", "adjust", "lower"})


def figure_day(doc: Doc, fig: Figure, days: dict[int, str]) -> str | None:
    """The day the figure's own clause gives it, read up from its count through the verbs above it that give or
    change a count (the nearest with a date of its own): "on Wednesday the minister revised the toll from 118 to
    109" (Wednesday, even in Thursday's article), "police said on Tuesday that 47 were killed", "rose to 100 on
    Tuesday". The date of the deed is not the count's: "a bomb killed 12 people on Monday" in Wednesday's report
    is Wednesday's count of Monday's dead; nor is a noun's ("the toll from the attack on Monday rose to 47").

    ``days``: token index -> the day (YYYY-MM-DD) of the dated expression the token is part of.
    """
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or not days:
        return None
    t = span.root
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in DAY_OF_COUNT_VERBS:
            for c in t.children:
                if c.dep_ in ("npadvmod", "advmod", "tmod", "obl") and c.i in days:
                    return days[c.i]  # "revised the toll Wednesday", "a day earlier"
                if c.dep_ == "prep" and (c.lower_ in DAY_PREPS or c.i in days):
                    found = next((days[g.i] for g in c.children if g.dep_ == "pobj" and g.i in days), None)
                    if found is not None:
                        return found
                if c.dep_ == "prep" and c.i < t.i and c.i == c.left_edge.i:
                    # a fronted phrase: "In an interview on Wednesday, the minister revised the toll"
                    found = next((days[g.i] for g in c.subtree if g.i in days), None)
                    if found is not None:
                        return found
        if t.head.i == t.i:
            break
        t = t.head
    return None


#: words that say nobody of a count lived ("none survived", "no one survived", "nobody survived")
NOBODY = frozenset({"none", "nobody", "noone", "no-one"})
#: verbs of a death taken as certain without bodies ("presumed dead", "feared dead", "believed dead")
PRESUMING = frozenset({"presume", "fear", "believe", "presumed", "feared", "believed"})
#: verbs that carry people aboard ("the jet was carrying 71 passengers and crew")
CARRYING = frozenset({"carry", "have", "transport", "ferry"})


def _aboard_count(sent: SpacySpan, c: Count) -> bool:
    """A count of those aboard a craft: "62 people on board", "71 aboard", "the jet was carrying 71 passengers"."""
    doc = sent.doc
    after = tuple(t.lower_.rstrip("-") for t in doc[c.end:min(c.end + 3, sent.end)])
    if any(after[:len(w)] == w for w in ABOARD):
        return True
    # "71 people were on board", "14 passengers and crew members aboard": the words of being aboard further on,
    # with no other verb or clause between
    for k in range(c.end, min(c.end + 7, sent.end)):
        t = doc[k]
        if t.is_punct or (t.pos_ == "VERB" and t.lemma_ != "be"):
            break
        words = tuple(x.lower_.rstrip("-") for x in doc[k:min(k + 3, sent.end)])
        if any(words[:len(w)] == w for w in ABOARD):
            return True
    root = doc[c.start:c.end].root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in CARRYING and root.lemma_.lower() not in \
        NON_VICTIM_NOUNS


def _nobody_lived(tok: Token) -> bool:
    """"none survived", "no one survived", "there were no survivors", "with no survivors"."""
    if tok.lemma_.lower() == "survive" and tok.pos_ == "VERB":
        return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NOBODY or (c.lower_ == "one" and any(
            d.lower_ == "no" for d in c.children)) or (c.lower_ == "no" and c.i + 1 < len(tok.doc)
                                                        and tok.doc[c.i + 1].lower_ == "one"))
                   for c in tok.children)
    return tok.lower_ in ("survivors", "survivor") and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _presumed_dead(tok: Token) -> bool:
    """"presumed dead", "all feared dead", "believed to have died"."""
    if tok.lemma_.lower() not in ("dead", "die", "kill"):
        return False
    return any(a.lemma_.lower() in PRESUMING or a.lower_ in PRESUMING for a in (tok.head, *tok.ancestors)
               if a.i < tok.i and tok.i - a.i <= 4)


#: subjects that are everyone a count before named ("All of them were killed", "everyone on board died")
EVERYONE = frozenset({"all", "everyone", "everybody"})


def _all_died(tok: Token) -> bool:
    """"All of them were killed", "all died", "everyone aboard died": a death cue whose subject is all of them."""
    if tok.pos_ not in ("VERB", "ADJ") or cue_kind(tok) != "killed":
        return False
    subjects = [c for c in (*tok.children, *(tok.head.children if tok.dep_ == "acomp" else ()))
                if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in EVERYONE and not any(c.like_num for c in s.subtree) for s in subjects)


def aboard_deaths(sent: SpacySpan, counts: list[Count], before: SpacySpan | None = None) -> list[Figure]:
    """Deaths told as the fate of everyone aboard rather than as a count of the dead: "62 people on board,
    all presumed dead" (killed, qualifier "presumed"), "carrying 132 passengers and crew; none survived",
    "there were no survivors among the 58 on board" (killed, as counted). The count is of those aboard; the
    words of the fate name no count of their own, so the cue alone finds none. The count may stand in the
    sentence ``before`` when this one tells the fate alone ("There were 14 people aboard. All of them were
    killed.", "None survived.")."""
    aboard = [c for c in counts if _aboard_count(sent, c) and not c.increment]
    where = sent
    if not aboard and before is not None and not counts:
        aboard = [c for c in count_phrases(before) if _aboard_count(before, c) and not c.increment]
        where = before
    if not aboard:
        return []
    presumed = [t for t in sent if _presumed_dead(t)]
    nobody = [t for t in sent if _nobody_lived(t) or (where is not sent and _all_died(t))]
    if not presumed and not nobody:
        return []
    doc = sent.doc
    out = []
    for c in aboard[:1]:  # the first count aboard is everyone ("62 aboard, including 50 passengers")
        first, last = doc[c.start], doc[c.end - 1]
        out.append(Figure(kind="killed", min=c.min, max=c.max, text=c.text, start=first.idx,
                          end=last.idx + len(last.text), qualifier="presumed" if presumed and not nobody
                          else c.qualifier, group=c.group))
    return out
