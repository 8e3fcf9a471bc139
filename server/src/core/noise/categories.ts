/**
 * The kinds of scrape noise. Each category is one public diagnostic code
 * (`noise.<category>`); the list order is the order in which the detector
 * tries the categories' phrases, most specific first.
 */
import type { DiagnosticCode } from '../diagnostics/codes';
import * as l10n from '../messages/l10n';

export const NOISE_CATEGORIES = [
  'cookie-consent',
  'comment-form',
  'paywall',
  'newsletter',
  'advertising',
  'related-links',
  'image-credit',
  'media-widget',
  'social-share',
  'navigation',
  'other',
  'duplicate-line',
] as const;

export type NoiseCategory = (typeof NOISE_CATEGORIES)[number];

export type NoiseCode = `noise.${NoiseCategory}` & DiagnosticCode;

export function noiseCode(category: NoiseCategory): NoiseCode {
  return `noise.${category}` as NoiseCode;
}

export function isNoiseCode(code: string): code is NoiseCode {
  return code.startsWith('noise.') && (NOISE_CATEGORIES as readonly string[]).includes(code.slice(6));
}

export function categoryOfCode(code: string): NoiseCategory | undefined {
  return isNoiseCode(code) ? (code.slice(6) as NoiseCategory) : undefined;
}

/** What a finding's message calls the noise, in the current language. */
const CATEGORY_LABEL: Record<NoiseCategory, () => string> = {
  'cookie-consent': () => l10n.t('Cookie banner'),
  'comment-form': () => l10n.t('Comment form'),
  paywall: () => l10n.t('Paywall'),
  newsletter: () => l10n.t('Newsletter sign-up'),
  advertising: () => l10n.t('Advertising'),
  'related-links': () => l10n.t('Related link'),
  'image-credit': () => l10n.t('Photo credit'),
  'media-widget': () => l10n.t('Video player'),
  'social-share': () => l10n.t('Share buttons'),
  navigation: () => l10n.t('Navigation'),
  other: () => l10n.t('Not article text'),
  'duplicate-line': () => l10n.t('Duplicate line'),
};

export function categoryLabel(category: NoiseCategory): string {
  return CATEGORY_LABEL[category]();
}
