/**
 * English word forms of a term's last word: plurals, possessives, acronym plurals and, for the verbs
 * in VERBS, verb forms. Forms are generated when the matcher is built and stored in the same trie as
 * the terms, so a lookup stays one walk. No stemming beyond this: `runtime` never becomes `run`.
 */

const IRREGULAR_PLURALS: Record<string, readonly string[]> = {
  index: ['indices', 'indexes'],
  matrix: ['matrices', 'matrixes'],
  vertex: ['vertices', 'vertexes'],
  appendix: ['appendices', 'appendixes'],
  axis: ['axes'],
  analysis: ['analyses'],
  basis: ['bases'],
  hypothesis: ['hypotheses'],
  parenthesis: ['parentheses'],
  thesis: ['theses'],
  crisis: ['crises'],
  diagnosis: ['diagnoses'],
  criterion: ['criteria'],
  phenomenon: ['phenomena'],
  datum: ['data'],
  medium: ['media', 'mediums'],
  schema: ['schemas', 'schemata'],
  child: ['children'],
  person: ['people', 'persons'],
  man: ['men'],
  woman: ['women'],
  mouse: ['mice'],
  foot: ['feet'],
  tooth: ['teeth'],
  leaf: ['leaves'],
  half: ['halves'],
  shelf: ['shelves'],
  self: ['selves'],
  knife: ['knives'],
  life: ['lives'],
  wife: ['wives'],
  thief: ['thieves'],
  cactus: ['cacti', 'cactuses'],
  radius: ['radii', 'radiuses'],
  focus: ['foci', 'focuses'],
  stimulus: ['stimuli'],
  nucleus: ['nuclei'],
  syllabus: ['syllabi', 'syllabuses'],
  alumnus: ['alumni'],
  corpus: ['corpora', 'corpuses'],
  genus: ['genera'],
  quiz: ['quizzes'],
  ox: ['oxen'],
  // -ch said as /k/ takes -s.
  epoch: ['epochs'],
  stomach: ['stomachs'],
  monarch: ['monarchs'],
  tech: ['techs'],
  mach: ['machs'],
};

/** Words whose plural is the word itself, or that have no plural worth matching. */
const UNCOUNTABLE = new Set([
  'data', 'metadata', 'information', 'software', 'hardware', 'firmware', 'middleware', 'equipment', 'research',
  'feedback', 'news', 'series', 'species', 'sheep', 'fish', 'deer', 'aircraft', 'advice', 'knowledge', 'traffic',
]);

/**
 * Verbs that are the last word of technical terms (fine-tune, overfit, deploy). Only these get verb
 * forms; every other word gets noun forms only, so `Go` never becomes `going`.
 * Values: irregular past forms, where they differ from the regular rule.
 */
