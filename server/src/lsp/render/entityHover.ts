/**
 * The hover of a person, place or organisation: who or what it is, how each
 * article describes it, and where the corpus mentions it.
 */
import type { EntityProfile } from '../../core/entities/profile';
import type { Position } from '../../core/text/lineIndex';
import { articleName, escapeMarkdown, locationLink } from './links';

const TYPE_LABEL = { person: 'person', place: 'place', organisation: 'organisation' } as const;
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
  const kind = profile.type === 'place' && profile.placeKind ? `${profile.placeKind}` : TYPE_LABEL[profile.type];
  const where = profile.countryName ? `, ${escapeMarkdown(profile.countryName)}` : '';
  lines.push(`**${escapeMarkdown(profile.name)}** — ${kind}${where}${profile.partial ? ' _(full name not found in the corpus)_' : ''}`);
  const aliases = profile.aliases.filter((alias) => alias !== profile.name).slice(0, MAX_ALIASES);
  if (aliases.length > 0) lines.push('', `Also written: ${aliases.map(escapeMarkdown).join(', ')}`);

  const described = profile.articles.filter((article) => article.roles.length > 0);
  if (described.length > 0) {
    lines.push('', '**How the articles describe them**', '');
    for (const article of described) {
      const anchor = anchorOf(article.key);
      lines.push(`- ${article.roles.map((role) => `_${escapeMarkdown(role)}_`).join(', ')} — ${locationLink(articleName(anchor.uri), anchor.uri, anchor.position)}`);
    }
  }

  if (statements.length > 0) {
    lines.push('', '**Quoted as saying**', '');
    for (const statement of statements.slice(0, MAX_STATEMENTS)) {
      lines.push(`- „${escapeMarkdown(shorten(statement.text))}“ — ${locationLink(articleName(statement.anchor.uri), statement.anchor.uri, statement.anchor.position)}`);
    }
    if (statements.length > MAX_STATEMENTS) lines.push(`- … and ${statements.length - MAX_STATEMENTS} more`);
  }

  const times = profile.mentionCount === 1 ? 'once' : `${profile.mentionCount} times`;
  const articles = profile.articleCount === 1 ? '1 article' : `${profile.articleCount} articles`;
  lines.push('', `**Mentioned ${times} in ${articles}**`, '');
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
