/**
 * The model of `.source-lens/reviews.json`: which sentences a reader has
 * checked, keyed by sentence key. Pure: parsing validates and never throws,
 * serialising is deterministic (sorted keys, one review per line) so the file
 * diffs and merges well. File I/O belongs to the caller.
 */
import { SENTENCE_KEY_PREFIX } from './reviewKey';

export const REVIEWS_FILE_VERSION = 1;
/** Where a workspace keeps its review marks, relative to the workspace folder. */
export const REVIEWS_DIRECTORY = '.source-lens';
export const REVIEWS_FILE_NAME = 'reviews.json';

export interface SentenceReview {
  /** The sentence as it read when it was checked, for humans reading the file. */
  readonly text: string;
  /** Who checked it. */
  readonly by: string;
  /** When, as an ISO 8601 date-time. */
  readonly at: string;
  /** The workspace-relative file it was checked in (informative; the key alone identifies the sentence). */
  readonly file?: string;
  readonly note?: string;
}

export interface ReviewsFile {
  readonly version: typeof REVIEWS_FILE_VERSION;
  /** Sentence key → review. */
  readonly reviews: ReadonlyMap<string, SentenceReview>;
}

export type ParsedReviews = { readonly ok: true; readonly reviews: ReviewsFile } | { readonly ok: false; readonly error: string };

const KEY = new RegExp(`^${SENTENCE_KEY_PREFIX}[0-9a-f]{16}$`);
const REVIEW_FIELDS = new Set(['text', 'by', 'at', 'file', 'note']);
const TOP_FIELDS = new Set(['version', 'reviews']);

export function emptyReviews(): ReviewsFile {
  return { version: REVIEWS_FILE_VERSION, reviews: new Map() };
}

export function isSentenceKey(key: string): boolean {
  return KEY.test(key);
}

export function parseReviews(json: string): ParsedReviews {
  if (json.trim() === '') return { ok: true, reviews: emptyReviews() };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (!isObject(data)) return { ok: false, error: 'the file must hold a JSON object' };
  for (const field of Object.keys(data)) {
    if (!TOP_FIELDS.has(field)) return { ok: false, error: `unknown field '${field}'` };
  }
  if (data.version !== REVIEWS_FILE_VERSION) {
    return typeof data.version === 'number' && data.version > REVIEWS_FILE_VERSION
      ? { ok: false, error: `version ${data.version} was written by a newer Source Lens; this one reads version ${REVIEWS_FILE_VERSION}` }
      : { ok: false, error: `'version' must be ${REVIEWS_FILE_VERSION}` };
  }
  const raw = data.reviews ?? {};
  if (!isObject(raw)) return { ok: false, error: "'reviews' must be an object of sentence key → review" };
  const reviews = new Map<string, SentenceReview>();
  for (const [key, value] of Object.entries(raw)) {
    if (!KEY.test(key)) return { ok: false, error: `'${key}' is not a sentence key (${SENTENCE_KEY_PREFIX} and 16 hex digits)` };
    const review = validateReview(key, value);
    if (typeof review === 'string') return { ok: false, error: review };
    reviews.set(key, review);
  }
  return { ok: true, reviews: { version: REVIEWS_FILE_VERSION, reviews } };
}

function validateReview(key: string, value: unknown): SentenceReview | string {
  const where = `reviews['${key}']`;
  if (!isObject(value)) return `${where} must be an object`;
  for (const field of Object.keys(value)) {
    if (!REVIEW_FIELDS.has(field)) return `${where} has an unknown field '${field}'`;
  }
  for (const field of ['text', 'by', 'at'] as const) {
    if (typeof value[field] !== 'string') return `${where}.${field} must be a string`;
  }
  if ((value.by as string).trim() === '') return `${where}.by must not be empty`;
  if (Number.isNaN(Date.parse(value.at as string))) return `${where}.at must be an ISO 8601 date-time`;
  for (const field of ['file', 'note'] as const) {
    if (value[field] !== undefined && typeof value[field] !== 'string') return `${where}.${field} must be a string`;
  }
  return {
    text: value.text as string,
    by: value.by as string,
    at: value.at as string,
    ...(typeof value.file === 'string' && { file: value.file }),
    ...(typeof value.note === 'string' && { note: value.note }),
  };
}

/**
 * Deterministic, diff-friendly JSON: keys sorted, each review on one line with
 * its fields in alphabetical order, a final newline.
 */
export function serialiseReviews(file: ReviewsFile): string {
  const keys = [...file.reviews.keys()].sort();
  const lines = keys.map((key, n) => {
    const review = file.reviews.get(key)!;
    const fields = Object.entries(review)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    return `    ${JSON.stringify(key)}: { ${fields.join(', ')} }${n < keys.length - 1 ? ',' : ''}`;
  });
  const body = lines.length > 0 ? `{\n${lines.join('\n')}\n  }` : '{}';
  return `{\n  "version": ${file.version},\n  "reviews": ${body}\n}\n`;
}

export function markChecked(file: ReviewsFile, key: string, review: SentenceReview): ReviewsFile {
  if (!KEY.test(key)) throw new RangeError(`'${key}' is not a sentence key`);
  const reviews = new Map(file.reviews);
  reviews.set(key, review);
  return { version: file.version, reviews };
}

export function unmark(file: ReviewsFile, key: string): ReviewsFile {
  if (!file.reviews.has(key)) return file;
  const reviews = new Map(file.reviews);
  reviews.delete(key);
  return { version: file.version, reviews };
}

export function isChecked(file: ReviewsFile, key: string): boolean {
  return file.reviews.has(key);
}

/** The keys of the reviews, as a set to pass to the claim check. */
export function checkedKeys(file: ReviewsFile): ReadonlySet<string> {
  return new Set(file.reviews.keys());
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
