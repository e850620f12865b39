"""CASE 2021 scorer on a tiny hand-made snippet file (fictional sentences)."""

from __future__ import annotations

from pathlib import Path

from storyline.eval.case import main, read_snippets


def test_case_scores_mapping_accuracy_and_coverage(tmp_path: Path) -> None:
    rows = [
        ("1", "A suicide bomber blew himself up at a checkpoint in Lima, killing four soldiers.", "SUIC_BOMB"),
        ("2", "Police arrested twelve members of a smuggling ring in Nairobi on Sunday.", "ARREST"),
        ("3", "The two governments signed an agreement on border trade.", "AGREEMENT"),
        ("4", "The committee published its annual report.", "OTHER"),
    ]
    path = tmp_path / "snippets.tsv"
    path.write_text("id\tEventSnippet\tSubType\n" + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows))
    assert len(read_snippets(path)) == 4
    result = main(path)
    assert result["snippets"] == 4
    assert result["coverage"] == 0.75
    assert result["accuracy_covered"] == 1.0
    assert result["per_type"]["OTHER"] == {"n": 1}
    assert main(path, limit=2)["snippets"] == 2


def test_eval_case_cli_takes_a_split_of_the_dataset_folder(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    rows = "id\tEventSnippet\tSubType\n1\tPolice arrested twelve smugglers in Nairobi on Sunday.\tARREST\n"
    (tmp_path / "snippets_test.tsv").write_text(rows)
    (tmp_path / "snippets_dev.tsv").write_text(rows * 2)
    out = tmp_path / "case.json"
    result = CliRunner().invoke(app, ["eval", "case", str(tmp_path), "--split", "test", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert '"snippets": 1' in out.read_text()


def test_eval_cli_names_a_missing_split_without_a_traceback(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    (tmp_path / "snippets_dev.tsv").write_text("id\tEventSnippet\tSubType\n")
    result = CliRunner().invoke(app, ["eval", "case", str(tmp_path), "--split", "test"])
    assert result.exit_code == 2
    assert "split 'test'" in result.output and "snippets_dev.tsv" in result.output
    assert not isinstance(result.exception, FileNotFoundError)  # a clear message, not a crash
