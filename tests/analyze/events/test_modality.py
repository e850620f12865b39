"""Modality and factuality cues of event triggers (fictional sentences)."""

from __future__ import annotations

import pytest

from storyline.analyze.events.modality import modality_of, prospect


def _reading(nlp, text: str, trigger: str) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return modality_of(tok)


@pytest.mark.parametrize(("text", "trigger", "want"), [
    ("The army did not attack the village.", "attack", "negated"),
    ("There were no talks with the rebels.", "talks", "negated"),
    ("Holloway is expected to visit Nairobi next month.", "visit", "expected"),
    ("In Lesk, the alleged ringleaders are to be charged next month.", "charged", "expected"),  # arranged
    ("The former mayor is to stand trial in Kereth on 12 May.", "trial", "expected"),
    ("The aim is to capture the port before the winter.", "capture", "asserted"),  # an aim, no arrangement
    ("A court must first agree before a trial can be held.", "held", "expected"),
    ("Traders said it is difficult to resist the tender offers.", "offers", "asserted"),
    ("The complaint asks that Velmora be suspended from the union.", "suspended", "planned"),
    ("The envoy insisted that the prisoners were released on Monday.", "released", "asserted"),
    ("Delegations will be sent to Oslo.", "sent", "expected"),
    ("The ministry plans to sanction the company.", "sanction", "planned"),
    ("The cell plotted to kill the governor of Kereth.", "kill", "planned"),  # a plot, not the killing
    ("Three officers conspired to murder the judge.", "murder", "planned"),
    ("If the rebels attack the city, the army would respond.", "attack", "hypothetical"),
    ("The attacks were allegedly carried out by the Kestrel Front.", "carried", "alleged"),
    ("The Kestrel Front denied carrying out the bombing.", "bombing", "denied"),
    ("The group claimed responsibility for the bombing.", "bombing", "claimed"),
    ("The siege has claimed the lives of four guards.", "siege", "asserted"),  # it took their lives
    ("The blast in Kereth claimed 12 lives.", "blast", "asserted"),
    ("Rebels attacked the convoy on Monday.", "attacked", "asserted"),
    ("At least 3,958 people have died due to flooding.", "flooding", "asserted"),  # a cause, not a schedule
    # "due to" parsed as one preposition with the noun on "due": still a cause
    ("The death toll in Kereth due to a rocket attack climbed to 21 on Sunday.", "attack", "asserted"),
    ("The minister is due to visit Kereth on Monday.", "visit", "expected"),
    ("Foreign Minister Jane Holloway to visit Lesk next week for talks", "talks", "expected"),  # a headline
    ("Top Norland diplomat to visit Velmora in mid-March", "visit", "expected"),
    ("Envoy Holloway to begin regional trip tomorrow", "trip", "expected"),
    ("Foreign Minister Holloway meets Velmoran counterpart in Lesk", "meets", "asserted"),  # a headline's present
    ("The envoy went to Lesk to meet the president.", "meet", "asserted"),  # a purpose of a deed done
    ("Kereth has asked Valdora to withdraw 30 diplomats by 12 November.", "withdraw", "planned"),  # a demand
    ("Kereth told Valdora to withdraw its diplomats.", "withdraw", "planned"),
    ("The Farm Party demanded Mr Oster's resignation over the collapse.", "resignation", "planned"),  # asked for
    ("Opposition parties called for the resignation of the minister.", "resignation", "planned"),
    ("The minister's resignation was demanded by protesters.", "resignation", "planned"),
    # an order asks for the deed it names; an incident ordered is told as its author's deed
    ("On Friday, the premier ordered the arrest of Tomas Varek.", "arrest", "planned"),
    ("The governor ordered the evacuation of Kereth.", "evacuation", "planned"),
    ("The colonel ordered the attack on the village of Kereth.", "attack", "asserted"),
    # where a plan was made is no part of it
    ("In an emergency meeting the rescue team decided to pause the search.", "meeting", "asserted"),
    ("The opposition demanded that the governor step down.", "step", "planned"),  # a subjunctive clause
    ("The minister announced his resignation on Friday.", "resignation", "asserted"),  # done, not asked for
    ("The president called the attack cowardly.", "attack", "asserted"),  # "call" naming, not asking
    ("Rebels insisted that the army attacked first.", "attacked", "asserted"),  # a claim in the past
    ("Valdora has withdrawn 30 diplomats from Kereth.", "withdrawn", "asserted"),
    ("He has not been seen in public since the 2027 takeover of Tolm.", "takeover", "asserted"),  # an anchor
    ("The third round ended in Lesk without an agreement.", "agreement", "negated"),  # not reached
    ("They signed an agreement without delay.", "agreement", "asserted"),
    ("The third round ended without an agreement on a ceasefire.", "ceasefire", "negated"),  # nor what it was on
    ("The third round ended with an agreement on a ceasefire.", "ceasefire", "asserted"),
    ("Last month the two sides discussed a ceasefire for the first time.", "ceasefire", "hypothetical"),
    ("The rebels and the government were talking about a ceasefire.", "ceasefire", "hypothetical"),
    ("The two sides discussed the ceasefire they signed in May.", "ceasefire", "asserted"),  # a known one
    ("He said the attack did not break their resolve.", "attack", "asserted"),  # another deed is negated
    ("The bombing did not stop the talks.", "bombing", "asserted"),
    ("The meeting did not take place.", "meeting", "negated"),  # whether it happened
    ("The rally was not held.", "rally", "negated"),
    ("Vennland was ready to host a fifth round of talks.", "host", "planned"),  # readiness, not a meeting held
    ("The group said it was willing to return to talks.", "talks", "planned"),
    ("Vennland offered to host the talks in Lesk.", "host", "planned"),
    ("The army offered no explanation for the attack.", "attack", "asserted"),  # an offer of something else
])
def test_modality_cues(nlp, text: str, trigger: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger)[0] == want


