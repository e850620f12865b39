"""Tests for storyline.eval.event_types: each short text is analyzed and fused on its own."""

from __future__ import annotations

from storyline.eval.event_types import text_events


def test_text_events_fuses_each_text_as_its_own_corpus() -> None:
    # the same incident told twice: fused together it would be one event; two unrelated records stay two
    text = "A car bomb exploded outside a police station in Nairobi, killing four officers."
    per_text, by_mention, _ = text_events([text, text])
    assert all(per_text), per_text  # each text has its story's events
    ids = [{te.event.id for te in events} for events in per_text]
    assert not ids[0] & ids[1]
    assert {te.event.type for te in per_text[0]} == {te.event.type for te in per_text[1]} == {"ASSAULT"}
    assert all(by_mention[te.mention.id] is te.event for events in per_text for te in events)
    # every mention a text's event holds is from that text
    assert all(mid.startswith(f"t{n}:") for n, events in enumerate(per_text) for te in events
               for mid in te.event.mention_ids)
