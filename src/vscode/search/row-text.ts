// The words of a quick pick row, without `vscode`, so the unit tests can check them. Quick pick labels,
// descriptions and details draw `$(name)` as an icon, so note text goes through quickPickText.
import { quickPickText } from '../../core/display-text';

export interface RowText {
  label: string;
  description: string;
  detail: string;
}

/** A note's row: its title, its topic breadcrumb and its summary, each one literal line. */
export function noteRowFields(title: string, breadcrumb: readonly string[], summary: string): RowText {
  return {
    label: quickPickText(title),
    description: breadcrumb.map((c) => quickPickText(c)).join(' › '),
    detail: quickPickText(summary, 1000),
  };
}

/** A separator's label (topic names, "Related to <title>"). */
export function separatorText(label: string): string {
  return quickPickText(label);
}