def test_modality_reported_by_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    reading, reporter = _reading(nlp, "Officials said rebels attacked the convoy.", "attacked")
    assert reading == "asserted" and reporter == "Officials"
    _, reporter = _reading(nlp, "According to the Lima police, rebels attacked the convoy.", "attacked")
    assert reporter is not None and "police" in reporter


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # a telling or a deed that is negated leaves the event told as it is
    ("The ministry did not announce his visit in advance.", "visit", "asserted"),
    ("The spokesman did not comment on the bombing.", "bombing", "asserted"),
    ("The group said it did not carry out the bombing.", "bombing", "asserted"),
    ("The men who planned last week's bombing crossed the border.", "bombing", "asserted"),
    ("Her claim that the rebels sheltered the men behind the bombing angered Lesk.", "bombing", "asserted"),
    # a guess at who took part in a known event ("could have been involved in the Sarn attack")
    ("Putrov said Valdora could have been involved in the Sarn Hall attack on Friday.", "attack", "asserted"),
    ("The rebels may have carried out the bombing.", "bombing", "asserted"),
    # a regret about the past is told of what happened
    ("A stampede that killed 40 people should not have happened.", "stampede", "asserted"),
    ("The attack should never have been allowed to happen.", "attack", "asserted"),
    # negatives: the event itself negated or still a plan
    ("The army did not attack the village.", "attack", "negated"),
    ("The rebels are planning an attack on the capital.", "attack", "planned"),
    ("The guards could have prevented an attack on the capital.", "attack", "hypothetical"),
    ("Valdora could have been involved in attacks on the capital.", "attacks", "hypothetical"),
    ("The meeting should have happened in May.", "meeting", "hypothetical"),
    ("The meeting did not happen.", "meeting", "negated"),
])
def test_modality_of_the_event_not_of_its_telling(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  want: str) -> None:
    assert _reading(nlp, text, trigger)[0] == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # a measure told in the past by the authority that takes it is taken
    ("The premier announced that the talks with the rebels would be suspended.", "suspended", "asserted"),
    ("The minister told her that the border crossings would be closed.", "closed", "asserted"),
    # a plan, a condition or a real hypothesis stays one
    ("The premier said that she would visit Kereth.", "visit", "hypothetical"),
    ("The premier announced that the talks would be suspended if the attacks went on.", "suspended",
     "hypothetical"),
    ("The talks could be suspended.", "suspended", "hypothetical"),
])
def test_modality_announced_measure(nlp, text: str, trigger: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger)[0] == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    ("Her mandate will be clear when she travels to Lesk.", "travels", "expected"),
    ("The talks will resume once the envoy arrives in Kereth.", "arrives", "expected"),
    ("Her mandate became clear when she travelled to Lesk.", "travelled", "asserted"),
    ("Her mandate is always clear when she travels to Lesk.", "travels", "asserted"),
])
def test_modality_future_time_clause(nlp, text: str, trigger: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger)[0] == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    ("The ministry said Lenk had accepted an invitation from Borg to visit Velmora.", "visit", True),
    ("Lenk announced a plan to meet the rebel leaders in Tarvik.", "meet", True),
    # negative: a visit made at someone's invitation, or a plan told of a deed done, is no act to come
    ("Lenk visited Velmora last week at the invitation of Borg.", "visited", False),
    ("Lenk went to Tarvik with a plan and met the rebel leaders.", "met", False),
])
def test_modality_an_act_named_by_a_noun_of_an_act_to_come(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                          want: bool) -> None:
    assert prospect(next(t for t in nlp(text) if t.text == trigger)) == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # a negated expectation or perception of a known event negates the expecting, not the event
    ("Residents did not expect the bombing at the grain market.", "bombing", "asserted"),
    ("The harbour police had not anticipated the riot in Sarn.", "riot", "asserted"),
    ("The night guards never noticed the fire in the depot.", "fire", "asserted"),
    ("No one saw the explosion at the depot coming.", "explosion", "asserted"),
    ("Nobody foresaw the collapse of the old bridge.", "collapse", "asserted"),
    ("Lesk did not see the Sarn attack coming.", "attack", "asserted"),
    # negatives: an event not known ("any", "a") is denied, and a negated event stays negated
    ("Officials did not see any explosion at the depot.", "explosion", "negated"),
    ("The guards did not notice a fire anywhere.", "fire", "negated"),
    ("The bombing at the grain market did not happen.", "bombing", "negated"),
    ("The army did not attack the village.", "attack", "negated"),
])
def test_modality_a_negated_expectation_or_perception_leaves_a_known_event(  # type: ignore[no-untyped-def]
        nlp, text: str, trigger: str, want: str) -> None:
    assert _reading(nlp, text, trigger)[0] == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # a condition of an act still to come has not happened either
    ("Marek said the front was ready to return to talks, but only after the release of two farmers.", "release",
     "hypothetical"),
    ("The front will not resume talks until Tarvik releases the prisoners.", "releases", "expected"),
    ("The rebels offered a truce in exchange for the release of their fighters.", "release", "hypothetical"),
    ("The front said it would lay down its arms once the prisoners are freed.", "freed", "expected"),
    ("The front will lay down its arms only once the prisoners are freed.", "freed", "hypothetical"),
    # the same adjuncts of a deed done tell what happened
    ("The talks resumed only after the release of the hostages.", "release", "asserted"),
    ("Tarvik released 62 prisoners in exchange for the release of six guards.", "release", "asserted"),
    ("The prisoners were held until their release last week.", "release", "asserted"),
    ("Talks will resume after the release of the hostages.", "release", "asserted"),  # "after" alone: either
])
def test_modality_condition_of_an_act_to_come(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                              want: str) -> None:
    assert _reading(nlp, text, trigger)[0] == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # refused, called off, prevented: not done; put off: still to come
    ("The minister refused to meet the delegation on Tuesday.", "meet", "negated"),
    ("The front refused to release the prisoners.", "release", "negated"),
    ("The president ruled out talks with the rebels.", "talks", "negated"),
    ("The president cancelled his visit to Kereth.", "visit", "negated"),
    ("The minister called off the meeting with the rebels.", "meeting", "negated"),
    ("The police prevented an attack on the embassy.", "attack", "negated"),
    ("A navy ship foiled a pirate attack on the freighter.", "attack", "asserted"),  # beaten off: it was made
    ("Tarvik delayed the release of 62 prisoners.", "release", "expected"),
    ("Tarvik delayed the release of 62 prisoners, which was to follow the return of six guards from Lesk.",
     "release", "expected"),  # a "from" of a place is no "kept from doing"
    ("The meeting was postponed until next week.", "meeting", "expected"),
    # a turning down that is itself negated or only possible, or another sense of the verb, leaves the act be
    ("The president did not cancel his visit to Kereth.", "visit", "asserted"),
    ("The guards could have prevented an attack on the capital.", "attack", "hypothetical"),
    ("The court ruled on the appeal after the attack.", "attack", "asserted"),
    ("The army stopped its raids on the village.", "raids", "asserted"),  # raids made, then stopped
    ("The talks were suspended after the bombing.", "bombing", "asserted"),
    ("The union called a strike if the owners refused to begin talks.", "begin", "hypothetical"),  # a condition
    ("We will strike if they continue to prevent the aid.", "aid", "hypothetical"),
    ("Lenk did not want to offend Tarvik by cancelling his visit.", "visit", "planned"),  # not cancelled
    ("The ministers fought to prevent a deal on milk from turning sour.", "deal", "asserted"),  # kept from souring
    ("The ministers fought to prevent a deal on cutting milk output from turning sour.", "deal", "asserted"),
    ("The councils refuse to approve the firm's requests for overtime.", "requests", "asserted"),  # made
])
def test_modality_refused_cancelled_or_put_off(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                               want: str) -> None:
    assert _reading(nlp, text, trigger)[0] == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # an imperative is a demand; a conjunct shares what governs the first conjunct
    ("Release the hostages now, protesters tell the government.", "Release", "planned"),
    ("Front Tells Tarvik: Free Our Men, Then We Talk", "Free", "planned"),
    ("Marek wanted to know whether she could discuss a ceasefire and the release of prisoners.", "release",
     "hypothetical"),
    ("Protesters demanded the resignation of the mayor and the arrest of the guards.", "arrest", "planned"),
    ("Released hostages tell of their ordeal.", "Released", "asserted"),
    ("The army attacked the market and the bus station on Monday.", "station", "asserted"),
    ("Traders were reluctant to offer grain and only small sales were booked.", "sales", "asserted"),  # a clause
])
def test_modality_imperative_and_conjuncts(nlp, text: str, trigger: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger)[0] == want



