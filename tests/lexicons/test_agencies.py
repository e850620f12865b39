from storyline.fuse.corroboration import agency
from storyline.ingest.clean import clean_text
from storyline.lexicons import agencies


def test_agencies_every_full_name_is_listed() -> None:
    for full, short in agencies.FULL_NAMES.items():
        assert full in agencies.AGENCIES and short in agencies.AGENCIES


def test_agencies_credit_at_ingest_counts_as_wire_in_corroboration() -> None:
    # one list: whatever ingest records as a credit, corroboration reads as the same agency
    for name in agencies.AGENCIES:
        cleaned = clean_text(f"The minister spoke on Monday about the talks.\n\n–{name}")
        assert cleaned.credit is not None, name
        assert agency(cleaned.credit) == agencies.canonical(name), name


def test_agencies_generic_credit_is_no_agency() -> None:
    cleaned = clean_text("The minister spoke on Monday about the talks.\n\n(Agencies)")
    assert cleaned.credit == "Agencies"
    assert agency(cleaned.credit) is None


def test_agencies_short_name_gives_signatures_and_the_short_forms_the_press_uses() -> None:
    assert agencies.short_name("Associated Press") == "AP"
    assert agencies.short_name("RIA Novosti") == "RIA"
    assert agencies.canonical("RIA Novosti") == "RIA Novosti"  # no credit reads "(RIA)": ingest keeps the name
    assert agencies.short_name("Velmor Daily") == "Velmor Daily"
