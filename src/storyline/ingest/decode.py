"""Bytes -> text: BOM sniffing, UTF-8, then a guess; binary content is recognised and refused."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

# Magic numbers of formats people drop into news folders by mistake.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x7fELF", "an executable"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding used and a warning when the encoding was guessed or repaired."""

    text: str
    encoding: str
    warning: str | None = None


class BinaryContent(ValueError):
    """The bytes are not text; ``kind`` says what they look like."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _bom(data: bytes) -> str | None:
    # UTF-32 LE starts with the UTF-16 LE BOM, so the longer BOMs are tried first.
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly-ASCII text has a NUL in every other byte."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]

    def texty(half: bytes) -> bool:  # the other half holds the characters: printable, not NUL
        return sum(1 for b in half if b >= 32 or b in (9, 10, 13)) > 0.9 * len(half)

    if odd.count(0) > 0.4 * len(odd) and texty(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and texty(odd):
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """What the bytes look like when they are not text (None for text)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:8192]
    if _bom(sample) or _utf16_without_bom(sample):
        return None
    if b"\x00" in sample:
        return "binary data (it contains NUL bytes)"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13)) + sample.count(0x7F)
    if sample and controls > 0.1 * len(sample):
        return "binary data (many control bytes)"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes: repair with U+FFFD rather than mis-decode every other character."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good_multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if good_multibyte and bad <= good_multibyte:
        return text
    return None


def _plausible_cp1252(data: bytes) -> str | None:
    """Western single-byte text: few accented letters inside mostly-ASCII words.

    Detectors misread short Western texts (cp1250 for café), while a Cyrillic
    cp1251 text read as cp1252 is almost all accented letters, so the share of
    non-ASCII letters separates the two.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    return text if letters and non_ascii <= 0.3 * len(letters) else None


def _detector(data: bytes) -> tuple[str, str] | None:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    return str(best), best.encoding


def decode_bytes(data: bytes) -> Decoded:
    """Decode: BOM, strict UTF-8, repaired UTF-8, cp1252, a detector, then latin-1 (never fails).

    Raises :class:`BinaryContent` when the bytes are not text at all.
    """
    kind = binary_kind(data)
    if kind:
        raise BinaryContent(kind)
    bom = _bom(data)
    if bom:
        return Decoded(data.decode(bom, errors="replace"), bom)
    utf16 = _utf16_without_bom(data[:8192])
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16, f"no byte-order mark; read as {utf16.upper()}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        first_bad = err.start
    repaired = _mostly_utf8(data)
    if repaired is not None:
        bad = repaired.count("\ufffd") - data.count("\ufffd".encode())
        return Decoded(repaired, "utf-8", f"invalid UTF-8 (first bad byte at offset {first_bad}); "
                                          f"{bad} broken byte sequence(s) replaced with U+FFFD")
    western = _plausible_cp1252(data)
    if western is not None:
        return Decoded(western, "cp1252", "not UTF-8; decoded as Windows-1252 (Latin-1)")
    guessed = _detector(data)
    if guessed is not None:
        return Decoded(guessed[0], guessed[1], f"not UTF-8; encoding guessed as {guessed[1]}")
    return Decoded(data.decode("latin-1"), "latin-1", "not UTF-8; decoded as Latin-1")


# Code points no store can keep: lone surrogates (from JSON "\ud800" escapes, or file names that are not
# UTF-8) cannot be encoded as UTF-8, and PostgreSQL refuses NUL in text.
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def sanitize(text: str) -> tuple[str, int]:
    """``text`` with unstorable code points replaced by U+FFFD, one for one (offsets stay), and their count."""
    clean, n = _UNSTORABLE.subn("\ufffd", text)
    return clean, n


def printable(text: str) -> str:
    """A message or name safe to print and store (see :func:`sanitize`)."""
    return _UNSTORABLE.sub("\ufffd", text)
