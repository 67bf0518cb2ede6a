import * as vscode from 'vscode';
import { TerminologyLint, type TerminologyFinding } from '../../core/authoring/terminology';
import type { Corpus } from '../../core/corpus';
import { NoteSourceScheme } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { MAX_SCAN_CHARS } from '../matching/document-scan';
import { debounce, Disposable } from '../util/dispose';
import { Settings } from '../settings';

const SOURCE = 'Concept Reference';
const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Terms the team agreed not to use (a note's `avoid:` list) in open documents, as diagnostics with a quick
 * fix that writes the note's title instead.
 */
export class TerminologyDiagnostics extends Disposable implements vscode.CodeActionProvider {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('conceptReference.terminology'));
  private readonly findings = new Map<string, { diagnostic: vscode.Diagnostic; finding: TerminologyFinding }[]>();
  private lint: TerminologyLint;
  private lintCorpus: Corpus;

  constructor(notes: NotesService) {
    super();
    this.lintCorpus = notes.corpus;
    this.lint = new TerminologyLint(notes.corpus.all().filter((n) => n.origin === 'user'));
    const relintAll = this._register(debounce(() => this.refreshAll(), 200));
    const relintOne = new Map<string, ReturnType<typeof debounce>>();
    this._register({ dispose: () => relintOne.forEach((d) => d.dispose()) });
    this._register(
      notes.onDidChange((corpus) => {
        this.lintCorpus = corpus;
        this.lint = new TerminologyLint(corpus.all().filter((n) => n.origin === 'user'));
        relintAll();
      }),
    );
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc)));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const key = e.document.uri.toString();
        let run = relintOne.get(key);
        if (!run) {
          run = debounce(() => this.refresh(e.document), 300);
          relintOne.set(key, run);
        }
        run();
      }),
    );
    this._register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        this.collection.delete(doc.uri);
        this.findings.delete(key);
        relintOne.get(key)?.dispose();
        relintOne.delete(key);
      }),
    );
    this._register(vscode.workspace.onDidChangeConfiguration((e) => Settings.affects(e, 'terminology') && relintAll()));
    this._register(vscode.languages.registerCodeActionsProvider({ scheme: '*' }, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
    this.refreshAll();
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const { diagnostic, finding } of this.findings.get(document.uri.toString()) ?? []) {
      if (!diagnostic.range.intersection(range)) continue;
      const action = new vscode.CodeAction(vscode.l10n.t('Replace with "{0}"', finding.term.replacement), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, diagnostic.range, finding.term.replacement);
      actions.push(action);
    }
    return actions;
  }

  private refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
  }

  private refresh(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const skip =
      this.lint.isEmpty ||
      !Settings.terminologyEnabled(document) ||
      document.uri.scheme === NoteSourceScheme ||
      document.uri.scheme === 'output' ||
      document.getText().length > MAX_SCAN_CHARS;
    if (skip) {
      this.collection.delete(document.uri);
      this.findings.delete(key);
      return;
    }
    const severity = SEVERITIES[Settings.terminologySeverity(document)];
    const text = document.getText();
    const entries: { diagnostic: vscode.Diagnostic; finding: TerminologyFinding }[] = [];
    for (const finding of this.lint.findings(text, document.languageId)) {
      // A note's own avoid: list names the term; that is no use of it.
      if (this.lintCorpus.get(finding.term.noteId)?.file === key) continue;
      const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
      const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t('"{0}" is a term the team avoids: write "{1}"', finding.text, finding.term.replacement), severity);
      diagnostic.source = SOURCE;
      diagnostic.code = 'avoided-term';
      entries.push({ diagnostic, finding });
    }
    this.findings.set(key, entries);
    this.collection.set(document.uri, entries.map((e) => e.diagnostic));
  }
}
