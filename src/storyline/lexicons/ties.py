"""Words of a state's standing relations with another and of ending them (English, general).

"Severed diplomatic relations", "broke off ties with X", "cut ties", "the rupture of diplomatic relations": CAMEO
161 (reduce or break diplomatic relations), told like the suspension of relations (events: RETREAT/suspension).
:data:`TIES` are the nouns of the relations; :data:`SEVERING_VERBS` and :data:`SEVERING_NOUNS` the words of
ending them, an act only with one of :data:`TIES` as object ("cut taxes", "broke the record", "a break in the
weather" are none).
"""

from __future__ import annotations

#: nouns of a state's standing relations with another ("diplomatic relations", "ties")
TIES = frozenset({"relations", "ties", "relationship"})
#: verbs of ending them ("severed", "broke off", "cut", "ruptured")
SEVERING_VERBS = frozenset({"sever", "break", "cut", "rupture"})
#: nouns of ending them ("the severance of ties", "the rupture of relations", "a break in relations")
SEVERING_NOUNS = frozenset({"severance", "severing", "rupture", "break", "breaking"})
