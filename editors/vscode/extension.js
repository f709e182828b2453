// Starts `elenchus lsp` for .arg files with Microsoft's LSP client library; everything else
// (diagnostics, hover, inlay hints, navigation, rename, formatting, completion) is the server's.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('elenchus');
  const server = { command: config.get('path', 'elenchus'), args: ['lsp', ...config.get('arguments', [])] };
  client = new LanguageClient('elenchus', 'Elenchus', server, {
    documentSelector: [{ language: 'elenchus' }],
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
