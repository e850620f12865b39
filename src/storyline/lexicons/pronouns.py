"""English third-person pronouns by what they can refer to (general; used by coreference, claims and events).

A pronoun of :data:`PERSON` refers to a person; :data:`GROUP` to an organization, a country or a crowd
("they said", "its statement"). Gender is kept apart (:data:`HE`, :data:`SHE`), with the words before a
name that tell its grammatical gender (:data:`MALE_WORDS`, :data:`FEMALE_WORDS`: "Mr", "spokeswoman").
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
#: the object forms of people's pronouns ("quoted him as saying")
PEOPLE_OBJECTS = _words("him her them")
#: the speaker or writer and the reader ("mine" left out: a headline's "Mine" is a pit)
FIRST = _words("i me my we us our")
SECOND = _words("you your")

#: words right before a name that tell its grammatical gender ("Mr", "spokeswoman"); used to check "he"/"she"
MALE_WORDS = _words("mr mr. sir lord king prince spokesman chairman businessman congressman father son brother "
                    "husband uncle nephew grandfather boy man actor")
FEMALE_WORDS = _words("mrs mrs. ms ms. miss madam madame dame lady queen princess spokeswoman chairwoman "
                      "businesswoman congresswoman mother daughter sister wife aunt niece grandmother girl woman "
                      "actress")
