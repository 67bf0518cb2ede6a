import * as vscode from 'vscode';
import type { NoteSource } from '../../core/load';

const MAX_FILES = 5000;

/** A notes folder read through workspace.fs, so it works in remote, virtual and web workspaces. */
export function workspaceSource(root: vscode.Uri): NoteSource {
  return {
    async list() {
      const out: string[] = [];
      const walk = async (dir: vscode.Uri, prefix: string) => {
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(dir);
        } catch {
          return;
        }
        for (const [name, type] of entries) {
          if (out.length >= MAX_FILES || name.startsWith('.') || name === 'node_modules') continue;
          const rel = prefix ? `${prefix}/${name}` : name;
          if (type & vscode.FileType.Directory) await walk(vscode.Uri.joinPath(dir, name), rel);
          else if (type & vscode.FileType.File) out.push(rel);
        }
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
  };
}
