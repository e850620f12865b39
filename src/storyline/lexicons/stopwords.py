"""English function words and the commonest news filler: words that carry no topic signal.

A general list (no topic words) used by every lexical similarity in Storyline: story clustering and
briefing TF-IDF (:data:`STOPWORDS`) and the word overlap of claim contents (:data:`STOPWORDS` plus
:data:`MODALS`, which hedge a claim without changing what it is about). :data:`JOINING_WORDS` are those that never
end a sentence (ingest's line model: a line ending with one is a sentence wrapped onto the next line).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: a general English function-word list
FUNCTION_WORDS = _words("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
""")
#: the commonest words of news prose that say nothing about the story ("said", "Mr", "two", "year")
NEWS_FILLER = _words("said says say told according new one two three first last year years week month day days "
                     "time mr mrs ms")
#: function words that do not end a sentence (articles, prepositions, conjunctions): a line of text that ends with one
#: goes on in the next line ("… the largest lock in the" / "harbour.")
JOINING_WORDS = _words("a an the of and or nor to into onto at for from by with than")
#: lower-case words that never close a name: a tagger's span that ends in one took a word of the sentence ("the
#: Velmor Rally on Monday" -> "Velmor Rally on")
NAME_END_WORDS = JOINING_WORDS | _words("on in")
#: prepositions that never open a name, written with a capital at a sentence's start ("For Ana Petrov, it was over");
#: not "to", "on", "under", "near" or "over", which do ("To Lam", "Under Armour", "Near East")
NAME_OPENING_PREPOSITIONS = _words("for from with without against during after since until despite among amid via "
                                   "of at in by")
#: the first word of a correlative pair ("Neither X nor Y", "Either X or Y", "Both X and Y"), written with a capital at
#: a sentence's start: it opens the clause, never a name
CORRELATIVE_OPENERS = _words("neither either both")
#: lower-case prepositions of means or route that no name runs over ("X through Facebook", "X via Dubai"): a tagger's
#: span holding one is two names, or a name and the rest of the sentence
NAME_BREAKING_PREPOSITIONS = _words("through via")
#: auxiliaries that open a question ("Will Ana Petrov still be minister?"); the first word of a mention there is no
#: given name ("Will", "Can")
QUESTION_OPENERS = _words("will would can could shall should may might must do does did is are was were has have had")
#: modal verbs not in FUNCTION_WORDS
MODALS = _words("may might must shall")
#: words that negate what a clause says ("cannot" and a verb's "n't" are read as "not")
NEGATIONS = _words("not no never nobody nothing none neither nor noone")

STOPWORDS = FUNCTION_WORDS | NEWS_FILLER
