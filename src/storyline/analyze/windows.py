"""Long texts parsed whole, in sentence-aligned windows, as one ``Doc`` with the text's own offsets.

spaCy refuses texts over ``nlp.max_length`` and its memory grows with the length of a document, so
a text longer than ``Config.max_chars`` is cut into windows at paragraph or sentence ends, the windows
are parsed as a batch, and ``Doc.from_docs`` joins them back: the joined ``doc.text`` is the article's
text character for character, so every offset a component computes points into the article. Nothing
is cut off: a 1 MB article is analyzed to its last sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

# Where a window may end, best first: a paragraph break, a line break, a sentence end, any space.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+"),
           re.compile(r"\s+"))


def window_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive windows covering ``text``, each at most ``size`` characters.

    A window ends after the last paragraph break in its second half, else the last line break, sentence
    end or space there; only a text with no space at all is cut mid-word.
    """
    if size <= 0:
        raise ValueError(f"window size must be positive, not {size}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        bounds.append((start, end))
        start = end
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    low = start + (limit - start) // 2  # never a window shorter than half the size
    for pattern in _BREAKS:
        last = None
        for m in pattern.finditer(text, low, limit):
            last = m
        if last is not None and last.end() > low:
            return min(last.end(), limit)
    return limit


def parse(nlp: Language, texts: Iterable[str], size: int, batch_size: int = 32) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts`` (in order), a text longer than ``size`` parsed in windows and joined."""
    owners: list[int] = []

    def pieces() -> Iterator[str]:
        for i, text in enumerate(texts):
            for start, end in window_bounds(text, size):
                owners.append(i)
                yield text[start:end]

    group: list[Doc] = []
    owner = 0
    for n, doc in enumerate(nlp.pipe(pieces(), batch_size=batch_size)):
        if owners[n] != owner and group:
            yield _join(group)
            group = []
        owner = owners[n]
        group.append(doc)
    if group:
        yield _join(group)


def _join(docs: Sequence[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(list(docs), ensure_whitespace=False)
