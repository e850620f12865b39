"""Candidate sentences: furniture out, datelines, share buttons and glued headlines cut, offsets kept."""

from __future__ import annotations

import pytest

from storyline.model import Article
from storyline.present.sentences import candidates, is_furniture, quote_start, share_prefix, unattributed_quote


def _texts(text: str) -> list[str]:
    art = Article("a1", text)
    return [c.text for c in candidates([art], {"a1": [(0, len(text))]})]


def test_cuts_that_keep_offsets() -> None:
    for raw, shown in (("SARN: A bomb exploded in the market on Tuesday, officials said.",
                        "A bomb exploded in the market on Tuesday, officials said."),
                       ("WhatsApp Facebook The leader of the group said on Wednesday he was ready to talk.",
                        "The leader of the group said on Wednesday he was ready to talk."),
                       ("TARVIN-‘At least 30 people have died after the river burst its banks,’ officials said.",
                        "‘At least 30 people have died after the river burst its banks,’ officials said."),
                       ("LIMA − The coast guard said on Tuesday it was calling off the search for the crew.",
                        "The coast guard said on Tuesday it was calling off the search for the crew."),
                       ("Merrow, 21 Sept: Velmora has closed its trade office in Orvani until further notice.",
                        "Velmora has closed its trade office in Orvani until further notice."),
                       ("Tarvin, June 3: The mayor on Saturday arrived at the site of the fire in the town.",
                        "The mayor on Saturday arrived at the site of the fire in the town."),
                       ("Orvani [Valdora], June 4 : The mayor on Saturday arrived at the site of the fire.",
                        "The mayor on Saturday arrived at the site of the fire."),
                       ("Tarvin, Peru - Police arrested nine people on Monday after the footbridge fell.",
                        "Police arrested nine people on Monday after the footbridge fell."),  # agency cleaned away
                       ("Update, Phase 3: The mayor on Saturday arrived at the site of the fire in the town.",
                        "Update, Phase 3: The mayor on Saturday arrived at the site of the fire in the town."),
                       ("Update: Velmora has closed its trade office in Orvani until further notice.",
                        "Update: Velmora has closed its trade office in Orvani until further notice."),
                       ("LESK, Mar. 3, 2031 - The death toll from the flood rose to 40, the ministry said.",
                        "The death toll from the flood rose to 40, the ministry said."),
                       ("Sarn, KTV Bureau: In a fire on Friday evening, the depot burned down, officials said.",
                        "In a fire on Friday evening, the depot burned down, officials said."),
                       (", KTV Bureau: In a fire on Friday evening, the depot burned down, officials said.",
                        "In a fire on Friday evening, the depot burned down, officials said."),
                       ("Valdora Today News Service: The depot burned down on Friday, officials said.",
                        "The depot burned down on Friday, officials said."),
                       ("&\\tThe depot burned down on Friday, officials said.",
                        "The depot burned down on Friday, officials said."),
                       ("\\tWhile the depot burned, officials said nothing.",
                        "While the depot burned, officials said nothing."),
                       ("The depot burned down on Friday. &\\tOfficials said nothing about the cause.",
                        "The depot burned down on Friday."),
                       ("HTK Tells Orvani: Free Our Men\nThe leader of the group said he was ready to talk.",
                        "The leader of the group said he was ready to talk."),
                       ("HTK Tells Orvani: Free Our Men\n    The leader of the group said he was ready to talk.",
                        "The leader of the group said he was ready to talk.")):
        art = Article("a1", raw)
        (c,) = candidates([art], {"a1": [(0, len(raw))]})
        assert c.text == shown and raw[c.start:c.end] == shown


def test_share_buttons_need_a_button_word() -> None:
    assert share_prefix("Facebook Inc said on Monday it would buy the company.") == 0  # a company, not a button
    assert share_prefix("Share The minister said ...") == len("Share ")


