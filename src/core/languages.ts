/** File name → VS Code language id, as VS Code assigns it for the common extensions. */
const BY_EXTENSION: Record<string, string> = {
  go: 'go', py: 'python', pyi: 'python', js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescriptreact', css: 'css', scss: 'scss', less: 'less',
  html: 'html', htm: 'html', vue: 'vue', java: 'java', kt: 'kotlin', c: 'c', h: 'c', cc: 'cpp', cpp: 'cpp', cxx: 'cpp',
  hpp: 'cpp', hh: 'cpp', hxx: 'cpp', cs: 'csharp', rs: 'rust', rb: 'ruby', php: 'php', swift: 'swift', sh: 'shellscript',
  bash: 'shellscript', zsh: 'shellscript', yaml: 'yaml', yml: 'yaml', json: 'json', jsonc: 'jsonc', md: 'markdown',
  markdown: 'markdown', sql: 'sql', xml: 'xml', toml: 'toml', ini: 'ini', properties: 'properties', txt: 'plaintext',
  ets: 'typescript', dockerfile: 'dockerfile', makefile: 'makefile', lua: 'lua', r: 'r', dart: 'dart', scala: 'scala',
};
const BY_NAME: Record<string, string> = { dockerfile: 'dockerfile', makefile: 'makefile', gnumakefile: 'makefile' };

export function languageIdForPath(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  if (BY_NAME[name]) return BY_NAME[name];
  const dot = name.lastIndexOf('.');
  if (dot < 0) return 'plaintext';
  return BY_EXTENSION[name.slice(dot + 1)] ?? 'plaintext';
}
