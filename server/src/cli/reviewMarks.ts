/**
 * `check` honours the review marks a team keeps in version control, so a
 * check in CI passes once every flagged claim has been checked or fixed.
 * Without --reviews, the marks are read from `.source-lens/reviews.json` in
 * the current folder when it exists. A file that cannot be read or parsed is
 * an error, never skipped: the check would otherwise fail or pass for a
 * reason nobody sees.
 */
import { join, resolve } from 'node:path';
import { checkedKeys, parseReviews, REVIEWS_DIRECTORY, REVIEWS_FILE_NAME } from '../core/claims/reviews';
import { readRegularFile } from '../node/readRegularFile';

export type ReviewMarks =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly path: string; readonly keys: ReadonlySet<string> }
  | { readonly kind: 'failed'; readonly path: string; readonly error: string };

export interface ReviewMarksChoice {
  /** A reviews file named on the command line; it must exist. */
  readonly reviews?: string;
  readonly ignoreReviews?: boolean;
}

export async function loadReviewMarks(choice: ReviewMarksChoice, cwd: string): Promise<ReviewMarks> {
  if (choice.ignoreReviews) return { kind: 'none' };
  const path = choice.reviews ?? join(REVIEWS_DIRECTORY, REVIEWS_FILE_NAME);
  let text: string;
  try {
    text = (await readRegularFile(resolve(cwd, path))).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (choice.reviews === undefined && code === 'ENOENT') return { kind: 'none' };
    return { kind: 'failed', path, error: code === 'ENOENT' ? 'no such file' : (error as Error).message };
  }
  const parsed = parseReviews(text);
  if (!parsed.ok) return { kind: 'failed', path, error: parsed.error };
  return { kind: 'loaded', path, keys: checkedKeys(parsed.reviews) };
}
