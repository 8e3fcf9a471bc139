/**
 * Command-line parsing for `source-lens`. Kept strict: an unknown option is a
 * usage error (exit code 2), never silently ignored.
 */
import { CLEAN_USAGE, parseCleanArguments, type CleanArguments } from './cleanArgs';
import { parseCommandLine, parseMaxArticles, parseMaxFileSize, UsageError } from './options';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface CheckArguments {
  readonly command: 'check';
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly maxFileSize?: number;
  readonly maxArticles?: number;
  /** A reviews file to honour instead of .source-lens/reviews.json in the current folder. */
  readonly reviews?: string;
  readonly ignoreReviews?: boolean;
}

export type ParsedArguments = CheckArguments | CleanArguments | { readonly command: 'help' } | { readonly command: 'version' };

export { UsageError };

export const USAGE = `Usage: source-lens <command> [options]

Commands:
  check [paths...]      Analyse article files and folders (default: .) and report findings.
${CLEAN_USAGE}

Options for check:
  --format <format>     Output format: text (default), json or sarif.
  --max-file-size <MB>  Skip files larger than this (default: 5).
  --max-articles <N>    Analyse at most this many files, the first in path order (default: 10000).
  --reviews <file>      Honour the review marks in this file (default: .source-lens/reviews.json
                        in the current folder, when it exists): sentences marked as checked
                        are not reported.
  --ignore-reviews      Report every claim, marked as checked or not.

Other:
  -h, --help            Show this help.
  -v, --version         Show the version.

Exit codes: 0 nothing found (clean: nothing to clean), 1 findings (clean: cleaned something), 2 usage or I/O error.`;

export function parseArguments(argv: readonly string[]): ParsedArguments {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { command: 'help' };
  if (argv.includes('-v') || argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'clean') return parseCleanArguments(rest);
  if (command !== 'check') throw new UsageError(`Unknown command '${command}'.`);

  const { values, positionals } = parseCommandLine(rest, {
    format: { type: 'string' },
    'max-file-size': { type: 'string' },
    'max-articles': { type: 'string' },
    reviews: { type: 'string' },
    'ignore-reviews': { type: 'boolean' },
  });
  const format = values.format ?? 'text';
  if (!OUTPUT_FORMATS.includes(format as OutputFormat)) {
    throw new UsageError(`Unknown format '${format}'; use one of ${OUTPUT_FORMATS.join(', ')}.`);
  }
  const paths = positionals;
  const maxFileSize = parseMaxFileSize(values['max-file-size']);
  if (values.reviews !== undefined && values['ignore-reviews']) throw new UsageError('--reviews and --ignore-reviews exclude each other.');
  return {
    command: 'check',
    paths: paths.length > 0 ? paths : ['.'],
    format: format as OutputFormat,
    maxFileSize,
    maxArticles: parseMaxArticles(values['max-articles']),
    ...(values.reviews !== undefined && { reviews: values.reviews }),
    ...(values['ignore-reviews'] && { ignoreReviews: true }),
  };
}
