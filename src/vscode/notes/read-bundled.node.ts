import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/** readBundledFile for the Node extension host: the package is on the local disk (see read-bundled.ts). */
export async function readBundledFile(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri);
  return readFile(uri.fsPath);
}
