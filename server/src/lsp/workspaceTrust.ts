/**
 * Workspace trust, as the client reports it. While the workspace is untrusted
 * the client hands over settings whose `noise.userPatterns` are only the user's
 * own (workspace settings could bring their own regular expressions); when the
 * user grants trust, the client notifies the server, which then reads the
 * settings again, workspace patterns included. Clients that say nothing about
 * trust are trusted.
 */
export const WORKSPACE_TRUST_GRANTED = 'sourceLens/workspaceTrustGranted';

export function trustedAtStart(initializationOptions: unknown): boolean {
  const options = initializationOptions && typeof initializationOptions === 'object' ? (initializationOptions as Record<string, unknown>) : {};
  return options.workspaceTrusted !== false;
}
