import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import type { Problem } from '../../core/note';
import { Disposable } from '../util/dispose';
import type { NotesService } from './notes-service';

/**
 * Problems in the workspace's own notes (schema, duplicate ids, alias conflicts, broken links) in the
 * Problems view, on the line `concept-ref check` reports. Bundled notes are validated at build time.
 */
export class NoteDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('concept-reference'));

  constructor(private readonly notes: NotesService) {
    super();
    this._register(notes.onDidChange((corpus) => this.update(corpus)));
  }

  private update(corpus: Corpus): void {
    const userFiles = new Set(corpus.all().filter((n) => n.origin === 'user').map((n) => n.file));
    const problems: Problem[] = [...this.notes.problems, ...corpus.crossCheck().filter((p) => userFiles.has(p.file))];
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const line = Math.max(0, p.line - 1);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
        p.message,
        p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Concept Reference';
      const list = byFile.get(p.file) ?? [];
      list.push(diagnostic);
      byFile.set(p.file, list);
    }
    this.collection.clear();
    for (const [file, diagnostics] of byFile) this.collection.set(vscode.Uri.parse(file), diagnostics);
  }
}
