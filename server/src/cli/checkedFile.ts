import type { CorpusEntry } from '../core/corpus/corpus';

/** One file the CLI checked: where it is and what the core made of it. */
export interface CheckedFile {
  /** The absolute path. */
  readonly path: string;
  /** The path as the user should see it: relative to the working folder. */
  readonly displayPath: string;
  readonly entry: CorpusEntry;
}
