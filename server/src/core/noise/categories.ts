/**
 * The kinds of scrape noise. Each category is one public diagnostic code
 * (`noise.<category>`); the list order is the order in which the detector
 * tries the categories' phrases, most specific first.
 */
import type { DiagnosticCode } from '../diagnostics/codes';

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

/** What a finding's message calls the noise. */
export const CATEGORY_LABEL: Record<NoiseCategory, string> = {
  'cookie-consent': 'Cookie banner',
  'comment-form': 'Comment form',
  paywall: 'Paywall',
  newsletter: 'Newsletter sign-up',
  advertising: 'Advertising',
  'related-links': 'Related link',
  'image-credit': 'Photo credit',
  'media-widget': 'Video player',
  'social-share': 'Share buttons',
  navigation: 'Navigation',
  other: 'Not article text',
  'duplicate-line': 'Duplicate line',
};
