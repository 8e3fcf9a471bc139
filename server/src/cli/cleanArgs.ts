/**
 * Command-line parsing for `source-lens clean`.
 */
import { UsageError } from './args';

export interface CleanArguments {
  readonly command: 'clean';
  readonly paths: readonly string[];
  /** Write cleaned copies under this folder (mirroring the files' relative paths). */
  readonly outDir?: string;
  /** Overwrite the files, keeping `<file>.orig` beside each changed one. */
  readonly inPlace: boolean;
  readonly maxFileSize?: number;
}

export const CLEAN_USAGE = `  clean <paths...> (--out <dir> | --in-place)
                        Remove scrape noise from article files. --out writes cleaned copies
                        (mirroring relative paths) and never touches the originals; --in-place
                        rewrites the files and keeps <file>.orig beside each changed one.`;

export function parseCleanArguments(rest: readonly string[]): CleanArguments {
  const paths: string[] = [];
  let outDir: string | undefined;
  let inPlace = false;
  let maxFileSize: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    const [name, inlineValue] = argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s, 2) : [argument, undefined];
    const value = () => {
      const next = inlineValue ?? rest[++i];
      if (next === undefined || next === '') throw new UsageError(`Option ${name} needs a value.`);
      return next;
    };
    if (name === '--out') {
      outDir = value();
    } else if (name === '--in-place') {
      if (inlineValue !== undefined) throw new UsageError('--in-place takes no value.');
      inPlace = true;
    } else if (name === '--max-file-size') {
      const size = Number(value());
      if (!Number.isFinite(size) || size <= 0) throw new UsageError('--max-file-size takes a positive number of megabytes.');
      maxFileSize = size;
    } else if (name.startsWith('-') && name !== '-') {
      throw new UsageError(`Unknown option '${name}'.`);
    } else {
      paths.push(argument);
    }
  }
  if (paths.length === 0) throw new UsageError('clean needs the files or folders to clean.');
  if ((outDir === undefined) === !inPlace) throw new UsageError('clean needs exactly one of --out <dir> or --in-place.');
  return { command: 'clean', paths, outDir, inPlace, maxFileSize };
}
