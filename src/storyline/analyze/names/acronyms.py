"""Acronym definitions "Long Name (LN)": link short and long forms both ways inside one article."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from storyline.analyze.names.keys import PREFIX_ACRONYM, clean_surface, initials_match, is_acronym, prefixes_spell
from storyline.analyze.names.retype import opens_with_group_word
from storyline.lexicons.agencies import AGENCIES
from storyline.lexicons.countries import country_name, demonym_country
from storyline.lexicons.titles import ORG_SUFFIXES, PLACE_FOLLOWERS, PLACE_UNIT_WORDS, STRONG_ORG_SUFFIXES
from storyline.model import Mention

#: "(ABC)", "(A.B.C.)", "(ABC*)" right after the long form
#: "(ABC)", "(ABC*)", and "(ABC; also known as ...)" / "(ABC, in French ...)": the acronym opens the bracket
_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z.&]{1,9}?)[*\u2020\u2021]*\s*(?:\)|[;,][^()]{0,80}\))")
_POSSESSIVE = re.compile(r"['’]s?\s*$")
_WORD = re.compile(r"[^\s(),;:\"“”*\u2020\u2021]+")
_MAX_WORDS = 10


def find_definitions(text: str) -> list[tuple[str, int, int, int, int]]:
    """(acronym, long_start, long_end, short_start, short_end) for every "Long Name (LN)" in ``text``."""
    found = []
    for m in _DEFINITION.finditer(text):
        acr = m.group(1)
        if not is_acronym(acr):
            continue
        window = _long_form(text, m.start(), acr)
        if window is not None:
            found.append((acr, window[0], window[1], m.start(1), m.start(1) + len(acr)))
    return found


def _long_form(text: str, paren: int, acr: str) -> tuple[int, int] | None:
    """The shortest run of capitalized words just before ``paren`` whose initials spell ``acr``."""
    line_start = max(text.rfind("\n", 0, paren), text.rfind(". ", 0, paren)) + 1
    words = list(_WORD.finditer(text, line_start, paren))[-_MAX_WORDS:]
    for i in range(len(words) - 1, -1, -1):
        span = words[i:]
        first = span[0].group()
        if not first[:1].isupper():
            continue
        if initials_match(acr, [w.group() for w in span]):
            return span[0].start(), _strip_end(text, span[-1].end())
    return _near_initials(text, words, acr) or _prefix_initials(text, words, acr) or _first_part(text, words, acr) \
        or _syllable_initials(text, words, acr) or _word_prefixes(text, words, acr) or _one_word_off(text, words, acr) \
        or _inner_letter(text, words, acr) or _translated(text, words, acr) or _reordered(text, words, acr)


#: the fewest letters of an acronym that takes one letter from inside a word ("ASEAN"-like)
_INNER_LETTERS = 4


def _inner_letter(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """An acronym that takes one letter from inside a word besides the initials, as a compound word's second
    part gives it ("Tarvin Northwest Velmor Union (TNWVU)": N and W of "Northwest"): three capitalized words or
    more, the initials spell the acronym with that letter left out, and the word before it holds the letter."""
    letters = acr.replace(".", "").upper()
    if len(letters) < _INNER_LETTERS:
        return None
    for i, w in enumerate(words):
        run = [x.group() for x in words[i:]]
        if not run[0][:1].isupper() or run[0].lower() in _SMALL \
                or any(not x[:1].isupper() and x.lower() not in _SMALL for x in run) \
                or sum(x[:1].isupper() for x in run) < 3:
            continue
        for k in range(1, len(letters)):
            inner = letters[k]
            # the word whose initial is the letter before holds this one inside it ("Northwest": W)
            holders = [x for x in run if x[:1].upper() == letters[k - 1] and inner in x[1:].upper()]
            if holders and initials_match(letters[:k] + letters[k + 1:], run):
                return w.start(), _strip_end(text, words[-1].end())
    return None


#: the fewest letters of an acronym of a body's name in another language ("Velmor Office for X (BVX)")
_TRANSLATED_LETTERS = 4


def _caps_before(words: list[re.Match[str]], n: int, small_last: bool) -> list[re.Match[str]] | None:
    """The ``n`` capitalized words (no acronym) right before a bracket, small words allowed between them (and
    right before the bracket when ``small_last``); None when another word breaks the run or fewer are there."""
    caps: list[re.Match[str]] = []
    for w in reversed(words):
        word = w.group()
        if word[:1].isupper() and not is_acronym(word) and word.lower() not in _SMALL:
            caps.insert(0, w)
            if len(caps) == n:
                return caps
        elif word.lower() not in _SMALL or not (caps or small_last):
            return None
    return None


def _translated(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """A body's name translated into English before the acronym of its own language ("Federal Office for Velmor
    Refugees (BAVF)": the acronym of "Bundesamt für ..."): right before the bracket as many capitalized words as
    the acronym has letters, small words between them, one of them an organization word ("Office",
    "Agency", "Ministry"), at least one initial in its place (a name keeps its proper nouns: "Velmor" gives V).
    The bracket right after a body's name says it is its acronym."""
    letters = acr.replace(".", "").upper()
    if len(letters) < _TRANSLATED_LETTERS:
        return None
    caps = _caps_before(words, len(letters), small_last=True)
    if caps is None or not any(w.group() in ORG_SUFFIXES for w in caps):
        return None
    if not any(w.group()[0].upper() == c for w, c in zip(caps, letters, strict=True)):
        return None  # no initial kept at all: another bracket (an outlet's credit, a code)
    first = words.index(caps[0])
    if first > 0 and words[first - 1].group()[:1].isupper() and words[first - 1].group().lower() not in _SMALL:
        return None  # a capitalized word goes on before: the name is longer than the acronym says
    return caps[0].start(), _strip_end(text, caps[-1].end())


