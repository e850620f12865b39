"""General lexicons for names: personal titles and ranks, role nouns, organization and place words.

Nothing here names a particular person, group or place; these are the words
English news uses around names everywhere ("Lt Gen", "Defence Minister",
"the envoy", "... Party", "... province").
"""

from __future__ import annotations

import re

from storyline.lexicons.speech import ACTOR_VERBS
from storyline.regex_prefilter import prefiltered


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


#: words that head a title or rank written before a name ("Ambassador X", "Lt Gen X", "Mullah X"), and the
#: capitalized descriptions quotes put before a bystander's name ("Witness X Y", "Resident X Y")
TITLE_HEADS = words("""
Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Madam Madame Monsieur Herr Frau Senor Senora
President Premier Chancellor Minister Secretary Ambassador Envoy Representative Senator Sen Rep Congressman
Congresswoman Governor Gov Mayor Judge Justice Magistrate Prosecutor Ombudsman
Commissioner Councillor Councilman Councilwoman
Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chairperson Director Adviser Advisor Assistant Attache
Consul Counsellor Speaker Deputy Leader Commander Chief Officer Inspector Superintendent Constable Sheriff
Gen General Lt Lieut Lieutenant Col Colonel Maj Major Brig Brigadier Capt Captain Cmdr Commodore Adm Admiral
Marshal Sgt Sergeant Cpl Corporal Pvt Cdr
King Queen Prince Princess Emperor Empress Sheikh Shaikh Sheik Shaykh Emir Sultan Maharaja Rajah Nawab
Mullah Mulla Maulvi Mawlawi Mawlavi Maulana Mufti Imam Ayatollah Hojatoleslam Haji Hajji Pir Syedna
Pope Cardinal Archbishop Bishop Rabbi Reverend Rev Father Pastor Patriarch
Witness Eyewitness Survivor Resident Villager
""")

#: words that only form a title together with a following head ("Prime Minister", "Defence Minister")
TITLE_MODIFIERS = words("""
First Prime Vice Deputy Acting Interim Caretaker Foreign Defence Defense Interior Home Finance Information Federal
Provincial State Special Senior Chief Supreme Former Ex Crown Assistant Under Associate Executive Managing
Director Secretary Inspector Attorney Solicitor Surgeon Lieutenant Major Brigadier Air Field Rear Vice Staff
Education Health Trade Commerce Energy Justice Labour Labor Culture Agriculture Economy Economic Petroleum Water
Planning Religious Railways Communications Transport Aviation Maritime Foreign-Affairs Security Intelligence
Army Navy Naval Military National General Joint Permanent High Regional District Police Grand Wing Squadron
Lance Metropolitan
""")

#: military ranks' abbreviations, written with or without a full stop ("Lt. Gen." / "Lt Gen")
RANK_ABBREVIATIONS = words("Gen Lt Lieut Col Maj Brig Capt Cmdr Adm Sgt Cpl Pvt Cdr")
#: offices written as initials ("the company CEO", "a party MP", "<Country> PM X"): a person's office, never a body's
#: acronym
OFFICE_INITIALS = words("CEO CFO COO CTO CIO CMO MP MEP MLA MPP PM")
#: abbreviations written with or without a full stop
_ABBREVIATED = words("Mr Mrs Ms Dr Prof Sen Rep Gov Rev") | RANK_ABBREVIATIONS

#: lowercase heads of role phrases ("special envoy to X", "the spokesman of X", "acting foreign minister")
ROLE_HEADS = words("""
president premier chancellor minister secretary ambassador envoy representative senator governor mayor judge
justice prosecutor commissioner spokesman spokeswoman spokesperson chair chairman chairwoman chairperson director
adviser advisor assistant consul speaker deputy leader commander chief officer head general lieutenant colonel major
brigadier captain admiral marshal king queen prince princess emir sultan cleric mullah imam founder lady
ceo coo cfo owner executive negotiator mediator correspondent editor analyst official diplomat attache
""")

#: doers whose attack is one of words when no weapon is told ("Western governments attacked the regime"):
#: governments, leaders, politicians, critics (analyze/events/mentions._verbal_attack)
SPEAKING_DOERS = words("""
government governments leader leaders minister ministers president premier chancellor politician politicians critic
critics opposition lawmaker lawmakers legislator legislators spokesman spokeswoman spokesperson senator senators
commentator commentators ministry
""")

