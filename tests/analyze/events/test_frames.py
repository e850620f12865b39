"""Events made by the class of what a verb or noun acts on (analyze/events/frames.py), on sentences written for
these tests across domains: a navy, a storm closing ports, a border, a court, a trawler, a balloon."""

from __future__ import annotations

import pytest

from tests.analyze.events.helpers import Events
from tests.analyze.events.helpers import kinds as _kinds
from tests.analyze.events.helpers import one as _one


@pytest.mark.parametrize(("text", "trigger"), [
    ("Two fighter jets entered the country's airspace on Tuesday without permission.", "entered"),
    ("A foreign warship violated the republic's territorial waters twice last week.", "violated"),
    ("A surveillance balloon drifted into national airspace on Friday.", "drifted"),
    ("Two coast guard cutters sailed into the exclusion zone on Thursday.", "sailed"),
    ("Rebel fighters crossed the frontier overnight and attacked a police post.", "crossed"),
    ("Border guards intercepted a fishing trawler in the country's territorial waters.", "intercepted"),
    ("The incursion lasted about twenty minutes, the defence ministry said.", "incursion"),
    ("The government protested the violation of its airspace by four drones.", "violation"),
])
def test_entry_into_a_state_s_space_is_an_incursion(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "MOBILIZE", "incursion")
    assert ev.text.split()[-1] == trigger


def test_incursion_roles_the_space_s_owner_and_the_craft_seen(events_of: Events) -> None:
    ev = _one(events_of("Radar operators detected three military aircraft in Dorva's airspace on Friday."),
              "MOBILIZE", "incursion")
    roles = {(p.role, p.text) for p in ev.participants}
    assert ("actor", "aircraft") in {(r, t.split()[-1]) for r, t in roles}
    assert not any("operators" in t for _, t in roles)  # those who saw it did not enter
    assert ("target", "Dorva") in roles
    ev = _one(events_of("Two fighter jets entered the Dorvan republic's airspace on Tuesday."), "MOBILIZE",
              "incursion")
    assert not any("airspace" in p.text for p in ev.participants)  # the space is no participant


def test_civilians_crossing_a_border_move_they_make_no_incursion(events_of: Events) -> None:
    evs = events_of("Refugees crossed the border into the neighbouring country on foot.")
    assert ("MOBILIZE", "incursion") not in _kinds(evs)
    assert ("MOVE", "transport") in _kinds(evs)


@pytest.mark.parametrize("text", [
    "Officials closed the main border crossing on Monday after the clashes.",
    "The storm forced the authorities to shut three ports along the coast.",
    "The government announced the closure of its airspace to civilian flights.",
    "The embassy was closed for a week after the protest.",
    "The airline grounded its fleet after the airport closure.",
])
def test_a_passage_closed_is_a_closure(events_of: Events, text: str) -> None:
    ev = _one(events_of(text), "RETREAT", "closure")
    assert not any(w in p.text for p in ev.participants for w in ("crossing", "ports", "airspace", "embassy"))


@pytest.mark.parametrize("text", [
    "The company launched a new phone on Tuesday.",
    "The agency launched a weather satellite on Monday.",
    "He entered a plea of not guilty at the hearing.",
    "Residents of the border region fear more storms.",
    "The index closed higher on Friday.",
    "The country has entered uncharted territory with the new budget.",
    "Swimmers entered the water at dawn.",
    "The runner crossed the finish line in record time.",
    "He crossed the street to buy a newspaper.",
    "The exercise of free speech is protected by law.",
    "The fire drill at the school lasted ten minutes.",
    "The team crossed into the second round of the tournament.",
    "The minister said the talks had crossed a red line.",
    "The airliner went down into the Varnel Sea on Sunday, minutes after take-off.",
    "The ferry sailed into the Coral Sea at dawn with 300 passengers.",
    "The stricken helicopter came down onto the Dorvan coast in heavy fog.",
])
def test_figurative_and_other_senses_make_no_frame_event(events_of: Events, text: str) -> None:
    kinds = _kinds(events_of(text))
    assert not kinds & {("MOBILIZE", "incursion"), ("RETREAT", "closure"), ("REQUEST", "invocation")}, kinds


