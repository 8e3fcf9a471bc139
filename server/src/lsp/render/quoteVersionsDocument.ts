/**
 * The text of the "Compare Quote Versions" view: every version of a
 * statement, one block each, with its article, speaker, how it matches, and
 * its words with the differences from the version under the cursor marked.
 * Returns where the links (back to each version) and the marks stand, so
 * that the client can make them clickable and colour them without parsing.
 */
import { markDifferences, type MarkKind } from '../../core/quoteMatching/markDifferences';
import type { QuoteVersion } from '../../core/corpus/quoteVersions';
import type { Position } from '../../core/text/lineIndex';
import * as l10n from '../../core/messages/l10n';

export interface VersionsDocument {
  readonly title: string;
  readonly content: string;
  readonly links: readonly { readonly line: number; readonly start: number; readonly end: number; readonly target: string }[];
  readonly marks: readonly { readonly line: number; readonly start: number; readonly end: number; readonly kind: MarkKind }[];
}

export interface PlacedVersion {
  readonly version: QuoteVersion;
  readonly label: string;
  readonly uri: string;
  readonly position: Position;
  /** The text of the version's article, to show its words as written there. */
  readonly articleText: string;
}

const KIND_TEXT = {
  same: () => l10n.t('same words'),
  variant: () => l10n.t('different wording'),
  partial: () => l10n.t('part of the statement'),
  translation: () => l10n.t('translation (no word-level comparison)'),
} as const;

const legend = () => [
  l10n.t('Marks, against the version you were reading:'),
  l10n.t('  {+words+}  only in this version        [-words-]  in the version you were reading instead'),
  l10n.t('  ⟨+words+⟩ / ⟨-words-⟩  outside a partial quotation or left out with an ellipsis (no change of wording)'),
];

export function versionsDocument(versions: readonly PlacedVersion[]): VersionsDocument {
  const lines: string[] = [];
  const links: VersionsDocument['links'][number][] = [];
  const marks: VersionsDocument['marks'][number][] = [];
  const current = versions[0].version;
  const articles = new Set(versions.map((v) => v.version.key)).size;
  const opening = openingWords(current.text);
  lines.push(articles === 1
    ? l10n.t('Versions of {statement}: {count} in 1 article', { statement: opening, count: versions.length })
    : l10n.t('Versions of {statement}: {count} in {articles} articles', { statement: opening, count: versions.length, articles }));
  lines.push(...legend(), '');
  versions.forEach(({ version, label, uri, position, articleText }, k) => {
    const place = l10n.t('{article}, line {line}', { article: label, line: position.line + 1 });
    const prefix = `${k + 1}. `;
    const how = version.current ? l10n.t('the version you were reading') : l10n.t('{kind}, match {percent}%', { kind: KIND_TEXT[version.kind!](), percent: Math.round(version.score! * 100) });
    links.push({ line: lines.length, start: prefix.length, end: prefix.length + place.length, target: `${uri}#L${position.line + 1},${position.character + 1}` });
    lines.push(`${prefix}${place} — ${how}`);
    if (version.speakerName) lines.push(`   ${l10n.t('Speaker: {name}', { name: version.speakerName })}`);
    const indent = '   „';
    if (version.current || version.kind === 'translation' || version.wordDiff.length === 0) {
      lines.push(`${indent}${oneLine(version.text)}“`);
    } else {
      const marked = markDifferences(version.wordDiff, articleText);
      for (const mark of marked.marks) marks.push({ line: lines.length, start: indent.length + mark.start, end: indent.length + mark.end, kind: mark.kind });
      lines.push(`${indent}${marked.text}“`);
    }
    lines.push('');
  });
  return { title: l10n.t('Quote versions: {statement}', { statement: opening }), content: lines.join('\n'), links, marks };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function openingWords(text: string): string {
  const words = oneLine(text).split(' ');
  return `„${words.slice(0, 5).join(' ')}${words.length > 5 ? ' …' : ''}“`;
}
