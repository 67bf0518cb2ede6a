import type { Segment } from './text-structure';

/** One Kubernetes manifest of a document: the text of its YAML document, and its `kind`. */
export interface ManifestKind {
  from: number;
  to: number;
  kind: string;
  /** Where the kind's name is written on its `kind:` line; -1 for an object nested in another manifest. */
  nameAt: number;
}

/**
 * Lists whose items are whole objects of another kind inside a manifest: a StatefulSet's volumeClaimTemplates are
 * PersistentVolumeClaims (their `resources.requests` is storage, not the CPU and memory of the Pod's containers).
 */
const NESTED_KINDS: Record<string, string> = { volumeClaimTemplates: 'PersistentVolumeClaim' };
const NESTED_LIST_LINE = /^([A-Za-z]+):[ \t]*(?:#.*)?$/;

const KIND_LINE = /^kind:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#.*)?$/;

/**
 * The Kubernetes manifests of a document and their kinds: a YAML file's documents (`---` separates them),
 * or a Markdown document's ```yaml fences. A manifest's kind is its `kind:` line at the indentation of the
 * document's first key (nested `kind:` keys, as in a List's items or a webhook's rules, are not it). The items of a
 * NESTED_KINDS list are manifests of their own kind within it.
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
  // The NESTED_KINDS list being read: its key's indentation, where its items start and their kind.
  let nested: { indent: number; from: number; kind: string } | undefined;
  const closeNested = (end: number) => {
    if (nested !== undefined && end > nested.from) out.push({ from: nested.from, to: end, kind: nested.kind, nameAt: -1 });
    nested = undefined;
  };
  const close = (end: number) => {
    closeNested(end);
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
      // The list goes on while its lines are indented deeper than its key, or as deep as an item (`- `) of it.
      if (nested !== undefined && (k - lineStart < nested.indent || (k - lineStart === nested.indent && text.charCodeAt(k) !== 0x2d /* - */))) closeNested(lineStart);
      if (nested === undefined && k - lineStart > indent) {
        const kindOfItems = NESTED_KINDS[NESTED_LIST_LINE.exec(text.slice(k, lineEnd).replace(/\r$/, ''))?.[1] ?? ''];
        if (kindOfItems) nested = { indent: k - lineStart, from: lineEnd, kind: kindOfItems };
      }
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

/** The kind of the innermost manifest around `offset` (a nested object's within its manifest), if it lies in one. */
export function kindAt(kinds: readonly ManifestKind[], offset: number): string | undefined {
  let inner: ManifestKind | undefined;
  for (const k of kinds) if (k.from <= offset && offset < k.to && (inner === undefined || k.to - k.from < inner.to - inner.from)) inner = k;
  return inner?.kind;
}
