"""story@1 serialization: round trip, renamed fields, required shape."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.model import (
    Article,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    Mention,
    Participant,
    Quantity,
    Role,
    SourceFamily,
    Span,
    Story,
    StoryCluster,
    TimeValue,
    Timex,
    ValueReport,
    dumps,
    from_dict,
    read_story,
    to_dict,
    write_story,
)


def full_story() -> Story:
    text = "Minister Ana Vell resigned in Dorvik on Monday, officials said."
    art = Article(id="a1", text=text, title="Vell resigns", outlet="Dorvik Daily", url="https://x.example/1",
                  published="2024-05-06", published_granularity="day", credit="PNA", language="en",
                  removed=("Leave a Reply",), notes=("*note",), metadata={"section": "world"})
    ent = Entity(id="ent:vell", name="Ana Vell", type="PERSON", aliases={"Ana Vell": 2, "Vell": 1},
                 mentions=(Span("a1", 9, 17, "Ana Vell"),), types={"PERSON": 3},
                 roles=(Role("Minister", "a1", 0, 8, date="2024-05-06"),))
    ev = Event(id="ev:1", type="RETREAT", subtype="resignation",
               date=TimeValue("2024-05-06", "Monday", "day", "2024-05-06", "2024-05-06", 0.9, "clause"),
               location="ent:dorvik", location_text="Dorvik",
               participants=(Participant("actor", "Ana Vell", 9, 17, entity="ent:vell"),),
               fatalities=Quantity(min=3, max=None, text="more than 3", qualifier="more than"),
               mentions=(Span("a1", 18, 26, "resigned"),),
               conflicts={"fatalities": (ValueReport({"min": 3}, ("a1:ev1",)), ValueReport({"min": 5}, ("a2:ev1",)))},
               corroboration=Corroboration(articles=2, independent_sources=1, outlets=("Dorvik Daily",),
                                           credibility=3))
    claim = Claim(id="c1", article="a1", start=0, end=len(text), speaker=None, speaker_text="officials",
                  cue="said", content="Minister Ana Vell resigned in Dorvik on Monday", speaker_type="anonymous")
    return Story(articles=[art], entities=[ent],
                 timexes=[Timex("a1", 40, 46, "Monday", "DATE", "2024-05-06", "dct:2024-05-06", "weekday")],
                 events=[ev], claims=[claim, replace(claim, id="c2", polarity="deny")],
                 claim_links=[ClaimLink("denies", "c2", "c1", 0.8, (Span("a1", 0, 5, "Minis"),), "denial cue")],
                 stories=[StoryCluster("st:1", "Vell", ("a1",))],
                 source_families=[SourceFamily("fam:1", ("a1",), "credit PNA", "PNA")],
                 claim_support={"c1": Corroboration(1, 1)}, meta={"run": 1})


def test_story_round_trip_is_lossless(tmp_path: Path) -> None:
    story = full_story()
    path = tmp_path / "story.json"
    write_story(story, path)
    again = read_story(path)
    assert again == story
    assert again.to_json() == story.to_json()


def test_story_json_uses_contract_names() -> None:
    data = full_story().to_json()
    assert data["schema"] == "story@1"
    assert data["claim_links"][0]["from"] == "c2" and "from_" not in data["claim_links"][0]
    assert data["entities"][0]["aliases"] == ["Ana Vell", "Vell"]  # most frequent first
    assert data["entities"][0]["alias_counts"] == {"Ana Vell": 2, "Vell": 1}
    assert data["events"][0]["date"]["value"] == "2024-05-06"
    assert data["events"][0]["fatalities"] == {"min": 3, "max": None, "text": "more than 3",
                                               "qualifier": "more than", "group": None}
    json.dumps(data)  # plain JSON


def test_story_event_without_date_exports_null_value() -> None:
    data = Story(events=[Event(id="e", type="ASSAULT")]).to_json()
    assert data["events"][0]["date"] == {"value": None, "text": None}
    assert Story.from_json(data).events[0].date is None


def test_story_from_json_rejects_other_schema() -> None:
    import pytest

    with pytest.raises(ValueError, match="story@1"):
        Story.from_json({"schema": "story@0"})


def test_dumps_is_the_json_of_to_dict() -> None:
    """The store's compact JSON, written by the C encoder asking only for dataclasses, is the text
    ``json.dumps(to_dict(x))`` gives, for a whole story's objects and for values that ``to_dict`` converts."""
    story = full_story()
    objs: list[object] = [*story.articles, *story.entities, *story.events, *story.claims, *story.claim_links,
                          *story.stories, *story.source_families, *story.claim_support.values(), story,
                          {"n": 1, "x": (1.5, None, "Orvaní"), "nested": [{"k": Span("a1", 0, 3, "Sarn")}]},
                          {3: "int key"}, {("a", "b"): "tuple key, made a string by to_dict"}]
    for obj in objs:
        assert dumps(obj) == json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def test_from_dict_shares_one_copy_of_a_short_text() -> None:
    """Short text fields read back are one shared object per text (an article id in every mention), long ones
    are left as decoded; the values are equal either way."""
    long = "Minister of the Interior of the Republic of Valdora"
    raw = [json.loads(json.dumps({"article": "orvani-17", "start": k, "end": k + 3, "text": long, "label": "ORG"}))
           for k in range(2)]
    first, second = (from_dict(Mention, d) for d in raw)
    assert first.article == second.article == "orvani-17" and first.article is second.article
    assert first.label is second.label and first.text == second.text == long and first.text is not second.text


