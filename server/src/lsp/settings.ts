/**
 * Where the server's settings come from: the client's `sourceLens` configuration
 * section (and `files.exclude`) when it can be asked, else the initialization
 * options, else defaults.
 */
import type { Connection } from 'vscode-languageserver/node';
import { withDefaults, type SourceLensSettings } from '../core/settings';

export async function fetchSettings(
  connection: Connection,
  canAskClient: boolean,
  initializationOptions: unknown,
): Promise<SourceLensSettings> {
  if (canAskClient) {
    const [section, filesExclude] = (await connection.workspace.getConfiguration([{ section: 'sourceLens' }, { section: 'files.exclude' }])) as unknown[];
    return { ...withDefaults(section), excludeFiles: excludeGlobs(filesExclude) };
  }
  const options = initializationOptions && typeof initializationOptions === 'object'
    ? (initializationOptions as Record<string, unknown>).settings ?? initializationOptions
    : undefined;
  return withDefaults(options);
}

/**
 * The globs of VS Code's `files.exclude` that are switched on. Entries with a
 * `when` condition (exclude a.js when a.ts exists) are about generated code,
 * not articles, and are left out.
 */
export function excludeGlobs(filesExclude: unknown): string[] {
  if (!filesExclude || typeof filesExclude !== 'object') return [];
  return Object.entries(filesExclude as Record<string, unknown>)
    .filter(([glob, on]) => on === true && glob.trim() !== '')
    .map(([glob]) => glob.replace(/^\.\//, '').replace(/\/+$/, ''));
}
