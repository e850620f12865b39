"""Nouns news uses for organized violence that runs beyond one incident.

``CAMPAIGN_NOUNS``: a sustained armed campaign ("the long offensive in the hills", "the army's
intervention in the north", "the war", "the insurgency"). A campaign runs for weeks or years and holds many
incidents, so a report that tells an incident beside one ("the raid came amid the army's offensive in the north")
tells two things: the campaign is never the raid named again. General English news usage, no story's words.

``MORGUES``: where the dead are taken and counted ("the bodies at one morgue"): a count there is one site's.
"""

from __future__ import annotations

#: nouns of a sustained armed campaign (singular and plural forms as written)
CAMPAIGN_NOUNS = frozenset({
    "offensive", "offensives", "counteroffensive", "counteroffensives", "counter-offensive", "counter-offensives",
    "campaign", "campaigns", "intervention", "interventions", "war", "wars", "insurgency", "insurgencies",
})

#: where the dead are taken and counted, besides hospitals: a count at one of them is that site's share of a toll
MORGUES = frozenset({"morgue", "morgues", "mortuary", "mortuaries"})
