/**
 * Polarity: words that turn a statement into its opposite when swapped for
 * each other. Two quotations that share nearly all words but say "mehr" and
 * "weniger", "steigen" and "sinken", "win" and "lose" are different
 * statements. Each line is one axis: the forms of one pole, then "<>", then
 * those of the other; each pole is "German forms | English forms", so that a
 * translation that flips the polarity is caught too.
 */
import type { LanguageCode } from '../../article/types';

export const ANTONYM_AXES = `
mehr | more <> weniger | less fewer
höher höhere hoch | higher high <> niedriger niedrigere niedrig tiefer | lower low
steigen steigt stieg gestiegen anstieg zunehmen zugenommen wachsen wächst wuchs gewachsen wachstum | rise rises rose risen rising grow grows grew grown growth climb climbed <> sinken sinkt sank gesunken fällt fiel rückgang abnehmen abgenommen schrumpfen schrumpft | fall falls fell fallen falling drop drops dropped decline declined shrink shrank
erhöhen erhöht erhöhte erhöhung anheben angehoben | increase increases increased raise raised <> senken senkt senkte gesenkt senkung kürzen kürzt gekürzt kürzung verringern verringert reduzieren reduziert | decrease decreased cut cuts reduce reduced lower lowered
gewinnen gewinnt gewann gewonnen sieg gewinn | win wins won victory <> verlieren verliert verlor verloren niederlage verlust | lose loses lost defeat loss
besser bessere verbessern verbessert | better improve improved improvement <> schlechter schlechtere verschlechtern verschlechtert | worse worsen worsened deteriorate deteriorated
gut gute | good <> schlecht schlechte schlimm | bad
größer größere | bigger larger <> kleiner kleinere | smaller
teurer teurere | expensive dearer <> billiger günstiger | cheaper
stärker stärkere stärken | stronger strengthen <> schwächer schwächere schwächen | weaker weaken
früher eher | earlier <> später | later
schneller | faster quicker <> langsamer | slower
öffnen öffnet öffnete geöffnet | open opens opened reopen <> schließen schließt schloss geschlossen | close closes closed shut
erlauben erlaubt erlaubte zulassen | allow allows allowed permit permitted <> verbieten verbietet verbot verboten | ban bans banned forbid prohibit prohibited
zustimmen zugestimmt unterstützen unterstützt befürworten befürwortet akzeptieren akzeptiert | agree agreed support supports supported accept accepted approve approved <> ablehnen abgelehnt lehnt ablehnung widersprechen | reject rejects rejected oppose opposes opposed refuse refused
für | for <> gegen | against
erfolg erfolgreich | success successful succeed succeeded <> misserfolg scheitern scheitert gescheitert | failure fail failed
richtig | right correct <> falsch | wrong
möglich | possible <> unmöglich | impossible
sicher | safe <> unsicher gefährlich | unsafe dangerous
legal legale | legal <> illegal illegale | illegal
mehrheit | majority <> minderheit | minority
immer stets | always <> nie niemals | never
beginnen beginnt begann begonnen starten anfangen | begin begins began start starts started <> beenden beendet beendete aufhören | end ends ended stop stopped finish
einführen eingeführt | introduce introduced <> abschaffen abgeschafft | abolish abolished scrap scrapped
aufrüsten aufrüstung | arm rearm <> abrüsten abrüstung | disarm disarmament
| hire hired <> entlassen entlässt entließ | fire fired dismiss dismissed
zunahme | increase <> abnahme | decrease
plus | plus <> minus | minus
optimistisch | optimistic <> pessimistisch | pessimistic
freund freunde | friend friends ally <> feind feinde | enemy enemies
krieg | war <> frieden | peace
`;

/** Prefixes that negate the word they are put before ("möglich"/"unmöglich", "likely"/"unlikely"). */
export const NEGATING_PREFIXES: Record<LanguageCode, readonly string[]> = {
  de: ['un', 'nicht', 'miss'],
  en: ['un', 'in', 'im', 'il', 'ir', 'dis', 'non'],
};
