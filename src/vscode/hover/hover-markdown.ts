// The Markdown of a concept hover, without `vscode`, so the unit tests can check what it says. The hover
// is trusted for our two commands only (HOVER_COMMANDS); every piece of note text goes through
// markdownText, so a note can add no link, command, icon, HTML or formatting of its own.
import { markdownText } from '../../core/display-text';
import { Commands } from '../ids';

/** The only commands a hover may run (MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS: readonly string[] = [Commands.openNote, Commands.searchRelated];

/** One note in a hover. Every string is the note's own text, untrusted. */
export interface HoverEntry {
  id: string;
  title: string;
  breadcrumb: readonly string[];
  summary: string;
  /** "in Chinese only" when the note exists in the other language only. */
  languageNote?: string;
}

/** The hover's own words (localized by the caller). */
export interface HoverLabels {
  openNote: string;
  openNoteTooltip: string;
  searchRelated: string;
  searchRelatedTooltip: string;
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

/** The hover's Markdown for these notes (separated by rules). */
export function hoverMarkdownValue(entries: readonly HoverEntry[], labels: HoverLabels): string {
  return entries
    .map((e) => {
      const crumb = e.breadcrumb.map((c) => markdownText(c)).filter(Boolean).join(' › ');
      const heading = `$(book) **${markdownText(e.title)}**${crumb ? ` &nbsp;·&nbsp; _${crumb}_` : ''}`;
      const summary = markdownText(e.summary, 1000) + (e.languageNote ? ` _\\(${markdownText(e.languageNote)}\\)_` : '');
      const links = `${commandLink(labels.openNote, Commands.openNote, e.id, labels.openNoteTooltip)} · ${commandLink(labels.searchRelated, Commands.searchRelated, e.id, labels.searchRelatedTooltip)}`;
      return `${heading}\n\n${summary}\n\n${links}`;
    })
    .join('\n\n---\n\n');
}
