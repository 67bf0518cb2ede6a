import * as vscode from 'vscode';
import { walkNotesFolder, type FolderEntry, type SkippedPath } from '../../core/folder-walk';
import { decodeNoteBytes, isNotesFolderFile, type NoteSource } from '../../core/load';

/**
 * A notes folder read through workspace.fs, so it works in remote, virtual and web workspaces. Symbolic
 * links are not followed (a link may lead out of the notes folder or into a loop); they are reported.
 */
export function workspaceSource(root: vscode.Uri): NoteSource {
  const uriOf = (rel: string) => (rel ? vscode.Uri.joinPath(root, ...rel.split('/')) : root);
  let skipped: SkippedPath[] = [];
  return {
    async list() {
      const listing = await walkNotesFolder(async (rel) => (await vscode.workspace.fs.readDirectory(uriOf(rel))).map(toEntry), isNotesFolderFile);
      skipped = listing.skipped;
      return listing.files;
    },
    skipped() {
      return skipped;
    },
    async read(rel) {
      return decodeNoteBytes(await vscode.workspace.fs.readFile(uriOf(rel)));
    },
    displayPath(rel) {
      return uriOf(rel).toString();
    },
    folderKey(relDir) {
      return uriOf(relDir).toString() + '/';
    },
  };
}

function toEntry([name, type]: [string, vscode.FileType]): FolderEntry {
  if (type & vscode.FileType.SymbolicLink) {
    const target = type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : undefined;
    return { name, kind: 'symlink', ...(target ? { target } : {}) };
  }
  return { name, kind: type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : 'other' };
}
