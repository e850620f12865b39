"""Casualty figures ACLED-style: qualifiers, vague quantities, ranges, victim groups, and how a figure is told
(a new total, a change, an increment, an earlier figure, a part of the toll)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.events.casualties import aboard_deaths, casualty_at, count_phrases, cue_kind, group_totals
from storyline.model import Figure

Figures = Callable[[str], list[Figure]]


@pytest.fixture(scope="module")
def figures(nlp) -> Figures:  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Figure]:
        doc = nlp(text)
        out: list[Figure] = []
        for sent in doc.sents:
            counts = count_phrases(sent)
            for tok in sent:
                if cue_kind(tok):
                    found = casualty_at(tok, counts)
                    if found is not None and (found.kind, found.start) not in {(f.kind, f.start) for f in out}:
                        out.append(found)
        return out

    return run


def _one(figures: Figures, text: str, kind: str = "killed") -> Figure:
    found = [f for f in figures(text) if f.kind == kind]
    assert found, f"no {kind} figure in {text!r}"
    return found[0]


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("The blast killed more than 100 people.", 100, None),
    ("Over 100 people lost their lives in the attack.", 100, None),
    ("At least 12 civilians were injured.", 12, None),
    ("Dozens of villagers were killed.", 12, None),
    ("Scores of people were wounded.", 20, None),
    ("Hundreds of people died in the fighting.", 100, None),
    ("The clash left 10 to 12 people dead.", 10, 12),
    ("Nearly 50 people were killed.", None, 50),
    ("Four paramilitary personnel were killed.", 4, 4),
    ("Bandits abducted no less than 40 villagers.", 40, None),
    ("Not fewer than 15 people died in the fire.", 15, None),
])
def test_casualties_qualifiers(figures: Figures, text: str, lo: int | None, hi: int | None) -> None:
    found = figures(text)
    assert found, text
    assert (found[0].min, found[0].max) == (lo, hi)


def test_casualties_group_and_kind(figures: Figures) -> None:
    killed = _one(figures, "The army confirmed the deaths of two soldiers.")
    assert killed.min == 2 and killed.group == "soldiers"
    injured = _one(figures, "Five policemen were wounded in the ambush.", "injured")
    assert injured.group == "policemen"
    assert _one(figures, "Gunmen abducted three aid workers.", "abducted").min == 3
    assert _one(figures, "Police said three suspects had been taken into custody.", "arrested").min == 3
    assert _one(figures, "Eleven people are still missing after the blast.", "missing").min == 11


def test_casualties_span_points_at_the_count(nlp, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    text = "At least 12 people were killed in the market."
    f = _one(figures, text)
    assert text[f.start:f.end] == "At least 12 people"


def test_casualties_years_and_dates_are_not_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("In 2019, 30 people were killed on 12 March.")
    values = [(c.min, c.max) for c in count_phrases(next(iter(doc.sents)))]
    assert (30, 30) in values and (2019, 2019) not in values


def test_casualties_change_of_toll_is_the_new_total_never_a_range(figures: Figures) -> None:
    f = _one(figures, "The death toll rose by one to 101 on Monday.")
    assert (f.min, f.max) == (101, 101) and f.revision == "up"
    moved = _one(figures, "The toll rose from 12 to 14.")
    assert (moved.min, moved.max, moved.previous, moved.revision) == (14, 14, 12, "up")
    # negative: a real range stays a range
    rng = _one(figures, "Between 10 and 12 people were killed.")
    assert (rng.min, rng.max) == (10, 12) and rng.revision is None
    # "by two to 16 on Saturday" (the parser reads "16 on Saturday" as a date) still gives the total
    late = _one(figures, "The death toll rose by two to 16 on Saturday.")
    assert (late.min, late.max, late.revision) == (16, 16, "up")
    # negative: a bare change gives no total
    assert not figures("The death toll rose by two on Sunday.")
    assert _one(figures, "Five people were killed by two gunmen.").min == 5


def test_casualties_revision_cues(figures: Figures) -> None:
    assert _one(figures, "Seven more succumbed, taking the death toll to 59.").revision == "up"
    assert _one(figures, "The death toll from the bombing stands at 14, officials said.").revision == "update"
    assert _one(figures, "Officials revised the death toll down to 9.").revision == "down"
    assert _one(figures, "At least 12 people were killed in the blast.").revision is None


def test_casualties_increments_give_no_total(figures: Figures) -> None:
    text = "Seven more people injured in the blast succumbed to their injuries overnight."
    assert not [f for f in figures(text) if f.kind == "killed"]
    assert not [f for f in figures(text) if f.kind == "injured"]  # "their injuries" caused the deaths
    assert not figures("Another two victims died in hospital.")
    assert _one(figures, "Two victims died in hospital.").min == 2  # negative: a plain count is one


def test_casualties_another_of_another_kind_is_a_count(figures: Figures) -> None:
    text = "Six police officers were killed and another 12 wounded in the attacks, the ministry said."
    assert _one(figures, text, "injured").min == 12  # other people than the dead, not more wounded
    # negative: "another" of the same kind as the toll before it still adds to it
    assert [f.min for f in figures("The toll rose to 14 as another two people died in hospital.")] == [14]


def test_casualties_earlier_figures(figures: Figures) -> None:
    assert _one(figures, "At least 52 people were killed initially, the health official said.").earlier
    assert _one(figures, "Initial reports said that at least 44 people were killed.").earlier
    assert _one(figures, "The explosion had left at least 42 people dead.").earlier
    assert not _one(figures, "At least 52 people were killed in the explosion.").earlier


def test_casualties_parts_of_the_toll(figures: Figures) -> None:
    assert _one(figures, "One police officer also died in the blast.").partial
    assert _one(figures, "A spokeswoman said two of the wounded died overnight.").partial
    assert not _one(figures, "Two police officers died in the blast.").partial
    # what a toll "included" is a part of it
    assert _one(figures, "The mayor confirmed the latest death toll, which included one child.").partial
    # "the wounded" names people already counted: no injured figure of its own
    assert not [f for f in figures("Several of the wounded were in a critical condition.") if f.kind == "injured"]


@pytest.mark.parametrize(("text", "lo", "hi", "qual"), [
    ("About seven thousand people were injured.", 7000, 7000, "about"),
    ("Two hundred and fifty people were wounded.", 250, 250, None),
    ("Twenty-five people were injured.", 25, 25, None),
    ("Some 1.2 million people were injured, officials said.", 1_200_000, 1_200_000, "some"),
    ("About 7,000 people were injured.", 7000, 7000, "about"),
    ("About 2 lakh people were injured.", 200_000, 200_000, "about"),  # South Asian scale words
    ("Some 1.5 crore people were injured.", 15_000_000, 15_000_000, "some"),
])
def test_casualties_number_words_with_scales(figures: Figures, text: str, lo: int, hi: int, qual: str | None) -> None:
    f = _one(figures, text, "injured")
    assert (f.min, f.max, f.qualifier) == (lo, hi, qual)


def test_casualties_numbers_in_a_row_are_not_one_number(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative: "12 killed and 50 injured" stays two counts, "two three" no number
    doc = nlp("Twelve were killed and fifty were injured.")
    assert [(c.min, c.max) for c in count_phrases(next(iter(doc.sents)))] == [(12, 12), (50, 50)]


@pytest.mark.parametrize(("text", "lo", "hi", "qual"), [
    ("At least 2,400 people died after the storm.", 2400, None, "at least"),
    ("Almost 1,700 people died in the disaster.", None, 1700, "almost"),
    ("The agency says it has confirmed close to 1,600 deaths.", None, 1600, "close to"),
    ("They had registered 1200 deaths only in the river town.", 1200, 1200, None),
    ("KERETH-\u2018At least 1,900 people have died.", 1900, None, "at least"),
    ("The number of deaths in the city exceeded 6,100 people, the ministry said.", 6100, None, "more than"),
    ("The president declared a day of mourning to honor the 58 lives lost.", 58, 58, None),
    ("At least 6,100 people have lost their lives.", 6100, None, "at least"),
])
def test_casualties_figures_outside_attack_wording(figures: Figures, text: str, lo: int | None, hi: int | None,
                                                   qual: str | None) -> None:
    f = _one(figures, text)
    assert (f.min, f.max, f.qualifier) == (lo, hi, qual)


def test_casualties_toll_nouns_give_their_verbs_total(figures: Figures) -> None:
    f = _one(figures, "The number of people killed in the attack has risen to 93, the committee said.")
    assert (f.min, f.max, f.revision) == (93, 93, "up")
    f = _one(figures, "The death toll has risen to at least 9,700, a relief agency said.")
    assert (f.min, f.max, f.revision) == (9700, None, "up")
    # negative: a toll named in passing takes no figure that is merely near it
    text = "More than 2,800 people died, according to the latest official toll, and 10,000 or more are missing."
    assert [(f.min, f.max) for f in figures(text) if f.kind == "killed"] == [(2800, None)]


def test_casualties_trailing_or_more_is_a_lower_bound(figures: Figures) -> None:
    f = _one(figures, "Aid groups said 10,000 or more people are missing.", "missing")
    assert (f.min, f.max, f.qualifier) == (10000, None, "at least")


@pytest.mark.parametrize("text", ["270+ people were killed in the floods.", "The floods killed 270-plus people.",
                                  "The floods killed 270 plus people."])
def test_casualties_a_trailing_plus_is_more_than(figures: Figures, text: str) -> None:
    f = _one(figures, text)
    assert (f.min, f.max, f.qualifier) == (270, None, "more than")


@pytest.mark.parametrize("text", [
    "The state will pay a compensation of 5 lakh each to the families of those killed.",  # no currency
    "A fine of 10,000 was imposed on the company whose bus killed people.",
    "The state declared Rs. 1.5 lakh to the kin of the dead and Rs. 50,000 to those seriously injured.",
])
def test_casualties_a_sum_is_no_count_even_without_its_currency(figures: Figures, text: str) -> None:
    assert not figures(text)


def test_casualties_a_subset_is_not_the_toll(figures: Figures) -> None:
    assert _one(figures, "Of those who were killed, at least 145 were Egyptian, officials said.").partial
    # negative: the deaths of a group are that group's toll
    assert not _one(figures, "The army confirmed the deaths of two soldiers.").partial


def test_casualties_still_in_hospital_is_not_the_injured_total(figures: Figures) -> None:
    text = "By Wednesday afternoon, 80 people injured in the attack, including six children, remained in hospital."
    assert _one(figures, text, "injured").partial
    # negative: "remain missing" is the missing count itself
    assert not _one(figures, "Ten people remain missing after the flood.", "missing").partial


def test_casualties_one_count_for_killed_and_wounded_is_neither(figures: Figures) -> None:
    assert not figures("The group said it attacked a large gathering, killing and wounding hundreds.")
    # negative: each verb with its own count keeps it
    both = figures("The gunmen killed at least 40 people and injured more than 100.")
    assert {(f.kind, f.min) for f in both} == {("killed", 40), ("injured", 100)}


def test_casualties_a_guess_about_the_toll_is_no_figure(figures: Figures) -> None:
    assert not figures("The mayor said the death toll could very well cross the 20,000 mark.")
    assert not figures("The toll may rise to 50 as rescuers search the rubble.")
    assert _one(figures, "The attack killed 30 people.").min == 30  # negative: a report is one


def test_casualties_places_and_things_are_not_victims(figures: Figures) -> None:
    assert not figures("Today two towns in the province are burying their dead.")
    assert _one(figures, "Three gunmen were killed by police.").min == 3  # negative: people are victims


def test_casualties_the_object_names_the_victims_before_the_subject(figures: Figures) -> None:
    f = _one(figures, "Two attackers killed 12 people.")
    assert (f.min, f.text) == (12, "12 people")


def test_casualties_rose_past_is_more_than_a_new_total(figures: Figures) -> None:
    f = _one(figures, "The death toll from the earthquake rose past 12,000 Tuesday as soldiers reached the villages.")
    assert (f.min, f.max, f.qualifier, f.revision) == (12000, None, "more than", "up")


def test_casualties_and_joins_a_range_only_after_between(figures: Figures) -> None:
    text = "The death toll in the attack has now risen to 40 and 67 people were still in hospitals for treatment."
    killed = _one(figures, text)
    assert (killed.min, killed.max, killed.revision) == (40, 40, "up")
    assert _one(figures, "Between 10 and 12 people were killed.").max == 12  # negative: "between" makes one


def test_casualties_earlier_words_date_only_their_own_figure(figures: Figures) -> None:
    found = figures("State TV said two police officers were killed, lowering an earlier death toll of three.")
    assert {(f.min, f.earlier) for f in found} == {(2, False), (3, True)}
    assert _one(figures, "The sheriff raised the death toll from 13 as crews searched the river.").earlier


def test_casualties_how_badly_counts_a_part_of_the_injured(figures: Figures) -> None:
    text = "Additionally, 60 people had sustained severe injuries, and 5 children were also injured."
    assert {(f.min, f.partial) for f in figures(text) if f.kind == "injured"} == {(60, True), (5, True)}
    assert _one(figures, "Three were seriously wounded.", "injured").partial
    plain = _one(figures, "Twelve people suffered injuries in the blast.", "injured")  # negative: the count itself
    assert (plain.min, plain.partial) == (12, False)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("The attack claimed the lives of 23 people, police said.", 23, 23),
    ("At least a dozen people were killed.", 12, None),
    ("Nearly two dozen people died in the stampede.", None, 24),
])
def test_casualties_more_ways_to_tell_deaths(figures: Figures, text: str, lo: int | None, hi: int | None) -> None:
    f = _one(figures, text)
    assert (f.min, f.max) == (lo, hi)


def test_casualties_a_body_without_a_count_is_none(figures: Figures) -> None:
    assert not figures("A body was found in the river.")
    assert not figures("The governing body met on Monday with two delegations.")


def test_casualties_revised_down_with_the_toll_between(figures: Figures) -> None:
    text = ("The health department on Tuesday revised the death toll from last week's market bombing in Sarn down "
            "to 15, saying one victim had been counted twice.")
    f = _one(figures, text)
    assert (f.min, f.revision) == (15, "down")
    assert _one(figures, "The number of wounded, 31, was unchanged.", "injured").min == 31


def test_casualties_a_hedged_report_is_still_a_report(figures: Figures) -> None:
    f = _one(figures, "A nurse said up to seven officers may have died, but police would confirm only five deaths.")
    assert (f.min, f.max, f.qualifier) == (None, 7, "up to")
    assert {f.min for f in figures("Police would confirm only five deaths by Sunday evening.")} == {5}


def test_casualties_more_wounded_after_the_dead_are_others(figures: Figures) -> None:
    f = _one(figures, "Five police officers were killed. Eight more officers were wounded, two of them seriously.",
             "injured")
    assert (f.min, f.max) == (8, 8)
    assert not figures("Two more people died in hospital.")  # negative: more dead add to the toll
    assert not [f for f in figures("Another two were injured overnight.") if f.kind == "injured"]


def test_casualties_feared_dead_are_not_counted_dead(figures: Figures) -> None:
    found = figures("Rescuers were still looking for about 100 people missing and feared dead.")
    assert [(f.kind, f.min) for f in found] == [("missing", 100)]
    assert not figures("Ten miners were believed dead after the collapse.")
    assert _one(figures, "Ten miners were found dead after the collapse.").min == 10  # negative: found dead count


@pytest.mark.parametrize("text", ["More than 20 workers were feared trapped and likely dead in the Dorvan pit.",
                                  "Twenty workers were trapped and probably dead, officials said."])
def test_casualties_likely_dead_are_not_counted_dead(figures: Figures, text: str) -> None:
    assert not [f for f in figures(text) if f.kind == "killed"]


def test_casualties_may_be_missing_is_a_hedged_report(figures: Figures) -> None:
    f = _one(figures, "Aid groups have said 10,000 or more people may be missing.", "missing")
    assert (f.min, f.max) == (10000, None)
    assert not figures("Officials warned that the storm could kill thousands.")  # negative: a guess


def test_casualties_a_bare_number_given_a_total_counts_the_sentences_casualties(figures: Figures) -> None:
    f = _one(figures, "Medics had initially put the number at 40, and a spokesman warned that the death toll "
                      "could still climb.")
    assert (f.min, f.max, f.earlier) == (40, 40, True)
    assert not figures("The ministry put the number at 40 and said more buses would run on Monday.")
    assert not figures("A key figure in the group was killed on Monday.")


@pytest.mark.parametrize("text", [
    "Rescuers said the Jetmaker 900 airliner was destroyed and everyone aboard was killed.",
    "The victims of flight 409 were identified; relatives of the dead were paid Rs 40,000 each.",
    "A case of causing death by negligence was registered under section 118 of the penal code.",
])
def test_casualties_model_designator_or_money_is_no_count(figures: Figures, text: str) -> None:
    assert not [f for f in figures(text) if f.min in (900, 171, 50_000, 304)], figures(text)


@pytest.mark.parametrize("text", [
    "A 6.0-magnitude earthquake struck the valley on Sunday, officials said, and hundreds died.",
    "A magnitude 6 earthquake killed hundreds in the valley.",
    "A 7-magnitude quake killed hundreds in the valley.",
    "The survivors have two choices: to leave the valley or to die.",
])
def test_casualties_magnitude_or_a_count_of_things_is_no_toll(figures: Figures, text: str) -> None:
    assert not [f for f in figures(text) if f.min in (6, 7, 2)], figures(text)


@pytest.mark.parametrize("text", [
    "More than 90 per cent of those killed in the Sarn floods were farmers, and 14 people died in all.",
    "Officials said more than 90 percent of the dead were women; 14 people were killed.",
    "About 90% of the victims were elderly, and the floods killed 14 people in Tolvar.",
])
def test_casualties_a_percentage_is_never_a_toll(figures: Figures, text: str) -> None:
    found = [f.min for f in figures(text) if f.kind == "killed"]
    assert 90 not in found and 14 in found, figures(text)


@pytest.mark.parametrize("text", [
    "A 6.0-magnitude earthquake killed 800 people.",
    "The 7-magnitude quake killed 800 people.",
    "A magnitude 6 quake killed 800 people.",
    "More than 800 people died when a magnitude 6.0 tremor struck the valley.",
])
def test_casualties_a_reading_on_a_scale_is_no_count(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    counts = [c for s in nlp(text).sents for c in count_phrases(s)]
    assert [c.min for c in counts] == [800], counts


def test_casualties_all_but_n_of_m_is_the_rest(figures: Figures) -> None:
    killed = _one(figures, "The crash killed all but one of the 188 passengers on board.")
    assert (killed.min, killed.max) == (187, 187)


def test_casualties_all_but_n_alone_is_no_count(figures: Figures) -> None:
    assert not [f for f in figures("All but one died in the crash.") if f.kind == "killed"]


@pytest.mark.parametrize(("text", "part"), [
    ("At least 24 people on the ground were killed when the jet crashed.", 24),
    ("All 150 on board were killed, and 12 people died on the ground.", 150),
    ("The crash killed 140 passengers and 12 people on the ground.", 140),
])
def test_casualties_aboard_or_on_the_ground_is_a_part(figures: Figures, text: str, part: int) -> None:
    found = [f for f in figures(text) if f.kind == "killed" and f.min == part]
    assert found and found[0].partial, figures(text)


def test_casualties_passengers_alone_are_the_toll(figures: Figures) -> None:
    killed = _one(figures, "The bus plunged into a gorge, killing 12 passengers.")
    assert killed.min == 12 and not killed.partial


def test_casualties_who_escaped_with_injuries_are_no_injured_toll(figures: Figures) -> None:
    assert not [f for f in figures("One passenger escaped with minor injuries.") if f.kind == "injured"]


def test_casualties_toll_in_a_published_preliminary_report_is_current(figures: Figures) -> None:
    killed = _one(figures, "A preliminary report released by the board on July 12 revealed that the jet crashed "
                           "on June 12, killing 260 people.")
    assert killed.min == 260 and not killed.earlier


@pytest.mark.parametrize("text", [
    "Initial reports said at least 44 people were killed.",
    "Initial reports released by the minister stated that 62 people were killed and 145 injured.",
])
def test_casualties_initial_reports_give_an_earlier_toll(figures: Figures, text: str) -> None:
    assert _one(figures, text).earlier


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("Omar Dalen and one of his bodyguards have been killed after their home was targeted.", 2, 2),
    ("The explosion killed Omar Dalen and two of his guards.", 3, 3),
    ("Two soldiers and a civilian were killed in the blast.", 3, 3),
    ("At least four soldiers and two police officers were killed.", 6, None),
    ("Two soldiers and several civilians were killed in the blast.", 2, 2),  # a conjunct with no count: as told
    ("The blast left at least 24 people dead and 46 injured.", 24, None),  # another kind's count
    ("At least 24 people were killed and 46 wounded.", 24, None),
])
def test_casualties_a_coordination_counts_all_its_victims(figures: Figures, text: str, lo: int,
                                                          hi: int | None) -> None:
    f = _one(figures, text)
    assert (f.min, f.max) == (lo, hi), f


@pytest.mark.parametrize(("text", "lo", "hi", "kind"), [
    ("The gunmen took away no fewer than 312 students and a teacher.", 313, None, "abducted"),
    ("They began shooting at their victims before taking away at least 280 of the pupils.", 280, None, "abducted"),
    ("Gunmen took 40 passengers hostage on the highway.", 40, 40, "abducted"),
])
def test_casualties_people_taken_away_or_hostage_are_abducted(figures: Figures, text: str, lo: int, hi: int | None,
                                                            kind: str) -> None:
    f = _one(figures, text, kind)
    assert (f.min, f.max) == (lo, hi), f


@pytest.mark.parametrize("text", [
    "Twelve people were taken to hospital after the blast.",
    "The second explosion took place one kilometre away and was outside the path of the mourners.",
    "The blast took place 700 metres away from the gate.",
])
def test_casualties_taken_to_hospital_or_a_distance_away_is_no_abduction(figures: Figures, text: str) -> None:
    assert not [f for f in figures(text) if f.kind == "abducted"]


@pytest.mark.parametrize("text", [
    "The death toll from a powerful earthquake that struck eastern Vardena has risen to over 800, the government "
    "spokesman said Monday, with the majority in remote Tesh province.",
    "The death toll from an earthquake that struck the region has risen to more than 800.",
])
def test_casualties_a_toll_parsed_apart_from_its_verb_takes_the_verb_s_figure(figures: Figures, text: str) -> None:
    # the parser hangs "has risen" under the relative clause and leaves "toll" the root or a loose dependent
    toll = _one(figures, text)
    assert toll.min == 800 and toll.max is None and toll.qualifier in ("over", "more than")


def test_casualties_a_toll_with_no_verb_of_change_takes_no_far_figure(figures: Figures) -> None:
    found = figures("The death toll from the storm that flattened the coast on Friday remains unclear after 40 "
                    "homes were destroyed.")
    assert not [f for f in found if f.kind == "killed" and f.min == 40]


class _Every:
    def __contains__(self, word: object) -> bool:
        return True


def test_count_phrases_skipping_plain_words_finds_the_same_counts(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Words no count can start with are passed over unweighed: the counts are those found weighing every word."""
    from storyline.analyze.events import casualties

    text = ("At least twenty-five people were killed and a dozen wounded in Orvani on Monday, and between 10 and "
            "12 others died later; dozens more, some 1.2 million residents, two hundred and fifty police and "
            "270+ soldiers were evacuated from Sarn, where 5 lakh had gathered. Several of the 1,200 passengers "
            "and another 12 crew, all but one of the 188 on board, survived. Hundreds fled; a 6.0-magnitude quake "
            "killed seven thousand.")
    sents = list(nlp(text).sents)
    found = [count_phrases(s) for s in sents]
    monkeypatch.setattr(casualties, "_COUNT_STARTS", _Every())
    assert [count_phrases(s) for s in sents] == found
    assert sum(map(len, found)) >= 10


