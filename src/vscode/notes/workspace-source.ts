import * as vscode from 'vscode';
import { walkNotesFolder, type FolderEntry, type SkippedPath } from '../../core/folder-walk';
import { decodeNoteBytes, isNotesFolderFile, type NoteSource } from '../../core/load';
import { readDirectoryEntries, readFileBytes } from './read-file';

/**
 * A notes folder read through workspace.fs, so it works in remote, virtual and web workspaces. Symbolic
 * links are not followed (a link may lead out of the notes folder or into a loop); they are reported.
 */
export function workspaceSource(root: vscode.Uri): NoteSource {
  const files = filesUnder(root);
  let skipped: SkippedPath[] = [];
  return {
    ...files,
    async list() {
      const listing = await walkNotesFolder(async (rel) => (await readDirectoryEntries(files.uriOf(rel))).map(toEntry), isNotesFolderFile);
      skipped = listing.skipped;
      return listing.files;
    },
    skipped() {
      return skipped;
    },
  };
}

/** Reading, naming and scoping the files below a folder URI: what every workspace NoteSource shares. */
export function filesUnder(root: vscode.Uri) {
  const uriOf = (rel: string) => (rel ? vscode.Uri.joinPath(root, ...rel.split('/')) : root);
  return {
    uriOf,
    async read(rel: string) {
      return decodeNoteBytes(await readFileBytes(uriOf(rel)));
    },
    displayPath(rel: string) {
      return uriOf(rel).toString();
    },
    folderKey(relDir: string) {
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