#: nouns that, after "the", refer back to a person, an organization or a place (cheap definite descriptions)
NOMINAL_PERSON = words("""
envoy minister president premier spokesman spokeswoman spokesperson ambassador diplomat leader chief
chairman chairwoman governor mayor senator general commander official adviser advisor secretary chancellor
representative negotiator cleric prince king queen actor actress singer rapper musician star celebrity
player coach judge prosecutor lawyer attorney publicist executive founder host comedian producer author writer
journalist
reporter doctor surgeon pilot
""")
#: nouns news gives an unnamed person by what befell or what is said of them ("the victim", "a suspect"): a
#: person, but no office (the description rules do not resolve them by recency)
PARTICIPANT_NOUNS = words("victim suspect witness survivor hostage passenger detainee captive")
#: occupations and callings news writes in lower case right before a person's full name ("activist Ilse Varga",
#: "technician Orlan Vesk", "blogger Tae Min-soo"): no office, but only a person is named so after them
OCCUPATION_NOUNS = words("""
activist blogger technician engineer lawyer attorney journalist reporter photographer photojournalist doctor
surgeon nurse paramedic teacher student farmer fisherman businessman businesswoman entrepreneur poet novelist
artist painter economist scientist researcher professor academic dissident campaigner filmmaker footballer
""")
#: nouns news gives a person by where they stand towards another ("a staunch critic of X", "the foe of X"): a
#: person in apposition or as a predicate, but no office either
STANCE_NOUNS = words("critic foe opponent rival ally")
#: words of a role's title that set its holder against what the role is of ("a Valdoran opposition leader", "a
#: critic of the regime", "an exiled dissident"): the country or body named is whom they oppose, not whom they speak for
OPPOSING_TITLE_WORDS = words("opposition oppositionist dissident critic foe opponent rival exiled")
#: nouns that name people by their part in an act ("the planner of the attack", "a suspect in the bombing", "those
#: responsible for the blast", "the cell behind it"): the act is told to say who they are, not as news of its own
AUTHOR_NOUNS = words("planner mastermind perpetrator organizer organiser architect plotter ringleader suspect culprit "
                     "accomplice instigator responsible")
NOMINAL_ORG = words("group organization organisation outfit movement party militia faction network alliance "
                        "company firm ministry agency militants insurgents")
NOMINAL_PLACE = words("country city capital town province")

#: last words that make a name an organization ("... Party", "... Ministry", "... Tribune")
ORG_SUFFIXES = words("""
Inc Incorporated Corp Corporation Co Company Ltd Limited LLC PLC plc GmbH AG SA NV Group Holdings Bank Fund
Party Movement Front Alliance League Council Committee Commission Ministry Department Agency Bureau Office
Authority Board Institute Institution Foundation Association Society Organization Organisation
University College School Academy Army Navy Police Forces Force Corps Guard Guards Brigade Battalion Regiment
Court Parliament Assembly Senate Congress Cabinet Government Administration Service Services Network Tribune
Times Post Herald News Journal Gazette Telegraph Chronicle Express Observer Guardian Agency Press Radio TV
Television Channel Club United Airlines Airways Motor Motors Industries Systems Technologies Labs Laboratories
Hospital Clinic Centre Center Trust Survey Observatory Ministries
""")

#: words of newspaper names that say the body is one ("The Tolvar Ledger", "Valdora Gazette"), lower case
MASTHEAD_WORDS = words("""
times post herald gazette journal tribune telegraph ledger express chronicle courier observer guardian independent
mirror standard star sun daily news newspaper globe mail record sentinel inquirer examiner dispatch bulletin monitor
review
""")

#: transliterated words for "movement", "party", "army", "front", "assembly", "council", "organization"
#: that open the names of groups written in Arabic, Persian, Urdu, Pashto ("Jamaat-...", "Harakat ...",
#: "Lashkar-e-...", "Hizb ..."): a name that starts with one is a group, whatever the tagger says
#: (none that is also a common given name: "Ansar", "Hayat")
TRANSLITERATED_ORG_WORDS = words("""
jamaat jamat jamaa jamiat jamiyat jamiyyat tehreek tehrik tahreek tahrik tehrick harakat harkat harakah haraka
hizb hezb hizbul lashkar jaish jaysh jeish majlis majles sipah sepah sipahe tanzeem tanzim
ittehad ittihad etehad ettehad itehad mahaz jabhat jabha jebhe tahaluf tahalof
""")