@pytest.mark.parametrize(("text", "lo", "hi", "qual"), [
    ("Half a dozen soldiers were killed in the ambush.", 6, 6, None),
    ("About half a dozen people were wounded.", 6, 6, "about"),
    ("The quake killed at least 2,000 people and injured tens of thousands.", 10_000, None, "tens of thousands"),
    ("Hundreds of thousands of people were injured.", 100_000, None, "hundreds of thousands"),
    ("Tens of people were wounded in the clashes.", 10, None, "tens"),
    ("Thousands of people were injured.", 1000, None, "thousands"),  # unchanged: one vague word alone
])
def test_casualties_fractions_and_vague_scales(figures: Figures, text: str, lo: int, hi: int | None,
                                               qual: str | None) -> None:
    f = _one(figures, text, "killed" if "soldiers" in text else "injured")
    assert (f.min, f.max, f.qualifier) == (lo, hi, qual)


@pytest.mark.parametrize("text", [
    "The death toll in Orvani has gone up to 37, officials said.",
    "The death toll went up to 37 on Friday.",
    "Fresh deaths brought the death toll up to 37.",
    "Death toll from the Sarn quake up to 37: relief agency",  # a verbless headline
])
def test_casualties_gone_up_to_is_a_new_total(figures: Figures, text: str) -> None:
    f = _one(figures, text)
    assert (f.min, f.max, f.qualifier, f.revision) == (37, 37, None, "up")


