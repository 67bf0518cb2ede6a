/**
 * The short example a hover shows under the summary: a one- to three-line command, call or formula from
 * the note's Example section. Longer code is left to the viewer: a cut-off snippet would mislead.
 */
import type { Lang, Localized } from './note';

export interface HoverExample {
  /** Code block language (`sh`, `python`), or `math` for a formula. */
  language: string;
  code: string;
}

export const MAX_EXAMPLE_LINES = 3;
const MAX_EXAMPLE_CHARS = 240;
const EXAMPLE_HEADING = /^#{2,3}\s+(?:examples?|示例|例子|用法示例)\s*$/i;
const SHELL = new Set(['sh', 'bash', 'shell', 'shellscript', 'zsh', 'console']);

/** The example for a hover from a Markdown body, or undefined when its Example section has none short enough. */
export function hoverExampleOf(body: string): HoverExample | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => EXAMPLE_HEADING.test(l.trim()));
  if (start < 0) return undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^#{1,3}\s/.test(line)) break; // the next section
    const fence = /^\s*(`{3,}|~{3,})\s*([\w+#.-]*)/.exec(line);
    if (fence) {
      const close = lines.findIndex((l, k) => k > i && l.trim().startsWith(fence[1]));
      if (close < 0) return undefined;
      const language = fence[2].toLowerCase();
      const code = lines.slice(i + 1, close).filter((l) => l.trim() !== '');
      i = close;
      if (language === 'output' || language === 'text') continue;
      const example = shortExample(language, code);
      if (example) return example;
      continue;
    }
    if (line.trim().startsWith('$$')) {
      // $$ … $$ on one line, or over several.
      const rest = line.trim().slice(2);
      const sameLine = rest.indexOf('$$');
      let formula: string[];
      if (sameLine >= 0) {
        formula = [rest.slice(0, sameLine)];
      } else {
        const close = lines.findIndex((l, k) => k > i && l.includes('$$'));
        if (close < 0) return undefined;
        formula = [rest, ...lines.slice(i + 1, close), lines[close].slice(0, lines[close].indexOf('$$'))];
        i = close;
      }
      const kept = formula.map((l) => l.trim()).filter((l) => l !== '');
      if (kept.length > 0 && kept.length <= MAX_EXAMPLE_LINES && kept.join('\n').length <= MAX_EXAMPLE_CHARS) return { language: 'math', code: kept.join('\n') };
    }
  }
  return undefined;
}

function shortExample(language: string, code: string[]): HoverExample | undefined {
  // A fence inside the code could end the hover's code block early: leave such an example to the viewer.
  if (code.length === 0 || code.some((l) => /```|~~~/.test(l))) return undefined;
  const shell = SHELL.has(language);
  // A shell prompt is not part of the command to copy.
  const lines = shell ? code.map((l) => l.replace(/^\s*\$\s+/, '')) : code;
  if (lines.length <= MAX_EXAMPLE_LINES && lines.join('\n').length <= MAX_EXAMPLE_CHARS) return { language, code: lines.join('\n') };
  // A shell session is a list of commands: its first command stands on its own (output lines do not).
  if (shell) {
    const first = code.find((l) => /^\s*\$\s/.test(l)) ?? code.find((l) => !/^\s*#/.test(l));
    const command = first?.replace(/^\s*\$\s+/, '').trim();
    if (command && !command.endsWith('\\') && command.length <= MAX_EXAMPLE_CHARS) return { language, code: command };
  }
  return undefined;
}

/** Both languages' examples, as the build stores them in the index (the bodies are loaded on demand). */
export function hoverExamples(body: Localized): Partial<Record<Lang, HoverExample>> | undefined {
  const zh = hoverExampleOf(body.zh);
  const en = hoverExampleOf(body.en);
  if (!zh && !en) return undefined;
  return { ...(zh ? { zh } : {}), ...(en ? { en } : {}) };
}
