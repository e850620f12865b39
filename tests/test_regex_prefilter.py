"""A pattern led by the lookahead on its possible first characters finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest

from storyline.regex_prefilter import first_class, fold, prefiltered, required_words

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


NEEDING = [
    *PATTERNS,
    (r"(?<!\w)(?:last|next)\s+(?:week|month)s?|the\s+day\s+before", re.I),
    (r"(?:\d+|a\s+few)\s+(?:days?|years?)\s+ago", re.I),
    (r"(?:Christmas|Easter)(?:\s+Day)?", re.I),
    (r"Minist(?:er|ry)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), NEEDING)
def test_required_words_a_text_without_them_has_no_match(pattern: str, flags: int) -> None:
    compiled, needs = re.compile(pattern, flags), required_words(pattern, flags)
    words = TEXT.split(" ")
    texts = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 6) + 1)]
    texts += ["Last Week", "ſome days ago", "next MONTH", "A FEW YEARS AGO", "EASTER", "Ministry", "\u212aelvin"]
    for text in texts:
        if needs is not None and not any(word in fold(text) for word in needs):
            assert compiled.search(text) is None, text


def test_required_words_reads_alternations_repeats_and_runs() -> None:
    assert required_words(r"(?:\d+|a\s+few)\s+(?:days?|years?)\s+ago", re.I) == {"ago"}
    assert required_words(r"(?:last|next)\s+(?:weekend|month)", re.I) == {"weekend", "month"}
    assert required_words(r"Minist(?:er|ry)", 0) == {"minist"}
    assert required_words(r"(?:about\s+)?\d+", 0) is None  # the only word is optional
    assert required_words(r"x|\d+", 0) is None  # one branch needs no word


def test_fold_maps_every_letter_ignorecase_folds_to_ascii() -> None:
    # the characters re.IGNORECASE matches to an ASCII letter must fold to it, or a needed word could be missed
    ascii_letter = re.compile(r"[a-z]", re.IGNORECASE)
    odd = ascii_letter.findall("".join(map(chr, range(0x80, 0x110000))))
    assert odd and all(fold(ch).isascii() and ascii_letter.fullmatch(fold(ch)) for ch in odd)
