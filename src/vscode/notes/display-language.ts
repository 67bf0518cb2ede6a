import * as vscode from 'vscode';
import type { Lang } from '../../core/note';
import { Settings } from '../settings';

/** The language notes are shown in: the setting, or the VS Code display language when "auto". */
export function displayLanguage(): Lang {
  const setting = Settings.displayLanguage();
  if (setting === 'zh' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