#: last words that name the same organization as the name without them ("X Inc" = "X", "X Party" = "X");
#: not bodies of an organization or place ("X Ministry", "X Police", "X Council" are other bodies)
SAME_ORG_SUFFIXES = words("""
Inc Incorporated Corp Corporation Co Company Ltd Limited LLC PLC plc GmbH AG SA NV Group Holdings Party Movement
Airlines Airways Motor Motors Industries Systems Technologies Labs Laboratories Society International Worldwide
""")

#: last words of an organization's kind that the press drops once the organization is named ("X Agency" / "X",
#: "X Research" / "X", "X Capital" / "X"): the same organization, but only between two names tagged organizations
#: (not a people's word: "Xan" / "Xan Agency"), and only where the short form fits no other name of the story
SHORTENED_ORG_WORDS = words("Agency Research Capital Partners Ventures")

#: a company's legal form, written in full, short or not at all ("X Company", "X Co", "X Co. Ltd"): which company a
#: name means does not hang on it
LEGAL_FORMS = words("""
Inc Incorporated Corp Corporation Co Company Ltd Limited LLC PLC plc GmbH AG SA NV
""")

#: organization words strong enough to override a PERSON tag ("Jim Press" keeps being a person)
STRONG_ORG_SUFFIXES = words("""
Inc Incorporated Corp Corporation Ltd Limited LLC PLC plc GmbH Holdings Party Ministry Department Committee
Council Commission Institute Institution Foundation Association Organization Organisation University Agency
Bureau Authority Federation Parliament Assembly Ministries
""")

#: lowercase nouns after a name that make the name a place ("X police", "X province", "X city")
PLACE_FOLLOWERS = words("police province city district region valley town village county state capital "
                            "governorate prefecture municipality airport border tribal area neighborhood "
                            "neighbourhood suburb")

#: words that open a named weather event ("Storm X", "Cyclone X", "Hurricane X"); lower case before a name too
STORM_WORDS = words("Storm Cyclone Hurricane Typhoon storm cyclone hurricane typhoon")
#: last words of a building's name ("X Mosque", "X Cathedral"): a facility, not a person or an organization
BUILDING_WORDS = words("""Mosque Church Cathedral Temple Shrine Synagogue Stadium Arena Bridge Dam Palace Square Tower
Airport Prison Monastery Basilica Chapel Mausoleum Hotel Gate Plaza Base Airbase Airfield Barracks mosque church
cathedral temple shrine synagogue airport hotel gate""")
#: the prefixes of ships' names ("USS X", "MV X"): the ship is X with or without it
SHIP_PREFIXES = words("""USS USNS HMS HMAS HMCS HMNZS INS PNS BNS SLNS KRI KD ROKS JS RFS TCG FS HNLMS HDMS MV MT
MY RMS SS NS""")
#: lower-case nouns that say the next name is an organization ("the band X", "the club X", "musical group X")
ORG_APPOSITION_NOUNS = words("band orchestra choir ensemble club team newspaper broadcaster")
#: lower-case nouns after an outlet's name that say what it is ("the X news agency", "the X newspaper"):
#: no part of its name, which other articles write alone
MEDIA_NOUNS = words("agency newspaper broadcaster channel daily weekly magazine tabloid website outlet")
#: what an outlet's name in capitals is followed by ("told XBC radio", "XTV television")
BROADCAST_NOUNS = words("radio television")
#: what an outlet in capitals is described as in apposition besides :data:`MEDIA_NOUNS` ("XB3, a private TV station")
BROADCAST_DESCRIPTIONS = words("radio television station network")
#: capitals before "radio" or "TV" that name a band, a kind of radio or the medium, no outlet ("FM radio", "TV
#: network")
RADIO_BANDS = words("AM FM HF VHF UHF DAB SW MW LW CB TV")

#: what makes "group" before a name a band ("the musical group X"), not an ethnic or armed group
MUSIC_WORDS = words("musical music rock pop folk punk metal")

