"""English number words (cardinals, tens, scales): the one list for time, casualty counts and claim comparison; units of
distance (how far a place lies from a landmark, events) and of other measures (a length, a weight, a volume: "a gun
about 40 centimeters long" measures a thing and counts no victims, casualties); determiners that pick one of several
("at one hospital", "another morgue": a count there is one site's, casualties); words that reject a figure another
gave ("is too high", "not the figure of": claim links).

General English; nothing here is about a story.
"""

from __future__ import annotations

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
#: words that stand for a number on their own ("a dozen", "a hundred")
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000}
#: every single number word with its value
NUMBER_WORDS = {**ONES, **TENS, **SCALES}
#: units of distance, in kilometres ("30 km south of X", "610 miles north of X")
DISTANCE_UNITS = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometer": 1.0, "kilometres": 1.0, "kilometers": 1.0,
                  "mile": 1.609, "miles": 1.609, "mi": 1.609}
#: units of length, weight and volume, singular and plural ("40 centimeters long", "a 5-kilogram bomb"): what they
#: follow is a measure of a thing, never a count of people
MEASURE_UNITS = frozenset({
    "centimetre", "centimetres", "centimeter", "centimeters", "cm", "millimetre", "millimetres", "millimeter",
    "millimeters", "mm", "metre", "metres", "meter", "meters", "inch", "inches", "foot", "feet", "ft", "yard",
    "yards", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs", "gram", "grams", "gramme",
    "grammes", "lb", "lbs", "litre", "litres", "liter", "liters", "gallon", "gallons", "calibre", "caliber",
})
#: determiners that pick one site among several ("at one hospital", "at another clinic")
ONE_OF_SEVERAL = frozenset({"one", "another", "each"})
#: what a speaker says of a figure he rejects ("ten thousand is too much", "the number was exaggerated")
FIGURE_REJECTIONS = ("too high", "too much", "too large", "exaggerated", "inflated", "overstated",
                     "overestimated", "an exaggeration", "an overestimate")
#: what a figure another gave is called when a speaker puts his own in its place ("not the previously reported
#: figure of 10,000")
FIGURE_NOUNS = ("figure", "number", "toll", "estimate", "count", "tally", "projection")
