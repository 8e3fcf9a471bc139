/**
 * vscode-languageserver only logs an exception thrown by a notification
 * handler, so a failure there would go unnoticed while the server's state
 * drifts. Every notification handler runs through this guard, which logs the
 * failure with its context and keeps the server serving.
 */
import type { Connection } from 'vscode-languageserver/node';

export function guarded<A extends unknown[]>(
  connection: Connection,
  context: string,
  handler: (...args: A) => void | Promise<void>,
): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch((error: unknown) => logFailure(connection, context, error));
    } catch (error) {
      logFailure(connection, context, error);
    }
  };
}

export function logFailure(connection: Connection, context: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(`Source Lens: ${context} failed: ${detail}`);
}