def test_from_dict_shares_one_object_per_offset() -> None:
    """Offsets read back are one shared object per number (a decoded number above 256 is a new object each time);
    values outside the shared range, floats and booleans are left as decoded."""
    raw = [json.loads(json.dumps({"article": "sarn-3", "start": 1200, "end": 70000, "text": "Tolvar", "label": "GPE"}))
           for _ in range(2)]
    first, second = (from_dict(Mention, d) for d in raw)
    assert first.start == second.start == 1200 and first.start is second.start
    assert first.end == second.end == 70000
    tv = from_dict(TimeValue, {"value": "2031", "confidence": 1})
    assert tv.confidence == 1


def test_from_dict_reads_an_entity_s_spans_as_from_dict_would() -> None:
    """An entity's mentions (a stored span of four fields, read at once) come back as :func:`from_dict` gives
    them field by field, with shared texts and offsets; a span of another shape (a key it does not know, one
    missing) still goes through it."""
    raw = json.loads(json.dumps({"id": "ent:tolvar", "name": "Tolvar", "type": "GPE", "aliases": {"Tolvar": 2},
                                 "mentions": [{"article": "sarn-3", "start": 1200, "end": 1206, "text": "Tolvar"},
                                              {"article": "sarn-4", "start": 5, "end": 11, "text": "Tolvar",
                                               "note": "x"}],
                                 "metonymy": [{"article": "sarn-3", "start": 1200, "end": 1206, "text": "Tolvar"}]}))
    e = from_dict(Entity, raw)
    assert e.mentions == (Span("sarn-3", 1200, 1206, "Tolvar"), Span("sarn-4", 5, 11, "Tolvar"))
    assert e.mentions[0].article is e.metonymy[0].article and e.mentions[0].start is e.metonymy[0].start
    with pytest.raises(TypeError):  # a span without its text is no span, read either way
        from_dict(Entity, {"id": "e", "name": "n", "type": "T", "mentions": [{"article": "a", "start": 1, "end": 2}]})


def test_frozen_model_objects_keep_their_fields_in_slots() -> None:
    """The analyses a fusion holds (millions of mentions, events, claims and time values on a large store) carry
    no per-object ``__dict__``; they still pickle (``--workers``), compare, hash and ``replace`` as before."""
    import pickle

    story = full_story()
    for obj in [*story.articles, *story.entities, *story.events, *story.claims, *story.claim_links,
                *story.stories, *story.source_families, Span("a1", 0, 4, "Sarn")]:
        assert not hasattr(obj, "__dict__"), type(obj).__name__
        assert pickle.loads(pickle.dumps(obj)) == obj
    span = Span("a1", 0, 4, "Sarn")
    assert hash(span) == hash(Span("a1", 0, 4, "Sarn")) and replace(span, end=3).end == 3
