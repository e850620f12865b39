"""Cleaning rules, one kind at a time, on made-up articles."""

from __future__ import annotations

import pytest

from storyline.config import Config
from storyline.ingest import article_from_fields
from storyline.ingest.clean import Cleaned, _drop_cut_copies, clean_text, is_boilerplate, take_title

P1 = "The council of Port Ammerin voted on Monday to reopen the northern locks."
P2 = "Guild elders said the vote came too late for the spring harvest."


def _gone(line: str) -> Cleaned:
    """``line`` between two sentences of text leaves it; the result, for the checks a test adds."""
    cleaned = clean_text(f"{P1}\n{line}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    return cleaned


def _stays(line: str) -> None:
    """``line`` between two sentences of text stays in it, as it is."""
    assert clean_text(f"{P1}\n{line}\n{P2}").text == f"{P1}\n{line}\n{P2}"


@pytest.mark.parametrize("line", [
    "COMMENTS",
    "3 Comments",
    "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
    "Commenting has been disabled. To find out more, click here.",
    "For more information, please see our Comments FAQ",
    "Leave a Reply",
    "Leave a comment",
    "Your email address will not be published. Required fields are marked *",
])
def test_clean_removes_comment_notices(line: str) -> None:
    assert _gone(line).removed == (line,)


@pytest.mark.parametrize("line", [
    "Read Harbour master quits over lock dispute",
    "Read more: Guilds reject council offer",
    "READ ALSO: ‘We were not consulted’, elders say",
    "Also read: Floods close the northern locks",
    "Read more",
    "See also: Timeline of the lock dispute",
    "Related: Guild elders named",
])
def test_clean_removes_related_link_lines(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", [
    "Read the full statement on the council's website.",
    "Read aloud, the letter drew applause from the guild hall.",
    "Related talks in the southern port are expected to start in June.",
])
def test_clean_keeps_sentences_starting_with_read(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(f"{P1}\n{line}").text == f"{P1}\n{line}"


@pytest.mark.parametrize("line", [
    "Share this article",
    "Share on Facebook",
    "Subscribe to our newsletter",
    "Sign up for our daily briefing newsletter",
    "Follow us on Twitter and Instagram",
    "Join our WhatsApp channel",
    "Click here to download the council's report",
    "Also read: Lock keepers strike",
    "© 2031 The Ammerin Ledger. All rights reserved.",
    "Copyright 2031 Harbour Courier",
    "Advertisement",
])
def test_clean_removes_share_subscribe_click_copyright_lines(line: str) -> None:
    cleaned = clean_text(f"{P1}\n{line}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    assert line in cleaned.removed


@pytest.mark.parametrize("line", [
    "(Reporting by Ilse Marrow; Editing by Tomas Reyne)",
    "Reporting by Ilse Marrow; Editing by Tomas Reyne",
    "The post Locks reopen appeared first on Harbour Courier.",
    "Continue reading...",
    "Read the full story at Harbour Courier »",
    "[…]",
])
def test_clean_removes_staff_credits_and_feed_trailers(line: str) -> None:
    assert clean_text(f"{P1}\n{P2}\n{line}").text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "Reporting by the council showed a rise in grain prices.",
    "Voters must register now to take part in the June referendum, the council said.",
    "Share prices on the Ammerin exchange fell on Monday.",
])
def test_clean_keeps_sentences_that_look_like_furniture(line: str) -> None:
    assert not is_boilerplate(line)


def test_clean_keeps_long_lines_that_mention_furniture_words() -> None:
    line = ("Residents who subscribe to the water cooperative were told to follow us on the new route, the "
            "harbour master joked, before he said the locks would reopen only after an inspection in June.")
    assert clean_text(f"{P1}\n{line}").text == f"{P1}\n{line}"


