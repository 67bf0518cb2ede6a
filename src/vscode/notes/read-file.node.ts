import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { isLinkBelowInWorkspace } from './workspace-links';

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

/**
 * readDirectoryEntries for the Node extension host: a `file:` folder listed from the disk, typed as
 * workspace.fs types entries (a symbolic link is SymbolicLink plus its target's type, if it has one).
 */
export async function readDirectoryEntries(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readDirectory(uri);
  const dir = uri.fsPath;
  return readdirSync(dir, { withFileTypes: true }).map((entry): [string, vscode.FileType] => {
    if (entry.isDirectory()) return [entry.name, vscode.FileType.Directory];
    if (entry.isFile()) return [entry.name, vscode.FileType.File];
    if (!entry.isSymbolicLink()) return [entry.name, vscode.FileType.Unknown];
    let target = vscode.FileType.Unknown;
    try {
      const stat = statSync(join(dir, entry.name));
      target = stat.isDirectory() ? vscode.FileType.Directory : stat.isFile() ? vscode.FileType.File : vscode.FileType.Unknown;
    } catch {
      // a dangling link: no target type
    }
    return [entry.name, vscode.FileType.SymbolicLink | target];
  });
}

/** isLinkBelow for the Node extension host: lstat, since workspace.fs.stat follows the link it reports. */
export async function isLinkBelow(root: vscode.Uri, rel: string): Promise<boolean> {
  if (root.scheme !== 'file') return isLinkBelowInWorkspace(root, rel);
  let path = root.fsPath;
  for (const part of rel.split('/')) {
    path = join(path, part);
    try {
      if (lstatSync(path).isSymbolicLink()) return true;
    } catch {
      return false;
    }
  }
  return false;
}