#: the most letters of an acronym read as a translated name's initials in another order
_REORDERED_LETTERS = 4


def _reordered(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """A name translated into English before the acronym of its own language, whose words come in another order
    there ("Velmor Rally (RV)" for "Rassemblement Velmorien", "Popular Velmor Front (FPV)"): right before the
    bracket as many capitalized words as the acronym has letters (small words between them), their initials the
    acronym's letters in another order, no capitalized word before them."""
    letters = acr.replace(".", "").upper()
    if not 2 <= len(letters) <= _REORDERED_LETTERS or not letters.isalpha():
        return None
    caps = _caps_before(words, len(letters), small_last=False)
    if caps is None or sorted(w.group()[0].upper() for w in caps) != sorted(letters):
        return None
    first = words.index(caps[0])
    if first > 0 and words[first - 1].group()[:1].isupper():
        return None  # a capitalized word goes on before: the name is longer than the acronym says
    return caps[0].start(), _strip_end(text, caps[-1].end())


#: the fewest letters of an acronym whose long form may have one word misspelled or translated
_ONE_OFF_LETTERS = 4


def _one_word_off(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """A long form with one capitalized word other than the first replaced by another, small words spelling
    letters as they may ("Dorvan Community of Eastern Velmor Countries (DCOEVS)" for "... States"): outlets
    misquote one word of a long name, and the bracket right after it says which body is meant."""
    letters = acr.replace(".", "").upper()
    if len(letters) < _ONE_OFF_LETTERS:
        return None
    for i, w in enumerate(words):
        run = [x.group() for x in words[i:]]
        if not run[0][:1].isupper() or run[0].lower() in _SMALL or is_acronym(run[0]) \
                or any(not x[:1].isupper() and x.lower() not in _SMALL for x in run):
            continue
        parts = [p for x in run for p in x.split("-") if p]
        if sum(p[:1].isupper() for p in parts) >= 3 and _spell_one_off(letters, parts, first=True):
            return w.start(), _strip_end(text, words[-1].end())
    return None


def _spell_one_off(letters: str, parts: list[str], first: bool = False, budget: int = 1) -> bool:
    """Do ``parts`` spell ``letters`` as :func:`initials_match` does, one capitalized part (not the first) with
    another initial?"""
    if not letters:
        return all(p.lower() in _SMALL for p in parts)
    if not parts:
        return False
    head, rest = parts[0], parts[1:]
    if head[:1].upper() == letters[0] and _spell_one_off(letters[1:], rest, budget=budget):
        return True
    if budget and not first and head[:1].isupper() and _spell_one_off(letters[1:], rest, budget=0):
        return True
    return head.lower() in _SMALL and _spell_one_off(letters, rest, budget=budget)


#: the fewest letters of a word-prefix acronym ("Norcom", "Velpol"; each word gives it
#: :data:`~storyline.analyze.names.keys.PREFIX_LETTERS` or more)
_PREFIX_ACRONYM = PREFIX_ACRONYM


def _word_prefixes(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """An acronym made of the opening letters of its long form's words, two or more each ("Velmor Commerce
    (VELCOM)", "Tarvin Sarn Holdings (TASAHO)"); small words are skipped, and the words after an "and"
    may be left out, as in :func:`_first_part`."""
    letters = acr.replace(".", "").upper()
    if len(letters) < _PREFIX_ACRONYM or len(words) < 2:
        return None
    for i, w in enumerate(words):
        run = [x.group() for x in words[i:]]
        if not run[0][:1].isupper() or run[0].lower() in _SMALL \
                or any(not x[:1].isupper() and x.lower() not in _SMALL for x in run):
            continue
        cut = run.index("and") if "and" in run[1:] else len(run)
        used = [x for x in run[:cut] if x.lower() not in _SMALL]
        if len(used) >= 2 and prefixes_spell(letters, [x.upper() for x in used]):
            return w.start(), _strip_end(text, words[-1].end())
    return None


#: letters of the first word an acronym may take before the other words' initials ("KADVS")
_SYLLABLE = (2, 3, 4)


def _syllable_initials(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """An acronym opening with the first letters of a place's name, then the initials of the rest, the
    place's unit word left out ("Karvosh State Border Service (KARBS)")."""
    letters = acr.replace(".", "").upper()
    if len(letters) < 4:
        return None
    for i, w in enumerate(words):
        first, rest = w.group(), [x.group() for x in words[i + 1:]]
        if not first[:1].isupper() or not rest or any(not x[:1].isupper() and x.lower() not in _SMALL for x in rest):
            continue
        named = [x for x in rest if x.lower() not in PLACE_UNIT_WORDS]
        for k in _SYLLABLE:
            if len(first) > k and letters.startswith(first[:k].upper()) and len(letters) > k \
                    and initials_match(letters[k:], named):
                return w.start(), _strip_end(text, words[-1].end())
    return None


def _first_part(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """A long form "X of A and B" abbreviated by its part before "and": the acronym spells the initials up to
    the "and" ("Federation of Velmor Hills and Ostra Plains (FVH)")."""
    letters = acr.replace(".", "").upper()
    if len(letters) < 3:
        return None
    for i, w in enumerate(words):
        if not w.group()[:1].isupper():
            continue
        run = [x.group() for x in words[i:]]
        if any(not x[:1].isupper() and x.lower() not in _SMALL for x in run) or "and" not in run:
            continue
        cut = run.index("and")
        if 0 < cut < len(run) - 1 and initials_match(acr, run[:cut]):
            return w.start(), _strip_end(text, words[-1].end())
    return None


#: letters an acronym may add after the initials of a shortened long form ("Dorvan Front (DFKN)")
_EXTRA_LETTERS = 2


def _prefix_initials(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """A long form written shorter than its acronym: two or more capitalized words right before the bracket
    whose initials open the acronym, which adds at most two letters (the acronym of the full name,
    "... of Kereth and Nela", given after its common short form)."""
    letters = acr.replace(".", "").upper()
    if len(letters) < 3:
        return None
    caps: list[re.Match[str]] = []
    for w in reversed(words):
        word = w.group()
        if not word[:1].isupper() or is_acronym(word) or len(caps) == len(letters):
            break
        caps.insert(0, w)
    for k in range(len(caps) - 1):
        initials = "".join(w.group()[0].upper() for w in caps[k:])
        if letters.startswith(initials) and len(letters) - len(initials) <= _EXTRA_LETTERS:
            return caps[k].start(), _strip_end(text, caps[-1].end())
    return None


def _near_initials(text: str, words: list[re.Match[str]], acr: str) -> tuple[int, int] | None:
    """A translated or misspelled long form: as many capitalized words as the acronym has letters, right
    before it, the first initial right and at most one other wrong ("Dorvan Security Office (DSB)")."""
    letters = acr.replace(".", "").upper()
    if len(letters) < 3:
        return None
    caps: list[re.Match[str]] = []
    for w in reversed(words):
        word = w.group()
        if word[:1].isupper() and not is_acronym(word):
            caps.insert(0, w)
            if len(caps) == len(letters):
                break
        elif word.lower() not in _SMALL:
            return None  # a lower-case content word breaks the name
    if len(caps) < len(letters):
        return None
    initials = "".join(w.group()[0].upper() for w in caps)
    wrong = sum(a != b for a, b in zip(initials, letters, strict=True))
    if initials[0] == letters[0] and wrong <= 1:
        return caps[0].start(), _strip_end(text, caps[-1].end())
    return None


#: a place word right after the definition's closing bracket ("(KP) province", "(NWFP) region")
_UNITS = "|".join(sorted(PLACE_FOLLOWERS & PLACE_UNIT_WORDS))
_PLACE_AFTER = re.compile(rf"[*\u2020\u2021]*\s*\)\s+(?:{_UNITS})\b")
_SMALL = frozenset(("of", "for", "and", "the", "in", "on", "de", "al"))


#: "(ABC; also known as XYZ in French)": another acronym of the same long form, inside the definition's bracket
_BRACKET_ALIAS = re.compile(r"[^()]{0,6}?\b(?:also known as|also called|aka|or)\s+([A-Z][A-Za-z.&]{1,9})(?=[\s,;)])")


def _bracket_alias(text: str, short_end: int) -> str | None:
    """The other acronym a definition's bracket gives for its long form (the French one, say), or None."""
    close = text.find(")", short_end)
    m = _BRACKET_ALIAS.match(text, short_end, close if close >= 0 else short_end)
    return m.group(1) if m and is_acronym(m.group(1)) else None


def _strip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in "*,'’":
        end -= 1
    return end


def link_acronyms(mentions: list[Mention], text: str) -> tuple[list[Mention], list[tuple[str, str]]]:
    """Make sure both forms of each definition are mentions with one label; mark acronyms as such.

    Returns the new mention list and the (short, long) pairs defined in the text.
    """
    pairs: list[tuple[str, str]] = []
    labels: dict[str, str] = {}
    definitions = find_definitions(text)
    definitions += _named_definitions(mentions, text, {d[3] for d in definitions})
    for acr, ls, le, ss, se in sorted(definitions, key=lambda d: d[1]):
        ls = _owner_start(mentions, text, ls)
        inside = [m for m in mentions if m.start >= ls and m.end <= le]
        label = _long_label(inside, [m for m in mentions if m.start == ss and m.end == se], text[ls:le])
        if _PLACE_AFTER.match(text, se):
            label = "GPE"  # "Tavur Nela (TN) province": the pair names a place
        mentions = [m for m in mentions if not (m.start < le and ls < m.end)]
        art = inside[0].article if inside else (mentions[0].article if mentions else "")
        long_text = clean_surface(text[ls:le])
        mentions.append(Mention(art, ls, le, text[ls:le], label, source="names:acronym"))
        labels[acr] = label
        pairs.append((acr, long_text))
        other = _bracket_alias(text, se)
        if other is not None and other != acr:
            labels[other] = label
            pairs.append((other, long_text))
    mentions = _acronym_occurrences(mentions, text, labels)
    return mentions, sorted(set(pairs))


#: a stock ticker in brackets after a company's name ("Velmor Corp (VLM.N)"): a code, not the name's acronym
_TICKER = re.compile(r"[A-Z0-9]{2,}\.[A-Z]{1,2}")
#: every agency's name and code: a bracket after a name that holds one is a credit ("... said (AFP)")
_AGENCY_CODES = frozenset(a.casefold() for a in AGENCIES)


#: what may stand between the tagger's name and the bracket: nothing, or up to two more words of the name that
#: the tagger left out, each capitalized after an optional joined particle ("... al-Islam wal-Muslimin (X)")
_NAME_TAIL = re.compile(r"(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'\u2019-]*){0,2}\s*")
#: a capitalized word of a name, after an optional joined particle ("Velmor", "al-Sarn")
_CAPITALIZED = re.compile(r"(?:[a-z]{1,3}-)?[A-Z]")


def _named_definitions(mentions: list[Mention], text: str,
                       taken: set[int]) -> list[tuple[str, int, int, int, int]]:
    """Acronyms of an organization's name in its own language, in a bracket right after the name said in English
    ("Velmor Workers' Party (PVK)", "Sarn Aviation Industries (SAVAS)"): their letters spell no English
    initials, so :func:`find_definitions` cannot read them; the tagger's name of an organization ending right
    before the bracket, of two capitalized words or more (small words between them), is the long form. Not an
    agency's credit, a stock ticker or a country's code. ``taken``: brackets already read."""
    found = []
    for m in _DEFINITION.finditer(text):
        acr = m.group(1)
        if m.start(1) in taken or not is_acronym(acr) or _TICKER.fullmatch(acr) \
                or acr.casefold() in _AGENCY_CODES or country_name(acr) is not None:
            continue
        for name in mentions:
            words = name.text.split()
            if name.kind == "name" and name.label == "ORG" and name.end <= m.start() \
                    and _NAME_TAIL.fullmatch(text, name.end, m.start()) and len(words) > 1 \
                    and all(_CAPITALIZED.match(w) or w.lower() in _SMALL for w in words) \
                    and words[0].lower() not in _SMALL and not any(is_acronym(w) for w in words):
                end = _strip_end(text, len(text[:m.start()].rstrip()))
                found.append((acr, name.start, end, m.start(1), m.start(1) + len(acr)))
                break
    return found


def _owner_start(mentions: list[Mention], text: str, start: int) -> int:
    """Where a long form starts once the name the tagger read before its first word is taken in: an owner the
    acronym leaves out ("Velmor Union Office for the X (OX)", the tagger's "The Velmor Union Office").
    Not a country's name, its people's word or a possessive ("Velmoran X Service", "Velmora's X Service"):
    the body is named without them too."""
    for m in mentions:
        if m.start < start < m.end and m.kind == "name":
            before = text[m.start:start]
            head = clean_surface(before)
            if head and all(w[:1].isupper() for w in head.split()) and not _POSSESSIVE.search(before) \
                    and country_name(head) is None and demonym_country(head) is None:
                return m.start + text[m.start:start].find(head)
    return start


def _long_label(inside: list[Mention], short: list[Mention], long_text: str = "") -> str:
    """The long form's label: ORG for a name a group word opens ("Harakat X Y") or an organization word
    ends; else the parts' most common non-place label, else the acronym's, else ORG."""
    words = long_text.split()
    if opens_with_group_word(long_text) or (len(words) > 1 and words[-1] in STRONG_ORG_SUFFIXES):
        return "ORG"
    votes = Counter(m.label for m in inside if m.label not in ("GPE", "NORP", "LOC"))
    if votes:
        return votes.most_common(1)[0][0]
    if short and short[0].label not in ("GPE", "NORP", "LOC"):
        return short[0].label
    return "ORG"


def _acronym_occurrences(mentions: list[Mention], text: str, labels: dict[str, str]) -> list[Mention]:
    """Every occurrence of a defined acronym is a mention with the long form's label; all-caps names are acronyms."""
    out = []
    for m in mentions:
        surface = clean_surface(m.text)
        if surface in labels:
            m = replace(m, label=labels[surface], kind="acronym",
                        source="names:acronym" if m.label != labels[surface] else m.source)
        elif is_acronym(m.text) and m.kind == "name":
            m = replace(m, kind="acronym")
        out.append(m)
    art = mentions[0].article if mentions else ""
    for acr, label in labels.items():
        for hit in re.finditer(rf"(?<![\w]){re.escape(acr)}(?![\w])", text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in out):
                out.append(Mention(art, hit.start(), hit.end(), acr, label, kind="acronym", source="names:acronym"))
    return out
