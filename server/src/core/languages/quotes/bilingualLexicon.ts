/**
 * The German–English lexicon, for linking a quotation to its translation
 * without any online service. Each line is one concept: German forms, then
 * English forms. Forms are stemmed when loaded, so one inflected form per word
 * is usually enough; strong verbs list their past forms. A word may stand on
 * several lines (several senses): it then carries every concept. Written for
 * this project (no dictionary data was copied).
 *
 * The first part below holds the words of the original sample articles; the
 * domain files in ./lexicon hold the frequent news and everyday vocabulary.
 */
import { ADJECTIVE_LEXICON } from './lexicon/adjectives';
import { CORE_LEXICON } from './lexicon/core';
import { ECONOMY_LEXICON } from './lexicon/economy';
import { ENVIRONMENT_LEXICON } from './lexicon/environment';
import { POLITICS_LEXICON } from './lexicon/politics';
import { SECURITY_LEXICON } from './lexicon/security';
import { SOCIETY_LEXICON } from './lexicon/society';
import { VERB_LEXICON } from './lexicon/verbs';
import { WORLD_LEXICON } from './lexicon/world';

const SAMPLE_LEXICON = `
tisch = table
sitzen saßen sitzt gesessen = sit sitting sat
jahr jahre jahren = year years
monat monaten = month months
woche wochen = week weeks
tag tage tagen = day days
stunde stunden = hour hours
funkstille schweigen = silence
wieder erneut = again
fortschritt fortschritte = progress
schritt = step
gekommen kommen kam = come came coming
belehren belehrt = lecture lectured lecturing
tür türe türen = door doors
dialog = dialogue dialog
bleibt bleiben = remains remain stays
offen = open
auseinanderdividieren spalten = divided divide split
direkte direkt = direct
leitung = line
militärs militär = military militaries
zwischenfall vorfall = incident
kontrolle = control
vorschreiben = dictate
truppen = troops
üben übt = train trains
territorium = territory
gebiet = area
eigenen eigene eigenes = own
übungen übung manöver = exercises exercise manoeuvres maneuvers drills
gerichtet richten = directed
niemand niemanden niemandem = anyone nobody
enden endet = end ends
geplant = planned
testet testen = testing tests
geschlossen geeint einig = united
verschlossene verschlossen = closed
pakt = pact
bündnis allianz = alliance
wirklich tatsächlich = really actually
panzer = tanks tank
fremde fremden = foreign
grenze grenzen = border borders
rollt rollen = rolls roll
wundern überrascht = surprised
ausgesprochen = voiced
viele = many
denken denkt = think thinking thinks
lage situation = situation
flanke ostflanke = flank
ernst = serious
ausweglos = hopeless
nicht = not
kein keine keinen = no
aber = but
wir = we
uns = us
unsere unser unserem unseren = our
zwischen = between
bevor = before
gegen = against
wie = how
wo = where
was = what
mit = with
nach = after
heute = today
morgen = tomorrow
gestern = yesterday
immer = always
nie niemals = never
regierung = government
minister ministerin = minister
außenminister außenministerin = foreign
kanzler kanzlerin = chancellor
präsident präsidentin = president
sprecher sprecherin = spokesman spokeswoman spokesperson
botschafter botschafterin = ambassador
generalsekretär generalsekretärin = secretary
krieg = war
frieden = peace
sicherheit = security
verhandlungen verhandeln = negotiations negotiate
gespräche gespräch = talks talk
treffen = meeting
gipfel = summit
sanktionen = sanctions
wirtschaft = economy
steuern = taxes
wahl wahlen = election elections
partei = party
parlament = parliament
gesetz = law
polizei = police
angriff angriffe = attack attacks
opfer = victims
waffen = weapons
soldaten = soldiers
armee = army
drohne = drone
verantwortung = responsibility
zukunft = future
vertrauen = trust
entscheidung = decision
lösung = solution
problem probleme = problem problems
land länder = country countries
welt = world
europa = europe
menschen = people
bürger = citizens
deutschland = germany
russland = russia
ukraine = ukraine
polen = poland
frankreich = france
china = china
amerika = america
moskau = moscow
genf = geneva
warschau = warsaw
kiew = kyiv kiev
brüssel = brussels
wien = vienna
berlin = berlin
sagen sagte gesagt = say said says
brauchen braucht = need needs
müssen muss = must
wollen will = want wants
unterstützen unterstützung = support
verteidigen = defend
fordern forderung = demand demands
warnen warnt = warn warns
drohen droht = threaten threatens
helfen hilfe = help
kämpfen kampf = fight
gewinnen = win
verlieren = lose
wichtig = important
gefährlich = dangerous
klar = clear
neu neue neuen = new
groß große = big large
schnell = quickly fast
stark starke = strong
schwach = weak
gut gute = good
schlecht = bad
richtig = right
falsch = wrong
frei = free
demokratie = democracy
freiheit = freedom
recht = rights
gerechtigkeit = justice
zeit = time
geld = money
preise preis = prices price
energie = energy
gas = gas
klima = climate
schule schulen = school schools
kinder = children
familie familien = family families
arbeit = work
jobs arbeitsplätze = jobs
krise = crisis
gefahr = danger
bedrohung = threat
antwort = answer response
frage = question
plan = plan
ziel ziele = goal goals
erreichen erreicht = reach reached
meter = metre meter metres meters
weg = way
ende = end
anfang = beginning
erste ersten = first
letzte letzten = last
eins = one
zwei = two
drei = three
vier = four
fünf = five
zehn = ten
hundert = hundred
tausend = thousand
million millionen = million millions
milliarde milliarden = billion billions
prozent = percent
januar = january
februar = february
märz = march
april = april
juni = june
juli = july
august = august
september = september
oktober = october
november = november
dezember = december
montag = monday
dienstag = tuesday
mittwoch = wednesday
donnerstag = thursday
freitag = friday
samstag = saturday
sonntag = sunday
`;

export const BILINGUAL_LEXICON: readonly string[] = [
  SAMPLE_LEXICON,
  CORE_LEXICON,
  VERB_LEXICON,
  ADJECTIVE_LEXICON,
  POLITICS_LEXICON,
  ECONOMY_LEXICON,
  SOCIETY_LEXICON,
  ENVIRONMENT_LEXICON,
  SECURITY_LEXICON,
  WORLD_LEXICON,
];
