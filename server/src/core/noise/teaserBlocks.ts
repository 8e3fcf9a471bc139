/**
 * Lists of teasers, block by block as jusText would see them: after the
 * heading of a related-articles or sponsored list, the headline-like lines
 * (with their dates or ages) belong to the list until a paragraph of prose,
 * provenance or another kind of noise comes. A run of headlines with ages
 * ("vor 2 Stunden", "3 hours ago") is such a list even without a heading.
 */
import type { NoiseCategory } from './categories';
import { hasAgeMark, hasDateSuffix, isDateLine, isProse, isScheduleItem } from './features';
import { excerpt, flagLine, isFree, type LineState } from './lineState';
import * as l10n from '../messages/l10n';

/** Headings that open a teaser list, how long it can be, what a teaser line looks like. */
const BLOCK_HEADS: ReadonlySet<NoiseCategory> = new Set(['related-links', 'advertising']);
const BLOCK_HEADING_MAX_WORDS = 8;
const BLOCK_MAX_LINES = 16;
const TEASER_MAX_WORDS = 18;
const TEASER_MAX_LENGTH = 160;
/** A run of this many teaser-like lines, with at least AGE_MARKS_MIN ages ("vor 2 Stunden"), is a teaser list even without a heading. */
const HEADLESS_TEASERS_MIN = 3;
const AGE_MARKS_MIN = 2;
/** A heading without a fixed phrase ("Weitere Rückrufe") needs this many teasers under it. */
const WEAK_HEADING_MIN_TEASERS = 2;

/** A line that can stand in a teaser list: a headline (short, no closing period, capitalised), a date or age, a category label. */
function teaserLike(line: LineState): boolean {
  if (!isFree(line) || line.bareTime) return false;
  const { text, features } = line;
  if (isDateLine(text)) return true;
  if (text.length > TEASER_MAX_LENGTH || features.words === 0 || features.words > TEASER_MAX_WORDS) return false;
  if (/[.,;:]$/u.test(text) && !hasDateSuffix(text)) return false;
  if (isProse(features)) return false;
  return /^[\p{Lu}\p{N}„"»«‚'‘“]/u.test(text);
}

/** The line is only the heading of a list ("Ähnliche Beiträge", "Mehr aus Sport", "Sponsored Links"), not a teaser itself. */
function isBlockHeading(line: LineState): boolean {
  const verdict = line.verdict;
  return verdict !== undefined && verdict.kind === 'line' && BLOCK_HEADS.has(verdict.category)
    && line.features.words <= BLOCK_HEADING_MAX_WORDS && line.text.length <= 60 && !/[.!?]$/u.test(line.text)
    && !/:\s*\S/u.test(line.text);
}

function datedTeaser(line: LineState): boolean {
  return isDateLine(line.text) || hasDateSuffix(line.text);
}

export function teaserBlocks(lines: LineState[]): void {
  const sizes = new Map<number, number>();
  for (const line of lines) sizes.set(line.paragraph, (sizes.get(line.paragraph) ?? 0) + 1);
  const sizeOf = (paragraph: number) => sizes.get(paragraph) ?? 0;
  for (let p = 0; p < lines.length; p++) {
    const head = lines[p];
    const weakHeading = head.listHeading === true && isFree(head);
    if (!weakHeading && !isBlockHeading(head)) continue;
    const category = weakHeading ? 'related-links' : head.verdict!.category;
    const members: LineState[] = [];
    let q = p + 1;
    for (; q < lines.length && members.length < BLOCK_MAX_LINES; q++) {
      const line = lines[q];
      if (line.verdict) {
        if (!weakHeading && line.verdict.category === category && line.verdict.kind !== 'duplicate') continue;
        break;
      }
      if (line.hint && line.hint !== 'any' && line.hint !== category) break;
      if (!teaserLike(line)) break;
      // Teasers stand in one block of lines or one per block; a further block of several lines (footer links, say) is something else.
      const previous = lines[q - 1];
      if (q > p + 1 && line.paragraph !== previous.paragraph && (sizeOf(line.paragraph) > 1 || sizeOf(previous.paragraph) > 1)) break;
      // A heading without a fixed phrase has its teasers right under it, in its own block of lines,
      // and "Weitere Termine" over "Samstag: Flohmarkt" heads a schedule of the article.
      if (weakHeading && (line.paragraph !== head.paragraph || isScheduleItem(line.text))) break;
      // A short line alone above a paragraph of prose is the article's next subhead, not a teaser.
      if (line.paragraph !== lines[q - 1].paragraph && lines[q + 1] && lines[q + 1].paragraph !== line.paragraph && isProse(lines[q + 1].features)) break;
      members.push(line);
    }
    if (weakHeading) {
      if (members.length < WEAK_HEADING_MIN_TEASERS) continue;
      flagLine(head, category, 'context', l10n.t("the heading of a list of teasers ('{first}' …)", { first: excerpt(members[0].text, 30) }));
    }
    // A single short line right before prose is a subhead of the article ("Anzeige", then the story goes on).
    const next = lines[q];
    if (members.length === 1 && !datedTeaser(members[0]) && next && isProse(next.features) && next.verdict === undefined) continue;
    for (const member of members) flagLine(member, category, 'context', l10n.t("one of the teasers under the heading '{heading}'", { heading: excerpt(head.text, 30) }));
    if (members.length > 0) p = q - 1;
  }

  for (let p = 0; p < lines.length; ) {
    if (!teaserLike(lines[p])) {
      p++;
      continue;
    }
    let q = p;
    let ages = 0;
    while (q < lines.length && teaserLike(lines[q])) {
      if (hasAgeMark(lines[q].text)) ages++;
      q++;
    }
    if (q - p >= HEADLESS_TEASERS_MIN && ages >= AGE_MARKS_MIN) {
      for (let k = p; k < q; k++) flagLine(lines[k], 'related-links', 'context', l10n.t('one of a list of headlines with their ages, as teasers for other articles show them'));
    }
    p = q;
  }
}
