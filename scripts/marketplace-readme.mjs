// The README the .vsix carries (the Extensions view and the Marketplace show it): the user's part of README.md.
// The repository's README also holds the developer's part (trying it out, tests, benchmarks, layout), and its
// screenshots are not packaged, so their image links would show broken there.

/** Sections of README.md a user of the extension reads; the introduction before the first one is kept too. */
export const USER_SECTIONS = ['Install', 'The `concept-ref` command', 'Settings', 'Security'];

/** README.md's text cut to the introduction and USER_SECTIONS, without images or the paragraph about them. */
export function marketplaceReadme(readme) {
  const parts = readme.split(/^(?=## )/m);
  const kept = [parts[0]];
  for (const section of parts.slice(1)) {
    const heading = section.slice(3, section.indexOf('\n')).trim();
    if (USER_SECTIONS.includes(heading)) kept.push(section);
  }
  const missing = USER_SECTIONS.filter((name) => !kept.some((s) => s.startsWith(`## ${name}\n`)));
  if (missing.length > 0) throw new Error(`README.md has no section ${missing.map((m) => `"## ${m}"`).join(', ')}: update scripts/marketplace-readme.mjs`);
  const paragraphs = kept.join('').split(/\n{2,}/);
  const withoutImages = paragraphs.filter((p) => !/^!\[[^\]]*\]\([^)]*\)$/.test(p.trim()) && !/^The screenshots come from/.test(p.trim()));
  return `${withoutImages.join('\n\n').trimEnd()}\n\nSources, tests and benchmarks: see the repository's README.\n`;
}
