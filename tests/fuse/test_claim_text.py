"""Tests of content comparison: stems, figures keyed by what they count, dates of a kind, antonyms."""

from __future__ import annotations

import math

import pytest

from storyline.fuse.claim_text import (
    NEGATED_REQUEST,
    Amount,
    ClaimFeatures,
    amounts,
    claim_words,
    conflicts,
    features,
    means_kinds,
    predicate,
    reaches,
    rejected_figures,
    shared_measures,
    shared_tolls,
    stem,
)
from storyline.model import Claim


def test_conflicts_reads_numbers_and_dates() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim(id="x", article="x", start=0, end=len(content), speaker=None,
                              speaker_text=None, cue=None, content=content))

    assert conflicts(feat("12 people died"), feat("thirty people died")) == "numbers differ"
    assert conflicts(feat("it happened in March"), feat("it happened in June"), near=True) == "dates differ"
    assert conflicts(feat("it happened in March"), feat("it happened in June")) is None  # wording not near
    assert conflicts(feat("12 people died"), feat("12 people died")) is None
    assert reaches((0.9, 0.0), ((0.88, 0.0),)) and not reaches((0.7, 0.1), ((0.8, 0.15),))


def test_claim_words_are_the_features_words() -> None:
    for content in ("the harbour levy doubled overnight, officials said", "It was NOT the Minister's decision",
                    "12 people died in 2019 and 3 on Monday", "", "a b c", "Vessels re-routed; tolls rose 40%"):
        claim = Claim(id="x", article="x", start=0, end=len(content), speaker=None, speaker_text=None, cue=None,
                      content=content, negated=True)
        assert claim_words(claim) == features(claim).words, content
    assert "harbour" in claim_words(Claim("x", "x", 0, 1, None, None, None, "the harbour levy"))


def test_amounts_key_figures_by_what_they_count() -> None:
    assert amounts("12 people were killed and about 30 wounded") == (
        Amount("killed", 12, 12), Amount("injured", 24, 36))
    assert amounts("the death toll rose by two to 16") == (Amount("killed", 16, 16),)
    at_least = amounts("at least 60 people died")[0]
    assert at_least.low == 60 and at_least.high == float("inf")
    assert amounts("two of the bombers were brothers") == () and amounts("no one was hurt") == ()


def test_amounts_police_nouns_count_the_same_people() -> None:
    assert amounts("its fighters had killed 11 policemen")[0].key == amounts("six officers were killed")[0].key
    assert amounts("five police officers died")[0].key == "police killed"
    assert amounts("six soldiers were killed")[0].key != amounts("six officers were killed")[0].key


def test_stem_meets_inflections() -> None:
    assert stem("used") == stem("using") == stem("use")
    assert stem("attacks") == stem("attack") and stem("denied") == stem("deny")


def test_conflicts_only_for_the_same_quantity_and_the_same_kind_of_date() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim(id="x", article="x", start=0, end=len(content), speaker=None,
                              speaker_text=None, cue=None, content=content))

    killed = feat("12 people were killed in the blast")
    assert conflicts(killed, feat("31 people were wounded in the blast")) is None
    assert conflicts(feat("at least 60 people were killed"), feat("137 people were killed")) is None
    assert conflicts(killed, feat("14 people were killed in the blast")) == "numbers differ"
    assert conflicts(feat("it happened on Monday"), feat("it happened on 6 March")) is None
    assert conflicts(feat("exports rose in March"), feat("exports fell in March"), near=True) == "antonymous predicates"
    assert conflicts(feat("exports rose in March"), feat("exports fell in March")) is None


def test_amounts_a_peoples_name_qualifies_what_is_counted() -> None:
    assert amounts("all but 12 Peruvian engineers")[0].key == amounts("30 engineers were sent home")[0].key