@pytest.mark.parametrize("text", [
    "Up to 40 people were killed in the attack.",
    "Gunmen killed up to 40 people in Tolvar.",
])
def test_casualties_up_to_before_a_count_stays_a_bound(figures: Figures, text: str) -> None:
    f = _one(figures, text)
    assert (f.min, f.max, f.qualifier) == (None, 40, "up to")


def test_casualties_survivors_are_not_added_to_the_dead(figures: Figures) -> None:
    f = _one(figures, "So far we have found 61 bodies and five survivors in Sarn.")
    assert (f.min, f.max) == (61, 61)
    # negative: victims named side by side still add up
    assert (_one(figures, "Three soldiers and two civilians were killed in the ambush.").min) == 5


def test_casualties_a_toll_that_topped_its_count_is_more_than_it(figures: Figures) -> None:
    f = _one(figures, "The toll of the bombing in Valdora topped 20 dead, the ministry said.")
    assert (f.min, f.max, f.qualifier) == (20, None, "more than")


def test_casualties_all_aboard_with_a_part_of_them_is_the_whole(figures: Figures) -> None:
    f = _one(figures, "The jet crashed near Sarn on Tuesday, killing all 120 on board including 9 schoolchildren.")
    assert (f.min, f.partial) == (120, False)
    # negative: others counted beside those aboard leave them a part
    assert _one(figures, "The jet crashed, killing all 120 on board and 12 people on the ground.").partial


