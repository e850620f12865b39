"""Words of travel: coming and going, setting out and coming back (English lemmas, general; nothing about a story).

A journey is told from where it starts as often as from where it goes: "left the capital on Sunday, his first
foreign visit". :data:`DEPARTURE_VERBS` take the starting point as their object;
:data:`RETURN_VERBS` take, under "from", the place the journey had gone to ("returned from a week in X": X is
where the trip was). Events read them to keep a visit's starting point from being taken for its place.
:data:`COMING_AND_GOING` are the verbs a visit is told with when their subject is a person ("the minister
flew in on Monday"); :data:`JOURNEY_VERBS` add the verbs of reaching a place, whose purpose clause is the
trip's own frame for dating ("arrived on Monday to meet"). :data:`ROUTE_WORDS` are the verbs and nouns of a
journey that "from X to Y" hangs on: there, one end read as a place makes the other one too ("a grant from
X to Y" is no journey; names).
:data:`LEAVING_VERBS` with a state's diplomats or its mission's staff as subject tell them leaving their post ("the
diplomats left the country on Sunday"), a withdrawal of them like a recall; :data:`TRAVELLERS` are the nouns of
people that name no one person ("diplomatic personnel", "their families"); :data:`MISSION_WORDS` say that a body
of them is a state's mission abroad.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: verbs whose object is where a journey set out from ("left X", "departed X", "quit X for Y")
DEPARTURE_VERBS = _words("leave depart exit quit")
#: verbs whose "from" is where a journey had been ("returned from X", "came back from X")
RETURN_VERBS = _words("return")
#: verbs of coming and going: a visit with a person subject ("she came to X", "he flew to Y")
COMING_AND_GOING = _words("come go fly arrive") | RETURN_VERBS
#: verbs of travelling to and reaching a place ("travelled to X", "reached Y", "landed in Z")
JOURNEY_VERBS = COMING_AND_GOING | _words("travel reach land")
#: words of a journey, verbs and nouns, that "from X to Y" hangs on ("flew from X to Y", "the road from X to Y")
ROUTE_WORDS = _words("fly flight travel drive road route journey trip march walk sail train bus plane head move "
                     "transfer flee return go come trek ride voyage ferry rail highway motorway airlift evacuate "
                     "deport")
#: verbs of leaving a place: "left Orvania on Sunday", "departed the capital", "flew out of Velm" (with "out")
LEAVING_VERBS = _words("leave depart")
#: nouns of people travelling together that no person lexicon holds ("personnel", "staff", "families")
TRAVELLERS = _words("personnel staff family families citizen citizens national nationals people crew crews "
                    "passenger passengers tourist tourists worker workers delegation team")
#: words that make travellers a state's mission abroad ("diplomatic personnel", "embassy staff", "consular staff")
MISSION_WORDS = _words("diplomatic embassy consular consulate mission")