def test_amounts_a_number_word_with_its_scale_is_one_figure() -> None:
    # "hundred" after "two" is the scale of the figure, not a second figure of 100 (whose total would be 300)
    assert amounts("two hundred people were killed") == (Amount("killed", 200.0, 200.0),)
    assert amounts("a hundred people died") == (Amount("killed", 100.0, 100.0),)


def test_amounts_a_compound_number_word_is_one_figure() -> None:
    # "twenty-four" is 24, not a figure of 20 and another of 4
    assert amounts("Twenty-four people were killed") == (Amount("killed", 24.0, 24.0),)
    assert amounts("twenty one people were hurt") == (Amount("injured", 21.0, 21.0),)
    assert amounts("forty-five thousand people fled") == (Amount("peopl", 45000.0, 45000.0, noun=True),)


def test_amounts_an_outcome_after_the_next_figure_is_that_figures() -> None:
    # "hostages" counts the second figure; the hostages' outcome is the verb that follows them
    assert amounts("24 gunmen and 13 hostages were killed") == (Amount("gunmen", 24.0, 24.0, noun=True),
                                                               Amount("killed", 13.0, 13.0))
    assert amounts("the gunmen took 40 hostages") == (Amount("held", 40.0, 40.0),)
    assert amounts("5 dead and 20 injured") == (Amount("killed", 5.0, 5.0), Amount("injured", 20.0, 20.0))


def test_amounts_a_qualifier_after_the_figure() -> None:
    assert amounts("10,000 or more people may be missing") == (Amount("held", 10000.0, float("inf")),)
    assert amounts("some 200 or so people were killed") == (Amount("killed", 160.0, 240.0),)


def test_amounts_a_verb_right_before_a_figure_says_what_it_counts() -> None:
    assert amounts("the storm killed more than 75 and injured 240 others") == (
        Amount("killed", 75.0, float("inf")), Amount("injured", 240.0, 240.0))
    assert amounts("the blast killed 5 and injured 20 people") == (Amount("killed", 5.0, 5.0),
                                                                   Amount("injured", 20.0, 20.0))


def test_shared_tolls_one_figure_of_one_count_of_people() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim(id="x", article="x", start=0, end=len(content), speaker=None, speaker_text=None,
                              cue="said", content=content))

    toll = feat("the death toll has risen to over 120")
    assert shared_tolls(toll, feat("at least 120 people were killed"), 10) == "120 killed"
    assert shared_tolls(toll, feat("120 people were injured"), 10) == ""  # another count
    assert shared_tolls(feat("120 homes were destroyed and 3 killed"), feat("120 homes destroyed"), 10) == ""
    assert shared_tolls(feat("the toll rose to 6"), feat("six people were killed"), 10) == ""  # too small to tell


@pytest.mark.parametrize(("content", "rejected"), [
    ("Nine hundred, I believe, is too much", {900.0}),
    ("the number of 4,000 dead was too high and the figure is more likely 1,200", {4000.0}),
    ('the first estimate of 4,000 deaths now appears to be "exaggerated"', {4000.0}),
    ("closer to 1,200, not the earlier reported figure of 4,000", {4000.0}),
    # a figure said not to be too high, and a figure stated, are no rejections
    ("the toll of 1,200 is not too high", set()),
    ("at least 300 people were killed", set()),
])
def test_rejected_figures_a_figure_called_too_high_or_replaced(content: str, rejected: set[float]) -> None:
    assert rejected_figures(content) == rejected


def test_features_a_rejected_figure_is_no_amount_of_the_content() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim(id="x", article="x", start=0, end=len(content), speaker=None, speaker_text=None,
                              cue="said", content=content))

    rejecting = feat("the number of 4,000 killed was too high and the figure was more likely up to 1,200")
    assert rejecting.rejected == {4000.0} and all(x.high <= 1200 for x in rejecting.amounts)
    assert shared_tolls(rejecting, feat("4,000 people were killed in the province"), 10) == ""


