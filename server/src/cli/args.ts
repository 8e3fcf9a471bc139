/**
 * Command-line parsing for `source-lens`. Kept strict: an unknown option is a
 * usage error (exit code 2), never silently ignored.
 */
import { CLEAN_USAGE, parseCleanArguments, type CleanArguments } from './cleanArgs';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface CheckArguments {
  readonly command: 'check';
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly maxFileSize?: number;
}

export type ParsedArguments = CheckArguments | CleanArguments | { readonly command: 'help' } | { readonly command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: source-lens <command> [options]

Commands:
  check [paths...]      Analyse article files and folders (default: .) and report findings.
${CLEAN_USAGE}

Options for check:
  --format <format>     Output format: text (default), json or sarif.
  --max-file-size <MB>  Skip files larger than this (default: 5).

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

  const paths: string[] = [];
  let format: OutputFormat = 'text';
  let maxFileSize: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    const [name, inlineValue] = argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s, 2) : [argument, undefined];
    const value = () => {
      const next = inlineValue ?? rest[++i];
      if (next === undefined) throw new UsageError(`Option ${name} needs a value.`);
      return next;
    };
    if (name === '--format') {
      const chosen = value();
      if (!OUTPUT_FORMATS.includes(chosen as OutputFormat)) {
        throw new UsageError(`Unknown format '${chosen}'; use one of ${OUTPUT_FORMATS.join(', ')}.`);
      }
      format = chosen as OutputFormat;
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
  return { command: 'check', paths: paths.length > 0 ? paths : ['.'], format, maxFileSize };
}
