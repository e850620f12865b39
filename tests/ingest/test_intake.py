"""The one write path for new articles: built like a file record, deduplicated, added once (real SQLite store)."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.config import Config
from storyline.ingest import Deduplicator, Problem, article_from_fields, read_inputs, take_in
from storyline.model import Article
from storyline.store import open_store

BODY = ("The finance minister of Veltria resigned on Tuesday after a week of protests in the capital, "
        "officials said. Her deputy will lead the ministry until a vote next month.")
FIELDS = {"text": BODY + "\n\nLeave a Reply", "title": "Minister resigns", "outlet": "Coast Post",
          "published": "2024-03-05", "section": "politics"}


def test_intake_posted_fields_give_the_article_a_file_record_gives(tmp_path: Path) -> None:
    line = tmp_path / "one.jsonl"
    line.write_text(json.dumps(FIELDS) + "\n", encoding="utf-8")
    from_file = next(a for a in read_inputs([line], Config()) if isinstance(a, Article))
    posted, problems = article_from_fields(FIELDS, Config(), source="web")
    assert posted is not None and problems == []
    assert posted.id == from_file.id  # content-hash id of the clean text and outlet
    assert posted.text == from_file.text == BODY and posted.removed == from_file.removed  # boilerplate cleaned
    assert posted.language == "en" and posted.published_granularity == "day"
    assert posted.metadata["section"] == "politics"


def test_intake_reports_what_it_cannot_build() -> None:
    article, problems = article_from_fields({"text": "Leave a Reply"}, Config(), source="web")
    assert article is None and "only boilerplate" in problems[0].problem
    odd, warnings = article_from_fields({**FIELDS, "published": "soon"}, Config(), source="web")
    assert odd is not None and odd.published is None and "could not read the date" in warnings[0].problem


def test_intake_adds_once_and_marks_copies(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    first, _ = article_from_fields(FIELDS, Config(), source="web")
    copy, _ = article_from_fields({**FIELDS, "outlet": "Daily", "text": BODY + " (AFP)"}, Config(), source="web")
    assert first is not None and copy is not None and first.id != copy.id
    warning = Problem("web", "something odd", "nothing to do", skipped=False)
    dedup = Deduplicator.from_articles(store.articles())
    intake = take_in([first, warning, first, copy], store, dedup)
    assert intake.added == [first.id, copy.id] and intake.read == 3 and intake.already_stored == 1
    assert intake.copies == 1 and intake.copy_of == {copy.id: first.id}
    assert intake.warnings == [warning] and intake.problems == []
    assert store.article(copy.id).copy_of == first.id  # type: ignore[union-attr]
    again = take_in([first], store, Deduplicator.from_articles(store.articles()))
    assert again.added == [] and again.already_stored == 1
    store.close()


def test_take_in_adds_a_repeated_article_once_across_look_ups_and_flushes(tmp_path: Path, monkeypatch) -> None:
    from storyline.ingest import intake as intake_mod
    monkeypatch.setattr(intake_mod, "BATCH", 1)  # every article written before the next one is checked
    monkeypatch.setattr(intake_mod, "LOOKUP", 2)  # the store looked up two articles at a time
    store = open_store(tmp_path / "s.db")
    first, _ = article_from_fields(FIELDS, Config(), source="web")
    other, _ = article_from_fields({**FIELDS, "text": "A ferry ran aground near the harbour of Ostra on Monday, "
                                    "the coast guard said. No one was hurt."}, Config(), source="web")
    assert first is not None and other is not None
    intake = take_in([first, first, other, first, other], store, Deduplicator())
    assert intake.added == [first.id, other.id] and intake.already_stored == 3
    assert [a.id for a in store.articles()] == [first.id, other.id]
    store.close()
