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


# --- the English extractor (factbase/ingest/english/); read through `lexicon.of("en", ...)` only ---
# lemmas (HanTa's) of verbs that introduce what someone said, a quote or a reported clause
SAYING_LEMMAS = _words("""
say tell add write state explain note warn argue claim insist announce declare reply stress emphasise emphasize
acknowledge admit confirm suggest tweet post predict recall complain answer report testify respond caution
speak quote
""")
# verbs that take a reported clause after them ("said that …", "told reporters …"); "describe" or "recall" do not
CLAUSE_LEMMAS = _words("""
say tell add write state explain note warn argue claim insist announce declare reply stress emphasise emphasize
acknowledge admit confirm suggest predict complain answer report testify caution
""")
# who "told" someone: the object a reported clause follows ("told reporters the plan …")
AUDIENCE_WORDS = _words("reporters journalists lawmakers senators voters supporters crowd audience listeners viewers")
# words around a name that give the person's office: "Senate Majority Leader Mitch McConnell"
OFFICE_WORDS = _words("""
president vice secretary minister prime foreign defense defence state deputy assistant under acting chief executive
spokesman spokeswoman spokesperson press leader majority minority whip speaker senator sen rep representative
congressman congresswoman governor gov mayor chairman chairwoman chair director head ambassador envoy commissioner
general gen admiral adm colonel col lieutenant lt captain officer official commander judge justice attorney
chancellor king queen prince princess pope cardinal bishop analyst economist professor dr mr mrs ms council member
founder ceo cfo coo operating star actress actor director producer manager coach captain governor-general
""")
# nouns that stand for a body, a document or a group of people that can be the speaker: "the report said"
SPEAKER_NOUNS = _words("""
newspaper paper daily magazine agency report statement study survey review panel committee commission council
department ministry office government administration company airline firm group union association organization
organisation board court police military army navy website website's embassy campaign party officials authorities
analysts experts witnesses residents critics observers sources prosecutors investigators researchers scientists
economists diplomats lawmakers activists protesters spokesman spokeswoman spokesperson official source
""")
# words in a publication's name: "The Mapleford Courier wrote" is a newspaper, so is "the newspaper" after it
PUBLICATION_WORDS = _words("""
newspaper times post courier gazette ledger telegraph herald journal tribune independent news press chronicle
guardian observer examiner star sun mail express globe inquirer bulletin review magazine
reuters ap afp interfax xinhua tass bbc cnn voa bloomberg ria
""")
# a quote right after these names a work or a thing, not someone's words: "the film “…”", "the saying “…”"
TITLE_CUE_WORDS = _words("""
film movie book novel song album show series program programme play opera poem article headline slogan saying
title hashtag operation exercise banner sign anthem podcast documentary episode name motto
so-called dubbed titled entitled named nicknamed
""")
# time words a reported clause may open with after the verb: "said Friday he would …"
TIME_WORDS = _words("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight later earlier again also then
late early last this next week month year morning afternoon evening night on at in
""")