def test_amounts_a_toll_with_a_long_subject_counts_the_dead() -> None:
    text = ("The death toll from the floods that swept the southern districts of Tarsk and Velka, along the "
            "Norvik border, has climbed to 318")
    assert amounts(text) == (Amount("killed", 318.0, 318.0),)


def test_means_kinds_read_the_cause_of_an_act() -> None:
    assert means_kinds("the mayor was killed by a remotely detonated bomb in his car") == {"planted explosive"}
    assert means_kinds("a “short-range projectile” was behind the killing") == {"projectile"}
    assert means_kinds("dozens died from pushing, trampling and being run over") == {"crush"}
    assert means_kinds("killed when soldiers opened fire on the crowd") == {"gunfire"}


def test_means_kinds_leave_out_a_means_set_aside_or_named_without_a_cause() -> None:
    assert means_kinds("the blast was unlikely to have been caused by a missile") == frozenset()
    assert means_kinds("they were killed by gunfire, not in a stampede") == {"gunfire"}
    assert means_kinds("the bomb shelter was full") == frozenset()
    assert means_kinds("he was killed in the bombing") == frozenset()  # a word for the attack, not its means
    # an account since dropped: the bomb is the cause given, the airstrike what was first thought
    assert means_kinds("the judge, who was first believed to have died in a shelling, was killed by a bomb fixed "
                       "under his car") == {"planted explosive"}


def test_features_claim_noun_after_a_long_owner_name() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim(id="x", article="x", start=0, end=len(content), speaker=None,
                              speaker_text=None, cue=None, content=content))

    assert feat("a Daily Courier (DC) report that suggested the engineer had opened the valves").claim_noun_owner
    assert not feat("the engineer had opened the valves of the dam before the report came out").claim_noun_owner


def test_conflicts_a_part_and_its_whole_give_no_numbers_clash() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim(id="x", article="x", start=0, end=len(content), speaker=None, speaker_text=None,
                              cue="said", content=content))

    whole = feat("at least 240 people were killed in the province")
    assert conflicts(feat("14 people have died in a single hamlet"), whole) is None
    assert conflicts(feat("150 people were killed in the provincial capital alone"), whole) is None
    # a breakdown by place and a total; another figure for one of its parts clashes
    breakdown = feat("230 people were killed in the north and another 9 were killed in the south")
    assert conflicts(breakdown, feat("at least 239 people were killed")) is None
    assert conflicts(breakdown, feat("300 people were killed in the north")) == "numbers differ"
    assert conflicts(feat("at least 30 people were killed in one of the villages"), feat("12 people were killed")) \
        == "numbers differ"  # "one of" is no part


@pytest.mark.parametrize(("content", "guilt"), [
    ("not guilty on Friday to charges of taking bribes", True),
    ("a not guilty plea to all nine counts", True),
    ("her innocence", True),
    ("any wrongdoing", True),
    ('I am absolutely innocent," Orla Venn said', True),
    ("killing innocent civilians in the raid on Sarn", False),  # a denial that only mentions innocent people
    ("the report that troops had crossed the river", False),
])
def test_features_a_denial_of_guilt(content: str, guilt: bool) -> None:
    feat = features(Claim(id="x", article="x", start=0, end=len(content), speaker=None, speaker_text=None, cue=None,
                          content=content, polarity="deny"))
    assert feat.guilt is guilt
    if guilt and not content.startswith("I am"):  # the plea answers the charges, like "the charges"
        assert feat.claim_noun_owner


@pytest.mark.parametrize(("content", "asks"), [
    ("not to intensify attacks on the border", True),
    ("them never to return to the capital", True),
    ("Norland is not to blame for the attack", False),  # a rebuttal, not a request
    ("Velmora was not to be trusted", False),
])
def test_claim_text_negated_request_is_no_rebuttal(content: str, asks: bool) -> None:
    assert bool(NEGATED_REQUEST.search(content)) is asks


