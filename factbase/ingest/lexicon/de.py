"""German words the extractor knows. Each list once; the rules read them through `lexicon.known`."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- verbs of saying (cues.py) ---
# weak verbs, by stem; "particle:stem" for separable verbs ("mit:teil" -> "teilte … mit")
WEAK_SAYING_STEMS = tuple("""
sag erklär beton warn meld bericht behaupt kritisier forder mein bestätig versicher ergänz
bekräftig zitier verkünd mahn äußer bezeichn glaub fürcht vermut argumentier beklag kommentier
dementier leugn informier droh appellier antwort erwider präzisier klag beteuer verlang erläuter
bemängel begründ wiederhol frag spekulier prognostizier bilanzier resümier signalisier schilder
bezweifel entgegn konter zu:sicher protestier hoff befürcht erwart bedauer begrüß verurteil
aus:führ dar:leg lob erinner scherz twitter beschwer urteil
bei:pflicht erzähl vermeld
mit:teil hinzu:füg an:kündig ein:räum klar:stell fest:stell zu:sag ein:schätz
""".split())
STRONG_SAYING_FORMS = _words("""
schreibt schrieb schrieben geschrieben schreiben schreibe
unterstrich unterstreicht unterstrichen unterstreiche
verwies verweist verwiesen
versprach verspricht versprochen
bestritt bestreitet bestritten
beschrieb beschreibt
sprach spricht gesprochen
rief ruft gerufen
angegeben hingewiesen bekanntgegeben vorgeworfen
nannte nannten nennt lautete lautet lauteten widersprach widerspricht widersprochen
gestand gesteht gestanden
""")
# strong separable verbs: finite forms that count only with their particle later in the clause
STRONG_SEPARABLE_SAYING = {
    "gab": "an bekannt zu", "gibt": "an bekannt zu", "gaben": "an bekannt zu", "geben": "an bekannt zu",
    "weist": "hin zurück", "warf": "vor", "wirft": "vor", "fuhr": "fort", "fährt": "fort",
    "geht": "aus", "ging": "aus", "gehen": "aus", "gingen": "aus", "ließ": "durchblicken verlauten",
    "strich": "heraus", "streicht": "heraus", "hob": "hervor", "hebt": "hervor", "wies": "hin zurück",
    "schloss": "aus", "schließt": "aus", "wandte": "ein", "wendet": "ein",
}
# verbs after which even an indicative clause is reported: "Die Lage ist ernst, sagte Anna Beispiel" (stems)
PLAIN_SAYING_STEMS = ("sag", "erklär", "beton", "bericht", "mein", "schrieb", "schreib", "teilt", "füg", "ergänz",
                      "warn", "versicher", "bestätig", "erläuter", "hieß", "heißt", "mitteil", "stellt", "gab", "gibt",
                      "kündigt", "meldet", "verkündet", "unterstrich", "räumt")

# --- Konjunktiv (reported.py) ---
SUBJUNCTIVE_FORMS = _words("""sei seien seist habe werde könne müsse solle wolle dürfe möge wisse gebe gehe stehe liege
    komme bleibe fehle brauche zeige trage lasse halte sehe mache führe bringe gelte handle handele
    bestehe diene plane arbeite lebe sitze setze rücke befinde erwarte rechne reiche spiele laufe
    treffe finde helfe nehme heiße gehöre bedeute verfüge verlange sorge hänge wirke entspreche
    erhalte biete betrage steige sinke drohe leide kenne denke glaube lohne stimme passe
    wären hätten würden könnten müssten dürften gäben
    kämen lägen bräuchten bekämen gingen stünden fänden
    ließe ließen hielte hielten täte täten wüsste wüssten""")
# Konjunktiv II singular: reported speech as often as a plain conditional ("das könnte helfen")
CONDITIONAL_FORMS = _words("wäre hätte würde könnte müsste dürfte gäbe käme läge bräuchte bekäme ginge stünde fände")

# --- quoted phrases that name a thing (pipeline.py) ---
# works whose title may follow a colon: "stellte ihr neues Album vor: „…“"
WORKS = _words("Buch Roman Film Album CD Single Song Lied Erstwerk Debütalbum Theaterstück Oper")
# a quote right after these words names a work or a thing, not a statement (WORKS count too)
TITLE_WORDS = _words("""Buches Romans Films Filmes Serie Albums Titel Titels Liedes
    Schiff Schiffes Schiffs Zeitung Zeitschrift Magazin Magazins Sendung Sendungen Show Stück
    Motto Slogan Kampagne Operation Aktion Projekt Programm Plan Gesetz Bericht Studie
    Zeitungen Fernsehsender Sender Nachrichtenmagazin Wochenzeitung Tageszeitung Blatt Portal Website
    Prinzip Grundsatz Devise Leitspruch Maxime
    Initiative Verein Partei Bündnis Gruppe Band Marke Unternehmen Firma Namen Name Begriff Wort""")
# "Der Name lautet „…“": what a naming noun is said to be is a name
NAMING_NOUNS = _words("Name Namen Titel Arbeitstitel Motto Slogan Kennwort Codename Spitzname")
NAMING_VERBS = _words("lautet lautete lauten lauteten heißt hieß hießen ist war")
# words that predicate a quoted phrase of the noun before them rather than name it
PREDICATING_WORDS = _words("ein eine einen einem einer als")
# lowercase words ending like an adjective that are not one: "der „Spiegel“", "unserer „Zeitung“"
NOT_ADJECTIVE_ENDINGS = _words("""der den dem des die einer einen einem eines seine seinen seinem seiner seines
    ihre ihren
    ihrem ihrer ihres unsere unseren unserem unserer diese diesen diesem dieser dieses jene jenen jenem jener welche
    welchen wie über unter hinter wieder aber oder immer weiter später sehr eher außer gegen""")
# lowercase words that join the nouns of a name: "Ärzte ohne Grenzen", "Gesetz zur Änderung des …"
NAME_PREPOSITIONS = _words("für gegen zur zum am im ohne über von vom unter mit auf bei")
NAME_ARTICLES = _words("der die das des dem den und")
# lowercase words inside foreign names quoted in German text: "Championnat du Monde de Tir"
FOREIGN_PARTICLES = _words("du de la le les des del di et y")
# nouns that announce someone's words rather than name a thing: "die Parole „Wir bleiben hier“";
# those also at the end of a compound ("Hassparolen", "Protestrufe") first
SPEECH_COMPOUND_NOUNS = _words("Parole Parolen Sprechchor Sprechchöre Spruch Sprüche Losung Aufschrift Rufe")
SPEECH_NOUNS = SPEECH_COMPOUND_NOUNS | _words("""Worte Worten Wort Satz Sätze Ruf Forderung Vorwurf Aufruf Appell
    Frage Antwort Erklärung Behauptung Feststellung Zitat Ausruf Warnung Drohung Bezeichnung Formulierung
    Ausdruck""")

# --- speaker phrases (speakers.py) ---
DETERMINERS = _words("""der die das des dem den ein eine einer eines einem einen sein seine seiner seines ihr ihre
    ihrer ihres dieser diese dieses jede jeder jedes jedem jeden jegliche jeglicher jegliches kein keine keinen
    keinem""")
PRONOUNS = _words("er sie ich wir")
# nouns ending a role phrase ("Generalsekretär", "Außenministerin"), matched as word endings
ROLE_NOUNS = tuple("""minister ministerin sekretär sekretärin präsident präsidentin kanzler kanzlerin sprecher
    sprecherin chef chefin vorsitzende vorsitzender direktor direktorin leiter leiterin general
    botschafter botschafterin bürgermeister bürgermeisterin abgeordnete abgeordneter trainer
    trainerin politiker politikerin experte expertin anwalt anwältin richter richterin professor
    professorin kommissar kommissarin beauftragte beauftragter senator senatorin gouverneur premier
    regierungschef regierungschefin könig königin papst bischof kardinal manager managerin analyst
    analystin ökonom ökonomin historiker historikerin forscher forscherin wissenschaftler
    wissenschaftlerin autor autorin sänger sängerin schauspieler schauspielerin vertreter
    vertreterin mitglied gründer gründerin geschäftsführer geschäftsführerin staatssekretär
    staatssekretärin kandidat kandidatin ministerpräsident oberbürgermeister landrat landrätin
    pfarrer kapitän spieler spielerin vize dr prof sir stadtrat stadträtin
    theologe theologin psychologe psychologin soziologe soziologin politologe politologin journalist journalistin
    aktivist aktivistin jurist juristin schriftsteller schriftstellerin philosoph philosophin""".split())
