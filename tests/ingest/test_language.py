"""Language detection abstains on short texts; other languages are kept but flagged."""

from __future__ import annotations

from pathlib import Path

from storyline.config import Config
from storyline.ingest import language_problem, language_supported
from storyline.ingest.language import _identifier, detect_language, release_model

from .conftest import Ingest

EN = ("The lock keepers of Port Ammerin ended their strike on Thursday after the council agreed to hire "
      "twelve more keepers for the northern locks, a spokesman said.")
FR = ("Les gardiens des écluses de Port Ammerin ont mis fin jeudi à leur grève après que le conseil a accepté "
      "d'embaucher douze gardiens de plus pour les écluses du nord, a déclaré un porte-parole.")


def test_detect_language_english_and_french() -> None:
    assert detect_language(EN)[0] == "en"
    lang, confidence = detect_language(FR)
    assert lang == "fr" and confidence >= 0.9


def test_release_model_frees_it_and_detection_loads_it_again() -> None:
    before = detect_language(FR)
    release_model()
    assert _identifier.cache_info().currsize == 0  # the cache no longer holds the model
    assert detect_language(FR) == before


def test_detect_language_short_text_is_none() -> None:
    assert detect_language("Locks reopen") == (None, 0.0)
    assert detect_language("Port Ammerin, Thursday.") == (None, 0.0)


def test_language_supported_follows_config(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "short.txt").write_text("Locks reopen.", encoding="utf-8")
    articles, problems = ingest(tmp_path)
    by_name = {Path(a.source or "").name: a for a in articles}
    assert by_name["en.txt"].language == "en" and by_name["short.txt"].language is None
    assert language_supported(by_name["en.txt"], Config())
    assert language_supported(by_name["short.txt"], Config())  # unknown is analyzed, not silently dropped
    assert not language_supported(by_name["fr.txt"], Config())
    assert language_supported(by_name["fr.txt"], Config(languages=("en", "fr")))
    assert language_problem(by_name["fr.txt"], Config(languages=("en", "fr"))) is None
    [problem] = problems
    assert problem.article == by_name["fr.txt"].id and not problem.skipped
    assert "'fr'" in problem.problem and "Config.languages" in problem.hint
