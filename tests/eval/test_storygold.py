"""The story-gold scorer on small hand-made story@1 exports (fictional), category by category."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from storyline.cli import app
from storyline.eval.storygold import _report_ok, norm, resolve_articles, score_story

TEXT_A = "A bomb exploded in Dunmore on Tuesday. Police said at least 12 were killed. Skip to content"
TEXT_B = "The Dunmore bombing killed 14 people, officials said. Days later gunmen raided Pell."


def _story(**over: Any) -> dict[str, Any]:
    story: dict[str, Any] = {
        "articles": [
            {"id": "a1", "source": "corpus/01_one.md", "title": "One", "text": TEXT_A, "credit": None},
            {"id": "a2", "source": "corpus/feed.rss", "title": "Two", "text": TEXT_B, "credit": "XNA"},
            {"id": "a3", "source": "corpus/feed.rss", "title": "Three", "text": TEXT_B, "credit": "XNA"},
        ],
        "entities": [{"id": "e1", "name": "Dunmore", "type": "GPE", "aliases": ["Dunmore"], "mentions": []},
                     {"id": "e2", "name": "Pell", "type": "ORG", "aliases": ["Pell"], "mentions": []}],
        "timexes": [{"article": "a1", "text": "Tuesday", "value": "2031-03-04"}],
        "events": [
            {"id": "ev1", "type": "ASSAULT", "date": {"value": "2031-03-04"}, "location": "e1", "participants": [],
             "fatalities": {"min": 14, "max": 14}, "modality": "asserted",
             "conflicts": {"fatalities": [{"value": 12, "sources": ["a1"]}, {"value": 14, "sources": ["a2"]}]},
             "reports": [{"kind": "killed", "min": 12, "max": None, "qualifier": "at least", "article": "a1"}],
             "mentions": [{"article": "a1", "start": 2, "end": 6}, {"article": "a2", "start": 12, "end": 19}]},
            {"id": "ev2", "type": "ASSAULT", "date": {"value": "2031-03-07"}, "location": None, "participants": [],
             "mentions": [{"article": "a2", "start": 66, "end": 72}]},
        ],
        "claims": [{"id": "c1", "article": "a1", "start": 39, "end": 73, "speaker": None, "speaker_text": "Police",
                    "cue": "said", "content": "at least 12 were killed", "polarity": "assert"}],
        "claim_links": [],
        "source_families": [{"id": "f1", "articles": ["a2", "a3"]}, {"id": "f2", "articles": ["a1"]}],
    }
    story.update(over)
    return story


GOLD: dict[str, Any] = {
    "articles": {"A": {"file": "01_one.md"}, "B": {"file": "feed.rss", "title": "Two"},
                 "C": {"file": "feed.rss", "title": "Three"}},
    "boilerplate": [{"article": "A", "text": "Skip to content"}],
    "credits": [{"article": "B", "credit": "XNA"}],
    "entities": [{"id": "DUNMORE", "type": "GPE", "aliases": ["Dunmore"], "not_with": []},
                 {"id": "PELL", "type": "GPE", "aliases": ["Pell"], "not_with": []}],
    "timexes": [{"article": "A", "text": "Tuesday", "value": "2031-03-04"}],
    "events": [
        {"id": "BOMBING", "kind": "attack", "date": "2031-03-04", "location": "DUNMORE", "articles": ["A", "B"],
         "mentions": [{"article": "A", "text": "A bomb exploded"}, {"article": "B", "text": "Dunmore bombing"}],
         "tolls": {"killed": {"headline": {"min": 14, "max": 14}, "conflict": True,
                              "reports": [{"article": "A", "min": 12, "max": None, "qualifier": "at least"},
                                          {"article": "B", "min": 14, "max": 14}]}}},
        {"id": "RAID", "kind": "attack", "date": "2031-03-07", "articles": ["B"],
         "mentions": [{"article": "B", "text": "gunmen raided Pell"}]},
    ],
    "claims": [{"id": "POLICE", "article": "A", "contains": "12 were killed", "speaker_any": ["police"],
                "polarity": "assert"}],
    "claim_links": [],
    "source_families": [{"id": "WIRE", "articles": ["B", "C"]}, {"id": "ONE", "articles": ["A"]}],
}


def test_norm_strips_articles_titles_and_possessives() -> None:
    assert norm("The Minister Lucia Brannock's") == "lucia brannock"
    assert norm('"HTK*"') == "htk"


def test_resolve_articles_by_file_and_title() -> None:
    keys, problems = resolve_articles(_story(), GOLD)
    assert keys == {"A": "a1", "B": "a2", "C": "a3"} and problems == []
    keys, problems = resolve_articles(_story(), {"articles": {"X": {"file": "feed.rss"}}})
    assert keys["X"] == "unresolved:X" and "2 articles" in problems[0]


def test_score_story_counts_every_category() -> None:
    report = score_story(_story(), GOLD)
    assert report.scores["cleaning"] == (1, 2)  # boilerplate left in the text; the credit is recorded
    assert report.scores["entities"] == (2, 2) and report.scores["entity types"] == (1, 2)
    assert report.scores["timexes"] == (1, 1) and report.scores["claims"] == (1, 1)
    assert report.scores["events"] == (2, 2) and report.scores["event splits"] == (2, 2)
    assert report.scores["event merges"] == (2, 2) and report.scores["event dates"] == (2, 2)
    assert report.scores["tolls"] == (1, 1) and report.scores["toll conflicts"] == (1, 1)
    assert report.scores["toll reports"] == (1, 2)
    assert report.scores["source families"] == (2, 2)
    assert any("PELL" in m and "typed" in m for _, m in report.misses)
    assert any("report 14..14" in m for _, m in report.misses)


def test_score_story_sees_a_split_and_a_merge() -> None:
    story = _story()
    first, second = story["events"]
    second["mentions"].append({"article": "a1", "start": 2, "end": 6})  # the raid also holds the bombing
    first["mentions"] = [m for m in first["mentions"] if m["article"] == "a2"]
    report = score_story(story, GOLD)
    assert report.scores["event merges"] == (0, 2)
    assert report.scores["event splits"] == (1, 2)
    assert any("BOMBING" in m and "on 2 events" in m for c, m in report.misses if c == "event splits")


def test_score_story_toll_report_qualifiers_of_one_kind_agree() -> None:
    story = _story()
    story["events"][0]["reports"] = [
        {"kind": "killed", "min": 12, "max": None, "qualifier": "more than", "article": "a1"},
        {"kind": "injured", "min": 14, "max": 14, "article": "a2"}]
    report = score_story(story, GOLD)
    assert report.scores["toll reports"] == (1, 2)  # "more than 12" is a lower bound like "at least 12"; the other
    assert any("killed report 14..14" in m for _, m in report.misses)  # is an injured count, not a killed one


def test_score_story_flags_a_missing_conflict_and_joined_families() -> None:
    story = _story(source_families=[{"id": "f", "articles": ["a1", "a2", "a3"]}])
    story["events"][0]["conflicts"] = {}
    report = score_story(story, GOLD)
    assert report.scores["toll conflicts"] == (0, 1)
    assert report.scores["source families"] == (0, 2)


def test_score_story_paraphrase_linked_as_contradiction_is_a_miss() -> None:
    claims = [{"id": "c1", "article": "a1", "speaker_text": "Police", "content": "12 were killed",
               "polarity": "assert"},
              {"id": "c2", "article": "a2", "speaker_text": "officials", "content": "killed 14 people",
               "polarity": "assert"}]
    gold = dict(GOLD, claims=[
        {"id": "P", "article": "A", "contains": "12 were killed", "speaker_any": ["police"], "polarity": "assert"},
        {"id": "O", "article": "B", "contains": "killed 14", "speaker_any": ["officials"], "polarity": "assert"}],
        claim_links=[{"from": "O", "type": "supports", "to": "P"}])
    linked = score_story(_story(claims=claims, claim_links=[{"type": "supports", "from": "c1", "to": "c2"}]), gold)
    assert linked.scores["claim links"] == (1, 1)  # supports has no direction
    opposed = score_story(_story(claims=claims, claim_links=[{"type": "contradicts", "from": "c2", "to": "c1"}]), gold)
    assert opposed.scores["claim links"] == (0, 1)


def test_eval_examples_command_scores_a_given_export(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps(_story()), encoding="utf-8")
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["eval", "examples", str(tmp_path / "gold.json"), str(tmp_path / "story.json"),
                                      "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "events" in result.output and "miss:" in result.output
    figures = json.loads(out.read_text())
    assert figures["categories"]["events"] == {"ok": 2, "total": 2, "share": 1.0}
    missing = CliRunner().invoke(app, ["eval", "examples", str(tmp_path / "nope.json")])
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_kind_words_any_event_kind_is_scored() -> None:
    from storyline.eval.storygold import kind_words

    assert "flood" in kind_words({"kind": "disaster"})
    assert kind_words({"kind": "eclipse"}) == ("eclipse",)  # a kind the table does not know is its own word
    assert kind_words({"kind": "eclipse", "kind_words": ["astronomy"]}) == ("astronomy",)
    gold = json.loads(json.dumps(GOLD))
    gold["events"][1]["kind"] = "raid"
    gold["events"][1]["kind_words"] = ["assault"]
    score_story(_story(), gold)  # no KeyError on a kind outside the table


def _resign_story(resign_on_bombing: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    text = "A bomb exploded in Dunmore. The minister resigned after the bombing in Dunmore."
    resigned, bombing = text.index("resigned"), text.rindex("bombing")
    story = _story()
    story["articles"][0]["text"] = text
    bomb = {"id": "ev1", "type": "ASSAULT", "mentions": [{"article": "a1", "start": 2, "end": 6},
                                                       {"article": "a1", "start": bombing, "end": bombing + 7}]}
    resign = {"id": "ev2", "type": "RETREAT", "mentions": [{"article": "a1", "start": resigned, "end": resigned + 8}]}
    if resign_on_bombing:
        bomb["mentions"] += resign["mentions"]
    story["events"] = [bomb] if resign_on_bombing else [bomb, resign]
    gold = dict(GOLD, events=[
        {"id": "BOMBING", "kind": "attack", "articles": ["A"],
         "mentions": [{"article": "A", "text": "A bomb exploded"}, {"article": "A", "text": "the bombing in Dunmore"}]},
        {"id": "RESIGNATION", "kind": "resignation", "articles": ["A"],
         "mentions": [{"article": "A", "text": "resigned after the bombing in Dunmore"}]}])
    return story, gold


def test_score_story_quote_is_held_by_the_event_of_its_head() -> None:
    story, gold = _resign_story(resign_on_bombing=False)
    report = score_story(story, gold)  # the quote holds a bombing trigger, but its head is "resigned"
    assert report.scores["event merges"] == (2, 2) and report.scores["event splits"] == (2, 2)


def test_score_story_head_rule_still_sees_a_real_merge() -> None:
    story, gold = _resign_story(resign_on_bombing=True)
    report = score_story(story, gold)
    assert report.scores["event merges"] == (0, 2)


def test_score_story_quote_trigger_is_the_one_of_the_gold_kind() -> None:
    text = "A bomb exploded in Dunmore. The council condemned the bombing in Dunmore."
    condemned, bombing = text.index("condemned"), text.rindex("bombing")
    story = _story()
    story["articles"][0]["text"] = text
    story["events"] = [
        {"id": "ev1", "type": "ASSAULT", "mentions": [{"article": "a1", "start": 2, "end": 6},
                                                     {"article": "a1", "start": bombing, "end": bombing + 7}]},
        {"id": "ev2", "type": "DISAPPROVE", "mentions": [{"article": "a1", "start": condemned, "end": condemned + 9}]}]
    gold = dict(GOLD, events=[{"id": "BOMBING", "kind": "attack", "articles": ["A"], "mentions": [
        {"article": "A", "text": "A bomb exploded"}, {"article": "A", "text": "condemned the bombing in Dunmore"}]}])
    report = score_story(story, gold)  # the head is "condemned", but the quote tells the bombing
    assert report.scores["event splits"] == (1, 1)


def test_storygold_no_fewer_than_is_a_lower_bound_like_at_least() -> None:
    system = {"kind": "killed", "article": "a1", "min": 40, "max": None, "qualifier": "no less than"}
    assert _report_ok(system, {"article": "a1", "min": 40, "max": None, "qualifier": "at least"}, "killed")
    assert not _report_ok(system, {"article": "a1", "min": None, "max": 40, "qualifier": "less than"}, "killed")


def test_storygold_presumed_and_feared_dead_are_one_qualifier() -> None:
    system = {"kind": "killed", "article": "a1", "min": 62, "max": 62, "qualifier": "presumed"}
    assert _report_ok(system, {"article": "a1", "min": 62, "max": 62, "qualifier": "feared"}, "killed")
    assert not _report_ok(system, {"article": "a1", "min": 62, "max": 62, "qualifier": "at least"}, "killed")


def test_score_story_description_name_inside_the_describing_mention_is_no_reading() -> None:
    text = "The head of the Pell Observatory said the quake was shallow."
    story = _story(articles=[{"id": "a1", "source": "corpus/01_one.md", "title": "One", "text": text}],
                   entities=[{"id": "p1", "name": "Ilse Varga", "type": "PERSON", "aliases": ["Ilse Varga"],
                              "mentions": [{"article": "a1", "start": 4, "end": 32, "text": text[4:32]}]},
                             {"id": "o1", "name": "Pell Observatory", "type": "ORG", "aliases": ["Pell Observatory"],
                              "mentions": [{"article": "a1", "start": 16, "end": 32, "text": text[16:32]}]}],
                   events=[], claims=[], source_families=[])
    gold = {"articles": {"A": {"file": "01_one.md"}},
            "entities": [{"id": "VARGA", "type": "PERSON", "aliases": ["Ilse Varga"], "not_with": []},
                         {"id": "PELL", "type": "ORG", "aliases": ["Pell Observatory"], "not_with": []}],
            "descriptions": [{"article": "A", "text": "head of the Pell Observatory", "entity": "VARGA"}]}
    assert score_story(story, gold).scores["descriptions"] == (1, 1)
    story["entities"][0]["mentions"] = []  # only the observatory's name covers the description: a wrong reading
    report = score_story(story, gold)
    assert report.scores["descriptions"] == (0, 1)
