// The Problems view entries of note problems, without `vscode`, so the unit tests can check them.
// Messages quote note text (keys, aliases, ids, file names): each is shown as one plain line.
import { plainLabel } from '../../core/display-text';
import type { Problem, Severity } from '../../core/note';

/** Longest message shown; YAML errors can quote whole lines. */
export const MAX_MESSAGE_CHARS = 500;

export interface DiagnosticRow {
  /** 0-based line. */
  line: number;
  message: string;
  severity: Severity;
}

/** Problems grouped by file (a URI string), with 0-based lines and one-line messages. */
export function diagnosticRows(problems: readonly Problem[]): Map<string, DiagnosticRow[]> {
  const byFile = new Map<string, DiagnosticRow[]>();
  for (const p of problems) {
    const list = byFile.get(p.file) ?? [];
    list.push({ line: Math.max(0, p.line - 1), message: plainLabel(p.message, MAX_MESSAGE_CHARS), severity: p.severity });
    byFile.set(p.file, list);
  }
  return byFile;
}
