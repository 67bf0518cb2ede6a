import MarkdownIt from 'markdown-it';

export interface RenderOptions {
  /** Whether a note id exists; links to missing notes render as plain, marked text. */
  exists(id: string): boolean;
}

export interface RenderedBody {
  html: string;
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Renders a note body to sanitized HTML: raw HTML is escaped, only http(s) and note links survive. */
export function renderNoteBody(markdown: string, options: RenderOptions): RenderedBody {
  const withLinks = markdown.replace(/\[\[([^\]|\n]+)(?:\|([^\]\n]*))?\]\]/g, (_m, id: string, label?: string) => {
    const target = id.trim();
    const text = (label ?? target).trim();
    return options.exists(target) ? `[${text}](note:${target})` : text;
  });
  return { html: md.render(withLinks) };
}