def test_casualties_a_carriers_flight_code_is_no_count(figures: Figures) -> None:
    f = _one(figures, "All 120 people on board flight XR 311 were killed when the jet hit a mountainside in Sarn.")
    assert (f.min, f.partial) == (120, False)  # 311 names the flight, so nobody else is counted


def test_casualties_a_breakdown_list_is_a_part(figures: Figures) -> None:
    f = _one(figures, "The airline gave casualty figures by country: Valdora: 41, Sarn: 35, Tolvar: 2, Orvani: 1.")
    assert (f.min, f.partial) == (41, True)
    # negative: one labelled count is no list ("Lesk: 12 people died in the blast")
    assert not _one(figures, "Lesk: 12 people died in the blast on Sunday.").partial


def test_casualties_a_toll_hung_under_another_verb_takes_its_own_verbs_total(figures: Figures) -> None:
    text = ("The death toll from a mudslide that hit the valley of Sarn triggered after a long storm increased to "
            "87 on Monday, as rescue teams kept up the search.")
    f = _one(figures, text)
    assert (f.min, f.max, f.revision) == (87, 87, "up")
    # under a dateline, the toll parsed as the city's apposition
    f = _one(figures, "Orvani, May 4 - The death toll from a mudslide that hit the valley of Sarn triggered after a "
                      "long storm increased to 87 on Monday, as rescue teams kept up the search.")
    assert (f.min, f.max, f.revision) == (87, 87, "up")


def test_casualties_a_toll_noun_never_takes_another_kinds_count(figures: Figures) -> None:
    text = ("The agency's spokesman confirmed the toll on Sunday, adding that over 300 others were badly injured and "
            "many were still buried under debris in Sarn.")
    assert [f.kind for f in figures(text)] == ["injured"]
    # negative: the toll's own count beside it still counts
    f = _one(figures, "The agency confirmed the toll at 212 on Sunday, adding that over 300 others were injured.")
    assert f.min == 212


def test_casualties_admitted_to_hospital_counts_the_injured(figures: Figures) -> None:
    f = _one(figures, "Over 150 people were admitted to hospitals after the crush at the fair in Sarn.", "injured")
    assert (f.min, f.max) == (150, None)
    assert _one(figures, "Forty people were hospitalised after the blast in Tolvar.", "injured").min == 40
    # negative: a named hospital's share is one site's count, not the toll ("six are admitted at the X Hospital")
    named = figures("Six people are admitted at Orvani Memorial Hospital in Lesk.")
    assert not [f for f in named if f.kind == "injured"]


def test_casualties_the_number_of_people_injured_takes_its_verbs_total(figures: Figures) -> None:
    text = "The number of people injured and admitted to the hospital in Tuesday's crush stands at 28."
    f = _one(figures, text, "injured")
    assert (f.min, f.max, f.revision) == (28, 28, "update")


def test_casualties_an_adjective_cue_counts_only_its_own_noun(figures: Figures) -> None:
    assert not figures("Many people kept searching for their missing relatives outside the clinic in Sarn.")
    # negative: the noun's own count is the figure
    assert _one(figures, "Rescuers are still looking for 12 missing miners in Tolvar.", "missing").min == 12


def test_casualties_a_denied_count_is_someones_claim_not_the_toll(figures: Figures) -> None:
    f = _one(figures, "Police have denied a report that the death toll from the crush in Sarn has exceeded 125.")
    assert (f.min, f.claimed) == (125, True)
    assert _one(figures, "Officials dismissed claims that more than 300 people had died in the flood.").claimed
    # negative: denying a role in an attack leaves the attack's toll standing
    assert not _one(figures, "The group denied any involvement in the attack that killed 12 people.").claimed
    assert not _one(figures, "The army denied that its jets killed 30 people in the market.").claimed  # who did it
    assert _one(figures, "Police denied that 40 people were killed in the crush.").claimed


def test_casualties_the_number_of_the_dead_is_a_toll(figures: Figures) -> None:
    f = _one(figures, "Four more villagers were reported dead on Sunday, bringing the total number of the dead to 351.")
    assert (f.min, f.max, f.revision) == (351, 351, "up")
    # negative: "the wounded" alone names people already counted
    assert _one(figures, "Two of the wounded died overnight.").partial


def test_casualties_new_dead_are_an_increment(figures: Figures) -> None:
    assert not figures("The four new dead were reported by their families in Sarn.")


def test_casualties_a_count_of_another_kind_in_a_list_stands_alone(figures: Figures) -> None:
    text = "The letter recorded 351 dead people including 129 men and 222 women and 394 injured."
    f = _one(figures, text, "injured")
    assert (f.min, f.max, f.partial) == (394, 394, False)
    # negative: a part of the same kind is still a part
    assert _one(figures, "The blast killed 12 people, including two police officers and a driver.").min == 12


def test_casualties_a_change_with_a_qualifier_is_no_total(figures: Figures) -> None:
    # "by more than 100" is how much the toll moved, "to 212" the new total
    low = _one(figures, "The ministry lowered the death toll by more than 100 to 212 on Thursday.")
    assert (low.min, low.max, low.revision) == (212, 212, "down")
    about = _one(figures, "Officials revised the toll down by about 80 to 140.")
    assert (about.min, about.max, about.revision) == (140, 140, "down")
    # a bare change under a revising verb gives no total
    assert not figures("Officials revised the death toll down by 97.")
    # negative: a count with "by" and no change verb stays a count
    assert _one(figures, "Nine people were killed by more than 20 gunmen.").min == 9