@pytest.mark.parametrize("text", [
    "Three member states invoked Article 4 of the alliance treaty on Thursday.",
    "The court invoked an emergency clause of the constitution to postpone the vote.",
    "The bloc activated its crisis response mechanism after the earthquake.",
])
def test_a_provision_invoked_is_a_formal_request(events_of: Events, text: str) -> None:
    ev = _one(events_of(text), "REQUEST", "invocation")
    assert [p.role for p in ev.participants] == ["actor"]  # the provision is the means, nobody in the act


@pytest.mark.parametrize("text", [
    "The speaker invoked the memory of the war dead.",
    "The decision triggered an outcry among farmers.",
    "Rescuers carried the wounded to a waiting ambulance.",
    "The minister activated his new account on Monday.",
])
def test_invoking_other_things_is_no_invocation(events_of: Events, text: str) -> None:
    assert ("REQUEST", "invocation") not in _kinds(events_of(text))


def test_crossing_a_border_is_an_incursion_only_for_forces(events_of: Events) -> None:
    assert ("MOBILIZE", "incursion") in _kinds(events_of("Dorvan troops crossed the border on Tuesday."))
    kinds = _kinds(events_of("Two reporters crossed the border at dawn to reach the camp."))
    assert ("MOBILIZE", "incursion") not in kinds and ("MOVE", "transport") in kinds
    ev = _one(events_of("The drone crossed into Dorvan airspace on Monday."), "MOBILIZE", "incursion")
    assert [p.text for p in ev.participants if p.role == "actor"] == ["drone"]  # a craft is no munition here


@pytest.mark.parametrize(("text", "trigger"), [
    ("The junta shut down the internet and mobile networks across the country on Monday.", "shut down"),
    ("Authorities ordered all schools in the state closed after the kidnapping.", "closed"),
    ("The government blocked access to social media platforms during the election.", "blocked"),
    ("Mobile phone services were suspended in three districts amid the unrest.", "suspended"),
    ("A nationwide internet blackout entered its second week.", "internet blackout"),
    ("The governor announced the closure of markets and schools in the flooded districts.", "closure"),
    ("The regulator imposed a ban on social media apps.", "ban"),
])
def test_a_state_shutting_communications_or_public_places_is_a_restriction(events_of: Events, text: str,
                                                                           trigger: str) -> None:
    assert _one(events_of(text), "COERCE", "restriction").text == trigger


@pytest.mark.parametrize("text", [
    "The company cut 300 jobs and closed two factories.",
    "Stocks closed higher on Friday. The school closed at noon for the holidays.",
    "The storm caused a power blackout across the city.",
    "Lawmakers cut taxes and closed the deal on Thursday.",
    "Police said the suspect used social media to plan the attack.",
])
def test_closing_or_cutting_other_things_is_no_restriction(events_of: Events, text: str) -> None:
    assert ("COERCE", "restriction") not in _kinds(events_of(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("The government lifted the ban on social media on Tuesday after two days of protests.", "lifted"),
    ("The curfew in the capital was eased on Friday.", "eased"),
    ("Parliament voted to repeal martial law.", "repeal"),
    ("The lifting of the state of emergency was announced on Monday.", "lifting"),
    ("Officials restored internet access in the region on Sunday.", "restored"),
])
def test_undoing_a_measure_is_an_easing_and_the_measure_no_event_of_its_own(events_of: Events, text: str,
                                                                            trigger: str) -> None:
    evs = events_of(text)
    assert _one(evs, "RETREAT", "easing").text == trigger  # PLOVER RETREAT (CAMEO 0813/0814 "ease curfew")
    assert not _kinds(evs) & {("COERCE", "restriction"), ("COERCE", "crackdown"), ("COERCE", "curfew"),
                              ("COERCE", "martial_law"), ("COERCE", "state_of_emergency")}


