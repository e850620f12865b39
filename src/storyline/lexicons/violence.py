"""Nouns news uses for organized violence that runs beyond one incident.

``CAMPAIGN_NOUNS``: a sustained armed campaign ("the long offensive in the hills", "the army's
intervention in the north", "the war", "the insurgency"). A campaign runs for weeks or years and holds many
incidents, so a report that tells an incident beside one ("the raid came amid the army's offensive in the north")
tells two things: the campaign is never the raid named again. General English news usage, no story's words.
"""

from __future__ import annotations

#: nouns of a sustained armed campaign (singular and plural forms as written)
CAMPAIGN_NOUNS = frozenset({
    "offensive", "offensives", "counteroffensive", "counteroffensives", "counter-offensive", "counter-offensives",
    "campaign", "campaigns", "intervention", "interventions", "war", "wars", "insurgency", "insurgencies",
})

#: words that tell only that something blew up, not how it was brought there: a bomb's blast and a missile's are
#: both "the explosion" ("an explosion killed two farmers" and "a missile strike killed two farmers" may be one)
EXPLOSION_WORDS = frozenset({"explosion", "explosions", "blast", "blasts", "explode", "exploded", "explodes",
                             "exploding", "detonation", "detonations"})
