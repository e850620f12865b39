"""Furniture by repetition across a batch (ingest/batch), on made-up articles read through read_inputs."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.config import Config
from storyline.ingest import read_inputs
from storyline.ingest.batch import without_repeated_lines
from storyline.model import Article

LOCKS = ("The council of Port Ammerin voted on Monday to reopen the northern locks after the flood.\n"
         "Guild elders said the vote came too late for the spring harvest in the valley.")
FERRY = ("A ferry carrying 40 passengers ran aground off Sarn on Tuesday, the harbour office said.\n"
         "All passengers were brought ashore by fishing boats before the tide turned.")
MARKET = ("Traders in Lesk closed the grain market for a day on Wednesday to protest a new levy.\n"
          "The levy, set by the provincial board, doubles the fee on every cart of grain.")


def _read(tmp_path: Path, records: list[dict[str, str]]) -> dict[str, Article]:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    read = [a for a in read_inputs([path], Config()) if isinstance(a, Article)]
    return {r["id"]: a for a, r in zip(read, records, strict=True)}


def test_batch_lines_an_outlet_puts_around_its_texts_go(tmp_path: Path) -> None:
    foot = "Winter Sale: 2 Months For 1 Dollar"  # a line the page's own rules keep (a figure)
    arts = _read(tmp_path, [
        {"id": "a", "outlet": "Harbour Ledger", "text": f"Locks reopen\n{LOCKS}\n{foot}"},
        {"id": "b", "outlet": "Harbour Ledger", "text": f"Ferry runs aground\n{FERRY}\n{foot}"},
        {"id": "c", "outlet": "Sarn Courier", "text": f"Grain market shut\n{MARKET}"},
    ])
    assert arts["a"].text == f"Locks reopen\n{LOCKS}"  # two words: too short to be taken for the title
    # a headline line of a text given without a title is its title (ingest/clean.take_title)
    assert (arts["b"].title, arts["b"].text) == ("Ferry runs aground", FERRY)
    assert "Winter Sale: 2 Months For 1 Dollar" in arts["a"].removed
    assert (arts["c"].title, arts["c"].text) == ("Grain market shut", MARKET)


def test_batch_a_line_under_three_texts_of_two_outlets_goes(tmp_path: Path) -> None:
    arts = _read(tmp_path, [
        {"id": "a", "outlet": "Harbour Ledger", "text": f"{LOCKS}\nWinter Sale: 2 Months For 1 Dollar"},
        {"id": "b", "outlet": "Sarn Courier", "text": f"{FERRY}\nWinter Sale: 2 Months For 1 Dollar"},
        {"id": "c", "outlet": "Lesk Post", "text": f"{MARKET}\nWinter Sale: 2 Months For 1 Dollar"},
    ])
    assert [a.text for a in arts.values()] == [LOCKS, FERRY, MARKET]


def test_batch_lines_of_one_outlet_or_two_articles_of_the_batch_stay_when_counts_fall_short(tmp_path: Path) -> None:
    arts = _read(tmp_path, [
        {"id": "a", "outlet": "Harbour Ledger", "text": f"{LOCKS}\nWinter Sale: 2 Months For 1 Dollar"},
        {"id": "b", "outlet": "Sarn Courier", "text": f"{FERRY}\nWinter Sale: 2 Months For 1 Dollar"},
    ])
    assert arts["a"].text.endswith("Winter Sale: 2 Months For 1 Dollar")


def test_batch_keeps_wire_copies_own_lines_and_short_sentences(tmp_path: Path) -> None:
    """Copies of one wire story share its lines (they count once); a short sentence is text however often told."""
    copy = f"{LOCKS}\nLocks, 1890 To 2031: A Timeline"
    arts = _read(tmp_path, [
        {"id": "a", "outlet": "Harbour Ledger", "text": copy},
        {"id": "b", "outlet": "Sarn Courier", "text": copy + "\n"},
        {"id": "c", "outlet": "Lesk Post", "text": copy + "\n\n"},
        {"id": "d", "outlet": "Harbour Ledger", "text": f"{FERRY}\nNo one was hurt."},
        {"id": "e", "outlet": "Harbour Ledger", "text": f"{MARKET}\nNo one was hurt."},
    ])
    assert arts["a"].text.endswith("Locks, 1890 To 2031: A Timeline")
    assert arts["d"].text.endswith("No one was hurt.") and arts["e"].text.endswith("No one was hurt.")


def test_batch_keeps_headlines_and_lines_inside_the_text(tmp_path: Path) -> None:
    head, sub = "Storm Warning For The Coast", "What Happens Next"
    texts = [f"{head}\n{t.split(chr(10))[0]}\n{sub}\n{t.split(chr(10))[1]}" for t in (LOCKS, FERRY, MARKET)]
    records = [{"id": k, "outlet": "Harbour Ledger", "text": t} for k, t in zip("abc", texts, strict=True)]
    arts = _read(tmp_path, records)
    # the headline is each text's title (a text given without one), the subheading stays in every text
    assert [(a.title, a.text) for a in arts.values()] == [(head, t.split("\n", 1)[1]) for t in texts]


def test_batch_window_passes_problems_through_in_order() -> None:
    items = ["p1", Article(id="x", text=f"{LOCKS}\nHarbour Picks", outlet="L"), "p2",
             Article(id="y", text=f"{FERRY}\nHarbour Picks", outlet="L")]  # (problems stand in as strings)
    out = list(without_repeated_lines(items, window=1))  # type: ignore[arg-type]
    assert [getattr(o, "id", o) for o in out] == ["p1", "x", "p2", "y"]  # a window of one: nothing to compare
    assert out[1].text.endswith("Harbour Picks")  # type: ignore[union-attr]
    out = list(without_repeated_lines(items))  # type: ignore[arg-type]
    assert out[1].text == LOCKS and out[3].text == FERRY  # type: ignore[union-attr]