const VERBS: Record<string, readonly string[] | null> = {
  tune: null, finetune: null, train: null, pretrain: null, retrain: null, overfit: ['overfitted', 'overfit'],
  underfit: ['underfitted', 'underfit'], fit: ['fitted', 'fit'], quantize: null, quantise: null, distill: null, distil: null,
  prune: null, deploy: null, redeploy: null, cache: null, hash: null, rehash: null, shard: null, replicate: null,
  serialize: null, deserialize: null, marshal: ['marshalled', 'marshaled'], unmarshal: ['unmarshalled', 'unmarshaled'],
  compile: null, recompile: null, link: null, schedule: null, reschedule: null, preempt: null, allocate: null,
  deallocate: null, free: null, backpropagate: null, normalize: null, normalise: null, tokenize: null, tokenise: null,
  embed: null, encode: null, decode: null, vectorize: null, index: null, reindex: null, query: null, commit: null,
  rollback: null, roll: null, rebase: null, merge: null, fork: null, spawn: null, mount: null, unmount: null,
  bind: ['bound'], unbind: ['unbound'], listen: null, accept: null, connect: null, disconnect: null, send: ['sent'],
  receive: null, broadcast: ['broadcast', 'broadcasted'], multicast: null, route: null, proxy: null, forward: null,
  throttle: null, debounce: null, memoize: null, memoise: null, render: null, rerender: null, hydrate: null,
  mutate: null, lock: null, unlock: null, block: null, unblock: null, yield: null, await: null, resolve: null,
  reject: null, dispatch: null, subscribe: null, unsubscribe: null, publish: null, emit: null, trigger: null,
  inject: null, mock: null, stub: null, patch: null, scale: null, autoscale: null, provision: null, drain: null,
  cordon: null, uncordon: null, evict: null, taint: null, label: ['labelled', 'labeled'], annotate: null,
  rollout: null, restart: null, exec: null, attach: null, detach: null, apply: null, describe: null, delete: null,
  create: null, run: ['ran', 'run'], sort: null, search: null, traverse: null, recurse: null, iterate: null,
  benchmark: null, profile: null, debug: null, refactor: null, lint: null, format: null, transpile: null,
  minify: null, bundle: null, polyfill: null, shim: null, virtualize: null, containerize: null, sandbox: null,
  swap: null, page: null, flush: null, sync: null, fsync: null, checkpoint: null, snapshot: null, vacuum: null,
  analyze: null, analyse: null, migrate: null, seed: null, upsert: null, insert: null, update: null, select: null,
  join: null, partition: null, replay: null, stream: null, buffer: null, batch: null, pipeline: null, parse: null,
  optimize: null, optimise: null, regularize: null, augment: null, sample: null, upsample: null,
  downsample: null, infer: ['inferred'], predict: null, classify: null, cluster: null, interrupt: null, poll: null,
  signal: ['signalled', 'signaled'], wait: null, notify: null, deadlock: null, starve: null, spin: ['spun'],
  inline: null, instantiate: null, specialize: null, override: ['overrode', 'overridden'], overload: null,
  inherit: null, implement: null, extend: null, wrap: null, unwrap: null, box: null, unbox: null, cast: ['cast'],
  dereference: null, reference: null, escape: null, collect: null, finalize: null,
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

/** Regular and irregular plurals of a lower-case word. */
export function pluralsOf(word: string): string[] {
  if (UNCOUNTABLE.has(word)) return [];
  const irregular = Object.hasOwn(IRREGULAR_PLURALS, word) ? IRREGULAR_PLURALS[word] : undefined;
  if (irregular) return [...irregular];
  if (/(?:s|x|z|ch|sh)$/.test(word)) return [word + 'es'];
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + 'ies'];
  if (/[^aeiou]o$/.test(word) && word.length > 2) return [word + 's', word + 'es'];
  return [word + 's'];
}

