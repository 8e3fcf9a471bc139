/**
 * "The same statement in other articles": quality on our own fixture pairs
 * (test/fixtures/quotes/pairs.json) and on samples/, incremental updates,
 * word diffs and quote.variant findings.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import type { Article } from '../../server/src/core/article/types';
import { assessClaims } from '../../server/src/core/claims/assess';
import { QuoteIndex, variantFindings, wordingChanges } from '../../server/src/core/quoteMatching';
import fixtures from '../fixtures/quotes/pairs.json';

interface Pair {
  readonly id: string;
  readonly kind?: string;
  readonly a: string;
  readonly b: string;
}

function add(index: QuoteIndex, key: string, text: string): Article {
  const article = buildArticle(key, text);
  index.set(key, article, assessClaims(article).quotations);
  return article;
}

/** Every link from one article's statements to another article. */
function linksBetween(index: QuoteIndex, from: string, to: string): { kind: string; score: number }[] {
  return index.statementsOf(from).flatMap((qs) => index.matchesOf(from, qs[0]).filter((m) => m.key === to));
}

describe('quote matching: fixture pairs', () => {
  const index = new QuoteIndex();
  const positives = fixtures.positives as Pair[];
  const negatives = fixtures.negatives as Pair[];
  for (const p of [...positives, ...negatives]) {
    add(index, `${p.id}/a`, p.a);
    add(index, `${p.id}/b`, p.b);
  }

  it('links at least 90% of the matching pairs, with the expected kind', () => {
    const missed: string[] = [];
    const wrongKind: string[] = [];
    for (const p of positives) {
      const links = linksBetween(index, `${p.id}/a`, `${p.id}/b`);
      if (links.length === 0) missed.push(p.id);
      else if (!links.some((l) => l.kind === p.kind)) wrongKind.push(`${p.id}: ${links.map((l) => l.kind).join(',')} (expected ${p.kind})`);
    }
    const recall = (positives.length - missed.length) / positives.length;
    console.log(`fixture recall ${recall.toFixed(3)} (${positives.length - missed.length}/${positives.length}); missed: ${missed.join(', ') || 'none'}; other kind: ${wrongKind.join('; ') || 'none'}`);
    assert.ok(positives.length >= 30);
    assert.ok(recall >= 0.9, `recall ${recall}; missed ${missed.join(', ')}`);
    assert.ok(wrongKind.length <= positives.length * 0.1, wrongKind.join('\n'));
  });

  it('links no hard negative and nothing across unrelated pairs', () => {
    assert.ok(negatives.length >= 10);
    const falseLinks: string[] = [];
    const pairOf = (key: string) => key.split('/')[0];
    const keys = [...positives, ...negatives].flatMap((p) => [`${p.id}/a`, `${p.id}/b`]);
    const negativeIds = new Set(negatives.map((n) => n.id));
    // Negatives reuse the positives' speakers and topics; only the pair itself may link.
    for (const key of keys) {
      for (const qs of index.statementsOf(key)) {
        for (const m of index.matchesOf(key, qs[0])) {
          if (m.key === key) continue;
          const same = pairOf(m.key) === pairOf(key);
          if (!same || negativeIds.has(pairOf(key))) {
            // A negative's "a" side may legitimately match the positive it was derived from.
            const text = (k: string) => (fixtures.positives as Pair[]).concat(negatives).find((p) => p.id === pairOf(k))!;
            if (!same && isSameStatementByDesign(text(key), text(m.key))) continue;
            falseLinks.push(`${key} → ${m.key} (${m.kind} ${m.score.toFixed(2)})`);
          }
        }
      }
    }
    console.log(`fixture false links: ${falseLinks.length}`);
    assert.deepEqual(falseLinks, []);
  });
});

/**
 * The negatives' "a" sides repeat (parts of) positive statements on purpose,
 * so that each negative "b" has a true version next to it; links between
 * those are correct.
 */
const DESIGNED_SAME: readonly (readonly [string, string])[] = [
  ['neg-1', 'marks-1'], ['neg-2', 'marks-2'], ['neg-3', 'split-1'], ['neg-4', 'partial-1'], ['neg-5', 'translation-2'],
  ['neg-6', 'split-2'], ['neg-7', 'bracket-2'], ['neg-8', 'translation-3'], ['neg-9', 'translation-4'], ['neg-10', 'split-3'],
  ['neg-11', 'order-1'], ['neg-12', 'translation-1'],
  // The later negatives' "a" sides shorten a translation pair's statement (same speaker, same words).
  ['neg-29', 'translation-19'], ['neg-30', 'translation-20'], ['neg-31', 'translation-22'], ['neg-32', 'translation-23'],
  ['neg-35', 'translation-26'],
];

