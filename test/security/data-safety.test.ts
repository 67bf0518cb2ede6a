// The extension and the CLI write files only where a person asked for it: Create Concept Note writes one
// new file, and the terminology quick fix is a WorkspaceEdit the person applies. This audit fails when any
// other source file gains a way to write, move or delete files, so a new one has to be looked at and listed
// here on purpose. The behaviour itself (never overwriting, no file changed by any command) is tested in the
// real extension host: test/integration/data-safety.test.ts.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

const NODE_WRITES = 'writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|copyFile|copyFileSync|cp|cpSync|rename|renameSync|unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|mkdir|mkdirSync|mkdtemp|mkdtempSync|symlink|symlinkSync|truncate|truncateSync|chmod|chmodSync|utimes|utimesSync';

/**
 * Every API through which code here could change the file system or a document, most specific first:
 * a match is blanked before the next pattern runs, so each call is reported once.
 */
const WRITE_APIS: readonly RegExp[] = [
  /\bexecuteCommand\s*\(\s*['"](?:workbench\.action\.files\.save\w*|vscode\.move|vscode\.delete)/g,
  /\bworkspace\.fs\.(?:writeFile|createDirectory|delete|rename|copy)\b/g,
  new RegExp(`\\b(?:fs|fsp|promises|fsPromises)\\.(?:${NODE_WRITES})\\s*\\(`, 'g'),
  new RegExp(`(?<![\\w.$])(?:${NODE_WRITES})\\s*\\(`, 'g'),
  /\bnew\s+(?:vscode\.)?WorkspaceEdit\b/g,
  /\bapplyEdit\s*\(/g,
  /\.(?:edit|insertSnippet|save|saveAll)\s*\(/g,
];

/** What may write, and why. */
const ALLOWED: Record<string, string> = {
  'src/vscode/authoring/create-note.ts: workspace.fs.createDirectory': 'Create Concept Note makes the notes folder',
  'src/vscode/authoring/create-note.ts: workspace.fs.writeFile': 'Create Concept Note writes the new note (only when no file has that name)',
  'src/vscode/authoring/terminology-diagnostics.ts: new vscode.WorkspaceEdit': 'the quick fix a person applies',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** The source without comments and string contents, so prose that names an API is not a use. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/`(?:\\.|[^`\\])*`/g, '``');
}

function writesIn(files: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    let rest = code(readFileSync(file, 'utf8'));
    for (const api of WRITE_APIS) {
      for (const m of rest.matchAll(api)) found.add(`${relative(root, file)}: ${m[0].replace(/\s*\($/, '').replace(/\s+/g, ' ').trim()}`);
      rest = rest.replace(api, (m) => ' '.repeat(m.length));
    }
  }
  return [...found].sort();
}

describe('data safety: where the shipped code can write', () => {
  it('only Create Concept Note and the terminology quick fix can write, move or delete files or edit documents', () => {
    assert.deepEqual(writesIn(sourceFiles(join(root, 'src'))), Object.keys(ALLOWED).sort());
  });

  it('the audit recognises each kind of write (so a new one cannot slip past it)', () => {
    const samples = [
      "fs.writeFileSync('x', 'y')",
      'await vscode.workspace.fs.delete(uri)',
      'const e = new vscode.WorkspaceEdit()',
      'await vscode.workspace.applyEdit(e)',
      'editor.edit((b) => b.insert(p, "x"))',
      'await doc.save()',
      "rmSync(dir, { recursive: true })",
      "await vscode.commands.executeCommand('workbench.action.files.saveAll')",
    ];
    for (const sample of samples) {
      const hits = WRITE_APIS.some((api) => new RegExp(api.source).test(code(sample)));
      assert.ok(hits, `the audit misses: ${sample}`);
    }
    for (const sample of ['this.open(uri)', 'readFileSync(p)', 'panel.reveal()']) {
      const hits = WRITE_APIS.some((api) => new RegExp(api.source).test(code(sample)));
      assert.equal(hits, false, `the audit flags a read: ${sample}`);
    }
    assert.equal(WRITE_APIS.some((api) => new RegExp(api.source).test(code('// writeFileSync(x) in a comment'))), false);
  });
});

// Restricted Mode: an untrusted workspace reads no workspace notes (README "Untrusted workspaces"). The
// notes service needs `vscode`, so no unit test can run it and no host test opens an untrusted workspace;
// this audit fails when a workspace notes folder or glossary can be read, or watched, outside a
// `vscode.workspace.isTrusted` block.
describe('Restricted Mode: where workspace notes are read', () => {
  /** Whether `index` in `text` lies inside the block of an `if (vscode.workspace.isTrusted) {`. */
  function insideTrustedBlock(text: string, index: number): boolean {
    for (const m of text.slice(0, index).matchAll(/if \(vscode\.workspace\.isTrusted\) \{/g)) {
      let depth = 0;
      for (let i = m.index + m[0].length - 1; i < index; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
        if (depth === 0) break;
      }
      if (depth > 0) return true;
    }
    return false;
  }

  it('workspace notes folders and glossaries are read and watched only in a trusted workspace', () => {
    const readers = /\b(?:workspaceSource|glossarySource)\(|\bwatches\.push\(/g;
    const uses: string[] = [];
    for (const file of sourceFiles(join(root, 'src/vscode'))) {
      const text = code(readFileSync(file, 'utf8'));
      for (const m of text.matchAll(readers)) {
        if (/^\s*export (?:async )?function/.test(text.slice(text.lastIndexOf('\n', m.index) + 1))) continue; // the definition
        uses.push(`${relative(root, file)}: ${m[0]} ${insideTrustedBlock(text, m.index) ? 'trusted only' : 'ALWAYS'}`);
      }
    }
    assert.deepEqual(uses.sort(), [
      'src/vscode/notes/notes-service.ts: glossarySource( trusted only',
      'src/vscode/notes/notes-service.ts: watches.push( trusted only',
      'src/vscode/notes/notes-service.ts: watches.push( trusted only',
      'src/vscode/notes/notes-service.ts: workspaceSource( trusted only',
    ]);
  });
});
