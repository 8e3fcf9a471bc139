/**
 * The hover of a person, place or organisation: who or what it is, how each
 * article describes it, and where the corpus mentions it.
 */
import type { EntityProfile } from '../../core/entities/profile';
import type { PlaceKind } from '../../core/languages/entities/gazetteer';
import * as l10n from '../../core/messages/l10n';
import type { Position } from '../../core/text/lineIndex';
import { articleName, escapeMarkdown, locationLink } from './links';

const KIND_LABEL: Record<EntityProfile['type'] | PlaceKind, () => string> = {
  person: () => l10n.t('person'),
  place: () => l10n.t('place'),
  organisation: () => l10n.t('organisation'),
  country: () => l10n.t('country'),
  city: () => l10n.t('city'),
  region: () => l10n.t('region'),
};
const MAX_ALIASES = 6;

export interface ArticleAnchor {
  readonly uri: string;
  /** The first mention in that article, for the link. */
  readonly position?: Position;
}

export interface StatementLink {
  readonly text: string;
  readonly anchor: ArticleAnchor;
}

const MAX_STATEMENTS = 6;
const STATEMENT_LENGTH = 120;

export function renderEntityHover(profile: EntityProfile, anchorOf: (key: string) => ArticleAnchor, statements: readonly StatementLink[] = []): string {
  const lines: string[] = [];
  const kind = KIND_LABEL[profile.type === 'place' && profile.placeKind ? profile.placeKind : profile.type]();
  const where = profile.countryName ? `, ${escapeMarkdown(profile.countryName)}` : '';
  lines.push(`**${escapeMarkdown(profile.name)}** — ${kind}${where}${profile.partial ? ` _(${l10n.t('full name not found in the corpus')})_` : ''}`);
  const aliases = profile.aliases.filter((alias) => alias !== profile.name).slice(0, MAX_ALIASES);
  if (aliases.length > 0) lines.push('', l10n.t('Also written: {names}', { names: aliases.map(escapeMarkdown).join(', ') }));

  const described = profile.articles.filter((article) => article.roles.length > 0);
  if (described.length > 0) {
    lines.push('', `**${l10n.t('How the articles describe them')}**`, '');
    for (const article of described) {
      const anchor = anchorOf(article.key);
      lines.push(`- ${article.roles.map((role) => `_${escapeMarkdown(role)}_`).join(', ')} — ${locationLink(articleName(anchor.uri), anchor.uri, anchor.position)}`);
    }
  }

  if (statements.length > 0) {
    lines.push('', `**${l10n.t('Quoted as saying')}**`, '');
    for (const statement of statements.slice(0, MAX_STATEMENTS)) {
      lines.push(`- „${escapeMarkdown(shorten(statement.text))}“ — ${locationLink(articleName(statement.anchor.uri), statement.anchor.uri, statement.anchor.position)}`);
    }
    if (statements.length > MAX_STATEMENTS) lines.push(`- ${l10n.t('… and {count} more', { count: statements.length - MAX_STATEMENTS })}`);
  }

  const times = profile.mentionCount === 1 ? l10n.t('once') : l10n.t('{count} times', { count: profile.mentionCount });
  const articles = profile.articleCount === 1 ? l10n.t('1 article') : l10n.t('{count} articles', { count: profile.articleCount });
  lines.push('', `**${l10n.t('Mentioned {times} in {articles}', { times, articles })}**`, '');
  lines.push(profile.articles.map((article) => {
    const anchor = anchorOf(article.key);
    return `${locationLink(articleName(anchor.uri), anchor.uri, anchor.position)} (${article.mentions})`;
  }).join(' · '));
  return lines.join('\n');
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= STATEMENT_LENGTH) return oneLine;
  const cut = oneLine.lastIndexOf(' ', STATEMENT_LENGTH);
  return `${oneLine.slice(0, cut > 40 ? cut : STATEMENT_LENGTH)} …`;
}