def test_furniture_and_tables_are_not_sentences() -> None:
    assert _texts("Follow us on Twitter/ @paper for more news on the attack in the town.") == []
    assert _texts("Oper shr 17 cts vs 19 cts Oper net 636,000 vs 358,000 Revs 10.6 mln vs 7,024,000") == []
    assert is_furniture("By Reuters Staff") and not is_furniture("The ministry said 14 people died on 5 March.")


def test_time_stamps_template_words_and_media_markers_are_cut() -> None:
    for raw, shown in (("ET, April 2, 2031 Here is what we know about the four men held after the attack.",
                        "Here is what we know about the four men held after the attack."),
                       ("Desk Explainers April 3, 2031, 10:24:25 IST The attack on the hall was the worst in years.",
                        "The attack on the hall was the worst in years."),
                       ("AP info_icon The President of Estmark declared a day of mourning for the victims.",
                        "The President of Estmark declared a day of mourning for the victims."),
                       ("Sarn court arrests four suspects in the market bombing in the old town PHOTO",
                        "Sarn court arrests four suspects in the market bombing in the old town")):
        art = Article("a1", raw)
        (c,) = candidates([art], {"a1": [(0, len(raw))]})
        assert c.text == shown and raw[c.start:c.end] == shown
    kept = "April 2, 2031 was the darkest day the town of Sarn had known in a generation."
    assert _texts(kept) == [kept]  # a date alone is no time stamp


def test_a_weekday_date_line_a_regional_dateline_and_a_closing_quote_are_cut() -> None:
    """Page furniture a bullet showed (issue 14): a page's date line with its weekday and a dash, a dateline whose
    capitals go on with region and country before the agency, the quotation mark that closed the sentence
    before a line break."""
    for raw, shown in (("Tuesday, April 1, 2031 – The ferry to Lesk was cancelled on Tuesday because of the storm.",
                        "The ferry to Lesk was cancelled on Tuesday because of the storm."),
                       ("Friday, 4 April 2031 - The ferry to Lesk was cancelled on Tuesday because of the storm.",
                        "The ferry to Lesk was cancelled on Tuesday because of the storm."),
                       ("KERETH STATION, Oru Region, Estmark (VNA) - The ferry to the town of Lesk was cancelled on "
                        "Tuesday.", "The ferry to the town of Lesk was cancelled on Tuesday."),
                       ("NORTH SARN, Valdora — The ferry to the town of Lesk was cancelled on Tuesday morning.",
                        "The ferry to the town of Lesk was cancelled on Tuesday morning."),
                       ('"\nSitting at a long table in the town hall, the mayor thanked the volunteers of Oru.',
                        "Sitting at a long table in the town hall, the mayor thanked the volunteers of Oru.")):
        art = Article("a1", raw)
        (c,) = candidates([art], {"a1": [(0, len(raw))]})
        assert c.text == shown and raw[c.start:c.end] == shown
    for kept in ("Tuesday, April 1, 2031 was the darkest day the town of Sarn had known in a generation.",
                 '"We will rebuild the market," the mayor of Sarn said on Tuesday after the meeting.'):
        assert _texts(kept) == [kept]  # a date alone is no date line; an opening quotation mark stays


def test_a_list_item_glued_on_after_the_sentence_end_is_cut() -> None:
    """The splitter can run a sentence on into the next item of a list ("… a statement.\\n- “…”"): the bullet
    shows the sentence alone; a dash inside a sentence is no list."""
    raw = ("Before the vote, the mayor of Oru said the council would discuss the budget, according to a "
           'statement.\n- "We will close no school," the mayor said, per the statement.')
    (c,) = candidates([Article("a1", raw)], {"a1": [(0, len(raw))]})
    assert c.text == raw[:raw.index("\n")] and raw[c.start:c.end] == c.text
    kept = "The mayor said the council would discuss the budget - and nothing else - at the meeting."
    assert _texts(kept) == [kept]


