import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit as', () => {
  it("a TypeScript page's type-checking is no typing.TYPE_CHECKING; the Python constant keeps its capitals (blind audit as, as-en-1)", () => {
    // As in the audited TypeScript handbook notes: lower-case type-checking words, tsc, tsconfig.json.
    const ts = [
      '### Emitting with Errors',
      '',
      'So far we’ve only written standard JavaScript, and yet type-checking was still able to find problems with our code.',
      'Type-checking code does limit the sorts of programs you can run, so there’s a tradeoff on what a type-checker finds acceptable.',
      'Strictness settings turn static type-checking from a switch into a dial; `"strict": true` in a `tsconfig.json` turns them all on.',
      '',
      '```bash',
      'tsc --noEmitOnError hello.ts',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'markdown', /^type-?checking$/i), []);
    const py = [
      '# Avoiding import cycles',
      '',
      'Imports needed only in annotations go under `if TYPE_CHECKING:`; mypy treats `typing.TYPE_CHECKING` as True, while at runtime TYPE_CHECKING is False.',
      '',
      '```python',
      'from typing import TYPE_CHECKING',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'markdown', /^TYPE_CHECKING$/), ['python-type-checking-guard', 'python-type-checking-guard']);
  });
});
