"""The main job end to end on a real SQLite file: idempotent re-runs, incremental adds, bad files in a batch."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse.corroboration import PASSAGE_VERSION, WORDS_VERSION
from storyline.model import Entity, Story
from storyline.run import analyze_inputs, export_json
from storyline.schema import validate_file
from storyline.store import open_store
from tests.conftest import shared_data

ARTICLES = [
    {"id": "n1", "outlet": "Harbor Times", "published": "2024-04-03",
     "text": "Harbor minister Lena Strand resigned on Tuesday after weeks of protests in Velmont. "
             "\"I have done what I could,\" Strand said in a statement."},
    {"id": "n2", "outlet": "Velmont Post", "published": "2024-04-04",
     "text": "Lena Strand, who resigned as harbor minister on Tuesday, will be replaced by Omar Feld, "
             "officials said. Protesters in Velmont welcomed the decision."},
    {"id": "n3", "outlet": "Coast Herald", "published": "2024-04-06",
     "text": "Omar Feld was sworn in as harbor minister in Velmont on Friday. He promised to reopen the port."},
]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shared(resources: Resources) -> Resources:
    return resources


def test_run_rerun_adds_nothing_twice(tmp_path: Path, shared: Resources) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    db = tmp_path / "s.db"
    first = analyze_inputs([src], db, resources=shared, json_out=tmp_path / "story.json")
    assert (first.added, first.analyzed, first.problems) == (3, 3, [])
    counts = dict(first.counts)
    assert counts["entities"] > 0
    second = analyze_inputs([src], db, resources=shared)
    assert (second.added, second.already_stored, second.analyzed) == (0, 3, 0)
    assert second.counts == counts
    assert validate_file(tmp_path / "story.json") == []


def test_run_incremental_add_keeps_existing_entities(tmp_path: Path, shared: Resources) -> None:
    db = tmp_path / "s.db"
    analyze_inputs([write_jsonl(tmp_path / "a.jsonl", ARTICLES[:2])], db, resources=shared)
    store = open_store(db, readonly=True)
    before = {e.id: e.name for e in store.entities()}
    store.close()
    summary = analyze_inputs([write_jsonl(tmp_path / "b.jsonl", ARTICLES[2:])], db, resources=shared)
    assert (summary.added, summary.analyzed) == (1, 1)
    store = open_store(db, readonly=True)
    after = {e.id: e.name for e in store.entities()}
    assert store.count("articles") == 3
    # every entity of the first run is still there under the same id
    assert all(after.get(k) is not None for k in before)
    feld = [e for e in store.entities() if "Feld" in e.name]
    assert len(feld) == 1 and {m.article for m in feld[0].mentions} >= {"n2", "n3"}
    # the sentence words source families read: kept for each article, so the next run reads no text again
    assert set(store.sentence_words(WORDS_VERSION)) == {"n1", "n2", "n3"}
    assert set(store.passage_grams(PASSAGE_VERSION)) == {"n1", "n2", "n3"}  # and their sampled 8-grams


def test_run_bad_file_does_not_stop_batch_or_lose_stored(tmp_path: Path, shared: Resources) -> None:
    db = tmp_path / "s.db"
    analyze_inputs([write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1])], db, resources=shared)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1", "text": "Port workers in Velmont went on strike on Monday."}\nnot json\n',
                   encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    summary = analyze_inputs([bad, tmp_path / "empty.txt"], db, resources=shared)
    assert summary.added == 1
    assert any("bad.jsonl" in p and ":2" in p for p in summary.problems)
    assert any("empty.txt" in p for p in summary.problems)
    store = open_store(db, readonly=True)
    assert {a.id for a in store.articles()} == {"n1", "x1"}


def test_run_seeds_export_validates(tmp_path: Path, shared: Resources) -> None:
    seeds = shared_data("seeds")
    summary = analyze_inputs([seeds / "articles.jsonl"], tmp_path / "s.db", resources=shared,
                             json_out=tmp_path / "story.json", config=Config())
    assert summary.added == 5 and summary.problems == []
    assert validate_file(tmp_path / "story.json") == []
    story = json.loads((tmp_path / "story.json").read_text())
    gold = json.loads((seeds / "gold.json").read_text())
    texts = {a["id"]: a["text"] for a in story["articles"]}
    for b in gold["boilerplate"]:
        assert b["text"] not in texts[b["article"]]


def test_run_headline_over_the_text_is_the_title_and_every_offset_points_into_the_text(tmp_path: Path,
                                                                                          shared: Resources) -> None:
    """The headline repeated over the body (a page pasted with its title) and a plain text's headline line are the
    article's title, not its text; every span of the export still quotes the text at its offsets."""
    headline = "Harbor minister Lena Strand resigns in Velmont"
    (tmp_path / "a.md").write_text(f"---\ntitle: {headline} | Harbor Times\npublished: 2024-04-03\n---\n"
                                   f"{headline}\n\n{ARTICLES[0]['text']}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Omar Feld sworn in as Velmont harbor minister\n{ARTICLES[2]['text']}\n",
                                    encoding="utf-8")
    summary = analyze_inputs([tmp_path], tmp_path / "s.db", resources=shared, json_out=tmp_path / "story.json")
    assert summary.added == 2 and summary.problems == []
    assert validate_file(tmp_path / "story.json") == []
    story = json.loads((tmp_path / "story.json").read_text())
    got = sorted((a["title"], a["text"], a["removed"]) for a in story["articles"])
    assert got == [(f"{headline} | Harbor Times", ARTICLES[0]["text"], [headline]),
                   ("Omar Feld sworn in as Velmont harbor minister", ARTICLES[2]["text"], [])]
    # the titles are read as small texts of their own (analyze/title.py): their event mentions join the body's
    # incidents with offsets into the title, in the export and as the store reads them back
    titles = {a["id"]: a["title"] for a in story["articles"]}
    told = {(m["article"], m["start"], m["text"]) for e in story["events"] for m in e["mentions"]
            if m.get("field") == "title"}
    assert told and all(titles[a][s:s + len(t)] == t for a, s, t in told)
    store = open_store(tmp_path / "s.db", readonly=True)
    stored = store.load_story()
    store.close()
    assert {(m.article, m.start, m.text) for e in stored.events for m in e.mentions if m.field == "title"} == told
    assert all(any(m.field is None for m in e.mentions) for e in stored.events)  # a headline alone makes none