#: lowercase nouns that make a name a facility or a body named after a place ("X airport", "X police")
FACILITY_WORDS = words("""
police airport airbase airfield port harbour harbor station stadium hospital clinic mosque church cathedral temple
shrine synagogue university college school academy madrasa madrassa bridge dam prison jail camp hotel market
bazaar square palace embassy consulate headquarters compound cantonment garrison base barracks court mall venue
theatre theater auditorium
""")

#: what only a state has: "X's embassy", "X's border" make X a state, not a person
STATE_NOUNS = words("""ministry embassy ambassador consulate army military parliament border borders capital territory
soil airspace minister""")
#: bodies that speak for their country's state ("Foreign Affairs Ministry of Peru", "the Chilean government");
#: several-word entries are matched as phrases
STATE_BODIES = ("ministry", "ministries", "minister", "government", "cabinet", "foreign office", "state department",
                "embassy", "high commission", "consulate", "president", "presidency", "prime minister", "premier",
                "chancellor", "kremlin", "white house", "armed forces", "army", "military", "navy")
#: words in the names of news outlets ("The Hindu Times", "Daily Star", "NewsX"): an outlet reports, it does not act
OUTLET_WORDS = ("News", "Times", "Post", "Herald", "Tribune", "Gazette", "Journal", "Daily", "Radio", "TV",
                "Television", "Broadcasting", "Media")
#: ministries of a state ("X's foreign minister"; "X's minister" alone could be a party's)
STATE_MINISTRIES = words("foreign interior defence defense home finance prime")
#: nouns for groups of people a nationality word qualifies ("X-an officials", "X-i border police")
GROUP_NOUNS = words("""official officer soldier troop force police guard newspaper medium government authority army
border citizen people national leader minister diplomat delegation team negotiator politician""")
#: endings of nationality words ("Valdoran", "Estmarki", "Ostravese", "Morvish")
DEMONYM_ENDINGS = ("an", "ian", "i", "ese", "ish")

#: words after a place's name that name the same place: its administrative unit or a natural feature named
#: after it ("X province", "X river"), not a body or a building ("X police", "X airport")
#: phrases that close the name of a local government's area, in lower case ("X Local Government Area", "X LGA"):
#: the whole name is a place, whatever the tagger read (no club or company is named so), and it names the place X
COUNCIL_AREA_PHRASES = (("local", "government", "area"), ("local", "government"), ("lga",))

PLACE_UNIT_WORDS = words("""province district region state county city town village governorate prefecture
municipality division tehsil oblast river lake valley valleys highlands hills mountains mountain sea bay desert
plain plains island islands coast""")

#: lower-case class nouns a name may carry as the head of its noun phrase ("the X river", "the X group"): the
#: name with its class noun is one mention of the named thing, with this label. Bodies and buildings ("X
#: police", "X airport") are other entities, not here; administrative units ("X province") the tagger mostly
#: takes in itself, and news annotation (CoNLL, OntoNotes) leaves a lower-case one out; "the X coast", "X
#: island" are mostly a part of the place X, not a feature named X.
CLASS_NOUNS: dict[str, str] = {
    **dict.fromkeys(words("""river lake valley highlands hills mountains sea bay desert plain plains gulf strait
    peninsula basin delta canal creek"""), "LOC"),
    "group": "ORG",
}
#: bodies written both ways ("Ministry of X" / "X Ministry", "Directorate of X" / "X Directorate"); alone, the one
#: body of a story whose name it ends ("the Directorate")
BODY_NAME_HEADS = words("ministry department council university directorate commission agency authority bureau "
                        "committee institute")

#: one ministry under its other common names, read as the last: a foreign ministry is called the "Foreign Office"
#: (and abbreviated "FO") in many countries, the "External Affairs Ministry" in others
BODY_SYNONYMS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("foreign", "office"): ("foreign", "ministry"),
    ("external", "ministry"): ("foreign", "ministry"),
    # a defence ministry's official name says "national" ("Ministry of National Defence"), its short name not
    ("national", "defence", "ministry"): ("defence", "ministry"),
    ("national", "defense", "ministry"): ("defense", "ministry"),
    # ... and a health ministry's often says "public" ("Ministry of Public Health"), its short name not
    ("public", "health", "ministry"): ("health", "ministry"),
}

