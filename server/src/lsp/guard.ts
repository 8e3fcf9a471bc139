/**
 * vscode-languageserver only logs an exception thrown by a notification
 * handler, so a failure there would go unnoticed while the server's state
 * drifts. Every notification handler runs through `guarded`, which logs the
 * failure with its context and keeps the server serving. Request handlers run
 * through `guardedRequest`, which logs the failure too and answers the request
 * with an error that names the feature.
 *
 * SOURCE_LENS_INJECT_FAULT (a comma-separated list of handler contexts, such
 * as `hover,opening a document`) makes those handlers throw, so tests can prove
 * that a failing handler never takes the server down.
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';

const INJECTED_FAULTS: ReadonlySet<string> = new Set(
  (process.env.SOURCE_LENS_INJECT_FAULT ?? '').split(',').map((context) => context.trim()).filter((context) => context !== ''),
);

function injectFault(context: string): void {
  if (INJECTED_FAULTS.has(context)) throw new Error(`injected fault in ${context} (SOURCE_LENS_INJECT_FAULT)`);
}

export function guarded<A extends unknown[]>(
  connection: Connection,
  context: string,
  handler: (...args: A) => void | Promise<void>,
): (...args: A) => void {
  return (...args: A) => {
    try {
      injectFault(context);
      const result = handler(...args);
      if (result instanceof Promise) result.catch((error: unknown) => logFailure(connection, context, error));
    } catch (error) {
      logFailure(connection, context, error);
    }
  };
}

/** A request handler that logs its failures and answers them with an InternalError; errors it means (ResponseError) pass through. */
export function guardedRequest<A extends unknown[], R>(
  connection: Connection,
  context: string,
  handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      injectFault(context);
      return await handler(...args);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logFailure(connection, context, error);
      const message = error instanceof Error ? error.message : String(error);
      throw new ResponseError(ErrorCodes.InternalError, `Source Lens: ${context} failed: ${message}`);
    }
  };
}

export function logFailure(connection: Connection, context: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(`Source Lens: ${context} failed: ${detail}`);
}
