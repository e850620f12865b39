"""Page furniture by the form of a line in its page (ingest/line_form), through clean_text as the product runs it."""

from __future__ import annotations

import pytest

from storyline.ingest import line_form
from storyline.ingest.clean import clean_text

P1 = "The council of Port Ammerin voted on Monday to reopen the northern locks after the storm."
P2 = "Guild elders said the vote came too late for the spring harvest, and asked for a second count."
P3 = "The keepers will open the first gate on Thursday, a week later than the guild had asked for."
HEAD = "Port Ammerin votes to reopen northern locks"


def test_line_form_model_file_matches_the_features() -> None:
    model = line_form.model()
    assert len(model.weights) == len(model.headline_weights) == len(line_form.FEATURES)
    assert 0.5 <= model.threshold < 1.0


@pytest.mark.parametrize("label", ["Harbour Courier", "THE LOCK GAZETTE", "Coastal Desk Online"])
def test_line_form_a_sites_name_over_the_headline_goes(label: str) -> None:
    cleaned = clean_text(f"{label}\n{HEAD}\n{P1}\n{P2}\n{P3}")
    assert cleaned.text == f"{HEAD}\n{P1}\n{P2}\n{P3}" and label in cleaned.removed


@pytest.mark.parametrize("label", ["Panel Tools", "Jump Down", "Κοινοποίηση άρθρου"])
def test_line_form_a_widgets_label_under_the_text_goes(label: str) -> None:
    cleaned = clean_text(f"{HEAD}\n{P1}\n{P2}\n{P3}\n{label}")
    assert cleaned.text == f"{HEAD}\n{P1}\n{P2}\n{P3}"


def test_line_form_a_label_with_a_colon_inside_the_text_goes() -> None:
    cleaned = clean_text(f"{HEAD}\n{P1}\nLetter size:\n{P2}\n{P3}")
    assert cleaned.text == f"{HEAD}\n{P1}\n{P2}\n{P3}"


@pytest.mark.parametrize("line", [
    "Keepers return to the northern locks",  # a subheading inside the text
    "The vote stands.",  # a one-line paragraph
    "\u201cWe stay,\u201d she said",  # a quote that lost its stop
    "Ana Vell",  # a name alone inside the text (left to the rules)
    "Sarn Lesk",  # two words with no mark of furniture inside the text
])
def test_line_form_lines_of_the_text_stay(line: str) -> None:
    text = f"{HEAD}\n{P1}\n{line}\n{P2}\n{P3}"
    assert clean_text(text).text == text


def test_line_form_a_wrapped_text_a_table_and_a_list_stay() -> None:
    wrapped = (f"{HEAD}\n{P1}\nThe elders met the keepers on Monday and the locks are\nexpected to open by the end of "
               f"the\nmonth, the guild said.\n{P2}")
    assert clean_text(wrapped).text == wrapped
    table = f"{HEAD}\n{P1}\nGrain by port\nSarn    1,200\nLesk    1,450\n{P2}"
    assert clean_text(table).text == table
    listed = f"{HEAD}\n{P1}\nThe guild asked for:\n- a second count\n- new gates\n{P2}"
    assert clean_text(listed).text == listed


def test_line_form_a_page_without_sentences_is_left_alone() -> None:
    text = "Harbour Courier\nLocks reopen at Sarn\nGate times for the week"
    assert clean_text(text).text == text


def test_line_form_the_records_headline_stays_whatever_its_form() -> None:
    short = "Locks Open"
    # the form model never takes the record's headline; the line leaves the text as the title's copy, once
    cleaned = clean_text(f"{short}\n{P1}\n{P2}", title=short)
    assert (cleaned.text, cleaned.removed) == (f"{P1}\n{P2}", (short,))
    assert line_form.furniture([short, P1, P2], keep=frozenset({0})) == []


