/**
 * Turns verdicts into findings: the code, the severity from the settings, and
 * a message that says what the noise is and why it was recognised.
 */
import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import { CATEGORY_LABEL, noiseCode, type NoiseCategory } from './categories';
import { excerpt, type LineState, type Verdict } from './lineState';
import type { CompiledNoiseOptions } from './options';

const WHAT: Record<NoiseCategory, string> = {
  'cookie-consent': "the site's cookie consent banner",
  'comment-form': 'the comment form under the article',
  paywall: 'a paywall notice of the site',
  newsletter: 'a newsletter sign-up box',
  advertising: 'an advertisement or subscription offer',
  'related-links': 'a teaser for another article',
  'image-credit': 'the credit of a picture that was not scraped',
  'media-widget': 'residue of an embedded video or audio player',
  'social-share': 'share buttons of the web page',
  navigation: 'site navigation',
  other: 'page furniture, not article text',
  'duplicate-line': 'a repeated line',
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
  const label = verdict.label ?? CATEGORY_LABEL[verdict.category];
  return `${label}: '${excerpt(text.slice(verdict.span.start, verdict.span.end))}' — ${verdict.what ?? WHAT[verdict.category]}; ${verdict.why}.`;
}
