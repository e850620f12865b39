"""Verbs of setting out and coming back (English lemmas, general; nothing about a story).

A journey is told from where it starts as often as from where it goes: "left the capital on Sunday, his first
foreign visit". :data:`DEPARTURE_VERBS` take the starting point as their object;
:data:`RETURN_VERBS` take, under "from", the place the journey had gone to ("returned from a week in X": X is
where the trip was). Events read them to keep a visit's starting point from being taken for its place.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: verbs whose object is where a journey set out from ("left X", "departed X", "quit X for Y")
DEPARTURE_VERBS = _words("leave depart exit quit")
#: verbs whose "from" is where a journey had been ("returned from X", "came back from X")
RETURN_VERBS = _words("return")
