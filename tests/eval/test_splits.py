"""Any split of a dataset: the path of the split, or the dataset folder with --split."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.splits import pick


def test_pick_finds_the_split_folder_or_file(tmp_path: Path) -> None:
    (tmp_path / "test").mkdir()
    (tmp_path / "conllpp_dev.txt").write_text("x")
    (tmp_path / "records.json").write_text("[]")
    assert pick(tmp_path, None) == tmp_path
    assert pick(tmp_path, "all") == tmp_path
    assert pick(tmp_path, "test") == tmp_path / "test"
    assert pick(tmp_path, "dev", ".txt") == tmp_path / "conllpp_dev.txt"
    assert pick(tmp_path / "records.json", None) == tmp_path / "records.json"


def test_pick_says_what_is_there_when_the_split_is_not(tmp_path: Path) -> None:
    (tmp_path / "dev").mkdir()
    with pytest.raises(FileNotFoundError, match=r"split .test. .*here: dev"):
        pick(tmp_path, "test")
    (tmp_path / "a.json").write_text("[]")
    with pytest.raises(FileNotFoundError, match="one file already"):
        pick(tmp_path / "a.json", "test")
