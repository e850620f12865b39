"""English third-person pronouns by what they can refer to (general; used by coreference, claims and events).

A pronoun of :data:`PERSON` refers to a person; :data:`GROUP` to an organization, a country or a crowd
("they said", "its statement"). Gender is kept apart (:data:`HE`, :data:`SHE`), although resolution
does not use it yet.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HE = _words("he him his himself")
SHE = _words("she her hers herself")
THEY = _words("they them their theirs themselves")
IT = _words("it its itself")
PERSON = HE | SHE
GROUP = THEY | IT
