"""Words of a state's standing relations with another and of ending them (English, general).

"Severed diplomatic relations", "broke off ties with X", "cut ties", "the rupture of diplomatic relations": CAMEO
161 (reduce or break diplomatic relations), told like the suspension of relations (events: RETREAT/suspension).
:data:`TIES` are the nouns of the relations; :data:`SEVERING_VERBS` and :data:`SEVERING_NOUNS` the words of
ending them, an act only with one of :data:`TIES` as object ("cut taxes", "broke the record", "a break in the
weather" are none).

A body that suspends or expels a member ("Orvania has been suspended from the Northern Union", "the bloc suspended
Tesland's membership", "its suspension from the Commonwealth"): CAMEO 16 (reduce relations), PLOVER SANCTION (events:
SANCTION/member_suspension). :data:`MEMBERSHIP` are the nouns of a member's standing in a body; :data:`BODIES` the
head nouns of bodies of states or parties a member is suspended from, besides a name the model calls an organization.
"""

from __future__ import annotations

#: nouns of a state's standing relations with another ("diplomatic relations", "ties")
TIES = frozenset({"relations", "ties", "relationship"})
#: verbs of ending them ("severed", "broke off", "cut", "ruptured")
SEVERING_VERBS = frozenset({"sever", "break", "cut", "rupture"})
#: nouns of ending them ("the severance of ties", "the rupture of relations", "a break in relations")
SEVERING_NOUNS = frozenset({"severance", "severing", "rupture", "break", "breaking"})
#: nouns of a member's standing in a body ("suspended its membership", "the suspension of Tesland's participation")
MEMBERSHIP = frozenset({"membership", "participation", "seat", "voting"})
#: head nouns of a body of states or parties ("suspended from the bloc", "expelled from the union")
BODIES = frozenset({"union", "bloc", "organisation", "organization", "community", "commonwealth", "league",
                    "alliance", "council", "federation", "association", "assembly", "forum", "group", "body",
                    "grouping", "party", "parliament"})
