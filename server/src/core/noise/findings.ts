/**
 * Turns verdicts into findings: the code, the severity from the settings, and
 * a message that says what the noise is and why it was recognised.
 */
import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import { categoryLabel, noiseCode, type NoiseCategory } from './categories';
import { excerpt, type LineState, type Verdict } from './lineState';
import type { CompiledNoiseOptions } from './options';
import * as l10n from '../messages/l10n';

const WHAT: Record<NoiseCategory, () => string> = {
  'cookie-consent': () => l10n.t("the site's cookie consent banner"),
  'comment-form': () => l10n.t('the comment form under the article'),
  paywall: () => l10n.t('a paywall notice of the site'),
  newsletter: () => l10n.t('a newsletter sign-up box'),
  advertising: () => l10n.t('an advertisement or subscription offer'),
  'related-links': () => l10n.t('a teaser for another article'),
  'image-credit': () => l10n.t('the credit of a picture that was not scraped'),
  'media-widget': () => l10n.t('residue of an embedded video or audio player'),
  'social-share': () => l10n.t('share buttons of the web page'),
  navigation: () => l10n.t('site navigation'),
  other: () => l10n.t('page furniture, not article text'),
  'duplicate-line': () => l10n.t('a repeated line'),
};

/** Labels that name a finding more precisely than its category does (they are also the verdicts' identifiers). */
const LABEL_TEXT: Record<string, () => string> = {
  'Image caption': () => l10n.t('Image caption'),
  'Video title': () => l10n.t('Video title'),
};

/** One finding per flagged line (or its glued spans), then the extra verdicts; disabled categories are left out. */
export function toFindings(article: Article, lines: readonly LineState[], extra: readonly Verdict[], options: CompiledNoiseOptions): Finding[] {
  const findings: Finding[] = [];
  const add = (verdict: Verdict) => {
    if (!options.enabled.has(verdict.category)) return;
    const code = noiseCode(verdict.category);
    findings.push({
      code,
      severity: options.severity[verdict.category] ?? DIAGNOSTIC_CODES[code].severity,
      message: messageOf(article.text, verdict),
      span: verdict.span,
    });
  };
  for (const line of lines) {
    if (line.verdict) add(line.verdict);
    else line.glued.forEach(add);
  }
  extra.forEach(add);
  return findings;
}

function messageOf(text: string, verdict: Verdict): string {
  const label = verdict.label !== undefined ? (LABEL_TEXT[verdict.label]?.() ?? verdict.label) : categoryLabel(verdict.category);
  return l10n.t("{label}: '{text}' — {what}; {reason}.", {
    label,
    text: excerpt(text.slice(verdict.span.start, verdict.span.end)),
    what: verdict.what ?? WHAT[verdict.category](),
    reason: verdict.why,
  });
}