def test_casualties_down_or_up_from_an_older_total(figures: Figures) -> None:
    down = _one(figures, "The new number of dead was 212, down from an earlier total of 317.")
    assert (down.min, down.previous, down.revision, down.earlier) == (212, 317, "down", False)
    up = _one(figures, "The toll now stands at 64, up from 52 a day earlier.")
    assert (up.min, up.previous, up.revision) == (64, 52, "up")
    # the number after "down from" is the older figure when a casualty word counts it
    old = [f for f in figures("The toll fell to 212, down from 317 deaths.") if f.min == 317]
    assert old and old[0].earlier
    # negative: "up from the wreckage" names no older total
    assert _one(figures, "Rescuers pulled 12 bodies up from the wreckage.").previous is None


def test_casualties_up_from_at_the_end_of_the_counts_clause(figures: Figures) -> None:
    # ", up from 31" after the count's verb phrase sets the count against the older total all the same
    up = _one(figures, "At least 40 people have now died in the storm, up from 31 on Monday.")
    assert (up.min, up.previous, up.revision) == (40, 31, "up")
    # negative: with another count between, the older total is that count's ("12 were injured, up from nine")
    both = figures("At least 40 people died in the storm and 12 were injured, up from nine.")
    dead = [f for f in both if f.kind == "killed"]
    assert dead and dead[0].min == 40 and dead[0].previous is None and dead[0].revision is None


def test_casualties_a_toll_that_doubled_to_a_count_is_a_new_total(figures: Figures) -> None:
    for text in ("The death toll from the storm has doubled to 45.",
                 "The death toll from the floods has tripled to 45."):
        f = _one(figures, text)
        assert (f.min, f.revision) == (45, "up"), text
    # negative: a count that is no toll's level keeps no revision
    assert _one(figures, "Rebel shells killed 45 people in the town.").revision is None


def test_casualties_a_participle_raising_the_toll_makes_a_new_total(figures: Figures) -> None:
    f = _one(figures, "The attack killed 102 people, raising an earlier toll.")
    assert (f.min, f.revision) == (102, "up")
    # negative: a participle of another kind leaves the count plain
    assert _one(figures, "The attack killed 102 people, drawing condemnation.").revision is None


def test_casualties_a_count_that_names_its_kind_is_no_count_of_another(figures: Figures) -> None:
    text = "At least 12 dead bodies and more than 20 wounded were brought to the hospital."
    assert (_one(figures, text).min, _one(figures, text).qualifier) == (12, "at least")
    assert _one(figures, text, "injured").min == 20
    # negative: a bare count is still read with the cue it goes with
    assert _one(figures, "Twelve were killed and 20 were wounded.", "injured").min == 20


def test_casualties_an_additional_count_of_another_kind_a_few_words_on(figures: Figures) -> None:
    text = "The toll was revised down to 96, with an additional 263 individuals reported as injured."
    assert _one(figures, text, "injured").min == 263
    # negative: an additional count of the toll's own kind adds to it
    assert [f.min for f in figures("The toll rose to 14 after an additional two people died.")] == [14]


def test_casualties_a_figure_takes_the_day_its_own_clause_gives(analyzer, make_article) -> None:  # type: ignore[no-untyped-def]
    text = ("The interior minister on Thursday revised the death toll from the twin bombings in Tarvin from 109 "
            "to 96. In an interview on Wednesday, the health minister had revised the toll from 118 to 109. "
            "The toll from the attack on Tuesday has risen to 118.")
    res = analyzer.analyze(make_article(text, published="2031-05-08"))  # a Thursday
    days = {f.min: f.date for m in res.events for f in m.figures if f.kind == "killed"}
    assert days[109] == "2031-05-07"  # Wednesday's revision
    assert days[96] is None  # the publication day: no day of its own before it
    assert days[118] is None  # "on Tuesday" is the attack's, not the rise's
    # the day of the deed is not the day of the count: Thursday's report of Monday's dead is Thursday's count
    res = analyzer.analyze(make_article("A bomb killed 12 people at the bus station on Monday. Police said on "
                                        "Tuesday that 14 people were injured.", published="2031-05-08"))
    days = {(f.kind, f.min): f.date for m in res.events for f in m.figures}
    assert days[("killed", 12)] is None and days[("injured", 14)] == "2031-05-06"


def test_casualties_a_toll_revised_from_one_total_to_another_after_its_own_phrase(figures: Figures) -> None:
    text = "The minister revised the death toll from the twin bombings in Tarvin from 109 to 96."
    f = _one(figures, text)
    assert (f.min, f.previous, f.revision) == (96, 109, "down")
    # negative: "from" naming only the source of the toll gives no total
    assert not figures("The minister revised the death toll from the twin bombings in Tarvin.")


def test_casualties_a_subgroup_and_others_are_one_toll(figures: Figures) -> None:
    f = _one(figures, "Eight students and 120 others were killed in the blast.")
    assert (f.min, f.max, f.partial) == (128, 128, False)
    # negative: a subgroup beside a count of others told apart stays a part
    parts = figures("Twelve passengers were killed, and 17 people on the ground died.")
    assert all(p.partial for p in parts if p.min == 17)


def test_casualties_a_toll_under_down_and_a_toll_of_the_injured(figures: Figures) -> None:
    # "down" read as a preposition whose object is the toll: the verb above it gives the total
    f = _one(figures, "Police on Saturday revised down the death toll of the market bombing to 96 after a recount.")
    assert (f.min, f.revision) == (96, "down")
    # "the toll of injured" counts the injured, however the adjective is parsed
    text = "The death toll in the blast has climbed to 32, taking the toll of injured to at least 150."
    assert [(g.kind, g.min) for g in figures(text)] == [("killed", 32), ("injured", 150)]
    # negative: the plain death toll stays the dead
    assert [(g.kind, g.min) for g in figures("The toll of the blast rose to 40.")] == [("killed", 40)]


def test_casualties_the_count_a_verb_revises_counts_what_the_sentence_before_counts(figures: Figures) -> None:
    text = ("Earlier, the minister had said the death toll from the bombings had reached 317. But a day later the "
            "health department revised the count to 212.")
    assert [(f.kind, f.min) for f in figures(text) if not f.earlier] == [("killed", 212)]
    # negative: a count of something else before it gives no toll
    assert not figures("The vote was close. Officials revised the count to 212.")


def test_casualties_two_counts_put_side_by_side_each_count_their_own_kind(figures: Figures) -> None:
    # "put the number of dead at 39 and 45 wounded" is parsed with "wounded" on 39, the first of the two counts
    found = figures("Officials had earlier put the number of dead at 39 and 45 wounded in the raid claimed by the "
                    "Vessa Front, which denied it.")
    assert [(f.kind, f.min) for f in found] == [("killed", 39), ("injured", 45)]
    # "... at 39 and the number of wounded at 45": the second toll's own figure follows it
    found = figures("Officials put the number of dead at 39 and the number of wounded at 45.")
    assert [(f.kind, f.min) for f in found] == [("killed", 39), ("injured", 45)]
    # negative: one count with its own kind stays whole
    assert [(f.kind, f.min) for f in figures("The raid left 12 dead and 40 wounded.")] == [("killed", 12),
                                                                                          ("injured", 40)]


def test_casualties_a_day_counted_from_another_date_does_not_date_a_figure(analyzer, make_article) -> None:  # type: ignore[no-untyped-def]
    text = ("The minister said on Monday that the death toll from the bombings had reached 317. A day later the "
            "health department revised the death toll from the bombings to 212.")
    res = analyzer.analyze(make_article(text, published="2031-05-08"))  # a Thursday
    days = {f.min: f.date for m in res.events for f in m.figures if f.kind == "killed"}
    assert days[212] is None  # "a day later" counted from Monday: too fragile to date the count by
    assert days[317] == "2031-05-05"  # negative: a day named outright dates its figure


