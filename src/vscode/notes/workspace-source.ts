import * as vscode from 'vscode';
import { isNotesFolderFile, type NoteSource } from '../../core/load';

/** Entries visited at most in one notes folder: a guard against a notes setting pointing at a huge tree. */
const MAX_ENTRIES = 500_000;

/** A notes folder read through workspace.fs, so it works in remote, virtual and web workspaces. */
export function workspaceSource(root: vscode.Uri): NoteSource {
  return {
    async list() {
      const out: string[] = [];
      let visited = 0;
      const walk = async (dir: vscode.Uri, prefix: string): Promise<void> => {
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(dir);
        } catch {
          return;
        }
        const subfolders: Promise<void>[] = [];
        for (const [name, type] of entries) {
          if (++visited > MAX_ENTRIES) break;
          if ((name.startsWith('.') && name !== '.contextive') || name === 'node_modules') continue;
          const rel = prefix ? `${prefix}/${name}` : name;
          // Symbolic links are not followed: a link may lead out of the notes folder or into a loop.
          if (type & vscode.FileType.SymbolicLink) continue;
          if (type & vscode.FileType.Directory) subfolders.push(walk(vscode.Uri.joinPath(dir, name), rel));
          else if (type & vscode.FileType.File && isNotesFolderFile(rel)) out.push(rel);
        }
        await Promise.all(subfolders);
      };
      await walk(root, '');
      return out;
    },
    async read(rel) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ...rel.split('/')));
      return new TextDecoder('utf-8').decode(bytes);
    },
    displayPath(rel) {
      return (rel ? vscode.Uri.joinPath(root, ...rel.split('/')) : root).toString();
    },
    folderKey(relDir) {
      return (relDir ? vscode.Uri.joinPath(root, ...relDir.split('/')) : root).toString() + '/';
    },
  };
}
