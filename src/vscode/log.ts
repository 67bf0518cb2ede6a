import * as vscode from 'vscode';

/** The "Concept Reference" output channel. */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Concept Reference', { log: true });
}
