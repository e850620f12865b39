"""spaCy's attribute ruler with its matches found through an index: the same matches, a tenth of the CPU.

The pipeline's ``attribute_ruler`` (the model's tag map, its pronoun and auxiliary exceptions) runs
spaCy's ``Matcher``, which tries each of its rules (179 in ``en_core_web_sm``) on each token: about 4%
of a whole ``storyline analyze`` run's CPU, more than any of our own analysis functions. Every rule
of the model is a short sequence of tokens each tested for equality or membership on a few
attributes, so the rules that can start at a token are found by looking its attributes up in an
index built once from the ruler's own patterns. The ruler then sets the attributes as before, from
its own tables (:meth:`AttributeRuler.set_annotations`): only the search is replaced.

A ruler holding anything the index does not handle (a quantifier, another attribute, another
operator) is left as spaCy made it; ``tests/analyze/test_attribute_rules.py`` checks that the matches
equal spaCy's, token for token, on the model's own rules.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: the token attributes a rule may test, in the columns of ``Doc.to_array``
_COLUMNS = {"TAG": (0, TAG), "LOWER": (1, LOWER), "DEP": (2, DEP), "IS_SPACE": (3, IS_SPACE)}
_ARRAY_ATTRS = [attr for _, attr in sorted(_COLUMNS.values())]
#: which attribute's value to index a pattern by, most selective first
_SELECTIVITY = (1, 0, 2, 3)

Match = tuple[int, int, int, int]  # (rule, match id, start, end), as AttributeRuler.match gives them


class Unsupported(ValueError):
    """A pattern the index does not handle: the ruler keeps spaCy's matcher."""


@dataclass(frozen=True)
class _Test:
    """One attribute's test within a pattern token: a set of values (``negate``: none of them), or a
    regular expression searched in the attribute's string."""

    column: int
    values: frozenset[int] = frozenset()
    negate: bool = False
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Pattern:
    rule: int
    key: int  # the match id spaCy's matcher reports for the rule
    tokens: tuple[tuple[_Test, ...], ...]


def _value_id(column: int, value: Any) -> int:
    if column == _COLUMNS["IS_SPACE"][0]:
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE tested against {value!r}")
        return int(value)
    if not isinstance(value, str):
        raise Unsupported(f"a string attribute tested against {value!r}")
    return get_string_id(value)


def _test(name: str, spec: Any) -> _Test:
    if name not in _COLUMNS:
        raise Unsupported(f"attribute {name}")
    column = _COLUMNS[name][0]
    if not isinstance(spec, dict):
        return _Test(column, frozenset({_value_id(column, spec)}))
    if len(spec) != 1:
        raise Unsupported(f"{name}: {spec!r}")
    (op, arg), = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        return _Test(column, frozenset(_value_id(column, v) for v in arg), negate=op == "NOT_IN")
    if op == "REGEX" and isinstance(arg, str) and name != "IS_SPACE":
        return _Test(column, regex=re.compile(arg))
    raise Unsupported(f"{name}: {spec!r}")


def _compile(ruler: AttributeRuler) -> list[_Pattern]:
    out = []
    for rule, entry in enumerate(ruler.patterns):
        key = ruler.vocab.strings[str(rule)]
        patterns: Any = entry["patterns"]
        for pattern in patterns:
            if not isinstance(pattern, list) or not pattern or not all(isinstance(tok, dict) for tok in pattern):
                raise Unsupported(f"rule {rule}: {pattern!r}")
            out.append(_Pattern(rule, key, tuple(tuple(_test(str(k), v) for k, v in tok.items()) for tok in pattern)))
    return out


class IndexedMatcher:
    """Finds the matches of an attribute ruler's patterns as ``AttributeRuler.match`` does."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.patterns = _compile(ruler)
        #: (column, value) -> patterns whose first token requires that value; the rest are tried everywhere
        self.index: dict[tuple[int, int], list[_Pattern]] = defaultdict(list)
        self.everywhere: list[_Pattern] = []
        for p in self.patterns:
            key_test = min((t for t in p.tokens[0] if t.values and not t.negate),
                           key=lambda t: _SELECTIVITY.index(t.column), default=None)
            if key_test is None:
                self.everywhere.append(p)
            else:
                for value in key_test.values:
                    self.index[(key_test.column, value)].append(p)
        self._regex_memo: dict[tuple[re.Pattern[str], int], bool] = {}
        #: a token's attributes -> what :meth:`_first_of` finds for them (news repeats words with their tags)
        self._first: dict[tuple[int, ...], tuple[tuple[tuple[int, int], ...], tuple[_Pattern, ...]]] = {}

    def _passes(self, test: _Test, row: tuple[int, ...] | list[int]) -> bool:
        value = row[test.column]
        if test.regex is not None:
            memo = (test.regex, value)
            if memo not in self._regex_memo:
                self._regex_memo[memo] = test.regex.search(self.strings[value]) is not None
            return self._regex_memo[memo]
        return (value in test.values) != test.negate

    def _starting(self, row: tuple[int, ...] | list[int]) -> list[_Pattern]:
        """The patterns whose first token ``row`` passes."""
        candidates = [p for c in range(len(_ARRAY_ATTRS)) for p in self.index.get((c, row[c]), ())]
        return [p for p in candidates + self.everywhere if all(self._passes(t, row) for t in p.tokens[0])]

    def _first_of(self, row: tuple[int, ...]) -> tuple[tuple[tuple[int, int], ...], tuple[_Pattern, ...]]:
        """(rule, match id) of the one-token patterns ``row`` matches, and the longer ones it starts."""
        starting = self._starting(row)
        singles = tuple(dict.fromkeys((p.rule, p.key) for p in starting if len(p.tokens) == 1))
        self._first[row] = out = (singles, tuple(p for p in starting if len(p.tokens) > 1))
        return out

    def __call__(self, doc: Doc) -> list[Match]:
        rows: list[tuple[int, ...]] = [tuple(r) for r in doc.to_array(_ARRAY_ATTRS).tolist()] if len(doc) else []
        found: list[Match] = []
        spans: set[Match] = set()  # two patterns of one rule may match one span: spaCy reports it once
        n = len(rows)
        memo = self._first
        for start, row in enumerate(rows):
            singles, longer = memo.get(row) or self._first_of(row)
            for rule, key in singles:
                found.append((rule, key, start, start + 1))
            for p in longer:
                end = start + len(p.tokens)
                if end <= n and all(self._passes(t, rows[start + k]) for k in range(1, len(p.tokens))
                                    for t in p.tokens[k]):
                    spans.add((p.rule, p.key, start, end))
        found.extend(spans)
        found.sort()
        return found


def install(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the indexed search; False (spaCy's matcher kept) when the
    pipeline has no such ruler or one of its patterns is unsupported."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        matcher = IndexedMatcher(ruler)
    except Unsupported:
        return False
    find: Callable[[Doc], list[Match]] = matcher
    ruler.match = find  # type: ignore[method-assign,assignment]
    return True
