// Note id syntax, shared by the core, the extension and the viewer script (no imports).

/** Ids of bundled notes are kebab-case ASCII; workspace notes may also use letters of any script, "/", "_" and ".". */
const NOTE_ID_SYNTAX = /^[\p{L}\p{N}]+(?:[-_./][\p{L}\p{N}]+)*$/u;
export const MAX_ID_CHARS = 200;

/** Whether `id` can name a note (bundled or workspace): what links, commands and webview messages accept. */
export function isNoteIdSyntax(id: unknown): id is string {
  return typeof id === 'string' && id.length <= MAX_ID_CHARS && NOTE_ID_SYNTAX.test(id);
}
