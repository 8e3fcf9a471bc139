/**
 * Tokenises German and English lines with the real TextMate engine
 * (vscode-textmate + vscode-oniguruma) and checks the scopes the
 * `news-article` grammar assigns. Also checks the language configuration's
 * wordPattern.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const SCOPE = 'text.news-article';
const GRAMMAR_FILE = path.join('syntaxes', 'news-article.tmLanguage.json');

/** The repo root: three levels up from out/test/unit, or the working directory. */
function repoRoot(): string {
  const candidates = [path.resolve(__dirname, '../../..'), path.resolve(__dirname, '../..'), process.cwd()];
  for (const dir of candidates) {
    if (fs.existsSync(path.join(dir, GRAMMAR_FILE))) return dir;
  }
  throw new Error(`cannot find ${GRAMMAR_FILE} from ${__dirname} or ${process.cwd()}`);
}

interface Tok {
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly Tok[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  // createRequire: esbuild would otherwise warn about require.resolve of a bundled package.
  const wasm = fs.readFileSync(createRequire(__filename).resolve('vscode-oniguruma/release/onig.wasm'));
  const wasmBin = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
  await oniguruma.loadWASM(wasmBin);
  const onigLib: Promise<vsctm.IOnigLib> = Promise.resolve({
    createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  });
  const root = repoRoot();
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== SCOPE) return null;
      const file = path.join(root, GRAMMAR_FILE);
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const loaded = await registry.loadGrammar(SCOPE);
  if (!loaded) throw new Error('grammar did not load');
  return loaded;
}

/** Tokenises a whole document, line by line, carrying the rule stack. */
function tokenize(lines: readonly string[]): TokenizedLine[] {
  let stack: vsctm.StateStack = vsctm.INITIAL;
  return lines.map((text) => {
    const result = grammar.tokenizeLine(text, stack);
    stack = result.ruleStack;
    return {
      text,
      tokens: result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, text.length), scopes: t.scopes })),
    };
  });
}

/** The tokens covering `needle` (its `occurrence`-th appearance in the line). */
function covering(line: TokenizedLine, needle: string, occurrence = 1): Tok[] {
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = line.text.indexOf(needle, start + 1);
    assert.notEqual(start, -1, `"${needle}" (#${occurrence}) not found in: ${line.text}`);
  }
  const end = start + needle.length;
  const tokens = line.tokens.filter((t) => t.start < end && t.end > start);
  assert.ok(tokens.length > 0, `no token covers "${needle}"`);
  return tokens;
}

/** The scopes that every character of `needle` has. */
function scopesOf(line: TokenizedLine, needle: string, occurrence = 1): string[] {
  return covering(line, needle, occurrence)
    .map((t) => [...t.scopes])
    .reduce((common, scopes) => common.filter((s) => scopes.includes(s)));
}

/** The scopes that any character of `needle` has. */
function anyScopesOf(line: TokenizedLine, needle: string, occurrence = 1): string[] {
  return [...new Set(covering(line, needle, occurrence).flatMap((t) => t.scopes))];
}

function describeTokens(line: TokenizedLine): string {
  return line.tokens
    .map((t) => `  ${JSON.stringify(line.text.slice(t.start, t.end))} ${t.scopes.slice(1).join(' ')}`)
    .join('\n');
}

function hasScope(scopes: readonly string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(prefix + '.') || s.split(' ').includes(prefix));
}

/** Every character of `needle` has the scope. */
function assertScope(line: TokenizedLine, needle: string, prefix: string, occurrence = 1): void {
  const scopes = scopesOf(line, needle, occurrence);
  assert.ok(
    hasScope(scopes, prefix),
    `expected "${needle}" to have ${prefix}, got [${scopes.join(', ')}]\n${describeTokens(line)}`,
  );
}

/** Not a single character of `needle` has the scope. */
function assertNoScope(line: TokenizedLine, needle: string, prefix: string, occurrence = 1): void {
  const scopes = anyScopesOf(line, needle, occurrence);
  assert.ok(
    !hasScope(scopes, prefix),
    `expected "${needle}" NOT to have ${prefix}, got [${scopes.join(', ')}]\n${describeTokens(line)}`,
  );
}