def test_line_form_a_short_headline_over_a_standfirst_stays() -> None:
    head, standfirst = "Keepers strike at Sarn", "Barges wait at the gates of the harbour for a third day"
    cleaned = clean_text(f"Harbour Courier\n{head}\n{standfirst}\n{P1}\n{P2}\n{P3}")
    assert cleaned.text == f"{head}\n{standfirst}\n{P1}\n{P2}\n{P3}"


@pytest.mark.parametrize("line", ["AFP reports:", "Xinhua reported:", "Reuters writes:"])
def test_lead_in_to_a_quoted_passage_is_never_taken(line: str) -> None:
    assert line_form._protected(line)


def test_a_label_with_a_colon_may_be_taken() -> None:
    assert not line_form._protected("Letter size:")


def test_question_on_the_first_line_is_the_headline_though_it_says_you() -> None:
    head = "Are you ready for the storm season on the river?"
    assert 0 in line_form.headlines([head, P1, P2, P3])
    assert clean_text(f"{head}\n{P1}\n{P2}\n{P3}").text.startswith(head)
    # a prompt under the text is no headline
    assert 3 not in line_form.headlines([P1, P2, P3, "Do you have a story about the locks?"])


_P1 = "The council of Port Ammerin voted on Monday to reopen the northern locks."
_P2 = "Guild elders said the vote came too late for the spring harvest."


def test_line_form_a_link_the_page_lists_twice_goes_its_quote_marks_notwithstanding() -> None:
    link = "Harbour Master’s ‘New’ Plan – Bluff or Offer?"
    assert clean_text(f"Locks reopen after vote\n{_P1}\n{_P2}\n{link}\nOther Topics\n{link}").text == \
        f"Locks reopen after vote\n{_P1}\n{_P2}"


def test_line_form_a_slogan_in_title_case_goes_a_short_sentence_stays() -> None:
    assert clean_text(f"Locks reopen after vote\n{_P1}\n{_P2}\nNever Miss a Beat.").text == \
        f"Locks reopen after vote\n{_P1}\n{_P2}"
    for line in ("He was 54.", "Ana Vell met Teo Brand."):
        assert clean_text(f"Locks reopen after vote\n{_P1}\n{_P2}\n{line}").text.endswith(line)
    # inside the text a line in title case is a subheading; at a fixed width, a name wrapped under its initial
    for page in (f"Locks reopen after vote\n{_P1}\nSarn: Hold the Coast.\n{_P2}",
                 f"{_P1}\nThe issue is offered through Ana J.\nL. Vell and Co.",
                 f"{_P1}\n{_P2}\nHarbour Industries Ltd of the U.K.\nsaid its shares rose."):
        assert clean_text(page).text == page


def test_line_form_features_fold_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a line's folded form counts its repeats on the page and tells whether it is one of them: made once
    calls: list[str] = []
    fold = line_form._fold

    def counted(line: str) -> str:
        calls.append(line)
        return fold(line)

    monkeypatch.setattr(line_form, "_fold", counted)
    lines = ["Harbour Ledger", "", "The guild of Sarn reopened the northern lock on Monday, its keepers said.",
             "Share this:", "Harbour Ledger"]
    vectors = line_form.features(lines)
    assert len(calls) == 4
    repeated = line_form.FEATURES.index("repeated")
    assert [v[repeated] for v in vectors] == [1.0, 0.0, 0.0, 0.0, 1.0]


def test_line_form_features_of_quoted_and_unquoted_lines() -> None:
    # the words outside quotation marks decide the first and second person; an ascii page is Latin throughout
    lines = ["\"We will reopen the lock,\" the keeper of Sarn said on Monday, pointing at the quay.",
             "The keeper told us the lock of Sarn would reopen on Monday after the floods.",
             "Спасибо за внимание"]
    vectors = line_form.features(lines)
    person = line_form.FEATURES.index("first_second_person")
    other = line_form.FEATURES.index("other_script")
    assert [v[person] for v in vectors] == [0.0, 1.0, 0.0]
    assert [v[other] for v in vectors] == [0.0, 0.0, 1.0]
    assert line_form._latin_share("plain ascii, 42") == 1.0 and line_form._latin_share("Sarn Спасибо") < 0.5
