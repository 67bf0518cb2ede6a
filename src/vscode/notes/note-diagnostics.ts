import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import type { Problem } from '../../core/note';
import { ORDINARY_WORDS_FILE, OrdinaryWords, ordinaryWordProblems } from '../../core/ordinary-words';
import { Disposable } from '../util/dispose';
import { ReleasedWhenIdle } from '../util/released-when-idle';
import { diagnosticRows } from './diagnostic-rows';
import { brotliDecode } from './brotli';
import { readFileBytes } from './read-file';
import type { NotesService } from './notes-service';

/** How long the everyday-word list stays in memory after a check: saves in a burst reuse it, a quiet workspace does not keep it. */
const ORDINARY_WORDS_KEPT_MS = 60_000;

/**
 * Problems in the workspace's own notes (schema, duplicate ids, alias conflicts, broken links) in the
 * Problems view, on the line `concept-ref check` reports. Bundled notes are validated at build time.
 */
export class NoteDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('concept-reference'));

  /** The everyday-word list, read on the first workspace note (most workspaces have none) and let go a minute after a check. */
  private readonly ordinaryWords = this._register(new ReleasedWhenIdle(() => this.loadOrdinaryWords(), ORDINARY_WORDS_KEPT_MS));

  constructor(
    private readonly notes: NotesService,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    // Checked on a later turn of the event loop, once for a burst of corpora: a new corpus's matcher (the
    // hover) comes first, and checking 10,000 team notes takes a few hundred ms.
    let pending: ReturnType<typeof setTimeout> | undefined;
    this._register(
      notes.onDidChange(() => {
        if (pending !== undefined) return;
        pending = setTimeout(() => {
          pending = undefined;
          void this.update(this.notes.corpus);
        }, 0);
      }),
    );
    this._register({ dispose: () => clearTimeout(pending) });
  }

  private loadOrdinaryWords(): Promise<OrdinaryWords | undefined> {
    return readFileBytes(vscode.Uri.joinPath(this.extensionUri, 'dist', ORDINARY_WORDS_FILE)).then(
      async (bytes) => OrdinaryWords.parse(new TextDecoder().decode(await brotliDecode(bytes))),
      () => undefined,
    );
  }

  private async update(corpus: Corpus): Promise<void> {
    const userNotes = corpus.all().filter((n) => n.origin === 'user');
    // Bundled notes are checked at build time: only the workspace's notes are cross-checked (against every
    // note), and with none there is nothing to do. A check of every bundled alias and link took ~170 ms
    // and ~10 MB of resident memory at each reload.
    const problems: Problem[] = [...this.notes.problems, ...(userNotes.length > 0 ? corpus.crossCheck((n) => n.origin === 'user') : [])];
    if (userNotes.length > 0) {
      const words = await this.ordinaryWords.get();
      if (corpus !== this.notes.corpus) return; // a newer corpus has its own update on the way
      if (words) problems.push(...ordinaryWordProblems(userNotes, words));
    }
    this.collection.clear();
    for (const [file, rows] of diagnosticRows(problems)) {
      const diagnostics = rows.map((row) => {
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(row.line, 0, row.line, Number.MAX_SAFE_INTEGER),
          row.message,
          row.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        diagnostic.source = 'Concept Reference';
        return diagnostic;
      });
      this.collection.set(vscode.Uri.parse(file), diagnostics);
    }
  }
}
