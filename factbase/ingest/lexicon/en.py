"""English words the extractor knows. Each list once; the rules read them through `lexicon.known`."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- verbs of saying (cues.py) ---
SAYING_VERBS = _words("""
say says said tell tells told add adds added write writes wrote written state states stated
explain explains explained note notes noted warn warns warned argue argues argued claim claims
claimed insist insists insisted announce announces announced declare declares declared reply
replies replied stress stresses stressed emphasise emphasises emphasised emphasize emphasizes
emphasized acknowledge acknowledged admit admits admitted confirm confirms confirmed suggest
suggests suggested tweet tweeted post posted continue continued predict predicted describe describes
described comment comments commented recall recalls recalled joke jokes joked complain complains complained
""")
# verbs of saying that take a clause without "that": "said the plan would work" (reported.py)
BARE_CLAUSE_VERBS = _words("say says said told tells added adds")

# --- quoted phrases that name a thing (pipeline.py) ---
WORKS = _words("book novel film album")
TITLE_WORDS = _words("movie ship song newspaper magazine show series paper")
NAMING_NOUNS = _words("name title motto")
NAMING_VERBS = _words("is was")
PREDICATING_WORDS = _words("a an as")
NAME_PREPOSITIONS = _words("without against under with")
NAME_ARTICLES = _words("the and")
# lowercase words inside names and titles: "Party of the Regions"
FOREIGN_PARTICLES = _words("of the and for")

# --- speaker phrases (speakers.py) ---
DETERMINERS = _words("the a an his her their its every")
# determiners after which a lowercase word may still belong to the speaker phrase ("the state department")
PHRASE_DETERMINERS = _words("the a an his her their its")
# words that end such a phrase
PHRASE_STOPS = _words("""said says told added wrote stated that which who on in at for to of by with and or but is was
    were has had have would will could should called calls described describes praised condemned hailed defended
    expects expected rated dismissed rejected""")
PRONOUNS = _words("he she they i we")
ROLE_NOUNS = tuple("""secretary president spokesman spokeswoman spokesperson chancellor chief director leader governor
    ambassador mayor analyst officer head ceo chairman chairwoman senator representative judge""".split())