#: words that open a natural feature's name ("River X", "Lake X", "Mount X"): the name is a location (LOC)
#: whatever the tagger called it, unless a building's or body's word ends it ("Lake X Hospital")
FEATURE_OPENERS = words("river lake mount mt")
#: ... and those that do so only with "of" ("Gulf of X", "Bay of X"; "Gulf X" may be an airline or a paper)
FEATURE_OF_OPENERS = words("gulf bay sea strait")

#: the labels of names that take each kind of class noun
CLASS_NOUN_TAKERS = {"LOC": frozenset({"GPE", "LOC"}), "ORG": frozenset({"ORG"})}

#: bodies news names without an article, meaning the one in the story ("police said", "army officers")
BARE_BODIES = words("police army military navy")

#: prepositions after which a bare name is read as a place ("in X", "near X")
LOCATION_PREPOSITIONS = words("in near across throughout outside inside around within")
#: prepositions before a name that say the name is a place: where something is ("in X", "near X", "at X") or
#: whence it comes ("from X")
PLACE_PREPOSITIONS = LOCATION_PREPOSITIONS | words("at from")
#: offices of a town's or a province's own ("X's mayor", "X's governor"): what owns one is a place
PLACE_OFFICES = words("mayor governor premier")

#: lower-case nouns that class a place ("the town of X", "the capital X", "X, a village in ..."): the name
#: they introduce or describe is a place, whatever the tagger said (an unfamiliar town reads as a person)
PLACE_CLASS_NOUNS = words("""town village city capital district province region county municipality suburb hamlet
settlement commune governorate prefecture oblast township island port enclave neighbourhood neighborhood area""")
#: compass words that, with "of", point at a place ("40 km east of X", "north of X")
COMPASS_WORDS = words("""north south east west northeast northwest southeast southwest north-east north-west
south-east south-west""")

def _inflections(lemmas: frozenset[str]) -> frozenset[str]:
    """Third-person and past forms of verbs ("warn" -> warns, warned; "deny" -> denies, denied)."""
    out = set()
    for v in lemmas:
        stem = v[:-1] + "i" if v.endswith("y") and v[-2:-1] not in "aeiou" else v
        out |= {stem + ("es" if v.endswith(("s", "sh", "ch", "x", "z", "y")) else "s"),
                stem + ("d" if v.endswith("e") else "ed")}
    return frozenset(out)


#: reporting and reaction verbs as headlines write them ("X Says", "<Group> Tells", "Y Slams"); inflected forms
#: only, and none that ends names ("United States", "Washington Post")
HEADLINE_VERBS = (_inflections(ACTOR_VERBS | words("""
slam blast vow rap lash kill wound injure climb reach attack mourn visit arrive quit resign hail mull eye seek""")
                   ) | words("says said tells told hits struck rose dies kills")) - words("""
states posts reports notes calls orders signs forces times""")

#: kicker words set before headlines ("BREAKING:", "EXCLUSIVE") that taggers read as names
KICKER_WORDS = words("""
BREAKING EXCLUSIVE WATCH VIDEO VIDEOS PHOTOS PHOTO PICTURES LIVE UPDATE UPDATED UPDATES OPINION ANALYSIS
EDITORIAL EXPLAINER EXPLAINED COMMENT REVIEW INTERVIEW FACTBOX TIMELINE FEATURE PODCAST LISTEN READ ALERT
URGENT FLASH DEVELOPING JUST IN
""")
#: kickers that name a kind of piece, which a site sets before a link to another piece between the paragraphs
#: ("Editorial: <title>", "Fact check: <title>"); kickers of urgency ("BREAKING", "UPDATE") head the text's own news
PIECE_KINDS = words("""
EDITORIAL OPINION ANALYSIS EXPLAINER COMMENT PODCAST INTERVIEW PROFILE REVIEW TIMELINE WATCH VIDEO PHOTOS LISTEN
""") | frozenset({"FACT CHECK"})

#: words a title-case headline leaves in lower case ("Death Toll in Blast Rises to 64")
SMALL_WORDS = words("a an the of in on at to for and or but nor by with from as into over per via vs is are")
#: the small words a title-case heading keeps in lower case ("Three Killed after Blast in Sarn")
HEADING_SMALL_WORDS = SMALL_WORDS | words("after off up out")