@pytest.mark.parametrize(("text", "trigger"), [
    ("Joel Amsel has been hiding in the embassy since a warrant was issued for his arrest.", "arrest"),
    ("The court issued a warrant for the arrest of the former minister.", "arrest"),
    ("The government offered a reward for the capture of the gang's leader.", "capture"),
    ("On Friday, Prime Minister Nola Varek ordered the arrest of the factory's owner.", "arrest"),
    ("The prosecutor ordered arrest of Tomas Brill.", "arrest"),
    ("The detention of the two engineers was ordered by a court in Lesk.", "detention"),
])
def test_what_a_warrant_or_a_reward_is_for_is_not_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger)[0] == "planned"


def test_an_arrest_made_for_a_crime_is_done(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, "Police arrested Joel Amsel for the murder on Friday.", "arrested")[0] == "asserted"
    assert _reading(nlp, "Police made the arrest for the murder on Friday.", "arrest")[0] == "asserted"


@pytest.mark.parametrize(("text", "trigger", "want"), [
    ("Velmora faces a record series of terrorism trials after police arrested 25 people.", "trials", "expected"),
    ("Joel Amsel faces trial for the murder of a guard.", "trial", "expected"),
    ("Joel Amsel is awaiting extradition to Lesk.", "extradition", "expected"),
    ("The date for the trial has not yet been fixed.", "trial", "expected"),
    ("The first of three trials involving the network is about to start.", "trials", "expected"),
    ("Police are about to arrest the suspects.", "arrest", "expected"),
    ("The Lesk court plans to rule on the Velmora trial in the first half of the year.", "trial", "expected"),
    ("Preliminary decision on Velmora trial in the first half of the year", "trial", "expected"),
    ("The court ruled on the appeal on Monday.", "appeal", "asserted"),
    ("Joel Amsel has since been held without bail, pending his trial.", "trial", "expected"),
    # held: faced in the past, or a proceeding that is not faced
    ("Joel Amsel faced trial in 2019 and was acquitted.", "trial", "asserted"),
    ("The trial of Joel Amsel opened in Lesk on Monday.", "trial", "asserted"),
    ("The army faces a wave of attacks in the north.", "attacks", "asserted"),
    ("The war is about to end.", "war", "asserted"),
])
def test_a_proceeding_faced_awaited_or_about_to_start_is_to_come(  # type: ignore[no-untyped-def]
        nlp, text: str, trigger: str, want: str) -> None:
    assert _reading(nlp, text, trigger)[0] == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    ("Dravik pleaded not guilty to fraud charges.", "charges", "asserted"),  # the plea is "not guilty", not the charge
    ("The nurse was found not guilty of theft.", "theft", "asserted"),
    ("Velk was denied bail and remanded to prison.", "remanded", "asserted"),  # joined to "denied", not its content
])
def test_modality_of_what_a_plea_or_a_denial_stands_beside(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                           want: str) -> None:
    assert _reading(nlp, text, trigger)[0] == want