/** No scope of this prefix anywhere in the line. */
function assertLineFree(line: TokenizedLine, prefix: string): void {
  for (const t of line.tokens) {
    assert.ok(
      !hasScope(t.scopes, prefix),
      `expected no ${prefix} in line, got one at ${JSON.stringify(line.text.slice(t.start, t.end))}\n${describeTokens(line)}`,
    );
  }
}

function one(text: string): TokenizedLine {
  return tokenize([text])[0]!;
}

const VERB = 'keyword.other.reporting-verb';
const HEADLINE = 'markup.heading';
const HEADER = 'meta.header';
const STRING = 'string.quoted';
const BEGIN = 'punctuation.definition.string.begin';
const END = 'punctuation.definition.string.end';

before(async () => {
  grammar = await loadGrammar();
});

describe('date-line header and headline', () => {
  test('first line " date YYYY-MM Headline": prefix is the header, the rest the headline', () => {
    const [first, second] = tokenize([
      ' date 2026-03 Vollmer sieht „Fortschritt“ in Genf',
      'Der Rat tagte am 12. März in Genf.',
    ]);
    assertScope(first!, ' date 2026-03', HEADER);
    assertScope(first!, '2026-03', 'constant.numeric.date');
    assertNoScope(first!, 'date', 'constant.numeric.date');
    assertScope(first!, 'Vollmer sieht', HEADLINE);
    assertNoScope(first!, 'Vollmer sieht', HEADER);
    assertScope(first!, 'in Genf', HEADLINE);
    assertScope(first!, '„', BEGIN);
    assertScope(first!, 'Fortschritt', 'string.quoted.double.german');
    assertScope(first!, 'Fortschritt', HEADLINE);
    assertLineFree(second!, HEADLINE);
    assertLineFree(second!, HEADER);
  });

  test('a full date and an English headline', () => {
    const line = one(' date 2026-03-12 Pact and Russia talk again');
    assertScope(line, '2026-03-12', 'constant.numeric.date');
    assertScope(line, 'Pact and Russia talk again', HEADLINE);
  });

  test('a date line that is not the first line is plain text', () => {
    const [, second] = tokenize(['Genfer Gespräche', ' date 2026-03 Keine Überschrift']);
    assertLineFree(second!, HEADER);
    assertLineFree(second!, HEADLINE);
    assertLineFree(second!, 'constant.numeric.date');
  });

  test('a headline-only first line is not coloured (TextMate cannot know it)', () => {
    const [first] = tokenize(['Liveticker Genfer Gespräche', '', 'Text.']);
    assertLineFree(first!, HEADLINE);
  });

  test('"date" followed by something that is not a date is no header', () => {
    const [first] = tokenize([' date 20260 Vollmer']);
    assertLineFree(first!, HEADER);
  });
});