def test_a_text_that_stops_mid_sentence_is_not_quoted_there() -> None:
    text = ("The ministry told its citizens to take care. It advised them to avoid the border in view of grow")
    art = Article("a1", text)
    cut = len("The ministry told its citizens to take care.")
    shown = [c.text for c in candidates([art], {"a1": [(0, cut), (cut + 1, len(text))]})]
    assert shown == ["The ministry told its citizens to take care."]
    whole = "The ministry told its citizens to take care, the spokesman said on Monday."
    assert _texts(whole) == [whole]


def test_list_bullets_are_not_part_of_the_sentence() -> None:
    text = "• After the arrest, the suspect was taken to the capital for questioning. •"
    (c,) = candidates([Article("a1", text)], {"a1": [(0, len(text))]})
    assert c.text == "After the arrest, the suspect was taken to the capital for questioning."
    assert text[c.start:c.end] == c.text


def test_a_sentence_closing_a_quotation_starts_where_the_quotation_opens() -> None:
    for text in ('The talks ended. "We did not come to agree on everything. We came to agree on how to start '
                 'again," Kovane told reporters after the meeting.',
                 'The talks ended. “We did not come to agree on everything. We came to agree on how to start '
                 'again,” Kovane told reporters after the meeting.'):
        cut = text.index("We came")
        art = Article("a1", text)
        shown = [c.text for c in candidates([art], {"a1": [(0, 16), (17, cut - 1), (cut, len(text))]})]
        assert shown[-1].startswith(text[17]) and shown[-1].endswith("after the meeting.")
    # a quotation closed and opened again in one sentence, or opened in another paragraph, moves nothing
    text = 'He said "no." Then: "We came to agree on how to start again," Kovane told reporters on Tuesday.'
    assert quote_start(text, 14, len(text)) == 14
    text = 'Kovane spoke. "It was long.\n\nWe came to agree on how to start again," Kovane told the reporters.'
    assert quote_start(text, text.index("We came"), len(text)) == text.index("We came")


def test_the_headline_repeated_as_the_first_line_is_no_sentence() -> None:
    text = "Sarn court remands four suspects in market bombing\nThe four men were brought to court on Sunday."
    art = Article("a1", text, title="Sarn Court Remands Four Suspects in Market Bombing")
    cut = text.index("\n")
    shown = [c.text for c in candidates([art], {"a1": [(0, cut), (cut + 1, len(text))]})]
    assert shown == ["The four men were brought to court on Sunday."]


def test_a_sentence_opening_in_lower_case_is_a_cut_tail() -> None:
    assert _texts("after ten years of war and after the uprising that overthrew the old ruler in the north.") == []
    assert _texts("“") == [] and _texts("( ") == []  # a splitter's leftover quote mark or bracket is no sentence
    kept = "eBay said on Monday it would close its office in the town of Sarn."
    assert _texts(kept) == [kept]


def test_headlines_captions_and_comma_datelines_are_no_sentences() -> None:
    assert _texts("Abducted Pupils Released After Two Weeks In Captivity") == []  # a headline line
    assert _texts("Pupils Released Amid Questions about Ransom: ‘We Paid Nothing’ – Governor") == []
    assert _texts("The pupils, some seen here after being freed, were in the school yard when the men came.") == []
    assert _texts("Tarvin, The kidnapping of the pupils has left the parents and teachers in tears.") == \
        ["The kidnapping of the pupils has left the parents and teachers in tears."]
    assert _texts("– Scores of pupils taken from the school last week have been released, officials said.") == \
        ["Scores of pupils taken from the school last week have been released, officials said."]
    kept = "“What we have seen here is a tragedy,” the governor said after visiting the school on Monday."
    assert _texts(kept) == [kept]
    kept = "Smith, Jones - A law firm said on Monday that it would appeal against the ruling."  # no country
    assert _texts(kept) == [kept]
    kept = "Tarvin, a town of 20,000 people, has been guarded by soldiers since the attack in August."
    assert _texts(kept) == [kept]


