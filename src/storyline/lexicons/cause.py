"""Words that say what caused a happening or who is to blame for it.

:data:`CAUSE_WORDS` matches the phrases a statement gives a cause or a culprit with ("negligence appeared to
have caused the derailment", "was caused by excessive speed", "he was not to blame for the crash", "the blast was
due to a gas leak", "those behind the attack"): a statement about an incident that says why it happened or who
is answerable for it tells the story (present/timeline). General English news usage; nothing here is about a
story.
"""

from __future__ import annotations

import re

CAUSE_WORDS = re.compile(
    r"\b(?:caus(?:e|es|ed|ing)|to\s+blame|blam(?:e|es|ed|ing)|due\s+to|because\s+of|led\s+to|lead\s+to"
    r"|result(?:ed|s)?\s+(?:of|from)|responsib(?:le|ility)\s+for|behind\s+the|at\s+fault|fault\s+of)\b",
    re.IGNORECASE)