def test_casualties_deaths_a_motive_names_are_no_toll_of_the_attack(analyzer, make_article) -> None:  # type: ignore[no-untyped-def]
    # "saying it was carried out to avenge the deaths of 13 of its members": the deaths that moved the attack
    # are an older incident's; they were the toll of the attack of the sentence
    text = ("The Varn Front claimed responsibility for the attack, saying it was carried out to avenge the deaths "
            "of 13 of its members.")
    res = analyzer.analyze(make_article(text, published="2031-05-08"))
    assert not [f for m in res.events for f in m.figures]
    # negative: a killing told in a clause of its own keeps its toll
    res = analyzer.analyze(make_article("The group said the attack avenged 13 members who were killed by the "
                                        "militia.", published="2031-05-08"))
    assert [f.min for m in res.events for f in m.figures] == [13]


def test_casualties_a_number_hyphened_to_a_noun_measures_it_and_counts_no_one(figures: Figures) -> None:
    text = "A fire gutted a six-storey block in Marrow and injured a 10-year-old boy."
    assert not [f for f in figures(text) if f.kind == "injured" and f.min in (6, 10)]
    # negative: a range written with a hyphen is still a count
    assert (_one(figures, "Between the two villages 10-12 people died.").min,
            _one(figures, "Between the two villages 10-12 people died.").max) == (10, 12)


def test_casualties_a_count_at_one_hospital_or_morgue_is_a_part(figures: Figures) -> None:
    assert _one(figures, "More than 40 bodies were brought to one hospital in Orsk.").partial
    assert _one(figures, "At least 25 dead were counted at the Ferrow General Hospital.").partial
    # negative: a site named only by its kind is no share among several
    assert not _one(figures, "Police said 30 dead had been taken to the city morgue.").partial
    assert not _one(figures, "Forty people were admitted to hospital.", "injured").partial


def test_casualties_killed_or_wounded_is_one_count_of_both_kinds(figures: Figures) -> None:
    text = 'An agency tied to the group said the assault left "at least 250 guests killed or wounded".'
    assert not figures(text)
    # negative: each cue with its own count keeps it
    assert {(f.kind, f.min) for f in figures("The blast killed 12 people and wounded 40 others.")} == {
        ("killed", 12), ("injured", 40)}


def test_casualties_a_count_told_with_its_own_participle_is_of_that_kind(figures: Figures) -> None:
    found = figures("Three Tarvani rangers killed, over 25 pilgrims wounded in attack on Dorsk shrine")
    assert {(f.kind, f.min) for f in found} == {("killed", 3), ("injured", 25)}


def test_casualties_a_denied_toll_is_kept_apart_as_denied(figures: Figures) -> None:
    f = _one(figures, "Vellan Red Cross denies 9,000 death toll cited by agency")
    assert f.min == 9000 and f.claimed and f.denied
    g = _one(figures, "The Vellan Red Cross denied that the death toll had reached 9,000.")
    assert g.claimed and g.denied
    # negative: the attackers' own count is claimed, not denied
    h = _one(figures, "The group said its fighters had killed 11 policemen.")
    assert h.claimed and not h.denied


@pytest.mark.parametrize(("text", "lo"), [
    ("Rescuers recovered 45 bodies from the rubble on Sunday.", 45),
    ("Navy divers have pulled 23 bodies from the lake so far.", 23),
    ("Searchers found the bodies of nine hikers on the ridge.", 9),
    ("Villagers found the remains of 14 people near the wreck.", 14),
    ("The number of bodies recovered rose to 31 on Thursday.", 31),
])
def test_casualties_bodies_found_are_a_part_of_the_toll(figures: Figures, text: str, lo: int) -> None:
    found = figures(text)
    assert [(f.kind, f.min, f.partial) for f in found] == [("killed", lo, True)]
    # negative: the dead told as such stay the toll beside bodies found
    both = figures("The flood killed 15 people and the bodies of six were found downstream.")
    assert {(f.kind, f.min, f.partial) for f in both} == {("killed", 15, False), ("killed", 6, True)}
    assert not figures("A body of evidence was presented to the court.")


Aboard = Callable[[str], list[Figure]]


@pytest.fixture(scope="module")
def aboard(nlp) -> Aboard:  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Figure]:
        return [f for sent in nlp(text).sents for f in aboard_deaths(sent, count_phrases(sent))]

    return run


@pytest.mark.parametrize(("text", "n", "qualifier"), [
    ("The plane had 62 people on board, all presumed dead.", 62, "presumed"),
    ("The boat, with 40 migrants aboard, capsized; all are feared dead.", 40, "presumed"),
    ("The ferry carried 80 people, and all of them are presumed dead.", 80, "presumed"),
    ("The airliner was carrying 132 passengers and crew; none survived.", 132, None),
    ("There were no survivors among the 58 people on board.", 58, None),
    ("The helicopter with nine soldiers on board crashed, and none of them survived.", 9, None),
])
def test_casualties_everyone_aboard_dead_is_a_killed_count(aboard: Aboard, text: str, n: int,
                                                           qualifier: str | None) -> None:
    assert [(f.kind, f.min, f.max, f.qualifier) for f in aboard(text)] == [("killed", n, n, qualifier)]


@pytest.mark.parametrize("text", [
    "A plane with 50 people on board landed safely and all survived.",
    "The coach carried 40 passengers, and 12 of them survived.",
    "The ship had 200 people on board when it reached the port.",
    "It was carrying 20 tonnes of cargo and none of the crew survived.",
])
def test_casualties_aboard_with_survivors_or_no_fate_is_no_toll(aboard: Aboard, text: str) -> None:
    assert aboard(text) == []


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("The death toll in the floods that swept the valley on Sunday after days of rain reached 214 yesterday.",
     214, 214),
    ("The number of workers killed in the mine collapse near the northern border town has climbed to 31.", 31, 31),
])
def test_casualties_a_toll_s_own_verb_gives_its_figure_after_a_long_subject(figures: Figures, text: str, lo: int,
                                                                           hi: int) -> None:
    f = _one(figures, text)
    assert (f.min, f.max) == (lo, hi)


def test_casualties_a_toll_verb_far_away_takes_no_count_before_it(figures: Figures) -> None:
    # negative: a count before the toll's verb is not what the verb says
    found = [f for f in figures("Officials in 12 districts said the death toll was not yet known.") if f.min == 12]
    assert not found


@pytest.mark.parametrize(("text", "lo"), [
    ("The raid left 28 people including 20 foreigners dead.", 28),
    ("The blast left 17 people, including three children, dead.", 17),
    ("The storm killed 40, including two children, in the coastal villages.", 40),
])
def test_casualties_a_part_given_inside_a_count_leaves_the_whole(figures: Figures, text: str, lo: int) -> None:
    assert _one(figures, text).min == lo


def test_casualties_a_part_alone_stays_a_part(figures: Figures) -> None:
    # negative: "including" with no count before it is a part of a toll told elsewhere
    f = _one(figures, "Fighting raged on, including two soldiers killed near the pass.")
    assert f.min == 2


@pytest.mark.parametrize("text", ["Gunmen slaughtered 15 villagers in the night raid.",
                                  "The militia massacred 30 farmers near the river.",
                                  "Three journalists were murdered in the capital last year."])
def test_casualties_verbs_of_killing(figures: Figures, text: str) -> None:
    assert _one(figures, text).min is not None


def test_casualties_a_range_has_no_qualifier_of_its_own(figures: Figures) -> None:
    f = _one(figures, "Five to seven people were killed when the shell hit the depot.")
    assert (f.min, f.max, f.qualifier) == (5, 7, None)
    # a qualifier before it stays
    g = _one(figures, "About 10 to 12 people were killed in the fire.")
    assert g.qualifier == "about"


@pytest.mark.parametrize(("first", "second", "n"), [
    ("There were 14 passengers and crew members aboard.", "All of them were killed.", 14),
    ("71 people were on board.", "All died.", 71),
    ("About 60 people were on board.", "All are feared dead.", 60),
])
def test_casualties_the_fate_of_all_aboard_told_in_the_next_sentence(nlp, first: str, second: str,
                                                                     n: int) -> None:  # type: ignore[no-untyped-def]
    before, sent = list(nlp(f"{first} {second}").sents)[-2:]
    found = aboard_deaths(sent, count_phrases(sent), before)
    assert found and found[0].min == n


