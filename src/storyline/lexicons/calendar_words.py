"""General time vocabulary: month and weekday names, number words, units, seasons, parts of day, holidays.

Nothing here is about any particular story; it is the calendar vocabulary of English news.
"""

from __future__ import annotations

from storyline.lexicons.numbers import ONES, TENS

#: full month and weekday names, in calendar order (lowercase)
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: month name or abbreviation -> month number
MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
          "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
          "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan\.?|Feb\.?|Apr\.?|Aug\.?|Sept\.?|Oct\.?|Nov\.?|Dec\.?|"
            # "Mar", "Jun", "Jul", "Sep" are words or names too: without a period only before a day ("Jun 12")
            r"(?:Mar|Jun|Jul|Sep)(?:\.|(?=\s+\d{1,2}\b)))")
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
WEEKDAY_RE = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|"
              r"Fri\.|Sat\.|Sun\.)")

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}
#: counts that are known to be more than one but not how many
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "a number of", "numerous", "dozens of",
                "hundreds of", "a couple of", "couple of", "a couple", "multiple")
COUPLE = ("a couple of", "couple of", "a couple")
_NUM_WORDS = "|".join(sorted([*ONES, *TENS, "hundred", "half"], key=len, reverse=True))
# "a"/"an" only lead a count ("a year", "an hour and a half"), never continue one ("seven a year")
NUMBER_RE = (rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|(?:an?|{_NUM_WORDS})(?:[\s-]+(?:{_NUM_WORDS}|and))*|"
             rf"{'|'.join(v.replace(' ', r'[ ]') for v in sorted(VAGUE_COUNTS, key=len, reverse=True))})")

UNIT_WORDS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
              "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
              "fortnight": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
              "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
              "quarter": "quarter", "quarters": "quarter", "weekend": "weekend", "weekends": "weekend"}
UNIT_RE = (r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|years?|decades?|century|centuries|"
           r"quarters?|weekends?)")
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "12:00",
                "midnight": "24:00", "midday": "12:00", "mid-afternoon": "AF", "daytime": "DT", "dawn": "MO",
                "overnight": "NI"}
PART_RE = r"(?:morning|afternoon|evening|night|noon|midnight|midday|mid-afternoon|dawn)"
#: SET adverbs and their period
SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
             "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M",
             "semiannually": "P6M", "fortnightly": "P2W"}
#: fixed-date holidays (month, day) and computed ones by name
FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                  "new year's eve": (12, 31), "new year's day": (1, 1), "valentine's day": (2, 14),
                  "halloween": (10, 31), "boxing day": (12, 26), "may day": (5, 1),
                  "new year": (1, 1), "new year's": (1, 1)}
COMPUTED_HOLIDAYS = ("thanksgiving day", "thanksgiving", "easter sunday", "easter", "good friday")
#: "New Year" alone is written with capitals (lower case, "the new year" is a year, not its first day) and is not
#: another calendar's ("Lunar New Year", "Chinese New Year", "Persian New Year": other dates)
_OTHER_NEW_YEARS = "".join(rf"(?<!{w}\s)" for w in ("Lunar", "Chinese", "Persian", "Jewish", "Islamic", "Hijri",
                                                    "Tamil", "Thai", "Khmer", "Lao", "Sinhala", "Nepali",
                                                    "Bengali", "Tibetan", "Vietnamese", "Korean", "Iranian"))
HOLIDAY_RE = (r"(?:Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year's\s+Eve|New\s+Year's\s+Day|"
              rf"{_OTHER_NEW_YEARS}(?-i:New\s+Year(?:'s)?)|"
              r"Valentine's\s+Day|Halloween|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Good\s+Friday)")
#: nouns a holiday's name modifies as a kind of thing, not a day: "a Christmas market", "Easter eggs", "Christmas
#: sales" (a holiday before them names its season, no date: "an attack on a Christmas market" was not on 25 December)
HOLIDAY_THINGS = frozenset({"market", "markets", "fair", "fairs", "stall", "stalls", "tree", "trees", "lights",
                            "decorations", "shopping", "shoppers", "card", "cards", "gift", "gifts", "present",
                            "presents", "carol", "carols", "song", "songs", "music", "egg", "eggs", "costume",
                            "costumes", "sales", "bonus", "bonuses", "village", "crowd", "crowds", "menu", "film",
                            "films", "movie", "special", "edition", "number", "issue", "pudding", "cake"})
#: duration modifiers (TIMEX3 mod); they are part of the extent in TimeML
DURATION_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
                 "some": "APPROX", "close to": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
                 "less than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
                 "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
                 "at most": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
                 "well over": "MORE_THAN", "fewer than": "LESS_THAN", "an additional": "", "another": "",
                 "the first": "", "the last": "", "the past": "", "the next": "", "the coming": "",
                 "the previous": "", "the following": ""}


def number_value(words: str) -> float | None:
    """"twenty four" -> 24, "a" -> 1, "1 1/2" -> 1.5, "half" -> 0.5; vague counts ("several") -> None."""
    w = words.lower().replace("-", " ").replace(",", "").strip()
    if not w:
        return None
    if w in COUPLE:
        return 2.0  # TimeML reads "a couple of years" as two (P2Y)
    if w in VAGUE_COUNTS:
        return None
    parts = w.split()
    if parts[0][0].isdigit():
        total = float(parts[0])
        if len(parts) > 1 and "/" in parts[1]:
            num, den = parts[1].split("/")
            total += int(num) / int(den)
        return total
    total, current = 0.0, 0.0
    for p in parts:
        if p in ("a", "an"):
            current += 1
        elif p == "half":
            current = current + 0.5 if current else 0.5
        elif p in ONES:
            current += ONES[p]
        elif p in TENS:
            current += TENS[p]
        elif p == "hundred":
            current = (current or 1) * 100
        elif p == "and":
            continue
        else:
            return None
    return total + current
