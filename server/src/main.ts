/**
 * Entry point of the language server. The transport comes from the command
 * line: `--stdio` for any LSP client, `--node-ipc` when VS Code starts it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

startServer(createConnection(ProposedFeatures.all));
