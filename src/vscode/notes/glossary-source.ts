import * as vscode from 'vscode';
import type { NoteSource } from '../../core/load';
import { filesUnder } from './workspace-source';

/** Contextive glossaries anywhere in a workspace folder, and its `.contextive/definitions.yml`. */
export const GLOSSARY_GLOB = '{**/*.glossary.yml,**/*.glossary.yaml,.contextive/definitions.yml}';

/** The glossaries of one workspace folder as a NoteSource, paths relative to the folder. */
export async function glossarySource(folder: vscode.WorkspaceFolder, limit: number): Promise<NoteSource> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, GLOSSARY_GLOB), '**/node_modules/**', limit + 1);
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
  const files = found.filter((uri) => uri.path.startsWith(base)).map((uri) => uri.path.slice(base.length));
  return {
    ...filesUnder(folder.uri),
    async list() {
      return files;
    },
  };
}
