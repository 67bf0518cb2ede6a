import * as vscode from 'vscode';

/**
 * Reads a file of the extension's own package. Through the workspace file system API, which works
 * in every extension host (the web one too). The Node bundle swaps this module for
 * read-bundled.node.ts (scripts/build.mjs), which reads the disk directly and is several times faster
 * for the megabytes the index and the matcher take.
 */
export async function readBundledFile(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}