def test_a_line_of_its_own_without_a_sentence_end_is_a_heading() -> None:
    text = "Crew was mending the road when the ship struck the bridge\nSix workers were on the span at the time."
    cut = text.index("\n")
    shown = [c.text for c in candidates([Article("a1", text)], {"a1": [(0, cut), (cut + 1, len(text))]})]
    assert shown == ["Six workers were on the span at the time."]


def test_the_headline_cut_at_its_colon_is_no_sentence() -> None:
    text = ("Missing workers presumed dead as search is called off: live updates\n\n"
            "The search for the six workers ended on Tuesday.")
    art = Article("a1", text, title="Missing workers presumed dead as search is called off: live updates")
    cut = text.index(":") + 1
    shown = [c.text for c in candidates([art], {"a1": [(0, cut), (text.index("The"), len(text))]})]
    assert shown == ["The search for the six workers ended on Tuesday."]


def test_the_headline_with_the_kicker_of_the_first_line_glued_on_is_no_sentence() -> None:
    title = "Sarn bridge collapse: ministry answers the inspectors' first report on the span"
    text = f"{title} Sarn bridge collapse: The inspectors found two cables cut through before the span fell."
    art = Article("a1", text, title=title)
    cut = text.index("collapse: The") + len("collapse:")
    shown = [c.text for c in candidates([art], {"a1": [(0, cut), (cut + 1, len(text))]})]
    assert shown == ["The inspectors found two cables cut through before the span fell."]
    # a sentence that goes on after the headline is kept
    long = f"{title} and the minister resigned on Monday after the inspectors spoke."
    art = Article("a2", long, title=title)
    assert [c.text for c in candidates([art], {"a2": [(0, len(long))]})] == [long]


@pytest.mark.parametrize("credit", ["JANE DOE/Getty Images", "(Image: Orvani TV)", "Photo: Ana Berg", "AFP PHOTO"])
def test_a_caption_above_a_photo_credit_is_no_sentence(credit: str) -> None:
    text = (f"Police guard the square in Sarn after the blast on Sunday.\n{credit}\n\n"
            "SARN, March 13 (Wire) - A car bomb killed 12 people at a crowded bus stop in Sarn on Sunday.")
    got = [c.text for c in candidates([Article("a1", text, title="Blast in Sarn")], {})]
    assert got == ["A car bomb killed 12 people at a crowded bus stop in Sarn on Sunday."]



def test_a_quotation_with_no_word_outside_its_marks_is_no_bullet() -> None:
    """A sentence that is one quotation and nothing else names nobody: shown alone it is nobody's words; the
    quotation its sentence attributes stays."""
    text = ('"Our envoys have gone to the capital to explain the plan and it was well received." '
            "The minister of finance said so on Friday after the cabinet met in the old palace. "
            '"We will listen and we will not take sides," the envoy said after the long meeting.')
    second, third = text.index("The minister"), text.index('"We will')
    spans = [(0, second - 1), (second, third - 1), (third, len(text))]
    shown = [c.text for c in candidates([Article("a1", text)], {"a1": spans})]
    assert len(shown) == 2, shown
    assert not any(t.startswith('"Our envoys') for t in shown), shown
    assert any(t.startswith('"We will listen') for t in shown), shown


@pytest.mark.parametrize(("text", "alone"), [
    ("“We will not give up.”", True),
    ("‘We will fight on.’", True),
    ("‘We will fight on,’ the minister said, ‘until the end.’", False),  # its speaker is in it
    ("'We will fight on,' the minister said, 'until the end.'", False),
    ("“We will fight on,” the minister said, “until the end.”", False),
])
def test_sentences_a_quotation_alone_is_nobodys_words(text: str, alone: bool) -> None:
    assert unattributed_quote(text) is alone
