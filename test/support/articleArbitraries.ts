/**
 * fast-check generators for hostile article text: raw Unicode of every kind,
 * and article-like text composed from fragments (headers, German and English
 * sentences, scrape-noise lines, quotations of every style, balanced or not)
 * so that the properties reach the interesting paths of the analysis, not
 * just its early exits. Every fragment here is written for these tests.
 */
import fc from 'fast-check';

/** A lone half of a surrogate pair: invalid UTF-16 that editors still hold. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const LINE_BREAKS = ['\n', '\r\n', '\r'] as const;
export const lineBreak = fc.constantFrom(...LINE_BREAKS);

/** Characters that sit at the edges of what the analysis expects. */
const ODD_CHARACTERS = [
  '\0', '\uFEFF', '\u200B', '\u00A0', '\u2028', '\u2029', '\t', '\f', '\v', '\u0085', '\u3000', '\u202F',
  '👍🏽', '🇩🇪', '👨‍👩‍👧', '𝔘', '😀', 'e\u0301', '\u0308', 'ß', 'İ', 'ﬁ', 'ǅ',
  'مرحبا', 'שלום', '\u202E', '\u200F', '日本語', 'Ωμέγα', 'Москва', 'नमस्ते', 'ไทย',
] as const;

/** Every quotation mark style the analysis knows, and a few it may not. */
export const QUOTE_MARKS = ['„', '“', '”', '‚', '‘', '’', '"', "'", '»', '«', '›', '‹', '「', '」', '『', '』', '〝', '〞', '＂'] as const;

/** One unit of hostile text: any code point, a lone surrogate, a line break, a quotation mark or an odd character. */
export const hostileUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 }) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 3, arbitrary: lineBreak },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_CHARACTERS) },
  { weight: 1, arbitrary: fc.constantFrom('. ', '? ', '! ', ': ', ', ', ' – ', '...', '[...]', '(', ')', '*') },
);

/** Any string, built from hostile units. */
export const hostileText = fc.string({ unit: hostileUnit, maxLength: 300 });

const GERMAN_SENTENCES = [
  'Der Stadtrat von Kleinfeld hat am Dienstag den neuen Haushalt beschlossen.',
  'Die Kosten für den Umbau des Bahnhofs stiegen nach Angaben der Verwaltung um 14 Prozent.',
  'Bürgermeisterin Anna Leitner sagte, man habe keine andere Wahl gehabt.',
  'Kritiker werfen der Regierung vor, die Zahlen geschönt zu haben.',
  'Am 12. Januar soll der Ausschuss erneut tagen.',
  'Nach Informationen dieser Zeitung ist die Entscheidung längst gefallen.',
  'Die Arbeitslosigkeit ist im vergangenen Jahr deutlich gesunken.',
  'Dr. Markus Feld, Sprecher des Ministeriums, wollte sich dazu nicht äußern.',
  'Beobachter meinen, der Streit werde sich noch Monate hinziehen.',
  'Die Polizei soll mehrere Verdächtige festgenommen haben.',
  'In Berlin, Wien und Genf wurde das Treffen mit Spannung erwartet.',
  'Das ist z. B. beim 2. Mal schon anders gewesen.',
  'Laut Statistischem Bundesamt lebten dort Ende 2024 rund 83 Millionen Menschen.',
  'Es war das erste Treffen seit dem 20. Jahrhundert, heißt es aus Regierungskreisen.',
] as const;

const ENGLISH_SENTENCES = [
  'The council approved the new budget on Tuesday.',
  'Officials say the costs rose by 14 percent.',
  'Mayor Jane Porter said there had been no other choice.',
  'The minister reportedly met the envoy in Geneva.',
  'Mr. Smith declined to comment.',
] as const;

const QUOTED_PASSAGES = [
  'Wir werden das nicht hinnehmen',
  'Das ist ein guter Tag für die Stadt. Aber die Arbeit beginnt erst',
  'Niemand hat mit uns gesprochen',
  'We will not accept this',
  'Die Lage ist ernst, aber nicht hoffnungslos',
] as const;

/** [opening, closing] pairs of every style, including mismatched ones. */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['„', '“'], ['“', '”'], ['"', '"'], ['»', '«'], ['«', '»'], ['‚', '‘'], ["'", "'"], ['›', '‹'], ['「', '」'],
  ['„', '”'], ['»', '“'], ['"', '“'], ['„', ''], ['', '“'], ['«', ''],
];

const ATTRIBUTIONS = ['sagte Leitner.', 'sagte sie am Montag.', 'so der Sprecher.', 'heißt es.', 'said Porter.', ''] as const;

