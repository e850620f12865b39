"""Words by which one sentence sets two acts in order: the later act, then the earlier one it follows.

"Air strikes come after the market bombing", "a week after the attack, troops raided the camp", "the deadliest
attack since the 2027 bombing", "in the wake of the shooting", "the raid was preceded by a blast": a sentence that
orders two acts in time tells two incidents, however close it sets them. General English news usage (fusion of
events: :func:`storyline.fuse.events.order_links`); nothing here is about a story.

Also the words by which one sentence tells a raid and the arrest it was carried out to make as one operation ("police
stormed the embassy to arrest X", "a raid, which it carried out in a bid to capture X", "X was arrested during a
raid on his home": :func:`storyline.fuse.events.operation_links`): the opposite of an order, one act told twice.
"""

from __future__ import annotations

#: connectives after which the earlier act is named ("X after Y", "after Y, X"): one word or a fixed phrase
AFTER_CONNECTIVES = ("after", "following", "since", "in the wake of", "on the heels of", "in the aftermath of",
                     "in retaliation for", "in reprisal for", "in revenge for")
#: verbs that set the act before them earlier than the act after them ("the blast preceded the raid", "the raid was
#: preceded by a blast": either way two acts in order)
PRECEDE_WORDS = ("preceded", "precedes", "preceding")
#: units of a gap counted between two acts ("a week after", "days after", "two months after")
GAP_UNITS = ("hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
             "decades", "fortnight")
#: words after a counted gap that set the act told beside them that long after an act told before it in the
#: sentence ("X was arrested, while his partner was arrested three days later", "Days later the woman was
#: arrested"): the gap's units are ``DAY_GAP_UNITS`` (a day or more: "hours later" may still be one night's incident)
LATER_WORDS = ("later", "afterwards", "afterward")
DAY_GAP_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "fortnight")
#: counts that may stand before a gap's unit ("three days later", "a few weeks later", "some months later")
GAP_COUNTS = ("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
              "twelve", "few", "several", "couple", "of", "some", "just", "only", "nearly", "almost", "about")
#: units too short to part two incidents: "minutes after the first blast, a second one ripped through the crowd" (one
#: twin attack told in its phases)
SHORT_GAP_UNITS = ("second", "seconds", "minute", "minutes", "moment", "moments")
#: words that end the noun phrase a connective governs (a clause begins: "after the attack that killed ...", "after
#: the attack, which ...", "after police said ..."): an act named past them is no longer the one ordered
CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "while", "and", "but", "or",
                          "said", "says", "say", "told", "tells", "as", "because", "amid", "before", "than"})
#: forms of the verbs of ending: "the meeting ended after eight days of talks", "the siege ended after police raided
#: the building": the connective tells how an episode ended (its own last act), not an older incident
ENDING_WORDS = frozenset({"end", "ends", "ended", "ending", "conclude", "concludes", "concluded", "concluding",
                          "finish", "finishes", "finished", "finishing", "over"})
#: words that may open a sentence before its connective ("Just days after ...", "Some two weeks after ...", "A week
#: after ..."): with anything else before it, the connective is not the sentence's opening ("The breakthrough came
#: after ...")
OPENING_WORDS = frozenset({"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "few", "several", "couple", "of", "some", "about", "nearly", "almost", "just",
                           "only", "shortly", "soon", "barely", "hardly", "more", "less", "than", "over", "under",
                           "half", "exactly", "but", "and", "even"})
#: how many words may stand between a connective and the act it governs ("after Sarn's twin suicide bombing")
NOUN_PHRASE_WORDS = 6

#: words that end the stretch between a raid and the arrest it was carried out to make: the arrest is its purpose
#: ("stormed the embassy to arrest", "in a bid to capture", "in order to detain")
PURPOSE_MARKERS = ("to", "in order to", "in a bid to", "in an attempt to", "so as to", "with the aim of")
#: prepositions by which an arrest names the raid it was made in ("arrested in a raid", "detained during a raid")
DURING_WORDS = ("in", "during", "in the course of")
#: how many words may stand between a raid and the arrest it was carried out to make ("stormed the embassy late on
#: Friday to arrest": the raid's object and a time)
OPERATION_WORDS = 10

#: words after an act that tell it as done many times, in other places or over a period ("the military seized power
#: in five other countries since 2020", "the airstrikes it has launched almost weekly since October"): a series told
#: at once holds many incidents and is none of them (:func:`storyline.fuse.events._series`)
OTHER_PLACE_NOUNS = ("countries", "nations", "states", "cities", "capitals", "towns", "regions", "provinces")
HABIT_WORDS = ("daily", "weekly", "monthly", "nightly", "every day", "every week", "every month", "every night",
               "time and again", "repeatedly")
#: words before an act that make it one of many ("the worst of several that struck", "a spate of attacks"; not "a
#: wave of strikes", one barrage, nor "a series of raids" or "a string of blasts", which tell one coordinated
#: operation as often as many incidents)
SERIES_BEFORE = ("several that", "several which", "many that", "a spate of")
#: the words of a comparison with an older act ("the deadliest since 2014", "the first since"): what follows "since"
#: then dates that older act, not a series
SUPERLATIVE = ("most", "worst", "first", "biggest", "largest", "deadliest", "bloodiest", "heaviest", "latest")
#: characters of a clause read after (and before) an act for a series
SERIES_WINDOW = 110
#: words that open another clause after an act ("the takeover drew alarm in a region where the military seized power
#: in five other countries": the series is the other clause's); "and" and "or" join its own objects
SERIES_CLAUSE_WORDS = ("that", "which", "who", "whom", "whose", "when", "where", "while", "but", "because", "amid",
                       "before", "after", "than", "said", "says")
