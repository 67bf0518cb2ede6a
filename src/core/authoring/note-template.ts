import type { Lang } from '../note';
import { derivedId } from '../workspace-note';

/** File name (without folder) of a new note for `term`: its slug, or undefined when the term has no letters or digits. */
export function newNoteFileName(term: string): string | undefined {
  const slug = derivedId(term.replace(/[\\/]/g, ' '));
  return slug ? `${slug}.md` : undefined;
}

/**
 * A new note in the display language: plain Markdown, the lenient workspace format. The first paragraph
 * is the summary the hover shows, so the placeholder says what to write there.
 */
export function newNoteText(term: string, lang: Lang): string {
  const title = term.replace(/\s+/g, ' ').trim();
  if (lang === 'zh') {
    return `# ${title}\n\n${title}是……（用一句话说明它是什么；悬停提示显示这一句。）\n\n## 示例\n\n## 相关\n`;
  }
  return `# ${title}\n\n${title} is … (one sentence saying what it is; the hover shows this sentence.)\n\n## Example\n\n## Related\n`;
}
