"""Property-based (Hypothesis): arbitrary bytes, arbitrary JSON values in every field and arbitrary Unicode
(lone surrogates, NUL, line separators, entity references) thrown at every reader and at the whole pipeline.

The properties: nothing raises; everything read is an Article or a Problem; every article's fields can be
stored (UTF-8 encodable, no NUL) and its text is not empty; every good record given among the junk is
stored (and analyzed). ``STORYLINE_FUZZ_EXAMPLES=N`` runs N examples per property (CI: a few dozen).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.ingest import Problem, read_inputs
from storyline.ingest.decode import printable
from storyline.ingest.formats import ALIASES, FIELDS, SUPPORTED
from storyline.model import Article
from storyline.run import analyze_inputs
from storyline.store import open_store

EXAMPLES = int(os.environ.get("STORYLINE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# every code point, surrogates and controls included, plus the ones that broke things before
nasty = st.sampled_from(["\ud800", "\udfff", "\x00", "\u2028", "\ufeff", "\r", "\x85", "\"", ",", "\n"])
fragments = st.sampled_from(["&lol9;", "&amp;", "\r\n", '""', "</p>", "<p>", "---\n", "# ", "\n\n", "Reuters"])
chars = st.one_of(st.characters(exclude_categories=()), nasty)


def _texts(max_size: int) -> st.SearchStrategy[str]:
    return st.lists(chars | fragments, max_size=max_size).map("".join)


texts = _texts(60)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12)
keys = st.sampled_from([*FIELDS, *ALIASES, "author", "tags"]) | texts
junk_records = st.dictionaries(keys, json_values, max_size=8) | json_values | st.deferred(
    lambda: st.fixed_dictionaries({"text": newsish()}, optional={"published": json_values, "title": texts}))

SENTENCES = [
    "Port workers in Velmont went on strike on Monday, the Velmont Dockworkers Union said.",
    "Harbor minister Lena Strand resigned on Friday after talks with the union failed.",
    "Opposition leader Karel Vinter accused the port authority of hiding its debts, a claim it denied.",
]


@st.composite
def good_records(draw: st.DrawFn, n: int) -> dict[str, Any]:
    """A record that must be read: an id, a real sentence on its own line between arbitrary ones (on its own
    line because the cleaner may rightly drop a line that *begins* with, say, "©" as boilerplate)."""
    text = draw(texts) + "\n\n" + SENTENCES[n % len(SENTENCES)] + "\n\n" + draw(texts)
    record: dict[str, Any] = {"id": f"good-{n}", "text": text}
    for key in draw(st.lists(st.sampled_from(["title", "outlet", "url", "published", "author"]), max_size=3)):
        record[key] = draw(json_values)
    return record


def _storable(article: Article) -> None:
    for name in ("id", "text", "title", "outlet", "url", "published", "source", "credit"):
        value = getattr(article, name)
        assert value is None or isinstance(value, str), (name, value)
        if value is not None:
            value.encode("utf-8")  # raises on a lone surrogate
            assert "\x00" not in value, name
    json.dumps(article.metadata, ensure_ascii=False).encode("utf-8")
    assert article.text.strip()


def _read(path: Path) -> list[Article | Problem]:
    items = list(read_inputs([path], Config()))
    for item in items:
        assert isinstance(item, (Article, Problem))
        if isinstance(item, Article):
            _storable(item)
        else:
            assert item.problem and item.hint
            printable(str(item)).encode("utf-8")  # what the run prints and records
    return items


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUPPORTED))
def test_fuzz_every_reader_takes_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        _read(path)


@FUZZ
@given(text=_texts(600), suffix=st.sampled_from(SUPPORTED))
def test_fuzz_every_reader_takes_arbitrary_unicode(text: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
        _read(path)


@FUZZ
@given(junk=st.lists(junk_records, max_size=6), data=st.data())
def test_fuzz_jsonl_arbitrary_values_every_good_record_read(junk: list[Any], data: st.DataObject) -> None:
    good = [data.draw(good_records(i)) for i in range(data.draw(st.integers(1, 3)))]
    lines = [json.dumps(r) for r in junk] + [json.dumps(r) for r in good]  # ensure_ascii: "\ud800" escapes
    order = data.draw(st.permutations(lines))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text("\n".join(order), encoding="utf-8")
        items = _read(path)
        ids = {i.id for i in items if isinstance(i, Article)}
        assert {r["id"] for r in good} <= ids
        json_path = Path(tmp) / "records.json"
        json_path.write_text(json.dumps(data.draw(st.permutations(junk + good))), encoding="utf-8")
        assert {r["id"] for r in good} <= {i.id for i in _read(json_path) if isinstance(i, Article)}


@FUZZ
@given(rows=st.lists(st.lists(texts, min_size=3, max_size=3), max_size=6), data=st.data())
def test_fuzz_csv_arbitrary_fields_every_good_row_read(rows: list[list[str]], data: st.DataObject) -> None:
    good = [data.draw(good_records(i)) for i in range(2)]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "title", "text"])
    for row in [*rows, *([r["id"], "t", r["text"]] for r in good)]:
        writer.writerow([c.replace("\x00", "") for c in row])  # csv cannot write NUL
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rows.csv"
        path.write_bytes(out.getvalue().encode("utf-8", errors="surrogatepass"))
        items = _read(path)
        assert {r["id"] for r in good} <= {i.id for i in items if isinstance(i, Article)}


@pytest.fixture(scope="module")
def shared(resources: Resources) -> Resources:
    return resources


# A small news grammar: sentences built from the kinds of phrase the analysis rules read (people with titles,
# organizations and acronyms, speech and event verbs, figures, dates, clock times, places, quotes), combined
# at random. Random code points alone rarely form "on Sunday at 9:27 a.m." or "at least 12 people".
def _one(*options: str) -> st.SearchStrategy[str]:
    return st.sampled_from(options)


DAY = _one("Sunday", "Monday", "Friday", "today", "yesterday", "tomorrow", "tonight", "Friday night", "this week")
CLOCK = _one("9:27 a.m.", "10 p.m.", "noon", "midnight", "14:30", "7 am", "6.30pm")
DATE = _one("March 3", "3 March 2024", "March 2024", "2023", "the 1990s", "2024-02-01", "Q1", "the spring",
            "last month", "next year", "two weeks ago", "three days later", "the previous year", "Christmas")
NUMBER = _one("12", "at least 100", "more than 1,000", "nearly 50", "dozens of", "two", "10 to 12", "about 40")
PERSON = _one("Lena Strand", "Interior Minister Omar Feld", "Lt Gen Karel Vinter", "Dr Mara Ostlund", "he",
              "she", "a spokesman", "officials", "the minister")
ORG = _one("the Velmont Dockworkers Union (VDU)", "the VDU", "the Harbor Party", "the Interior Ministry",
           "police", "the army", "Reuters", "the group")
PLACE = _one("Velmont", "Lesk", "the port of Velmont", "a mosque in Lesk", "the Karvosh highlands")
EVENT = _one("attack", "bombing", "blast", "talks", "strike", "visit", "resignation", "ceasefire", "protest")
VERB = _one("said", "denied", "told reporters", "claimed", "accused", "rejected", "warned", "promised",
            "will meet", "would not comment", "resigned", "visited", "killed", "injured", "was arrested")
SEP = _one(". ", ", ", "; ", " - ", ": ", "\n", "\n\n", " ")


@st.composite
def newsish(draw: st.DrawFn) -> str:
    """Up to a dozen news-like sentences, some with quotes, arbitrary characters and odd punctuation."""
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        time = draw(st.one_of(
            DAY.map(lambda d: f"on {d}"), st.tuples(DAY, CLOCK).map(lambda t: f"{t[0]} at {t[1]}"),
            st.tuples(CLOCK, DAY).map(lambda t: f"at {t[0]} {t[1]}"), DATE.map(lambda d: f"in {d}"), DATE,
            st.just("")))
        clause = draw(st.permutations([draw(st.one_of(PERSON, ORG)), draw(VERB),
                                       f"{draw(NUMBER)} people" if draw(st.booleans()) else f"the {draw(EVENT)}",
                                       f"in {draw(PLACE)}", time]))
        sentence = " ".join(x for x in clause if x)
        if draw(st.booleans()):
            sentence = f'"{sentence}," {draw(PERSON)} {draw(VERB)}'
        if draw(st.integers(0, 4)) == 0:
            sentence += " " + draw(texts)
        parts.append(sentence[:1].upper() + sentence[1:] + draw(SEP))
    return "".join(parts)


@FUZZ
@given(text=newsish(), published=st.sampled_from([None, "2024-03-05", "2024-03", "2024"]))
def test_fuzz_no_component_fails_on_newslike_text(text: str, published: str | None, analyzer: Any) -> None:
    from storyline.ingest.decode import sanitize

    clean, _ = sanitize(text)
    gran = {None: None, 10: "day", 7: "month", 4: "year"}[len(published) if published else None]
    result = analyzer.analyze(Article(id="fuzz", text=clean, published=published,
                                      published_granularity=gran))  # type: ignore[arg-type]
    assert result.extras.get("failed_components") is None, (result.extras["failed_components"], text)
    for m in result.mentions:
        assert clean[m.start:m.end] == m.text


@settings(max_examples=max(3, EXAMPLES // 4), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(junk=st.lists(junk_records, max_size=4), data=st.data())
def test_fuzz_whole_pipeline_stores_and_analyzes_every_good_record(junk: list[Any], data: st.DataObject,
                                                                   shared: Resources) -> None:
    good = [data.draw(good_records(i)) for i in range(data.draw(st.integers(1, 3)))]
    feed_title = data.draw(texts)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in data.draw(st.permutations(junk + good))), encoding="utf-8")
        txt = Path(tmp) / "page.txt"
        txt.write_bytes((data.draw(texts) + "\n" + SENTENCES[0] + "\n" + feed_title).encode("utf-8", "surrogatepass"))
        db = Path(tmp) / "s.db"
        summary = analyze_inputs([src, txt], db, resources=shared)
        assert summary.errors == []
        # isolation keeps a run going, but no component may actually fail on any text
        assert summary.partly_analyzed == [] and [n for n in summary.not_analyzed if "failed" in n] == []
        store = open_store(db, readonly=True)
        try:
            analyzed = set(store.analyses())
            for r in good:
                assert store.has_article(r["id"]) and r["id"] in analyzed, summary.as_dict()
            assert store.unfused() == []
        finally:
            store.close()
        for line in summary.problems + summary.warnings + summary.not_analyzed + summary.partly_analyzed:
            line.encode("utf-8")