describe('front matter', () => {
  const doc = [
    '---',
    'title: Nach Genf: Vollmer will heißen Draht',
    'date: 2026-03-13',
    'source: Morgenpost Ost',
    'url: https://www.example.org/politik/vollmer',
    'author: Dr. Sabine Kranich',
    '---',
    'Startseite > Politik > Ausland',
    '„Wir brauchen eine direkte Leitung“, sagte Vollmer.',
  ];

  test('keys are tags, values unquoted strings, the block is the header', () => {
    const lines = tokenize(doc);
    assertScope(lines[0]!, '---', HEADER);
    assertScope(lines[0]!, '---', 'punctuation.definition.header.begin');
    assertScope(lines[1]!, 'title', 'entity.name.tag');
    assertNoScope(lines[1]!, 'title', 'string.unquoted');
    assertScope(lines[1]!, 'Nach Genf: Vollmer will heißen Draht', 'string.unquoted');
    assertScope(lines[1]!, 'Nach Genf: Vollmer will heißen Draht', HEADLINE);
    assertScope(lines[2]!, 'date', 'entity.name.tag');
    assertScope(lines[2]!, '2026-03-13', 'string.unquoted');
    assertScope(lines[3]!, 'source', 'entity.name.tag');
    assertScope(lines[3]!, 'Morgenpost Ost', 'string.unquoted');
    assertScope(lines[4]!, 'url', 'entity.name.tag');
    assertScope(lines[4]!, 'https://www.example.org/politik/vollmer', 'string.unquoted');
    assertScope(lines[5]!, 'author', 'entity.name.tag');
    assertScope(lines[5]!, 'Dr. Sabine Kranich', 'string.unquoted');
    assertScope(lines[6]!, '---', HEADER);
    assertScope(lines[6]!, '---', 'punctuation.definition.header.end');
  });

  test('the article after the block is not part of the header', () => {
    const lines = tokenize(doc);
    assertLineFree(lines[7]!, HEADER);
    assertLineFree(lines[8]!, HEADER);
    assertLineFree(lines[8]!, 'entity.name.tag');
    assertScope(lines[8]!, 'Wir brauchen', 'string.quoted.double.german');
    assertScope(lines[8]!, 'sagte', VERB);
  });

  test('a block without its closing --- stops at the first non key-value line', () => {
    const lines = tokenize(['---', 'title: Genf', 'Die Delegationen sind eingetroffen, sagte ein Sprecher.', 'Weiter.']);
    assertScope(lines[1]!, 'title', 'entity.name.tag');
    assertLineFree(lines[2]!, HEADER);
    assertScope(lines[2]!, 'sagte', VERB);
    assertLineFree(lines[3]!, HEADER);
  });

  test('--- later in the file is no front matter', () => {
    const lines = tokenize(['Text.', '---', 'title: kein Header']);
    assertLineFree(lines[1]!, HEADER);
    assertLineFree(lines[2]!, 'entity.name.tag');
  });
});

