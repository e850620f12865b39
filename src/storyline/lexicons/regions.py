"""Names of continents and world regions (English, general): places too wide to be where an act happened when
the text also names the country or city it happened in ("the eighth coup in Africa", "attacks across the Sahel"
in a report that names the capital; events). Matched lowercased, without a leading "the".
Seas and oceans are not here: an act at sea happens there.
"""

from __future__ import annotations

#: continents and regions of several states ("Africa", "the Sahel", "West Africa", "the Middle East")
REGIONS = frozenset({
    "africa", "asia", "europe", "america", "americas", "oceania", "eurasia",
    "north america", "south america", "latin america", "central america", "the americas",
    "west africa", "east africa", "north africa", "southern africa", "central africa", "sub-saharan africa",
    "western africa", "eastern africa", "northern africa", "horn of africa", "the horn of africa", "sahel",
    "the sahel", "maghreb", "middle east", "near east", "far east", "levant",
    "central asia", "south asia", "southeast asia", "south-east asia", "east asia", "western europe",
    "eastern europe", "central europe", "southern europe", "northern europe", "balkans", "caucasus",
    "scandinavia", "asia-pacific",
})
