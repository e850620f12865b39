"""The Reuters-21578 reader: the corpus's own markup is not the article's words."""

from __future__ import annotations

from pathlib import Path

from benchmarks.reuters import iter_reuters

SGML = ('<REUTERS TOPICS="NO" NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT>'
        "<TITLE>VALDOR MINING &lt;VMC> TO FORM FINANCE UNIT</TITLE><BODY>&lt;Valdor Mining\nCorp> said it will form "
        "a finance unit with Orsk Holdings Plc &lt;ORH.L>, which owns 5 &lt; 6 pct of it.\n Reuter\n&#3;</BODY>"
        "</TEXT></REUTERS>")


def test_company_marks_leave_their_names(tmp_path: Path) -> None:
    (tmp_path / "reut2-000.sgm").write_bytes(SGML.encode("latin-1"))
    (rec,) = list(iter_reuters(tmp_path))
    assert rec["title"] == "VALDOR MINING VMC TO FORM FINANCE UNIT"
    assert rec["text"] == ("Valdor Mining Corp said it will form a finance unit with Orsk Holdings Plc ORH.L, "
                           "which owns 5 < 6 pct of it.")
    assert (rec["id"], rec["published"]) == ("reuters-7", "1987-02-26")
