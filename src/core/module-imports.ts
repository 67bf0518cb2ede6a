// Whether a document imports a module, for aliases limited to documents that do (an alias's `imports`).

/** Characters a module name may follow on an import line: `import logging`, `'pino'`, `<stdio.h>`. */
const BEFORE_NAME = new Set([' ', '\t', '"', "'", '`', '<', ',', '(']);
/** …and what may follow it: the end of the name, or a sub-module (`logging.handlers`, `log/slog`, `std::sync`). */
const AFTER_NAME = new Set([' ', '\t', '"', "'", '`', '>', ',', ';', ')', '.', '/', ':', '\r', '\n']);
const IMPORT_LINE = /^\s*(?:import|from|use|#\s*include|@import)\b|\brequire\s*\(|\bimport\s*\(/;
/** A line of Go's `import ( … )` block: a quoted path, perhaps after a name. */
const GO_IMPORT_BLOCK_LINE = /^\s*(?:[\w.]+\s+)?"[^"]+"\s*(?:\/\/.*)?$/;

/**
 * Whether `text` imports `module` (or a sub-module of it) in any of the usual ways: Python's `import logging` /
 * `from logging.handlers import …`, Java's `import java.util.logging.Logger;`, JavaScript's `from 'pino'` /
 * `require('pino')`, Go's `import "log/slog"` (also in an `import ( … )` block), Rust's `use tracing::info;`,
 * C's `#include <syslog.h>`. In Markdown its fenced examples count.
 */
export function importsNamedModule(text: string, module: string): boolean {
  for (let at = text.indexOf(module); at >= 0; at = text.indexOf(module, at + 1)) {
    const end = at + module.length;
    if (at > 0 && !BEFORE_NAME.has(text[at - 1])) continue;
    if (end < text.length && !AFTER_NAME.has(text[end])) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (IMPORT_LINE.test(line)) return true;
    if (text[at - 1] === '"' && GO_IMPORT_BLOCK_LINE.test(line) && /\bimport\s*\(/.test(text)) return true;
  }
  return false;
}