@pytest.mark.parametrize(("first", "second"), [
    ("There were 14 soldiers in the convoy.", "All of them were killed."),  # not aboard
    ("There were 30 people aboard.", "Twelve were rescued."),  # no fate of all
    ("There were 30 people aboard.", "All of them were rescued."),
])
def test_casualties_no_fate_of_all_aboard(nlp, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    before, sent = list(nlp(f"{first} {second}").sents)[-2:]
    assert not aboard_deaths(sent, count_phrases(sent), before)


def test_casualties_another_after_a_cue_counts_that_cue_s_kind(figures: Figures) -> None:
    """"killed 40 people and injured another 25": the 25 are the injured (a count of their own kind, set apart from
    the dead), not an increment with no total."""
    found = {(f.kind, f.min, f.max) for f in figures("The blast killed 40 people and injured another 25.")}
    assert ("injured", 25, 25) in found
    # negative: "another" before a count of the same kind told earlier stays an increment
    assert not [f for f in figures("Ten people died on Monday and another 12 died on Tuesday.") if f.min == 12
                and f.max == 12 and not f.partial]


def test_casualties_loss_of_lives_is_a_death_toll(figures: Figures) -> None:
    f = _one(figures, "The fire at the depot led to the loss of 31 lives.")
    assert (f.kind, f.min, f.max, f.group) == ("killed", 31, 31, None)
    # negative: a loss of something else is no toll
    assert not figures("The firm reported a loss of 31 million.")


def test_casualties_counts_of_groups_joined_by_and_are_one_toll(figures: Figures) -> None:
    """"A total of 132 Valdorans and 26 foreigners were killed" (two subjects to the small parser): 158."""
    f = _one(figures, "A total of 132 Valdorans and 26 foreigners were killed during the crush, officials said.")
    assert (f.min, f.max, f.text) == (158, 158, "132 Valdorans and 26 foreigners")
    # negative: a count of another kind after "and" is no part of it
    assert _one(figures, "The blast killed 12 people and 30 were injured.").min == 12


@pytest.mark.parametrize(("text", "lo", "hi", "qualifier"), [
    ("The death toll from the storm that hit the coast is closer to 300 or 400, the governor of Varnley said.",
     300, 400, "closer to"),
    ("The final toll is more likely to be in the range of 1,200 to 1,500, the minister said.", 1200, 1500, None),
    ("He said the earlier number was too high and the figure was more likely up to 900 killed.", None, 900, "up to"),
    ("Officials said the final death toll from the floods in Corvel will likely be closer to 250.", 250, 250,
     "closer to"),
])
def test_casualties_a_toll_put_at_an_estimate_by_its_copula(figures: Figures, text: str, lo: int | None,
                                                             hi: int | None, qualifier: str | None) -> None:
    f = _one(figures, text)
    assert (f.min, f.max, f.qualifier) == (lo, hi, qualifier)


def test_casualties_a_toll_expected_to_rise_takes_no_number_of_another_clause(figures: Figures) -> None:
    found = figures("The death toll is expected to rise, officials said, after 12 people were killed in a town of "
                    "5,000.")
    assert [(f.min, f.max) for f in found if f.kind == "killed"] == [(12, 12)]


def test_casualties_estimates_of_a_toll_put_it_at_their_number(figures: Figures) -> None:
    f = _one(figures, "Relief came to the island, where estimates of the death toll from the storm are as high as 900.")
    assert (f.min, f.max, f.qualifier) == (None, 900, "as high as")


def test_casualties_the_count_right_before_the_cue_is_its_own(figures: Figures) -> None:
    text = ("The death toll from the blast in Corvel rose to 64 on Saturday, with 21 in critical condition and 73 "
            "seriously injured, the broadcaster reported.")
    f = _one(figures, text, "injured")
    assert (f.min, f.max) == (73, 73)
    # negative: counts joined before a verb are summed, not split
    assert _one(figures, "Police said 12 soldiers and 30 civilians were killed.").min == 42


def test_casualties_a_length_is_no_count(figures: Figures) -> None:
    # "about 40 centimeters long" measures the gun, it counts no one killed
    found = figures("Officials said the homemade gun used to kill the envoy was about 40 centimeters long.")
    assert not [f for f in found if f.kind == "killed"]


@pytest.mark.parametrize("text", [
    "The foreign ministry said the number of foreigners killed has risen to 40, including 11 Indians.",
    "A bomb killed 20 people at the market. Four British citizens died.",
    "Officials said 40 foreigners had died in the blasts.",
    "By 10 a.m. today, the casualty number at hospitals has been reduced to 149.",
])
def test_casualties_foreigners_and_hospital_counts_are_parts(figures: Figures, text: str) -> None:
    found = [f for f in figures(text) if f.kind == "killed" and f.min != 20]
    assert found and all(f.partial for f in found), found


def test_casualties_the_people_of_the_country_are_no_part(figures: Figures) -> None:
    assert not _one(figures, "Four Valdoran soldiers died in the blast.").partial


def test_casualties_a_toll_that_is_lower_and_now_stands_at(figures: Figures) -> None:
    # the level is told by the verb joined to "is"; the official's quoted qualifier is kept
    found = _one(figures, "Authorities say the death toll from the attacks is lower than previously stated and now "
                          "stands at “approximately” 253 people.")
    assert (found.min, found.max, found.qualifier) == (253, 253, "approximately")


def test_casualties_a_toll_that_was_a_number_the_model_calls_a_date(figures: Figures) -> None:
    # the small model tags "34" in "the death toll was 34" a DATE; the toll's level is a count
    found = _one(figures, "As of Tuesday evening, the death toll was 34, officials said.")
    assert (found.min, found.max) == (34, 34)


@pytest.mark.parametrize(("text", "lo"), [
    ("\"44 lives were claimed by a rocket that hit a high-rise building in Tarvel.", 44),
    ("Twelve lives were taken by the blast, the governor said.", 12),
])
def test_casualties_lives_claimed_in_the_passive(figures: Figures, text: str, lo: int) -> None:
    found = _one(figures, text)
    assert (found.min, found.max) == (lo, lo)


def test_casualties_fatally_wounded_are_dead(figures: Figures) -> None:
    found = figures("At least 58 people have been fatally wounded in the shooting in Varno, and 515 are injured.")
    assert [(f.kind, f.min) for f in found] == [("killed", 58), ("injured", 515)]


def test_casualties_the_places_an_attack_struck_are_no_victims(figures: Figures) -> None:
    found = figures("The death toll has steadily risen since Saturday, when the blasts struck at two busy junctions "
                    "in the heart of the city.")
    assert not found


def test_casualties_not_one_count_but_another_is_the_other(figures: Figures) -> None:
    # a correction names one count, not two groups of victims to add up
    found = _one(figures, "\"We do not have 20 but 50 casualties (dead), in addition to the gunman,\" the mayor said.")
    assert (found.min, found.max) == (50, 50)
    # negative: two groups joined by "and" are still one count of all of them
    assert _one(figures, "Two soldiers and a civilian were killed.").min == 3


def test_casualties_a_bracketed_vague_word_before_a_number(figures: Figures) -> None:
    found = _one(figures, "\"So far we have confirmed 512 people died ... (Some) 316 others were also injured in that "
                          "blast,\" the chairman said.", "injured")
    assert (found.min, found.max, found.partial) == (316, 316, False)


def test_casualties_also_adds_a_count_of_another_kind(figures: Figures) -> None:
    # "also" after the dead adds the injured, a whole count; after the injured, a part of them
    assert not _one(figures, "The death toll has risen to 59. 527 people were also injured when a gunman opened "
                             "fire.", "injured").partial
    found = [f for f in figures("Dozens were injured in the blast. Two police officers were also injured.")
             if f.min == 2]
    assert found and found[0].partial
    assert _one(figures, "The bomb killed 12 people. One police officer also died.").min == 12
    assert [f.partial for f in figures("The bomb killed 12 people. One police officer also died.")] == [False, True]


@pytest.mark.parametrize(("text", "lo"), [
    ("Varno shooting death toll rises to 59 as police seek motive", 59),  # "shooting" read as a verb
    ("Karvosh revises Easter blasts death toll to 253", 253),  # "blasts" read as a verb
])
def test_casualties_a_headline_toll_under_a_noun_read_as_a_verb(figures: Figures, text: str, lo: int) -> None:
    found = _one(figures, text)
    assert (found.min, found.max) == (lo, lo)


def test_casualties_several_attacks_at_their_own_places_are_no_sum(figures: Figures) -> None:
    found = _one(figures, "The two attacks killed 15 people in Sarn and six police officers in Tolvar.")
    assert (found.min, found.max) == (15, 15)
    # negative: one attack's victims at one place are one count of all of them
    assert _one(figures, "The blast killed two soldiers and a civilian in Sarn.").min == 3


def test_casualties_groups_joined_with_a_lower_bound_sum_to_a_lower_bound(figures: Figures) -> None:
    """"killed 13 Dorvan soldiers and at least 169 Tarvian civilians": at least 182, the sum of both groups."""
    f = _one(figures, "The bombing, which killed 13 Dorvan soldiers and at least 169 Tarvian civilians, shook Varn.")
    assert (f.min, f.max, f.qualifier, f.group) == (182, None, "at least", None)
    f = _one(figures, "The blast killed 12 police officers and at least three civilians.")
    assert (f.min, f.max, f.qualifier) == (15, None, "at least")
    # negative: a total with a group named inside it is that total ("including" names a part)
    f = _one(figures, "The blast killed at least 170 people, including 13 Dorvan soldiers.")
    assert (f.min, f.max) == (170, None)


def test_casualties_a_new_total_after_from_and_to_is_current(figures: Figures) -> None:
    """"rose sharply Friday from 90 to 170": 170 is the new total, not an earlier figure."""
    f = _one(figures, "The death toll in Thursday's attack at the Varn airport rose sharply Friday from 90 to 170.")
    assert (f.min, f.revision, f.earlier) == (170, "up", False)
    # negative: the old total after "from" alone is the earlier one
    f = _one(figures, "Officials raised the death toll from 13 after more bodies were found.")
    assert f.earlier


def test_casualties_groups_in_clauses_of_their_own_sum(nlp) -> None:  # type: ignore[no-untyped-def]
    """"13 soldiers were confirmed dead while nearly 170 civilians have been killed": a sum (at most 183) is added,
    each group's count kept as a part."""
    from storyline.analyze.events.casualties import group_totals

    def sums(text: str) -> list[Figure]:
        sent = next(iter(nlp(text).sents))
        counts = count_phrases(sent)
        figs = [f for t in sent if cue_kind(t) and (f := casualty_at(t, counts)) is not None and f.kind == "killed"]
        figs = list({(f.start, f.end): f for f in figs}.values())
        return group_totals(sent, figs)

    out = sums("Officials said 13 Dorvan soldiers were confirmed dead while nearly 170 Tarvian civilians have been "
               "killed.")
    total = [f for f in out if not f.partial]
    assert len(total) == 1 and (total[0].min, total[0].max) == (None, 183)
    assert sum(f.partial for f in out) == 2
    # negative: one group inside the other ("civilians", "Tarvian civilians") is no pair of disjoint groups
    out = sums("Twelve civilians were killed in Varn while 40 Tarvian civilians died in the camps.")
    assert not any(f.partial for f in out)


def test_casualties_a_distance_counts_nobody(figures: Figures) -> None:
    text = "Half the people of Dorvenne, a village 35 miles south of Kesselt, are believed to have died in the quake."
    assert not [f for f in figures(text) if f.min == 35]


def test_casualties_a_day_of_the_month_in_brackets_counts_nobody(figures: Figures) -> None:
    text = "Candidate Rafael Ostrander was assassinated on Wednesday night (9) in Velmora."
    assert not [f for f in figures(text) if f.kind == "killed"]


def test_casualties_a_known_killing_takes_no_count_by_nearness(figures: Figures) -> None:
    text = "Police acted quickly, leading to the arrest of six men believed to be connected to the murder."
    assert not [f for f in figures(text) if f.kind == "killed"]
    assert _one(figures, "The murder of two guards shocked the town.").min == 2


def test_casualties_a_headline_s_bare_killing_takes_no_count_by_nearness(figures: Figures) -> None:
    """A headline's singular deed with no determiner is a known one: "18 suspects" near it are no victims."""
    text = "Dorvan leader demands Velmorans reveal who ordered killing, says 18 Velmoran suspects should be tried"
    assert not [f for f in figures(text) if f.kind == "killed"]


def test_casualties_the_number_killed_raised_to_a_total_is_a_new_total(figures: Figures) -> None:
    found = _one(figures, "The new finds raised the total number killed to 48.")
    assert (found.min, found.revision) == (48, "up")
    text = "Troops found more bodies, which raised the total number killed to 48 and the number of dead gunmen to 32."
    assert 48 in {f.min for f in figures(text) if f.kind == "killed"}


def test_casualties_the_noun_killing_counts_its_victims(figures: Figures) -> None:
    assert _one(figures, "The killing of 12 villagers in Orsk was condemned.").min == 12
    assert not [f for f in figures("Two men were arrested over the killings.") if f.kind == "killed"]


@pytest.mark.parametrize("text", [
    "The interior ministry said 23 hostages and 32 militants were killed in the siege of the Velmar plant.",
    "The assault on the Velmar plant killed 32 gunmen and 23 hostages, officials said.",
])
def test_casualties_attackers_are_no_part_of_the_victims_count(figures: Figures, text: str) -> None:
    # the attackers told beside the victims are no victims: the hostages' 23, never the sum 55
    heads = [f for f in figures(text) if f.kind == "killed" and not f.partial]
    assert [f.min for f in heads] == [23]


def test_casualties_the_attackers_toll_beside_the_victims_is_a_part(figures: Figures) -> None:
    text = "The ministry said 23 hostages had died, and raised the number of dead gunmen to 32."
    found = [f for f in figures(text) if f.kind == "killed" and f.min == 32]
    assert found and all(f.partial for f in found)  # the attackers' own toll, never the incident's newest total
    assert _one(figures, "Soldiers killed 14 militants near Dorvan on Monday.").partial is False


@pytest.mark.parametrize("text", [
    "Troops held back to avoid loss of life among the 40 hostages.",
    "There was no loss of life among the 300 workers, the company said.",
    "The commander said he chose talks to spare loss of life for the 12 crew.",
    "No lives were lost among the 300 workers at the Korvat mill.",
    "Police waited to avoid losing lives among the 40 hostages.",
    "There were no deaths among the 300 workers.",
    "The siege ended without casualties among the 40 hostages.",
])
def test_casualties_a_harm_that_did_not_happen_counts_nobody(figures: Figures, text: str) -> None:
    # the people at risk near a harm denied or avoided are no count of the harmed
    assert not [f for f in figures(text) if f.kind == "killed"]


@pytest.mark.parametrize(("text", "lo"), [
    ("The flood led to the loss of 158 lives.", 158),
    ("At least 12 people were killed, not including the attackers.", 12),
    ("No fewer than 40 people were killed.", 40),
])
def test_casualties_a_harm_told_with_a_negation_nearby_still_counts(figures: Figures, text: str, lo: int) -> None:
    assert _one(figures, text).min == lo


def test_group_totals_a_breakdown_by_place_keeps_the_main_count(nlp) -> None:  # type: ignore[no-untyped-def]
    # "149 ... in Dorvan, while 11 were killed in Kelm": the 11 is a part (one place's), never the toll
    text = "Police said 149 people had died in the capital, Dorvan, while 11 were killed in Kelm."
    doc = nlp(text)
    sent = next(iter(doc.sents))
    counts = count_phrases(sent)
    figs = [f for t in sent if cue_kind(t) and (f := casualty_at(t, counts)) is not None]
    assert {f.min for f in figs} == {149, 11}
    heads = [f.min for f in group_totals(sent, figs) if not f.partial]
    assert heads == [149]