def test_run_writes_new_vectors_step_by_step_during_fusion(tmp_path: Path, shared: Resources) -> None:
    import sqlite3

    db = tmp_path / "s.db"
    seen: list[tuple[str, int]] = []

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage.startswith("fuse:") or stage == "save":
            with sqlite3.connect(db) as con:  # another reader: sees only what was committed
                seen.append((stage, con.execute("select count(*) from embedding_cache").fetchone()[0]))

    claims = [{"id": f"q{i}", "outlet": outlet, "published": "2024-04-05", "text": text} for i, (outlet, text) in
              enumerate([("Harbor Times", "Omar Feld said the port of Velmont would reopen on Monday. Feld told "
                                          "reporters that ten ships were waiting outside the harbor."),
                         ("Coast Herald", "The port of Velmont will reopen on Monday, Omar Feld said. Ten ships "
                                          "are waiting outside the harbor, Feld told reporters."),
                         ("Velmont Post", "Lena Strand denied that the port of Velmont would reopen on Monday.")])]
    # (no briefing at the end: its sentences' vectors are written after the save)
    analyze_inputs([write_jsonl(tmp_path / "a.jsonl", ARTICLES + claims)], db, resources=shared, progress=progress,
                   present=False)
    with sqlite3.connect(db) as con:
        total = con.execute("select count(*) from embedding_cache").fetchone()[0]
    assert total > 0
    before_save = [n for stage, n in seen if stage != "save"]
    assert before_save[-1] == total  # all written when fusion's last step ended, before the save
    assert before_save[0] == 0  # a new store: none before fusion began