function isSameStatementByDesign(x: Pair, y: Pair): boolean {
  return DESIGNED_SAME.some(([n, p]) => (x.id === n && y.id === p) || (x.id === p && y.id === n));
}

describe('quote matching: samples/', () => {
  const index = new QuoteIndex();
  const articles = new Map<string, Article>();
  for (const file of readdirSync('samples').filter((f) => f.endsWith('.txt')).sort()) {
    articles.set(file, add(index, file, readFileSync(join('samples', file), 'utf8')));
  }
  const findQuotation = (file: string, words: string): number => {
    const article = articles.get(file)!;
    const q = article.quotations.find((x) => article.text.slice(x.content.start, x.content.end).includes(words));
    assert.ok(q, `${file}: no quotation with "${words}"`);
    return q.index;
  };
  const linked = (fa: string, wa: string, fb: string, wb: string) => {
    const qa = findQuotation(fa, wa);
    const qb = findQuotation(fb, wb);
    const matches = index.matchesOf(fa, qa);
    return matches.find((m) => m.key === fb && m.quotations.includes(qb));
  };

  it('links the shared statements S1–S10 across outlets and languages', () => {
    const expected: [string, string, string, string, string][] = [
      ['S1', 'de-tagesblick-gipfel.txt', 'an einem Tisch', 'de-morgenpost-ost-vollmer.txt', 'am gleichen Tisch'],
      ['S1', 'de-tagesblick-gipfel.txt', 'an einem Tisch', 'de-nachrichtenportal-ticker.txt', 'für sich genommen'],
      ['S1', 'de-tagesblick-gipfel.txt', 'an einem Tisch', 'en-daily-courier-summit.txt', 'same table'],
      ['S2', 'de-tagesblick-gipfel.txt', 'Ostflanke', 'de-rundschau-online-genf.txt', 'ernst, aber nicht'],
      ['S2', 'de-tagesblick-gipfel.txt', 'Ostflanke', 'de-wochenecho-analyse.txt', 'Ostflanke'],
      ['S2', 'de-tagesblick-gipfel.txt', 'Ostflanke', 'en-continental-wire-geneva.txt', 'eastern flank'],
      ['S3', 'de-grenzland-kurier-belowa.txt', 'unsere Truppen', 'de-tagesblick-gipfel.txt', 'eigenem Territorium'],
      ['S3', 'de-grenzland-kurier-belowa.txt', 'von niemandem', 'de-freie-stimme-kommentar.txt', 'von niemandem'],
      ['S3', 'de-tagesblick-gipfel.txt', 'eigenem Territorium', 'en-northern-ledger-analysis.txt', 'dictate'],
      ['S4', 'de-rundschau-online-genf.txt', 'verschlossene', 'de-morgenpost-ost-vollmer.txt', 'Panzer'],
      ['S4', 'de-rundschau-online-genf.txt', 'verschlossene', 'de-nachrichtenportal-ticker.txt', 'Grenze Panzer'],
      ['S4', 'de-rundschau-online-genf.txt', 'verschlossene', 'en-continental-wire-geneva.txt', 'tanks'],
      ['S5', 'de-tagesblick-gipfel.txt', 'belehren', 'de-rundschau-online-genf.txt', 'belehren'],
      ['S5', 'de-tagesblick-gipfel.txt', 'belehren', 'de-freie-stimme-kommentar.txt', 'nicht nach Genf'],
      ['S5', 'de-tagesblick-gipfel.txt', 'belehren', 'en-daily-courier-summit.txt', 'lectured'],
      ['S6', 'de-morgenpost-ost-vollmer.txt', 'direkte Leitung', 'de-wochenecho-analyse.txt', 'direkte Leitung'],
      ['S6', 'de-morgenpost-ost-vollmer.txt', 'direkte Leitung', 'de-grenzland-kurier-belowa.txt', 'direkten Leitung'],
      ['S6', 'de-morgenpost-ost-vollmer.txt', 'direkte Leitung', 'en-northern-ledger-analysis.txt', 'direct line'],
      ['S7', 'de-rundschau-online-genf.txt', 'Warschau', 'de-nachrichtenportal-ticker.txt', 'Warschau'],
      ['S7', 'de-rundschau-online-genf.txt', 'Warschau', 'en-continental-wire-geneva.txt', 'Warsaw'],
      ['S8', 'de-wochenecho-analyse.txt', 'wie geschlossen', 'de-freie-stimme-kommentar.txt', 'wie geschlossen'],
      ['S8', 'de-wochenecho-analyse.txt', 'wie geschlossen', 'en-northern-ledger-analysis.txt', 'how united'],
      ['S9', 'de-rundschau-online-genf.txt', 'Tür zum Dialog', 'en-daily-courier-summit.txt', 'door to dialogue'],
      ['S10', 'de-grenzland-kurier-belowa.txt', 'Übungen richten', 'en-northern-ledger-analysis.txt', 'exercises'],
    ];
    const missed = expected.filter(([, fa, wa, fb, wb]) => !linked(fa, wa, fb, wb)).map((e) => e.join(' | '));
    const recall = (expected.length - missed.length) / expected.length;
    console.log(`samples recall ${recall.toFixed(3)} (${expected.length - missed.length}/${expected.length})`);
    assert.ok(recall >= 0.9, missed.join('\n'));
  });

  it('does not link the listed hard negatives', () => {
    const negatives: [string, string, string, string][] = [
      ['de-nachrichtenportal-ticker.txt', 'Ein Treffen allein', 'de-tagesblick-gipfel.txt', 'an einem Tisch'],
      ['de-nachrichtenportal-ticker.txt', 'Ein Treffen allein', 'de-morgenpost-ost-vollmer.txt', 'am gleichen Tisch'],
      ['de-nachrichtenportal-ticker.txt', 'Ein Treffen allein', 'en-daily-courier-summit.txt', 'same table'],
      ['de-grenzland-kurier-belowa.txt', 'so angespannt', 'de-tagesblick-gipfel.txt', 'Ostflanke'],
      ['de-grenzland-kurier-belowa.txt', 'so angespannt', 'de-rundschau-online-genf.txt', 'ernst, aber nicht'],
      ['de-grenzland-kurier-belowa.txt', 'so angespannt', 'en-continental-wire-geneva.txt', 'eastern flank'],
      ['de-grenzland-kurier-belowa.txt', 'Quadratmeter', 'de-tagesblick-gipfel.txt', 'Ostflanke'],
      ['de-grenzland-kurier-belowa.txt', 'mit welchen Partnern', 'de-tagesblick-gipfel.txt', 'eigenem Territorium'],
      ['de-grenzland-kurier-belowa.txt', 'mit welchen Partnern', 'en-northern-ledger-analysis.txt', 'dictate'],
      ['de-grenzland-kurier-belowa.txt', 'mit welchen Partnern', 'de-grenzland-kurier-belowa.txt', 'von niemandem'],
      ['de-wochenecho-analyse.txt', 'Geduld des Westens', 'de-freie-stimme-kommentar.txt', 'wie geschlossen'],
      ['de-wochenecho-analyse.txt', 'Geduld des Westens', 'de-wochenecho-analyse.txt', 'wie geschlossen'],
      ['de-wochenecho-analyse.txt', 'Geduld des Westens', 'en-northern-ledger-analysis.txt', 'how united'],
      ['de-rundschau-online-genf.txt', 'Tür zum Dialog', 'de-tagesblick-gipfel.txt', 'an einem Tisch'],
      ['en-daily-courier-summit.txt', 'door to dialogue', 'de-tagesblick-gipfel.txt', 'an einem Tisch'],
      ['de-grenzland-kurier-belowa.txt', 'Übungen richten', 'de-tagesblick-gipfel.txt', 'eigenem Territorium'],
      ['en-northern-ledger-analysis.txt', 'exercises are not', 'en-northern-ledger-analysis.txt', 'dictate'],
    ];
    const falseLinks = negatives.filter(([fa, wa, fb, wb]) => linked(fa, wa, fb, wb) || linked(fb, wb, fa, wa)).map((n) => n.join(' | '));
    assert.deepEqual(falseLinks, []);
    // Hartung's unclosed „Politik der Einschüchterung …“ is no quotation, so it cannot link.
    const freie = articles.get('de-freie-stimme-kommentar.txt')!;
    assert.ok(!freie.quotations.some((q) => freie.text.slice(q.content.start, q.content.end).includes('Einschüchterung')));
  });

  it('marks translations and keeps their confidence below same-language matches', () => {
    const t = linked('de-tagesblick-gipfel.txt', 'an einem Tisch', 'en-daily-courier-summit.txt', 'same table')!;
    const v = linked('de-tagesblick-gipfel.txt', 'an einem Tisch', 'de-morgenpost-ost-vollmer.txt', 'am gleichen Tisch')!;
    assert.equal(t.kind, 'translation');
    assert.equal(v.kind, 'variant');
    assert.ok(t.score < v.score);
    assert.deepEqual(t.wordDiff, []);
  });

  it('reports quote.variant with the word-level differences', () => {
    const article = articles.get('de-tagesblick-gipfel.txt')!;
    const findings = variantFindings(index, 'de-tagesblick-gipfel.txt', (i) => article.quotations[i].span);
    const s1 = findings.find((f) => f.message.includes('Tisch'));
    assert.ok(s1, findings.map((f) => f.message).join('\n'));
    assert.equal(s1.code, 'quote.variant');
    assert.equal(s1.severity, 'information');
    assert.match(s1.message, /here: 'Moskau an einem Tisch'.*de-morgenpost-ost-vollmer: 'Moskau am gleichen Tisch'/);
    const q = findQuotation('de-tagesblick-gipfel.txt', 'an einem Tisch');
    assert.deepEqual(s1.span, article.quotations[q].span);
    // Different quotation marks, an ellipsis or a bracketed insertion alone are not variants.
    const rundschau = articles.get('de-rundschau-online-genf.txt')!;
    const s7 = findQuotation('de-rundschau-online-genf.txt', 'Warschau');
    const ticker = index.matchesOf('de-rundschau-online-genf.txt', s7).find((m) => m.key === 'de-nachrichtenportal-ticker.txt')!;
    assert.equal(ticker.kind, 'same');
    assert.deepEqual(wordingChanges(ticker.wordDiff), []);
    assert.ok(!variantFindings(index, 'de-rundschau-online-genf.txt', (i) => rundschau.quotations[i].span).some((f) => f.span.start === rundschau.quotations[s7].span.start));
  });

  it('joins a quotation resumed after "sagte …" and finds the quotation at an offset', () => {
    const file = 'de-grenzland-kurier-belowa.txt';
    const article = articles.get(file)!;
    const second = article.quotations.find((q) => q.continues !== undefined)!;
    const inside = second.content.start + 2;
    assert.equal(index.quotationAt(file, inside), second.index);
    const viaSecond = index.matchesOf(file, second.index);
    const viaFirst = index.matchesOf(file, second.continues!);
    assert.deepEqual(viaSecond.map((m) => m.key), viaFirst.map((m) => m.key));
    assert.ok(viaSecond.some((m) => m.key === 'de-tagesblick-gipfel.txt'));
    assert.equal(index.quotationAt(file, 0), undefined);
  });

  it('groups the versions of a statement for a compare view', () => {
    const q = findQuotation('de-tagesblick-gipfel.txt', 'an einem Tisch');
    const versions = index.versionsOf('de-tagesblick-gipfel.txt', q);
    const keys = new Set(versions.map((v) => v.key));
    for (const k of ['de-tagesblick-gipfel.txt', 'de-morgenpost-ost-vollmer.txt', 'de-nachrichtenportal-ticker.txt', 'en-daily-courier-summit.txt']) assert.ok(keys.has(k), k);
    assert.ok(!keys.has('de-rundschau-online-genf.txt'));
    const group = index.groups().find((g) => g.some((v) => v.key === 'en-daily-courier-summit.txt' && v.text.includes('same table')))!;
    assert.ok(group.length >= 4);
  });
});