def test_amounts_a_toll_verb_before_the_figure_is_not_what_it_counts() -> None:
    # "had reached 4,200" counts the dead of the toll, not "reach"es: it meets "killed 4,200 people"
    assert amounts("that the death toll from the floods had reached 4,200")[0].key == "killed"
    assert amounts("the floods had killed 4,200 people")[0].key == "killed"


def test_features_share_one_empty_set_across_contents() -> None:
    """Most contents name no day, antonym or means: their empty sets are one object, not five per claim (about
    1 KB a claim at the height of a large corpus's claims step); a content naming some has its own."""
    plain = [features(Claim(f"a{k}:cl0", f"a{k}", 0, 1, None, None, "said", text))
             for k, text in enumerate(("the harbour of Velmont will reopen", "talks with Norvik will go on"))]
    first, second = plain
    assert first.dates is second.dates and first.antonyms is second.antonyms is first.means is second.means
    assert first.dates == {"weekday": frozenset(), "month": frozenset(), "year": frozenset()}
    dated = features(Claim("a9:cl0", "a9", 0, 1, None, None, "said", "the port reopened on Monday in 2031"))
    assert dated.dates == {"weekday": {"monday"}, "month": frozenset(), "year": {"2031"}}


def test_amounts_a_taking_of_hostages_counts_the_held_not_the_dead() -> None:
    # a killing told beside the kidnapping is no outcome of the kidnapped's figure
    assert amounts("gunmen stormed the mill, kidnapping at least eight engineers and killing a guard") == (
        Amount("engineer held", 8.0, float("inf")),)
    assert amounts("the raiders took 40 workers hostage after killing two guards")[0] == Amount("worker held", 40, 40)


def test_amounts_the_breakdown_of_a_figure_is_no_count_of_its_own() -> None:
    # the parts after a dash or colon are counted in the figure before them, not added to it
    assert amounts("the raiders took six hostages — three Vesk engineers, two drivers and a cook — on Monday") == (
        Amount("held", 6, 6),)
    assert amounts("12 people were killed: eight soldiers and four traders. Another 3 were wounded") == (
        Amount("killed", 12, 12), Amount("injured", 3, 3))


def test_conflicts_a_part_counting_more_than_its_whole() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim(id="x", article="x", start=0, end=len(content), speaker=None,
                              speaker_text=None, cue=None, content=content))

    held = feat("the gunmen were holding six hostages")
    assert conflicts(feat("the gunmen kidnapped at least eight engineers"), held) == "numbers differ"
    # a part within its whole fits it
    assert conflicts(feat("the gunmen kidnapped four engineers"), held) is None
    assert conflicts(feat("12 soldiers were killed"), feat("at least 30 people were killed")) is None
    # a word before the figure is no counted part ("exceed"): an estimate and its bound
    assert conflicts(feat("the death toll could exceed 20,000"), feat("deaths could reach 18,000")) is None


def test_a_claim_noun_called_untrue_further_on_makes_a_content_about_named_claims() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim(id="x", article="x", start=0, end=len(content), speaker=None, speaker_text=None,
                              cue=None, content=content, polarity="deny"))

    # the claim noun only in the content's last clause, past its first four words
    assert feat("The official incitement against our country by Velmari officials is regrettable, and it is clear "
                "that Lesk's accusations are unfounded").claim_noun_owner
    assert feat("We have seen the minister's remarks today, and his claims were completely false").claim_noun_owner
    # a claim noun that is not called untrue says nothing of what was said
    assert not feat("The official visit by the Velmari ministers to the harbour was cancelled and the "
                    "statement is important").claim_noun_owner


