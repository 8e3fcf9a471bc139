/**
 * Command-line parsing for `source-lens clean`.
 */
import { parseCommandLine, parseMaxArticles, parseMaxFileSize, UsageError } from './options';

export interface CleanArguments {
  readonly command: 'clean';
  readonly paths: readonly string[];
  /** Write cleaned copies under this folder (mirroring the files' relative paths). */
  readonly outDir?: string;
  /** Overwrite the files, keeping `<file>.orig` beside each changed one. */
  readonly inPlace: boolean;
  readonly maxFileSize?: number;
  readonly maxArticles?: number;
}

export const CLEAN_USAGE = `  clean <paths...> (--out <dir> | --in-place)
                        Remove scrape noise from article files. --out writes cleaned copies
                        (mirroring relative paths) and never touches the originals; --in-place
                        rewrites the files and keeps <file>.orig beside each changed one.
                        --max-file-size and --max-articles as for check.`;

export function parseCleanArguments(rest: readonly string[]): CleanArguments {
  const { values, positionals: paths } = parseCommandLine(rest, {
    out: { type: 'string' },
    'in-place': { type: 'boolean', default: false },
    'max-file-size': { type: 'string' },
    'max-articles': { type: 'string' },
  });
  const outDir = values.out === '' ? undefined : values.out;
  if (values.out === '') throw new UsageError('Option --out needs a value.');
  const inPlace = values['in-place'] === true;
  const maxFileSize = parseMaxFileSize(values['max-file-size']);
  if (paths.length === 0) throw new UsageError('clean needs the files or folders to clean.');
  if ((outDir === undefined) === !inPlace) throw new UsageError('clean needs exactly one of --out <dir> or --in-place.');
  return { command: 'clean', paths, outDir, inPlace, maxFileSize, maxArticles: parseMaxArticles(values['max-articles']) };
}
