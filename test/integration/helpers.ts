// Shared by the integration suites (bundled into each *.test.js). Runs inside the extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConceptReferenceApi } from '../../src/vscode/extension';

export const EXTENSION_ID = 'concept-reference.concept-reference';

/** Activates the extension (idempotent) and returns the API object activate() returned. */
export async function api(): Promise<ConceptReferenceApi> {
  const ext = vscode.extensions.getExtension<ConceptReferenceApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this host`);
  const exports = await ext.activate();
  assert.ok(exports && exports.notes, 'activate() did not return the API object');
  return exports;
}

/** A file of the fixture workspace (test/fixtures/workspace), which the host was opened on. */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host was not opened on the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Position of the `at`-th character of the first occurrence of `needle` (after `after`, if given). */
export function positionOf(doc: vscode.TextDocument, needle: string, at = 0, after?: string): vscode.Position {
  const text = doc.getText();
  const from = after === undefined ? 0 : text.indexOf(after);
  assert.ok(from >= 0, `"${after}" not found in ${doc.uri.path}`);
  const index = text.indexOf(needle, from);
  assert.ok(index >= 0, `"${needle}" not found in ${doc.uri.path}`);
  return doc.positionAt(index + at);
}

/** The range of the first occurrence of `needle` (after `after`, if given). */
export function rangeOf(doc: vscode.TextDocument, needle: string, after?: string): vscode.Range {
  const start = positionOf(doc, needle, 0, after);
  return new vscode.Range(start, start.translate(0, needle.length));
}

function contentValue(c: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof c === 'string') return c;
  if ('value' in c) return c.value;
  return '';
}

/** Markdown without MarkdownString.appendText's backslash escapes and &nbsp;s, i.e. what a reader sees. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>&:=])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}

export interface OurHover {
  markdown: string;
  text: string;
  range: vscode.Range | undefined;
}

/**
 * Hovers at a position from every provider, filtered to ours: other extensions (CSS, TypeScript)
 * may hover the same word. Ours are recognised by the command link every concept hover carries.
 */
export async function ourHovers(uri: vscode.Uri, position: vscode.Position): Promise<OurHover[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const out: OurHover[] = [];
  for (const h of hovers) {
    const markdown = h.contents.map(contentValue).join('\n\n');
    if (markdown.includes('command:conceptReference.openNote')) out.push({ markdown, text: plain(markdown), range: h.range });
  }
  return out;
}

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes; returns the last value. */
export async function waitFor<T>(probe: () => T | Promise<T>, timeoutMs = 5000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!value && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await probe();
  }
  return value;
}

export function formatRange(r: vscode.Range | undefined): string {
  return r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : 'undefined';
}

/** Skips the running test and records why, so the runner can print the reason. */
export function skipBecause(ctx: Mocha.Context, reason: string): never {
  if (ctx.test) (ctx.test as Mocha.Runnable & { skipReason?: string }).skipReason = reason;
  ctx.skip();
}
