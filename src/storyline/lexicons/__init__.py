"""General word lists, each kept once, each module saying what it holds and where it comes from.

Nothing here names a particular person, group, place or story; these are the words English news uses
everywhere. Any layer may import them (they sit at the bottom with ``model`` and ``timevalues``), and
``tests/lexicons/test_lexicons.py`` fails when a module elsewhere writes one of these lists out again.

- ``agencies``: news and wire agencies (credits at ingest, wire copies in corroboration)
- ``captions``: verbs of a picture's scene in the present and nouns of a picture (ingest: a caption between the
  paragraphs)
- ``bodies``: widely used other names of international organizations and armed groups (an acronym in another
  language's order, an Arabic acronym written as a word, a translation; entity fusion)
- ``calendar_words``: month, weekday, season, part-of-day and holiday names, time units, duration modifiers
- ``cause``: the words a statement gives a cause or a culprit with ("caused", "to blame", "due to", "behind
  the"; the timeline tells such a statement about an incident)
- ``courts``: the words that name a court or its bench as an act's doer (a charge is a step of a court's sitting
  only when a court brings it; events), of a court's ruling and hearing, of a suspect sent to prosecutors, and of
  the steps of a case told with ordinary words (pleas, verdicts, bail, hearings, appeals, prison terms, executions;
  events: legal.py)
- ``countries``: country names, capitals, demonyms and state bodies (countryinfo; one state's voices as one side)
- ``custody``: what tells a release from police custody ("released without charge", "on bail") from a release
  of captives (hostages, captives; events)
- ``disease``: nouns of an outbreak of disease, names of infectious diseases and general words of an illness, what
  "an outbreak of" names besides an illness, the deaths an illness causes (an epidemic as an incident with a toll;
  events, casualties)
- ``embedding``: words that embed an act in their complement (a commitment of harm is a threat, pressing for an
  act a demand, taking up a post "as" its holder an appointment: "vowed to hunt them down", "sought his
  resignation", "will serve as acting president"; events: embedded.py, modality)
- ``figures``: the labels, units and abbreviations of results tables and figure lists ("Shr 34 cts vs 1.19 dlrs"),
  the words that set one figure against another ("vs"; a table's rows are not sentences, story labels)
- ``given_names``: short forms of given names ("Bob" for Robert, "Mo" for Maurice) and common given names (US
  census lists; names, entity types)
- ``happening``: verbs that tell an event took place (their date is its date) and event nouns whose plural is
  one event ("peace talks"; events); words of accidents and rescues (a failing structure's parts, a rescue's
  aims, hedges of a death; events, casualties)
- ``modality``: verbs that refuse, cancel, prevent or postpone an act, and the words of a condition ("only after",
  "until", "in exchange for") that leave an act to come (events: modality)
- ``motion``: verbs of coming and going, of setting out and of coming back (visits, their dates, a journey's
  starting point is not its place; events), of people leaving a place (a departure; a mission's staff leaving),
  and the words that type a journey or a sending by what travels (relief people and goods, investigators,
  vehicles and their load, people moved; events: contact.py)
- ``numbers``: number words (time expressions, casualty counts, claim comparison), units of distance, words that
  pick one of several ("at one hospital"; casualties), words that reject a figure ("is too high"; claim links)
- ``ordering``: connectives that set two acts in order ("after", "in the wake of", "preceded"), the units of a gap
  counted between them and the words that end the phrase a connective governs (event fusion: acts one sentence
  orders are two incidents)
- ``peoples``: words of faiths, ethnic groups and creeds written with a capital ("Sikh", "Shiite", "Kurdish",
  "Islamist": a people's word, never a place; names, events)
- ``pronouns``: third-person pronouns by referent (coreference, claim speakers, event actors)
- ``regions``: continents and world regions ("Africa", "the Sahel": never an act's place where the text names its
  country or city; events)
- ``seats``: seats of government that stand for their state ("the Kremlin", "Downing Street"; sides)
- ``speech``: verbs of reporting and of political action (time, event modality, names), of relaying another's
  words (claims), of stating and naming, documents made public and the verbs that issue them, verbs that restate a
  count (statements as events: events/statements.py)
- ``stopwords``: function words, news filler, modals (TF-IDF, claim comparison)
- ``ties``: nouns of a state's relations with another and the words of severing them ("severed diplomatic
  relations", "broke off ties"; events), of a member's standing in a body and the bodies a member is suspended
  from ("suspended from the bloc"; events)
- ``titles``: titles and ranks, role nouns (the roles that speak for a body: claims), organization suffixes, place
  words, name particles (names)
- ``us_states``: the news abbreviations of the United States' states ("Va.", "Calif."; entity merges)
- ``violence``: nouns of a sustained armed campaign ("the offensive", "the war"; event fusion), of an episode named
  by its act ("the hostage crisis") and modifiers of an armed operation ("a military operation"; events), nouns of
  armed force, verbs that carry out an act or name its doer, hospitals and morgues (events, casualties)
- ``votes``: a legislature and its members, the motions it votes on and the verbs of filing, passing and failing
  one ("submitted a motion to impeach", "the motion failed", "lawmakers voted 204-85"; events)
"""