@pytest.mark.parametrize(("tail", "credit"), [
    ("–VNA", "VNA"),
    ("-- AFP", "AFP"),
    ("(AFP)", "AFP"),
    ("Reuters", "Reuters"),
    ("AP", "AP"),
    ("With inputs from PTI", "PTI"),
    ("With inputs from agencies", "agencies"),
    ("(Excerpts : Xinhua)", "Xinhua"),  # an excerpt's source in parentheses
    ("Courtesy: AFP", "AFP"),
])
def test_clean_records_wire_credit_lines_at_the_end(tail: str, credit: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{tail}")
    assert cleaned.credit == credit
    assert cleaned.text == f"{P1}\n{P2}"


@pytest.mark.parametrize("tail", [" –IANS", " PTI KR PD MJT ND"])  # a dash credit; a wire slug of desk initials
def test_clean_records_inline_credit_at_end_of_last_paragraph(tail: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}{tail}")
    assert cleaned.credit == tail.strip(" –").split()[0]
    assert cleaned.text == f"{P1}\n{P2}"


def test_clean_capitals_after_an_agency_name_in_the_body_are_not_a_slug() -> None:
    text = f"{P1}\nThe figures came from PTI and the UN."
    assert clean_text(text).text == text


def test_clean_credit_under_trailing_boilerplate() -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n–IANS\nLeave a Reply")
    assert (cleaned.credit, cleaned.text) == ("IANS", f"{P1}\n{P2}")


def test_clean_dateline_with_agency_credit() -> None:
    cleaned = clean_text(f"PORT AMMERIN, May 6 (Reuters) - {P1}\n{P2}")
    assert cleaned.credit == "Reuters"
    assert cleaned.dateline == "PORT AMMERIN"
    assert cleaned.text == f"PORT AMMERIN, May 6 - {P1}\n{P2}"


def test_clean_dateline_with_agency_credit_and_no_dash() -> None:
    cleaned = clean_text(f"Port Ammerin, May 6 (PTI) {P1}\n{P2}")
    assert (cleaned.credit, cleaned.dateline) == ("PTI", "Port Ammerin")
    assert cleaned.text == f"Port Ammerin, May 6 - {P1}\n{P2}"
    # a name and its acronym before a capitalised word is no dateline
    assert clean_text(f"Harbour Guild (HG) Members met on Monday.\n{P2}").dateline is None


def test_clean_leading_agency_credit_without_place() -> None:
    cleaned = clean_text(f"(AP) — {P1}\n{P2}")
    assert (cleaned.credit, cleaned.dateline, cleaned.text) == ("AP", None, f"{P1}\n{P2}")


def test_clean_dateline_place_recorded_text_kept() -> None:
    cleaned = clean_text(f"ORVANI: {P1}\n{P2}")
    assert cleaned.dateline == "ORVANI"
    assert cleaned.credit is None
    assert cleaned.text == f"ORVANI: {P1}\n{P2}"


def test_clean_agency_named_inside_body_is_not_a_credit() -> None:
    text = f"{P1}\nAccording to an AFP report, the locks will stay shut.\n{P2}"
    assert clean_text(text).credit is None


def test_clean_footnote_markers_stripped_footnotes_kept_as_notes() -> None:
    text = (f"Fighters of the Ammerin River Front (ARF*) and the Guild Council** met again.\n{P2}\n"
            "*The Ammerin River Front is banned in three provinces.\n"
            "**The Guild Council is not recognised by the capital.")
    cleaned = clean_text(text)
    assert cleaned.text == f"Fighters of the Ammerin River Front (ARF) and the Guild Council met again.\n{P2}"
    assert cleaned.notes == ("*The Ammerin River Front is banned in three provinces.",
                             "**The Guild Council is not recognised by the capital.")


def test_clean_asterisks_without_footnote_line_are_left_alone() -> None:
    text = f"The vote was **close**, and the guild's * marked ballots were counted twice.\n{P2}"
    assert clean_text(text).text == text


def test_clean_keeps_lines_and_paragraphs_as_they_are() -> None:
    text = f"  {P1}\r\n\r\n\r\n\r\n{P2}  \r\nThird line\u200b stays."
    assert clean_text(text).text == f"{P1}\n\n{P2}\nThird line stays."


@pytest.mark.parametrize("line", [
    "Skip to content",
    "Skip to main content",
    "Ammerin Ledger logo",
    "Home | Ammerin | Guilds | World | Opinion | Sport",
    "News • Harbour • Locks • Video",
    "Lock keepers strike again | Guild elders named | Floods close the northern locks",
    "Short URL: https://ledger.example/a/7Qk2",
    "Tags: locks, guilds, harbour",
    "More news",
    "Quick links:",
    "Link copied!",
    "12 Shares",
    "1.4K shares",
    "Share 0 Tweet 0 Email",
    "Share 23 Tweet 5 WhatsApp",
    "We use cookies to improve your experience. By continuing to browse, you agree to our cookie policy.",
    "Accept all cookies",
    "Published: May 6, 2031, 07:16 PM",
    "Photo: Harbour Courier",
    "Read Who is the new harbour master?",
    "Details Later…",
    "More details to follow.",
    "image source, Harbour Guard",
    "image caption,",
    "Photo courtesy of the Office of the Harbour Master/",
    "HomeWorldHarbourOpinionSport",
    "Watch: Footage shows the flooded lock chamber",
    "In pictures | The harbour after the storm",
])
def test_clean_removes_page_furniture(line: str) -> None:
    cleaned = clean_text(f"{P1}\n{line}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    assert line in cleaned.removed


@pytest.mark.parametrize("line", [
    "The guild said the vote was close | a word the clerk wrote in the margin of the ledger, twice.",
    "He said the council would publish the figures on Monday, and that the harbour would reopen in June once the "
    "inspection, which the guilds had demanded for months, was finished | elders agreed.",
    "Shares in the harbour company rose 12 per cent on Monday.",
    "By Tuesday, the harbour had reopened.",
    "Published figures show a rise of 12 per cent in grain prices since May.",
    "Read aloud, the letter drew applause?",
    "Watch the harbour, the elder told the keepers: the water will rise again before June.",
])
def test_clean_keeps_sentences_that_look_like_page_furniture(line: str) -> None:
    _stays(line)


@pytest.mark.parametrize(("line", "credit"), [
    ("By VNA | March 8, 2031", "VNA"),
    ("By AFP", "AFP"),
    ("BY Reuters | Updated 10:20", "Reuters"),
    ("By Ilse Marrow | 9 May 2031", None),
    ("Ammerin Ledger Staff | 19 March 2031, 14:20", None),
    ("Xinhua | Updated: 2031-01-04 21:39", "Xinhua"),  # the agency signs above the text, before its stamp
    ("Thomson Reuters ·", "Thomson Reuters"),  # the agency's byline before the separator a widget left alone
    ("Harbour Ledger | Updated: 2031-01-04 21:39", None),  # not an agency: no credit (nor a byline to remove)
])
def test_clean_bylines_leave_the_body_and_an_agency_becomes_the_credit(line: str, credit: str | None) -> None:
    cleaned = clean_text(f"Locks reopen\n{line}\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen\n{P1}\n{P2}"
    assert line in cleaned.removed and cleaned.credit == credit


def test_clean_offsets_point_into_the_clean_text() -> None:
    raw = f"Skip to content\nAmmerin Ledger logo\n{P1}\nShare 0 Tweet 0\n{P2}\nTags: locks"
    cleaned = clean_text(raw)
    start = cleaned.text.index("Guild elders")
    assert cleaned.text[start:start + len("Guild elders")] == "Guild elders" and cleaned.text == f"{P1}\n{P2}"


@pytest.mark.parametrize("above", [
    "Lock keepers end strike\nMarch 6, 2031\n",
    "Home > News\nLock keepers end strike\nView\nDate:2031-03-06 10:25:25\n",
])
def test_clean_credited_dateline_after_headline_lines(above: str) -> None:
    cleaned = clean_text(f"{above}PORT AMMERIN (AP) — {P1}\n{P2}")
    assert (cleaned.credit, cleaned.dateline) == ("AP", "PORT AMMERIN")
    cleaned = clean_text(f"Lock keepers end strike\n\nPort Ammerin, March 6 (ANI): {P1}\n{P2}")
    assert (cleaned.credit, cleaned.dateline) == ("ANI", "Port Ammerin")


def test_clean_no_dateline_after_a_sentence_or_from_a_name_and_acronym() -> None:
    # after body text: not a dateline (one sentence over it is a standfirst or a headline with its stop, as corpora
    # print them: "<headline>." / "SARN (AP) — …")
    assert clean_text(f"{P1}\n{P2}\nPORT AMMERIN (AP) — {P2}").credit is None
    assert clean_text(f"Lock keepers end strike\nHarbour Guild (HG): {P2}").credit is None


def test_clean_standalone_agency_line_is_a_credit_unless_it_credits_a_picture() -> None:
    cleaned = clean_text(f"{P1}\n\nReuters\n\n{P2}")
    assert (cleaned.credit, cleaned.text) == ("Reuters", f"{P1}\n\n{P2}")
    cleaned = clean_text(f"{P1}\n\nAP\nThe lock gates on Sunday | Photo: AP\n\n{P2}")
    assert cleaned.credit is None and "AP" in cleaned.removed


def test_clean_relayed_agency_credit() -> None:
    assert clean_text(f"{P1}\n{P2}  (dpa/NAN)").credit == "dpa, NAN"
    assert clean_text(f"DHAKA, Mar. 3, 2031 (BSS/AFP) - {P1}\n{P2}").credit == "BSS, AFP"
    assert clean_text(f"{P1}\n{P2} (AFP/XKA)").credit == "AFP, XKA"


@pytest.mark.parametrize("line", [
    "This audio is created with AI assistance",
    "info_icon",
    "STORY CONTINUES BELOW THIS AD",
    "Sort byDropdown arrow",
    "  • Oops!",
    "    Something went wrong.",
    "Please try again later.",
    "synopsis",
    "Source link",
    "Date:2031-03-06 10:25:25",
    "Author: The Ammerin Ledger news desk",
    "Team Ledger",
    "Harbour LedgerHarbour Ledger",
    "A screengrab from the guild's website",
    "(This is a developing story. Please follow this link for updates.)",
    "Current:Home > NewsLock keepers end strike -Harbour Hub",
    "Enable Read mode",
    "100% Font Size",
    "— Harbour Radio (@HarbourRadio) March 3, 2031",
])
def test_clean_removes_page_widgets_labels_and_breadcrumbs(line: str) -> None:
    assert line.strip() in _gone(line).removed


@pytest.mark.parametrize("line", [
    "Team members said the locks would reopen on Monday.",
    "A screengrab of the video was shared widely, the guild said.",
    "Something went wrong at the northern lock on Monday, the harbour master said.",
    "Sort of a victory, the elders said.",
    "Home owners near the locks were told to leave.",
    "- Harbour Radio (@HarbourRadio) said the locks would reopen on Monday after the inspection.",
])
def test_clean_keeps_sentences_that_start_like_widgets(line: str) -> None:
    _stays(line)


def test_clean_template_markers_run_in_links_and_picture_credits_leave_the_line() -> None:
    raw = (f"{P1} {{{{^adFree}}}} {{{{/adFree}}}}\n"
           f"The gates held. Also read: Floods close the northern locks 5. {P2}\n"
           f"The gates held. ALSO READ: Guilds reject council offer“We were not consulted,” an elder said.\n"
           f"Elders met at the lock on Monday after the flood Credit: AFP pic.twitter.com/c2Xb9LW3q")
    cleaned = clean_text(raw)
    assert cleaned.text == (f"{P1}\nThe gates held. {P2}\nThe gates held.“We were not consulted,” an elder said.\n"
                            "Elders met at the lock on Monday after the flood")
    assert "{{^adFree}}" in cleaned.removed and "Also read: Floods close the northern locks 5." in cleaned.removed
    assert cleaned.credit is None  # a picture's credit is not the article's


def test_clean_keeps_also_read_inside_a_sentence() -> None:
    line = "The clerk also read: the council would meet again in June."
    assert clean_text(f"{P1}\n{line}").text == f"{P1}\n{line}"


def test_clean_caption_with_bracketed_photo_credit_goes_with_its_alt_text() -> None:
    raw = (f"{P1}\nRescuers at the northern lock\nRescuers at the northern lock, Ammerin [File: Ilse Marrow/AP Photo]\n"
           f"{P2}")
    cleaned = clean_text(raw)
    assert cleaned.text == f"{P1}\n{P2}" and cleaned.credit is None
    kept = f"{P1} The photo was taken in May [Ilse Marrow/AP Photo]. {P2}"
    assert clean_text(kept).text == f"{P1} The photo was taken in May. {P2}"


def test_clean_short_lines_under_the_last_sentence_are_furniture() -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n\nShare:\n\nMore Posts\n\nAll news on our Facebook page\n\nReuters")
    assert cleaned.text == f"{P1}\n{P2}" and cleaned.credit == "Reuters"
    # a sentence that lost its full stop, or a text with no sentence at all, stays
    said = '"We will return," she said'
    assert clean_text(f"{P1}\n{said}").text == f"{P1}\n{said}"
    assert clean_text("Lock keepers end strike\nGuilds meet").text == "Lock keepers end strike\nGuilds meet"
    table = f"{P1}\nQtly div six cts vs six cts prior\n\nPay April 28\n\nRecord March 31"  # a wire's table
    assert clean_text(table).text == table
    rates = f"{P1}\nSTG 1.6198\nYEN 145.15"
    assert clean_text(rates).text == rates
    footer = f"{P1}\n\n   1   2   \n\nTop World News\nToday's Top News\nMost Read Stories in 48 Hours"
    assert clean_text(footer).text == P1


def test_clean_lines_above_the_headline_are_the_masthead() -> None:
    raw = f"Harbour Hub\nSelected news from the coast\nLock keepers end strike\n{P1}\n{P2}"
    cleaned = clean_text(raw, title="Lock keepers end strike")
    assert cleaned.text == f"{P1}\n{P2}"  # the headline's line is the title's copy: it goes too
    assert cleaned.removed == ("Harbour Hub", "Selected news from the coast", "Lock keepers end strike")
    # without the title, the form of the lines: a site's name of two words over the text goes, a line that reads
    # like a headline or a standfirst stays
    assert clean_text(raw).text == f"Selected news from the coast\nLock keepers end strike\n{P1}\n{P2}"
    piped = "Lock keepers end strike | Latest Harbour News"  # a headline with the site's name is no link list
    assert clean_text(f"{piped}\n{P1}", title=piped).text == P1
    above = f"{P1}\nLock keepers end strike\n{P2}"  # a sentence above: no masthead
    assert clean_text(above, title="Lock keepers end strike").text == above


def test_clean_caption_with_parenthesized_photo_credit_and_an_agency_code_next_to_it() -> None:
    caption = "Rescuers look at the destroyed homes in Port Ammerin, Sunday, March 17, 2031. (AP Photo/Ilse Marrow)"
    cleaned = clean_text(f"Lock keepers end strike\n\n{caption}\n{caption}\nNTB\n\n{P1}\n{P2}")
    assert cleaned.text == f"Lock keepers end strike\n\n{P1}\n{P2}"
    assert cleaned.credit is None  # the code next to a picture's caption credits the picture, if anything
    long = " ".join([P1] * 7) + " (Photo: Ilse Marrow)"  # a paragraph ending with a credit keeps its text
    assert clean_text(f"{long}\n{P2}").text.startswith(P1)


@pytest.mark.parametrize(("line", "credit"), [
    ("The Associated Press contributed to this report.", "Associated Press"),
    ("Reuters contributed reporting from Port Ammerin.", "Reuters"),
])
def test_clean_agency_contributed_trailer_is_a_credit(line: str, credit: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{line}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", credit)
    said = "Reuters contributed to the confusion by misreporting the vote, the elders said."
    assert clean_text(f"{P1}\n{said}").credit is None


def test_clean_bylines_with_bullets_several_authors_their_outlet_and_city() -> None:
    raw = (f"Locks reopen\n\n  • By Ilse Marrow\n  • Harbour News, Port Ammerin\n\n"
           f"By Ana Vell, Teo Brand and Ilse Marrow, HarbourLedger\nAna Vell, Teo Brand|\n"
           f"{P1}\nHarbour Guild Chief\n{P2}")
    assert clean_text(raw).text == f"Locks reopen\n\n{P1}\nHarbour Guild Chief\n{P2}"
    assert clean_text(f"By Ilse Marrow\nHarbour Guild, Chief\nPort Ammerin, Harbour\n{P1}").text == \
        f"Port Ammerin, Harbour\n{P1}"  # one outlet line under a byline, not a run of them
    assert clean_text(f"{P1}\nBy Tuesday, Officials Said\n{P2}").text == f"{P1}\nBy Tuesday, Officials Said\n{P2}"


def test_clean_caption_closed_by_a_photo_credit_after_its_sentence() -> None:
    caption = "The harbour master opens the gates on Thursday. Photo courtesy of the Harbour Office/"
    cleaned = clean_text(f"Locks reopen\n{caption}\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen\n{P1}\n{P2}" and caption in cleaned.removed
    kept = f"Locks reopen\n{P1} Photos by the guild were shown at the meeting.\n{P2}"
    assert clean_text(kept).text == kept  # a sentence about photos is no credit


def test_clean_dateline_of_a_date_and_an_agency_without_a_place() -> None:
    cleaned = clean_text(f"Locks reopen\nAug. 1 (UPI) — {P1}\n{P2}")
    assert (cleaned.credit, cleaned.dateline) == ("UPI", None)
    assert cleaned.text == f"Locks reopen\nAug. 1 — {P1}\n{P2}"  # the date stays: it dates the text


def test_clean_masthead_above_a_headline_with_a_kicker() -> None:
    raw = (f"Harbour Upfront Newspapers\nHomeWorldHarbourOpinion\n\n"
           f"Locks reopen after strike: ‘We gave ground’ – Guild\n\n{P1}")
    cleaned = clean_text(raw, title="Locks reopen after strike")
    assert cleaned.text == f"Locks reopen after strike: ‘We gave ground’ – Guild\n\n{P1}"


@pytest.mark.parametrize("line", [
    "- Share via",
    "Share on:",
    "Watch Harbour TV Live",
    "Live",
    "Last updated",
    "Image source Harbour Ledger",
    "Image caption, Guild elders at the locks",
    "This article was originally written by www.harbourledger.example",
    "This story first appeared on Harbour Ledger.",
    "(This story has not been edited by Harbour Ledger staff and is auto-generated from a syndicated feed.)",
    "(Only the headline and picture of this report may have been reworked by the staff; the rest of the content "
    "is auto-generated from a syndicated feed.)",
])
def test_clean_removes_live_share_picture_and_syndication_labels(line: str) -> None:
    assert _gone(line).removed == (line,)


@pytest.mark.parametrize("line", [
    "Live music returned to the square on Monday.",
    "Share prices fell after the vote.",
    "Image sources were not given by the council.",
    "This story was told to the council by a guild elder.",
])
def test_clean_keeps_sentences_that_start_like_labels(line: str) -> None:
    _stays(line)


def test_clean_upper_case_kicker_promo_inside_the_text_goes() -> None:
    promo = "FEWER FERRIES, LONGER QUEUES: Port cuts crossings as fuel costs rise"
    cleaned = clean_text(f"{P1}\n{promo}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    assert cleaned.removed == (promo,)


@pytest.mark.parametrize("line", [
    "PORT AMMERIN: Guild elders said the vote came too late.",  # a dateline with its sentence
    "GUILD ELDERS SAY: The vote came too late for the spring harvest, they said.",
])
def test_clean_upper_case_lead_with_a_sentence_stays(line: str) -> None:
    _stays(line)


def test_clean_author_name_over_an_agency_line_is_a_byline() -> None:
    cleaned = clean_text(f"Locks to reopen in spring\n\nAna Vell\nAssociated Press\n\n{P1}\n{P2}")
    assert cleaned.text == f"Locks to reopen in spring\n\n{P1}\n{P2}"
    assert cleaned.credit == "Associated Press"
    assert "Ana Vell" in cleaned.removed


@pytest.mark.parametrize("byline", ["Ana Vell Associated Press", "Ana Vell, The Associated Press"])
def test_clean_author_and_agency_on_one_line_is_a_byline(byline: str) -> None:
    cleaned = clean_text(f"Locks to reopen in spring\n\n{byline}\n\n{P1}\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"Locks to reopen in spring\n\n{P1}\n{P2}", "Associated Press")


def test_clean_author_and_agency_line_below_the_first_sentence_stays() -> None:
    # under the text's first sentence such a line is body text (a caption or a list), not a byline
    cleaned = clean_text(f"{P1}\nAna Vell Reuters\n{P2}")
    assert cleaned.credit is None


def test_clean_headline_over_an_agency_line_stays() -> None:
    cleaned = clean_text(f"Council Reopens the Locks\nReuters\n{P1}\n{P2}")
    assert cleaned.text.startswith("Council Reopens the Locks\n")
    assert cleaned.credit == "Reuters"


@pytest.mark.parametrize(("line", "place", "credit"), [
    ("PORT AMMERIN, Valdora (AP) - The council voted on Monday.", "PORT AMMERIN", "AP"),
    ("Sarn, Valdora (Reuters) - The council voted on Monday.", "Sarn", "Reuters"),
    ("SARN, Valdora, March 3 (AFP) - The council voted on Monday.", "SARN", "AFP"),
])
def test_clean_dateline_with_a_country_after_the_place_credits_its_agency(line: str, place: str,
                                                                           credit: str) -> None:
    cleaned = clean_text(f"{line}\n{P2}")
    assert (cleaned.dateline, cleaned.credit) == (place, credit)
    assert "(" not in cleaned.text


def test_clean_caption_closed_by_a_social_account_credit_goes_with_its_alt_text() -> None:
    alt = "Network user photo of the flooded locks"
    caption = "People wade through the flooded square as the water recedes. @SomeUser12/X"
    cleaned = clean_text(f"{alt}\n{caption}\n\n{P1}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    assert set(cleaned.removed) == {alt, caption}


@pytest.mark.parametrize("line", ["Recommended Stories", "list of 3 itemsend of list", "end of list"])
def test_clean_removes_list_widget_labels(line: str) -> None:
    _gone(line)


def test_clean_keeps_a_sentence_about_photos() -> None:
    line = "Photos of the flooded square were shared widely on Monday."
    _stays(line)


@pytest.mark.parametrize(("text", "place", "credit"), [
    ("SARN, Ark. (WKRN) - The council voted on Monday.", "SARN", "WKRN"),  # an abbreviated state
    ("PORT AMMERIN, W. Va. — The council voted on Monday.", "PORT AMMERIN", None),
    ("SARN/LESK (Reuters) – The council voted on Monday.", "SARN/LESK", "Reuters"),  # filed from two places
    ("Port Ammerin, Feb 26: The council voted on Monday.", "Port Ammerin", None),  # a date, then a colon
    ("Locks reopen after vote\nSARN, Valdora - The council voted on Monday.", "SARN", None),  # under a headline
    ("SARN —\nThe council voted on Monday.", "SARN", None),  # the dash closes the line
    ("Sarn, (UNI) The council voted on Monday.", "Sarn", "UNI"),  # a comma before the credit, no dash
    ("SARN, (AFP) The council voted on Monday.", "SARN", "AFP"),
])
def test_clean_dateline_forms_record_the_place(text: str, place: str, credit: str | None) -> None:
    cleaned = clean_text(f"{text}\n{P2}")
    assert (cleaned.dateline, cleaned.credit) == (place, credit)
    assert "The council voted on Monday." in cleaned.text


@pytest.mark.parametrize("text", [
    "Harbour Guild, Feb 26 was the day the council voted on Monday.",  # no colon after the date
    "Locks reopen after vote\nSarn, Valdora - The council voted on Monday.",  # a capitalised place needs a credit
    f"{P1}\nSARN, Valdora - The council voted on Monday.",  # after body text
])
def test_clean_no_dateline_without_its_signals(text: str) -> None:
    assert clean_text(f"{text}\n{P2}").dateline is None


@pytest.mark.parametrize("line", [
    "- Advertisement -",
    "ADVERTISEMENTREMOVE AD",
    "https://www.example-news.test/world/locks-reopen-2031",  # the copied source of a text
    "01:10",  # a clip's length in a list of videos
    "Go to video",
    "Rating: 5",
    "This news has been read 177 times in total",
    "Log In",
    "Welcome to the discussion.",
    "Keep it Clean. Please avoid obscene, vulgar or abusive language.",
    "Want the full story?",
    "If you are already a subscriber sign up — registration is free!",
    "Learn more about the benefits of being a Harbour Ledger subscriber",
    "Associated Press photo",
    "(Full-size photo)(All photos)",
    "Updated",
])
def test_clean_removes_page_widgets(line: str) -> None:
    assert _gone(line).removed == (line,)


@pytest.mark.parametrize("credit", ["REUTERS/Ana Vell", "Ana Vell/AFP via Picture Desk", "AP Photo/Ana Vell"])
def test_clean_caption_closed_by_a_wire_photo_credit_goes(credit: str) -> None:
    caption = f"A woman wades through the flooded square in Port Ammerin, July 21, 2031. {credit}"
    cleaned = clean_text(f"{P1}\n{caption}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "He said the council would log in every request from the guilds.",
    "The ratio of votes was 3/4 in favour, the clerk said. Reuters/Ipsos polls agreed",
    "Updated figures were published on Monday.",
])
def test_clean_keeps_sentences_near_widget_words(line: str) -> None:
    _stays(line)


def test_clean_written_by_line_is_a_byline() -> None:
    cleaned = clean_text(f"Locks reopen after vote\nWritten by Ana Vell, Contributor\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen after vote\n{P1}\n{P2}"


@pytest.mark.parametrize(("text", "place", "credit"), [
    ("SARN Mar 4 (Reuters) - The council voted on Monday.", "SARN", "Reuters"),  # no comma before the date
    (" SARN (Valdora, Lesk), Mar 4 (NNA-XNA) — The council voted on Monday.", "SARN", "NNA-XNA"),
    ("Locks reopen\nSARN (KXYZ/Harbour News) -- The council voted on Monday.", "SARN", None),  # a station
    ("Locks reopen\nSARN: The council voted on Monday.", "SARN", None),  # an upper-case place and a colon
])
def test_clean_more_dateline_forms(text: str, place: str, credit: str | None) -> None:
    cleaned = clean_text(f"{text}\n{P2}")
    assert (cleaned.dateline, cleaned.credit) == (place, credit)


@pytest.mark.parametrize("text", [
    "Locks reopen\nUPDATE: The council voted on Monday.",  # a kicker word, not a place
    "Locks reopen\nHarbour Guild (Lesk Branch) - The council voted on Monday.",  # no upper-case place
])
def test_clean_kickers_and_names_are_no_datelines(text: str) -> None:
    assert clean_text(f"{text}\n{P2}").dateline is None


@pytest.mark.parametrize(("tail", "credit"), [
    ("Source: Agence France-Presse", "Agence France-Presse"),
    ("© Copyright AFP 2031. All rights reserved.", "AFP"),
    ("Ana Vell, The Associated Press", "Associated Press"),
])
def test_clean_credit_lines_under_the_text(tail: str, credit: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{tail}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", credit)


@pytest.mark.parametrize("tail", [
    "\n(Reporting by Ana Vell; Editing by Teo Brand)",
    "\n(Additional reporting by Ana Vell in Lesk; Writing by Ilse Marrow; Editing by Teo Brand and Orvo Tamm.)",
    " (Reporting by Ana Vell in Sarn; Editing by Teo Brand.)",  # run into the last paragraph
])
def test_clean_wire_house_signature_is_its_credit(tail: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}{tail}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Reuters")


def test_clean_reporting_credit_without_editors_names_no_house() -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n(Additional reporting by Ana Vell)")
    assert cleaned.credit == "Ana Vell"


def test_clean_agency_copyright_with_its_reprint_notice_is_a_credit() -> None:
    notice = ("Copyright 2031 The Associated Press. All rights reserved. This material may not be published, "
              "broadcast, rewritten or redistributed.")
    cleaned = clean_text(f"{P1}\n{P2}\n\n{notice}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Associated Press")


def test_clean_list_dash_agency_line_is_a_credit() -> None:
    cleaned = clean_text(f"Locks reopen after vote\n- Press Trust of India\n{P1}\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"Locks reopen after vote\n{P1}\n{P2}", "Press Trust of India")


def test_clean_tail_credit_joined_to_an_agency_before_a_related_link() -> None:
    cleaned = clean_text(f"{P1}\n{P2[:-1]}. — Sapa-AFP\nGuild elders welcome new harbour master")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Sapa-AFP")


def test_clean_one_agency_credited_twice_is_named_once() -> None:
    cleaned = clean_text(f"Locks reopen\nAssociated Press\nPORT AMMERIN (AP) — {P1}\n{P2}")
    assert cleaned.credit == "Associated Press"


@pytest.mark.parametrize("caption", [
    "Flooded houses in the north of Valdora (Harbour Office via AP)",
    "Flooded houses in the north of Valdora (Harbour Office via AP) (AP)",
    "Villagers hold a procession in the town on Monday (photo by Ana Vell)",
    "The council met on Tuesday. (Photo internet reproduction)",
    "Guild elders protest in the council hall on Tuesday. |",
])
def test_clean_more_caption_credits(caption: str) -> None:
    assert clean_text(f"{P1}\n{caption}\n{P2}").text == f"{P1}\n{P2}"


def test_clean_caption_with_picture_label_goes_with_its_alt_text() -> None:
    alt = "Guild elders gathered in the square"
    cleaned = clean_text(f"{P1}\n{alt}\n{alt}. Picture: Harbour Desk\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Please enter your comment!",
    "Join the Harbour Ledger Whatsapp channel",
    "Read Tuesday's Harbour Ledger for full details.",
    "Support our work: become a friend of the Ledger from as little as 1 a month.",
    "(Adds quote from the harbour master in paragraph 4)",
    "No menu items!",
    "Source: Photograph by Ana Vell / Picture Desk",
    "Trending News",
    "Watch Harbour News",
])
def test_clean_removes_promos_and_notices(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", [
    "Join the council for a meeting on Friday, she said.",
    "Read the report for full details, the clerk urged members on Monday.",
    "(Adds to the confusion, one elder said later.) The vote stood.",
])
def test_clean_keeps_sentences_like_promos(line: str) -> None:
    _stays(line)


_HEADLINES = ["Guild elders welcome new harbour master", "Ferry fares to rise in spring",
              "Council weighs second bridge as costs rise"]


@pytest.mark.parametrize("header", ["Also read", "More headlines", "Related Articles", "Tags", "01:10"])
def test_clean_link_list_under_the_text_goes(header: str) -> None:
    items = "\n".join(_HEADLINES)
    cleaned = clean_text(f"{P1}\n{P2}\n{header}\n{items}")
    assert cleaned.text == f"{P1}\n{P2}"


def test_clean_link_list_stops_at_a_sentence_and_keeps_long_runs() -> None:
    cleaned = clean_text(f"{P1}\nAlso read\n{_HEADLINES[0]}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    many = "\n".join(f"{h} {n}" for n in range(5) for h in _HEADLINES)  # 15 short lines: not a list of links
    assert "Ferry fares to rise in spring 4" in clean_text(f"{P1}\nLatest\n{many}\n{P2}").text


def test_clean_section_label_over_the_headline_keeps_the_headline() -> None:
    cleaned = clean_text(f"Latest\n{_HEADLINES[2]}\n{P1}\n{P2}")
    assert _HEADLINES[2] in cleaned.text


@pytest.mark.parametrize("line", [
    "5 min read",
    "Listen · 5 min read",
    "CLOSE",
    "Aa",
    "-",
    "play_store apple_itunes",
    "Facebook X (Twitter) Instagram",
    "(Representational image: Picture Desk)",
    "Tel: +12 34 5678901",
    "Connect with us",
    "(Check back for new details on this developing story.)",
    "You are using an older browser version. Please use a supported version.",
    "#WATCH | Sarn: Drone pictures of the flooded locks from the harbour tower this morning.",
    "Ana Vell in Lesk contributed to this report.",
    "Courtesy of Harbour TV",
])
def test_clean_removes_more_widgets(line: str) -> None:
    _gone(line)


def test_clean_agency_contribution_line_in_the_text_is_its_credit() -> None:
    cleaned = clean_text(f"{P1}\nThe Associated Press contributed to this report.\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Associated Press")


def test_clean_glued_byline_goes() -> None:
    cleaned = clean_text(f"Locks reopen after vote\nByAna Vell, Sarn\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen after vote\n{P1}\n{P2}"


def test_clean_menu_run_above_the_text_goes_with_the_title_copy() -> None:
    widget = "Aa\nSmall\nMedium\nLarge"  # a reading widget between the headline and the text
    cleaned = clean_text(f"Locks reopen\n{widget}\n\n{P1}\n{P2}", title="Locks reopen")
    assert cleaned.text == f"{P1}\n{P2}"  # the headline's line is the title's copy (the record keeps the title)
    cleaned = clean_text(f"Home\n• Money\n• Sport\n• Travel\nLocks reopen\n\n{P1}\n{P2}")  # no title: a menu
    assert cleaned.text == f"Locks reopen\n\n{P1}\n{P2}"


def test_clean_section_word_over_the_first_line_goes() -> None:
    assert clean_text(f"World\nLocks reopen after the council vote\n{P1}").text == \
        f"Locks reopen after the council vote\n{P1}"
    # a short run under the text is no menu, and a one-word line under a sentence stays
    assert clean_text(f"{P1}\nSarn\nLesk\n{P2}").text == f"{P1}\nSarn\nLesk\n{P2}"


def test_clean_repeated_caption_under_the_headline_goes_and_a_repeated_sentence_stays_once() -> None:
    caption = "Rescue teams search the flooded square"
    cleaned = clean_text(f"Locks reopen after the vote\n\n{caption}\n\n{caption}\n\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen after the vote\n\n{P1}\n{P2}"
    assert clean_text(f"{P1}\n{P2}\n{P2}").text == f"{P1}\n{P2}"  # a paragraph the page repeated: once
    # the headline under a section label, told twice, stays once
    assert clean_text(f"World\nLocks reopen after the vote\nLocks reopen after the vote\n{P1}").text == \
        f"Locks reopen after the vote\n{P1}"  # (the section's word goes too)


def test_clean_bulleted_headlines_under_the_text_go() -> None:
    items = "\n".join(f"- {h}" for h in _HEADLINES)
    assert clean_text(f"{P1}\n{P2}\n{items}").text == f"{P1}\n{P2}"
    two = "\n".join(f"- {h}" for h in _HEADLINES[:2])  # two bulleted lines may be the text's own
    assert clean_text(f"{P1}\n{P2}\n{two}").text == f"{P1}\n{P2}\n{two}"


def test_clean_link_lists_split_at_their_headers() -> None:
    items = "\n".join(f"{h} {n}" for n in range(4) for h in _HEADLINES)  # 12 headlines
    cleaned = clean_text(f"{P1}\n{P2}\nRelated Stories\n{_HEADLINES[0]}\nToday's Top News\n{items}\nHot Topics")
    assert cleaned.text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "At least 30 bodies were found after the ferry capsized on Sunday [AGN]",
    "July 2, 2031; Sarn, Valdora; Families gather at the harbour. Ana Vell/Harbour-Ledger via LEDGER NETWORK",
    "AP/Xinhua/ANA VELL",
    "photo",
    "/ Harbour News",
    "Thanks for reading HARBOUR NEWS.",
    "Create your free account or log in",
    "More news: Guild elders welcome new harbour master",
    "|||||||||||",
])
def test_clean_removes_captions_credits_and_prompts(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize(("text", "place"), [
    ("Sarn — The council voted on Monday.", "Sarn"),  # a capitalised place before a long dash
    ("Locks reopen\nPort Ammerin — The council voted on Monday.", "Port Ammerin"),
    ("Locks reopen\nPORT AMMERIN - The council voted on Monday.", "PORT AMMERIN"),
    ("Meanwhile — The council voted on Monday.", None),  # a sentence's opener, no place
    ("Locks reopen\nBREAKING - The council voted on Monday.", None),
])
def test_clean_dash_datelines(text: str, place: str | None) -> None:
    assert clean_text(f"{text}\n{P2}").dateline == place


def test_clean_reading_time_line_with_a_date_goes() -> None:
    line = "by Harbour Ledger desk March 23, 2031 4:26 PM 2 min read"  # a byline's stamp over the text: furniture
    assert line in clean_text(f"Locks reopen after vote\n{line}\n{P1}\n{P2}").removed
    # a date line of the header still dates the record: it is read from the page before cleaning
    article, _ = article_from_fields({"text": f"Published on March 23, 2031 4:26 PM\n{P1}\n{P2}",
                                      "title": "Locks reopen after vote"}, Config(), source="web")
    assert article is not None and article.published == "2031-03-23" and "March 23" not in article.text


@pytest.mark.parametrize(("text", "credit"), [
    (f"Locks reopen after vote\nBy Ana Vell – UPI\n{P1}\n{P2}", "UPI"),  # the author's agency
    (f"{P1}\n{P2}\n( With inputs from PTI )", "PTI"),
])
def test_clean_more_credit_forms(text: str, credit: str) -> None:
    assert clean_text(text).credit == credit


def test_clean_dateline_with_a_bracketed_country() -> None:
    cleaned = clean_text(f"Port Ammerin [Valdora], March 1 (ANI): {P1}\n{P2}")
    assert (cleaned.dateline, cleaned.credit) == ("Port Ammerin", "ANI")


@pytest.mark.parametrize("line", [
    "No comments:",
    "Note: Only a member of this blog may post a comment.",
    "Open in App",
    "Left Menu",
    "Epaper",
    "Connect with the Harbour Ledger Newsroom:",
    "For corrections to this story or other notes for the editor, click here. To write to us, click here.",
    "Disclaimer: This post has been auto-published from an agency feed without any modifications to the text",
])
def test_clean_removes_blog_and_app_furniture(line: str) -> None:
    _gone(line)


def test_clean_keeps_a_sentence_with_one_click_here() -> None:
    line = "Police said the messages had told victims to click here to claim a prize."
    _stays(line)


def test_clean_short_lines_with_figures_or_without_spaces_are_no_menu() -> None:
    facts = "200 g flour\n100 g sugar\n2 eggs\n1 lemon"
    assert facts in clean_text(f"Lemon cake\n{facts}\n{P1}\n{P2}").text
    # paragraphs in a script written without spaces: each one "word", but long
    line = "委员会周一投票决定重新开放北部船闸，行会长老说投票来得太晚了"
    paragraphs = "\n".join(f"{line}，第{n}段。" for n in "一二三四")
    assert clean_text(f"{paragraphs}\n{P1}").text == f"{paragraphs}\n{P1}"


def test_clean_short_bulleted_facts_under_the_text_stay() -> None:
    facts = "- 390 kcal\n- 12 g fat\n- 30 minutes"
    assert clean_text(f"{P1}\n{P2}\n{facts}").text == f"{P1}\n{P2}\n{facts}"


@pytest.mark.parametrize("line", ["%d bloggers like this:", "Source: Locks reopen after vote – Harbour Ledger"])
def test_clean_removes_like_buttons_and_source_lines(line: str) -> None:
    _gone(line)


def test_clean_source_line_naming_an_agency_is_the_credit() -> None:
    cleaned = clean_text(f"{P1}\nSource: Agence France-Presse\nSimak berita pilihan kami di kanal kami ya\n{P2}")
    assert cleaned.credit == "Agence France-Presse"


@pytest.mark.parametrize("byline", ["Ana Vell, Sarn.", "Ana Vell/"])
def test_clean_bare_byline_over_the_text_goes(byline: str) -> None:
    assert clean_text(f"{byline}\n{P1}\n{P2}").text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "22:18, 18 August 2031 Saturday", "Update: 17:13, 18 August 2031 Saturday", "October 18, 2031 4:25 pm",
    "2031-02-08 12:06", "Thu May 23, 2031", "Thursday, 06 October 2031 - 8:16", "2:16 PM, 7 Jul",
    "Last Modified: 04 Jun 2031 13:36", "Publish Date : 09/03/2031", "39 seconds ago", "world3 days ago", "12m",
    # a numeric date alone, either order; a stamp and its update note on one line
    "12/3/2031", "03.12.2031", "Dec. 3, 2031 / 12:34 PM EST / Updated Dec. 3, 2031 / 3:05 PM EST",
    "December 3, 2031 12:34 pm (Updated: December 4, 2031 3:05 pm)"])
def test_clean_removes_date_and_time_stamps(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", ["2031", "May 2031 saw the locks reopen", "3-1", "1,300", "12/3", "1.2.3",
                                  "Keepers met on 3 May 2031 and updated the rota on 4 May 2031."])
def test_clean_keeps_lines_that_are_more_than_a_stamp(line: str) -> None:
    assert line in clean_text(f"{P1}\n{line}\n{P2}").text


@pytest.mark.parametrize("line", [
    "Source:", "Posted By:", "Last Updated:", "Categories: Harbour", "Blogroll Tags: ,", "Article source: ledger.com",
    "Harbourledger.com", "View Full Image Ana Vell takes charge at the Sarn guild hall.",
    "Become a client to read more", "Already have an account?", "Register for free", "Get access",
    "This is premium content that requires an active Harbour Ledger subscription to view.",
    "Create an account or login to join the discussion", "top of page", "bottom of page", "Back to top button",
    "Exit mobile version", "Accessibility links", "No media source currently available", "For Daily Alerts",
    "Newest First Oldest First", "Please use Chrome browser for a more accessible video player"])
def test_clean_removes_labels_prompts_and_page_edges(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("header", ["Articles You May Like", "More on Valdora"])
def test_clean_removes_link_lists_under_more_headers(header: str) -> None:
    links = "Lesk ferry resumes after strike\nSarn guild elects new elder"
    assert clean_text(f"{P1}\n{header}\n{links}\n{P2}").text == f"{P1}\n{P2}"


def test_clean_caption_closed_by_a_wire_credit_in_parentheses_goes_with_its_alt_text() -> None:
    alt = "Rescuers search the flooded quarter of Sarn."
    cleaned = clean_text(f"{P1}\n{alt}\n{alt} (Ana Vell/AP)\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"


def test_clean_caption_closed_by_a_dash_credit_goes_when_the_text_goes_on() -> None:
    caption = "Rescuers stand by the locks of Port Ammerin on Monday. — AFP"
    assert clean_text(f"{P1}\n{caption}\n{P2}").text == f"{P1}\n{P2}"
    # under the last paragraph the same credit is the article's
    cleaned = clean_text(f"{P1}\n{P2} — AFP")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "AFP")


@pytest.mark.parametrize("line", ["dpa/ab", "ab/dpa"])
def test_clean_agency_with_an_editors_initials_is_the_credit(line: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{line}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "dpa")


def test_clean_byline_run_into_a_date_stamp_gives_the_credit() -> None:
    byline = "By IANS Published Date - 01:00 PM, Fri - 28 July 31"
    cleaned = clean_text(f"Locks reopen in Port Ammerin\n{byline}\n{P1}\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"Locks reopen in Port Ammerin\n{P1}\n{P2}", "IANS")


def test_clean_headline_told_twice_under_date_lines_is_kept_once() -> None:
    head = "Fears mount for the stranded villages of Sarn"
    cleaned = clean_text(f"Harbour Ledger\nUpdate: 17:13, 18 August 2031 Saturday\n{head}\n{head}\n{P1}\n{P2}")
    assert cleaned.text.count(head) == 1


@pytest.mark.parametrize("line", [
    "Photo by Ana Vell on Stockhouse", "Loading...", "Just In", "Full Article", "Latest updates:", "Published",
    "article-image", "- Sponsored Advert -", "See Now: Sarn guild elects a new elder",
    "Now read: Lesk ferry resumes after strike", "A stock image of a lock keeper at work.",
    "Similar News:You can also read news stories similar to this one that we have collected from other sources."])
def test_clean_removes_credit_lines_widget_labels_and_promos(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("caption", [
    "Valdora v Tolvar, final match in Sarn (Image Source: AGN)",
    "Rescuers at the locks of Port Ammerin on Monday. (LEDGER PHOTO)",
    "Fraudsters used video calls to trap the elder. Representation pic/stockhouse"])
def test_clean_removes_captions_closed_by_a_source_or_stock_label(caption: str) -> None:
    assert clean_text(f"{P1}\n{caption}\n{P2}").text == f"{P1}\n{P2}"


def test_clean_list_of_truncated_teasers_under_a_header_goes() -> None:
    teasers = "Sarn Guild Partners With Lesk Weavers To Launch A New...\nPort Ammerin Clears Larger Quarters For..."
    assert clean_text(f"{P1}\n{P2}\nRECENT STORIES\n{teasers}").text == f"{P1}\n{P2}"
    assert clean_text(f"{P1}\nAlso Read-\nSarn guild elects new elder\nLesk ferry resumes\n{P2}").text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", ["(With AFP inputs)", "With inputs from AFP"])
def test_clean_inputs_line_is_the_credit(line: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{line}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "AFP")


@pytest.mark.parametrize("line", ["- BY ANA VELL",
                                  "Harbour Web DeskUpdated: Saturday, February 11, 2031, 10:23 AM IST"])
def test_clean_removes_dashed_and_stamped_bylines(line: str) -> None:
    assert clean_text(f"Locks reopen in Port Ammerin\n{line}\n{P1}\n{P2}").text == \
        f"Locks reopen in Port Ammerin\n{P1}\n{P2}"


def test_clean_points_introduced_by_a_colon_under_the_last_sentence_stay() -> None:
    points = ("  • We agreed to reopen the northern locks\n  • Our guilds will meet in Sarn\n"
              "  • Trade through Lesk grows")
    text = f"{P1}\nThe elder said the following:\n{points}"
    assert clean_text(text).text == text


def test_clean_headline_told_twice_under_an_archive_notice_is_kept_once() -> None:
    head = "Elders of Sarn and Lesk sign a locks accord"
    cleaned = clean_text(f"This Article is From Feb 16, 2031\n{head}\n{head}\n{P1}\n{P2}")
    assert cleaned.text.count(head) == 1


@pytest.mark.parametrize("line", [
    "Share Button", "SHARE Locks reopen in Port Ammerin", "Links:",
    "[2] http://harbourledger.example/category/locks", "Updates to our Terms of Use",
    "We are updating our Terms of Use. Please carefully review the updated Terms before proceeding to our website.",
    "View Back issues", "A roundup of our top stories, delivered Fridays to your inbox.",
    "Check out the latest and back issues here!"])
def test_clean_removes_share_labels_link_lists_and_newsletter_prompts(line: str) -> None:
    _gone(line)


def test_clean_share_sentence_stays() -> None:
    line = "SHARE prices in Sarn fell for a third day."
    assert line in clean_text(f"{P1}\n{line}\n{P2}").text


@pytest.mark.parametrize("tail", [" Read More.", " Read more", " Read the full story »"])
def test_clean_read_more_closing_a_teaser_goes(tail: str) -> None:
    assert clean_text(f"{P1}\n{P2}{tail}").text == f"{P1}\n{P2}"


def test_clean_featured_list_under_the_text_goes() -> None:
    dockets = "Sarn Guild v. Lesk Weavers (filed 11/4/31)\nHarbour Court for the District of Valdora"
    assert clean_text(f"{P1}\n{P2}\nRecently Featured Dockets\n{dockets}").text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "Follow the latest updates", "Follow all the latest developments", "As it happened",
    "Stay up to date with notifications from the Harbour Ledger",
    "Notifications can be managed in browser preferences.",
    "Ana Vell12 June 2031 19:31", "No comments yet...", "Read the full story from Harbour Ledger here.",
    "More than 4,830,000 pageviews from 160 countries", "Text settings", "Published on", "Be the first to like this",
    "Fill in your details below or click an icon to log in:",
    "You are commenting using your Google account. Log Out /  Change )", "Twitter picture"])
def test_clean_removes_live_page_prompts_and_blog_comment_forms(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", ["Polls close 8 pm", "Local Elections 2031"])
def test_clean_keeps_a_headline_with_a_figure(line: str) -> None:
    assert line in clean_text(f"{P1}\n{line}\n{P2}").text


def test_clean_byline_after_a_date_stamp_goes() -> None:
    assert clean_text(f"Locks reopen\nAugust 06, 2031|by ANA VELL\n{P1}\n{P2}").text == f"Locks reopen\n{P1}\n{P2}"


@pytest.mark.parametrize("line", ["-January 26, 2031 @ 6:42 GMT|", "WORLD NEWS Wednesday 7 June 2031", "P. 9",
                                  "By editor", "You must be logged in to post a comment Login"])
def test_clean_removes_print_page_marks_and_anonymous_bylines(line: str) -> None:
    _gone(line)


def test_clean_credit_closing_the_text_is_found_under_its_date_and_tags() -> None:
    tail = "A.V\n\n-January 26, 2031 @ 6:42 GMT|\n\nTags:\n\nSarn guild elects new elder"
    cleaned = clean_text(f"{P1}\n{P2} (NAN)\n\n{tail}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "NAN")


@pytest.mark.parametrize(("line", "credit"), [("The Associated Press", "Associated Press"), ("- REUTERS", "Reuters"),
                                              ("(XINHUA)", "Xinhua")])
def test_clean_agency_alone_with_its_article_or_in_capitals_is_the_credit(line: str, credit: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{line}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", credit)


def test_clean_credit_glued_to_the_last_stop_is_taken() -> None:
    cleaned = clean_text(f"{P1}\n{P2[:-1]}.IANS")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "IANS")


def test_clean_headlines_under_the_closing_credit_go() -> None:
    below = "Lock keepers strike again in Sarn\nGuild elders named for the northern harbour\nAdvertise with us"
    cleaned = clean_text(f"{P1}\n{P2}\n- REUTERS\n{below}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Reuters")


def test_clean_text_under_a_credited_paragraph_stays() -> None:
    # a sentence under the credit: the lines between are the text's own (a subheading), not other stories' headlines
    text = f"{P1} (AFP)\nGuild elders react\n{P2}"
    assert clean_text(text).text == text


def test_clean_credited_dateline_under_a_standfirst_without_its_stop() -> None:
    standfirst = ("A lock keeper says three people were lightly hurt after a barge struck the northern gate of the "
                  "harbour at Port Ammerin, the busiest in the east of Valdora")
    page = f"Barge strikes lock gate\n\nUpdated 42 minutes ago\n{standfirst}\n\nSARN, Valdora (AP) — {P1}"
    cleaned = clean_text(page)
    assert cleaned.credit == "AP"


@pytest.mark.parametrize("line", [
    "Two keepers walk past the damaged gate in Sarn, southern Valdora on October 10, Ana Vell/AP",
])
def test_clean_caption_closed_by_a_comma_and_a_wire_credit_goes(line: str) -> None:
    assert clean_text(f"Barge strikes lock gate\n{line}\n{P1}\n{P2}").text == f"Barge strikes lock gate\n{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "Tag Archives: harbour locks", "This Article is From Feb 16, 2031", "More news to follow…",
    "Nenhum comentário:", "Postar um comentário", "Aucun commentaire:", "Subscribe to Post Comments [Atom]",
    "<< Home", "(Reportagem de Ana Vell e Teo Brand; edição de Ilse Marrow)", "foto",
    "▶ Watch Video: What the keepers saw at the northern gate", "Society ❯Harbour Safety ❯Locks",
    "News › Valdora › Sarn", "09-December-2031", "4 views0 comments", "| Politics, Valdora & Estmark, Protests",
])
def test_clean_removes_archive_labels_blog_forms_breadcrumbs_and_stamps(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", [
    "Prices rose from 4 > 3 > 2 per cent, the guild said.", "The keepers voted 12-March-style, one elder joked.",
    "| Sarn, Lesk and Tolvar voted to close the locks, the guild said.",
])
def test_clean_keeps_sentences_with_arrows_and_hyphens(line: str) -> None:
    _stays(line)


def test_clean_breadcrumb_ending_with_the_headline_goes() -> None:
    head = "Five held over lock thefts in Sarn"
    cleaned = clean_text(f"Home National County {head}\n\n{head}\n\n{P1}\n{P2}")
    assert cleaned.text == f"{head}\n\n{P1}\n{P2}"


@pytest.mark.parametrize(("tail", "kept"), [
    (" … Continue reading Keepers vote to reopen the locks", ""),
    (" Continue to read the entire article.", ""),
])
def test_clean_continue_reading_closing_an_excerpt_goes(tail: str, kept: str) -> None:
    assert clean_text(f"{P1}\n{P2}{tail}").text == f"{P1}\n{P2}{kept}"


def test_clean_keeps_continue_reading_inside_a_sentence() -> None:
    text = f"{P1}\nThe elders said they would continue reading the ledger aloud on Monday."
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", [
    "ReplyDelete", "Replies", "Anonymous said...", "Email ThisBlogThis!Share to XShare to Facebook",
    "Labels: locks, Sarn", "Key events", "Show key events only", "Load more", "Pinned post", "Enter your email",
    "rmt/rm",
    "Image used for representational purpose only", "Follow Ana Vell on X", "AdvertisementAdvertise with Ledger Media.",
    "Advertisement - Scroll to continue",
])
def test_clean_removes_comment_threads_live_controls_initials_and_picture_notices(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", ["Reply to the guild came on Monday.", "Show more restraint, the elder said.",
                                  "Labels on the grain sacks were missing, the keepers said."])
def test_clean_keeps_sentences_that_open_like_comment_widgets(line: str) -> None:
    _stays(line)


@pytest.mark.parametrize("line", [
    "[Source: AGN]", "| @HarbourNews", "[QODLink]", "Harbour Ledger and agencies", "Featured on Harbour TV",
    "Featured Stories", "Hashtags", "Stay updated with the latest harbour news across Sarn, Lesk and more.",
    "Ana Vell,Teo Brand",
    "Legal Notice: Copyright and other rights in this website can not be reproduced without permission.",
])
def test_clean_removes_sources_handles_placeholders_and_list_labels(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", ["Stay informed, the keepers urged residents.",
                                  "Ana Vell, Teo Brand and Ilse Marrow were named."])
def test_clean_keeps_sentences_that_open_like_labels(line: str) -> None:
    _stays(line)


def test_clean_caption_with_a_photo_credit_label_goes_whole() -> None:
    caption = "Ana Vell opens the northern lock in Sarn on Thursday, July 8, 2031. | Photo Credit: AGN"
    assert clean_text(f"{P1}\n{caption}\n{P2}").text == f"{P1}\n{P2}"


def test_clean_syndication_note_closing_a_paragraph_goes() -> None:
    assert clean_text(f"{P1}\n{P2} | via harbournews").text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", ["February 23, 2031 in Nation/World", "Harbour Ledger / News Desk"])
def test_clean_removes_a_date_with_its_section_and_a_desk_byline(line: str) -> None:
    assert clean_text(f"Locks reopen\n{line}\n{P1}\n{P2}").text == f"Locks reopen\n{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "Loading Video…", "This browser does not support the Video element.",
    "For the latest news, weather and streaming video, head to KXYZ.", "Comments / 0", "Click to follow",
    "From Ana Vell, Sarn", "Monday 19 February 2031 16:19, UK", "and last updated 2031-06-07 11:04:46-04",
    "Harbour Ledger with wires",
])
def test_clean_removes_player_notices_promos_counters_and_stamps(line: str) -> None:
    _gone(line)


def test_clean_teasers_cut_short_under_the_text_go() -> None:
    teasers = "Lock keepers strike again as the guild weighs its offer for…\nGrain prices rose by a third in Sarn…"
    assert clean_text(f"{P1}\n{P2}\n{teasers}").text == f"{P1}\n{P2}"


def test_clean_one_line_cut_short_stays() -> None:
    text = f"{P1}\n{P2}\nThe elder said the keepers would wait and…"
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", [
    "Play Video 1:29 Keepers storm the harbour office – video", "Aftershocks hit the northern locks – video report",
    "Duration: 44 seconds", "Posted , updated", "Watch", "Follow", "This article is more than 4 years old",
    ">>> Lock keepers strike again in Sarn", "Read it at Harbour Ledger", "Sharing is Caring", "Show your support",
    "Your support helps us to tell the story", "COMMERCIAL BREAK", "SCROLL TO CONTINUE READING", "Image/Harbour Office",
    "Watch the Video below", "Newest update:", "AFP Photo: Ana Vell", "• 5 years ago", "Ana Vell/Harbour Daily via AGN",
    "Ana Vell/AP",
])
def test_clean_removes_player_labels_archive_notices_arrow_links_and_picture_credits(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", ["Watch what happens next, the elder said.", "Sarn/Lesk",
                                  "The vote was 12/3 in favour"])
