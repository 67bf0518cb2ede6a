import type * as vscode from 'vscode';

/** The Node bundle requires its chunks from dist/chunks/ on first use (see lazy-code.ts): nothing to load here. */
export async function loadLazyCode(_extensionUri: vscode.Uri): Promise<void> {}
