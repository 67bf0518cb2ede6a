/**
 * `compare` of an Intl.Collator made on first use. The first collator of a process maps ICU's collation
 * data, about 3 MB of resident memory, which activation does not need: a module-level collator would
 * cost it at load.
 */
export function lazyCollator(locales: string | undefined, options: Intl.CollatorOptions): (a: string, b: string) => number {
  let collator: Intl.Collator | undefined;
  return (a, b) => (collator ??= new Intl.Collator(locales, options)).compare(a, b);
}
