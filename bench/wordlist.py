"""Words the synthetic claims are made of: common German and English words, most
frequent first, so that a Zipf draw gives text with a realistic word skew.

The text they make is nonsense on purpose: no sentence here is a real quote.
"""

WORDS = {
    "de": """
    die der und in zu den das nicht von sie ist des sich mit dem dass er es ein ich auf so eine auch als an nach
    wie im für man aber aus durch wenn nur war noch werden bei hat wir was wird sein einen welche sind oder zur um
    haben einer mir über ihm diese einem ihr uns da zum kann doch vor dieser mich ihn du hatte seine mehr am denn
    nun unter sehr selbst schon hier bis habe ihre dann ihnen seiner alle wieder meine Zeit gegen vom ganz einzelnen
    wo muss ohne eines können sei Regierung Land Menschen Jahr Politik Gesetz Steuern Wirtschaft Energie Preise
    Schulen Kinder Familien Rente Arbeit Löhne Sicherheit Grenze Europa Frieden Krieg Klima Wald Strom Gas Öl
    Wohnungen Mieten Bauern Städte Dörfer Straßen Bahn Verkehr Gesundheit Pflege Krankenhaus Ärzte Versicherung
    Haushalt Schulden Zinsen Inflation Wachstum Export Industrie Handwerk Digitalisierung Netz Daten Forschung
    Bildung Universität Kultur Sport Polizei Justiz Gericht Verfassung Wahl Parlament Ausschuss Bundesrat Länder
    Gemeinden Bürger Wähler Mehrheit Opposition Koalition Reform Plan Ziel Zukunft Verantwortung Freiheit
    Gerechtigkeit Wohlstand Vertrauen Entscheidung Lösung Problem Krise Chance Hilfe Förderung Entlastung Prozent
    Milliarden Millionen Euro heute morgen gestern jetzt bald endlich wirklich klar deutlich schnell langsam stark
    schwach neu alt gut schlecht richtig falsch wichtig notwendig möglich unmöglich sicher gefährlich teuer billig
    mehrere viele wenige alle keine jeder jede sagen wollen müssen sollen dürfen brauchen fordern versprechen
    senken erhöhen sparen investieren bauen schützen stärken ändern verhindern unterstützen
    """.split(),
    "en": """
    the of and to a in is that for it as was with be by on not he this are or his from at which but have an they
    you were her she there been one all we their has would when if so no will can more other its who into them
    time only new some could these two may first then do any like my now over such our man me even most made
    after also did many before must through back years where much your way well down should because each just
    those people how too state good very make world still own see men work long get here between both life being
    under never day same another know while last might us great old year off come since against go came right
    government country tax taxes economy energy prices schools children families pensions jobs wages security
    border Europe peace war climate forest power gas oil housing rents farmers cities towns roads rail traffic
    health care hospital doctors insurance budget debt interest inflation growth exports industry trade digital
    network data research education university culture sport police justice court constitution election
    parliament committee council regions voters majority opposition coalition reform plan goal future
    responsibility freedom fairness prosperity trust decision solution problem crisis chance help funding relief
    percent billion million dollars today tomorrow yesterday soon finally really clearly quickly slowly strong
    weak old wrong important necessary possible impossible safe dangerous expensive cheap several few every
    say want need demand promise cut raise save invest build protect strengthen change prevent support
    """.split(),
}

# Function words come first in each list, content words (what a search looks for) after.
_FIRST_CONTENT_WORD = {"de": "Regierung", "en": "government"}
FUNCTION_WORDS = {lang: words[: words.index(_FIRST_CONTENT_WORD[lang])] for lang, words in WORDS.items()}
CONTENT_WORDS = {lang: words[words.index(_FIRST_CONTENT_WORD[lang]):] for lang, words in WORDS.items()}