/** Third-person, past and -ing forms of a lower-case verb in VERBS; [] for any other word. */
export function verbFormsOf(word: string): string[] {
  if (!Object.hasOwn(VERBS, word)) return [];
  const irregularPast = VERBS[word];
  const forms = new Set<string>();
  forms.add(/(?:s|x|z|ch|sh)$/.test(word) ? word + 'es' : /[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word + 's');
  // Doubling: a final consonant after a single vowel in a stressed last syllable (overfit → overfitting).
  const last = word[word.length - 1];
  const doubles =
    word.length >= 3 &&
    !isVowel(last) &&
    !'wxy'.includes(last) &&
    isVowel(word[word.length - 2]) &&
    !isVowel(word[word.length - 3]) &&
    DOUBLING.has(word);
  const stem = doubles ? word + last : word;
  let past: string;
  let ing: string;
  if (word.endsWith('ie')) {
    past = word + 'd';
    ing = word.slice(0, -2) + 'ying';
  } else if (word.endsWith('ee')) {
    past = word + 'd';
    ing = word + 'ing';
  } else if (word.endsWith('e')) {
    past = word + 'd';
    ing = word.slice(0, -1) + 'ing';
  } else if (/[^aeiou]y$/.test(word)) {
    past = word.slice(0, -1) + 'ied';
    ing = word + 'ing';
  } else {
    past = stem + 'ed';
    ing = stem + 'ing';
  }
  if (irregularPast) for (const p of irregularPast) forms.add(p);
  else forms.add(past);
  forms.add(ing);
  forms.delete(word);
  return [...forms];
}

/** Verbs whose final consonant doubles before -ed / -ing. */
const DOUBLING = new Set([
  'overfit', 'underfit', 'fit', 'embed', 'commit', 'shim', 'stub', 'wrap', 'unwrap', 'run', 'spin', 'infer', 'swap',
  'shard', 'plan', 'ship', 'drop', 'stop', 'map', 'tag', 'log', 'step', 'skip', 'trim', 'grep', 'zip', 'unzip',
  'debug', 'rebind', 'omit', 'emit', 'submit', 'admit', 'permit', 'transmit', 'remit', 'refer', 'prefer', 'occur',
  'rerun', 'pin', 'unpin', 'nest', 'poll', 'mock', 'preempt',
].filter((w) => /[^aeiou][aeiou][^aeiouwxy]$/.test(w)));

/** `ReplicaSet`, `WebSocket`, `PersistentVolumeClaim`: capitalised parts; group 1 is the last part. */
const PASCAL_CASE = /^(?:[A-Z][a-z0-9]+|[A-Z]{2,}(?=[A-Z][a-z]))+([A-Z][a-z]+)$/;

/** `LLM` → `LLMs`: acronyms pluralise with a lower-case s and keep their capitals. */
const ACRONYM_WORD = /^[A-Z][A-Z0-9]*[A-Z]$/;

/** The term's last Latin word and what comes before it, or undefined when the term cannot be inflected. */
function lastWord(term: string): { head: string; last: string } | undefined {
  const m = /([A-Za-z][A-Za-z0-9]*)$/.exec(term);
  if (!m) return undefined;
  const last = m[1];
  const head = term.slice(0, term.length - last.length);
  // A last word glued to the previous one by camel case (useRef) is an identifier: no forms.
  if (/[a-z0-9]$/.test(head) && /^[A-Z]/.test(last)) return undefined;
  return { head, last };
}

/**
 * Whether the term takes the possessives 's and s' (`Pod's`, `Pods'`). The matcher adds them to a match
 * as it scans instead of storing them as forms: they would be four more keys and entries for every term.
 */
export function takesPossessive(term: string): boolean {
  const parts = lastWord(term);
  if (!parts) return false;
  const pascal = PASCAL_CASE.exec(parts.last);
  const last = pascal ? pascal[1] : parts.last;
  return ACRONYM_WORD.test(last) || !(/[0-9]/.test(last) || /[A-Z]/.test(last.slice(1)));
}

/**
 * Every inflected form of a term other than the term itself, built by inflecting its last Latin word
 * and keeping the rest as written (`binary search tree` → `binary search trees`, `fine-tune` →
 * `fine-tuned`, `LLM` → `LLMs`). CJK terms have no forms; possessives are not forms (see takesPossessive).
 */
export function wordForms(term: string): string[] {
  const parts = lastWord(term);
  if (!parts) return [];
  let { head, last } = parts;
  // A PascalCase type name is a noun written as one word: ReplicaSet → ReplicaSets, like replica set →
  // replica sets. Its last part is inflected as a noun (no verb forms); lower camel case stays as it is.
  const pascal = PASCAL_CASE.exec(last);
  if (pascal) {
    head += last.slice(0, last.length - pascal[1].length);
    last = pascal[1];
  }
  const out = new Set<string>();
  if (ACRONYM_WORD.test(last)) {
    out.add(term + 's');
    return [...out];
  }
  if (/[0-9]/.test(last) || /[A-Z]/.test(last.slice(1))) return [];
  const lower = last.toLowerCase();
  // Keep the capital of the written term: Deployment → Deployments.
  const recase = (form: string) => (last[0] !== lower[0] ? form[0].toUpperCase() + form.slice(1) : form);
  const plurals = pluralsOf(lower);
  for (const p of plurals) out.add(head + recase(p));
  const verbs = pascal ? [] : verbFormsOf(lower);
  for (const v of verbs) out.add(head + recase(v));
  out.delete(term);
  return [...out];
}
