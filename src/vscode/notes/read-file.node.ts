import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/** readFileBytes for the Node extension host: `file:` URIs are on this machine's disk (see read-file.ts). */
export async function readFileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri);
  return readFile(uri.fsPath);
}
