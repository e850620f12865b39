"""read_inputs: files, directories and globs -> Articles, and a Problem for everything that went wrong.

One bad file (or line) never stops the batch: it becomes a Problem and the
next input is read.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from storyline.config import Config
from storyline.ingest.batch import without_repeated_lines
from storyline.ingest.build import build_article
from storyline.ingest.decode import binary_kind, decode_bytes
from storyline.ingest.formats import FEED_EXTENSIONS, SUPPORTED, TEXT_READERS, Record, read_feed
from storyline.ingest.language import language_problem
from storyline.ingest.problems import Problem
from storyline.model import Article

log = logging.getLogger(__name__)
_GLOB_CHARS = frozenset("*?[")
# A corpus folder's own documentation is not an article; named explicitly, such a file is still read.
_DOC_STEMS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "authors"})
_SUPPORTED_LIST = " ".join(SUPPORTED)


def _wanted(name: str) -> bool:
    path = Path(name)
    return (not name.startswith(".") and path.suffix.lower() in SUPPORTED
            and path.stem.lower() not in _DOC_STEMS)


def _walk(directory: Path) -> list[Path]:
    """Supported files under a directory, recursively, sorted; hidden files, folders and READMEs skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / f for f in files if _wanted(f))
    return sorted(found)


def _expand_one(raw: str) -> Iterator[Path | Problem]:
    path = Path(raw).expanduser()
    if path.is_dir():
        files = _walk(path)
        if not files:
            yield Problem(raw, "no supported files in this directory", f"Storyline reads {_SUPPORTED_LIST}")
        yield from files
    elif path.exists():
        yield path
    elif _GLOB_CHARS & set(raw):
        matches = sorted(glob.glob(os.path.expanduser(raw), recursive=True))
        files = [f for m in map(Path, matches) for f in (_walk(m) if m.is_dir() else [m])
                 if _wanted(f.name)]
        if not files:
            what = "matched no files" if not matches else "matched no supported files"
            yield Problem(raw, f"pattern {what}", f"check the pattern; Storyline reads {_SUPPORTED_LIST}")
        yield from files
    else:
        yield Problem(raw, "no such file or directory", "check the path")


def expand_inputs(inputs: Sequence[str | Path]) -> Iterator[Path | Problem]:
    """Files to read, in order, each once (a file named twice, or by a glob and a folder, is read once)."""
    seen: set[Path] = set()
    for raw in inputs:
        for item in _expand_one(str(raw)):
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _file_problem(path: Path, config: Config) -> Problem | None:
    """Refusals decided before reading the content: type, size (the file is not read), emptiness."""
    where = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        return Problem(where, f"unsupported file type '{suffix or path.name}' (Storyline reads {_SUPPORTED_LIST})",
                       "convert it to one of them")
    try:
        size = path.stat().st_size
    except OSError as err:
        return Problem(where, f"cannot read the file ({err.strerror})", "check that it exists and is readable")
    if size == 0:
        return Problem(where, "empty file (0 bytes)", "nothing to read; check the export that produced it")
    # one article per file is expected to be small; a JSONL/CSV/feed holds many records
    many = suffix in FEED_EXTENSIONS or TEXT_READERS[suffix][0] in ("jsonl", "json", "csv")
    limit, name = ((config.max_collection_bytes, "max_collection_bytes") if many
                   else (config.max_file_bytes, "max_file_bytes"))
    if size > limit:
        return Problem(where, f"file is {_megabytes(size)}, over the {_megabytes(limit)} limit "
                              f"(Config.{name}); it was not read",
                       f"split it into smaller files, or raise Config.{name} above its size")
    return None


def _records(path: Path, data: bytes) -> Iterator[Record | Problem]:
    where, suffix = str(path), path.suffix.lower()
    if suffix in FEED_EXTENSIONS:  # feedparser sniffs the encoding from the XML declaration itself
        yield from read_feed(data, where, "feed")
        return
    decoded = decode_bytes(data)
    if decoded.warning:
        yield Problem(where, decoded.warning, "check the characters; re-save the file as UTF-8 to be sure",
                      skipped=False)
    if not decoded.text.strip():
        yield Problem(where, "empty file (only whitespace)", "nothing to read; check the export that produced it")
        return
    kind, reader = TEXT_READERS[suffix]
    yield from reader(decoded.text, where, kind)


def _internal_error(source: str, err: Exception, line: int | None = None) -> Problem:
    log.exception("ingest failed on %s", source)
    return Problem(source, f"could not be read ({type(err).__name__}: {err})",
                   "it was skipped; please report this with the file", line=line)


def read_file(path: Path, config: Config) -> Iterator[Article | Problem]:
    """Every article of one file, with the Problems met on the way."""
    refused = _file_problem(path, config)
    if refused:
        yield refused
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Problem(str(path), f"cannot read the file ({err.strerror})", "check that it is readable")
        return
    kind = binary_kind(data)
    if kind:
        yield Problem(str(path), f"binary content, not text (looks like {kind})",
                      "convert it to text or HTML first; it was skipped")
        return
    for record in _records(path, data):
        if isinstance(record, Problem):
            yield record
            continue
        try:
            article, problems = build_article(record, config)
        except Exception as err:  # a bug or a pathological page must not cost the rest of the file
            yield _internal_error(str(path), err, record.line)
            continue
        yield from problems
        if article is not None:
            yield article
            note = language_problem(article, config)
            if note:
                yield note


def _guarded(path: Path, config: Config) -> Iterator[Article | Problem]:
    """read_file, with an unexpected error in a reader turned into a Problem for that file."""
    try:
        yield from read_file(path, config)
    except Exception as err:  # feedparser/lxml/trafilatura on input nobody foresaw; the batch goes on
        yield _internal_error(str(path), err)


def _duplicate_id(article: Article, first_source: str) -> Problem:
    line = article.metadata.get("line")
    return Problem(article.source or article.id,
                   f"duplicate id '{article.id}' with a different text (first seen in {first_source}); "
                   "kept the first, skipped this one",
                   "give each article its own id, or leave 'id' out to use a content hash",
                   line=line if isinstance(line, int) else None)


def read_inputs(inputs: Sequence[str | Path], config: Config) -> Iterator[Article | Problem]:
    """Articles from files, directories (recursive, sorted) and globs; a Problem for each thing that went wrong.

    The same id twice with the same text is one article (yielded once); the same
    id with a different text keeps the first and reports the later one. Lines that the batch shows to be its pages'
    template (repeated around the texts of several articles: :mod:`storyline.ingest.batch`) leave the text.
    """
    return without_repeated_lines(_read_inputs(inputs, config))


def _read_inputs(inputs: Sequence[str | Path], config: Config) -> Iterator[Article | Problem]:
    if isinstance(inputs, (str, Path)):  # one path given bare, not a list of its characters
        inputs = [inputs]
    seen: dict[str, tuple[str, str]] = {}  # id -> (text hash, where first seen)
    for item in expand_inputs(inputs):
        if isinstance(item, Problem):
            yield item
            continue
        for result in _guarded(item, config):
            if isinstance(result, Article):
                digest = hashlib.sha256(result.text.encode()).hexdigest()
                first = seen.get(result.id)
                if first is not None:
                    if first[0] != digest:
                        yield _duplicate_id(result, first[1])
                    continue
                line = result.metadata.get("line")
                seen[result.id] = (digest, f"{result.source}:{line}" if line else str(result.source))
            yield result