def test_amounts_a_figure_after_including_is_a_part_never_added() -> None:
    # "including 103" is within the 164, not a second count whose total would be 267
    def stated_figures(content: str) -> set[float]:
        return {x.low for x in features(Claim("a1:cl0", "a1", 0, 1, None, None, "said", content)).amounts}

    assert stated_figures("164 people have died in the unrest, including 103 in Velmar") == {164.0, 103.0}
    assert stated_figures("20 people were killed, among them four children") == {20.0, 4.0}
    assert stated_figures("12 people were killed, of whom three were police officers") == {12.0, 3.0}
    # a breakdown of a toll by place still adds up ("and another 9 in Y": 239 in all)
    assert 239.0 in stated_figures("230 were killed in Varn, and another 9 in Dosk")


def test_amounts_a_clock_time_is_no_amount() -> None:
    # "around 11:30" is a time of day, not a figure of 11 (and 30)
    assert amounts("the warehouse exploded at around 11:30 on Wednesday") == ()
    assert amounts("the gunmen struck at 3 p.m. and at 10.45am") == ()
    assert amounts("the station was stormed at 01:00 local time") == ()
    assert amounts("at around 11:30 six people were killed") == (Amount("killed", 6.0, 6.0),)


def test_amounts_one_unit_in_two_spellings_is_one_count() -> None:
    assert amounts("about 700 tonnes of the chemical were stored")[0].key \
        == amounts("there were about 700 tons of the chemical")[0].key
    assert amounts("a 10-kilometre stretch of road")[0].key == amounts("a stretch of 10 km")[0].key \
        == amounts("10 kilometers of road")[0].key
    assert amounts("some 40 metres away")[0].key == amounts("some 40 meters away")[0].key
    assert amounts("turnout rose to 40 per cent")[0].key == amounts("turnout rose to 40%")[0].key


def test_amounts_a_day_an_age_or_a_label_is_no_amount() -> None:
    # a day of a month, an age, the number of an article or a model count nothing
    assert amounts("the toll has grown to at least 204 since July 16") == (Amount("killed", 204.0, math.inf),)
    assert amounts("the missionaries kidnapped on Oct. 16 were released") == ()
    assert amounts("with effect from 21 September, visa services are suspended") == ()
    assert amounts("the strike killed 12 people, including a 15-year-old girl") == (Amount("killed", 12.0, 12.0),)
    assert amounts("the murder of Velko Marin, 45, who was shot dead") == ()
    assert amounts("a Kx-22 missile hit the block under Article 5") == ()
    assert amounts("students joined in around 2:30pm") == ()


def test_amounts_a_figure_restated_in_brackets_is_one_figure() -> None:
    # "thirty-nine (39)" is one count of 39, not two whose total would be 78
    assert amounts("thirty-nine (39) people have died and three hundred and sixty-one (361) injured") == (
        Amount("killed", 39.0, 39.0), Amount("injured", 361.0, 361.0))


def test_shared_measures_meet_across_spellings_of_a_unit() -> None:
    def feat(content: str) -> ClaimFeatures:
        return features(Claim("a1:cl0", "a1", 0, 1, None, None, "said", content))

    stored = feat("about 700 tonnes of the chemical were stored at the depot")
    assert shared_measures(stored, feat("there were about 700 tons of the chemical in the depot"), 10) == "700 ton"
    assert shared_measures(stored, feat("about 500 tons of the chemical were stored"), 10) == ""
    # shares are no measured quantity
    assert shared_measures(feat("turnout was 40 per cent"), feat("turnout was 40%"), 10) == ""


def test_predicate_of_a_content_after_its_subject() -> None:
    assert predicate("The suspected gunman, Erik Mallon, has been charged with murder after the shooting") == (
        35, "has been charged with murder")
    assert predicate("a man in his 20s had been charged with murder and will appear in court") == (
        17, "had been charged with murder")
    assert predicate("Varga had not ordered the convoy to turn back") == (6, "had not ordered the convoy to turn back")
    assert predicate("two people have been identified") is None  # one content word: says too little
    assert predicate("will appear in court on Saturday") is None  # no subject
    assert predicate("Soldiers from the northern garrison, who had been on alert for weeks after the first "
                     "reports of unrest in the region, were deployed") is None  # the subject runs too long