describe('quotations', () => {
  const styles: ReadonlyArray<readonly [string, string, string, string, string]> = [
    // line, open mark, content, close mark, scope
    ['„Wir sind bereit“, sagte Vollmer.', '„', 'Wir sind bereit', '“', 'string.quoted.double.german'],
    ['“We are ready,” Vollmer said.', '“', 'We are ready,', '”', 'string.quoted.double.english'],
    ['"Wir sind bereit", sagte sie.', '"', 'Wir sind bereit', '"', 'string.quoted.double.straight'],
    ['»Die Lage ist ernst«, sagte sie.', '»', 'Die Lage ist ernst', '«', 'string.quoted.double.guillemets.german'],
    ['«Die Lage ist ernst», sagte sie.', '«', 'Die Lage ist ernst', '»', 'string.quoted.double.guillemets.french'],
    ['Von einer ‚Bedrohung‘ könne keine Rede sein.', '‚', 'Bedrohung', '‘', 'string.quoted.single.german'],
    ['So-called ‘routine drills’ began in February.', '‘', 'routine drills', '’', 'string.quoted.single.english'],
  ];

  for (const [text, open, content, close, scope] of styles) {
    test(`${open}…${close} is ${scope}`, () => {
      const line = one(text);
      assertScope(line, open, scope);
      assertScope(line, open, BEGIN);
      assertScope(line, content, scope);
      assertNoScope(line, content, BEGIN);
      const closeOccurrence = open === close ? 2 : 1;
      assertScope(line, close, scope, closeOccurrence);
      assertScope(line, close, END, closeOccurrence);
      // The text after the quotation is not part of it.
      const after = text.slice(text.indexOf(close, text.indexOf(open) + 1) + 1).trim();
      assertNoScope(line, after, 'string.quoted');
    });
  }

  test('nested ‚…‘ inside „…“', () => {
    const line = one('„Wenn Orlow erklärt, er sei ‚nicht gekommen‘, dann spricht er zum Publikum“, meint Feldhaus.');
    assertScope(line, 'nicht gekommen', 'string.quoted.single.german');
    assertScope(line, 'nicht gekommen', 'string.quoted.double.german');
    assertScope(line, 'dann spricht er', 'string.quoted.double.german');
    assertNoScope(line, 'dann spricht er', 'string.quoted.single');
    assertScope(line, '“', END);
    assertNoScope(line, 'meint Feldhaus', STRING);
    assertScope(line, 'meint', VERB);
    // A reporting verb inside a quotation is the speaker's word, not an attribution.
    assertNoScope(line, 'erklärt', VERB);
  });

  test('nested ‘…’ inside “…”, and an apostrophe does not close it', () => {
    const line = one('“They call it ‘Vollmer’s plan’ now,” she said.');
    assertScope(line, 'Vollmer’s plan', 'string.quoted.single.english');
    assertScope(line, 'now,', 'string.quoted.double.english');
    assertNoScope(line, 'now,', 'string.quoted.single');
    assertNoScope(line, 'she said.', STRING);
    assertScope(line, 'said', VERB);
  });

  test('straight quotes nested in German quotes', () => {
    const line = one('„Die sogenannte "Pufferzone" lehnen wir ab“, sagte Belowa.');
    assertScope(line, 'Pufferzone', 'string.quoted.double.straight');
    assertScope(line, 'Pufferzone', 'string.quoted.double.german');
    assertScope(line, 'lehnen wir ab', 'string.quoted.double.german');
    assertNoScope(line, 'lehnen wir ab', 'string.quoted.double.straight');
    assertNoScope(line, 'sagte Belowa', STRING);
  });

  test('the closing mark of one style opening another: „…“ and “…”; »…« and «…»', () => {
    const a = one('Sie sagte „Ja“ und er sagte “No” dazu.');
    assertNoScope(a, ' und er ', STRING);
    assertScope(a, 'No', 'string.quoted.double.english');
    assertNoScope(a, 'dazu', STRING);
    const b = one('Erst »Ja« und dann «Non» als Antwort.');
    assertNoScope(b, ' und dann ', STRING);
    assertScope(b, 'Non', 'string.quoted.double.guillemets.french');
    assertNoScope(b, 'als Antwort', STRING);
  });

  test('a quotation interrupted by ", sagte sie, " is two quotations', () => {
    const line = one('„Wir lassen uns nichts vorschreiben“, sagte sie, „auch nicht in Genf.“');
    assertNoScope(line, ', sagte sie, ', STRING);
    assertScope(line, 'sagte', VERB);
    assertScope(line, 'auch nicht in Genf.', 'string.quoted.double.german');
  });

  test('an unclosed „ ends at the end of its line and does not leak', () => {
    const lines = tokenize([
      'Die Ministerin sprach von einer „Politik der Einschüchterung, die wir nicht hinnehmen.',
      'Der nächste Absatz ist wieder normaler Text, sagte ein Diplomat.',
      '„Ein sauberes Zitat“ folgt.',
    ]);
    assertScope(lines[0]!, 'Politik der Einschüchterung', 'string.quoted.double.german');
    assertScope(lines[0]!, 'hinnehmen.', 'string.quoted.double.german');
    assertNoScope(lines[0]!, 'Die Ministerin', STRING);
    assertLineFree(lines[1]!, STRING);
    assertScope(lines[1]!, 'sagte', VERB);
    assertNoScope(lines[2]!, 'folgt', STRING);
    assertScope(lines[2]!, 'Ein sauberes Zitat', 'string.quoted.double.german');
  });

  test('unclosed straight, guillemet and English quotes do not leak either', () => {
    for (const open of ['"', '»', '«', '“', '‚']) {
      const lines = tokenize([`Er sagte ${open}nie wieder`, 'Neue Zeile ohne Zitat.']);
      assertScope(lines[0]!, 'nie wieder', 'string.quoted');
      assertLineFree(lines[1]!, STRING);
    }
  });

  test('an unclosed quote in the headline does not leak into the body', () => {
    const lines = tokenize([' date 2026-03 Vollmer: „Ein Anfang', 'Der Text beginnt hier.']);
    assertScope(lines[0]!, 'Ein Anfang', 'string.quoted.double.german');
    assertScope(lines[0]!, 'Ein Anfang', HEADLINE);
    assertLineFree(lines[1]!, STRING);
    assertLineFree(lines[1]!, HEADLINE);
  });
});

