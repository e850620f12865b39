"""Exact and near duplicates are kept and marked copy_of their original; different texts are not."""

from __future__ import annotations

from storyline.ingest import Deduplicator
from storyline.ingest.dedup import containment, lead, sample, shingles
from storyline.model import Article

ORIGINAL = (
    "The lock keepers of Port Ammerin ended their strike on Thursday after the council agreed to hire twelve more "
    "keepers for the northern locks, a spokesman for the keepers said. The strike had closed the river to barges "
    "for nine days and left grain rotting on the quays of the lower town. Council member Ilse Marrow said the new "
    "keepers would start work before the end of the month and that the locks would reopen on Saturday morning. "
    "Guild elders welcomed the deal but warned that the harbour fees agreed last year were still too high for "
    "small traders, and said they would raise the matter at the next session of the council in June."
)
COPY = ORIGINAL.replace("The lock keepers of Port Ammerin", "Lock keepers in Port Ammerin") + " –VNA"
OTHER = (
    "Heavy rain flooded the lower town of Port Ammerin overnight, and the fire brigade evacuated forty families "
    "from houses near the quays. The council opened the guild hall as a shelter and asked residents to avoid the "
    "river road until the water falls. A spokeswoman for the brigade said no one had been hurt but that several "
    "barges had broken loose from their moorings and drifted towards the northern locks before being secured."
)


def art(id: str, text: str, **kw: object) -> Article:
    return Article(id=id, text=text, **kw)  # type: ignore[arg-type]


def test_dedup_exact_copy_marked() -> None:
    dedup = Deduplicator(0.8)
    assert dedup.add(art("a", ORIGINAL)).copy_of is None
    assert dedup.add(art("b", ORIGINAL.upper())).copy_of == "a"  # case and punctuation do not matter


def test_dedup_near_copy_marked_and_kept() -> None:
    dedup = Deduplicator(0.8)
    dedup.add(art("a", ORIGINAL))
    copy = dedup.add(art("b", COPY, outlet="Harbour Courier"))
    assert copy.copy_of == "a"
    assert copy.text == COPY and copy.outlet == "Harbour Courier"  # nothing else changes


def test_dedup_different_text_not_marked() -> None:
    dedup = Deduplicator(0.8)
    dedup.add(art("a", ORIGINAL))
    assert dedup.add(art("c", OTHER)).copy_of is None


def test_dedup_copy_of_copy_points_to_first_original() -> None:
    dedup = Deduplicator(0.8)
    dedup.add(art("a", ORIGINAL))
    dedup.add(art("b", COPY))
    assert dedup.add(art("c", COPY + " The keepers thanked the guilds.")).copy_of == "a"


def test_dedup_seeded_with_stored_articles() -> None:
    stored = [art("a", ORIGINAL), art("b", COPY, copy_of="a"), art("c", OTHER)]
    dedup = Deduplicator.from_articles(stored, threshold=0.8)
    assert "b" in dedup
    assert dedup.add(art("d", COPY.replace("Saturday", "Sunday"))).copy_of == "a"
    assert dedup.add(art("a", ORIGINAL)).copy_of is None  # re-adding a stored original changes nothing


def test_dedup_threshold_respected() -> None:
    half = ORIGINAL[: len(ORIGINAL) // 2] + " " + OTHER
    dedup = Deduplicator(0.8)
    dedup.add(art("a", ORIGINAL))
    assert dedup.add(art("h", half)).copy_of is None


WIRE = (
    "HARBOUR CITY, March 3 - Port Ammerin's council voted on Monday to close the old ferry pier after engineers "
    "found that storms had cracked two of its pylons, the council's harbour committee said in a statement.\n"
    "The pier, built in 1911, carried about four hundred passengers a day to the islands of the outer bay. "
    "Ferries will use the cargo quay until a temporary landing is ready, which the committee expects in May.\n"
    "Committee chair Odile Brand said the decision had been hard but that the engineers' report left no choice. "
    "\"We cannot ask people to stand on a structure that may not hold them,\" she said.\n"
    "Island residents' groups said the cargo quay was a long walk from the bus station and asked the council "
    "to run a shuttle. The council said it would consider the request at its next meeting.\n"
    "The engineers recommended rebuilding the pier on new foundations, which would cost about twelve million "
    "crowns and take two years. The council has not said how it would pay for the work.\n"
    "The pier was last repaired in 1987, after a ship struck it in fog. It is listed as a historic structure, "
    "so any new design must be approved by the heritage board."
)
QUOTE = ("\"We cannot ask people to stand on a structure that may not hold them, and we will not pretend that "
         "the report says anything else than what it says: the pier is no longer safe for passengers or crew,\" "
         "said committee chair Odile Brand.")


def test_dedup_trimmed_wire_copy_is_a_copy() -> None:
    # a reprint cut after its first two paragraphs, under a headline and a date line of its own
    trimmed = "Old ferry pier to close\n12 Shares\nMarch 3, 2031\n" + "\n".join(WIRE.split("\n")[:2])
    dedup = Deduplicator(0.8)
    dedup.add(art("wire", WIRE))
    copy = dedup.add(art("short", trimmed))
    assert copy.copy_of == "wire"
    # and the other way round: the full story after the trimmed one is a copy of it
    other = Deduplicator(0.8)
    other.add(art("short", trimmed))
    assert other.add(art("wire", WIRE)).copy_of == "short"


def test_dedup_articles_sharing_a_quoted_paragraph_are_not_copies() -> None:
    one = ("Port Ammerin will close its old ferry pier, the council decided on Monday, after engineers found "
           "cracked pylons.\n" + QUOTE + "\nFerry operators said they would lose money on the longer route to the "
           "cargo quay and asked for a lower harbour fee until the pier reopens. The council did not reply.")
    two = ("Islanders crowded the town hall on Tuesday to protest against the closure of the old ferry pier, "
           "which the council ordered a day earlier.\n" + QUOTE + "\nMany said they had not been told about the "
           "engineers' report and that the cargo quay was too far from the bus station for the elderly. "
           "A petition for a shuttle bus gathered eight hundred names by the evening.")
    dedup = Deduplicator(0.8)
    dedup.add(art("a", one))
    assert dedup.add(art("b", two)).copy_of is None


def test_dedup_containment_estimate() -> None:
    whole = sample(shingles(WIRE))
    first = sample(shingles("\n".join(WIRE.split("\n")[:3])))
    assert containment(first, whole) is not None and containment(first, whole) >= 0.95  # type: ignore[operator]
    assert containment(sample(shingles("Too short to judge.")), whole) is None
    unrelated = sample(shingles(OTHER + " " + ORIGINAL))
    got = containment(unrelated, whole)
    assert got is not None and got < 0.2


def test_dedup_lead_skips_headline_lines() -> None:
    assert lead("Pier to close\nMarch 3\nThe council voted on Monday. More follows.", words=4) == "The council voted on"
