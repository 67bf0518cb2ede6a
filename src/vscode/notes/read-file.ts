import * as vscode from 'vscode';
import { isLinkBelowInWorkspace } from './workspace-links';

/**
 * Reads a file: one of the extension's own package, or a workspace note. Through the workspace file
 * system API, which works in every extension host (the web one too) and for every scheme. The Node
 * bundle swaps this module for read-file.node.ts (scripts/build.mjs), which reads `file:` URIs from the
 * disk directly: several times faster for the megabytes of the index and the matcher, and for the
 * thousands of small files and hundreds of folders of a large notes folder.
 */
export async function readFileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

/** A folder's entries, as workspace.fs.readDirectory gives them. */
export async function readDirectoryEntries(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  return vscode.workspace.fs.readDirectory(uri);
}

/** Whether the file, or a folder on its way from root, is a symbolic link (the web host's file systems have none to follow). */
export const isLinkBelow = isLinkBelowInWorkspace;
