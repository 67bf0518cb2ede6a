import type { Problem } from './note';

/** `file:line: severity: message`, the form editors and CI logs turn into links. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.message}`;
}