def test_present_ahead_keeps_the_briefings_vectors_for_the_next_run(tmp_path: Path, shared: Resources,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The overview briefing's sentence vectors go to the store's vector cache: the next run's briefing over the
    same sentences encodes none of them again, and it is the same briefing."""
    from storyline.analyze.embed import Embedder
    from storyline.run import present_ahead
    from storyline.web.briefing import STORED_BRIEF

    db = tmp_path / "s.db"
    analyze_inputs([write_jsonl(tmp_path / "a.jsonl", ARTICLES)], db, resources=shared, present=False)
    encoded: list[str] = []
    encode = Embedder.encode

    def counted(self: Embedder, texts: list[str], batch_size: int = 8) -> object:
        encoded.extend(texts)
        return encode(self, texts, batch_size)

    monkeypatch.setattr(Embedder, "encode", counted)

    def briefing() -> dict[str, object]:
        found = store.presented(STORED_BRIEF)
        assert found is not None
        made = json.loads(found[1])
        made.pop("made_at")
        return dict(made)

    store = open_store(db)
    try:
        with store.writer():
            present_ahead(store, Config(), shared)
            first, made = list(encoded), briefing()
            encoded.clear()
            present_ahead(store, Config(), shared)
            assert briefing() == made
    finally:
        store.close()
    assert first and not encoded and made["method"] == "minilm" and made["sections"]


def test_present_ahead_is_a_stage_of_its_own(tmp_path: Path, shared: Resources,
                                             caplog: pytest.LogCaptureFixture) -> None:
    """What a run makes ahead for the overview is logged as a stage, so that a run's stage times
    (benchmarks/measure.py) hold it instead of leaving it after the save, in no stage."""
    from storyline.run import present_ahead

    db = tmp_path / "s.db"
    analyze_inputs([write_jsonl(tmp_path / "a.jsonl", ARTICLES)], db, resources=shared, present=False)
    store = open_store(db)
    try:
        with store.writer(), caplog.at_level(logging.INFO, logger="storyline.run"):
            present_ahead(store, Config(), shared)
    finally:
        store.close()
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("stage present:")]
    assert lines[0] == "stage present: start" and lines[-1] == "stage present: done" and len(lines) > 2


def test_run_keeps_the_overviews_incidents_for_the_state_it_leaves(tmp_path: Path, shared: Resources) -> None:
    """``storyline analyze`` ends by keeping the overview's incidents (as the timeline builds them) for the state
    it leaves; the next run replaces them with its own."""
    from storyline.web.ahead import STORED_INCIDENTS, build_overview_incidents, stored_overview_incidents
    from storyline.web.briefing import store_state

    db = tmp_path / "s.db"
    analyze_inputs([write_jsonl(tmp_path / "a.jsonl", ARTICLES[:2])], db, resources=shared)
    store = open_store(db, readonly=True)
    try:
        first = store.presented(STORED_INCIDENTS)
        kept = stored_overview_incidents(store, store_state(store))
        assert first is not None and kept == build_overview_incidents(store) and kept.total > 0
    finally:
        store.close()
    analyze_inputs([write_jsonl(tmp_path / "b.jsonl", ARTICLES[2:])], db, resources=shared)
    store = open_store(db, readonly=True)
    try:
        second = store.presented(STORED_INCIDENTS)
        assert second is not None and second[0] == store_state(store) != first[0]
        assert stored_overview_incidents(store, second[0]) == build_overview_incidents(store)
    finally:
        store.close()


def test_export_json_lists_short_names_after_surface_forms(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    store.save_story(Story(entities=[Entity(id="p1", name="Marta Vesker", type="PERSON",
                                            aliases={"Marta Vesker": 2})]))
    export_json(store, tmp_path / "story.json")
    entity = json.loads((tmp_path / "story.json").read_text(encoding="utf-8"))["entities"][0]
    assert entity["aliases"] == ["Marta Vesker", "Vesker"] and entity["alias_counts"] == {"Marta Vesker": 2}