describe('quote matching: incremental updates', () => {
  const A = 'Titel\n\n„Wir werden die Schulen im Herbst nicht schließen“, sagte Ministerin Anna Berger.';
  const B = 'Titel\n\n»Wir werden die Schulen im Herbst nicht schließen«, sagte Anna Berger.';
  const C = 'Titel\n\n„Wir werden die Schulen im Herbst offen halten und die Lüftung verbessern“, sagte Anna Berger.';
  const D = 'Titel\n\n„Wir werden die Kitas im Herbst nicht schließen“, sagte Anna Berger.';

  it('returns the other keys whose match lists changed, and only those', () => {
    const index = new QuoteIndex();
    assert.deepEqual(add3(index, 'a', A), []);
    assert.deepEqual(index.set('b', buildArticle('b', B)), ['a']);
    assert.deepEqual(index.set('c', buildArticle('c', C)), []);
    assert.equal(index.matchCount('a', 0), 1);
    // Re-setting the same text changes nobody's list.
    assert.deepEqual(index.set('b', buildArticle('b', B)), []);
    // An edit that breaks the match is reported to the other side.
    assert.deepEqual(index.set('b', buildArticle('b', C)), ['a', 'c']);
    assert.equal(index.matchCount('a', 0), 0);
    assert.equal(index.matchesOf('c', 0)[0]?.key, 'b');
    assert.deepEqual(index.delete('c'), ['b']);
    assert.deepEqual(index.matchesOf('b', 0), []);
    index.set('d', buildArticle('d', D));
    assert.deepEqual(index.matchesOf('a', 0), []);
    index.compact();
    assert.deepEqual(index.set('b', buildArticle('b', B)), ['a']);
    assert.equal(index.size.articles, 3);
  });

  function add3(index: QuoteIndex, key: string, text: string): string[] {
    return index.set(key, buildArticle(key, text));
  }
});
