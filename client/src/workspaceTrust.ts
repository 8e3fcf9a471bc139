/**
 * Workspace trust for the language server. The server hears whether the
 * workspace is trusted at start-up (initialization options) and when trust is
 * granted (a notification, on which it reads the settings again); while the
 * workspace is untrusted, the settings it reads carry only user-level
 * `noise.userPatterns` (see restrictedSettings.ts).
 */
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { withUserLevelPatternsOnly } from './restrictedSettings';

/** Sent by the client when the user trusts the workspace (the server then reads the settings again). */
export const WORKSPACE_TRUST_GRANTED = 'sourceLens/workspaceTrustGranted';

export function trustInitializationOptions(): { workspaceTrusted: boolean } {
  return { workspaceTrusted: vscode.workspace.isTrusted };
}

export const restrictedConfigurationMiddleware: Middleware = {
  workspace: {
    configuration: async (params, token, next) => {
      const result: unknown = await next(params, token);
      if (vscode.workspace.isTrusted || !Array.isArray(result)) return result as never;
      return params.items.map((item, index) => {
        if (item.section !== 'sourceLens') return result[index] as unknown;
        const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
        const userLevel = vscode.workspace.getConfiguration('sourceLens', scope).inspect('noise.userPatterns')?.globalValue;
        return withUserLevelPatternsOnly(result[index], userLevel);
      });
    },
  },
};

export function followWorkspaceTrust(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(WORKSPACE_TRUST_GRANTED));
}
