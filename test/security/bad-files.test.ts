// Bad files in a notes folder: binary files, invalid UTF-8, huge notes, symbolic links out of the folder
// and loops, deep trees and 100,000 files. Each is reported (by `check` and, through the same problems,
// in the Problems view) and left out of the index; the rest of the notes load.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { folderSource } from '../../src/cli/folder-source';
import { MAX_FOLDER_DEPTH, MAX_FOLDER_ENTRIES, walkNotesFolder, type FolderEntry } from '../../src/core/folder-walk';
import { decodeNoteBytes, loadNotes, NoteFileError, type NoteSource } from '../../src/core/load';
import { parseGlossary } from '../../src/core/glossary';
import { MAX_NOTE_BYTES } from '../../src/core/note';
import { parseNote } from '../../src/core/note-parse';
import { parseWorkspaceNote } from '../../src/core/workspace-note';
import { diagnosticRows } from '../../src/vscode/notes/diagnostic-rows';
import { tempDir as makeTempDir } from '../unit/temp-dirs';

const dist = join(__dirname, '..', '..', 'dist');
const tempDir = () => makeTempDir('concept-ref-bad-');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, dist);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const strict = (id: string, extra = '') => `---
id: ${id}
title: { zh: 标题${extra}, en: Title ${id}${extra} }
aliases: [${id}]
topic: team/bad
summary: { zh: 一句话。, en: One line. }
---
<!-- lang: zh -->
正文。

<!-- lang: en -->
Body.
`;
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('security: bad files', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('decoding', () => {
    it('rejects NUL bytes and invalid UTF-8 (naming the line), accepts UTF-8 and drops a BOM', () => {
      assert.throws(() => decodeNoteBytes(bytes('# x\n', [0], 'y')), (e: unknown) => e instanceof NoteFileError && /binary file \(contains NUL bytes\)/.test(e.message));
      assert.throws(() => decodeNoteBytes(bytes('a\nb\n', [0xff, 0xfe], '\n')), (e: unknown) => e instanceof NoteFileError && /not valid UTF-8/.test(e.message) && e.line === 3);
      assert.throws(() => decodeNoteBytes(bytes('overlong ', [0xc0, 0xaf])), NoteFileError);
      assert.throws(() => decodeNoteBytes(bytes('surrogate ', [0xed, 0xa0, 0x80])), NoteFileError);
      assert.throws(() => decodeNoteBytes(bytes('cut ', [0xe4, 0xb8])), NoteFileError);
      assert.equal(decodeNoteBytes(bytes('\ufeff中文 ok')), '中文 ok');
    });

    it('both parsers report text with NUL characters as binary and return no note', () => {
      const text = `${strict('nul-note')}\u0000`;
      for (const result of [parseNote(text, 'n.md', 'user'), parseWorkspaceNote(text, 'n.md', 'n.md')]) {
        assert.equal(result.note, undefined);
        assert.match(result.problems[0].message, /binary file \(contains NUL bytes\)/);
      }
    });
    it('parseGlossary also reports text with NUL characters as binary and returns no term', () => {
      const text = `contexts:\n  - name: Billing\n    terms:\n      - name: Ledger\n        definition: x\u0000y\n`;
      const glossary = parseGlossary(text, 'g.glossary.yml', '/w/', true);
      assert.deepEqual(glossary.notes, []);
      assert.match(glossary.problems[0]?.message ?? '', /binary file \(contains NUL bytes\)/);
    });

    it(`both parsers refuse a note over MAX_NOTE_BYTES (${MAX_NOTE_BYTES / 1024} KiB) even when it was read (files up to 1 MB are read)`, () => {
      const text = `${strict('big-note')}\n${'x'.repeat(MAX_NOTE_BYTES)}\n`;
      for (const result of [parseNote(text, 'n.md', 'user'), parseWorkspaceNote(text, 'n.md', 'n.md')]) {
        assert.equal(result.note, undefined);
        assert.match(result.problems[0]?.message ?? '', /note is larger than 256 KiB/);
      }
    });
  });

  describe('check and the index', () => {
    const writeBadFolder = () => {
      writeFileSync(join(dir, 'good.md'), strict('good-note'));
      writeFileSync(join(dir, 'binary.md'), bytes(strict('binary-note'), [0, 1, 2, 0]));
      writeFileSync(join(dir, 'latin1.md'), bytes(strict('latin1-note', ' caf'), [0xe9], '\n'));
      writeFileSync(join(dir, 'team.md'), bytes('# Team note\n\nSome text ', [0xff], '.\n'));
      writeFileSync(join(dir, 'words.glossary.yml'), bytes('contexts:\n  - name: Billing\n    terms:\n      - name: Ledger\n        definition: x', [0x80], '\n'));
      writeFileSync(join(dir, 'huge.md'), `${strict('huge-note')}\n${'x'.repeat(10 * 1024 * 1024)}\n`);
    };

    for (const strictFlag of [false, true]) {
      it(`check${strictFlag ? ' --strict' : ''} reports binary, non-UTF-8 and 10 MB files, and they are left out of the index`, async () => {
        writeBadFolder();
        const flags = ['--no-bundled', '--notes', dir, ...(strictFlag ? ['--strict'] : [])];
        const check = await cli(...flags, 'check');
        assert.equal(check.code, 1);
        assert.match(check.out, /binary\.md:1: error: binary file \(contains NUL bytes\): not a note/);
        assert.match(check.out, /latin1\.md:13: error: not valid UTF-8 text: save the file as UTF-8/);
        assert.match(check.out, /team\.md:3: error: not valid UTF-8 text/);
        assert.match(check.out, /words\.glossary\.yml:5: error: not valid UTF-8 text/);
        assert.match(check.out, /huge\.md:1: error: file is 10\.0 MB, more than the 1 MB a note or glossary may have: not read/);
        const show = ['--no-bundled', '--notes', dir, 'show'];
        for (const id of ['binary-note', 'latin1-note', 'huge-note', 'team']) assert.equal((await cli(...show, id)).code, 1, id);
        assert.equal((await cli(...show, 'good-note')).code, 0, 'the good note is still there');
      });
    }

    it('folderSource.read reports a file over 1 MB from its size, without reading it (a sparse 3 GiB file)', async () => {
      writeFileSync(join(dir, 'sparse.md'), '');
      truncateSync(join(dir, 'sparse.md'), 3 * 1024 ** 3);
      // Reading it would fail (Node reads at most 2 GiB at once) with another message.
      await assert.rejects(folderSource(dir).read('sparse.md'), (e: unknown) => e instanceof NoteFileError && /file is 3072\.0 MB, more than the 1 MB/.test(e.message));
    });

    it('the same problems reach the Problems view (a source that reads bytes as workspace.fs does)', async () => {
      writeBadFolder();
      // workspaceSource and glossarySource decode with decodeNoteBytes; this source does the same from disk.
      const disk = folderSource(dir);
      const source: NoteSource = { ...disk, read: async (rel) => decodeNoteBytes(readFileSync(join(dir, rel))) };
      const loaded = await loadNotes(source, 'user', { glossaries: true });
      assert.deepEqual(loaded.notes.map((n) => n.id), ['good-note']);
      const rows = diagnosticRows(loaded.problems);
      assert.match(rows.get(join(dir, 'binary.md'))?.[0].message ?? '', /binary file/);
      assert.match(rows.get(join(dir, 'latin1.md'))?.[0].message ?? '', /not valid UTF-8/);
      assert.equal(rows.get(join(dir, 'latin1.md'))?.[0].line, 12);
      assert.match(rows.get(join(dir, 'huge.md'))?.[0].message ?? '', /10\.0 MB/);
    });
  });

  describe('symbolic links', () => {
    it('are not followed out of the notes folder nor into a loop, and are reported', async () => {
      const outside = tempDir();
      try {
        writeFileSync(join(outside, 'secret.md'), strict('secret-note'));
        mkdirSync(join(outside, 'more'));
        writeFileSync(join(outside, 'more', 'other.md'), strict('other-secret'));
        const notes = join(dir, 'notes');
        mkdirSync(join(notes, 'sub'), { recursive: true });
        writeFileSync(join(notes, 'good.md'), strict('good-note'));
        symlinkSync(join(outside, 'secret.md'), join(notes, 'linked.md'));
        symlinkSync(join(outside, 'more'), join(notes, 'linked-folder'));
        symlinkSync(notes, join(notes, 'sub', 'loop'));
        symlinkSync(join(outside, 'missing'), join(notes, 'dangling'));
        symlinkSync(join(outside, 'pic.png'), join(notes, 'picture.png'));
        const check = await cli('--no-bundled', '--notes', notes, 'check');
        for (const link of ['linked.md', 'linked-folder', join('sub', 'loop'), 'dangling']) {
          assert.ok(check.out.includes(`${join(notes, link)}:1: warning: symbolic link not followed`), `${link} reported:\n${check.out}`);
        }
        assert.ok(!check.out.includes('picture.png'), 'a link to an image is nobody\'s concern');
        for (const id of ['secret-note', 'other-secret']) assert.equal((await cli('--no-bundled', '--notes', notes, 'show', id)).code, 1, `${id} was read from outside`);
        assert.equal((await cli('--no-bundled', '--notes', notes, 'show', 'good-note')).code, 0);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });

    it('folderSource.read refuses a symbolic link even when asked for it by name (replaced since the listing)', async () => {
      const outside = tempDir();
      try {
        writeFileSync(join(outside, 'secret.md'), strict('secret-note'));
        writeFileSync(join(dir, 'good.md'), strict('good-note'));
        const source = folderSource(dir);
        assert.deepEqual(await source.list(), ['good.md']);
        rmSync(join(dir, 'good.md'));
        symlinkSync(join(outside, 'secret.md'), join(dir, 'good.md'));
        await assert.rejects(source.read('good.md'), (e: unknown) => e instanceof NoteFileError && /not a regular file/.test(e.message));
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });

    it('the walk reports a link to a folder or note as workspace.fs describes it', async () => {
      const tree: Record<string, FolderEntry[]> = {
        '': [
          { name: 'a.md', kind: 'file' },
          { name: 'to-folder', kind: 'symlink', target: 'directory' },
          { name: 'to-note.md', kind: 'symlink', target: 'file' },
          { name: 'to-image.png', kind: 'symlink', target: 'file' },
          { name: 'locked', kind: 'directory' },
          { name: '.git', kind: 'directory' },
        ],
      };
      const listing = await walkNotesFolder(async (rel) => {
        if (rel === 'locked') throw Object.assign(new Error('denied'), { code: 'NoPermissions' });
        return tree[rel] ?? [];
      }, (rel) => rel.endsWith('.md'));
      assert.deepEqual(listing.files, ['a.md']);
      assert.deepEqual(
        listing.skipped.map((s) => s.path),
        ['to-folder', 'to-note.md', 'locked'],
      );
      assert.match(listing.skipped[2].message, /cannot read this folder \(NoPermissions\)/);
    });
  });

  describe('large trees', () => {
    it(`a folder tree deeper than ${MAX_FOLDER_DEPTH} levels: the notes above load, the deeper folders are reported`, async () => {
      let path = dir;
      for (let depth = 1; depth <= 200; depth++) {
        path = join(path, 'd');
        mkdirSync(path);
        if (depth === 10 || depth === 100) writeFileSync(join(path, `n${depth}.md`), strict(`deep-${depth}`));
      }
      const loaded = await loadNotes(folderSource(dir), 'user');
      assert.deepEqual(loaded.notes.map((n) => n.id), ['deep-10']);
      assert.equal(loaded.problems.filter((p) => /nested more than 32 levels/.test(p.message)).length, 1);
    });

    // Writing 100,000 files takes from 2 s to a minute on a busy disk: the walk and the loader are given
    // the same numbers through the interfaces they read a file system by.
    it('100,000 files: the walk lists them all, the loader reads the first ones and warns about the rest', async () => {
      const folders = Array.from({ length: 100 }, (_, d) => ({ name: `f${d}`, kind: 'directory' as const }));
      const files = Array.from({ length: 1000 }, (_, f) => ({ name: `n${f}.md`, kind: 'file' as const }));
      const listing = await walkNotesFolder(async (rel) => (rel === '' ? folders : files), (rel) => rel.endsWith('.md'));
      assert.equal(listing.files.length, 100_000);
      assert.deepEqual(listing.skipped, []);
      let reads = 0;
      const source: NoteSource = {
        list: async () => listing.files,
        read: async (rel) => {
          reads++;
          return `# ${rel}\n\nText.\n`;
        },
        displayPath: (rel) => rel,
        folderKey: (rel) => `${rel}/`,
      };
      const loaded = await loadNotes(source, 'user', { limit: 300 });
      assert.equal(loaded.notes.length, 300);
      assert.equal(reads, 300);
      assert.deepEqual(loaded.problems.map((p) => p.message), ['99700 note files past the limit of 300 were skipped (setting conceptReference.maxNoteFiles)']);
    });

    it(`stops listing after ${MAX_FOLDER_ENTRIES} entries, with a warning`, async () => {
      const folders = Array.from({ length: 600 }, (_, d) => ({ name: `f${d}`, kind: 'directory' as const }));
      const files = Array.from({ length: 1000 }, (_, f) => ({ name: `n${f}.md`, kind: 'file' as const }));
      const listing = await walkNotesFolder(async (rel) => (rel === '' ? folders : files), () => true);
      assert.ok(listing.files.length < MAX_FOLDER_ENTRIES);
      assert.deepEqual(listing.skipped.map((s) => s.message), [`stopped listing after ${MAX_FOLDER_ENTRIES} files and folders: the rest is left out`]);
    });

    it('a folder deleted during the walk is no problem; an unreadable one is reported and the rest loads', async () => {
      const listing = await walkNotesFolder(async (rel) => {
        if (rel === 'gone') throw Object.assign(new Error('gone'), { code: 'ENOENT' });
        if (rel === 'locked') throw Object.assign(new Error('denied'), { code: 'EACCES' });
        return rel === '' ? [{ name: 'gone', kind: 'directory' }, { name: 'locked', kind: 'directory' }, { name: 'ok.md', kind: 'file' }] : [];
      }, () => true);
      assert.deepEqual(listing.files, ['ok.md']);
      assert.deepEqual(listing.skipped.map((s) => `${s.path}: ${s.message}`), ['locked: cannot read this folder (EACCES): its notes are left out']);
    });
  });
});
