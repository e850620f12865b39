"""Words of faiths, sects, ethnic groups and creeds that English news writes with a capital ("a Sikh leader",
"Shia militias", "the Kurdish minority", "an Islamist group"): a people's word (spaCy's NORP), never a place.

The small model sometimes tags such a word as a facility, an organization or a town when it modifies a noun ("the
Sikh temple", "Sunni districts"), and an event's place read off the parse or off its sentence then falls on it.
Nationalities are not listed here: they come with the countries (``countries.state_word``). The list is of world
religions, their branches and their adherents' words (the Pew and Britannica lists of major religions), the
ethnic and tribal groups most named in international news wires, and the words of political creeds.
"""

from __future__ import annotations

#: faiths, their branches and their adherents, as nouns and adjectives
FAITHS = frozenset({
    "sikh", "sikhs", "hindu", "hindus", "muslim", "muslims", "moslem", "moslems", "islamic", "christian",
    "christians", "catholic", "catholics", "protestant", "protestants", "orthodox", "evangelical", "evangelicals",
    "jew", "jews", "jewish", "buddhist", "buddhists", "jain", "jains", "zoroastrian", "zoroastrians", "baha'i",
    "bahai", "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "shi'ite", "shi'ites", "alawite", "alawites",
    "druze", "ismaili", "ismailis", "ahmadi", "ahmadis", "ahmadiyya", "salafi", "salafis", "salafist",
    "salafists", "wahhabi", "sufi", "sufis", "copt", "copts", "coptic", "maronite", "maronites", "anglican",
    "anglicans", "methodist", "methodists", "baptist", "baptists", "lutheran", "lutherans", "mormon", "mormons",
    "pentecostal", "pentecostals", "yazidi", "yazidis", "yezidi", "taoist", "shinto", "animist", "animists",
})
#: ethnic and tribal groups most named in international news, as nouns and adjectives
ETHNIC = frozenset({
    "kurd", "kurds", "kurdish", "arab", "arabs", "bedouin", "bedouins", "berber", "berbers", "amazigh",
    "tuareg", "tuaregs", "fulani", "hausa", "igbo", "yoruba", "tutsi", "tutsis", "hutu", "hutus", "maasai",
    "masai", "pashtun", "pashtuns", "tajik", "tajiks", "hazara", "hazaras", "baloch", "balochs", "baluch",
    "uzbek", "uzbeks", "turkmen", "uyghur", "uyghurs", "uighur", "uighurs", "tibetan", "tibetans", "han",
    "rohingya", "rohingyas", "kachin", "tamil", "tamils", "sinhalese", "punjabi", "punjabis", "baluchi", "baluchis",
    "balochi", "balochis", "kazakh", "kazakhs", "kyrgyz",
    "bengali", "bengalis", "kashmiri", "kashmiris", "romani", "sami", "inuit", "aboriginal",
    "aborigines", "maori", "chechen", "chechens", "circassian", "assyrian", "assyrians", "chaldean",
    "turkoman", "oromo", "tigrayan", "tigrayans", "dinka", "nuer", "zulu", "xhosa",
    "afrikaner", "afrikaners", "latino", "latinos", "latina", "hispanic", "hispanics",
})
#: political and militant creeds written with a capital
CREEDS = frozenset({
    "islamist", "islamists", "jihadist", "jihadists", "jihadi", "jihadis", "zionist", "zionists", "maoist",
    "maoists", "marxist", "marxists", "leninist", "communist", "communists",
    "separatist", "separatists", "loyalist", "loyalists", "republican", "republicans", "unionist", "unionists",
})
PEOPLES = FAITHS | ETHNIC | CREEDS


def peoples_word(text: str) -> bool:
    """Is ``text`` a faith's, a people's or a creed's word ("Sikh", "the Shiites", "Kurdish"), never a place's
    name? A longer name that holds one ("Sikh Temple Road", "Kurdistan") is not."""
    words = text.lower().replace("’", "'").split()
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) == 1 and words[0] in PEOPLES


def nation_word(text: str) -> bool:
    """Is ``text`` one word, as written, of a faith or an ethnic group ("Sikh", "Baluch", "Uzbeks"), never a body's
    name? A creed's word may be a party's ("Republicans", "the Communists"), so creeds are no such word."""
    words = text.lower().replace("’", "'").split()
    return len(words) == 1 and (words[0] in FAITHS or words[0] in ETHNIC)
