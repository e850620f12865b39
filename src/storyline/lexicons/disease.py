"""Words of an epidemic: the outbreak of an infectious disease as a news event, with its cases and deaths.

An outbreak is an incident news follows like a disaster: it breaks out in a place, its deaths are counted and
revised day by day ("the outbreak has killed 12", "nine people have died of the fever"), so its counts are a
toll (events, casualties). :data:`EPIDEMIC_NOUNS` name the outbreak itself; :data:`PANDEMIC_NOUNS` a worldwide
one; :data:`ILLNESS_NOUNS` the illness in general words ("the virus", "the disease"); :data:`DISEASES` the names
of infectious diseases that break out (the diseases of WHO's Disease Outbreak News and epidemic-prone disease
lists). :data:`NOT_AN_ILLNESS` are what "an outbreak of" names besides an illness ("an outbreak of violence",
"the outbreak of war"): no epidemic; :data:`DYING` the deaths an illness is the cause of.
:data:`TIME_FRAME_PREPS` put an epidemic as a time frame ("since the pandemic", "before the pandemic"), a
background, not the incident told. General English news usage; nothing here is about a story.
"""

from __future__ import annotations

#: nouns of an outbreak of disease (singular and plural, as written)
EPIDEMIC_NOUNS = frozenset({"outbreak", "outbreaks", "epidemic", "epidemics"})
#: a worldwide epidemic: most often the background of a story ("sales have not recovered from the pandemic"), so an
#: incident only where it is told as the cause of deaths ("the pandemic has killed millions")
PANDEMIC_NOUNS = frozenset({"pandemic", "pandemics"})

#: general words of an illness: the cause of deaths in "died of the disease", "the virus has killed nine"
ILLNESS_NOUNS = frozenset({"disease", "diseases", "virus", "viruses", "fever", "fevers", "infection", "infections",
                           "illness", "illnesses", "flu", "influenza", "plague"})

#: names of infectious diseases that break out (lower case; a name's first word where it has several)
DISEASES = frozenset({
    "anthrax", "chikungunya", "cholera", "coronavirus", "covid", "covid-19", "dengue", "diarrhoea", "diarrhea",
    "diphtheria", "dysentery", "ebola", "encephalitis", "hantavirus", "hepatitis", "legionnaires", "leptospirosis",
    "lassa", "listeria", "listeriosis", "malaria", "marburg", "measles", "meningitis", "mers", "monkeypox", "mpox",
    "nipah", "norovirus", "pertussis", "pneumonia", "polio", "rabies", "rubella", "salmonella", "sars",
    "shigella", "smallpox", "tuberculosis", "typhoid", "typhus", "yellow", "zika", "h1n1", "h5n1", "h7n9",
})

#: what "an outbreak of" names when it is no illness: unrest, fighting, fire, weather, a feeling
NOT_AN_ILLNESS = frozenset({
    "violence", "war", "fighting", "hostilities", "unrest", "protest", "protests", "riot", "riots", "rioting",
    "clash", "clashes", "conflict", "looting", "fire", "fires", "wildfire", "wildfires", "tornado", "tornadoes",
    "storm", "storms", "panic", "anger", "rage", "insurgency", "rebellion", "revolt", "strikes",
    "attacks", "bombings", "shooting", "shootings", "crime", "hooliganism", "hostility",
})

#: lemmas of the deaths an illness causes ("died of cholera", "deaths from the virus", "succumbed to the disease",
#: "measles has killed 40", "the fever claimed nine lives")
DYING = frozenset({"die", "death", "fatality", "succumb", "kill", "claim", "casualty"})

#: prepositions that put an epidemic as the time of something else ("since the pandemic", "after the outbreak")
TIME_FRAME_PREPS = frozenset({"since", "before", "after", "following", "throughout", "until", "post", "pre"})
