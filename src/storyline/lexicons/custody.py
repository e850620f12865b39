"""Words that tell which hold a release ends: police custody or a captor's.

Police release suspects they arrested ("released without charge", "freed on bail", "released from custody"); captors
or a rescue set hostages free ("the hostages were released", "freed the captives"). Both are a release (ACE's
Justice.Release-Parole and the freeing of captives share RETREAT/release), and in one story they are often days
apart: the suspects a siege's inquiry held abroad, freed two days after the hostages. Matched right after a release's
trigger (:data:`CUSTODY_AFTER`) and against the last word of its patient's text (:data:`CAPTIVE_HEADS`); see
fuse/events.py :func:`~storyline.fuse.events._releases`.
"""

from __future__ import annotations

import re

#: what follows a release from police custody, within a few words of its trigger ("released without charge",
#: "have been released on bail", "was freed from police custody", "released pending further inquiries")
CUSTODY_AFTER = re.compile(r"^(?:\W+\w+){0,3}?\W+(?:without\s+(?:any\s+)?charges?|on\s+(?:police\s+)?bail|"
                           r"from\s+(?:police\s+)?custody|pending\s+(?:further\s+)?(?:inquiries|enquiries|"
                           r"investigations?))\b", re.IGNORECASE)

#: heads of the people a captor holds ("three remaining hostages", "the captives")
CAPTIVE_HEADS = frozenset({"hostage", "hostages", "captive", "captives", "abductee", "abductees"})