#: office nouns a description is built on (leader, official, actor... are not offices: left to coref)
OFFICE_HEADS = words("""
minister president premier spokesman spokeswoman spokesperson ambassador envoy governor mayor senator chancellor
secretary chairman chairwoman chairperson commander representative negotiator emir lady
prosecutor judge commissioner attorney collector
""")
#: offices a description names only with their owner ("the group's leader", "<Country>'s police chief", "the
#: company's chief executive"); alone ("the leader", "the chief") they are nominals the last fitting person takes
OWNED_OFFICE_HEADS = words("leader chief executive")
#: roles that speak for their organization ("the ministry's spokesman", "a spokeswoman for X"; claims: who speaks
#: for a body, fusion: a spokesperson's negation as the body's denial)
SPOKES_HEADS = words("spokesman spokeswoman spokesperson representative envoy")
#: words that say when or how, not which office ("the acting minister" is the minister)
DESCRIPTION_QUALIFIERS = words("""acting interim caretaker new current then outgoing incoming designate newly
appointed top main official late deceased slain assassinated murdered""")
#: owners written as a noun ("the group's spokesman"): what kind of entity they stand for
OWNER_NOUNS = {
    **dict.fromkeys(words("group movement organisation organization party militia outfit faction network"), "ORG"),
    **dict.fromkeys(words("ministry agency army government company firm"), "ORG"),
    **dict.fromkeys(words("country state nation province city"), "GPE"),
}
#: forms of address before a name, not roles ("Mr", "Dr", "Sheikh")
HONORIFICS = words("Mr Mrs Ms Miss Mx Dr Sir Dame Madam Madame Monsieur Herr Frau Senor Senora Sheik Sheikh Shaikh "
                   "Haji Hajji")

#: particles that join the parts of transliterated names ("X-e-Y", "bin X", "al-X", "X ul Y")
NAME_PARTICLES = words("e i ul ud ur ut us as al el ad ar az ash ad bin ibn bint ben abu")

#: words for a town's own government before "council" that name one body ("X City Council" is
#: "X municipal council" and "X Town Council")
LOCAL_COUNCIL_WORDS = words("city town municipal municipality borough")

#: determiners dropped from the front of a mention ("the United Nations" -> "United Nations")
DETERMINERS = ("the ", "The ", "THE ")


def _alt(words: frozenset[str]) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w)
        parts.append(esc + r"\.?" if w in _ABBREVIATED else esc)
    return "|".join(parts)


#: a title phrase: modifiers and heads, ending in a head ("Inter alia: "Lt Gen", "Prime Minister", "Dr.")
#: (prefiltered: the same matches, found 16 times faster, since only a capital can start one)
TITLE_PHRASE = prefiltered(
    rf"(?:(?:{_alt(TITLE_MODIFIERS | TITLE_HEADS)})[ \-])*(?:{_alt(TITLE_HEADS)})(?![\w\-])")


def is_title_word(word: str) -> bool:
    """True for a title head or modifier as written before names (case-sensitive, full stop allowed)."""
    w = word.rstrip(".")
    return w in TITLE_HEADS or w in TITLE_MODIFIERS


#: standard abbreviations of words inside names (gazetteer and postal usage): "Mt Cook" is "Mount Cook"
WORD_ABBREVIATIONS: dict[str, frozenset[str]] = {
    short: frozenset(full.split("|")) for short, full in (
        ("mt", "mount"), ("mtn", "mountain"), ("mts", "mountains"), ("st", "saint|street"), ("ste", "sainte"),
        ("ft", "fort"), ("pt", "point|port"), ("intl", "international"), ("natl", "national"),
        ("univ", "university"), ("dept", "department"), ("govt", "government"), ("assn", "association"),
        ("bros", "brothers"), ("corp", "corporation"), ("co", "company|county"), ("ltd", "limited"),
        ("inc", "incorporated"), ("pvt", "private"), ("ave", "avenue"),
        ("rd", "road"), ("hq", "headquarters"), ("inst", "institute"), ("gen", "general"))}

#: adverbs that qualify an alias phrase before a name's other name ("also known as", "better known as")
ALIAS_QUALIFIERS = words("also otherwise better commonly popularly widely")
#: adverbs that give a name's earlier form ("formerly Y", "previously known as Y", "once called Y")
FORMER_NAME_WORDS = words("formerly previously once originally")

