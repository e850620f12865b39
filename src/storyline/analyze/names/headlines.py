"""Headline and kicker fragments are not names.

Text saved from web pages keeps its headlines, sub-headings and kicker words
as lines of their own. Written in title case ("Dark Front Tells Varnland
To Look Inward", "Blast Leaves 47 Varnlanders Killed") or in capitals, they
make spaCy read common words as parts of names: "<Group> Tells", "Varnlanders
Killed", "Sarn Blast". A headline line is a short line without a closing
full stop whose words are mostly capitalized (:func:`headline_lines`). Inside
one, a mention that starts with a name the body mentions is cut to that name
("Sarn" of "Sarn Blast"); otherwise it is cut before its first
reporting or reaction verb ("Says", "Tells", "Killed"), and what is left of a
person's name so cut that the body never mentions as a person is dropped. Words at either end of a
headline's mention that the body never writes with a capital leave it ("<Surname> Out" -> "<Surname>"),
and a mention of such words only is dropped ("Custody", "Hateful Rhetoric Leads"), but for a person noun
alone ("Suspect"), which stays as a nominal mention.
Kicker words ("BREAKING", "EXCLUSIVE", "WATCH") are never names, nor is a plural common noun the capital of
a sentence's first word dressed as one ("Gunmen stormed ...", where the body also writes "gunmen"): a person
noun stays as a nominal mention, any other such word is dropped. A singular person noun so dressed
("Climber dead after fall", a title in sentence case) is a nominal mention too when the article writes it
nowhere else with a capital but where a sentence opens.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.analyze.names.keys import folded_key
from storyline.analyze.names.nominals import person_like
from storyline.lexicons.titles import HEADLINE_VERBS, KICKER_WORDS, SMALL_WORDS
from storyline.model import Mention

_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_MAX_WORDS = 25


def headline_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that reads as a headline: title case or capitals, no closing full stop."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if _is_headline(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_headline(line: str) -> bool:
    """Title case or capitals, 4-25 words, no closing full stop, no table-like figures or brackets, and a
    headline's grammar: a small word ("in", "of"; after the first word also capitalized, as a title that
    capitalizes every word writes it: "Driver Charged In Crash") or a reporting/reaction verb ("Says",
    "Killed")."""
    stripped = line.strip()
    if not stripped or stripped[-1] in ".;," or "(" in stripped:
        return False
    words = _WORD.findall(stripped)
    tokens = stripped.split()
    if not 4 <= len(words) <= _MAX_WORDS or sum(any(c.isdigit() for c in t) for t in tokens) > 0.3 * len(tokens):
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalized = sum(1 for w in content if w[0].isupper())
    if len(content) < 2 or capitalized < 0.75 * len(content):
        return False
    return any(w in SMALL_WORDS for w in words) or any(w.lower() in HEADLINE_VERBS for w in words) \
        or any(w.lower() in SMALL_WORDS and w[0].isupper() for w in words[1:])


def drop_headline_fragments(mentions: list[Mention], text: str) -> list[Mention]:
    """Cut or drop mentions that a headline's capitals made out of common words (module docstring)."""
    heads = headline_lines(text)
    capitalized = body_capitals(text, heads)
    lower = body_lower(text, heads)
    body = [m for m in mentions if not _inside(m, heads)]
    body_names = {folded_key(m.text): m.label for m in body}
    body_people = {w for m in body if m.label == "PERSON" for w in folded_key(m.text).split()}
    out = []
    for m in mentions:
        if _is_kicker(m.text):
            continue
        if not _inside(m, heads):
            if _opening_plural(m, text, lower):
                noun = _person_noun(m, list(_WORD.finditer(m.text)))
                if noun is not None:
                    out.append(noun)
                continue
            noun = _opening_person_noun(m, text, lower)
            out.append(noun or m)
            continue
        cut = _cut(m, body_names)
        if cut is not None:
            cut = _body_words(cut, capitalized, lower)
        if cut is None:
            continue
        if cut is not m and cut.label == "PERSON" and cut.kind == "name" and folded_key(cut.text) not in body_names \
                and not set(folded_key(cut.text).split()) & body_people:
            continue  # a headline-only "person": nothing in the article says it is one
        out.append(cut)
    return out


def body_capitals(text: str, heads: list[tuple[int, int]]) -> set[str]:
    """The words the article writes with a capital outside its headline lines (lower-cased)."""
    out: set[str] = set()
    pos = 0
    for start, end in [*heads, (len(text), len(text))]:
        out |= {w.lower() for w in _WORD.findall(text, pos, start) if w[0].isupper()}
        pos = end
    return out


def body_lower(text: str, heads: list[tuple[int, int]]) -> set[str]:
    """The words the article writes in lower case outside its headline lines."""
    out: set[str] = set()
    pos = 0
    for start, end in [*heads, (len(text), len(text))]:
        out |= {w for w in _WORD.findall(text, pos, start) if w.islower()}
        pos = end
    return out


