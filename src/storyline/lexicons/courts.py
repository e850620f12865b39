"""Words that name a court or its bench as the doer of an act ("the Basmanny court charged", "a judge ordered").

A charge is a court's step only when a court brings it: police and prosecutors charge suspects too, days before a
court first sits on the case (fuse/events.py :func:`~storyline.fuse.events.court_sittings`). Matched against the
last word of an actor's text, lowercased ("Velmora District Court", "the magistrates").
"""

from __future__ import annotations

COURT_HEADS = frozenset({"court", "courts", "judge", "judges", "magistrate", "magistrates", "tribunal", "tribunals",
                         "bench", "justice", "justices"})
