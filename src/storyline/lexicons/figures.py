"""Words of figure tables: the labels and units of a results table's rows ("Shr 34 cts vs 1.19 dlrs", "Avg shrs
51.7 mln vs 43.4 mln", "Revs 291.8 mln vs 151.1 mln", "Qtly div 35 cts vs 35 cts prior") and of a statistics list
("Wheat prev 39.9, Feb 48.7, Mar 13.2, total 111.8"), and the words that set one figure against another in a row.

A table row is set in abbreviations a reader knows (share, average, revenues, operating, quarter, dividend) and
the model reads as names: "cts" an organization, "Avg" a person. A name found in a table row whose every word is
one of these (or a figure, or a word in lower case) is none (analyze/tables.py). General English abbreviations of
business and statistics tables; nothing here is about a story.
"""

from __future__ import annotations

#: row labels of results and statistics tables, abbreviated and whole, lower case
ROW_LABELS = frozenset({
    "shr", "shrs", "avg", "average", "net", "revs", "rev", "revenue", "revenues", "oper", "operating", "qtr", "qtrs",
    "quarter", "qtly", "quarterly", "mthly", "monthly", "mth", "mths", "div", "divs", "dividend", "yr", "yrs",
    "sales", "profit", "loss", "income", "earnings", "assets", "deposits", "loans", "shares", "prev", "prior",
    "total", "tot", "ytd", "annual", "semi", "final", "interim", "pretax", "extraord", "extraordinary", "gain",
    "turnover", "pay", "payable", "record", "note", "nil", "vs", "versus",
})
#: units a figure is given in ("34 cts", "1.19 dlrs", "51.7 mln", "4.27 pct"), lower case
UNITS = frozenset({
    "ct", "cts", "cent", "cents", "dlr", "dlrs", "dollar", "dollars", "mln", "mlns", "bln", "billion", "million",
    "pct", "pence", "stg", "yen", "francs", "marks", "lire", "guilders", "won", "pesos", "tonnes", "tons", "bags",
})
#: month names as a statistics list abbreviates them ("Feb 48.7, Mar 13.2, May nil")
MONTH_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
#: every word a table row's label or unit may be (a name made only of these, figures and lower-case words is none)
TABLE_WORDS = ROW_LABELS | UNITS | MONTH_ABBREVIATIONS
#: words that set one figure against another in a row ("34 cts vs 1.19 dlrs", "Barnsley v Leeds 2 1"); not
#: "against", which prose uses as often ("fired 3 shells against the post", "5.93 mln against 5.81 a year ago")
VERSUS = frozenset({"vs", "vs.", "v", "v.", "versus"})
