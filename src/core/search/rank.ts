import { lazyCollator } from '../collator';

/**
 * How a hit is scored: a tier (which kind of match) plus a fraction in [0, 1) that orders hits of the
 * same tier. Equal scores are broken by the shorter title (in the display language), then by title.
 *
 *   6 EXACT         the query is a title or alias (either language; separators and case ignored),
 *                   or the full pinyin of a Chinese one
 *   5 TITLE_PREFIX  a title starts with the query ("kubectl ap" → kubectl apply), or its pinyin
 *                   does, or the query is exactly its pinyin initials ("zszl" → 知识蒸馏); below
 *                   those, every query word starts a word of the title ("distillation" → Knowledge
 *                   distillation, "sort" → Bubble sort)
 *   4 ALIAS_PREFIX  the same for an alias
 *   3 CONTAINS      a Chinese query occurs inside a title or alias (蒸馏 → 知识蒸馏), or the pinyin of
 *                   its inner characters starts with the query ("zhengliu")
 *   2 FUZZY         as CONTAINS with small typos ("distilation"), fewer typos first
 *   1 BODY          every query word occurs in the summary, tags or body (BM25 orders these)
 */
export const Tier = {
  EXACT: 6,
  TITLE_PREFIX: 5,
  ALIAS_PREFIX: 4,
  CONTAINS: 3,
  FUZZY: 2,
  BODY: 1,
} as const;

export type TierValue = (typeof Tier)[keyof typeof Tier];

/** Fractions inside a tier (higher first). */
export const Within = {
  titleExact: 0.9,
  aliasExact: 0.8,
  pinyinExact: 0.6,
  textPrefix: 0.5,
  initialsExact: 0.4,
  pinyinPrefix: 0.3,
  initialsPrefix: 0.2,
  /** Every query word is a whole word of the name ("sort" in "Bubble sort") … */
  wordExact: 0.15,
  /** … or starts one ("sort" in "Python sorted()"). */
  wordPrefix: 0.1,
} as const;

/** Names of the tiers, for explanations and tests. */
export function tierName(score: number): keyof typeof Tier {
  const tier = Math.floor(score);
  const entry = Object.entries(Tier).find(([, v]) => v === tier);
  return (entry?.[0] ?? 'BODY') as keyof typeof Tier;
}

const compareTitles = lazyCollator('en', { numeric: true, sensitivity: 'base' });

export interface Ranked {
  score: number;
  /** Title in the display language (tie-break). */
  title: string;
  id: string;
}

/** Best first: score, then shorter title, then title order, then id. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.title.length - b.title.length || compareTitles(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
