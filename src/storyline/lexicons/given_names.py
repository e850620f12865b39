"""Short forms of English given names (hypocorisms: "Bill" for William, "Mo" for Maurice; general, used by names).

A person written "Bob X" in one article and "Robert X" in another is one person: :data:`SHORT_FORMS` maps
each common short form (lower case) to the full given names it stands for: the usual English ones, and a
few Russian ones English coverage also prints ("Sasha", "Dima"). It names no particular person. "Al" stays
out (the Arabic article "al"); the others only ever match a whole name token by token.
"""

from __future__ import annotations


def _table(text: str) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in text.strip().splitlines():
        short, _, full = line.partition(":")
        for s in short.split():
            out[s] = out.get(s, frozenset()) | frozenset(full.split())
    return out


#: short form -> the full given names it stands for
SHORT_FORMS: dict[str, frozenset[str]] = _table("""
abe: abraham
alex: alexander alexandra alexei alexey aleksandr
andy drew: andrew
barb: barbara
ben benji: benjamin
bernie: bernard
beth liz lizzie betty: elizabeth
bill billy will willy: william
bob bobby rob robbie: robert
cathy kate katie: catherine katherine kathryn
charlie chuck: charles
chris: christopher christine christina
dan danny: daniel
dave: david
dick rick ricky rich: richard
don: donald
doug: douglas
ed eddie ted teddy: edward
fred freddie: frederick
gabe: gabriel
greg: gregory
hank harry: henry
jack johnny: john
jake: jacob
jeff: jeffrey geoffrey
jerry: gerald jerome
jim jimmy: james
joe joey: joseph
jon: jonathan
ken kenny: kenneth
larry: lawrence laurence
matt: matthew
meg peggy maggie: margaret
mike mick mickey: michael
mo: maurice morris mohammed mohamed muhammad
nate: nathan nathaniel
nick: nicholas nikolai
pat: patrick patricia
pete: peter
phil: philip phillip
ron ronnie: ronald
russ: russell
sam sammy: samuel samantha
sandy: alexandra sandra
steve: steven stephen
sue susie: susan
ted: theodore
tim: timothy
tom tommy: thomas
tony: anthony antonio
vince: vincent
walt: walter
zach: zachary
sasha: alexander aleksandr alexandra
dima: dmitry dmitri
kolya: nikolai
volodya: vladimir
misha: mikhail
""")


def short_form_of(a: str, b: str) -> bool:
    """Is one lower-case given name a short form of the other ("bob" / "robert")?"""
    return b in SHORT_FORMS.get(a, ()) or a in SHORT_FORMS.get(b, ())
