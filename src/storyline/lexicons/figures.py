"""Words of figure tables: the labels and units of a results table's rows ("Shr 34 cts vs 1.19 dlrs", "Avg shrs
51.7 mln vs 43.4 mln", "Revs 291.8 mln vs 151.1 mln", "Qtly div 35 cts vs 35 cts prior") and of a statistics list
("Wheat prev 39.9, Feb 48.7, Mar 13.2, total 111.8"), and the words that set one figure against another in a row.

A table row is set in abbreviations a reader knows (share, average, revenues, operating, quarter, dividend) and
the model reads as names: "cts" an organization, "Avg" a person. A name found in a table row whose every word is
one of these (or a figure, or a word in lower case) is none (analyze/tables.py). General English abbreviations of
business and statistics tables; nothing here is about a story.
"""

from __future__ import annotations

from storyline.lexicons.calendar_words import MONTHS

#: abbreviations of a table's row labels ("Shr", "Avg shrs", "Revs", "Oper", "Qtly div", "Nine mths")
LABEL_ABBREVIATIONS = frozenset({
    "shr", "shrs", "avg", "revs", "rev", "oper", "qtr", "qtrs", "qtly", "mthly", "mth", "mths", "div", "divs", "yr",
    "yrs", "prev", "ytd", "tot", "extraord",
})
#: abbreviations of the units a figure is given in ("34 cts", "1.19 dlrs", "51.7 mln", "4.27 pct")
UNIT_ABBREVIATIONS = frozenset({"ct", "cts", "dlr", "dlrs", "mln", "mlns", "bln", "pct", "stg"})
#: row labels of results and statistics tables, abbreviated and whole, lower case
ROW_LABELS = LABEL_ABBREVIATIONS | frozenset({
    "average", "net", "revenue", "revenues", "operating", "quarter", "quarterly", "monthly", "dividend", "sales",
    "profit", "loss", "income", "earnings", "assets", "deposits", "loans", "shares", "prior", "total", "annual",
    "semi", "final", "interim", "pretax", "extraordinary", "gain", "turnover", "pay", "payable", "record", "note",
    "nil", "vs", "versus",
})
#: units a figure is given in, abbreviated and whole, lower case
UNITS = UNIT_ABBREVIATIONS | frozenset({
    "cent", "cents", "dollar", "dollars", "billion", "million", "pence", "yen", "francs", "marks", "lire", "guilders",
    "won", "pesos", "tonnes", "tons", "bags",
})
#: the abbreviations of tables, which no prose uses as a word of its own: never a story's label
ABBREVIATIONS = LABEL_ABBREVIATIONS | UNIT_ABBREVIATIONS | frozenset({"vs"})
#: month names and their abbreviations, as a statistics list gives them ("Feb 48.7, Mar 13.2, May nil")
MONTH_WORDS = frozenset(MONTHS)
#: every word a table row's label or unit may be (a name made only of these, figures and lower-case words is none)
TABLE_WORDS = ROW_LABELS | UNITS | MONTH_WORDS
#: words that set one figure against another in a row ("34 cts vs 1.19 dlrs", "Barnsley v Leeds 2 1"); not
#: "against", which prose uses as often ("fired 3 shells against the post", "5.93 mln against 5.81 a year ago")
VERSUS = frozenset({"vs", "vs.", "v", "v.", "versus"})
