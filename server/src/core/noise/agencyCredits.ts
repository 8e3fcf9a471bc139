/**
 * Agency credits such as "(dpa)", "(rt/dpa)", "(afp/dl)" and datelines such as
 * "BERLIN (dpa) –": provenance a critical reader needs, so they are never
 * noise. For hovers, this module names the agencies behind a credit.
 */
import type { Article } from '../article/types';
import type { Span } from '../text/span';
import { NEWS_AGENCIES, type NewsAgency } from '../languages/noise/agencies';

export interface CreditedAgency {
  /** As written in the credit: "dpa", "Reuters", "dl". */
  readonly abbreviation: string;
  /** The agency's name, or for unknown short lower-case tokens "author initials". */
  readonly name: string;
  readonly note?: string;
  /** false for initials and other tokens that are not a known agency. */
  readonly known: boolean;
}

export interface AgencyCredit {
  /** The credit with its parentheses. */
  readonly span: Span;
  readonly agencies: readonly CreditedAgency[];
}

const AGENCY_BY_NAME: ReadonlyMap<string, NewsAgency> = new Map(NEWS_AGENCIES.flatMap((a) => a.names.map((n) => [n, a] as const)));
/** "(dpa)", "(rt/dpa)", "(afp/dl)", "(dpa, AFP)", "(Reuters)": up to six tokens. */
const CREDIT = /\(\s*([\p{L}][\p{L}-]{0,14}(?:\s*[/,;]\s*[\p{L}][\p{L}-]{0,14}){0,5})\s*\)/gu;
const INITIALS = /^\p{Ll}{1,4}$/u;

/** Every agency credit in a piece of text (offsets relative to it). */
export function agencyCreditsIn(text: string, offset = 0): AgencyCredit[] {
  const credits: AgencyCredit[] = [];
  CREDIT.lastIndex = 0;
  for (let match = CREDIT.exec(text); match; match = CREDIT.exec(text)) {
    const agencies = creditedAgencies(match[1]);
    if (agencies) credits.push({ span: { start: offset + match.index, end: offset + match.index + match[0].length }, agencies });
  }
  return credits;
}

/** The tokens of a credit if at least one is a known agency and the others are known or initials. */
export function creditedAgencies(inner: string): CreditedAgency[] | undefined {
  const tokens = inner.split(/\s*[/,;]\s*/u).filter((t) => t.length > 0);
  const agencies: CreditedAgency[] = [];
  let known = 0;
  for (const token of tokens) {
    const agency = AGENCY_BY_NAME.get(token.toLowerCase());
    if (agency) {
      known++;
      agencies.push({ abbreviation: token, name: agency.fullName, note: agency.note, known: true });
    } else if (INITIALS.test(token)) {
      agencies.push({ abbreviation: token, name: 'author initials', note: 'the initials of the author or editor who wrote or edited the text', known: false });
    } else {
      return undefined;
    }
  }
  return known > 0 ? agencies : undefined;
}

/** The agency credit or dateline credit at an offset of the article, for a hover. */
export function agencyCreditAt(article: Article, offset: number): AgencyCredit | undefined {
  const line = article.lineIndex.positionAt(offset).line;
  const span = article.lines[line]?.span;
  if (!span) return undefined;
  return agencyCreditsIn(article.text.slice(span.start, span.end), span.start).find((c) => offset >= c.span.start && offset < c.span.end);
}

/** Markdown for a hover: one line per agency, "dpa → Deutsche Presse-Agentur (German news agency, …)". */
export function describeAgencyCredit(credit: AgencyCredit): string {
  return credit.agencies
    .map((a) => (a.known ? `**${a.abbreviation}** → ${a.name}${a.note ? ` (${a.note})` : ''}` : `**${a.abbreviation}** = ${a.name}${a.note ? ` (${a.note})` : ''}`))
    .join('  \n');
}
