"""A pattern led by the lookahead on its possible first characters finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest

from storyline.regex_prefilter import first_class, prefiltered

TEXT = ("About 3 days ago, on Tuesday 4 March, Deputy Minister Ana Lôrenz said the ferry left late; "
        "ſome 40 years later the KELVIN scale (\u212a) read 12.5, -7 and 'ninety' at 10:30 p.m.\n"
        "Mid-March: the vice-president's office, the ex-Governor and co-founders met in São Tomé.")

PATTERNS = [
    (r"(?<![\w$.,-])(?:(?P<mod>about|nearly)\s+)?(?P<n>\d+|a few)\s+(?P<u>days?|years?)(?:\s+ago)?", re.I),
    (r"(?<![\w-])(?:(?:Deputy|Vice|Prime)[ \-])*(?:Minister|President|Governor)(?![\w\-])", 0),
    (r"(?:mid|early|late)[\s-]+(?:March|April)|(?<!\w)\d{1,2}:\d\d(?:\s*[ap]\.m\.)?", re.I),
    (r"[A-Z]\w+(?:\s+[A-Z]\w+)+", 0),
    (r"s\w+|k\w+", re.I),  # case-folded letters ("ſ", the Kelvin sign) still match under IGNORECASE
    (r"(?:[-+]?\d+(?:\.\d+)?)", 0),
    (r"'\w+'|\(.\)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_prefiltered_finds_the_same_matches(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), prefiltered(pattern, flags)
    assert fast.pattern != pattern  # every pattern above has a bounded first character
    for start in range(len(TEXT)):  # also from every position, as finditer(pos) and match(pos) are used
        assert [(m.span(), m.groupdict()) for m in fast.finditer(TEXT, start)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(TEXT, start)]
        assert bool(fast.match(TEXT, start)) == bool(plain.match(TEXT, start))


def test_prefilter_first_class_collects_every_alternative_and_skips_optional_parts() -> None:
    cls = first_class(r"(?<!\w)(?:(?:about|some)\s+)?(?:\d+|a\s+few|(?:one|two))\s+days", re.I)
    assert cls is not None and set(cls[1:-1].replace("\\d", "")) == set("asot") and "\\d" in cls


@pytest.mark.parametrize("pattern", [r".x", r"[^a]x", r"a?", r"(?:ab)*", r"(?i:a)b", r"(?x) a b"])
def test_prefilter_leaves_unbounded_patterns_as_they_are(pattern: str) -> None:
    assert prefiltered(pattern).pattern == pattern