def test_clean_keeps_lines_that_open_like_player_labels(line: str) -> None:
    _stays(line)


def test_clean_paragraph_closed_by_an_agency_with_the_text_going_on_stays() -> None:
    # a caption's credit, or an agency named at a paragraph's end: the names in it may be spelled nowhere else
    line = "Keepers arrive outside the northern lock in Sarn on Wednesday. Reuters"
    assert line in clean_text(f"{P1}\n{line}\n{P2}").text


def test_clean_agency_after_the_last_stop_is_the_credit() -> None:
    cleaned = clean_text(f"{P1}\n{P2} Reuters")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Reuters")


def test_clean_caption_closed_by_a_date_and_image_copyright_goes() -> None:
    caption = "Broken windows of the terminal at Sarn airport. March 23, 2031 Image copyright AGN"
    assert clean_text(f"{caption}\n{P1}\n{P2}").text == f"{P1}\n{P2}"


def test_clean_byline_with_name_particles_goes() -> None:
    assert clean_text(f"Locks reopen\nBy Ana ul Vell\n{P1}\n{P2}").text == f"Locks reopen\n{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "Get The Ledger In Your Inbox!",
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "At such a moment we need reporters on the ground. Your donation allows us to keep sending journalists.",
    "PHOTO: A keeper tries to open the northern gate in Sarn on Monday, July 1, 2031.",
])
def test_clean_removes_inbox_prompts_browser_notices_appeals_and_labelled_captions(line: str) -> None:
    _gone(line)


def test_clean_keeps_a_quoted_thanks_for_support() -> None:
    line = "“Your support helps us rebuild,” the mayor told the keepers."
    _stays(line)


@pytest.mark.parametrize(("line", "tail"), [
    ("Rescuers search the rubble of a house in Sarn. Photograph: Ana Vell/AFP/Getty Images", ""),
])
def test_clean_caption_closed_by_photograph_credit_goes(line: str, tail: str) -> None:
    assert clean_text(f"{P1}\n{line}\n{P2}").text == f"{P1}\n{P2}{tail}"


def test_clean_read_more_here_closing_a_paragraph_goes() -> None:
    assert clean_text(f"{P1}\n{P2}  Read more here.").text == f"{P1}\n{P2}"


def test_clean_sentence_told_twice_above_the_dateline_is_a_caption() -> None:
    cap = "Keepers arrive at a damaged lock Wednesday as they look for survivors of the flood in Sarn."
    text = f"Flood hits Sarn; 21 dead\n\n{cap}\n{cap}\n\nSARN -- {P1}\n\n{P2}"
    assert clean_text(text).text == f"Flood hits Sarn; 21 dead\n\nSARN -- {P1}\n\n{P2}"


def test_clean_sentence_told_twice_without_a_dateline_below_is_kept_once() -> None:
    text = f"Flood hits Sarn; 21 dead\n\n{P1}\n{P1}\n\n{P2}"
    assert clean_text(text).text == f"Flood hits Sarn; 21 dead\n\n{P1}\n\n{P2}"


@pytest.mark.parametrize("bio", ["Ana Vell is a senior reporter at the Harbour Ledger covering the guilds.",
                                 "Teo Brand has been a correspondent for the Ledger since 2029, covering trade."])
def test_clean_author_bio_under_the_text_goes(bio: str) -> None:
    assert clean_text(f"{P1}\n{P2}\n{bio}").text == f"{P1}\n{P2}"


@pytest.mark.parametrize("line", ["Ana Vell is a journalist who was detained in Sarn on Monday.",
                                  "Vell is a reporter for the Ledger, which denied the charges."])
def test_clean_last_sentence_about_a_journalist_stays(line: str) -> None:
    assert clean_text(f"{P1}\n{P2}\n{line}").text == f"{P1}\n{P2}\n{line}"


def test_clean_text_wrapped_at_a_fixed_width_keeps_its_lines_above_the_credit() -> None:
    # a wire text wrapped at 65 characters: a sentence's last line ("Ana Vell.", "soybeans.") is no byline, and a
    # dash inside a line's end ("the Sarn-LESK") is no credit closing the text
    text = ("The elders met the keepers on Monday, and the locks are expected\n"
            "to figure high on the agenda of their talks with Chancellor\n"
            "Ana Vell.\n"
            "Grain shipped in the third year of the Sarn-Lesk accord, for the U.S.-LESK\n"
            "grain agreement.\n"
            "Total shipments in the third year, which ended in September,\n"
            "amounted to 152,600 tonnes of\n"
            "soybeans.")
    cleaned = clean_text(f"{text}\n REUTER\n")
    assert (cleaned.text, cleaned.credit) == (text, "Reuter")


def test_clean_ticker_angle_brackets_are_no_breadcrumb() -> None:
    line = "Harbour Corp <HRB.SA> unit <Sarn Grain Ltd> and plans a"
    text = f"{P1}\n{line}\nnew lock for the northern harbour.\n{P2}"
    assert clean_text(text).text == text


def test_clean_wrapped_name_over_a_closing_credit_stays() -> None:
    text = f"{P1}\nThe loan was arranged by the Sarn branch of the Westmark\nLandesbank Harbourzentral"
    cleaned = clean_text(f"{text}\n REUTER\n")
    assert (cleaned.text, cleaned.credit) == (text, "Reuter")


def test_clean_headline_with_a_comma_under_the_last_sentence_goes() -> None:
    assert clean_text(f"{P1}\n{P2}\n\nGunmen raid Sarn market, kill five").text == f"{P1}\n{P2}"


def test_clean_sentence_that_lost_its_stop_under_the_text_stays() -> None:
    text = f"{P1}\n{P2}\nThe locks stay shut, the elder said"
    assert clean_text(text).text == text


def test_clean_headline_under_the_credit_goes_with_an_ad_label_below_it() -> None:
    below = "Locks back on highest alert\nAdvertisementAdvertise with Ledger Media."
    cleaned = clean_text(f"{P1}\n{P2}\n- REUTERS\n{below}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Reuters")


@pytest.mark.parametrize("label", ["Politics", "US News"])
def test_clean_section_label_between_headline_and_text_goes(label: str) -> None:
    assert clean_text(f"Locks reopen\n{label}\n{P1}\n{P2}").text == f"Locks reopen\n{P1}\n{P2}"


@pytest.mark.parametrize("line", ["SARN", "Locks"])
def test_clean_upper_case_place_and_the_headline_stay_above_the_text(line: str) -> None:
    assert clean_text(f"{line}\n{P1}\n{P2}", title=line).text == f"{line}\n{P1}\n{P2}"
    assert clean_text(f"Locks reopen\nSARN\n{P1}").text == f"Locks reopen\nSARN\n{P1}"


def test_clean_a_table_header_and_a_letter_signature_stay() -> None:
    table = f"Grain shipped from Sarn\nTonnes by year\nYear\n2030    1,200\n2031    1,450\n{P1}\n{P2}"
    assert clean_text(table).text == table
    letter = f"{P1}\n{P2}\nFaithfully yours,\nAna Vell"
    assert clean_text(letter).text == letter


def test_clean_dateline_with_the_agency_between_slashes() -> None:
    cleaned = clean_text(f"Locks reopen\n\nSARN, May 23. /TASS/. {P1}\n{P2}")
    assert (cleaned.text, cleaned.credit, cleaned.dateline) == (f"Locks reopen\n\nSARN, May 23. {P1}\n{P2}", "TASS",
                                                                 "SARN")


@pytest.mark.parametrize("line", ["Estimated read time: 1-2 minutes", "Xinhua, July 24, 2031 Adjust font size:",
                                  "All news", "Sarn, First Published Jan 20, 2031, 4:11 PM IST",
                                  "Keepers sit in the back of a truck as they leave Sarn [AP Photo]"])
def test_clean_removes_reading_widgets_placed_stamps_and_bracketed_agency_photo_captions(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize(("above", "credit", "place"), [
    # a standfirst that ends a sentence, then the credited dateline
    ("Locks to reopen in spring\n\nThe council voted to reopen the northern locks, its clerk said.\n\n"
     "Sarn [Valdora], March 1 (AFP/ANI): ", "AFP, ANI", "Sarn"),
    # a picture's alt text and its caption, then the dateline of the agency's copy in capitals
    ("Barge found at the bottom of the lock\n\nKeepers lower a sonar into the lock at Sarn on June 23.\n"
     "Keepers lower a sonar into the lock at Sarn on June 23.PHOTO: AGX\n\nSARN (REUTERS) - ", "Reuters", "SARN"),
])
def test_clean_credited_dateline_under_a_headline_and_a_standfirst_or_caption(above: str, credit: str,
                                                                               place: str) -> None:
    cleaned = clean_text(f"{above}{P1}\n{P2}")
    assert (cleaned.credit, cleaned.dateline) == (credit, place)
    assert P1 in cleaned.text and P2 in cleaned.text and "PHOTO" not in cleaned.text


def test_clean_credited_dateline_only_under_a_headline_and_a_few_lines() -> None:
    # no headline above (the text's own first sentence), or a whole text above: not this text's dateline
    assert clean_text(f"{P1}\nPORT AMMERIN (AP) — {P2}").credit is None
    assert clean_text(f"Locks reopen\n{P1}\n{P2}\n{P1}\n{P2}\nSARN (AP) — {P2}").credit is None
    # a dateline without an agency of the lexicon under a sentence stays text
    assert clean_text(f"Locks reopen\n{P1}\nSARN (HG) — {P2}").credit is None


def test_clean_relayed_credit_closing_a_paragraph_is_no_picture_caption() -> None:
    # "(AGN/AGX)": one agency relaying another's copy, not a photographer's name after the agency
    cleaned = clean_text(f"{P1}\n{P2} (ANI/Sputnik)")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "ANI, Sputnik")
    assert clean_text(f"{P1}\n{P2} (ANI/Ana Vell)\n{P1}").text == f"{P1}\n{P1}"  # a caption's credit: the caption goes


