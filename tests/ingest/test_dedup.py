"""Exact and near duplicates are kept and marked copy_of their original; different texts are not."""

from __future__ import annotations

from storyline.ingest import Deduplicator
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