@pytest.mark.parametrize("text", [
    "She lifted the weights above her head.",
    "The end of the war came after six years.",
    "The two sides ended the talks on Friday.",
    "The army imposed a curfew in Tolm on Monday.",
])
def test_other_liftings_and_endings_are_no_easing(events_of: Events, text: str) -> None:
    assert ("RETREAT", "easing") not in _kinds(events_of(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Velmora severed diplomatic relations with Dorva on Friday.", "severed"),
    ("Velmora broke off ties with Dorva after the raid.", "broke"),
    ("The president announced the rupture of diplomatic relations with Dorva.", "rupture"),
    ("Velmora cut ties with Dorva on Monday.", "cut"),
])
def test_relations_severed_are_their_suspension(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "SANCTION", "suspension")  # CAMEO 161, PLOVER SANCTION
    assert ev.text.split()[0] == trigger


@pytest.mark.parametrize("text", [
    "The government cut taxes on fuel by ten percent.",
    "The sprinter broke the national record on Friday.",
    "Analysts expect a break in the weather by Sunday.",
])
def test_severing_nothing_of_relations_is_no_event(events_of: Events, text: str) -> None:
    assert not {("RETREAT", "suspension"), ("SANCTION", "suspension")} & _kinds(events_of(text))


@pytest.mark.parametrize("text", [
    "Velmoran diplomatic personnel left the country on Sunday.",
    "The ambassador and two consuls departed the capital on Monday.",
    "This means that our diplomats and their families have now left.",
])
def test_a_mission_s_staff_leaving_is_a_withdrawal(events_of: Events, text: str) -> None:
    ev = _one(events_of(text), "RETREAT", "withdrawal")
    assert ev.text in ("left", "departed")


def test_the_place_a_mission_leaves_is_no_party(events_of: Events) -> None:
    ev = _one(events_of("The expelled diplomats left the country on Monday on a chartered plane."), "RETREAT",
              "withdrawal")
    assert not any(p.role in ("target", "recipient") for p in ev.participants)


@pytest.mark.parametrize("text", [
    "The bombing left 32 people dead and dozens wounded.",
    "The minister was shot as he left a cabinet meeting in the town.",
    "Joel Amsel left the company in 2005 after three years.",
    "They left on Sunday.",
    "Five Velmoran citizens left the country on Monday on a chartered plane.",
    "The ambassador left the meeting early on Monday.",
])
def test_leaving_that_is_no_mission_s_withdrawal_is_no_event(events_of: Events, text: str) -> None:
    kinds = _kinds(events_of(text))
    assert ("RETREAT", "withdrawal") not in kinds and ("MOVE", "transport") not in kinds


@pytest.mark.parametrize(("text", "trigger"), [
    ("A tribunal in Velmora on Friday ruled the arrest of the former minister was illegal.", "ruled"),
    ("A court in Sarn decided on Saturday that the suspect should remain in custody.", "decided"),
    ("The high court said in its Friday ruling that the minister would remain behind bars.", "Friday ruling"),
    ("The minister's lawyers will appeal the court's judgment.", "judgment"),
])
def test_a_court_s_ruling_is_an_act_of_its_own(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "JUSTICE", "ruling")
    assert ev.text == trigger


@pytest.mark.parametrize("text", [
    "The ruling party won a majority in the vote.",
    "A military plane was ruled out because of the tensions.",
    "The general ruled the country for twenty years.",
    "In his judgment, the plan will fail.",
])
def test_ruling_that_no_court_makes_is_no_ruling(events_of: Events, text: str) -> None:
    assert ("JUSTICE", "ruling") not in _kinds(events_of(text))


@pytest.mark.parametrize("text", [
    "Joel Amsel was sent to prosecutors on suspicion of murder on Sunday.",
    "The case was referred to the prosecutor's office on Monday.",
    "Police handed the suspect over to prosecutors on Tuesday.",
])
def test_a_suspect_sent_to_prosecutors_is_a_step_of_the_case(events_of: Events, text: str) -> None:
    assert ("JUSTICE", "referral") in _kinds(events_of(text))


def test_sent_elsewhere_is_no_referral(events_of: Events) -> None:
    assert ("JUSTICE", "referral") not in _kinds(events_of("The ministry sent a letter to the mayor on Monday."))



