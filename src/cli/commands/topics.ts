import type { TopicNode } from '../../core/corpus';
import { localize, type Lang } from '../../core/note';
import { allowFlags } from '../args';
import { loadCorpus, type CliOptions, type Output } from '../context';

export const topicsUsage = 'topics                     the topic tree';

interface TopicJson {
  name: string;
  children: TopicJson[];
  notes: { id: string; title: string }[];
}

function toJson(node: TopicNode, lang: Lang): TopicJson {
  return {
    name: localize(node.name, lang),
    children: node.children.map((c) => toJson(c, lang)),
    notes: node.notes.map((n) => ({ id: n.id, title: localize(n.title, lang) })),
  };
}

export async function runTopics(options: CliOptions, distDir: string, io: Output): Promise<number> {
  allowFlags(options, []);
  const { corpus } = await loadCorpus(options, distDir);
  const tree = corpus.topicTree();
  if (options.json) {
    io.out(JSON.stringify(tree.map((n) => toJson(n, options.lang)), null, 2));
    return 0;
  }
  const lines: string[] = [];
  const walk = (node: TopicNode, depth: number) => {
    const pad = '  '.repeat(depth);
    lines.push(`${pad}${localize(node.name, options.lang)} (${node.count})`);
    for (const child of node.children) walk(child, depth + 1);
    for (const note of node.notes) lines.push(`${pad}  - ${localize(note.title, options.lang)}  [${note.id}]`);
  };
  for (const root of tree) walk(root, 0);
  io.out(lines.join('\n'));
  return 0;
}