describe('reporting verbs', () => {
  const positives: ReadonlyArray<readonly [string, string]> = [
    ['„Wir sind bereit“, sagte Vollmer.', 'sagte'],
    ['Vollmer sagt, der Pakt sei bereit.', 'sagt'],
    ['Beide Seiten sagten, man werde weiter reden.', 'sagten'],
    ['Die Übungen seien defensiv, erklärte Belowa.', 'erklärte'],
    ['Die Ministerin betonte, man sei geschlossen.', 'betonte'],
    ['Das sei wichtig, ergänzte Hartung.', 'ergänzte'],
    ['Er meinte, das sei zu wenig.', 'meinte'],
    ['Vollmer warnte vor einer Eskalation.', 'warnte'],
    ['Polen kritisierte die Manöver.', 'kritisierte'],
    ['Der Pakt bekräftigte seine Haltung.', 'bekräftigte'],
    ['Orlow unterstrich, Russland stelle keine Ultimaten.', 'unterstrich'],
    ['Feldhaus kommentierte den Auftritt knapp.', 'kommentierte'],
    ['Vollmer zufolge gebe es keine Einigung.', 'zufolge'],
    ['Laut Ministerium wurden 14 Verletzungen registriert.', 'Laut'],
    ['Die Zahl ist laut einem Bericht höher.', 'laut'],
    ['Das sei bereits vereinbart, betont Vollmer.', 'betont'],
    ['Die Lage sei ernst, so Vollmer.', 'so'],
    ['Die Lage sei ernst – so die Ministerin.', 'so'],
    ['Aus Delegationskreisen hieß es, Orlow sei gegangen.', 'hieß es'],
    ['Aus Delegationskreisen verlautete, Orlow sei gegangen.', 'verlautete'],
    ['“We are ready,” Vollmer said.', 'said'],
    ['Vollmer says the pact is ready.', 'says'],
    ['Officials say the drills are the largest since the Cold War.', 'say'],
    ['She praised the talks, adding that more work was needed.', 'adding'],
    ['She told reporters the talks were tense.', 'told'],
    ['The drills are defensive, she added.', 'added'],
    ['Vollmer stressed the need for a hotline.', 'stressed'],
    ['Hartung warned Moscow.', 'warned'],
    ['Belova explained that the drills would end.', 'explained'],
    ['Analysts noted the timing.', 'noted'],
    ['According to officials, the drills will end on March 30.', 'According to'],
    ['The figure is higher, according to Western officials.', 'according to'],
  ];

  for (const [text, verb] of positives) {
    test(`"${verb}" in: ${text}`, () => {
      assertScope(one(text), verb, VERB);
    });
  }

  test('separable verbs: fügte … hinzu, teilte … mit', () => {
    const a = one('„Sie enden am 30. März“, fügte Belowa am Abend hinzu.');
    assertScope(a, 'fügte', VERB);
    assertScope(a, 'hinzu', VERB);
    assertNoScope(a, 'Belowa am Abend', VERB);
    const b = one('Das Ministerium teilte am Montag mit, die Ukraine stehe an der Seite Polens.');
    assertScope(b, 'teilte', VERB);
    assertScope(b, 'mit', VERB);
    assertNoScope(b, 'die Ukraine stehe', VERB);
    const c = one('Damals fügte sie hinzu: „Wir verteidigen jeden Meter.“');
    assertScope(c, 'fügte', VERB);
    assertScope(c, 'hinzu', VERB);
    assertScope(c, 'Wir verteidigen', 'string.quoted.double.german');
  });

  test('a separable verb with an unclosed quote in between does not leak', () => {
    const lines = tokenize(['Er fügte „bitte sehr hinzu.', 'Neue Zeile, sagte sie.']);
    assertLineFree(lines[1]!, STRING);
    assertScope(lines[1]!, 'sagte', VERB);
  });

  const negatives: ReadonlyArray<readonly [string, string]> = [
    ['Die Zusage kam spät.', 'Zusage'],
    ['Der Termin wurde kurzfristig angesagt.', 'angesagt'],
    ['Es gab eine Absage aus Moskau.', 'Absage'],
    ['Die Aussagen widersprechen sich.', 'Aussagen'],
    ['Er gilt als Sager klarer Sätze.', 'Sager'],
    ['Die Warnung kam zu spät.', 'Warnung'],
    ['Die Erklärung blieb aus.', 'Erklärung'],
    ['Die Antwort lautet nein.', 'lautet'],
    ['Die Lautsprecher fielen aus.', 'Lautsprecher'],
    ['Die Musik war laut.', 'laut'],
    ['Er sprach laut und deutlich.', 'laut'],
    ['Vollmer gab sich betont nüchtern.', 'betont'],
    ['Das ist meine Meinung.', 'meine'],
    ['Er fügte sich dem Beschluss.', 'fügte'],
    ['Polen teilte die Sorge mit Litauen.', 'teilte'],
    ['Polen teilte die Sorge mit Litauen.', 'mit'],
    ['Die Lage ist ernst, so dass alle warten.', 'so'],
    ['Edward Said wrote about this.', 'Said'],
    ['Much was left unsaid.', 'unsaid'],
    ['Analysts foretold the crisis.', 'foretold'],
    ['An addendum was attached.', 'addendum'],
    ['She opened her notebook.', 'notebook'],
  ];

  for (const [text, word] of negatives) {
    test(`not a reporting verb: "${word}" in: ${text}`, () => {
      assertNoScope(one(text), word, VERB);
    });
  }

  test('reporting verbs are case-insensitive in German', () => {
    assertScope(one('SAGTE Vollmer, und ging.'), 'SAGTE', VERB);
    assertScope(one('Zufolge dem Bericht blieb es ruhig.'), 'Zufolge', VERB);
  });
});

