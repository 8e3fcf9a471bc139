/**
 * Honours $/cancelRequest. While indexing, a request can wait in the queue
 * behind an article's analysis; if the editor cancelled it meanwhile (the
 * cursor moved on), answering it would be wasted work and a stale answer, so
 * the handler is skipped and the request is answered as cancelled.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

export function cancellable<P, R>(handler: (params: P) => R): (params: P, token: CancellationToken) => R | ResponseError<void> {
  return (params, token) => (token.isCancellationRequested ? cancelledError() : handler(params));
}
