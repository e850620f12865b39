"""Acts carried by a gathering noun, a handing verb or a "re-" prefix (fictional texts)."""

from __future__ import annotations

import pytest

from tests.analyze.events.helpers import Events


def _parts(ev: object) -> set[tuple[str, str]]:
    return {(p.role, p.text) for p in ev.participants}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The commission said it had recorded 412 instances of arrests of marchers in Dovra.", "arrests", "COERCE"),
    ("Lesk sent Tolm a list of demands on Friday.", "demands", "REQUEST"),
])
def test_carriers_counted_set_is_one_incident(events_of: Events, text: str, word: str, type_: str) -> None:
    evs = [e for e in events_of(text) if e.text == word]
    assert evs and evs[0].type == type_ and evs[0].modality != "generic", [(e.text, e.modality) for e in evs]


def test_carriers_acts_on_particular_things_are_one_occasion(events_of: Events) -> None:
    evs = events_of("The army detained five aides of the governor. Searches of their homes, broadcast on state "
                    "television, showed piles of cash.")
    found = [e for e in evs if e.text == "Searches"]
    assert found and found[0].modality != "generic", [(e.text, e.modality) for e in evs]
    # (acts on any such things stay a habit told)
    evs = [e for e in events_of("Arrests of marchers have become common in Dovra.") if e.text == "Arrests"]
    assert all(e.modality == "generic" for e in evs)


def test_carriers_handed_demands_have_giver_and_recipient(events_of: Events) -> None:
    ev = next(e for e in events_of("Four neighbouring states have sent Tolmaria a list of 13 demands.")
              if e.text == "demands")
    assert ev.type == "REQUEST" and ("recipient", "Tolmaria") in _parts(ev)
    assert any(role == "actor" for role, _ in _parts(ev))


def test_carriers_received_demands_from_the_doer(events_of: Events) -> None:
    ev = next(e for e in events_of("Tolmaria received a list of demands from Vessaria on Friday.")
              if e.text == "demands")
    assert ("actor", "Vessaria") in _parts(ev) and ("recipient", "Tolmaria") in _parts(ev)


def test_carriers_handed_ultimatum_targets_whom_it_is_given(events_of: Events) -> None:
    ev = next(e for e in events_of("The commander handed the rebels an ultimatum on Monday.") if e.type == "THREATEN")
    assert ("target", "rebels") in _parts(ev) and any(role == "actor" for role, _ in _parts(ev))


def test_carriers_delivered_aid_is_an_act(events_of: Events) -> None:
    ev = next(e for e in events_of("The ministry delivered aid to the villagers on Monday.") if e.text == "aid")
    assert ev.type == "AID" and ("recipient", "villagers") in _parts(ev)


def test_carriers_prefix_re_repeats_the_act(events_of: Events) -> None:
    evs = events_of("The opposition leader was rearrested twice in December.")
    assert any(e.text == "rearrested" and (e.type, e.subtype) == ("COERCE", "arrest") for e in evs)
    # (a word that only looks so keeps its sense: "refine" is no fine again, "recoup" no coup)
    assert not events_of("The company refined its plans for the new port. The firm recouped its losses in the "
                         "valley.")


def test_carriers_interrogation_is_investigation_of_its_target(events_of: Events) -> None:
    ev = next(e for e in events_of("A bureau team on Saturday started interrogation of three railway officials.")
              if e.text == "interrogation")
    assert ev.type == "INVESTIGATE" and ("target", "officials") in {(r, t.split()[-1]) for r, t in _parts(ev)}