describe('language configuration', () => {
  interface LanguageConfiguration {
    wordPattern: string;
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
  }
  const config = (): LanguageConfiguration =>
    JSON.parse(fs.readFileSync(path.join(repoRoot(), 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

  test('wordPattern keeps compounds, genitives, umlauts, ß and numbers whole', () => {
    const re = new RegExp(config().wordPattern, 'g');
    const words = (s: string) => s.match(re) ?? [];
    assert.deepEqual(words('Der NATO-Russland-Rat tagte.'), ['Der', 'NATO-Russland-Rat', 'tagte']);
    assert.deepEqual(words('Stoltenbergs Büro'), ['Stoltenbergs', 'Büro']);
    assert.deepEqual(words('„Außenministerin“ Weiß'), ['Außenministerin', 'Weiß']);
    assert.deepEqual(words('Rund 80.000 Soldaten, 3,5 Prozent.'), ['Rund', '80.000', 'Soldaten', '3,5', 'Prozent']);
    assert.deepEqual(words('Ost- und Westeuropa'), ['Ost', 'und', 'Westeuropa']);
    assert.deepEqual(words('Ms. Vollmer’s plan'), ['Ms', 'Vollmer’s', 'plan']);
  });

  test('every quote style can be auto-closed or surrounded', () => {
    const c = config();
    const opens = new Set(c.autoClosingPairs.map((p) => p.open));
    for (const open of ['„', '»', '‚', '"']) assert.ok(opens.has(open), `autoClosingPairs lacks ${open}`);
    const surround = new Set(c.surroundingPairs.map(([o, cl]) => o + cl));
    for (const pair of ['„“', '“”', '""', '»«', '«»', '‚‘', '‘’']) assert.ok(surround.has(pair), `surroundingPairs lacks ${pair}`);
  });
});
