/**
 * What a user can configure about scrape-noise detection, and the compiled
 * form the detector works with. User patterns are compiled with re2js, a
 * linear-time engine, so a pattern such as `(a+)+$` cannot hang the server;
 * a pattern that does not compile is reported, never thrown.
 */
import { RE2JS } from 're2js';
import type { Severity } from '../diagnostics/codes';
import { NOISE_CATEGORIES, type NoiseCategory } from './categories';
import * as l10n from '../messages/l10n';

export interface NoiseCategoryOptions {
  /** false turns the category off (default: on). */
  readonly enabled?: boolean;
  /** Replaces the code's default severity. */
  readonly severity?: Severity;
}

export interface NoiseUserPattern {
  /** An RE2 regular expression, searched in every line (without its line break). */
  readonly pattern: string;
  readonly category: NoiseCategory;
  /** Match case-sensitively (default: case-insensitive). */
  readonly caseSensitive?: boolean;
}

export interface NoiseOptions {
  /** Per category: enabled and severity. Missing categories keep their defaults. */
  readonly categories?: Partial<Record<NoiseCategory, NoiseCategoryOptions>>;
  /** Extra patterns: the matched text of a line is flagged with the pattern's category. */
  readonly userPatterns?: readonly NoiseUserPattern[];
  /** Ignore `userPatterns` (for example in an untrusted workspace). */
  readonly ignoreUserPatterns?: boolean;
  /**
   * A line (short, not a quotation, not a credit) that appears in at least
   * this many unrelated articles of the corpus is boilerplate. Default 3;
   * 0 turns the corpus evidence off.
   */
  readonly corpusThreshold?: number;
}

export const DEFAULT_CORPUS_THRESHOLD = 3;

export interface PatternProblem {
  /** Index into `userPatterns`. */
  readonly index: number;
  readonly pattern: string;
  readonly message: string;
}

export interface CompiledUserPattern {
  readonly index: number;
  readonly source: string;
  readonly category: NoiseCategory;
  readonly regex: RE2JS;
}

export interface CompiledNoiseOptions {
  readonly enabled: ReadonlySet<NoiseCategory>;
  readonly severity: Partial<Record<NoiseCategory, Severity>>;
  readonly userPatterns: readonly CompiledUserPattern[];
  readonly problems: readonly PatternProblem[];
  readonly corpusThreshold: number;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const cache = new WeakMap<NoiseOptions, CompiledNoiseOptions>();
const DEFAULTS: NoiseOptions = {};

/** Compiles options once per options object; safe on any input (settings arrive as untyped JSON). */
export function compileNoiseOptions(options: NoiseOptions = DEFAULTS): CompiledNoiseOptions {
  let compiled = cache.get(options);
  if (!compiled) {
    compiled = compile(options);
    cache.set(options, compiled);
  }
  return compiled;
}

/** The user patterns that do not compile, with the reason: for the settings UI or a log message. */
export function validateNoiseOptions(options: NoiseOptions): readonly PatternProblem[] {
  return compileNoiseOptions(options).problems;
}

function compile(options: NoiseOptions): CompiledNoiseOptions {
  const enabled = new Set<NoiseCategory>();
  const severity: Partial<Record<NoiseCategory, Severity>> = {};
  const categories = isObject(options.categories) ? options.categories : {};
  for (const category of NOISE_CATEGORIES) {
    const setting: unknown = categories[category];
    const entry = isObject(setting) ? (setting as NoiseCategoryOptions) : {};
    if (entry.enabled !== false) enabled.add(category);
    if (typeof entry.severity === 'string' && SEVERITIES.includes(entry.severity)) severity[category] = entry.severity;
  }

  const userPatterns: CompiledUserPattern[] = [];
  const problems: PatternProblem[] = [];
  const given: unknown = options.userPatterns;
  if (options.ignoreUserPatterns !== true && Array.isArray(given)) {
    given.forEach((entry: unknown, index) => {
      const raw = isObject(entry) ? (entry as Partial<NoiseUserPattern>) : {};
      const pattern = typeof raw.pattern === 'string' ? raw.pattern : '';
      if (typeof raw.pattern !== 'string' || pattern === '') {
        problems.push({ index, pattern, message: l10n.t('The pattern is missing or empty.') });
        return;
      }
      if (typeof raw.category !== 'string' || !(NOISE_CATEGORIES as readonly string[]).includes(raw.category)) {
        problems.push({ index, pattern, message: l10n.t("Unknown category '{category}'; use one of {categories}.", { category: String(raw.category), categories: NOISE_CATEGORIES.join(', ') }) });
        return;
      }
      try {
        const regex = RE2JS.compile(pattern, raw.caseSensitive === true ? 0 : RE2JS.CASE_INSENSITIVE);
        if (regex.matches('')) {
          problems.push({ index, pattern, message: l10n.t('The pattern matches the empty string, so it would flag every line.') });
          return;
        }
        userPatterns.push({ index, source: pattern, category: raw.category, regex });
      } catch (error) {
        problems.push({ index, pattern, message: l10n.t('Invalid pattern: {reason}', { reason: error instanceof Error ? error.message : String(error) }) });
      }
    });
  }

  const threshold = options.corpusThreshold;
  const corpusThreshold = typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0
    ? Math.floor(threshold)
    : DEFAULT_CORPUS_THRESHOLD;
  return { enabled, severity, userPatterns, problems, corpusThreshold };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
