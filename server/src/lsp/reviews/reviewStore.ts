/**
 * The review marks of each workspace folder, kept in
 * `<folder>/.source-lens/reviews.json` (the model is core/claims/reviews.ts;
 * the file I/O is here). The file is read at start and whenever it changes on
 * disk, and written atomically (a temp file renamed over it) when a reader
 * marks or unmarks a sentence. Every write starts from what is on disk, so a
 * teammate's marks pulled in the meantime are kept.
 *
 * A file that cannot be read is reported once and ignored, and it is never
 * overwritten: the next mark first moves it aside to
 * `reviews.json.corrupt-<timestamp>`.
 */
import { realpath, rename } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import {
  checkedKeys,
  emptyReviews,
  markChecked,
  parseReviews,
  REVIEWS_DIRECTORY,
  REVIEWS_FILE_NAME,
  serialiseReviews,
  unmark,
  type ReviewsFile,
  type SentenceReview,
} from '../../core/claims/reviews';
import { readRegularFile } from '../../node/readRegularFile';
import { pathExists as exists, writeAtomically } from '../../node/writeAtomically';

/** For the file watcher: every folder's reviews file. */
export const REVIEWS_GLOB = `**/${REVIEWS_DIRECTORY}/${REVIEWS_FILE_NAME}`;

type DiskState =
  | { readonly kind: 'ok'; readonly reviews: ReviewsFile }
  | { readonly kind: 'corrupt'; readonly error: string };

export interface ReviewStoreOptions {
  /** Reports a problem with a reviews file to the reader. */
  readonly warn: (message: string) => void;
  readonly now?: () => Date;
}

export function reviewsPathOf(folder: string): string {
  return join(folder, REVIEWS_DIRECTORY, REVIEWS_FILE_NAME);
}

export class ReviewStore {
  private readonly states = new Map<string, DiskState>();
  /** File operations run one at a time, so a write never races a reload or another write. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly options: ReviewStoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Reads the reviews of these folders and forgets any other folder's. */
  load(folders: readonly string[]): Promise<void> {
    return this.serially(async () => {
      for (const folder of [...this.states.keys()]) if (!folders.includes(folder)) this.states.delete(folder);
      for (const folder of folders) this.setState(folder, await readReviews(reviewsPathOf(folder)));
    });
  }

  /**
   * A path changed on disk: re-reads every reviews file it is, or lies in (a
   * deleted `.source-lens` folder). Resolves true if it concerned one.
   */
  changed(path: string): Promise<boolean> {
    const folders = [...this.states.keys()].filter((folder) => {
      const file = reviewsPathOf(folder);
      return file === path || file.startsWith(path.endsWith(sep) ? path : `${path}${sep}`);
    });
    if (folders.length === 0) return Promise.resolve(false);
    return this.serially(async () => {
      for (const folder of folders) if (this.states.has(folder)) this.setState(folder, await readReviews(reviewsPathOf(folder)));
      return true;
    });
  }

  /** The keys of every sentence checked in any folder. */
  keys(): ReadonlySet<string> {
    const keys = new Set<string>();
    for (const state of this.states.values()) if (state.kind === 'ok') for (const key of checkedKeys(state.reviews)) keys.add(key);
    return keys;
  }

  reviewOf(key: string): SentenceReview | undefined {
    for (const state of this.states.values()) {
      const review = state.kind === 'ok' ? state.reviews.reviews.get(key) : undefined;
      if (review) return review;
    }
    return undefined;
  }

  /** Records a review in the folder's file, moving an unreadable file aside first. */
  mark(folder: string, key: string, review: SentenceReview): Promise<void> {
    return this.serially(async () => {
      const path = reviewsPathOf(folder);
      await assertInsideFolder(folder);
      const disk = await readReviews(path);
      let base = emptyReviews();
      if (disk.kind === 'corrupt') {
        const aside = await this.moveAside(path);
        this.options.warn(`Source Lens: ${path} could not be read (${disk.error}). It was moved aside to ${aside} and a new reviews file was started.`);
      } else {
        base = disk.reviews;
      }
      const next = markChecked(base, key, review);
      await writeAtomically(path, serialiseReviews(next));
      this.states.set(folder, { kind: 'ok', reviews: next });
    });
  }

  /** Removes the review of a sentence from every folder's file that has it; resolves how many files changed. */
  unmark(key: string): Promise<number> {
    return this.serially(async () => {
      let changed = 0;
      for (const folder of [...this.states.keys()]) {
        const path = reviewsPathOf(folder);
        const disk = await readReviews(path);
        this.setState(folder, disk);
        if (disk.kind !== 'ok' || !disk.reviews.reviews.has(key)) continue;
        const next = unmark(disk.reviews, key);
        await assertInsideFolder(folder);
        await writeAtomically(path, serialiseReviews(next));
        this.states.set(folder, { kind: 'ok', reviews: next });
        changed++;
      }
      return changed;
    });
  }

  private setState(folder: string, state: DiskState): void {
    const previous = this.states.get(folder);
    this.states.set(folder, state);
    if (state.kind === 'corrupt' && (previous?.kind !== 'corrupt' || previous.error !== state.error)) {
      this.options.warn(
        `Source Lens: ${reviewsPathOf(folder)} could not be read (${state.error}), so its review marks are ignored. `
        + 'The file is left as it is; marking a sentence as checked moves it aside and starts a new one.',
      );
    }
  }

  private async moveAside(path: string): Promise<string> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let aside = `${path}.corrupt-${stamp}`;
    for (let n = 1; await exists(aside); n++) aside = `${path}.corrupt-${stamp}-${n}`;
    await rename(path, aside);
    return aside;
  }

  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** A missing file (or `.source-lens` folder) holds no reviews; anything unreadable is corrupt. */
async function readReviews(path: string): Promise<DiskState> {
  let text: string;
  try {
    text = (await readRegularFile(path)).toString('utf8');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'ok', reviews: emptyReviews() };
    return { kind: 'corrupt', error: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseReviews(text.replace(/^\uFEFF/, ''));
  return parsed.ok ? { kind: 'ok', reviews: parsed.reviews } : { kind: 'corrupt', error: parsed.error };
}

/**
 * A `.source-lens` that is a symbolic link out of the workspace folder (planted
 * in a cloned repository, say) would make a mark write outside the workspace:
 * refuse instead.
 */
async function assertInsideFolder(folder: string): Promise<void> {
  const realFolder = await realpath(folder);
  let realDirectory: string;
  try {
    realDirectory = await realpath(join(folder, REVIEWS_DIRECTORY));
  } catch {
    return; // Not there yet: writeAtomically creates it inside the folder.
  }
  const inside = relative(realFolder, realDirectory);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new Error(`${join(folder, REVIEWS_DIRECTORY)} leads outside the workspace folder (to ${realDirectory}); review marks are not written there. Remove the link to record reviews.`);
  }
}