#: nouns that head a phrase naming someone who can say something, besides the role, office, participant, group and
#: media words above, the gendered person words of ``pronouns``, the claims cues' source and institution heads and
#: the agent nouns :data:`AGENT_ENDINGS` tells: people by what they are ("a nurse", "a child"), bodies and their
#: parts ("the leadership", "the group's affiliate"), the press ("state television") and the vehicles bodies speak
#: through ("a readout", "the update")
OTHER_SPEAKER_HEADS = words("""
child family relative neighbour neighbor friend colleague rebel troop crew nurse medic staff
leadership branch wing affiliate arm unit cell house assembly senate congress panel tribunal board
state side camp bloc secretariat command headquarters
media press television tv radio station journal paper
readout update briefing announcement bulletin notice message
""")
#: endings of agent nouns, who does something ("firefighter", "survivor", "analyst", "militant", "resident",
#: "librarian", "volunteer", "employee"): a phrase headed by one names people
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "eer", "ee")

#: the people a state posts abroad: what a recall or a withdrawal of diplomats moves ("recalled its ambassador", "the
#: envoy was recalled", "withdrew its high commissioner"); "commissioner" counts with "high" before it only
DIPLOMATS = words("ambassador envoy diplomat consul attache attaché chargé charge emissary commissioner "
                  "ambassadors envoys diplomats consuls attaches")
#: titles of those who head a body and act through it: head of state or government, commander, leader of a group
#: ("President X announced that the government would ..."); a minister heads a ministry only ("prime" before
#: "minister" makes the head of government, which the caller checks)
HEAD_OF_BODY_TITLES = words("""
president premier chancellor king queen emir sultan monarch emperor leader chief commander head chairman chairwoman
chair mayor governor ruler dictator general boss warlord taoiseach shah
""")
#: nouns of bodies that act through their heads ("the government", "the army", "his fighters"), and the pronouns
#: a body speaks of itself with
ACTING_BODY_NOUNS = words("""
government cabinet administration state authority authorities regime junta ministry army military police force
forces troops soldiers fighters men members party gang group militia movement council country nation city
municipality province region coalition alliance company firm board navy guard guards security officials we they
""")

#: nouns that say an organization is one by its kind ("the studio", "tanker owner X" as "shipowner")
ORG_KIND_NOUNS = words("""studio giant conglomerate insurer lender manufacturer automaker carmaker retailer shipowner
airline gang""")
#: nouns that say a place is a state ("the nation", "the regime", "the kingdom")
STATE_KIND_NOUNS = words("nation regime kingdom republic territory emirate")
#: nouns of a ship ("the tanker X", "X, a British-flagged vessel")
VESSEL_NOUNS = words("tanker ship vessel freighter ferry boat yacht trawler warship")
#: nouns of people by where they live, what befell them or what they saw
CIVILIAN_NOUNS = PARTICIPANT_NOUNS | words("resident villager neighbor neighbour")
#: nouns that name an organization or a state by its kind: a definite one ("the studio", "the operator", "the
#: regime") joins only the entity the story gave that noun ("<Name>, the studio behind ...", "movie studio
#: <Name>"), never the last organization or place named before it (a state's noun no entity was given: the story's
#: lead country, ``fuse.entities._lead_state``)
NOMINAL_KINDS = ORG_KIND_NOUNS | STATE_KIND_NOUNS | words("operator carrier")
#: the type a noun given to a name says the name has ("<Name>, the agency", "the oil tanker <Name>", "<Name>, a
#: resident"): a person's, a group's, a place's or a ship's noun; nouns said of two kinds ("owner", "operator",
#: "station", "port": a place and a facility; "broadcaster": a network and a presenter) are in none
KIND_NOUN_TYPES = {**dict.fromkeys(NOMINAL_PERSON | CIVILIAN_NOUNS, "PERSON"),
                   **dict.fromkeys((NOMINAL_ORG | MEDIA_NOUNS | ORG_KIND_NOUNS) - {"broadcaster"}, "ORG"),
                   **dict.fromkeys((NOMINAL_PLACE | PLACE_CLASS_NOUNS | STATE_KIND_NOUNS) - {"port"}, "GPE"),
                   **dict.fromkeys(VESSEL_NOUNS, "PRODUCT")}
