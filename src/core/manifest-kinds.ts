import type { Segment } from './text-structure';

/** One Kubernetes manifest of a document: the text of its YAML document, and its `kind`. */
export interface ManifestKind {
  from: number;
  to: number;
  kind: string;
  /** Where the kind's name is written on its `kind:` line. */
  nameAt: number;
}

const KIND_LINE = /^kind:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#.*)?$/;

/**
 * The Kubernetes manifests of a document and their kinds: a YAML file's documents (`---` separates them),
 * or a Markdown document's ```yaml fences. A manifest's kind is its `kind:` line at the indentation of the
 * document's first key (nested `kind:` keys, as in a List's items or a webhook's rules, are not it).
 */
export function manifestKinds(text: string, segments: readonly Segment[]): ManifestKind[] {
  const out: ManifestKind[] = [];
  for (let s = 0; s < segments.length; s++) {
    if (segments[s].languageId !== 'yaml') continue;
    // A YAML region: its comments are segments of their own, next to its code.
    const from = segments[s].from;
    while (s + 1 < segments.length && segments[s + 1].languageId === 'yaml' && segments[s + 1].from === segments[s].to) s++;
    kindsIn(text, from, segments[s].to, out);
  }
  return out;
}

function kindsIn(text: string, from: number, to: number, out: ManifestKind[]): void {
  let docStart = from;
  let indent = -1;
  let kind: string | undefined;
  let nameAt = 0;
  const close = (end: number) => {
    if (kind !== undefined) out.push({ from: docStart, to: end, kind, nameAt });
    kind = undefined;
    indent = -1;
  };
  for (let lineStart = from; lineStart < to; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > to ? to : nl;
    let k = lineStart;
    while (k < lineEnd && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
    if (text.startsWith('---', k) && (k + 3 === lineEnd || /\s/.test(text[k + 3]))) {
      close(lineStart);
      docStart = lineEnd;
    } else if (k < lineEnd && text.charCodeAt(k) !== 0x23 /* # */) {
      if (indent < 0) indent = k - lineStart;
      if (kind === undefined && k - lineStart === indent && text.charCodeAt(k) === 0x6b /* k */) {
        const line = text.slice(k, lineEnd).replace(/\r$/, '');
        const m = KIND_LINE.exec(line);
        if (m) {
          kind = m[2];
          nameAt = k + line.indexOf(kind, 5);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  close(to);
}

/** The kind of the manifest around `offset`, if it lies in one. */
export function kindAt(kinds: readonly ManifestKind[], offset: number): string | undefined {
  for (const k of kinds) if (k.from <= offset && offset < k.to) return k.kind;
  return undefined;
}
