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

#: verbs of reaching or making for a place whose traveller decides what the journey is ("rescue teams arrived",
#: "a small group of experts arrived late Sunday", "two flights carrying the wounded landed at X", "the president
#: was heading to X"): typed by who or what travels (analyze/events/contact.py)
ARRIVING_VERBS = _words("arrive travel head fly land")
#: verbs of sending people or goods to a place ("sent 60 rescue specialists to X", "dispatched an aid convoy")
SENDING_VERBS = _words("send dispatch")
#: words of relief after a disaster that make a body of people or a load sent its aid ("search-and-rescue teams",
#: "medical staff", "humanitarian aid", "emergency supplies"; CAMEO 073, humanitarian aid)
RELIEF_WORDS = _words("rescue relief search recovery salvage medical humanitarian emergency disaster aid "
                      "firefighting")
#: people whose work is relief ("doctors", "paramedics", "rescuers" are in happening.RESCUERS)
RELIEF_PEOPLE = _words("doctor nurse surgeon rescuer medic paramedic firefighter responder")
#: goods sent as aid ("sent aid", "dispatched supplies", "shipped tents and blankets")
AID_GOODS = _words("aid assistance help supplies supply relief food medicine medicines medication equipment tent "
                   "tents blanket blankets water vaccine vaccines")
#: words of inquiry that make a body of people sent abroad a partner in another state's investigation ("an
#: intelligence mission", "a team of forensic experts", "investigators"; CAMEO 063/064, judicial cooperation and
#: intelligence sharing)
INQUIRY_WORDS = _words("intelligence investigator investigative investigation forensic detective police "
                       "inquiry")
#: heads of a body of people that its own words or "of" phrase type ("a team of experts", "rescue squads", "a
#: group of doctors", "a contingent of medics")
BODY_HEADS = _words("team squad crew unit group contingent mission delegation brigade detachment batch")
#: people sent or travelling for their skill, who are no envoys ("experts", "specialists", "advisers")
SKILLED_PEOPLE = _words("expert specialist adviser advisor technician engineer official officer agent personnel "
                        "staff worker volunteer")
#: vehicles that arrive with people or goods ("two flights carrying the wounded arrived at X", "a plane with 200
#: passengers landed")
CONVEYANCES = _words("flight plane aircraft jet airliner helicopter ship vessel boat ferry convoy bus train truck "
                     "lorry airlift")
#: verbs and prepositions by which a conveyance holds its load ("carrying", "with", "bearing", "transporting")
CARRYING_WORDS = _words("carry transport bear ferry bring with")
#: skilled people whose journey is no visit of state ("a small group of experts arrived": their transport)
TRAVELLING_EXPERTS = SKILLED_PEOPLE - _words("official officer agent personnel staff")
#: people moved by others or moving of their own accord who make no visit ("suspects", "migrants", "refugees")
MOVERS = _words("suspect migrant refugee passenger tourist pilgrim evacuee survivor immigrant asylum-seeker student")
