"""A compiled pattern that skips, in one cheap test, the positions where it cannot start.

Python's ``re`` tries a pattern at every position of the text. A pattern that opens with a lookbehind or
a long alternation of words (the calendar rules, the title phrase) gets no prefix optimisation, so each
position costs a walk through the alternatives. :func:`prefiltered` reads the pattern's parse tree, collects
the characters its first consumed character can be, and puts ``(?=[those])`` in front, under the same
flags: a position where no match can start is then rejected by one character-class test. The matches are
the same by construction (a non-empty match consumes one of those characters first); a pattern whose first
character cannot be bounded (``.``, a negated class, an empty match) is returned unchanged.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as p  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
               c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}

#: inline flags that must stay at the very start of a pattern (it is then left as it is)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
#: the class items a first character can be (None: unbounded) and whether the items can match nothing
First = tuple[set[str] | None, bool]


def _char(code: int) -> str:
    return re.escape(chr(code))  # escapes "-", "]", "^" and "\\" too, so it is safe inside a class


def _first(items: Any) -> First:
    out: set[str] = set()
    for op, av in items:
        first, nullable = _first_item(op, av)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> First:
    if op is c.LITERAL:
        return {_char(av)}, False
    if op is c.IN:
        return _first_class(av), False
    if op is c.SUBPATTERN:  # a group with its own inline flags ("(?i:...)") is left unbounded
        return _first(av[3]) if not av[1] and not av[2] else (None, False)
    if op in _REPEATS:
        first, nullable = _first(av[2])
        return first, nullable or av[0] == 0
    if op in _ZERO_WIDTH:
        return set(), True
    nested = {c.ATOMIC_GROUP: lambda: _first(av), c.BRANCH: lambda: _first_branches(av[1])}.get(op)
    return nested() if nested is not None else (None, False)


def _first_branches(branches: Any) -> First:
    out: set[str] = set()
    nullable = False
    for branch in branches:
        first, empty = _first(branch)
        if first is None:
            return None, False
        out |= first
        nullable = nullable or empty
    return out, nullable


def _first_class(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(_char(av))
        elif op is c.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # a negated class or anything rarer: unbounded
            return None
    return out


def first_class(pattern: str, flags: int = 0) -> str | None:
    """The character class (``[...]``) of the first character any non-empty match consumes, or None."""
    first, nullable = _first(p.parse(pattern, flags))
    if first is None or nullable or not first:
        return None
    return "[" + "".join(sorted(first)) + "]"


def prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, led by a lookahead on its possible first characters when they are bounded."""
    cls = None if _GLOBAL_FLAGS.match(pattern) else first_class(pattern, flags)
    return re.compile(pattern if cls is None else f"(?={cls})(?:{pattern})", flags)


# --------------------------------------------------------------------------- words a match must contain

#: the characters besides ASCII letters that ``re.IGNORECASE`` matches to an ASCII letter (a str pattern)
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
#: shorter required strings are too common to be worth a look-up
_MIN_NEED = 2


def fold(text: str) -> str:
    """``text`` as :func:`required_words` compares it: lower case, the letters ``re.IGNORECASE`` folds to ASCII
    made ASCII (so a word a pattern needs is found here whenever the pattern can match the text)."""
    return text.translate(_CASE_FIXES).lower()


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` contains, or None when none are known.

    A text whose :func:`fold` contains none of them cannot match, so the pattern need not be run on it (a
    substring test is far cheaper than trying a pattern at every position). Read from the parse tree: a run
    of literal characters, the union over the branches of an alternation, what a repeat needs at least once;
    a sequence keeps its most selective part. Strings with other characters are left out (their case
    folding is not plain lower-casing), which only ever makes the answer None, never wrong.
    """
    if _GLOBAL_FLAGS.match(pattern):
        return None
    return _need_seq(p.parse(pattern, flags))


def _need_seq(items: Any) -> frozenset[str] | None:
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        word = "".join(run).lower()
        if len(word) >= _MIN_NEED and word.isascii():
            found.append(frozenset({word}))
        run = []
        if op is not None and (need := _need_item(op, av)) is not None:
            found.append(need)
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _need_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is c.SUBPATTERN:
        return _need_seq(av[3]) if not av[1] and not av[2] else None
    if op in _REPEATS:
        return _need_seq(av[2]) if av[0] >= 1 else None
    if op is c.ATOMIC_GROUP:
        return _need_seq(av)
    if op is c.BRANCH:
        needs = [_need_seq(b) for b in av[1]]
        if any(n is None for n in needs):
            return None
        return frozenset().union(*needs)  # type: ignore[arg-type]
    return None
