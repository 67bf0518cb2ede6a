/**
 * Every setting the extension reads, typed and checked in one place: a value of the wrong type in a
 * user's settings.json falls back to the default instead of reaching the code.
 */
import * as vscode from 'vscode';
import { DEFAULT_NOTE_LIMIT } from '../core/load';
import { ConfigSection } from './ids';

type Scope = vscode.ConfigurationScope | undefined;

const section = (scope?: Scope) => vscode.workspace.getConfiguration(ConfigSection, scope);
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export type DisplayLanguageSetting = 'auto' | 'zh' | 'en';
export type TerminologySeverity = 'error' | 'warning' | 'information' | 'hint';

export const Settings = {
  displayLanguage(): DisplayLanguageSetting {
    const v = section().get('displayLanguage');
    return v === 'zh' || v === 'en' ? v : 'auto';
  },
  /** Notes folders relative to a workspace folder, without empty entries or ones that leave it. */
  notesFolders(scope?: Scope): string[] {
    return strings(section(scope).get('notesFolders', ['.concepts'])).filter((rel) => rel.trim() !== '' && !rel.split(/[\\/]/).includes('..'));
  },
  maxNoteFiles(scope?: Scope): number {
    const v = section(scope).get('maxNoteFiles');
    return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : DEFAULT_NOTE_LIMIT;
  },
  ignoredTerms(): string[] {
    return strings(section().get('ignoredTerms', []));
  },
  hoverEnabled(scope?: Scope): boolean {
    return bool(section(scope).get('hover.enabled'), true);
  },
  hoverDisabledLanguages(scope?: Scope): string[] {
    return strings(section(scope).get('hover.disabledLanguages', []));
  },
  hoverShowExample(scope?: Scope): boolean {
    return bool(section(scope).get('hover.showExample'), true);
  },
  underlineEnabled(): boolean {
    return bool(section().get('underline.enabled'), false);
  },
  topicsAutoReveal(): boolean {
    return bool(section().get('topics.autoReveal'), true);
  },
  viewerOpenInNewPanel(): boolean {
    return bool(section().get('viewer.openInNewPanel'), false);
  },
  terminologyEnabled(scope?: Scope): boolean {
    return bool(section(scope).get('terminology.enabled'), true);
  },
  terminologySeverity(scope?: Scope): TerminologySeverity {
    const v = section(scope).get('terminology.severity');
    return v === 'error' || v === 'information' || v === 'hint' ? v : 'warning';
  },
  /** Whether a configuration change event touches one of our settings (`notesFolders`, `hover`...). */
  affects(event: vscode.ConfigurationChangeEvent, ...names: string[]): boolean {
    return names.some((name) => event.affectsConfiguration(`${ConfigSection}.${name}`));
  },
} as const;
