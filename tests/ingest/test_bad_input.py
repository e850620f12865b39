"""Bad input: one clear message per file (file, problem, what to do), and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.config import Config
from storyline.ingest import Problem
from storyline.ingest import inputs as read_module
from storyline.ingest.formats import Record
from storyline.model import Article

from .conftest import Ingest

BODY = ("The lock keepers of Port Ammerin ended their strike on Thursday after the council agreed to hire "
        "twelve more keepers for the northern locks, a spokesman said.")


def _one_problem(problems: list[Problem], path: Path) -> Problem:
    [problem] = problems
    assert problem.source == str(path)
    assert str(problem).startswith(str(path)) and " — " in str(problem)
    assert problem.hint
    return problem


def test_bad_empty_file(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    articles, problems = ingest(path)
    assert articles == []
    assert "empty file" in _one_problem(problems, path).problem


def test_bad_whitespace_only_file(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "blank.md"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    articles, problems = ingest(path)
    assert articles == []
    assert "empty" in _one_problem(problems, path).problem


def test_bad_binary_file(tmp_path: Path, ingest: Ingest) -> None:
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    blob = tmp_path / "blob.html"
    blob.write_bytes(b"\x00\x01\x02\x03" * 500)
    articles, problems = ingest(pdf, blob)
    assert articles == []
    assert [p.source for p in problems] == [str(pdf), str(blob)]
    assert "PDF" in problems[0].problem and "binary" in problems[1].problem
    assert all(p.skipped for p in problems)


def test_bad_file_over_size_limit_refused_without_reading(tmp_path: Path, ingest: Ingest,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: 50 MB on paper, nothing written
        f.truncate(50_000_000)
    real_read = Path.read_bytes

    def guarded_read(self: Path) -> bytes:
        assert self != path, "the oversized file must not be read"
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", guarded_read)
    articles, problems = ingest(path)
    assert articles == []
    problem = _one_problem(problems, path)
    assert "50.0 MB" in problem.problem and "20.0 MB" in problem.problem
    assert "Config.max_file_bytes" in problem.problem + problem.hint
    monkeypatch.setattr(Path, "read_bytes", real_read)
    articles, problems = ingest(path, config=Config(max_file_bytes=60_000_000))
    assert articles == [] and "binary" in _one_problem(problems, path).problem  # raised limit: read (all NULs)


def test_bad_invalid_utf8_repaired_with_warning(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(f"“{BODY}” the keeper’s union said.".encode() + b" Damaged \xff\xfe byte.")
    [article], problems = ingest(path)
    assert "keeper’s" in article.text and "\ufffd" in article.text
    problem = _one_problem(problems, path)
    assert "invalid UTF-8" in problem.problem and not problem.skipped


def test_bad_utf16_with_bom_read(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(f"Café owners in Port Ammerin said: {BODY}".encode("utf-16"))
    [article], problems = ingest(path)
    assert problems == []
    assert article.text == f"Café owners in Port Ammerin said: {BODY}"


def test_bad_latin1_decoded_with_note(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "latin.txt"
    text = f"Señor Müller, the café owner from São Amaro, said the naïve résumé was wrong. {BODY}"
    path.write_bytes(text.encode("latin-1"))
    [article], problems = ingest(path)
    assert article.text == text
    problem = _one_problem(problems, path)
    assert "not UTF-8" in problem.problem and not problem.skipped


def test_bad_broken_html_still_extracted(tmp_path: Path, ingest: Ingest) -> None:
    unclosed = tmp_path / "unclosed.html"  # unclosed tags, stray end tags, no </html>
    unclosed.write_text(f"<html><body><div class=story><p>{BODY}<p>The council <b>confirmed the deal on Friday "
                        "</i>and said the locks would reopen on Saturday morning after nine days.<div><span>Guild "
                        "elders welcomed it but said the fees were still too high for small traders in the port.",
                        encoding="utf-8")
    swallowed = tmp_path / "swallowed.html"  # an unclosed <title> makes parsers put the whole page in the title
    swallowed.write_text(f"<html><head><title>Strike ends<body><div><p>{BODY}<p>The council <b>confirmed the deal "
                         "on Friday and said the locks would reopen.", encoding="utf-8")
    articles, problems = ingest(unclosed, swallowed)
    assert len(articles) == 2
    for article in articles:
        assert BODY in article.text and "confirmed the deal on Friday" in article.text
    assert "Guild elders welcomed it" in articles[0].text
    assert all(not p.skipped for p in problems)


def test_bad_html_without_text(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "shell.html"
    path.write_text("<html><head><script>app()</script></head><body><div id='root'></div></body></html>",
                    encoding="utf-8")
    articles, problems = ingest(path)
    assert articles == []
    assert "no text" in _one_problem(problems, path).problem


def test_bad_csv_missing_text_column(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "table.csv"
    path.write_text("id,headline,published\n1,Strike ends,2031-05-06\n", encoding="utf-8")
    articles, problems = ingest(path)
    assert articles == []
    problem = _one_problem(problems, path)
    assert "no 'text' or 'html' column" in problem.problem
    assert "id, headline, published" in problem.problem


def test_bad_jsonl_line_not_json(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "mixed.jsonl"
    good = [json.dumps({"id": f"r{i}", "text": f"{BODY} Record {i}."}) for i in (1, 3)]
    path.write_text(f"{good[0]}\n{{\"id\": \"r2\", \"text\": oops}}\n{good[1]}\n", encoding="utf-8")
    articles, problems = ingest(path)
    assert [a.id for a in articles] == ["r1", "r3"]
    problem = _one_problem(problems, path)
    assert problem.line == 2 and "not valid JSON" in problem.problem
    assert str(problem).startswith(f"{path}:2: ")


def test_bad_jsonl_record_without_text(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "notext.jsonl"
    path.write_text(json.dumps({"id": "x", "title": "Only a title"}) + "\n", encoding="utf-8")
    articles, problems = ingest(path)
    assert articles == []
    assert _one_problem(problems, path).line == 1


def test_bad_jsonl_text_not_a_string(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "typed.jsonl"
    path.write_text(json.dumps({"id": "x", "text": ["a", "list"]}) + "\n" + json.dumps({"text": BODY}) + "\n",
                    encoding="utf-8")
    articles, problems = ingest(path)
    assert [a.text for a in articles] == [BODY]
    problem = _one_problem(problems, path)
    assert problem.line == 1 and "'text' is a JSON array" in problem.problem


def test_bad_duplicate_ids(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "dups.jsonl"
    rows = [{"id": "d1", "text": BODY}, {"id": "d1", "text": BODY}, {"id": "d1", "text": BODY + " More."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    articles, problems = ingest(path)
    assert [a.text for a in articles] == [BODY]  # the first kept; the identical repeat is silently the same
    problem = _one_problem(problems, path)
    assert problem.line == 3 and "duplicate id 'd1'" in problem.problem


def test_bad_non_english_kept_and_flagged(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "de.txt"
    path.write_text("Die Schleusenwärter von Port Ammerin haben ihren Streik am Donnerstag beendet, nachdem der "
                    "Rat zugestimmt hatte, zwölf weitere Wärter für die nördlichen Schleusen einzustellen.",
                    encoding="utf-8")
    [article], problems = ingest(path)
    assert article.language == "de"
    problem = _one_problem(problems, path)
    assert not problem.skipped and problem.article == article.id and "not analyzed" in problem.problem


def test_bad_paths_unsupported_missing_and_empty_glob(tmp_path: Path, ingest: Ingest) -> None:
    doc = tmp_path / "notes.docx"
    doc.write_bytes(b"PK\x03\x04")
    articles, problems = ingest(doc, tmp_path / "missing.txt", str(tmp_path / "*.nothing"))
    assert articles == []
    assert [p.source for p in problems] == [str(doc), str(tmp_path / "missing.txt"), str(tmp_path / "*.nothing")]
    assert "unsupported file type '.docx'" in problems[0].problem
    assert "no such file" in problems[1].problem and "matched no files" in problems[2].problem


def test_bad_unexpected_reader_error_costs_one_record(tmp_path: Path, ingest: Ingest,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real = read_module.build_article

    def fragile(record: Record, config: Config) -> tuple[Article | None, list[Problem]]:
        if record.text and "BOOM" in record.text:
            raise RuntimeError("reader bug")
        return real(record, config)

    monkeypatch.setattr(read_module, "build_article", fragile)
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate([BODY, "BOOM " + BODY])),
                    encoding="utf-8")
    articles, problems = ingest(path)
    assert [a.id for a in articles] == ["0"]
    problem = _one_problem(problems, path)
    assert problem.line == 2 and "RuntimeError: reader bug" in problem.problem and problem.skipped


def test_bad_files_never_stop_the_batch(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (tmp_path / "c_table.csv").write_text("id,title\n1,x\n", encoding="utf-8")
    (tmp_path / "d_bad.jsonl").write_text("not json\n", encoding="utf-8")
    with (tmp_path / "e_huge.md").open("wb") as f:
        f.truncate(25_000_000)
    (tmp_path / "z_good.txt").write_text(BODY, encoding="utf-8")
    articles, problems = ingest(tmp_path)
    assert [a.text for a in articles] == [BODY]
    assert sorted(Path(p.source).name for p in problems) == [
        "a_empty.txt", "b_binary.txt", "c_table.csv", "d_bad.jsonl", "e_huge.md"]
