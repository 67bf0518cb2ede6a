import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';

/**
 * readFileBytes for the Node extension host: `file:` URIs are on this machine's disk (see read-file.ts).
 * Read synchronously: a note file or the package's index takes microseconds to read, several times less
 * than a round trip through the thread pool, and callers that read thousands of files (loadNotes) give
 * the event loop a turn between batches.
 */
export async function readFileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri);
  return readFileSync(uri.fsPath);
}
