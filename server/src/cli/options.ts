/**
 * Option parsing shared by the commands, on Node's own parseArgs: strict, so
 * an unknown option or a missing value is a usage error (exit code 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export function parseCommandLine<T extends OptionsConfig>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function parseMaxFileSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const size = Number(value);
  if (!Number.isFinite(size) || size <= 0) throw new UsageError('--max-file-size takes a positive number of megabytes.');
  return size;
}

export function parseMaxArticles(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new UsageError('--max-articles takes a whole number of articles, at least 1.');
  return count;
}