def test_an_ordered_massacre_is_still_done(nlp) -> None:  # type: ignore[no-untyped-def]
    # only an order that has a person taken is an arrest to come; "ordered the massacre" tells who did it
    assert _reading(nlp, "The colonel ordered the massacre of the villagers in 1994.", "massacre")[0] == "asserted"


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # a subject quantified by "no" denies the deed (or the claim) itself
    ("No group has claimed responsibility for the abduction of the pupils in Varn.", "responsibility", "negated"),
    ("No one was arrested after the clashes in Kereth.", "arrested", "negated"),
    ("Nobody was injured in the fire.", "injured", "negated"),
    # the known event told further down stays done: only who did it, or who was held for it, is denied
    ("No one has been arrested for the bombing of the Varn market.", "bombing", "asserted"),
    ("The Kestrel Front claimed responsibility for the bombing.", "responsibility", "claimed"),
])
def test_a_subject_with_no_denies_the_deed(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                           want: str) -> None:
    assert _reading(nlp, text, trigger)[0] == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # what an order commands is planned: the order is the event told
    ("Velmora leader gives shoot-to-kill order to quell uprising", "shoot", "planned"),
    ("Velmora leader gives shoot-to-kill order to quell uprising", "kill", "planned"),
    ("He said it by way of an explanation for the shoot-to-kill orders.", "kill", "planned"),
    ("I have given the order to the army to shoot to kill without warning.", "shoot", "planned"),
    ("The claims came after Dravik announced a shoot-to-kill order to security forces.", "kill", "planned"),
    ("The order to fire came from the general.", "fire", "planned"),
    # an act done on an order is done
    ("Troops killed 12 people on the order of the governor.", "killed", "asserted"),
])
def test_what_an_order_commands_is_planned(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                           want: str) -> None:
    assert _reading(nlp, text, trigger)[0] == want