def test_a_ruling_in_a_text_with_no_court_is_no_court_s_ruling(events_of: Events) -> None:
    evs = events_of("The minister ruled that the purchase would not cede control. It said this ruling was a key "
                    "condition of the deal.")
    assert ("JUSTICE", "ruling") not in _kinds(evs)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Judges in Kereth have confirmed the arrest of 14 suspects detained earlier this week.", "confirmed"),
    ("The appeals court upheld the sentence of the former mayor on Tuesday.", "upheld"),
    ("A judge extended the detention of the two activists by three months.", "extended"),
])
def test_a_court_keeping_a_step_in_force_rules(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "JUSTICE", "ruling")
    assert ev.text == trigger


def test_the_arrest_a_court_confirms_stays_the_arrest(events_of: Events) -> None:
    evs = events_of("Judges in Kereth have confirmed the arrest of 14 suspects detained earlier this week.")
    assert ("COERCE", "remand") not in _kinds(evs)
    assert {e.text for e in evs if (e.type, e.subtype) == ("COERCE", "arrest")} == {"arrest", "detained"}


@pytest.mark.parametrize("text", [
    "A court spokesman confirmed the arrest of the former mayor.",
    "The court confirmed the date of the next hearing.",
])
def test_a_confirmation_that_keeps_no_step_in_force_is_no_ruling(events_of: Events, text: str) -> None:
    assert ("JUSTICE", "ruling") not in _kinds(events_of(text))


@pytest.mark.parametrize(("text", "trigger", "subtype"), [
    ("President Marlo Vess declared martial law late on Tuesday, citing threats to the state.", "declared",
     "martial_law"),
    ("A state of emergency was declared in three provinces of Dorvia on Monday.", "declared", "state_of_emergency"),
    ("The government of Tesland has enforced a nationwide curfew after the riots.", "enforced", "curfew"),
    ("The army placed the province of Kereth under martial law on Friday.", "placed", "martial_law"),
    ("Opposition leaders denounced the martial law declaration as unconstitutional.", "law declaration",
     "martial_law"),
    ("The parties filed a motion over her short-lived imposition of martial law.", "imposition", "martial_law"),
    ("The curfew it had imposed four days earlier was lifted on Wednesday.", "imposed", "curfew"),
])
def test_a_measure_declared_or_imposed_is_an_act_and_the_measure_no_event_of_its_own(
        events_of: Events, text: str, trigger: str, subtype: str) -> None:
    evs = events_of(text)
    ev = _one(evs, "COERCE", subtype)
    assert ev.text == trigger and ev.modality == "asserted"
    assert not any(e.type == "STATEMENT" and e.subtype == "broadcast" for e in evs)
    assert not any(p.text in ("law", "curfew", "state") for p in ev.participants)  # the measure is nobody
    # other declarations and impositions impose no measure
    for other in ("Senator Ilka Brand declared her candidacy on Monday.",
                  "The council imposed sanctions on the Varos shipping firm.",
                  "The pilot made an emergency landing in Kereth.", "The court declared the law unconstitutional."):
        assert not {k for k in _kinds(events_of(other)) if k[1] in ("martial_law", "state_of_emergency", "curfew")}


