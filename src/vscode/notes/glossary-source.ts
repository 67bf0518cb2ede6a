import * as vscode from 'vscode';
import { decodeNoteBytes, type NoteSource } from '../../core/load';

/** Contextive glossaries anywhere in a workspace folder, and its `.contextive/definitions.yml`. */
export const GLOSSARY_GLOB = '{**/*.glossary.yml,**/*.glossary.yaml,.contextive/definitions.yml}';

/** The glossaries of one workspace folder as a NoteSource, paths relative to the folder. */
export async function glossarySource(folder: vscode.WorkspaceFolder, limit: number): Promise<NoteSource> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, GLOSSARY_GLOB), '**/node_modules/**', limit + 1);
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
  const files = found.filter((uri) => uri.path.startsWith(base)).map((uri) => uri.path.slice(base.length));
  const uriOf = (rel: string) => (rel ? vscode.Uri.joinPath(folder.uri, ...rel.split('/')) : folder.uri);
  return {
    async list() {
      return files;
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
