/**
 * German scrape noise, as data: what German news sites leave in a scraped page.
 */
import type { NoiseLexicon } from './types';

export const germanNoise: NoiseLexicon = {
  language: 'de',
  lines: {
    'cookie-consent': [
      'alle akzeptieren', 'akzeptieren', 'alle ablehnen', 'ablehnen', 'cookie-einstellungen', 'cookie einstellungen',
      'datenschutzeinstellungen', 'einstellungen verwalten', 'zustimmen', 'zustimmen und weiter', 'alle cookies akzeptieren',
      'nur notwendige cookies', 'nur notwendige cookies akzeptieren', 'akzeptieren und schließen', 'einverstanden',
      'cookies zulassen', 'auswahl speichern', 'datenschutzhinweise', 'privatsphäre-einstellungen',
    ],
    'comment-form': [
      'schreibe einen kommentar', 'schreiben sie einen kommentar', 'hinterlasse einen kommentar', 'kommentar abschicken',
      'kommentar absenden', 'kommentar senden', 'kommentar schreiben', 'kommentare anzeigen', 'kommentare', 'leserkommentare',
      'antworten abbrechen', 'antwort hinterlassen', 'diskutieren sie mit', 'jetzt kommentieren', 'kommentieren',
      'kommentare lesen', 'alle kommentare anzeigen', 'kommentarbereich', 'zu den kommentaren', 'zum kommentarbereich',
    ],
    paywall: [
      'weiterlesen mit plus', 'plus-artikel', 'exklusiv für abonnenten', 'nur für abonnenten', 'abo abschließen',
      'artikel freischalten', 'jetzt freischalten', 'abonnieren und weiterlesen', 'zum abo', 'abo-angebote',
    ],
    newsletter: [
      'newsletter abonnieren', 'zum newsletter anmelden', 'newsletter bestellen', 'jetzt zum newsletter anmelden',
      'newsletter-anmeldung', 'zur newsletter-anmeldung', 'newsletter kostenlos abonnieren',
    ],
    advertising: [
      'anzeige', 'werbung', 'gesponsert', 'sponsored', 'promotion', 'ich bin bereits abonnent', 'jetzt teilnehmen',
      'advertorial', 'partnerangebot', 'angebot sichern', 'jetzt bestellen', 'jetzt kaufen', 'zum angebot', 'zum shop',
      'jetzt gratis testen', 'gratis testen', 'jetzt testen', 'sonderangebot', 'werbefrei lesen',
    ],
    'related-links': [
      'mehr zum thema', 'lesen sie auch', 'siehe auch', 'das könnte sie auch interessieren', 'auch interessant',
      'weitere artikel', 'meistgelesen', 'meistgelesene artikel', 'empfehlungen der redaktion', 'verwandte artikel',
      'weitere nachrichten', 'top-themen', 'mehr artikel', 'passend zum thema', 'auch lesenswert', 'mehr aus dem ressort',
      'weitere themen', 'das könnte sie interessieren', 'mehr lesen', 'mehr dazu', 'hintergrund lesen',
    ],
    'media-widget': [
      'video abspielen', 'abspielen', 'wiedergabe', 'video starten', 'audio abspielen', 'artikel anhören',
      'artikel vorlesen', 'vorlesen', 'zum video', 'mehr videos', 'alle videos', 'vollbild', 'untertitel', 'ton an',
      'ton aus', 'stummschalten', 'bildergalerie', 'fotostrecke', 'galerie öffnen', 'bild vergrößern', 'beitrag anhören',
      'jetzt anhören', 'video wird geladen',
    ],
    'social-share': [
      'teilen', 'twittern', 'tweeten', 'per e-mail senden', 'per e-mail teilen', 'per mail teilen', 'per mail versenden',
      'drucken', 'artikel drucken', 'link kopieren', 'artikel teilen', 'auf facebook teilen', 'bei whatsapp teilen',
      'artikel merken', 'seite teilen', 'beitrag teilen', 'artikel versenden', 'link kopiert',
    ],
    navigation: [
      'startseite', 'zur startseite', 'zurück zur startseite', 'zurück zur übersicht', 'nach oben', 'zum seitenanfang',
      'menü', 'hauptmenü', 'suche', 'navigation', 'zum inhalt springen', 'direkt zum inhalt', 'mein konto', 'impressum',
      'datenschutz', 'agb', 'mediadaten', 'zurück zum artikel', 'alle ressorts', 'ressorts',
    ],
    other: [
      'alle rechte vorbehalten', 'fehler gefunden', 'fehler melden', 'javascript ist deaktiviert', 'wird geladen',
      'inhalt wird geladen', 'externer inhalt', 'externe inhalte aktivieren', 'empfohlener redaktioneller inhalt',
      'mehr anzeigen', 'weniger anzeigen', 'schließen', 'schriftgröße', 'dieser inhalt ist nicht verfügbar',
      'zur mobilen ansicht', 'zur desktop-version', 'inhalt laden', 'mehr laden',
    ],
  },
  weakLines: {
    'comment-form': ['kommentar', 'name', 'e-mail-adresse', 'website', 'webseite', 'ihr name', 'antworten', 'ihr kommentar'],
    'social-share': ['e-mail', 'mail', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'xing', 'pinterest', 'telegram', 'flipboard', 'messenger', 'threads', 'bluesky'],
    navigation: ['anmelden', 'abmelden', 'registrieren', 'kontakt', 'politik', 'wirtschaft', 'sport', 'kultur', 'panorama', 'meinung', 'ausland', 'inland', 'regional', 'wissen', 'digital', 'reise', 'leben', 'nachrichten'],
    'media-widget': ['video', 'audio', 'foto', 'bild', 'galerie', 'podcast'],
    newsletter: ['ihre e-mail-adresse', 'deine e-mail-adresse', 'e-mail-adresse eingeben'],
    other: ['mehr', 'weiter', 'zurück', 'anzeige laden'],
  },
  starts: {
    'cookie-consent': [
      'wir (?:verwenden|nutzen|setzen) (?:auf unserer (?:web)?seite )?cookies',
      'diese (?:website|webseite|seite|internetseite) (?:verwendet|nutzt|setzt) cookies',
      'cookie-?(?:einstellungen|richtlinie|hinweis|banner)\\b',
    ],
    'comment-form': [
      'kommentare? \\(\\d+\\)',
      '\\d+ kommentare?$',
      'zum kommentieren (?:bitte )?(?:anmelden|einloggen|registrieren)',
    ],
    paywall: [
      'weiterlesen mit\\b',
      'jetzt weiterlesen\\b',
      'bereits abonnent(?:in)? ?\\?',
      '(?:plus|premium)-?(?:artikel|inhalt)\\b',
    ],
    newsletter: [
      'hier geht(?:\'|’)?s zum [\\p{L}-]{0,30} ?newsletter',
      'newsletter(?= ?[:«»„"“]| [–—-] | (?:abonnieren|bestellen|anmelden)|$)',
      '(?:jetzt )?(?:zum|für den|unseren) [\\p{L}-]{0,30} ?newsletter (?:anmelden|abonnieren)',
    ],
    advertising: [
      'anzeige(?= ?[-–—:|]|$)',
      '=ANZEIGE\\b',
      '=Anzeige(?= \\p{Lu})',
    ],
    'related-links': [
      'mehr zum thema(?: ?[-–—:|»>]|\\s{2,}|$)',
      '=(?:Mehr zum Thema|MEHR ZUM THEMA) (?=\\p{Lu}[^.!?]*$)',
      'lesen sie (?:auch|dazu|mehr|hier)\\b',
      'siehe auch(?: ?[-–—:|»>]|\\s{2,}|$)',
      '=(?:Siehe auch|SIEHE AUCH) (?=[\\p{Lu}„"»][^.!?]*$)',
      'das könnte sie (?:auch )?interessieren',
      'auch interessant ?[:|–-]',
      'weitere artikel(?: zum thema)? ?[:|–-]',
      'zum thema ?:',
      'mehr dazu ?:',
      'weiterlesen ?:',
      'passend zum thema ?:',
      'empfehlungen? der redaktion\\b',
      'mehr aus (?:dem ressort|der rubrik|[\\p{L}-]{2,30}) ?:',
    ],
    'image-credit': [
      '(?:foto|fotos|bild|bilder|grafik|illustration|karte|titelbild|titelfoto|bildquelle|fotoquelle|bildnachweis|fotonachweis|archivfoto|archivbild|symbolbild|symbolfoto|aufmacherbild|aufmacherfoto) ?: ?\\S',
      '\\((?:foto|bild|archivfoto|symbolbild) ?: ?[^)]{2,80}\\)$',
      '(?:©|\\(c\\)) ?(?!\\d{4})[\\p{L}\\d]',
    ],
    'media-widget': [
      '(?:video|videos|audio|podcast|bildergalerie|fotostrecke|galerie|livestream|im video|zum video) ?[:|–] ?[^.!]{3,160}$',
    ],
    'social-share': [
      'teilen (?:auf|bei|via|per) ',
      '(?:auf|bei|via) (?:facebook|x|twitter|whatsapp|linkedin|telegram|xing|threads|bluesky) teilen\\b',
      'artikel (?:teilen|versenden|drucken|merken)\\b',
      'folgen sie uns (?:auf|bei) ',
    ],
    navigation: [
      'sie sind hier ?:',
      'zur(?:ück zur)? startseite(?= ?$| ?[|>›»])',
    ],
    other: [
      'copyright\\b',
      '(?:©|\\(c\\)) ?\\d{4}',
      'lesezeit ?:? ?(?:ca\\. ?)?\\d',
      '\\d+ min(?:\\.|uten)? lesezeit\\b',
      'fehler gefunden ?\\?',
      'javascript (?:ist )?deaktiviert',
    ],
  },
  phrases: {
    newsletter: [
      'mit (?:der|ihrer) anmeldung (?:akzeptieren|stimmen) sie',
      'newsletter (?:jetzt )?(?:kostenlos )?(?:abonnieren|bestellen)(?= ?(?:$|[!.|]))',
    ],
    'cookie-consent': [
      'alle akzeptieren(?= ?(?:$|einstellungen|ablehnen|[|/]))',
      '(?:einstellungen|cookies) verwalten(?= ?(?:$|alle|akzeptieren|[|/]))',
      '(?:mit|durch|bei) (?:der|die) (?:weitere[n]? )?nutzung (?:dieser|unserer) (?:web)?seite (?:stimmen|erklären) sie',
      'stimmen sie der (?:verwendung|nutzung) von cookies zu',
    ],
    'comment-form': [
      '(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht',
      '(?:erforderliche felder|pflichtfelder) sind (?:mit \\* )?markiert',
      'die kommentarfunktion (?:ist|wurde) (?:für diesen (?:artikel|beitrag) )?(?:geschlossen|deaktiviert|abgeschaltet)',
      'meinen namen, (?:meine )?e-mail(?:-adresse)?',
    ],
    paywall: [
      'sie haben \\d+ von \\d+ (?:kostenlosen|freien|gratis-?)? ?artikeln',
      '(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:exklusiv )?für (?:abonnenten|abonnentinnen|plus-kunden|digitalabonnenten|abonnent\\*innen)',
      'um (?:diesen|den) (?:artikel|beitrag) (?:vollständig |weiter )?(?:zu )?lesen, (?:benötigen|brauchen|müssen)',
      'mit (?:einem )?abo weiterlesen',
      'lesen sie (?:jetzt )?(?:alle|unbegrenzt) (?:artikel|inhalte)',
    ],
    advertising: [
      'jetzt (?:gratis |kostenlos )?(?:bestellen|kaufen|sichern|shoppen|teilnehmen|mitmachen|zugreifen)(?= ?(?:$|[!.,:;–|-]))',
      '(?:gratis|kostenlos|kostenfrei|unverbindlich) (?:testen|ausprobieren)\\b',
      '\\d+ (?:wochen|monate|tage) (?:gratis|kostenlos|für \\d+(?:,\\d\\d)? ?(?:€|euro))',
      'ohne automatische verlängerung',
      'jetzt teilnehmen',
      'ich bin bereits abonnent',
      'gewinnspiel',
      'bis zu \\d+ ?% (?:reduziert|rabatt|sparen)',
      'solange (?:der )?vorrat reicht',
      'gutscheincode',
      '(?:einen|eine|eines) von (?:\\d+|zwei|drei|vier|fünf|sechs|zehn|hundert) [\\p{L}-]+ gewinnen',
    ],
    other: [
      'alle rechte vorbehalten',
      '(?:hier|an dieser stelle) finden sie (?:einen )?externen inhalt',
      'mit einem klick (?:anzeigen|einblenden) lassen',
    ],
  },
  shareWords: {
    strong: ['teilen', 'twittern', 'tweeten', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'xing', 'pinterest', 'telegram', 'drucken', 'kommentieren', 'flipboard', 'threads', 'bluesky', 'messenger', 'versenden', 'merken'],
    filler: ['per', 'e-mail', 'mail', 'link', 'kopieren', 'auf', 'bei', 'via', 'x', 'artikel', 'seite', 'senden', 'und', 'diesen', 'beitrag'],
  },
  navigationRoots: ['startseite', 'home', 'nachrichten', 'news'],
  creditLabels: ['Foto', 'Fotos', 'Bild', 'Bilder', 'Grafik', 'Illustration', 'Karte', 'Titelbild', 'Titelfoto', 'Symbolbild', 'Symbolfoto', 'Archivfoto', 'Archivbild', 'Bildquelle', 'Fotoquelle', 'Bildnachweis', 'Fotonachweis', 'FOTO', 'BILD'],
  callsToAction: [
    'jetzt (?:lesen|melden|starten|sichern|testen|entdecken|informieren|spenden|bewerben)', 'hier klicken', 'klicken sie', 'abonnieren', 'anmelden', 'registrieren', 'einloggen', 'bestellen', 'kaufen',
    'testen', 'sichern', 'teilnehmen', 'herunterladen', 'weiterlesen', 'entdecken', 'mitmachen', 'zugreifen',
  ],
  bylineWords: ['von', 'text', 'autor', 'autorin', 'ein kommentar von', 'eine analyse von', 'eine reportage von', 'interview', 'von unserem korrespondenten', 'von unserer korrespondentin', 'aufgezeichnet von'],
  provenance: [
    'mit material (?:von|der|aus)\\b',
    'mitarbeit ?:',
    'quelle ?: ?\\S',
    'redaktion ?:',
    'übersetzung ?:',
    '(?:dieser|der) (?:artikel|beitrag|text) erschien zuerst',
    'korrektur(?:hinweis)? ?:',
    'anmerkung der redaktion',
    'stand ?: ?\\d',
    '(?:zuletzt )?aktualisiert(?: am)? ?:? ?\\d',
    'veröffentlicht(?: am)? ?:? ?\\d',
  ],
};
