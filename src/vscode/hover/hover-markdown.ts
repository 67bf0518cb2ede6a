// The Markdown of a concept hover, without `vscode`, so the unit tests can check what it says. The hover
// is trusted for our own commands only (HOVER_COMMANDS); every piece of note text goes through
// markdownText or a code fence longer than any backtick run in it, so a note can add no link, command,
// icon, HTML or formatting of its own.
import { markdownText } from '../../core/display-text';
import { Commands } from '../ids';

/** The only commands a hover may run (MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS: readonly string[] = [Commands.openNote, Commands.searchRelated, Commands.copyLink];

/** One note in a hover. Every string is the note's own text, untrusted. */
export interface HoverEntry {
  id: string;
  title: string;
  breadcrumb: readonly string[];
  summary: string;
  /** "in Chinese only" when the note exists in the other language only. */
  languageNote?: string;
  /** The title in the other language, when it differs (知识蒸馏 · Knowledge distillation). */
  otherTitle?: string;
  /** A one- to three-line command, call or formula (`math`). */
  example?: { language: string; code: string };
  /** A team note's file, relative to the workspace. */
  source?: string;
}

/** The hover's own words (localized by the caller). */
export interface HoverLabels {
  openNote: string;
  openNoteTooltip: string;
  searchRelated: string;
  searchRelatedTooltip: string;
  copyLink: string;
  copyLinkTooltip: string;
}

/** A link title in double quotes: backslash and quote escaped, one line. */
function linkTitle(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/["\\]/g, '\\$&');
}

function commandLink(label: string, command: string, id: string, tooltip: string): string {
  // encodeURIComponent leaves ( ) ! ' * as they are; ids never hold them (isNoteIdSyntax), but a ")" would
  // end the link destination, so they are encoded too.
  const args = encodeURIComponent(JSON.stringify([id])).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${markdownText(label)}](command:${command}?${args} "${linkTitle(tooltip)}")`;
}

/** A fenced code block no text inside can close: the fence is longer than any backtick run in the code. */
function codeBlock(code: string, language: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const lang = /^[\w+#.-]{1,30}$/.test(language) ? language : '';
  return `${fence}${lang}\n${code.replace(/\r/g, '')}\n${fence}`;
}

/** The hover's Markdown for these notes (separated by rules). */
export function hoverMarkdownValue(entries: readonly HoverEntry[], labels: HoverLabels): string {
  return entries
    .map((e) => {
      const crumb = e.breadcrumb.map((c) => markdownText(c)).filter(Boolean).join(' › ');
      const title = markdownText(e.title) + (e.otherTitle ? ` · ${markdownText(e.otherTitle)}` : '');
      const heading = `$(book) **${title}**${crumb ? ` &nbsp;·&nbsp; _${crumb}_` : ''}`;
      const summary = markdownText(e.summary, 1000) + (e.languageNote ? ` _\\(${markdownText(e.languageNote)}\\)_` : '');
      const example = e.example ? `\n\n${codeBlock(e.example.code, e.example.language === 'math' ? 'latex' : e.example.language)}` : '';
      const links = [
        commandLink(labels.openNote, Commands.openNote, e.id, labels.openNoteTooltip),
        commandLink(labels.searchRelated, Commands.searchRelated, e.id, labels.searchRelatedTooltip),
        commandLink(labels.copyLink, Commands.copyLink, e.id, labels.copyLinkTooltip),
      ].join(' · ');
      const source = e.source ? `\n\n$(file) ${markdownText(e.source)}` : '';
      return `${heading}\n\n${summary}${example}\n\n${links}${source}`;
    })
    .join('\n\n---\n\n');
}
