// The words of the Topics and Concepts in This File rows, without `vscode`, so the unit tests can check
// them. Tree labels and descriptions are drawn as plain text (no icons, no Markdown); tooltips here are
// Markdown strings made with supportThemeIcons (so VS Code reads the escaped `\$(name)` of markdownText
// as text), and note text goes in escaped.
import { markdownText, plainLabel } from '../../core/display-text';

export interface NoteRowText {
  label: string;
  /** Set when a filter matched another name than the shown title. */
  description?: string;
  /** Markdown for a MarkdownString with supportThemeIcons and no trust. */
  tooltip: string;
}

/** A note's row: its title; the tooltip has the title, its other-language title and the summary. */
export function noteRowText(title: string, otherTitle: string, summary: string, matched?: string): NoteRowText {
  const label = plainLabel(title);
  const other = plainLabel(otherTitle);
  const tooltip = `**${markdownText(title)}**${other !== label ? markdownText(` · ${otherTitle}`) : ''}\n\n${markdownText(summary, 1000)}`;
  const shownMatch = matched === undefined ? undefined : plainLabel(matched);
  return { label, tooltip, ...(shownMatch && shownMatch !== label ? { description: shownMatch } : {}) };
}

/** A topic's row: its name; the plain-text tooltip has both names and the note count line. */
export function topicRowText(name: string, en: string, zh: string, countLine: string, description?: string): { label: string; tooltip: string } {
  const names = [...new Set([plainLabel(en), plainLabel(zh)])].join(' · ');
  // A Contextive context's domain vision statement says what the topic is for.
  return { label: plainLabel(name), tooltip: [names, description ? plainLabel(description) : '', countLine].filter(Boolean).join('\n') };
}

/** A Concepts in This File row: the title, and the summary as a Markdown tooltip. */
export function conceptRowText(title: string, summary: string | undefined): { label: string; tooltip?: string } {
  return { label: plainLabel(title), ...(summary !== undefined ? { tooltip: markdownText(summary, 1000) } : {}) };
}
