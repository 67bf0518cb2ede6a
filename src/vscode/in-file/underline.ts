import * as vscode from 'vscode';
import { termsEnabledFor } from '../hover/term-lookup';
import { ConfigSection } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { debounce, Disposable } from '../util/dispose';
import { scanRanges, type DocumentMatchCache } from '../matching/document-scan';
import { Settings } from '../settings';

/** Optional dotted underline under recognised terms, computed for the visible ranges only. */
export class TermUnderline extends Disposable {
  private readonly decoration = this._register(
    // A dotted bottom border in the theme's info colour: visible in every theme, never hiding squiggles.
    vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('editorInfo.foreground'),
    }),
  );

  constructor(
    private readonly notes: NotesService,
    private readonly matches: DocumentMatchCache,
  ) {
    super();
    const update = this._register(debounce(() => this.updateAll(), 150));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => update()));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges(() => update()));
    this._register(vscode.workspace.onDidChangeTextDocument(() => update()));
    this._register(notes.onDidChange(() => update()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(ConfigSection)) update();
      }),
    );
    this.updateAll();
  }

  private enabled(): boolean {
    return Settings.underlineEnabled();
  }

  private updateAll(): void {
    const on = this.enabled();
    for (const editor of vscode.window.visibleTextEditors) {
      if (!on || !termsEnabledFor(editor.document)) {
        editor.setDecorations(this.decoration, []);
        continue;
      }
      const doc = editor.document;
      const ranges = scanRanges(this.notes.corpus, doc, editor.visibleRanges, this.matches).map(
        (m) => new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)),
      );
      editor.setDecorations(this.decoration, ranges);
    }
  }
}