def _body_words(m: Mention, capitalized: set[str], lower: set[str]) -> Mention | None:
    """A headline mention without the words at its ends that the body never writes with a capital
    ("Vesk Out" -> "Vesk"; "Hateful Rhetoric Leads", "Custody": common words a title's capitals dressed as a
    name, dropped). An article whose body writes no capital at all is left alone."""
    if not capitalized:
        return m
    words = list(_WORD.finditer(m.text))
    kept = [k for k, w in enumerate(words) if _bare(w.group()).lower() in capitalized]
    if not kept:
        return _person_noun(m, words) if m.text.lower() in lower else None
    start, end = words[kept[0]].start(), words[kept[-1]].end()
    if (start, end) == (0, len(m.text)):
        return m
    surface = m.text[start:end]
    return replace(m, start=m.start + start, end=m.start + end, text=surface, source="names:headline")


def _person_noun(m: Mention, words: list[re.Match[str]]) -> Mention | None:
    """A person noun alone that the body writes in lower case ("Driver", "Suspect") is the unnamed participant
    the body then calls "the driver":
    a nominal mention, which coreference chains with the body's; any other such word is no mention."""
    if len(words) != 1 or (words[0].start(), words[0].end()) != (0, len(m.text)):
        return None
    word = m.text.lower()
    one = singular(word) or word
    if not person_like(one):
        return None
    return replace(m, label="PERSON" if one == word else m.label, kind="nominal", source="names:headline")


#: where a sentence opens: the start of the text or of a line, or after a full stop, "?" or "!" (and a quote)
_SENTENCE_OPEN = re.compile(r"(?:^|\n|[.!?][\"'”’]?\s+)[\"'“‘]?$")


def _opening_plural(m: Mention, text: str, lower: set[str]) -> bool:
    """A plural common noun opening a sentence ("Gunmen stormed ...", "Kidnappings for ransom are ...") that
    the tagger read as a name for its capital: one word, the article writing it (or its singular) in lower
    case elsewhere."""
    word = m.text
    if " " in word or not word[:1].isupper() or not word[1:].islower() or m.kind != "name":
        return False
    low = word.lower()
    one = singular(low)
    if one is None or not (low in lower or one in lower):
        return False
    return bool(_SENTENCE_OPEN.search(text, max(0, m.start - 4), m.start))


def _opening_person_noun(m: Mention, text: str, lower: set[str]) -> Mention | None:
    """A singular person noun opening a sentence or a line that the tagger read as a name for its capital
    ("Climber dead after fall" over "A climber died ..."): a nominal mention, when the article writes the
    word in lower case and nowhere else with a capital but where a sentence opens (a surname that is a
    common word, "Baker" of "Ilse Baker", is written so inside a sentence)."""
    word = m.text
    if " " in word or not word[:1].isupper() or not word[1:].islower() or m.kind != "name" \
            or word.lower() not in lower or not _SENTENCE_OPEN.search(text, max(0, m.start - 4), m.start):
        return None
    if any(not _SENTENCE_OPEN.search(text, max(0, w.start() - 4), w.start())
           for w in re.finditer(rf"\b{re.escape(word)}\b", text)):
        return None
    return _person_noun(m, list(_WORD.finditer(word)))


def singular(word: str) -> str | None:
    """The singular of a lower-case plural noun ("gunmen" -> "gunman", "drivers" -> "driver"); None otherwise."""
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else None


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in spans)


def _is_kicker(text: str) -> bool:
    return text.strip(" :-–—|").upper() in KICKER_WORDS and text.strip(" :-–—|").isupper()


def _cut(m: Mention, body_names: dict[str, str]) -> Mention | None:
    """The mention before its first headline verb (none left: None).

    A prefix that the body names as a mention is kept whole ("Dark Front" of "Dark Front Tells").
    """
    words = [w for w in _WORD.finditer(m.text) if w.group()[0].isupper()]
    end = next((w.end() for w in reversed(words) if folded_key(m.text[:w.end()]) in body_names), None)
    if end is None:
        end = len(m.text)
        verb = next((w for w in words if _bare(w.group()).lower() in HEADLINE_VERBS and not w.group().isupper()),
                    None)
        if verb is not None:
            end = verb.start()
    surface = m.text[:end].rstrip(" ,:;-–—'’")
    if not _WORD.search(surface):
        return None
    if surface == m.text:
        return m
    label = body_names.get(folded_key(surface), m.label)
    return replace(m, end=m.start + len(surface), text=surface, label=label, source="names:headline")


def _bare(word: str) -> str:
    """A word without its possessive ending."""
    return word[:-2] if word.endswith(("'s", "’s")) else word
