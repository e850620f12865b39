"""One lexicon package: every list once, each module saying what it holds, lists that agree with each other."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import storyline
import storyline.lexicons as lexicons
from storyline.analyze.claims.cues import INSTITUTION_HEADS
from storyline.lexicons import (
    agencies,
    calendar_words,
    happening,
    motion,
    numbers,
    pronouns,
    speech,
    stopwords,
    titles,
    violence,
)

MODULES = sorted(m.name for m in pkgutil.iter_modules(lexicons.__path__))

#: a module-level list elsewhere holding at least this many words of a lexicon writes that lexicon out again
CATEGORIES: dict[str, tuple[frozenset[str], int]] = {
    "month names (calendar_words.MONTH_NAMES)": (frozenset(calendar_words.MONTH_NAMES), 3),
    "weekday names (calendar_words.WEEKDAY_NAMES)": (frozenset(calendar_words.WEEKDAY_NAMES), 3),
    "number words (numbers.NUMBER_WORDS)": (frozenset(numbers.NUMBER_WORDS), 5),
    "agencies (agencies.AGENCIES)": (frozenset(a.lower() for a in agencies.AGENCIES if len(a) > 3), 4),
    "pronouns (pronouns)": (pronouns.PERSON | pronouns.GROUP, 5),
    "a stop list (stopwords.STOPWORDS)": (stopwords.STOPWORDS, 40),
    "reporting verbs (speech.REPORTING_VERBS)": (speech.REPORTING_VERBS, 8),
    "titles and ranks (titles.TITLE_HEADS)": (frozenset(t.lower() for t in titles.TITLE_HEADS), 8),
    "organization words (titles.ORG_SUFFIXES)": (frozenset(t.lower() for t in titles.ORG_SUFFIXES), 8),
    "role nouns (titles.ROLE_HEADS, NOMINAL_PERSON)": (titles.ROLE_HEADS | titles.NOMINAL_PERSON, 10),
    "verbs of travel (motion.JOURNEY_VERBS)": (motion.JOURNEY_VERBS, 4),
    "nouns of armed force (violence.ARMS_NOUNS)": (violence.ARMS_NOUNS, 14),
    "verbs of carrying out an act (violence.CARRY_OUT_VERBS)": (violence.CARRY_OUT_VERBS, 4),
    "verbs of an event's occurrence (happening.OCCURRENCE_VERBS)": (happening.OCCURRENCE_VERBS, 20),
    "hospitals and morgues (violence.HOSPITALS, MORGUES)": (violence.HOSPITALS | violence.MORGUES, 3),
}
#: modules allowed to hold such lists, and why
EXEMPT = {
    # scorers and baselines stay independent of the system's lexicons: a baseline must not move when a lexicon
    # does, and the story-gold scorer mirrors ../shared/seeds/check_story.py word for word
    "storyline.eval": "independent of the system",
    # the claim cue lexicon: verbs and nouns by stance and syntax (a superset of the reporting verbs, with stances)
    "storyline.analyze.claims.cues": "the claim cue lexicon",
}


#: single lists allowed to hold such words, and why
EXEMPT_LISTS = {
    ("storyline.present.words", "_CUE_FORMS"): "how cue verbs inflect for display (says/said), not which verbs report",
    ("storyline.present.words", "_SENTENCE_STARTS"): "capitalized sentence openers (determiners, pronouns, "
                                                    "quantifiers) lower-cased in quoted content",
    ("storyline.ingest.clean", "_BOILERPLATE_PATTERNS"): "regular expressions of whole furniture lines ('please "
                                                         "try again later'), not a word list",
}


def _module_lists(path: Path) -> list[tuple[str, int, set[str]]]:
    """(name, line, lowercase words) of each module-level assignment's string constants."""
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            strings = [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            found = {w.lower() for s in strings for w in re.findall(r"[A-Za-z][A-Za-z'-]*", s)}
            out.append((getattr(target, "id", "?"), node.lineno, found))
    return out


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_lexicons_each_list_is_written_once() -> None:
    root = Path(storyline.__file__).parent
    copies = []
    for path in sorted(root.rglob("*.py")):
        module = _module_name(path, root)
        if module.startswith("storyline.lexicons") or any(module.startswith(e) for e in EXEMPT):
            continue
        for name, line, found in _module_lists(path):
            if (module, name) in EXEMPT_LISTS:
                continue
            for category, (words, least) in CATEGORIES.items():
                hit = found & words
                if len(hit) >= least:
                    copies.append(f"{module}:{line} {name} writes out {category}: {sorted(hit)[:6]}")
    assert not copies, "import these from storyline.lexicons instead:\n" + "\n".join(copies)


def test_lexicons_the_scan_finds_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "copy.py"
    path.write_text('MONTHS = ("January", "February", "March")\nNUMS = "one two three four five"\nX = 1\n')
    lists = {name: found for name, _, found in _module_lists(path)}
    months, least = CATEGORIES["month names (calendar_words.MONTH_NAMES)"]
    assert len(lists["MONTHS"] & months) >= least
    assert len(lists["NUMS"] & CATEGORIES["number words (numbers.NUMBER_WORDS)"][0]) >= 5 and lists["X"] == set()


@pytest.mark.parametrize("name", MODULES)
def test_lexicons_every_module_says_what_it_holds(name: str) -> None:
    module = importlib.import_module(f"storyline.lexicons.{name}")
    first = (module.__doc__ or "").strip().splitlines()
    assert first and len(first[0]) > 20, f"lexicons/{name}.py needs a docstring saying what the lists are"
    assert f"``{name}``" in (lexicons.__doc__ or ""), f"list lexicons/{name}.py in lexicons/__init__.py"


def test_lexicons_calendar_names_and_numbers_agree() -> None:
    assert [calendar_words.MONTHS[m] for m in calendar_words.MONTH_NAMES] == list(range(1, 13))
    assert [calendar_words.WEEKDAYS[d] for d in calendar_words.WEEKDAY_NAMES] == list(range(7))
    assert all(calendar_words.MONTHS[a] == n for a, n in calendar_words.MONTHS.items()
               if calendar_words.MONTH_NAMES[n - 1].startswith(a))
    assert numbers.NUMBER_WORDS["nineteen"] == 19 and numbers.NUMBER_WORDS["ninety"] == 90
    assert set(numbers.NUMBER_WORDS) == set(numbers.ONES) | set(numbers.TENS) | set(numbers.SCALES)
    assert calendar_words.number_value("twenty four") == 24 and calendar_words.ONES is numbers.ONES


def test_lexicons_word_lists_are_lowercase_single_words() -> None:
    for words in (stopwords.FUNCTION_WORDS, stopwords.NEWS_FILLER, stopwords.MODALS, speech.ACTOR_VERBS,
                  pronouns.GROUP, pronouns.PERSON, frozenset(numbers.NUMBER_WORDS), titles.ROLE_HEADS,
                  titles.NOMINAL_PERSON, frozenset(calendar_words.MONTH_NAMES)):
        bad = [w for w in words if w != w.lower() or not re.fullmatch(r"[a-z][a-z'-]*", w)]
        assert not bad, bad


def test_lexicons_compositions_hold() -> None:
    assert stopwords.STOPWORDS == stopwords.FUNCTION_WORDS | stopwords.NEWS_FILLER
    assert not stopwords.MODALS & stopwords.FUNCTION_WORDS
    assert speech.REPORTING_VERBS < speech.ACTOR_VERBS
    assert not pronouns.PERSON & pronouns.GROUP and pronouns.HE | pronouns.SHE == pronouns.PERSON
    assert {agencies.canonical(full) for full in agencies.FULL_NAMES} <= set(agencies.AGENCIES)
    # the speaking nouns are those the role and institution heads do not already hold (presentation unions them)
    assert not titles.OTHER_SPEAKER_HEADS & (titles.ROLE_HEADS | INSTITUTION_HEADS)