/** Lines scrapers leave behind; the noise detector should flag most of them. */
const NOISE_LINES = [
  'Teilen', 'Twittern', 'Per E-Mail senden', 'Anzeige', 'Schreibe einen Kommentar', 'Kommentar abschicken', 'Name *',
  'Foto: Peter Sand / dpa', 'Bild: Fabian Kurz / Getty Images', 'Mehr zum Thema – Der Streit um den Bahnhof',
  'Lesen Sie auch: Was der Haushalt für Familien bedeutet', 'Startseite > Politik > Ausland', '10:37', 'Video abspielen',
  '(dpa/rtr)', 'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.', 'Alle akzeptieren',
  'Newsletter: Jetzt kostenlos abonnieren', 'Sie haben 3 von 5 kostenlosen Artikeln gelesen.', '© 2026 Kleinfelder Bote',
  'Lesezeit: 3 Minuten', 'Share on Facebook', 'Read more', 'Zur Startseite', 'Jetzt 4 Wochen gratis testen',
] as const;

const HEADLINES = ['Streit um den Bahnhof', 'Haushalt beschlossen: Kleinfeld spart', 'Council approves budget', 'Genf war kein Durchbruch'] as const;

const quotation = fc
  .tuple(fc.constantFrom(...QUOTE_PAIRS), fc.constantFrom(...QUOTED_PASSAGES), fc.constantFrom(...ATTRIBUTIONS), fc.boolean())
  .map(([[open, close], passage, attribution, nested]) => {
    const inner = nested ? `${passage}, ‚so weit‘ und »nicht weiter«` : passage;
    return `${open}${inner}${close}, ${attribution}`.trim();
  });

const sentence = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...GERMAN_SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...ENGLISH_SENTENCES) },
  { weight: 3, arbitrary: quotation },
  { weight: 1, arbitrary: hostileText.map((text) => text.slice(0, 40)) },
);

const proseLine = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));

/** One line of an article: prose, a noise line, or a headline. */
const articleLine = fc.oneof(
  { weight: 6, arbitrary: proseLine },
  { weight: 3, arbitrary: fc.constantFrom(...NOISE_LINES) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADLINES) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\t', '\u00A0', '\u200B') },
);

const paragraph = fc
  .tuple(fc.array(articleLine, { minLength: 1, maxLength: 3 }), lineBreak)
  .map(([lines, newline]) => lines.join(newline));

const header = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...HEADLINES).map((headline) => ` date 2026-03 ${headline}\n\n`),
  fc.constantFrom(...HEADLINES).map((headline) => `---\ntitle: ${headline}\ndate: 2026-03-13\nsource: Kleinfelder Bote\n---\n`),
  fc.constant('---\ntitle: never closed\n'),
  fc.constant('\uFEFF'),
);

/** Breaks between paragraphs: one blank line usually, sometimes none or several, in mixed styles. */
const paragraphBreak = fc.array(lineBreak, { minLength: 1, maxLength: 4 }).map((breaks) => breaks.join(''));

/** Inserts hostile units at random places of a text, so fragments also meet odd characters mid-word. */
function withInsertions(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), hostileUnit), { maxLength: 4 }))
    .map(([text, insertions]) => {
      let result = text;
      for (const [at, unit] of insertions) {
        const position = result.length === 0 ? 0 : at % (result.length + 1);
        result = result.slice(0, position) + unit + result.slice(position);
      }
      return result;
    });
}

/** Article-like text: an optional header, a headline, paragraphs of prose, quotations and noise, odd characters sprinkled in. */
export const articleText = withInsertions(
  fc
    .tuple(header, fc.constantFrom(...HEADLINES), fc.array(fc.tuple(paragraph, paragraphBreak), { minLength: 1, maxLength: 8 }), fc.constantFrom('', '\n', '\r\n', '\n\n'))
    .map(([head, headline, paragraphs, ending]) => `${head}${headline}\n\n${paragraphs.map(([p, gap]) => p + gap).join('').trimEnd()}${ending}`),
);

/** Either kind of text, weighted towards article-like text. */
export const anyArticleText = fc.oneof({ weight: 2, arbitrary: articleText }, { weight: 1, arbitrary: hostileText });

/** A text with one line of about `size` UTF-16 code units, of prose, quotation marks or hostile units. */
export const longLineText = (size: number) => fc
  .tuple(fc.oneof(proseLine, fc.constant('„Er sagte: »ja« ‚nein‘ "so" '), fc.string({ unit: hostileUnit, minLength: 8, maxLength: 40 })), articleText)
  .map(([unit, around]) => {
    // An HTML page dumped as one line looks like this: thousands of quotation marks, no line break.
    const line = `${unit} `.replace(/[\r\n]/g, ' ').repeat(Math.ceil(size / (unit.length + 1)));
    return `${around}\n${line}\n${around}`;
  });
