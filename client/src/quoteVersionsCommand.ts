/**
 * The code lens "quoted in N other articles" opens the other versions of the
 * statement in a peek view, from the server's Go to Definition answer.
 */
import * as vscode from 'vscode';

export async function showQuoteVersions(uri: string, line: number, character: number): Promise<void> {
  const documentUri = vscode.Uri.parse(uri);
  const position = new vscode.Position(line, character + 1);
  const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', documentUri, position);
  const asLocations = (locations ?? []).map((location) =>
    'targetUri' in location ? new vscode.Location(location.targetUri, location.targetSelectionRange ?? location.targetRange) : location);
  await vscode.commands.executeCommand('editor.action.peekLocations', documentUri, position, asLocations, 'peek');
}
