"""Tests of the claims component: every quote form, each speaker resolution case, each polarity cue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.claims.quotes import find_quotes
from storyline.model import Claim
from tests.analyze.claims.conftest import Claims, with_words


def _one(claims: list[Claim], cue: str) -> Claim:
    hits = [c for c in claims if c.cue and cue in c.cue.lower()]
    assert hits, f"no claim with cue {cue!r} in {[(c.cue, c.content) for c in claims]}"
    return hits[0]


def _text(c: Claim, text: str) -> None:
    """Every part of a claim is a span of the article text."""
    assert c.content_start is not None and c.content_end is not None
    assert text[c.content_start:c.content_end] == c.content
    assert c.start <= c.content_start and c.content_end <= c.end


# --------------------------------------------------------------------------- quote forms


def test_quotes_curly_straight_and_unbalanced() -> None:
    text = '“Curly one,” she said. "Straight one," he said.\n“Never closed here\nNext line'
    inner = [text[q.inner_start:q.inner_end] for q in find_quotes(text)]
    assert inner == ["Curly one,", "Straight one,", "Never closed here"]


def test_claim_curly_quote_said_after(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "“The bridge will reopen in the spring,” said Mirela Dovan, the transport minister."
    c = _one(claims_of(text), "said")
    assert c.direct_quote and c.content.startswith("The bridge will reopen")
    assert "Mirela Dovan" in (c.speaker_text or "") and c.speaker_type == "named"
    _text(c, text)


def test_claim_straight_quote_said_before_with_colon(claims_of: Callable[[str], list[Claim]]) -> None:
    text = 'Tarek Olsund said: "We have no plans to close the harbour."'
    c = _one(claims_of(text), "said")
    assert c.direct_quote and "no plans to close the harbour" in c.content
    assert c.speaker_text == "Tarek Olsund"


def test_claim_multi_sentence_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("“The river rose overnight. Two villages were cut off. We are sending boats,” "
            "the regional governor Anka Vilde said.")
    c = _one(claims_of(text), "said")
    assert c.direct_quote
    assert c.content.startswith("The river rose overnight") and "sending boats" in c.content


def test_claim_unbalanced_quote_is_tolerated(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "Joren Hallik said: “The ferry service will stop on Monday because the crews are on strike.\nOther news."
    c = _one(claims_of(text), "said")
    assert c.direct_quote and "ferry service will stop" in c.content and "Other news" not in c.content


def test_claim_mixed_quote_keeps_the_paraphrase(claims_of: Callable[[str], list[Claim]]) -> None:
    # the content stays the paraphrase; the quoted words inside it are the speaker's own: a quotation
    text = "Mayor Olga Brenn said that the new tax was “a burden on every family” and would be withdrawn."
    c = _one(claims_of(text), "said")
    assert c.direct_quote
    assert c.content.startswith("that the new tax") and "withdrawn" in c.content


def test_claim_quoted_words_inside_reported_speech_make_a_quotation(claims_of: Claims) -> None:
    # a quotation in the middle of a reported clause, and one the clause is cut inside of (its close lost)
    c = with_words(claims_of('Harbour master Ivo Dask said the ferry "struck the pier at full speed" before dawn, '
                             'when the tide in Olmsby was low.'), "struck the pier")
    assert c.direct_quote and "before dawn" in c.content
    c = with_words(claims_of("Councillor Ivo Marsh told the board the repairs at the Orlen works would take a "
                             "month, and the pumps “were never built for a winter this cold"), "pumps")
    assert c.direct_quote
    # one quoted word is often the reporter's own scare quote: the clause stays reported speech
    c = with_words(claims_of("Ivo Marsh said the so-called “reform” would cost the town of Olmsby dearly."), "cost")
    assert not c.direct_quote


def test_quote_opened_again_before_it_closed_goes_on(claims_of: Claims) -> None:
    # curly: the second opener cuts the first quotation; the words after it are still the speaker's
    text = ("Lena Ostrova, the Tarvin harbour master, said: “The ferry will sail again on Friday. "
            "“Its crew has checked every valve twice.” Other harbours reopened on Monday.")
    c = with_words(claims_of(text), "sail again")
    assert c.direct_quote and c.content.endswith("every valve twice") and "Lena Ostrova" in (c.speaker_text or "")


def test_straight_mark_shaped_as_an_opener_opens_again(claims_of: Claims) -> None:
    # a mark with a space before it and a word glued after it opens again, it closes nothing
    text = ('Ivo Marsh, head of the Tarvin rowing club, said, "After two dry summers on the lake, "our boats need '
            'new hulls before the spring races."')
    assert [text[q.inner_start:q.inner_end] for q in find_quotes(text)] == [
        "After two dry summers on the lake,", "our boats need new hulls before the spring races."]
    c = with_words(claims_of(text), "dry summers")
    assert c.direct_quote and "new hulls" in c.content and "Ivo Marsh" in (c.speaker_text or "")
    # two quotations, each closed: two contents, as before
    text = 'Ivo Marsh said the plan was "a burden on us" and "a waste of money" in Orlen.'
    assert [text[q.inner_start:q.inner_end] for q in find_quotes(text)] == ["a burden on us", "a waste of money"]


def test_subject_taken_into_an_opening_phrase_speaks(claims_of: Claims) -> None:
    # the parser makes the name a conjunct of "Orlen" inside the opening participle's phrase: the cue has no subject
    text = ("The club met on Monday.\nAt a meeting with members in Orlen, Ivo Marsh, the club's treasurer, said, "
            '"Our boats need new hulls before the spring races."')
    c = with_words(claims_of(text), "new hulls")
    assert c.direct_quote and (c.speaker_text or "").startswith("Ivo Marsh")
    # a list of places joined by "and" names no speaker: the subject after it speaks
    c = with_words(claims_of("After a visit to Orlen, Tarsk and Velm, the mayor said the boats need new hulls."),
                   "new hulls")
    assert c.speaker_text == "the mayor"


def test_quotes_within_counts_the_quoted_words_inside_the_span() -> None:
    from storyline.analyze.claims.quotes import quotes_within
    text = 'He said the plan was "a burden on us" and "wrong" today.'
    quotes = find_quotes(text)
    assert quotes_within(text, quotes, 8, len(text))
    assert not quotes_within(text, quotes, text.index("and"), len(text))  # only "wrong" inside: one word
    assert not quotes_within(text, quotes, 0, text.index('"'))


def test_claim_quote_ending_the_clause_keeps_its_start(claims_of: Callable[[str], list[Claim]]) -> None:
    # the quotation finishes what the clause says: its subject and its "that" stay in the content
    text = ("Spokeswoman Lira Omdal says the council has “always kept its books open and will keep them that way.” "
            "The party meets in Varnholt next week.")
    c = _one(claims_of(text), "says")
    assert c.direct_quote
    assert c.content == "the council has “always kept its books open and will keep them that way"
    c = _one(claims_of("Mayor Tomas Vell acknowledged that “the budget of Orlenby is far too small for the work.”"),
             "acknowledged")
    assert c.content == "that “the budget of Orlenby is far too small for the work"


def test_claim_quote_split_around_its_cue_starts_with_the_first_half(claims_of: Claims) -> None:
    # the parser reads the second half as the cue's clause: the first half is what was said first
    c = _one(claims_of("“We can win this,” she said, “and we will win it in Tolmere.”"), "said")
    assert c.direct_quote and c.content == "We can win this,” she said, “and we will win it in Tolmere"


def test_claim_quote_after_another_cue_is_not_a_second_half(claims_of: Claims) -> None:
    claims = claims_of("“We lost the vote,” said Ivo Tamm. Later Rhea Sund said, “we will be back in Orlenby.”")
    assert [c.content for c in claims if "lost the vote" in c.content] == ["We lost the vote"]
    assert [c.content for c in claims if "back in Orlenby" in c.content] == ["we will be back in Orlenby"]
    # a scare quote ending the sentence before "He said," is no first half either
    claims = claims_of('Ivo Tamm said efforts to link the pair were "plainly absurd". He said, "Orlenby has no '
                       'link of any kind to this affair."')
    assert with_words(claims, "link of any kind").content.startswith("Orlenby has no")


def test_claim_second_saying_with_a_colon_takes_its_quotation(claims_of: Claims) -> None:
    # the parser hangs the first saying on the second: each cue keeps its own words, and the first clause
    # ends before the second speaker
    text = ("Second clerk of the council of Orlenby, Ivo Tamm, said in a note to the press that the council "
            "had used the figures checked by the board, and when asked why a wrong count was given, Tamm "
            "said: “After every storm, the figures keep moving. That is all that went on this time.”"
            "\n\nThe council meets on Monday.")
    claims = claims_of(text)
    quoted = with_words(claims, "keep moving")
    assert quoted.direct_quote
    assert quoted.content == ("After every storm, the figures keep moving. "
                              "That is all that went on this time")
    first = with_words(claims, "had used the figures")
    assert "Tamm said" not in first.content and "moving" not in first.content


def test_claim_quote_opening_at_its_predicate_stays_the_quote(claims_of: Claims) -> None:
    # only the subject before it: the writer's pointer, the quoted predicate is what was said
    text = ("Minister Jorun Tess rejected the charge, saying her country \"is not a safe haven for smugglers and "
            "never will be\".")
    assert with_words(claims_of(text), "safe haven").content == "is not a safe haven for smugglers and never will be"
    # an asserted quoted predicate is told with its subject
    c = with_words(claims_of("Governor Ann Pell says Tamm “has a long habit of making rivals talk.”"), "habit")
    assert c.content == "Tamm “has a long habit of making rivals talk"


def test_claim_clause_opening_with_a_gerund(claims_of: Claims) -> None:
    # the parser hangs the reported clause on its opening gerund, made the cue's complement
    c = _one(claims_of("He said taxing it could bring thousands of jobs to Varnholt."), "said")
    assert c.content == "taxing it could bring thousands of jobs to Varnholt"


def test_claim_second_saying_of_one_speaker_is_its_own_claim(claims_of: Claims) -> None:
    # the parser hangs the second saying inside the first clause: the first ends before it
    claims = claims_of("Mayor Oskar Penn said the plan was a mistake that would cost the town dearly, and accused "
                       "his rivals of lying to voters.")
    assert _one(claims, "said").content == "the plan was a mistake that would cost the town dearly"
    assert _one(claims, "accused").content == "his rivals of lying to voters"
    claims = claims_of("Union chief Tova Rask said the deal was unfair to workers, and accused the company of breaking "
                       "its promises.")
    assert _one(claims, "said").content == "the deal was unfair to workers"
    assert _one(claims, "accused").content == "the company of breaking its promises"
    claims = claims_of("Rhea Sund insisted that she has “grown the party,” claiming that she is responsible for higher "
                       "turnout in Varnholt.")
    assert _one(claims, "insisted").content == "that she has “grown the party"


def test_claim_quote_after_its_cue_alone_stays_the_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("Mayor Tomas Vell said: “The budget of Orlenby is far too small for the work.”"), "said")
    assert c.direct_quote and c.content == "The budget of Orlenby is far too small for the work"


def test_claim_quote_followed_by_pronoun_speaker_on_twitter(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("Lars Envik resigned as harbour master on Monday. "
            "“After ten years in this post, it is time for me to go,” he said on Twitter.")
    c = _one(claims_of(text), "said")
    assert c.direct_quote and c.channel == "twitter"
    assert c.speaker_type == "pronoun" and c.speaker_ref is not None and "Envik" in c.speaker_ref.text


# --------------------------------------------------------------------------- reported speech


def test_claim_said_that(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "Defence Minister Arvo Talvik said that the border posts would be reinforced."
    c = _one(claims_of(text), "said")
    assert not c.direct_quote and c.polarity == "assert" and c.stance == "statement"
    assert c.content == "that the border posts would be reinforced"
    assert "Arvo Talvik" in (c.speaker_text or "")


def test_claim_according_to(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "According to the Valdor Ministry of Health, the clinic treated 40 patients last week."
    c = _one(claims_of(text), "according to")
    assert c.speaker_text and "Ministry of Health" in c.speaker_text
    assert c.content.startswith("the clinic treated 40 patients")


def test_claim_according_to_relaying_a_speaker(claims_of: Callable[[str], list[Claim]]) -> None:
    """"According to X, Y said ...": Y speaks and X is the channel; one claim, with the whole quotation."""
    claims = claims_of("According to the Orvani Herald, addressing a parade in Lesk, Prime Minister Oskar Lindqvist "
                       'said, "The tragedy in Sarn is another example of this blame game. Valdora is open to any '
                       'neutral investigation." '
                       '"We have jumped to no conclusions," spokesman Arvo Talvik said, according to the Lesk Post.')
    assert not [c for c in claims if c.cue.lower() == "according to"]
    c = with_words(claims, "blame game")
    assert c.speaker_text == "Prime Minister Oskar Lindqvist" and "neutral investigation" in c.content
    assert c.channel == "the Orvani Herald"
    assert with_words(claims, "no conclusions").speaker_text == "spokesman Arvo Talvik"
    # the source's own second saying is no relay: both are the governor's
    claims = claims_of("The gunman was shot by police officers, according to Governor Ana Bell, who also said he "
                       "carried a rifle.")
    assert with_words(claims, "shot by police officers").cue.lower() == "according to"
    # the parser made the agency the verb's subject: no relay, and what was said is kept
    claims = claims_of("According to a report by the news agency Reuters, Tolvar Mayor Orhan al-Sadi said deaths in "
                       "the city could reach 20,000.")
    assert with_words(claims, "could reach 20,000")
    # a saying told inside what the source says relays nothing: the officials speak
    c = with_words(claims_of("People on the deck turned down help from a coast guard boat, saying they wanted to "
                             "reach Tolvar, according to Valdoran officials."), "turned down help")
    assert c.cue.lower() == "according to"
    # a thing that cannot speak ("the development shows ...") relays nothing: the sources speak
    c = with_words(claims_of("According to sources, the development shows that the group is under pressure."),
                   "under pressure")
    assert c.speaker_text == "sources"


def test_claim_told_agency_and_statement_channel(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Police chief Imre Saks told reporters that two suspects had been arrested. "
                       "In a statement, the Norvik city council announced that the market would close.")
    told = _one(claims, "told")
    assert "two suspects had been arrested" in told.content and "Imre Saks" in (told.speaker_text or "")
    announced = _one(claims, "announced")
    assert announced.channel == "statement" and "market would close" in announced.content


def test_claim_wrote_on_twitter(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("The party leader, Edda Morn, wrote on Twitter that the vote had been rigged."), "wrote")
    assert c.channel == "twitter" and c.speaker_type == "named"
    assert c.content == "that the vote had been rigged"


def test_claim_press_conference_channel(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("At a press conference, Governor Pell Ostrand stated that the dam was safe."), "stated")
    assert c.channel == "press conference"


# --------------------------------------------------------------------------- speakers


def test_speaker_anonymous_sources(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Official sources claimed that the talks had stalled. "
                       "“The deal is close,” said a source. Observers said the plan was unrealistic.")
    for cue in ("claimed", "said"):
        assert _one(claims, cue).speaker_type == "anonymous"
    assert {c.speaker_type for c in claims} == {"anonymous"}


def test_speaker_the_spokesman_is_anonymous_without_a_name(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("The spokesman said that the airport would reopen on Friday."), "said")
    assert c.speaker_type == "anonymous" and c.speaker_text == "The spokesman"


def test_speaker_pronoun_resolves_to_the_named_person(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("Foreign Minister Salme Korvik met the envoy on Tuesday. "
            "She assured that her country does not seek a conflict.")
    c = _one(claims_of(text), "assured")
    assert c.speaker_type == "pronoun" and c.speaker_text == "She"
    assert c.speaker_ref is not None and "Korvik" in c.speaker_ref.text
    assert c.stance == "promise"


def test_speaker_organization_and_government(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("The Ministry of Water announced that rationing would end in June."), "announced")
    assert c.speaker_type == "organization" and c.speaker_ref is not None


def test_speaker_described_group_keeps_its_text(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("Norlandian security agencies allege that smugglers are using the old mine road."),
             "allege")
    assert c.speaker_text == "Norlandian security agencies" and c.speaker_type == "nominal"
    assert c.stance == "allegation" and c.polarity == "assert"


def test_speaker_statement_vehicle_gives_its_owner(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("A report by the Harbour Authority stated that the pier was unsafe."), "stated")
    assert c.speaker_text and "Harbour Authority" in c.speaker_text and c.channel == "report"


# --------------------------------------------------------------------------- polarity, stance, hedges


@pytest.mark.parametrize(("sentence", "cue", "polarity", "stance"), [
    ("The rebels denied that they had attacked the convoy.", "denied", "deny", "denial"),
    ("The embassy rejected the accusation of spying.", "rejected", "deny", "denial"),
    ("The ministry dismissed the report as baseless.", "dismissed", "deny", "denial"),
    ("The company refuted claims that its product was unsafe.", "refuted", "deny", "denial"),
    ("The army confirmed the deaths of three soldiers.", "confirmed", "assert", "confirmation"),
    ("The minister admitted that the budget was overspent.", "admitted", "assert", "confirmation"),
    ("The mayor promised that the road would be repaired.", "promised", "assert", "promise"),
    ("The general warned the rebels not to cross the river.", "warned", "assert", "warning"),
    ("The opposition accused the government of rigging the vote.", "accused", "assert", "allegation"),
])
def test_polarity_and_stance_cues(claims_of: Callable[[str], list[Claim]], sentence: str, cue: str,
                                  polarity: str, stance: str) -> None:
    c = _one(claims_of(sentence), cue)
    assert (c.polarity, c.stance) == (polarity, stance)


def test_polarity_claim_denied_by_gives_two_claims(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("Valdorian officials allege that the militia is hiding in the northern hills, "
            "a claim strongly denied by Norvik.")
    claims = claims_of(text)
    alleged, denied = _one(claims, "allege"), _one(claims, "denied")
    assert alleged.polarity == "assert" and denied.polarity == "deny"
    assert denied.speaker_text == "Norvik"
    assert (denied.content_start, denied.content_end) == (alleged.content_start, alleged.content_end)
    assert "hiding in the northern hills" in denied.content


def test_hedges_mark_the_claim(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The governor said the dam could fail. The governor said the dam was inspected.")
    hedged = [c.hedged for c in claims if c.cue == "said"]
    assert hedged == [True, False]


def test_claim_targets_and_event(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "Police said that a bomb killed 12 people in Tarsk on Monday."
    c = _one(claims_of(text), "said")
    assert c.targets  # the place mention inside the content (its chain id, or its text without coref)
    assert c.event is not None  # the bombing event mention inside the content


def test_no_claim_without_a_cue(claims_of: Callable[[str], list[Claim]]) -> None:
    assert claims_of("The bridge over the Eska river was built in 1920 and repaired twice.") == []


def test_claim_according_to_at_sentence_end(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("Turnout rose to 61 percent and the count ended early, according to the election board."),
             "according to")
    assert c.content == "Turnout rose to 61 percent and the count ended early"
    assert c.speaker_text == "the election board"


def test_claim_according_to_at_paragraph_end(claims_of: Callable[[str], list[Claim]]) -> None:
    # the paragraph break the parser keeps at the sentence's end is no word after the phrase
    text = ("Turnout rose to 61 percent, if the count in Brellum is right, according to the election board.\n\n"
            "The count goes on.")
    c = _one(claims_of(text), "according to")
    assert c.content == "Turnout rose to 61 percent, if the count in Brellum is right"


def test_claim_quote_ending_a_sentence_before_its_cue(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "“They are all losers! Total disaster!” he wrote.\n\nVesna Korr led the poll."
    c = _one(claims_of(text), "wrote")
    assert c.direct_quote and c.content.startswith("They are all losers")


def test_claim_continued_takes_only_a_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("“We will win the north,” she continued. The rally continued into the night.")
    assert [(c.cue, c.direct_quote) for c in claims] == [("continued", True)]


def test_claim_expressed_takes_only_a_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("“We could not let his absence fade away,” Dunmore expressed during a press conference. "
            "She expressed her condolences to the families.\n\n"
            "The council condemned “any attempt to seize the port” while the envoy expressed deep concern.")
    claims = claims_of(text)
    assert [(c.cue, c.direct_quote) for c in claims if c.cue == "expressed"] == [("expressed", True)]
    assert with_words(claims, "absence fade away").speaker_text == "Dunmore"


def test_claim_went_on_takes_only_a_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("“All outside partners are asked not to interfere,” the colonel went on. "
            "The rally went on into the night. The mayor went on to say the roads were closed.")
    claims = claims_of(text)
    assert [(c.cue, c.direct_quote) for c in claims if c.cue and "went on" in c.cue] == [("went on", True)]
    assert with_words(claims, "asked not to interfere").speaker_text == "the colonel"


def test_claim_denounced_with_a_clause(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "In security matters, the colonel denounced that the minister had failed to work with neighbouring states."
    c = with_words(claims_of(text), "the minister had failed")
    assert c.cue == "denounced" and c.speaker_text == "the colonel" and c.polarity == "assert"


def test_claim_headline_colon(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "Ostrand: The harbour will stay open all winter\n\nThe governor spoke on Monday."
    c = _one(claims_of(text), ":")
    assert c.speaker_text == "Ostrand" and c.content == "The harbour will stay open all winter"


@pytest.mark.parametrize(("headline", "speaker"), [
    ("Varo: We Will Not Give In to the Council.", "Varo"),  # the tagger reads the lone name as a common noun
    ("Poll: Tamm Leads Sund in Orlenby Race.", "Poll"),
    ("Update: Council of Orlenby Votes on the Budget Again.", None),  # a kicker
    ("The Latest: Council of Orlenby Votes on the Budget Again.", None),
])
def test_claim_headline_colon_with_a_name_read_as_a_noun(claims_of: Claims, headline: str,
                                                          speaker: str | None) -> None:
    claims = [c for c in claims_of(headline + "\n\nThe governor spoke on Monday.") if c.cue == ":"]
    assert [c.speaker_text for c in claims] == ([speaker] if speaker else [])


def test_negated_cue_is_no_claim_and_no_denial(claims_of: Callable[[str], list[Claim]]) -> None:
    assert claims_of("Tarsk did not deny that it had met the envoy.") == []


def test_speaker_unnamed_institution_is_an_organization(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("The ministry, in a statement, denied the reports."), "denied")
    assert (c.speaker_type, c.polarity, c.channel, c.content) == ("organization", "deny", "statement", "the reports")


def test_dateline_colon_is_no_speaker(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("TARSK: The port will reopen next week, officials said.\n\nBorvik: more ships are coming soon")
    assert all(c.cue != ":" for c in claims)


def test_speaker_spokesman_of_a_named_group(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("According to the Valdor Liberation Front spokesman, the ceasefire will hold."),
             "according to")
    assert c.speaker_type == "nominal" and c.speaker_ref is not None
    assert "Valdor Liberation Front" in c.speaker_ref.text


def test_speaker_official_with_a_place_stays_anonymous(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("An official from the Tarsk province who wished to remain anonymous stated that "
                       "the convoy had turned back."), "stated")
    assert c.speaker_type == "anonymous"


def test_claim_split_quote_around_the_cue(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "“Only you, Mara,” she said, “would turn a verdict into a victory speech.” Then she left."
    c = _one(claims_of(text), "said")
    assert c.direct_quote and c.content.startswith("Only you, Mara") and c.content.endswith("victory speech")


def test_claim_quote_continues_in_following_quote_paragraphs(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("“We will rebuild the bridge,” the mayor said.\n“It will take two years.”\n"
            "The council meets on Friday.")
    c = _one(claims_of(text), "said")
    assert c.content.endswith("It will take two years") and "council" not in c.content


def test_claim_leading_date_belongs_to_the_saying(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("The governor said Tuesday the levees would hold."), "said")
    assert c.content == "the levees would hold"


def test_speaker_phrase_keeps_descriptions_and_lists(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Anna Berg, Lars Holm and Erik Dahl said they would stay. "
                       "A poll conducted by the Tarsk Institute found that turnout would be high.")
    assert [c.speaker_text for c in claims] == ["Anna Berg, Lars Holm and Erik Dahl",
                                                "A poll conducted by the Tarsk Institute"]


def test_cue_keeps_its_auxiliaries(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("The ministry had repeatedly denied the reports."), "denied")
    assert c.cue == "had repeatedly denied" and c.polarity == "deny"


def test_scare_quote_far_from_the_cue_is_no_content(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Mayor Ilse Varn noted the new tram line and her work bringing jobs from “Tarsk to Ulm.”\n\n"
                       "She says “we kept the city moving through a hard winter.”")
    assert [(c.speaker_text, c.content) for c in claims] == [
        ("She", "we kept the city moving through a hard winter")]


def test_claim_quoted_label_after_a_short_object(claims_of: Callable[[str], list[Claim]]) -> None:
    c = _one(claims_of("On Twitter, the former governor Olaf Brenn called the plan “a reckless gamble.”"), "called")
    assert c.direct_quote and c.content == "a reckless gamble" and c.channel == "twitter"


def test_claim_that_clause_hung_on_a_time_phrase_is_the_content(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The governor has been claiming for days that the suspects had wanted to flee to Norvik.")
    assert any("the suspects had wanted" in c.content for c in claims)


def test_claim_not_from_a_relative_clause_of_a_time_phrase(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The governor has been travelling for days that felt like weeks.")
    assert not claims


def test_claim_content_stops_before_another_partys_contrasting_account(
        claims_of: Callable[[str], list[Claim]]) -> None:
    said = claims_of("A Tarsk fire chief said 30 people were killed, while hospital sources put the figure at 50.")
    assert [c.content for c in said if c.cue == "said"] == ["30 people were killed"]
    blamed = claims_of("Officials in Tarsk said a gas leak caused the blast while the army attributed it to a bomb.")
    assert with_words(blamed, "gas leak").content == "a gas leak caused the blast"


def test_claim_content_keeps_a_contrasting_count_of_its_own(claims_of: Callable[[str], list[Claim]]) -> None:
    said = claims_of("A Tarsk fire chief said 30 people were killed in the town, while 12 died in the villages.")
    assert with_words(said, "30 people").content == "30 people were killed in the town, while 12 died in the villages"


def test_claim_content_stops_before_another_partys_saying_after_but(
        claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Officials said the fire was an accident but the opposition blamed the government.")
    assert with_words(claims, "fire").content == "the fire was an accident"
    kept = claims_of("The mayor said the bridge would reopen in May but traffic would stay slow.")
    assert with_words(kept, "bridge").content.endswith("but traffic would stay slow")


def test_claim_content_keeps_a_while_of_time(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The mayor said the bridge would reopen in May while repairs continue on the road.")
    assert with_words(claims, "bridge").content.endswith("while repairs continue on the road")


def test_claim_a_voiced_claim_noun_carries_its_clause(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Interior Minister Anna Berg spoke at the funeral. She repeated her charge that the Tavro "
                       "Front and the Orsk Brigade were two names for one enemy.")
    charge = with_words(claims, "two names")
    assert charge.cue == "repeated" and charge.stance == "allegation"
    assert charge.content == "the Tavro Front and the Orsk Brigade were two names for one enemy"


def test_claim_no_claim_from_a_voicing_verb_without_a_claim_noun(claims_of: Callable[[str], list[Claim]]) -> None:
    assert claims_of("The minister raised the question of the border crossings in parliament.") == []


def test_quotes_run_across_a_hard_wrapped_line() -> None:
    text = '"At noon the river was at its highest. The water\nlevel is expected to fall," it said.\nNext line'
    inner = [text[q.inner_start:q.inner_end] for q in find_quotes(text)]
    assert inner == ["At noon the river was at its highest. The water\nlevel is expected to fall,"]


def test_claim_quote_after_a_scare_quote_in_its_sentence(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ('Calling the report "baseless and biased", the ministry said, '
            '"We have read the report of the commission and found no new facts in it."')
    c = with_words(claims_of(text), "no new facts")
    assert c.direct_quote and c.content.startswith("We have read the report")


def test_claim_quote_goes_on_after_a_long_speaker_phrase(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("“The harbour is closed and the ferries are stuck,” said Ilse Varga of the regional port authority "
            "in Tarvin. “We need more tugboats before the storm.”")
    c = with_words(claims_of(text), "more tugboats")
    assert "Ilse Varga" in (c.speaker_text or "") and c.direct_quote


def test_claim_quote_given_by_a_statement_that_reads(claims_of: Callable[[str], list[Claim]]) -> None:
    text = 'The ministry statement read: "The ambassador was summoned today and told of the decision."'
    c = with_words(claims_of(text), "ambassador was summoned")
    assert c.direct_quote and c.cue == "read"
    assert not claims_of('She read the letter to reporters: "We will win."')


def test_claim_quote_that_states_and_rejects_is_two_claims(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ('"Our new port fees are fully in line with the treaty. We reject any attempt to portray them as '
            'a breach of trade rules," the government said.')
    stated = with_words(claims_of(text), "in line with the treaty")
    rejected = with_words(claims_of(text), "We reject any attempt")
    assert stated.polarity == "assert" and "reject" not in stated.content
    assert rejected.polarity == "deny" and stated.id != rejected.id


def test_claim_quote_does_not_go_on_past_another_sentence(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("“The harbour is closed and the ferries are stuck,” the port director said. Tarvin rejected "
            "the director's claims, calling them 'absurd'.“We opened the harbour at dawn and the ferries run,” "
            "the transport ministry said.")
    c = with_words(claims_of(text), "harbour is closed")
    assert "opened the harbour" not in c.content


def test_claim_not_the_question_answered(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Responding to the question that Estmark accuses Valdora of undermining the dam, the "
                       "spokesman Ivo Rask said that “we categorically reject it.” The ministry responded that "
                       "the army would stay.")
    assert not [c for c in claims if c.cue == "Responding"]
    assert with_words(claims, "army would stay").cue == "responded"


def test_quotes_curly_single_marks_in_a_paragraph_without_double_ones() -> None:
    text = ("‘Any role of a foreign state in the killing of our citizen is a grave breach. It goes against the "
            "rules,’ said Anna Berg.\nThe envoy’s staff called it a ‘crazy system’ and left.\n"
            "‘The ministers’ talks will go on for a long while yet,’ he said.")
    inner = [text[q.inner_start:q.inner_end] for q in find_quotes(text)]
    # a scare quote of two words and the apostrophes of "envoy’s", "ministers’" open or close nothing
    assert inner == ["Any role of a foreign state in the killing of our citizen is a grave breach. It goes "
                     "against the rules,", "The ministers’ talks will go on for a long while yet,"]


def test_claim_curly_single_quote_of_two_sentences_is_one_direct_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("Velt was killed by unknown gunmen in June . ‘Any role of a foreign state in the killing of our citizen "
            "on our soil is a grave breach of our sovereignty. It goes against the basic rules by which free "
            "societies live,’ said Anna Berg.")
    c = with_words(claims_of(text), "grave breach of our sovereignty")
    assert c.direct_quote and c.content.endswith("free societies live") and "Anna Berg" in (c.speaker_text or "")


def test_claim_clause_then_a_quoted_clause_keeps_both(claims_of: Callable[[str], list[Claim]]) -> None:
    c = with_words(claims_of("The deputy spokesman said the numbers for the toll are fluid, “it can go up or down.”"),
                   "go up or down")
    assert c.content.startswith("the numbers for the toll are fluid") and c.direct_quote  # it quotes the speaker
    # a quoted fragment that finishes the clause is a direct quote, told with the clause it finishes
    c = with_words(claims_of('Sorn said the dams were built by a foreign firm in 1975, "not to hold water but to '
                             'shield the town from floods."'), "shield the town")
    assert c.direct_quote and c.content.startswith("the dams were built")


@pytest.mark.parametrize("text", ["The Orvani government has neither confirmed nor denied involvement in the blast.",
                                  "The Orvani government is yet to confirm or deny the incident.",
                                  "The army declined to confirm or deny the report."])
def test_claim_confirm_or_deny_is_no_denial(claims_of: Callable[[str], list[Claim]], text: str) -> None:
    assert not [c for c in claims_of(text) if c.polarity == "deny"]


def test_claim_deny_and_confirm_are_two_claims(claims_of: Callable[[str], list[Claim]]) -> None:
    # negative: "denied A and confirmed B" is a denial and a confirmation
    claims = claims_of("The ministry denied the report and confirmed the arrests.")
    assert [c.polarity for c in claims] == ["deny", "assert"]


@pytest.mark.parametrize("text", ["Senior member Tavi Marr said the killing of Belt would not go unanswered.",
                                  "The ministry said the crime would not remain unpunished."])
def test_claim_a_negated_un_state_is_an_assertion(claims_of: Callable[[str], list[Claim]], text: str) -> None:
    c = claims_of(text)[0]
    assert c.polarity == "assert" and not c.negated


def test_claim_parenthetical_cue_opening_a_quotation_takes_it(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("And in response to the allegations by Norland, foreign ministry spokesperson Anna Berg said, “Estmark "
            "unequivocally rejects the baseless allegations being made by the Norlandi leadership.”")
    c = with_words(claims_of(text), "unequivocally rejects")
    assert c.direct_quote and c.content.startswith("Estmark unequivocally") and "Anna Berg" in (c.speaker_text or "")


def test_claim_inverted_document_reads(claims_of: Callable[[str], list[Claim]]) -> None:
    c = with_words(claims_of("“The talks will resume in May,” read the curt statement."), "talks will resume")
    assert c.direct_quote and c.speaker_text == "the curt statement"
    # negative: a person reading a document out says nothing by it
    assert not claims_of("The minister read the statement aloud.")


# --------------------------------------------------------------------------- parse slips and continued quotes


def test_claim_fronted_content_before_a_cue_with_a_trailing_phrase(claims_of: Callable[[str], list[Claim]]) -> None:
    # the parser hangs the fronted clause on the cue as an unlabelled dependent when a phrase trails the cue
    text = ("The death toll from a powerful earthquake that struck eastern Bolivia has risen to over 300, the "
            "Valdoran government spokesman said Friday, with most of the dead in the hill town of Tarsk.")
    c = _one(claims_of(text), "said")
    assert c.content == "The death toll from a powerful earthquake that struck eastern Bolivia has risen to over 300"
    _text(c, text)


def test_claim_cue_read_as_an_adverbial_clause_of_its_content(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("The number of injured has now risen to 45, a nurse at the Tarvin General Hospital confirmed, even as "
            "relatives of the missing remain in the dark, anxiously waiting for news.")
    c = _one(claims_of(text), "confirmed")
    assert c.content == "The number of injured has now risen to 45" and "nurse" in (c.speaker_text or "")


def test_claim_confirmed_for_the_first_time_that(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("The Norvik energy minister, Arvo Tamm, admitted on Friday for the first time that his ministry had "
            "ignored warnings about the dam.")
    c = _one(claims_of(text), "admitted")
    assert c.content.startswith("that his ministry had ignored") and "Arvo Tamm" in (c.speaker_text or "")


def test_claim_quote_paragraph_continues_the_last_speaker(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("The Tarvin ministry said it had held talks with the shipping firms for a month.\n\n"
            "“The new port fees follow the rules of the trade treaty to the letter. We will not change them.”\n\n"
            "“Fine words,” a trader shouted.\n\n"
            "The harbour stayed closed on Tuesday.\n\n"
            "“Nobody should expect the harbour to reopen before the summer season begins.”\n\n"
            "The mayor said the ferries would run again on Monday.\n\n"
            "The closure has sparked renewed talks about the safety of the old piers and the cranes.”")
    claims = claims_of(text)
    quote = with_words(claims, "follow the rules of the trade treaty")
    assert quote.direct_quote and quote.speaker_text == "The Tarvin ministry"
    _text(quote, text)
    assert not [c for c in claims if "reopen" in c.content]  # after a paragraph with no speaker: nobody's
    assert not [c for c in claims if "cranes" in c.content]  # a stray closing mark opens no quotation


def test_claim_nowhere_negates_its_predicate(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "Union leader Ivo Rask said that nowhere in the audit had the board been blamed for the losses."
    assert _one(claims_of(text), "said").negated


def test_claim_accusing_with_its_preposition_hung_on_the_object(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("The Tarvin Dockers Union has taken strong exception to the Daily Courier's coverage of the strike, "
            "accusing the paper of misrepresenting the votes of its members in the absence of any such count.")
    c = _one(claims_of(text), "accusing")
    assert c.content.startswith("the paper of misrepresenting") and c.stance == "allegation"
    assert "Dockers Union" in (c.speaker_text or "")


@pytest.mark.parametrize("text, content", [
    ("The governor called for calm.", "calm"),
    ("Mayor Ilse Brandt called for an end to the strikes and for talks with the unions.",
     "an end to the strikes and for talks with the unions"),
    ("Senator Jon Kell called for reopening the northern border crossing.", "reopening the northern border crossing"),
])
def test_claim_called_for_is_what_the_preposition_holds(claims_of: Callable[[str], list[Claim]], text: str,
                                                         content: str) -> None:
    c = _one(claims_of(text), "called")
    assert c.cue == "called for" and c.content == content


@pytest.mark.parametrize("text, content", [
    ("Mayor Ilse Brandt called the new toll a mistake.", "the new toll a mistake"),
    ("Her rivals called him a genius for his tax plans.", "him a genius for his tax plans"),
])
def test_claim_calling_something_so_is_the_callers_claim(claims_of: Callable[[str], list[Claim]], text: str,
                                                          content: str) -> None:
    c = _one(claims_of(text), "called")
    assert c.content == content and c.polarity == "assert"


@pytest.mark.parametrize("text", ["The band leader called the guests to the stage.", "She called him on Monday."])
def test_claim_calling_someone_over_says_nothing(claims_of: Callable[[str], list[Claim]], text: str) -> None:
    assert not claims_of(text)


def test_claim_claimed_to_with_an_infinitive(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Ivo Rask claimed to have slept in his car for a week and feared the cold nights ahead. "
                       "The rebels claimed to have carried out the attack on the army base.")
    car = with_words(claims, "slept in his car")
    assert car.stance == "statement" and car.speaker_text == "Ivo Rask"  # of himself, no accusation
    assert with_words(claims, "carried out the attack").stance == "responsibility"


def test_claim_according_to_a_described_speaker_and_their_name(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("According to a spokeswoman for the transport ministry, Lia Sorn, the bridge will stay closed "
                       "until engineers have inspected it. "
                       "According to a resident, Tarvin Street, the main road, was closed.")
    named = with_words(claims, "the bridge will stay closed")
    assert named.content.startswith("the bridge") and (named.speaker_text or "").endswith("Lia Sorn")
    assert with_words(claims, "the main road").content.startswith("Tarvin Street")  # a street is no name of a person


def test_claim_unaware_of_negates_and_an_insisted_negation_denies(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "The foreign minister insisted on Wednesday that the government was unaware of any plan to close the port."
    c = _one(claims_of(text), "insisted")
    assert c.negated and c.polarity == "deny"


def test_claim_blamed_the_act_on_a_party(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The Tavro Front has blamed the blast on Norland. Velmora on Tuesday blamed Norland for "
                       "the fire.")
    blast = next(c for c in claims if "blast" in c.content)
    assert blast.content == "the blast on Norland" and blast.stance == "allegation" and blast.involvement
    fire = next(c for c in claims if "fire" in c.content)
    assert fire.content == "Norland for the fire"  # not "on Tuesday"


def test_claim_attributed_the_act_to_a_party_is_an_allegation(claims_of: Claims) -> None:
    claims = claims_of("Mayor Ilse Worn attributed the bombing of the Velk depot to a gang from the harbour district. "
                       "The minister attributed the delay to heavy rain.")
    c = _one(claims, "attributed")
    assert c.speaker_text == "Mayor Ilse Worn" and c.stance == "allegation" and c.involvement
    assert c.content == "the bombing of the Velk depot to a gang from the harbour district"
    # a cause given for something that is no act names no culprit: no claim
    assert not [c for c in claims if "delay" in c.content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The Velmoran president held Estmark responsible for the attack on the Lesk market.", "held",
     "Estmark responsible for the attack on the Lesk market"),
    ("Officials pinned the blast on the Orsk Front.", "pinned", "the blast on the Orsk Front"),
    ("The army laid the blame for the ambush on the Orsk Front.", "laid", "the blame for the ambush on the Orsk Front"),
])
def test_claim_an_act_held_or_pinned_on_a_party_is_an_allegation(claims_of: Claims, text: str, cue: str,
                                                                 content: str) -> None:
    c = _one(claims_of(text), cue)
    assert c.stance == "allegation" and c.involvement and c.content == content


def test_claim_held_or_laid_on_no_act_is_no_claim(claims_of: Claims) -> None:
    claims = claims_of("The mayor held the council responsible for the budget. The minister put the blame on the "
                       "weather. The court held a hearing on Monday.")
    assert not [c for c in claims if c.cue in ("held", "put")]


def test_claim_to_blame_for_an_act_says_who_did_it(claims_of: Claims) -> None:
    c = _one(claims_of("Varo said Estmark was to blame for the attack."), "said")
    assert c.involvement


def test_claim_relayed_as_reported_by_an_agency_is_the_owners(claims_of: Claims) -> None:
    claims = claims_of("Velmora's denial, as reported by the Lesk Courier, called the report untrue. The minister, "
                       "as quoted by EPS, said the border stays open.")
    called = _one(claims, "called")
    assert called.speaker_text == "Velmora's" and called.polarity == "deny"
    assert called.channel == "the Lesk Courier"
    said = _one(claims, "said")
    assert said.speaker_text == "The minister" and said.channel == "EPS"
    assert not [c for c in claims if c.cue == "reported" or c.cue == "quoted"]  # the agency only passed it on
    # the parser may hang the aside on the cue after the speaker rather than on the speaker
    courier = claims_of("The minister, as quoted by the Courier, said the border stays open.")
    assert [(c.speaker_text, c.channel) for c in courier] == [("The minister", "the Courier")]


def test_claim_speaker_phrase_ends_before_a_relay_aside_hung_deep_in_it(claims_of: Claims) -> None:
    # the parser hangs the aside on the noun inside the phrase ("the Oru clinic", "the suspects"), not on its head
    claims = claims_of("A nurse at the Oru clinic, as per Radio Tarvin, said the ward was full. One of the suspects, "
                       "according to the Oru Daily, said he was paid to carry out the attack.")
    said = [c.speaker_text for c in claims if c.cue == "said"]
    assert said == ["A nurse at the Oru clinic", "One of the suspects"]


def test_claim_object_stops_before_another_speakers_relative_clause(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The Orvan Front denied responsibility for the attack, which the army has blamed on Norvik. "
                       "Velmora rejected the charge, which was first made in March.")
    denied = next(c for c in claims if c.cue == "denied")
    assert denied.content == "responsibility for the attack" and denied.targets == ()
    rejected = next(c for c in claims if c.cue == "rejected")
    assert rejected.content == "the charge, which was first made in March"  # no saying of its own


# --------------------------------------------------------------------------- pleas and innocence


@pytest.mark.parametrize(("text", "cue", "words"), [
    ("Senator Orla Venn pleaded not guilty on Friday to charges of taking bribes from a shipping firm.",
     "pleaded", "not guilty on Friday to charges of taking bribes"),
    ("Mayor Tomas Rell has pleaded innocent to the fraud charges.", "pleaded", "innocent to the fraud charges"),
    ("Venn's lawyer entered a not guilty plea to all nine counts at the hearing in Sarn.", "entered",
     "not guilty plea to all nine counts"),
    ("Venn resigned from the harbour committee while maintaining her innocence.", "maintaining", "her innocence"),
])
def test_claim_a_plea_of_not_guilty_or_innocence_denies_the_charges(claims_of: Claims, text: str, cue: str,
                                                                     words: str) -> None:
    c = with_words(claims_of(text), words)
    assert c.cue and cue in c.cue and c.polarity == "deny" and c.stance == "denial"
    _text(c, text)


@pytest.mark.parametrize("text", [
    "Senator Orla Venn pleaded guilty on Friday to one count of fraud.",  # a guilty plea admits
    "The mayor pleaded with the council to keep the harbour open.",
    "The committee maintained its position on the harbour.",
])
def test_claim_no_denial_from_a_guilty_plea_or_an_appeal(claims_of: Claims, text: str) -> None:
    assert not [c for c in claims_of(text) if c.polarity == "deny"]


def test_claim_innocence_declared_by_the_speaker_is_a_denial(claims_of: Claims) -> None:
    claims = claims_of('"I am absolutely innocent," Orla Venn said after the hearing in Sarn.\n\n'
                       '"The victims were innocent," the prosecutor Ivo Kral said.')
    assert with_words(claims, "I am absolutely innocent").polarity == "deny"
    prosecutor = [c for c in claims if "Kral" in (c.speaker_text or "")]
    assert prosecutor and prosecutor[0].polarity == "assert"


@pytest.mark.parametrize("text", [
    "Judge Ivo Kral denied a motion filed by Senator Orla Venn seeking dismissal of the charges.",
    "The border guards at Sarn denied him entry on Tuesday.",
    "Senator Orla Venn was denied bail on Friday.",
    "The Orvani Bank rejected her request to refund the stolen money.",
    "The lawsuit claims that the Orvani Bank misleads its clients and illegally denies reimbursement to fraud victims.",
])
def test_claim_a_refusal_is_no_denial(claims_of: Claims, text: str) -> None:
    # denying or rejecting something granted or filed refuses it: nothing said is denied (the decision may stay a
    # statement)
    claims = claims_of(text)
    assert not [c for c in claims if c.polarity == "deny" or c.stance == "denial"], [(c.cue, c.content) for c in claims]


def test_claim_a_denial_of_reports_is_still_a_denial(claims_of: Claims) -> None:
    c = with_words(claims_of("The ministry denied the reports that troops had crossed the river near Sarn."),
                   "the reports")
    assert c.polarity == "deny"


def test_claim_a_contracted_not_with_a_curly_apostrophe_negates(claims_of: Claims) -> None:
    # the parser can take "n’t" for punctuation hung on the auxiliary: the rebuttal is still a denial
    c = with_words(claims_of("“We don’t attack Valdora, or Lesk, we fight on our territory,” Orla Venn said."),
                   "We don’t attack")
    assert c.polarity == "deny"


@pytest.mark.parametrize("text", [
    "The Valdoran army said its forces shelled the bridge near Sarn.",
    "Valdora said its artillery mistakenly shelled a bus convoy, killing 30 people.",
])
def test_claim_the_speakers_own_act_told_is_its_claim(claims_of: Claims, text: str) -> None:
    c = with_words(claims_of(text), "shelled")
    assert c.stance == "responsibility" and c.involvement and c.polarity == "assert"


def test_claim_an_authoritys_own_arrests_are_no_claim_of_responsibility(claims_of: Claims) -> None:
    c = with_words(claims_of("Valdoran authorities said on Wednesday they have arrested seven men in Sarn."),
                   "arrested seven")
    assert c.stance != "responsibility" and c.polarity == "assert"


def test_claim_the_speakers_own_act_negated_is_no_claim_of_it(claims_of: Claims) -> None:
    c = with_words(claims_of("The Valdoran army said its forces did not shell the bridge near Sarn."),
                   "shell the bridge")
    assert c.stance != "responsibility"


def test_passive_calling_verb_with_its_agent_is_the_agents_claim(claims_of: Claims) -> None:
    claims = claims_of("The move was described by the Norland envoy as a grave provocation. "
                       "Accusations of Velmoran involvement were deemed by Ivo Darrel as politically motivated.")
    described = with_words(claims, "grave provocation")
    assert "envoy" in (described.speaker_text or "") and described.polarity == "assert"
    deemed = with_words(claims, "Accusations of Velmoran involvement")
    assert deemed.speaker_text == "Ivo Darrel" and deemed.polarity == "deny"


def test_passive_calling_verb_in_another_sense_is_no_claim(claims_of: Claims) -> None:
    claims = claims_of("The strike was called by the unions to protest the cuts. "
                       "The officer was dismissed by the ministry as part of a purge.")
    assert not [c for c in claims if "protest the cuts" in c.content or "part of a purge" in c.content]


def test_passive_calling_verb_without_agent_is_no_claim(claims_of: Claims) -> None:
    assert not [c for c in claims_of("The plan was called a success.") if "success" in c.content]


# --------------------------------------------------------------------------- claim nouns with their owner


@pytest.mark.parametrize("text, speaker, stance", [
    ("Officials pursued the link despite a statement from adviser Tomas Reyne that Norvik had nothing to do with "
     "the attack.", "adviser Tomas Reyne", "denial"),
    ("The move followed an allegation by Valdor that Norvik had ordered the killing.", "Valdor", "allegation"),
    ("Valdor's claim that Norvik ordered the killing drew a sharp response.", "Valdor", "allegation"),
])
def test_claim_noun_with_owner_and_clause(claims_of: Claims, text: str, speaker: str, stance: str) -> None:
    claims = claims_of(text)
    assert [(c.speaker_text.removesuffix("'s"), c.stance) for c in claims] == [(speaker, stance)]
    assert claims[0].content.startswith("that Norvik")


def test_claim_noun_without_owner_is_no_claim(claims_of: Claims) -> None:
    assert claims_of("The claim that the plant was closed was false.") == []


# --------------------------------------------------------------------------- allegations called untrue


@pytest.mark.parametrize("text", [
    "Norvik called the allegations absurd and an attempt to shift attention.",
    "The ministry described the accusations as baseless.",
])
def test_calling_allegations_untrue_is_a_denial(claims_of: Claims, text: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].polarity == "deny" and claims[0].stance == "denial"
    assert "allegations" in claims[0].content or "accusations" in claims[0].content


def test_calling_allegations_untrue_with_a_pronoun_subject(claims_of: Claims) -> None:
    text = ("Valdor accused Norvik of plotting the attack. Norvik's foreign ministry responded on Monday. "
            "It called the allegations absurd and politically motivated.")
    c = with_words(claims_of(text), "politically motivated")
    assert c.polarity == "deny" and c.speaker_type == "pronoun" and c.speaker_ref is not None


@pytest.mark.parametrize("text", [
    "Norvik called the allegations serious.",  # not untrue
    "Critics called the film absurd.",  # not an allegation
])
def test_calling_something_else_is_no_denial(claims_of: Claims, text: str) -> None:
    assert not any(c.polarity == "deny" for c in claims_of(text))


# --------------------------------------------------------------------------- read-outs in the first person


def test_readout_first_person_sentences_are_the_speakers(claims_of: Claims) -> None:
    text = ("The foreign ministry of Norvik said that the two ministers held talks in the capital on Tuesday. "
            "The two sides also made progress on trade. We agreed to meet again in the spring.\n"
            "Separately, a storm hit the coast on Wednesday.")
    claims = claims_of(text)
    said = [c for c in claims if c.speaker_text == "The foreign ministry of Norvik"]
    assert [c.content for c in said] == ["that the two ministers held talks in the capital on Tuesday",
                                         "The two sides also made progress on trade",
                                         "We agreed to meet again in the spring"]
    assert not any("storm" in c.content for c in claims)
    assert not any(c.speaker_text == "We" for c in claims)


def test_readout_needs_the_first_person(claims_of: Claims) -> None:
    text = ("The minister said that the plan would be ready soon. The storm hit the coast on Wednesday. "
            "Roads were closed.")
    assert [c.content for c in claims_of(text)] == ["that the plan would be ready soon"]


def test_readout_not_where_the_writer_speaks_in_the_first_person(claims_of: Claims) -> None:
    text = ("We must act now on the climate. The minister said that the plan would be ready soon. "
            "We should hold him to it.")
    assert [c.content for c in claims_of(text)] == ["that the plan would be ready soon"]


def test_readout_not_inside_quotes_the_finder_does_not_pair(claims_of: Claims) -> None:
    # two apostrophes as quotation marks: the first-person sentences are quoted, not a read-out
    text = ("Joren Vell said he had served for years. ''Throughout the time we have been here, we have worked "
            "hard,'' he said. ''We are really part of this history.''")
    assert not any(c.content.startswith("We are really part") and c.cue == "said" and c.speaker_text == "Joren Vell"
                   for c in claims_of(text))


# --------------------------------------------------------------------------- rejections in other words


def test_scorning_an_allegation_denies_it(claims_of: Claims) -> None:
    c = with_words(claims_of("Norvik has strongly rebuked the minister's allegations linking its agency with the "
                             "blast."), "allegations")
    assert c.polarity == "deny" and c.speaker_text == "Norvik"


def test_scorning_anything_else_is_no_denial(claims_of: Claims) -> None:
    assert not any(c.polarity == "deny" for c in claims_of("The council condemned the attack on the ferry."))


def test_allegation_after_its_epithet(claims_of: Claims) -> None:
    text = "Norvik on Friday described as ''lies'' Valdor's allegations that it had armed the smugglers."
    c = with_words(claims_of(text), "allegations")
    assert c.polarity == "deny" and c.cue == "described"


def test_quote_after_said_and_a_dash(claims_of: Claims) -> None:
    text = ("Speaking on Monday, Mr. Tomas Reyne, the spokesman for the ministry, said –\n"
            "“We have read the remarks of the harbour master and find them ridiculous. They are one more effort "
            "to smear our port.”")
    c = with_words(claims_of(text), "harbour master")
    assert c.direct_quote and "Tomas Reyne" in c.speaker_text and "smear our port" in c.content


def test_straight_closing_mark_after_a_lost_opening(claims_of: Claims) -> None:
    # the page lost the opening mark; the straight mark after "it," closes, it opens nothing
    text = ('The ferry left on time and nobody on board was hurt," Tomas Reyne said, alleging that the port had '
            "hidden the delay from the crew.")
    claims = claims_of(text)
    assert with_words(claims, "ferry left on time").speaker_text == "Tomas Reyne"
    assert with_words(claims, "hidden the delay").cue == "alleging"


def test_a_statement_issued_saying_speaks_with_its_issuer(claims_of: Claims) -> None:
    c = with_words(claims_of("The oil company earlier today issued a statement saying the site had been attacked."),
                   "the site had been attacked")
    assert c.speaker_text == "The oil company"
    c = with_words(claims_of("The oil giant earlier today issuing a statement saying the site had been attacked."),
                   "the site had been attacked")
    assert c.speaker_text == "The oil giant"
    # one who reads or cites a report does not say what it says
    assert not [c for c in claims_of("He read a report saying the toll was 12.") if c.speaker_text == "He"]


def test_as_x_said_tells_the_clause_it_hangs_on(claims_of: Claims) -> None:
    c = with_words(claims_of("As the head of the committee Lev Orn said, the authorities are following the course "
                             "of their ally."), "the authorities are following")
    assert "Lev Orn" in (c.speaker_text or "") and c.content.startswith("the authorities")
    c = with_words(claims_of("The authorities are following the course of their ally, as Lev Orn noted on Monday."),
                   "The authorities are following")
    assert "Lev Orn" in (c.speaker_text or "") and "noted" not in c.content
    assert not claims_of("As expected, the talks failed.")


def test_a_view_voiced_with_a_that_clause_is_a_claim(claims_of: Claims) -> None:
    c = with_words(claims_of("Officials in Tarsk have expressed concern that the militia could provide weapons to "
                             "the rebels."), "the militia could provide weapons")
    assert c.stance == "warning" and c.polarity == "assert"
    c = with_words(claims_of("She voiced hope that the talks would resume."), "the talks would resume")
    assert c.stance == "statement"
    assert not claims_of("He expressed his condolences to the families.")


def test_a_possessed_view_says_the_rest_of_its_sentence(claims_of: Claims) -> None:
    c = with_words(claims_of("Lev Orn spoke on Monday. In his opinion, the response to the expulsion should be "
                             "proportional."), "the response to the expulsion")
    assert c.speaker_text == "his" and c.speaker_ref is not None and c.speaker_ref.text == "Lev Orn"
    c = with_words(claims_of("The response should be proportional, in the senator's words."), "The response")
    assert c.speaker_text == "the senator"
    assert not claims_of("In the view of many, the talks failed. In his speech, the minister praised the army.")


def test_blaming_a_party_names_a_culprit(claims_of: Claims) -> None:
    c = with_words(claims_of("On Monday, Prime Minister Lev Orn and his interior minister Ana Berg blamed the "
                             "militia."), "the militia")
    assert c.stance == "allegation" and "Lev Orn" in (c.speaker_text or "")
    assert with_words(claims_of("Police blamed the Dorvan Front."), "the Dorvan Front").stance == "allegation"
    # what the sentence says of the culprit is not the accusation
    c = with_words(claims_of("Police blamed the banned Dorvan Front, which has denied any role."), "Dorvan")
    assert c.content == "the banned Dorvan Front"
    assert not claims_of("Nobody can blame them.") and not claims_of("Farmers blamed the weather.")


def test_blaming_an_attack_or_its_weapon_names_a_culprit(claims_of: Claims) -> None:
    text = ("Officials said 40 people were killed in the blast at the clinic. Velmora's health ministry blamed a "
            "Norlandian air strike, while the Norlandian army has blamed a misfired rocket from a rival group.")
    claims = claims_of(text)
    c = with_words(claims, "air strike")
    assert c.stance == "allegation" and "health ministry" in (c.speaker_text or "")
    c = with_words(claims, "misfired rocket")
    assert c.stance == "allegation" and "army" in (c.speaker_text or "")
    assert with_words(claims_of("The Tavro Front blames a Velmoran airstrike."), "airstrike").stance == "allegation"
    # a cause that is nobody's deed names no culprit
    assert not claims_of("The minister blamed the heavy rain.")


def test_accusing_for_an_act_is_an_allegation(claims_of: Claims) -> None:
    c = with_words(claims_of("The Tavro Front has accused a Velmoran air strike for the killings."), "the killings")
    assert c.stance == "allegation" and c.content.startswith("a Velmoran air strike")


def test_reaching_an_audience_to_say_is_saying(claims_of: Claims) -> None:
    c = with_words(claims_of("The minister took to Twitter to say the talks had failed."), "the talks had failed")
    assert c.speaker_text == "The minister"
    c = with_words(claims_of("The group called a local news agency to say it had carried out the attack."),
                   "carried out the attack")
    assert c.speaker_text == "The group" and c.stance == "responsibility"
    assert not [c for c in claims_of("The group called a local news agency to say it had carried out the attack.")
                if "news agency" in c.content]  # the calling is no claim of its own
    assert not claims_of("The minister declined to say whether the talks had failed.")


def test_said_a_clause_and_that_a_quoted_clause_keeps_both(claims_of: Claims) -> None:
    claims = claims_of('Front spokesman Ivo Ranek said his group had nothing to do with the bombing and that "we are '
                       'very sad about it."')
    c = with_words(claims, "we are very sad")
    assert c.content.startswith("his group had nothing to do with the bombing")
    assert c.polarity == "deny"  # what the clause says, not only the quoted words


def test_quick_to_blame_is_the_subjects_allegation(claims_of: Claims) -> None:
    claims = claims_of("Norland was quick to blame the Velmoran regime for the bombings in Oskel. The ministry was "
                       "unable to confirm the figures.")
    blame = with_words(claims, "Velmoran regime")
    assert blame.speaker_text == "Norland" and blame.stance == "allegation"
    assert not [c for c in claims if "figures" in c.content]  # "unable to confirm" confirms nothing


def test_by_denying_is_the_subjects_denial(claims_of: Claims) -> None:
    claims = claims_of("The Velmoran ministry responded by denying the allegations. Hours after the Front accepted "
                       "responsibility, the interior ministry surprised many by rejecting the claim. The plan was "
                       "approved by rejecting the amendment.")
    denying = with_words(claims, "the allegations")
    assert denying.speaker_text == "The Velmoran ministry" and denying.polarity == "deny"
    assert with_words(claims, "the claim").speaker_text == "the interior ministry"
    assert not [c for c in claims if "amendment" in c.content]  # a passive's "by" names no speaker


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Health officials in Tarsk put the death toll at 500.", "Health officials in Tarsk", "the death toll at 500"),
    ("The Lesk Daily gave a toll of 40 passengers found dead at the station.", "The Lesk Daily",
     "a toll of 40 passengers found dead at the station"),
])
def test_claim_a_source_giving_a_toll(claims_of: Callable[[str], list[Claim]], text: str, speaker: str,
                                      content: str) -> None:
    c = _one(claims_of(text), text.split()[len(speaker.split())])
    assert c.speaker_text == speaker and c.content == content and c.stance == "statement"


@pytest.mark.parametrize("text", [
    "The mayor put the cost of the bridge at 5 million.",  # a cost, no toll
    "The storm put the harbour at risk.",
    "Officials did not put a number on the dead.",
])
def test_no_claim_putting_anything_but_a_toll_at_a_figure(claims_of: Callable[[str], list[Claim]], text: str) -> None:
    assert claims_of(text) == []


def test_quotation_read_by_part_of_a_document(claims_of: Claims) -> None:
    claims = claims_of('"We firmly reject the baseless accusations of the Velmoran army," reads part of the '
                       "communique.")
    c = with_words(claims, "reject the baseless accusations")
    assert c.speaker_text == "part of the communique" and c.polarity == "deny"


def test_statement_issued_later_said_speaks_through_the_statement(claims_of: Claims) -> None:
    # the parser makes "issued" the verb and "said" its conjunct: the statement still says what follows
    c = with_words(claims_of("A Velmoran Foreign Ministry statement issued hours later said the drone targeted a "
                             "refugee camp in the Tarsk area."), "refugee camp")
    assert c.speaker_text == "A Velmoran Foreign Ministry statement" and c.stance == "statement"


def test_statement_reads_a_clause_told_before_it(claims_of: Claims) -> None:
    c = with_words(claims_of("The convoy was attacked near the border, Velmora's interior ministry's statement "
                             "reads."), "convoy was attacked")
    assert "Velmora" in (c.speaker_text or "")


def test_statement_issued_by_a_spokesperson_speaks_for_its_issuer(claims_of: Claims) -> None:
    c = with_words(claims_of('According to a statement issued by a Norvik Embassy spokesperson, "The depot was '
                             'never shelled."'), "depot was never shelled")
    assert c.speaker_ref is not None and "Norvik" in c.speaker_ref.text


def test_clause_read_as_a_relative_clause_of_the_occasion(claims_of: Claims) -> None:
    claims = claims_of("Interior minister Joran Vesk said in a Thursday briefing that early indications pointed to "
                       "a “political motive” behind the shooting.")
    c = with_words(claims, "early indications pointed")
    assert "Vesk" in (c.speaker_text or "")


def test_relative_clause_of_the_occasion_that_puts_it_out_is_no_content(claims_of: Claims) -> None:
    claims = claims_of("The ministry said in a statement that it issued on Friday that the road was closed.")
    assert not any("it issued" in c.content for c in claims)


def test_expressed_in_own_quoted_words(claims_of: Claims) -> None:
    claims = claims_of("Dorn Kessel expressed his “sincere apologies to the public as the minister in charge”, before "
                       "bowing his head. Mira Talen expressed her condolences to the families.")
    c = with_words(claims, "sincere apologies")
    assert "Kessel" in (c.speaker_text or "")
    assert not any("condolences" in c.content for c in claims)


def test_referred_to_as_says_what_it_calls_what_it_names(claims_of: Claims) -> None:
    claims = claims_of("Interior Minister Dan Vesk spoke on Friday. He referred to the suspect — who was charged with "
                       "murder — as a “lone wolf” who did not belong to any political groups. "
                       "Mira Talen referred to the report published on Monday.")
    c = with_words(claims, "did not belong to any political groups")
    assert c.speaker_ref is not None and c.speaker_ref.text == "Dan Vesk"
    assert not any("report published" in c.content for c in claims)


def test_statement_with_a_modifier_speaks_for_who_gave_it(claims_of: Claims) -> None:
    claims = claims_of("Sarn County said in a statement late Wednesday that 12 people had died. \"No other details "
                       "are available at this time,\" the brief statement said.")
    c = with_words(claims, "No other details")
    assert c.speaker_text == "the brief statement"
    assert c.speaker_ref is not None and c.speaker_ref.text == "Sarn County"


def test_document_named_with_a_name_before_it_is_no_modifier(claims_of: Claims) -> None:
    # "the Valdora Post" is a paper, not a post: it is never read as a document put out by the last speaker
    claims = claims_of("Sarn County said in a statement that 12 people had died. \"The toll will rise,\" the "
                       "Valdora Post said.")
    c = with_words(claims, "toll will rise")
    assert c.speaker_ref is None or "Sarn" not in c.speaker_ref.text


def test_court_filing_goes_by_any_of_its_names(claims_of: Claims) -> None:
    claims = claims_of("Sarn County has filed a lawsuit against Velmar Power on the grounds that it is responsible "
                       "for the fire.\n\nThe complaint also claims that downed power lines from Velmar Power ignited "
                       "the dry grass.")
    c = with_words(claims, "downed power lines")
    assert c.speaker_text == "The complaint"
    assert c.speaker_ref is not None and c.speaker_ref.text == "Sarn County"


def test_negated_statement_right_after_its_speakers_denial_is_a_denial(claims_of: Claims) -> None:
    text = ("Some lawmakers in Ostria blamed Velmora for the bombing. But Karel Dunst, an adviser to the Velmoran "
            "president, denied any involvement. \u201cVelmora has never resorted to terrorist methods,\u201d he "
            "posted on social media.")
    c = with_words(claims_of(text), "never resorted")
    assert (c.polarity, c.stance) == ("deny", "denial")


def test_negated_statement_of_another_speaker_after_a_denial_stays_a_statement(claims_of: Claims) -> None:
    text = ("Karel Dunst, an adviser to the Velmoran president, denied any involvement in the bombing. "
            "\u201cThe market has never been so quiet,\u201d a shopkeeper, Mira Holt, told reporters.")
    c = with_words(claims_of(text), "never been so quiet")
    assert c.polarity == "assert"


@pytest.mark.parametrize("text", [
    "Marek Dolan has admitted to stabbing the mayor with a kitchen knife.",
    "Police say Marek Dolan has admitted to stabbing the mayor with a kitchen knife.",
    "Marek Dolan was detained at the scene and admitted to stabbing the mayor, according to Varno police.",
])
def test_admitted_to_an_act_is_the_admitters_claim(claims_of: Claims, text: str) -> None:
    # told alone, inside another's report or as the second verb of a passive's subject: the admission is his
    c = next((c for c in claims_of(text) if c.content.startswith("stabbing the mayor")), None)
    assert c is not None and c.speaker_ref is not None and "Dolan" in c.speaker_ref.text
    assert c.stance == "confirmation"


@pytest.mark.parametrize("text", [
    "The minister was admitted to hospital on Monday with chest pains.",
    "Ivo Darsk, who pleaded guilty to fraud, was sentenced to three years probation and ordered to provide 250 hours "
    "of community service.",
    "Ivo Darsk was admitted to the bar in 1990 and later admitted to Velmar University.",
])
def test_admitted_into_a_place_or_body_is_no_admission(claims_of: Claims, text: str) -> None:
    # nor does a passive's participle joined to it speak ("was sentenced ... and ordered to provide")
    assert not [c for c in claims_of(text) if "admitted" in c.cue or "ordered" in c.cue]


def test_admission_ends_before_another_verb_joined_to_what_is_admitted(claims_of: Claims) -> None:
    # the parser joins "pleaded" to the relative clause of the object: pleading is another act, not what he admits
    claims = claims_of("Ivo Darsk has admitted to a bombing that killed 12 people in Velmar but pleaded not guilty "
                       "to criminal charges.")
    c = next(c for c in claims if "admitted" in c.cue)
    assert c.content == "a bombing that killed 12 people in Velmar"


# --------------------------------------------------------------------------- a speaker the parser hung elsewhere


@pytest.mark.parametrize("text, content", [
    ("Rescuers pulled two people from the rubble in the town of Karsk, Ostria's State Emergency Service said on "
     "Monday.", "Rescuers pulled two people from the rubble in the town of Karsk"),
    ("Five people were killed in the attack on Valmo, Ostria's State Emergency Service said on June 28, adding that "
     "56 people were injured.", "Five people were killed in the attack on Valmo"),
])
def test_speaker_taken_for_an_apposition_of_the_clause_before_speaks_it(claims_of: Claims, text: str,
                                                                         content: str) -> None:
    # the parser makes "Ostria's State Emergency Service" an apposition of the town and leaves "said" with no subject
    claims = claims_of(text)
    c = _one(claims, "said")
    assert c.content == content
    assert "State Emergency Service" in (c.speaker_text or "")
    _text(c, text)


def test_participle_after_a_cue_with_an_apposed_speaker_goes_on_with_it(claims_of: Claims) -> None:
    text = ("Five people were killed in the attack on Valmo, Ostria's State Emergency Service said on June 28, adding "
            "that 56 people were injured.")
    c = _one(claims_of(text), "adding")
    assert c.content == "that 56 people were injured"
    assert "State Emergency Service" in (c.speaker_text or "")


def test_cue_with_its_own_subject_keeps_the_clause_whole(claims_of: Claims) -> None:
    text = "The minister met the envoy in Karsk, the ministry said."
    c = _one(claims_of(text), "said")
    assert c.content == "The minister met the envoy in Karsk" and c.speaker_text == "the ministry"


def test_quote_before_a_long_speaker_phrase_is_the_speakers(claims_of: Claims) -> None:
    # "told" hangs on the quoted verb; only the speaker's phrase, longer than a quote's usual reach, stands between
    text = ('"As of now, rescuers have recovered the bodies of 10 people from the rubble," Veronika Bakhan, '
            "spokeswoman for the Karsk region emergency services, told Ostrian television.")
    c = _one(claims_of(text), "told")
    assert c.direct_quote
    assert c.content.startswith("As of now, rescuers have recovered the bodies")
    assert (c.speaker_text or "").startswith("Veronika Bakhan")


def test_name_after_an_opening_day_speaks_not_its_apposition(claims_of: Claims) -> None:
    # the parser glues "Monday" to the name as the object of "On" and sets the apposition off as the subject
    text = ("“Norland shows its face again,” an Ostrian spokesperson said on Monday.\n\nOn Monday Ivan Dorov, "
            "Norland President Pavel Marek’s chief spokesperson, rejected blame for the deadly attack on Valmo, "
            "instead seeking to blame Ostrian air defences for the missile strike.")
    c = _one(claims_of(text), "rejected")
    assert c.speaker_ref is not None and c.speaker_ref.text == "Ivan Dorov"
    assert (c.speaker_text or "").startswith("Ivan Dorov")


def test_blame_cast_on_a_party_by_an_agent_is_the_agents_allegation(claims_of: Claims) -> None:
    text = ("Initially labeled a terrorist attack by Ostrian officials on Wednesday, blame was cast on Norland by Ivan "
            "Dorov, the president's deputy chief of staff.")
    c = with_words(claims_of(text), "Norland")
    assert c.stance == "allegation" and (c.speaker_text or "").startswith("Ivan Dorov")


def test_blame_put_on_the_weather_is_no_allegation(claims_of: Claims) -> None:
    assert not [c for c in claims_of("The minister put the blame on the weather.") if c.stance == "allegation"]


def test_the_report_speaks_for_the_outlet_that_reported(claims_of: Claims) -> None:
    text = ("VARNO – A year after the arrests, the federal prosecutor has brought charges against 27 men and women, "
            "magazine Der Varnbote reported on Monday.\n\n"
            "Ten of the group's inner circle are scheduled to stand trial in Varno, the report said.")
    c = with_words(claims_of(text), "scheduled to stand trial")
    assert c.speaker_ref is not None and "Varnbote" in c.speaker_ref.text


def test_a_statement_named_by_the_kind_of_the_body_that_just_spoke_is_its(claims_of: Claims) -> None:
    text = ("LESK - Ostria has arrested 22 people over the attack on a parade, the Defence Ministry was quoted as "
            "saying on Monday.\n\n"
            '"Some 22 people involved in the attack in Tarsk have been identified and arrested," a ministry statement '
            "said.")
    c = with_words(claims_of(text), "have been identified")
    assert c.speaker_ref is not None and "Defence Ministry" in c.speaker_ref.text


def test_a_statement_of_another_kind_of_body_is_not_the_last_speakers(claims_of: Claims) -> None:
    text = ("LESK - Ostria has arrested 22 people over the attack on a parade, the Defence Ministry was quoted as "
            "saying on Monday.\n\n"
            '"Some 22 people involved in the attack in Tarsk have been identified and arrested," an army statement '
            "said.")
    c = with_words(claims_of(text), "have been identified")
    assert c.speaker_ref is None or "Ministry" not in c.speaker_ref.text


def test_quotes_straight_single_marks_closed_after_their_punctuation() -> None:
    text = ("'Had we rung the bells that night, we're afraid that people would have gone uphill into the "
            "flood,' Orvo Lind said.\nThe students' union met at the '90s hall. 'Fine,' she said.\n"
            "The family lawyer said: 'We do not know her and she is not connected to the family.'")
    inner = [text[q.inner_start:q.inner_end] for q in find_quotes(text)]
    # the apostrophes of "we're", "students'", "'90s" open or close nothing; a one-word quotation is no statement
    assert inner == ["Had we rung the bells that night, we're afraid that people would have gone uphill into the "
                     "flood,", "We do not know her and she is not connected to the family."]


def test_claim_straight_single_quote_is_one_direct_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    text = ("Lind defended the agency at a press conference held by the governor.\n\n'Had we rung the bells that "
            "night, we're afraid that people would have gone up the valley [toward the dam] and if that was the "
            "case, then they would have walked into the flood,' he said.")
    c = with_words(claims_of(text), "walked into the flood")
    assert c.direct_quote and c.content.startswith("Had we rung the bells")