def test_a_curfew_in_force_is_the_measure_and_lifting_martial_law_a_retreat(events_of: Events) -> None:
    assert ("COERCE", "curfew") in _kinds(events_of("The curfew in Tolm remained in force on Friday."))
    evs = events_of("President Marlo Vess lifted martial law six hours later.")
    assert _one(evs, "RETREAT", "easing").text == "lifted" and ("COERCE", "martial_law") not in _kinds(evs)


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Lawmakers voted 204-85 to impeach President Marlo Vess on Saturday.", "voted", ("AGREE", "vote")),
    ("The assembly's 190 members unanimously voted to lift martial law.", "voted", ("AGREE", "vote")),
    ("The impeachment motion passed with 204 votes in favour.", "passed", ("AGREE", "vote")),
    ("Members of parliament have passed a resolution calling for new elections.", "passed", ("AGREE", "vote")),
    ("The motion fell short of the 200 votes needed.", "fell", ("REJECT", "vote")),
    ("The motion was scrapped because the number of votes did not reach 200.", "scrapped", ("REJECT", "vote")),
    ("This was the second ballot on the bill, after it failed last week.", "failed", ("REJECT", "vote")),
    ("Most ruling party lawmakers voted against the bill.", "voted", ("REJECT", "vote")),
    ("Opposition parties filed the motion on Wednesday last week.", "filed", ("REQUEST", "motion")),
    ("The opposition submitted a motion to impeach President Marlo Vess.", "submitted", ("REQUEST", "motion")),
])
def test_a_legislature_s_vote_and_a_motion_filed_are_acts(events_of: Events, text: str, trigger: str,
                                                          kind: tuple[str, str]) -> None:
    assert _one(events_of(text), *kind).text == trigger
    # voters in an election are no legislature; a vote with no outcome told is none; nor other passing and failing
    for other in ("Voters in Tesland voted on Sunday in the presidential election.", "Her father passed away in 2019.",
                  "The plan failed to win enough support among donors.",
                  "Lawmakers began voting on the motion on Saturday."):
        assert not {k for k in _kinds(events_of(other)) if k[1] in ("vote", "motion")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("A Velmoran judge ordered on Monday to send to trial three young men accused of the attack.", "ordered"),
    ("Students paused their protests when the Supreme Court agreed to scrap most quotas.", "agreed"),
    ("Thousands have marched since July after a court reinstated quotas for state jobs.", "reinstated"),
    ("Police broke up rallies against quotas that were reinstated by a high court order last month.", "reinstated"),
    ("An appeals court in Sarn overturned the ban on Friday.", "overturned"),
])
def test_a_court_s_order_assent_or_undoing_is_its_ruling(events_of: Events, text: str, trigger: str) -> None:
    # what a court does to the matter before it is its ruling, told with an ordinary verb; what it agreed to do
    # ("agreed to scrap") is that ruling's content, no second one
    ev = _one(events_of(text), "JUSTICE", "ruling")
    assert ev.text.split()[-1] == trigger and ev.modality == "asserted"


@pytest.mark.parametrize("text", [
    "The finance minister agreed to scrap the fuel tax on Monday.",
    "The ministers ordered two new frigates from Tesland.",
    # a court bidding someone act makes a demand of him (CAMEO 10, PLOVER DEMAND), not a ruling
    "A Tesland judge has ordered the former president Ivo Marl to appear on October 16 for questioning.",
    "The court ordered the company to pay damages.",
])
def test_an_order_or_assent_no_court_gives_is_no_ruling(events_of: Events, text: str) -> None:
    assert ("JUSTICE", "ruling") not in _kinds(events_of(text))


def test_a_siege_ended_is_the_siege_not_a_measure_lifted(events_of: Events) -> None:
    evs = events_of("Velmora expected heavy casualties after its troops ended a siege of the armed men who had "
                    "taken hundreds of workers hostage.")
    assert ("RETREAT", "easing") not in _kinds(evs)
    assert any(e.text == "siege" and e.type == "ASSAULT" for e in evs)
    assert ("RETREAT", "easing") in _kinds(events_of("The army lifted the siege of Portwell on Friday."))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Judge Hana Orlova has denied those requests, saying the defendant remained a flight risk.", "denied"),
    ("The high court has approved the use of military force to quell the unrest.", "approved"),
    ("The Supreme Court struck down the law on Thursday.", "struck down"),
    ("A judge granted the request for a delay.", "granted"),
    ("The appeals court rejected the government's appeal on Monday.", "rejected"),
    ("A district court blocked the deployment of the guard.", "blocked"),
])
def test_a_court_answering_what_was_asked_rules(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "JUSTICE", "ruling")
    assert ev.text == trigger


@pytest.mark.parametrize("text", [
    "A court spokesman denied the report on Monday.",
    "The judge denied the allegations against her.",
    "The minister denied those requests on Friday.",
    "The striker struck the ball into the net.",
])
def test_the_same_verbs_of_others_are_no_ruling(events_of: Events, text: str) -> None:
    assert ("JUSTICE", "ruling") not in _kinds(events_of(text))

