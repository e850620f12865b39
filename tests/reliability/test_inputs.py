"""Junk in, clear messages out, with the real ``storyline`` command on real files: exit codes, ``--strict``,
junk records never stored as junk, every good record stored, size limits said out loud."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.harness import run_cli

GOOD = ("Port workers in Velmont went on strike on Monday, the Velmont Dockworkers Union said. "
        "Harbor minister Lena Strand called on both sides to return to talks.")


def _stored(db: Path) -> dict[str, tuple[str | None, str | None, str]]:
    con = sqlite3.connect(db)
    try:
        return {r[0]: (r[1], r[2], r[3]) for r in con.execute("SELECT id, title, url, data FROM articles")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def junk_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    """One run over a folder of junk (and a few good records among it)."""
    d = tmp_path_factory.mktemp("junk")
    (d / "billion_laughs.xml").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol "lol">\n'
        '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n<!ENTITY lol9 "&lol1;&lol1;">\n]>\n'
        '<rss version="2.0"><channel><title>Feed</title>\n'
        '<item><title>Entry &lol9;</title><link>http://x.example/1</link><description>&lol9;</description></item>\n'
        f'<item><title>Good</title><link>http://x.example/2</link><description>{GOOD}</description></item>\n'
        '</channel></rss>\n', encoding="utf-8")
    (d / "empty_entities.rss").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY nil "">]>\n<rss version="2.0"><channel><title>F</title>\n'
        '<item><title>&nil;</title><link>http://y.example/1</link><description>&nil;&nil;9</description></item>\n'
        '</channel></rss>\n', encoding="utf-8")
    (d / "expanded_entities.rss").write_text(  # one line: the XML parser expands the entities itself
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY nil "">]><rss version="2.0"><channel><title>F</title>'
        '<item><title>&nil;</title><description>&nil;&nil;8</description></item></channel></rss>', encoding="utf-8")
    records = [{"id": "obj-title", "title": {"main": "A"}, "url": ["http://a.example", "http://b.example"],
                "text": GOOD + " One."},
               {"id": "surrogate", "title": "Half a pair \ud800 here", "text": GOOD + " Two \udfff.\u0000"},
               {"id": "bool-date", "published": True, "text": GOOD + " Three."}]
    (d / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (d / "rows.csv").write_text(f'id,title,text\nc1,A,"{GOOD} Four.\nc2,B,"{GOOD} Five."\nc3,C,"{GOOD} Six."\n',
                                encoding="utf-8")
    (d / "list.json").write_text(json.dumps([{"id": "j1", "text": GOOD + " Seven."}, 42]), encoding="utf-8")
    (d / "settings.json").write_text(json.dumps({"theme": "dark"}), encoding="utf-8")
    (d / "huge.jsonl").write_text(json.dumps({"id": "huge", "text": GOOD + " x" * 3000}) + "\n", encoding="utf-8")
    db = d / "s.db"
    done = run_cli(["analyze", d, "--db", db, "--no-embeddings", "-q", "--max-text-chars", "5000"])
    return db, done.stderr + done.stdout, done.returncode


def test_inputs_junk_run_exits_0_without_traceback(junk_run: tuple[Path, str, int]) -> None:
    _, output, code = junk_run
    assert code == 0, output
    assert "Traceback" not in output


def test_inputs_feed_entities_expanding_to_nothing_refused(junk_run: tuple[Path, str, int]) -> None:
    db, output, _ = junk_run
    assert "billion_laughs.xml: feed entry 1: 2 reference(s) to entities the feed declares itself" in output
    stored = _stored(db)
    assert not any("lol" in (title or "") + data for title, _, data in stored.values())
    assert any(title == "Good" for title, _, _ in stored.values())


def test_inputs_feed_entities_expanded_to_nothing_leave_no_junk_article(junk_run: tuple[Path, str, int]) -> None:
    db, output, _ = junk_run
    assert "empty_entities.rss: feed entry 1: 3 reference(s) to entities the feed declares itself" in output
    assert "empty_entities.rss: article text '9' has no words (only digits, punctuation or symbols)" in output
    assert "expanded_entities.rss: the feed declares its own XML entities (a DTD inside the file)" in output
    assert "expanded_entities.rss: article text '8' has no words" in output
    assert not any(json.loads(data)["text"] in ("9", "8") or "nil" in data for _, _, data in _stored(db).values())


def test_inputs_json_objects_and_lists_in_fields_never_stored_as_repr(junk_run: tuple[Path, str, int]) -> None:
    db, output, _ = junk_run
    title, url, data = _stored(db)["obj-title"]
    assert title is None and url is None and "{'" not in data and "['" not in data
    assert "records.jsonl:1: 'title' is a JSON object, not a string; it was left out" in output
    assert "records.jsonl:1: 'url' is a JSON array, not a string; it was left out" in output
    assert "records.jsonl:3: 'published' is a JSON boolean" in output


def test_inputs_surrogates_and_nul_replaced_and_reported(junk_run: tuple[Path, str, int]) -> None:
    db, output, _ = junk_run
    title, _, data = _stored(db)["surrogate"]
    assert title == "Half a pair \ufffd here"
    assert json.loads(data)["text"].endswith("Two \ufffd.\ufffd")  # one for one: offsets stay
    assert "records.jsonl:2: 3 character(s) that cannot be stored" in output


def test_inputs_csv_unterminated_quote_costs_one_row(junk_run: tuple[Path, str, int]) -> None:
    db, output, _ = junk_run
    stored = _stored(db)
    assert "c1" not in stored and {"c2", "c3"} <= set(stored)
    assert "rows.csv:2: CSV row starting on line 2 is malformed (a quote does not end where its field ends" in output


def test_inputs_json_files_in_a_folder_read_or_said_why_not(junk_run: tuple[Path, str, int]) -> None:
    db, output, _ = junk_run
    assert "j1" in _stored(db)
    assert "list.json: item 2: record is a JSON number, not an object" in output
    assert "settings.json: no articles in it (a JSON object with keys theme" in output


def test_inputs_text_over_the_cap_refused_with_a_message(junk_run: tuple[Path, str, int]) -> None:
    db, output, _ = junk_run
    assert "huge" not in _stored(db)
    assert "huge.jsonl:1: article text is " in output and "over the 5,000 limit (Config.max_text_chars)" in output


def test_inputs_exit_1_when_nothing_could_be_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"%PDF-1.4 binary")
    for args in ([tmp_path / "missing.txt"], [tmp_path / "empty.txt", tmp_path / "blob.txt"]):
        done = run_cli(["analyze", *args, "--db", tmp_path / "s.db", "-q", "--no-embeddings"])
        assert done.returncode == 1, done.stderr
        assert "nothing could be read or stored" in done.stderr and "Traceback" not in done.stderr


def test_inputs_strict_makes_any_refusal_an_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    args = ["analyze", tmp_path / "good.txt", tmp_path / "empty.txt", "--db", tmp_path / "s.db", "-q",
            "--no-embeddings"]
    assert run_cli(args).returncode == 0  # one refused input, the rest done
    strict = run_cli([*args, "--strict"])
    assert strict.returncode == 1 and "--strict: 1 input(s) refused" in strict.stderr
    assert len(_stored(tmp_path / "s.db")) == 1  # the good one is stored either way, once


def test_inputs_usage_errors_exit_2(tmp_path: Path) -> None:
    for args in (["analyze"], ["analyze", "x.txt", "--workers", "0"], ["analyze", "x.txt", "--bogus"],
                 ["info", "--db", tmp_path / "none.db"]):
        done = run_cli(args)
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_inputs_exit_codes_in_help() -> None:
    done = run_cli(["analyze", "--help"])
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    assert "Exit codes: 0 done; 1 nothing could be read or stored" in text and "3 the store is being written" in text