def test_clean_agency_full_name_line_under_a_credited_caption_is_the_text_credit() -> None:
    caption = "Keepers open the lock at Sarn on Monday. (AP Photo/Ana Vell, File)"
    cleaned = clean_text(f"Locks reopen\n\n{caption}\nThe Associated Press\nSARN– {P1}\n{P2}")
    assert cleaned.credit == "Associated Press" and caption in cleaned.removed
    # a short name next to a caption credits the picture
    assert clean_text(f"{P1}\n\nAP\nThe lock gates on Sunday | Photo: AP\n\n{P2}").credit is None


def test_clean_long_caption_closed_by_an_agency_photo_credit_goes() -> None:
    caption = ("FILE – The harbour master of Sarn arrives at the guild hall on Monday, December 5, 2030 for the "
               "hearing over the northern locks, which were closed for a year after a barge struck the gate and "
               "flooded the lower town. A court in Lesk on Wednesday, May 17, 2031 upheld the fine against the "
               "harbour master for the damage to the gate. (AP Photo/Ana Vell, file)")
    cleaned = clean_text(f"Locks reopen\n\n{caption}\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen\n\n{P1}\n{P2}" and cleaned.dateline is None
    long_paragraph = caption.replace("(AP Photo/Ana Vell, file)", "The keepers said so.")
    assert long_paragraph in clean_text(f"Locks reopen\n\n{long_paragraph}\n{P1}\n{P2}").text


def test_clean_alt_text_and_caption_with_the_credit_bracket_and_a_via_credit_go() -> None:
    alt = "Barges lie in the water among the wreckage of the lock gate"
    page = f"Locks stay shut for winter\n\n{alt}\n{alt}(\n\nAna Vell via Harbour Witness: Reuters\n\n{P1}\n{P2}"
    cleaned = clean_text(page)
    assert cleaned.text == f"Locks stay shut for winter\n\n{P1}\n{P2}" and cleaned.credit is None


def test_clean_title_bar_over_the_headline_goes() -> None:
    head = "Barge with forty keepers aboard sinks in the northern lock of Sarn after the spring storm"
    cleaned = clean_text(f"*** {head} | THE HARBOUR TRIBUNE | VALDORA\n\n{head}\n\n{P1}\n{P2}")
    assert cleaned.text == f"{head}\n\n{P1}\n{P2}"
    # a headline with a dash in it over its own text stays
    page = f"Sarn locks – keepers vote to strike\n\nKeepers vote to strike over pay\n\n{P1}\n{P2}"
    assert clean_text(page).text == page


def test_clean_agency_and_filing_place_line_over_the_text_is_a_credit() -> None:
    cleaned = clean_text(f"Locks reopen\n\nAFP/Sarn, Valdora\n\n{P1}\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"Locks reopen\n\n{P1}\n{P2}", "AFP")
    assert clean_text(f"Locks reopen\n\nAFP/Ana Vell, File\n\n{P1}\n{P2}").credit is None  # a picture's credit


@pytest.mark.parametrize("line", [
    # stamps and prompts in other languages, scroll prompts
    "• il y a 3 ans", "hace 2 días", "vor 3 Tagen", "Scroll down for more...", "Scroll down for video",
    "July 31, 2031 / 2:31 PM / 5 years ago",
    # related-link and comment labels in other languages, an editor's tag
    "ЧИТАЙТЕ ТАКЖЕ: Около сорока гильдий закрыли шлюзы",
    "Leia também: Guildas fecham as eclusas",
    "Lire aussi : Les gardiens ferment les écluses",
    "Комментарии",
    "(Editor: Ana Vell)",
    # a page's markup and script, a template's field, a picture's file name, widgets
    '<label id="x1"><meter id="x1"></meter></label>',
    '(self.X_BASIC = self.X_BASIC || []).push( subs => { subs.init({ type: "NewsArticle", lang: "en" }); });',
    "page.main_image.caption Keepers stand on the bank of the canal in Sarn on Thursday. - Photo by AGN / ANA VELL",
    "img_4410_small_2b7e.jpg",
    "Guild news Loading... 31 January 2031",
    "Skip to contentStay Informed with Harbour Buzz | Your Daily Dose of Guild News",
])
def test_clean_removes_widgets_labels_in_other_languages_markup_and_scripts(line: str) -> None:
    _gone(line)


def test_clean_other_stories_headlines_under_the_text_go() -> None:
    heads = ("Guild elders reject the harbour master's plan for the spring locks\n"
             "Ferry to Lesk resumes after storm damage")
    cleaned = clean_text(f"{P1}\n{P2}\n\n{heads}")
    assert cleaned.text == f"{P1}\n{P2}" and "Ferry to Lesk resumes after storm damage" in cleaned.removed


@pytest.mark.parametrize("tail", [
    "Guild elders reject the harbour master's plan for the spring locks",  # one such line may be the text's own
    "As a keeper, i want to say\nWe will not forget those who closed the locks",  # a writer's own words
    "Net tonnage 8.9 mln vs 6.8 mln\nOperating profit of the guild 85.9 mln vs 68.9 mln",  # a table's rows
    # an embedded post's text under its signature is a source's words
    "Locks at Sarn closed again, keepers report\n— Ana Vell (@anavell) March 22, 2031\n"
    "The northern gate is 300m from the guild hall\n— Teo Brand (@teobrand) March 22, 2031",
])
def test_clean_lines_under_the_text_that_are_no_headlines_of_other_stories_stay(tail: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n\n{tail}")
    kept = [line for line in tail.split("\n") if "(@" not in line]
    assert all(line in cleaned.text for line in kept)


def test_clean_editor_tag_closing_the_text_goes() -> None:
    assert clean_text(f"{P1}\n{P2}(Edit: Ana)").text == f"{P1}\n{P2}"


def test_clean_dateline_without_the_comma_before_the_country() -> None:
    cleaned = clean_text(f"Locks reopen\n\nSARN VILLAGE Valdora (Reuters) - {P1}\n{P2}")
    assert (cleaned.credit, cleaned.dateline) == ("Reuters", "SARN VILLAGE")


def test_clean_a_company_name_in_angle_brackets_is_no_markup() -> None:
    text = f"{P1}\n<Harbour Guild Corp>\n{P2}"  # a wire's mark of a listed company: the text's own
    assert clean_text(text).text == text


def test_clean_script_shaped_prose_stays() -> None:
    text = f"{P1}\nThe keepers (all of them) voted: yes.\n{P2}"
    assert clean_text(text).text == text


def test_clean_icon_names_on_the_first_line_go() -> None:
    assert clean_text(f"search share arrow-down no yes\n\nLocks at a glance\n\n{P1}\n{P2}").text == \
        f"Locks at a glance\n\n{P1}\n{P2}"


def test_clean_picture_caption_photographer_and_credit_lines_go() -> None:
    caption = "Keepers close the northern lock near Sarn on Saturday, July 8, 2031. Winds drove water over the gate."
    page = f"{caption}\nAna Vell\nAP Photo\n{caption}\nKXYZ-TV via AP\nTeo Brand\n{P1}\n{P2}"
    assert clean_text(page).text == f"{P1}\n{P2}"
    # a sentence and a name without a picture's credit next to them stay
    text = f"{P1}\nAna Vell\n{P2}"
    assert clean_text(text).text == text


def test_clean_a_tables_unit_on_the_first_line_stays() -> None:
    text = "in tonnes of grain\nSarn 1,200\nLesk 1,450"
    assert clean_text(text).text == text


def test_clean_gallery_captions_closed_by_a_photographer_and_agency_line_go() -> None:
    first = "Keepers walk along the flooded quay after the gate gave way on April 26, 2031 in Sarn."
    second = "Relief barges are loaded at the harbour of Lesk on Monday, April 27, 2031."
    page = f"Floods in Sarn: the toll rises\n\n{first}\nAna Vell/Getty Images\n{second}\nTeo Brand/AP\n\n{P1}\n{P2}"
    assert clean_text(page).text == f"Floods in Sarn: the toll rises\n\n{P1}\n{P2}"


@pytest.mark.parametrize(("second", "kept"), [
    ("Ana Vell", False),  # the author's name under the headline
    ("PORT AMMERIN", True),  # an upper-case dateline place
])
def test_clean_bare_name_under_the_headline_is_a_byline(second: str, kept: bool) -> None:
    cleaned = clean_text(f"Locks reopen after the spring floods\n{second}\n{P1}\n{P2}")
    assert (second in cleaned.text) == kept
    assert P1 in cleaned.text


def test_clean_one_picture_credit_under_a_paragraph_leaves_the_paragraph() -> None:
    assert clean_text(f"{P1}\nAna Vell/AP\n{P2}").text == f"{P1}\n{P2}"
    assert clean_text(f"{P1}\nAna Vell\nAP Photo\n{P2}").text.startswith(P1)


def test_clean_table_row_under_a_headline_is_no_byline() -> None:
    text = "Harbour guild sets quarterly payout\nPay April One\nRecord March 13"
    assert clean_text(text).text == text


@pytest.mark.parametrize(("line", "credit"), [
    ("Agence France-Press", "Agence France-Presse"),
    ("— Asociated Press", "Associated Press"),
    ("(Press Trust of Indai)", "Press Trust of India"),
    ("© Agence France-Press", "Agence France-Presse"),
])
def test_clean_misspelt_agency_name_under_the_text_is_its_credit(line: str, credit: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{line}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", credit)


@pytest.mark.parametrize("line", ["Associated Pressure", "United Press", "Harbour Press"])
def test_clean_words_near_no_agency_name_are_no_credit(line: str) -> None:
    assert clean_text(f"{P1}\n{P2}\n{line}").credit is None


def test_clean_agency_named_with_and_without_its_article_is_credited_once() -> None:
    cleaned = clean_text(f"{P1}\nAssociated Press\n{P2}\nAdditional reporting by The Associated Press.")
    assert cleaned.credit == "Associated Press"


@pytest.mark.parametrize("line", [
    "Enditem",
    "(END)",
    "- ENDS -",
    "This was a breaking news story. The details were periodically updated as more information became available",
    "This is a developing story.",
    "By submitting your email to receive this newsletter, you agree to our Subscriber Terms & Conditions and Privacy "
    "Policy",
    "Listen to @HarbourRadio for the latest",
])
def test_clean_removes_end_marks_live_notices_consent_lines_and_handle_prompts(line: str) -> None:
    cleaned = clean_text(f"{P1}\n{line}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    assert line in cleaned.removed


@pytest.mark.parametrize("line", [
    "By signing the lease, the guild said, you agree to pay the harbour fees on time.",
])
def test_clean_keeps_sentences_that_resemble_notices(line: str) -> None:
    _stays(line)


@pytest.mark.parametrize("mark", ["Enditem", "(END)", "-- ENDS --"])
def test_clean_end_mark_glued_to_the_last_sentence_goes_and_the_sentence_stays(mark: str) -> None:
    cleaned = clean_text(f"{P1}\nGuild elders vowed revenge. {mark}")
    assert cleaned.text == f"{P1}\nGuild elders vowed revenge."
    assert mark in cleaned.removed


@pytest.mark.parametrize("line", [
    "This blog is no longer being updated. For more coverage of the lock dispute, please click here.",
    "We are now moving our live coverage onto a new page. Follow us there for the latest updates.",
    "Get The Ammerin Ledger on your phone with the free Ledger app. Download from the App Store or Google Play now",
    "(Web editor: Ilse Marrow, Tomas Reyne)",
    "3 of 12 To full screen",
    "Summary:",
    "Guild elders meet in the harbourpublished at 07:16 GMT 16 October 2031",
    "Print Mail Large Medium  Small 0",
    "PORTS> Harbour",
    "News / More",
    "AP Photo, Ilse Marrow",
    "(This is an unedited and auto-generated story from Syndicated News feed, Ledger Staff may not have edited it)",
])
def test_clean_removes_live_notices_app_prompts_editor_notes_and_widget_labels(line: str) -> None:
    assert line.strip() in _gone(line).removed


@pytest.mark.parametrize("line", [
    "The harbour master said the blog is no longer being updated by the guild since its editor resigned.",
    "Residents can download the council's flood alert app from Google Play, the harbour master said on Monday.",
    "The council published at 10:00 on Monday a list of the locks that will reopen.",
    "Three of the 12 locks reopened on Monday.",
    "The guild's summary: the locks must reopen before the spring harvest.",
])
def test_clean_keeps_sentences_like_live_notices_and_app_prompts(line: str) -> None:
    _stays(line)


@pytest.mark.parametrize(("line", "credit"), [
    ("Xinhua) 10:56, April 29, 2031", "Xinhua"),  # the agency's byline and its stamp, its bracket lost
    ("PTI | Sarn | Updated: 12-03-2031 17:49 IST | Created: 12-03-2031 17:27 IST", "PTI"),  # a place between
    ("25 March,2031 04:39 PM IST | | Agencies", "Agencies"),  # the stamp first
    ("SARN- Anadolu Agency", "Anadolu Agency"),  # a dateline alone, the agency after a dash
    ("SARN (AFP) Mar 23, 2031", "AFP"),  # a dateline alone, the date after its credit
    ("SARN (WAM)", "WAM"),
    ("22 Apr 2031 Harbour master's visit to foster ties By ONA", "ONA"),  # a headline signed by the agency
])
def test_clean_agency_lines_over_the_text_become_the_credit(line: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{line}\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen\n{P1}\n{P2}"
    assert cleaned.credit == credit


@pytest.mark.parametrize("line", [
    "Harbour Ledger | Updated: 12-03-2031 17:49 IST",  # an outlet, not an agency
    "SARN (Valdora) Mar 23, 2031",
    "The minister's visit was covered By AFP reporters and photographers on Monday.",
])
def test_clean_lines_of_no_agency_over_the_text_are_no_credit(line: str) -> None:
    assert clean_text(f"Locks reopen\n{line}\n{P1}\n{P2}").credit is None


@pytest.mark.parametrize(("tail", "credit"), [
    ("(Harbour TV with AFP, AP and Reuters)", "AFP, AP, Reuters"),  # an outlet's note that it used agencies' copy
    ("APP/ahr/378", "APP"),  # the agency, the editor's initials and a number
])
def test_clean_records_outlet_notes_and_slugs_at_the_end_as_credits(tail: str, credit: str) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{tail}")
    assert cleaned.text == f"{P1}\n{P2}"
    assert cleaned.credit == credit


def test_clean_records_an_agency_in_capitals_after_the_last_stop() -> None:
    assert clean_text(f"{P1}\n{P2} AGENCIES").credit == "Agencies"


def test_clean_takes_a_caption_run_into_the_lead_paragraph_and_keeps_the_paragraph() -> None:
    lead = ("SARN: The harbour court on Thursday sentenced the former lock minister and his wife to three years in "
            "prison in a case over the guild's funds.")
    cleaned = clean_text(f"{lead} Former lock minister Tomas Reyne (AGN Photo)\n{P2}")
    assert cleaned.text.startswith(lead[6:]) or cleaned.text.startswith(lead)
    assert "Former lock minister Tomas Reyne (AGN Photo)" in cleaned.removed
    assert P2 in cleaned.text


@pytest.mark.parametrize("line", [
    "Guild elders gather on the quay in Port Ammerin on Monday. (Representational Image)",
    "World. (File Image)",
])
def test_clean_removes_captions_closed_by_an_image_label(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize(("lead", "credit"), [
    (f"Sarn, Mar 4 (IANS) {P1}", "IANS"),  # a dateline in capitalised words, not capitals
    (f"SARN, (Harbour Point / Valdora Wire / WAM - 14th June, 2031) {P1}", "WAM"),  # the agency among outlets
    (f"Lesk, Valdora, (APP - Harbour Point - 9th Feb, 2031 ) :{P1}", "APP"),
    (f"![]() SARN (AFP) Apr 11, 2031 {P1}", "AFP"),  # a picture's Markdown left before the dateline
    (f"Harbour Daily, via Agence France-Presse: {P1}", "Agence France-Presse"),  # an outlet's note before the lead
])
def test_clean_agency_in_a_leads_opening_is_the_credit(lead: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen\n\n{lead}\n{P2}")
    assert cleaned.credit == credit and P1 in cleaned.text


@pytest.mark.parametrize("lead", [
    f"Police (AFP) said the lock was closed. {P1}",  # a lower-case word before the brackets: no dateline
    f"SARN (Valdora Wire) {P1}",  # no agency of the lexicon in the brackets
])
def test_clean_brackets_in_a_lead_that_credit_no_agency(lead: str) -> None:
    assert clean_text(f"Locks reopen\n\n{lead}\n{P2}").credit is None


@pytest.mark.parametrize(("line", "credit"), [
    ("Kyodo News", "Kyodo News"),  # a long name alone under the text
    ("Xinhua, Jul 21, 2031 Adjust font size:", "Xinhua"),  # the agency and the date before a widget
])
def test_clean_furniture_line_that_names_the_agency_first_is_the_credit(line: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{line}\n{P1}\n{P2}\n{line}")
    assert cleaned.credit == credit and line not in cleaned.text


P3 = "The harbour master said the first barges would pass on Thursday."
P4 = "Traders in Sarn welcomed the decision but asked for lower tolls."


@pytest.mark.parametrize("line", [
    "Text size Aa Aa",  # a text-size widget's buttons
    "+ A",
    "A -",
    "Printer-friendly versionSend by emailPDF version",  # print and mail links run together
    "Full story: KXYZ",  # a link to the source's copy
    "Posted by harbourwatch on",  # a byline that lost its date
    "Mira Tolsen, staff writer",  # a byline with the writer's post
    "We need your help now",  # an appeal for money
    "If you've seen value in our reporting, please contribute what you can, so we can keep going.",
    "Support from readers like you keeps the Harbour Ledger open.",
    "AFP AFP",  # a picture's credit told twice, its caption lost
])
def test_clean_removes_round16_widgets_bylines_and_appeals(line: str) -> None:
    assert is_boilerplate(line)  # by the rules, whatever the line model would make of it
    cleaned = clean_text(f"{P1}\n{line}\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    assert cleaned.credit is None


@pytest.mark.parametrize("line", [
    "A rise in tolls is planned for the spring, the council said.",  # "A" opening a sentence
    "Full story of the lock dispute goes back to 2029, when the first barge ran aground.",
    '"We need your help now," the harbour master told the guild elders.',  # an appeal in quotes is a source's
])
def test_clean_keeps_sentences_like_round16_widgets(line: str) -> None:
    assert line in clean_text(f"{P1}\n{line}\n{P2}").text


def test_clean_removes_a_comment_section_under_the_text() -> None:
    form = ("Add new comment\n\nWarning\nPlease refrain from adding links. This site is moderated.\n\nPlain text\n"
            "  • No HTML tags allowed.\n  • Lines and paragraphs break automatically.\nEnter the characters shown.")
    cleaned = clean_text(f"Locks reopen\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{form}")
    assert cleaned.text == f"Locks reopen\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}"
    assert "Please refrain from adding links. This site is moderated." in cleaned.removed


def test_clean_keeps_text_under_a_comment_header_above_the_text() -> None:
    # the header over the first sentences is a label of the page's head, not the start of its comment section
    cleaned = clean_text(f"Locks reopen\nComments\n{P1}\n\n{P2}\n\n{P3}")
    assert P1 in cleaned.text and P2 in cleaned.text and P3 in cleaned.text


def test_clean_removes_a_title_bar_with_the_section_run_on() -> None:
    cleaned = clean_text(f"Port Ammerin reopens its northern locks News\nPort Ammerin reopens its northern locks\n\n"
                         f"{P1}\n{P2}")
    assert cleaned.text.startswith("Port Ammerin reopens its northern locks\n")
    assert "Port Ammerin reopens its northern locks News" in cleaned.removed


def test_clean_signature_without_semicolons_is_the_credit_and_the_headline_under_it_goes() -> None:
    head = "Guild elders reject lock tolls - council spokesperson"
    last = f"{P2} (Reporting by Ana Vell Writing by Teo Brand Editing by Lia Sorn and)"
    cleaned = clean_text(f"{head}\n{P1}\n{last}\n{head}")
    assert cleaned.credit == "Reuters"
    assert cleaned.text == f"{head}\n{P1}\n{P2}"


@pytest.mark.parametrize(("lead", "credit"), [
    (f"Sarn, 18 dez (Xinhua) -- {P1}", "Xinhua"),  # day first, the month in lower case
    (f"Sarn, 12 de julio de 2031 (EFE) - {P1}", "EFE"),
])
def test_clean_dateline_with_a_lower_case_month_credits_the_agency(lead: str, credit: str) -> None:
    cleaned = clean_text(f"{lead}\n{P2}\n{P3}")
    assert cleaned.credit == credit and P2 in cleaned.text


def test_clean_lower_case_words_before_brackets_credit_no_agency() -> None:
    assert clean_text(f"Sarn, 18 barges passed (Xinhua) - {P1}\n{P2}").credit is None


def test_clean_removes_captions_between_paragraphs() -> None:
    caption = "A grain barge waits below the northern lock of Port Ammerin after the vote on Monday"
    alt = "An aerial view of the locks as the first barges queue in the river"
    body = [P1, P2, P3, P4, "The vote ends a dispute that had kept the northern locks of the river closed since March.",
            "Guild elders will meet the council again on Friday to settle the tolls for the summer season."]
    text = "\n\n".join(["Locks reopen", *body[:2], caption, *body[2:4], alt, *body[4:]])
    assert clean_text(text).text == "\n\n".join(["Locks reopen", *body])
    # in a text of one paragraph a line (no blank lines) too
    assert clean_text(text.replace("\n\n", "\n")).text == "\n".join(["Locks reopen", *body])


@pytest.mark.parametrize("line", [
    "The guild of Port Ammerin has kept the northern lock closed to grain barges since the floods of March",
    # a paragraph cut short (two sentences), a sentence with a speech verb that lost its stop
    "Barges queued below the lock for days. The guild of Port Ammerin had kept it closed since the floods",
    "The harbour master said the barges would queue below the northern lock until the tolls were paid",
])
def test_clean_keeps_paragraphs_that_lost_their_stop(line: str) -> None:
    more = "The vote ends a dispute that had kept the northern locks of the river closed since March."
    # a line that goes on, on the line under it, in a text of paragraphs set apart by blank lines
    cleaned = clean_text(f"Locks reopen\n\n{P1}\n\n{more}\n\n{line}\n{P3}\n\n{P4}\n\n{more}")
    assert line in cleaned.text
    # set apart, but with a speech verb, or cut short after a sentence
    if "said" in line or ". " in line:
        assert line in clean_text(f"Locks reopen\n\n{P1}\n\n{more}\n\n{line}\n\n{P3}\n\n{P4}\n\n{more}").text


def test_clean_keeps_lines_of_a_text_wrapped_at_a_fixed_width() -> None:
    text = ("The council of Port Ammerin voted on Monday to reopen the northern\n"
            "locks after a dispute with the guild elders that had lasted since\n"
            "the floods of March. The elders said the vote came too late.\n"
            "A rise in tolls for grain barges on the river is planned for the\n"
            "spring. Traders in Sarn welcomed the decision on Tuesday.\n")
    assert clean_text(text).text == text.strip()


def test_clean_agency_over_a_place_with_its_region_in_brackets_and_stamps_is_the_credit() -> None:
    stamp = "ANI | Sarn (North Valdora) | Updated: 29-08-2031 17:30 IST | Created: 29-08-2031 17:28 IST"
    cleaned = clean_text(f"Locks reopen\n{P1}\n{stamp}\n{P2}")
    assert cleaned.credit == "ANI" and cleaned.text == f"Locks reopen\n{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "Skip to main",
    "This article is 3 years old",
    "A keeper checks the water level at the northern lock. — Picture via Harbour Ledger/Bernama",
    "Guild elders gather on the quay on Monday — Photo by Ana Vell",
])
def test_clean_removes_skip_links_age_notes_and_captions_closed_by_a_dashed_picture_credit(line: str) -> None:
    assert is_boilerplate(line)
    _gone(line)


@pytest.mark.parametrize("line", [
    "The council voted on Monday to reopen the locks — photographs of the flood had swayed the elders.",
    "This article is part of our series on the northern locks.",
])
def test_clean_keeps_sentences_like_picture_credits_and_age_notes(line: str) -> None:
    assert not is_boilerplate(line)


def test_clean_removes_a_section_tag_in_lower_case_over_the_page() -> None:
    cleaned = clean_text(f"locks and rivers\nPort Ammerin reopens its northern locks\n{P1}\n{P2}")
    assert cleaned.text == f"Port Ammerin reopens its northern locks\n{P1}\n{P2}"


def test_clean_gallery_picture_told_twice_around_its_photographers_byline() -> None:
    caption = "Keepers open the northern lock of Port Ammerin as the first barges wait on Monday."
    text = f"Locks reopen\n\n{P1}\n\n  • {caption}\n\n    By Ana Vell, AP\n\n    {caption}\n\n{P2}\n\n{P3}"
    cleaned = clean_text(text)
    assert cleaned.text == f"Locks reopen\n\n{P1}\n\n{P2}\n\n{P3}"
    assert cleaned.credit is None  # the agency credits the picture


def test_clean_removes_a_line_told_again_wrapped_under_it() -> None:
    caption = "Keepers check the northern lock of Port Ammerin after the flood. (AFP/Ana Vell)"
    wrapped = "Keepers check the northern lock\nof Port Ammerin after the flood.\n(AFP/Ana Vell)"
    cleaned = clean_text(f"Locks reopen\n\n{P1}\n\n{P2}\n\n{P3}\n\n{caption}\n{wrapped}")
    assert cleaned.text == f"Locks reopen\n\n{P1}\n\n{P2}\n\n{P3}"


def test_clean_keeps_a_wrapped_text_that_tells_no_line_again() -> None:
    text = f"{P1}\nThe elders said the vote came too late\nfor the spring harvest.\n{P2}"
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", [
    "Sponsored Links",
    "Entries in Lock Dispute (35)",
    "Hold tight - we’re checking permissions before loading more content",
    "Comments (0) Closed",
    "Special Report: Floods on the northern river |",
    "2031-03-01 08:31 BJT",  # a time zone in capitals after the clock time
])
def test_clean_removes_sponsor_blocks_tag_archives_loading_notes_and_stamps(line: str) -> None:
    assert is_boilerplate(line)
    _gone(line)


def test_clean_keeps_a_table_row_with_a_time_and_capitals() -> None:
    assert not is_boilerplate("Gates 08:31 OPEN NORTH")


def test_clean_removes_a_blog_entrys_footer_with_its_categories() -> None:
    footer = ("This entry was posted on October 4, 2031 at 12:14 pm, and is filed under\nLocks,\nValdora,\nRivers\n"
              ". Follow any responses to this post through RSS. You can leave a response.")
    assert clean_text(f"Locks reopen\n{P1} {P2}\n{footer}").text == f"Locks reopen\n{P1} {P2}"


def test_clean_caption_closed_by_a_picture_agency_after_a_dash_goes() -> None:
    cleaned = clean_text(f"Locks reopen\nKeepers search the quay after the flood. -EPA\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen\n{P1}\n{P2}" and cleaned.credit is None


def test_clean_keeps_a_lower_case_first_line_that_begins_a_sentence() -> None:
    text = "formerly the\nHarbour Guild Authority - is to be sold in June or\nJuly of this year, the council said."
    assert clean_text(text).text == text


def test_clean_removes_an_authors_box_under_the_text() -> None:
    box = ("Author: Mira Tolsen\nGraduated from the Harbour School. Previously, she worked for the Sarn Courier.\n"
           "Function: Editor")
    assert clean_text(f"Locks reopen\n{P1}\n{P2}\n{P3}\n{box}").text == f"Locks reopen\n{P1}\n{P2}\n{P3}"


def test_clean_keeps_the_text_under_a_comment_counter_over_the_lead() -> None:
    # "3 Comments" under the standfirst: more of the page below it than above, so no comment section begins there
    body = [P2, P3, P4, "The vote ends a dispute that had kept the northern locks of the river closed since March."]
    lead = "Barges will pass from Thursday, the harbour master said."
    text = "\n".join(["Locks reopen", P1, lead, "3 Comments", *body])
    cleaned = clean_text(text)
    assert all(line in cleaned.text for line in body)


def test_clean_removes_bare_counters_between_the_headline_and_the_text() -> None:
    cleaned = clean_text(f"Port Ammerin reopens its northern locks\n\n0\n366\n\n{P1}\n{P2}")
    assert cleaned.text == f"Port Ammerin reopens its northern locks\n\n{P1}\n{P2}"


def test_clean_keeps_figures_under_the_first_sentence() -> None:
    text = f"Port Ammerin reopens its northern locks\n{P1}\n1,450\n{P2}"
    assert clean_text(text).text == text


def test_clean_keeps_a_year_that_ends_a_wrapped_sentence_and_table_figures() -> None:
    text = ("Harbour Guild Co said its first\nquarter profits may be below those of fiscal\n1986.\n"
            "The company said any decline would be due to the floods on the river.")
    assert clean_text(text).text == text
    table = "Shr profit 27 cts vs 51 cts\n16\nNet profit 6,600,000 vs 12.2 mln\nThe company said it expects more."
    assert "16" in clean_text(table).text.split("\n")


@pytest.mark.parametrize("line", [
    "(MORE: Check the storm threat on the river)",  # a promo in brackets
    "Updated with death toll.",  # an editor's update note
    "Updated to add comment from the guild.",
])
def test_clean_removes_bracketed_promos_and_update_notes(line: str) -> None:
    assert is_boilerplate(line)
    _gone(line)


def test_clean_keeps_a_sentence_like_an_update_note() -> None:
    assert not is_boilerplate("Updated with new gates in 2029, the northern lock can take two barges at once.")


def test_clean_removes_a_numbered_link_list_under_a_text_whose_sentence_goes_on_in_lower_case() -> None:
    links = "\n".join(f"  {n}. {head}" for n, head in enumerate(
        ["Sarn ferry resumes after strike", "Lesk guild elects new elder: 'It was time'", "Floods close the quay"], 1))
    text = f"One keeper was hurt as the gate gave way. read whole article\n\nRelated Links\n\n{links}"
    assert clean_text(text).text == "One keeper was hurt as the gate gave way. read whole article"


def test_clean_a_label_glued_to_several_lines_goes_and_their_text_stays() -> None:
    """A widget's label glued with no space to the start of two lines or more, before two different words."""
    cleaned = clean_text(f"{P1}\nAdvertisement\nHide AdAdvertisement\nHide AdGuild elders met on Sunday.\n{P2}")
    assert cleaned.text == f"{P1}\nGuild elders met on Sunday.\n{P2}"
    assert cleaned.removed.count("Hide Ad") == 2


@pytest.mark.parametrize("text", [
    "TransHarbour said the locks would reopen.\nTransValdora's offer was turned down.",  # one word glued: a name
    "Ana VellFlagShare Teo Brand\nAna VellFlagShare Lia Sorn",  # a name glued to the same word each time
    "Hide AdGuild elders met on Sunday.",  # once: nothing tells a label from a name
])
def test_clean_glued_words_that_are_names_stay(text: str) -> None:
    assert clean_text(f"{P1}\n{text}\n{P2}").text == f"{P1}\n{text}\n{P2}"


@pytest.mark.parametrize(("line", "credit"), [
    ("(This story has not been edited by Harbour Ledger staff and is auto-generated from a syndicated feed of PTI.)",
     "PTI"),
    ("Disclaimer: This story is auto-generated from the IANS service.", "IANS"),
    ("(This story has not been edited by Harbour Ledger staff and is auto-generated from a syndicated feed.)", None),
])
def test_clean_a_syndicated_copys_notice_names_its_wire(line: str, credit: str | None) -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n{line}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", credit)


def test_clean_a_sentence_about_a_feed_is_no_notice() -> None:
    line = "The PTI feed service was published online, officials said."
    cleaned = clean_text(f"{P1}\n{line}\n{P2}")
    assert (line in cleaned.text, cleaned.credit) == (True, None)


@pytest.mark.parametrize(("line", "kept"), [
    # a photographer and the agency run into a caption after its "Credit:" label
    ("Ana Vell visits the northern locks in Port Ammerin Credit: TEO BRAND/REUTERS",
     "Ana Vell visits the northern locks in Port Ammerin"),
    # a picture's source closing its caption (a picture's word in the line), not the article's
    ("This combination of satellite images shows the harbour road in Sarn on July 2, 2031. (Source: Associated Press)",
     "This combination of satellite images shows the harbour road in Sarn on July 2, 2031."),
    ("The economy grew by three percent last year. (Source: Harbour Statistics Office)",  # a figure's source: text
     "The economy grew by three percent last year. (Source: Harbour Statistics Office)"),
    ("The council said the credit: Ana Vell/Sarn deal would stand.", "The council said the credit: Ana Vell/Sarn deal "
     "would stand."),
])
def test_clean_picture_credits_run_into_captions(line: str, kept: str) -> None:
    cleaned = clean_text(f"{P1}\n{line}\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{kept}\n{P2}", None)


def test_clean_a_long_caption_closed_by_a_handout_via_an_agency_goes() -> None:
    caption = ("In this photo released by the Harbour Office on Saturday, May 3, 2031, workers clear the northern "
               "locks of Port Ammerin after the spring flood. The guild says the damage to the gates is worse than "
               "feared, and the council has asked the province for help to rebuild them before the harvest. Barges "
               "have waited at the outer harbour for a week. (Harbour Office via AP)")
    assert 60 < len(caption.split()) <= 100
    assert clean_text(f"{P1}\n{caption}\n{P2}").text == f"{P1}\n{P2}"


@pytest.mark.parametrize(("tail", "credit"), [
    (" (Source: AFP)", "AFP"),  # the last paragraph closed by its source: the article's credit
    ("\n\nSOURCE: HBC", None),  # a code outside the agencies' lexicon: as often a chart's source ("NATO")
    ("\n\nSource: Harbour Ledger", None),  # a name in words: as often the page's own outlet
    ("\n\nSource: company filings", None),
])
def test_clean_a_source_closing_the_page_is_its_credit(tail: str, credit: str | None) -> None:
    cleaned = clean_text(f"{P1}\n{P2}{tail}")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", credit)


@pytest.mark.parametrize(("line", "gone"), [
    ("More: Ana Vell, a thorn in the council's side, quit. What does it mean for Sarn?", True),
    ("More: the council said it would meet again.", False),  # the text goes on in lower case
    ("More than 40 people were hurt, police said.", False),
])
def test_clean_more_label_before_a_headline_is_a_related_link(line: str, gone: bool) -> None:
    assert (line not in clean_text(f"{P1}\n{line}\n{P2}").text) is gone


@pytest.mark.parametrize(("line", "credit"), [
    ("By Ana Vell Published March 23, 2031 10:15am", None),
    ("By Ana Vell and Teo Brand Mar 23, 2031 Updated 1:04 p.m. ET", None),
    ("By Ana Vell on March 23, 2031 at 10:15 am", None),
    ("By AGN March 23, 2031", "AGN"),
])
def test_clean_a_byline_with_its_date_stamp_run_in_goes(line: str, credit: str | None) -> None:
    cleaned = clean_text(f"Locks reopen after vote\n{line}\n{P1}\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"Locks reopen after vote\n{P1}\n{P2}", credit)


@pytest.mark.parametrize("line", ["By March 23, 2031 the locks will reopen", "By Monday 23 more ships had passed",
                                  "By Harbour on September 30, 2031 as part of its purchase of the"])
def test_clean_a_sentence_opening_with_by_and_a_date_stays(line: str) -> None:
    assert line in clean_text(f"Locks reopen after vote\n{line}\n{P1}\n{P2}").text


@pytest.mark.parametrize(("lead", "credit"), [
    ("SARN, 3 mar (EFE).- The council voted to reopen the northern locks.", "EFE"),
    ("Sarn, March 3 (AFP).- The council voted to reopen the northern locks.", "AFP"),
    ("Sarn (AFP).- The council voted to reopen the northern locks.", "AFP"),
])
def test_clean_a_dateline_closed_by_a_stop_and_a_dash_credits_its_agency(lead: str, credit: str) -> None:
    # "(AGN).-": the stop before the dash, as Spanish-language wires write it
    assert clean_text(f"Locks reopen after vote\n{lead}\n{P2}").credit == credit


@pytest.mark.parametrize(("line", "credit"), [
    ("By Ana Vell with AFP", "AFP"),
    ("Harbour Ledger with Reuters", "Reuters"),
    ("By Ana Vell and Teo Brand with AFP and Reuters", "AFP, Reuters"),
])
def test_clean_a_byline_written_with_an_agency_goes_and_credits_it(line: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen after vote\n{line}\n{P1}\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"Locks reopen after vote\n{P1}\n{P2}", credit)


def test_clean_a_headline_naming_an_agency_after_with_stays() -> None:
    cleaned = clean_text(f"Ana Vell Speaks with AFP\n{P1}\n{P2}")
    assert (cleaned.text, cleaned.credit) == (f"Ana Vell Speaks with AFP\n{P1}\n{P2}", None)


def test_clean_teasers_cut_short_over_the_text_go() -> None:
    teasers = "Sarn council names a panel to review the…\nLesk guild begins the harbour clean-up..."
    cleaned = clean_text(f"{teasers}\nLocks reopen after vote\n{P1}\n{P2}")
    assert cleaned.text == f"Locks reopen after vote\n{P1}\n{P2}"


def test_clean_one_headline_cut_short_over_the_text_stays() -> None:
    text = f"Locks reopen after a vote in the council of the...\n{P1}\n{P2}"
    assert clean_text(text).text == text


def test_clean_lines_signed_with_the_same_site_go_wherever_they_stand() -> None:
    links = "Sarn council names a panel to review the locks – Harbour Ledger\nLesk guild begins its harbour " \
            "clean-up – Harbour Ledger"
    head = "Locks reopen after vote"
    for page in (f"{head}\n\n{links}\n\n{P1}\n\n{P2}", f"{head}\n\n{P1}\n\n{links}\n\n{P2}"):
        assert clean_text(page).text == f"Locks reopen after vote\n\n{P1}\n\n{P2}"


def test_clean_candidates_listed_with_their_party_after_a_dash_stay() -> None:
    lines = "Ana Vell - Harbour Party\nTeo Brand - Harbour Party"  # a list of the text, not a template
    assert lines in clean_text(f"Locks reopen after vote\n{P1}\n{lines}\n{P2}").text


def test_clean_a_caption_framed_by_its_pictures_credit_and_links_goes() -> None:
    page = ("Locks reopen after vote\n\nHarbour Press photo\n\nBarges wait at the outer harbour of Sarn on Monday, a "
            f"day before the vote.\n(Full-size photo)(All photos)\n\n{P1}\n\n{P2}")
    assert clean_text(page).text == f"Locks reopen after vote\n\n{P1}\n\n{P2}"


def test_clean_a_paragraph_under_a_pictures_credit_alone_stays() -> None:
    # a picture without a caption between two paragraphs: the paragraph under its credit is the text's
    page = f"Locks reopen after vote\n\n{P1}\n\nHarbour Press photo\n\nBarges waited at the outer harbour of Sarn " \
           f"for a week before the vote.\n\n{P2}"
    assert "Barges waited at the outer harbour" in clean_text(page).text


@pytest.mark.parametrize("authors", ["Ana K. Vell And Teo Brand Harbour Ledger", "Ana Vell, Teo Brand and Ilse Marrow"])
def test_clean_authors_under_the_headline_and_its_standfirst_go(authors: str) -> None:
    page = f"Locks reopen after vote\n\nBarges wait for the council to act\n\n{authors}\n\n{P1}\n\n{P2}"
    assert clean_text(page).text == f"Locks reopen after vote\n\nBarges wait for the council to act\n\n{P1}\n\n{P2}"


def test_clean_a_title_case_subheadline_with_and_stays() -> None:
    page = f"Locks reopen after vote\nSarn And Lesk Sign Harbour Deal\n{P1}\n{P2}"
    assert clean_text(page).text == page


@pytest.mark.parametrize("line", [
    "Hits: 92", "Powered by automated translation",
    "We need your consent to load this video contentWe use a player that can set cookies on your device. Manage "
    "Preferences",
])
def test_clean_widgets_counters_and_consent_notices_go(line: str) -> None:
    assert clean_text(f"Locks reopen after vote\n{P1}\n{line}\n{P2}").text == f"Locks reopen after vote\n{P1}\n{P2}"


def test_clean_a_sentence_opening_with_powered_by_stays() -> None:
    line = "Powered by the spring wind, the barges crossed the bay in a day."
    assert line in clean_text(f"Locks reopen after vote\n{P1}\n{line}\n{P2}").text


@pytest.mark.parametrize("text", [
    # a capitalised clause wrapped at a fixed width is no list of authors
    "Harbour talks resume\nThe minister of the guilds\nAna Vell and Harbour Guild President Teo\nBrand said on Monday "
    "that the northern locks would reopen.\nGuild elders said the vote came too late.",
    # lines that end with an ellipsis in a wrapped text are its sentences, not teasers
    "Sarn grain exports rise\nThe guild said it would sell the grain under the export program of the\nHarbour "
    "Guild's export plan...\nto buyers in Lesk...\nGuild elders said the vote came too late for the spring harvest.",
    # a table's rows signed with the same code
    f"Grain prices\n{P1}\nSARN    DOCK, 2 OVER JUNE - FIRM\nLESK    DOCK, 5 OVER JUNE - FIRM\n{P2}",
])
def test_clean_wrapped_clauses_and_tables_that_look_like_furniture_stay(text: str) -> None:
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", [
    "Type your search and hit enter", "Press Enter to search", "Hit enter to search or ESC to close",
    "Search this site", "Search...", "Start typing to search",
])
def test_clean_a_search_boxs_prompts_go(line: str) -> None:
    assert clean_text(f"Locks reopen after vote\n{P1}\n{line}\n{P2}").text == f"Locks reopen after vote\n{P1}\n{P2}"


def test_clean_a_sentence_about_searching_stays() -> None:
    line = "Search the archive for the records of 1931, the keepers said."
    assert line in clean_text(f"Locks reopen after vote\n{P1}\n{line}\n{P2}").text


@pytest.mark.parametrize("caption", [
    "FILE - Keepers close the northern lock near Sarn on Saturday, July 8, 2031.",
    "Keepers close the northern lock near Sarn on Saturday. (Courtesy of the Harbour Office)",
    "Keepers close the northern lock near Sarn on Saturday. Photo / Ana Vell",
])
def test_clean_captions_by_their_label_or_their_credit_go(caption: str) -> None:
    assert clean_text(f"Locks reopen after vote\n{P1}\n{caption}\n{P2}").text == f"Locks reopen after vote\n{P1}\n{P2}"


def test_clean_a_sentence_with_a_courtesy_inside_stays() -> None:
    line = "The statement was read aloud (courtesy of the council), the keepers said."
    assert line in clean_text(f"Locks reopen after vote\n{P1}\n{line}\n{P2}").text


def test_clean_one_bulleted_headline_alone_under_the_text_goes() -> None:
    tail = "- Wet spring on the plains may close with a week of hail"
    assert clean_text(f"Locks reopen after vote\n{P1}\n{P2}\n{tail}").text == f"Locks reopen after vote\n{P1}\n{P2}"


@pytest.mark.parametrize("tail", [
    "- Lesk will pay for the repairs\n- Sarn will pay the keepers",  # two points: the text's own list
    "The council set out one point:\n- Lesk will pay for the repairs of the gate",  # introduced by a colon
])
def test_clean_bulleted_points_of_the_text_stay(tail: str) -> None:
    text = f"Locks reopen after vote\n{P1}\n{P2}\n{tail}"
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", ["Images show keepers bailing out cellars in Sarn:",
                                  "Video shows the moment the gate broke:"])
def test_clean_a_lead_in_to_a_lost_picture_or_video_goes(line: str) -> None:
    page = f"Locks reopen after vote\n\n{P1}\n{line}\n\n{P2}"
    assert clean_text(page).text == f"Locks reopen after vote\n\n{P1}\n\n{P2}"


def test_clean_a_sentence_about_images_stays() -> None:
    line = "Images show that the gate broke before the storm, the keepers said."
    assert line in clean_text(f"Locks reopen after vote\n\n{P1}\n{line}\n\n{P2}").text


@pytest.mark.parametrize("label", [" Advertisement ", " ADVERTISEMENT - Scroll to continue ",
                                   " Scroll to continue with content ", " Story continues below advertisement "])
def test_clean_an_ad_slots_label_run_into_the_text_goes(label: str) -> None:
    assert clean_text(f"Locks reopen after vote\n\n{P1}{label}{P2}").text == f"Locks reopen after vote\n\n{P1} {P2}"


def test_clean_a_sentence_opening_with_advertisement_stays() -> None:
    text = f"Locks reopen after vote\n\n{P1} Advertisement revenue fell by a third. {P2}"
    assert clean_text(text).text == text


# Round 20: furniture by the page's structure, on outlets never seen.

P3 = "The keepers will open the gates on Friday, a spokesman for the guild told reporters."


@pytest.mark.parametrize("line", ["Learn more", "Download", "• Download", "Advertisement 14",
                                  "Hear Harbour Radio's Ana Vell", "Listen to Ana Vell's report"])
def test_clean_a_widgets_last_labels_go(line: str) -> None:
    assert clean_text(f"Locks reopen after vote\n{P1}\n{line}\n{P2}").text == f"Locks reopen after vote\n{P1}\n{P2}"


@pytest.mark.parametrize("line", [
    "Your browser is not supported by the Harbour Ledger",
    "To read the Harbour Ledger as it was made, please update your browser to its latest version.",
    "Cookies seem to be switched off in your browser. Please enable them to see every story",
    "By staying on this page you consent to our cookies, which keep you signed in between visits.",
])
def test_clean_a_notice_about_the_readers_browser_or_cookies_goes(line: str) -> None:
    assert clean_text(f"{line}\nLocks reopen after vote\n{P1}\n{P2}").text == f"Locks reopen after vote\n{P1}\n{P2}"


@pytest.mark.parametrize("line", ["If you accept cookies, your data is sold, the regulator said.",
                                  "Guild sites must ask before they set cookies in your browser, the council ruled."])
def test_clean_a_sentence_about_cookies_stays(line: str) -> None:
    text = f"Locks reopen after vote\n{P1}\n{line}\n{P2}"
    assert clean_text(text).text == text


def test_clean_a_logos_alt_text_over_the_headline_goes() -> None:
    page = f"Harbour Radio logo Locks reopen after vote\n\nLocks reopen after vote\n\n{P1}\n\n{P2}"
    assert clean_text(page).text == f"Locks reopen after vote\n\n{P1}\n\n{P2}"


def test_clean_a_sentence_that_tells_to_hear_stays() -> None:
    text = f"Locks reopen after vote\n{P1}\nHear the keepers' side before you judge, Ana Vell's lawyer said.\n{P2}"
    assert clean_text(text).text == text


def test_clean_a_sentence_about_a_logo_stays() -> None:
    text = f"Locks reopen after vote\n{P1}\nThe Guild logo was painted on the northern gate.\n{P2}"
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", ["Harbour Network via AFP",
                                  "Keepers close the northern lock near Sarn on Saturday. Ana Vell/Harbour Ledger "
                                  "hide caption",
                                  "Satellite map showing the flooded valley north of Sarn"])
def test_clean_a_pictures_credit_or_caption_between_paragraphs_goes(line: str) -> None:
    cleaned = clean_text(f"Locks reopen after vote\n\n{P1}\n\n{line}\n\n{P2}")
    assert cleaned.text == f"Locks reopen after vote\n\n{P1}\n\n{P2}"
    assert cleaned.credit is None  # a picture's credit, not the article's


def test_clean_a_sentence_about_a_map_stays() -> None:
    text = f"Locks reopen after vote\n\n{P1}\n\nA map showing the flooded valley was sent to the keepers.\n\n{P2}"
    assert clean_text(text).text == text


@pytest.mark.parametrize(("line", "credit"), [("From Reuters", "Reuters"),
                                              ("From The Associated Press", "Associated Press")])
def test_clean_a_papers_byline_for_a_wires_copy_is_the_credit(line: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen after vote\n\n{line}\n\n{P1}\n\n{P2}")
    assert cleaned.text == f"Locks reopen after vote\n\n{P1}\n\n{P2}"
    assert cleaned.credit == credit


def test_clean_an_author_box_naming_a_wire_and_its_dated_links_go() -> None:
    page = (f"Locks reopen after vote\n{P1}\n{P2}\nLatest posts by Reuters News (see all)\n"
            "- Keepers close the northern locks after the floods - March 1, 2031\n"
            "- Guild elders meet the council in Sarn - February 27, 2031")
    cleaned = clean_text(page)
    assert cleaned.text == f"Locks reopen after vote\n{P1}\n{P2}"
    assert cleaned.credit == "Reuters"


def test_clean_a_listed_fact_with_two_dates_stays() -> None:
    text = f"Locks reopen after vote\n{P1}\n{P2}\nThe council set the dates:\n- Payable April 1 - record March 15"
    assert clean_text(text).text == text


def test_clean_an_outlets_byline_with_a_wire_and_its_stamp_is_the_credit() -> None:
    page = f"Harbour 2 with AFP 14:12, March 17, 2031, modified at 14:40, March 17, 2031\n\n{P1}\n\n{P2}"
    cleaned = clean_text(page)
    assert cleaned.text == f"{P1}\n\n{P2}"
    assert cleaned.credit == "AFP"


def test_clean_a_byline_with_its_dateline_after_a_dash_goes() -> None:
    page = f"Locks reopen after vote\n\nBy Ana Vell - PORT AMMERIN (Valdora)\n\n{P1}\n\n{P2}"
    assert clean_text(page).text == f"Locks reopen after vote\n\n{P1}\n\n{P2}"


def test_clean_a_pictures_copyright_run_into_the_text_goes() -> None:
    page = f"Locks reopen after vote\n\n{P1} © Collage: ANA VELL / AFP & TEO BRAND / AFP {P2}"
    cleaned = clean_text(page)
    assert cleaned.text == f"Locks reopen after vote\n\n{P1} {P2}"
    assert cleaned.credit is None


def test_clean_a_link_under_its_kicker_set_in_the_text_goes() -> None:
    page = f"Locks reopen after vote\n{P1}\n{P2}\nFlood season: Keepers close the northern locks again\n{P3}\n{P1}"
    assert clean_text(page).text == f"Locks reopen after vote\n{P1}\n{P2}\n{P3}\n{P1}"


@pytest.mark.parametrize("line", ["Casualties: 12 dead and 40 wounded in the valley",  # a fact, not a headline
                                  "Update: The council voted again on Friday.",  # a sentence of the text
                                  "Ana Vell added: “The gates stay shut”",  # a quote
                                  "The keeper replied: Nobody asked the guild about the gates"])  # a speech verb
def test_clean_a_labelled_line_of_the_text_stays(line: str) -> None:
    text = f"Locks reopen after vote\n{P1}\n{P2}\n{line}\n{P3}\n{P1}"
    assert clean_text(text).text == text


def test_clean_a_kicker_in_capitals_under_the_headline_goes() -> None:
    # over a paragraph that the saved page cut short
    page = f"Locks reopen after vote\nTRAIN OF THE KEEPERS\n{P1} {P3} The keepers will open"
    cleaned = clean_text(page, "Locks reopen after vote")
    assert "TRAIN OF THE KEEPERS" not in cleaned.text
    assert P3 in cleaned.text and cleaned.dateline is None


def test_clean_a_subheading_in_capitals_inside_the_text_stays() -> None:
    text = f"Locks reopen after vote\n\n{P1}\n\n{P2}\n\nEXCHANGE OF THE KEYS\n\n{P3}\n\n{P1}"
    assert "EXCHANGE OF THE KEYS" in clean_text(text, "Locks reopen after vote").text


def test_clean_a_dateline_on_a_line_of_its_own_stays_a_dateline() -> None:
    cleaned = clean_text(f"Locks reopen after vote\n\nPORT AMMERIN —\n\n{P1}\n\n{P2}\n\n{P3}")
    assert cleaned.dateline


def test_clean_an_other_topics_header_in_the_text_goes() -> None:
    page = f"Locks reopen after vote\n\n{P1}\n\n{P2}\n\nOther News of Interest\n\n{P3}"
    assert clean_text(page).text == f"Locks reopen after vote\n\n{P1}\n\n{P2}\n\n{P3}"


def test_clean_a_caption_in_the_present_over_an_agencys_dateline_goes() -> None:
    caption = "Keepers bail out a cellar in Sarn on Monday."
    cleaned = clean_text(f"Locks reopen after vote\n\n{caption}\n\nSARN, March 3 (AFP) - {P1}\n\n{P2}")
    assert caption not in cleaned.text and P1 in cleaned.text
    assert cleaned.credit == "AFP"


@pytest.mark.parametrize("standfirst", ["The council voted to reopen the locks after a week of talks.",  # the past
                                        "Keepers bail out a flooded cellar in Sarn on Monday.",  # a word in -ed
                                        "The guild says the gates will stay shut until spring."])  # a report
def test_clean_a_standfirst_over_an_agencys_dateline_stays(standfirst: str) -> None:
    page = f"Locks reopen after vote\n\n{standfirst}\n\nSARN, March 3 (AFP) - {P1}\n\n{P2}"
    assert standfirst in clean_text(page).text


def test_clean_the_pages_title_signed_with_its_site_under_the_text_goes() -> None:
    title = "How the keepers of Sarn held back the river for nine days, and what comes next | The Harbour Ledger"
    post = 'Ana Vell on X: "The gates stay shut until spring, the guild will not…" / X'  # an embedded post over it
    page = f"Locks reopen after vote\n\n{P1}\n\n{P2}\n\n{post}\n\n{title}"
    assert clean_text(page).text.endswith(post)


def test_clean_a_last_line_with_a_bar_that_is_a_sentence_stays() -> None:
    post = 'Ana Vell on X: "The gates stay shut until spring, the guild will not…" / X'
    tail = "The council will meet again on Friday. | Harbour Ledger"
    assert tail in clean_text(f"Locks reopen after vote\n\n{P1}\n\n{P2}\n\n{post}\n\n{tail}").text


def test_clean_makes_an_odd_apostrophe_inside_a_word_straight() -> None:
    # a backtick, an acute accent or a modifier letter typed for an apostrophe: every rule reads "'s" then
    raw = ("The interior ministry rejected the Orsk Front`s claims about yesterday´s blast in Velmoraʼs capital.\n\n"
           "A `quoted` word and a 5` mark stay.")
    assert clean_text(raw).text == ("The interior ministry rejected the Orsk Front's claims about yesterday's blast "
                                    "in Velmora's capital.\n\nA `quoted` word and a 5` mark stay.")


class _Untouchable:
    """A pattern that fails the test when it is tried."""

    def fullmatch(self, line: str) -> None:
        raise AssertionError(f"tried on {line!r}")


def test_clean_a_line_without_an_agencys_name_is_not_tried_as_a_stamped_credit(monkeypatch: pytest.MonkeyPatch
                                                                                ) -> None:
    # each stamped-credit pattern holds an agency's name; the one with a free start tries every agency at every
    # position, so a line that names none is answered by one search for a name
    from storyline.ingest import clean
    for name in ("_AGENCY_FIRST", "_AGENCY_LAST", "_PLACE_AGENCY", "_HEAD_BY_AGENCY"):
        monkeypatch.setattr(clean, name, _Untouchable())
    assert clean._stamped_credit("Keepers of the northern lock at Sarn reopened it on Monday, 29-08-2031") is None


def test_clean_a_stamped_credit_is_still_found_beside_its_date_stamp() -> None:
    from storyline.ingest import clean
    assert clean._stamped_credit("Agencies | Updated: 29-08-2031 17:30 IST") == "Agencies"
    cleaned = clean_text(f"Locks reopen\n{P1}\nAgencies | Updated: 29-08-2031 17:30 IST\n{P2}")
    assert cleaned.credit == "Agencies" and cleaned.text == f"Locks reopen\n{P1}\n{P2}"


# -- round 23: furniture as users paste it from real pages, by its form

@pytest.mark.parametrize("line", [
    "ARTICLE AD BOX",
    "Inline Ad Slot 2",
    "Unlock the Harbour Weekly Briefing for free",
    "Share this article Comments",
    "Share this article Close Button",
    "4 days ago 27",
    "HLD03112031000045015687ID1109039911",
    "Reuters Keepers walk along the closed northern lock on Monday in Port Ammerin,Reuters",
    "Getty Images A guild elder lays flowers beside the lock gates in Sarn on Tuesday. Getty Images",
    "The minister's page on the network © Picture Desk/Ana Vell/Reuters Connect",
])
def test_clean_is_boilerplate_round23_furniture_forms(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Ad space on the lock gates was sold to a ferry company, the guild said.",
    "Share prices in Port Ammerin fell on Monday.",
    "Reuters reported on Monday that keepers walked along the closed lock in Sarn.",
    "3 weeks ago the council voted 11 to 2 to close the locks.",
    "Unlock the gates for the ferries, the elders told the council on Monday.",
    "The guild's editor said: \"Your support helps us keep the paper free, and paywalls do not help quality "
    "journalism.\"",
    "1109039911002031",
])
def test_clean_is_boilerplate_round23_body_lines_stay(line: str) -> None:
    assert not is_boilerplate(line)


def test_clean_a_long_appeal_for_money_goes_whatever_its_length() -> None:
    appeal = ("Your support helps us to tell the story Read more Support Now From the harbour to the hills, the Ledger "
              "is there when the story is developing. " + "We keep reporters in every port and town of the coast. " * 8
              + "Your donation allows us to keep sending reporters to both banks of the river. We choose not to lock "
              "readers out with paywalls. Your support makes all the difference. Close Read more")
    assert len(appeal.split()) > 45
    cleaned = clean_text(f"Locks reopen after vote\n\n{appeal}\n\n{P1}\n\n{P2}")
    assert "Your support" not in cleaned.text and P1 in cleaned.text and P2 in cleaned.text


def test_clean_a_long_legal_disclaimer_goes_and_the_credit_above_it_is_read() -> None:
    notice = ("Legal Disclaimer:\nThe Harbour Feed provides the information “as is” without warranty of any kind. We "
              "do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, "
              "completeness, legality, or reliability of the information contained in this article. If you have any "
              "complaints or copyright issues related to this article, kindly contact the provider above.")
    cleaned = clean_text(f"Locks reopen after vote\n{P1}\n{P2}\nBoth guilds blamed each other for the delay.– "
                         f"NNA-XNA\n{notice}")
    assert "without warranty" not in cleaned.text and "Both guilds blamed each other for the delay." in cleaned.text
    assert cleaned.credit == "NNA-XNA"


def test_clean_a_paragraph_closed_by_its_credit_is_no_caption() -> None:
    # one sentence without its stop between paragraphs is a caption; one closed by its agency's credit is the text's
    text = (f"{P1}\n\n{P2}\n\nBoth guilds blamed each other for the delay and for the losses of the season.– "
            "NNA-XNA\n\nThe ferries will run again on Friday, the harbour master said.")
    assert "Both guilds blamed each other" in clean_text(text).text


@pytest.mark.parametrize("caption", [
    "Keepers open the northern lock in Port Ammerin on Monday. (AP PHOTO) Credit: AAP",
    "Guild elders carry sandbags to the lock gates in Sarn on Friday. AFP via Getty Images",
    "Ferry crews stand by the closed lock in Port Ammerin, March 3, 2031, after the vote. ANA VELL/AFP/Getty",
])
def test_clean_captions_closed_by_a_wire_pictures_credit_go(caption: str) -> None:
    cleaned = clean_text(f"Locks reopen after vote\n\n{P1}\n\n{caption}\n\n{P2}")
    assert caption[:25] not in cleaned.text and P1 in cleaned.text and P2 in cleaned.text


def test_clean_an_icon_name_glued_to_a_caption_goes_with_it() -> None:
    caption = "Camera IconKeepers open the northern lock in Port Ammerin on Monday. (AP PHOTO) Credit: AAP"
    cleaned = clean_text(f"Locks reopen after vote\n\n{caption}\n\n{P1}\n\n{P2}")
    assert "Icon" not in cleaned.text and "Keepers open" not in cleaned.text and P1 in cleaned.text


@pytest.mark.parametrize("line, credit", [
    ("Staff WritersReuters", "Reuters"),
    ("Ana VellAFP", "AFP"),
    ("Agencies Via Xinhua", "Xinhua"),
])
def test_clean_round23_credits(line: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen after vote\n\n{line}\n\n{P1}\n\n{P2}" if "Via" not in line
                         else f"Locks reopen after vote\n\n{P1}\n\n{P2}\n{line}")
    assert cleaned.credit == credit and line not in cleaned.text and P1 in cleaned.text


def test_clean_a_photographers_credit_to_the_agency_with_its_article_is_furniture() -> None:
    assert is_boilerplate("Ana Vell/The Associated Press")


@pytest.mark.parametrize("line, credit", [("Afp, Port Ammerin", "AFP"), ("Reuters, Sarn", "Reuters")])
def test_clean_an_agencys_byline_with_its_place_is_its_credit(line: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen after vote\n{line}\n{P1} {P2}")
    assert cleaned.credit == credit and line not in cleaned.text


@pytest.mark.parametrize("line", ["Sana, Yemen", "Petra, Jordan", "Mena, Arkansas"])
def test_clean_a_place_that_looks_like_a_title_cased_agency_is_no_credit(line: str) -> None:
    assert clean_text(f"Locks reopen after vote\n{line}\n{P1} {P2}").credit is None


def test_clean_a_dateline_run_into_the_headlines_line_is_read_for_the_credit() -> None:
    line = (f"Locks reopen after vote in Valdora SARN (AFP) Aug 16, 2031 {P1} {P2}")
    cleaned = clean_text(line)
    assert cleaned.credit == "AFP" and cleaned.text == line  # the text is left as it is


def test_clean_an_agency_in_brackets_after_a_sentence_is_no_run_in_dateline() -> None:
    cleaned = clean_text(f"{P1} Guild elders told the wire service (AFP) on Monday that the vote came late.\n{P2}")
    assert cleaned.credit is None


@pytest.mark.parametrize(("line", "title"), [
    ("Locks reopen after the council vote", "Locks reopen after the council vote"),
    ("LOCKS REOPEN AFTER THE COUNCIL'S VOTE", "Locks reopen after the council’s vote"),  # case, apostrophe
    ("Locks reopen after the council vote | Harbour Ledger", "Locks reopen after the council vote"),
    ("Locks reopen after the council vote", "Locks reopen after the council vote - Harbour Ledger"),
    ("Locks reopen after the council vote – World", "Locks reopen after the council vote | Harbour Ledger"),
    ("Locks reopen after the council...", "Locks reopen after the council vote"),  # cut short by the page
    ("Locks reopen after the council vote on the northern dam", "Locks reopen after the council vote on the…"),
    ("Locks reopen after the guild council vote", "Locks reopen after the council vote"),  # a word added
    ("Could the northern locks have held?", "Could the northern locks have held?"),
])
def test_clean_title_copy_over_the_text_goes(line: str, title: str) -> None:
    cleaned = clean_text(f"{line}\n\n{P1}\n{P2}", title=title)
    assert cleaned.text == f"{P1}\n{P2}"
    assert cleaned.removed == (line,)


def test_clean_title_copy_under_a_label_and_its_picture_copy_go() -> None:
    title = "Locks reopen after the council vote"
    raw = f"{title}\n\nEVERYTHING HARBOUR\n\n{title} - 2\n\n{P1}\n{P2}"
    cleaned = clean_text(raw, title=title)
    assert cleaned.text.endswith(f"{P1}\n{P2}") and title not in cleaned.text
    assert cleaned.removed.count(title) == 1 and f"{title} - 2" in cleaned.removed


@pytest.mark.parametrize(("raw", "title"), [
    # a standfirst that runs the headline on into a sentence is the text's
    ("Locks reopen after the council vote as guild elders call for a second count.\n" + P1,
     "Locks reopen after the council vote"),
    (f"{P1}\nLocks reopen after the council vote\n{P2}", "Locks reopen after the council vote"),  # under a sentence
    (f"Guild elders reject the council vote\n{P1}", "Locks reopen after the council vote"),  # another line
    (f"SARN\n{P1}", "SARN"),  # a title under ten characters: its copy is not told from the text's word
    (f"Locks reopen after the council vote today.\n{P1}", "Locks reopen after the council vote"),  # a sentence
])
def test_clean_line_that_does_not_copy_the_title_stays(raw: str, title: str) -> None:
    assert clean_text(raw, title=title).text == raw


@pytest.mark.parametrize("headline", [
    "Locks reopen after the council vote",
    "LOCKS REOPEN AFTER COUNCIL VOTE",
    "Could the northern locks have held?",
    "Guild: ‘We were not consulted’ on locks",
    "78 dead in Sarn floods",  # a figure opens it
])
def test_take_title_reads_a_plain_text_s_first_line_as_its_headline(headline: str) -> None:
    title, cleaned = take_title(clean_text(f"{headline}\n\n{P1}\n{P2}"))
    assert title == headline
    assert cleaned.text == f"{P1}\n{P2}"


@pytest.mark.parametrize("raw", [
    f"{P1}\n{P2}",  # a sentence
    "The council of Port Ammerin voted on Monday\nto reopen the northern locks after the strike.",  # wrapped
    f"Harbour News\n{P1}",  # two words: a label's, not a headline
    f"SARN (AGN) -\n{P1}",
    f"What the council said:\n{P1}",  # a lead-in to what follows
    f"Locks | Guilds | Council\n{P1}",  # a bar
    "Locks reopen after the council vote",  # nothing under it: the line is the text
    f"Why did the locks fail? Nobody knows.\n{P1}",  # a question and a sentence on one line
    f"SARN, Valdora, March 3\n{P1}",  # a dateline over the lead
    f"Monday 3 March 2031 14:05\n{P1}",  # a date stamp
    f"Keepers at the northern lock in Sarn, March 4, 2031\n\n{P1}",  # a caption stamped with its day and year
    f"Port Sarn, June 4\n\n{P1}",  # a dateline in capitalised words
])
def test_take_title_leaves_a_text_without_a_headline(raw: str) -> None:
    cleaned = clean_text(raw)
    assert take_title(cleaned) == (None, cleaned)


def test_clean_caption_run_into_the_paragraph_is_split_at_its_credit() -> None:
    glued = f"Keepers wave from the lock gate in Sarn on Monday. (AP Photo/Ana Vell) SARN, Valdora (AP) — {P1} {P2}"
    cleaned = clean_text(f"Locks reopen\n{glued}\n{P2}")
    assert (cleaned.credit, cleaned.dateline) == ("AP", "SARN")
    assert "Keepers wave" not in cleaned.text and P1 in cleaned.text
    bracketed = f"Keepers at the lock [File: Ana Vell/Reuters] {P1} {P2}"
    kept = clean_text(f"Locks reopen\n{bracketed}\n{P2}").text
    assert "Keepers" not in kept and f"{P1} {P2}" in kept
    # negative: a credit with a short label after it is no paragraph run into a caption
    label = "Keepers wave from the lock gate in Sarn on Monday. (AP Photo/Ana Vell) More photos"
    assert P1 not in clean_text(f"Locks reopen\n{label}\n{P1}").removed


def test_clean_wire_dateline_under_a_deep_page_head_is_its_credit() -> None:
    head = "\n".join(["Locks reopen", "World", "Valdora", "Locks reopen after the vote", "Guild elders are unhappy",
                      "The northern locks open on Friday.", "Ana Vell", "Harbour Post", "Updated 10:42"])
    cleaned = clean_text(f"{head}\nSARN, Valdora (AP) — {P1}\n{P2}")
    assert (cleaned.credit, cleaned.dateline) == ("AP", "SARN")
    assert f"SARN, Valdora — {P1}" in cleaned.text
    # a wire's lead closed by a picture's credit is the lead, not a caption
    lead = clean_text(f"Locks reopen\nSARN (Reuters) - {P1} {P2} (Reuters Photo/Ana Vell)\n{P2}")
    assert lead.credit == "Reuters" and P1 in lead.text
    # negative: under the text's own paragraphs it is another story's dateline
    assert clean_text(f"Locks reopen\n{P1}\n{P2}\n{P1}\n{P2}\nSARN (AP) — {P2}").credit is None


def test_clean_caption_closed_by_a_slash_and_its_agency_goes_and_a_byline_with_its_outlet() -> None:
    caption = "Keepers wave from the lock gate in Sarn on Monday. / AFP"
    assert clean_text(f"{P1}\n{caption}\n{P2}").text.split() == f"{P1}\n{P2}".split()
    assert clean_text(f"Locks reopen\nBy Ana Vell / Harbour Post\n{P1}\n{P2}").text == f"Locks reopen\n{P1}\n{P2}"
    # negative: a bare agency after the stop stays (it may close a paragraph of the text, a4660e42)
    bare = "Keepers wave from the lock gate in Sarn on Monday. AFP"
    assert bare in clean_text(f"{P1}\n{bare}\n{P2}").text


def test_clean_page_date_stamp_before_the_first_line_goes_and_its_dateline_is_read() -> None:
    cleaned = clean_text(f" date 2031-03-04 SARN, March 4 (Reuters) - {P1}\n{P2}", title="Locks reopen")
    assert (cleaned.credit, cleaned.dateline) == ("Reuters", "SARN")
    assert "date 2031-03-04" in cleaned.removed and "2031-03-04" not in cleaned.text
    assert clean_text(f" date 2031-03-04 SARN, Valdora (AP) — {P1}\n{P2}").text == f"SARN, Valdora — {P1}\n{P2}"
    # negative: a date in the text's own words stays
    dated = f"The vote of 2031-03-04 was annulled. {P2}"
    assert clean_text(f"{P1}\n{dated}").text == f"{P1}\n{dated}"


def test_clean_outlet_trailer_with_agency_is_its_credit() -> None:
    # a strike, a flood, an election: the trailer alone on the last line or run into the last paragraph
    for trailer in ("With AFP", "WITH AFP", "With Reuters and AP"):
        cleaned = clean_text(f"{P1}\n{P2}\n{trailer}")
        assert cleaned.text == f"{P1}\n{P2}" and cleaned.credit and cleaned.credit.startswith(trailer.split()[1])
    run_in = clean_text(f"{P1}\nDockers voted to extend the strike by a week. WITH AFP")
    assert run_in.credit == "AFP" and run_in.text.endswith("by a week.")
    # negative: "with" and an agency's name inside a sentence is the text's
    said = "Flood officials shared the figures with AFP on Tuesday."
    assert clean_text(f"{P1}\n{said}").text == f"{P1}\n{said}"


def test_clean_syndicated_copyright_with_company_suffix_is_its_credit() -> None:
    cleaned = clean_text(f"{P1}\n{P2}\n©2031 Bloomberg L.P.\nDistributed by Harbour Content Agency, LLC.")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Bloomberg")
    glued = clean_text(f"{P1}\n{P2}\n© 2031 Bloomberg L.P. Visit bloomberg.com. Distributed by Harbour Content "
                       "Agency, LLC.")
    assert (glued.text, glued.credit) == (f"{P1}\n{P2}", "Bloomberg")
    # negative: a sentence about distribution stays
    aid = "Distributed by volunteers, the food parcels reached 2,000 families in the valley within a week."
    assert aid in clean_text(f"{P1}\n{aid}\n{P2}").text


LONG = ("Dockworkers at the port walked off the job on Monday, halting container traffic, the union said in a "
        "statement.", "Union leaders say talks with the port authority broke down last week over pay and pensions.",
        "The port authority said it would seek a court order to end the stoppage as soon as possible.",
        "Exporters warned that perishable goods were already spoiling in containers stuck at the quay.",
        "The strike is the first at the port in more than a decade, the union said on its website.")


@pytest.mark.parametrize("caption", [
    "Workers picketing outside the container terminal on Monday",  # a strike
    "A woman carrying her child through a flooded street",  # a flood
    "Judges leaving the courtroom after the hearing on Thursday",  # a court case
    "Ministers meet as the port strike enters a second week...",  # another story's teaser
    "Sandbags",  # a picture's one-word label
])
def test_clean_short_caption_between_paragraphs_goes(caption: str) -> None:
    text = "\n".join([*LONG[:2], caption, *LONG[2:]])
    assert clean_text(text).text.split("\n") == list(LONG)


@pytest.mark.parametrize("line", [
    "Farmers counting their losses",  # a subheading of four words
    "Voters queue outside a polling station in the capital.",  # a sentence: it has its stop
    "\"We are losing everything,\" said one grower...",  # a quote trailing off
    "Talks resume on Thursday",  # no participle
])
def test_clean_short_line_that_is_no_caption_stays(line: str) -> None:
    text = "\n".join([*LONG[:2], line, *LONG[2:]])
    assert line in clean_text(text).text


def test_clean_caption_barred_with_its_agency_without_stop_goes() -> None:
    caption = "Volunteers stack sandbags along the embankment | AP"
    assert clean_text(f"{P1}\n{caption}\n{P2}").text.split() == f"{P1}\n{P2}".split()
    # negative: a sentence that names the agency after a slash stays
    line = "Officials shared the figures with reporters and AP/Reuters on Monday."
    assert line in clean_text(f"{P1}\n{line}\n{P2}").text


def test_clean_follow_live_link_closing_a_paragraph_goes() -> None:
    for link in ("Follow our live updates here.", "Follow the latest developments here", "FOLLOW LIVE COVERAGE HERE"):
        cleaned = clean_text(f"{P1}\nSchools stay closed until Friday. {link}\n{P2}")
        assert cleaned.text == f"{P1}\nSchools stay closed until Friday.\n{P2}"
    # negative: a sentence that follows something here
    kept = "Rescuers follow the river here, where the bank gave way."
    assert kept in clean_text(f"{P1}\nThe dam failed. {kept}\n{P2}").text


def test_clean_caption_closed_by_a_bar_and_its_photographer_goes() -> None:
    caption = "Pickets gather at the gate of the bottling plant on Friday. | Ana Vell/AP"
    assert clean_text(f"{P1}\n{caption}\n{P2}").text.split() == f"{P1}\n{P2}".split()
    # negative: a paragraph that names a photographer's agency after a slash, with no bar, stays
    kept = "The strike committee said pictures sold to AP/Reuters showed the gate was locked."
    assert kept in clean_text(f"{P1}\n{kept}\n{P2}").text


def test_clean_contributing_agency_note_is_its_credit() -> None:
    cleaned = clean_text(f"{P1}\n{P2}\nContributing: The Associated Press")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", "Associated Press")
    # negative: a sentence about contributors stays, and credits nobody
    line = "Contributing: residents raised 4,000 dollars for the repairs."
    assert clean_text(f"{P1}\n{line}").credit is None


def test_clean_bracketed_related_link_after_a_sentence_goes() -> None:
    cleaned = clean_text(f"{P1} (READ: Court delays verdict in port bribery case)\n{P2}")
    assert cleaned.text == f"{P1}\n{P2}"
    # negative: a bracket that is the text's own aside stays
    aside = "The tally (read out by the clerk) was close."
    assert aside in clean_text(f"{P1}\n{aside}\n{P2}").text


@pytest.mark.parametrize("line", ["Most Read from Harbour Ledger", "View all sponsors",
                                  "Listen to our new podcast Tide Tables", "Listen to Harbour Radio now on Audacy!"])
def test_clean_promo_lines_go(line: str) -> None:
    assert clean_text(f"{P1}\n{line}\n{P2}").text.split() == f"{P1}\n{P2}".split()


@pytest.mark.parametrize(("byline", "credit"), [
    ("By The Associated Press", "Associated Press"), ("By Afp, Beijing", "AFP"), ("By Reuters Staff", "Reuters"),
    ("By: AFP", "AFP"), ("By Bloomberg News", "Bloomberg"),
])
def test_clean_agency_byline_in_a_byline_s_words_is_its_credit(byline: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{byline}\n{P1}\n{P2}", title="Locks reopen")
    assert (cleaned.text, cleaned.credit) == (f"{P1}\n{P2}", credit)


@pytest.mark.parametrize("line", ["By The Harbour Ledger", "By Harbour Staff", "By Ana Vell"])
def test_clean_byline_of_no_agency_credits_nobody(line: str) -> None:
    assert clean_text(f"Locks reopen\n{line}\n{P1}\n{P2}", title="Locks reopen").credit is None


def test_clean_page_date_label_glued_to_the_first_line_goes_and_the_text_stays() -> None:
    for label in ("Date: 2031-03-04", "DATE: 2031-03-04", "Published: 2031-03-04T10:12"):
        cleaned = clean_text(f"{label} {P1}\n{P2}")
        assert cleaned.text == f"{P1}\n{P2}" and label in cleaned.removed
    # negative: a date label under the first line, inside the text, stays the text's
    dated = f"{P1}\nThe council's minutes, dated 2031-03-04, were read aloud."
    assert clean_text(dated).text == dated


@pytest.mark.parametrize(("text", "credit"), [
    ("Strike talks collapse\n(ABC/XY) — The union walked out of talks on Monday.", "ABC/XY"),  # a code of two parts
    ("Dykes hold in the delta\nSarn, Valdora (XYZ) Floodwaters fell overnight in the delta.", "XYZ"),  # place, country
    ("Vote count resumes\nSarn (North Valdora), Jan. 16 (Agenzia/AP) – Officials resumed the count.", "Agenzia, AP"),
    ("TARIFF ROW: Ministers trade charges over duties\n\nSarn, Valdora (XYZ) Ministers met on Monday to talk duties.",
     "XYZ"),  # the headline's copy opens with a kicker and a colon: a heading, not the dateline
])
def test_clean_dateline_credit_forms_outside_the_lexicon(text: str, credit: str) -> None:
    title = text.split("\n", 1)[0] if text.startswith("TARIFF") else None
    assert clean_text(f"{text}\n{P2}", title=title).credit == credit


@pytest.mark.parametrize("text", [
    "Union votes to strike\n(UPDATE) — The union said on Monday that its members would walk out.",  # a kicker
    "Court rules on tariffs\n(ILO) The tribunal said trade rules were not followed by the ministry.",  # no dash
    "Election called\nThe premier (PM) — who took office in May — called a snap vote.",
    "Jury retires\nHarbour Guild (HG) Members met on Monday to hear the verdict.",  # no country after the place
])
def test_clean_no_dateline_credit_without_its_form(text: str) -> None:
    assert clean_text(f"{text}\n{P2}").credit is None


_LONG1 = "The council voted on Monday to reopen the locks after a week of talks with the keepers, officials said."
_LONG2 = "Workers returned to the docks on Tuesday, and the first ships passed through by noon, the port office said."
_LONG3 = "The keepers' union said it would watch the new shifts closely and meet the council again within a month."


@pytest.mark.parametrize("caption", [
    "Rescuers clear mud from a street in the town of Sarn (Ana Vell/AP)",  # flood
    "Troops guard the station 12 hours after the strike began  (AFP/GETTY IMAGES)",  # strike
    "Voters queue outside a polling station in Sarn (Ana Vell/Reuters)",  # election
    "Containers stacked at the port of Lesk during the tariff dispute (Getty Images)",  # trade dispute
])
def test_clean_caption_closed_by_a_picture_credit_goes(caption: str) -> None:
    for text in (f"Locks reopen\n{caption}\n{_LONG1}\n{_LONG2}\n{_LONG3}",  # over the text
                 f"Locks reopen\n{_LONG1}\n{caption}\n{_LONG2}\n{_LONG3}"):  # between its paragraphs
        cleaned = clean_text(text)
        assert caption not in cleaned.text and caption in cleaned.removed
        assert _LONG1 in cleaned.text and _LONG2 in cleaned.text


@pytest.mark.parametrize("line", [
    "The court heard that the deal signed in Sarn would hold (Sarn/Lesk)",  # no agency in the brackets
    "The judge said the ruling would stand until the appeal (Ana Vell/AP)",  # a speech verb: a sentence
    "Farmers blocked the road on Monday. They left at noon (Ana Vell/AP)",  # sentences
    "Keepers at the northern lock, who walked out first (Ana Vell/AP)",  # carried on by the next line
])
def test_clean_line_with_bracketed_slash_that_is_no_caption_stays(line: str) -> None:
    below = "and returned on Friday, the union said." if line.startswith("Keepers") else _LONG2
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n{line}\n{below}\n{_LONG3}")
    assert line in cleaned.text


_HEAD = "Keepers end strike as council agrees to reopen northern locks"


@pytest.mark.parametrize("cut", [
    "Home NEWS Keepers end strike as council agrees to...",  # a breadcrumb's copy of the headline
    "Keepers end strike as council agrees…",  # a share widget's
    "The council voted on Monday to reopen the locks...",  # a list's copy of a line of the page
])
def test_clean_line_cut_short_that_opens_another_line_goes(cut: str) -> None:
    cleaned = clean_text(f"{_HEAD}\n{cut}\n{_LONG1}\n{_LONG2}\n{_LONG3}", title=_HEAD)
    assert cut not in cleaned.text and cut in cleaned.removed
    assert _LONG1 in cleaned.text


@pytest.mark.parametrize("line", [
    "The mayor paused and said: and then...",  # trails off, opens no other line
    "Keepers end strike...",  # three words: too few to be read as a copy
    "Tariff talks between the two capitals stalled again...",  # opens no other line
])
def test_clean_line_cut_short_that_copies_nothing_stays(line: str) -> None:
    # (read by the cut-copy rule alone: other rules may take a short line that trails off in a list of links)
    lines = [_HEAD, _LONG1, line, _LONG2, _LONG3]
    removed: list[str] = []
    _drop_cut_copies(lines, removed, _HEAD)
    assert line in lines and not removed


@pytest.mark.parametrize("caption", [
    "Rescue boats move along a flooded street in Sarn on Friday. Getty Images",  # flood
    "Dockers wave flags at the northern lock after the strike vote on Monday. Photo: Ana Vell/Shutterstock",  # strike
    "Keepers at the northern lock in SarnImage: Ana Vell/AGN",  # a widget's label run into the caption
    "Ballot boxes are counted in the town hall of LeskPhoto: Harbour Post",  # election
])
def test_clean_caption_read_from_its_picture_credit_goes(caption: str) -> None:
    cleaned = clean_text(f"{_HEAD}\n{_LONG1}\n{caption}\n{_LONG2}\n{_LONG3}", title=_HEAD)
    assert caption not in cleaned.text and caption in cleaned.removed


@pytest.mark.parametrize("line", [
    "The agency said the rules on tariffs would change from March, according to a statement from the EPA",  # no stop
    "Writers covering the trial were told: Photo: none allowed in court.",  # a label after a space, a sentence
    "\"We will not accept this,\" the union leader said on Monday. Getty Images",  # a quotation
])
def test_clean_sentence_naming_a_picture_agency_stays(line: str) -> None:
    assert line in clean_text(f"{_HEAD}\n{_LONG1}\n{line}\n{_LONG2}\n{_LONG3}", title=_HEAD).text


@pytest.mark.parametrize("line", ["- ana.vell@harbourpost.test", "[email protected]", "• [email protected]"])
def test_clean_an_email_address_alone_goes(line: str) -> None:
    cleaned = clean_text(f"{_HEAD}\nBy Ana Vell\n{line}\n{_LONG1}\n{_LONG2}\n{_LONG3}", title=_HEAD)
    assert line.lstrip("-• ") not in cleaned.text
    assert "Write to the desk at ana.vell@harbourpost.test with tips." in clean_text(
        f"{_LONG1}\nWrite to the desk at ana.vell@harbourpost.test with tips.\n{_LONG2}").text


@pytest.mark.parametrize(("tail", "credit"), [
    ("(Harbour News Service)", "Harbour News Service"),  # a service named by the form of its name
    ("— Valdora Press Agency", "Valdora Press Agency"),
    ("(HNS)", "HNS"),  # a code alone in brackets under the text's last sentence
])
def test_clean_credit_line_of_an_agency_outside_the_lexicon(tail: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n{_LONG2}\n{_LONG3}\n{tail}")
    assert cleaned.credit == credit and tail not in cleaned.text


@pytest.mark.parametrize("text", [
    f"Locks reopen\n{_LONG1}\n{_LONG2}\n{_LONG3}\n(END)",  # an end mark
    f"Locks reopen\n{_LONG1}\n{_LONG2}\n{_LONG3}\n(USA)",  # a place
    f"Locks reopen\n{_LONG1}\n{_LONG2}\n{_LONG3}\nHNS",  # a bare code: a table's cell or a garbled signature
    f"Grain prices\n{_LONG1}\nWheat\n225.50\n(NA)",  # a table's cell under a figure
    f"HNS\n{_LONG1}\n{_LONG2}\n{_LONG3}",  # over the text: a logo or a label
    f"Locks reopen\n{_LONG1}\n{_LONG2}\nThe Harbour News Service strike entered its third week on Monday.",  # prose
])
def test_clean_no_credit_from_a_word_that_is_not_one(text: str) -> None:
    assert clean_text(text).credit is None


@pytest.mark.parametrize("line", [
    "Comments are subject to our community guidelines.",
    "Please keep comments respectful and on topic.",
    "Comments that are abusive or off-topic will be removed.",
    "Sorry, we are not currently accepting comments on this article.",  # the section's state
    "Reporting by Ana Vell in Sarn. Editing by Lise Marr.",  # staff credits: the text's makers
    "(Reporting by Ana Vell and Tom Berk in Sarn; Additional reporting by Jo Dane in Lesk; Editing by Lise Marr)",
])
def test_clean_comment_rules_and_staff_credits_go(line: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n{_LONG2}\n{_LONG3}\n{line}")
    assert line not in cleaned.text and _LONG3 in cleaned.text


@pytest.mark.parametrize("line", [
    "Comments by the mayor on the flood policy drew criticism from residents across the valley.",  # flood
    "Comments from voters are reviewed by the electoral board before each hearing in the capital.",  # election
    "We found his comments offensive and will raise them with the council at the next meeting.",  # strike
    "Research by Harbour University found that the tariff cut exports of grain by a third last year.",  # trade
    "Editing by the court clerk delayed the ruling, which the judge signed on Friday afternoon.",  # court
    "The ministry said it was not accepting comments on the tariff plan until the end of May.",  # trade
])
def test_clean_text_about_comments_or_credits_stays(line: str) -> None:
    assert line in clean_text(f"Locks reopen\n{_LONG1}\n{line}\n{_LONG2}\n{_LONG3}").text


def test_clean_staff_credits_run_into_the_last_sentence_go() -> None:
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n{_LONG2}\n{_LONG3} Reporting by Ana Vell; Editing by Lise Marr")
    assert cleaned.text.endswith("within a month.") and "Reporting by Ana Vell; Editing by Lise Marr" in cleaned.removed
    # in brackets, the wire's house signature still names its agency
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n{_LONG2}\n{_LONG3} (Reporting by Ana Vell; Editing by Lise Marr)")
    assert cleaned.credit == "Reuters" and cleaned.text.endswith("within a month.")
    # a sentence about a report stays whole
    line = "The flood report was compiled by engineers. Research by Harbour University found the dykes were weak."
    assert line in clean_text(f"Locks reopen\n{_LONG1}\n{_LONG2}\n{line}").text


@pytest.mark.parametrize("line", ["A- A+", "-A +A", "Font size: A A A", "Font: A- A A+", "Decrease font size",
                                  "+ ↺ − 16 px", "◀ ▶"])
def test_clean_font_size_widget_goes(line: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{line}\n{_LONG1}\n{_LONG2}\n{_LONG3}")
    assert line not in cleaned.text.split("\n") and _LONG1 in cleaned.text


@pytest.mark.parametrize("line", ["Plan A and plan B were put to the strikers on Monday.", "Grade A+", "12 - 3",
                                  "1 + 1 = 2", "→ Read the ruling"])
def test_clean_letter_a_in_text_is_no_widget(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize("caption", [
    "A woman wades through floodwater in Kereth, Saturday, Oct. 3, 2030. AP",  # a flood, stamped and signed
    "Voters queue outside a polling station in Sarn on May 2, 2031. Turnout was high across the north. (AFP)",
    "Dock workers stand on a picket line at the container terminal in Port Ammerin (Reuters)",  # a strike, a phrase
    "Lawyers arrive at the high court in Valdora on 12 January 2031. [Reuters]",  # a court case
    "Trucks loaded with grain wait at the border crossing near Lesk (AFP)",  # a trade dispute
])
def test_clean_caption_closed_by_its_agency_goes(caption: str) -> None:
    for raw in (f"Locks reopen\n{caption}\n\n{_LONG1}\n\n{_LONG2}\n\n{_LONG3}",  # over the text
                f"Locks reopen\n{_LONG1}\n\n{caption}\n\n{_LONG2}\n\n{_LONG3}"):  # between its paragraphs
        cleaned = clean_text(raw)
        assert caption not in cleaned.text and caption in cleaned.removed
        assert all(p in cleaned.text for p in (_LONG1, _LONG2, _LONG3))


def test_clean_caption_run_into_the_lead_leaves_the_lead() -> None:
    caption = "Police officers patrol the court building in Sarn, Sunday, Jan. 19, 2031.(AP)"
    cleaned = clean_text(f"Locks reopen\n{_LONG1} {caption}\n\n{_LONG2}\n\n{_LONG3}")
    assert _LONG1 in cleaned.text and caption not in cleaned.text and caption in cleaned.removed


@pytest.mark.parametrize(("line", "last"), [
    ("The court sentenced the former minister to five years in prison on Monday. (AFP)", True),  # the credit
    ("Police said the toll from the flood had risen to 12 by Tuesday evening (Reuters)", True),
    ("The union called the strike on Friday after talks on pay broke down in Sarn. (AFP)", False),  # no stamp
    ("The tariff, first imposed on March 4, 2029, was lifted on Monday, the ministry said. (AFP)", False),  # said
    ("\"We will not stop,\" a striker shouted outside the gates on May 1, 2031. (Reuters)", False),  # a quote
])
def test_clean_paragraph_closed_by_a_credit_stays(line: str, last: bool) -> None:
    raw = f"Locks reopen\n{_LONG1}\n\n{_LONG2}\n\n{line}" if last else f"Locks reopen\n{_LONG1}\n\n{line}\n\n{_LONG2}"
    cleaned = clean_text(raw)
    body = line[:line.rindex("(")].rstrip()
    assert body in cleaned.text


def test_clean_list_of_stories_led_by_time_stamps_goes() -> None:
    items = ["Valley farmers count losses as the river recedes",  # the list's first item, its stamp set apart
             "1204Yesterday, 22:05Court delays ruling on harbour contract",
             "87Yesterday, 21:13Union calls second dock strike for May",
             "30214:40Exporters wait for word on grain tariff",
             "56Yesterday, 18:2"]  # the last item cut short by the page
    cleaned = clean_text("\n".join(["Locks reopen", _LONG1, _LONG2, _LONG3, *items]))
    assert all(item not in cleaned.text for item in items) and _LONG3 in cleaned.text
    assert all(item in cleaned.removed for item in items)
    items = ["14:05 Flood warning lifted for the lower valley", "13:40 Election board delays the count",
             "12:15 Strikers return to the docks"]
    cleaned = clean_text("\n".join(["Locks reopen", _LONG1, _LONG2, *items, _LONG3]))
    assert all(item not in cleaned.text for item in items) and _LONG3 in cleaned.text


def test_clean_live_report_entries_led_by_time_stamps_stay() -> None:
    entries = ["14:05 Rescue teams reached the village of Kereth, where the river burst its banks overnight.",
               "13:40 The election board said counting would resume in the morning.",
               "12:15 Dock workers walked out at noon after talks on pay broke down."]
    cleaned = clean_text("\n".join(["Locks reopen", _LONG1, *entries, _LONG2]))
    assert all(e in cleaned.text for e in entries)
    # headings of entries, each over its paragraph, are no list
    lines = ["Locks reopen", _LONG1, "14:05 Rescue teams reach Kereth", _LONG2, "13:40 Count to resume", _LONG3,
             "12:15 Dock workers walk out", _LONG1]
    cleaned = clean_text("\n".join(lines))
    assert "14:05 Rescue teams reach Kereth" in cleaned.text and "12:15 Dock workers walk out" in cleaned.text



@pytest.mark.parametrize("service", ["Harbour News Service", "Valdora Press Agency", "Lesk Information Service"])
def test_clean_syndicate_named_before_the_lead_is_its_credit(service: str) -> None:
    cleaned = clean_text(f"Locks reopen\n({service}) — {_LONG1}\n\n{_LONG2}\n\n{_LONG3}")
    assert cleaned.credit == service and _LONG1 in cleaned.text and f"({service})" not in cleaned.text
    # an outlet's name in brackets is no service's credit; a service named inside a sentence is no dateline
    assert clean_text(f"Locks reopen\n(Harbour Times) — {_LONG1}\n\n{_LONG2}").credit is None
    line = f"Officials told the {service} that the locks would reopen, a spokesman for the council said on Monday."
    assert clean_text(f"Locks reopen\n{line}\n\n{_LONG2}").credit is None


@pytest.mark.parametrize("caption", [
    "Keepers gather at the lock gates this Monday (3) | Photo: AGN/ Ana Vell",  # a strike
    "Voters wait in line outside the town hall in Sarn | Image: Harbour Ledger",  # an election
])
def test_clean_caption_closed_by_a_barred_photo_label_goes(caption: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{caption}\n\n{_LONG1}\n\n{_LONG2}\n\n{_LONG3}")
    assert caption not in cleaned.text and _LONG1 in cleaned.text


@pytest.mark.parametrize("line", [
    "Article continues after this advertisement", "Advertisement - Continue reading below", "Content continues below",
    "Keep reading", "Continue reading the article", "Read the rest of this story",
    "Story continues after advertisement",
    "Report this ad", "Ad Feedback", "Remove ads", "Click to share on X (Opens in new window)", "Share this story",
    "Facebook icon", "Gift this article",
])
def test_clean_ad_markers_and_reading_prompts_between_paragraphs_go(line: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n\n{line}\n\n{_LONG2}\n\n{_LONG3}")
    assert line not in cleaned.text.split("\n") and line in cleaned.removed and _LONG2 in cleaned.text


@pytest.mark.parametrize("line", ["Share prices fell", "Advertising revenue fell", "Continued talks", "Ad hoc panel",
                                  "The story continues"])
def test_clean_headings_with_widget_words_stay(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(("line", "credit"), [
    ("Harbour News Desk The Canadian Press, 21 Oct, 2031 09:56 AM", "Canadian Press"),  # a desk, the agency, a stamp
    ("Valley Staff AFP | March 3, 2031", "AFP"),
    ("By The Canadian Press", "Canadian Press"),  # national agencies by their full names
    ("Australian Associated Press, 4 May 2031", "Australian Associated Press"),
])
def test_clean_desk_and_national_agency_bylines_credit_the_agency(line: str, credit: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{line}\n{_LONG1}\n\n{_LONG2}\n\n{_LONG3}")
    assert cleaned.credit == credit and line not in cleaned.text


@pytest.mark.parametrize("line", ["Tap to resize", "Click to enlarge the image", "View larger image"])
def test_clean_picture_widget_prompts_go(line: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n\n{line}\n\n{_LONG2}\n\n{_LONG3}")
    assert line not in cleaned.text.split("\n")


@pytest.mark.parametrize("caption", ["Voters queue outside the town hall in Sarn [Ana Vell/Harbour Ledger]",
                                     "Keepers close the lock gates at dawn [File: Ana Vell/AGN]"])
def test_clean_caption_closed_by_a_square_bracketed_credit_goes(caption: str) -> None:
    for raw in (f"Locks reopen\n{caption}\n\n{_LONG1}\n\n{_LONG2}\n\n{_LONG3}",
                f"Locks reopen\n{_LONG1}\n\n{caption}\n\n{_LONG2}\n\n{_LONG3}"):
        cleaned = clean_text(raw)
        assert caption not in cleaned.text and _LONG2 in cleaned.text
    # an editor's insertion in square brackets is no credit
    line = "The minister said [the locks] would reopen on Monday, a week after the keepers walked out over pay."
    assert line in clean_text(f"Locks reopen\n{_LONG1}\n\n{line}\n\n{_LONG2}").text


@pytest.mark.parametrize("stamp", [
    "by the Harbour Ledger news desk March 4, 2031 4:26 PM 2 min read",  # a desk's byline, its stamp and a widget
    "Ana Vell, Harbour Ledger Published 10:23 a.m. ET Jan. 5, 2031",
    "2031-01-05T10:23:00+00:00", "Updated 05.01.2031, 10:23",
])
def test_clean_stamp_over_the_text_goes(stamp: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{stamp}\n{_LONG1}\n\n{_LONG2}\n\n{_LONG3}", title="Locks reopen")
    assert stamp not in cleaned.text.split("\n") and _LONG1 in cleaned.text


@pytest.mark.parametrize("line", [
    "The flood of March 4, 2031 left the lower valley under water for a week.",  # a sentence that dates an event
    "Election results: March 4, 2031",  # the page's first line is its headline when the record has no title
])
def test_clean_dated_sentence_or_headline_over_the_text_stays(line: str) -> None:
    assert line in clean_text(f"{line}\n{_LONG1}\n\n{_LONG2}").text
    # under the text a dated line is no stamp over it
    assert "Strike talks resume on 5 May 2031" in clean_text(
        f"Locks reopen\n{_LONG1}\n\nStrike talks resume on 5 May 2031\n\n{_LONG2}", title="Locks reopen").text


@pytest.mark.parametrize("line", [
    "[ad_1]", "[slot_2]",  # a template's placeholder with a figure in it
    "Continue reading on:", "Read the full story on:",  # a link's label left without its link
    "More soon…", "More to follow", "Details to follow.",  # a live or wire copy's note that more is to come
    "Live updates: Follow the latest on the valley floods", "Follow our live coverage of the strike",
    "This story has been updated with a statement from the port authority.",  # an editor's note
    "Information from AGN was used in this report.",  # an agency's material used in the text
])
def test_clean_live_page_notes_link_labels_and_placeholders_go(line: str) -> None:
    for raw in (f"Locks reopen\n{_LONG1}\n\n{line}\n\n{_LONG2}\n\n{_LONG3}",
                f"Locks reopen\n{_LONG1}\n\n{_LONG2}\n\n{line}"):
        cleaned = clean_text(raw, title="Locks reopen")
        assert line not in cleaned.text.split("\n") and line in cleaned.removed and _LONG2 in cleaned.text


@pytest.mark.parametrize("line", [
    "More details emerged on Tuesday about the strike at the docks.", "More to come, the minister warned on Friday.",
    "Live coverage of the trial was banned by the judge on Monday.",
    "This report was updated hourly by the flood agency, it said.",
    "Information from the black boxes was used in this report by the investigators, the board said.",
])
def test_clean_sentences_like_live_page_notes_stay(line: str) -> None:
    assert line in clean_text(f"Locks reopen\n{_LONG1}\n\n{line}\n\n{_LONG2}\n\n{_LONG3}").text.split("\n")


@pytest.mark.parametrize(("lead", "credit"), [
    ("(KXBC)", "KXBC"),  # a broadcaster's code glued to the lead's first word, no place, no dash
    ("(AGN)", "AGN"),
])
def test_clean_code_glued_to_the_lead_is_its_credit(lead: str, credit: str) -> None:
    raw = f"Locks reopen\n\n{lead}{_LONG1}\n\n{_LONG2}".replace("AGN", "AFP")
    cleaned = clean_text(raw, title="Locks reopen")
    assert cleaned.credit == credit.replace("AGN", "AFP") and cleaned.text.startswith(_LONG1[:20])


@pytest.mark.parametrize("lead", ["(LEAD)", "(UPDATE)", "(US)", "(Photo)"])
def test_clean_kicker_glued_to_the_lead_is_no_credit(lead: str) -> None:
    cleaned = clean_text(f"Locks reopen\n\n{lead}{_LONG1}\n\n{_LONG2}", title="Locks reopen")
    assert cleaned.credit is None and f"{lead}{_LONG1[:20]}" in cleaned.text


def test_clean_source_line_with_outlet_and_writer_and_broadcaster_line_credit() -> None:
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n\n{_LONG2}\n\nSOURCE: The Harbour Ledger, Ana Vell",
                         title="Locks reopen")
    assert cleaned.credit == "The Harbour Ledger"
    # a broadcaster's letters and its medium alone on a line, over the text or under it
    for raw in (f"Locks reopen\n\nXBC News\n\n{_LONG1}\n\n{_LONG2}",
                f"Locks reopen\n\n{_LONG1}\n\n{_LONG2}\n\nXBC News"):
        cleaned = clean_text(raw, title="Locks reopen")
        assert cleaned.credit == "XBC News" and "XBC News" not in cleaned.text
    # a country's section is no broadcaster; a source that names no outlet and writer credits none
    assert clean_text(f"Locks reopen\n\nUK News\n\n{_LONG1}\n\n{_LONG2}", title="Locks reopen").credit is None
    assert clean_text(f"Locks reopen\n{_LONG1}\n\n{_LONG2}\n\nSource: Ministry of Health, Ana Vell").credit is None


def test_clean_dateline_credit_under_a_standfirst() -> None:
    standfirst = "Riot police fired tear gas overnight to break up crowds demanding the results of the vote."
    dateline = "Sarn, (AFP - Harbour Point News - 15th Oct, 2031 ) :"
    raw = f"Police fire tear gas\n\n{standfirst}\n\n{dateline}{_LONG1}\n\n{_LONG2}"
    assert clean_text(raw, title="Police fire tear gas").credit == "AFP"
    # under two sentences of the text a dateline is another story's
    raw = f"Police fire tear gas\n\n{standfirst}\n\n{_LONG2}\n\n{dateline}{_LONG1}"
    assert clean_text(raw, title="Police fire tear gas").credit is None


@pytest.mark.parametrize("title", ["A polling sign", "Flooded streets", "Sarn, Lesk"])
def test_clean_picture_title_over_its_caption_goes(title: str) -> None:
    caption = "A sign welcomes voters at a school in the capital (AP)"
    cleaned = clean_text(f"Locks reopen\n\n{_LONG1}\n\n{_LONG2}\n\n{title}\n{caption}\n\n{_LONG3}",
                         title="Locks reopen")
    assert title not in cleaned.text.split("\n") and caption not in cleaned.text and _LONG3 in cleaned.text
    # a line that ends a clause is no picture's title
    cleaned = clean_text(f"Locks reopen\n\n{_LONG1}\n\n{_LONG2}\n\nHe said:\n{caption}\n\n{_LONG3}",
                         title="Locks reopen")
    assert "He said:" in cleaned.text


@pytest.mark.parametrize("line", [
    "12 comments so far", "4 Responses", "One thought on “Locks reopen after talks”",
    "There are 12 comments on this story",
    "Discussion (3)", "💬 12",  # comment counters in words, or a counter's icon and its count
    "Previous article Keepers strike for a second week", "Next Post",  # a blog's links to the posts around it
    "Related headlines", "Popular now", "Also on Harbour Ledger: Harbour fees rise again",
    "Trade ministers meet in Geneva - Harbour Ledger",  # another story's headline and its outlet
])
def test_clean_comment_counters_and_links_to_other_stories_go(line: str) -> None:
    cleaned = clean_text(f"Locks reopen\n{_LONG1}\n\n{line}\n\n{_LONG2}\n\n{_LONG3}", title="Locks reopen")
    assert line not in cleaned.text.split("\n") and line in cleaned.removed and _LONG2 in cleaned.text


@pytest.mark.parametrize("line", [
    "One reply to the council came on Monday.", "Ten replies came from the ministries",
    "Previous post holders were paid less, the union said.",
    "Talks resume on Monday - March 4, 2031",
])
def test_clean_sentences_like_counters_and_links_stay(line: str) -> None:
    assert line in clean_text(f"Locks reopen\n{_LONG1}\n\n{line}\n\n{_LONG2}\n\n{_LONG3}").text.split("\n")
    # a headline and its outlet over the text is the page's headline
    assert "Trade ministers meet in Geneva - Harbour Ledger" in clean_text(
        f"Trade ministers meet in Geneva - Harbour Ledger\n\n{_LONG1}\n\n{_LONG2}").text


@pytest.mark.parametrize("label", ["Politics", "✕ Close", "World News"])
def test_clean_headline_behind_a_label_is_the_title_s_copy(label: str) -> None:
    """"Politics <headline>", "✕ Close <headline>": a section's or a button's label before a copy of the title."""
    cleaned = clean_text(f"{label} Lock keepers end strike\n\n{P1}\n{P2}", title="Lock keepers end strike")
    assert cleaned.text == f"{P1}\n{P2}" and f"{label} Lock keepers end strike" in cleaned.removed
    # negative: a sentence that ends with the title's words stays
    said = "The union said on Monday that the lock keepers end strike"
    assert said in clean_text(f"{said}\n{P1}", title="Lock keepers end strike").text


def test_clean_long_caption_loses_its_closing_copyright() -> None:
    caption = ("A soldier of the harbour guard lays flowers for the victims of a deadly accident following Saturday "
               "night's festival on a street near the scene in Port Ammerin, 1 November 2031 ©AGN Photo/Ana Vell")
    cleaned = clean_text(f"Lock keepers end strike\n\n{caption}\n\n{P1}\n{P2}")
    assert "©AGN Photo/Ana Vell" not in cleaned.text and "©AGN Photo/Ana Vell" in cleaned.removed
    assert "Port Ammerin, 1 November 2031" in cleaned.text and P1 in cleaned.text  # the caption's date stays


def test_clean_feed_tag_before_a_dateline_is_taken_with_its_agency() -> None:
    cleaned = clean_text(f"Lock keepers end strike\n(Feedwire- AFP) Sarn, May 16 (AFP) {P1}\n{P2}")
    assert "Feedwire" not in cleaned.text and cleaned.credit == "AFP"
    # negative: a bracket that names no agency stays
    assert "(Harbour Guild- Lesk)" in clean_text(f"Lock keepers end strike\n(Harbour Guild- Lesk) {P1}\n{P2}").text


def test_clean_headline_behind_a_label_in_a_plain_text() -> None:
    """With no title, the text's first line is the headline, and the label's copy of it under it goes."""
    plain = clean_text(f"Lock keepers end strike\n2031-05-03\nPolitics Lock keepers end strike\n\n{P1}\n{P2}")
    assert "Politics Lock keepers end strike" not in plain.text and P1 in plain.text


def test_clean_site_description_line_is_boilerplate() -> None:
    line = ("Lock keepers end strike harbourpost.com - get the latest breaking news, sport news & rumours, viral "
            "videos and top stories from harbourpost.com and the Harbour Post newspapers.")
    assert is_boilerplate(line)
    # negative: a sentence of the text that tells of getting news
    assert not is_boilerplate("Residents rushed to get the latest news about the locks as the council met.")
    assert not is_boilerplate("Get the latest news from the council, the mayor told residents on Monday, he said.")


# -- round 33: captions told in the present, other stories' headlines, promos, credits by general forms

P3 = "Keepers of the southern dock said the water had fallen by a metre overnight."
P4 = "The guild's treasurer told members that repairs would cost more than last year."


@pytest.mark.parametrize("caption", [
    "Keepers carry sandbags along the flooded quay of Port Ammerin on Saturday.",
    "A Valdoran dock owner aims a flare gun to warn away looters from his warehouse in Sarn, on November 10.",
    "An aerial view shows flooded barley fields after the storm hit Lesk Province.",
    "Guild President Ana Vell attends a meeting via video link at the harbour office outside Sarn, March 3, 2031.",
    "Two keepers are pictured at the northern lock after the flood.",
])
def test_clean_caption_told_in_the_present_between_paragraphs_goes(caption: str) -> None:
    cleaned = clean_text(f"{P1}\n\n{P3}\n\n{caption}\n\n{P2}\n\n{P4}")
    assert cleaned.text == f"{P1}\n\n{P3}\n\n{P2}\n\n{P4}"
    assert caption in cleaned.removed


@pytest.mark.parametrize("line", [
    "The guild holds a majority of the seats on the harbour council.",  # a state told in the present
    "Valdora sits on several faults and is often struck by floods.",
    "Photos show the whole warehouse going up in flames at once.",  # the text's evidence, not a caption
    "Tracking data shows the barge turned north after midnight.",
    "The plan aims to keep the locks open through the winter.",
    "Ana Vell didn't return a call seeking comment.",
    "Keepers carried sandbags along the flooded quay on Saturday.",  # the past: the text's
    "An orderly protest over the closure turned into a riot on the quay.",
])
def test_clean_sentence_in_the_present_of_the_text_stays(line: str) -> None:
    text = f"{P1}\n\n{P3}\n\n{line}\n\n{P2}\n\n{P4}"
    assert clean_text(text).text == text


def test_clean_headline_over_the_text_is_no_caption() -> None:
    text = f"Keepers carry sandbags in Sarn.\n\n{P1}\n\n{P2}"
    assert clean_text(text).text.startswith("Keepers carry sandbags in Sarn.")


@pytest.mark.parametrize("headline", [
    "Keepers threaten strike over pay after talks with guild fail",
    "Dock owner 'not surprised' by council's decision",
    "Guild Elder: Council Knew of Lock Faults for Years",
])
def test_clean_other_storys_headline_between_paragraphs_goes(headline: str) -> None:
    cleaned = clean_text(f"{P1}\n\n{P3}\n\n{headline}\n\n{P2}\n\n{P4}")
    assert cleaned.text == f"{P1}\n\n{P3}\n\n{P2}\n\n{P4}"
    assert headline in cleaned.removed


@pytest.mark.parametrize("line", [
    "The keepers said the vote came too late",  # a sentence that lost its stop: a speech verb
    "Key points of the plan:",
])
def test_clean_line_between_paragraphs_that_is_no_headline_stays(line: str) -> None:
    text = f"{P1}\n\n{P3}\n\n{line}\n\n{P2}\n\n{P4}"
    assert clean_text(text).text == text


def test_clean_standfirst_under_the_headline_is_no_linked_headline() -> None:
    # a headline that ends with a quotation reads as a sentence: the line under it is its standfirst
    text = (f"Council votes to reopen the locks after 'a long winter of talks'\n\n"
            f"Keepers welcome decision after months of closure\n\n{P1}\n\n{P2}\n\n{P4}")
    assert "Keepers welcome decision after months of closure" in clean_text(text).text


@pytest.mark.parametrize(("line", "rest"), [
    ("Ana Vell / Getty Images Guild elder Teo Brand in 2029.", ""),
    ('AGN via Getty ImagesThe elder said the "vote" came late.', ""),
])
def test_clean_caption_opened_by_its_picture_credit_goes(line: str, rest: str) -> None:
    assert _gone(line).text == f"{P1}\n{P2}"


def test_clean_picture_agency_in_square_brackets_closes_a_caption() -> None:
    assert _gone("More than twenty keepers have been held since mid-July [Getty]").text == f"{P1}\n{P2}"


def test_clean_organization_photo_credit_closing_a_paragraph_goes() -> None:
    cleaned = clean_text(f"{P1} Guild staff handed out biscuits. (HRA/Ana Vell)\n{P2}")
    assert cleaned.text == f"{P1} Guild staff handed out biscuits.\n{P2}"
    assert "(HRA/Ana Vell)" in cleaned.removed


def test_clean_publishing_placeholder_in_a_paragraph_goes() -> None:
    cleaned = clean_text(f"{P1}\n%EMBED-pullquote-We will rebuild the locks.%\"We will rebuild,\" she said.\n{P2}")
    assert cleaned.text == f"{P1}\n\"We will rebuild,\" she said.\n{P2}"


@pytest.mark.parametrize("line", [
    "Join HL's Telegram channel and get the latest breaking news delivered to you.",
    "Buy an annual Ledger Membership to support independent journalism and get special benefits.",
    "Before you add a new comment, take note this story was published on 10 Nov 2030.",
    "> From the Harbour Ledger archives",
    "• Post category:Politics",
    ", 19 news, a view",
    "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon fbicon",
    "(Harbour Post reports: Locks reopen after the council vote",
])
def test_clean_promos_notices_and_widget_remnants_go(line: str) -> None:
    _gone(line)


def test_clean_sentence_about_funding_journalism_stays() -> None:
    _stays("The fund will support independent journalism in the northern provinces.")


def test_clean_author_bio_over_the_author_box_labels_goes() -> None:
    bio = ("Ana Vell is a seasoned news reporter and author at Harbour Mirror, specializing in general news. With a "
           "keen eye for detail, she delivers timely reports.")
    assert clean_text(f"{P1}\n{P2}\nAuthor\n-\n{bio}\nView all posts").text == f"{P1}\n{P2}"


@pytest.mark.parametrize(("text", "credit"), [
    (f"{P1}\n{P2}\nSource: HNA", "HNA"),
    (f"{P1}\n{P2}\n– Harbourtimes.co.uk for more", "Harbourtimes"),
    (f"Locks reopen\nPort Ammerin, Valdora XBC —\n{P1}\n{P2}", "XBC"),
])
def test_clean_credit_read_from_general_forms(text: str, credit: str) -> None:
    assert clean_text(text).credit == credit


def test_clean_agency_glued_to_the_headline_before_its_stamp_is_the_credit() -> None:
    cleaned = clean_text(f"Council reopens the locksReuters | Sarn | Updated: 14-09-2030 14:11 IST\n{P1}\n{P2}")
    assert cleaned.credit == "Reuters"
    assert cleaned.text.startswith("Council reopens the locks\n")


def test_clean_byline_outlet_in_capitals_under_its_author_is_the_credit() -> None:
    cleaned = clean_text(f"Locks reopen\n\nAna Vell\nHARBOUR LEDGER\n{P1}\n\n{P2}")
    assert cleaned.credit == "HARBOUR LEDGER"
    assert "Ana Vell" in cleaned.removed and "HARBOUR LEDGER" not in cleaned.text


def test_clean_kicker_in_capitals_under_a_name_is_no_credit() -> None:
    assert clean_text(f"Locks reopen\n\nAna Vell\nANALYSIS\n{P1}\n\n{P2}").credit is None


@pytest.mark.parametrize("line", [
    "12 North Harbour St.",
    "Lesk Center, VA 02124",
    ("Sign up to our Morning Ledger email for your daily guide to the news Please enter a valid email address SIGN "
     "UP I would like to be emailed about offers and updates from the Harbour Ledger. Read our privacy notice Thanks "
     "for signing up to the Morning Ledger email"),
])
def test_clean_postal_address_and_newsletter_box_go(line: str) -> None:
    _gone(line)


@pytest.mark.parametrize("line", [
    "The guild moved its office to 12 North Harbour St. last spring, the elders said.",  # a sentence
    ("Residents who sign up for the council's flood alerts must enter a valid email address, and the council said "
     "by signing up they agree to be contacted by the guild as well."),  # a report on a sign-up: it tells
])
def test_clean_sentences_with_an_address_or_a_sign_up_stay(line: str) -> None:
    _stays(line)


def test_take_title_leaves_a_capitalised_place_and_its_day_in_the_text() -> None:
    cleaned = clean_text(f"Port Sarn, June 4\n\n{P1}\n{P2}")
    assert take_title(cleaned) == (None, cleaned)
    assert cleaned.text.startswith("Port Sarn, June 4\n")


def test_clean_link_under_a_piece_s_label_between_paragraphs_goes() -> None:
    body = (f"{P1} The vote was close.\n\nEditorial: Locks first\n\n"
            "Guild elders said the vote came too late for the harvest.")
    cleaned = clean_text(f"Locks reopen\n\n{body}")
    assert "Editorial: Locks first" in cleaned.removed and "Guild elders" in cleaned.text
    kept = clean_text(f"Locks reopen\n\n{P1}\n\nAnalysis: the vote was close, and the guild knew it.\n\n{P2}").text
    assert "Analysis: the vote" in kept  # a sentence under a label stays


def test_clean_photographer_credit_with_slashes_after_a_caption_goes() -> None:
    caption = "Keepers walk along the flooded quay in Sarn on Friday. Ana Vell/Harbour Ledger/AGS"
    cleaned = clean_text(f"{caption}\n\n{P1}\n{P2}")
    assert "Ana Vell/Harbour Ledger/AGS" in cleaned.removed and "Ana Vell" not in cleaned.text
