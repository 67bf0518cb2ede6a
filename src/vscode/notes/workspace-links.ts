import * as vscode from 'vscode';

/**
 * Whether the file, or a folder on its way from root, is a symbolic link, asked through workspace.fs (every
 * extension host and scheme). Each step is stat'ed: a link higher up leads outside the folder as surely as one
 * at the file.
 */
export async function isLinkBelowInWorkspace(root: vscode.Uri, rel: string): Promise<boolean> {
  let uri = root;
  for (const part of rel.split('/')) {
    uri = vscode.Uri.joinPath(uri, part);
    const type = await vscode.workspace.fs.stat(uri).then((s) => s.type, () => vscode.FileType.Unknown);
    if (type & vscode.FileType.SymbolicLink) return true;
  }
  return false;
}
