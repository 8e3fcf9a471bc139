/**
 * Where the server's settings come from: the client's `sourceLens` configuration
 * section when it can be asked, else the initialization options, else defaults.
 */
import type { Connection } from 'vscode-languageserver/node';
import { withDefaults, type SourceLensSettings } from '../core/settings';

export async function fetchSettings(
  connection: Connection,
  canAskClient: boolean,
  initializationOptions: unknown,
): Promise<SourceLensSettings> {
  if (canAskClient) {
    const section: unknown = await connection.workspace.getConfiguration('sourceLens');
    return withDefaults(section);
  }
  const options = initializationOptions && typeof initializationOptions === 'object'
    ? (initializationOptions as Record<string, unknown>).settings ?? initializationOptions
    : undefined;
  return withDefaults(options);
}
